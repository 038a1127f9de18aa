//! Pages for the UN documents the archive cites but does not hold: who cites each,
//! in which sentence, the votes on it, and its neighbours from the same session.

use std::collections::HashMap;

use serde::Serialize;

use super::Parts;
use super::votes::{VoteSummary, VoteViews};
use crate::citations::CitationIndex;
use crate::model::{PartialDate, SessionId, Symbol};
use crate::routes::{Link, Part, Routes, SessionLink, Urls};
use crate::votes::{VoteId, VoteIndex};

#[derive(Debug, Serialize)]
pub struct CitingDocument {
    pub title: String,
    pub url: String,
    pub kind_label: &'static str,
    /// `None` when the source prints no date.
    pub date: Option<String>,
    pub date_iso: Option<String>,
    /// The sentence that cites the symbol; `None` when the document lists it in `symbols:` only.
    pub sentence: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SymbolPage {
    pub symbol: String,
    pub official_url: String,
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
    pub count: usize,
}

/// The symbols that have a page, grouped once by session and with their votes, so no
/// page has to search for them.
#[derive(Debug, Default)]
pub struct SymbolPages {
    votes_on: HashMap<Symbol, Vec<VoteId>>,
    by_session: HashMap<SessionId, SessionSymbols>,
}

/// The symbols of one session, in order.
#[derive(Debug, Default)]
struct SessionSymbols {
    symbols: Vec<Symbol>,
}

impl SymbolPages {
    pub fn new(routes: &Routes, votes: &VoteIndex) -> Self {
        let mut by_session: HashMap<SessionId, SessionSymbols> = HashMap::new();
        for symbol in routes.symbols() {
            if let Some(session) = symbol.hrc_session() {
                let group = by_session.entry(session).or_default();
                group.symbols.push(symbol.clone());
            }
        }
        Self { votes_on: votes.by_symbol(), by_session }
    }

    /// The page of `symbol`, or page `part` of its list of citing documents.
    pub fn page(
        &self,
        symbol: &Symbol,
        part: Option<Part>,
        parts: Parts<'_>,
        votes: &VoteViews<'_>,
        urls: &Urls,
    ) -> SymbolPage {
        let archive = parts.archive;
        let citing = parts.citations.by_symbol.get(symbol).map(Vec::as_slice).unwrap_or_default();
        let cited_in = part
            .map_or(citing, |part| part.slice(citing))
            .iter()
            .map(|citation| {
                let doc = &archive.documents[citation.doc];
                CitingDocument {
                    title: doc.title.clone(),
                    url: urls.document(doc),
                    kind_label: doc.kind.label(),
                    date: doc.date.map(|date| date.to_string()),
                    date_iso: doc.date.map(PartialDate::iso),
                    sentence: citation.sentence.clone(),
                }
            })
            .collect();
        let session = symbol.hrc_session();
        let group = session.as_ref().and_then(|session| self.by_session.get(session));
        let at = group.and_then(|group| group.symbols.binary_search(symbol).ok().map(|at| (group, at)));
        let link = |symbol: &Symbol| Link { name: symbol.to_string(), url: urls.symbol(symbol) };
        let previous = at.and_then(|(group, at)| at.checked_sub(1).map(|before| link(&group.symbols[before])));
        let next = at.and_then(|(group, at)| group.symbols.get(at + 1).map(link));
        let votes_on = self.votes_on.get(symbol).map(Vec::as_slice).unwrap_or_default();
        SymbolPage {
            symbol: symbol.to_string(),
            official_url: symbol.official_url(),
            session: session.as_ref().map(|s| urls.session_link(archive, s)),
            cited_in,
            cited_count: citing.len(),
            votes: votes_on.iter().map(|&id| votes.summary(id)).collect(),
            previous,
            next,
        }
    }

    /// `symbols`, each with how many documents cite it.
    pub fn summaries(&self, symbols: &[&Symbol], citations: &CitationIndex, urls: &Urls) -> Vec<SymbolSummary> {
        symbols
            .iter()
            .map(|&symbol| SymbolSummary {
                symbol: symbol.to_string(),
                url: urls.symbol(symbol),
                count: citations.by_symbol.get(symbol).map_or(0, Vec::len),
            })
            .collect()
    }
}
