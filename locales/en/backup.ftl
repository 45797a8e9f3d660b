# Backups: the whole record in one encrypted file, to put back on this or
# a new computer. Say what happened and what to do next.

backup-error-not-a-backup = This file is not a backup from Etapp. Check that you chose the right file.
backup-error-damaged = This backup is damaged, so it cannot be used. Try another backup, for example an older one.
backup-error-truncated = This backup is not complete: it ends too early. Perhaps the USB stick was pulled out while it was saved. Try another backup.
backup-error-newer-version = This backup was made by a newer version of Etapp. Install the newest Etapp to use it.
backup-error-disk-full = There is no space left where you save the backup, so it was not made. Your record is safe. Make space, or choose another place.
backup-error-write = Etapp could not save the backup there. Check that the USB stick or folder is still there and that you may save in it. Your record is safe.
backup-error-wrong-secret = The password or code does not open this backup. A backup opens with the password and recovery code you had when it was made. Try those.
backup-error-inside-vault = A backup cannot be saved in the same folder as your record. Choose another place, for example a USB stick.

## Dialogs.

backup-file-type = Backups of Etapp
backup-save-title = Save a backup
backup-open-title = Choose a backup
backup-folder-title = Choose the folder for automatic backups

## Settings: backups. Plain words: a backup is a copy of the whole record
## in one locked file.

backup-title = Backups
backup-lead = A backup is a copy of your whole record in one locked file. Keep it away from this computer, for example on a USB stick. If the computer is lost or broken, the backup brings your record back. It opens only with your password or your recovery code.
backup-example = This is the example with a made-up person. Etapp never makes backups of the example.
backup-none = You have no backup yet. If this computer is lost or broken, your record is lost too.
backup-last = Your last backup was made on { $date }.
backup-overdue = Your last backup was made on { $date }. It is time for a new one.
backup-new-key-notice = Your password or recovery code is new. Your older backups open only with the password and code you had when you made them. Make a new backup now.
backup-notice-title = Make a new backup
backup-now = Back up now
backup-now-busy = Making the backup…
backup-now-done = The backup is saved: { $file }
backup-auto-title = Automatic backups
backup-auto-hint = Etapp can make backups by itself while it is open, in a folder you choose, for example on a USB stick.
backup-folder = Folder for the backups
backup-folder-none = You have not chosen a folder.
backup-folder-choose = Choose a folder
backup-folder-change = Choose another folder
backup-interval = When should Etapp make a backup by itself?
backup-interval-off = Never, only when I ask
backup-interval-daily = Once a day
backup-interval-after-changes = After I change something (at most once an hour)
backup-keep = How many backups should be kept?
backup-keep-count = { $count ->
    [one] { $count } backup
   *[other] { $count } backups
}
backup-keep-hint = When there are more, Etapp deletes the oldest of its backups in the folder.
backup-schedule-save = Save
backup-schedule-busy = Saving…

## Checking a backup (the restore drill): nothing is changed.

backup-check-title = Check a backup
backup-check-hint = See what a backup holds, without changing anything. Do it now and then, so you know that your backup works before you need it.
backup-check-open = Check a backup
backup-check-lead = Choose a backup and type the password or the recovery code you had when you made it. Etapp opens it and tells you what it holds. Nothing is changed.
backup-check-submit = Check the backup
backup-check-busy = Opening and checking the backup. This takes a few seconds…
backup-check-another = Check another backup

backup-file = Backup file
backup-file-none = You have not chosen a file.
backup-file-chosen = You chose: { $file }
backup-file-choose = Choose the backup file
backup-file-change = Choose another file
backup-secret = How do you want to open the backup?
backup-secret-hint = Use the password or the recovery code you had when you made the backup.
backup-secret-passphrase = With the password
backup-secret-code = With the recovery code
backup-passphrase = Password of the backup
backup-code = Recovery code
backup-passphrase-missing = Type the password.
backup-code-missing = Type the recovery code.

backup-report-title = The backup works
backup-report-made = It was made on { $date }.
backup-report-name = It belongs to { $name }.
backup-report-holds = It holds:
backup-report-goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
backup-report-steps = { $count ->
    [one] { $count } step
   *[other] { $count } steps
}
backup-report-checkins = { $count ->
    [one] { $count } check-in
   *[other] { $count } check-ins
}
backup-report-obstacles = { $count ->
    [one] { $count } obstacle
   *[other] { $count } obstacles
}
backup-report-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
backup-report-contacts = { $count ->
    [one] { $count } contact person
   *[other] { $count } contact persons
}
backup-report-shares = { $count ->
    [one] { $count } share
   *[other] { $count } shares
}
backup-report-latest-checkin = Latest check-in: { $date }
backup-report-latest-note = Latest note: { $date }
backup-report-latest-step = Latest change to a step: { $date }
backup-report-latest-share = Latest share: { $date }
backup-report-fingerprint = Signature key:
backup-report-unchanged = Nothing was changed, not in the backup and not on this computer.

## "I have a backup": bringing the record back on this or a new computer.

backup-have = I have a backup
restore-title = Bring back your record from a backup
restore-lead = Choose your backup, for example on a USB stick. Then type the password or the recovery code you had when you made the backup.
restore-code-new = With the recovery code, you also choose a new password. Then you get a new recovery code to write down.
restore-new-passphrase = New password
restore-submit = Bring back my record
restore-busy = Bringing back your record. This takes a few seconds…
restore-present = There is already a record on this computer. Open it with your password, or with your recovery code if you forgot the password.
restore-mode = What do you want to do?
restore-mode-check = Only check what a backup holds. Nothing is changed.
restore-mode-replace = Bring back the backup in place of the record on this computer
restore-mode-replace-hint = Only if the record here is damaged, or if you have lost both its password and its recovery code. The record here is not deleted: Etapp moves it, whole, to a folder next to it.
restore-replace-submit = Bring back the backup in its place
restore-replaced-title = Your record is back
restore-replaced-aside = The record that was on this computer is not deleted. It is kept, whole, in this folder:

## Changing the password: a new key locks out old copies.

backup-rotate = Also lock out old copies of my record
backup-rotate-hint = Someone with an old copy of your record and your old password can then no longer open it. You get a new recovery code to write down.
backup-rotate-busy = Making a new key and saving the new password. This takes a few seconds…
