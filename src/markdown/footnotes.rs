//! Footnotes in the order they are first cited, each with links back to every citation.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, TagEnd, html};
use unicase::UniCase;

use super::BodyWords;

/// A note's label as pulldown-cmark matches a citation to its definition: in any case,
/// so that `[^Note]` cites the note defined as `[^note]`.
type Label = UniCase<String>;

fn label(text: &str) -> Label {
    UniCase::new(text.to_owned())
}

/// The ids of a page's notes, given out in the first pass so that links to a note can be
/// checked before anything is rendered. Each note's id is its own on the page: labels
/// that make the same id (a clean label and another's slug and hash) take a number after it.
#[derive(Debug, Default, Clone)]
pub struct NoteIds {
    by_label: HashMap<Label, String>,
    taken: HashSet<String>,
}

impl NoteIds {
    /// Gives the note defined as `text` its id; `None` when a note of that label has one.
    pub fn define(&mut self, text: &str) -> Option<&str> {
        let Entry::Vacant(entry) = self.by_label.entry(label(text)) else { return None };
        let base = footnote_id(text);
        let mut id = base.clone();
        let mut count = 1;
        while self.taken.contains(&id) {
            count += 1;
            id = format!("{base}-{count}");
        }
        self.taken.insert(id.clone());
        Some(entry.insert(id))
    }

    fn get(&self, text: &str) -> String {
        self.by_label.get(&label(text)).cloned().unwrap_or_else(|| footnote_id(text))
    }
}

#[derive(Debug, Default)]
pub struct Footnotes<'a> {
    ids: NoteIds,
    /// label → (number, how many times cited)
    cited: HashMap<Label, (usize, usize)>,
    /// Labels in the order first cited, as first cited.
    order: Vec<String>,
    definitions: HashMap<Label, Vec<Event<'a>>>,
}

/// The id of the `times`th citation of the note whose id is `id`. A note's id never
/// holds `--` (slugs do not), so a later citation's id is never another note's first.
fn reference_id(id: &str, times: usize) -> String {
    if times == 1 { format!("fnref-{id}") } else { format!("fnref-{id}--{times}") }
}

/// The id footnote `label`'s note is given unless another note of the page has it. A
/// label that is already a clean id (`1`, `note-2`) is its id; any other carries a hash
/// of the label after its slug, since labels such as `?` and `!`, or `a b` and `a-b`,
/// slug alike and would send each other's readers to the wrong note.
fn footnote_id(label: &str) -> String {
    let slug = slug::slugify(label);
    if slug == label {
        return slug;
    }
    let hash = fnv1a(label.as_bytes());
    if slug.is_empty() { format!("{hash:08x}") } else { format!("{slug}-{hash:08x}") }
}

/// 32-bit FNV-1a, written out rather than taken from a hasher crate: the id is part of
/// the page's links, so it must be the same on every platform and in every release.
fn fnv1a(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, byte| (hash ^ u32::from(*byte)).wrapping_mul(0x0100_0193))
}

impl<'a> Footnotes<'a> {
    pub fn new(ids: NoteIds) -> Self {
        Self { ids, ..Self::default() }
    }

    /// The superscript link for one citation of `text`.
    pub fn reference(&mut self, text: &str) -> String {
        let next = self.order.len() + 1;
        let (number, times) = self.cited.entry(label(text)).or_insert((next, 0));
        if *number == next && *times == 0 {
            self.order.push(text.to_owned());
        }
        *times += 1;
        let id = self.ids.get(text);
        let back_id = reference_id(&id, *times);
        format!(
            "<sup class=\"footnote-ref\"><a href=\"#fn-{id}\" id=\"{back_id}\" aria-describedby=\"footnotes-heading\">{number}</a></sup>"
        )
    }

    pub fn define(&mut self, text: String, events: Vec<Event<'a>>) {
        self.definitions.insert(UniCase::new(text), events);
    }

    /// Labels cited in the text that no definition provides.
    pub fn undefined(&self) -> impl Iterator<Item = &str> {
        self.order.iter().filter(|text| !self.definitions.contains_key(&label(text))).map(String::as_str)
    }

    /// The notes section, appended after the body, in the words of the page's language.
    pub fn render_into(mut self, out: &mut String, words: &BodyWords) {
        if self.order.is_empty() {
            return;
        }
        let heading = &words.notes;
        out.push_str(&format!("<section class=\"footnotes\">\n<h2 id=\"footnotes-heading\">{heading}</h2>\n<ol>\n"));
        for text in &self.order {
            let id = self.ids.get(text);
            let times = self.cited.get(&label(text)).map_or(1, |(_, times)| *times);
            let backlinks: String = (1..=times)
                .map(|n| {
                    let target = reference_id(&id, n);
                    let mark = if times == 1 { String::new() } else { format!("<sup>{n}</sup>") };
                    let back = &words.back;
                    format!(" <a href=\"#{target}\" class=\"footnote-back\" aria-label=\"{back}\">↩{mark}</a>")
                })
                .collect();
            let mut events = self.definitions.remove(&label(text)).unwrap_or_default();
            // The back-link reads best at the end of the note's last paragraph.
            let at = match events.last() {
                Some(Event::End(TagEnd::Paragraph)) => events.len() - 1,
                _ => events.len(),
            };
            events.insert(at, Event::InlineHtml(CowStr::from(backlinks)));
            out.push_str(&format!("<li id=\"fn-{id}\">"));
            html::push_html(out, super::end_tags::omit_implied(events));
            // A note that ends in a paragraph ends on its line break already.
            if !out.ends_with('\n') {
                out.push('\n');
            }
        }
        out.push_str("</ol>\n</section>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_that_slug_alike_get_ids_of_their_own() {
        for (one, other) in [("!", "?"), ("a b", "a-b"), ("Note", "note"), ("1 2", "1-2"), ("ü", "u")] {
            assert_ne!(footnote_id(one), footnote_id(other), "[^{one}] and [^{other}]");
        }
        // A label that is already a clean id stays as it is written.
        assert_eq!(footnote_id("1"), "1");
        assert_eq!(footnote_id("note-2"), "note-2");
    }

    #[test]
    fn a_page_gives_each_note_an_id_of_its_own() {
        let mut ids = NoteIds::default();
        let hashed = footnote_id("a b");
        assert_eq!(ids.define("a b"), Some(hashed.as_str()));
        // A label written as another's id, and one written in another case of a label.
        assert_eq!(ids.define(&hashed), Some(format!("{hashed}-2").as_str()));
        assert_eq!(ids.define("A B"), None);
        assert_eq!(ids.get("A B"), hashed);
    }
}
