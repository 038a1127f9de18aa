//! The roll below a vote block's `---` line, in each layout sources print it: the UN
//! sheet, one state a line with its vote, the UN press release, prose rolls and headed
//! lists. Each layout is read by its own module into the same [`Sheet`]; which one a
//! paste is, is told from its text.

mod grid;
mod headed;
mod labels;
mod list;
mod marked;
mod press;
mod prose;
mod sections;

use super::{Sheet, SheetError};

/// The roll as one text, with page-number lines blanked, and where each line starts.
pub(super) struct Roll {
    text: String,
    /// Byte offset at which each line starts.
    starts: Vec<usize>,
    /// The block line (1-based) of the roll's first line.
    first_line: usize,
}

impl Roll {
    pub(super) fn new(lines: &[&str], first_line: usize) -> Self {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(lines.len());
        for line in lines {
            starts.push(text.len());
            if !is_page_number(line) {
                text.push_str(line);
            }
            text.push('\n');
        }
        Self { text, starts, first_line }
    }

    fn text(&self) -> &str {
        &self.text
    }

    /// The block line and the column (1-based, in characters) of byte `offset`.
    fn at(&self, offset: usize) -> (usize, usize) {
        let index = self.starts.partition_point(|&start| start <= offset).saturating_sub(1);
        let start = self.starts.get(index).copied().unwrap_or_default();
        let column = self.text.get(start..offset).map_or(1, |before| before.chars().count() + 1);
        (self.first_line + index, column)
    }

    /// Each line with its block line number.
    fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        self.text.split('\n').zip(self.first_line..).map(|(line, number)| (number, line)).take(self.starts.len())
    }
}

/// A line that is only a page's number ("12", "- 12 -", "Page 3 of 5", "3/5", "Page 3
/// sur 5", "Página 3 de 5"), left by a PDF.
fn is_page_number(line: &str) -> bool {
    let lower =
        line.trim().trim_matches(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace()).to_lowercase();
    let number =
        ["page", "página", "pagina", "p."].iter().find_map(|word| lower.strip_prefix(word)).unwrap_or(&lower).trim();
    let mut parts = number
        .split(|c: char| c == '/' || c.is_whitespace())
        .filter(|part| !part.is_empty() && !["of", "sur", "de"].contains(part));
    let digits = |part: &str| !part.is_empty() && part.len() <= 4 && part.bytes().all(|b| b.is_ascii_digit());
    parts.next().is_some_and(digits) && parts.next().is_none_or(digits) && parts.next().is_none()
}

/// Reads the roll into `sheet`, in the layout its text is in.
pub(super) fn read(roll: &Roll, sheet: &mut Sheet) -> Result<(), SheetError> {
    let prose = prose::labels(roll.text());
    if !prose.is_empty() {
        return sections::read(roll, &prose, sheet);
    }
    let press = press::labels(roll.text());
    if press.iter().any(|label| label.has_list_on_its_line(roll.text())) {
        return sections::read(roll, &press, sheet);
    }
    if let Some(headings) = headed::labels(roll) {
        return sections::read(roll, &headings, sheet);
    }
    if marked::fits(roll) { marked::read(roll, sheet) } else { grid::read(roll, sheet) }
}

/// The error for text that is not part of a roll, at byte `offset`.
fn not_a_roll(roll: &Roll, offset: usize, text: &str, reason: &str) -> SheetError {
    let (line, column) = roll.at(offset);
    let shown: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown =
        if shown.chars().count() > 60 { format!("{}…", shown.chars().take(59).collect::<String>()) } else { shown };
    SheetError {
        line,
        column,
        message: format!(
            "vote block: `{shown}` is not a state's name ({reason}); below `---` a vote block holds only the roll of states as printed"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_told_from_names() {
        for line in ["12", " - 12 - ", "Page 3", "page 3 of 5", "3/5", "– 7 –", "p. 4", "Page 2 sur 4", "Página 2 de 4"]
        {
            assert!(is_page_number(line), "{line:?}");
        }
        for line in ["", "FIJI", "In favour (23)", "12 Peru", "1. Algeria", "A/HRC/43/2", "123456"] {
            assert!(!is_page_number(line), "{line:?}");
        }
    }

    #[test]
    fn offsets_are_placed_at_their_block_line_and_column() {
        let roll = Roll::new(&["Yes (2)", "1. Côte d’Ivoire", "12", "2. Peru"], 4);
        let text = roll.text();
        assert_eq!(roll.at(text.find("Côte").unwrap()), (5, 4));
        assert_eq!(roll.at(text.find("Peru").unwrap()), (7, 4));
        assert!(!text.contains("12"), "the page number is blanked");
        assert_eq!(roll.lines().map(|(n, _)| n).collect::<Vec<_>>(), [4, 5, 6, 7]);
    }
}
