# خواننده: آن‌چه یک کارمند مسئول از یک بسته می‌بیند. عنوان‌ها برای خلاصه
# و صفحهٔ چاپی.

reader-title = شریک‌شده از Etapp
reader-to = برای
reader-purpose = مقصد
reader-created = ساخته‌شده
reader-expires = باز می‌شود تا
reader-signer = کلید امضا
reader-seen = در این کمپیوتر
reader-first-seen = اولین بار دیده شد.
reader-seen-before = پیش‌تر دیده شده، اولین بار در { $date }.
reader-language = زبان این شخص
reader-sensitive = معلومات حساس
reader-promise = امضا نشان می‌دهد که از وقتی این شخص این بسته را ساخت هیچ چیز تغییر نکرده است، و این‌که از همان دوسیه‌ای است که بسته‌های دیگر با همین عددها از آن آمده‌اند. نشان نمی‌دهد که این شخص کیست: عددهای کلید امضا را با او با هم بخوانید.
reader-only-items = از این بخش تنها بعضی چیزها شریک شده‌اند.
reader-empty = این‌جا چیزی نیست.
reader-yes = بلی
reader-no = نخیر

## About me
reader-name = نام
reader-arrived = آمدن به سویدن
reader-permit-name = نام روی کارت اقامت
reader-pin = نمبر شخصی (personnummer)
reader-case-number = نمبر قضیه در ادارهٔ مهاجرت (Migrationsverket)
reader-permit-date = اجازهٔ اقامت داده شد
reader-municipality = شاروالی (kommun)
reader-adults = بزرگسالان در خانه
reader-child-born = سال تولد طفل
reader-language-spoken = زبان
reader-programme = در برنامهٔ استقرار
reader-programme-since = از

## Contacts
reader-agency = اداره
reader-unit = بخش یا دفتر
reader-phone = تیلفون
reader-email = ایمیل
reader-note = یادداشت

## Background
reader-education = تحصیلات
reader-education-level = سطح
reader-country = کشور
reader-years = سال‌ها
reader-completed = تمام شده
reader-documents = اسناد را دارد
reader-recognition = شناخته شدن در سویدن
reader-work = کار
reader-occupation = مسلک
reader-tasks = وظایف
reader-kind = نوع
reader-skill = مهارت
reader-issuer = داده‌شده از طرف
reader-year = سال
reader-driving-licence = لایسنس دریوری
reader-classes = درجه‌ها
reader-asylum-period = پیش از اجازهٔ اقامت
reader-description = شرح
reader-start = شروع
reader-end = ختم

## Goals and steps
reader-goal-kind = نوع هدف
reader-target-date = تاریخ هدف
reader-status = وضعیت
reader-sub-goal-of = هدف فرعیِ
reader-stage-now = مرحله‌ای که در آن هستم
reader-stage = مرحله
reader-step-type = نوع قدم
reader-contact = شخص تماس
reader-for-goal = برای هدف
reader-life-areas = بخش‌های زندگی
reader-history = وضعیت تغییر کرد
reader-appointment = ملاقات
reader-usefulness = چقدر مفید
reader-usefulness-of-five = { $score } از ۵
reader-helped = چه چیز کمک کرد
reader-hard = چه چیز سخت بود

## Obstacles and notes
reader-handled-by = رسیدگی از طرف
reader-noticed = دیده‌شده
reader-handling-since = رسیدگی از
reader-solved-on = حل شد
reader-written-in = نوشته‌شده به

## What changed across shares of one person (etapp open OLD NEW …).
compare-title = چه تغییر کرد
compare-bundles = بسته‌ها، کهنه‌ترین اول
compare-bundle = { $n }. ساخته‌شده در { $created }
compare-period = از { $from } تا { $to }
compare-not-shared = هر دو بار شریک نشده، پس مقایسه نشد: { $parts }
compare-sensitive-left-out = معلومات حساس تنها یکی از دو بار شریک شد. این‌جا کنار گذاشته شده است.
compare-nothing = هیچ چیز تغییر نکرد.
compare-change = { $before } → { $after }
compare-latest-checkin = آخرین بررسی حال
compare-checkins-added = بررسی‌های حال نو
compare-none = هیچ
compare-no-level = بدون سطح
compare-stage-none = انتخاب نشده
compare-stage-same = { $stage } (بدون تغییر)
compare-steps-added = قدم‌های نو
compare-steps-status = قدم‌هایی با وضعیت نو
compare-steps-removed = قدم‌هایی که دیگر در پلان نیستند
compare-obstacles-added = موانع نو
compare-obstacles-solved = موانع حل‌شده
compare-obstacles-status = موانعی با وضعیت نو
compare-obstacles-removed = موانعی که دیگر در فهرست نیستند
compare-goals-added = هدف‌های نو
compare-goals-reached = هدف‌هایی که به آن‌ها رسید
compare-goals-status = هدف‌هایی با وضعیت نو
compare-goals-removed = هدف‌هایی که دیگر در فهرست نیستند
compare-noticed-on = دیده‌شده در { $date }
compare-solved-on = حل‌شده در { $date }

## A report across participants (etapp report). Only codes and numbers.
report-title = ارزیابی قدم‌ها، از بسته‌های شریک‌شده برای ارزیابی
report-counted = اشتراک‌کنندگان حساب‌شده: { $count }
report-replaced = بسته‌های پیشین که با بستهٔ بعدی همان اشتراک‌کننده عوض شدند: { $count }
report-min-group = گروه‌هایی با کمتر از { $count } اشتراک‌کننده نشان داده نمی‌شوند، تا هیچ کس شناخته نشود.
report-steps-heading = قدم‌ها، به حساب نوع و اداره
report-participants = اشتراک‌کنندگان: { $count }
report-steps-by-status = قدم‌ها حالا
report-median-days = میانهٔ روزها از پلان‌شده تا انجام‌شده
report-decimal-separator = {"٫"}
report-none = هیچ
report-usefulness = چقدر مفید، ۱ تا ۵ (تعداد نمره‌ها)
report-fewer-than = کمتر از ۵ اشتراک‌کننده: نشان داده نمی‌شود.
report-areas-heading = بخش‌های زندگی: تغییر از اولین بررسی حال تا آخرین
report-area = { $count } اشتراک‌کننده، میانه { $median } (تغییرها: { $spread })
report-skipped = بسته‌های رهاشده: { $count }
report-skip-not-for-evaluation = برای ارزیابی شریک نشده
report-skip-expired = وقت آن تمام شده
report-skip-wrong-key = کلید شما آن را باز نمی‌کند، یا خراب است
report-skip-not-a-bundle = بستهٔ Etapp نیست
report-skip-truncated = فایل زودتر از وقتش تمام می‌شود
report-skip-signature = بعد از ساختن تغییر کرده
report-skip-newer-version = با نسخهٔ نوتر Etapp ساخته شده
report-skip-too-large = بسیار بزرگ
report-skip-unreadable = خوانده نشد
