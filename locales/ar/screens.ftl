# الشاشات: البدء أول مرة، ورمز الاسترداد، والفتح، والاسترداد، وصفحتي، والإعدادات.

welcome-start = ابدأ سجلي
action-back = رجوع
action-continue = متابعة
action-save = حفظ

nav-label = القائمة الرئيسية
nav-home = صفحتي
nav-settings = الإعدادات
nav-lock = قفل

passphrase-show = إظهار
passphrase-hide = إخفاء
passphrase-again = اكتب كلمة السر مرة أخرى
passphrase-mismatch = كلمتا السر غير متطابقتين. اكتبهما مرة أخرى.

create-title = اختر كلمة سر
create-lead = كلمة السر تقفل سجلك. يجب أن تعرفها أنت فقط. لا يستطيع Etapp أن يعرضها لك لاحقاً.
create-passphrase = كلمة سر جديدة
create-busy = نُجهّز سجلك المقفل. يستغرق هذا بضع ثوانٍ…
create-submit = أنشئ سجلي

code-title = رمز الاسترداد الخاص بك
code-lead = إذا نسيت كلمة السر، يفتح هذا الرمز سجلك. اكتبه على ورقة الآن.
code-printed-on = رمز استرداد Etapp، أُنشئ في { $date }
code-aria = رمز الاسترداد، في مجموعات من أربعة أرقام
code-advice-write = اكتب كل الأرقام، بالترتيب نفسه.
code-advice-keep = احفظ الورقة في مكان آمن في البيت، وليس مع الحاسوب.
code-advice-secret = لا تُظهر الرمز لأحد. من يملك الرمز يستطيع أن يفتح سجلك.
code-print = اطبع الرمز
code-written = كتبته

confirm-title = تحقّق من رمز الاسترداد
confirm-lead = اكتب مجموعتين من الأرقام من ورقتك، لنعرف أن الرمز معك.
confirm-group = المجموعة رقم { $number }
confirm-wrong = هذه الأرقام ليست مثل الأرقام في الرمز. انظر إلى ورقتك وحاول مرة أخرى.
confirm-show-again = اعرض الرمز مرة أخرى

date-day = اليوم
date-month = الشهر
date-year = السنة

profile-setup-title = معلومات عنك
profile-lead = هذه المعلومات لك وحدك. أنت تختار لاحقاً ما تشاركه.
profile-name = اسمك
profile-name-hint = الاسم الذي تحب أن يناديك الناس به.
profile-arrived = متى جئت إلى السويد؟

home-title = صفحتي
home-arrived = جئت إلى السويد في { $date }.
home-no-arrived = لم تكتب متى جئت إلى السويد.
home-edit-profile = غيّر معلوماتي

unlock-title = افتح سجلك
unlock-lead = اكتب كلمة السر لتفتح سجلك.
unlock-passphrase = كلمة السر
unlock-busy = نفتح سجلك. يستغرق هذا بضع ثوانٍ…
unlock-submit = افتح
unlock-forgot = نسيت كلمة السر

recover-title = هل نسيت كلمة السر؟
recover-lead = استخدم رمز الاسترداد من ورقتك. ثم اختر كلمة سر جديدة. ستحصل على رمز استرداد جديد.
recover-code = رمز الاسترداد
recover-code-hint = كل الأرقام. المسافات لا تهم.
recover-new-passphrase = كلمة سر جديدة
recover-busy = نفتح سجلك بالرمز. يستغرق هذا بضع ثوانٍ…
recover-submit = افتح واحفظ كلمة السر الجديدة

settings-title = الإعدادات
settings-auto-lock = القفل
settings-auto-lock-label = اقفل Etapp إذا لم أستخدمه لمدة
settings-minutes = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}
settings-saved = تم الحفظ.
settings-passphrase = غيّر كلمة السر
settings-current-passphrase = كلمة السر الحالية
settings-new-passphrase = كلمة سر جديدة
settings-passphrase-busy = نحفظ كلمة السر الجديدة. يستغرق هذا بضع ثوانٍ…
settings-passphrase-submit = احفظ كلمة السر الجديدة
settings-passphrase-saved = حُفظت كلمة السر الجديدة. رمز الاسترداد ما زال يعمل.
settings-check = افحص سجلي
settings-check-hint = يقرأ Etapp كل جزء من ملف سجلك ليتأكد أن لا شيء فيه تالف. يستغرق هذا لحظات.
settings-check-busy = نفحص سجلك…
settings-check-whole = سجلك سليم. كل جزء منه يمكن قراءته.
settings-fingerprint = مفتاح توقيعك
settings-fingerprint-hint = عندما تشارك شيئاً، يُوقَّع بهذا المفتاح. يستطيع الموظف المسؤول أن يقرأ لك هذه الأرقام ليتأكد أنه منك.

nav-plan = خطتي
nav-background = خلفيتي
nav-profile = عنّي
nav-life-areas = حياتي
nav-obstacles = العقبات
nav-notes = ملاحظات
nav-guide = الجهات

delete-will-remove = سيُحذف ما يلي:
delete-appointments = { $count ->
    [zero] لا مواعيد
    [one] موعد واحد
    [two] موعدان
    [few] { $count } مواعيد
    [many] { $count } موعداً
   *[other] { $count } موعد
}
delete-evaluations = { $count ->
    [zero] لا تقييمات
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييماً
   *[other] { $count } تقييم
}
delete-status-changes = { $count ->
    [zero] لا تغييرات في الحالة
    [one] تغيير واحد في الحالة
    [two] تغييران في الحالة
    [few] { $count } تغييرات في الحالة
    [many] { $count } تغييراً في الحالة
   *[other] { $count } تغيير في الحالة
}
delete-cannot-undo = لا يمكنك التراجع عن هذا.
delete-keep = لا، احتفظ به
delete-confirm = نعم، احذف

welcome-try-example = جرّب بمثال
welcome-try-example-hint = شاهد كيف يعمل Etapp مع شخص غير حقيقي. لا يُحفظ شيء مما تفعله في المثال.
example-busy = نفتح المثال. يستغرق هذا بضع ثوانٍ…
example-banner = هذا مثال لشخص غير حقيقي. لا يُحفظ شيء مما تغيّره هنا.
example-leave = اخرج من المثال
delete-steps-losing-contact = هذه الخطوات تبقى، لكنها لن تذكر هذا الشخص بعد الآن:
delete-obstacles-losing-contact = { $count ->
    [zero] لا توجد عقبات تذكر هذا الشخص.
    [one] عقبة واحدة تبقى، لكنها لن تذكر هذا الشخص بعد الآن.
    [two] عقبتان تبقيان، لكنهما لن تذكرا هذا الشخص بعد الآن.
    [few] { $count } عقبات تبقى، لكنها لن تذكر هذا الشخص بعد الآن.
    [many] { $count } عقبة تبقى، لكنها لن تذكر هذا الشخص بعد الآن.
   *[other] { $count } عقبة تبقى، لكنها لن تذكر هذا الشخص بعد الآن.
}
