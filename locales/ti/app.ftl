# The app's frame: name, language picker, welcome screen.
# Plain words, short sentences: many readers are new to the language.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = ትግርኛ
language-picker = ቋንቋ
language-picker-hint = ብዝበለጸ እተንብብዎ ቋንቋ ምረጹ።
language-draft = እዚ ትርጉም ገና ብዓል ቋንቋ ኣይተመርመረን። ገለ ቃላት ጌጋ ክኾኑ ይኽእሉ። ገለ ነገር እንተዘይተረዲኡኩም፡ ንተርጓሚ ሕተቱ ወይ ካልእ ቋንቋ ምረጹ።
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
interpreter-view = ናይ ተርጓሚ ምርኣይ
interpreter-view-hint = ነፍሲ ወከፍ ጽሑፍ ብቋንቋኹምን ብካልኣይ ቋንቋን፡ ንተርጓሚ።
interpreter-language = ካልኣይ ቋንቋ
screen-loading = ገጽ ይዳሎ ኣሎ …

welcome-title = እንቋዕ ናብ Etapp ብደሓን መጻእኩም
welcome-lead = Etapp ናይ መገድኹም ኣብ ሽወደን ናይ ባዕልኹም መዝገብ እዩ። ኣብኡ ቅድሚ ሕጂ ዝገበርኩምዎ፣ ዕላማታትኩም፣ ከምኡ'ውን ምስ ነፍሲ ወከፍ ትካል ዝወሰድኩምዎ ስጉምትታት ይዕቀብ።
welcome-local-title = መዝገብኩም ምሳኹም ይጸንሕ
welcome-local = ኩሉ ኣብዚ ኮምፒተር ጥራይ እዩ ዝዕቀብ። ንስኹም ጥራይ እትፈልጥዎ መሕለፊ ቃል ተዓጽዩ ኣሎ።
welcome-share-title = እንታይ ከም እተካፍሉ ንስኹም ትመርጹ
welcome-share = ምስ ደለኹም፣ ነቲ ዝመረጽኩምዎ ክፋል ጥራይ ንሰራሕተኛ ጉዳይ (handläggare) ክትህቡ ትኽእሉ ኢኹም። ብዘይ ንስኹም ዋላ ሓንቲ ኣይለኣኽን።
welcome-greeting = ሰላም { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = ጥሪ
date-month-2 = ለካቲት
date-month-3 = መጋቢት
date-month-4 = ሚያዝያ
date-month-5 = ጉንበት
date-month-6 = ሰነ
date-month-7 = ሓምለ
date-month-8 = ነሓሰ
date-month-9 = መስከረም
date-month-10 = ጥቅምቲ
date-month-11 = ሕዳር
date-month-12 = ታሕሳስ
