//! `plenary init`: a new, empty archive for an organisation, ready to build and publish.
//!
//! The files it writes are kept as files beside this module, so that they read as an
//! editor will see them.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::model::Kind;

#[derive(Debug, thiserror::Error)]
pub enum InitError {
    #[error("{dir} is not empty (it holds `{entry}`); give `plenary init` a new or empty folder")]
    NotEmpty { dir: PathBuf, entry: String },
    #[error("{0} is a file, not a folder")]
    NotAFolder(PathBuf),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
}

/// Whether Cargo.toml says where Plenary is published (`repository`). Until it does, the
/// new archive's workflow names a placeholder, which editors replace.
pub const REPOSITORY_KNOWN: bool = !env!("CARGO_PKG_REPOSITORY").is_empty();

const REPOSITORY: &str =
    if REPOSITORY_KNOWN { env!("CARGO_PKG_REPOSITORY") } else { "https://github.com/OWNER/plenary" };

/// The release the new archive's workflow installs: the one that created it.
const VERSION: &str = concat!("v", env!("CARGO_PKG_VERSION"));

/// The archive's files, by path; `@REPOSITORY@` and `@VERSION@` are filled in.
const FILES: [(&str, &str); 8] = [
    ("site.yaml", include_str!("files/site.yaml")),
    ("README.md", include_str!("files/README.md")),
    (".gitignore", include_str!("files/gitignore")),
    ("data/organisations.yaml", include_str!("files/organisations.yaml")),
    ("data/sessions.yaml", include_str!("files/sessions.yaml")),
    ("data/resolutions.yaml", include_str!("files/resolutions.yaml")),
    ("data/states.csv", include_str!("files/states.csv")),
    (".github/workflows/pages.yml", include_str!("files/pages.yml")),
];

/// Writes a new archive into `dir`, which must be missing or empty (a `.git` of its
/// own aside, as in a clone of a new repository). Returns the paths written, relative
/// to `dir`.
pub fn create(dir: &Path) -> Result<Vec<PathBuf>, InitError> {
    refuse_unless_empty(dir)?;
    let mut written = Vec::new();
    for (relative, template) in FILES {
        let text = template.replace("@REPOSITORY@", REPOSITORY).replace("@VERSION@", VERSION);
        write_new(dir, Path::new(relative), &text)?;
        written.push(PathBuf::from(relative));
    }
    // Git keeps no empty folder; a hidden file is one the build does not read.
    for kind in Kind::ALL {
        let keep = Path::new("content").join(kind.section()).join(".gitkeep");
        write_new(dir, &keep, "")?;
        written.push(keep);
    }
    Ok(written)
}

fn refuse_unless_empty(dir: &Path) -> Result<(), InitError> {
    let io = |source| InitError::Io { path: dir.to_owned(), source };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(_) if dir.is_file() => return Err(InitError::NotAFolder(dir.to_owned())),
        Err(error) => return Err(io(error)),
    };
    for entry in entries {
        let name = entry.map_err(io)?.file_name();
        if name != ".git" {
            return Err(InitError::NotEmpty { dir: dir.to_owned(), entry: name.to_string_lossy().into_owned() });
        }
    }
    Ok(())
}

/// Writes `relative` below `dir`, never over an existing file, even one made meanwhile.
fn write_new(dir: &Path, relative: &Path, text: &str) -> Result<(), InitError> {
    let path = dir.join(relative);
    let io = |source| InitError::Io { path: path.clone(), source };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io)?;
    }
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&path).map_err(io)?;
    file.write_all(text.as_bytes()).map_err(io)
}
