# Appens ram: namn, språkval, välkomstsida.
# Enkla ord och korta meningar: många läsare är nya i språket.

app-name = Etapp
language-name = Svenska
language-picker = Språk
language-picker-hint = Välj det språk du läser bäst.
skip-to-content = Hoppa till innehållet

welcome-title = Välkommen till Etapp
welcome-lead = Etapp är din egen berättelse om din väg i Sverige: vad du gjorde förut, dina mål och dina steg hos alla myndigheter.
welcome-local-title = Det du skriver stannar hos dig
welcome-local = Allt sparas bara på den här datorn. Det är låst med ett lösenord som bara du kan.
welcome-share-title = Du väljer vad du delar
welcome-share = När du vill kan du ge en handläggare bara de delar du väljer. Inget skickas utan dig.
welcome-greeting = Hej { $name }!
