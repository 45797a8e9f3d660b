# النسخ الاحتياطية: السجل كله في ملف واحد مشفّر، لإعادته إلى هذا الحاسوب أو
# إلى حاسوب جديد. قل ماذا حدث وماذا يفعل المستخدم بعد ذلك.

backup-error-not-a-backup = هذا الملف ليس نسخة احتياطية من Etapp. تأكد أنك اخترت الملف الصحيح.
backup-error-damaged = هذه النسخة الاحتياطية تالفة، لذلك لا يمكن استخدامها. جرّب نسخة احتياطية أخرى، مثلاً نسخة أقدم.
backup-error-truncated = هذه النسخة الاحتياطية غير كاملة: ينقصها جزء من آخرها. ربما نُزعت ذاكرة USB أثناء حفظها. جرّب نسخة احتياطية أخرى.
backup-error-newer-version = هذه النسخة الاحتياطية صُنعت بإصدار أحدث من Etapp. ثبّت أحدث إصدار من Etapp لتستخدمها.
backup-error-disk-full = لا يوجد مكان فارغ حيث تحفظ النسخة الاحتياطية، لذلك لم تُصنع. سجلك آمن. أفرغ مكاناً، أو اختر مكاناً آخر.
backup-error-write = لم يستطع Etapp أن يحفظ النسخة الاحتياطية هناك. تأكد أن ذاكرة USB أو المجلد ما زال موجوداً، وأنه يُسمح لك بالحفظ هناك. سجلك آمن.
backup-error-wrong-secret = كلمة السر أو الرمز لا يفتح هذه النسخة الاحتياطية. النسخة الاحتياطية تُفتح بكلمة السر ورمز الاسترداد اللذين كانا عندك عندما صُنعت. جرّبهما.
backup-error-inside-vault = لا يمكن حفظ النسخة الاحتياطية في نفس المجلد الذي فيه سجلك. اختر مكانًا آخر، مثلًا ذاكرة USB.

## نوافذ الحوار.

backup-file-type = نسخ احتياطية من Etapp
backup-save-title = احفظ نسخة احتياطية
backup-open-title = اختر نسخة احتياطية
backup-folder-title = اختر المجلد للنسخ الاحتياطية التلقائية

## الإعدادات: النسخ الاحتياطية. كلمات بسيطة: النسخة الاحتياطية نسخة من
## السجل كله في ملف واحد مقفل.

backup-title = النسخ الاحتياطية
backup-lead = النسخة الاحتياطية نسخة من سجلك كله في ملف واحد مقفل. احفظها بعيداً عن هذا الحاسوب، مثلاً على ذاكرة USB. إذا ضاع الحاسوب أو تعطّل، تُرجع لك النسخة الاحتياطية سجلك. لا تُفتح إلا بكلمة السر أو برمز الاسترداد.
backup-example = هذا هو المثال لشخص غير حقيقي. لا يصنع Etapp أبداً نسخاً احتياطية من المثال.
backup-none = ليست لديك نسخة احتياطية بعد. إذا ضاع هذا الحاسوب أو تعطّل، يضيع سجلك أيضاً.
backup-last = صُنعت آخر نسخة احتياطية لك في { $date }.
backup-overdue = صُنعت آخر نسخة احتياطية لك في { $date }. حان وقت نسخة جديدة.
backup-new-key-notice = كلمة السر أو رمز الاسترداد عندك جديد. نسخك الاحتياطية القديمة تُفتح فقط بكلمة السر والرمز اللذين كانا عندك عندما صنعتها. اصنع نسخة احتياطية جديدة الآن.
backup-notice-title = اصنع نسخة احتياطية جديدة
backup-now = اصنع نسخة احتياطية الآن
backup-now-busy = نصنع النسخة الاحتياطية…
backup-now-done = حُفظت النسخة الاحتياطية: { $file }
backup-auto-title = النسخ الاحتياطية التلقائية
backup-auto-hint = يستطيع Etapp أن يصنع نسخاً احتياطية وحده وهو مفتوح، في مجلد تختاره أنت، مثلاً على ذاكرة USB.
backup-folder = مجلد النسخ الاحتياطية
backup-folder-none = لم تختر مجلداً.
backup-folder-choose = اختر مجلداً
backup-folder-change = اختر مجلداً آخر
backup-interval = متى يصنع Etapp نسخة احتياطية وحده؟
backup-interval-off = أبداً، فقط عندما أطلب
backup-interval-daily = مرة واحدة في اليوم
backup-interval-after-changes = بعد أن أغيّر شيئاً (مرة واحدة في الساعة على الأكثر)
backup-keep = كم نسخة احتياطية نحتفظ بها؟
backup-keep-count = { $count ->
    [zero] لا نسخ احتياطية
    [one] نسخة احتياطية واحدة
    [two] نسختان احتياطيتان
    [few] { $count } نسخ احتياطية
    [many] { $count } نسخة احتياطية
   *[other] { $count } نسخة احتياطية
}
backup-keep-hint = إذا صارت أكثر، يحذف Etapp أقدم نسخه الاحتياطية في المجلد.
backup-schedule-save = احفظ
backup-schedule-busy = نحفظ…

## فحص نسخة احتياطية (تمرين على الإرجاع): لا يتغير شيء.

backup-check-title = افحص نسخة احتياطية
backup-check-hint = انظر ماذا في النسخة الاحتياطية، دون أن يتغير شيء. افعل ذلك من وقت لآخر، لتعرف أن نسختك الاحتياطية تعمل قبل أن تحتاجها.
backup-check-open = افحص نسخة احتياطية
backup-check-lead = اختر نسخة احتياطية واكتب كلمة السر أو رمز الاسترداد الذي كان عندك عندما صنعتها. يفتحها Etapp ويقول لك ماذا فيها. لا يتغير شيء.
backup-check-submit = افحص النسخة الاحتياطية
backup-check-busy = نفتح النسخة الاحتياطية ونفحصها. يستغرق هذا بضع ثوانٍ…
backup-check-another = افحص نسخة احتياطية أخرى

backup-file = ملف النسخة الاحتياطية
backup-file-none = لم تختر ملفاً.
backup-file-chosen = اخترت: { $file }
backup-file-choose = اختر ملف النسخة الاحتياطية
backup-file-change = اختر ملفاً آخر
backup-secret = كيف تريد أن تفتح النسخة الاحتياطية؟
backup-secret-hint = استعمل كلمة السر أو رمز الاسترداد الذي كان عندك عندما صنعت النسخة الاحتياطية.
backup-secret-passphrase = بكلمة السر
backup-secret-code = برمز الاسترداد
backup-passphrase = كلمة سر النسخة الاحتياطية
backup-code = رمز الاسترداد
backup-passphrase-missing = اكتب كلمة السر.
backup-code-missing = اكتب رمز الاسترداد.

backup-report-title = النسخة الاحتياطية تعمل
backup-report-made = صُنعت في { $date }.
backup-report-name = صاحب السجل: { $name }.
backup-report-holds = فيها:
backup-report-goals = { $count ->
    [zero] لا أهداف
    [one] هدف واحد
    [two] هدفان
    [few] { $count } أهداف
    [many] { $count } هدفاً
   *[other] { $count } هدف
}
backup-report-steps = { $count ->
    [zero] لا خطوات
    [one] خطوة واحدة
    [two] خطوتان
    [few] { $count } خطوات
    [many] { $count } خطوة
   *[other] { $count } خطوة
}
backup-report-checkins = { $count ->
    [zero] لا تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييماً
   *[other] { $count } تقييم
}
backup-report-obstacles = { $count ->
    [zero] لا عقبات
    [one] عقبة واحدة
    [two] عقبتان
    [few] { $count } عقبات
    [many] { $count } عقبة
   *[other] { $count } عقبة
}
backup-report-notes = { $count ->
    [zero] لا ملاحظات
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
    [many] { $count } ملاحظة
   *[other] { $count } ملاحظة
}
backup-report-contacts = { $count ->
    [zero] لا أشخاص للتواصل
    [one] شخص واحد للتواصل
    [two] شخصان للتواصل
    [few] { $count } أشخاص للتواصل
    [many] { $count } شخصاً للتواصل
   *[other] { $count } شخص للتواصل
}
backup-report-shares = { $count ->
    [zero] لا مشاركات
    [one] مشاركة واحدة
    [two] مشاركتان
    [few] { $count } مشاركات
    [many] { $count } مشاركة
   *[other] { $count } مشاركة
}
backup-report-latest-checkin = آخر تقييم: { $date }
backup-report-latest-note = آخر ملاحظة: { $date }
backup-report-latest-step = آخر تغيير في خطوة: { $date }
backup-report-latest-share = آخر مشاركة: { $date }
backup-report-fingerprint = مفتاح التوقيع:
backup-report-unchanged = لم يتغير شيء، لا في النسخة الاحتياطية ولا على هذا الحاسوب.

## "عندي نسخة احتياطية": إرجاع السجل على هذا الحاسوب أو على حاسوب جديد.

backup-have = عندي نسخة احتياطية
restore-title = أرجِع سجلك من نسخة احتياطية
restore-lead = اختر نسختك الاحتياطية، مثلاً على ذاكرة USB. ثم اكتب كلمة السر أو رمز الاسترداد الذي كان عندك عندما صنعت النسخة الاحتياطية.
restore-code-new = مع رمز الاسترداد تختار أيضاً كلمة سر جديدة. بعد ذلك تحصل على رمز استرداد جديد لتكتبه على ورقة.
restore-new-passphrase = كلمة سر جديدة
restore-submit = أرجِع سجلي
restore-busy = نُرجع سجلك. يستغرق هذا بضع ثوانٍ…
restore-present = يوجد سجل على هذا الحاسوب من قبل. افتحه بكلمة السر، أو برمز الاسترداد إذا نسيت كلمة السر.
restore-mode = ماذا تريد أن تفعل؟
restore-mode-check = افحص فقط ماذا في نسخة احتياطية. لا يتغير شيء.
restore-mode-replace = أرجِع النسخة الاحتياطية مكان السجل الذي على هذا الحاسوب
restore-mode-replace-hint = فقط إذا كان السجل هنا تالفًا، أو إذا فقدت كلمة السر ورمز الاسترداد كليهما. لا يُحذف السجل الذي هنا: ينقله Etapp كاملًا إلى مجلد بجانبه.
restore-replace-submit = أرجِع النسخة الاحتياطية مكانه
restore-replaced-title = عاد سجلك
restore-replaced-aside = السجل الذي كان على هذا الحاسوب لم يُحذف. هو محفوظ كاملًا في هذا المجلد:

## تغيير كلمة السر: مفتاح جديد يمنع فتح النسخ القديمة.

backup-rotate = امنع أيضاً فتح النسخ القديمة من سجلي
backup-rotate-hint = من عنده نسخة قديمة من سجلك وكلمة السر القديمة لن يستطيع أن يفتحها بعد ذلك. ستحصل على رمز استرداد جديد لتكتبه على ورقة.
backup-rotate-busy = نصنع مفتاحاً جديداً ونحفظ كلمة السر الجديدة. يستغرق هذا بضع ثوانٍ…
