//! The build, stage by stage: load → resolve → Markdown (anchors, then links and
//! citations) → votes → routes → render → write. `check` runs every stage but the last.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::archive::{Archive, PerDoc, SymbolHome};
use crate::citations::{Attribution, CitationIndex, DocTarget, Resolver, SymbolTarget};
use crate::config::{BaseUrl, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::i18n::Translations;
use crate::markdown::{self, Anchors, BodyWords, DefinesIds, Highlighter, PackedHtml, Packer, RenderedBody};
use crate::model::{DocId, Document, Lang, PartialDate, SessionId, Symbol};
use crate::output::{Discard, OutputError, Sink, Staging};
use crate::progress::{Progress, Silent};
use crate::render::{BodyHtml, HandedOver, Parts, Renderer, Theme};
use crate::routes::{Routes, Sources, Urls};
use crate::search::KnownTerms;
use crate::votes::{VoteIndex, VoteSource, parse_sheet};

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
}

#[derive(Debug)]
pub struct BuildReport {
    pub documents: usize,
    pub pages: usize,
    pub output_dir: PathBuf,
    pub elapsed: Duration,
    pub warnings: Vec<Diagnostic>,
}

/// Everything that went wrong, warnings included, sorted for display.
#[derive(Debug)]
pub struct BuildFailure(pub Vec<Diagnostic>);

/// Builds the site and writes it to the output folder.
pub fn build(options: &BuildOptions, progress: &dyn Progress) -> Result<BuildReport, BuildFailure> {
    build_once(options, progress).map(|(_, report)| report)
}

/// A build that writes every page once, letting each document's body go as its page is
/// written; returns what it worked out with the report, for a caller about to exit to
/// forget rather than free.
pub fn build_once(options: &BuildOptions, progress: &dyn Progress) -> Result<(impl Sized, BuildReport), BuildFailure> {
    let started = Instant::now();
    let mut site = assemble(options, progress, Target::Output)?;
    let bodies = site.hand_over_html();
    let pages = site.write(&bodies, progress)?;
    let report = site.report(pages, started);
    Ok(((site, bodies), report))
}

/// A build that also returns everything it worked out, for `serve` to redo only what
/// an edit changes.
pub fn build_keeping(options: &BuildOptions, progress: &dyn Progress) -> Result<(Site, BuildReport), BuildFailure> {
    let started = Instant::now();
    let site = assemble(options, progress, Target::Output)?;
    let pages = site.write(&site.html, progress)?;
    let report = site.report(pages, started);
    Ok((site, report))
}

/// Runs every stage of a build without writing anything; returns every problem found.
pub fn check(options: &BuildOptions) -> (usize, Vec<Diagnostic>) {
    let checked = assemble(options, &Silent, Target::Nowhere).and_then(|mut site| {
        let bodies = site.hand_over_html();
        site.render_into(&bodies, &Discard, &Silent)?;
        Ok(site)
    });
    match checked {
        Ok(site) => (site.archive.documents.len(), site.warnings),
        Err(failure) => (0, failure.0),
    }
}

/// Where the rendered site goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// Into the output folder, swapped in once the whole site is written.
    Output,
    /// Nowhere: `check` renders every page only to find what fails.
    Nowhere,
}

/// The archive worked out, every stage but writing done.
pub struct Site {
    pub(crate) root: PathBuf,
    pub(crate) output_dir: PathBuf,
    /// Whether drafts are part of the site.
    pub(crate) drafts: bool,
    pub(crate) config: SiteConfig,
    pub(crate) urls: Urls,
    pub(crate) archive: Archive,
    /// Each document's ids, for links between documents.
    pub(crate) anchors: PerDoc<Anchors>,
    /// Each document's rendered body but its HTML, which `serve` compares an edit against.
    pub(crate) bodies: PerDoc<RenderedBody>,
    /// Each document's body HTML, packed: pages are made from it, and `serve` remakes
    /// the pages an edit touches from it. A build that writes each page once hands it
    /// over ([`Site::hand_over_html`]) and keeps none.
    pub(crate) html: PerDoc<PackedHtml>,
    pub(crate) citations: CitationIndex,
    pub(crate) votes: VoteIndex,
    /// Every page and file of the site, at its path.
    pub(crate) routes: Routes,
    pub(crate) renderer: Renderer,
    pub(crate) search: PerDoc<crate::search::Entry>,
    pub(crate) wording: Wording,
    pub(crate) warnings: Vec<Diagnostic>,
}

/// The theme's words in every language, as the stages before rendering need them: the
/// Markdown stage's own, and the kinds and dates the search index lists.
pub(crate) struct Wording {
    pub(crate) translations: Arc<Translations>,
    /// The Markdown stage's words in each language, by [`Lang::index`], worded once.
    body: Vec<BodyWords>,
}

impl Wording {
    fn new(translations: Arc<Translations>) -> Self {
        let body = Lang::ALL.iter().map(|&lang| BodyWords::new(translations.locale(lang))).collect();
        Self { translations, body }
    }

    /// The Markdown stage's words in `lang`.
    pub(crate) fn body(&self, lang: Lang) -> &BodyWords {
        &self.body[lang.index()]
    }
}

impl std::fmt::Debug for Site {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Site").field("root", &self.root).field("documents", &self.archive.documents.len()).finish()
    }
}

fn assemble(options: &BuildOptions, progress: &dyn Progress, target: Target) -> Result<Site, BuildFailure> {
    let root = options.root.as_path();
    let fail_with = |diagnostic: Diagnostic| BuildFailure(vec![diagnostic]);
    let config = SiteConfig::load(root).map_err(fail_with)?;
    let base_text = options.base_url.as_deref().unwrap_or(&config.base_url);
    let base = BaseUrl::parse(base_text).map_err(|m| fail_with(Diagnostic::error(Path::new("--base-url"), 0, m)))?;
    let output_dir = options.output.clone().unwrap_or_else(|| root.join(&config.output_dir));
    if target == Target::Output {
        crate::output::check_output_dir(root, &output_dir)
            .map_err(|e| fail_with(Diagnostic::error(&output_dir, 0, e.to_string())))?;
    }

    let mut diagnostics = Diagnostics::default();
    progress.stage("Loading", 0);
    let loaded = crate::load::load_content(root, options.drafts);
    diagnostics.extend(loaded.diagnostics.into_sorted());
    let registries = crate::registry::load(root, &mut diagnostics);
    // Resolving documents that failed to load would only add confusing follow-on errors.
    stop_on_errors(&mut diagnostics)?;

    progress.stage("Resolving", 0);
    let archive = Archive::assemble(loaded.documents, config.language, registries, &mut diagnostics);
    diagnostics.extend(crate::routes::document_clashes(&archive));
    let urls = Urls { base, language: config.language };
    // The theme's words before the bodies: the Markdown stage writes some of them.
    let theme = Theme::load(root, &config.theme).map_err(fail_with)?;
    let translations = Arc::new(Translations::load(&theme.translations).map_err(BuildFailure)?);
    diagnostics.extend(translations.warnings(archive.languages()));
    let wording = Wording::new(Arc::clone(&translations));
    let Bodies { bodies, anchors, html, search, votes } =
        render_bodies(root, (&archive, &urls), &config, &wording, progress, &mut diagnostics);
    stop_on_errors(&mut diagnostics)?;
    progress.stage("Citations and votes", 0);
    // Neither index reads the other: each on its own core.
    let (citations, (votes, vote_diagnostics)) = rayon::join(
        || CitationIndex::build(&archive, &bodies),
        || {
            let mut found = Diagnostics::default();
            (VoteIndex::build(&archive, votes, &archive.registries.states, &mut found), found)
        },
    );
    diagnostics.extend(vote_diagnostics.into_sorted());
    stop_on_errors(&mut diagnostics)?;

    progress.stage("Routes", 0);
    let static_files: Vec<String> = theme.static_files.keys().cloned().collect();
    let routes = plan_routes(root, &config, &static_files, (&archive, &votes, &citations)).map_err(|clashes| {
        diagnostics.extend(clashes);
        BuildFailure(std::mem::take(&mut diagnostics).into_sorted())
    })?;
    let shared = (&archive, &votes, &routes);
    let renderer = Renderer::new(theme, &config, urls.clone(), shared, translations).map_err(fail_with)?;
    Ok(Site {
        root: root.to_owned(),
        output_dir,
        drafts: options.drafts,
        config,
        urls,
        archive,
        anchors,
        bodies,
        html,
        citations,
        votes,
        routes,
        renderer,
        search,
        wording,
        warnings: diagnostics.into_sorted(),
    })
}

/// Every route of the site; two at one path are errors.
fn plan_routes(
    root: &Path,
    config: &SiteConfig,
    static_files: &[String],
    (archive, votes, citations): (&Archive, &VoteIndex, &CitationIndex),
) -> Result<Routes, Vec<Diagnostic>> {
    Routes::plan(Sources {
        root,
        theme: &config.theme,
        archive,
        votes,
        citations,
        static_files,
        has_cname: config.cname.is_some(),
        page_size: config.page_size.get(),
    })
}

pub(crate) fn raw_html(config: &SiteConfig) -> markdown::RawHtml {
    if config.unsafe_html { markdown::RawHtml::Trusted } else { markdown::RawHtml::Sanitised }
}

impl Site {
    /// Writes the whole site, its documents' bodies taken from `html`, into the spare
    /// folder and swaps it in. Returns the number of pages.
    fn write(&self, html: &dyn BodyHtml, progress: &dyn Progress) -> Result<usize, BuildFailure> {
        let staging = Staging::open(&self.output_dir).map_err(|e| self.write_failure(&e))?;
        let pages = self.render_into(html, &staging, progress)?;
        staging.commit().map_err(|e| self.write_failure(&e))?;
        Ok(pages)
    }

    /// The bodies' HTML for one pass over the pages, each let go as its page is made;
    /// the site keeps none of it after.
    fn hand_over_html(&mut self) -> HandedOver {
        HandedOver::new(std::mem::take(&mut self.html))
    }

    fn report(&self, pages: usize, started: Instant) -> BuildReport {
        BuildReport {
            documents: self.archive.documents.len(),
            pages,
            output_dir: self.output_dir.clone(),
            elapsed: started.elapsed(),
            warnings: self.warnings.clone(),
        }
    }

    pub(crate) fn write_failure(&self, error: &OutputError) -> BuildFailure {
        BuildFailure(vec![Diagnostic::error(&self.output_dir, 0, error.to_string())])
    }

    /// The routes of the site as an edit leaves its archive, votes and citations.
    pub(crate) fn plan_routes(
        &self,
        archive: &Archive,
        votes: &VoteIndex,
        citations: &CitationIndex,
    ) -> Result<Routes, Vec<Diagnostic>> {
        plan_routes(&self.root, &self.config, &self.renderer.static_paths(), (archive, votes, citations))
    }

    /// The resolved site, as routes are rendered from it.
    pub(crate) fn parts(&self) -> Parts<'_> {
        self.parts_with(&self.html)
    }

    /// The resolved site, its documents' bodies taken from `html`.
    fn parts_with<'a>(&'a self, html: &'a dyn BodyHtml) -> Parts<'a> {
        let Self { archive, votes, citations, routes, bodies, .. } = self;
        Parts { archive, votes, citations, routes, html, bodies }
    }

    /// Every page, then the search index, into `sink`.
    fn render_into(
        &self,
        html: &dyn BodyHtml,
        sink: &dyn Sink,
        progress: &dyn Progress,
    ) -> Result<usize, BuildFailure> {
        // Pages and the search index are independent: rayon shares the cores between them.
        let parts = self.parts_with(html);
        let (pages, search_files) =
            rayon::join(|| self.renderer.render_site(parts, progress, sink), || self.search_index());
        let pages = pages.map_err(BuildFailure)?;
        search_files?.into_iter().try_for_each(|file| sink.put(file)).map_err(|e| self.write_failure(&e))?;
        Ok(pages)
    }

    /// Document `id`'s page, around its rendered body.
    pub fn page(&self, id: DocId, body: String) -> Result<crate::output::OutputFile, Diagnostic> {
        self.renderer.render_document(self.parts(), id, body)
    }

    /// How many documents the site has.
    pub fn documents(&self) -> usize {
        self.archive.documents.len()
    }

    pub(crate) fn search_index(&self) -> Result<Vec<crate::output::OutputFile>, BuildFailure> {
        crate::search::index(&self.search.raw)
            .map_err(|e| BuildFailure(vec![Diagnostic::error(Path::new("search index"), 0, e.to_string())]))
    }
}

/// Document `id` as the search index sees it, its kind and date as its page prints them;
/// its body gives up its plain text.
pub(crate) fn search_entry(
    archive: &Archive,
    id: DocId,
    body: &mut RenderedBody,
    translations: &Translations,
    known: &mut KnownTerms,
) -> crate::search::Entry {
    let doc = &archive.documents[id];
    let language = archive.language_of(id);
    let locale = translations.locale(language);
    let text = std::mem::take(&mut body.text);
    // The page shows the addressee and the signatories with the body.
    let texts =
        std::iter::once(text.as_str()).chain(doc.to.as_deref()).chain(doc.signatories.iter().map(String::as_str));
    crate::search::Entry {
        path: Urls::document_address(doc, archive.language),
        title: doc.title.clone(),
        kind: doc.kind,
        kind_label: locale.kind(doc.kind),
        date: doc.date.map(|date| locale.date(date)),
        sessions: doc.sessions.iter().map(ToString::to_string).collect(),
        signatories: archive.signed_by[id].iter().map(|org| org.name.clone()).collect(),
        language,
        words: crate::search::Words::count(texts, &doc.title, doc.summary.as_deref(), language, known),
    }
}

fn stop_on_errors(diagnostics: &mut Diagnostics) -> Result<(), BuildFailure> {
    if diagnostics.has_errors() {
        return Err(BuildFailure(std::mem::take(diagnostics).into_sorted()));
    }
    Ok(())
}

/// The archive as the Markdown stage sees it: every page's URL and the ids it defines
/// (`A`: known, or worked out as links ask, as in a build's [`PendingAnchors`]).
pub(crate) struct ArchiveResolver<'a, A = Anchors> {
    archive: &'a Archive,
    urls: &'a Urls,
    anchors: &'a PerDoc<A>,
    /// The last regular Council session the archive's documents name, by session or symbol.
    latest_session: Option<u16>,
}

/// The last regular Council session `archive` knows of: past it, a bare resolution
/// number cannot be the Council's.
fn latest_session(archive: &Archive) -> Option<u16> {
    let sessions = archive.by_session.keys().cloned();
    let symbols = archive.documents.iter().flat_map(|doc| doc.symbols.iter().chain(&doc.symbol));
    sessions
        .chain(symbols.filter_map(Symbol::hrc_session))
        .filter_map(|session| match session {
            SessionId::Regular(n) => Some(n),
            SessionId::Other(..) => None,
        })
        .max()
}

impl<'a, A: DefinesIds> ArchiveResolver<'a, A> {
    pub(crate) fn new(archive: &'a Archive, urls: &'a Urls, anchors: &'a PerDoc<A>) -> Self {
        Self { archive, urls, anchors, latest_session: latest_session(archive) }
    }

    fn target(&self, id: DocId) -> DocTarget<'_> {
        DocTarget { id, url: self.urls.document(&self.archive.documents[id]), anchors: &self.anchors[id] }
    }
}

impl<A: DefinesIds> Resolver for ArchiveResolver<'_, A> {
    fn document(&self, content_path: &str) -> Option<DocTarget<'_>> {
        self.archive.by_content_path(content_path).map(|id| self.target(id))
    }

    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
        match self.archive.symbol_home(symbol) {
            SymbolHome::Document(id) => SymbolTarget::Document(self.target(id)),
            SymbolHome::Page(page) => SymbolTarget::Page(self.urls.symbol(&page)),
        }
    }

    fn attribution(&self) -> Attribution {
        Attribution::new(self.latest_session, None)
    }
}

/// The archive as one document's body sees it: a bare resolution number is read against
/// its date too, when it has one.
pub(crate) struct DatedResolver<'a> {
    archive: &'a dyn Resolver,
    year: Option<u16>,
}

impl<'a> DatedResolver<'a> {
    /// `archive` as the body of `doc` sees it; the build and `serve` both render through it.
    pub(crate) fn new(archive: &'a dyn Resolver, doc: &Document) -> Self {
        Self { archive, year: doc.date.map(PartialDate::year) }
    }
}

impl Resolver for DatedResolver<'_> {
    fn document(&self, content_path: &str) -> Option<DocTarget<'_>> {
        self.archive.document(content_path)
    }

    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
        self.archive.symbol(symbol)
    }

    fn attribution(&self) -> Attribution {
        Attribution::new(self.archive.attribution().latest_session, self.year.map(i32::from))
    }
}

/// A document's anchors during the Markdown stage: those its body gives as it is
/// rendered, or, when a link into it asks first, worked out from its file. Only a
/// paragraph reference or an `@/…#id` link asks, so most bodies are parsed once.
#[derive(Debug)]
pub(crate) struct PendingAnchors<'a> {
    anchors: OnceLock<Anchors>,
    root: &'a Path,
    doc: &'a Document,
}

impl PendingAnchors<'_> {
    /// The anchors the document's own body gave as it was rendered; a link into it that
    /// had them worked out first found the same.
    fn rendered(&self, anchors: Anchors) {
        let _ = self.anchors.set(anchors);
    }

    fn into_anchors(self) -> Anchors {
        self.anchors.into_inner().unwrap_or_default()
    }
}

impl DefinesIds for PendingAnchors<'_> {
    fn defines(&self, id: &str) -> bool {
        let anchors = self.anchors.get_or_init(|| {
            // A file that cannot be read again defines nothing; its own rendering says why.
            crate::load::reread(self.root, self.doc)
                .map(|file| markdown::parse(file.body()).anchors)
                .unwrap_or_default()
        });
        anchors.defines(id)
    }
}

/// What the Markdown stage makes of every body, in document order.
struct Bodies {
    bodies: PerDoc<RenderedBody>,
    anchors: PerDoc<Anchors>,
    html: PerDoc<PackedHtml>,
    search: PerDoc<crate::search::Entry>,
    /// Each document's votes, as [`VoteIndex::build`] takes them.
    votes: PerDoc<Vec<(VoteSource, usize)>>,
}

/// What the Markdown stage makes of one body.
#[derive(Default)]
struct MarkdownOutput {
    rendered: RenderedBody,
    html: PackedHtml,
    search: Option<crate::search::Entry>,
    votes: Vec<(VoteSource, usize)>,
    problems: Vec<Diagnostic>,
}

fn render_bodies(
    root: &Path,
    (archive, urls): (&Archive, &Urls),
    config: &SiteConfig,
    wording: &Wording,
    progress: &dyn Progress,
    diagnostics: &mut Diagnostics,
) -> Bodies {
    let count = archive.documents.len();
    progress.stage("Markdown", count);
    let highlighter = Highlighter::default();
    let pending: PerDoc<PendingAnchors<'_>> =
        archive.documents.iter().map(|doc| PendingAnchors { anchors: OnceLock::new(), root, doc }).collect();
    let resolver = ArchiveResolver::new(archive, urls, &pending);
    // Each worker remembers the stems of the words it has met, and keeps its packer, for
    // all the documents it renders: no state shared between threads or left behind.
    let rendered: Vec<MarkdownOutput> = (0..count)
        .into_par_iter()
        .map_init(<(KnownTerms, Packer)>::default, |(known, packer), id| {
            let kept = (&highlighter, wording, (known, packer));
            let body = render_body(root, archive, DocId::from(id), &resolver, kept, config);
            progress.advance(1);
            body
        })
        .collect();
    let mut bodies = Bodies {
        bodies: PerDoc::with_capacity(count),
        anchors: pending.into_iter().map(PendingAnchors::into_anchors).collect(),
        html: PerDoc::with_capacity(count),
        search: PerDoc::with_capacity(count),
        votes: PerDoc::with_capacity(count),
    };
    for body in rendered {
        diagnostics.extend(body.problems);
        bodies.bodies.push(body.rendered);
        bodies.html.push(body.html);
        bodies.search.extend(body.search);
        bodies.votes.push(body.votes);
    }
    bodies
}

/// Document `id`'s body, read again from its file and rendered; its text is let go
/// here, on the thread that read it.
fn render_body(
    root: &Path,
    archive: &Archive,
    id: DocId,
    resolver: &ArchiveResolver<'_, PendingAnchors<'_>>,
    (highlighter, wording, (known, packer)): (&Highlighter, &Wording, (&mut KnownTerms, &mut Packer)),
    config: &SiteConfig,
) -> MarkdownOutput {
    let doc = &archive.documents[id];
    let file = match crate::load::reread(root, doc) {
        Ok(file) => file,
        Err(problem) => return MarkdownOutput { problems: vec![problem], ..MarkdownOutput::default() },
    };
    let mut problems = Vec::new();
    let at = |line: usize, column: usize, message: String, error: bool| {
        let line = if line == 0 { doc.source.body_line } else { doc.source.body_line + line - 1 };
        let diagnostic = if error {
            Diagnostic::error(&doc.source.path, line, message)
        } else {
            Diagnostic::warning(&doc.source.path, line, message)
        };
        diagnostic.at_column(column).with_source(file.text())
    };
    let dated = DatedResolver::new(resolver, doc);
    let words = wording.body(archive.language_of(id));
    let parsed = markdown::parse(file.body());
    resolver.anchors[id].rendered(parsed.anchors.clone());
    let (rendered, html, search) = match markdown::render(parsed, &dated, highlighter, raw_html(config), words) {
        Ok(mut rendered) => {
            problems.extend(rendered.warnings.iter().map(|w| at(w.line, w.column, w.message.clone(), false)));
            let entry = search_entry(archive, id, &mut rendered, &wording.translations, known);
            let html = PackedHtml::pack(&std::mem::take(&mut rendered.html), packer);
            (rendered, html, Some(entry))
        }
        Err(errors) => {
            problems.extend(errors.into_iter().map(|p| at(p.line, p.column, p.message, true)));
            (RenderedBody::default(), PackedHtml::default(), None)
        }
    };
    let mut vote_problems = Diagnostics::default();
    let votes = vote_sources(doc, &rendered, file.text(), &mut vote_problems);
    problems.extend(vote_problems.into_sorted());
    MarkdownOutput { rendered, html, search, votes, problems }
}

/// A document's votes: its front-matter `votes:`, then its vote blocks in body order,
/// each with the file line it starts on. Messages quote `text`, the document's file.
pub(crate) fn vote_sources(
    doc: &Document,
    body: &RenderedBody,
    text: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<(VoteSource, usize)> {
    let front_line = doc.source.fields.line("votes");
    let mut sources: Vec<(VoteSource, usize)> = doc
        .votes
        .iter()
        .enumerate()
        .map(|(index, entry)| (VoteSource::FrontMatter { entry: entry.clone(), index }, front_line))
        .collect();
    for (slot, block) in body.vote_blocks.iter().enumerate() {
        let first_line = doc.source.body_line + block.line - 1;
        match parse_sheet(&block.text) {
            Ok(sheet) => sources
                .push((VoteSource::Sheet { sheet, text: block.text.clone(), slot, depth: block.depth }, first_line)),
            Err(error) => diagnostics.push(
                Diagnostic::error(&doc.source.path, first_line + error.line - 1, error.message)
                    .at_column(error.column)
                    .with_source(text),
            ),
        }
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_not_yet_rendered_has_its_anchors_worked_out_when_a_link_asks() {
        let root = tempfile::tempdir().expect("a temporary folder");
        let reports = root.path().join("content/reports");
        std::fs::create_dir_all(&reports).expect("content folder");
        let body = "## Summary\n\n1. The Council requested this report in its resolution 52/9.\n\n\
                    2. The High Commissioner received submissions from 41 States.\n";
        std::fs::write(
            reports.join("r.md"),
            format!("---\ntitle: Report\ndate: 2023-09-11\nkind: report\n---\n{body}"),
        )
        .expect("written");
        let loaded = crate::load::load_content(root.path(), false);
        let doc = &loaded.documents[0];
        assert!(doc.body().is_none(), "the body is let go as the file loads");
        let pending = PendingAnchors { anchors: OnceLock::new(), root: root.path(), doc };
        assert!(pending.defines("p2") && pending.defines("summary"));
        assert!(!pending.defines("p3"));
        assert_eq!(pending.into_anchors(), markdown::parse(body).anchors);
    }

    #[test]
    fn the_citation_index_built_at_once_is_the_one_built_a_document_at_a_time() {
        let root = tempfile::tempdir().expect("a temporary folder");
        let write = |path: &str, text: &str| {
            let path = root.path().join("content").join(path);
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("content folder");
            std::fs::write(path, text).expect("written");
        };
        write(
            "reports/reprisals.md",
            "---\ntitle: Cooperation with the United Nations in the field of human rights\n\
             date: 2021-09-01\nkind: report\nsymbol: A/HRC/48/28\n---\n\
             1. The present report is submitted pursuant to Human Rights Council resolution 12/2.\n\n\
             2. Acting in compliance with General Assembly resolution 60/251, the Council\n\
             adopted resolution 5/1.\n",
        );
        write(
            "letters/a.md",
            "---\ntitle: Joint letter on the review\ndate: 2021-02-01\nkind: letter\n\
             signatories: [Human Rights Watch, ISHR]\n\
             symbols: [A/HRC/RES/5/1, A/HRC/RES/16/21]\n---\n\
             We write ahead of the session. Resolution 5/1 set out the Council's methods\n\
             of work; HRC resolution 16/21 reviewed them.\n\n\
             Read again [the last report](@/reports/reprisals.md) and A/HRC/48/28,\n\
             para. 2.\n",
        );
        write(
            "letters/b.md",
            "---\ntitle: Letter on reprisals\ndate: 2022-03-04\nkind: letter\nsignatories: [ISHR]\n---\n\
             Council resolutions 5/1 and 16/21, and General Assembly resolution 60/251,\n\
             ask States to cooperate (see A/HRC/48/28). We recall resolution 5/1 once more.\n",
        );
        std::fs::write(root.path().join("site.yaml"), "title: Review archive\nbase_url: https://example.org/\n")
            .expect("written");
        let options = BuildOptions { root: root.path().to_owned(), output: None, base_url: None, drafts: false };
        let site = assemble(&options, &Silent, Target::Nowhere).expect("the archive builds");
        let mut one_by_one = CitationIndex {
            by_symbol: std::collections::BTreeMap::new(),
            cited_by: std::iter::repeat_n(Vec::new(), site.archive.documents.len()).collect(),
        };
        for (id, body) in site.bodies.iter().enumerate() {
            one_by_one.add(&site.archive, DocId::from(id), body);
        }
        assert_eq!(site.citations.by_symbol, one_by_one.by_symbol);
        assert_eq!(site.citations.cited_by, one_by_one.cited_by);
        let cited = |symbol: &str| site.citations.by_symbol[&Symbol::parse(symbol).expect("a symbol")].len();
        assert_eq!((cited("A/HRC/RES/5/1"), cited("A/HRC/RES/16/21"), cited("A/RES/60/251")), (3, 2, 2));
        assert!(site.citations.cited_by.iter().any(|citers| citers.len() == 2), "both letters cite the report");
    }
}
