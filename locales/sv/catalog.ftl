# Etiketter för katalogkoderna (crates/core/src/catalog). Id:t är katalogen
# och koden med bindestreck. Koderna ändras aldrig; etiketterna kan ändras.

agency-public-employment-service = Arbetsförmedlingen
agency-municipal-labour-market = Kommunens arbetsmarknadsenhet
agency-social-services = Socialtjänsten
agency-adult-education = Vuxenutbildningen och SFI
agency-health-care = Vården (regionen)
agency-social-insurance = Försäkringskassan
agency-migration-agency = Migrationsverket
agency-tax-agency = Skatteverket
agency-county-board = Länsstyrelsen
agency-school-office = Kommunens förskola och skola
agency-housing-office = Bostadsförmedling eller hyresvärd
agency-council-for-higher-education = Universitets- och högskolerådet (UHR)
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

life-area-household-economy = Hushållets ekonomi
life-area-network = Nätverk
life-area-welfare-system = Välfärd och rättigheter
life-area-housing = Bostad
life-area-preschool = Förskola och barnomsorg
life-area-health = Hälsa
life-area-work-studies = Arbete eller studier
life-area-swedish-language = Svenska språket

life-area-household-economy-description = Pengar till mat, hyra och räkningar, och att planera så att pengarna räcker.
life-area-network-description = Människor du kan vända dig till: familj, vänner, grannar och föreningar.
life-area-welfare-system-description = Att veta hur samhällets stöd fungerar i Sverige och att använda det: Försäkringskassan, vården, skolan, och dina rättigheter och skyldigheter.
life-area-housing-description = Ett tryggt ställe att bo på, ditt hyreskontrakt och att söka bostad.
life-area-preschool-description = En plats för dina barn i förskola eller annan barnomsorg, så att du kan arbeta eller studera.
life-area-health-description = Hur du mår i kroppen och psykiskt, och att få vård när du behöver det.
life-area-work-studies-description = Din väg till ett arbete eller en utbildning: ditt mål, kurser, praktik och att söka jobb.
life-area-swedish-language-description = Att lära dig svenska och använda språket varje dag: på SFI, på jobbet och med andra människor.

level-in-crisis = I kris
level-struggling = Svårt
level-getting-help = Bättre med hjälp
level-mostly-managing = Klarar det mesta själv
level-managing = Klarar det själv
level-not-relevant = Inte aktuellt nu

level-in-crisis-description = Jag behöver hjälp nu. Det är akut.
level-struggling-description = Det är svårt, och jag får inte den hjälp jag behöver.
level-getting-help-description = Jag får hjälp, och det gör det lättare.
level-mostly-managing-description = Jag klarar det mesta själv, men ibland behöver jag hjälp.
level-managing-description = Jag klarar det här själv.
level-not-relevant-description = Det här gäller inte mig just nu.

obstacle-no-childcare = Ingen barnomsorg för mina barn
obstacle-health = Min hälsa
obstacle-language-requirement = De kräver mer svenska än jag kan
obstacle-missing-documents = Jag saknar papper
obstacle-missing-recognition = Min utbildning eller mitt yrke är inte godkänt ännu
obstacle-entry-requirements = Kraven gör att jag inte kommer in
obstacle-missing-basic-education = Jag behöver mer grundskola
obstacle-transport = Svårt att ta mig dit
obstacle-unstable-housing = Inget fast boende
obstacle-caring-for-family = Jag tar hand om någon i familjen
obstacle-parental-leave = Lång föräldraledighet
obstacle-not-knowing-rights = Jag känner inte till mina rättigheter, skyldigheter och möjligheter
obstacle-discrimination = Jag blir diskriminerad
obstacle-other = Något annat

obstacle-status-open = Öppet
obstacle-status-being-handled = Någon arbetar med det
obstacle-status-solved = Löst

# Varför en deltagare delar en del av sitt register.
purpose-joint-planning = Planera tillsammans
purpose-apply-step = Söka till ett steg
purpose-follow-up = Följa upp hur det går
purpose-evaluate-step = Hjälpa till att utvärdera stegen
purpose-other = Något annat

# De delar av registret som går att dela.
section-profile = Om mig
section-contacts = Mina kontakter
section-background = Min bakgrund
section-goals = Mina mål
section-steps = Mina steg
section-checkins = Mitt liv: avstämningar
section-obstacles = Hinder
section-notes = Anteckningar
