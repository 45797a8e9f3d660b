# Min bakgrund (kartläggning): utbildning, arbete, tiden före
# uppehållstillståndet, kunskaper, certifikat, körkort. Sedan väljaren av
# yrken (namnen från JobTech-listan finns bara på svenska).

background-title = Min bakgrund
background-lead = Det du har lärt dig och gjort, i Sverige och i andra länder. Skriv det här en gång. Då behöver du inte berätta det igen på varje kontor.
background-none = Inget här än.
background-saved = Sparat.
# { $name } är posten, med personens egna ord.
background-deleted = { $name } är borttaget.
background-delete-question = Vill du ta bort { $name }?
background-change = Ändra
background-delete = Ta bort
background-cancel = Avbryt
background-not-given = Inte angivet
background-country-none = Inte angivet
background-years-less = Mindre än ett år
background-years = { $years ->
    [one] { $years } år
   *[other] { $years } år
}
background-dates = { $start } till { $end }
background-since = Från { $start }
background-until = Till { $end }

background-education-title = Utbildning
background-education-hint = Skola, universitet, kurser och yrkesutbildning.
background-education-add = Lägg till en utbildning
background-education-new = Lägg till en utbildning
background-education-edit = Ändra en utbildning
background-education-untitled = Utbildning
background-education-level = Nivå
background-education-level-unknown = Jag vet inte
background-education-field = Ämne eller program
background-education-field-hint = Till exempel: sjuksköterska, mekanik, juridik.
background-education-occupation = Yrket som utbildningen ledde till (sök i listan)
background-education-country = Land
background-education-years = Hur lång var den?
background-education-completed = Jag gick klart utbildningen
background-education-documents = Jag har examensbeviset eller andra papper med mig
background-education-recognition = Är den godkänd i Sverige?
background-education-recognition-hint = I Sverige bedömer Universitets- och högskolerådet (UHR) utbildningar från andra länder.
background-education-finished = Klar
background-education-not-finished = Inte klar
background-education-has-documents = Papperen finns med mig
background-education-no-documents = Papperen finns inte med mig
background-education-recognition-fact = Godkänd i Sverige: { $status }

background-work-title = Arbete
background-work-hint = Jobb du har haft, i Sverige eller i ett annat land. Med lön eller utan.
background-work-add = Lägg till ett jobb
background-work-new = Lägg till ett jobb
background-work-edit = Ändra ett jobb
background-work-which = Vilket jobb?
background-work-occupation = Sök jobbet i listan
background-work-own-words = Jobbet med dina egna ord
background-work-own-words-hint = Skriv det här om du inte hittade jobbet i listan.
background-work-need-title = Välj ett jobb i listan, eller skriv jobbet med dina egna ord.
background-work-country = Land
background-work-years = Hur länge arbetade du?
background-work-tasks = Vad gjorde du på jobbet?
background-work-tasks-hint = Till exempel: Jag lagade mat till 200 personer varje dag.

background-asylum-title = Innan du fick uppehållstillstånd
background-asylum-hint = Det du lärde dig eller gjorde medan du väntade på beslut om asyl. Till exempel en kurs, ideellt arbete eller ett jobb. Det räknas också.
background-asylum-add = Lägg till något du gjorde
background-asylum-new = Vad gjorde du innan du fick uppehållstillstånd?
background-asylum-edit = Ändra något du gjorde innan du fick uppehållstillstånd
background-asylum-what = Vad gjorde eller lärde du dig?
background-asylum-what-hint = Till exempel: Jag tolkade för andra på boendet.
background-asylum-description = Berätta mer, om du vill
background-asylum-start = Första dagen
background-asylum-end = Sista dagen

background-skills-title = Kunskaper
background-skills-hint = Sådant du är bra på. Till exempel: köra truck, sy, datorer, tala dari.
background-skills-add = Lägg till en kunskap
background-skills-new = Lägg till en kunskap
background-skills-edit = Ändra en kunskap
background-skill-name = Kunskapen

background-certificates-title = Certifikat
background-certificates-hint = Papper som visar en kurs eller en behörighet. Till exempel truckkort eller en kurs i livsmedelshygien.
background-certificates-add = Lägg till ett certifikat
background-certificates-new = Lägg till ett certifikat
background-certificates-edit = Ändra ett certifikat
background-certificate-name = Vad visar det?
background-certificate-issuer = Vem gav det?
background-certificate-year = År

background-licence-title = Körkort
background-licence-hint = Ett körkort från Sverige eller från ett annat land.
background-licence-none = Du har inte lagt till något körkort.
background-licence-add = Lägg till ett körkort
background-licence-new = Lägg till ett körkort
background-licence-edit = Ändra körkortet
background-licence-classes = Behörigheter på kortet
background-licence-classes-hint = Till exempel: B, eller B och C1.
background-licence-country = Land som gav det
background-licence-name = Körkort { $classes }

occupation-hint = Skriv några bokstäver av jobbet. Listan är på svenska.
occupation-results = { $count ->
    [one] { $count } jobb hittades. Välj med piltangenterna.
   *[other] { $count } jobb hittades. Välj med piltangenterna.
}
occupation-none-found = Inget jobb hittades. Prova ett annat ord.
occupation-chosen = Ditt val:
occupation-chosen-status = Valt: { $name }
occupation-remove = Ta bort valet
occupation-ssyk = SSYK { $code }
occupation-unknown = Ett jobb som inte finns i den här listan
