//! The fenced `vote` block: a small YAML header, a `---` line, then the roll as its
//! source prints it and editors paste it, in any layout of [`layout`].

use super::layout::{self, Roll};
use super::{Position, VoteEntry};

/// One state's entry on the sheet, as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedBallot {
    pub printed: String,
    pub position: Position,
    /// Line within the block's text, 1-based.
    pub line: usize,
    /// Where the state's name starts on that line, 1-based, in characters.
    pub column: usize,
}

/// A count the roll prints with a position's list ("In favour (23)"), at a block line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintedCount {
    pub position: Position,
    pub count: u16,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone)]
pub struct Sheet {
    pub header: VoteEntry,
    pub ballots: Vec<PrintedBallot>,
    pub counts: Vec<PrintedCount>,
    /// `(line, column, message)`: cells that could not be read as a vote and a state.
    pub problems: Vec<(usize, usize, String)>,
}

/// A block that cannot be read at all, at a line within the block's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetError {
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

/// Parses the text of a fenced `vote` block.
pub fn parse_sheet(text: &str) -> Result<Sheet, SheetError> {
    let lines: Vec<&str> = text.lines().collect();
    let Some(separator) = lines.iter().position(|line| line.trim() == "---") else {
        return Err(SheetError {
            line: 1,
            column: 1,
            message: "a vote block starts with `on: SYMBOL` (or, for a vote with no symbol, `title: …`) and optionally title, date, session, declared, then a `---` line, then the sheet".into(),
        });
    };
    let header_text = lines[..separator].join("\n");
    let header: VoteEntry = crate::yaml::parse_at(&header_text, 1, "VoteEntry").map_err(|e| SheetError {
        line: e.line,
        column: e.column,
        message: format!("vote block: {}", e.message),
    })?;
    if !(header.yes.is_empty() && header.no.is_empty() && header.abstain.is_empty() && header.absent.is_empty()) {
        let (line, column) = ["yes", "no", "abstain", "absent"]
            .into_iter()
            .filter_map(|field| field_position(&header_text, field))
            .min()
            .unwrap_or((1, 1));
        return Err(SheetError {
            line,
            column,
            message: "vote block: list the states in the sheet below `---`, not as yes/no/abstain/absent".into(),
        });
    }
    let mut sheet = Sheet { header, ballots: Vec::new(), counts: Vec::new(), problems: Vec::new() };
    layout::read(&Roll::new(&lines[separator + 1..], separator + 2), &mut sheet)?;
    Ok(sheet)
}

/// The byte offset in `line` where `part` (a slice of it) starts.
pub(super) fn byte_offset(line: &str, part: &str) -> usize {
    (part.as_ptr() as usize).checked_sub(line.as_ptr() as usize).filter(|&at| at <= line.len()).unwrap_or_default()
}

/// The 1-based column, in characters, where `part` (a slice of `line`) starts.
pub(super) fn column_of(line: &str, part: &str) -> usize {
    line.get(..byte_offset(line, part)).map_or(1, |before| before.chars().count() + 1)
}

/// Where the value of the header's top-level `field` is: line (1-based) and column
/// (1-based, in characters) within `text`.
pub fn field_position(text: &str, field: &str) -> Option<(usize, usize)> {
    text.lines().enumerate().find_map(|(index, line)| {
        let value = line.strip_prefix(field)?.strip_prefix(':')?.trim_start();
        Some((index + 1, column_of(line, value)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABS: &str = "on: A/HRC/43/L.13/Rev.1\ndeclared: 23-16-8\n---\nABST\tAFGHANISTAN\tNO\tDENMARK\tYES\tPAKISTAN\n\tDEMOCRATIC REPUBLIC OF CONGO\tYES\tNIGERIA\t\t\n";

    fn summary(sheet: &Sheet) -> Vec<(String, Position, usize)> {
        sheet.ballots.iter().map(|b| (b.printed.clone(), b.position, b.line)).collect()
    }

    #[test]
    fn reads_pairs_blank_votes_and_trailing_cells() {
        let sheet = parse_sheet(TABS).unwrap();
        assert_eq!(sheet.header.on.as_deref(), Some("A/HRC/43/L.13/Rev.1"));
        assert_eq!(
            summary(&sheet),
            [
                ("AFGHANISTAN".into(), Position::Abstain, 4),
                ("DENMARK".into(), Position::No, 4),
                ("PAKISTAN".into(), Position::Yes, 4),
                ("DEMOCRATIC REPUBLIC OF CONGO".into(), Position::NotRecorded, 5),
                ("NIGERIA".into(), Position::Yes, 5),
            ]
        );
        assert!(sheet.problems.is_empty(), "{:?}", sheet.problems);
    }

    #[test]
    fn tabs_runs_of_spaces_and_crlf_read_the_same() {
        let tabs = parse_sheet(TABS).unwrap();
        let spaces = TABS.replace('\t', "   ");
        let single_spaced = "on: A/HRC/43/L.13/Rev.1\ndeclared: 23-16-8\n---\nABST AFGHANISTAN  NO DENMARK  YES PAKISTAN\n  DEMOCRATIC REPUBLIC OF CONGO  YES NIGERIA\n";
        let crlf = TABS.replace('\n', "\r\n");
        for variant in [spaces.as_str(), single_spaced, crlf.as_str()] {
            assert_eq!(summary(&parse_sheet(variant).unwrap()), summary(&tabs), "{variant:?}");
        }
    }

    #[test]
    fn a_vote_without_a_state_is_a_problem_not_a_guess() {
        let sheet = parse_sheet("on: A/HRC/1/L.1\n---\nYES\tFIJI\tNO\n").unwrap();
        assert_eq!(sheet.ballots.len(), 1);
        assert_eq!(sheet.problems, [(3, 10, "a against vote with no state after it".to_owned())]);
    }

    #[test]
    fn each_state_is_placed_at_its_column_in_characters() {
        let sheet = parse_sheet("on: A/HRC/1/L.1\n---\nYES\tCÔTE D'IVOIRE\tNO\tFIJI\n  TÜRKIYE  YES CHILE\n").unwrap();
        let columns: Vec<_> = sheet.ballots.iter().map(|b| (b.printed.as_str(), b.line, b.column)).collect();
        assert_eq!(columns, [("CÔTE D'IVOIRE", 3, 5), ("FIJI", 3, 22), ("TÜRKIYE", 4, 3), ("CHILE", 4, 16)]);
        assert_eq!(field_position("title: Coopération\non:  A/HRC/1/L.1\n", "on"), Some((2, 6)));
    }

    #[test]
    fn the_header_is_required_and_checked() {
        assert_eq!(parse_sheet("YES\tFIJI\n").map(|_| ()).unwrap_err().line, 1);
        let error = parse_sheet("on: A/HRC/1/L.1\ndeclard: 1-2-3\n---\n").map(|_| ()).unwrap_err();
        assert_eq!(error.line, 2);
        assert!(error.message.contains("did you mean `declared`?"), "{}", error.message);
    }
}
