//! One state a line with its vote before it, as the UN Digital Library prints records:
//! `Y ALGERIA`, `N AUSTRIA`, `A BAHAMAS`, and the name alone for no vote.

use super::list::{Item, continues, push};
use super::{Roll, grid};
use crate::votes::{Position, Sheet, SheetError};

/// Whether each line holds one vote at most, and none is tab-separated like the UN sheet.
pub(super) fn fits(roll: &Roll) -> bool {
    !roll.text().contains('\t')
        && roll.lines().all(|(_, line)| grid::cells(line).iter().filter(|cell| vote(cell).is_some()).count() <= 1)
}

pub(super) fn read(roll: &Roll, sheet: &mut Sheet) -> Result<(), SheetError> {
    let mut items: Vec<Item> = Vec::new();
    let mut offset = 0;
    for (number, line) in roll.lines() {
        let line_offset = offset;
        offset += line.len() + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let start = line_offset + (line.len() - line.trim_start().len());
        let (word, rest) = trimmed.split_once(char::is_whitespace).unwrap_or((trimmed, ""));
        match (Position::from_sheet(word), rest.trim()) {
            (Some(position), "") => {
                let problem = format!("a {} vote with no state after it", position.label().to_lowercase());
                sheet.problems.push((number, roll.at(start).1, problem));
            }
            (Some(position), name) => {
                let name_offset = start + (trimmed.len() - rest.trim_start().len());
                items.push(Item { offset: name_offset, text: name.to_owned(), position });
            }
            (None, _) => match items.last_mut() {
                Some(last) if continues(&last.text, trimmed) => {
                    last.text.push(' ');
                    last.text.push_str(trimmed);
                }
                _ => items.push(Item { offset: start, text: trimmed.to_owned(), position: Position::NotRecorded }),
            },
        }
    }
    items.iter().try_for_each(|item| push(roll, item, sheet))
}

/// The vote a cell opens with ("Y", "YES", "ABST"), if it opens with one.
fn vote(cell: &str) -> Option<Position> {
    Position::from_sheet(cell.split_whitespace().next()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::votes::VoteEntry;

    #[test]
    fn one_vote_a_line_and_a_blank_for_none() {
        let roll = Roll::new(&["Y ALGERIA", "n austria", "  BAHAMAS", "A VENEZUELA", "(BOLIVARIAN REPUBLIC OF)"], 3);
        assert!(fits(&roll));
        let header: VoteEntry = serde_yaml::from_str("on: A/HRC/1/L.1").unwrap_or_else(|_| unreachable!());
        let mut sheet = Sheet { header, ballots: Vec::new(), counts: Vec::new(), problems: Vec::new() };
        read(&roll, &mut sheet).unwrap_or_else(|e| panic!("{e:?}"));
        let read: Vec<_> = sheet.ballots.iter().map(|b| (b.printed.as_str(), b.position, b.line, b.column)).collect();
        assert_eq!(
            read,
            [
                ("ALGERIA", Position::Yes, 3, 3),
                ("austria", Position::No, 4, 3),
                ("BAHAMAS", Position::NotRecorded, 5, 3),
                ("VENEZUELA (BOLIVARIAN REPUBLIC OF)", Position::Abstain, 6, 3),
            ]
        );
        assert!(!fits(&Roll::new(&["YES FIJI  NO PERU"], 1)));
    }
}
