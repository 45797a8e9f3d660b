# Om mig: deltagarens profil och de personer hen möter på myndigheterna.
# Korta meningar; personen kan vara ny i språket.

profile-title = Om mig
profile-intro = Det du skriver här stannar på den här datorn. Du bestämmer vad du delar, och med vem.
profile-not-written = Inte skrivet
profile-change = Ändra
profile-cancel = Avbryt
profile-saved = Sparat.

profile-names-title = Ditt namn
profile-display-name = Namnet du vill kallas
profile-permit-name = Ditt namn på uppehållstillståndskortet
profile-permit-name-hint = Skriv det precis som på kortet. Myndigheterna söker på just den stavningen.

profile-ids-title = Nummer för ditt ärende
profile-ids-why = En myndighet kan fråga efter de här numren för att snabbt hitta ditt ärende. Du behöver inte skriva dem här.
profile-pin = Personnummer eller samordningsnummer
profile-pin-hint = 12 eller 10 siffror, till exempel 19121212-1212.
profile-case-number = Ärendenummer hos Migrationsverket
profile-case-number-hint = Det står i breven från Migrationsverket.

profile-languages-title = Språk du talar
profile-languages-none = Du har inte skrivit några språk än.
profile-language-n = Språk { $number }
profile-language = Språk
profile-language-level = Hur bra du talar det
profile-language-add = Lägg till ett språk
profile-language-remove = Ta bort språket

profile-sweden-title = Din tid i Sverige
profile-arrived-date = Datum när du kom till Sverige
profile-permit-date = Datum när du fick uppehållstillstånd
profile-municipality = Kommunen där du bor
profile-municipality-hint = Till exempel Malmö eller Umeå.

profile-household-title = Ditt hem
profile-adults = Vuxna i ditt hem, du också
profile-adults-count = { $count ->
    [one] { $count } vuxen
   *[other] { $count } vuxna
}
profile-children = Barn
profile-children-none = Inga barn skrivna.
profile-child-n = Barn { $number }: födelseår
profile-child-born = Född { $year }
profile-child-add = Lägg till ett barn
profile-child-remove = Ta bort barnet
profile-child-year-missing = Välj födelseår för barn { $number }.

profile-programme-title = Etableringsprogrammet
profile-programme-what = Det är ett program hos Arbetsförmedlingen för personer som är nya i Sverige. Det hjälper dig att lära dig svenska och hitta arbete.
profile-programme-question = Är du med i etableringsprogrammet nu?
profile-programme-yes = Ja
profile-programme-no = Nej
profile-programme-since = Sedan när?
profile-programme-in = Du är med i programmet.
profile-programme-in-since = Du är med i programmet sedan { $date }.
profile-programme-out = Du är inte med i programmet.

contact-title = Dina kontakter på myndigheterna
contact-intro = Personerna du möter på myndigheterna, till exempel din handläggare.
contact-none = Du har inte lagt till några kontakter än.
contact-add = Lägg till en kontakt
contact-new-title = Ny kontakt
contact-edit-title = Ändra kontakten
contact-name = Namn
contact-agency = Var personen arbetar
contact-agency-choose = Välj
contact-agency-missing = Välj var personen arbetar.
contact-unit = Enhet eller kontor
contact-phone = Telefon
contact-email = E-post
contact-note = Din anteckning
contact-note-hint = Till exempel när det är lätt att nå personen.
contact-edit = Ändra
contact-delete = Ta bort
contact-save = Spara kontakten
contact-delete-title = Ta bort { $name }?
contact-saved = Kontakten är sparad.
contact-deleted = Kontakten är borttagen.
