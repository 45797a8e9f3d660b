# Рамка застосунку: назва, вибір мови, вітальний екран.
# Прості слова, короткі речення: багато читачів тільки вивчають мову.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = Українська
language-picker = Мова
language-picker-hint = Виберіть мову, якою вам найлегше читати.
language-draft = Цей переклад ще не перевірила людина, для якої українська рідна. Деякі слова можуть бути неточними. Якщо щось незрозуміло, запитайте перекладача або виберіть іншу мову.
skip-to-content = Перейти до основного вмісту
interpreter-view = Режим перекладача
interpreter-view-hint = Кожен текст вашою мовою і другою мовою — для перекладача.
interpreter-language = Друга мова
screen-loading = Готуємо сторінку …

welcome-title = Вітаємо в Etapp
welcome-lead = Etapp — це ваші власні записи про ваш шлях у Швеції: що ви робили раніше, ваші цілі та ваші кроки в кожній установі.
welcome-local-title = Ваші записи залишаються у вас
welcome-local = Усе зберігається тільки на цьому комп'ютері. Записи захищені паролем, який знаєте тільки ви.
welcome-share-title = Ви вирішуєте, чим поділитися
welcome-share = Коли захочете, ви можете дати куратору тільки ті частини, які виберете. Без вас нічого не надсилається.
welcome-greeting = Вітаємо, { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = січня
date-month-2 = лютого
date-month-3 = березня
date-month-4 = квітня
date-month-5 = травня
date-month-6 = червня
date-month-7 = липня
date-month-8 = серпня
date-month-9 = вересня
date-month-10 = жовтня
date-month-11 = листопада
date-month-12 = грудня
