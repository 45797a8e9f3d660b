# خودارزیابی‌ها: هر بخش زندگی چطور پیش می‌رود، از ۱ (در بحران) تا ۵
# (خودم می‌توانم)، ستاره و هر بخش در طول زمان. نام بخش‌ها و سطح‌ها در
# catalog.ftl هستند (life-area-*, level-*).

## صفحه‌ی «زندگی من»

life-areas-title = زندگی من
life-areas-lead = بخش‌های زندگی شما چطور پیش می‌روند، و این در طول زمان چطور تغییر می‌کند.
life-areas-loading = خودارزیابی‌های شما آماده می‌شود…
life-areas-new = خودارزیابی تازه
life-areas-empty-title = خودارزیابی چیست؟
life-areas-empty-what = در خودارزیابی می‌گویید هر بخش زندگی‌تان چطور پیش می‌رود: پول، مسکن، سلامت، کار و چیز‌های دیگر.
life-areas-empty-scale = برای هر بخش یک عدد از { $low } تا { $high } انتخاب می‌کنید. { $low } یعنی در بحران هستید. { $high } یعنی خودتان از پس کار‌ها برمی‌آیید.
life-areas-empty-when = هر ماه، یا پیش از یک جلسه، یک خودارزیابی انجام دهید. آن‌وقت شما و کسانی که به شما کمک می‌کنند می‌بینید چه چیزی بهتر می‌شود و کجا به کمک نیاز دارید.
life-areas-star-title = ستاره‌ی شما
life-areas-star-lead = آخرین خودارزیابی شما. هر چه از وسط دورتر باشد، اوضاع بهتر است.
life-areas-star-lead-compare = آخرین خودارزیابی شما در مقایسه با خودارزیابی قبلی. هر چه از وسط دورتر باشد، اوضاع بهتر است.
life-areas-lines-title = هر بخش زندگی شما در طول زمان
life-areas-lines-lead = برای هر بخش یک نمودار کوچک. بالاتر یعنی بهتر.
life-areas-history-title = همه‌ی خودارزیابی‌های شما
life-areas-answered = { $count ->
    [one] { $count } بخش پاسخ داده شده
   *[other] { $count } بخش پاسخ داده شده
}
life-areas-edit = تغییر این خودارزیابی
life-areas-delete = پاک کردن این خودارزیابی
life-areas-delete-title = خودارزیابی روز { $date } پاک شود؟
life-areas-delete-what = سطح‌ها و یادداشت‌های آن هم پاک می‌شوند. نمی‌توانید این کار را برگردانید.
life-areas-saved = خودارزیابی ذخیره شد.
life-areas-deleted = خودارزیابی روز { $date } پاک شد.

## فرم خودارزیابی

checkin-new-title = خودارزیابی تازه
checkin-title = خودارزیابی
checkin-edit-title = تغییر خودارزیابی روز { $date }
checkin-lead = بگویید هر بخش زندگی‌تان الان چطور پیش می‌رود. برای بخش‌هایی که برایتان مهم است یک عدد انتخاب کنید. می‌توانید از یک بخش بگذرید.
checkin-loading = خودارزیابی آماده می‌شود…
checkin-not-found = این خودارزیابی دیگر وجود ندارد. شاید پاک شده باشد.
checkin-back = برگشت به زندگی من
checkin-date = تاریخ خودارزیابی
checkin-areas = بخش‌های زندگی شما
checkin-clear = برداشتن پاسخ من
checkin-add-note = افزودن یادداشت
checkin-area-note = یادداشت شما درباره‌ی { $area }
checkin-note = یادداشتی درباره‌ی کل خودارزیابی (اگر بخواهید)
checkin-note-hint = برای مثال چه اتفاقی از دفعه‌ی قبل افتاده، یا درباره‌ی چه چیزی می‌خواهید در جلسه صحبت کنید.
checkin-save = ذخیره‌ی خودارزیابی
checkin-cancel = لغو
checkin-error-no-answer = دست‌کم برای یک بخش زندگی‌تان یک عدد انتخاب کنید. بعد دوباره ذخیره کنید.
checkin-error-no-date = روز، ماه و سال خودارزیابی را انتخاب کنید.
checkin-error-note-without-level = برای { $area } یک عدد انتخاب کنید، یا یادداشتتان را بردارید. بعد دوباره ذخیره کنید.

## وقتی یک بخش زندگی در بحران است

checkin-crisis-help = اگر وضعیت اضطراری است، با ۱۱۲ تماس بگیرید. برای مشاوره درباره‌ی سلامت، با ۱۱۷۷ (Vårdguiden) تماس بگیرید. برای کمک از خدمات اجتماعی (Socialtjänsten)، با کمون (kommun) محل زندگی‌تان تماس بگیرید.

## یک سطح با کلمه‌ها

checkin-level = { $number } – { $label }
checkin-not-answered = پاسخ داده نشده

## ستاره: آخرین خودارزیابی در مقایسه با خودارزیابی قبلی

star-summary = { $count ->
    [one] ستاره‌ی شما: { $count } بخش زندگی، از خودارزیابی روز { $latest }.
   *[other] ستاره‌ی شما: { $count } بخش زندگی، از خودارزیابی روز { $latest }.
}
star-summary-compare = { $count ->
    [one] ستاره‌ی شما: { $count } بخش زندگی، خودارزیابی روز { $latest } در مقایسه با خودارزیابی روز { $previous }.
   *[other] ستاره‌ی شما: { $count } بخش زندگی، خودارزیابی روز { $latest } در مقایسه با خودارزیابی روز { $previous }.
}
star-legend-latest = آخرین خودارزیابی: { $date }
star-legend-previous = خودارزیابی قبلی: { $date }
star-show-table = نمایش به‌صورت جدول
star-caption = هر بخش زندگی شما
star-col-area = بخش زندگی
star-col-previous = قبلی ({ $date })
star-col-latest = آخرین ({ $date })
star-col-change = تغییر
star-better = بهتر
star-same = یکسان
star-worse = بدتر
star-no-compare = مقایسه ممکن نیست

## هر بخش زندگی در طول زمان

lines-summary = { $direction ->
    [better] از { $from } به { $to }: بهتر.
    [worse] از { $from } به { $to }: بدتر.
   *[same] از { $from } به { $to }: بدون تغییر.
}
lines-summary-one = یک پاسخ: { $number } – { $label }.
lines-summary-none = هنوز پاسخی نیست.
lines-show-table = نمایش همه‌ی پاسخ‌ها
lines-caption = { $area }: همه‌ی پاسخ‌ها
lines-col-date = تاریخ
lines-col-level = سطح
