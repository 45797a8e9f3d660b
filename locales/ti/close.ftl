# ቀረባ ሞያታት: ሓደ ሰብ "ዳርጋ ዘለዎ"፡ ካብ ክፉት ሓበሬታ Arbetsförmedlingen
# (ዝምድና ሞያታት)። እቲ ገጽን `etapp close-occupations`ን ይጥቀሙሉ።
# ኣስማት ሞያታትን ጉጅለታቶምን ብሽወደንኛ ይተርፉ።

close-title = ቀረባ ናብቲ ዝገበርክዎ
close-labels-swedish = ኣስማት ናይቶም ሞያታትን ጉጅለታቶምን ካብ Arbetsförmedlingen እዮም፡ ብሽወደንኛ።
close-note = እዞም ርክባት Arbetsförmedlingen ብዛዕባ ዕማማት ስራሕ ናይ ሞያታት ዝሃቦ ሓፈሻዊ ግምት እዮም። ተስፋ ስራሕ ኣይኮኑን። ኣፍልጦ ምርካብ ናይ ወጻኢ ትምህርቲ ፍሉይ መንገዲ እዩ።
close-own = ሞያታትኩም
close-very-close = ኣዝዩ ቀረባ
close-somewhat-close = ገለ ቀረባ — ገለ ስልጠና የድሊ
close-same-group = ሓደ ጉጅለ ሞያ
close-nothing = የለን።
close-none = ድሕረ ባይታኹም ገና ካብቲ ዝርዝር ዝኾነ ሞያ ኣይጠቐሰን። ንስራሕ ወይ ንትምህርቲ ሓደ ምረጹ፡ ሽዑ ቀረባ ሞያታት ኣብዚ ይረኣዩ።
close-no-relations = Arbetsförmedlingen ምስ { $occupation } ዝኾነ ሞያ ኣየራኽብን። ኣብቲ ሓደ ጉጅለ ሞያ ዘለዉ ካልኦት ሞያታት ዝደኸመ ርክብ እዮም:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [one] ካብ ሓደ ካብ ሞያታትኩም
       *[other] ካብ { $count } ካብ ሞያታትኩም
    }
close-your-goal = ድሮ ሓደ ካብ ዕላማታትኩም እዩ
close-not-in-list = { $count ->
        [one] ኣብ መዝገብኩም ዘሎ ሓደ ሞያ ደጊም ኣብቲ ዝርዝር የለን። ተሪፉ ኣሎ።
       *[other] ኣብ መዝገብኩም ዘለዉ { $count } ሞያታት ደጊም ኣብቲ ዝርዝር የለዉን። ተሪፎም ኣለዉ።
    }
close-goals = ዕላማታትኩም
close-goal-leads = እዞም ካብ ሞያታትኩም ናብኡ የብጽሑ: { $occupations }
close-goal-no-leads = ኣብ ሓበሬታ Arbetsförmedlingen ዝኾነ ካብ ሞያታትኩም ናብኡ ኣየብጽሕን።
close-goal-own = ድሮ ሓደ ካብ ናይ ገዛእ ርእስኹም ሞያታት እዩ።

# ዓሰርተ ቀንዲ ጉጅለታት SSYK 2012፡ ዓውዲ ስራሕ፡ ብናይ መዓልቲ ቃላት።
ssyk-major-0 = ወተሃደራዊ ሞያታት
ssyk-major-1 = ሓለፍቲ
ssyk-major-2 = ልዑል ደረጃ ዩኒቨርሲቲ ትምህርቲ ዝሓትት ስራሕ
ssyk-major-3 = ዩኒቨርሲቲ ወይ ተመሳሳሊ ትምህርቲ ዝሓትት ስራሕ
ssyk-major-4 = ስራሕ ቤት ጽሕፈትን ኣገልግሎት ዓማዊልን
ssyk-major-5 = ኣገልግሎት፡ ክንክንን መሸጣን
ssyk-major-6 = ሕርሻ፡ ኣታኽልቲ፡ ጫካን ምግፋፍ ዓሳን
ssyk-major-7 = ህንጻን ምፍራይን
ssyk-major-8 = ማሽናት፡ ምፍራይን መጓዓዝያን
ssyk-major-9 = ሓጺር ስልጠና ወይ መእተዊ ዝሓትት ስራሕ

# እቲ ስክሪን።
close-open = ንዝገበርክዎ ዝቐርቡ ሞያታት
close-lead = Arbetsförmedlingen ኣየኖት ሞያታት ነቲ ዝሰራሕኩሞ ስራሕን ትምህርትኹም ዘዳለወኩም ሞያን ከም ዝቐርቡ ትነግር። ኣብዚ ርኣይዎም፣ ሓደ ካብኦም ድማ ሸቶኹም ግበርዎ።
close-guide-link = ናይ ወጻኢ ትምህርቲ መን ይግምግሞ? ኣብቲ መምርሒ UHR ርኣዩ
close-goal-hint = ሓድሽ ሸቶ ናይ መወዳእታ ሸቶ እዩ። ኣብ መደበይ ንኡሳን ሸቶታትን ስጉምትታትን ወስኹሉ።
close-make-goal = እዚ ሸቶይ ግበሮ
close-made-goal = { $occupation } ሕጂ ሓደ ካብ ሸቶታትኩም እዩ።
close-to-plan = ናብ መደበይ ኺድ
close-to-background = ናብ ድሕረ ባይታይ ኺድ
close-loading = ዝቐርቡ ሞያታት ይድለዩ ኣለዉ…
