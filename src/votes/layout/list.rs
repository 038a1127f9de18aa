//! The names under a label: run on with commas ("Angola, Argentina, … and Viet Nam.")
//! or one a line, numbered, bulleted or bare; and what a state's name can look like.

use std::ops::Range;

use super::{Roll, not_a_roll};
use crate::votes::names::is_conjunction;
use crate::votes::{Position, PrintedBallot, Sheet, SheetError};

/// Words of vote records' prose that no state's name holds (a test checks them against
/// the registry): a "name" holding one is a sentence or a heading, not a state.
const SENTENCE_WORDS: &[&str] = &[
    "vote",
    "votes",
    "voted",
    "voting",
    "favour",
    "favor",
    "against",
    "abstain",
    "abstained",
    "abstaining",
    "abstention",
    "abstentions",
    "absent",
    "adopted",
    "rejected",
    "resolution",
    "decision",
    "draft",
    "text",
    "council",
    "assembly",
    "recorded",
    "result",
    "motion",
    "amendment",
    "session",
    "paragraph",
    "members",
    "member",
    "total",
    "present",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "has",
    "have",
    "had",
    "by",
    "with",
    "following",
    "follows",
    "as",
    "in",
    "to",
    "for",
    "on",
    "at",
    "this",
    "that",
    "which",
    "yes",
    "no",
    "not",
    // French.
    "voté",
    "votent",
    "pour",
    "contre",
    "ont",
    "sont",
    "abstenus",
    "abstiennent",
    "absents",
    "adopté",
    "adoptée",
    "projet",
    "résolution",
    "conseil",
    // Spanish.
    "votos",
    "votaron",
    "votación",
    "contra",
    "abstenciones",
    "abstención",
    "abstuvieron",
    "ausentes",
    "ausente",
    "aprobado",
    "aprobada",
    "proyecto",
    "resolución",
    "consejo",
];

/// No state's name has more words than this ("United Kingdom of Great Britain and Northern Ireland").
const MOST_WORDS: usize = 8;

/// A name as read, at a byte offset of the roll, before it is checked.
pub(super) struct Item {
    pub offset: usize,
    pub text: String,
    pub position: Position,
}

/// Reads the list in `range` of the roll: run on when it holds commas or keeps to one
/// line, else one name a line; a single numbered or bulleted name is a list of one.
pub(super) fn read(roll: &Roll, range: Range<usize>, position: Position, sheet: &mut Sheet) -> Result<(), SheetError> {
    let text = &roll.text()[range.clone()];
    let one_line = !text.trim().contains('\n');
    let run_on = text.contains([',', ';']) || (one_line && list_marker(text.trim()).is_none());
    let items = if run_on { run_on_items(roll, range, position)? } else { one_a_line(text, range.start, position) };
    items.iter().try_for_each(|item| push(roll, item, sheet))
}

/// Names separated by commas or semicolons, ending at the list's full stop.
fn run_on_items(roll: &Roll, range: Range<usize>, position: Position) -> Result<Vec<Item>, SheetError> {
    let text = &roll.text()[range.clone()];
    let mut depth = 0usize;
    let mut pieces = Vec::new();
    let mut piece_start = 0;
    let mut end = text.len();
    for (at, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => {
                pieces.push(piece_start..at);
                piece_start = at + 1;
            }
            '.' if depth == 0 && ends_sentence(text, at) => {
                end = at;
                break;
            }
            _ => {}
        }
    }
    pieces.push(piece_start..end);
    let tail = &text[end..];
    if let Some(stray) = tail.find(|c: char| !c.is_whitespace() && c != '.') {
        let at = range.start + end + stray;
        return Err(not_a_roll(roll, at, &roll.text()[at..range.end], "it follows the list's full stop"));
    }
    Ok(pieces
        .into_iter()
        .map(|piece| Item { offset: range.start + piece.start, text: text[piece].to_owned(), position })
        .collect())
}

/// Whether the full stop at `at` ends the list, rather than an abbreviation ("St.", "U.K.").
fn ends_sentence(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let word = &before[before.trim_end_matches(char::is_alphabetic).len()..];
    let abbreviation =
        word.chars().count() <= 1 || ["st", "ste", "rep", "dem", "fed", "is"].contains(&word.to_lowercase().as_str());
    !abbreviation && text[at + 1..].chars().next().is_none_or(char::is_whitespace)
}

/// One name a line; a line that does not start a new item continues the last one: in a
/// numbered or bulleted list, an indented line without a number or bullet does too.
fn one_a_line(text: &str, offset: usize, position: Position) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut marked = false;
    let mut line_start = offset;
    for line in text.split('\n') {
        let at = line_start;
        line_start += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let start = at + (line.len() - line.trim_start().len());
        let (name, skipped) = match list_marker(trimmed) {
            Some(skipped) => {
                marked = true;
                (&trimmed[skipped..], Some(skipped))
            }
            None => (trimmed, None),
        };
        match items.last_mut() {
            Some(last)
                if skipped.is_none()
                    && ((marked && line.starts_with(char::is_whitespace)) || continues(&last.text, name)) =>
            {
                last.text.push(' ');
                last.text.push_str(name);
            }
            _ => items.push(Item { offset: start + skipped.unwrap_or_default(), text: name.to_owned(), position }),
        }
    }
    items
}

/// The length of a list item's number or bullet ("12. ", "3) ", "(4) ", "7 ", "- ", "• ").
fn list_marker(line: &str) -> Option<usize> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let marker = if digits > 0 {
        digits + usize::from(line[digits..].starts_with(['.', ')']))
    } else if let Some(inner) = line.strip_prefix('(') {
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || !inner[digits..].starts_with(')') {
            return None;
        }
        digits + 2
    } else {
        line.chars().next().filter(|c| "-*•–—·◦▪".contains(*c)).map_or(0, char::len_utf8)
    };
    let rest = &line[marker..];
    let spaces = rest.len() - rest.trim_start().len();
    (marker > 0 && spaces > 0).then_some(marker + spaces)
}

/// Whether `line` continues the name `previous`, wrapped: it opens with a bracket or a
/// lower-case word after a capitalised name, or the name broke after "of", "and", "-"
/// (or French and Spanish "de", "et", "y", "del", "los"…).
pub(super) fn continues(previous: &str, line: &str) -> bool {
    let last_word = previous.rsplit(char::is_whitespace).next().unwrap_or_default().to_lowercase();
    line.starts_with('(')
        || (line.starts_with(char::is_lowercase) && previous.contains(char::is_uppercase))
        || ["of", "the", "de", "du", "da", "des", "la", "le", "les", "del", "el", "los", "las"]
            .contains(&last_word.as_str())
        || is_conjunction(&last_word)
        || previous.ends_with(['-', '‐'])
}

/// Checks a name and adds it to the sheet; "and" ("et", "y") before the last name,
/// footnote markers and a lone "none" ("aucun", "ninguno") are left out.
pub(super) fn push(roll: &Roll, item: &Item, sheet: &mut Sheet) -> Result<(), SheetError> {
    let mut offset = item.offset + (item.text.len() - item.text.trim_start().len());
    let mut name = item.text.trim();
    if let Some((_, rest)) =
        name.split_once(char::is_whitespace).filter(|(word, rest)| is_conjunction(word) && !rest.trim().is_empty())
    {
        let rest = rest.trim_start();
        offset += name.len() - rest.len();
        name = rest;
    }
    let unmarked = name.trim_start_matches(is_marker).trim_start();
    offset += name.len() - unmarked.len();
    let name = unmarked.trim_end_matches(is_marker);
    let none = ["none", "nil", "aucun", "aucune", "néant", "ninguno", "ninguna", "-", "–", "—"];
    if name.is_empty() || none.contains(&name.to_lowercase().as_str()) {
        return Ok(());
    }
    if let Some(reason) = not_a_name(name) {
        return Err(not_a_roll(roll, offset, name, reason));
    }
    let (line, column) = roll.at(offset);
    let printed = name.split_whitespace().collect::<Vec<_>>().join(" ");
    sheet.ballots.push(PrintedBallot { printed, position: item.position, line, column });
    Ok(())
}

/// Footnote markers a paste glues to a name: digits, asterisks, daggers, superscripts.
fn is_marker(c: char) -> bool {
    c.is_ascii_digit() || "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰".contains(c)
}

/// Why `name` cannot be a state's name, if it cannot.
pub(super) fn not_a_name(name: &str) -> Option<&'static str> {
    if name.contains(|c: char| c.is_ascii_digit()) {
        return Some("it holds a number");
    }
    if name.contains(|c: char| !(c.is_alphabetic() || c.is_whitespace() || "'’‘`-‐–.()&".contains(c))) {
        return Some("it holds punctuation no state's name has");
    }
    let words: Vec<String> = name
        .split(|c: char| c.is_whitespace() || "()-‐–.".contains(c))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.iter().any(|word| SENTENCE_WORDS.contains(&word.as_str())) {
        return Some("it reads as a sentence or a heading");
    }
    // "… Northern Ireland and United States of America" ends a list: "and" may join two names.
    words
        .split(|word| is_conjunction(word))
        .any(|name| name.len() > MOST_WORDS)
        .then_some("it is longer than any state's name")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::votes::VoteEntry;

    #[test]
    fn no_state_name_holds_a_sentence_word() {
        let registry = include_str!("../../../data/states.csv");
        for line in registry.lines().skip(1) {
            let mut record = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
            for field in record.records().flatten().flat_map(|r| [r[1].to_owned(), r[2].to_owned()]) {
                for name in field.split('|').filter(|name| !name.is_empty()) {
                    let name = name.replace(',', "");
                    assert_eq!(not_a_name(&name), None, "{name}");
                }
            }
        }
    }

    #[test]
    fn sentences_and_headings_are_not_names() {
        for text in [
            "The draft resolution was adopted by a recorded vote",
            "Non-members",
            "Result: adopted",
            "A/HRC/43/L.13",
            "Did not vote",
            "Algeria Angola Argentina Armenia Austria Bahamas Bahrain Bangladesh Benin",
        ] {
            assert!(not_a_name(text).is_some(), "{text}");
        }
        for text in ["ATLANTIS", "Republic of Atlantis", "Côte d’Ivoire", "Guinea-Bissau", "Libya Peru"] {
            assert_eq!(not_a_name(text), None, "{text}");
        }
        for text in ["Le projet de résolution a été adopté", "Se sont abstenus", "Votaron a favor", "El proyecto"] {
            assert!(not_a_name(text).is_some(), "{text}");
        }
    }

    #[test]
    fn a_list_of_one_bulleted_name_is_read_as_a_list() {
        let roll = Roll::new(&["- Bangladesh", ""], 3);
        let header: VoteEntry = serde_yaml::from_str("on: A/HRC/1/L.1").unwrap_or_else(|_| unreachable!());
        let mut sheet = Sheet { header, ballots: Vec::new(), counts: Vec::new(), problems: Vec::new() };
        read(&roll, 0..roll.text().len(), Position::Absent, &mut sheet).unwrap_or_else(|e| panic!("{e:?}"));
        let read: Vec<_> = sheet.ballots.iter().map(|b| (b.printed.as_str(), b.line, b.column)).collect();
        assert_eq!(read, [("Bangladesh", 3, 3)]);
    }

    #[test]
    fn items_one_a_line_rejoin_wrapped_names() {
        let text = "1. Venezuela\n   (Bolivarian Republic of)\n2. United Kingdom of Great Britain and\nNorthern Ireland\n- Peru\n   Chile\nNepal\n";
        let names: Vec<String> = one_a_line(text, 0, Position::Yes).into_iter().map(|i| i.text).collect();
        assert_eq!(
            names,
            [
                "Venezuela (Bolivarian Republic of)",
                "United Kingdom of Great Britain and Northern Ireland",
                "Peru Chile",
                "Nepal"
            ],
            "in a numbered or bulleted list, an indented bare line continues the last item"
        );
        let bare: Vec<String> = one_a_line("Fiji\nPeru\nBolivia (Plurinational State\nof)\n", 0, Position::No)
            .into_iter()
            .map(|i| i.text)
            .collect();
        assert_eq!(bare, ["Fiji", "Peru", "Bolivia (Plurinational State of)"]);
    }
}
