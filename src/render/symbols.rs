//! Pages for the UN documents the archive cites but does not hold: who cites each,
//! in which sentence, the votes on it, and its neighbours from the same session.

use std::collections::BTreeSet;

use serde::Serialize;

use super::views::{Link, Urls};
use super::votes::{VoteSummary, VoteViews};
use crate::archive::Archive;
use crate::citations::CitationIndex;
use crate::model::{SessionId, Symbol};
use crate::votes::VoteIndex;

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
    pub session: Option<Link>,
    pub cited_in: Vec<CitingDocument>,
    pub votes: Vec<VoteSummary>,
    /// Other cited symbols of the same session.
    pub neighbours: Vec<Link>,
}

#[derive(Debug, Serialize)]
pub struct SymbolSummary {
    pub symbol: String,
    pub url: String,
    pub count: usize,
}

/// The symbols that get a page: every cited or voted symbol no archive document is.
pub fn symbols_with_pages(archive: &Archive, citations: &CitationIndex, votes: &VoteIndex) -> BTreeSet<Symbol> {
    citations
        .by_symbol
        .keys()
        .chain(votes.votes.iter().map(|vote| &vote.on))
        .filter(|symbol| archive.by_own_symbol(symbol).is_none())
        .cloned()
        .collect()
}

pub fn symbol_page(
    symbol: &Symbol,
    with_pages: &BTreeSet<Symbol>,
    archive: &Archive,
    citations: &CitationIndex,
    votes: &VoteViews<'_>,
    urls: &Urls,
) -> SymbolPage {
    let session = symbol.hrc_session();
    let cited_in = citations
        .by_symbol
        .get(symbol)
        .into_iter()
        .flatten()
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
    let neighbours = with_pages
        .iter()
        .filter(|other| *other != symbol && session.is_some() && other.hrc_session() == session)
        .map(|other| Link { name: other.to_string(), url: urls.symbol(other) })
        .collect();
    SymbolPage {
        symbol: symbol.to_string(),
        official_url: symbol.official_url(),
        session: session.as_ref().map(|s| session_link(archive, urls, s)),
        cited_in,
        votes: votes
            .votes
            .votes
            .iter()
            .enumerate()
            .filter(|(_, v)| &v.on == symbol)
            .map(|(id, _)| votes.summary(id))
            .collect(),
        neighbours,
    }
}

/// A session named by a symbol links to its page when the archive files documents under it.
fn session_link(archive: &Archive, urls: &Urls, session: &SessionId) -> Link {
    let url = if archive.by_session.contains_key(session) { urls.session(session) } else { String::new() };
    Link { name: session.to_string(), url }
}

pub fn summaries(with_pages: &BTreeSet<Symbol>, citations: &CitationIndex, urls: &Urls) -> Vec<SymbolSummary> {
    with_pages
        .iter()
        .map(|symbol| SymbolSummary {
            symbol: symbol.to_string(),
            url: urls.symbol(symbol),
            count: citations.by_symbol.get(symbol).map_or(0, Vec::len),
        })
        .collect()
}
