# Sharing: a bundle is the part of the record a person hands a case
# worker. These messages make it, and say what went wrong when one does
# not open. Say what happened and what to do next.

list-separator = {", "}

## The consent text the person agrees to, and how to withdraw. It is kept
## inside the bundle, in the person's language and in Swedish.

share-consent-text = Я передаю копію таких частин моїх записів: { $parts }. Кому: { $to }. Мета: { $purpose }. Її можна відкрити до { $expires }. Після цього Etapp її не відкриє.
share-consent-sensitive = У ній також є інформація про: { $categories }. Я вирішую цим поділитися.
share-consent-items = { $count ->
    [one] ще { $count } пункт
    [few] ще { $count } пункти
    [many] ще { $count } пунктів
   *[other] ще { $count } пункту
}
share-withdrawal-text = Я можу позначити цей пакет в Etapp як відкликаний. Файл, який уже передано, не можна забрати назад. Після { $expires } він не відкривається. Я можу попросити куратора його видалити.

## When a bundle does not open.

bundle-error-mistyped-code = У коді бракує цифри або якась цифра неправильна. Перевірте з людиною кожну групу з чотирьох цифр і введіть код знову.
bundle-error-wrong-code = Цей код або ключ не відкриває файл, або файл пошкоджений. Перевірте код із людиною. Якщо файл усе одно не відкривається, попросіть її створити новий пакет.
bundle-error-not-a-bundle = Цей файл не є пакетом з Etapp. Перевірте, чи ви вибрали правильний файл.
bundle-error-truncated = Файл неповний: він закінчується зарано. Скопіюйте його знову звідти, звідки ви його отримали, або попросіть людину створити новий пакет.
bundle-error-signature = Файл змінили після того, як людина його створила, тому Etapp його не показує. Попросіть людину створити новий пакет.
bundle-error-expired = Цей пакет можна було відкрити до { $expires }. Попросіть людину створити новий пакет.
bundle-error-newer-version = Цей пакет створено новішою версією Etapp. Встановіть найновішу версію Etapp, щоб його відкрити.
bundle-error-not-an-identity = Цей файл не є ключем age. Виберіть файл із секретним ключем вашої установи (він починається з AGE-SECRET-KEY-1).
bundle-error-public-key = У цьому файлі відкритий ключ (він починається з age1). Щоб відкривати пакети, виберіть файл із секретним ключем вашої установи (він починається з AGE-SECRET-KEY-1).
bundle-error-different-signers = Ці пакети підписані різними ключами. Вони можуть бути від різних людей, тому Etapp їх не порівнює. Відкрийте кожен пакет окремо.

## Files.

file-error-not-a-file = Це папка, а не файл. Виберіть файл.
file-error-unreadable = Etapp не вдалося прочитати файл. Перевірте, чи він на місці і чи можна його відкрити, і спробуйте знову.

## Files and dialogs.

share-file-type = Пакети з Etapp
share-save-title = Зберегти пакет
share-page-type = Сторінки, які відкриває будь-який браузер
share-save-page-title = Зберегти сторінку
share-error-same-file = Файл і сторінка не можуть мати однакову назву. Виберіть іншу назву для одного з них.
reader-open-title = Відкрити пакет з Etapp
reader-page-title = Зберегти сторінку для друку
reader-page-file-type = Вебсторінка
reader-error-no-file = Спершу виберіть файл.
reader-error-no-key-file = Спершу виберіть файл ключа.
reader-key-open-title = Виберіть файл ключа вашої установи
reader-key = Файл ключа установи
reader-key-hint = Пакет закрито ключем вашої установи, а не кодом? Тоді відкрийте його файлом ключа вашої установи.
reader-key-choose = Використати файл ключа установи
reader-key-choose-other = Вибрати інший файл ключа
reader-key-use-code = Використати код замість цього
