# المهن القريبة: ما "يكاد" الشخص يملكه، من بيانات Arbetsförmedlingen
# المفتوحة (قرابة المهن). تستخدمها الشاشة و `etapp close-occupations`.
# أسماء المهن ومجموعاتها تبقى بالسويدية.

close-title = قريب مما عملته
close-labels-swedish = أسماء المهن ومجموعاتها من Arbetsförmedlingen، وهي باللغة السويدية.
close-note = هذه الروابط تقدير عام من Arbetsförmedlingen لمهام العمل في المهن. ليست وعداً بعمل. الاعتراف بشهادة تعليم من الخارج طريق منفصل.
close-own = مهنك
close-very-close = قريبة جداً
close-somewhat-close = قريبة نوعاً ما — تحتاج إلى بعض التدريب
close-same-group = مجموعة المهن نفسها
close-nothing = لا شيء.
close-none = خلفيتك لا تذكر بعد أي مهنة من القائمة. اختر مهنة لعمل أو لتعليم، فتظهر هنا المهن القريبة منها.
close-no-relations = لا تربط Arbetsförmedlingen أي مهنة بـ { $occupation }. المهن الأخرى في مجموعة المهن نفسها رابط أضعف:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [zero] من لا شيء من مهنك
        [one] من مهنة واحدة من مهنك
        [two] من مهنتين من مهنك
        [few] من { $count } من مهنك
        [many] من { $count } من مهنك
       *[other] من { $count } من مهنك
    }
close-your-goal = هي أحد أهدافك أصلاً
close-not-in-list = { $count ->
        [zero] كل مهن سجلك ما زالت في القائمة.
        [one] مهنة واحدة في سجلك لم تعد في القائمة. تُركت جانباً.
        [two] مهنتان في سجلك لم تعودا في القائمة. تُركتا جانباً.
        [few] { $count } مهن في سجلك لم تعد في القائمة. تُركت جانباً.
        [many] { $count } مهنةً في سجلك لم تعد في القائمة. تُركت جانباً.
       *[other] { $count } مهنة في سجلك لم تعد في القائمة. تُركت جانباً.
    }
close-goals = أهدافك
close-goal-leads = هذه من مهنك تؤدي إليه: { $occupations }
close-goal-no-leads = لا تؤدي أي من مهنك إليه في بيانات Arbetsförmedlingen.
close-goal-own = هي إحدى مهنك أصلاً.

# المجموعات الرئيسية العشر في SSYK 2012، أي مجال العمل، بكلمات يومية.
ssyk-major-0 = المهن العسكرية
ssyk-major-1 = المديرون
ssyk-major-2 = أعمال تتطلب شهادة جامعية عليا
ssyk-major-3 = أعمال تتطلب تعليماً جامعياً أو ما يعادله
ssyk-major-4 = الأعمال المكتبية وخدمة العملاء
ssyk-major-5 = الخدمات والرعاية والمبيعات
ssyk-major-6 = الزراعة والبستنة والغابات وصيد الأسماك
ssyk-major-7 = البناء والتصنيع
ssyk-major-8 = الآلات والتصنيع والنقل
ssyk-major-9 = أعمال تتطلب تدريباً قصيراً أو تعريفاً بالعمل

# الشاشة.
close-open = مهن قريبة مما عملته
close-lead = تقول Arbetsförmedlingen أيّ المهن قريبة من الأعمال التي عملتها ومن المهنة التي أعدّك لها تعليمك. انظر إليها هنا، واجعل واحدة منها هدفك.
close-guide-link = من يقيّم التعليم الأجنبي؟ انظر UHR في الدليل
close-goal-hint = الهدف الجديد هدف نهائي. أضف إليه أهدافًا أصغر وخطوات في خطتي.
close-make-goal = اجعل هذه هدفي
close-made-goal = أصبحت { $occupation } الآن أحد أهدافك.
close-to-plan = اذهب إلى خطتي
close-to-background = اذهب إلى خلفيتي
close-loading = جارٍ البحث عن مهن قريبة…
