//! Stage three: the loaded documents resolved against each other and the
//! registries, with every index a page needs built once.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::{Document, Kind, SessionId, Slug, Symbol};
use crate::registry::{Organisation, Registries};

/// An index into [`Archive::documents`].
pub type DocId = usize;

#[derive(Debug)]
pub struct Signatory {
    pub organisation: Organisation,
    /// Every form it was printed in, so its page can say so.
    pub printed_as: BTreeSet<String>,
    pub documents: Vec<DocId>,
}

#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub documents: Vec<DocId>,
}

#[derive(Debug)]
pub struct Archive {
    /// Newest first.
    pub documents: Vec<Document>,
    pub registries: Registries,
    pub by_kind: BTreeMap<Kind, Vec<DocId>>,
    /// Each session's documents, oldest first, as a session unfolds.
    pub by_session: BTreeMap<SessionId, Vec<DocId>>,
    pub signatories: BTreeMap<Slug, Signatory>,
    /// For each document, the organisation behind each printed signatory, in printed order.
    pub signed_by: Vec<Vec<Organisation>>,
    pub tags: BTreeMap<Slug, Tag>,
    /// For each document, the documents its `related:` names.
    pub related: Vec<Vec<DocId>>,
    by_content_path: HashMap<String, DocId>,
    by_own_symbol: HashMap<Symbol, DocId>,
}

impl Archive {
    pub fn assemble(mut documents: Vec<Document>, registries: Registries, diagnostics: &mut Diagnostics) -> Self {
        documents.sort_by(Document::newest_first);
        check_unique_slugs(&documents, diagnostics);

        let mut by_kind: BTreeMap<Kind, Vec<DocId>> = BTreeMap::new();
        let mut by_session: BTreeMap<SessionId, Vec<DocId>> = BTreeMap::new();
        let mut signatories: BTreeMap<Slug, Signatory> = BTreeMap::new();
        let mut tags: BTreeMap<Slug, Tag> = BTreeMap::new();
        let mut signed_by = Vec::with_capacity(documents.len());
        for (id, doc) in documents.iter().enumerate() {
            by_kind.entry(doc.kind).or_default().push(id);
            for session in &doc.sessions {
                if !registries.sessions.is_known(session) {
                    diagnostics.push(warn(
                        doc,
                        "session",
                        &format!("`{session}` is not of the form HRC<number> and not listed in data/sessions.yaml"),
                    ));
                }
                by_session.entry(session.clone()).or_default().push(id);
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
                let Some(organisation) = registries.organisations.resolve(printed) else {
                    diagnostics.push(warn(
                        doc,
                        "signatories",
                        &format!("`{printed}` has no letters or digits to name a page after"),
                    ));
                    continue;
                };
                let entry = signatories.entry(organisation.slug.clone()).or_insert_with(|| Signatory {
                    organisation: organisation.clone(),
                    printed_as: BTreeSet::new(),
                    documents: Vec::new(),
                });
                entry.printed_as.insert(printed.clone());
                if entry.documents.last() != Some(&id) {
                    entry.documents.push(id);
                }
                organisations.push(organisation);
            }
            signed_by.push(organisations);
            for name in &doc.tags {
                if let Some(slug) = Slug::from_text(name) {
                    let tag = tags.entry(slug).or_insert_with(|| Tag { name: name.clone(), documents: Vec::new() });
                    if tag.documents.last() != Some(&id) {
                        tag.documents.push(id);
                    }
                }
            }
        }
        for ids in by_session.values_mut() {
            ids.reverse();
        }
        let by_content_path = documents.iter().enumerate().map(|(id, d)| (d.source.content_path.clone(), id)).collect();
        let related = resolve_related(&documents, diagnostics);
        let by_own_symbol = own_symbols(&documents, diagnostics);
        Self {
            documents,
            registries,
            by_kind,
            by_session,
            signatories,
            signed_by,
            tags,
            related,
            by_content_path,
            by_own_symbol,
        }
    }

    pub fn by_content_path(&self, content_path: &str) -> Option<DocId> {
        self.by_content_path.get(content_path).copied()
    }

    /// The archive document that is the UN document `symbol` (its `symbol:` field).
    pub fn by_own_symbol(&self, symbol: &Symbol) -> Option<DocId> {
        self.by_own_symbol.get(symbol).copied()
    }
}

fn warn(doc: &Document, field: &str, message: &str) -> Diagnostic {
    Diagnostic::warning(&doc.source.path, doc.source.fields.line(field), format!("{field}: {message}"))
        .with_source(&doc.source.text)
}

fn error(doc: &Document, field: &str, message: &str) -> Diagnostic {
    Diagnostic { level: crate::diagnostics::Level::Error, ..warn(doc, field, message) }
}

/// Two documents at one URL would silently overwrite each other.
fn check_unique_slugs(documents: &[Document], diagnostics: &mut Diagnostics) {
    let mut seen: HashMap<String, &Document> = HashMap::new();
    for doc in documents {
        if let Some(first) = seen.insert(doc.path(), doc) {
            // Blame the file that chose the slug by hand, else the later one.
            let chose = |d: &Document| d.source.fields.has("slug");
            let blame_doc = chose(doc) || (!chose(first) && doc.source.path > first.source.path);
            let (a, b) = if blame_doc { (first, doc) } else { (doc, first) };
            diagnostics.push(error(
                b,
                "slug",
                &format!("`{}` has the same URL /{} as {}", b.slug, b.path(), a.source.path.display()),
            ));
        }
    }
}

/// Citations of a symbol lead to the document that is it, so only one may be.
fn own_symbols(documents: &[Document], diagnostics: &mut Diagnostics) -> HashMap<Symbol, DocId> {
    let mut own: HashMap<Symbol, DocId> = HashMap::new();
    for (id, doc) in documents.iter().enumerate() {
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

fn resolve_related(documents: &[Document], diagnostics: &mut Diagnostics) -> Vec<Vec<DocId>> {
    let mut by_slug: HashMap<&Slug, Vec<DocId>> = HashMap::new();
    for (id, doc) in documents.iter().enumerate() {
        by_slug.entry(&doc.slug).or_default().push(id);
    }
    documents
        .iter()
        .map(|doc| {
            doc.related
                .iter()
                .filter_map(|slug| match by_slug.get(slug).map(Vec::as_slice) {
                    Some([one]) => Some(*one),
                    Some(_) => {
                        diagnostics.push(error(doc, "related", &format!("`{slug}` names more than one document")));
                        None
                    }
                    None => {
                        diagnostics.push(error(doc, "related", &format!("no document has the slug `{slug}`")));
                        None
                    }
                })
                .collect()
        })
        .collect()
}
