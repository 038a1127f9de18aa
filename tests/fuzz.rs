//! Property tests, bounded so CI stays quick: the parsers that read what editors paste
//! never panic, and what they find is really there. A crash found here becomes a case in
//! `tests/bad_inputs/`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

use std::path::Path;

use plenary::citations::{DocTarget, Resolver, SymbolTarget, paragraph_references, symbols};
use plenary::load::{parse_document, split};
use plenary::markdown::{self, Highlighter, RawHtml};
use plenary::model::Symbol;
use plenary::votes::{Position, parse_sheet};
use proptest::prelude::*;

fn config() -> ProptestConfig {
    // 512 cases each in every test run; PROPTEST_CASES=50000 for a long hunt.
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(512);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Text made of the pieces these parsers care about, in any order.
fn pasted_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("---\n".to_owned()),
        Just("A/HRC/43/L.13/Rev.1".to_owned()),
        Just("A/".to_owned()),
        Just("resolution ".to_owned()),
        Just("37/23".to_owned()),
        Just("5/10/2021".to_owned()),
        Just("para. ".to_owned()),
        Just("paras. 35-".to_owned()),
        Just("https://x.org/?si=".to_owned()),
        Just("GA ".to_owned()),
        Just("[^1]".to_owned()),
        Just("\t".to_owned()),
        Just("\r\n".to_owned()),
        Just("é".to_owned()),
        Just("🕊".to_owned()),
        "[ -~]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// A vote sheet's rows as editors paste them: cells of votes and state names, joined by
/// tabs or runs of spaces, with blanks and stray text.
fn vote_rows() -> impl Strategy<Value = String> {
    let cell = prop_oneof![
        Just("YES"),
        Just("NO"),
        Just("ABST"),
        Just(""),
        Just("FIJI"),
        Just("CZECH REPUBLIC"),
        Just("VENEZUELA (BOLIVARIAN REPUBLIC OF)"),
        Just("DEMOCRATIC REPUBLIC OF CONGO"),
        Just("ATLANTIS"),
    ];
    let separator = prop_oneof![Just("\t"), Just("  "), Just(" "), Just("\t\t")];
    let row = prop::collection::vec((cell, separator), 0..8)
        .prop_map(|cells| cells.into_iter().map(|(cell, sep)| format!("{cell}{sep}")).collect::<String>());
    prop::collection::vec(row, 0..12).prop_map(|rows| rows.join("\n"))
}

struct Nowhere(markdown::Anchors);

impl Resolver for Nowhere {
    fn document(&self, path: &str) -> Option<DocTarget<'_>> {
        (path == "letters/a.md").then(|| DocTarget { id: 0, url: "/letters/a/".into(), anchors: &self.0 })
    }
    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
        if symbol.as_str() == "A/HRC/43/31" {
            SymbolTarget::Document(DocTarget { id: 0, url: "/letters/a/".into(), anchors: &self.0 })
        } else {
            SymbolTarget::Page(format!("/symbols/{}/", symbol.slug()))
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_front_matter_splitter_never_panics_and_keeps_every_byte(text in pasted_text()) {
        if let Ok(parts) = split(&text) {
            prop_assert!(text.contains(parts.yaml) && text.ends_with(parts.body));
            prop_assert!(parts.body_line > parts.yaml_line);
        }
    }

    #[test]
    fn a_document_never_panics_the_loader(text in pasted_text()) {
        let text = format!("---\ntitle: T\nkind: letter\ndate: 2020\n{text}");
        let _ = parse_document(Path::new("content/letters/x.md"), "letters/x.md", text);
    }

    #[test]
    fn the_vote_sheet_parser_never_panics_nor_invents_a_state(rows in vote_rows()) {
        let sheet = parse_sheet(&format!("on: A/HRC/1/L.1\n---\n{rows}")).unwrap();
        for ballot in &sheet.ballots {
            prop_assert!(!ballot.printed.is_empty());
            prop_assert!(rows.contains(ballot.printed.as_str()), "{:?} is not on the sheet", ballot.printed);
            prop_assert!(ballot.line >= 3);
        }
        let _ = parse_sheet(&rows);
    }

    #[test]
    fn every_vote_pair_is_read_with_its_vote(pairs in prop::collection::vec((prop_oneof![Just("YES"), Just("NO"), Just("ABST")], prop_oneof![Just("FIJI"), Just("CZECH REPUBLIC"), Just("SOUTH SUDAN")]), 1..12)) {
        let row: Vec<String> = pairs.iter().map(|(vote, state)| format!("{vote}\t{state}")).collect();
        let sheet = parse_sheet(&format!("on: A/HRC/1/L.1\n---\n{}", row.join("\t"))).unwrap();
        prop_assert_eq!(sheet.ballots.len(), pairs.len());
        for (ballot, (vote, state)) in sheet.ballots.iter().zip(&pairs) {
            let expected = match *vote { "YES" => Position::Yes, "NO" => Position::No, _ => Position::Abstain };
            prop_assert_eq!(ballot.position, expected);
            prop_assert_eq!(ballot.printed.as_str(), *state);
        }
    }

    #[test]
    fn the_symbol_recogniser_finds_only_what_is_printed(text in pasted_text()) {
        let mut last_end = 0;
        for found in symbols(&text) {
            prop_assert!(found.span.start >= last_end, "overlapping finds");
            let printed = &text[found.span.clone()];
            if printed.starts_with("A/") {
                prop_assert_eq!(printed, found.symbol.as_str());
            } else {
                prop_assert!(printed.to_lowercase().contains("resolution"));
            }
            last_end = found.span.end;
        }
        for found in paragraph_references(&text) {
            for (span, number) in found.numbers {
                prop_assert_eq!(text[span].parse::<u32>().ok(), Some(number));
            }
        }
    }

    #[test]
    fn every_printed_symbol_is_found(session in 1u16..99, number in 1u16..200, rev in proptest::option::of(1u8..5), before in "[a-z ]{0,10}", after in "([ ,.;)][a-z ,.;)]{0,9})?") {
        let symbol = match rev {
            Some(rev) => format!("A/HRC/{session}/L.{number}/Rev.{rev}"),
            None => format!("A/HRC/{session}/L.{number}"),
        };
        let text = format!("{before} {symbol}{after}");
        let found: Vec<String> = symbols(&text).into_iter().map(|f| f.symbol.to_string()).collect();
        prop_assert_eq!(found, vec![symbol]);
    }

    #[test]
    fn the_markdown_stage_never_panics(text in pasted_text(), trusted in any::<bool>()) {
        let resolver = Nowhere(["p1".to_owned()].into_iter().collect());
        let raw = if trusted { RawHtml::Trusted } else { RawHtml::Sanitised };
        let _ = markdown::render(markdown::parse(&text), &resolver, &Highlighter::default(), raw);
    }
}
