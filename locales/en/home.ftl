# My page: the overview of the record, and the extra words of the agency
# guide (its content is in guide.ftl).

home-lead = Here you see where you are now, what comes next and who does what.
home-loading = Getting your page ready …

## Where I am now: the four stages

home-stage-title = Where I am now
home-stage-list = The four stages
home-stage-marker-chosen = You are here
home-stage-marker-suggested = Suggested
home-stage-chosen = You said you are in this stage: { $stage }.
home-stage-suggested = Your steps suggest this stage: { $stage }. It is only a suggestion. You can choose yourself.
home-stage-intake-description = You are new. You meet the agencies and tell them about yourself.
home-stage-vision-description = You think about what you want to do, and make a plan with goals.
home-stage-activity-description = You do things that bring you closer to your goal, for example a course or an internship.
home-stage-matching-description = You look for a job or a place to study, and start there.
home-stage-change = Change my stage
home-stage-legend = Which stage are you in?
home-stage-follow-steps = Let my steps suggest it (now: { $stage })
home-stage-save = Save my stage
home-stage-cancel = Cancel
home-stage-saved = Your stage is saved.

## Next appointments

home-appointments-title = Next appointments
home-appointments-none = You have no appointments coming.
home-appointment-when = { $date } at { $time }
home-appointment-place = Place:
home-appointment-with = With:
home-to-plan = Open my plan

## Who does what

home-agencies-title = Who does what
home-agencies-none = You have no steps going on or planned.
home-step-status = Status: { $status }
home-step-contact = Contact person:

## How my life is going

home-life-title = How my life is going
home-life-latest = Your latest check-in: { $date }
home-life-none = You have not made a check-in yet. A check-in shows how the parts of your life are going.
home-life-first = Make my first check-in
home-to-life-areas = See my life

## Open obstacles

home-obstacles-title = Obstacles not solved yet
home-obstacles-none = You have no open obstacles.
home-obstacle-status = Status: { $status }
home-to-obstacles = See my obstacles

## Time in Sweden

home-time-title = Time in Sweden
home-days-ago = { $days ->
    [0] That is today.
    [one] That is { $days } day ago.
   *[other] That is { $days } days ago.
}
home-permit = You got your residence permit on { $date }.
home-no-permit = You have not written when you got your residence permit.

## The agency guide: the list of agencies at the top

home-guide-contents = Agencies on this page
home-guide-yours = What you have with them
home-guide-back = Back to the list of agencies
