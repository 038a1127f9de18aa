//! Footnotes in the order they are first cited, each with links back to every citation.

use std::collections::HashMap;

use pulldown_cmark::{CowStr, Event, TagEnd, html};

#[derive(Debug, Default)]
pub struct Footnotes<'a> {
    /// label → (number, how many times cited)
    cited: HashMap<String, (usize, usize)>,
    order: Vec<String>,
    definitions: HashMap<String, Vec<Event<'a>>>,
}

/// The element id of footnote `label`'s note (`fn-…`) and first reference (`fnref-…`).
/// A label that is already a clean id (`1`, `note-2`) is its id; any other carries a hash
/// of the label after its slug, since labels such as `?` and `!`, or `a b` and `a-b`,
/// slug alike and would send each other's readers to the wrong note.
pub fn footnote_id(label: &str) -> String {
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
    /// The superscript link for one citation of `label`.
    pub fn reference(&mut self, label: &str) -> String {
        let next = self.order.len() + 1;
        let (number, times) = self.cited.entry(label.to_owned()).or_insert((next, 0));
        if *number == next && *times == 0 {
            self.order.push(label.to_owned());
        }
        *times += 1;
        let id = footnote_id(label);
        let back_id = if *times == 1 { format!("fnref-{id}") } else { format!("fnref-{id}-{times}") };
        format!(
            "<sup class=\"footnote-ref\"><a href=\"#fn-{id}\" id=\"{back_id}\" aria-describedby=\"footnotes-heading\">{number}</a></sup>"
        )
    }

    pub fn define(&mut self, label: String, events: Vec<Event<'a>>) {
        self.definitions.insert(label, events);
    }

    /// Labels cited in the text that no definition provides.
    pub fn undefined(&self) -> impl Iterator<Item = &str> {
        self.order.iter().filter(|label| !self.definitions.contains_key(*label)).map(String::as_str)
    }

    /// The notes section, appended after the body.
    pub fn render_into(mut self, out: &mut String) {
        if self.order.is_empty() {
            return;
        }
        out.push_str("<section class=\"footnotes\">\n<h2 id=\"footnotes-heading\">Notes</h2>\n<ol>\n");
        for label in &self.order {
            let id = footnote_id(label);
            let times = self.cited.get(label).map_or(1, |(_, times)| *times);
            let backlinks: String = (1..=times)
                .map(|n| {
                    let target = if n == 1 { format!("fnref-{id}") } else { format!("fnref-{id}-{n}") };
                    let mark = if times == 1 { String::new() } else { format!("<sup>{n}</sup>") };
                    format!(
                        " <a href=\"#{target}\" class=\"footnote-back\" aria-label=\"Back to the text\">↩{mark}</a>"
                    )
                })
                .collect();
            let mut events = self.definitions.remove(label).unwrap_or_default();
            // The back-link reads best at the end of the note's last paragraph.
            let at = match events.last() {
                Some(Event::End(TagEnd::Paragraph)) => events.len() - 1,
                _ => events.len(),
            };
            events.insert(at, Event::InlineHtml(CowStr::from(backlinks)));
            out.push_str(&format!("<li id=\"fn-{id}\">"));
            html::push_html(out, events.into_iter());
            out.push_str("</li>\n");
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
}
