//! Stage three: Markdown bodies to HTML, on pulldown-cmark's event stream, in two passes.
//!
//! [`parse`] reads a body and gives every heading and numbered paragraph its id; a link
//! into a document not yet rendered has its ids worked out first. [`render`] then resolves
//! `@/` links (checking their anchors), links citations, renders footnotes at the end
//! with back-links, highlights code with CSS classes, and hands out vote blocks.
//! Editors' HTML comments never reach the page.
//!
//! It also gives the search index the body's plain text: what a reader reads, without
//! the page's paragraph links (¶), note numbers and back-links (↩), or the cover-page
//! and footer lines of a pasted PDF ([`furniture`]). On the page, the search page's
//! excerpts leave them out too: the links and notes by their classes, the cover-page and
//! footer lines by `data-search-ignore`.

mod anchors;
mod end_tags;
mod footnotes;
mod furniture;
mod highlight;
mod packed;
mod toc;
mod words;

use std::cell::Cell;
use std::collections::HashMap;
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd, html};

use crate::citations::{Citation, Resolver, TextLinker};
use crate::model::DocId;
pub use anchors::{Anchors, DefinesIds};
use footnotes::{Footnotes, NoteIds};
pub use highlight::{Highlighter, stylesheet as highlight_stylesheet};
pub use packed::{PackedHtml, Packer, UnpackError};
pub use toc::{Toc, TocEntry};
pub use words::BodyWords;

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A body after the first pass.
#[derive(Debug)]
pub struct Parsed<'a> {
    events: Vec<(Event<'a>, Range<usize>)>,
    /// Every id the body defines: headings, numbered paragraphs (`p104`), notes.
    pub anchors: Anchors,
    lines: LineIndex<'a>,
    notes: NoteIds,
    /// What got an id, for a long body's table of contents.
    outline: toc::Outline,
    /// Each numbered paragraph's `Start(Item)` in `events`, and its number.
    paragraphs: Vec<(usize, u64)>,
    /// Whether the editor wrote HTML of their own. Only then is there anything to
    /// sanitise: pulldown-cmark escapes text, and unsafe link addresses are refused.
    has_raw_html: bool,
}

pub fn parse(body: &str) -> Parsed<'_> {
    let events: Vec<_> = Parser::new_ext(body, options())
        .into_offset_iter()
        .filter(|(event, _)| !matches!(event, Event::Html(t) | Event::InlineHtml(t) if is_comment(t)))
        .collect();
    let has_raw_html = events.iter().any(|(event, _)| matches!(event, Event::Html(_) | Event::InlineHtml(_)));
    let anchors::Assigned { events, anchors, notes, outline, paragraphs } = anchors::assign(events);
    Parsed { events, anchors, lines: LineIndex::new(body), notes, outline, paragraphs, has_raw_html }
}

/// A problem in the body, at a line and column of the body (1-based; the column in
/// characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyProblem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

#[derive(Debug, Clone, Default)]
pub struct RenderedBody {
    pub html: String,
    /// What a reader reads, as plain text, for the search index: no paragraph links,
    /// note numbers or back-links, and no cover-page or footer lines.
    pub text: String,
    /// Fenced `vote` blocks, in order; each left a [`vote_placeholder`] in `html`.
    pub vote_blocks: Vec<VoteBlock>,
    /// Symbols cited in the text.
    pub citations: Vec<Citation>,
    /// Archive documents linked to with `@/` or cited by their symbol.
    pub cited_documents: Vec<DocId>,
    /// The table of contents of a long body: its sections (or runs of paragraphs).
    pub toc: Option<Toc>,
    pub warnings: Vec<BodyProblem>,
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

/// Where the rendered vote component for block `index` goes: text in Unicode's private
/// use area, which survives sanitising (comments do not) and no keyboard types by chance.
pub fn vote_placeholder(index: usize) -> String {
    format!("\u{E000}plenary-vote-{index}\u{E000}")
}

/// What happens to raw HTML written in Markdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawHtml {
    /// Passed through as written: the editors are trusted.
    Trusted,
    /// Cleaned to a safe subset of HTML (no scripts, styles, event handlers or unsafe URLs).
    Sanitised,
}

/// The second pass, writing the stage's own words (the ¶ links' labels, the notes'
/// heading) as `words` gives them. Fails with every broken `@/` link and undefined footnote.
pub fn render(
    parsed: Parsed<'_>,
    resolver: &dyn Resolver,
    highlighter: &Highlighter,
    raw_html: RawHtml,
    words: &BodyWords,
) -> Result<RenderedBody, Vec<BodyProblem>> {
    let Parsed { events, lines, notes, outline, paragraphs, has_raw_html, .. } = parsed;
    let mut rendered = RenderedBody { toc: outline.into_toc(), ..RenderedBody::default() };
    let mut problems = Vec::new();
    let mut linker = TextLinker::new(resolver);
    let mut footnotes = Footnotes::new(notes);
    let mut first_citation_of: HashMap<String, usize> = HashMap::new();
    let mut sink = Sink::default();
    // A run of text is linked as a whole: pulldown-cmark may split it at punctuation.
    let mut text_run = TextRun::default();
    let mut paragraph_warnings = Vec::new();
    let mut code: Option<(String, String, usize)> = None;
    let mut inside_link = 0usize;
    let mut depth = 1;
    let mut furniture = furniture::paragraphs(&events).into_iter().peekable();
    let mut in_furniture = false;
    let mut paragraphs = paragraphs.into_iter().peekable();

    for (index, (event, range)) in events.into_iter().enumerate() {
        let furniture_starts = furniture.next_if_eq(&index).is_some();
        in_furniture |= furniture_starts;
        match &event {
            _ if in_furniture => in_furniture = !matches!(event, Event::End(TagEnd::Paragraph)),
            Event::Text(text) | Event::Code(text) if code.as_ref().is_none_or(|(language, ..)| language != "vote") => {
                rendered.text.push_str(text);
            }
            Event::End(_) | Event::SoftBreak | Event::HardBreak => rendered.text.push(' '),
            _ => {}
        }
        if let Event::Text(text) = &event {
            if let Some((_, buffer, _)) = code.as_mut() {
                buffer.push_str(text);
                continue;
            }
            if inside_link == 0 {
                text_run.push(text, range.clone());
                continue;
            }
            linker.note_text(text);
        }
        if let Event::Code(code) = &event {
            linker.note_text(code);
        }
        // A wrapped line does not end what it cites: "the General Assembly\nresolution
        // 60/251" is one citation, and `A/HRC/\n43/31` one symbol.
        if matches!(event, Event::SoftBreak) {
            if inside_link == 0 {
                text_run.push("\n", range.clone());
                continue;
            }
            linker.note_text("\n");
        }
        if !text_run.text.is_empty() {
            let html = text_run.link(&mut linker, &lines, &mut problems, &mut paragraph_warnings);
            sink.push(Event::InlineHtml(html.into()));
        }
        if let Some((_, number)) = paragraphs.next_if(|(at, _)| *at == index) {
            linker.start_block();
            sink.push(Event::Html(words.paragraph_item(number).into()));
            continue;
        }
        match event {
            Event::Start(Tag::Link { ref dest_url, .. } | Tag::Image { ref dest_url, .. })
                if is_unsafe_url(dest_url) =>
            {
                let (line, column) = lines.position(range.start);
                let message = format!("refused link `{dest_url}`: only web, mail and archive addresses may be linked");
                problems.push(BodyProblem { line, column, message });
                inside_link += 1;
                sink.push(event);
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                inside_link += 1;
                let dest_url = match dest_url.strip_prefix("@/") {
                    Some(target) => match resolve_internal(target, resolver, &mut linker) {
                        Ok(url) => url.into(),
                        Err(message) => {
                            let (line, column) = lines.position(range.start);
                            problems.push(BodyProblem {
                                line,
                                column,
                                message: format!("broken link `{dest_url}`: {message}"),
                            });
                            dest_url
                        }
                    },
                    None => dest_url,
                };
                sink.push(Event::Start(Tag::Link { link_type, dest_url, title, id }));
            }
            // Text inside an image is its alt text, which must stay plain.
            Event::Start(Tag::Image { .. }) => {
                inside_link += 1;
                sink.push(event);
            }
            Event::End(TagEnd::Link | TagEnd::Image) => {
                inside_link = inside_link.saturating_sub(1);
                sink.push(event);
            }
            // A cover-page or footer line stays on the page, marked for search to skip.
            Event::Start(Tag::Paragraph) if furniture_starts => {
                linker.start_block();
                sink.push(Event::Html("<p data-search-ignore>".into()));
            }
            Event::Start(Tag::Paragraph | Tag::Item | Tag::TableCell) => {
                linker.start_block();
                sink.push(event);
            }
            Event::Start(Tag::Heading { level, .. }) => {
                linker.start_block();
                depth = level as u8;
                sink.push(event);
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or_default().to_owned(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((language, String::new(), lines.position(range.start).0 + 1));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((language, text, line)) = code.take() {
                    let html = if language == "vote" {
                        rendered.vote_blocks.push(VoteBlock { text, line, depth });
                        vote_placeholder(rendered.vote_blocks.len() - 1)
                    } else {
                        code_block(&language, &text, highlighter)
                    };
                    sink.push(Event::Html(html.into()));
                }
            }
            Event::Start(Tag::FootnoteDefinition(label)) => sink.footnote = Some((label.to_string(), Vec::new())),
            Event::End(TagEnd::FootnoteDefinition) => {
                if let Some((label, events)) = sink.footnote.take() {
                    footnotes.define(label, events);
                }
            }
            Event::FootnoteReference(label) => {
                first_citation_of.entry(label.to_string()).or_insert(range.start);
                sink.push(Event::InlineHtml(footnotes.reference(&label).into()));
            }
            other => sink.push(other),
        }
    }
    if !text_run.text.is_empty() {
        let html = text_run.link(&mut linker, &lines, &mut problems, &mut paragraph_warnings);
        sink.push(Event::InlineHtml(html.into()));
    }
    linker.finish_block();
    for label in footnotes.undefined() {
        let (line, column) = lines.position(first_citation_of.get(label).copied().unwrap_or_default());
        problems.push(BodyProblem {
            line,
            column,
            message: format!("footnote `[^{label}]` is cited but never defined"),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    html::push_html(&mut rendered.html, end_tags::omit_implied(sink.out));
    footnotes.render_into(&mut rendered.html, words);
    if has_raw_html && raw_html == RawHtml::Sanitised {
        rendered.html = sanitise(&rendered.html);
    }
    rendered.warnings = paragraph_warnings;
    rendered.citations = linker.citations;
    rendered.cited_documents = linker.cited_documents;
    Ok(rendered)
}

/// Consecutive text events, linked as one text, with where each came from in the body.
#[derive(Debug, Default)]
struct TextRun {
    text: String,
    /// `(start in text, where in the body)` of each event's text.
    pieces: Vec<(usize, Range<usize>)>,
}

impl TextRun {
    fn push(&mut self, text: &str, range: Range<usize>) {
        self.pieces.push((self.text.len(), range));
        self.text.push_str(text);
    }

    /// The body offset of byte `at` of the run. Within a piece written as it reads the
    /// offsets agree; a piece that reads otherwise (a curly quote for `'`, an entity)
    /// maps to where it starts.
    fn source_offset(&self, at: usize) -> usize {
        let index = self.pieces.partition_point(|(start, _)| *start <= at).saturating_sub(1);
        let Some((start, range)) = self.pieces.get(index) else { return 0 };
        let end = self.pieces.get(index + 1).map_or(self.text.len(), |(next, _)| *next);
        if end - start == range.len() { range.start + (at - start).min(range.len()) } else { range.start }
    }

    /// The run as linked HTML, its problems reported where they are in the body; the
    /// run is left empty.
    fn link(
        &mut self,
        linker: &mut TextLinker<'_>,
        lines: &LineIndex<'_>,
        problems: &mut Vec<BodyProblem>,
        warnings: &mut Vec<BodyProblem>,
    ) -> String {
        self.undefined_footnotes(lines, problems);
        let html = linker.link(&self.text);
        warnings.extend(linker.warnings.drain(..).map(|(at, message)| {
            let (line, column) = lines.position(self.source_offset(at));
            BodyProblem { line, column, message }
        }));
        self.text.clear();
        self.pieces.clear();
        html
    }

    /// A `[^label]` left as text: pulldown-cmark prints a reference to an undefined
    /// footnote as it is written, which would publish it silently.
    fn undefined_footnotes(&self, lines: &LineIndex<'_>, problems: &mut Vec<BodyProblem>) {
        let text = &self.text;
        let mut from = 0;
        // By its bracket, with a vectorised byte search: a searcher for "[^" would be set
        // up for every run of text, and `str::find` reads a word at a time.
        while let Some(open) = memchr::memchr(b'[', &text.as_bytes()[from..]).map(|i| from + i) {
            if text.as_bytes().get(open + 1) != Some(&b'^') {
                from = open + 1;
                continue;
            }
            let label_start = open + 2;
            let Some(close) = memchr::memchr(b']', &text.as_bytes()[label_start..]).map(|i| label_start + i) else {
                break;
            };
            let label = &text[label_start..close];
            if !label.is_empty() && !label.contains(char::is_whitespace) {
                let (line, column) = lines.position(self.source_offset(open));
                problems.push(BodyProblem {
                    line,
                    column,
                    message: format!("footnote `{}` is cited but never defined", &text[open..=close]),
                });
            }
            from = close + 1;
        }
    }
}

/// Where rendered events go: the page, or the footnote being defined.
#[derive(Default)]
struct Sink<'a> {
    out: Vec<Event<'a>>,
    footnote: Option<(String, Vec<Event<'a>>)>,
}

impl<'a> Sink<'a> {
    fn push(&mut self, event: Event<'a>) {
        match self.footnote.as_mut() {
            Some((_, events)) => events.push(event),
            None => self.out.push(event),
        }
    }
}

/// `@/statements/x.md#p12`: the page of that file, and an anchor it defines.
fn resolve_internal<'r>(
    target: &str,
    resolver: &'r dyn Resolver,
    linker: &mut TextLinker<'r>,
) -> Result<String, String> {
    let (path, fragment) = target.split_once('#').map_or((target, None), |(p, f)| (p, Some(f)));
    let doc = resolver.document(path).ok_or_else(|| format!("there is no content/{path}"))?;
    let url = match fragment {
        Some(fragment) if !doc.anchors.defines(fragment) => {
            return Err(format!("content/{path} has no anchor `#{fragment}`"));
        }
        Some(fragment) => format!("{}#{fragment}", doc.url),
        None => doc.url.clone(),
    };
    linker.cite_document(doc);
    Ok(url)
}

/// Script-running URL schemes, whatever their case or leading spaces.
fn is_unsafe_url(url: &str) -> bool {
    let scheme: String = url.trim_start().chars().take_while(|c| *c != ':').filter(|c| !c.is_whitespace()).collect();
    url.contains(':') && ["javascript", "vbscript", "data"].contains(&scheme.to_ascii_lowercase().as_str())
}

/// Keeps what Markdown and this stage produce (ids, classes, ARIA labels, table
/// scopes, list starts) and removes the rest of any raw HTML an editor wrote.
fn sanitise(html: &str) -> String {
    ammonia::Builder::default()
        .add_tags(["section"])
        .add_generic_attributes([
            "id",
            "class",
            "dir",
            "role",
            "aria-label",
            "aria-describedby",
            "aria-hidden",
            "data-search-ignore",
        ])
        .link_rel(None)
        .clean(html)
        .to_string()
}

fn is_comment(html: &str) -> bool {
    let html = html.trim();
    html.starts_with("<!--") && html.ends_with("-->")
}

fn code_block(language: &str, text: &str, highlighter: &Highlighter) -> String {
    let highlighted = (!language.is_empty()).then(|| highlighter.highlight(language, text)).flatten();
    let class = if language.is_empty() { String::new() } else { format!(" class=\"language-{}\"", escape(language)) };
    let inner = highlighted.unwrap_or_else(|| escape(text));
    format!("<pre class=\"code\"><code{class}>{inner}</code></pre>\n")
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// [`escape`], written at the end of `out`.
pub fn escape_into(out: &mut String, text: &str) {
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(out, text);
}

/// Byte offset → 1-based line and column, the column in characters as editors count.
#[derive(Debug)]
struct LineIndex<'a> {
    text: &'a str,
    newlines: Vec<usize>,
    /// The last offset asked for and its column: problems come in the order of the
    /// text, so columns are counted on from there rather than from the line's start,
    /// which keeps a long line with many problems linear.
    last: Cell<(usize, usize)>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        // Every body passes here whole: a vectorised byte search, where `match_indices`
        // reads a word at a time.
        Self { text, newlines: memchr::memchr_iter(b'\n', text.as_bytes()).collect(), last: Cell::new((0, 1)) }
    }

    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.newlines.partition_point(|&newline| newline < offset);
        let line_start = if line == 0 { 0 } else { self.newlines[line - 1] + 1 };
        let (last_offset, last_column) = self.last.get();
        let (from, column) =
            if (line_start..=offset).contains(&last_offset) { (last_offset, last_column) } else { (line_start, 1) };
        let column = column + self.text.get(from..offset).map_or(offset - from, |s| s.chars().count());
        self.last.set((offset, column));
        (line + 1, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citations::{DocTarget, SymbolTarget};
    use crate::model::Symbol;

    struct OneFile(Anchors);
    impl Resolver for OneFile {
        fn document(&self, path: &str) -> Option<DocTarget<'_>> {
            (path == "statements/s.md").then(|| DocTarget {
                id: DocId::from(3),
                url: "/archive/statements/s.html".into(),
                anchors: &self.0,
            })
        }
        fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
            SymbolTarget::Page(format!("/archive/symbols/{}.html", symbol.slug()))
        }
    }

    fn resolver() -> OneFile {
        OneFile(["p2".to_owned()].into_iter().collect())
    }

    /// The default theme's words in `lang`, loaded once.
    fn words_in(lang: crate::model::Lang) -> BodyWords {
        static TRANSLATIONS: std::sync::OnceLock<crate::i18n::Translations> = std::sync::OnceLock::new();
        let translations = TRANSLATIONS.get_or_init(|| {
            let theme = crate::render::Theme::builtin().unwrap_or_default();
            crate::i18n::Translations::load(&theme.translations).unwrap_or_else(|errors| panic!("{errors:?}"))
        });
        BodyWords::new(translations.locale(lang))
    }

    fn words() -> BodyWords {
        words_in(crate::model::Lang::En)
    }

    fn render_body(body: &str) -> Result<RenderedBody, Vec<BodyProblem>> {
        render(parse(body), &resolver(), &Highlighter::default(), RawHtml::Sanitised, &words())
    }

    #[test]
    fn script_urls_are_refused_in_any_spelling() {
        for body in [
            "[x](javascript:alert(1))",
            "[x](JavaScript:alert(1))",
            "[x](<javascript:alert(1)>)",
            "![x](data:text/html;base64,AAAA)",
            "[x](vbscript:x)",
        ] {
            let problems = render_body(body).err().unwrap_or_default();
            assert!(problems.iter().any(|p| p.message.starts_with("refused link")), "{body}: {problems:?}");
        }
        assert!(render_body("[x](https://example.org/javascript:x)").is_ok());
    }

    #[test]
    fn raw_html_is_sanitised_unless_trusted() {
        let body = "<script>alert(1)</script>\n\n<p onclick=\"x()\">Hi <a href=\"javascript:y()\">there</a> <sup>2</sup></p>\n";
        let clean = render_body(body).unwrap().html;
        assert!(!clean.contains("script") && !clean.contains("onclick") && !clean.contains("javascript"), "{clean}");
        assert!(clean.contains("<sup>2</sup>"), "{clean}");
        let trusted =
            render(parse(body), &resolver(), &Highlighter::default(), RawHtml::Trusted, &words()).unwrap().html;
        assert!(trusted.contains("<script>alert(1)</script>"), "{trusted}");
    }

    #[test]
    fn sanitising_keeps_what_this_stage_writes() {
        let body = "## Head\n\n10. Para[^1] citing A/HRC/43/31.\n\n```rust\nfn x() {}\n```\n\n[^1]: Note.\n";
        let sanitised = render_body(body).unwrap().html;
        let trusted =
            render(parse(body), &resolver(), &Highlighter::default(), RawHtml::Trusted, &words()).unwrap().html;
        for kept in [
            "id=\"head\"",
            "id=\"p10\"",
            "class=\"para-link\"",
            "aria-label=\"Link to paragraph 10\"",
            "class=\"symbol\"",
            "id=\"fnref-1\"",
            "aria-describedby=\"footnotes-heading\"",
            "class=\"hl-",
            "<section class=\"footnotes\">",
            "start=\"10\"",
        ] {
            assert!(trusted.contains(kept), "trusted lacks {kept}");
            assert!(sanitised.contains(kept), "sanitised lacks {kept}: {sanitised}");
        }
    }

    fn html(body: &str) -> String {
        render_body(body).map(|r| r.html).unwrap_or_default()
    }

    #[test]
    fn footnotes_go_last_with_back_links() {
        let out = html("Text[^a] and again[^a].\n\n[^a]: The note.\n\nAfter.\n");
        let notes = out.find("<section class=\"footnotes\">").unwrap_or(0);
        assert!(out.find("After.").unwrap_or(usize::MAX) < notes, "{out}");
        assert!(out.contains("href=\"#fn-a\" id=\"fnref-a\""), "{out}");
        assert!(out.contains("id=\"fnref-a--2\""), "{out}");
        assert!(out.contains("<li id=\"fn-a\"><p>The note. <a href=\"#fnref-a\""), "{out}");
    }

    /// Every `id="…"` of `html`, in order.
    fn ids(html: &str) -> Vec<&str> {
        html.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect()
    }

    #[test]
    fn every_note_and_citation_of_a_note_has_an_id_of_its_own() {
        // Found by fuzzing: the second citation of `[^1]` and the first of `[^1-2]` were
        // both `fnref-1-2`, so the back-link of one note led to the other's citation.
        for body in [
            "Text[^1] again[^1] and [^1-2].\n\n[^1]: One.\n[^1-2]: Two.\n",
            "Text[^1-2] and [^1] again[^1].\n\n[^1-2]: Two.\n[^1]: One.\n",
            "A[^a] b[^a] c[^a] d[^a-2] e[^a-3].\n\n[^a]: A.\n[^a-2]: B.\n[^a-3]: C.\n",
        ] {
            let out = html(body);
            let ids = ids(&out);
            let unique: std::collections::HashSet<_> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{body:?}: {ids:?}");
            // Each back-link leads to a citation of its own note.
            for note in out.split("<li id=\"fn-").skip(1) {
                let id = note.split('"').next().unwrap_or_default();
                for back in note.split("<a href=\"#").skip(1).filter(|a| a.contains("\" class=\"footnote-back\"")) {
                    let target = back.split('"').next().unwrap_or_default();
                    let cited = format!("href=\"#fn-{id}\" id=\"{target}\"");
                    assert!(out.contains(&cited), "{body:?}: note {id} leads back to {target}: {out}");
                }
            }
        }
    }

    #[test]
    fn a_note_cited_in_another_case_is_the_same_note() {
        // pulldown-cmark matches labels in any case, as CommonMark does link labels.
        let out = html("Text[^Note] and [^note].\n\n[^note]: The note.\n");
        assert_eq!(out.matches("href=\"#fn-note\"").count(), 2, "{out}");
        assert_eq!(out.matches("<li id=").count(), 1, "{out}");
    }

    #[test]
    fn headings_get_unique_anchors() {
        let out = html("## Summary\n\n## Summary\n\n## Own {#mine}\n");
        assert!(out.contains("<h2 id=\"summary\">Summary</h2>"), "{out}");
        assert!(out.contains("<h2 id=\"summary-2\">"), "{out}");
        assert!(out.contains("<h2 id=\"mine\">"), "{out}");
    }

    #[test]
    fn a_page_defines_its_own_ids_and_the_bodys() {
        let parsed = parse("# Main\n\n## Annex\n\n1. One.\n");
        for id in ["main", "signatories", "main-2", "annex", "p1"] {
            assert!(parsed.anchors.contains(id), "{id}: {:?}", parsed.anchors);
        }
        assert!(!parsed.anchors.contains("p2"));
        assert!(!parsed.anchors.contains("annex-2"));
    }

    #[test]
    fn numbered_paragraphs_get_stable_ids_from_their_real_number() {
        let parsed = parse("## I\n\n1. One.\n\n2. Two.\n\n## II\n\n3. Three.\n\n- not numbered\n");
        assert!(["p1", "p2", "p3"].iter().all(|id| parsed.anchors.contains(id)), "{:?}", parsed.anchors);
        let out = html("10. Ten.\n\n11. Eleven.\n");
        assert!(out.contains("<li id=\"p10\"><a class=\"para-link\" href=\"#p10\""), "{out}");
        assert!(out.contains("<li id=\"p11\">"), "{out}");
    }

    #[test]
    fn internal_links_resolve_or_fail_with_their_line() {
        assert!(html("[s](@/statements/s.md#p2)").contains("href=\"/archive/statements/s.html#p2\""));
        let problems = render_body("one\n\n[x](@/letters/missing.md)\n").err().unwrap_or_default();
        assert_eq!((problems[0].line, problems[0].column), (3, 1));
        let problems = render_body("[s](@/statements/s.md#p9)").err().unwrap_or_default();
        assert!(problems[0].message.contains("has no anchor `#p9`"), "{problems:?}");
    }

    #[test]
    fn symbols_in_text_become_links_but_not_in_code_links_or_alt_text() {
        let rendered = render_body("Draft A/HRC/43/L.31 and `A/HRC/1/1`.\n\n[A/HRC/2/2](https://x.org) ![A/HRC/3/3](i.png)\n\n```\nA/HRC/4/4\n```\n").unwrap();
        assert!(
            rendered
                .html
                .contains("<a class=\"symbol\" href=\"/archive/symbols/a-hrc-43-l-31.html\">A/HRC/43/L.31</a>"),
            "{}",
            rendered.html
        );
        assert_eq!(rendered.citations.len(), 1, "{:?}", rendered.citations);
        assert!(rendered.html.contains("alt=\"A/HRC/3/3\""), "{}", rendered.html);
    }

    #[test]
    fn an_undefined_footnote_is_an_error_at_its_place() {
        for body in ["Text[^missing].\n\n[^other]: defined.\n", "Intro.\n\nText[^missing].\n"] {
            let problems = render_body(body).err().unwrap_or_default();
            let problem = problems.iter().find(|p| p.message == "footnote `[^missing]` is cited but never defined");
            assert!(problem.is_some(), "{body:?}: {problems:?}");
        }
        let problems = render_body("Intro.\n\nText[^missing].\n").err().unwrap_or_default();
        assert_eq!((problems[0].line, problems[0].column), (3, 5));
    }

    #[test]
    fn problems_are_placed_by_characters_on_their_own_line() {
        let body =
            "Réuni à Genève, le Conseil l'a dit.\n\nÀ Genève — voir [là](@/letters/missing.md) et [^x] puis [^y].\n";
        let problems = render_body(body).err().unwrap_or_default();
        let found: Vec<_> = problems.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(found, [(3, 17), (3, 47), (3, 57)], "{problems:?}");
    }

    #[test]
    fn a_paragraph_reference_warning_is_at_the_reference() {
        struct Report(Anchors);
        impl Resolver for Report {
            fn document(&self, _: &str) -> Option<DocTarget<'_>> {
                None
            }
            fn symbol(&self, _: &Symbol) -> SymbolTarget<'_> {
                SymbolTarget::Document(DocTarget {
                    id: DocId::from(1),
                    url: "/reports/r.html".into(),
                    anchors: &self.0,
                })
            }
        }
        let report = Report(["p1".to_owned()].into_iter().collect());
        // Smart punctuation turns `'` into three bytes of `’`: the column still counts the source.
        let body = "Intro.\n\nL'État, selon A/HRC/31/81,\nn'a pas lu le para. 57 ni le para. 1 ni le para. 9.\n";
        let rendered = render(parse(body), &report, &Highlighter::default(), RawHtml::Sanitised, &words()).unwrap();
        let found: Vec<_> = rendered.warnings.iter().map(|w| (w.line, w.column)).collect();
        assert_eq!(found, [(4, 15), (4, 44)], "{:?}", rendered.warnings);
    }

    #[test]
    fn vote_blocks_are_handed_out_with_their_line_and_depth() {
        let rendered = render_body("Intro\n\n## Vote\n\n```vote\non: A/HRC/1/L.1\n---\nYES\tFIJI\n```\n").unwrap();
        assert_eq!(
            rendered.vote_blocks,
            [VoteBlock { text: "on: A/HRC/1/L.1\n---\nYES\tFIJI\n".into(), line: 6, depth: 2 }]
        );
        assert!(rendered.html.contains(&vote_placeholder(0)), "{}", rendered.html);
        assert!(!rendered.html.contains("FIJI"));
    }

    #[test]
    fn the_plain_text_is_the_prose_and_the_page_marks_the_rest_for_search() {
        let body = "Human Rights Council\n\nThirty-first session\n\nDistr.: General  \n29 January 2016\n\n\
            ## Summary\n\n1. The Council requested a report.[^1]\n\n2. States replied.\n\nGE.16-01234(E)\n\n\
            [^1]: See resolution 28/2.\n";
        let rendered = render_body(body).unwrap();
        let words: Vec<&str> = rendered.text.split_whitespace().collect();
        assert_eq!(
            words.join(" "),
            "Summary The Council requested a report. States replied. See resolution 28/2.",
            "{:?}",
            rendered.text
        );
        let html = &rendered.html;
        // The page still shows every line, each part that is not prose marked.
        assert_eq!(html.matches("<p data-search-ignore>").count(), 4, "{html}");
        assert!(html.contains("<p data-search-ignore>Distr.: General<br />\n29 January 2016\n<h2"), "{html}");
        assert!(html.contains("class=\"para-link\" href=\"#p1\" aria-label=\"Link to paragraph 1\">¶</a>"), "{html}");
        assert!(html.contains("<sup class=\"footnote-ref\">"), "{html}");
        assert!(html.contains("class=\"footnote-back\" aria-label=\"Back to the text\">↩</a>"), "{html}");
        assert!(!rendered.text.contains(['¶', '↩']));
        assert!(!html.contains("\n\n"), "no blank lines where end tags were left out: {html}");
        // Marks survive the sanitiser, for a body with HTML of its own.
        let sanitised = render_body(&format!("<b>Note</b>\n\n{body}")).unwrap().html;
        assert_eq!(
            sanitised.matches("data-search-ignore").count(),
            html.matches("data-search-ignore").count(),
            "{sanitised}"
        );
    }

    #[test]
    fn the_stage_writes_its_own_words_in_the_page_language() {
        use crate::model::Lang;
        let body = "1. Le Conseil a pris note du rapport.[^1]\n\n2. Les États ont répondu.\n\n[^1]: Voir la résolution 28/2.\n";
        let in_language = |lang| {
            render(parse(body), &resolver(), &Highlighter::default(), RawHtml::Sanitised, &words_in(lang))
                .map(|rendered| rendered.html)
                .unwrap_or_default()
        };
        let french = in_language(Lang::Fr);
        assert!(french.contains("aria-label=\"Lien vers le paragraphe 2\">¶</a>"), "{french}");
        assert!(french.contains("<h2 id=\"footnotes-heading\">Notes</h2>"), "{french}");
        assert!(french.contains("class=\"footnote-back\" aria-label=\"Retour au texte\""), "{french}");
        assert!(!french.contains("Link to") && !french.contains("Back to"), "{french}");
        let arabic = in_language(Lang::Ar);
        assert!(arabic.contains("aria-label=\"رابط إلى الفقرة 1\""), "{arabic}");
        assert!(arabic.contains("<h2 id=\"footnotes-heading\">الحواشي</h2>"), "{arabic}");
        // The words aside, the page is the same in every language.
        let english = in_language(Lang::En);
        assert_eq!(english.matches("<li id=\"p").count(), french.matches("<li id=\"p").count());
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
