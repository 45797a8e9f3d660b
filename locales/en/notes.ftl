# Notes: dated free text for what fits nowhere else, each in the language
# it is written in. Language names come from the browser (Intl), not from
# here.

notes-title = Notes
notes-lead = Write down what you want to remember: what was said at a meeting, or a question for next time. You can write in any language.
notes-loading = Getting your notes…
notes-add = Write a note
notes-empty = You have no notes yet.
notes-list = Your notes
notes-saved = The note is saved.
notes-deleted = The note is deleted.
notes-written-in = Written in { $language }
notes-edit = Change
notes-delete = Delete
notes-delete-title = Delete this note?
notes-delete-what = The note from { $date }:

notes-form-new = New note
notes-form-edit = Change the note
notes-form-date = Date of the note
notes-form-date-missing = Choose the day of the note.
notes-form-language = Which language do you write in?
notes-form-language-hint = So that others know which language the note is in.
notes-form-text = Your note
notes-form-save = Save the note
notes-form-cancel = Cancel
