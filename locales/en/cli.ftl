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
cli-usage-passwd = etapp passwd [--recovery-code CODE] [--rotate]
cli-value-folder = FOLDER
cli-value-language = LANGUAGE
cli-value-name = NAME
cli-value-date = DATE
cli-value-code = CODE

cli-arg-help = Show this help.
cli-arg-version = Show the version of Etapp.
cli-arg-vault = The folder of your record. If you leave it out: ETAPP_VAULT, or else the usual folder on this computer.
cli-arg-lang = The language of the messages: { $languages }. If you leave it out: ETAPP_LANG, or else the language of this computer.
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
cli-error-no-code = There is no code, and no terminal to ask for it. Give it with --code, or set { $var }, and try again.
cli-error-init-needs-passphrase = Put the password for the new record in { $var }, then run "etapp init" again.
cli-error-passphrases-differ = The two new passwords are not the same. Nothing was changed. Try again.
cli-error-unknown-language = The language "{ $lang }" is not available. Use { $languages }.
cli-error-no-vault-folder = Etapp found no folder for your record. Give one with --vault or ETAPP_VAULT.
cli-error-not-text = { $var } holds signs that are not text. Set it again and try again.
cli-error-read-input = Etapp could not read what you typed. Try again.
cli-error-unknown-argument = Etapp does not know { $arg }.
cli-error-unknown-command = Etapp has no command "{ $command }".
cli-error-missing-command = A command is missing. Choose one of: { $commands }.
cli-error-missing-argument = Something is missing: { $arg }.
cli-error-invalid-value = The value "{ $value }" does not fit { $arg }.
cli-error-usage = The command is not complete or not right.
cli-error-conflict = { $arg } cannot be used together with { $other }. Choose one of them.
cli-error-repeated = { $arg } is given more than once. Give it once.
cli-hint-help = Write "etapp --help" to see how to use it.

# The record: steps, export, import, demo.
cli-usage-step = etapp step COMMAND
cli-usage-step-add = etapp step add --title TEXT --type CODE --agency CODE --stage CODE [--status CODE] [--start DATE] [--end DATE] [--goal ID]… [--contact ID] [--life-area CODE]…
cli-usage-step-status = etapp step status ID STATUS
cli-usage-export-record = etapp export-record
cli-usage-import-record = etapp import-record FILE
cli-usage-demo = etapp demo
cli-value-text = TEXT
cli-value-id = ID
cli-value-file = FILE
cli-cmd-step = Add a step, or change its status.
cli-cmd-step-add = Add a step to your record. Prints its number on a line "id: ".
cli-cmd-step-status = Change the status of a step: proposed, planned, ongoing, done, paused or cancelled.
cli-cmd-export-record = Print your whole record as JSON.
cli-cmd-import-record = Read a record file (made with export-record) into a new, empty record.
cli-cmd-demo = Fill a new, empty record with an example person, to try Etapp.
cli-arg-step-title = What the step is, in your words.
cli-arg-step-type = The kind of step, for example sfi_course, internship or job_search.
cli-arg-step-agency = Who is responsible, for example public_employment_service, adult_education or myself.
cli-arg-step-stage = The stage: intake, vision, activity or matching.
cli-arg-step-status = The status: proposed, planned, ongoing, done, paused or cancelled. If you leave it out: planned.
cli-arg-step-start = The first day, as year-month-day.
cli-arg-step-end = The last day, as year-month-day.
cli-arg-step-goal = The number of a goal the step serves. You can give it more than once.
cli-arg-step-contact = The number of your contact person for the step.
cli-arg-step-id = The number of the step.
cli-arg-import-file = The record file to read.
cli-step-added = The step is saved.
cli-step-status-saved = The status of the step is saved.
cli-usage-checkin = etapp checkin COMMAND
cli-usage-checkin-add = etapp checkin add [--date DATE] [--note TEXT] AREA=LEVEL…
cli-value-area-level = AREA=LEVEL
cli-cmd-checkin = Say how the areas of your life are going.
cli-cmd-checkin-add = Add a check-in: for each area, a level from 1 (in crisis) to 5 (I manage on my own), or not_relevant. Prints its number on a line "id: ".
cli-arg-checkin-date = The day of the check-in, as year-month-day. If you leave it out: today.
cli-arg-checkin-note = A note on the whole check-in.
cli-arg-checkin-levels = An area and its level, for example housing=2 or preschool=not_relevant. Areas: household_economy, network, welfare_system, housing, preschool, health, work_studies, swedish_language.
cli-arg-step-life-area = An area of your life the step helps with, for example housing. You can give it more than once.
cli-checkin-added = The check-in is saved.
cli-import-done = Your record is imported.
cli-demo-done = The example person is in the record. Try Etapp with it; make a new record for your own information.
cli-error-read-file = Etapp could not read the file { $path }. Check the name and that you may read it, then try again.

# Checking the record.
cli-usage-check = etapp check
cli-cmd-check = Check that every part of your record file is whole and can be read.
cli-check-whole = Your record is whole: every part of it can be read.

# Sharing, and the case worker's reader.
cli-usage-share = etapp share --to TEXT [--agency CODE] [--unit TEXT] --purpose CODE [--purpose-text TEXT] [--sections LIST] [--items LIST] [--include-sensitive] [--expires-in DAYS] [--recipient KEY] [--out FILE] [--page FILE]
cli-usage-shares = etapp shares [withdraw ID]
cli-usage-shares-withdraw = etapp shares withdraw ID
cli-usage-open = etapp open FILE… [--code CODE… | --identity FILE] [--json | --html FILE]
cli-usage-forget-seen = etapp forget-seen
cli-value-list = LIST
cli-value-days = DAYS
cli-value-key = KEY
cli-cmd-share = Make a share: a file with the parts of your record you choose, for one case worker. Prints the code to say to them on a line "code: ".
cli-cmd-shares = Show every share you have made, as JSON.
cli-cmd-shares-withdraw = Mark a share as withdrawn. A file you have already handed over cannot be taken back.
cli-cmd-open = Open a share from Etapp and read it. Give several shares of one person to see what changed. Needs no record of your own.
cli-cmd-forget-seen = Forget which signature keys this computer has seen in shares.
cli-arg-share-to = Who it is for: the case worker's name.
cli-arg-share-agency = Their agency, for example public_employment_service or municipal_labour_market.
cli-arg-share-unit = Their unit or office.
cli-arg-share-purpose = Why: joint-planning, apply-step, follow-up, evaluate-step or other.
cli-arg-share-purpose-text = Why, in your own words. Needed with "other".
cli-arg-share-sections = Whole parts to share, with commas: profile, contacts, background, goals, steps, checkins, obstacles, notes.
cli-arg-share-items = Single items to share, with commas, each as part:number, for example steps:3,goals:1,background.work:2.
cli-arg-share-include-sensitive = Also share health, family and money information. Without it, such items are left out.
cli-arg-share-expires-in = For how many days the share can be opened: 1 to 365. If you leave it out: 14.
cli-arg-share-recipient = Lock the share to an agency's public key (age1…) instead of a code.
cli-arg-share-out = The file to save the share in.
cli-arg-share-page = Also (or only) save the share as a page any web browser opens, with nothing installed (.html).
cli-arg-shares-id = The number of the share, from "etapp shares".
cli-arg-open-file = The share file. Several shares of the same person: what changed between them, oldest first.
cli-arg-open-code = The code the person said. Write - to type it on the next line instead. For several shares, give --code once for each, in the same order. Other people who use this computer can see a command line.
cli-arg-open-identity = A file with your agency's secret key, if the share is locked to your agency.
cli-arg-open-json = Print the share as JSON instead.
cli-arg-open-html = Save a page to print, in Swedish and the person's language side by side.
cli-prompt-code = Code:
cli-share-consent = By making this share, you agree to this:
cli-share-left-out = { $count ->
    [one] One item was left out because it holds { $categories }. Add --include-sensitive to share it too.
   *[other] { $count } items were left out because they hold { $categories }. Add --include-sensitive to share them too.
}
cli-share-done = The share is saved in { $file }. Say the code below to the person it is for, face to face. Do not send it in an e-mail or a message, and do not keep it with the file.
cli-share-done-key = The share is saved in { $file }. Only the agency with the matching secret key can open it.
cli-share-withdrawn = Share { $id } is marked withdrawn. A file already handed over cannot be taken back, but it does not open after { $expires }.
cli-open-page-saved = The page is saved in { $file }.
cli-forget-seen-done = This computer has forgotten every signature key it has seen.
cli-error-file-exists = There is already a file { $path }, so nothing was saved. Choose another name.

# Backups, and locking out old copies.
cli-usage-backup = etapp backup --out FILE
cli-usage-restore = etapp restore FILE [--recovery-code CODE]
cli-usage-verify-backup = etapp verify-backup FILE [--recovery-code CODE]
cli-cmd-backup = Save a backup of your whole record in one file. It is locked like your record: with your password or your recovery code.
cli-cmd-restore = Put your record back from a backup, in a folder that has no record yet.
cli-cmd-verify-backup = Check a backup without changing anything: open it, check every part, and show what it holds.
cli-arg-backup-out = The file to save the backup in, for example on a USB stick.
cli-arg-backup-file = The backup file.
cli-arg-backup-recovery-code = Open the backup with its recovery code instead of its password. Write - to type it on the next line. Other people who use this computer can see a command line.
cli-arg-rotate = Also make a new key for your record, so old copies of its key file stop working. You get a new recovery code.
cli-backup-done = The backup is saved in { $file } ({ $megabytes } MB). Keep it in a safe place, away from this computer.
cli-restore-done = The record of { $name } is back, from the backup.
cli-restore-new-code = Your old recovery code does not work any more. Write the new code below on paper and keep it in a safe place.
cli-verify-backup-done = The backup from { $created } is whole. It holds the record of { $name }: { $goals ->
        [one] one goal
       *[other] { $goals } goals
    }, { $steps ->
        [one] one step
       *[other] { $steps } steps
    }, { $checkins ->
        [one] one check-in
       *[other] { $checkins } check-ins
    }, { $obstacles ->
        [one] one obstacle
       *[other] { $obstacles } obstacles
    }, { $notes ->
        [one] one note
       *[other] { $notes } notes
    }, { $contacts ->
        [one] one contact
       *[other] { $contacts } contacts
    } and { $shares ->
        [one] one share
       *[other] { $shares } shares
    }. The newest date in it is { $latest }. Its signature key: { $fingerprint }.
cli-passwd-rotated = Your password is changed, and your record has a new key. Old copies of its key file, and your old recovery code, do not open it any more. Backups you made before still open with the password and code of that time. Write the new code below on paper, and make a new backup.

# The agency's key, for shares locked to an agency.
cli-usage-agency-key = etapp agency-key new --out FILE | etapp agency-key show FILE
cli-usage-agency-key-new = etapp agency-key new --out FILE
cli-usage-agency-key-show = etapp agency-key show FILE
cli-cmd-agency-key = Make or show your agency's key. Participants can lock shares to it.
cli-cmd-agency-key-new = Make a new key for your agency. Prints the public key to give participants.
cli-cmd-agency-key-show = Print the public key that belongs to your agency's key file.
cli-arg-agency-key-out = The file for the secret key. It must not exist yet.
cli-arg-agency-key-file = The file with your agency's secret key.
cli-agency-key-saved = Your agency's secret key is saved in { $file }. Only you can read the file. Keep it secret, and keep a copy in a safe place: shares locked to this key open only with it. Give participants the public key below.

# Several shares of one person, opened together.
cli-prompt-code-for = Code for { $file }:
cli-error-html-one-share = --html makes a page of one share. Open several shares without it to see what changed.
cli-error-code-count = There are { $files } shares but { $codes } codes. Give one code for each share, in the same order, or use --identity for shares locked to your agency.
cli-error-in-file = { $path }: { $message }

# A report across participants.
cli-usage-report = etapp report --identity FILE SHARE… [--csv FILE [--force] | --json]
cli-cmd-report = Make a report across many shares for evaluation: per step type and agency, and per life area. Only codes and numbers; groups of fewer than 5 participants are not shown.
cli-arg-report-identity = The file with your agency's secret key. The shares must be locked to it.
cli-arg-report-shares = Share files, or folders with share files (.etapp).
cli-arg-report-csv = Save the report as CSV in this file. It must not exist yet, unless you give --force.
cli-arg-report-force = Replace the CSV file if it exists.
cli-arg-report-json = Print the report as JSON instead.
cli-report-saved = The report is saved in { $file }.
cli-report-skipped-file = { $file }: { $reason }
cli-error-no-bundles = There are no shares (.etapp files) in { $path }. Choose a folder with shares, or the share files themselves.
cli-error-report-empty = No share could be counted, so there is no report. The first one was skipped: { $reason }.

# Occupations close to the person's own.
cli-usage-close-occupations = etapp close-occupations [--json]
cli-cmd-close-occupations = Show the occupations close to those in your background, from Arbetsförmedlingen's open data, and which of yours lead to your occupation goals.
cli-arg-close-json = Print the list as JSON instead.
