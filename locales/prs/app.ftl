# چوکات برنامه: نام، انتخاب زبان، صفحهٔ خوش‌آمدید.
# کلمات ساده، جمله‌های کوتاه: بسیاری از خواننده‌ها با این زبان تازه آشنا می‌شوند.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = دری
language-picker = زبان
language-picker-hint = زبانی را انتخاب کنید که بهتر می‌خوانید.
language-draft = این ترجمه هنوز توسط کسی که دری زبان مادری‌اش است بررسی نشده. ممکن است بعضی کلمه‌ها درست نباشند. اگر چیزی واضح نیست، از ترجمان بپرسید یا زبان دیگری را انتخاب کنید.
skip-to-content = رفتن به محتوای اصلی
interpreter-view = نمای ترجمان
interpreter-view-hint = هر متن به زبان شما و به یک زبان دوم، برای ترجمان.
interpreter-language = زبان دوم
screen-loading = صفحه آماده می‌شود …

welcome-title = به Etapp خوش آمدید
welcome-lead = Etapp دوسیهٔ شخصی شما را از راه‌تان در سویدن نگه می‌دارد: کارهایی که پیش از این کرده‌اید، هدف‌های شما، و قدم‌های شما با هر اداره.
welcome-local-title = دوسیهٔ شما نزد خود شما می‌ماند
welcome-local = همه چیز تنها در همین کمپیوتر ذخیره می‌شود. با رمزی قفل است که تنها شما می‌دانید.
welcome-share-title = شما انتخاب می‌کنید که چه را شریک بسازید
welcome-share = هر وقت بخواهید، می‌توانید تنها بخش‌هایی را که خودتان انتخاب می‌کنید به یک کارمند مسئول بدهید. بدون اجازهٔ شما هیچ چیز فرستاده نمی‌شود.
welcome-greeting = سلام، { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = جنوری
date-month-2 = فبروری
date-month-3 = مارچ
date-month-4 = اپریل
date-month-5 = می
date-month-6 = جون
date-month-7 = جولای
date-month-8 = اگست
date-month-9 = سپتمبر
date-month-10 = اکتوبر
date-month-11 = نومبر
date-month-12 = دسمبر
