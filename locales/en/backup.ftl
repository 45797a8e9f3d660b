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
