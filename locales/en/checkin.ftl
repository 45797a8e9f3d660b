# Check-ins: how each part of life is going, from 1 (in crisis) to 5
# (I manage on my own), the star and each part over time. The names of the
# parts and the levels are in catalog.ftl (life-area-*, level-*).

## The screen "My life"

life-areas-title = My life
life-areas-lead = How the parts of your life are going, and how that changes over time.
life-areas-loading = Getting your check-ins…
life-areas-new = New check-in
life-areas-empty-title = What is a check-in?
life-areas-empty-what = In a check-in you say how each part of your life is going: money, housing, health, work and more.
life-areas-empty-scale = For each part you choose a number from { $low } to { $high }. { $low } means that you are in crisis. { $high } means that you manage on your own.
life-areas-empty-when = Do a check-in every month, or before a meeting. Then you and the people who help you can see what gets better, and where you need help.
life-areas-star-title = Your star
life-areas-star-lead = Your latest check-in. The further out from the middle, the better it is going.
life-areas-star-lead-compare = Your latest check-in compared with the one before. The further out from the middle, the better it is going.
life-areas-lines-title = Each part of your life over time
life-areas-lines-lead = One small chart for each part. Higher up is better.
life-areas-history-title = All your check-ins
life-areas-answered = { $count ->
    [one] One part answered
   *[other] { $count } parts answered
}
life-areas-edit = Change this check-in
life-areas-delete = Delete this check-in
life-areas-delete-title = Delete the check-in of { $date }?
life-areas-delete-what = Its levels and notes will be deleted too. You cannot undo this.
life-areas-saved = The check-in is saved.
life-areas-deleted = The check-in of { $date } is deleted.

## The form for a check-in

checkin-new-title = New check-in
checkin-title = Check-in
checkin-edit-title = Change the check-in of { $date }
checkin-lead = Say how each part of your life is going now. Choose a number for the parts that matter to you. You can skip a part.
checkin-loading = Getting the check-in…
checkin-not-found = This check-in is not there any more. Maybe it was deleted.
checkin-back = Back to my life
checkin-date = Date of the check-in
checkin-areas = Parts of your life
checkin-clear = Remove my answer
checkin-add-note = Add a note
checkin-area-note = Your note on { $area }
checkin-note = A note on the whole check-in (if you want)
checkin-note-hint = For example what has happened since last time, or what you want to talk about at a meeting.
checkin-save = Save the check-in
checkin-cancel = Cancel
checkin-error-no-answer = Choose a number for at least one part of your life. Then save again.
checkin-error-no-date = Choose the day, the month and the year of the check-in.
checkin-error-note-without-level = Choose a number for { $area }, or remove your note. Then save again.

## When a part of life is in crisis

checkin-crisis-help = If it is an emergency, call 112. For advice about health, call 1177 (Vårdguiden). For help from social services, contact your municipality.

## A level in words

checkin-level = { $number } – { $label }
checkin-not-answered = Not answered

## The star: the latest check-in compared with the one before

star-summary = { $count ->
    [one] Your star: one part of life, from the check-in of { $latest }.
   *[other] Your star: { $count } parts of life, from the check-in of { $latest }.
}
star-summary-compare = { $count ->
    [one] Your star: one part of life, the check-in of { $latest } compared with the check-in of { $previous }.
   *[other] Your star: { $count } parts of life, the check-in of { $latest } compared with the check-in of { $previous }.
}
star-legend-latest = Latest check-in: { $date }
star-legend-previous = The check-in before: { $date }
star-show-table = Show as a table
star-caption = Each part of your life
star-col-area = Part of life
star-col-previous = Before ({ $date })
star-col-latest = Latest ({ $date })
star-col-change = Change
star-better = Better
star-same = The same
star-worse = Worse
star-no-compare = Cannot compare

## Each part of life over time

lines-summary = { $direction ->
    [better] From { $from } to { $to }: better.
    [worse] From { $from } to { $to }: worse.
   *[same] From { $from } to { $to }: the same.
}
lines-summary-one = One answer: { $number } – { $label }.
lines-summary-none = No answer yet.
lines-show-table = Show all answers
lines-caption = { $area }: every answer
lines-col-date = Date
lines-col-level = Level
