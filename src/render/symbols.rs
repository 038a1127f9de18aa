//! Pages for the UN documents the archive cites but does not hold: who cites each,
//! in which sentence, the votes on it, and its neighbours from the same session.

use std::collections::HashMap;

use serde::Serialize;

use super::Parts;
use super::once::RenderedOnce;
use super::votes::{VoteSummary, VoteViews};
use crate::citations::CitationIndex;
use crate::diagnostics::Diagnostic;
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
    /// Other cited symbols of the same session, as `symbol_link.html` renders each: one
    /// piece of HTML.
    pub neighbours: String,
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

/// The symbols of one session. Each of their pages lists all the others, so each
/// symbol's link is rendered once and copied into the rest: a session of a hundred
/// cited documents would otherwise loop over ten thousand links in templates.
#[derive(Debug, Default)]
struct SessionSymbols {
    symbols: Vec<Symbol>,
    /// Each symbol's link, in the order of `symbols`.
    links: Vec<RenderedOnce>,
}

impl SymbolPages {
    pub fn new(routes: &Routes, votes: &VoteIndex) -> Self {
        let mut by_session: HashMap<SessionId, SessionSymbols> = HashMap::new();
        for symbol in routes.symbols() {
            if let Some(session) = symbol.hrc_session() {
                let group = by_session.entry(session).or_default();
                group.symbols.push(symbol.clone());
                group.links.push(RenderedOnce::default());
            }
        }
        Self { votes_on: votes.by_symbol(), by_session }
    }

    /// The page of `symbol`, or page `part` of its list of citing documents; `neighbour`
    /// renders one other symbol of its session as a link in a list.
    pub fn page(
        &self,
        symbol: &Symbol,
        part: Option<Part>,
        parts: Parts<'_>,
        votes: &VoteViews<'_>,
        urls: &Urls,
        neighbour: impl Fn(Link) -> Result<String, Diagnostic>,
    ) -> Result<SymbolPage, Diagnostic> {
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
        let mut neighbours = String::new();
        if let Some(group) = session.as_ref().and_then(|session| self.by_session.get(session)) {
            for (other, link) in group.symbols.iter().zip(&group.links) {
                if other != symbol {
                    let link =
                        link.get_or_render(|| neighbour(Link { name: other.to_string(), url: urls.symbol(other) }))?;
                    neighbours.push('\n');
                    neighbours.push_str(link);
                }
            }
        }
        let votes_on = self.votes_on.get(symbol).map(Vec::as_slice).unwrap_or_default();
        Ok(SymbolPage {
            symbol: symbol.to_string(),
            official_url: symbol.official_url(),
            session: session.as_ref().map(|s| urls.session_link(archive, s)),
            cited_in,
            cited_count: citing.len(),
            votes: votes_on.iter().map(|&id| votes.summary(id)).collect(),
            neighbours,
        })
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
