# The reader: what a case worker sees of a share. Labels for the summary
# and the printable page.

reader-title = Shared from Etapp
reader-to = For
reader-purpose = Purpose
reader-created = Made
reader-expires = Can be opened until
reader-signer = Signature key
reader-seen = On this computer
reader-first-seen = Seen for the first time.
reader-seen-before = Seen before, first on { $date }.
reader-language = The person's language
reader-sensitive = Sensitive information
reader-promise = The signature shows that nothing was changed since the person made this share, and that it comes from the same record as other shares with the same numbers. It does not show who the person is: read the numbers of the signature key together with them.
reader-only-items = Only some items of this part were shared.
reader-empty = Nothing here.
reader-yes = Yes
reader-no = No

## About me
reader-name = Name
reader-arrived = Came to Sweden
reader-permit-name = Name on the residence permit card
reader-pin = Personal identity number
reader-case-number = Case number at the Migration Agency
reader-permit-date = Residence permit granted
reader-municipality = Municipality
reader-adults = Adults in the household
reader-child-born = Child born in
reader-language-spoken = Language
reader-programme = In the establishment programme
reader-programme-since = Since

## Contacts
reader-agency = Agency
reader-unit = Unit or office
reader-phone = Phone
reader-email = E-mail
reader-note = Note

## Background
reader-education = Education
reader-education-level = Level
reader-country = Country
reader-years = Years
reader-completed = Completed
reader-documents = Has the papers
reader-recognition = Recognition in Sweden
reader-work = Work
reader-occupation = Occupation
reader-tasks = Tasks
reader-kind = Kind
reader-skill = Skill
reader-issuer = Issued by
reader-year = Year
reader-driving-licence = Driving licence
reader-classes = Classes
reader-asylum-period = Before the residence permit
reader-description = Description
reader-start = Start
reader-end = End

## Goals and steps
reader-goal-kind = Kind of goal
reader-target-date = Target date
reader-status = Status
reader-sub-goal-of = Sub-goal of
reader-stage-now = The stage I am in
reader-stage = Stage
reader-step-type = Kind of step
reader-contact = Contact person
reader-for-goal = For the goal
reader-life-areas = Parts of life
reader-history = Status changed
reader-appointment = Meeting
reader-usefulness = How useful
reader-usefulness-of-five = { $score } of 5
reader-helped = What helped
reader-hard = What was hard

## Obstacles and notes
reader-handled-by = Handled by
reader-noticed = Noticed
reader-handling-since = Being handled since
reader-solved-on = Solved
reader-written-in = Written in

## What changed across shares of one person (etapp open OLD NEW …).
compare-title = What changed
compare-bundles = Shares, oldest first
compare-bundle = { $n }. Made { $created }
compare-period = From { $from } to { $to }
compare-not-shared = Not shared both times, so not compared: { $parts }
compare-sensitive-left-out = Sensitive information was shared only one of the times. It is left out here.
compare-nothing = Nothing changed.
compare-change = { $before } → { $after }
compare-latest-checkin = Latest check-in
compare-checkins-added = New check-ins
compare-none = none
compare-no-level = no level
compare-stage-none = not chosen
compare-stage-same = { $stage } (no change)
compare-steps-added = New steps
compare-steps-status = Steps with a new status
compare-steps-removed = Steps no longer in the plan
compare-obstacles-added = New obstacles
compare-obstacles-solved = Solved obstacles
compare-obstacles-status = Obstacles with a new status
compare-obstacles-removed = Obstacles no longer listed
compare-goals-added = New goals
compare-goals-reached = Goals reached
compare-goals-status = Goals with a new status
compare-goals-removed = Goals no longer listed
compare-noticed-on = noticed { $date }
compare-solved-on = solved { $date }

## A report across participants (etapp report). Only codes and numbers.
report-title = Evaluation of steps, from shares for evaluation
report-counted = Participants counted: { $count }
report-replaced = Earlier shares replaced by a later one from the same participant: { $count }
report-min-group = Groups with fewer than { $count } participants are not shown, so no one can be singled out.
report-steps-heading = Steps, by type and agency
report-participants = Participants: { $count }
report-steps-by-status = Steps now
report-median-days = Median days from planned to done
report-decimal-separator = {"."}
report-none = none
report-usefulness = How useful, 1 to 5 (number of ratings)
report-fewer-than = Fewer than 5 participants: not shown.
report-areas-heading = Life areas: change from the first check-in to the last
report-area = { $count } participants, median { $median } (changes: { $spread })
report-skipped = Shares skipped: { $count }
report-skip-not-for-evaluation = not shared for evaluation
report-skip-expired = expired
report-skip-wrong-key = your key does not open it, or it is damaged
report-skip-not-a-bundle = not a share from Etapp
report-skip-truncated = the file ends too early
report-skip-signature = changed after it was made
report-skip-newer-version = made by a newer version of Etapp
report-skip-too-large = too large
report-skip-unreadable = could not be read
