# Dela i appen: guiden för att dela, listan över delningar, och läsaren
# som en handläggare öppnar en delning med. Enkla ord och korta meningar:
# personen kan vara ny i språket. En "delning" är filen (delningspaketet)
# som personen ger en handläggare.

nav-share = Dela
nav-shares = Mina delningar
nav-reader = Öppna en delning
home-share = Dela med en handläggare

## Guiden: en uppgift på varje skärm.

share-step-of = Steg { $step } av { $total }
share-next = Nästa
share-checking = Kontrollerar …
share-loading = Hämtar ditt register …

share-to-title = Vem får delningen?
share-to-lead = Du gör en fil till en handläggare. Etapp skickar ingenting: du ger filen själv.
share-to-contact = Fyll i från mina kontakter
share-to-contact-none = Välj en kontakt
share-to-agency = Myndighet
share-to-no-agency = Ingen myndighet
share-to-unit = Enhet eller kontor
share-to-name = Handläggarens namn

share-why-title = Varför delar du?
share-why-lead = Handläggaren ser vad delningen är till för.
share-why-legend = Vad är den till för?
share-why-text = Med dina egna ord
share-why-text-hint = Du kan skriva några ord till. För ”Något annat” skriver du vad den är till för.
share-why-none = Välj vad delningen är till för.

share-what-title = Vad delar du?
share-what-lead = Kryssa bara i det som hjälper till med det här. Inget är ikryssat från början. Bara det du kryssar i kommer med i filen.
share-what-all = Allt i ”{ $section }”
share-what-profile = Mitt namn, när jag kom, uppehållstillstånd, språk och hushåll
share-what-children = Åren då mina barn föddes
share-what-sub-goal = Ett delmål till ”{ $goal }”
share-what-checkin-areas = Mina svar om { $areas }
share-what-name-tip = Tips: dela den här delen. Då ser handläggaren ditt namn och kan hitta ditt ärende.
share-what-sensitive = Det här är känsligt: { $categories }. Dela det bara om det hjälper dig. Det kommer bara med om du kryssar i det här.
share-what-whole-only = Det här kommer bara med tillsammans med allt i ”{ $section }”. Kryssa i allt, eller ta bort krysset här.
share-what-together = Etapp delar de känsliga sakerna i en delning tillsammans. Du har kryssat i andra känsliga saker, så det här skulle också komma med. Kryssa i det, eller ta bort krysset vid ”{ $item }”.
share-what-none = Kryssa i minst en sak att dela.
share-what-check = Några saker kan inte delas så som du har kryssat. Läs de röda raderna ovanför.

share-until-title = Hur länge?
share-until-lead = Efter den dagen öppnar Etapp inte delningen längre.
share-until-legend = Handläggaren kan öppna den i
share-until-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}
share-until-date = till { $date }

share-preview-title = Det här ser handläggaren
share-preview-lead = Kontrollera innan du sparar. Det visas på ditt språk och på svenska, så som handläggaren och en tolk läser det.
share-preview-busy = Gör förhandsvisningen …
share-consent-title = Det här går du med på
share-left-out-title = Utelämnat eftersom det är känsligt
share-left-out = { $count ->
    [one] En sak om { $categories } finns inte med i delningen, eftersom du inte kryssade i den.
   *[other] { $count } saker om { $categories } finns inte med i delningen, eftersom du inte kryssade i dem.
}
share-left-out-change = Ändra vad jag delar

share-confirm-title = Spara delningen?
share-confirm-lead = Titta en gång till. Välj hur Etapp låser delningen och hur du ger den. Sedan väljer du var den ska sparas, till exempel på ett USB-minne.
share-confirm-to = Till
share-confirm-purpose = Varför
share-confirm-parts = Vad
share-confirm-until = Till och med
share-confirm-agree = När du sparar går du med på det här:
share-confirm-save = Spara delningen
share-confirm-busy = Låser och sparar delningen. Det tar några sekunder …
share-confirm-cancelled = Du stängde fönstret. Inget sparades.
share-form = Hur vill du ge den?
share-form-file = En fil för Etapp (.etapp)
share-form-file-hint = Handläggaren öppnar den i Etapp.
share-form-page = En sida som alla webbläsare öppnar (.html)
share-form-page-hint = För en handläggare som inte kan installera Etapp. Sidan fungerar utan internet.
share-form-both = Båda
share-form-both-hint = Två filer med samma delning. Handläggaren väljer en.
share-lock = Hur ska den låsas?
share-lock-code = Med en kod som du säger ansikte mot ansikte
share-lock-code-hint = Etapp gör en kod med 16 siffror. Handläggaren behöver den för att öppna delningen.
share-lock-key = Med myndighetens nyckel
share-lock-key-hint = För en myndighet som har gett dig sin öppna nyckel. Bara den myndigheten kan öppna delningen. Det finns ingen kod.
share-lock-key-field = Myndighetens öppna nyckel
share-lock-key-field-hint = Den börjar med age1. Kopiera den precis som myndigheten gav den.

share-code-title = Din delning är sparad
share-code-file = Sparad som: { $name }
share-code-page = Sidan öppnas i alla webbläsare. Handläggaren skriver samma kod.
share-code-key = Delningen är låst med myndighetens nyckel. Bara den myndigheten kan öppna den. Det finns ingen kod att säga.
share-code-lead = Handläggaren behöver den här koden för att öppna filen. Säg den till handläggaren.
share-code-aria = Delningskod, i grupper om fyra siffror
share-code-own = Samma kod med dina siffror:
share-code-advice-face = Säg koden till handläggaren när ni träffas.
share-code-advice-message = Skriv inte koden i ett mejl eller ett meddelande.
share-code-advice-stick = Lägg inte koden på samma USB-minne som filen, och inte tillsammans med den.
share-code-fingerprint-title = Om handläggaren frågar
share-code-fingerprint = Läs de här siffrorna högt. De visar att delningen kommer från ditt register.
share-code-to-log = Se vad jag har delat
share-code-done = Tillbaka till Min sida

## Listan över delningar.

shares-title = Det här har jag delat
shares-lead = Alla delningar du har gjort, de nyaste först. Etapp sparar listan i ditt register.
shares-loading = Hämtar dina delningar …
shares-empty = Du har inte delat något än.
shares-new = Gör en ny delning
shares-list = Mina delningar
shares-made = Gjord
shares-purpose = Varför
shares-parts = Vad
shares-until = Kan öppnas till
shares-expired = Kunde öppnas till
shares-withdrawn = Du markerade den som återkallad { $date }.
shares-withdraw = Markera som återkallad
shares-withdraw-title = Markera delningen som återkallad?
shares-withdraw-what = En fil som du redan har gett bort kan inte tas tillbaka. Etapp skriver bara här att du har återkallat den. Etapp öppnar inte filen efter { $date }. Du kan be handläggaren att radera den.
shares-withdraw-keep = Nej, låt den vara
shares-withdraw-confirm = Ja, markera som återkallad
shares-withdrawn-done = Delningen är markerad som återkallad.

## Läsaren: en handläggare öppnar en delning. Den behöver inget eget register.

open-share-start-title = Har någon gett dig en delning?
open-share-start-hint = För handläggare: öppna en fil från Etapp med koden som personen säger. Du behöver inget eget register.
open-share-start = Öppna en delning
open-share-title = Öppna en delning
open-share-lead = En person har gett dig en fil från Etapp och säger en kod till dig. Välj filen och skriv sedan koden.
open-share-file = Filen
open-share-no-file = Ingen fil är vald än.
open-share-chosen = Vald: { $name }
open-share-choose = Välj filen
open-share-choose-other = Välj en annan fil
open-share-code = Koden
open-share-code-hint = 16 siffror. Mellanslag och bindestreck gör inget.
open-share-open = Öppna
open-share-busy = Öppnar delningen. Det tar en sekund …
open-share-opened = Från filen { $name }.
open-share-show-in = Visa på
open-share-side-by-side = Bredvid personens språk: { $language }
open-share-save-page = Spara sidan för utskrift
open-share-page-saved = Sparad som { $name }.
open-share-page-not-saved = Du stängde fönstret. Inget sparades.
open-share-close = Stäng delningen

## Jämföra med en tidigare delning (läsaren)

compare-start-title = Vad har ändrats sedan sist?
compare-start-hint = Har du en tidigare delning från samma person? Öppna den också och se vad som har ändrats mellan de två.
compare-start = Jämför med en tidigare delning
compare-file = Den tidigare delningen
compare-choose = Välj den tidigare delningen
compare-open-title = Välj den tidigare delningen
compare-by-key = Den tidigare delningen öppnas med samma nyckelfil som den här.
compare-busy = Öppnar den tidigare delningen. Det tar en sekund …
compare-open = Jämför
compare-cancel = Avbryt
compare-hide = Dölj vad som ändrats
compare-from-file = Jämfört med den tidigare delningen { $name }
compare-error-no-file = Välj den tidigare delningen först.
compare-error-same-share = Det här är delningen som redan är öppen. Välj en tidigare delning från samma person.

## Rapporten från många delningar (myndighetens sida)

report-start-title = För myndigheter: en rapport från många delningar
report-start-hint = Personer kan ge er delningar för utvärdering, låsta med myndighetens nyckel. Se hur insatserna gick för alla tillsammans. Inga namn och inget som personerna skrev kommer med i rapporten.
report-start = Gör en rapport
report-screen-title = Rapport från många delningar
report-lead = Välj mappen med delningarna och myndighetens nyckelfil. Bara delningar som getts för utvärdering räknas. Grupper med färre än 5 personer visas inte.
report-folder = Mappen med delningarna
report-no-folder = Ingen mapp vald än.
report-folder-choose = Välj mappen
report-folder-choose-other = Välj en annan mapp
report-folder-title = Välj mappen med delningarna
report-key = Myndighetens nyckelfil
report-no-key = Ingen nyckelfil vald än.
report-key-choose = Välj nyckelfilen
report-key-choose-other = Välj en annan nyckelfil
report-busy = Läser delningarna: { $done } av { $total }
report-make = Gör rapporten
report-save-csv = Spara som tabell (CSV)
report-csv-title = Spara rapporten
report-csv-file-type = Tabell (CSV)
report-csv-saved = Sparad som { $name }.
report-status = Status
report-rating = Betyg
report-count = Antal
report-change = Ändring
report-area-median = Medianändring: { $median }
report-area-changes = Hur mycket nivån ändrades (antal personer)
report-error-no-folder = Välj mappen med delningarna först.
report-error-no-shares = Mappen har inga delningar från Etapp (filer som slutar på .etapp eller .html). Välj en annan mapp.
report-error-none-counted = Ingen delning kunde räknas. Den första: { $reason }. Kontrollera att du valde rätt mapp och myndighetens nyckelfil.
report-error-no-report = Gör rapporten först och spara den sedan.
