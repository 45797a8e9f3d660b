# Check-ins: how each part of life is going, from 1 (in crisis) to 5
# (I manage on my own), the star and each part over time. The names of the
# parts and the levels are in catalog.ftl (life-area-*, level-*).

## The screen "My life"

life-areas-title = Noloshayda
life-areas-lead = Sida qaybaha noloshaadu u socdaan, iyo sida ay waqti kadib isu beddelaan.
life-areas-loading = Is-qiimeyntaada ayaa la diyaarinayaa…
life-areas-new = Is-qiimeyn cusub
life-areas-empty-title = Waa maxay is-qiimeyn?
life-areas-empty-what = Is-qiimeyn waxaad ku sheegtaa sida qayb kasta oo noloshaada ah u socoto: lacagta, guriga, caafimaadka, shaqada iyo wax kale.
life-areas-empty-scale = Qayb kasta waxaad u doorataa lambar u dhexeeya { $low } iyo { $high }. { $low } macnaheedu waa inaad xaalad degdeg ah ku jirto. { $high } macnaheedu waa inaad keligaa awooddo.
life-areas-empty-when = Samee is-qiimeyn bil kasta, ama ka hor kulan. Markaas adiga iyo dadka ku caawiyaa waxaad arki kartaan waxa fiicnaanaya, iyo meesha aad caawimaad u baahan tahay.
life-areas-star-title = Xiddigtaada
life-areas-star-lead = Is-qiimeyntaadii ugu dambaysay. Inta ay dhexda ka fogaato, ayay sii fiicnaanaysaa.
life-areas-star-lead-compare = Is-qiimeyntaadii ugu dambaysay oo lala barbar dhigay tii ka horraysay. Inta ay dhexda ka fogaato, ayay sii fiicnaanaysaa.
life-areas-lines-title = Qayb kasta oo noloshaada ah waqti kadib
life-areas-lines-lead = Sawir yar qayb kasta. Meesha sare ayaa ka fiican.
life-areas-history-title = Dhammaan is-qiimeyntaada
life-areas-answered = { $count ->
    [one] Hal qayb ayaa laga jawaabay
   *[other] { $count } qaybood ayaa laga jawaabay
}
life-areas-edit = Beddel is-qiimeyntan
life-areas-delete = Tirtir is-qiimeyntan
life-areas-delete-title = Ma tirtiraysaa is-qiimeynta { $date }?
life-areas-delete-what = Heerarkeeda iyo qoraalladeeda sidoo kale waa la tirtirayaa. Dib uma celin kartid.
life-areas-saved = Is-qiimeynta waa la kaydiyay.
life-areas-deleted = Is-qiimeynta { $date } waa la tirtiray.

## The form for a check-in

checkin-new-title = Is-qiimeyn cusub
checkin-title = Is-qiimeyn
checkin-edit-title = Beddel is-qiimeynta { $date }
checkin-lead = Sheeg sida qayb kasta oo noloshaada ah hadda u socoto. Lambar u dooro qaybaha adiga muhiimka kuu ah. Qayb waad ka boodi kartaa.
checkin-loading = Is-qiimeynta ayaa la diyaarinayaa…
checkin-not-found = Is-qiimeyntani halkan kuma jirto mar dambe. Waxa laga yaabaa in la tirtiray.
checkin-back = Ku noqo noloshayda
checkin-date = Taariikhda is-qiimeynta
checkin-areas = Qaybaha noloshaada
checkin-clear = Ka saar jawaabtayda
checkin-add-note = Ku dar qoraal
checkin-area-note = Qoraalkaaga ku saabsan { $area }
checkin-note = Qoraal ku saabsan is-qiimeynta oo dhan (haddii aad rabto)
checkin-note-hint = Tusaale ahaan waxa dhacay tan iyo markii ugu dambaysay, ama waxa aad rabto inaad ka hadasho kulanka.
checkin-save = Kaydi is-qiimeynta
checkin-cancel = Jooji
checkin-error-no-answer = Lambar u dooro ugu yaraan hal qayb oo noloshaada ah. Kadib mar kale kaydi.
checkin-error-no-date = Dooro maalinta, bisha iyo sannadka is-qiimeynta.
checkin-error-note-without-level = Lambar u dooro { $area }, ama ka saar qoraalkaaga. Kadib mar kale kaydi.

## When a part of life is in crisis

checkin-crisis-help = Haddii ay tahay xaalad degdeg ah, wac 112. Talo caafimaad, wac 1177 (Vårdguiden). Caawimaad adeegga bulshada (socialtjänsten), la xiriir degmadaada (kommun).

## A level in words

checkin-level = { $number } – { $label }
checkin-not-answered = Lagama jawaabin

## The star: the latest check-in compared with the one before

star-summary = { $count ->
    [one] Xiddigtaada: hal qayb oo nolosha ah, is-qiimeynta { $latest }.
   *[other] Xiddigtaada: { $count } qaybood oo nolosha ah, is-qiimeynta { $latest }.
}
star-summary-compare = { $count ->
    [one] Xiddigtaada: hal qayb oo nolosha ah, is-qiimeynta { $latest } oo lala barbar dhigay is-qiimeynta { $previous }.
   *[other] Xiddigtaada: { $count } qaybood oo nolosha ah, is-qiimeynta { $latest } oo lala barbar dhigay is-qiimeynta { $previous }.
}
star-legend-latest = Is-qiimeyntii ugu dambaysay: { $date }
star-legend-previous = Is-qiimeyntii ka horraysay: { $date }
star-show-table = U muuji shax ahaan
star-caption = Qayb kasta oo noloshaada ah
star-col-area = Qaybta nolosha
star-col-previous = Kahor ({ $date })
star-col-latest = Ugu dambaysay ({ $date })
star-col-change = Isbeddel
star-better = Ka fiican
star-same = Isku mid
star-worse = Ka xun
star-no-compare = Lama barbar dhigi karo

## Each part of life over time

lines-summary = { $direction ->
    [better] Laga bilaabo { $from } ilaa { $to }: ka fiican.
    [worse] Laga bilaabo { $from } ilaa { $to }: ka xun.
   *[same] Laga bilaabo { $from } ilaa { $to }: isku mid.
}
lines-summary-one = Hal jawaab: { $number } – { $label }.
lines-summary-none = Weli jawaab ma jirto.
lines-show-table = Muuji dhammaan jawaabaha
lines-caption = { $area }: jawaab kasta
lines-col-date = Taariikhda
lines-col-level = Heerka
