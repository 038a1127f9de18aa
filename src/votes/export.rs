//! Open data: every recorded vote as `votes.csv` (one row per state per vote) and
//! `votes.json` (one object per vote, totals-only votes included), for researchers.

use serde::Serialize;

use super::{Ballot, Listed, Position, Vote, VoteId, VoteIndex};
use crate::model::Symbol;
use crate::registry::States;

/// The date, session and URLs a vote is published with.
#[derive(Debug, Clone)]
pub struct VoteContext {
    /// `None` when no source gives the vote's date: left empty, never filled in.
    pub date: Option<String>,
    pub session: String,
    /// Where links to the vote lead: the first document recording it.
    pub document: String,
    /// Where each document recording it shows it, in the order of [`Vote::sources`].
    pub sources: Vec<String>,
}

/// The columns of `votes.csv`, in order.
const CSV_COLUMNS: [&str; 12] = [
    "symbol",
    "title",
    "date",
    "session",
    "state",
    "iso3",
    "position",
    "printed_as",
    "document",
    "outcome",
    "complete",
    "sources",
];

#[derive(Serialize)]
struct CsvRow<'a> {
    symbol: &'a str,
    title: &'a str,
    date: &'a str,
    session: &'a str,
    state: &'a str,
    iso3: &'a str,
    position: &'static str,
    printed_as: &'a str,
    document: &'a str,
    outcome: &'static str,
    complete: bool,
    /// The documents that give this state this position, separated by spaces; empty
    /// when that is `document` alone, as it is for almost every row.
    sources: String,
}

// The JSON's fields are in alphabetical order, the order votes.json has always had.
#[derive(Serialize)]
struct JsonVote<'a> {
    complete: bool,
    counted: Option<JsonTally>,
    date: Option<&'a str>,
    declared: Option<JsonTally>,
    document: &'a str,
    outcome: Option<&'static str>,
    session: &'a str,
    sources: &'a [String],
    states: Vec<JsonState<'a>>,
    symbol: Option<&'a str>,
    title: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonTally {
    #[serde(skip_serializing_if = "Option::is_none")]
    absent: Option<u16>,
    abstain: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    disputed: Option<u16>,
    no: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    not_recorded: Option<u16>,
    yes: u16,
}

#[derive(Serialize)]
struct JsonState<'a> {
    iso3: Option<&'a str>,
    position: Position,
    printed_as: &'a str,
    /// Left out when it is the vote's own `sources`, as it is for almost every state.
    #[serde(skip_serializing_if = "Option::is_none")]
    sources: Option<Vec<&'a str>>,
    state: &'a str,
}

/// Which file of the open data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Export {
    Csv,
    Json,
}

/// The `format` file of the open data; `context(id)` gives each vote's date, session and pages.
pub fn export(index: &VoteIndex, states: &States, format: Export, context: impl Fn(VoteId) -> VoteContext) -> Vec<u8> {
    let contexts: Vec<VoteContext> = index.votes.keys().map(context).collect();
    match format {
        Export::Csv => csv(index, states, &contexts),
        Export::Json => json(index, states, &contexts),
    }
}

/// The URLs of the sources of `vote` that give `ballot`.
fn ballot_sources<'a>(ballot: &Ballot, context: &'a VoteContext) -> Vec<&'a str> {
    ballot.sources.iter().filter_map(|index| context.sources.get(index)).map(String::as_str).collect()
}

/// The `sources` cell of `ballot`'s row: empty when it is the row's `document` alone.
/// A ballot always has a source, so an empty cell can mean nothing else.
fn csv_sources(ballot: &Ballot, context: &VoteContext) -> String {
    let sources = ballot_sources(ballot, context);
    if sources == [context.document.as_str()] { String::new() } else { sources.join(" ") }
}

/// The `sources` of `ballot` in the JSON: `None`, left out, when they are the vote's.
fn json_sources<'a>(ballot: &Ballot, context: &'a VoteContext) -> Option<Vec<&'a str>> {
    Some(ballot_sources(ballot, context)).filter(|sources| *sources != context.sources)
}

/// The outcome as published: stated, else derived; `None` when neither is known.
fn outcome(vote: &Vote) -> Option<&'static str> {
    vote.verdict().shown().map(super::Outcome::key)
}

fn csv(index: &VoteIndex, states: &States, contexts: &[VoteContext]) -> Vec<u8> {
    let mut csv = csv::Writer::from_writer(Vec::new());
    for (vote, context) in index.votes.iter().zip(contexts) {
        let complete = vote.counted().is_some();
        for ballot in &vote.ballots {
            // Writing to memory fails only on serialisation bugs, which the types rule out.
            let _ = csv.serialize(CsvRow {
                symbol: vote.on.as_ref().map(Symbol::as_str).unwrap_or_default(),
                title: vote.title.as_deref().unwrap_or_default(),
                date: context.date.as_deref().unwrap_or_default(),
                session: &context.session,
                state: ballot.state.map_or(ballot.printed.as_str(), |s| states.name(s)),
                iso3: ballot.state.map_or("", |s| states.iso3(s)),
                position: ballot.position.key(),
                printed_as: &ballot.printed,
                document: &context.document,
                outcome: outcome(vote).unwrap_or_default(),
                complete,
                sources: csv_sources(ballot, context),
            });
        }
    }
    // An empty header row still tells a reader what the columns are.
    if index.votes.iter().all(|v| v.ballots.is_empty()) {
        let _ = csv.write_record(CSV_COLUMNS);
    }
    csv.into_inner().unwrap_or_default()
}

fn json(index: &VoteIndex, states: &States, contexts: &[VoteContext]) -> Vec<u8> {
    // Serialised from borrowed rows, not through `serde_json::Value`: a value tree of
    // 2,500 votes of 47 states each weighed a tenth of a 50,000-document build's memory.
    let json: Vec<JsonVote<'_>> = index
        .votes
        .iter()
        .zip(contexts)
        .map(|(vote, context)| {
            let counted = vote.counted();
            JsonVote {
                complete: counted.is_some(),
                counted: counted.map(|counted| {
                    let Listed { tally, absent, not_recorded, disputed } = counted.listed();
                    JsonTally {
                        absent: Some(absent),
                        abstain: tally.abstain,
                        disputed: Some(disputed),
                        no: tally.no,
                        not_recorded: Some(not_recorded),
                        yes: tally.yes,
                    }
                }),
                date: context.date.as_deref(),
                declared: vote.declared.map(|d| JsonTally {
                    absent: None,
                    abstain: d.abstain,
                    disputed: None,
                    no: d.no,
                    not_recorded: None,
                    yes: d.yes,
                }),
                document: &context.document,
                outcome: outcome(vote),
                session: &context.session,
                sources: &context.sources,
                states: vote
                    .ballots
                    .iter()
                    .map(|b| JsonState {
                        iso3: b.state.map(|s| states.iso3(s)),
                        position: b.position,
                        printed_as: &b.printed,
                        sources: json_sources(b, context),
                        state: b.state.map_or(b.printed.as_str(), |s| states.name(s)),
                    })
                    .collect(),
                symbol: vote.on.as_ref().map(Symbol::as_str),
                title: vote.title.as_deref(),
            }
        })
        .collect();
    // One vote to a line: a diff of two builds reads vote by vote, and the file is a
    // third smaller than indented (47 states to a vote, each field on a line of its own).
    let mut out = b"[".to_vec();
    for (n, vote) in json.iter().enumerate() {
        out.extend_from_slice(if n == 0 { b"\n" } else { b",\n" });
        out.extend(serde_json::to_vec(vote).unwrap_or_default());
    }
    out.extend_from_slice(b"\n]\n");
    out
}
