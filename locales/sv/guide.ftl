# Guiden till myndigheterna: vad varje myndighet kan hjälpa en nyanländ med, och
# vilka steg som är vanliga där. Myndighetskoderna finns i catalog.ftl. Ett steg per rad.

guide-title = Myndigheter och vad de gör
guide-lead = Här ser du vem som kan hjälpa dig med vad, så att du vet vart du ska vända dig.
guide-help-heading = Det här kan de hjälpa dig med
guide-steps-heading = Vanliga steg
guide-your-steps = { $count ->
    [one] Du har ett steg hos dem.
   *[other] Du har { $count } steg hos dem.
}
guide-your-contacts = Dina kontakter där:
guide-none-yet = Du har inga steg hos dem än.

guide-public-employment-service-help = Arbetsförmedlingen hjälper dig att hitta ett jobb eller en väg till studier. Om du är ny i Sverige kan du vara med i etableringsprogrammet. Där kan du lära dig svenska, göra praktik eller gå en kurs, och få dina kunskaper bedömda (validering). Om du säger ja kan de planera tillsammans med kommunen och andra, så att du inte behöver berätta allt flera gånger.
guide-public-employment-service-steps =
    Du skriver in dig hos Arbetsförmedlingen.
    Du träffar en handläggare. Be om tolk om du behöver.
    Ni gör en plan tillsammans: vad du ska göra och när.
    Du deltar i aktiviteter, till exempel SFI, praktik eller en kurs.
    Om du är med i etableringsprogrammet söker du pengar (etableringsersättning) hos Försäkringskassan.
    Du och din handläggare följer upp planen och ändrar den när det behövs.

guide-municipal-labour-market-help = Kommunens arbetsmarknadsenhet hjälper dig att komma närmare ett jobb, nära där du bor. De kan erbjuda arbetsträning, ibland ett jobb i kommunen under en tid, och vägledning. De arbetar ofta tillsammans med socialtjänsten, Arbetsförmedlingen och SFI.
guide-municipal-labour-market-steps =
    Ofta skickar socialtjänsten eller Arbetsförmedlingen dig dit.
    Ibland träffar du dem tillsammans med Arbetsförmedlingen och SFI.
    Ni pratar om vad du har gjort förut och vad du vill göra.
    Ni gör en plan tillsammans.
    Du börjar en aktivitet, till exempel arbetsträning.
    Ni träffas regelbundet och följer upp hur det går.

guide-social-services-help = Socialtjänsten är en del av kommunen. Där kan du söka ekonomiskt bistånd om du inte har tillräckligt med pengar att leva på. De ger också stöd till familjer och barn. Om du inte har någonstans att bo, kontakta dem.
guide-social-services-steps =
    Du söker ekonomiskt bistånd hos socialtjänsten.
    Du visar vilka pengar du har och vad du måste betala.
    En socialsekreterare går igenom din situation och beslutar.
    Oftast måste du vara inskriven hos Arbetsförmedlingen och vara med i aktiviteter.
    Oftast söker du igen varje månad.
    Berätta för dem om något ändras, till exempel din inkomst eller din familj.

guide-adult-education-help = Vuxenutbildningen (Komvux) finns i kommunen. Där kan du lära dig svenska på SFI (svenska för invandrare). Du kan också läsa skolämnen på grundskolans och gymnasiets nivå, och gå yrkesutbildningar. En studie- och yrkesvägledare hjälper dig att välja.
guide-adult-education-steps =
    Du anmäler dig till SFI i din kommun.
    De tar reda på vad du redan kan och ger dig en plats på rätt nivå.
    Du går på lektionerna och studerar.
    Du pratar med en studie- och yrkesvägledare om vad du kan läsa sedan.
    Du söker fler kurser, till exempel skolämnen eller en yrkesutbildning.
    Du får betyg eller ett intyg när du är klar.

guide-health-care-help = Vården sköts av regionen: gå till din vårdcentral när du är sjuk eller behöver råd. Många som är nya i Sverige får erbjudande om en gratis hälsoundersökning. Du kan också få hjälp om du mår dåligt efter svåra upplevelser (trauma). Ring 1177 för råd om vård, dygnet runt.
guide-health-care-steps =
    Du ringer din vårdcentral eller 1177, eller bokar tid på 1177.se.
    Säg när du bokar om du behöver tolk.
    Du träffar en sjuksköterska eller en läkare.
    De kan skicka dig vidare, till exempel till traumavård.
    Läkaren kan skriva ett intyg om en myndighet behöver det.
    Ring 112 om det är akut fara för liv.

guide-social-insurance-help = Försäkringskassan betalar ut olika slags pengar. Till exempel: etableringsersättning i etableringsprogrammet, föräldrapenning när du är hemma med ditt barn, barnbidrag och bostadsbidrag. Du kan få hjälp att söka på ett servicekontor.
guide-social-insurance-steps =
    Du söker på deras webbplats eller på ett servicekontor.
    Du skickar in de papper som de ber om.
    Försäkringskassan beslutar och skickar ett brev till dig.
    Pengarna kommer till ditt bankkonto.
    Berätta direkt om något ändras, till exempel din inkomst, din adress eller din familj.

guide-migration-agency-help = Migrationsverket beslutar om uppehållstillstånd och om att förlänga dem. De beslutar också om din familj får komma och bo med dig i Sverige (familjeåterförening). Om du inte kan använda ett pass från ditt hemland kan du söka ett resedokument hos dem. Spara alla brev du får från dem.
guide-migration-agency-steps =
    Du söker, ofta på webbplatsen migrationsverket.se.
    Du kan bli kallad till ett möte eller en intervju. Du kan få tolk.
    Du väntar på ett beslut. Det kan ta lång tid.
    Du får beslutet i ett brev. Be om hjälp om du inte förstår det.
    Om du inte håller med kan du överklaga. I brevet står det hur.
    Om ditt tillstånd är tillfälligt, sök förlängning innan det tar slut.

guide-tax-agency-help = Skatteverket sköter folkbokföringen. När du har uppehållstillstånd och ska bo i Sverige minst ett år, folkbokför du dig där på din adress. Då får du ett personnummer. Du behöver det för banken, vården, arbete och mycket annat. Om du inte kan folkbokföras kan du få ett samordningsnummer i stället. Skatteverket ger också ut id-kort och sköter skatten. Ett servicekontor kan hjälpa dig.
guide-tax-agency-steps =
    Du anmäler till Skatteverket att du bor i Sverige. Gå till ett servicekontor och ta med ditt pass och ditt uppehållstillståndskort.
    Skatteverket beslutar och skickar ett brev till dig. Då har du ett personnummer.
    Du bokar en tid på ett servicekontor och ansöker om id-kort. Du betalar en avgift. Om du inte har pass, fråga vad du kan göra.
    När du flyttar, berätta din nya adress för Skatteverket inom en vecka. Du kan göra det på skatteverket.se.
    När du arbetar dras skatt från din lön.
    Varje vår får du din deklaration. Kontrollera den och skicka in den före datumet i brevet.

guide-county-board-help = Länsstyrelsen är statens kontor i ditt län, din del av Sverige. Den planerar med kommunerna hur många nyanlända varje kommun tar emot. Den stöttar också kommunens samhällsorientering, där du lär dig om livet i Sverige på ditt eget språk. Oftast behöver du inte kontakta Länsstyrelsen själv.
guide-county-board-steps =
    Oftast träffar du inte Länsstyrelsen själv.
    Kommunen ger dig en plats i samhällsorientering.
    Du går kursen på ditt eget språk, eller på ett språk du kan bra.
    Du lär dig om rättigheter och skyldigheter, arbete, hälsa och barn i Sverige.
    Fråga kommunen eller SFI om du inte har fått en plats.

guide-school-office-help = Kommunen ansvarar för förskola och skola. Barn kan gå i förskola från ett års ålder. Avgiften (maxtaxa) beror på din inkomst. Skolan är obligatorisk från det år barnet fyller sex, i förskoleklass. Skolan och skollunchen är gratis. Barn som är nya i Sverige får snabbt en plats. De kan få undervisning i sitt eget språk (modersmålsundervisning) och hjälp med skolarbetet på sitt språk (studiehandledning).
guide-school-office-steps =
    Du söker en plats i förskolan hos kommunen, ofta på kommunens webbplats. Kommunen ska erbjuda en plats inom fyra månader.
    Du berättar vilken inkomst du har. Avgiften (maxtaxa) beror på den.
    Om ditt barn är i skolåldern kontaktar du kommunen. Barnet får snabbt en plats i en skola.
    Skolan tar reda på vad barnet redan kan. Sedan börjar barnet i en klass.
    Fråga om undervisning i barnets eget språk (modersmålsundervisning) och hjälp på det språket (studiehandledning).
    Du träffar läraren regelbundet. Be om tolk om du behöver.

guide-housing-office-help = Det kan ta lång tid att hitta en bostad i Sverige. Många kommuner har en bostadskö. Ställ dig i kön tidigt, för tiden i kön räknas. Du kan också hyra av en privat hyresvärd. Om kommunen ordnade din första bostad när du kom (bosättningslagen) kan kontraktet gälla en begränsad tid. Fråga kommunen vad som händer sedan. Hyresgästföreningen kan ge dig råd.
guide-housing-office-steps =
    Du ställer dig i bostadskön, ofta på kommunens webbplats. Gör det tidigt.
    Du letar efter lägenheter och söker dem. Svara snabbt när du får ett erbjudande.
    Du skriver på ett kontrakt. Ett förstahandskontrakt med hyresvärden är tryggast. Om du hyr av en annan hyresgäst (i andra hand), se till att få kontraktet skriftligt.
    Du kan ha rätt till bostadsbidrag från Försäkringskassan, till exempel om du har barn. Sök på deras webbplats.
    Om något är trasigt i din bostad, berätta det för hyresvärden.
    Om du har problem med hyresvärden, fråga Hyresgästföreningen om råd.

guide-council-for-higher-education-help = Universitets- och högskolerådet (UHR) bedömer utbildning från andra länder och säger vad den motsvarar i Sverige. Det kan vara gymnasieskola, yrkesutbildning efter gymnasiet eller universitet. Du får ett utlåtande, så att arbetsgivare och skolor förstår din utbildning. Det är gratis. Utlåtandet är ingen legitimation: vissa yrken, till exempel läkare, sjuksköterska eller lärare, kräver legitimation från en annan myndighet.
guide-council-for-higher-education-steps =
    Du ansöker på webbplatsen uhr.se. Det är gratis. Arbetsförmedlingen eller SFI kan hjälpa dig.
    Du skickar kopior av dina examensbevis och av listorna med dina kurser och betyg. UHR säger om de måste översättas.
    Om du saknar papper, fråga UHR vad du kan göra.
    Du väntar på utlåtandet. Det kan ta några månader.
    Du visar utlåtandet för arbetsgivare och skolor. Spara en kopia.
    För ett yrke som kräver legitimation söker du hos rätt myndighet, till exempel Socialstyrelsen för vårdyrken eller Skolverket för lärare.

guide-civil-society-help = Föreningar och frivilliga är inte myndigheter. Där kan du träffa människor, få ett nätverk och öva svenska. Det kan vara Röda korset, ett språkcafé, en kyrka eller en moské, eller en idrottsförening. Du kan också hjälpa andra som frivillig.
guide-civil-society-steps =
    Fråga på biblioteket, i kommunen eller på SFI vilka föreningar som finns nära dig.
    Gå till ett språkcafé och öva svenska.
    Prova en aktivitet du tycker om, till exempel idrott eller matlagning.
    Bli medlem om du trivs.
    Hjälp andra som frivillig. Det ger dig också erfarenhet att skriva i ditt CV.

guide-myself-help = Det är du som möter alla myndigheter, och du kan göra mycket själv. Spara dina papper och ta med ditt register till mötena. Säg vad du behöver, och fråga när du inte förstår. Du har rätt till tolk hos myndigheter, och du bestämmer själv vad du delar.
guide-myself-steps =
    Spara alla brev och papper på ett ställe.
    Skriv in dina steg och möten i Etapp.
    Säg i förväg om du behöver tolk.
    Ta med ditt register till mötena. Visa bara det du vill dela.
    Fråga vad varje steg är till för, och hur det hjälper dig mot ditt mål.
    Säg vad du behöver och vad som är svårt för dig.
