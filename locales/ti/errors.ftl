# Errors the app and the command line share. Each says what happened and
# what to do next.

error-no-data-folder = Etapp መዝገብኩም ዝዕቀበሉ ፎልደር ክረክብ ኣይከኣለን። ብ --vault ከምኡ'ውን ስም ፎልደር ጀምርዎ።
error-app-failed = Etapp ክጅምር ኣይከኣለን። ነቲ ኮምፒተር ኣጥፊእኩም ደጊምኩም ኣብርህዎ፣ ድሕሪኡ እንደገና ፈትኑ።
error-unknown-language = እቲ ቋንቋ “{ $language }” የለን። ካብቲ ዝርዝር ሓደ ምረጹ።
error-save-failed = Etapp ክዕቅብ ኣይከኣለን። ቅድሚ ሕጂ ዝዓቀብኩምዎ ዋላ ሓንቲ ኣይጠፍአን። እንደገና ፈትኑ።
error-disk-full = ዲስክ መሊኡ ስለ ዘሎ፣ Etapp ክዕቅብ ኣይከኣለን። ቅድሚ ሕጂ ዝዓቀብኩምዎ ዋላ ሓንቲ ኣይጠፍአን። ኣብ ዲስክ ገለ ቦታ ኣጽርዩ፣ ድሕሪኡ እንደገና ፈትኑ።
error-permission-denied = Etapp ኣብ ፎልደሩ ክጽሕፍ ኣይፍቀደሉን። ቅድሚ ሕጂ ዝዓቀብኩምዎ ዋላ ሓንቲ ኣይጠፍአን። እትኣምንዎ ሰብ ፍቓዳት ናይቲ ፎልደር ክርእየልኩም ሕተቱ።
error-unexpected = ገለ ጌጋ ተፈጢሩ። ቅድሚ ሕጂ ዝዓቀብኩምዎ ዋላ ሓንቲ ኣይጠፍአን። እንደገና ፈትኑ።
error-locked = Etapp ተዓጽዩ ኣሎ። ብመሕለፊ ቃልኩም ክፈትዎ።
file-error-too-large = እቲ ፋይል ካብ { $megabytes } MB ስለ ዝዓቢ፣ Etapp ኣየንበቦን። ቅኑዕ ፋይል ከም ዝመረጽኩም ኣረጋግጹ። ዋላ ሓንቲ ኣይተቐየረን።
