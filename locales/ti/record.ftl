# The record: what goes wrong when saving or importing it. { $field } is
# the name of the value in the record file (for example steps[2].end_date).

record-error-invalid-value = ዋጋ ናይ { $field } ቅኑዕ ኣይኮነን። ኣረጋግጽዎ እሞ እንደገና ፈትኑ። ዋላ ሓንቲ ኣይተዓቀበን።
record-error-empty-title = { $field } ባዶ እዩ። ኣብኡ ገለ ጽሓፉ እሞ እንደገና ፈትኑ።
record-error-date-in-future = እቲ ዕለት ኣብ { $field } ገና ኣይበጽሐን። ነቲ ዕለት ኣረጋግጹ እሞ እንደገና ፈትኑ።
record-error-end-before-start = ዕለት መወዳእታ ኣብ { $field } ቅድሚ ዕለት መጀመርታ እዩ። ሓደ ካብኣቶም ቀይሩ እሞ እንደገና ፈትኑ።
record-error-sub-goal-without-final-goal = ንኡስ ዕላማ ናይ ሓደ መወዳእታ ዕላማ ክኸውን ኣለዎ ({ $field })። ቅድም መወዳእታ ዕላማ ምረጹ፣ ወይ ነዚ መወዳእታ ዕላማ ግበርዎ።
record-error-evaluation-too-early = ስጉምቲ ምስ ተወድአ ወይ ምስ ተሰረዘ ጥራይ ርእይቶኹም ክትህቡሉ ትኽእሉ ({ $field })። ቅድም ኩነታቱ ቀይሩ።
record-error-no-such-goal = ቁጽሪ { $id } ዘለዎ ዕላማ የለን። ነቲ ቁጽሪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
record-error-no-such-step = ቁጽሪ { $id } ዘለዎ ስጉምቲ የለን። ነቲ ቁጽሪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
record-error-no-such-contact = ቁጽሪ { $id } ዘለዎ ናይ ርክብ ሰብ የለን። ነቲ ቁጽሪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
record-error-no-such-checkin = ቁጽሪ { $id } ዘለዎ ገምጋም የለን። ነቲ ቁጽሪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
record-error-no-such-obstacle = ቁጽሪ { $id } ዘለዎ ዕንቅፋት የለን። ነቲ ቁጽሪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
record-error-no-such-note = ቁጽሪ { $id } ዘለዎ መዘኻኸሪ የለን። ነቲ ቁጽሪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
record-error-not-a-record = እዚ ፋይል መዝገብ Etapp ኣይኮነን፣ ወይ ተበላሽዩ እዩ (ኣብ { $field })። ዋላ ሓንቲ ኣይተቐየረን። ብ "export-record" ዝተሰርሐ ፋይል ምረጹ።
record-error-not-empty = መዝገብኩም ድሮ ሓበሬታ ሒዙ ስለ ዘሎ፣ ዋላ ሓንቲ ኣይኣተወን። ናብ ሓድሽ ባዶ መዝገብ ኣእትዉ።
record-error-duplicate-key = እቲ ፋይል { $field } ክልተ ግዜ ይጠቅስ፣ ስለዚ Etapp ኣየናይ ከም ዝድለ ክፈልጥ ኣይክእልን። ሓደ ካብኣቶም ጥራይ ኣትርፉ እሞ እንደገና ፈትኑ። ዋላ ሓንቲ ኣይተቐየረን።
record-error-no-such-share = ቁጽሪ { $id } ዘለዎ ምክፋል የለን። ብ "etapp shares" ነቲ ቁጽሪ ኣረጋግጹ እሞ እንደገና ፈትኑ።
