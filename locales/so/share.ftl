# Sharing in the app: the share wizard, the list of shares made, and the
# reader a case worker uses to open a share. Plain words, short
# sentences: the person may be new to the language. A "share" is the file
# (the bundle) the person gives a case worker.

nav-share = La wadaag
nav-shares = Xirmooyinkayga
nav-reader = Fur xirmo
home-share = La wadaag shaqaalaha kiiska

## The share wizard: one task on each screen.

share-step-of = Tallaabada { $step } ka mid ah { $total }
share-next = Xiga
share-checking = Waa la hubinayaa…
share-loading = Diiwaankaaga ayaa la diyaarinayaa…

share-to-title = Yaa helaya xirmada?
share-to-lead = Waxaad fayl u samaynaysaa hal shaqaale kiis (handläggare). Etapp waxba ma diro: adiga ayaa faylka bixinaya.
share-to-contact = Ka buuxi dadka aan la xiriiro
share-to-contact-none = Dooro qof xiriir
share-to-agency = Hay'ad
share-to-no-agency = Hay'ad ma jirto
share-to-unit = Qaybta ama xafiiska
share-to-name = Magaca shaqaalaha kiiska

share-why-title = Maxaad u wadaagaysaa?
share-why-lead = Shaqaalaha kiisku wuxuu arkaa waxa xirmada loogu talagalay.
share-why-legend = Maxaa loogu talagalay?
share-why-text = Ereyadaada
share-why-text-hint = Dhowr erey ayaad ku dari kartaa. “Wax kale” haddii aad dooratay, qor waxa loogu talagalay.
share-why-none = Dooro waxa xirmada loogu talagalay.

share-what-title = Maxaad wadaagaysaa?
share-what-lead = Calaamadee oo keliya waxa tan ka caawinaya. Bilowga waxba lama calaamadin. Waxa aad calaamadiso oo keliya ayaa faylka gala.
share-what-all = Dhammaan “{ $section }”
share-what-profile = Magacayga, imaanshaha, sharciga deganaanshaha, luqadaha iyo qoyska
share-what-children = Sannadaha carruurtaydu dhasheen
share-what-sub-goal = Hadaf-hoosaad ka tirsan “{ $goal }”
share-what-checkin-areas = Jawaabahayga ku saabsan { $areas }
share-what-name-tip = Talo: qaybtan la wadaag. Markaas shaqaalaha kiisku wuxuu arkaa magacaaga oo wuu heli karaa kiiskaaga.
share-what-sensitive = Tani waa xasaasi: { $categories }. La wadaag oo keliya haddii ay ku caawinayso. Waxay gashaa oo keliya haddii aad halkan ku calaamadiso.
share-what-whole-only = Tani waxay gashaa oo keliya iyada oo la socota wax walba oo “{ $section }” ku jira. Calaamadee dhammaan, ama ka saar calaamadda tan.
share-what-together = Etapp wuxuu xirmo keliya ku wadaagaa dhammaan waxyaabaha xasaasiga ah wada jir. Waxaad calaamadisay waxyaabo kale oo xasaasi ah, sidaa darteed tanina way gali lahayd. Calaamadee, ama ka saar calaamadda “{ $item }”.
share-what-none = Calaamadee ugu yaraan hal shay oo la wadaago.
share-what-check = Waxyaabo qaar uma gali karaan sidii aad u calaamadisay. Akhri qoraallada cas ee kore.

share-until-title = Muddo intee le'eg?
share-until-lead = Maalintan kadib, Etapp mar dambe ma furo xirmada.
share-until-legend = Shaqaalaha kiisku wuu furi karaa muddo
share-until-days = { $days ->
    [one] { $days } maalin
   *[other] { $days } maalmood
}
share-until-date = ilaa { $date }

share-preview-title = Tani waa waxa uu shaqaalaha kiisku arko
share-preview-lead = Hubi ka hor intaadan kaydin. Waxa lagu muujiyay luqaddaada iyo af-Iswiidhish, sida ay u akhrinayaan shaqaalaha kiiska iyo turjumaanku.
share-preview-busy = Muuqaalka hore ayaa la samaynayaa…
share-consent-title = Waxa aad oggolaanayso
share-left-out-title = Waa laga reebay sababtoo ah waa xasaasi
share-left-out = { $count ->
    [one] Hal shay oo ku saabsan { $categories } kuma jiro xirmada, sababtoo ah ma aadan calaamadin.
   *[other] { $count } shay oo ku saabsan { $categories } kuma jiraan xirmada, sababtoo ah ma aadan calaamadin.
}
share-left-out-change = Beddel waxa aan wadaagayo

share-confirm-title = Ma kaydinaysaa xirmada?
share-confirm-lead = Mar kale eeg. Dooro sida Etapp u xirayo xirmada iyo sida aad u bixinayso. Kadib waxaad dooranaysaa meesha aad ku kaydinayso, tusaale ahaan USB.
share-confirm-to = Loogu talagalay
share-confirm-purpose = Sababta
share-confirm-parts = Qaybaha
share-confirm-until = Ilaa
share-confirm-agree = Markaad kaydiso, waxaad oggolaanaysaa tan:
share-confirm-save = Kaydi xirmada
share-confirm-busy = Xirmada ayaa la xirayaa oo la kaydinayaa. Tani waxay qaadanaysaa dhowr ilbiriqsi…
share-confirm-cancelled = Waxaad xirtay daaqadda. Waxba lama kaydin.
share-form = Sidee baad u bixinaysaa?
share-form-file = Fayl Etapp ah (.etapp)
share-form-file-hint = Shaqaalaha kiisku wuxuu ku furaa Etapp.
share-form-page = Bog uu furo biraawsar kasta (.html)
share-form-page-hint = Shaqaale kiis oo aan rakibi karin Etapp. Boggu wuxuu shaqeeyaa internet la'aan.
share-form-both = Labadaba
share-form-both-hint = Laba fayl oo isla xirmada ah. Shaqaalaha kiisku mid ayuu doortaa.
share-lock = Sidee loo xirayaa?
share-lock-code = Koodh aad fool ka fool ku sheegto
share-lock-code-hint = Etapp wuxuu sameeyaa koodh 16 lambar ah. Shaqaalaha kiisku wuxuu u baahan yahay si uu u furo xirmada.
share-lock-key = Furaha hay'adda
share-lock-key-hint = Hay'ad ku siisay furaheeda guud. Hay'addaas oo keliya ayaa furi karta xirmada. Koodh ma jiro.
share-lock-key-field = Furaha guud ee hay'adda
share-lock-key-field-hint = Wuxuu ku bilaabmaa age1. U koobiyee sida saxda ah ee hay'addu kuu siisay.

share-code-title = Xirmadaada waa la kaydiyay
share-code-file = Waxa loo kaydiyay: { $name }
share-code-page = Boggu wuxuu ku furmaa biraawsar kasta. Shaqaalaha kiisku isla koodhka ayuu qoraa.
share-code-key = Xirmada waxa lagu xiray furaha hay'adda. Hay'addaas oo keliya ayaa furi karta. Koodh la sheego ma jiro.
share-code-lead = Shaqaalaha kiisku wuxuu u baahan yahay koodhkan si uu u furo faylka. U sheeg.
share-code-aria = Koodhka xirmada, kooxo afar lambar ah
share-code-own = Isla koodhka oo lambarradaada ku qoran:
share-code-advice-face = Koodhka u sheeg shaqaalaha kiiska fool ka fool.
share-code-advice-message = Koodhka ha ku qorin iimayl ama fariin.
share-code-advice-stick = Koodhka ha dhigin isla USB-ga faylka ku jiro, ama faylka agtiisa.
share-code-fingerprint-title = Haddii shaqaalaha kiisku weydiiyo
share-code-fingerprint = Lambarradan kor u akhri. Waxay muujinayaan in xirmadu ka timid diiwaankaaga.
share-code-to-log = Eeg waxa aan wadaagay
share-code-done = Ku noqo Boggayga

## The list of shares made.

shares-title = Waxa aan wadaagay
shares-lead = Xirmo kasta oo aad samaysay, tan ugu cusub marka hore. Etapp liiskan wuxuu ku hayaa diiwaankaaga.
shares-loading = Xirmooyinkaaga ayaa la diyaarinayaa…
shares-empty = Weli waxba ma aadan wadaagin.
shares-new = Samee xirmo cusub
shares-list = Xirmooyinkayga
shares-made = La sameeyay
shares-purpose = Sababta
shares-parts = Qaybaha
shares-until = La furi karaa ilaa
shares-expired = La furi karay ilaa
shares-withdrawn = Waxaad ku calaamadisay inaad dib ula noqotay { $date }.
shares-withdraw = U calaamadi in dib loola noqday
shares-withdraw-title = Ma u calaamadinaysaa xirmadan in dib loola noqday?
shares-withdraw-what = Fayl aad horeba u bixisay dib looma soo celin karo. Etapp halkan wuxuu ku qoraa oo keliya inaad dib ula noqotay. Etapp ma furo faylka { $date } kadib. Shaqaalaha kiiska waxaad ka codsan kartaa inuu tirtiro.
shares-withdraw-keep = Maya, iska daa
shares-withdraw-confirm = Haa, u calaamadi in dib loola noqday
shares-withdrawn-done = Xirmada waxa lagu calaamadiyay in dib loola noqday.

## The reader: a case worker opens a share. It needs no record.

open-share-start-title = Qof ma ku siiyay xirmo?
open-share-start-hint = Shaqaalaha kiiska: fur fayl Etapp ah adiga oo isticmaalaya koodhka uu qofku kuu sheego. Uma baahnid diiwaan adiga kuu gaar ah.
open-share-start = Fur xirmo
open-share-title = Fur xirmo
open-share-lead = Qof ayaa ku siiyay fayl Etapp ah oo kuu sheegay koodh. Dooro faylka, kadib qor koodhka.
open-share-file = Faylka
open-share-no-file = Weli fayl lama dooran.
open-share-chosen = La doortay: { $name }
open-share-choose = Dooro faylka
open-share-choose-other = Dooro fayl kale
open-share-code = Koodhka
open-share-code-hint = 16 lambar. Meelaha bannaan iyo xarriiqyadu muhiim ma aha.
open-share-open = Fur
open-share-busy = Xirmada ayaa la furayaa. Tani waxay qaadanaysaa ilbiriqsi…
open-share-opened = Laga soo qaaday faylka { $name }.
open-share-show-in = Ku muuji
open-share-side-by-side = Dhinac dhinac la jira luqadda qofka: { $language }
open-share-save-page = Kaydi bogga si aad u daabacdo
open-share-page-saved = Waxa loo kaydiyay { $name }.
open-share-page-not-saved = Waxaad xirtay daaqadda. Waxba lama kaydin.
open-share-close = Xir xirmada

## Comparing with an earlier share (the reader)

compare-start-title = Maxaa isbeddelay tan iyo markii ugu dambaysay?
compare-start-hint = Ma haysaa xirmo hore oo isla qofkaas ah? Iyadana fur, oo arag waxa isbeddelay labada dhexdooda.
compare-start = Barbar dhig xirmo hore
compare-file = Xirmada hore
compare-choose = Dooro xirmada hore
compare-open-title = Dooro xirmada hore
compare-by-key = Xirmada hore waxay ku furmaysaa isla faylka furaha ee tan.
compare-busy = Xirmada hore ayaa la furayaa. Tani waxay qaadanaysaa ilbiriqsi…
compare-open = Barbar dhig
compare-cancel = Jooji
compare-hide = Qari waxa isbeddelay
compare-from-file = Waxa lala barbar dhigay xirmada hore { $name }
compare-error-no-file = Marka hore dooro xirmada hore.
compare-error-same-share = Tani waa xirmada horeba furan. Dooro xirmo hore oo isla qofkaas ah.

## The report across many shares (the agency's side)

report-start-title = Hay'adaha: warbixin laga sameeyay xirmooyin badan
report-start-hint = Dadku waxay ku siin karaan xirmooyin loogu talagalay qiimeyn, oo lagu xiray furaha hay'addaada. Arag sida tallaabooyinku ugu socdeen dhammaantood wada jir. Magacyo iyo wax dadku qoreen warbixinta ma galaan.
report-start = Samee warbixin
report-screen-title = Warbixin laga sameeyay xirmooyin badan
report-lead = Dooro galka xirmooyinka iyo faylka furaha hay'addaada. Xirmooyinka loo bixiyay qiimeyn oo keliya ayaa la tiriyaa. Kooxaha ka yar 5 qof lama muujiyo.
report-folder = Galka xirmooyinka
report-no-folder = Weli gal lama dooran.
report-folder-choose = Dooro galka
report-folder-choose-other = Dooro gal kale
report-folder-title = Dooro galka xirmooyinka
report-key = Faylka furaha hay'addaada
report-no-key = Weli fayl fure lama dooran.
report-key-choose = Dooro faylka furaha
report-key-choose-other = Dooro fayl fure kale
report-busy = Xirmooyinka ayaa la akhrinayaa: { $done } ka mid ah { $total }
report-make = Samee warbixinta
report-save-csv = U kaydi shax ahaan (CSV)
report-csv-title = Kaydi warbixinta
report-csv-file-type = Shax (CSV)
report-csv-saved = Waxa loo kaydiyay { $name }.
report-status = Xaaladda
report-rating = Qiimeynta
report-count = Tirada
report-change = Isbeddel
report-area-median = Isbeddelka dhexe (median): { $median }
report-area-changes = Inta heerku isbeddelay (tirada dadka)
report-error-no-folder = Marka hore dooro galka xirmooyinka.
report-error-no-shares = Galkan kuma jiraan xirmooyin Etapp ah (faylal ku dhammaada .etapp ama .html). Dooro gal kale.
report-error-none-counted = Xirmo lama tirin karin. Tan koowaad: { $reason }. Hubi inaad dooratay galka saxda ah iyo faylka furaha hay'addaada.
report-error-no-report = Marka hore samee warbixinta, kadib kaydi.
