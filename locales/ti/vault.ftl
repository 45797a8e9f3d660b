# The vault: the encrypted record on this computer, its password and
# recovery code. Say what happened and what to do, in plain words.

vault-error-no-vault = ኣብዚ ፎልደር ገና መዝገብ Etapp የለን። ሓድሽ መዝገብ ፍጠሩ፣ ወይ ድማ መዝገብኩም ዘለዎ ፎልደር ምረጹ።
vault-error-key-file-missing = ፋይል መፍትሕ መዝገብኩም (vault.key) የለን። ብዘይኡ እቲ መዝገብ ክኽፈት ኣይክእልን። ነቲ ፋይል ካብ ዝተዓቀበ ቅዳሕ (backup) ናብቲ ሓደ ፎልደር መልስዎ።
vault-error-key-file-damaged = ፋይል መፍትሕ መዝገብኩም (vault.key) ተበላሽዩ ኣሎ። ነቲ ፋይል ካብ ዝተዓቀበ ቅዳሕ (backup) ናብቲ ሓደ ፎልደር መልስዎ።
vault-error-database-missing = መዝገብኩም ዘለዎ ፋይል (vault.db) የለን። ነቲ ፋይል ካብ ዝተዓቀበ ቅዳሕ (backup) ናብቲ ሓደ ፎልደር መልስዎ።
vault-error-database-does-not-open = መዝገብኩም (vault.db) በዚ መፍትሕ ኣይኽፈትን። እቲ ፋይል ተበላሽዩ ክኸውን ይኽእል፣ ወይ ድማ ናይ ካልእ ፋይል መፍትሕ እዩ። ክልቲኦም ፋይላት ካብቲ ሓደ ዝተዓቀበ ቅዳሕ (backup) መልስዎም።
vault-error-database-damaged = ፋይል መዝገብኩም (vault.db) ተበላሽዩ ስለ ዘሎ፣ Etapp ኩሉ ከንብቦ ኣይክእልን። ነቲ ፋይል ኣይትደምስስዎ፤ ቅዳሕ ዓቅቡሉ። ድሕሪኡ መዝገብኩም ካብ ዝተዓቀበ ቅዳሕ (backup) መልስዎ።
vault-error-wrong-passphrase = መሕለፊ ቃል ቅኑዕ ኣይኮነን። ቋንቋ ኪቦርድን Caps Lockን ርኣዩ፣ ድሕሪኡ እንደገና ፈትኑ። እንተ ረሲዕኩምዎ፣ ኮድ ምምላስኩም ተጠቐሙ።
vault-error-wrong-recovery-code = እዚ ኮድ ምምላስ መዝገብኩም ኣይኸፍትን። ንዚ መዝገብ ዝጸሓፍኩምዎ እቲ ዝሓደሰ ኮድ ምዃኑ ኣረጋግጹ።
vault-error-mistyped-code = ኣብቲ ኮድ ሓደ ቁጽሪ ጎዲሉ ወይ ጌጋ እዩ። ነፍሲ ወከፍ ጉጅለ ኣርባዕተ ቁጽርታት ርኣዩ፣ ነቲ ኮድ ድማ እንደገና ጽሓፍዎ።
vault-error-newer-version = መዝገብኩም ብሓድሽ ሕታም Etapp እዩ ተሰሪሑ። ክትከፍትዎ፣ እቲ ዝሓደሰ Etapp ኣጽዕኑ። ዋላ ሓንቲ ኣይተቐየረን።
vault-error-in-use = መዝገብኩም ኣብ ካልእ መስኮት Etapp ወይ ኣብ ካልእ ፕሮግራም ድሮ ክፉት እዩ። ኣብኡ ዕጸውዎ፣ ድሕሪኡ እንደገና ፈትኑ።
vault-error-already-exists = ኣብዚ ፎልደር ድሮ መዝገብ ስለ ዘሎ፣ ዋላ ሓንቲ ኣይተቐየረን። ብመሕለፊ ቃልኩም ክፈትዎ።
vault-error-passphrase-too-short = መሕለፊ ቃል ኣዝዩ ሓጺር እዩ። እንተወሓደ { $min } ፊደላት ተጠቐሙ።
vault-error-invalid-auto-lock-minutes = Etapp ባዕሉ ቅድሚ ምዕጻዉ ዝጸንሖ ግዜ ካብ { $min } ክሳብ { $max } ደቓይቕ ክኸውን ኣለዎ።
vault-error-disk-full = ዲስክ መሊኡ ስለ ዘሎ፣ እቲ ናይ መወዳእታ ለውጢ ኣይተዓቀበን። ቅድሚ ሕጂ ዝዓቀብኩምዎ ኩሉ ውሑስ እዩ። ኣብ ዲስክ ቦታ ኣጽርዩ፣ ድሕሪኡ እንደገና ፈትኑ።
vault-error-storage = Etapp ፋይላት መዝገብኩም ከንብብ ወይ ክጽሕፍ ኣይከኣለን። እቲ ዲስክ ምስ ኮምፒተር ከም ዝተራኸበን ኣብኡ ክትዕቅቡ ከም ዝፍቀደልኩምን ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ።
vault-error-database = ኣብ ውሽጢ መዝገብኩም ገለ ጌጋ ተፈጢሩ። Etapp ዕጸውዎ እሞ እንደገና ክፈትዎ። እንደገና እንተ ኣጋጢሙ፣ መዝገብኩም ካብ ዝተዓቀበ ቅዳሕ (backup) መልስዎ።
vault-error-randomness = እቲ ኮምፒተር ምስጢራዊ መፍትሕ ክሰርሕ ኣይከኣለን። ነቲ ኮምፒተር ኣጥፊእኩም ደጊምኩም ኣብርህዎ፣ ድሕሪኡ እንደገና ፈትኑ።

# How strong a new password is.
passphrase-strength-too-short = ኣዝዩ ሓጺር
passphrase-strength-weak = ድኹም: ብቐሊሉ ይግመት
passphrase-strength-fair = ጽቡቕ
passphrase-strength-strong = ሓያል
passphrase-hint = እንተወሓደ { $min } ፊደላት ተጠቐሙ። ሒደት ዘይተዛመዱ ቃላት ንምዝካር ቀሊል፣ ንምግማት ድማ ከቢድ እዩ።
