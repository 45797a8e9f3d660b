# صفحهٔ من: نمای کلی دوسیه، و کلمات اضافی رهنمای ادارات (محتوای آن در
# guide.ftl است).

home-lead = این‌جا می‌بینید حالا کجا هستید، قدم بعدی چیست و چه کسی چه می‌کند.
home-loading = صفحهٔ شما آماده می‌شود …

## Where I am now: the four stages

home-stage-title = حالا کجا هستم
home-stage-list = چهار مرحله
home-stage-marker-chosen = شما این‌جا هستید
home-stage-marker-suggested = پیشنهاد شده
home-stage-chosen = شما گفتید که در این مرحله هستید: { $stage }.
home-stage-suggested = قدم‌های شما این مرحله را پیشنهاد می‌کنند: { $stage }. این تنها یک پیشنهاد است. خودتان انتخاب کرده می‌توانید.
home-stage-intake-description = شما تازه آمده‌اید. با ادارات ملاقات می‌کنید و دربارهٔ خود به آن‌ها می‌گویید.
home-stage-vision-description = فکر می‌کنید چه می‌خواهید بکنید، و یک پلان با هدف‌ها می‌سازید.
home-stage-activity-description = کارهایی می‌کنید که شما را به هدف‌تان نزدیک‌تر می‌سازد، مثلاً یک کورس یا کارآموزی.
home-stage-matching-description = دنبال کار یا جای تحصیل می‌گردید، و در آن‌جا شروع می‌کنید.
home-stage-change = تغییر مرحلهٔ من
home-stage-legend = شما در کدام مرحله هستید؟
home-stage-follow-steps = بگذار قدم‌هایم آن را پیشنهاد کنند (حالا: { $stage })
home-stage-save = ذخیرهٔ مرحلهٔ من
home-stage-cancel = لغو
home-stage-saved = مرحلهٔ شما ذخیره شد.

## Next appointments

home-appointments-title = ملاقات‌های بعدی
home-appointments-none = شما ملاقاتی در پیش ندارید.
home-appointment-when = { $date } ساعت { $time }
home-appointment-place = جای:
home-appointment-with = با:
home-to-plan = باز کردن پلان من

## Who does what

home-agencies-title = چه کسی چه می‌کند
home-agencies-none = شما هیچ قدمی در جریان یا پلان‌شده ندارید.
home-step-status = وضعیت: { $status }
home-step-contact = شخص تماس:

## How my life is going

home-life-title = زندگی من چطور پیش می‌رود
home-life-latest = آخرین بررسی حال شما: { $date }
home-life-none = شما هنوز بررسی حال نکرده‌اید. بررسی حال نشان می‌دهد بخش‌های زندگی شما چطور پیش می‌روند.
home-life-first = اولین بررسی حال خود را انجام دهید
home-to-life-areas = دیدن زندگی من

## Open obstacles

home-obstacles-title = موانعی که هنوز حل نشده‌اند
home-obstacles-none = شما هیچ مانع باز ندارید.
home-obstacle-status = وضعیت: { $status }
home-to-obstacles = دیدن موانع من

## Time in Sweden

home-time-title = وقت در سویدن
home-days-ago = { $days ->
    [0] یعنی امروز.
    [one] یعنی { $days } روز پیش.
   *[other] یعنی { $days } روز پیش.
}
home-permit = شما اجازهٔ اقامت خود را در { $date } گرفتید.
home-no-permit = شما ننوشته‌اید که اجازهٔ اقامت خود را چه وقت گرفتید.

## The agency guide: the list of agencies at the top

home-guide-contents = ادارات در این صفحه
home-guide-yours = آن‌چه شما با آن‌ها دارید
home-guide-back = برگشت به فهرست ادارات
