//! Finding citations in running text: UN document symbols (`A/HRC/43/L.31`), the
//! short forms of advocacy texts and preambles ("HRC resolution 5/1", "the General
//! Assembly in its resolution 60/251", "resolutions 7/1 and 7/2", "decision 2/102",
//! "President's statement 8/1", "PRST/5/1"), and paragraph references ("para. 104",
//! "paras. 35-37", "paragraphs 104 and 106").

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;

use crate::model::{Symbol, SymbolKind, UnBody};

/// A symbol found in text: where it is printed and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundSymbol {
    /// The bytes to link: the symbol, or "HRC resolution 5/1" as printed.
    pub span: Range<usize>,
    pub symbol: Symbol,
}

/// What a document has said so far about whose resolutions its numbers are, and what
/// the archive knows of the Council's sessions: a bare "resolution 60/251" is read
/// against both.
#[derive(Debug, Default, Clone)]
pub struct Attribution {
    /// The body each number was tied to earlier in the document, by kind and number.
    carried: HashMap<(SymbolKind, String), UnBody>,
    /// The last regular Council session the archive knows of.
    pub latest_session: Option<u16>,
    /// The year the document is dated, when it is.
    pub year: Option<i32>,
}

/// A short citation left as text: no body is named, and it cannot be the Council's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ambiguous {
    pub span: Range<usize>,
}

/// Every symbol in `text`, in order, never overlapping, read without context.
pub fn symbols(text: &str) -> Vec<FoundSymbol> {
    symbols_in(text, &mut Attribution::default()).0
}

/// Every symbol in `text`, in order, never overlapping, and the short citations that
/// could not be attributed; what `text` ties to a body is carried in `attribution`.
pub fn symbols_in(original: &str, attribution: &mut Attribution) -> (Vec<FoundSymbol>, Vec<Ambiguous>) {
    Scanned::new(original).symbols(attribution)
}

/// Every "para. 104", "paras. 35-37", "paragraph 4" or "paragraphs 104 and 106" in `text`.
pub fn paragraph_references(original: &str) -> Vec<FoundParagraphs> {
    Scanned::new(original).paragraphs()
}

/// A text made ready once for both recognisers: flattened.
pub struct Scanned<'t> {
    original: &'t str,
    flat: Flat<'t>,
}

impl<'t> Scanned<'t> {
    pub fn new(original: &'t str) -> Self {
        Self { original, flat: Flat::new(original) }
    }

    /// What [`symbols_in`] finds.
    pub fn symbols(&self, attribution: &mut Attribution) -> (Vec<FoundSymbol>, Vec<Ambiguous>) {
        let (original, flat) = (self.original, &self.flat);
        let text = flat.text.as_ref();
        let mut found = Vec::new();
        let mut ambiguous = Vec::new();
        let mut at = 0;
        // Where each kind of citation may next start; looked for again only once passed, so
        // a paragraph citing many symbols is not searched again for each.
        let mut next_full = find_symbol_start(text, 0);
        let mut keywords = Keywords::new(text);
        let mut next_keyword = keywords.find(text, 0);
        let mut words = Words::default();
        while at < text.len() {
            if next_full.is_some_and(|next| next < at) {
                next_full = find_symbol_start(text, at);
            }
            if next_keyword.is_some_and(|next| next < at) {
                next_keyword = keywords.find(text, at);
            }
            let Some(start) = next_full.into_iter().chain(next_keyword).min() else { break };
            let end = if Some(start) == next_full {
                full_symbol(flat, original, start, &mut words).map(|hit| {
                    let end = hit.span.end;
                    found.push(hit);
                    end
                })
            } else {
                let floor = found
                    .last()
                    .map_or(0, |hit| hit.span.end)
                    .max(ambiguous.last().map_or(0, |left: &Ambiguous| left.span.end));
                short_form(text, start, floor, attribution, &mut found, &mut ambiguous)
            };
            at = end.unwrap_or(start + 1);
            while !text.is_char_boundary(at) {
                at += 1;
            }
        }
        for hit in &mut found {
            hit.span = flat.original_span(&hit.span);
        }
        for left in &mut ambiguous {
            left.span = flat.original_span(&left.span);
        }
        (found, ambiguous)
    }

    /// What [`paragraph_references`] finds.
    pub fn paragraphs(&self) -> Vec<FoundParagraphs> {
        let flat = &self.flat;
        let text = flat.text.as_ref();
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(start) = find_para(text, at) {
            let keyword = ["paragraphs", "paragraph", "paras.", "para."]
                .into_iter()
                .find(|k| has_at_ignoring_case(text, start, k));
            at = start + 4;
            let Some(keyword) = keyword else { continue };
            let mut cursor = start + keyword.len();
            let mut numbers = Vec::new();
            loop {
                let separator = if numbers.is_empty() {
                    [" "].into_iter().find(|s| text[cursor..].starts_with(s))
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
                let numbers = numbers.into_iter().map(|(span, number)| (flat.original_span(&span), number)).collect();
                found.push(FoundParagraphs { span: flat.original_span(&(start..cursor)), numbers });
                at = cursor;
            }
        }
        found
    }
}

/// A text as a reader reads it, each run of whitespace one space: a citation wrapped
/// over lines, spaced twice or held together by a no-break space reads as if printed
/// on one line with single spaces. Spans found in it are taken back to the original.
struct Flat<'t> {
    text: Cow<'t, str>,
    /// Each run of whitespace that is not one plain space, in order.
    runs: Vec<Run>,
}

struct Run {
    /// Where the run's one space is in the flat text.
    at: usize,
    /// Where the run ends in the original.
    end: usize,
    /// Whether the run holds a line break.
    line_break: bool,
}

impl<'t> Flat<'t> {
    fn new(original: &'t str) -> Self {
        let mut runs = Vec::new();
        let mut flat = String::new();
        let mut copied = 0;
        let mut at = 0;
        // Every text of every page passes here, most with single spaces only: blocks with
        // nothing to flatten are passed over whole, the rest byte by byte.
        while at < original.len() {
            at = past_quiet_blocks(original.as_bytes(), at);
            let Some(c) = whitespace_at(original, at) else {
                at += 1;
                continue;
            };
            let start = at;
            let mut line_break = is_line_break(c);
            at += c.len_utf8();
            while let Some(next) = whitespace_at(original, at) {
                line_break |= is_line_break(next);
                at += next.len_utf8();
            }
            if &original[start..at] == " " {
                continue;
            }
            flat.push_str(&original[copied..start]);
            runs.push(Run { at: flat.len(), end: at, line_break });
            flat.push(' ');
            copied = at;
        }
        if runs.is_empty() {
            return Self { text: Cow::Borrowed(original), runs };
        }
        flat.push_str(&original[copied..]);
        Self { text: Cow::Owned(flat), runs }
    }

    /// Where byte `at` of the flat text is in the original.
    fn original(&self, at: usize) -> usize {
        match self.runs.partition_point(|run| run.at < at).checked_sub(1) {
            Some(index) => self.runs[index].end + (at - self.runs[index].at - 1),
            None => at,
        }
    }

    fn original_span(&self, span: &Range<usize>) -> Range<usize> {
        self.original(span.start)..self.original(span.end)
    }

    /// Whether the space at `at` of the flat text stands for a line break.
    fn breaks_line(&self, at: usize) -> bool {
        self.runs.binary_search_by_key(&at, |run| run.at).is_ok_and(|index| self.runs[index].line_break)
    }
}

/// How many bytes [`past_quiet_blocks`] looks at together.
const BLOCK: usize = 32;

/// Where the first block from `at` on that may hold whitespace to flatten starts, or
/// where a run of spaces ending the quiet blocks starts: `at` if none is quiet. A block
/// is quiet without a byte that may start whitespace other than a space, and without two
/// spaces in a row (the byte after it counted). Tested with no early exit, so that the
/// compiler checks a block's bytes at once.
fn past_quiet_blocks(bytes: &[u8], mut at: usize) -> usize {
    let start = at;
    while let (Some(block), Some(next)) = (bytes.get(at..at + BLOCK), bytes.get(at + 1..at + BLOCK + 1)) {
        let loud = block.iter().zip(next).fold(false, |loud, (&byte, &next)| {
            let unusual = (byte.wrapping_sub(b'\t') <= b'\r' - b'\t') | (byte == 0xC2) | (byte.wrapping_sub(0xE1) <= 2);
            loud | unusual | ((byte == b' ') & (next == b' '))
        });
        if loud {
            break;
        }
        at += BLOCK;
    }
    // A space ending the last quiet block may start a run going on past it.
    if at > start && bytes[at - 1] == b' ' { at - 1 } else { at }
}

/// The whitespace character at byte `at` of `text`, if one starts there. Only a few lead
/// bytes begin a non-ASCII one (U+0085, U+00A0, U+1680, U+2000 to U+205F, U+3000), so
/// other bytes are passed over without decoding.
fn whitespace_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        b @ (b'\t'..=b'\r' | b' ') => Some(char::from(b)),
        0xC2 | 0xE1 | 0xE2 | 0xE3 => text.get(at..)?.chars().next().filter(|c| c.is_whitespace()),
        _ => None,
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Where the next `A/`, `S/` or `E/` is, from `from` on: found by its slash, which a
/// text has far fewer of than bytes, with a vectorised byte search (`str::find` reads
/// a word at a time).
fn find_symbol_start(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'/', &bytes[from..])
        .map(|offset| from + offset)
        .find(|&slash| slash > from && matches!(bytes[slash - 1], b'A' | b'S' | b'E'))
        .map(|slash| slash - 1)
}

/// Where "para" next starts a word of `text`, from `from` on, in any case: found by its
/// first letter in either case, which a vectorised byte search finds with no searcher
/// to set up for every text of every page, nor a lower-case copy of the text to search.
fn find_para(text: &str, from: usize) -> Option<usize> {
    memchr::memchr2_iter(b'p', b'P', &text.as_bytes()[from..])
        .map(|offset| from + offset)
        .find(|&at| has_at_ignoring_case(text, at, "para") && starts_word(text, at))
}

/// Whether `text` has `prefix` at byte `at`, in any ASCII case.
fn has_at_ignoring_case(text: &str, at: usize, prefix: &str) -> bool {
    text.as_bytes()[at..].get(..prefix.len()).is_some_and(|bytes| bytes.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// One searcher for each of [`KEYWORDS`]: each skips through a text many bytes at a
/// time, where a search for all of them at once in any case (an automaton) read every
/// byte, and was the Markdown stage's largest cost in its turn.
static KEYWORD_FINDERS: LazyLock<[memmem::Finder<'static>; KEYWORDS.len()]> =
    LazyLock::new(|| KEYWORDS.map(|keyword| memmem::Finder::new(keyword.as_bytes())));

/// Where [`KEYWORDS`] start words of one text, asked for from further and further on:
/// each keyword's next place is looked for once passed, so the text is read once for
/// each keyword in all.
struct Keywords {
    /// The text in lower case, the keywords' case, byte for byte.
    lower: Box<[u8]>,
    /// Where each keyword next starts a word, if it does again.
    next: [Option<usize>; KEYWORDS.len()],
}

impl Keywords {
    fn new(text: &str) -> Self {
        let lower = text.as_bytes().to_ascii_lowercase().into_boxed_slice();
        let mut keywords = Self { lower, next: [None; KEYWORDS.len()] };
        for keyword in 0..KEYWORDS.len() {
            keywords.next[keyword] = keywords.search(text, keyword, 0);
        }
        keywords
    }

    /// Where the next of [`KEYWORDS`] starts a word of `text`, from `from` on.
    fn find(&mut self, text: &str, from: usize) -> Option<usize> {
        for keyword in 0..KEYWORDS.len() {
            if self.next[keyword].is_some_and(|next| next < from) {
                self.next[keyword] = self.search(text, keyword, from);
            }
        }
        self.next.iter().flatten().min().copied()
    }

    fn search(&self, text: &str, keyword: usize, mut from: usize) -> Option<usize> {
        let finder = &KEYWORD_FINDERS[keyword];
        while let Some(offset) = finder.find(self.lower.get(from..)?) {
            let at = from + offset;
            if starts_word(text, at) {
                return Some(at);
            }
            // The keywords are ASCII, so none starts inside a character: one byte on will do.
            from = at + 1;
        }
        None
    }
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

/// `A/`, `S/` or `E/` followed by slash-separated segments (`HRC`, `RES`, `43`, `L.31`, `Rev.1`,
/// `S-28`), at least one of them a number. Found in the flat text, parsed as printed.
fn full_symbol(flat: &Flat<'_>, original: &str, start: usize, words: &mut Words) -> Option<FoundSymbol> {
    let text = flat.text.as_ref();
    if !symbol_may_start(text, start, words) {
        return None;
    }
    let bytes = text.as_bytes();
    let mut end = start + 1; // just after "A"
    let mut segments = 0;
    let mut numeric = false;
    loop {
        // A paste may break the line before a slash, or after one; or leave a space after
        // a slash, before a number or a draft's `L.`.
        let slash = match bytes.get(end) {
            Some(b'/') => end,
            Some(b' ') if segments > 0 && bytes.get(end + 1) == Some(&b'/') && flat.breaks_line(end) => end + 1,
            _ => break,
        };
        let mut from = slash + 1;
        if bytes.get(from) == Some(&b' ')
            && (flat.breaks_line(from) || bytes.get(from + 1).is_some_and(|b| b.is_ascii_digit() || *b == b'L'))
        {
            from += 1;
        }
        let Some(length) = segment(&text[from..]) else { break };
        numeric |= text[from..from + length].bytes().any(|b| b.is_ascii_digit());
        end = from + length;
        segments += 1;
    }
    // A Security Council resolution carries its year: `S/RES/2250 (2015)`.
    if text[start..end].starts_with("S/RES/") {
        end += security_council_year(&text[end..]).unwrap_or(0);
    }
    // A year's bracket ends a symbol whatever follows it, a glued footnote number too.
    let ends_cleanly =
        text[..end].ends_with(')') || text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '/');
    if segments < 2 || !numeric || !ends_cleanly {
        return None;
    }
    let symbol = Symbol::parse(&original[flat.original(start)..flat.original(end)]).ok()?;
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

/// The ` (2015)` after a Security Council resolution's number, by its length.
fn security_council_year(text: &str) -> Option<usize> {
    let rest = text.strip_prefix(' ').unwrap_or(text);
    let year = rest.strip_prefix('(')?.get(..5)?;
    (year.ends_with(')') && year[..4].bytes().all(|b| b.is_ascii_digit())).then(|| text.len() - rest.len() + 6)
}

/// One number of a short citation: `37/23`, `S-16/1`, `2005/69`, or a Security Council
/// `2250 (2015)`, as (series, number, length).
fn short_number(text: &str) -> Option<(&str, &str, usize, bool)> {
    let special = if text.starts_with("S-") { 2 } else { 0 };
    let series_digits = text[special..].bytes().take_while(u8::is_ascii_digit).count();
    let series_end = special + series_digits;
    if let Some(number_text) = text[series_end..].strip_prefix('/') {
        let digits = number_text.bytes().take_while(u8::is_ascii_digit).count();
        let series_ok = (1..=3).contains(&series_digits) || (special == 0 && series_digits == 4);
        if !series_ok || !(1..=4).contains(&digits) {
            return None;
        }
        let end = series_end + 1 + digits;
        // "5/10/2021" is a date; in "37/23.5" the 5 is a footnote's.
        let rest = &text[end..];
        if rest.starts_with('/') || rest.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        return Some((&text[..series_end], &text[series_end + 1..end], end, false));
    }
    // The Security Council numbers its resolutions alone, with the year after them.
    if special == 0 && (1..=4).contains(&series_digits) {
        let year = security_council_year(&text[series_end..])?;
        let year_text = &text[series_end..series_end + year];
        let digits_at = year_text.find('(')? + 1;
        let series = &text[series_end + digits_at..series_end + digits_at + 4];
        return Some((series, &text[..series_end], series_end + year, true));
    }
    None
}

/// Bodies as texts name them, longest first where one name ends another.
const BODY_NAMES: [(&str, UnBody); 14] = [
    ("Human Rights Council", UnBody::HumanRightsCouncil),
    ("Security Council", UnBody::SecurityCouncil),
    ("Economic and Social Council", UnBody::Ecosoc),
    ("Commission on Human Rights", UnBody::CommissionOnHumanRights),
    ("General Assembly", UnBody::GeneralAssembly),
    ("(UNGA)", UnBody::GeneralAssembly),
    ("(HRC)", UnBody::HumanRightsCouncil),
    ("UNGA", UnBody::GeneralAssembly),
    ("GA", UnBody::GeneralAssembly),
    ("HRC", UnBody::HumanRightsCouncil),
    ("UNSC", UnBody::SecurityCouncil),
    ("ECOSOC", UnBody::Ecosoc),
    ("CHR", UnBody::CommissionOnHumanRights),
    ("Council", UnBody::HumanRightsCouncil),
];

/// How far past a list the words that name its body ("of the General Assembly") are looked for.
const BODY_AFTER_WINDOW: usize = 80;

/// The words that open a short citation, as looked for in lower case.
const KEYWORDS: [&str; 5] = ["resolution", "res.", "decision", "president", "prst"];

/// The openings of short citations, longest first where one begins another.
const OPENINGS: [(&str, SymbolKind); 12] = [
    ("resolutions", SymbolKind::Resolution),
    ("resolution", SymbolKind::Resolution),
    ("res.", SymbolKind::Resolution),
    ("decisions", SymbolKind::Decision),
    ("decision", SymbolKind::Decision),
    ("president's statements", SymbolKind::PresidentStatement),
    ("president's statement", SymbolKind::PresidentStatement),
    ("president’s statements", SymbolKind::PresidentStatement),
    ("president’s statement", SymbolKind::PresidentStatement),
    ("presidential statements", SymbolKind::PresidentStatement),
    ("presidential statement", SymbolKind::PresidentStatement),
    ("prst", SymbolKind::PresidentStatement),
];

/// The kind of text the words at `start` name, and where the numbers after them begin:
/// "resolutions 7/1", "President's statement PRST 8/1", "PRST/5/1".
fn opening(text: &str, start: usize) -> Option<(SymbolKind, usize)> {
    let (word, kind) = OPENINGS.into_iter().find(|(word, _)| has_at_ignoring_case(text, start, word))?;
    let mut cursor = start + word.len();
    // The Council's statements carry `PRST` in capitals, after the words or on its own.
    let prst_at = if word == "prst" {
        Some(start)
    } else {
        (kind == SymbolKind::PresidentStatement && text[cursor..].starts_with(" PRST")).then_some(cursor + 1)
    };
    if let Some(at) = prst_at {
        if !text[at..].starts_with("PRST") {
            return None;
        }
        cursor = at + "PRST".len();
        return text[cursor..].starts_with([' ', '/']).then_some((kind, cursor + 1));
    }
    text[cursor..].starts_with(' ').then_some((kind, cursor + 1))
}

/// One number of a short citation of `kind`: a President's statement may be of an
/// organizational session (`OS/13/1`); only a resolution may be the Security Council's.
fn short_number_of(kind: SymbolKind, text: &str) -> Option<(&str, &str, usize, bool)> {
    if kind == SymbolKind::PresidentStatement
        && let Some(rest) = text.strip_prefix("OS/")
    {
        let (series, number, length, security) = short_number(rest)?;
        return (!security && !series.starts_with("S-"))
            .then(|| (&text[..3 + series.len()], number, 3 + length, false));
    }
    short_number(text).filter(|(.., security)| !security || kind == SymbolKind::Resolution)
}

/// `8/PRST/1`, as the Council's session reports number its President's statements: the
/// `PRST` at `prst` is the middle of it. The number before it starts no earlier than
/// `floor`, where the last citation ended.
fn numbered_statement(text: &str, prst: usize, floor: usize) -> Option<FoundSymbol> {
    let series_end = prst.checked_sub(1).filter(|&slash| slash >= floor && text[slash..].starts_with("/PRST/"))?;
    let digits = text[floor..series_end].bytes().rev().take(4).take_while(u8::is_ascii_digit).count();
    let series_start = series_end - digits;
    let opens = text[..series_start].chars().next_back().is_none_or(|c| c.is_whitespace() || "([\"'“‘«,;:".contains(c));
    let number_start = prst + "PRST/".len();
    let rest = &text[number_start..];
    let number = rest.bytes().take(5).take_while(u8::is_ascii_digit).count();
    let ends_cleanly = rest[number..].chars().next().is_none_or(|c| !c.is_alphanumeric() && c != '/');
    if !(1..=3).contains(&digits) || !(1..=4).contains(&number) || !opens || !ends_cleanly {
        return None;
    }
    let symbol =
        Symbol::president_statement(UnBody::HumanRightsCouncil, &text[series_start..series_end], &rest[..number])?;
    Some(FoundSymbol { span: series_start..number_start + number, symbol })
}

/// A short citation at `start` ("resolutions 7/1 and 7/2", "decision 2/102", "President's
/// statement 8/1"), with the list of numbers after its opening words. Each number is its
/// own citation; the first one's link takes in the body and the opening words. Returns
/// where the list ends. `floor` is where the last citation ended.
fn short_form(
    text: &str,
    start: usize,
    floor: usize,
    attribution: &mut Attribution,
    found: &mut Vec<FoundSymbol>,
    ambiguous: &mut Vec<Ambiguous>,
) -> Option<usize> {
    // After a slash, `PRST` is part of a symbol or an address, or the middle of `8/PRST/1`.
    if has_at_ignoring_case(text, start, "prst") && text[..start].ends_with('/') {
        let hit = numbered_statement(text, start, floor)?;
        let end = hit.span.end;
        found.push(hit);
        return Some(end);
    }
    let (kind, mut cursor) = opening(text, start)?;
    let mut items = Vec::new();
    while let Some((series, number, length, security)) = short_number_of(kind, &text[cursor..]) {
        items.push((cursor..cursor + length, series, number, security));
        cursor += length;
        cursor += date_after(&text[cursor..]);
        let Some(separator) =
            [", and ", " and ", ", ", " & "].into_iter().find(|s| text[cursor..].starts_with(s)).filter(|s| {
                let next = &text[cursor + s.len()..];
                short_number_of(kind, next).is_some()
            })
        else {
            break;
        };
        cursor += separator.len();
    }
    if items.is_empty() {
        return None;
    }
    let (named, prefix_start) = body_named(text, floor, start, cursor);
    for (index, (span, series, number, security)) in items.into_iter().enumerate() {
        let key = (kind, format!("{series}/{number}"));
        let body = if security {
            Some(UnBody::SecurityCouncil)
        } else if let Some(body) = named {
            attribution.carried.insert(key, body);
            Some(body)
        } else if let Some(&body) = attribution.carried.get(&key) {
            Some(body)
        } else if attribution.may_be_the_councils(series) {
            Some(UnBody::HumanRightsCouncil)
        } else {
            None
        };
        let link_start = if index == 0 { prefix_start } else { span.start };
        let symbol = body.and_then(|body| match kind {
            SymbolKind::Decision => Symbol::decision(body, series, number),
            SymbolKind::PresidentStatement => Symbol::president_statement(body, series, number),
            _ => Symbol::resolution(body, series, number),
        });
        match symbol {
            Some(symbol) => found.push(FoundSymbol { span: link_start..span.end, symbol }),
            None => ambiguous.push(Ambiguous { span: link_start..span.end }),
        }
    }
    Some(cursor)
}

impl Attribution {
    pub fn new(latest_session: Option<u16>, year: Option<i32>) -> Self {
        Self { carried: HashMap::new(), latest_session, year }
    }

    /// Whether a bare series can be a Council session: not a year, not past the last
    /// session the archive knows of, not after the document's own date.
    fn may_be_the_councils(&self, series: &str) -> bool {
        // Special and organizational sessions are numbered apart from the regular ones.
        if series.starts_with("S-") || series.starts_with("OS/") {
            return true;
        }
        let Ok(session) = series.parse::<u16>() else { return false };
        let past_latest = self.latest_session.is_some_and(|latest| session > latest);
        // The Council met first in 2006, three regular sessions a year from 2007 on.
        let first_year = if session <= 3 { 2006 } else { 2007 + i32::from(session - 4) / 3 };
        let before_it = self.year.is_some_and(|year| year < first_year);
        series.len() < 4 && !past_latest && !before_it
    }
}

/// The length of " of 14 December 2007" after a number of a list, or 0.
fn date_after(text: &str) -> usize {
    let Some(rest) = text.strip_prefix(" of ") else { return 0 };
    let day = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day) {
        return 0;
    }
    let month = rest[day..].strip_prefix(' ').map_or(0, |r| r.bytes().take_while(u8::is_ascii_alphabetic).count());
    let year_at = day + 1 + month + 1;
    let year_ok = month >= 3
        && rest.as_bytes().get(year_at - 1) == Some(&b' ')
        && rest.get(year_at..year_at + 4).is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
    if year_ok { " of ".len() + year_at + 4 } else { 0 }
}

/// How far before a list's opening words the clause is read for the body that is its subject.
const BODY_BEFORE_WINDOW: usize = 120;

/// The body the clause around a list names, and where the link of its first number
/// starts: right before the keyword ("GA resolution"), before "in its" ("the General
/// Assembly, in its resolution"), after the list ("resolution 60/251 of the General
/// Assembly"), or as the subject of the clause ("the General Assembly affirmed in
/// resolution 48/141"). Only a few words either side are read, and nothing before
/// `floor`, where the last citation ended, so the text is read once in all.
fn body_named(text: &str, floor: usize, keyword: usize, list_end: usize) -> (Option<UnBody>, usize) {
    let before = &text[..keyword];
    let trimmed = before.trim_end();
    // The name counts as part of the citation only when one space separates it from the keyword.
    let adjacent = before.strip_suffix(' ').filter(|prefix| prefix.len() == trimmed.len());
    for (name, body) in BODY_NAMES {
        if let Some(prefix) = adjacent.filter(|p| p.ends_with(name) && starts_word(p, p.len() - name.len())) {
            let name_start = prefix.len() - name.len();
            // "UN General Assembly (UNGA) resolution": the link starts at the keyword.
            return (Some(body), if name.starts_with('(') { keyword } else { name_start });
        }
    }
    // A footnote's number may be glued after the name: "the General Assembly,6 in its".
    if let Some(lead) = strip_suffix_ignoring_case(trimmed, "in its")
        .map(|s| s.trim_end().trim_end_matches(|c: char| c == ',' || c.is_ascii_digit()).trim_end())
    {
        for (name, body) in BODY_NAMES {
            if lead.ends_with(name) && starts_word(lead, lead.len() - name.len()) {
                return (Some(body), keyword);
            }
        }
    }
    let body = body_after(text, list_end).or_else(|| subject_named(text, floor, keyword));
    (body, keyword)
}

/// The body named right after a list, or after its paragraph: "resolution 60/251 of the
/// General Assembly", "resolution 70/161 (para. 4), the General Assembly".
fn body_after(text: &str, list_end: usize) -> Option<UnBody> {
    let mut window_end = (list_end + BODY_AFTER_WINDOW).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let window = without_note_marks(&text[list_end..window_end]);
    // "(para. 4)" right after the list does not end the clause.
    let parenthesis = window.strip_prefix(" (").and_then(|inside| inside.find(')')).map_or(0, |close| close + 3);
    let clause_end = window[parenthesis..].find(['.', ';', ':']).map_or(window.len(), |end| parenthesis + end);
    let window = &window[..clause_end];
    for lead in [" of the ", ", the ", " by the ", " of the UN ", ", the UN "] {
        let Some(at) = window.find(lead) else { continue };
        // Only a name right after the list or its paragraph: "resolution 28/2 and the General Assembly's" is not.
        let right_after = window[..at]
            .trim()
            .trim_start_matches('(')
            .split(')')
            .next()
            .is_none_or(|inside| inside.is_empty() || inside.starts_with("para"));
        let named = &window[at + lead.len()..];
        let body = BODY_NAMES.into_iter().find(|(name, _)| !name.starts_with('(') && named.starts_with(name));
        if let Some((_, body)) = body.filter(|_| right_after) {
            return Some(body);
        }
    }
    None
}

/// The first body other than the Council that the clause before `keyword` names: the
/// subject of "As the General Assembly affirmed in resolution 48/141", or of "The
/// General Assembly asked the Council, in resolution 60/251, to". The Council is left
/// out: it is what a bare number means already, with the checks a bare number gets.
fn subject_named(text: &str, floor: usize, keyword: usize) -> Option<UnBody> {
    let mut from = keyword.saturating_sub(BODY_BEFORE_WINDOW).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let clause = &text[from..keyword];
    let clause = clause.rfind(['.', ';', ':', '!', '?']).map_or(clause, |end| &clause[end + 1..]);
    // The clause is read once, the names tried only where a capital or a bracket starts
    // one: a searcher set up per name, per citation, cost more than the reading. The
    // names are ASCII, so a byte that begins one is a character's start.
    let bytes = clause.as_bytes();
    (0..clause.len()).filter(|&at| bytes[at].is_ascii_uppercase() || bytes[at] == b'(').find_map(|at| {
        BODY_NAMES.iter().find_map(|&(name, body)| {
            let named = body != UnBody::HumanRightsCouncil
                && bytes[at] == name.as_bytes()[0]
                && clause[at..].starts_with(name)
                && starts_word(clause, at)
                && clause[at + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            named.then_some(body)
        })
    })
}

/// `window` without the footnote numbers a paste glues after punctuation: ",5 the" is
/// ", the".
fn without_note_marks(window: &str) -> String {
    let mut out = String::with_capacity(window.len());
    let mut rest = window;
    while let Some(c) = rest.chars().next() {
        out.push(c);
        rest = &rest[c.len_utf8()..];
        if matches!(c, ',' | '.' | ';' | ':' | ')') {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits) && rest[digits..].starts_with(' ') {
                rest = &rest[digits..];
            }
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_found_in_any_case_at_the_start_of_words_only() {
        let text = "Unresolved, see RESOLUTION 5/1 and Decision 2/102 of the President";
        let mut keywords = Keywords::new(text);
        assert_eq!(keywords.find(text, 0), Some(16));
        assert_eq!(keywords.find(text, 17), Some(35));
        assert_eq!(keywords.find(text, 36), Some(57));
        assert_eq!(keywords.find(text, 58), None);
    }

    #[test]
    fn whitespace_other_than_one_space_is_flattened_and_mapped_back() {
        let text = "A/HRC/\n43/L.31\u{a0}and  res.\u{2009}5/1";
        let flat = Flat::new(text);
        assert_eq!(flat.text, "A/HRC/ 43/L.31 and res. 5/1");
        assert!(flat.breaks_line(6));
        assert_eq!(&text[flat.original_span(&(24..27))], "5/1");
        assert!(matches!(Flat::new("one space each").text, Cow::Borrowed(_)));
    }

    /// Each run of whitespace as one space, character by character.
    fn flattened(text: &str) -> String {
        let mut flat = String::new();
        for c in text.chars() {
            if !c.is_whitespace() {
                flat.push(c);
            } else if !flat.ends_with('\u{1}') {
                flat.push('\u{1}');
            }
        }
        flat.replace('\u{1}', " ")
    }

    #[test]
    fn whitespace_is_flattened_wherever_it_falls_against_the_blocks_passed_over_whole() {
        let line = "Recalling its resolution 5/1 of 18 June 2007, and réaffirmant 16/21 of 25 March 2011,";
        for gap in ["\n", "  ", " \n", "\u{a0}", "\u{2009}", " \u{3000} ", "\r\n"] {
            for at in (0..line.len()).filter(|&at| line.is_char_boundary(at)) {
                let text = format!("{}{gap}{} A/HRC/RES/16/21", &line[..at], &line[at..]);
                let flat = Flat::new(&text);
                assert_eq!(flat.text, flattened(&text), "{text:?}");
                let end = flat.text.len();
                assert_eq!(&text[flat.original_span(&(end - 15..end))], "A/HRC/RES/16/21", "{text:?}");
            }
        }
    }

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
    fn a_citation_wrapped_over_lines_or_spaced_oddly_is_read_as_one() {
        for (text, symbol, linked) in [
            ("the General Assembly\nresolution 60/251 set", "A/RES/60/251", "General Assembly\nresolution 60/251"),
            ("UN General Assembly (UNGA)\r\n  resolution 60/251", "A/RES/60/251", "resolution 60/251"),
            ("the General\nAssembly, in its\nresolution 65/281", "A/RES/65/281", "resolution 65/281"),
            ("resolution 60/251 of the\nGeneral Assembly", "A/RES/60/251", "resolution 60/251"),
            ("GA\u{a0}resolution\u{a0}\u{a0}72/247", "A/RES/72/247", "GA\u{a0}resolution\u{a0}\u{a0}72/247"),
            ("A/HRC/43/\nL.31", "A/HRC/43/L.31", "A/HRC/43/\nL.31"),
            ("A/HRC/\n43/31", "A/HRC/43/31", "A/HRC/\n43/31"),
            ("A/HRC/\nRES/37/23", "A/HRC/RES/37/23", "A/HRC/\nRES/37/23"),
            ("A/HRC/43\n/L.31", "A/HRC/43/L.31", "A/HRC/43\n/L.31"),
            ("A/HRC/  43/L.31", "A/HRC/43/L.31", "A/HRC/  43/L.31"),
        ] {
            assert_eq!(canonical(text), [symbol], "{text:?}");
            assert_eq!(printed(text), [linked], "{text:?}");
        }
        let text = "Human Rights Council resolutions 10/4 of 25 March\n2009 and\n22/9";
        assert_eq!(canonical(text), ["A/HRC/RES/10/4", "A/HRC/RES/22/9"]);
        assert_eq!(printed(text), ["Human Rights Council resolutions 10/4", "22/9"]);
        // Only a line break joins what comes before a slash, and a space after one only a number or a draft.
        assert_eq!(printed("A/HRC/43 /L.31 and A/HRC/ RES/37/23"), ["A/HRC/43"]);
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
        assert_eq!(numbers("Paras. 8-9 and PARAGRAPH 4, not apara. 5"), [vec![8, 9], vec![4]]);
        // Found by the property tests: a keyword's length may end inside a character.
        assert_eq!(numbers("para. é—"), Vec::<Vec<u32>>::new());
    }
}
