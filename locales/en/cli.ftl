# The etapp command line: help, questions and messages.
# The machine lines ("recovery code: …") are not here: they stay in English.

cli-about = Etapp keeps your own record of your way in Sweden, locked with a password on this computer.
cli-heading-usage = Usage
cli-heading-options = Options
cli-heading-commands = Commands
cli-usage-etapp = etapp [--vault FOLDER] [--lang LANGUAGE] COMMAND
cli-usage-init = etapp init
cli-usage-profile = etapp profile COMMAND
cli-usage-profile-set = etapp profile set [--name NAME] [--arrived DATE]
cli-usage-profile-show = etapp profile show
cli-usage-passwd = etapp passwd [--recovery-code CODE]
cli-value-folder = FOLDER
cli-value-language = LANGUAGE
cli-value-name = NAME
cli-value-date = DATE
cli-value-code = CODE

cli-arg-help = Show this help.
cli-arg-version = Show the version of Etapp.
cli-arg-vault = The folder of your record. If you leave it out: ETAPP_VAULT, or else the usual folder on this computer.
cli-arg-lang = The language of the messages: sv, en or ar. If you leave it out: ETAPP_LANG, or else the language of this computer.
cli-arg-name = Your name, as you want to be called.
cli-arg-arrived = The day you came to Sweden, as year-month-day, for example 2024-03-15.
cli-arg-recovery-code = Your recovery code. Write - to type it on the next line instead. Other people who use this computer can see a command line.

cli-cmd-init = Make a new, empty record. The password is taken from ETAPP_PASSPHRASE.
cli-cmd-profile = Show or change your profile.
cli-cmd-profile-set = Change your name or the day you came to Sweden.
cli-cmd-profile-show = Show your profile as JSON.
cli-cmd-passwd = Change your password. With your recovery code you can set a new password even if you forgot the old one.

cli-prompt-passphrase = Password:
cli-prompt-new-passphrase = New password:
cli-prompt-new-passphrase-again = New password again:

cli-init-done = Your record is ready. Write the recovery code below on paper and keep it in a safe place. It is the only way in if you forget your password.
cli-profile-saved = Your profile is saved.
cli-passwd-done = Your password is changed. Your recovery code still works.
cli-passwd-recovered = Your password is changed. Your old recovery code does not work any more. Write the new code below on paper and keep it in a safe place.

cli-error-no-secret = There is no password, and no terminal to ask for it. Set { $var } and try again.
cli-error-init-needs-passphrase = Put the password for the new record in { $var }, then run "etapp init" again.
cli-error-passphrases-differ = The two new passwords are not the same. Nothing was changed. Try again.
cli-error-unknown-language = The language "{ $lang }" is not available. Use sv, en or ar.
cli-error-no-vault-folder = Etapp found no folder for your record. Give one with --vault or ETAPP_VAULT.
cli-error-not-text = { $var } holds signs that are not text. Set it again and try again.
cli-error-read-input = Etapp could not read what you typed. Try again.
cli-error-unknown-argument = Etapp does not know { $arg }.
cli-error-unknown-command = Etapp has no command "{ $command }".
cli-error-missing-command = A command is missing. Choose one of: { $commands }.
cli-error-missing-argument = Something is missing: { $arg }.
cli-error-invalid-value = The value "{ $value }" does not fit { $arg }.
cli-error-usage = The command is not complete or not right.
cli-hint-help = Write "etapp --help" to see how to use it.
