//! Finding citations in running text: UN document symbols (`A/HRC/43/L.31`), the
//! short forms of advocacy texts ("HRC resolution 5/1", "GA resolution 72/247",
//! "the General Assembly in its resolution 60/251"), and paragraph references
//! ("para. 104", "paras. 35-37", "paragraphs 104 and 106").

use std::ops::Range;

use crate::model::{Symbol, UnBody};

/// A symbol found in text: where it is printed and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundSymbol {
    /// The bytes to link: the symbol, or "HRC resolution 5/1" as printed.
    pub span: Range<usize>,
    pub symbol: Symbol,
}

/// Every symbol in `text`, in order, never overlapping.
pub fn symbols(text: &str) -> Vec<FoundSymbol> {
    let lower = text.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut at = 0;
    // Where each kind of citation may next start; looked for again only once passed, so
    // a paragraph citing many symbols is not searched again for each.
    let mut next_full = find_symbol_start(text, 0);
    let mut next_short = find_word(text, &lower, 0, "resolution");
    let mut words = Words::default();
    while at < text.len() {
        if next_full.is_some_and(|next| next < at) {
            next_full = find_symbol_start(text, at);
        }
        if next_short.is_some_and(|next| next < at) {
            next_short = find_word(text, &lower, at, "resolution");
        }
        let Some(start) = next_full.into_iter().chain(next_short).min() else { break };
        let hit = if text[start..].starts_with("A/") {
            full_symbol(text, start, &mut words)
        } else {
            short_form(text, start)
        };
        match hit {
            Some(hit) => {
                at = hit.span.end;
                found.push(hit);
            }
            None => at = start + 1,
        }
        while !text.is_char_boundary(at) {
            at += 1;
        }
    }
    found
}

/// Where the next `A/` is, from `from` on. A two-byte pattern is looked for byte by
/// byte: a string searcher would be set up again for every text of every page.
fn find_symbol_start(text: &str, from: usize) -> Option<usize> {
    text.as_bytes()[from..].windows(2).position(|pair| pair == b"A/").map(|offset| from + offset)
}

/// Where `word` next starts a word of `text`, from `from` on, in any case; `lower` is
/// `text` in ASCII lower case, made once per text rather than once per search.
fn find_word(text: &str, lower: &str, mut from: usize, word: &str) -> Option<usize> {
    while let Some(offset) = lower[from..].find(word) {
        let start = from + offset;
        if starts_word(text, start) {
            return Some(start);
        }
        from = start + word.len();
    }
    None
}

fn starts_word(text: &str, at: usize) -> bool {
    text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

/// A symbol may follow a space or an opening bracket or quote, never a URL's `=` or `/`.
fn symbol_may_start(text: &str, at: usize, words: &mut Words) -> bool {
    let before = text[..at].chars().next_back();
    before.is_none_or(|c| c.is_whitespace() || "([{\"'“‘«,;:–—".contains(c)) && !words.in_url(text, at)
}

/// Where the word (the text since the last whitespace) before each candidate starts, and
/// whether it holds a URL's `://`. Each call reads back from its candidate only as far
/// as the last whitespace or the previous candidate, so the text is read once in all:
/// looking back over a whole word from every candidate would read an unbroken run of
/// them once per candidate, and reading ahead from the start would read all the prose
/// of a paragraph that holds one symbol at its end.
#[derive(Debug, Default)]
struct Words {
    /// How far the text has been read.
    read: usize,
    word_start: usize,
    /// Whether the word read so far holds `://`.
    scheme: bool,
}

impl Words {
    /// Whether the word that runs up to `at` is a URL. Calls come with `at` in order.
    fn in_url(&mut self, text: &str, at: usize) -> bool {
        if at < self.read {
            *self = Self::default();
        }
        let unread = &text[self.read..at];
        // A `://` may straddle the previous candidate.
        let mut scan_from = self.read.saturating_sub(2).max(self.word_start);
        if let Some((offset, c)) = unread.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
            self.word_start = self.read + offset + c.len_utf8();
            self.scheme = false;
            scan_from = self.word_start;
        }
        self.scheme = self.scheme || text.as_bytes()[scan_from..at].windows(3).any(|three| three == b"://");
        self.read = at;
        self.scheme || text[self.word_start..at].starts_with("www.")
    }
}

/// `A/` followed by slash-separated segments (`HRC`, `RES`, `43`, `L.31`, `Rev.1`,
/// `S-28`), at least one of them a number.
fn full_symbol(text: &str, start: usize, words: &mut Words) -> Option<FoundSymbol> {
    if !symbol_may_start(text, start, words) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut end = start + 1; // just after "A"
    let mut segments = 0;
    let mut numeric = false;
    while bytes.get(end) == Some(&b'/') {
        let Some(length) = segment(&text[end + 1..]) else { break };
        numeric |= text[end + 1..end + 1 + length].bytes().any(|b| b.is_ascii_digit());
        end += 1 + length;
        segments += 1;
    }
    let ends_cleanly = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '/');
    if segments < 2 || !numeric || !ends_cleanly {
        return None;
    }
    let symbol = Symbol::parse(&text[start..end]).ok()?;
    Some(FoundSymbol { span: start..end, symbol })
}

/// Length of one symbol segment at the start of `text`.
fn segment(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits = |from: usize| bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    match bytes.first()? {
        b'0'..=b'9' => {
            let whole = digits(0);
            Some(whole)
        }
        b'A'..=b'Z' => {
            let letters = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            // Body and document-type letters are capitals (HRC, RES, L); suffixes are capitalised words (Rev, Add, Corr).
            let word = &text[..letters];
            if !(word.bytes().all(|b| b.is_ascii_uppercase()) || matches!(word, "Rev" | "Add" | "Corr" | "Amend")) {
                return None;
            }
            match bytes.get(letters) {
                Some(b'.' | b'-') if digits(letters + 1) > 0 => Some(letters + 1 + digits(letters + 1)),
                _ if word.bytes().all(|b| b.is_ascii_uppercase()) => Some(letters),
                _ => None,
            }
        }
        _ => None,
    }
}

/// `resolution N/M`, taking its body (HRC or General Assembly) from the words before it.
fn short_form(text: &str, start: usize) -> Option<FoundSymbol> {
    let after = start + "resolution".len();
    let rest = text.get(after..)?;
    let number = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('\u{a0}'))?;
    let gap = rest.len() - number.len();
    let session_digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let tail = &number[session_digits..];
    let rest_digits = tail.strip_prefix('/')?.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&session_digits) || !(1..=4).contains(&rest_digits) {
        return None;
    }
    let end = after + gap + session_digits + 1 + rest_digits;
    // "5/10/2021" is a date, "37/23.5" is not a resolution.
    if text[end..].starts_with('/')
        || text[end..].starts_with(|c: char| c.is_alphanumeric())
        || text[end..].starts_with(".5")
    {
        return None;
    }
    let (session, number) = (&text[after + gap..after + gap + session_digits], &text[end - rest_digits..end]);
    let (body, prefix_start) = body_before(text, start);
    Some(FoundSymbol { span: prefix_start..end, symbol: Symbol::resolution(body, session, number)? })
}

/// Which body a bare "resolution" belongs to, and where its name starts when it is
/// printed right before ("GA resolution"), so that the link covers it.
fn body_before(text: &str, resolution: usize) -> (UnBody, usize) {
    let before = &text[..resolution];
    let trimmed = before.trim_end();
    // The name counts as part of the citation only when one space separates it from "resolution".
    let adjacent = before.strip_suffix([' ', '\u{a0}']).filter(|prefix| prefix.len() == trimmed.len());
    for (name, body) in [
        ("UNGA", UnBody::GeneralAssembly),
        ("GA", UnBody::GeneralAssembly),
        ("General Assembly", UnBody::GeneralAssembly),
        ("HRC", UnBody::HumanRightsCouncil),
        ("Human Rights Council", UnBody::HumanRightsCouncil),
    ] {
        if let Some(prefix) = adjacent.filter(|p| p.ends_with(name) && starts_word(p, p.len() - name.len())) {
            return (body, prefix.len() - name.len());
        }
    }
    // "the General Assembly, in its resolution 60/251": the body is named just before "in its".
    // Only the words there are compared: lower-casing all the text before would read a
    // paragraph once per resolution in it.
    if let Some(lead) =
        strip_suffix_ignoring_case(trimmed, "in its").map(|s| s.trim_end().trim_end_matches(',').trim_end())
        && ["general assembly", " ga", "unga"].into_iter().any(|name| strip_suffix_ignoring_case(lead, name).is_some())
    {
        return (UnBody::GeneralAssembly, resolution);
    }
    (UnBody::HumanRightsCouncil, resolution)
}

/// `text` without `suffix`, if it ends with it in any ASCII case.
fn strip_suffix_ignoring_case<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    let at = text.len().checked_sub(suffix.len())?;
    let (rest, tail) = (text.get(..at)?, text.get(at..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(rest)
}

/// A paragraph reference: the span to link for each number, and the number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundParagraphs {
    /// The whole reference, "paras. 35-37".
    pub span: Range<usize>,
    /// Each number printed, with its own span.
    pub numbers: Vec<(Range<usize>, u32)>,
}

/// Every "para. 104", "paras. 35-37", "paragraph 4" or "paragraphs 104 and 106" in `text`.
pub fn paragraph_references(text: &str) -> Vec<FoundParagraphs> {
    let lower = text.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = find_word(text, &lower, at, "para") {
        let rest = &text[start..];
        let keyword = ["paragraphs", "paragraph", "paras.", "para."]
            .into_iter()
            .find(|k| rest.get(..k.len()).is_some_and(|start| start.eq_ignore_ascii_case(k)));
        at = start + 4;
        let Some(keyword) = keyword else { continue };
        let mut cursor = start + keyword.len();
        let mut numbers = Vec::new();
        loop {
            let separator = if numbers.is_empty() {
                [" ", "\u{a0}"].into_iter().find(|s| text[cursor..].starts_with(s))
            } else {
                ["-", "–", " and ", ", ", " to "].into_iter().find(|s| text[cursor..].starts_with(s))
            };
            let Some(separator) = separator else { break };
            let digits_at = cursor + separator.len();
            let digits = text[digits_at..].bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 || digits > 4 {
                break;
            }
            let Ok(number) = text[digits_at..digits_at + digits].parse() else { break };
            numbers.push((digits_at..digits_at + digits, number));
            cursor = digits_at + digits;
        }
        if !numbers.is_empty() {
            found.push(FoundParagraphs { span: start..cursor, numbers });
            at = cursor;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canonical(text: &str) -> Vec<String> {
        symbols(text).into_iter().map(|f| f.symbol.to_string()).collect()
    }

    fn printed(text: &str) -> Vec<&str> {
        symbols(text).into_iter().map(|f| &text[f.span]).collect()
    }

    #[test]
    fn recognises_every_full_symbol_form() {
        for symbol in [
            "A/HRC/43/L.31",
            "A/HRC/43/L.13/Rev.1",
            "A/HRC/RES/37/23",
            "A/HRC/43/31",
            "A/HRC/43/31/Add.1",
            "A/RES/60/251",
            "A/HRC/37/L.36",
            "A/72/247",
            "A/HRC/S-28/1",
        ] {
            let text = format!("See {symbol}, para. 4.");
            assert_eq!(canonical(&text), [symbol], "{text}");
        }
        assert_eq!(canonical("(see A/HRC/19/74, para. 26)"), ["A/HRC/19/74"]);
        assert_eq!(canonical("draft as adopted at A/HRC/43/L.42."), ["A/HRC/43/L.42"]);
    }

    #[test]
    fn maps_short_forms_to_canonical_symbols() {
        for (text, symbol, linked) in [
            ("negotiation of resolution 37/23 in 2018", "A/HRC/RES/37/23", "resolution 37/23"),
            ("HRC resolution 5/1, and", "A/HRC/RES/5/1", "HRC resolution 5/1"),
            ("Human Rights Council resolution 28/2.", "A/HRC/RES/28/2", "Human Rights Council resolution 28/2"),
            ("GA resolution 72/247 (adopted", "A/RES/72/247", "GA resolution 72/247"),
            ("from UNGA resolution 60/251, to", "A/RES/60/251", "UNGA resolution 60/251"),
            ("General Assembly resolution 60/251", "A/RES/60/251", "General Assembly resolution 60/251"),
            (
                "as articulated by the General Assembly in its resolution 60/251, that",
                "A/RES/60/251",
                "resolution 60/251",
            ),
            ("the General Assembly, in its resolution 60/251, which", "A/RES/60/251", "resolution 60/251"),
            ("The Council, in its resolution 28/2, accommodates", "A/HRC/RES/28/2", "resolution 28/2"),
            ("In its resolution 28/2 on enhancement", "A/HRC/RES/28/2", "resolution 28/2"),
            ("Resolution 37/23 was adopted", "A/HRC/RES/37/23", "Resolution 37/23"),
            ("resolution 1/1", "A/HRC/RES/1/1", "resolution 1/1"),
        ] {
            assert_eq!(canonical(text), [symbol], "{text}");
            assert_eq!(printed(text), [linked], "{text}");
        }
    }

    #[test]
    fn a_symbol_inside_a_url_is_not_one_however_many_come_before() {
        let text = "See https://undocs.org/en/(A/HRC/43/31) and (A/HRC/44/1), then \
                    www.un.org/x,A/RES/60/251 and “A/HRC/45/2” or https://x.org/a,b;A/HRC/46/3 ok";
        assert_eq!(canonical(text), ["A/HRC/44/1", "A/HRC/45/2"]);
    }

    #[test]
    fn near_misses_are_not_symbols() {
        for text in [
            "on 5/10/2021 the Council met",
            "resolution 5/10/2021",
            "half, or 1/2, of the States",
            "37/23 without the word",
            "available at: https://ap.ohchr.org/documents/dpage_e.aspx?si=A/HRC/RES/37/23.",
            "www.example.org/A/HRC/43/31",
            "A/B testing of the draft",
            "a/hrc/43/31 in lower case",
            "HRC/43/31 without its A",
            "the A/HRC body alone",
            "A/HRC/43/31abc",
            "resolution 37 of the session",
            "resolutions are adopted",
            "irresolution 37/23",
            "A/hrc/43/31 mixed case",
            "Aa/HRC/43/31",
        ] {
            assert_eq!(canonical(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn finds_several_in_order_and_leaves_neighbours_alone() {
        let text = "from UNGA resolution 60/251, to HRC resolution 5/1 and A/HRC/43/L.31.";
        assert_eq!(canonical(text), ["A/RES/60/251", "A/HRC/RES/5/1", "A/HRC/43/L.31"]);
    }

    #[test]
    fn paragraph_references() {
        let numbers = |text: &str| -> Vec<Vec<u32>> {
            super::paragraph_references(text)
                .into_iter()
                .map(|f| f.numbers.into_iter().map(|(_, n)| n).collect())
                .collect()
        };
        assert_eq!(numbers("(para. 104) and (para. 106)"), [vec![104], vec![106]]);
        assert_eq!(numbers("see A/HRC/19/74, paras. 35-37"), [vec![35, 37]]);
        assert_eq!(numbers("paras. 8-13 and 28-39"), [vec![8, 13, 28, 39]]);
        assert_eq!(numbers("operative paragraph 4 (emphasis added)"), [vec![4]]);
        assert_eq!(numbers("paragraphs 104 and 106"), [vec![104, 106]]);
        assert_eq!(numbers("a paragraph about it, and (pp.4)"), Vec::<Vec<u32>>::new());
        assert_eq!(numbers("paragraphing 4"), Vec::<Vec<u32>>::new());
        // Found by the property tests: a keyword's length may end inside a character.
        assert_eq!(numbers("para. é—"), Vec::<Vec<u32>>::new());
    }
}
