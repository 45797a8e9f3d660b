# Labels of the catalog codes (crates/core/src/catalog). The id is the
# catalog and the code with dashes. Codes never change; labels may.

agency-public-employment-service = Xafiiska Shaqada (Arbetsförmedlingen)
agency-municipal-labour-market = Qaybta shaqada ee degmada (kommun)
agency-social-services = Adeegga bulshada (socialtjänsten)
agency-adult-education = Waxbarashada dadka waaweyn iyo SFI
agency-health-care = Daryeelka caafimaadka (region)
agency-social-insurance = Hay'adda Caymiska Bulshada (Försäkringskassan)
agency-migration-agency = Hay'adda Socdaalka (Migrationsverket)
agency-tax-agency = Hay'adda Canshuuraha (Skatteverket)
agency-county-board = Maamulka gobolka (Länsstyrelsen)
agency-school-office = Degmada: xannaanada carruurta iyo dugsiga
agency-housing-office = Xafiiska guryaha ama mulkiilaha guriga
agency-council-for-higher-education = Golaha Waxbarashada Sare (UHR)
agency-civil-society = Ururro iyo dad tabarrucaya
agency-myself = Aniga

step-type-sfi-course = Koorsada af-Iswiidhishka (SFI)
step-type-civic-orientation = Barashada bulshada Iswiidhan (samhällsorientering)
step-type-internship = Tababar shaqo (praktik)
step-type-work-training = Layli shaqo (arbetsträning)
step-type-labour-market-training = Tababarka suuqa shaqada (arbetsmarknadsutbildning)
step-type-validation = Xaqiijinta xirfadaha (validering)
step-type-study-motivation-course = Koorso dhiirrigelin waxbarasho oo ka dhacda folkhögskola
step-type-vocational-education = Waxbarasho xirfadeed
step-type-job-search = Shaqo raadis
step-type-health-appointment = Ballan caafimaad
step-type-parental-support = Taageero waalidnimo
step-type-housing-application = Codsi guri
step-type-other = Wax kale

stage-intake = Bilowga
stage-vision = Dhisidda himilada
stage-activity = Hawl
stage-matching = U gudbidda shaqo ama waxbarasho

step-status-proposed = La soo jeediyay
step-status-planned = La qorsheeyay
step-status-ongoing = Socda
step-status-done = La dhammeeyay
step-status-paused = La hakiyay
step-status-cancelled = La joojiyay

goal-status-active = Waan ka shaqaynayaa
goal-status-reached = La gaaray
goal-status-dropped = La iska daayay

goal-kind-occupation = Shaqo (xirfad)
goal-kind-studies = Waxbarasho
goal-kind-free-text = Wax kale

isced-level-isced-0 = Ka yar dugsi hoose
isced-level-isced-1 = Dugsi hoose
isced-level-isced-2 = Dugsi dhexe
isced-level-isced-3 = Dugsi sare
isced-level-isced-4 = Tababar xirfadeed oo dugsi sare kadib ah
isced-level-isced-5 = Barnaamij gaaban oo jaamacad ama kulliyad ah
isced-level-isced-6 = Shahaadada koowaad ee jaamacadda (Bachelor)
isced-level-isced-7 = Shahaadada labaad ee jaamacadda (Master)
isced-level-isced-8 = Shahaadada dhakhtarnimada (PhD)

language-level-first-language = Luqadda hooyo
language-level-fluent = Si buuxda ayaan ugu hadlaa
language-level-good = Wanaagsan, nolosha maalinlaha
language-level-basic = Wax yar

recognition-not-applied = Lama codsan
recognition-applied = Waa la codsaday, jawaab ayaa la sugayaa
recognition-recognised = Waa la aqoonsaday
recognition-partly-recognised = Qayb ahaan waa la aqoonsaday
recognition-not-recognised = Lama aqoonsan

sensitive-category-health = Caafimaad
sensitive-category-family = Qoys
sensitive-category-financial = Lacag iyo taageero dhaqaale

life-area-household-economy = Dhaqaalaha qoyska
life-area-network = Dadka aan xiriirka la leeyahay
life-area-welfare-system = Adeegyada bulshada iyo xuquuqda
life-area-housing = Guri
life-area-preschool = Xannaanada carruurta
life-area-health = Caafimaad
life-area-work-studies = Shaqo ama waxbarasho
life-area-swedish-language = Af-Iswiidhish

life-area-household-economy-description = Lacag cunto, kiro iyo biilal ah, iyo qorsheyn si lacagtu u filnaato.
life-area-network-description = Dad aad u tegi karto: qoys, saaxiibo, deris iyo ururro.
life-area-welfare-system-description = Inaad ogaato sida caawimaadda bulshadu u shaqayso Iswiidhan iyo inaad isticmaasho: Hay'adda Caymiska Bulshada (Försäkringskassan), daryeelka caafimaadka, dugsiga, iyo xuquuqdaada iyo waajibaadkaaga.
life-area-housing-description = Meel ammaan ah oo aad ku noolaato, heshiiska kirada, iyo raadinta guri.
life-area-preschool-description = Boos carruurtaada xannaanada (förskola) ama daryeel kale, si aad u shaqayso ama wax u barato.
life-area-health-description = Sida aad dareemayso jir ahaan iyo maskax ahaan, iyo helidda daryeel markaad u baahato.
life-area-work-studies-description = Waddadaada shaqo ama waxbarasho: hadafkaaga, koorsooyin, tababar shaqo (praktik) iyo shaqo raadis.
life-area-swedish-language-description = Barashada af-Iswiidhishka iyo isticmaalkiisa maalin kasta: SFI, shaqada iyo dadka kale.

level-in-crisis = Xaalad degdeg ah
level-struggling = Adag
level-getting-help = Caawimaad ayaan helaa
level-mostly-managing = Inta badan keligay
level-managing = Keligay ayaan awoodaa
level-not-relevant = Hadda ima khuseeyo

level-in-crisis-description = Hadda caawimaad ayaan u baahanahay. Waa xaalad degdeg ah.
level-struggling-description = Way adag tahay, mana helo caawimaadda aan u baahanahay.
level-getting-help-description = Caawimaad ayaan helaa, taasina way ii fududaysaa.
level-mostly-managing-description = Inta badan keligay ayaan qabsadaa, laakiin mararka qaar caawimaad ayaan u baahdaa.
level-managing-description = Tan keligay ayaan qabsan karaa.
level-not-relevant-description = Tani hadda muhiim iima aha.

obstacle-no-childcare = Xannaano uma haysto carruurtayda
obstacle-health = Caafimaadkayga
obstacle-language-requirement = Waxay rabaan af-Iswiidhish ka badan inta aan aqaan
obstacle-missing-documents = Waraaqo ayaa iga maqan
obstacle-missing-recognition = Waxbarashadayda ama shaqadayda weli lama aqoonsan
obstacle-entry-requirements = Shuruudaha ayaa iga celiya
obstacle-missing-basic-education = Waxbarasho aasaasi ah oo dheeraad ah ayaan u baahanahay
obstacle-transport = Way adag tahay inaan halkaas gaaro
obstacle-unstable-housing = Ma haysto meel deggan oo aan ku noolaado
obstacle-caring-for-family = Qof qoyskayga ka mid ah ayaan daryeelaa
obstacle-parental-leave = Fasax waalidnimo oo dheer
obstacle-not-knowing-rights = Ma aqaan xuquuqdayda, waajibaadkayga iyo fursadahayga
obstacle-discrimination = Si cadaalad darro ah ayaa la iigu dhaqmaa (takoor)
obstacle-other = Wax kale

obstacle-status-open = Furan
obstacle-status-being-handled = Waa la wadaa
obstacle-status-solved = Waa la xalliyay

# Why a participant shares part of their record.
purpose-joint-planning = Si aan wax u wada qorsheyno
purpose-apply-step = Si aan u codsado tallaabo
purpose-follow-up = Si loo raaco sida ay u socoto
purpose-evaluate-step = Si loo caawiyo qiimeynta tallaabooyinka
purpose-other = Wax kale

# The parts of the record that can be shared.
section-profile = Aniga ku saabsan
section-contacts = Dadka aan la xiriiro
section-background = Taariikhdayda
section-goals = Hadafyadayda
section-steps = Tallaabooyinkayga
section-checkins = Noloshayda: is-qiimeyn
section-obstacles = Caqabado
section-notes = Qoraallo
