# The etapp command line: help, questions and messages.
# The machine lines ("recovery code: …") are not here: they stay in English.

cli-about = Etapp wuxuu hayaa diiwaankaaga gaarka ah ee waddadaada Iswiidhan, oo lagu xiray erey sir ah kombiyuutarkan.
cli-heading-usage = Isticmaalka
cli-heading-options = Doorashooyin
cli-heading-commands = Amarro
cli-usage-etapp = etapp [--vault GAL] [--lang LUQAD] AMAR
cli-usage-init = etapp init
cli-usage-profile = etapp profile AMAR
cli-usage-profile-set = etapp profile set [--name MAGAC] [--arrived TAARIIKH]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code KOODH] [--rotate]
cli-value-folder = GAL
cli-value-language = LUQAD
cli-value-name = MAGAC
cli-value-date = TAARIIKH
cli-value-code = KOODH

cli-arg-help = Muuji caawimaaddan.
cli-arg-version = Muuji nooca Etapp.
cli-arg-vault = Galka diiwaankaaga. Haddii aad ka tagto: ETAPP_VAULT, haddii kale galka caadiga ah ee kombiyuutarkan.
cli-arg-lang = Luqadda fariimaha: { $languages }. Haddii aad ka tagto: ETAPP_LANG, haddii kale luqadda kombiyuutarkan.
cli-arg-name = Magacaaga, sida aad rabto in laguugu yeero.
cli-arg-arrived = Maalinta aad timid Iswiidhan, sida sannad-bil-maalin, tusaale ahaan 2024-03-15.
cli-arg-recovery-code = Koodhkaaga soo-celinta. Qor - si aad ugu qorto safka xiga. Dadka kale ee isticmaala kombiyuutarkan way arki karaan safka amarka.

cli-cmd-init = Samee diiwaan cusub oo madhan. Ereyga sirta ah waxa laga qaadaa ETAPP_PASSPHRASE.
cli-cmd-profile = Muuji ama beddel xogtaada shakhsiga ah.
cli-cmd-profile-set = Beddel magacaaga ama maalinta aad timid Iswiidhan.
cli-cmd-profile-show = Xogtaada shakhsiga ah u muuji JSON ahaan.
cli-cmd-passwd = Beddel ereygaaga sirta ah. Koodhkaaga soo-celinta waxaad ku dejin kartaa erey sir ah oo cusub xitaa haddii aad illowday kii hore.

cli-prompt-passphrase = Ereyga sirta ah:
cli-prompt-new-passphrase = Erey sir ah oo cusub:
cli-prompt-new-passphrase-again = Ereyga sirta ah ee cusub mar kale:

cli-init-done = Diiwaankaagu waa diyaar. Koodhka soo-celinta ee hoose warqad ku qor oo meel ammaan ah dhig. Waa waddada keliya ee aad ku gali karto haddii aad illowdo ereygaaga sirta ah.
cli-profile-saved = Xogtaada shakhsiga ah waa la kaydiyay.
cli-passwd-done = Ereygaaga sirta ah waa la beddelay. Koodhkaaga soo-celintu weli wuu shaqeeyaa.
cli-passwd-recovered = Ereygaaga sirta ah waa la beddelay. Koodhkaagii hore ee soo-celinta mar dambe ma shaqeeyo. Koodhka cusub ee hoose warqad ku qor oo meel ammaan ah dhig.

cli-error-no-secret = Erey sir ah ma jiro, mana jiro terminal lagu weydiiyo. Deji { $var } oo isku day mar kale.
cli-error-no-code = Koodh ma jiro, mana jiro terminal lagu weydiiyo. Ku bixi --code, ama deji { $var }, oo isku day mar kale.
cli-error-init-needs-passphrase = Ereyga sirta ah ee diiwaanka cusub geli { $var }, kadib mar kale socodsii "etapp init".
cli-error-passphrases-differ = Labada erey sir ah ee cusub isku mid ma aha. Waxba lama beddelin. Isku day mar kale.
cli-error-unknown-language = Luqadda "{ $lang }" lama heli karo. Isticmaal { $languages }.
cli-error-no-vault-folder = Etapp ma helin gal diiwaankaaga. Mid ku bixi --vault ama ETAPP_VAULT.
cli-error-not-text = { $var } waxa ku jira calaamado aan qoraal ahayn. Mar kale deji oo isku day mar kale.
cli-error-read-input = Etapp ma akhrin karin waxa aad qortay. Isku day mar kale.
cli-error-unknown-argument = Etapp ma yaqaan { $arg }.
cli-error-unknown-command = Etapp ma laha amarka "{ $command }".
cli-error-missing-command = Amar ayaa maqan. Dooro mid ka mid ah: { $commands }.
cli-error-missing-argument = Wax ayaa maqan: { $arg }.
cli-error-invalid-value = Qiimaha "{ $value }" kuma habboona { $arg }.
cli-error-usage = Amarku ma dhammaystirna ama sax ma aha.
cli-error-conflict = { $arg } lama isticmaali karo isla { $other }. Mid ka mid ah dooro.
cli-error-repeated = { $arg } hal mar in ka badan ayaa la bixiyay. Hal mar bixi.
cli-hint-help = Qor "etapp --help" si aad u aragto sida loo isticmaalo.

# The record: steps, export, import, demo.
cli-usage-step = etapp step AMAR
cli-usage-step-add = etapp step add --title QORAAL --type KOODH --agency KOODH --stage KOODH [--status KOODH] [--start TAARIIKH] [--end TAARIIKH] [--goal LAMBAR]… [--contact LAMBAR] [--life-area KOODH]…
cli-usage-step-status = etapp step status LAMBAR XAALAD
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record FAYL
cli-usage-demo = etapp demo
cli-value-text = QORAAL
cli-value-id = LAMBAR
cli-value-file = FAYL
cli-cmd-step = Ku dar tallaabo, ama beddel xaaladdeeda.
cli-cmd-step-add = Tallaabo ku dar diiwaankaaga. Lambarkeeda wuxuu ku qoraa saf "id: ".
cli-cmd-step-status = Beddel xaaladda tallaabo: proposed, planned, ongoing, done, paused ama cancelled.
cli-cmd-export-record = Diiwaankaaga oo dhan u daabac JSON ahaan.
cli-cmd-import-record = Akhri fayl diiwaan (lagu sameeyay export-record) oo geli diiwaan cusub oo madhan.
cli-cmd-demo = Diiwaan cusub oo madhan ku buuxi qof tusaale ah, si aad Etapp u tijaabiso.
cli-arg-step-title = Waxa tallaabadu tahay, ereyadaada.
cli-arg-step-type = Nooca tallaabada, tusaale ahaan sfi_course, internship ama job_search.
cli-arg-step-agency = Cidda mas'uulka ah, tusaale ahaan public_employment_service, adult_education ama myself.
cli-arg-step-stage = Marxaladda: intake, vision, activity ama matching.
cli-arg-step-status = Xaaladda: proposed, planned, ongoing, done, paused ama cancelled. Haddii aad ka tagto: planned.
cli-arg-step-start = Maalinta koowaad, sida sannad-bil-maalin.
cli-arg-step-end = Maalinta ugu dambaysa, sida sannad-bil-maalin.
cli-arg-step-goal = Lambarka hadaf ay tallaabadu u adeegto. Hal mar in ka badan waad bixin kartaa.
cli-arg-step-contact = Lambarka qofkaaga xiriirka ee tallaabada.
cli-arg-step-id = Lambarka tallaabada.
cli-arg-import-file = Faylka diiwaanka ee la akhrinayo.
cli-step-added = Tallaabada waa la kaydiyay.
cli-step-status-saved = Xaaladda tallaabada waa la kaydiyay.
cli-usage-checkin = etapp checkin AMAR
cli-usage-checkin-add = etapp checkin add [--date TAARIIKH] [--note QORAAL] QAYB=HEER…
cli-value-area-level = QAYB=HEER
cli-cmd-checkin = Sheeg sida qaybaha noloshaadu u socdaan.
cli-cmd-checkin-add = Ku dar is-qiimeyn: qayb kasta, heer 1 (xaalad degdeg ah) ilaa 5 (keligay ayaan awoodaa), ama not_relevant. Lambarkeeda wuxuu ku qoraa saf "id: ".
cli-arg-checkin-date = Maalinta is-qiimeynta, sida sannad-bil-maalin. Haddii aad ka tagto: maanta.
cli-arg-checkin-note = Qoraal ku saabsan is-qiimeynta oo dhan.
cli-arg-checkin-levels = Qayb iyo heerkeeda, tusaale ahaan housing=2 ama preschool=not_relevant. Qaybaha: household_economy, network, welfare_system, housing, preschool, health, work_studies, swedish_language.
cli-arg-step-life-area = Qayb noloshaada ah oo tallaabadu ka caawiso, tusaale ahaan housing. Hal mar in ka badan waad bixin kartaa.
cli-checkin-added = Is-qiimeynta waa la kaydiyay.
cli-import-done = Diiwaankaaga waa la soo geliyay.
cli-demo-done = Qofka tusaalaha ah wuxuu ku jiraa diiwaanka. Etapp ku tijaabi; xogtaada gaarka ah u samee diiwaan cusub.
cli-error-read-file = Etapp ma akhrin karin faylka { $path }. Hubi magaca iyo inaad akhrin karto, kadib isku day mar kale.

# Checking the record.
cli-usage-check = etapp check
cli-cmd-check = Hubi in qayb kasta oo faylka diiwaankaaga ahi dhammaystiran tahay oo la akhrin karo.
cli-check-whole = Diiwaankaagu waa dhammaystiran yahay: qayb kasta waa la akhrin karaa.

# Sharing, and the case worker's reader.
cli-usage-share = etapp share --to QORAAL [--agency KOODH] [--unit QORAAL] --purpose KOODH [--purpose-text QORAAL] [--sections LIIS] [--items LIIS] [--include-sensitive] [--expires-in MAALMO] [--recipient FURE] [--out FAYL] [--page FAYL]
cli-usage-shares = etapp shares [withdraw LAMBAR]
cli-usage-shares-withdraw = etapp shares withdraw LAMBAR
cli-usage-open = etapp open FAYL… [--code KOODH… | --identity FAYL] [--json | --html FAYL]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = LIIS
cli-value-days = MAALMO
cli-value-key = FURE
cli-cmd-share = Samee xirmo: fayl leh qaybaha diiwaankaaga aad doorato, hal shaqaale kiis. Koodhka aad u sheegayso wuxuu ku qoraa saf "code: ".
cli-cmd-shares = Muuji xirmo kasta oo aad samaysay, JSON ahaan.
cli-cmd-shares-withdraw = Xirmo ku calaamadi inaad dib ula noqotay. Fayl aad horeba u dhiibtay dib looma soo celin karo.
cli-cmd-open = Fur xirmo Etapp ah oo akhri. Bixi dhowr xirmo oo hal qof ah si aad u aragto waxa isbeddelay. Uma baahna diiwaan adiga kuu gaar ah.
cli-cmd-forget-seen = Illow furayaasha saxiixa ee kombiyuutarkani ku arkay xirmooyinka.
cli-arg-share-to = Cidda loogu talagalay: magaca shaqaalaha kiiska.
cli-arg-share-agency = Hay'addooda, tusaale ahaan public_employment_service ama municipal_labour_market.
cli-arg-share-unit = Qaybtooda ama xafiiskooda.
cli-arg-share-purpose = Sababta: joint-planning, apply-step, follow-up, evaluate-step ama other.
cli-arg-share-purpose-text = Sababta, ereyadaada. Waa loo baahan yahay marka la doorto "other".
cli-arg-share-sections = Qaybo dhan oo la wadaagayo, hakad u dhexeeyo: profile, contacts, background, goals, steps, checkins, obstacles, notes.
cli-arg-share-items = Shay keli ah oo la wadaagayo, hakad u dhexeeyo, mid kasta sida qayb:lambar, tusaale ahaan steps:3,goals:1,background.work:2.
cli-arg-share-include-sensitive = Sidoo kale la wadaag xogta caafimaadka, qoyska iyo lacagta. La'aanteed, walxahaas waa laga reebayaa.
cli-arg-share-expires-in = Immisa maalmood ayaa xirmada la furi karaa: 1 ilaa 365. Haddii aad ka tagto: 14.
cli-arg-share-recipient = Xirmada ku xir furaha guud ee hay'ad (age1…) halkii koodh.
cli-arg-share-out = Faylka xirmada lagu kaydinayo.
cli-arg-share-page = Sidoo kale (ama keliya) xirmada u kaydi bog uu furo biraawsar kasta, iyada oo aan waxba la rakibin (.html).
cli-arg-shares-id = Lambarka xirmada, laga helo "etapp shares".
cli-arg-open-file = Faylka xirmada. Dhowr xirmo oo isla qofka ah: waxa isbeddelay dhexdooda, kan ugu duugsan marka hore.
cli-arg-open-code = Koodhka uu qofku sheegay. Qor - si aad ugu qorto safka xiga. Dhowr xirmo, bixi --code mid kasta hal mar, isla kala horreynta. Dadka kale ee isticmaala kombiyuutarkan way arki karaan safka amarka.
cli-arg-open-identity = Fayl leh furaha sirta ah ee hay'addaada, haddii xirmada lagu xiray hay'addaada.
cli-arg-open-json = Xirmada u daabac JSON ahaan.
cli-arg-open-html = Kaydi bog la daabaco, af-Iswiidhish iyo luqadda qofka oo dhinac dhinac ah.
cli-prompt-code = Koodh:
cli-share-consent = Markaad samayso xirmadan, waxaad oggolaanaysaa tan:
cli-share-left-out = { $count ->
    [one] Hal shay waa laga reebay sababtoo ah waxa ku jira { $categories }. Ku dar --include-sensitive si aad iyadana u wadaagto.
   *[other] { $count } shay waa laga reebay sababtoo ah waxa ku jira { $categories }. Ku dar --include-sensitive si aad iyagana u wadaagto.
}
cli-share-done = Xirmada waxa lagu kaydiyay { $file }. Koodhka hoose u sheeg qofka loogu talagalay, fool ka fool. Ha ku dirin iimayl ama fariin, hana la dhigin faylka.
cli-share-done-key = Xirmada waxa lagu kaydiyay { $file }. Hay'adda haysata furaha sirta ah ee u dhigma oo keliya ayaa furi karta.
cli-share-withdrawn = Xirmada { $id } waxa lagu calaamadiyay in dib loola noqday. Fayl horeba loo dhiibay dib looma soo celin karo, laakiin ma furmayo { $expires } kadib.
cli-open-page-saved = Bogga waxa lagu kaydiyay { $file }.
cli-forget-seen-done = Kombiyuutarkani wuxuu illoobay furayaasha saxiixa ee uu arkay oo dhan.
cli-error-file-exists = Horeba waxa jira fayl { $path }, sidaa darteed waxba lama kaydin. Dooro magac kale.

# Backups, and locking out old copies.
cli-usage-backup = etapp backup --out FAYL
cli-usage-restore = etapp restore FAYL [--recovery-code KOODH]
cli-usage-verify-backup = etapp verify-backup FAYL [--recovery-code KOODH]
cli-cmd-backup = Nuqul-kayd ka kaydi diiwaankaaga oo dhan, hal fayl. Waxa loo xiraa sida diiwaankaaga: ereygaaga sirta ah ama koodhkaaga soo-celinta.
cli-cmd-restore = Diiwaankaaga dib uga soo celi nuqul-kayd, gal aan weli diiwaan ku jirin.
cli-cmd-verify-backup = Hubi nuqul-kayd adiga oo aan waxba beddelin: fur, hubi qayb kasta, oo muuji waxa ku jira.
cli-arg-backup-out = Faylka nuqul-kaydka lagu kaydinayo, tusaale ahaan USB.
cli-arg-backup-file = Faylka nuqul-kaydka.
cli-arg-backup-recovery-code = Nuqul-kaydka ku fur koodhkiisa soo-celinta halkii ereyga sirta ah. Qor - si aad ugu qorto safka xiga. Dadka kale ee isticmaala kombiyuutarkan way arki karaan safka amarka.
cli-arg-rotate = Sidoo kale diiwaankaaga u samee fure cusub, si nuqullada duugga ah ee faylka furihiisu u joojiyaan shaqada. Waxaad helaysaa koodh soo-celin oo cusub.
cli-backup-done = Nuqul-kaydka waxa lagu kaydiyay { $file } ({ $megabytes } MB). Meel ammaan ah ku hay, kombiyuutarkan ka fog.
cli-restore-done = Diiwaanka { $name } waa soo laabtay, nuqul-kaydka ayuu ka yimid.
cli-restore-new-code = Koodhkaagii hore ee soo-celinta mar dambe ma shaqeeyo. Koodhka cusub ee hoose warqad ku qor oo meel ammaan ah dhig.
cli-verify-backup-done = Nuqul-kaydka { $created } waa dhammaystiran yahay. Waxa ku jira diiwaanka { $name }: { $goals ->
        [one] hal hadaf
       *[other] { $goals } hadaf
    }, { $steps ->
        [one] hal tallaabo
       *[other] { $steps } tallaabo
    }, { $checkins ->
        [one] hal is-qiimeyn
       *[other] { $checkins } is-qiimeyn
    }, { $obstacles ->
        [one] hal caqabad
       *[other] { $obstacles } caqabadood
    }, { $notes ->
        [one] hal qoraal
       *[other] { $notes } qoraal
    }, { $contacts ->
        [one] hal qof xiriir
       *[other] { $contacts } qof xiriir
    } iyo { $shares ->
        [one] hal xirmo
       *[other] { $shares } xirmo
    }. Taariikhda ugu cusub ee ku jirta waa { $latest }. Furaha saxiixiisa: { $fingerprint }.
cli-passwd-rotated = Ereygaaga sirta ah waa la beddelay, diiwaankaaguna wuxuu leeyahay fure cusub. Nuqullada duugga ah ee faylka furaha iyo koodhkaagii hore ee soo-celinta mar dambe ma furaan. Nuqul-kaydyadii aad hore u samaysay weli waxay ku furmaan ereyga sirta ah iyo koodhka waqtigaas. Koodhka cusub ee hoose warqad ku qor, oo samee nuqul-kayd cusub.

# The agency's key, for shares locked to an agency.
cli-usage-agency-key = etapp agency-key new --out FAYL | etapp agency-key show FAYL
cli-usage-agency-key-new = etapp agency-key new --out FAYL
cli-usage-agency-key-show = etapp agency-key show FAYL
cli-cmd-agency-key = Samee ama muuji furaha hay'addaada. Ka qaybgalayaashu xirmooyin ayay ku xiri karaan.
cli-cmd-agency-key-new = Hay'addaada u samee fure cusub. Wuxuu daabacaa furaha guud ee la siinayo ka qaybgalayaasha.
cli-cmd-agency-key-show = Daabac furaha guud ee ka tirsan faylka furaha hay'addaada.
cli-arg-agency-key-out = Faylka furaha sirta ah. Waa inuusan weli jirin.
cli-arg-agency-key-file = Faylka leh furaha sirta ah ee hay'addaada.
cli-agency-key-saved = Furaha sirta ah ee hay'addaada waxa lagu kaydiyay { $file }. Adiga keliya ayaa akhrin kara faylka. Sir ku hay, oo nuqul ka dhig meel ammaan ah: xirmooyinka lagu xiray furahan isaga keliya ayay ku furmaan. Ka qaybgalayaasha sii furaha guud ee hoose.

# Several shares of one person, opened together.
cli-prompt-code-for = Koodhka { $file }:
cli-error-html-one-share = --html wuxuu bog ka sameeyaa hal xirmo. Dhowr xirmo ku fur la'aantiis si aad u aragto waxa isbeddelay.
cli-error-code-count = Waxa jira { $files } xirmo laakiin { $codes } koodh. Xirmo kasta hal koodh u bixi, isla kala horreynta, ama isticmaal --identity xirmooyinka lagu xiray hay'addaada.
cli-error-in-file = { $path }: { $message }

# A report across participants.
cli-usage-report = etapp report --identity FAYL XIRMO… [--csv FAYL [--force] | --json]
cli-cmd-report = Samee warbixin ka kooban xirmooyin badan si loo qiimeeyo: nooc tallaabo iyo hay'ad kasta, iyo qayb nolosha kasta. Koodhadh iyo lambarro oo keliya; kooxaha ka yar 5 ka qaybgale lama muujiyo.
cli-arg-report-identity = Faylka leh furaha sirta ah ee hay'addaada. Xirmooyinku waa inay ku xiran yihiin.
cli-arg-report-shares = Faylal xirmo, ama gallo leh faylal xirmo (.etapp).
cli-arg-report-csv = Warbixinta CSV ahaan ugu kaydi faylkan. Waa inuusan weli jirin, haddii aadan bixin --force.
cli-arg-report-force = Beddel faylka CSV haddii uu jiro.
cli-arg-report-json = Warbixinta u daabac JSON ahaan.
cli-report-saved = Warbixinta waxa lagu kaydiyay { $file }.
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = Xirmo (faylal .etapp) kuma jiraan { $path }. Dooro gal leh xirmooyin, ama faylasha xirmooyinka laftooda.
cli-error-report-empty = Xirmo lama tirin karin, sidaa darteed warbixin ma jirto. Tii ugu horraysay waa laga booday: { $reason }.

# Occupations close to the person's own.
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = Muuji shaqooyinka u dhow kuwa taariikhdaada ku jira, xogta furan ee Xafiiska Shaqada (Arbetsförmedlingen), iyo kuwaaga u horseeda hadafyadaada shaqo.
cli-arg-close-json = Liiska u daabac JSON ahaan.
