//! Open data: every recorded vote as `votes.csv` (one row per state per vote) and
//! `votes.json` (one object per vote, totals-only votes included), for researchers.

use serde::Serialize;

use super::{Position, VoteId, VoteIndex};
use crate::registry::States;

/// The date, session and document URL a vote is published with.
#[derive(Debug, Clone)]
pub struct VoteContext {
    pub date: String,
    pub session: String,
    pub document: String,
}

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
}

#[derive(Serialize)]
struct JsonVote<'a> {
    symbol: &'a str,
    title: Option<&'a str>,
    date: &'a str,
    session: &'a str,
    declared: Option<JsonTally>,
    counted: Option<JsonTally>,
    document: &'a str,
    states: Vec<JsonState<'a>>,
}

#[derive(Serialize)]
struct JsonTally {
    yes: u16,
    no: u16,
    abstain: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    not_recorded: Option<u16>,
}

#[derive(Serialize)]
struct JsonState<'a> {
    state: &'a str,
    iso3: Option<&'a str>,
    printed_as: &'a str,
    position: Position,
}

/// `(votes.csv, votes.json)`; `context(id)` gives each vote's date, session and page.
pub fn export(index: &VoteIndex, states: &States, context: impl Fn(VoteId) -> VoteContext) -> (Vec<u8>, Vec<u8>) {
    let mut csv = csv::Writer::from_writer(Vec::new());
    let mut json = Vec::with_capacity(index.votes.len());
    for (id, vote) in index.votes.iter().enumerate() {
        let context = context(id);
        let symbol = vote.on.as_str();
        for ballot in &vote.ballots {
            // Writing to memory fails only on serialisation bugs, which the types rule out.
            let _ = csv.serialize(CsvRow {
                symbol,
                title: vote.title.as_deref().unwrap_or_default(),
                date: &context.date,
                session: &context.session,
                state: ballot.state.map_or(ballot.printed.as_str(), |s| states.name(s)),
                iso3: ballot.state.map_or("", |s| states.iso3(s)),
                position: ballot.position.key(),
                printed_as: &ballot.printed,
                document: &context.document,
            });
        }
        let (counted, not_recorded) = vote.counted();
        json.push(serde_json::json!(JsonVote {
            symbol,
            title: vote.title.as_deref(),
            date: &context.date,
            session: &context.session,
            declared: vote.declared.map(|d| JsonTally { yes: d.yes, no: d.no, abstain: d.abstain, not_recorded: None }),
            counted: vote.has_breakdown().then_some(JsonTally {
                yes: counted.yes,
                no: counted.no,
                abstain: counted.abstain,
                not_recorded: Some(not_recorded),
            }),
            document: &context.document,
            states: vote
                .ballots
                .iter()
                .map(|b| JsonState {
                    state: b.state.map_or(b.printed.as_str(), |s| states.name(s)),
                    iso3: b.state.map(|s| states.iso3(s)),
                    printed_as: &b.printed,
                    position: b.position,
                })
                .collect(),
        }));
    }
    // An empty header row still tells a reader what the columns are.
    if index.votes.iter().all(|v| v.ballots.is_empty()) {
        let _ = csv.write_record([
            "symbol",
            "title",
            "date",
            "session",
            "state",
            "iso3",
            "position",
            "printed_as",
            "document",
        ]);
    }
    let csv = csv.into_inner().unwrap_or_default();
    let json = serde_json::to_vec_pretty(&json).unwrap_or_default();
    (csv, json)
}
