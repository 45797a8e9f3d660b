# The reader: what a case worker sees of a share. Labels for the summary
# and the printable page.

reader-title = ካብ Etapp ዝተኻፈለ
reader-to = ንመን
reader-purpose = ዕላማ
reader-created = ዝተሰርሐሉ ዕለት
reader-expires = ክኽፈት ዝኽእለሉ ክሳብ
reader-signer = መፍትሕ ፊርማ
reader-seen = ኣብዚ ኮምፒተር
reader-first-seen = እዚ መፍትሕ ፊርማ ኣብዚ ንመጀመርታ ግዜ እዩ ዝረአ ዘሎ።
reader-seen-before = እዚ መፍትሕ ፊርማ ኣብዚ ቅድሚ ሕጂ ተራእዩ እዩ፣ ንመጀመርታ ግዜ ኣብ { $date }።
reader-language = ቋንቋ ናይቲ ሰብ
reader-sensitive = ምስጢራዊ ሓበሬታ
reader-promise = እቲ ፊርማ ክልተ ነገራት የርኢ: እቲ ሰብ ነዚ ምክፋል ካብ ዝሰርሖ ጀሚሩ ዋላ ሓንቲ ከም ዘይተቐየረ፣ ከምኡ'ውን ካብቲ ተመሳሳሊ ቁጽርታት ዘለዎም ካልኦት ምክፋላት ዝመጽኡሉ ሓደ መዝገብ ከም ዝመጸ። እቲ ሰብ መን ምዃኑ ግን ኣየርእን: ቁጽርታት ናይቲ መፍትሕ ፊርማ ምስቲ ሰብ ብሓባር ኣንብቡን ኣነጻጽሩን።
reader-only-items = ካብዚ ክፍሊ ገለ ነገራት ጥራይ እዮም ተኻፊሎም።
reader-empty = ኣብዚ ዋላ ሓንቲ የለን።
reader-yes = እወ
reader-no = ኣይፋል

## About me
reader-name = ስም
reader-arrived = ናብ ሽወደን ዝመጸሉ
reader-permit-name = ኣብ ካርድ ፍቓድ መንበሪ ዘሎ ስም
reader-pin = ቁጽሪ መለለዪ ሰብ (personnummer) ወይ ቁጽሪ ምትእስሳር (samordningsnummer)
reader-case-number = ቁጽሪ ጉዳይ ኣብ ቤት ጽሕፈት ስደት (Migrationsverket)
reader-permit-date = ፍቓድ መንበሪ ዝተዋህበሉ ዕለት
reader-municipality = ኮሙን (kommun)
reader-adults = ኣብ ገዛ ዘለዉ ዓበይቲ
reader-child-born = ዓመተ ልደት ቆልዓ
reader-language-spoken = ቋንቋ
reader-programme = ኣብ መደብ ምጥያሽ
reader-programme-since = ካብ

## Contacts
reader-agency = ትካል
reader-unit = ክፍሊ ወይ ቤት ጽሕፈት
reader-phone = ተሌፎን
reader-email = ኢ-መይል
reader-note = መዘኻኸሪ

## Background
reader-education = ትምህርቲ
reader-education-level = ደረጃ
reader-country = ሃገር
reader-years = ዓመታት
reader-completed = ተወዲኡ
reader-documents = ወረቓቕቲ ምስኡ ኣሎ
reader-recognition = ተቐባልነት ኣብ ሽወደን
reader-work = ስራሕ
reader-occupation = ሞያ
reader-tasks = ዕማማት
reader-kind = ዓይነት
reader-skill = ክእለት
reader-issuer = ዝሃቦ
reader-year = ዓመት
reader-driving-licence = ፍቓድ ምዝዋር ማኪና
reader-classes = ደረጃታት
reader-asylum-period = ቅድሚ ፍቓድ መንበሪ
reader-description = መግለጺ
reader-start = መጀመርታ
reader-end = መወዳእታ

## Goals and steps
reader-goal-kind = ዓይነት ዕላማ
reader-target-date = ክብጻሕ ዘለዎ ዕለት
reader-status = ኩነታት
reader-sub-goal-of = ንኡስ ዕላማ ናይ
reader-stage-now = ሕጂ ዘለኹዎ መድረኽ
reader-stage = መድረኽ
reader-step-type = ዓይነት ስጉምቲ
reader-contact = ናይ ርክብ ሰብ
reader-for-goal = ንዕላማ
reader-life-areas = ክፍልታት ሂወት
reader-history = ለውጢ ኩነታት
reader-appointment = ቆጸራ
reader-usefulness = ክንደይ ጠቒሙ
reader-usefulness-of-five = { $score } ካብ 5
reader-helped = እንታይ ሓጊዙ
reader-hard = እንታይ ከቢዱ

## Obstacles and notes
reader-handled-by = ዝሰርሓሉ ዘሎ
reader-noticed = ዝተራእየሉ ዕለት
reader-handling-since = ክስራሓሉ ዝጀመረሉ ዕለት
reader-solved-on = ዝተፈትሓሉ ዕለት
reader-written-in = ዝተጻሕፈሉ ቋንቋ

## ኣብ መንጎ ምክፋላት ሓደ ሰብ እንታይ ተቐይሩ (etapp open ኣረጊት ሓድሽ …)።
compare-title = እንታይ ተቐይሩ
compare-bundles = ምክፋላት፣ እቲ ዝኣረገ ቅድም
compare-bundle = { $n }. ዝተሰርሐሉ { $created }
compare-period = ካብ { $from } ክሳብ { $to }
compare-not-shared = ክልቲኡ ግዜ ኣይተኸፍለን፣ ስለዚ ኣይነጻጸርን፦ { $parts }
compare-sensitive-left-out = ተኣፋፊ ሓበሬታ ሓደ ግዜ ጥራይ እዩ ተኸፊሉ። ኣብዚ ኣይቀረበን።
compare-nothing = ዝተቐየረ የለን።
compare-change = { $before } → { $after }
compare-latest-checkin = ናይ መወዳእታ ገምጋም
compare-checkins-added = ሓደስቲ ገምጋማት
compare-none = የለን
compare-no-level = ደረጃ የብሉን
compare-stage-none = ኣይተመርጸን
compare-stage-same = { $stage } (ለውጢ የለን)
compare-steps-added = ሓደስቲ ስጉምትታት
compare-steps-status = ሓድሽ ኩነታት ዘለዎም ስጉምትታት
compare-steps-removed = ኣብቲ መደብ ዘይርከቡ ስጉምትታት
compare-obstacles-added = ሓደስቲ ዕንቅፋታት
compare-obstacles-solved = ዝተፈትሑ ዕንቅፋታት
compare-obstacles-status = ሓድሽ ኩነታት ዘለዎም ዕንቅፋታት
compare-obstacles-removed = ዘይተዘርዘሩ ዕንቅፋታት
compare-goals-added = ሓደስቲ ዕላማታት
compare-goals-reached = ዝተበጽሑ ዕላማታት
compare-goals-status = ሓድሽ ኩነታት ዘለዎም ዕላማታት
compare-goals-removed = ዘይተዘርዘሩ ዕላማታት
compare-noticed-on = ዝተረኽበሉ { $date }
compare-solved-on = ዝተፈትሐሉ { $date }

## ጸብጻብ ብዛዕባ ብዙሓት ተሳተፍቲ (etapp report)። ኮዳትን ቁጽርታትን ጥራይ።
report-title = ገምጋም ስጉምትታት፣ ካብ ንገምጋም ዝተኸፍሉ ምክፋላት
report-counted = ዝተቖጽሩ ተሳተፍቲ፦ { $count }
report-replaced = ብዝደንጎየ ምክፋል ናይ ሓደ ተሳታፊ ዝተተክኡ ቀዳሞት ምክፋላት፦ { $count }
report-min-group = ሓደ ሰብ ከይፍለ፣ ካብ { $count } ዝውሕዱ ተሳተፍቲ ዘለዉዎም ጉጅለታት ኣይርኣዩን።
report-steps-heading = ስጉምትታት፣ ብዓይነትን ትካልን
report-participants = ተሳተፍቲ፦ { $count }
report-steps-by-status = ስጉምትታት ሕጂ
report-median-days = ማእከላይ ቁጽሪ መዓልታት ካብ ዝተመደበ ክሳብ ዝተወድአ
report-decimal-separator = {"."}
report-none = የለን
report-usefulness = ክንደይ ጠቓሚ፣ ካብ 1 ክሳብ 5 (ቁጽሪ መልስታት)
report-fewer-than = ካብ 5 ዝውሕዱ ተሳተፍቲ፦ ኣይርኣን።
report-areas-heading = ዓውድታት ህይወት፦ ለውጢ ካብ ቀዳማይ ክሳብ ናይ መወዳእታ ገምጋም
report-area = { $count } ተሳተፍቲ፣ ማእከላይ { $median } (ለውጥታት፦ { $spread })
report-skipped = ዝተሓለፉ ምክፋላት፦ { $count }
report-skip-not-for-evaluation = ንገምጋም ኣይተኸፍለን
report-skip-expired = ግዜኡ ሓሊፉ
report-skip-wrong-key = መፍትሕኩም ኣይከፍቶን፣ ወይ ተበላሺዩ
report-skip-not-a-bundle = ካብ Etapp ዝመጸ ምክፋል ኣይኮነን
report-skip-truncated = እቲ ፋይል ቅድሚ ግዜኡ ይውዳእ
report-skip-signature = ድሕሪ ምስራሑ ተቐይሩ
report-skip-newer-version = ብሓድሽ ስሪት Etapp ዝተሰርሐ
report-skip-too-large = ኣዝዩ ዓቢ
report-skip-unreadable = ክንበብ ኣይከኣለን
