# تسميات رموز القوائم (crates/core/src/catalog). المعرّف هو اسم القائمة
# والرمز مع شرطات. الرموز لا تتغير أبداً؛ التسميات قد تتغير.

agency-public-employment-service = مكتب العمل (Arbetsförmedlingen)
agency-municipal-labour-market = قسم العمل في البلدية
agency-social-services = الخدمات الاجتماعية (Socialtjänsten)
agency-adult-education = تعليم الكبار ومدرسة اللغة السويدية (SFI)
agency-health-care = الرعاية الصحية (المنطقة)
agency-social-insurance = صندوق التأمينات الاجتماعية (Försäkringskassan)
agency-migration-agency = مصلحة الهجرة (Migrationsverket)
agency-tax-agency = مصلحة الضرائب (Skatteverket)
agency-county-board = مجلس المحافظة (Länsstyrelsen)
agency-school-office = البلدية: الروضة والمدرسة
agency-housing-office = مكتب السكن أو صاحب البيت
agency-council-for-higher-education = مجلس الجامعات والمعاهد العليا (UHR)
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

life-area-household-economy = ميزانية الأسرة
life-area-network = شبكة العلاقات
life-area-welfare-system = الرعاية والحقوق
life-area-housing = السكن
life-area-preschool = الروضة ورعاية الأطفال
life-area-health = الصحة
life-area-work-studies = العمل أو الدراسة
life-area-swedish-language = اللغة السويدية

life-area-household-economy-description = المال للطعام والإيجار والفواتير، والتخطيط لكي يكفي المال.
life-area-network-description = أشخاص يمكنك أن تلجأ إليهم: العائلة والأصدقاء والجيران والجمعيات.
life-area-welfare-system-description = أن تعرف كيف يعمل دعم المجتمع في السويد وأن تستعمله: صندوق التأمينات الاجتماعية (Försäkringskassan)، والرعاية الصحية، والمدرسة، وحقوقك وواجباتك.
life-area-housing-description = مكان آمن تسكن فيه، وعقد الإيجار، والبحث عن سكن.
life-area-preschool-description = مكان لأطفالك في الروضة أو في رعاية أطفال أخرى، لكي تستطيع أن تعمل أو تدرس.
life-area-health-description = كيف تشعر في جسمك وفي نفسيتك، والحصول على العلاج عندما تحتاج إليه.
life-area-work-studies-description = طريقك إلى عمل أو دراسة: هدفك، والدورات، والتدريب العملي، والبحث عن عمل.
life-area-swedish-language-description = أن تتعلم اللغة السويدية وتستعملها كل يوم: في مدرسة اللغة السويدية (SFI)، وفي العمل، ومع الناس.

level-in-crisis = في أزمة
level-struggling = صعب
level-getting-help = أفضل مع المساعدة
level-mostly-managing = أتدبّر الأمر غالباً وحدي
level-managing = أتدبّر الأمر وحدي
level-not-relevant = لا يخصّني الآن

level-in-crisis-description = أحتاج إلى مساعدة الآن. إنها حالة طارئة.
level-struggling-description = الأمر صعب، ولا أحصل على المساعدة التي أحتاج إليها.
level-getting-help-description = أحصل على مساعدة، وهذا يجعل الأمر أسهل.
level-mostly-managing-description = أتدبّر معظم الأمر وحدي، لكني أحتاج أحياناً إلى مساعدة.
level-managing-description = أتدبّر هذا الأمر وحدي.
level-not-relevant-description = هذا الأمر لا يخصّني الآن.

obstacle-no-childcare = لا توجد رعاية لأطفالي
obstacle-health = صحتي
obstacle-language-requirement = يطلبون لغة سويدية أكثر مما أعرف
obstacle-missing-documents = تنقصني أوراق
obstacle-missing-recognition = لم يُعترف بتعليمي أو بمهنتي بعد
obstacle-entry-requirements = الشروط تمنعني من الدخول
obstacle-missing-basic-education = أحتاج إلى مزيد من التعليم الأساسي
obstacle-transport = يصعب عليّ الوصول إلى هناك
obstacle-unstable-housing = ليس لدي سكن ثابت
obstacle-caring-for-family = أعتني بأحد أفراد عائلتي
obstacle-parental-leave = إجازة والدين طويلة
obstacle-not-knowing-rights = لا أعرف حقوقي وواجباتي والفرص المتاحة لي
obstacle-discrimination = أتعرّض للتمييز
obstacle-other = شيء آخر

obstacle-status-open = لم يُعالَج بعد
obstacle-status-being-handled = قيد المعالجة
obstacle-status-solved = تم حلّه

# لماذا يشارك الشخص جزءاً من سجله.
purpose-joint-planning = للتخطيط معاً
purpose-apply-step = للتقديم على خطوة
purpose-follow-up = لمتابعة سير الأمور
purpose-evaluate-step = للمساعدة في تقييم الخطوات
purpose-other = شيء آخر

# أجزاء السجل التي يمكن مشاركتها.
section-profile = عنّي
section-contacts = الأشخاص الذين أتواصل معهم
section-background = خلفيتي
section-goals = أهدافي
section-steps = خطواتي
section-checkins = حياتي: التقييمات
section-obstacles = العقبات
section-notes = ملاحظات
