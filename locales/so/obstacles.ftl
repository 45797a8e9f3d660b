# Obstacles (hinder): what stands in the way, who is handling it and since
# when, and when it was solved. The kinds and statuses themselves are in
# catalog.ftl (obstacle-*, obstacle-status-*).

obstacles-title = Caqabado
obstacles-lead = Maxaa kaa hor istaagaya? Hal mar qor. Markaas waxaad ku tusi kartaa kulan kasta.
obstacles-loading = Caqabadahaaga ayaa la diyaarinayaa…
obstacles-add = Ku dar caqabad
obstacles-empty = Weli caqabad ma aadan qorin. Caqabad waa wax ku joojiya, tusaale ahaan xannaano carruur oo la'aan, ama koorso u baahan af-Iswiidhish ka badan inta aad taqaan.
obstacles-now = Waxa hadda kaa hor istaagaya
obstacles-none-now = Hadda waxba kaama hor istaagin.
obstacles-solved = La xalliyay
obstacles-saved = Caqabadda waa la kaydiyay.
obstacles-deleted = Caqabadda waa la tirtiray.
obstacles-status-changed = Waa la kaydiyay. Hadda: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = La ogaaday { $date }
obstacles-nobody = Weli cidna kama shaqaynayso.
obstacles-open-by = { $by ->
    [contact] Cidda ay tahay inay ka shaqayso: { $contact }
    [both] Cidda ay tahay inay ka shaqayso: { $agency } ({ $contact })
   *[agency] Cidda ay tahay inay ka shaqayso: { $agency }
}
obstacles-handling = Waa laga shaqaynayaa tan iyo { $date }
obstacles-handling-by = { $by ->
    [contact] { $contact } ayaa ka shaqaynaya tan iyo { $date }
    [both] { $agency } ({ $contact }) ayaa ka shaqaynaya tan iyo { $date }
   *[agency] { $agency } ayaa ka shaqaynaya tan iyo { $date }
}
obstacles-handling-undated = Qof ayaa ka shaqaynaya.
obstacles-handling-undated-by = { $by ->
    [contact] { $contact } ayaa ka shaqaynaya
    [both] { $agency } ({ $contact }) ayaa ka shaqaynaya
   *[agency] { $agency } ayaa ka shaqaynaya
}
obstacles-handled-from = Waa laga shaqeeyay laga bilaabo { $date }
obstacles-handled-by = { $by ->
    [contact] { $contact } ayaa ka shaqeeyay
    [both] { $agency } ({ $contact }) ayaa ka shaqeeyay
   *[agency] { $agency } ayaa ka shaqeeyay
}
obstacles-handled-by-from = { $by ->
    [contact] { $contact } ayaa ka shaqeeyay laga bilaabo { $date }
    [both] { $agency } ({ $contact }) ayaa ka shaqeeyay laga bilaabo { $date }
   *[agency] { $agency } ayaa ka shaqeeyay laga bilaabo { $date }
}
obstacles-solved-on = La xalliyay { $date }
obstacles-sensitive = Xog xasaasi ah
obstacles-sensitive-note = Xasaasi: waxa la wadaagaa oo keliya haddii aad doorato.

obstacles-to-handled = Qof ayaa ka shaqaynaya
obstacles-to-solved = U calaamadi inuu xallismay
obstacles-to-open = Mar kale fur
obstacles-to-not-solved = Ma xallismin
obstacles-edit = Beddel
obstacles-delete = Tirtir
obstacles-delete-title = Ma tirtiraysaa caqabaddan?

obstacles-form-new = Caqabad cusub
obstacles-form-edit = Beddel caqabadda
obstacles-form-kind = Maxaa kaa hor istaagaya?
obstacles-form-description = Sharaxaad
obstacles-form-description-hint = Ereyadaada ku qor. Waa inaad tan qortaa haddii aad dooratay “{ obstacle-other }”.
obstacles-form-status = Xaggee bay marayso?
obstacles-form-who = Yaa ka shaqaynaya?
obstacles-form-who-hint = Tan waad ka tagi kartaa iyada oo madhan.
obstacles-form-agency = Hay'ad
obstacles-form-no-agency = Hay'ad ma jirto
obstacles-form-contact = Qofka xiriirka
obstacles-form-no-contact = Qof xiriir ma jiro
obstacles-form-noticed = La ogaaday
obstacles-form-since = Laga shaqeeyay tan iyo
obstacles-form-solved-on = La xalliyay
obstacles-form-kind-missing = Dooro waxa kaa hor istaagaya.
obstacles-form-noticed-missing = Dooro maalinta aad ogaatay.
obstacles-form-solved-missing = Dooro maalinta la xalliyay.
obstacles-form-save = Kaydi caqabadda
obstacles-form-cancel = Jooji
