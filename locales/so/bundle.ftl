# Sharing: a bundle is the part of the record a person hands a case
# worker. These messages make it, and say what went wrong when one does
# not open. Say what happened and what to do next.

list-separator = {", "}

## The consent text the person agrees to, and how to withdraw. It is kept
## inside the bundle, in the person's language and in Swedish.

share-consent-text = Waxaan { $to } siinayaa nuqul ka mid ah qaybahan diiwaankayga: { $parts }. Waxa loogu talagalay: { $purpose }. Waa la furi karaa ilaa { $expires }. Intaas kadib, Etapp ma furayo.
share-consent-sensitive = Waxa kale oo ku jira xog ku saabsan { $categories }. Waxaan doortay inaan la wadaago.
share-consent-items = { $count ->
    [one] hal shay oo kale
   *[other] { $count } shay oo kale
}
share-withdrawal-text = Xirmadan waxaan Etapp ku calaamadin karaa inaan dib ula noqday. Fayl aan horeba u dhiibay dib looma soo celin karo. { $expires } kadib ma furmayo. Shaqaalaha kiiska waxaan ka codsan karaa inuu tirtiro.

## When a bundle does not open.

bundle-error-mistyped-code = Lambar ka mid ah koodhka ayaa maqan ama khaldan. Qofka la hubi koox kasta oo afar lambar ah, oo koodhka mar kale qor.
bundle-error-wrong-code = Koodhkan ama furahan ma furo faylka, ama faylku wuu xumaaday. Qofka la hubi koodhka. Haddii uusan weli furmin, qofka ka codso inuu sameeyo xirmo cusub.
bundle-error-not-a-bundle = Faylkani ma aha xirmo Etapp ah. Hubi inaad dooratay faylka saxda ah.
bundle-error-truncated = Faylku ma dhammaystirna: goor hore ayuu dhammaadaa. Mar kale ka koobiyee meeshii aad ka heshay, ama qofka ka codso inuu sameeyo xirmo cusub.
bundle-error-signature = Faylka waa la beddelay kadib markii qofku sameeyay, sidaa darteed Etapp ma muujinayo. Qofka ka codso inuu sameeyo xirmo cusub.
bundle-error-expired = Xirmadan waxa la furi karay ilaa { $expires }. Qofka ka codso inuu sameeyo xirmo cusub.
bundle-error-newer-version = Xirmadan waxa lagu sameeyay nooc ka cusub oo Etapp ah. Ku rakib Etapp-ka ugu cusub si aad u furto.
bundle-error-not-an-identity = Faylkani ma aha fure age ah. Dooro faylka leh furaha sirta ah ee hay'addaada (wuxuu ku bilaabmaa AGE-SECRET-KEY-1).
bundle-error-public-key = Faylkan waxa ku jira fure guud (wuxuu ku bilaabmaa age1). Si aad xirmooyin u furto, dooro faylka leh furaha sirta ah ee hay'addaada (wuxuu ku bilaabmaa AGE-SECRET-KEY-1).
bundle-error-different-signers = Xirmooyinkan waxa lagu saxiixay furayaal kala duwan. Waxa laga yaabaa inay ka yimaadeen dad kala duwan, sidaa darteed Etapp isma barbar dhigo. Xirmo kasta keligeed u fur.

## Files.

file-error-not-a-file = Kani waa gal, ma aha fayl. Dooro fayl.
file-error-unreadable = Etapp ma akhrin karin faylka. Hubi inuu halkaas yahay iyo inaad furi karto, kadib isku day mar kale.

## Files and dialogs.

share-file-type = Xirmooyinka Etapp
share-save-title = Kaydi xirmada
share-page-type = Bogag uu furo biraawsar kasta
share-save-page-title = Kaydi bogga
share-error-same-file = Faylka iyo boggu isku magac ma yeelan karaan. Mid ka mid ah sii magac kale.
reader-open-title = Fur xirmo Etapp ah
reader-page-title = Kaydi bogga si aad u daabacdo
reader-page-file-type = Bog internet
reader-error-no-file = Marka hore dooro faylka.
reader-error-no-key-file = Marka hore dooro faylka furaha.
reader-key-open-title = Dooro faylka furaha hay'addaada
reader-key = Faylka furaha hay'adda
reader-key-hint = Xirmada ma waxa lagu xiray furaha hay'addaada, ee ma aha koodh? Markaas ku fur faylka furaha hay'addaada.
reader-key-choose = Isticmaal faylka furaha hay'adda
reader-key-choose-other = Dooro fayl fure kale
reader-key-use-code = Isticmaal koodh beddelkiisa
