//! A vote's discrepancy notes worded in a page's language, from the theme's
//! `vote-note-*` messages: the states named as the page names them, the documents by
//! their titles, quoted as the language quotes.

use crate::archive::{Archive, DocId};
use crate::i18n::{FluentValue, Locale};
use crate::registry::States;
use crate::votes::{Note, NotedState, Position, Tally, VoteNote};

/// What a note needs to name states and documents.
pub struct Naming<'a> {
    pub archive: &'a Archive,
    pub states: &'a States,
    pub locale: Locale<'a>,
}

impl Naming<'_> {
    /// `note`, in a sentence of the page's language.
    pub fn word(&self, note: &VoteNote) -> String {
        let text = self.note(&note.note);
        match note.in_record {
            Some(doc) => self.locale.with("vote-note-in", &[("title", self.title(doc)), ("note", text.into())]),
            None => text,
        }
    }

    fn note(&self, note: &Note) -> String {
        let locale = self.locale;
        match note {
            Note::RunTogether { printed, read_as } => {
                let states = read_as.iter().map(|name| self.quoted(name)).collect::<Vec<_>>();
                let states = states.join(&locale.text("sep-comma"));
                locale.with("vote-note-run-together", &[("printed", text(printed)), ("states", states.into())])
            }
            Note::UnknownState { printed } => locale.with("vote-note-unknown-state", &[("printed", text(printed))]),
            Note::ListedTwice { state, first, again } => locale.with(
                "vote-note-listed-twice",
                &[
                    ("state", text(self.states.name_in(*state, locale.lang))),
                    ("first", text(first)),
                    ("again", text(again)),
                ],
            ),
            Note::NoRecordedVote { state } => {
                locale.with("vote-note-no-recorded-vote", &[("state", self.state(state))])
            }
            Note::RollAndDeclared { roll, declared } => {
                locale.with("vote-note-roll-and-declared", &[("roll", tally(*roll)), ("declared", tally(*declared))])
            }
            Note::RollCount { position, printed, named } => locale.with(
                "vote-note-roll-count",
                &[
                    ("label", locale.text(&super::votes::position_key(*position)).into()),
                    ("count", (*printed).into()),
                    ("named", (*named).into()),
                ],
            ),
            Note::StateDisputed { state, positions } => {
                let each: Vec<String> = positions
                    .iter()
                    .map(|(position, docs)| {
                        let sources =
                            self.list(docs.iter().map(|&doc| self.quoted(&self.archive.documents[doc].title)));
                        locale
                            .with("vote-note-position-in", &[("position", key(*position)), ("sources", sources.into())])
                    })
                    .collect();
                let positions = each.join(&locale.text("sep-comma"));
                locale
                    .with("vote-note-state-disputed", &[("state", self.state(state)), ("positions", positions.into())])
            }
            Note::ResultsDisagree { first, other } => locale.with(
                "vote-note-results-disagree",
                &[
                    ("first", tally(first.0)),
                    ("first_title", self.title(first.1)),
                    ("other", tally(other.0)),
                    ("other_title", self.title(other.1)),
                ],
            ),
            Note::OutcomesDisagree { first, other } => locale.with(
                "vote-note-outcomes-disagree",
                &[
                    ("first", first.0.key().into()),
                    ("first_title", self.title(first.1)),
                    ("other", other.0.key().into()),
                    ("other_title", self.title(other.1)),
                ],
            ),
            Note::ResultDiffers { declared, counted, not_recorded } => locale.with(
                "vote-note-result-differs",
                &[
                    ("declared", tally(*declared)),
                    ("counted", tally(*counted)),
                    ("not_recorded", (*not_recorded).into()),
                ],
            ),
            Note::NamedBeyondCount { position, named, declared, counted } => locale.with(
                "vote-note-named-beyond-count",
                &[
                    ("position", key(*position)),
                    ("named", (*named).into()),
                    ("declared", tally(*declared)),
                    ("counted", (*counted).into()),
                ],
            ),
            Note::OutcomeContradicted { stated, derived, yes, no, said_in } => {
                let mut args = vec![
                    ("stated", stated.key().into()),
                    ("derived", derived.key().into()),
                    ("yes", (*yes).into()),
                    ("no", (*no).into()),
                ];
                match said_in {
                    Some(doc) => {
                        args.push(("title", self.title(*doc)));
                        locale.with("vote-note-outcome-contradicted-in", &args)
                    }
                    None => locale.with("vote-note-outcome-contradicted", &args),
                }
            }
        }
    }

    /// A state by its name in the page's language, or as printed.
    fn state(&self, state: &NotedState) -> FluentValue<'static> {
        let name = state.state.map_or(state.printed.as_str(), |id| self.states.name_in(id, self.locale.lang));
        text(name)
    }

    fn title(&self, doc: DocId) -> FluentValue<'static> {
        text(&self.archive.documents[doc].title)
    }

    /// `text` in the quotation marks of the page's language.
    fn quoted(&self, text: &str) -> String {
        self.locale.with("quoted", &[("text", FluentValue::from(text))])
    }

    /// "A, B and C" in the page's language.
    fn list(&self, items: impl ExactSizeIterator<Item = String>) -> String {
        let count = items.len();
        let (comma, and) = (self.locale.text("sep-comma"), self.locale.text("sep-and"));
        let mut out = String::new();
        for (index, item) in items.enumerate() {
            if index > 0 {
                out.push_str(if index + 1 == count { &and } else { &comma });
            }
            out.push_str(&item);
        }
        out
    }
}

fn text(text: &str) -> FluentValue<'static> {
    FluentValue::from(text.to_owned())
}

/// A position as the messages select on it: `yes`, `no`, …
fn key(position: Position) -> FluentValue<'static> {
    FluentValue::from(position.key())
}

/// A result as the UN writes it: 23-16-8, in favour, against, abstaining.
fn tally(tally: Tally) -> FluentValue<'static> {
    FluentValue::from(tally.to_string())
}
