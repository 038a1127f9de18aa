//! Views of recorded votes: the vote component, the votes index and state pages.

use serde::Serialize;

use super::once::RenderedOnce;
use crate::archive::{Archive, DocId};
use crate::i18n::{Locale, Translations};
use crate::registry::{StateId, States};
use crate::routes::{Link, SessionLink, Urls};
use crate::votes::{Counted, Position, Tally, Vote, VoteId, VoteIndex};

#[derive(Debug, Clone, Copy, Serialize)]
pub struct TallyView {
    pub yes: u16,
    pub no: u16,
    pub abstain: u16,
    pub absent: u16,
    pub not_recorded: u16,
    pub total: u16,
}

impl TallyView {
    fn new(counted: Counted) -> Self {
        let Counted { tally, absent, not_recorded } = counted;
        let total = tally.yes + tally.no + tally.abstain + absent + not_recorded;
        Self { yes: tally.yes, no: tally.no, abstain: tally.abstain, absent, not_recorded, total }
    }

    fn declared(tally: Tally) -> Self {
        Self::new(Counted { tally, ..Counted::default() })
    }
}

/// One segment of the result bar, in units of states.
#[derive(Debug, Serialize)]
pub struct BarSegment {
    pub key: &'static str,
    pub label: String,
    pub count: u16,
    pub x: u16,
}

#[derive(Debug, Serialize)]
pub struct BallotRow {
    pub name: String,
    /// The state's page; `None` for a name the registry does not know.
    pub url: Option<String>,
    pub printed: String,
    pub position: &'static str,
    pub label: String,
    /// Sort rank of the position: in favour, against, abstained, absent, no recorded vote.
    pub order: usize,
}

/// Everything the vote component (`vote.html`) shows.
#[derive(Debug, Serialize)]
pub struct VoteView {
    pub anchor: String,
    pub url: String,
    pub symbol: String,
    pub symbol_url: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub date_iso: Option<String>,
    pub session: Option<SessionLink>,
    pub declared: Option<TallyView>,
    pub counted: TallyView,
    pub has_breakdown: bool,
    /// What the bar and headline figures show: the count when states are listed, else the announced result.
    pub shown: TallyView,
    pub bar: Vec<BarSegment>,
    pub rows: Vec<BallotRow>,
    pub notes: Vec<String>,
    pub recorded_in: Link,
    /// Whether it is shown on another document's page than the one recording it.
    pub elsewhere: bool,
    /// Heading level of the component's title.
    pub level: u8,
}

/// A line in a list of votes.
#[derive(Debug, Clone, Serialize)]
pub struct VoteSummary {
    pub url: String,
    pub symbol: String,
    pub title: Option<String>,
    pub date: String,
    pub date_iso: String,
    pub session: Option<SessionLink>,
    pub shown: TallyView,
    pub has_breakdown: bool,
    pub declared_only: bool,
    pub notes: usize,
    pub recorded_in: Link,
}

#[derive(Debug, Serialize)]
pub struct StateVoteRow {
    pub vote: VoteSummary,
    pub position: &'static str,
    pub label: String,
    pub discussed_in: Vec<Link>,
}

#[derive(Debug, Serialize)]
pub struct StateSummary {
    pub name: String,
    pub iso3: String,
    pub url: String,
    pub count: usize,
}

pub struct VoteViews<'a> {
    pub archive: &'a Archive,
    pub votes: &'a VoteIndex,
    pub states: &'a States,
    pub urls: &'a Urls,
    pub translations: &'a Translations,
}

/// The message naming `position`: "In favour".
fn position_key(position: Position) -> String {
    format!("position-{}", position.key())
}

impl VoteViews<'_> {
    fn doc_link(&self, doc: DocId) -> Link {
        let doc = &self.archive.documents[doc];
        Link { name: doc.title.clone(), url: self.urls.document(doc) }
    }

    pub fn state_url(&self, state: StateId) -> String {
        self.urls.state(self.archive, state)
    }

    fn shown(vote: &Vote) -> TallyView {
        match vote.declared {
            Some(declared) if !vote.has_breakdown() => TallyView::declared(declared),
            _ => TallyView::new(vote.counted()),
        }
    }

    /// The component for vote `id`, shown on document `shown_on`'s page under a heading of `level`.
    /// The words of the site's own pages.
    fn site_locale(&self) -> Locale<'_> {
        self.translations.locale(self.archive.language)
    }

    pub fn component(&self, id: VoteId, level: u8, shown_on: DocId) -> VoteView {
        let locale = self.translations.locale(self.archive.language_of(shown_on));
        let vote = &self.votes.votes[id];
        let shown = Self::shown(vote);
        let mut x = 0;
        let bar = Position::ALL
            .iter()
            .zip([shown.yes, shown.no, shown.abstain, shown.absent, shown.not_recorded])
            .filter(|(_, count)| *count > 0)
            .map(|(position, count)| {
                let segment =
                    BarSegment { key: position.key(), label: locale.text(&position_key(*position)), count, x };
                x += count;
                segment
            })
            .collect();
        let mut rows: Vec<BallotRow> = vote
            .ballots
            .iter()
            .map(|ballot| BallotRow {
                name: ballot
                    .state
                    .map_or_else(|| ballot.printed.clone(), |s| self.states.name_in(s, locale.lang).to_owned()),
                url: ballot.state.map(|s| self.state_url(s)),
                printed: ballot.printed.clone(),
                position: ballot.position.key(),
                label: locale.text(&position_key(ballot.position)),
                order: ballot.position.index(),
            })
            .collect();
        rows.sort_by_cached_key(|row| (row.order, crate::registry::normalise_state_name(&row.name)));
        let summary = self.summary(id);
        VoteView {
            anchor: vote.anchor.clone(),
            url: summary.url,
            symbol: vote.on.to_string(),
            symbol_url: self.urls.symbol_link(self.archive, &vote.on).url,
            title: vote.title.clone(),
            date: vote.date.map(|d| locale.date(d)),
            date_iso: vote.date.map(|d| d.iso()),
            session: summary.session,
            declared: vote.declared.map(TallyView::declared),
            counted: TallyView::new(vote.counted()),
            has_breakdown: vote.has_breakdown(),
            shown,
            bar,
            rows,
            notes: vote.notes.clone(),
            recorded_in: summary.recorded_in,
            elsewhere: vote.doc != shown_on,
            level,
        }
    }

    pub fn summary(&self, id: VoteId) -> VoteSummary {
        let vote = &self.votes.votes[id];
        let doc = &self.archive.documents[vote.doc];
        let date = vote.date.unwrap_or(doc.date);
        VoteSummary {
            url: format!("{}#{}", self.urls.document(doc), vote.anchor),
            symbol: vote.on.to_string(),
            title: vote.title.clone(),
            date: self.site_locale().date(date),
            date_iso: date.iso(),
            session: vote.session.as_ref().or(doc.sessions.first()).map(|s| self.urls.session_link(self.archive, s)),
            shown: Self::shown(vote),
            has_breakdown: vote.has_breakdown(),
            declared_only: !vote.has_breakdown() && vote.declared.is_some(),
            notes: vote.notes.len(),
            recorded_in: self.doc_link(vote.doc),
        }
    }

    pub fn all_summaries(&self) -> Vec<VoteSummary> {
        self.votes.votes.keys().map(|id| self.summary(id)).collect()
    }

    /// States that appear in at least one vote, by name.
    pub fn state_summaries(&self) -> Vec<StateSummary> {
        let mut states: Vec<StateSummary> = self
            .votes
            .by_state
            .iter()
            .enumerate()
            .filter(|(_, votes)| !votes.is_empty())
            .filter_map(|(index, _)| self.states.id_at(index))
            .map(|id| self.state_summary(id))
            .collect();
        states.sort_by(|a, b| {
            crate::registry::normalise_state_name(&a.name).cmp(&crate::registry::normalise_state_name(&b.name))
        });
        states
    }

    pub fn state_summary(&self, id: StateId) -> StateSummary {
        StateSummary {
            name: self.states.name_in(id, self.archive.language).to_owned(),
            iso3: self.states.iso3(id).to_owned(),
            url: self.state_url(id),
            count: self.votes.by_state[id.index()].len(),
        }
    }

    /// Vote `vote` as a row of the history of a state that took `position` on it.
    pub fn state_row(&self, vote: VoteId, position: Position) -> StateVoteRow {
        StateVoteRow {
            vote: self.summary(vote),
            position: position.key(),
            label: self.site_locale().text(&position_key(position)),
            discussed_in: self.votes.discussed_in[vote].iter().map(|&doc| self.doc_link(doc)).collect(),
        }
    }
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
