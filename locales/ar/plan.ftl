# خطتي: الأهداف النهائية مع أهدافها الفرعية، والخطوات مع كل الجهات:
# من يفعل ماذا، ومتى.

plan-title = خطتي
plan-lead = أهدافك، والخطوات في الطريق إليها. من يفعل ماذا، ومتى.
plan-loading = جارٍ تحميل خطتك…
plan-add-goal = أضف هدفاً نهائياً
plan-add-step = أضف خطوة
plan-empty = ليس لديك أهداف بعد. الهدف النهائي هو ما تريد الوصول إليه، مثلاً عمل أو دراسة.
plan-unlinked = خطوات غير مرتبطة بهدف
plan-goal-saved = حُفظ الهدف.
plan-goal-deleted = حُذف الهدف.

goal-final = هدف نهائي
goal-sub = هدف فرعي
goal-kind-label = النوع:
goal-occupation-label = المهنة:
goal-target = الوصول إليه قبل { $date }
goal-state = الحالة: { $status }
goal-sub-count = { $count ->
    [zero] لا توجد أهداف فرعية
    [one] هدف فرعي واحد
    [two] هدفان فرعيان
    [few] { $count } أهداف فرعية
    [many] { $count } هدفاً فرعياً
   *[other] { $count } هدف فرعي
}
goal-step-count = { $count ->
    [zero] لا توجد خطوات
    [one] خطوة واحدة
    [two] خطوتان
    [few] { $count } خطوات
    [many] { $count } خطوة
   *[other] { $count } خطوة
}
goal-subgoals = الأهداف الفرعية في الطريق
goal-no-steps = لا توجد خطوات لهذا الهدف بعد.
plan-closed-show = { $count ->
    [zero] لا توجد خطوات منتهية أو ملغاة
    [one] اعرض خطوة واحدة منتهية أو ملغاة
    [two] اعرض خطوتين منتهيتين أو ملغاتين
    [few] اعرض { $count } خطوات منتهية أو ملغاة
    [many] اعرض { $count } خطوة منتهية أو ملغاة
   *[other] اعرض { $count } خطوة منتهية أو ملغاة
}
plan-closed-hide = أخفِ الخطوات المنتهية أو الملغاة
goal-edit = تعديل
goal-delete = حذف
goal-add-sub = أضف هدفاً فرعياً
goal-delete-title = هل تريد حذف هذا الهدف؟
delete-steps-unlinked = هذه الخطوات تبقى، لكنها لن تكون مرتبطة بالهدف بعد الآن:

goal-form-new-final = هدف نهائي جديد
goal-form-new-sub = هدف فرعي جديد
goal-form-edit = تعديل الهدف
goal-form-part-of = هدف فرعي من:
goal-form-kind = ما نوع هذا الهدف؟
goal-form-occupation = أي مهنة؟
goal-form-title = الهدف بكلماتك أنت
goal-form-title-hint-final = مثلاً: أن أعمل مساعد ممرض.
goal-form-title-hint-sub = مثلاً: أن أنهي المستوى D في دورة اللغة السويدية.
goal-form-target = متى تريد أن تصل إليه؟
goal-form-status = أين وصلت فيه؟
goal-form-save = احفظ الهدف
goal-form-cancel = إلغاء

step-new-title = خطوة جديدة
step-title = خطوة
step-lead = الخطوة شيء تفعله في الطريق إلى أهدافك، مثلاً دورة أو تدريب عملي أو موعد.
step-loading = جارٍ تحميل الخطوة…
step-details = عن الخطوة
step-field-title = ما هي الخطوة؟
step-field-title-hint = مثلاً: دورة اللغة السويدية في مدرسة الكبار.
step-field-type = ما نوع هذه الخطوة؟
step-field-agency = من المسؤول عنها؟
step-field-contact = الشخص المسؤول عن التواصل معك
step-no-contact = لا يوجد شخص للتواصل
step-field-stage = أي جزء من الخطة؟
step-field-start = اليوم الأول
step-field-end = اليوم الأخير
step-field-goals = أي أهداف تساعد عليها؟
step-no-goals = ليس لديك أهداف بعد. يمكنك ربط الخطوة بهدف لاحقاً.
step-field-status = أين وصلت فيها؟
step-who = من: { $agency }
step-who-with-contact = من: { $agency } ({ $contact })
step-contact = الشخص المسؤول:
step-state = الحالة: { $status }
step-next-appointment = الموعد القادم: { $when }
step-save = احفظ الخطوة
step-saved = حُفظت الخطوة.
step-back = رجوع إلى خطتي
step-delete = احذف الخطوة
step-delete-title = هل تريد حذف هذه الخطوة؟
step-not-found = هذه الخطوة لم تعد موجودة في سجلك.

step-progress = أين وصلت
step-progress-now = الآن: { $status }
step-progress-change = الحالة الجديدة
step-progress-submit = غيّر الحالة
step-progress-changed = تغيّرت الحالة.
step-history = كل ما حدث
step-history-entry = { $status }: { $time }

appointment-list = المواعيد
appointment-none = لا توجد مواعيد بعد.
appointment-number = الموعد { $number }
appointment-date = التاريخ
appointment-time = الوقت (بتوقيت السويد)
appointment-hour = الساعة
appointment-minute = الدقيقة
appointment-place = المكان
appointment-with = مع من
appointment-add = أضف موعداً
appointment-remove = احذف هذا الموعد
appointment-missing = اختر اليوم والساعة للموعد { $number }.

evaluation-title = ما رأيك فيها؟
evaluation-lead = أنت وحدك تكتب هنا. هذا يساعدك ويساعد غيرك على معرفة ما ينفع.
evaluation-usefulness = كم كانت مفيدة لك؟
evaluation-score-1 = ١ – غير مفيدة
evaluation-score-2 = ٢ – مفيدة قليلاً
evaluation-score-3 = ٣ – مفيدة إلى حد ما
evaluation-score-4 = ٤ – مفيدة
evaluation-score-5 = ٥ – مفيدة جداً
evaluation-helped = ما الذي ساعدك؟
evaluation-hard = ما الذي كان صعباً؟
evaluation-save = احفظ رأيي
evaluation-saved = حُفظ رأيك.
evaluation-choose = اختر كم كانت مفيدة.

step-field-life-areas = بأي أجزاء من حياتك تساعد هذه الخطوة؟
step-field-life-areas-hint = اختر جزءاً واحداً أو أكثر، أو لا شيء.
step-life-areas = تساعد في:
