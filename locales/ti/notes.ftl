# Notes: dated free text for what fits nowhere else, each in the language
# it is written in. Language names come from the browser (Intl), not from
# here.

notes-title = መዘኻኸርታት
notes-lead = ክትዝክርዎ እትደልዩ ጽሓፉ: ኣብ ኣኼባ ዝተባህለ፣ ወይ ንዝመጽእ ግዜ ዘለኩም ሕቶ። ብዝኾነ ቋንቋ ክትጽሕፉ ትኽእሉ ኢኹም።
notes-loading = መዘኻኸርታትኩም ይጽዓኑ ኣለዉ…
notes-add = መዘኻኸሪ ጽሓፉ
notes-empty = ገና መዘኻኸሪ የብልኩምን።
notes-list = መዘኻኸርታትኩም
notes-saved = መዘኻኸሪ ተዓቂቡ።
notes-deleted = መዘኻኸሪ ተደምሲሱ።
notes-written-in = ዝተጻሕፈሉ ቋንቋ: { $language }
notes-edit = ቀይሩ
notes-delete = ደምስሱ
notes-delete-title = ነዚ መዘኻኸሪ ክትድምስስዎ ትደልዩ ዶ?
notes-delete-what = መዘኻኸሪ ናይ { $date }:

notes-form-new = ሓድሽ መዘኻኸሪ
notes-form-edit = መዘኻኸሪ ቀይሩ
notes-form-date = ዕለት መዘኻኸሪ
notes-form-date-missing = ናይቲ መዘኻኸሪ መዓልቲ ምረጹ።
notes-form-language = ብኣየናይ ቋንቋ ትጽሕፉ?
notes-form-language-hint = እቲ መዘኻኸሪ ብኣየናይ ቋንቋ ከም ዝተጻሕፈ ካልኦት ምእንቲ ክፈልጡ።
notes-form-text = መዘኻኸሪኹም
notes-form-save = መዘኻኸሪ ዕቀቡ
notes-form-cancel = ሕደጉ
