//! A draft, its revisions and the text adopted from it are one resolution: one page at
//! one address, which every citation of any of them reaches, the others' addresses
//! redirecting to it; `data/resolutions.yaml` ties a draft to its adopted text, and the
//! UN documents index groups pages by body and session.
//!
//! Session 99 and every fact about it below are made up for the tests: no such session
//! has met.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::path::PathBuf;

use common::{Page, Site, broken_links, plenary, snapshot};
use plenary::pipeline::{BuildOptions, build, build_keeping};
use plenary::progress::Silent;
use plenary::serve::LiveSite;

const REGISTRY: &str = "\
# Drafts tied to the texts adopted from them, each fact from the session's records.
- symbol: A/HRC/RES/99/4
  title: Civil society space in times of emergency
  drafts: [A/HRC/99/L.7]
  adopted: 2031-04-02
";

const LETTER: &str = "\
We, the undersigned organisations, write to urge your delegation to support draft
resolution A/HRC/99/L.7 on civil society space in times of emergency, and to vote
against any amendment that would weaken its operative paragraphs 4 and 9.

Emergency measures adopted since 2029 have been used to dissolve associations and to
detain human rights defenders. The draft (A/HRC/99/L.7) recalls that such measures
must be lawful, necessary and proportionate.";

const STATEMENT: &str = "\
Madam President,

On behalf of the core group, I have the honour to introduce draft resolution
A/HRC/99/L.7/Rev.1, as orally revised. The revised text reflects five rounds of
informal consultations, and we thank all delegations for their constructive spirit.";

const NEWS: &str = "\
GENEVA — The Human Rights Council today adopted resolution A/HRC/RES/99/4, by which it
calls on States to ensure that emergency measures do not unduly restrict civic space.
The text was adopted by a recorded vote after a draft amendment was rejected.";

/// The draft, its revision and the adopted text, each cited by one document; the vote
/// on the revision is recorded by the news item.
fn adopted_site() -> Site {
    let site = Site::new();
    site.write("data/resolutions.yaml", REGISTRY);
    site.doc("letters/urge-support.md", "Joint letter: support the draft on civil society space", SIGNED, LETTER);
    site.doc("statements/core-group.md", "Statement of the core group introducing the draft", SIGNED, STATEMENT);
    site.doc(
        "news/adopted.md",
        "Council adopts resolution on civil society space",
        "votes:\n  - on: A/HRC/99/L.7/Rev.1\n    declared: { yes: 30, no: 8, abstain: 9 }",
        NEWS,
    );
    site
}

const SIGNED: &str = "signatories: [Amnesty International, International Service for Human Rights]";

const PAGE: &str = "/symbols/a-hrc-res-99-4.html";

#[test]
fn a_draft_its_revision_and_the_adopted_text_are_one_page() {
    let site = adopted_site();
    site.build(&[]).assert_ok();
    let page = site.page("symbols/a-hrc-res-99-4.html");
    assert_eq!(page.text("h1"), "Civil society space in times of emergency");
    assert_eq!(page.texts(".symbol-texts a.symbol"), ["A/HRC/99/L.7", "A/HRC/99/L.7/Rev.1", "A/HRC/RES/99/4"]);
    assert_eq!(page.texts(".symbol-texts .text-kind"), ["draft", "revised draft", "resolution"]);
    assert!(page.text(".symbol-texts").contains("A/HRC/RES/99/4 resolution, adopted on 2 April 2031"));
    // Each citing document once, though the letter cites the draft twice.
    let mut citing = page.texts(".citations > li > a");
    citing.sort();
    assert_eq!(
        citing,
        [
            "Council adopts resolution on civil society space",
            "Joint letter: support the draft on civil society space",
            "Statement of the core group introducing the draft",
        ]
    );
    // The vote on the revision is the resolution's.
    assert!(page.text("main").contains("on A/HRC/99/L.7/Rev.1: 30 in favour, 8 against, 9 abstaining"));
    // Every citation leads to the one page, with no redirect on the way.
    for (document, printed) in [
        ("letters/urge-support.html", vec!["resolution A/HRC/99/L.7", "A/HRC/99/L.7"]),
        ("statements/core-group.html", vec!["A/HRC/99/L.7/Rev.1"]),
        ("news/adopted.html", vec!["A/HRC/RES/99/4"]),
    ] {
        let page = site.page(document);
        assert_eq!(page.texts(".body a.symbol").len(), printed.len(), "{document}");
        assert!(page.attrs(".body a.symbol", "href").iter().all(|href| href == PAGE), "{document}");
    }
    assert!(site.page("news/adopted.html").attrs("a", "href").iter().all(|href| !href.contains("a-hrc-99-l-7")));
    assert!(broken_links(&site.output(), "/").is_empty(), "{:?}", broken_links(&site.output(), "/"));
}

#[test]
fn the_other_symbols_addresses_redirect_to_the_page() {
    let site = adopted_site();
    site.build(&[]).assert_ok();
    for alias in ["symbols/a-hrc-99-l-7.html", "symbols/a-hrc-99-l-7-rev-1.html"] {
        let page = site.page(alias);
        assert_eq!(page.attrs("meta[http-equiv=refresh]", "content"), [format!("0; url={PAGE}")], "{alias}");
        assert_eq!(page.attrs("link[rel=canonical]", "href"), ["https://example.org/symbols/a-hrc-res-99-4.html"]);
        assert_eq!(page.attrs("meta[name=robots]", "content"), ["noindex"]);
        assert_eq!(page.attrs("body a", "href"), [PAGE], "a reader without refresh can follow it");
    }
    let sitemap = std::fs::read_to_string(site.output().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://example.org/symbols/a-hrc-res-99-4.html</loc>"), "{sitemap}");
    assert!(!sitemap.contains("a-hrc-99-l-7"), "redirects are not pages to index: {sitemap}");
}

#[test]
fn revisions_group_with_their_first_draft_without_a_registry() {
    let site = Site::new();
    site.doc(
        "letters/early.md",
        "Letter on the first draft",
        SIGNED,
        "Draft resolution A/HRC/98/L.12 omits any reference to reprisals against those who\ncooperate with the United Nations.",
    );
    site.doc(
        "letters/late.md",
        "Letter on the revisions",
        SIGNED,
        "The first revision (A/HRC/98/L.12/Rev.1) restored the paragraph on reprisals, and\nA/HRC/98/L.12/Rev.2 kept it.",
    );
    // Only a revision of this one is cited: its page is its first draft's all the same.
    site.doc(
        "news/only-revision.md",
        "Vote on the revised draft",
        "",
        "The Council voted on A/HRC/98/L.30/Rev.1 today.",
    );
    site.build(&[]).assert_ok();
    let page = site.page("symbols/a-hrc-98-l-12.html");
    assert_eq!(page.texts(".symbol-texts a.symbol"), ["A/HRC/98/L.12", "A/HRC/98/L.12/Rev.1", "A/HRC/98/L.12/Rev.2"]);
    assert_eq!(page.texts(".citations > li > a").len(), 2);
    for alias in ["a-hrc-98-l-12-rev-1", "a-hrc-98-l-12-rev-2"] {
        let redirect = site.page(&format!("symbols/{alias}.html"));
        assert_eq!(redirect.attrs("body a", "href"), ["/symbols/a-hrc-98-l-12.html"]);
    }
    assert_eq!(site.page("letters/late.html").attrs(".body a.symbol", "href"), ["/symbols/a-hrc-98-l-12.html"; 2]);
    let lone = site.page("symbols/a-hrc-98-l-30.html");
    assert_eq!(lone.texts(".symbol-texts a.symbol"), ["A/HRC/98/L.30", "A/HRC/98/L.30/Rev.1"]);
    assert_eq!(site.page("symbols/a-hrc-98-l-30-rev-1.html").attrs("body a", "href"), ["/symbols/a-hrc-98-l-30.html"]);
}

#[test]
fn a_title_comes_from_the_registry_then_a_vote_then_a_document_that_is_one_of_the_texts() {
    let site = Site::new();
    site.write(
        "data/resolutions.yaml",
        "- symbol: A/HRC/RES/98/9\n  drafts: [A/HRC/98/L.20]\n- symbol: A/HRC/RES/98/2\n  title: The title the adopted text prints\n",
    );
    // A vote's title, where the registry gives none.
    site.doc(
        "news/votes.md",
        "Votes at the close of the session",
        "votes:\n  - on: A/HRC/98/L.3\n    title: Safety of journalists\n    declared: { yes: 40, no: 0, abstain: 7 }\n  - on: A/HRC/RES/98/2\n    title: The title as the vote sheet prints it\n    declared: { yes: 25, no: 12, abstain: 10 }",
        "The Council voted on A/HRC/98/L.3 and on the text that became A/HRC/RES/98/2.",
    );
    // The draft's own text in the archive, and a citation of what was adopted from it.
    site.doc(
        "annexes/draft-text.md",
        "Draft resolution on the right to a healthy environment",
        "symbol: A/HRC/98/L.20",
        "The Human Rights Council,\n\nGuided by the purposes and principles of the Charter of the United Nations,",
    );
    site.doc("letters/welcome.md", "Welcome for the adopted text", SIGNED, "We welcome resolution A/HRC/RES/98/9.");
    site.build(&[]).assert_ok();
    assert_eq!(site.page("symbols/a-hrc-98-l-3.html").text("h1"), "Safety of journalists");
    assert_eq!(site.page("symbols/a-hrc-res-98-2.html").text("h1"), "The title the adopted text prints");
    let adopted = site.page("symbols/a-hrc-res-98-9.html");
    assert_eq!(adopted.text("h1"), "Draft resolution on the right to a healthy environment");
    // The draft is a document of the archive: its symbol leads there, and keeps no redirect.
    assert_eq!(adopted.attrs(".symbol-texts a.symbol", "href")[0], "/annexes/draft-text.html");
    assert!(!site.output().join("symbols/a-hrc-98-l-20.html").exists());
    // With no title known, the heading is the symbol.
    site.doc("news/bare.md", "Bare", "", "See A/HRC/98/31.");
    site.build(&[]).assert_ok();
    assert_eq!(site.page("symbols/a-hrc-98-31.html").text("h1"), "A/HRC/98/31");
}

#[test]
fn when_the_adopted_text_is_a_document_of_the_archive_its_drafts_lead_there() {
    let site = Site::new();
    site.write("data/resolutions.yaml", "- symbol: A/HRC/RES/97/2\n  drafts: [A/HRC/97/L.5]\n");
    site.doc(
        "reports/resolution.md",
        "Resolution 97/2: Cooperation with the United Nations",
        "symbol: A/HRC/RES/97/2",
        "The Human Rights Council,\n\nReaffirming its commitment to the universality of human rights,",
    );
    site.doc("letters/draft.md", "Letter on the draft", SIGNED, "We support A/HRC/97/L.5 and A/HRC/97/L.5/Rev.1.");
    site.build(&[]).assert_ok();
    let letter = site.page("letters/draft.html");
    assert_eq!(letter.attrs(".body a.symbol", "href"), ["/reports/resolution.html"; 2]);
    assert_eq!(site.page("reports/resolution.html").texts(".cited-by .doc-list > li > a"), ["Letter on the draft"]);
    assert!(!site.output().join("symbols/a-hrc-res-97-2.html").exists());
    for alias in ["a-hrc-97-l-5", "a-hrc-97-l-5-rev-1"] {
        let redirect = site.page(&format!("symbols/{alias}.html"));
        assert_eq!(redirect.attrs("body a", "href"), ["/reports/resolution.html"]);
        assert_eq!(redirect.attrs("link[rel=canonical]", "href"), ["https://example.org/reports/resolution.html"]);
    }
}

#[test]
fn the_index_groups_by_body_and_session_sorts_numbers_as_numbers_and_counts_citing_documents() {
    let site = adopted_site();
    site.doc(
        "reports/preamble.md",
        "Report on the follow-up to resolutions",
        "symbols: [A/HRC/RES/37/23, A/HRC/RES/5/1, A/RES/60/251, S/RES/2250 (2015), E/RES/1996/31, E/CN.4/RES/2005/69]",
        "Recalling Human Rights Council resolutions A/HRC/RES/5/1 and A/HRC/RES/37/23.",
    );
    site.doc("news/more.md", "More on resolution 37/23", "symbols: [A/HRC/RES/37/23]", "Body.");
    site.build(&[]).assert_ok();
    let index = site.page("symbols/");
    assert_eq!(
        index.texts(".symbol-body > h2"),
        [
            "Human Rights Council",
            "General Assembly",
            "Security Council",
            "Economic and Social Council",
            "Commission on Human Rights"
        ]
    );
    assert_eq!(index.texts(".symbol-body > h3"), ["HRC5", "HRC37", "HRC99", "Session 60", "2015", "1996", "2005"]);
    assert_eq!(
        index.texts(".symbol-list a"),
        [
            "A/HRC/RES/5/1",
            "A/HRC/RES/37/23",
            "A/HRC/RES/99/4",
            "A/RES/60/251",
            "S/RES/2250 (2015)",
            "E/RES/1996/31",
            "E/CN.4/RES/2005/69"
        ]
    );
    let entries = index.texts(".symbol-list li");
    assert_eq!(entries[1], "A/HRC/RES/37/23 cited in 2 documents");
    assert_eq!(
        entries[2],
        "A/HRC/RES/99/4 with A/HRC/99/L.7, A/HRC/99/L.7/Rev.1 Civil society space in times of emergency cited in 3 documents"
    );
}

#[test]
fn registry_errors_name_the_file_and_both_lines() {
    let site = adopted_site();
    site.write(
        "data/resolutions.yaml",
        &format!("{REGISTRY}- symbol: A/HRC/RES/99/6\n  title: Another text\n  drafts: [A/HRC/99/L.7/Rev.1]\n"),
    );
    let run = plenary(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(run.code(), Some(1), "{}", run.stdout());
    let stderr = run.stderr();
    assert!(
        stderr.contains(
            "data/resolutions.yaml:8:12: error: drafts: `A/HRC/99/L.7/Rev.1` is a revision of the same draft as `A/HRC/99/L.7`, named at data/resolutions.yaml:4 (the entry of `A/HRC/RES/99/4`)"
        ),
        "{stderr}"
    );
    site.write("data/resolutions.yaml", "- symbol: A/HRC/RES/99/4\n  adoptd: 2031-04-02\n");
    site.build(&[])
        .assert_fails_with(&["data/resolutions.yaml:2:3: error: unknown field `adoptd`", "did you mean `adopted`?"]);
    // No registry at all is an empty one.
    std::fs::remove_file(site.root().join("data/resolutions.yaml")).unwrap();
    site.build(&[]).assert_ok();
    assert_eq!(
        site.page("symbols/a-hrc-99-l-7.html").texts(".symbol-texts a.symbol"),
        ["A/HRC/99/L.7", "A/HRC/99/L.7/Rev.1"]
    );
    assert_eq!(site.page("symbols/a-hrc-res-99-4.html").texts(".symbol-texts a.symbol"), ["A/HRC/RES/99/4"]);
}

fn options(site: &Site, output: Option<PathBuf>) -> BuildOptions {
    BuildOptions { root: site.root().to_owned(), output, ..BuildOptions::default() }
}

/// The archive as it stands, built from nothing into a folder of its own.
fn full_build(site: &Site) -> Vec<(PathBuf, Vec<u8>)> {
    let fresh = tempfile::tempdir().unwrap();
    let output = fresh.path().join("site");
    build(&options(site, Some(output.clone())), &Silent).unwrap();
    snapshot(&output)
}

/// What an edit is, the edit, and the files it must change.
type Edit<'a> = (&'a str, &'a dyn Fn(), &'a [&'a str]);

#[test]
fn serve_keeps_the_page_and_its_redirects_as_a_full_build_would_write_them() {
    let site = adopted_site();
    let mut live = LiveSite::from(build_keeping(&options(&site, None), &Silent).unwrap().0);
    let statement = |title: &str, body: &str| {
        site.doc("statements/core-group.md", title, SIGNED, body);
    };
    let with_rev2 = format!("{STATEMENT}\n\nA/HRC/99/L.7/Rev.2 follows.");
    let edits: [Edit<'_>; 4] = [
        // A second revision is cited: its address redirects, and the page lists it.
        (
            "a new revision",
            &|| statement("Statement of the core group introducing the draft", &with_rev2),
            &["symbols/a-hrc-99-l-7-rev-2.html", "symbols/a-hrc-res-99-4.html"],
        ),
        // The title of a document citing it, which the page lists.
        (
            "a citing document's title",
            &|| statement("The core group introduces the draft", &with_rev2),
            &["symbols/a-hrc-res-99-4.html"],
        ),
        // The vote on the revision.
        (
            "the vote",
            &|| {
                site.doc(
                    "news/adopted.md",
                    "Council adopts resolution on civil society space",
                    "votes:\n  - on: A/HRC/99/L.7/Rev.1\n    declared: { yes: 31, no: 8, abstain: 8 }",
                    NEWS,
                );
            },
            &["symbols/a-hrc-res-99-4.html"],
        ),
        // The citation of the second revision goes, and its redirect with it.
        (
            "the revision gone",
            &|| statement("The core group introduces the draft", STATEMENT),
            &["symbols/a-hrc-99-l-7-rev-2.html", "symbols/a-hrc-res-99-4.html"],
        ),
    ];
    for (what, edit, changes) in edits {
        let before = snapshot(&site.output());
        edit();
        let edited: Vec<PathBuf> =
            ["statements/core-group.md", "news/adopted.md"].map(|file| site.root().join("content").join(file)).into();
        live.rebuild_edited(&edited).expect("no full build").unwrap();
        live.write_search_index().unwrap();
        let after = snapshot(&site.output());
        assert!(after == full_build(&site), "after {what}: the output differs from a full build's");
        for page in changes {
            let was = before.iter().find(|(path, _)| path.to_str() == Some(page));
            let is = after.iter().find(|(path, _)| path.to_str() == Some(page));
            assert!(was != is, "after {what}: {page} unchanged");
        }
    }
    let page = Page::read(&site.output(), "symbols/a-hrc-res-99-4.html");
    assert!(page.text("main").contains("31 in favour, 8 against, 8 abstaining"));
}

#[test]
fn a_redirect_and_a_page_at_one_address_fail_naming_both_files() {
    let site = adopted_site();
    // A paste from a PDF turned the draft's full stop into a hyphen: another symbol,
    // whose page would be at the draft's address.
    site.doc("news/pasted.md", "Pasted", "", "The core group tabled A/HRC/99/L-7 on\nthe last day.");
    let run = site.build(&[]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    let stderr = run.stderr();
    assert!(stderr.contains("/symbols/a-hrc-99-l-7.html"), "{stderr}");
    assert!(stderr.contains("the redirect from A/HRC/99/L.7"), "{stderr}");
    assert!(
        stderr.contains("content/news/pasted.md:7") && stderr.contains("content/letters/urge-support.md:9"),
        "{stderr}"
    );
}
