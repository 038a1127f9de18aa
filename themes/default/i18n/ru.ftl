### Тема Plenary по умолчанию: все слова интерфейса на русском языке.
###
### MACHINE-UNCHECKED: this translation was written without review by a native
### speaker. A Russian speaker should read it through and correct it; until then,
### treat its wording as provisional. (Перевод не проверен носителем языка.)
###
### See en.ftl for the syntax (Fluent) and how a site overrides a message. Messages
### whose name ends in -html hold markup. Counts choose their form by CLDR's plural
### rules: Russian has `one` (1, 21, …), `few` (2–4, 22–24, …), `many` (0, 5–20, …)
### and `other` (fractions).

language-name = Русский

## На каждой странице
skip-to-content = Перейти к содержанию
nav-label = Главное меню
nav-votes = Голосования
nav-states = Государства
nav-sessions = Сессии
nav-signatories = Подписавшие
nav-tags = Темы
nav-symbols = Документы ООН
nav-search = Поиск
nav-menu = Меню
feed-session-title = { $session } · { $site }
sep-and = {" "}и{" "}
sep-comma = ,{" "}
sep-semicolon = ;{" "}
sep-colon = :{" "}
sentence-end = .

## Виды документов
kind-letter = Письмо
kind-statement = Заявление
kind-annex = Приложение
kind-report = Доклад
kind-news = Новость
kind-vote = Голосование
kinds-letter = Письма
kinds-statement = Заявления
kinds-annex = Приложения
kinds-report = Доклады
kinds-news = Новости
kinds-vote = Голосования

## Количества
documents-count = { $count ->
    [one] { $count } документ
    [few] { $count } документа
    [many] { $count } документов
   *[other] { $count } документа
}
organisations-count = { $count ->
    [one] { $count } организация
    [few] { $count } организации
    [many] { $count } организаций
   *[other] { $count } организации
}
discrepancies-count = { $count ->
    [one] { $count } расхождение
    [few] { $count } расхождения
    [many] { $count } расхождений
   *[other] { $count } расхождения
}
absent-count = Отсутствовали: { $count }

## Списки
draft = Черновик
home-latest = Последние документы
home-sessions = Сессии
home-browse = Разделы архива
find-label = Поиск по архиву
find-button = Найти
list-newest-first = { $count ->
    [one] { $count } документ, сначала новые.
    [few] { $count } документа, сначала новые.
    [many] { $count } документов, сначала новые.
   *[other] { $count } документа, сначала новые.
}
list-in-date-order = { $count ->
    [one] { $count } документ, в хронологическом порядке.
    [few] { $count } документа, в хронологическом порядке.
    [many] { $count } документов, в хронологическом порядке.
   *[other] { $count } документа, в хронологическом порядке.
}
list-in-date-order-then-undated = { $count ->
    [one] { $count } документ, в хронологическом порядке, затем документы без даты по названию.
    [few] { $count } документа, в хронологическом порядке, затем документы без даты по названию.
    [many] { $count } документов, в хронологическом порядке, затем документы без даты по названию.
   *[other] { $count } документа, в хронологическом порядке, затем документы без даты по названию.
}
list-by-title = { $count ->
    [one] { $count } документ, по названию.
    [few] { $count } документа, по названию.
    [many] { $count } документов, по названию.
   *[other] { $count } документа, по названию.
}
undated = Без даты
undated-title = Документы без даты
undated-note = Документы, в источнике которых дата не указана и которые не относятся ни к одной сессии.
taxonomy-session = Сессия
taxonomy-signatory = Подписавшая организация
taxonomy-tag = Тема
taxonomy-sessions = Сессии
taxonomy-title = { $name } ({ $taxonomy })
sessions-heading = Сессии
signatories-heading = Подписавшие
tags-heading = Темы
also-printed-as = Также напечатано как: { $names }
also-in = Также на языках:
pagination-label = Страницы
pagination-page-of = Страница { $number } из { $of }
pagination-first = Первая
pagination-previous = Предыдущая
pagination-next = Следующая
pagination-last = Последняя
title-page-of = { $title } (страница { $number } из { $of })
list-count = Всего: { $count }.

## Страница документа
meta-date = Дата
meta-undated = Без даты: в источнике дата не указана
meta-session = Сессия
meta-to = Адресаты
meta-symbol = Условное обозначение ООН
meta-concerns = Касается
meta-signatories = Подписавшие
meta-tags = Темы
meta-original = Оригинал
meta-language = Язык
concerning-votes = Голосования по текстам, которых касается этот документ
signatories = Подписавшие
related-documents = Связанные документы
cited-by = Цитируется в
session-more-label = Другие документы сессии { $session }
session-more-html = Другие документы сессии <a href="{ $url }">{ $session }</a>
session-earlier = Ранее:
session-later = Позже:
session-only = Единственный документ этой сессии.
toc-heading = Содержание
toc-paragraph = п. { $number }
toc-paragraphs = пп. { $first }–{ $last }
toc-paragraph-run = Пункты { $first }–{ $last }

## Голосования
vote-heading-html = Голосование по документу <a href="{ $url }" class="symbol">{ $symbol }</a>
vote-heading-titled = Голосование: { $title }
vote-recorded-in-html = записано в документе <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = За
position-no = Против
position-abstain = Воздержались
position-absent = Отсутствовали
position-not_recorded = Голос не записан
position-disputed = Расхождение
outcome-adopted = Принято
outcome-rejected = Отклонено
outcome-not-known = Итог неизвестен
outcome-unknown = Неизвестно
outcome-in-sentence = { $outcome ->
    [adopted] принято
   *[rejected] отклонено
}
outcome-contradicted = (по подсчёту — { $outcome ->
        [adopted] принято
       *[rejected] отклонено
    })
vote-counted = { $count ->
    [one] Подсчитано по { $count } государству из списка ниже.
   *[other] Подсчитано по { $count } государствам из списка ниже.
}
vote-announced = Объявленный результат: за — { $yes }, против — { $no }, воздержались — { $abstain }.
vote-announced-only = Объявленный результат; поименной записи голосования в архиве нет.
vote-partial = Объявленный результат. В записи названы { $named } из учтённых в нём государств (список ниже); не названы: { $count }.
vote-outcome-rule = Итог определён по правилу Совета: текст принят, если голосов «за» больше, чем голосов «против».
vote-result-not-known = результат неизвестен
vote-sources = Записано в документах
vote-given-in = по данным
vote-no-record = В архиве нет ни результата, ни поименной записи голосования.
vote-discrepancies = Расхождения в записи
vote-table-caption = Как голосовало каждое государство по документу { $symbol }
vote-table-caption-titled = Как голосовало каждое государство: «{ $title }»
vote-state = Государство
vote-position = Голос
vote-not-in-registry = (нет в реестре)
vote-list-not-named = не названы: { $count }
vote-list-none = Нет
vote-all-states = Те же государства в одной таблице
votes-heading = Голосования
votes-lede-html = Все голосования, записанные в архиве, сначала новые. Те же данные опубликованы в файлах <a href="{ $csv }">votes.csv</a> и <a href="{ $json }">votes.json</a>; история голосований каждого государства — на его странице в разделе <a href="{ $states }">Государства</a>.
votes-caption = Записанные голосования
votes-date = Дата
votes-voted-on = Предмет голосования
votes-outcome = Итог
votes-recorded-in = Записано в
votes-announced-only = только объявленный результат
votes-announced-not-named = объявленный результат; не названы: { $count }
votes-records = Записи голосований
votes-recorded-count = Записанных голосований: { $count }.
votes-records-count = { $count ->
    [one] { $count } документ содержит записи голосований.
    [few] { $count } документа содержат записи голосований.
    [many] { $count } документов содержат записи голосований.
   *[other] { $count } документа содержат записи голосований.
}

## Государства
state = Государство
states-heading = Государства
states-lede = Все государства, участвовавшие в голосованиях, записанных в архиве, по региональным группам ООН, с числом их записанных голосов.
states-count = { $count ->
    [one] { $count } государство
    [few] { $count } государства
    [many] { $count } государств
   *[other] { $count } государства
}
recorded-votes-count = { $count ->
    [0] нет записанных голосов
    [one] { $count } записанный голос
    [few] { $count } записанных голоса
    [many] { $count } записанных голосов
   *[other] { $count } записанного голоса
}
states-groups-source = Региональные группы — по данным Департамента по делам Генеральной Ассамблеи и конференционному управлению ООН. Турция, участвующая в двух группах, отнесена к западноевропейским и другим государствам — своей группе на выборах; государства, не входящие ни в одну группу, например государства-наблюдатели, перечислены последними.
group-african = Африканские государства
group-asia-pacific = Азиатско-тихоокеанские государства
group-eastern-european = Восточноевропейские государства
group-latin-american-caribbean = Государства Латинской Америки и Карибского бассейна
group-western-european-other = Западноевропейские и другие государства
group-none = Вне региональных групп
state-lede = Код ISO 3166: { $iso3 }. { $count ->
    [0] Записанных голосов в архиве нет.
   *[other] Записанных голосов в архиве: { $count }.
}
state-lede-not-recorded = Ещё в листах голосования, где голос не записан: { $count }.
state-record-heading = Голосования по сессиям
state-record-caption = Позиции: { $state }, по сессиям
state-session = Сессия
state-total = Всего
state-no-session = Без сессии
state-likeness-heading = Государства, голосующие схоже
state-agreement-defined = Совпадение — доля голосований, в которых оба государства голосовали (за, против или воздержались), где они голосовали одинаково; государства, у которых меньше { $min } таких общих голосований, не сравниваются.
state-likeness-most = Чаще всего голосуют как { $state }
state-likeness-least = Реже всего голосуют как { $state }
state-agreement = { $percent } % из { $shared ->
    [one] { $shared } общего голосования
   *[other] { $shared } общих голосований
}
state-likeness-none = Ни одно другое государство не имеет с { $state } { $min } или более таких общих голосований в архиве.
state-history-caption = История голосований: { $state }, сначала новые
state-discussed-in = Также обсуждается в

## Документы ООН
symbol = Документ ООН
symbols-heading = Документы ООН
symbols-lede = Все документы ООН, которые цитирует архив или по которым в нём записано голосование, по выпустившему их органу и по сессии или году, с цитирующими их документами. Проект, его пересмотренные варианты и принятый на его основе текст составляют одну запись.
symbols-also = вместе с { $symbols }
symbols-series-session = Сессия { $number }
symbols-series-special = Специальная сессия S-{ $number }
symbols-series-other = Другие документы
body-hrc = Совет по правам человека
body-general-assembly = Генеральная Ассамблея
body-security-council = Совет Безопасности
body-ecosoc = Экономический и Социальный Совет
body-commission-on-human-rights = Комиссия по правам человека
body-other = Другие документы ООН
text-resolution = резолюция
text-decision = решение
text-president-statement = заявление Председателя
text-revised-draft = пересмотренный проект
text-draft = проект
text-document = документ
symbol-cited-count = { $count ->
    [0] предмет голосования
    [one] цитируется в { $count } документе
   *[other] цитируется в { $count } документах
}
symbol-text-adopted-html = , дата принятия: <time datetime="{ $iso }">{ $date }</time>
symbol-text-in-archive-html = (в архиве; <a href="{ $url }">официальный текст</a>)
symbol-group-lede = Проект, его пересмотренные варианты и принятый на его основе текст представлены на одной странице; каждое условное обозначение ведёт к официальному тексту.
symbol-single-lede = Условное обозначение ведёт к официальному тексту.
symbol-session = Документ сессии { $session }.
symbol-session-link-html = Документ сессии <a href="{ $url }">{ $session }</a>.
symbol-votes = Записанные голосования
symbol-vote-of = Голосование { $date }
symbol-vote-at-undated = Голосование на сессии { $session }, без даты
symbol-vote-undated = Голосование без даты
symbol-vote-on-html = по <span class="symbol">{ $symbol }</span>
symbol-vote-result = за — { $yes }, против — { $no }, воздержались — { $abstain }
symbol-vote-recorded-in = записано в документах
symbol-announced = (объявленный результат)
symbol-announced-not-named = (объявленный результат; не названы: { $count })
symbol-cited-in = Цитируется в архиве
symbol-listed = указан среди документов, которых касается
symbol-not-cited = Ни один документ архива не цитирует его в тексте; он известен по записанному голосованию.
symbol-neighbours-label = Другие документы сессии { $session }
symbol-neighbours = Другие документы сессии { $session }, цитируемые в архиве
symbols-count = { $count ->
    [one] { $count } документ ООН.
    [few] { $count } документа ООН.
    [many] { $count } документов ООН.
   *[other] { $count } документа ООН.
}
symbol-cited-by-count = Документов, ссылающихся на него: { $count }.
symbol-before = Перед ним:
symbol-after = После него:

## Поиск
search-title = Поиск
search-heading = Поиск по архиву
search-lede = Полнотекстовый поиск по всем документам с фильтрами по виду, сессии и подписавшим. Индекс входит в состав сайта, поэтому поиск работает без подключения к сети.
search-terms = Что искать
search-kind = Вид
search-any-kind = Любой вид
search-session = Сессия
search-any-session = Любая сессия
search-signatory = Подписавшие
search-any-signatory = Любая организация
search-found = { $count ->
    [one] Найден { $count } документ{ $shown }.
    [few] Найдено { $count } документа{ $shown }.
    [many] Найдено { $count } документов{ $shown }.
   *[other] Найдено { $count } документа{ $shown }.
}
search-first-shown = { $count ->
   *[other] (показаны первые { $count })
}
search-filter-chosen = { $filter }: { $value }
search-none-filtered = { $count ->
    [one] С фильтрами { $filters } по запросу «{ $query }» ничего не найдено; без фильтров найден { $count } документ.
    [few] С фильтрами { $filters } по запросу «{ $query }» ничего не найдено; без фильтров найдено { $count } документа.
    [many] С фильтрами { $filters } по запросу «{ $query }» ничего не найдено; без фильтров найдено { $count } документов.
   *[other] С фильтрами { $filters } по запросу «{ $query }» ничего не найдено; без фильтров найдено { $count } документа.
}
search-none-in-filters = Нет документов, отвечающих всем фильтрам: { $filters }.
search-clear-filters = Сбросить фильтры
search-noscript-html = Для поиска нужен JavaScript. Все документы также перечислены по <a href="{ $sessions }">сессиям</a>, <a href="{ $signatories }">подписавшим</a> и <a href="{ $tags }">темам</a>.

## Страница не найдена
not-found-title = Страница не найдена
not-found-text = По этому адресу страницы нет. Возможно, она переместилась при реорганизации архива.
not-found-home-html = <a href="{ $home }">Перейдите на главную страницу</a>, чтобы просматривать документы по сессиям, видам или подписавшим.

## Прежний адрес документа ООН, страница которого — страница другого
redirect-html = { $symbol } находится на <a href="{ $url }">этой странице</a> вместе с проектами, пересмотренными вариантами и принятым текстом.

## Слова, которые этап Markdown пишет в текст документа (MACHINE-UNCHECKED)
body-paragraph-link = Ссылка на пункт { $number }
body-notes-heading = Примечания
body-note-back = Вернуться к тексту

## Расхождения в записях голосования, под «Расхождения в записи» (MACHINE-UNCHECKED).
## Результаты пишутся за-против-воздержались (23-16-8); `$position` — yes, no,
## abstain, absent или not_recorded, итог — adopted или rejected.
quoted = «{ $text }»
vote-note-in = В документе «{ $title }»: { $note }
vote-note-run-together = «{ $printed }» читается как { $states }: похоже, в источнике пропущена запятая.
vote-note-unknown-state = «{ $printed }» — не государство из реестра; его голос показан так, как напечатан.
vote-note-listed-twice = Дважды указано: { $state } (как «{ $first }» и как «{ $again }»).
vote-note-no-recorded-vote = В листе без записанного голоса указано: { $state }.
vote-note-roll-and-declared = В списке напечатан результат { $roll }; в записи объявлен { $declared }.
vote-note-roll-count = В списке напечатано «{ $label }» ({ $count }), но названо { $named ->
    [one] { $named } государство
    [few] { $named } государства
   *[many] { $named } государств
}.
vote-note-state-disputed = Источники расходятся: { $state } — { $positions }.
vote-note-position-in = { $position ->
    [yes] «за»
    [no] «против»
    [abstain] воздержалось
    [absent] отсутствовало
   *[not_recorded] без записанного голоса
} по данным { $sources }
vote-note-results-disagree = Источники расходятся в результате: { $first } по данным «{ $first_title }», { $other } по данным «{ $other_title }».
vote-note-outcomes-disagree = Источники расходятся в итоге: { $first ->
    [adopted] принят
   *[rejected] отклонён
} по данным «{ $first_title }», { $other ->
    [adopted] принят
   *[rejected] отклонён
} по данным «{ $other_title }».
vote-note-result-differs = Объявленный результат ({ $declared }) расходится с записанными здесь голосами ({ $counted }){ $not_recorded ->
    [0] {""}
   *[other] {" "}({ $not_recorded } без записанного голоса)
}.
vote-note-named-beyond-count = В записи названо { $named ->
    [one] { $named } государство
    [few] { $named } государства
   *[many] { $named } государств
} { $position ->
    [yes] «за»
    [no] «против»
   *[abstain] воздержавшихся
}, но объявленный результат ({ $declared }) насчитывает { $counted }.
vote-note-outcome-contradicted = В записи сказано, что текст { $stated ->
    [adopted] принят
   *[rejected] отклонён
}, но при { $yes } голосах «за» и { $no } «против» он по правилу Совета { $derived ->
    [adopted] принят
   *[rejected] отклонён
}.
vote-note-outcome-contradicted-in = В документе «{ $title }» сказано, что текст { $stated ->
    [adopted] принят
   *[rejected] отклонён
}, но при { $yes } голосах «за» и { $no } «против» он по правилу Совета { $derived ->
    [adopted] принят
   *[rejected] отклонён
}.
