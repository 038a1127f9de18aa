//! Pages for the UN documents the archive cites but does not hold: who cites each,
//! in which sentence, the votes on it, and its neighbours from the same session.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::once::RenderedOnce;
use super::views::{Link, SessionLink, Urls};
use super::votes::{VoteSummary, VoteViews};
use crate::archive::Archive;
use crate::citations::{CitationIndex, SymbolCitation};
use crate::diagnostics::Diagnostic;
use crate::model::{SessionId, Symbol};
use crate::votes::{VoteId, VoteIndex};

#[derive(Debug, Serialize)]
pub struct CitingDocument {
    pub title: String,
    pub url: String,
    pub kind_label: &'static str,
    pub date: String,
    pub date_iso: String,
    /// The sentence that cites the symbol; `None` when the document lists it in `symbols:` only.
    pub sentence: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SymbolPage {
    pub symbol: String,
    pub official_url: String,
    pub session: Option<SessionLink>,
    pub cited_in: Vec<CitingDocument>,
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

/// The symbols that get a page (every cited or voted symbol no archive document is),
/// grouped once by session and with their votes, so no page has to search for them.
#[derive(Debug, Default)]
pub struct SymbolPages {
    pub symbols: BTreeSet<Symbol>,
    /// Each symbol's page, in the order of `symbols`: worked out once, as `serve` plans
    /// every page after each edit.
    files: Vec<SymbolFile>,
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

#[derive(Debug)]
struct SymbolFile {
    path: String,
    session: Option<SessionId>,
    votes: Vec<VoteId>,
}

/// A symbol's page as it is planned: its file, and what of the archive it shows.
#[derive(Clone, Copy)]
pub struct PlannedSymbol<'a> {
    pub symbol: &'a Symbol,
    pub path: &'a str,
    pub session: &'a Option<SessionId>,
    pub citing: &'a [SymbolCitation],
    pub votes: &'a [VoteId],
}

impl SymbolPages {
    pub fn new(archive: &Archive, citations: &CitationIndex, votes: &VoteIndex) -> Self {
        let symbols: BTreeSet<Symbol> = citations
            .by_symbol
            .keys()
            .chain(votes.votes.iter().map(|vote| &vote.on))
            .filter(|symbol| archive.by_own_symbol(symbol).is_none())
            .cloned()
            .collect();
        let mut by_session: HashMap<SessionId, SessionSymbols> = HashMap::new();
        for symbol in &symbols {
            if let Some(session) = symbol.hrc_session() {
                let group = by_session.entry(session).or_default();
                group.symbols.push(symbol.clone());
                group.links.push(RenderedOnce::default());
            }
        }
        let mut by_symbol: HashMap<Symbol, Vec<VoteId>> = HashMap::new();
        for (id, vote) in votes.votes.iter().enumerate() {
            by_symbol.entry(vote.on.clone()).or_default().push(id);
        }
        let files = symbols
            .iter()
            .map(|symbol| SymbolFile {
                path: format!("symbols/{}/index.html", symbol.slug()),
                session: symbol.hrc_session(),
                votes: by_symbol.remove(symbol).unwrap_or_default(),
            })
            .collect();
        Self { symbols, files, by_session }
    }

    /// Each symbol with a page, and the citations of it: the two sorted lists are walked
    /// together, not searched.
    pub fn planned<'a>(&'a self, citations: &'a CitationIndex) -> Vec<PlannedSymbol<'a>> {
        let mut cited = citations.by_symbol.iter().peekable();
        self.symbols
            .iter()
            .zip(&self.files)
            .map(|(symbol, file)| {
                while cited.next_if(|&(other, _)| other < symbol).is_some() {}
                let citing = cited.next_if(|&(other, _)| other == symbol).map_or(&[][..], |(_, c)| c.as_slice());
                PlannedSymbol { symbol, path: &file.path, session: &file.session, citing, votes: &file.votes }
            })
            .collect()
    }

    /// Symbol `planned`'s page; `neighbour` renders one other symbol of its session as
    /// a link in a list.
    pub fn page(
        &self,
        planned: PlannedSymbol<'_>,
        archive: &Archive,
        votes: &VoteViews<'_>,
        urls: &Urls,
        neighbour: impl Fn(Link) -> Result<String, Diagnostic>,
    ) -> Result<SymbolPage, Diagnostic> {
        let PlannedSymbol { symbol, session, citing, votes: votes_on, .. } = planned;
        let cited_in = citing
            .iter()
            .map(|citation| {
                let doc = &archive.documents[citation.doc];
                CitingDocument {
                    title: doc.title.clone(),
                    url: urls.document(doc),
                    kind_label: doc.kind.label(),
                    date: doc.date.to_string(),
                    date_iso: doc.date.iso(),
                    sentence: citation.sentence.clone(),
                }
            })
            .collect();
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
        Ok(SymbolPage {
            symbol: symbol.to_string(),
            official_url: symbol.official_url(),
            session: session.as_ref().map(|s| urls.session_link(archive, s)),
            cited_in,
            votes: votes_on.iter().map(|&id| votes.summary(id)).collect(),
            neighbours,
        })
    }

    pub fn summaries(&self, citations: &CitationIndex, urls: &Urls) -> Vec<SymbolSummary> {
        self.symbols
            .iter()
            .map(|symbol| SymbolSummary {
                symbol: symbol.to_string(),
                url: urls.symbol(symbol),
                count: citations.by_symbol.get(symbol).map_or(0, Vec::len),
            })
            .collect()
    }
}
