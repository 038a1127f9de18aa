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
feed-session-title = { $session } · { $site }

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
votes-count = { $count ->
    [zero] لا توجد عمليات تصويت
    [one] تصويت واحد
    [two] تصويتان
    [few] { $count } عمليات تصويت
    [many] { $count } عملية تصويت
   *[other] { $count } عملية تصويت
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
taxonomy-session = الدورة
taxonomy-signatory = جهة موقِّعة
taxonomy-tag = الموضوع
taxonomy-title = { $name } ({ $taxonomy })
sessions-heading = الدورات
signatories-heading = الجهات الموقِّعة
tags-heading = المواضيع
also-printed-as = وردت أيضًا باسم: { $names }
also-in = متاحة أيضًا بـ:

## صفحة الوثيقة
meta-date = التاريخ
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

## التصويت
vote-heading-html = تصويت مسجل على <a href="{ $url }" class="symbol">{ $symbol }</a>
vote-recorded-in-html = مسجل في <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = مؤيد
position-no = معارض
position-abstain = ممتنع
position-absent = غائب
position-not_recorded = لا يوجد تصويت مسجل
outcome-adopted = اعتُمد
outcome-rejected = رُفض
vote-counted = { $count ->
    [one] محسوب من الدولة الواحدة المدرجة أدناه.
    [two] محسوب من الدولتين المدرجتين أدناه.
   *[other] محسوب من الدول المدرجة أدناه وعددها { $count }.
}
vote-announced = النتيجة المعلنة: { $yes } مؤيدًا، و{ $no } معارضًا، و{ $abstain } ممتنعًا.
vote-announced-only = النتيجة المعلنة؛ لا يتضمن الأرشيف سجل تصويت كل دولة.
vote-no-record = لا يتضمن الأرشيف النتيجة ولا سجل تصويت كل دولة.
vote-discrepancies = تناقضات في السجل
vote-table-caption = تصويت كل دولة على { $symbol }
vote-state = الدولة
vote-position = التصويت
vote-not-in-registry = (غير موجودة في السجل)
votes-heading = عمليات التصويت
votes-lede-html = كل عمليات التصويت المسجلة في الأرشيف، الأحدث أولًا. البيانات نفسها منشورة في <a href="{ $csv }">votes.csv</a> و<a href="{ $json }">votes.json</a>؛ وسجل كل دولة في صفحتها ضمن <a href="{ $states }">الدول</a>.
votes-caption = عمليات التصويت المسجلة
votes-date = التاريخ
votes-resolution = القرار
votes-recorded-in = مسجل في
votes-announced-only = النتيجة المعلنة فقط
votes-records = سجلات التصويت

## الدول
state = الدولة
states-heading = الدول
states-lede = كل دولة وردت في تصويت مسجل في الأرشيف، مع سجل تصويتها.
state-lede = رمز ISO 3166: { $iso3 }. عدد عمليات التصويت المسجلة في الأرشيف: { $count }، الأحدث أولًا.
state-history-caption = سجل تصويت { $state }
state-discussed-in = نوقش في

## وثائق الأمم المتحدة
symbol = وثيقة للأمم المتحدة
symbols-heading = وثائق الأمم المتحدة
symbols-lede = كل وثيقة للأمم المتحدة يستشهد بها الأرشيف أو يسجل تصويتًا عليها، مع الوثائق التي تستشهد بها.
symbol-cited-count = { $count ->
    [0] جرى التصويت عليها
    [one] مستشهد بها في وثيقة واحدة
    [two] مستشهد بها في وثيقتين
    [few] مستشهد بها في { $count } وثائق
   *[other] مستشهد بها في { $count } وثيقة
}
symbol-official-html = النص الرسمي متاح على <a href="{ $url }">{ $url }</a>.
symbol-session = وثيقة من { $session }.
symbol-session-link-html = وثيقة من <a href="{ $url }">{ $session }</a>.
symbol-votes = عمليات التصويت المسجلة
symbol-vote-html = <a href="{ $url }">تصويت { $date }</a>: { $yes } مؤيدًا، و{ $no } معارضًا، و{ $abstain } ممتنعًا
symbol-announced = (النتيجة المعلنة)
symbol-cited-in = الاستشهاد بها في الأرشيف
symbol-listed = مدرجة ضمن الوثائق التي تتعلق بها.
symbol-not-cited = لا تستشهد بها أي وثيقة من الأرشيف في نصها؛ وهي معروفة من تصويت مسجل.
symbol-neighbours-label = وثائق أخرى من { $session }
symbol-neighbours = وثائق أخرى من { $session } مستشهد بها في الأرشيف

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
search-noscript-html = يحتاج البحث إلى JavaScript. كل الوثائق مدرجة أيضًا حسب <a href="{ $sessions }">الدورة</a> و<a href="{ $signatories }">الجهة الموقِّعة</a> و<a href="{ $tags }">الموضوع</a>.

## صفحة غير موجودة
not-found-title = الصفحة غير موجودة
not-found-text = لا توجد صفحة على هذا العنوان. ربما نُقلت عند إعادة تنظيم الأرشيف.
not-found-home-html = <a href="{ $home }">انتقل إلى الصفحة الرئيسية</a> لتصفح الوثائق حسب الدورة أو النوع أو الجهة الموقِّعة.
