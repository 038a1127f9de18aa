//! Discrepancies in a vote's records, as its component lists them for readers. They
//! are typed here, so that each page words them in its own language (the theme's
//! `vote-note-*` messages); each was also reported to the editor, in English, as a warning.

use super::{Outcome, Position, Tally};
use crate::archive::DocId;
use crate::registry::StateId;

/// A state as a note names it: by the registry, whose name the page gives in its
/// language, or as printed when the registry does not know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotedState {
    pub state: Option<StateId>,
    pub printed: String,
}

/// One discrepancy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A name read as several states run together ("Libya Peru and Chile").
    RunTogether { printed: String, read_as: Vec<String> },
    /// A name the registry does not know, whose vote is shown as printed.
    UnknownState { printed: String },
    /// A state listed twice, as `first` and then as `again`.
    ListedTwice { state: StateId, first: String, again: String },
    /// A state the sheet lists with no recorded vote.
    NoRecordedVote { state: NotedState },
    /// The counts the roll prints and the record's `declared:` differ.
    RollAndDeclared { roll: Tally, declared: Tally },
    /// The roll prints a count for a position and names another number of states under it.
    RollCount { position: Position, printed: u16, named: usize },
    /// The sources give a state different positions: each, with the documents giving it.
    StateDisputed { state: NotedState, positions: Vec<(Position, Vec<DocId>)> },
    /// The sources declare different results: the first stated, and another, each with its document.
    ResultsDisagree { first: (Tally, DocId), other: (Tally, DocId) },
    /// The sources state different outcomes.
    OutcomesDisagree { first: (Outcome, DocId), other: (Outcome, DocId) },
    /// The announced result differs from the complete count of the states recorded,
    /// `not_recorded` of which have no recorded vote.
    ResultDiffers { declared: Tally, counted: Tally, not_recorded: u16 },
    /// A partial record names more states at a position than the announced result counts.
    NamedBeyondCount { position: Position, named: u16, declared: Tally, counted: u16 },
    /// A stated outcome that `yes` votes in favour and `no` against contradict by the
    /// Council's rule; `said_in` is the record's document when the vote has several.
    OutcomeContradicted { stated: Outcome, derived: Outcome, yes: u16, no: u16, said_in: Option<DocId> },
}

/// A note on a vote, and the document whose record it is about when the vote has
/// several records and the note concerns one of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteNote {
    pub in_record: Option<DocId>,
    pub note: Note,
}
