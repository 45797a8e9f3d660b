# العقبات: ما يقف في طريقك، ومن يعالجه ومنذ متى، ومتى حُلّ. أنواع العقبات
# وحالاتها نفسها موجودة في catalog.ftl (obstacle-*, obstacle-status-*).

obstacles-title = العقبات
obstacles-lead = ما الذي يقف في طريقك؟ اكتبه مرة واحدة. بعد ذلك يمكنك أن تعرضه في كل موعد.
obstacles-loading = جارٍ تحميل العقبات…
obstacles-add = أضف عقبة
obstacles-empty = لم تكتب أي عقبات بعد. العقبة شيء يوقفك، مثلاً لا توجد رعاية لأطفالك، أو دورة تطلب لغة سويدية أكثر مما تعرف.
obstacles-now = في طريقك الآن
obstacles-none-now = لا شيء يقف في طريقك الآن.
obstacles-solved = عقبات حُلّت
obstacles-saved = حُفظت العقبة.
obstacles-deleted = حُذفت العقبة.
obstacles-status-changed = حُفظ. الحالة الآن: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = ظهرت في { $date }
obstacles-nobody = لا أحد يعالجها بعد.
obstacles-open-by = { $by ->
    [contact] من يجب أن يعالجها: { $contact }
    [both] من يجب أن يعالجها: { $agency } ({ $contact })
   *[agency] من يجب أن يعالجها: { $agency }
}
obstacles-handling = قيد المعالجة منذ { $date }
obstacles-handling-by = { $by ->
    [contact] قيد المعالجة لدى { $contact } منذ { $date }
    [both] قيد المعالجة لدى { $agency } ({ $contact }) منذ { $date }
   *[agency] قيد المعالجة لدى { $agency } منذ { $date }
}
obstacles-handling-undated = هناك من يعالجها.
obstacles-handling-undated-by = { $by ->
    [contact] قيد المعالجة لدى { $contact }
    [both] قيد المعالجة لدى { $agency } ({ $contact })
   *[agency] قيد المعالجة لدى { $agency }
}
obstacles-handled-from = عولجت ابتداءً من { $date }
obstacles-handled-by = { $by ->
    [contact] عولجت لدى { $contact }
    [both] عولجت لدى { $agency } ({ $contact })
   *[agency] عولجت لدى { $agency }
}
obstacles-handled-by-from = { $by ->
    [contact] عولجت لدى { $contact } ابتداءً من { $date }
    [both] عولجت لدى { $agency } ({ $contact }) ابتداءً من { $date }
   *[agency] عولجت لدى { $agency } ابتداءً من { $date }
}
obstacles-solved-on = حُلّت في { $date }
obstacles-sensitive = حسّاسة
obstacles-sensitive-note = حسّاسة: لا تُشارَك إلا إذا اخترت ذلك بنفسك.

obstacles-to-handled = سجّل أن هناك من يعالجها
obstacles-to-solved = سجّل أنها حُلّت
obstacles-to-open = افتحها من جديد
obstacles-to-not-solved = سجّل أنها لم تُحلّ بعد
obstacles-edit = غيّر
obstacles-delete = احذف
obstacles-delete-title = هل تريد حذف هذه العقبة؟

obstacles-form-new = عقبة جديدة
obstacles-form-edit = غيّر العقبة
obstacles-form-kind = ما الذي يقف في طريقك؟
obstacles-form-description = الوصف
obstacles-form-description-hint = بكلماتك أنت. يجب أن تكتب شيئاً هنا إذا اخترت «{ obstacle-other }».
obstacles-form-status = ما حالتها الآن؟
obstacles-form-who = من يعالجها؟
obstacles-form-who-hint = يمكنك أن تترك هذا فارغاً.
obstacles-form-agency = الجهة
obstacles-form-no-agency = لا توجد جهة
obstacles-form-contact = الشخص المسؤول عن التواصل معك
obstacles-form-no-contact = لا يوجد شخص للتواصل
obstacles-form-noticed = تاريخ ظهور العقبة
obstacles-form-since = تاريخ بدء المعالجة
obstacles-form-solved-on = تاريخ الحل
obstacles-form-kind-missing = اختر ما الذي يقف في طريقك.
obstacles-form-noticed-missing = اختر اليوم الذي ظهرت فيه العقبة.
obstacles-form-solved-missing = اختر اليوم الذي حُلّت فيه العقبة.
obstacles-form-save = احفظ العقبة
obstacles-form-cancel = إلغاء
