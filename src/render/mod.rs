//! Stage four: every page of the site, rendered through the theme's Tera templates.

mod discovery;
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
use crate::votes::{Placement, VoteContext, VoteIndex};

use symbols::SymbolPages;
pub use theme::Theme;
pub use views::Urls;
use views::{SiteView, TermCount, cards, doc_page};
use votes::VoteViews;

/// How many documents the home page shows.
const LATEST: usize = 10;

/// The compiled templates and what every page shares.
#[derive(Debug)]
pub struct Renderer {
    tera: Tera,
    theme: Theme,
    site: SiteView,
    urls: Urls,
    cname: Option<String>,
    /// The cited UN documents that get a page, worked out once for the navigation and the pages.
    symbol_pages: SymbolPages,
}

/// A page whose variables are worked out only when it is rendered.
type Deferred<'a> = Box<dyn FnOnce() -> Job + Send + Sync + 'a>;

/// One page to render: its path below the output root, template and own variables.
struct Job {
    path: String,
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
        let symbol_pages = SymbolPages::new(archive, citations, votes);
        let has_symbols = !symbol_pages.symbols.is_empty();
        let site = SiteView::new(config, &urls, archive, !votes.votes.is_empty(), has_symbols);
        Ok(Self { tera, theme, site, urls, cname: config.cname.clone(), symbol_pages })
    }

    /// Every page and asset of the site, each handed to `sink` as soon as it is rendered
    /// so that no more than a page per thread is held; `bodies[id]` is document `id`'s
    /// rendered body's HTML, let go once its page is rendered. Returns the number of pages.
    pub fn render_site(
        &self,
        archive: &Archive,
        votes: &VoteIndex,
        citations: &CitationIndex,
        bodies: Vec<PackedHtml>,
        progress: &dyn Progress,
        sink: &dyn Sink,
    ) -> Result<usize, Vec<Diagnostic>> {
        let views = VoteViews { archive, votes, states: &archive.registries.states, urls: &self.urls };
        let mut jobs = self.index_jobs(archive, &views);
        if !self.symbol_pages.symbols.is_empty() {
            jobs.push(Box::new(|| Job {
                path: "symbols/index.html".into(),
                template: "symbols.html",
                title: "UN documents".into(),
                context: context_with("symbols", &self.symbol_pages.summaries(citations, &self.urls)),
            }));
        }
        progress.stage("Pages", jobs.len() + bodies.len() + self.symbol_pages.symbols.len());
        let put = |page: Result<OutputFile, Diagnostic>| {
            let page = page?;
            let path = page.path.clone();
            sink.put(page).map_err(|e| write_failed(&e))?;
            progress.advance(1);
            Ok(path)
        };
        let documents = bodies.into_par_iter().enumerate().map(|(id, body)| {
            let body =
                body.unpack().map_err(|e| Diagnostic::error(&archive.documents[id].source.path, 0, e.to_string()))?;
            put(self.render_document(archive, votes, citations, id, &body))
        });
        let symbols = self.symbol_pages.symbols.par_iter().map(|symbol| {
            let page = self.symbol_pages.page(symbol, archive, citations, &views, &self.urls);
            put(self.render(Job {
                path: format!("symbols/{}/index.html", symbol.slug()),
                template: "symbol.html",
                title: symbol.to_string(),
                context: context_with("symbol", &page),
            }))
        });
        let others = jobs.into_par_iter().map(|job| put(self.render(job())));
        let rendered: Vec<Result<String, Diagnostic>> = documents.chain(symbols).chain(others).collect();
        let mut paths = Vec::with_capacity(rendered.len());
        let mut errors = Vec::new();
        for result in rendered {
            match result {
                Ok(path) => paths.push(path),
                Err(error) => errors.push(error),
            }
        }
        if !errors.is_empty() {
            errors.dedup_by(|a, b| a.message == b.message);
            return Err(errors);
        }
        let pages = paths.iter().filter(|path| path.ends_with(".html")).count();
        let mut files = vec![self.sitemap(&paths).map_err(|e| vec![e])?];
        files.push(OutputFile::new("robots.txt".into(), discovery::robots(&self.urls).into_bytes()));
        // Branch-published sites: no Jekyll processing, and the custom domain.
        files.push(OutputFile::new(".nojekyll".into(), Vec::new()));
        if let Some(cname) = &self.cname {
            files.push(OutputFile::new("CNAME".into(), format!("{}\n", cname.trim()).into_bytes()));
        }
        files.extend(self.theme.static_files.iter().map(|(path, bytes)| OutputFile::new(path.clone(), bytes.clone())));
        files.push(OutputFile::new("highlight.css".into(), crate::markdown::highlight_stylesheet().into_bytes()));
        if !votes.votes.is_empty() {
            let (csv, json) = crate::votes::export(votes, &archive.registries.states, |id| {
                let summary = views.summary(id);
                VoteContext {
                    date: summary.date_iso,
                    session: summary.session.map(|s| s.name).unwrap_or_default(),
                    document: format!("{}{}", self.urls.base.origin_and_path.trim_end_matches('/'), summary.url),
                }
            });
            files.push(OutputFile::new("votes.csv".into(), csv));
            files.push(OutputFile::new("votes.json".into(), json));
        }
        files.into_iter().try_for_each(|file| sink.put(file)).map_err(|e| vec![write_failed(&e)])?;
        Ok(pages)
    }

    fn render(&self, job: Job) -> Result<OutputFile, Diagnostic> {
        let mut context = job.context;
        context.insert("page_title", &job.title);
        let below_base = job.path.trim_end_matches("index.html");
        context.insert("page_path", &self.urls.path(below_base));
        context.insert("page_url", &self.urls.absolute(below_base));
        let html = self.render_template(job.template, context, &job.path)?;
        Ok(OutputFile::new(job.path, html.into_bytes()))
    }

    fn render_template(&self, template: &str, mut context: Context, for_path: &str) -> Result<String, Diagnostic> {
        context.insert("site", &self.site);
        self.tera.render(template, &context).map_err(|error| {
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
        let views = VoteViews { archive, votes, states: &archive.registries.states, urls: &self.urls };
        let mut body = body.to_owned();
        let doc = &archive.documents[id];
        let path = format!("{}index.html", doc.path());
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
        let page = doc_page(archive, &self.urls, citations, id, body);
        let mut context = context_with("page_description", page.card.summary.as_deref().unwrap_or(&doc.title));
        context.insert("page", &page);
        context.insert("votes", &after_body);
        context.insert("concerning_votes", &concerning);
        context.insert("has_votes", &(!views.votes.recorded_in[id].is_empty() || !concerning.is_empty()));
        self.render(Job { path, template: "page.html", title: doc.title.clone(), context })
    }

    /// The pages that list documents, each built only when it is rendered: their
    /// contexts together hold a card for every document many times over.
    fn index_jobs<'a>(&'a self, archive: &'a Archive, views: &'a VoteViews<'a>) -> Vec<Deferred<'a>> {
        let urls = &self.urls;
        let mut jobs: Vec<Deferred<'a>> = Vec::new();

        jobs.push(Box::new(move || {
            let mut home = Context::new();
            let latest: Vec<DocId> = (0..archive.documents.len().min(LATEST)).collect();
            home.insert("latest", &cards(archive, urls, &latest));
            home.insert("sessions", &self.session_counts(archive));
            home.insert("kinds", &kind_counts(archive, urls));
            home.insert("document_count", &archive.documents.len());
            Job { path: "index.html".into(), template: "home.html", title: self.site.title.clone(), context: home }
        }));

        // Vote records are listed with every other vote on /votes/, below.
        for (&kind, ids) in archive.by_kind.iter().filter(|(kind, _)| **kind != Kind::Vote) {
            jobs.push(Box::new(move || {
                let mut list = Context::new();
                list.insert("heading", kind.plural_label());
                list.insert("documents", &cards(archive, urls, ids));
                Job {
                    path: format!("{}/index.html", kind.section()),
                    template: "list.html",
                    title: kind.plural_label().into(),
                    context: list,
                }
            }));
        }
        jobs.extend(self.vote_jobs(archive, views));

        jobs.push(Box::new(move || term_list("sessions", "Sessions", &self.session_counts(archive))));
        for (session, ids) in &archive.by_session {
            jobs.push(Box::new(move || {
                let title = archive.registries.sessions.get(session).and_then(|info| info.title.clone());
                TermPage {
                    taxonomy: "Session",
                    name: session.to_string(),
                    notes: title.into_iter().collect(),
                    documents: cards(archive, urls, ids),
                }
                .job(format!("sessions/{}/index.html", session.slug()))
            }));
        }

        jobs.push(Box::new(move || {
            let signatories: Vec<TermCount> = archive
                .signatories
                .values()
                .map(|s| TermCount {
                    name: s.organisation.name.clone(),
                    url: urls.signatory(s.organisation.slug.as_str()),
                    count: s.documents.len(),
                })
                .collect();
            term_list("signatories", "Signatories", &signatories)
        }));
        for signatory in archive.signatories.values() {
            jobs.push(Box::new(move || {
                let also: Vec<String> =
                    signatory.printed_as.iter().filter(|p| **p != signatory.organisation.name).cloned().collect();
                let notes =
                    if also.is_empty() { Vec::new() } else { vec![format!("Also printed as: {}", also.join("; "))] };
                TermPage {
                    taxonomy: "Signatory",
                    name: signatory.organisation.name.clone(),
                    notes,
                    documents: cards(archive, urls, &signatory.documents),
                }
                .job(format!("signatories/{}/index.html", signatory.organisation.slug))
            }));
        }

        jobs.push(Box::new(move || {
            let tags: Vec<TermCount> = archive
                .tags
                .iter()
                .map(|(slug, t)| TermCount {
                    name: t.name.clone(),
                    url: urls.tag(slug.as_str()),
                    count: t.documents.len(),
                })
                .collect();
            term_list("tags", "Tags", &tags)
        }));
        for (slug, tag) in &archive.tags {
            jobs.push(Box::new(move || {
                TermPage {
                    taxonomy: "Tag",
                    name: tag.name.clone(),
                    notes: Vec::new(),
                    documents: cards(archive, urls, &tag.documents),
                }
                .job(format!("tags/{slug}/index.html"))
            }));
        }

        jobs.push(Box::new(move || {
            let all: Vec<DocId> = (0..archive.documents.len()).collect();
            self.feed_job(archive, self.site.title.clone(), "atom.xml", "", &all)
        }));
        for (session, ids) in &archive.by_session {
            jobs.push(Box::new(move || {
                let newest_first: Vec<DocId> = ids.iter().rev().copied().collect();
                let page = format!("sessions/{}/", session.slug());
                let title = format!("{session} · {}", self.site.title);
                self.feed_job(archive, title, &format!("{page}atom.xml"), &page, &newest_first)
            }));
        }

        if !archive.documents.is_empty() {
            jobs.push(Box::new(|| Job {
                path: "search/index.html".into(),
                template: "search.html",
                title: "Search".into(),
                context: Context::new(),
            }));
        }
        jobs.push(Box::new(|| Job {
            path: "404.html".into(),
            template: "404.html",
            title: "Page not found".into(),
            context: Context::new(),
        }));
        jobs
    }

    /// `/votes/`, `/states/` and a page per state that appears in any vote.
    /// `/votes/` and a page per state, each worked out when it is rendered: a state's
    /// history at archive scale is hundreds of votes.
    fn vote_jobs<'a>(&'a self, archive: &'a Archive, views: &'a VoteViews<'a>) -> Vec<Deferred<'a>> {
        let vote_records = archive.by_kind.get(&Kind::Vote).map(Vec::as_slice).unwrap_or_default();
        if views.votes.votes.is_empty() && vote_records.is_empty() {
            return Vec::new();
        }
        let mut jobs: Vec<Deferred<'a>> = vec![Box::new(move || {
            let mut index = Context::new();
            index.insert("votes", &views.all_summaries());
            index.insert("records", &cards(archive, &self.urls, vote_records));
            Job { path: "votes/index.html".into(), template: "votes.html", title: "Votes".into(), context: index }
        })];
        let states = views.state_summaries();
        for state in &states {
            let (id, path, title) =
                (state.id, format!("states/{}/index.html", state.iso3.to_ascii_lowercase()), state.name.clone());
            let mut context = context_with("state", state);
            jobs.push(Box::new(move || {
                context.insert("history", &views.state_history(id));
                Job { path, template: "state.html", title, context }
            }));
        }
        jobs.push(Box::new(move || Job {
            path: "states/index.html".into(),
            template: "states.html",
            title: "States".into(),
            context: context_with("states", &states),
        }));
        jobs
    }

    fn feed_job(&self, archive: &Archive, title: String, path: &str, alternate: &str, ids: &[DocId]) -> Job {
        let feed = discovery::feed(archive, &self.urls, title.clone(), path, alternate, ids);
        Job { path: path.to_owned(), template: "atom.xml", title, context: context_with("feed", &feed) }
    }

    /// Every HTML page once, but the 404 page, which is no page of its own.
    fn sitemap(&self, paths: &[String]) -> Result<OutputFile, Diagnostic> {
        let mut urls: Vec<String> = paths
            .iter()
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

fn term_list(section: &str, heading: &str, terms: &[TermCount]) -> Job {
    let mut context = Context::new();
    context.insert("heading", heading);
    context.insert("terms", terms);
    Job { path: format!("{section}/index.html"), template: "taxonomy_list.html", title: heading.into(), context }
}

/// A session, signatory or tag page: the documents filed under one term.
struct TermPage {
    taxonomy: &'static str,
    name: String,
    notes: Vec<String>,
    documents: Vec<views::DocCard>,
}

impl TermPage {
    fn job(self, path: String) -> Job {
        let mut context = Context::new();
        context.insert("taxonomy", self.taxonomy);
        context.insert("name", &self.name);
        context.insert("notes", &self.notes);
        context.insert("documents", &self.documents);
        Job { path, template: "taxonomy.html", title: format!("{} ({})", self.name, self.taxonomy), context }
    }
}

/// Escapes what could end a text node or a quoted attribute; unlike Tera's default it
/// leaves `/` alone, so URLs stay readable in the page source.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
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
