//! Documents as lists show them. A card is rendered once per document and level and
//! reused by every list it is in: an archive's lists hold each document many times over
//! (under its kind, sessions, signatories and tags).

use super::once::RenderedOnce;
use crate::archive::{DocId, Move, PerDoc};
use crate::diagnostics::Diagnostic;

/// How a list shows a document: as a card whose title is the heading of a list page's
/// own entries, or of entries under a section's heading (a page's related documents,
/// the home page's latest); or as one line (title, kind, date, sessions) in the lists
/// that hold each document many times over: its signatories', its tags', and the
/// documents citing another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardLevel {
    List,
    Section,
    Line,
}

impl CardLevel {
    /// The heading level of the card's title; none for a line.
    pub fn heading(self) -> Option<u8> {
        match self {
            Self::List => Some(2),
            Self::Section => Some(3),
            Self::Line => None,
        }
    }

    fn slot(self) -> usize {
        match self {
            Self::List => 0,
            Self::Section => 1,
            Self::Line => 2,
        }
    }
}

/// Each document's card at each [`CardLevel`], rendered when a page first lists it.
#[derive(Debug, Default)]
pub struct Cards(PerDoc<[RenderedOnce; 3]>);

impl Cards {
    pub fn new(documents: usize) -> Self {
        Self(std::iter::repeat_with(Default::default).take(documents).collect())
    }

    /// Document `id`'s card at `level`, rendered by `render` the first time it is asked for.
    pub fn get_or_render(
        &self,
        id: DocId,
        level: CardLevel,
        render: impl FnOnce() -> Result<String, Diagnostic>,
    ) -> Result<&str, Diagnostic> {
        self.0[id][level.slot()].get_or_render(render)
    }

    /// Follows a document to its new place in the archive's order; its card, edited,
    /// is rendered again.
    pub fn renumber(&mut self, moved: Move) {
        moved.apply(&mut self.0);
        self.0[moved.to] = Default::default();
    }

    /// The cards of an edited archive: `kept[id]` is the old number of document `id` when
    /// its card reads as it did, and its card (if rendered) moves over.
    pub fn carried_over(mut self, kept: &PerDoc<Option<DocId>>) -> Self {
        let moved =
            kept.iter().map(|old| old.and_then(|old| self.0.get_mut(old)).map(std::mem::take).unwrap_or_default());
        Self(moved.collect())
    }
}
