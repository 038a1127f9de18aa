//! A printed name read as the states it names: one ("Bosnia and Herzegovina"), several
//! joined by "and" where a list ends ("Brazil and Chile"), or several run together where
//! a paste lost a comma ("Libya Peru"). Only names the registry knows are ever split out.

use std::ops::Range;

use crate::registry::{StateId, States};

/// Longer runs of words are not tried: no list item of a real roll comes near it.
const MOST_WORDS: usize = 24;

#[derive(Debug, PartialEq, Eq)]
pub enum Reading {
    One(StateId),
    /// `run_together` when some were not separated by "and".
    Several {
        states: Vec<(Range<usize>, StateId)>,
        run_together: bool,
    },
    Unknown,
}

/// States, each with its byte range in the printed name.
type Parts = Vec<(Range<usize>, StateId)>;

/// "and" between the last two names of a list, in English, French ("et") or Spanish
/// ("y", and "e" before a name starting with an i sound: "Gran Bretaña e Irlanda").
pub fn is_conjunction(word: &str) -> bool {
    ["and", "&", "et", "y", "e"].iter().any(|and| word.eq_ignore_ascii_case(and))
}

pub fn read(printed: &str, states: &States) -> Reading {
    if let Some(id) = states.lookup(printed) {
        return Reading::One(id);
    }
    let words: Vec<Range<usize>> = printed
        .split_whitespace()
        .map(|word| {
            let start = word.as_ptr() as usize - printed.as_ptr() as usize;
            start..start + word.len()
        })
        .collect();
    if words.len() < 2 || words.len() > MOST_WORDS {
        return Reading::Unknown;
    }
    let is_and = |index: usize| words.get(index).is_some_and(|w| is_conjunction(&printed[w.clone()]));
    // best[i]: the reading of words[i..] with the fewest names run together, then the fewest states.
    let mut best: Vec<Option<(usize, Parts)>> = vec![None; words.len() + 1];
    best[words.len()] = Some((0, Vec::new()));
    for start in (0..words.len()).rev() {
        for end in start + 1..=words.len() {
            let span = words[start].start..words[end - 1].end;
            let Some(id) = states.lookup(&printed[span.clone()]) else { continue };
            let mut candidates = Vec::new();
            if end == words.len() {
                candidates.push((0, Vec::new()));
            } else {
                if is_and(end) && end + 1 < words.len() {
                    candidates.extend(best[end + 1].clone());
                }
                candidates.extend(best[end].clone().map(|(run_together, rest)| (run_together + 1, rest)));
            }
            for (run_together, rest) in candidates {
                let better = best[start]
                    .as_ref()
                    .is_none_or(|(known, states)| (run_together, rest.len() + 1) < (*known, states.len()));
                if better {
                    let mut states = vec![(span.clone(), id)];
                    states.extend(rest);
                    best[start] = Some((run_together, states));
                }
            }
        }
    }
    match best.swap_remove(0) {
        Some((run_together, states)) => Reading::Several { states, run_together: run_together > 0 },
        None => Reading::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(printed: &str) -> (Vec<&str>, bool) {
        let states = States::builtin();
        match read(printed, &states) {
            Reading::One(_) => (vec![printed], false),
            Reading::Several { states, run_together } => {
                (states.into_iter().map(|(range, _)| &printed[range]).collect(), run_together)
            }
            Reading::Unknown => (Vec::new(), false),
        }
    }

    #[test]
    fn and_joins_two_states_or_belongs_to_one() {
        assert_eq!(names("Bosnia and Herzegovina"), (vec!["Bosnia and Herzegovina"], false));
        assert_eq!(names("Brazil and Chile"), (vec!["Brazil", "Chile"], false));
        assert_eq!(
            names("Trinidad and Tobago and Venezuela (Bolivarian Republic of)"),
            (vec!["Trinidad and Tobago", "Venezuela (Bolivarian Republic of)"], false)
        );
        assert_eq!(
            names("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND AND URUGUAY"),
            (vec!["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "URUGUAY"], false)
        );
        assert_eq!(
            names("Trinité-et-Tobago et Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"),
            (vec!["Trinité-et-Tobago", "Royaume-Uni de Grande-Bretagne et d’Irlande du Nord"], false)
        );
        assert_eq!(names("Chile y Bosnia y Herzegovina"), (vec!["Chile", "Bosnia y Herzegovina"], false));
        assert_eq!(
            names("Reino Unido de Gran Bretaña e Irlanda del Norte y Uruguay"),
            (vec!["Reino Unido de Gran Bretaña e Irlanda del Norte", "Uruguay"], false)
        );
    }

    #[test]
    fn known_names_run_together_are_split_and_said_to_be() {
        assert_eq!(names("Libya Peru"), (vec!["Libya", "Peru"], true));
        assert_eq!(names("Saint Lucia Sudan"), (vec!["Saint Lucia", "Sudan"], true));
        assert_eq!(names("Libya Atlantis"), (vec![], false), "an unknown part leaves the whole unknown");
        assert_eq!(names("Atlantis"), (vec![], false));
    }
}
