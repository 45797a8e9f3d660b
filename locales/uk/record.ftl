# The record: what goes wrong when saving or importing it. { $field } is
# the name of the value in the record file (for example steps[2].end_date).

record-error-invalid-value = Значення в полі { $field } неправильне. Перевірте його і спробуйте знову. Нічого не збережено.
record-error-empty-title = Поле { $field } порожнє. Напишіть там щось і спробуйте знову.
record-error-date-in-future = Дата в полі { $field } ще не настала. Перевірте дату і спробуйте знову.
record-error-end-before-start = Дата закінчення в полі { $field } раніша за дату початку. Змініть одну з них і спробуйте знову.
record-error-sub-goal-without-final-goal = Проміжна ціль має належати до кінцевої цілі ({ $field }). Спершу виберіть кінцеву ціль або зробіть цю ціль кінцевою.
record-error-evaluation-too-early = Оцінити крок можна, коли його виконано або скасовано ({ $field }). Спершу змініть його стан.
record-error-no-such-goal = Немає цілі з номером { $id }. Перевірте номер і спробуйте знову.
record-error-no-such-step = Немає кроку з номером { $id }. Перевірте номер і спробуйте знову.
record-error-no-such-contact = Немає контакту з номером { $id }. Перевірте номер і спробуйте знову.
record-error-no-such-checkin = Немає самооцінки з номером { $id }. Перевірте номер і спробуйте знову.
record-error-no-such-obstacle = Немає перешкоди з номером { $id }. Перевірте номер і спробуйте знову.
record-error-no-such-note = Немає нотатки з номером { $id }. Перевірте номер і спробуйте знову.
record-error-not-a-record = Цей файл не є записами Etapp, або він пошкоджений (у { $field }). Нічого не змінено. Виберіть файл, створений командою «export-record».
record-error-not-empty = У ваших записах уже є інформація, тому нічого не імпортовано. Імпортуйте в нові, порожні записи.
record-error-duplicate-key = У файлі поле { $field } вказано двічі, тому Etapp не може знати, що мається на увазі. Залиште одне з них і спробуйте знову. Нічого не змінено.
record-error-no-such-share = Немає пакета з номером { $id }. Перевірте номер командою «etapp shares» і спробуйте знову.
