# Delning: en delning (ett delningspaket) är den del av registret som en
# person lämnar till en handläggare. De här meddelandena gör den, och säger
# vad som gick fel när en inte går att öppna. Säg vad som hände och vad man
# ska göra sedan.

list-separator = {", "}

## Samtyckestexten som personen går med på, och hur man återkallar. Den
## sparas i delningen, på personens språk och på svenska.

share-consent-text = Jag ger { $to } en kopia av de här delarna av mitt register: { $parts }. Syftet är: { $purpose }. Den kan öppnas till { $expires }. Efter det öppnar Etapp den inte.
share-consent-sensitive = Den innehåller också känsliga uppgifter: { $categories }. Jag har själv valt att dela dem.
share-consent-items = { $count ->
    [one] en enskild sak
   *[other] { $count } enskilda saker
}
share-withdrawal-text = Jag kan markera den här delningen som återkallad i Etapp. En fil som jag redan har lämnat över kan inte tas tillbaka. Efter { $expires } går den inte att öppna. Jag kan be handläggaren att radera den.

## När en delning inte går att öppna.

bundle-error-mistyped-code = En siffra i koden saknas eller är fel. Kontrollera varje grupp med fyra siffror tillsammans med personen och skriv koden igen.
bundle-error-wrong-code = Den här koden eller nyckeln öppnar inte filen, eller så är filen skadad. Kontrollera koden med personen. Om filen ändå inte går att öppna, be personen att göra en ny delning.
bundle-error-not-a-bundle = Filen är inte en delning från Etapp. Kontrollera att du valde rätt fil.
bundle-error-truncated = Filen är inte hel: den tar slut för tidigt. Kopiera den igen från där du fick den, eller be personen att göra en ny delning.
bundle-error-signature = Filen har ändrats efter att personen gjorde den, så Etapp visar den inte. Be personen att göra en ny delning.
bundle-error-expired = Den här delningen kunde öppnas till { $expires }. Be personen att göra en ny delning.
bundle-error-newer-version = Den här delningen gjordes med en nyare version av Etapp. Installera den senaste Etapp för att öppna den.
bundle-error-not-an-identity = Filen är inte en age-nyckel. Välj filen med er myndighets hemliga nyckel (den börjar med AGE-SECRET-KEY-1).
bundle-error-public-key = Filen innehåller en publik nyckel (den börjar med age1). Välj filen med er myndighets hemliga nyckel för att öppna delningar (den börjar med AGE-SECRET-KEY-1).
bundle-error-different-signers = Delningarna är signerade med olika nycklar. De kan komma från olika personer, så Etapp jämför dem inte. Öppna en delning i taget.

## Filer.

file-error-not-a-file = Det här är en mapp, inte en fil. Välj en fil.
file-error-unreadable = Etapp kunde inte läsa filen. Kontrollera att den finns och att du får öppna den, och försök igen.

## Filer och dialogrutor.

share-file-type = Delningar från Etapp
share-save-title = Spara delningen
share-page-type = Sidor som alla webbläsare öppnar
share-save-page-title = Spara sidan
share-error-same-file = Filen och sidan kan inte ha samma namn. Välj ett annat namn för en av dem.
reader-open-title = Öppna en delning från Etapp
reader-page-title = Spara sidan för utskrift
reader-page-file-type = Webbsida
reader-error-no-file = Välj filen först.
reader-error-no-key-file = Välj nyckelfilen först.
reader-key-open-title = Välj er myndighets nyckelfil
reader-key = Myndighetens nyckelfil
reader-key-hint = Är delningen låst med er myndighets nyckel och inte med en kod? Öppna den då med myndighetens nyckelfil.
reader-key-choose = Använd myndighetens nyckelfil
reader-key-choose-other = Välj en annan nyckelfil
reader-key-use-code = Använd en kod i stället
