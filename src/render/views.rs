//! What templates see: plain serialisable views with every URL already built.

use serde::Serialize;

use crate::archive::{Archive, DocId};
use crate::config::SiteConfig;
use crate::i18n::Locale;
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
    pub nav: Vec<NavItem>,
    /// Whether the archive's feed is published: not until a document is dated.
    pub has_feed: bool,
}

/// An entry of the main navigation: the message that names it, and its URL.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct NavItem {
    pub key: String,
    pub url: String,
}

/// A document as it appears in lists.
#[derive(Debug, Clone, Serialize)]
pub struct DocCard {
    pub title: String,
    pub url: String,
    pub kind: &'static str,
    pub kind_label: String,
    /// `None`, as its ISO form, when the source prints no date: the card then says so.
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub sessions: Vec<Link>,
    pub summary: Option<String>,
    pub draft: bool,
    /// The same document in other languages.
    pub versions: Vec<Version>,
}

/// A document in another language, named in that language ("Français").
#[derive(Debug, Clone, Serialize)]
pub struct Version {
    pub lang: &'static str,
    pub dir: &'static str,
    pub name: String,
    pub url: String,
}

/// A page of the sitemap, with its addresses in every language it is in.
#[derive(Debug, Serialize)]
pub struct SitemapUrl {
    pub loc: String,
    pub alternates: Vec<Alternate>,
}

/// A page's address in one language, for `hreflang` links.
#[derive(Debug, Clone, Serialize)]
pub struct Alternate {
    pub lang: &'static str,
    pub url: String,
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

/// Serialised by hand, as one struct with the card's fields beside its own (see below).
#[derive(Debug)]
pub struct DocPage {
    pub card: DocCard,
    pub to: Option<String>,
    pub signatories: Vec<SignatoryLink>,
    /// Every language the document is in, this one included, with the address of each.
    pub alternates: Vec<Alternate>,
    /// The document's own UN symbol, linked to the official text.
    pub symbol: Option<Link>,
    /// The UN documents it concerns, linked to their archive page or symbol page.
    pub symbols: Vec<Link>,
    pub tags: Vec<Link>,
    pub source_url: Option<String>,
    pub body: String,
    /// A long body's table of contents: filled in by the renderer.
    pub toc: Option<crate::markdown::Toc>,
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

/// Templates read `page.title` as they read `page.body`: the card's fields are the
/// page's. `#[serde(flatten)]` says so, but makes the page a map, which the template
/// engine builds key by key and searches by comparing keys, on every document page;
/// a struct's fields it keeps in a list with the names as they are.
impl Serialize for DocPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let DocCard { title, url, kind, kind_label, date, date_iso, sessions, summary, draft, versions } = &self.card;
        let Self {
            card: _,
            to,
            signatories,
            alternates,
            symbol,
            symbols,
            tags,
            source_url,
            body,
            toc,
            has_code,
            json_ld,
            session_nav,
            related,
            cited_by,
        } = self;
        let mut page = serializer.serialize_struct("DocPage", 24)?;
        page.serialize_field("title", title)?;
        page.serialize_field("url", url)?;
        page.serialize_field("kind", kind)?;
        page.serialize_field("kind_label", kind_label)?;
        page.serialize_field("date", date)?;
        page.serialize_field("date_iso", date_iso)?;
        page.serialize_field("sessions", sessions)?;
        page.serialize_field("summary", summary)?;
        page.serialize_field("draft", draft)?;
        page.serialize_field("versions", versions)?;
        page.serialize_field("to", to)?;
        page.serialize_field("signatories", signatories)?;
        page.serialize_field("alternates", alternates)?;
        page.serialize_field("symbol", symbol)?;
        page.serialize_field("symbols", symbols)?;
        page.serialize_field("tags", tags)?;
        page.serialize_field("source_url", source_url)?;
        page.serialize_field("body", body)?;
        page.serialize_field("toc", toc)?;
        page.serialize_field("has_code", has_code)?;
        page.serialize_field("json_ld", json_ld)?;
        page.serialize_field("session_nav", session_nav)?;
        page.serialize_field("related", related)?;
        page.serialize_field("cited_by", cited_by)?;
        page.end()
    }
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
#[derive(Debug, Clone, Serialize)]
pub struct TermCount {
    pub name: String,
    pub url: String,
    pub count: usize,
}

impl SiteView {
    /// The navigation links each index the plan has, but an empty list of terms.
    pub fn new(config: &SiteConfig, urls: &Urls, archive: &Archive, routes: &Routes, has_votes: bool) -> Self {
        let mut nav: Vec<NavItem> = archive
            .by_kind
            .keys()
            .filter(|&&kind| kind != Kind::Vote)
            .map(|&kind| NavItem { key: kind_plural_key(kind), url: urls.kind(kind) })
            .collect();
        for (key, page, present) in [
            ("nav-votes", Page::Votes, true),
            ("nav-states", Page::States, has_votes),
            ("nav-sessions", Page::Sessions, !archive.by_session.is_empty() || !archive.unplaced.is_empty()),
            ("nav-signatories", Page::Signatories, !archive.signatories.is_empty()),
            ("nav-tags", Page::Tags, !archive.tags.is_empty()),
            ("nav-symbols", Page::Symbols, true),
            ("nav-search", Page::Search, true),
        ] {
            if present && routes.has(&page) {
                nav.push(NavItem { key: key.to_owned(), url: urls.page(&page, archive) });
            }
        }
        Self {
            title: config.title.clone(),
            description: config.description.clone(),
            language: config.language.code().to_owned(),
            base_path: urls.base.path.clone(),
            base_url: urls.base.origin_and_path.clone(),
            nav,
            has_feed: routes.has(&Page::Feed),
        }
    }
}

/// The message naming documents of `kind` as a list: "Letters".
pub fn kind_plural_key(kind: Kind) -> String {
    format!("kinds-{}", kind.name())
}

/// Document `id` as a list on a page in `locale`'s language shows it.
pub fn card(archive: &Archive, urls: &Urls, id: DocId, locale: Locale<'_>) -> DocCard {
    let doc = &archive.documents[id];
    DocCard {
        title: doc.title.clone(),
        url: urls.document(doc),
        kind: doc.kind.section(),
        kind_label: locale.kind(doc.kind),
        date: doc.date.map(|date| locale.date(date)),
        date_iso: doc.date.map(PartialDate::iso),
        sessions: doc.sessions.iter().map(|s| Link { name: s.to_string(), url: urls.session(s) }).collect(),
        summary: doc.summary.clone(),
        draft: doc.draft,
        versions: archive.versions[id]
            .iter()
            .map(|&other| {
                let lang = archive.language_of(other);
                Version {
                    lang: lang.code(),
                    dir: lang.dir(),
                    name: locale.translations.text(lang, "language-name"),
                    url: urls.document(&archive.documents[other]),
                }
            })
            .collect(),
    }
}

/// Every language document `id` is in, itself included, with each one's full address.
pub fn alternates(archive: &Archive, urls: &Urls, id: DocId) -> Vec<Alternate> {
    if archive.versions[id].is_empty() {
        return Vec::new();
    }
    let mut all: Vec<DocId> = archive.versions[id].clone();
    all.push(id);
    all.sort_by_key(|&version| archive.language_of(version));
    all.into_iter()
        .map(|version| Alternate {
            lang: archive.language_of(version).code(),
            url: urls.document_absolute(&archive.documents[version]),
        })
        .collect()
}

pub fn doc_page(archive: &Archive, urls: &Urls, id: DocId, body: String, locale: Locale<'_>) -> DocPage {
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
        card: card(archive, urls, id, locale),
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
        alternates: alternates(archive, urls, id),
        symbol: doc.symbol.as_ref().map(|s| Link { name: s.to_string(), url: s.official_url(locale.lang) }),
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
        json_ld: super::discovery::json_ld(archive, id),
        body,
        toc: None,
        session_nav,
        related: String::new(),
        cited_by: String::new(),
    }
}
