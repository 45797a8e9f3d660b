# The etapp command line: help, questions and messages.
# The machine lines ("recovery code: …") are not here: they stay in English.

cli-about = Etapp ናይ መገድኹም ኣብ ሽወደን ናይ ባዕልኹም መዝገብ እዩ፣ ኣብዚ ኮምፒተር ብመሕለፊ ቃል ዝተዓጽወ።
cli-heading-usage = ኣጠቓቕማ
cli-heading-options = ምርጫታት
cli-heading-commands = ትእዛዛት
cli-usage-etapp = etapp [--vault ፎልደር] [--lang ቋንቋ] ትእዛዝ
cli-usage-init = etapp init
cli-usage-profile = etapp profile ትእዛዝ
cli-usage-profile-set = etapp profile set [--name ስም] [--arrived ዕለት]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code ኮድ] [--rotate]
cli-value-folder = ፎልደር
cli-value-language = ቋንቋ
cli-value-name = ስም
cli-value-date = ዕለት
cli-value-code = ኮድ

cli-arg-help = ነዚ ሓገዝ ኣርእዩ።
cli-arg-version = ሕታም Etapp ኣርእዩ።
cli-arg-vault = ፎልደር መዝገብኩም። እንተ ዘይጸሓፍኩምዎ: ETAPP_VAULT፣ ወይ ድማ እቲ ልሙድ ፎልደር ኣብዚ ኮምፒተር።
cli-arg-lang = ቋንቋ መልእኽትታት: { $languages }። እንተ ዘይጸሓፍኩምዎ: ETAPP_LANG፣ ወይ ድማ ቋንቋ እዚ ኮምፒተር።
cli-arg-name = ብኡ ክጽውዑኹም እትደልይዎ ስምኩም።
cli-arg-arrived = ናብ ሽወደን ዝመጻእኩምላ መዓልቲ፣ ከም ዓመት-ወርሒ-መዓልቲ፣ ንኣብነት 2024-03-15።
cli-arg-recovery-code = ኮድ ምምላስኩም። ኣብ ክንድኡ ኣብ ዝቕጽል መስመር ክትጽሕፍዎ፣ - ጽሓፉ። ነዚ ኮምፒተር ዝጥቀሙ ካልኦት ሰባት ትእዛዝ መስመር (command line) ክርእዩ ይኽእሉ እዮም።

cli-cmd-init = ሓድሽ ባዶ መዝገብ ፍጠሩ። መሕለፊ ቃል ካብ ETAPP_PASSPHRASE እዩ ዝውሰድ።
cli-cmd-profile = ውልቃዊ ሓበሬታኹም ኣርእዩ ወይ ቀይሩ።
cli-cmd-profile-set = ስምኩም ወይ ናብ ሽወደን ዝመጻእኩምላ መዓልቲ ቀይሩ።
cli-cmd-profile-show = ውልቃዊ ሓበሬታኹም ከም JSON ኣርእዩ።
cli-cmd-passwd = መሕለፊ ቃልኩም ቀይሩ። ነቲ ናይ ቀደም እንተ ረሲዕኩምዎ'ውን፣ ብኮድ ምምላስኩም ሓድሽ መሕለፊ ቃል ክትገብሩ ትኽእሉ ኢኹም።

cli-prompt-passphrase = መሕለፊ ቃል:
cli-prompt-new-passphrase = ሓድሽ መሕለፊ ቃል:
cli-prompt-new-passphrase-again = ሓድሽ መሕለፊ ቃል እንደገና:

cli-init-done = መዝገብኩም ድሉው እዩ። ነቲ ኣብ ታሕቲ ዘሎ ኮድ ምምላስ ኣብ ወረቐት ጽሓፍዎ፣ ኣብ ውሑስ ቦታ ድማ ዕቀብዎ። መሕለፊ ቃልኩም እንተ ረሲዕኩም፣ ክትኣትዉ እትኽእሉ ብእዚ ጥራይ እዩ።
cli-profile-saved = ውልቃዊ ሓበሬታኹም ተዓቂቡ ኣሎ።
cli-passwd-done = መሕለፊ ቃልኩም ተቐይሩ ኣሎ። ኮድ ምምላስኩም ሕጂ'ውን ይሰርሕ እዩ።
cli-passwd-recovered = መሕለፊ ቃልኩም ተቐይሩ ኣሎ። እቲ ናይ ቀደም ኮድ ምምላስኩም ድሕሪ ሕጂ ኣይሰርሕን። ነቲ ኣብ ታሕቲ ዘሎ ሓድሽ ኮድ ኣብ ወረቐት ጽሓፍዎ፣ ኣብ ውሑስ ቦታ ድማ ዕቀብዎ።

cli-error-no-secret = መሕለፊ ቃል የለን፣ ንምሕታቱ ድማ ተርሚናል የለን። { $var } ኣቐምጡ እሞ እንደገና ፈትኑ።
cli-error-no-code = ኮድ የለን፣ ንምሕታቱ ድማ ተርሚናል የለን። ብ --code ሃብዎ፣ ወይ { $var } ኣቐምጡ፣ እሞ እንደገና ፈትኑ።
cli-error-init-needs-passphrase = ንሓድሽ መዝገብ ዝኸውን መሕለፊ ቃል ኣብ { $var } ኣእትዉ፣ ድሕሪኡ "etapp init" እንደገና ኣሰርሑ።
cli-error-passphrases-differ = እቶም ክልተ ሓደስቲ መሕለፊ ቃላት ሓደ ኣይኮኑን። ዋላ ሓንቲ ኣይተቐየረን። እንደገና ፈትኑ።
cli-error-unknown-language = እቲ ቋንቋ "{ $lang }" የለን። { $languages } ተጠቐሙ።
cli-error-no-vault-folder = Etapp ንመዝገብኩም ፎልደር ኣይረኸበን። ብ --vault ወይ ብ ETAPP_VAULT ሓደ ሃቡ።
cli-error-not-text = { $var } ጽሑፍ ዘይኮኑ ምልክታት ሒዙ ኣሎ። እንደገና ኣቐምጥዎ እሞ እንደገና ፈትኑ።
cli-error-read-input = Etapp ዝጸሓፍኩምዎ ከንብብ ኣይከኣለን። እንደገና ፈትኑ።
cli-error-unknown-argument = Etapp { $arg } ኣይፈልጦን።
cli-error-unknown-command = Etapp "{ $command }" ዝበሃል ትእዛዝ የብሉን።
cli-error-missing-command = ትእዛዝ ጎዲሉ ኣሎ። ካብዚኦም ሓደ ምረጹ: { $commands }።
cli-error-missing-argument = ገለ ነገር ጎዲሉ ኣሎ: { $arg }።
cli-error-invalid-value = እቲ ዋጋ "{ $value }" ምስ { $arg } ኣይሰማማዕን።
cli-error-usage = እቲ ትእዛዝ ምሉእ ወይ ቅኑዕ ኣይኮነን።
cli-error-conflict = { $arg } ምስ { $other } ብሓባር ክጥቀሙሉ ኣይከኣልን። ሓደ ካብኣቶም ምረጹ።
cli-error-repeated = { $arg } ልዕሊ ሓደ ግዜ ተዋሂቡ። ሓደ ግዜ ጥራይ ሃብዎ።
cli-hint-help = ከመይ ከም እትጥቀምሉ ንምርኣይ "etapp --help" ጽሓፉ።

# The record: steps, export, import, demo.
cli-usage-step = etapp step ትእዛዝ
cli-usage-step-add = etapp step add --title ጽሑፍ --type ኮድ --agency ኮድ --stage ኮድ [--status ኮድ] [--start ዕለት] [--end ዕለት] [--goal ቁጽሪ]… [--contact ቁጽሪ] [--life-area ኮድ]…
cli-usage-step-status = etapp step status ቁጽሪ ኩነታት
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record ፋይል
cli-usage-demo = etapp demo
cli-value-text = ጽሑፍ
cli-value-id = ቁጽሪ
cli-value-file = ፋይል
cli-cmd-step = ስጉምቲ ወስኹ፣ ወይ ኩነታቱ ቀይሩ።
cli-cmd-step-add = ኣብ መዝገብኩም ስጉምቲ ወስኹ። ቁጽሩ ኣብ "id: " ዝብል መስመር የርኢ።
cli-cmd-step-status = ኩነታት ናይ ስጉምቲ ቀይሩ: proposed, planned, ongoing, done, paused ወይ cancelled።
cli-cmd-export-record = ምሉእ መዝገብኩም ከም JSON ኣርእዩ።
cli-cmd-import-record = ፋይል መዝገብ (ብ export-record ዝተሰርሐ) ናብ ሓድሽ ባዶ መዝገብ ኣእትዉ።
cli-cmd-demo = Etapp ንምፍታን፣ ሓድሽ ባዶ መዝገብ ብኣብነታዊ ሰብ መልኡ።
cli-arg-step-title = እቲ ስጉምቲ እንታይ ምዃኑ፣ ብቓላትኩም።
cli-arg-step-type = ዓይነት ስጉምቲ፣ ንኣብነት sfi_course, internship ወይ job_search።
cli-arg-step-agency = ሓላፍነት ዘለዎ፣ ንኣብነት public_employment_service, adult_education ወይ myself።
cli-arg-step-stage = እቲ ደረጃ: intake, vision, activity ወይ matching።
cli-arg-step-status = ኩነታት: proposed, planned, ongoing, done, paused ወይ cancelled። እንተ ዘይጸሓፍኩምዎ: planned።
cli-arg-step-start = እታ ቀዳመይቲ መዓልቲ፣ ከም ዓመት-ወርሒ-መዓልቲ።
cli-arg-step-end = እታ ናይ መወዳእታ መዓልቲ፣ ከም ዓመት-ወርሒ-መዓልቲ።
cli-arg-step-goal = ቁጽሪ ናይቲ እቲ ስጉምቲ ዘገልግሎ ዕላማ። ልዕሊ ሓደ ግዜ ክትህብዎ ትኽእሉ ኢኹም።
cli-arg-step-contact = ቁጽሪ ናይቲ ንዚ ስጉምቲ ዘሎ ናይ ርክብ ሰብኩም።
cli-arg-step-id = ቁጽሪ ናይቲ ስጉምቲ።
cli-arg-import-file = ክንበብ ዘለዎ ፋይል መዝገብ።
cli-step-added = እቲ ስጉምቲ ተዓቂቡ ኣሎ።
cli-step-status-saved = ኩነታት ናይቲ ስጉምቲ ተዓቂቡ ኣሎ።
cli-usage-checkin = etapp checkin ትእዛዝ
cli-usage-checkin-add = etapp checkin add [--date ዕለት] [--note ጽሑፍ] ክፍሊ=ደረጃ…
cli-value-area-level = ክፍሊ=ደረጃ
cli-cmd-checkin = ክፍልታት ሂወትኩም ከመይ ይኸዱ ከም ዘለዉ ንገሩ።
cli-cmd-checkin-add = ገምጋም ወስኹ: ንነፍሲ ወከፍ ክፍሊ፣ ደረጃ ካብ 1 (ኣብ ቅልውላው) ክሳብ 5 (ብባዕለይ እኽእሎ እየ)፣ ወይ not_relevant። ቁጽሩ ኣብ "id: " ዝብል መስመር የርኢ።
cli-arg-checkin-date = መዓልቲ ናይቲ ገምጋም፣ ከም ዓመት-ወርሒ-መዓልቲ። እንተ ዘይጸሓፍኩምዎ: ሎሚ።
cli-arg-checkin-note = ብዛዕባ ምሉእ እቲ ገምጋም ዝኸውን መዘኻኸሪ።
cli-arg-checkin-levels = ክፍልን ደረጃኡን፣ ንኣብነት housing=2 ወይ preschool=not_relevant። ክፍልታት: household_economy, network, welfare_system, housing, preschool, health, work_studies, swedish_language።
cli-arg-step-life-area = እቲ ስጉምቲ ዝሕግዞ ክፍሊ ሂወትኩም፣ ንኣብነት housing። ልዕሊ ሓደ ግዜ ክትህብዎ ትኽእሉ ኢኹም።
cli-checkin-added = እቲ ገምጋም ተዓቂቡ ኣሎ።
cli-import-done = መዝገብኩም ኣትዩ ኣሎ።
cli-demo-done = እቲ ኣብነታዊ ሰብ ኣብቲ መዝገብ ኣሎ። ምስኡ Etapp ፈትኑ፤ ንናይ ባዕልኹም ሓበሬታ ሓድሽ መዝገብ ፍጠሩ።
cli-error-read-file = Etapp ነቲ ፋይል { $path } ከንብብ ኣይከኣለን። ስሙን ከተንብብዎ ከም ዝፍቀደልኩምን ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ።

# Checking the record.
cli-usage-check = etapp check
cli-cmd-check = ኩሉ ክፍሊ ፋይል መዝገብኩም ምሉእ ምዃኑን ክንበብ ከም ዝኽእልን ኣረጋግጹ።
cli-check-whole = መዝገብኩም ምሉእ እዩ: ኩሉ ክፍሉ ክንበብ ይኽእል።

# Sharing, and the case worker's reader.
cli-usage-share = etapp share --to ጽሑፍ [--agency ኮድ] [--unit ጽሑፍ] --purpose ኮድ [--purpose-text ጽሑፍ] [--sections ዝርዝር] [--items ዝርዝር] [--include-sensitive] [--expires-in መዓልታት] [--recipient መፍትሕ] [--out ፋይል] [--page ፋይል]
cli-usage-shares = etapp shares [withdraw ቁጽሪ]
cli-usage-shares-withdraw = etapp shares withdraw ቁጽሪ
cli-usage-open = etapp open ፋይል… [--code ኮድ… | --identity ፋይል] [--json | --html ፋይል]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = ዝርዝር
cli-value-days = መዓልታት
cli-value-key = መፍትሕ
cli-cmd-share = ምክፋል ግበሩ: ንሓደ ሰራሕተኛ ጉዳይ፣ እቶም እትመርጽዎም ክፍልታት መዝገብኩም ዝሓዘ ፋይል። ነቲ ሰራሕተኛ ጉዳይ ክትነግርዎ ዘለኩም ኮድ ኣብ "code: " ዝብል መስመር የርኢ።
cli-cmd-shares = ዝገበርኩምዎም ኩሎም ምክፋላት ከም JSON ኣርእዩ።
cli-cmd-shares-withdraw = ሓደ ምክፋል ከም ዝተሰሓበ ኣመልክቱ። ድሮ ዝሃብኩምዎ ፋይል ክምለስ ኣይክእልን።
cli-cmd-open = ካብ Etapp ዝመጸ ምክፋል ክፈቱን ኣንብቡን። እንታይ ከም ዝተቐየረ ንምርኣይ ብዙሓት ምክፋላት ናይ ሓደ ሰብ ሃቡ። ናይ ባዕልኹም መዝገብ ኣየድልየኩምን።
cli-cmd-forget-seen = እዚ ኮምፒተር ኣብ ምክፋላት ዝረኣዮም መፍትሕታት ፊርማ ክርስዖም ግበሩ።
cli-arg-share-to = ንመን እዩ: ስም ናይቲ ሰራሕተኛ ጉዳይ።
cli-arg-share-agency = ትካል ናይቲ ሰራሕተኛ ጉዳይ፣ ንኣብነት public_employment_service ወይ municipal_labour_market።
cli-arg-share-unit = ክፍሊ ወይ ቤት ጽሕፈት ናይቲ ሰራሕተኛ ጉዳይ።
cli-arg-share-purpose = ስለምንታይ: joint-planning, apply-step, follow-up, evaluate-step ወይ other።
cli-arg-share-purpose-text = ስለምንታይ፣ ብቓላትኩም። ምስ "other" የድሊ።
cli-arg-share-sections = እተካፍልዎም ምሉኣት ክፍልታት፣ ብኮማ (,) ተፈላልዮም: profile, contacts, background, goals, steps, checkins, obstacles, notes።
cli-arg-share-items = እተካፍልዎም ነናቶም ነገራት፣ ብኮማ (,) ተፈላልዮም፣ ነፍሲ ወከፍ ከም ክፍሊ:ቁጽሪ፣ ንኣብነት steps:3,goals:1,background.work:2።
cli-arg-share-include-sensitive = ሓበሬታ ብዛዕባ ጥዕና፣ ስድራን ገንዘብን'ውን ኣካፍሉ። ብዘይ እዚ፣ ከምዚ ዝኣመሰሉ ነገራት ኣይካተቱን።
cli-arg-share-expires-in = እቲ ምክፋል ንኽንደይ መዓልታት ክኽፈት ከም ዝኽእል: ካብ 1 ክሳብ 365። እንተ ዘይጸሓፍኩምዎ: 14።
cli-arg-share-recipient = ኣብ ክንዲ ኮድ፣ ነቲ ምክፋል ብህዝባዊ መፍትሕ (public key) ናይ ሓደ ትካል (age1…) ዕጸውዎ።
cli-arg-share-out = እቲ ምክፋል ዝዕቀበሉ ፋይል።
cli-arg-share-page = ነቲ ምክፋል ከም ገጽ እውን (ወይ ጥራይ) ዓቕቦ፡ ዝኾነ መርበብ ሓበሬታ ዝኸፍቶ፡ ዋላ ሓንቲ ከይተጻዕነ (.html)።
cli-arg-shares-id = ቁጽሪ ናይቲ ምክፋል፣ ካብ "etapp shares"።
cli-arg-open-file = ፋይል ናይቲ ምክፋል። ብዙሓት ምክፋላት ናይ ሓደ ሰብ፦ ኣብ መንጎኦም እንታይ ተቐይሩ፣ እቲ ዝኣረገ ቅድም።
cli-arg-open-code = እቲ ሰብ ዝበሎ ኮድ። ኣብ ዝቕጽል መስመር ክትጽሕፍዎ - ጸሓፉ። ንብዙሓት ምክፋላት፣ ንነፍሲ ወከፍ ሓደ ግዜ --code ብተመሳሳሊ ስርዓት ሃቡ። ካልኦት ነዚ ኮምፒተር ዝጥቀሙ ነቲ መስመር ትእዛዝ ክርእይዎ ይኽእሉ።
cli-arg-open-identity = እቲ ምክፋል ንትካልኩም እንተ ተዓጽዩ፣ ምስጢራዊ መፍትሕ ትካልኩም ዘለዎ ፋይል።
cli-arg-open-json = ኣብ ክንድኡ ነቲ ምክፋል ከም JSON ኣርእዩ።
cli-arg-open-html = ንሕትመት ዝኸውን ገጽ ዕቀቡ፣ ብሽወደንኛን ብቋንቋ ናይቲ ሰብን ጎን ንጎን።
cli-prompt-code = ኮድ:
cli-share-consent = ነዚ ምክፋል ብምግባርኩም፣ በዚ ትሰማምዑ:
cli-share-left-out = { $count ->
    [one] ሓደ ነገር ብዛዕባ { $categories } ሓበሬታ ስለ ዝሓዘ ኣይተኻተተን። ንዕኡ'ውን ከተካፍልዎ፣ --include-sensitive ወስኹ።
   *[other] { $count } ነገራት ብዛዕባ { $categories } ሓበሬታ ስለ ዝሓዙ ኣይተኻተቱን። ንዖም'ውን ከተካፍልዎም፣ --include-sensitive ወስኹ።
}
cli-share-done = እቲ ምክፋል ኣብ { $file } ተዓቂቡ ኣሎ። ነቲ ኣብ ታሕቲ ዘሎ ኮድ ነቲ ዝምልከቶ ሰብ ገጽ ንገጽ ንገርዎ። ብኢ-መይል ወይ ብመልእኽቲ ኣይትስደድዎ፣ ምስቲ ፋይል ድማ ኣይተቐምጥዎ።
cli-share-done-key = እቲ ምክፋል ኣብ { $file } ተዓቂቡ ኣሎ። ክኸፍቶ ዝኽእል እቲ ተዛማዲ ምስጢራዊ መፍትሕ ዘለዎ ትካል ጥራይ እዩ።
cli-share-withdrawn = ምክፋል { $id } ከም ዝተሰሓበ ተመልኪቱ ኣሎ። ድሮ ዝተዋህበ ፋይል ክምለስ ኣይክእልን፣ ግን ድሕሪ { $expires } ኣይኽፈትን።
cli-open-page-saved = እቲ ገጽ ኣብ { $file } ተዓቂቡ ኣሎ።
cli-forget-seen-done = እዚ ኮምፒተር ነቶም ዝረኣዮም ኩሎም መፍትሕታት ፊርማ ረሲዕዎም ኣሎ።
cli-error-file-exists = { $path } ዝበሃል ፋይል ድሮ ስለ ዘሎ፣ ዋላ ሓንቲ ኣይተዓቀበን። ካልእ ስም ምረጹ።

# Backups, and locking out old copies.
cli-usage-backup = etapp backup --out ፋይል
cli-usage-restore = etapp restore ፋይል [--recovery-code ኮድ]
cli-usage-verify-backup = etapp verify-backup ፋይል [--recovery-code ኮድ]
cli-cmd-backup = ናይ ምሉእ መዝገብኩም ዝተዓቀበ ቅዳሕ (backup) ኣብ ሓደ ፋይል ዕቀቡ። ከም መዝገብኩም ተዓጽዩ እዩ: ብመሕለፊ ቃልኩም ወይ ብኮድ ምምላስኩም።
cli-cmd-restore = መዝገብኩም ካብ ዝተዓቀበ ቅዳሕ መልስዎ፣ ገና መዝገብ ናብ ዘይብሉ ፎልደር።
cli-cmd-verify-backup = ዋላ ሓንቲ ከይቀየርኩም ዝተዓቀበ ቅዳሕ ኣረጋግጹ: ክፈትዎ፣ ኩሉ ክፍሉ ኣረጋግጹ፣ እንታይ ከም ዘለዎ ድማ ኣርእዩ።
cli-arg-backup-out = እቲ ዝተዓቀበ ቅዳሕ ዝዕቀበሉ ፋይል፣ ንኣብነት ኣብ USB።
cli-arg-backup-file = ፋይል ናይቲ ዝተዓቀበ ቅዳሕ።
cli-arg-backup-recovery-code = ኣብ ክንዲ መሕለፊ ቃሉ፣ ነቲ ዝተዓቀበ ቅዳሕ ብኮድ ምምላሱ ክፈትዎ። ነቲ ኮድ ኣብ ዝቕጽል መስመር ክትጽሕፍዎ፣ - ጽሓፉ። ነዚ ኮምፒተር ዝጥቀሙ ካልኦት ሰባት ትእዛዝ መስመር (command line) ክርእዩ ይኽእሉ እዮም።
cli-arg-rotate = ናይ ቀደም ቅዳሓት ፋይል መፍትሕ ምእንቲ ከይሰርሑ፣ ንመዝገብኩም ሓድሽ መፍትሕ'ውን ስርሑ። ሓድሽ ኮድ ምምላስ ክትረኽቡ ኢኹም።
cli-backup-done = እቲ ዝተዓቀበ ቅዳሕ ኣብ { $file } ተዓቂቡ ኣሎ ({ $megabytes } MB)። ካብዚ ኮምፒተር ርሒቑ፣ ኣብ ውሑስ ቦታ ዕቀብዎ።
cli-restore-done = መዝገብ { $name } ካብቲ ዝተዓቀበ ቅዳሕ ተመሊሱ ኣሎ።
cli-restore-new-code = እቲ ናይ ቀደም ኮድ ምምላስኩም ድሕሪ ሕጂ ኣይሰርሕን። ነቲ ኣብ ታሕቲ ዘሎ ሓድሽ ኮድ ኣብ ወረቐት ጽሓፍዎ፣ ኣብ ውሑስ ቦታ ድማ ዕቀብዎ።
cli-verify-backup-done = እቲ ዕለት { $created } ዝተሰርሐ ዝተዓቀበ ቅዳሕ ምሉእ እዩ። መዝገብ { $name } ሒዙ ኣሎ: ዕላማታት { $goals }፣ ስጉምትታት { $steps }፣ ገምጋማት { $checkins }፣ ዕንቅፋታት { $obstacles }፣ መዘኻኸሪታት { $notes }፣ ናይ ርክብ ሰባት { $contacts }፣ ምክፋላት { $shares }። ኣብኡ ዘሎ እቲ ዝሓደሰ ዕለት { $latest } እዩ። መፍትሕ ፊርማኡ: { $fingerprint }።
cli-passwd-rotated = መሕለፊ ቃልኩም ተቐይሩ ኣሎ፣ መዝገብኩም ድማ ሓድሽ መፍትሕ ኣለዎ። ናይ ቀደም ቅዳሓት ፋይል መፍትሑን ናይ ቀደም ኮድ ምምላስኩምን ድሕሪ ሕጂ ኣይከፍትዎን። ቅድሚ ሕጂ ዝዓቀብኩምዎም ቅዳሓት (backup) ግን ሕጂ'ውን በቲ ናይቲ ግዜ መሕለፊ ቃልን ኮድን ይኽፈቱ። ነቲ ኣብ ታሕቲ ዘሎ ሓድሽ ኮድ ኣብ ወረቐት ጽሓፍዎ፣ ሓድሽ ዝተዓቀበ ቅዳሕ ድማ ስርሑ።

# መፍትሕ ትካል፣ ንትካል ዝተዓጸዉ ምክፋላት።
cli-usage-agency-key = etapp agency-key new --out ፋይል | etapp agency-key show ፋይል
cli-usage-agency-key-new = etapp agency-key new --out ፋይል
cli-usage-agency-key-show = etapp agency-key show ፋይል
cli-cmd-agency-key = መፍትሕ ትካልኩም ስርሑ ወይ ኣርእዩ። ተሳተፍቲ ምክፋላት ናብኡ ክዓጽዉ ይኽእሉ።
cli-cmd-agency-key-new = ንትካልኩም ሓድሽ መፍትሕ ስርሑ። ንተሳተፍቲ እትህብዎ ህዝባዊ መፍትሕ ይሕትም።
cli-cmd-agency-key-show = ናይ ፋይል መፍትሕ ትካልኩም ህዝባዊ መፍትሕ ሕተሙ።
cli-arg-agency-key-out = እቲ ምስጢራዊ መፍትሕ ዝዕቀበሉ ፋይል። ገና ክህሉ የብሉን።
cli-arg-agency-key-file = ምስጢራዊ መፍትሕ ትካልኩም ዘለዎ ፋይል።
cli-agency-key-saved = ምስጢራዊ መፍትሕ ትካልኩም ኣብ { $file } ተዓቂቡ ኣሎ። ነቲ ፋይል ከንብቦ ዝኽእል ንስኹም ጥራይ ኢኹም። ብምስጢር ሓልዉዎ፣ ቅዳሑ ድማ ኣብ ውሑስ ቦታ ኣቐምጡ፦ ናብዚ መፍትሕ ዝተዓጸዉ ምክፋላት ብኡ ጥራይ እዮም ዝኽፈቱ። ነቲ ኣብ ታሕቲ ዘሎ ህዝባዊ መፍትሕ ንተሳተፍቲ ሃቡዎ።

cli-prompt-code-for = ኮድ ናይ { $file }:
cli-error-html-one-share = --html ናይ ሓደ ምክፋል ገጽ ይሰርሕ። እንታይ ከም ዝተቐየረ ንምርኣይ፣ ብዙሓት ምክፋላት ብዘይኡ ክፈቱ።
cli-error-code-count = { $files } ምክፋላት ኣለዉ፣ ኮዳት ግን { $codes } እዮም። ንነፍሲ ወከፍ ምክፋል ሓደ ኮድ ብተመሳሳሊ ስርዓት ሃቡ፣ ወይ ንትካልኩም ዝተዓጸዉ ምክፋላት --identity ተጠቐሙ።
cli-error-in-file = { $path }: { $message }

cli-usage-report = etapp report --identity ፋይል ምክፋል… [--csv ፋይል [--force] | --json]
cli-cmd-report = ብዛዕባ ብዙሓት ንገምጋም ዝተኸፍሉ ምክፋላት ጸብጻብ ስርሑ፦ ብዓይነት ስጉምትን ትካልን፣ ከምኡ'ውን ብዓውዲ ህይወት። ኮዳትን ቁጽርታትን ጥራይ፤ ካብ 5 ዝውሕዱ ተሳተፍቲ ዘለዉዎም ጉጅለታት ኣይርኣዩን።
cli-arg-report-identity = ምስጢራዊ መፍትሕ ትካልኩም ዘለዎ ፋይል። እቶም ምክፋላት ናብኡ ዝተዓጸዉ ክኾኑ ኣለዎም።
cli-arg-report-shares = ፋይላት ምክፋላት፣ ወይ ፋይላት ምክፋላት ዘለዉዎም ማህደራት (.etapp)።
cli-arg-report-csv = ነቲ ጸብጻብ ብCSV ኣብዚ ፋይል ዕቀቡዎ። --force እንተዘይሂብኩም፣ ገና ክህሉ የብሉን።
cli-arg-report-force = እቲ ፋይል CSV እንተሎ ተክእዎ።
cli-arg-report-json = ነቲ ጸብጻብ ብJSON ሕተምዎ።
cli-report-saved = እቲ ጸብጻብ ኣብ { $file } ተዓቂቡ ኣሎ።
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = ኣብ { $path } ምክፋላት (ፋይላት .etapp) የለዉን። ምክፋላት ዘለዎ ማህደር፣ ወይ ነቶም ፋይላት ባዕሎም ምረጹ።
cli-error-report-empty = ዋላ ሓደ ምክፋል ክቑጸር ስለ ዘይከኣለ፣ ጸብጻብ የለን። እቲ ቀዳማይ ተሓሊፉ፦ { $reason }።

# ናብ ናይቲ ሰብ ሞያታት ቀረባ ዝኾኑ ሞያታት።
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = ካብ ክፉት ሓበሬታ Arbetsförmedlingen፡ ናብቶም ኣብ ድሕረ ባይታኹም ዘለዉ ሞያታት ቀረባ ዝኾኑ ሞያታት፡ ከምኡ'ውን ኣየኖት ካብ ሞያታትኩም ናብ ዕላማታት ሞያኹም ከም ዘብጽሑ ኣርእዩ።
cli-arg-close-json = ኣብ ክንድኡ ነቲ ዝርዝር ከም JSON ኣርእዩ።
