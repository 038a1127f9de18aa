//! One document's record of a vote, read on its own: what it is on, its states read
//! against the registry, its declared result and the outcome it states. Records of the
//! same vote from several documents are then made one vote by [`super::merge`].

use std::collections::HashMap;

use super::names::{self, Reading};
use super::{
    Note, NotedState, Outcome, Placement, Position, PrintedCount, Tally, VoteEntry, VoteSource, field_position,
};
use crate::archive::{Archive, DocId};
use crate::diagnostics::{Diagnostic, Diagnostics, Level};
use crate::model::{Document, PartialDate, SessionId, Symbol};
use crate::registry::{StateId, States};

/// Where one document records a vote: its page, the place on it, and the element id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recording {
    pub doc: DocId,
    pub placement: Placement,
    pub anchor: String,
}

/// A state as one record names it, at a line and column of the document's file.
#[derive(Debug)]
pub(super) struct NamedState {
    /// `None` for a name the registry does not know: shown as printed, never guessed.
    pub state: Option<StateId>,
    pub printed: String,
    pub position: Position,
    pub at: (usize, usize),
}

/// One document's record of a vote.
#[derive(Debug)]
pub(super) struct Record {
    pub on: Option<Symbol>,
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub session: Option<SessionId>,
    pub declared: Option<Tally>,
    pub outcome: Option<Outcome>,
    pub states: Vec<NamedState>,
    /// Discrepancies within the record, for readers; each was also reported.
    pub notes: Vec<Note>,
    pub recording: Recording,
    /// Where the declared result (or the counts the roll prints) and the stated outcome
    /// are written.
    pub declared_at: Option<(usize, usize)>,
    pub outcome_at: Option<(usize, usize)>,
    /// A vote block's own text and the file line it starts on, which its warnings
    /// quote: the document's body is let go once rendered. `None` for front matter,
    /// which the document keeps.
    quote: Option<(String, usize)>,
}

impl Record {
    /// A warning at `at` in the record's file, quoting the line.
    pub fn warning(&self, archive: &Archive, at: (usize, usize), message: String) -> Diagnostic {
        warning(&archive.documents[self.recording.doc], self.quote.as_ref(), at, message)
    }
}

fn warning(
    doc: &Document,
    quote: Option<&(String, usize)>,
    (line, column): (usize, usize),
    message: String,
) -> Diagnostic {
    let (text, first_line) = quote.map_or((doc.source.text.as_str(), 1), |(text, line)| (text.as_str(), *line));
    Diagnostic::warning(&doc.source.path, line, message).at_column(column).with_source_from(text, first_line)
}

/// The records of document `doc_id`, from its `sources` (each with the file line it
/// starts on). A source that cannot be a record is reported as an error and left out.
pub(super) fn read(
    archive: &Archive,
    doc_id: DocId,
    sources: Vec<(VoteSource, usize)>,
    states: &States,
    diagnostics: &mut Diagnostics,
) -> Vec<Record> {
    let doc = &archive.documents[doc_id];
    let mut records = Vec::with_capacity(sources.len());
    let mut anchors: HashMap<String, usize> = HashMap::new();
    // Where each front-matter value is, read once for the document's `votes:`.
    let mut front_positions: Option<HashMap<String, (usize, usize)>> = None;
    for (mut source, line) in sources {
        let quote = match &mut source {
            VoteSource::Sheet { text, .. } => Some((std::mem::take(text), line)),
            VoteSource::FrontMatter { .. } => None,
        };
        let entry_path = match &source {
            VoteSource::FrontMatter { index, .. } => Some(format!("votes[{index}]")),
            VoteSource::Sheet { .. } => None,
        };
        let front_matter = entry_path
            .as_ref()
            .map(|_| &*front_positions.get_or_insert_with(|| crate::yaml::value_positions(doc.front_matter(), 1)));
        // Where a front-matter value is; its entry, if it cannot be found.
        let value_at = |path: &str| {
            front_matter
                .and_then(|positions| {
                    positions.get(path).or_else(|| positions.get(path.split('.').next().unwrap_or(path)))
                })
                .copied()
        };
        let warn = |at: (usize, usize), message: String| warning(doc, quote.as_ref(), at, message);
        // A header field's value in a sheet or a field's in front matter; else the
        // block's first line or the `votes:` line.
        let field_at = |field: &str| match &entry_path {
            Some(entry) => value_at(&format!("{entry}.{field}")).unwrap_or((line, 0)),
            None => quote
                .as_ref()
                .and_then(|(text, _)| field_position(text, field))
                .map_or((line, 0), |(at, column)| (line + at - 1, column)),
        };
        let (entry, printed, counts, placement): (VoteEntry, Vec<Printed>, Vec<PrintedCount>, Placement) = match source
        {
            VoteSource::FrontMatter { entry, index } => {
                let listed = [
                    (Position::Yes, "yes", &entry.yes),
                    (Position::No, "no", &entry.no),
                    (Position::Abstain, "abstain", &entry.abstain),
                    (Position::Absent, "absent", &entry.absent),
                ]
                .into_iter()
                .flat_map(|(position, field, names)| {
                    names.iter().enumerate().map(move |(n, name)| {
                        let path = format!("votes[{index}].{field}[{n}]");
                        (name.clone(), position, value_at(&path).unwrap_or((line, 0)))
                    })
                })
                .collect();
                (entry, listed, Vec::new(), Placement::AfterBody)
            }
            VoteSource::Sheet { sheet, slot, depth, .. } => {
                for (at, column, problem) in &sheet.problems {
                    diagnostics.push(warn((line + at - 1, *column), format!("vote sheet: {problem}")));
                }
                let printed =
                    sheet.ballots.into_iter().map(|b| (b.printed, b.position, (line + b.line - 1, b.column))).collect();
                let counts = sheet
                    .counts
                    .into_iter()
                    .map(|count| PrintedCount { line: line + count.line - 1, ..count })
                    .collect();
                (sheet.header, printed, counts, Placement::InBody { slot, depth })
            }
        };
        let refuse = |at: (usize, usize), message: String| Diagnostic { level: Level::Error, ..warn(at, message) };
        let title = entry.title.as_deref().map(str::trim).filter(|title| !title.is_empty());
        let on = match (entry.on.as_deref().map(Symbol::parse).transpose(), title) {
            (Ok(None), None) => {
                let at = entry_path.as_deref().and_then(value_at).unwrap_or((line, 1));
                let message =
                    "vote: give `on:` (the symbol voted on) or, for a motion or a draft with no symbol, `title:`";
                diagnostics.push(refuse(at, message.into()));
                continue;
            }
            (Ok(on), _) => on,
            (Err(error), _) => {
                diagnostics.push(refuse(field_at("on"), format!("vote: on: {error}")));
                continue;
            }
        };
        let session = match entry.session.as_deref().map(SessionId::parse).transpose() {
            Ok(session) => session,
            Err(error) => {
                diagnostics.push(refuse(field_at("session"), format!("vote: session: {error}")));
                continue;
            }
        };
        let name = named(on.as_ref(), title);
        let mut notes = Vec::new();
        let named_states = resolve(&name, &printed, states, &mut notes, &mut |at, message| {
            diagnostics.push(warn(at, message));
        });
        let base = anchor(on.as_ref(), title.unwrap_or_default());
        let count = anchors.entry(base.clone()).or_insert(0);
        *count += 1;
        let anchor = if *count == 1 { base } else { format!("{base}-{count}") };
        let declared =
            declared_result(&name, &named_states, entry.declared, &counts, &mut notes, &mut |at, message| {
                diagnostics.push(warn(at, message));
            });
        let declared_at = entry.declared.map(|_| field_at("declared")).or(counts.first().map(|c| (c.line, c.column)));
        records.push(Record {
            on,
            title: title.map(str::to_owned),
            date: entry.date,
            session,
            declared,
            outcome: entry.outcome,
            states: named_states,
            notes,
            recording: Recording { doc: doc_id, placement, anchor },
            declared_at,
            outcome_at: entry.outcome.map(|_| field_at("outcome")),
            quote,
        });
    }
    records
}

/// A vote named in messages: by its symbol, or by its title in quotes.
pub(super) fn named(on: Option<&Symbol>, title: Option<&str>) -> String {
    on.map_or_else(|| format!("“{}”", title.unwrap_or_default()), Symbol::to_string)
}

/// A vote's element id on the page of the document recording it: from its symbol, or
/// from the first words of its title, so that it does not move when other votes come
/// or go.
fn anchor(on: Option<&Symbol>, title: &str) -> String {
    /// Long enough to tell motions apart, short enough to read in an address.
    const WORDS_UP_TO: usize = 48;
    let Some(on) = on else {
        let mut words = String::new();
        for word in slug::slugify(title).split('-') {
            if !words.is_empty() && words.len() + 1 + word.len() > WORDS_UP_TO {
                break;
            }
            if !words.is_empty() {
                words.push('-');
            }
            words.push_str(word);
        }
        return format!("vote-{words}");
    };
    format!("vote-{}", slug::slugify(on.as_str()))
}

/// A printed name, its position, and the file line and column it is at.
type Printed = (String, Position, (usize, usize));

/// The states of `printed` names: each read against the registry, "Brazil and Chile" as
/// two states. Names the registry does not know, names run together, states listed
/// twice and blank votes each get a note and a warning.
fn resolve(
    on: &str,
    printed: &[Printed],
    states: &States,
    notes: &mut Vec<Note>,
    warn: &mut dyn FnMut((usize, usize), String),
) -> Vec<NamedState> {
    let mut seen: HashMap<StateId, String> = HashMap::new();
    let mut resolved = Vec::with_capacity(printed.len());
    for (name, position, at) in printed {
        let parts: Vec<(&str, Option<StateId>)> = match names::read(name, states) {
            Reading::One(id) => vec![(name.as_str(), Some(id))],
            Reading::Several { states: parts, run_together } => {
                let parts: Vec<_> = parts.into_iter().map(|(range, id)| (&name[range], Some(id))).collect();
                if run_together {
                    let read_as: Vec<String> = parts.iter().map(|(part, _)| (*part).to_owned()).collect();
                    let listed = read_as.join("”, “");
                    notes.push(Note::RunTogether { printed: name.clone(), read_as });
                    warn(
                        *at,
                        format!(
                            "vote on {on}: `{name}` reads as several states run together (“{listed}”); is a comma missing?"
                        ),
                    );
                }
                parts
            }
            Reading::Unknown => {
                notes.push(Note::UnknownState { printed: name.clone() });
                warn(
                    *at,
                    format!("vote on {on}: unknown state `{name}` (add it to data/states.csv if it is a variant)"),
                );
                vec![(name.as_str(), None)]
            }
        };
        for (part, state) in parts {
            if let Some(id) = state
                && let Some(first) = seen.insert(id, part.to_owned())
            {
                warn(*at, format!("vote on {on}: {} is listed twice", states.name(id)));
                notes.push(Note::ListedTwice { state: id, first, again: part.to_owned() });
            }
            if *position == Position::NotRecorded {
                notes.push(Note::NoRecordedVote { state: NotedState { state, printed: part.to_owned() } });
                warn(*at, format!("vote on {on}: `{part}` has no recorded vote"));
            }
            resolved.push(NamedState { state, printed: part.to_owned(), position: *position, at: *at });
        }
    }
    resolved
}

/// The result a record declares: the header's `declared:`, else the one its roll prints
/// when it counts those in favour, against and abstaining. A printed count the
/// declared result does not cover (the absent, or a roll counting only some lists) is
/// checked against the states listed under it here.
fn declared_result(
    on: &str,
    named: &[NamedState],
    header: Option<Tally>,
    counts: &[PrintedCount],
    notes: &mut Vec<Note>,
    warn: &mut dyn FnMut((usize, usize), String),
) -> Option<Tally> {
    let printed = |position: Position| {
        let mut matching = counts.iter().filter(|count| count.position == position).peekable();
        matching.peek().is_some().then(|| matching.fold(0u16, |sum, count| sum.saturating_add(count.count)))
    };
    let from_roll = match (printed(Position::Yes), printed(Position::No), printed(Position::Abstain)) {
        (Some(yes), Some(no), Some(abstain)) => Some(Tally { yes, no, abstain }),
        _ => None,
    };
    if let (Some(header), Some(from_roll), Some(first)) = (header, from_roll, counts.first())
        && header != from_roll
    {
        notes.push(Note::RollAndDeclared { roll: from_roll, declared: header });
        warn(
            (first.line, first.column),
            format!("vote on {on}: the roll prints {from_roll} but `declared:` says {header}"),
        );
    }
    let declared = header.or(from_roll);
    for position in Position::ALL {
        let covered = from_roll.is_some() && declared == from_roll && position != Position::Absent;
        let (Some(count), false) = (printed(position), covered) else { continue };
        let listed = named.iter().filter(|state| state.position == position).count();
        if usize::from(count) != listed {
            let label = position.label();
            let states = if listed == 1 { "state" } else { "states" };
            notes.push(Note::RollCount { position, printed: count, named: listed });
            if let Some(at) = counts.iter().find(|c| c.position == position) {
                let message = format!("vote on {on}: the roll prints {label} ({count}) but names {listed} {states}");
                warn((at.line, at.column), message);
            }
        }
    }
    declared
}
