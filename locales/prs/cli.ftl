# خط فرمان etapp: رهنمایی، سوال‌ها و پیام‌ها.
# خط‌های ماشینی ("recovery code: …") این‌جا نیستند: به انگلیسی می‌مانند.

cli-about = Etapp دوسیهٔ شخصی شما را از راه‌تان در سویدن نگه می‌دارد، با رمز قفل‌شده در همین کمپیوتر.
cli-heading-usage = طرز استفاده
cli-heading-options = انتخاب‌ها
cli-heading-commands = فرمان‌ها
cli-usage-etapp = etapp [--vault فولدر] [--lang زبان] فرمان
cli-usage-init = etapp init
cli-usage-profile = etapp profile فرمان
cli-usage-profile-set = etapp profile set [--name نام] [--arrived تاریخ]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code کود] [--rotate]
cli-value-folder = فولدر
cli-value-language = زبان
cli-value-name = نام
cli-value-date = تاریخ
cli-value-code = کود

cli-arg-help = این رهنمایی را نشان بده.
cli-arg-version = نسخهٔ Etapp را نشان بده.
cli-arg-vault = فولدر دوسیهٔ شما. اگر آن را ننویسید: ETAPP_VAULT، ورنه فولدر معمول در این کمپیوتر.
cli-arg-lang = زبان پیام‌ها: { $languages }. اگر آن را ننویسید: ETAPP_LANG، ورنه زبان این کمپیوتر.
cli-arg-name = نام شما، طوری که می‌خواهید صدای‌تان کنند.
cli-arg-arrived = روزی که به سویدن آمدید، به شکل سال-ماه-روز، مثلاً 2024-03-15.
cli-arg-recovery-code = کود بازیابی شما. اگر - بنویسید، می‌توانید آن را در خط بعدی تایپ کنید. دیگرانی که این کمپیوتر را استفاده می‌کنند، خط فرمان را دیده می‌توانند.

cli-cmd-init = یک دوسیهٔ نو و خالی بسازید. رمز از ETAPP_PASSPHRASE گرفته می‌شود.
cli-cmd-profile = پروفایل خود را ببینید یا تغییر دهید.
cli-cmd-profile-set = نام خود یا روزی را که به سویدن آمدید تغییر دهید.
cli-cmd-profile-show = پروفایل خود را به شکل JSON ببینید.
cli-cmd-passwd = رمز خود را تغییر دهید. با کود بازیابی می‌توانید رمز نو بگذارید، حتی اگر رمز کهنه را فراموش کرده باشید.

cli-prompt-passphrase = رمز:
cli-prompt-new-passphrase = رمز نو:
cli-prompt-new-passphrase-again = رمز نو، یک بار دیگر:

cli-init-done = دوسیهٔ شما آماده است. کود بازیابی زیر را روی کاغذ بنویسید و در یک جای امن نگه دارید. اگر رمز خود را فراموش کنید، این تنها راه ورود است.
cli-profile-saved = پروفایل شما ذخیره شد.
cli-passwd-done = رمز شما تغییر کرد. کود بازیابی شما هنوز کار می‌کند.
cli-passwd-recovered = رمز شما تغییر کرد. کود بازیابی کهنهٔ شما دیگر کار نمی‌کند. کود نو زیر را روی کاغذ بنویسید و در یک جای امن نگه دارید.

cli-error-no-secret = رمز نیست، و ترمینالی هم نیست که آن را بپرسد. { $var } را بگذارید و دوباره کوشش کنید.
cli-error-no-code = کود نیست، و ترمینالی هم نیست که آن را بپرسد. آن را با --code بدهید، یا { $var } را بگذارید، و دوباره کوشش کنید.
cli-error-init-needs-passphrase = رمز دوسیهٔ نو را در { $var } بگذارید، بعد "etapp init" را دوباره اجرا کنید.
cli-error-passphrases-differ = دو رمز نو یکسان نیستند. هیچ چیز تغییر نکرد. دوباره کوشش کنید.
cli-error-unknown-language = زبان "{ $lang }" موجود نیست. { $languages } را استفاده کنید.
cli-error-no-vault-folder = Etapp هیچ فولدری برای دوسیهٔ شما پیدا نکرد. یک فولدر را با --vault یا ETAPP_VAULT بدهید.
cli-error-not-text = در { $var } نشانه‌هایی است که متن نیستند. آن را دوباره بگذارید و دوباره کوشش کنید.
cli-error-read-input = Etapp نتوانست چیزی را که تایپ کردید بخواند. دوباره کوشش کنید.
cli-error-unknown-argument = Etapp { $arg } را نمی‌شناسد.
cli-error-unknown-command = Etapp فرمان "{ $command }" را ندارد.
cli-error-missing-command = فرمان کم است. یکی از این‌ها را انتخاب کنید: { $commands }.
cli-error-missing-argument = چیزی کم است: { $arg }.
cli-error-invalid-value = مقدار "{ $value }" به { $arg } نمی‌خورد.
cli-error-usage = فرمان کامل یا درست نیست.
cli-error-conflict = { $arg } را نمی‌شود با { $other } یک‌جا استفاده کرد. یکی از آن‌ها را انتخاب کنید.
cli-error-repeated = { $arg } بیشتر از یک بار داده شده است. آن را یک بار بدهید.
cli-hint-help = برای دیدن طرز استفاده، "etapp --help" را بنویسید.

# The record: steps, export, import, demo.
cli-usage-step = etapp step فرمان
cli-usage-step-add = etapp step add --title متن --type کود --agency کود --stage کود [--status کود] [--start تاریخ] [--end تاریخ] [--goal نمبر]… [--contact نمبر] [--life-area کود]…
cli-usage-step-status = etapp step status نمبر وضعیت
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record فایل
cli-usage-demo = etapp demo
cli-value-text = متن
cli-value-id = نمبر
cli-value-file = فایل
cli-cmd-step = یک قدم علاوه کنید، یا وضعیت آن را تغییر دهید.
cli-cmd-step-add = یک قدم به دوسیهٔ خود علاوه کنید. نمبر آن را در خطی با "id: " چاپ می‌کند.
cli-cmd-step-status = وضعیت یک قدم را تغییر دهید: proposed، planned، ongoing، done، paused یا cancelled.
cli-cmd-export-record = تمام دوسیهٔ خود را به شکل JSON چاپ کنید.
cli-cmd-import-record = یک فایل دوسیه (ساخته‌شده با export-record) را در یک دوسیهٔ نو و خالی بخوانید.
cli-cmd-demo = یک دوسیهٔ نو و خالی را با یک شخص نمونه پر کنید، تا Etapp را امتحان کنید.
cli-arg-step-title = قدم چیست، به کلمات خودتان.
cli-arg-step-type = نوع قدم، مثلاً sfi_course، internship یا job_search.
cli-arg-step-agency = چه کسی مسئول است، مثلاً public_employment_service، adult_education یا myself.
cli-arg-step-stage = مرحله: intake، vision، activity یا matching.
cli-arg-step-status = وضعیت: proposed، planned، ongoing، done، paused یا cancelled. اگر آن را ننویسید: planned.
cli-arg-step-start = روز اول، به شکل سال-ماه-روز.
cli-arg-step-end = روز آخر، به شکل سال-ماه-روز.
cli-arg-step-goal = نمبر هدفی که این قدم به آن کمک می‌کند. می‌توانید آن را بیشتر از یک بار بدهید.
cli-arg-step-contact = نمبر شخص تماس شما برای این قدم.
cli-arg-step-id = نمبر قدم.
cli-arg-import-file = فایل دوسیه که باید خوانده شود.
cli-step-added = قدم ذخیره شد.
cli-step-status-saved = وضعیت قدم ذخیره شد.
cli-usage-checkin = etapp checkin فرمان
cli-usage-checkin-add = etapp checkin add [--date تاریخ] [--note متن] بخش=سطح…
cli-value-area-level = بخش=سطح
cli-cmd-checkin = بگویید بخش‌های زندگی شما چطور پیش می‌روند.
cli-cmd-checkin-add = یک بررسی حال علاوه کنید: برای هر بخش، یک سطح از 1 (در بحران) تا 5 (خودم از پسش برمی‌آیم)، یا not_relevant. نمبر آن را در خطی با "id: " چاپ می‌کند.
cli-arg-checkin-date = روز بررسی حال، به شکل سال-ماه-روز. اگر آن را ننویسید: امروز.
cli-arg-checkin-note = یک یادداشت دربارهٔ تمام بررسی حال.
cli-arg-checkin-levels = یک بخش و سطح آن، مثلاً housing=2 یا preschool=not_relevant. بخش‌ها: household_economy، network، welfare_system، housing، preschool، health، work_studies، swedish_language.
cli-arg-step-life-area = یک بخش زندگی شما که این قدم به آن کمک می‌کند، مثلاً housing. می‌توانید آن را بیشتر از یک بار بدهید.
cli-checkin-added = بررسی حال ذخیره شد.
cli-import-done = دوسیهٔ شما وارد شد.
cli-demo-done = شخص نمونه در دوسیه است. Etapp را با آن امتحان کنید؛ برای معلومات خودتان یک دوسیهٔ نو بسازید.
cli-error-read-file = Etapp نتوانست فایل { $path } را بخواند. نام را ببینید و این‌که اجازهٔ خواندن آن را دارید، بعد دوباره کوشش کنید.

# Checking the record.
cli-usage-check = etapp check
cli-cmd-check = بررسی کنید که هر بخش فایل دوسیهٔ شما سالم است و خوانده می‌شود.
cli-check-whole = دوسیهٔ شما سالم است: هر بخش آن خوانده می‌شود.

# Sharing, and the case worker's reader.
cli-usage-share = etapp share --to متن [--agency کود] [--unit متن] --purpose کود [--purpose-text متن] [--sections فهرست] [--items فهرست] [--include-sensitive] [--expires-in روزها] [--recipient کلید] [--out فایل] [--page فایل]
cli-usage-shares = etapp shares [withdraw نمبر]
cli-usage-shares-withdraw = etapp shares withdraw نمبر
cli-usage-open = etapp open فایل… [--code کود… | --identity فایل] [--json | --html فایل]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = فهرست
cli-value-days = روزها
cli-value-key = کلید
cli-cmd-share = یک بسته بسازید: فایلی با بخش‌هایی از دوسیهٔ شما که انتخاب می‌کنید، برای یک کارمند مسئول. کودی را که باید به او بگویید در خطی با "code: " چاپ می‌کند.
cli-cmd-shares = هر بسته‌ای را که ساخته‌اید به شکل JSON نشان بده.
cli-cmd-shares-withdraw = نشانی کنید که یک بسته را پس گرفته‌اید. فایلی را که قبلاً داده‌اید نمی‌شود پس گرفت.
cli-cmd-open = یک بستهٔ Etapp را باز کنید و بخوانید. چند بستهٔ یک شخص را بدهید تا ببینید چه تغییر کرده است. به دوسیهٔ خودتان ضرورت ندارد.
cli-cmd-forget-seen = فراموش کن که این کمپیوتر کدام کلیدهای امضا را در بسته‌ها دیده است.
cli-arg-share-to = برای چه کسی است: نام کارمند مسئول.
cli-arg-share-agency = ادارهٔ او، مثلاً public_employment_service یا municipal_labour_market.
cli-arg-share-unit = بخش یا دفتر او.
cli-arg-share-purpose = چرا: joint-planning، apply-step، follow-up، evaluate-step یا other.
cli-arg-share-purpose-text = چرا، به کلمات خودتان. با "other" لازم است.
cli-arg-share-sections = بخش‌های کامل برای شریک ساختن، با کامه: profile، contacts، background، goals، steps، checkins، obstacles، notes.
cli-arg-share-items = چیزهای جداگانه برای شریک ساختن، با کامه، هر کدام به شکل بخش:نمبر، مثلاً steps:3,goals:1,background.work:2.
cli-arg-share-include-sensitive = معلومات صحت، فامیل و پول را هم شریک بسازید. بدون این، چنین چیزها بیرون می‌مانند.
cli-arg-share-expires-in = بسته برای چند روز باز می‌شود: 1 تا 365. اگر آن را ننویسید: 14.
cli-arg-share-recipient = بسته را به جای کود، با کلید عمومی یک اداره (age1…) قفل کنید.
cli-arg-share-out = فایلی که بسته در آن ذخیره شود.
cli-arg-share-page = بسته را به شکل صفحه‌ای هم (یا تنها به آن شکل) ذخیره کنید که هر براوزر انترنت بدون نصب چیزی باز می‌کند (.html).
cli-arg-shares-id = نمبر بسته، از "etapp shares".
cli-arg-open-file = فایل بسته. چند بستهٔ یک شخص: چه چیز میان آن‌ها تغییر کرده است، کهنه‌ترین اول.
cli-arg-open-code = کودی که آن شخص گفت. اگر - بنویسید، می‌توانید آن را در خط بعدی تایپ کنید. برای چند بسته، --code را برای هر کدام یک بار بدهید، به همان ترتیب. دیگرانی که این کمپیوتر را استفاده می‌کنند، خط فرمان را دیده می‌توانند.
cli-arg-open-identity = فایلی با کلید محرم ادارهٔ شما، اگر بسته با کلید ادارهٔ شما قفل شده است.
cli-arg-open-json = به جای آن، بسته را به شکل JSON چاپ کنید.
cli-arg-open-html = یک صفحه برای چاپ ذخیره کنید، به زبان سویدنی و زبان آن شخص، پهلوی هم.
cli-prompt-code = کود:
cli-share-consent = با ساختن این بسته، شما به این موافقه می‌کنید:
cli-share-left-out = { $count ->
    [one] { $count } چیز بیرون ماند، چون در آن معلومات { $categories } است. --include-sensitive را علاوه کنید تا آن هم شریک شود.
   *[other] { $count } چیز بیرون ماند، چون در آن‌ها معلومات { $categories } است. --include-sensitive را علاوه کنید تا آن‌ها هم شریک شوند.
}
cli-share-done = بسته در { $file } ذخیره شد. کود زیر را رو به رو به شخصی بگویید که بسته برای اوست. آن را در ایمیل یا پیام نفرستید، و آن را همراه فایل نگه ندارید.
cli-share-done-key = بسته در { $file } ذخیره شد. تنها اداره‌ای که کلید محرم مربوط را دارد، آن را باز کرده می‌تواند.
cli-share-withdrawn = بستهٔ { $id } به عنوان پس‌گرفته‌شده نشانی شد. فایلی را که قبلاً داده شده نمی‌شود پس گرفت، ولی بعد از { $expires } باز نمی‌شود.
cli-open-page-saved = صفحه در { $file } ذخیره شد.
cli-forget-seen-done = این کمپیوتر هر کلید امضایی را که دیده بود فراموش کرد.
cli-error-file-exists = فایل { $path } از قبل موجود است، پس هیچ چیز ذخیره نشد. نام دیگری انتخاب کنید.

# Backups, and locking out old copies.
cli-usage-backup = etapp backup --out فایل
cli-usage-restore = etapp restore فایل [--recovery-code کود]
cli-usage-verify-backup = etapp verify-backup فایل [--recovery-code کود]
cli-cmd-backup = کاپی احتیاطی تمام دوسیهٔ خود را در یک فایل ذخیره کنید. مثل دوسیهٔ شما قفل است: با رمز یا کود بازیابی شما.
cli-cmd-restore = دوسیهٔ خود را از یک کاپی احتیاطی برگردانید، در فولدری که هنوز دوسیه ندارد.
cli-cmd-verify-backup = یک کاپی احتیاطی را بدون تغییر دادن چیزی بررسی کنید: آن را باز کنید، هر بخش را بررسی کنید، و نشان دهید در آن چه است.
cli-arg-backup-out = فایلی که کاپی احتیاطی در آن ذخیره شود، مثلاً در یک فلش USB.
cli-arg-backup-file = فایل کاپی احتیاطی.
cli-arg-backup-recovery-code = کاپی احتیاطی را به جای رمز، با کود بازیابی آن باز کنید. اگر - بنویسید، می‌توانید آن را در خط بعدی تایپ کنید. دیگرانی که این کمپیوتر را استفاده می‌کنند، خط فرمان را دیده می‌توانند.
cli-arg-rotate = برای دوسیهٔ خود یک کلید نو هم بسازید، تا کاپی‌های کهنهٔ فایل کلید آن دیگر کار نکنند. شما یک کود بازیابی نو می‌گیرید.
cli-backup-done = کاپی احتیاطی در { $file } ذخیره شد ({ $megabytes } MB). آن را در یک جای امن، دور از این کمپیوتر نگه دارید.
cli-restore-done = دوسیهٔ { $name } از کاپی احتیاطی برگشت.
cli-restore-new-code = کود بازیابی کهنهٔ شما دیگر کار نمی‌کند. کود نو زیر را روی کاغذ بنویسید و در یک جای امن نگه دارید.
cli-verify-backup-done = کاپی احتیاطی { $created } سالم است. دوسیهٔ { $name } در آن است: { $goals ->
        [one] { $goals } هدف
       *[other] { $goals } هدف
    }، { $steps ->
        [one] { $steps } قدم
       *[other] { $steps } قدم
    }، { $checkins ->
        [one] { $checkins } بررسی حال
       *[other] { $checkins } بررسی حال
    }، { $obstacles ->
        [one] { $obstacles } مانع
       *[other] { $obstacles } مانع
    }، { $notes ->
        [one] { $notes } یادداشت
       *[other] { $notes } یادداشت
    }، { $contacts ->
        [one] { $contacts } شخص تماس
       *[other] { $contacts } شخص تماس
    } و { $shares ->
        [one] { $shares } بسته
       *[other] { $shares } بسته
    }. نوترین تاریخ در آن { $latest } است. کلید امضای آن: { $fingerprint }.
cli-passwd-rotated = رمز شما تغییر کرد، و دوسیهٔ شما یک کلید نو دارد. کاپی‌های کهنهٔ فایل کلید آن، و کود بازیابی کهنهٔ شما، دیگر آن را باز نمی‌کنند. کاپی‌های احتیاطی که پیش‌تر ساخته‌اید، هنوز با رمز و کود همان وقت باز می‌شوند. کود نو زیر را روی کاغذ بنویسید، و یک کاپی احتیاطی نو بسازید.

# The agency's key, for shares locked to an agency.
cli-usage-agency-key = etapp agency-key new --out فایل | etapp agency-key show فایل
cli-usage-agency-key-new = etapp agency-key new --out فایل
cli-usage-agency-key-show = etapp agency-key show فایل
cli-cmd-agency-key = کلید ادارهٔ خود را بسازید یا نشان دهید. اشتراک‌کنندگان می‌توانند بسته‌ها را با آن قفل کنند.
cli-cmd-agency-key-new = یک کلید نو برای ادارهٔ خود بسازید. کلید عمومی را چاپ می‌کند تا به اشتراک‌کنندگان بدهید.
cli-cmd-agency-key-show = کلید عمومی مربوط به فایل کلید ادارهٔ خود را چاپ کنید.
cli-arg-agency-key-out = فایل کلید محرم. نباید از قبل موجود باشد.
cli-arg-agency-key-file = فایلی با کلید محرم ادارهٔ شما.
cli-agency-key-saved = کلید محرم ادارهٔ شما در { $file } ذخیره شد. تنها شما می‌توانید فایل را بخوانید. آن را محرم نگه دارید، و یک کاپی آن را در جای امن نگه دارید: بسته‌هایی که با این کلید قفل شده‌اند تنها با آن باز می‌شوند. کلید عمومی زیر را به اشتراک‌کنندگان بدهید.

# Several shares of one person, opened together.
cli-prompt-code-for = کود برای { $file }:
cli-error-html-one-share = --html از یک بسته یک صفحه می‌سازد. چند بسته را بدون آن باز کنید تا ببینید چه تغییر کرده است.
cli-error-code-count = { $files } بسته است ولی { $codes } کود. برای هر بسته یک کود بدهید، به همان ترتیب، یا برای بسته‌هایی که با کلید ادارهٔ شما قفل شده‌اند --identity را استفاده کنید.
cli-error-in-file = { $path }: { $message }

# A report across participants.
cli-usage-report = etapp report --identity فایل بسته… [--csv فایل [--force] | --json]
cli-cmd-report = برای ارزیابی، از بسته‌های زیاد یک راپور بسازید: برای هر نوع قدم و اداره، و برای هر بخش زندگی. تنها کودها و عددها؛ گروه‌هایی با کمتر از 5 اشتراک‌کننده نشان داده نمی‌شوند.
cli-arg-report-identity = فایلی با کلید محرم ادارهٔ شما. بسته‌ها باید با آن قفل شده باشند.
cli-arg-report-shares = فایل‌های بسته، یا فولدرهایی با فایل‌های بسته (.etapp).
cli-arg-report-csv = راپور را به شکل CSV در این فایل ذخیره کنید. نباید از قبل موجود باشد، مگر این‌که --force بدهید.
cli-arg-report-force = اگر فایل CSV موجود است، آن را عوض کنید.
cli-arg-report-json = به جای آن، راپور را به شکل JSON چاپ کنید.
cli-report-saved = راپور در { $file } ذخیره شد.
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = در { $path } هیچ بسته‌ای (فایل .etapp) نیست. فولدری با بسته‌ها را انتخاب کنید، یا خود فایل‌های بسته را.
cli-error-report-empty = هیچ بسته‌ای حساب نشد، پس راپوری نیست. اولین بسته رها شد: { $reason }.

# Occupations close to the person's own.
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = مسلک‌های نزدیک به مسلک‌های سوابق شما را نشان بده، از معلومات باز ادارهٔ کاریابی (Arbetsförmedlingen)، و این‌که کدام مسلک‌های شما به هدف‌های مسلکی شما می‌رسند.
cli-arg-close-json = به جای آن، فهرست را به شکل JSON چاپ کنید.
