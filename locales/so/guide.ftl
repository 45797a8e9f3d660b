# The agency guide: what each agency can help a newcomer with, and the usual
# steps with it. The agency codes are the ones in catalog.ftl. One step a line.

guide-title = Hay'adaha iyo waxa ay qabtaan
guide-lead = Halkan waxaad ka arki kartaa cidda kaa caawin karta waxa, si aad u ogaato meesha aad aadayso.
guide-help-heading = Waxa ay kaa caawin karaan
guide-steps-heading = Tallaabooyinka caadiga ah
guide-your-steps = { $count ->
    [one] Hal tallaabo ayaad la leedahay iyaga.
   *[other] { $count } tallaabo ayaad la leedahay iyaga.
}
guide-your-contacts = Dadka aad halkaas kula xiriirto:
guide-none-yet = Weli tallaabo ma lihid iyaga.

guide-public-employment-service-help = Xafiiska Shaqada (Arbetsförmedlingen) wuxuu kaa caawiyaa inaad hesho shaqo ama waddo waxbarasho. Haddii aad cusub tahay Iswiidhan, waxa laga yaabaa inaad ku jirto barnaamijka dejinta (etableringsprogrammet). Halkaas waxaad ku baran kartaa af-Iswiidhish, waxaad samayn kartaa tababar shaqo (praktik) ama koorso, xirfadahaagana waa la hubin karaa (validering). Haddii aad oggolaato, waxay wax la qorsheyn karaan degmada iyo kuwo kale, si aadan wax walba mar kasta dib ugu sheegin.
guide-public-employment-service-steps =
    Waxaad iska diiwaangelisaa Arbetsförmedlingen.
    Waxaad la kulantaa shaqaalaha kiiska (handläggare). Weydiiso turjumaan haddii aad u baahato.
    Waxaad wada samaysaan qorshe: waxa aad samayn doonto, iyo goorta.
    Waxaad ka qaybgashaa hawlo, tusaale ahaan SFI, tababar shaqo (praktik) ama koorso.
    Haddii aad ku jirto barnaamijka dejinta, lacag (etableringsersättning) ayaad ka codsataa Hay'adda Caymiska Bulshada (Försäkringskassan).
    Adiga iyo shaqaalaha kiiskaaga waxaad la socotaan qorshaha, waxaadna beddeshaan marka loo baahdo.

guide-municipal-labour-market-help = Qaybta shaqada ee degmada (kommun) waxay kaa caawisaa inaad shaqo u soo dhowaato, meel u dhow halka aad ku nooshahay. Waxay ku siin karaan layli shaqo (arbetsträning), mararka qaar shaqo degmada ah muddo, iyo hanuun. Inta badan waxay la shaqeeyaan adeegga bulshada (socialtjänsten), Arbetsförmedlingen iyo SFI.
guide-municipal-labour-market-steps =
    Inta badan adeegga bulshada ama Arbetsförmedlingen ayaa halkaas ku dira.
    Mararka qaar waxaad la kulantaa iyaga oo ay la socdaan Arbetsförmedlingen iyo SFI.
    Waxaad ka hadashaan wixii aad hore u qabatay iyo waxa aad rabto inaad samayso.
    Waxaad wada samaysaan qorshe.
    Waxaad bilowdaa hawl, tusaale ahaan layli shaqo.
    Waxaad si joogto ah u kulantaan oo aad la socotaan sida ay u socoto.

guide-social-services-help = Adeegga bulshada (socialtjänsten) waa qayb ka mid ah degmada. Halkaas waxaad ka codsan kartaa kaalmo dhaqaale (ekonomiskt bistånd) haddii aadan haysan lacag kugu filan nolosha. Sidoo kale waxay taageeraan qoysaska iyo carruurta. Haddii aadan meel aad ku noolaato lahayn, la xiriir iyaga.
guide-social-services-steps =
    Waxaad kaalmo dhaqaale ka codsataa adeegga bulshada.
    Waxaad muujisaa lacagta aad haysato iyo waxa aad bixinayso.
    Shaqaale bulsho (socialsekreterare) ayaa eega xaaladdaada oo go'aan gaara.
    Inta badan waa inaad ku diiwaangashan tahay Arbetsförmedlingen oo aad ka qaybgashaa hawlo.
    Inta badan bil kasta ayaad mar kale codsataa.
    U sheeg haddii wax isbeddelaan, tusaale ahaan dakhligaaga ama qoyskaaga.

guide-adult-education-help = Waxbarashada dadka waaweyn (vuxenutbildningen, inta badan loo yaqaan Komvux) waxa maamusha degmada. Halkaas waxaad af-Iswiidhish ka baran kartaa SFI (af-Iswiidhishka soo-galootiga). Sidoo kale waxaad baran kartaa maaddooyinka dugsiga heerka hoose iyo sare, waxaadna qaadan kartaa koorsooyin xirfadeed. La-taliye waxbarasho iyo shaqo (studie- och yrkesvägledare) ayaa kaa caawiya inaad doorato.
guide-adult-education-steps =
    Waxaad iska qortaa SFI degmadaada.
    Waxay ogaadaan waxa aad horeba u taqaan, waxayna ku siiyaan boos heerka saxda ah.
    Waxaad aadaa casharrada oo aad wax baranaysaa.
    Waxaad la hadashaa la-taliyaha waxbarashada iyo shaqada waxa aad marka xigta baran doonto.
    Waxaad codsataa koorsooyin kale, tusaale ahaan maaddooyinka dugsiga ama tababar xirfadeed.
    Waxaad heshaa darajo ama shahaado markaad dhammayso.

guide-health-care-help = Daryeelka caafimaadka waxa maamula gobolka (region): aad xarunta caafimaadka (vårdcentral) markaad jirran tahay ama talo u baahan tahay. Soo-galooti badan waxa la siiyaa baaritaan caafimaad oo bilaash ah. Sidoo kale caawimaad ayaad heli kartaa haddii aad xun tahay kadib waayo-aragnimo adag (trauma). Wac 1177 si aad talo caafimaad u hesho, habeen iyo maalin.
guide-health-care-steps =
    Waxaad wacdaa xarunta caafimaadkaaga ama 1177, ama ballan ka qabsataa 1177.se.
    Markaad ballanta qabsanayso, sheeg haddii aad turjumaan u baahan tahay.
    Waxaad la kulantaa kalkaaliye ama dhakhtar.
    Waxay kuu diri karaan meel kale, tusaale ahaan daryeelka trauma-da.
    Dhakhtarku wuxuu qori karaa warqad caafimaad (intyg) haddii hay'ad u baahato.
    Xaalad degdeg ah, wac 112.

guide-social-insurance-help = Hay'adda Caymiska Bulshada (Försäkringskassan) waxay bixisaa noocyo kala duwan oo lacag ah. Tusaale ahaan: lacagta barnaamijka dejinta (etableringsersättning), lacagta waalidnimada (föräldrapenning) markaad guriga la joogto ilmahaaga, lacagta carruurta (barnbidrag), iyo kaalmada kirada (bostadsbidrag). Caawimaad codsi ayaad ka heli kartaa xafiiska adeegga (servicekontor).
guide-social-insurance-steps =
    Waxaad ka codsataa boggooda internetka ama xafiiska adeegga (servicekontor).
    Waxaad soo dirtaa waraaqaha ay ku weydiiyaan.
    Försäkringskassan ayaa go'aan gaarta oo kuu soo dirta warqad.
    Lacagtu waxay timaadaa koontadaada bangiga.
    Isla markiiba u sheeg haddii wax isbeddelaan, tusaale ahaan dakhligaaga, cinwaankaaga ama qoyskaaga.

guide-migration-agency-help = Hay'adda Socdaalka (Migrationsverket) ayaa go'aan ka gaarta sharciga deganaanshaha (uppehållstillstånd) iyo kororsigiisa. Sidoo kale waxay go'aamiyaan in qoyskaagu u iman karo inay kula noolaadaan Iswiidhan (isku-keenka qoyska). Haddii aadan isticmaali karin baasaboor dalkaaga, waxaad ka codsan kartaa dukumenti safar. Hay warqad kasta oo ay kuu soo diraan.
guide-migration-agency-steps =
    Waxaad codsataa, inta badan boggooda internetka migrationsverket.se.
    Waxa laga yaabaa in laguu yeero kulan ama waraysi. Turjumaan ayaad heli kartaa.
    Waxaad sugtaa go'aan. Waqti dheer ayuu qaadan karaa.
    Go'aanka waxaad ku heshaa warqad. Caawimaad weydiiso haddii aadan fahmin.
    Haddii aadan ku raacsanayn, waad ka racfaan qaadan kartaa. Warqadda ayaa sheegta sida.
    Haddii sharcigaagu ku meel gaar yahay, codso kororsi ka hor inta uusan dhicin.

guide-tax-agency-help = Hay'adda Canshuuraha (Skatteverket) ayaa haysa diiwaanka dadweynaha (folkbokföring). Markaad haysato sharciga deganaanshaha oo aad Iswiidhan ku noolaanayso ugu yaraan hal sano, halkaas ayaad iskaga diiwaangelisaa cinwaankaaga. Markaas waxaad heshaa lambarka aqoonsiga shakhsiga (personnummer). Waxaad u baahan tahay bangiga, daryeelka caafimaadka, shaqada iyo wax badan oo kale. Haddii aan lagu diiwaangelin karin, waxa laga yaabaa inaad hesho lambar isku-dubbarid (samordningsnummer) beddelkiisa. Skatteverket sidoo kale waxay bixisaa kaarka aqoonsiga, waxayna maamushaa canshuurta. Xafiiska adeegga (servicekontor) ayaa kaa caawin kara.
guide-tax-agency-steps =
    Waxaad Skatteverket ka diiwaangelisaa inaad Iswiidhan ku nooshahay. Aad xafiiska adeegga (servicekontor), kala tag baasaboorkaaga iyo kaarka sharciga deganaanshaha.
    Skatteverket ayaa go'aan gaarta oo kuu soo dirta warqad. Markaas waxaad leedahay personnummer.
    Waxaad ballan ka qabsataa xafiiska adeegga oo aad codsataa kaarka aqoonsiga (identitetskort). Waxaad bixisaa khidmad. Haddii aadan baasaboor haysan, weydii waxa aad samayn karto.
    Markaad guurto, toddobaad gudihiis Skatteverket u sheeg cinwaankaaga cusub. Waxaad ku samayn kartaa skatteverket.se.
    Markaad shaqayso, canshuurta waxa laga jaraa mushaharkaaga.
    Gu' kasta waxaad heshaa warqadda canshuur-celinta (deklaration). Hubi oo soo dir ka hor taariikhda warqadda ku qoran.

guide-county-board-help = Maamulka gobolka (Länsstyrelsen) waa xafiiska dowladda ee gobolkaaga, qaybtaada Iswiidhan. Wuxuu degmooyinka la qorsheeyaa inta soo-galooti ah ee degmo kasta qaabilayso. Sidoo kale wuxuu taageeraa barashada bulshada ee degmada (samhällsorientering), halkaas oo aad ku barato nolosha Iswiidhan, luqaddaada. Inta badan uma baahnid inaad adigu la xiriirto.
guide-county-board-steps =
    Inta badan adigu lama kulantid maamulka gobolka.
    Degmada ayaa ku siisa boos barashada bulshada (samhällsorientering).
    Koorsada waxaad ku qaadataa luqaddaada, ama luqad aad si fiican u taqaan.
    Waxaad barataa xuquuqda iyo waajibaadka, shaqada, caafimaadka iyo carruurta Iswiidhan.
    Weydii degmada ama SFI haddii aan lagu siin boos.

guide-school-office-help = Degmada ayaa mas'uul ka ah xannaanada carruurta iyo dugsiga. Carruurtu waxay aadi karaan xannaanada (förskola) marka ay hal sano jiraan. Khidmadda (maxtaxa) waxay ku xiran tahay dakhligaaga. Dugsigu waa qasab laga bilaabo sannadka ilmahaagu lix jirsado, fasalka diyaarinta (förskoleklass). Dugsiga iyo qadada dugsigu waa bilaash. Carruurta Iswiidhan ku cusub boos ayaa si dhakhso ah loo siiyaa. Waxay heli karaan casharro luqaddooda hooyo (modersmålsundervisning) iyo caawimaad casharrada luqaddaas ah (studiehandledning).
guide-school-office-steps =
    Waxaad boos xannaanada ka codsataa degmada, inta badan boggeeda internetka. Degmadu waa inay boos ku siisaa afar bilood gudahood.
    Waxaad u sheegtaa dakhligaaga. Khidmadda (maxtaxa) ayaa ku xiran.
    Haddii ilmahaagu da'da dugsiga yahay, la xiriir degmada. Ilmahaagu si dhakhso ah ayuu boos dugsi u helaa.
    Dugsigu wuxuu ogaadaa waxa ilmahaagu horeba u yaqaan. Kadib ilmahaagu wuxuu ku bilaabaa fasal.
    Weydii casharrada luqadda hooyo ee ilmahaaga (modersmålsundervisning) iyo caawimaad luqaddaas ah (studiehandledning).
    Waxaad si joogto ah ula kulantaa macallinka. Weydiiso turjumaan haddii aad u baahato.

guide-housing-office-help = Waqti dheer ayay qaadan kartaa in guri laga helo Iswiidhan. Degmooyin badan waxay leeyihiin saf guri (bostadskö). Goor hore is diiwaangeli, sababtoo ah waqtiga safka waa la tiriyaa. Sidoo kale waxaad guri ka kiraysan kartaa mulkiile gaar ah (hyresvärd). Haddii degmadu ku siisay gurigaagii ugu horreeyay markaad timid (bosättningslagen), heshiisku waxa laga yaabaa inuu muddo xaddidan yahay. Weydii degmada waxa xiga. Ururka Kiraystayaasha (Hyresgästföreningen) ayaa talo ku siin kara.
guide-housing-office-steps =
    Waxaad iska diiwaangelisaa safka guryaha (bostadskö), inta badan boggeeda internetka ee degmada. Goor hore samee.
    Waxaad raadisaa guryo oo aad codsataa. Si dhakhso ah uga jawaab markaad hesho dalab.
    Waxaad saxiixdaa heshiis. Heshiis toos ah oo mulkiilaha lala galo (förstahandskontrakt) ayaa ugu ammaan badan. Haddii aad ka kiraysato kiraystayaal kale (andrahand), heshiiska qoraal ahaan u qaado.
    Waxa laga yaabaa inaad Försäkringskassan ka hesho kaalmada kirada (bostadsbidrag), tusaale ahaan haddii aad carruur leedahay. Ka codso boggooda internetka.
    Haddii wax gurigaaga ka mid ahi jabaan, u sheeg mulkiilaha.
    Haddii aad dhibaato la qabto mulkiilaha, talo weydiiso Ururka Kiraystayaasha (Hyresgästföreningen).

guide-council-for-higher-education-help = Golaha Waxbarashada Sare (Universitets- och högskolerådet, UHR) ayaa eega waxbarashada dalalka kale, oo sheega qiimaha ay ku leedahay Iswiidhan (bedömning av utländsk utbildning). Waxay noqon kartaa dugsi sare, tababar xirfadeed oo ka dambeeya, ama jaamacad. Waxaad heshaa qiimeyn qoraal ah, si loo-shaqeeyayaasha iyo dugsiyadu u fahmaan waxbarashadaada. Waa bilaash. Qiimeyntu ma aha ruqsad: shaqooyin qaar, tusaale ahaan dhakhtar, kalkaaliye ama macallin, waxay u baahan yihiin ruqsad (legitimation) hay'ad kale.
guide-council-for-higher-education-steps =
    Waxaad ka codsataa boggooda internetka uhr.se. Waa bilaash. Arbetsförmedlingen ama SFI ayaa kaa caawin kara.
    Waxaad soo dirtaa nuqullo shahaadooyinkaaga iyo liisaska koorsooyinkaaga iyo darajooyinkaaga. UHR ayaa kuu sheegta haddii ay tahay in la turjumo.
    Haddii waraaqo kaa maqan yihiin, weydii UHR waxa aad samayn karto.
    Waxaad sugtaa qiimeynta. Dhowr bilood ayay qaadan kartaa.
    Qiimeynta waxaad tustaa loo-shaqeeyayaasha iyo dugsiyada. Nuqul ka hay.
    Shaqo u baahan ruqsad, waxaad ka codsataa hay'adda saxda ah, tusaale ahaan Socialstyrelsen shaqooyinka caafimaadka ama Skolverket macallimiinta.

guide-civil-society-help = Ururrada iyo dadka tabarruca ahi ma aha hay'ado dowladeed. Iyaga waxaad kula kulmi kartaa dad, waxaad dhisan kartaa xiriir, waxaadna ku layli kartaa af-Iswiidhish. Waxay noqon kartaa Laanqayrta Cas (Röda korset), kafeega luqadda (språkcafé), kaniisad ama masaajid, ama naadi ciyaareed. Sidoo kale waxaad dadka kale u caawin kartaa tabarruc ahaan.
guide-civil-society-steps =
    Weydii maktabadda, degmada ama SFI ururrada kuu dhow.
    Aad kafeega luqadda oo ku layli af-Iswiidhish.
    Isku day hawl aad jeceshahay, tusaale ahaan ciyaaraha ama cunto karinta.
    Xubin noqo haddii aad jeclaato.
    Dadka kale u caawi tabarruc ahaan. Waxay sidoo kale ku siinaysaa waayo-aragnimo aad ku qorto CV-gaaga.

guide-myself-help = Adiga ayaa ah qofka la kulma dhammaan hay'adaha, wax badanna adigu waad samayn kartaa. Waraaqahaaga hay oo diiwaankaaga la tag kulamada. Sheeg waxa aad u baahan tahay, oo weydii markaadan fahmin. Xaq ayaad u leedahay turjumaan hay'adaha, adiguna waxaad go'aamisaa waxa aad la wadaagayso.
guide-myself-steps =
    Dhammaan warqadaha iyo waraaqaha hal meel ku hay.
    Tallaabooyinkaaga iyo kulamadaada ku qor Etapp.
    Hore u sheeg haddii aad turjumaan u baahan tahay.
    Diiwaankaaga la tag kulamada. Muuji oo keliya waxa aad rabto inaad la wadaagto.
    Weydii waxa tallaabo kasta loogu talagalay, iyo sida ay kaaga caawinayso inaad gaarto hadafkaaga.
    Sheeg waxa aad u baahan tahay iyo waxa kugu adag.
