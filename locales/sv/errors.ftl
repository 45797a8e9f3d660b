# Fel som appen och kommandoraden delar. Varje fel säger vad som hänt och
# vad du kan göra.

error-no-data-folder = Etapp hittar ingen mapp att spara ditt register i. Starta med --vault och namnet på en mapp.
error-app-failed = Etapp kunde inte starta. Starta om datorn och försök igen.
error-unknown-language = Språket ”{ $language }” finns inte. Välj ett språk i listan.
error-save-failed = Etapp kunde inte spara. Inget du sparat tidigare har försvunnit. Försök igen.
error-disk-full = Disken är full, så Etapp kunde inte spara. Inget du sparat tidigare har försvunnit. Gör plats och försök igen.
error-permission-denied = Etapp får inte skriva i sin mapp. Inget du sparat tidigare har försvunnit. Be någon du litar på att titta på mappens behörigheter.
error-unexpected = Något gick fel. Inget du sparat tidigare har försvunnit. Försök igen.
error-locked = Etapp är låst. Öppna med ditt lösenord.
file-error-too-large = Filen är större än { $megabytes } MB, så Etapp läste den inte. Kontrollera att du valde rätt fil. Inget har ändrats.
