//! Citations a reader can follow: UN symbols and paragraph references recognised in
//! text, rewritten into links on pulldown-cmark's event stream, and indexed.

pub(crate) mod index;
mod link;
mod recognise;

pub use index::{CitationIndex, SymbolCitation};
pub use link::{Citation, DocTarget, Resolver, SymbolTarget, TextLinker};
pub use recognise::{Ambiguous, Attribution, FoundParagraphs, FoundSymbol, paragraph_references, symbols, symbols_in};
