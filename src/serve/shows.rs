//! What each route prints of the archive: the edges of the dependency graph that lets
//! `serve` re-render, after an edit, only the pages that show the edited document.

use std::borrow::Cow;
use std::collections::HashMap;

use rayon::prelude::*;

use crate::archive::{Archive, DocId};
use crate::citations::CitationIndex;
use crate::model::{Kind, SessionId, Symbol};
use crate::pipeline::Site;
use crate::registry::StateId;
use crate::render::{FEED_LENGTH, LATEST};
use crate::routes::{Page, Route};
use crate::votes::{VoteId, VoteIndex};

/// A route and what it shows, kept from one edit to the next; its documents numbered
/// as the site stood.
#[derive(Debug)]
pub struct RouteShows {
    pub route: Route,
    pub shows: Shows<'static>,
}

/// What each route of a site shows, worked out from its indexes.
pub struct ShowsOf<'a> {
    archive: &'a Archive,
    votes: &'a VoteIndex,
    citations: &'a CitationIndex,
    votes_on: HashMap<Symbol, Vec<VoteId>>,
    routes: &'a crate::routes::Routes,
}

impl<'a> ShowsOf<'a> {
    pub fn new(site: &'a Site) -> Self {
        Self {
            archive: &site.archive,
            votes: &site.votes,
            citations: &site.citations,
            votes_on: site.votes.by_symbol(),
            routes: &site.routes,
        }
    }

    /// Every route of the site with what it shows.
    pub fn all(&self) -> Vec<RouteShows> {
        let routes: Vec<&Route> = self.routes.iter().collect();
        routes
            .into_par_iter()
            .map(|route| RouteShows { route: route.clone(), shows: self.route(route).into_owned() })
            .collect()
    }

    /// What `route` shows, its documents looked up when asked.
    pub fn route(&self, route: &'a Route) -> Shows<'_> {
        let Self { archive, votes, citations, .. } = *self;
        // A page of a list shows that page's part of it, a document in several
        // languages once, as lists show them.
        let on_page = |ids: &'a [DocId]| -> Cow<'a, [DocId]> {
            let cut = |ids: &'a [DocId]| route.part.map_or(ids, |part| part.slice(ids));
            match archive.listed(ids) {
                Cow::Borrowed(ids) => Cow::Borrowed(cut(ids)),
                Cow::Owned(ids) => Cow::Owned(route.part.map_or(ids.as_slice(), |part| part.slice(&ids)).to_vec()),
            }
        };
        let documents =
            |ids: Option<&'a Vec<DocId>>| Shows::documents(on_page(ids.map(Vec::as_slice).unwrap_or_default()));
        match &route.page {
            Page::Document(id) => Shows::document_page(archive, votes, citations, *id),
            Page::Home => Shows::documents(first_listed(archive, archive.documents.keys(), LATEST)).and_membership(),
            Page::Kind(kind) => documents(archive.by_kind.get(kind)),
            Page::Sessions | Page::Signatories | Page::Tags => Shows::membership(),
            Page::Session(session) | Page::SessionFeed(session) => documents(archive.by_session.get(session)),
            Page::Undated => Shows::documents(on_page(&archive.unplaced)),
            Page::Signatory(slug) => documents(archive.signatories.get(slug).map(|s| &s.documents)),
            Page::Tag(slug) => documents(archive.tags.get(slug).map(|t| &t.documents)),
            // Each entry's title may come from a vote or from a document that is one of its symbols.
            Page::Symbols => {
                let symbols = self.routes.symbols().values().flatten();
                let own: Vec<DocId> = symbols.filter_map(|symbol| archive.by_own_symbol(symbol)).collect();
                Shows { documents: own.into(), ..Shows::citation_counts() }.and_votes(true)
            }
            Page::Symbol(symbol) => {
                let group = self.routes.symbols().get(symbol).map(Vec::as_slice).unwrap_or_default();
                let page = SymbolPageOf { archive, citations, votes_on: &self.votes_on, votes, group };
                Shows::symbol_page(page).and_symbols_of(symbol.hrc_session())
            }
            // Where it redirects: a document's address, or a page's, which does not change.
            Page::SymbolAlias(symbol) => Shows::documents(archive.document_of(symbol).into_iter().collect::<Vec<_>>()),
            Page::Votes => {
                let records = archive.by_kind.get(&Kind::Vote).map(Vec::as_slice).unwrap_or_default();
                Shows::votes_index(on_page(records), votes)
            }
            Page::State(state) => Shows::state_page(votes, *state),
            Page::States | Page::VotesCsv | Page::VotesJson => Shows::nothing().and_votes(true),
            Page::Feed => Shows::documents(first_listed(archive, archive.newest_dated(), FEED_LENGTH)),
            Page::Search
            | Page::NotFound
            | Page::Sitemap
            | Page::Robots
            | Page::NoJekyll
            | Page::Cname
            | Page::Highlight
            | Page::Static(_) => Shows::nothing(),
        }
    }
}

/// The first `count` of `ids` as the archive's lists show them, a document in several
/// languages once.
fn first_listed(archive: &Archive, ids: impl Iterator<Item = DocId>, count: usize) -> Vec<DocId> {
    let ids: Vec<DocId> = ids.collect();
    archive.listed(&ids).iter().take(count).copied().collect()
}

impl std::fmt::Debug for ShowsOf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ShowsOf").field("routes", &self.routes.len()).finish()
    }
}

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
    /// Vote records: the tallies, dates and ballots of votes, and which documents
    /// record and discuss each.
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
    /// Whether vote records changed: a vote's data, or the documents that record or
    /// discuss it.
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

    /// Whether this page, as it stood before an edit, showed the documents `now` shows,
    /// in the same order: `renumbered` gives each old document's number now. A page of
    /// a list shows different documents when an edit moves one into, out of or across
    /// the list, though the page never showed the edited one.
    pub fn shows_alike(&self, now: &Shows<'_>, renumbered: &(dyn Fn(DocId) -> Option<DocId> + Sync)) -> bool {
        let mut shown = now.documents.to_vec();
        if let Some(lookup) = now.lookup {
            lookup.add_to(&mut shown);
        }
        self.documents.len() == shown.len()
            && self.documents.iter().zip(&shown).all(|(&was, &id)| renumbered(was) == Some(id))
    }

    /// A document's page: the document, the ones it names as related, the ones citing
    /// it, its neighbours in each session, and the votes it records or concerns, which
    /// name the documents recording them.
    pub fn document_page(archive: &'a Archive, votes: &'a VoteIndex, citations: &'a CitationIndex, id: DocId) -> Self {
        let page = PageOf { archive, votes, citations, id };
        Self { lookup: Some(Lookup::PageOf(page)), ..Self::default() }.and_votes(involves_votes(votes, id))
    }

    /// A UN document's page, standing for its drafts, revisions and adopted text: the
    /// documents citing any of them or that are one, and the votes on any of them with
    /// the documents recording them.
    pub fn symbol_page(page: SymbolPageOf<'a>) -> Self {
        let voted = page.group.iter().any(|symbol| page.votes_on.contains_key(symbol));
        Self { lookup: Some(Lookup::Symbol(page)), ..Self::default() }.and_votes(voted)
    }

    /// The votes index: the vote records, and every vote with the document recording it.
    pub fn votes_index(records: impl Into<Cow<'a, [DocId]>>, votes: &'a VoteIndex) -> Self {
        Self { lookup: Some(Lookup::AllVotes(votes)), ..Self::documents(records) }.and_votes(true)
    }

    /// A state's page: each vote it cast, with the documents recording and discussing it.
    pub fn state_page(votes: &'a VoteIndex, state: StateId) -> Self {
        Self { lookup: Some(Lookup::State(votes, state)), ..Self::default() }.and_votes(true)
    }
}

#[derive(Debug, Clone, Copy)]
enum Lookup<'a> {
    PageOf(PageOf<'a>),
    Symbol(SymbolPageOf<'a>),
    AllVotes(&'a VoteIndex),
    State(&'a VoteIndex, StateId),
}

impl Lookup<'_> {
    /// Whether any document the page shows is `wanted`, asked of each in turn.
    fn any(self, wanted: impl FnMut(DocId) -> bool) -> bool {
        match self {
            Self::PageOf(page) => page.documents().any(wanted),
            Self::Symbol(page) => page.documents().any(wanted),
            Self::AllVotes(votes) => votes.votes.iter().flat_map(|vote| vote.sources.iter().map(|s| s.doc)).any(wanted),
            Self::State(votes, state) => votes.by_state[state.index()]
                .iter()
                .flat_map(|&(vote, _)| votes.discussed_in[vote].iter().copied())
                .any(wanted),
        }
    }

    fn add_to(self, documents: &mut Vec<DocId>) {
        self.any(|id| {
            documents.push(id);
            false
        });
    }
}

/// Document `id`'s page, and where to look up what it shows.
#[derive(Clone, Copy)]
struct PageOf<'a> {
    archive: &'a Archive,
    votes: &'a VoteIndex,
    citations: &'a CitationIndex,
    id: DocId,
}

impl<'a> PageOf<'a> {
    fn documents(self) -> impl Iterator<Item = DocId> + 'a {
        let Self { archive, votes, citations, id } = self;
        let doc = &archive.documents[id];
        // Its `symbols:` link to the documents that are them.
        let listed = doc.symbols.iter().filter_map(|symbol| archive.document_of(symbol));
        let neighbours = doc.sessions.iter().filter_map(move |session| archive.session_neighbours(session, id));
        // The votes it shows list the documents recording them.
        let recording =
            votes.concerning[id].iter().chain(&votes.recorded_in[id]).flat_map(move |&vote| sources_of(votes, vote));
        std::iter::once(id)
            .chain(archive.versions[id].iter().copied())
            .chain(archive.related[id].iter().copied())
            .chain(listed)
            .chain(citations.cited_by[id].iter().copied())
            .chain(neighbours.flat_map(|(previous, next)| previous.into_iter().chain(next)))
            .chain(recording)
    }
}

impl std::fmt::Debug for PageOf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageOf").field("id", &self.id).finish()
    }
}

/// A UN document's page, and where to look up what it shows.
#[derive(Clone, Copy)]
pub struct SymbolPageOf<'a> {
    archive: &'a Archive,
    citations: &'a CitationIndex,
    votes_on: &'a HashMap<Symbol, Vec<VoteId>>,
    votes: &'a VoteIndex,
    /// The symbols it stands for.
    group: &'a [Symbol],
}

impl<'a> SymbolPageOf<'a> {
    fn documents(self) -> impl Iterator<Item = DocId> + 'a {
        let Self { archive, citations, votes_on, votes, group } = self;
        let citing = group.iter().filter_map(|symbol| citations.by_symbol.get(symbol)).flatten().map(|c| c.doc);
        let voted =
            group.iter().filter_map(|symbol| votes_on.get(symbol)).flatten().flat_map(|&vote| sources_of(votes, vote));
        let own = group.iter().filter_map(|symbol| archive.by_own_symbol(symbol));
        citing.chain(voted).chain(own)
    }
}

impl std::fmt::Debug for SymbolPageOf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SymbolPageOf").field("group", &self.group).finish()
    }
}

/// The documents recording vote `id`.
fn sources_of(votes: &VoteIndex, id: VoteId) -> impl Iterator<Item = DocId> + '_ {
    votes.votes[id].sources.iter().map(|source| source.doc)
}

/// Whether document `id`'s data appears in vote views: it records a vote, or
/// concerns a symbol voted on.
pub fn involves_votes(votes: &VoteIndex, id: DocId) -> bool {
    !votes.recorded_in[id].is_empty() || !votes.concerning[id].is_empty()
}
