# The vault: the encrypted record on this computer, its password and
# recovery code. Say what happened and what to do, in plain words.

vault-error-no-vault = Galkan weli kuma jiro diiwaan Etapp ah. Samee diiwaan cusub, ama dooro galka uu diiwaankaagu ku jiro.
vault-error-key-file-missing = Faylka furaha diiwaankaaga (vault.key) waa maqan yahay. La'aantiis diiwaanka lama furi karo. Faylka dib ugu soo celi nuqul-kayd, isla galkaas.
vault-error-key-file-damaged = Faylka furaha diiwaankaaga (vault.key) wuu xumaaday. Faylka dib ugu soo celi nuqul-kayd, isla galkaas.
vault-error-database-missing = Faylka diiwaankaaga (vault.db) waa maqan yahay. Faylka dib ugu soo celi nuqul-kayd, isla galkaas.
vault-error-database-does-not-open = Diiwaankaaga (vault.db) kuma furmo furahan. Faylku waxa laga yaabaa inuu xumaaday, ama wuxuu leeyahay fayl fure kale. Labada fayl dib uga soo celi isla nuqul-kaydka.
vault-error-database-damaged = Faylka diiwaankaaga (vault.db) wuu xumaaday, sidaa darteed Etapp ma akhrin karo dhammaantiis. Faylka ha tirtirin: nuqul ka kaydso. Kadib diiwaankaaga dib uga soo celi nuqul-kayd.
vault-error-wrong-passphrase = Ereyga sirta ahi sax ma aha. Hubi luqadda kiiboodhka iyo Caps Lock, kadib isku day mar kale. Haddii aad illowday, isticmaal koodhkaaga soo-celinta.
vault-error-wrong-recovery-code = Koodhkan soo-celintu ma furo diiwaankaaga. Hubi inuu yahay koodhka ugu cusub ee aad u qortay diiwaankan.
vault-error-mistyped-code = Lambar ka mid ah koodhka ayaa maqan ama khaldan. Hubi koox kasta oo afar lambar ah, oo koodhka mar kale qor.
vault-error-newer-version = Diiwaankaaga waxa sameeyay nooc ka cusub oo Etapp ah. Ku rakib Etapp-ka ugu cusub si aad u furto. Waxba lama beddelin.
vault-error-in-use = Diiwaankaagu horeba wuu ku furan yahay daaqad kale oo Etapp ah ama barnaamij kale. Halkaas ka xir, kadib isku day mar kale.
vault-error-already-exists = Galkan horeba diiwaan ayaa ku jira, sidaa darteed waxba lama beddelin. Ku fur ereygaaga sirta ah.
vault-error-passphrase-too-short = Ereyga sirta ahi wuu gaaban yahay. Isticmaal ugu yaraan { $min } xaraf.
vault-error-invalid-auto-lock-minutes = Waqtiga ka horreeya inta Etapp uusan is xirin waa inuu ahaadaa { $min } ilaa { $max } daqiiqo.
vault-error-disk-full = Diskigu waa buuxaa, sidaa darteed isbeddelkii ugu dambeeyay lama kaydin. Wax walba oo aad hore u kaydisay waa ammaan. Diskiga meel ka bannee, kadib isku day mar kale.
vault-error-storage = Etapp ma akhrin karin ama ma qori karin faylasha diiwaankaaga. Hubi in diskigu ku xiran yahay iyo inaad halkaas wax ku kaydin karto, kadib isku day mar kale.
vault-error-database = Wax ayaa ka khaldamay gudaha diiwaankaaga. Xir Etapp oo mar kale fur. Haddii ay mar kale dhacdo, diiwaankaaga dib uga soo celi nuqul-kayd.
vault-error-randomness = Kombiyuutarku ma samayn karin fure sir ah. Dib u shid kombiyuutarka, kadib isku day mar kale.

# How strong a new password is.
passphrase-strength-too-short = Aad u gaaban
passphrase-strength-weak = Daciif: si fudud ayaa loo qiyaasi karaa
passphrase-strength-fair = Wanaagsan
passphrase-strength-strong = Adag
passphrase-hint = Isticmaal ugu yaraan { $min } xaraf. Dhowr erey oo aan isku xiriirin way fududahay in la xasuusto, wayna adag tahay in la qiyaaso.
