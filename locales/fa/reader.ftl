# خواننده: آنچه کارمند مسئول از یک بسته می‌بیند. برچسب‌های خلاصه و
# صفحه‌ی قابل چاپ.

reader-title = به اشتراک گذاشته‌شده از Etapp
reader-to = برای
reader-purpose = هدف
reader-created = ساخته‌شده
reader-expires = قابل باز کردن تا
reader-signer = کلید امضا
reader-seen = روی این کامپیوتر
reader-first-seen = اولین بار است که دیده می‌شود.
reader-seen-before = قبلاً دیده شده، اولین بار در { $date }.
reader-language = زبان شخص
reader-sensitive = اطلاعات حساس
reader-promise = امضا نشان می‌دهد که از وقتی شخص این بسته را ساخته، چیزی تغییر نکرده است، و این‌که از همان پرونده‌ای آمده که بسته‌های دیگر با همین عدد‌ها. امضا نشان نمی‌دهد که این شخص کیست: عدد‌های کلید امضا را همراه با خود او بخوانید.
reader-only-items = فقط بعضی از موارد این بخش به اشتراک گذاشته شده‌اند.
reader-empty = چیزی این‌جا نیست.
reader-yes = بله
reader-no = نه

## درباره‌ی من
reader-name = نام
reader-arrived = آمدن به سوئد
reader-permit-name = نام روی کارت اجازه‌ی اقامت
reader-pin = شماره‌ی شخصی (personnummer)
reader-case-number = شماره‌ی پرونده در اداره‌ی مهاجرت (Migrationsverket)
reader-permit-date = تاریخ گرفتن اجازه‌ی اقامت
reader-municipality = کمون (kommun)
reader-adults = بزرگسالان خانه
reader-child-born = بچه، متولد
reader-language-spoken = زبان
reader-programme = در برنامه‌ی استقرار
reader-programme-since = از

## مخاطبان
reader-agency = اداره
reader-unit = بخش یا دفتر
reader-phone = تلفن
reader-email = ایمیل
reader-note = یادداشت

## سابقه
reader-education = تحصیلات
reader-education-level = سطح
reader-country = کشور
reader-years = سال‌ها
reader-completed = تمام‌شده
reader-documents = مدارک را دارد
reader-recognition = تأیید در سوئد
reader-work = کار
reader-occupation = شغل
reader-tasks = وظایف
reader-kind = نوع
reader-skill = مهارت
reader-issuer = صادرکننده
reader-year = سال
reader-driving-licence = گواهینامه‌ی رانندگی
reader-classes = پایه‌ها
reader-asylum-period = پیش از اجازه‌ی اقامت
reader-description = توضیح
reader-start = شروع
reader-end = پایان

## هدف‌ها و گام‌ها
reader-goal-kind = نوع هدف
reader-target-date = تاریخ هدف
reader-status = وضعیت
reader-sub-goal-of = هدف میانی برای
reader-stage-now = مرحله‌ای که در آن هستم
reader-stage = مرحله
reader-step-type = نوع گام
reader-contact = شخص تماس
reader-for-goal = برای هدف
reader-life-areas = بخش‌های زندگی
reader-history = تغییر وضعیت
reader-appointment = قرار
reader-usefulness = چقدر مفید
reader-usefulness-of-five = { $score } از ۵
reader-helped = چه چیزی کمک کرد
reader-hard = چه چیزی سخت بود

## موانع و یادداشت‌ها
reader-handled-by = در دست پیگیری
reader-noticed = دیده‌شده
reader-handling-since = در دست پیگیری از
reader-solved-on = حل‌شده
reader-written-in = نوشته‌شده به زبان

## چه چیزی بین بسته‌های یک نفر تغییر کرده است (etapp open OLD NEW …).
compare-title = چه چیزی تغییر کرد
compare-bundles = بسته‌ها، قدیمی‌ترین اول
compare-bundle = { $n }. ساخته‌شده در { $created }
compare-period = از { $from } تا { $to }
compare-not-shared = هر دو بار به اشتراک گذاشته نشده، پس مقایسه نشده است: { $parts }
compare-sensitive-left-out = اطلاعات حساس فقط یکی از دو بار به اشتراک گذاشته شده است. این‌جا کنار گذاشته شده است.
compare-nothing = چیزی تغییر نکرد.
compare-change = { $before } ← { $after }
compare-latest-checkin = آخرین خودارزیابی
compare-checkins-added = خودارزیابی‌های تازه
compare-none = هیچ
compare-no-level = بدون سطح
compare-stage-none = انتخاب نشده
compare-stage-same = { $stage } (بدون تغییر)
compare-steps-added = گام‌های تازه
compare-steps-status = گام‌هایی با وضعیت تازه
compare-steps-removed = گام‌هایی که دیگر در برنامه نیستند
compare-obstacles-added = موانع تازه
compare-obstacles-solved = موانع حل‌شده
compare-obstacles-status = موانعی با وضعیت تازه
compare-obstacles-removed = موانعی که دیگر در فهرست نیستند
compare-goals-added = هدف‌های تازه
compare-goals-reached = هدف‌هایی که به آن‌ها رسیده است
compare-goals-status = هدف‌هایی با وضعیت تازه
compare-goals-removed = هدف‌هایی که دیگر در فهرست نیستند
compare-noticed-on = دیده‌شده در { $date }
compare-solved-on = حل‌شده در { $date }

## گزارش از چند شرکت‌کننده (etapp report). فقط کد‌ها و عدد‌ها.
report-title = ارزیابی گام‌ها، از بسته‌هایی که برای ارزیابی داده شده‌اند
report-counted = شرکت‌کنندگان حساب‌شده: { $count }
report-replaced = بسته‌های قبلی که بسته‌ی بعدی همان شرکت‌کننده جایشان را گرفت: { $count }
report-min-group = گروه‌هایی که کمتر از { $count } شرکت‌کننده دارند نشان داده نمی‌شوند، تا هیچ‌کس شناسایی نشود.
report-steps-heading = گام‌ها، بر اساس نوع و اداره
report-participants = شرکت‌کنندگان: { $count }
report-steps-by-status = گام‌ها در حال حاضر
report-median-days = میانه‌ی روز‌ها از برنامه‌ریزی‌شده تا انجام‌شده
report-decimal-separator = {"٫"}
report-none = هیچ
report-usefulness = چقدر مفید، از ۱ تا ۵ (تعداد امتیاز‌ها)
report-fewer-than = کمتر از ۵ شرکت‌کننده: نشان داده نمی‌شود.
report-areas-heading = بخش‌های زندگی: تغییر از اولین خودارزیابی تا آخرین
report-area = { $count } شرکت‌کننده، میانه { $median } (تغییر‌ها: { $spread })
report-skipped = بسته‌های کنار گذاشته‌شده: { $count }
report-skip-not-for-evaluation = برای ارزیابی به اشتراک گذاشته نشده
report-skip-expired = تاریخش گذشته است
report-skip-wrong-key = کلید شما آن را باز نمی‌کند، یا خراب است
report-skip-not-a-bundle = بسته‌ای از Etapp نیست
report-skip-truncated = فایل زودتر از موعد تمام می‌شود
report-skip-signature = بعد از ساخته شدن تغییر کرده است
report-skip-newer-version = با نسخه‌ی جدیدتری از Etapp ساخته شده است
report-skip-too-large = خیلی بزرگ است
report-skip-unreadable = خوانده نشد
