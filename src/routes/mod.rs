//! Stage five: the site's URL scheme. Every page and file the site publishes is a
//! [`Route`] of one [`Routes`] plan, made from the resolved archive, its votes and its
//! citations; every path and URL is made here ([`Urls`]). `render` only turns a route
//! into bytes. Two routes at one path are an error naming where each comes from, never
//! a silent overwrite.

mod origin;
mod urls;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::archive::{Archive, DocId};
use crate::citations::CitationIndex;
use crate::diagnostics::Diagnostic;
use crate::model::{Kind, SessionId, Slug, Symbol};
use crate::registry::StateId;
use crate::votes::VoteIndex;

pub use urls::{Link, SessionLink, Urls};

/// What a route publishes: a page of the archive, or one of the site's files.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Page {
    Home,
    Document(DocId),
    /// The list of one kind's documents; vote records are listed on [`Page::Votes`].
    Kind(Kind),
    Sessions,
    Session(SessionId),
    /// The documents that neither a date nor a session places, listed beside the sessions.
    Undated,
    /// A session's feed, published only when one of its documents is dated.
    SessionFeed(SessionId),
    Signatories,
    Signatory(Slug),
    Tags,
    Tag(Slug),
    /// The index of the cited UN documents that have a page.
    Symbols,
    /// A cited or voted UN document that no archive document is, with its drafts,
    /// revisions or adopted text: one page for all of them.
    Symbol(Symbol),
    /// The address a symbol would have if its page were not another's (a revision's,
    /// its first draft's; a draft's, the adopted text's): a redirect there.
    SymbolAlias(Symbol),
    Votes,
    States,
    /// A state that cast a vote the archive records.
    State(StateId),
    /// The archive's feed, published only when a document is dated.
    Feed,
    Search,
    NotFound,
    Sitemap,
    Robots,
    /// Tells GitHub Pages not to run Jekyll over a branch-published site.
    NoJekyll,
    /// The custom domain of a branch-published site.
    Cname,
    Highlight,
    VotesCsv,
    VotesJson,
    /// A file of the theme's `static/` folder, by its path below it.
    Static(String),
}

/// The most addresses one sitemap file may list, by the sitemaps protocol.
const SITEMAP_URLS: usize = 50_000;

/// One file of the site: its path below the output folder, and what it publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub path: String,
    pub page: Page,
    /// Which of its list's pages it is, for a list: every list is split into pages of
    /// the site's page size (the first at the list's own address).
    pub part: Option<Part>,
}

/// One page of a list: which, of how many, and which of the list's entries it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Part {
    /// From 1.
    pub number: usize,
    /// How many pages the list has.
    pub of: usize,
    /// How many entries the whole list has.
    pub entries: usize,
    /// The first entry this page shows, counted from 0.
    pub first: usize,
    /// How many entries each page shows.
    pub size: usize,
}

impl Part {
    /// The pages of a list of `entries`, `size` to a page; an empty list still has one.
    fn all(entries: usize, size: usize) -> impl Iterator<Item = Self> {
        let of = entries.div_ceil(size).max(1);
        (1..=of).map(move |number| Self { number, of, entries, first: (number - 1) * size, size })
    }

    /// The entries of `list` this page shows. A page may show several lists side by
    /// side (votes and their records), each cut at the same places.
    pub fn slice<'a, T>(&self, list: &'a [T]) -> &'a [T] {
        &list[self.range(list.len())]
    }

    /// The places of the entries this page shows in a list of `len`.
    pub fn range(&self, len: usize) -> std::ops::Range<usize> {
        self.first.min(len)..(self.first + self.size).min(len)
    }
}

impl Route {
    /// Whether it is an HTML page a reader can land on, as the sitemap lists them.
    pub fn is_landing_page(&self) -> bool {
        self.path.ends_with(".html") && !matches!(self.page, Page::SymbolAlias(_) | Page::NotFound)
    }
}

/// Every route of the site, in a stable order: documents in the archive's order first,
/// then symbol pages and their aliases by symbol, then the indexes and files.
#[derive(Debug, Default)]
pub struct Routes {
    routes: Vec<Route>,
    /// The UN documents with a page of their own, each with every symbol it stands for.
    symbols: BTreeMap<Symbol, Vec<Symbol>>,
    /// The symbols whose address redirects to where their citations lead.
    aliases: BTreeSet<Symbol>,
}

/// What the plan is made from.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// The site's folder, where the files named in errors are read from.
    pub root: &'a std::path::Path,
    /// The theme's name, for errors about its files.
    pub theme: &'a str,
    pub archive: &'a Archive,
    pub votes: &'a VoteIndex,
    pub citations: &'a CitationIndex,
    /// The theme's static files, by path below `static/`.
    pub static_files: &'a [String],
    pub has_cname: bool,
    /// How many entries a page of a list shows.
    pub page_size: usize,
}

impl Routes {
    /// Plans every route of the site; two at one path are an error naming both origins.
    pub fn plan(sources: Sources<'_>) -> Result<Self, Vec<Diagnostic>> {
        let routes = Self::plan_unchecked(sources);
        let clashes = routes.clashes(sources);
        if clashes.is_empty() { Ok(routes) } else { Err(clashes) }
    }

    fn plan_unchecked(sources: Sources<'_>) -> Self {
        let Sources { archive, votes, citations, static_files, has_cname, page_size, .. } = sources;
        let (symbols, aliases) = symbol_pages(archive, votes, citations);
        let mut pages: Vec<Page> = archive.documents.keys().map(Page::Document).collect();
        pages.extend(symbols.keys().cloned().map(Page::Symbol));
        pages.extend(aliases.iter().cloned().map(Page::SymbolAlias));
        if !symbols.is_empty() {
            pages.push(Page::Symbols);
        }
        pages.push(Page::Home);
        pages.extend(archive.by_kind.keys().filter(|&&kind| kind != Kind::Vote).map(|&kind| Page::Kind(kind)));
        let vote_records = archive.by_kind.contains_key(&Kind::Vote);
        if !votes.votes.is_empty() || vote_records {
            pages.push(Page::Votes);
            let voted = votes.by_state.iter().enumerate().filter(|(_, cast)| !cast.is_empty());
            pages.extend(voted.filter_map(|(index, _)| archive.registries.states.id_at(index)).map(Page::State));
            pages.push(Page::States);
        }
        pages.push(Page::Sessions);
        pages.extend(archive.by_session.keys().cloned().map(Page::Session));
        if !archive.unplaced.is_empty() {
            pages.push(Page::Undated);
        }
        pages.push(Page::Signatories);
        pages.extend(archive.signatories.keys().cloned().map(Page::Signatory));
        pages.push(Page::Tags);
        pages.extend(archive.tags.keys().cloned().map(Page::Tag));
        // A feed needs a time the sources give (see `render::discovery::feed`).
        if archive.newest_dated().next().is_some() {
            pages.push(Page::Feed);
        }
        let dated_sessions = archive.by_session.keys().filter(|s| !archive.session_newest_dated(s).is_empty());
        pages.extend(dated_sessions.cloned().map(Page::SessionFeed));
        if !archive.documents.is_empty() {
            pages.push(Page::Search);
        }
        pages.push(Page::NotFound);
        pages.extend([Page::Sitemap, Page::Robots, Page::NoJekyll]);
        if has_cname {
            pages.push(Page::Cname);
        }
        pages.extend(static_files.iter().cloned().map(Page::Static));
        pages.push(Page::Highlight);
        if !votes.votes.is_empty() {
            pages.extend([Page::VotesCsv, Page::VotesJson]);
        }
        let mut routes = Vec::with_capacity(pages.len());
        for page in pages {
            let path = file_of(&page, archive);
            match entries(&page, sources, &symbols) {
                None => routes.push(Route { path, page, part: None }),
                Some(entries) => {
                    for part in Part::all(entries, page_size.max(1)) {
                        let path = if part.number == 1 { path.clone() } else { part_file(&page, archive, part.number) };
                        routes.push(Route { path, page: page.clone(), part: Some(part) });
                    }
                }
            }
        }
        let mut routes = Self { routes, symbols, aliases };
        routes.split_sitemap();
        routes
    }

    /// A sitemap lists at most [`SITEMAP_URLS`] addresses: past that, `sitemap.xml`
    /// becomes an index of `sitemap-1.xml`, `sitemap-2.xml` …, each a part of the list.
    fn split_sitemap(&mut self) {
        let landing = self.routes.iter().filter(|route| route.is_landing_page()).count();
        if landing > SITEMAP_URLS {
            let parts = Part::all(landing, SITEMAP_URLS).map(|part| Route {
                path: format!("sitemap-{}.xml", part.number),
                page: Page::Sitemap,
                part: Some(part),
            });
            self.routes.extend(parts);
        }
    }

    /// Every pair of routes at one path, each reported where the later one comes from.
    fn clashes(&self, sources: Sources<'_>) -> Vec<Diagnostic> {
        let mut first_at: HashMap<&str, &Page> = HashMap::with_capacity(self.routes.len());
        let mut clashes = Vec::new();
        for route in &self.routes {
            if let Some(first) = first_at.insert(route.path.as_str(), &route.page) {
                clashes.push(origin::clash(sources, &route.path, first, &route.page));
            }
        }
        clashes
    }

    pub fn as_slice(&self) -> &[Route] {
        &self.routes
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Route> {
        self.routes.iter()
    }

    pub fn len(&self) -> usize {
        self.routes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    /// Whether the site publishes `page`.
    pub fn has(&self, page: &Page) -> bool {
        match page {
            Page::Symbol(symbol) => self.symbols.contains_key(symbol),
            Page::SymbolAlias(symbol) => self.aliases.contains(symbol),
            other => self.routes.iter().any(|route| route.page == *other),
        }
    }

    /// The UN documents with a page of their own, in order, each with every symbol its
    /// page stands for, in order (drafts before the adopted text), itself among them.
    pub fn symbols(&self) -> &BTreeMap<Symbol, Vec<Symbol>> {
        &self.symbols
    }

    /// Whether `other` gives the same UN documents pages, standing for the same symbols,
    /// and redirects the same symbols' addresses.
    pub fn same_symbol_pages(&self, other: &Self) -> bool {
        self.symbols == other.symbols && self.aliases == other.aliases
    }

    /// Every page a reader can land on with its URL, sorted by URL, for the sitemap.
    pub fn landing_pages(&self, urls: &Urls) -> Vec<(String, &Page)> {
        let mut landing: Vec<(String, &Page)> = self
            .routes
            .iter()
            .filter(|route| route.is_landing_page())
            .map(|route| (urls.absolute(route.path.trim_end_matches("index.html")), &route.page))
            .collect();
        landing.sort_by(|a, b| a.0.cmp(&b.0));
        landing
    }
}

impl<'a> IntoIterator for &'a Routes {
    type Item = &'a Route;
    type IntoIter = std::slice::Iter<'a, Route>;

    fn into_iter(self) -> Self::IntoIter {
        self.routes.iter()
    }
}

/// The UN documents given a page, each with the symbols it stands for, and the symbols
/// whose address redirects.
///
/// Every cited or voted symbol that no document is has a home: the page of its first
/// draft, or of the text adopted from it (see [`Archive::symbol_home`]). That page
/// stands for every symbol with that home the archive knows: cited, voted on, named by
/// the resolutions registry or a document's own. A symbol with a document of its own
/// keeps its document, and so does the whole group when the page's symbol has one;
/// every other symbol's address redirects to the group's home.
fn symbol_pages(
    archive: &Archive,
    votes: &VoteIndex,
    citations: &CitationIndex,
) -> (BTreeMap<Symbol, Vec<Symbol>>, BTreeSet<Symbol>) {
    let resolutions = &archive.registries.resolutions;
    let mut groups: BTreeMap<Symbol, BTreeSet<Symbol>> = BTreeMap::new();
    let cited = citations.by_symbol.keys().chain(votes.votes.iter().filter_map(|vote| vote.on.as_ref()));
    for symbol in cited.filter(|symbol| archive.by_own_symbol(symbol).is_none()) {
        let page = resolutions.page_symbol(symbol);
        match groups.get_mut(page.as_ref()) {
            Some(group) => {
                group.insert(symbol.clone());
            }
            None => {
                groups.insert(page.into_owned(), BTreeSet::from([symbol.clone()]));
            }
        }
    }
    for (page, group) in &mut groups {
        group.insert(page.clone());
        group.extend(resolutions.entry(page).into_iter().flat_map(|entry| entry.symbols().cloned()));
    }
    for own in archive.own_symbols() {
        if let Some(group) = groups.get_mut(resolutions.page_symbol(own).as_ref()) {
            group.insert(own.clone());
        }
    }
    let mut pages = BTreeMap::new();
    let mut aliases = BTreeSet::new();
    for (page, group) in groups {
        let redirected = group.iter().filter(|symbol| **symbol != page && archive.by_own_symbol(symbol).is_none());
        aliases.extend(redirected.cloned());
        if archive.by_own_symbol(&page).is_none() {
            pages.insert(page, group.into_iter().collect());
        }
    }
    (pages, aliases)
}

/// Two documents at one address, found as soon as the archive is resolved: each is
/// blamed on the file that chose its slug by hand, else on the later file.
pub fn document_clashes(archive: &Archive) -> Vec<Diagnostic> {
    let mut seen: HashMap<String, &crate::model::Document> = HashMap::with_capacity(archive.documents.len());
    let mut clashes = Vec::new();
    for doc in &archive.documents {
        let address = Urls::document_address(doc, archive.language);
        if let Some(first) = seen.get(&address) {
            let chose = |d: &crate::model::Document| d.source.fields.has("slug");
            let blame_doc = chose(doc) || (!chose(first) && doc.source.path > first.source.path);
            let (a, b) = if blame_doc { (*first, doc) } else { (doc, *first) };
            let message = format!("`{}` has the same URL /{address} as {}", b.slug, a.source.path.display());
            clashes.push(crate::archive::error(b, "slug", &message));
        } else {
            seen.insert(address, doc);
        }
    }
    clashes
}

/// How many entries the list `page` shows, for a page that is a list: a document in
/// several languages counts once, as lists show it. The states index is not split: it
/// is bounded by the number of states.
fn entries(page: &Page, sources: Sources<'_>, symbols: &BTreeMap<Symbol, Vec<Symbol>>) -> Option<usize> {
    let Sources { archive, votes, citations, .. } = sources;
    let listed = |ids: &[DocId]| archive.listed(ids).len();
    let documents = |ids: Option<&Vec<DocId>>| ids.map_or(0, |ids| listed(ids));
    Some(match page {
        Page::Kind(kind) => documents(archive.by_kind.get(kind)),
        Page::Sessions => archive.by_session.len() + usize::from(!archive.unplaced.is_empty()),
        Page::Session(session) => documents(archive.by_session.get(session)),
        Page::Undated => listed(&archive.unplaced),
        Page::Signatories => archive.signatories.len(),
        Page::Signatory(slug) => documents(archive.signatories.get(slug).map(|s| &s.documents)),
        Page::Tags => archive.tags.len(),
        Page::Tag(slug) => documents(archive.tags.get(slug).map(|t| &t.documents)),
        Page::Symbols => symbols.len(),
        Page::Symbol(symbol) => {
            let group = symbols.get(symbol).map(Vec::as_slice).unwrap_or_default();
            citations.citing(archive, group).len()
        }
        // The votes, and beside them the documents that record votes.
        Page::Votes => votes.votes.len().max(documents(archive.by_kind.get(&Kind::Vote))),
        Page::State(state) => votes.by_state[state.index()].len(),
        _ => return None,
    })
}

/// The file of page `number` (from 2) of the list `page`.
fn part_file(page: &Page, archive: &Archive, number: usize) -> String {
    urls::file_at(&urls::part_address(page, archive, number))
}

/// The file of `page` below the output folder.
fn file_of(page: &Page, archive: &Archive) -> String {
    match page {
        Page::Feed => "atom.xml".into(),
        Page::NotFound => "404.html".into(),
        Page::Sitemap => "sitemap.xml".into(),
        Page::Robots => "robots.txt".into(),
        Page::NoJekyll => ".nojekyll".into(),
        Page::Cname => "CNAME".into(),
        Page::Highlight => "highlight.css".into(),
        Page::VotesCsv => "votes.csv".into(),
        Page::VotesJson => "votes.json".into(),
        Page::Static(path) => path.clone(),
        page => urls::file_at(&urls::address_of(page, archive)),
    }
}
