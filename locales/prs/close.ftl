# مسلک‌های نزدیک: آن‌چه شخص «تقریباً دارد»، از معلومات باز ادارهٔ کاریابی
# (Arbetsförmedlingen) (جانشینی مسلک‌ها). صفحه و `etapp close-occupations`
# از این‌ها استفاده می‌کنند. نام مسلک‌ها و گروه‌ها به سویدنی می‌مانند.

close-title = نزدیک به کارهایی که کرده‌ام
close-labels-swedish = نام مسلک‌ها و گروه‌های آن‌ها از ادارهٔ کاریابی (Arbetsförmedlingen) است، به زبان سویدنی.
close-note = این ارتباط‌ها نظر عمومی ادارهٔ کاریابی (Arbetsförmedlingen) دربارهٔ کارهای هر مسلک است. وعدهٔ کار نیستند. شناختن تحصیلات خارجی یک راه جداگانه است.
close-own = مسلک‌های شما
close-very-close = بسیار نزدیک
close-somewhat-close = کمی نزدیک — کمی آموزش لازم است
close-same-group = همان گروه مسلکی
close-nothing = هیچ.
close-none = در سوابق شما هنوز هیچ مسلکی از فهرست نیست. برای یک کار یا یک تحصیل، یک مسلک انتخاب کنید، بعد مسلک‌های نزدیک این‌جا نشان داده می‌شوند.
close-no-relations = ادارهٔ کاریابی (Arbetsförmedlingen) هیچ مسلکی را به { $occupation } ربط نمی‌دهد. مسلک‌های دیگر گروه مسلکی آن، ارتباط ضعیف‌تری دارند:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [one] از { $count } مسلک شما
       *[other] از { $count } مسلک شما
    }
close-your-goal = از قبل یکی از هدف‌های شماست
close-not-in-list = { $count ->
        [one] { $count } مسلک در دوسیهٔ شما دیگر در فهرست نیست. کنار گذاشته شد.
       *[other] { $count } مسلک در دوسیهٔ شما دیگر در فهرست نیستند. کنار گذاشته شدند.
    }
close-goals = هدف‌های شما
close-goal-leads = این مسلک‌های شما به آن‌جا می‌رسند: { $occupations }
close-goal-no-leads = در معلومات ادارهٔ کاریابی (Arbetsförmedlingen)، هیچ‌کدام از مسلک‌های شما به آن‌جا نمی‌رسد.
close-goal-own = این از قبل یکی از مسلک‌های خود شماست.

# The ten major groups of SSYK 2012, the field of work, in everyday words.
ssyk-major-0 = نظامی
ssyk-major-1 = مدیران
ssyk-major-2 = کارهایی که به درجهٔ بالای پوهنتون ضرورت دارند
ssyk-major-3 = کارهایی که به تحصیلات پوهنتون یا مانند آن ضرورت دارند
ssyk-major-4 = کار دفتری و خدمات مشتریان
ssyk-major-5 = خدمات، مراقبت و فروش
ssyk-major-6 = زراعت، باغداری، جنگلداری و ماهی‌گیری
ssyk-major-7 = ساختمان‌سازی و تولید
ssyk-major-8 = ماشین‌ها، تولید و ترانسپورت
ssyk-major-9 = کارهایی که به آموزش کوتاه یا معرفی ضرورت دارند

# The screen.
close-open = کارهای نزدیک به کارهایی که کرده‌ام
close-lead = ادارهٔ کاریابی (Arbetsförmedlingen) می‌گوید کدام کارها به کارهایی که داشته‌اید و به آن‌چه تحصیلات‌تان برایش آماده‌تان ساخته نزدیک هستند. آن‌ها را این‌جا ببینید، و یکی را هدف خود بسازید.
close-guide-link = چه کسی تحصیلات خارجی را ارزیابی می‌کند؟ UHR را در رهنما ببینید
close-goal-hint = هدف نو یک هدف نهایی است. در پلان من، هدف‌های کوچک‌تر و قدم‌ها را به آن علاوه کنید.
close-make-goal = این را هدف من بساز
close-made-goal = { $occupation } حالا یکی از هدف‌های شماست.
close-to-plan = رفتن به پلان من
close-to-background = رفتن به سوابق من
close-loading = کارهای نزدیک پیدا می‌شوند…
