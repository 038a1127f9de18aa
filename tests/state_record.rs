//! A state's voting record at a glance: the states index by regional group, counts that
//! agree with what a page lists, a state's positions by session, the states it votes
//! most and least like, the tally bars of the votes index and a text's votes in date order.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Site, broken_links};

/// One vote sheet as the UN prints it, one `VOTE<TAB>STATE` pair a line; a blank
/// vote is left blank.
fn sheet(on: &str, date: &str, session: &str, ballots: &[(&str, &str)]) -> String {
    let mut text = format!("```vote\non: {on}\ndate: {date}\nsession: {session}\n---\n");
    for (vote, state) in ballots {
        text.push_str(&format!("{vote}\t{state}\n"));
    }
    text.push_str("```\n");
    text
}

/// The rows of a table matched by `rows`, each cell's text joined by a space.
fn rows(page: &common::Page, rows: &str, width: usize) -> Vec<String> {
    page.texts(&format!("{rows} > *")).chunks(width).map(|cells| cells.join(" ")).collect()
}

/// Five recorded votes of two sessions, in which Fiji votes as Chile and Peru on four of
/// five, never as Czechia and Denmark, and shares one vote only with the Democratic
/// Republic of the Congo, which the first sheet lists with no vote.
fn five_votes() -> Site {
    let site = Site::new();
    let votes = [
        sheet(
            "A/HRC/52/L.1",
            "2023-04-03",
            "HRC52",
            &[
                ("YES", "FIJI"),
                ("YES", "PERU"),
                ("YES", "CHILE"),
                ("YES", "NEPAL"),
                ("NO", "CZECHIA"),
                ("NO", "DENMARK"),
                ("NO", "UNITED STATES OF AMERICA"),
                ("ABST", "INDIA"),
                ("ABST", "CUBA"),
                ("", "DEMOCRATIC REPUBLIC OF CONGO"),
            ],
        ),
        sheet(
            "A/HRC/52/L.2",
            "2023-04-03",
            "HRC52",
            &[
                ("YES", "FIJI"),
                ("YES", "PERU"),
                ("YES", "CHILE"),
                ("YES", "NEPAL"),
                ("YES", "CUBA"),
                ("YES", "DEMOCRATIC REPUBLIC OF CONGO"),
                ("NO", "CZECHIA"),
                ("NO", "DENMARK"),
                ("NO", "INDIA"),
                ("NO", "UNITED STATES OF AMERICA"),
            ],
        ),
        sheet(
            "A/HRC/52/L.3",
            "2023-04-04",
            "HRC52",
            &[
                ("YES", "FIJI"),
                ("YES", "PERU"),
                ("YES", "CHILE"),
                ("YES", "CUBA"),
                ("YES", "INDIA"),
                ("NO", "CZECHIA"),
                ("NO", "DENMARK"),
                ("NO", "UNITED STATES OF AMERICA"),
                ("ABST", "NEPAL"),
            ],
        ),
        sheet(
            "A/HRC/53/L.1",
            "2023-07-12",
            "HRC53",
            &[
                ("YES", "FIJI"),
                ("YES", "PERU"),
                ("YES", "NEPAL"),
                ("YES", "INDIA"),
                ("NO", "CZECHIA"),
                ("NO", "DENMARK"),
                ("NO", "CUBA"),
                ("NO", "UNITED STATES OF AMERICA"),
                ("ABST", "CHILE"),
            ],
        ),
        sheet(
            "A/HRC/53/L.2",
            "2023-07-13",
            "HRC53",
            &[
                ("YES", "FIJI"),
                ("YES", "CHILE"),
                ("YES", "CUBA"),
                ("NO", "CZECHIA"),
                ("NO", "DENMARK"),
                ("NO", "PERU"),
                ("ABST", "NEPAL"),
                ("ABST", "INDIA"),
            ],
        ),
    ];
    site.doc(
        "news/hrc52-votes.md",
        "Results of the recorded votes at the fifty-second session",
        "session: HRC52",
        &format!("The Council voted on three draft resolutions.\n\n{}\n{}\n{}", votes[0], votes[1], votes[2]),
    );
    site.doc(
        "news/hrc53-votes.md",
        "Results of the recorded votes at the fifty-third session",
        "session: HRC53",
        &format!("The Council voted on two draft resolutions.\n\n{}\n{}", votes[3], votes[4]),
    );
    site
}

#[test]
fn a_state_listed_with_no_recorded_vote_is_not_counted_as_voting() {
    let site = five_votes();
    site.build(&[]).assert_ok();
    let congo = site.page("states/cod.html");
    // The page lists both sheets; only one records a vote.
    assert_eq!(congo.texts(".state-history tbody tr").len(), 2);
    assert_eq!(congo.texts(".state-history td.vote-not_recorded"), ["No recorded vote"]);
    assert_eq!(
        congo.text(".lede"),
        "ISO 3166 code COD. 1 recorded vote in the archive. One more vote sheet lists it with no recorded vote."
    );
    let index = site.page("states/");
    let entry = index.texts(".state-list li").into_iter().find(|li| li.starts_with("Democratic Republic")).unwrap();
    assert_eq!(entry, "Democratic Republic of the Congo 1 recorded vote");
    let fiji = site.page("states/fji.html");
    assert_eq!(fiji.text(".lede"), "ISO 3166 code FJI. 5 recorded votes in the archive.");
}

#[test]
fn the_states_index_groups_states_by_regional_group() {
    let site = five_votes();
    site.build(&[]).assert_ok();
    let index = site.page("states/");
    assert_eq!(
        index.texts(".state-group h2"),
        [
            "African States 1 state",
            "Asia-Pacific States 3 states",
            "Eastern European States 1 state",
            "Latin American and Caribbean States 3 states",
            "Western European and other States 1 state",
            "Not in a regional group 1 state",
        ]
    );
    let groups: Vec<String> = index.texts(".state-group .state-list");
    assert_eq!(
        groups,
        [
            "Democratic Republic of the Congo 1 recorded vote",
            "Fiji 5 recorded votes India 5 recorded votes Nepal 5 recorded votes",
            "Czechia 5 recorded votes",
            "Chile 5 recorded votes Cuba 5 recorded votes Peru 5 recorded votes",
            "Denmark 5 recorded votes",
            "United States of America 4 recorded votes",
        ]
    );
    assert_eq!(index.attrs(".state-list a", "href")[0], "/states/cod.html");
    assert!(broken_links(&site.output(), "/").is_empty(), "{:?}", broken_links(&site.output(), "/"));
}

#[test]
fn a_site_registry_gives_a_new_state_its_group_and_refuses_an_unknown_group() {
    let site = five_votes();
    site.write("data/states.csv", "iso3,name,aliases,group\nFJI,Fiji,Fidji,\nXKX,Kosovo,,eastern-european\n");
    let extra = sheet("A/HRC/53/L.3", "2023-07-13", "HRC53", &[("YES", "KOSOVO"), ("NO", "FIDJI")]);
    site.doc("news/extra.md", "A further vote", "", &extra);
    site.build(&[]).assert_ok();
    let index = site.page("states/");
    assert_eq!(index.texts(".state-group")[2].matches("Kosovo").count(), 1, "{:?}", index.texts(".state-group"));
    // An empty cell keeps a known state's group.
    assert!(index.texts(".state-group")[1].contains("Fiji 6 recorded votes"));

    site.write("data/states.csv", "iso3,name,aliases,group\nXKX,Kosovo,,Balkans\n");
    site.build(&[]).assert_fails_with(&["data/states.csv:2", "`Balkans` is not a regional group"]);
}

#[test]
fn a_state_page_charts_its_positions_by_session_with_the_figures_in_a_table() {
    let site = five_votes();
    site.build(&[]).assert_ok();
    let nepal = site.page("states/npl.html");
    // Newest session first, as the history below it; the same figures in the chart and the table.
    assert_eq!(nepal.text(".record-table caption"), "Positions of Nepal by session");
    assert_eq!(
        nepal.texts(".record-table thead th"),
        ["Session", "In favour", "Against", "Abstained", "Absent", "No recorded vote", "Total"]
    );
    assert_eq!(nepal.attrs(".record-table th", "scope").len(), 7 + 2 + 1);
    assert_eq!(rows(&nepal, ".record-table tbody tr", 7), ["HRC53 1 0 1 0 0 2", "HRC52 2 0 1 0 0 3"]);
    assert_eq!(rows(&nepal, ".record-table tfoot tr", 7), ["Total 3 0 2 0 0 5"]);
    assert_eq!(nepal.texts(".record-session"), ["HRC53", "HRC52"]);
    assert_eq!(nepal.texts(".record-total"), ["2", "3"]);
    // Each bar is drawn to the longest session's scale, from the start of the line.
    assert_eq!(nepal.attrs(".record-bar rect", "class"), ["fill-yes", "fill-abstain", "fill-yes", "fill-abstain"]);
    assert_eq!(nepal.attrs(".record-bar rect", "width"), ["33.33%", "33.33%", "66.67%", "33.33%"]);
    assert_eq!(nepal.attrs(".record-bar rect", "x"), ["0.00%", "33.33%", "0.00%", "66.67%"]);
    assert_eq!(nepal.attrs(".record-chart", "aria-hidden"), ["true"], "the table is what a screen reader reads");
    assert_eq!(nepal.texts(".record-legend li"), ["In favour", "Against", "Abstained", "Absent", "No recorded vote"]);

    let congo = site.page("states/cod.html");
    assert_eq!(rows(&congo, ".record-table tbody tr", 7), ["HRC52 1 0 0 0 1 2"]);
    assert!(congo.texts(".record-table tfoot").is_empty(), "one session needs no total row");
    assert_eq!(congo.attrs(".record-bar rect", "class"), ["fill-yes", "fill-not_recorded"]);
}

#[test]
fn a_state_page_names_the_states_it_votes_most_and_least_like() {
    let site = five_votes();
    site.build(&[]).assert_ok();
    let fiji = site.page("states/fji.html");
    assert!(fiji.text(".likeness").contains(
        "Agreement is the share of the votes on which both states voted (in favour, against or abstaining) where they voted the same way; states that share fewer than 5 such votes are not compared."
    ));
    assert_eq!(fiji.text(".likeness-most h3"), "Votes most like Fiji");
    assert_eq!(
        fiji.texts(".likeness-most li"),
        [
            "Chile 80% of 5 shared votes",
            "Peru 80% of 5 shared votes",
            "Cuba 60% of 5 shared votes",
            "Nepal 60% of 5 shared votes",
            "India 40% of 5 shared votes",
        ]
    );
    assert_eq!(fiji.texts(".likeness-least li"), ["Czechia 0% of 5 shared votes", "Denmark 0% of 5 shared votes"]);
    assert_eq!(fiji.attrs(".likeness-most a", "href")[0], "/states/chl.html");
    // The Congo shares one vote with Fiji and the United States four: too few to compare.
    let fiji_text = fiji.text(".likeness");
    assert!(!fiji_text.contains("Congo") && !fiji_text.contains("United States"), "{fiji_text}");

    // Czechia votes as the United States every time, but on four votes only.
    let czechia = site.page("states/cze.html");
    assert_eq!(czechia.texts(".likeness-most li")[0], "Denmark 100% of 5 shared votes");
    assert!(!czechia.text(".likeness").contains("United States"));

    let congo = site.page("states/cod.html");
    assert!(congo.texts(".likeness-most li").is_empty());
    assert_eq!(
        congo.texts(".likeness p").last().map(String::as_str),
        Some("No other state shares 5 or more such votes with Democratic Republic of the Congo in the archive.")
    );
}

#[test]
fn the_votes_index_draws_a_small_tally_bar_beside_each_result() {
    let site = five_votes();
    site.doc(
        "votes/hrc52-l7.md",
        "Result of the vote on A/HRC/52/L.7",
        "votes:\n  - on: A/HRC/52/L.7\n    date: 2023-04-04\n    session: HRC52\n",
        "The archive holds no result of this vote.",
    );
    site.build(&[]).assert_ok();
    let votes = site.page("votes/");
    assert_eq!(
        votes.attrs(".votes-index .tally-bar", "style"),
        ["--y:3;--n:3;--a:2", "--y:4;--n:4;--a:1", "--y:5;--n:3;--a:1", "--y:4;--n:3;--a:2", "--y:6;--n:4;--a:0",],
        "newest first, and none for the vote whose result is not known"
    );
    assert!(votes.attrs(".tally-bar", "aria-hidden").iter().all(|hidden| hidden == "true"));
    assert_eq!(votes.texts(".votes-index tbody tr").len(), 6);
}

#[test]
fn a_symbol_page_lists_its_votes_oldest_first_and_the_undated_last() {
    let site = Site::new();
    let vote = |date: &str| {
        let date = if date.is_empty() { String::new() } else { format!("    date: {date}\n    session: HRC52\n") };
        format!("votes:\n  - on: A/HRC/52/L.7\n{date}    declared: {{ yes: 20, no: 15, abstain: 12 }}\n")
    };
    site.doc("votes/second.md", "Vote on the draft as orally revised", &vote("2023-04-04"), "");
    site.doc("votes/undated.md", "A vote on the draft, as a later report records it", &vote(""), "");
    site.doc("votes/first.md", "Vote on the amendment to the draft", &vote("2023-04-03"), "");
    site.build(&[]).assert_ok();
    let symbol = site.page("symbols/a-hrc-52-l-7.html");
    let listed = symbol.texts("main > ul.term-list li");
    assert_eq!(listed.len(), 3, "{listed:?}");
    assert!(listed[0].starts_with("Vote of 3 April 2023"), "{listed:?}");
    assert!(listed[1].starts_with("Vote of 4 April 2023"), "{listed:?}");
    assert!(!listed[2].contains("2023"), "{listed:?}");
}
