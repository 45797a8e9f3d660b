# Kommandot etapp: hjälp, frågor och meddelanden.
# Maskinraderna ("recovery code: …") finns inte här: de är alltid på engelska.

cli-about = Etapp är ditt eget register över din väg i Sverige, låst med ett lösenord på den här datorn.
cli-heading-usage = Så här används det
cli-heading-options = Val
cli-heading-commands = Kommandon
cli-usage-etapp = etapp [--vault MAPP] [--lang SPRÅK] KOMMANDO
cli-usage-init = etapp init
cli-usage-profile = etapp profile KOMMANDO
cli-usage-profile-set = etapp profile set [--name NAMN] [--arrived DATUM]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code KOD] [--rotate]
cli-value-folder = MAPP
cli-value-language = SPRÅK
cli-value-name = NAMN
cli-value-date = DATUM
cli-value-code = KOD

cli-arg-help = Visa den här hjälpen.
cli-arg-version = Visa vilken version av Etapp det är.
cli-arg-vault = Mappen med ditt register. Om du inte anger den: ETAPP_VAULT, annars den vanliga mappen på den här datorn.
cli-arg-lang = Språket i meddelandena: { $languages }. Om du inte anger det: ETAPP_LANG, annars datorns språk.
cli-arg-name = Ditt namn, som du vill bli kallad.
cli-arg-arrived = Dagen du kom till Sverige, som år-månad-dag, till exempel 2024-03-15.
cli-arg-recovery-code = Din återställningskod. Skriv - för att skriva den på nästa rad i stället. Andra som använder datorn kan se en kommandorad.

cli-cmd-init = Skapa ett nytt, tomt register. Lösenordet tas från ETAPP_PASSPHRASE.
cli-cmd-profile = Visa eller ändra din profil.
cli-cmd-profile-set = Ändra ditt namn eller dagen du kom till Sverige.
cli-cmd-profile-show = Visa din profil som JSON.
cli-cmd-passwd = Byt lösenord. Med din återställningskod kan du välja ett nytt lösenord även om du har glömt det gamla.

cli-prompt-passphrase = Lösenord:
cli-prompt-new-passphrase = Nytt lösenord:
cli-prompt-new-passphrase-again = Nytt lösenord igen:

cli-init-done = Ditt register är klart. Skriv av återställningskoden nedan på papper och förvara den på ett säkert ställe. Den är enda vägen in om du glömmer ditt lösenord.
cli-profile-saved = Din profil är sparad.
cli-passwd-done = Ditt lösenord är bytt. Din återställningskod fungerar fortfarande.
cli-passwd-recovered = Ditt lösenord är bytt. Din gamla återställningskod fungerar inte längre. Skriv av den nya koden nedan på papper och förvara den på ett säkert ställe.

cli-error-no-secret = Det finns inget lösenord och ingen terminal att fråga i. Ange { $var } och försök igen.
cli-error-no-code = Det finns ingen kod och ingen terminal att fråga i. Ange den med --code, eller sätt { $var }, och försök igen.
cli-error-init-needs-passphrase = Lägg lösenordet för det nya registret i { $var } och kör "etapp init" igen.
cli-error-passphrases-differ = De två nya lösenorden är inte likadana. Inget har ändrats. Försök igen.
cli-error-unknown-language = Språket "{ $lang }" finns inte. Använd { $languages }.
cli-error-no-vault-folder = Etapp hittade ingen mapp för ditt register. Ange en med --vault eller ETAPP_VAULT.
cli-error-not-text = { $var } innehåller tecken som inte är text. Ange den igen och försök igen.
cli-error-read-input = Etapp kunde inte läsa det du skrev. Försök igen.
cli-error-unknown-argument = Etapp känner inte till { $arg }.
cli-error-unknown-command = Etapp har inget kommando som heter "{ $command }".
cli-error-missing-command = Ett kommando saknas. Välj ett av: { $commands }.
cli-error-missing-argument = Något saknas: { $arg }.
cli-error-invalid-value = Värdet "{ $value }" passar inte till { $arg }.
cli-error-usage = Kommandot är inte komplett eller inte rätt.
cli-error-conflict = { $arg } kan inte användas tillsammans med { $other }. Välj en av dem.
cli-error-repeated = { $arg } anges mer än en gång. Ange det en gång.
cli-hint-help = Skriv "etapp --help" för att se hur det används.

# Registret: steg, export, import, exempel.
cli-usage-step = etapp step KOMMANDO
cli-usage-step-add = etapp step add --title TEXT --type KOD --agency KOD --stage KOD [--status KOD] [--start DATUM] [--end DATUM] [--goal ID]… [--contact ID] [--life-area KOD]…
cli-usage-step-status = etapp step status ID STATUS
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record FIL
cli-usage-demo = etapp demo
cli-value-text = TEXT
cli-value-id = ID
cli-value-file = FIL
cli-cmd-step = Lägg till ett steg, eller ändra dess status.
cli-cmd-step-add = Lägg till ett steg i ditt register. Skriver dess nummer på en rad "id: ".
cli-cmd-step-status = Ändra status för ett steg: proposed, planned, ongoing, done, paused eller cancelled.
cli-cmd-export-record = Skriv ut hela ditt register som JSON.
cli-cmd-import-record = Läs in en registerfil (gjord med export-record) i ett nytt, tomt register.
cli-cmd-demo = Fyll ett nytt, tomt register med en påhittad person, för att prova Etapp.
cli-arg-step-title = Vad steget är, med dina ord.
cli-arg-step-type = Typ av steg, till exempel sfi_course, internship eller job_search.
cli-arg-step-agency = Vem som ansvarar, till exempel public_employment_service, adult_education eller myself.
cli-arg-step-stage = Steget i planen: intake, vision, activity eller matching.
cli-arg-step-status = Status: proposed, planned, ongoing, done, paused eller cancelled. Om du inte anger den: planned.
cli-arg-step-start = Första dagen, som år-månad-dag.
cli-arg-step-end = Sista dagen, som år-månad-dag.
cli-arg-step-goal = Numret på ett mål som steget hör till. Du kan ange det flera gånger.
cli-arg-step-contact = Numret på din kontaktperson för steget.
cli-arg-step-id = Stegets nummer.
cli-arg-import-file = Registerfilen som ska läsas in.
cli-step-added = Steget är sparat.
cli-step-status-saved = Stegets status är sparad.
cli-usage-checkin = etapp checkin KOMMANDO
cli-usage-checkin-add = etapp checkin add [--date DATUM] [--note TEXT] OMRÅDE=NIVÅ…
cli-value-area-level = OMRÅDE=NIVÅ
cli-cmd-checkin = Säg hur det går inom olika delar av ditt liv.
cli-cmd-checkin-add = Lägg till en avstämning: för varje område en nivå från 1 (kris) till 5 (jag klarar det själv), eller not_relevant. Skriver ut dess nummer på en rad "id: ".
cli-arg-checkin-date = Dagen för avstämningen, som år-månad-dag. Om du inte anger den: i dag.
cli-arg-checkin-note = En anteckning om hela avstämningen.
cli-arg-checkin-levels = Ett område och dess nivå, till exempel housing=2 eller preschool=not_relevant. Områden: household_economy, network, welfare_system, housing, preschool, health, work_studies, swedish_language.
cli-arg-step-life-area = En del av ditt liv som steget hjälper med, till exempel housing. Du kan ange det flera gånger.
cli-checkin-added = Avstämningen är sparad.
cli-import-done = Ditt register är inläst.
cli-demo-done = Den påhittade personen finns nu i registret. Prova Etapp med den; gör ett nytt register för dina egna uppgifter.
cli-error-read-file = Etapp kunde inte läsa filen { $path }. Kontrollera namnet och att du får läsa den, och försök igen.

# Kontroll av registret.
cli-usage-check = etapp check
cli-cmd-check = Kontrollera att alla delar av din registerfil är hela och går att läsa.
cli-check-whole = Ditt register är helt: alla delar av det går att läsa.

# Delning, och handläggarens läsare.
cli-usage-share = etapp share --to TEXT [--agency KOD] [--unit TEXT] --purpose KOD [--purpose-text TEXT] [--sections LISTA] [--items LISTA] [--include-sensitive] [--expires-in DAGAR] [--recipient NYCKEL] [--out FIL] [--page FIL]
cli-usage-shares = etapp shares [withdraw ID]
cli-usage-shares-withdraw = etapp shares withdraw ID
cli-usage-open = etapp open FIL… [--code KOD… | --identity FIL] [--json | --html FIL]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = LISTA
cli-value-days = DAGAR
cli-value-key = NYCKEL
cli-cmd-share = Gör en delning: en fil med de delar av ditt register som du väljer, till en handläggare. Skriver koden som du ska säga till handläggaren på en rad "code: ".
cli-cmd-shares = Visa alla delningar du har gjort, som JSON.
cli-cmd-shares-withdraw = Markera en delning som återkallad. En fil som du redan har lämnat över kan inte tas tillbaka.
cli-cmd-open = Öppna en delning från Etapp och läs den. Ange flera delningar från samma person för att se vad som har ändrats. Du behöver inget eget register.
cli-cmd-forget-seen = Glöm vilka signaturnycklar den här datorn har sett i delningar.
cli-arg-share-to = Vem delningen är till: handläggarens namn.
cli-arg-share-agency = Handläggarens myndighet, till exempel public_employment_service eller municipal_labour_market.
cli-arg-share-unit = Handläggarens enhet eller kontor.
cli-arg-share-purpose = Varför: joint-planning, apply-step, follow-up, evaluate-step eller other.
cli-arg-share-purpose-text = Varför, med dina egna ord. Behövs med "other".
cli-arg-share-sections = Hela delar att dela, med komma emellan: profile, contacts, background, goals, steps, checkins, obstacles, notes.
cli-arg-share-items = Enskilda saker att dela, med komma emellan, var och en som del:nummer, till exempel steps:3,goals:1,background.work:2.
cli-arg-share-include-sensitive = Dela också uppgifter om hälsa, familj och pengar. Utan det här valet tas sådana saker inte med.
cli-arg-share-expires-in = Hur många dagar delningen går att öppna: 1 till 365. Om du inte anger det: 14.
cli-arg-share-recipient = Lås delningen med en myndighets publika nyckel (age1…) i stället för med en kod.
cli-arg-share-out = Filen som delningen sparas i.
cli-arg-share-page = Spara också (eller bara) delningen som en sida som alla webbläsare öppnar, utan att något installeras (.html).
cli-arg-shares-id = Delningens nummer, från "etapp shares".
cli-arg-open-file = Filen med delningen. Flera delningar från samma person: vad som har ändrats mellan dem, den äldsta först.
cli-arg-open-code = Koden som personen sa. Skriv - för att skriva den på nästa rad i stället. För flera delningar: ange --code en gång för varje, i samma ordning. Andra som använder datorn kan se en kommandorad.
cli-arg-open-identity = En fil med er myndighets hemliga nyckel, om delningen är låst till er myndighet.
cli-arg-open-json = Skriv ut delningen som JSON i stället.
cli-arg-open-html = Spara en sida att skriva ut, på svenska och personens språk sida vid sida.
cli-prompt-code = Kod:
cli-share-consent = Genom att göra den här delningen går du med på detta:
cli-share-left-out = { $count ->
    [one] En sak togs inte med, eftersom den innehåller känsliga uppgifter ({ $categories }). Lägg till --include-sensitive för att dela den också.
   *[other] { $count } saker togs inte med, eftersom de innehåller känsliga uppgifter ({ $categories }). Lägg till --include-sensitive för att dela dem också.
}
cli-share-done = Delningen är sparad i { $file }. Säg koden nedan till den som delningen är till, ansikte mot ansikte. Skicka den inte med e-post eller i ett meddelande, och förvara den inte tillsammans med filen.
cli-share-done-key = Delningen är sparad i { $file }. Bara myndigheten som har den hemliga nyckeln som hör till kan öppna den.
cli-share-withdrawn = Delning { $id } är markerad som återkallad. En fil som redan är överlämnad kan inte tas tillbaka, men den går inte att öppna efter { $expires }.
cli-open-page-saved = Sidan är sparad i { $file }.
cli-forget-seen-done = Den här datorn har glömt alla signaturnycklar som den har sett.
cli-error-file-exists = Det finns redan en fil { $path }, så inget sparades. Välj ett annat namn.

# Säkerhetskopior, och att låsa ute gamla kopior.
cli-usage-backup = etapp backup --out FIL
cli-usage-restore = etapp restore FIL [--recovery-code KOD]
cli-usage-verify-backup = etapp verify-backup FIL [--recovery-code KOD]
cli-cmd-backup = Spara en säkerhetskopia av hela ditt register i en fil. Den är låst som ditt register: med ditt lösenord eller din återställningskod.
cli-cmd-restore = Lägg tillbaka ditt register från en säkerhetskopia, i en mapp där det inte finns något register än.
cli-cmd-verify-backup = Kontrollera en säkerhetskopia utan att ändra något: öppna den, kontrollera alla delar och visa vad den innehåller.
cli-arg-backup-out = Filen som säkerhetskopian sparas i, till exempel på ett USB-minne.
cli-arg-backup-file = Filen med säkerhetskopian.
cli-arg-backup-recovery-code = Öppna säkerhetskopian med dess återställningskod i stället för med dess lösenord. Skriv - för att skriva koden på nästa rad. Andra som använder datorn kan se en kommandorad.
cli-arg-rotate = Gör också en ny nyckel för ditt register, så att gamla kopior av nyckelfilen slutar fungera. Du får en ny återställningskod.
cli-backup-done = Säkerhetskopian är sparad i { $file } ({ $megabytes } MB). Förvara den på ett säkert ställe, inte tillsammans med den här datorn.
cli-restore-done = Registret för { $name } är tillbaka, från säkerhetskopian.
cli-restore-new-code = Din gamla återställningskod fungerar inte längre. Skriv av den nya koden nedan på papper och förvara den på ett säkert ställe.
cli-verify-backup-done = Säkerhetskopian från { $created } är hel. Den innehåller registret för { $name }: { $goals } mål, { $steps } steg, { $checkins ->
        [one] { $checkins } avstämning
       *[other] { $checkins } avstämningar
    }, { $obstacles } hinder, { $notes ->
        [one] { $notes } anteckning
       *[other] { $notes } anteckningar
    }, { $contacts ->
        [one] { $contacts } kontakt
       *[other] { $contacts } kontakter
    } och { $shares ->
        [one] { $shares } delning
       *[other] { $shares } delningar
    }. Det senaste datumet i den är { $latest }. Dess signaturnyckel: { $fingerprint }.
cli-passwd-rotated = Ditt lösenord är bytt, och ditt register har en ny nyckel. Gamla kopior av nyckelfilen, och din gamla återställningskod, öppnar det inte längre. Säkerhetskopior som du gjorde förut går fortfarande att öppna med lösenordet och koden från den tiden. Skriv av den nya koden nedan på papper, och gör en ny säkerhetskopia.

# Myndighetens nyckel, för delningar som är låsta till en myndighet.
cli-usage-agency-key = etapp agency-key new --out FIL | etapp agency-key show FIL
cli-usage-agency-key-new = etapp agency-key new --out FIL
cli-usage-agency-key-show = etapp agency-key show FIL
cli-cmd-agency-key = Gör eller visa er myndighets nyckel. Deltagare kan låsa delningar till den.
cli-cmd-agency-key-new = Gör en ny nyckel för er myndighet. Skriver ut den publika nyckeln som ni ger till deltagare.
cli-cmd-agency-key-show = Skriv ut den publika nyckeln som hör till er myndighets nyckelfil.
cli-arg-agency-key-out = Filen för den hemliga nyckeln. Den får inte finnas än.
cli-arg-agency-key-file = Filen med er myndighets hemliga nyckel.
cli-agency-key-saved = Er myndighets hemliga nyckel är sparad i { $file }. Bara du kan läsa filen. Håll den hemlig och spara en kopia på ett säkert ställe: delningar som är låsta till nyckeln öppnas bara med den. Ge deltagarna den publika nyckeln här nedanför.

cli-prompt-code-for = Kod för { $file }:
cli-error-html-one-share = --html gör en sida av en delning. Öppna flera delningar utan det för att se vad som har ändrats.
cli-error-code-count = Det är { $files } delningar men { $codes } koder. Ange en kod för varje delning, i samma ordning, eller använd --identity för delningar som är låsta till er myndighet.
cli-error-in-file = { $path }: { $message }

cli-usage-report = etapp report --identity FIL DELNING… [--csv FIL [--force] | --json]
cli-cmd-report = Gör en rapport över många delningar för utvärdering: per typ av steg och myndighet, och per livsområde. Bara koder och tal; grupper med färre än 5 deltagare visas inte.
cli-arg-report-identity = Filen med er myndighets hemliga nyckel. Delningarna måste vara låsta till den.
cli-arg-report-shares = Filer med delningar, eller mappar med sådana filer (.etapp).
cli-arg-report-csv = Spara rapporten som CSV i den här filen. Den får inte finnas än, om du inte anger --force.
cli-arg-report-force = Ersätt CSV-filen om den finns.
cli-arg-report-json = Skriv ut rapporten som JSON i stället.
cli-report-saved = Rapporten är sparad i { $file }.
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = Det finns inga delningar (.etapp-filer) i { $path }. Välj en mapp med delningar, eller filerna själva.
cli-error-report-empty = Ingen delning kunde räknas, så det blir ingen rapport. Den första hoppades över: { $reason }.

# Yrken nära personens egna.
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = Visa yrken som ligger nära dem i din bakgrund, ur Arbetsförmedlingens öppna data, och vilka av dina som leder till dina yrkesmål.
cli-arg-close-json = Skriv ut listan som JSON i stället.
