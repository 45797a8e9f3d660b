# اشتراک‌گذاری در برنامه: مراحل ساختن بسته، فهرست بسته‌های ساخته‌شده، و
# خواننده‌ای که کارمند مسئول با آن بسته را باز می‌کند. کلمه‌های ساده، جمله‌های
# کوتاه: شاید شخص تازه با این زبان آشنا شده باشد. «بسته» همان فایلی است
# که شخص به کارمند مسئول می‌دهد.

nav-share = اشتراک‌گذاری
nav-shares = بسته‌های من
nav-reader = باز کردن بسته
home-share = اشتراک‌گذاری با کارمند مسئول

## مراحل ساختن بسته: در هر صفحه یک کار.

share-step-of = مرحله‌ی { $step } از { $total }
share-next = بعدی
share-checking = در حال بررسی…
share-loading = پرونده‌ی شما آماده می‌شود…

share-to-title = بسته را چه کسی می‌گیرد؟
share-to-lead = شما برای یک کارمند مسئول یک فایل می‌سازید. Etapp چیزی نمی‌فرستد: خودتان فایل را می‌دهید.
share-to-contact = پر کردن از روی مخاطبانم
share-to-contact-none = یک مخاطب انتخاب کنید
share-to-agency = اداره
share-to-no-agency = بدون اداره
share-to-unit = بخش یا دفتر
share-to-name = نام کارمند مسئول

share-why-title = چرا به اشتراک می‌گذارید؟
share-why-lead = کارمند مسئول می‌بیند که بسته برای چیست.
share-why-legend = برای چیست؟
share-why-text = با کلمه‌های خودتان
share-why-text-hint = می‌توانید چند کلمه اضافه کنید. اگر «چیز دیگر» را انتخاب کرده‌اید، بنویسید برای چیست.
share-why-none = انتخاب کنید بسته برای چیست.

share-what-title = چه چیزی را به اشتراک می‌گذارید؟
share-what-lead = فقط چیزی را علامت بزنید که برای این کار کمک می‌کند. از اول هیچ چیزی علامت‌خورده نیست. فقط چیزی که علامت می‌زنید در فایل می‌رود.
share-what-all = همه‌ی «{ $section }»
share-what-profile = نام من، زمان رسیدنم، اجازه‌ی اقامت، زبان‌ها و اهل خانه‌ام
share-what-children = سال تولد بچه‌هایم
share-what-sub-goal = یک هدف میانی از «{ $goal }»
share-what-checkin-areas = پاسخ‌های من درباره‌ی { $areas }
share-what-name-tip = پیشنهاد: این بخش را به اشتراک بگذارید. آن‌وقت کارمند مسئول نام شما را می‌بیند و می‌تواند پرونده‌تان را پیدا کند.
share-what-sensitive = این حساس است: { $categories }. فقط اگر به شما کمک می‌کند آن را به اشتراک بگذارید. فقط وقتی در بسته می‌رود که این‌جا علامتش بزنید.
share-what-whole-only = این فقط همراه با همه‌ی «{ $section }» می‌رود. همه‌اش را علامت بزنید، یا علامت این را بردارید.
share-what-together = Etapp چیز‌های حساس یک بسته را همه با هم به اشتراک می‌گذارد. شما چیز‌های حساس دیگری را علامت زده‌اید، پس این هم می‌رود. آن را علامت بزنید، یا علامت «{ $item }» را بردارید.
share-what-none = دست‌کم یک چیز را برای اشتراک‌گذاری علامت بزنید.
share-what-check = بعضی چیز‌ها آن‌طور که علامت زده‌اید نمی‌توانند بروند. یادداشت‌های قرمز بالا را بخوانید.

share-until-title = برای چه مدت؟
share-until-lead = بعد از این روز، Etapp دیگر بسته را باز نمی‌کند.
share-until-legend = مدتی که کارمند مسئول می‌تواند آن را باز کند
share-until-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
share-until-date = تا { $date }

share-preview-title = این چیزی است که کارمند مسئول می‌بیند
share-preview-lead = پیش از ذخیره کردن آن را بررسی کنید. به زبان شما و به سوئدی نشان داده می‌شود، همان‌طور که کارمند مسئول و مترجم آن را می‌خوانند.
share-preview-busy = پیش‌نمایش آماده می‌شود…
share-consent-title = چیزی که با آن موافقت می‌کنید
share-left-out-title = چون حساس است، کنار گذاشته شد
share-left-out = { $count ->
    [one] { $count } مورد درباره‌ی { $categories } در بسته نیست، چون آن را علامت نزدید.
   *[other] { $count } مورد درباره‌ی { $categories } در بسته نیست، چون آن‌ها را علامت نزدید.
}
share-left-out-change = تغییر چیزی که به اشتراک می‌گذارم

share-confirm-title = بسته ذخیره شود؟
share-confirm-lead = یک بار دیگر به آن نگاه کنید. انتخاب کنید Etapp بسته را چطور قفل کند و شما آن را چطور بدهید. بعد انتخاب می‌کنید کجا ذخیره‌اش کنید، برای مثال روی یک فلش USB.
share-confirm-to = برای
share-confirm-purpose = چرا
share-confirm-parts = چه چیزی
share-confirm-until = تا
share-confirm-agree = وقتی ذخیره می‌کنید، با این موافقت می‌کنید:
share-confirm-save = ذخیره‌ی بسته
share-confirm-busy = بسته قفل و ذخیره می‌شود. چند ثانیه طول می‌کشد…
share-confirm-cancelled = پنجره را بستید. چیزی ذخیره نشد.
share-form = آن را چطور می‌دهید؟
share-form-file = یک فایل برای Etapp (⁦.etapp⁩)
share-form-file-hint = کارمند مسئول آن را در Etapp باز می‌کند.
share-form-page = صفحه‌ای که هر مرورگر اینترنتی باز می‌کند (⁦.html⁩)
share-form-page-hint = برای کارمندی که نمی‌تواند Etapp را نصب کند. صفحه بدون اینترنت کار می‌کند.
share-form-both = هر دو
share-form-both-hint = دو فایل با همان یک بسته. کارمند مسئول یکی را انتخاب می‌کند.
share-lock = چطور قفل شود؟
share-lock-code = با کدی که رو در رو می‌گویید
share-lock-code-hint = Etapp یک کد ۱۶ رقمی می‌سازد. کارمند مسئول برای باز کردن بسته به آن نیاز دارد.
share-lock-key = با کلید اداره
share-lock-key-hint = برای اداره‌ای که کلید عمومی خودش را به شما داده است. فقط همان اداره می‌تواند بسته را باز کند. کدی در کار نیست.
share-lock-key-field = کلید عمومی اداره
share-lock-key-field-hint = با age1 شروع می‌شود. آن را دقیقاً همان‌طور که اداره داده است کپی کنید.

share-code-title = بسته‌ی شما ذخیره شد
share-code-file = ذخیره‌شده با نام: { $name }
share-code-page = صفحه در هر مرورگر اینترنتی باز می‌شود. کارمند مسئول همان کد را وارد می‌کند.
share-code-key = بسته با کلید اداره قفل شده است. فقط همان اداره می‌تواند آن را باز کند. کدی برای گفتن نیست.
share-code-lead = کارمند مسئول برای باز کردن فایل به این کد نیاز دارد. آن را به او بگویید.
share-code-aria = کد بسته، در گروه‌های چهار‌رقمی
share-code-own = همین کد با رقم‌های زبان شما:
share-code-advice-face = کد را رو در رو به کارمند مسئول بگویید.
share-code-advice-message = کد را در ایمیل یا پیام ننویسید.
share-code-advice-stick = کد را روی همان فلش USB که فایل روی آن است، یا همراه آن، نگذارید.
share-code-fingerprint-title = اگر کارمند مسئول پرسید
share-code-fingerprint = این عدد‌ها را با صدای بلند بخوانید. نشان می‌دهند که بسته از پرونده‌ی شما آمده است.
share-code-to-log = دیدن چیز‌هایی که به اشتراک گذاشته‌ام
share-code-done = برگشت به صفحه‌ی من

## فهرست بسته‌های ساخته‌شده.

shares-title = چیز‌هایی که به اشتراک گذاشته‌ام
shares-lead = همه‌ی بسته‌هایی که ساخته‌اید، جدیدترین اول. Etapp این فهرست را در پرونده‌ی شما نگه می‌دارد.
shares-loading = بسته‌های شما آماده می‌شود…
shares-empty = هنوز چیزی به اشتراک نگذاشته‌اید.
shares-new = ساختن بسته‌ی تازه
shares-list = بسته‌های من
shares-made = ساخته‌شده
shares-purpose = چرا
shares-parts = چه چیزی
shares-until = قابل باز کردن تا
shares-expired = قابل باز کردن بود تا
shares-withdrawn = شما در { $date } آن را پس‌گرفته علامت زدید.
shares-withdraw = علامت زدن به‌عنوان پس‌گرفته
shares-withdraw-title = این بسته به‌عنوان پس‌گرفته علامت بخورد؟
shares-withdraw-what = فایلی را که قبلاً داده‌اید نمی‌شود پس گرفت. Etapp فقط این‌جا یادداشت می‌کند که آن را پس گرفته‌اید. Etapp بعد از { $date } فایل را باز نمی‌کند. می‌توانید از کارمند مسئول بخواهید آن را پاک کند.
shares-withdraw-keep = نه، بماند
shares-withdraw-confirm = بله، به‌عنوان پس‌گرفته علامت بخورد
shares-withdrawn-done = بسته به‌عنوان پس‌گرفته علامت خورد.

## خواننده: کارمند مسئول یک بسته را باز می‌کند. به پرونده نیازی ندارد.

open-share-start-title = کسی به شما بسته‌ای داده است؟
open-share-start-hint = برای کارمندان مسئول: فایلی از Etapp را با کدی که آن شخص به شما می‌گوید باز کنید. به پرونده‌ی خودتان نیازی ندارید.
open-share-start = باز کردن بسته
open-share-title = باز کردن بسته
open-share-lead = کسی فایلی از Etapp به شما داده و یک کد به شما می‌گوید. فایل را انتخاب کنید، بعد کد را وارد کنید.
open-share-file = فایل
open-share-no-file = هنوز فایلی انتخاب نشده است.
open-share-chosen = انتخاب‌شده: { $name }
open-share-choose = انتخاب فایل
open-share-choose-other = انتخاب فایل دیگر
open-share-code = کد
open-share-code-hint = ۱۶ رقم. فاصله و خط تیره مهم نیست.
open-share-open = باز کردن
open-share-busy = بسته باز می‌شود. یک ثانیه طول می‌کشد…
open-share-opened = از فایل { $name }.
open-share-show-in = نمایش به زبان
open-share-side-by-side = کنار زبان آن شخص: { $language }
open-share-save-page = ذخیره‌ی صفحه برای چاپ
open-share-page-saved = با نام { $name } ذخیره شد.
open-share-page-not-saved = پنجره را بستید. چیزی ذخیره نشد.
open-share-close = بستن بسته

## مقایسه با یک بسته‌ی قبلی (خواننده)

compare-start-title = از دفعه‌ی قبل چه چیزی تغییر کرده است؟
compare-start-hint = بسته‌ی قبلی‌ای از همین شخص دارید؟ آن را هم باز کنید و ببینید بین این دو چه چیزی تغییر کرده است.
compare-start = مقایسه با یک بسته‌ی قبلی
compare-file = بسته‌ی قبلی
compare-choose = انتخاب بسته‌ی قبلی
compare-open-title = بسته‌ی قبلی را انتخاب کنید
compare-by-key = بسته‌ی قبلی با همان فایل کلیدی باز می‌شود که این یکی.
compare-busy = بسته‌ی قبلی باز می‌شود. یک ثانیه طول می‌کشد…
compare-open = مقایسه
compare-cancel = لغو
compare-hide = پنهان کردن تغییرات
compare-from-file = مقایسه‌شده با بسته‌ی قبلی { $name }
compare-error-no-file = اول بسته‌ی قبلی را انتخاب کنید.
compare-error-same-share = این همان بسته‌ای است که الان باز است. یک بسته‌ی قبلی از همین شخص انتخاب کنید.

## گزارش از چند بسته (برای اداره)

report-start-title = برای اداره‌ها: گزارشی از چند بسته
report-start-hint = مردم می‌توانند بسته‌هایی برای ارزیابی به شما بدهند که با کلید اداره‌ی شما قفل شده‌اند. ببینید گام‌ها برای همه‌ی آن‌ها روی هم چطور پیش رفته است. هیچ نامی و هیچ چیزی از نوشته‌های مردم در گزارش نمی‌رود.
report-start = ساختن گزارش
report-screen-title = گزارش از چند بسته
report-lead = پوشه‌ی بسته‌ها و فایل کلید اداره‌تان را انتخاب کنید. فقط بسته‌هایی حساب می‌شوند که برای ارزیابی داده شده‌اند. گروه‌هایی که کمتر از ۵ نفر دارند نشان داده نمی‌شوند.
report-folder = پوشه‌ی بسته‌ها
report-no-folder = هنوز پوشه‌ای انتخاب نشده است.
report-folder-choose = انتخاب پوشه
report-folder-choose-other = انتخاب پوشه‌ی دیگر
report-folder-title = پوشه‌ی بسته‌ها را انتخاب کنید
report-key = فایل کلید اداره‌ی شما
report-no-key = هنوز فایل کلیدی انتخاب نشده است.
report-key-choose = انتخاب فایل کلید
report-key-choose-other = انتخاب فایل کلید دیگر
report-busy = خواندن بسته‌ها: { $done } از { $total }
report-make = ساختن گزارش
report-save-csv = ذخیره به‌صورت جدول (CSV)
report-csv-title = ذخیره‌ی گزارش
report-csv-file-type = جدول (CSV)
report-csv-saved = با نام { $name } ذخیره شد.
report-status = وضعیت
report-rating = امتیاز
report-count = تعداد
report-change = تغییر
report-area-median = میانه‌ی تغییر: { $median }
report-area-changes = سطح چقدر تغییر کرد (تعداد نفرات)
report-error-no-folder = اول پوشه‌ی بسته‌ها را انتخاب کنید.
report-error-no-shares = در این پوشه هیچ بسته‌ای از Etapp نیست (فایل‌هایی که به ⁦.etapp⁩ یا ⁦.html⁩ ختم می‌شوند). پوشه‌ی دیگری انتخاب کنید.
report-error-none-counted = هیچ بسته‌ای حساب نشد. اولین مورد: { $reason }. بررسی کنید که پوشه‌ی درست و فایل کلید اداره‌تان را انتخاب کرده‌اید.
report-error-no-report = اول گزارش را بسازید، بعد ذخیره‌اش کنید.
