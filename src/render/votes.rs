//! Views of recorded votes: the vote component, the votes index and state pages.

use serde::Serialize;

use super::once::RenderedOnce;
use super::vote_notes::Naming;
use crate::archive::{Archive, DocId};
use crate::i18n::{Locale, Translations};
use crate::model::PartialDate;
use crate::registry::{StateId, States, normalise_state_name};
use crate::routes::{Link, SessionLink, Urls};
use crate::votes::index::listed_session;
use crate::votes::{
    Ballot, Cast, Count, Listed, Outcome, Position, Recording, SourceSet, Tally, Verdict, Vote, VoteId, VoteIndex,
};

#[derive(Debug, Clone, Copy, Serialize)]
pub struct TallyView {
    pub yes: u16,
    pub no: u16,
    pub abstain: u16,
    pub absent: u16,
    pub not_recorded: u16,
    pub disputed: u16,
    pub total: u32,
}

impl TallyView {
    fn new(listed: Listed) -> Self {
        let Listed { tally, absent, not_recorded, disputed } = listed;
        let total = tally.total() + u32::from(absent) + u32::from(not_recorded) + u32::from(disputed);
        Self { yes: tally.yes, no: tally.no, abstain: tally.abstain, absent, not_recorded, disputed, total }
    }

    fn declared(tally: Tally) -> Self {
        Self::new(Listed { tally, ..Listed::default() })
    }

    /// What a vote's headline figures are: its complete count, else its announced
    /// result (a partial record's named states are not a count), else nothing.
    fn shown(count: Count) -> Self {
        match count {
            Count::Complete(counted) => Self::new(counted.listed()),
            Count::Partial { declared, named } => {
                Self::new(Listed { tally: declared, absent: named.absent, ..Listed::default() })
            }
            Count::Unknown => Self::new(Listed::default()),
        }
    }
}

/// How much of a partial record names: states named, and those the result counts that are not.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct PartialView {
    pub named: u32,
    pub not_named: u32,
}

/// A vote's outcome as shown: the stated one, else the one its figures give.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeView {
    pub key: &'static str,
    pub label: String,
    /// Whether a source states it; otherwise it follows from the figures.
    pub stated: bool,
    /// The outcome the figures give instead, when they contradict the stated one.
    pub contradicted: Option<&'static str>,
}

impl OutcomeView {
    fn new(verdict: Verdict, locale: Locale<'_>) -> Option<Self> {
        let shown = verdict.shown()?;
        Some(Self {
            key: shown.key(),
            label: locale.text(&format!("outcome-{}", shown.key())),
            stated: verdict.stated.is_some(),
            contradicted: verdict.derived.filter(|_| verdict.contradicted()).map(Outcome::key),
        })
    }
}

/// One segment of the result bar, in units of states.
#[derive(Debug, Serialize)]
pub struct BarSegment {
    pub key: &'static str,
    pub label: String,
    pub count: u16,
    pub x: u32,
}

/// A state in one of the component's lists of states.
#[derive(Debug, Serialize)]
pub struct ListedState {
    pub name: String,
    /// The state's page; `None` for a name the registry does not know.
    pub url: Option<String>,
    /// For a state the sources disagree on: each position they give it, with them.
    pub positions: Vec<GivenPosition>,
}

/// A position the sources give a state they disagree on, in the list of such states.
#[derive(Debug, Serialize)]
pub struct GivenPosition {
    #[serde(flatten)]
    pub given: DisputedPosition,
    /// How many states of this position's list come before it by name: where its row
    /// goes in the table of all states, which the page's script builds from the lists
    /// (a browser cannot order names as the lists are ordered, in every language).
    pub at: usize,
}

/// The states of one position, as the UN's sheet lists them under "In favour (23)".
#[derive(Debug, Serialize)]
pub struct PositionList {
    pub key: &'static str,
    pub label: String,
    /// How many states the vote has at this position: its announced figure for a partial record.
    pub count: u32,
    pub states: Vec<ListedState>,
    /// How many of `count` no source names.
    pub not_named: u32,
}

/// Everything the vote component (`vote.html`) shows.
#[derive(Debug, Serialize)]
pub struct VoteView {
    pub anchor: String,
    pub url: String,
    pub symbol: Option<String>,
    pub symbol_url: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub session: Option<SessionLink>,
    pub declared: Option<TallyView>,
    /// The count from the listed states, when they are all the states the vote counts.
    pub counted: Option<TallyView>,
    pub has_breakdown: bool,
    /// What the bar and headline figures show: the count when it is complete, else the announced result.
    pub shown: TallyView,
    pub partial: Option<PartialView>,
    pub outcome: Option<OutcomeView>,
    pub bar: Vec<BarSegment>,
    /// The states by position: in favour, against and abstained always, then the absent
    /// and those with no recorded vote when there are any.
    pub lists: Vec<PositionList>,
    /// The states the sources disagree on, each with the position each source gives it.
    pub disputed: Vec<ListedState>,
    /// Its discrepancies, in the page's language.
    pub notes: Vec<String>,
    pub recorded_in: Link,
    /// The documents recording it, each linking to the vote on its page.
    pub sources: Vec<Link>,
    /// Whether it is shown on a page that does not record it.
    pub elsewhere: bool,
    /// Heading level of the component's title.
    pub level: u8,
    /// Heading level of its lists' titles.
    pub list_level: u8,
}

/// A line in a list of votes.
#[derive(Debug, Clone, Serialize)]
pub struct VoteSummary {
    pub url: String,
    pub symbol: Option<String>,
    pub title: Option<String>,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub session: Option<SessionLink>,
    pub shown: TallyView,
    /// Whether `shown` is a result: a complete count or an announced result.
    pub has_result: bool,
    pub has_breakdown: bool,
    /// Known by its announced result alone.
    pub declared_only: bool,
    /// For a partial record, how many states its result counts that no source names.
    pub not_named: Option<u32>,
    pub outcome: Option<OutcomeView>,
    pub notes: usize,
    pub recorded_in: Link,
    pub sources: Vec<Link>,
}

#[derive(Debug, Serialize)]
pub struct StateVoteRow {
    pub vote: VoteSummary,
    pub position: &'static str,
    pub label: String,
    /// When the sources disagree on the state: each position they give it, with them.
    pub disputed: Vec<DisputedPosition>,
    pub discussed_in: Vec<Link>,
}

#[derive(Debug, Serialize)]
pub struct DisputedPosition {
    pub position: &'static str,
    pub label: String,
    pub sources: Vec<Link>,
}

#[derive(Debug, Serialize)]
pub struct StateSummary {
    pub name: String,
    pub iso3: String,
    pub url: String,
    /// Its recorded votes: those on which the records give it a position, "No recorded
    /// vote" being none.
    pub count: usize,
    /// The votes whose sheet shows it with no recorded vote, which its page lists too.
    pub not_recorded: usize,
}

pub struct VoteViews<'a> {
    pub archive: &'a Archive,
    pub votes: &'a VoteIndex,
    pub states: &'a States,
    pub urls: &'a Urls,
    pub translations: &'a Translations,
}

/// The message naming `position`: "In favour".
pub(super) fn position_key(position: Position) -> String {
    format!("position-{}", position.key())
}

impl VoteViews<'_> {
    fn doc_link(&self, doc: DocId) -> Link {
        let doc = &self.archive.documents[doc];
        Link { name: doc.title.clone(), url: self.urls.document(doc) }
    }

    /// Where `recording` shows its vote: the document's title, linking to the vote on its page.
    fn source_link(&self, recording: &Recording) -> Link {
        let doc = &self.archive.documents[recording.doc];
        Link { name: doc.title.clone(), url: format!("{}#{}", self.urls.document(doc), recording.anchor) }
    }

    /// The links of the sources in `set`, of vote `vote`.
    fn source_links(&self, vote: &Vote, set: SourceSet) -> Vec<Link> {
        set.iter().filter_map(|index| vote.sources.get(index)).map(|source| self.source_link(source)).collect()
    }

    pub fn state_url(&self, state: StateId) -> String {
        self.urls.state(self.archive, state)
    }

    /// The state of `ballot` by its name in `locale`'s language, or as printed.
    fn ballot_name(&self, ballot: &Ballot, locale: &Locale<'_>) -> String {
        ballot.state.map_or_else(|| ballot.printed.clone(), |s| self.states.name_in(s, locale.lang).to_owned())
    }

    /// The words of the site's own pages.
    fn site_locale(&self) -> Locale<'_> {
        self.translations.locale(self.archive.language)
    }

    /// The component for vote `id`, shown on document `shown_on`'s page under a heading of `level`.
    pub fn component(&self, id: VoteId, level: u8, shown_on: DocId) -> VoteView {
        let locale = self.translations.locale(self.archive.language_of(shown_on));
        let vote = &self.votes.votes[id];
        let count = vote.count();
        let shown = TallyView::shown(count);
        let mut x = 0;
        let bar = Position::ALL
            .iter()
            .map(|position| position.key())
            .zip([shown.yes, shown.no, shown.abstain, shown.absent, shown.not_recorded])
            .chain([("disputed", shown.disputed)])
            .filter(|(_, count)| *count > 0)
            .map(|(key, count)| {
                let segment = BarSegment { key, label: locale.text(&format!("position-{key}")), count, x };
                x += u32::from(count);
                segment
            })
            .collect();
        let (lists, disputed) = self.lists(vote, shown, &locale);
        let summary = self.summary(id);
        let recording = vote.recording_in(shown_on);
        VoteView {
            anchor: recording.map_or(vote.anchor(), |recording| recording.anchor.as_str()).to_owned(),
            url: summary.url,
            symbol: summary.symbol,
            symbol_url: vote.on.as_ref().map(|on| self.urls.symbol_link(self.archive, on).url),
            title: vote.title.clone(),
            date: vote.date.map(|d| locale.date(d)),
            date_iso: vote.date.map(|d| d.iso()),
            session: summary.session,
            declared: vote.declared.map(TallyView::declared),
            counted: vote.counted().map(|counted| TallyView::new(counted.listed())),
            has_breakdown: vote.has_breakdown(),
            shown,
            partial: partial(count),
            outcome: OutcomeView::new(vote.verdict(), locale),
            bar,
            lists,
            disputed,
            notes: {
                let naming = Naming { archive: self.archive, states: self.states, locale };
                vote.notes.iter().map(|note| naming.word(note)).collect()
            },
            recorded_in: summary.recorded_in,
            sources: summary.sources,
            elsewhere: recording.is_none(),
            level,
            list_level: (level + 1).min(6),
        }
    }

    /// Vote `vote`'s states by position, with `shown` its headline figures, and the
    /// states its sources disagree on.
    fn lists(&self, vote: &Vote, shown: TallyView, locale: &Locale<'_>) -> (Vec<PositionList>, Vec<ListedState>) {
        if !vote.has_breakdown() {
            return (Vec::new(), Vec::new());
        }
        let listed = |ballot: &Ballot, positions| ListedState {
            name: self.ballot_name(ballot, locale),
            url: ballot.state.map(|s| self.state_url(s)),
            positions,
        };
        // Each position's undisputed states with the key that orders them by name, which
        // also places a disputed state's row among them.
        let by_position: Vec<Vec<(String, ListedState)>> = Position::ALL
            .iter()
            .map(|&position| {
                let mut states: Vec<(String, ListedState)> = vote
                    .ballots
                    .iter()
                    .filter(|ballot| !ballot.disputed && ballot.position == position)
                    .map(|ballot| listed(ballot, Vec::new()))
                    .map(|state| (normalise_state_name(&state.name), state))
                    .collect();
                states.sort_by(|a, b| a.0.cmp(&b.0));
                states
            })
            .collect();
        // A disputed state is listed once, under none of the positions the sources give it.
        let mut disputed: Vec<ListedState> = Vec::new();
        let mut ballots: Vec<&Ballot> = vote.ballots.iter().filter(|ballot| ballot.disputed).collect();
        ballots.sort_by_key(|ballot| ballot.position);
        for ballot in ballots {
            let name = self.ballot_name(ballot, locale);
            let key = normalise_state_name(&name);
            let each = GivenPosition {
                given: DisputedPosition {
                    position: ballot.position.key(),
                    label: locale.text(&position_key(ballot.position)),
                    sources: self.source_links(vote, ballot.sources),
                },
                at: by_position[ballot.position.index()].partition_point(|(other, _)| *other <= key),
            };
            match disputed.iter_mut().find(|state| state.name == name) {
                Some(state) => state.positions.push(each),
                None => disputed.push(listed(ballot, vec![each])),
            }
        }
        let figures = [shown.yes, shown.no, shown.abstain, shown.absent, shown.not_recorded];
        let lists = Position::ALL
            .iter()
            .zip(figures)
            .zip(by_position)
            .filter_map(|((&position, figure), states)| {
                let named = u32::try_from(states.len()).unwrap_or(u32::MAX);
                let count = u32::from(figure).max(named);
                // The sheet prints the three voting positions even when nobody took one.
                let always = matches!(position, Position::Yes | Position::No | Position::Abstain);
                (always || count > 0).then(|| PositionList {
                    key: position.key(),
                    label: locale.text(&position_key(position)),
                    count,
                    states: states.into_iter().map(|(_, state)| state).collect(),
                    not_named: count - named,
                })
            })
            .collect();
        disputed.sort_by_cached_key(|state| normalise_state_name(&state.name));
        (lists, disputed)
    }

    pub fn summary(&self, id: VoteId) -> VoteSummary {
        let vote = &self.votes.votes[id];
        let doc = &self.archive.documents[vote.doc()];
        let count = vote.count();
        VoteSummary {
            url: format!("{}#{}", self.urls.document(doc), vote.anchor()),
            symbol: vote.on.as_ref().map(ToString::to_string),
            title: vote.title.clone(),
            // The vote's own date only: its document's would be invented for it.
            date: vote.date.map(|date| self.site_locale().date(date)),
            date_iso: vote.date.map(PartialDate::iso),
            session: listed_session(self.archive, vote).map(|s| self.urls.session_link(self.archive, s)),
            shown: TallyView::shown(count),
            has_result: count != Count::Unknown,
            has_breakdown: vote.has_breakdown(),
            declared_only: !vote.has_breakdown() && vote.declared.is_some(),
            not_named: count.not_named().filter(|_| vote.has_breakdown()),
            outcome: OutcomeView::new(vote.verdict(), self.site_locale()),
            notes: vote.notes.len(),
            recorded_in: self.doc_link(vote.doc()),
            sources: vote.sources.iter().map(|source| self.source_link(source)).collect(),
        }
    }

    pub fn state_summary(&self, id: StateId) -> StateSummary {
        let history = &self.votes.by_state[id.index()];
        let not_recorded = history.iter().filter(|(_, cast)| *cast == Cast::Agreed(Position::NotRecorded)).count();
        StateSummary {
            name: self.states.name_in(id, self.archive.language).to_owned(),
            iso3: self.states.iso3(id).to_owned(),
            url: self.state_url(id),
            count: history.len() - not_recorded,
            not_recorded,
        }
    }

    /// Vote `vote` as a row of the history of `state`, which cast `cast` on it.
    pub fn state_row(&self, vote: VoteId, state: StateId, cast: Cast) -> StateVoteRow {
        let locale = self.site_locale();
        let (position, label, disputed) = match cast {
            Cast::Agreed(position) => (position.key(), locale.text(&position_key(position)), Vec::new()),
            Cast::Disputed => {
                let each = self.votes.votes[vote]
                    .ballots
                    .iter()
                    .filter(|ballot| ballot.state == Some(state))
                    .map(|ballot| DisputedPosition {
                        position: ballot.position.key(),
                        label: locale.text(&position_key(ballot.position)),
                        sources: self.source_links(&self.votes.votes[vote], ballot.sources),
                    })
                    .collect();
                ("disputed", locale.text("position-disputed"), each)
            }
        };
        StateVoteRow {
            vote: self.summary(vote),
            position,
            label,
            disputed,
            // The vote's own link opens the document that records it: the column names the
            // others, which on 47 state pages would otherwise repeat that title 47 times.
            discussed_in: self.votes.discussed_in[vote]
                .iter()
                .filter(|&&doc| doc != self.votes.votes[vote].doc())
                .map(|&doc| self.doc_link(doc))
                .collect(),
        }
    }
}

fn partial(count: Count) -> Option<PartialView> {
    let Count::Partial { named, .. } = count else { return None };
    Some(PartialView { named: named.voting(), not_named: count.not_named().unwrap_or_default() })
}

/// Each vote's row in a state's voting history, rendered once for each position a state
/// took on it: every state that voted prints the same row but for its position, so 500
/// votes make 23,500 rows of 47 state pages and at most 2,000 renders.
#[derive(Debug, Default)]
pub struct StateRows(Vec<[RenderedOnce; Position::ALL.len()]>);

impl StateRows {
    pub fn new(votes: usize) -> Self {
        Self(std::iter::repeat_with(Default::default).take(votes).collect())
    }

    pub fn get(&self, vote: VoteId, position: Position) -> &RenderedOnce {
        &self.0[vote.index()][position.index()]
    }
}
