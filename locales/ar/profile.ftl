# عنّي: ملف المشارك الشخصي والأشخاص الذين يقابلهم في الجهات الحكومية.
# جمل قصيرة؛ قد يكون الشخص جديداً على اللغة.

profile-title = عنّي
profile-intro = ما تكتبه هنا يبقى على هذا الحاسوب. أنت تقرر ما تشاركه، ومع من.
profile-not-written = لم يُكتب بعد
profile-change = غيّر
profile-cancel = إلغاء
profile-saved = تم الحفظ.

profile-names-title = اسمك
profile-display-name = الاسم الذي تحب أن يناديك الناس به
profile-permit-name = اسمك كما هو على بطاقة الإقامة
profile-permit-name-hint = اكتبه تماماً كما هو على البطاقة. تبحث الجهات الحكومية عن اسمك بهذه الكتابة.

profile-ids-title = أرقام ملفك
profile-ids-why = قد تطلب منك جهة حكومية هذه الأرقام لتجد ملفك بسرعة. لست مضطراً إلى كتابتها هنا.
profile-pin = الرقم الشخصي أو رقم التنسيق
profile-pin-hint = ١٢ أو ١٠ أرقام، مثلاً 19121212-1212.
profile-case-number = رقم ملفك في مصلحة الهجرة (Migrationsverket)
profile-case-number-hint = تجده في الرسائل التي تصلك من مصلحة الهجرة.

profile-languages-title = اللغات التي تتكلمها
profile-languages-none = لم تكتب أي لغة بعد.
profile-language-n = اللغة { $number }
profile-language = اللغة
profile-language-level = ما مستواك فيها
profile-language-add = أضف لغة
profile-language-remove = احذف هذه اللغة

profile-sweden-title = وقتك في السويد
profile-arrived-date = تاريخ وصولك إلى السويد
profile-permit-date = تاريخ حصولك على الإقامة
profile-municipality = البلدية التي تسكن فيها
profile-municipality-hint = مثلاً Malmö أو Umeå.

profile-household-title = بيتك
profile-adults = عدد البالغين في بيتك، وأنت منهم
profile-adults-count = { $count ->
    [zero] لا بالغين
    [one] شخص بالغ واحد
    [two] شخصان بالغان
    [few] { $count } أشخاص بالغين
    [many] { $count } شخصاً بالغاً
   *[other] { $count } شخص بالغ
}
profile-children = الأطفال
profile-children-none = لم تكتب أي أطفال.
profile-child-n = الطفل { $number }: سنة الولادة
profile-child-born = سنة الولادة { $year }
profile-child-add = أضف طفلاً
profile-child-remove = احذف هذا الطفل
profile-child-year-missing = اختر سنة ولادة الطفل { $number }.

profile-programme-title = برنامج التأسيس (etableringsprogrammet)
profile-programme-what = هذا برنامج في مكتب العمل (Arbetsförmedlingen) للقادمين الجدد إلى السويد. يساعدك على تعلّم السويدية وإيجاد عمل.
profile-programme-question = هل أنت في برنامج التأسيس الآن؟
profile-programme-yes = نعم
profile-programme-no = لا
profile-programme-since = منذ متى؟
profile-programme-in = أنت في البرنامج.
profile-programme-in-since = أنت في البرنامج منذ { $date }.
profile-programme-out = لست في البرنامج.

contact-title = الأشخاص الذين تتواصل معهم في الجهات الحكومية
contact-intro = الأشخاص الذين تقابلهم في الجهات الحكومية، مثل الموظف المسؤول عن ملفك.
contact-none = لم تُضف أي شخص بعد.
contact-add = أضف شخصاً
contact-new-title = شخص جديد
contact-edit-title = غيّر معلومات الشخص
contact-name = الاسم
contact-agency = أين يعمل هذا الشخص
contact-agency-choose = اختر
contact-agency-missing = اختر أين يعمل هذا الشخص.
contact-unit = القسم أو المكتب
contact-phone = الهاتف
contact-email = البريد الإلكتروني
contact-note = ملاحظتك
contact-note-hint = مثلاً متى يسهل الوصول إلى هذا الشخص.
contact-edit = غيّر
contact-delete = احذف
contact-save = احفظ معلومات الشخص
contact-delete-title = هل تحذف معلومات { $name }؟
contact-saved = حُفظت معلومات الشخص.
contact-deleted = حُذفت معلومات الشخص.
