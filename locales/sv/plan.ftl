# Min plan: slutmål med sina delmål, och stegen (insatserna) hos alla
# myndigheter: vem gör vad, och när.

plan-title = Min plan
plan-lead = Dina mål, och stegen på vägen dit. Vem gör vad, och när.
plan-loading = Hämtar din plan…
plan-add-goal = Lägg till ett slutmål
plan-add-step = Lägg till ett steg
plan-empty = Du har inga mål än. Ett slutmål är dit du vill komma, till exempel ett jobb eller studier.
plan-unlinked = Steg som inte hör till något mål
plan-goal-saved = Målet är sparat.
plan-goal-deleted = Målet är borttaget.

goal-final = Slutmål
goal-sub = Delmål
goal-kind-label = Typ:
goal-occupation-label = Yrke:
goal-target = Klart senast { $date }
goal-state = Läge: { $status }
goal-sub-count = { $count ->
    [one] { $count } delmål
   *[other] { $count } delmål
}
goal-step-count = { $count ->
    [one] { $count } steg
   *[other] { $count } steg
}
goal-subgoals = Delmål på vägen
goal-no-steps = Inga steg för det här målet än.
plan-closed-show = { $count ->
    [one] Visa { $count } steg som är klart eller avbrutet
   *[other] Visa { $count } steg som är klara eller avbrutna
}
plan-closed-hide = Dölj stegen som är klara eller avbrutna
goal-edit = Ändra
goal-delete = Ta bort
goal-add-sub = Lägg till ett delmål
goal-delete-title = Ta bort det här målet?
delete-steps-unlinked = De här stegen finns kvar, men hör inte längre till målet:

goal-form-new-final = Nytt slutmål
goal-form-new-sub = Nytt delmål
goal-form-edit = Ändra målet
goal-form-part-of = Delmål till:
goal-form-kind = Vad för slags mål är det?
goal-form-occupation = Vilket yrke?
goal-form-title = Målet med dina egna ord
goal-form-title-hint-final = Till exempel: Arbeta som undersköterska.
goal-form-title-hint-sub = Till exempel: Bli klar med SFI kurs D.
goal-form-target = När vill du nå det?
goal-form-status = Hur går det?
goal-form-save = Spara målet
goal-form-cancel = Avbryt

step-new-title = Nytt steg
step-title = Steg
step-lead = Ett steg är något du gör på vägen mot dina mål, till exempel en kurs, en praktik eller ett möte.
step-loading = Hämtar steget…
step-details = Om steget
step-field-title = Vad är steget?
step-field-title-hint = Till exempel: SFI-kurs på Komvux.
step-field-type = Vad för slags steg är det?
step-field-agency = Vem ansvarar för det?
step-field-contact = Din kontaktperson
step-no-contact = Ingen kontaktperson
step-field-stage = Vilken fas i planen?
step-field-start = Första dagen
step-field-end = Sista dagen
step-field-goals = Vilka mål hjälper det?
step-no-goals = Du har inga mål än. Du kan koppla steget till ett mål senare.
step-field-status = Hur går det?
step-who = Vem: { $agency }
step-who-with-contact = Vem: { $agency } ({ $contact })
step-contact = Kontaktperson:
step-state = Läge: { $status }
step-next-appointment = Nästa tid: { $when }
step-save = Spara steget
step-saved = Steget är sparat.
step-back = Tillbaka till min plan
step-delete = Ta bort steget
step-delete-title = Ta bort det här steget?
step-not-found = Det här steget finns inte längre i ditt register.

step-progress = Hur det går
step-progress-now = Nu: { $status }
step-progress-change = Nytt läge
step-progress-submit = Ändra läget
step-progress-changed = Läget är ändrat.
step-history = Allt som har hänt
step-history-entry = { $status }: { $time }

appointment-list = Tider och möten
appointment-none = Inga tider än.
appointment-number = Tid { $number }
appointment-date = Datum
appointment-time = Klockslag (svensk tid)
appointment-hour = Timme
appointment-minute = Minut
appointment-place = Plats
appointment-with = Med vem
appointment-add = Lägg till en tid
appointment-remove = Ta bort den här tiden
appointment-missing = Välj dag och klockslag för tid { $number }.

evaluation-title = Vad tyckte du?
evaluation-lead = Bara du skriver här. Det hjälper dig, och andra, att se vad som fungerar.
evaluation-usefulness = Hur mycket hjälpte det dig?
evaluation-score-1 = 1 – Inte alls
evaluation-score-2 = 2 – Lite
evaluation-score-3 = 3 – Ganska mycket
evaluation-score-4 = 4 – Mycket
evaluation-score-5 = 5 – Väldigt mycket
evaluation-helped = Vad hjälpte?
evaluation-hard = Vad var svårt?
evaluation-save = Spara det jag tycker
evaluation-saved = Det du tycker är sparat.
evaluation-choose = Välj hur mycket det hjälpte.

step-field-life-areas = Vilka delar av ditt liv hjälper steget med?
step-field-life-areas-hint = Välj en eller flera, eller ingen.
step-life-areas = Hjälper med:
