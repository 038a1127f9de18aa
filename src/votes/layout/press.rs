//! The UN press release: `In favour (23): Angola, …, and Viet Nam. Against (16): …
//! Abstentions (8): …`, with `Abstaining (8):` or `Absent (1):`, and the count after the
//! colon with the list in brackets: `In favour: 29 (Angola, …)`.

use std::collections::HashMap;

use super::labels::{Label, bracketed_count, heading, number, starts};

/// Every label of a press release in `text`: a heading, a count in brackets or none, a colon.
pub(super) fn labels(text: &str) -> Vec<Label> {
    let closes = brackets(text);
    let mut labels: Vec<Label> = Vec::new();
    for start in starts(text) {
        if labels.last().and_then(|label| label.close).is_some_and(|close| start < close) {
            continue; // within the bracketed list of the label before
        }
        let Some((position, length)) = heading(&text[start..]) else { continue };
        let mut at = start + length;
        let mut count = None;
        if let Some((value, digits, after)) = bracketed_count(&text[at..]) {
            count = Some((value, at + digits.start));
            at += after;
        }
        let colon = skip_spaces(text, at);
        if !text[colon..].starts_with(':') {
            continue;
        }
        at = colon + 1;
        let mut close = None;
        if count.is_none()
            && let Some((value, digits)) = number(text, skip_spaces(text, at))
        {
            count = Some((value, digits.start));
            at = digits.end;
            let open = skip_spaces(text, at);
            if text[open..].starts_with('(') {
                at = open + 1;
                close = closes.get(&open).copied();
            }
        }
        labels.push(Label { position, count, start, end: at, close });
    }
    labels
}

fn skip_spaces(text: &str, at: usize) -> usize {
    text.len() - text[at..].trim_start().len()
}

/// Each opening bracket's closing one, by byte offset; a paste that lost one leaves its
/// list to run to the next label. Found in one pass, however many labels open one.
fn brackets(text: &str) -> HashMap<usize, usize> {
    let mut open = Vec::new();
    let mut closes = HashMap::new();
    for (at, c) in text.char_indices() {
        match c {
            '(' => open.push(at),
            ')' => {
                if let Some(start) = open.pop() {
                    closes.insert(start, at);
                }
            }
            _ => {}
        }
    }
    closes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::votes::Position;

    #[test]
    fn both_forms_of_count_are_read() {
        let text = "In favour (2): Fiji and Peru.\nAgainst: 1 (Venezuela (Bolivarian Republic of)). Abstentions: none";
        let labels = labels(text);
        let summary: Vec<_> = labels.iter().map(|l| (l.position, l.count.map(|(n, _)| n), &text[l.end..])).collect();
        assert_eq!(
            summary[0],
            (
                Position::Yes,
                Some(2),
                " Fiji and Peru.\nAgainst: 1 (Venezuela (Bolivarian Republic of)). Abstentions: none"
            )
        );
        assert_eq!((summary[1].0, summary[1].1), (Position::No, Some(1)));
        assert_eq!(&text[labels[1].end..labels[1].close.unwrap()], "Venezuela (Bolivarian Republic of)");
        assert_eq!((summary[2].0, summary[2].1, summary[2].2), (Position::Abstain, None, " none"));
    }
}
