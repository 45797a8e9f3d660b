# درباره‌ی من: مشخصات شرکت‌کننده و کسانی که در اداره‌ها می‌بیند.
# جمله‌های کوتاه؛ شاید شخص تازه با این زبان آشنا شده باشد.

profile-title = درباره‌ی من
profile-intro = چیزی که این‌جا می‌نویسید روی همین کامپیوتر می‌ماند. خودتان تصمیم می‌گیرید چه چیزی را با چه کسی به اشتراک بگذارید.
profile-not-written = نوشته نشده
profile-change = تغییر
profile-cancel = لغو
profile-saved = ذخیره شد.

profile-names-title = نام شما
profile-display-name = نامی که دوست دارید با آن صدایتان کنند
profile-permit-name = نام شما روی کارت اجازه‌ی اقامت
profile-permit-name-hint = آن را دقیقاً مثل روی کارت بنویسید. اداره‌ها با همین املا جست‌وجو می‌کنند.

profile-ids-title = شماره‌های پرونده‌ی شما در اداره‌ها
profile-ids-why = ممکن است اداره‌ای این شماره‌ها را بخواهد تا پرونده‌ی شما را زود پیدا کند. لازم نیست آن‌ها را این‌جا بنویسید.
profile-pin = شماره‌ی شخصی (personnummer) یا شماره‌ی هماهنگی (samordningsnummer)
profile-pin-hint = ۱۲ یا ۱۰ رقم، برای مثال 19121212-1212.
profile-case-number = شماره‌ی پرونده در اداره‌ی مهاجرت (Migrationsverket)
profile-case-number-hint = روی نامه‌های اداره‌ی مهاجرت نوشته شده است.

profile-languages-title = زبان‌هایی که صحبت می‌کنید
profile-languages-none = هنوز هیچ زبانی ننوشته‌اید.
profile-language-n = زبان { $number }
profile-language = زبان
profile-language-level = چقدر خوب آن را صحبت می‌کنید
profile-language-add = افزودن زبان
profile-language-remove = برداشتن زبان

profile-sweden-title = زمان شما در سوئد
profile-arrived-date = تاریخی که به سوئد آمدید
profile-permit-date = تاریخی که اجازه‌ی اقامت گرفتید
profile-municipality = کمونی (kommun) که در آن زندگی می‌کنید
profile-municipality-hint = برای مثال Malmö یا Umeå.

profile-household-title = خانه‌ی شما
profile-adults = بزرگسالان خانه‌ی شما، با خودتان
profile-adults-count = { $count ->
    [one] { $count } بزرگسال
   *[other] { $count } بزرگسال
}
profile-children = بچه‌ها
profile-children-none = هیچ بچه‌ای نوشته نشده است.
profile-child-n = بچه‌ی { $number }: سال تولد
profile-child-born = متولد { $year }
profile-child-add = افزودن بچه
profile-child-remove = برداشتن بچه
profile-child-year-missing = سال تولد بچه‌ی { $number } را انتخاب کنید.

profile-programme-title = برنامه‌ی استقرار
profile-programme-what = این برنامه‌ای در اداره‌ی کار (Arbetsförmedlingen) برای کسانی است که تازه به سوئد آمده‌اند. به شما کمک می‌کند سوئدی یاد بگیرید و کار پیدا کنید.
profile-programme-question = الان در برنامه‌ی استقرار هستید؟
profile-programme-yes = بله
profile-programme-no = نه
profile-programme-since = از چه زمانی؟
profile-programme-in = شما در این برنامه هستید.
profile-programme-in-since = شما از { $date } در این برنامه هستید.
profile-programme-out = شما در این برنامه نیستید.

contact-title = مخاطبان شما در اداره‌ها
contact-intro = کسانی که در اداره‌ها می‌بینید، برای مثال کارمند مسئول پرونده‌تان.
contact-none = هنوز هیچ مخاطبی اضافه نکرده‌اید.
contact-add = افزودن مخاطب
contact-new-title = مخاطب تازه
contact-edit-title = تغییر مخاطب
contact-name = نام
contact-agency = جایی که این شخص کار می‌کند
contact-agency-choose = انتخاب کنید
contact-agency-missing = انتخاب کنید این شخص کجا کار می‌کند.
contact-unit = بخش یا دفتر
contact-phone = تلفن
contact-email = ایمیل
contact-note = یادداشت شما
contact-note-hint = برای مثال چه وقت‌هایی راحت می‌شود با این شخص تماس گرفت.
contact-edit = تغییر
contact-delete = پاک کردن
contact-save = ذخیره‌ی مخاطب
contact-delete-title = { $name } پاک شود؟
contact-saved = مخاطب ذخیره شد.
contact-deleted = مخاطب پاک شد.
