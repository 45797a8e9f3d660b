# Labels of the catalog codes (crates/core/src/catalog). The id is the
# catalog and the code with dashes. Codes never change; labels may.

agency-public-employment-service = Служба зайнятості (Arbetsförmedlingen)
agency-municipal-labour-market = Відділ ринку праці комуни
agency-social-services = Соціальна служба (socialtjänsten)
agency-adult-education = Освіта для дорослих і SFI
agency-health-care = Медична допомога (регіон)
agency-social-insurance = Каса соціального страхування (Försäkringskassan)
agency-migration-agency = Міграційна служба (Migrationsverket)
agency-tax-agency = Податкова служба (Skatteverket)
agency-county-board = Адміністрація лену (Länsstyrelsen)
agency-school-office = Комуна: дитячий садок і школа
agency-housing-office = Житлова служба або орендодавець
agency-council-for-higher-education = Шведська рада з питань вищої освіти (UHR)
agency-civil-society = Об'єднання і волонтери
agency-myself = Я особисто

step-type-sfi-course = Курс шведської мови (SFI)
step-type-civic-orientation = Курс про шведське суспільство
step-type-internship = Практика (praktik)
step-type-work-training = Трудове навчання
step-type-labour-market-training = Професійне навчання для ринку праці
step-type-validation = Підтвердження навичок (валідація)
step-type-study-motivation-course = Мотиваційний курс у народній вищій школі (folkhögskola)
step-type-vocational-education = Професійна освіта
step-type-job-search = Пошук роботи
step-type-health-appointment = Прийом у лікаря
step-type-parental-support = Підтримка для батьків
step-type-housing-application = Заява на житло
step-type-other = Інше

stage-intake = Початок
stage-vision = Бачення майбутнього
stage-activity = Дії
stage-matching = До роботи або навчання

step-status-proposed = Запропоновано
step-status-planned = Заплановано
step-status-ongoing = Триває
step-status-done = Виконано
step-status-paused = Призупинено
step-status-cancelled = Скасовано

goal-status-active = Працюю над цим
goal-status-reached = Досягнуто
goal-status-dropped = Більше не актуально

goal-kind-occupation = Професія
goal-kind-studies = Навчання
goal-kind-free-text = Інше

isced-level-isced-0 = Менше ніж початкова школа
isced-level-isced-1 = Початкова школа
isced-level-isced-2 = Базова середня школа
isced-level-isced-3 = Старша (повна) середня школа
isced-level-isced-4 = Професійне навчання після середньої школи
isced-level-isced-5 = Коротка програма університету або коледжу
isced-level-isced-6 = Бакалавр
isced-level-isced-7 = Магістр
isced-level-isced-8 = Доктор наук (PhD)

language-level-first-language = Рідна мова
language-level-fluent = Вільно
language-level-good = Добре, для щоденного життя
language-level-basic = Трохи

recognition-not-applied = Заяву не подано
recognition-applied = Заяву подано, чекаю відповіді
recognition-recognised = Визнано
recognition-partly-recognised = Частково визнано
recognition-not-recognised = Не визнано

sensitive-category-health = Здоров'я
sensitive-category-family = Сім'я
sensitive-category-financial = Гроші та фінансова допомога

life-area-household-economy = Гроші в родині
life-area-network = Мережа контактів
life-area-welfare-system = Соціальна система і права
life-area-housing = Житло
life-area-preschool = Дитячий садок і догляд за дітьми
life-area-health = Здоров'я
life-area-work-studies = Робота або навчання
life-area-swedish-language = Шведська мова

life-area-household-economy-description = Гроші на їжу, оренду і рахунки, і планування, щоб грошей вистачало.
life-area-network-description = Люди, до яких можна звернутися: сім'я, друзі, сусіди та об'єднання.
life-area-welfare-system-description = Знати, як працює допомога від суспільства у Швеції, і користуватися нею: Каса соціального страхування (Försäkringskassan), медична допомога, школа, ваші права та обов'язки.
life-area-housing-description = Безпечне місце для життя, ваш договір оренди і пошук житла.
life-area-preschool-description = Місце для ваших дітей у дитячому садку чи інший догляд за дітьми, щоб ви могли працювати або навчатися.
life-area-health-description = Як ви почуваєтеся тілом і душею, і чи отримуєте допомогу, коли вона потрібна.
life-area-work-studies-description = Ваш шлях до роботи або освіти: ваша ціль, курси, практика і пошук роботи.
life-area-swedish-language-description = Вивчати шведську і користуватися нею щодня: в SFI, на роботі та з іншими людьми.

level-in-crisis = Криза
level-struggling = Важко
level-getting-help = Краще з допомогою
level-mostly-managing = Переважно самостійно
level-managing = Самостійно
level-not-relevant = Зараз не стосується

level-in-crisis-description = Мені потрібна допомога зараз. Це невідкладна ситуація.
level-struggling-description = Мені важко, і я не отримую потрібної допомоги.
level-getting-help-description = Я отримую допомогу, і від цього легше.
level-mostly-managing-description = Більшість я роблю самостійно, але іноді мені потрібна допомога.
level-managing-description = Я даю цьому раду самостійно.
level-not-relevant-description = Для мене це зараз не важливо.

obstacle-no-childcare = Немає місця в дитячому садку для моїх дітей
obstacle-health = Моє здоров'я
obstacle-language-requirement = Вимагають більше шведської, ніж я знаю
obstacle-missing-documents = Мені бракує документів
obstacle-missing-recognition = Мою освіту чи професію ще не визнано
obstacle-entry-requirements = Вимоги для вступу мене не пускають
obstacle-missing-basic-education = Мені потрібна ще базова шкільна освіта
obstacle-transport = Важко туди добиратися
obstacle-unstable-housing = Немає постійного місця для життя
obstacle-caring-for-family = Я доглядаю когось із сім'ї
obstacle-parental-leave = Довга відпустка по догляду за дитиною
obstacle-not-knowing-rights = Я не знаю своїх прав, обов'язків і можливостей
obstacle-discrimination = До мене ставляться несправедливо (дискримінація)
obstacle-other = Інше

obstacle-status-open = Не вирішено
obstacle-status-being-handled = Цим займаються
obstacle-status-solved = Вирішено

# Why a participant shares part of their record.
purpose-joint-planning = Щоб планувати разом
purpose-apply-step = Щоб подати заяву на крок
purpose-follow-up = Щоб відстежувати, як ідуть справи
purpose-evaluate-step = Щоб допомогти оцінити кроки
purpose-other = Інше

# The parts of the record that can be shared.
section-profile = Про мене
section-contacts = Мої контакти
section-background = Мій досвід
section-goals = Мої цілі
section-steps = Мої кроки
section-checkins = Моє життя: самооцінки
section-obstacles = Перешкоди
section-notes = Нотатки
