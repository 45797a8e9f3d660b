# My page: the overview of the record, and the extra words of the agency
# guide (its content is in guide.ftl).

home-lead = Halkan waxaad ka aragtaa meesha aad hadda joogto, waxa xiga iyo cidda waxa qabanaysa.
home-loading = Boggaaga ayaa la diyaarinayaa …

## Where I am now: the four stages

home-stage-title = Meesha aan hadda joogo
home-stage-list = Afarta marxaladood
home-stage-marker-chosen = Halkan ayaad joogtaa
home-stage-marker-suggested = La soo jeediyay
home-stage-chosen = Waxaad sheegtay inaad ku jirto marxaladdan: { $stage }.
home-stage-suggested = Tallaabooyinkaagu waxay soo jeedinayaan marxaladdan: { $stage }. Waa soo jeedin keliya. Adigu waad dooran kartaa.
home-stage-intake-description = Waad cusub tahay. Waxaad la kulantaa hay'adaha oo aad naftaada uga sheekaysaa.
home-stage-vision-description = Waxaad ka fikirtaa waxa aad rabto inaad samayso, oo waxaad samaysaa qorshe leh hadafyo.
home-stage-activity-description = Waxaad samaysaa waxyaabo kuu soo dhoweynaya hadafkaaga, tusaale ahaan koorso ama tababar shaqo (praktik).
home-stage-matching-description = Waxaad raadisaa shaqo ama meel waxbarasho, oo halkaas ayaad ka bilowdaa.
home-stage-change = Beddel marxaladdayda
home-stage-legend = Marxaladdee ayaad ku jirtaa?
home-stage-follow-steps = Tallaabooyinkayga ha soo jeediyaan (hadda: { $stage })
home-stage-save = Kaydi marxaladdayda
home-stage-cancel = Jooji
home-stage-saved = Marxaladdaada waa la kaydiyay.

## Next appointments

home-appointments-title = Ballamaha xiga
home-appointments-none = Ballamo soo socda ma lihid.
home-appointment-when = { $date } saacadda { $time }
home-appointment-place = Goobta:
home-appointment-with = La:
home-to-plan = Fur qorshahayga

## Who does what

home-agencies-title = Yaa qabanaya maxay
home-agencies-none = Ma lihid tallaabooyin socda ama la qorsheeyay.
home-step-status = Xaaladda: { $status }
home-step-contact = Qofka xiriirka:

## How my life is going

home-life-title = Sida noloshaydu u socoto
home-life-latest = Is-qiimeyntaadii ugu dambaysay: { $date }
home-life-none = Weli ma samayn is-qiimeyn. Is-qiimeyntu waxay muujisaa sida qaybaha noloshaadu u socdaan.
home-life-first = Samee is-qiimeyntayda ugu horraysa
home-to-life-areas = Eeg noloshayda

## Open obstacles

home-obstacles-title = Caqabado aan weli la xallin
home-obstacles-none = Ma lihid caqabado furan.
home-obstacle-status = Xaaladda: { $status }
home-to-obstacles = Eeg caqabadahayga

## Time in Sweden

home-time-title = Waqtiga Iswiidhan
home-days-ago = { $days ->
    [0] Taasi waa maanta.
    [one] Taasi waxay ahayd { $days } maalin ka hor.
   *[other] Taasi waxay ahayd { $days } maalmood ka hor.
}
home-permit = Sharciga deganaanshaha (uppehållstillstånd) waxaad heshay { $date }.
home-no-permit = Weli ma qorin goorta aad heshay sharciga deganaanshaha.

## The agency guide: the list of agencies at the top

home-guide-contents = Hay'adaha boggan ku jira
home-guide-yours = Waxa aad la leedahay iyaga
home-guide-back = Ku noqo liiska hay'adaha
