# Skärmar: första start, återställningskod, låsa upp, återställa, min sida, inställningar.

welcome-start = Starta mitt register
action-back = Tillbaka
action-continue = Fortsätt
action-save = Spara

nav-label = Huvudmeny
nav-home = Min sida
nav-settings = Inställningar
nav-lock = Lås

passphrase-show = Visa
passphrase-hide = Dölj
passphrase-again = Skriv lösenordet igen
passphrase-mismatch = De två lösenorden är inte lika. Skriv dem igen.

create-title = Välj ett lösenord
create-lead = Lösenordet låser ditt register. Bara du ska kunna lösenordet. Etapp kan inte visa det för dig senare.
create-passphrase = Nytt lösenord
create-busy = Gör ditt låsta register. Det tar några sekunder …
create-submit = Skapa mitt register

code-title = Din återställningskod
code-lead = Om du glömmer ditt lösenord öppnar den här koden ditt register. Skriv koden på papper nu.
code-printed-on = Återställningskod för Etapp, gjord { $date }
code-aria = Återställningskod, i grupper om fyra siffror
code-advice-write = Skriv alla siffror, i samma ordning.
code-advice-keep = Ha pappret på ett säkert ställe hemma, inte tillsammans med datorn.
code-advice-secret = Visa inte koden för någon. Den som har koden kan öppna ditt register.
code-print = Skriv ut koden
code-written = Jag har skrivit ner den

confirm-title = Kontrollera din återställningskod
confirm-lead = Skriv två grupper av siffror från ditt papper, så vet vi att du har koden.
confirm-group = Grupp nummer { $number }
confirm-wrong = Siffrorna är inte samma som i koden. Titta på ditt papper och försök igen.
confirm-show-again = Visa koden igen

date-day = Dag
date-month = Månad
date-year = År

profile-setup-title = Om dig
profile-lead = Det här är bara för dig. Du väljer senare vad du delar.
profile-name = Ditt namn
profile-name-hint = Det namn du vill bli kallad.
profile-arrived = När kom du till Sverige?

home-title = Min sida
home-arrived = Du kom till Sverige { $date }.
home-no-arrived = Du har inte skrivit när du kom till Sverige.
home-edit-profile = Ändra mina uppgifter

unlock-title = Öppna ditt register
unlock-lead = Skriv ditt lösenord för att öppna ditt register.
unlock-passphrase = Lösenord
unlock-busy = Öppnar ditt register. Det tar några sekunder …
unlock-submit = Öppna
unlock-forgot = Jag har glömt mitt lösenord

recover-title = Glömt ditt lösenord?
recover-lead = Använd återställningskoden från ditt papper. Välj sedan ett nytt lösenord. Du får en ny återställningskod.
recover-code = Återställningskod
recover-code-hint = Alla siffror. Mellanslag spelar ingen roll.
recover-new-passphrase = Nytt lösenord
recover-busy = Öppnar ditt register med koden. Det tar några sekunder …
recover-submit = Öppna och spara det nya lösenordet

settings-title = Inställningar
settings-auto-lock = Låsning
settings-auto-lock-label = Lås Etapp när jag inte har använt det på
settings-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}
settings-saved = Sparat.
settings-passphrase = Byt lösenord
settings-current-passphrase = Ditt lösenord nu
settings-new-passphrase = Nytt lösenord
settings-passphrase-busy = Sparar det nya lösenordet. Det tar några sekunder …
settings-passphrase-submit = Spara det nya lösenordet
settings-passphrase-saved = Ditt nya lösenord är sparat. Din återställningskod fungerar fortfarande.
settings-check = Kontrollera mitt register
settings-check-hint = Etapp läser alla delar av filen med ditt register för att se att inget är skadat. Det tar en stund.
settings-check-busy = Kontrollerar ditt register …
settings-check-whole = Ditt register är helt. Alla delar av det går att läsa.
settings-fingerprint = Din signaturnyckel
settings-fingerprint-hint = När du delar något signeras det med den här nyckeln. En handläggare kan läsa siffrorna för dig för att kontrollera att det kommer från dig.

nav-plan = Min plan
nav-background = Min bakgrund
nav-profile = Om mig
nav-life-areas = Mitt liv
nav-obstacles = Hinder
nav-notes = Anteckningar
nav-guide = Myndigheter

delete-will-remove = Det här tas bort:
delete-appointments = { $count ->
    [one] { $count } möte
   *[other] { $count } möten
}
delete-evaluations = { $count ->
    [one] { $count } utvärdering
   *[other] { $count } utvärderingar
}
delete-status-changes = { $count ->
    [one] { $count } ändring av status
   *[other] { $count } ändringar av status
}
delete-cannot-undo = Du kan inte ångra det.
delete-keep = Nej, behåll
delete-confirm = Ja, ta bort

welcome-try-example = Prova med ett exempel
welcome-try-example-hint = Se hur Etapp fungerar med en påhittad person. Inget du gör i exemplet sparas.
example-busy = Öppnar exemplet. Det tar några sekunder …
example-banner = Det här är ett exempel med en påhittad person. Inget du ändrar här sparas.
example-leave = Lämna exemplet
delete-steps-losing-contact = De här stegen finns kvar, men nämner inte längre den här personen:
delete-obstacles-losing-contact = { $count ->
    [one] Ett hinder finns kvar, men nämner inte längre den här personen.
   *[other] { $count } hinder finns kvar, men nämner inte längre den här personen.
}
