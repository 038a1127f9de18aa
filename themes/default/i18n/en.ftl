### Plenary's default theme: every word it prints, in English.
###
### One file per language (ar, en, es, fr, ru, zh), in Fluent's syntax
### (https://projectfluent.org/). A site changes any message by defining it again in
### its own themes/default/i18n/<language>.ftl; the other messages stay as they are here.
### A message another language's file lacks is shown in English, and `plenary check`
### says which. Messages whose name ends in -html hold markup; their arguments arrive
### escaped. Counts choose their form by CLDR's plural rules: English has `one` and
### `other`.

## The language itself, as its speakers write it: in "Also in" links.
language-name = English

## Around every page
skip-to-content = Skip to content
nav-label = Main
nav-votes = Votes
nav-states = States
nav-sessions = Sessions
nav-signatories = Signatories
nav-tags = Tags
nav-symbols = UN documents
nav-search = Search
nav-menu = Menu
feed-session-title = { $session } · { $site }
sep-and = {" "}and{" "}
sep-comma = ,{" "}
sep-semicolon = ;{" "}
sep-colon = :{" "}
sentence-end = .

## Kinds of document, alone and as a list's heading
kind-letter = Letter
kind-statement = Statement
kind-annex = Annex
kind-report = Report
kind-news = News
kind-vote = Vote
kinds-letter = Letters
kinds-statement = Statements
kinds-annex = Annexes
kinds-report = Reports
kinds-news = News
kinds-vote = Votes

## Counts
documents-count = { $count ->
    [one] { $count } document
   *[other] { $count } documents
}
organisations-count = { $count ->
    [one] { $count } organisation
   *[other] { $count } organisations
}
discrepancies-count = { $count ->
    [one] { $count } discrepancy
   *[other] { $count } discrepancies
}
absent-count = { $count } absent

## Lists
draft = Draft
home-latest = Latest documents
home-sessions = Sessions
home-browse = Browse the archive
find-label = Search the archive
find-button = Search
list-newest-first = { $count ->
    [one] { $count } document, newest first.
   *[other] { $count } documents, newest first.
}
list-in-date-order = { $count ->
    [one] { $count } document, in date order.
   *[other] { $count } documents, in date order.
}
list-in-date-order-then-undated = { $count ->
    [one] { $count } document, in date order, then the undated by title.
   *[other] { $count } documents, in date order, then the undated by title.
}
list-by-title = { $count ->
    [one] { $count } document, by title.
   *[other] { $count } documents, by title.
}
undated = Undated
undated-title = Undated documents
undated-note = Documents whose source prints no date and that no session places.
taxonomy-session = Session
taxonomy-signatory = Signatory
taxonomy-tag = Tag
taxonomy-sessions = Sessions
taxonomy-title = { $name } ({ $taxonomy })
sessions-heading = Sessions
signatories-heading = Signatories
tags-heading = Tags
also-printed-as = Also printed as: { $names }
also-in = Also in:
pagination-label = Pages
pagination-page-of = Page { $number } of { $of }
pagination-first = First
pagination-previous = Previous
pagination-next = Next
pagination-last = Last
title-page-of = { $title } (page { $number } of { $of })
list-count = { $count } in all.

## A document's page
meta-date = Date
meta-undated = Undated: the source prints no date
meta-session = Session
meta-to = To
meta-symbol = UN symbol
meta-concerns = Concerns
meta-signatories = Signatories
meta-tags = Tags
meta-original = Original
meta-language = Language
concerning-votes = Votes on the texts this document concerns
signatories = Signatories
related-documents = Related documents
cited-by = Cited by
session-more-label = More from { $session }
session-more-html = More from <a href="{ $url }">{ $session }</a>
session-earlier = Earlier:
session-later = Later:
session-only = The only document of this session.
toc-heading = Contents
toc-paragraph = para. { $number }
toc-paragraphs = paras. { $first }–{ $last }
toc-paragraph-run = Paragraphs { $first }–{ $last }

## Votes
vote-heading-html = Recorded vote on <a href="{ $url }" class="symbol">{ $symbol }</a>
vote-heading-titled = Recorded vote: { $title }
vote-recorded-in-html = recorded in <a href="{ $url }" dir="auto">{ $title }</a>
position-yes = In favour
position-no = Against
position-abstain = Abstained
position-absent = Absent
position-not_recorded = No recorded vote
position-disputed = Disputed
outcome-adopted = Adopted
outcome-rejected = Rejected
outcome-not-known = Outcome not known
outcome-unknown = Not known
outcome-in-sentence = { $outcome ->
    [adopted] adopted
   *[rejected] rejected
}
outcome-contradicted = (the counts say { $outcome ->
        [adopted] adopted
       *[rejected] rejected
    })
vote-counted = { $count ->
    [one] Counted from the { $count } state listed below.
   *[other] Counted from the { $count } states listed below.
}
vote-announced = Announced result: { $yes } in favour, { $no } against, { $abstain } abstentions.
vote-announced-only = The announced result; no state-by-state record is in the archive.
vote-partial = The announced result. The record names { $named } of the states it counts, listed below; { $count } not named.
vote-outcome-rule = The outcome follows by the Council’s rule: adopted when more members vote in favour than against.
vote-result-not-known = result not known
vote-sources = Recorded in
vote-given-in = in
vote-no-record = No result or state-by-state record is in the archive.
vote-discrepancies = Discrepancies in the record
vote-table-caption = How each state voted on { $symbol }
vote-table-caption-titled = How each state voted on “{ $title }”
vote-state = State
vote-position = Vote
vote-not-in-registry = (not in the registry)
vote-list-not-named = { $count } not named
vote-list-none = None
vote-all-states = The same states in one table
votes-heading = Votes
votes-lede-html = Every recorded vote in the archive, newest first. The same data is published as <a href="{ $csv }">votes.csv</a> and <a href="{ $json }">votes.json</a>; each state’s record is on its page under <a href="{ $states }">States</a>.
votes-caption = Recorded votes
votes-date = Date
votes-voted-on = Voted on
votes-outcome = Outcome
votes-recorded-in = Recorded in
votes-announced-only = announced result only
votes-announced-not-named = announced result; { $count } not named
votes-records = Vote records
votes-recorded-count = { $count ->
    [one] { $count } recorded vote.
   *[other] { $count } recorded votes.
}
votes-records-count = { $count ->
    [one] { $count } document records votes.
   *[other] { $count } documents record votes.
}

## States
state = State
states-heading = States
states-lede = Every state that appears in a vote recorded in the archive, by UN regional group, with the number of its recorded votes.
states-count = { $count ->
    [one] { $count } state
   *[other] { $count } states
}
recorded-votes-count = { $count ->
    [0] no recorded vote
    [one] { $count } recorded vote
   *[other] { $count } recorded votes
}
states-groups-source = Regional groups as the UN Department for General Assembly and Conference Management lists them. Türkiye, which takes part in two groups, is shown with the Western European and other States, its group for elections; states that belong to no group, such as observer states, are listed last.
group-african = African States
group-asia-pacific = Asia-Pacific States
group-eastern-european = Eastern European States
group-latin-american-caribbean = Latin American and Caribbean States
group-western-european-other = Western European and other States
group-none = Not in a regional group
state-lede = ISO 3166 code { $iso3 }. { $count ->
    [0] No recorded vote in the archive.
    [one] { $count } recorded vote in the archive.
   *[other] { $count } recorded votes in the archive.
}
state-lede-not-recorded = { $count ->
    [one] One more vote sheet lists it with no recorded vote.
   *[other] { $count } more vote sheets list it with no recorded vote.
}
state-record-heading = Record by session
state-record-caption = Positions of { $state } by session
state-session = Session
state-total = Total
state-no-session = No session
state-likeness-heading = States that vote alike
state-agreement-defined = Agreement is the share of the votes on which both states voted (in favour, against or abstaining) where they voted the same way; states that share fewer than { $min } such votes are not compared.
state-likeness-most = Votes most like { $state }
state-likeness-least = Votes least like { $state }
state-agreement = { $percent }% of { $shared ->
    [one] { $shared } shared vote
   *[other] { $shared } shared votes
}
state-likeness-none = No other state shares { $min } or more such votes with { $state } in the archive.
state-history-caption = Voting history of { $state }, newest first
state-discussed-in = Also discussed in

## UN documents
symbol = UN document
symbols-heading = UN documents
symbols-lede = Every UN document the archive cites or records a vote on, by the body that issued it and its session or year, with the documents that cite it. A draft, its revisions and the text adopted from it share one entry.
symbols-also = with { $symbols }
symbols-series-session = Session { $number }
symbols-series-special = Special session S-{ $number }
symbols-series-other = Other documents
body-hrc = Human Rights Council
body-general-assembly = General Assembly
body-security-council = Security Council
body-ecosoc = Economic and Social Council
body-commission-on-human-rights = Commission on Human Rights
body-other = Other UN documents
text-resolution = resolution
text-decision = decision
text-president-statement = President’s statement
text-revised-draft = revised draft
text-draft = draft
text-document = document
symbol-cited-count = { $count ->
    [0] voted on
    [one] cited in { $count } document
   *[other] cited in { $count } documents
}
symbol-text-adopted-html = , adopted on <time datetime="{ $iso }">{ $date }</time>
symbol-text-in-archive-html = (in the archive; <a href="{ $url }">official text</a>)
symbol-group-lede = A draft, its revisions and the text adopted from it are one page; each symbol links to its official text.
symbol-single-lede = The symbol links to the official text.
symbol-session = A document of { $session }.
symbol-session-link-html = A document of <a href="{ $url }">{ $session }</a>.
symbol-votes = Recorded votes
symbol-vote-of = Vote of { $date }
symbol-vote-at-undated = Vote at { $session }, undated
symbol-vote-undated = Undated vote
symbol-vote-on-html = on <span class="symbol">{ $symbol }</span>
symbol-vote-result = { $yes } in favour, { $no } against, { $abstain } abstaining
symbol-vote-recorded-in = recorded in
symbol-announced = (announced result)
symbol-announced-not-named = (announced result; { $count } not named)
symbol-cited-in = Cited in the archive
symbol-listed = listed among the documents it concerns
symbol-not-cited = No document of the archive cites it in its text; it is known from a recorded vote.
symbol-neighbours-label = Other documents of { $session }
symbol-neighbours = Other { $session } documents cited in the archive
symbols-count = { $count ->
    [one] { $count } UN document.
   *[other] { $count } UN documents.
}
symbol-cited-by-count = { $count ->
    [one] { $count } document cites it.
   *[other] { $count } documents cite it.
}
symbol-before = Before it:
symbol-after = After it:

## Search
search-title = Search
search-heading = Search the archive
search-lede = Full-text search of every document, with filters by kind, session and signatory. The index is part of the site, so search works offline.
search-terms = Search terms
search-kind = Kind
search-any-kind = Any kind
search-session = Session
search-any-session = Any session
search-signatory = Signatory
search-any-signatory = Any signatory
search-found = { $count ->
    [one] { $count } document found{ $shown }.
   *[other] { $count } documents found{ $shown }.
}
search-first-shown = { $count ->
   *[other] (the first { $count } shown)
}
search-filter-chosen = { $filter }: { $value }
search-none-filtered = { $count ->
    [one] No document matches ‘{ $query }’ with the filters { $filters }; { $count } document matches without them.
   *[other] No document matches ‘{ $query }’ with the filters { $filters }; { $count } documents match without them.
}
search-none-in-filters = No document matches all of the filters { $filters }.
search-clear-filters = Clear the filters
search-noscript-html = Search needs JavaScript. Every document is also listed by <a href="{ $sessions }">session</a>, <a href="{ $signatories }">signatory</a> and <a href="{ $tags }">tag</a>.

## The page for an address with none
not-found-title = Page not found
not-found-text = There is no page at this address. It may have moved when the archive was reorganised.
not-found-home-html = <a href="{ $home }">Go to the home page</a> to browse documents by session, kind or signatory.

## The old address of a UN document whose page is another's
redirect-html = { $symbol } is on <a href="{ $url }">this page</a>, with its drafts, revisions and adopted text.

## Words the Markdown stage writes into a document's text
body-paragraph-link = Link to paragraph { $number }
body-notes-heading = Notes
body-note-back = Back to the text

## A vote's discrepancies, under "Discrepancies in the record". Results are written
## in favour-against-abstaining (23-16-8); `$position` is yes, no, abstain, absent or
## not_recorded, and an outcome adopted or rejected.
quoted = “{ $text }”
vote-note-in = In “{ $title }”: { $note }
vote-note-run-together = “{ $printed }” is read as { $states }: the source seems to have lost a comma.
vote-note-unknown-state = “{ $printed }” is not a state the registry knows; its vote is shown as printed.
vote-note-listed-twice = { $state } is listed twice (as “{ $first }” and “{ $again }”).
vote-note-no-recorded-vote = { $state } appears on the sheet with no recorded vote.
vote-note-roll-and-declared = The roll prints the result { $roll }; the record declares { $declared }.
vote-note-roll-count = The roll prints { $label } ({ $count }) but names { $named ->
    [one] { $named } state
   *[other] { $named } states
} there.
vote-note-state-disputed = The sources disagree on { $state }: { $positions }.
vote-note-position-in = { $position ->
    [yes] in favour
    [no] against
    [abstain] abstaining
    [absent] absent
   *[not_recorded] without a recorded vote
} in { $sources }
vote-note-results-disagree = The sources disagree on the result: { $first } in “{ $first_title }”, { $other } in “{ $other_title }”.
vote-note-outcomes-disagree = The sources disagree on the outcome: { $first ->
    [adopted] adopted
   *[rejected] rejected
} in “{ $first_title }”, { $other ->
    [adopted] adopted
   *[rejected] rejected
} in “{ $other_title }”.
vote-note-result-differs = The announced result ({ $declared }) differs from the votes recorded here ({ $counted }){ $not_recorded ->
    [0] {""}
   *[other] {" "}({ $not_recorded } without a recorded vote)
}.
vote-note-named-beyond-count = The record names { $named ->
    [one] { $named } state
   *[other] { $named } states
} { $position ->
    [yes] in favour
    [no] against
   *[abstain] abstaining
}, but the announced result ({ $declared }) counts { $counted }.
vote-note-outcome-contradicted = The record says the text was { $stated ->
    [adopted] adopted
   *[rejected] rejected
}, but { $yes } in favour and { $no } against { $derived ->
    [adopted] adopt
   *[rejected] reject
} it by the Council’s rule.
vote-note-outcome-contradicted-in = “{ $title }” says the text was { $stated ->
    [adopted] adopted
   *[rejected] rejected
}, but { $yes } in favour and { $no } against { $derived ->
    [adopted] adopt
   *[rejected] reject
} it by the Council’s rule.
