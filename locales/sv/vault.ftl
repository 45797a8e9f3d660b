# Valvet: det krypterade registret på den här datorn, dess lösenord och
# återställningskod. Säg vad som hände och vad man ska göra, med enkla ord.

vault-error-no-vault = Det finns inget Etapp-register i den här mappen än. Skapa ett nytt register, eller välj mappen där ditt register finns.
vault-error-key-file-missing = Nyckelfilen till ditt register (vault.key) saknas. Utan den går registret inte att öppna. Lägg tillbaka filen från en säkerhetskopia, i samma mapp.
vault-error-key-file-damaged = Nyckelfilen till ditt register (vault.key) är skadad. Lägg tillbaka filen från en säkerhetskopia, i samma mapp.
vault-error-database-missing = Filen med ditt register (vault.db) saknas. Lägg tillbaka filen från en säkerhetskopia, i samma mapp.
vault-error-database-does-not-open = Ditt register (vault.db) går inte att öppna med den här nyckeln. Filen kan vara skadad, eller hör till en annan nyckelfil. Lägg tillbaka båda filerna från samma säkerhetskopia.
vault-error-database-damaged = Filen med ditt register (vault.db) är skadad, så Etapp kan inte läsa allt i den. Ta inte bort filen: spara en kopia av den. Lägg sedan tillbaka ditt register från en säkerhetskopia.
vault-error-wrong-passphrase = Lösenordet är fel. Kontrollera tangentbordets språk och Caps Lock och försök igen. Om du har glömt det, använd din återställningskod.
vault-error-wrong-recovery-code = Den här återställningskoden öppnar inte ditt register. Kontrollera att det är den senaste koden du skrev ner för det här registret.
vault-error-mistyped-code = En siffra i koden saknas eller är fel. Kontrollera varje grupp med fyra siffror och skriv koden igen.
vault-error-newer-version = Ditt register gjordes med en nyare version av Etapp. Installera den senaste Etapp för att öppna det. Inget har ändrats.
vault-error-in-use = Ditt register är redan öppet i ett annat Etapp-fönster eller program. Stäng det där och försök igen.
vault-error-already-exists = Det finns redan ett register i den här mappen, så inget har ändrats. Öppna det med ditt lösenord.
vault-error-passphrase-too-short = Lösenordet är för kort. Använd minst { $min } tecken.
vault-error-invalid-auto-lock-minutes = Tiden innan Etapp låser sig måste vara från { $min } till { $max } minuter.
vault-error-disk-full = Disken är full, så den senaste ändringen sparades inte. Allt du har sparat innan är kvar. Gör plats på disken och försök igen.
vault-error-storage = Etapp kunde inte läsa eller skriva filerna i ditt register. Kontrollera att disken är ansluten och att du får spara där, och försök igen.
vault-error-database = Något gick fel inne i ditt register. Stäng Etapp och öppna det igen. Om det händer igen, lägg tillbaka ditt register från en säkerhetskopia.
vault-error-randomness = Datorn kunde inte skapa en hemlig nyckel. Starta om datorn och försök igen.

# Hur starkt ett nytt lösenord är.
passphrase-strength-too-short = För kort
passphrase-strength-weak = Svagt: lätt att gissa
passphrase-strength-fair = Bra
passphrase-strength-strong = Starkt
passphrase-hint = Använd minst { $min } tecken. Några ord som inte hör ihop är lätta att komma ihåg och svåra att gissa.
