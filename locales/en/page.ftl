# The offline reader page: one .html file that holds a share and a small
# reader, for a case worker who cannot install Etapp. Swedish first.

page-title = A share from Etapp
page-noscript = This page needs JavaScript to open the share. Turn on JavaScript for files on this computer, or open the file in Etapp.
page-lead = A person has shared part of their record with you. Type the code they tell you, and you can read it.
page-offline = Nothing leaves this computer. The page opens the share here, without the internet.
page-key = The agency's key file
page-key-hint = This share is locked with your agency's key, not with a code. Choose the file with the secret key (it starts with AGE-SECRET-KEY-1).
page-key-none = Choose the key file first.
page-print = Print
page-honest = This page checks the signature and the date on this computer. A page from someone you do not know could itself be changed. The numbers of the signature key are the check that matters: read them aloud with the person.
page-error-newer-version = This share was made with a newer version of Etapp. Ask the person to save the page again with their Etapp, or open the .etapp file in the newest Etapp.
page-error-no-bundle = This page holds no share, or its share is damaged. Ask the person to save the page again.
