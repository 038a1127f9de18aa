//! Numbers of the archive's documents, in its order (newest first). A number is its own
//! type, so that it indexes only the lists kept per document.

use std::fmt;

/// A document's place in the archive's order: an index into every per-document list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocId(u32);

impl DocId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl From<usize> for DocId {
    fn from(index: usize) -> Self {
        // An archive of four billion documents is beyond any machine this builds on.
        Self(u32::try_from(index).unwrap_or(u32::MAX))
    }
}

impl From<DocId> for usize {
    fn from(id: DocId) -> Self {
        id.index()
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "document {}", self.0)
    }
}
