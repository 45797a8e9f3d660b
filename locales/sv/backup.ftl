# Säkerhetskopior: hela registret i en krypterad fil, att lägga tillbaka på
# den här eller en ny dator. Säg vad som hände och vad man ska göra sedan.

backup-error-not-a-backup = Den här filen är inte en säkerhetskopia från Etapp. Kontrollera att du valde rätt fil.
backup-error-damaged = Den här säkerhetskopian är skadad, så den går inte att använda. Prova en annan säkerhetskopia, till exempel en äldre.
backup-error-truncated = Den här säkerhetskopian är inte hel: den tar slut för tidigt. Kanske drogs USB-minnet ut medan den sparades. Prova en annan säkerhetskopia.
backup-error-newer-version = Den här säkerhetskopian gjordes med en nyare version av Etapp. Installera den senaste Etapp för att använda den.
backup-error-disk-full = Det finns ingen plats kvar där du sparar säkerhetskopian, så den gjordes inte. Inget har hänt med ditt register. Gör plats, eller välj ett annat ställe.
backup-error-write = Etapp kunde inte spara säkerhetskopian där. Kontrollera att USB-minnet eller mappen finns kvar och att du får spara där. Inget har hänt med ditt register.
backup-error-wrong-secret = Lösenordet eller koden öppnar inte den här säkerhetskopian. En säkerhetskopia öppnas med det lösenord och den återställningskod som gällde när den gjordes. Prova dem.
backup-error-inside-vault = En säkerhetskopia kan inte sparas i samma mapp som ditt register. Välj ett annat ställe, till exempel ett USB-minne.

## Dialogrutor.

backup-file-type = Säkerhetskopior av Etapp
backup-save-title = Spara en säkerhetskopia
backup-open-title = Välj en säkerhetskopia
backup-folder-title = Välj mappen för säkerhetskopior som görs av sig själva

## Inställningar: säkerhetskopior. Enkla ord: en säkerhetskopia är en kopia
## av hela registret i en låst fil.

backup-title = Säkerhetskopior
backup-lead = En säkerhetskopia är en kopia av hela ditt register i en låst fil. Ha den någon annanstans än på den här datorn, till exempel på ett USB-minne. Om datorn försvinner eller går sönder får du tillbaka ditt register från säkerhetskopian. Den går bara att öppna med ditt lösenord eller din återställningskod.
backup-example = Det här är exemplet med en påhittad person. Etapp gör aldrig säkerhetskopior av exemplet.
backup-none = Du har ingen säkerhetskopia än. Om den här datorn försvinner eller går sönder, försvinner ditt register också.
backup-last = Din senaste säkerhetskopia gjordes den { $date }.
backup-overdue = Din senaste säkerhetskopia gjordes den { $date }. Det är dags för en ny.
backup-new-key-notice = Ditt lösenord eller din återställningskod är ny. Dina äldre säkerhetskopior går bara att öppna med det lösenord och den kod du hade när du gjorde dem. Gör en ny säkerhetskopia nu.
backup-notice-title = Gör en ny säkerhetskopia
backup-now = Gör en säkerhetskopia nu
backup-now-busy = Gör säkerhetskopian …
backup-now-done = Säkerhetskopian är sparad: { $file }
backup-auto-title = Automatiska säkerhetskopior
backup-auto-hint = Etapp kan göra säkerhetskopior själv medan det är öppet, i en mapp som du väljer, till exempel på ett USB-minne.
backup-folder = Mapp för säkerhetskopiorna
backup-folder-none = Du har inte valt någon mapp.
backup-folder-choose = Välj en mapp
backup-folder-change = Välj en annan mapp
backup-interval = När ska Etapp göra en säkerhetskopia själv?
backup-interval-off = Aldrig, bara när jag ber om det
backup-interval-daily = En gång om dagen
backup-interval-after-changes = När jag har ändrat något (högst en gång i timmen)
backup-keep = Hur många säkerhetskopior ska sparas?
backup-keep-count = { $count ->
    [one] { $count } säkerhetskopia
   *[other] { $count } säkerhetskopior
}
backup-keep-hint = När det blir fler tar Etapp bort de äldsta av sina säkerhetskopior i mappen.
backup-schedule-save = Spara
backup-schedule-busy = Sparar …

## Kontrollera en säkerhetskopia (övning i att återställa): inget ändras.

backup-check-title = Kontrollera en säkerhetskopia
backup-check-hint = Se vad en säkerhetskopia innehåller, utan att något ändras. Gör det ibland, så vet du att din säkerhetskopia fungerar innan du behöver den.
backup-check-open = Kontrollera en säkerhetskopia
backup-check-lead = Välj en säkerhetskopia och skriv lösenordet eller återställningskoden som du hade när du gjorde den. Etapp öppnar den och berättar vad den innehåller. Inget ändras.
backup-check-submit = Kontrollera säkerhetskopian
backup-check-busy = Öppnar och kontrollerar säkerhetskopian. Det tar några sekunder …
backup-check-another = Kontrollera en annan säkerhetskopia

backup-file = Filen med säkerhetskopian
backup-file-none = Du har inte valt någon fil.
backup-file-chosen = Du valde: { $file }
backup-file-choose = Välj filen med säkerhetskopian
backup-file-change = Välj en annan fil
backup-secret = Hur vill du öppna säkerhetskopian?
backup-secret-hint = Använd lösenordet eller återställningskoden som du hade när du gjorde säkerhetskopian.
backup-secret-passphrase = Med lösenordet
backup-secret-code = Med återställningskoden
backup-passphrase = Lösenordet till säkerhetskopian
backup-code = Återställningskod
backup-passphrase-missing = Skriv lösenordet.
backup-code-missing = Skriv återställningskoden.

backup-report-title = Säkerhetskopian fungerar
backup-report-made = Den gjordes { $date }.
backup-report-name = Den tillhör { $name }.
backup-report-holds = Den innehåller:
backup-report-goals = { $count ->
    [one] { $count } mål
   *[other] { $count } mål
}
backup-report-steps = { $count ->
    [one] { $count } steg
   *[other] { $count } steg
}
backup-report-checkins = { $count ->
    [one] { $count } avstämning
   *[other] { $count } avstämningar
}
backup-report-obstacles = { $count ->
    [one] { $count } hinder
   *[other] { $count } hinder
}
backup-report-notes = { $count ->
    [one] { $count } anteckning
   *[other] { $count } anteckningar
}
backup-report-contacts = { $count ->
    [one] { $count } kontaktperson
   *[other] { $count } kontaktpersoner
}
backup-report-shares = { $count ->
    [one] { $count } delning
   *[other] { $count } delningar
}
backup-report-latest-checkin = Senaste avstämningen: { $date }
backup-report-latest-note = Senaste anteckningen: { $date }
backup-report-latest-step = Senaste ändringen av ett steg: { $date }
backup-report-latest-share = Senaste delningen: { $date }
backup-report-fingerprint = Signaturnyckel:
backup-report-unchanged = Inget har ändrats, varken i säkerhetskopian eller på den här datorn.

## "Jag har en säkerhetskopia": få tillbaka registret på den här eller en ny dator.

backup-have = Jag har en säkerhetskopia
restore-title = Få tillbaka ditt register från en säkerhetskopia
restore-lead = Välj din säkerhetskopia, till exempel på ett USB-minne. Skriv sedan lösenordet eller återställningskoden som du hade när du gjorde säkerhetskopian.
restore-code-new = Med återställningskoden väljer du också ett nytt lösenord. Sedan får du en ny återställningskod att skriva ner.
restore-new-passphrase = Nytt lösenord
restore-submit = Hämta tillbaka mitt register
restore-busy = Hämtar tillbaka ditt register. Det tar några sekunder …
restore-present = Det finns redan ett register på den här datorn. Öppna det med ditt lösenord, eller med din återställningskod om du har glömt lösenordet.
restore-mode = Vad vill du göra?
restore-mode-check = Bara kontrollera vad en säkerhetskopia innehåller. Inget ändras.
restore-mode-replace = Hämta tillbaka säkerhetskopian i stället för registret på den här datorn
restore-mode-replace-hint = Bara om registret här är skadat, eller om du har tappat bort både lösenordet och återställningskoden. Registret här tas inte bort: Etapp flyttar det, helt, till en mapp bredvid.
restore-replace-submit = Hämta tillbaka säkerhetskopian i dess ställe
restore-replaced-title = Ditt register är tillbaka
restore-replaced-aside = Registret som fanns på den här datorn är inte borttaget. Det finns kvar, helt, i den här mappen:

## Byta lösenord: en ny nyckel låser ute gamla kopior.

backup-rotate = Lås också ute gamla kopior av mitt register
backup-rotate-hint = Den som har en gammal kopia av ditt register och ditt gamla lösenord kan då inte längre öppna den. Du får en ny återställningskod att skriva ner.
backup-rotate-busy = Gör en ny nyckel och sparar det nya lösenordet. Det tar några sekunder …
