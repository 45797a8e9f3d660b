# Sharing in the app: the share wizard, the list of shares made, and the
# reader a case worker uses to open a share. Plain words, short
# sentences: the person may be new to the language. A "share" is the file
# (the bundle) the person gives a case worker.

nav-share = Share
nav-shares = My shares
nav-reader = Open a share
home-share = Share with a case worker

## The share wizard: one task on each screen.

share-step-of = Step { $step } of { $total }
share-next = Next
share-checking = Checking…
share-loading = Getting your record…

share-to-title = Who gets the share?
share-to-lead = You make a file for one case worker. Etapp sends nothing: you give the file yourself.
share-to-contact = Fill in from my contacts
share-to-contact-none = Choose a contact
share-to-agency = Agency
share-to-no-agency = No agency
share-to-unit = Unit or office
share-to-name = The case worker's name

share-why-title = Why do you share?
share-why-lead = The case worker sees what the share is for.
share-why-legend = What is it for?
share-why-text = In your own words
share-why-text-hint = You can add a few words. For “Something else”, write what it is for.
share-why-none = Choose what the share is for.

share-what-title = What do you share?
share-what-lead = Tick only what helps with this. Nothing is ticked from the start. Only what you tick goes into the file.
share-what-all = All of “{ $section }”
share-what-profile = My name, arrival, residence permit, languages and household
share-what-children = The years my children were born
share-what-sub-goal = A sub-goal of “{ $goal }”
share-what-checkin-areas = My answers about { $areas }
share-what-name-tip = Tip: share this part. Then the case worker sees your name and can find your case.
share-what-sensitive = This is sensitive: { $categories }. Share it only if it helps you. It goes only if you tick it here.
share-what-whole-only = This goes only together with everything in “{ $section }”. Tick all of it, or untick this.
share-what-together = Etapp shares the sensitive things in one share all together. You ticked other sensitive things, so this would go too. Tick it, or untick “{ $item }”.
share-what-none = Tick at least one thing to share.
share-what-check = Some things cannot go as you ticked them. Read the red notes above.

share-until-title = For how long?
share-until-lead = After this day, Etapp does not open the share any more.
share-until-legend = The case worker can open it for
share-until-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
share-until-date = until { $date }

share-preview-title = This is what the case worker sees
share-preview-lead = Check it before you save. It is shown in your language and in Swedish, as the case worker and an interpreter read it.
share-preview-busy = Making the preview…
share-consent-title = What you agree to
share-left-out-title = Left out because it is sensitive
share-left-out = { $count ->
    [one] One thing about { $categories } is not in the share, because you did not tick it.
   *[other] { $count } things about { $categories } are not in the share, because you did not tick them.
}
share-left-out-change = Change what I share

share-confirm-title = Save the share?
share-confirm-lead = Look at it once more. Choose how Etapp locks the share and how you give it. Then you choose where to save it, for example on a USB stick.
share-confirm-to = For
share-confirm-purpose = Why
share-confirm-parts = What
share-confirm-until = Until
share-confirm-agree = When you save, you agree to this:
share-confirm-save = Save the share
share-confirm-busy = Locking and saving the share. This takes a few seconds…
share-confirm-cancelled = You closed the window. Nothing was saved.
share-form = How will you give it?
share-form-file = A file for Etapp (.etapp)
share-form-file-hint = The case worker opens it in Etapp.
share-form-page = A page any web browser opens (.html)
share-form-page-hint = For a case worker who cannot install Etapp. The page works without the internet.
share-form-both = Both
share-form-both-hint = Two files with the same share. The case worker chooses one.
share-lock = How will it be locked?
share-lock-code = With a code you say face to face
share-lock-code-hint = Etapp makes a code of 16 numbers. The case worker needs it to open the share.
share-lock-key = With the agency's key
share-lock-key-hint = For an agency that gave you its public key. Only that agency can open the share. There is no code.
share-lock-key-field = The agency's public key
share-lock-key-field-hint = It starts with age1. Copy it exactly as the agency gave it.

share-code-title = Your share is saved
share-code-file = Saved as: { $name }
share-code-page = The page opens in any web browser. The case worker types the same code.
share-code-key = The share is locked with the agency's key. Only that agency can open it. There is no code to say.
share-code-lead = The case worker needs this code to open the file. Tell it to them.
share-code-aria = Share code, in groups of four numbers
share-code-own = The same code in your numbers:
share-code-advice-face = Say the code to the case worker face to face.
share-code-advice-message = Do not write the code in an e-mail or a message.
share-code-advice-stick = Do not put the code on the same USB stick as the file, or with it.
share-code-fingerprint-title = If the case worker asks
share-code-fingerprint = Read these numbers aloud. They show that the share comes from your record.
share-code-to-log = See what I have shared
share-code-done = Back to My page

## The list of shares made.

shares-title = What I have shared
shares-lead = Every share you made, newest first. Etapp keeps this list in your record.
shares-loading = Getting your shares…
shares-empty = You have not shared anything yet.
shares-new = Make a new share
shares-list = My shares
shares-made = Made
shares-purpose = Why
shares-parts = What
shares-until = Can be opened until
shares-expired = Could be opened until
shares-withdrawn = You marked it as withdrawn on { $date }.
shares-withdraw = Mark as withdrawn
shares-withdraw-title = Mark this share as withdrawn?
shares-withdraw-what = A file you have already given cannot be taken back. Etapp only notes here that you withdrew it. Etapp does not open the file after { $date }. You can ask the case worker to delete it.
shares-withdraw-keep = No, leave it
shares-withdraw-confirm = Yes, mark as withdrawn
shares-withdrawn-done = The share is marked as withdrawn.

## The reader: a case worker opens a share. It needs no record.

open-share-start-title = Did someone give you a share?
open-share-start-hint = For case workers: open a file from Etapp with the code the person tells you. You do not need a record of your own.
open-share-start = Open a share
open-share-title = Open a share
open-share-lead = A person gave you a file from Etapp and tells you a code. Choose the file, then type the code.
open-share-file = The file
open-share-no-file = No file chosen yet.
open-share-chosen = Chosen: { $name }
open-share-choose = Choose the file
open-share-choose-other = Choose another file
open-share-code = The code
open-share-code-hint = 16 numbers. Spaces and dashes do not matter.
open-share-open = Open
open-share-busy = Opening the share. This takes a second…
open-share-opened = From the file { $name }.
open-share-show-in = Show it in
open-share-side-by-side = Side by side with the person's language: { $language }
open-share-save-page = Save the page to print
open-share-page-saved = Saved as { $name }.
open-share-page-not-saved = You closed the window. Nothing was saved.
open-share-close = Close the share

## Comparing with an earlier share (the reader)

compare-start-title = What changed since last time?
compare-start-hint = Do you have an earlier share from the same person? Open it too, and see what changed between the two.
compare-start = Compare with an earlier share
compare-file = The earlier share
compare-choose = Choose the earlier share
compare-open-title = Choose the earlier share
compare-by-key = The earlier share opens with the same key file as this one.
compare-busy = Opening the earlier share. This takes a second…
compare-open = Compare
compare-cancel = Cancel
compare-hide = Hide what changed
compare-from-file = Compared with the earlier share { $name }
compare-error-no-file = Choose the earlier share first.
compare-error-same-share = This is the share that is already open. Choose an earlier share from the same person.

## The report across many shares (the agency's side)

report-start-title = For agencies: a report from many shares
report-start-hint = People can give you shares for evaluation, locked to your agency's key. See how the steps went for all of them together. No names and nothing people wrote go into the report.
report-start = Make a report
report-screen-title = Report from many shares
report-lead = Choose the folder with the shares and your agency's key file. Only shares given for evaluation count. Groups with fewer than 5 people are not shown.
report-folder = The folder with the shares
report-no-folder = No folder chosen yet.
report-folder-choose = Choose the folder
report-folder-choose-other = Choose another folder
report-folder-title = Choose the folder with the shares
report-key = Your agency's key file
report-no-key = No key file chosen yet.
report-key-choose = Choose the key file
report-key-choose-other = Choose another key file
report-busy = Reading the shares: { $done } of { $total }
report-make = Make the report
report-save-csv = Save as a table (CSV)
report-csv-title = Save the report
report-csv-file-type = Table (CSV)
report-csv-saved = Saved as { $name }.
report-status = Status
report-rating = Rating
report-count = Number
report-change = Change
report-area-median = Median change: { $median }
report-area-changes = How much the level changed (number of people)
report-error-no-folder = Choose the folder with the shares first.
report-error-no-shares = This folder has no shares from Etapp (files that end in .etapp or .html). Choose another folder.
report-error-none-counted = No share could be counted. The first one: { $reason }. Check that you chose the right folder and your agency's key file.
report-error-no-report = Make the report first, then save it.
