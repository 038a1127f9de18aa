//! What templates see: plain serialisable views with every URL already built.

use serde::Serialize;

use crate::archive::{Archive, DocId};
use crate::config::SiteConfig;
use crate::model::{Kind, PartialDate};
use crate::routes::{Page, Routes, Urls};

pub use crate::routes::Link;

#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct SiteView {
    pub title: String,
    pub description: String,
    pub language: String,
    /// `/archive/`: every internal URL starts with it.
    pub base_path: String,
    pub base_url: String,
    pub nav: Vec<Link>,
    /// Whether the archive's feed is published: not until a document is dated.
    pub has_feed: bool,
}

/// A document as it appears in lists.
#[derive(Debug, Clone, Serialize)]
pub struct DocCard {
    pub title: String,
    pub url: String,
    pub kind: &'static str,
    pub kind_label: &'static str,
    /// `None`, as its ISO form, when the source prints no date: the card then says so.
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub sessions: Vec<Link>,
    pub summary: Option<String>,
    pub draft: bool,
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

/// The links between the pages of a list longer than a page, as `pagination.html`
/// shows them: every page links the first and the last, and its neighbours.
#[derive(Debug, Serialize)]
pub struct Pagination {
    pub number: usize,
    pub of: usize,
    pub first: String,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub last: String,
}

/// A listing of terms (sessions, signatories, tags) with how many documents each has.
#[derive(Debug, Serialize)]
pub struct TermCount {
    pub name: String,
    pub url: String,
    pub count: usize,
}

impl SiteView {
    /// The navigation links each index the plan has, but an empty list of terms.
    pub fn new(config: &SiteConfig, urls: &Urls, archive: &Archive, routes: &Routes, has_votes: bool) -> Self {
        let mut nav: Vec<Link> = archive
            .by_kind
            .keys()
            .filter(|&&kind| kind != Kind::Vote)
            .map(|&kind| Link { name: kind.plural_label().to_owned(), url: urls.kind(kind) })
            .collect();
        for (name, page, present) in [
            ("Votes", Page::Votes, true),
            ("States", Page::States, has_votes),
            ("Sessions", Page::Sessions, !archive.by_session.is_empty() || !archive.unplaced.is_empty()),
            ("Signatories", Page::Signatories, !archive.signatories.is_empty()),
            ("Tags", Page::Tags, !archive.tags.is_empty()),
            ("UN documents", Page::Symbols, true),
            ("Search", Page::Search, true),
        ] {
            if present && routes.has(&page) {
                nav.push(Link { name: name.to_owned(), url: urls.page(&page, archive) });
            }
        }
        Self {
            title: config.title.clone(),
            description: config.description.clone(),
            language: config.language.clone(),
            base_path: urls.base.path.clone(),
            base_url: urls.base.origin_and_path.clone(),
            nav,
            has_feed: routes.has(&Page::Feed),
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
        date: doc.date.map(|date| date.to_string()),
        date_iso: doc.date.map(PartialDate::iso),
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
