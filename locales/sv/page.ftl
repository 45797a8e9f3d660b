# Den fristående läsarsidan: en .html-fil med en delning och en liten
# läsare, för en handläggare som inte kan installera Etapp. Svenska först.

page-title = En delning från Etapp
page-noscript = Sidan behöver JavaScript för att öppna delningen. Slå på JavaScript för filer på den här datorn, eller öppna filen i Etapp.
page-lead = En person har delat en del av sitt register med dig. Skriv koden som personen säger, så kan du läsa.
page-offline = Ingenting lämnar den här datorn. Sidan öppnar delningen här, utan internet.
page-key = Myndighetens nyckelfil
page-key-hint = Den här delningen är låst med er myndighets nyckel, inte med en kod. Välj filen med den hemliga nyckeln (den börjar med AGE-SECRET-KEY-1).
page-key-none = Välj nyckelfilen först.
page-print = Skriv ut
page-honest = Sidan kontrollerar signaturen och datumet på den här datorn. En sida från någon du inte känner kan själv vara ändrad. Det som räknas är signaturnyckelns siffror: läs dem högt tillsammans med personen.
page-error-newer-version = Delningen är gjord med en nyare version av Etapp. Be personen spara sidan igen med sin Etapp, eller öppna .etapp-filen i den senaste versionen av Etapp.
page-error-no-bundle = Sidan innehåller ingen delning, eller så är delningen skadad. Be personen spara sidan igen.
