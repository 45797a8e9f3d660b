# Appens ram: namn, språkval, välkomstsida.
# Enkla ord och korta meningar: många läsare är nya i språket.

app-name = Etapp
language-name = Svenska
language-picker = Språk
language-picker-hint = Välj det språk du läser bäst.
language-draft = Det här språket har ännu inte granskats av någon som har det som modersmål. Några ord kan vara fel. Om något är oklart, fråga en tolk eller välj ett annat språk.
skip-to-content = Hoppa till innehållet
interpreter-view = Tolkvy
interpreter-view-hint = Varje text på ditt språk och på ett andra språk, för en tolk.
interpreter-language = Andra språk
screen-loading = Gör i ordning sidan …

welcome-title = Välkommen till Etapp
welcome-lead = Etapp är ditt eget register över din väg i Sverige: vad du gjorde förut, dina mål och dina steg hos alla myndigheter.
welcome-local-title = Det du skriver stannar hos dig
welcome-local = Allt sparas bara på den här datorn. Det är låst med ett lösenord som bara du kan.
welcome-share-title = Du väljer vad du delar
welcome-share = När du vill kan du ge en handläggare bara de delar du väljer. Inget skickas utan dig.
welcome-greeting = Hej { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = januari
date-month-2 = februari
date-month-3 = mars
date-month-4 = april
date-month-5 = maj
date-month-6 = juni
date-month-7 = juli
date-month-8 = augusti
date-month-9 = september
date-month-10 = oktober
date-month-11 = november
date-month-12 = december
