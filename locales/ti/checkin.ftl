# Check-ins: how each part of life is going, from 1 (in crisis) to 5
# (I manage on my own), the star and each part over time. The names of the
# parts and the levels are in catalog.ftl (life-area-*, level-*).

## The screen "My life"

life-areas-title = ሂወተይ
life-areas-lead = ክፍልታት ሂወትኩም ከመይ ይኸዱ ከም ዘለዉ፣ ምስ ግዜ ድማ ከመይ ከም ዝቕየሩ።
life-areas-loading = ገምጋማትኩም ይጽዓኑ ኣለዉ…
life-areas-new = ሓድሽ ገምጋም
life-areas-empty-title = ገምጋም እንታይ እዩ?
life-areas-empty-what = ኣብ ገምጋም፣ ነፍሲ ወከፍ ክፍሊ ሂወትኩም ከመይ ይኸይድ ከም ዘሎ ትነግሩ: ገንዘብ፣ መንበሪ ገዛ፣ ጥዕና፣ ስራሕን ካልእን።
life-areas-empty-scale = ንነፍሲ ወከፍ ክፍሊ ካብ { $low } ክሳብ { $high } ቁጽሪ ትመርጹ። { $low } ማለት ኣብ ህጹጽ ሽግር ኣለኹም። { $high } ማለት ባዕልኹም ትኽእልዎ ኣለኹም።
life-areas-empty-when = ኩሉ ወርሒ፣ ወይ ቅድሚ ኣኼባ፣ ገምጋም ግበሩ። ሽዑ ንስኹምን እቶም ዝሕግዙኹም ሰባትን እንታይ ይመሓየሽ ከም ዘሎን ኣበይ ሓገዝ ከም ዘድልየኩምን ክትርእዩ ትኽእሉ።
life-areas-star-title = ኮኾብኩም
life-areas-star-lead = ናይ መወዳእታ ገምጋምኩም። ካብ ማእከል ዝያዳ ክርሕቕ ከሎ፣ ዝያዳ ጽቡቕ ይኸይድ ኣሎ።
life-areas-star-lead-compare = ናይ መወዳእታ ገምጋምኩም፣ ምስቲ ቅድሚኡ ዝነበረ ተነጻጺሩ። ካብ ማእከል ዝያዳ ክርሕቕ ከሎ፣ ዝያዳ ጽቡቕ ይኸይድ ኣሎ።
life-areas-lines-title = ነፍሲ ወከፍ ክፍሊ ሂወትኩም ምስ ግዜ
life-areas-lines-lead = ንነፍሲ ወከፍ ክፍሊ ሓደ ንእሽቶ ስእላዊ መግለጺ። ላዕሊ ክኸውን ከሎ ዝሓሸ እዩ።
life-areas-history-title = ኩሎም ገምጋማትኩም
life-areas-answered = { $count ->
    [one] { $count } ክፍሊ ተመሊሱ
   *[other] { $count } ክፍልታት ተመሊሶም
}
life-areas-edit = ነዚ ገምጋም ቀይሩ
life-areas-delete = ነዚ ገምጋም ደምስሱ
life-areas-delete-title = ገምጋም ናይ { $date } ክትድምስስዎ ትደልዩ ዶ?
life-areas-delete-what = ደረጃታቱን መዘኻኸርታቱን እውን ክድምሰሱ እዮም። ክትመልስዎ ኣይትኽእሉን ኢኹም።
life-areas-saved = ገምጋም ተዓቂቡ።
life-areas-deleted = ገምጋም ናይ { $date } ተደምሲሱ።

## The form for a check-in

checkin-new-title = ሓድሽ ገምጋም
checkin-title = ገምጋም
checkin-edit-title = ገምጋም ናይ { $date } ቀይሩ
checkin-lead = ሕጂ ነፍሲ ወከፍ ክፍሊ ሂወትኩም ከመይ ይኸይድ ከም ዘሎ ንገሩ። ነቶም ንዓኹም ኣገደስቲ ዝኾኑ ክፍልታት ቁጽሪ ምረጹ። ሓደ ክፍሊ ክትሓልፍዎ ትኽእሉ ኢኹም።
checkin-loading = ገምጋም ይጽዓን ኣሎ…
checkin-not-found = እዚ ገምጋም ደጊም የለን። ምናልባት ተደምሲሱ ይኸውን።
checkin-back = ናብ ሂወተይ ተመለሱ
checkin-date = ዕለት ገምጋም
checkin-areas = ክፍልታት ሂወትኩም
checkin-clear = መልሰይ ኣልግሱ
checkin-add-note = መዘኻኸሪ ወስኹ
checkin-area-note = መዘኻኸሪኹም ብዛዕባ { $area }
checkin-note = ብዛዕባ ምሉእ ገምጋም መዘኻኸሪ (እንተደሊኹም)
checkin-note-hint = ንኣብነት ካብ ዝሓለፈ ግዜ ጀሚሩ እንታይ ከም ዝተፈጸመ፣ ወይ ኣብ ኣኼባ ክትዛረብሉ እትደልዩ ነገር።
checkin-save = ገምጋም ዕቀቡ
checkin-cancel = ሕደጉ
checkin-error-no-answer = እንተወሓደ ንሓደ ክፍሊ ሂወትኩም ቁጽሪ ምረጹ። ድሕሪኡ ደጊምኩም ዕቀቡ።
checkin-error-no-date = ናይቲ ገምጋም መዓልቲ፣ ወርሒ ከምኡ'ውን ዓመት ምረጹ።
checkin-error-note-without-level = ንክፍሊ { $area } ቁጽሪ ምረጹ፣ ወይ መዘኻኸሪኹም ኣልግሱ። ድሕሪኡ ደጊምኩም ዕቀቡ።

## ሓደ ክፍሊ ሂወት ኣብ ህጹጽ ሽግር ክኸውን ከሎ

checkin-crisis-help = ህጹጽ እንተ ኾይኑ፣ ናብ 112 ደውሉ። ንምኽሪ ብዛዕባ ጥዕና፣ ናብ 1177 (Vårdguiden) ደውሉ። ሓገዝ ካብ ማሕበራዊ ኣገልግሎት (Socialtjänsten) እንተ ደሊኹም፣ ንኮሙንኩም (kommun) ርኸብዎ።

## A level in words

checkin-level = { $number } – { $label }
checkin-not-answered = ኣይተመለሰን

## The star: the latest check-in compared with the one before

star-summary = { $count ->
    [one] ኮኾብኩም: { $count } ክፍሊ ሂወት፣ ካብ ገምጋም ናይ { $latest }።
   *[other] ኮኾብኩም: { $count } ክፍልታት ሂወት፣ ካብ ገምጋም ናይ { $latest }።
}
star-summary-compare = { $count ->
    [one] ኮኾብኩም: { $count } ክፍሊ ሂወት፣ ገምጋም ናይ { $latest } ምስ ገምጋም ናይ { $previous } ተነጻጺሩ።
   *[other] ኮኾብኩም: { $count } ክፍልታት ሂወት፣ ገምጋም ናይ { $latest } ምስ ገምጋም ናይ { $previous } ተነጻጺሩ።
}
star-legend-latest = ናይ መወዳእታ ገምጋም: { $date }
star-legend-previous = ቅድሚኡ ዝነበረ ገምጋም: { $date }
star-show-table = ከም ሰንጠረዥ ኣርእዩ
star-caption = ነፍሲ ወከፍ ክፍሊ ሂወትኩም
star-col-area = ክፍሊ ሂወት
star-col-previous = ቅድሚኡ ({ $date })
star-col-latest = ናይ መወዳእታ ({ $date })
star-col-change = ለውጢ
star-better = ሓይሹ
star-same = ከምቲ ዝነበሮ
star-worse = ከፊኡ
star-no-compare = ምንጽጻር ኣይከኣልን

## Each part of life over time

lines-summary = { $direction ->
    [better] ካብ { $from } ናብ { $to }: ሓይሹ።
    [worse] ካብ { $from } ናብ { $to }: ከፊኡ።
   *[same] ካብ { $from } ናብ { $to }: ከምቲ ዝነበሮ።
}
lines-summary-one = ሓደ መልሲ: { $number } – { $label }።
lines-summary-none = ገና መልሲ የለን።
lines-show-table = ኩሉ መልስታት ኣርእዩ
lines-caption = { $area }: ኩሉ መልስታት
lines-col-date = ዕለት
lines-col-level = ደረጃ
