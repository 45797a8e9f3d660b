# My plan: final goals (slutmål) with their sub-goals (delmål), and the
# steps (insatser) with every agency: who does what, and when.

plan-title = መደበይ
plan-lead = ዕላማታትኩም፣ ናብኡ ንምብጻሕ ዘለዉ ስጉምትታትን። መን እንታይ ይገብር፣ መዓስ።
plan-loading = መደብኩም ይጽዓን ኣሎ…
plan-add-goal = መወዳእታ ዕላማ ወስኹ
plan-add-step = ስጉምቲ ወስኹ
plan-empty = ገና ዕላማ የብልኩምን። መወዳእታ ዕላማ ክትበጽሕዎ እትደልዩ ነገር እዩ፣ ንኣብነት ስራሕ ወይ ትምህርቲ።
plan-unlinked = ምስ ዕላማ ዘይተኣሳሰሩ ስጉምትታት
plan-goal-saved = ዕላማ ተዓቂቡ።
plan-goal-deleted = ዕላማ ተደምሲሱ።

goal-final = መወዳእታ ዕላማ
goal-sub = ንኡስ ዕላማ
goal-kind-label = ዓይነት:
goal-occupation-label = ሞያ:
goal-target = ክሳብ { $date } ንምብጻሕ
goal-state = ኩነታት: { $status }
goal-sub-count = { $count ->
    [one] { $count } ንኡስ ዕላማ
   *[other] { $count } ንኡሳን ዕላማታት
}
goal-step-count = { $count ->
    [one] { $count } ስጉምቲ
   *[other] { $count } ስጉምትታት
}
goal-subgoals = ኣብ መንገዲ ዘለዉ ንኡሳን ዕላማታት
goal-no-steps = ነዚ ዕላማ ገና ስጉምቲ የለን።
plan-closed-show = { $count ->
    [one] { $count } ዝተወደአ ወይ ዝተሰረዘ ስጉምቲ ኣርእዩ
   *[other] { $count } ዝተወድኡ ወይ ዝተሰረዙ ስጉምትታት ኣርእዩ
}
plan-closed-hide = ዝተወድኡ ወይ ዝተሰረዙ ስጉምትታት ሕብኡ
goal-edit = ቀይሩ
goal-delete = ደምስሱ
goal-add-sub = ንኡስ ዕላማ ወስኹ
goal-delete-title = ነዚ ዕላማ ክትድምስስዎ ትደልዩ ዶ?
delete-steps-unlinked = እዞም ስጉምትታት ይተርፉ፣ ግን ደጊም ምስቲ ዕላማ ኣይተኣሳሰሩን:

goal-form-new-final = ሓድሽ መወዳእታ ዕላማ
goal-form-new-sub = ሓድሽ ንኡስ ዕላማ
goal-form-edit = ዕላማ ቀይሩ
goal-form-part-of = ንኡስ ዕላማ ናይ:
goal-form-kind = እንታይ ዓይነት ዕላማ እዩ?
goal-form-occupation = ኣየናይ ሞያ?
goal-form-title = እቲ ዕላማ ብቓላትኩም
goal-form-title-hint-final = ንኣብነት: ከም ሓጋዚ ነርስ ምስራሕ።
goal-form-title-hint-sub = ንኣብነት: ኮርስ D ናይ SFI ምውዳእ።
goal-form-target = መዓስ ክትበጽሕዎ ትደልዩ?
goal-form-status = ኣበይ በጺሑ ኣሎ?
goal-form-save = ዕላማ ዕቀቡ
goal-form-cancel = ሕደጉ

step-new-title = ሓድሽ ስጉምቲ
step-title = ስጉምቲ
step-lead = ስጉምቲ ዕላማታትኩም ንምብጻሕ እትገብርዎ ነገር እዩ፣ ንኣብነት ኮርስ፣ ልምምድ ስራሕ ወይ ኣኼባ።
step-loading = ስጉምቲ ይጽዓን ኣሎ…
step-details = ብዛዕባ እቲ ስጉምቲ
step-field-title = እቲ ስጉምቲ እንታይ እዩ?
step-field-title-hint = ንኣብነት: ኮርስ SFI ኣብ ቤት ትምህርቲ ዓበይቲ።
step-field-type = እንታይ ዓይነት ስጉምቲ እዩ?
step-field-agency = ሓላፍነት ናይ መን እዩ?
step-field-contact = ናይ ርክብ ሰብኩም
step-no-contact = ናይ ርክብ ሰብ የለን
step-field-stage = ኣየናይ ክፍሊ ናይቲ መደብ?
step-field-start = ቀዳማይ መዓልቲ
step-field-end = መወዳእታ መዓልቲ
step-field-goals = ንኣየናይ ዕላማታት ይሕግዝ?
step-no-goals = ገና ዕላማ የብልኩምን። ነቲ ስጉምቲ ድሒርኩም ምስ ዕላማ ከተተኣሳስርዎ ትኽእሉ ኢኹም።
step-field-status = ኣበይ በጺሑ ኣሎ?
step-who = መን: { $agency }
step-who-with-contact = መን: { $agency } ({ $contact })
step-contact = ናይ ርክብ ሰብ:
step-state = ኩነታት: { $status }
step-next-appointment = ዝቕጽል ቆጸራ: { $when }
step-save = ስጉምቲ ዕቀቡ
step-saved = ስጉምቲ ተዓቂቡ።
step-back = ናብ መደበይ ተመለሱ
step-delete = ስጉምቲ ደምስሱ
step-delete-title = ነዚ ስጉምቲ ክትድምስስዎ ትደልዩ ዶ?
step-not-found = እዚ ስጉምቲ ደጊም ኣብ መዝገብኩም የለን።

step-progress = ኣበይ በጺሑ ኣሎ
step-progress-now = ሕጂ: { $status }
step-progress-change = ሓድሽ ኩነታት
step-progress-submit = ኩነታት ቀይሩ
step-progress-changed = ኩነታት ተቐይሩ።
step-history = ዝተፈጸመ ኩሉ
step-history-entry = { $status }: { $time }

appointment-list = ቆጸራታት
appointment-none = ገና ቆጸራ የለን።
appointment-number = ቆጸራ { $number }
appointment-date = ዕለት
appointment-time = ሰዓት (ሰዓት ሽወደን)
appointment-hour = ሰዓት
appointment-minute = ደቒቕ
appointment-place = ቦታ
appointment-with = ምስ መን
appointment-add = ቆጸራ ወስኹ
appointment-remove = ነዚ ቆጸራ ኣልግሱ
appointment-missing = ናይ ቆጸራ { $number } መዓልትን ሰዓትን ምረጹ።

evaluation-title = ብዛዕባኡ እንታይ ተሰሚዑኩም?
evaluation-lead = እዚ ንስኹም ጥራይ ኢኹም እትጽሕፍዎ። እንታይ ከም ዝሰርሕ ንክትርእዩ ንዓኹምን ንኻልኦትን ይሕግዝ።
evaluation-usefulness = ክንደይ ጠቒሙኩም?
evaluation-score-1 = 1 – ኣይጠቐመን
evaluation-score-2 = 2 – ቁሩብ ጠቒሙ
evaluation-score-3 = 3 – ብመጠኑ ጠቒሙ
evaluation-score-4 = 4 – ጠቒሙ
evaluation-score-5 = 5 – ኣዝዩ ጠቒሙ
evaluation-helped = እንታይ ሓጊዙ?
evaluation-hard = እንታይ ከቢዱ?
evaluation-save = ርእይቶይ ዕቀቡ
evaluation-saved = ርእይቶኹም ተዓቂቡ።
evaluation-choose = ክንደይ ከም ዝጠቐመ ምረጹ።

step-field-life-areas = እዚ ስጉምቲ ንኣየናይ ክፍልታት ሂወትኩም ይሕግዝ?
step-field-life-areas-hint = ሓደ ወይ ልዕሊኡ ምረጹ፣ ወይ ድማ ዋላ ሓደ።
step-life-areas = ዝሕግዘሉ:
