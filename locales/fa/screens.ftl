# صفحه‌ها: شروع اول، کد بازیابی، باز کردن قفل، بازیابی، صفحه‌ی من، تنظیمات.

welcome-start = شروع پرونده‌ی من
action-back = برگشت
action-continue = ادامه
action-save = ذخیره

nav-label = منوی اصلی
nav-home = صفحه‌ی من
nav-settings = تنظیمات
nav-lock = قفل

passphrase-show = نمایش
passphrase-hide = پنهان کردن
passphrase-again = رمز عبور را دوباره وارد کنید
passphrase-mismatch = دو رمز عبور یکی نیستند. آن‌ها را دوباره وارد کنید.

create-title = یک رمز عبور انتخاب کنید
create-lead = رمز عبور پرونده‌ی شما را قفل می‌کند. فقط خودتان باید آن را بدانید. Etapp بعداً نمی‌تواند آن را به شما نشان دهد.
create-passphrase = رمز عبور تازه
create-busy = پرونده‌ی قفل‌شده‌ی شما ساخته می‌شود. چند ثانیه طول می‌کشد…
create-submit = ساختن پرونده‌ی من

code-title = کد بازیابی شما
code-lead = اگر رمز عبورتان را فراموش کنید، این کد پرونده‌تان را باز می‌کند. همین حالا آن را روی کاغذ بنویسید.
code-printed-on = کد بازیابی Etapp، ساخته‌شده در { $date }
code-aria = کد بازیابی، در گروه‌های چهار‌رقمی
code-advice-write = همه‌ی عدد‌ها را به همان ترتیب بنویسید.
code-advice-keep = کاغذ را در جای امنی در خانه نگه دارید، نه کنار کامپیوتر.
code-advice-secret = کد را به هیچ‌کس نشان ندهید. هر کسی که کد را داشته باشد می‌تواند پرونده‌ی شما را باز کند.
code-print = چاپ کد
code-written = آن را نوشتم

confirm-title = کد بازیابی‌تان را بررسی کنید
confirm-lead = دو گروه از عدد‌های روی کاغذتان را وارد کنید، تا بدانیم کد را دارید.
confirm-group = گروه شماره‌ی { $number }
confirm-wrong = این عدد‌ها با عدد‌های کد یکی نیستند. به کاغذتان نگاه کنید و دوباره امتحان کنید.
confirm-show-again = نمایش دوباره‌ی کد

date-day = روز
date-month = ماه
date-year = سال

profile-setup-title = درباره‌ی شما
profile-lead = این فقط برای خودتان است. بعداً تصمیم می‌گیرید چه چیزی را به اشتراک بگذارید.
profile-name = نام شما
profile-name-hint = نامی که دوست دارید با آن صدایتان کنند.
profile-arrived = کی به سوئد آمدید؟

home-title = صفحه‌ی من
home-arrived = شما در { $date } به سوئد آمدید.
home-no-arrived = ننوشته‌اید کی به سوئد آمدید.
home-edit-profile = تغییر مشخصات من

unlock-title = پرونده‌تان را باز کنید
unlock-lead = برای باز کردن پرونده‌تان، رمز عبورتان را وارد کنید.
unlock-passphrase = رمز عبور
unlock-busy = پرونده‌ی شما باز می‌شود. چند ثانیه طول می‌کشد…
unlock-submit = باز کردن
unlock-forgot = رمز عبورم را فراموش کرده‌ام

recover-title = رمز عبورتان را فراموش کرده‌اید؟
recover-lead = از کد بازیابی روی کاغذتان استفاده کنید. بعد یک رمز عبور تازه انتخاب کنید. یک کد بازیابی تازه می‌گیرید.
recover-code = کد بازیابی
recover-code-hint = همه‌ی عدد‌ها. فاصله‌ها مهم نیستند.
recover-new-passphrase = رمز عبور تازه
recover-busy = پرونده‌ی شما با کد باز می‌شود. چند ثانیه طول می‌کشد…
recover-submit = باز کردن و ذخیره‌ی رمز عبور تازه

settings-title = تنظیمات
settings-auto-lock = قفل شدن
settings-auto-lock-label = وقتی از Etapp استفاده نکرده‌ام، بعد از این مدت قفل شود
settings-minutes = { $minutes ->
    [one] { $minutes } دقیقه
   *[other] { $minutes } دقیقه
}
settings-saved = ذخیره شد.
settings-passphrase = تغییر رمز عبور
settings-current-passphrase = رمز عبور فعلی شما
settings-new-passphrase = رمز عبور تازه
settings-passphrase-busy = رمز عبور تازه ذخیره می‌شود. چند ثانیه طول می‌کشد…
settings-passphrase-submit = ذخیره‌ی رمز عبور تازه
settings-passphrase-saved = رمز عبور تازه‌ی شما ذخیره شد. کد بازیابی شما هنوز کار می‌کند.
settings-check = بررسی پرونده‌ی من
settings-check-hint = Etapp همه‌ی بخش‌های فایل پرونده‌ی شما را می‌خواند تا ببیند چیزی خراب نشده باشد. کمی طول می‌کشد.
settings-check-busy = پرونده‌ی شما بررسی می‌شود…
settings-check-whole = پرونده‌ی شما سالم است. همه‌ی بخش‌های آن خوانده می‌شوند.
settings-fingerprint = کلید امضای شما
settings-fingerprint-hint = وقتی چیزی را به اشتراک می‌گذارید، با این کلید امضا می‌شود. کارمند مسئول می‌تواند این عدد‌ها را برایتان بخواند تا مطمئن شود از طرف شما آمده است.

nav-plan = برنامه‌ی من
nav-background = سابقه‌ی من
nav-profile = درباره‌ی من
nav-life-areas = زندگی من
nav-obstacles = موانع
nav-notes = یادداشت‌ها
nav-guide = اداره‌ها

delete-will-remove = این پاک می‌شود:
delete-appointments = { $count ->
    [one] { $count } قرار
   *[other] { $count } قرار
}
delete-evaluations = { $count ->
    [one] { $count } ارزیابی
   *[other] { $count } ارزیابی
}
delete-status-changes = { $count ->
    [one] { $count } تغییر وضعیت
   *[other] { $count } تغییر وضعیت
}
delete-cannot-undo = نمی‌توانید این کار را برگردانید.
delete-keep = نه، بماند
delete-confirm = بله، پاک شود

welcome-try-example = امتحان با یک نمونه
welcome-try-example-hint = ببینید Etapp با یک شخص خیالی چطور کار می‌کند. هیچ‌کدام از کار‌هایی که در نمونه می‌کنید نگه داشته نمی‌شود.
example-busy = نمونه باز می‌شود. چند ثانیه طول می‌کشد…
example-banner = این یک نمونه با یک شخص خیالی است. هیچ‌کدام از تغییر‌هایی که این‌جا می‌دهید نگه داشته نمی‌شود.
example-leave = بیرون رفتن از نمونه
delete-steps-losing-contact = این گام‌ها می‌مانند، ولی دیگر نام این شخص را ندارند:
delete-obstacles-losing-contact = { $count ->
    [one] { $count } مانع می‌ماند، ولی دیگر نام این شخص را ندارد.
   *[other] { $count } مانع می‌مانند، ولی دیگر نام این شخص را ندارند.
}
