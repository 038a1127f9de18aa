//! Every vote in the archive, resolved against the state registry and checked,
//! with the indexes that vote, state and document pages need.

use std::collections::{HashMap, HashSet};

use super::agreement::{Likeness, likeness};
use super::record::{self, Recording, named};
use super::{Outcome, Position, Sheet, Tally, VoteEntry, VoteNote, merge};
use crate::archive::{Archive, DocId, PerDoc};
use crate::diagnostics::Diagnostics;
use crate::model::{PartialDate, SessionId, Symbol};
use crate::registry::{StateId, States};

pub use crate::model::VoteId;

/// A list with an entry for each vote, indexed by its number.
pub type PerVote<T> = typed_index_collections::TiVec<VoteId, T>;

/// A position the records give a state: a state on which they disagree has one ballot
/// for each position they give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// `None` for a name the registry does not know: shown as printed, never guessed.
    pub state: Option<StateId>,
    pub printed: String,
    pub position: Position,
    /// Which of the vote's sources give this position.
    pub sources: SourceSet,
    /// Whether another source gives the state another position.
    pub disputed: bool,
}

impl Ballot {
    /// The state's name in the registry, or as printed.
    pub fn shown_name<'a>(&'a self, archive: &'a Archive) -> &'a str {
        self.state.map_or(self.printed.as_str(), |state| archive.registries.states.name(state))
    }
}

/// A title as records are matched: in any case and spacing.
pub(super) fn title_key(title: Option<&str>) -> String {
    title.unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// A state as records are matched: by the registry, or by the name printed when the
/// registry does not know it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum StateKey {
    Known(StateId),
    Unknown(String),
}

impl StateKey {
    pub(super) fn of(state: Option<StateId>, printed: &str) -> Self {
        state.map_or_else(|| Self::Unknown(printed.to_lowercase()), Self::Known)
    }
}

/// A set of a vote's sources, by their place in [`Vote::sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SourceSet(u64);

impl SourceSet {
    /// The most sources one vote takes: a further record of it is another vote.
    pub const CAPACITY: usize = 64;

    pub fn one(index: usize) -> Self {
        let mut set = Self::default();
        set.insert(index);
        set
    }

    pub fn insert(&mut self, index: usize) {
        if index < Self::CAPACITY {
            self.0 |= 1 << index;
        }
    }

    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..Self::CAPACITY).filter(move |index| self.0 & (1 << index) != 0)
    }
}

/// One vote, from the records of one or more documents.
#[derive(Debug, Clone)]
pub struct Vote {
    /// The symbol voted on; `None` for a motion or a draft no source gives a symbol,
    /// which then has a title.
    pub on: Option<Symbol>,
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub session: Option<SessionId>,
    pub declared: Option<Tally>,
    /// The outcome a source states, if one does.
    pub stated: Option<Outcome>,
    pub ballots: Vec<Ballot>,
    /// The documents recording it, in the archive's order, never empty: links to the
    /// vote lead to the first.
    pub sources: Vec<Recording>,
    /// Discrepancies, for readers; each was also reported as a warning.
    pub notes: Vec<VoteNote>,
}

/// The states listed on a vote, by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Listed {
    pub tally: Tally,
    pub absent: u16,
    pub not_recorded: u16,
    /// States the sources disagree on, counted here and in no position.
    pub disputed: u16,
}

impl Listed {
    /// States listed at `positions`, none of them disputed.
    pub fn of(positions: impl Iterator<Item = Position>) -> Self {
        let mut listed = Self::default();
        for position in positions {
            let count = match position {
                Position::Yes => &mut listed.tally.yes,
                Position::No => &mut listed.tally.no,
                Position::Abstain => &mut listed.tally.abstain,
                Position::Absent => &mut listed.absent,
                Position::NotRecorded => &mut listed.not_recorded,
            };
            *count = count.saturating_add(1);
        }
        listed
    }

    /// How many of the states a declared result counts are listed.
    pub fn voting(self) -> u32 {
        self.tally.total() + u32::from(self.not_recorded) + u32::from(self.disputed)
    }
}

/// A complete count: the states listed are all those the vote counts. Only
/// [`Vote::count`] makes one, so that a partial record is never taken for a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counted(Listed);

impl Counted {
    pub fn listed(self) -> Listed {
        self.0
    }
}

/// What the records give of a vote's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Every state is listed (or no result is declared to say otherwise).
    Complete(Counted),
    /// The declared result counts more states than the records name: a source printing
    /// only the states against and abstaining, or the result alone.
    Partial { declared: Tally, named: Listed },
    /// Neither a result nor a state.
    Unknown,
}

impl Count {
    /// How many states the declared result counts that no record names.
    pub fn not_named(self) -> Option<u32> {
        match self {
            Self::Partial { declared, named } => Some(declared.total().saturating_sub(named.voting())),
            Self::Complete(_) | Self::Unknown => None,
        }
    }
}

/// A vote's outcome: as a source states it and as its figures give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub stated: Option<Outcome>,
    pub derived: Option<Outcome>,
}

impl Verdict {
    /// The outcome to show: the stated one, else the derived one.
    pub fn shown(self) -> Option<Outcome> {
        self.stated.or(self.derived)
    }

    /// Whether the figures contradict the stated outcome.
    pub fn contradicted(self) -> bool {
        matches!((self.stated, self.derived), (Some(stated), Some(derived)) if stated != derived)
    }
}

impl Vote {
    /// How messages name it: its symbol, or its title.
    pub fn name(&self) -> String {
        named(self.on.as_ref(), self.title.as_deref())
    }

    /// Whether `other` is a vote on the same text: the same symbol, or, without one,
    /// the same title.
    pub fn is_on_same_text(&self, other: &Vote) -> bool {
        match (&self.on, &other.on) {
            (Some(on), Some(other)) => on == other,
            (None, None) => title_key(self.title.as_deref()) == title_key(other.title.as_deref()),
            _ => false,
        }
    }

    /// The document its links lead to: the first that records it.
    pub fn doc(&self) -> DocId {
        self.sources[0].doc
    }

    /// Its element id on the page of [`Vote::doc`].
    pub fn anchor(&self) -> &str {
        &self.sources[0].anchor
    }

    /// Where document `doc` records it, if it does.
    pub fn recording_in(&self, doc: DocId) -> Option<&Recording> {
        self.sources.iter().find(|source| source.doc == doc)
    }

    /// The states listed, by position.
    pub fn listed(&self) -> Listed {
        let agreed = self.ballots.iter().filter(|ballot| !ballot.disputed);
        let mut listed = Listed::of(agreed.map(|ballot| ballot.position));
        let disputed: HashSet<StateKey> = self
            .ballots
            .iter()
            .filter(|ballot| ballot.disputed)
            .map(|ballot| StateKey::of(ballot.state, &ballot.printed))
            .collect();
        listed.disputed = u16::try_from(disputed.len()).unwrap_or(u16::MAX);
        listed
    }

    /// What the records give of its result.
    pub fn count(&self) -> Count {
        let listed = self.listed();
        match self.declared {
            Some(declared) if listed.voting() < declared.total() => Count::Partial { declared, named: listed },
            _ if self.ballots.is_empty() => Count::Unknown,
            _ => Count::Complete(Counted(listed)),
        }
    }

    /// The complete count, when the records give one.
    pub fn counted(&self) -> Option<Counted> {
        match self.count() {
            Count::Complete(counted) => Some(counted),
            Count::Partial { .. } | Count::Unknown => None,
        }
    }

    pub fn has_breakdown(&self) -> bool {
        !self.ballots.is_empty()
    }

    /// The outcome its figures give by the Council's rule, with the figures in favour
    /// and against: the declared result's, else the complete count's.
    pub(crate) fn derived(&self) -> Option<(Outcome, u16, u16)> {
        let (tally, disputed) = match (self.declared, self.counted()) {
            (Some(declared), _) => (declared, 0),
            (None, Some(counted)) => (counted.listed().tally, counted.listed().disputed),
            (None, None) => return None,
        };
        Outcome::by_rule(tally.yes, tally.no, disputed).map(|outcome| (outcome, tally.yes, tally.no))
    }

    pub fn verdict(&self) -> Verdict {
        Verdict { stated: self.stated, derived: self.derived().map(|(outcome, ..)| outcome) }
    }
}

/// Where a vote is shown on the page of the document that records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// From front matter: after the body.
    AfterBody,
    /// From a fenced block: in its place, under a heading of level `depth`.
    InBody { slot: usize, depth: u8 },
}

/// A vote's source, before resolution: front matter or a sheet, at a line of its file.
#[derive(Debug)]
pub enum VoteSource {
    /// The `index`th entry of `votes:`.
    FrontMatter { entry: VoteEntry, index: usize },
    /// `text` is the block as written: the document's body is let go once rendered,
    /// and warnings quote the sheet's lines.
    Sheet { sheet: Sheet, text: String, slot: usize, depth: u8 },
}

/// How a state voted on a vote, as its history shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cast {
    Agreed(Position),
    /// The sources give it different positions.
    Disputed,
}

#[derive(Debug, Default)]
pub struct VoteIndex {
    /// Newest first.
    pub votes: PerVote<Vote>,
    /// The votes each document records.
    pub recorded_in: PerDoc<Vec<VoteId>>,
    /// The votes on symbols each document concerns (its `symbols:`), recorded elsewhere.
    pub concerning: PerDoc<Vec<VoteId>>,
    /// For each state of the registry, how it voted, newest vote first, each vote once.
    pub by_state: Vec<Vec<(VoteId, Cast)>>,
    /// For each vote, the documents that record it, then the others that concern its symbol.
    pub discussed_in: PerVote<Vec<DocId>>,
    /// For each state of the registry, the states it votes most and least like.
    pub likeness: Vec<Likeness>,
}

impl VoteIndex {
    /// Whether the archive records a vote on `symbol`.
    pub fn has_vote_on(&self, symbol: &Symbol) -> bool {
        self.votes.iter().any(|vote| vote.on.as_ref() == Some(symbol))
    }

    /// The votes on each symbol voted on, newest first.
    pub fn by_symbol(&self) -> HashMap<Symbol, Vec<VoteId>> {
        let mut by_symbol: HashMap<Symbol, Vec<VoteId>> = HashMap::new();
        for (id, vote) in self.votes.iter_enumerated() {
            if let Some(on) = &vote.on {
                by_symbol.entry(on.clone()).or_default().push(id);
            }
        }
        by_symbol
    }

    /// `sources[doc]` lists each vote the document records with the file line it starts on.
    pub fn build(
        archive: &Archive,
        sources: PerDoc<Vec<(VoteSource, usize)>>,
        states: &States,
        diagnostics: &mut Diagnostics,
    ) -> Self {
        let records = sources
            .into_iter_enumerated()
            .flat_map(|(doc, sources)| record::read(archive, doc, sources, states, diagnostics))
            .collect();
        let mut votes = merge::merge(archive, records, diagnostics);
        newest_first(archive, &mut votes);
        let votes: PerVote<Vote> = votes.into();

        let per_doc = || std::iter::repeat_n(Vec::new(), archive.documents.len()).collect();
        let mut index = Self {
            recorded_in: per_doc(),
            concerning: per_doc(),
            by_state: vec![Vec::new(); states.len()],
            discussed_in: PerVote::with_capacity(votes.len()),
            likeness: likeness(&votes, states.len()),
            votes: PerVote::new(),
        };
        let mut by_symbol: HashMap<&Symbol, Vec<VoteId>> = HashMap::new();
        for (id, vote) in votes.iter_enumerated() {
            for source in &vote.sources {
                index.recorded_in[source.doc].push(id);
            }
            if let Some(on) = &vote.on {
                by_symbol.entry(on).or_default().push(id);
            }
            for ballot in &vote.ballots {
                if let Some(state) = ballot.state {
                    let history = &mut index.by_state[state.index()];
                    if history.last().is_none_or(|&(last, _)| last != id) {
                        let cast = if ballot.disputed { Cast::Disputed } else { Cast::Agreed(ballot.position) };
                        history.push((id, cast));
                    }
                }
            }
            index.discussed_in.push(vote.sources.iter().map(|source| source.doc).collect());
        }
        for (doc_id, doc) in archive.documents.iter_enumerated() {
            for symbol in &doc.symbols {
                for &vote_id in by_symbol.get(symbol).into_iter().flatten() {
                    if votes[vote_id].recording_in(doc_id).is_none() && !index.concerning[doc_id].contains(&vote_id) {
                        index.concerning[doc_id].push(vote_id);
                        index.discussed_in[vote_id].push(doc_id);
                    }
                }
            }
        }
        index.votes = votes;
        index
    }
}

/// The session a vote is listed under: its own, else its document's first.
pub(crate) fn listed_session<'a>(archive: &'a Archive, vote: &'a Vote) -> Option<&'a SessionId> {
    vote.session.as_ref().or_else(|| archive.documents[vote.doc()].sessions.first())
}

/// Sorts `votes` newest first, then by symbol and title, votes that tie staying in the
/// order of their documents. A vote whose sources give no date is never given one, not
/// even its document's: its session places it, after the dated votes of that session;
/// when none of them is dated, after every dated vote, the newest session first.
fn newest_first(archive: &Archive, votes: &mut [Vote]) {
    let mut first_day: HashMap<SessionId, (u16, u8, u8)> = HashMap::new();
    for vote in votes.iter() {
        if let (Some(date), Some(session)) = (vote.date, listed_session(archive, vote)) {
            let day = first_day.entry(session.clone()).or_insert(date.sort_key());
            *day = (*day).min(date.sort_key());
        }
    }
    // Stable: votes that tie keep their documents' order.
    votes.sort_by_cached_key(|vote| {
        let place = match vote.date {
            Some(date) => (Some(date.sort_key()), true, None),
            None => {
                let session = listed_session(archive, vote);
                (session.and_then(|session| first_day.get(session)).copied(), false, session.cloned())
            }
        };
        (std::cmp::Reverse(place), vote.on.clone(), vote.title.clone())
    });
}
