# شریک ساختن در برنامه: مراحل ساختن بسته، فهرست بسته‌های ساخته‌شده، و
# خواننده‌ای که کارمند مسئول با آن بسته را باز می‌کند. کلمات ساده، جمله‌های
# کوتاه: شاید شخص با این زبان تازه آشنا شده باشد. «بسته» فایلی است که
# شخص به کارمند مسئول می‌دهد.

nav-share = شریک ساختن
nav-shares = بسته‌های من
nav-reader = باز کردن بسته
home-share = شریک ساختن با کارمند مسئول

## The share wizard: one task on each screen.

share-step-of = مرحلهٔ { $step } از { $total }
share-next = بعدی
share-checking = بررسی می‌شود…
share-loading = دوسیهٔ شما آورده می‌شود…

share-to-title = چه کسی بسته را می‌گیرد؟
share-to-lead = شما برای یک کارمند مسئول یک فایل می‌سازید. Etapp هیچ چیز نمی‌فرستد: خودتان فایل را می‌دهید.
share-to-contact = پر کردن از اشخاص تماس من
share-to-contact-none = یک شخص تماس انتخاب کنید
share-to-agency = اداره
share-to-no-agency = بدون اداره
share-to-unit = بخش یا دفتر
share-to-name = نام کارمند مسئول

share-why-title = چرا شریک می‌سازید؟
share-why-lead = کارمند مسئول می‌بیند که بسته برای چیست.
share-why-legend = برای چیست؟
share-why-text = به کلمات خودتان
share-why-text-hint = می‌توانید چند کلمه علاوه کنید. برای «چیز دیگر»، بنویسید برای چیست.
share-why-none = انتخاب کنید که بسته برای چیست.

share-what-title = چه را شریک می‌سازید؟
share-what-lead = تنها چیزی را نشانی کنید که برای این کار کمک می‌کند. از شروع هیچ چیز نشانی نشده است. تنها چیزی که نشانی کنید در فایل می‌رود.
share-what-all = همهٔ «{ $section }»
share-what-profile = نام من، آمدن، اجازهٔ اقامت، زبان‌ها و اعضای خانه
share-what-children = سال تولد اطفالم
share-what-sub-goal = یک هدف فرعیِ «{ $goal }»
share-what-checkin-areas = جواب‌های من دربارهٔ { $areas }
share-what-name-tip = مشوره: این بخش را شریک بسازید. بعد کارمند مسئول نام شما را می‌بیند و قضیهٔ شما را پیدا کرده می‌تواند.
share-what-sensitive = این حساس است: { $categories }. تنها اگر به شما کمک می‌کند آن را شریک بسازید. تنها اگر این‌جا نشانی کنید می‌رود.
share-what-whole-only = این تنها همراه با همه چیز در «{ $section }» می‌رود. همه را نشانی کنید، یا نشانی این را بردارید.
share-what-together = Etapp چیزهای حساس یک بسته را همه با هم شریک می‌سازد. شما چیزهای حساس دیگر را نشانی کرده‌اید، پس این هم می‌رود. این را نشانی کنید، یا نشانی «{ $item }» را بردارید.
share-what-none = دست‌کم یک چیز را برای شریک ساختن نشانی کنید.
share-what-check = بعضی چیزها طوری که نشانی کرده‌اید رفته نمی‌توانند. یادداشت‌های سرخ بالا را بخوانید.

share-until-title = برای چه مدت؟
share-until-lead = بعد از این روز، Etapp دیگر بسته را باز نمی‌کند.
share-until-legend = کارمند مسئول آن را باز کرده می‌تواند برای
share-until-days = { $days ->
    [one] { $days } روز
   *[other] { $days } روز
}
share-until-date = تا { $date }

share-preview-title = این چیزی است که کارمند مسئول می‌بیند
share-preview-lead = پیش از ذخیره آن را ببینید. به زبان شما و به زبان سویدنی نشان داده می‌شود، طوری که کارمند مسئول و ترجمان آن را می‌خوانند.
share-preview-busy = پیش‌نمایش ساخته می‌شود…
share-consent-title = به چه موافقه می‌کنید
share-left-out-title = بیرون ماند چون حساس است
share-left-out = { $count ->
    [one] { $count } چیز دربارهٔ { $categories } در بسته نیست، چون آن را نشانی نکردید.
   *[other] { $count } چیز دربارهٔ { $categories } در بسته نیستند، چون آن‌ها را نشانی نکردید.
}
share-left-out-change = تغییر آن‌چه شریک می‌سازم

share-confirm-title = بسته ذخیره شود؟
share-confirm-lead = یک بار دیگر به آن ببینید. انتخاب کنید Etapp بسته را چطور قفل کند و شما آن را چطور می‌دهید. بعد انتخاب می‌کنید آن را کجا ذخیره کنید، مثلاً در یک فلش USB.
share-confirm-to = برای
share-confirm-purpose = چرا
share-confirm-parts = چه
share-confirm-until = تا
share-confirm-agree = وقتی ذخیره می‌کنید، به این موافقه می‌کنید:
share-confirm-save = ذخیرهٔ بسته
share-confirm-busy = بسته قفل و ذخیره می‌شود. چند ثانیه وقت می‌گیرد…
share-confirm-cancelled = شما کلکین را بستید. هیچ چیز ذخیره نشد.
share-form = آن را چطور می‌دهید؟
share-form-file = یک فایل برای Etapp (.etapp)
share-form-file-hint = کارمند مسئول آن را در Etapp باز می‌کند.
share-form-page = صفحه‌ای که هر براوزر انترنت باز می‌کند (.html)
share-form-page-hint = برای کارمندی که Etapp را نصب کرده نمی‌تواند. صفحه بدون انترنت کار می‌کند.
share-form-both = هر دو
share-form-both-hint = دو فایل با همین بسته. کارمند مسئول یکی را انتخاب می‌کند.
share-lock = چطور قفل شود؟
share-lock-code = با کودی که رو به رو می‌گویید
share-lock-code-hint = Etapp یک کود ۱۶ عددی می‌سازد. کارمند مسئول برای باز کردن بسته به آن ضرورت دارد.
share-lock-key = با کلید اداره
share-lock-key-hint = برای اداره‌ای که کلید عمومی خود را به شما داده است. تنها همان اداره بسته را باز کرده می‌تواند. کودی نیست.
share-lock-key-field = کلید عمومی اداره
share-lock-key-field-hint = با age1 شروع می‌شود. آن را درست همان‌طور کاپی کنید که اداره داده است.

share-code-title = بستهٔ شما ذخیره شد
share-code-file = ذخیره‌شده به نام: { $name }
share-code-page = صفحه در هر براوزر انترنت باز می‌شود. کارمند مسئول همین کود را تایپ می‌کند.
share-code-key = بسته با کلید اداره قفل شده است. تنها همان اداره آن را باز کرده می‌تواند. کودی برای گفتن نیست.
share-code-lead = کارمند مسئول برای باز کردن فایل به این کود ضرورت دارد. آن را به او بگویید.
share-code-aria = کود بسته، در گروه‌های چهار عددی
share-code-own = همین کود با عددهای شما:
share-code-advice-face = کود را رو به رو به کارمند مسئول بگویید.
share-code-advice-message = کود را در ایمیل یا پیام ننویسید.
share-code-advice-stick = کود را در همان فلش USB که فایل در آن است، یا همراه فایل، نگذارید.
share-code-fingerprint-title = اگر کارمند مسئول بپرسد
share-code-fingerprint = این عددها را بلند بخوانید. نشان می‌دهند که بسته از دوسیهٔ شما آمده است.
share-code-to-log = دیدن آن‌چه شریک ساخته‌ام
share-code-done = برگشت به صفحهٔ من

## The list of shares made.

shares-title = آن‌چه شریک ساخته‌ام
shares-lead = هر بسته‌ای که ساخته‌اید، نوترین اول. Etapp این فهرست را در دوسیهٔ شما نگه می‌دارد.
shares-loading = بسته‌های شما آورده می‌شود…
shares-empty = شما هنوز چیزی را شریک نساخته‌اید.
shares-new = ساختن بستهٔ نو
shares-list = بسته‌های من
shares-made = ساخته‌شده
shares-purpose = چرا
shares-parts = چه
shares-until = باز می‌شود تا
shares-expired = باز می‌شد تا
shares-withdrawn = شما در { $date } نشانی کردید که آن را پس گرفته‌اید.
shares-withdraw = نشانی به حیث پس‌گرفته
shares-withdraw-title = این بسته به حیث پس‌گرفته نشانی شود؟
shares-withdraw-what = فایلی را که قبلاً داده‌اید نمی‌شود پس گرفت. Etapp تنها این‌جا می‌نویسد که شما آن را پس گرفتید. Etapp فایل را بعد از { $date } باز نمی‌کند. می‌توانید از کارمند مسئول بخواهید که آن را حذف کند.
shares-withdraw-keep = نخیر، بگذار بماند
shares-withdraw-confirm = بلی، به حیث پس‌گرفته نشانی کن
shares-withdrawn-done = بسته به حیث پس‌گرفته نشانی شد.

## The reader: a case worker opens a share. It needs no record.

open-share-start-title = آیا کسی به شما بسته داده است؟
open-share-start-hint = برای کارمندان مسئول: فایلی از Etapp را با کودی که آن شخص به شما می‌گوید باز کنید. به دوسیهٔ خودتان ضرورت ندارید.
open-share-start = باز کردن بسته
open-share-title = باز کردن بسته
open-share-lead = یک شخص فایلی از Etapp به شما داده است و یک کود به شما می‌گوید. فایل را انتخاب کنید، بعد کود را بنویسید.
open-share-file = فایل
open-share-no-file = هنوز فایلی انتخاب نشده.
open-share-chosen = انتخاب‌شده: { $name }
open-share-choose = انتخاب فایل
open-share-choose-other = انتخاب فایل دیگر
open-share-code = کود
open-share-code-hint = ۱۶ عدد. فاصله‌ها و خط‌ها مهم نیستند.
open-share-open = باز کن
open-share-busy = بسته باز می‌شود. یک ثانیه وقت می‌گیرد…
open-share-opened = از فایل { $name }.
open-share-show-in = نشان دادن به
open-share-side-by-side = پهلوی زبان این شخص: { $language }
open-share-save-page = ذخیرهٔ صفحه برای چاپ
open-share-page-saved = ذخیره‌شده به نام { $name }.
open-share-page-not-saved = شما کلکین را بستید. هیچ چیز ذخیره نشد.
open-share-close = بستن بسته

## Comparing with an earlier share (the reader)

compare-start-title = از دفعهٔ گذشته تا حالا چه تغییر کرده است؟
compare-start-hint = آیا از همین شخص یک بستهٔ پیشین دارید؟ آن را هم باز کنید، و ببینید میان این دو چه تغییر کرده است.
compare-start = مقایسه با بستهٔ پیشین
compare-file = بستهٔ پیشین
compare-choose = انتخاب بستهٔ پیشین
compare-open-title = بستهٔ پیشین را انتخاب کنید
compare-by-key = بستهٔ پیشین با همان فایل کلید این بسته باز می‌شود.
compare-busy = بستهٔ پیشین باز می‌شود. یک ثانیه وقت می‌گیرد…
compare-open = مقایسه
compare-cancel = لغو
compare-hide = پنهان کردن تغییرها
compare-from-file = مقایسه با بستهٔ پیشین { $name }
compare-error-no-file = اول بستهٔ پیشین را انتخاب کنید.
compare-error-same-share = این همان بسته‌ای است که باز است. یک بستهٔ پیشین از همین شخص انتخاب کنید.

## The report across many shares (the agency's side)

report-start-title = برای ادارات: راپور از بسته‌های زیاد
report-start-hint = مردم می‌توانند بسته‌هایی برای ارزیابی به شما بدهند که با کلید ادارهٔ شما قفل شده‌اند. ببینید قدم‌ها برای همهٔ آن‌ها با هم چطور پیش رفت. هیچ نام و هیچ چیزی که مردم نوشته‌اند در راپور نمی‌رود.
report-start = ساختن راپور
report-screen-title = راپور از بسته‌های زیاد
report-lead = فولدر بسته‌ها و فایل کلید ادارهٔ خود را انتخاب کنید. تنها بسته‌هایی که برای ارزیابی داده شده‌اند حساب می‌شوند. گروه‌هایی با کمتر از ۵ نفر نشان داده نمی‌شوند.
report-folder = فولدر بسته‌ها
report-no-folder = هنوز فولدری انتخاب نشده.
report-folder-choose = انتخاب فولدر
report-folder-choose-other = انتخاب فولدر دیگر
report-folder-title = فولدر بسته‌ها را انتخاب کنید
report-key = فایل کلید ادارهٔ شما
report-no-key = هنوز فایل کلید انتخاب نشده.
report-key-choose = انتخاب فایل کلید
report-key-choose-other = انتخاب فایل کلید دیگر
report-busy = بسته‌ها خوانده می‌شوند: { $done } از { $total }
report-make = ساختن راپور
report-save-csv = ذخیره به شکل جدول (CSV)
report-csv-title = ذخیرهٔ راپور
report-csv-file-type = جدول (CSV)
report-csv-saved = ذخیره‌شده به نام { $name }.
report-status = وضعیت
report-rating = نمره
report-count = تعداد
report-change = تغییر
report-area-median = میانهٔ تغییر: { $median }
report-area-changes = سطح چقدر تغییر کرد (تعداد نفرها)
report-error-no-folder = اول فولدر بسته‌ها را انتخاب کنید.
report-error-no-shares = در این فولدر هیچ بسته‌ای از Etapp نیست (فایل‌هایی که با .etapp یا .html ختم می‌شوند). فولدر دیگری انتخاب کنید.
report-error-none-counted = هیچ بسته‌ای حساب نشد. اولین آن‌ها: { $reason }. ببینید که فولدر درست و فایل کلید ادارهٔ خود را انتخاب کرده‌اید.
report-error-no-report = اول راپور را بسازید، بعد آن را ذخیره کنید.
