# Close occupations: what a person "almost has", from Arbetsförmedlingen's
# open data (the substitutability of occupations). Used by the screen and
# by `etapp close-occupations`. Occupation and group names stay Swedish.

close-title = U dhow wixii aan qabtay
close-labels-swedish = Magacyada shaqooyinka iyo kooxahooda waxay ka yimaadeen Xafiiska Shaqada (Arbetsförmedlingen), waana af-Iswiidhish.
close-note = Xiriiradani waa qiimeynta guud ee Arbetsförmedlingen ee hawlaha shaqooyinka. Ballan shaqo ma aha. Aqoonsiga waxbarasho dibadda laga soo qaatay waa waddo kale.
close-own = Shaqooyinkaaga
close-very-close = Aad u dhow
close-somewhat-close = Xoogaa u dhow — tababar yar ayaa loo baahan yahay
close-same-group = Isla kooxda shaqada
close-nothing = Midna.
close-none = Taariikhdaadu weli kuma jirto shaqo liiska ka mid ah. Mid u dooro shaqo ama waxbarasho, shaqooyinka u dhowna halkan ayay ka muuqanayaan.
close-no-relations = Arbetsförmedlingen shaqo kuma xirto { $occupation }. Shaqooyinka kale ee kooxdeeda shaqo waa xiriir ka daciifsan:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [one] mid ka mid ah shaqooyinkaaga
       *[other] { $count } ka mid ah shaqooyinkaaga
    }
close-your-goal = horeba waa mid ka mid ah hadafyadaada
close-not-in-list = { $count ->
        [one] Hal shaqo oo diiwaankaaga ku jirta liiska kuma jirto mar dambe. Waa laga reebay.
       *[other] { $count } shaqo oo diiwaankaaga ku jira liiska kuma jiraan mar dambe. Waa laga reebay.
    }
close-goals = Hadafyadaada
close-goal-leads = Shaqooyinkaaga kuwan ayaa halkaas u horseeda: { $occupations }
close-goal-no-leads = Shaqooyinkaaga midna halkaas uma horseedo xogta Arbetsförmedlingen.
close-goal-own = Horeba waa mid ka mid ah shaqooyinkaaga.

# The ten major groups of SSYK 2012, the field of work, in everyday words.
ssyk-major-0 = Ciidan
ssyk-major-1 = Maamulayaal
ssyk-major-2 = Shaqo u baahan shahaado jaamacadeed oo heer sare ah
ssyk-major-3 = Shaqo u baahan waxbarasho jaamacadeed ama wax la mid ah
ssyk-major-4 = Shaqo xafiis iyo adeegga macaamiisha
ssyk-major-5 = Adeeg, daryeel iyo iib
ssyk-major-6 = Beeraha, beerta ubaxa, kaymaha iyo kalluumaysiga
ssyk-major-7 = Dhismaha iyo warshadaynta
ssyk-major-8 = Mashiinno, warshado iyo gaadiid
ssyk-major-9 = Shaqo u baahan tababar gaaban ama hordhac

# The screen.
close-open = Shaqooyin u dhow wixii aan qabtay
close-lead = Xafiiska Shaqada (Arbetsförmedlingen) wuxuu sheegaa shaqooyinka u dhow shaqooyinkii aad qabatay iyo waxa waxbarashadaadu kuu diyaarisay. Halkan ka eeg, midna ka dhig hadafkaaga.
close-guide-link = Yaa qiimeeya waxbarasho dibadda laga soo qaatay? Ka eeg UHR hagaha
close-goal-hint = Hadaf cusub waa hadaf kama dambays ah. Ku dar hadafyo yaryar iyo tallaabooyin Qorshahayga.
close-make-goal = Tan ka dhig hadafkayga
close-made-goal = { $occupation } hadda waa mid ka mid ah hadafyadaada.
close-to-plan = U gudub Qorshahayga
close-to-background = U gudub Taariikhdayda
close-loading = Shaqooyinka u dhow ayaa la raadinayaa…
