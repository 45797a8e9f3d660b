# خلفيتي: التعليم، والعمل، والوقت قبل تصريح الإقامة، والمهارات، والشهادات،
# ورخصة القيادة. ثم اختيار المهنة (أسماء المهن من قائمة JobTech بالسويدية فقط).

background-title = خلفيتي
background-lead = ما تعلّمته وما عملته، في السويد وفي بلدان أخرى. اكتبه هنا مرة واحدة. وبعدها لا تحتاج أن تحكيه من جديد في كل مكتب.
background-none = لا يوجد شيء هنا بعد.
background-saved = تم الحفظ.
# { $name } هو الشيء المكتوب، بكلمات الشخص نفسه.
background-deleted = حُذف { $name }.
background-delete-question = هل تريد حذف { $name }؟
background-change = تغيير
background-delete = حذف
background-cancel = إلغاء
background-not-given = غير مذكور
background-country-none = غير مذكور
background-years-less = أقل من سنة
background-years = { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
}
background-dates = من { $start } إلى { $end }
background-since = منذ { $start }
background-until = حتى { $end }

background-education-title = التعليم
background-education-hint = المدرسة، والجامعة، والدورات، والتدريب المهني.
background-education-add = أضف تعليماً
background-education-new = أضف تعليماً
background-education-edit = غيّر تعليماً
background-education-untitled = تعليم
background-education-level = المستوى
background-education-level-unknown = لا أعرف
background-education-field = المادة أو البرنامج
background-education-field-hint = مثلاً: التمريض، الميكانيك، القانون.
background-education-occupation = المهنة التي أعدّك لها هذا التعليم (ابحث عنها في القائمة)
background-education-country = البلد
background-education-years = كم كانت مدته؟
background-education-completed = أنهيت هذا التعليم
background-education-documents = معي الشهادة أو أوراق أخرى
background-education-recognition = هل هو معترف به في السويد؟
background-education-recognition-hint = في السويد، مجلس الجامعات والمعاهد العليا (UHR) يقيّم التعليم من البلدان الأخرى.
background-education-finished = أنهيته
background-education-not-finished = لم أنهه
background-education-has-documents = الأوراق معي
background-education-no-documents = الأوراق ليست معي
background-education-recognition-fact = الاعتراف في السويد: { $status }

background-work-title = العمل
background-work-hint = الأعمال التي عملتها، في السويد أو في بلد آخر. بأجر أو بدون أجر.
background-work-add = أضف عملاً
background-work-new = أضف عملاً
background-work-edit = غيّر عملاً
background-work-which = ما هو العمل؟
background-work-occupation = ابحث عن العمل في القائمة
background-work-own-words = العمل بكلماتك أنت
background-work-own-words-hint = اكتبه هنا إذا لم تجد العمل في القائمة.
background-work-need-title = اختر عملاً من القائمة، أو اكتب العمل بكلماتك أنت.
background-work-country = البلد
background-work-years = كم من الوقت عملت؟
background-work-tasks = ماذا كنت تعمل في هذا العمل؟
background-work-tasks-hint = مثلاً: كنت أطبخ لـ 200 شخص كل يوم.

background-asylum-title = قبل تصريح الإقامة
background-asylum-hint = ما تعلّمته أو عملته وأنت تنتظر قرار اللجوء. مثلاً دورة، أو عمل تطوعي، أو عمل. هذا مهم أيضاً.
background-asylum-add = أضف شيئاً عملته
background-asylum-new = ماذا عملت قبل تصريح الإقامة؟
background-asylum-edit = غيّر شيئاً عملته قبل تصريح الإقامة
background-asylum-what = ماذا عملت أو تعلّمت؟
background-asylum-what-hint = مثلاً: كنت أترجم للآخرين في مكان السكن.
background-asylum-description = احكِ أكثر إذا أردت
background-asylum-start = اليوم الأول
background-asylum-end = اليوم الأخير

background-skills-title = المهارات
background-skills-hint = أشياء تجيدها. مثلاً: قيادة الرافعة الشوكية، الخياطة، الحاسوب، التحدث بالدارية.
background-skills-add = أضف مهارة
background-skills-new = أضف مهارة
background-skills-edit = غيّر مهارة
background-skill-name = المهارة

background-certificates-title = الشهادات
background-certificates-hint = أوراق تُثبت دورة أو ترخيصاً. مثلاً رخصة الرافعة الشوكية أو دورة في سلامة الغذاء.
background-certificates-add = أضف شهادة
background-certificates-new = أضف شهادة
background-certificates-edit = غيّر شهادة
background-certificate-name = ماذا تُثبت؟
background-certificate-issuer = من أعطاك إياها؟
background-certificate-year = السنة

background-licence-title = رخصة القيادة
background-licence-hint = رخصة قيادة من السويد أو من بلد آخر.
background-licence-none = لم تُضف رخصة قيادة.
background-licence-add = أضف رخصة قيادة
background-licence-new = أضف رخصة قيادة
background-licence-edit = غيّر رخصة القيادة
background-licence-classes = الفئات المكتوبة على البطاقة
background-licence-classes-hint = مثلاً: B، أو B و C1.
background-licence-country = البلد الذي أعطاها
background-licence-name = رخصة قيادة { $classes }

occupation-hint = اكتب بعض حروف اسم العمل. القائمة باللغة السويدية.
occupation-results = { $count ->
    [zero] لم يوجد أي عمل.
    [one] وُجد عمل واحد. استعمل مفاتيح الأسهم للاختيار.
    [two] وُجد عملان. استعمل مفاتيح الأسهم للاختيار.
    [few] وُجدت { $count } أعمال. استعمل مفاتيح الأسهم للاختيار.
    [many] وُجد { $count } عملاً. استعمل مفاتيح الأسهم للاختيار.
   *[other] وُجد { $count } عمل. استعمل مفاتيح الأسهم للاختيار.
}
occupation-none-found = لم يوجد أي عمل. جرّب كلمة أخرى.
occupation-chosen = اختيارك:
occupation-chosen-status = تم اختيار: { $name }
occupation-remove = أزل الاختيار
occupation-ssyk = رمز SSYK ‏{ $code }
occupation-unknown = عمل غير موجود في هذه القائمة
