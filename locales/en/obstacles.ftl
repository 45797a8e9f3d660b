# Obstacles (hinder): what stands in the way, who is handling it and since
# when, and when it was solved. The kinds and statuses themselves are in
# catalog.ftl (obstacle-*, obstacle-status-*).

obstacles-title = Obstacles
obstacles-lead = What stands in your way? Write it down once. Then you can show it at every meeting.
obstacles-loading = Getting your obstacles…
obstacles-add = Add an obstacle
obstacles-empty = You have not written down any obstacles. An obstacle is something that stops you, for example no childcare, or a course that asks for more Swedish than you know.
obstacles-now = In your way now
obstacles-none-now = Nothing stands in your way now.
obstacles-solved = Solved
obstacles-saved = The obstacle is saved.
obstacles-deleted = The obstacle is deleted.
obstacles-status-changed = Saved. Now: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = Noticed { $date }
obstacles-nobody = Nobody is handling it yet.
obstacles-open-by = { $by ->
    [contact] Who should handle it: { $contact }
    [both] Who should handle it: { $agency } ({ $contact })
   *[agency] Who should handle it: { $agency }
}
obstacles-handling = Being handled since { $date }
obstacles-handling-by = { $by ->
    [contact] Being handled by { $contact } since { $date }
    [both] Being handled by { $agency } ({ $contact }) since { $date }
   *[agency] Being handled by { $agency } since { $date }
}
obstacles-handling-undated = Someone is handling it.
obstacles-handling-undated-by = { $by ->
    [contact] Being handled by { $contact }
    [both] Being handled by { $agency } ({ $contact })
   *[agency] Being handled by { $agency }
}
obstacles-handled-from = Handled from { $date }
obstacles-handled-by = { $by ->
    [contact] Handled by { $contact }
    [both] Handled by { $agency } ({ $contact })
   *[agency] Handled by { $agency }
}
obstacles-handled-by-from = { $by ->
    [contact] Handled by { $contact } from { $date }
    [both] Handled by { $agency } ({ $contact }) from { $date }
   *[agency] Handled by { $agency } from { $date }
}
obstacles-solved-on = Solved on { $date }
obstacles-sensitive = Sensitive
obstacles-sensitive-note = Sensitive: only shared if you choose so.

obstacles-to-handled = Someone is handling it
obstacles-to-solved = Mark as solved
obstacles-to-open = Open again
obstacles-to-not-solved = Not solved after all
obstacles-edit = Change
obstacles-delete = Delete
obstacles-delete-title = Delete this obstacle?

obstacles-form-new = New obstacle
obstacles-form-edit = Change the obstacle
obstacles-form-kind = What stands in your way?
obstacles-form-description = Description
obstacles-form-description-hint = In your own words. You must write this if you chose “{ obstacle-other }”.
obstacles-form-status = Where does it stand?
obstacles-form-who = Who is handling it?
obstacles-form-who-hint = You can leave this empty.
obstacles-form-agency = Agency
obstacles-form-no-agency = No agency
obstacles-form-contact = Contact person
obstacles-form-no-contact = No contact person
obstacles-form-noticed = Noticed on
obstacles-form-since = Handled since
obstacles-form-solved-on = Solved on
obstacles-form-kind-missing = Choose what stands in your way.
obstacles-form-noticed-missing = Choose the day you noticed it.
obstacles-form-solved-missing = Choose the day it was solved.
obstacles-form-save = Save the obstacle
obstacles-form-cancel = Cancel
