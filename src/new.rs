//! `plenary new`: a new document file, with the front matter of its kind filled in.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::model::{Kind, Lang, Slug};

#[derive(Debug, thiserror::Error)]
pub enum NewError {
    #[error("the title `{0}` has no letters or digits to name a file after")]
    NoSlug(String),
    #[error("{0} already exists; choose another title or edit that file")]
    Exists(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// Creates `content/<section>/<date>-<slug>.md` below `root`, in `language` when it is
/// given; returns its path.
pub fn create(
    root: &Path,
    kind: Kind,
    title: &str,
    today: time::Date,
    language: Option<Lang>,
) -> Result<PathBuf, NewError> {
    let slug = Slug::from_text(title).ok_or_else(|| NewError::NoSlug(title.to_owned()))?;
    let date = format!("{:04}-{:02}-{:02}", today.year(), u8::from(today.month()), today.day());
    let path = root.join("content").join(kind.section()).join(format!("{date}-{slug}.md"));
    let io = |source| NewError::Io { path: path.clone(), source };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    // create_new: an existing file is never overwritten, even by a race.
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AlreadyExists { NewError::Exists(path.clone()) } else { io(source) }
    })?;
    file.write_all(front_matter(kind, title, &date, language).as_bytes()).map_err(io)?;
    Ok(path)
}

fn front_matter(kind: Kind, title: &str, date: &str, language: Option<Lang>) -> String {
    // serde_yaml quotes the title when YAML needs it ("a: b", leading quotes, …).
    let title = serde_yaml::to_string(title).unwrap_or_else(|_| format!("{title:?}\n"));
    // Today is only when the file was made: left as a hint, so that a document whose
    // source prints no date is never published with this one.
    let mut text = format!(
        "---\ntitle: {title}kind: {}\n# date: {date}   # as the source prints it; left out if it prints none\n",
        kind.name()
    );
    if let Some(language) = language {
        text.push_str(&format!("language: {language}\n"));
    }
    text.push_str("# session: HRC61\n");
    text.push_str(match kind {
        Kind::Letter => "# to: Member and Observer States of the Human Rights Council\nsignatories: []\n",
        Kind::Statement | Kind::Annex | Kind::News => "signatories: []\n",
        Kind::Report => "# symbol: A/HRC/61/1\n",
        Kind::Vote => "votes:\n  - on: A/HRC/61/L.1\n    # declared: 0-0-0\n    yes: []\n    no: []\n    abstain: []\n",
    });
    text.push_str("# symbols: []\n# tags: []\n# summary: One or two sentences for lists, feeds and search results.\ndraft: true\n---\n\n");
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_front_matter_of_every_kind_parses() {
        for kind in Kind::ALL {
            let text = front_matter(kind, "A title: with a colon", "2026-11-23", Some(Lang::Fr));
            let document = crate::load::split(&text).map(|split| split.yaml.to_owned());
            let parsed: Result<serde_yaml::Value, _> = serde_yaml::from_str(&document.unwrap_or_default());
            let value = parsed.unwrap_or_default();
            assert_eq!(value["title"].as_str(), Some("A title: with a colon"), "{kind:?}");
            assert_eq!(value["draft"].as_bool(), Some(true), "{kind:?}");
            assert_eq!(value["language"].as_str(), Some("fr"), "{kind:?}");
        }
    }
}
