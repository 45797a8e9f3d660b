# صفحتي: نظرة عامة على سجلك، والكلمات الإضافية لدليل الجهات
# (محتوى الدليل نفسه في guide.ftl).

home-lead = هنا ترى أين أنت الآن، وما الذي سيأتي بعد ذلك، ومن يفعل ماذا.
home-loading = نجهّز صفحتك …

## أين أنا الآن: المراحل الأربع

home-stage-title = أين أنا الآن
home-stage-list = المراحل الأربع
home-stage-marker-chosen = أنت هنا
home-stage-marker-suggested = اقتراح
home-stage-chosen = قلتَ إنك في هذه المرحلة: { $stage }.
home-stage-suggested = خطواتك تقترح هذه المرحلة: { $stage }. هذا اقتراح فقط. يمكنك أن تختار بنفسك.
home-stage-intake-description = أنت جديد. تلتقي بالجهات وتحكي لهم عن نفسك.
home-stage-vision-description = تفكّر فيما تريد أن تفعله، وتضع خطة لها أهداف.
home-stage-activity-description = تقوم بأشياء تقرّبك من هدفك، مثلاً دورة أو تدريب عملي.
home-stage-matching-description = تبحث عن عمل أو مكان للدراسة، وتبدأ فيه.
home-stage-change = غيّر مرحلتي
home-stage-legend = في أي مرحلة أنت؟
home-stage-follow-steps = دع خطواتي تقترحها (الآن: { $stage })
home-stage-save = احفظ مرحلتي
home-stage-cancel = إلغاء
home-stage-saved = تم حفظ مرحلتك.

## المواعيد القادمة

home-appointments-title = المواعيد القادمة
home-appointments-none = ليست لديك مواعيد قادمة.
home-appointment-when = { $date }، الساعة { $time }
home-appointment-place = المكان:
home-appointment-with = مع:
home-to-plan = افتح خطتي

## من يفعل ماذا

home-agencies-title = من يفعل ماذا
home-agencies-none = ليست لديك خطوات جارية أو مخطط لها.
home-step-status = الحالة: { $status }
home-step-contact = الشخص الذي تتواصل معه:

## كيف تسير حياتي

home-life-title = كيف تسير حياتي
home-life-latest = آخر تقييم قمت به: { $date }
home-life-none = لم تقم بأي تقييم بعد. التقييم يبيّن كيف تسير أجزاء حياتك المختلفة.
home-life-first = قم بأول تقييم
home-to-life-areas = انظر إلى حياتي

## العقبات التي لم تُحلّ بعد

home-obstacles-title = عقبات لم تُحلّ بعد
home-obstacles-none = ليست لديك عقبات مفتوحة.
home-obstacle-status = الحالة: { $status }
home-to-obstacles = انظر إلى عقباتي

## الوقت في السويد

home-time-title = الوقت في السويد
home-days-ago = { $days ->
    [zero] كان ذلك اليوم.
    [one] كان ذلك قبل يوم واحد.
    [two] كان ذلك قبل يومين.
    [few] كان ذلك قبل { $days } أيام.
    [many] كان ذلك قبل { $days } يوماً.
   *[other] كان ذلك قبل { $days } يوم.
}
home-permit = حصلت على تصريح الإقامة في { $date }.
home-no-permit = لم تكتب متى حصلت على تصريح الإقامة.

## دليل الجهات: القائمة في الأعلى

home-guide-contents = الجهات في هذه الصفحة
home-guide-yours = ما لديك معهم
home-guide-back = عودة إلى قائمة الجهات
