# Sharing: a bundle is the part of the record a person hands a case
# worker. These messages make it, and say what went wrong when one does
# not open. Say what happened and what to do next.
# Words: a share (the bundle) = ምክፋል, plural ምክፋላት; withdrawn = ዝተሰሓበ.

list-separator = {"፣ "}

## The consent text the person agrees to, and how to withdraw. It is kept
## inside the bundle, in the person's language and in Swedish.

share-consent-text = ቅዳሕ ናይዞም ክፍልታት መዝገበይ ን{ $to } እህብ ኣለኹ: { $parts }። ዕላማኡ: { $purpose }። ክሳብ { $expires } ክኽፈት ይኽእል። ድሕሪኡ Etapp ኣይኸፍቶን እዩ።
share-consent-sensitive = ምስጢራዊ ሓበሬታ'ውን ሒዙ ኣሎ: { $categories }። ከካፍሎ ባዕለይ መሪጸ እየ።
share-consent-items = { $count ->
    [one] ሓደ ተወሳኺ ነገር
   *[other] { $count } ተወሳኺ ነገራት
}
share-withdrawal-text = ነዚ ምክፋል ኣብ Etapp ከም ዝተሰሓበ ከመልክቶ እኽእል እየ። ድሮ ዝሃብክዎ ፋይል ግን ክምለስ ኣይክእልን። ድሕሪ { $expires } ኣይኽፈትን። ነቲ ሰራሕተኛ ጉዳይ ክድምስሶ ክሓቶ እኽእል እየ።

## When a bundle does not open.

bundle-error-mistyped-code = ኣብቲ ኮድ ሓደ ቁጽሪ ጎዲሉ ወይ ጌጋ እዩ። ነፍሲ ወከፍ ጉጅለ ኣርባዕተ ቁጽርታት ምስቲ ሰብ ብሓባር ርኣዩ፣ ነቲ ኮድ ድማ እንደገና ጽሓፍዎ።
bundle-error-wrong-code = እዚ ኮድ ወይ መፍትሕ ነቲ ፋይል ኣይኸፍቶን፣ ወይ ድማ እቲ ፋይል ተበላሽዩ እዩ። ነቲ ኮድ ምስቲ ሰብ ኣረጋግጹ። ሕጂ'ውን እንተ ዘይተኸፊቱ፣ ሓድሽ ምክፋል ክገብር ነቲ ሰብ ሕተትዎ።
bundle-error-not-a-bundle = እዚ ፋይል ካብ Etapp ዝመጸ ምክፋል ኣይኮነን። ቅኑዕ ፋይል ከም ዝመረጽኩም ኣረጋግጹ።
bundle-error-truncated = እቲ ፋይል ምሉእ ኣይኮነን: ቅድሚ ግዜኡ ይውዳእ። ካብቲ ዝረኸብኩምዎ ቦታ እንደገና ቅድሕዎ፣ ወይ ድማ ሓድሽ ምክፋል ክገብር ነቲ ሰብ ሕተትዎ።
bundle-error-signature = እቲ ሰብ ድሕሪ ዝሰርሖ እቲ ፋይል ተቐይሩ ስለ ዘሎ፣ Etapp ኣየርእዮን። ሓድሽ ምክፋል ክገብር ነቲ ሰብ ሕተትዎ።
bundle-error-expired = እዚ ምክፋል ክሳብ { $expires } ጥራይ እዩ ክኽፈት ዝኽእል ነይሩ። ሓድሽ ምክፋል ክገብር ነቲ ሰብ ሕተትዎ።
bundle-error-newer-version = እዚ ምክፋል ብሓድሽ ሕታም Etapp እዩ ተሰሪሑ። ክትከፍትዎ፣ እቲ ዝሓደሰ Etapp ኣጽዕኑ።
bundle-error-not-an-identity = እዚ ፋይል መፍትሕ age ኣይኮነን። ምስጢራዊ መፍትሕ ትካልኩም ዘለዎ ፋይል ምረጹ (ብ AGE-SECRET-KEY-1 ይጅምር)።
bundle-error-public-key = እዚ ፋይል ህዝባዊ መፍትሕ ሒዙ ኣሎ (ብ age1 ይጅምር)። ምክፋላት ንምኽፋት፣ ምስጢራዊ መፍትሕ ትካልኩም ዘለዎ ፋይል ምረጹ (ብ AGE-SECRET-KEY-1 ይጅምር)።
bundle-error-different-signers = እዞም ምክፋላት ብዝተፈላለዩ መፍትሕ እዮም ተፈሪሞም። ካብ ዝተፈላለዩ ሰባት ክኾኑ ይኽእሉ እዮም፣ ስለዚ Etapp ኣየነጻጽሮምን። ነፍሲ ወከፍ ምክፋል በበይኑ ክፈቱ።

## Files.

file-error-not-a-file = እዚ ፎልደር እዩ፣ ፋይል ኣይኮነን። ፋይል ምረጹ።
file-error-unreadable = Etapp ነቲ ፋይል ከንብቦ ኣይከኣለን። እቲ ፋይል ከም ዘሎን ክትከፍትዎ ከም ዝፍቀደልኩምን ኣረጋግጹ፣ ድሕሪኡ እንደገና ፈትኑ።

## ፋይላትን መሳኹቲ ዘረባን።

share-file-type = ምክፋላት ካብ Etapp
share-save-title = ነቲ ምክፋል ዓቕቡ
share-page-type = ዝኾነ መርበብ ሓበሬታ ዝኸፍቶም ገጻት
share-save-page-title = ነቲ ገጽ ዓቕቦ
share-error-same-file = እቲ ፋይልን እቲ ገጽን ሓደ ስም ክህልዎም ኣይክእልን። ንሓደ ካብኣቶም ካልእ ስም ምረጽ።
reader-open-title = ካብ Etapp ዝመጸ ምክፋል ክፈቱ
reader-page-title = ነቲ ገጽ ንምሕታም ዓቕቡ
reader-page-file-type = ገጽ መርበብ
reader-error-no-file = ቅድም ነቲ ፋይል ምረጹ።
reader-error-no-key-file = ቅድም ፋይል መፍትሕ ምረጽ።
reader-key-open-title = ፋይል መፍትሕ ትካልካ ምረጽ
reader-key = ፋይል መፍትሕ ናይቲ ትካል
reader-key-hint = እቲ ምክፋል ብመፍትሕ ትካልካ ድዩ ተዓጽዩ፡ ብኮድ ዘይኮነ? ሽዑ ብፋይል መፍትሕ ናይቲ ትካል ክፈቶ።
reader-key-choose = ፋይል መፍትሕ ናይቲ ትካል ተጠቐም
reader-key-choose-other = ካልእ ፋይል መፍትሕ ምረጽ
reader-key-use-code = ኣብ ክንድኡ ኮድ ተጠቐም
