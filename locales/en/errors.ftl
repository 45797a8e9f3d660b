# Errors the app and the command line share. Each says what happened and
# what to do next.

error-no-data-folder = Etapp cannot find a folder to keep your record in. Start it with --vault and a folder name.
error-app-failed = Etapp could not start. Restart the computer and try again.
error-unknown-language = The language “{ $language }” is not available. Choose one from the list.
error-save-failed = Etapp could not save. Nothing you saved before is lost. Try again.
error-disk-full = The disk is full, so Etapp could not save. Nothing you saved before is lost. Free some space and try again.
error-permission-denied = Etapp is not allowed to write in its folder. Nothing you saved before is lost. Ask someone you trust to check the folder's permissions.
error-unexpected = Something went wrong. Nothing you saved before is lost. Try again.
error-locked = Etapp is locked. Open it with your password.
file-error-too-large = The file is larger than { $megabytes } MB, so Etapp did not read it. Check that you chose the right file. Nothing was changed.
