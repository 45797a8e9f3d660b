# Close occupations: what a person "almost has", from Arbetsförmedlingen's
# open data (the substitutability of occupations). Used by the screen and
# by `etapp close-occupations`. Occupation and group names stay Swedish.

close-title = Близько до мого досвіду
close-labels-swedish = Назви професій і їхніх груп — від Служби зайнятості (Arbetsförmedlingen), шведською мовою.
close-note = Ці зв'язки — загальна оцінка Служби зайнятості (Arbetsförmedlingen) щодо робочих завдань професій. Це не обіцянка роботи. Визнання іноземної освіти — це окремий шлях.
close-own = Ваші професії
close-very-close = Дуже близькі
close-somewhat-close = Досить близькі — потрібне деяке навчання
close-same-group = Та сама група професій
close-nothing = Немає.
close-none = У вашому досвіді ще немає жодної професії зі списку. Виберіть професію для роботи або освіти, і тут з'являться близькі професії.
close-no-relations = Служба зайнятості (Arbetsförmedlingen) не пов'язує з професією «{ $occupation }» жодних інших професій. Інші професії з тієї ж групи пов'язані слабше:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [one] з { $count } вашої професії
        [few] з { $count } ваших професій
        [many] з { $count } ваших професій
       *[other] з { $count } вашої професії
    }
close-your-goal = уже одна з ваших цілей
close-not-in-list = { $count ->
        [one] { $count } професію з ваших записів пропущено: її більше немає у списку.
        [few] { $count } професії з ваших записів пропущено: їх більше немає у списку.
        [many] { $count } професій з ваших записів пропущено: їх більше немає у списку.
       *[other] { $count } професії з ваших записів пропущено: їх більше немає у списку.
    }
close-goals = Ваші цілі
close-goal-leads = Ці ваші професії ведуть туди: { $occupations }
close-goal-no-leads = За даними Служби зайнятості (Arbetsförmedlingen), жодна з ваших професій не веде туди.
close-goal-own = Це вже одна з ваших власних професій.

# The ten major groups of SSYK 2012, the field of work, in everyday words.
ssyk-major-0 = Військова служба
ssyk-major-1 = Керівники
ssyk-major-2 = Робота, для якої потрібна вища освіта поглибленого рівня
ssyk-major-3 = Робота, для якої потрібна вища освіта або подібна
ssyk-major-4 = Офісна робота та обслуговування клієнтів
ssyk-major-5 = Сервіс, догляд і продаж
ssyk-major-6 = Сільське господарство, садівництво, лісове господарство і рибальство
ssyk-major-7 = Будівництво і виробництво
ssyk-major-8 = Машини, виробництво і транспорт
ssyk-major-9 = Робота, для якої потрібне коротке навчання або вступний інструктаж

# The screen.
close-open = Роботи, близькі до мого досвіду
close-lead = Служба зайнятості (Arbetsförmedlingen) показує, які роботи близькі до тих, що у вас були, і до того, до чого вас підготувала освіта. Перегляньте їх тут і зробіть одну з них своєю ціллю.
close-guide-link = Хто оцінює іноземну освіту? Дивіться UHR у довіднику
close-goal-hint = Нова ціль — це кінцева ціль. Додайте до неї менші цілі та кроки в розділі «Мій план».
close-make-goal = Зробити це моєю ціллю
close-made-goal = { $occupation } — тепер одна з ваших цілей.
close-to-plan = Перейти до «Мій план»
close-to-background = Перейти до «Мій досвід»
close-loading = Шукаємо близькі роботи…
