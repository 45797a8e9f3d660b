# شریک ساختن: بسته آن بخش از دوسیه است که شخص به یک کارمند مسئول
# می‌دهد. این پیام‌ها بسته را می‌سازند، و می‌گویند وقتی باز نمی‌شود چه
# اشتباه شده است. بگویید چه شد و قدم بعدی چیست.

list-separator = {"، "}

## The consent text the person agrees to, and how to withdraw. It is kept
## inside the bundle, in the person's language and in Swedish.

share-consent-text = من به { $to } یک کاپی از این بخش‌های دوسیهٔ خود را می‌دهم: { $parts }. برای این مقصد است: { $purpose }. تا { $expires } باز می‌شود. بعد از آن، Etapp آن را باز نمی‌کند.
share-consent-sensitive = در آن معلومات دربارهٔ { $categories } هم است. من انتخاب کردم که آن را شریک بسازم.
share-consent-items = { $count ->
    [one] { $count } چیز دیگر
   *[other] { $count } چیز دیگر
}
share-withdrawal-text = من می‌توانم در Etapp نشانی کنم که این بسته را پس گرفته‌ام. فایلی را که قبلاً داده‌ام نمی‌شود پس گرفت. بعد از { $expires } باز نمی‌شود. می‌توانم از کارمند مسئول بخواهم که آن را حذف کند.

## When a bundle does not open.

bundle-error-mistyped-code = یک عدد در کود کم است یا غلط است. هر گروه چهار عددی را با آن شخص بررسی کنید و کود را دوباره بنویسید.
bundle-error-wrong-code = این کود یا کلید فایل را باز نمی‌کند، یا فایل خراب است. کود را با آن شخص بررسی کنید. اگر باز هم باز نشد، از او بخواهید که یک بستهٔ نو بسازد.
bundle-error-not-a-bundle = این فایل بستهٔ Etapp نیست. ببینید که فایل درست را انتخاب کرده‌اید.
bundle-error-truncated = فایل کامل نیست: زودتر از وقتش تمام می‌شود. آن را دوباره از جایی که گرفتید کاپی کنید، یا از آن شخص بخواهید که یک بستهٔ نو بسازد.
bundle-error-signature = فایل بعد از این‌که آن شخص آن را ساخت تغییر کرده است، پس Etapp آن را نشان نمی‌دهد. از آن شخص بخواهید که یک بستهٔ نو بسازد.
bundle-error-expired = این بسته تا { $expires } باز می‌شد. از آن شخص بخواهید که یک بستهٔ نو بسازد.
bundle-error-newer-version = این بسته با نسخهٔ نوتر Etapp ساخته شده است. برای باز کردن آن، نوترین Etapp را نصب کنید.
bundle-error-not-an-identity = این فایل کلید age نیست. فایلی را انتخاب کنید که کلید محرم ادارهٔ شما در آن است (با AGE-SECRET-KEY-1 شروع می‌شود).
bundle-error-public-key = در این فایل یک کلید عمومی است (با age1 شروع می‌شود). برای باز کردن بسته‌ها، فایلی را انتخاب کنید که کلید محرم ادارهٔ شما در آن است (با AGE-SECRET-KEY-1 شروع می‌شود).
bundle-error-different-signers = این بسته‌ها با کلیدهای مختلف امضا شده‌اند. شاید از اشخاص مختلف باشند، پس Etapp آن‌ها را مقایسه نمی‌کند. هر بسته را جدا باز کنید.

## Files.

file-error-not-a-file = این یک فولدر است، نه فایل. یک فایل را انتخاب کنید.
file-error-unreadable = Etapp نتوانست فایل را بخواند. ببینید که فایل آن‌جاست و اجازهٔ باز کردن آن را دارید، بعد دوباره کوشش کنید.

## Files and dialogs.

share-file-type = بسته‌های Etapp
share-save-title = ذخیرهٔ بسته
share-page-type = صفحه‌هایی که هر براوزر انترنت باز می‌کند
share-save-page-title = ذخیرهٔ صفحه
share-error-same-file = فایل و صفحه نمی‌توانند یک نام داشته باشند. برای یکی از آن‌ها نام دیگری انتخاب کنید.
reader-open-title = باز کردن بستهٔ Etapp
reader-page-title = ذخیرهٔ صفحه برای چاپ
reader-page-file-type = صفحهٔ ویب
reader-error-no-file = اول فایل را انتخاب کنید.
reader-error-no-key-file = اول فایل کلید را انتخاب کنید.
reader-key-open-title = فایل کلید ادارهٔ خود را انتخاب کنید
reader-key = فایل کلید اداره
reader-key-hint = آیا بسته با کلید ادارهٔ شما قفل شده است، نه با کود؟ پس آن را با فایل کلید ادارهٔ خود باز کنید.
reader-key-choose = استفاده از فایل کلید اداره
reader-key-choose-other = انتخاب فایل کلید دیگر
reader-key-use-code = به جای آن کود استفاده کنید
