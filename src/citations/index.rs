//! Who cites what: every symbol with the documents citing it, and every document with
//! the documents that link to it or cite its symbol.

use std::collections::BTreeMap;

use super::Citation;
use crate::archive::{Archive, DocId};
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
    pub cited_by: Vec<Vec<DocId>>,
}

impl CitationIndex {
    /// `bodies` yields each document's rendered body, in archive order.
    pub fn build<'a>(archive: &Archive, bodies: impl IntoIterator<Item = &'a RenderedBody>) -> Self {
        let mut index = Self { by_symbol: BTreeMap::new(), cited_by: vec![Vec::new(); archive.documents.len()] };
        for (doc_id, (doc, body)) in archive.documents.iter().zip(bodies).enumerate() {
            for symbol in &doc.symbols {
                index.cite(symbol, doc_id, None);
            }
            for Citation { symbol, sentence } in &body.citations {
                index.cite(symbol, doc_id, Some(sentence.clone()));
            }
            let listed = doc.symbols.iter().filter_map(|symbol| archive.by_own_symbol(symbol));
            for cited in body.cited_documents.iter().copied().chain(listed) {
                if cited != doc_id && !index.cited_by[cited].contains(&doc_id) {
                    index.cited_by[cited].push(doc_id);
                }
            }
        }
        index
    }

    fn cite(&mut self, symbol: &Symbol, doc: DocId, sentence: Option<String>) {
        let citations = self.by_symbol.entry(symbol.clone()).or_default();
        match citations.iter_mut().find(|c| c.doc == doc) {
            // One entry per document: the first sentence that cites it in the text.
            Some(existing) if existing.sentence.is_none() => existing.sentence = sentence,
            Some(_) => {}
            None => citations.push(SymbolCitation { doc, sentence }),
        }
    }
}
