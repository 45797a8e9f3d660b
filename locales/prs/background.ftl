# سوابق من (kartläggning): تحصیلات، کار، وقت پیش از اجازهٔ اقامت،
# مهارت‌ها، تصدیق‌نامه‌ها، لایسنس دریوری. بعد انتخاب مسلک (نام‌ها از
# فهرست JobTech تنها به زبان سویدنی هستند).

background-title = سوابق من
background-lead = چیزهایی که در سویدن و در کشورهای دیگر آموخته‌اید و انجام داده‌اید. یک بار این‌جا بنویسید. بعد لازم نیست در هر دفتر دوباره آن را بگویید.
background-none = هنوز این‌جا چیزی نیست.
background-saved = ذخیره شد.
# { $name } is the entry, in the person's own words.
background-deleted = { $name } حذف شد.
background-delete-question = آیا می‌خواهید { $name } را حذف کنید؟
background-change = تغییر
background-delete = حذف
background-cancel = لغو
background-not-given = نوشته نشده
background-country-none = نوشته نشده
background-years-less = کمتر از یک سال
background-years = { $years ->
    [one] { $years } سال
   *[other] { $years } سال
}
background-dates = { $start } تا { $end }
background-since = از { $start }
background-until = تا { $end }

background-education-title = تحصیلات
background-education-hint = مکتب، پوهنتون، کورس‌ها و آموزش مسلکی.
background-education-add = علاوه کردن تحصیلات
background-education-new = علاوه کردن تحصیلات
background-education-edit = تغییر تحصیلات
background-education-untitled = تحصیلات
background-education-level = سطح
background-education-level-unknown = نمی‌دانم
background-education-field = رشته یا مضمون
background-education-field-hint = مثلاً: نرسنگ، میخانیکی، حقوق.
background-education-occupation = کاری که این تحصیلات شما را برایش آماده ساخت (آن را در فهرست پیدا کنید)
background-education-country = کشور
background-education-years = چقدر وقت دوام کرد؟
background-education-completed = این تحصیلات را تمام کردم
background-education-documents = دیپلوم یا اسناد دیگر آن را با خود دارم
background-education-recognition = آیا در سویدن به رسمیت شناخته شده است؟
background-education-recognition-hint = در سویدن، شورای تحصیلات عالی (UHR) تحصیلات کشورهای دیگر را بررسی می‌کند.
background-education-finished = تمام شده
background-education-not-finished = تمام نشده
background-education-has-documents = اسناد با من است
background-education-no-documents = اسناد با من نیست
background-education-recognition-fact = شناخته شده در سویدن: { $status }

background-work-title = کار
background-work-hint = کارهایی که در سویدن یا در کشور دیگر داشته‌اید. با معاش یا بدون معاش.
background-work-add = علاوه کردن کار
background-work-new = علاوه کردن کار
background-work-edit = تغییر کار
background-work-which = کدام کار؟
background-work-occupation = کار را در فهرست پیدا کنید
background-work-own-words = کار به کلمات خودتان
background-work-own-words-hint = اگر کار را در فهرست پیدا نکردید، این‌جا بنویسید.
background-work-need-title = یک کار را از فهرست انتخاب کنید، یا کار را به کلمات خودتان بنویسید.
background-work-country = کشور
background-work-years = چقدر وقت کار کردید؟
background-work-tasks = در کار چه می‌کردید؟
background-work-tasks-hint = مثلاً: هر روز برای ۲۰۰ نفر غذا پختم.

background-asylum-title = پیش از اجازهٔ اقامت
background-asylum-hint = چیزهایی که آموختید یا انجام دادید، وقتی منتظر فیصلهٔ پناهندگی بودید. مثلاً یک کورس، کار رضاکارانه یا یک وظیفه. این هم حساب می‌شود.
background-asylum-add = علاوه کردن کاری که انجام دادید
background-asylum-new = پیش از اجازهٔ اقامت چه کردید؟
background-asylum-edit = تغییر کاری که پیش از اجازهٔ اقامت انجام دادید
background-asylum-what = چه کردید یا چه آموختید؟
background-asylum-what-hint = مثلاً: در کمپ برای دیگران ترجمانی کردم.
background-asylum-description = اگر می‌خواهید، بیشتر بگویید
background-asylum-start = روز اول
background-asylum-end = روز آخر

background-skills-title = مهارت‌ها
background-skills-hint = کارهایی که در آن‌ها خوب هستید. مثلاً: راندن فورک‌لفت، خیاطی، کمپیوتر، گپ زدن به دری.
background-skills-add = علاوه کردن مهارت
background-skills-new = علاوه کردن مهارت
background-skills-edit = تغییر مهارت
background-skill-name = مهارت

background-certificates-title = تصدیق‌نامه‌ها
background-certificates-hint = اسنادی که یک کورس یا یک جواز را نشان می‌دهند. مثلاً جواز فورک‌لفت یا کورس حفظ‌الصحهٔ غذا.
background-certificates-add = علاوه کردن تصدیق‌نامه
background-certificates-new = علاوه کردن تصدیق‌نامه
background-certificates-edit = تغییر تصدیق‌نامه
background-certificate-name = چه را نشان می‌دهد؟
background-certificate-issuer = چه کسی آن را داد؟
background-certificate-year = سال

background-licence-title = لایسنس دریوری
background-licence-hint = لایسنس دریوری از سویدن یا از کشور دیگر.
background-licence-none = شما لایسنس دریوری علاوه نکرده‌اید.
background-licence-add = علاوه کردن لایسنس دریوری
background-licence-new = علاوه کردن لایسنس دریوری
background-licence-edit = تغییر لایسنس دریوری
background-licence-classes = درجه‌های روی کارت
background-licence-classes-hint = مثلاً: B، یا B و C1.
background-licence-country = کشوری که آن را داد
background-licence-name = لایسنس دریوری { $classes }

occupation-hint = چند حرف از نام کار را بنویسید. فهرست به زبان سویدنی است.
occupation-results = { $count ->
    [one] { $count } کار پیدا شد. برای انتخاب، کلیدهای تیر را استفاده کنید.
   *[other] { $count } کار پیدا شد. برای انتخاب، کلیدهای تیر را استفاده کنید.
}
occupation-none-found = هیچ کاری پیدا نشد. کلمهٔ دیگری را امتحان کنید.
occupation-chosen = انتخاب شما:
occupation-chosen-status = انتخاب شد: { $name }
occupation-remove = برداشتن انتخاب
occupation-ssyk = SSYK { $code }
occupation-unknown = کاری که در این فهرست نیست
