# Sharing in the app: the share wizard, the list of shares made, and the
# reader a case worker uses to open a share. Plain words, short
# sentences. Words: a share (the bundle) = ምክፋል, plural ምክፋላት;
# withdrawn = ዝተሰሓበ; case worker = ሰራሕተኛ ጉዳይ; tick = ምልክት ግበሩ.

nav-share = ኣካፍሉ
nav-shares = ምክፋላተይ
nav-reader = ምክፋል ክፈቱ
home-share = ምስ ሰራሕተኛ ጉዳይ ኣካፍሉ

## The share wizard: one task on each screen.

share-step-of = ስጉምቲ { $step } ካብ { $total }
share-next = ዝቕጽል
share-checking = ይረጋገጽ ኣሎ…
share-loading = መዝገብኩም ይመጽእ ኣሎ…

share-to-title = ነዚ ምክፋል መን ይወስዶ?
share-to-lead = ንሓደ ሰራሕተኛ ጉዳይ ፋይል ትሰርሑ። Etapp ዋላ ሓንቲ ኣይሰድን: ነቲ ፋይል ባዕልኹም ኢኹም ትህብዎ።
share-to-contact = ካብ ናይ ርክብ ሰባተይ ምልኡ
share-to-contact-none = ሓደ ሰብ ምረጹ
share-to-agency = ትካል
share-to-no-agency = ትካል የለን
share-to-unit = ክፍሊ ወይ ቤት ጽሕፈት
share-to-name = ስም ናይቲ ሰራሕተኛ ጉዳይ

share-why-title = ስለምንታይ ተካፍሉ?
share-why-lead = እቲ ሰራሕተኛ ጉዳይ እቲ ምክፋል ንምንታይ ምዃኑ ይርኢ።
share-why-legend = ንምንታይ እዩ?
share-why-text = ብናይ ገዛእ ርእስኹም ቃላት
share-why-text-hint = ሒደት ቃላት ክትውስኹ ትኽእሉ ኢኹም። “ካልእ ነገር” እንተ መሪጽኩም፣ ንምንታይ ምዃኑ ጽሓፉ።
share-why-none = እቲ ምክፋል ንምንታይ ምዃኑ ምረጹ።

share-what-title = እንታይ ተካፍሉ?
share-what-lead = ነቲ ኣብዚ ዝሕግዝ ጥራይ ምልክት ግበሩ። ኣብ መጀመርታ ዋላ ሓንቲ ምልክት የብላን። እቲ ምልክት ዝገበርኩምሉ ጥራይ እዩ ናብቲ ፋይል ዝኣቱ።
share-what-all = ኩሉ “{ $section }”
share-what-profile = ስመይ፣ ዝመጻእኩሉ፣ ፍቓድ መንበሪ፣ ቋንቋታተይን ስድራይን
share-what-children = ደቀይ ዝተወልዱሉ ዓመታት
share-what-sub-goal = ንኡስ ዕላማ ናይ “{ $goal }”
share-what-checkin-areas = ብዛዕባ { $areas } ዝሃብክዎም መልስታት
share-what-name-tip = ምኽሪ: ነዚ ክፍሊ ኣካፍሉ። ሽዑ እቲ ሰራሕተኛ ጉዳይ ስምኩም ይርኢ፣ ጉዳይኩም ድማ ክረክቦ ይኽእል።
share-what-sensitive = እዚ ምስጢራዊ እዩ: { $categories }። ዝሕግዘኩም እንተ ኾይኑ ጥራይ ኣካፍልዎ። ኣብዚ ምልክት እንተ ገበርኩምሉ ጥራይ እዩ ዝኣቱ።
share-what-whole-only = እዚ ምስ ኩሉ እቲ ኣብ “{ $section }” ዘሎ ጥራይ እዩ ዝኣቱ። ኣብ ኩሉ ምልክት ግበሩ፣ ወይ ነዚ ምልክት ኣልዕሉ።
share-what-together = Etapp ነቶም ምስጢራዊ ነገራት ናይ ሓደ ምክፋል ብሓባር እዩ ዘካፍሎም። ኣብ ካልኦት ምስጢራዊ ነገራት ምልክት ገቢርኩም ኣለኹም፣ ስለዚ እዚ'ውን ምኣተወ። ምልክት ግበሩሉ፣ ወይ ካብ “{ $item }” ምልክት ኣልዕሉ።
share-what-none = እንተ ወሓደ ኣብ ሓደ ነገር ምልክት ግበሩ።
share-what-check = ገለ ነገራት ከም ዝገበርኩምዎ ምልክት ክኣትዉ ኣይክእሉን። ነቶም ኣብ ላዕሊ ዘለዉ ቀያሕ መዘኻኸሪታት ኣንብቡ።

share-until-title = ክሳብ መዓስ?
share-until-lead = ድሕሪ እዛ መዓልቲ፣ Etapp ነቲ ምክፋል ኣይኸፍቶን።
share-until-legend = እቲ ሰራሕተኛ ጉዳይ ክኸፍቶ ዝኽእል ን
share-until-days = { $days ->
    [one] { $days } መዓልቲ
   *[other] { $days } መዓልታት
}
share-until-date = ክሳብ { $date }

share-preview-title = እቲ ሰራሕተኛ ጉዳይ ዝርእዮ እዚ እዩ
share-preview-lead = ቅድሚ ምዕቃብኩም ርኣይዎ። ብቋንቋኹምን ብሽወደንኛን ይርአ፣ ከምቲ እቲ ሰራሕተኛ ጉዳይን ተርጓምን ዘንብብዎ።
share-preview-busy = እቲ ቅድመ ርእይቶ ይዳሎ ኣሎ…
share-consent-title = እትሰማምዕሉ
share-left-out-title = ምስጢራዊ ስለ ዝኾነ ዘይኣተወ
share-left-out = { $count ->
    [one] ብዛዕባ { $categories } ሓደ ነገር ኣብቲ ምክፋል የለን፣ ምኽንያቱ ምልክት ኣይገበርኩምሉን።
   *[other] ብዛዕባ { $categories } { $count } ነገራት ኣብቲ ምክፋል የለዉን፣ ምኽንያቱ ምልክት ኣይገበርኩምሎምን።
}
share-left-out-change = ዘካፍሎ ቀይሩ

share-confirm-title = ነቲ ምክፋል ክትዕቅብዎ ዲኹም?
share-confirm-lead = ሓንሳብ ደጊምካ ርአዮ። Etapp ነቲ ምክፋል ብኸመይ ከም ዝዓጽዎን ብኸመይ ከም እትህቦን ምረጽ። ድሕሪኡ ኣበይ ከም እትዕቅቦ ትመርጽ፡ ንኣብነት ኣብ USB።
share-confirm-to = ንመን
share-confirm-purpose = ስለምንታይ
share-confirm-parts = እንታይ
share-confirm-until = ክሳብ
share-confirm-agree = ክትዕቅቡ ከለኹም፣ በዚ ትሰማምዑ:
share-confirm-save = ነቲ ምክፋል ዕቀቡ
share-confirm-busy = እቲ ምክፋል ይዕጾን ይዕቀብን ኣሎ። ሒደት ካልኢታት ይወስድ…
share-confirm-cancelled = ነቲ መስኮት ዓጺኹምዎ። ዋላ ሓንቲ ኣይተዓቀበን።
share-form = ብኸመይ ክትህቦ ትደሊ?
share-form-file = ፋይል ን Etapp (.etapp)
share-form-file-hint = እቲ ሰራሕተኛ ብ Etapp ይኸፍቶ።
share-form-page = ዝኾነ መርበብ ሓበሬታ ዝኸፍቶ ገጽ (.html)
share-form-page-hint = Etapp ክጽዕን ንዘይክእል ሰራሕተኛ። እቲ ገጽ ብዘይ ኢንተርነት ይሰርሕ።
share-form-both = ክልቲኡ
share-form-both-hint = ሓደ ዓይነት ምክፋል ዘለዎም ክልተ ፋይላት። እቲ ሰራሕተኛ ሓደ ይመርጽ።
share-lock = ብኸመይ ይዕጾ?
share-lock-code = ገጽ ንገጽ ብእትብሎ ኮድ
share-lock-code-hint = Etapp 16 ቁጽሪ ዘለዎ ኮድ ይሰርሕ። እቲ ሰራሕተኛ ነቲ ምክፋል ንምኽፋት የድልዮ።
share-lock-key = ብመፍትሕ ናይቲ ትካል
share-lock-key-hint = ህዝባዊ መፍትሑ ዝሃበካ ትካል። እቲ ትካል ጥራይ እዩ ነቲ ምክፋል ክኸፍቶ ዝኽእል። ኮድ የለን።
share-lock-key-field = ህዝባዊ መፍትሕ ናይቲ ትካል
share-lock-key-field-hint = ብ age1 ይጅምር። ከምቲ እቲ ትካል ዝሃቦ ብልክዕ ቅዳሕ።

share-code-title = ምክፋልኩም ተዓቂቡ
share-code-file = ብዚ ስም ተዓቂቡ፦ { $name }
share-code-page = እቲ ገጽ ብዝኾነ መርበብ ሓበሬታ ይኽፈት። እቲ ሰራሕተኛ ሓደ ዓይነት ኮድ ይጽሕፍ።
share-code-key = እቲ ምክፋል ብመፍትሕ ናይቲ ትካል እዩ ተዓጽዩ። እቲ ትካል ጥራይ እዩ ክኸፍቶ ዝኽእል። እትብሎ ኮድ የለን።
share-code-lead = እቲ ሰራሕተኛ ጉዳይ ነቲ ፋይል ንምኽፋት እዚ ኮድ የድልዮ። ንገርዎ።
share-code-aria = ኮድ ምክፋል፣ ብጉጅለ ኣርባዕተ ቁጽርታት
share-code-own = እቲ ተመሳሳሊ ኮድ ብቁጽርታትኩም:
share-code-advice-face = ነቲ ኮድ ንሰራሕተኛ ጉዳይ ገጽ ንገጽ ንገርዎ።
share-code-advice-message = ነቲ ኮድ ኣብ ኢመይል ወይ መልእኽቲ ኣይትጽሓፍዎ።
share-code-advice-stick = ነቲ ኮድ ኣብቲ ፋይል ዘለዎ USB ወይ ምስኡ ኣይተቐምጥዎ።
share-code-fingerprint-title = እቲ ሰራሕተኛ ጉዳይ እንተ ሓተተ
share-code-fingerprint = ነዞም ቁጽርታት ብዓውታ ኣንብብዎም። እቲ ምክፋል ካብ መዝገብኩም ከም ዝመጸ የርእዩ።
share-code-to-log = ዘካፈልክዎ ርኣዩ
share-code-done = ናብ ገጸይ ተመለሱ

## The list of shares made.

shares-title = ዘካፈልክዎ
shares-lead = ዝገበርኩምዎ ኩሉ ምክፋል፣ እቲ ሓድሽ ቀዳማይ። Etapp ነዚ ዝርዝር ኣብ መዝገብኩም ይዕቅቦ።
shares-loading = ምክፋላትኩም ይመጽኡ ኣለዉ…
shares-empty = ገና ዋላ ሓንቲ ኣየካፈልኩምን።
shares-new = ሓድሽ ምክፋል ግበሩ
shares-list = ምክፋላተይ
shares-made = ዝተሰርሐሉ
shares-purpose = ስለምንታይ
shares-parts = እንታይ
shares-until = ክኽፈት ዝኽእል ክሳብ
shares-expired = ክኽፈት ዝኽእል ዝነበረ ክሳብ
shares-withdrawn = ኣብ { $date } ከም ዝተሰሓበ ኣመልኪትኩምሉ።
shares-withdraw = ከም ዝተሰሓበ ኣመልክቱ
shares-withdraw-title = ነዚ ምክፋል ከም ዝተሰሓበ ከተመልክትዎ ዲኹም?
shares-withdraw-what = ድሮ ዝሃብኩምዎ ፋይል ክምለስ ኣይክእልን። Etapp ከም ዝሰሓብኩምዎ ጥራይ እዩ ኣብዚ ዝጽሕፍ። ድሕሪ { $date } Etapp ነቲ ፋይል ኣይኸፍቶን። ነቲ ሰራሕተኛ ጉዳይ ክድምስሶ ክትሓትዎ ትኽእሉ ኢኹም።
shares-withdraw-keep = ኣይፋል፣ ይጽናሕ
shares-withdraw-confirm = እወ፣ ከም ዝተሰሓበ ኣመልክቱ
shares-withdrawn-done = እቲ ምክፋል ከም ዝተሰሓበ ተመልኪቱ።

## The reader: a case worker opens a share. It needs no record.

open-share-start-title = ሓደ ሰብ ምክፋል ሂቡኩም ድዩ?
open-share-start-hint = ንሰራሕተኛታት ጉዳይ: ካብ Etapp ዝመጸ ፋይል በቲ እቲ ሰብ ዝነግረኩም ኮድ ክፈቱ። ናይ ገዛእ ርእስኹም መዝገብ ኣየድልየኩምን።
open-share-start = ምክፋል ክፈቱ
open-share-title = ምክፋል ክፈቱ
open-share-lead = ሓደ ሰብ ካብ Etapp ፋይል ሂቡኩም፣ ኮድ ድማ ይነግረኩም። ነቲ ፋይል ምረጹ፣ ድሕሪኡ ነቲ ኮድ ጽሓፉ።
open-share-file = እቲ ፋይል
open-share-no-file = ገና ፋይል ኣይተመርጸን።
open-share-chosen = ዝተመርጸ: { $name }
open-share-choose = ነቲ ፋይል ምረጹ
open-share-choose-other = ካልእ ፋይል ምረጹ
open-share-code = እቲ ኮድ
open-share-code-hint = 16 ቁጽርታት። ባዶ ቦታታትን ሰረዝን ኣገዳሲ ኣይኮኑን።
open-share-open = ክፈቱ
open-share-busy = እቲ ምክፋል ይኽፈት ኣሎ። ሓንቲ ካልኢት ይወስድ…
open-share-opened = ካብቲ ፋይል { $name }።
open-share-show-in = ብዚ ቋንቋ ኣርእዩ
open-share-side-by-side = ጎኒ ንጎኒ ምስ ቋንቋ ናይቲ ሰብ: { $language }
open-share-save-page = ነቲ ገጽ ንምሕታም ዕቀቡ
open-share-page-saved = ብስም { $name } ተዓቂቡ።
open-share-page-not-saved = ነቲ መስኮት ዓጺኹምዎ። ዋላ ሓንቲ ኣይተዓቀበን።
open-share-close = ነቲ ምክፋል ዕጸዉ

## ምስ ናይ ቀደም ምክፋል ምውድዳር (እቲ ኣንባቢ)

compare-start-title = ካብ ዝሓለፈ ግዜ ጀሚሩ እንታይ ተቐይሩ?
compare-start-hint = ካብቲ ሓደ ሰብ ዝመጸ ናይ ቀደም ምክፋል ኣለኩም ድዩ? ንሱ እውን ክፈቱ፣ ኣብ መንጎ ክልቲኦም እንታይ ከም ዝተቐየረ ርኣዩ።
compare-start = ምስ ናይ ቀደም ምክፋል ኣወዳድሩ
compare-file = እቲ ናይ ቀደም ምክፋል
compare-choose = ነቲ ናይ ቀደም ምክፋል ምረጹ
compare-open-title = ነቲ ናይ ቀደም ምክፋል ምረጹ
compare-by-key = እቲ ናይ ቀደም ምክፋል ብተመሳሳሊ ፋይል መፍትሕ ከም እዚ ይኽፈት።
compare-busy = ነቲ ናይ ቀደም ምክፋል ይኽፈት ኣሎ። ሓንቲ ካልኢት ይወስድ…
compare-open = ኣወዳድሩ
compare-cancel = ሰርዝ
compare-hide = ዝተቐየረ ሕብኡ
compare-from-file = ምስቲ ናይ ቀደም ምክፋል { $name } ተወዳዲሩ
compare-error-no-file = ፈለማ ነቲ ናይ ቀደም ምክፋል ምረጹ።
compare-error-same-share = እዚ ድሮ ክፉት ዘሎ ምክፋል እዩ። ካብቲ ሓደ ሰብ ዝመጸ ናይ ቀደም ምክፋል ምረጹ።

## ካብ ብዙሓት ምክፋላት ዝተሰርሐ ጸብጻብ (ወገን ትካል)

report-start-title = ንትካላት: ካብ ብዙሓት ምክፋላት ጸብጻብ
report-start-hint = ሰባት ንገምጋም ብመፍትሕ ትካልኩም ዝተዓጸወ ምክፋላት ክህቡኹም ይኽእሉ። እቶም ስጉምትታት ንኹሎም ብሓባር ከመይ ከም ዝኸዱ ርኣዩ። ኣስማትን ሰባት ዝጸሓፍዎን ናብቲ ጸብጻብ ኣይኣትዉን።
report-start = ጸብጻብ ስርሑ
report-screen-title = ካብ ብዙሓት ምክፋላት ጸብጻብ
report-lead = ነቲ ምክፋላት ዘለዎ ማህደርን ፋይል መፍትሕ ትካልኩምን ምረጹ። ንገምጋም ዝተዋህቡ ምክፋላት ጥራይ ይቑጸሩ። ካብ 5 ሰባት ዝወሓዱ ጉጅለታት ኣይርኣዩን።
report-folder = እቲ ምክፋላት ዘለዎ ማህደር
report-no-folder = ገና ማህደር ኣይተመርጸን።
report-folder-choose = ነቲ ማህደር ምረጹ
report-folder-choose-other = ካልእ ማህደር ምረጹ
report-folder-title = ነቲ ምክፋላት ዘለዎ ማህደር ምረጹ
report-key = ፋይል መፍትሕ ትካልኩም
report-no-key = ገና ፋይል መፍትሕ ኣይተመርጸን።
report-key-choose = ነቲ ፋይል መፍትሕ ምረጹ
report-key-choose-other = ካልእ ፋይል መፍትሕ ምረጹ
report-busy = ምክፋላት ይንበቡ ኣለዉ: { $done } ካብ { $total }
report-make = ነቲ ጸብጻብ ስርሑ
report-save-csv = ከም ሰንጠረዥ (CSV) ዓቅቡ
report-csv-title = ነቲ ጸብጻብ ዓቅቡ
report-csv-file-type = ሰንጠረዥ (CSV)
report-csv-saved = ከም { $name } ተዓቂቡ።
report-status = ኩነታት
report-rating = ገምጋም
report-count = ቁጽሪ
report-change = ለውጢ
report-area-median = ማእከላይ ለውጢ: { $median }
report-area-changes = እቲ ደረጃ ክንደይ ተቐይሩ (ቁጽሪ ሰባት)
report-error-no-folder = ፈለማ ነቲ ምክፋላት ዘለዎ ማህደር ምረጹ።
report-error-no-shares = እዚ ማህደር ካብ Etapp ዝመጸ ምክፋል የብሉን (ብ .etapp ወይ .html ዝውድኡ ፋይላት)። ካልእ ማህደር ምረጹ።
report-error-none-counted = ዋላ ሓደ ምክፋል ክቑጸር ኣይከኣለን። እቲ ቀዳማይ: { $reason }። ቅኑዕ ማህደርን ፋይል መፍትሕ ትካልኩምን ከም ዝመረጽኩም ኣረጋግጹ።
report-error-no-report = ፈለማ ነቲ ጸብጻብ ስርሑ፣ ድሕሪኡ ዓቅብዎ።
