# The app's frame: name, language picker, welcome screen.
# Plain words, short sentences: many readers are new to the language.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = English
language-picker = Language
language-picker-hint = Choose the language you read best.
language-draft = This language has not yet been checked by someone who speaks it as their first language. Some words may be wrong. If something is unclear, ask an interpreter or choose another language.
skip-to-content = Skip to the main content
interpreter-view = Interpreter's view
interpreter-view-hint = Each text in your language and in a second language, for an interpreter.
interpreter-language = Second language
screen-loading = Getting the page ready …

welcome-title = Welcome to Etapp
welcome-lead = Etapp keeps your own record of your way in Sweden: what you did before, your goals, and your steps with every agency.
welcome-local-title = Your record stays with you
welcome-local = Everything is saved only on this computer. It is locked with a password that only you know.
welcome-share-title = You choose what to share
welcome-share = When you want, you can give a case worker only the parts you pick. Nothing is sent without you.
welcome-greeting = Hello, { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
