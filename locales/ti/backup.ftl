# Backups: the whole record in one encrypted file, to put back on this or
# a new computer. Say what happened and what to do next.

backup-error-not-a-backup = እዚ ፋይል ካብ Etapp ዝተዓቀበ ቅዳሕ (backup) ኣይኮነን። ቅኑዕ ፋይል ከም ዝመረጽኩም ኣረጋግጹ።
backup-error-damaged = እዚ ዝተዓቀበ ቅዳሕ ተበላሽዩ ስለ ዘሎ፣ ክትጥቀሙሉ ኣይትኽእሉን ኢኹም። ካልእ ዝተዓቀበ ቅዳሕ ፈትኑ፣ ንኣብነት ናይ ቀደም።
backup-error-truncated = እዚ ዝተዓቀበ ቅዳሕ ምሉእ ኣይኮነን: መወዳእታኡ ጎዲሉ ኣሎ። ምናልባት ክዕቀብ ከሎ እቲ USB ካብ ኮምፒተር ተወጺኡ ይኸውን። ካልእ ዝተዓቀበ ቅዳሕ ፈትኑ።
backup-error-newer-version = እዚ ዝተዓቀበ ቅዳሕ ብሓድሽ ሕታም Etapp እዩ ተሰሪሑ። ክትጥቀሙሉ፣ እቲ ዝሓደሰ Etapp ኣጽዕኑ።
backup-error-disk-full = ኣብቲ ዝተዓቀበ ቅዳሕ እትዕቅብሉ ቦታ ባዶ ቦታ ስለ ዘየለ፣ ኣይተሰርሐን። መዝገብኩም ውሑስ እዩ። ቦታ ኣጽርዩ፣ ወይ ካልእ ቦታ ምረጹ።
backup-error-write = Etapp ነቲ ዝተዓቀበ ቅዳሕ ኣብኡ ክዕቅቦ ኣይከኣለን። እቲ USB ወይ ፎልደር ገና ከም ዘሎን ኣብኡ ክትዕቅቡ ከም ዝፍቀደልኩምን ኣረጋግጹ። መዝገብኩም ውሑስ እዩ።
backup-error-wrong-secret = እቲ መሕለፊ ቃል ወይ ኮድ ነዚ ዝተዓቀበ ቅዳሕ ኣይኸፍቶን። ዝተዓቀበ ቅዳሕ ብቲ እቲ ቅዳሕ ኣብ ዝተሰርሓሉ እዋን ዝነበረኩም መሕለፊ ቃልን ኮድ ምምላስን እዩ ዝኽፈት። ንዓኣቶም ፈትኑ።
backup-error-inside-vault = ዝተዓቀበ ቅዳሕ ኣብቲ መዝገብኩም ዘለዎ ሓደ ፎልደር ክዕቀብ ኣይክእልን። ካልእ ቦታ ምረጹ፣ ንኣብነት USB።

## Dialogs.

backup-file-type = ዝተዓቀቡ ቅዳሓት ናይ Etapp
backup-save-title = ዝተዓቀበ ቅዳሕ ዓቕቡ
backup-open-title = ዝተዓቀበ ቅዳሕ ምረጹ
backup-folder-title = ነቶም ባዕሎም ዝግበሩ ዝተዓቀቡ ቅዳሓት ፎልደር ምረጹ

## Settings: backups. Plain words: a backup is a copy of the whole record
## in one locked file.

backup-title = ዝተዓቀቡ ቅዳሓት
backup-lead = ዝተዓቀበ ቅዳሕ፣ ምሉእ መዝገብኩም ኣብ ሓደ ዝተዓጽወ ፋይል ዝሓዘ ቅዳሕ እዩ። ካብዚ ኮምፒተር ፍሉይ ቦታ ኣቐምጥዎ፣ ንኣብነት ኣብ USB። ኮምፒተር እንተ ጠፊኡ ወይ እንተ ተበላሽዩ፣ ብዝተዓቀበ ቅዳሕ መዝገብኩም ይምለሰልኩም። ብመሕለፊ ቃልኩም ወይ ብኮድ ምምላስኩም ጥራይ እዩ ዝኽፈት።
backup-example = እዚ ብሓቂ ዘየለ ሰብ ዝተሰርሐ ኣብነት እዩ። Etapp ካብ እዚ ኣብነት ፈጺሙ ዝተዓቀበ ቅዳሕ ኣይሰርሕን።
backup-none = ገና ዝተዓቀበ ቅዳሕ የብልኩምን። እዚ ኮምፒተር እንተ ጠፊኡ ወይ እንተ ተበላሽዩ፣ መዝገብኩም'ውን ምስኡ ይጠፍእ።
backup-last = እቲ ናይ መወዳእታ ዝተዓቀበ ቅዳሕኩም ኣብ { $date } እዩ ተሰሪሑ።
backup-overdue = እቲ ናይ መወዳእታ ዝተዓቀበ ቅዳሕኩም ኣብ { $date } እዩ ተሰሪሑ። ሓድሽ ዝተዓቀበ ቅዳሕ ዝስራሓሉ ግዜ ኣኺሉ።
backup-new-key-notice = መሕለፊ ቃልኩም ወይ ኮድ ምምላስኩም ሓድሽ እዩ። እቶም ዝቐደሙ ዝተዓቀቡ ቅዳሓትኩም ብቲ ክትሰርሕዎም ከለኹም ዝነበረኩም መሕለፊ ቃልን ኮድን ጥራይ እዮም ዝኽፈቱ። ሕጂ ሓድሽ ዝተዓቀበ ቅዳሕ ስርሑ።
backup-notice-title = ሓድሽ ዝተዓቀበ ቅዳሕ ስርሑ
backup-now = ሕጂ ዝተዓቀበ ቅዳሕ ስርሑ
backup-now-busy = ዝተዓቀበ ቅዳሕ ይስራሕ ኣሎ…
backup-now-done = እቲ ዝተዓቀበ ቅዳሕ ተዓቂቡ ኣሎ: { $file }
backup-auto-title = ባዕሎም ዝስርሑ ዝተዓቀቡ ቅዳሓት
backup-auto-hint = Etapp ክፉት ክሳብ ዘሎ፣ ኣብ እትመርጽዎ ፎልደር ባዕሉ ዝተዓቀቡ ቅዳሓት ክሰርሕ ይኽእል፣ ንኣብነት ኣብ USB።
backup-folder = ፎልደር ናይ ዝተዓቀቡ ቅዳሓት
backup-folder-none = ገና ፎልደር ኣይመረጽኩምን።
backup-folder-choose = ፎልደር ምረጹ
backup-folder-change = ካልእ ፎልደር ምረጹ
backup-interval = Etapp መዓስ ባዕሉ ዝተዓቀበ ቅዳሕ ይስራሕ?
backup-interval-off = ፈጺሙ፣ ምስ ሓተትኩ ጥራይ
backup-interval-daily = ኣብ መዓልቲ ሓደ ግዜ
backup-interval-after-changes = ገለ ነገር ምስ ቀየርኩ (ኣብ ሰዓት ካብ ሓደ ግዜ ኣይበዝሕን)
backup-keep = ክንደይ ዝተዓቀቡ ቅዳሓት ይቐመጡ?
backup-keep-count = { $count ->
    [one] { $count } ዝተዓቀበ ቅዳሕ
   *[other] { $count } ዝተዓቀቡ ቅዳሓት
}
backup-keep-hint = ካብዚ ምስ በዝሑ፣ Etapp ነቶም ኣብቲ ፎልደር ዘለዉ ኣዝዮም ዝቐደሙ ዝተዓቀቡ ቅዳሓቱ ይድምስሶም።
backup-schedule-save = ዕቀቡ
backup-schedule-busy = ይዕቀብ ኣሎ…

## Checking a backup (the restore drill): nothing is changed.

backup-check-title = ዝተዓቀበ ቅዳሕ ኣረጋግጹ
backup-check-hint = ዋላ ሓንቲ ከይተቐየረ፣ ኣብ ዝተዓቀበ ቅዳሕ እንታይ ከም ዘሎ ርኣዩ። ቅድሚ ዘድልየኩም እቲ ዝተዓቀበ ቅዳሕ ከም ዝሰርሕ ምእንቲ ክትፈልጡ፣ ሓሓሊፍኩም ግበርዎ።
backup-check-open = ዝተዓቀበ ቅዳሕ ኣረጋግጹ
backup-check-lead = ዝተዓቀበ ቅዳሕ ምረጹ፣ ድሕሪኡ ክትሰርሕዎ ከለኹም ዝነበረኩም መሕለፊ ቃል ወይ ኮድ ምምላስ ጽሓፉ። Etapp ይኸፍቶ እሞ እንታይ ከም ዝሓዘ ይነግረኩም። ዋላ ሓንቲ ኣይቀየርን።
backup-check-submit = ነቲ ዝተዓቀበ ቅዳሕ ኣረጋግጹ
backup-check-busy = እቲ ዝተዓቀበ ቅዳሕ ይኽፈትን ይረጋገጽን ኣሎ። ሒደት ካልኢታት ይወስድ…
backup-check-another = ካልእ ዝተዓቀበ ቅዳሕ ኣረጋግጹ

backup-file = ፋይል ናይ ዝተዓቀበ ቅዳሕ
backup-file-none = ገና ፋይል ኣይመረጽኩምን።
backup-file-chosen = ዝመረጽኩምዎ: { $file }
backup-file-choose = ፋይል ናይ ዝተዓቀበ ቅዳሕ ምረጹ
backup-file-change = ካልእ ፋይል ምረጹ
backup-secret = ነቲ ዝተዓቀበ ቅዳሕ ብኸመይ ክትከፍትዎ ትደልዩ?
backup-secret-hint = እቲ ዝተዓቀበ ቅዳሕ ክትሰርሑ ከለኹም ዝነበረኩም መሕለፊ ቃል ወይ ኮድ ምምላስ ተጠቐሙ።
backup-secret-passphrase = ብመሕለፊ ቃል
backup-secret-code = ብኮድ ምምላስ
backup-passphrase = መሕለፊ ቃል ናይቲ ዝተዓቀበ ቅዳሕ
backup-code = ኮድ ምምላስ
backup-passphrase-missing = መሕለፊ ቃል ጽሓፉ።
backup-code-missing = ኮድ ምምላስ ጽሓፉ።

backup-report-title = እቲ ዝተዓቀበ ቅዳሕ ይሰርሕ እዩ
backup-report-made = ኣብ { $date } እዩ ተሰሪሑ።
backup-report-name = ዋንኡ: { $name }
backup-report-holds = ዝሓዞ:
backup-report-goals = { $count ->
    [one] { $count } ዕላማ
   *[other] { $count } ዕላማታት
}
backup-report-steps = { $count ->
    [one] { $count } ስጉምቲ
   *[other] { $count } ስጉምትታት
}
backup-report-checkins = { $count ->
    [one] { $count } ገምጋም
   *[other] { $count } ገምጋማት
}
backup-report-obstacles = { $count ->
    [one] { $count } ዕንቅፋት
   *[other] { $count } ዕንቅፋታት
}
backup-report-notes = { $count ->
    [one] { $count } መዘኻኸሪ
   *[other] { $count } መዘኻኸሪታት
}
backup-report-contacts = { $count ->
    [one] { $count } ናይ ርክብ ሰብ
   *[other] { $count } ናይ ርክብ ሰባት
}
backup-report-shares = { $count ->
    [one] { $count } ምክፋል
   *[other] { $count } ምክፋላት
}
backup-report-latest-checkin = ናይ መወዳእታ ገምጋም: { $date }
backup-report-latest-note = ናይ መወዳእታ መዘኻኸሪ: { $date }
backup-report-latest-step = ናይ መወዳእታ ለውጢ ስጉምቲ: { $date }
backup-report-latest-share = ናይ መወዳእታ ምክፋል: { $date }
backup-report-fingerprint = መፍትሕ ፊርማ:
backup-report-unchanged = ዋላ ሓንቲ ኣይተቐየረን፣ ኣብቲ ዝተዓቀበ ቅዳሕ ኮነ ኣብዚ ኮምፒተር።

## "I have a backup": bringing the record back on this or a new computer.

backup-have = ዝተዓቀበ ቅዳሕ ኣሎኒ
restore-title = መዝገብኩም ካብ ዝተዓቀበ ቅዳሕ መልሱ
restore-lead = ዝተዓቀበ ቅዳሕኩም ምረጹ፣ ንኣብነት ኣብ USB። ድሕሪኡ እቲ ዝተዓቀበ ቅዳሕ ክትሰርሑ ከለኹም ዝነበረኩም መሕለፊ ቃል ወይ ኮድ ምምላስ ጽሓፉ።
restore-code-new = ብኮድ ምምላስ እንተ ኸፈትኩም፣ ሓድሽ መሕለፊ ቃል'ውን ትመርጹ። ድሕሪኡ እትጽሕፍዎ ሓድሽ ኮድ ምምላስ ትረኽቡ።
restore-new-passphrase = ሓድሽ መሕለፊ ቃል
restore-submit = መዝገበይ መልሱ
restore-busy = መዝገብኩም ይምለስ ኣሎ። ሒደት ካልኢታት ይወስድ…
restore-present = ኣብዚ ኮምፒተር ድሮ መዝገብ ኣሎ። ብመሕለፊ ቃልኩም ክፈትዎ፣ ወይ መሕለፊ ቃል እንተ ረሲዕኩም ብኮድ ምምላስኩም።
restore-mode = እንታይ ክትገብሩ ትደልዩ?
restore-mode-check = ኣብ ዝተዓቀበ ቅዳሕ እንታይ ከም ዘሎ ጥራይ ኣረጋግጹ። ዋላ ሓንቲ ኣይቀየርን።
restore-mode-replace = ነቲ ዝተዓቀበ ቅዳሕ ኣብ ክንዲ እቲ ኣብዚ ኮምፒተር ዘሎ መዝገብ መልሱ
restore-mode-replace-hint = እቲ ኣብዚ ዘሎ መዝገብ እንተ ተበላሽዩ፣ ወይ መሕለፊ ቃሉን ኮድ ምምላሱን ክልቲኦም እንተ ጠፊኦምኹም ጥራይ። እቲ ኣብዚ ዘሎ መዝገብ ኣይድምሰስን፡ Etapp ምሉእ ገይሩ ናብ ጥቓኡ ዘሎ ፎልደር የግዕዞ።
restore-replace-submit = ነቲ ዝተዓቀበ ቅዳሕ ኣብ ክንድኡ መልሱ
restore-replaced-title = መዝገብኩም ተመሊሱ
restore-replaced-aside = እቲ ኣብዚ ኮምፒተር ዝነበረ መዝገብ ኣይተደምሰሰን። ምሉእ ኮይኑ ኣብዚ ፎልደር ተዓቂቡ ኣሎ፡

## Changing the password: a new key locks out old copies.

backup-rotate = ናይ ቀደም ቅዳሓት መዝገበይ'ውን ዕጸዉ
backup-rotate-hint = ናይ ቀደም ቅዳሕ መዝገብኩምን ናይ ቀደም መሕለፊ ቃልኩምን ዘለዎ ሰብ፣ ድሕሪ ሕጂ ክኸፍቶ ኣይክእልን። እትጽሕፍዎ ሓድሽ ኮድ ምምላስ ትረኽቡ።
backup-rotate-busy = ሓድሽ መፍትሕ ይስራሕን ሓድሽ መሕለፊ ቃል ይዕቀብን ኣሎ። ሒደት ካልኢታት ይወስድ…
