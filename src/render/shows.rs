//! What each page prints of the archive: the edges of the dependency graph that lets
//! `serve` re-render, after an edit, only the pages that show the edited document.

use std::borrow::Cow;

use crate::archive::{Archive, DocId};
use crate::citations::{CitationIndex, SymbolCitation};
use crate::model::SessionId;
use crate::votes::VoteIndex;

/// The documents whose data a page prints. An edit to any other document leaves the
/// page as it was, as long as what every page shares (the navigation, the registries,
/// the templates) is unchanged.
#[derive(Debug, Default)]
pub struct Shows<'a> {
    documents: Cow<'a, [DocId]>,
    /// Documents looked up when asked: `serve` asks of every page after each edit, and
    /// most never show the edited document.
    lookup: Option<Lookup<'a>>,
    /// How many documents each kind, session, signatory or tag has: the home page and
    /// the term lists.
    membership: bool,
    /// How many documents cite each UN document: the symbols index.
    citation_counts: bool,
    /// Vote records: their views print the documents that record and discuss them.
    votes: bool,
    /// The list of UN documents cited from this session that have a page.
    symbols_of: Option<SessionId>,
}

/// What an edit changed, in the document numbering of one build.
#[derive(Debug, Default, Clone)]
pub struct Changed {
    pub documents: Vec<DocId>,
    /// Whether a document came or went, or moved between kinds, sessions, signatories or tags.
    pub membership: bool,
    /// Whether any UN document is cited by more or fewer documents.
    pub citation_counts: bool,
    /// Whether an edited document records a vote or concerns a voted symbol.
    pub votes: bool,
    /// Sessions whose UN documents gained or lost a page.
    pub symbol_sessions: Vec<SessionId>,
}

impl<'a> Shows<'a> {
    pub fn documents(ids: impl Into<Cow<'a, [DocId]>>) -> Self {
        Self { documents: ids.into(), ..Self::default() }
    }

    pub fn membership() -> Self {
        Self { membership: true, ..Self::default() }
    }

    pub fn citation_counts() -> Self {
        Self { citation_counts: true, ..Self::default() }
    }

    pub fn nothing() -> Self {
        Self::default()
    }

    pub fn and_membership(self) -> Self {
        Self { membership: true, ..self }
    }

    pub fn and_votes(self, votes: bool) -> Self {
        Self { votes: self.votes || votes, ..self }
    }

    pub fn and_symbols_of(self, session: Option<SessionId>) -> Self {
        Self { symbols_of: session, ..self }
    }

    /// The same, holding its own list of documents.
    pub fn into_owned(self) -> Shows<'static> {
        let Self { documents, lookup, membership, citation_counts, votes, symbols_of } = self;
        let mut documents = documents.into_owned();
        if let Some(lookup) = lookup {
            lookup.add_to(&mut documents);
        }
        Shows { documents: Cow::Owned(documents), lookup: None, membership, citation_counts, votes, symbols_of }
    }

    /// Whether the page may read differently after `changed`.
    pub fn any_of(&self, changed: &Changed) -> bool {
        (self.membership && changed.membership)
            || (self.citation_counts && changed.citation_counts)
            || (self.votes && changed.votes)
            || self.symbols_of.as_ref().is_some_and(|session| changed.symbol_sessions.contains(session))
            || self.documents.iter().any(|id| changed.documents.contains(id))
            || self.lookup.is_some_and(|lookup| lookup.any(|id| changed.documents.contains(&id)))
    }

    /// A document's page: the document, the ones it names as related, the ones citing
    /// it, its neighbours in each session, and the votes it records or concerns.
    pub fn document_page(archive: &'a Archive, votes: &VoteIndex, citations: &'a CitationIndex, id: DocId) -> Self {
        let page = PageOf { archive, citations, id };
        Self { lookup: Some(Lookup::PageOf(page)), ..Self::default() }.and_votes(involves_votes(votes, id))
    }

    /// A UN document's page, which lists the documents citing it.
    pub fn citing(citations: &'a [SymbolCitation]) -> Self {
        Self { lookup: Some(Lookup::Citing(citations)), ..Self::default() }
    }
}

#[derive(Debug, Clone, Copy)]
enum Lookup<'a> {
    PageOf(PageOf<'a>),
    Citing(&'a [SymbolCitation]),
}

impl Lookup<'_> {
    fn any(self, wanted: impl FnMut(DocId) -> bool) -> bool {
        match self {
            Self::PageOf(page) => page.documents().any(wanted),
            Self::Citing(citations) => citations.iter().map(|citation| citation.doc).any(wanted),
        }
    }

    fn add_to(self, documents: &mut Vec<DocId>) {
        match self {
            Self::PageOf(page) => documents.extend(page.documents()),
            Self::Citing(citations) => documents.extend(citations.iter().map(|citation| citation.doc)),
        }
    }
}

/// Document `id`'s page, and where to look up what it shows.
#[derive(Clone, Copy)]
struct PageOf<'a> {
    archive: &'a Archive,
    citations: &'a CitationIndex,
    id: DocId,
}

impl<'a> PageOf<'a> {
    fn documents(self) -> impl Iterator<Item = DocId> + 'a {
        let Self { archive, citations, id } = self;
        let doc = &archive.documents[id];
        // Its `symbols:` link to the documents that are them.
        let listed = doc.symbols.iter().filter_map(|symbol| archive.by_own_symbol(symbol));
        let neighbours = doc.sessions.iter().filter_map(move |session| archive.session_neighbours(session, id));
        std::iter::once(id)
            .chain(archive.related[id].iter().copied())
            .chain(listed)
            .chain(citations.cited_by[id].iter().copied())
            .chain(neighbours.flat_map(|(previous, next)| previous.into_iter().chain(next)))
    }
}

impl std::fmt::Debug for PageOf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageOf").field("id", &self.id).finish()
    }
}

/// Whether document `id`'s data appears in vote views: it records a vote, or
/// concerns a symbol voted on.
pub fn involves_votes(votes: &VoteIndex, id: DocId) -> bool {
    !votes.recorded_in[id].is_empty() || !votes.concerning[id].is_empty()
}
