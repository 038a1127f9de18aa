//! Views of states' records: the index grouped by regional group, and a state page's
//! picture of its record (positions by session) and the states it votes most and least like.

use serde::Serialize;

use super::votes::{StateSummary, VoteViews};
use crate::model::SessionId;
use crate::registry::{RegionalGroup, StateId};
use crate::routes::SessionLink;
use crate::votes::agreement::{Agreement, MIN_SHARED};
use crate::votes::index::listed_session;
use crate::votes::{Cast, Position};

/// The states of one regional group on the states index.
#[derive(Debug, Serialize)]
pub struct StateGroup {
    /// The group's message key: `group-african`, …, `group-none` for the states in none.
    pub key: String,
    pub states: Vec<StateSummary>,
}

/// One position in a state's record by session: its figure, and where its part of the
/// bar starts and how long it is, in per cent of the longest session's bar.
#[derive(Debug, Serialize)]
pub struct RecordSegment {
    pub key: &'static str,
    pub count: u32,
    pub start: String,
    pub length: String,
}

/// A state's positions in the votes of one session (or of none).
#[derive(Debug, Serialize)]
pub struct SessionRecord {
    /// `None` for votes listed under no session.
    pub session: Option<SessionLink>,
    /// The figures in the order of [`RecordView::keys`].
    pub counts: Vec<u32>,
    pub total: u32,
    /// The bar's segments, those with a figure only.
    pub segments: Vec<RecordSegment>,
}

/// A state's record by session, for the chart and the table that repeats its figures.
#[derive(Debug, Serialize)]
pub struct RecordView {
    /// The positions shown: the five, and "disputed" when the sources dispute one.
    pub keys: Vec<&'static str>,
    /// In the order of the state's history: newest first.
    pub sessions: Vec<SessionRecord>,
    pub totals: Vec<u32>,
    pub total: u32,
}

/// Another state and how often it votes as this one does.
#[derive(Debug, Serialize)]
pub struct AgreementView {
    pub name: String,
    pub url: String,
    pub percent: u32,
    pub shared: u32,
    pub same: u32,
}

/// The states a state votes most and least like.
#[derive(Debug, Serialize)]
pub struct LikenessView {
    pub most: Vec<AgreementView>,
    pub least: Vec<AgreementView>,
    /// Fewer shared votes than this and two states are not compared.
    pub min_shared: u32,
}

/// Where each position's figure is in a record's figures; disputed after the five.
fn slot(cast: Cast) -> usize {
    match cast {
        Cast::Agreed(position) => position.index(),
        Cast::Disputed => Position::ALL.len(),
    }
}

impl VoteViews<'_> {
    /// The states that appear in at least one vote, by regional group in the UN's order,
    /// each group's by name; then those in none.
    pub fn state_groups(&self) -> Vec<StateGroup> {
        let mut groups: Vec<(Option<RegionalGroup>, Vec<StateSummary>)> = Vec::new();
        for (index, history) in self.votes.by_state.iter().enumerate() {
            let Some(id) = self.states.id_at(index).filter(|_| !history.is_empty()) else { continue };
            let group = self.states.group(id);
            let summary = self.state_summary(id);
            match groups.iter_mut().find(|(g, _)| *g == group) {
                Some((_, states)) => states.push(summary),
                None => groups.push((group, vec![summary])),
            }
        }
        // The five groups in the UN's order, then the states in none.
        groups.sort_by_key(|(group, _)| group.map_or(RegionalGroup::ALL.len(), |g| g as usize));
        groups
            .into_iter()
            .map(|(group, mut states)| {
                states.sort_by_cached_key(|state| crate::registry::normalise_state_name(&state.name));
                StateGroup { key: format!("group-{}", group.map_or("none", RegionalGroup::key)), states }
            })
            .collect()
    }

    /// The positions of `state` in each session's votes.
    pub fn state_record(&self, state: StateId) -> RecordView {
        let history = &self.votes.by_state[state.index()];
        let mut keys: Vec<&'static str> = Position::ALL.iter().map(|position| position.key()).collect();
        if history.iter().any(|(_, cast)| *cast == Cast::Disputed) {
            keys.push("disputed");
        }
        let mut by_session: Vec<(Option<&SessionId>, Vec<u32>)> = Vec::new();
        for &(vote, cast) in history {
            let session = listed_session(self.archive, &self.votes.votes[vote]);
            let at = match by_session.iter().position(|(s, _)| *s == session) {
                Some(at) => at,
                None => {
                    by_session.push((session, vec![0; keys.len()]));
                    by_session.len() - 1
                }
            };
            by_session[at].1[slot(cast)] += 1;
        }
        let mut totals = vec![0; keys.len()];
        let scale = by_session.iter().map(|(_, counts)| counts.iter().sum::<u32>()).max().unwrap_or_default().max(1);
        let percent = |count: u32| format!("{:.2}", f64::from(count) * 100.0 / f64::from(scale));
        let sessions: Vec<SessionRecord> = by_session
            .into_iter()
            .map(|(session, counts)| {
                let mut x = 0;
                let segments = keys
                    .iter()
                    .zip(&counts)
                    .filter(|(_, count)| **count > 0)
                    .map(|(&key, &count)| {
                        let segment = RecordSegment { key, count, start: percent(x), length: percent(count) };
                        x += count;
                        segment
                    })
                    .collect();
                for (total, count) in totals.iter_mut().zip(&counts) {
                    *total += count;
                }
                SessionRecord {
                    session: session.map(|s| self.urls.session_link(self.archive, s)),
                    total: counts.iter().sum(),
                    counts,
                    segments,
                }
            })
            .collect();
        RecordView { keys, total: totals.iter().sum(), totals, sessions }
    }

    /// The states `state` votes most and least like.
    pub fn state_likeness(&self, state: StateId) -> LikenessView {
        let view = |agreements: &[Agreement]| {
            agreements
                .iter()
                .map(|agreement| AgreementView {
                    name: self.states.name_in(agreement.state, self.archive.language).to_owned(),
                    url: self.state_url(agreement.state),
                    percent: agreement.percent(),
                    shared: agreement.shared,
                    same: agreement.same,
                })
                .collect()
        };
        let likeness = self.votes.likeness.get(state.index());
        LikenessView {
            most: likeness.map(|l| view(&l.most)).unwrap_or_default(),
            least: likeness.map(|l| view(&l.least)).unwrap_or_default(),
            min_shared: MIN_SHARED,
        }
    }
}
