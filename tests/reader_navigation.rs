//! Finding one's way round an archive: a long document's table of contents, and the
//! search box and index links of the home and 404 pages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Page, Site};

/// A report in the shape the Office of the High Commissioner publishes: a summary,
/// numbered sections, State submissions under a section, and numbered paragraphs
/// running on across the sections.
fn report() -> String {
    let mut body = String::from(
        "## Summary\n\nThe present report is submitted pursuant to Human Rights Council resolution 28/2.\n\n## I. Introduction\n\n",
    );
    body.push_str("1. In its resolution 28/2, the Council requested a report on the enhancement of international cooperation.\n\n");
    body.push_str("2. The present report summarizes the contributions received.\n\n");
    body.push_str("## II. Summary of submissions\n\n### Bahrain\n\n3. Bahrain referred to its cooperation with the treaty bodies.[^1]\n\n");
    body.push_str(
        "### Syrian Arab Republic\n\n4. The Syrian Arab Republic stressed the principles of the Charter.\n\n",
    );
    body.push_str("## III. Panel discussion\n\n");
    for n in 5..=9 {
        body.push_str(&format!("{n}. Panellists noted the role of the universal periodic review.\n\n"));
    }
    body.push_str("## IV. Conclusions and recommendations\n\n10. International cooperation is essential to the full realization of all human rights.\n\n");
    body.push_str("[^1]: Contributions are available from the Office of the High Commissioner.\n");
    body
}

/// `(href, text)` of each entry of the page's table of contents.
fn contents(page: &Page) -> Vec<(String, String)> {
    page.attrs(".toc li a", "href").into_iter().zip(page.texts(".toc li a")).collect()
}

/// Every `id` on the page.
fn ids(page: &Page) -> Vec<String> {
    page.attrs("[id]", "id")
}

#[test]
fn a_long_report_gets_contents_leading_to_each_section_with_its_paragraphs() {
    let site = Site::new();
    site.doc(
        "reports/cooperation.md",
        "Enhancement of international cooperation in the field of human rights",
        "",
        &report(),
    );
    site.doc(
        "letters/short.md",
        "Joint letter on reprisals",
        "",
        "## Background\n\nExcellencies,\n\n## Request\n\nWe urge your delegation to act.\n",
    );
    site.build(&["--base-url", "https://example.org/archive/"]).assert_ok();

    let page = site.page("reports/cooperation.html");
    assert_eq!(page.text("#toc-heading"), "Contents");
    let entries = contents(&page);
    let expected = [
        ("#summary", "Summary"),
        ("#i-introduction", "I. Introduction"),
        ("#ii-summary-of-submissions", "II. Summary of submissions"),
        ("#bahrain", "Bahrain"),
        ("#syrian-arab-republic", "Syrian Arab Republic"),
        ("#iii-panel-discussion", "III. Panel discussion"),
        ("#iv-conclusions-and-recommendations", "IV. Conclusions and recommendations"),
    ]
    .map(|(href, text)| (href.to_owned(), text.to_owned()));
    assert_eq!(entries, expected);
    let ids = ids(&page);
    for (href, _) in &entries {
        assert!(ids.contains(&href[1..].to_owned()), "{href} leads nowhere");
    }
    // Each section says which paragraphs it holds, its subsections' among them.
    assert_eq!(
        page.texts(".toc-paragraphs"),
        ["paras. 1–2", "paras. 3–4", "para. 3", "para. 4", "paras. 5–9", "para. 10"]
    );
    assert_eq!(page.texts(".toc li")[0], "Summary", "a section without numbered paragraphs names none");
    assert_eq!(page.attrs("script[src$='toc.js']", "src"), ["/archive/toc.js"]);
    assert!(site.output().join("toc.js").is_file());

    let letter = site.page("letters/short.html");
    assert!(letter.texts(".toc").is_empty(), "a two-heading letter has no contents");
    assert!(letter.attrs("script[src$='toc.js']", "src").is_empty());
}

#[test]
fn a_resolution_of_many_paragraphs_and_no_headings_is_listed_by_runs_of_paragraphs() {
    let site = Site::new();
    let mut body = String::from(
        "The Human Rights Council,\n\n*Guided by* the purposes and principles of the Charter of the United Nations,\n\n",
    );
    for n in 1..=24 {
        body.push_str(&format!("{n}. *Calls upon* all States to cooperate with the mechanisms of the Council;\n\n"));
    }
    site.doc("annexes/draft.md", "Draft resolution on cooperation with the United Nations", "", &body);
    site.doc("annexes/brief.md", "Key concerns", "", "1. The draft is vague.\n\n2. It should be rejected.\n");
    site.build(&[]).assert_ok();

    let page = site.page("annexes/draft.html");
    let expected = [("#p1", "Paragraphs 1–10"), ("#p11", "Paragraphs 11–20"), ("#p21", "Paragraphs 21–24")]
        .map(|(href, text)| (href.to_owned(), text.to_owned()));
    assert_eq!(contents(&page), expected);
    let ids = ids(&page);
    assert!(["p1", "p11", "p21"].iter().all(|id| ids.contains(&(*id).to_owned())), "{ids:?}");
    assert!(site.page("annexes/brief.html").texts(".toc").is_empty(), "two paragraphs need no contents");
}

#[test]
fn a_heading_called_contents_does_not_take_the_contents_id() {
    let site = Site::new();
    let body = "## Contents\n\n## A\n\n## B\n\n## C\n\n## D\n\n## E\n\nText.\n";
    site.doc("reports/r.md", "Report", "", body);
    site.build(&[]).assert_ok();
    let page = site.page("reports/r.html");
    let ids = ids(&page);
    assert_eq!(ids.iter().filter(|id| *id == "toc-heading").count(), 1, "{ids:?}");
    assert_eq!(contents(&page)[0], ("#contents".to_owned(), "Contents".to_owned()));
}

/// A site with every index: kinds, sessions, signatories, tags, UN documents and votes.
fn site_with_every_index() -> Site {
    let site = Site::new();
    site.doc(
        "letters/reprisals.md",
        "Joint letter on reprisals against human rights defenders",
        "session: HRC48\nsignatories: [DefendDefenders]\ntags: [reprisals]\nsymbols: [A/HRC/RES/48/17]",
        "Excellencies, we urge your delegation to support the draft resolution.\n",
    );
    site.doc(
        "news/vote.md",
        "Council adopts resolution on cooperation with the United Nations",
        "session: HRC48",
        "The resolution was adopted by a recorded vote.\n\n```vote\non: A/HRC/48/L.8\ndate: 2021-10-07\n---\nYES\tFIJI\tNO\tCHINA\tABST\tINDIA\n```\n",
    );
    site.build(&["--base-url", "https://example.org/archive/"]).assert_ok();
    site
}

#[test]
fn the_home_and_404_pages_have_a_search_box_and_a_link_to_every_index() {
    let site = site_with_every_index();
    let indexes = [
        "/archive/letters/",
        "/archive/news/",
        "/archive/votes/",
        "/archive/states/",
        "/archive/sessions/",
        "/archive/signatories/",
        "/archive/tags/",
        "/archive/symbols/",
    ];
    for page in [site.page(""), Page::read(&site.output(), "404.html")] {
        assert_eq!(page.attrs("form.find", "action"), ["/archive/search/"]);
        assert_eq!(page.attrs("form.find", "method"), ["get"]);
        assert_eq!(page.attrs("form.find input[type=search]", "name"), ["q"]);
        let label_for = page.attrs("form.find label", "for");
        assert_eq!(page.attrs("form.find input", "id"), label_for, "the field has its label");
        assert_eq!(page.text("form.find label"), "Search the archive");
        let links = page.attrs(".index-list a", "href");
        let mut sorted = links.clone();
        sorted.sort();
        let mut wanted = indexes.map(str::to_owned).to_vec();
        wanted.sort();
        assert_eq!(sorted, wanted, "{:?}", page.texts(".index-list a"));
        assert!(page.texts(".index-list a").contains(&"UN documents".to_owned()));
        for link in links.iter().chain(["/archive/search/".to_owned()].iter()) {
            let file = site.output().join(link.trim_start_matches("/archive/")).join("index.html");
            assert!(file.is_file(), "{link} leads nowhere");
        }
    }
}

#[test]
fn the_search_box_and_index_links_speak_the_sites_language() {
    let site = site_with_every_index();
    site.write("site.yaml", "title: Archive\nbase_url: https://example.org/\nlanguage: fr\n");
    site.build(&[]).assert_ok();
    let home = site.page("");
    assert_eq!(home.text("form.find label"), "Rechercher dans les archives");
    assert_eq!(home.text("form.find button"), "Rechercher");
    assert!(
        home.texts(".index-list a").contains(&"Documents de l’ONU".to_owned()),
        "{:?}",
        home.texts(".index-list a")
    );
    assert_eq!(home.text(".nav-menu summary"), "Menu");
}
