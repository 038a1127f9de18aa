//! Long lists are split into pages: the first at the list's own address, the others at
//! `page/2/`, `page/3/` below it, each linked to the first, previous, next and last, all
//! of them in the sitemap, and the first saying how many entries the list has.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Page, Site, broken_links};

/// Five letters and three vote records over three sessions, two entries to a page.
/// Letter `n` is dated day `n` of June 2021, so the newest is letter 5.
fn archive() -> Site {
    let site = Site::new();
    site.write("site.yaml", "title: Test archive\nbase_url: https://example.org/\npage_size: 2\n");
    for n in 1..=5 {
        site.write(
            &format!("content/letters/letter-{n}.md"),
            &format!(
                "---\ntitle: \"Joint letter {n} on reprisals against defenders\"\nkind: letter\n\
                 date: 2021-06-{n:02}\nsession: HRC{}\n\
                 signatories: [Amnesty International, FIDH, Human Rights Watch]\ntags: [reprisals, civic space, item {n}]\n---\n\n\
                 We write ahead of the vote on draft resolution A/HRC/47/L.12, whose operative\n\
                 paragraphs 4 to 7 the core group tabled on\n\
                 14 June. See also A/HRC/4{n}/L.1 on cooperation with the mechanisms.\n",
                45 + n % 3
            ),
        );
    }
    for (n, symbol) in ["A/HRC/47/L.12", "A/HRC/47/L.13", "A/HRC/47/L.14"].iter().enumerate() {
        site.doc(
            &format!("votes/vote-{n}.md"),
            &format!("Recorded vote on {symbol}"),
            "session: HRC47",
            &format!(
                "The Council voted on the draft.\n\n```vote\non: {symbol}\n---\nYES\tFIJI\nNO\tPERU\nABST\tNEPAL\n```\n"
            ),
        );
    }
    site.build(&[]).assert_ok();
    site
}

/// The links of a page's pagination: (text, href, rel).
fn pagination(page: &Page) -> Vec<(String, String, String)> {
    let texts = page.texts(".pagination a");
    let hrefs = page.attrs(".pagination a", "href");
    let selector = scraper::Selector::parse(".pagination a").unwrap();
    let rels = page.html.select(&selector).map(|a| a.value().attr("rel").unwrap_or_default().to_owned());
    texts.into_iter().zip(hrefs).zip(rels).map(|((text, href), rel)| (text, href, rel)).collect()
}

fn link(text: &str, href: &str, rel: &str) -> (String, String, String) {
    (text.to_owned(), href.to_owned(), rel.to_owned())
}

#[test]
fn a_long_list_continues_on_numbered_pages_linked_first_previous_next_and_last() {
    let site = archive();
    let first = site.page("/letters/");
    assert!(first.text("main").contains("5 documents"), "{}", first.text("main"));
    assert_eq!(
        first.texts(".doc-title"),
        ["Joint letter 5 on reprisals against defenders", "Joint letter 4 on reprisals against defenders"]
    );
    assert_eq!(
        pagination(&first),
        [link("Next", "/letters/page/2.html", "next"), link("Last", "/letters/page/3.html", "")]
    );
    assert_eq!(first.texts(".pagination p"), ["Page 1 of 3"]);

    let second = site.page("/letters/page/2.html");
    assert_eq!(
        second.texts(".doc-title"),
        ["Joint letter 3 on reprisals against defenders", "Joint letter 2 on reprisals against defenders"]
    );
    assert_eq!(
        pagination(&second),
        [
            link("First", "/letters/", ""),
            link("Previous", "/letters/", "prev"),
            link("Next", "/letters/page/3.html", "next"),
            link("Last", "/letters/page/3.html", ""),
        ]
    );
    assert_eq!(second.attrs("nav.pagination", "aria-label").len(), 1, "the links are a labelled navigation");
    assert!(second.text("title").contains("page 2 of 3"), "{}", second.text("title"));
    assert_eq!(second.attrs("link[rel=canonical]", "href"), ["https://example.org/letters/page/2.html"]);

    let last = site.page("/letters/page/3.html");
    assert_eq!(last.texts(".doc-title"), ["Joint letter 1 on reprisals against defenders"]);
    assert_eq!(pagination(&last), [link("First", "/letters/", ""), link("Previous", "/letters/page/2.html", "prev")]);
    // The first page has one address only, and there is no page after the last.
    assert!(!site.output().join("letters/page/1.html").exists());
    assert!(!site.output().join("letters/page/4.html").exists());
}

#[test]
fn translations_fold_into_their_originals_on_every_page_of_a_list() {
    let site = archive();
    // Spanish versions of letters 2 and 4, dated as their originals and citing the same
    // draft: each list still shows five documents, cut at the same places.
    for n in [2, 4] {
        site.write(
            &format!("content/letters/letter-{n}.es.md"),
            &format!(
                "---\ntitle: \"Carta conjunta {n} sobre las represalias contra defensores\"\nkind: letter\n\
                 date: 2021-06-{n:02}\nlanguage: es\ntranslation_of: letters/letter-{n}.md\nsession: HRC{}\n\
                 signatories: [Amnesty International, FIDH, Human Rights Watch]\ntags: [reprisals]\n---\n\n\
                 Les escribimos antes de la votación sobre el proyecto de resolución\n\
                 A/HRC/47/L.12, cuyos párrafos dispositivos 4 a 7 presentó el grupo\nprincipal.\n",
                45 + n % 3
            ),
        );
    }
    site.build(&[]).assert_ok();
    let titles = |list: &str, of: &str| {
        let pages = (1..=3).map(|n| if n == 1 { list.to_owned() } else { page_of(list, n) });
        pages.flat_map(|url| site.page(&url).texts(of)).collect::<Vec<_>>()
    };
    let letters: Vec<String> =
        (1..=5).rev().map(|n| format!("Joint letter {n} on reprisals against defenders")).collect();
    // A kind's list shows cards; a tag's and a signatory's, one line per document.
    for (list, title) in [
        ("/letters/", ".doc-title"),
        ("/tags/reprisals.html", ".doc-list > li > a"),
        ("/signatories/fidh.html", ".doc-list > li > a"),
    ] {
        assert!(site.page(list).text("main").contains("5 documents"), "{list}: {}", site.page(list).text("main"));
        assert_eq!(titles(list, title), letters, "{list}");
    }
    let mut citing = titles("/symbols/a-hrc-47-l-12.html", ".citations > li > a");
    citing.sort();
    let mut expected = letters;
    expected.sort();
    assert_eq!(citing, expected);
    assert!(site.page("/symbols/a-hrc-47-l-12.html").text("main").contains("5 documents cite it"));
}

/// Page `number` of the list at `url`: below the list's folder, or below a folder named
/// as the list's file.
fn page_of(url: &str, number: usize) -> String {
    let folder = url.strip_suffix(".html").map_or_else(|| url.to_owned(), |stem| format!("{stem}/"));
    format!("{folder}page/{number}.html")
}

#[test]
fn every_kind_of_list_is_paginated_and_its_first_page_counts_its_entries() {
    let site = archive();
    // Each list, the text its first page counts its entries with, and its pages.
    let lists = [
        ("/sessions/", "3 in all", 2),
        ("/sessions/hrc47.html", "5 documents", 3),
        ("/signatories/", "3 in all", 2),
        ("/signatories/fidh.html", "5 documents", 3),
        ("/tags/", "7 in all", 4),
        ("/tags/reprisals.html", "5 documents", 3),
        ("/symbols/", "8 UN documents", 4),
        ("/symbols/a-hrc-47-l-12.html", "5 documents cite it", 3),
        ("/votes/", "3 recorded votes", 2),
        ("/states/fji.html", "3 recorded votes", 2),
    ];
    for (url, count, pages) in lists {
        let first = site.page(url);
        assert!(first.text("main").contains(count), "{url} lacks {count:?}: {}", first.text("main"));
        assert_eq!(first.texts(".pagination p"), [format!("Page 1 of {pages}")], "{url}");
        let last = page_of(url, pages);
        assert_eq!(first.attrs(".pagination a[rel=next]", "href"), [page_of(url, 2)], "{url}");
        let last_page = site.page(&last);
        assert_eq!(last_page.attrs(".pagination a", "href")[0], url, "{last} links the first page");
        assert!(last_page.attrs(".pagination a[rel=next]", "href").is_empty(), "{last} is the last");
        assert!(!site.output().join(&page_of(url, pages + 1)[1..]).exists(), "{url}");
    }
    // The states index is bounded by the number of states, so it stays one page.
    assert!(site.page("/states/").texts(".pagination").is_empty());
    assert!(!site.output().join("states/page/2.html").exists());
    // The pages of a state's history list every vote it cast, once.
    let history = |url: &str| site.page(url).texts(".state-history tbody th");
    let mut votes = [history("/states/fji.html"), history("/states/fji/page/2.html")].concat();
    votes.sort();
    assert_eq!(votes, ["A/HRC/47/L.12", "A/HRC/47/L.13", "A/HRC/47/L.14"]);
    // So do the pages of the votes index.
    let index = |url: &str| site.page(url).texts(".votes-index tbody .symbol");
    let mut votes = [index("/votes/"), index("/votes/page/2.html")].concat();
    votes.sort();
    assert_eq!(votes, ["A/HRC/47/L.12", "A/HRC/47/L.13", "A/HRC/47/L.14"]);
    assert!(broken_links(&site.output(), "/").is_empty(), "{:?}", broken_links(&site.output(), "/"));
}

#[test]
fn the_sitemap_lists_every_page_of_every_list() {
    let site = archive();
    let sitemap = std::fs::read_to_string(site.output().join("sitemap.xml")).unwrap();
    for url in [
        "letters/page/2.html",
        "letters/page/3.html",
        "tags/reprisals/page/3.html",
        "symbols/a-hrc-47-l-12/page/3.html",
    ] {
        assert!(sitemap.contains(&format!("<loc>https://example.org/{url}</loc>")), "{url} not in the sitemap");
    }
    let pages = walkdir::WalkDir::new(site.output())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.path().extension().is_some_and(|ext| ext == "html") && entry.file_name() != "404.html")
        .count();
    assert_eq!(sitemap.matches("<loc>").count(), pages, "every page a reader can land on, once");
}

#[test]
fn a_list_of_the_default_page_size_fits_one_page_and_one_more_starts_a_second() {
    let site = Site::new();
    for n in 0..100 {
        site.doc(
            &format!("news/item-{n:02}.md"),
            &format!("Press release {n}"),
            "session: HRC50",
            "The Council closed its session.",
        );
    }
    site.build(&["--quiet"]).assert_ok();
    assert!(site.page("/news/").texts(".pagination").is_empty(), "a hundred fit one page");
    assert!(!site.output().join("news/page").exists());
    site.doc("news/item-100.md", "Press release 100", "session: HRC50", "The Council opened its session.");
    site.build(&["--quiet"]).assert_ok();
    assert_eq!(site.page("/news/page/2.html").texts(".doc-title").len(), 1);
}

#[test]
fn a_page_size_of_zero_is_refused_at_its_line() {
    let site = Site::new();
    site.write("site.yaml", "title: Test archive\nbase_url: https://example.org/\npage_size: 0\n");
    site.doc("news/a.md", "A", "", "Text.");
    let run = site.build(&[]);
    assert_eq!(run.code(), Some(1), "{}", run.stderr());
    assert!(run.stderr().contains("site.yaml:3"), "{}", run.stderr());
}

#[test]
fn the_un_documents_index_is_cut_in_its_order_and_a_cut_session_is_headed_again() {
    let site = archive();
    let index = |url: &str| {
        let page = site.page(url);
        (page.texts(".symbol-body h2"), page.texts(".symbol-body h3"), page.texts(".symbol-list a.symbol"))
    };
    let (bodies, sessions, symbols) = index("/symbols/page/3.html");
    assert_eq!(bodies, ["Human Rights Council"]);
    assert_eq!(sessions, ["HRC45", "HRC47"]);
    assert_eq!(symbols, ["A/HRC/45/L.1", "A/HRC/47/L.12"]);
    // HRC47 runs over onto the last page, under its heading again.
    let (bodies, sessions, symbols) = index("/symbols/page/4.html");
    assert_eq!(bodies, ["Human Rights Council"]);
    assert_eq!(sessions, ["HRC47"]);
    assert_eq!(symbols, ["A/HRC/47/L.13", "A/HRC/47/L.14"]);
    // Every page's title says which page it is.
    assert_eq!(site.page("/symbols/page/4.html").text("title"), "UN documents (page 4 of 4) · Test archive");
}

#[test]
fn a_french_site_pages_its_lists_in_french() {
    let site = Site::new();
    site.write("site.yaml", "title: Archives\nbase_url: https://example.org/\nlanguage: fr\npage_size: 1\n");
    for n in 1..=2 {
        site.write(
            &format!("content/letters/lettre-{n}.md"),
            &format!(
                "---\ntitle: \"Lettre conjointe {n} sur les représailles\"\nkind: letter\ndate: 2021-06-0{n}\n---\n\n\
                 Nous vous écrivons avant le vote sur le projet de résolution.\n"
            ),
        );
    }
    site.build(&[]).assert_ok();
    let first = site.page("/letters/");
    assert_eq!(first.texts(".pagination p"), ["Page 1 sur 2"]);
    assert_eq!(first.texts(".pagination a"), ["Suivante", "Dernière"]);
    let second = site.page("/letters/page/2.html");
    assert_eq!(second.texts(".pagination a"), ["Première", "Précédente"]);
    assert_eq!(second.text("title"), "Lettres (page 2 sur 2) · Archives");
}
