# My page: the overview of the record, and the extra words of the agency
# guide (its content is in guide.ftl).

home-lead = ኣብዚ ሕጂ ኣበይ ከም ዘለኹም፣ ቀጺሉ እንታይ ከም ዝመጽእን መን እንታይ ከም ዝገብርን ትርእዩ።
home-loading = ገጽኩም ይዳሎ ኣሎ …

## Where I am now: the four stages

home-stage-title = ሕጂ ኣበይ ኣለኹ
home-stage-list = እቶም ኣርባዕተ መድረኻት
home-stage-marker-chosen = ኣብዚ ኣለኹም
home-stage-marker-suggested = ዝቐረበ ሓሳብ
home-stage-chosen = ኣብዚ መድረኽ ከም ዘለኹም ኢልኩም: { $stage }።
home-stage-suggested = ስጉምትታትኩም ነዚ መድረኽ የመልክቱ: { $stage }። ሓሳብ ጥራይ እዩ። ባዕልኹም ክትመርጹ ትኽእሉ ኢኹም።
home-stage-intake-description = ሓደስቲ ኢኹም። ምስ ትካላት ትራኸቡ፣ ብዛዕባ ርእስኹም ድማ ትነግርዎም።
home-stage-vision-description = እንታይ ክትገብሩ ከም እትደልዩ ትሓስቡ፣ ዕላማታት ዘለዎ መደብ ድማ ትሰርሑ።
home-stage-activity-description = ናብ ዕላማኹም ዘቀርቡኹም ነገራት ትገብሩ፣ ንኣብነት ኮርስ ወይ ልምምድ ስራሕ።
home-stage-matching-description = ስራሕ ወይ ቦታ ትምህርቲ ትደልዩ፣ ኣብኡ ድማ ትጅምሩ።
home-stage-change = መድረኸይ ቀይሩ
home-stage-legend = ኣብ ኣየናይ መድረኽ ኣለኹም?
home-stage-follow-steps = ስጉምትታተይ ይሓብሩ (ሕጂ: { $stage })
home-stage-save = መድረኸይ ዕቀቡ
home-stage-cancel = ሕደጉ
home-stage-saved = መድረኽኩም ተዓቂቡ።

## Next appointments

home-appointments-title = ዝቕጽሉ ቆጸራታት
home-appointments-none = ዝመጽእ ቆጸራ የብልኩምን።
home-appointment-when = { $date }፣ ሰዓት { $time }
home-appointment-place = ቦታ:
home-appointment-with = ምስ:
home-to-plan = መደበይ ክፈቱ

## Who does what

home-agencies-title = መን እንታይ ይገብር
home-agencies-none = ዝካየድ ዘሎ ወይ ዝተመደበ ስጉምቲ የብልኩምን።
home-step-status = ኩነታት: { $status }
home-step-contact = ናይ ርክብ ሰብ:

## How my life is going

home-life-title = ሂወተይ ከመይ ይኸይድ ኣሎ
home-life-latest = ናይ መወዳእታ ገምጋምኩም: { $date }
home-life-none = ገና ገምጋም ኣይገበርኩምን። ገምጋም ክፍልታት ሂወትኩም ከመይ ይኸዱ ከም ዘለዉ የርኢ።
home-life-first = ቀዳማይ ገምጋም ግበሩ
home-to-life-areas = ሂወተይ ርኣዩ

## Open obstacles

home-obstacles-title = ገና ዘይተፈትሑ ዕንቅፋታት
home-obstacles-none = ክፉት ዕንቅፋት የብልኩምን።
home-obstacle-status = ኩነታት: { $status }
home-to-obstacles = ዕንቅፋታተይ ርኣዩ

## Time in Sweden

home-time-title = ኣብ ሽወደን ዝጸናሕኩምዎ ግዜ
home-days-ago = { $days ->
    [one] { $days ->
        [0] ሎሚ እዩ።
       *[1] ቅድሚ { $days } መዓልቲ እዩ።
    }
   *[other] ቅድሚ { $days } መዓልቲ እዩ።
}
home-permit = ፍቓድ መንበሪ ኣብ { $date } ረኺብኩም።
home-no-permit = ፍቓድ መንበሪ መዓስ ከም ዝረኸብኩም ኣይጸሓፍኩምን።

## The agency guide: the list of agencies at the top

home-guide-contents = ኣብዚ ገጽ ዘለዉ ትካላት
home-guide-yours = ምስኦም ዘለኩም
home-guide-back = ናብ ዝርዝር ትካላት ተመለሱ
