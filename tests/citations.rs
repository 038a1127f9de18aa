//! Citations a reader can follow, and `plenary check`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::sync::OnceLock;

use common::{Page, Site, broken_links, plenary, repo_root};

fn seed_output() -> &'static std::path::Path {
    static OUTPUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUTPUT
        .get_or_init(|| {
            let out = tempfile::tempdir().unwrap();
            let site = out.path().join("site");
            plenary(&["build", "--root", repo_root().to_str().unwrap(), "--output", site.to_str().unwrap()])
                .assert_ok();
            out
        })
        .path()
}

fn seed_page(path: &str) -> Page {
    Page::read(&seed_output().join("site"), path)
}

#[test]
fn every_symbol_the_seeds_mention_has_a_page() {
    // Read off the seeds: full symbols, and "resolution N/M" in their short forms; by
    // body, then by session, numbers sorted as numbers (RES/5/1 before RES/28/2). The
    // vote on A/HRC/43/L.13/Rev.1 is on the page of the draft it revises.
    let expected = [
        ("A/HRC/RES/5/1", None),
        ("A/HRC/19/74", None),
        ("A/HRC/23/20", None),
        ("A/HRC/26/41", None),
        ("A/HRC/RES/28/2", None),
        ("A/HRC/RES/37/23", Some(COOPERATION)),
        ("A/HRC/43/31", None),
        ("A/HRC/43/L.13", Some(COOPERATION)),
        ("A/HRC/43/L.31", None),
        ("A/HRC/43/L.42", None),
        ("A/RES/60/251", None),
        ("A/RES/72/247", None),
    ];
    let index = seed_page("symbols/");
    assert_eq!(index.texts(".symbol-list a"), expected.map(|(symbol, _)| symbol));
    assert_eq!(index.texts(".symbol-body > h2"), ["Human Rights Council", "General Assembly"]);
    for (symbol, title) in expected {
        let slug = symbol.to_lowercase().replace(['/', '.'], "-");
        let page = seed_page(&format!("symbols/{slug}.html"));
        assert_eq!(page.text("h1"), title.unwrap_or(symbol));
        assert_eq!(page.texts(".symbol-texts a")[0], symbol);
        assert_eq!(page.attrs(".symbol-texts a", "href")[0], format!("https://docs.un.org/en/{symbol}"));
    }
}

/// The title the seeds' recorded votes give resolution 37/23 and draft A/HRC/43/L.13/Rev.1.
const COOPERATION: &str = "Promoting mutually beneficial cooperation in the field of human rights";

#[test]
fn the_page_of_resolution_37_23_lists_the_annex_with_its_sentence() {
    let page = seed_page("symbols/a-hrc-res-37-23.html");
    assert_eq!(
        page.texts(".citations > li > a"),
        [
            "Annex: Key concerns with draft resolution A/HRC/43/L.31 on promoting mutually beneficial cooperation in the field of human rights"
        ]
    );
    assert!(
        page.text(".citations q")
            .contains("in the context of the negotiation of resolution 37/23) on the lack of clarity")
    );
    // Its vote, known by its totals, is there too, and the date data/resolutions.yaml gives.
    assert!(page.text("main").contains("28 in favour, 1 against, 17 abstaining"));
    assert_eq!(page.text(".symbol-texts"), "A/HRC/RES/37/23 resolution, adopted on 23 March 2018");
    // The annex's own link goes to that page.
    let annex = seed_page("annexes/hrc43-annex-mutually-beneficial-cooperation.html");
    assert!(annex.attrs(".body a.symbol", "href").contains(&"/symbols/a-hrc-res-37-23.html".to_owned()));
}

#[test]
fn short_forms_link_to_the_right_body() {
    let letter = seed_page("letters/hrc37-win-win-cooperation.html");
    // "as articulated by the General Assembly in its resolution 60/251"
    assert_eq!(letter.attrs(".body a.symbol", "href"), ["/symbols/a-res-60-251.html"]);
    assert_eq!(letter.texts(".body a.symbol"), ["resolution 60/251"]);
    let report = seed_page("reports/hrc31-enhancement-of-international-cooperation.html");
    assert!(report.attrs(".body a.symbol", "href").contains(&"/symbols/a-hrc-res-28-2.html".to_owned()));
}

#[test]
fn the_reports_paragraphs_have_stable_ids() {
    let report = seed_page("reports/hrc31-enhancement-of-international-cooperation.html");
    let ids = report.attrs(".body li[id^=p]", "id");
    assert_eq!(ids, (1..=38).map(|n| format!("p{n}")).collect::<Vec<_>>());
    assert_eq!(report.attrs("#p104", "id").len(), 0);
    assert_eq!(report.attrs("#p12 > a.para-link", "href"), ["#p12"]);
}

#[test]
fn a_paragraph_of_a_report_outside_the_archive_stays_text() {
    let statement = seed_page("statements/hrc43-item10-joint-statement.html");
    let body = statement.text(".body");
    assert!(body.contains("(A/HRC/43/31), which over-emphasises, in particular, the principles of sovereignty and non-intervention (para. 104)"), "{body}");
    assert_eq!(statement.attrs(".body a.symbol", "href"), ["/symbols/a-hrc-43-31.html"]);
    assert!(statement.attrs(".body a", "href").iter().all(|href| !href.contains("#p104")));
}

#[test]
fn symbol_pages_link_their_neighbours_from_the_same_session() {
    let page = seed_page("symbols/a-hrc-43-l-31.html");
    assert_eq!(page.texts(".neighbours li"), ["Before it: A/HRC/43/L.13", "After it: A/HRC/43/L.42"]);
    // The first and the last of a session link one neighbour each.
    assert_eq!(seed_page("symbols/a-hrc-43-31.html").texts(".neighbours a"), ["A/HRC/43/L.13"]);
    assert_eq!(seed_page("symbols/a-hrc-43-l-42.html").texts(".neighbours a"), ["A/HRC/43/L.31"]);
    assert_eq!(page.attrs(".lede a[href='/sessions/hrc43.html']", "href").len(), 1);
}

#[test]
fn check_passes_the_seed_archive() {
    let run = plenary(&["check", "--root", repo_root().to_str().unwrap()]);
    assert_eq!(run.code(), Some(0), "{}{}", run.stdout(), run.stderr());
    assert!(run.stdout().contains("Checked 6 documents: 0 errors, 1 warning."), "{}", run.stdout());
}

/// A report that declares its symbol, and documents citing it.
fn citing_site() -> Site {
    let site = Site::new();
    let paragraphs: String = (1..=14).map(|n| format!("{n}. Paragraph {n} of the report.\n\n")).collect();
    site.doc("reports/report.md", "The report", "symbol: A/HRC/31/81", &paragraphs);
    site
}

#[test]
fn a_paragraph_reference_links_into_a_report_of_the_archive() {
    let site = citing_site();
    site.doc(
        "letters/cites.md",
        "Cites",
        "signatories: [X]",
        "As A/HRC/31/81 says (para. 12), and paras. 13 and 14.\n\nLater, para. 12 alone.",
    );
    site.build(&[]).assert_ok();
    let letter = site.page("letters/cites.html");
    assert_eq!(
        letter.attrs(".body a", "href"),
        ["/reports/report.html", "/reports/report.html#p12", "/reports/report.html#p13", "/reports/report.html#p14"]
    );
    assert_eq!(letter.texts(".body a"), ["A/HRC/31/81", "para. 12", "paras. 13", "14"]);
    assert!(letter.text(".body").contains("Later, para. 12 alone."), "no citation in that paragraph");
    // The report knows who cites it, and has no symbol page of its own.
    let report = site.page("reports/report.html");
    assert_eq!(report.texts(".cited-by .doc-list > li > a"), ["Cites"]);
    assert_eq!(report.attrs(".meta a.symbol", "href"), ["https://docs.un.org/en/A/HRC/31/81"]);
    assert!(!site.output().join("symbols/a-hrc-31-81.html").exists());
    assert!(broken_links(&site.output(), "/").is_empty());
}

#[test]
fn internal_links_resolve_to_pages_and_anchors_and_count_as_citations() {
    let site = citing_site();
    site.doc(
        "news/n.md",
        "N",
        "symbols: [A/HRC/31/81]",
        "See [paragraph 3](@/reports/report.md#p3) and [the report](@/reports/report.md).",
    );
    site.build(&[]).assert_ok();
    let news = site.page("news/n.html");
    assert_eq!(news.attrs(".body a", "href"), ["/reports/report.html#p3", "/reports/report.html"]);
    assert_eq!(
        news.attrs(".meta a.symbol", "href"),
        ["/reports/report.html"],
        "a listed symbol of the archive links to its document"
    );
    assert_eq!(site.page("reports/report.html").texts(".cited-by .doc-list > li > a"), ["N"]);
}

#[test]
fn a_link_to_a_heading_finds_it_whatever_order_the_files_load_in() {
    // Files load in name order and the archive is newest first: each document's anchors
    // must follow it from the one order to the other.
    let site = Site::new();
    site.write(
        "content/news/a-older.md",
        "---\ntitle: \"Older\"\nkind: news\ndate: 2019-01-01\n---\n\n## Only the older has this\n\nText.\n",
    );
    site.write(
        "content/news/b-newer.md",
        "---\ntitle: \"Newer\"\nkind: news\ndate: 2021-01-01\n---\n\nSee [it](@/news/a-older.md#only-the-older-has-this).\n",
    );
    site.build(&[]).assert_ok();
    assert_eq!(site.page("news/b-newer.html").attrs(".body a", "href"), ["/news/a-older.html#only-the-older-has-this"]);
}

#[test]
fn check_names_each_broken_link_missing_anchor_and_duplicate_slug() {
    let site = citing_site();
    site.doc("news/a.md", "A", "", "Text.\n\nSee [x](@/statements/missing.md).");
    site.doc("news/b.md", "B", "", "See [p99](@/reports/report.md#p99).");
    site.doc("news/c.md", "C", "slug: a", "Body");
    site.doc("news/d.md", "D", "", "A note[^1].");
    let run = plenary(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(run.code(), Some(1));
    let stderr = run.stderr();
    let expected = "content/news/c.md:5: error: slug: `a` has the same URL /news/a.html as content/news/a.md";
    assert!(stderr.contains(expected), "{expected}\n{stderr}");
    // With the duplicate slug gone, the body problems come through, each at its line and column.
    std::fs::remove_file(site.root().join("content/news/c.md")).unwrap();
    let run = plenary(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(run.code(), Some(1));
    let stderr = run.stderr();
    for expected in [
        "content/news/a.md:9:5: error: broken link `@/statements/missing.md`: there is no content/statements/missing.md",
        "content/news/b.md:7:5: error: broken link `@/reports/report.md#p99`: content/reports/report.md has no anchor `#p99`",
        "content/news/d.md:7:7: error: footnote `[^1]` is cited but never defined",
    ] {
        assert!(stderr.contains(expected), "{expected}\n{stderr}");
    }
    assert!(run.stdout().contains("3 errors"), "{}", run.stdout());
    assert!(!site.output().exists(), "check writes nothing");
}

#[test]
fn check_strict_and_json() {
    let site = Site::new();
    site.doc("letters/unsigned.md", "Unsigned", "", "Body");
    let root = site.root().to_str().unwrap();
    assert_eq!(plenary(&["check", "--root", root]).code(), Some(0), "a warning alone passes");
    let strict = plenary(&["check", "--root", root, "--strict"]);
    assert_eq!(strict.code(), Some(1));
    assert!(
        strict.stderr().contains("content/letters/unsigned.md:2: error: signatories: a letter without signatories"),
        "{}",
        strict.stderr()
    );
    let json: serde_json::Value =
        serde_json::from_str(&plenary(&["check", "--root", root, "--format", "json"]).stdout()).unwrap();
    assert_eq!(json["warnings"], 1);
    assert_eq!(json["diagnostics"][0]["file"], "content/letters/unsigned.md");
    assert_eq!(json["diagnostics"][0]["level"], "warning");
}

#[test]
fn check_warns_at_its_line_and_column_of_a_bare_number_that_cannot_be_the_councils() {
    let site = Site::new();
    site.doc(
        "letters/early.md",
        "Letter on the Council's first year",
        "session: HRC13\nsignatories: [Amnesty International]",
        "The Council adopted resolution 13/2 at this session.\n\nWe also recall resolution 57/4, and General Assembly resolution 60/251.",
    );
    let run = plenary(&["check", "--root", site.root().to_str().unwrap()]);
    let stderr = run.stderr();
    // 57/4 is past every session the archive knows of: left as text, and said so where it is.
    assert!(stderr.contains("content/letters/early.md:11:16: warning: ambiguous citation"), "{stderr}");
    site.build(&[]).assert_ok();
    let page = site.page("letters/early.html");
    assert_eq!(page.attrs(".body a.symbol", "href"), ["/symbols/a-hrc-res-13-2.html", "/symbols/a-res-60-251.html"]);
}

#[test]
fn a_citation_wrapped_over_lines_links_to_the_body_it_names() {
    // Pasted from PDFs: the body's name ends one line and the number starts the next,
    // and symbols are broken at a slash by a line break or a stray space.
    let site = Site::new();
    site.doc(
        "letters/wrapped.md",
        "Wrapped",
        "signatories: [Amnesty International]",
        "We recall that the General Assembly\nresolution 60/251 created the Council, that UN General Assembly (UNGA)\n\
         resolution 65/281 reviewed it, and Human Rights Council resolutions 10/4 of 25 March\n2009 and 22/9.\n\n\
         The drafts A/HRC/43/\nL.31, A/HRC/ 43/L.42 and A/C.3/ 73/L.42, and the report A/HRC/\n43/31, were pasted.",
    );
    site.build(&[]).assert_ok();
    let page = site.page("letters/wrapped.html");
    assert_eq!(
        page.attrs(".body a.symbol", "href"),
        [
            "/symbols/a-res-60-251.html",
            "/symbols/a-res-65-281.html",
            "/symbols/a-hrc-res-10-4.html",
            "/symbols/a-hrc-res-22-9.html",
            "/symbols/a-hrc-43-l-31.html",
            "/symbols/a-hrc-43-l-42.html",
            "/symbols/a-c-3-73-l-42.html",
            "/symbols/a-hrc-43-31.html",
        ]
    );
    // Each link wraps what was printed, line breaks and stray spaces included.
    assert_eq!(
        page.texts(".body a.symbol"),
        [
            "General Assembly resolution 60/251",
            "resolution 65/281",
            "Human Rights Council resolutions 10/4",
            "22/9",
            "A/HRC/43/ L.31",
            "A/HRC/ 43/L.42",
            "A/C.3/ 73/L.42",
            "A/HRC/ 43/31",
        ]
    );
    assert!(page.source.contains(">A/HRC/43/\nL.31</a>"), "the line break is kept");
    assert!(
        !site.output().join("symbols/a-hrc-res-60-251.html").exists(),
        "no Council page for an Assembly resolution"
    );
    // The symbol page quotes the sentence as a reader reads it, the line break a space.
    let symbol = site.page("symbols/a-res-60-251.html");
    assert!(
        symbol
            .text(".citations q")
            .contains("We recall that the General Assembly resolution 60/251 created the Council"),
        "{}",
        symbol.text(".citations q")
    );
}

#[test]
fn presidents_statements_link_however_they_are_written() {
    // Smart punctuation turns the apostrophes curly and splits the text around them.
    let site = Site::new();
    site.doc(
        "letters/statements.md",
        "Statements",
        "signatories: [Amnesty International]",
        "The President's statement 8/1 and presidential statements PRST 9/2 and 10/1 set out the modalities, \
         after the President's statement of 18 June 2007 (PRST/5/1). The Council extended President’s \
         statement PRST OS/13/1 for one more year.",
    );
    site.build(&[]).assert_ok();
    let page = site.page("letters/statements.html");
    assert_eq!(
        page.attrs(".body a.symbol", "href"),
        [
            "/symbols/a-hrc-prst-8-1.html",
            "/symbols/a-hrc-prst-9-2.html",
            "/symbols/a-hrc-prst-10-1.html",
            "/symbols/a-hrc-prst-5-1.html",
            "/symbols/a-hrc-prst-os-13-1.html",
        ]
    );
    assert_eq!(
        page.texts(".body a.symbol"),
        [
            "President’s statement 8/1",
            "presidential statements PRST 9/2",
            "10/1",
            "PRST/5/1",
            "President’s statement PRST OS/13/1",
        ]
    );
    assert!(site.output().join("symbols/a-hrc-prst-os-13-1.html").exists());
}
