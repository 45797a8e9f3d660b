# The etapp command line: help, questions and messages.
# The machine lines ("recovery code: …") are not here: they stay in English.

cli-about = Etapp зберігає ваші власні записи про ваш шлях у Швеції, захищені паролем на цьому комп'ютері.
cli-heading-usage = Використання
cli-heading-options = Параметри
cli-heading-commands = Команди
cli-usage-etapp = etapp [--vault ПАПКА] [--lang МОВА] КОМАНДА
cli-usage-init = etapp init
cli-usage-profile = etapp profile КОМАНДА
cli-usage-profile-set = etapp profile set [--name ІМ'Я] [--arrived ДАТА]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code КОД] [--rotate]
cli-value-folder = ПАПКА
cli-value-language = МОВА
cli-value-name = ІМ'Я
cli-value-date = ДАТА
cli-value-code = КОД

cli-arg-help = Показати цю довідку.
cli-arg-version = Показати версію Etapp.
cli-arg-vault = Папка ваших записів. Якщо не вказати: ETAPP_VAULT, а інакше звичайна папка на цьому комп'ютері.
cli-arg-lang = Мова повідомлень: { $languages }. Якщо не вказати: ETAPP_LANG, а інакше мова цього комп'ютера.
cli-arg-name = Ваше ім'я — так, як вас називати.
cli-arg-arrived = День, коли ви приїхали до Швеції, у форматі рік-місяць-день, наприклад 2024-03-15.
cli-arg-recovery-code = Ваш код відновлення. Напишіть -, щоб натомість ввести його в наступному рядку. Інші люди, які користуються цим комп'ютером, можуть бачити командний рядок.

cli-cmd-init = Створити нові, порожні записи. Пароль береться з ETAPP_PASSPHRASE.
cli-cmd-profile = Показати або змінити ваш профіль.
cli-cmd-profile-set = Змінити ваше ім'я або день, коли ви приїхали до Швеції.
cli-cmd-profile-show = Показати ваш профіль у форматі JSON.
cli-cmd-passwd = Змінити пароль. З кодом відновлення можна встановити новий пароль, навіть якщо ви забули старий.

cli-prompt-passphrase = Пароль:
cli-prompt-new-passphrase = Новий пароль:
cli-prompt-new-passphrase-again = Новий пароль ще раз:

cli-init-done = Ваші записи готові. Запишіть код відновлення нижче на папері і зберігайте його в безпечному місці. Це єдиний спосіб увійти, якщо ви забудете пароль.
cli-profile-saved = Ваш профіль збережено.
cli-passwd-done = Ваш пароль змінено. Ваш код відновлення далі працює.
cli-passwd-recovered = Ваш пароль змінено. Ваш старий код відновлення більше не працює. Запишіть новий код нижче на папері і зберігайте його в безпечному місці.

cli-error-no-secret = Немає пароля і немає термінала, щоб його запитати. Встановіть { $var } і спробуйте знову.
cli-error-no-code = Немає коду і немає термінала, щоб його запитати. Вкажіть його через --code або встановіть { $var } і спробуйте знову.
cli-error-init-needs-passphrase = Вкажіть пароль для нових записів у { $var }, потім знову виконайте «etapp init».
cli-error-passphrases-differ = Два нові паролі не однакові. Нічого не змінено. Спробуйте знову.
cli-error-unknown-language = Мова «{ $lang }» недоступна. Використайте { $languages }.
cli-error-no-vault-folder = Etapp не знайшов папки для ваших записів. Вкажіть її через --vault або ETAPP_VAULT.
cli-error-not-text = У { $var } є знаки, які не є текстом. Встановіть значення знову і спробуйте ще раз.
cli-error-read-input = Etapp не вдалося прочитати те, що ви ввели. Спробуйте знову.
cli-error-unknown-argument = Etapp не знає { $arg }.
cli-error-unknown-command = У Etapp немає команди «{ $command }».
cli-error-missing-command = Бракує команди. Виберіть одну з: { $commands }.
cli-error-missing-argument = Чогось бракує: { $arg }.
cli-error-invalid-value = Значення «{ $value }» не підходить для { $arg }.
cli-error-usage = Команда неповна або неправильна.
cli-error-conflict = { $arg } не можна використовувати разом з { $other }. Виберіть щось одне.
cli-error-repeated = { $arg } вказано більше одного разу. Вкажіть один раз.
cli-hint-help = Напишіть «etapp --help», щоб побачити, як цим користуватися.

# The record: steps, export, import, demo.
cli-usage-step = etapp step КОМАНДА
cli-usage-step-add = etapp step add --title ТЕКСТ --type КОД --agency КОД --stage КОД [--status КОД] [--start ДАТА] [--end ДАТА] [--goal ID]… [--contact ID] [--life-area КОД]…
cli-usage-step-status = etapp step status ID СТАН
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record ФАЙЛ
cli-usage-demo = etapp demo
cli-value-text = ТЕКСТ
cli-value-id = ID
cli-value-file = ФАЙЛ
cli-cmd-step = Додати крок або змінити його стан.
cli-cmd-step-add = Додати крок до ваших записів. Виводить його номер у рядку "id: ".
cli-cmd-step-status = Змінити стан кроку: proposed (запропоновано), planned (заплановано), ongoing (триває), done (виконано), paused (призупинено) або cancelled (скасовано).
cli-cmd-export-record = Вивести всі ваші записи у форматі JSON.
cli-cmd-import-record = Прочитати файл записів (створений командою export-record) у нові, порожні записи.
cli-cmd-demo = Заповнити нові, порожні записи прикладом вигаданої людини, щоб спробувати Etapp.
cli-arg-step-title = Що це за крок, вашими словами.
cli-arg-step-type = Вид кроку, наприклад sfi_course, internship або job_search.
cli-arg-step-agency = Хто відповідає, наприклад public_employment_service, adult_education або myself.
cli-arg-step-stage = Етап: intake, vision, activity або matching.
cli-arg-step-status = Стан: proposed, planned, ongoing, done, paused або cancelled. Якщо не вказати: planned.
cli-arg-step-start = Перший день, у форматі рік-місяць-день.
cli-arg-step-end = Останній день, у форматі рік-місяць-день.
cli-arg-step-goal = Номер цілі, якій служить крок. Можна вказати кілька разів.
cli-arg-step-contact = Номер вашої контактної особи для цього кроку.
cli-arg-step-id = Номер кроку.
cli-arg-import-file = Файл записів, який треба прочитати.
cli-step-added = Крок збережено.
cli-step-status-saved = Стан кроку збережено.
cli-usage-checkin = etapp checkin КОМАНДА
cli-usage-checkin-add = etapp checkin add [--date ДАТА] [--note ТЕКСТ] СФЕРА=РІВЕНЬ…
cli-value-area-level = СФЕРА=РІВЕНЬ
cli-cmd-checkin = Вказати, як ідуть справи у сферах вашого життя.
cli-cmd-checkin-add = Додати самооцінку: для кожної сфери рівень від 1 (криза) до 5 (я справляюся самостійно), або not_relevant. Виводить її номер у рядку "id: ".
cli-arg-checkin-date = День самооцінки, у форматі рік-місяць-день. Якщо не вказати: сьогодні.
cli-arg-checkin-note = Нотатка про всю самооцінку.
cli-arg-checkin-levels = Сфера і її рівень, наприклад housing=2 або preschool=not_relevant. Сфери: household_economy, network, welfare_system, housing, preschool, health, work_studies, swedish_language.
cli-arg-step-life-area = Сфера вашого життя, з якою допомагає крок, наприклад housing. Можна вказати кілька разів.
cli-checkin-added = Самооцінку збережено.
cli-import-done = Ваші записи імпортовано.
cli-demo-done = Приклад вигаданої людини додано до записів. Спробуйте з ним Etapp; для власної інформації створіть нові записи.
cli-error-read-file = Etapp не вдалося прочитати файл { $path }. Перевірте назву і чи можна його читати, потім спробуйте знову.

# Checking the record.
cli-usage-check = etapp check
cli-cmd-check = Перевірити, що кожна частина файлу ваших записів ціла і її можна прочитати.
cli-check-whole = Ваші записи цілі: кожну їхню частину можна прочитати.

# Sharing, and the case worker's reader.
cli-usage-share = etapp share --to ТЕКСТ [--agency КОД] [--unit ТЕКСТ] --purpose КОД [--purpose-text ТЕКСТ] [--sections СПИСОК] [--items СПИСОК] [--include-sensitive] [--expires-in ДНІ] [--recipient КЛЮЧ] [--out ФАЙЛ] [--page ФАЙЛ]
cli-usage-shares = etapp shares [withdraw ID]
cli-usage-shares-withdraw = etapp shares withdraw ID
cli-usage-open = etapp open ФАЙЛ… [--code КОД… | --identity ФАЙЛ] [--json | --html ФАЙЛ]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = СПИСОК
cli-value-days = ДНІ
cli-value-key = КЛЮЧ
cli-cmd-share = Створити пакет: файл із частинами ваших записів, які ви виберете, для одного куратора. Виводить код, який треба йому сказати, у рядку "code: ".
cli-cmd-shares = Показати всі пакети, які ви створили, у форматі JSON.
cli-cmd-shares-withdraw = Позначити пакет як відкликаний. Файл, який ви вже передали, не можна забрати назад.
cli-cmd-open = Відкрити пакет з Etapp і прочитати його. Вкажіть кілька пакетів однієї людини, щоб побачити, що змінилося. Власні записи не потрібні.
cli-cmd-forget-seen = Забути, які ключі підпису цей комп'ютер бачив у пакетах.
cli-arg-share-to = Для кого: ім'я куратора.
cli-arg-share-agency = Його установа, наприклад public_employment_service або municipal_labour_market.
cli-arg-share-unit = Його відділ або офіс.
cli-arg-share-purpose = Для чого: joint-planning, apply-step, follow-up, evaluate-step або other.
cli-arg-share-purpose-text = Для чого, вашими словами. Потрібно разом з "other".
cli-arg-share-sections = Цілі частини, якими ділитися, через кому: profile, contacts, background, goals, steps, checkins, obstacles, notes.
cli-arg-share-items = Окремі пункти, якими ділитися, через кому, кожен як частина:номер, наприклад steps:3,goals:1,background.work:2.
cli-arg-share-include-sensitive = Також передати інформацію про здоров'я, сім'ю і гроші. Без цього такі пункти пропускаються.
cli-arg-share-expires-in = Скільки днів пакет можна відкривати: від 1 до 365. Якщо не вказати: 14.
cli-arg-share-recipient = Захистити пакет відкритим ключем установи (age1…) замість коду.
cli-arg-share-out = Файл, у який зберегти пакет.
cli-arg-share-page = Також (або тільки) зберегти пакет як сторінку, яку відкриває будь-який браузер без встановлення програм (.html).
cli-arg-shares-id = Номер пакета з «etapp shares».
cli-arg-open-file = Файл пакета. Кілька пакетів однієї людини: що змінилося між ними, від найстарішого.
cli-arg-open-code = Код, який сказала людина. Напишіть -, щоб натомість ввести його в наступному рядку. Для кількох пакетів вкажіть --code для кожного, у тому самому порядку. Інші люди, які користуються цим комп'ютером, можуть бачити командний рядок.
cli-arg-open-identity = Файл із секретним ключем вашої установи, якщо пакет захищено ключем вашої установи.
cli-arg-open-json = Натомість вивести пакет у форматі JSON.
cli-arg-open-html = Зберегти сторінку для друку шведською і мовою людини поруч.
cli-prompt-code = Код:
cli-share-consent = Створюючи цей пакет, ви погоджуєтеся з таким:
cli-share-left-out = { $count ->
    [one] { $count } пункт пропущено, бо в ньому є: { $categories }. Додайте --include-sensitive, щоб передати і його.
    [few] { $count } пункти пропущено, бо в них є: { $categories }. Додайте --include-sensitive, щоб передати і їх.
    [many] { $count } пунктів пропущено, бо в них є: { $categories }. Додайте --include-sensitive, щоб передати і їх.
   *[other] { $count } пункту пропущено, бо в них є: { $categories }. Додайте --include-sensitive, щоб передати і їх.
}
cli-share-done = Пакет збережено в { $file }. Скажіть код нижче особисто людині, для якої він призначений. Не надсилайте його електронною поштою чи в повідомленні і не зберігайте разом із файлом.
cli-share-done-key = Пакет збережено в { $file }. Відкрити його може тільки установа з відповідним секретним ключем.
cli-share-withdrawn = Пакет { $id } позначено як відкликаний. Файл, який уже передано, не можна забрати назад, але після { $expires } він не відкривається.
cli-open-page-saved = Сторінку збережено в { $file }.
cli-forget-seen-done = Цей комп'ютер забув усі ключі підпису, які бачив.
cli-error-file-exists = Файл { $path } уже існує, тому нічого не збережено. Виберіть іншу назву.

# Backups, and locking out old copies.
cli-usage-backup = etapp backup --out ФАЙЛ
cli-usage-restore = etapp restore ФАЙЛ [--recovery-code КОД]
cli-usage-verify-backup = etapp verify-backup ФАЙЛ [--recovery-code КОД]
cli-cmd-backup = Зберегти резервну копію всіх ваших записів в одному файлі. Вона захищена так само, як ваші записи: вашим паролем або кодом відновлення.
cli-cmd-restore = Відновити записи з резервної копії в папку, де ще немає записів.
cli-cmd-verify-backup = Перевірити резервну копію, нічого не змінюючи: відкрити її, перевірити кожну частину і показати, що в ній є.
cli-arg-backup-out = Файл, у який зберегти резервну копію, наприклад на USB-флешці.
cli-arg-backup-file = Файл резервної копії.
cli-arg-backup-recovery-code = Відкрити резервну копію її кодом відновлення замість пароля. Напишіть -, щоб ввести його в наступному рядку. Інші люди, які користуються цим комп'ютером, можуть бачити командний рядок.
cli-arg-rotate = Також створити новий ключ для ваших записів, щоб старі копії файлу ключа перестали працювати. Ви отримаєте новий код відновлення.
cli-backup-done = Резервну копію збережено в { $file } ({ $megabytes } МБ). Зберігайте її в безпечному місці, не на цьому комп'ютері.
cli-restore-done = Записи людини { $name } відновлено з резервної копії.
cli-restore-new-code = Ваш старий код відновлення більше не працює. Запишіть новий код нижче на папері і зберігайте його в безпечному місці.
cli-verify-backup-done = Резервна копія від { $created } ціла. У ній записи людини { $name }: { $goals ->
        [one] { $goals } ціль
        [few] { $goals } цілі
        [many] { $goals } цілей
       *[other] { $goals } цілі
    }, { $steps ->
        [one] { $steps } крок
        [few] { $steps } кроки
        [many] { $steps } кроків
       *[other] { $steps } кроку
    }, { $checkins ->
        [one] { $checkins } самооцінка
        [few] { $checkins } самооцінки
        [many] { $checkins } самооцінок
       *[other] { $checkins } самооцінки
    }, { $obstacles ->
        [one] { $obstacles } перешкода
        [few] { $obstacles } перешкоди
        [many] { $obstacles } перешкод
       *[other] { $obstacles } перешкоди
    }, { $notes ->
        [one] { $notes } нотатка
        [few] { $notes } нотатки
        [many] { $notes } нотаток
       *[other] { $notes } нотатки
    }, { $contacts ->
        [one] { $contacts } контакт
        [few] { $contacts } контакти
        [many] { $contacts } контактів
       *[other] { $contacts } контакту
    } і { $shares ->
        [one] { $shares } пакет
        [few] { $shares } пакети
        [many] { $shares } пакетів
       *[other] { $shares } пакета
    }. Найновіша дата в ній: { $latest }. Її ключ підпису: { $fingerprint }.
cli-passwd-rotated = Ваш пароль змінено, і ваші записи мають новий ключ. Старі копії файлу ключа і ваш старий код відновлення більше їх не відкривають. Резервні копії, які ви зробили раніше, далі відкриваються паролем і кодом того часу. Запишіть новий код нижче на папері і зробіть нову резервну копію.

# The agency's key, for shares locked to an agency.
cli-usage-agency-key = etapp agency-key new --out ФАЙЛ | etapp agency-key show ФАЙЛ
cli-usage-agency-key-new = etapp agency-key new --out ФАЙЛ
cli-usage-agency-key-show = etapp agency-key show ФАЙЛ
cli-cmd-agency-key = Створити або показати ключ вашої установи. Учасники можуть захищати ним пакети.
cli-cmd-agency-key-new = Створити новий ключ для вашої установи. Виводить відкритий ключ, який треба дати учасникам.
cli-cmd-agency-key-show = Вивести відкритий ключ, що належить до файлу ключа вашої установи.
cli-arg-agency-key-out = Файл для секретного ключа. Він ще не має існувати.
cli-arg-agency-key-file = Файл із секретним ключем вашої установи.
cli-agency-key-saved = Секретний ключ вашої установи збережено в { $file }. Тільки ви можете читати цей файл. Тримайте його в таємниці і зберігайте копію в безпечному місці: пакети, захищені цим ключем, відкриваються тільки ним. Дайте учасникам відкритий ключ нижче.

# Several shares of one person, opened together.
cli-prompt-code-for = Код для { $file }:
cli-error-html-one-share = --html створює сторінку з одного пакета. Відкрийте кілька пакетів без нього, щоб побачити, що змінилося.
cli-error-code-count = Пакетів: { $files }, а кодів: { $codes }. Вкажіть по одному коду для кожного пакета в тому самому порядку або використайте --identity для пакетів, захищених ключем вашої установи.
cli-error-in-file = { $path }: { $message }

# A report across participants.
cli-usage-report = etapp report --identity ФАЙЛ ПАКЕТ… [--csv ФАЙЛ [--force] | --json]
cli-cmd-report = Створити звіт за багатьма пакетами, переданими для оцінки: за видом кроку й установою та за сферою життя. Тільки коди і числа; групи, де менше ніж 5 учасників, не показано.
cli-arg-report-identity = Файл із секретним ключем вашої установи. Пакети мають бути захищені цим ключем.
cli-arg-report-shares = Файли пакетів або папки з файлами пакетів (.etapp).
cli-arg-report-csv = Зберегти звіт як CSV у цей файл. Він ще не має існувати, якщо ви не вкажете --force.
cli-arg-report-force = Замінити CSV-файл, якщо він існує.
cli-arg-report-json = Натомість вивести звіт у форматі JSON.
cli-report-saved = Звіт збережено в { $file }.
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = У { $path } немає пакетів (файлів .etapp). Виберіть папку з пакетами або самі файли пакетів.
cli-error-report-empty = Жоден пакет не вдалося врахувати, тому звіту немає. Перший пропущено: { $reason }.

# Occupations close to the person's own.
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = Показати професії, близькі до тих, що є у вашому досвіді, за відкритими даними Служби зайнятості (Arbetsförmedlingen), і які з ваших професій ведуть до ваших професійних цілей.
cli-arg-close-json = Натомість вивести список у форматі JSON.
