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
cli-usage-passwd = etapp passwd [--recovery-code الرمز] [--rotate]
cli-value-folder = المجلد
cli-value-language = اللغة
cli-value-name = الاسم
cli-value-date = التاريخ
cli-value-code = الرمز

cli-arg-help = اعرض هذه المساعدة.
cli-arg-version = اعرض رقم إصدار Etapp.
cli-arg-vault = مجلد سجلك. إذا لم تكتبه: ETAPP_VAULT، وإلا فالمجلد المعتاد على هذا الحاسوب.
cli-arg-lang = لغة الرسائل: { $languages }. إذا لم تكتبها: ETAPP_LANG، وإلا فلغة هذا الحاسوب.
cli-arg-name = اسمك، كما تحب أن يناديك الناس.
cli-arg-arrived = اليوم الذي وصلت فيه إلى السويد، بهذا الشكل: السنة-الشهر-اليوم، مثلاً 2024-03-15.
cli-arg-recovery-code = رمز الاسترداد الخاص بك. اكتب - لتكتبه في السطر التالي بدلاً من ذلك. يستطيع من يستخدم هذا الحاسوب أن يرى سطر الأوامر.

cli-cmd-init = أنشئ سجلاً جديداً فارغاً. تؤخذ كلمة السر من ETAPP_PASSPHRASE.
cli-cmd-profile = اعرض ملفك الشخصي أو غيّره.
cli-cmd-profile-set = غيّر اسمك أو اليوم الذي وصلت فيه إلى السويد.
cli-cmd-profile-show = اعرض ملفك الشخصي بصيغة JSON.
cli-cmd-passwd = غيّر كلمة السر. برمز الاسترداد يمكنك أن تختار كلمة سر جديدة حتى لو نسيت القديمة.

cli-prompt-passphrase = كلمة السر:
cli-prompt-new-passphrase = كلمة السر الجديدة:
cli-prompt-new-passphrase-again = كلمة السر الجديدة مرة أخرى:

cli-init-done = سجلك جاهز. اكتب رمز الاسترداد الذي في الأسفل على ورقة واحفظها في مكان آمن. هو الطريق الوحيد لفتح سجلك إذا نسيت كلمة السر.
cli-profile-saved = تم حفظ ملفك الشخصي.
cli-passwd-done = تم تغيير كلمة السر. رمز الاسترداد ما زال يعمل.
cli-passwd-recovered = تم تغيير كلمة السر. رمز الاسترداد القديم لم يعد يعمل. اكتب الرمز الجديد الذي في الأسفل على ورقة واحفظها في مكان آمن.

cli-error-no-secret = لا توجد كلمة سر، ولا توجد طرفية لنسألك فيها. ضع كلمة السر في { $var } وحاول مرة أخرى.
cli-error-no-code = لا يوجد رمز، ولا توجد طرفية لنسألك فيها. أعطه مع ‎--code، أو ضعه في { $var }، وحاول مرة أخرى.
cli-error-init-needs-passphrase = ضع كلمة السر للسجل الجديد في { $var }، ثم شغّل "etapp init" مرة أخرى.
cli-error-passphrases-differ = كلمتا السر الجديدتان ليستا متطابقتين. لم يتغير شيء. حاول مرة أخرى.
cli-error-unknown-language = اللغة "{ $lang }" غير متوفرة. استخدم { $languages }.
cli-error-no-vault-folder = لم يجد Etapp مجلداً لسجلك. حدّد مجلداً باستخدام --vault أو ETAPP_VAULT.
cli-error-not-text = في { $var } رموز ليست نصاً. اكتبه من جديد وحاول مرة أخرى.
cli-error-read-input = لم يستطع Etapp قراءة ما كتبته. حاول مرة أخرى.
cli-error-unknown-argument = لا يعرف Etapp { $arg }.
cli-error-unknown-command = لا يوجد في Etapp أمر اسمه "{ $command }".
cli-error-missing-command = الأمر ناقص. اختر واحداً من: { $commands }.
cli-error-missing-argument = هناك شيء ناقص: { $arg }.
cli-error-invalid-value = القيمة "{ $value }" لا تناسب { $arg }.
cli-error-usage = الأمر غير كامل أو غير صحيح.
cli-error-conflict = لا يمكن استخدام { $arg } مع { $other } معاً. اختر واحداً منهما.
cli-error-repeated = كُتب { $arg } أكثر من مرة. اكتبه مرة واحدة.
cli-hint-help = اكتب "etapp --help" لترى طريقة الاستخدام.

# السجل: الخطوات، والتصدير، والاستيراد، والمثال.
cli-usage-step = etapp step الأمر
cli-usage-step-add = etapp step add --title نص --type رمز --agency رمز --stage رمز [--status رمز] [--start تاريخ] [--end تاريخ] [--goal رقم]… [--contact رقم] [--life-area رمز]…
cli-usage-step-status = etapp step status رقم الحالة
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record ملف
cli-usage-demo = etapp demo
cli-value-text = نص
cli-value-id = رقم
cli-value-file = ملف
cli-cmd-step = أضف خطوة، أو غيّر حالتها.
cli-cmd-step-add = أضف خطوة إلى سجلك. يكتب رقمها في سطر يبدأ بـ "id: ".
cli-cmd-step-status = غيّر حالة خطوة: proposed أو planned أو ongoing أو done أو paused أو cancelled.
cli-cmd-export-record = اطبع سجلك كله بصيغة JSON.
cli-cmd-import-record = اقرأ ملف سجل (صُنع بالأمر export-record) إلى سجل جديد فارغ.
cli-cmd-demo = املأ سجلاً جديداً فارغاً بشخص مثال، لتجرّب Etapp.
cli-arg-step-title = ما هي الخطوة، بكلماتك.
cli-arg-step-type = نوع الخطوة، مثلاً sfi_course أو internship أو job_search.
cli-arg-step-agency = الجهة المسؤولة، مثلاً public_employment_service أو adult_education أو myself.
cli-arg-step-stage = المرحلة: intake أو vision أو activity أو matching.
cli-arg-step-status = الحالة: proposed أو planned أو ongoing أو done أو paused أو cancelled. إذا لم تكتبها: planned.
cli-arg-step-start = اليوم الأول، بشكل السنة-الشهر-اليوم.
cli-arg-step-end = اليوم الأخير، بشكل السنة-الشهر-اليوم.
cli-arg-step-goal = رقم هدف تخدمه الخطوة. يمكنك كتابته أكثر من مرة.
cli-arg-step-contact = رقم الشخص الذي تتواصل معه في هذه الخطوة.
cli-arg-step-id = رقم الخطوة.
cli-arg-import-file = ملف السجل الذي تريد قراءته.
cli-step-added = حُفظت الخطوة.
cli-step-status-saved = حُفظت حالة الخطوة.
cli-usage-checkin = etapp checkin الأمر
cli-usage-checkin-add = etapp checkin add [--date تاريخ] [--note نص] المجال=المستوى…
cli-value-area-level = المجال=المستوى
cli-cmd-checkin = قل كيف تسير مجالات حياتك.
cli-cmd-checkin-add = أضف تقييمًا: لكل مجال مستوى من 1 (أزمة) إلى 5 (أتدبر أمري وحدي)، أو not_relevant. يطبع رقمه في سطر "id: ".
cli-arg-checkin-date = يوم التقييم، بصيغة سنة-شهر-يوم. إذا لم تكتبه: اليوم.
cli-arg-checkin-note = ملاحظة عن التقييم كله.
cli-arg-checkin-levels = مجال ومستواه، مثلًا housing=2 أو preschool=not_relevant. المجالات: household_economy, network, welfare_system, housing, preschool, health, work_studies, swedish_language.
cli-arg-step-life-area = مجال من حياتك تساعد فيه الخطوة، مثلًا housing. يمكنك كتابته أكثر من مرة.
cli-checkin-added = تم حفظ التقييم.
cli-import-done = تم استيراد سجلك.
cli-demo-done = الشخص المثال موجود الآن في السجل. جرّب Etapp به؛ واصنع سجلاً جديداً لمعلوماتك أنت.
cli-error-read-file = لم يستطع Etapp قراءة الملف { $path }. تأكد من الاسم ومن أنه يُسمح لك بقراءته، ثم حاول مرة أخرى.

# فحص السجل.
cli-usage-check = etapp check
cli-cmd-check = افحص ملف سجلك لتتأكد أن كل جزء منه سليم ويمكن قراءته.
cli-check-whole = سجلك سليم: كل جزء منه يمكن قراءته.

# المشاركة، وقارئ الموظف المسؤول.
cli-usage-share = etapp share --to نص [--agency رمز] [--unit نص] --purpose رمز [--purpose-text نص] [--sections قائمة] [--items قائمة] [--include-sensitive] [--expires-in أيام] [--recipient مفتاح] [--out ملف] [--page ملف]
cli-usage-shares = etapp shares [withdraw رقم]
cli-usage-shares-withdraw = etapp shares withdraw رقم
cli-usage-open = etapp open ملف… [--code رمز… | --identity ملف] [--json | --html ملف]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = قائمة
cli-value-days = أيام
cli-value-key = مفتاح
cli-cmd-share = اصنع مشاركة: ملفاً فيه أجزاء سجلك التي تختارها، لموظف مسؤول واحد. يطبع الرمز الذي تقوله له في سطر يبدأ بـ "code: ".
cli-cmd-shares = اعرض كل المشاركات التي صنعتها، بصيغة JSON.
cli-cmd-shares-withdraw = علّم مشاركة بأنها مسحوبة. الملف الذي سلّمته من قبل لا يمكن استرجاعه.
cli-cmd-open = افتح مشاركة من Etapp واقرأها. أعطِ عدة مشاركات للشخص نفسه لترى ما الذي تغيّر. لا تحتاج إلى سجل خاص بك.
cli-cmd-forget-seen = اجعل هذا الحاسوب ينسى مفاتيح التوقيع التي رآها في المشاركات.
cli-arg-share-to = لمن هي: اسم الموظف المسؤول.
cli-arg-share-agency = جهة الموظف المسؤول، مثلاً public_employment_service أو municipal_labour_market.
cli-arg-share-unit = قسم الموظف المسؤول أو مكتبه.
cli-arg-share-purpose = لماذا: joint-planning أو apply-step أو follow-up أو evaluate-step أو other.
cli-arg-share-purpose-text = لماذا، بكلماتك أنت. مطلوب مع "other".
cli-arg-share-sections = أجزاء كاملة تشاركها، بينها فاصلة (,): profile, contacts, background, goals, steps, checkins, obstacles, notes.
cli-arg-share-items = أشياء منفردة تشاركها، بينها فاصلة (,)، كل واحد بشكل الجزء:الرقم، مثلاً steps:3,goals:1,background.work:2.
cli-arg-share-include-sensitive = شارك أيضاً معلومات الصحة والعائلة والمال. بدون هذا الخيار، تُترك هذه الأشياء خارج المشاركة.
cli-arg-share-expires-in = كم يوماً يمكن فتح المشاركة: من 1 إلى 365. إذا لم تكتبه: 14.
cli-arg-share-recipient = اقفل المشاركة بالمفتاح العام لجهة (age1…) بدلاً من رمز.
cli-arg-share-out = الملف الذي تُحفظ فيه المشاركة.
cli-arg-share-page = احفظ المشاركة أيضاً (أو فقط) كصفحة يفتحها أي متصفح إنترنت، بدون تثبيت أي شيء (⁦.html⁩).
cli-arg-shares-id = رقم المشاركة، من "etapp shares".
cli-arg-open-file = ملف المشاركة. عدة مشاركات للشخص نفسه: ما الذي تغيّر بينها، الأقدم أولًا.
cli-arg-open-code = الرمز الذي قاله الشخص. اكتب - لتكتبه في السطر التالي بدلًا من ذلك. لعدة مشاركات، أعطِ ‎--code مرة لكل مشاركة، بالترتيب نفسه. يستطيع الآخرون الذين يستخدمون هذا الحاسوب رؤية سطر الأوامر.
cli-arg-open-identity = ملف فيه المفتاح السري لجهتك، إذا كانت المشاركة مقفلة لجهتك.
cli-arg-open-json = اطبع المشاركة بصيغة JSON بدلاً من ذلك.
cli-arg-open-html = احفظ صفحة للطباعة، بالسويدية وبلغة الشخص جنباً إلى جنب.
cli-prompt-code = الرمز:
cli-share-consent = بإنشاء هذه المشاركة، أنت توافق على هذا:
cli-share-left-out = { $count ->
    [zero] لم يُترك شيء خارج المشاركة بسبب معلومات عن { $categories }.
    [one] تُرك شيء واحد خارج المشاركة لأن فيه معلومات عن { $categories }. أضف --include-sensitive لتشاركه أيضاً.
    [two] تُرك شيئان خارج المشاركة لأن فيهما معلومات عن { $categories }. أضف --include-sensitive لتشاركهما أيضاً.
    [few] تُركت { $count } أشياء خارج المشاركة لأن فيها معلومات عن { $categories }. أضف --include-sensitive لتشاركها أيضاً.
    [many] تُرك { $count } شيئاً خارج المشاركة لأن فيها معلومات عن { $categories }. أضف --include-sensitive لتشاركها أيضاً.
   *[other] تُرك { $count } شيء خارج المشاركة لأن فيها معلومات عن { $categories }. أضف --include-sensitive لتشاركها أيضاً.
}
cli-share-done = حُفظت المشاركة في { $file }. قل الرمز الذي في الأسفل للشخص الذي هي له، وجهاً لوجه. لا ترسله في بريد إلكتروني أو في رسالة، ولا تحفظه مع الملف.
cli-share-done-key = حُفظت المشاركة في { $file }. لا تستطيع فتحها إلا الجهة التي عندها المفتاح السري المطابق.
cli-share-withdrawn = المشاركة { $id } مُعلَّمة الآن بأنها مسحوبة. الملف الذي سُلِّم من قبل لا يمكن استرجاعه، لكنه لا يُفتح بعد { $expires }.
cli-open-page-saved = حُفظت الصفحة في { $file }.
cli-forget-seen-done = نسي هذا الحاسوب كل مفاتيح التوقيع التي رآها.
cli-error-file-exists = يوجد من قبل ملف اسمه { $path }، لذلك لم يُحفظ شيء. اختر اسماً آخر.

# النسخ الاحتياطية، وإيقاف النسخ القديمة عن العمل.
cli-usage-backup = etapp backup --out ملف
cli-usage-restore = etapp restore ملف [--recovery-code الرمز]
cli-usage-verify-backup = etapp verify-backup ملف [--recovery-code الرمز]
cli-cmd-backup = احفظ نسخة احتياطية من سجلك كله في ملف واحد. هي مقفلة مثل سجلك: بكلمة السر أو برمز الاسترداد.
cli-cmd-restore = أعد سجلك من نسخة احتياطية، إلى مجلد ليس فيه سجل بعد.
cli-cmd-verify-backup = افحص نسخة احتياطية بدون أن تغيّر شيئاً: افتحها، وافحص كل جزء منها، واعرض ما فيها.
cli-arg-backup-out = الملف الذي تُحفظ فيه النسخة الاحتياطية، مثلاً على ذاكرة USB.
cli-arg-backup-file = ملف النسخة الاحتياطية.
cli-arg-backup-recovery-code = افتح النسخة الاحتياطية برمز الاسترداد الخاص بها بدلاً من كلمة السر. اكتب - لتكتب الرمز في السطر التالي. يستطيع من يستخدم هذا الحاسوب أن يرى سطر الأوامر.
cli-arg-rotate = اصنع أيضاً مفتاحاً جديداً لسجلك، حتى تتوقف النسخ القديمة من ملف المفتاح عن العمل. ستحصل على رمز استرداد جديد.
cli-backup-done = حُفظت النسخة الاحتياطية في { $file } ({ $megabytes } ميغابايت). احفظها في مكان آمن، بعيداً عن هذا الحاسوب.
cli-restore-done = عاد سجل { $name } من النسخة الاحتياطية.
cli-restore-new-code = رمز الاسترداد القديم لم يعد يعمل. اكتب الرمز الجديد الذي في الأسفل على ورقة واحفظها في مكان آمن.
cli-verify-backup-done = النسخة الاحتياطية التي صُنعت في { $created } سليمة. فيها سجل { $name }: عدد الأهداف { $goals }، والخطوات { $steps }، والتقييمات { $checkins }، والعقبات { $obstacles }، والملاحظات { $notes }، والأشخاص الذين تتواصل معهم { $contacts }، والمشاركات { $shares }. أحدث تاريخ فيها هو { $latest }. مفتاح توقيعها: { $fingerprint }.
cli-passwd-rotated = تم تغيير كلمة السر، ولسجلك الآن مفتاح جديد. النسخ القديمة من ملف المفتاح، ورمز الاسترداد القديم، لم تعد تفتحه. النسخ الاحتياطية التي صنعتها من قبل ما زالت تُفتح بكلمة السر والرمز اللذين كانا في ذلك الوقت. اكتب الرمز الجديد الذي في الأسفل على ورقة، واصنع نسخة احتياطية جديدة.

# مفتاح الجهة، للمشاركات المقفلة لجهة.
cli-usage-agency-key = etapp agency-key new --out ملف | etapp agency-key show ملف
cli-usage-agency-key-new = etapp agency-key new --out ملف
cli-usage-agency-key-show = etapp agency-key show ملف
cli-cmd-agency-key = أنشئ مفتاح جهتك أو اعرضه. يستطيع المشاركون قفل المشاركات له.
cli-cmd-agency-key-new = أنشئ مفتاحًا جديدًا لجهتك. يطبع المفتاح العام الذي تعطيه للمشاركين.
cli-cmd-agency-key-show = اطبع المفتاح العام الذي يخص ملف مفتاح جهتك.
cli-arg-agency-key-out = الملف الذي يُحفظ فيه المفتاح السري. يجب ألا يكون موجودًا.
cli-arg-agency-key-file = الملف الذي فيه المفتاح السري لجهتك.
cli-agency-key-saved = حُفظ المفتاح السري لجهتك في { $file }. أنت وحدك تستطيع قراءة الملف. احفظه سرًا، واحفظ نسخة منه في مكان آمن: المشاركات المقفلة لهذا المفتاح لا تُفتح إلا به. أعطِ المشاركين المفتاح العام أدناه.

cli-prompt-code-for = رمز { $file }:
cli-error-html-one-share = ‎--html ينشئ صفحة لمشاركة واحدة. افتح عدة مشاركات بدونه لترى ما الذي تغيّر.
cli-error-code-count = عدد الرموز ({ $codes }) لا يساوي عدد المشاركات ({ $files }). أعطِ رمزًا لكل مشاركة بالترتيب نفسه، أو استخدم ‎--identity للمشاركات المقفلة لجهتك.
cli-error-in-file = { $path }: { $message }

cli-usage-report = etapp report --identity ملف مشاركة… [--csv ملف [--force] | --json]
cli-cmd-report = أنشئ تقريرًا عن مشاركات كثيرة للتقييم: حسب نوع الخطوة والجهة، وحسب مجال الحياة. رموز وأرقام فقط؛ لا تظهر المجموعات التي فيها أقل من 5 مشاركين.
cli-arg-report-identity = الملف الذي فيه المفتاح السري لجهتك. يجب أن تكون المشاركات مقفلة له.
cli-arg-report-shares = ملفات مشاركات، أو مجلدات فيها ملفات مشاركات (.etapp).
cli-arg-report-csv = احفظ التقرير بصيغة CSV في هذا الملف. يجب ألا يكون موجودًا، إلا إذا أعطيت ‎--force.
cli-arg-report-force = استبدل ملف CSV إذا كان موجودًا.
cli-arg-report-json = اطبع التقرير بصيغة JSON بدلًا من ذلك.
cli-report-saved = حُفظ التقرير في { $file }.
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = لا توجد مشاركات (ملفات ‎.etapp) في { $path }. اختر مجلدًا فيه مشاركات، أو ملفات المشاركات نفسها.
cli-error-report-empty = لم يمكن حساب أي مشاركة، لذلك لا يوجد تقرير. تم تخطي الأولى: { $reason }.

# المهن القريبة من مهن الشخص نفسه.
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = اعرض المهن القريبة من المهن في خلفيتك، من بيانات Arbetsförmedlingen المفتوحة، وأيّ من مهنك تؤدي إلى أهدافك المهنية.
cli-arg-close-json = اطبع القائمة بصيغة JSON بدلاً من ذلك.
