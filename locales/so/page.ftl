# The offline reader page: one .html file that holds a share and a small
# reader, for a case worker who cannot install Etapp. Swedish first.

page-title = Xirmo laga soo wadaagay Etapp
page-noscript = Boggan wuxuu u baahan yahay JavaScript si uu xirmada u furo. Shid JavaScript-ka faylasha kombiyuutarkan, ama faylka ku fur Etapp.
page-lead = Qof ayaa qayb ka mid ah diiwaankiisa kula wadaagay. Qor koodhka uu kuu sheego, kadibna waad akhrin kartaa.
page-offline = Waxba kama baxaan kombiyuutarkan. Boggu xirmada halkan ayuu ku furaa, internet la'aan.
page-key = Faylka furaha hay'adda
page-key-hint = Xirmadan waxa lagu xiray furaha hay'addaada, ee kuma xirna koodh. Dooro faylka leh furaha sirta ah (wuxuu ku bilaabmaa AGE-SECRET-KEY-1).
page-key-none = Marka hore dooro faylka furaha.
page-print = Daabac
page-honest = Boggani wuxuu saxiixa iyo taariikhda ku hubiyaa kombiyuutarkan. Bog ka yimid qof aanad aqoon isaga laftiisa waa la beddeli karaa. Lambarrada furaha saxiixa ayaa ah hubinta muhiimka ah: qofka kor ula wada akhri.
page-error-newer-version = Xirmadan waxa lagu sameeyay nooc ka cusub oo Etapp ah. Qofka ka codso inuu boggan mar kale ku kaydiyo Etapp-kiisa, ama faylka .etapp ku fur Etapp-ka ugu cusub.
page-error-no-bundle = Boggani xirmo kuma jirto, ama xirmadiisu way xumaatay. Qofka ka codso inuu boggan mar kale kaydiyo.
