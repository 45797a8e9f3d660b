# The reader: what a case worker sees of a share. Labels for the summary
# and the printable page.

reader-title = Передано з Etapp
reader-to = Для кого
reader-purpose = Мета
reader-created = Створено
reader-expires = Можна відкрити до
reader-signer = Ключ підпису
reader-seen = На цьому комп'ютері
reader-first-seen = Відкрито вперше.
reader-seen-before = Вже відкривали, уперше { $date }.
reader-language = Мова людини
reader-sensitive = Чутлива інформація
reader-promise = Підпис показує, що нічого не змінено після того, як людина створила цей пакет, і що він походить із тих самих записів, що й інші пакети з такими самими цифрами. Він не показує, хто ця людина: прочитайте цифри ключа підпису разом із нею.
reader-only-items = З цієї частини передано лише деякі пункти.
reader-empty = Тут нічого немає.
reader-yes = Так
reader-no = Ні

## About me
reader-name = Ім'я
reader-arrived = Приїзд до Швеції
reader-permit-name = Ім'я на картці дозволу на проживання
reader-pin = Персональний номер (personnummer)
reader-case-number = Номер справи в Міграційній службі (Migrationsverket)
reader-permit-date = Дозвіл на проживання видано
reader-municipality = Комуна
reader-adults = Дорослі в домогосподарстві
reader-child-born = Рік народження дитини
reader-language-spoken = Мова
reader-programme = У програмі облаштування
reader-programme-since = З

## Contacts
reader-agency = Установа
reader-unit = Відділ або офіс
reader-phone = Телефон
reader-email = Електронна пошта
reader-note = Нотатка

## Background
reader-education = Освіта
reader-education-level = Рівень
reader-country = Країна
reader-years = Роки
reader-completed = Завершено
reader-documents = Документи є
reader-recognition = Визнання у Швеції
reader-work = Робота
reader-occupation = Професія
reader-tasks = Завдання
reader-kind = Вид
reader-skill = Навичка
reader-issuer = Ким видано
reader-year = Рік
reader-driving-licence = Посвідчення водія
reader-classes = Категорії
reader-asylum-period = До дозволу на проживання
reader-description = Опис
reader-start = Початок
reader-end = Кінець

## Goals and steps
reader-goal-kind = Вид цілі
reader-target-date = Бажана дата
reader-status = Стан
reader-sub-goal-of = Проміжна ціль для
reader-stage-now = Мій етап зараз
reader-stage = Етап
reader-step-type = Вид кроку
reader-contact = Контактна особа
reader-for-goal = Для цілі
reader-life-areas = Сфери життя
reader-history = Зміни стану
reader-appointment = Зустріч
reader-usefulness = Наскільки корисно
reader-usefulness-of-five = { $score } з 5
reader-helped = Що допомогло
reader-hard = Що було важко

## Obstacles and notes
reader-handled-by = Хто займається
reader-noticed = Помічено
reader-handling-since = Займаються з
reader-solved-on = Вирішено
reader-written-in = Мова запису

## What changed across shares of one person (etapp open OLD NEW …).
compare-title = Що змінилося
compare-bundles = Пакети, від найстарішого
compare-bundle = { $n }. Створено { $created }
compare-period = З { $from } до { $to }
compare-not-shared = Передано не обидва рази, тому не порівнюється: { $parts }
compare-sensitive-left-out = Чутливу інформацію передано тільки один раз. Тут її пропущено.
compare-nothing = Нічого не змінилося.
compare-change = { $before } → { $after }
compare-latest-checkin = Остання самооцінка
compare-checkins-added = Нові самооцінки
compare-none = немає
compare-no-level = без рівня
compare-stage-none = не вибрано
compare-stage-same = { $stage } (без змін)
compare-steps-added = Нові кроки
compare-steps-status = Кроки з новим станом
compare-steps-removed = Кроки, яких більше немає в плані
compare-obstacles-added = Нові перешкоди
compare-obstacles-solved = Вирішені перешкоди
compare-obstacles-status = Перешкоди з новим станом
compare-obstacles-removed = Перешкоди, яких більше немає в списку
compare-goals-added = Нові цілі
compare-goals-reached = Досягнуті цілі
compare-goals-status = Цілі з новим станом
compare-goals-removed = Цілі, яких більше немає в списку
compare-noticed-on = помічено { $date }
compare-solved-on = вирішено { $date }

## A report across participants (etapp report). Only codes and numbers.
report-title = Оцінка кроків за пакетами, переданими для оцінки
report-counted = Враховано учасників: { $count }
report-replaced = Давніші пакети, замінені пізнішим від того самого учасника: { $count }
report-min-group = Групи, де менше ніж { $count } учасників, не показано, щоб нікого не можна було впізнати.
report-steps-heading = Кроки за видом і установою
report-participants = Учасників: { $count }
report-steps-by-status = Кроки зараз
report-median-days = Медіана днів від «заплановано» до «виконано»
report-decimal-separator = {","}
report-none = немає
report-usefulness = Наскільки корисно, від 1 до 5 (кількість оцінок)
report-fewer-than = Менше ніж 5 учасників: не показано.
report-areas-heading = Сфери життя: зміна від першої самооцінки до останньої
report-area = Учасників: { $count }, медіана { $median } (зміни: { $spread })
report-skipped = Пропущено пакетів: { $count }
report-skip-not-for-evaluation = не передано для оцінки
report-skip-expired = строк дії минув
report-skip-wrong-key = ваш ключ його не відкриває, або він пошкоджений
report-skip-not-a-bundle = не пакет з Etapp
report-skip-truncated = файл закінчується зарано
report-skip-signature = змінено після створення
report-skip-newer-version = створено новішою версією Etapp
report-skip-too-large = завеликий
report-skip-unreadable = не вдалося прочитати
