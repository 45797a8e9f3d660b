# Backups: the whole record in one encrypted file, to put back on this or
# a new computer. Say what happened and what to do next.

backup-error-not-a-backup = Цей файл не є резервною копією Etapp. Перевірте, чи ви вибрали правильний файл.
backup-error-damaged = Ця резервна копія пошкоджена, тому її не можна використати. Спробуйте іншу резервну копію, наприклад старішу.
backup-error-truncated = Ця резервна копія неповна: вона закінчується зарано. Можливо, USB-флешку витягли під час збереження. Спробуйте іншу резервну копію.
backup-error-newer-version = Цю резервну копію створила новіша версія Etapp. Встановіть найновішу версію Etapp, щоб її використати.
backup-error-disk-full = Там, куди ви зберігаєте резервну копію, немає місця, тому її не створено. Ваші записи в безпеці. Звільніть місце або виберіть інше місце.
backup-error-write = Etapp не вдалося зберегти резервну копію туди. Перевірте, чи USB-флешка або папка ще на місці і чи можна в ній зберігати. Ваші записи в безпеці.
backup-error-wrong-secret = Цей пароль або код не відкриває цю резервну копію. Резервна копія відкривається паролем і кодом відновлення, які у вас були, коли її створили. Спробуйте їх.
backup-error-inside-vault = Резервну копію не можна зберегти в тій самій папці, де ваші записи. Виберіть інше місце, наприклад USB-флешку.

## Dialogs.

backup-file-type = Резервні копії Etapp
backup-save-title = Зберегти резервну копію
backup-open-title = Виберіть резервну копію
backup-folder-title = Виберіть папку для автоматичних резервних копій

## Settings: backups. Plain words: a backup is a copy of the whole record
## in one locked file.

backup-title = Резервні копії
backup-lead = Резервна копія — це копія всіх ваших записів в одному захищеному файлі. Зберігайте її не на цьому комп'ютері, наприклад на USB-флешці. Якщо комп'ютер загубиться або зламається, резервна копія поверне ваші записи. Вона відкривається тільки вашим паролем або кодом відновлення.
backup-example = Це приклад із вигаданою людиною. Etapp ніколи не робить резервних копій прикладу.
backup-none = У вас ще немає резервної копії. Якщо цей комп'ютер загубиться або зламається, ваші записи теж пропадуть.
backup-last = Вашу останню резервну копію створено { $date }.
backup-overdue = Вашу останню резервну копію створено { $date }. Час зробити нову.
backup-new-key-notice = Ваш пароль або код відновлення новий. Старіші резервні копії відкриваються тільки тим паролем і кодом, які у вас були, коли ви їх створили. Зробіть нову резервну копію зараз.
backup-notice-title = Зробіть нову резервну копію
backup-now = Створити копію зараз
backup-now-busy = Створюємо резервну копію…
backup-now-done = Резервну копію збережено: { $file }
backup-auto-title = Автоматичні резервні копії
backup-auto-hint = Etapp може сам робити резервні копії, поки він відкритий, у папці, яку ви виберете, наприклад на USB-флешці.
backup-folder = Папка для резервних копій
backup-folder-none = Ви не вибрали папку.
backup-folder-choose = Вибрати папку
backup-folder-change = Вибрати іншу папку
backup-interval = Коли Etapp має сам робити резервну копію?
backup-interval-off = Ніколи, тільки коли я попрошу
backup-interval-daily = Раз на день
backup-interval-after-changes = Після того, як я щось зміню (не частіше ніж раз на годину)
backup-keep = Скільки резервних копій зберігати?
backup-keep-count = { $count ->
    [one] { $count } резервна копія
    [few] { $count } резервні копії
    [many] { $count } резервних копій
   *[other] { $count } резервної копії
}
backup-keep-hint = Коли їх більше, Etapp видаляє найстаріші свої резервні копії в цій папці.
backup-schedule-save = Зберегти
backup-schedule-busy = Зберігаємо…

## Checking a backup (the restore drill): nothing is changed.

backup-check-title = Перевірити резервну копію
backup-check-hint = Подивіться, що є в резервній копії, нічого не змінюючи. Робіть це час від часу, щоб знати, що ваша резервна копія працює, ще до того, як вона знадобиться.
backup-check-open = Перевірити резервну копію
backup-check-lead = Виберіть резервну копію і введіть пароль або код відновлення, які у вас були, коли ви її створили. Etapp відкриє її і покаже, що в ній є. Нічого не зміниться.
backup-check-submit = Перевірити копію
backup-check-busy = Відкриваємо і перевіряємо резервну копію. Це займе кілька секунд…
backup-check-another = Перевірити іншу резервну копію

backup-file = Файл резервної копії
backup-file-none = Ви не вибрали файл.
backup-file-chosen = Ви вибрали: { $file }
backup-file-choose = Вибрати файл резервної копії
backup-file-change = Вибрати інший файл
backup-secret = Як ви хочете відкрити резервну копію?
backup-secret-hint = Використайте пароль або код відновлення, які у вас були, коли ви створили резервну копію.
backup-secret-passphrase = Паролем
backup-secret-code = Кодом відновлення
backup-passphrase = Пароль резервної копії
backup-code = Код відновлення
backup-passphrase-missing = Введіть пароль.
backup-code-missing = Введіть код відновлення.

backup-report-title = Резервна копія працює
backup-report-made = Її створено { $date }.
backup-report-name = Власник: { $name }.
backup-report-holds = У ній є:
backup-report-goals = { $count ->
    [one] { $count } ціль
    [few] { $count } цілі
    [many] { $count } цілей
   *[other] { $count } цілі
}
backup-report-steps = { $count ->
    [one] { $count } крок
    [few] { $count } кроки
    [many] { $count } кроків
   *[other] { $count } кроку
}
backup-report-checkins = { $count ->
    [one] { $count } самооцінка
    [few] { $count } самооцінки
    [many] { $count } самооцінок
   *[other] { $count } самооцінки
}
backup-report-obstacles = { $count ->
    [one] { $count } перешкода
    [few] { $count } перешкоди
    [many] { $count } перешкод
   *[other] { $count } перешкоди
}
backup-report-notes = { $count ->
    [one] { $count } нотатка
    [few] { $count } нотатки
    [many] { $count } нотаток
   *[other] { $count } нотатки
}
backup-report-contacts = { $count ->
    [one] { $count } контактна особа
    [few] { $count } контактні особи
    [many] { $count } контактних осіб
   *[other] { $count } контактної особи
}
backup-report-shares = { $count ->
    [one] { $count } пакет
    [few] { $count } пакети
    [many] { $count } пакетів
   *[other] { $count } пакета
}
backup-report-latest-checkin = Остання самооцінка: { $date }
backup-report-latest-note = Остання нотатка: { $date }
backup-report-latest-step = Остання зміна кроку: { $date }
backup-report-latest-share = Останній пакет: { $date }
backup-report-fingerprint = Ключ підпису:
backup-report-unchanged = Нічого не змінено — ні в резервній копії, ні на цьому комп'ютері.

## "I have a backup": bringing the record back on this or a new computer.

backup-have = У мене є резервна копія
restore-title = Відновіть записи з резервної копії
restore-lead = Виберіть свою резервну копію, наприклад на USB-флешці. Потім введіть пароль або код відновлення, які у вас були, коли ви створили резервну копію.
restore-code-new = Якщо ви використовуєте код відновлення, ви також вибираєте новий пароль. Тоді ви отримаєте новий код відновлення, який треба записати.
restore-new-passphrase = Новий пароль
restore-submit = Відновити мої записи
restore-busy = Відновлюємо ваші записи. Це займе кілька секунд…
restore-present = На цьому комп'ютері вже є записи. Відкрийте їх своїм паролем або кодом відновлення, якщо ви забули пароль.
restore-mode = Що ви хочете зробити?
restore-mode-check = Тільки перевірити, що є в резервній копії. Нічого не зміниться.
restore-mode-replace = Відновити резервну копію замість записів на цьому комп'ютері
restore-mode-replace-hint = Тільки якщо записи тут пошкоджені або якщо ви втратили і пароль, і код відновлення до них. Записи тут не видаляються: Etapp переносить їх повністю в папку поруч.
restore-replace-submit = Відновити резервну копію замість них
restore-replaced-title = Ваші записи відновлено
restore-replaced-aside = Записи, які були на цьому комп'ютері, не видалено. Вони повністю збережені в цій папці:

## Changing the password: a new key locks out old copies.

backup-rotate = Також закрити доступ до старих копій моїх записів
backup-rotate-hint = Тоді людина, яка має стару копію ваших записів і ваш старий пароль, більше не зможе її відкрити. Ви отримаєте новий код відновлення, який треба записати.
backup-rotate-busy = Створюємо новий ключ і зберігаємо новий пароль. Це займе кілька секунд…
