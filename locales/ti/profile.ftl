# About me: the participant's profile and the people they meet at the
# agencies. Short sentences; the person may be new to the language.

profile-title = ብዛዕባይ
profile-intro = ኣብዚ እትጽሕፍዎ ኣብዚ ኮምፒተር ይጸንሕ። እንታይን ምስ መንን ከም እተካፍሉ ንስኹም ትውስኑ።
profile-not-written = ኣይተጻሕፈን
profile-change = ቀይሩ
profile-cancel = ሕደጉ
profile-saved = ተዓቂቡ።

profile-names-title = ስምኩም
profile-display-name = ብኡ ክጽውዑኹም እትደልይዎ ስም
profile-permit-name = ኣብ ካርድ ፍቓድ መንበሪ ዘሎ ስምኩም
profile-permit-name-hint = ልክዕ ከምቲ ኣብ ካርድ ዘሎ ጽሓፍዎ። ትካላት ነዚ ኣጸሓሕፋ እዚ እዮም ዝደልዩ።

profile-ids-title = ቁጽርታት ጉዳይኩም
profile-ids-why = ሓደ ትካል ጉዳይኩም ቀልጢፉ ንምርካብ ነዞም ቁጽርታት ክሓተኩም ይኽእል። ኣብዚ ክትጽሕፍዎም ግዴታ ኣይኮነን።
profile-pin = ቁጽሪ መለለዪ ሰብ (personnummer) ወይ ቁጽሪ ምትእስሳር (samordningsnummer)
profile-pin-hint = 12 ወይ 10 ቁጽርታት፣ ንኣብነት 19121212-1212።
profile-case-number = ቁጽሪ ጉዳይ ኣብ ቤት ጽሕፈት ስደት (Migrationsverket)
profile-case-number-hint = ኣብቶም ካብ ቤት ጽሕፈት ስደት ዝመጹኹም ደብዳቤታት ይርከብ።

profile-languages-title = እትዛረብዎም ቋንቋታት
profile-languages-none = ገና ዋላ ሓደ ቋንቋ ኣይጸሓፍኩምን።
profile-language-n = ቋንቋ { $number }
profile-language = ቋንቋ
profile-language-level = ክሳብ ክንደይ ጽቡቕ ትዛረብዎ
profile-language-add = ቋንቋ ወስኹ
profile-language-remove = ነቲ ቋንቋ ኣውጽኡ

profile-sweden-title = ግዜኹም ኣብ ሽወደን
profile-arrived-date = ናብ ሽወደን ዝመጻእኩምሉ ዕለት
profile-permit-date = ፍቓድ መንበሪ ዝረኸብኩምሉ ዕለት
profile-municipality = እትነብሩሉ ኮሙን (kommun)
profile-municipality-hint = ንኣብነት Malmö ወይ Umeå።

profile-household-title = ገዛኹም
profile-adults = ኣብ ገዛኹም ዘለዉ ዓበይቲ፣ ንስኹም'ውን ሓዊስኩም
profile-adults-count = { $count ->
    [one] { $count } ዓቢ ሰብ
   *[other] { $count } ዓበይቲ
}
profile-children = ቆልዑ
profile-children-none = ዝተጻሕፈ ቆልዓ የለን።
profile-child-n = ቆልዓ { $number }: ዓመተ ልደት
profile-child-born = ኣብ { $year } ዝተወልደ
profile-child-add = ቆልዓ ወስኹ
profile-child-remove = ነቲ ቆልዓ ኣውጽኡ
profile-child-year-missing = ንቆልዓ { $number } ዓመተ ልደት ምረጹ።

profile-programme-title = መደብ ምጥያሽ (etableringsprogrammet)
profile-programme-what = እዚ ንሓደስቲ ናብ ሽወደን ዝመጹ ሰባት፣ ኣብ ቤት ጽሕፈት ስራሕ (Arbetsförmedlingen) ዘሎ መደብ እዩ። ሽወደንኛ ክትመሃሩን ስራሕ ክትረኽቡን ይሕግዘኩም።
profile-programme-question = ሕጂ ኣብ መደብ ምጥያሽ ኣለኹም ዶ?
profile-programme-yes = እወ
profile-programme-no = ኣይፋል
profile-programme-since = ካብ መዓስ?
profile-programme-in = ኣብቲ መደብ ኣለኹም።
profile-programme-in-since = ካብ { $date } ጀሚርኩም ኣብቲ መደብ ኣለኹም።
profile-programme-out = ኣብቲ መደብ የለኹምን።

contact-title = ኣብ ትካላት ዘለዉ ናይ ርክብ ሰባትኩም
contact-intro = ኣብ ትካላት እትራኸብዎም ሰባት፣ ንኣብነት ሰራሕተኛ ጉዳይኩም (handläggare)።
contact-none = ገና ዋላ ሓደ ናይ ርክብ ሰብ ኣይወሰኽኩምን።
contact-add = ናይ ርክብ ሰብ ወስኹ
contact-new-title = ሓድሽ ናይ ርክብ ሰብ
contact-edit-title = ሓበሬታ ናይ ርክብ ሰብ ቀይሩ
contact-name = ስም
contact-agency = እቲ ሰብ ዝሰርሓሉ ቦታ
contact-agency-choose = ምረጹ
contact-agency-missing = እቲ ሰብ ኣበይ ከም ዝሰርሕ ምረጹ።
contact-unit = ክፍሊ ወይ ቤት ጽሕፈት
contact-phone = ተሌፎን
contact-email = ኢ-መይል
contact-note = መዘኻኸሪኹም
contact-note-hint = ንኣብነት ነቲ ሰብ መዓስ ብቐሊሉ ክትረኽብዎ ከም እትኽእሉ።
contact-edit = ቀይሩ
contact-delete = ደምስሱ
contact-save = ናይ ርክብ ሰብ ዕቀቡ
contact-delete-title = { $name } ይደምሰስ ዶ?
contact-saved = እቲ ናይ ርክብ ሰብ ተዓቂቡ ኣሎ።
contact-deleted = እቲ ናይ ርክብ ሰብ ተደምሲሱ ኣሎ።
