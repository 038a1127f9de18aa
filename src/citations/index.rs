//! Who cites what: every symbol with the documents citing it, and every document with
//! the documents that link to it or cite its symbol.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::Citation;
use crate::archive::{Archive, DocId, PerDoc};
use crate::markdown::RenderedBody;
use crate::model::Symbol;

/// One document citing a symbol; `sentence` is `None` when only its `symbols:` name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SymbolCitation {
    pub doc: DocId,
    pub sentence: Option<String>,
}

#[derive(Debug, Default)]
pub struct CitationIndex {
    /// Every symbol cited in text or listed in `symbols:`, with its citations in archive order.
    pub by_symbol: BTreeMap<Symbol, Vec<SymbolCitation>>,
    /// For each document, the other documents that link to it or cite its symbol, newest first.
    pub cited_by: PerDoc<Vec<DocId>>,
}

impl CitationIndex {
    /// `bodies` yields each document's rendered body, in archive order.
    pub fn build<'a>(archive: &Archive, bodies: impl IntoIterator<Item = &'a RenderedBody>) -> Self {
        let mut cited_by: PerDoc<Vec<DocId>> = std::iter::repeat_n(Vec::new(), archive.documents.len()).collect();
        // The citations gathered by reference first, then each symbol and sentence copied
        // once: a large archive cites symbols hundreds of thousands of times, and a
        // sorted map looked up and a symbol copied for each citation held the whole
        // build up.
        let mut gathered: HashMap<&Symbol, Vec<(DocId, Option<&str>)>> = HashMap::new();
        for (id, body) in bodies.into_iter().enumerate() {
            let id = DocId::from(id);
            for (symbol, sentence) in cited_symbols(archive, id, body) {
                let citations = gathered.entry(symbol).or_default();
                match citations.last_mut() {
                    // Documents come in archive order: this one's entry, if it has one, is last.
                    // One entry per document: the first sentence that cites it in the text.
                    Some((doc, first)) if *doc == id => *first = first.or(sentence),
                    _ => citations.push((id, sentence)),
                }
            }
            for cited in cited_documents(archive, id, body) {
                // In archive order too: a citer is the last, or not yet in.
                if cited_by[cited].last() != Some(&id) {
                    cited_by[cited].push(id);
                }
            }
        }
        let by_symbol = gathered
            .into_iter()
            .map(|(symbol, citations)| {
                let citations = citations
                    .into_iter()
                    .map(|(doc, sentence)| SymbolCitation { doc, sentence: sentence.map(str::to_owned) })
                    .collect();
                (symbol.clone(), citations)
            })
            .collect();
        Self { by_symbol, cited_by }
    }

    /// Adds what document `id` cites. Documents added in archive order each go to the
    /// end of the lists they join.
    pub fn add(&mut self, archive: &Archive, id: DocId, body: &RenderedBody) {
        for (symbol, sentence) in cited_symbols(archive, id, body) {
            self.cite(symbol, id, sentence);
        }
        for cited in cited_documents(archive, id, body) {
            let citers = &mut self.cited_by[cited];
            if let Err(at) = citers.binary_search(&id) {
                citers.insert(at, id);
            }
        }
    }

    /// Every document citing any of `group` (the symbols one page stands for), as lists
    /// show them: once each in archive order, with the first sentence citing one of
    /// them, and a document cited in several languages once (see [`Archive::listed`]).
    pub fn citing(&self, archive: &Archive, group: &[Symbol]) -> Vec<(DocId, Option<&str>)> {
        let mut by_doc: BTreeMap<DocId, Option<&str>> = BTreeMap::new();
        for citation in group.iter().filter_map(|text| self.by_symbol.get(text)).flatten() {
            let sentence = by_doc.entry(citation.doc).or_default();
            if sentence.is_none() {
                *sentence = citation.sentence.as_deref();
            }
        }
        let mut citing: Vec<(DocId, Option<&str>)> = by_doc.into_iter().collect();
        let ids: Vec<DocId> = citing.iter().map(|(id, _)| *id).collect();
        if let Cow::Owned(listed) = archive.listed(&ids) {
            let listed: HashSet<DocId> = listed.into_iter().collect();
            citing.retain(|(id, _)| listed.contains(id));
        }
        citing
    }

    fn cite(&mut self, symbol: &Symbol, doc: DocId, sentence: Option<&str>) {
        let citations = self.by_symbol.entry(symbol.clone()).or_default();
        match citations.binary_search_by_key(&doc, |citation| citation.doc) {
            // One entry per document: the first sentence that cites it in the text.
            Ok(at) if citations[at].sentence.is_none() => citations[at].sentence = sentence.map(str::to_owned),
            Ok(_) => {}
            Err(at) => citations.insert(at, SymbolCitation { doc, sentence: sentence.map(str::to_owned) }),
        }
    }
}

/// The symbols document `id` cites: those its `symbols:` lists, with no sentence, then
/// those in its text, each with the sentence around it.
fn cited_symbols<'a>(
    archive: &'a Archive,
    id: DocId,
    body: &'a RenderedBody,
) -> impl Iterator<Item = (&'a Symbol, Option<&'a str>)> + 'a {
    let listed = archive.documents[id].symbols.iter().map(|symbol| (symbol, None));
    listed.chain(body.citations.iter().map(|Citation { symbol, sentence }| (symbol, Some(sentence.as_str()))))
}

/// The other documents document `id` links to or names by their symbol (their own, or
/// that of a draft of theirs).
pub(crate) fn cited_documents<'a>(
    archive: &'a Archive,
    id: DocId,
    body: &'a RenderedBody,
) -> impl Iterator<Item = DocId> + 'a {
    let listed = archive.documents[id].symbols.iter().filter_map(|symbol| archive.document_of(symbol));
    body.cited_documents.iter().copied().chain(listed).filter(move |&cited| cited != id)
}
