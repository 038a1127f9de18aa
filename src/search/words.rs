//! Words as the index stores them and the search page looks them up. The search page
//! repeats these rules in the browser (`search-words.js` of the default theme); a query
//! only finds what both spell alike, so `tests/search_words.json` holds cases that both
//! are tested against, and a change of rule starts there.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Words longer than this are not words a reader types (hashes, run-together URLs).
const LONGEST: usize = 40;

/// Calls `each` with every word of `text`: lower case, accents and soft hyphens dropped
/// ("Démocratie" is found as "democratie"), Greek final sigma spelled σ, single letters
/// left out, digits kept ("37", "23" of "A/HRC/RES/37/23"), and, when `fold_plurals`,
/// English plurals folded to the singular.
pub fn each_word(text: &str, fold_plurals: bool, mut each: impl FnMut(&str)) {
    let mut emit = |word: &str| {
        if is_word(word) {
            each(if fold_plurals { singular(word) } else { word });
        }
    };
    let mut lower = String::new();
    let mut piece = |piece: &str, class: u8| {
        if class & NOT_ASCII != 0 {
            each_unicode_word(piece, &mut emit);
        } else if class & UPPER != 0 {
            lower.clear();
            lower.push_str(piece);
            lower.make_ascii_lowercase();
            emit(&lower);
        } else if !piece.is_empty() {
            emit(piece);
        }
    };
    // ASCII punctuation and spaces end every word, so the text is cut there first, byte
    // by byte; most pieces are then plain ASCII, often already lower case, and are
    // passed on with no copy.
    let (mut start, mut class) = (0, 0);
    for (at, &byte) in text.as_bytes().iter().enumerate() {
        let this = BYTE_CLASS[usize::from(byte)];
        if this == ENDS_WORD {
            // An ASCII byte: a char boundary.
            piece(&text[start..at], class);
            (start, class) = (at + 1, 0);
        } else {
            class |= this;
        }
    }
    piece(&text[start..], class);
}

/// What a byte says of the word it is in: [`ENDS_WORD`] for ASCII punctuation and
/// spaces, else flags of the word's letters.
const ENDS_WORD: u8 = 0;
const LOWER_OR_DIGIT: u8 = 1;
const UPPER: u8 = 2;
const NOT_ASCII: u8 = 4;
const BYTE_CLASS: [u8; 256] = {
    let mut classes = [NOT_ASCII; 256];
    let mut byte = 0;
    while byte < 128 {
        classes[byte as usize] = match byte {
            b'a'..=b'z' | b'0'..=b'9' => LOWER_OR_DIGIT,
            b'A'..=b'Z' => UPPER,
            _ => ENDS_WORD,
        };
        byte += 1;
    }
    classes
};

const SOFT_HYPHEN: char = '\u{ad}';
const FINAL_SIGMA: char = 'ς';

/// The words of a piece of text with no ASCII punctuation in it, some of it not ASCII.
fn each_unicode_word(piece: &str, emit: &mut impl FnMut(&str)) {
    let mut word = String::new();
    for c in piece.chars() {
        decompose_canonical(c, |part| {
            // A soft hyphen, left in by a PDF's line breaking, is no more a word end than an accent.
            if is_combining_mark(part) || part == SOFT_HYPHEN {
                return;
            }
            if part.is_alphanumeric() {
                // Σ lower-cases to σ, and a reader types σ where a word goes on.
                word.extend(part.to_lowercase().map(|lower| if lower == FINAL_SIGMA { 'σ' } else { lower }));
            } else if !word.is_empty() {
                emit(&word);
                word.clear();
            }
        });
    }
    if !word.is_empty() {
        emit(&word);
    }
}

fn is_word(word: &str) -> bool {
    let length = word.chars().count();
    (length > 1 || word.bytes().any(|b| b.is_ascii_digit())) && length <= LONGEST
}

/// "reprisals" → "reprisal", "bodies" → "body"; "access", "status" and "thesis" stay.
/// Deliberately small: a reader typing the start of a word still finds it, because the
/// search page matches prefixes.
fn singular(word: &str) -> &str {
    // Three letters or fewer, not bytes: "łos" (of "łoś") stays.
    if !word.ends_with('s') || word.chars().nth(3).is_none() || word.bytes().any(|b| b.is_ascii_digit()) {
        return word;
    }
    if ["ss", "us", "is", "ies"].iter().any(|ending| word.ends_with(ending)) {
        return word;
    }
    &word[..word.len() - 1]
}

/// The index file a word is stored in: its first two letters, spelled so that any
/// alphabet makes a safe file name.
pub fn shard(word: &str) -> String {
    let prefix: String = word.chars().take(2).collect();
    if prefix.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        prefix
    } else {
        let hex: String = prefix.bytes().map(|b| format!("{b:02x}")).collect();
        format!("x-{hex}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `tests/search_words.json`, which the search page's code is tested against too.
    #[derive(serde::Deserialize)]
    struct Shared {
        cases: Vec<Case>,
        shards: Vec<(String, String)>,
    }

    #[derive(serde::Deserialize)]
    struct Case {
        about: String,
        text: String,
        words: Vec<String>,
        singular: Option<Vec<String>>,
    }

    fn words(text: &str, fold_plurals: bool) -> Vec<String> {
        let mut found = Vec::new();
        each_word(text, fold_plurals, |w| found.push(w.to_owned()));
        found
    }

    #[test]
    fn words_are_cut_as_the_cases_shared_with_the_search_page_say() {
        let shared: Shared = serde_json::from_str(include_str!("../../tests/search_words.json")).unwrap();
        let mut wrong = Vec::new();
        for case in &shared.cases {
            let singular = case.singular.as_ref().unwrap_or(&case.words);
            for (fold_plurals, expected) in [(false, &case.words), (true, singular)] {
                let found = words(&case.text, fold_plurals);
                if &found != expected {
                    wrong.push(format!(
                        "{} (plurals folded: {fold_plurals}):\n  {found:?}\n  expected {expected:?}",
                        case.about
                    ));
                }
            }
        }
        for (word, expected) in &shared.shards {
            if &shard(word) != expected {
                wrong.push(format!("shard of {word}: {}, expected {expected}", shard(word)));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}
