# The record: what goes wrong when saving or importing it. { $field } is
# the name of the value in the record file (for example steps[2].end_date).

record-error-invalid-value = Qiimaha { $field } sax ma aha. Hubi oo isku day mar kale. Waxba lama kaydin.
record-error-empty-title = { $field } waa madhan yahay. Wax ku qor oo isku day mar kale.
record-error-date-in-future = Taariikhda { $field } weli ma iman. Hubi taariikhda oo isku day mar kale.
record-error-end-before-start = Taariikhda dhammaadka ee { $field } waxay ka horraysaa taariikhda bilowga. Mid ka mid ah beddel oo isku day mar kale.
record-error-sub-goal-without-final-goal = Hadaf-hoosaad waa inuu ka tirsanaadaa hadaf kama dambays ah ({ $field }). Marka hore dooro hadaf kama dambays ah, ama kan ka dhig hadaf kama dambays ah.
record-error-evaluation-too-early = Tallaabo waad qiimeyn kartaa marka ay dhammaato ama la joojiyo ({ $field }). Marka hore beddel xaaladdeeda.
record-error-no-such-goal = Ma jiro hadaf leh lambarka { $id }. Hubi lambarka oo isku day mar kale.
record-error-no-such-step = Ma jirto tallaabo leh lambarka { $id }. Hubi lambarka oo isku day mar kale.
record-error-no-such-contact = Ma jiro qof xiriir leh lambarka { $id }. Hubi lambarka oo isku day mar kale.
record-error-no-such-checkin = Ma jirto is-qiimeyn leh lambarka { $id }. Hubi lambarka oo isku day mar kale.
record-error-no-such-obstacle = Ma jirto caqabad leh lambarka { $id }. Hubi lambarka oo isku day mar kale.
record-error-no-such-note = Ma jiro qoraal leh lambarka { $id }. Hubi lambarka oo isku day mar kale.
record-error-not-a-record = Faylkani ma aha diiwaan Etapp ah, ama wuu xumaaday (meesha { $field }). Waxba lama beddelin. Dooro fayl lagu sameeyay "export-record".
record-error-not-empty = Diiwaankaagu horeba xog ayuu hayaa, sidaa darteed waxba lama soo gelin. Ku soo geli diiwaan cusub oo madhan.
record-error-duplicate-key = Faylku { $field } laba jeer ayuu sheegayaa, sidaa darteed Etapp ma garan karo midka loola jeedo. Mid keliya ka tag oo isku day mar kale. Waxba lama beddelin.
record-error-no-such-share = Ma jirto xirmo leh lambarka { $id }. Ku hubi lambarka "etapp shares" oo isku day mar kale.
