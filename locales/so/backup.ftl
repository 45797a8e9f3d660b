# Backups: the whole record in one encrypted file, to put back on this or
# a new computer. Say what happened and what to do next.

backup-error-not-a-backup = Faylkani ma aha nuqul-kayd Etapp ah. Hubi inaad dooratay faylka saxda ah.
backup-error-damaged = Nuqul-kaydkan wuu xumaaday, sidaa darteed lama isticmaali karo. Isku day nuqul-kayd kale, tusaale ahaan mid ka duugsan.
backup-error-truncated = Nuqul-kaydkani ma dhammaystirna: goor hore ayuu dhammaadaa. Waxa laga yaabaa in USB-ga la soo saaray intii la kaydinayay. Isku day nuqul-kayd kale.
backup-error-newer-version = Nuqul-kaydkan waxa sameeyay nooc ka cusub oo Etapp ah. Ku rakib Etapp-ka ugu cusub si aad u isticmaasho.
backup-error-disk-full = Meel bannaan kuma harin meesha aad nuqul-kaydka ku kaydinayso, sidaa darteed lama samayn. Diiwaankaagu waa ammaan. Meel bannee, ama dooro meel kale.
backup-error-write = Etapp halkaas kuma kaydin karin nuqul-kaydka. Hubi in USB-ga ama galku weli halkaas yahay iyo inaad wax ku kaydin karto. Diiwaankaagu waa ammaan.
backup-error-wrong-secret = Ereyga sirta ah ama koodhku ma furaan nuqul-kaydkan. Nuqul-kayd wuxuu ku furmaa ereyga sirta ah iyo koodhka soo-celinta ee aad haysatay markii la sameeyay. Isku day kuwaas.
backup-error-inside-vault = Nuqul-kayd laguma kaydin karo isla galka diiwaankaagu ku jiro. Dooro meel kale, tusaale ahaan USB.

## Dialogs.

backup-file-type = Nuqul-kaydyada Etapp
backup-save-title = Kaydi nuqul-kayd
backup-open-title = Dooro nuqul-kayd
backup-folder-title = Dooro galka nuqul-kaydyada tooska ah

## Settings: backups. Plain words: a backup is a copy of the whole record
## in one locked file.

backup-title = Nuqul-kaydyo
backup-lead = Nuqul-kayd waa nuqul ka mid ah diiwaankaaga oo dhan, hal fayl oo xiran. Meel ka fog kombiyuutarkan ku hay, tusaale ahaan USB. Haddii kombiyuutarku lumo ama jabo, nuqul-kaydku diiwaankaaga ayuu soo celiyaa. Wuxuu ku furmaa ereygaaga sirta ah ama koodhkaaga soo-celinta oo keliya.
backup-example = Kani waa tusaalaha qof la sameeyay. Etapp weligii nuqul-kayd kama sameeyo tusaalaha.
backup-none = Weli nuqul-kayd ma lihid. Haddii kombiyuutarkani lumo ama jabo, diiwaankaaguna wuu lumayaa.
backup-last = Nuqul-kaydkaagii ugu dambeeyay waxa la sameeyay { $date }.
backup-overdue = Nuqul-kaydkaagii ugu dambeeyay waxa la sameeyay { $date }. Waa waqtigii mid cusub.
backup-new-key-notice = Ereygaaga sirta ah ama koodhkaaga soo-celinta waa cusub yahay. Nuqul-kaydyadaadii hore waxay ku furmaan oo keliya ereyga sirta ah iyo koodhka aad haysatay markaad samaysay. Hadda samee nuqul-kayd cusub.
backup-notice-title = Samee nuqul-kayd cusub
backup-now = Hadda samee nuqul-kayd
backup-now-busy = Nuqul-kaydka ayaa la samaynayaa…
backup-now-done = Nuqul-kaydka waa la kaydiyay: { $file }
backup-auto-title = Nuqul-kaydyo toos ah
backup-auto-hint = Etapp keligiis ayuu nuqul-kaydyo samayn karaa inta uu furan yahay, gal aad doorato, tusaale ahaan USB.
backup-folder = Galka nuqul-kaydyada
backup-folder-none = Weli ma dooran gal.
backup-folder-choose = Dooro gal
backup-folder-change = Dooro gal kale
backup-interval = Goorma ayuu Etapp keligiis samaynayaa nuqul-kayd?
backup-interval-off = Weligii, markaan codsado oo keliya
backup-interval-daily = Maalintii hal mar
backup-interval-after-changes = Markaan wax beddelo kadib (ugu badnaan saacaddii hal mar)
backup-keep = Immisa nuqul-kayd ayaa la hayaa?
backup-keep-count = { $count ->
    [one] { $count } nuqul-kayd
   *[other] { $count } nuqul-kayd
}
backup-keep-hint = Marka ay ka badnaadaan, Etapp wuxuu galka ka tirtiraa nuqul-kaydyadiisa ugu duugsan.
backup-schedule-save = Kaydi
backup-schedule-busy = Waa la kaydinayaa…

## Checking a backup (the restore drill): nothing is changed.

backup-check-title = Hubi nuqul-kayd
backup-check-hint = Arag waxa nuqul-kayd ku jira, adiga oo aan waxba beddelin. Mar mar samee, si aad u ogaato in nuqul-kaydkaagu shaqeeyo ka hor inta aadan u baahan.
backup-check-open = Hubi nuqul-kayd
backup-check-lead = Dooro nuqul-kayd oo qor ereyga sirta ah ama koodhka soo-celinta ee aad haysatay markaad samaysay. Etapp ayaa furaya oo kuu sheegaya waxa ku jira. Waxba lama beddelo.
backup-check-submit = Hubi nuqul-kaydka
backup-check-busy = Nuqul-kaydka ayaa la furayaa oo la hubinayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
backup-check-another = Hubi nuqul-kayd kale

backup-file = Faylka nuqul-kaydka
backup-file-none = Weli ma dooran fayl.
backup-file-chosen = Waxaad dooratay: { $file }
backup-file-choose = Dooro faylka nuqul-kaydka
backup-file-change = Dooro fayl kale
backup-secret = Sidee baad u rabtaa inaad u furto nuqul-kaydka?
backup-secret-hint = Isticmaal ereyga sirta ah ama koodhka soo-celinta ee aad haysatay markaad samaysay nuqul-kaydka.
backup-secret-passphrase = Ereyga sirta ah
backup-secret-code = Koodhka soo-celinta
backup-passphrase = Ereyga sirta ah ee nuqul-kaydka
backup-code = Koodhka soo-celinta
backup-passphrase-missing = Qor ereyga sirta ah.
backup-code-missing = Qor koodhka soo-celinta.

backup-report-title = Nuqul-kaydku wuu shaqeeyaa
backup-report-made = Waxa la sameeyay { $date }.
backup-report-name = Waxa iska leh { $name }.
backup-report-holds = Waxa ku jira:
backup-report-goals = { $count ->
    [one] { $count } hadaf
   *[other] { $count } hadaf
}
backup-report-steps = { $count ->
    [one] { $count } tallaabo
   *[other] { $count } tallaabo
}
backup-report-checkins = { $count ->
    [one] { $count } is-qiimeyn
   *[other] { $count } is-qiimeyn
}
backup-report-obstacles = { $count ->
    [one] { $count } caqabad
   *[other] { $count } caqabadood
}
backup-report-notes = { $count ->
    [one] { $count } qoraal
   *[other] { $count } qoraal
}
backup-report-contacts = { $count ->
    [one] { $count } qof xiriir
   *[other] { $count } qof xiriir
}
backup-report-shares = { $count ->
    [one] { $count } xirmo
   *[other] { $count } xirmo
}
backup-report-latest-checkin = Is-qiimeyntii ugu dambaysay: { $date }
backup-report-latest-note = Qoraalkii ugu dambeeyay: { $date }
backup-report-latest-step = Isbeddelkii ugu dambeeyay ee tallaabo: { $date }
backup-report-latest-share = Xirmadii ugu dambaysay: { $date }
backup-report-fingerprint = Furaha saxiixa:
backup-report-unchanged = Waxba lama beddelin, nuqul-kaydka iyo kombiyuutarkanba.

## "I have a backup": bringing the record back on this or a new computer.

backup-have = Nuqul-kayd ayaan haystaa
restore-title = Diiwaankaaga dib ugu soo celi nuqul-kayd
restore-lead = Dooro nuqul-kaydkaaga, tusaale ahaan USB ku jira. Kadib qor ereyga sirta ah ama koodhka soo-celinta ee aad haysatay markaad samaysay nuqul-kaydka.
restore-code-new = Haddii aad isticmaasho koodhka soo-celinta, waxaad sidoo kale doortaa erey sir ah oo cusub. Kadib waxaad helaysaa koodh soo-celin oo cusub oo aad qorato.
restore-new-passphrase = Erey sir ah oo cusub
restore-submit = Soo celi diiwaankayga
restore-busy = Diiwaankaaga ayaa dib loo soo celinayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
restore-present = Kombiyuutarkan horeba diiwaan ayaa ku jira. Ku fur ereygaaga sirta ah, ama koodhkaaga soo-celinta haddii aad illowday ereyga sirta ah.
restore-mode = Maxaad rabtaa inaad samayso?
restore-mode-check = Kaliya hubi waxa nuqul-kayd ku jira. Waxba lama beddelo.
restore-mode-replace = Soo celi nuqul-kaydka, meesha diiwaanka kombiyuutarkan
restore-mode-replace-hint = Kaliya haddii diiwaanka halkan ku jira uu xumaaday, ama haddii aad lumisay ereygiisa sirta ah iyo koodhkiisa soo-celintaba. Diiwaanka halkan lama tirtirayo: Etapp wuxuu u wareejinayaa, oo dhan, gal ku xiga.
restore-replace-submit = Soo celi nuqul-kaydka meeshiisa
restore-replaced-title = Diiwaankaagii waa soo laabtay
restore-replaced-aside = Diiwaankii kombiyuutarkan ku jiray lama tirtirin. Waxa lagu hayaa, oo dhan, galkan:

## Changing the password: a new key locks out old copies.

backup-rotate = Sidoo kale ka xir nuqullada duugga ah ee diiwaankayga
backup-rotate-hint = Qof haysta nuqul duug ah oo diiwaankaaga ah iyo ereygaagii sirta ahaa ee hore mar dambe ma furi karo. Waxaad helaysaa koodh soo-celin oo cusub oo aad qorato.
backup-rotate-busy = Fure cusub ayaa la samaynayaa, ereyga sirta ah ee cusubna waa la kaydinayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
