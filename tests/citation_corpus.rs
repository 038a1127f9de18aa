//! Citations as UN texts, NGO letters, OHCHR reports and news items write them: each
//! sentence of `tests/data/citation_corpus.txt` links exactly what it lists, and the
//! sentences that cite nothing link nothing.

use plenary::citations::{Attribution, symbols_in};

/// The Council's last session the corpus's archive knows of.
const LATEST_SESSION: u16 = 58;

#[test]
fn every_sentence_of_the_corpus_links_what_it_cites_and_nothing_else() {
    let corpus = include_str!("data/citation_corpus.txt");
    let mut checked = 0;
    let mut failures = Vec::new();
    for line in corpus.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()) {
        let (text, expected) = line.rsplit_once(" => ").unwrap_or_else(|| panic!("no ` => ` in {line}"));
        let (year, text) = match text.strip_prefix('[').and_then(|rest| rest.split_once("] ")) {
            Some((year, text)) => (year.parse().ok(), text),
            None => (None, text),
        };
        // A pasted PDF's line breaks are written `\n`, so that each document stays on its line.
        let text = text.replace("\\n", "\n");
        let mut attribution = Attribution::new(Some(LATEST_SESSION), year);
        let (found, ambiguous) = symbols_in(&text, &mut attribution);
        let mut linked: Vec<(usize, String)> =
            found.iter().map(|found| (found.span.start, found.symbol.to_string())).collect();
        linked.extend(ambiguous.iter().map(|left| (left.span.start, "?".to_owned())));
        linked.sort();
        let linked: Vec<String> = linked.into_iter().map(|(_, symbol)| symbol).collect();
        let expected: Vec<String> = match expected.trim() {
            "-" => Vec::new(),
            list => list.split(" | ").map(str::to_owned).collect(),
        };
        if linked != expected {
            failures.push(format!("{text:?}\n  expected {expected:?}\n  linked   {linked:?}"));
        }
        checked += 1;
    }
    assert!(checked >= 90, "the corpus has {checked} sentences");
    assert!(failures.is_empty(), "{} of {checked} sentences:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_text_keeps_what_was_printed() {
    let text = "The draft A/C.3/ 71/L.46 and A/HRC/43/\nL.31 were pasted.";
    let (found, _) = symbols_in(text, &mut Attribution::default());
    let printed: Vec<&str> = found.iter().map(|found| &text[found.span.clone()]).collect();
    assert_eq!(printed, ["A/C.3/ 71/L.46", "A/HRC/43/\nL.31"]);
    let canonical: Vec<String> = found.iter().map(|found| found.symbol.to_string()).collect();
    assert_eq!(canonical, ["A/C.3/71/L.46", "A/HRC/43/L.31"]);
}

#[test]
fn each_number_of_a_list_is_a_link_of_its_own() {
    let text = "Human Rights Council resolutions 10/4 of 25 March 2009, 22/9 of 21 March 2013 and 38/7";
    let (found, _) = symbols_in(text, &mut Attribution::default());
    let printed: Vec<&str> = found.iter().map(|found| &text[found.span.clone()]).collect();
    assert_eq!(printed, ["Human Rights Council resolutions 10/4", "22/9", "38/7"]);
}
