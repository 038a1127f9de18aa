//! `serve`'s rebuild after an edit: only the pages an edit changes are rendered, and
//! the output is, to the byte, what a full build of the edited archive writes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::path::PathBuf;

use common::{Site, snapshot};
use plenary::pipeline::{BuildOptions, build, build_keeping};
use plenary::progress::Silent;

fn archive() -> Site {
    let site = Site::new();
    site.doc(
        "letters/a.md",
        "Letter A",
        "signatories: [Amnesty International]\nsession: HRC48",
        "1. States must end reprisals, as resolution A/HRC/RES/48/17 asks.\n2. A second paragraph.",
    );
    site.doc(
        "statements/b.md",
        "Statement B",
        "signatories: [FIDH]\nsession: HRC48",
        "See [the letter](@/letters/a.md#p2).",
    );
    site.doc("news/c.md", "News C", "session: HRC43", "Reprisals against defenders continue.");
    site
}

fn options(site: &Site, output: Option<PathBuf>) -> BuildOptions {
    BuildOptions { root: site.root().to_owned(), output, ..BuildOptions::default() }
}

/// The edited archive built from nothing, into a folder of its own.
fn full_build(site: &Site) -> Vec<(PathBuf, Vec<u8>)> {
    let fresh = tempfile::tempdir().unwrap();
    let output = fresh.path().join("site");
    build(&options(site, Some(output.clone())), &Silent).unwrap();
    snapshot(&output)
}

#[test]
fn a_text_edit_rerenders_its_page_alone_and_matches_a_full_build() {
    let site = archive();
    let (mut built, _) = build_keeping(&options(&site, None), &Silent).unwrap();
    let before = snapshot(&site.output());

    site.doc("news/c.md", "News C", "session: HRC43", "Reprisals against defenders continue, and worsen.");
    let pages = built.rebuild_edited(&[site.root().join("content/news/c.md")]).expect("a text edit").unwrap();
    assert_eq!(pages, ["news/c/index.html"]);
    let search = built.write_search_index().unwrap();
    assert!(!search.is_empty() && search.iter().all(|path| path.starts_with("search/")), "{search:?}");

    let after = snapshot(&site.output());
    let changed: Vec<_> = after
        .iter()
        .filter(|(path, bytes)| before.iter().find(|(p, _)| p == path).is_none_or(|(_, b)| b != bytes))
        .map(|(path, _)| path.to_string_lossy().into_owned())
        .collect();
    assert!(changed.contains(&"news/c/index.html".to_owned()), "{changed:?}");
    assert!(changed.iter().all(|path| path == "news/c/index.html" || path.starts_with("search/")), "{changed:?}");
    assert!(after == full_build(&site), "the output differs from a full build's");
}

#[test]
fn an_edit_that_other_pages_show_asks_for_a_full_build() {
    let edits = [
        // The title is on lists, feeds and the pages that link here.
        (
            "letters/a.md",
            "Letter A, renamed",
            "signatories: [Amnesty International]\nsession: HRC48",
            "1. States must end reprisals, as resolution A/HRC/RES/48/17 asks.\n2. A second paragraph.",
        ),
        // A new citation is quoted on the symbol's page.
        (
            "letters/a.md",
            "Letter A",
            "signatories: [Amnesty International]\nsession: HRC48",
            "1. States must end reprisals, as resolutions A/HRC/RES/48/17 and A/HRC/RES/45/1 ask.\n2. A second paragraph.",
        ),
        // The paragraph the statement links to is gone.
        (
            "letters/a.md",
            "Letter A",
            "signatories: [Amnesty International]\nsession: HRC48",
            "1. States must end reprisals, as resolution A/HRC/RES/48/17 asks.",
        ),
    ];
    for (file, title, extra, body) in edits {
        let site = archive();
        let (mut built, _) = build_keeping(&options(&site, None), &Silent).unwrap();
        site.doc(file, title, extra, body);
        assert!(built.rebuild_edited(&[site.root().join("content").join(file)]).is_none(), "{title}: {body}");
    }
}

#[test]
fn an_edit_to_a_file_the_site_does_not_have_asks_for_a_full_build() {
    let site = archive();
    let (mut built, _) = build_keeping(&options(&site, None), &Silent).unwrap();
    site.doc("news/new.md", "New", "", "A new document.");
    assert!(built.rebuild_edited(&[site.root().join("content/news/new.md")]).is_none());
    site.write("data/sessions.yaml", "");
    assert!(built.rebuild_edited(&[site.root().join("data/sessions.yaml")]).is_none());
}

#[test]
fn editors_temporary_files_change_nothing_but_a_folder_moved_away_does() {
    let site = archive();
    let (mut built, _) = build_keeping(&options(&site, None), &Silent).unwrap();
    // Vim probes a folder with a file named 4913; others save through a file beside.
    site.write("content/news/4913", "");
    let probe = site.root().join("content/news/4913");
    std::fs::remove_file(&probe).unwrap();
    let pages = built.rebuild_edited(&[probe, site.root().join("content/news")]).expect("nothing to rebuild");
    assert!(pages.unwrap().is_empty());

    std::fs::rename(site.root().join("content/statements"), site.root().join("elsewhere")).unwrap();
    assert!(built.rebuild_edited(&[site.root().join("content/statements")]).is_none(), "its documents are gone");
}
