# The app's frame: name, language picker, welcome screen.
# Plain words, short sentences: many readers are new to the language.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = English
language-picker = Language
language-picker-hint = Choose the language you read best.
skip-to-content = Skip to the main content

welcome-title = Welcome to Etapp
welcome-lead = Etapp keeps your own record of your way in Sweden: what you did before, your goals, and your steps with every agency.
welcome-local-title = Your record stays with you
welcome-local = Everything is saved only on this computer. It is locked with a password that only you know.
welcome-share-title = You choose what to share
welcome-share = When you want, you can give a case worker only the parts you pick. Nothing is sent without you.
welcome-greeting = Hello, { $name }!
