//! Stage two (resolve): the loaded documents resolved against each other and the
//! registries, with every index a page needs built once.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Document, Kind, Lang, SessionId, Slug, Symbol};
use crate::registry::{Organisation, Registries};

pub use crate::model::DocId;

/// A list with an entry for each document, indexed by its number.
pub type PerDoc<T> = typed_index_collections::TiVec<DocId, T>;

/// A document taken from its place in the archive's order and put at another, those in
/// between shifting by one to make room: what an edit to a date or a title does to the
/// numbering of every index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Move {
    pub from: DocId,
    pub to: DocId,
}

impl Move {
    /// The number that document `id` has after the move.
    pub fn id(self, id: DocId) -> DocId {
        let Self { from, to } = self;
        if id == from {
            to
        } else if from < to && from < id && id <= to {
            DocId::from(id.index() - 1)
        } else if to < from && to <= id && id < from {
            DocId::from(id.index() + 1)
        } else {
            id
        }
    }

    pub fn ids(self, ids: &mut [DocId]) {
        for id in ids {
            *id = self.id(*id);
        }
    }

    /// Moves the item of each document along with it.
    pub fn apply<T>(self, items: &mut PerDoc<T>) {
        let (from, to) = (self.from.index(), self.to.index());
        if from < to {
            items.raw[from..=to].rotate_left(1);
        } else {
            items.raw[to..=from].rotate_right(1);
        }
    }
}

/// Inserts `id` into `ids`, kept in the order `before` says, unless it is there.
fn insert_ordered(ids: &mut Vec<DocId>, id: DocId, before: impl Fn(DocId, DocId) -> bool) {
    let at = ids.partition_point(|&other| before(other, id));
    if ids.get(at) != Some(&id) {
        ids.insert(at, id);
    }
}

/// Whether document `a` comes before `b` in the archive's order, the newest first:
/// documents are numbered in that order.
fn newer(a: DocId, b: DocId) -> bool {
    a < b
}

/// `documents` in the archive's order. Their numbers are sorted, and the documents then
/// moved into place once each: sorting the documents themselves moved a few hundred
/// bytes at each step, about a million times for 50,000.
fn newest_first(mut documents: Vec<Document>) -> Vec<Document> {
    let mut order: Vec<usize> = (0..documents.len()).collect();
    order.sort_by(|&a, &b| Document::newest_first(&documents[a], &documents[b]));
    put_in_order(&mut documents, order);
    documents
}

/// Moves `items` so that place `at` holds the item that was at `order[at]`, in place, so
/// that the archive is not held twice; `order` is a permutation of the places. Each
/// cycle of it is followed once, marking the places it fills.
fn put_in_order<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != usize::MAX {
            let from = std::mem::replace(&mut order[at], usize::MAX);
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[derive(Debug)]
pub struct Signatory {
    pub organisation: Organisation,
    /// Every form it was printed in, so its page can say so, with how many times: a form
    /// goes when the last document printing it does.
    pub printed_as: BTreeMap<String, usize>,
    pub documents: Vec<DocId>,
}

impl Signatory {
    /// Files document `id`, which prints it as `printed`, in the archive's order.
    fn add(&mut self, id: DocId, printed: &str) {
        match self.printed_as.get_mut(printed) {
            Some(times) => *times += 1,
            None => {
                self.printed_as.insert(printed.to_owned(), 1);
            }
        }
        insert_ordered(&mut self.documents, id, newer);
    }
}

#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub documents: Vec<DocId>,
}

#[derive(Debug)]
pub struct Archive {
    /// Newest first.
    pub documents: PerDoc<Document>,
    /// The site's language: that of every document that does not name its own.
    pub language: Lang,
    pub registries: Registries,
    pub by_kind: BTreeMap<Kind, Vec<DocId>>,
    /// Each session's documents, as a session unfolds: the dated oldest first, then the
    /// undated in the archive's order (by title), which the session alone places.
    pub by_session: BTreeMap<SessionId, Vec<DocId>>,
    /// The documents that neither a date nor a session places, in the archive's order:
    /// listed under "Undated".
    pub unplaced: Vec<DocId>,
    pub signatories: BTreeMap<Slug, Signatory>,
    /// For each document, the organisation behind each printed signatory, in printed order.
    pub signed_by: PerDoc<Vec<Organisation>>,
    pub tags: BTreeMap<Slug, Tag>,
    /// For each document, the documents its `related:` names.
    pub related: PerDoc<Vec<DocId>>,
    /// For each document, the same document in the archive's other languages: the one
    /// it translates and that one's other translations, or those translating it; in
    /// [`Lang::ALL`]'s order.
    pub versions: PerDoc<Vec<DocId>>,
    /// For each document with versions, the one that lists show for all of them: the
    /// one in the site's language, else the original.
    pub(crate) listed_as: PerDoc<Option<DocId>>,
    pub(crate) by_content_path: HashMap<String, DocId>,
    pub(crate) by_own_symbol: HashMap<Symbol, DocId>,
    /// Each signatory name as printed, resolved once: an archive prints a few hundred
    /// names tens of thousands of times, and resolving one normalises and slugifies it.
    resolved: FxHashMap<String, Option<Organisation>>,
}

impl Archive {
    pub fn assemble(
        documents: Vec<Document>,
        language: Lang,
        registries: Registries,
        diagnostics: &mut Diagnostics,
    ) -> Self {
        let count = documents.len();
        let documents: PerDoc<Document> = newest_first(documents).into();
        let by_content_path = documents.iter_enumerated().map(|(id, d)| (d.source.content_path.clone(), id)).collect();
        let related = resolve_related(&documents, diagnostics);
        let by_own_symbol = own_symbols(&documents, diagnostics);
        let (versions, listed_as) = resolve_translations(&documents, &by_content_path, language, diagnostics);
        let mut archive = Self {
            documents,
            language,
            registries,
            by_kind: BTreeMap::new(),
            by_session: BTreeMap::new(),
            unplaced: Vec::new(),
            signatories: BTreeMap::new(),
            signed_by: std::iter::repeat_n(Vec::new(), count).collect(),
            tags: BTreeMap::new(),
            related,
            versions,
            listed_as,
            by_content_path,
            by_own_symbol,
            resolved: FxHashMap::default(),
        };
        for id in (0..count).map(DocId::from) {
            archive.file(id, diagnostics);
        }
        archive
    }

    /// Files document `id` under its kind, sessions, signatories and tags, each list kept
    /// in the archive's order; an organisation or tag not in a registry is named as its
    /// newest document prints it.
    pub(crate) fn file(&mut self, id: DocId, diagnostics: &mut Diagnostics) {
        let doc = &self.documents[id];
        insert_ordered(self.by_kind.entry(doc.kind).or_default(), id, newer);
        for session in &doc.sessions {
            if !self.registries.sessions.is_known(session) {
                diagnostics.push(warn(
                    doc,
                    "session",
                    &format!("`{session}` is not of the form HRC<number> and not listed in data/sessions.yaml"),
                ));
            }
            let documents = &self.documents;
            insert_ordered(self.by_session.entry(session.clone()).or_default(), id, |a, b| {
                in_session_order(documents, a, b).is_lt()
            });
        }
        if doc.date.is_none() && doc.sessions.is_empty() {
            diagnostics.push(warn(
                doc,
                "date",
                "neither a date nor a session places this document, so it is listed under Undated only: \
                 add the date its source prints, or its session",
            ));
            insert_ordered(&mut self.unplaced, id, newer);
        }
        if doc.kind.expects_signatories() && doc.signatories.is_empty() {
            diagnostics.push(warn(
                doc,
                "signatories",
                &format!("a {} without signatories", doc.kind.label().to_lowercase()),
            ));
        }
        let mut organisations = Vec::with_capacity(doc.signatories.len());
        for printed in &doc.signatories {
            let resolved = match self.resolved.get(printed) {
                Some(resolved) => resolved.clone(),
                None => {
                    let resolved = self.registries.organisations.resolve(printed);
                    self.resolved.insert(printed.clone(), resolved.clone());
                    resolved
                }
            };
            let Some(organisation) = resolved else {
                diagnostics.push(warn(
                    doc,
                    "signatories",
                    &format!("`{printed}` has no letters or digits to name a page after"),
                ));
                continue;
            };
            match self.signatories.get_mut(&organisation.slug) {
                Some(signatory) => {
                    // Named after the newest document that prints it, when no registry names it.
                    if signatory.documents.first().is_some_and(|&first| id < first) {
                        signatory.organisation = organisation.clone();
                    }
                    signatory.add(id, printed);
                }
                None => {
                    let mut signatory = Signatory {
                        organisation: organisation.clone(),
                        printed_as: BTreeMap::new(),
                        documents: Vec::new(),
                    };
                    signatory.add(id, printed);
                    self.signatories.insert(organisation.slug.clone(), signatory);
                }
            }
            organisations.push(organisation);
        }
        self.signed_by[id] = organisations;
        for name in &doc.tags {
            if let Some(slug) = Slug::from_text(name) {
                let tag = self.tags.entry(slug).or_insert_with(|| Tag { name: name.clone(), documents: Vec::new() });
                if tag.documents.first().is_some_and(|&first| id < first) {
                    tag.name = name.clone();
                }
                insert_ordered(&mut tag.documents, id, newer);
            }
        }
    }

    /// The language document `id` is written in.
    pub fn language_of(&self, id: DocId) -> Lang {
        self.documents[id].language.unwrap_or(self.language)
    }

    /// `ids` as a list shows them: a document once, whatever the languages it is in,
    /// by its version in the site's language (or the original) when that one is among
    /// `ids`, else by the first of its versions there.
    pub fn listed<'a>(&self, ids: &'a [DocId]) -> Cow<'a, [DocId]> {
        if !ids.iter().any(|&id| self.listed_as[id].is_some_and(|shown| shown != id)) {
            return Cow::Borrowed(ids);
        }
        let present: HashSet<DocId> = ids.iter().copied().filter(|&id| self.listed_as[id] == Some(id)).collect();
        let mut shown_for = HashSet::new();
        Cow::Owned(
            ids.iter()
                .copied()
                .filter(|&id| match self.listed_as[id] {
                    None => true,
                    Some(shown) if shown == id => true,
                    Some(shown) => !present.contains(&shown) && shown_for.insert(shown),
                })
                .collect(),
        )
    }

    /// Every language the site's pages are in: its own, then its documents'.
    pub fn languages(&self) -> Vec<Lang> {
        let mut languages = vec![self.language];
        for doc in &self.documents {
            if let Some(lang) = doc.language
                && !languages.contains(&lang)
            {
                languages.push(lang);
            }
        }
        languages
    }

    pub fn by_content_path(&self, content_path: &str) -> Option<DocId> {
        self.by_content_path.get(content_path).copied()
    }

    /// The documents just before and after document `id` in `session`, as the session
    /// unfolds; `None` when it is not filed under it.
    pub fn session_neighbours(&self, session: &SessionId, id: DocId) -> Option<(Option<DocId>, Option<DocId>)> {
        let ids = self.by_session.get(session)?;
        let at = ids.binary_search_by(|&other| in_session_order(&self.documents, other, id)).ok()?;
        Some((at.checked_sub(1).map(|i| ids[i]), ids.get(at + 1).copied()))
    }

    /// The dated documents, newest first: all a feed can carry.
    pub fn newest_dated(&self) -> impl Iterator<Item = DocId> + '_ {
        // Every dated document comes before every undated one.
        self.documents.iter_enumerated().take_while(|(_, doc)| doc.date.is_some()).map(|(id, _)| id)
    }

    /// `session`'s dated documents, newest first.
    pub fn session_newest_dated(&self, session: &SessionId) -> Vec<DocId> {
        let ids = self.by_session.get(session).map(Vec::as_slice).unwrap_or_default();
        // The dated come first in a session's list, oldest first.
        let dated = ids.iter().take_while(|&&id| self.documents[id].date.is_some());
        let mut newest_first: Vec<DocId> = dated.copied().collect();
        newest_first.reverse();
        newest_first
    }

    pub fn document_at(&self, content_path: &str) -> Option<&Document> {
        self.by_content_path(content_path).map(|id| &self.documents[id])
    }

    /// The archive document that is the UN document `symbol` (its `symbol:` field).
    pub fn by_own_symbol(&self, symbol: &Symbol) -> Option<DocId> {
        self.by_own_symbol.get(symbol).copied()
    }

    /// The UN documents that archive documents are, in no order.
    pub fn own_symbols(&self) -> impl Iterator<Item = &Symbol> {
        self.by_own_symbol.keys()
    }

    /// Where citations of `symbol` lead: the document that is it; else the page that
    /// stands for it with its drafts, revisions and adopted text, or the document that
    /// is that page's symbol.
    pub fn symbol_home<'s>(&'s self, symbol: &'s Symbol) -> SymbolHome<'s> {
        if let Some(id) = self.by_own_symbol(symbol) {
            return SymbolHome::Document(id);
        }
        let page = self.registries.resolutions.page_symbol(symbol);
        match self.by_own_symbol(&page) {
            Some(id) => SymbolHome::Document(id),
            None => SymbolHome::Page(page),
        }
    }

    /// The archive document citations of `symbol` lead to, if they lead to one.
    pub fn document_of(&self, symbol: &Symbol) -> Option<DocId> {
        match self.symbol_home(symbol) {
            SymbolHome::Document(id) => Some(id),
            SymbolHome::Page(_) => None,
        }
    }
}

/// Where citations of a UN document lead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SymbolHome<'a> {
    Document(DocId),
    /// The page of this symbol under `/symbols/`.
    Page(Cow<'a, Symbol>),
}

/// How two documents of a session are listed: the dated oldest first, as the session
/// unfolds, then the undated ones as the archive orders them (by title, then file). The
/// archive puts every dated document before every undated one, so this is its order
/// reversed for the dated, kept for the undated.
fn in_session_order(documents: &PerDoc<Document>, a: DocId, b: DocId) -> std::cmp::Ordering {
    match (documents[a].date.is_some(), documents[b].date.is_some()) {
        (true, true) => b.cmp(&a),
        (false, false) => a.cmp(&b),
        // The dated one first.
        (a_dated, b_dated) => b_dated.cmp(&a_dated),
    }
}

fn warn(doc: &Document, field: &str, message: &str) -> Diagnostic {
    Diagnostic::warning(&doc.source.path, doc.source.fields.line(field), format!("{field}: {message}"))
        .with_source(&doc.source.text)
}

pub(crate) fn error(doc: &Document, field: &str, message: &str) -> Diagnostic {
    Diagnostic { level: crate::diagnostics::Level::Error, ..warn(doc, field, message) }
}

/// Each document's versions in other languages, and the version lists show for each
/// set, from `translation_of:`. A translation names an original that is there, is not
/// itself a translation and is in another language, and no two translate one document
/// into the same language.
fn resolve_translations(
    documents: &PerDoc<Document>,
    by_content_path: &HashMap<String, DocId>,
    site: Lang,
    diagnostics: &mut Diagnostics,
) -> (PerDoc<Vec<DocId>>, PerDoc<Option<DocId>>) {
    let language = |id: DocId| documents[id].language.unwrap_or(site);
    let mut translations: BTreeMap<DocId, Vec<DocId>> = BTreeMap::new();
    for (id, doc) in documents.iter_enumerated() {
        let Some(path) = &doc.translation_of else { continue };
        let mut refuse = |message: String| diagnostics.push(error(doc, "translation_of", &message));
        let Some(&original) = by_content_path.get(path) else {
            refuse(format!("no document at content/{path}: give the path below content/ of the original"));
            continue;
        };
        let original_doc = &documents[original];
        if original == id {
            refuse("a document cannot be a translation of itself".into());
        } else if let Some(first) = &original_doc.translation_of {
            refuse(format!(
                "{} is itself a translation, of content/{first}: name the original",
                original_doc.source.path.display()
            ));
        } else if language(original) == language(id) {
            refuse(format!(
                "{} is in `{}` too: a translation says the language it is in with `language:`",
                original_doc.source.path.display(),
                language(id)
            ));
        } else if let Some(&other) =
            translations.get(&original).and_then(|others| others.iter().find(|&&other| language(other) == language(id)))
        {
            refuse(format!(
                "{} already translates {} into `{}`; {} cannot too: one translation per language",
                documents[other].source.path.display(),
                original_doc.source.path.display(),
                language(id),
                doc.source.path.display()
            ));
        } else {
            translations.entry(original).or_default().push(id);
        }
    }
    let mut versions: PerDoc<Vec<DocId>> = std::iter::repeat_n(Vec::new(), documents.len()).collect();
    let mut listed_as: PerDoc<Option<DocId>> = std::iter::repeat_n(None, documents.len()).collect();
    for (original, translated) in translations {
        let mut set = translated;
        set.push(original);
        set.sort_by_key(|&id| language(id));
        let shown = set.iter().copied().find(|&id| language(id) == site).unwrap_or(original);
        for &id in &set {
            versions[id] = set.iter().copied().filter(|&other| other != id).collect();
            listed_as[id] = Some(shown);
        }
    }
    (versions, listed_as)
}

/// Citations of a symbol lead to the document that is it, so only one may be.
fn own_symbols(documents: &PerDoc<Document>, diagnostics: &mut Diagnostics) -> HashMap<Symbol, DocId> {
    let mut own: HashMap<Symbol, DocId> = HashMap::new();
    for (id, doc) in documents.iter_enumerated() {
        let Some(symbol) = &doc.symbol else { continue };
        if let Some(&first) = own.get(symbol) {
            let other = documents[first].source.path.display();
            diagnostics.push(error(doc, "symbol", &format!("`{symbol}` is already the symbol of {other}")));
        } else {
            own.insert(symbol.clone(), id);
        }
    }
    own
}

fn resolve_related(documents: &PerDoc<Document>, diagnostics: &mut Diagnostics) -> PerDoc<Vec<DocId>> {
    let mut by_slug: HashMap<&Slug, Vec<DocId>> = HashMap::new();
    for (id, doc) in documents.iter_enumerated() {
        by_slug.entry(&doc.slug).or_default().push(id);
    }
    documents
        .iter()
        .map(|doc| {
            doc.related
                .iter()
                .filter_map(|slug| one_named(doc, slug, by_slug.get(slug).map_or(&[], Vec::as_slice), diagnostics))
                .collect()
        })
        .collect()
}

/// The one document `slug` names, given all that have it.
pub(crate) fn one_named(doc: &Document, slug: &Slug, named: &[DocId], diagnostics: &mut Diagnostics) -> Option<DocId> {
    match named {
        [one] => Some(*one),
        [] => {
            diagnostics.push(error(doc, "related", &format!("no document has the slug `{slug}`")));
            None
        }
        _ => {
            diagnostics.push(error(doc, "related", &format!("`{slug}` names more than one document")));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::put_in_order;

    #[test]
    fn items_are_put_in_the_order_given_following_each_cycle_once() {
        let orders: [&[usize]; 5] =
            [&[], &[0, 1, 2, 3, 4], &[4, 3, 2, 1, 0], &[3, 0, 4, 1, 2], &[1, 2, 0, 4, 3, 5, 7, 6]];
        for order in orders {
            let items: Vec<usize> = (0..order.len()).map(|n| n * 10).collect();
            let mut moved = items.clone();
            put_in_order(&mut moved, order.to_vec());
            let expected: Vec<usize> = order.iter().map(|&from| items[from]).collect();
            assert_eq!(moved, expected, "{order:?}");
        }
    }
}
