# Avstämningar: hur det går i varje del av livet, från 1 (i kris) till 5
# (jag klarar det själv), stjärnan och varje del över tid. Namnen på
# delarna och nivåerna finns i catalog.ftl (life-area-*, level-*).

## Skärmen "Mitt liv"

life-areas-title = Mitt liv
life-areas-lead = Hur det går i olika delar av ditt liv, och hur det ändras över tid.
life-areas-loading = Hämtar dina avstämningar…
life-areas-new = Ny avstämning
life-areas-empty-title = Vad är en avstämning?
life-areas-empty-what = I en avstämning säger du hur det går i varje del av ditt liv: pengar, bostad, hälsa, arbete och mer.
life-areas-empty-scale = För varje del väljer du en siffra från { $low } till { $high }. { $low } betyder att du är i kris. { $high } betyder att du klarar det själv.
life-areas-empty-when = Gör en avstämning varje månad, eller före ett möte. Då kan du och de som hjälper dig se vad som blir bättre, och var du behöver hjälp.
life-areas-star-title = Din stjärna
life-areas-star-lead = Din senaste avstämning. Ju längre ut från mitten, desto bättre går det.
life-areas-star-lead-compare = Din senaste avstämning jämförd med den förra. Ju längre ut från mitten, desto bättre går det.
life-areas-lines-title = Varje del av ditt liv över tid
life-areas-lines-lead = Ett litet diagram för varje del. Högre upp är bättre.
life-areas-history-title = Alla dina avstämningar
life-areas-answered = { $count ->
    [one] En del besvarad
   *[other] { $count } delar besvarade
}
life-areas-edit = Ändra den här avstämningen
life-areas-delete = Ta bort den här avstämningen
life-areas-delete-title = Ta bort avstämningen från { $date }?
life-areas-delete-what = Dess nivåer och anteckningar tas också bort. Du kan inte ångra det.
life-areas-saved = Avstämningen är sparad.
life-areas-deleted = Avstämningen från { $date } är borttagen.

## Formuläret för en avstämning

checkin-new-title = Ny avstämning
checkin-title = Avstämning
checkin-edit-title = Ändra avstämningen från { $date }
checkin-lead = Säg hur det går i varje del av ditt liv just nu. Välj en siffra för de delar som är viktiga för dig. Du kan hoppa över en del.
checkin-loading = Hämtar avstämningen…
checkin-not-found = Den här avstämningen finns inte längre. Kanske har den tagits bort.
checkin-back = Tillbaka till mitt liv
checkin-date = Datum för avstämningen
checkin-areas = Delar av ditt liv
checkin-clear = Ta bort mitt svar
checkin-add-note = Skriv en anteckning
checkin-area-note = Din anteckning om { $area }
checkin-note = En anteckning om hela avstämningen (om du vill)
checkin-note-hint = Till exempel vad som har hänt sedan förra gången, eller vad du vill prata om på ett möte.
checkin-save = Spara avstämningen
checkin-cancel = Avbryt
checkin-error-no-answer = Välj en siffra för minst en del av ditt liv. Spara sedan igen.
checkin-error-no-date = Välj dag, månad och år för avstämningen.
checkin-error-note-without-level = Välj en siffra för { $area }, eller ta bort din anteckning. Spara sedan igen.

## När en del av livet är i kris

checkin-crisis-help = Om det är akut, ring 112. För råd om vård och hälsa, ring 1177 (Vårdguiden). För hjälp från socialtjänsten, kontakta din kommun.

## En nivå i ord

checkin-level = { $number } – { $label }
checkin-not-answered = Inte besvarad

## Stjärnan: den senaste avstämningen jämförd med den förra

star-summary = { $count ->
    [one] Din stjärna: en del av livet, från avstämningen { $latest }.
   *[other] Din stjärna: { $count } delar av livet, från avstämningen { $latest }.
}
star-summary-compare = { $count ->
    [one] Din stjärna: en del av livet, avstämningen { $latest } jämförd med avstämningen { $previous }.
   *[other] Din stjärna: { $count } delar av livet, avstämningen { $latest } jämförd med avstämningen { $previous }.
}
star-legend-latest = Senaste avstämningen: { $date }
star-legend-previous = Avstämningen före: { $date }
star-show-table = Visa som tabell
star-caption = Varje del av ditt liv
star-col-area = Del av livet
star-col-previous = Före ({ $date })
star-col-latest = Senast ({ $date })
star-col-change = Ändring
star-better = Bättre
star-same = Samma
star-worse = Sämre
star-no-compare = Går inte att jämföra

## Varje del av livet över tid

lines-summary = { $direction ->
    [better] Från { $from } till { $to }: bättre.
    [worse] Från { $from } till { $to }: sämre.
   *[same] Från { $from } till { $to }: samma.
}
lines-summary-one = Ett svar: { $number } – { $label }.
lines-summary-none = Inget svar än.
lines-show-table = Visa alla svar
lines-caption = { $area }: alla svar
lines-col-date = Datum
lines-col-level = Nivå
