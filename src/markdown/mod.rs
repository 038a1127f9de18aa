//! Stage two: Markdown bodies to HTML, working on pulldown-cmark's event stream.
//!
//! Beyond CommonMark this renders footnotes at the end with back-links, gives every
//! heading a stable anchor, resolves `@/` links to other archive files, highlights
//! fenced code with CSS classes, and keeps editors' HTML comments out of the page.

mod highlight;

use std::collections::HashMap;

use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

pub use highlight::{Highlighter, stylesheet as highlight_stylesheet};

/// Ids the page around the body uses (see the default theme); a heading must not take them.
const RESERVED_IDS: [&str; 5] = ["main", "signatories", "signatories-heading", "related-heading", "footnotes-heading"];

/// What a body rendering needs from the rest of the archive.
pub trait LinkResolver {
    /// The URL of the archive file at `content_path` (relative to `content/`), if it exists.
    fn resolve(&self, content_path: &str) -> Option<String>;
}

/// A problem in the body, at a line of the body (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyProblem {
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Default)]
pub struct RenderedBody {
    pub html: String,
    /// `(level, id, text)` of each heading, in order.
    pub headings: Vec<(u8, String, String)>,
    /// Fenced `vote` blocks, in order; each left a [`vote_placeholder`] in `html`.
    pub vote_blocks: Vec<VoteBlock>,
}

/// The text of a fenced `vote` block, for the votes stage to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteBlock {
    pub text: String,
    /// Body line of the block's first line of text (the one after the fence).
    pub line: usize,
    /// Level of the heading the block sits under (1 when none: the page title).
    pub depth: u8,
}

/// Where the rendered vote component for block `index` goes. Editors' own comments are
/// dropped from bodies, so only the Markdown stage can write one.
pub fn vote_placeholder(index: usize) -> String {
    format!("<!--plenary:vote:{index}-->")
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

pub fn render(
    body: &str,
    links: &dyn LinkResolver,
    highlighter: &Highlighter,
) -> Result<RenderedBody, Vec<BodyProblem>> {
    let line_of = LineIndex::new(body);
    let mut problems = Vec::new();
    let mut out: Vec<Event<'_>> = Vec::new();
    let mut rendered = RenderedBody::default();
    let mut footnotes = Footnotes::default();
    let mut heading_ids: HashMap<String, usize> = RESERVED_IDS.iter().map(|id| ((*id).to_owned(), 1)).collect();
    // Events are diverted while inside a heading, a code block or a footnote definition.
    let mut heading: Option<(HeadingLevel, Option<String>, Vec<Event<'_>>)> = None;
    let mut code: Option<(String, String, usize)> = None;
    let mut depth = 1;
    let mut footnote: Option<(String, Vec<Event<'_>>)> = None;

    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        let event = match event {
            Event::Start(Tag::Link { link_type, dest_url, title, id }) if dest_url.starts_with("@/") => {
                match resolve_internal(&dest_url, links) {
                    Ok(url) => Event::Start(Tag::Link { link_type, dest_url: url.into(), title, id }),
                    Err(message) => {
                        problems.push(BodyProblem { line: line_of.line(range.start), message });
                        Event::Start(Tag::Link { link_type, dest_url, title, id })
                    }
                }
            }
            Event::Html(text) | Event::InlineHtml(text) if is_comment(&text) => continue,
            other => other,
        };
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or_default().to_owned(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((language, String::new(), line_of.line(range.start) + 1));
            }
            Event::Text(text) if code.is_some() => {
                if let Some((_, buffer, _)) = code.as_mut() {
                    buffer.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((language, text, line)) = code.take() {
                    let html = if language == "vote" {
                        rendered.vote_blocks.push(VoteBlock { text, line, depth });
                        vote_placeholder(rendered.vote_blocks.len() - 1)
                    } else {
                        code_block(&language, &text, highlighter)
                    };
                    push(&mut out, &mut heading, &mut footnote, Event::Html(html.into()));
                }
            }
            Event::Start(Tag::Heading { level, id, .. }) => {
                heading = Some((level, id.map(|id| id.to_string()), Vec::new()));
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, id, inner)) = heading.take() {
                    let text = plain_text(&inner);
                    let id = unique_id(id.unwrap_or_else(|| slug::slugify(&text)), &mut heading_ids);
                    depth = level as u8;
                    push(&mut out, &mut None, &mut footnote, Event::Html(format!("<h{depth} id=\"{id}\">").into()));
                    out_or_footnote(&mut out, &mut footnote).extend(inner);
                    push(&mut out, &mut None, &mut footnote, Event::Html(format!("</h{depth}>\n").into()));
                    rendered.headings.push((depth, id, text));
                }
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                footnote = Some((label.to_string(), Vec::new()));
            }
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some((label, events)) = footnote.take() {
                    footnotes.define(label, events);
                }
            }
            Event::FootnoteReference(label) => {
                let html = footnotes.reference(&label);
                push(&mut out, &mut heading, &mut footnote, Event::InlineHtml(html.into()));
            }
            other => push(&mut out, &mut heading, &mut footnote, other),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    html::push_html(&mut rendered.html, out.into_iter());
    footnotes.render_into(&mut rendered.html);
    Ok(rendered)
}

fn push<'a>(
    out: &mut Vec<Event<'a>>,
    heading: &mut Option<(HeadingLevel, Option<String>, Vec<Event<'a>>)>,
    footnote: &mut Option<(String, Vec<Event<'a>>)>,
    event: Event<'a>,
) {
    match heading {
        Some((_, _, inner)) => inner.push(event),
        None => out_or_footnote(out, footnote).push(event),
    }
}

fn out_or_footnote<'a, 'b>(
    out: &'b mut Vec<Event<'a>>,
    footnote: &'b mut Option<(String, Vec<Event<'a>>)>,
) -> &'b mut Vec<Event<'a>> {
    match footnote {
        Some((_, events)) => events,
        None => out,
    }
}

fn resolve_internal(dest: &str, links: &dyn LinkResolver) -> Result<String, String> {
    let target = &dest[2..];
    let (path, fragment) = target.split_once('#').map_or((target, None), |(p, f)| (p, Some(f)));
    let url = links.resolve(path).ok_or_else(|| format!("broken link `{dest}`: there is no content/{path}"))?;
    Ok(match fragment {
        Some(fragment) => format!("{url}#{fragment}"),
        None => url,
    })
}

fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

fn plain_text(events: &[Event<'_>]) -> String {
    events
        .iter()
        .filter_map(|event| match event {
            Event::Text(text) | Event::Code(text) => Some(text.as_ref()),
            _ => None,
        })
        .collect()
}

fn unique_id(base: String, seen: &mut HashMap<String, usize>) -> String {
    let base = if base.is_empty() { "section".to_owned() } else { base };
    let count = seen.entry(base.clone()).or_insert(0);
    *count += 1;
    if *count == 1 { base } else { format!("{base}-{count}") }
}

fn code_block(language: &str, text: &str, highlighter: &Highlighter) -> String {
    let highlighted = (!language.is_empty()).then(|| highlighter.highlight(language, text)).flatten();
    let class = if language.is_empty() { String::new() } else { format!(" class=\"language-{}\"", escape(language)) };
    let inner = highlighted.unwrap_or_else(|| escape(text));
    format!("<pre class=\"code\"><code{class}>{inner}</code></pre>\n")
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}

/// Footnotes in the order they are first cited, each with links back to every citation.
#[derive(Debug, Default)]
struct Footnotes<'a> {
    /// label → (number, how many times cited)
    cited: HashMap<String, (usize, usize)>,
    order: Vec<String>,
    definitions: HashMap<String, Vec<Event<'a>>>,
}

impl<'a> Footnotes<'a> {
    fn reference(&mut self, label: &str) -> String {
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

    fn define(&mut self, label: String, events: Vec<Event<'a>>) {
        self.definitions.insert(label, events);
    }

    fn render_into(mut self, html_out: &mut String) {
        if self.order.is_empty() {
            return;
        }
        html_out.push_str("<section class=\"footnotes\">\n<h2 id=\"footnotes-heading\">Notes</h2>\n<ol>\n");
        for label in &self.order {
            let id = footnote_id(label);
            let times = self.cited.get(label).map_or(1, |(_, times)| *times);
            let backlinks: String = (1..=times)
                .map(|n| {
                    let target = if n == 1 { format!("fnref-{id}") } else { format!("fnref-{id}-{n}") };
                    let label = if times == 1 { String::new() } else { format!("<sup>{n}</sup>") };
                    format!(
                        " <a href=\"#{target}\" class=\"footnote-back\" aria-label=\"Back to the text\">↩{label}</a>"
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
            html_out.push_str(&format!("<li id=\"fn-{id}\">"));
            html::push_html(html_out, events.into_iter());
            html_out.push_str("</li>\n");
        }
        html_out.push_str("</ol>\n</section>\n");
    }
}

fn footnote_id(label: &str) -> String {
    let slug = slug::slugify(label);
    if slug.is_empty() { format!("{:x}", label.len()) } else { slug }
}

/// Byte offset → 1-based line.
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(text: &str) -> Self {
        Self(text.match_indices('\n').map(|(i, _)| i).collect())
    }
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&newline| newline < offset) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct OneFile;
    impl LinkResolver for OneFile {
        fn resolve(&self, path: &str) -> Option<String> {
            (path == "statements/s.md").then(|| "/archive/statements/s/".to_owned())
        }
    }

    fn html(body: &str) -> String {
        render(body, &OneFile, &Highlighter::default()).map(|r| r.html).unwrap_or_default()
    }

    #[test]
    fn footnotes_go_last_with_back_links() {
        let out = html("Text[^a] and again[^a].\n\n[^a]: The note.\n\nAfter.\n");
        let notes = out.find("<section class=\"footnotes\">").unwrap_or(0);
        assert!(out.find("After.").unwrap_or(usize::MAX) < notes, "{out}");
        assert!(out.contains("href=\"#fn-a\" id=\"fnref-a\""), "{out}");
        assert!(out.contains("id=\"fnref-a-2\""), "{out}");
        assert!(out.contains("<li id=\"fn-a\"><p>The note. <a href=\"#fnref-a\""), "{out}");
    }

    #[test]
    fn headings_get_unique_anchors() {
        let out = html("## Summary\n\n## Summary\n\n## Own {#mine}\n");
        assert!(out.contains("<h2 id=\"summary\">Summary</h2>"), "{out}");
        assert!(out.contains("<h2 id=\"summary-2\">"), "{out}");
        assert!(out.contains("<h2 id=\"mine\">"), "{out}");
    }

    #[test]
    fn internal_links_resolve_or_fail_with_their_line() {
        assert!(html("[s](@/statements/s.md#p2)").contains("href=\"/archive/statements/s/#p2\""));
        let problems = render("one\n\n[x](@/letters/missing.md)\n", &OneFile, &Highlighter::default()).err();
        assert_eq!(problems.map(|p| p[0].line), Some(3));
    }

    #[test]
    fn vote_blocks_are_handed_out_with_their_line_and_depth() {
        let rendered = render(
            "Intro\n\n## Vote\n\n```vote\non: A/HRC/1/L.1\n---\nYES\tFIJI\n```\n",
            &OneFile,
            &Highlighter::default(),
        )
        .unwrap();
        assert_eq!(
            rendered.vote_blocks,
            [VoteBlock { text: "on: A/HRC/1/L.1\n---\nYES\tFIJI\n".into(), line: 6, depth: 2 }]
        );
        assert!(rendered.html.contains(&vote_placeholder(0)), "{}", rendered.html);
        assert!(!rendered.html.contains("FIJI"));
    }

    #[test]
    fn comments_stay_out_and_code_is_escaped() {
        let out = html("<!-- Editor's note -->\n\n```\n<b>&\n```\n");
        assert!(!out.contains("Editor"), "{out}");
        assert!(out.contains("&lt;b&gt;&amp;"), "{out}");
    }

    #[test]
    fn smart_punctuation_tables_and_strikethrough() {
        let out = html("\"Quoted\" -- ~~gone~~\n\n| a |\n|---|\n| b |\n");
        assert!(out.contains("“Quoted”"), "{out}");
        assert!(out.contains("<del>gone</del>"), "{out}");
        assert!(out.contains("<table>"), "{out}");
    }
}
