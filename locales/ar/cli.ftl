# أمر etapp في الطرفية: المساعدة والأسئلة والرسائل.
# أسطر الآلة ("recovery code: …") ليست هنا: تبقى بالإنجليزية.

cli-about = Etapp هو سجلك الخاص لطريقك في السويد، مقفل بكلمة سر على هذا الحاسوب.
cli-heading-usage = طريقة الاستخدام
cli-heading-options = الخيارات
cli-heading-commands = الأوامر
cli-usage-etapp = etapp [--vault المجلد] [--lang اللغة] الأمر
cli-usage-init = etapp init
cli-usage-profile = etapp profile الأمر
cli-usage-profile-set = etapp profile set [--name الاسم] [--arrived التاريخ]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code الرمز]
cli-value-folder = المجلد
cli-value-language = اللغة
cli-value-name = الاسم
cli-value-date = التاريخ
cli-value-code = الرمز

cli-arg-help = اعرض هذه المساعدة.
cli-arg-version = اعرض رقم إصدار Etapp.
cli-arg-vault = مجلد سجلك. إذا لم تكتبه: ETAPP_VAULT، وإلا فالمجلد المعتاد على هذا الحاسوب.
cli-arg-lang = لغة الرسائل: sv أو en أو ar. إذا لم تكتبها: ETAPP_LANG، وإلا فلغة هذا الحاسوب.
cli-arg-name = اسمك، كما تحب أن يناديك الناس.
cli-arg-arrived = اليوم الذي وصلت فيه إلى السويد، بهذا الشكل: السنة-الشهر-اليوم، مثلاً 2024-03-15.
cli-arg-recovery-code = رمز الاستعادة الخاص بك. اكتب - لتكتبه في السطر التالي بدلاً من ذلك. يستطيع من يستخدم هذا الحاسوب أن يرى سطر الأوامر.

cli-cmd-init = أنشئ سجلاً جديداً فارغاً. تؤخذ كلمة السر من ETAPP_PASSPHRASE.
cli-cmd-profile = اعرض ملفك الشخصي أو غيّره.
cli-cmd-profile-set = غيّر اسمك أو اليوم الذي وصلت فيه إلى السويد.
cli-cmd-profile-show = اعرض ملفك الشخصي بصيغة JSON.
cli-cmd-passwd = غيّر كلمة السر. برمز الاستعادة يمكنك أن تختار كلمة سر جديدة حتى لو نسيت القديمة.

cli-prompt-passphrase = كلمة السر:
cli-prompt-new-passphrase = كلمة السر الجديدة:
cli-prompt-new-passphrase-again = كلمة السر الجديدة مرة أخرى:

cli-init-done = سجلك جاهز. اكتب رمز الاستعادة الذي في الأسفل على ورقة واحفظها في مكان آمن. هو الطريق الوحيد لفتح سجلك إذا نسيت كلمة السر.
cli-profile-saved = تم حفظ ملفك الشخصي.
cli-passwd-done = تم تغيير كلمة السر. رمز الاستعادة ما زال يعمل.
cli-passwd-recovered = تم تغيير كلمة السر. رمز الاستعادة القديم لم يعد يعمل. اكتب الرمز الجديد الذي في الأسفل على ورقة واحفظها في مكان آمن.

cli-error-no-secret = لا توجد كلمة سر، ولا توجد طرفية لنسألك فيها. ضع كلمة السر في { $var } وحاول مرة أخرى.
cli-error-init-needs-passphrase = ضع كلمة السر للسجل الجديد في { $var }، ثم شغّل "etapp init" مرة أخرى.
cli-error-passphrases-differ = كلمتا السر الجديدتان ليستا متطابقتين. لم يتغير شيء. حاول مرة أخرى.
cli-error-unknown-language = اللغة "{ $lang }" غير متوفرة. استخدم sv أو en أو ar.
cli-error-no-vault-folder = لم يجد Etapp مجلداً لسجلك. حدّد مجلداً باستخدام --vault أو ETAPP_VAULT.
cli-error-not-text = في { $var } رموز ليست نصاً. اكتبه من جديد وحاول مرة أخرى.
cli-error-read-input = لم يستطع Etapp قراءة ما كتبته. حاول مرة أخرى.
cli-error-unknown-argument = لا يعرف Etapp { $arg }.
cli-error-unknown-command = لا يوجد في Etapp أمر اسمه "{ $command }".
cli-error-missing-command = الأمر ناقص. اختر واحداً من: { $commands }.
cli-error-missing-argument = هناك شيء ناقص: { $arg }.
cli-error-invalid-value = القيمة "{ $value }" لا تناسب { $arg }.
cli-error-usage = الأمر غير كامل أو غير صحيح.
cli-hint-help = اكتب "etapp --help" لترى طريقة الاستخدام.
