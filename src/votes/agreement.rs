//! Which states vote alike. Two states' agreement is the share of their shared votes
//! (the votes on which both cast a vote: in favour, against or abstaining) on which they
//! cast the same one. Absent, no recorded vote and a position the sources dispute are
//! not votes cast, so they are not shared.
//!
//! Worked out once per site: each state's votes are three bit sets over the votes (in
//! favour, against, abstaining), so a pair of states costs a few popcounts per 64
//! votes. 195 states and 10,000 votes take some twenty million word operations.

use std::cmp::Ordering;

use super::Position;
use super::index::{PerVote, Vote};
use crate::registry::StateId;

/// Fewer shared votes than this say too little to compare two states.
pub const MIN_SHARED: u32 = 5;

/// How many states each of "votes most like" and "votes least like" lists.
pub const LISTED: usize = 5;

/// Another state's agreement with a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Agreement {
    pub state: StateId,
    /// Votes on which both cast a vote.
    pub shared: u32,
    /// Of those, the votes on which they cast the same one.
    pub same: u32,
}

impl Agreement {
    /// The share of shared votes cast the same way, in whole per cent: rounded, but
    /// never to 100 when they differed once or to 0 when they agreed once.
    pub fn percent(self) -> u32 {
        if self.shared == 0 {
            return 0;
        }
        let rounded = (self.same * 200 + self.shared) / (2 * self.shared);
        match self.same {
            0 => 0,
            same if same == self.shared => 100,
            _ => rounded.clamp(1, 99),
        }
    }

    /// Higher agreement first; the same share over more votes first.
    fn closer(&self, other: &Self) -> Ordering {
        let (a, b) = (u64::from(self.same) * u64::from(other.shared), u64::from(other.same) * u64::from(self.shared));
        b.cmp(&a).then(other.shared.cmp(&self.shared)).then(self.state.cmp(&other.state))
    }

    /// Lower agreement first; the same share over more votes first.
    fn further(&self, other: &Self) -> Ordering {
        let (a, b) = (u64::from(self.same) * u64::from(other.shared), u64::from(other.same) * u64::from(self.shared));
        a.cmp(&b).then(other.shared.cmp(&self.shared)).then(self.state.cmp(&other.state))
    }
}

/// The states a state votes most and least like, each list closest or furthest first;
/// no state is in both.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Likeness {
    pub most: Vec<Agreement>,
    pub least: Vec<Agreement>,
}

/// A state's votes cast, one bit per vote for each of in favour, against, abstaining.
struct Cast {
    by_position: [Vec<u64>; 3],
    any: Vec<u64>,
}

/// For each state of the registry (`states` of them), the states it votes most and least like.
pub fn likeness(votes: &PerVote<Vote>, states: usize) -> Vec<Likeness> {
    let words = votes.len().div_ceil(64);
    let mut cast: Vec<Option<Cast>> = std::iter::repeat_with(|| None).take(states).collect();
    let mut ballots: Vec<(StateId, usize)> = Vec::new();
    for (at, vote) in votes.iter().enumerate() {
        ballots.clear();
        ballots.extend(vote.ballots.iter().filter(|ballot| !ballot.disputed).filter_map(|ballot| {
            let state = ballot.state?;
            let position = match ballot.position {
                Position::Yes => 0,
                Position::No => 1,
                Position::Abstain => 2,
                Position::Absent | Position::NotRecorded => return None,
            };
            Some((state, position))
        }));
        ballots.sort_unstable();
        ballots.dedup();
        for (i, &(state, position)) in ballots.iter().enumerate() {
            // A state a record lists at two positions has cast no vote it can be compared on.
            let twice = |other: Option<&(StateId, usize)>| other.is_some_and(|(other, _)| *other == state);
            if twice(i.checked_sub(1).and_then(|before| ballots.get(before))) || twice(ballots.get(i + 1)) {
                continue;
            }
            let Some(slot) = cast.get_mut(state.index()) else { continue };
            let bits = slot.get_or_insert_with(|| Cast {
                by_position: std::array::from_fn(|_| vec![0; words]),
                any: vec![0; words],
            });
            bits.by_position[position][at / 64] |= 1 << (at % 64);
            bits.any[at / 64] |= 1 << (at % 64);
        }
    }

    let voting: Vec<(StateId, &Cast)> = cast
        .iter()
        .enumerate()
        .filter_map(|(index, bits)| Some((StateId::from_index(index)?, bits.as_ref()?)))
        .collect();
    let mut compared: Vec<Vec<Agreement>> = vec![Vec::new(); states];
    for (i, &(a, a_cast)) in voting.iter().enumerate() {
        for &(b, b_cast) in &voting[i + 1..] {
            let shared = and_count(&a_cast.any, &b_cast.any);
            if shared < MIN_SHARED {
                continue;
            }
            let same = (0..3).map(|p| and_count(&a_cast.by_position[p], &b_cast.by_position[p])).sum();
            compared[a.index()].push(Agreement { state: b, shared, same });
            compared[b.index()].push(Agreement { state: a, shared, same });
        }
    }
    compared
        .into_iter()
        .map(|mut others| {
            others.sort_unstable_by(Agreement::closer);
            let most: Vec<Agreement> = others.iter().take(LISTED).copied().collect();
            let mut rest = others.split_off(most.len());
            rest.sort_unstable_by(Agreement::further);
            rest.truncate(LISTED);
            Likeness { most, least: rest }
        })
        .collect()
}

/// How many bits `a` and `b` both have.
fn and_count(a: &[u64], b: &[u64]) -> u32 {
    a.iter().zip(b).map(|(a, b)| (a & b).count_ones()).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_share_is_rounded_but_never_to_all_or_none() {
        let at = |same, shared| Agreement { state: StateId::from_index(0).unwrap(), shared, same }.percent();
        assert_eq!(at(3, 4), 75);
        assert_eq!(at(2, 3), 67);
        assert_eq!(at(5, 5), 100);
        assert_eq!(at(0, 5), 0);
        assert_eq!(at(399, 400), 99, "one difference is not full agreement");
        assert_eq!(at(1, 400), 1, "one agreement is not none");
    }
}
