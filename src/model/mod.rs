//! The archive's vocabulary: types that only hold valid values.

mod date;
mod document;
mod ids;
mod kind;
mod lang;
mod session;
mod slug;
mod symbol;

pub use date::{DateError, PartialDate};
pub use document::{Body, Document, FieldLines, Source};
pub use ids::{DocId, VoteId};
pub use kind::Kind;
pub use lang::{Lang, LangError};
pub use session::SessionId;
pub use slug::Slug;
pub use symbol::{Symbol, SymbolError, SymbolKind, SymbolSession, UnBody};
