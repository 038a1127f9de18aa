//! `serve`'s rebuild after an edit: only the pages an edit changes are rendered, and
//! the output is, to the byte, what a full build of the edited archive writes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::path::PathBuf;

use common::{Site, snapshot};
use plenary::pipeline::{BuildOptions, build, build_keeping};
use plenary::progress::Silent;
use plenary::serve::LiveSite;

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
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let before = snapshot(&site.output());

    site.doc("news/c.md", "News C", "session: HRC43", "Reprisals against defenders continue, and worsen.");
    let pages = built.rebuild_edited(&[site.root().join("content/news/c.md")]).expect("a text edit").unwrap();
    assert_eq!(pages, ["news/c.html"]);
    let search = built.write_search_index().unwrap();
    assert!(!search.is_empty() && search.iter().all(|path| path.starts_with("search/")), "{search:?}");

    let after = snapshot(&site.output());
    let changed: Vec<_> = after
        .iter()
        .filter(|(path, bytes)| before.iter().find(|(p, _)| p == path).is_none_or(|(_, b)| b != bytes))
        .map(|(path, _)| path.to_string_lossy().into_owned())
        .collect();
    assert!(changed.contains(&"news/c.html".to_owned()), "{changed:?}");
    assert!(changed.iter().all(|path| path == "news/c.html" || path.starts_with("search/")), "{changed:?}");
    assert!(after == full_build(&site), "the output differs from a full build's");
}

/// Which pages changed between two snapshots of an output folder, added and removed ones included.
fn changed_between(before: &[(PathBuf, Vec<u8>)], after: &[(PathBuf, Vec<u8>)]) -> Vec<String> {
    let mut changed: Vec<String> = after
        .iter()
        .filter(|(path, bytes)| before.iter().find(|(p, _)| p == path).is_none_or(|(_, b)| b != bytes))
        .chain(before.iter().filter(|(path, _)| after.iter().all(|(p, _)| p != path)))
        .map(|(path, _)| path.to_string_lossy().into_owned())
        .collect();
    changed.sort();
    changed
}

#[test]
fn edits_other_pages_show_rerender_those_pages_alone_and_match_a_full_build() {
    let site = archive();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let before = snapshot(&site.output());
    // The title is on lists, feeds, the session's pages and the statement that links here.
    site.doc(
        "letters/a.md",
        "Letter A, renamed",
        "signatories: [Amnesty International]\nsession: HRC48",
        "1. States must end reprisals, as resolution A/HRC/RES/48/17 asks.\n2. A second paragraph.",
    );
    let pages = built.rebuild_edited(&[site.root().join("content/letters/a.md")]).expect("no full build").unwrap();
    built.write_search_index().unwrap();
    let after = snapshot(&site.output());
    assert!(after == full_build(&site), "the output differs from a full build's");
    for page in ["letters/a.html", "letters/index.html", "sessions/hrc48.html", "statements/b.html"] {
        assert!(pages.iter().any(|p| p == page), "{page} not in {pages:?}");
    }
    let changed = changed_between(&before, &after);
    assert!(!changed.iter().any(|p| p.starts_with("news/c.html")), "news C does not show letter A: {changed:?}");
    assert!(pages.iter().all(|page| changed.contains(page)), "only pages whose bytes changed are written");
}

/// An edit to the seed archive, and the pages it must and must not change.
struct SeedEdit {
    file: &'static str,
    from: &'static str,
    to: &'static str,
    changes: &'static [&'static str],
    keeps: &'static [&'static str],
}

#[test]
fn a_run_of_edits_to_the_seed_archive_each_matches_a_full_build() {
    let site = Site::new();
    let repo = common::repo_root();
    for folder in ["content", "data"] {
        common::copy_tree(&repo.join(folder), &site.root().join(folder));
    }
    std::fs::copy(repo.join("site.yaml"), site.root().join("site.yaml")).unwrap();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let news = "content/news/hrc43-vote-mutually-beneficial-cooperation.md";
    let edits = [
        SeedEdit {
            file: news,
            from: "title: \"HRC43 | Vote on",
            to: "title: \"HRC43 | The vote on",
            changes: &[
                "news/hrc43-vote-mutually-beneficial-cooperation.html",
                "statements/hrc43-item10-joint-statement.html",
                "sessions/hrc43.html",
                "votes/index.html",
            ],
            keeps: &["letters/hrc37-win-win-cooperation.html", "sessions/hrc48.html"],
        },
        SeedEdit {
            file: "content/reports/hrc31-enhancement-of-international-cooperation.md",
            from: "tags: [international cooperation,",
            to: "tags: [accountability, international cooperation,",
            changes: &["tags/accountability.html", "tags/index.html"],
            keeps: &["letters/hrc37-win-win-cooperation.html", "votes/index.html"],
        },
        SeedEdit {
            file: "content/statements/hrc43-item10-joint-statement.md",
            from: "date: \"2020-06-19\"",
            to: "date: \"2020-06-23\"",
            changes: &["sessions/hrc43.html", "statements/hrc43-item10-joint-statement.html"],
            keeps: &["letters/hrc48-cooperation-with-the-un.html"],
        },
        SeedEdit {
            file: news,
            from: "NO\tDENMARK",
            to: "ABST\tDENMARK",
            changes: &["states/dnk.html", "votes.csv", "news/hrc43-vote-mutually-beneficial-cooperation.html"],
            keeps: &["letters/hrc37-win-win-cooperation.html", "tags/index.html"],
        },
        SeedEdit {
            file: "content/letters/hrc37-win-win-cooperation.md",
            from: "\n---\n",
            to: "\n---\n\nSee also A/HRC/37/L.99.\n",
            changes: &["symbols/a-hrc-37-l-99.html", "symbols/index.html"],
            keeps: &["news/hrc43-vote-mutually-beneficial-cooperation.html"],
        },
        SeedEdit {
            file: "content/annexes/hrc43-annex-mutually-beneficial-cooperation.md",
            from: "  - Human Rights in China\n",
            to: "",
            changes: &["signatories/human-rights-in-china.html"],
            keeps: &["letters/hrc37-win-win-cooperation.html"],
        },
    ];
    for edit in edits {
        let before = snapshot(&site.output());
        let path = site.root().join(edit.file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(edit.from), "{}: no `{}`", edit.file, edit.from);
        std::fs::write(&path, text.replacen(edit.from, edit.to, 1)).unwrap();
        let pages = built.rebuild_edited(&[path]).expect("no full build").unwrap();
        built.write_search_index().unwrap();
        let after = snapshot(&site.output());
        assert!(after == full_build(&site), "after `{}`: the output differs from a full build's", edit.to);
        let changed = changed_between(&before, &after);
        for page in edit.changes {
            assert!(changed.iter().any(|p| p == page), "after `{}`: {page} unchanged; {changed:?}", edit.to);
        }
        for page in edit.keeps {
            assert!(!pages.iter().any(|p| p == page), "after `{}`: {page} rewritten", edit.to);
        }
    }
}

#[test]
fn a_document_added_then_removed_is_written_then_taken_away() {
    let site = archive();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    site.doc("news/d.md", "News D", "session: HRC48", "Links to [the letter](@/letters/a.md).");
    let added = site.root().join("content/news/d.md");
    let pages = built.rebuild_edited(std::slice::from_ref(&added)).expect("no full build").unwrap();
    built.write_search_index().unwrap();
    assert!(pages.iter().any(|p| p == "news/d.html"), "{pages:?}");
    assert!(snapshot(&site.output()) == full_build(&site), "after adding: differs from a full build");
    assert!(site.page("/letters/a.html").text(".cited-by, #cited-by, body").contains("News D"), "cited by the new one");

    std::fs::remove_file(&added).unwrap();
    built.rebuild_edited(&[added]).expect("no full build").unwrap();
    built.write_search_index().unwrap();
    assert!(!site.output().join("news/d.html").exists(), "the page of a removed document goes");
    assert!(snapshot(&site.output()) == full_build(&site), "after removing: differs from a full build");
}

/// A document's date taken away, or given back, and the pages that must change or go.
struct DateEdit {
    file: &'static str,
    date: &'static str,
    take_away: bool,
    changes: &'static [&'static str],
    gone: &'static [&'static str],
}

/// A document edited to say its source prints no date, and back: it leaves the feeds
/// and moves to the end of its session (or to the undated list), and a session's feed or
/// the undated list comes and goes with it. After each edit the output is a full build's.
#[test]
fn a_document_made_undated_and_dated_again_refreshes_its_lists_and_feeds() {
    let site = archive();
    site.doc("news/e.md", "News E", "", "A statement of solidarity with detained lawyers.");
    // Letter A comes before statement B in HRC48.
    let letter = site.root().join("content/letters/a.md");
    std::fs::write(&letter, std::fs::read_to_string(&letter).unwrap().replacen("2020-06-22", "2020-06-01", 1)).unwrap();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let edits = [
        // News C is HRC43's only document: the session keeps its page but loses its feed.
        DateEdit {
            file: "news/c.md",
            date: "2020-06-22",
            take_away: true,
            changes: &["news/c.html", "news/index.html", "atom.xml"],
            gone: &["sessions/hrc43.xml"],
        },
        DateEdit {
            file: "news/c.md",
            date: "2020-06-22",
            take_away: false,
            changes: &["news/c.html", "atom.xml", "sessions/hrc43.xml"],
            gone: &[],
        },
        // Letter A goes after statement B in HRC48, whose page now links to it as the later one.
        DateEdit {
            file: "letters/a.md",
            date: "2020-06-01",
            take_away: true,
            changes: &["sessions/hrc48.html", "statements/b.html"],
            gone: &[],
        },
        DateEdit {
            file: "letters/a.md",
            date: "2020-06-01",
            take_away: false,
            changes: &["sessions/hrc48.html", "statements/b.html"],
            gone: &[],
        },
        // News E has no session: it is listed under Undated, which comes and goes.
        DateEdit {
            file: "news/e.md",
            date: "2020-06-22",
            take_away: true,
            changes: &["sessions/undated.html", "sessions/index.html", "atom.xml"],
            gone: &[],
        },
        DateEdit {
            file: "news/e.md",
            date: "2020-06-22",
            take_away: false,
            changes: &["sessions/index.html", "atom.xml"],
            gone: &["sessions/undated.html"],
        },
    ];
    for DateEdit { file, date, take_away, changes, gone } in edits {
        let before = snapshot(&site.output());
        let path = site.root().join("content").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        let line = format!("date: {date}\n");
        let edited =
            if take_away { text.replacen(&line, "", 1) } else { text.replacen("kind: ", &format!("{line}kind: "), 1) };
        assert_ne!(edited, text, "{file}");
        std::fs::write(&path, edited).unwrap();
        built.rebuild_edited(&[path]).expect("no full build").unwrap();
        built.write_search_index().unwrap();
        let after = snapshot(&site.output());
        let made = if take_away { "undated" } else { "dated" };
        assert!(after == full_build(&site), "{file} made {made}: differs from a full build");
        let changed = changed_between(&before, &after);
        for page in changes.iter().chain(gone) {
            assert!(changed.iter().any(|p| p == page), "{file} made {made}: {page} unchanged; {changed:?}");
        }
        for page in gone {
            assert!(!site.output().join(page).exists(), "{file} made {made}: {page} is still there");
        }
    }
}

/// HRC35's documents a, b and c, lying apart in the archive's order: news x, of HRC34,
/// comes between a and b.
fn session_apart(site: &Site) {
    for (file, title, date, session) in [
        ("statements/a.md", "Leaving", "2017-06-01", "HRC35"),
        ("news/x.md", "Between", "2017-05-01", "HRC34"),
        ("statements/b.md", "Neighbour", "2017-01-01", "HRC35"),
        ("statements/c.md", "Oldest", "2016-01-01", "HRC35"),
    ] {
        let kind = if file.starts_with("news") { "news" } else { "statement" };
        site.write(&format!("content/{file}"), &document(kind, title, date, &format!("session: {session}\n"), "Text."));
    }
}

/// The pages that showed a removed document are found in the archive as it is now
/// numbered: here its neighbour in a session, another session's document between them.
#[test]
fn a_removed_documents_neighbour_loses_the_link_to_it() {
    let site = Site::new();
    session_apart(&site);
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    assert!(site.page("/statements/b.html").text("body").contains("Leaving"), "linked as its neighbour");

    let removed = site.root().join("content/statements/a.md");
    std::fs::remove_file(&removed).unwrap();
    built.rebuild_edited(&[removed]).expect("no full build").unwrap();
    built.write_search_index().unwrap();
    assert!(!site.page("/statements/b.html").text("body").contains("Leaving"), "the link to the removed one is gone");
    assert!(snapshot(&site.output()) == full_build(&site), "after removing: differs from a full build");
}

#[test]
fn an_edit_that_breaks_a_link_elsewhere_asks_for_a_full_build() {
    let site = archive();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    // The paragraph the statement links to is gone: the full build reports it.
    site.doc(
        "letters/a.md",
        "Letter A",
        "signatories: [Amnesty International]\nsession: HRC48",
        "1. States must end reprisals, as resolution A/HRC/RES/48/17 asks.",
    );
    assert!(built.rebuild_edited(&[site.root().join("content/letters/a.md")]).is_none());
}

#[test]
fn an_edit_to_the_registries_asks_for_a_full_build() {
    let site = archive();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    site.write("data/sessions.yaml", "");
    assert!(built.rebuild_edited(&[site.root().join("data/sessions.yaml")]).is_none());
}

#[test]
fn editors_temporary_files_change_nothing_but_a_folder_moved_away_does() {
    let site = archive();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    // Vim probes a folder with a file named 4913; others save through a file beside.
    site.write("content/news/4913", "");
    let probe = site.root().join("content/news/4913");
    std::fs::remove_file(&probe).unwrap();
    let pages = built.rebuild_edited(&[probe, site.root().join("content/news")]).expect("nothing to rebuild");
    assert!(pages.unwrap().is_empty());

    std::fs::rename(site.root().join("content/statements"), site.root().join("elsewhere")).unwrap();
    assert!(built.rebuild_edited(&[site.root().join("content/statements")]).is_none(), "its documents are gone");
}

/// A document of the archive that `edits_put_in_place_match_a_full_build` edits.
fn document(kind: &str, title: &str, date: &str, fields: &str, body: &str) -> String {
    format!("---\ntitle: \"{title}\"\nkind: {kind}\ndate: {date}\n{fields}---\n\n{body}\n")
}

/// Edits to documents that record and concern no vote are put in place, the indexes
/// patched rather than rebuilt: documents re-sorted, lists joined and left, names and
/// printed forms worked out again, pages appearing and going. After each the output is
/// a full build's, byte for byte.
#[test]
fn edits_put_in_place_match_a_full_build() {
    let site = Site::new();
    let l1_fields = "session: HRC46\nsignatories: [Amnesty International, Free Press Unlimited]\ntags: [Civic space]\nsymbols: [A/HRC/46/L.1]\n";
    site.write(
        "content/letters/l1.md",
        &document("letter", "Alpha", "2021-03-01", l1_fields, "It cites A/HRC/46/L.2."),
    );
    let l2_fields = "session: HRC46\nsignatories: [free press  unlimited]\ntags: [civic space]\n";
    site.write(
        "content/letters/l2.md",
        &document("letter", "Bravo", "2021-03-01", l2_fields, "See [Alpha](@/letters/l1.md)."),
    );
    let l3_fields = "session: HRC46\nsignatories: [Solo Org]\ntags: [Solo tag]\n";
    site.write("content/letters/l3.md", &document("letter", "Charlie", "2021-03-01", l3_fields, "Charlie's text."));
    let s1_fields = "session: HRC46\nsignatories: [Amnesty International]\nrelated: [l1]\n";
    site.write("content/statements/s1.md", &document("statement", "Delta", "2021-02-01", s1_fields, "Delta's text."));
    let s2_fields = "session: HRC45\nsignatories: [Amnesty International]\ntags: [Civic space]\n";
    site.write("content/statements/s2.md", &document("statement", "Echo", "2020-09-15", s2_fields, "Echo's text."));
    for (n, date) in [
        (1, "2020-06-01"),
        (2, "2019-01-01"),
        (3, "2018-05-01"),
        (4, "2018-04-01"),
        (5, "2018-03-01"),
        (6, "2018-02-01"),
    ] {
        let fields = format!("session: HRC{}\n", 39 + n);
        site.write(&format!("content/news/n{n}.md"), &document("news", &format!("News {n}"), date, &fields, "News."));
    }
    session_apart(&site);
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);

    // (file, from, to, pages the edit must leave alone)
    let edits: [(&str, &str, &str, &[&str]); 12] = [
        ("letters/l3.md", "\"Charlie\"", "\"Aardvark\"", &["news/n6.html"]),
        ("news/n2.md", "date: 2019-01-01", "date: 2022-01-01", &["news/n6.html"]),
        ("letters/l1.md", "tags: [Civic space]", "tags: []", &["news/n6.html"]),
        ("letters/l2.md", "[free press  unlimited]", "[Amnesty International]", &["news/n6.html"]),
        ("letters/l1.md", ", Free Press Unlimited]", "]", &["news/n6.html"]),
        ("letters/l3.md", "[Solo Org]", "[Solo Org, New Org]", &["news/n6.html"]),
        ("statements/s1.md", "related: [l1]", "related: [l1, l2]", &["news/n6.html"]),
        ("letters/l1.md", "A/HRC/46/L.1]", "A/HRC/46/L.3]", &["news/n6.html"]),
        ("news/n6.md", "session: HRC45\n", "session: HRC45\nsummary: A summary.\n", &["index.html", "letters/l1.html"]),
        ("statements/s2.md", "session: HRC45", "session: HRC46", &[]),
        // HRC40 loses its only document, and with it its page and the links to it.
        ("news/n1.md", "session: HRC40", "session: HRC46", &[]),
        // Its old neighbour in HRC35, renumbered, loses the link to it; the one between stays.
        ("statements/a.md", "date: 2017-06-01", "date: 2015-01-01", &["news/x.html"]),
    ];
    // An editor's save can report the file saved before it: a text edit, with one put in place.
    let n3 = site.root().join("content/news/n3.md");
    std::fs::write(&n3, std::fs::read_to_string(&n3).unwrap().replacen("News.", "News, edited.", 1)).unwrap();
    let l2 = site.root().join("content/letters/l2.md");
    std::fs::write(&l2, std::fs::read_to_string(&l2).unwrap().replacen("\"Bravo\"", "\"Bravo, renamed\"", 1)).unwrap();
    let pages = built.rebuild_edited(&[n3, l2]).expect("no full build").unwrap();
    built.write_search_index().unwrap();
    assert!(snapshot(&site.output()) == full_build(&site), "after a text edit and a title: differs from a full build");
    assert!(pages.iter().any(|p| p == "news/n3.html") && pages.iter().any(|p| p == "letters/index.html"));

    for (file, from, to, keeps) in edits {
        let path = site.root().join("content").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file}: no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let pages = built.rebuild_edited(&[path]).expect("no full build").unwrap();
        built.write_search_index().unwrap();
        assert!(snapshot(&site.output()) == full_build(&site), "after `{to}` in {file}: differs from a full build");
        for page in keeps {
            assert!(!pages.iter().any(|p| p == page), "after `{to}` in {file}: {page} rewritten");
        }
    }
}

/// Edits to documents that record or discuss a vote, the votes themselves unchanged, are
/// put in place: state pages, the votes index and the symbol's page follow the titles
/// and the order of the documents. After each the output is a full build's.
#[test]
fn edits_to_documents_about_votes_match_a_full_build() {
    let site = Site::new();
    // Each vote dated as its record is: a vote without a date would not take its document's.
    let vote = |symbol: &str, date: &str| {
        format!("votes:\n  - on: {symbol}\n    date: {date}\n    yes: [Fiji, Czech Republic]\n    no: [USA]\n")
    };
    let record = |file: &str, title: &str, date: &str, symbol: &str| {
        let kind = if file.starts_with("news") { "news" } else { "vote" };
        site.write(&format!("content/{file}"), &document(kind, title, date, &vote(symbol, date), "The record."));
    };
    // A vote record, and news recording a vote: the votes index lists both votes.
    record("news/l1.md", "Vote on L.1", "2020-10-06", "A/HRC/45/L.1");
    record("votes/l2.md", "Vote on L.2", "2020-10-07", "A/HRC/45/L.2");
    let about_l1 = "symbols: [A/HRC/45/L.1]\n";
    site.write("content/letters/first.md", &document("letter", "First letter", "2020-09-01", about_l1, "Vote no."));
    site.write("content/letters/second.md", &document("letter", "Second letter", "2020-08-01", about_l1, "Vote no."));
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let discussing = |site: &Site| site.page("states/fji.html").texts(".state-history td:last-child a");
    // The votes' own records are opened by the votes' links; the column names the others.
    assert_eq!(discussing(&site), ["First letter", "Second letter"]);

    let edits = [
        ("news/l1.md", "\"Vote on L.1\"", "\"The vote on L.1\""),
        ("letters/first.md", "\"First letter\"", "\"First, renamed\""),
        // Older than the second letter now: listed after it wherever the vote is discussed.
        ("letters/first.md", "date: 2020-09-01", "date: 2020-07-01"),
    ];
    for (file, from, to) in edits {
        let path = site.root().join("content").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        built.rebuild_edited(&[path]).expect("no full build").unwrap();
        built.write_search_index().unwrap();
        assert!(snapshot(&site.output()) == full_build(&site), "after `{to}` in {file}: differs from a full build");
    }
    assert_eq!(discussing(&site), ["Second letter", "First, renamed"]);
    let letter = site.page("letters/second.html");
    assert!(letter.text(".vote-meta").contains("The vote on L.1"), "{}", letter.text(".vote-meta"));
}

#[test]
fn an_edit_touching_translations_asks_for_a_full_build_and_a_text_edit_of_one_does_not() {
    let site = archive();
    site.write(
        "content/letters/a.fr.md",
        "---\ntitle: Lettre A\nkind: letter\ndate: 2020-06-22\nlanguage: fr\ntranslation_of: letters/a.md\nsession: HRC48\n---\n\nLes États doivent mettre fin aux représailles.\n",
    );
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let translation = site.root().join("content/letters/a.fr.md");

    // Its text alone: its page, as a full build writes it.
    site.write(
        "content/letters/a.fr.md",
        "---\ntitle: Lettre A\nkind: letter\ndate: 2020-06-22\nlanguage: fr\ntranslation_of: letters/a.md\nsession: HRC48\n---\n\nLes États doivent cesser les représailles.\n",
    );
    let pages = built.rebuild_edited(std::slice::from_ref(&translation)).expect("a text edit").unwrap();
    assert_eq!(pages, ["fr/letters/a.html"]);
    built.write_search_index().unwrap();
    assert!(snapshot(&site.output()) == full_build(&site), "the output differs from a full build's");

    // Its front matter, or a new translation: every page that lists or links a version.
    site.write(
        "content/letters/a.fr.md",
        "---\ntitle: Lettre A, révisée\nkind: letter\ndate: 2020-06-22\nlanguage: fr\ntranslation_of: letters/a.md\nsession: HRC48\n---\n\nLes États doivent cesser les représailles.\n",
    );
    assert!(built.rebuild_edited(std::slice::from_ref(&translation)).is_none());
    site.write(
        "content/news/c.es.md",
        "---\ntitle: Noticia C\nkind: news\ndate: 2020-06-22\nlanguage: es\ntranslation_of: news/c.md\n---\n\nTexto.\n",
    );
    assert!(built.rebuild_edited(&[site.root().join("content/news/c.es.md")]).is_none());
}

/// Two documents recording one vote: an edit to either changes what both show (the
/// sources, the one that leads) and whether they are one vote at all. After each the
/// output is a full build's.
#[test]
fn edits_to_the_sources_of_one_vote_match_a_full_build() {
    let site = Site::new();
    let record = "votes:\n  - on: A/HRC/45/L.1\n    session: HRC45\n    yes: [Fiji, Chile]\n    no: [USA]\n";
    site.write("content/votes/record.md", &document("vote", "The record", "2020-10-06", record, "The record."));
    let press = "```vote\non: A/HRC/45/L.1\nsession: HRC45\n---\nY FIJI\nN CHILE\nN UNITED STATES\n```";
    site.write("content/news/press.md", &document("news", "Press release", "2020-10-07", "", press));
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let sources = |site: &Site| site.page("votes/record.html").texts(".vote-sources a");
    assert_eq!(sources(&site), ["Press release", "The record"]);

    let edits = [
        ("news/press.md", "\"Press release\"", "\"The press release\""),
        // Older than the record now: the record leads.
        ("news/press.md", "date: 2020-10-07", "date: 2020-10-05"),
        ("votes/record.md", "[Fiji, Chile]", "[Fiji]"),
        // Another session: two votes.
        ("news/press.md", "session: HRC45", "session: HRC46"),
    ];
    for (file, from, to) in edits {
        let path = site.root().join("content").join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file}: no `{from}`");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        built.rebuild_edited(&[path]).expect("no full build").unwrap();
        built.write_search_index().unwrap();
        assert!(snapshot(&site.output()) == full_build(&site), "after `{to}` in {file}: differs from a full build");
    }
    assert!(sources(&site).is_empty(), "one source each");
    assert_eq!(site.page("votes/").texts(".votes-index tbody tr").len(), 2);
}

/// Seven letters, two to a page of each list; letter `n` dated day `n` of June.
fn paged_archive() -> Site {
    let site = Site::new();
    site.write("site.yaml", "title: Test archive\nbase_url: https://example.org/\npage_size: 2\n");
    for n in 1..=7 {
        paged_letter(&site, n, &format!("2021-06-{n:02}"), "[reprisals]");
    }
    site
}

fn paged_letter(site: &Site, n: usize, date: &str, tags: &str) {
    site.write(
        &format!("content/letters/l{n}.md"),
        &format!(
            "---\ntitle: \"Letter {n} on reprisals\"\nkind: letter\ndate: {date}\nsession: HRC47\n\
             signatories: [Amnesty International]\ntags: {tags}\n---\n\n\
             Delegations should support draft resolution A/HRC/47/L.12 on cooperation.\n"
        ),
    );
}

/// An edit that moves one document within a list, or into or out of it, shifts every
/// page between where it was and where it is: each such page is written again, though
/// it never showed the edited document, and the last page comes and goes with the
/// list's length.
#[test]
fn edits_that_shift_a_paginated_list_rewrite_every_page_it_shifts() {
    let site = paged_archive();
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let letter = |n: usize| site.root().join(format!("content/letters/l{n}.md"));
    let check = |built: &mut LiveSite, path: PathBuf, what: &str| {
        built.rebuild_edited(&[path]).expect("no full build").unwrap();
        built.write_search_index().unwrap();
        assert!(snapshot(&site.output()) == full_build(&site), "after {what}: the output differs from a full build's");
    };
    // The oldest letter, last in every list, becomes the newest.
    paged_letter(&site, 1, "2021-06-30", "[reprisals]");
    check(&mut built, letter(1), "a date edit");
    assert!(site.page("/letters/").text(".doc-list").contains("Letter 1 on"));
    assert!(site.page("/tags/reprisals/page/4.html").text(".doc-list").contains("Letter 2 on"));
    // The newest leaves the tag: the tag's pages shift the other way and lose the last.
    paged_letter(&site, 1, "2021-06-30", "[civic space]");
    check(&mut built, letter(1), "a tag taken away");
    assert!(!site.output().join("tags/reprisals/page/4.html").exists());
    // A letter removed, and one added.
    std::fs::remove_file(letter(4)).unwrap();
    check(&mut built, letter(4), "a letter removed");
    paged_letter(&site, 8, "2021-06-15", "[reprisals]");
    check(&mut built, letter(8), "a letter added");
    assert!(site.page("/letters/page/2.html").text(".doc-list").contains("Letter 7 on"));
    assert!(site.page("/letters/page/4.html").text(".doc-list").contains("Letter 2 on"));
}

/// A document in another language than the archive's, edited: its text, its date, and
/// then a new one beside it. Each is rendered in its own language's words (the ¶ links,
/// the notes, its kind and date in the search index), and the output is a full build's.
#[test]
fn edits_to_a_document_in_another_language_keep_its_words_and_match_a_full_build() {
    let site = archive();
    let body = "1. Les organisations soussignées saluent l’adoption de la résolution.[^1]\n\n2. Elles demandent un suivi régulier des cas de représailles.\n\n[^1]: Adoptée sans vote.";
    let fields = "language: fr\nsession: HRC48\nsignatories: [FIDH]\n";
    site.write("content/statements/d.md", &document("statement", "Déclaration D", "2021-10-08", fields, body));
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let path = site.root().join("content/statements/d.md");

    let edited = body.replace("un suivi régulier", "un suivi public et régulier");
    site.write("content/statements/d.md", &document("statement", "Déclaration D", "2021-10-08", fields, &edited));
    assert_eq!(
        built.rebuild_edited(std::slice::from_ref(&path)).expect("a text edit").unwrap(),
        ["fr/statements/d.html"]
    );
    built.write_search_index().unwrap();
    assert!(snapshot(&site.output()) == full_build(&site), "after a text edit: differs from a full build");
    let page = site.page("fr/statements/d.html");
    assert_eq!(page.attrs(".para-link", "aria-label"), ["Lien vers le paragraphe 1", "Lien vers le paragraphe 2"]);
    assert_eq!(page.attrs(".footnote-back", "aria-label"), ["Retour au texte"]);

    site.write("content/statements/d.md", &document("statement", "Déclaration D", "2021-10-09", fields, &edited));
    built.rebuild_edited(std::slice::from_ref(&path)).expect("an edit put in place").unwrap();
    built.write_search_index().unwrap();
    assert!(snapshot(&site.output()) == full_build(&site), "after a new date: differs from a full build");
    let rows = std::fs::read_to_string(site.output().join("search/docs-0.json")).unwrap();
    assert!(rows.contains("\"Déclaration\",\"9 octobre 2021\""), "{rows}");

    let fields = "language: es\nsession: HRC48\nsignatories: [FIDH]\n";
    let body =
        "1. Las organizaciones firmantes celebran la aprobación de la resolución.[^1]\n\n[^1]: Aprobada sin votación.";
    site.write("content/statements/e.md", &document("statement", "Declaración E", "2019-10-09", fields, body));
    built.rebuild_edited(&[site.root().join("content/statements/e.md")]).expect("a new document").unwrap();
    built.write_search_index().unwrap();
    assert!(snapshot(&site.output()) == full_build(&site), "after a new document: differs from a full build");
    assert_eq!(site.page("es/statements/e.html").attrs(".para-link", "aria-label"), ["Enlace al párrafo 1"]);
}

/// A report with a symbol of its own, cited by a joint letter that also names the report
/// as related and a voted draft among its symbols; the vote's record; and an oral
/// statement that cites nothing, of the letter's day: the letter comes first by its title.
fn cited_report(site: &Site) {
    let report = "symbol: A/HRC/49/29\nsession: HRC49\ntags: [reprisals]\n";
    site.write(
        "content/reports/reprisals.md",
        &document(
            "report",
            "Cooperation with the United Nations in the field of human rights",
            "2022-02-10",
            report,
            "1. The Secretary-General documents intimidation of those who engage with the Council.",
        ),
    );
    let vote = "session: HRC48\nvotes:\n  - on: A/HRC/48/L.4\n    date: 2021-10-07\n    yes: [Fiji, Czech Republic]\n    no: [USA]\n";
    site.write(
        "content/votes/hrc48-l4.md",
        &document(
            "vote",
            "Vote on draft resolution A/HRC/48/L.4",
            "2021-10-07",
            vote,
            "1. The Council adopted the draft by a recorded vote.",
        ),
    );
    let letter = "session: HRC49\nsignatories: [Amnesty International, FIDH]\ntags: [reprisals]\n\
                  symbols: [A/HRC/48/L.4]\nrelated: [reprisals]\n";
    site.write(
        "content/letters/joint-letter.md",
        &document(
            "letter",
            "Joint NGO letter on reprisals",
            "2022-03-01",
            letter,
            "1. Our organisations urge delegations to give full effect to resolution A/HRC/RES/48/17.\n\
             2. The cases set out in A/HRC/49/29 call for a response from the Council itself.",
        ),
    );
    site.write(
        "content/statements/item5.md",
        &document(
            "statement",
            "Oral statement under item 5",
            "2022-03-01",
            "session: HRC49\nsignatories: [FIDH]\n",
            "1. Civil society must be able to speak in this room without fear.",
        ),
    );
}

/// Documents added, removed and renamed so that other documents' places in the
/// archive's order shift: each index that names documents by their place (who cites the
/// report, the session's neighbours) follows, and the output is a full build's.
#[test]
fn documents_added_removed_and_renamed_ahead_of_the_others_keep_who_cites_what() {
    let site = Site::new();
    cited_report(&site);
    let mut built = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let cited_by = |site: &Site| site.page("reports/reprisals.html").texts(".cited-by .doc-list > li > a");
    let letter = "Joint NGO letter on reprisals";
    assert_eq!(cited_by(&site), [letter]);
    let discussing = |site: &Site| site.page("states/fji.html").texts(".state-history td:last-child a");
    assert_eq!(discussing(&site), [letter]);
    let step = |built: &mut LiveSite, paths: &[PathBuf], what: &str| {
        let pages = built.rebuild_edited(paths).expect("no full build").unwrap();
        built.write_search_index().unwrap();
        assert!(snapshot(&site.output()) == full_build(&site), "after {what}: differs from a full build");
        pages
    };

    // Newer than every other document: the first in the archive, citing nothing.
    let statement = site.root().join("content/statements/safe-participation.md");
    site.write(
        "content/statements/safe-participation.md",
        &document(
            "statement",
            "Joint statement on safe participation",
            "2022-03-10",
            "session: HRC49\n",
            "1. Speakers at a side event described travel bans imposed after earlier sessions.",
        ),
    );
    step(&mut built, std::slice::from_ref(&statement), "adding a statement that cites nothing");
    assert_eq!(cited_by(&site), [letter]);
    assert!(site.page("statements/item5.html").texts(".cited-by").is_empty(), "nothing cites the oral statement");

    // Newer still, and citing the report too.
    let appeal = site.root().join("content/letters/urgent-appeal.md");
    site.write(
        "content/letters/urgent-appeal.md",
        &document(
            "letter",
            "Urgent appeal on detained defenders",
            "2022-03-15",
            "session: HRC49\nsignatories: [FIDH]\n",
            "1. Two of the defenders named in A/HRC/49/29 were detained on their return home.\n\
             2. We ask the President of the Council to raise their cases, as resolution A/HRC/RES/48/17 allows.",
        ),
    );
    step(&mut built, std::slice::from_ref(&appeal), "adding a letter that cites the report");
    assert_eq!(cited_by(&site), ["Urgent appeal on detained defenders", letter]);

    // The first document goes: every other moves up one.
    std::fs::remove_file(&appeal).unwrap();
    step(&mut built, std::slice::from_ref(&appeal), "removing the first document");
    assert_eq!(cited_by(&site), [letter]);

    // Renamed and retitled: it now sorts after the oral statement of the same day.
    let old_path = site.root().join("content/letters/joint-letter.md");
    let new_path = site.root().join("content/letters/reprisals-letter.md");
    let text = std::fs::read_to_string(&old_path).unwrap();
    std::fs::remove_file(&old_path).unwrap();
    std::fs::write(&new_path, text.replacen(letter, "Reprisals: a joint NGO letter", 1)).unwrap();
    step(&mut built, &[old_path, new_path.clone()], "renaming the letter");
    assert_eq!(cited_by(&site), ["Reprisals: a joint NGO letter"]);

    // Older than the report now: it moves past the report in the archive's order.
    let text = std::fs::read_to_string(&new_path).unwrap();
    std::fs::write(&new_path, text.replacen("date: 2022-03-01", "date: 2022-02-01", 1)).unwrap();
    step(&mut built, std::slice::from_ref(&new_path), "moving the letter past the report");
    assert_eq!(cited_by(&site), ["Reprisals: a joint NGO letter"]);

    // A new document first again; then an edit to the letter's text alone is one still.
    site.write(
        "content/statements/follow-up.md",
        &document(
            "statement",
            "Follow-up statement on safe participation",
            "2022-03-20",
            "session: HRC49\n",
            "1. The travel bans described at the side event remain in place.",
        ),
    );
    step(&mut built, &[site.root().join("content/statements/follow-up.md")], "adding another statement");
    let text = std::fs::read_to_string(&new_path).unwrap();
    std::fs::write(&new_path, text.replacen("itself.", "itself, without delay.", 1)).unwrap();
    let pages = step(&mut built, std::slice::from_ref(&new_path), "a text edit to the letter");
    assert_eq!(pages, ["letters/reprisals-letter.html"]);
    assert_eq!(cited_by(&site), ["Reprisals: a joint NGO letter"]);
    assert_eq!(discussing(&site), ["Reprisals: a joint NGO letter"]);
}
