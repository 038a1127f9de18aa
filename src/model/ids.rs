//! Numbers of the archive's documents and votes, each in its list's order (newest
//! first). Each number is its own type, so that it indexes only its own lists.

/// A number that indexes one kind of list (`typed_index_collections::TiVec`).
macro_rules! index_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl From<usize> for $name {
            fn from(index: usize) -> Self {
                // Four billion documents or votes are beyond any machine this builds on.
                Self(u32::try_from(index).unwrap_or(u32::MAX))
            }
        }

        impl From<$name> for usize {
            fn from(id: $name) -> Self {
                id.index()
            }
        }
    };
}

index_type!(
    /// A document's place in the archive's order: an index into every per-document list.
    DocId
);

index_type!(
    /// A vote's place in the archive's list of votes: an index into every per-vote list,
    /// never into a per-document one.
    VoteId
);
