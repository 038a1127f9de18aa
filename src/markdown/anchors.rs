//! The first pass: every heading and numbered paragraph gets its stable id, so that
//! links from any document can be checked against them.

use std::collections::HashMap;
use std::ops::Range;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::footnotes::NoteIds;
use super::toc::Outline;

/// Ids the page around the body uses (see the default theme); a heading must not take them.
pub const RESERVED_IDS: [&str; 8] = [
    "main",
    "signatories",
    "signatories-heading",
    "related-heading",
    "cited-by-heading",
    "footnotes-heading",
    "concerning-votes-heading",
    "toc-heading",
];

type Spanned<'a> = (Event<'a>, Range<usize>);

/// The ids a body's page defines. Every document's are held for the whole build, so
/// they are kept sorted in one boxed slice rather than in a hash set of their own.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Anchors(Box<[Box<str>]>);

impl Anchors {
    /// Whether the page defines `id`: one of the body's, or one the page around it uses.
    pub fn contains(&self, id: &str) -> bool {
        RESERVED_IDS.contains(&id) || self.0.binary_search_by(|defined| (**defined).cmp(id)).is_ok()
    }
}

/// The ids a document's page defines, as a link into it asks for one.
pub trait DefinesIds: Sync + std::fmt::Debug {
    fn defines(&self, id: &str) -> bool;
}

impl DefinesIds for Anchors {
    fn defines(&self, id: &str) -> bool {
        self.contains(id)
    }
}

impl FromIterator<String> for Anchors {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> Self {
        let mut ids: Vec<Box<str>> = ids.into_iter().map(String::into_boxed_str).collect();
        ids.sort_unstable();
        ids.dedup();
        Self(ids.into_boxed_slice())
    }
}

/// What the first pass gives the second.
pub struct Assigned<'a> {
    pub events: Vec<Spanned<'a>>,
    /// Every id the body defines.
    pub anchors: Anchors,
    pub notes: NoteIds,
    /// What got an id, for the table of contents.
    pub outline: Outline,
    /// Each numbered paragraph: the index in `events` of its `Start(Item)`, and its
    /// number. The second pass writes its id and ¶ link, in the page's language.
    pub paragraphs: Vec<(usize, u64)>,
}

/// Gives headings, numbered paragraphs and notes their ids.
pub fn assign(events: Vec<Spanned<'_>>) -> Assigned<'_> {
    let mut ids: HashMap<String, usize> = RESERVED_IDS.iter().map(|id| ((*id).to_owned(), 1)).collect();
    let mut defined = Vec::new();
    let mut out = Vec::with_capacity(events.len());
    let mut heading: Option<(Spanned<'_>, Vec<Spanned<'_>>)> = None;
    // For each open list: the next number if it is ordered.
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut in_footnote = false;
    let mut notes = NoteIds::default();
    let mut outline = Outline::default();
    let mut paragraphs = Vec::new();
    for (event, range) in events {
        match event {
            Event::Start(Tag::Heading { .. }) => heading = Some(((event, range), Vec::new())),
            Event::End(TagEnd::Heading(_)) => {
                let Some(((Event::Start(Tag::Heading { level, id, classes, attrs }), start), inner)) = heading.take()
                else {
                    continue;
                };
                let text = plain_text(&inner);
                let wanted = id.map_or_else(|| slug::slugify(&text), |id| id.to_string());
                let id = unique(wanted, &mut ids);
                defined.push(id.clone());
                if !in_footnote {
                    outline.heading(level as u8, id.clone(), text);
                }
                out.push((Event::Start(Tag::Heading { level, id: Some(CowStr::from(id)), classes, attrs }), start));
                out.extend(inner);
                out.push((event, range));
            }
            other if heading.is_some() => {
                if let Some((_, inner)) = heading.as_mut() {
                    inner.push((other, range));
                }
            }
            Event::Start(Tag::List(start)) => {
                lists.push(start);
                out.push((Event::Start(Tag::List(start)), range));
            }
            Event::End(TagEnd::List(ordered)) => {
                lists.pop();
                out.push((Event::End(TagEnd::List(ordered)), range));
            }
            // Numbered paragraphs of a report are the items of its top-level ordered lists.
            Event::Start(Tag::Item) if lists.len() == 1 && !in_footnote && lists[0].is_some() => {
                let number = lists[0].unwrap_or_default();
                lists[0] = Some(number + 1);
                let id = format!("p{number}");
                if ids.insert(id.clone(), 1).is_none() {
                    defined.push(id);
                    outline.paragraph(number);
                    paragraphs.push((out.len(), number));
                }
                out.push((Event::Start(Tag::Item), range));
            }
            Event::Start(Tag::FootnoteDefinition(ref label)) => {
                in_footnote = true;
                if let Some(id) = notes.define(label) {
                    defined.push(format!("fn-{id}"));
                }
                out.push((event, range));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                in_footnote = false;
                out.push((event, range));
            }
            other => out.push((other, range)),
        }
    }
    Assigned { events: out, anchors: defined.into_iter().collect(), notes, outline, paragraphs }
}

fn plain_text(events: &[Spanned<'_>]) -> String {
    events
        .iter()
        .filter_map(|(event, _)| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect()
}

fn unique(base: String, seen: &mut HashMap<String, usize>) -> String {
    // `fn-` and `fnref-` belong to footnotes, whose ids come from their labels alone: a
    // heading "FN 1" or `{#fn-1}` taking one would send a note's readers to it.
    let base = match base {
        base if base.is_empty() => "section".to_owned(),
        base if base.starts_with("fn-") || base.starts_with("fnref-") => format!("section-{base}"),
        base => base,
    };
    let count = seen.entry(base.clone()).or_insert(0);
    *count += 1;
    if *count == 1 { base } else { format!("{base}-{count}") }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_heading_never_takes_the_id_of_a_note() {
        let body = "# Annex {#fn-1}\n\n## FN 2\n\nText.[^1] More.[^2]\n\n[^1]: A note.\n[^2]: Another.\n";
        let anchors = super::super::parse(body).anchors;
        for id in ["section-fn-1", "section-fn-2", "fn-1", "fn-2"] {
            assert!(anchors.contains(id), "no id {id}: {anchors:?}");
        }
    }
}
