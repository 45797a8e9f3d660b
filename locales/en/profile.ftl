# About me: the participant's profile and the people they meet at the
# agencies. Short sentences; the person may be new to the language.

profile-title = About me
profile-intro = What you write here stays on this computer. You decide what to share, and with whom.
profile-not-written = Not written
profile-change = Change
profile-cancel = Cancel
profile-saved = Saved.

profile-names-title = Your name
profile-display-name = The name you want to be called
profile-permit-name = Your name on the residence permit card
profile-permit-name-hint = Write it exactly as on the card. Agencies look for this spelling.

profile-ids-title = Numbers for your case
profile-ids-why = An agency may ask for these numbers to find your case quickly. You do not have to write them here.
profile-pin = Personal identity number or coordination number
profile-pin-hint = 12 or 10 numbers, for example 19121212-1212.
profile-case-number = Case number at the Migration Agency (Migrationsverket)
profile-case-number-hint = It is on the letters from the Migration Agency.

profile-languages-title = Languages you speak
profile-languages-none = You have not written any languages yet.
profile-language-n = Language { $number }
profile-language = Language
profile-language-level = How well you speak it
profile-language-add = Add a language
profile-language-remove = Remove the language

profile-sweden-title = Your time in Sweden
profile-arrived-date = The date you came to Sweden
profile-permit-date = The date you got your residence permit
profile-municipality = The municipality you live in
profile-municipality-hint = For example Malmö or Umeå.

profile-household-title = Your home
profile-adults = Adults in your home, you too
profile-adults-count = { $count ->
    [one] { $count } adult
   *[other] { $count } adults
}
profile-children = Children
profile-children-none = No children written.
profile-child-n = Child { $number }: year of birth
profile-child-born = Born in { $year }
profile-child-add = Add a child
profile-child-remove = Remove the child
profile-child-year-missing = Choose the year of birth for child { $number }.

profile-programme-title = The establishment programme
profile-programme-what = This is a programme at the Public Employment Service (Arbetsförmedlingen) for people new in Sweden. It helps you learn Swedish and find work.
profile-programme-question = Are you in the establishment programme now?
profile-programme-yes = Yes
profile-programme-no = No
profile-programme-since = Since when?
profile-programme-in = You are in the programme.
profile-programme-in-since = You have been in the programme since { $date }.
profile-programme-out = You are not in the programme.

contact-title = Your contacts at the agencies
contact-intro = The people you meet at the agencies, for example your case worker.
contact-none = You have not added any contacts yet.
contact-add = Add a contact
contact-new-title = New contact
contact-edit-title = Change the contact
contact-name = Name
contact-agency = Where the person works
contact-agency-choose = Choose
contact-agency-missing = Choose where the person works.
contact-unit = Unit or office
contact-phone = Phone
contact-email = E-mail
contact-note = Your note
contact-note-hint = For example when it is easy to reach the person.
contact-edit = Change
contact-delete = Delete
contact-save = Save the contact
contact-delete-title = Delete { $name }?
contact-saved = The contact is saved.
contact-deleted = The contact is deleted.
