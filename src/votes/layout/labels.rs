//! The words sources head each position's list with, and where in a text a label may start.

use std::ops::Range;

use unicode_normalization::char::decompose_canonical;

use crate::votes::Position;

/// Headings of press releases and headed lists, in English, French and Spanish, as the
/// UN's press releases and records print them ("In favour (23):", "Pour (23) :",
/// "Ont voté pour :", "Se sont abstenus :", "A favor (23):", "Votos en contra:",
/// "Abstenciones:", "Ausentes:"); the longer of two that share a start first.
const HEADINGS: &[(&str, Position)] = &[
    ("in favour", Position::Yes),
    ("in favor", Position::Yes),
    ("yes", Position::Yes),
    ("against", Position::No),
    ("no", Position::No),
    ("abstentions", Position::Abstain),
    ("abstention", Position::Abstain),
    ("abstaining", Position::Abstain),
    ("abstained", Position::Abstain),
    ("abstain", Position::Abstain),
    ("absent", Position::Absent),
    // French.
    ("ont voté pour", Position::Yes),
    ("votent pour", Position::Yes),
    ("pour", Position::Yes),
    ("ont voté contre", Position::No),
    ("votent contre", Position::No),
    ("contre", Position::No),
    ("se sont abstenus", Position::Abstain),
    ("s'abstiennent", Position::Abstain),
    ("absents", Position::Absent),
    // Spanish.
    ("votos a favor", Position::Yes),
    ("votaron a favor", Position::Yes),
    ("a favor", Position::Yes),
    ("votos en contra", Position::No),
    ("votaron en contra", Position::No),
    ("en contra", Position::No),
    ("abstenciones", Position::Abstain),
    ("abstención", Position::Abstain),
    ("se abstuvieron", Position::Abstain),
    ("ausentes", Position::Absent),
    ("ausente", Position::Absent),
];

/// A position's label in the roll: where it is, and the count it prints.
#[derive(Debug, Clone)]
pub(super) struct Label {
    pub position: Position,
    /// The count printed with it ("In favour (23)", "In favour: 29 (…)"), and its byte offset.
    pub count: Option<(u16, usize)>,
    /// Where the label starts, and where its list does.
    pub start: usize,
    pub end: usize,
    /// Where the list ends when the label opened a bracket for it ("In favour: 29 (…)").
    pub close: Option<usize>,
}

impl Label {
    /// Whether names follow the label on its own line, as in a press release.
    pub fn has_list_on_its_line(&self, text: &str) -> bool {
        text[self.end..].chars().take_while(|&c| c != '\n').any(|c| !c.is_whitespace())
    }
}

/// The position a heading at the start of `text` names, and the heading's length in bytes.
pub(super) fn heading(text: &str) -> Option<(Position, usize)> {
    HEADINGS.iter().find_map(|(words, position)| Some((*position, phrase(text, words)?)))
}

/// The length of `words` (space-separated, lower case) at the start of `text`, in any
/// case, with any whitespace between the words, ending at a word boundary; accents and
/// the apostrophe's shape are not told apart ("ONT VOTE POUR", "s’abstiennent").
pub(super) fn phrase(text: &str, words: &str) -> Option<usize> {
    let mut at = 0;
    for (index, word) in words.split(' ').enumerate() {
        if index > 0 {
            let spaces = text[at..].len() - text[at..].trim_start().len();
            if spaces == 0 {
                return None;
            }
            at += spaces;
        }
        at += word_at(&text[at..], word)?;
    }
    (!text[at..].starts_with(char::is_alphanumeric)).then_some(at)
}

/// The length in bytes of `word` at the start of `text`, letter by letter.
fn word_at(text: &str, word: &str) -> Option<usize> {
    let mut letters = text.char_indices();
    for expected in word.chars() {
        let (_, letter) = letters.next()?;
        if folded(letter) != folded(expected) {
            return None;
        }
    }
    Some(letters.next().map_or(text.len(), |(at, _)| at))
}

/// A letter without its accent, in lower case; a curly apostrophe as a straight one.
fn folded(letter: char) -> char {
    if letter == '’' {
        return '\'';
    }
    let mut base = letter;
    let mut first = true;
    decompose_canonical(letter, |part| {
        if first {
            base = part;
            first = false;
        }
    });
    base.to_lowercase().next().unwrap_or(base)
}

/// A count in brackets at the start of `text` ("(23)", " ( 23 )"): its value, and the
/// byte ranges of its digits and of the whole.
pub(super) fn bracketed_count(text: &str) -> Option<(u16, Range<usize>, usize)> {
    let open = text.len() - text.trim_start().len();
    let inner = text[open..].strip_prefix('(')?;
    let digits_start = open + 1 + (inner.len() - inner.trim_start().len());
    let (value, digits) = number(text, digits_start)?;
    let after = &text[digits.end..];
    let close = digits.end + (after.len() - after.trim_start().len());
    text[close..].starts_with(')').then_some((value, digits, close + 1))
}

/// The number at byte `start` of `text`, and its range.
pub(super) fn number(text: &str, start: usize) -> Option<(u16, Range<usize>)> {
    let length = text[start..].bytes().take_while(u8::is_ascii_digit).count();
    let value = text[start..start + length].parse().ok()?;
    Some((value, start..start + length))
}

/// Byte offsets where a label may start: a line's first word, or the first word after a
/// full stop, semicolon or closing bracket.
pub(super) fn starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut boundary = true;
    text.char_indices().filter_map(move |(at, c)| {
        if c.is_whitespace() && c != '\n' {
            return None;
        }
        let starts_here = boundary && c.is_alphanumeric();
        boundary = matches!(c, '\n' | '.' | ';' | ')');
        starts_here.then_some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_read_in_any_case_and_wrapping() {
        assert_eq!(heading("IN FAVOUR (23):"), Some((Position::Yes, 9)));
        assert_eq!(heading("In\nfavor: 29"), Some((Position::Yes, 8)));
        assert_eq!(heading("Abstentions (8)"), Some((Position::Abstain, 11)));
        assert_eq!(heading("Norway"), None);
        assert_eq!(heading("Nothing"), None);
        assert_eq!(heading("Ont voté pour :"), Some((Position::Yes, "Ont voté pour".len())));
        assert_eq!(heading("ONT VOTE\nCONTRE (16)"), Some((Position::No, 15)));
        assert_eq!(heading("S’abstiennent :"), Some((Position::Abstain, 15)));
        assert_eq!(heading("Pourtant"), None);
        assert_eq!(heading("Votos a favor: 23"), Some((Position::Yes, 13)));
        assert_eq!(heading("ABSTENCIÓN"), Some((Position::Abstain, 11)));
        assert_eq!(heading("Ausentes (1):"), Some((Position::Absent, 8)));
        assert_eq!(bracketed_count(" ( 23 ):"), Some((23, 3..5, 7)));
        assert_eq!(bracketed_count("(Bolivarian"), None);
    }

    #[test]
    fn labels_start_lines_and_sentences() {
        let text = "In favour (2): Fiji and Peru. Against (1): Chile\n  Absent: U.K.";
        let found: Vec<String> = starts(text).map(|at| text[at..].chars().take(3).collect()).collect();
        assert_eq!(found, ["In ", "Aga", "Abs", "K."]);
    }
}
