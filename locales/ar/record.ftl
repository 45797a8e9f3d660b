# السجل: ما يمكن أن يحدث من أخطاء عند حفظه أو استيراده. { $field } هو
# اسم القيمة في ملف السجل (مثلاً steps[2].end_date).

record-error-invalid-value = القيمة في { $field } غير صحيحة. تأكد منها وحاول مرة أخرى. لم يُحفظ شيء.
record-error-empty-title = { $field } فارغ. اكتب شيئاً فيه وحاول مرة أخرى.
record-error-date-in-future = التاريخ في { $field } لم يأتِ بعد. تأكد من التاريخ وحاول مرة أخرى.
record-error-end-before-start = تاريخ النهاية في { $field } يأتي قبل تاريخ البداية. غيّر أحدهما وحاول مرة أخرى.
record-error-sub-goal-without-final-goal = الهدف الفرعي يجب أن يتبع هدفاً نهائياً ({ $field }). اختر هدفاً نهائياً أولاً، أو اجعل هذا هدفاً نهائياً.
record-error-evaluation-too-early = يمكنك تقييم الخطوة عندما تنتهي أو تُلغى ({ $field }). غيّر حالتها أولاً.
record-error-no-such-goal = لا يوجد هدف بالرقم { $id }. تأكد من الرقم وحاول مرة أخرى.
record-error-no-such-step = لا توجد خطوة بالرقم { $id }. تأكد من الرقم وحاول مرة أخرى.
record-error-no-such-contact = لا يوجد شخص للتواصل بالرقم { $id }. تأكد من الرقم وحاول مرة أخرى.
record-error-no-such-checkin = لا يوجد تقييم بالرقم { $id }. تأكد من الرقم وحاول مرة أخرى.
record-error-no-such-obstacle = لا توجد عقبة بالرقم { $id }. تأكد من الرقم وحاول مرة أخرى.
record-error-no-such-note = لا توجد ملاحظة بالرقم { $id }. تأكد من الرقم وحاول مرة أخرى.
record-error-not-a-record = هذا الملف ليس سجلاً من Etapp، أو هو تالف (عند { $field }). لم يتغير شيء. اختر ملفاً صُنع بالأمر "export-record".
record-error-not-empty = سجلك فيه معلومات من قبل، لذلك لم يُستورد شيء. استورد إلى سجل جديد فارغ.
record-error-duplicate-key = يذكر الملف { $field } مرتين، لذلك لا يستطيع Etapp أن يعرف أيهما المقصود. احتفظ بواحد منهما فقط وحاول مرة أخرى. لم يتغير شيء.
record-error-no-such-share = لا توجد مشاركة بالرقم { $id }. تأكد من الرقم باستخدام "etapp shares" وحاول مرة أخرى.
