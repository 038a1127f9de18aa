//! What templates see: plain serialisable views with every URL already built.

use serde::Serialize;

use crate::archive::{Archive, DocId};
use crate::config::{BaseUrl, SiteConfig};
use crate::model::{Document, Kind, SessionId, Symbol};

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    pub language: String,
    /// `/archive/`: every internal URL starts with it.
    pub base_path: String,
    pub base_url: String,
    pub nav: Vec<Link>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    pub name: String,
    pub url: String,
}

/// A document as it appears in lists.
#[derive(Debug, Clone, Serialize)]
pub struct DocCard {
    pub title: String,
    pub url: String,
    pub kind: &'static str,
    pub kind_label: &'static str,
    pub date: String,
    pub date_iso: String,
    pub sessions: Vec<Link>,
    pub summary: Option<String>,
    pub draft: bool,
}

/// A session, linked when the archive has a page for it.
#[derive(Debug, Clone, Serialize)]
pub struct SessionLink {
    pub name: String,
    pub url: Option<String>,
}

/// A signatory as printed, linked to the page of the organisation behind it.
#[derive(Debug, Serialize)]
pub struct SignatoryLink {
    pub name: String,
    pub url: String,
    pub organisation: String,
}

#[derive(Debug, Serialize)]
pub struct SessionNav {
    pub session: Link,
    pub previous: Option<Link>,
    pub next: Option<Link>,
}

#[derive(Debug, Serialize)]
pub struct DocPage {
    #[serde(flatten)]
    pub card: DocCard,
    pub to: Option<String>,
    pub signatories: Vec<SignatoryLink>,
    /// The document's own UN symbol, linked to the official text.
    pub symbol: Option<Link>,
    /// The UN documents it concerns, linked to their archive page or symbol page.
    pub symbols: Vec<Link>,
    pub tags: Vec<Link>,
    pub source_url: Option<String>,
    pub body: String,
    /// Whether the page needs the code-highlighting stylesheet.
    pub has_code: bool,
    /// schema.org data for search engines, already safe inside `<script>`.
    pub json_ld: String,
    pub session_nav: Vec<SessionNav>,
    /// Cards, rendered: filled in by the renderer, which keeps the templates.
    pub related: String,
    /// Documents that link to this one or cite its symbol, as cards.
    pub cited_by: String,
}

/// A listing of terms (sessions, signatories, tags) with how many documents each has.
#[derive(Debug, Serialize)]
pub struct TermCount {
    pub name: String,
    pub url: String,
    pub count: usize,
}

/// Builds URLs below the base path; the only place that knows the URL scheme.
#[derive(Debug, Clone)]
pub struct Urls {
    pub base: BaseUrl,
}

impl Urls {
    pub fn path(&self, relative: &str) -> String {
        format!("{}{relative}", self.base.path)
    }
    /// The full address of a path below the site, for feeds, sitemaps and canonical links;
    /// a site published at a bare path gets root-relative ones.
    pub fn absolute(&self, relative: &str) -> String {
        if self.base.origin_and_path.is_empty() {
            self.path(relative)
        } else {
            format!("{}{relative}", self.base.origin_and_path)
        }
    }
    pub fn document(&self, doc: &Document) -> String {
        self.path(&doc.path())
    }
    pub fn kind(&self, kind: Kind) -> String {
        self.path(&format!("{}/", kind.section()))
    }
    pub fn session(&self, session: &SessionId) -> String {
        self.path(&format!("sessions/{}/", session.slug()))
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
        self.path(&format!("signatories/{slug}/"))
    }
    pub fn tag(&self, slug: &str) -> String {
        self.path(&format!("tags/{slug}/"))
    }
    pub fn symbol(&self, symbol: &Symbol) -> String {
        self.path(&format!("symbols/{}/", symbol.slug()))
    }

    /// Where a citation of `symbol` leads: the archive document that is it, or its page.
    pub fn symbol_link(&self, archive: &Archive, symbol: &Symbol) -> Link {
        let url = match archive.by_own_symbol(symbol) {
            Some(id) => self.document(&archive.documents[id]),
            None => self.symbol(symbol),
        };
        Link { name: symbol.to_string(), url }
    }
}

impl SiteView {
    pub fn new(config: &SiteConfig, urls: &Urls, archive: &Archive, has_votes: bool, has_symbols: bool) -> Self {
        let mut nav: Vec<Link> = archive
            .by_kind
            .keys()
            .filter(|&&kind| kind != Kind::Vote)
            .map(|&kind| Link { name: kind.plural_label().to_owned(), url: urls.kind(kind) })
            .collect();
        for (name, section, present) in [
            ("Votes", "votes", has_votes || archive.by_kind.contains_key(&Kind::Vote)),
            ("States", "states", has_votes),
            ("Sessions", "sessions", !archive.by_session.is_empty()),
            ("Signatories", "signatories", !archive.signatories.is_empty()),
            ("Tags", "tags", !archive.tags.is_empty()),
            ("UN documents", "symbols", has_symbols),
            ("Search", "search", !archive.documents.is_empty()),
        ] {
            if present {
                nav.push(Link { name: name.to_owned(), url: urls.path(&format!("{section}/")) });
            }
        }
        Self {
            title: config.title.clone(),
            description: config.description.clone(),
            language: config.language.clone(),
            base_path: urls.base.path.clone(),
            base_url: urls.base.origin_and_path.clone(),
            nav,
        }
    }
}

pub fn card(archive: &Archive, urls: &Urls, id: DocId) -> DocCard {
    let doc = &archive.documents[id];
    DocCard {
        title: doc.title.clone(),
        url: urls.document(doc),
        kind: doc.kind.section(),
        kind_label: doc.kind.label(),
        date: doc.date.to_string(),
        date_iso: doc.date.iso(),
        sessions: doc.sessions.iter().map(|s| Link { name: s.to_string(), url: urls.session(s) }).collect(),
        summary: doc.summary.clone(),
        draft: doc.draft,
    }
}

pub fn doc_page(archive: &Archive, urls: &Urls, id: DocId, body: String) -> DocPage {
    let doc = &archive.documents[id];
    let link_to = |other: DocId| {
        let other = &archive.documents[other];
        Link { name: other.title.clone(), url: urls.document(other) }
    };
    let session_nav = doc
        .sessions
        .iter()
        .filter_map(|session| {
            let (previous, next) = archive.session_neighbours(session, id)?;
            Some(SessionNav {
                session: Link { name: session.to_string(), url: urls.session(session) },
                previous: previous.map(link_to),
                next: next.map(link_to),
            })
        })
        .collect();
    DocPage {
        card: card(archive, urls, id),
        to: doc.to.clone(),
        signatories: doc
            .signatories
            .iter()
            .zip(&archive.signed_by[id])
            .map(|(printed, org)| SignatoryLink {
                name: printed.clone(),
                url: urls.signatory(org.slug.as_str()),
                organisation: org.name.clone(),
            })
            .collect(),
        symbol: doc.symbol.as_ref().map(|s| Link { name: s.to_string(), url: s.official_url() }),
        symbols: doc.symbols.iter().map(|s| urls.symbol_link(archive, s)).collect(),
        tags: doc
            .tags
            .iter()
            .filter_map(|t| {
                crate::model::Slug::from_text(t).map(|slug| Link { name: t.clone(), url: urls.tag(slug.as_str()) })
            })
            .collect(),
        source_url: doc.source_url.clone(),
        has_code: body.contains("<pre class=\"code\">"),
        json_ld: super::discovery::json_ld(archive, urls, id),
        body,
        session_nav,
        related: String::new(),
        cited_by: String::new(),
    }
}
