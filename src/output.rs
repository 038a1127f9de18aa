//! Stage seven: write the site into the spare folder beside the output, and swap it in
//! only once every file is written, so a failed build never leaves half a site.

use std::collections::HashSet;
use std::io;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

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

/// The next site, written into the folder of the build before last (`.<name>.spare`,
/// beside the output) and swapped in only when committed. Only files whose bytes changed
/// are written and only files the new site lacks are removed, so a rebuild touches the
/// disk in proportion to what changed, not to the size of the archive. Dropped without a
/// commit, it leaves the output as it was.
#[derive(Debug)]
pub struct Staging {
    output_dir: PathBuf,
    parent: PathBuf,
    name: String,
    dir: PathBuf,
    /// Every path of the new site, written or found unchanged; not kept when fresh.
    paths: Mutex<HashSet<String>>,
    /// The folders made so far in a fresh spare: most pages share a folder with
    /// hundreds of others, and making it again would cost two system calls a page.
    folders: Mutex<HashSet<PathBuf>>,
    /// The spare was made empty for this build (a first build, or the output removed):
    /// nothing in it to compare against or to remove, which spares a cold build two
    /// system calls per file.
    fresh: bool,
    /// Held until the swap: two builds into one output would write the same spare.
    _lock: std::fs::File,
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
        let lock_path = parent.join(format!(".{name}.lock"));
        let lock = std::fs::File::create(&lock_path).map_err(io_error(&lock_path))?;
        lock.lock().map_err(io_error(&lock_path))?;
        recover_leftovers(&parent, &name, &output_dir);
        let dir = parent.join(format!(".{name}.spare"));
        let fresh = !dir.is_dir();
        if fresh {
            let _ = std::fs::remove_file(&dir);
            std::fs::create_dir(&dir).map_err(io_error(&dir))?;
        }
        Ok(Self {
            output_dir,
            parent,
            name,
            dir,
            paths: Mutex::default(),
            folders: Mutex::default(),
            fresh,
            _lock: lock,
        })
    }

    /// Removes what the new site lacks, then swaps it in for the old one, which becomes
    /// the spare for the next build.
    pub fn commit(self) -> Result<(), OutputError> {
        let paths = self.paths.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
        if !self.fresh {
            remove_all_but(&self.dir, &paths)?;
        }
        let Self { output_dir, parent, name, dir, .. } = self;
        if !output_dir.exists() {
            return std::fs::rename(&dir, &output_dir).map_err(io_error(&output_dir));
        }
        // In one step, the old site becoming the spare: the output is never missing, so
        // a page served from it meanwhile (by `plenary serve`) is never answered 404.
        if exchange(&dir, &output_dir).is_ok() {
            return Ok(());
        }
        let previous = parent.join(format!(".{name}.previous-{}", std::process::id()));
        std::fs::rename(&output_dir, &previous).map_err(io_error(&output_dir))?;
        if let Err(source) = std::fs::rename(&dir, &output_dir) {
            // Put the last good site back before reporting.
            let _ = std::fs::rename(&previous, &output_dir);
            return Err(OutputError::Io { path: output_dir, source });
        }
        std::fs::rename(&previous, &dir).map_err(io_error(&previous))
    }

    /// Makes `dir` in a fresh spare unless this build made it already.
    fn make_folder(&self, dir: &Path) -> Result<(), OutputError> {
        let folders = || self.folders.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if folders().contains(dir) {
            return Ok(());
        }
        // Made outside the lock; another thread making it meanwhile is no error.
        std::fs::create_dir_all(dir).map_err(io_error(dir))?;
        folders().insert(dir.to_owned());
        Ok(())
    }
}

/// Swaps two folders atomically, where the system can.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

/// Where rendered files go, one at a time, from any thread.
pub trait Sink: Sync {
    fn put(&self, file: OutputFile) -> Result<(), OutputError>;
}

/// `plenary check` renders every page and keeps none.
#[derive(Debug)]
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _: OutputFile) -> Result<(), OutputError> {
        Ok(())
    }
}

impl Sink for Staging {
    /// Writes the file unless the spare already holds these bytes at its path.
    fn put(&self, file: OutputFile) -> Result<(), OutputError> {
        if !is_safe_relative(&file.path) {
            return Err(OutputError::UnsafePath(file.path));
        }
        let path = self.dir.join(&file.path);
        if self.fresh {
            if let Some(dir) = path.parent() {
                self.make_folder(dir)?;
            }
            // Nothing to remove at the commit: the paths need not be kept.
            return std::fs::write(&path, &file.bytes).map_err(io_error(&path));
        }
        write_if_changed(&path, &file.bytes)?;
        self.paths.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(file.path);
        Ok(())
    }
}

/// Puts `file` into a live output folder if its bytes changed, written beside and
/// renamed over so that a reader never gets half a page. Returns whether it was written.
pub fn replace(output_dir: &Path, file: &OutputFile) -> Result<bool, OutputError> {
    if !is_safe_relative(&file.path) {
        return Err(OutputError::UnsafePath(file.path.clone()));
    }
    let path = output_dir.join(&file.path);
    if unchanged(&path, &file.bytes) {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(output_dir);
    std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let beside = dir.join(format!(".{name}.plenary-new"));
    std::fs::write(&beside, &file.bytes).map_err(io_error(&beside))?;
    std::fs::rename(&beside, &path).map_err(io_error(&path))?;
    Ok(true)
}

/// A live output folder: each file put is replaced in it if its bytes changed, as
/// [`replace`] does; the paths written are kept.
#[derive(Debug)]
pub struct Live {
    dir: PathBuf,
    written: Mutex<Vec<String>>,
}

impl Live {
    pub fn new(dir: &Path) -> Self {
        Self { dir: dir.to_owned(), written: Mutex::default() }
    }

    /// The paths written, in no set order.
    pub fn written(self) -> Vec<String> {
        self.written.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Sink for Live {
    fn put(&self, file: OutputFile) -> Result<(), OutputError> {
        if replace(&self.dir, &file)? {
            self.written.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(file.path);
        }
        Ok(())
    }
}

/// Removes a page the site no longer has from a live output folder, with its folder if
/// that is left empty.
pub fn remove(output_dir: &Path, path: &str) -> Result<(), OutputError> {
    if !is_safe_relative(path) {
        return Err(OutputError::UnsafePath(path.to_owned()));
    }
    let file = output_dir.join(path);
    match std::fs::remove_file(&file) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => {
            return Err(OutputError::Io { path: file, source: error });
        }
        _ => {}
    }
    if let Some(dir) = file.parent().filter(|dir| *dir != output_dir) {
        // Not empty: another page of the site lives in it.
        let _ = std::fs::remove_dir(dir);
    }
    Ok(())
}

/// Rewriting a file with the bytes it has would cost a write and, on most file
/// systems, more than reading it back.
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => {
            if meta.len() == bytes.len() as u64 && holds(path, bytes) {
                return Ok(());
            }
        }
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path).map_err(io_error(path))?,
        Ok(_) => std::fs::remove_file(path).map_err(io_error(path))?,
        Err(_) => return write_creating_folders(path, bytes),
    }
    std::fs::write(path, bytes).map_err(io_error(path))
}

/// Whether the file at `path` holds `bytes`; its size is looked at first, so that a page
/// an edit changed is seldom read.
fn unchanged(path: &Path, bytes: &[u8]) -> bool {
    std::fs::metadata(path).is_ok_and(|meta| meta.is_file() && meta.len() == bytes.len() as u64) && holds(path, bytes)
}

/// Whether the file at `path`, already known to be `bytes.len()` long, holds `bytes`;
/// read without `fs::read`'s second look at its size.
fn holds(path: &Path, bytes: &[u8]) -> bool {
    use std::io::Read;
    let mut old = Vec::with_capacity(bytes.len() + 1);
    std::fs::File::open(path).and_then(|mut file| file.read_to_end(&mut old)).is_ok() && old == bytes
}

/// Writes a file whose folder may not exist yet. Most pages have a folder of their own,
/// so the folder is made first rather than after a failed try.
fn write_creating_folders(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io_error(dir))?;
    }
    std::fs::write(path, bytes).map_err(io_error(path))
}

/// Deletes every file below `dir` that is not one of `keep` (paths relative to `dir`,
/// with `/`), and the folders left empty.
fn remove_all_but(dir: &Path, keep: &HashSet<String>) -> Result<(), OutputError> {
    let kept_folders: HashSet<&str> =
        keep.iter().flat_map(|path| path.match_indices('/').map(move |(end, _)| &path[..end])).collect();
    for entry in walkdir::WalkDir::new(dir).min_depth(1).contents_first(true) {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_owned();
            OutputError::Io { path, source: e.into() }
        })?;
        let path = entry.path();
        let relative = path.strip_prefix(dir).unwrap_or(path).to_string_lossy().replace('\\', "/");
        if entry.file_type().is_dir() {
            if !kept_folders.contains(relative.as_str()) {
                // Empty by now: no page of the new site lives in it.
                let _ = std::fs::remove_dir(path);
            }
            continue;
        }
        if !keep.contains(&relative) {
            std::fs::remove_file(path).map_err(io_error(path))?;
        }
    }
    Ok(())
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

/// A build killed during the swap leaves the last good site as `.<name>.previous-…`:
/// with no output, it is put back; beside a new output, it becomes the spare. Only
/// folders named the way this module names them are touched.
fn recover_leftovers(parent: &Path, name: &str, output_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    let previous = format!(".{name}.previous-");
    let spare = parent.join(format!(".{name}.spare"));
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if !entry.file_type().is_ok_and(|t| t.is_dir()) || !file_name.starts_with(&previous) {
            continue;
        }
        if !output_dir.exists() {
            let _ = std::fs::rename(entry.path(), output_dir);
        } else if !spare.exists() {
            let _ = std::fs::rename(entry.path(), &spare);
        } else {
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
    fn a_site_left_mid_swap_is_put_back() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let output = dir.path().join("output");
        let previous = dir.path().join(".output.previous-123");
        std::fs::create_dir_all(&previous).unwrap_or_default();
        std::fs::write(previous.join("index.html"), "last good").unwrap_or_default();
        std::fs::create_dir_all(dir.path().join(".other.previous-123")).unwrap_or_default();
        recover_leftovers(dir.path(), "output", &output);
        assert_eq!(std::fs::read_to_string(output.join("index.html")).ok().as_deref(), Some("last good"));
        assert!(!previous.exists());
        assert!(dir.path().join(".other.previous-123").exists(), "not ours");
    }

    #[test]
    fn a_rebuild_writes_only_what_changed_and_removes_what_went() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let output = dir.path().join("output");
        let site = |files: &[(&str, &str)]| {
            let staging = Staging::open(&output).unwrap_or_else(|e| panic!("{e}"));
            for (path, text) in files {
                let file = OutputFile::new((*path).into(), text.as_bytes().to_vec());
                staging.put(file).unwrap_or_else(|e| panic!("{e}"));
            }
            staging.commit().unwrap_or_else(|e| panic!("{e}"));
        };
        let modified = |path: &str| std::fs::metadata(output.join(path)).and_then(|m| m.modified()).ok();
        site(&[("a/index.html", "A"), ("b/index.html", "B"), ("gone/index.html", "G")]);
        site(&[("a/index.html", "A"), ("b/index.html", "B"), ("gone/index.html", "G")]);
        std::thread::sleep(std::time::Duration::from_millis(20));
        let third_started = std::time::SystemTime::now();
        // File times come from a coarse clock that may lag `now()` by a few milliseconds.
        std::thread::sleep(std::time::Duration::from_millis(20));
        site(&[("a/index.html", "A"), ("b/index.html", "B2"), ("new/index.html", "N")]);
        let read = |path: &str| std::fs::read_to_string(output.join(path)).ok();
        assert_eq!(read("b/index.html").as_deref(), Some("B2"));
        assert_eq!(read("new/index.html").as_deref(), Some("N"));
        assert!(!output.join("gone").exists(), "a page the site no longer has is removed, folder and all");
        assert!(modified("a/index.html") < Some(third_started), "an unchanged file is not rewritten");
        assert!(modified("b/index.html") > Some(third_started));
    }

    #[test]
    fn output_paths_stay_inside() {
        assert!(is_safe_relative("letters/a.html"));
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
