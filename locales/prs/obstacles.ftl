# موانع (hinder): چه چیز در راه است، چه کسی و از چه وقت به آن رسیدگی
# می‌کند، و چه وقت حل شد. نوع‌ها و وضعیت‌ها در catalog.ftl هستند
# (obstacle-*, obstacle-status-*).

obstacles-title = موانع
obstacles-lead = چه چیز در راه شماست؟ یک بار آن را بنویسید. بعد می‌توانید آن را در هر جلسه نشان دهید.
obstacles-loading = موانع شما آورده می‌شود…
obstacles-add = علاوه کردن مانع
obstacles-empty = شما هیچ مانعی ننوشته‌اید. مانع چیزی است که شما را باز می‌دارد، مثلاً نبودن جای نگهداری اطفال، یا کورسی که زبان سویدنی بیشتر از آن‌چه شما می‌دانید می‌خواهد.
obstacles-now = حالا در راه شما
obstacles-none-now = حالا هیچ چیز در راه شما نیست.
obstacles-solved = حل شده
obstacles-saved = مانع ذخیره شد.
obstacles-deleted = مانع حذف شد.
obstacles-status-changed = ذخیره شد. حالا: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = دیده‌شده در { $date }
obstacles-nobody = هنوز هیچ کس به آن رسیدگی نمی‌کند.
obstacles-open-by = { $by ->
    [contact] چه کسی باید به آن رسیدگی کند: { $contact }
    [both] چه کسی باید به آن رسیدگی کند: { $agency } ({ $contact })
   *[agency] چه کسی باید به آن رسیدگی کند: { $agency }
}
obstacles-handling = از { $date } به آن رسیدگی می‌شود
obstacles-handling-by = { $by ->
    [contact] { $contact } از { $date } به آن رسیدگی می‌کند
    [both] { $agency } ({ $contact }) از { $date } به آن رسیدگی می‌کند
   *[agency] { $agency } از { $date } به آن رسیدگی می‌کند
}
obstacles-handling-undated = کسی به آن رسیدگی می‌کند.
obstacles-handling-undated-by = { $by ->
    [contact] { $contact } به آن رسیدگی می‌کند
    [both] { $agency } ({ $contact }) به آن رسیدگی می‌کند
   *[agency] { $agency } به آن رسیدگی می‌کند
}
obstacles-handled-from = از { $date } به آن رسیدگی شد
obstacles-handled-by = { $by ->
    [contact] { $contact } به آن رسیدگی کرد
    [both] { $agency } ({ $contact }) به آن رسیدگی کرد
   *[agency] { $agency } به آن رسیدگی کرد
}
obstacles-handled-by-from = { $by ->
    [contact] { $contact } از { $date } به آن رسیدگی کرد
    [both] { $agency } ({ $contact }) از { $date } به آن رسیدگی کرد
   *[agency] { $agency } از { $date } به آن رسیدگی کرد
}
obstacles-solved-on = حل‌شده در { $date }
obstacles-sensitive = حساس
obstacles-sensitive-note = حساس: تنها اگر خودتان انتخاب کنید شریک می‌شود.

obstacles-to-handled = کسی به آن رسیدگی می‌کند
obstacles-to-solved = نشانی به حیث حل‌شده
obstacles-to-open = دوباره باز کن
obstacles-to-not-solved = در واقع حل نشده
obstacles-edit = تغییر
obstacles-delete = حذف
obstacles-delete-title = این مانع حذف شود؟

obstacles-form-new = مانع نو
obstacles-form-edit = تغییر مانع
obstacles-form-kind = چه چیز در راه شماست؟
obstacles-form-description = شرح
obstacles-form-description-hint = به کلمات خودتان. اگر «{ obstacle-other }» را انتخاب کردید، باید این را بنویسید.
obstacles-form-status = در چه حالت است؟
obstacles-form-who = چه کسی به آن رسیدگی می‌کند؟
obstacles-form-who-hint = می‌توانید این را خالی بگذارید.
obstacles-form-agency = اداره
obstacles-form-no-agency = بدون اداره
obstacles-form-contact = شخص تماس
obstacles-form-no-contact = بدون شخص تماس
obstacles-form-noticed = دیده‌شده در
obstacles-form-since = رسیدگی از
obstacles-form-solved-on = حل‌شده در
obstacles-form-kind-missing = انتخاب کنید چه چیز در راه شماست.
obstacles-form-noticed-missing = روزی را که آن را دیدید انتخاب کنید.
obstacles-form-solved-missing = روزی را که حل شد انتخاب کنید.
obstacles-form-save = ذخیرهٔ مانع
obstacles-form-cancel = لغو
