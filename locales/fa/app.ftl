# قاب برنامه: نام، انتخاب زبان، صفحه‌ی خوشامد.
# کلمه‌های ساده، جمله‌های کوتاه: بسیاری از خوانندگان تازه با این زبان آشنا شده‌اند.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = فارسی
language-picker = زبان
language-picker-hint = زبانی را انتخاب کنید که بهتر از همه می‌خوانید.
language-draft = این ترجمه هنوز توسط کسی که زبان مادری‌اش فارسی است بررسی نشده است. ممکن است بعضی واژه‌ها درست نباشند. اگر چیزی روشن نیست، از مترجم بپرسید یا زبان دیگری انتخاب کنید.
skip-to-content = رفتن به محتوای اصلی
interpreter-view = نمای مترجم
interpreter-view-hint = هر متن به زبان شما و به یک زبان دوم، برای مترجم.
interpreter-language = زبان دوم
screen-loading = صفحه آماده می‌شود …

welcome-title = به Etapp خوش آمدید
welcome-lead = Etapp پرونده‌ی شخصی شما از مسیرتان در سوئد است: کار‌هایی که قبلاً کرده‌اید، هدف‌هایتان، و گام‌هایتان با هر اداره.
welcome-local-title = پرونده‌ی شما پیش خودتان می‌ماند
welcome-local = همه‌چیز فقط روی همین کامپیوتر ذخیره می‌شود. با رمز عبوری قفل شده است که فقط خودتان آن را می‌دانید.
welcome-share-title = خودتان انتخاب می‌کنید چه چیزی را به اشتراک بگذارید
welcome-share = هر وقت بخواهید، می‌توانید فقط بخش‌هایی را که انتخاب می‌کنید به کارمند مسئول بدهید. هیچ چیزی بدون شما فرستاده نمی‌شود.
welcome-greeting = سلام { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = ژانویهٔ
date-month-2 = فوریهٔ
date-month-3 = مارس
date-month-4 = آوریل
date-month-5 = مهٔ
date-month-6 = ژوئن
date-month-7 = ژوئیهٔ
date-month-8 = اوت
date-month-9 = سپتامبر
date-month-10 = اکتبر
date-month-11 = نوامبر
date-month-12 = دسامبر
