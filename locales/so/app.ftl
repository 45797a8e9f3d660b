# The app's frame: name, language picker, welcome screen.
# Plain words, short sentences: many readers are new to the language.

app-name = Etapp
# This locale's name, written in its own language and script.
language-name = Soomaali
language-picker = Luqadda
language-picker-hint = Dooro luqadda aad sida fiican u akhrido.
language-draft = Tarjumaaddan weli ma hubin qof Soomaaligu yahay luqaddiisa hooyo. Erayada qaarkood waxay noqon karaan khalad. Haddii wax aan caddayn, weydii turjumaan ama dooro luqad kale.
skip-to-content = U gudub qaybta ugu muhiimsan
interpreter-view = Muuqaalka turjumaanka
interpreter-view-hint = Qoraal kasta luqaddaada iyo luqad labaad, turjumaanka awgiis.
interpreter-language = Luqadda labaad
screen-loading = Bogga ayaa la diyaarinayaa …

welcome-title = Ku soo dhowow Etapp
welcome-lead = Etapp waa diiwaankaaga gaarka ah ee waddadaada Iswiidhan: wixii aad hore u qabatay, hadafyadaada, iyo tallaabooyinkaaga hay'ad kasta.
welcome-local-title = Diiwaankaagu adiga ayuu kula jiraa
welcome-local = Wax walba waxa lagu kaydiyaa kombiyuutarkan oo keliya. Waxa lagu xiray erey sir ah oo adiga keliya aad taqaan.
welcome-share-title = Adiga ayaa doorta waxa aad la wadaagayso
welcome-share = Markaad rabto, waxaad shaqaalaha kiiskaaga (handläggare) siin kartaa qaybaha aad doorato oo keliya. Waxba lama diro adiga la'aantaa.
welcome-greeting = Salaan, { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = Janaayo
date-month-2 = Febraayo
date-month-3 = Maarso
date-month-4 = Abriil
date-month-5 = Maayo
date-month-6 = Juun
date-month-7 = Luulyo
date-month-8 = Agosto
date-month-9 = Sebtembar
date-month-10 = Oktoobar
date-month-11 = Noofeembar
date-month-12 = Diseembar
