//! Records of one vote from several documents made one vote: the same `on` (or, for a
//! vote with no symbol, the same title) and the same date or session. Where the records
//! disagree (on a state, the result or the outcome), the vote says so, naming them, and
//! the later record gets a warning.

use std::collections::HashMap;

use super::index::{StateKey, title_key};
use super::record::{Record, named};
use super::{Ballot, Counted, Listed, Note, NotedState, Position, SourceSet, Vote, VoteNote};
use crate::archive::{Archive, DocId};
use crate::diagnostics::Diagnostics;
use crate::model::{PartialDate, SessionId, Symbol};

/// `records`, in the archive's order, as votes: each group of records of one vote merged.
pub(super) fn merge(archive: &Archive, records: Vec<Record>, diagnostics: &mut Diagnostics) -> Vec<Vote> {
    let mut groups: Vec<Vec<Record>> = Vec::new();
    let mut by_subject: HashMap<Subject, Vec<usize>> = HashMap::new();
    for record in records {
        let subject = Subject::of(&record);
        let candidates = by_subject.entry(subject).or_default();
        let joins = candidates.iter().copied().find(|&group| {
            let group: &[Record] = &groups[group];
            group.len() < SourceSet::CAPACITY
                && group.iter().all(|other| other.recording.doc != record.recording.doc)
                && group.iter().all(|other| !conflict(other, &record))
                && group.iter().any(|other| evidence(archive, other, &record))
        });
        match joins {
            Some(group) => groups[group].push(record),
            None => {
                candidates.push(groups.len());
                groups.push(vec![record]);
            }
        }
    }
    groups.iter().map(|group| one_vote(archive, group, diagnostics)).collect()
}

/// What a vote is on, as records are matched: its symbol, or its title in any case
/// and spacing.
#[derive(Debug, PartialEq, Eq, Hash)]
enum Subject {
    Symbol(Symbol),
    Title(String),
}

impl Subject {
    fn of(record: &Record) -> Self {
        match &record.on {
            Some(on) => Self::Symbol(on.clone()),
            None => Self::Title(title_key(record.title.as_deref())),
        }
    }
}

/// The session that places a record: its own, or its document's when it has one only.
fn session<'a>(archive: &'a Archive, record: &'a Record) -> Option<&'a SessionId> {
    record.session.as_ref().or_else(|| match archive.documents[record.recording.doc].sessions.as_slice() {
        [only] => Some(only),
        _ => None,
    })
}

/// Whether one date may be the other known more precisely ("2020-06" and "2020-06-22").
fn compatible(a: PartialDate, b: PartialDate) -> bool {
    let (a, b) = (a.iso(), b.iso());
    a.starts_with(&b) || b.starts_with(&a)
}

/// Whether two records of the same text cannot be of the same vote: they state other
/// dates or sessions. A document's session is no statement of the vote's: an annex of
/// one session may record a vote of another.
fn conflict(a: &Record, b: &Record) -> bool {
    let dates = matches!((a.date, b.date), (Some(x), Some(y)) if !compatible(x, y));
    let sessions = matches!((&a.session, &b.session), (Some(x), Some(y)) if x != y);
    dates || sessions
}

/// Whether two records of the same text say they are of the same vote: the same date or session.
fn evidence(archive: &Archive, a: &Record, b: &Record) -> bool {
    let dates = matches!((a.date, b.date), (Some(x), Some(y)) if x == y);
    let sessions = matches!((session(archive, a), session(archive, b)), (Some(x), Some(y)) if x == y);
    dates || sessions
}

/// The records of one vote, the first in the archive's order leading.
fn one_vote(archive: &Archive, records: &[Record], diagnostics: &mut Diagnostics) -> Vote {
    let on = records.iter().find_map(|r| r.on.clone());
    let title = records.iter().find_map(|r| r.title.clone());
    let merging = Merging { archive, records, name: named(on.as_ref(), title.as_deref()) };
    let mut notes = Vec::new();
    for record in records {
        for note in &record.notes {
            notes.push(VoteNote { in_record: merging.in_record(record), note: note.clone() });
        }
    }
    let ballots = merging.ballots(&mut notes, diagnostics);
    let declared = merging.agreed(
        "declared",
        (|r| r.declared, |r| r.declared_at),
        |first, other| Note::ResultsDisagree { first, other },
        &mut notes,
        diagnostics,
    );
    let stated = merging.agreed(
        "outcome",
        (|r| r.outcome, |r| r.outcome_at),
        |first, other| Note::OutcomesDisagree { first, other },
        &mut notes,
        diagnostics,
    );
    let mut vote = Vote {
        on,
        title,
        date: records.iter().find_map(|r| r.date),
        session: records.iter().find_map(|r| r.session.clone()),
        declared,
        stated,
        ballots,
        sources: records.iter().map(|r| r.recording.clone()).collect(),
        notes,
    };
    check_result(&merging, &mut vote, diagnostics);
    check_outcome(&merging, &mut vote, diagnostics);
    vote
}

/// A state's position in one record: the record's place among the vote's, and where
/// the record names it.
type Given = (usize, Position, (usize, usize));

/// The records of one vote being merged, and how messages name it.
struct Merging<'a> {
    archive: &'a Archive,
    records: &'a [Record],
    name: String,
}

impl Merging<'_> {
    /// The document a note on `record` names: only when the vote has other records.
    fn in_record(&self, record: &Record) -> Option<DocId> {
        (self.records.len() > 1).then_some(record.recording.doc)
    }

    fn path(&self, record: &Record) -> String {
        self.archive.documents[record.recording.doc].source.path.display().to_string()
    }

    /// The states, one ballot for each position the records give each; a state they
    /// give different positions is disputed, noted, and reported in each later record.
    fn ballots(&self, notes: &mut Vec<VoteNote>, diagnostics: &mut Diagnostics) -> Vec<Ballot> {
        let mut ballots: Vec<Ballot> = Vec::new();
        let mut at_position: HashMap<(StateKey, Position), usize> = HashMap::new();
        // Each state's positions, in record order; the states in the order first named.
        let mut by_state: HashMap<StateKey, Vec<Given>> = HashMap::new();
        let mut order: Vec<StateKey> = Vec::new();
        for (index, record) in self.records.iter().enumerate() {
            for named in &record.states {
                let key = StateKey::of(named.state, &named.printed);
                // Within one record a state listed twice stays listed twice, as printed.
                let slot = (index > 0).then(|| at_position.get(&(key.clone(), named.position)).copied()).flatten();
                match slot {
                    Some(slot) => ballots[slot].sources.insert(index),
                    None => {
                        at_position.insert((key.clone(), named.position), ballots.len());
                        ballots.push(Ballot {
                            state: named.state,
                            printed: named.printed.clone(),
                            position: named.position,
                            sources: SourceSet::one(index),
                            disputed: false,
                        });
                    }
                }
                let given = by_state.entry(key.clone()).or_default();
                if given.is_empty() {
                    order.push(key);
                }
                given.push((index, named.position, named.at));
            }
        }
        for key in &order {
            if self.report_disputes(&by_state[key], diagnostics) {
                let mut positions = Vec::new();
                let mut state = None;
                for ballot in ballots.iter_mut().filter(|b| StateKey::of(b.state, &b.printed) == *key) {
                    ballot.disputed = true;
                    state = Some(NotedState { state: ballot.state, printed: ballot.printed.clone() });
                    let sources = ballot.sources.iter().map(|i| self.records[i].recording.doc).collect();
                    positions.push((ballot.position, sources));
                }
                if let Some(state) = state {
                    notes.push(VoteNote { in_record: None, note: Note::StateDisputed { state, positions } });
                }
            }
        }
        ballots
    }

    /// Reports each record that gives a state another position than an earlier record
    /// does; whether any does.
    fn report_disputes(&self, given: &[Given], diagnostics: &mut Diagnostics) -> bool {
        let mut disputed = false;
        for (later, &(index, position, at)) in given.iter().enumerate() {
            let earlier = given[..later].iter().find(|&&(other, was, _)| other != index && was != position);
            if let Some(&(other, was, _)) = earlier {
                disputed = true;
                let record = &self.records[index];
                let state = record.states.iter().find(|named| named.at == at && named.position == position);
                let shown = state.map(|named| {
                    named.state.map_or(named.printed.as_str(), |id| self.archive.registries.states.name(id))
                });
                let message = format!(
                    "vote on {}: {} is {} here but {} in {}",
                    self.name,
                    shown.unwrap_or_default(),
                    position.phrase(),
                    was.phrase(),
                    self.path(&self.records[other])
                );
                diagnostics.push(record.warning(self.archive, at, message));
            }
        }
        disputed
    }

    /// The `field` the first record to state one gives (its `value`, written `at`);
    /// each record stating another is noted as `disagree` says and reported.
    fn agreed<T: Copy + PartialEq + std::fmt::Display>(
        &self,
        field: &str,
        (value, at): (impl Fn(&Record) -> Option<T>, impl Fn(&Record) -> Option<(usize, usize)>),
        disagree: impl Fn((T, DocId), (T, DocId)) -> Note,
        notes: &mut Vec<VoteNote>,
        diagnostics: &mut Diagnostics,
    ) -> Option<T> {
        let first = self.records.iter().find(|record| value(record).is_some())?;
        let agreed = value(first)?;
        for record in self.records {
            let Some(other) = value(record).filter(|other| *other != agreed) else { continue };
            let note = disagree((agreed, first.recording.doc), (other, record.recording.doc));
            notes.push(VoteNote { in_record: None, note });
            let message = format!("vote on {}: {field} {other} here but {agreed} in {}", self.name, self.path(first));
            diagnostics.push(record.warning(self.archive, at(record).unwrap_or_default(), message));
        }
        Some(agreed)
    }
}

/// Reports each declared result the named states contradict: a complete count, the
/// record's own or, when it names only some states, that of the vote's other records,
/// that differs from it; or a partial record that names more states in a position than
/// the result counts.
fn check_result(merging: &Merging<'_>, vote: &mut Vote, diagnostics: &mut Diagnostics) {
    for record in merging.records {
        let (Some(declared), Some(at)) = (record.declared, record.declared_at) else { continue };
        let own = Listed::of(record.states.iter().map(|named| named.position));
        let complete = if own.voting() >= declared.total() {
            Some(own)
        } else {
            vote.counted().map(Counted::listed).filter(|all| all.disputed == 0 && all.voting() > own.voting())
        };
        let name = &merging.name;
        let in_record = merging.in_record(record);
        let mut note = |note: Note| vote.notes.push(VoteNote { in_record, note });
        match complete {
            Some(listed) if listed.tally != declared => {
                let counted = listed.tally;
                note(Note::ResultDiffers { declared, counted, not_recorded: listed.not_recorded });
                let message = format!("vote on {name}: declared {declared} but the states add up to {counted}");
                diagnostics.push(record.warning(merging.archive, at, message));
            }
            Some(_) => {}
            None => {
                let positions = [
                    (Position::Yes, own.tally.yes, declared.yes),
                    (Position::No, own.tally.no, declared.no),
                    (Position::Abstain, own.tally.abstain, declared.abstain),
                ];
                for (position, named, counted) in positions.into_iter().filter(|(_, named, counted)| named > counted) {
                    let phrase = position.phrase();
                    note(Note::NamedBeyondCount { position, named, declared, counted });
                    let message = format!("vote on {name}: {named} states named {phrase} but declared {declared}");
                    diagnostics.push(record.warning(merging.archive, at, message));
                }
            }
        }
    }
}

/// Reports a stated outcome that the result or the count contradicts by the Council's rule.
fn check_outcome(merging: &Merging<'_>, vote: &mut Vote, diagnostics: &mut Diagnostics) {
    let Some((derived, yes, no)) = vote.derived() else { return };
    for record in merging.records {
        let Some(stated) = record.outcome.filter(|&stated| stated != derived) else { continue };
        let counts = format!("{yes} in favour and {no} against {} it by the Council's rule", derived.verb());
        let note = Note::OutcomeContradicted { stated, derived, yes, no, said_in: merging.in_record(record) };
        vote.notes.push(VoteNote { in_record: None, note });
        let message = format!("vote on {}: the record says it was {}, but {counts}", vote.name(), stated.key());
        diagnostics.push(record.warning(merging.archive, record.outcome_at.unwrap_or_default(), message));
    }
}
