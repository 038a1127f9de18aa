//! `serve`'s rebuild after an edit. Most edits change a document's text and nothing
//! else another page shows: not its front matter (title, date, sessions, signatories…,
//! which lists, feeds and other pages print), not its anchors (which links into it are
//! checked against), not its citations (which symbol pages quote), not its vote sheets.
//! Such an edit changes its own page and the search index, so only those are rendered
//! and written; what lands on disk is what a full build would write. Any other edit is
//! left to a full build.

use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;
use crate::markdown::{self, Highlighter, RenderedBody};
use crate::model::Document;
use crate::output::OutputError;
use crate::pipeline::{ArchiveResolver, BuildFailure, Site, search_entry};

/// What an edit rebuilt: pages, then search files, below the output folder.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Rebuilt {
    pub pages: Vec<String>,
    pub search_files: Vec<String>,
}

impl Site {
    /// Re-renders the pages of `edited` files if every one is a text-only edit of a
    /// document the site has, writes them and returns their paths; `None` when a full
    /// build is needed. The search index is left to [`Site::write_search_index`], so
    /// that the edited page reaches the reader first.
    pub fn rebuild_edited(&mut self, edited: &[PathBuf]) -> Option<Result<Vec<String>, BuildFailure>> {
        let mut updates = Vec::new();
        for path in edited {
            updates.push(self.text_edit(path)?);
        }
        let mut pages = Vec::new();
        for (id, doc, body) in updates {
            self.archive.documents[id] = doc;
            self.bodies[id] = body;
            self.search[id] = search_entry(&self.archive, id, &mut self.bodies[id]);
            let written = self.page(id).map_err(|d| BuildFailure(vec![d])).and_then(|page| {
                crate::output::replace(&self.output_dir, &page).map_err(|e| self.write_failure(&e))?;
                Ok(page.path)
            });
            match written {
                Ok(path) => pages.push(path),
                Err(failure) => return Some(Err(failure)),
            }
        }
        Some(Ok(pages))
    }

    /// Rewrites the search files whose bytes changed; returns their paths.
    pub fn write_search_index(&self) -> Result<Vec<String>, BuildFailure> {
        let mut written = Vec::new();
        for file in self.search_index()? {
            if crate::output::replace(&self.output_dir, &file).map_err(|e| self.write_failure(&e))? {
                written.push(file.path);
            }
        }
        Ok(written)
    }

    fn write_failure(&self, error: &OutputError) -> BuildFailure {
        BuildFailure(vec![Diagnostic::error(&self.output_dir, 0, error.to_string())])
    }

    /// The document `path` holds now, its id and rendered body, if the edit changed
    /// only what its own page shows.
    fn text_edit(&self, path: &Path) -> Option<(usize, Document, RenderedBody)> {
        let root = self.root.canonicalize().ok()?;
        let file = path.canonicalize().ok()?;
        let content_dir = root.join("content");
        let content_path = file.strip_prefix(&content_dir).ok()?.to_string_lossy().replace('\\', "/");
        let id = self.archive.by_content_path(&content_path)?;
        let old = &self.archive.documents[id];
        let doc = crate::load::load_file(&root, &content_dir, &file).ok()?;
        if front_matter(&doc)? != front_matter(old)? || doc.source.body_line != old.source.body_line {
            return None;
        }
        let parsed = markdown::parse(&doc.body);
        if parsed.anchors != self.anchors[id] {
            return None;
        }
        let resolver = ArchiveResolver::new(&self.archive, &self.urls, &self.anchors);
        let raw_html = crate::pipeline::raw_html(&self.config);
        let body = markdown::render(parsed, &resolver, &Highlighter::default(), raw_html).ok()?;
        let before = &self.bodies[id];
        let same = body.citations == before.citations
            && body.cited_documents == before.cited_documents
            && body.vote_blocks == before.vote_blocks
            && body.warnings == before.warnings;
        same.then_some((id, doc, body))
    }
}

fn front_matter(doc: &Document) -> Option<&str> {
    crate::load::split(&doc.source.text).ok().map(|split| split.yaml)
}
