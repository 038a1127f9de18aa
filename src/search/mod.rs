//! Full-text search, indexed at build time into static JSON that the search page
//! (`search.js`) queries in the browser: it works offline, under any sub-path, with no
//! server, and a query fetches only the manifest and the few files its words live in.
//!
//! The files, below `search/`:
//! - `index.json`: the document count, each document's language (as runs of documents
//!   in one language, in id order), which word files exist, and every filter value with
//!   its document count (the search form's menus);
//! - `words/<shard>.json`: `{word: postings}` in document order, each posting a number,
//!   id gap × 256 + weight, the weight a byte of two parts (see [`weight`]): where the
//!   word stands (title, summary) above the term-frequency part of BM25 in the text.
//!   The numbers are written as one string of digits (see [`pack`]), half the bytes
//!   of a JSON array of them;
//! - `filters.json`: `{kind|session|signatory: {value: [id gap, …]}}`, a kind by its
//!   English name whatever the documents' languages (the search page names it in its own);
//! - `docs-<n>.json`: `[path, title, kind, date]` of documents `n × 500` onwards, the
//!   kind and date as the document's page prints them, in its language, the date `null`
//!   for a document whose source prints none.

mod words;

use std::collections::BTreeMap;
use std::rc::Rc;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::model::{Kind, Lang};
use crate::output::OutputFile;
use words::{ShortWord, Word, each_word, shard, term};

/// The folder of the output the index lives in, beside the search page.
pub const FOLDER: &str = "search";
/// Documents per `docs-<n>.json`: a page of results needs one or two of them.
const BLOCK: usize = 500;
/// BM25's usual constants: how fast repeats stop counting, and how much length matters.
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// A weight's parts: a word of the title adds [`IN_TITLE`], one of the summary
/// [`IN_SUMMARY`], and its use in the text up to [`TEXT_MAX`]. Each place outweighs
/// every place below it together, so that for one word a title match ranks above a
/// summary match, and a summary match above any text, however often the text uses it:
/// BM25 alone let a long report that uses a word on every page outrank the letter
/// titled with it.
const IN_TITLE: u8 = 128;
const IN_SUMMARY: u8 = 64;
const TEXT_MAX: u8 = 63;

/// How many words' terms a [`KnownTerms`] remembers per language before it forgets
/// them all: enough for an archive's everyday words, a few megabytes at most.
const KNOWN_WORDS: usize = 1 << 16;

/// About how many distinct words a document uses: a letter a few hundred, a report
/// a few thousand.
const DISTINCT_WORDS: usize = 512;

/// The term of each surface word, as [`term`] spells it in one language.
type Known = FxHashMap<Box<str>, Rc<str>>;

/// The terms of the words met, by language: most documents use the same few thousand
/// words, and stemming them again for each document was most of the cost of counting
/// its words. Whoever counts many documents' words keeps one and hands it to each
/// [`Words::count`]: one per thread, as it is not shared.
#[derive(Debug, Default)]
pub struct KnownTerms(FxHashMap<Lang, Known>);

/// One document page, as search sees it.
#[derive(Debug)]
pub struct Entry {
    /// Below the site root, as `letters/a.html`.
    pub path: String,
    pub title: String,
    pub kind: Kind,
    /// The kind as the document's page names it, in its language.
    pub kind_label: String,
    /// As the document's page prints it; `None` when the source prints no date.
    pub date: Option<String>,
    pub sessions: Vec<String>,
    pub signatories: Vec<String>,
    /// The language whose rules `words` were read by.
    pub language: Lang,
    pub words: Words,
}

/// A document's distinct words with how often each occurs, counted as soon as its
/// text is known and kept packed: an archive's plain text held until the index is
/// built would weigh more than the index.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Words {
    /// The distinct words, each followed by a space (no word contains one).
    packed: String,
    /// Each word's count in the texts, capped at 255: past that many occurrences BM25's
    /// weight of a word has all but stopped growing.
    counts: Vec<u8>,
    /// Whether each word is in the title ([`IN_TITLE`]) or the summary ([`IN_SUMMARY`]).
    places: Vec<u8>,
    /// How many words the texts have, for BM25's weighing against the average.
    length: u32,
}

impl Words {
    /// The words of `texts` (what the page shows a reader as the document's text), of
    /// `title` and of `summary`, by the rules of `language`; the terms of words met
    /// before are taken from `known`, and those of new words added to it.
    pub fn count<'t>(
        texts: impl IntoIterator<Item = &'t str>,
        title: &str,
        summary: Option<&str>,
        language: Lang,
        known: &mut KnownTerms,
    ) -> Self {
        // Every word of every page passes here: a fast hash, as the keys are the site's own.
        // Each surface word: its count in the texts, and the places it stands in; most
        // words are short ones, which hash and compare as numbers.
        // Sized for a typical document's distinct words: grown from empty, the table
        // was rebuilt several times for every document.
        let mut short: FxHashMap<ShortWord, (u32, u8)> =
            FxHashMap::with_capacity_and_hasher(DISTINCT_WORDS, rustc_hash::FxBuildHasher);
        let mut other: FxHashMap<String, (u32, u8)> = FxHashMap::default();
        let mut add = |word: Word<'_>, times: u32, place: u8| {
            let (count, places) = match word {
                Word::Short(word) => short.entry(word).or_default(),
                Word::Other(word) => match other.get_mut(word) {
                    Some(counted) => counted,
                    None => other.entry(word.to_owned()).or_default(),
                },
            };
            *count += times;
            *places |= place;
        };
        let mut length = 0;
        for text in texts {
            each_word(text, |word| {
                length += 1;
                add(word, 1, 0);
            });
        }
        each_word(title, |word| add(word, 0, IN_TITLE));
        each_word(summary.unwrap_or_default(), |word| add(word, 0, IN_SUMMARY));
        // Each distinct word is stemmed once, however often the document uses it, and
        // once per `known` for all the documents counted with it.
        let mut terms: FxHashMap<Rc<str>, (u32, u8)> =
            FxHashMap::with_capacity_and_hasher(short.len() + other.len(), rustc_hash::FxBuildHasher);
        let known = known.0.entry(language).or_default();
        let mut add_term = |surface: &str, count: u32, places: u8| {
            let term = match known.get(surface) {
                Some(term) => Rc::clone(term),
                None => {
                    if known.len() >= KNOWN_WORDS {
                        known.clear();
                    }
                    let term = Rc::<str>::from(term(surface, language));
                    known.insert(surface.into(), Rc::clone(&term));
                    term
                }
            };
            let term = terms.entry(term).or_default();
            term.0 += count;
            term.1 |= places;
        };
        let mut spelled = [0; ShortWord::MAX];
        for (word, &(count, places)) in &short {
            add_term(word.spelled(&mut spelled), count, places);
        }
        for (word, &(count, places)) in &other {
            add_term(word, count, places);
        }
        let mut packed = String::with_capacity(terms.keys().map(|word| word.len() + 1).sum());
        let (counts, places) = terms
            .into_iter()
            .map(|(word, (count, places))| {
                packed.push_str(&word);
                packed.push(' ');
                (u8::try_from(count).unwrap_or(u8::MAX), places)
            })
            .unzip();
        Self { packed, counts, places, length }
    }

    /// Each word with its count in the texts and the places it stands in.
    fn iter(&self) -> impl Iterator<Item = (&str, u32, u8)> {
        self.packed
            .split_terminator(' ')
            .zip(self.counts.iter().copied().map(u32::from))
            .zip(self.places.iter().copied())
            .map(|((word, count), places)| (word, count, places))
    }
}

/// A word's weight in a document, 1–255: the places it stands in ([`IN_TITLE`],
/// [`IN_SUMMARY`]) plus the term-frequency part of BM25 of its `count` in the text,
/// scaled to 0–[`TEXT_MAX`] (at least 1 if the text uses it), `norm` being BM25's
/// length normalisation of the document. The search page scores a word as its weight
/// times its rarity, so for one word the higher weight ranks first.
fn weight(count: u32, places: u8, norm: f64) -> u32 {
    let text = if count == 0 {
        0.0
    } else {
        let tf = f64::from(count);
        (tf * (K1 + 1.0) / (tf + norm) / (K1 + 1.0) * f64::from(TEXT_MAX)).round().clamp(1.0, f64::from(TEXT_MAX))
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0..=TEXT_MAX first
    let text = text as u32;
    u32::from(places & (IN_TITLE | IN_SUMMARY)) + text
}

#[derive(Serialize)]
struct Manifest<'a> {
    documents: usize,
    /// `[language, documents]`: runs of documents in one language, in id order, so that
    /// the search page reads a query word by the rules of each document's language.
    languages: Vec<(&'static str, usize)>,
    block: usize,
    words: Vec<&'a str>,
    filters: BTreeMap<&'static str, BTreeMap<&'a str, usize>>,
}

/// The search files for `entries`, whose order gives the document ids.
pub fn index(entries: &[Entry]) -> Result<Vec<OutputFile>, serde_json::Error> {
    // Lengths first: BM25 weighs each count against the average length.
    let total: f64 = entries.iter().map(|entry| f64::from(entry.words.length)).sum();
    let average = (total / entries.len().max(1) as f64).max(1.0);

    // Then the postings. The threads split the words between them by their first
    // byte, so a word file is written by one thread, and each thread reads every
    // document's packed words in id order, so its lists come out ascending with no
    // merging and no copy of a word. Each posting packs a document id and its
    // weight, id × 256 + weight.
    let parts = rayon::current_num_threads().max(1);
    let mut shards: Vec<(String, Vec<u8>)> = (0..parts)
        .into_par_iter()
        .map(|part| {
            let mut postings: FxHashMap<&str, Vec<u32>> = FxHashMap::default();
            for (id, entry) in entries.iter().enumerate() {
                let norm = K1 * (1.0 - B + B * f64::from(entry.words.length) / average);
                let id = u32::try_from(id).unwrap_or(u32::MAX >> 8);
                for (word, count, places) in entry
                    .words
                    .iter()
                    .filter(|(word, ..)| usize::from(word.bytes().next().unwrap_or_default()) % parts == part)
                {
                    postings.entry(word).or_default().push(id << 8 | weight(count, places, norm));
                }
            }
            let mut shards: BTreeMap<String, BTreeMap<&str, String>> = BTreeMap::new();
            for (word, list) in postings {
                let weights = list.iter().map(|packed| packed & 0xff);
                let numbers = gaps(list.iter().map(|packed| packed >> 8))
                    .zip(weights)
                    .map(|(gap, weight)| u64::from(gap) << 8 | u64::from(weight));
                shards.entry(shard(word)).or_default().insert(word, pack(numbers));
            }
            shards
                .into_iter()
                .map(|(name, words)| Ok((name, serde_json::to_vec(&words)?)))
                .collect::<Result<Vec<_>, serde_json::Error>>()
        })
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .flatten()
        .collect();
    shards.sort_by(|a, b| a.0.cmp(&b.0));

    let filters = filters(entries);
    let manifest = Manifest {
        documents: entries.len(),
        languages: language_runs(entries),
        block: BLOCK,
        words: shards.iter().map(|(name, _)| name.as_str()).collect(),
        filters: filters
            .iter()
            .map(|(filter, values)| (*filter, values.iter().map(|(value, ids)| (*value, ids.len())).collect()))
            .collect(),
    };
    let mut files = vec![OutputFile::new(format!("{FOLDER}/index.json"), serde_json::to_vec(&manifest)?)];
    files.extend(shards.into_iter().map(|(name, json)| OutputFile::new(format!("{FOLDER}/words/{name}.json"), json)));
    let filter_gaps: BTreeMap<&str, BTreeMap<&str, Vec<u32>>> = filters
        .iter()
        .map(|(filter, values)| {
            let values = values.iter().map(|(value, ids)| (*value, gaps(ids.iter().copied()).collect())).collect();
            (*filter, values)
        })
        .collect();
    files.push(OutputFile::new(format!("{FOLDER}/filters.json"), serde_json::to_vec(&filter_gaps)?));
    for (block, chunk) in entries.chunks(BLOCK).enumerate() {
        let rows: Vec<(&str, &str, &str, Option<&str>)> = chunk
            .iter()
            .map(|e| (e.path.as_str(), e.title.as_str(), e.kind_label.as_str(), e.date.as_deref()))
            .collect();
        files.push(OutputFile::new(format!("{FOLDER}/docs-{block}.json"), serde_json::to_vec(&rows)?));
    }
    Ok(files)
}

/// The digits of [`pack`]: the first 32 end a number, the last 32 go on to its next digit.
const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `numbers` as one string, each number's five-bit digits lowest first, every digit but
/// the last from the second half of [`DIGITS`]. Every digit is a character that JSON
/// writes as it is; a small number, the usual gap and weight, takes two.
fn pack(numbers: impl Iterator<Item = u64>) -> String {
    let mut packed = String::new();
    for mut number in numbers {
        while number >= 32 {
            packed.push(char::from(DIGITS[32 + (number & 31) as usize]));
            number >>= 5;
        }
        packed.push(char::from(DIGITS[number as usize]));
    }
    packed
}

/// Ids in increasing order as the gaps between them: smaller numbers, a smaller file.
fn gaps(ids: impl Iterator<Item = u32>) -> impl Iterator<Item = u32> {
    let mut previous = 0;
    ids.map(move |id| {
        let gap = id - previous;
        previous = id;
        gap
    })
}

/// Each run of documents in one language, in id order.
fn language_runs(entries: &[Entry]) -> Vec<(&'static str, usize)> {
    let mut runs: Vec<(&'static str, usize)> = Vec::new();
    for entry in entries {
        match runs.last_mut() {
            Some((code, count)) if *code == entry.language.code() => *count += 1,
            _ => runs.push((entry.language.code(), 1)),
        }
    }
    runs
}

type Filters<'a> = BTreeMap<&'static str, BTreeMap<&'a str, Vec<u32>>>;

/// For each filter, each value's documents in id order.
fn filters(entries: &[Entry]) -> Filters<'_> {
    let mut filters = Filters::new();
    for (id, entry) in entries.iter().enumerate() {
        let id = u32::try_from(id).unwrap_or(u32::MAX);
        // A kind is one value in every language: the search form names it in the page's.
        let values = std::iter::once(("kind", entry.kind.label()))
            .chain(entry.sessions.iter().map(|session| ("session", session.as_str())))
            .chain(entry.signatories.iter().map(|organisation| ("signatory", organisation.as_str())));
        for (filter, value) in values {
            let ids = filters.entry(filter).or_default().entry(value).or_default();
            // A document that names the same value twice is listed once.
            if ids.last() != Some(&id) {
                ids.push(id);
            }
        }
    }
    filters
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(title: &str, text: &str) -> Entry {
        entry_in(Lang::En, title, text)
    }

    fn entry_in(language: Lang, title: &str, text: &str) -> Entry {
        Entry {
            path: format!("letters/{title}.html"),
            title: title.to_owned(),
            kind: Kind::Letter,
            kind_label: "Letter".to_owned(),
            date: Some("2020".to_owned()),
            sessions: Vec::new(),
            signatories: Vec::new(),
            language,
            words: Words::count([text], title, None, language, &mut KnownTerms::default()),
        }
    }

    /// The numbers of a string written by [`pack`], read as `search.js` reads them.
    fn unpack(packed: &str) -> Vec<u64> {
        let mut numbers = Vec::new();
        let (mut number, mut shift) = (0, 0);
        for byte in packed.bytes() {
            let digit = DIGITS.iter().position(|d| *d == byte).unwrap() as u64;
            number |= (digit & 31) << shift;
            shift += 5;
            if digit < 32 {
                numbers.push(number);
                (number, shift) = (0, 0);
            }
        }
        numbers
    }

    /// A word file's postings: `(document id, weight)` for each word.
    fn postings(files: &[OutputFile], word: &str) -> Vec<(u32, u32)> {
        let file = files.iter().find(|f| f.path == format!("search/words/{}.json", shard(word))).unwrap();
        let words: BTreeMap<String, String> = serde_json::from_slice(&file.bytes).unwrap();
        let mut id = 0;
        unpack(&words[word])
            .into_iter()
            .map(|number| {
                id += u32::try_from(number >> 8).unwrap();
                (id, u32::try_from(number & 0xff).unwrap())
            })
            .collect()
    }

    #[test]
    fn packed_numbers_read_back_whatever_their_size() {
        let numbers = [0, 1, 31, 32, 255, 256 + 60, 1023, 1024, u64::from(u32::MAX) << 8 | 255];
        let packed = pack(numbers.into_iter());
        assert!(packed.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'), "{packed}");
        assert_eq!(unpack(&packed), numbers);
        assert_eq!(pack([256 + 60].into_iter()).len(), 2, "a gap of one and a weight: two digits");
    }

    #[test]
    fn postings_ascend_and_weigh_title_words_and_repeats_more() {
        let entries = [
            entry("one", "Reprisals against defenders."),
            entry("two", "Nothing of the kind here at all."),
            entry("reprisal", "A reprisal, then another reprisal, and more reprisals."),
        ];
        let mut outputs = Vec::new();
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let mut files = pool.install(|| index(&entries)).unwrap();
            // "Reprisals" and "reprisal" are one stem, "repris".
            let found = postings(&files, "repris");
            assert_eq!(found.iter().map(|(id, _)| *id).collect::<Vec<_>>(), [0, 2], "{threads} threads");
            assert!(found[1].1 > found[0].1, "{found:?}");
            assert_eq!(postings(&files, "noth").iter().map(|(id, _)| *id).collect::<Vec<_>>(), [1]);
            files.sort_by(|a, b| a.path.cmp(&b.path));
            outputs.push(files.into_iter().map(|f| (f.path, f.bytes)).collect::<Vec<_>>());
        }
        // However many threads share the words, the files are the same.
        assert_eq!(outputs[0], outputs[1]);
        assert_eq!(outputs[0], outputs[2]);
    }

    #[test]
    fn a_word_of_the_title_or_summary_outweighs_any_use_in_the_text() {
        let report = "The Council recalled that cooperation is essential. ".repeat(200);
        let summary = Words::count(
            ["Reprisals were reported."],
            "Letter",
            Some("On cooperation with the UN."),
            Lang::En,
            &mut KnownTerms::default(),
        );
        let entries = [
            entry("Report of the Office", &report),
            Entry { words: summary, ..entry("Letter", "") },
            entry("Cooperation with the United Nations", "States should resist efforts to weaken it."),
            entry("Cooperation on cooperation", &report),
        ];
        let weights: Vec<u32> = postings(&index(&entries).unwrap(), "cooper").into_iter().map(|(_, w)| w).collect();
        assert_eq!(weights.len(), 4, "{weights:?}");
        assert!((1..=u32::from(TEXT_MAX)).contains(&weights[0]), "text only: {weights:?}");
        assert_eq!(weights[1], u32::from(IN_SUMMARY), "summary only: {weights:?}");
        assert_eq!(weights[2], u32::from(IN_TITLE), "title only: {weights:?}");
        assert!(weights[3] > weights[2] && weights[3] < u32::from(IN_TITLE + IN_SUMMARY), "{weights:?}");
        // The most a word can weigh without the title is less than the title alone.
        assert!(weight(u32::from(u8::MAX), IN_SUMMARY, 0.1) < u32::from(IN_TITLE));
        assert!(weight(u32::from(u8::MAX), 0, 0.1) < u32::from(IN_SUMMARY));
    }

    #[test]
    fn a_word_met_before_has_the_term_it_had_then() {
        let text = "Coopérations and résolutions: the Council's resolutions, cooperation, 43rd, Совет";
        let mut known = KnownTerms::default();
        let first = Words::count([text], "Cooperation", None, Lang::En, &mut known);
        let terms = |words: &Words| -> BTreeMap<String, u32> {
            words.iter().map(|(word, count, _)| (word.to_owned(), count)).collect()
        };
        for language in [Lang::Fr, Lang::En, Lang::Ru, Lang::Fr, Lang::En] {
            let mut stemmed: BTreeMap<String, u32> = BTreeMap::new();
            words::each_surface_word(text, |word| *stemmed.entry(term(word, language).into_owned()).or_default() += 1);
            let counted = Words::count([text], "Cooperation", None, language, &mut known);
            assert_eq!(terms(&counted), stemmed, "{language:?}");
            if language == Lang::En {
                assert_eq!(counted, first);
            }
        }
        // Past the words it remembers, it forgets them, and spells each alike still.
        let many: String = (0..KNOWN_WORDS + 10).map(|n| format!("w{n}x ")).collect();
        let counted = Words::count([many.as_str(), text], "", None, Lang::En, &mut known);
        let alone = Words::count([text], "", None, Lang::En, &mut known).iter().count();
        assert_eq!(counted.iter().count(), KNOWN_WORDS + 10 + alone);
        assert_eq!(Words::count([text], "Cooperation", None, Lang::En, &mut known), first);
        // Nor does a fresh one spell any differently.
        assert_eq!(Words::count([text], "Cooperation", None, Lang::En, &mut KnownTerms::default()), first);
    }

    #[test]
    fn each_document_is_read_by_its_own_language_and_the_manifest_says_which() {
        let entries = [
            entry_in(Lang::En, "one", "Its resolutions."),
            entry_in(Lang::Fr, "deux", "Ses résolutions."),
            entry_in(Lang::Fr, "trois", "Résolution."),
            entry_in(Lang::En, "four", "Resolution."),
        ];
        let files = index(&entries).unwrap();
        let ids = |word: &str| postings(&files, word).into_iter().map(|(id, _)| id).collect::<Vec<_>>();
        assert_eq!(ids("resolut"), [0, 3], "English stems");
        assert_eq!(ids("resolu"), [1, 2], "French stems");
        let manifest = files.iter().find(|f| f.path == "search/index.json").unwrap();
        let manifest: serde_json::Value = serde_json::from_slice(&manifest.bytes).unwrap();
        assert_eq!(manifest["languages"], serde_json::json!([["en", 1], ["fr", 2], ["en", 1]]));
    }
}
