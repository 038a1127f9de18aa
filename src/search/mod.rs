//! Full-text search, indexed at build time into static JSON that the search page
//! (`search.js`) queries in the browser: it works offline, under any sub-path, with no
//! server, and a query fetches only the manifest and the few files its words live in.
//!
//! The files, below `search/`:
//! - `index.json`: the document count, the word rules used, which word files exist,
//!   and every filter value with its document count (the search form's menus);
//! - `words/<shard>.json`: `{word: [id gap, weight, id gap, weight, …]}` in document
//!   order, each weight the term-frequency part of BM25 scaled to 1–255;
//! - `filters.json`: `{kind|session|signatory: {value: [id gap, …]}}`;
//! - `docs-<n>.json`: `[path, title, kind label, date]` of documents `n × 500` onwards.

mod words;

use std::collections::{BTreeMap, HashMap};

use rayon::prelude::*;
use serde::Serialize;

use crate::output::OutputFile;
use words::{each_word, shard};

/// Documents whose words are counted together, on one thread.
const CHUNK: usize = 256;
/// Documents per `docs-<n>.json`: a page of results needs one or two of them.
const BLOCK: usize = 500;
/// BM25's usual constants: how fast repeats stop counting, and how much length matters.
const K1: f64 = 1.2;
const B: f64 = 0.75;
/// A word of the title counts as this many occurrences in the text.
const TITLE_WEIGHT: u32 = 3;

/// One document page, as search sees it.
#[derive(Debug)]
pub struct Entry {
    /// Below the site root, as `letters/a/`.
    pub path: String,
    pub title: String,
    pub kind: &'static str,
    pub date: String,
    pub sessions: Vec<String>,
    pub signatories: Vec<String>,
    /// The body as plain text.
    pub text: String,
}

/// A document's distinct words with their counts (title words weigh more).
fn counted(entry: &Entry, fold_plurals: bool) -> HashMap<String, u32> {
    let mut counts: HashMap<String, u32> = HashMap::new();
    let mut add = |word: &str, times: u32| match counts.get_mut(word) {
        Some(count) => *count += times,
        None => {
            counts.insert(word.to_owned(), times);
        }
    };
    each_word(&entry.text, fold_plurals, |word| add(word, 1));
    each_word(&entry.title, fold_plurals, |word| add(word, TITLE_WEIGHT));
    counts
}

#[derive(Serialize)]
struct Manifest<'a> {
    documents: usize,
    #[serde(rename = "foldPlurals")]
    fold_plurals: bool,
    block: usize,
    words: Vec<&'a str>,
    filters: BTreeMap<&'static str, BTreeMap<&'a str, usize>>,
}

/// The search files for `entries`, whose order gives the document ids.
pub fn index(entries: &[Entry], fold_plurals: bool) -> Result<Vec<OutputFile>, serde_json::Error> {
    // Lengths first: BM25 weighs each count against the average length.
    let lengths: Vec<u32> = entries
        .par_iter()
        .map(|entry| {
            let mut length = 0;
            each_word(&entry.text, fold_plurals, |_| length += 1);
            length
        })
        .collect();
    let total: f64 = lengths.iter().copied().map(f64::from).sum();
    let average = (total / entries.len().max(1) as f64).max(1.0);

    // Then the postings, a chunk of documents at a time: the word counts of a whole
    // archive held at once would outweigh the index. Each posting packs a document id
    // and its weight, id × 256 + weight; chunks are merged in order, so ids ascend.
    let chunks: Vec<HashMap<String, Vec<u32>>> = entries
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(chunk, entries)| {
            let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
            for (offset, entry) in entries.iter().enumerate() {
                let id = chunk * CHUNK + offset;
                let norm = K1 * (1.0 - B + B * f64::from(lengths[id]) / average);
                let id = u32::try_from(id).unwrap_or(u32::MAX >> 8);
                for (word, count) in counted(entry, fold_plurals) {
                    let tf = f64::from(count);
                    let weight = (tf * (K1 + 1.0) / (tf + norm)) / (K1 + 1.0) * 255.0;
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 1..=255 first
                    let weight = weight.round().clamp(1.0, 255.0) as u32;
                    postings.entry(word).or_default().push(id << 8 | weight);
                }
            }
            postings
        })
        .collect();
    let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
    for chunk in chunks {
        for (word, list) in chunk {
            postings.entry(word).or_default().extend(list);
        }
    }
    let mut shards: BTreeMap<String, BTreeMap<String, Vec<u32>>> = BTreeMap::new();
    for (word, list) in postings {
        shards.entry(shard(&word)).or_default().insert(word, list);
    }

    let mut files: Vec<OutputFile> = shards
        .par_iter()
        .map(|(name, words)| {
            let gaps: BTreeMap<&str, Vec<u32>> = words
                .iter()
                .map(|(word, list)| {
                    let weights = list.iter().map(|packed| packed & 0xff);
                    let flat = gaps(list.iter().map(|packed| packed >> 8)).zip(weights).flat_map(<[u32; 2]>::from);
                    (word.as_str(), flat.collect())
                })
                .collect();
            Ok(OutputFile::new(format!("search/words/{name}.json"), serde_json::to_vec(&gaps)?))
        })
        .collect::<Result<_, serde_json::Error>>()?;

    let filters = filters(entries);
    let manifest = Manifest {
        documents: entries.len(),
        fold_plurals,
        block: BLOCK,
        words: shards.keys().map(String::as_str).collect(),
        filters: filters
            .iter()
            .map(|(filter, values)| (*filter, values.iter().map(|(value, ids)| (*value, ids.len())).collect()))
            .collect(),
    };
    files.push(OutputFile::new("search/index.json".into(), serde_json::to_vec(&manifest)?));
    let filter_gaps: BTreeMap<&str, BTreeMap<&str, Vec<u32>>> = filters
        .iter()
        .map(|(filter, values)| {
            let values = values.iter().map(|(value, ids)| (*value, gaps(ids.iter().copied()).collect())).collect();
            (*filter, values)
        })
        .collect();
    files.push(OutputFile::new("search/filters.json".into(), serde_json::to_vec(&filter_gaps)?));
    for (block, chunk) in entries.chunks(BLOCK).enumerate() {
        let rows: Vec<[&str; 4]> =
            chunk.iter().map(|e| [e.path.as_str(), e.title.as_str(), e.kind, e.date.as_str()]).collect();
        files.push(OutputFile::new(format!("search/docs-{block}.json"), serde_json::to_vec(&rows)?));
    }
    Ok(files)
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

type Filters<'a> = BTreeMap<&'static str, BTreeMap<&'a str, Vec<u32>>>;

/// For each filter, each value's documents in id order.
fn filters(entries: &[Entry]) -> Filters<'_> {
    let mut filters = Filters::new();
    for (id, entry) in entries.iter().enumerate() {
        let id = u32::try_from(id).unwrap_or(u32::MAX);
        let values = std::iter::once(("kind", entry.kind))
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
