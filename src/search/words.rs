//! Words as the index stores them and the search page looks them up. `search.js`
//! repeats these rules in the browser; a query only finds what both spell alike, so the
//! two change together.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Words longer than this are not words a reader types (hashes, run-together URLs).
const LONGEST: usize = 40;

/// Calls `each` with every word of `text`: lower case, accents dropped ("Démocratie"
/// is found as "democratie"), single letters left out, digits kept ("37", "23" of
/// "A/HRC/RES/37/23"), and, when `fold_plurals`, English plurals folded to the singular.
pub fn each_word(text: &str, fold_plurals: bool, mut each: impl FnMut(&str)) {
    let mut word = String::new();
    let mut finish = |word: &mut String| {
        // Most characters that end a word follow another that did.
        if word.is_empty() {
            return;
        }
        if is_word(word) {
            each(if fold_plurals { singular(word) } else { word });
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else {
                finish(&mut word);
            }
            continue;
        }
        decompose_canonical(c, |part| {
            if is_combining_mark(part) {
                return;
            }
            if part.is_alphanumeric() {
                word.extend(part.to_lowercase());
            } else {
                finish(&mut word);
            }
        });
    }
    finish(&mut word);
}

fn is_word(word: &str) -> bool {
    let length = word.chars().count();
    (length > 1 || word.bytes().any(|b| b.is_ascii_digit())) && length <= LONGEST
}

/// "reprisals" → "reprisal", "bodies" → "body"; "access", "status" and "thesis" stay.
/// Deliberately small: a reader typing the start of a word still finds it, because the
/// search page matches prefixes.
fn singular(word: &str) -> &str {
    if word.bytes().any(|b| b.is_ascii_digit()) || word.len() <= 3 || !word.ends_with('s') {
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

    fn words(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        each_word(text, true, |w| found.push(w.to_owned()));
        found
    }

    #[test]
    fn words_are_folded_the_way_readers_type_them() {
        assert_eq!(words("States must prevent REPRISALS."), ["state", "must", "prevent", "reprisal"]);
        assert_eq!(
            words("Réseau Camerounais des Droits de l'Homme"),
            ["reseau", "camerounais", "des", "droit", "de", "homme"]
        );
        assert_eq!(words("A/HRC/RES/37/23, para. 7"), ["hrc", "res", "37", "23", "para", "7"]);
        assert_eq!(words("access status thesis bodies"), ["access", "status", "thesis", "bodies"]);
        assert_eq!(words("Ελλάδα ΜΙΑ"), ["ελλαδα", "μια"]);
        assert!(words(&"x".repeat(41)).is_empty());
    }

    #[test]
    fn shards_are_safe_file_names() {
        assert_eq!(shard("reprisal"), "re");
        assert_eq!(shard("7"), "7");
        assert_eq!(shard("reseau"), "re");
        assert_eq!(shard("ελλαδα"), "x-ceb5cebb");
    }
}
