//! The build, stage by stage: load → resolve → Markdown (anchors, then links and
//! citations) → votes → pages → write. `check` runs every stage but the last.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::archive::Archive;
use crate::citations::{CitationIndex, DocTarget, Resolver, SymbolTarget};
use crate::config::{BaseUrl, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markdown::{self, Highlighter, RenderedBody};
use crate::model::Symbol;
use crate::output::{Discard, OutputError, Sink, Staging};
use crate::progress::{Progress, Silent};
use crate::render::{Renderer, Theme, Urls};
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
    let started = Instant::now();
    let (site, warnings) = run(options, progress, Target::Output)?;
    Ok(BuildReport {
        documents: site.documents,
        pages: site.pages,
        output_dir: site.output_dir,
        elapsed: started.elapsed(),
        warnings,
    })
}

/// Runs every stage of a build without writing anything; returns every problem found.
pub fn check(options: &BuildOptions) -> (usize, Vec<Diagnostic>) {
    match run(options, &Silent, Target::Nowhere) {
        Ok((site, warnings)) => (site.documents, warnings),
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

struct SiteSummary {
    output_dir: PathBuf,
    documents: usize,
    pages: usize,
}

fn run(
    options: &BuildOptions,
    progress: &dyn Progress,
    target: Target,
) -> Result<(SiteSummary, Vec<Diagnostic>), BuildFailure> {
    let root = options.root.as_path();
    let fail_with = |diagnostic: Diagnostic| BuildFailure(vec![diagnostic]);
    let config = SiteConfig::load(root).map_err(fail_with)?;
    let base_text = options.base_url.as_deref().unwrap_or(&config.base_url);
    let base = BaseUrl::parse(base_text).map_err(|m| fail_with(Diagnostic::error(Path::new("--base-url"), 0, m)))?;
    let output_dir = options.output.clone().unwrap_or_else(|| root.join(&config.output_dir));
    let write_error = |e: OutputError| fail_with(Diagnostic::error(&output_dir, 0, e.to_string()));
    crate::output::check_output_dir(root, &output_dir).map_err(write_error)?;
    let staging = match target {
        Target::Output => Some(Staging::open(&output_dir).map_err(write_error)?),
        Target::Nowhere => None,
    };
    let sink: &dyn Sink = staging.as_ref().map_or(&Discard, |staging| staging);

    let mut diagnostics = Diagnostics::default();
    progress.stage("Loading", 0);
    let loaded = crate::load::load_content(root, options.drafts);
    diagnostics.extend(loaded.diagnostics.into_sorted());
    let registries = crate::registry::load(root, &mut diagnostics);
    // Resolving documents that failed to load would only add confusing follow-on errors.
    stop_on_errors(&mut diagnostics)?;

    progress.stage("Resolving", 0);
    let archive = Archive::assemble(loaded.documents, registries, &mut diagnostics);
    let urls = Urls { base };
    let raw_html = if config.unsafe_html { markdown::RawHtml::Trusted } else { markdown::RawHtml::Sanitised };
    let mut bodies = render_bodies(&archive, &urls, raw_html, progress, &mut diagnostics);
    stop_on_errors(&mut diagnostics)?;
    progress.stage("Citations and votes", 0);
    let citations = CitationIndex::build(&archive, &bodies);
    let sources = vote_sources(&archive, &bodies, &mut diagnostics);
    stop_on_errors(&mut diagnostics)?;
    let votes = VoteIndex::build(&archive, sources, &archive.registries.states, &mut diagnostics);
    stop_on_errors(&mut diagnostics)?;

    let theme = Theme::load(root, &config.theme).map_err(fail_with)?;
    let search = search_entries(&archive, &mut bodies);
    let renderer = Renderer::new(theme, &config, urls, &archive, &votes, &citations).map_err(fail_with)?;
    // Pages and the search index are independent: rayon shares the cores between them.
    let (pages, search_files) = rayon::join(
        || renderer.render_site(&archive, &votes, &citations, bodies, progress, sink),
        || match target {
            // Plurals are folded by English rules, so only on sites in English.
            Target::Output => crate::search::index(&search, config.language.starts_with("en")),
            Target::Nowhere => Ok(Vec::new()),
        },
    );
    let pages = pages.map_err(BuildFailure)?;
    let index_error = |e: serde_json::Error| fail_with(Diagnostic::error(Path::new("search index"), 0, e.to_string()));
    search_files.map_err(index_error)?.into_iter().try_for_each(|file| sink.put(file)).map_err(write_error)?;
    if let Some(staging) = staging {
        staging.commit().map_err(write_error)?;
    }
    let summary = SiteSummary { output_dir, documents: archive.documents.len(), pages };
    Ok((summary, diagnostics.into_sorted()))
}

/// Every document as the search index sees it; the bodies give up their plain text.
fn search_entries(archive: &Archive, bodies: &mut [RenderedBody]) -> Vec<crate::search::Entry> {
    archive
        .documents
        .iter()
        .zip(bodies)
        .zip(&archive.signed_by)
        .map(|((doc, body), organisations)| crate::search::Entry {
            path: doc.path(),
            title: doc.title.clone(),
            kind: doc.kind.label(),
            date: doc.date.to_string(),
            sessions: doc.sessions.iter().map(ToString::to_string).collect(),
            signatories: organisations.iter().map(|org| org.name.clone()).collect(),
            // The page shows the addressee and the signatories with the body.
            text: [std::mem::take(&mut body.text), doc.to.clone().unwrap_or_default(), doc.signatories.join("\n")]
                .join("\n"),
        })
        .collect()
}

fn stop_on_errors(diagnostics: &mut Diagnostics) -> Result<(), BuildFailure> {
    if diagnostics.has_errors() {
        return Err(BuildFailure(std::mem::take(diagnostics).into_sorted()));
    }
    Ok(())
}

/// The archive as the Markdown stage sees it: every page's URL and the ids it defines.
struct ArchiveResolver<'a> {
    archive: &'a Archive,
    urls: &'a Urls,
    anchors: Vec<HashSet<String>>,
}

impl ArchiveResolver<'_> {
    fn target(&self, id: usize) -> DocTarget<'_> {
        DocTarget { id, url: self.urls.document(&self.archive.documents[id]), anchors: &self.anchors[id] }
    }
}

impl Resolver for ArchiveResolver<'_> {
    fn document(&self, content_path: &str) -> Option<DocTarget<'_>> {
        self.archive.by_content_path(content_path).map(|id| self.target(id))
    }

    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
        match self.archive.by_own_symbol(symbol) {
            Some(id) => SymbolTarget::Document(self.target(id)),
            None => SymbolTarget::Page(self.urls.symbol(symbol)),
        }
    }
}

fn render_bodies(
    archive: &Archive,
    urls: &Urls,
    raw_html: markdown::RawHtml,
    progress: &dyn Progress,
    diagnostics: &mut Diagnostics,
) -> Vec<RenderedBody> {
    progress.stage("Markdown", archive.documents.len());
    // First every body's anchors, so that links between documents can be checked.
    let parsed: Vec<markdown::Parsed<'_>> =
        archive.documents.par_iter().map(|doc| markdown::parse(&doc.body)).collect();
    let resolver = ArchiveResolver { archive, urls, anchors: parsed.iter().map(|p| p.anchors.clone()).collect() };
    let highlighter = Highlighter::default();
    let results: Vec<_> = parsed
        .into_par_iter()
        .map(|parsed| {
            let rendered = markdown::render(parsed, &resolver, &highlighter, raw_html);
            progress.advance(1);
            rendered
        })
        .collect();
    results
        .into_iter()
        .zip(&archive.documents)
        .map(|(result, doc)| {
            let at = |line: usize, column: usize, message: String, error: bool| {
                let line = if line == 0 { doc.source.body_line } else { doc.source.body_line + line - 1 };
                let diagnostic = if error {
                    Diagnostic::error(&doc.source.path, line, message)
                } else {
                    Diagnostic::warning(&doc.source.path, line, message)
                };
                diagnostic.at_column(column).with_source(&doc.source.text)
            };
            match result {
                Ok(rendered) => {
                    diagnostics
                        .extend(rendered.warnings.iter().map(|w| at(w.line, w.column, w.message.clone(), false)));
                    rendered
                }
                Err(problems) => {
                    diagnostics.extend(problems.into_iter().map(|p| at(p.line, p.column, p.message, true)));
                    RenderedBody::default()
                }
            }
        })
        .collect()
}

/// Each document's votes: its front-matter `votes:`, then its vote blocks in body order.
fn vote_sources(
    archive: &Archive,
    bodies: &[RenderedBody],
    diagnostics: &mut Diagnostics,
) -> Vec<Vec<(VoteSource, usize)>> {
    archive
        .documents
        .iter()
        .zip(bodies)
        .map(|(doc, body)| {
            let front_line = doc.source.fields.line("votes");
            let mut sources: Vec<(VoteSource, usize)> =
                doc.votes.iter().map(|entry| (VoteSource::FrontMatter(entry.clone()), front_line)).collect();
            for (slot, block) in body.vote_blocks.iter().enumerate() {
                let first_line = doc.source.body_line + block.line - 1;
                match parse_sheet(&block.text) {
                    Ok(sheet) => sources.push((VoteSource::Sheet { sheet, slot, depth: block.depth }, first_line)),
                    Err(error) => diagnostics.push(
                        Diagnostic::error(&doc.source.path, first_line + error.line - 1, error.message)
                            .with_source(&doc.source.text),
                    ),
                }
            }
            sources
        })
        .collect()
}
