# The record: what goes wrong when saving or importing it. { $field } is
# the name of the value in the record file (for example steps[2].end_date).

record-error-invalid-value = The value of { $field } is not right. Check it and try again. Nothing was saved.
record-error-empty-title = { $field } is empty. Write something there and try again.
record-error-date-in-future = The date in { $field } has not happened yet. Check the date and try again.
record-error-end-before-start = The end date in { $field } comes before the start date. Change one of them and try again.
record-error-sub-goal-without-final-goal = A sub-goal must belong to a final goal ({ $field }). Choose a final goal first, or make this a final goal.
record-error-evaluation-too-early = You can evaluate a step when it is done or cancelled ({ $field }). Change its status first.
record-error-no-such-goal = There is no goal with number { $id }. Check the number and try again.
record-error-no-such-step = There is no step with number { $id }. Check the number and try again.
record-error-no-such-contact = There is no contact with number { $id }. Check the number and try again.
record-error-no-such-checkin = There is no check-in with number { $id }. Check the number and try again.
record-error-no-such-obstacle = There is no obstacle with number { $id }. Check the number and try again.
record-error-no-such-note = There is no note with number { $id }. Check the number and try again.
record-error-not-a-record = This file is not an Etapp record, or it is damaged (at { $field }). Nothing was changed. Choose a file made with "export-record".
record-error-not-empty = Your record already holds information, so nothing was imported. Import into a new, empty record.
record-error-duplicate-key = The file names { $field } twice, so Etapp cannot know which one is meant. Keep one of them and try again. Nothing was changed.
record-error-no-such-share = There is no share with number { $id }. Check the number with "etapp shares" and try again.
