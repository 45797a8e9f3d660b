# My plan: final goals (slutmål) with their sub-goals (delmål), and the
# steps (insatser) with every agency: who does what, and when.

plan-title = My plan
plan-lead = Your goals, and the steps on the way there. Who does what, and when.
plan-loading = Getting your plan…
plan-add-goal = Add a final goal
plan-add-step = Add a step
plan-empty = You have no goals yet. A final goal is where you want to be, for example a job or studies.
plan-unlinked = Steps not linked to a goal
plan-goal-saved = The goal is saved.
plan-goal-deleted = The goal is deleted.

goal-final = Final goal
goal-sub = Sub-goal
goal-kind-label = Kind:
goal-occupation-label = Occupation:
goal-target = Reach it by { $date }
goal-state = Status: { $status }
goal-sub-count = { $count ->
    [one] { $count } sub-goal
   *[other] { $count } sub-goals
}
goal-step-count = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
goal-subgoals = Sub-goals on the way
goal-no-steps = No steps for this goal yet.
plan-closed-show = { $count ->
    [one] Show { $count } step that is done or cancelled
   *[other] Show { $count } steps that are done or cancelled
}
plan-closed-hide = Hide the steps that are done or cancelled
goal-edit = Change
goal-delete = Delete
goal-add-sub = Add a sub-goal
goal-delete-title = Delete this goal?
delete-steps-unlinked = These steps stay, but are no longer linked to the goal:

goal-form-new-final = New final goal
goal-form-new-sub = New sub-goal
goal-form-edit = Change the goal
goal-form-part-of = Sub-goal of:
goal-form-kind = What kind of goal is it?
goal-form-occupation = Which occupation?
goal-form-title = The goal in your own words
goal-form-title-hint-final = For example: Work as an assistant nurse.
goal-form-title-hint-sub = For example: Finish SFI course D.
goal-form-target = When do you want to reach it?
goal-form-status = Where does it stand?
goal-form-save = Save the goal
goal-form-cancel = Cancel

step-new-title = New step
step-title = Step
step-lead = A step is something you do on the way to your goals, for example a course, an internship or a meeting.
step-loading = Getting the step…
step-details = About the step
step-field-title = What is the step?
step-field-title-hint = For example: SFI course at the adult school.
step-field-type = What kind of step is it?
step-field-agency = Who is responsible for it?
step-field-contact = Your contact person
step-no-contact = No contact person
step-field-stage = Which part of the plan?
step-field-start = First day
step-field-end = Last day
step-field-goals = Which goals does it help?
step-no-goals = You have no goals yet. You can link the step to a goal later.
step-field-status = Where does it stand?
step-who = Who: { $agency }
step-who-with-contact = Who: { $agency } ({ $contact })
step-contact = Contact person:
step-state = Status: { $status }
step-next-appointment = Next appointment: { $when }
step-save = Save the step
step-saved = The step is saved.
step-back = Back to my plan
step-delete = Delete the step
step-delete-title = Delete this step?
step-not-found = This step is not in your record any more.

step-progress = Where it stands
step-progress-now = Now: { $status }
step-progress-change = New status
step-progress-submit = Change the status
step-progress-changed = The status is changed.
step-history = Everything that happened
step-history-entry = { $status }: { $time }

appointment-list = Appointments
appointment-none = No appointments yet.
appointment-number = Appointment { $number }
appointment-date = Date
appointment-time = Time (Swedish time)
appointment-hour = Hour
appointment-minute = Minute
appointment-place = Place
appointment-with = With whom
appointment-add = Add an appointment
appointment-remove = Remove this appointment
appointment-missing = Choose the day and the time of appointment { $number }.

evaluation-title = What did you think of it?
evaluation-lead = Only you write this. It helps you, and others, see what works.
evaluation-usefulness = How useful was it for you?
evaluation-score-1 = 1 – Not useful
evaluation-score-2 = 2 – A little useful
evaluation-score-3 = 3 – Quite useful
evaluation-score-4 = 4 – Useful
evaluation-score-5 = 5 – Very useful
evaluation-helped = What helped?
evaluation-hard = What was hard?
evaluation-save = Save my evaluation
evaluation-saved = Your evaluation is saved.
evaluation-choose = Choose how useful it was.

step-field-life-areas = Which parts of your life does this step help with?
step-field-life-areas-hint = Choose one or more, or none.
step-life-areas = Helps with:
