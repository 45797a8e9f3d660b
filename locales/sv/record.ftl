# Registret: vad som går fel när det sparas eller importeras. { $field } är
# namnet på värdet i registerfilen (till exempel steps[2].end_date).

record-error-invalid-value = Värdet i { $field } är inte rätt. Kontrollera det och försök igen. Inget har sparats.
record-error-empty-title = { $field } är tomt. Skriv något där och försök igen.
record-error-date-in-future = Datumet i { $field } har inte hänt än. Kontrollera datumet och försök igen.
record-error-end-before-start = Slutdatumet i { $field } kommer före startdatumet. Ändra ett av dem och försök igen.
record-error-sub-goal-without-final-goal = Ett delmål måste höra till ett slutmål ({ $field }). Välj ett slutmål först, eller gör det här till ett slutmål.
record-error-evaluation-too-early = Du kan utvärdera ett steg när det är klart eller avbrutet ({ $field }). Ändra dess status först.
record-error-no-such-goal = Det finns inget mål med nummer { $id }. Kontrollera numret och försök igen.
record-error-no-such-step = Det finns inget steg med nummer { $id }. Kontrollera numret och försök igen.
record-error-no-such-contact = Det finns ingen kontakt med nummer { $id }. Kontrollera numret och försök igen.
record-error-no-such-checkin = Det finns ingen avstämning med nummer { $id }. Kontrollera numret och försök igen.
record-error-no-such-obstacle = Det finns inget hinder med nummer { $id }. Kontrollera numret och försök igen.
record-error-no-such-note = Det finns ingen anteckning med nummer { $id }. Kontrollera numret och försök igen.
record-error-not-a-record = Filen är inte ett Etapp-register, eller så är den skadad (vid { $field }). Inget har ändrats. Välj en fil som gjorts med "export-record".
record-error-not-empty = Ditt register har redan uppgifter, så inget importerades. Importera till ett nytt, tomt register.
record-error-duplicate-key = I filen står { $field } två gånger, så Etapp kan inte veta vilken som gäller. Behåll en av dem och försök igen. Inget har ändrats.
record-error-no-such-share = Det finns ingen delning med nummer { $id }. Kontrollera numret med "etapp shares" och försök igen.
