# The reader: what a case worker sees of a share. Labels for the summary
# and the printable page.

reader-title = Laga wadaagay Etapp
reader-to = Loogu talagalay
reader-purpose = Ujeeddada
reader-created = La sameeyay
reader-expires = La furi karaa ilaa
reader-signer = Furaha saxiixa
reader-seen = Kombiyuutarkan
reader-first-seen = Markii ugu horraysay ayaa la arkay.
reader-seen-before = Hore ayaa loo arkay, markii ugu horraysay { $date }.
reader-language = Luqadda qofka
reader-sensitive = Xog xasaasi ah
reader-promise = Saxiixu wuxuu muujinayaa in aan waxba la beddelin tan iyo markii qofku sameeyay xirmadan, iyo inay ka timid isla diiwaanka xirmooyinka kale ee leh lambarradan. Ma muujinayo qofka uu yahay: lambarrada furaha saxiixa qofka la wada akhri.
reader-only-items = Qaybtan waxa laga wadaagay oo keliya walxo qaar.
reader-empty = Waxba halkan kuma jiraan.
reader-yes = Haa
reader-no = Maya

## About me
reader-name = Magaca
reader-arrived = Yimid Iswiidhan
reader-permit-name = Magaca ku qoran kaarka sharciga deganaanshaha
reader-pin = Lambarka aqoonsiga shakhsiga (personnummer)
reader-case-number = Lambarka kiiska ee Hay'adda Socdaalka (Migrationsverket)
reader-permit-date = Sharciga deganaanshaha la siiyay
reader-municipality = Degmada (kommun)
reader-adults = Dadka waaweyn ee qoyska
reader-child-born = Ilmo dhashay
reader-language-spoken = Luqad
reader-programme = Ku jira barnaamijka dejinta
reader-programme-since = Laga bilaabo

## Contacts
reader-agency = Hay'adda
reader-unit = Qaybta ama xafiiska
reader-phone = Taleefan
reader-email = Iimayl
reader-note = Qoraal

## Background
reader-education = Waxbarasho
reader-education-level = Heerka
reader-country = Dalka
reader-years = Sannado
reader-completed = La dhammaystay
reader-documents = Waraaqaha wuu haystaa
reader-recognition = Aqoonsiga Iswiidhan
reader-work = Shaqo
reader-occupation = Xirfadda
reader-tasks = Hawlaha
reader-kind = Nooca
reader-skill = Xirfad
reader-issuer = Waxa bixiyay
reader-year = Sannadka
reader-driving-licence = Liisanka darawalnimada
reader-classes = Fasallada
reader-asylum-period = Ka hor sharciga deganaanshaha
reader-description = Sharaxaad
reader-start = Bilow
reader-end = Dhammaad

## Goals and steps
reader-goal-kind = Nooca hadafka
reader-target-date = Taariikhda hadafka
reader-status = Xaaladda
reader-sub-goal-of = Hadaf-hoosaad ka tirsan
reader-stage-now = Marxaladda aan ku jiro
reader-stage = Marxaladda
reader-step-type = Nooca tallaabada
reader-contact = Qofka xiriirka
reader-for-goal = Hadafka loogu talagalay
reader-life-areas = Qaybaha nolosha
reader-history = Xaaladda waa la beddelay
reader-appointment = Kulan
reader-usefulness = Faa'iidada
reader-usefulness-of-five = { $score } ka mid ah 5
reader-helped = Waxa caawiyay
reader-hard = Waxa adkaa

## Obstacles and notes
reader-handled-by = Waxa ka shaqeeyay
reader-noticed = La ogaaday
reader-handling-since = Laga shaqaynayay tan iyo
reader-solved-on = La xalliyay
reader-written-in = Lagu qoray

## What changed across shares of one person (etapp open OLD NEW …).
compare-title = Waxa isbeddelay
compare-bundles = Xirmooyinka, kan ugu duugsan marka hore
compare-bundle = { $n }. La sameeyay { $created }
compare-period = Laga bilaabo { $from } ilaa { $to }
compare-not-shared = Labada jeerba lama wadaagin, sidaa darteed lama barbar dhigin: { $parts }
compare-sensitive-left-out = Xogta xasaasiga ah waxa la wadaagay mar keliya. Halkan waa laga reebay.
compare-nothing = Waxba isma beddelin.
compare-change = { $before } → { $after }
compare-latest-checkin = Is-qiimeyntii ugu dambaysay
compare-checkins-added = Is-qiimeyn cusub
compare-none = midna
compare-no-level = heer ma leh
compare-stage-none = lama dooran
compare-stage-same = { $stage } (isbeddel ma jiro)
compare-steps-added = Tallaabooyin cusub
compare-steps-status = Tallaabooyin xaalad cusub leh
compare-steps-removed = Tallaabooyin aan mar dambe qorshaha ku jirin
compare-obstacles-added = Caqabado cusub
compare-obstacles-solved = Caqabado la xalliyay
compare-obstacles-status = Caqabado xaalad cusub leh
compare-obstacles-removed = Caqabado aan mar dambe liiska ku jirin
compare-goals-added = Hadafyo cusub
compare-goals-reached = Hadafyo la gaaray
compare-goals-status = Hadafyo xaalad cusub leh
compare-goals-removed = Hadafyo aan mar dambe liiska ku jirin
compare-noticed-on = la ogaaday { $date }
compare-solved-on = la xalliyay { $date }

## A report across participants (etapp report). Only codes and numbers.
report-title = Qiimeynta tallaabooyinka, xirmooyin loo wadaagay qiimeyn
report-counted = Ka qaybgalayaasha la tiriyay: { $count }
report-replaced = Xirmooyin hore oo lagu beddelay mid dambe oo isla ka qaybgalaha ah: { $count }
report-min-group = Kooxaha ka yar { $count } ka qaybgale lama muujiyo, si aan qofna loo aqoonsan.
report-steps-heading = Tallaabooyinka, nooc iyo hay'ad ahaan
report-participants = Ka qaybgalayaasha: { $count }
report-steps-by-status = Tallaabooyinka hadda
report-median-days = Maalmaha dhexe (median) laga bilaabo la qorsheeyay ilaa la dhammeeyay
report-decimal-separator = {"."}
report-none = midna
report-usefulness = Faa'iidada, 1 ilaa 5 (tirada qiimeynaha)
report-fewer-than = Ka yar 5 ka qaybgale: lama muujiyo.
report-areas-heading = Qaybaha nolosha: isbeddelka laga bilaabo is-qiimeynta koowaad ilaa tan ugu dambaysa
report-area = { $count } ka qaybgale, dhexe (median) { $median } (isbeddellada: { $spread })
report-skipped = Xirmooyinka laga booday: { $count }
report-skip-not-for-evaluation = looma wadaagin qiimeyn
report-skip-expired = waqtigeedu wuu dhacay
report-skip-wrong-key = furahaagu ma furo, ama wuu xumaaday
report-skip-not-a-bundle = ma aha xirmo Etapp ah
report-skip-truncated = faylku goor hore ayuu dhammaadaa
report-skip-signature = waa la beddelay kadib markii la sameeyay
report-skip-newer-version = waxa sameeyay nooc ka cusub oo Etapp ah
report-skip-too-large = aad buu u weyn yahay
report-skip-unreadable = lama akhrin karin
