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
