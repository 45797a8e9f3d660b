# بررسی حال: هر بخش زندگی چطور پیش می‌رود، از ۱ (در بحران) تا ۵
# (خودم از پسش برمی‌آیم)، ستاره، و هر بخش در طول وقت. نام بخش‌ها و
# سطح‌ها در catalog.ftl هستند (life-area-*, level-*).

## The screen "My life"

life-areas-title = زندگی من
life-areas-lead = بخش‌های زندگی شما چطور پیش می‌روند، و این در طول وقت چطور تغییر می‌کند.
life-areas-loading = بررسی‌های حال شما آورده می‌شود…
life-areas-new = بررسی حال نو
life-areas-empty-title = بررسی حال چیست؟
life-areas-empty-what = در بررسی حال شما می‌گویید هر بخش زندگی‌تان چطور پیش می‌رود: پول، خانه، صحت، کار و چیزهای دیگر.
life-areas-empty-scale = برای هر بخش یک عدد از { $low } تا { $high } انتخاب می‌کنید. { $low } یعنی شما در بحران هستید. { $high } یعنی خودتان از پسش برمی‌آیید.
life-areas-empty-when = هر ماه، یا پیش از یک جلسه، یک بررسی حال انجام دهید. بعد شما و کسانی که به شما کمک می‌کنند می‌توانید ببینید چه بهتر می‌شود، و کجا به کمک ضرورت دارید.
life-areas-star-title = ستارهٔ شما
life-areas-star-lead = آخرین بررسی حال شما. هر قدر از وسط دورتر باشد، همان‌قدر بهتر پیش می‌رود.
life-areas-star-lead-compare = آخرین بررسی حال شما در مقایسه با بررسی پیش از آن. هر قدر از وسط دورتر باشد، همان‌قدر بهتر پیش می‌رود.
life-areas-lines-title = هر بخش زندگی شما در طول وقت
life-areas-lines-lead = برای هر بخش یک چارت کوچک. بالاتر یعنی بهتر.
life-areas-history-title = همهٔ بررسی‌های حال شما
life-areas-answered = { $count ->
    [one] به { $count } بخش جواب داده شد
   *[other] به { $count } بخش جواب داده شد
}
life-areas-edit = تغییر این بررسی حال
life-areas-delete = حذف این بررسی حال
life-areas-delete-title = بررسی حال { $date } حذف شود؟
life-areas-delete-what = سطح‌ها و یادداشت‌های آن هم حذف می‌شوند. این کار دوباره برگشت نمی‌شود.
life-areas-saved = بررسی حال ذخیره شد.
life-areas-deleted = بررسی حال { $date } حذف شد.

## The form for a check-in

checkin-new-title = بررسی حال نو
checkin-title = بررسی حال
checkin-edit-title = تغییر بررسی حال { $date }
checkin-lead = بگویید هر بخش زندگی شما حالا چطور پیش می‌رود. برای بخش‌هایی که برای‌تان مهم هستند یک عدد انتخاب کنید. می‌توانید یک بخش را رها کنید.
checkin-loading = بررسی حال آورده می‌شود…
checkin-not-found = این بررسی حال دیگر این‌جا نیست. شاید حذف شده باشد.
checkin-back = برگشت به زندگی من
checkin-date = تاریخ بررسی حال
checkin-areas = بخش‌های زندگی شما
checkin-clear = جواب مرا بردار
checkin-add-note = علاوه کردن یادداشت
checkin-area-note = یادداشت شما دربارهٔ { $area }
checkin-note = یک یادداشت دربارهٔ تمام بررسی حال (اگر بخواهید)
checkin-note-hint = مثلاً چه چیزی از دفعهٔ گذشته تا حالا شده است، یا دربارهٔ چه می‌خواهید در یک جلسه گپ بزنید.
checkin-save = ذخیرهٔ بررسی حال
checkin-cancel = لغو
checkin-error-no-answer = دست‌کم برای یک بخش زندگی خود یک عدد انتخاب کنید. بعد دوباره ذخیره کنید.
checkin-error-no-date = روز، ماه و سال بررسی حال را انتخاب کنید.
checkin-error-note-without-level = برای { $area } یک عدد انتخاب کنید، یا یادداشت خود را بردارید. بعد دوباره ذخیره کنید.

## When a part of life is in crisis

checkin-crisis-help = اگر حالت عاجل است، به ۱۱۲ زنگ بزنید. برای مشوره دربارهٔ صحت، به ۱۱۷۷ (Vårdguiden) زنگ بزنید. برای کمک از خدمات اجتماعی (socialtjänsten)، با شاروالی (kommun) خود تماس بگیرید.

## A level in words

checkin-level = { $number } – { $label }
checkin-not-answered = جواب داده نشده

## The star: the latest check-in compared with the one before

star-summary = { $count ->
    [one] ستارهٔ شما: { $count } بخش زندگی، از بررسی حال { $latest }.
   *[other] ستارهٔ شما: { $count } بخش زندگی، از بررسی حال { $latest }.
}
star-summary-compare = { $count ->
    [one] ستارهٔ شما: { $count } بخش زندگی، بررسی حال { $latest } در مقایسه با بررسی حال { $previous }.
   *[other] ستارهٔ شما: { $count } بخش زندگی، بررسی حال { $latest } در مقایسه با بررسی حال { $previous }.
}
star-legend-latest = آخرین بررسی حال: { $date }
star-legend-previous = بررسی حال پیش از آن: { $date }
star-show-table = نشان دادن به شکل جدول
star-caption = هر بخش زندگی شما
star-col-area = بخش زندگی
star-col-previous = پیش‌تر ({ $date })
star-col-latest = آخرین ({ $date })
star-col-change = تغییر
star-better = بهتر
star-same = همان‌طور
star-worse = بدتر
star-no-compare = مقایسه نمی‌شود

## Each part of life over time

lines-summary = { $direction ->
    [better] از { $from } تا { $to }: بهتر.
    [worse] از { $from } تا { $to }: بدتر.
   *[same] از { $from } تا { $to }: همان‌طور.
}
lines-summary-one = یک جواب: { $number } – { $label }.
lines-summary-none = هنوز جوابی نیست.
lines-show-table = نشان دادن همهٔ جواب‌ها
lines-caption = { $area }: همهٔ جواب‌ها
lines-col-date = تاریخ
lines-col-level = سطح
