# Sharing: a bundle is the part of the record a person hands a case
# worker. These messages make it, and say what went wrong when one does
# not open. Say what happened and what to do next.

list-separator = {", "}

## The consent text the person agrees to, and how to withdraw. It is kept
## inside the bundle, in the person's language and in Swedish.

share-consent-text = I give { $to } a copy of these parts of my record: { $parts }. It is for this: { $purpose }. It can be opened until { $expires }. After that, Etapp will not open it.
share-consent-sensitive = It also holds information about { $categories }. I chose to share it.
share-consent-items = { $count ->
    [one] one more item
   *[other] { $count } more items
}
share-withdrawal-text = I can mark this share as withdrawn in Etapp. A file I have already handed over cannot be taken back. After { $expires } it does not open. I can ask the case worker to delete it.

## When a bundle does not open.

bundle-error-mistyped-code = A number in the code is missing or wrong. Check each group of four numbers with the person, and type the code again.
bundle-error-wrong-code = This code or key does not open the file, or the file is damaged. Check the code with the person. If it still does not open, ask them to make a new share.
bundle-error-not-a-bundle = This file is not a share from Etapp. Check that you chose the right file.
bundle-error-truncated = The file is not complete: it ends too early. Copy it again from where you got it, or ask the person to make a new share.
bundle-error-signature = The file was changed after the person made it, so Etapp does not show it. Ask the person to make a new share.
bundle-error-expired = This share could be opened until { $expires }. Ask the person to make a new share.
bundle-error-newer-version = This share was made with a newer version of Etapp. Install the newest Etapp to open it.
bundle-error-not-an-identity = This file is not an age key. Choose the file with your agency's secret key (it starts with AGE-SECRET-KEY-1).
bundle-error-public-key = This file holds a public key (it starts with age1). To open shares, choose the file with your agency's secret key (it starts with AGE-SECRET-KEY-1).
bundle-error-different-signers = These shares are signed with different keys. They may come from different people, so Etapp does not compare them. Open each share on its own.

## Files.

file-error-not-a-file = This is a folder, not a file. Choose a file.
file-error-unreadable = Etapp could not read the file. Check that it is there and that you may open it, then try again.

## Files and dialogs.

share-file-type = Shares from Etapp
share-save-title = Save the share
share-page-type = Pages any web browser opens
share-save-page-title = Save the page
share-error-same-file = The file and the page cannot have the same name. Choose another name for one of them.
reader-open-title = Open a share from Etapp
reader-page-title = Save the page to print
reader-page-file-type = Web page
reader-error-no-file = Choose the file first.
reader-error-no-key-file = Choose the key file first.
reader-key-open-title = Choose your agency's key file
reader-key = The agency's key file
reader-key-hint = Is the share locked to your agency's key, not to a code? Then open it with your agency's key file.
reader-key-choose = Use the agency's key file
reader-key-choose-other = Choose another key file
reader-key-use-code = Use a code instead
