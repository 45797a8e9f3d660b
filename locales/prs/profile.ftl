# دربارهٔ من: پروفایل اشتراک‌کننده و کسانی که در ادارات با آن‌ها ملاقات
# می‌کند. جمله‌های کوتاه؛ شاید شخص با این زبان تازه آشنا شده باشد.

profile-title = دربارهٔ من
profile-intro = آن‌چه این‌جا می‌نویسید در همین کمپیوتر می‌ماند. خودتان فیصله می‌کنید چه را با چه کسی شریک بسازید.
profile-not-written = نوشته نشده
profile-change = تغییر
profile-cancel = لغو
profile-saved = ذخیره شد.

profile-names-title = نام شما
profile-display-name = نامی که می‌خواهید به آن صدای‌تان کنند
profile-permit-name = نام شما روی کارت اقامت
profile-permit-name-hint = آن را درست مثل روی کارت بنویسید. ادارات دنبال همین املا می‌گردند.

profile-ids-title = نمبرهای قضیهٔ شما
profile-ids-why = یک اداره شاید این نمبرها را بپرسد تا قضیهٔ شما را زود پیدا کند. لازم نیست آن‌ها را این‌جا بنویسید.
profile-pin = نمبر شخصی (personnummer) یا نمبر هماهنگی (samordningsnummer)
profile-pin-hint = ۱۲ یا ۱۰ عدد، مثلاً 19121212-1212.
profile-case-number = نمبر قضیه در ادارهٔ مهاجرت (Migrationsverket)
profile-case-number-hint = در نامه‌های ادارهٔ مهاجرت نوشته است.

profile-languages-title = زبان‌هایی که گپ می‌زنید
profile-languages-none = شما هنوز هیچ زبانی ننوشته‌اید.
profile-language-n = زبان { $number }
profile-language = زبان
profile-language-level = آن را چقدر خوب گپ می‌زنید
profile-language-add = علاوه کردن زبان
profile-language-remove = حذف زبان

profile-sweden-title = وقت شما در سویدن
profile-arrived-date = تاریخی که به سویدن آمدید
profile-permit-date = تاریخی که اجازهٔ اقامت گرفتید
profile-municipality = شاروالی (kommun) که در آن زندگی می‌کنید
profile-municipality-hint = مثلاً Malmö یا Umeå.

profile-household-title = خانهٔ شما
profile-adults = بزرگسالان در خانهٔ شما، با خودتان
profile-adults-count = { $count ->
    [one] { $count } بزرگسال
   *[other] { $count } بزرگسال
}
profile-children = اطفال
profile-children-none = هیچ طفلی نوشته نشده.
profile-child-n = طفل { $number }: سال تولد
profile-child-born = تولد { $year }
profile-child-add = علاوه کردن طفل
profile-child-remove = حذف طفل
profile-child-year-missing = سال تولد طفل { $number } را انتخاب کنید.

profile-programme-title = برنامهٔ استقرار
profile-programme-what = این یک برنامهٔ ادارهٔ کاریابی (Arbetsförmedlingen) برای کسانی است که در سویدن تازه هستند (etableringsprogrammet). به شما کمک می‌کند زبان سویدنی بیاموزید و کار پیدا کنید.
profile-programme-question = آیا حالا در برنامهٔ استقرار هستید؟
profile-programme-yes = بلی
profile-programme-no = نخیر
profile-programme-since = از چه وقت؟
profile-programme-in = شما در این برنامه هستید.
profile-programme-in-since = شما از { $date } در این برنامه هستید.
profile-programme-out = شما در این برنامه نیستید.

contact-title = اشخاص تماس شما در ادارات
contact-intro = کسانی که در ادارات با آن‌ها ملاقات می‌کنید، مثلاً کارمند مسئول شما.
contact-none = شما هنوز هیچ شخص تماس علاوه نکرده‌اید.
contact-add = علاوه کردن شخص تماس
contact-new-title = شخص تماس نو
contact-edit-title = تغییر شخص تماس
contact-name = نام
contact-agency = جایی که این شخص کار می‌کند
contact-agency-choose = انتخاب کنید
contact-agency-missing = انتخاب کنید این شخص کجا کار می‌کند.
contact-unit = بخش یا دفتر
contact-phone = تیلفون
contact-email = ایمیل
contact-note = یادداشت شما
contact-note-hint = مثلاً چه وقت این شخص آسان پیدا می‌شود.
contact-edit = تغییر
contact-delete = حذف
contact-save = ذخیرهٔ شخص تماس
contact-delete-title = { $name } حذف شود؟
contact-saved = شخص تماس ذخیره شد.
contact-deleted = شخص تماس حذف شد.
