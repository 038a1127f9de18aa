//! `serve`'s rebuild after an edit. Most edits change a document's text and nothing
//! else another page shows: not its front matter (title, date, sessions, signatories…,
//! which lists, feeds and other pages print), not its anchors (which links into it are
//! checked against), not its citations (which symbol pages quote), not its vote sheets.
//! Such an edit changes its own page and the search index, so only those are rendered
//! and written; what lands on disk is what a full build would write. Any other edit is
//! left to a full build.

use std::path::{Path, PathBuf};

use crate::markdown::{self, Highlighter, RenderedBody};
use crate::model::Document;
use crate::pipeline::{ArchiveResolver, BuildFailure, Site, search_entry};

/// What an edited path means for the site.
enum Edit {
    /// A document's text changed, and nothing that other pages show.
    Text(Box<(usize, Document, RenderedBody)>),
    /// Not part of the site: an editor's temporary file in `content/`, a folder.
    Irrelevant,
}

impl Site {
    /// Re-renders the pages of `edited` files if every one is a text-only edit of a
    /// document the site has (or no part of the site), writes them and returns their
    /// paths; `None` when a full build is needed. The search index is left to
    /// [`Site::write_search_index`], so that the edited page reaches the reader first.
    pub fn rebuild_edited(&mut self, edited: &[PathBuf]) -> Option<Result<Vec<String>, BuildFailure>> {
        let mut updates = Vec::new();
        for path in edited {
            match self.edit(path)? {
                Edit::Text(update) => updates.push(*update),
                Edit::Irrelevant => {}
            }
        }
        let mut pages = Vec::new();
        for (id, mut doc, mut body) in updates {
            doc.release_body();
            self.archive.documents[id] = doc;
            self.search[id] = search_entry(&self.archive, id, &mut body, &self.config);
            let html = std::mem::take(&mut body.html);
            self.bodies[id] = body;
            let written = self.page(id, &html).map_err(|d| BuildFailure(vec![d])).and_then(|page| {
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

    /// What the edit at `path` means; `None` when it may change more than one page.
    fn edit(&self, path: &Path) -> Option<Edit> {
        let root = self.root.canonicalize().ok()?;
        // A file already gone has no canonical path; its folder may.
        let file = match path.canonicalize() {
            Ok(file) => file,
            Err(_) => path.parent()?.canonicalize().ok()?.join(path.file_name()?),
        };
        let content_dir = root.join("content");
        let content_path = file.strip_prefix(&content_dir).ok()?.to_string_lossy().replace('\\', "/");
        let Some(id) = self.archive.by_content_path(&content_path) else {
            // A new document changes lists and more, and so does a folder of documents
            // moved away; folders that are there report their files' own events, and
            // anything else (an editor's temporary file) is no part of the site.
            let new_document = file.is_file() && file.extension().is_some_and(|ext| ext == "md");
            let folder = format!("{content_path}/");
            let gone_folder =
                !file.exists() && self.archive.documents.iter().any(|doc| doc.source.content_path.starts_with(&folder));
            return (!new_document && !gone_folder).then_some(Edit::Irrelevant);
        };
        let old = &self.archive.documents[id];
        let doc = crate::load::load_file(&root, &content_dir, &file).ok()?;
        if doc.front_matter() != old.front_matter() {
            return None;
        }
        let parsed = markdown::parse(doc.body()?);
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
        same.then(|| Edit::Text(Box::new((id, doc, body))))
    }
}
