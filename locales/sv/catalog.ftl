# Etiketter för katalogkoderna (crates/core/src/catalog). Id:t är katalogen
# och koden med bindestreck. Koderna ändras aldrig; etiketterna kan ändras.

agency-public-employment-service = Arbetsförmedlingen
agency-municipal-labour-market = Kommunens arbetsmarknadsenhet
agency-social-services = Socialtjänsten
agency-adult-education = Vuxenutbildningen och SFI
agency-health-care = Vården (regionen)
agency-social-insurance = Försäkringskassan
agency-migration-agency = Migrationsverket
agency-county-board = Länsstyrelsen
agency-civil-society = Föreningar och frivilliga
agency-myself = Jag själv

step-type-sfi-course = Svenskkurs (SFI)
step-type-civic-orientation = Samhällsorientering
step-type-internship = Praktik
step-type-work-training = Arbetsträning
step-type-labour-market-training = Arbetsmarknadsutbildning
step-type-validation = Validering
step-type-study-motivation-course = Studiemotiverande kurs på folkhögskola
step-type-vocational-education = Yrkesutbildning
step-type-job-search = Söka jobb
step-type-health-appointment = Besök i vården
step-type-parental-support = Stöd som förälder
step-type-housing-application = Söka bostad
step-type-other = Annat

stage-intake = Inrekrytering
stage-vision = Visionsbygge
stage-activity = Aktivitet
stage-matching = Utmatchning till arbete eller studier

step-status-proposed = Föreslagen
step-status-planned = Planerad
step-status-ongoing = Pågår
step-status-done = Klar
step-status-paused = Pausad
step-status-cancelled = Avbruten

goal-status-active = Arbetar mot det
goal-status-reached = Uppnått
goal-status-dropped = Avslutat

goal-kind-occupation = Ett yrke
goal-kind-studies = Studier
goal-kind-free-text = Något annat

isced-level-isced-0 = Kortare än grundskola
isced-level-isced-1 = Grundskola, lågstadiet och mellanstadiet
isced-level-isced-2 = Grundskola, högstadiet
isced-level-isced-3 = Gymnasium
isced-level-isced-4 = Yrkesutbildning efter gymnasiet
isced-level-isced-5 = Kort utbildning på universitet eller högskola
isced-level-isced-6 = Kandidatexamen
isced-level-isced-7 = Masterexamen
isced-level-isced-8 = Doktorsexamen

language-level-first-language = Modersmål
language-level-fluent = Flytande
language-level-good = Bra, i vardagen
language-level-basic = Lite

recognition-not-applied = Inte ansökt
recognition-applied = Ansökt, väntar på svar
recognition-recognised = Godkänd
recognition-partly-recognised = Delvis godkänd
recognition-not-recognised = Inte godkänd

sensitive-category-health = Hälsa
sensitive-category-family = Familj
sensitive-category-financial = Pengar och ekonomiskt bistånd
