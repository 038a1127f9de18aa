//! The lists under labels, shared by the press release, prose rolls and headed lists:
//! each runs from its label to the next, and nothing may stand before the first.

use super::labels::Label;
use super::{Roll, list, not_a_roll};
use crate::votes::{PrintedCount, Sheet, SheetError};

pub(super) fn read(roll: &Roll, labels: &[Label], sheet: &mut Sheet) -> Result<(), SheetError> {
    let text = roll.text();
    let first = labels.first().map_or(text.len(), |label| label.start);
    if let Some(stray) = first_word(text, 0, first) {
        return Err(not_a_roll(roll, stray, &text[stray..first], "it comes before the first list"));
    }
    for (index, label) in labels.iter().enumerate() {
        let next = labels.get(index + 1).map_or(text.len(), |next| next.start);
        if let Some((count, at)) = label.count {
            let (line, column) = roll.at(at);
            sheet.counts.push(PrintedCount { position: label.position, count, line, column });
        }
        let end = label.close.filter(|&close| close < next).unwrap_or(next);
        if end < next
            && let Some(stray) = first_word(text, end + 1, next)
        {
            return Err(not_a_roll(roll, stray, &text[stray..next], "it follows the list in brackets"));
        }
        list::read(roll, label.end..end, label.position, sheet)?;
    }
    Ok(())
}

/// The first character of `text[start..end]` that is not whitespace or a full stop.
fn first_word(text: &str, start: usize, end: usize) -> Option<usize> {
    text[start..end].find(|c: char| !c.is_whitespace() && c != '.').map(|at| start + at)
}
