//! Documents as lists show them. A card is rendered once per document and reused by
//! every list it is in: an archive's lists hold each document many times over (under
//! its kind, sessions, signatories and tags), and rendering a card through the theme
//! costs far more than copying it.

use std::sync::OnceLock;

use crate::archive::{DocId, Move};
use crate::diagnostics::Diagnostic;

/// The heading level of a card's title on the list pages, the only level cached: the
/// other lists (the home page's latest, a page's related documents) are a few cards each.
pub const LIST_LEVEL: u8 = 2;

/// The heading level of a card's title in a list under a section's heading.
pub const SECTION_LEVEL: u8 = 3;

/// Each document's card at [`LIST_LEVEL`], rendered when a page first lists it.
#[derive(Debug, Default)]
pub struct Cards(Vec<OnceLock<Box<str>>>);

impl Cards {
    pub fn new(documents: usize) -> Self {
        Self(std::iter::repeat_with(OnceLock::new).take(documents).collect())
    }

    /// Document `id`'s card, rendered by `render` the first time it is asked for.
    pub fn get_or_render(
        &self,
        id: DocId,
        render: impl FnOnce() -> Result<String, Diagnostic>,
    ) -> Result<&str, Diagnostic> {
        let slot = &self.0[id];
        if let Some(card) = slot.get() {
            return Ok(card);
        }
        let card = render()?;
        Ok(slot.get_or_init(|| card.into_boxed_str()))
    }

    /// Follows a document to its new place in the archive's order; its card, edited,
    /// is rendered again.
    pub fn renumber(&mut self, moved: Move) {
        moved.apply(&mut self.0);
        self.0[moved.to] = OnceLock::new();
    }

    /// The cards of an edited archive: `kept[id]` is the old number of document `id` when
    /// its card reads as it did, and its card (if rendered) moves over.
    pub fn carried_over(mut self, kept: &[Option<DocId>]) -> Self {
        let moved = kept.iter().map(|old| {
            let card = old.and_then(|old| self.0.get_mut(old)).and_then(OnceLock::take);
            card.map(OnceLock::from).unwrap_or_default()
        });
        Self(moved.collect())
    }
}
