### سمة Plenary الافتراضية: كل كلمات الواجهة باللغة العربية.
###
### MACHINE-UNCHECKED: this translation was written without review by a native
### speaker. An Arabic speaker should read it through and correct it; until then,
### treat its wording as provisional. (لم يراجع هذه الترجمة أحد من الناطقين بالعربية.)
###
### See en.ftl for the syntax (Fluent) and how a site overrides a message. Messages
### whose name ends in -html hold markup. Counts choose their form by CLDR's plural
### rules: Arabic has `zero`, `one`, `two`, `few` (3–10), `many` (11–99) and `other`.

language-name = العربية

## في كل صفحة
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-votes = عمليات التصويت
nav-states = الدول
nav-sessions = الدورات
nav-signatories = الجهات الموقِّعة
nav-tags = المواضيع
nav-symbols = وثائق الأمم المتحدة
nav-search = البحث
nav-menu = القائمة
feed-session-title = { $session } · { $site }
sep-and = {" "}و
sep-comma = ،{" "}
sep-semicolon = ؛{" "}
sep-colon = :{" "}
sentence-end = .

## أنواع الوثائق
kind-letter = رسالة
kind-statement = بيان
kind-annex = مرفق
kind-report = تقرير
kind-news = خبر
kind-vote = تصويت
kinds-letter = الرسائل
kinds-statement = البيانات
kinds-annex = المرفقات
kinds-report = التقارير
kinds-news = الأخبار
kinds-vote = عمليات التصويت

## الأعداد
documents-count = { $count ->
    [zero] لا توجد وثائق
    [one] وثيقة واحدة
    [two] وثيقتان
    [few] { $count } وثائق
    [many] { $count } وثيقة
   *[other] { $count } وثيقة
}
organisations-count = { $count ->
    [zero] لا توجد منظمات
    [one] منظمة واحدة
    [two] منظمتان
    [few] { $count } منظمات
    [many] { $count } منظمة
   *[other] { $count } منظمة
}
discrepancies-count = { $count ->
    [zero] لا توجد تناقضات
    [one] تناقض واحد
    [two] تناقضان
    [few] { $count } تناقضات
    [many] { $count } تناقضًا
   *[other] { $count } تناقض
}
absent-count = الغائبون: { $count }

## القوائم
draft = مسودة
home-latest = أحدث الوثائق
home-sessions = الدورات
home-browse = تصفح الأرشيف
find-label = البحث في الأرشيف
find-button = ابحث
list-newest-first = { $count ->
    [zero] لا توجد وثائق.
    [one] وثيقة واحدة.
    [two] وثيقتان، الأحدث أولًا.
    [few] { $count } وثائق، الأحدث أولًا.
    [many] { $count } وثيقة، الأحدث أولًا.
   *[other] { $count } وثيقة، الأحدث أولًا.
}
list-in-date-order = { $count ->
    [zero] لا توجد وثائق.
    [one] وثيقة واحدة.
    [two] وثيقتان، حسب التاريخ.
    [few] { $count } وثائق، حسب التاريخ.
    [many] { $count } وثيقة، حسب التاريخ.
   *[other] { $count } وثيقة، حسب التاريخ.
}
list-in-date-order-then-undated = { $count ->
    [zero] لا توجد وثائق.
    [one] وثيقة واحدة.
    [two] وثيقتان، حسب التاريخ، ثم غير المؤرخة حسب العنوان.
    [few] { $count } وثائق، حسب التاريخ، ثم غير المؤرخة حسب العنوان.
    [many] { $count } وثيقة، حسب التاريخ، ثم غير المؤرخة حسب العنوان.
   *[other] { $count } وثيقة، حسب التاريخ، ثم غير المؤرخة حسب العنوان.
}
list-by-title = { $count ->
    [zero] لا توجد وثائق.
    [one] وثيقة واحدة.
    [two] وثيقتان، حسب العنوان.
    [few] { $count } وثائق، حسب العنوان.
    [many] { $count } وثيقة، حسب العنوان.
   *[other] { $count } وثيقة، حسب العنوان.
}
undated = غير مؤرخة
undated-title = وثائق غير مؤرخة
undated-note = وثائق لا يذكر مصدرها تاريخًا ولا تحددها أي دورة.
taxonomy-session = الدورة
taxonomy-signatory = جهة موقِّعة
taxonomy-tag = الموضوع
taxonomy-sessions = الدورات
taxonomy-title = { $name } ({ $taxonomy })
sessions-heading = الدورات
signatories-heading = الجهات الموقِّعة
tags-heading = المواضيع
also-printed-as = وردت أيضًا باسم: { $names }
also-in = متاحة أيضًا بـ:
pagination-label = الصفحات
pagination-page-of = الصفحة { $number } من { $of }
pagination-first = الأولى
pagination-previous = السابقة
pagination-next = التالية
pagination-last = الأخيرة
title-page-of = { $title } (الصفحة { $number } من { $of })
list-count = المجموع: { $count }.

## صفحة الوثيقة
meta-date = التاريخ
meta-undated = غير مؤرخة: لا يذكر المصدر تاريخًا
meta-session = الدورة
meta-to = إلى
meta-symbol = رمز الأمم المتحدة
meta-concerns = تتعلق بـ
meta-signatories = الجهات الموقِّعة
meta-tags = المواضيع
meta-original = الأصل
meta-language = اللغة
concerning-votes = عمليات التصويت على النصوص التي تتعلق بها هذه الوثيقة
signatories = الجهات الموقِّعة
related-documents = وثائق ذات صلة
cited-by = استشهدت بها
session-more-label = وثائق أخرى من { $session }
session-more-html = وثائق أخرى من <a href="{ $url }">{ $session }</a>
session-earlier = السابقة:
session-later = التالية:
session-only = الوثيقة الوحيدة في هذه الدورة.
toc-heading = المحتويات
toc-paragraph = الفقرة { $number }
toc-paragraphs = الفقرات { $first }–{ $last }
toc-paragraph-run = الفقرات من { $first } إلى { $last }

## التصويت
vote-heading-html = تصويت مسجل على <a href="{ $url }" class="symbol">{ $symbol }</a>
vote-heading-titled = تصويت مسجل: { $title }
vote-recorded-in-html = مسجل في <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = مؤيد
position-no = معارض
position-abstain = ممتنع
position-absent = غائب
position-not_recorded = لا يوجد تصويت مسجل
position-disputed = موضع خلاف
outcome-adopted = اعتُمد
outcome-rejected = رُفض
outcome-not-known = النتيجة غير معروفة
outcome-unknown = غير معروفة
outcome-in-sentence = { $outcome ->
    [adopted] اعتُمد
   *[rejected] رُفض
}
outcome-contradicted = (تشير الأعداد إلى أنه { $outcome ->
        [adopted] اعتُمد
       *[rejected] رُفض
    })
vote-counted = { $count ->
    [one] محسوب من الدولة الواحدة المدرجة أدناه.
    [two] محسوب من الدولتين المدرجتين أدناه.
   *[other] محسوب من الدول المدرجة أدناه وعددها { $count }.
}
vote-announced = النتيجة المعلنة: { $yes } مؤيدًا، و{ $no } معارضًا، و{ $abstain } ممتنعًا.
vote-announced-only = النتيجة المعلنة؛ لا يتضمن الأرشيف سجل تصويت كل دولة.
vote-partial = النتيجة المعلنة. يذكر السجل { $named } من الدول التي يحسبها، وهي مدرجة أدناه؛ ولم يذكر { $count }.
vote-outcome-rule = تُستنتج النتيجة من قاعدة المجلس: يُعتمد النص عندما يفوق عدد الأعضاء المؤيدين عدد المعارضين.
vote-result-not-known = الأعداد غير معروفة
vote-sources = مسجل في
vote-given-in = وفق
vote-no-record = لا يتضمن الأرشيف النتيجة ولا سجل تصويت كل دولة.
vote-discrepancies = تناقضات في السجل
vote-table-caption = تصويت كل دولة على { $symbol }
vote-table-caption-titled = تصويت كل دولة على «{ $title }»
vote-state = الدولة
vote-position = التصويت
vote-not-in-registry = (غير موجودة في السجل)
vote-list-not-named = لم يذكر السجل { $count }
vote-list-none = لا أحد
vote-all-states = الدول نفسها في جدول واحد
votes-heading = عمليات التصويت
votes-lede-html = كل عمليات التصويت المسجلة في الأرشيف، الأحدث أولًا. البيانات نفسها منشورة في <a href="{ $csv }">votes.csv</a> و<a href="{ $json }">votes.json</a>؛ وسجل كل دولة في صفحتها ضمن <a href="{ $states }">الدول</a>.
votes-caption = عمليات التصويت المسجلة
votes-date = التاريخ
votes-voted-on = موضوع التصويت
votes-outcome = النتيجة
votes-recorded-in = مسجل في
votes-announced-only = النتيجة المعلنة فقط
votes-announced-not-named = النتيجة المعلنة؛ لم يذكر السجل { $count }
votes-records = سجلات التصويت
votes-recorded-count = عدد عمليات التصويت المسجلة: { $count }.
votes-records-count = عدد الوثائق التي تسجل عمليات تصويت: { $count }.

## الدول
state = الدولة
states-heading = الدول
states-lede = كل دولة وردت في تصويت مسجل في الأرشيف، مصنفة حسب المجموعات الإقليمية للأمم المتحدة، مع عدد أصواتها المسجلة.
states-count = { $count ->
    [zero] لا توجد دول
    [one] دولة واحدة
    [two] دولتان
    [few] { $count } دول
    [many] { $count } دولة
   *[other] { $count } دولة
}
recorded-votes-count = { $count ->
    [zero] لا يوجد تصويت مسجل
    [one] تصويت مسجل واحد
    [two] تصويتان مسجلان
    [few] { $count } أصوات مسجلة
    [many] { $count } صوتًا مسجلًا
   *[other] { $count } صوت مسجل
}
states-groups-source = المجموعات الإقليمية كما تعرضها إدارة شؤون الجمعية العامة والمؤتمرات في الأمم المتحدة. وتظهر تركيا، المشاركة في مجموعتين، ضمن دول أوروبا الغربية ودول أخرى، وهي مجموعتها لأغراض الانتخابات؛ أما الدول غير المنتمية إلى أي مجموعة، مثل الدول المراقبة، فتُدرج في الأخير.
group-african = الدول الأفريقية
group-asia-pacific = دول آسيا والمحيط الهادئ
group-eastern-european = دول أوروبا الشرقية
group-latin-american-caribbean = دول أمريكا اللاتينية ومنطقة البحر الكاريبي
group-western-european-other = دول أوروبا الغربية ودول أخرى
group-none = خارج المجموعات الإقليمية
state-lede = رمز ISO 3166: { $iso3 }. { $count ->
    [zero] لا يوجد تصويت مسجل في الأرشيف.
    [one] تصويت مسجل واحد في الأرشيف.
    [two] تصويتان مسجلان في الأرشيف.
    [few] { $count } أصوات مسجلة في الأرشيف.
    [many] { $count } صوتًا مسجلًا في الأرشيف.
   *[other] { $count } صوت مسجل في الأرشيف.
}
state-lede-not-recorded = { $count ->
    [one] وترد في ورقة تصويت أخرى دون تصويت مسجل.
    [two] وترد في ورقتي تصويت أخريين دون تصويت مسجل.
    [few] وترد في { $count } أوراق تصويت أخرى دون تصويت مسجل.
    [many] وترد في { $count } ورقة تصويت أخرى دون تصويت مسجل.
   *[other] وترد في { $count } ورقة تصويت أخرى دون تصويت مسجل.
}
state-record-heading = التصويت حسب الدورة
state-record-caption = مواقف { $state } حسب الدورة
state-session = الدورة
state-total = المجموع
state-no-session = بلا دورة
state-likeness-heading = الدول التي تصوت على نحو مماثل
state-agreement-defined = التوافق هو نسبة عمليات التصويت التي صوتت فيها الدولتان كلتاهما (تأييدًا أو معارضة أو امتناعًا) وجاء تصويتهما فيها متطابقًا؛ ولا تُقارن دولتان تشتركان في أقل من { $min } عمليات تصويت من هذا النوع.
state-likeness-most = أكثر الدول تصويتًا مثل { $state }
state-likeness-least = أقل الدول تصويتًا مثل { $state }
state-agreement = { $percent }٪ من { $shared ->
    [one] تصويت مشترك واحد
    [two] تصويتين مشتركين
    [few] { $shared } عمليات تصويت مشتركة
    [many] { $shared } عملية تصويت مشتركة
   *[other] { $shared } عملية تصويت مشتركة
}
state-likeness-none = لا تشترك أي دولة أخرى مع { $state } في { $min } عمليات تصويت أو أكثر من هذا النوع في الأرشيف.
state-history-caption = سجل تصويت { $state }، الأحدث أولًا
state-discussed-in = نوقش أيضًا في

## وثائق الأمم المتحدة
symbol = وثيقة للأمم المتحدة
symbols-heading = وثائق الأمم المتحدة
symbols-lede = كل وثيقة للأمم المتحدة يستشهد بها الأرشيف أو يسجل تصويتًا عليها، مرتبة حسب الهيئة التي أصدرتها ودورتها أو سنتها، مع الوثائق التي تستشهد بها. ويشترك المشروع وتنقيحاته والنص المعتمد على أساسه في مدخل واحد.
symbols-also = مع { $symbols }
symbols-series-session = الدورة { $number }
symbols-series-special = الدورة الاستثنائية S-{ $number }
symbols-series-other = وثائق أخرى
body-hrc = مجلس حقوق الإنسان
body-general-assembly = الجمعية العامة
body-security-council = مجلس الأمن
body-ecosoc = المجلس الاقتصادي والاجتماعي
body-commission-on-human-rights = لجنة حقوق الإنسان
body-other = وثائق أخرى للأمم المتحدة
text-resolution = قرار
text-decision = مقرر
text-president-statement = بيان الرئيس
text-revised-draft = مشروع منقح
text-draft = مشروع
text-document = وثيقة
symbol-cited-count = { $count ->
    [0] جرى التصويت عليها
    [one] مستشهد بها في وثيقة واحدة
    [two] مستشهد بها في وثيقتين
    [few] مستشهد بها في { $count } وثائق
   *[other] مستشهد بها في { $count } وثيقة
}
symbol-text-adopted-html = ، اعتُمد في <time datetime="{ $iso }">{ $date }</time>
symbol-text-in-archive-html = (في الأرشيف؛ <a href="{ $url }">النص الرسمي</a>)
symbol-group-lede = المشروع وتنقيحاته والنص المعتمد على أساسه صفحة واحدة؛ ويحيل كل رمز إلى نصه الرسمي.
symbol-single-lede = يحيل الرمز إلى النص الرسمي.
symbol-session = وثيقة من { $session }.
symbol-session-link-html = وثيقة من <a href="{ $url }">{ $session }</a>.
symbol-votes = عمليات التصويت المسجلة
symbol-vote-of = تصويت { $date }
symbol-vote-at-undated = تصويت في { $session }، غير مؤرخ
symbol-vote-undated = تصويت غير مؤرخ
symbol-vote-on-html = على <span class="symbol">{ $symbol }</span>
symbol-vote-result = { $yes } مؤيدًا، و{ $no } معارضًا، و{ $abstain } ممتنعًا
symbol-vote-recorded-in = مسجل في
symbol-announced = (النتيجة المعلنة)
symbol-announced-not-named = (النتيجة المعلنة؛ لم يذكر السجل { $count })
symbol-cited-in = الاستشهاد بها في الأرشيف
symbol-listed = مدرجة ضمن الوثائق التي تتعلق بها
symbol-not-cited = لا تستشهد بها أي وثيقة من الأرشيف في نصها؛ وهي معروفة من تصويت مسجل.
symbol-neighbours-label = وثائق أخرى من { $session }
symbol-neighbours = وثائق أخرى من { $session } مستشهد بها في الأرشيف
symbols-count = عدد وثائق الأمم المتحدة: { $count }.
symbol-cited-by-count = عدد الوثائق التي تستشهد بها: { $count }.
symbol-before = قبلها:
symbol-after = بعدها:

## البحث
search-title = البحث
search-heading = البحث في الأرشيف
search-lede = بحث في النص الكامل لكل الوثائق، مع تصفية حسب النوع والدورة والجهة الموقِّعة. الفهرس جزء من الموقع، لذا يعمل البحث دون اتصال.
search-terms = كلمات البحث
search-kind = النوع
search-any-kind = كل الأنواع
search-session = الدورة
search-any-session = كل الدورات
search-signatory = الجهة الموقِّعة
search-any-signatory = كل الجهات الموقِّعة
search-found = { $count ->
    [zero] لم يُعثر على أي وثيقة{ $shown }.
    [one] عُثر على وثيقة واحدة{ $shown }.
    [two] عُثر على وثيقتين{ $shown }.
    [few] عُثر على { $count } وثائق{ $shown }.
   *[other] عُثر على { $count } وثيقة{ $shown }.
}
search-first-shown = { $count ->
   *[other] (تُعرض أول { $count })
}
search-filter-chosen = { $filter }: { $value }
search-none-filtered = { $count ->
    [one] لا توجد وثيقة تطابق «{ $query }» مع عوامل التصفية { $filters }؛ أما من دونها فتوجد وثيقة واحدة مطابقة.
    [two] لا توجد وثيقة تطابق «{ $query }» مع عوامل التصفية { $filters }؛ أما من دونها فتوجد وثيقتان مطابقتان.
    [few] لا توجد وثيقة تطابق «{ $query }» مع عوامل التصفية { $filters }؛ أما من دونها فتوجد { $count } وثائق مطابقة.
   *[other] لا توجد وثيقة تطابق «{ $query }» مع عوامل التصفية { $filters }؛ أما من دونها فتوجد { $count } وثيقة مطابقة.
}
search-none-in-filters = لا توجد وثيقة تستوفي كل عوامل التصفية { $filters }.
search-clear-filters = إزالة عوامل التصفية
search-noscript-html = يحتاج البحث إلى JavaScript. كل الوثائق مدرجة أيضًا حسب <a href="{ $sessions }">الدورة</a> و<a href="{ $signatories }">الجهة الموقِّعة</a> و<a href="{ $tags }">الموضوع</a>.

## صفحة غير موجودة
not-found-title = الصفحة غير موجودة
not-found-text = لا توجد صفحة على هذا العنوان. ربما نُقلت عند إعادة تنظيم الأرشيف.
not-found-home-html = <a href="{ $home }">انتقل إلى الصفحة الرئيسية</a> لتصفح الوثائق حسب الدورة أو النوع أو الجهة الموقِّعة.

## العنوان القديم لوثيقة للأمم المتحدة صفحتها صفحة وثيقة أخرى
redirect-html = { $symbol } موجودة في <a href="{ $url }">هذه الصفحة</a>، مع مشاريعها وتنقيحاتها والنص المعتمد.

## كلمات تكتبها مرحلة Markdown في نص الوثيقة (MACHINE-UNCHECKED)
body-paragraph-link = رابط إلى الفقرة { $number }
body-notes-heading = الحواشي
body-note-back = العودة إلى النص

## تباينات التصويت، تحت «تناقضات في السجل» (MACHINE-UNCHECKED). تُكتب النتائج
## مؤيد-معارض-ممتنع (23-16-8)؛ و`$position` هي yes أو no أو abstain أو absent أو
## not_recorded، والنتيجة adopted أو rejected.
quoted = «{ $text }»
vote-note-in = في «{ $title }»: { $note }
vote-note-run-together = يُقرأ «{ $printed }» على أنه { $states }: يبدو أن فاصلة سقطت من المصدر.
vote-note-unknown-state = «{ $printed }» ليست دولة يعرفها السجل؛ ويُعرض تصويتها كما طُبع.
vote-note-listed-twice = ترد { $state } مرتين (باسم «{ $first }» وباسم «{ $again }»).
vote-note-no-recorded-vote = ترد { $state } في الورقة دون تصويت مسجل.
vote-note-roll-and-declared = تطبع القائمة النتيجة { $roll }؛ ويعلن السجل { $declared }.
vote-note-roll-count = تطبع القائمة { $label } ({ $count }) لكنها تسمي { $named ->
    [one] دولة واحدة
    [two] دولتين
    [few] { $named } دول
   *[other] { $named } دولة
} فيها.
vote-note-state-disputed = تختلف المصادر بشأن { $state }: { $positions }.
vote-note-position-in = { $position ->
    [yes] مؤيدة
    [no] معارضة
    [abstain] ممتنعة
    [absent] غائبة
   *[not_recorded] دون تصويت مسجل
} في { $sources }
vote-note-results-disagree = تختلف المصادر بشأن النتيجة: { $first } في «{ $first_title }»، و{ $other } في «{ $other_title }».
vote-note-outcomes-disagree = تختلف المصادر بشأن مآل النص: { $first ->
    [adopted] اعتُمد
   *[rejected] رُفض
} في «{ $first_title }»، و{ $other ->
    [adopted] اعتُمد
   *[rejected] رُفض
} في «{ $other_title }».
vote-note-result-differs = تختلف النتيجة المعلنة ({ $declared }) عن الأصوات المسجلة هنا ({ $counted }){ $not_recorded ->
    [0] {""}
   *[other] {" "}({ $not_recorded } دون تصويت مسجل)
}.
vote-note-named-beyond-count = يسمي السجل { $named ->
    [one] دولة واحدة
    [two] دولتين
    [few] { $named } دول
   *[other] { $named } دولة
} { $position ->
    [yes] مؤيدة
    [no] معارضة
   *[abstain] ممتنعة
}، لكن النتيجة المعلنة ({ $declared }) لا تحسب سوى { $counted }.
vote-note-outcome-contradicted = يذكر السجل أن النص { $stated ->
    [adopted] اعتُمد
   *[rejected] رُفض
}، لكن { $yes } صوتًا مؤيدًا و{ $no } معارضًا { $derived ->
    [adopted] تعني اعتماده
   *[rejected] تعني رفضه
} وفق قاعدة المجلس.
vote-note-outcome-contradicted-in = تذكر «{ $title }» أن النص { $stated ->
    [adopted] اعتُمد
   *[rejected] رُفض
}، لكن { $yes } صوتًا مؤيدًا و{ $no } معارضًا { $derived ->
    [adopted] تعني اعتماده
   *[rejected] تعني رفضه
} وفق قاعدة المجلس.
