# Backups: the whole record in one encrypted file, to put back on this or
# a new computer. Say what happened and what to do next.

backup-error-not-a-backup = እዚ ፋይል ካብ Etapp ዝተዓቀበ ቅዳሕ (backup) ኣይኮነን። ቅኑዕ ፋይል ከም ዝመረጽኩም ኣረጋግጹ።
backup-error-damaged = እዚ ዝተዓቀበ ቅዳሕ ተበላሽዩ ስለ ዘሎ፣ ክትጥቀሙሉ ኣይትኽእሉን ኢኹም። ካልእ ዝተዓቀበ ቅዳሕ ፈትኑ፣ ንኣብነት ናይ ቀደም።
backup-error-truncated = እዚ ዝተዓቀበ ቅዳሕ ምሉእ ኣይኮነን: መወዳእታኡ ጎዲሉ ኣሎ። ምናልባት ክዕቀብ ከሎ እቲ USB ካብ ኮምፒተር ተወጺኡ ይኸውን። ካልእ ዝተዓቀበ ቅዳሕ ፈትኑ።
backup-error-newer-version = እዚ ዝተዓቀበ ቅዳሕ ብሓድሽ ሕታም Etapp እዩ ተሰሪሑ። ክትጥቀሙሉ፣ እቲ ዝሓደሰ Etapp ኣጽዕኑ።
backup-error-disk-full = ኣብቲ ዝተዓቀበ ቅዳሕ እትዕቅብሉ ቦታ ባዶ ቦታ ስለ ዘየለ፣ ኣይተሰርሐን። መዝገብኩም ውሑስ እዩ። ቦታ ኣጽርዩ፣ ወይ ካልእ ቦታ ምረጹ።
backup-error-write = Etapp ነቲ ዝተዓቀበ ቅዳሕ ኣብኡ ክዕቅቦ ኣይከኣለን። እቲ USB ወይ ፎልደር ገና ከም ዘሎን ኣብኡ ክትዕቅቡ ከም ዝፍቀደልኩምን ኣረጋግጹ። መዝገብኩም ውሑስ እዩ።
backup-error-wrong-secret = እቲ መሕለፊ ቃል ወይ ኮድ ነዚ ዝተዓቀበ ቅዳሕ ኣይኸፍቶን። ዝተዓቀበ ቅዳሕ ብቲ እቲ ቅዳሕ ኣብ ዝተሰርሓሉ እዋን ዝነበረኩም መሕለፊ ቃልን ኮድ ምምላስን እዩ ዝኽፈት። ንዓኣቶም ፈትኑ።
backup-error-inside-vault = ዝተዓቀበ ቅዳሕ ኣብቲ መዝገብኩም ዘለዎ ሓደ ማህደር ክዕቀብ ኣይክእልን። ካልእ ቦታ ምረጹ፣ ንኣብነት USB።

## Dialogs.

backup-file-type = ዝተዓቀቡ ቅዳሓት ናይ Etapp
backup-save-title = ዝተዓቀበ ቅዳሕ ዓቕቡ
backup-open-title = ዝተዓቀበ ቅዳሕ ምረጹ
backup-folder-title = ነቶም ባዕሎም ዝግበሩ ዝተዓቀቡ ቅዳሓት ፎልደር ምረጹ
