//! Where a document's page gets its body's HTML: from the packed bodies `serve` keeps
//! for the pages every later edit remakes, or from bodies a build hands over for its one
//! pass over the pages, each let go as its page is made. The bodies are the largest part
//! of what a build holds (190 of 625 MB at 50,000 documents), and a build that frees
//! them as it writes peaks lower.

use std::sync::{Mutex, PoisonError};

use crate::archive::{DocId, PerDoc};
use crate::markdown::{PackedHtml, UnpackError};

#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    #[error(transparent)]
    Unpack(#[from] UnpackError),
    /// A build hands each body to one page; a second page asking for it would otherwise
    /// be published without its text.
    #[error("this document's body was already given to another page of this build")]
    AlreadyTaken,
}

/// The documents' body HTML, as the page around each asks for it.
pub trait BodyHtml: Sync + std::fmt::Debug {
    /// Document `id`'s body HTML; empty when it has none.
    fn unpack(&self, id: DocId) -> Result<String, BodyError>;
}

impl BodyHtml for PerDoc<PackedHtml> {
    fn unpack(&self, id: DocId) -> Result<String, BodyError> {
        Ok(self.get(id).map(PackedHtml::unpack).transpose()?.unwrap_or_default())
    }
}

/// Bodies handed over for one pass over the pages: each is let go once unpacked, as a
/// document has one page.
#[derive(Debug)]
pub struct HandedOver(PerDoc<Mutex<Option<PackedHtml>>>);

impl HandedOver {
    pub fn new(html: PerDoc<PackedHtml>) -> Self {
        Self(html.into_iter().map(|body| Mutex::new(Some(body))).collect())
    }
}

impl BodyHtml for HandedOver {
    fn unpack(&self, id: DocId) -> Result<String, BodyError> {
        let Some(body) = self.0.get(id) else { return Ok(String::new()) };
        let taken = body.lock().unwrap_or_else(PoisonError::into_inner).take();
        Ok(taken.ok_or(BodyError::AlreadyTaken)?.unpack()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::Packer;

    #[test]
    fn a_handed_over_body_is_let_go_once_its_page_has_it_and_a_kept_one_stays() {
        let body = "<p>The Council, recalling its resolution 5/1 of 18 June 2007,</p>";
        let packed =
            || -> PerDoc<PackedHtml> { [PackedHtml::pack(body, &mut Packer::default())].into_iter().collect() };
        let first = DocId::from(0);

        let kept = packed();
        for _ in 0..2 {
            assert_eq!(kept.unpack(first).ok().as_deref(), Some(body));
        }
        let handed_over = HandedOver::new(packed());
        assert_eq!(handed_over.unpack(first).ok().as_deref(), Some(body));
        assert!(
            matches!(handed_over.unpack(first), Err(BodyError::AlreadyTaken)),
            "the body was let go, and a second page asking for it is an error, not an empty page"
        );
        assert_eq!(handed_over.unpack(DocId::from(1)).ok().as_deref(), Some(""), "no such document");
    }
}
