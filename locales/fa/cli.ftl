# خط فرمان etapp: راهنما، پرسش‌ها و پیام‌ها.
# خط‌های ماشینی ("recovery code: …") این‌جا نیستند: انگلیسی می‌مانند.

cli-about = Etapp پرونده‌ی شخصی شما از مسیرتان در سوئد است، که روی این کامپیوتر با رمز عبور قفل شده است.
cli-heading-usage = طرز استفاده
cli-heading-options = گزینه‌ها
cli-heading-commands = فرمان‌ها
cli-usage-etapp = etapp [--vault پوشه] [--lang زبان] فرمان
cli-usage-init = etapp init
cli-usage-profile = etapp profile فرمان
cli-usage-profile-set = etapp profile set [--name نام] [--arrived تاریخ]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code کد] [--rotate]
cli-value-folder = پوشه
cli-value-language = زبان
cli-value-name = نام
cli-value-date = تاریخ
cli-value-code = کد

cli-arg-help = نمایش این راهنما.
cli-arg-version = نمایش نسخه‌ی Etapp.
cli-arg-vault = پوشه‌ی پرونده‌ی شما. اگر آن را ننویسید: ETAPP_VAULT، وگرنه پوشه‌ی معمول روی این کامپیوتر.
cli-arg-lang = زبان پیام‌ها: { $languages }. اگر آن را ننویسید: ETAPP_LANG، وگرنه زبان این کامپیوتر.
cli-arg-name = نام شما، همان‌طور که دوست دارید صدایتان کنند.
cli-arg-arrived = روزی که به سوئد آمدید، به شکل سال-ماه-روز، برای مثال 2024-03-15.
cli-arg-recovery-code = کد بازیابی شما. به‌جای آن - بنویسید تا کد را در خط بعد وارد کنید. کسان دیگری که از این کامپیوتر استفاده می‌کنند می‌توانند خط فرمان را ببینند.

cli-cmd-init = ساختن یک پرونده‌ی تازه و خالی. رمز عبور از ETAPP_PASSPHRASE گرفته می‌شود.
cli-cmd-profile = نمایش یا تغییر مشخصات شما.
cli-cmd-profile-set = تغییر نام شما یا روزی که به سوئد آمدید.
cli-cmd-profile-show = نمایش مشخصات شما به‌صورت JSON.
cli-cmd-passwd = تغییر رمز عبور. با کد بازیابی می‌توانید رمز عبور تازه‌ای بگذارید، حتی اگر رمز قبلی را فراموش کرده‌اید.

cli-prompt-passphrase = رمز عبور:
cli-prompt-new-passphrase = رمز عبور تازه:
cli-prompt-new-passphrase-again = دوباره رمز عبور تازه:

cli-init-done = پرونده‌ی شما آماده است. کد بازیابی زیر را روی کاغذ بنویسید و در جای امنی نگه دارید. اگر رمز عبورتان را فراموش کنید، تنها راه ورود همین است.
cli-profile-saved = مشخصات شما ذخیره شد.
cli-passwd-done = رمز عبور شما تغییر کرد. کد بازیابی شما هنوز کار می‌کند.
cli-passwd-recovered = رمز عبور شما تغییر کرد. کد بازیابی قدیمی‌تان دیگر کار نمی‌کند. کد تازه‌ی زیر را روی کاغذ بنویسید و در جای امنی نگه دارید.

cli-error-no-secret = رمز عبوری نیست، و ترمینالی هم نیست که آن را بپرسد. { $var } را تنظیم کنید و دوباره امتحان کنید.
cli-error-no-code = کدی نیست، و ترمینالی هم نیست که آن را بپرسد. آن را با --code بدهید، یا { $var } را تنظیم کنید، و دوباره امتحان کنید.
cli-error-init-needs-passphrase = رمز عبور پرونده‌ی تازه را در { $var } بگذارید، بعد دوباره "etapp init" را اجرا کنید.
cli-error-passphrases-differ = دو رمز عبور تازه یکی نیستند. چیزی تغییر نکرد. دوباره امتحان کنید.
cli-error-unknown-language = زبان "{ $lang }" در دسترس نیست. از { $languages } استفاده کنید.
cli-error-no-vault-folder = Etapp هیچ پوشه‌ای برای پرونده‌ی شما پیدا نکرد. یکی را با --vault یا ETAPP_VAULT بدهید.
cli-error-not-text = در { $var } نشانه‌هایی هست که متن نیستند. آن را دوباره تنظیم کنید و دوباره امتحان کنید.
cli-error-read-input = Etapp نتوانست چیزی را که وارد کردید بخواند. دوباره امتحان کنید.
cli-error-unknown-argument = Etapp { $arg } را نمی‌شناسد.
cli-error-unknown-command = Etapp فرمانی به نام "{ $command }" ندارد.
cli-error-missing-command = فرمان جا افتاده است. یکی از این‌ها را انتخاب کنید: { $commands }.
cli-error-missing-argument = چیزی جا افتاده است: { $arg }.
cli-error-invalid-value = مقدار "{ $value }" برای { $arg } مناسب نیست.
cli-error-usage = فرمان کامل یا درست نیست.
cli-error-conflict = { $arg } را نمی‌شود همراه با { $other } به کار برد. یکی از آن‌ها را انتخاب کنید.
cli-error-repeated = { $arg } بیش از یک بار داده شده است. آن را یک بار بدهید.
cli-hint-help = برای دیدن طرز استفاده، "etapp --help" را بنویسید.

# پرونده: گام‌ها، خروجی گرفتن، وارد کردن، نمونه.
cli-usage-step = etapp step فرمان
cli-usage-step-add = etapp step add --title متن --type کد --agency کد --stage کد [--status کد] [--start تاریخ] [--end تاریخ] [--goal شماره]… [--contact شماره] [--life-area کد]…
cli-usage-step-status = etapp step status شماره وضعیت
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record فایل
cli-usage-demo = etapp demo
cli-value-text = متن
cli-value-id = شماره
cli-value-file = فایل
cli-cmd-step = افزودن یک گام، یا تغییر وضعیت آن.
cli-cmd-step-add = افزودن یک گام به پرونده‌ی شما. شماره‌ی آن را در خطی با "id: " چاپ می‌کند.
cli-cmd-step-status = تغییر وضعیت یک گام: proposed، planned، ongoing، done، paused یا cancelled.
cli-cmd-export-record = چاپ کل پرونده‌ی شما به‌صورت JSON.
cli-cmd-import-record = خواندن یک فایل پرونده (ساخته‌شده با export-record) در یک پرونده‌ی تازه و خالی.
cli-cmd-demo = پر کردن یک پرونده‌ی تازه و خالی با یک شخص نمونه، برای امتحان کردن Etapp.
cli-arg-step-title = این گام چیست، با کلمه‌های خودتان.
cli-arg-step-type = نوع گام، برای مثال sfi_course، internship یا job_search.
cli-arg-step-agency = مسئول آن کیست، برای مثال public_employment_service، adult_education یا myself.
cli-arg-step-stage = مرحله: intake، vision، activity یا matching.
cli-arg-step-status = وضعیت: proposed، planned، ongoing، done، paused یا cancelled. اگر آن را ننویسید: planned.
cli-arg-step-start = روز اول، به شکل سال-ماه-روز.
cli-arg-step-end = روز آخر، به شکل سال-ماه-روز.
cli-arg-step-goal = شماره‌ی هدفی که این گام به آن کمک می‌کند. می‌توانید آن را بیش از یک بار بدهید.
cli-arg-step-contact = شماره‌ی شخص تماس شما برای این گام.
cli-arg-step-id = شماره‌ی گام.
cli-arg-import-file = فایل پرونده‌ای که باید خوانده شود.
cli-step-added = گام ذخیره شد.
cli-step-status-saved = وضعیت گام ذخیره شد.
cli-usage-checkin = etapp checkin فرمان
cli-usage-checkin-add = etapp checkin add [--date تاریخ] [--note متن] بخش=سطح…
cli-value-area-level = بخش=سطح
cli-cmd-checkin = بگویید بخش‌های زندگی‌تان چطور پیش می‌روند.
cli-cmd-checkin-add = افزودن یک خودارزیابی: برای هر بخش، سطحی از 1 (در بحران) تا 5 (خودم می‌توانم)، یا not_relevant. شماره‌ی آن را در خطی با "id: " چاپ می‌کند.
cli-arg-checkin-date = روز خودارزیابی، به شکل سال-ماه-روز. اگر آن را ننویسید: امروز.
cli-arg-checkin-note = یادداشتی درباره‌ی کل خودارزیابی.
cli-arg-checkin-levels = یک بخش و سطح آن، برای مثال housing=2 یا preschool=not_relevant. بخش‌ها: household_economy, network, welfare_system, housing, preschool, health, work_studies, swedish_language.
cli-arg-step-life-area = بخشی از زندگی شما که این گام به آن کمک می‌کند، برای مثال housing. می‌توانید آن را بیش از یک بار بدهید.
cli-checkin-added = خودارزیابی ذخیره شد.
cli-import-done = پرونده‌ی شما وارد شد.
cli-demo-done = شخص نمونه در پرونده است. Etapp را با آن امتحان کنید؛ برای اطلاعات خودتان یک پرونده‌ی تازه بسازید.
cli-error-read-file = Etapp نتوانست فایل { $path } را بخواند. نام آن را بررسی کنید و این‌که اجازه‌ی خواندنش را دارید، بعد دوباره امتحان کنید.

# بررسی پرونده.
cli-usage-check = etapp check
cli-cmd-check = بررسی این‌که همه‌ی بخش‌های فایل پرونده‌ی شما سالم و خواندنی است.
cli-check-whole = پرونده‌ی شما سالم است: همه‌ی بخش‌های آن خوانده می‌شوند.

# اشتراک‌گذاری، و خواننده‌ی کارمند مسئول.
cli-usage-share = etapp share --to متن [--agency کد] [--unit متن] --purpose کد [--purpose-text متن] [--sections فهرست] [--items فهرست] [--include-sensitive] [--expires-in روز] [--recipient کلید] [--out فایل] [--page فایل]
cli-usage-shares = etapp shares [withdraw شماره]
cli-usage-shares-withdraw = etapp shares withdraw شماره
cli-usage-open = etapp open فایل… [--code کد… | --identity فایل] [--json | --html فایل]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = فهرست
cli-value-days = روز
cli-value-key = کلید
cli-cmd-share = ساختن یک بسته: فایلی با بخش‌هایی از پرونده‌تان که انتخاب می‌کنید، برای یک کارمند مسئول. کدی را که باید به او بگویید در خطی با "code: " چاپ می‌کند.
cli-cmd-shares = نمایش همه‌ی بسته‌هایی که ساخته‌اید، به‌صورت JSON.
cli-cmd-shares-withdraw = علامت زدن یک بسته به‌عنوان پس‌گرفته. فایلی را که قبلاً داده‌اید نمی‌شود پس گرفت.
cli-cmd-open = باز کردن و خواندن بسته‌ای از Etapp. چند بسته از یک نفر بدهید تا ببینید چه چیزی تغییر کرده است. به پرونده‌ی خودتان نیازی ندارد.
cli-cmd-forget-seen = فراموش کردن کلید‌های امضایی که این کامپیوتر در بسته‌ها دیده است.
cli-arg-share-to = برای چه کسی است: نام کارمند مسئول.
cli-arg-share-agency = اداره‌ی او، برای مثال public_employment_service یا municipal_labour_market.
cli-arg-share-unit = بخش یا دفتر او.
cli-arg-share-purpose = چرا: joint-planning، apply-step، follow-up، evaluate-step یا other.
cli-arg-share-purpose-text = چرا، با کلمه‌های خودتان. همراه با "other" لازم است.
cli-arg-share-sections = بخش‌های کاملی که به اشتراک گذاشته می‌شوند، جدا با ویرگول (,): profile, contacts, background, goals, steps, checkins, obstacles, notes.
cli-arg-share-items = مورد‌های تکی که به اشتراک گذاشته می‌شوند، جدا با ویرگول (,)، هر کدام به شکل بخش:شماره، برای مثال steps:3,goals:1,background.work:2.
cli-arg-share-include-sensitive = اطلاعات سلامت، خانواده و پول هم به اشتراک گذاشته شود. بدون این گزینه، این مورد‌ها کنار گذاشته می‌شوند.
cli-arg-share-expires-in = بسته تا چند روز قابل باز کردن است: از 1 تا 365. اگر آن را ننویسید: 14.
cli-arg-share-recipient = قفل کردن بسته با کلید عمومی یک اداره (age1…) به‌جای کد.
cli-arg-share-out = فایلی که بسته در آن ذخیره می‌شود.
cli-arg-share-page = بسته به‌صورت صفحه‌ای که هر مرورگر اینترنتی بدون نصب چیزی باز می‌کند (.html) هم (یا فقط به این صورت) ذخیره شود.
cli-arg-shares-id = شماره‌ی بسته، از "etapp shares".
cli-arg-open-file = فایل بسته. چند بسته از یک نفر: چه چیزی بین آن‌ها تغییر کرده است، قدیمی‌ترین اول.
cli-arg-open-code = کدی که آن شخص گفت. به‌جای آن - بنویسید تا کد را در خط بعد وارد کنید. برای چند بسته، برای هر کدام یک بار --code بدهید، به همان ترتیب. کسان دیگری که از این کامپیوتر استفاده می‌کنند می‌توانند خط فرمان را ببینند.
cli-arg-open-identity = فایلی با کلید مخفی اداره‌ی شما، اگر بسته با کلید اداره‌تان قفل شده است.
cli-arg-open-json = چاپ بسته به‌صورت JSON، به‌جای حالت معمول.
cli-arg-open-html = ذخیره‌ی صفحه‌ای برای چاپ، به سوئدی و به زبان آن شخص، کنار هم.
cli-prompt-code = کد:
cli-share-consent = با ساختن این بسته، با این موافقت می‌کنید:
cli-share-left-out = { $count ->
    [one] { $count } مورد کنار گذاشته شد، چون در آن اطلاعاتی درباره‌ی { $categories } هست. برای این‌که آن هم به اشتراک گذاشته شود، --include-sensitive را اضافه کنید.
   *[other] { $count } مورد کنار گذاشته شدند، چون در آن‌ها اطلاعاتی درباره‌ی { $categories } هست. برای این‌که آن‌ها هم به اشتراک گذاشته شوند، --include-sensitive را اضافه کنید.
}
cli-share-done = بسته در { $file } ذخیره شد. کد زیر را رو در رو به کسی که بسته برای اوست بگویید. آن را در ایمیل یا پیام نفرستید، و کنار فایل نگه ندارید.
cli-share-done-key = بسته در { $file } ذخیره شد. فقط اداره‌ای که کلید مخفی مربوط به آن را دارد می‌تواند آن را باز کند.
cli-share-withdrawn = بسته‌ی { $id } به‌عنوان پس‌گرفته علامت خورد. فایلی را که قبلاً داده شده نمی‌شود پس گرفت، ولی بعد از { $expires } باز نمی‌شود.
cli-open-page-saved = صفحه در { $file } ذخیره شد.
cli-forget-seen-done = این کامپیوتر همه‌ی کلید‌های امضایی را که دیده بود فراموش کرد.
cli-error-file-exists = فایلی به نام { $path } از قبل هست، برای همین چیزی ذخیره نشد. نام دیگری انتخاب کنید.

# نسخه‌های پشتیبان، و قفل کردن کپی‌های قدیمی.
cli-usage-backup = etapp backup --out فایل
cli-usage-restore = etapp restore فایل [--recovery-code کد]
cli-usage-verify-backup = etapp verify-backup فایل [--recovery-code کد]
cli-cmd-backup = ذخیره‌ی یک نسخه‌ی پشتیبان از کل پرونده‌ی شما در یک فایل. مثل پرونده‌تان قفل است: با رمز عبور یا کد بازیابی شما.
cli-cmd-restore = برگرداندن پرونده‌ی شما از یک نسخه‌ی پشتیبان، در پوشه‌ای که هنوز پرونده‌ای در آن نیست.
cli-cmd-verify-backup = بررسی یک نسخه‌ی پشتیبان بی‌آن‌که چیزی تغییر کند: آن را باز می‌کند، همه‌ی بخش‌ها را بررسی می‌کند، و نشان می‌دهد چه چیز‌هایی در آن است.
cli-arg-backup-out = فایلی که نسخه‌ی پشتیبان در آن ذخیره می‌شود، برای مثال روی یک فلش USB.
cli-arg-backup-file = فایل نسخه‌ی پشتیبان.
cli-arg-backup-recovery-code = باز کردن نسخه‌ی پشتیبان با کد بازیابی آن به‌جای رمز عبورش. - بنویسید تا کد را در خط بعد وارد کنید. کسان دیگری که از این کامپیوتر استفاده می‌کنند می‌توانند خط فرمان را ببینند.
cli-arg-rotate = یک کلید تازه هم برای پرونده‌تان ساخته شود، تا کپی‌های قدیمی فایل کلید آن دیگر کار نکنند. یک کد بازیابی تازه می‌گیرید.
cli-backup-done = نسخه‌ی پشتیبان در { $file } ذخیره شد ({ $megabytes } مگابایت). آن را در جای امنی، دور از این کامپیوتر، نگه دارید.
cli-restore-done = پرونده‌ی { $name } از نسخه‌ی پشتیبان برگشت.
cli-restore-new-code = کد بازیابی قدیمی‌تان دیگر کار نمی‌کند. کد تازه‌ی زیر را روی کاغذ بنویسید و در جای امنی نگه دارید.
cli-verify-backup-done = نسخه‌ی پشتیبان { $created } سالم است. پرونده‌ی { $name } در آن است: { $goals ->
        [one] { $goals } هدف
       *[other] { $goals } هدف
    }، { $steps ->
        [one] { $steps } گام
       *[other] { $steps } گام
    }، { $checkins ->
        [one] { $checkins } خودارزیابی
       *[other] { $checkins } خودارزیابی
    }، { $obstacles ->
        [one] { $obstacles } مانع
       *[other] { $obstacles } مانع
    }، { $notes ->
        [one] { $notes } یادداشت
       *[other] { $notes } یادداشت
    }، { $contacts ->
        [one] { $contacts } مخاطب
       *[other] { $contacts } مخاطب
    } و { $shares ->
        [one] { $shares } بسته
       *[other] { $shares } بسته
    }. جدیدترین تاریخ در آن { $latest } است. کلید امضای آن: { $fingerprint }.
cli-passwd-rotated = رمز عبور شما تغییر کرد، و پرونده‌تان یک کلید تازه دارد. کپی‌های قدیمی فایل کلید آن، و کد بازیابی قدیمی‌تان، دیگر آن را باز نمی‌کنند. نسخه‌های پشتیبانی که قبلاً ساخته‌اید هنوز با رمز عبور و کد همان زمان باز می‌شوند. کد تازه‌ی زیر را روی کاغذ بنویسید، و یک نسخه‌ی پشتیبان تازه بسازید.

# کلید اداره، برای بسته‌هایی که با کلید یک اداره قفل شده‌اند.
cli-usage-agency-key = etapp agency-key new --out فایل | etapp agency-key show فایل
cli-usage-agency-key-new = etapp agency-key new --out فایل
cli-usage-agency-key-show = etapp agency-key show فایل
cli-cmd-agency-key = ساختن یا نمایش کلید اداره‌ی شما. شرکت‌کنندگان می‌توانند بسته‌ها را با آن قفل کنند.
cli-cmd-agency-key-new = ساختن یک کلید تازه برای اداره‌ی شما. کلید عمومی را، برای دادن به شرکت‌کنندگان، چاپ می‌کند.
cli-cmd-agency-key-show = چاپ کلید عمومی‌ای که به فایل کلید اداره‌ی شما تعلق دارد.
cli-arg-agency-key-out = فایل کلید مخفی. نباید از قبل وجود داشته باشد.
cli-arg-agency-key-file = فایلی که کلید مخفی اداره‌ی شما در آن است.
cli-agency-key-saved = کلید مخفی اداره‌ی شما در { $file } ذخیره شد. فقط شما می‌توانید این فایل را بخوانید. آن را مخفی نگه دارید، و یک کپی از آن در جای امنی بگذارید: بسته‌هایی که با این کلید قفل شده‌اند فقط با آن باز می‌شوند. کلید عمومی زیر را به شرکت‌کنندگان بدهید.

# چند بسته از یک نفر، که با هم باز می‌شوند.
cli-prompt-code-for = کد برای { $file }:
cli-error-html-one-share = --html از یک بسته یک صفحه می‌سازد. چند بسته را بدون آن باز کنید تا ببینید چه چیزی تغییر کرده است.
cli-error-code-count = { $files } بسته هست ولی { $codes } کد. برای هر بسته یک کد بدهید، به همان ترتیب، یا برای بسته‌هایی که با کلید اداره‌تان قفل شده‌اند از --identity استفاده کنید.
cli-error-in-file = { $path }: { $message }

# گزارش از چند شرکت‌کننده.
cli-usage-report = etapp report --identity فایل بسته… [--csv فایل [--force] | --json]
cli-cmd-report = ساختن گزارشی از چند بسته برای ارزیابی: بر اساس نوع گام و اداره، و بر اساس بخش زندگی. فقط کد‌ها و عددها؛ گروه‌هایی که کمتر از ۵ شرکت‌کننده دارند نشان داده نمی‌شوند.
cli-arg-report-identity = فایلی که کلید مخفی اداره‌ی شما در آن است. بسته‌ها باید با آن قفل شده باشند.
cli-arg-report-shares = فایل‌های بسته، یا پوشه‌هایی با فایل‌های بسته (.etapp).
cli-arg-report-csv = ذخیره‌ی گزارش به‌صورت CSV در این فایل. نباید از قبل وجود داشته باشد، مگر این‌که --force بدهید.
cli-arg-report-force = اگر فایل CSV وجود دارد، جایگزین شود.
cli-arg-report-json = چاپ گزارش به‌صورت JSON، به‌جای حالت معمول.
cli-report-saved = گزارش در { $file } ذخیره شد.
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = در { $path } هیچ بسته‌ای (فایل .etapp) نیست. پوشه‌ای با بسته‌ها، یا خود فایل‌های بسته را انتخاب کنید.
cli-error-report-empty = هیچ بسته‌ای حساب نشد، برای همین گزارشی نیست. اولین موردی که کنار گذاشته شد: { $reason }.

# شغل‌های نزدیک به شغل‌های خود شخص.
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = نمایش شغل‌های نزدیک به شغل‌های سابقه‌ی شما، از داده‌های باز اداره‌ی کار (Arbetsförmedlingen)، و این‌که کدام شغل‌های شما به هدف‌های شغلی‌تان می‌رسند.
cli-arg-close-json = چاپ فهرست به‌صورت JSON، به‌جای حالت معمول.
