# یادداشت‌ها: متن آزاد با تاریخ، برای چیز‌هایی که جای دیگری ندارند، هر کدام
# به زبانی که نوشته شده است. نام زبان‌ها از مرورگر (Intl) می‌آید، نه از
# این‌جا.

notes-title = یادداشت‌ها
notes-lead = چیزی را که می‌خواهید به یاد داشته باشید بنویسید: آنچه در یک جلسه گفته شد، یا سؤالی برای دفعه‌ی بعد. می‌توانید به هر زبانی بنویسید.
notes-loading = یادداشت‌های شما آماده می‌شود…
notes-add = یک یادداشت بنویسید
notes-empty = هنوز یادداشتی ندارید.
notes-list = یادداشت‌های شما
notes-saved = یادداشت ذخیره شد.
notes-deleted = یادداشت پاک شد.
notes-written-in = نوشته‌شده به زبان { $language }
notes-edit = تغییر
notes-delete = پاک کردن
notes-delete-title = این یادداشت پاک شود؟
notes-delete-what = یادداشت تاریخ { $date }:

notes-form-new = یادداشت تازه
notes-form-edit = تغییر یادداشت
notes-form-date = تاریخ یادداشت
notes-form-date-missing = روز یادداشت را انتخاب کنید.
notes-form-language = به چه زبانی می‌نویسید؟
notes-form-language-hint = تا دیگران بدانند یادداشت به چه زبانی است.
notes-form-text = یادداشت شما
notes-form-save = ذخیره‌ی یادداشت
notes-form-cancel = لغو
