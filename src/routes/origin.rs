//! Where a route comes from, for the error that two routes share a path: the file and
//! line that made each. Worked out only when there is such an error.

use std::fmt;
use std::path::{Path, PathBuf};

use super::{Page, Sources};
use crate::archive::DocId;
use crate::diagnostics::Diagnostic;
use crate::model::Symbol;

/// A place in the site's files, or a page every site has.
enum Origin {
    At { file: PathBuf, line: usize },
    Builtin(&'static str),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::At { file, line } => write!(f, "{}:{line}", file.display()),
            Self::Builtin(what) => f.write_str(what),
        }
    }
}

/// The error that `first` and `second` are both published at `path`, reported where
/// `second` comes from and naming where `first` does.
pub(super) fn clash(sources: Sources<'_>, path: &str, first: &Page, second: &Page) -> Diagnostic {
    let (first_origin, second_origin) = (origin(sources, first), origin(sources, second));
    let message = format!(
        "{} and {} would both be published at /{path} (the other comes from {first_origin}); \
         each page needs an address of its own, so correct or rename one of them",
        describe(second),
        describe(first),
    );
    match second_origin {
        Origin::At { file, line } => {
            let diagnostic = Diagnostic::error(&file, line, message);
            match std::fs::read_to_string(sources.root.join(&file)) {
                Ok(text) => diagnostic.with_source(&text),
                Err(_) => diagnostic,
            }
        }
        Origin::Builtin(_) => Diagnostic::error(Path::new(path), 0, message),
    }
}

fn describe(page: &Page) -> String {
    match page {
        Page::Document(_) => "a document".into(),
        Page::Symbol(symbol) => format!("the page of {symbol}"),
        Page::SymbolAlias(symbol) => format!("the redirect from {symbol}"),
        Page::Session(session) => format!("the page of session `{session}`"),
        Page::SessionFeed(session) => format!("the feed of session `{session}`"),
        Page::Signatory(slug) => format!("the page of signatory `{slug}`"),
        Page::Tag(slug) => format!("the page of tag `{slug}`"),
        Page::Static(path) => format!("the theme's file `static/{path}`"),
        other => format!("the site's {other:?} page"),
    }
}

fn origin(sources: Sources<'_>, page: &Page) -> Origin {
    let archive = sources.archive;
    let field = |id: DocId, field: &str| {
        let doc = &archive.documents[id];
        Origin::At { file: doc.source.path.clone(), line: doc.source.fields.line(field) }
    };
    match page {
        Page::Document(id) => field(*id, "slug"),
        Page::Session(session) | Page::SessionFeed(session) => archive
            .by_session
            .get(session)
            .and_then(|ids| ids.first())
            .map_or(Origin::Builtin("a vote"), |&id| field(id, "session")),
        Page::Signatory(slug) => archive
            .signatories
            .get(slug)
            .and_then(|s| s.documents.first())
            .map_or(Origin::Builtin("the organisations registry"), |&id| field(id, "signatories")),
        Page::Tag(slug) => archive
            .tags
            .get(slug)
            .and_then(|t| t.documents.first())
            .map_or(Origin::Builtin("a tag"), |&id| field(id, "tags")),
        Page::Symbol(symbol) | Page::SymbolAlias(symbol) => {
            // A page may be there for a revision's citation alone, a redirect for the registry.
            let resolutions = &archive.registries.resolutions;
            let stands_for = |cited: &Symbol| cited == symbol || resolutions.page_symbol(cited).as_ref() == symbol;
            let by_symbol = &sources.citations.by_symbol;
            let cited =
                by_symbol.get_key_value(symbol).or_else(|| by_symbol.iter().find(|(cited, _)| stands_for(cited)));
            let cited = cited.and_then(|(cited, citations)| Some((cited, citations.first()?.doc)));
            let voted = || {
                let mut voted = sources.votes.votes.iter().filter_map(|vote| Some((vote.on.as_ref()?, vote.doc())));
                voted.find(|(on, _)| stands_for(on))
            };
            match cited.or_else(voted) {
                Some((printed, id)) => cited_at(sources, id, printed.as_str()),
                None => Origin::At { file: "data/resolutions.yaml".into(), line: 0 },
            }
        }
        Page::Static(path) => {
            Origin::At { file: Path::new("themes").join(sources.theme).join("static").join(path), line: 0 }
        }
        _ => Origin::Builtin("the site itself"),
    }
}

/// The first line of document `id`'s file that prints `printed`, else its `symbols:` line.
fn cited_at(sources: Sources<'_>, id: DocId, printed: &str) -> Origin {
    let doc = &sources.archive.documents[id];
    let text = std::fs::read_to_string(sources.root.join(&doc.source.path)).unwrap_or_default();
    let line = text.lines().position(|line| line.contains(printed)).map(|at| at + 1);
    Origin::At { file: doc.source.path.clone(), line: line.unwrap_or_else(|| doc.source.fields.line("symbols")) }
}
