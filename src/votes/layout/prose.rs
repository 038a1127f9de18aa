//! Prose rolls: `Voting YES were: A, B, and C.` / `Voting NO were: …` /
//! `ABSTAINING were: …` / `ABSENT were: …`.

use super::labels::{Label, phrase, starts};
use crate::votes::Position;

const SUBJECTS: &[(&str, Position)] = &[
    ("voting yes", Position::Yes),
    ("voting in favour", Position::Yes),
    ("voting in favor", Position::Yes),
    ("voting no", Position::No),
    ("voting against", Position::No),
    ("abstaining", Position::Abstain),
    ("absent", Position::Absent),
];

/// Every `… were:` (or `… was:`, for one state) in `text`.
pub(super) fn labels(text: &str) -> Vec<Label> {
    starts(text)
        .filter_map(|start| {
            let rest = &text[start..];
            let (position, subject) =
                SUBJECTS.iter().find_map(|(words, position)| Some((*position, phrase(rest, words)?)))?;
            let verb_at = subject + (rest[subject..].len() - rest[subject..].trim_start().len());
            let verb = phrase(&rest[verb_at..], "were").or_else(|| phrase(&rest[verb_at..], "was"))?;
            let colon = verb_at + verb + (rest[verb_at + verb..].len() - rest[verb_at + verb..].trim_start().len());
            rest[colon..].starts_with(':').then(|| Label {
                position,
                count: None,
                start,
                end: start + colon + 1,
                close: None,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_roll_is_found_in_any_case() {
        let text =
            "Voting YES were: Fiji, Peru, and Chile. voting no were:\nIndia. ABSTAINING WERE: Nepal.\nAbsent was: Togo";
        let found: Vec<_> = labels(text)
            .iter()
            .map(|l| (l.position, text[l.end..].split('.').next().unwrap_or_default().trim().to_owned()))
            .collect();
        assert_eq!(
            found,
            [
                (Position::Yes, "Fiji, Peru, and Chile".to_owned()),
                (Position::No, "India".to_owned()),
                (Position::Abstain, "Nepal".to_owned()),
                (Position::Absent, "Togo".to_owned()),
            ]
        );
        assert!(labels("Voting YES: Fiji").is_empty());
    }
}
