# The app's frame: name, language picker, welcome screen.
# Plain words, short sentences: many readers are new to the language.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = ትግርኛ
language-picker = ቋንቋ
language-picker-hint = ብዝበለጸ እተንብብዎ ቋንቋ ምረጹ።
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ

welcome-title = እንቋዕ ናብ Etapp ብደሓን መጻእኩም
welcome-lead = Etapp ናይ መገድኹም ኣብ ሽወደን ናይ ባዕልኹም መዝገብ እዩ። ኣብኡ ቅድሚ ሕጂ ዝገበርኩምዎ፣ ዕላማታትኩም፣ ከምኡ'ውን ምስ ነፍሲ ወከፍ ትካል ዝወሰድኩምዎ ስጉምትታት ይዕቀብ።
welcome-local-title = መዝገብኩም ምሳኹም ይጸንሕ
welcome-local = ኩሉ ኣብዚ ኮምፒተር ጥራይ እዩ ዝዕቀብ። ንስኹም ጥራይ እትፈልጥዎ መሕለፊ ቃል ተዓጽዩ ኣሎ።
welcome-share-title = እንታይ ከም እተካፍሉ ንስኹም ትመርጹ
welcome-share = ምስ ደለኹም፣ ነቲ ዝመረጽኩምዎ ክፋል ጥራይ ንሰራሕተኛ ጉዳይ (handläggare) ክትህቡ ትኽእሉ ኢኹም። ብዘይ ንስኹም ዋላ ሓንቲ ኣይለኣኽን።
welcome-greeting = ሰላም { $name }!
