# My page: the overview of the record, and the extra words of the agency
# guide (its content is in guide.ftl).

home-lead = Тут видно, де ви зараз, що буде далі і хто що робить.
home-loading = Готуємо вашу сторінку …

## Where I am now: the four stages

home-stage-title = Де я зараз
home-stage-list = Чотири етапи
home-stage-marker-chosen = Ви тут
home-stage-marker-suggested = Пропозиція
home-stage-chosen = Ви вказали, що ви на цьому етапі: { $stage }.
home-stage-suggested = За вашими кроками це етап: { $stage }. Це лише пропозиція. Ви можете вибрати самі.
home-stage-intake-description = Ви тут недавно. Ви знайомитеся з установами і розповідаєте їм про себе.
home-stage-vision-description = Ви думаєте, чим хочете займатися, і складаєте план із цілями.
home-stage-activity-description = Ви робите те, що наближає вас до цілі, наприклад курс або практику.
home-stage-matching-description = Ви шукаєте роботу або місце для навчання і починаєте там.
home-stage-change = Змінити мій етап
home-stage-legend = На якому ви етапі?
home-stage-follow-steps = Хай етап визначається за моїми кроками (зараз: { $stage })
home-stage-save = Зберегти мій етап
home-stage-cancel = Скасувати
home-stage-saved = Ваш етап збережено.

## Next appointments

home-appointments-title = Найближчі зустрічі
home-appointments-none = У вас немає запланованих зустрічей.
home-appointment-when = { $date } о { $time }
home-appointment-place = Місце:
home-appointment-with = З ким:
home-to-plan = Відкрити мій план

## Who does what

home-agencies-title = Хто що робить
home-agencies-none = У вас немає поточних або запланованих кроків.
home-step-status = Стан: { $status }
home-step-contact = Контактна особа:

## How my life is going

home-life-title = Як іде моє життя
home-life-latest = Ваша остання самооцінка: { $date }
home-life-none = Ви ще не зробили самооцінку. Самооцінка показує, як ідуть справи в різних сферах вашого життя.
home-life-first = Зробити першу самооцінку
home-to-life-areas = Переглянути моє життя

## Open obstacles

home-obstacles-title = Ще не вирішені перешкоди
home-obstacles-none = У вас немає невирішених перешкод.
home-obstacle-status = Стан: { $status }
home-to-obstacles = Переглянути мої перешкоди

## Time in Sweden

home-time-title = Час у Швеції
home-days-ago = { $days ->
    [0] Це сьогодні.
    [one] Це було { $days } день тому.
    [few] Це було { $days } дні тому.
    [many] Це було { $days } днів тому.
   *[other] Це було { $days } дня тому.
}
home-permit = Ви отримали дозвіл на проживання { $date }.
home-no-permit = Ви не вказали, коли отримали дозвіл на проживання.

## The agency guide: the list of agencies at the top

home-guide-contents = Установи на цій сторінці
home-guide-yours = Що у вас із ними
home-guide-back = Назад до списку установ
