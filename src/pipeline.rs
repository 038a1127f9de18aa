//! The build, stage by stage: load → resolve → render Markdown → render pages → write.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::archive::Archive;
use crate::config::{BaseUrl, SiteConfig};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::markdown::{self, Highlighter, LinkResolver, RenderedBody};
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
    pub files: usize,
    pub output_dir: PathBuf,
    pub elapsed: Duration,
    pub warnings: Vec<Diagnostic>,
}

/// Everything that went wrong, warnings included, sorted for display.
#[derive(Debug)]
pub struct BuildFailure(pub Vec<Diagnostic>);

pub fn build(options: &BuildOptions) -> Result<BuildReport, BuildFailure> {
    let started = Instant::now();
    let root = options.root.as_path();
    let fail_with = |diagnostic: Diagnostic| BuildFailure(vec![diagnostic]);
    let config = SiteConfig::load(root).map_err(fail_with)?;
    let base_text = options.base_url.as_deref().unwrap_or(&config.base_url);
    let base = BaseUrl::parse(base_text).map_err(|m| fail_with(Diagnostic::error(Path::new("--base-url"), 0, m)))?;
    let output_dir = options.output.clone().unwrap_or_else(|| root.join(&config.output_dir));
    crate::output::check_output_dir(root, &output_dir)
        .map_err(|e| fail_with(Diagnostic::error(&output_dir, 0, e.to_string())))?;

    let mut diagnostics = Diagnostics::default();
    let loaded = crate::load::load_content(root, options.drafts);
    diagnostics.extend(loaded.diagnostics.into_sorted());
    let registries = crate::registry::load(root, &mut diagnostics);
    // Resolving documents that failed to load would only add confusing follow-on errors.
    stop_on_errors(&mut diagnostics)?;

    let archive = Archive::assemble(loaded.documents, registries, &mut diagnostics);
    let urls = Urls { base };
    let bodies = render_bodies(&archive, &urls, &mut diagnostics);
    stop_on_errors(&mut diagnostics)?;
    let sources = vote_sources(&archive, &bodies, &mut diagnostics);
    stop_on_errors(&mut diagnostics)?;
    let votes = VoteIndex::build(&archive, sources, &archive.registries.states, &mut diagnostics);
    stop_on_errors(&mut diagnostics)?;

    let theme = Theme::load(root, &config.theme).map_err(fail_with)?;
    let renderer = Renderer::new(theme, &config, urls, &archive, &votes).map_err(fail_with)?;
    let files = renderer.render_site(&archive, &votes, bodies).map_err(BuildFailure)?;
    crate::output::publish(&output_dir, &files)
        .map_err(|e| fail_with(Diagnostic::error(&output_dir, 0, e.to_string())))?;

    Ok(BuildReport {
        documents: archive.documents.len(),
        pages: files.iter().filter(|f| f.path.ends_with(".html")).count(),
        files: files.len(),
        output_dir,
        elapsed: started.elapsed(),
        warnings: diagnostics.into_sorted(),
    })
}

fn stop_on_errors(diagnostics: &mut Diagnostics) -> Result<(), BuildFailure> {
    if diagnostics.has_errors() {
        return Err(BuildFailure(std::mem::take(diagnostics).into_sorted()));
    }
    Ok(())
}

struct ArchiveLinks<'a> {
    archive: &'a Archive,
    urls: &'a Urls,
}

impl LinkResolver for ArchiveLinks<'_> {
    fn resolve(&self, content_path: &str) -> Option<String> {
        let id = self.archive.by_content_path(content_path)?;
        Some(self.urls.document(&self.archive.documents[id]))
    }
}

fn render_bodies(archive: &Archive, urls: &Urls, diagnostics: &mut Diagnostics) -> Vec<RenderedBody> {
    let links = ArchiveLinks { archive, urls };
    let highlighter = Highlighter::default();
    let results: Vec<_> =
        archive.documents.par_iter().map(|doc| markdown::render(&doc.body, &links, &highlighter)).collect();
    results
        .into_iter()
        .zip(&archive.documents)
        .map(|(result, doc)| match result {
            Ok(rendered) => rendered,
            Err(problems) => {
                for problem in problems {
                    let line = doc.source.body_line + problem.line - 1;
                    diagnostics
                        .push(Diagnostic::error(&doc.source.path, line, problem.message).with_source(&doc.source.text));
                }
                RenderedBody::default()
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
