//! Splitting a content file into YAML front matter and Markdown body, and turning
//! the front matter into a typed [`Document`].

use std::fmt;
use std::path::Path;

use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};

use crate::diagnostics::Diagnostic;
use crate::model::{Body, Document, FieldLines, Kind, Lang, PartialDate, SessionId, Slug, Source, Symbol};
use crate::votes::VoteEntry;

/// The two halves of a content file. Lines are 1-based lines of the whole file.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    pub yaml_line: usize,
    pub body: &'a str,
    pub body_line: usize,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SplitError {
    #[error("the file is empty: a document starts with front matter between `---` lines")]
    Empty,
    #[error("no front matter: the first line must be `---`, followed by the document's fields")]
    NoOpening,
    #[error("the front matter opened on line 1 is never closed with a `---` line")]
    Unclosed,
}

/// `text` must already have `\n` line endings and no BOM.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    if text.trim().is_empty() {
        return Err(SplitError::Empty);
    }
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    if first.trim_end() != "---" {
        return Err(SplitError::NoOpening);
    }
    let yaml_start = first.len() + 1;
    let mut offset = yaml_start;
    for (index, line) in rest.split_inclusive('\n').enumerate() {
        if line.trim_end() == "---" {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line: 2,
                body: &text[offset + line.len()..],
                body_line: index + 3,
            });
        }
        offset += line.len();
    }
    Err(SplitError::Unclosed)
}

/// Exactly the fields of the content model; anything else is refused.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    kind: Kind,
    /// Left out when the source prints no date: nothing is invented.
    date: Option<PartialDate>,
    language: Option<Lang>,
    translation_of: Option<String>,
    #[serde(default)]
    session: OneOrMany,
    to: Option<String>,
    #[serde(default)]
    signatories: Vec<String>,
    #[serde(default)]
    symbols: Vec<String>,
    symbol: Option<String>,
    #[serde(default)]
    related: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    summary: Option<String>,
    source: Option<String>,
    #[serde(default)]
    draft: bool,
    slug: Option<String>,
    #[serde(default)]
    votes: Vec<VoteEntry>,
}

/// `session: HRC43` and `session: [HRC43, HRC44]` alike.
#[derive(Debug, Default)]
struct OneOrMany(Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor;
        impl<'de> Visitor<'de> for OneOrManyVisitor {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a session name such as HRC43, or a list of them")
            }
            fn visit_str<E: de::Error>(self, one: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![one.to_owned()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut many = Vec::new();
                while let Some(one) = seq.next_element::<String>()? {
                    many.push(one);
                }
                Ok(OneOrMany(many))
            }
        }
        deserializer.deserialize_any(OneOrManyVisitor)
    }
}

/// Parses one content file. `path` is relative to the site root, `content_path`
/// relative to `content/`.
pub fn parse_document(path: &Path, content_path: &str, text: String) -> Result<Document, Vec<Diagnostic>> {
    let fail = |line: usize, message: String| vec![Diagnostic::error(path, line, message).with_source(&text)];
    let split = match split(&text) {
        Ok(split) => split,
        Err(error) => return Err(fail(1, error.to_string())),
    };
    if split.yaml.trim().is_empty() {
        return Err(fail(
            1,
            "the front matter is empty: `title` and `kind` are required, and `date` when the source prints one".into(),
        ));
    }
    let front: FrontMatter =
        crate::yaml::parse(split.yaml, path, split.yaml_line, &text, "FrontMatter").map_err(|d| vec![d])?;
    let fields = FieldLines::scan(split.yaml, split.yaml_line);
    // The body is the end of the text.
    let body_start = text.len() - split.body.len();
    let body_line = split.body_line;

    let mut errors = Vec::new();
    let mut error = |field: &str, message: String| {
        errors.push(Diagnostic::error(path, fields.line(field), format!("{field}: {message}")).with_source(&text));
    };

    let title = front.title.trim().to_owned();
    if title.is_empty() {
        error("title", "must not be empty".into());
    }
    let slug = match &front.slug {
        Some(requested) => Slug::from_text(requested).or_else(|| {
            error("slug", format!("`{requested}` leaves no letters or digits to make a URL from"));
            None
        }),
        None => Slug::from_text(without_language(file_stem_without_date(path), front.language)).or_else(|| {
            error("title", "the file name leaves no letters or digits for a URL: set `slug:`".into());
            None
        }),
    };
    let mut symbol_list = |field: &str, texts: Vec<String>| -> Vec<Symbol> {
        texts.iter().filter_map(|text| Symbol::parse(text).map_err(|e| error(field, e.to_string())).ok()).collect()
    };
    let symbols = symbol_list("symbols", front.symbols);
    let symbol = symbol_list("symbol", front.symbol.into_iter().collect()).pop();
    let related = front
        .related
        .iter()
        .filter_map(|text| {
            Slug::from_text(text).or_else(|| {
                error("related", format!("`{text}` is not a document slug"));
                None
            })
        })
        .collect();
    for (field, list) in [("signatories", &front.signatories), ("tags", &front.tags), ("session", &front.session.0)] {
        if list.iter().any(|item| item.trim().is_empty()) {
            error(field, "has an empty entry".into());
        }
    }
    for tag in &front.tags {
        if Slug::from_text(tag).is_none() {
            error("tags", format!("`{tag}` leaves no letters or digits to make a URL from"));
        }
    }
    let sessions: Vec<SessionId> = front
        .session
        .0
        .iter()
        .filter(|text| !text.trim().is_empty())
        .filter_map(|text| SessionId::parse(text).map_err(|e| error("session", e.to_string())).ok())
        .collect();
    if let Some(url) = &front.source
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        error("source", format!("`{url}` is not an http(s) address"));
    }

    let Some(slug) = slug.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    Ok(Document {
        source: Source { path: path.to_owned(), content_path: content_path.to_owned(), text, fields, body_line },
        kind: front.kind,
        slug,
        title,
        language: front.language,
        translation_of: front.translation_of.map(|path| path.trim().trim_start_matches('/').to_owned()),
        date: front.date,
        sessions,
        to: front.to.map(|to| to.trim().to_owned()).filter(|to| !to.is_empty()),
        signatories: front.signatories.iter().map(|s| s.trim().to_owned()).collect(),
        symbols,
        symbol,
        related,
        tags: front.tags.iter().map(|t| t.trim().to_owned()).collect(),
        summary: front.summary.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
        source_url: front.source,
        draft: front.draft,
        votes: front.votes,
        body: Body::From(body_start),
    })
}

/// `joint-statement.fr` (of `joint-statement.fr.md`) is `joint-statement` when the
/// document is in French: the language is already in the front matter, and its URL.
fn without_language(stem: &str, language: Option<Lang>) -> &str {
    language.and_then(|lang| stem.strip_suffix(lang.code())?.strip_suffix('.')).unwrap_or(stem)
}

/// `2020-06-22-joint-statement.md` is `joint-statement`: the date is already in the front matter.
fn file_stem_without_date(path: &Path) -> &str {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    let bytes = stem.as_bytes();
    let dated = bytes.len() > 11
        && bytes[..10].iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() })
        && bytes[10] == b'-';
    if dated { &stem[11..] } else { stem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_from_body_with_file_lines() {
        let split = split("---\ntitle: x\n---\nBody\n").ok();
        assert_eq!(split, Some(Split { yaml: "title: x\n", yaml_line: 2, body: "Body\n", body_line: 4 }));
    }

    #[test]
    fn refuses_files_without_closed_front_matter() {
        assert_eq!(split(""), Err(SplitError::Empty));
        assert_eq!(split("title: x\n"), Err(SplitError::NoOpening));
        assert_eq!(split("---\ntitle: x\n"), Err(SplitError::Unclosed));
        assert_eq!(split("---\ntitle: x\n---"), Ok(Split { yaml: "title: x\n", yaml_line: 2, body: "", body_line: 4 }));
    }

    #[test]
    fn file_dates_are_not_part_of_the_slug() {
        assert_eq!(file_stem_without_date(Path::new("a/2020-06-22-joint-statement.md")), "joint-statement");
        assert_eq!(file_stem_without_date(Path::new("a/hrc43-annex.md")), "hrc43-annex");
    }

    #[test]
    fn one_session_or_many() {
        let text = "---\ntitle: T\nkind: letter\ndate: 2018\nsession: [HRC43, HRC44]\n---\n".to_owned();
        let doc = parse_document(Path::new("content/letters/t.md"), "letters/t.md", text).ok();
        let sessions = doc.map(|d| d.sessions);
        assert_eq!(sessions, Some(vec![SessionId::Regular(43), SessionId::Regular(44)]));
    }
}
