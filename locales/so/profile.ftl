# About me: the participant's profile and the people they meet at the
# agencies. Short sentences; the person may be new to the language.

profile-title = Aniga ku saabsan
profile-intro = Waxa aad halkan ku qorto waxay ku jiraan kombiyuutarkan. Adiga ayaa go'aamiya waxa aad la wadaagayso, iyo cidda.
profile-not-written = Lama qorin
profile-change = Beddel
profile-cancel = Jooji
profile-saved = Waa la kaydiyay.

profile-names-title = Magacaaga
profile-display-name = Magaca aad rabto in laguugu yeero
profile-permit-name = Magacaaga ku qoran kaarka sharciga deganaanshaha
profile-permit-name-hint = U qor sida saxda ah ee kaarka ugu qoran. Hay'aduhu higgaadintan ayay raadiyaan.

profile-ids-title = Lambarrada kiiskaaga
profile-ids-why = Hay'ad ayaa ku weydiin karta lambarradan si ay si dhakhso ah u hesho kiiskaaga. Uma baahnid inaad halkan ku qorto.
profile-pin = Lambarka aqoonsiga shakhsiga (personnummer) ama lambarka isku-dubbaridka (samordningsnummer)
profile-pin-hint = 12 ama 10 lambar, tusaale ahaan 19121212-1212.
profile-case-number = Lambarka kiiska ee Hay'adda Socdaalka (Migrationsverket)
profile-case-number-hint = Wuxuu ku qoran yahay warqadaha Hay'adda Socdaalka.

profile-languages-title = Luqadaha aad ku hadasho
profile-languages-none = Weli ma qorin luqad.
profile-language-n = Luqadda { $number }
profile-language = Luqad
profile-language-level = Sida fiican ee aad ugu hadasho
profile-language-add = Ku dar luqad
profile-language-remove = Ka saar luqadda

profile-sweden-title = Waqtigaaga Iswiidhan
profile-arrived-date = Taariikhda aad timid Iswiidhan
profile-permit-date = Taariikhda aad heshay sharciga deganaanshaha
profile-municipality = Degmada (kommun) aad ku nooshahay
profile-municipality-hint = Tusaale ahaan Malmö ama Umeå.

profile-household-title = Gurigaaga
profile-adults = Dadka waaweyn ee gurigaaga, adiga ku jirto
profile-adults-count = { $count ->
    [one] { $count } qof weyn
   *[other] { $count } qof waaweyn
}
profile-children = Carruur
profile-children-none = Carruur lama qorin.
profile-child-n = Ilmaha { $number }: sannadka dhalashada
profile-child-born = Dhashay { $year }
profile-child-add = Ku dar ilmo
profile-child-remove = Ka saar ilmaha
profile-child-year-missing = Dooro sannadka dhalashada ilmaha { $number }.

profile-programme-title = Barnaamijka dejinta
profile-programme-what = Kani waa barnaamij ka tirsan Xafiiska Shaqada (Arbetsförmedlingen) oo loogu talagalay dadka Iswiidhan ku cusub (etableringsprogrammet). Wuxuu kaa caawiyaa inaad barato af-Iswiidhish oo aad hesho shaqo.
profile-programme-question = Hadda ma ku jirtaa barnaamijka dejinta?
profile-programme-yes = Haa
profile-programme-no = Maya
profile-programme-since = Laga bilaabo goorma?
profile-programme-in = Waxaad ku jirtaa barnaamijka.
profile-programme-in-since = Waxaad ku jirtay barnaamijka tan iyo { $date }.
profile-programme-out = Kuma jirtid barnaamijka.

contact-title = Dadka aad kula xiriirto hay'adaha
contact-intro = Dadka aad kula kulanto hay'adaha, tusaale ahaan shaqaalaha kiiskaaga (handläggare).
contact-none = Weli qof xiriir ah kuma darin.
contact-add = Ku dar qof xiriir
contact-new-title = Qof xiriir cusub
contact-edit-title = Beddel qofka xiriirka
contact-name = Magaca
contact-agency = Meesha uu qofku ka shaqeeyo
contact-agency-choose = Dooro
contact-agency-missing = Dooro meesha uu qofku ka shaqeeyo.
contact-unit = Qaybta ama xafiiska
contact-phone = Taleefan
contact-email = Iimayl
contact-note = Qoraalkaaga
contact-note-hint = Tusaale ahaan goorta ay fududahay in qofka la helo.
contact-edit = Beddel
contact-delete = Tirtir
contact-save = Kaydi qofka xiriirka
contact-delete-title = Ma tirtiraysaa { $name }?
contact-saved = Qofka xiriirka waa la kaydiyay.
contact-deleted = Qofka xiriirka waa la tirtiray.
