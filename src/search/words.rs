//! Words as the index stores them and the search page looks them up. The search page
//! repeats these rules in the browser (`search-words.js` of the default theme, with the
//! Snowball stemmers in `snowball/`); a query only finds what both spell alike, so
//! `tests/search_words.json` holds cases that both are tested against, and a change of
//! rule starts there.
//!
//! A word is read in two steps. [`each_surface_word`] cuts a text into words the same
//! way whatever its language: lower case, accents kept for the stemmers, and Chinese and
//! Japanese characters as overlapping pairs. [`term`] then spells a word as the index
//! stores it by its document's language: stemmed by the language's Snowball stemmer
//! (English, French, Spanish, Russian), then accents dropped and Arabic letters that
//! are written several ways spelled one way.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_script::{Script, UnicodeScript};

use crate::model::Lang;

/// Words longer than this are not words a reader types (hashes, run-together URLs).
const LONGEST: usize = 40;

/// Calls `each` with every word of `text`: lower case, accents kept (they matter to
/// the stemmers) but soft hyphens and the Arabic tatweel dropped, single letters left
/// out, digits kept ("37", "23" of "A/HRC/RES/37/23"), and every run of Chinese or
/// Japanese characters, which no space divides into words, as each pair of characters
/// side by side ("人权理事会" is 人权, 权理, 理事, 事会), or as its one character.
pub fn each_surface_word(text: &str, mut each: impl FnMut(&str)) {
    let mut emit = |word: &str, ascii: bool| {
        if is_word(word, ascii) {
            each(word);
        }
    };
    let mut lower = String::new();
    let mut piece = |piece: &str, class: u8| {
        if class & NOT_ASCII != 0 {
            each_unicode_word(piece, &mut |word| emit(word, false));
        } else if class & UPPER != 0 {
            lower.clear();
            lower.push_str(piece);
            lower.make_ascii_lowercase();
            emit(&lower, true);
        } else if !piece.is_empty() {
            emit(piece, true);
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

/// A soft hyphen, left in by a PDF's line breaking, and the tatweel, which stretches an
/// Arabic word across a line, are no more a word's end than an accent is.
const SOFT_HYPHEN: char = '\u{ad}';
const TATWEEL: char = '\u{640}';

/// The words of a piece of text with no ASCII punctuation in it, some of it not ASCII.
fn each_unicode_word(piece: &str, emit: &mut impl FnMut(&str)) {
    // The word being read, lower case, with any accents typed as combining marks.
    let mut word = String::new();
    // The run of Chinese or Japanese characters being read, accents (the kana's voicing
    // marks) dropped.
    let mut run: Vec<char> = Vec::new();
    for c in piece.chars() {
        if c == SOFT_HYPHEN || c == TATWEEL {
            continue;
        }
        if is_combining_mark(c) {
            // A mark belongs to the letter before it; with none, it is dropped.
            if !word.is_empty() {
                word.push(c);
            }
            continue;
        }
        if is_written_without_spaces(c) {
            end_word(&mut word, emit);
            decompose_canonical(c, |part| {
                if !is_combining_mark(part) {
                    run.push(part);
                }
            });
            continue;
        }
        end_run(&mut run, emit);
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else {
            end_word(&mut word, emit);
        }
    }
    end_word(&mut word, emit);
    end_run(&mut run, emit);
}

/// Whether `c` is a Chinese character or Japanese kana (or a letter used with them, as
/// the kana's prolonged sound mark ー): scripts that no space divides into words.
fn is_written_without_spaces(c: char) -> bool {
    let scripts = c.script_extension();
    // A character of every script (a digit, say) is said to contain each one.
    c.is_alphanumeric()
        && !scripts.is_common()
        && !scripts.is_inherited()
        && [Script::Han, Script::Hiragana, Script::Katakana].into_iter().any(|script| scripts.contains_script(script))
}

fn end_word(word: &mut String, emit: &mut impl FnMut(&str)) {
    if word.is_empty() {
        return;
    }
    // Accents typed as combining marks are composed, as the stemmers read them.
    if word.chars().any(is_combining_mark) {
        let composed: String = word.nfc().collect();
        emit(&composed);
    } else {
        emit(word);
    }
    word.clear();
}

fn end_run(run: &mut Vec<char>, emit: &mut impl FnMut(&str)) {
    let mut pair = String::new();
    if let [one] = run.as_slice() {
        emit(one.encode_utf8(&mut [0; 4]));
    }
    for two in run.windows(2) {
        pair.clear();
        pair.extend(two);
        emit(&pair);
    }
    run.clear();
}

/// Single letters are left out, but not a digit, nor a Chinese character, which may be
/// a word alone. `ascii` says the word is plain ASCII, as the scan that cut it knows:
/// most words are, and their length is then their bytes'.
fn is_word(word: &str, ascii: bool) -> bool {
    let length = if ascii { word.len() } else { word.chars().filter(|&c| !is_combining_mark(c)).count() };
    length <= LONGEST
        && (length > 1
            || word.bytes().any(|b| b.is_ascii_digit())
            || (!ascii && word.chars().any(is_written_without_spaces)))
}

/// The Snowball stemmer of a language, for the languages that have one.
fn stemmer(language: Lang) -> Option<Stemmer> {
    let algorithm = match language {
        Lang::En => Algorithm::English,
        Lang::Fr => Algorithm::French,
        Lang::Es => Algorithm::Spanish,
        Lang::Ru => Algorithm::Russian,
        Lang::Ar | Lang::Zh => return None,
    };
    Some(Stemmer::create(algorithm))
}

/// A word of [`each_surface_word`] as the index stores it for a document in `language`:
/// stemmed ("coopérations" and "coopération" are "cooper" in French), unless it holds
/// a digit ("1990s", "43rd"), then folded: accents dropped ("Démocratie" is found as
/// "democratie"), Greek final sigma spelled σ, and the Arabic letters that are written
/// several ways spelled one way, as search engines commonly do: alef with hamza or
/// madda and alef wasla as bare alef (أ إ آ ٱ → ا), alef maksura as ya (ى → ي), ta
/// marbuta as ha (ة → ه), and, with the accents, the vowel marks (tashkeel) and hamza
/// above or below dropped (ؤ → و, ئ → ي).
pub fn term(word: &str, language: Lang) -> Cow<'_, str> {
    let stemmed = match stemmer(language) {
        Some(stemmer) if !word.chars().any(char::is_numeric) => {
            // The Russian stemmer reads ё as е, as its authors advise callers to.
            if language == Lang::Ru && word.contains('ё') {
                Cow::Owned(stemmer.stem(&word.replace('ё', "е")).into_owned())
            } else {
                stemmer.stem(word)
            }
        }
        _ => Cow::Borrowed(word),
    };
    if stemmed.is_ascii() {
        return stemmed;
    }
    let mut folded = String::with_capacity(stemmed.len());
    for c in stemmed.chars() {
        decompose_canonical(c, |part| {
            if !is_combining_mark(part) {
                folded.push(match part {
                    'ς' => 'σ',
                    'ٱ' => 'ا',
                    'ى' => 'ي',
                    'ة' => 'ه',
                    other => other,
                });
            }
        });
    }
    Cow::Owned(folded)
}

/// The index file a word is stored in: its first two letters, spelled so that any
/// alphabet makes a safe file name; for a pair of Chinese characters, its first: two
/// would give each pair a file.
pub fn shard(word: &str) -> String {
    let first_only = word.chars().next().is_some_and(is_written_without_spaces);
    let prefix: String = word.chars().take(if first_only { 1 } else { 2 }).collect();
    if prefix.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        prefix
    } else {
        let hex: String = prefix.bytes().map(|b| format!("{b:02x}")).collect();
        format!("x-{hex}")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

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
        /// The terms of `text` in a document of each language named.
        words: BTreeMap<String, Vec<String>>,
    }

    /// The terms of `text` as the index stores them for a document in `language`.
    fn words(text: &str, language: Lang) -> Vec<String> {
        let mut found = Vec::new();
        each_surface_word(text, |word| found.push(term(word, language).into_owned()));
        found
    }

    #[test]
    fn words_are_cut_as_the_cases_shared_with_the_search_page_say() {
        let shared: Shared = serde_json::from_str(include_str!("../../tests/search_words.json")).unwrap();
        let mut wrong = Vec::new();
        for case in &shared.cases {
            for (code, expected) in &case.words {
                let language = Lang::parse(code).unwrap_or_else(|_| panic!("{}: no language {code}", case.about));
                let found = words(&case.text, language);
                if &found != expected {
                    wrong.push(format!("{} ({code}):\n  {found:?}\n  expected {expected:?}", case.about));
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

    #[test]
    fn every_word_is_one_term_in_every_language() {
        // The search page looks a query word up in each language of the index at once,
        // so no language may drop a word or split it.
        let text = "Ont voté pour : Côte d’Ivoire, 人权 理事会, المجلس, Совет ١٢ 12th";
        let mut surface = 0;
        each_surface_word(text, |_| surface += 1);
        for language in Lang::ALL {
            assert_eq!(words(text, language).len(), surface, "{language:?}");
            assert!(words(text, language).iter().all(|word| !word.is_empty()), "{language:?}");
        }
    }
}
