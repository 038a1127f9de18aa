//! Pages for the UN documents the archive cites but does not hold, one for a draft, its
//! revisions and the text adopted from it: who cites any of them, in which sentence,
//! the votes on them, and the neighbours from the same session. Also the index of them
//! all, by body and session.

use std::collections::HashMap;

use serde::Serialize;

use super::Parts;
use super::votes::{VoteSummary, VoteViews};
use crate::archive::{Archive, DocId};
use crate::i18n::{FluentValue, Locale};
use crate::model::{PartialDate, SessionId, Symbol, SymbolKind, SymbolSession, UnBody};
use crate::routes::{Link, Part, Routes, SessionLink, Urls};
use crate::votes::{VoteId, VoteIndex};

#[derive(Debug, Serialize)]
pub struct CitingDocument {
    pub title: String,
    pub url: String,
    pub kind_label: String,
    /// `None` when the source prints no date.
    pub date: Option<String>,
    pub date_iso: Option<String>,
    /// The sentence that cites the symbol; `None` when the document lists it in `symbols:` only.
    pub sentence: Option<String>,
}

/// One of the symbols a page stands for.
#[derive(Debug, Serialize)]
pub struct SymbolText {
    pub symbol: String,
    /// What it is: "draft", "revised draft", "resolution", …
    pub kind: String,
    pub official_url: String,
    /// The archive document that is it, when there is one.
    pub document_url: Option<String>,
    /// When it was adopted, if the resolutions registry says so.
    pub adopted: Option<String>,
    pub adopted_iso: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SymbolPage {
    /// The symbol the page is at.
    pub symbol: String,
    pub title: Option<String>,
    /// Every symbol the page stands for, drafts before the adopted text.
    pub symbols: Vec<SymbolText>,
    pub session: Option<SessionLink>,
    /// The citing documents this page lists: all of them, or one page's worth.
    pub cited_in: Vec<CitingDocument>,
    /// How many documents cite it in all.
    pub cited_count: usize,
    pub votes: Vec<VoteSummary>,
    /// The cited symbols of the same session just before and after it: each page links
    /// two, not the whole session, which made pages quadratic in a session's symbols.
    pub previous: Option<Link>,
    pub next: Option<Link>,
}

#[derive(Debug, Serialize)]
pub struct SymbolSummary {
    pub symbol: String,
    pub url: String,
    pub title: Option<String>,
    /// The other symbols its page stands for.
    pub also: Vec<String>,
    /// How many documents cite any of them.
    pub count: usize,
}

/// The pages of one body's series (a session, or a year) in the index.
#[derive(Debug, Serialize)]
pub struct SeriesSummary {
    pub name: String,
    pub symbols: Vec<SymbolSummary>,
}

#[derive(Debug, Serialize)]
pub struct BodySummary {
    pub name: String,
    pub series: Vec<SeriesSummary>,
}

/// The symbols that have a page, grouped once by session and with their votes, so no
/// page has to search for them.
#[derive(Debug, Default)]
pub struct SymbolPages {
    votes_on: HashMap<Symbol, Vec<VoteId>>,
    by_session: HashMap<SessionId, SessionSymbols>,
    /// Every page's symbol in the order of the index, by body, then session or year:
    /// sorted once, so that each page of the index looks up only its own entries.
    index: Vec<Symbol>,
}

/// The symbols of one session, in order.
#[derive(Debug, Default)]
struct SessionSymbols {
    symbols: Vec<Symbol>,
}

impl SymbolPages {
    pub fn new(routes: &Routes, votes: &VoteIndex) -> Self {
        let mut by_session: HashMap<SessionId, SessionSymbols> = HashMap::new();
        for symbol in routes.symbols().keys() {
            if let Some(session) = symbol.hrc_session() {
                let group = by_session.entry(session).or_default();
                group.symbols.push(symbol.clone());
            }
        }
        let mut index: Vec<Symbol> = routes.symbols().keys().cloned().collect();
        // A stable sort keeps each series in symbol order.
        index.sort_by_cached_key(series_key);
        Self { votes_on: votes.by_symbol(), by_session, index }
    }

    /// The page of `symbol`, standing for `group`, or page `part` of its list of
    /// documents `citing` it (as [`CitationIndex::citing`] lists them).
    pub fn page(
        &self,
        (symbol, group): (&Symbol, &[Symbol]),
        part: Option<Part>,
        citing: &[(DocId, Option<&str>)],
        parts: Parts<'_>,
        votes: &VoteViews<'_>,
        urls: &Urls,
    ) -> SymbolPage {
        let archive = parts.archive;
        let locale = votes.translations.locale(archive.language);
        let cited_count = citing.len();
        let on_page = part.map_or(citing, |part| part.slice(citing));
        let cited_in = on_page
            .iter()
            .map(|&(id, sentence)| {
                let doc = &archive.documents[id];
                CitingDocument {
                    title: doc.title.clone(),
                    url: urls.document(doc),
                    kind_label: locale.kind(doc.kind),
                    date: doc.date.map(|date| locale.date(date)),
                    date_iso: doc.date.map(PartialDate::iso),
                    sentence: sentence.map(str::to_owned),
                }
            })
            .collect();
        let session = symbol.hrc_session();
        let in_session = session.as_ref().and_then(|session| self.by_session.get(session));
        let at = in_session.and_then(|group| group.symbols.binary_search(symbol).ok().map(|at| (group, at)));
        let link = |symbol: &Symbol| Link { name: symbol.to_string(), url: urls.symbol(symbol) };
        let previous = at.and_then(|(group, at)| at.checked_sub(1).map(|before| link(&group.symbols[before])));
        let next = at.and_then(|(group, at)| group.symbols.get(at + 1).map(link));
        let entry = archive.registries.resolutions.entry(symbol);
        let texts = group
            .iter()
            .map(|text| {
                let adopted = entry.filter(|entry| entry.symbol == *text).and_then(|entry| entry.adopted);
                SymbolText {
                    symbol: text.to_string(),
                    kind: locale.text(text_kind_key(text)),
                    official_url: text.official_url(archive.language),
                    document_url: archive.by_own_symbol(text).map(|id| urls.document(&archive.documents[id])),
                    adopted: adopted.map(|date| locale.date(date)),
                    adopted_iso: adopted.map(|date| date.iso()),
                }
            })
            .collect();
        SymbolPage {
            symbol: symbol.to_string(),
            title: self.title(archive, votes.votes, symbol, group),
            symbols: texts,
            session: session.as_ref().map(|s| urls.session_link(archive, s)),
            cited_in,
            cited_count,
            votes: oldest_first(votes.votes, self.votes_on_any(group))
                .into_iter()
                .map(|id| votes.summary(id))
                .collect(),
            previous,
            next,
        }
    }

    /// How many entries the index has.
    pub fn count(&self) -> usize {
        self.index.len()
    }

    /// The index, or page `part` of it: each page by body, then by session or year,
    /// with its title and how many documents cite it, in `locale`'s words. A series
    /// cut by a page break is headed again on the next page.
    pub fn summaries(&self, parts: Parts<'_>, part: Option<Part>, urls: &Urls, locale: Locale<'_>) -> Vec<BodySummary> {
        let archive = parts.archive;
        let on_page = part.map_or(self.index.as_slice(), |part| part.slice(&self.index));
        let mut by_series: Vec<(SeriesKey, Vec<SymbolSummary>)> = Vec::new();
        for symbol in on_page {
            let group = parts.routes.symbols().get(symbol).map(Vec::as_slice).unwrap_or_default();
            let key = series_key(symbol);
            if by_series.last().is_none_or(|(last, _)| *last != key) {
                by_series.push((key, Vec::new()));
            }
            let Some((_, series)) = by_series.last_mut() else { continue };
            series.push(SymbolSummary {
                symbol: symbol.to_string(),
                url: urls.symbol(symbol),
                title: self.title(archive, parts.votes, symbol, group),
                also: group.iter().filter(|other| *other != symbol).map(ToString::to_string).collect(),
                count: parts.citations.citing(archive, group).len(),
            });
        }
        let mut bodies: Vec<(UnBody, BodySummary)> = Vec::new();
        for ((body, _, series), symbols) in by_series {
            let series = SeriesSummary { name: series_name(body, series, locale), symbols };
            match bodies.last_mut() {
                Some((last, summary)) if *last == body => summary.series.push(series),
                _ => bodies.push((body, BodySummary { name: locale.text(body_key(body)), series: vec![series] })),
            }
        }
        bodies.into_iter().map(|(_, summary)| summary).collect()
    }

    /// The title of the texts a page stands for: as the resolutions registry gives it,
    /// else as the newest vote on any of them gives it, else as the archive document
    /// that is one of them is titled.
    fn title(&self, archive: &Archive, votes: &VoteIndex, symbol: &Symbol, group: &[Symbol]) -> Option<String> {
        let registry = || archive.registries.resolutions.entry(symbol).and_then(|entry| entry.title.clone());
        let voted = || self.votes_on_any(group).into_iter().find_map(|id| votes.votes[id].title.clone());
        let own =
            || group.iter().find_map(|text| archive.by_own_symbol(text)).map(|id| archive.documents[id].title.clone());
        registry().or_else(voted).or_else(own)
    }

    /// The votes on any of `group`, newest first.
    fn votes_on_any(&self, group: &[Symbol]) -> Vec<VoteId> {
        let mut votes: Vec<VoteId> =
            group.iter().filter_map(|text| self.votes_on.get(text)).flatten().copied().collect();
        votes.sort_unstable();
        votes.dedup();
        votes
    }
}

/// Where a symbol's page is listed in the index: its body, then its session or year,
/// the symbols of neither last.
type SeriesKey = (UnBody, bool, Option<SymbolSession>);

fn series_key(symbol: &Symbol) -> SeriesKey {
    let series = symbol.session();
    (symbol.body(), series.is_none(), series)
}

/// The message naming the kind of text `symbol` names: "draft", "resolution", …
fn text_kind_key(symbol: &Symbol) -> &'static str {
    match symbol.kind() {
        SymbolKind::Resolution => "text-resolution",
        SymbolKind::Decision => "text-decision",
        SymbolKind::PresidentStatement => "text-president-statement",
        SymbolKind::Draft if symbol.revised_draft().is_some() => "text-revised-draft",
        SymbolKind::Draft => "text-draft",
        SymbolKind::Document => "text-document",
    }
}

/// A heading of the index: the Council's sessions as the archive names them.
fn series_name(body: UnBody, series: Option<SymbolSession>, locale: Locale<'_>) -> String {
    let number = |id: &str, n: u16| locale.with(id, &[("number", FluentValue::from(n))]);
    match (body, series) {
        (UnBody::HumanRightsCouncil, Some(SymbolSession::Regular(n))) => format!("HRC{n}"),
        (_, Some(SymbolSession::Regular(n))) => number("symbols-series-session", n),
        (_, Some(SymbolSession::Special(n))) => number("symbols-series-special", n),
        (_, Some(SymbolSession::Year(year))) => year.to_string(),
        (_, None) => locale.text("symbols-series-other"),
    }
}

/// The message naming `body`, a heading of the index.
fn body_key(body: UnBody) -> &'static str {
    match body {
        UnBody::HumanRightsCouncil => "body-hrc",
        UnBody::GeneralAssembly => "body-general-assembly",
        UnBody::SecurityCouncil => "body-security-council",
        UnBody::Ecosoc => "body-ecosoc",
        UnBody::CommissionOnHumanRights => "body-commission-on-human-rights",
        UnBody::Other => "body-other",
    }
}

/// `ids`, newest first, as a text's history reads: oldest first, the undated after the
/// dated (the oldest session's first), for no date is invented for them.
fn oldest_first(votes: &VoteIndex, mut ids: Vec<VoteId>) -> Vec<VoteId> {
    ids.sort_by_cached_key(|&id| {
        let date = votes.votes[id].date.map(PartialDate::sort_key);
        (date.is_none(), date, std::cmp::Reverse(id))
    });
    ids
}
