//! Stage four: every page of the site, rendered through the theme's Tera templates.

mod cards;
mod discovery;
mod once;
mod shows;
mod symbols;
mod theme;
mod views;
mod votes;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::archive::{Archive, DocId};
use crate::citations::CitationIndex;
use crate::config::SiteConfig;
use crate::diagnostics::Diagnostic;
use crate::markdown::{PackedHtml, vote_placeholder};
use crate::model::Kind;
use crate::output::{OutputFile, Sink};
use crate::progress::Progress;
use crate::registry::StateId;
use crate::votes::{Placement, VoteContext, VoteIndex};

use cards::{CardLevel, Cards};
use once::RenderedOnce;
pub use shows::{Changed, Shows, involves_votes};
use symbols::SymbolPages;
pub use theme::Theme;
pub use views::Urls;
use views::{SiteView, TermCount, doc_page};
use votes::{StateRows, VoteViews};

/// How many documents the home page shows.
const LATEST: usize = 10;

/// The compiled templates and what every page shares.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    theme: Theme,
    site: SiteFrame,
    urls: Urls,
    cname: Option<String>,
    /// The cited UN documents that get a page, worked out once for the navigation and the pages.
    symbol_pages: SymbolPages,
    cards: Cards,
    state_rows: StateRows,
}

/// A page of the site: where it goes, what it shows of the archive, and how to render
/// it, worked out only if it is wanted.
struct Planned<'a> {
    /// Below the output root.
    path: String,
    /// The document whose page it is.
    document: Option<DocId>,
    shows: Shows<'a>,
    render: Box<dyn FnOnce() -> Result<OutputFile, Diagnostic> + Send + Sync + 'a>,
}

/// A page as an edit is checked against it: a document's page by the document, any
/// other by its file.
#[derive(Debug, Clone, Copy)]
pub enum PageRef<'a> {
    Document(DocId),
    File(&'a str),
}

/// A page's path and what it shows, kept from one edit to the next.
#[derive(Debug)]
pub struct PageShows {
    pub path: String,
    /// The document whose page it is, numbered as the site stood.
    pub document: Option<DocId>,
    pub shows: Shows<'static>,
}

/// One page's template and own variables.
struct Job {
    template: &'static str,
    title: String,
    context: Context,
}

impl Renderer {
    pub fn new(
        theme: Theme,
        config: &SiteConfig,
        urls: Urls,
        archive: &Archive,
        votes: &VoteIndex,
        citations: &CitationIndex,
    ) -> Result<Self, Diagnostic> {
        let mut tera = Tera::default();
        tera.set_escape_fn(escape_html);
        let sources: Vec<(&str, &str)> =
            theme.templates.iter().map(|(name, (_, source))| (name.as_str(), source.as_str())).collect();
        tera.add_raw_templates(sources).map_err(|error| {
            let file = theme
                .templates
                .iter()
                .find(|(name, _)| error.to_string().contains(name.as_str()))
                .map(|(_, (f, _))| f.clone());
            Diagnostic::error(&file.unwrap_or_else(|| "themes".into()), 0, tera_message(&error))
        })?;
        let (site, symbol_pages) = shared_views(config, &urls, archive, votes, citations);
        Ok(Self {
            tera,
            theme,
            site: SiteFrame::new(site),
            urls,
            cname: config.cname.clone(),
            symbol_pages,
            cards: Cards::new(archive.documents.len()),
            state_rows: StateRows::new(votes.votes.len()),
        })
    }

    /// The same templates, for the archive as an edit left it; its cards are rendered
    /// afresh until [`Renderer::keep_cards`] brings over those that read the same.
    pub fn refreshed(
        &self,
        config: &SiteConfig,
        archive: &Archive,
        votes: &VoteIndex,
        citations: &CitationIndex,
    ) -> Self {
        let (site, symbol_pages) = shared_views(config, &self.urls, archive, votes, citations);
        Self {
            tera: self.tera.clone(),
            theme: self.theme.clone(),
            site: SiteFrame::new(site),
            urls: self.urls.clone(),
            cname: self.cname.clone(),
            symbol_pages,
            cards: Cards::new(archive.documents.len()),
            state_rows: StateRows::new(votes.votes.len()),
        }
    }

    /// Takes over `old`'s cards: `kept[id]` is document `id`'s number under `old` when
    /// its card reads as it did.
    pub fn keep_cards(&mut self, old: &mut Self, kept: &[Option<DocId>]) {
        self.cards = std::mem::take(&mut old.cards).carried_over(kept);
    }

    /// Works out again what every page shares, for the archive as an edit to document
    /// `moved.from` left it, and follows that document to its new place. The symbol
    /// pages are worked out again only if the edit `changed_citations`. Returns whether
    /// the navigation stayed the same.
    pub fn refresh_in_place(
        &mut self,
        config: &SiteConfig,
        (archive, votes, citations): (&Archive, &VoteIndex, &CitationIndex),
        moved: crate::archive::Move,
        changed_citations: bool,
    ) -> bool {
        if changed_citations {
            self.symbol_pages = SymbolPages::new(archive, citations, votes);
        }
        let site = site_view(config, &self.urls, archive, votes, &self.symbol_pages);
        let same_frame = site == self.site.view;
        self.site = SiteFrame::new(site);
        self.cards.renumber(moved);
        // A row names the documents that record and discuss its vote, any of which the
        // edit may have renamed or moved.
        self.state_rows = StateRows::new(votes.votes.len());
        same_frame
    }

    /// Whether the UN document `symbol` has a page of its own.
    pub fn has_symbol_page(&self, symbol: &crate::model::Symbol) -> bool {
        self.symbol_pages.symbols.contains(symbol)
    }

    /// Whether what every page shows around its content (the navigation) is the same.
    pub fn frames_pages_as(&self, other: &Self) -> bool {
        self.site.view == other.site.view
    }

    /// The sessions of the UN documents that have a page under one renderer and not the other.
    pub fn symbol_sessions_differing(&self, other: &Self) -> Vec<crate::model::SessionId> {
        let (before, after) = (&self.symbol_pages.symbols, &other.symbol_pages.symbols);
        before.symmetric_difference(after).filter_map(crate::model::Symbol::hrc_session).collect()
    }

    /// Every page and asset of the site, each handed to `sink` as soon as it is rendered
    /// so that no more than a page per thread is held; `html[id]` is document `id`'s
    /// rendered body. Returns the number of pages.
    pub fn render_site(
        &self,
        archive: &Archive,
        votes: &VoteIndex,
        citations: &CitationIndex,
        html: &[PackedHtml],
        progress: &dyn Progress,
        sink: &dyn Sink,
    ) -> Result<usize, Vec<Diagnostic>> {
        let views = self.views(archive, votes);
        let plan = self.plan(archive, &views, citations, html, &|_, _| true);
        progress.stage("Pages", plan.len());
        let paths: Vec<String> = plan.iter().map(|page| page.path.clone()).collect();
        render_all(plan, progress, sink)?;
        let pages = paths.iter().filter(|path| path.ends_with(".html")).count();
        let mut files = vec![self.sitemap(paths.iter().map(String::as_str)).map_err(|e| vec![e])?];
        files.push(OutputFile::new("robots.txt".into(), discovery::robots(&self.urls).into_bytes()));
        // Branch-published sites: no Jekyll processing, and the custom domain.
        files.push(OutputFile::new(".nojekyll".into(), Vec::new()));
        if let Some(cname) = &self.cname {
            files.push(OutputFile::new("CNAME".into(), format!("{}\n", cname.trim()).into_bytes()));
        }
        files.extend(self.theme.static_files.iter().map(|(path, bytes)| OutputFile::new(path.clone(), bytes.clone())));
        files.push(OutputFile::new("highlight.css".into(), crate::markdown::highlight_stylesheet().into_bytes()));
        files.extend(self.vote_exports(&views));
        files.into_iter().try_for_each(|file| sink.put(file)).map_err(|e| vec![write_failed(&e)])?;
        Ok(pages)
    }

    /// Only the pages `touched` picks, and the vote exports if `changed_votes`, each
    /// handed to `sink`.
    #[allow(clippy::too_many_arguments)] // the archive's parts, as `render_site` takes them
    pub fn render_touched(
        &self,
        archive: &Archive,
        votes: &VoteIndex,
        citations: &CitationIndex,
        html: &[PackedHtml],
        touched: &(dyn Fn(PageRef, &Shows) -> bool + Sync),
        changed_votes: bool,
        sink: &dyn Sink,
    ) -> Result<(), Vec<Diagnostic>> {
        let views = self.views(archive, votes);
        render_all(self.plan(archive, &views, citations, html, touched), &crate::progress::Silent, sink)?;
        if changed_votes {
            self.vote_exports(&views)
                .into_iter()
                .try_for_each(|file| sink.put(file))
                .map_err(|e| vec![write_failed(&e)])?;
        }
        Ok(())
    }

    /// Every page's path and what it shows of the archive; none is rendered. An edit
    /// is checked against it before the site changes.
    pub fn page_shows(&self, archive: &Archive, votes: &VoteIndex, citations: &CitationIndex) -> Vec<PageShows> {
        let views = self.views(archive, votes);
        self.plan(archive, &views, citations, &[], &|_, _| true)
            .into_par_iter()
            .map(|page| PageShows { path: page.path, document: page.document, shows: page.shows.into_owned() })
            .collect()
    }

    fn views<'a>(&'a self, archive: &'a Archive, votes: &'a VoteIndex) -> VoteViews<'a> {
        VoteViews { archive, votes, states: &archive.registries.states, urls: &self.urls }
    }

    /// The pages of the site that are `wanted`, none rendered yet. Whether a page is
    /// wanted is asked before its path is made: `serve` asks of every page after each edit.
    fn plan<'a>(
        &'a self,
        archive: &'a Archive,
        views: &'a VoteViews<'a>,
        citations: &'a CitationIndex,
        html: &'a [PackedHtml],
        wanted: &(dyn Fn(PageRef, &Shows) -> bool + Sync),
    ) -> Vec<Planned<'a>> {
        let votes = views.votes;
        let mut plan: Vec<Planned<'a>> = (0..archive.documents.len())
            .into_par_iter()
            .filter_map(|id| {
                let shows = Shows::document_page(archive, votes, citations, id);
                wanted(PageRef::Document(id), &shows).then(|| Planned {
                    path: archive.documents[id].page_path(),
                    document: Some(id),
                    shows,
                    render: Box::new(move || {
                        let source = &archive.documents[id].source.path;
                        let body = html.get(id).map(PackedHtml::unpack).transpose();
                        let body = body.map_err(|e| Diagnostic::error(source, 0, e.to_string()))?.unwrap_or_default();
                        self.render_document(archive, votes, citations, id, &body)
                    }),
                })
            })
            .collect();
        let symbol_pages = self.symbol_pages.planned(citations).into_par_iter().filter_map(|page| {
            let shows = Shows::symbol_page(page.citing, page.votes, votes).and_symbols_of(page.session.clone());
            wanted(PageRef::File(page.path), &shows).then(|| {
                self.planned(page.path.to_owned(), shows, move || {
                    let neighbour =
                        |link| self.render_template("symbol_link.html", context_with("symbol", &link), page.path);
                    let symbol_page = self.symbol_pages.page(page, archive, views, &self.urls, neighbour)?;
                    let context = context_with("symbol", &symbol_page);
                    Ok(Job { template: "symbol.html", title: page.symbol.to_string(), context })
                })
            })
        });
        plan.par_extend(symbol_pages);
        let mut others = Vec::new();
        if !self.symbol_pages.symbols.is_empty() {
            others.push(self.planned("symbols/index.html".into(), Shows::citation_counts(), || {
                Ok(Job {
                    template: "symbols.html",
                    title: "UN documents".into(),
                    context: context_with("symbols", &self.symbol_pages.summaries(citations, &self.urls)),
                })
            }));
        }
        others.extend(self.index_pages(archive, views));
        plan.extend(others.into_iter().filter(|page| wanted(PageRef::File(&page.path), &page.shows)));
        plan
    }

    /// A page made by `job` when it is rendered.
    fn planned<'a>(
        &'a self,
        path: String,
        shows: Shows<'a>,
        job: impl FnOnce() -> Result<Job, Diagnostic> + Send + Sync + 'a,
    ) -> Planned<'a> {
        let at = path.clone();
        Planned { path, document: None, shows, render: Box::new(move || self.render(at, job()?)) }
    }

    /// The cards of `ids`, their titles headings of `level`, as one piece of HTML: a
    /// list of thousands of cards is copied into its page, not looped over by Tera.
    fn cards(&self, archive: &Archive, ids: &[DocId], level: CardLevel) -> Result<String, Diagnostic> {
        let mut html = String::new();
        for &id in ids {
            let render = || {
                let mut context = context_with("doc", &views::card(archive, &self.urls, id));
                context.insert("level", &level.heading());
                self.render_template("card.html", context, &archive.documents[id].page_path())
            };
            html.push('\n');
            html.push_str(self.cards.get_or_render(id, level, render)?);
        }
        Ok(html)
    }

    /// The votes of `state`, newest first, as rows of `state_row.html`: one piece of HTML.
    fn state_history(&self, views: &VoteViews<'_>, state: StateId, for_path: &str) -> Result<String, Diagnostic> {
        let mut html = String::new();
        for &(vote, position) in &views.votes.by_state[state.index()] {
            let row = self.state_rows.get(vote, position).get_or_render(|| {
                self.render_template("state_row.html", context_with("row", &views.state_row(vote, position)), for_path)
            })?;
            html.push('\n');
            html.push_str(row);
        }
        Ok(html)
    }

    /// The vote exports, when the archive has votes.
    fn vote_exports(&self, views: &VoteViews<'_>) -> Vec<OutputFile> {
        if views.votes.votes.is_empty() {
            return Vec::new();
        }
        let (csv, json) = crate::votes::export(views.votes, views.states, |id| {
            let summary = views.summary(id);
            VoteContext {
                date: summary.date_iso,
                session: summary.session.map(|s| s.name).unwrap_or_default(),
                document: format!("{}{}", self.urls.base.origin_and_path.trim_end_matches('/'), summary.url),
            }
        });
        vec![OutputFile::new("votes.csv".into(), csv), OutputFile::new("votes.json".into(), json)]
    }

    fn render(&self, path: String, job: Job) -> Result<OutputFile, Diagnostic> {
        let mut context = job.context;
        context.insert("page_title", &job.title);
        let below_base = path.trim_end_matches("index.html");
        let page_path = self.urls.path(below_base);
        context.insert("nav", self.nav(&page_path, &path)?);
        context.insert("page_path", &page_path);
        context.insert("page_url", &self.urls.absolute(below_base));
        let html = self.render_template(job.template, context, &path)?;
        Ok(OutputFile::new(path, html.into_bytes()))
    }

    /// The main navigation's entries for the page at `page_path`, as `nav.html` renders
    /// them once for each entry the page can be at or under.
    fn nav(&self, page_path: &str, for_path: &str) -> Result<&str, Diagnostic> {
        let place = self.site.view.nav.iter().enumerate().find_map(|(index, item)| {
            if page_path == item.url {
                Some(NavPlace::At(index))
            } else {
                page_path.starts_with(&item.url).then_some(NavPlace::Under(index))
            }
        });
        self.site.nav[place.map_or(0, NavPlace::slot)].get_or_render(|| {
            let url = |index: usize| self.site.view.nav[index].url.as_str();
            let (current, section) = match place {
                Some(NavPlace::At(index)) => (url(index), ""),
                Some(NavPlace::Under(index)) => ("", url(index)),
                None => ("", ""),
            };
            let mut context = Context::new();
            context.insert("current", current);
            context.insert("section", section);
            self.render_template("nav.html", context, for_path)
        })
    }

    fn render_template(&self, template: &str, context: Context, for_path: &str) -> Result<String, Diagnostic> {
        let mut full = self.site.context.clone();
        full.extend(context);
        self.tera.render(template, &full).map_err(|error| {
            let file = self.theme.templates.get(template).map_or_else(|| template.into(), |(file, _)| file.clone());
            Diagnostic::error(&file, 0, format!("while rendering {for_path}: {}", tera_message(&error)))
        })
    }

    /// Document `id`'s page, around its rendered `body`.
    pub fn render_document(
        &self,
        archive: &Archive,
        votes: &VoteIndex,
        citations: &CitationIndex,
        id: DocId,
        body: &str,
    ) -> Result<OutputFile, Diagnostic> {
        let views = self.views(archive, votes);
        let mut body = body.to_owned();
        let doc = &archive.documents[id];
        let path = doc.page_path();
        let mut after_body = Vec::new();
        for &vote_id in &views.votes.recorded_in[id] {
            match views.votes.votes[vote_id].placement {
                Placement::AfterBody => after_body.push(views.component(vote_id, 2, id)),
                Placement::InBody { slot, depth } => {
                    let component = views.component(vote_id, (depth + 1).min(6), id);
                    let html = self.render_template("vote.html", context_with("vote", &component), &path)?;
                    body = body.replacen(&vote_placeholder(slot), &html, 1);
                }
            }
        }
        let concerning: Vec<_> =
            views.votes.concerning[id].iter().map(|&vote_id| views.component(vote_id, 3, id)).collect();
        let mut page = doc_page(archive, &self.urls, id, body);
        page.related = self.cards(archive, &archive.related[id], CardLevel::Section)?;
        page.cited_by = self.cards(archive, &citations.cited_by[id], CardLevel::Section)?;
        let mut context = context_with("page_description", page.card.summary.as_deref().unwrap_or(&doc.title));
        context.insert("page", &page);
        context.insert("votes", &after_body);
        context.insert("concerning_votes", &concerning);
        context.insert("has_votes", &(!views.votes.recorded_in[id].is_empty() || !concerning.is_empty()));
        self.render(path, Job { template: "page.html", title: doc.title.clone(), context })
    }

    /// The pages that list documents, each built only when it is rendered: their
    /// contexts together hold a card for every document many times over.
    fn index_pages<'a>(&'a self, archive: &'a Archive, views: &'a VoteViews<'a>) -> Vec<Planned<'a>> {
        let urls = &self.urls;
        let latest: Vec<DocId> = (0..archive.documents.len().min(LATEST)).collect();
        let shows = Shows::documents(latest.clone()).and_membership();
        let mut pages = vec![self.planned("index.html".into(), shows, move || {
            let mut home = Context::new();
            home.insert("latest", &self.cards(archive, &latest, CardLevel::Section)?);
            home.insert("sessions", &self.session_counts(archive));
            home.insert("kinds", &kind_counts(archive, urls));
            home.insert("document_count", &archive.documents.len());
            Ok(Job { template: "home.html", title: self.site.view.title.clone(), context: home })
        })];

        // Vote records are listed with every other vote on /votes/, below.
        for (&kind, ids) in archive.by_kind.iter().filter(|(kind, _)| **kind != Kind::Vote) {
            pages.push(self.planned(format!("{}/index.html", kind.section()), Shows::documents(ids), move || {
                let mut list = Context::new();
                list.insert("heading", kind.plural_label());
                list.insert("documents", &self.cards(archive, ids, CardLevel::List)?);
                list.insert("count", &ids.len());
                Ok(Job { template: "list.html", title: kind.plural_label().into(), context: list })
            }));
        }
        pages.extend(self.vote_pages(archive, views));

        pages.push(self.planned("sessions/index.html".into(), Shows::membership(), move || {
            Ok(term_list("Sessions", &self.session_counts(archive)))
        }));
        for (session, ids) in &archive.by_session {
            pages.push(self.planned(
                format!("sessions/{}/index.html", session.slug()),
                Shows::documents(ids),
                move || {
                    let title = archive.registries.sessions.get(session).and_then(|info| info.title.clone());
                    Ok(TermPage {
                        taxonomy: "Session",
                        name: session.to_string(),
                        notes: title.into_iter().collect(),
                        documents: self.cards(archive, ids, CardLevel::List)?,
                        count: ids.len(),
                    }
                    .job())
                },
            ));
        }

        pages.push(self.planned("signatories/index.html".into(), Shows::membership(), move || {
            let signatories: Vec<TermCount> = archive
                .signatories
                .values()
                .map(|s| TermCount {
                    name: s.organisation.name.clone(),
                    url: urls.signatory(s.organisation.slug.as_str()),
                    count: s.documents.len(),
                })
                .collect();
            Ok(term_list("Signatories", &signatories))
        }));
        for signatory in archive.signatories.values() {
            let path = format!("signatories/{}/index.html", signatory.organisation.slug);
            pages.push(self.planned(path, Shows::documents(&signatory.documents), move || {
                let also: Vec<String> =
                    signatory.printed_as.keys().filter(|p| **p != signatory.organisation.name).cloned().collect();
                let notes =
                    if also.is_empty() { Vec::new() } else { vec![format!("Also printed as: {}", also.join("; "))] };
                Ok(TermPage {
                    taxonomy: "Signatory",
                    name: signatory.organisation.name.clone(),
                    notes,
                    documents: self.cards(archive, &signatory.documents, CardLevel::List)?,
                    count: signatory.documents.len(),
                }
                .job())
            }));
        }

        pages.push(self.planned("tags/index.html".into(), Shows::membership(), move || {
            let tags: Vec<TermCount> = archive
                .tags
                .iter()
                .map(|(slug, t)| TermCount {
                    name: t.name.clone(),
                    url: urls.tag(slug.as_str()),
                    count: t.documents.len(),
                })
                .collect();
            Ok(term_list("Tags", &tags))
        }));
        for (slug, tag) in &archive.tags {
            pages.push(self.planned(format!("tags/{slug}/index.html"), Shows::documents(&tag.documents), move || {
                Ok(TermPage {
                    taxonomy: "Tag",
                    name: tag.name.clone(),
                    notes: Vec::new(),
                    documents: self.cards(archive, &tag.documents, CardLevel::List)?,
                    count: tag.documents.len(),
                }
                .job())
            }));
        }

        let newest: Vec<DocId> = (0..archive.documents.len().min(discovery::FEED_LENGTH)).collect();
        pages.push(self.planned("atom.xml".into(), Shows::documents(newest.clone()), move || {
            Ok(self.feed_job(archive, self.site.view.title.clone(), "atom.xml", "", &newest))
        }));
        for (session, ids) in &archive.by_session {
            let page = format!("sessions/{}/", session.slug());
            let path = format!("{page}atom.xml");
            let at = path.clone();
            pages.push(self.planned(path, Shows::documents(ids), move || {
                let newest_first: Vec<DocId> = ids.iter().rev().copied().collect();
                let title = format!("{session} · {}", self.site.view.title);
                Ok(self.feed_job(archive, title, &at, &page, &newest_first))
            }));
        }

        if !archive.documents.is_empty() {
            pages.push(self.planned("search/index.html".into(), Shows::nothing(), || {
                Ok(Job { template: "search.html", title: "Search".into(), context: Context::new() })
            }));
        }
        pages.push(self.planned("404.html".into(), Shows::nothing(), || {
            Ok(Job { template: "404.html", title: "Page not found".into(), context: Context::new() })
        }));
        pages
    }

    /// `/votes/`, `/states/` and a page per state that appears in any vote, each worked
    /// out when it is rendered: a state's history at archive scale is hundreds of votes.
    fn vote_pages<'a>(&'a self, archive: &'a Archive, views: &'a VoteViews<'a>) -> Vec<Planned<'a>> {
        let vote_records = archive.by_kind.get(&Kind::Vote).map(Vec::as_slice).unwrap_or_default();
        if views.votes.votes.is_empty() && vote_records.is_empty() {
            return Vec::new();
        }
        let shows = Shows::votes_index(vote_records, views.votes);
        let mut pages = vec![self.planned("votes/index.html".into(), shows, move || {
            let mut index = Context::new();
            index.insert("votes", &views.all_summaries());
            index.insert("records", &self.cards(archive, vote_records, CardLevel::Section)?);
            Ok(Job { template: "votes.html", title: "Votes".into(), context: index })
        })];
        let states = views.state_summaries();
        for state in &states {
            let (id, path, title) =
                (state.id, format!("states/{}/index.html", state.iso3.to_ascii_lowercase()), state.name.clone());
            let mut context = context_with("state", state);
            let for_path = path.clone();
            pages.push(self.planned(path, Shows::state_page(views.votes, id), move || {
                context.insert("history", &self.state_history(views, id, &for_path)?);
                Ok(Job { template: "state.html", title, context })
            }));
        }
        pages.push(self.planned("states/index.html".into(), Shows::nothing().and_votes(true), move || {
            Ok(Job { template: "states.html", title: "States".into(), context: context_with("states", &states) })
        }));
        pages
    }

    fn feed_job(&self, archive: &Archive, title: String, path: &str, alternate: &str, ids: &[DocId]) -> Job {
        let feed = discovery::feed(archive, &self.urls, title.clone(), path, alternate, ids);
        Job { template: "atom.xml", title, context: context_with("feed", &feed) }
    }

    /// Every HTML page once, but the 404 page, which is no page of its own.
    pub fn sitemap<'p>(&self, paths: impl IntoIterator<Item = &'p str>) -> Result<OutputFile, Diagnostic> {
        let mut urls: Vec<String> = paths
            .into_iter()
            .filter_map(|path| path.strip_suffix("index.html"))
            .map(|page| self.urls.absolute(page))
            .collect();
        urls.sort();
        let xml = self.render_template("sitemap.xml", context_with("urls", &urls), "sitemap.xml")?;
        Ok(OutputFile::new("sitemap.xml".into(), xml.into_bytes()))
    }

    fn session_counts(&self, archive: &Archive) -> Vec<TermCount> {
        // Newest session first: readers come for the current one.
        archive
            .by_session
            .iter()
            .rev()
            .map(|(session, ids)| TermCount {
                name: session.to_string(),
                url: self.urls.session(session),
                count: ids.len(),
            })
            .collect()
    }
}

/// The site as every template sees it (`site`), kept ready in Tera's form: a build
/// renders tens of thousands of templates, and serialising it into each cost more than
/// copying it.
///
/// The main navigation is the same on every page but for the entry it marks, so it is
/// rendered once per entry marked: looping over it on each page was a sixth of a build.
#[derive(Debug)]
struct SiteFrame {
    view: SiteView,
    context: Context,
    /// The navigation with no entry marked, then with each marked as at and as under it
    /// in turn (see [`NavPlace::slot`]).
    nav: Vec<RenderedOnce>,
}

impl SiteFrame {
    fn new(view: SiteView) -> Self {
        let context = context_with("site", &view);
        let nav = std::iter::repeat_with(RenderedOnce::default).take(1 + 2 * view.nav.len()).collect();
        Self { view, context, nav }
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

/// What every page shares and what the symbol pages need, both worked out from the archive.
fn shared_views(
    config: &SiteConfig,
    urls: &Urls,
    archive: &Archive,
    votes: &VoteIndex,
    citations: &CitationIndex,
) -> (SiteView, SymbolPages) {
    let symbol_pages = SymbolPages::new(archive, citations, votes);
    (site_view(config, urls, archive, votes, &symbol_pages), symbol_pages)
}

fn site_view(
    config: &SiteConfig,
    urls: &Urls,
    archive: &Archive,
    votes: &VoteIndex,
    symbols: &SymbolPages,
) -> SiteView {
    SiteView::new(config, urls, archive, !votes.votes.is_empty(), !symbols.symbols.is_empty())
}

fn kind_counts(archive: &Archive, urls: &Urls) -> Vec<TermCount> {
    Kind::ALL
        .iter()
        .filter_map(|&kind| {
            let ids = archive.by_kind.get(&kind)?;
            Some(TermCount { name: kind.plural_label().into(), url: urls.kind(kind), count: ids.len() })
        })
        .collect()
}

fn context_with<T: Serialize + ?Sized>(key: &str, value: &T) -> Context {
    let mut context = Context::new();
    context.insert(key, value);
    context
}

fn term_list(heading: &str, terms: &[TermCount]) -> Job {
    let mut context = Context::new();
    context.insert("heading", heading);
    context.insert("terms", terms);
    Job { template: "taxonomy_list.html", title: heading.into(), context }
}

/// A session, signatory or tag page: the documents filed under one term.
struct TermPage {
    taxonomy: &'static str,
    name: String,
    notes: Vec<String>,
    /// The documents' cards, as one piece of HTML.
    documents: String,
    count: usize,
}

impl TermPage {
    fn job(self) -> Job {
        let mut context = Context::new();
        context.insert("taxonomy", self.taxonomy);
        context.insert("name", &self.name);
        context.insert("notes", &self.notes);
        context.insert("documents", &self.documents);
        context.insert("count", &self.count);
        Job { template: "taxonomy.html", title: format!("{} ({})", self.name, self.taxonomy), context }
    }
}

/// Renders `pages` in parallel, each handed to `sink` as soon as it is rendered.
fn render_all(pages: Vec<Planned<'_>>, progress: &dyn Progress, sink: &dyn Sink) -> Result<(), Vec<Diagnostic>> {
    let errors: Vec<Diagnostic> = pages
        .into_par_iter()
        // Each page a task of its own: the list, state and term pages come last and cost
        // up to a hundred times a document's page, and a core left with a run of them
        // kept the other idle for most of a second.
        .with_max_len(1)
        .filter_map(|page| {
            let written = (page.render)().and_then(|file| sink.put(file).map_err(|e| write_failed(&e)));
            progress.advance(1);
            written.err()
        })
        .collect();
    if errors.is_empty() {
        return Ok(());
    }
    let mut errors = errors;
    errors.dedup_by(|a, b| a.message == b.message);
    Err(errors)
}

/// Escapes what could end a text node or a quoted attribute; unlike Tera's default it
/// leaves `/` alone, so URLs stay readable in the page source.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    // The characters escaped are ASCII, so every index found is a char boundary and the
    // runs between them are copied whole.
    let mut copied = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[copied..at]);
        out.push_str(entity);
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Tera nests the real cause a few errors deep; editors need all of it on one line.
fn write_failed(error: &crate::output::OutputError) -> Diagnostic {
    Diagnostic::error(std::path::Path::new("output"), 0, error.to_string())
}

fn tera_message(error: &tera::Error) -> String {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escapes_markup_and_quotes_and_keeps_the_rest() {
        assert_eq!(escape_html("Réseau «A/HRC/43/L.31» & <b>"), "Réseau «A/HRC/43/L.31» &amp; &lt;b&gt;");
        assert_eq!(escape_html(r#"say "l'Homme""#), "say &quot;l&#39;Homme&quot;");
        assert_eq!(escape_html("&"), "&amp;");
        assert_eq!(escape_html("plain/text"), "plain/text");
        assert_eq!(escape_html(""), "");
    }
}
