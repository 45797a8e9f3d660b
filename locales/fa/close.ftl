# شغل‌های نزدیک: چیزی که یک نفر «تقریباً دارد»، از داده‌های باز اداره‌ی کار
# (Arbetsförmedlingen) درباره‌ی جایگزینی شغل‌ها. صفحه و `etapp close-occupations`
# از آن استفاده می‌کنند. نام شغل‌ها و گروه‌ها سوئدی می‌مانند.

close-title = نزدیک به کار‌هایی که کرده‌ام
close-labels-swedish = نام شغل‌ها و گروه‌هایشان از اداره‌ی کار (Arbetsförmedlingen) می‌آید، به زبان سوئدی.
close-note = این پیوند‌ها نظر کلی اداره‌ی کار (Arbetsförmedlingen) درباره‌ی وظایف کاری شغل‌هاست. قول کار نیستند. تأیید گرفتن برای تحصیلات خارجی راه جداگانه‌ای است.
close-own = شغل‌های شما
close-very-close = خیلی نزدیک
close-somewhat-close = تا حدی نزدیک — کمی آموزش لازم است
close-same-group = همان گروه شغلی
close-nothing = هیچ.
close-none = در سابقه‌ی شما هنوز هیچ شغلی از فهرست نیامده است. برای یک کار یا یک دوره‌ی تحصیلی یک شغل انتخاب کنید، تا شغل‌های نزدیک این‌جا نشان داده شوند.
close-no-relations = اداره‌ی کار (Arbetsförmedlingen) هیچ شغلی را به { $occupation } وصل نمی‌کند. شغل‌های دیگر گروه شغلی آن پیوند ضعیف‌تری دارند:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [one] از { $count } شغل شما
       *[other] از { $count } شغل شما
    }
close-your-goal = از قبل یکی از هدف‌های شماست
close-not-in-list = { $count ->
        [one] { $count } شغل در پرونده‌ی شما دیگر در فهرست نیست. کنار گذاشته شد.
       *[other] { $count } شغل در پرونده‌ی شما دیگر در فهرست نیستند. کنار گذاشته شدند.
    }
close-goals = هدف‌های شما
close-goal-leads = این شغل‌های شما به آن‌جا می‌رسند: { $occupations }
close-goal-no-leads = در داده‌های اداره‌ی کار (Arbetsförmedlingen)، هیچ‌کدام از شغل‌های شما به آن‌جا نمی‌رسد.
close-goal-own = این از قبل یکی از شغل‌های خود شماست.

# The ten major groups of SSYK 2012, the field of work, in everyday words.
ssyk-major-0 = نظامی
ssyk-major-1 = مدیران
ssyk-major-2 = کار‌هایی که مدرک دانشگاهی در سطح بالا لازم دارند
ssyk-major-3 = کار‌هایی که تحصیلات دانشگاهی یا مانند آن لازم دارند
ssyk-major-4 = کار اداری و خدمات به مشتری
ssyk-major-5 = خدمات، مراقبت و فروش
ssyk-major-6 = کشاورزی، باغبانی، جنگلداری و ماهیگیری
ssyk-major-7 = ساختمان‌سازی و تولید
ssyk-major-8 = ماشین‌آلات، تولید و حمل‌ونقل
ssyk-major-9 = کار‌هایی که یک آموزش کوتاه یا آشنایی اولیه لازم دارند

# The screen.
close-open = کار‌های نزدیک به کار‌هایی که کرده‌ام
close-lead = اداره‌ی کار (Arbetsförmedlingen) می‌گوید کدام کار‌ها به کار‌هایی که داشته‌اید و به چیزی که تحصیلاتتان شما را برایش آماده کرده است نزدیک‌اند. آن‌ها را این‌جا ببینید، و یکی را هدف خود کنید.
close-guide-link = چه کسی تحصیلات خارجی را ارزیابی می‌کند؟ UHR را در راهنما ببینید
close-goal-hint = هدف تازه یک هدف نهایی است. در «برنامه‌ی من» هدف‌های کوچک‌تر و گام‌هایی به آن اضافه کنید.
close-make-goal = انتخاب به‌عنوان هدف من
close-made-goal = { $occupation } حالا یکی از هدف‌های شماست.
close-to-plan = رفتن به برنامه‌ی من
close-to-background = رفتن به سابقه‌ی من
close-loading = کار‌های نزدیک پیدا می‌شوند…
