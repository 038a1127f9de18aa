//! Documents whose source prints no date: archived without one, listed by their session
//! or under "Undated", and never given a date by a page, a list, a feed, the sitemap or
//! the search index.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Site, broken_links, plenary};

/// Writes `content/<relative>` with exactly the front matter `front`: no date is added.
fn write(site: &Site, relative: &str, front: &str, body: &str) {
    site.write(&format!("content/{relative}"), &format!("---\n{front}---\n\n{body}\n"));
}

/// A session with two dated documents and two whose sources print no date, and a
/// statement that neither a date nor a session places.
fn archive() -> Site {
    let site = Site::new();
    write(
        &site,
        "letters/protect.md",
        "title: \"Joint letter: protect those who cooperate with the Council\"\nkind: letter\ndate: 2023-02-20\nsession: HRC52\nsignatories: [Amnesty International, International Service for Human Rights]\n",
        "We write ahead of the 52nd session to urge your delegation to support the\nrenewal of the mandate on human rights defenders.\n\nPage 2\n\nThe Council should ensure that cases of intimidation and reprisal are raised at\nevery session,1 as resolution 48/17 asks.",
    );
    write(
        &site,
        "news/closing.md",
        "title: Council closes its 52nd session\nkind: news\ndate: 2023-04-04\nsession: HRC52\n",
        "The Council adopted its last texts today after a session of five weeks.",
    );
    write(
        &site,
        "statements/item-5.md",
        "title: Joint oral statement on reprisals under item 5\nkind: statement\nsession: HRC52\nsignatories: [DefendDefenders]\n",
        "Mr. President,\n\nWe thank the Assistant Secretary-General for the report and remain alarmed that de-\nfenders continue to face travel bans after they engage with this Council.",
    );
    write(
        &site,
        "annexes/cases.md",
        "title: \"Annex: cases raised with delegations\"\nkind: annex\nsession: HRC52\n",
        "1. A lawyer was questioned on her return from Geneva.\n2. A journalist's passport was withheld for\nthree months.",
    );
    write(
        &site,
        "statements/solidarity.md",
        "title: Solidarity statement with detained lawyers\nkind: statement\nsignatories: [International Commission of Jurists]\n",
        "We, the undersigned organisations, stand with the lawyers detained for their work\nand call for their release.",
    );
    site
}

#[test]
fn an_undated_document_builds_and_its_page_prints_no_date() {
    let site = archive();
    site.build(&[]).assert_ok();
    let page = site.page("statements/item-5.html");
    assert!(page.texts(".meta time").is_empty(), "{}", page.text(".meta"));
    let meta = page.text(".meta");
    assert!(meta.contains("Undated") && meta.contains("HRC52"), "{meta}");
    assert!(!meta.contains("2023"), "{meta}");
    let json_ld = page.text("script[type='application/ld+json']");
    assert!(json_ld.contains("\"headline\"") && !json_ld.contains("datePublished"), "{json_ld}");
    // Its card, wherever it is listed, has no date either.
    let statements = site.page("statements/");
    assert!(statements.texts(".doc-card time").is_empty(), "{}", statements.text("main"));
    assert_eq!(
        statements.texts(".doc-card .doc-meta"),
        ["Statement · Undated · HRC52", "Statement · Undated"],
        "undated documents by title"
    );
    assert!(broken_links(&site.output(), "/").is_empty(), "{:?}", broken_links(&site.output(), "/"));
}

#[test]
fn a_session_lists_its_undated_documents_after_its_dated_ones_by_title() {
    let site = archive();
    site.build(&[]).assert_ok();
    assert_eq!(
        site.page("sessions/hrc52.html").texts(".doc-list > li > a"),
        [
            "Joint letter: protect those who cooperate with the Council",
            "Council closes its 52nd session",
            "Annex: cases raised with delegations",
            "Joint oral statement on reprisals under item 5",
        ]
    );
    // "Later" from the last dated document is the first undated one, as the session lists them.
    let closing = site.page("news/closing.html");
    assert_eq!(closing.text(".session-nav .next a"), "Annex: cases raised with delegations");
    // Every archive-wide list puts what has a date first.
    let home = site.page("");
    let latest = home.texts("#latest-heading + .doc-list .doc-title");
    assert_eq!(
        latest[..2],
        ["Council closes its 52nd session", "Joint letter: protect those who cooperate with the Council"]
    );
}

#[test]
fn a_document_with_neither_date_nor_session_is_listed_under_undated_and_check_warns_at_its_line() {
    let site = archive();
    let check = plenary(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(check.code(), Some(0), "a warning alone passes: {}", check.stderr());
    let stderr = check.stderr();
    assert!(stderr.contains("content/statements/solidarity.md:2: warning: date: "), "{stderr}");
    assert!(stderr.contains("Undated"), "{stderr}");
    // A session places the other undated documents: no warning for them.
    assert!(!stderr.contains("item-5.md") && !stderr.contains("cases.md"), "{stderr}");
    assert!(check.stdout().contains("1 warning"), "{}", check.stdout());

    site.build(&[]).assert_ok();
    let sessions = site.page("sessions/");
    assert!(
        sessions.texts(".term-list li").iter().any(|term| term == "Undated 1 document"),
        "{}",
        sessions.text("main")
    );
    assert!(sessions.attrs(".term-list a", "href").contains(&"/sessions/undated.html".to_owned()));
    let undated = site.page("sessions/undated.html");
    assert_eq!(undated.text("h1"), "Undated");
    assert_eq!(undated.texts(".doc-list > li > a"), ["Solidarity statement with detained lawyers"]);
    assert_eq!(undated.texts(".doc-list small"), ["Statement · Undated"]);
}

#[test]
fn feeds_the_sitemap_and_the_search_index_give_an_undated_document_no_date() {
    let site = archive();
    write(
        &site,
        "letters/special-session.md",
        "title: Call for a special session on the crisis\nkind: letter\nsession: HRC53\nsignatories: [Human Rights Watch]\n",
        "We urge the members of the Council to request a special session without delay.",
    );
    site.build(&[]).assert_ok();
    let atom = std::fs::read_to_string(site.output().join("atom.xml")).unwrap();
    let entries: Vec<&str> = atom.split("<entry>").skip(1).collect();
    assert_eq!(entries.len(), 2, "the dated documents alone:\n{atom}");
    for undated in ["item 5", "cases raised", "Solidarity", "special session"] {
        assert!(!atom.contains(undated), "{undated} in the feed:\n{atom}");
    }
    assert!(atom.contains("<updated>2023-04-04T00:00:00Z</updated>"), "{atom}");
    let hrc52 = std::fs::read_to_string(site.output().join("sessions/hrc52.xml")).unwrap();
    assert_eq!(hrc52.matches("<entry>").count(), 2, "{hrc52}");
    // A session none of whose documents is dated has its page, but no feed to date.
    assert!(site.output().join("sessions/hrc53.html").is_file());
    assert!(!site.output().join("sessions/hrc53.xml").exists());

    let sitemap = std::fs::read_to_string(site.output().join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://example.org/statements/item-5.html</loc>"), "{sitemap}");
    assert!(!sitemap.contains("lastmod"), "{sitemap}");

    let docs: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(site.output().join("search/docs-0.json")).unwrap()).unwrap();
    let row = docs.iter().find(|row| row[0] == "statements/item-5.html").expect("indexed");
    assert_eq!(row[3], serde_json::Value::Null, "{row}");
    let dated = docs.iter().find(|row| row[0] == "news/closing.html").expect("indexed");
    assert_eq!(dated[3], "4 April 2023");
}

#[test]
fn an_archive_with_no_dated_document_publishes_no_feed() {
    let site = Site::new();
    write(
        &site,
        "statements/item-4.md",
        "title: Joint statement under item 4\nkind: statement\nsession: HRC52\nsignatories: [FIDH]\n",
        "Madam President, the situations on this Council's agenda deserve its attention.",
    );
    site.build(&[]).assert_ok();
    assert!(!site.output().join("atom.xml").exists(), "a feed's `updated` would be invented");
    assert!(!site.output().join("sessions/hrc52.xml").exists());
    let home = site.page("");
    assert!(home.attrs("link[type='application/atom+xml']", "href").is_empty());
    assert!(broken_links(&site.output(), "/").is_empty(), "{:?}", broken_links(&site.output(), "/"));
}

/// Three votes: two dated, and one whose sources give its session but not its day,
/// recorded in a dated news item that must not lend it its date.
fn votes_archive() -> Site {
    let site = Site::new();
    write(
        &site,
        "news/reprisals-renewed.md",
        "title: Council renews its resolution on reprisals\nkind: news\ndate: 2021-10-11\nsession: HRC48\nvotes:\n  - on: A/HRC/48/L.9\n    date: 2021-10-11\n    session: HRC48\n    yes: [Fiji, Ghana]\n    no: [China]\n    abstain: [India]\n",
        "The text was adopted after a recorded vote requested by one delegation.",
    );
    write(
        &site,
        "news/closing-votes.md",
        "title: The last votes of the 51st session\nkind: news\ndate: 2022-10-10\nsession: HRC51\nsymbols: [A/HRC/51/L.6]\nvotes:\n  - on: A/HRC/51/L.10\n    date: 2022-10-07\n    session: HRC51\n    yes: [Australia, Fiji]\n    no: [Eritrea]\n    abstain: [Brazil]\n  - on: A/HRC/51/L.6\n    session: HRC51\n    yes: [Australia]\n    no: [Indonesia]\n    abstain: [Brazil]\n",
        "Two drafts were put to a vote in the session's last days; the record we have of the\nfirst does not say on which day it was taken.",
    );
    site
}

#[test]
fn a_vote_without_a_date_has_none_in_the_open_data_or_on_any_page() {
    let site = votes_archive();
    site.build(&[]).assert_ok();

    let csv = std::fs::read_to_string(site.output().join("votes.csv")).unwrap();
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().unwrap().clone();
    let (symbol, date) =
        (headers.iter().position(|h| h == "symbol").unwrap(), headers.iter().position(|h| h == "date").unwrap());
    let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
    let undated: Vec<&str> = records.iter().filter(|r| &r[symbol] == "A/HRC/51/L.6").map(|r| &r[date]).collect();
    assert_eq!(undated, ["", "", ""], "{csv}");
    assert!(records.iter().filter(|r| &r[symbol] == "A/HRC/51/L.10").all(|r| &r[date] == "2022-10-07"), "{csv}");

    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.output().join("votes.json")).unwrap()).unwrap();
    let vote = json.as_array().unwrap().iter().find(|v| v["symbol"] == "A/HRC/51/L.6").unwrap();
    assert_eq!(vote["date"], serde_json::Value::Null, "{vote}");
    assert_eq!(vote["session"], "HRC51");

    let symbol_page = site.page("symbols/a-hrc-51-l-6.html");
    let votes = symbol_page.texts("main > h2 + .term-list li");
    assert_eq!(votes, ["Vote at HRC51, undated: 1 in favour, 1 against, 1 abstaining; rejected"]);
    let recorded = site.page("news/closing-votes.html");
    assert!(recorded.texts("#vote-a-hrc-51-l-6 time").is_empty(), "{}", recorded.text("#vote-a-hrc-51-l-6"));

    let brazil = site.page("states/bra.html");
    assert!(brazil.texts(".state-history time").iter().all(|date| date == "7 October 2022"));
    assert_eq!(brazil.texts(".state-history tbody td:first-child"), ["7 October 2022 HRC51", "Undated HRC51"]);
}

#[test]
fn votes_are_listed_newest_first_an_undated_one_after_the_dated_votes_of_its_session() {
    let site = votes_archive();
    site.build(&[]).assert_ok();
    let index = site.page("votes/");
    assert_eq!(index.texts(".votes-index tbody th .symbol"), ["A/HRC/51/L.10", "A/HRC/51/L.6", "A/HRC/48/L.9"]);
    assert_eq!(
        index.texts(".votes-index tbody td:first-child"),
        ["7 October 2022 HRC51", "Undated HRC51", "11 October 2021 HRC48"]
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(site.output().join("votes.json")).unwrap()).unwrap();
    let symbols: Vec<&str> = json.as_array().unwrap().iter().map(|v| v["symbol"].as_str().unwrap()).collect();
    assert_eq!(symbols, ["A/HRC/51/L.10", "A/HRC/51/L.6", "A/HRC/48/L.9"]);
}
