# المشاركة في التطبيق: خطوات صنع المشاركة، وقائمة المشاركات، والقارئ الذي
# يفتح به الموظف المسؤول المشاركة. كلمات بسيطة وجمل قصيرة: قد يكون الشخص
# جديداً على اللغة. "المشاركة" هي الملف الذي يعطيه الشخص لموظف مسؤول.

nav-share = مشاركة
nav-shares = مشاركاتي
nav-reader = افتح مشاركة
home-share = شارك مع موظف مسؤول

## خطوات صنع المشاركة: مهمة واحدة في كل شاشة.

share-step-of = الخطوة { $step } من { $total }
share-next = التالي
share-checking = جارٍ التحقق…
share-loading = جارٍ تحميل سجلك…

share-to-title = من يأخذ المشاركة؟
share-to-lead = تصنع ملفاً لموظف مسؤول واحد. Etapp لا يرسل شيئاً: أنت تعطي الملف بنفسك.
share-to-contact = املأ من الأشخاص الذين أتواصل معهم
share-to-contact-none = اختر شخصاً
share-to-agency = الجهة
share-to-no-agency = لا توجد جهة
share-to-unit = القسم أو المكتب
share-to-name = اسم الموظف المسؤول

share-why-title = لماذا تشارك؟
share-why-lead = يرى الموظف المسؤول الغرض من المشاركة.
share-why-legend = ما الغرض منها؟
share-why-text = بكلماتك أنت
share-why-text-hint = يمكنك أن تضيف بعض الكلمات. إذا اخترت «شيء آخر»، اكتب الغرض منها.
share-why-none = اختر الغرض من المشاركة.

share-what-title = ماذا تشارك؟
share-what-lead = ضع علامة فقط على ما يساعد في هذا. لا توجد علامة على أي شيء في البداية. فقط ما تضع عليه علامة يدخل في الملف.
share-what-all = كل «{ $section }»
share-what-profile = اسمي، ووصولي، وتصريح الإقامة، ولغاتي، وأهل بيتي
share-what-children = سنوات ولادة أطفالي
share-what-sub-goal = هدف فرعي من «{ $goal }»
share-what-checkin-areas = إجاباتي عن { $areas }
share-what-name-tip = نصيحة: شارك هذا الجزء. عندها يرى الموظف المسؤول اسمك ويستطيع أن يجد ملفك.
share-what-sensitive = هذا حسّاس: { $categories }. شاركه فقط إذا كان يساعدك. لا يدخل إلا إذا وضعت عليه علامة هنا.
share-what-whole-only = هذا لا يدخل إلا مع كل ما في «{ $section }». ضع علامة على الكل، أو أزل العلامة عن هذا.
share-what-together = يشارك Etapp الأشياء الحسّاسة في المشاركة الواحدة معاً. وضعت علامة على أشياء حسّاسة أخرى، لذلك سيدخل هذا أيضاً. ضع عليه علامة، أو أزل العلامة عن «{ $item }».
share-what-none = ضع علامة على شيء واحد على الأقل لتشاركه.
share-what-check = بعض الأشياء لا يمكن أن تدخل كما وضعت العلامات. اقرأ الملاحظات الحمراء في الأعلى.

share-until-title = لأي مدة؟
share-until-lead = بعد هذا اليوم لا يفتح Etapp المشاركة.
share-until-legend = يستطيع الموظف المسؤول أن يفتحها لمدة
share-until-days = { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يوماً
   *[other] { $days } يوم
}
share-until-date = حتى { $date }

share-preview-title = هذا ما يراه الموظف المسؤول
share-preview-lead = راجعه قبل أن تحفظ. يظهر بلغتك وبالسويدية، كما يقرؤه الموظف المسؤول والمترجم.
share-preview-busy = جارٍ تجهيز المعاينة…
share-consent-title = ما توافق عليه
share-left-out-title = لم يدخل لأنه حسّاس
share-left-out = { $count ->
    [zero] لا يوجد شيء عن { $categories } خارج المشاركة.
    [one] شيء واحد عن { $categories } ليس في المشاركة، لأنك لم تضع عليه علامة.
    [two] شيئان عن { $categories } ليسا في المشاركة، لأنك لم تضع عليهما علامة.
    [few] { $count } أشياء عن { $categories } ليست في المشاركة، لأنك لم تضع عليها علامة.
    [many] { $count } شيئاً عن { $categories } ليست في المشاركة، لأنك لم تضع عليها علامة.
   *[other] { $count } شيء عن { $categories } ليست في المشاركة، لأنك لم تضع عليها علامة.
}
share-left-out-change = غيّر ما أشاركه

share-confirm-title = هل تحفظ المشاركة؟
share-confirm-lead = انظر إليها مرة أخرى. اختر كيف يقفل Etapp المشاركة وكيف تعطيها. بعد ذلك تختار أين تحفظها، مثلاً على ذاكرة USB.
share-confirm-to = إلى
share-confirm-purpose = لماذا
share-confirm-parts = ماذا
share-confirm-until = حتى
share-confirm-agree = عندما تحفظ، توافق على هذا:
share-confirm-save = احفظ المشاركة
share-confirm-busy = جارٍ قفل المشاركة وحفظها. يستغرق هذا بضع ثوانٍ…
share-confirm-cancelled = أغلقت النافذة. لم يُحفظ شيء.
share-form = كيف تريد أن تعطيها؟
share-form-file = ملف لبرنامج Etapp (⁦.etapp⁩)
share-form-file-hint = الموظف يفتحه في Etapp.
share-form-page = صفحة يفتحها أي متصفح إنترنت (⁦.html⁩)
share-form-page-hint = لموظف لا يستطيع تثبيت Etapp. الصفحة تعمل بدون إنترنت.
share-form-both = الاثنان
share-form-both-hint = ملفان فيهما نفس المشاركة. الموظف يختار واحداً.
share-lock = كيف تُقفل؟
share-lock-code = برمز تقوله وجهاً لوجه
share-lock-code-hint = يصنع Etapp رمزاً من 16 رقماً. يحتاجه الموظف ليفتح المشاركة.
share-lock-key = بمفتاح الجهة
share-lock-key-hint = لجهة أعطتك مفتاحها العام. هذه الجهة فقط تستطيع فتح المشاركة. لا يوجد رمز.
share-lock-key-field = المفتاح العام للجهة
share-lock-key-field-hint = يبدأ بـ age1. انسخه تماماً كما أعطته الجهة.

share-code-title = حُفظت مشاركتك
share-code-file = حُفظت باسم: { $name }
share-code-page = الصفحة تُفتح في أي متصفح إنترنت. الموظف يكتب نفس الرمز.
share-code-key = المشاركة مقفلة بمفتاح الجهة. هذه الجهة فقط تستطيع فتحها. لا يوجد رمز لتقوله.
share-code-lead = يحتاج الموظف المسؤول هذا الرمز ليفتح الملف. قله له.
share-code-aria = رمز المشاركة، في مجموعات من أربعة أرقام
share-code-own = الرمز نفسه بأرقامك:
share-code-advice-face = قل الرمز للموظف المسؤول وجهاً لوجه.
share-code-advice-message = لا تكتب الرمز في بريد إلكتروني أو في رسالة.
share-code-advice-stick = لا تضع الرمز على ذاكرة USB نفسها التي عليها الملف، ولا معه.
share-code-fingerprint-title = إذا سألك الموظف المسؤول
share-code-fingerprint = اقرأ هذه الأرقام بصوت عالٍ. هي تُظهر أن المشاركة جاءت من سجلك.
share-code-to-log = انظر ما شاركته
share-code-done = رجوع إلى صفحتي

## قائمة المشاركات.

shares-title = ما شاركته
shares-lead = كل مشاركة صنعتها، الأحدث أولاً. يحفظ Etapp هذه القائمة في سجلك.
shares-loading = جارٍ تحميل مشاركاتك…
shares-empty = لم تشارك أي شيء بعد.
shares-new = اصنع مشاركة جديدة
shares-list = مشاركاتي
shares-made = صُنعت
shares-purpose = لماذا
shares-parts = ماذا
shares-until = يمكن فتحها حتى
shares-expired = كان يمكن فتحها حتى
shares-withdrawn = علّمتها بأنها مسحوبة في { $date }.
shares-withdraw = علّمها بأنها مسحوبة
shares-withdraw-title = هل تعلّم هذه المشاركة بأنها مسحوبة؟
shares-withdraw-what = الملف الذي أعطيته من قبل لا يمكن استرجاعه. Etapp يكتب هنا فقط أنك سحبتها. لا يفتح Etapp الملف بعد { $date }. يمكنك أن تطلب من الموظف المسؤول أن يحذفه.
shares-withdraw-keep = لا، اتركها
shares-withdraw-confirm = نعم، علّمها بأنها مسحوبة
shares-withdrawn-done = عُلّمت المشاركة بأنها مسحوبة.

## القارئ: الموظف المسؤول يفتح مشاركة. لا يحتاج إلى سجل.

open-share-start-title = هل أعطاك أحد مشاركة؟
open-share-start-hint = للموظفين المسؤولين: افتح ملفاً من Etapp بالرمز الذي يقوله لك الشخص. لا تحتاج إلى سجل خاص بك.
open-share-start = افتح مشاركة
open-share-title = افتح مشاركة
open-share-lead = أعطاك شخص ملفاً من Etapp ويقول لك رمزاً. اختر الملف، ثم اكتب الرمز.
open-share-file = الملف
open-share-no-file = لم تختر ملفاً بعد.
open-share-chosen = اخترت: { $name }
open-share-choose = اختر الملف
open-share-choose-other = اختر ملفاً آخر
open-share-code = الرمز
open-share-code-hint = ١٦ رقماً. المسافات والشرطات لا تهم.
open-share-open = افتح
open-share-busy = جارٍ فتح المشاركة. يستغرق هذا ثانية…
open-share-opened = من الملف { $name }.
open-share-show-in = اعرضها بـ
open-share-side-by-side = بجانب لغة الشخص: { $language }
open-share-save-page = احفظ الصفحة للطباعة
open-share-page-saved = حُفظت باسم { $name }.
open-share-page-not-saved = أغلقت النافذة. لم يُحفظ شيء.
open-share-close = أغلق المشاركة

## المقارنة بمشاركة سابقة (القارئ)

compare-start-title = ما الذي تغيّر منذ المرة الماضية؟
compare-start-hint = هل لديك مشاركة سابقة من الشخص نفسه؟ افتحها أيضًا، وانظر ما الذي تغيّر بين المشاركتين.
compare-start = قارن بمشاركة سابقة
compare-file = المشاركة السابقة
compare-choose = اختر المشاركة السابقة
compare-open-title = اختر المشاركة السابقة
compare-by-key = المشاركة السابقة تُفتح بملف المفتاح نفسه مثل هذه.
compare-busy = جارٍ فتح المشاركة السابقة. يستغرق هذا ثانية…
compare-open = قارن
compare-cancel = إلغاء
compare-hide = أخفِ ما تغيّر
compare-from-file = مقارنة بالمشاركة السابقة { $name }
compare-error-no-file = اختر المشاركة السابقة أولًا.
compare-error-same-share = هذه هي المشاركة المفتوحة الآن. اختر مشاركة سابقة من الشخص نفسه.

## التقرير من مشاركات كثيرة (جهة الهيئة)

report-start-title = للهيئات: تقرير من مشاركات كثيرة
report-start-hint = يمكن للناس أن يعطوكم مشاركات للتقييم، مقفلة بمفتاح هيئتكم. انظروا كيف سارت الخطوات لهم جميعًا معًا. لا تدخل في التقرير أسماء ولا شيء مما كتبه الناس.
report-start = اصنع تقريرًا
report-screen-title = تقرير من مشاركات كثيرة
report-lead = اختر المجلد الذي فيه المشاركات وملف مفتاح هيئتك. تُحسب فقط المشاركات المعطاة للتقييم. المجموعات التي فيها أقل من 5 أشخاص لا تظهر.
report-folder = المجلد الذي فيه المشاركات
report-no-folder = لم يُختر مجلد بعد.
report-folder-choose = اختر المجلد
report-folder-choose-other = اختر مجلدًا آخر
report-folder-title = اختر المجلد الذي فيه المشاركات
report-key = ملف مفتاح هيئتك
report-no-key = لم يُختر ملف مفتاح بعد.
report-key-choose = اختر ملف المفتاح
report-key-choose-other = اختر ملف مفتاح آخر
report-busy = جارٍ قراءة المشاركات: { $done } من { $total }
report-make = اصنع التقرير
report-save-csv = احفظ كجدول (CSV)
report-csv-title = احفظ التقرير
report-csv-file-type = جدول (CSV)
report-csv-saved = حُفظ باسم { $name }.
report-status = الحالة
report-rating = التقييم
report-count = العدد
report-change = التغيّر
report-area-median = وسيط التغيّر: { $median }
report-area-changes = كم تغيّر المستوى (عدد الأشخاص)
report-error-no-folder = اختر المجلد الذي فيه المشاركات أولًا.
report-error-no-shares = لا توجد في هذا المجلد مشاركات من Etapp (ملفات تنتهي بـ ‎.etapp أو ‎.html). اختر مجلدًا آخر.
report-error-none-counted = لم يمكن حساب أي مشاركة. الأولى: { $reason }. تأكّد أنك اخترت المجلد الصحيح وملف مفتاح هيئتك.
report-error-no-report = اصنع التقرير أولًا، ثم احفظه.
