# My background (kartläggning): education, work, the time before the
# residence permit, skills, certificates, driving licence. Then the
# occupation picker (labels from the JobTech list are Swedish only).

background-title = Taariikhdayda
background-lead = Wixii aad baratay iyo wixii aad qabatay, Iswiidhan iyo dalal kale. Halkan hal mar ku qor. Markaas uma baahnid inaad mar kale ka sheekayso xafiis kasta.
background-none = Weli waxba halkan kuma jiraan.
background-saved = Waa la kaydiyay.
# { $name } is the entry, in the person's own words.
background-deleted = { $name } waa la tirtiray.
background-delete-question = Ma rabtaa inaad tirtirto { $name }?
background-change = Beddel
background-delete = Tirtir
background-cancel = Jooji
background-not-given = Lama sheegin
background-country-none = Lama sheegin
background-years-less = Wax ka yar hal sano
background-years = { $years ->
    [one] { $years } sano
   *[other] { $years } sano
}
background-dates = { $start } ilaa { $end }
background-since = Laga bilaabo { $start }
background-until = Ilaa { $end }

background-education-title = Waxbarasho
background-education-hint = Dugsi, jaamacad, koorsooyin iyo tababar xirfadeed.
background-education-add = Ku dar waxbarasho
background-education-new = Ku dar waxbarasho
background-education-edit = Beddel waxbarasho
background-education-untitled = Waxbarasho
background-education-level = Heerka
background-education-level-unknown = Ma aqaan
background-education-field = Maaddada ama barnaamijka
background-education-field-hint = Tusaale ahaan: kalkaalinimo, farsamada baabuurta, sharci.
background-education-occupation = Shaqada ay kuu diyaarisay (ka raadi liiska)
background-education-country = Dalka
background-education-years = Intee bay qaadatay?
background-education-completed = Waxbarashadan waan dhammaystay
background-education-documents = Shahaadada ama waraaqo kale ayaan haystaa
background-education-recognition = Ma lagu aqoonsan yahay Iswiidhan?
background-education-recognition-hint = Iswiidhan, Golaha Waxbarashada Sare (UHR) ayaa hubiya waxbarashada laga soo qaatay dalal kale.
background-education-finished = La dhammaystay
background-education-not-finished = Lama dhammaystirin
background-education-has-documents = Waraaqaha waan haystaa
background-education-no-documents = Waraaqaha ma haysto
background-education-recognition-fact = Lagu aqoonsaday Iswiidhan: { $status }

background-work-title = Shaqo
background-work-hint = Shaqooyin aad soo qabatay, Iswiidhan ama dal kale. Mushahar leh ama mushahar la'aan.
background-work-add = Ku dar shaqo
background-work-new = Ku dar shaqo
background-work-edit = Beddel shaqo
background-work-which = Shaqadee?
background-work-occupation = Ka raadi shaqada liiska
background-work-own-words = Shaqada ku qor ereyadaada
background-work-own-words-hint = Halkan ku qor haddii aadan shaqada ka helin liiska.
background-work-need-title = Shaqo ka dooro liiska, ama shaqada ku qor ereyadaada.
background-work-country = Dalka
background-work-years = Intee ayaad shaqaynaysay?
background-work-tasks = Maxaad ka qabatay shaqada?
background-work-tasks-hint = Tusaale ahaan: maalin kasta waxaan cunto u karin jiray 200 qof.

background-asylum-title = Ka hor sharcigaaga deganaanshaha
background-asylum-hint = Wixii aad baratay ama aad qabatay intii aad sugaysay go'aanka magangelyada. Tusaale ahaan koorso, shaqo tabarruc ah ama shaqo. Taasna way tirsan tahay.
background-asylum-add = Ku dar wax aad qabatay
background-asylum-new = Maxaad qabatay ka hor sharcigaaga deganaanshaha?
background-asylum-edit = Beddel wax aad qabatay ka hor sharcigaaga deganaanshaha
background-asylum-what = Maxaad qabatay ama baratay?
background-asylum-what-hint = Tusaale ahaan: dadka kale ayaan u turjumi jiray meeshii aan degenaa.
background-asylum-description = Wax dheeraad ah sheeg, haddii aad rabto
background-asylum-start = Maalinta koowaad
background-asylum-end = Maalinta ugu dambaysa

background-skills-title = Xirfado
background-skills-hint = Waxyaabo aad ku fiican tahay. Tusaale ahaan: wadidda foorklift-ka (truck), tolidda, kombiyuutarka, ku hadlidda af-Dari.
background-skills-add = Ku dar xirfad
background-skills-new = Ku dar xirfad
background-skills-edit = Beddel xirfad
background-skill-name = Xirfadda

background-certificates-title = Shahaadooyin
background-certificates-hint = Waraaqo muujinaya koorso ama ruqsad. Tusaale ahaan ruqsadda foorklift-ka (truckkort) ama koorso nadaafadda cuntada.
background-certificates-add = Ku dar shahaado
background-certificates-new = Ku dar shahaado
background-certificates-edit = Beddel shahaado
background-certificate-name = Maxay muujinaysaa?
background-certificate-issuer = Yaa ku siiyay?
background-certificate-year = Sannadka

background-licence-title = Liisanka darawalnimada
background-licence-hint = Liisanka darawalnimada ee Iswiidhan ama dal kale.
background-licence-none = Kuma darin liisan darawalnimo.
background-licence-add = Ku dar liisanka darawalnimada
background-licence-new = Ku dar liisanka darawalnimada
background-licence-edit = Beddel liisanka darawalnimada
background-licence-classes = Fasallada ku qoran kaarka
background-licence-classes-hint = Tusaale ahaan: B, ama B iyo C1.
background-licence-country = Dalka bixiyay
background-licence-name = Liisanka darawalnimada { $classes }

occupation-hint = Qor dhowr xaraf oo ka mid ah shaqada. Liisku waa af-Iswiidhish.
occupation-results = { $count ->
    [one] { $count } shaqo ayaa la helay. Isticmaal furayaasha fallaadhaha si aad u doorato.
   *[other] { $count } shaqo ayaa la helay. Isticmaal furayaasha fallaadhaha si aad u doorato.
}
occupation-none-found = Shaqo lama helin. Isku day erey kale.
occupation-chosen = Doorashadaada:
occupation-chosen-status = La doortay: { $name }
occupation-remove = Ka saar doorashada
occupation-ssyk = SSYK { $code }
occupation-unknown = Shaqo aan ku jirin liiskan
