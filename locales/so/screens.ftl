# Screens: first run, recovery code, unlock, recovery, home, settings.

welcome-start = Bilow diiwaankayga
action-back = Dib u noqo
action-continue = Sii wad
action-save = Kaydi

nav-label = Liiska ugu muhiimsan
nav-home = Boggayga
nav-settings = Dejinta
nav-lock = Xir

passphrase-show = Muuji
passphrase-hide = Qari
passphrase-again = Mar kale qor ereyga sirta ah
passphrase-mismatch = Labada erey sir ah isku mid ma aha. Mar kale qor.

create-title = Dooro erey sir ah
create-lead = Ereyga sirta ah ayaa xira diiwaankaaga. Adiga keliya ayaa waajib ah inaad ogaato. Etapp mar dambe kuma tusi karo.
create-passphrase = Erey sir ah oo cusub
create-busy = Diiwaankaaga xiran ayaa la samaynayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
create-submit = Samee diiwaankayga

code-title = Koodhkaaga soo-celinta
code-lead = Haddii aad illowdo ereygaaga sirta ah, koodhkan ayaa furaya diiwaankaaga. Hadda warqad ku qor.
code-printed-on = Koodhka soo-celinta ee Etapp, la sameeyay { $date }
code-aria = Koodhka soo-celinta, kooxo afar lambar ah
code-advice-write = Qor dhammaan lambarrada, isla kala horreynta.
code-advice-keep = Warqadda meel ammaan ah ku hay guriga, ha la dhigin kombiyuutarka.
code-advice-secret = Koodhka qofna ha tusin. Qof kasta oo haysta koodhka wuu furi karaa diiwaankaaga.
code-print = Daabac koodhka
code-written = Waan qortay

confirm-title = Hubi koodhkaaga soo-celinta
confirm-lead = Ka qor laba koox oo lambarro ah warqaddaada, si aan u ogaanno inaad haysato koodhka.
confirm-group = Kooxda lambarka { $number }
confirm-wrong = Lambarradani kuma eka kuwa koodhka. Eeg warqaddaada oo isku day mar kale.
confirm-show-again = Mar kale muuji koodhka

date-day = Maalin
date-month = Bil
date-year = Sannad

profile-setup-title = Adiga kugu saabsan
profile-lead = Tani adiga keliya ayay kuu tahay. Goor dambe ayaad go'aamin doontaa waxa aad la wadaagayso.
profile-name = Magacaaga
profile-name-hint = Magaca aad rabto in laguugu yeero.
profile-arrived = Goormaad timid Iswiidhan?

home-title = Boggayga
home-arrived = Waxaad timid Iswiidhan { $date }.
home-no-arrived = Weli ma qorin goorta aad timid Iswiidhan.
home-edit-profile = Beddel xogtayda

unlock-title = Fur diiwaankaaga
unlock-lead = Qor ereygaaga sirta ah si aad u furto diiwaankaaga.
unlock-passphrase = Ereyga sirta ah
unlock-busy = Diiwaankaaga ayaa la furayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
unlock-submit = Fur
unlock-forgot = Waan illoobay ereygayga sirta ah

recover-title = Ma illowday ereygaaga sirta ah?
recover-lead = Isticmaal koodhka soo-celinta ee warqaddaada ku qoran. Kadib dooro erey sir ah oo cusub. Waxaad heli doontaa koodh soo-celin oo cusub.
recover-code = Koodhka soo-celinta
recover-code-hint = Dhammaan lambarrada. Meelaha bannaan muhiim ma aha.
recover-new-passphrase = Erey sir ah oo cusub
recover-busy = Diiwaankaaga ayaa lagu furayaa koodhka. Tani waxay qaadanaysaa dhowr ilbiriqsi…
recover-submit = Fur oo kaydi ereyga sirta ah ee cusub

settings-title = Dejinta
settings-auto-lock = Xiridda
settings-auto-lock-label = Xir Etapp marka aanan isticmaalin muddo ah
settings-minutes = { $minutes ->
    [one] { $minutes } daqiiqo
   *[other] { $minutes } daqiiqo
}
settings-saved = Waa la kaydiyay.
settings-passphrase = Beddel ereyga sirta ah
settings-current-passphrase = Ereygaaga sirta ah ee hadda
settings-new-passphrase = Erey sir ah oo cusub
settings-passphrase-busy = Ereyga sirta ah ee cusub ayaa la kaydinayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
settings-passphrase-submit = Kaydi ereyga sirta ah ee cusub
settings-passphrase-saved = Ereygaaga sirta ah ee cusub waa la kaydiyay. Koodhkaaga soo-celintu weli wuu shaqeeyaa.
settings-check = Hubi diiwaankayga
settings-check-hint = Etapp wuxuu akhriyaa qayb kasta oo faylka diiwaankaaga ah si uu u arko in aan waxba xumaan. Tani waxay qaadanaysaa waqti yar.
settings-check-busy = Diiwaankaaga ayaa la hubinayaa…
settings-check-whole = Diiwaankaagu waa dhammaystiran yahay. Qayb kasta waa la akhrin karaa.
settings-fingerprint = Furahaaga saxiixa
settings-fingerprint-hint = Markaad wax la wadaagto, waxa lagu saxiixaa furahan. Shaqaalaha kiiska ayaa kuu akhrin kara lambarradan si uu u hubiyo inay adiga kaa yimaadeen.

nav-plan = Qorshahayga
nav-background = Taariikhdayda
nav-profile = Aniga ku saabsan
nav-life-areas = Noloshayda
nav-obstacles = Caqabado
nav-notes = Qoraallo
nav-guide = Hay'adaha

delete-will-remove = Tan ayaa la tirtiri doonaa:
delete-appointments = { $count ->
    [one] { $count } ballan
   *[other] { $count } ballan
}
delete-evaluations = { $count ->
    [one] { $count } qiimeyn
   *[other] { $count } qiimeyn
}
delete-status-changes = { $count ->
    [one] { $count } isbeddel xaalad
   *[other] { $count } isbeddel xaalad
}
delete-cannot-undo = Dib uma celin kartid.
delete-keep = Maya, hay
delete-confirm = Haa, tirtir

welcome-try-example = Ku tijaabi tusaale
welcome-try-example-hint = Arag sida Etapp ugu shaqeeyo qof la sameeyay. Waxba oo aad ku samayso tusaalaha lama hayo.
example-busy = Tusaalaha ayaa la furayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
example-banner = Kani waa tusaale leh qof la sameeyay. Waxba oo aad halkan ku beddesho lama hayo.
example-leave = Ka bax tusaalaha
delete-steps-losing-contact = Tallaabooyinkani way harayaan, laakiin mar dambe ma sheegayaan qofkan:
delete-obstacles-losing-contact = { $count ->
    [one] Hal caqabad way haraysaa, laakiin mar dambe ma sheegayso qofkan.
   *[other] { $count } caqabadood way harayaan, laakiin mar dambe ma sheegayaan qofkan.
}
