# About me: the participant's profile and the people they meet at the
# agencies. Short sentences; the person may be new to the language.

profile-title = Про мене
profile-intro = Те, що ви тут пишете, залишається на цьому комп'ютері. Ви вирішуєте, чим ділитися і з ким.
profile-not-written = Не вказано
profile-change = Змінити
profile-cancel = Скасувати
profile-saved = Збережено.

profile-names-title = Ваше ім'я
profile-display-name = Ім'я, яким вас називати
profile-permit-name = Ваше ім'я на картці дозволу на проживання
profile-permit-name-hint = Напишіть його точно так, як на картці. Установи шукають саме таке написання.

profile-ids-title = Номери для вашої справи
profile-ids-why = Установа може попросити ці номери, щоб швидко знайти вашу справу. Писати їх тут не обов'язково.
profile-pin = Персональний номер (personnummer) або координаційний номер (samordningsnummer)
profile-pin-hint = 12 або 10 цифр, наприклад 19121212-1212.
profile-case-number = Номер справи в Міграційній службі (Migrationsverket)
profile-case-number-hint = Він є в листах від Міграційної служби (Migrationsverket).

profile-languages-title = Мови, якими ви говорите
profile-languages-none = Ви ще не вказали жодної мови.
profile-language-n = Мова { $number }
profile-language = Мова
profile-language-level = Наскільки добре ви нею говорите
profile-language-add = Додати мову
profile-language-remove = Прибрати мову

profile-sweden-title = Ваш час у Швеції
profile-arrived-date = Дата, коли ви приїхали до Швеції
profile-permit-date = Дата, коли ви отримали дозвіл на проживання
profile-municipality = Комуна, де ви живете
profile-municipality-hint = Наприклад, Malmö або Umeå.

profile-household-title = Ваш дім
profile-adults = Дорослі у вашому домі, включно з вами
profile-adults-count = { $count ->
    [one] { $count } дорослий
    [few] { $count } дорослі
    [many] { $count } дорослих
   *[other] { $count } дорослого
}
profile-children = Діти
profile-children-none = Дітей не вказано.
profile-child-n = Дитина { $number }: рік народження
profile-child-born = Рік народження: { $year }
profile-child-add = Додати дитину
profile-child-remove = Прибрати дитину
profile-child-year-missing = Виберіть рік народження дитини { $number }.

profile-programme-title = Програма облаштування
profile-programme-what = Це програма Служби зайнятості (Arbetsförmedlingen) для людей, які недавно у Швеції. Вона допомагає вивчити шведську і знайти роботу.
profile-programme-question = Ви зараз у програмі облаштування (etableringsprogrammet)?
profile-programme-yes = Так
profile-programme-no = Ні
profile-programme-since = З якого часу?
profile-programme-in = Ви в програмі.
profile-programme-in-since = Ви в програмі з { $date }.
profile-programme-out = Ви не в програмі.

contact-title = Ваші контакти в установах
contact-intro = Люди, з якими ви зустрічаєтеся в установах, наприклад ваш куратор (handläggare).
contact-none = Ви ще не додали жодного контакту.
contact-add = Додати контакт
contact-new-title = Новий контакт
contact-edit-title = Змінити контакт
contact-name = Ім'я
contact-agency = Де працює ця людина
contact-agency-choose = Виберіть
contact-agency-missing = Виберіть, де працює ця людина.
contact-unit = Відділ або офіс
contact-phone = Телефон
contact-email = Електронна пошта
contact-note = Ваша нотатка
contact-note-hint = Наприклад, коли до цієї людини легко додзвонитися.
contact-edit = Змінити
contact-delete = Видалити
contact-save = Зберегти контакт
contact-delete-title = Видалити { $name }?
contact-saved = Контакт збережено.
contact-deleted = Контакт видалено.
