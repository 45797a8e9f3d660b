# إطار التطبيق: الاسم، واختيار اللغة، وشاشة الترحيب.
# كلمات بسيطة وجمل قصيرة.

app-name = Etapp
language-name = العربية
language-picker = اللغة
language-picker-hint = اختر اللغة التي تقرأها بسهولة.
language-draft = لم يراجع هذه الترجمةَ بعدُ شخصٌ لغتُه الأم العربية. قد تكون بعض الكلمات غير صحيحة. إذا لم يكن شيء واضحاً، اسأل مترجماً أو اختر لغة أخرى.
skip-to-content = انتقل إلى المحتوى الرئيسي
interpreter-view = عرض المترجم
interpreter-view-hint = كل نص بلغتك وبلغة ثانية، من أجل المترجم.
interpreter-language = اللغة الثانية
screen-loading = نجهّز الصفحة …

welcome-title = أهلاً بك في Etapp
welcome-lead = Etapp هو سجلك الخاص لطريقك في السويد: ما فعلته من قبل، وأهدافك، وخطواتك مع كل جهة حكومية.
welcome-local-title = سجلك يبقى معك
welcome-local = كل شيء يُحفظ على هذا الحاسوب فقط. وهو مقفل بكلمة سر لا يعرفها أحد غيرك.
welcome-share-title = أنت تختار ما تشاركه
welcome-share = عندما تريد، يمكنك أن تعطي الموظف المسؤول الأجزاء التي تختارها فقط. لا يُرسل شيء دون موافقتك.
welcome-greeting = مرحباً { $name }!

# Month names in dates the core writes for people (the reader's summary,
# the printable page, the consent text): CLDR's wide names for dates.
date-month-1 = يناير
date-month-2 = فبراير
date-month-3 = مارس
date-month-4 = أبريل
date-month-5 = مايو
date-month-6 = يونيو
date-month-7 = يوليو
date-month-8 = أغسطس
date-month-9 = سبتمبر
date-month-10 = أكتوبر
date-month-11 = نوفمبر
date-month-12 = ديسمبر
