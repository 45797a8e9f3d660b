# إطار التطبيق: الاسم، واختيار اللغة، وشاشة الترحيب.
# كلمات بسيطة وجمل قصيرة.

app-name = Etapp
language-name = العربية
language-picker = اللغة
language-picker-hint = اختر اللغة التي تقرأها بسهولة.
skip-to-content = انتقل إلى المحتوى الرئيسي

welcome-title = أهلاً بك في Etapp
welcome-lead = Etapp هو سجلك الخاص لطريقك في السويد: ما فعلته من قبل، وأهدافك، وخطواتك مع كل جهة حكومية.
welcome-local-title = سجلك يبقى معك
welcome-local = كل شيء يُحفظ على هذا الحاسوب فقط. وهو مقفل بكلمة سر لا يعرفها أحد غيرك.
welcome-share-title = أنت تختار ما تشاركه
welcome-share = عندما تريد، يمكنك أن تعطي الموظف المسؤول الأجزاء التي تختارها فقط. لا يُرسل شيء دون موافقتك.
welcome-greeting = مرحباً { $name }!
