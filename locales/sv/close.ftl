# Närliggande yrken: vad en person "nästan har", ur Arbetsförmedlingens
# öppna data (släktskap mellan yrken). Används av skärmen och av
# `etapp close-occupations`. Yrkes- och gruppnamnen är på svenska.

close-title = Nära det jag har gjort
close-labels-swedish = Namnen på yrkena och deras grupper kommer från Arbetsförmedlingen, på svenska.
close-note = Länkarna är Arbetsförmedlingens allmänna bedömning av yrkenas arbetsuppgifter. De är inget löfte om ett jobb. Att få en utländsk utbildning bedömd är en egen väg.
close-own = Dina yrken
close-very-close = Mycket nära
close-somewhat-close = Ganska nära — viss utbildning behövs
close-same-group = Samma yrkesgrupp
close-nothing = Inga.
close-none = Din bakgrund har inget yrke ur listan än. Välj ett för ett jobb eller en utbildning, så visas närliggande yrken här.
close-no-relations = Arbetsförmedlingen länkar inga yrken till { $occupation }. De andra yrkena i samma yrkesgrupp är en svagare länk:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [one] från ett av dina yrken
       *[other] från { $count } av dina yrken
    }
close-your-goal = redan ett av dina mål
close-not-in-list = { $count ->
        [one] Ett yrke i ditt register finns inte längre i listan. Det är utelämnat.
       *[other] { $count } yrken i ditt register finns inte längre i listan. De är utelämnade.
    }
close-goals = Dina mål
close-goal-leads = De här av dina yrken leder dit: { $occupations }
close-goal-no-leads = Inget av dina yrken leder dit i Arbetsförmedlingens data.
close-goal-own = Det är redan ett av dina egna yrken.

# SSYK 2012:s tio yrkesområden (en siffra), med SCB:s namn.
ssyk-major-0 = Militära yrken
ssyk-major-1 = Chefsyrken
ssyk-major-2 = Yrken med krav på fördjupad högskolekompetens
ssyk-major-3 = Yrken med krav på högskolekompetens eller motsvarande
ssyk-major-4 = Yrken inom administration och kundtjänst
ssyk-major-5 = Service-, omsorgs- och försäljningsyrken
ssyk-major-6 = Yrken inom lantbruk, trädgård, skogsbruk och fiske
ssyk-major-7 = Yrken inom byggverksamhet och tillverkning
ssyk-major-8 = Yrken inom maskinell tillverkning och transport
ssyk-major-9 = Yrken med krav på kortare utbildning eller introduktion

# Skärmen.
close-open = Yrken nära det jag har gjort
close-lead = Arbetsförmedlingen säger vilka yrken som ligger nära de jobb du har haft och det som din utbildning ledde till. Se dem här, och gör ett av dem till ditt mål.
close-guide-link = Vem bedömer en utländsk utbildning? Se UHR i guiden
close-goal-hint = Ett nytt mål blir ett slutmål. Lägg till mindre mål och steg till det i Min plan.
close-make-goal = Gör det här till mitt mål
close-made-goal = { $occupation } är nu ett av dina mål.
close-to-plan = Gå till Min plan
close-to-background = Gå till Min bakgrund
close-loading = Letar efter yrken som ligger nära …
