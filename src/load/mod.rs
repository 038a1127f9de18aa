//! Stage one: read every content file and parse its front matter.

mod front_matter;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Document;

pub use front_matter::{Split, SplitError, parse_document, split};

/// Everything `content/` holds that parsed, and what did not.
#[derive(Debug)]
pub struct Loaded {
    /// Each document, its body let go.
    pub documents: Vec<Document>,
    pub diagnostics: Diagnostics,
}

/// Reads `<root>/content`, leaving drafts out unless asked for them. Each body is let
/// go as soon as it is read, and read again to be rendered ([`reread`]): 50,000
/// documents hold 491 MB of text, which, kept until then, made over half of the
/// build's peak memory.
pub fn load_content(root: &Path, include_drafts: bool) -> Loaded {
    let content_dir = root.join("content");
    let mut loaded = Loaded { documents: Vec::new(), diagnostics: Diagnostics::default() };
    if !content_dir.is_dir() {
        loaded.diagnostics.push(Diagnostic::error(
            Path::new("content"),
            0,
            "no `content/` folder: it holds one Markdown file per document",
        ));
        return loaded;
    }
    let mut files = Vec::new();
    // Following links lets an archive share folders; walkdir reports a loop instead of hanging.
    for entry in WalkDir::new(&content_dir).follow_links(true).sort_by_file_name() {
        match entry {
            Ok(entry) if entry.file_type().is_file() && is_markdown(entry.path()) => {
                files.push(entry.into_path());
            }
            Ok(_) => {}
            Err(error) => {
                let at = error.path().map_or_else(|| PathBuf::from("content"), |p| relative(root, p));
                loaded.diagnostics.push(Diagnostic::error(&at, 0, format!("cannot read: {error}")));
            }
        }
    }
    let load_all = || -> Vec<Result<Document, Vec<Diagnostic>>> {
        files
            .par_iter()
            .map(|file| {
                let mut doc = load_file(root, &content_dir, file)?;
                // On the thread that read it, so that the allocator has the memory
                // back at once for the next file.
                doc.release_body();
                Ok(doc)
            })
            .collect()
    };
    // Files not yet in the page cache come from the disk, which serves several reads at
    // once faster than one per core, and a thread waiting on the disk leaves its core to
    // another that parses: from a cold cache, 50,000 documents loaded in 3.2 s on two
    // threads and 2.5 s on eight, on two cores. With the files cached, both take about
    // as long.
    let results =
        match rayon::ThreadPoolBuilder::new().num_threads(rayon::current_num_threads() * READERS_PER_CORE).build() {
            Ok(readers) => readers.install(load_all),
            // No threads to spare: the shared pool reads as well, only slower from a cold disk.
            Err(_) => load_all(),
        };
    // Sized at once: grown by doubling, the archive's largest vector kept a quarter of
    // its room unused for the whole build.
    loaded.documents.reserve_exact(results.len());
    for result in results {
        match result {
            Ok(doc) if doc.draft && !include_drafts => {}
            Ok(loaded_doc) => loaded.documents.push(loaded_doc),
            Err(diagnostics) => loaded.diagnostics.extend(diagnostics),
        }
    }
    loaded
}

/// Threads reading content files for each core; see [`load_content`].
const READERS_PER_CORE: usize = 4;

fn is_markdown(path: &Path) -> bool {
    let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
    !hidden && path.extension().is_some_and(|ext| ext == "md")
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_owned()
}

/// Larger than any real document; a bigger file is a mistake (a pasted PDF, a log) that
/// would only slow every build and page.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

pub(crate) fn load_file(root: &Path, content_dir: &Path, file: &Path) -> Result<Document, Vec<Diagnostic>> {
    let shown = relative(root, file);
    let text = read_text(file, &shown).map_err(|d| vec![d])?;
    let content_path = file
        .strip_prefix(content_dir)
        .unwrap_or(file)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    parse_document(&shown, &content_path, text)
}

/// A document's file read again once loading let its body go.
#[derive(Debug)]
pub struct Reread {
    text: String,
    body_start: usize,
}

impl Reread {
    pub fn body(&self) -> &str {
        self.text.get(self.body_start..).unwrap_or_default()
    }

    /// The whole file, for messages that quote a line of it.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// `doc`'s file as it is now, checked to hold the front matter `doc` was made from:
/// a file saved again during the build would otherwise give its page a body its
/// front matter never had.
pub fn reread(root: &Path, doc: &Document) -> Result<Reread, Diagnostic> {
    let text = read_text(&root.join(&doc.source.path), &doc.source.path)?;
    let front_matter = doc.front_matter();
    if !text.starts_with(front_matter) {
        return Err(Diagnostic::error(
            &doc.source.path,
            0,
            "the file changed while the site was being built: build again",
        ));
    }
    Ok(Reread { text, body_start: front_matter.len() })
}

/// The file's text, decoded; errors name the file as `shown`.
fn read_text(file: &Path, shown: &Path) -> Result<String, Diagnostic> {
    let cannot_read = |e: std::io::Error| Diagnostic::error(shown, 0, format!("cannot read: {e}"));
    // Opened once and sized from the open file: at 50,000 documents each system call
    // per file is a noticeable part of loading.
    let mut opened = std::fs::File::open(file).map_err(cannot_read)?;
    let size = opened.metadata().map_err(cannot_read)?.len();
    if size > MAX_FILE_BYTES {
        let message = format!(
            "the file is {:.1} MB; a document may be at most {} MB",
            size as f64 / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        );
        return Err(Diagnostic::error(shown, 0, message));
    }
    let bytes = read_sized(&mut opened, usize::try_from(size).unwrap_or_default()).map_err(cannot_read)?;
    decode(bytes).map_err(|(line, message)| Diagnostic::error(shown, line, message))
}

/// All of `reader`, a file of `size` bytes when it was opened, read into a buffer one
/// byte larger: a `File`'s own `read_to_end` asks the system for the size and the
/// position again first, and through `take` reads in 8 KB pieces; either way, 40,000
/// calls more at 10,000 documents. The spare byte shows a file that grew since, which
/// is then read to its end.
fn read_sized(reader: &mut impl std::io::Read, size: usize) -> std::io::Result<Vec<u8>> {
    let mut bytes = vec![0; size + 1];
    let mut filled = 0;
    while filled < bytes.len() {
        match reader.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    bytes.truncate(filled);
    if filled > size {
        reader.read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// UTF-8 with or without a BOM, and any of `\n`, `\r\n` or `\r` line endings. The
/// bytes become the text as they are when they can: most files need no copy.
fn decode(mut bytes: Vec<u8>) -> Result<String, (usize, String)> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..valid].iter().filter(|&&b| b == b'\n').count();
        (line, format!("not valid UTF-8 (byte {} of the file): save it as UTF-8", valid + 1))
    })?;
    // Every file is read whole here, twice a build: a vectorised byte search.
    let has_returns = memchr::memchr(b'\r', text.as_bytes()).is_some();
    Ok(if has_returns { text.replace("\r\n", "\n").replace('\r', "\n") } else { text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_read_again_is_the_file_as_it_is_now_unless_its_front_matter_changed() {
        let root = tempfile::tempdir().expect("a temporary folder");
        let content = root.path().join("content");
        std::fs::create_dir(&content).expect("content folder");
        let file = content.join("note.md");
        let front = "---\r\ntitle: Note\r\ndate: 2020-06-22\r\nkind: news\r\n---\r\n";
        std::fs::write(&file, format!("{front}First text.\r\n")).expect("written");
        let mut doc = load_file(root.path(), &content, &file).expect("loads");
        doc.release_body();

        std::fs::write(&file, format!("{front}Second text.\r\n")).expect("written");
        let reread_now = reread(root.path(), &doc).expect("the front matter is the same");
        assert_eq!(reread_now.body(), "Second text.\n");

        std::fs::write(&file, format!("{}Second text.\r\n", front.replace("Note", "Renamed"))).expect("written");
        let error = reread(root.path(), &doc).expect_err("the front matter changed");
        assert_eq!(error.file, Path::new("content/note.md"));
        assert!(error.message.contains("changed while the site was being built"), "{}", error.message);
    }

    #[test]
    fn a_file_is_read_whole_whether_it_grew_or_shrank_since_it_was_sized() {
        let text = b"---\ntitle: Joint letter on reprisals\n---\nThe Council, recalling its resolution 12/2,\n";
        for size in [0, 1, text.len() - 1, text.len(), text.len() + 1, 4096] {
            let read = read_sized(&mut &text[..], size).ok();
            assert_eq!(read.as_deref(), Some(&text[..]), "sized at {size}");
        }
    }

    #[test]
    fn decodes_bom_and_every_line_ending() {
        assert_eq!(decode(b"\xEF\xBB\xBF---\r\na\rb\n".to_vec()).ok(), Some("---\na\nb\n".to_owned()));
        assert_eq!(decode(b"ok\n\xFF".to_vec()).map_err(|(line, _)| line), Err(2));
    }
}
