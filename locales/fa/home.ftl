# صفحه‌ی من: نمای کلی پرونده، و کلمه‌های اضافه‌ی راهنمای اداره‌ها
# (محتوای آن در guide.ftl است).

home-lead = این‌جا می‌بینید الان کجا هستید، بعد چه می‌آید و چه کسی چه کاری می‌کند.
home-loading = صفحه‌ی شما آماده می‌شود …

## الان کجا هستم: چهار مرحله

home-stage-title = الان کجا هستم
home-stage-list = چهار مرحله
home-stage-marker-chosen = شما این‌جا هستید
home-stage-marker-suggested = پیشنهادی
home-stage-chosen = گفته‌اید که در این مرحله هستید: { $stage }.
home-stage-suggested = گام‌های شما این مرحله را پیشنهاد می‌کنند: { $stage }. این فقط یک پیشنهاد است. خودتان می‌توانید انتخاب کنید.
home-stage-intake-description = شما تازه آمده‌اید. با اداره‌ها آشنا می‌شوید و درباره‌ی خودتان به آن‌ها می‌گویید.
home-stage-vision-description = فکر می‌کنید که می‌خواهید چه کار کنید، و برنامه‌ای با هدف‌ها می‌سازید.
home-stage-activity-description = کار‌هایی می‌کنید که شما را به هدفتان نزدیک‌تر می‌کند، برای مثال یک دوره یا کارآموزی.
home-stage-matching-description = دنبال کار یا جایی برای تحصیل می‌گردید، و آن‌جا شروع می‌کنید.
home-stage-change = تغییر مرحله‌ی من
home-stage-legend = در کدام مرحله هستید؟
home-stage-follow-steps = گام‌هایم آن را پیشنهاد بدهند (الان: { $stage })
home-stage-save = ذخیره‌ی مرحله‌ی من
home-stage-cancel = لغو
home-stage-saved = مرحله‌ی شما ذخیره شد.

## قرار‌های بعدی

home-appointments-title = قرار‌های بعدی
home-appointments-none = قرار پیش رویی ندارید.
home-appointment-when = { $date } ساعت { $time }
home-appointment-place = مکان:
home-appointment-with = با:
home-to-plan = باز کردن برنامه‌ی من

## چه کسی چه کاری می‌کند

home-agencies-title = چه کسی چه کاری می‌کند
home-agencies-none = هیچ گام در جریان یا برنامه‌ریزی‌شده‌ای ندارید.
home-step-status = وضعیت: { $status }
home-step-contact = شخص تماس:

## زندگی‌ام چطور پیش می‌رود

home-life-title = زندگی‌ام چطور پیش می‌رود
home-life-latest = آخرین خودارزیابی شما: { $date }
home-life-none = هنوز خودارزیابی انجام نداده‌اید. خودارزیابی نشان می‌دهد بخش‌های زندگی‌تان چطور پیش می‌روند.
home-life-first = انجام اولین خودارزیابی
home-to-life-areas = دیدن زندگی من

## موانع حل‌نشده

home-obstacles-title = موانعی که هنوز حل نشده‌اند
home-obstacles-none = هیچ مانع حل‌نشده‌ای ندارید.
home-obstacle-status = وضعیت: { $status }
home-to-obstacles = دیدن موانع من

## زمان در سوئد

home-time-title = زمان در سوئد
home-days-ago = { $days ->
    [0] یعنی امروز.
    [one] یعنی یک روز پیش.
   *[other] یعنی { $days } روز پیش.
}
home-permit = شما در { $date } اجازه‌ی اقامت گرفتید.
home-no-permit = ننوشته‌اید چه زمانی اجازه‌ی اقامت گرفتید.

## راهنمای اداره‌ها: فهرست اداره‌ها در بالای صفحه

home-guide-contents = اداره‌های این صفحه
home-guide-yours = چیز‌هایی که با آن‌ها دارید
home-guide-back = برگشت به فهرست اداره‌ها
