//! Headed lists: a line `In favour (20)` (or `Yes`, `Against`, `No`, `Abstentions`,
//! `Abstained`, `Absent`, with or without a count or a colon), then the states one a
//! line, numbered, bulleted or bare.

use super::Roll;
use super::labels::{Label, bracketed_count, heading, number};

/// The headings, when the roll's first line is one.
pub(super) fn labels(roll: &Roll) -> Option<Vec<Label>> {
    let text = roll.text();
    let mut labels = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        let label = heading_line(text, start, start + line.trim().len());
        if labels.is_empty() && label.is_none() {
            return None;
        }
        labels.extend(label);
    }
    (!labels.is_empty()).then_some(labels)
}

/// The line from `start` to `end` as a heading alone: `In favour (20)`, `Against: 16`, `Yes`.
fn heading_line(text: &str, start: usize, end: usize) -> Option<Label> {
    let line = &text[start..end];
    let (position, length) = heading(line)?;
    let mut at = length;
    let mut count = None;
    if let Some((value, digits, after)) = bracketed_count(&line[at..]) {
        count = Some((value, start + at + digits.start));
        at += after;
    }
    let rest = line[at..].trim_start();
    let colon = rest.starts_with(':');
    let rest = rest.trim_start_matches(':').trim_start();
    at = line.len() - rest.len();
    if count.is_none()
        && let Some((value, digits)) = number(line, at)
    {
        count = Some((value, start + digits.start));
        let rest = line[digits.end..].trim();
        // "Against: 16" or "In favour 20", and the colon may follow the count.
        return (rest.is_empty() || (rest == ":" && !colon)).then_some(Label {
            position,
            count,
            start,
            end,
            close: None,
        });
    }
    rest.is_empty().then_some(Label { position, count, start, end, close: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::votes::Position;

    fn headings(lines: &[&str]) -> Option<Vec<(Position, Option<u16>)>> {
        let roll = Roll::new(lines, 1);
        labels(&roll).map(|labels| labels.iter().map(|l| (l.position, l.count.map(|(n, _)| n))).collect())
    }

    #[test]
    fn headings_alone_on_their_lines() {
        assert_eq!(
            headings(&["IN FAVOUR (2)", "1. Fiji", "2. Peru", "Against: 1", "- Chile", "Abstained", "Nepal", "No 0"]),
            Some(vec![
                (Position::Yes, Some(2)),
                (Position::No, Some(1)),
                (Position::Abstain, None),
                (Position::No, Some(0))
            ])
        );
        assert_eq!(headings(&["", "Yes:", "Fiji"]), Some(vec![(Position::Yes, None)]));
        assert_eq!(headings(&["The vote was as follows.", "Yes", "Fiji"]), None);
        assert_eq!(headings(&["In favour (2): Fiji, Peru"]), None);
    }
}
