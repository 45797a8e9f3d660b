# Obstacles (hinder): what stands in the way, who is handling it and since
# when, and when it was solved. The kinds and statuses themselves are in
# catalog.ftl (obstacle-*, obstacle-status-*).

obstacles-title = ዕንቅፋታት
obstacles-lead = እንታይ እዩ ዝዕንቅፈኩም ዘሎ? ሓንሳእ ጽሓፍዎ። ሽዑ ኣብ ኩሉ ኣኼባ ከተርእይዎ ትኽእሉ ኢኹም።
obstacles-loading = ዕንቅፋታትኩም ይጽዓኑ ኣለዉ…
obstacles-add = ዕንቅፋት ወስኹ
obstacles-empty = ገና ዝኾነ ዕንቅፋት ኣይጸሓፍኩምን። ዕንቅፋት ዝዕንቅፈኩም ነገር እዩ፣ ንኣብነት ክንክን ቆልዑ ዘይምህላው፣ ወይ ካብ እትፈልጥዎ ዝያዳ ቋንቋ ሽወደን ዝሓትት ኮርስ።
obstacles-now = ሕጂ ዝዕንቅፉኹም ዘለዉ
obstacles-none-now = ሕጂ ዝዕንቅፈኩም ነገር የለን።
obstacles-solved = ዝተፈትሑ
obstacles-saved = ዕንቅፋት ተዓቂቡ።
obstacles-deleted = ዕንቅፋት ተደምሲሱ።
obstacles-status-changed = ተዓቂቡ። ሕጂ: { $status }

# Who handles it: $by is agency, contact or both. Whole sentences, so that
# right-to-left text keeps the names in order.
obstacles-noticed = ዝተራእየሉ ዕለት: { $date }
obstacles-nobody = ገና ዝሰርሓሉ የለን።
obstacles-open-by = { $by ->
    [contact] ክሰርሓሉ ዘለዎ: { $contact }
    [both] ክሰርሓሉ ዘለዎ: { $agency } ({ $contact })
   *[agency] ክሰርሓሉ ዘለዎ: { $agency }
}
obstacles-handling = ካብ { $date } ጀሚሩ ይስራሓሉ ኣሎ
obstacles-handling-by = { $by ->
    [contact] ዝሰርሓሉ ዘሎ: { $contact }፣ ካብ { $date } ጀሚሩ
    [both] ዝሰርሓሉ ዘሎ: { $agency } ({ $contact })፣ ካብ { $date } ጀሚሩ
   *[agency] ዝሰርሓሉ ዘሎ: { $agency }፣ ካብ { $date } ጀሚሩ
}
obstacles-handling-undated = ሓደ ሰብ ይሰርሓሉ ኣሎ።
obstacles-handling-undated-by = { $by ->
    [contact] ዝሰርሓሉ ዘሎ: { $contact }
    [both] ዝሰርሓሉ ዘሎ: { $agency } ({ $contact })
   *[agency] ዝሰርሓሉ ዘሎ: { $agency }
}
obstacles-handled-from = ካብ { $date } ጀሚሩ ተሰሪሕሉ
obstacles-handled-by = { $by ->
    [contact] ዝሰርሓሉ: { $contact }
    [both] ዝሰርሓሉ: { $agency } ({ $contact })
   *[agency] ዝሰርሓሉ: { $agency }
}
obstacles-handled-by-from = { $by ->
    [contact] ዝሰርሓሉ: { $contact }፣ ካብ { $date } ጀሚሩ
    [both] ዝሰርሓሉ: { $agency } ({ $contact })፣ ካብ { $date } ጀሚሩ
   *[agency] ዝሰርሓሉ: { $agency }፣ ካብ { $date } ጀሚሩ
}
obstacles-solved-on = ኣብ { $date } ተፈቲሑ
obstacles-sensitive = ምስጢራዊ
obstacles-sensitive-note = ምስጢራዊ: ንስኹም እንተ መሪጽኩም ጥራይ እዩ ዝካፈል።

obstacles-to-handled = ሓደ ሰብ ይሰርሓሉ ኣሎ
obstacles-to-solved = ከም ዝተፈትሐ ምልክት ግበሩ
obstacles-to-open = ከም ብሓድሽ ክፈቱ
obstacles-to-not-solved = ገና ኣይተፈትሐን
obstacles-edit = ቀይሩ
obstacles-delete = ደምስሱ
obstacles-delete-title = ነዚ ዕንቅፋት ክትድምስስዎ ትደልዩ ዶ?

obstacles-form-new = ሓድሽ ዕንቅፋት
obstacles-form-edit = ዕንቅፋት ቀይሩ
obstacles-form-kind = እንታይ እዩ ዝዕንቅፈኩም ዘሎ?
obstacles-form-description = መግለጺ
obstacles-form-description-hint = ብቓላትኩም። “{ obstacle-other }” እንተ መሪጽኩም፣ እዚ ክትጽሕፍዎ ኣለኩም።
obstacles-form-status = ኣበይ በጺሑ ኣሎ?
obstacles-form-who = መን እዩ ዝሰርሓሉ ዘሎ?
obstacles-form-who-hint = ባዶ ክትገድፍዎ ትኽእሉ ኢኹም።
obstacles-form-agency = ትካል
obstacles-form-no-agency = ትካል የለን
obstacles-form-contact = ናይ ርክብ ሰብ
obstacles-form-no-contact = ናይ ርክብ ሰብ የለን
obstacles-form-noticed = ዝተራእየሉ ዕለት
obstacles-form-since = ክስራሓሉ ዝጀመረሉ ዕለት
obstacles-form-solved-on = ዝተፈትሓሉ ዕለት
obstacles-form-kind-missing = እንታይ ከም ዝዕንቅፈኩም ምረጹ።
obstacles-form-noticed-missing = ዝረኣኹምዎ መዓልቲ ምረጹ።
obstacles-form-solved-missing = ዝተፈትሓሉ መዓልቲ ምረጹ።
obstacles-form-save = ዕንቅፋት ዕቀቡ
obstacles-form-cancel = ሕደጉ
