//! A long document's table of contents, from the headings and numbered paragraphs the
//! first pass gave ids to. Readers of a 40-paragraph report scan its sections and cite
//! it by paragraph, so each section's entry also says which paragraphs it holds.

use serde::Serialize;

/// A document has a table of contents with more headings than this…
const MANY_HEADINGS: usize = 5;
/// …or more numbered paragraphs than this.
const MANY_PARAGRAPHS: usize = 20;
/// Headings deeper than this are left out: the contents would be as long as the text.
const DEEPEST: u8 = 4;
/// A document with numbered paragraphs but hardly any headings is listed by runs of
/// this many paragraphs.
const RUN: usize = 10;

/// What the first pass met, in body order: a heading with its id, or a numbered
/// paragraph that got its `p<number>` id.
#[derive(Debug, Default)]
pub struct Outline {
    marks: Vec<Mark>,
    headings: usize,
    paragraphs: usize,
}

#[derive(Debug)]
enum Mark {
    Heading { level: u8, id: String, text: String },
    Paragraph(u64),
}

impl Outline {
    pub fn heading(&mut self, level: u8, id: String, text: String) {
        self.headings += 1;
        self.marks.push(Mark::Heading { level, id, text });
    }

    pub fn paragraph(&mut self, number: u64) {
        self.paragraphs += 1;
        self.marks.push(Mark::Paragraph(number));
    }

    /// The table of contents, for a document long enough to need one.
    pub fn into_toc(self) -> Option<Toc> {
        if self.headings <= MANY_HEADINGS && self.paragraphs <= MANY_PARAGRAPHS {
            return None;
        }
        let listed = self.marks.iter().filter(|m| matches!(m, Mark::Heading { level, .. } if *level <= DEEPEST));
        let entries = if listed.count() >= 2 { self.by_heading() } else { self.by_paragraph_runs() };
        (!entries.is_empty()).then(|| Toc(entries.into_boxed_slice()))
    }

    /// One entry a heading, with the paragraphs of its section and its subsections.
    fn by_heading(self) -> Vec<TocEntry> {
        let top = self
            .marks
            .iter()
            .filter_map(|m| match m {
                Mark::Heading { level, .. } => Some(*level),
                Mark::Paragraph(_) => None,
            })
            .min()
            .unwrap_or(1);
        let mut entries: Vec<TocEntry> = Vec::new();
        // The entries whose sections are still open, with their heading levels: a
        // paragraph belongs to each of them.
        let mut open: Vec<(u8, usize)> = Vec::new();
        for mark in self.marks {
            match mark {
                Mark::Heading { level, id, text } => {
                    while open.last().is_some_and(|&(open_level, _)| open_level >= level) {
                        open.pop();
                    }
                    if level > DEEPEST {
                        continue;
                    }
                    open.push((level, entries.len()));
                    entries.push(TocEntry {
                        id: id.into(),
                        text: Some(text.into()),
                        depth: (level - top).min(2),
                        first: None,
                        last: None,
                    });
                }
                Mark::Paragraph(number) => {
                    for &(_, index) in &open {
                        let entry = &mut entries[index];
                        entry.first.get_or_insert(number);
                        entry.last = Some(number);
                    }
                }
            }
        }
        entries
    }

    /// Runs of [`RUN`] paragraphs, each entry leading to the first of its run.
    fn by_paragraph_runs(self) -> Vec<TocEntry> {
        let numbers: Vec<u64> = self
            .marks
            .into_iter()
            .filter_map(|m| match m {
                Mark::Paragraph(number) => Some(number),
                Mark::Heading { .. } => None,
            })
            .collect();
        numbers
            .chunks(RUN)
            .filter_map(|run| {
                let (first, last) = (*run.first()?, *run.last()?);
                Some(TocEntry {
                    id: format!("p{first}").into(),
                    text: None,
                    depth: 0,
                    first: Some(first),
                    last: Some(last),
                })
            })
            .collect()
    }
}

/// A table of contents: its entries in body order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Toc(Box<[TocEntry]>);

impl Toc {
    pub fn entries(&self) -> &[TocEntry] {
        &self.0
    }
}

/// An entry of the contents: a heading, or (with no text) a run of paragraphs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TocEntry {
    /// The id it links to: the heading's, or the first paragraph's.
    pub id: Box<str>,
    /// The heading as it reads, as plain text.
    pub text: Option<Box<str>>,
    /// How far below the document's highest headings (0, 1 or 2).
    pub depth: u8,
    /// The first and last numbered paragraphs of the section.
    pub first: Option<u64>,
    pub last: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::super::parse;

    /// An entry as `(id, text, depth, first paragraph, last paragraph)`.
    type Entry = (String, Option<String>, u8, Option<u64>, Option<u64>);

    fn toc(body: &str) -> Vec<Entry> {
        let toc = parse(body).outline.into_toc().unwrap_or_default();
        toc.entries()
            .iter()
            .map(|e| (e.id.to_string(), e.text.as_deref().map(str::to_owned), e.depth, e.first, e.last))
            .collect()
    }

    fn paragraphs(range: std::ops::RangeInclusive<u64>) -> String {
        range.map(|n| format!("{n}. Paragraph {n} of the report.\n\n")).collect()
    }

    #[test]
    fn a_short_document_has_none() {
        let body = format!("## I. Introduction\n\n{}## II. Findings\n\n{}", paragraphs(1..=10), paragraphs(11..=20));
        assert!(toc(&body).is_empty(), "{:?}", toc(&body));
        let five = "## A\n\n## B\n\n## C\n\n## D\n\n## E\n\nText.\n";
        assert!(toc(five).is_empty());
    }

    #[test]
    fn sections_list_their_paragraphs_and_those_of_their_subsections() {
        let body = format!(
            "## Summary\n\nText.\n\n## I. Introduction\n\n{}## II. Submissions\n\n### Bahrain\n\n{}### Russian Federation\n\n{}##### Deep\n\n## III. Conclusions\n\n{}",
            paragraphs(1..=2),
            paragraphs(3..=10),
            paragraphs(11..=20),
            paragraphs(21..=21)
        );
        let entries = toc(&body);
        let expected = [
            ("summary", "Summary", 0, None, None),
            ("i-introduction", "I. Introduction", 0, Some(1), Some(2)),
            ("ii-submissions", "II. Submissions", 0, Some(3), Some(20)),
            ("bahrain", "Bahrain", 1, Some(3), Some(10)),
            ("russian-federation", "Russian Federation", 1, Some(11), Some(20)),
            ("iii-conclusions", "III. Conclusions", 0, Some(21), Some(21)),
        ]
        .map(|(id, text, depth, first, last)| (id.to_owned(), Some(text.to_owned()), depth, first, last));
        assert_eq!(entries, expected);
    }

    #[test]
    fn six_headings_are_enough_and_the_text_is_plain() {
        let body = "## One *stressed*\n\n## Two `code`\n\n## Three\n\n## Four\n\n## Five\n\n## Six {#own}\n";
        let entries = toc(body);
        assert_eq!(entries.len(), 6, "{entries:?}");
        assert_eq!(entries[0].1.as_deref(), Some("One stressed"));
        assert_eq!(entries[1].1.as_deref(), Some("Two code"));
        assert_eq!(entries[5].0, "own");
    }

    #[test]
    fn paragraphs_without_headings_are_listed_in_runs() {
        let entries = toc(&paragraphs(1..=25));
        let runs: Vec<_> = entries.iter().map(|e| (e.0.as_str(), e.1.is_none(), e.3, e.4)).collect();
        assert_eq!(
            runs,
            [("p1", true, Some(1), Some(10)), ("p11", true, Some(11), Some(20)), ("p21", true, Some(21), Some(25))]
        );
    }

    #[test]
    fn headings_of_footnotes_are_not_sections() {
        let body = format!("Text.[^1]\n\n{}[^1]: A note.\n\n    ## Not a section\n", paragraphs(1..=21));
        assert!(toc(&body).iter().all(|e| e.1.is_none()), "{:?}", toc(&body));
    }
}
