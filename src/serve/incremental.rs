//! `serve`'s rebuild after an edit, keyed on what each page shows.
//!
//! Most edits change a document's text and nothing another page shows: its page and the
//! search index are all that change, and only they are rendered. Any other edit to
//! documents (front matter, anchors, links, citations, votes; a document added or
//! removed) is worked through the archive again, in memory: the Markdown of the edited
//! documents and of those linking to them is rendered again, the indexes are rebuilt,
//! and only the pages that showed or now show an edited document are rendered. What
//! lands on disk is what a full build would write. Edits to what every page reads
//! (`data/`, `themes/`, `site.yaml`, the navigation) are left to a full build.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use super::shows::{Changed, RouteShows, ShowsOf, involves_votes};
use crate::archive::{Archive, DocId, PerDoc};
use crate::citations::CitationIndex;
use crate::diagnostics::Diagnostics;
use crate::markdown::{self, Anchors, Highlighter, PackedHtml, Packer, RenderedBody};
use crate::model::{Document, Symbol};
use crate::pipeline::{ArchiveResolver, BuildFailure, DatedResolver, Site, search_entry, vote_sources};
use crate::routes::{Page, Route, Routes};
use crate::search::KnownTerms;
use crate::votes::VoteIndex;

/// A built site kept in memory between edits, with what each of its routes showed.
#[derive(Debug)]
pub struct LiveSite {
    site: Site,
    /// Every route and what it shows, as planned for the next edit to be checked
    /// against; `None` until planned, and again after each edit that changes it.
    shown: Option<Vec<RouteShows>>,
}

impl From<Site> for LiveSite {
    fn from(site: Site) -> Self {
        Self { site, shown: None }
    }
}

/// What an edited path means for the site.
enum Edit {
    /// A document's text changed, and nothing that other pages show.
    Text(Box<(DocId, Document, RenderedBody)>),
    /// A document at this content path changed in a way other pages show, or was
    /// added, or (`None`) removed.
    Document(String, Option<Box<Document>>),
    /// Not part of the site: an editor's temporary file in `content/`, a folder.
    Irrelevant,
}

/// Document `id` edited, with its Markdown rendered, to be put in its place.
struct InPlace {
    id: DocId,
    doc: Box<Document>,
    body: RenderedBody,
}

/// A document whose Markdown is rendered again: edited, or linking to one that was.
struct Rerendered {
    id: DocId,
    body: RenderedBody,
    html: PackedHtml,
    search: crate::search::Entry,
}

impl LiveSite {
    /// Re-renders and writes the pages that `edited` files change and returns their
    /// paths; `None` when a full build is needed, the site then left as it was. The
    /// search index is left to [`LiveSite::write_search_index`], so that the edited page
    /// reaches the reader first.
    pub fn rebuild_edited(&mut self, edited: &[PathBuf]) -> Option<Result<Vec<String>, BuildFailure>> {
        let mut texts = Vec::new();
        let mut documents = Vec::new();
        for path in edited {
            match self.edit(path)? {
                Edit::Text(update) => texts.push(*update),
                Edit::Document(content_path, doc) => documents.push((content_path, doc)),
                Edit::Irrelevant => {}
            }
        }
        if documents.is_empty() {
            return Some(self.rebuild_texts(texts));
        }
        // Text edits change no index, so they go with one edit put in place; an editor's
        // save often reports the file saved before it as well.
        if let [(content_path, Some(_))] = documents.as_slice()
            && let Some(id) = self.site.archive.by_content_path(content_path)
            && let Some((content_path, Some(doc))) = documents.pop()
        {
            match self.in_place(id, doc) {
                Ok(edit) => {
                    return Some(self.rebuild_texts(texts).and_then(|mut pages| {
                        pages.extend(self.rebuild_in_place(edit)?);
                        Ok(pages)
                    }));
                }
                Err(doc) => documents.push((content_path, Some(doc))),
            }
        }
        // Worked through the archive together, text edits and all.
        documents.extend(texts.into_iter().map(|(_, doc, _)| (doc.source.content_path.clone(), Some(Box::new(doc)))));
        self.rebuild_documents(documents)
    }

    fn rebuild_texts(&mut self, updates: Vec<(DocId, Document, RenderedBody)>) -> Result<Vec<String>, BuildFailure> {
        let mut pages = Vec::new();
        let (mut known, mut packer) = (KnownTerms::default(), Packer::default());
        for (id, mut doc, mut body) in updates {
            doc.release_body();
            self.site.archive.documents[id] = doc;
            self.site.search[id] =
                search_entry(&self.site.archive, id, &mut body, &self.site.wording.translations, &mut known);
            let html = std::mem::take(&mut body.html);
            self.site.html[id] = PackedHtml::pack(&html, &mut packer);
            self.site.bodies[id] = body;
            let page = self.site.page(id, html).map_err(|d| BuildFailure(vec![d]))?;
            crate::output::replace(&self.site.output_dir, &page).map_err(|e| self.site.write_failure(&e))?;
            pages.push(page.path);
        }
        Ok(pages)
    }

    /// Plans the site's pages ahead of the next edit, which is then checked against them
    /// without waiting for it; `serve` calls it once an update is on disk.
    pub fn plan_next_edit(&mut self) {
        if self.shown.is_none() {
            self.shown = Some(ShowsOf::new(&self.site).all());
        }
    }

    /// Rewrites the search files whose bytes changed, and removes those of words no
    /// document has any more; returns the paths written.
    pub fn write_search_index(&self) -> Result<Vec<String>, BuildFailure> {
        let mut written = Vec::new();
        let mut paths = HashSet::new();
        for file in self.site.search_index()? {
            if crate::output::replace(&self.site.output_dir, &file).map_err(|e| self.site.write_failure(&e))? {
                written.push(file.path.clone());
            }
            paths.insert(file.path);
        }
        let folder = self.site.output_dir.join(crate::search::FOLDER);
        for entry in walkdir::WalkDir::new(&folder).into_iter().flatten() {
            let relative = entry.path().strip_prefix(&self.site.output_dir).unwrap_or(entry.path());
            let relative = relative.to_string_lossy().replace('\\', "/");
            if relative.ends_with(".json") && !paths.contains(&relative) {
                crate::output::remove(&self.site.output_dir, &relative).map_err(|e| self.site.write_failure(&e))?;
            }
        }
        Ok(written)
    }

    /// What the edit at `path` means; `None` when it changes what every page reads.
    fn edit(&self, path: &Path) -> Option<Edit> {
        let root = self.site.root.canonicalize().ok()?;
        // A file already gone has no canonical path; its folder may.
        let file = match path.canonicalize() {
            Ok(file) => file,
            Err(_) => path.parent()?.canonicalize().ok()?.join(path.file_name()?),
        };
        let content_dir = root.join("content");
        let content_path = file.strip_prefix(&content_dir).ok()?.to_string_lossy().replace('\\', "/");
        let is_document = file.extension().is_some_and(|ext| ext == "md");
        let Some(id) = self.site.archive.by_content_path(&content_path) else {
            if file.is_file() && is_document {
                let doc = crate::load::load_file(&root, &content_dir, &file).ok()?;
                // A new translation is linked from each of its versions' pages and cards.
                if doc.translation_of.is_some() {
                    return None;
                }
                return Some(Edit::Document(content_path, Some(Box::new(doc))));
            }
            // Folders that are there report their files' own events; a folder of
            // documents moved away is left to a full build, and anything else (an
            // editor's temporary file) is no part of the site.
            let folder = format!("{content_path}/");
            let gone_folder = !file.exists()
                && self.site.archive.documents.iter().any(|doc| doc.source.content_path.starts_with(&folder));
            return (!gone_folder).then_some(Edit::Irrelevant);
        };
        let in_translations = !self.site.archive.versions[id].is_empty();
        if !file.exists() {
            return (!in_translations).then_some(Edit::Document(content_path, None));
        }
        let old = &self.site.archive.documents[id];
        let doc = crate::load::load_file(&root, &content_dir, &file).ok()?;
        // Its versions' pages and cards link its address in its language: an edit that
        // may change either, or the set of versions, is left to a full build.
        let same_versions = doc.language == old.language && doc.translation_of == old.translation_of;
        if !same_versions || (in_translations && doc.front_matter() != old.front_matter()) {
            return None;
        }
        let as_document = |doc: Document| Some(Edit::Document(content_path.clone(), Some(Box::new(doc))));
        if doc.front_matter() != old.front_matter() {
            return as_document(doc);
        }
        let Some(body) = self.render_keeping_anchors(id, &doc, doc.body()?) else { return as_document(doc) };
        let before = &self.site.bodies[id];
        let same = body.citations == before.citations
            && body.cited_documents == before.cited_documents
            && body.vote_blocks == before.vote_blocks
            && body.warnings == before.warnings;
        if same { Some(Edit::Text(Box::new((id, doc, body)))) } else { as_document(doc) }
    }

    /// `doc` as an edit of document `id` that can be put in its place, the indexes
    /// patched where they stand; `doc` back when the archive must be worked through
    /// again: the edit changes the page's address, its anchors (which links check), its
    /// own symbol or the vote records, or breaks something a full build will report.
    fn in_place(&self, id: DocId, doc: Box<Document>) -> Result<InPlace, Box<Document>> {
        let old = &self.site.archive.documents[id];
        let keeps_place = doc.kind == old.kind
            && doc.slug == old.slug
            && doc.symbol == old.symbol
            && (self.site.drafts || !doc.draft)
            && self.site.archive.names_one_each(&doc.related);
        let body = doc.body().filter(|_| keeps_place).and_then(|text| self.render_keeping_anchors(id, &doc, text));
        match body {
            Some(body) if self.keeps_votes(id, &doc, &body) => Ok(InPlace { id, doc, body }),
            _ => Err(doc),
        }
    }

    /// Whether document `id`, edited to `doc` with `body`, leaves the vote records as
    /// they were but for the documents' numbers: the same votes recorded, listed by the
    /// same date and session, and the same voted symbols concerned.
    fn keeps_votes(&self, id: DocId, doc: &Document, body: &RenderedBody) -> bool {
        let old = &self.site.archive.documents[id];
        let voted = |doc: &'_ Document| {
            doc.symbols.iter().filter(|symbol| self.site.votes.has_vote_on(symbol)).cloned().collect::<Vec<_>>()
        };
        let records = &self.site.votes.recorded_in[id];
        doc.votes == old.votes
            && body.vote_blocks == self.site.bodies[id].vote_blocks
            && voted(doc) == voted(old)
            && (records.is_empty()
                || (doc.date == old.date
                    && doc.sessions == old.sessions
                    && !records.iter().any(|&vote| self.site.votes.ties_elsewhere(vote))))
    }

    /// `text` rendered as document `id`'s body when it defines the same anchors as its
    /// body did: its address and anchors are then as they were, and its links resolve in
    /// the archive as it stands. `None` when the anchors differ or it does not render.
    fn render_keeping_anchors(&self, id: DocId, doc: &Document, text: &str) -> Option<RenderedBody> {
        let parsed = markdown::parse(text);
        if parsed.anchors != self.site.anchors[id] {
            return None;
        }
        let resolver = ArchiveResolver::new(&self.site.archive, &self.site.urls, &self.site.anchors);
        let resolver = DatedResolver::new(&resolver, doc);
        let words = self.site.wording.body(doc.language.unwrap_or(self.site.archive.language));
        let raw_html = crate::pipeline::raw_html(&self.site.config);
        markdown::render(parsed, &resolver, &Highlighter::default(), raw_html, words).ok()
    }

    /// Puts an edited document in place: each index gives up what the document put in
    /// it and takes what it puts in now, the documents between its old and new place in
    /// the order renumbered. It costs what the edit changes, not what the archive holds.
    fn rebuild_in_place(&mut self, InPlace { id, mut doc, mut body }: InPlace) -> Result<Vec<String>, BuildFailure> {
        let (old, old_body) = (&self.site.archive.documents[id], &self.site.bodies[id]);
        let citation_counts = cited_symbols(old, old_body) != cited_symbols(&doc, &body);
        let membership = !filed_alike(Some(old), Some(&doc));
        let before = self.take_shown();
        let sessions_before: Vec<_> = self.site.archive.by_session.keys().cloned().collect();

        // From here on the site is the edited one.
        let site = &mut self.site;
        site.citations.remove(&site.archive, id, &site.bodies[id]);
        doc.release_body();
        // The edit is checked to bring no error; as with every update in place, its
        // warnings wait for the next full build.
        let moved = site.archive.replace(id, *doc, &mut Diagnostics::default());
        site.citations.renumber(moved);
        site.votes.renumber(moved);
        moved.apply(&mut site.anchors);
        moved.apply(&mut site.bodies);
        // Each body names the documents it links to by their numbers.
        for body in &mut site.bodies {
            moved.ids(&mut body.cited_documents);
        }
        moved.apply(&mut site.html);
        moved.apply(&mut site.search);
        let new_id = moved.to;
        // Its links were resolved in the archive as it stood before the move.
        moved.ids(&mut body.cited_documents);
        let known = &mut KnownTerms::default();
        site.search[new_id] = search_entry(&site.archive, new_id, &mut body, &site.wording.translations, known);
        site.html[new_id] = PackedHtml::pack(&std::mem::take(&mut body.html), &mut Packer::default());
        site.citations.add(&site.archive, new_id, &body);
        site.bodies[new_id] = body;
        let routes = site.plan_routes(&site.archive, &site.votes, &site.citations).map_err(BuildFailure)?;
        let symbol_sessions = symbol_sessions_differing(&site.routes, &routes);
        let symbol_pages_come_or_go = !site.routes.same_symbol_pages(&routes);
        site.routes = routes;
        let same_frame = site.renderer.refresh_in_place(
            &site.config,
            (&site.archive, &site.votes, &site.routes),
            moved,
            symbol_pages_come_or_go,
        );
        // Every page links the sessions that have a page.
        let everything = !same_frame || !site.archive.by_session.keys().eq(&sessions_before);
        let changed_before =
            Changed { documents: vec![id], membership, citation_counts, votes: false, symbol_sessions };
        let changed = Changed { documents: vec![new_id], ..changed_before.clone() };
        // Tag and signatory pages come and go with membership; a document keeps its page.
        let pages_may_change = symbol_pages_come_or_go || everything || changed.membership;
        let before = Before { pages: &before, changed: &changed_before, renumbered: &|was| Some(moved.id(was)) };
        self.write_touched(before, &changed, &[new_id], Scope { everything, pages_may_change })
    }

    /// The archive with `edits` (content path, new document or `None` for removed) worked
    /// through it; `None` when a full build is needed, with the site left as it was.
    fn rebuild_documents(
        &mut self,
        edits: Vec<(String, Option<Box<Document>>)>,
    ) -> Option<Result<Vec<String>, BuildFailure>> {
        let edited: HashSet<String> = edits.iter().map(|(path, _)| path.clone()).collect();
        let before = self.take_shown();
        let old = &self.site;
        // An edit that moves a symbol to another document changes where its citations lead.
        let own_symbol =
            |path: &str| old.archive.by_content_path(path).and_then(|id| old.archive.documents[id].symbol.clone());
        if edits.iter().any(|(path, doc)| own_symbol(path) != doc.as_ref().and_then(|d| d.symbol.clone())) {
            return None;
        }
        let mut documents: Vec<Document> =
            old.archive.documents.iter().filter(|doc| !edited.contains(&doc.source.content_path)).cloned().collect();
        documents.extend(
            edits.into_iter().filter_map(|(_, doc)| doc).map(|doc| *doc).filter(|doc| self.site.drafts || !doc.draft),
        );
        let mut diagnostics = Diagnostics::default();
        let mut archive =
            Archive::assemble(documents, old.archive.language, old.archive.registries.clone(), &mut diagnostics);
        // Sessions with a page are linked from every vote and symbol of that session.
        if diagnostics.has_errors() || !archive.by_session.keys().eq(old.archive.by_session.keys()) {
            return None;
        }
        // Each document's number in the old site, by its number in the new one.
        let old_id: PerDoc<Option<DocId>> = archive
            .documents
            .iter()
            .map(|doc| old.archive.by_content_path(&doc.source.content_path))
            .map(|id| id.filter(|&id| !edited.contains(&old.archive.documents[id].source.content_path)))
            .collect();
        let now = numbers_now(&old_id, old.archive.documents.len());
        let edited_old: Vec<DocId> = edited.iter().filter_map(|path| old.archive.by_content_path(path)).collect();
        // Documents linking to an edited one: the link's address and anchor are checked again.
        let rerender: Vec<DocId> = archive
            .documents
            .keys()
            .filter(|&id| {
                old_id[id].is_none_or(|was| old.bodies[was].cited_documents.iter().any(|c| edited_old.contains(c)))
            })
            .collect();
        let mut texts = Vec::with_capacity(rerender.len());
        for &id in &rerender {
            texts.push(match old_id[id] {
                None => archive.documents[id].body()?.to_owned(),
                Some(_) => self.body_from_disk(&archive.documents[id])?,
            });
        }
        let mut reparsed = rerender.iter().zip(&texts).peekable();
        let anchors: PerDoc<Anchors> = old_id
            .iter_enumerated()
            .map(|(id, was)| match reparsed.next_if(|(r, _)| **r == id) {
                Some((_, text)) => markdown::parse(text).anchors,
                None => was.map(|was| old.anchors[was].clone()).unwrap_or_default(),
            })
            .collect();
        let resolver = ArchiveResolver::new(&archive, &old.urls, &anchors);
        let raw_html = crate::pipeline::raw_html(&old.config);
        let highlighter = Highlighter::default();
        let mut fresh = Vec::with_capacity(rerender.len());
        let (mut known, mut packer) = (KnownTerms::default(), Packer::default());
        for (&id, text) in rerender.iter().zip(&texts) {
            let dated = DatedResolver::new(&resolver, &archive.documents[id]);
            let words = old.wording.body(archive.language_of(id));
            let mut body = markdown::render(markdown::parse(text), &dated, &highlighter, raw_html, words).ok()?;
            let search = search_entry(&archive, id, &mut body, &old.wording.translations, &mut known);
            let html = PackedHtml::pack(&std::mem::take(&mut body.html), &mut packer);
            fresh.push(Rerendered { id, body, html, search });
        }
        // Every document but the re-rendered ones was in the old site, its body linking
        // documents by their old numbers: a document added or removed ahead of them
        // renumbers them.
        let mut rendered = fresh.iter().peekable();
        let bodies: Vec<Cow<'_, RenderedBody>> = old_id
            .iter_enumerated()
            .map(|(id, was)| match rendered.next_if(|f| f.id == id) {
                Some(f) => Some(Cow::Borrowed(&f.body)),
                None => was.and_then(|was| renumbered(&old.bodies[was], &now)),
            })
            .collect::<Option<_>>()?;
        let citations = CitationIndex::build(&archive, bodies.iter().map(|body| &**body));
        let sources = archive
            .documents
            .iter()
            .zip(&bodies)
            .map(|(doc, body)| vote_sources(doc, body, &doc.source.text, &mut diagnostics))
            .collect();
        let votes = VoteIndex::build(&archive, sources, &archive.registries.states, &mut diagnostics);
        if diagnostics.has_errors() {
            return None;
        }
        // A clash of paths is reported by the full build.
        let routes = old.plan_routes(&archive, &votes, &citations).ok()?;
        let renderer = old.renderer.refreshed(&old.config, (&archive, &votes, &routes));
        if !renderer.frames_pages_as(&old.renderer) {
            return None;
        }

        let symbol_sessions = symbol_sessions_differing(&old.routes, &routes);
        let edited_new: Vec<DocId> = archive
            .documents
            .iter_enumerated()
            .filter(|(_, doc)| edited.contains(&doc.source.content_path))
            .map(|(id, _)| id)
            .collect();
        let changed_votes = edited_old.iter().any(|&id| involves_votes(&old.votes, id))
            || edited_new.iter().any(|&id| involves_votes(&votes, id));
        let membership =
            !edited.iter().all(|path| filed_alike(old.archive.document_at(path), archive.document_at(path)));
        let changed_before = Changed {
            documents: edited_old,
            membership,
            citation_counts: citation_counts(&old.citations).ne(citation_counts(&citations)),
            votes: changed_votes,
            symbol_sessions,
        };
        let changed = Changed { documents: edited_new, ..changed_before.clone() };

        // From here on the site is the edited one.
        let mut renderer = renderer;
        renderer.keep_cards(&mut self.site.renderer, &old_id);
        let mut bodies: PerDoc<Option<RenderedBody>> =
            std::mem::take(&mut self.site.bodies).into_iter().map(Some).collect();
        let mut html: PerDoc<Option<PackedHtml>> = std::mem::take(&mut self.site.html).into_iter().map(Some).collect();
        let mut search: PerDoc<Option<crate::search::Entry>> =
            std::mem::take(&mut self.site.search).into_iter().map(Some).collect();
        let mut fresh = fresh.into_iter().peekable();
        for (id, was) in old_id.iter_enumerated() {
            let (body, page_html, entry) = match fresh.next_if(|f| f.id == id) {
                Some(f) => (Some(f.body), Some(f.html), Some(f.search)),
                None => was.map_or((None, None, None), |was| {
                    // Renumbered as above, where each was found to link only documents still here.
                    let body = bodies[was].take().map(|mut body| {
                        if let Some(links) = links_now(&body.cited_documents, &now) {
                            body.cited_documents = links;
                        }
                        body
                    });
                    (body, html[was].take(), search[was].take())
                }),
            };
            self.site.bodies.push(body.unwrap_or_default());
            self.site.html.push(page_html.unwrap_or_default());
            self.site.search.extend(entry);
        }
        for doc in &mut archive.documents {
            doc.release_body();
        }
        self.site.archive = archive;
        self.site.anchors = anchors;
        self.site.citations = citations;
        self.site.votes = votes;
        self.site.routes = routes;
        self.site.renderer = renderer;
        self.site.warnings = diagnostics.into_sorted();
        let before = Before { pages: &before, changed: &changed_before, renumbered: &|was| now[was] };
        // Documents may have come or gone, and their pages with them.
        let scope = Scope { everything: false, pages_may_change: true };
        Some(self.write_touched(before, &changed, &rerender, scope))
    }

    /// The text of `doc`'s body as its file holds it now; `None` if the file changed
    /// in another way since it was loaded, which its own event will report.
    fn body_from_disk(&self, doc: &Document) -> Option<String> {
        crate::load::reread(&self.site.root, doc).ok().map(|file| file.body().to_owned())
    }

    /// Every route and what it shows, as the site stands: planned ahead by
    /// [`LiveSite::plan_next_edit`] or now. Taken, as the edit about to be made changes it.
    fn take_shown(&mut self) -> Vec<RouteShows> {
        self.plan_next_edit();
        self.shown.take().unwrap_or_default()
    }

    /// Renders the routes that showed what changed (`before`) or now show what `changed`,
    /// and those of `rerendered` documents (or every route, as `scope` says), into the
    /// live output; removes the files the site lost.
    fn write_touched(
        &mut self,
        before: Before<'_>,
        changed: &Changed,
        rerendered: &[DocId],
        scope: Scope,
    ) -> Result<Vec<String>, BuildFailure> {
        let mut showed_documents: FxHashSet<DocId> = rerendered.iter().copied().collect();
        let mut showed_files = FxHashSet::default();
        for shown in before.pages.iter().filter(|shown| shown.shows.any_of(before.changed)) {
            match shown.route.page {
                Page::Document(was) => showed_documents.extend((before.renumbered)(was)),
                _ => {
                    showed_files.insert(shown.route.path.as_str());
                }
            }
        }
        let site = &self.site;
        let (new, gone) =
            if scope.pages_may_change { new_and_gone(before.pages, &site.routes) } else { Default::default() };
        let paths_changed = !(new.is_empty() && gone.is_empty());
        let shows_of = ShowsOf::new(site);
        let lists: FxHashMap<&str, &RouteShows> = before
            .pages
            .iter()
            .filter(|shown| shown.route.part.is_some())
            .map(|shown| (shown.route.path.as_str(), shown))
            .collect();
        // A page of a list whose entries shifted, or whose list has another length.
        let list_moved = |route: &Route| {
            route.part.is_some()
                && lists.get(route.path.as_str()).is_some_and(|was| {
                    was.route.part != route.part || !was.shows.shows_alike(&shows_of.route(route), before.renumbered)
                })
        };
        let touched: Vec<&Route> = site
            .routes
            .as_slice()
            .par_iter()
            .filter(|route| {
                scope.everything
                    || match route.page {
                        Page::Document(id) => showed_documents.contains(&id),
                        Page::Sitemap => paths_changed,
                        _ => showed_files.contains(route.path.as_str()) || new.contains(route.path.as_str()),
                    }
                    || shows_of.route(route).any_of(changed)
                    || list_moved(route)
            })
            .collect();
        let live = crate::output::Live::new(&site.output_dir);
        site.renderer.render_routes(site.parts(), &touched, &crate::progress::Silent, &live).map_err(BuildFailure)?;
        for path in &gone {
            crate::output::remove(&site.output_dir, path).map_err(|e| site.write_failure(&e))?;
        }
        let mut written = live.written();
        written.sort();
        Ok(written)
    }
}

/// The site as it stood before an edit: each route and what it showed, what the edit
/// changed, and each document's number now (`None` once gone).
#[derive(Clone, Copy)]
struct Before<'a> {
    pages: &'a [RouteShows],
    changed: &'a Changed,
    renumbered: &'a (dyn Fn(DocId) -> Option<DocId> + Sync),
}

/// The paths `after` has that `before` had not, and those it lost.
fn new_and_gone<'a>(before: &'a [RouteShows], after: &'a Routes) -> (FxHashSet<&'a str>, Vec<&'a str>) {
    let then: FxHashSet<&str> = before.iter().map(|shown| shown.route.path.as_str()).collect();
    let now: FxHashSet<&str> = after.iter().map(|route| route.path.as_str()).collect();
    let gone = then.difference(&now).copied().collect();
    (now.difference(&then).copied().collect(), gone)
}

/// Each old document's number now, by its old number (`None` once gone), from each
/// document's old number by its number now.
fn numbers_now(old_id: &PerDoc<Option<DocId>>, old_count: usize) -> PerDoc<Option<DocId>> {
    let mut now: PerDoc<Option<DocId>> = std::iter::repeat_n(None, old_count).collect();
    for (id, was) in old_id.iter_enumerated() {
        if let Some(was) = *was {
            now[was] = Some(id);
        }
    }
    now
}

/// The documents `cited` (by their old numbers) by their numbers now; `None` if one is
/// gone, which a body linking to it must be rendered again to find.
fn links_now(cited: &[DocId], now: &PerDoc<Option<DocId>>) -> Option<Vec<DocId>> {
    cited.iter().map(|&was| now.get(was).copied().flatten()).collect()
}

/// `body`, an old document's, as the archive is numbered now: borrowed when the
/// documents it links to kept their numbers.
fn renumbered<'a>(body: &'a RenderedBody, now: &PerDoc<Option<DocId>>) -> Option<Cow<'a, RenderedBody>> {
    if body.cited_documents.iter().all(|&was| now.get(was).copied().flatten() == Some(was)) {
        return Some(Cow::Borrowed(body));
    }
    let cited_documents = links_now(&body.cited_documents, now)?;
    Some(Cow::Owned(RenderedBody { cited_documents, ..body.clone() }))
}

/// The sessions of the UN documents that have a page under one plan and not the other.
fn symbol_sessions_differing(before: &Routes, after: &Routes) -> Vec<crate::model::SessionId> {
    let (before, after) = (before.symbols(), after.symbols());
    let gone = before.keys().filter(|symbol| !after.contains_key(*symbol));
    let new = after.keys().filter(|symbol| !before.contains_key(*symbol));
    gone.chain(new).filter_map(Symbol::hrc_session).collect()
}
/// Which pages an edit may touch beyond those showing what it changed.
#[derive(Clone, Copy)]
struct Scope {
    /// Every page: what every page shows changed.
    everything: bool,
    /// Whether the site may gain or lose pages, which are then looked for.
    pages_may_change: bool,
}

/// Whether a document is counted in the same lists before and after an edit: the same
/// kind, sessions, signatories as printed and tags, dated or undated alike (which the
/// feeds and the undated list go by), or absent both times.
fn filed_alike(before: Option<&Document>, after: Option<&Document>) -> bool {
    match (before, after) {
        (Some(a), Some(b)) => {
            a.kind == b.kind
                && a.sessions == b.sessions
                && a.signatories == b.signatories
                && a.tags == b.tags
                && a.date.is_some() == b.date.is_some()
        }
        (a, b) => a.is_none() && b.is_none(),
    }
}

/// The UN documents a document cites, in its text or its `symbols:`.
fn cited_symbols<'a>(doc: &'a Document, body: &'a RenderedBody) -> BTreeSet<&'a Symbol> {
    doc.symbols.iter().chain(body.citations.iter().map(|citation| &citation.symbol)).collect()
}

/// How many documents cite each UN document.
fn citation_counts(index: &CitationIndex) -> impl Iterator<Item = (&Symbol, usize)> {
    index.by_symbol.iter().map(|(symbol, citations)| (symbol, citations.len()))
}
