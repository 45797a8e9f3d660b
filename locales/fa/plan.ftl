# برنامه‌ی من: هدف‌های نهایی (slutmål) با هدف‌های میانی‌شان (delmål)، و
# گام‌ها (insatser) با هر اداره: چه کسی چه کاری می‌کند، و کی.

plan-title = برنامه‌ی من
plan-lead = هدف‌های شما، و گام‌هایی که در راه رسیدن به آن‌هاست. چه کسی چه کاری می‌کند، و کی.
plan-loading = برنامه‌ی شما آماده می‌شود…
plan-add-goal = افزودن هدف نهایی
plan-add-step = افزودن گام
plan-empty = هنوز هدفی ندارید. هدف نهایی جایی است که می‌خواهید به آن برسید، برای مثال یک شغل یا تحصیل.
plan-unlinked = گام‌هایی که به هدفی وصل نیستند
plan-goal-saved = هدف ذخیره شد.
plan-goal-deleted = هدف پاک شد.

goal-final = هدف نهایی
goal-sub = هدف میانی
goal-kind-label = نوع:
goal-occupation-label = شغل:
goal-target = رسیدن تا { $date }
goal-state = وضعیت: { $status }
goal-sub-count = { $count ->
    [one] { $count } هدف میانی
   *[other] { $count } هدف میانی
}
goal-step-count = { $count ->
    [one] { $count } گام
   *[other] { $count } گام
}
goal-subgoals = هدف‌های میانی در راه
goal-no-steps = هنوز گامی برای این هدف نیست.
plan-closed-show = { $count ->
    [one] نمایش { $count } گام انجام‌شده یا لغوشده
   *[other] نمایش { $count } گام انجام‌شده یا لغوشده
}
plan-closed-hide = پنهان کردن گام‌های انجام‌شده یا لغوشده
goal-edit = تغییر
goal-delete = پاک کردن
goal-add-sub = افزودن هدف میانی
goal-delete-title = این هدف پاک شود؟
delete-steps-unlinked = این گام‌ها می‌مانند، ولی دیگر به این هدف وصل نیستند:

goal-form-new-final = هدف نهایی تازه
goal-form-new-sub = هدف میانی تازه
goal-form-edit = تغییر هدف
goal-form-part-of = هدف میانی برای:
goal-form-kind = این چه نوع هدفی است؟
goal-form-occupation = کدام شغل؟
goal-form-title = هدف با کلمه‌های خودتان
goal-form-title-hint-final = برای مثال: کار به‌عنوان کمک‌پرستار.
goal-form-title-hint-sub = برای مثال: تمام کردن دوره‌ی D در SFI.
goal-form-target = کی می‌خواهید به آن برسید؟
goal-form-status = وضعیتش چطور است؟
goal-form-save = ذخیره‌ی هدف
goal-form-cancel = لغو

step-new-title = گام تازه
step-title = گام
step-lead = گام کاری است که در راه رسیدن به هدف‌هایتان انجام می‌دهید، برای مثال یک دوره، یک کارآموزی یا یک جلسه.
step-loading = گام آماده می‌شود…
step-details = درباره‌ی گام
step-field-title = این گام چیست؟
step-field-title-hint = برای مثال: کلاس SFI در مدرسه‌ی بزرگسالان.
step-field-type = این چه نوع گامی است؟
step-field-agency = مسئول آن کیست؟
step-field-contact = شخص تماس شما
step-no-contact = بدون شخص تماس
step-field-stage = کدام بخش از برنامه؟
step-field-start = روز اول
step-field-end = روز آخر
step-field-goals = به کدام هدف‌ها کمک می‌کند؟
step-no-goals = هنوز هدفی ندارید. می‌توانید بعداً این گام را به یک هدف وصل کنید.
step-field-status = وضعیتش چطور است؟
step-who = چه کسی: { $agency }
step-who-with-contact = چه کسی: { $agency } ({ $contact })
step-contact = شخص تماس:
step-state = وضعیت: { $status }
step-next-appointment = قرار بعدی: { $when }
step-save = ذخیره‌ی گام
step-saved = گام ذخیره شد.
step-back = برگشت به برنامه‌ی من
step-delete = پاک کردن گام
step-delete-title = این گام پاک شود؟
step-not-found = این گام دیگر در پرونده‌ی شما نیست.

step-progress = وضعیت فعلی
step-progress-now = الان: { $status }
step-progress-change = وضعیت تازه
step-progress-submit = تغییر وضعیت
step-progress-changed = وضعیت تغییر کرد.
step-history = همه‌ی اتفاق‌ها
step-history-entry = { $status }: { $time }

appointment-list = قرار‌ها
appointment-none = هنوز قراری نیست.
appointment-number = قرار { $number }
appointment-date = تاریخ
appointment-time = ساعت (به وقت سوئد)
appointment-hour = ساعت
appointment-minute = دقیقه
appointment-place = مکان
appointment-with = با چه کسی
appointment-add = افزودن قرار
appointment-remove = برداشتن این قرار
appointment-missing = روز و ساعت قرار { $number } را انتخاب کنید.

evaluation-title = نظرتان درباره‌ی آن چه بود؟
evaluation-lead = این را فقط خودتان می‌نویسید. به شما، و به دیگران، کمک می‌کند ببینید چه چیزی جواب می‌دهد.
evaluation-usefulness = چقدر برایتان مفید بود؟
evaluation-score-1 = ۱ – مفید نبود
evaluation-score-2 = ۲ – کمی مفید بود
evaluation-score-3 = ۳ – تا حدی مفید بود
evaluation-score-4 = ۴ – مفید بود
evaluation-score-5 = ۵ – خیلی مفید بود
evaluation-helped = چه چیزی کمک کرد؟
evaluation-hard = چه چیزی سخت بود؟
evaluation-save = ذخیره‌ی ارزیابی من
evaluation-saved = ارزیابی شما ذخیره شد.
evaluation-choose = انتخاب کنید چقدر مفید بود.

step-field-life-areas = این گام به کدام بخش‌های زندگی شما کمک می‌کند؟
step-field-life-areas-hint = یکی یا چندتا را انتخاب کنید، یا هیچ‌کدام را.
step-life-areas = کمک می‌کند به:
