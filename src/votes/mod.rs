//! Stage four: recorded votes, parsed from front matter and from pasted UN vote sheets,
//! resolved against the state registry, checked, and indexed by state.

pub mod agreement;
mod entry;
mod export;
pub(crate) mod index;
mod layout;
mod merge;
mod names;
mod note;
mod record;
mod sheet;

use serde::Serialize;

pub use entry::{Outcome, Tally, TallyError, VoteEntry};
pub use export::{Export, VoteContext, export};
pub use index::{
    Ballot, Cast, Count, Counted, Listed, Placement, SourceSet, Verdict, Vote, VoteId, VoteIndex, VoteSource,
};
pub use note::{Note, NotedState, VoteNote};
pub use record::Recording;
pub use sheet::{PrintedBallot, PrintedCount, Sheet, SheetError, field_position, parse_sheet};

/// How a state voted, or that the record shows no vote for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Yes,
    No,
    Abstain,
    /// A member on the roll who did not vote, as a source states it ("Absent (1): …").
    Absent,
    NotRecorded,
}

impl Position {
    pub const ALL: [Position; 5] =
        [Position::Yes, Position::No, Position::Abstain, Position::Absent, Position::NotRecorded];

    /// The word a UN vote sheet prints for it.
    pub(crate) fn from_sheet(word: &str) -> Option<Self> {
        match word.to_ascii_uppercase().as_str() {
            "YES" | "Y" => Some(Self::Yes),
            "NO" | "N" => Some(Self::No),
            "ABST" | "ABSTAIN" | "ABSTENTION" | "A" => Some(Self::Abstain),
            _ => None,
        }
    }

    /// Its place in [`Position::ALL`], which holds every position.
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|&p| p == self).unwrap_or_default()
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Abstain => "abstain",
            Self::Absent => "absent",
            Self::NotRecorded => "not_recorded",
        }
    }

    /// In a sentence: a state "is in favour", "is abstaining", …
    pub fn phrase(self) -> &'static str {
        match self {
            Self::Yes => "in favour",
            Self::No => "against",
            Self::Abstain => "abstaining",
            Self::Absent => "absent",
            Self::NotRecorded => "without a recorded vote",
        }
    }

    /// For a reader: "In favour", "Against", …
    pub fn label(self) -> &'static str {
        match self {
            Self::Yes => "In favour",
            Self::No => "Against",
            Self::Abstain => "Abstained",
            Self::Absent => "Absent",
            Self::NotRecorded => "No recorded vote",
        }
    }
}
