# My plan: final goals (slutmål) with their sub-goals (delmål), and the
# steps (insatser) with every agency: who does what, and when.

plan-title = Мій план
plan-lead = Ваші цілі та кроки на шляху до них. Хто що робить і коли.
plan-loading = Завантажуємо ваш план…
plan-add-goal = Додати кінцеву ціль
plan-add-step = Додати крок
plan-empty = У вас ще немає цілей. Кінцева ціль — це те, чого ви хочете досягти, наприклад робота або навчання.
plan-unlinked = Кроки без цілі
plan-goal-saved = Ціль збережено.
plan-goal-deleted = Ціль видалено.

goal-final = Кінцева ціль
goal-sub = Проміжна ціль
goal-kind-label = Вид:
goal-occupation-label = Професія:
goal-target = Досягти до { $date }
goal-state = Стан: { $status }
goal-sub-count = { $count ->
    [one] { $count } проміжна ціль
    [few] { $count } проміжні цілі
    [many] { $count } проміжних цілей
   *[other] { $count } проміжної цілі
}
goal-step-count = { $count ->
    [one] { $count } крок
    [few] { $count } кроки
    [many] { $count } кроків
   *[other] { $count } кроку
}
goal-subgoals = Проміжні цілі на шляху
goal-no-steps = Для цієї цілі ще немає кроків.
plan-closed-show = { $count ->
    [one] Показати { $count } виконаний або скасований крок
    [few] Показати { $count } виконані або скасовані кроки
    [many] Показати { $count } виконаних або скасованих кроків
   *[other] Показати { $count } виконаного або скасованого кроку
}
plan-closed-hide = Сховати виконані та скасовані кроки
goal-edit = Змінити
goal-delete = Видалити
goal-add-sub = Додати проміжну ціль
goal-delete-title = Видалити цю ціль?
delete-steps-unlinked = Ці кроки залишаться, але більше не будуть пов'язані з ціллю:

goal-form-new-final = Нова кінцева ціль
goal-form-new-sub = Нова проміжна ціль
goal-form-edit = Змінити ціль
goal-form-part-of = Проміжна ціль для:
goal-form-kind = Яка це ціль?
goal-form-occupation = Яка професія?
goal-form-title = Ціль вашими словами
goal-form-title-hint-final = Наприклад: працювати молодшою медсестрою.
goal-form-title-hint-sub = Наприклад: закінчити курс SFI рівня D.
goal-form-target = Коли ви хочете її досягти?
goal-form-status = Який стан?
goal-form-save = Зберегти ціль
goal-form-cancel = Скасувати

step-new-title = Новий крок
step-title = Крок
step-lead = Крок — це те, що ви робите на шляху до своїх цілей, наприклад курс, практика або зустріч.
step-loading = Завантажуємо крок…
step-details = Про крок
step-field-title = Що це за крок?
step-field-title-hint = Наприклад: курс SFI у школі для дорослих.
step-field-type = Який це вид кроку?
step-field-agency = Хто за нього відповідає?
step-field-contact = Ваша контактна особа
step-no-contact = Без контактної особи
step-field-stage = Який етап плану?
step-field-start = Перший день
step-field-end = Останній день
step-field-goals = Яким цілям він допомагає?
step-no-goals = У вас ще немає цілей. Крок можна пов'язати з ціллю пізніше.
step-field-status = Який стан?
step-who = Хто: { $agency }
step-who-with-contact = Хто: { $agency } ({ $contact })
step-contact = Контактна особа:
step-state = Стан: { $status }
step-next-appointment = Наступна зустріч: { $when }
step-save = Зберегти крок
step-saved = Крок збережено.
step-back = Назад до мого плану
step-delete = Видалити крок
step-delete-title = Видалити цей крок?
step-not-found = Цього кроку більше немає у ваших записах.

step-progress = Стан кроку
step-progress-now = Зараз: { $status }
step-progress-change = Новий стан
step-progress-submit = Змінити стан
step-progress-changed = Стан змінено.
step-history = Усе, що відбувалося
step-history-entry = { $status }: { $time }

appointment-list = Зустрічі
appointment-none = Зустрічей ще немає.
appointment-number = Зустріч { $number }
appointment-date = Дата
appointment-time = Час (за шведським часом)
appointment-hour = Година
appointment-minute = Хвилина
appointment-place = Місце
appointment-with = З ким
appointment-add = Додати зустріч
appointment-remove = Прибрати цю зустріч
appointment-missing = Виберіть день і час зустрічі { $number }.

evaluation-title = Як вам це було?
evaluation-lead = Це пишете тільки ви. Це допомагає вам та іншим бачити, що працює.
evaluation-usefulness = Наскільки це було вам корисно?
evaluation-score-1 = 1 – Некорисно
evaluation-score-2 = 2 – Трохи корисно
evaluation-score-3 = 3 – Досить корисно
evaluation-score-4 = 4 – Корисно
evaluation-score-5 = 5 – Дуже корисно
evaluation-helped = Що допомогло?
evaluation-hard = Що було важко?
evaluation-save = Зберегти мою оцінку
evaluation-saved = Вашу оцінку збережено.
evaluation-choose = Виберіть, наскільки це було корисно.

step-field-life-areas = З якими сферами вашого життя допомагає цей крок?
step-field-life-areas-hint = Виберіть одну чи кілька або жодної.
step-life-areas = Допомагає у сферах:
