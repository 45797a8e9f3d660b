# پلان من: هدف‌های نهایی (slutmål) با هدف‌های فرعی آن‌ها (delmål)، و
# قدم‌ها (insatser) با هر اداره: چه کسی چه می‌کند، و چه وقت.

plan-title = پلان من
plan-lead = هدف‌های شما، و قدم‌ها در راه رسیدن به آن‌ها. چه کسی چه می‌کند، و چه وقت.
plan-loading = پلان شما آورده می‌شود…
plan-add-goal = علاوه کردن هدف نهایی
plan-add-step = علاوه کردن قدم
plan-empty = شما هنوز هدفی ندارید. هدف نهایی جایی است که می‌خواهید به آن برسید، مثلاً یک کار یا تحصیل.
plan-unlinked = قدم‌هایی که به هیچ هدفی وصل نیستند
plan-goal-saved = هدف ذخیره شد.
plan-goal-deleted = هدف حذف شد.

goal-final = هدف نهایی
goal-sub = هدف فرعی
goal-kind-label = نوع:
goal-occupation-label = مسلک:
goal-target = رسیدن تا { $date }
goal-state = وضعیت: { $status }
goal-sub-count = { $count ->
    [one] { $count } هدف فرعی
   *[other] { $count } هدف فرعی
}
goal-step-count = { $count ->
    [one] { $count } قدم
   *[other] { $count } قدم
}
goal-subgoals = هدف‌های فرعی در راه
goal-no-steps = هنوز برای این هدف قدمی نیست.
plan-closed-show = { $count ->
    [one] نشان دادن { $count } قدم انجام شده یا لغو شده
   *[other] نشان دادن { $count } قدم انجام شده یا لغو شده
}
plan-closed-hide = پنهان کردن قدم‌های انجام شده یا لغو شده
goal-edit = تغییر
goal-delete = حذف
goal-add-sub = علاوه کردن هدف فرعی
goal-delete-title = این هدف حذف شود؟
delete-steps-unlinked = این قدم‌ها می‌مانند، ولی دیگر به این هدف وصل نیستند:

goal-form-new-final = هدف نهایی نو
goal-form-new-sub = هدف فرعی نو
goal-form-edit = تغییر هدف
goal-form-part-of = هدف فرعیِ:
goal-form-kind = این چه نوع هدف است؟
goal-form-occupation = کدام مسلک؟
goal-form-title = هدف به کلمات خودتان
goal-form-title-hint-final = مثلاً: کار به حیث کمک‌نرس.
goal-form-title-hint-sub = مثلاً: تمام کردن کورس D در SFI.
goal-form-target = تا چه وقت می‌خواهید به آن برسید؟
goal-form-status = در چه حالت است؟
goal-form-save = ذخیرهٔ هدف
goal-form-cancel = لغو

step-new-title = قدم نو
step-title = قدم
step-lead = قدم کاری است که در راه رسیدن به هدف‌های خود می‌کنید، مثلاً یک کورس، کارآموزی یا یک ملاقات.
step-loading = قدم آورده می‌شود…
step-details = دربارهٔ قدم
step-field-title = قدم چیست؟
step-field-title-hint = مثلاً: کورس SFI در مکتب بزرگسالان.
step-field-type = این چه نوع قدم است؟
step-field-agency = چه کسی مسئول آن است؟
step-field-contact = شخص تماس شما
step-no-contact = بدون شخص تماس
step-field-stage = کدام بخش پلان؟
step-field-start = روز اول
step-field-end = روز آخر
step-field-goals = به کدام هدف‌ها کمک می‌کند؟
step-no-goals = شما هنوز هدفی ندارید. می‌توانید قدم را بعداً به یک هدف وصل کنید.
step-field-status = در چه حالت است؟
step-who = چه کسی: { $agency }
step-who-with-contact = چه کسی: { $agency } ({ $contact })
step-contact = شخص تماس:
step-state = وضعیت: { $status }
step-next-appointment = ملاقات بعدی: { $when }
step-save = ذخیرهٔ قدم
step-saved = قدم ذخیره شد.
step-back = برگشت به پلان من
step-delete = حذف قدم
step-delete-title = این قدم حذف شود؟
step-not-found = این قدم دیگر در دوسیهٔ شما نیست.

step-progress = در چه حالت است
step-progress-now = حالا: { $status }
step-progress-change = وضعیت نو
step-progress-submit = تغییر وضعیت
step-progress-changed = وضعیت تغییر کرد.
step-history = همهٔ چیزهایی که شد
step-history-entry = { $status }: { $time }

appointment-list = ملاقات‌ها
appointment-none = هنوز ملاقاتی نیست.
appointment-number = ملاقات { $number }
appointment-date = تاریخ
appointment-time = وقت (وقت سویدن)
appointment-hour = ساعت
appointment-minute = دقیقه
appointment-place = جای
appointment-with = با چه کسی
appointment-add = علاوه کردن ملاقات
appointment-remove = حذف این ملاقات
appointment-missing = روز و وقت ملاقات { $number } را انتخاب کنید.

evaluation-title = نظر شما دربارهٔ آن چه بود؟
evaluation-lead = تنها شما این را می‌نویسید. به شما و دیگران کمک می‌کند ببینید چه چیز کار می‌دهد.
evaluation-usefulness = برای شما چقدر مفید بود؟
evaluation-score-1 = ۱ – مفید نبود
evaluation-score-2 = ۲ – کمی مفید
evaluation-score-3 = ۳ – تا اندازه‌ای مفید
evaluation-score-4 = ۴ – مفید
evaluation-score-5 = ۵ – بسیار مفید
evaluation-helped = چه چیز کمک کرد؟
evaluation-hard = چه چیز سخت بود؟
evaluation-save = ذخیرهٔ ارزیابی من
evaluation-saved = ارزیابی شما ذخیره شد.
evaluation-choose = انتخاب کنید چقدر مفید بود.

step-field-life-areas = این قدم به کدام بخش‌های زندگی شما کمک می‌کند؟
step-field-life-areas-hint = یکی یا بیشتر را انتخاب کنید، یا هیچ‌کدام را.
step-life-areas = کمک می‌کند به:
