# Screens: first run, recovery code, unlock, recovery, home, settings.

welcome-start = Почати мої записи
action-back = Назад
action-continue = Далі
action-save = Зберегти

nav-label = Головне меню
nav-home = Моя сторінка
nav-settings = Налаштування
nav-lock = Заблокувати

passphrase-show = Показати
passphrase-hide = Сховати
passphrase-again = Введіть пароль ще раз
passphrase-mismatch = Два паролі не однакові. Введіть їх знову.

create-title = Виберіть пароль
create-lead = Пароль захищає ваші записи. Знати його маєте тільки ви. Etapp не зможе показати його вам пізніше.
create-passphrase = Новий пароль
create-busy = Створюємо ваші захищені записи. Це займе кілька секунд…
create-submit = Створити мої записи

code-title = Ваш код відновлення
code-lead = Якщо ви забудете пароль, цей код відкриє ваші записи. Запишіть його на папері зараз.
code-printed-on = Код відновлення Etapp, створено { $date }
code-aria = Код відновлення, групами по чотири цифри
code-advice-write = Запишіть усі цифри в тому самому порядку.
code-advice-keep = Зберігайте папір у безпечному місці вдома, не разом із комп'ютером.
code-advice-secret = Нікому не показуйте код. Будь-хто, хто має код, може відкрити ваші записи.
code-print = Надрукувати код
code-written = Код записано

confirm-title = Перевірте свій код відновлення
confirm-lead = Введіть дві групи цифр зі свого паперу, щоб ми знали, що код у вас є.
confirm-group = Група номер { $number }
confirm-wrong = Ці цифри не такі, як у коді. Подивіться на свій папір і спробуйте знову.
confirm-show-again = Показати код знову

date-day = День
date-month = Місяць
date-year = Рік

profile-setup-title = Про вас
profile-lead = Це тільки для вас. Чим поділитися, ви вирішите пізніше.
profile-name = Ваше ім'я
profile-name-hint = Ім'я, яким вас називати.
profile-arrived = Коли ви приїхали до Швеції?

home-title = Моя сторінка
home-arrived = Ви приїхали до Швеції { $date }.
home-no-arrived = Ви не вказали, коли приїхали до Швеції.
home-edit-profile = Змінити мої дані

unlock-title = Відкрийте свої записи
unlock-lead = Введіть пароль, щоб відкрити свої записи.
unlock-passphrase = Пароль
unlock-busy = Відкриваємо ваші записи. Це займе кілька секунд…
unlock-submit = Відкрити
unlock-forgot = Я не пам'ятаю пароль

recover-title = Забули пароль?
recover-lead = Використайте код відновлення зі свого паперу. Потім виберіть новий пароль. Ви отримаєте новий код відновлення.
recover-code = Код відновлення
recover-code-hint = Усі цифри. Пробіли не мають значення.
recover-new-passphrase = Новий пароль
recover-busy = Відкриваємо ваші записи кодом. Це займе кілька секунд…
recover-submit = Відкрити і зберегти новий пароль

settings-title = Налаштування
settings-auto-lock = Блокування
settings-auto-lock-label = Блокувати Etapp, коли я не користуюся ним протягом
settings-minutes = { $minutes ->
    [one] { $minutes } хвилини
    [few] { $minutes } хвилин
    [many] { $minutes } хвилин
   *[other] { $minutes } хвилини
}
settings-saved = Збережено.
settings-passphrase = Змінити пароль
settings-current-passphrase = Ваш теперішній пароль
settings-new-passphrase = Новий пароль
settings-passphrase-busy = Зберігаємо новий пароль. Це займе кілька секунд…
settings-passphrase-submit = Зберегти новий пароль
settings-passphrase-saved = Ваш новий пароль збережено. Ваш код відновлення далі працює.
settings-check = Перевірити мої записи
settings-check-hint = Etapp прочитає кожну частину файлу ваших записів, щоб перевірити, що нічого не пошкоджено. Це займе трохи часу.
settings-check-busy = Перевіряємо ваші записи…
settings-check-whole = Ваші записи цілі. Кожну їхню частину можна прочитати.
settings-fingerprint = Ваш ключ підпису
settings-fingerprint-hint = Коли ви чимось ділитеся, це підписується цим ключем. Куратор може прочитати вам ці цифри, щоб перевірити, що пакет від вас.

nav-plan = Мій план
nav-background = Мій досвід
nav-profile = Про мене
nav-life-areas = Моє життя
nav-obstacles = Перешкоди
nav-notes = Нотатки
nav-guide = Установи

delete-will-remove = Буде видалено:
delete-appointments = { $count ->
    [one] { $count } зустріч
    [few] { $count } зустрічі
    [many] { $count } зустрічей
   *[other] { $count } зустрічі
}
delete-evaluations = { $count ->
    [one] { $count } оцінку
    [few] { $count } оцінки
    [many] { $count } оцінок
   *[other] { $count } оцінки
}
delete-status-changes = { $count ->
    [one] { $count } зміну стану
    [few] { $count } зміни стану
    [many] { $count } змін стану
   *[other] { $count } зміни стану
}
delete-cannot-undo = Це не можна скасувати.
delete-keep = Ні, залишити
delete-confirm = Так, видалити

welcome-try-example = Спробувати на прикладі
welcome-try-example-hint = Подивіться, як працює Etapp, на прикладі вигаданої людини. Ніщо з того, що ви робите в прикладі, не зберігається.
example-busy = Відкриваємо приклад. Це займе кілька секунд…
example-banner = Це приклад із вигаданою людиною. Ніщо з того, що ви тут змінюєте, не зберігається.
example-leave = Вийти з прикладу
delete-steps-losing-contact = Ці кроки залишаться, але в них більше не буде цієї людини:
delete-obstacles-losing-contact = { $count ->
    [one] { $count } перешкода залишиться, але в ній більше не буде цієї людини.
    [few] { $count } перешкоди залишаться, але в них більше не буде цієї людини.
    [many] { $count } перешкод залишаться, але в них більше не буде цієї людини.
   *[other] { $count } перешкоди залишаться, але в них більше не буде цієї людини.
}
