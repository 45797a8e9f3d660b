# یادداشت‌ها: متن آزاد با تاریخ برای چیزهایی که جای دیگری ندارند، هر کدام
# به زبانی که نوشته شده است. نام زبان‌ها از براوزر (Intl) می‌آیند، نه از
# این‌جا.

notes-title = یادداشت‌ها
notes-lead = چیزی را که می‌خواهید به یاد داشته باشید بنویسید: آن‌چه در یک جلسه گفته شد، یا یک سوال برای دفعهٔ بعد. به هر زبانی نوشته می‌توانید.
notes-loading = یادداشت‌های شما آورده می‌شود…
notes-add = نوشتن یادداشت
notes-empty = شما هنوز یادداشتی ندارید.
notes-list = یادداشت‌های شما
notes-saved = یادداشت ذخیره شد.
notes-deleted = یادداشت حذف شد.
notes-written-in = نوشته‌شده به { $language }
notes-edit = تغییر
notes-delete = حذف
notes-delete-title = این یادداشت حذف شود؟
notes-delete-what = یادداشت تاریخ { $date }:

notes-form-new = یادداشت نو
notes-form-edit = تغییر یادداشت
notes-form-date = تاریخ یادداشت
notes-form-date-missing = روز یادداشت را انتخاب کنید.
notes-form-language = به کدام زبان می‌نویسید؟
notes-form-language-hint = تا دیگران بدانند یادداشت به کدام زبان است.
notes-form-text = یادداشت شما
notes-form-save = ذخیرهٔ یادداشت
notes-form-cancel = لغو
