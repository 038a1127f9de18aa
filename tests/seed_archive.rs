//! The real archive in `content/`, built as a reader gets it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::sync::OnceLock;

use common::{Page, broken_links, plenary, repo_root};

/// Built once under a sub-path, as GitHub Pages publishes a project site.
fn built() -> &'static tempfile::TempDir {
    static OUTPUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUTPUT.get_or_init(|| {
        let out = tempfile::tempdir().expect("temp dir");
        let root = repo_root();
        let output = out.path().join("site");
        let run = plenary(&[
            "build",
            "--root",
            root.to_str().expect("path"),
            "--output",
            output.to_str().expect("path"),
            "--base-url",
            "https://example.org/archive/",
        ]);
        run.assert_ok();
        out
    })
}

fn page(url_path: &str) -> Page {
    Page::read(&built().path().join("site"), url_path)
}

const SEED_DOCUMENTS: [&str; 6] = [
    "letters/hrc37-win-win-cooperation.html",
    "annexes/hrc43-annex-mutually-beneficial-cooperation.html",
    "news/hrc43-vote-mutually-beneficial-cooperation.html",
    "statements/hrc43-item10-joint-statement.html",
    "letters/hrc48-cooperation-with-the-un.html",
    "reports/hrc31-enhancement-of-international-cooperation.html",
];

#[test]
fn every_seed_document_kind_and_session_has_a_page() {
    for path in SEED_DOCUMENTS {
        assert_eq!(page(path).texts("main h1").len(), 1, "{path} has one h1");
    }
    for kind in ["letters", "annexes", "news", "statements", "reports"] {
        let list = page(&format!("{kind}/"));
        assert!(!list.texts(".doc-card").is_empty(), "{kind} list is empty");
    }
    let sessions = page("sessions/");
    for session in ["HRC31", "HRC37", "HRC43", "HRC48"] {
        assert!(sessions.text(".term-list").contains(session), "{session} missing from /sessions/");
        let session_page = page(&format!("sessions/{}.html", session.to_lowercase()));
        assert_eq!(session_page.text("h1"), session);
    }
}

#[test]
fn no_internal_link_is_broken_under_a_sub_path() {
    let broken = broken_links(&built().path().join("site"), "/archive/");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn session_pages_list_documents_in_date_order() {
    let hrc43 = page("sessions/hrc43.html");
    assert_eq!(
        hrc43.texts(".doc-list > li > a"),
        [
            "Item 10: General Debate (19 June 2020)",
            "HRC43 | Vote on 'mutually beneficial cooperation' resolution highlights divisive nature of Chinese initiative",
            // The annex prints no date: its session places it, after the dated documents.
            "Annex: Key concerns with draft resolution A/HRC/43/L.31 on promoting mutually beneficial cooperation in the field of human rights",
        ]
    );
}

/// The 2018 letter and the 2020 annex print no date of their own: the archive gives
/// them none, on their pages, in lists or in feeds.
#[test]
fn the_seeds_that_print_no_date_are_undated_documents_of_their_sessions() {
    for (path, session) in [
        ("letters/hrc37-win-win-cooperation.html", "HRC37"),
        ("annexes/hrc43-annex-mutually-beneficial-cooperation.html", "HRC43"),
    ] {
        let document = page(path);
        assert!(document.texts(".meta time").is_empty(), "{path}: {}", document.text(".meta"));
        assert!(document.text(".meta").contains("Undated") && document.text(".meta").contains(session), "{path}");
        assert!(!document.text("script[type='application/ld+json']").contains("datePublished"), "{path}");
    }
    assert_eq!(page("sessions/hrc37.html").texts(".doc-list > li > a").len(), 1);
    let site = built().path().join("site");
    assert!(!site.join("sessions/hrc37.xml").exists(), "HRC37 has no dated document to feed");
    let feed = std::fs::read_to_string(site.join("atom.xml")).expect("the archive's feed");
    assert!(!feed.contains("Win-Win") && !feed.contains("Key concerns"), "{feed}");
    assert_eq!(feed.matches("<entry>").count(), 4, "{feed}");
}

/// The news item keeps each line of its source, the running time printed under the
/// session's heading included.
#[test]
fn the_news_item_keeps_every_line_of_its_seed() {
    let news = page("news/hrc43-vote-mutually-beneficial-cooperation.html");
    let body = news.texts(".body > *");
    let heading = body.iter().position(|text| text == "RESUMED HRC43 SESSION").expect("the session's heading");
    assert_eq!(
        body[heading..heading + 3],
        [
            "RESUMED HRC43 SESSION",
            "3:00",
            "L.13/Rev.1 - Promoting mutually beneficial cooperation in the field of human rights"
        ]
    );
    assert_eq!(body.last().map(String::as_str), Some("Image credits: UN Webcast"));
}

/// The signatory lists as the seeds print them, in their order.
#[test]
fn documents_list_their_signatories_as_the_seeds_print_them() {
    let hrc37 = [
        "Asian Legal Resource Center",
        "Amnesty International",
        "Cairo Institute for Human Rights Studies",
        "Conectas",
        "Defend Defenders",
        "FIDH",
        "Human Rights Watch",
        "International Commission of Jurists",
        "International Service for Human Rights",
    ];
    assert_eq!(page("letters/hrc37-win-win-cooperation.html").texts(".signatories li"), hrc37);

    let annex = [
        "African Centre for Democracy and Human Rights Studies",
        "Amnesty International",
        "Asian Forum for Human Rights and Development (FORUM-ASIA)",
        "Cairo Institute for Human Rights Studies",
        "Chinese Human Rights Defenders",
        "CIVICUS: World Alliance for Citizen Participation",
        "Commonwealth Human Rights Initiative",
        "Conectas Direitos Humanos",
        "DefendDefenders (East and Horn of Africa Human Rights Defenders Project)",
        "Human Rights in China",
        "Human Rights Watch",
        "International Commission of Jurists",
        "International Federation for Human Rights (FIDH)",
        "International Service for Human Rights",
        "Southern African Human Rights Defenders Network",
        "World Organisation against Torture (OMCT)",
    ];
    assert_eq!(page("annexes/hrc43-annex-mutually-beneficial-cooperation.html").texts(".signatories li"), annex);

    let hrc48 = page("letters/hrc48-cooperation-with-the-un.html").texts(".signatories li");
    assert_eq!(hrc48.len(), 31);
    assert_eq!(hrc48[0], "Access Now");
    assert_eq!(hrc48[13], "DefendDefenders (East and Horn of Africa Human Rights Defenders Project)");
    assert_eq!(hrc48[20], "IFEX");
    assert_eq!(hrc48[30], "World Evangelical Alliance");

    assert_eq!(page("statements/hrc43-item10-joint-statement.html").texts(".signatories li"), ["DefendDefenders"]);
}

#[test]
fn signatory_pages_merge_the_names_an_organisation_signs_under() {
    let defend = page("signatories/defenddefenders.html");
    assert_eq!(defend.text("h1"), "DefendDefenders (East and Horn of Africa Human Rights Defenders Project)");
    // "Defend Defenders" (HRC37), the full name (annex, HRC48) and "DefendDefenders" (Item 10).
    assert_eq!(defend.texts(".doc-list > li").len(), 4);
    let fidh = page("signatories/fidh.html");
    assert_eq!(fidh.texts(".doc-list > li").len(), 3, "FIDH signed HRC37 as FIDH, the annex and HRC48 in full");
    assert!(fidh.text("main").contains("Also printed as: FIDH"));
    // Every printed signatory's link leads to a page of its own organisation.
    let annex = page("annexes/hrc43-annex-mutually-beneficial-cooperation.html");
    let links = annex.attrs(".signatories a", "href");
    assert!(links.contains(&"/archive/signatories/fidh.html".to_owned()), "{links:?}");
}

#[test]
fn document_pages_show_their_metadata_at_the_sources_precision() {
    let letter = page("letters/hrc48-cooperation-with-the-un.html");
    assert_eq!(letter.text(".meta time"), "5 October 2021");
    assert_eq!(letter.attrs(".meta time", "datetime"), ["2021-10-05"]);
    assert!(letter.text(".meta").contains("Member and Observer States of the United Nations Human Rights Council"));
    assert!(letter.text(".meta").contains("HRC48"));
    assert!(letter.text(".meta").contains("31 organisations"));
    let news = page("news/hrc43-vote-mutually-beneficial-cooperation.html");
    assert_eq!(news.text(".meta time"), "22 June 2020");
    assert!(news.text(".meta").contains("A/HRC/43/L.13/Rev.1"));
}

#[test]
fn footnotes_link_both_ways() {
    let annex = page("annexes/hrc43-annex-mutually-beneficial-cooperation.html");
    let refs = annex.attrs(".footnote-ref a", "href");
    assert_eq!(refs, (1..=7).map(|n| format!("#fn-{n}")).collect::<Vec<_>>());
    assert_eq!(annex.texts(".footnotes li").len(), 7);
    assert_eq!(annex.attrs(".footnotes li", "id"), (1..=7).map(|n| format!("fn-{n}")).collect::<Vec<_>>());
    assert_eq!(annex.attrs(".footnote-back", "href"), (1..=7).map(|n| format!("#fnref-{n}")).collect::<Vec<_>>());
    assert!(
        annex.texts(".footnotes li")[1].starts_with("HRC resolution 37/23, Promoting mutually beneficial cooperation")
    );
}

#[test]
fn the_report_keeps_its_38_numbered_paragraphs() {
    let report = page("reports/hrc31-enhancement-of-international-cooperation.html");
    let lists = scraper::Selector::parse(".body > ol").expect("selector");
    let numbers: Vec<usize> = report
        .html
        .select(&lists)
        .flat_map(|ol| {
            let start = ol.value().attr("start").map_or(1, |s| s.parse().expect("numeric start"));
            let items = ol.children().filter(|c| c.value().as_element().is_some_and(|e| e.name() == "li")).count();
            start..start + items
        })
        .collect();
    assert_eq!(numbers, (1..=38).collect::<Vec<_>>());
}

#[test]
fn editors_notes_stay_out_of_the_pages() {
    for path in SEED_DOCUMENTS {
        assert!(!page(path).source.contains("Editor's note"), "{path}");
    }
}
