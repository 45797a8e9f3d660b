# The vault: the encrypted record on this computer, its password and
# recovery code. Say what happened and what to do, in plain words.

vault-error-no-vault = There is no Etapp record in this folder yet. Create a new record, or choose the folder where your record is.
vault-error-key-file-missing = The key file of your record (vault.key) is missing. Without it the record cannot be opened. Put the file back from a backup, in the same folder.
vault-error-key-file-damaged = The key file of your record (vault.key) is damaged. Put the file back from a backup, in the same folder.
vault-error-database-missing = The file with your record (vault.db) is missing. Put the file back from a backup, in the same folder.
vault-error-database-does-not-open = Your record (vault.db) does not open with this key. The file may be damaged, or it belongs to another key file. Put back both files from the same backup.
vault-error-database-damaged = Your record file (vault.db) is damaged, so Etapp cannot read all of it. Do not delete the file: keep a copy of it. Then put your record back from a backup.
vault-error-wrong-passphrase = The password is not right. Check the keyboard language and Caps Lock, then try again. If you have forgotten it, use your recovery code.
vault-error-wrong-recovery-code = This recovery code does not open your record. Check that it is the newest code you wrote down for this record.
vault-error-mistyped-code = A number in the code is missing or wrong. Check each group of four numbers and type the code again.
vault-error-newer-version = Your record was made by a newer version of Etapp. Install the newest Etapp to open it. Nothing was changed.
vault-error-in-use = Your record is already open in another Etapp window or program. Close it there, then try again.
vault-error-already-exists = There is already a record in this folder, so nothing was changed. Open it with your password.
vault-error-passphrase-too-short = The password is too short. Use at least { $min } characters.
vault-error-invalid-auto-lock-minutes = The time before Etapp locks itself must be from { $min } to { $max } minutes.
vault-error-disk-full = The disk is full, so the last change was not saved. Everything you saved before is safe. Make space on the disk, then try again.
vault-error-storage = Etapp could not read or write the files of your record. Check that the disk is connected and that you may save there, then try again.
vault-error-database = Something went wrong inside your record. Close Etapp and open it again. If it happens again, put your record back from a backup.
vault-error-randomness = The computer could not make a secret key. Restart the computer, then try again.

# How strong a new password is.
passphrase-strength-too-short = Too short
passphrase-strength-weak = Weak: easy to guess
passphrase-strength-fair = Good
passphrase-strength-strong = Strong
passphrase-hint = Use at least { $min } characters. A few words that do not belong together are easy to remember and hard to guess.
