# سابقه‌ی من (kartläggning): تحصیلات، کار، دوره‌ی پیش از اجازه‌ی اقامت،
# مهارت‌ها، گواهی‌ها، گواهینامه‌ی رانندگی. بعد انتخاب شغل (برچسب‌های
# فهرست JobTech فقط سوئدی هستند).

background-title = سابقه‌ی من
background-lead = چیز‌هایی که یاد گرفته‌اید و کار‌هایی که کرده‌اید، در سوئد و در کشور‌های دیگر. یک بار این‌جا بنویسید. آن‌وقت لازم نیست در هر اداره دوباره تعریفش کنید.
background-none = هنوز چیزی این‌جا نیست.
background-saved = ذخیره شد.
# { $name } is the entry, in the person's own words.
background-deleted = { $name } پاک شد.
background-delete-question = می‌خواهید { $name } را پاک کنید؟
background-change = تغییر
background-delete = پاک کردن
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
background-education-hint = مدرسه، دانشگاه، دوره‌ها و آموزش حرفه‌ای.
background-education-add = افزودن تحصیلات
background-education-new = افزودن تحصیلات
background-education-edit = تغییر تحصیلات
background-education-untitled = تحصیلات
background-education-level = سطح
background-education-level-unknown = نمی‌دانم
background-education-field = رشته یا موضوع
background-education-field-hint = برای مثال: پرستاری، مکانیک، حقوق.
background-education-occupation = شغلی که این آموزش شما را برایش آماده کرد (آن را در فهرست پیدا کنید)
background-education-country = کشور
background-education-years = چقدر طول کشید؟
background-education-completed = این دوره‌ی تحصیلی را تمام کردم
background-education-documents = مدرک یا کاغذ‌های دیگرش را همراهم دارم
background-education-recognition = در سوئد تأیید شده است؟
background-education-recognition-hint = در سوئد، شورای آموزش عالی سوئد (UHR) تحصیلات کشور‌های دیگر را بررسی می‌کند.
background-education-finished = تمام‌شده
background-education-not-finished = تمام‌نشده
background-education-has-documents = مدارک همراهم است
background-education-no-documents = مدارک همراهم نیست
background-education-recognition-fact = تأیید در سوئد: { $status }

background-work-title = کار
background-work-hint = کار‌هایی که داشته‌اید، در سوئد یا در کشور دیگری. با حقوق یا بدون حقوق.
background-work-add = افزودن کار
background-work-new = افزودن کار
background-work-edit = تغییر کار
background-work-which = چه کاری؟
background-work-occupation = شغل را در فهرست پیدا کنید
background-work-own-words = شغل با کلمه‌های خودتان
background-work-own-words-hint = اگر شغل را در فهرست پیدا نکردید، این‌جا بنویسید.
background-work-need-title = یک شغل از فهرست انتخاب کنید، یا شغل را با کلمه‌های خودتان بنویسید.
background-work-country = کشور
background-work-years = چقدر کار کردید؟
background-work-tasks = سر کار چه می‌کردید؟
background-work-tasks-hint = برای مثال: هر روز برای ۲۰۰ نفر غذا می‌پختم.

background-asylum-title = پیش از اجازه‌ی اقامت
background-asylum-hint = چیز‌هایی که یاد گرفتید یا کار‌هایی که کردید، وقتی منتظر جواب پناهندگی بودید. برای مثال یک دوره، کار داوطلبانه یا یک شغل. این‌ها هم حساب می‌شوند.
background-asylum-add = افزودن کاری که کردید
background-asylum-new = پیش از اجازه‌ی اقامت چه کردید؟
background-asylum-edit = تغییر کاری که پیش از اجازه‌ی اقامت کردید
background-asylum-what = چه کردید یا چه یاد گرفتید؟
background-asylum-what-hint = برای مثال: در محل اقامت برای دیگران ترجمه می‌کردم.
background-asylum-description = اگر بخواهید، بیشتر بگویید
background-asylum-start = روز اول
background-asylum-end = روز آخر

background-skills-title = مهارت‌ها
background-skills-hint = کار‌هایی که در آن‌ها خوب هستید. برای مثال: رانندگی لیفتراک، خیاطی، کامپیوتر، صحبت کردن به دری.
background-skills-add = افزودن مهارت
background-skills-new = افزودن مهارت
background-skills-edit = تغییر مهارت
background-skill-name = مهارت

background-certificates-title = گواهی‌ها
background-certificates-hint = کاغذ‌هایی که یک دوره یا یک مجوز را نشان می‌دهند. برای مثال گواهینامه‌ی لیفتراک یا دوره‌ی بهداشت مواد غذایی.
background-certificates-add = افزودن گواهی
background-certificates-new = افزودن گواهی
background-certificates-edit = تغییر گواهی
background-certificate-name = چه چیزی را نشان می‌دهد؟
background-certificate-issuer = چه کسی آن را داده است؟
background-certificate-year = سال

background-licence-title = گواهینامه‌ی رانندگی
background-licence-hint = گواهینامه‌ی رانندگی از سوئد یا از کشور دیگر.
background-licence-none = گواهینامه‌ی رانندگی اضافه نکرده‌اید.
background-licence-add = افزودن گواهینامه‌ی رانندگی
background-licence-new = افزودن گواهینامه‌ی رانندگی
background-licence-edit = تغییر گواهینامه‌ی رانندگی
background-licence-classes = پایه‌های روی کارت
background-licence-classes-hint = برای مثال: B، یا B و C1.
background-licence-country = کشوری که آن را داده است
background-licence-name = گواهینامه‌ی رانندگی { $classes }

occupation-hint = چند حرف از نام شغل را بنویسید. فهرست به زبان سوئدی است.
occupation-results = { $count ->
    [one] { $count } شغل پیدا شد. با کلید‌های جهت‌نما انتخاب کنید.
   *[other] { $count } شغل پیدا شد. با کلید‌های جهت‌نما انتخاب کنید.
}
occupation-none-found = هیچ شغلی پیدا نشد. کلمه‌ی دیگری را امتحان کنید.
occupation-chosen = انتخاب شما:
occupation-chosen-status = انتخاب‌شده: { $name }
occupation-remove = برداشتن انتخاب
occupation-ssyk = SSYK { $code }
occupation-unknown = شغلی که در این فهرست نیست
