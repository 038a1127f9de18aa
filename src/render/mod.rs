//! Stage six: every route of the plan turned into bytes, pages through the theme's
//! templates.

mod bodies;
mod cards;
mod discovery;
mod lists;
mod once;
mod states;
mod symbols;
mod templates;
mod theme;
mod views;
mod vote_notes;
mod votes;
mod words;

use std::collections::BTreeMap;
use std::collections::hash_map::Entry;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::archive::{Archive, DocId, PerDoc};
use crate::citations::CitationIndex;
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::i18n::{FluentValue, Locale, Translations};
use crate::markdown::{RenderedBody, vote_placeholder};
use crate::model::{Kind, Lang};
use crate::output::{OutputFile, Sink};
use crate::progress::Progress;
use crate::registry::StateId;
use crate::routes::{Page, Part, Route, Routes, Urls};
use crate::votes::{Cast, Export, Placement, VoteContext, VoteId, VoteIndex};

pub use bodies::{BodyHtml, HandedOver};
use cards::{CardLevel, Cards};
pub use discovery::FEED_LENGTH;
use lists::Listed;
use once::RenderedOnce;
use symbols::SymbolPages;
use templates::{Context, SiteVars, Templates};
pub use theme::Theme;
use views::{Pagination, SiteView, TermCount, doc_page, kind_plural_key};
use votes::{StateRows, VoteViews};

/// How many documents the home page shows.
pub const LATEST: usize = 10;

/// The compiled templates and what every page shares.
#[derive(Debug)]
pub struct Renderer {
    templates: Templates,
    /// The theme's static files, by their path below the output folder; its templates
    /// are in `templates`, its words in `translations`.
    static_files: BTreeMap<String, Vec<u8>>,
    site: SiteFrame,
    urls: Urls,
    cname: Option<String>,
    /// The cited UN documents that get a page, grouped once for their pages.
    symbol_pages: SymbolPages,
    cards: Cards,
    state_rows: StateRows,
    /// The theme's words in every language, which templates print through `t`.
    translations: Arc<Translations>,
}

/// The resolved site a route is rendered from.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    pub archive: &'a Archive,
    pub votes: &'a VoteIndex,
    pub citations: &'a CitationIndex,
    pub routes: &'a Routes,
    /// Each document's rendered body.
    pub html: &'a dyn BodyHtml,
    /// What else rendering each body gave: its table of contents.
    pub bodies: &'a PerDoc<RenderedBody>,
}

/// What every page shares is made from: the archive, its votes and the plan.
pub type Shared<'a> = (&'a Archive, &'a VoteIndex, &'a Routes);

/// One page's template and own variables.
struct Job {
    template: &'static str,
    title: String,
    context: Context,
    /// The language of the page, its words and dates.
    lang: Lang,
}

impl Renderer {
    pub fn new(
        theme: Theme,
        config: &SiteConfig,
        urls: Urls,
        shared: Shared<'_>,
        translations: Arc<Translations>,
    ) -> Result<Self, Diagnostic> {
        let (archive, votes, routes) = shared;
        let Theme { templates, static_files, .. } = theme;
        let templates = Templates::new(templates, Arc::clone(&translations))?;
        let site = SiteView::new(config, &urls, archive, routes, !votes.votes.is_empty());
        Ok(Self {
            templates,
            static_files,
            site: SiteFrame::new(site),
            urls,
            cname: config.cname.clone(),
            symbol_pages: SymbolPages::new(routes, votes),
            cards: Cards::new(archive.documents.len()),
            state_rows: StateRows::new(votes.votes.len()),
            translations,
        })
    }

    /// The same templates, for the archive as an edit left it; its cards are rendered
    /// afresh until [`Renderer::keep_cards`] brings over those that read the same.
    pub fn refreshed(&self, config: &SiteConfig, (archive, votes, routes): Shared<'_>) -> Self {
        Self {
            templates: self.templates.clone(),
            static_files: self.static_files.clone(),
            site: SiteFrame::new(SiteView::new(config, &self.urls, archive, routes, !votes.votes.is_empty())),
            urls: self.urls.clone(),
            cname: self.cname.clone(),
            symbol_pages: SymbolPages::new(routes, votes),
            cards: Cards::new(archive.documents.len()),
            state_rows: StateRows::new(votes.votes.len()),
            translations: Arc::clone(&self.translations),
        }
    }

    /// The theme's static files, by their path below the output folder.
    pub fn static_paths(&self) -> Vec<String> {
        self.static_files.keys().cloned().collect()
    }

    /// Takes over `old`'s cards: `kept[id]` is document `id`'s number under `old` when
    /// its card reads as it did.
    pub fn keep_cards(&mut self, old: &mut Self, kept: &PerDoc<Option<DocId>>) {
        self.cards = std::mem::take(&mut old.cards).carried_over(kept);
    }

    /// Works out again what every page shares, for the site as an edit to document
    /// `moved.from` left it, and follows that document to its new place. The symbol
    /// pages are grouped again only if `symbols_changed`. Returns whether the navigation
    /// stayed the same.
    pub fn refresh_in_place(
        &mut self,
        config: &SiteConfig,
        (archive, votes, routes): Shared<'_>,
        moved: crate::archive::Move,
        symbols_changed: bool,
    ) -> bool {
        if symbols_changed {
            self.symbol_pages = SymbolPages::new(routes, votes);
        }
        let site = SiteView::new(config, &self.urls, archive, routes, !votes.votes.is_empty());
        let same_frame = site == self.site.view;
        self.site = SiteFrame::new(site);
        self.cards.renumber(moved);
        // A row names the documents that record and discuss its vote, any of which the
        // edit may have renamed or moved.
        self.state_rows = StateRows::new(votes.votes.len());
        same_frame
    }

    /// Whether what every page shows around its content (the navigation) is the same.
    pub fn frames_pages_as(&self, other: &Self) -> bool {
        self.site.view == other.site.view
    }

    /// Every route of the plan, each file handed to `sink` as soon as it is rendered so
    /// that no more than a page per thread is held. Returns the number of HTML pages.
    pub fn render_site(
        &self,
        parts: Parts<'_>,
        progress: &dyn Progress,
        sink: &dyn Sink,
    ) -> Result<usize, Vec<Diagnostic>> {
        progress.stage("Pages", parts.routes.len());
        let routes: Vec<&Route> = parts.routes.iter().collect();
        self.render_routes(parts, &routes, progress, sink)?;
        Ok(parts.routes.iter().filter(|route| route.path.ends_with(".html")).count())
    }

    /// `routes`, rendered in parallel, each handed to `sink` as soon as it is rendered.
    pub fn render_routes(
        &self,
        parts: Parts<'_>,
        routes: &[&Route],
        progress: &dyn Progress,
        sink: &dyn Sink,
    ) -> Result<(), Vec<Diagnostic>> {
        let views = self.views(parts.archive, parts.votes);
        let lists = Listed::new(routes);
        let errors: Vec<Diagnostic> = routes
            .par_iter()
            // Each page a task of its own: the list, state and term pages cost up to a
            // hundred times a document's page, and a core left with a run of them kept
            // the other idle for most of a second.
            .with_max_len(1)
            .filter_map(|route| {
                let written = self
                    .render_route(parts, &views, &lists, route)
                    .and_then(|file| sink.put(file).map_err(|e| write_failed(&e)));
                progress.advance(1);
                written.err()
            })
            .collect();
        if errors.is_empty() {
            return Ok(());
        }
        Err(once_each(errors))
    }

    fn views<'a>(&'a self, archive: &'a Archive, votes: &'a VoteIndex) -> VoteViews<'a> {
        VoteViews {
            archive,
            votes,
            states: &archive.registries.states,
            urls: &self.urls,
            translations: &self.translations,
        }
    }

    fn locale(&self, lang: Lang) -> Locale<'_> {
        self.translations.locale(lang)
    }

    /// The file `route` publishes.
    fn render_route<'a>(
        &self,
        parts: Parts<'a>,
        views: &VoteViews<'_>,
        lists: &Listed<'_, 'a>,
        route: &Route,
    ) -> Result<OutputFile, Diagnostic> {
        let Parts { archive, routes, html, .. } = parts;
        let path = route.path.as_str();
        let lang = archive.language;
        let words = self.locale(lang);
        let file = |bytes: Vec<u8>| Ok(OutputFile::new(route.path.clone(), bytes));
        let part = route.part;
        // The documents of the list this page is of, with their translations folded.
        let documents = |list: Option<&'a Vec<DocId>>| {
            lists.documents.get(&route.page, || archive.listed(list.map(Vec::as_slice).unwrap_or_default()))
        };
        let mut job = match &route.page {
            Page::Document(id) => {
                let source = &archive.documents[*id].source.path;
                let body = html.unpack(*id).map_err(|e| Diagnostic::error(source, 0, e.to_string()))?;
                return self.render_document(parts, *id, body);
            }
            Page::Home => {
                let all: Vec<DocId> = archive.documents.keys().collect();
                let listed = archive.listed(&all);
                let latest: Vec<DocId> = listed.iter().take(LATEST).copied().collect();
                let mut home = Context::new();
                home.insert("latest", &self.cards(archive, &latest, CardLevel::Section, lang)?);
                home.insert("sessions", &self.session_counts(archive, words));
                home.insert("kinds", &kind_counts(archive, &self.urls, words));
                home.insert("document_count", &listed.len());
                Job { template: "home.html", title: self.site.view.title.clone(), context: home, lang }
            }
            Page::Kind(kind) => {
                let ids = documents(archive.by_kind.get(kind));
                let ids: &[DocId] = &ids;
                let heading = words.text(&kind_plural_key(*kind));
                let mut list = Context::new();
                list.insert("heading", &heading);
                list.insert("documents", &self.cards(archive, on_page(part, ids), CardLevel::List, lang)?);
                list.insert("count", &ids.len());
                Job { template: "list.html", title: heading, context: list, lang }
            }
            Page::Sessions => {
                let sessions = lists.sessions.get(&route.page, || self.session_counts(archive, words));
                term_list(words, "sessions-heading", sessions.iter(), part, TermCount::clone)
            }
            Page::Session(session) => {
                let ids = documents(archive.by_session.get(session));
                let ids: &[DocId] = &ids;
                let title = archive.registries.sessions.get(session).and_then(|info| info.title.clone());
                let undated = ids.last().is_some_and(|&id| archive.documents[id].date.is_none());
                TermPage {
                    taxonomy: "session",
                    order: if undated { "list-in-date-order-then-undated" } else { "list-in-date-order" },
                    name: session.to_string(),
                    notes: title.into_iter().collect(),
                    // Lines, as on a signatory's page: every document is a card on its
                    // kind's list already, and a session lists hundreds.
                    documents: self.cards(archive, on_page(part, ids), CardLevel::Line, lang)?,
                    count: ids.len(),
                }
                .job(words)
            }
            Page::Undated => {
                let listed = documents(Some(&archive.unplaced));
                Job {
                    title: words.text("undated-title"),
                    ..TermPage {
                        taxonomy: "sessions",
                        order: "list-by-title",
                        name: words.text("undated"),
                        notes: vec![words.text("undated-note")],
                        documents: self.cards(archive, on_page(part, &listed), CardLevel::Line, lang)?,
                        count: listed.len(),
                    }
                    .job(words)
                }
            }
            Page::SessionFeed(session) => {
                let dated = archive.session_newest_dated(session);
                let title = words.with(
                    "feed-session-title",
                    &[
                        ("session", FluentValue::from(session.to_string())),
                        ("site", FluentValue::from(self.site.view.title.as_str())),
                    ],
                );
                // A session's feed sits in the folder of the session's page.
                let at = (path, path.trim_end_matches("atom.xml"));
                self.feed_job(archive, title, at, archive.listed(&dated).iter().copied(), words)?
            }
            Page::Signatories => {
                term_list(words, "signatories-heading", archive.signatories.values(), part, |s| TermCount {
                    name: s.organisation.name.clone(),
                    url: self.urls.signatory(s.organisation.slug.as_str()),
                    count: archive.listed(&s.documents).len(),
                })
            }
            Page::Signatory(slug) => {
                let signatory = archive.signatories.get(slug).ok_or_else(|| missing(path))?;
                let listed = documents(Some(&signatory.documents));
                let also: Vec<String> =
                    signatory.printed_as.keys().filter(|p| **p != signatory.organisation.name).cloned().collect();
                let notes = if also.is_empty() {
                    Vec::new()
                } else {
                    vec![words.with(
                        "also-printed-as",
                        &[("names", FluentValue::from(also.join(&words.text("sep-semicolon"))))],
                    )]
                };
                TermPage {
                    taxonomy: "signatory",
                    order: "list-newest-first",
                    name: signatory.organisation.name.clone(),
                    notes,
                    documents: self.cards(archive, on_page(part, &listed), CardLevel::Line, lang)?,
                    count: listed.len(),
                }
                .job(words)
            }
            Page::Tags => term_list(words, "tags-heading", archive.tags.iter(), part, |(slug, t)| TermCount {
                name: t.name.clone(),
                url: self.urls.tag(slug.as_str()),
                count: archive.listed(&t.documents).len(),
            }),
            Page::Tag(slug) => {
                let tag = archive.tags.get(slug).ok_or_else(|| missing(path))?;
                let listed = documents(Some(&tag.documents));
                TermPage {
                    taxonomy: "tag",
                    order: "list-newest-first",
                    name: tag.name.clone(),
                    notes: Vec::new(),
                    documents: self.cards(archive, on_page(part, &listed), CardLevel::Line, lang)?,
                    count: listed.len(),
                }
                .job(words)
            }
            Page::Symbols => {
                let mut context = Context::with("bodies", &self.symbol_pages.summaries(parts, part, &self.urls, words));
                context.insert("count", &self.symbol_pages.count());
                Job { template: "symbols.html", title: words.text("symbols-heading"), context, lang }
            }
            Page::Symbol(symbol) => {
                let group = routes.symbols().get(symbol).ok_or_else(|| missing(path))?;
                let citing = lists.citing.get(&route.page, || parts.citations.citing(archive, group));
                let page = self.symbol_pages.page((symbol, group), part, &citing, parts, views, &self.urls);
                let title = match &page.title {
                    Some(title) => format!("{title} ({symbol})"),
                    None => symbol.to_string(),
                };
                Job { template: "symbol.html", title, context: Context::with("symbol", &page), lang }
            }
            Page::SymbolAlias(symbol) => {
                let mut redirect = Context::new();
                redirect.insert("symbol", symbol.as_str());
                redirect.insert("url", &self.urls.symbol_link(archive, symbol).url);
                redirect.insert("canonical", &self.urls.symbol_home_absolute(archive, symbol));
                return file(self.render_template("redirect.html", redirect, path, lang)?.into_bytes());
            }
            Page::Votes => {
                let records = documents(archive.by_kind.get(&Kind::Vote));
                let count = views.votes.votes.len();
                let shown = part.map_or(0..count, |part| part.range(count));
                let mut index = Context::new();
                index.insert("votes", &shown.map(|id| views.summary(VoteId::from(id))).collect::<Vec<_>>());
                index.insert("vote_count", &count);
                index.insert("records", &self.cards(archive, on_page(part, &records), CardLevel::Section, lang)?);
                index.insert("record_count", &records.len());
                Job { template: "votes.html", title: words.text("votes-heading"), context: index, lang }
            }
            Page::States => Job {
                template: "states.html",
                title: words.text("states-heading"),
                context: Context::with("groups", &views.state_groups()),
                lang,
            },
            Page::State(state) => {
                let summary = views.state_summary(*state);
                let title = summary.name.clone();
                let mut context = Context::with("state", &summary);
                // The record and the likeness sum up the whole history: its first page
                // shows them, the later pages are the history alone.
                if part.is_none_or(|part| part.number == 1) {
                    context.insert("record", &views.state_record(*state));
                    context.insert("likeness", &views.state_likeness(*state));
                }
                context.insert("history", &self.state_history(views, *state, part, path)?);
                Job { template: "state.html", title, context, lang }
            }
            Page::Feed => {
                let dated: Vec<DocId> = archive.newest_dated().collect();
                let listed = archive.listed(&dated);
                self.feed_job(archive, self.site.view.title.clone(), (path, ""), listed.iter().copied(), words)?
            }
            Page::Search => Job {
                template: "search.html",
                title: words.text("search-title"),
                context: Context::with("search_messages", &search_messages(words)),
                lang,
            },
            Page::NotFound => {
                Job { template: "404.html", title: words.text("not-found-title"), context: Context::new(), lang }
            }
            Page::Sitemap => {
                // The plan splits a long sitemap into parts, the other routes of this page;
                // the whole one is then their index.
                let parts: Vec<String> = routes
                    .iter()
                    .filter(|route| route.page == Page::Sitemap && route.part.is_some())
                    .map(|route| self.urls.absolute(&route.path))
                    .collect();
                let sitemap = if part.is_none() && !parts.is_empty() {
                    self.render_template("sitemap_index.xml", Context::with("parts", &parts), path, lang)?
                } else {
                    let urls: Vec<views::SitemapUrl> = on_page(part, &routes.landing_pages(&self.urls))
                        .iter()
                        .map(|(loc, page)| views::SitemapUrl {
                            loc: loc.clone(),
                            alternates: match page {
                                Page::Document(id) => views::alternates(archive, &self.urls, *id),
                                _ => Vec::new(),
                            },
                        })
                        .collect();
                    self.render_template("sitemap.xml", Context::with("urls", &urls), path, lang)?
                };
                return file(sitemap.into_bytes());
            }
            Page::Robots => return file(discovery::robots(&self.urls).into_bytes()),
            Page::NoJekyll => return file(Vec::new()),
            Page::Cname => return file(format!("{}\n", self.cname.as_deref().unwrap_or_default().trim()).into_bytes()),
            Page::Highlight => return file(crate::markdown::highlight_stylesheet().into_bytes()),
            Page::VotesCsv => return file(self.vote_export(views, Export::Csv)),
            Page::VotesJson => return file(self.vote_export(views, Export::Json)),
            Page::Static(relative) => {
                return file(self.static_files.get(relative).cloned().ok_or_else(|| missing(path))?);
            }
        };
        if let Some(part) = part {
            if part.number > 1 {
                let args = [
                    ("title", FluentValue::from(job.title.as_str())),
                    ("number", FluentValue::from(part.number)),
                    ("of", FluentValue::from(part.of)),
                ];
                job.title = words.with("title-page-of", &args);
            }
            job.context.insert("pagination", &self.pagination(&route.page, part, archive));
        }
        self.render(route.path.clone(), job)
    }

    /// The links between the pages of a list, for page `part` of `page`; `None` when
    /// the list fits one page.
    fn pagination(&self, page: &Page, part: Part, archive: &Archive) -> Option<Pagination> {
        let url = |number: usize| self.urls.part(page, archive, number);
        (part.of > 1).then(|| Pagination {
            number: part.number,
            of: part.of,
            first: url(1),
            previous: (part.number > 1).then(|| url(part.number - 1)),
            next: (part.number < part.of).then(|| url(part.number + 1)),
            last: url(part.of),
        })
    }

    /// The cards of `ids` at `level`, as one piece of HTML: a list of thousands of cards
    /// is copied into its page, not looped over by the template. Cards in the site's language
    /// are rendered once; those on the few pages in another language, each time.
    fn cards(&self, archive: &Archive, ids: &[DocId], level: CardLevel, lang: Lang) -> Result<String, Diagnostic> {
        let mut html = String::new();
        for &id in ids {
            let render = || {
                let mut context = Context::with("doc", &views::card(archive, &self.urls, id, self.locale(lang)));
                let template = match level.heading() {
                    Some(heading) => {
                        context.insert("level", &heading);
                        "card.html"
                    }
                    None => "card_line.html",
                };
                self.render_template(template, context, &self.urls.document(&archive.documents[id]), lang)
            };
            html.push('\n');
            // A template ends in a newline, which would leave a blank line between cards.
            if lang == archive.language {
                html.push_str(self.cards.get_or_render(id, level, render)?.trim_end());
            } else {
                html.push_str(render()?.trim_end());
            }
        }
        Ok(html)
    }

    /// The votes of `state`, newest first, as rows of `state_row.html`: one piece of HTML.
    fn state_history(
        &self,
        views: &VoteViews<'_>,
        state: StateId,
        part: Option<Part>,
        for_path: &str,
    ) -> Result<String, Diagnostic> {
        let mut html = String::new();
        for &(vote, cast) in on_page(part, &views.votes.by_state[state.index()]) {
            let render = || {
                let row = Context::with("row", &views.state_row(vote, state, cast));
                self.render_template("state_row.html", row, for_path, views.archive.language)
            };
            html.push('\n');
            match cast {
                Cast::Agreed(position) => {
                    html.push_str(self.state_rows.get(vote, position).get_or_render(render)?.trim_end());
                }
                // Each state the sources disagree on has its own row: which says what.
                Cast::Disputed => html.push_str(render()?.trim_end()),
            }
        }
        Ok(html)
    }

    /// `votes.csv` or `votes.json`.
    fn vote_export(&self, views: &VoteViews<'_>, format: Export) -> Vec<u8> {
        let absolute = |url: &str| format!("{}{url}", self.urls.base.origin_and_path.trim_end_matches('/'));
        crate::votes::export(views.votes, views.states, format, |id| {
            let summary = views.summary(id);
            VoteContext {
                date: summary.date_iso,
                session: summary.session.map(|s| s.name).unwrap_or_default(),
                document: absolute(&summary.url),
                sources: summary.sources.iter().map(|source| absolute(&source.url)).collect(),
            }
        })
    }

    fn render(&self, path: String, job: Job) -> Result<OutputFile, Diagnostic> {
        let mut context = job.context;
        context.insert("page_title", &job.title);
        let below_base = path.trim_end_matches("index.html");
        let page_path = self.urls.path(below_base);
        context.insert("nav", self.nav(&page_path, &path, job.lang)?);
        context.insert("page_path", &page_path);
        context.insert("page_url", &self.urls.absolute(below_base));
        let page = self.templates.render_page(job.template, (&self.site.vars, job.lang), context, &path)?;
        Ok(OutputFile::new(path, page))
    }

    /// The main navigation's entries for the page at `page_path`, as `nav.html` renders
    /// them once for each entry the page can be at or under, in each language.
    fn nav(&self, page_path: &str, for_path: &str, lang: Lang) -> Result<&str, Diagnostic> {
        let place = self.site.view.nav.iter().enumerate().find_map(|(index, item)| {
            if page_path == item.url {
                Some(NavPlace::At(index))
            } else {
                page_path.starts_with(&item.url).then_some(NavPlace::Under(index))
            }
        });
        let slots = 1 + 2 * self.site.view.nav.len();
        self.site.nav[lang.index() * slots + place.map_or(0, NavPlace::slot)].get_or_render(|| {
            let url = |index: usize| self.site.view.nav[index].url.as_str();
            let (current, section) = match place {
                Some(NavPlace::At(index)) => (url(index), ""),
                Some(NavPlace::Under(index)) => ("", url(index)),
                None => ("", ""),
            };
            let mut context = Context::new();
            context.insert("current", current);
            context.insert("section", section);
            self.render_template("nav.html", context, for_path, lang)
        })
    }

    /// `template` with `context`, in `lang` (`lang` and `dir` in every template).
    fn render_template(
        &self,
        template: &str,
        context: Context,
        for_path: &str,
        lang: Lang,
    ) -> Result<String, Diagnostic> {
        self.templates.render(template, (&self.site.vars, lang), context, for_path)
    }

    /// Document `id`'s page, around its rendered `body`.
    pub fn render_document(&self, parts: Parts<'_>, id: DocId, mut body: String) -> Result<OutputFile, Diagnostic> {
        let Parts { archive, votes, citations, bodies, .. } = parts;
        let views = self.views(archive, votes);
        let doc = &archive.documents[id];
        let lang = archive.language_of(id);
        let path = Urls::document_address(doc, archive.language);
        let mut after_body = Vec::new();
        for &vote_id in &views.votes.recorded_in[id] {
            let Some(recording) = views.votes.votes[vote_id].recording_in(id) else { continue };
            match recording.placement {
                Placement::AfterBody => after_body.push(views.component(vote_id, 2, id)),
                Placement::InBody { slot, depth } => {
                    let component = views.component(vote_id, (depth + 1).min(6), id);
                    let html = self.render_template("vote.html", Context::with("vote", &component), &path, lang)?;
                    body = body.replacen(&vote_placeholder(slot), &html, 1);
                }
            }
        }
        let concerning: Vec<_> =
            views.votes.concerning[id].iter().map(|&vote_id| views.component(vote_id, 3, id)).collect();
        let mut page = doc_page(archive, &self.urls, id, body, self.locale(lang));
        page.toc = bodies.get(id).and_then(|rendered| rendered.toc.clone());
        page.related = self.cards(archive, &archive.related[id], CardLevel::Section, lang)?;
        page.cited_by = self.cards(archive, &archive.listed(&citations.cited_by[id]), CardLevel::Line, lang)?;
        let mut context = Context::with("page_description", page.card.summary.as_deref().unwrap_or(&doc.title));
        context.insert("page", &page);
        context.insert("votes", &after_body);
        context.insert("concerning_votes", &concerning);
        context.insert("has_votes", &(!views.votes.recorded_in[id].is_empty() || !concerning.is_empty()));
        self.render(path, Job { template: "page.html", title: doc.title.clone(), context, lang })
    }

    /// The feed of `ids` at `(path, alternate)`, in `words`' language; a plan that has it
    /// has a dated document for it.
    fn feed_job(
        &self,
        archive: &Archive,
        title: String,
        at: (&str, &str),
        ids: impl IntoIterator<Item = DocId>,
        words: Locale<'_>,
    ) -> Result<Job, Diagnostic> {
        let feed = discovery::feed(archive, &self.urls, title.clone(), at, ids, words).ok_or_else(|| missing(at.0))?;
        Ok(Job { template: "atom.xml", title, context: Context::with("feed", &feed), lang: words.lang })
    }

    /// Each session with its count, then the documents neither a date nor a session places.
    fn session_counts(&self, archive: &Archive, words: Locale<'_>) -> Vec<TermCount> {
        // Newest session first: readers come for the current one.
        let mut counts: Vec<TermCount> = archive
            .by_session
            .iter()
            .rev()
            .map(|(session, ids)| TermCount {
                name: session.to_string(),
                url: self.urls.session(session),
                count: archive.listed(ids).len(),
            })
            .collect();
        if !archive.unplaced.is_empty() {
            counts.push(TermCount {
                name: words.text("undated"),
                url: self.urls.page(&Page::Undated, archive),
                count: archive.listed(&archive.unplaced).len(),
            });
        }
        counts
    }
}

/// The site as every template sees it (`site`), kept ready in the engine's form: a
/// build renders tens of thousands of templates, and each shares this one value.
///
/// The main navigation is the same on every page but for the entry it marks, so it is
/// rendered once per entry marked: looping over it on each page was a sixth of a build.
#[derive(Debug)]
struct SiteFrame {
    view: SiteView,
    vars: SiteVars,
    /// For each language in [`Lang::ALL`]'s order, the navigation with no entry marked,
    /// then with each marked as at and as under it in turn (see [`NavPlace::slot`]).
    nav: Vec<RenderedOnce>,
}

impl SiteFrame {
    fn new(view: SiteView) -> Self {
        let vars = SiteVars::new(&view);
        let slots = (1 + 2 * view.nav.len()) * Lang::ALL.len();
        let nav = std::iter::repeat_with(RenderedOnce::default).take(slots).collect();
        Self { view, vars, nav }
    }
}

/// Where a page is in the main navigation: at one of its entries (a section's list), or
/// under one (a page of that section). The entries are the site's top-level sections,
/// so a page is at or under one of them at most.
#[derive(Debug, Clone, Copy)]
enum NavPlace {
    At(usize),
    Under(usize),
}

impl NavPlace {
    fn slot(self) -> usize {
        match self {
            Self::At(index) => 1 + 2 * index,
            Self::Under(index) => 2 + 2 * index,
        }
    }
}

fn kind_counts(archive: &Archive, urls: &Urls, words: Locale<'_>) -> Vec<TermCount> {
    Kind::ALL
        .iter()
        .filter_map(|&kind| {
            let ids = archive.by_kind.get(&kind)?;
            let count = archive.listed(ids).len();
            Some(TermCount { name: words.text(&kind_plural_key(kind)), url: urls.kind(kind), count })
        })
        .collect()
}

/// The search page's words, for its script: each count's message formatted for sample
/// numbers that between them take every plural form of the six languages, the number
/// then replaced by `{count}` (the script picks the sample in the count's CLDR
/// category), and the query and the filters left as `{query}` and `{filters}` (each
/// filter as `{filter}` and `{value}`) for the script to fill in; the word for a
/// document without a date; and each kind's name, by the English one the index files
/// it under, for the kind menu.
fn search_messages(words: Locale<'_>) -> String {
    const SAMPLES: [i64; 9] = [0, 1, 2, 3, 5, 11, 21, 100, 101];
    let holes = [
        ("shown", FluentValue::from("{shown}")),
        ("query", FluentValue::from("{query}")),
        ("filters", FluentValue::from("{filters}")),
    ];
    let patterns = |id: &str| -> Vec<(i64, String)> {
        SAMPLES
            .iter()
            .map(|&n| {
                let mut args = vec![("count", FluentValue::from(n))];
                args.extend(holes.iter().cloned());
                let text = words.with(id, &args);
                (n, text.replacen(&n.to_string(), "{count}", 1))
            })
            .collect()
    };
    serde_json::json!({
        "found": patterns("search-found"),
        "shown": patterns("search-first-shown"),
        "noneFiltered": patterns("search-none-filtered"),
        "noneInFilters": words.with("search-none-in-filters", &holes),
        "filterChosen": words.with(
            "search-filter-chosen",
            &[("filter", FluentValue::from("{filter}")), ("value", FluentValue::from("{value}"))]
        ),
        "undated": words.text("undated"),
        "kinds": Kind::ALL.iter().map(|&kind| (kind.label(), words.kind(kind))).collect::<BTreeMap<_, _>>(),
    })
    .to_string()
}

/// A list of terms, `all` of them or the part of them one page shows. Only that part is
/// made into lines by `line`: a list of 50,000 tags has 500 pages.
fn term_list<T>(
    words: Locale<'_>,
    heading: &str,
    all: impl ExactSizeIterator<Item = T>,
    part: Option<Part>,
    line: impl Fn(T) -> TermCount,
) -> Job {
    let heading = words.text(heading);
    let count = all.len();
    let (skip, take) = part.map_or((0, count), |part| (part.first, part.size));
    let terms: Vec<TermCount> = all.skip(skip).take(take).map(line).collect();
    let mut context = Context::new();
    context.insert("heading", &heading);
    context.insert("terms", &terms);
    context.insert("count", &count);
    Job { template: "taxonomy_list.html", title: heading, context, lang: words.lang }
}

/// The entries of `list` that page `part` of it shows; all of them on a page that is
/// not part of a list.
fn on_page<T>(part: Option<Part>, list: &[T]) -> &[T] {
    part.map_or(list, |part| part.slice(list))
}

/// A session, signatory or tag page: the documents filed under one term.
struct TermPage {
    /// `session`, `signatory` or `tag`: `taxonomy-<it>` names it.
    taxonomy: &'static str,
    /// The message saying how many documents it lists, and in what order.
    order: &'static str,
    name: String,
    notes: Vec<String>,
    /// The documents' cards, as one piece of HTML.
    documents: String,
    count: usize,
}

impl TermPage {
    fn job(self, words: Locale<'_>) -> Job {
        let taxonomy = words.text(&format!("taxonomy-{}", self.taxonomy));
        let title = words.with(
            "taxonomy-title",
            &[("name", FluentValue::from(self.name.as_str())), ("taxonomy", FluentValue::from(taxonomy))],
        );
        let mut context = Context::new();
        context.insert("taxonomy", self.taxonomy);
        context.insert("order", self.order);
        context.insert("name", &self.name);
        context.insert("notes", &self.notes);
        context.insert("documents", &self.documents);
        context.insert("count", &self.count);
        Job { template: "taxonomy.html", title, context, lang: words.lang }
    }
}

/// `errors` with each mistake once: one in a template stops every page that uses it, and
/// is reported at its place in the template with how many other pages it stopped; any
/// other (a file that could not be written) once for each message.
fn once_each(errors: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut kept: Vec<(Diagnostic, usize)> = Vec::new();
    // Where each is, and for one that is nowhere in particular, its message.
    let mut places: FxHashMap<(PathBuf, usize, usize, Option<String>), usize> = FxHashMap::default();
    for error in errors {
        let message = (error.line == 0).then(|| error.message.clone());
        match places.entry((error.file.clone(), error.line, error.column, message)) {
            Entry::Occupied(at) => kept[*at.get()].1 += 1,
            Entry::Vacant(place) => {
                place.insert(kept.len());
                kept.push((error, 0));
            }
        }
    }
    kept.into_iter()
        .map(|(mut error, others)| {
            match others {
                0 => {}
                1 => error.message.push_str(" (and 1 other page)"),
                _ => error.message.push_str(&format!(" (and {others} other pages)")),
            }
            error
        })
        .collect()
}

/// A route whose subject the archive does not hold: a plan made from another archive.
fn missing(path: &str) -> Diagnostic {
    Diagnostic::error(std::path::Path::new(path), 0, "the site's plan names a page its archive does not hold")
}

fn write_failed(error: &crate::output::OutputError) -> Diagnostic {
    Diagnostic::error(std::path::Path::new("output"), 0, error.to_string())
}
