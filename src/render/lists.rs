//! The lists split into pages, each worked out once per build. Every page of a list
//! shows a slice cut from the whole list as readers see it: its translations folded
//! into their originals (`Archive::listed`); for a symbol, every document citing it;
//! for the sessions index, every session with its count. Worked out again by each page,
//! that work grew with the square of the archive: at 50,000 documents the letters' 175
//! pages each folded all 17,690 letters.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use super::views::TermCount;
use crate::archive::DocId;
use crate::routes::{Page, Route};

/// One value for each list of a rendering that is split into several pages, worked out
/// by the first of its pages that asks for it. A list on one page works out its own.
pub struct Lists<'r, V>(HashMap<&'r Page, OnceLock<V>>);

impl<'r, V: Clone> Lists<'r, V> {
    pub fn new(routes: &[&'r Route]) -> Self {
        let split = routes.iter().filter(|route| route.part.is_some_and(|part| part.of > 1));
        Self(split.map(|route| (&route.page, OnceLock::new())).collect())
    }

    /// The list of `page`, from `work` if no page of it has asked before.
    pub fn get(&self, page: &Page, work: impl FnOnce() -> V) -> Cow<'_, V> {
        match self.0.get(page) {
            Some(list) => Cow::Borrowed(list.get_or_init(work)),
            None => Cow::Owned(work()),
        }
    }
}

/// The lists the pages of one rendering slice.
pub struct Listed<'r, 'a> {
    /// A kind's, session's, signatory's or tag's documents, the undated ones, the vote
    /// records.
    pub documents: Lists<'r, Cow<'a, [DocId]>>,
    /// A symbol's citing documents, each with the sentence that cites it.
    pub citing: Lists<'r, Citing<'a>>,
    /// The sessions, each with how many documents it has.
    pub sessions: Lists<'r, Vec<TermCount>>,
}

pub type Citing<'a> = Vec<(DocId, Option<&'a str>)>;

impl<'r> Listed<'r, '_> {
    pub fn new(routes: &[&'r Route]) -> Self {
        Self { documents: Lists::new(routes), citing: Lists::new(routes), sessions: Lists::new(routes) }
    }
}
