//! Recorded votes: parsed from both forms, checked, rendered, and published as data.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Page, Site, broken_links, plenary, repo_root};

const SHEET_HEAD: &str = "```vote\non: A/HRC/43/L.13/Rev.1\ntitle: Promoting mutually beneficial cooperation in the field of human rights\ndate: 2020-06-22\nsession: HRC43\n";

/// The sheet as the seed news item prints it, with its tabs and its blank vote.
const SEED_SHEET: &str = "ABST\tAFGHANISTAN\tNO\tDENMARK\tYES\tPAKISTAN
YES\tANGOLA\tYES\tERITREA\tABST\tPERU
YES\tARGENTINA\tABST\tFIJI\tYES\tPHILIPPINES
ABST\tARMENIA\tNO\tGERMANY\tNO\tPOLAND
NO\tAUSTRALIA\tNO\tINDIA\tYES\tQATAR
NO\tAUSTRIA\tYES\tINDONESIA\tNO\tREPUBLIC OF KOREA
ABST\tBAHAMAS\tNO\tITALY\tYES\tSENEGAL
YES\tBAHRAIN\tNO\tJAPAN\tNO\tSLOVAKIA
YES\tBANGLADESH\tABST\tLIBYA\tYES\tSOMALIA
YES\tBRAZIL\tNO\tMARSHALL ISLANDS\tNO\tSPAIN
NO\tBULGARIA\tYES\tMAURITANIA\tYES\tSUDAN
YES\tBURKINA FASO\tYES\tMEXICO\tYES\tTOGO
YES\tCAMEROON\tYES\tNAMIBIA\tNO\tUKRAINE
ABST\tCHILE\tYES\tNEPAL\tYES\tURUGUAY
NO\tCZECH REPUBLIC\tNO\tNETHERLANDS\tYES\tVENEZUELA (BOLIVARIAN REPUBLIC OF)
\tDEMOCRATIC REPUBLIC OF CONGO\tYES\tNIGERIA\t\t
";

fn tally(page: &Page) -> Vec<String> {
    page.texts(".vote .tally div").into_iter().collect()
}

/// Each state the lists by position name, as "position: state", in the lists' order: the
/// facts the table of all states is built from in the reader's browser.
fn listed(page: &Page) -> Vec<String> {
    ["yes", "no", "abstain", "absent", "not_recorded"]
        .iter()
        .flat_map(|position| {
            page.texts(&format!(".vote-list-{position} li"))
                .into_iter()
                .map(move |state| format!("{position}: {state}"))
        })
        .collect()
}

#[test]
fn the_seed_vote_renders_47_states_and_flags_the_missing_vote() {
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("site");
    let run = plenary(&["build", "--root", repo_root().to_str().unwrap(), "--output", output.to_str().unwrap()]);
    run.assert_ok();
    assert!(
        run.stderr().contains("content/news/hrc43-vote-mutually-beneficial-cooperation.md:59:2: warning: vote on A/HRC/43/L.13/Rev.1: `DEMOCRATIC REPUBLIC OF CONGO` has no recorded vote"),
        "{}",
        run.stderr()
    );
    let news = Page::read(&output, "news/hrc43-vote-mutually-beneficial-cooperation.html");
    assert_eq!(tally(&news), ["In favour 23", "Against 16", "Abstained 7", "No recorded vote 1"]);
    assert_eq!(listed(&news).len(), 47);
    assert_eq!(news.texts(".vote-list-not_recorded li"), ["Democratic Republic of the Congo"]);
    assert!(
        news.text(".vote-notes")
            .contains("Democratic Republic of the Congo appears on the sheet with no recorded vote")
    );
    // Each state is on the page once, linked from the lists; the table of them all is
    // built from the lists by the page's script, in the words the page gives it, and
    // stays hidden without script.
    let links = news.attrs(".vote-list li a", "href");
    assert_eq!(links.len(), 47);
    assert!(links.contains(&"/states/cod.html".to_owned()));
    for link in &links {
        assert_eq!(news.source.matches(&format!("\"{link}\"")).count(), 1, "{link} twice");
    }
    assert!(news.texts(".vote-table").is_empty());
    assert_eq!(news.attrs(".vote-all", "hidden"), [""]);
    assert_eq!(news.attrs(".vote-all", "data-caption"), ["How each state voted on A/HRC/43/L.13/Rev.1"]);
    assert_eq!([news.attrs(".vote-all", "data-state"), news.attrs(".vote-all", "data-vote")], [["State"], ["Vote"]]);
    assert_eq!(news.attrs(".vote-list ul", "data-label"), ["In favour", "Against", "Abstained", "No recorded vote"]);

    // Resolution 37/23 is known only by its announced totals (the annex's footnote 2).
    let annex = Page::read(&output, "annexes/hrc43-annex-mutually-beneficial-cooperation.html");
    assert_eq!(tally(&annex), ["In favour 28", "Against 1", "Abstained 17"]);
    assert!(annex.texts(".vote-all").is_empty());
    assert!(annex.text(".vote-source").contains("announced result"));

    let votes = Page::read(&output, "votes/");
    assert_eq!(votes.texts(".votes-index tbody tr .symbol"), ["A/HRC/43/L.13/Rev.1", "A/HRC/RES/37/23"]);
    assert!(broken_links(&output, "/").is_empty(), "{:?}", broken_links(&output, "/"));
}

#[test]
fn a_declared_result_that_disagrees_with_the_sheet_is_flagged() {
    let site = Site::new();
    let body = format!("{SHEET_HEAD}declared: 23-16-8\n---\n{SEED_SHEET}```\n");
    site.doc("news/vote.md", "Vote", "session: HRC43", &body);
    let run = site.build(&[]);
    run.assert_ok();
    assert!(run.stderr().contains("content/news/vote.md:13:11: warning: vote on A/HRC/43/L.13/Rev.1: declared 23-16-8 but the states add up to 23-16-7"), "{}", run.stderr());
    let page = site.page("news/vote.html");
    assert!(page.text(".vote-notes").contains(
        "The announced result (23-16-8) differs from the votes recorded here (23-16-7) (1 without a recorded vote)."
    ));
    assert!(page.text(".vote-source").contains("Announced result: 23 in favour, 16 against, 8 abstentions."));
}

#[test]
fn tabs_spaces_and_windows_line_endings_give_the_same_vote() {
    let mut pages = Vec::new();
    for sheet in [SEED_SHEET.to_owned(), SEED_SHEET.replace('\t', "    "), SEED_SHEET.replace('\n', "\r\n")] {
        let site = Site::new();
        site.doc("news/vote.md", "Vote", "", &format!("{SHEET_HEAD}---\n{sheet}```\n"));
        site.build(&[]).assert_ok();
        let page = site.page("news/vote.html");
        pages.push((tally(&page), listed(&page)));
    }
    assert_eq!(pages[0].1.len(), 47);
    assert_eq!(pages[0], pages[1]);
    assert_eq!(pages[0], pages[2]);
}

#[test]
fn unknown_and_repeated_states_are_shown_not_dropped() {
    let site = Site::new();
    let body = "```vote\non: A/HRC/1/L.1\n---\nYES\tFIJI\tNO\tATLANTIS\nABST\tFiji\n```\n";
    site.doc("news/v.md", "V", "", body);
    let run = site.build(&[]);
    run.assert_ok();
    assert!(
        run.stderr().contains("content/news/v.md:10:13: warning: vote on A/HRC/1/L.1: unknown state `ATLANTIS`"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("content/news/v.md:11:6: warning: vote on A/HRC/1/L.1: Fiji is listed twice"),
        "{}",
        run.stderr()
    );
    // Each warning quotes the sheet line it is about.
    assert!(run.stderr().contains("10 | YES    FIJI    NO    ATLANTIS"), "{}", run.stderr());
    assert!(run.stderr().contains("11 | ABST    Fiji"), "{}", run.stderr());
    let page = site.page("news/v.html");
    assert_eq!(listed(&page), ["yes: Fiji", "no: ATLANTIS (not in the registry)", "abstain: Fiji"]);
    let notes = page.text(".vote-notes");
    assert!(notes.contains("“ATLANTIS” is not a state the registry knows"), "{notes}");
    assert!(notes.contains("Fiji is listed twice (as “FIJI” and “Fiji”)"), "{notes}");
}

#[test]
fn front_matter_votes_render_the_same_component_and_state_pages_link_back() {
    let site = Site::new();
    let votes = "votes:\n  - on: A/HRC/45/L.1\n    date: 2020-10-06\n    session: HRC45\n    declared: { yes: 2, no: 1, abstain: 0 }\n    yes: [Fiji, Czech Republic]\n    no: [USA]\n";
    site.doc("votes/l1.md", "Vote on L.1", votes, "The record.");
    site.doc("letters/urge.md", "Urging a no", "symbols: [A/HRC/45/L.1]\nsignatories: [X]", "Vote no.");
    site.build(&[]).assert_ok();
    let record = site.page("votes/l1.html");
    assert_eq!(tally(&record), ["In favour 2", "Against 1", "Abstained 0"]);
    assert_eq!(listed(&record), ["yes: Czechia", "yes: Fiji", "no: United States of America"]);
    // A document about the resolution shows its vote, linking to where it is recorded.
    let letter = site.page("letters/urge.html");
    assert_eq!(tally(&letter), ["In favour 2", "Against 1", "Abstained 0"]);
    assert_eq!(letter.attrs(".vote-meta a", "href"), ["/votes/l1.html#vote-a-hrc-45-l-1"]);
    assert!(letter.text(".vote-meta").contains("HRC45"), "a session without a page is named, not linked");

    let czechia = site.page("states/cze.html");
    assert_eq!(czechia.text("h1"), "Czechia");
    assert_eq!(czechia.text(".state-history td.vote-yes"), "In favour");
    assert_eq!(czechia.attrs(".state-history th a", "href"), ["/votes/l1.html#vote-a-hrc-45-l-1"]);
    // The vote's link opens its record; the last column names the other documents.
    assert_eq!(czechia.texts(".state-history td:last-child a"), ["Urging a no"]);
    let states = site.page("states/");
    // By regional group: Asia-Pacific, Eastern European, then the states in no group.
    assert_eq!(states.texts(".state-list a"), ["Fiji", "Czechia", "United States of America"]);
    assert!(broken_links(&site.output(), "/").is_empty(), "{:?}", broken_links(&site.output(), "/"));
}

#[test]
fn votes_csv_and_json_hold_one_row_per_state_per_vote() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", &format!("{SHEET_HEAD}---\n{SEED_SHEET}```\n"));
    site.doc("votes/b.md", "B", "votes:\n  - on: A/HRC/RES/37/23\n    declared: 28-1-17\n", "");
    site.build(&[]).assert_ok();
    let mut reader = csv::Reader::from_path(site.output().join("votes.csv")).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "symbol",
            "title",
            "date",
            "session",
            "state",
            "iso3",
            "position",
            "printed_as",
            "document",
            "outcome",
            "complete",
            "sources"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 47, "one row per state of the one vote with a breakdown");
    let drc = rows.iter().find(|r| &r[5] == "COD").unwrap();
    assert_eq!(
        (&drc[0], &drc[2], &drc[3], &drc[4], &drc[6]),
        ("A/HRC/43/L.13/Rev.1", "2020-06-22", "HRC43", "Democratic Republic of the Congo", "not_recorded")
    );
    assert!(rows.iter().all(|r| r[8].starts_with("https://example.org/news/a.html#vote-")));

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    let votes = json.as_array().unwrap();
    assert_eq!(votes.len(), 2);
    let totals_only = votes.iter().find(|v| v["symbol"] == "A/HRC/RES/37/23").unwrap();
    assert_eq!(totals_only["declared"], serde_json::json!({ "yes": 28, "no": 1, "abstain": 17 }));
    assert_eq!(totals_only["states"], serde_json::json!([]));
}

#[test]
fn a_malformed_vote_block_stops_the_build_at_its_line() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Text.\n\n```vote\non: A/HRC/1/L.1\ndeclared: 1-2\n---\nYES\tFIJI\n```\n");
    site.build(&[]).assert_fails_with(&["content/news/a.md:11:11: error: vote block: declared: invalid tally `1-2`"]);
    let site = Site::new();
    site.doc("news/a.md", "A", "", "```vote\non: L.13/Rev.1\n---\nYES\tFIJI\n```\n");
    site.build(&[])
        .assert_fails_with(&["content/news/a.md:8:5: error: vote: on: `L.13/Rev.1` is not a UN document symbol"]);
}

/// Bodies are let go in chunks as they render; a sheet's warnings must still quote it.
#[test]
fn a_sheet_late_in_a_large_archive_is_still_quoted() {
    let site = Site::new();
    for n in 0..1100 {
        site.doc(&format!("news/n{n:04}.md"), &format!("N{n}"), "", "Text.\n");
    }
    site.doc("news/zz.md", "Z", "", "Text.\n\n```vote\non: A/HRC/1/L.1\n---\nYES\tATLANTIS\n```\n");
    let run = site.build(&[]);
    run.assert_ok();
    assert!(
        run.stderr().contains("content/news/zz.md:12:5: warning: vote on A/HRC/1/L.1: unknown state"),
        "{}",
        run.stderr()
    );
    assert!(run.stderr().contains("12 | YES    ATLANTIS"), "{}", run.stderr());
}

#[test]
fn an_absent_member_is_shown_and_published_as_absent() {
    let site = Site::new();
    let votes =
        "votes:\n  - on: A/HRC/45/L.1\n    declared: 1-1-0\n    yes: [Fiji]\n    no: [Peru]\n    absent: [Chile]\n";
    site.doc("votes/l1.md", "Vote on L.1", votes, "The record.");
    site.build(&[]).assert_ok();
    let record = site.page("votes/l1.html");
    assert_eq!(tally(&record), ["In favour 1", "Against 1", "Abstained 0", "Absent 1"]);
    assert_eq!(listed(&record), ["yes: Fiji", "no: Peru", "absent: Chile"]);
    assert_eq!(record.attrs(".vote-list-absent ul", "data-label"), ["Absent"]);
    assert!(record.texts(".vote-notes").is_empty(), "absent members are not part of the declared result");
    assert_eq!(site.page("states/chl.html").text(".state-history td.vote-absent"), "Absent");
    assert!(site.page("votes/").text(".votes-index").contains("1 absent"));
    let symbol = site.page("symbols/a-hrc-45-l-1.html").text("main");
    assert!(symbol.contains("1 in favour, 1 against, 0 abstaining, 1 absent"), "{symbol}");

    let csv = std::fs::read_to_string(site.output().join("votes.csv")).unwrap();
    assert!(csv.lines().any(|line| line.contains(",CHL,absent,Chile,")), "{csv}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    assert_eq!(
        json[0]["counted"],
        serde_json::json!({ "yes": 1, "no": 1, "abstain": 0, "absent": 1, "not_recorded": 0, "disputed": 0 })
    );

    // In a vote block the absent are listed in the roll, like every other position.
    let site = Site::new();
    site.doc("news/a.md", "A", "", "```vote\non: A/HRC/1/L.1\nabsent: [Chile]\n---\nYES\tFIJI\n```\n");
    site.build(&[]).assert_fails_with(&["content/news/a.md:9:9: error: vote block: list the states in the sheet below `---`, not as yes/no/abstain/absent"]);
}

/// A press release pasted as printed was read as a UN sheet: its sentence fragments
/// were published as three "states" with no recorded vote.
#[test]
fn a_pasted_press_release_publishes_only_states() {
    let site = Site::new();
    let body = "```vote\non: A/HRC/1/L.1\n---\nIn favour: 3 (Argentina, Brazil and Chile). Against: 1 (Fiji).\nAbstentions: 1 (Peru).\n```\n";
    site.doc("news/v.md", "V", "", body);
    site.build(&[]).assert_ok();
    let mut reader = csv::Reader::from_path(site.output().join("votes.csv")).unwrap();
    let rows: Vec<(String, String, String)> =
        reader.records().map(|r| r.unwrap()).map(|r| (r[4].to_owned(), r[5].to_owned(), r[6].to_owned())).collect();
    let row = |state: &str, iso3: &str, position: &str| (state.to_owned(), iso3.to_owned(), position.to_owned());
    assert_eq!(
        rows,
        [
            row("Argentina", "ARG", "yes"),
            row("Brazil", "BRA", "yes"),
            row("Chile", "CHL", "yes"),
            row("Fiji", "FJI", "no"),
            row("Peru", "PER", "abstain"),
        ]
    );
    let page = site.page("news/v.html");
    assert_eq!(listed(&page), ["yes: Argentina", "yes: Brazil", "yes: Chile", "no: Fiji", "abstain: Peru"]);
    assert!(page.texts(".vote-notes").is_empty(), "{:?}", page.texts(".vote-notes"));
}

#[test]
fn a_roll_s_printed_counts_and_lost_commas_are_reported_where_they_are() {
    let site = Site::new();
    let body = "```vote\non: A/HRC/1/L.1\n---\nIn favour (3): Fiji, Libya Peru and Chile.\nAgainst (1): India. Abstentions (1): Nepal.\nAbsent (2): Togo.\n```\n";
    site.doc("news/v.md", "V", "", body);
    let run = site.build(&[]);
    run.assert_ok();
    for expected in [
        "content/news/v.md:10:22: warning: vote on A/HRC/1/L.1: `Libya Peru and Chile` reads as several states run together (“Libya”, “Peru”, “Chile”); is a comma missing?",
        "content/news/v.md:10:12: warning: vote on A/HRC/1/L.1: declared 3-1-1 but the states add up to 4-1-1",
        "content/news/v.md:12:9: warning: vote on A/HRC/1/L.1: the roll prints Absent (2) but names 1 state",
    ] {
        assert!(run.stderr().contains(expected), "{expected}\n{}", run.stderr());
    }
    let page = site.page("news/v.html");
    assert_eq!(tally(&page), ["In favour 4", "Against 1", "Abstained 1", "Absent 1"]);
    assert!(page.text(".vote-source").contains("Announced result: 3 in favour, 1 against, 1 abstentions."));
    let notes = page.text(".vote-notes");
    assert!(notes.contains("“Libya Peru and Chile” is read as “Libya”, “Peru”, “Chile”"), "{notes}");
    assert!(notes.contains("The roll prints Absent (2) but names 1 state there."), "{notes}");
    assert_eq!(
        listed(&page),
        ["yes: Chile", "yes: Fiji", "yes: Libya", "yes: Peru", "no: India", "abstain: Nepal", "absent: Togo"]
    );
}

/// Front-matter names were all reported at the `votes:` line, however long the list.
#[test]
fn warnings_about_names_in_front_matter_point_at_the_name() {
    let site = Site::new();
    let votes = "votes:\n  - on: A/HRC/45/L.1\n    yes: [Fiji, Chile]\n    no:\n      - Peru\n      - fiji\n    abstain: [Libya Nepal]\n";
    site.doc("votes/v.md", "V", votes, "");
    let run = site.build(&[]);
    run.assert_ok();
    for expected in [
        "content/votes/v.md:10:9: warning: vote on A/HRC/45/L.1: Fiji is listed twice",
        "content/votes/v.md:11:15: warning: vote on A/HRC/45/L.1: `Libya Nepal` reads as several states run together",
        "11 |     abstain: [Libya Nepal]",
    ] {
        assert!(run.stderr().contains(expected), "{expected}\n{}", run.stderr());
    }
}

/// A procedural vote, or a draft whose symbol no source prints, stopped the whole site
/// with "missing field `on`".
#[test]
fn a_vote_known_by_its_title_is_recorded_everywhere_a_vote_is() {
    let site = Site::new();
    let votes = "session: HRC46\nvotes:\n  - title: Motion to adjourn the debate on the draft resolution\n    date: 2021-03-23\n    yes: [Chile]\n    no: [Fiji, Peru]\n";
    let block = "```vote\ntitle: Motion to hold an urgent debate on the situation of human rights defenders\ndate: 2021-03-22\n---\nVoting YES were: Nepal.\nVoting NO were: India and Togo.\n```\n";
    site.doc("votes/motions.md", "Two motions", votes, block);
    let run = site.build(&[]);
    run.assert_ok();
    let page = site.page("votes/motions.html");
    let anchors = page.attrs("section.vote", "id");
    assert_eq!(
        anchors,
        ["vote-motion-to-hold-an-urgent-debate-on-the-situation", "vote-motion-to-adjourn-the-debate-on-the-draft"]
    );
    assert!(page.texts(".vote-heading")[1].contains("Motion to adjourn the debate on the draft resolution"));
    assert!(page.texts(".vote-heading .symbol").is_empty(), "no symbol is invented");

    let index = site.page("votes/");
    assert_eq!(
        index.attrs(".votes-index tbody th a", "href"),
        [
            "/votes/motions.html#vote-motion-to-adjourn-the-debate-on-the-draft",
            "/votes/motions.html#vote-motion-to-hold-an-urgent-debate-on-the-situation"
        ]
    );
    assert_eq!(
        site.page("states/fji.html").attrs(".state-history th a", "href"),
        ["/votes/motions.html#vote-motion-to-adjourn-the-debate-on-the-draft"]
    );
    assert!(site.page("states/npl.html").text(".state-history").contains("Motion to hold an urgent debate"));

    let mut reader = csv::Reader::from_path(site.output().join("votes.csv")).unwrap();
    let togo = reader.records().map(Result::unwrap).find(|r| &r[5] == "TGO").unwrap();
    assert_eq!(
        (&togo[0], &togo[1], &togo[6]),
        ("", "Motion to hold an urgent debate on the situation of human rights defenders", "no")
    );
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    assert!(json.as_array().unwrap().iter().all(|vote| vote["symbol"].is_null()), "{json}");

    // Another vote added before them leaves their anchors as they were.
    let earlier = "session: HRC46\nvotes:\n  - title: Motion to close the list of speakers\n  - title: Motion to adjourn the debate on the draft resolution\n    date: 2021-03-23\n    yes: [Chile]\n    no: [Fiji, Peru]\n";
    site.doc("votes/motions.md", "Two motions", earlier, block);
    site.build(&[]).assert_ok();
    let anchors = site.page("votes/motions.html").attrs("section.vote", "id");
    assert!(anchors.contains(&"vote-motion-to-adjourn-the-debate-on-the-draft".to_owned()), "{anchors:?}");
    assert!(anchors.contains(&"vote-motion-to-hold-an-urgent-debate-on-the-situation".to_owned()), "{anchors:?}");
}

#[test]
fn a_vote_needs_a_symbol_or_a_title() {
    let site = Site::new();
    site.doc("votes/v.md", "V", "votes:\n  - date: 2021-03-23\n    no: [Fiji]\n", "");
    site.build(&[]).assert_fails_with(&[
        "content/votes/v.md:6:5: error: vote: give `on:` (the symbol voted on) or, for a motion or a draft with no symbol, `title:`",
    ]);
    let site = Site::new();
    site.doc("news/v.md", "V", "", "```vote\nsession: HRC46\n---\nVoting NO were: Fiji.\n```\n");
    site.build(&[]).assert_fails_with(&[
        "content/news/v.md:8:1: error: vote: give `on:` (the symbol voted on) or, for a motion or a draft with no symbol, `title:`",
    ]);
}

/// No table, index row or state row said whether a text was adopted.
#[test]
fn the_outcome_is_stated_or_derived_and_a_contradiction_is_flagged() {
    let site = Site::new();
    let votes = "votes:\n  - on: A/HRC/45/L.1\n    declared: 2-1-0\n    yes: [Fiji, Chile]\n    no: [Peru]\n  - on: A/HRC/45/L.2\n    outcome: rejected\n  - on: A/HRC/45/L.3\n    outcome: rejected\n    yes: [Fiji, Chile]\n    no: [Peru]\n  - on: A/HRC/45/L.4\n";
    site.doc("votes/v.md", "V", votes, "");
    let block = "```vote\non: A/HRC/45/L.5\noutcome: adopted\n---\nVoting YES were: Fiji.\nVoting NO were: Chile and Peru.\n```\n";
    site.doc("news/n.md", "N", "", block);
    let run = site.build(&[]);
    run.assert_ok();
    for expected in [
        "content/votes/v.md:13:14: warning: vote on A/HRC/45/L.3: the record says it was rejected, but 2 in favour and 1 against adopt it by the Council's rule",
        "content/news/n.md:9:10: warning: vote on A/HRC/45/L.5: the record says it was adopted, but 1 in favour and 2 against reject it by the Council's rule",
    ] {
        assert!(run.stderr().contains(expected), "{expected}\n{}", run.stderr());
    }
    let page = site.page("votes/v.html");
    assert_eq!(page.texts(".vote-outcome"), ["Adopted", "Rejected", "Rejected", "Outcome not known"]);
    assert!(
        page.texts(".vote-notes")[0]
            .contains("The record says the text was rejected, but 2 in favour and 1 against adopt it")
    );
    let index = site.page("votes/");
    assert_eq!(
        index.texts(".votes-index td.outcome"),
        ["Adopted", "Rejected", "Rejected (the counts say adopted)", "Not known", "Adopted (the counts say rejected)"]
    );
    assert_eq!(
        site.page("states/chl.html").texts(".state-history td.outcome"),
        ["Adopted", "Rejected (the counts say adopted)", "Adopted (the counts say rejected)"]
    );
    assert!(site.page("symbols/a-hrc-45-l-2.html").text("main").contains("rejected"));

    let mut reader = csv::Reader::from_path(site.output().join("votes.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let outcome = headers.iter().position(|h| h == "outcome").unwrap();
    let peru: Vec<String> =
        reader.records().map(Result::unwrap).filter(|r| &r[5] == "PER").map(|r| r[outcome].to_owned()).collect();
    assert_eq!(peru, ["adopted", "rejected", "adopted"]);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    let outcomes: Vec<&serde_json::Value> = json.as_array().unwrap().iter().map(|v| &v["outcome"]).collect();
    assert_eq!(
        outcomes,
        [
            &serde_json::json!("adopted"),
            &serde_json::json!("rejected"),
            &serde_json::json!("rejected"),
            &serde_json::Value::Null,
            &serde_json::json!("adopted")
        ]
    );
}

/// A General Assembly vote known by its result and the few states against and
/// abstaining was shown as "0 in favour" everywhere.
#[test]
fn a_partial_record_shows_the_declared_result_and_the_states_it_names() {
    let site = Site::new();
    let votes = "votes:\n  - on: A/RES/75/1\n    declared: 120-3-4\n    no: [Fiji, Peru, Chile]\n    abstain: [India, Nepal, Togo, Libya]\n";
    site.doc("votes/ga.md", "GA", votes, "");
    let run = site.build(&[]);
    run.assert_ok();
    assert!(!run.stderr().contains("add up to"), "a partial record is no discrepancy: {}", run.stderr());
    let page = site.page("votes/ga.html");
    assert_eq!(tally(&page), ["In favour 120", "Against 3", "Abstained 4"]);
    assert!(page.text(".vote-source").contains("120 not named"), "{}", page.text(".vote-source"));
    assert_eq!(listed(&page).len(), 7);
    assert_eq!(page.text(".vote-outcome"), "Adopted");

    let index = site.page("votes/");
    assert_eq!(index.texts(".votes-index tbody td")[1..4], ["120", "3", "4"]);
    assert!(index.text(".votes-index").contains("120 not named"));
    let symbol = site.page("symbols/a-res-75-1.html").text("main");
    assert!(symbol.contains("120 in favour") && symbol.contains("120 not named"), "{symbol}");
    assert!(!symbol.contains(": 0 in favour"), "{symbol}");
    assert_eq!(site.page("states/fji.html").texts(".state-history td.outcome"), ["Adopted"]);

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    assert_eq!(json[0]["counted"], serde_json::Value::Null, "no count is claimed");
    assert_eq!(json[0]["complete"], serde_json::json!(false));
    assert_eq!(json[0]["declared"], serde_json::json!({ "yes": 120, "no": 3, "abstain": 4 }));
    assert_eq!(json[0]["states"].as_array().unwrap().len(), 7);
    let mut reader = csv::Reader::from_path(site.output().join("votes.csv")).unwrap();
    let complete = reader.headers().unwrap().iter().position(|h| h == "complete").unwrap();
    assert!(reader.records().map(Result::unwrap).all(|r| &r[complete] == "false"));
}

/// The same vote recorded by two sources was shown twice, and a state's page showed
/// whichever came last.
#[test]
fn one_vote_recorded_by_two_documents_is_one_vote_with_two_sources() {
    let site = Site::new();
    let record = "votes:\n  - on: A/HRC/45/L.1\n    date: 2020-10-06\n    session: HRC45\n    yes: [Fiji, Chile]\n    no: [Peru]\n    abstain: [India]\n";
    site.doc("votes/record.md", "The record", record, "");
    let press = "```vote\non: A/HRC/45/L.1\nsession: HRC45\n---\nY FIJI\nN CHILE\nN PERU\n```\n";
    site.doc("news/press.md", "Press release", "", press);
    // The same draft at another session is another vote.
    site.doc("votes/later.md", "Later", "votes:\n  - on: A/HRC/45/L.1\n    session: HRC46\n    yes: [Nepal]\n", "");
    let run = site.build(&[]);
    run.assert_ok();
    let disagreement = "content/votes/record.md:9:17: warning: vote on A/HRC/45/L.1: Chile is in favour here but against in content/news/press.md";
    assert!(run.stderr().contains(disagreement), "{}", run.stderr());
    let check = plenary(&["check", "--root", site.root().to_str().unwrap()]);
    assert!(check.stderr().contains(disagreement), "{}", check.stderr());

    let index = site.page("votes/");
    assert_eq!(index.texts(".votes-index tbody tr").len(), 2);
    let sources: Vec<Vec<String>> =
        ["news/press.html", "votes/record.html"].iter().map(|page| site.page(page).texts(".vote-sources a")).collect();
    assert_eq!(sources[0], ["Press release", "The record"]);
    assert_eq!(sources[0], sources[1], "each source shows the one vote");
    let notes = site.page("votes/record.html").text(".vote-notes");
    assert!(
        notes.contains("The sources disagree on Chile: against in “Press release”, in favour in “The record”."),
        "{notes}"
    );
    assert!(index.text(".votes-index").contains("Press release") && index.text(".votes-index").contains("The record"));
    assert_eq!(site.page("symbols/a-hrc-45-l-1.html").texts(".term-list li").len(), 2, "one per vote, not per source");

    let chile = site.page("states/chl.html");
    assert_eq!(chile.texts(".state-history tbody tr").len(), 1);
    let position = chile.text(".state-history td.vote-disputed");
    assert!(position.contains("In favour") && position.contains("The record"), "{position}");
    assert!(position.contains("Against") && position.contains("Press release"), "{position}");
    assert_eq!(site.page("states/fji.html").text(".state-history td.vote-yes"), "In favour");
    assert_eq!(site.page("states/ind.html").texts(".state-history tbody tr").len(), 1);

    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    let merged = json.as_array().unwrap().iter().find(|v| v["session"] == "HRC45").unwrap();
    assert_eq!(
        merged["sources"],
        serde_json::json!([
            "https://example.org/news/press.html#vote-a-hrc-45-l-1",
            "https://example.org/votes/record.html#vote-a-hrc-45-l-1"
        ])
    );
    let chile: Vec<(String, Vec<String>)> = published_csv(&site)
        .into_iter()
        .filter(|(vote, state, _, _)| vote == "A/HRC/45/L.1 HRC45" && state == "CHL")
        .map(|(_, _, position, sources)| (position, sources))
        .collect();
    assert_eq!(
        chile,
        [
            ("no".to_owned(), vec!["https://example.org/news/press.html#vote-a-hrc-45-l-1".to_owned()]),
            ("yes".to_owned(), vec!["https://example.org/votes/record.html#vote-a-hrc-45-l-1".to_owned()]),
        ]
    );
}

/// `(vote, iso3, position, sources)`, one per row of `votes.csv`, read as the README
/// tells a reuser to: an empty `sources` is the row's `document`.
fn published_csv(site: &Site) -> Vec<(String, String, String, Vec<String>)> {
    let mut reader = csv::Reader::from_path(site.output().join("votes.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let (symbol, session, iso3, position, document, sources) = (
        column("symbol"),
        column("session"),
        column("iso3"),
        column("position"),
        column("document"),
        column("sources"),
    );
    reader
        .records()
        .map(Result::unwrap)
        .map(|row| {
            let listed = if row[sources].is_empty() { &row[document] } else { &row[sources] };
            (
                format!("{} {}", &row[symbol], &row[session]),
                row[iso3].to_owned(),
                row[position].to_owned(),
                listed.split(' ').map(str::to_owned).collect(),
            )
        })
        .collect()
}

/// The same rows from `votes.json`, read as the README tells a reuser to: a state with
/// no `sources` has the vote's.
fn published_json(site: &Site) -> Vec<(String, String, String, Vec<String>)> {
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    let strings = |list: &serde_json::Value| -> Vec<String> {
        list.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()).collect()
    };
    let mut rows = Vec::new();
    for vote in json.as_array().unwrap() {
        let name = format!("{} {}", vote["symbol"].as_str().unwrap(), vote["session"].as_str().unwrap());
        for state in vote["states"].as_array().unwrap() {
            let sources = state.get("sources").unwrap_or(&vote["sources"]);
            rows.push((
                name.clone(),
                state["iso3"].as_str().unwrap().to_owned(),
                state["position"].as_str().unwrap().to_owned(),
                strings(sources),
            ));
        }
    }
    rows
}

/// The open data said which documents give each state its position on every row,
/// mostly the vote's own documents again: 33 MB at 50,000 documents. Each fact is now
/// said once, and both files still tell a reuser the same thing.
#[test]
fn the_open_data_names_a_state_s_sources_only_where_they_are_not_the_vote_s() {
    let site = Site::new();
    let record = "votes:\n  - on: A/HRC/45/L.1\n    date: 2020-10-06\n    session: HRC45\n    yes: [Fiji, Chile]\n    no: [Peru]\n    abstain: [India]\n";
    site.doc("votes/record.md", "The record", record, "");
    let press = "```vote\non: A/HRC/45/L.1\nsession: HRC45\n---\nY FIJI\nN CHILE\nN PERU\n```\n";
    site.doc("news/press.md", "Press release", "", press);
    site.doc(
        "votes/once.md",
        "Once",
        "votes:\n  - on: A/HRC/45/L.2\n    session: HRC45\n    yes: [Nepal]\n    no: [Fiji]\n",
        "",
    );
    site.build(&[]).assert_ok();

    let press = "https://example.org/news/press.html#vote-a-hrc-45-l-1".to_owned();
    let record = "https://example.org/votes/record.html#vote-a-hrc-45-l-1".to_owned();
    let once = "https://example.org/votes/once.html#vote-a-hrc-45-l-2".to_owned();
    let row = |vote: &str, iso3: &str, position: &str, sources: &[&String]| {
        (vote.to_owned(), iso3.to_owned(), position.to_owned(), sources.iter().map(|s| (*s).clone()).collect())
    };
    let expected: Vec<(String, String, String, Vec<String>)> = vec![
        row("A/HRC/45/L.1 HRC45", "CHL", "no", &[&press]),
        row("A/HRC/45/L.1 HRC45", "CHL", "yes", &[&record]),
        row("A/HRC/45/L.1 HRC45", "FJI", "yes", &[&press, &record]),
        row("A/HRC/45/L.1 HRC45", "IND", "abstain", &[&record]),
        row("A/HRC/45/L.1 HRC45", "PER", "no", &[&press, &record]),
        row("A/HRC/45/L.2 HRC45", "FJI", "no", &[&once]),
        row("A/HRC/45/L.2 HRC45", "NPL", "yes", &[&once]),
    ];
    let sorted = |mut rows: Vec<_>| {
        rows.sort();
        rows
    };
    assert_eq!(sorted(published_csv(&site)), expected, "votes.csv");
    assert_eq!(sorted(published_json(&site)), expected, "votes.json");

    // As written: a state's sources only where they are not the vote's.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();
    let merged = json.as_array().unwrap().iter().find(|v| v["symbol"] == "A/HRC/45/L.1").unwrap();
    assert_eq!(merged["document"], serde_json::json!(press));
    assert_eq!(merged["sources"], serde_json::json!([press, record]));
    let written: Vec<(&str, &str, Option<&serde_json::Value>)> = merged["states"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["iso3"].as_str().unwrap(), s["position"].as_str().unwrap(), s.get("sources")))
        .collect();
    assert_eq!(
        written,
        [
            ("FJI", "yes", None),
            ("CHL", "no", Some(&serde_json::json!([press]))),
            ("PER", "no", None),
            ("CHL", "yes", Some(&serde_json::json!([record]))),
            ("IND", "abstain", Some(&serde_json::json!([record]))),
        ]
    );
    let single = json.as_array().unwrap().iter().find(|v| v["symbol"] == "A/HRC/45/L.2").unwrap();
    assert!(single["states"].as_array().unwrap().iter().all(|s| s.get("sources").is_none()), "{single}");

    // In the CSV, the sources of a row only where they are not its document alone.
    let csv = std::fs::read_to_string(site.output().join("votes.csv")).unwrap();
    let written: Vec<(String, String, String)> = csv::Reader::from_reader(csv.as_bytes())
        .records()
        .map(Result::unwrap)
        .map(|r| (r[0].to_owned(), r[5].to_owned(), r[11].to_owned()))
        .collect();
    for (symbol, iso3, sources) in [
        ("A/HRC/45/L.1", "FJI", format!("{press} {record}")),
        ("A/HRC/45/L.1", "CHL", String::new()),
        ("A/HRC/45/L.1", "CHL", record.clone()),
        ("A/HRC/45/L.1", "IND", record),
        ("A/HRC/45/L.2", "NPL", String::new()),
        ("A/HRC/45/L.2", "FJI", String::new()),
    ] {
        assert!(
            written.contains(&(symbol.to_owned(), iso3.to_owned(), sources.clone())),
            "{symbol} {iso3} {sources:?}\n{csv}"
        );
    }
}

/// The component was one long table of states: on a phone a column 1,600 px tall. It
/// now lists the states by position, as the UN's sheet prints them, after the result.
#[test]
fn the_component_lists_the_states_by_position_after_the_result() {
    let site = Site::new();
    let motion = "```vote\ntitle: Motion to adjourn the debate on the draft resolution\ndate: 2021-03-23\nsession: HRC46\n---\nIn favour (3): Fiji, Nepal and Venezuela (Bolivarian Republic of).\nAgainst (4): Cuba, Chile, Côte d’Ivoire and Peru. Abstentions (1): India.\nAbsent (1): Togo.\n```\n";
    site.doc("news/motion.md", "Motion", "", motion);
    let partial = "votes:\n  - on: A/RES/75/1\n    declared: 120-3-4\n    no: [Peru, Fiji, Chile]\n    abstain: [India, Nepal, Togo, Libya]\n";
    site.doc("votes/ga.md", "GA", partial, "");
    let record = "votes:\n  - on: A/HRC/45/L.1\n    date: 2020-10-06\n    session: HRC45\n    yes: [Fiji, Chile]\n    no: [Peru]\n    abstain: [India]\n";
    site.doc("votes/record.md", "The record", record, "");
    site.doc(
        "news/press.md",
        "Press release",
        "",
        "```vote\non: A/HRC/45/L.1\nsession: HRC45\n---\nY FIJI\nN CHILE\nN PERU\n```\n",
    );
    site.build(&[]).assert_ok();

    let page = site.page("news/motion.html");
    assert_eq!(
        page.texts(".vote-list > h3"),
        ["In favour (3)", "Against (4)", "Abstained (1)", "Absent (1)"],
        "the headings follow the vote's heading"
    );
    assert_eq!(page.texts(".vote-list-yes li"), ["Fiji", "Nepal", "Venezuela (Bolivarian Republic of)"]);
    // In alphabetical order, accents and all.
    assert_eq!(page.texts(".vote-list-no li"), ["Chile", "Côte d'Ivoire", "Cuba", "Peru"]);
    assert_eq!(
        page.attrs(".vote-list-no li a", "href"),
        ["/states/chl.html", "/states/civ.html", "/states/cub.html", "/states/per.html"]
    );
    assert_eq!(page.texts(".vote-list-absent li"), ["Togo"]);
    // The outcome and the tally come first, then the lists.
    let at = |needle: &str| page.source.find(needle).unwrap_or_else(|| panic!("no {needle}"));
    assert!(at("class=\"vote-outcome") < at("class=\"tally\"") && at("class=\"tally\"") < at("class=\"vote-lists\""));
    // The table remains, folded away below the lists, for a reader who wants it sorted:
    // the page's script builds it from the lists, and reveals it.
    assert_eq!(page.attrs(".vote details.vote-all", "hidden"), [""]);
    assert!(page.texts(".vote-table").is_empty());
    assert_eq!(
        page.attrs(".vote-all", "data-caption"),
        ["How each state voted on “Motion to adjourn the debate on the draft resolution”"]
    );

    // A partial record lists whom it names, and says how many of each position it does not.
    let ga = site.page("votes/ga.html");
    assert_eq!(ga.texts(".vote-list > h3"), ["In favour (120)", "Against (3)", "Abstained (4)"]);
    assert_eq!(ga.texts(".vote-list-yes li"), Vec::<String>::new());
    assert_eq!(ga.text(".vote-list-yes .not-named"), "120 not named");
    assert_eq!(ga.texts(".vote-list-no li"), ["Chile", "Fiji", "Peru"]);
    assert!(ga.texts(".vote-list-no .not-named").is_empty());

    // A state the sources disagree on is listed once, with each source's position.
    let press = site.page("news/press.html");
    assert_eq!(press.texts(".vote-list > h3"), ["In favour (1)", "Against (1)", "Abstained (1)", "Disputed (1)"]);
    assert_eq!(press.texts(".vote-list-yes li"), ["Fiji"]);
    assert_eq!(press.texts(".vote-list-disputed li"), ["Chile: In favour in The record; Against in Press release"]);
    assert_eq!(
        press.attrs(".vote-list-disputed li a", "href"),
        ["/states/chl.html", "/votes/record.html#vote-a-hrc-45-l-1", "/news/press.html#vote-a-hrc-45-l-1"]
    );
    // Its rows in the table of all states go before Fiji in favour and Peru against.
    assert_eq!(press.attrs(".vote-list-disputed [data-at]", "data-position"), ["yes", "no"]);
    assert_eq!(press.attrs(".vote-list-disputed [data-at]", "data-at"), ["0", "0"]);
}

/// On a phone the votes index showed "In favour 23" and nothing against: its tables now
/// stack each row's cells, each named by its column. A votes index row carries its
/// labels; a state's history, hundreds of rows long, names its columns once, as custom
/// properties of the table that the stylesheet shows before each cell (checked in a
/// browser by `vote-layout.test.mjs`).
#[test]
fn every_cell_of_the_vote_tables_names_its_column() {
    let output = tempfile::tempdir().unwrap();
    let out = output.path().join("site");
    plenary(&["build", "--root", repo_root().to_str().unwrap(), "--output", out.to_str().unwrap()]).assert_ok();
    let page = Page::read(&out, "votes/");
    let columns = page.texts(".votes-index thead th");
    let cells = page.attrs(".votes-index tbody tr > *", "data-label");
    assert_eq!(cells.len(), page.texts(".votes-index tbody tr > *").len(), "a cell without a label");
    assert!(!cells.is_empty());
    for (n, label) in cells.iter().enumerate() {
        assert_eq!(label, &columns[n % columns.len()], "cell {n}");
    }

    let page = Page::read(&out, "states/cod.html");
    let columns = page.texts(".state-history thead th");
    let style = page.attrs(".state-history", "style").concat();
    let named: String =
        columns.iter().enumerate().map(|(n, column)| format!("--column-{}:\"{column}\";", n + 1)).collect();
    assert_eq!(style, named);
    assert!(page.attrs(".state-history tbody tr > *", "data-label").is_empty(), "labels are the table's, once");
    let rows = page.texts(".state-history tbody tr").len();
    assert!(rows > 0);
    assert_eq!(page.texts(".state-history tbody tr > *").len(), rows * columns.len(), "a cell for every column");
}
