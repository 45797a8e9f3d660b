# موانع (hinder): چه چیزی سر راه است، چه کسی و از کی آن را پیگیری می‌کند،
# و کی حل شد. نوع‌ها و وضعیت‌ها در catalog.ftl هستند
# (obstacle-*, obstacle-status-*).

obstacles-title = موانع
obstacles-lead = چه چیزی سر راه شماست؟ یک بار آن را بنویسید. آن‌وقت می‌توانید در هر جلسه نشانش دهید.
obstacles-loading = موانع شما آماده می‌شود…
obstacles-add = افزودن مانع
obstacles-empty = هنوز هیچ مانعی ننوشته‌اید. مانع چیزی است که جلوی شما را می‌گیرد، برای مثال نبودن جا در مهدکودک، یا دوره‌ای که بیشتر از سوئدی‌ای که بلدید از شما می‌خواهد.
obstacles-now = الان سر راه شما
obstacles-none-now = الان هیچ چیزی سر راه شما نیست.
obstacles-solved = حل‌شده
obstacles-saved = مانع ذخیره شد.
obstacles-deleted = مانع پاک شد.
obstacles-status-changed = ذخیره شد. الان: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = دیده‌شده در { $date }
obstacles-nobody = هنوز کسی آن را پیگیری نمی‌کند.
obstacles-open-by = { $by ->
    [contact] چه کسی باید آن را پیگیری کند: { $contact }
    [both] چه کسی باید آن را پیگیری کند: { $agency } ({ $contact })
   *[agency] چه کسی باید آن را پیگیری کند: { $agency }
}
obstacles-handling = در دست پیگیری از { $date }
obstacles-handling-by = { $by ->
    [contact] از { $date } در دست پیگیری { $contact }
    [both] از { $date } در دست پیگیری { $agency } ({ $contact })
   *[agency] از { $date } در دست پیگیری { $agency }
}
obstacles-handling-undated = کسی آن را پیگیری می‌کند.
obstacles-handling-undated-by = { $by ->
    [contact] در دست پیگیری { $contact }
    [both] در دست پیگیری { $agency } ({ $contact })
   *[agency] در دست پیگیری { $agency }
}
obstacles-handled-from = پیگیری‌شده از { $date }
obstacles-handled-by = { $by ->
    [contact] پیگیری‌شده توسط { $contact }
    [both] پیگیری‌شده توسط { $agency } ({ $contact })
   *[agency] پیگیری‌شده توسط { $agency }
}
obstacles-handled-by-from = { $by ->
    [contact] پیگیری‌شده توسط { $contact } از { $date }
    [both] پیگیری‌شده توسط { $agency } ({ $contact }) از { $date }
   *[agency] پیگیری‌شده توسط { $agency } از { $date }
}
obstacles-solved-on = حل‌شده در { $date }
obstacles-sensitive = حساس
obstacles-sensitive-note = حساس: فقط اگر خودتان بخواهید به اشتراک گذاشته می‌شود.

obstacles-to-handled = کسی آن را پیگیری می‌کند
obstacles-to-solved = علامت زدن به‌عنوان حل‌شده
obstacles-to-open = باز کردن دوباره
obstacles-to-not-solved = در واقع حل نشده است
obstacles-edit = تغییر
obstacles-delete = پاک کردن
obstacles-delete-title = این مانع پاک شود؟

obstacles-form-new = مانع تازه
obstacles-form-edit = تغییر مانع
obstacles-form-kind = چه چیزی سر راه شماست؟
obstacles-form-description = توضیح
obstacles-form-description-hint = با کلمه‌های خودتان. اگر «{ obstacle-other }» را انتخاب کرده‌اید، باید این را بنویسید.
obstacles-form-status = وضعیتش چطور است؟
obstacles-form-who = چه کسی آن را پیگیری می‌کند؟
obstacles-form-who-hint = می‌توانید این را خالی بگذارید.
obstacles-form-agency = اداره
obstacles-form-no-agency = بدون اداره
obstacles-form-contact = شخص تماس
obstacles-form-no-contact = بدون شخص تماس
obstacles-form-noticed = دیده‌شده در
obstacles-form-since = در دست پیگیری از
obstacles-form-solved-on = حل‌شده در
obstacles-form-kind-missing = انتخاب کنید چه چیزی سر راه شماست.
obstacles-form-noticed-missing = روزی را که متوجه آن شدید انتخاب کنید.
obstacles-form-solved-missing = روزی را که حل شد انتخاب کنید.
obstacles-form-save = ذخیره‌ی مانع
obstacles-form-cancel = لغو
