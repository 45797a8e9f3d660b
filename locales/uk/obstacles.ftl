# Obstacles (hinder): what stands in the way, who is handling it and since
# when, and when it was solved. The kinds and statuses themselves are in
# catalog.ftl (obstacle-*, obstacle-status-*).

obstacles-title = Перешкоди
obstacles-lead = Що вам заважає? Запишіть це один раз. Тоді ви зможете показувати це на кожній зустрічі.
obstacles-loading = Завантажуємо ваші перешкоди…
obstacles-add = Додати перешкоду
obstacles-empty = Ви ще не записали жодної перешкоди. Перешкода — це те, що вас зупиняє, наприклад немає місця в дитячому садку або курс вимагає більше шведської, ніж ви знаєте.
obstacles-now = Заважає зараз
obstacles-none-now = Зараз вам ніщо не заважає.
obstacles-solved = Вирішено
obstacles-saved = Перешкоду збережено.
obstacles-deleted = Перешкоду видалено.
obstacles-status-changed = Збережено. Тепер: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = Помічено { $date }
obstacles-nobody = Цим ще ніхто не займається.
obstacles-open-by = { $by ->
    [contact] Хто має цим займатися: { $contact }
    [both] Хто має цим займатися: { $agency } ({ $contact })
   *[agency] Хто має цим займатися: { $agency }
}
obstacles-handling = Цим займаються з { $date }
obstacles-handling-by = { $by ->
    [contact] Цим займається { $contact } з { $date }
    [both] Цим займається { $agency } ({ $contact }) з { $date }
   *[agency] Цим займається { $agency } з { $date }
}
obstacles-handling-undated = Цим хтось займається.
obstacles-handling-undated-by = { $by ->
    [contact] Цим займається { $contact }
    [both] Цим займається { $agency } ({ $contact })
   *[agency] Цим займається { $agency }
}
obstacles-handled-from = Цим займалися з { $date }
obstacles-handled-by = { $by ->
    [contact] Цим займалися: { $contact }
    [both] Цим займалися: { $agency } ({ $contact })
   *[agency] Цим займалися: { $agency }
}
obstacles-handled-by-from = { $by ->
    [contact] Цим займалися з { $date }: { $contact }
    [both] Цим займалися з { $date }: { $agency } ({ $contact })
   *[agency] Цим займалися з { $date }: { $agency }
}
obstacles-solved-on = Вирішено { $date }
obstacles-sensitive = Чутлива інформація
obstacles-sensitive-note = Чутлива інформація: передається, тільки якщо ви самі це виберете.

obstacles-to-handled = Цим хтось займається
obstacles-to-solved = Позначити як вирішене
obstacles-to-open = Відкрити знову
obstacles-to-not-solved = Усе-таки не вирішено
obstacles-edit = Змінити
obstacles-delete = Видалити
obstacles-delete-title = Видалити цю перешкоду?

obstacles-form-new = Нова перешкода
obstacles-form-edit = Змінити перешкоду
obstacles-form-kind = Що вам заважає?
obstacles-form-description = Опис
obstacles-form-description-hint = Своїми словами. Це треба написати, якщо ви вибрали «{ obstacle-other }».
obstacles-form-status = Який стан?
obstacles-form-who = Хто цим займається?
obstacles-form-who-hint = Це можна залишити порожнім.
obstacles-form-agency = Установа
obstacles-form-no-agency = Без установи
obstacles-form-contact = Контактна особа
obstacles-form-no-contact = Без контактної особи
obstacles-form-noticed = Дата, коли помічено
obstacles-form-since = Займаються з
obstacles-form-solved-on = Дата вирішення
obstacles-form-kind-missing = Виберіть, що вам заважає.
obstacles-form-noticed-missing = Виберіть день, коли ви це помітили.
obstacles-form-solved-missing = Виберіть день, коли це вирішилося.
obstacles-form-save = Зберегти перешкоду
obstacles-form-cancel = Скасувати
