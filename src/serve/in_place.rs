//! What an edit put in place does to the archive's indexes: each gives up what the
//! edited document put in it, and follows the documents renumbered by its move. Only
//! `serve` edits a site in place; a build makes each index once, in order.

use crate::archive::{Archive, DocId, Move, PerDoc, one_named};
use crate::citations::CitationIndex;
use crate::citations::index::cited_documents;
use crate::diagnostics::Diagnostics;
use crate::markdown::RenderedBody;
use crate::model::{Document, Slug};
use crate::votes::{VoteId, VoteIndex};

impl Archive {
    /// Takes document `id` out of every list `file` put it in. The names and printed
    /// forms its signatories and tags had from it are worked out again from the others.
    fn unfile(&mut self, id: DocId) {
        let Self {
            documents, registries, by_kind, by_session, unplaced, signatories, signed_by, tags, related, ..
        } = self;
        let doc = &documents[id];
        let without = |ids: &mut Vec<DocId>| ids.retain(|&other| other != id);
        if let Some(ids) = by_kind.get_mut(&doc.kind) {
            without(ids);
        }
        for session in &doc.sessions {
            if let Some(ids) = by_session.get_mut(session) {
                without(ids);
            }
        }
        without(unplaced);
        signed_by[id].clear();
        for printed in &doc.signatories {
            let Some(organisation) = registries.organisations.resolve(printed) else { continue };
            let Some(signatory) = signatories.get_mut(&organisation.slug) else { continue };
            if let Some(count) = signatory.printed_as.get_mut(printed) {
                *count -= 1;
                if *count == 0 {
                    signatory.printed_as.remove(printed);
                }
            }
            let was_newest = signatory.documents.first() == Some(&id);
            without(&mut signatory.documents);
            if !was_newest {
                continue;
            }
            let named = signatory.documents.first().and_then(|&first| {
                let printed = documents[first].signatories.iter();
                printed.filter_map(|p| registries.organisations.resolve(p)).find(|o| o.slug == organisation.slug)
            });
            signatory.organisation = named.unwrap_or(organisation);
        }
        for name in &doc.tags {
            let Some(slug) = Slug::from_text(name) else { continue };
            let Some(tag) = tags.get_mut(&slug) else { continue };
            without(&mut tag.documents);
            if let Some(&first) = tag.documents.first() {
                let named = documents[first].tags.iter().find(|other| Slug::from_text(other).as_ref() == Some(&slug));
                tag.name = named.cloned().unwrap_or_default();
            }
        }
        by_kind.retain(|_, ids| !ids.is_empty());
        by_session.retain(|_, ids| !ids.is_empty());
        signatories.retain(|_, signatory| !signatory.documents.is_empty());
        tags.retain(|_, tag| !tag.documents.is_empty());
        related[id].clear();
    }

    /// Puts `doc` in the place of document `id`, which it replaces: an edit that keeps
    /// its URL and its own symbol. Every index follows; the returned move says where
    /// the document went in the order.
    pub(crate) fn replace(&mut self, id: DocId, doc: Document, diagnostics: &mut Diagnostics) -> Move {
        self.unfile(id);
        self.documents[id] = doc;
        let doc = &self.documents[id];
        let sorts_before = |other: &Document| Document::newest_first(other, doc).is_lt();
        let (before, after) = (&self.documents.raw[..id.index()], &self.documents.raw[id.index() + 1..]);
        let to = DocId::from(before.partition_point(sorts_before) + after.partition_point(sorts_before));
        let moved = Move { from: id, to };
        self.renumber(moved);
        let related = resolve_slugs(&self.documents, moved.to, diagnostics);
        self.related[moved.to] = related;
        self.file(moved.to, diagnostics);
        moved
    }

    fn renumber(&mut self, moved: Move) {
        moved.apply(&mut self.documents);
        moved.apply(&mut self.signed_by);
        moved.apply(&mut self.related);
        moved.apply(&mut self.versions);
        moved.apply(&mut self.listed_as);
        for id in self.listed_as.iter_mut().flatten() {
            *id = moved.id(*id);
        }
        let lists = self.by_kind.values_mut().chain(self.by_session.values_mut()).chain([&mut self.unplaced]);
        let lists = lists.chain(self.signatories.values_mut().map(|s| &mut s.documents));
        let lists = lists.chain(self.tags.values_mut().map(|t| &mut t.documents)).chain(self.related.iter_mut());
        let lists = lists.chain(self.versions.iter_mut());
        for ids in lists {
            moved.ids(ids);
        }
        for id in self.by_content_path.values_mut().chain(self.by_own_symbol.values_mut()) {
            *id = moved.id(*id);
        }
    }

    /// Whether each of `slugs` names exactly one document, as `related:` must.
    pub(crate) fn names_one_each(&self, slugs: &[Slug]) -> bool {
        slugs.iter().all(|slug| named(&self.documents, slug).len() == 1)
    }
}

/// The documents document `id`'s `related:` names, found without an index of slugs.
fn resolve_slugs(documents: &PerDoc<Document>, id: DocId, diagnostics: &mut Diagnostics) -> Vec<DocId> {
    let doc = &documents[id];
    doc.related.iter().filter_map(|slug| one_named(doc, slug, &named(documents, slug), diagnostics)).collect()
}

/// Every document with `slug`.
fn named(documents: &PerDoc<Document>, slug: &Slug) -> Vec<DocId> {
    documents.iter_enumerated().filter(|(_, doc)| doc.slug == *slug).map(|(id, _)| id).collect()
}

impl CitationIndex {
    /// Takes out what document `id` cites, as `add` put it in with `body`.
    pub(crate) fn remove(&mut self, archive: &Archive, id: DocId, body: &RenderedBody) {
        let doc = &archive.documents[id];
        for symbol in doc.symbols.iter().chain(body.citations.iter().map(|citation| &citation.symbol)) {
            if let Some(citations) = self.by_symbol.get_mut(symbol) {
                citations.retain(|citation| citation.doc != id);
                if citations.is_empty() {
                    self.by_symbol.remove(symbol);
                }
            }
        }
        for cited in cited_documents(archive, id, body) {
            self.cited_by[cited].retain(|&citer| citer != id);
        }
    }

    /// Follows a document to its new place in the archive's order.
    pub(crate) fn renumber(&mut self, moved: Move) {
        moved.apply(&mut self.cited_by);
        for citers in &mut self.cited_by {
            moved.ids(citers);
        }
        for citations in self.by_symbol.values_mut() {
            for citation in citations.iter_mut() {
                citation.doc = moved.id(citation.doc);
            }
        }
    }
}

impl VoteIndex {
    /// Follows a document to its new place in the archive's order, the votes it records
    /// and concerns unchanged.
    pub(crate) fn renumber(&mut self, moved: Move) {
        moved.apply(&mut self.recorded_in);
        moved.apply(&mut self.concerning);
        for vote in &mut self.votes {
            for source in &mut vote.sources {
                source.doc = moved.id(source.doc);
            }
        }
        for (vote, documents) in self.votes.iter().zip(&mut self.discussed_in) {
            moved.ids(documents);
            // The recording documents first, then the others in the archive's order.
            if let Some(discussing) = documents.get_mut(vote.sources.len()..) {
                discussing.sort_unstable();
            }
        }
    }

    /// Whether vote `id` is, or may become, one with a record in another document: it
    /// has several sources, or another document records a vote on the same text. Which
    /// records make one vote, which leads, and the order of votes that tie, then
    /// depend on the order of documents.
    pub(crate) fn ties_elsewhere(&self, id: VoteId) -> bool {
        let vote = &self.votes[id];
        vote.sources.len() > 1
            || self.votes.iter().any(|other| other.doc() != vote.doc() && other.is_on_same_text(vote))
    }
}
