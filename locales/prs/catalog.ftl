# Labels of the catalog codes (crates/core/src/catalog). The id is the
# catalog and the code with dashes. Codes never change; labels may.

agency-public-employment-service = ادارهٔ کاریابی (Arbetsförmedlingen)
agency-municipal-labour-market = بخش کار شاروالی
agency-social-services = خدمات اجتماعی (Socialtjänsten)
agency-adult-education = آموزش بزرگسالان و SFI
agency-health-care = خدمات صحی (Region)
agency-social-insurance = ادارهٔ بیمهٔ اجتماعی (Försäkringskassan)
agency-migration-agency = ادارهٔ مهاجرت (Migrationsverket)
agency-tax-agency = ادارهٔ مالیات (Skatteverket)
agency-county-board = ادارهٔ ولایت (Länsstyrelsen)
agency-school-office = شاروالی: کودکستان و مکتب
agency-housing-office = دفتر خانه یا صاحب‌خانه
agency-council-for-higher-education = شورای تحصیلات عالی سویدن (UHR)
agency-civil-society = انجمن‌ها و رضاکاران
agency-myself = خودم

step-type-sfi-course = کورس زبان سویدنی (SFI)
step-type-civic-orientation = آشنایی با جامعهٔ سویدن (samhällsorientering)
step-type-internship = کارآموزی (praktik)
step-type-work-training = تمرین کار
step-type-labour-market-training = آموزش برای بازار کار
step-type-validation = تأیید مهارت‌ها (validering)
step-type-study-motivation-course = کورس آمادگی برای تحصیل در مکتب عالی مردمی (folkhögskola)
step-type-vocational-education = آموزش مسلکی
step-type-job-search = جستجوی کار
step-type-health-appointment = ملاقات صحی
step-type-parental-support = کمک برای والدین
step-type-housing-application = درخواست خانه
step-type-other = دیگر

stage-intake = شروع راه
stage-vision = ساختن دید آینده
stage-activity = فعالیت
stage-matching = رفتن به کار یا تحصیل

step-status-proposed = پیشنهاد شده
step-status-planned = پلان شده
step-status-ongoing = جریان دارد
step-status-done = انجام شد
step-status-paused = موقتاً متوقف
step-status-cancelled = لغو شد

goal-status-active = روی آن کار می‌کنم
goal-status-reached = رسیدم
goal-status-dropped = کنار گذاشتم

goal-kind-occupation = یک مسلک
goal-kind-studies = تحصیل
goal-kind-free-text = چیز دیگر

isced-level-isced-0 = کمتر از مکتب ابتدائیه
isced-level-isced-1 = مکتب ابتدائیه
isced-level-isced-2 = مکتب متوسطه
isced-level-isced-3 = لیسه
isced-level-isced-4 = آموزش مسلکی بعد از لیسه
isced-level-isced-5 = دورهٔ کوتاه پوهنتون یا انستیتوت
isced-level-isced-6 = لیسانس
isced-level-isced-7 = ماستری
isced-level-isced-8 = دکتورا

language-level-first-language = زبان مادری
language-level-fluent = روان
language-level-good = خوب، برای زندگی روزمره
language-level-basic = کمی

recognition-not-applied = درخواست نداده‌ام
recognition-applied = درخواست داده‌ام، منتظر جواب
recognition-recognised = شناخته شده
recognition-partly-recognised = تا اندازه‌ای شناخته شده
recognition-not-recognised = شناخته نشده

sensitive-category-health = صحت
sensitive-category-family = فامیل
sensitive-category-financial = پول و کمک مالی

life-area-household-economy = پول خانه
life-area-network = شبکهٔ آشنایان
life-area-welfare-system = کمک‌های جامعه و حقوق
life-area-housing = خانه
life-area-preschool = کودکستان و نگهداری اطفال
life-area-health = صحت
life-area-work-studies = کار یا تحصیل
life-area-swedish-language = زبان سویدنی

life-area-household-economy-description = پول برای غذا، کرایهٔ خانه و بل‌ها، و پلان کردن تا پول کفایت کند.
life-area-network-description = کسانی که می‌توانید به آن‌ها رو بیاورید: فامیل، دوستان، همسایه‌ها و انجمن‌ها.
life-area-welfare-system-description = دانستن این‌که کمک جامعه در سویدن چطور کار می‌کند و استفاده از آن: ادارهٔ بیمهٔ اجتماعی (Försäkringskassan)، خدمات صحی، مکتب، و حقوق و وجایب شما.
life-area-housing-description = یک جای امن برای زندگی، قرارداد کرایهٔ شما، و پالیدن خانه.
life-area-preschool-description = جای برای اطفال شما در کودکستان یا جای دیگر نگهداری اطفال، تا بتوانید کار کنید یا درس بخوانید.
life-area-health-description = حال جسم و روان شما، و گرفتن تداوی وقتی به آن ضرورت دارید.
life-area-work-studies-description = راه شما به یک کار یا یک تحصیل: هدف شما، کورس‌ها، کارآموزی‌ها و جستجوی کار.
life-area-swedish-language-description = آموختن زبان سویدنی و استفاده از آن هر روز: در SFI، در کار و با مردم دیگر.

level-in-crisis = در بحران
level-struggling = سخت
level-getting-help = با کمک بهتر
level-mostly-managing = بیشتر خودم
level-managing = خودم
level-not-relevant = حالا مهم نیست

level-in-crisis-description = همین حالا به کمک ضرورت دارم. حالت عاجل است.
level-struggling-description = سخت است، و کمکی را که ضرورت دارم نمی‌گیرم.
level-getting-help-description = کمک می‌گیرم، و این کار را آسان‌تر می‌سازد.
level-mostly-managing-description = بیشتر آن را خودم انجام می‌دهم، ولی گاهی به کمک ضرورت دارم.
level-managing-description = این را خودم انجام می‌دهم.
level-not-relevant-description = این برای من همین حالا مهم نیست.

obstacle-no-childcare = برای اطفالم جای نگهداری نیست
obstacle-health = صحت من
obstacle-language-requirement = زبان سویدنی بیشتر از آن‌چه من می‌دانم می‌خواهند
obstacle-missing-documents = اسنادم کم است
obstacle-missing-recognition = تحصیلات یا کار من هنوز شناخته نشده است
obstacle-entry-requirements = شرایط، مرا بیرون نگه می‌دارد
obstacle-missing-basic-education = به درس ابتدایی بیشتر ضرورت دارم
obstacle-transport = رفتن به آن‌جا سخت است
obstacle-unstable-housing = جای ثابت برای زندگی ندارم
obstacle-caring-for-family = از یک عضو فامیلم نگهداری می‌کنم
obstacle-parental-leave = رخصتی طولانی والدین
obstacle-not-knowing-rights = حقوق، وجایب و امکانات خود را نمی‌دانم
obstacle-discrimination = با من برخورد ناعادلانه می‌شود (تبعیض)
obstacle-other = چیز دیگر

obstacle-status-open = باز
obstacle-status-being-handled = در حال رسیدگی
obstacle-status-solved = حل شد

# Why a participant shares part of their record.
purpose-joint-planning = برای پلان کردن با هم
purpose-apply-step = برای درخواست یک قدم
purpose-follow-up = برای پیگیری این‌که کارها چطور پیش می‌رود
purpose-evaluate-step = برای کمک به ارزیابی قدم‌ها
purpose-other = چیز دیگر

# The parts of the record that can be shared.
section-profile = دربارهٔ من
section-contacts = اشخاص تماس من
section-background = سوابق من
section-goals = هدف‌های من
section-steps = قدم‌های من
section-checkins = زندگی من: بررسی‌های حال
section-obstacles = موانع
section-notes = یادداشت‌ها
