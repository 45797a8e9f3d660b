# Screens: first run, recovery code, unlock, recovery, home, settings.

welcome-start = Start my record
action-back = Back
action-continue = Continue
action-save = Save

nav-label = Main menu
nav-home = My page
nav-settings = Settings
nav-lock = Lock

passphrase-show = Show
passphrase-hide = Hide
passphrase-again = Type the password again
passphrase-mismatch = The two passwords are not the same. Type them again.

create-title = Choose a password
create-lead = The password locks your record. Only you should know it. Etapp cannot show it to you later.
create-passphrase = New password
create-busy = Making your locked record. This takes a few seconds…
create-submit = Create my record

code-title = Your recovery code
code-lead = If you forget your password, this code opens your record. Write it on paper now.
code-printed-on = Etapp recovery code, made { $date }
code-aria = Recovery code, in groups of four numbers
code-advice-write = Write down all the numbers, in the same order.
code-advice-keep = Keep the paper in a safe place at home, not with the computer.
code-advice-secret = Do not show the code to anyone. Anyone with the code can open your record.
code-print = Print the code
code-written = I have written it down

confirm-title = Check your recovery code
confirm-lead = Type two groups of numbers from your paper, so we know you have the code.
confirm-group = Group number { $number }
confirm-wrong = These numbers are not the same as in the code. Look at your paper and try again.
confirm-show-again = Show the code again

date-day = Day
date-month = Month
date-year = Year

profile-setup-title = About you
profile-lead = This is only for you. You decide later what to share.
profile-name = Your name
profile-name-hint = The name you want to be called.
profile-arrived = When did you come to Sweden?

home-title = My page
home-arrived = You came to Sweden on { $date }.
home-no-arrived = You have not written when you came to Sweden.
home-edit-profile = Change my details

unlock-title = Open your record
unlock-lead = Type your password to open your record.
unlock-passphrase = Password
unlock-busy = Opening your record. This takes a few seconds…
unlock-submit = Open
unlock-forgot = I forgot my password

recover-title = Forgot your password?
recover-lead = Use the recovery code from your paper. Then choose a new password. You will get a new recovery code.
recover-code = Recovery code
recover-code-hint = All the numbers. Spaces do not matter.
recover-new-passphrase = New password
recover-busy = Opening your record with the code. This takes a few seconds…
recover-submit = Open and save the new password

settings-title = Settings
settings-auto-lock = Locking
settings-auto-lock-label = Lock Etapp when I have not used it for
settings-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
settings-saved = Saved.
settings-passphrase = Change password
settings-current-passphrase = Your password now
settings-new-passphrase = New password
settings-passphrase-busy = Saving the new password. This takes a few seconds…
settings-passphrase-submit = Save the new password
settings-passphrase-saved = Your new password is saved. Your recovery code still works.
settings-check = Check my record
settings-check-hint = Etapp reads every part of your record file to see that nothing is damaged. This takes a moment.
settings-check-busy = Checking your record…
settings-check-whole = Your record is whole. Every part of it can be read.
settings-fingerprint = Your signature key
settings-fingerprint-hint = When you share something, it is signed with this key. A case worker can read these numbers to you to check that it came from you.

nav-plan = My plan
nav-background = My background
nav-profile = About me
nav-life-areas = My life
nav-obstacles = Obstacles
nav-notes = Notes
nav-guide = Agencies

delete-will-remove = This will be deleted:
delete-appointments = { $count ->
    [one] { $count } appointment
   *[other] { $count } appointments
}
delete-evaluations = { $count ->
    [one] { $count } evaluation
   *[other] { $count } evaluations
}
delete-status-changes = { $count ->
    [one] { $count } change of status
   *[other] { $count } changes of status
}
delete-cannot-undo = You cannot undo this.
delete-keep = No, keep it
delete-confirm = Yes, delete

welcome-try-example = Try with an example
welcome-try-example-hint = See how Etapp works with a made-up person. Nothing you do in the example is kept.
example-busy = Opening the example. This takes a few seconds…
example-banner = This is an example with a made-up person. Nothing you change here is kept.
example-leave = Leave the example
delete-steps-losing-contact = These steps stay, but no longer name this person:
delete-obstacles-losing-contact = { $count ->
    [one] One obstacle stays, but no longer names this person.
   *[other] { $count } obstacles stay, but no longer name this person.
}
