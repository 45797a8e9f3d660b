# الملاحظات: نص مؤرَّخ لما لا مكان له في غير ذلك، كل ملاحظة باللغة التي
# كُتبت بها. أسماء اللغات تأتي من المتصفح (Intl)، لا من هنا.

notes-title = ملاحظات
notes-lead = اكتب ما تريد أن تتذكره: ما قيل في موعد، أو سؤالاً للمرة القادمة. يمكنك أن تكتب بأي لغة.
notes-loading = جارٍ تحميل ملاحظاتك…
notes-add = اكتب ملاحظة
notes-empty = ليس لديك ملاحظات بعد.
notes-list = ملاحظاتك
notes-saved = حُفظت الملاحظة.
notes-deleted = حُذفت الملاحظة.
notes-written-in = مكتوبة باللغة { $language }
notes-edit = غيّر
notes-delete = احذف
notes-delete-title = هل تريد حذف هذه الملاحظة؟
notes-delete-what = الملاحظة المكتوبة في { $date }:

notes-form-new = ملاحظة جديدة
notes-form-edit = غيّر الملاحظة
notes-form-date = تاريخ الملاحظة
notes-form-date-missing = اختر يوم الملاحظة.
notes-form-language = بأي لغة تكتب؟
notes-form-language-hint = حتى يعرف الآخرون بأي لغة كُتبت الملاحظة.
notes-form-text = ملاحظتك
notes-form-save = احفظ الملاحظة
notes-form-cancel = إلغاء
