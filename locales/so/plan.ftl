# My plan: final goals (slutmål) with their sub-goals (delmål), and the
# steps (insatser) with every agency: who does what, and when.

plan-title = Qorshahayga
plan-lead = Hadafyadaada, iyo tallaabooyinka loo marayo. Yaa qabanaya maxay, iyo goorma.
plan-loading = Qorshahaaga ayaa la diyaarinayaa…
plan-add-goal = Ku dar hadaf kama dambays ah
plan-add-step = Ku dar tallaabo
plan-empty = Weli hadaf ma lihid. Hadaf kama dambays ah waa meesha aad rabto inaad gaarto, tusaale ahaan shaqo ama waxbarasho.
plan-unlinked = Tallaabooyin aan hadaf ku xirnayn
plan-goal-saved = Hadafka waa la kaydiyay.
plan-goal-deleted = Hadafka waa la tirtiray.

goal-final = Hadaf kama dambays ah
goal-sub = Hadaf-hoosaad
goal-kind-label = Nooca:
goal-occupation-label = Shaqada:
goal-target = Gaar ilaa { $date }
goal-state = Xaaladda: { $status }
goal-sub-count = { $count ->
    [one] { $count } hadaf-hoosaad
   *[other] { $count } hadaf-hoosaad
}
goal-step-count = { $count ->
    [one] { $count } tallaabo
   *[other] { $count } tallaabo
}
goal-subgoals = Hadaf-hoosaadyada jidka ku yaal
goal-no-steps = Weli tallaabo looma samayn hadafkan.
plan-closed-show = { $count ->
    [one] Muuji { $count } tallaabo oo la dhammeeyay ama la joojiyay
   *[other] Muuji { $count } tallaabo oo la dhammeeyay ama la joojiyay
}
plan-closed-hide = Qari tallaabooyinka la dhammeeyay ama la joojiyay
goal-edit = Beddel
goal-delete = Tirtir
goal-add-sub = Ku dar hadaf-hoosaad
goal-delete-title = Ma tirtiraysaa hadafkan?
delete-steps-unlinked = Tallaabooyinkani way harayaan, laakiin mar dambe kuma xirnaanayaan hadafka:

goal-form-new-final = Hadaf kama dambays ah oo cusub
goal-form-new-sub = Hadaf-hoosaad cusub
goal-form-edit = Beddel hadafka
goal-form-part-of = Hadaf-hoosaad ka tirsan:
goal-form-kind = Hadafku waa nooc noocee ah?
goal-form-occupation = Shaqadee?
goal-form-title = Hadafka ereyadaada ku qor
goal-form-title-hint-final = Tusaale ahaan: Inaan ka shaqeeyo kalkaaliye caafimaad (undersköterska).
goal-form-title-hint-sub = Tusaale ahaan: Inaan dhammeeyo koorsada SFI D.
goal-form-target = Goormaad rabtaa inaad gaarto?
goal-form-status = Xaggee buu marayaa?
goal-form-save = Kaydi hadafka
goal-form-cancel = Jooji

step-new-title = Tallaabo cusub
step-title = Tallaabo
step-lead = Tallaabo waa wax aad samayso jidka hadafyadaada, tusaale ahaan koorso, tababar shaqo (praktik) ama kulan.
step-loading = Tallaabada ayaa la diyaarinayaa…
step-details = Tallaabada ku saabsan
step-field-title = Waa maxay tallaabadu?
step-field-title-hint = Tusaale ahaan: koorsada SFI ee dugsiga dadka waaweyn.
step-field-type = Tallaabadu waa nooc noocee ah?
step-field-agency = Yaa mas'uul ka ah?
step-field-contact = Qofkaaga xiriirka
step-no-contact = Qof xiriir ma jiro
step-field-stage = Qaybtee qorshaha?
step-field-start = Maalinta koowaad
step-field-end = Maalinta ugu dambaysa
step-field-goals = Hadafyadee ayay caawinaysaa?
step-no-goals = Weli hadaf ma lihid. Tallaabada hadaf ayaad ku xiri kartaa goor dambe.
step-field-status = Xaggee bay marayso?
step-who = Cidda: { $agency }
step-who-with-contact = Cidda: { $agency } ({ $contact })
step-contact = Qofka xiriirka:
step-state = Xaaladda: { $status }
step-next-appointment = Ballanta xigta: { $when }
step-save = Kaydi tallaabada
step-saved = Tallaabada waa la kaydiyay.
step-back = Ku noqo qorshahayga
step-delete = Tirtir tallaabada
step-delete-title = Ma tirtiraysaa tallaabadan?
step-not-found = Tallaabadani kuma jirto diiwaankaaga mar dambe.

step-progress = Xaggee bay marayso
step-progress-now = Hadda: { $status }
step-progress-change = Xaalad cusub
step-progress-submit = Beddel xaaladda
step-progress-changed = Xaaladda waa la beddelay.
step-history = Wax kasta oo dhacay
step-history-entry = { $status }: { $time }

appointment-list = Ballamo
appointment-none = Weli ballan ma jirto.
appointment-number = Ballanta { $number }
appointment-date = Taariikhda
appointment-time = Waqtiga (saacadda Iswiidhan)
appointment-hour = Saacad
appointment-minute = Daqiiqad
appointment-place = Goobta
appointment-with = Yaad la kulmaysaa
appointment-add = Ku dar ballan
appointment-remove = Ka saar ballantan
appointment-missing = Dooro maalinta iyo waqtiga ballanta { $number }.

evaluation-title = Maxaad ka qabtay?
evaluation-lead = Adiga keliya ayaa tan qora. Waxay kaa caawinaysaa adiga, iyo dadka kale, inaad aragtaan waxa shaqeeya.
evaluation-usefulness = Intee bay kuu faa'iido lahayd?
evaluation-score-1 = 1 – Faa'iido ma lahayn
evaluation-score-2 = 2 – Faa'iido yar
evaluation-score-3 = 3 – Faa'iido dhexdhexaad ah
evaluation-score-4 = 4 – Faa'iido leh
evaluation-score-5 = 5 – Faa'iido badan
evaluation-helped = Maxaa ku caawiyay?
evaluation-hard = Maxaa adkaa?
evaluation-save = Kaydi qiimeyntayda
evaluation-saved = Qiimeyntaada waa la kaydiyay.
evaluation-choose = Dooro intay faa'iido lahayd.

step-field-life-areas = Qaybahee noloshaada ah ayay tallaabadani ka caawinaysaa?
step-field-life-areas-hint = Dooro mid ama dhowr, ama midna.
step-life-areas = Waxay ka caawisaa:
