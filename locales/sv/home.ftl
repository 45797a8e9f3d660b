# Min sida: översikten över registret, och de extra orden i guiden om
# myndigheterna (själva innehållet finns i guide.ftl).

home-lead = Här ser du var du är nu, vad som händer sedan och vem som gör vad.
home-loading = Gör i ordning din sida …

## Var jag är nu: de fyra faserna

home-stage-title = Var jag är nu
home-stage-list = De fyra faserna
home-stage-marker-chosen = Du är här
home-stage-marker-suggested = Förslag
home-stage-chosen = Du har sagt att du är i den här fasen: { $stage }.
home-stage-suggested = Dina steg visar på den här fasen: { $stage }. Det är bara ett förslag. Du kan välja själv.
home-stage-intake-description = Du är ny. Du träffar myndigheterna och berättar om dig själv.
home-stage-vision-description = Du tänker på vad du vill göra och gör en plan med mål.
home-stage-activity-description = Du gör saker som tar dig närmare ditt mål, till exempel en kurs eller praktik.
home-stage-matching-description = Du söker ett jobb eller en plats att studera på, och börjar där.
home-stage-change = Ändra min fas
home-stage-legend = Vilken fas är du i?
home-stage-follow-steps = Låt mina steg föreslå fasen (nu: { $stage })
home-stage-save = Spara min fas
home-stage-cancel = Avbryt
home-stage-saved = Din fas är sparad.

## Nästa möten

home-appointments-title = Nästa möten
home-appointments-none = Du har inga möten framför dig.
home-appointment-when = { $date } kl. { $time }
home-appointment-place = Plats:
home-appointment-with = Med:
home-to-plan = Öppna min plan

## Vem gör vad

home-agencies-title = Vem gör vad
home-agencies-none = Du har inga steg som pågår eller är planerade.
home-step-status = Läge: { $status }
home-step-contact = Kontaktperson:

## Hur mitt liv går

home-life-title = Hur mitt liv går
home-life-latest = Din senaste avstämning: { $date }
home-life-none = Du har inte gjort någon avstämning än. En avstämning visar hur det går i olika delar av ditt liv.
home-life-first = Gör min första avstämning
home-to-life-areas = Se mitt liv

## Hinder som inte är lösta

home-obstacles-title = Hinder som inte är lösta än
home-obstacles-none = Du har inga öppna hinder.
home-obstacle-status = Läge: { $status }
home-to-obstacles = Se mina hinder

## Tid i Sverige

home-time-title = Tid i Sverige
home-days-ago = { $days ->
    [0] Det är i dag.
    [one] Det är { $days } dag sedan.
   *[other] Det är { $days } dagar sedan.
}
home-permit = Du fick uppehållstillstånd { $date }.
home-no-permit = Du har inte skrivit när du fick uppehållstillstånd.

## Guiden om myndigheterna: listan överst

home-guide-contents = Myndigheter på den här sidan
home-guide-yours = Det du har med dem
home-guide-back = Tillbaka till listan över myndigheter
