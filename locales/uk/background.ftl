# My background (kartläggning): education, work, the time before the
# residence permit, skills, certificates, driving licence. Then the
# occupation picker (labels from the JobTech list are Swedish only).

background-title = Мій досвід
background-lead = Чого ви навчилися і що робили — у Швеції та в інших країнах. Запишіть це тут один раз. Тоді не доведеться розповідати все знову в кожній установі.
background-none = Тут поки нічого немає.
background-saved = Збережено.
# { $name } is the entry, in the person's own words.
background-deleted = { $name } — видалено.
background-delete-question = Видалити { $name }?
background-change = Змінити
background-delete = Видалити
background-cancel = Скасувати
background-not-given = Не вказано
background-country-none = Не вказано
background-years-less = Менше року
background-years = { $years ->
    [one] { $years } рік
    [few] { $years } роки
    [many] { $years } років
   *[other] { $years } року
}
background-dates = { $start } – { $end }
background-since = З { $start }
background-until = До { $end }

background-education-title = Освіта
background-education-hint = Школа, університет, курси та професійне навчання.
background-education-add = Додати освіту
background-education-new = Додати освіту
background-education-edit = Змінити освіту
background-education-untitled = Освіта
background-education-level = Рівень
background-education-level-unknown = Я не знаю
background-education-field = Предмет або програма
background-education-field-hint = Наприклад: догляд за хворими, механіка, право.
background-education-occupation = Професія, до якої вона вас підготувала (знайдіть її у списку)
background-education-country = Країна
background-education-years = Скільки часу тривало навчання?
background-education-completed = Це навчання завершено
background-education-documents = Диплом або інші документи в мене з собою
background-education-recognition = Чи визнана ця освіта у Швеції?
background-education-recognition-hint = У Швеції освіту з інших країн перевіряє Шведська рада з питань вищої освіти (UHR).
background-education-finished = Закінчено
background-education-not-finished = Не закінчено
background-education-has-documents = Документи з собою
background-education-no-documents = Документів немає з собою
background-education-recognition-fact = Визнання у Швеції: { $status }

background-work-title = Робота
background-work-hint = Роботи, які у вас були, у Швеції чи в іншій країні. Оплачувані чи неоплачувані.
background-work-add = Додати роботу
background-work-new = Додати роботу
background-work-edit = Змінити роботу
background-work-which = Яка робота?
background-work-occupation = Знайдіть професію у списку
background-work-own-words = Робота вашими словами
background-work-own-words-hint = Напишіть тут, якщо не знайшли професію у списку.
background-work-need-title = Виберіть професію зі списку або опишіть роботу своїми словами.
background-work-country = Країна
background-work-years = Скільки часу ви працювали?
background-work-tasks = Що ви робили на роботі?
background-work-tasks-hint = Наприклад: щодня готувати їжу для 200 людей.

background-asylum-title = До дозволу на проживання
background-asylum-hint = Чого ви навчилися або що робили, поки чекали рішення щодо притулку чи захисту. Наприклад, курс, волонтерство або робота. Це теж важливо.
background-asylum-add = Додати те, що ви робили
background-asylum-new = Що ви робили до отримання дозволу на проживання?
background-asylum-edit = Змінити те, що ви робили до дозволу на проживання
background-asylum-what = Що ви робили або чого навчилися?
background-asylum-what-hint = Наприклад: перекладати для інших у місці проживання.
background-asylum-description = Розкажіть більше, якщо хочете
background-asylum-start = Перший день
background-asylum-end = Останній день

background-skills-title = Навички
background-skills-hint = Те, що ви добре вмієте. Наприклад: керувати навантажувачем, шити, працювати з комп'ютером, говорити мовою дарі.
background-skills-add = Додати навичку
background-skills-new = Додати навичку
background-skills-edit = Змінити навичку
background-skill-name = Навичка

background-certificates-title = Сертифікати
background-certificates-hint = Документи, які підтверджують курс або дозвіл. Наприклад, посвідчення водія навантажувача або курс гігієни харчових продуктів.
background-certificates-add = Додати сертифікат
background-certificates-new = Додати сертифікат
background-certificates-edit = Змінити сертифікат
background-certificate-name = Що він підтверджує?
background-certificate-issuer = Хто його видав?
background-certificate-year = Рік

background-licence-title = Посвідчення водія
background-licence-hint = Посвідчення водія зі Швеції або з іншої країни.
background-licence-none = Ви не додали посвідчення водія.
background-licence-add = Додати посвідчення водія
background-licence-new = Додати посвідчення водія
background-licence-edit = Змінити посвідчення водія
background-licence-classes = Категорії на посвідченні
background-licence-classes-hint = Наприклад: B або B і C1.
background-licence-country = Країна, яка його видала
background-licence-name = Посвідчення водія { $classes }

occupation-hint = Напишіть кілька літер назви професії. Список — шведською мовою.
occupation-results = { $count ->
    [one] Знайдено { $count } професію. Виберіть стрілками на клавіатурі.
    [few] Знайдено { $count } професії. Виберіть стрілками на клавіатурі.
    [many] Знайдено { $count } професій. Виберіть стрілками на клавіатурі.
   *[other] Знайдено { $count } професії. Виберіть стрілками на клавіатурі.
}
occupation-none-found = Професію не знайдено. Спробуйте інше слово.
occupation-chosen = Ваш вибір:
occupation-chosen-status = Вибрано: { $name }
occupation-remove = Прибрати вибір
occupation-ssyk = SSYK { $code }
occupation-unknown = Професія, якої немає в цьому списку
