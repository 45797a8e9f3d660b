# صفحه‌ها: اولین بار، کود بازیابی، باز کردن قفل، بازیابی، صفحهٔ من، تنظیمات.

welcome-start = شروع دوسیهٔ من
action-back = برگشت
action-continue = ادامه
action-save = ذخیره

nav-label = مینوی اصلی
nav-home = صفحهٔ من
nav-settings = تنظیمات
nav-lock = قفل

passphrase-show = نشان بده
passphrase-hide = پنهان کن
passphrase-again = رمز را دوباره بنویسید
passphrase-mismatch = دو رمز یکسان نیستند. آن‌ها را دوباره بنویسید.

create-title = یک رمز انتخاب کنید
create-lead = رمز دوسیهٔ شما را قفل می‌کند. تنها شما باید آن را بدانید. Etapp بعداً آن را به شما نشان داده نمی‌تواند.
create-passphrase = رمز نو
create-busy = دوسیهٔ قفل‌شدهٔ شما ساخته می‌شود. چند ثانیه وقت می‌گیرد…
create-submit = ساختن دوسیهٔ من

code-title = کود بازیابی شما
code-lead = اگر رمز خود را فراموش کنید، این کود دوسیهٔ شما را باز می‌کند. همین حالا آن را روی کاغذ بنویسید.
code-printed-on = کود بازیابی Etapp، ساخته‌شده در { $date }
code-aria = کود بازیابی، در گروه‌های چهار عددی
code-advice-write = همهٔ عددها را به همان ترتیب بنویسید.
code-advice-keep = کاغذ را در یک جای امن در خانه نگه دارید، نه همراه کمپیوتر.
code-advice-secret = کود را به هیچ کس نشان ندهید. هر کسی که کود را داشته باشد، دوسیهٔ شما را باز کرده می‌تواند.
code-print = چاپ کود
code-written = آن را نوشتم

confirm-title = کود بازیابی خود را بررسی کنید
confirm-lead = دو گروه عدد را از کاغذ خود بنویسید، تا بدانیم که کود را دارید.
confirm-group = گروه نمبر { $number }
confirm-wrong = این عددها با عددهای کود یکسان نیستند. به کاغذ خود ببینید و دوباره کوشش کنید.
confirm-show-again = کود را دوباره نشان بده

date-day = روز
date-month = ماه
date-year = سال

profile-setup-title = دربارهٔ شما
profile-lead = این تنها برای شماست. بعداً خودتان فیصله می‌کنید چه را شریک بسازید.
profile-name = نام شما
profile-name-hint = نامی که می‌خواهید به آن صدای‌تان کنند.
profile-arrived = چه وقت به سویدن آمدید؟

home-title = صفحهٔ من
home-arrived = شما در { $date } به سویدن آمدید.
home-no-arrived = شما ننوشته‌اید که چه وقت به سویدن آمدید.
home-edit-profile = تغییر معلومات من

unlock-title = دوسیهٔ خود را باز کنید
unlock-lead = برای باز کردن دوسیهٔ خود، رمز خود را بنویسید.
unlock-passphrase = رمز
unlock-busy = دوسیهٔ شما باز می‌شود. چند ثانیه وقت می‌گیرد…
unlock-submit = باز کن
unlock-forgot = رمز خود را فراموش کرده‌ام

recover-title = رمز خود را فراموش کرده‌اید؟
recover-lead = کود بازیابی را از کاغذ خود استفاده کنید. بعد یک رمز نو انتخاب کنید. یک کود بازیابی نو می‌گیرید.
recover-code = کود بازیابی
recover-code-hint = همهٔ عددها. فاصله‌ها مهم نیستند.
recover-new-passphrase = رمز نو
recover-busy = دوسیهٔ شما با کود باز می‌شود. چند ثانیه وقت می‌گیرد…
recover-submit = باز کن و رمز نو را ذخیره کن

settings-title = تنظیمات
settings-auto-lock = قفل شدن
settings-auto-lock-label = اگر Etapp را این مدت استفاده نکنم، قفل شود:
settings-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
settings-saved = ذخیره شد.
settings-passphrase = تغییر رمز
settings-current-passphrase = رمز فعلی شما
settings-new-passphrase = رمز نو
settings-passphrase-busy = رمز نو ذخیره می‌شود. چند ثانیه وقت می‌گیرد…
settings-passphrase-submit = ذخیرهٔ رمز نو
settings-passphrase-saved = رمز نو شما ذخیره شد. کود بازیابی شما هنوز کار می‌کند.
settings-check = بررسی دوسیهٔ من
settings-check-hint = Etapp هر بخش فایل دوسیهٔ شما را می‌خواند تا ببیند هیچ چیز خراب نیست. کمی وقت می‌گیرد.
settings-check-busy = دوسیهٔ شما بررسی می‌شود…
settings-check-whole = دوسیهٔ شما سالم است. هر بخش آن خوانده می‌شود.
settings-fingerprint = کلید امضای شما
settings-fingerprint-hint = وقتی چیزی را شریک می‌سازید، با این کلید امضا می‌شود. یک کارمند مسئول می‌تواند این عددها را برای شما بخواند تا بررسی کند که از طرف شما آمده است.

nav-plan = پلان من
nav-background = سوابق من
nav-profile = دربارهٔ من
nav-life-areas = زندگی من
nav-obstacles = موانع
nav-notes = یادداشت‌ها
nav-guide = ادارات

delete-will-remove = این حذف می‌شود:
delete-appointments = { $count ->
    [one] { $count } ملاقات
   *[other] { $count } ملاقات
}
delete-evaluations = { $count ->
    [one] { $count } ارزیابی
   *[other] { $count } ارزیابی
}
delete-status-changes = { $count ->
    [one] { $count } تغییر وضعیت
   *[other] { $count } تغییر وضعیت
}
delete-cannot-undo = این کار دوباره برگشت نمی‌شود.
delete-keep = نخیر، نگهش دار
delete-confirm = بلی، حذف کن

welcome-try-example = امتحان با یک نمونه
welcome-try-example-hint = ببینید Etapp با یک شخص ساختگی چطور کار می‌کند. هیچ کاری که در نمونه می‌کنید نگه داشته نمی‌شود.
example-busy = نمونه باز می‌شود. چند ثانیه وقت می‌گیرد…
example-banner = این یک نمونه با یک شخص ساختگی است. هیچ چیزی که این‌جا تغییر می‌دهید نگه داشته نمی‌شود.
example-leave = بیرون شدن از نمونه
delete-steps-losing-contact = این قدم‌ها می‌مانند، ولی دیگر نام این شخص را ندارند:
delete-obstacles-losing-contact = { $count ->
    [one] { $count } مانع می‌ماند، ولی دیگر نام این شخص را ندارد.
   *[other] { $count } مانع می‌مانند، ولی دیگر نام این شخص را ندارند.
}
