# القارئ: ما يراه الموظف المسؤول من المشاركة. تسميات للملخص وللصفحة
# التي تُطبع.

reader-title = مشاركة من Etapp
reader-to = إلى
reader-purpose = الغرض
reader-created = صُنعت في
reader-expires = يمكن فتحها حتى
reader-signer = مفتاح التوقيع
reader-seen = على هذا الحاسوب
reader-first-seen = يظهر مفتاح التوقيع هنا لأول مرة.
reader-seen-before = ظهر مفتاح التوقيع هنا من قبل، أول مرة في { $date }.
reader-language = لغة الشخص
reader-sensitive = معلومات حسّاسة
reader-promise = يُثبت التوقيع أن لا شيء تغيّر منذ أن صنع الشخص هذه المشاركة، وأنها من السجل نفسه الذي جاءت منه مشاركات أخرى لها الأرقام نفسها. لكنه لا يُثبت من هو الشخص: اقرأ أرقام مفتاح التوقيع مع الشخص وقارنوها معاً.
reader-only-items = شورِكت بعض الأشياء فقط من هذا الجزء.
reader-empty = لا شيء هنا.
reader-yes = نعم
reader-no = لا

## عنّي
reader-name = الاسم
reader-arrived = الوصول إلى السويد
reader-permit-name = الاسم على بطاقة الإقامة
reader-pin = الرقم الشخصي أو رقم التنسيق
reader-case-number = رقم الملف في مصلحة الهجرة (Migrationsverket)
reader-permit-date = الحصول على الإقامة
reader-municipality = البلدية
reader-adults = البالغون في البيت
reader-child-born = سنة ولادة طفل
reader-language-spoken = اللغة
reader-programme = في برنامج التأسيس
reader-programme-since = منذ

## الأشخاص الذين أتواصل معهم
reader-agency = الجهة
reader-unit = القسم أو المكتب
reader-phone = الهاتف
reader-email = البريد الإلكتروني
reader-note = ملاحظة

## الخلفية
reader-education = التعليم
reader-education-level = المستوى
reader-country = البلد
reader-years = عدد السنوات
reader-completed = أنهى هذا التعليم
reader-documents = الأوراق معه
reader-recognition = الاعتراف في السويد
reader-work = العمل
reader-occupation = المهنة
reader-tasks = المهام
reader-kind = النوع
reader-skill = مهارة
reader-issuer = الجهة التي أعطتها
reader-year = السنة
reader-driving-licence = رخصة القيادة
reader-classes = الفئات
reader-asylum-period = قبل تصريح الإقامة
reader-description = الوصف
reader-start = البداية
reader-end = النهاية

## الأهداف والخطوات
reader-goal-kind = نوع الهدف
reader-target-date = موعد الوصول إليه
reader-status = الحالة
reader-sub-goal-of = هدف فرعي من
reader-stage-now = المرحلة التي أنا فيها
reader-stage = المرحلة
reader-step-type = نوع الخطوة
reader-contact = الشخص المسؤول عن التواصل
reader-for-goal = للهدف
reader-life-areas = أجزاء الحياة
reader-history = تغيّرت الحالة
reader-appointment = موعد
reader-usefulness = كم كانت مفيدة
reader-usefulness-of-five = { $score } من ٥
reader-helped = ما الذي ساعد
reader-hard = ما الذي كان صعباً

## العقبات والملاحظات
reader-handled-by = من يعالجها
reader-noticed = ظهرت في
reader-handling-since = قيد المعالجة منذ
reader-solved-on = حُلّت في
reader-written-in = مكتوبة بلغة

## ما الذي تغيّر بين مشاركات الشخص نفسه (etapp open قديم جديد …).
compare-title = ما الذي تغيّر
compare-bundles = المشاركات، الأقدم أولًا
compare-bundle = { $n }. أُنشئت في { $created }
compare-period = من { $from } إلى { $to }
compare-not-shared = لم يُشارَك في المرتين، لذلك لا تتم المقارنة: { $parts }
compare-sensitive-left-out = شُوركت المعلومات الحساسة في مرة واحدة فقط. لا تظهر هنا.
compare-nothing = لم يتغيّر شيء.
compare-change = { $before } ← { $after }
compare-latest-checkin = آخر تقييم
compare-checkins-added = تقييمات جديدة
compare-none = لا يوجد
compare-no-level = بلا مستوى
compare-stage-none = لم تُختر
compare-stage-same = { $stage } (بلا تغيير)
compare-steps-added = خطوات جديدة
compare-steps-status = خطوات بحالة جديدة
compare-steps-removed = خطوات لم تعد في الخطة
compare-obstacles-added = عوائق جديدة
compare-obstacles-solved = عوائق حُلّت
compare-obstacles-status = عوائق بحالة جديدة
compare-obstacles-removed = عوائق لم تعد مذكورة
compare-goals-added = أهداف جديدة
compare-goals-reached = أهداف تحققت
compare-goals-status = أهداف بحالة جديدة
compare-goals-removed = أهداف لم تعد مذكورة
compare-noticed-on = لوحظ في { $date }
compare-solved-on = حُلّ في { $date }

## تقرير عن عدة مشاركين (etapp report). رموز وأرقام فقط.
report-title = تقييم الخطوات، من مشاركات للتقييم
report-counted = المشاركون المحسوبون: { $count }
report-replaced = مشاركات سابقة حلّت محلها مشاركة أحدث من المشارك نفسه: { $count }
report-min-group = لا تظهر المجموعات التي فيها أقل من { $count } مشاركين، حتى لا يمكن تمييز أحد.
report-steps-heading = الخطوات، حسب النوع والجهة
report-participants = المشاركون: { $count }
report-steps-by-status = الخطوات الآن
report-median-days = الوسيط لعدد الأيام من التخطيط إلى الإنجاز
report-decimal-separator = {"٫"}
report-none = لا يوجد
report-usefulness = مدى الفائدة، من 1 إلى 5 (عدد التقييمات)
report-fewer-than = أقل من 5 مشاركين: لا يظهر.
report-areas-heading = مجالات الحياة: التغيّر من أول تقييم إلى آخر تقييم
report-area = { $count } مشاركين، الوسيط { $median } (التغيّرات: { $spread })
report-skipped = مشاركات تم تخطيها: { $count }
report-skip-not-for-evaluation = لم تُشارَك للتقييم
report-skip-expired = انتهت مدتها
report-skip-wrong-key = مفتاحك لا يفتحها، أو أنها تالفة
report-skip-not-a-bundle = ليست مشاركة من Etapp
report-skip-truncated = الملف ينتهي قبل أوانه
report-skip-signature = تغيّرت بعد إنشائها
report-skip-newer-version = أُنشئت بإصدار أحدث من Etapp
report-skip-too-large = كبيرة جدًا
report-skip-unreadable = تعذّرت قراءتها
