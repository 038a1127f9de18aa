//! Where each page lives: the folders of the URL scheme, and the URLs made from them
//! below the site's base path.

use serde::Serialize;

use super::Page;
use crate::archive::{Archive, SymbolHome};
use crate::config::BaseUrl;
use crate::model::{Document, Kind, Lang, SessionId, Symbol};
use crate::registry::StateId;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub name: String,
    pub url: String,
}

/// A session, linked when the archive has a page for it.
#[derive(Debug, Clone, Serialize)]
pub struct SessionLink {
    pub name: String,
    pub url: Option<String>,
}

/// Where a page lives below the site root: its address. An index of many pages is a
/// folder, ending in `/`, whose `index.html` it is (empty for the home page); each page
/// of one thing (a document, a UN document, a session, a signatory, a tag, a state) is a
/// file of its own, `<section>/<slug>.html`. A folder costs a disk block however little
/// it holds, and GitHub Pages counts it: a folder per document made an archive of
/// 50,000 documents a quarter larger.
/// Pages that are files with other names (feeds, the sitemap) have none.
pub(super) fn address_of(page: &Page, archive: &Archive) -> String {
    match page {
        Page::Home => String::new(),
        Page::Document(id) => document_address(&archive.documents[*id], archive.language),
        Page::Kind(kind) => kind_dir(*kind),
        Page::Sessions => "sessions/".into(),
        Page::Session(session) => session_address(session, "html"),
        Page::SessionFeed(session) => session_address(session, "xml"),
        Page::Undated => "sessions/undated.html".into(),
        Page::Signatories => "signatories/".into(),
        Page::Signatory(slug) => signatory_address(slug.as_str()),
        Page::Tags => "tags/".into(),
        Page::Tag(slug) => tag_address(slug.as_str()),
        Page::Symbols => "symbols/".into(),
        Page::Symbol(symbol) | Page::SymbolAlias(symbol) => symbol_address(symbol),
        Page::Votes => "votes/".into(),
        Page::States => "states/".into(),
        Page::State(state) => state_address(archive, *state),
        // The search index's files share the search page's folder.
        Page::Search => format!("{}/", crate::search::FOLDER),
        Page::Feed
        | Page::NotFound
        | Page::Sitemap
        | Page::Robots
        | Page::NoJekyll
        | Page::Cname
        | Page::Highlight
        | Page::VotesCsv
        | Page::VotesJson
        | Page::Static(_) => String::new(),
    }
}

/// The file at `address`: a folder's `index.html`, or the address itself.
pub(super) fn file_at(address: &str) -> String {
    if address.is_empty() || address.ends_with('/') { format!("{address}index.html") } else { address.to_owned() }
}

/// The address of page `number` of the list `page`: the list's own for the first,
/// `page/2.html` below the list's folder for the second (below `<slug>/` for a list that
/// is a file, `<slug>.html`), and so on.
pub(super) fn part_address(page: &Page, archive: &Archive, number: usize) -> String {
    let address = address_of(page, archive);
    if number <= 1 {
        return address;
    }
    let folder = address.strip_suffix(".html").map_or_else(|| address.clone(), |stem| format!("{stem}/"));
    format!("{folder}page/{number}.html")
}

/// A document in the site's language is at `<section>/<slug>.html`; one in another
/// language, under that language's folder: `fr/letters/<slug>.html`. Its address
/// depends on nothing but itself, so it stays when translations come and go.
fn document_address(doc: &Document, site: Lang) -> String {
    document_address_after("", doc, site)
}

/// `prefix`, then document `doc`'s address: in one allocation and no formatting, as
/// every card, link and search entry naming a document asks for it (hundreds of
/// thousands of times in a 50,000-document build).
fn document_address_after(prefix: &str, doc: &Document, site: Lang) -> String {
    let (section, slug) = (doc.kind.section(), doc.slug.as_str());
    match doc.language.filter(|&lang| lang != site) {
        Some(lang) => [prefix, lang.code(), "/", section, "/", slug, ".html"].concat(),
        None => [prefix, section, "/", slug, ".html"].concat(),
    }
}

fn kind_dir(kind: Kind) -> String {
    format!("{}/", kind.section())
}

/// A session's page (`html`) or its feed (`xml`).
fn session_address(session: &SessionId, extension: &str) -> String {
    ["sessions/", &session.slug(), ".", extension].concat()
}

fn signatory_address(slug: &str) -> String {
    format!("signatories/{slug}.html")
}

fn tag_address(slug: &str) -> String {
    format!("tags/{slug}.html")
}

fn symbol_address(symbol: &Symbol) -> String {
    ["symbols/", &symbol.slug(), ".html"].concat()
}

fn state_address(archive: &Archive, state: StateId) -> String {
    format!("states/{}.html", archive.registries.states.iso3(state).to_ascii_lowercase())
}

/// Builds URLs below the base path.
#[derive(Debug, Clone)]
pub struct Urls {
    pub base: BaseUrl,
    /// The site's language, whose documents are at the root.
    pub language: Lang,
}

impl Urls {
    /// `relative` below the base path.
    pub fn path(&self, relative: &str) -> String {
        [self.base.path.as_str(), relative].concat()
    }

    /// The full address of a path below the site, for feeds, sitemaps and canonical links;
    /// a site published at a bare path gets root-relative ones.
    pub fn absolute(&self, relative: &str) -> String {
        if self.base.origin_and_path.is_empty() {
            self.path(relative)
        } else {
            [self.base.origin_and_path.as_str(), relative].concat()
        }
    }

    /// The URL of `page`; for a page that is a file, of the file.
    pub fn page(&self, page: &Page, archive: &Archive) -> String {
        match page {
            Page::Feed | Page::NotFound | Page::Static(_) => self.path(&super::file_of(page, archive)),
            page => self.path(&address_of(page, archive)),
        }
    }

    /// The URL of page `number` (from 1) of the list `page`.
    pub fn part(&self, page: &Page, archive: &Archive, number: usize) -> String {
        self.path(&part_address(page, archive, number))
    }

    /// The address of document `doc`'s page below the site root, on a site in `site`'s language.
    pub fn document_address(doc: &Document, site: Lang) -> String {
        document_address(doc, site)
    }

    pub fn document(&self, doc: &Document) -> String {
        document_address_after(&self.base.path, doc, self.language)
    }

    pub fn document_absolute(&self, doc: &Document) -> String {
        self.absolute(&document_address(doc, self.language))
    }

    pub fn kind(&self, kind: Kind) -> String {
        self.path(&kind_dir(kind))
    }

    pub fn session(&self, session: &SessionId) -> String {
        self.path(&session_address(session, "html"))
    }

    /// A session as a vote or a symbol names it: it may be one no document is filed under,
    /// which then has no page to link to.
    pub fn session_link(&self, archive: &Archive, session: &SessionId) -> SessionLink {
        SessionLink {
            name: session.to_string(),
            url: archive.by_session.contains_key(session).then(|| self.session(session)),
        }
    }

    pub fn signatory(&self, slug: &str) -> String {
        self.path(&signatory_address(slug))
    }

    pub fn tag(&self, slug: &str) -> String {
        self.path(&tag_address(slug))
    }

    pub fn symbol(&self, symbol: &Symbol) -> String {
        self.path(&symbol_address(symbol))
    }

    pub fn state(&self, archive: &Archive, state: StateId) -> String {
        self.path(&state_address(archive, state))
    }

    /// Where a citation of `symbol` leads: the archive document that is it, or the page
    /// that stands for it (see [`Archive::symbol_home`]).
    pub fn symbol_link(&self, archive: &Archive, symbol: &Symbol) -> Link {
        Link { name: symbol.to_string(), url: self.path(&symbol_home_address(archive, symbol)) }
    }

    /// The full address of where a citation of `symbol` leads, for a redirect's canonical link.
    pub fn symbol_home_absolute(&self, archive: &Archive, symbol: &Symbol) -> String {
        self.absolute(&symbol_home_address(archive, symbol))
    }
}

fn symbol_home_address(archive: &Archive, symbol: &Symbol) -> String {
    match archive.symbol_home(symbol) {
        SymbolHome::Document(id) => document_address(&archive.documents[id], archive.language),
        SymbolHome::Page(page) => symbol_address(&page),
    }
}
