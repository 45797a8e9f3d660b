# Screens: first run, recovery code, unlock, recovery, home, settings.

welcome-start = መዝገብኩም ጀምሩ
action-back = ንድሕሪት
action-continue = ቀጽሉ
action-save = ዕቀቡ

nav-label = ቀንዲ ዝርዝር
nav-home = ገጸይ
nav-settings = ምድላዋት
nav-lock = ዕጸዉ

passphrase-show = ኣርእዩ
passphrase-hide = ሕብኡ
passphrase-again = መሕለፊ ቃል እንደገና ጽሓፉ
passphrase-mismatch = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን። እንደገና ጽሓፍዎም።

create-title = መሕለፊ ቃል ምረጹ
create-lead = መሕለፊ ቃል ንመዝገብኩም ይዓጽዎ። ክፈልጦ ዘለዎ ንስኹም ጥራይ ኢኹም። Etapp ደሓር ከርእየኩም ኣይክእልን እዩ።
create-passphrase = ሓድሽ መሕለፊ ቃል
create-busy = ዝተዓጽወ መዝገብኩም ይዳሎ ኣሎ። ሒደት ካልኢታት ይወስድ…
create-submit = መዝገብኩም ፍጠሩ

code-title = ኮድ ምምላስኩም
code-lead = መሕለፊ ቃልኩም እንተ ረሲዕኩም፣ እዚ ኮድ መዝገብኩም ይኸፍት። ሕጂ ኣብ ወረቐት ጽሓፍዎ።
code-printed-on = ኮድ ምምላስ Etapp፣ ዕለት { $date } ዝተሰርሐ
code-aria = ኮድ ምምላስ፣ ብጉጅለ ኣርባዕተ ቁጽርታት
code-advice-write = ኩሎም ቁጽርታት ብተመሳሳሊ ተርታ ጽሓፍዎም።
code-advice-keep = ነቲ ወረቐት ኣብ ገዛ ኣብ ውሑስ ቦታ ዕቀብዎ፣ ምስ ኮምፒተር ግን ኣይተቐምጥዎ።
code-advice-secret = ነቲ ኮድ ንማንም ኣይተርእይዎ። እቲ ኮድ ዘለዎ ዝኾነ ሰብ መዝገብኩም ክኸፍት ይኽእል።
code-print = ነቲ ኮድ ሕተምዎ
code-written = ጽሒፈዮ ኣለኹ

confirm-title = ኮድ ምምላስኩም ኣረጋግጹ
confirm-lead = እቲ ኮድ ምሳኹም ከም ዘሎ ምእንቲ ክንፈልጥ፣ ካብ ወረቐትኩም ክልተ ጉጅለ ቁጽርታት ጽሓፉ።
confirm-group = ጉጅለ ቁጽሪ { $number }
confirm-wrong = እዞም ቁጽርታት ምስቶም ኣብቲ ኮድ ዘለዉ ሓደ ኣይኮኑን። ወረቐትኩም ርኣዩ እሞ እንደገና ፈትኑ።
confirm-show-again = ነቲ ኮድ እንደገና ኣርእዩ

date-day = መዓልቲ
date-month = ወርሒ
date-year = ዓመት

profile-setup-title = ብዛዕባኹም
profile-lead = እዚ ንዓኹም ጥራይ እዩ። እንታይ ከም እተካፍሉ ደሓር ንስኹም ትውስኑ።
profile-name = ስምኩም
profile-name-hint = ብኡ ክጽውዑኹም እትደልይዎ ስም።
profile-arrived = ናብ ሽወደን መዓስ መጻእኩም?

home-title = ገጸይ
home-arrived = ዕለት { $date } ናብ ሽወደን መጺእኩም።
home-no-arrived = ናብ ሽወደን መዓስ ከም ዝመጻእኩም ገና ኣይጸሓፍኩምን።
home-edit-profile = ሓበሬታኹም ቀይሩ

unlock-title = መዝገብኩም ክፈቱ
unlock-lead = መዝገብኩም ንምኽፋት መሕለፊ ቃልኩም ጽሓፉ።
unlock-passphrase = መሕለፊ ቃል
unlock-busy = መዝገብኩም ይኽፈት ኣሎ። ሒደት ካልኢታት ይወስድ…
unlock-submit = ክፈቱ
unlock-forgot = መሕለፊ ቃለይ ረሲዐዮ

recover-title = መሕለፊ ቃልኩም ረሲዕኩምዎ ዲኹም?
recover-lead = ነቲ ኣብ ወረቐትኩም ዘሎ ኮድ ምምላስ ተጠቐሙ። ድሕሪኡ ሓድሽ መሕለፊ ቃል ምረጹ። ሓድሽ ኮድ ምምላስ ክትረኽቡ ኢኹም።
recover-code = ኮድ ምምላስ
recover-code-hint = ኩሎም ቁጽርታት። ባዶ ቦታታት ኣገዳስነት የብሎምን።
recover-new-passphrase = ሓድሽ መሕለፊ ቃል
recover-busy = መዝገብኩም ብኮድ ይኽፈት ኣሎ። ሒደት ካልኢታት ይወስድ…
recover-submit = ክፈቱ እሞ ሓድሽ መሕለፊ ቃል ዕቀቡ

settings-title = ምድላዋት
settings-auto-lock = ምዕጻው
settings-auto-lock-label = Etapp ክንደይ ግዜ ከይተጠቐምኩምሉ ምስ ጸንሐ ይዕጾ
settings-minutes = { $minutes ->
    [one] { $minutes } ደቒቕ
   *[other] { $minutes } ደቓይቕ
}
settings-saved = ተዓቂቡ።
settings-passphrase = መሕለፊ ቃል ቀይሩ
settings-current-passphrase = ሕጂ ዘሎ መሕለፊ ቃልኩም
settings-new-passphrase = ሓድሽ መሕለፊ ቃል
settings-passphrase-busy = ሓድሽ መሕለፊ ቃል ይዕቀብ ኣሎ። ሒደት ካልኢታት ይወስድ…
settings-passphrase-submit = ሓድሽ መሕለፊ ቃል ዕቀቡ
settings-passphrase-saved = ሓድሽ መሕለፊ ቃልኩም ተዓቂቡ ኣሎ። ኮድ ምምላስኩም ሕጂ'ውን ይሰርሕ እዩ።
settings-check = መዝገብኩም ኣረጋግጹ
settings-check-hint = Etapp ዋላ ሓደ ክፍሊ ከም ዘይተበላሸወ ንምርግጋጽ፣ ኩሉ ክፍሊ ፋይል መዝገብኩም የንብብ። ሒደት ግዜ ይወስድ።
settings-check-busy = መዝገብኩም ይረጋገጽ ኣሎ…
settings-check-whole = መዝገብኩም ምሉእ እዩ። ኩሉ ክፍሉ ክንበብ ይኽእል።
settings-fingerprint = መፍትሕ ፊርማኹም
settings-fingerprint-hint = ገለ ነገር ምስ እተካፍሉ፣ በዚ መፍትሕ እዩ ዝፍረም። ካባኹም ከም ዝመጸ ንምርግጋጽ፣ ሰራሕተኛ ጉዳይ ነዞም ቁጽርታት ከንብበልኩም ይኽእል።

nav-plan = መደበይ
nav-background = ድሕረ ባይታይ
nav-profile = ብዛዕባይ
nav-life-areas = ሂወተይ
nav-obstacles = ዕንቅፋታት
nav-notes = መዘኻኸሪታት
nav-guide = ትካላት

delete-will-remove = እዚ ክድምሰስ እዩ:
delete-appointments = { $count ->
    [one] { $count } ቆጸራ
   *[other] { $count } ቆጸራታት
}
delete-evaluations = { $count ->
    [one] { $count } ርእይቶ
   *[other] { $count } ርእይቶታት
}
delete-status-changes = { $count ->
    [one] { $count } ለውጢ ኩነታት
   *[other] { $count } ለውጥታት ኩነታት
}
delete-cannot-undo = ድሕሪኡ ክምለስ ኣይክእልን እዩ።
delete-keep = ኣይፋል፣ ይጽናሕ
delete-confirm = እወ፣ ደምስሱ

welcome-try-example = ብኣብነት ፈትኑ
welcome-try-example-hint = Etapp ከመይ ከም ዝሰርሕ ብሓደ ብሓቂ ዘየለ ሰብ ርኣዩ። ኣብቲ ኣብነት ዝገበርኩምዎ ዋላ ሓንቲ ኣይዕቀብን።
example-busy = እቲ ኣብነት ይኽፈት ኣሎ። ሒደት ካልኢታት ይወስድ…
example-banner = እዚ ብሓደ ብሓቂ ዘየለ ሰብ ዝተሰርሐ ኣብነት እዩ። ኣብዚ ዝቐየርኩምዎ ዋላ ሓንቲ ኣይዕቀብን።
example-leave = ካብቲ ኣብነት ውጹ
delete-steps-losing-contact = እዞም ስጉምትታት ይጸንሑ፣ ግን ድሕሪ ሕጂ ነዚ ሰብ ኣይጠቕሱን:
delete-obstacles-losing-contact = { $count ->
    [one] { $count } ዕንቅፋት ይጸንሕ፣ ግን ድሕሪ ሕጂ ነዚ ሰብ ኣይጠቕስን።
   *[other] { $count } ዕንቅፋታት ይጸንሑ፣ ግን ድሕሪ ሕጂ ነዚ ሰብ ኣይጠቕሱን።
}
