//! One archive document, as loaded from its Markdown file.

use std::path::PathBuf;

use super::{Kind, Lang, PartialDate, SessionId, Slug, Symbol};
use crate::votes::VoteEntry;

/// Where a document came from, kept so that every later stage can point at a line.
#[derive(Debug, Clone)]
pub struct Source {
    /// Relative to the site root, for messages: `content/letters/x.md`.
    pub path: PathBuf,
    /// Relative to `content/`, with `/` separators: what `@/` links name.
    pub content_path: String,
    /// The file's text after BOM and line-ending normalisation.
    pub text: String,
    pub fields: FieldLines,
    /// Line of the file on which the Markdown body starts.
    pub body_line: usize,
}

/// The line of each top-level front-matter field, for messages about its value.
#[derive(Debug, Clone, Default)]
pub struct FieldLines(Vec<(String, usize)>);

impl FieldLines {
    pub fn scan(front_matter: &str, first_line: usize) -> Self {
        Self(
            front_matter
                .lines()
                .enumerate()
                .filter_map(|(i, line)| {
                    let key = line.split_once(':')?.0;
                    let top_level = !key.is_empty() && !key.starts_with([' ', '\t', '-', '#']);
                    top_level.then(|| (key.trim().to_owned(), first_line + i))
                })
                .collect(),
        )
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|(key, _)| key == field)
    }

    /// The field's line, or the front matter's first line when it is absent.
    pub fn line(&self, field: &str) -> usize {
        self.0
            .iter()
            .find(|(key, _)| key == field)
            .map_or_else(|| self.0.first().map_or(1, |(_, line)| *line), |(_, line)| *line)
    }
}

#[derive(Debug, Clone)]
pub struct Document {
    pub source: Source,
    pub kind: Kind,
    pub slug: Slug,
    pub title: String,
    /// The language it is written in, when it says so; else the site's.
    pub language: Option<Lang>,
    /// The path below `content/` of the document it translates.
    pub translation_of: Option<String>,
    /// `None` when the source prints no date: the document is then placed by its
    /// session, and no page, list, feed or file gives it one.
    pub date: Option<PartialDate>,
    pub sessions: Vec<SessionId>,
    pub to: Option<String>,
    /// As printed, in the printed order; merged into organisations later.
    pub signatories: Vec<String>,
    pub symbols: Vec<Symbol>,
    pub symbol: Option<Symbol>,
    pub related: Vec<Slug>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub source_url: Option<String>,
    pub draft: bool,
    pub votes: Vec<VoteEntry>,
    pub body: Body,
}

/// Where a document's Markdown body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    /// In `source.text` from this offset on, after the front matter: an archive's
    /// worth of bodies copied out would double the memory its text takes.
    From(usize),
    /// Let go once loaded, `source.text` keeping only the front matter: the Markdown
    /// stage reads each body again as it renders it, and the pages are made from the
    /// rendered body. An archive's text held until then would weigh as much as all of
    /// its HTML.
    Released,
}

impl Document {
    /// The Markdown body, after the front matter; `None` once released.
    pub fn body(&self) -> Option<&str> {
        match self.body {
            Body::From(start) => self.source.text.get(start..),
            Body::Released => None,
        }
    }

    /// The front matter with its `---` lines: all a document shows but its body.
    pub fn front_matter(&self) -> &str {
        match self.body {
            Body::From(start) => self.source.text.get(..start).unwrap_or_default(),
            Body::Released => &self.source.text,
        }
    }

    /// Frees the body's text, keeping the front matter.
    pub fn release_body(&mut self) {
        if self.body != Body::Released {
            // A copy, so that the memory goes back: truncating keeps the capacity.
            self.source.text = self.front_matter().to_owned();
            self.body = Body::Released;
        }
    }

    /// Newest first, the undated after every dated one, then by title, then by file: a
    /// total order, so that listings are stable between builds and a document edited
    /// alone can be put back in its place. An undated document has no place among the
    /// days; its session places it (see `Archive::by_session`).
    pub fn newest_first(a: &Document, b: &Document) -> std::cmp::Ordering {
        // `None` orders before `Some`, so, compared the other way round, it comes last.
        b.date
            .map(PartialDate::sort_key)
            .cmp(&a.date.map(PartialDate::sort_key))
            .then_with(|| a.title.cmp(&b.title))
            .then_with(|| a.source.content_path.cmp(&b.source.content_path))
    }
}
