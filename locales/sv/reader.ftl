# Läsaren: det en handläggare ser av en delning. Etiketter för
# sammanfattningen och sidan att skriva ut.

reader-title = Delat från Etapp
reader-to = Till
reader-purpose = Syfte
reader-created = Skapad
reader-expires = Kan öppnas till
reader-signer = Signaturnyckel
reader-seen = På den här datorn
reader-first-seen = Signaturnyckeln har inte setts här förut.
reader-seen-before = Signaturnyckeln har setts här förut, första gången { $date }.
reader-language = Personens språk
reader-sensitive = Känsliga uppgifter
reader-promise = Signaturen visar att inget har ändrats sedan personen gjorde den här delningen, och att delningen kommer från samma Etapp-register som andra delningar med samma siffror. Den visar inte vem personen är: läs siffrorna i signaturnyckeln tillsammans med personen och jämför dem.
reader-only-items = Bara vissa poster i den här delen har delats.
reader-empty = Inga uppgifter.
reader-yes = Ja
reader-no = Nej

## Om mig
reader-name = Namn
reader-arrived = Kom till Sverige
reader-permit-name = Namn på uppehållstillståndskortet
reader-pin = Personnummer eller samordningsnummer
reader-case-number = Ärendenummer hos Migrationsverket
reader-permit-date = Uppehållstillstånd beviljat
reader-municipality = Kommun
reader-adults = Vuxna i hushållet
reader-child-born = Barn, födelseår
reader-language-spoken = Språk
reader-programme = Deltar i etableringsprogrammet
reader-programme-since = Sedan

## Kontakter
reader-agency = Myndighet
reader-unit = Enhet eller kontor
reader-phone = Telefon
reader-email = E-post
reader-note = Anteckning

## Bakgrund
reader-education = Utbildning
reader-education-level = Nivå
reader-country = Land
reader-years = Antal år
reader-completed = Slutförd
reader-documents = Har papperen med sig
reader-recognition = Bedömning i Sverige
reader-work = Arbete
reader-occupation = Yrke
reader-tasks = Arbetsuppgifter
reader-kind = Typ
reader-skill = Kunskap
reader-issuer = Utfärdat av
reader-year = År
reader-driving-licence = Körkort
reader-classes = Behörigheter
reader-asylum-period = Före uppehållstillståndet
reader-description = Beskrivning
reader-start = Start
reader-end = Slut

## Mål och steg
reader-goal-kind = Typ av mål
reader-target-date = Måldatum
reader-status = Status
reader-sub-goal-of = Delmål till
reader-stage-now = Fasen jag är i nu
reader-stage = Fas
reader-step-type = Typ av steg
reader-contact = Kontaktperson
reader-for-goal = För målet
reader-life-areas = Livsområden
reader-history = Ändrad status
reader-appointment = Möte
reader-usefulness = Hur mycket det hjälpte
reader-usefulness-of-five = { $score } av 5
reader-helped = Vad som hjälpte
reader-hard = Vad som var svårt

## Hinder och anteckningar
reader-handled-by = Hanteras av
reader-noticed = Upptäckt
reader-handling-since = Hanteras sedan
reader-solved-on = Löst
reader-written-in = Skriven på

## Vad som har ändrats mellan en persons delningar (etapp open GAMMAL NY …).
compare-title = Vad som har ändrats
compare-bundles = Delningar, den äldsta först
compare-bundle = { $n }. Skapad { $created }
compare-period = Från { $from } till { $to }
compare-not-shared = Delades inte båda gångerna, så det jämförs inte: { $parts }
compare-sensitive-left-out = Känsliga uppgifter delades bara ena gången. De är inte med här.
compare-nothing = Inget har ändrats.
compare-change = { $before } → { $after }
compare-latest-checkin = Senaste avstämningen
compare-checkins-added = Nya avstämningar
compare-none = ingen
compare-no-level = ingen nivå
compare-stage-none = inte vald
compare-stage-same = { $stage } (ingen ändring)
compare-steps-added = Nya steg
compare-steps-status = Steg med ny status
compare-steps-removed = Steg som inte längre finns i planen
compare-obstacles-added = Nya hinder
compare-obstacles-solved = Lösta hinder
compare-obstacles-status = Hinder med ny status
compare-obstacles-removed = Hinder som inte längre finns med
compare-goals-added = Nya mål
compare-goals-reached = Nådda mål
compare-goals-status = Mål med ny status
compare-goals-removed = Mål som inte längre finns med
compare-noticed-on = upptäckt { $date }
compare-solved-on = löst { $date }

## En rapport över deltagare (etapp report). Bara koder och tal.
report-title = Utvärdering av insatser, från delningar för utvärdering
report-counted = Deltagare som räknas: { $count }
report-replaced = Tidigare delningar som ersatts av en senare från samma deltagare: { $count }
report-min-group = Grupper med färre än { $count } deltagare visas inte, så att ingen kan pekas ut.
report-steps-heading = Steg, per typ och myndighet
report-participants = Deltagare: { $count }
report-steps-by-status = Steg nu
report-median-days = Median antal dagar från planerad till klar
report-decimal-separator = {","}
report-none = inga
report-usefulness = Hur användbart, 1 till 5 (antal svar)
report-fewer-than = Färre än 5 deltagare: visas inte.
report-areas-heading = Livsområden: ändring från första till sista avstämningen
report-area = { $count } deltagare, median { $median } (ändringar: { $spread })
report-skipped = Delningar som hoppades över: { $count }
report-skip-not-for-evaluation = inte delad för utvärdering
report-skip-expired = har gått ut
report-skip-wrong-key = er nyckel öppnar den inte, eller så är den skadad
report-skip-not-a-bundle = inte en delning från Etapp
report-skip-truncated = filen tar slut för tidigt
report-skip-signature = ändrad efter att den gjordes
report-skip-newer-version = gjord med en nyare version av Etapp
report-skip-too-large = för stor
report-skip-unreadable = kunde inte läsas
