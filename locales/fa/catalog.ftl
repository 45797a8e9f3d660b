# برچسب کد‌های فهرست‌ها (crates/core/src/catalog). شناسه نام فهرست و کد
# با خط تیره است. کد‌ها هرگز تغییر نمی‌کنند؛ برچسب‌ها ممکن است تغییر کنند.

agency-public-employment-service = اداره‌ی کار (Arbetsförmedlingen)
agency-municipal-labour-market = بخش کار و اشتغال کمون (kommun)
agency-social-services = خدمات اجتماعی (Socialtjänsten)
agency-adult-education = آموزش بزرگسالان و کلاس زبان سوئدی (SFI)
agency-health-care = خدمات درمانی (Region)
agency-social-insurance = صندوق بیمه‌ی اجتماعی (Försäkringskassan)
agency-migration-agency = اداره‌ی مهاجرت (Migrationsverket)
agency-tax-agency = اداره‌ی مالیات (Skatteverket)
agency-county-board = استانداری (Länsstyrelsen)
agency-school-office = کمون: مهدکودک و مدرسه
agency-housing-office = دفتر مسکن یا صاحب‌خانه
agency-council-for-higher-education = شورای آموزش عالی سوئد (UHR)
agency-civil-society = انجمن‌ها و داوطلبان
agency-myself = خودم

step-type-sfi-course = کلاس زبان سوئدی (SFI)
step-type-civic-orientation = آشنایی با جامعه‌ی سوئد
step-type-internship = کارآموزی (praktik)
step-type-work-training = تمرین کار
step-type-labour-market-training = دوره‌ی آموزشی برای بازار کار
step-type-validation = سنجش مهارت‌ها و تجربه‌ها
step-type-study-motivation-course = دوره‌ی انگیزه برای تحصیل در مدرسه‌ی عالی مردمی (folkhögskola)
step-type-vocational-education = آموزش حرفه‌ای
step-type-job-search = کاریابی
step-type-health-appointment = نوبت دکتر
step-type-parental-support = حمایت از پدر و مادر
step-type-housing-application = درخواست مسکن
step-type-other = چیز دیگر

stage-intake = شروع کار
stage-vision = ساختن چشم‌انداز
stage-activity = فعالیت
stage-matching = رسیدن به کار یا تحصیل

step-status-proposed = پیشنهادشده
step-status-planned = برنامه‌ریزی‌شده
step-status-ongoing = در جریان
step-status-done = انجام‌شده
step-status-paused = موقتاً متوقف
step-status-cancelled = لغوشده

goal-status-active = روی آن کار می‌کنم
goal-status-reached = به آن رسیدم
goal-status-dropped = کنارش گذاشتم

goal-kind-occupation = یک شغل
goal-kind-studies = تحصیل
goal-kind-free-text = چیز دیگر

isced-level-isced-0 = کمتر از دبستان
isced-level-isced-1 = دبستان
isced-level-isced-2 = دوره‌ی راهنمایی (متوسطه‌ی اول)
isced-level-isced-3 = دبیرستان (متوسطه‌ی دوم)
isced-level-isced-4 = آموزش حرفه‌ای بعد از دبیرستان
isced-level-isced-5 = دوره‌ی کوتاه دانشگاهی (کاردانی)
isced-level-isced-6 = کارشناسی (لیسانس)
isced-level-isced-7 = کارشناسی ارشد (فوق‌لیسانس)
isced-level-isced-8 = دکترا

language-level-first-language = زبان مادری
language-level-fluent = روان
language-level-good = خوب، برای زندگی روزمره
language-level-basic = کمی

recognition-not-applied = درخواست نداده‌ام
recognition-applied = درخواست داده‌ام، منتظر جواب هستم
recognition-recognised = تأیید شده
recognition-partly-recognised = تا حدی تأیید شده
recognition-not-recognised = تأیید نشده

sensitive-category-health = سلامت
sensitive-category-family = خانواده
sensitive-category-financial = پول و کمک مالی

life-area-household-economy = پول خانه
life-area-network = آشنایان و ارتباطات
life-area-welfare-system = رفاه و حقوق
life-area-housing = مسکن
life-area-preschool = مهدکودک و نگهداری از کودک
life-area-health = سلامت
life-area-work-studies = کار یا تحصیل
life-area-swedish-language = زبان سوئدی

life-area-household-economy-description = پول برای غذا، اجاره و قبض‌ها، و برنامه‌ریزی تا پول کافی باشد.
life-area-network-description = کسانی که می‌توانید به آن‌ها رو بیاورید: خانواده، دوستان، همسایه‌ها و انجمن‌ها.
life-area-welfare-system-description = دانستن این‌که کمک‌های جامعه در سوئد چطور کار می‌کند و استفاده از آن‌ها: صندوق بیمه‌ی اجتماعی (Försäkringskassan)، خدمات درمانی، مدرسه، و حقوق و وظایف شما.
life-area-housing-description = جای امنی برای زندگی، قرارداد اجاره‌ی شما، و گشتن دنبال خانه.
life-area-preschool-description = جایی برای بچه‌های شما در مهدکودک یا نوع دیگری از نگهداری کودک، تا بتوانید کار کنید یا درس بخوانید.
life-area-health-description = حال جسم و روان شما، و گرفتن درمان وقتی به آن نیاز دارید.
life-area-work-studies-description = مسیر شما به سوی کار یا تحصیل: هدف شما، دوره‌ها، کارآموزی‌ها و کاریابی.
life-area-swedish-language-description = یاد گرفتن زبان سوئدی و استفاده‌ی هر روزه از آن: در کلاس SFI، سر کار و با دیگران.

level-in-crisis = در بحران
level-struggling = سخت
level-getting-help = با کمک بهتر است
level-mostly-managing = بیشترش را خودم می‌توانم
level-managing = خودم می‌توانم
level-not-relevant = فعلاً مهم نیست

level-in-crisis-description = همین حالا به کمک نیاز دارم. وضعیت اضطراری است.
level-struggling-description = سخت است، و کمکی را که لازم دارم نمی‌گیرم.
level-getting-help-description = کمک می‌گیرم، و این کار را آسان‌تر می‌کند.
level-mostly-managing-description = بیشتر کار‌ها را خودم انجام می‌دهم، ولی گاهی به کمک نیاز دارم.
level-managing-description = این را خودم به تنهایی انجام می‌دهم.
level-not-relevant-description = این موضوع فعلاً برای من مهم نیست.

obstacle-no-childcare = جایی برای نگهداری بچه‌هایم نیست
obstacle-health = سلامتی‌ام
obstacle-language-requirement = بیشتر از سوئدی‌ای که بلدم از من می‌خواهند
obstacle-missing-documents = مدارکم کامل نیست
obstacle-missing-recognition = تحصیلات یا شغلم هنوز تأیید نشده است
obstacle-entry-requirements = شرط‌های ورود مانع من می‌شوند
obstacle-missing-basic-education = به آموزش پایه‌ی بیشتری نیاز دارم
obstacle-transport = رفتن به آن‌جا سخت است
obstacle-unstable-housing = جای ثابتی برای زندگی ندارم
obstacle-caring-for-family = از یکی از اعضای خانواده‌ام مراقبت می‌کنم
obstacle-parental-leave = مرخصی طولانی پدر و مادری
obstacle-not-knowing-rights = حقوق، وظایف و امکاناتم را نمی‌دانم
obstacle-discrimination = با من ناعادلانه رفتار می‌شود (تبعیض)
obstacle-other = چیز دیگر

obstacle-status-open = حل نشده
obstacle-status-being-handled = در دست پیگیری
obstacle-status-solved = حل شد

# چرا شرکت‌کننده بخشی از پرونده‌اش را به اشتراک می‌گذارد.
purpose-joint-planning = برای برنامه‌ریزی با هم
purpose-apply-step = برای درخواست یک گام
purpose-follow-up = برای پیگیری این‌که کار‌ها چطور پیش می‌رود
purpose-evaluate-step = برای کمک به ارزیابی گام‌ها
purpose-other = چیز دیگر

# بخش‌هایی از پرونده که می‌شود به اشتراک گذاشت.
section-profile = درباره‌ی من
section-contacts = مخاطبان من
section-background = سابقه‌ی من
section-goals = هدف‌های من
section-steps = گام‌های من
section-checkins = زندگی من: خودارزیابی‌ها
section-obstacles = موانع
section-notes = یادداشت‌ها
