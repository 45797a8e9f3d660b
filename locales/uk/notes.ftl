# Notes: dated free text for what fits nowhere else, each in the language
# it is written in. Language names come from the browser (Intl), not from
# here.

notes-title = Нотатки
notes-lead = Запишіть те, що хочете пам'ятати: що сказали на зустрічі або питання на наступний раз. Писати можна будь-якою мовою.
notes-loading = Завантажуємо ваші нотатки…
notes-add = Написати нотатку
notes-empty = У вас ще немає нотаток.
notes-list = Ваші нотатки
notes-saved = Нотатку збережено.
notes-deleted = Нотатку видалено.
notes-written-in = Мова: { $language }
notes-edit = Змінити
notes-delete = Видалити
notes-delete-title = Видалити цю нотатку?
notes-delete-what = Нотатка від { $date }:

notes-form-new = Нова нотатка
notes-form-edit = Змінити нотатку
notes-form-date = Дата нотатки
notes-form-date-missing = Виберіть день нотатки.
notes-form-language = Якою мовою ви пишете?
notes-form-language-hint = Щоб інші знали, якою мовою написана нотатка.
notes-form-text = Ваша нотатка
notes-form-save = Зберегти нотатку
notes-form-cancel = Скасувати
