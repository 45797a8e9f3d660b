# My background (kartläggning): education, work, the time before the
# residence permit, skills, certificates, driving licence. Then the
# occupation picker (labels from the JobTech list are Swedish only).

background-title = ድሕረ ባይታይ
background-lead = ኣብ ሽወደንን ኣብ ካልኦት ሃገራትን ዝተማሃርኩምዎን ዝገበርኩምዎን። ኣብዚ ሓንሳብ ጽሓፍዎ። ድሕሪኡ ኣብ ነፍሲ ወከፍ ቤት ጽሕፈት እንደገና ክትነግሩ ኣየድልየኩምን።
background-none = ገና ኣብዚ ዋላ ሓንቲ የለን።
background-saved = ተዓቂቡ።
# { $name } is the entry, in the person's own words.
background-deleted = { $name } ተደምሲሱ ኣሎ።
background-delete-question = { $name } ክትድምስስዎ ትደልዩ ዶ?
background-change = ቀይሩ
background-delete = ደምስሱ
background-cancel = ሕደጉ
background-not-given = ኣይተገልጸን
background-country-none = ኣይተገልጸን
background-years-less = ካብ ሓደ ዓመት ዝወሓደ
background-years = { $years ->
    [one] { $years } ዓመት
   *[other] { $years } ዓመታት
}
background-dates = ካብ { $start } ክሳብ { $end }
background-since = ካብ { $start }
background-until = ክሳብ { $end }

background-education-title = ትምህርቲ
background-education-hint = ቤት ትምህርቲ፣ ዩኒቨርሲቲ፣ ኮርሳትን ሞያዊ ስልጠናን።
background-education-add = ትምህርቲ ወስኹ
background-education-new = ትምህርቲ ወስኹ
background-education-edit = ትምህርቲ ቀይሩ
background-education-untitled = ትምህርቲ
background-education-level = ደረጃ
background-education-level-unknown = ኣይፈልጥን እየ
background-education-field = ዓይነት ትምህርቲ ወይ ፕሮግራም
background-education-field-hint = ንኣብነት: ነርሲንግ፣ መካኒክ፣ ሕጊ።
background-education-occupation = እቲ ትምህርቲ ዘዳለወኩም ሞያ (ኣብቲ ዝርዝር ድለይዎ)
background-education-country = ሃገር
background-education-years = ክንደይ ግዜ ወሲዱ?
background-education-completed = ነዚ ትምህርቲ ወዲአዮ እየ
background-education-documents = ዲፕሎማ ወይ ካልእ ወረቓቕቲ ምሳይ ኣሎ
background-education-recognition = ኣብ ሽወደን ተቐባልነት ኣለዎ ዶ?
background-education-recognition-hint = ኣብ ሽወደን፣ ቤት ጽሕፈት ላዕለዋይ ትምህርቲ (UHR) ካብ ካልኦት ሃገራት ዝመጸ ትምህርቲ ይፍትሽ።
background-education-finished = ተወዲኡ
background-education-not-finished = ኣይተወድአን
background-education-has-documents = ወረቓቕቲ ምሳይ ኣሎ
background-education-no-documents = ወረቓቕቲ ምሳይ የለን
background-education-recognition-fact = ኣብ ሽወደን ተቐባልነት: { $status }

background-work-title = ስራሕ
background-work-hint = ኣብ ሽወደን ወይ ኣብ ካልእ ሃገር ዝሰራሕኩምዎም ስራሓት። ብደሞዝ ወይ ብዘይ ደሞዝ።
background-work-add = ስራሕ ወስኹ
background-work-new = ስራሕ ወስኹ
background-work-edit = ስራሕ ቀይሩ
background-work-which = ኣየናይ ስራሕ?
background-work-occupation = ነቲ ስራሕ ኣብቲ ዝርዝር ድለዩ
background-work-own-words = እቲ ስራሕ ብቓላትኩም
background-work-own-words-hint = ነቲ ስራሕ ኣብቲ ዝርዝር እንተ ዘይረኸብኩምዎ፣ ኣብዚ ጽሓፍዎ።
background-work-need-title = ካብቲ ዝርዝር ስራሕ ምረጹ፣ ወይ ነቲ ስራሕ ብቓላትኩም ጽሓፍዎ።
background-work-country = ሃገር
background-work-years = ክንደይ ግዜ ሰሪሕኩም?
background-work-tasks = ኣብቲ ስራሕ እንታይ ትገብሩ ነይርኩም?
background-work-tasks-hint = ንኣብነት: መዓልቲ መዓልቲ ን200 ሰባት መግቢ ኣብስል ነይረ።

background-asylum-title = ቅድሚ ፍቓድ መንበሪኹም
background-asylum-hint = ውሳነ ዑቕባ ክትጽበዩ ከለኹም ዝተማሃርኩምዎ ወይ ዝገበርኩምዎ። ንኣብነት ኮርስ፣ ወለንታዊ ስራሕ ወይ ስራሕ። እዚ'ውን ይቑጸር እዩ።
background-asylum-add = ዝገበርኩምዎ ነገር ወስኹ
background-asylum-new = ቅድሚ ፍቓድ መንበሪኹም እንታይ ገበርኩም?
background-asylum-edit = ቅድሚ ፍቓድ መንበሪኹም ዝገበርኩምዎ ቀይሩ
background-asylum-what = እንታይ ገበርኩም ወይ ተማሃርኩም?
background-asylum-what-hint = ንኣብነት: ኣብቲ መዕቆቢ ቦታ ንኻልኦት ሰባት ተርጒመ ነይረ።
background-asylum-description = እንተ ደሊኹም፣ ዝያዳ ንገሩ
background-asylum-start = ቀዳመይቲ መዓልቲ
background-asylum-end = ናይ መወዳእታ መዓልቲ

background-skills-title = ክእለታት
background-skills-hint = ጽቡቕ እትኽእልዎም ነገራት። ንኣብነት: ፎርክሊፍት ምዝዋር፣ ምስፋይ፣ ኮምፒተር፣ ዳሪ ምዝራብ።
background-skills-add = ክእለት ወስኹ
background-skills-new = ክእለት ወስኹ
background-skills-edit = ክእለት ቀይሩ
background-skill-name = እቲ ክእለት

background-certificates-title = ምስክር ወረቐታት
background-certificates-hint = ኮርስ ወይ ፍቓድ ከም ዘለኩም ዘርኢ ወረቓቕቲ። ንኣብነት ፍቓድ ፎርክሊፍት ወይ ኮርስ ጽሬት መግቢ።
background-certificates-add = ምስክር ወረቐት ወስኹ
background-certificates-new = ምስክር ወረቐት ወስኹ
background-certificates-edit = ምስክር ወረቐት ቀይሩ
background-certificate-name = እንታይ የርኢ?
background-certificate-issuer = ብመን ተዋሂቡ?
background-certificate-year = ዓመት

background-licence-title = ፍቓድ ምዝዋር ማኪና
background-licence-hint = ካብ ሽወደን ወይ ካብ ካልእ ሃገር ዝተዋህበ ፍቓድ ምዝዋር ማኪና።
background-licence-none = ፍቓድ ምዝዋር ማኪና ኣይወሰኽኩምን።
background-licence-add = ፍቓድ ምዝዋር ማኪና ወስኹ
background-licence-new = ፍቓድ ምዝዋር ማኪና ወስኹ
background-licence-edit = ፍቓድ ምዝዋር ማኪና ቀይሩ
background-licence-classes = ኣብ ካርድ ዘለዉ ደረጃታት
background-licence-classes-hint = ንኣብነት: B፣ ወይ B ከምኡ'ውን C1።
background-licence-country = ዝሃበ ሃገር
background-licence-name = ፍቓድ ምዝዋር ማኪና { $classes }

occupation-hint = ሒደት ፊደላት ናይቲ ስራሕ ጽሓፉ። እቲ ዝርዝር ብሽወደንኛ እዩ።
occupation-results = { $count ->
    [one] { $count } ስራሕ ተረኺቡ። ንምምራጽ መጠወቒታት ቀስቲ (arrow keys) ተጠቐሙ።
   *[other] { $count } ስራሓት ተረኺቦም። ንምምራጽ መጠወቒታት ቀስቲ (arrow keys) ተጠቐሙ።
}
occupation-none-found = ዋላ ሓደ ስራሕ ኣይተረኽበን። ካልእ ቃል ፈትኑ።
occupation-chosen = ምርጫኹም:
occupation-chosen-status = ዝተመርጸ: { $name }
occupation-remove = ምርጫ ኣውጽኡ
occupation-ssyk = SSYK { $code }
occupation-unknown = ኣብዚ ዝርዝር ዘየለ ስራሕ
