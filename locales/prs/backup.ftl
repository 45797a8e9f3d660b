# کاپی‌های احتیاطی: تمام دوسیه در یک فایل قفل‌شده، برای برگرداندن در همین
# کمپیوتر یا در کمپیوتر نو. بگویید چه شد و قدم بعدی چیست.

backup-error-not-a-backup = این فایل کاپی احتیاطی Etapp نیست. ببینید که فایل درست را انتخاب کرده‌اید.
backup-error-damaged = این کاپی احتیاطی خراب است و استفاده نمی‌شود. کاپی دیگری را امتحان کنید، مثلاً یک کاپی کهنه‌تر.
backup-error-truncated = این کاپی احتیاطی کامل نیست: زودتر از وقتش تمام می‌شود. شاید فلش USB هنگام ذخیره کشیده شده است. کاپی دیگری را امتحان کنید.
backup-error-newer-version = این کاپی احتیاطی با نسخهٔ نوتر Etapp ساخته شده است. برای استفادهٔ آن، نوترین Etapp را نصب کنید.
backup-error-disk-full = در جایی که کاپی را ذخیره می‌کنید جای خالی نمانده است، پس کاپی ساخته نشد. دوسیهٔ شما در امان است. جای خالی بسازید، یا جای دیگری را انتخاب کنید.
backup-error-write = Etapp نتوانست کاپی احتیاطی را آن‌جا ذخیره کند. ببینید که فلش USB یا فولدر هنوز آن‌جاست و اجازهٔ ذخیره در آن را دارید. دوسیهٔ شما در امان است.
backup-error-wrong-secret = این رمز یا کود این کاپی احتیاطی را باز نمی‌کند. کاپی احتیاطی با همان رمز و کود بازیابی باز می‌شود که هنگام ساختن آن داشتید. همان‌ها را امتحان کنید.
backup-error-inside-vault = کاپی احتیاطی را نمی‌شود در همان فولدر دوسیهٔ شما ذخیره کرد. جای دیگری را انتخاب کنید، مثلاً یک فلش USB.

## Dialogs.

backup-file-type = کاپی‌های احتیاطی Etapp
backup-save-title = ذخیرهٔ کاپی احتیاطی
backup-open-title = انتخاب کاپی احتیاطی
backup-folder-title = فولدر کاپی‌های خودکار را انتخاب کنید

## Settings: backups. Plain words: a backup is a copy of the whole record
## in one locked file.

backup-title = کاپی‌های احتیاطی
backup-lead = کاپی احتیاطی، کاپی تمام دوسیهٔ شما در یک فایل قفل‌شده است. آن را دور از این کمپیوتر نگه دارید، مثلاً در یک فلش USB. اگر کمپیوتر گم شود یا خراب شود، کاپی احتیاطی دوسیهٔ شما را برمی‌گرداند. تنها با رمز شما یا کود بازیابی شما باز می‌شود.
backup-example = این نمونه با یک شخص ساختگی است. Etapp هیچ وقت از نمونه کاپی احتیاطی نمی‌سازد.
backup-none = شما هنوز کاپی احتیاطی ندارید. اگر این کمپیوتر گم شود یا خراب شود، دوسیهٔ شما هم از بین می‌رود.
backup-last = آخرین کاپی احتیاطی شما در { $date } ساخته شد.
backup-overdue = آخرین کاپی احتیاطی شما در { $date } ساخته شد. وقت یک کاپی نو رسیده است.
backup-new-key-notice = رمز یا کود بازیابی شما نو است. کاپی‌های کهنهٔ شما تنها با رمز و کودی باز می‌شوند که هنگام ساختن‌شان داشتید. همین حالا یک کاپی احتیاطی نو بسازید.
backup-notice-title = یک کاپی احتیاطی نو بسازید
backup-now = همین حالا کاپی بگیرید
backup-now-busy = کاپی احتیاطی ساخته می‌شود…
backup-now-done = کاپی احتیاطی ذخیره شد: { $file }
backup-auto-title = کاپی‌های خودکار
backup-auto-hint = Etapp می‌تواند وقتی باز است، خودش کاپی احتیاطی بسازد، در فولدری که شما انتخاب می‌کنید، مثلاً در یک فلش USB.
backup-folder = فولدر کاپی‌ها
backup-folder-none = شما فولدری انتخاب نکرده‌اید.
backup-folder-choose = انتخاب فولدر
backup-folder-change = انتخاب فولدر دیگر
backup-interval = Etapp چه وقت خودش کاپی احتیاطی بسازد؟
backup-interval-off = هیچ وقت، تنها وقتی من بخواهم
backup-interval-daily = روزی یک بار
backup-interval-after-changes = بعد از این‌که چیزی را تغییر دادم (بیشتر از یک بار در ساعت نه)
backup-keep = چند کاپی احتیاطی نگه داشته شود؟
backup-keep-count = { $count ->
    [one] { $count } کاپی احتیاطی
   *[other] { $count } کاپی احتیاطی
}
backup-keep-hint = وقتی بیشتر شوند، Etapp کهنه‌ترین کاپی‌های خود را در فولدر حذف می‌کند.
backup-schedule-save = ذخیره
backup-schedule-busy = ذخیره می‌شود…

## Checking a backup (the restore drill): nothing is changed.

backup-check-title = بررسی کاپی احتیاطی
backup-check-hint = ببینید در یک کاپی احتیاطی چه است، بدون این‌که چیزی تغییر کند. گاه‌گاه این کار را بکنید، تا پیش از این‌که به آن ضرورت پیدا کنید بدانید که کاپی شما کار می‌کند.
backup-check-open = بررسی کاپی احتیاطی
backup-check-lead = یک کاپی احتیاطی را انتخاب کنید و رمز یا کود بازیابی را بنویسید که هنگام ساختن آن داشتید. Etapp آن را باز می‌کند و به شما می‌گوید در آن چه است. هیچ چیز تغییر نمی‌کند.
backup-check-submit = کاپی احتیاطی را بررسی کنید
backup-check-busy = کاپی احتیاطی باز و بررسی می‌شود. چند ثانیه وقت می‌گیرد…
backup-check-another = بررسی کاپی احتیاطی دیگر

backup-file = فایل کاپی احتیاطی
backup-file-none = شما فایلی انتخاب نکرده‌اید.
backup-file-chosen = شما انتخاب کردید: { $file }
backup-file-choose = فایل کاپی احتیاطی را انتخاب کنید
backup-file-change = انتخاب فایل دیگر
backup-secret = کاپی احتیاطی را چطور می‌خواهید باز کنید؟
backup-secret-hint = رمز یا کود بازیابی را استفاده کنید که هنگام ساختن کاپی داشتید.
backup-secret-passphrase = با رمز
backup-secret-code = با کود بازیابی
backup-passphrase = رمز کاپی احتیاطی
backup-code = کود بازیابی
backup-passphrase-missing = رمز را بنویسید.
backup-code-missing = کود بازیابی را بنویسید.

backup-report-title = کاپی احتیاطی کار می‌کند
backup-report-made = در { $date } ساخته شد.
backup-report-name = مال { $name } است.
backup-report-holds = در آن این‌ها است:
backup-report-goals = { $count ->
    [one] { $count } هدف
   *[other] { $count } هدف
}
backup-report-steps = { $count ->
    [one] { $count } قدم
   *[other] { $count } قدم
}
backup-report-checkins = { $count ->
    [one] { $count } بررسی حال
   *[other] { $count } بررسی حال
}
backup-report-obstacles = { $count ->
    [one] { $count } مانع
   *[other] { $count } مانع
}
backup-report-notes = { $count ->
    [one] { $count } یادداشت
   *[other] { $count } یادداشت
}
backup-report-contacts = { $count ->
    [one] { $count } شخص تماس
   *[other] { $count } شخص تماس
}
backup-report-shares = { $count ->
    [one] { $count } بسته
   *[other] { $count } بسته
}
backup-report-latest-checkin = آخرین بررسی حال: { $date }
backup-report-latest-note = آخرین یادداشت: { $date }
backup-report-latest-step = آخرین تغییر در یک قدم: { $date }
backup-report-latest-share = آخرین بسته: { $date }
backup-report-fingerprint = کلید امضا:
backup-report-unchanged = هیچ چیز تغییر نکرد، نه در کاپی احتیاطی و نه در این کمپیوتر.

## "I have a backup": bringing the record back on this or a new computer.

backup-have = من کاپی احتیاطی دارم
restore-title = دوسیهٔ خود را از کاپی احتیاطی برگردانید
restore-lead = کاپی احتیاطی خود را انتخاب کنید، مثلاً از یک فلش USB. بعد رمز یا کود بازیابی را بنویسید که هنگام ساختن کاپی داشتید.
restore-code-new = با کود بازیابی، یک رمز نو هم انتخاب می‌کنید. بعد یک کود بازیابی نو می‌گیرید که باید آن را بنویسید.
restore-new-passphrase = رمز نو
restore-submit = برگرداندن دوسیهٔ من
restore-busy = دوسیهٔ شما برگردانده می‌شود. چند ثانیه وقت می‌گیرد…
restore-present = در این کمپیوتر از قبل یک دوسیه است. آن را با رمز خود باز کنید، یا اگر رمز را فراموش کرده‌اید، با کود بازیابی.
restore-mode = چه می‌خواهید بکنید؟
restore-mode-check = تنها ببینم در کاپی احتیاطی چه است. هیچ چیز تغییر نمی‌کند.
restore-mode-replace = کاپی احتیاطی را به جای دوسیهٔ این کمپیوتر برگردان
restore-mode-replace-hint = تنها اگر دوسیهٔ این‌جا خراب است، یا اگر هم رمز و هم کود بازیابی آن را گم کرده‌اید. دوسیهٔ این‌جا حذف نمی‌شود: Etapp آن را کامل به یک فولدر در کنارش می‌برد.
restore-replace-submit = کاپی احتیاطی را به جای آن برگردان
restore-replaced-title = دوسیهٔ شما برگشت
restore-replaced-aside = دوسیه‌ای که در این کمپیوتر بود حذف نشده است. کامل در این فولدر نگه داشته شده:

## Changing the password: a new key locks out old copies.

backup-rotate = کاپی‌های کهنهٔ دوسیهٔ مرا هم قفل کن
backup-rotate-hint = بعد از این، کسی که یک کاپی کهنهٔ دوسیهٔ شما و رمز کهنهٔ شما را دارد، دیگر نمی‌تواند آن را باز کند. شما یک کود بازیابی نو می‌گیرید که باید آن را بنویسید.
backup-rotate-busy = کلید نو ساخته می‌شود و رمز نو ذخیره می‌شود. چند ثانیه وقت می‌گیرد…
