# Check-ins: how each part of life is going, from 1 (in crisis) to 5
# (I manage on my own), the star and each part over time. The names of the
# parts and the levels are in catalog.ftl (life-area-*, level-*).

## The screen "My life"

life-areas-title = Моє життя
life-areas-lead = Як ідуть справи в різних сферах вашого життя і як це змінюється з часом.
life-areas-loading = Завантажуємо ваші самооцінки…
life-areas-new = Нова самооцінка
life-areas-empty-title = Що таке самооцінка?
life-areas-empty-what = У самооцінці ви кажете, як ідуть справи в кожній сфері вашого життя: гроші, житло, здоров'я, робота та інше.
life-areas-empty-scale = Для кожної сфери ви вибираєте число від { $low } до { $high }. { $low } означає, що у вас криза. { $high } означає, що ви справляєтеся самі.
life-areas-empty-when = Робіть самооцінку щомісяця або перед зустріччю. Тоді ви і люди, які вам допомагають, бачитимете, що покращується і де вам потрібна допомога.
life-areas-star-title = Ваша зірка
life-areas-star-lead = Ваша остання самооцінка. Що далі від центру, то краще йдуть справи.
life-areas-star-lead-compare = Ваша остання самооцінка порівняно з попередньою. Що далі від центру, то краще йдуть справи.
life-areas-lines-title = Кожна сфера життя з часом
life-areas-lines-lead = Окремий маленький графік для кожної сфери. Вище — краще.
life-areas-history-title = Усі ваші самооцінки
life-areas-answered = { $count ->
    [one] Відповідь для { $count } сфери
    [few] Відповіді для { $count } сфер
    [many] Відповіді для { $count } сфер
   *[other] Відповіді для { $count } сфери
}
life-areas-edit = Змінити цю самооцінку
life-areas-delete = Видалити цю самооцінку
life-areas-delete-title = Видалити самооцінку від { $date }?
life-areas-delete-what = Її рівні та нотатки теж буде видалено. Це не можна скасувати.
life-areas-saved = Самооцінку збережено.
life-areas-deleted = Самооцінку від { $date } видалено.

## The form for a check-in

checkin-new-title = Нова самооцінка
checkin-title = Самооцінка
checkin-edit-title = Змінити самооцінку від { $date }
checkin-lead = Скажіть, як зараз ідуть справи в кожній сфері вашого життя. Виберіть число для сфер, які для вас важливі. Сферу можна пропустити.
checkin-loading = Завантажуємо самооцінку…
checkin-not-found = Цієї самооцінки вже немає. Можливо, її видалили.
checkin-back = Назад до «Моє життя»
checkin-date = Дата самооцінки
checkin-areas = Сфери вашого життя
checkin-clear = Прибрати мою відповідь
checkin-add-note = Додати нотатку
checkin-area-note = Ваша нотатка до сфери «{ $area }»
checkin-note = Нотатка про всю самооцінку (якщо хочете)
checkin-note-hint = Наприклад, що сталося з минулого разу або про що ви хочете поговорити на зустрічі.
checkin-save = Зберегти самооцінку
checkin-cancel = Скасувати
checkin-error-no-answer = Виберіть число хоча б для однієї сфери життя. Потім збережіть знову.
checkin-error-no-date = Виберіть день, місяць і рік самооцінки.
checkin-error-note-without-level = Виберіть число для сфери «{ $area }» або приберіть свою нотатку. Потім збережіть знову.

## When a part of life is in crisis

checkin-crisis-help = Якщо це невідкладна ситуація, телефонуйте 112. Щоб отримати медичну пораду, телефонуйте 1177 (Vårdguiden). Щоб отримати допомогу від соціальної служби (socialtjänsten), зверніться до своєї комуни.

## A level in words

checkin-level = { $number } – { $label }
checkin-not-answered = Немає відповіді

## The star: the latest check-in compared with the one before

star-summary = { $count ->
    [one] Ваша зірка: { $count } сфера життя, із самооцінки від { $latest }.
    [few] Ваша зірка: { $count } сфери життя, із самооцінки від { $latest }.
    [many] Ваша зірка: { $count } сфер життя, із самооцінки від { $latest }.
   *[other] Ваша зірка: { $count } сфери життя, із самооцінки від { $latest }.
}
star-summary-compare = { $count ->
    [one] Ваша зірка: { $count } сфера життя, самооцінка від { $latest } порівняно із самооцінкою від { $previous }.
    [few] Ваша зірка: { $count } сфери життя, самооцінка від { $latest } порівняно із самооцінкою від { $previous }.
    [many] Ваша зірка: { $count } сфер життя, самооцінка від { $latest } порівняно із самооцінкою від { $previous }.
   *[other] Ваша зірка: { $count } сфери життя, самооцінка від { $latest } порівняно із самооцінкою від { $previous }.
}
star-legend-latest = Остання самооцінка: { $date }
star-legend-previous = Попередня самооцінка: { $date }
star-show-table = Показати як таблицю
star-caption = Кожна сфера вашого життя
star-col-area = Сфера життя
star-col-previous = Раніше ({ $date })
star-col-latest = Востаннє ({ $date })
star-col-change = Зміна
star-better = Краще
star-same = Так само
star-worse = Гірше
star-no-compare = Не можна порівняти

## Each part of life over time

lines-summary = { $direction ->
    [better] Від { $from } до { $to }: краще.
    [worse] Від { $from } до { $to }: гірше.
   *[same] Від { $from } до { $to }: так само.
}
lines-summary-one = Одна відповідь: { $number } – { $label }.
lines-summary-none = Відповіді ще немає.
lines-show-table = Показати всі відповіді
lines-caption = { $area }: усі відповіді
lines-col-date = Дата
lines-col-level = Рівень
