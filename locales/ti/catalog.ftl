# Labels of the catalog codes (crates/core/src/catalog). The id is the
# catalog and the code with dashes. Codes never change; labels may.

agency-public-employment-service = ቤት ጽሕፈት ስራሕ (Arbetsförmedlingen)
agency-municipal-labour-market = ክፍሊ ስራሕ ናይ ኮሙን (kommun)
agency-social-services = ማሕበራዊ ኣገልግሎት (Socialtjänsten)
agency-adult-education = ትምህርቲ ዓበይቲን SFIን
agency-health-care = ክንክን ጥዕና (ዞባ፣ Region)
agency-social-insurance = ትካል ማሕበራዊ ውሕስና (Försäkringskassan)
agency-migration-agency = ቤት ጽሕፈት ስደት (Migrationsverket)
agency-tax-agency = ቤት ጽሕፈት ግብሪ (Skatteverket)
agency-county-board = ምምሕዳር ዞባ (Länsstyrelsen)
agency-school-office = ኮሙን (kommun): መዋእለ ህጻናትን ቤት ትምህርትን
agency-housing-office = ቤት ጽሕፈት መንበሪ ገዛ ወይ ዋና ገዛ
agency-council-for-higher-education = ቤት ጽሕፈት ላዕለዋይ ትምህርቲ (UHR)
agency-civil-society = ማሕበራትን ወለንተኛታትን
agency-myself = ባዕለይ

step-type-sfi-course = ኮርስ ቋንቋ ሽወደን (SFI)
step-type-civic-orientation = ትምህርቲ ብዛዕባ ሕብረተሰብ ሽወደን (samhällsorientering)
step-type-internship = ልምምድ ስራሕ (praktik)
step-type-work-training = ስልጠና ስራሕ (arbetsträning)
step-type-labour-market-training = ስልጠና ንዕዳጋ ስራሕ (arbetsmarknadsutbildning)
step-type-validation = ምርግጋጽ ክእለት (validering)
step-type-study-motivation-course = ኮርስ ድርኺት ንትምህርቲ ኣብ ህዝባዊ ቤት ትምህርቲ (folkhögskola)
step-type-vocational-education = ትምህርቲ ሞያ
step-type-job-search = ስራሕ ምድላይ
step-type-health-appointment = ቆጸራ ጥዕና
step-type-parental-support = ደገፍ ከም ወላዲ
step-type-housing-application = ገዛ ምሕታት
step-type-other = ካልእ

stage-intake = ምጅማር
stage-vision = ራእይ ምህናጽ
stage-activity = ንጥፈት
stage-matching = ናብ ስራሕ ወይ ትምህርቲ

step-status-proposed = ዝቐረበ ሓሳብ
step-status-planned = ዝተመደበ
step-status-ongoing = ይካየድ ኣሎ
step-status-done = ተወዲኡ
step-status-paused = ደው ኢሉ
step-status-cancelled = ተሰሪዙ

goal-status-active = ይስራሓሉ ኣሎ
goal-status-reached = ተበጺሑ
goal-status-dropped = ተሓዲጉ

goal-kind-occupation = ሞያ
goal-kind-studies = ትምህርቲ
goal-kind-free-text = ካልእ ነገር

isced-level-isced-0 = ትሕቲ መባእታ ቤት ትምህርቲ
isced-level-isced-1 = መባእታ ቤት ትምህርቲ
isced-level-isced-2 = ማእከላይ ቤት ትምህርቲ
isced-level-isced-3 = ካልኣይ ደረጃ ቤት ትምህርቲ
isced-level-isced-4 = ስልጠና ሞያ ድሕሪ ካልኣይ ደረጃ ቤት ትምህርቲ
isced-level-isced-5 = ሓጺር መደብ ዩኒቨርሲቲ ወይ ኮለጅ
isced-level-isced-6 = ቀዳማይ ዲግሪ (ባችለር)
isced-level-isced-7 = ካልኣይ ዲግሪ (ማስተርስ)
isced-level-isced-8 = ዶክትሬት (PhD)

language-level-first-language = ቋንቋ ኣደ
language-level-fluent = ብብቕዓት
language-level-good = ጽቡቕ፣ ንመዓልታዊ ሂወት
language-level-basic = ቁሩብ

recognition-not-applied = ኣይተሓተተን
recognition-applied = ተሓቲቱ፣ መልሲ ይጽበ ኣሎ
recognition-recognised = ኣፍልጦ ረኺቡ
recognition-partly-recognised = ብኸፊል ኣፍልጦ ረኺቡ
recognition-not-recognised = ኣፍልጦ ኣይረኸበን

sensitive-category-health = ጥዕና
sensitive-category-family = ስድራ
sensitive-category-financial = ገንዘብን ቁጠባዊ ሓገዝን

life-area-household-economy = ገንዘብ ገዛ
life-area-network = ርክባት ምስ ሰባት
life-area-welfare-system = ሓገዝ ሕብረተሰብን መሰላትን
life-area-housing = መንበሪ ገዛ
life-area-preschool = መዋእለ ህጻናትን ክንክን ቆልዑን
life-area-health = ጥዕና
life-area-work-studies = ስራሕ ወይ ትምህርቲ
life-area-swedish-language = ቋንቋ ሽወደን

life-area-household-economy-description = ንመግቢ፣ ክራይን ክፍሊታትን ዝኸውን ገንዘብ፣ እቲ ገንዘብ ምእንቲ ክበጽሕ ድማ ምውጣን።
life-area-network-description = ክትቀርብዎም እትኽእሉ ሰባት: ስድራ፣ ፈተውቲ፣ ጎረባብትን ማሕበራትን።
life-area-welfare-system-description = ኣብ ሽወደን ሓገዝ ሕብረተሰብ ከመይ ከም ዝሰርሕ ምፍላጥን ምጥቃምን: ትካል ማሕበራዊ ውሕስና (Försäkringskassan)፣ ክንክን ጥዕና፣ ቤት ትምህርቲ፣ መሰላትኩምን ግዴታታትኩምን።
life-area-housing-description = ውሑስ መንበሪ ቦታ፣ ውዕል ክራይኩም፣ ከምኡ'ውን ገዛ ምድላይ።
life-area-preschool-description = ንደቅኹም ኣብ መዋእለ ህጻናት ወይ ኣብ ካልእ ክንክን ቆልዑ ቦታ፣ ክትሰርሑ ወይ ክትመሃሩ ምእንቲ ክትክእሉ።
life-area-health-description = ብኣካልን ብኣእምሮን ከመይ ከም ዘለኹም፣ ምስ ዘድልየኩም ድማ ሕክምና ምርካብ።
life-area-work-studies-description = ናብ ስራሕ ወይ ትምህርቲ ዝወስደኩም መንገዲ: ዕላማኹም፣ ኮርሳት፣ ልምምድ ስራሕን ስራሕ ምድላይን።
life-area-swedish-language-description = ቋንቋ ሽወደን ምምሃርን መዓልቲ መዓልቲ ምጥቃምን: ኣብ SFI፣ ኣብ ስራሕን ምስ ካልኦት ሰባትን።

level-in-crisis = ህጹጽ ሽግር
level-struggling = ከቢድ
level-getting-help = ብሓገዝ ይሓይሽ
level-mostly-managing = መብዛሕትኡ ባዕለይ
level-managing = ባዕለይ
level-not-relevant = ሕጂ ኣየገድስን

level-in-crisis-description = ሕጂ ሓገዝ የድልየኒ። ህጹጽ እዩ።
level-struggling-description = ከቢድ እዩ፣ ዘድልየኒ ሓገዝ ድማ ኣይረኽብን።
level-getting-help-description = ሓገዝ እረክብ፣ እዚ ድማ የቃልለለይ።
level-mostly-managing-description = መብዛሕትኡ ባዕለይ እኽእሎ፣ ግን ሓድሓደ ግዜ ሓገዝ የድልየኒ።
level-managing-description = እዚ ባዕለይ እኽእሎ እየ።
level-not-relevant-description = እዚ ሕጂ ንዓይ ኣየገድስን።

obstacle-no-childcare = ንደቀይ ክንክን ቆልዑ የለን
obstacle-health = ጥዕናይ
obstacle-language-requirement = ካብ ዝፈልጦ ዝያዳ ቋንቋ ሽወደን ይሓቱ
obstacle-missing-documents = ወረቓቕቲ ይጎድለኒ
obstacle-missing-recognition = ትምህርተይ ወይ ሞያይ ገና ኣፍልጦ ኣይረኸበን
obstacle-entry-requirements = እቲ ዝሕተት ቅድመ ኩነታት ይዓግተኒ
obstacle-missing-basic-education = ተወሳኺ መሰረታዊ ትምህርቲ የድልየኒ
obstacle-transport = ናብኡ ምብጻሕ ከቢድ እዩ
obstacle-unstable-housing = ርጉእ መንበሪ ቦታ የብለይን
obstacle-caring-for-family = ንሓደ ካብ ስድራይ እከናኸን
obstacle-parental-leave = ነዊሕ ፍቓድ ወለዲ
obstacle-not-knowing-rights = መሰላተይ፣ ግዴታታተይን ምርጫታተይን ኣይፈልጥን
obstacle-discrimination = ብዘይ ፍትሒ ይተሓዝ ኣለኹ (ኣድልዎ)
obstacle-other = ካልእ ነገር

obstacle-status-open = ክፉት
obstacle-status-being-handled = ይስራሓሉ ኣሎ
obstacle-status-solved = ተፈቲሑ

# Why a participant shares part of their record.
purpose-joint-planning = ብሓባር መደብ ንምውጻእ
purpose-apply-step = ንሓደ ስጉምቲ ንምምልካት
purpose-follow-up = ከመይ ይኸይድ ከም ዘሎ ንምክትታል
purpose-evaluate-step = ነቶም ስጉምትታት ንምግምጋም ንምሕጋዝ
purpose-other = ካልእ ነገር

# The parts of the record that can be shared.
section-profile = ብዛዕባይ
section-contacts = ናይ ርክብ ሰባተይ
section-background = ድሕረ ባይታይ
section-goals = ዕላማታተይ
section-steps = ስጉምትታተይ
section-checkins = ሂወተይ: ገምጋማት
section-obstacles = ዕንቅፋታት
section-notes = መዘኻኸሪታት
