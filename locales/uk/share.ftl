# Sharing in the app: the share wizard, the list of shares made, and the
# reader a case worker uses to open a share. Plain words, short
# sentences: the person may be new to the language. A "share" is the file
# (the bundle) the person gives a case worker.

nav-share = Поділитися
nav-shares = Мої пакети
nav-reader = Відкрити пакет
home-share = Поділитися з куратором

## The share wizard: one task on each screen.

share-step-of = Крок { $step } з { $total }
share-next = Далі
share-checking = Перевіряємо…
share-loading = Завантажуємо ваші записи…

share-to-title = Хто отримає пакет?
share-to-lead = Ви створюєте файл для одного куратора. Etapp нічого не надсилає: ви передаєте файл самі.
share-to-contact = Заповнити з моїх контактів
share-to-contact-none = Виберіть контакт
share-to-agency = Установа
share-to-no-agency = Без установи
share-to-unit = Відділ або офіс
share-to-name = Ім'я куратора

share-why-title = Для чого ви ділитеся?
share-why-lead = Куратор побачить, для чого цей пакет.
share-why-legend = Для чого це?
share-why-text = Своїми словами
share-why-text-hint = Можна додати кілька слів. Якщо вибрали «Інше», напишіть, для чого це.
share-why-none = Виберіть, для чого цей пакет.

share-what-title = Чим ви ділитеся?
share-what-lead = Позначте тільки те, що допоможе в цій справі. Спочатку нічого не позначено. У файл потрапить тільки те, що ви позначите.
share-what-all = Усе з розділу «{ $section }»
share-what-profile = Моє ім'я, приїзд, дозвіл на проживання, мови і домогосподарство
share-what-children = Роки народження моїх дітей
share-what-sub-goal = Проміжна ціль для «{ $goal }»
share-what-checkin-areas = Мої відповіді щодо: { $areas }
share-what-name-tip = Порада: поділіться цією частиною. Тоді куратор побачить ваше ім'я і зможе знайти вашу справу.
share-what-sensitive = Це чутлива інформація: { $categories }. Діліться нею, тільки якщо це вам допоможе. Вона потрапить у пакет, тільки якщо ви позначите її тут.
share-what-whole-only = Це можна передати тільки разом з усім розділом «{ $section }». Позначте все або зніміть цю позначку.
share-what-together = Etapp передає всю чутливу інформацію в одному пакеті разом. Ви позначили іншу чутливу інформацію, тож це теж буде передано. Позначте це або зніміть позначку з «{ $item }».
share-what-none = Позначте хоча б одну річ, щоб поділитися.
share-what-check = Деякі речі не можна передати так, як ви їх позначили. Прочитайте червоні примітки вище.

share-until-title = На який строк?
share-until-lead = Після цього дня Etapp більше не відкриває пакет.
share-until-legend = Куратор може відкривати його протягом
share-until-days = { $days ->
    [one] { $days } дня
    [few] { $days } днів
    [many] { $days } днів
   *[other] { $days } дня
}
share-until-date = до { $date }

share-preview-title = Ось що побачить куратор
share-preview-lead = Перевірте перед збереженням. Показано вашою мовою і шведською — так, як прочитають куратор і перекладач.
share-preview-busy = Готуємо попередній перегляд…
share-consent-title = На що ви погоджуєтеся
share-left-out-title = Пропущено, бо це чутлива інформація
share-left-out = { $count ->
    [one] { $count } пункт (тема: { $categories }) не входить у пакет, бо ви його не позначили.
    [few] { $count } пункти (тема: { $categories }) не входять у пакет, бо ви їх не позначили.
    [many] { $count } пунктів (тема: { $categories }) не входять у пакет, бо ви їх не позначили.
   *[other] { $count } пункту (тема: { $categories }) не входить у пакет, бо ви його не позначили.
}
share-left-out-change = Змінити, чим я ділюся

share-confirm-title = Зберегти пакет?
share-confirm-lead = Перегляньте ще раз. Виберіть, як Etapp захистить пакет і як ви його передасте. Потім виберіть, куди його зберегти, наприклад на USB-флешку.
share-confirm-to = Для кого
share-confirm-purpose = Для чого
share-confirm-parts = Що
share-confirm-until = До
share-confirm-agree = Зберігаючи, ви погоджуєтеся з таким:
share-confirm-save = Зберегти пакет
share-confirm-busy = Захищаємо і зберігаємо пакет. Це займе кілька секунд…
share-confirm-cancelled = Ви закрили вікно. Нічого не збережено.
share-form = Як ви його передасте?
share-form-file = Файл для Etapp (.etapp)
share-form-file-hint = Куратор відкриває його в Etapp.
share-form-page = Сторінка, яку відкриває будь-який браузер (.html)
share-form-page-hint = Для куратора, який не може встановити Etapp. Сторінка працює без інтернету.
share-form-both = Обидва
share-form-both-hint = Два файли з тим самим пакетом. Куратор вибирає один.
share-lock = Як його захистити?
share-lock-code = Кодом, який ви скажете особисто
share-lock-code-hint = Etapp створює код із 16 цифр. Він потрібен куратору, щоб відкрити пакет.
share-lock-key = Ключем установи
share-lock-key-hint = Для установи, яка дала вам свій відкритий ключ. Тільки ця установа зможе відкрити пакет. Коду немає.
share-lock-key-field = Відкритий ключ установи
share-lock-key-field-hint = Він починається з age1. Скопіюйте його точно так, як дала установа.

share-code-title = Ваш пакет збережено
share-code-file = Збережено як: { $name }
share-code-page = Сторінка відкривається в будь-якому браузері. Куратор вводить той самий код.
share-code-key = Пакет захищено ключем установи. Тільки ця установа може його відкрити. Коду, який треба сказати, немає.
share-code-lead = Цей код потрібен куратору, щоб відкрити файл. Скажіть код куратору.
share-code-aria = Код пакета, групами по чотири цифри
share-code-own = Той самий код вашими цифрами:
share-code-advice-face = Скажіть код куратору особисто.
share-code-advice-message = Не пишіть код в електронному листі чи повідомленні.
share-code-advice-stick = Не записуйте код на ту саму USB-флешку, що й файл, і не тримайте його разом із нею.
share-code-fingerprint-title = Якщо куратор запитає
share-code-fingerprint = Прочитайте ці цифри вголос. Вони показують, що пакет походить із ваших записів.
share-code-to-log = Переглянути мої передані пакети
share-code-done = Назад до «Моя сторінка»

## The list of shares made.

shares-title = Мої передані пакети
shares-lead = Усі пакети, які ви створили, від найновішого. Etapp зберігає цей список у ваших записах.
shares-loading = Завантажуємо ваші пакети…
shares-empty = Ви ще нічим не поділилися.
shares-new = Створити новий пакет
shares-list = Мої пакети
shares-made = Створено
shares-purpose = Для чого
shares-parts = Що
shares-until = Можна відкрити до
shares-expired = Можна було відкрити до
shares-withdrawn = Ви позначили його як відкликаний { $date }.
shares-withdraw = Позначити як відкликаний
shares-withdraw-title = Позначити цей пакет як відкликаний?
shares-withdraw-what = Файл, який ви вже передали, не можна забрати назад. Etapp лише позначає тут, що ви його відкликали. Після { $date } Etapp не відкриває файл. Ви можете попросити куратора його видалити.
shares-withdraw-keep = Ні, залишити
shares-withdraw-confirm = Так, позначити як відкликаний
shares-withdrawn-done = Пакет позначено як відкликаний.

## The reader: a case worker opens a share. It needs no record.

open-share-start-title = Вам передали пакет?
open-share-start-hint = Для кураторів: відкрийте файл з Etapp кодом, який скаже вам людина. Власні записи вам не потрібні.
open-share-start = Відкрити пакет
open-share-title = Відкрити пакет
open-share-lead = Людина дала вам файл з Etapp і каже вам код. Виберіть файл, потім введіть код.
open-share-file = Файл
open-share-no-file = Файл ще не вибрано.
open-share-chosen = Вибрано: { $name }
open-share-choose = Вибрати файл
open-share-choose-other = Вибрати інший файл
open-share-code = Код
open-share-code-hint = 16 цифр. Пробіли і дефіси не мають значення.
open-share-open = Відкрити
open-share-busy = Відкриваємо пакет. Це займе секунду…
open-share-opened = З файлу { $name }.
open-share-show-in = Показати мовою
open-share-side-by-side = Поруч із мовою людини: { $language }
open-share-save-page = Зберегти сторінку для друку
open-share-page-saved = Збережено як { $name }.
open-share-page-not-saved = Ви закрили вікно. Нічого не збережено.
open-share-close = Закрити пакет

## Comparing with an earlier share (the reader)

compare-start-title = Що змінилося з минулого разу?
compare-start-hint = У вас є давніший пакет від тієї самої людини? Відкрийте і його та подивіться, що змінилося між ними.
compare-start = Порівняти з давнішим пакетом
compare-file = Давніший пакет
compare-choose = Вибрати давніший пакет
compare-open-title = Виберіть давніший пакет
compare-by-key = Давніший пакет відкривається тим самим файлом ключа, що й цей.
compare-busy = Відкриваємо давніший пакет. Це займе секунду…
compare-open = Порівняти
compare-cancel = Скасувати
compare-hide = Сховати зміни
compare-from-file = Порівняно з давнішим пакетом { $name }
compare-error-no-file = Спершу виберіть давніший пакет.
compare-error-same-share = Цей пакет уже відкрито. Виберіть давніший пакет від тієї самої людини.

## The report across many shares (the agency's side)

report-start-title = Для установ: звіт за багатьма пакетами
report-start-hint = Люди можуть передавати вам пакети для оцінки, захищені ключем вашої установи. Подивіться, як пройшли кроки для всіх разом. Ні імена, ні те, що люди написали, у звіт не потрапляють.
report-start = Створити звіт
report-screen-title = Звіт за багатьма пакетами
report-lead = Виберіть папку з пакетами і файл ключа вашої установи. Враховуються тільки пакети, передані для оцінки. Групи, де менше ніж 5 людей, не показано.
report-folder = Папка з пакетами
report-no-folder = Папку ще не вибрано.
report-folder-choose = Вибрати папку
report-folder-choose-other = Вибрати іншу папку
report-folder-title = Виберіть папку з пакетами
report-key = Файл ключа вашої установи
report-no-key = Файл ключа ще не вибрано.
report-key-choose = Вибрати файл ключа
report-key-choose-other = Вибрати інший файл ключа
report-busy = Читаємо пакети: { $done } з { $total }
report-make = Створити звіт
report-save-csv = Зберегти як таблицю (CSV)
report-csv-title = Зберегти звіт
report-csv-file-type = Таблиця (CSV)
report-csv-saved = Збережено як { $name }.
report-status = Стан
report-rating = Оцінка
report-count = Кількість
report-change = Зміна
report-area-median = Медіана зміни: { $median }
report-area-changes = Наскільки змінився рівень (кількість людей)
report-error-no-folder = Спершу виберіть папку з пакетами.
report-error-no-shares = У цій папці немає пакетів з Etapp (файлів із закінченням .etapp або .html). Виберіть іншу папку.
report-error-none-counted = Жоден пакет не вдалося врахувати. Причина для першого: { $reason }. Перевірте, чи ви вибрали правильну папку і файл ключа вашої установи.
report-error-no-report = Спершу створіть звіт, потім збережіть його.
