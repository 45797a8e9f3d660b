# Notes: dated free text for what fits nowhere else, each in the language
# it is written in. Language names come from the browser (Intl), not from
# here.

notes-title = Qoraallo
notes-lead = Qor waxa aad rabto inaad xasuusato: wixii lagu yiri kulan, ama su'aal marka xigta. Luqad kasta waad ku qori kartaa.
notes-loading = Qoraalladaada ayaa la diyaarinayaa…
notes-add = Qor qoraal
notes-empty = Weli qoraal ma lihid.
notes-list = Qoraalladaada
notes-saved = Qoraalka waa la kaydiyay.
notes-deleted = Qoraalka waa la tirtiray.
notes-written-in = Waxa lagu qoray { $language }
notes-edit = Beddel
notes-delete = Tirtir
notes-delete-title = Ma tirtiraysaa qoraalkan?
notes-delete-what = Qoraalka { $date }:

notes-form-new = Qoraal cusub
notes-form-edit = Beddel qoraalka
notes-form-date = Taariikhda qoraalka
notes-form-date-missing = Dooro maalinta qoraalka.
notes-form-language = Luqaddee ayaad ku qoraysaa?
notes-form-language-hint = Si ay dadka kale u ogaadaan luqadda qoraalku ku qoran yahay.
notes-form-text = Qoraalkaaga
notes-form-save = Kaydi qoraalka
notes-form-cancel = Jooji
