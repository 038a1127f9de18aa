//! Every vote in the archive, resolved against the state registry and checked,
//! with the indexes that vote, state and document pages need.

use std::collections::HashMap;

use super::names::{self, Reading};
use super::{Position, PrintedCount, Sheet, Tally, VoteEntry, field_position};
use crate::archive::{Archive, DocId, PerDoc};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{PartialDate, SessionId, Symbol};
use crate::registry::{StateId, States};

pub use crate::model::VoteId;

/// A list with an entry for each vote, indexed by its number.
pub type PerVote<T> = typed_index_collections::TiVec<VoteId, T>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ballot {
    /// `None` for a name the registry does not know: shown as printed, never guessed.
    pub state: Option<StateId>,
    pub printed: String,
    pub position: Position,
}

#[derive(Debug, Clone)]
pub struct Vote {
    /// The symbol voted on; `None` for a motion or a draft no source gives a symbol,
    /// which then has a title.
    pub on: Option<Symbol>,
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub session: Option<SessionId>,
    pub declared: Option<Tally>,
    pub ballots: Vec<Ballot>,
    /// The document that records it, where on its page, and the element id it has there.
    pub doc: DocId,
    pub placement: Placement,
    pub anchor: String,
    /// Discrepancies, worded for readers; each was also reported as a warning.
    pub notes: Vec<String>,
}

/// A vote's listed states counted by position: the tally, and those outside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counted {
    pub tally: Tally,
    pub absent: u16,
    pub not_recorded: u16,
}

impl Vote {
    /// How messages name it: its symbol, or its title.
    pub fn name(&self) -> String {
        named(self.on.as_ref(), self.title.as_deref())
    }

    /// The states listed, counted by position.
    pub fn counted(&self) -> Counted {
        let mut counted = Counted::default();
        for ballot in &self.ballots {
            match ballot.position {
                Position::Yes => counted.tally.yes += 1,
                Position::No => counted.tally.no += 1,
                Position::Abstain => counted.tally.abstain += 1,
                Position::Absent => counted.absent += 1,
                Position::NotRecorded => counted.not_recorded += 1,
            }
        }
        counted
    }

    pub fn has_breakdown(&self) -> bool {
        !self.ballots.is_empty()
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

#[derive(Debug, Default)]
pub struct VoteIndex {
    /// Newest first.
    pub votes: PerVote<Vote>,
    /// The votes each document records, in the order it records them.
    pub recorded_in: PerDoc<Vec<VoteId>>,
    /// The votes on symbols each document concerns (its `symbols:`), recorded elsewhere.
    pub concerning: PerDoc<Vec<VoteId>>,
    /// For each state of the registry, its positions, newest vote first.
    pub by_state: Vec<Vec<(VoteId, Position)>>,
    /// For each vote, the documents that concern its symbol, the recording one first.
    pub discussed_in: PerVote<Vec<DocId>>,
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
        let mut votes = Vec::new();
        for (doc_id, doc_sources) in sources.into_iter_enumerated() {
            let doc = &archive.documents[doc_id];
            let mut anchors: HashMap<String, usize> = HashMap::new();
            // Where each front-matter value is, read once for the document's `votes:`.
            let mut front_positions: Option<HashMap<String, (usize, usize)>> = None;
            for (mut source, line) in doc_sources {
                // A sheet brings its own lines; front-matter votes quote the front matter,
                // which the document keeps.
                let sheet_text = match &mut source {
                    VoteSource::Sheet { text, .. } => Some(std::mem::take(text)),
                    VoteSource::FrontMatter { .. } => None,
                };
                let entry_path = match &source {
                    VoteSource::FrontMatter { index, .. } => Some(format!("votes[{index}]")),
                    VoteSource::Sheet { .. } => None,
                };
                let front_matter = entry_path.as_ref().map(|_| {
                    &*front_positions.get_or_insert_with(|| crate::yaml::value_positions(doc.front_matter(), 1))
                });
                // Where a front-matter value is; its entry, or the `votes:` line, if it cannot be found.
                let value_at = |path: &str| {
                    front_matter.and_then(|positions| {
                        positions.get(path).or_else(|| positions.get(path.split('.').next().unwrap_or(path)))
                    })
                };
                let (quoted, first_line) =
                    sheet_text.as_deref().map_or((doc.source.text.as_str(), 1), |text| (text, line));
                let warn = |(line, column): (usize, usize), message: String| {
                    Diagnostic::warning(&doc.source.path, line, message)
                        .at_column(column)
                        .with_source_from(quoted, first_line)
                };
                // A header field's value in a sheet or a field's in front matter.
                let field_at = |field: &str| match &entry_path {
                    Some(entry) => value_at(&format!("{entry}.{field}")).copied().unwrap_or((line, 0)),
                    None => sheet_text
                        .as_deref()
                        .and_then(|text| field_position(text, field))
                        .map_or((line, 0), |(at, column)| (line + at - 1, column)),
                };
                let (entry, ballots, counts, placement): (VoteEntry, Vec<Printed>, Vec<PrintedCount>, Placement) =
                    match source {
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
                                    (name.clone(), position, value_at(&path).copied().unwrap_or((line, 0)))
                                })
                            })
                            .collect();
                            (entry, listed, Vec::new(), Placement::AfterBody)
                        }
                        VoteSource::Sheet { sheet, slot, depth, .. } => {
                            for (at, column, problem) in &sheet.problems {
                                diagnostics.push(warn((line + at - 1, *column), format!("vote sheet: {problem}")));
                            }
                            let printed = sheet
                                .ballots
                                .into_iter()
                                .map(|b| (b.printed, b.position, (line + b.line - 1, b.column)))
                                .collect();
                            let counts = sheet
                                .counts
                                .into_iter()
                                .map(|count| PrintedCount { line: line + count.line - 1, ..count })
                                .collect();
                            (sheet.header, printed, counts, Placement::InBody { slot, depth })
                        }
                    };
                let refuse = |field: &str, error: String| Diagnostic {
                    level: crate::diagnostics::Level::Error,
                    ..warn(field_at(field), format!("vote: {field}: {error}"))
                };
                let title = entry.title.as_deref().map(str::trim).filter(|title| !title.is_empty());
                let on = match (entry.on.as_deref().map(Symbol::parse).transpose(), title) {
                    (Ok(None), None) => {
                        let at = entry_path.as_deref().and_then(value_at).copied().unwrap_or((line, 1));
                        diagnostics.push(Diagnostic {
                            level: crate::diagnostics::Level::Error,
                            ..warn(at, "vote: give `on:` (the symbol voted on) or, for a motion or a draft with no symbol, `title:`".into())
                        });
                        continue;
                    }
                    (Ok(on), _) => on,
                    (Err(error), _) => {
                        diagnostics.push(refuse("on", error.to_string()));
                        continue;
                    }
                };
                let name = named(on.as_ref(), title);
                let session = match entry.session.as_deref().map(SessionId::parse).transpose() {
                    Ok(session) => session,
                    Err(error) => {
                        diagnostics.push(refuse("session", error.to_string()));
                        continue;
                    }
                };
                let mut notes = Vec::new();
                let resolved = resolve(&name, &ballots, states, &mut notes, &mut |at, message| {
                    diagnostics.push(warn(at, message));
                });
                let anchor_base = anchor(on.as_ref(), title.unwrap_or_default());
                let count = anchors.entry(anchor_base.clone()).or_insert(0);
                *count += 1;
                let anchor = if *count == 1 { anchor_base } else { format!("{anchor_base}-{count}") };
                let mut vote = Vote {
                    on,
                    title: title.map(str::to_owned),
                    date: entry.date,
                    session,
                    declared: None,
                    ballots: resolved,
                    doc: doc_id,
                    placement,
                    anchor,
                    notes,
                };
                let header_at = entry.declared.map(|_| field_at("declared"));
                declared_result(&mut vote, entry.declared, &counts, &mut |at, message| {
                    diagnostics.push(warn(at, message));
                });
                let declared_at = header_at.or(counts.first().map(|count| (count.line, count.column)));
                if let (Some(declared), Some(at)) = (vote.declared.filter(|_| vote.has_breakdown()), declared_at) {
                    let Counted { tally: counted, not_recorded, .. } = vote.counted();
                    if counted != declared {
                        let without = if not_recorded > 0 {
                            format!(" ({not_recorded} without a recorded vote)")
                        } else {
                            String::new()
                        };
                        vote.notes.push(format!(
                            "The announced result ({declared}) differs from the votes recorded here ({counted}){without}."
                        ));
                        diagnostics.push(warn(
                            at,
                            format!("vote on {name}: declared {declared} but the states add up to {counted}"),
                        ));
                    }
                }
                votes.push(vote);
            }
        }
        votes.sort_by(|a, b| {
            sort_date(archive, b).cmp(&sort_date(archive, a)).then_with(|| (&a.on, &a.title).cmp(&(&b.on, &b.title)))
        });
        let votes: PerVote<Vote> = votes.into();

        let per_doc = || std::iter::repeat_n(Vec::new(), archive.documents.len()).collect();
        let mut index = Self {
            recorded_in: per_doc(),
            concerning: per_doc(),
            by_state: vec![Vec::new(); states.len()],
            discussed_in: PerVote::with_capacity(votes.len()),
            votes: PerVote::new(),
        };
        let mut by_symbol: HashMap<&Symbol, Vec<VoteId>> = HashMap::new();
        for (id, vote) in votes.iter_enumerated() {
            index.recorded_in[vote.doc].push(id);
            if let Some(on) = &vote.on {
                by_symbol.entry(on).or_default().push(id);
            }
            for ballot in &vote.ballots {
                if let Some(state) = ballot.state {
                    index.by_state[state.index()].push((id, ballot.position));
                }
            }
            index.discussed_in.push(vec![vote.doc]);
        }
        for (doc_id, doc) in archive.documents.iter_enumerated() {
            for symbol in &doc.symbols {
                for &vote_id in by_symbol.get(symbol).into_iter().flatten() {
                    if votes[vote_id].doc != doc_id && !index.concerning[doc_id].contains(&vote_id) {
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

/// A vote named in messages: by its symbol, or by its title in quotes.
fn named(on: Option<&Symbol>, title: Option<&str>) -> String {
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

/// The ballots of `printed` names: each read against the registry, "Brazil and Chile" as
/// two states. Names the registry does not know, names run together, states listed
/// twice and blank votes each get a note and a warning.
fn resolve(
    on: &str,
    printed: &[Printed],
    states: &States,
    notes: &mut Vec<String>,
    warn: &mut dyn FnMut((usize, usize), String),
) -> Vec<Ballot> {
    let mut seen: HashMap<StateId, String> = HashMap::new();
    let mut resolved = Vec::with_capacity(printed.len());
    for (name, position, at) in printed {
        let parts: Vec<(&str, Option<StateId>)> = match names::read(name, states) {
            Reading::One(id) => vec![(name.as_str(), Some(id))],
            Reading::Several { states: parts, run_together } => {
                let parts: Vec<_> = parts.into_iter().map(|(range, id)| (&name[range], Some(id))).collect();
                if run_together {
                    let listed = parts.iter().map(|(part, _)| *part).collect::<Vec<_>>().join("”, “");
                    notes.push(format!("“{name}” is read as “{listed}”: the source seems to have lost a comma."));
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
                notes.push(format!("“{name}” is not a state the registry knows; its vote is shown as printed."));
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
                notes.push(format!("{} is listed twice (as “{first}” and “{part}”).", states.name(id)));
                warn(*at, format!("vote on {on}: {} is listed twice", states.name(id)));
            }
            if *position == Position::NotRecorded {
                let shown = state.map_or(part, |id| states.name(id));
                notes.push(format!("{shown} appears on the sheet with no recorded vote."));
                warn(*at, format!("vote on {on}: `{part}` has no recorded vote"));
            }
            resolved.push(Ballot { state, printed: part.to_owned(), position: *position });
        }
    }
    resolved
}

/// Sets the result `vote` was declared with: the header's `declared:`, else the one its
/// roll prints when it counts those in favour, against and abstaining. A printed count the
/// declared result does not cover (the absent, or a roll counting only some lists) is
/// checked against the states listed under it here.
fn declared_result(
    vote: &mut Vote,
    header: Option<Tally>,
    counts: &[PrintedCount],
    warn: &mut dyn FnMut((usize, usize), String),
) {
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
        vote.notes.push(format!("The roll prints the result {from_roll}; the record declares {header}."));
        warn(
            (first.line, first.column),
            format!("vote on {}: the roll prints {from_roll} but `declared:` says {header}", vote.name()),
        );
    }
    let declared = header.or(from_roll);
    for position in Position::ALL {
        let covered = from_roll.is_some() && declared == from_roll && position != Position::Absent;
        let (Some(count), false) = (printed(position), covered) else { continue };
        let listed = vote.ballots.iter().filter(|ballot| ballot.position == position).count();
        if usize::from(count) != listed {
            let label = position.label();
            let states = if listed == 1 { "state" } else { "states" };
            vote.notes.push(format!("The roll prints {label} ({count}) but names {listed} {states} there."));
            if let Some(at) = counts.iter().find(|c| c.position == position) {
                let message =
                    format!("vote on {}: the roll prints {label} ({count}) but names {listed} {states}", vote.name());
                warn((at.line, at.column), message);
            }
        }
    }
    vote.declared = declared;
}

/// The date a vote is listed by: its own, or its document's.
pub(crate) fn sort_date(archive: &Archive, vote: &Vote) -> impl Ord {
    vote.date.unwrap_or(archive.documents[vote.doc].date).sort_key()
}
