# Close occupations: what a person "almost has", from Arbetsförmedlingen's
# open data (the substitutability of occupations). Used by the screen and
# by `etapp close-occupations`. Occupation and group names stay Swedish.

close-title = Close to what I have done
close-labels-swedish = The names of the occupations and their groups come from Arbetsförmedlingen, in Swedish.
close-note = These links are Arbetsförmedlingen's general judgement about the work tasks of occupations. They are not a promise of a job. Having a foreign education recognised is a separate path.
close-own = Your occupations
close-very-close = Very close
close-somewhat-close = Somewhat close — some training needed
close-same-group = Same occupation group
close-nothing = None.
close-none = Your background names no occupation from the list yet. Choose one for a job or an education, and the close occupations show here.
close-no-relations = Arbetsförmedlingen links no occupations to { $occupation }. The other occupations in its occupation group are a weaker link:
close-occupation = { $occupation } — SSYK { $code } { $group } ({ $field })
close-leads-from = { $count ->
        [one] from one of your occupations
       *[other] from { $count } of your occupations
    }
close-your-goal = already one of your goals
close-not-in-list = { $count ->
        [one] One occupation in your record is no longer in the list. It was left out.
       *[other] { $count } occupations in your record are no longer in the list. They were left out.
    }
close-goals = Your goals
close-goal-leads = These of your occupations lead there: { $occupations }
close-goal-no-leads = None of your occupations leads there in Arbetsförmedlingen's data.
close-goal-own = It is one of your own occupations already.

# The ten major groups of SSYK 2012, the field of work, in everyday words.
ssyk-major-0 = Military
ssyk-major-1 = Managers
ssyk-major-2 = Work that needs a university degree at an advanced level
ssyk-major-3 = Work that needs a university education or the like
ssyk-major-4 = Office work and customer service
ssyk-major-5 = Service, care and sales
ssyk-major-6 = Farming, gardening, forestry and fishing
ssyk-major-7 = Building and manufacturing
ssyk-major-8 = Machines, manufacturing and transport
ssyk-major-9 = Work that needs a short training or an introduction

# The screen.
close-open = Jobs close to what I have done
close-lead = Arbetsförmedlingen says which jobs are close to the jobs you have had and to what your education trained you for. See them here, and make one your goal.
close-guide-link = Who assesses a foreign education? See UHR in the guide
close-goal-hint = A new goal is a final goal. Add smaller goals and steps to it in My plan.
close-make-goal = Make this my goal
close-made-goal = { $occupation } is now one of your goals.
close-to-plan = Go to My plan
close-to-background = Go to My background
close-loading = Finding close jobs…
