# Hinder: vad som står i vägen, vem som arbetar med det och sedan när, och
# när det blev löst. Själva typerna och lägena finns i catalog.ftl
# (obstacle-*, obstacle-status-*).

obstacles-title = Hinder
obstacles-lead = Vad står i vägen för dig? Skriv ner det en gång. Sedan kan du visa det på varje möte.
obstacles-loading = Hämtar dina hinder…
obstacles-add = Lägg till ett hinder
obstacles-empty = Du har inte skrivit ner några hinder. Ett hinder är något som stoppar dig, till exempel att du inte har barnomsorg, eller en kurs som kräver mer svenska än du kan.
obstacles-now = I vägen nu
obstacles-none-now = Inget står i vägen för dig nu.
obstacles-solved = Lösta
obstacles-saved = Hindret är sparat.
obstacles-deleted = Hindret är borttaget.
obstacles-status-changed = Sparat. Nu: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = Upptäckt { $date }
obstacles-nobody = Ingen arbetar med det än.
obstacles-open-by = { $by ->
    [contact] Vem som borde arbeta med det: { $contact }
    [both] Vem som borde arbeta med det: { $agency } ({ $contact })
   *[agency] Vem som borde arbeta med det: { $agency }
}
obstacles-handling = Någon arbetar med det sedan { $date }
obstacles-handling-by = { $by ->
    [contact] { $contact } arbetar med det sedan { $date }
    [both] { $agency } ({ $contact }) arbetar med det sedan { $date }
   *[agency] { $agency } arbetar med det sedan { $date }
}
obstacles-handling-undated = Någon arbetar med det.
obstacles-handling-undated-by = { $by ->
    [contact] { $contact } arbetar med det
    [both] { $agency } ({ $contact }) arbetar med det
   *[agency] { $agency } arbetar med det
}
obstacles-handled-from = Någon arbetade med det från { $date }
obstacles-handled-by = { $by ->
    [contact] { $contact } arbetade med det
    [both] { $agency } ({ $contact }) arbetade med det
   *[agency] { $agency } arbetade med det
}
obstacles-handled-by-from = { $by ->
    [contact] { $contact } arbetade med det från { $date }
    [both] { $agency } ({ $contact }) arbetade med det från { $date }
   *[agency] { $agency } arbetade med det från { $date }
}
obstacles-solved-on = Löst { $date }
obstacles-sensitive = Känsligt
obstacles-sensitive-note = Känsligt: delas bara om du själv väljer det.

obstacles-to-handled = Någon arbetar med det
obstacles-to-solved = Markera som löst
obstacles-to-open = Öppna igen
obstacles-to-not-solved = Inte löst ändå
obstacles-edit = Ändra
obstacles-delete = Ta bort
obstacles-delete-title = Ta bort det här hindret?

obstacles-form-new = Nytt hinder
obstacles-form-edit = Ändra hindret
obstacles-form-kind = Vad står i vägen för dig?
obstacles-form-description = Beskrivning
obstacles-form-description-hint = Med dina egna ord. Du måste skriva något här om du valde ”{ obstacle-other }”.
obstacles-form-status = Hur är läget?
obstacles-form-who = Vem arbetar med det?
obstacles-form-who-hint = Du kan lämna det tomt.
obstacles-form-agency = Myndighet eller organisation
obstacles-form-no-agency = Ingen myndighet
obstacles-form-contact = Kontaktperson
obstacles-form-no-contact = Ingen kontaktperson
obstacles-form-noticed = Upptäckt
obstacles-form-since = Någon arbetar med det sedan
obstacles-form-solved-on = Löst
obstacles-form-kind-missing = Välj vad som står i vägen för dig.
obstacles-form-noticed-missing = Välj dagen då du upptäckte det.
obstacles-form-solved-missing = Välj dagen då det blev löst.
obstacles-form-save = Spara hindret
obstacles-form-cancel = Avbryt
