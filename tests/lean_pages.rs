//! Pages stay light as an archive grows, and nothing is lost for it: on the bench's
//! synthetic archive (`bench/generate.py`), every page is reached by links from the home
//! page, no page but a document's grows with the archive, and a document's page weighs
//! at most twice its text plus 6 KB.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::{broken_links, plenary, repo_root, unreachable_pages};

/// How many documents the generated archive has: enough that every kind of list runs
/// over one page.
const DOCUMENTS: usize = 1000;

/// The bench's archive of [`DOCUMENTS`] documents, built once.
fn generated() -> &'static Path {
    static BUILT: OnceLock<tempfile::TempDir> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let generator = repo_root().join("bench/generate.py");
            let status = Command::new("python3")
                .arg(generator)
                .arg(DOCUMENTS.to_string())
                .arg(dir.path())
                .stdout(std::process::Stdio::null())
                .status()
                .expect("python3 runs bench/generate.py");
            assert!(status.success(), "bench/generate.py failed");
            plenary(&["build", "--quiet", "--root", dir.path().join("plenary").to_str().unwrap()]).assert_ok();
            dir
        })
        .path()
}

fn output() -> PathBuf {
    generated().join("plenary/output")
}

/// Every HTML page below `output` with its text.
fn pages(output: &Path) -> Vec<(PathBuf, String)> {
    walkdir::WalkDir::new(output)
        .into_iter()
        .map(|entry| entry.unwrap().into_path())
        .filter(|path| path.extension().is_some_and(|e| e == "html"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path, text)
        })
        .collect()
}

/// The bytes of a document page's body: its `<div class="body">` element, whole.
fn body_bytes(page: &str) -> Option<usize> {
    let start = page.find("<div class=\"body\">")?;
    let mut depth = 0usize;
    let mut at = start;
    loop {
        let open = page[at..].find("<div").map(|i| at + i);
        let close = page[at..].find("</div>").map(|i| at + i)?;
        match open {
            Some(open) if open < close => {
                depth += 1;
                at = open + 4;
            }
            _ => {
                depth -= 1;
                at = close + "</div>".len();
                if depth == 0 {
                    return Some(at - start);
                }
            }
        }
    }
}

#[test]
fn every_page_is_reached_by_links_from_the_home_page() {
    let output = output();
    let unreached = unreachable_pages(&output, "/");
    assert!(
        unreached.is_empty(),
        "{} pages no link leads to: {:?}",
        unreached.len(),
        &unreached[..unreached.len().min(20)]
    );
    let broken = broken_links(&output, "/");
    assert!(broken.is_empty(), "{} broken links: {:?}", broken.len(), &broken[..broken.len().min(20)]);
}

#[test]
fn no_page_but_a_documents_grows_with_the_archive() {
    // Each list shows a hundred entries to a page; a list on one page would be several
    // times this at a thousand documents (the letters alone are 350).
    const MOST: usize = 100 * 1024;
    let pages = pages(&output());
    let heavy: Vec<String> = pages
        .iter()
        .filter(|(_, text)| body_bytes(text).is_none() && text.len() > MOST)
        .map(|(path, text)| format!("{}: {} KB", path.display(), text.len() / 1024))
        .collect();
    assert!(heavy.is_empty(), "{heavy:?}");
    assert!(pages.len() > DOCUMENTS, "{} pages", pages.len());
}

/// Every document page of the site at `output`, over twice its body's HTML plus 6 KB.
fn heavier_than_their_text(output: &Path) -> Vec<String> {
    let documents: Vec<(PathBuf, usize, usize)> = pages(output)
        .into_iter()
        .filter_map(|(path, text)| body_bytes(&text).map(|body| (path, text.len(), body)))
        .collect();
    assert!(!documents.is_empty());
    documents
        .into_iter()
        .filter(|&(_, page, body)| page > 2 * body + 6 * 1024)
        .map(|(path, page, body)| format!("{}: {page} bytes, body {body}", path.display()))
        .collect()
}

#[test]
fn a_document_page_weighs_at_most_twice_its_text_and_6_kb() {
    let heavy = heavier_than_their_text(&output());
    assert!(heavy.is_empty(), "{heavy:?}");
    // The seed archive's documents: a joint letter of 32 signatories, a vote record.
    let seed = tempfile::tempdir().unwrap();
    let site = seed.path().join("site");
    plenary(&["build", "--quiet", "--root", repo_root().to_str().unwrap(), "--output", site.to_str().unwrap()])
        .assert_ok();
    let heavy = heavier_than_their_text(&site);
    assert!(heavy.is_empty(), "{heavy:?}");
}
