# تسميات رموز القوائم (crates/core/src/catalog). المعرّف هو اسم القائمة
# والرمز مع شرطات. الرموز لا تتغير أبداً؛ التسميات قد تتغير.

agency-public-employment-service = مكتب العمل (Arbetsförmedlingen)
agency-municipal-labour-market = قسم العمل في البلدية
agency-social-services = الخدمات الاجتماعية (Socialtjänsten)
agency-adult-education = تعليم الكبار ومدرسة اللغة السويدية (SFI)
agency-health-care = الرعاية الصحية (المنطقة)
agency-social-insurance = صندوق التأمينات الاجتماعية (Försäkringskassan)
agency-migration-agency = مصلحة الهجرة (Migrationsverket)
agency-county-board = مجلس المحافظة (Länsstyrelsen)
agency-civil-society = الجمعيات والمتطوعون
agency-myself = أنا بنفسي

step-type-sfi-course = دورة اللغة السويدية (SFI)
step-type-civic-orientation = التعريف بالمجتمع السويدي
step-type-internship = تدريب عملي (praktik)
step-type-work-training = التدريب على العمل
step-type-labour-market-training = دورة تدريب مهني من مكتب العمل
step-type-validation = تقييم المهارات والخبرات
step-type-study-motivation-course = دورة تحفيز على الدراسة في مدرسة شعبية عليا
step-type-vocational-education = تعليم مهني
step-type-job-search = البحث عن عمل
step-type-health-appointment = موعد طبي
step-type-parental-support = دعم الوالدين
step-type-housing-application = طلب سكن
step-type-other = شيء آخر

stage-intake = البداية والتسجيل
stage-vision = بناء الرؤية
stage-activity = النشاط
stage-matching = الانتقال إلى العمل أو الدراسة

step-status-proposed = مقترحة
step-status-planned = مخطط لها
step-status-ongoing = جارية
step-status-done = منتهية
step-status-paused = متوقفة مؤقتاً
step-status-cancelled = ملغاة

goal-status-active = أعمل عليه
goal-status-reached = تحقق
goal-status-dropped = تركته

goal-kind-occupation = مهنة
goal-kind-studies = دراسة
goal-kind-free-text = شيء آخر

isced-level-isced-0 = أقل من المدرسة الابتدائية
isced-level-isced-1 = المدرسة الابتدائية
isced-level-isced-2 = المدرسة الإعدادية
isced-level-isced-3 = المدرسة الثانوية
isced-level-isced-4 = تدريب مهني بعد الثانوية
isced-level-isced-5 = برنامج قصير في جامعة أو كلية
isced-level-isced-6 = شهادة البكالوريوس
isced-level-isced-7 = شهادة الماجستير
isced-level-isced-8 = شهادة الدكتوراه

language-level-first-language = اللغة الأم
language-level-fluent = بطلاقة
language-level-good = جيد، للحياة اليومية
language-level-basic = قليلاً

recognition-not-applied = لم أقدّم طلباً
recognition-applied = قدّمت طلباً، أنتظر الرد
recognition-recognised = معترف بها
recognition-partly-recognised = معترف بها جزئياً
recognition-not-recognised = غير معترف بها

sensitive-category-health = الصحة
sensitive-category-family = العائلة
sensitive-category-financial = المال والمساعدة المالية
