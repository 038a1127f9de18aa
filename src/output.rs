//! Stage five: write the site into a staging folder beside the output, and swap it
//! in only once every file is written, so a failed build never leaves half a site.

use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::progress::Progress;

/// One file of the built site. The path is relative to the output root and uses `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutputFile {
    pub fn new(path: String, bytes: Vec<u8>) -> Self {
        Self { path, bytes }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("refusing to build into {dir}: {why}")]
    UnsafeOutputDir { dir: PathBuf, why: &'static str },
    #[error("refusing to write `{0}`: it would land outside the output folder")]
    UnsafePath(String),
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> OutputError + '_ {
    move |source| OutputError::Io { path: path.to_owned(), source }
}

/// Every build replaces the output folder whole, so it must never be a folder that holds anything else.
pub fn check_output_dir(root: &Path, output: &Path) -> Result<(), OutputError> {
    let (root, output) = (lexical_absolute(root), lexical_absolute(output));
    let refuse = |why| Err(OutputError::UnsafeOutputDir { dir: output.clone(), why });
    if root.starts_with(&output) {
        return refuse("it is the site folder or one of its parents");
    }
    let content = root.join("content");
    if output.starts_with(&content) || content.starts_with(&output) {
        return refuse("it is inside or around content/");
    }
    for protected in ["data", "themes", "site.yaml"] {
        if output.starts_with(root.join(protected)) {
            return refuse("it is inside the site's own sources");
        }
    }
    Ok(())
}

/// Writes `files` as the new content of `output_dir`.
/// The new site, written beside the output folder; it replaces the output only when
/// committed. Dropped without a commit, it is removed and the output stays as it was.
#[derive(Debug)]
pub struct Staging {
    output_dir: PathBuf,
    parent: PathBuf,
    name: String,
    dir: tempfile::TempDir,
}

impl Staging {
    pub fn open(output_dir: &Path) -> Result<Self, OutputError> {
        let output_dir = std::path::absolute(output_dir).map_err(io_error(output_dir))?;
        let parent = output_dir
            .parent()
            .ok_or_else(|| OutputError::UnsafeOutputDir { dir: output_dir.clone(), why: "it has no parent folder" })?
            .to_owned();
        let name = output_dir.file_name().map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
        std::fs::create_dir_all(&parent).map_err(io_error(&parent))?;
        if output_dir.exists() && !output_dir.is_dir() {
            return Err(OutputError::UnsafeOutputDir { dir: output_dir, why: "it is a file, not a folder" });
        }
        recover_leftovers(&parent, &name, &output_dir);
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.staging-"))
            .tempdir_in(&parent)
            .map_err(io_error(&parent))?;
        Ok(Self { output_dir, parent, name, dir })
    }

    /// Writes `files` into the new site, in parallel.
    pub fn write(&self, files: &[OutputFile], progress: &dyn Progress) -> Result<(), OutputError> {
        if let Some(unsafe_file) = files.iter().find(|file| !is_safe_relative(&file.path)) {
            return Err(OutputError::UnsafePath(unsafe_file.path.clone()));
        }
        progress.stage("Writing", files.len());
        files.par_iter().try_for_each(|file| {
            progress.advance(1);
            let path = self.dir.path().join(&file.path);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(io_error(dir))?;
            }
            std::fs::write(&path, &file.bytes).map_err(io_error(&path))
        })
    }

    /// Swaps the new site in for the old one.
    pub fn commit(self) -> Result<(), OutputError> {
        let Self { output_dir, parent, name, dir } = self;
        let staged = dir.keep();
        if output_dir.exists() {
            let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
            std::fs::rename(&output_dir, &previous).map_err(io_error(&output_dir))?;
            if let Err(source) = std::fs::rename(&staged, &output_dir) {
                // Put the last good site back before reporting.
                let _ = std::fs::rename(&previous, &output_dir);
                let _ = std::fs::remove_dir_all(&staged);
                return Err(OutputError::Io { path: output_dir, source });
            }
            std::fs::remove_dir_all(&previous).map_err(io_error(&previous))?;
        } else {
            std::fs::rename(&staged, &output_dir).map_err(io_error(&output_dir))?;
        }
        Ok(())
    }
}

/// The absolute form of `path` with `.` and `..` folded away, without touching the disk
/// (the output folder may not exist yet).
fn lexical_absolute(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut normal = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                normal.pop();
            }
            Component::CurDir => {}
            other => normal.push(other),
        }
    }
    normal
}

/// A build killed mid-way leaves its staging folder beside the output; one killed between
/// the two renames of the swap leaves the last good site as `.<name>.previous-…` and no
/// output at all. That site is put back; staging folders go. Only folders named the way
/// this module names them are touched.
fn recover_leftovers(parent: &Path, name: &str, output_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let (staging, previous) = (format!(".{name}.staging-"), format!(".{name}.previous-"));
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if file_name.starts_with(&previous) && !output_dir.exists() {
            let _ = std::fs::rename(entry.path(), output_dir);
        } else if file_name.starts_with(&staging) || file_name.starts_with(&previous) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Only plain names: no root, no `..`, no drive prefixes.
fn is_safe_relative(path: &str) -> bool {
    !path.is_empty() && Path::new(path).components().all(|c| matches!(c, Component::Normal(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_left_mid_swap_is_put_back_and_staging_removed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let output = dir.path().join("output");
        let previous = dir.path().join(".output.previous-123");
        std::fs::create_dir_all(&previous).unwrap_or_default();
        std::fs::write(previous.join("index.html"), "last good").unwrap_or_default();
        std::fs::create_dir_all(dir.path().join(".output.staging-abc")).unwrap_or_default();
        std::fs::create_dir_all(dir.path().join(".other.staging-abc")).unwrap_or_default();
        recover_leftovers(dir.path(), "output", &output);
        assert_eq!(std::fs::read_to_string(output.join("index.html")).ok().as_deref(), Some("last good"));
        assert!(!previous.exists() && !dir.path().join(".output.staging-abc").exists());
        assert!(dir.path().join(".other.staging-abc").exists(), "not ours");
    }

    #[test]
    fn output_paths_stay_inside() {
        assert!(is_safe_relative("letters/a/index.html"));
        for bad in ["../x", "/etc/passwd", "a/../../b", ""] {
            assert!(!is_safe_relative(bad), "{bad}");
        }
    }

    #[test]
    fn refuses_output_dirs_that_hold_sources() {
        let root = Path::new("/site");
        assert!(check_output_dir(root, Path::new("/site/output")).is_ok());
        assert!(check_output_dir(root, Path::new("/elsewhere/out")).is_ok());
        for bad in ["/site", "/", "/site/content", "/site/content/letters", "/site/data"] {
            assert!(check_output_dir(root, Path::new(bad)).is_err(), "{bad}");
        }
    }
}
