//! Every page has one address: two things that would be published at one path stop the
//! build naming both, a name that leaves nothing to make an address from is refused where
//! it is written, and the same input gives the same bytes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Site, snapshot};

const LETTER: &str = "signatories: [Amnesty International, Human Rights Watch]";

#[test]
fn two_symbols_that_share_an_address_fail_naming_both_files() {
    let site = Site::new();
    site.doc(
        "letters/support.md",
        "Support the draft on civil society space",
        LETTER,
        "We urge your delegation to vote in favour of draft resolution\nA/HRC/43/L.31, tabled by the core group.",
    );
    // A paste from a PDF turned the full stop into a hyphen.
    site.doc(
        "news/tabled.md",
        "Core group tables the draft on civil society space",
        "",
        "The core group tabled A/HRC/43/L-31 on\nthe last day of the session.",
    );
    let run = site.build(&[]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    let stderr = run.stderr();
    assert!(stderr.contains("/symbols/a-hrc-43-l-31.html"), "{stderr}");
    assert!(stderr.contains("A/HRC/43/L-31") && stderr.contains("A/HRC/43/L.31"), "{stderr}");
    // Each side is named by file and line.
    assert!(stderr.contains("content/news/tabled.md:7"), "{stderr}");
    assert!(stderr.contains("content/letters/support.md:9"), "{stderr}");
    assert!(!site.output().exists(), "nothing is published");
}

#[test]
fn a_session_named_so_that_it_leaves_no_address_is_refused_at_its_line() {
    let site = Site::new();
    site.doc("news/odd.md", "A session with no name", "session: \"¿?\"", "Body.");
    site.build(&[]).assert_fails_with(&["content/news/odd.md:5: error: session: `¿?` has no letters or digits"]);
}

#[test]
fn two_sessions_with_one_address_fail_naming_both_files() {
    let site = Site::new();
    site.doc("news/regular.md", "Opening of the session", "session: HRC43", "Body.");
    // Not the regular form, but its page would be the regular session's.
    site.doc("news/lower.md", "Closing of the session", "session: hrc43", "Body.");
    let run = site.build(&[]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    let stderr = run.stderr();
    assert!(stderr.contains("/sessions/hrc43.html"), "{stderr}");
    assert!(stderr.contains("content/news/lower.md:5") && stderr.contains("content/news/regular.md:5"), "{stderr}");
}

#[test]
fn a_theme_file_at_a_page_address_fails_naming_it() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body.");
    site.write("themes/default/static/sessions/index.html", "<p>not the sessions list</p>");
    let run = site.build(&[]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert!(run.stderr().contains("themes/default/static/sessions/index.html"), "{}", run.stderr());
}

#[test]
fn the_sitemap_lists_each_page_once_and_ten_builds_give_the_same_bytes() {
    let site = Site::new();
    for (file, title, session) in [
        ("letters/a.md", "Letter on reprisals", "HRC48"),
        ("letters/b.md", "Letter on civic space", "[HRC48, HRC49]"),
        ("news/c.md", "Council adopts text on cooperation", "HRC49"),
    ] {
        site.doc(
            file,
            title,
            &format!("session: {session}\ntags: [reprisals]\n{LETTER}"),
            "See A/HRC/RES/48/17 and resolution 5/1, and A/HRC/49/L.7/Rev.1.",
        );
    }
    site.build(&[]).assert_ok();
    let sitemap = std::fs::read_to_string(site.output().join("sitemap.xml")).unwrap();
    let mut urls: Vec<&str> = sitemap.split("<loc>").skip(1).filter_map(|rest| rest.split("</loc>").next()).collect();
    let count = urls.len();
    assert!(count > 10, "{sitemap}");
    urls.sort_unstable();
    urls.dedup();
    assert_eq!(urls.len(), count, "a URL listed twice:\n{sitemap}");

    let first = snapshot(&site.output());
    for _ in 0..9 {
        std::fs::remove_dir_all(site.output()).unwrap();
        site.build(&[]).assert_ok();
        assert!(snapshot(&site.output()) == first, "a build gave other bytes");
    }
}
