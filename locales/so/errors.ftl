# Errors the app and the command line share. Each says what happened and
# what to do next.

error-no-data-folder = Etapp ma helayo gal uu diiwaankaaga ku kaydiyo. Ku bilow --vault iyo magaca gal.
error-app-failed = Etapp ma bilaabmin. Dib u shid kombiyuutarka oo isku day mar kale.
error-unknown-language = Luqadda “{ $language }” lama heli karo. Mid ka dooro liiska.
error-save-failed = Etapp wax ma kaydin karin. Waxaad hore u kaydisay waxba kama lumin. Isku day mar kale.
error-disk-full = Diskigu waa buuxaa, sidaa darteed Etapp wax ma kaydin karin. Waxaad hore u kaydisay waxba kama lumin. Bannee meel oo isku day mar kale.
error-permission-denied = Etapp looma oggola inuu wax ku qoro galkiisa. Waxaad hore u kaydisay waxba kama lumin. Weydii qof aad ku kalsoon tahay inuu hubiyo oggolaanshaha galka.
error-unexpected = Wax ayaa khaldamay. Waxaad hore u kaydisay waxba kama lumin. Isku day mar kale.
error-locked = Etapp waa xiran yahay. Ku fur ereygaaga sirta ah.
file-error-too-large = Faylku wuu ka weyn yahay { $megabytes } MB, sidaa darteed Etapp ma akhrin. Hubi inaad dooratay faylka saxda ah. Waxba lama beddelin.
