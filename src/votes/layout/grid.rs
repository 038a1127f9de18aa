//! The UN vote sheet: `VOTE<TAB>STATE` pairs, several a line, capital letters, a blank
//! vote left blank.

use super::list::not_a_name;
use super::{Roll, not_a_roll};
use crate::votes::sheet::{byte_offset, column_of};
use crate::votes::{Position, PrintedBallot, Sheet, SheetError};

pub(super) fn read(roll: &Roll, sheet: &mut Sheet) -> Result<(), SheetError> {
    let mut offset = 0;
    for (number, line) in roll.lines() {
        read_row(roll, line, offset, number, sheet)?;
        offset += line.len() + 1;
    }
    Ok(())
}

/// A row holds cells separated by tabs, or by runs of spaces where an editor retyped
/// it; within a cell a vote word may still be followed by its state after one space.
fn read_row(roll: &Roll, line: &str, offset: usize, line_number: usize, sheet: &mut Sheet) -> Result<(), SheetError> {
    let mut pending: Option<(Position, usize)> = None;
    let push = |sheet: &mut Sheet, printed: &str, position: Position| {
        if let Some(reason) = not_a_name(printed) {
            return Err(not_a_roll(roll, offset + byte_offset(line, printed), printed, reason));
        }
        let column = column_of(line, printed);
        sheet.ballots.push(PrintedBallot { printed: printed.to_owned(), position, line: line_number, column });
        Ok(())
    };
    let mut cells = cells(line).into_iter().peekable();
    while let Some(cell) = cells.next() {
        let cell = cell.trim();
        // A blank vote is printed as an empty cell before the state's name.
        let (vote_word, rest) = cell.split_once(' ').unwrap_or((cell, ""));
        match (pending.take(), Position::from_sheet(vote_word)) {
            (None, Some(position)) if rest.trim().is_empty() => pending = Some((position, column_of(line, cell))),
            (None, Some(position)) => push(sheet, rest.trim(), position)?,
            (None, None) if cell.is_empty() => {
                // An empty cell: a blank vote if a name follows, else trailing padding.
                if let Some(name) =
                    cells.next_if(|next| !next.trim().is_empty() && Position::from_sheet(next.trim()).is_none())
                {
                    push(sheet, name.trim(), Position::NotRecorded)?;
                }
            }
            (None, None) => push(sheet, cell, Position::NotRecorded)?,
            (Some((position, column)), _) if cell.is_empty() => {
                let problem = format!("a {} vote with no state after it", position.label().to_lowercase());
                sheet.problems.push((line_number, column, problem));
            }
            (Some((position, _)), _) => push(sheet, cell, position)?,
        }
    }
    if let Some((position, column)) = pending {
        let problem = format!("a {} vote with no state after it", position.label().to_lowercase());
        sheet.problems.push((line_number, column, problem));
    }
    Ok(())
}

pub(super) fn cells(line: &str) -> Vec<&str> {
    if line.contains('\t') {
        return line.split('\t').collect();
    }
    // Retyped with spaces: two or more spaces separate cells.
    let mut cells = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' && bytes.get(i + 1) == Some(&b' ') {
            cells.push(&line[start..i]);
            while i < bytes.len() && bytes[i] == b' ' {
                i += 1;
            }
            start = i;
        } else {
            i += 1;
        }
    }
    cells.push(&line[start..]);
    // Leading indentation in the spaced form marks a blank vote, as an empty first cell does with tabs.
    if line.starts_with("  ") {
        cells[0] = "";
    }
    cells
}
