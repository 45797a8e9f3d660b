# التقييمات: كيف يسير كل مجال من مجالات الحياة، من 1 (في أزمة) إلى 5
# (أتدبّر الأمر وحدي)، والنجمة، وكل مجال مع مرور الوقت. أسماء المجالات
# والمستويات موجودة في catalog.ftl (life-area-*، level-*).

## شاشة "حياتي"

life-areas-title = حياتي
life-areas-lead = كيف تسير مجالات حياتك المختلفة، وكيف يتغيّر ذلك مع الوقت.
life-areas-loading = جارٍ تحميل تقييماتك…
life-areas-new = تقييم جديد
life-areas-empty-title = ما هو التقييم؟
life-areas-empty-what = في التقييم تقول كيف يسير كل مجال من مجالات حياتك: المال، والسكن، والصحة، والعمل، وغير ذلك.
life-areas-empty-scale = لكل مجال تختار رقماً من { $low } إلى { $high }. الرقم { $low } يعني أنك في أزمة. الرقم { $high } يعني أنك تتدبّر الأمر وحدك.
life-areas-empty-when = قم بالتقييم كل شهر، أو قبل اجتماع. هكذا ترى أنت والذين يساعدونك ما الذي يتحسّن، وأين تحتاج إلى مساعدة.
life-areas-star-title = نجمتك
life-areas-star-lead = آخر تقييم قمت به. كلما ابتعدت النقطة عن الوسط، كان الوضع أفضل.
life-areas-star-lead-compare = آخر تقييم قمت به مقارنةً بالتقييم الذي قبله. كلما ابتعدت النقطة عن الوسط، كان الوضع أفضل.
life-areas-lines-title = كل مجال من مجالات حياتك مع مرور الوقت
life-areas-lines-lead = رسم صغير لكل مجال. كلما كانت النقطة أعلى، كان الوضع أفضل.
life-areas-history-title = كل تقييماتك
life-areas-answered = { $count ->
    [zero] لم تُجب عن أي مجال
    [one] أجبت عن مجال واحد
    [two] أجبت عن مجالين
    [few] أجبت عن { $count } مجالات
    [many] أجبت عن { $count } مجالاً
   *[other] أجبت عن { $count } مجال
}
life-areas-edit = غيّر هذا التقييم
life-areas-delete = احذف هذا التقييم
life-areas-delete-title = هل تريد حذف التقييم بتاريخ { $date }؟
life-areas-delete-what = ستُحذف معه المستويات والملاحظات أيضاً. لا يمكنك التراجع عن ذلك.
life-areas-saved = تم حفظ التقييم.
life-areas-deleted = تم حذف التقييم بتاريخ { $date }.

## نموذج التقييم

checkin-new-title = تقييم جديد
checkin-title = تقييم
checkin-edit-title = تغيير التقييم بتاريخ { $date }
checkin-lead = قل كيف يسير كل مجال من مجالات حياتك الآن. اختر رقماً للمجالات المهمة لك. يمكنك أن تترك مجالاً بدون إجابة.
checkin-loading = جارٍ تحميل التقييم…
checkin-not-found = هذا التقييم لم يعد موجوداً. ربما تم حذفه.
checkin-back = العودة إلى حياتي
checkin-date = تاريخ التقييم
checkin-areas = مجالات حياتك
checkin-clear = احذف إجابتي
checkin-add-note = أضف ملاحظة
checkin-area-note = ملاحظتك عن { $area }
checkin-note = ملاحظة عن التقييم كله (إذا أردت)
checkin-note-hint = مثلاً ما حدث منذ المرة الماضية، أو ما تريد أن تتحدث عنه في اجتماع.
checkin-save = احفظ التقييم
checkin-cancel = إلغاء
checkin-error-no-answer = اختر رقماً لمجال واحد على الأقل من مجالات حياتك. ثم احفظ مرة أخرى.
checkin-error-no-date = اختر اليوم والشهر والسنة للتقييم.
checkin-error-note-without-level = اختر رقماً لمجال { $area }، أو احذف ملاحظتك. ثم احفظ مرة أخرى.

## عندما يكون مجال من مجالات الحياة في أزمة

checkin-crisis-help = إذا كانت حالة طارئة، اتصل بالرقم 112. لنصيحة عن الصحة، اتصل بالرقم 1177 (Vårdguiden). لمساعدة من الخدمات الاجتماعية، تواصل مع البلدية (kommun) التي تسكن فيها.

## المستوى بالكلمات

checkin-level = { $number } – { $label }
checkin-not-answered = لا توجد إجابة

## النجمة: آخر تقييم مقارنةً بالتقييم الذي قبله

star-summary = { $count ->
    [zero] نجمتك: لا توجد مجالات، من التقييم بتاريخ { $latest }.
    [one] نجمتك: مجال واحد، من التقييم بتاريخ { $latest }.
    [two] نجمتك: مجالان، من التقييم بتاريخ { $latest }.
    [few] نجمتك: { $count } مجالات، من التقييم بتاريخ { $latest }.
    [many] نجمتك: { $count } مجالاً، من التقييم بتاريخ { $latest }.
   *[other] نجمتك: { $count } مجال، من التقييم بتاريخ { $latest }.
}
star-summary-compare = { $count ->
    [zero] نجمتك: لا توجد مجالات، التقييم بتاريخ { $latest } مقارنةً بالتقييم بتاريخ { $previous }.
    [one] نجمتك: مجال واحد، التقييم بتاريخ { $latest } مقارنةً بالتقييم بتاريخ { $previous }.
    [two] نجمتك: مجالان، التقييم بتاريخ { $latest } مقارنةً بالتقييم بتاريخ { $previous }.
    [few] نجمتك: { $count } مجالات، التقييم بتاريخ { $latest } مقارنةً بالتقييم بتاريخ { $previous }.
    [many] نجمتك: { $count } مجالاً، التقييم بتاريخ { $latest } مقارنةً بالتقييم بتاريخ { $previous }.
   *[other] نجمتك: { $count } مجال، التقييم بتاريخ { $latest } مقارنةً بالتقييم بتاريخ { $previous }.
}
star-legend-latest = آخر تقييم: { $date }
star-legend-previous = التقييم السابق: { $date }
star-show-table = اعرض كجدول
star-caption = كل مجال من مجالات حياتك
star-col-area = المجال
star-col-previous = السابق ({ $date })
star-col-latest = الأخير ({ $date })
star-col-change = التغيّر
star-better = أفضل
star-same = كما هو
star-worse = أسوأ
star-no-compare = لا يمكن المقارنة

## كل مجال من مجالات الحياة مع مرور الوقت

lines-summary = { $direction ->
    [better] من { $from } إلى { $to }: أفضل.
    [worse] من { $from } إلى { $to }: أسوأ.
   *[same] من { $from } إلى { $to }: لم يتغيّر.
}
lines-summary-one = إجابة واحدة: { $number } – { $label }.
lines-summary-none = لا توجد إجابة بعد.
lines-show-table = اعرض كل الإجابات
lines-caption = { $area }: كل الإجابات
lines-col-date = التاريخ
lines-col-level = المستوى
