//! Rewriting a run of body text into HTML whose symbols and paragraph references are links.

use super::recognise::{Attribution, Scanned};
use crate::markdown::{DefinesIds, escape_into};
use crate::model::{DocId, Symbol};

/// An archive document a link or citation can point at, with the ids its page defines.
#[derive(Debug, Clone)]
pub struct DocTarget<'a> {
    pub id: DocId,
    pub url: String,
    pub anchors: &'a dyn DefinesIds,
}

/// Where a symbol's link goes: the archive document that is that symbol, or its page.
#[derive(Debug, Clone)]
pub enum SymbolTarget<'a> {
    Document(DocTarget<'a>),
    Page(String),
}

/// What the Markdown stage needs to know about the rest of the archive.
pub trait Resolver: Sync {
    /// The archive file at `content_path` (relative to `content/`).
    fn document(&self, content_path: &str) -> Option<DocTarget<'_>>;
    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_>;
    /// What a bare resolution number is read against: the Council sessions the archive knows.
    fn attribution(&self) -> Attribution {
        Attribution::default()
    }
}

/// A symbol cited in a body, with the sentence around it for the symbol's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub symbol: Symbol,
    pub sentence: String,
}

/// Turns text into linked HTML, remembering within one block (a paragraph, a list item)
/// what was cited last, since "para. 104" refers to it.
pub struct TextLinker<'r> {
    resolver: &'r dyn Resolver,
    last: Option<SymbolTarget<'r>>,
    /// Whose resolutions the document's numbers are, as it has said so far.
    attribution: Attribution,
    /// The current block's text so far, and the symbols cited in it (with their byte
    /// spans there): a citation's sentence may run past a footnote mark or a link.
    block_text: String,
    block_symbols: Vec<(Symbol, usize, usize)>,
    pub citations: Vec<Citation>,
    /// Archive documents linked to or cited, by id.
    pub cited_documents: Vec<DocId>,
    /// Paragraph references to archive documents that have no such paragraph, each at
    /// the byte offset of the reference in the text given to [`link`](Self::link).
    pub warnings: Vec<(usize, String)>,
}

impl std::fmt::Debug for TextLinker<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextLinker")
            .field("last", &self.last)
            .field("citations", &self.citations)
            .finish_non_exhaustive()
    }
}

impl<'r> TextLinker<'r> {
    pub fn new(resolver: &'r dyn Resolver) -> Self {
        Self {
            resolver,
            last: None,
            attribution: resolver.attribution(),
            block_text: String::new(),
            block_symbols: Vec::new(),
            citations: Vec::new(),
            cited_documents: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// A new paragraph, list item, heading or table cell: earlier citations no longer apply.
    pub fn start_block(&mut self) {
        self.finish_block();
        self.last = None;
    }

    /// Text of the block that is not linked here (inside a link, inline code), kept for context.
    pub fn note_text(&mut self, text: &str) {
        self.block_text.push_str(text);
    }

    /// Records the sentences of the block's citations; call once more after the last block.
    pub fn finish_block(&mut self) {
        if !self.block_symbols.is_empty() {
            let mut sentences = Sentences::new(&self.block_text);
            for (symbol, start, end) in self.block_symbols.drain(..) {
                self.citations.push(Citation { sentence: sentences.around(start, end), symbol });
            }
        }
        self.block_text.clear();
    }

    /// An explicit `@/` link to an archive document.
    pub fn cite_document(&mut self, target: DocTarget<'r>) {
        self.cited_documents.push(target.id);
        self.last = Some(SymbolTarget::Document(target));
    }

    /// `text` as HTML, escaped, with its citations linked.
    pub fn link(&mut self, text: &str) -> String {
        let scanned = Scanned::new(text);
        let (found, ambiguous) = scanned.symbols(&mut self.attribution);
        let mut spans: Vec<(usize, usize, Span)> = found
            .into_iter()
            .map(|found| (found.span.start, found.span.end, Span::Symbol(found.symbol)))
            .chain(ambiguous.into_iter().map(|found| (found.span.start, found.span.end, Span::Ambiguous)))
            .chain(
                scanned
                    .paragraphs()
                    .into_iter()
                    .map(|found| (found.span.start, found.span.end, Span::Paragraphs(found.numbers))),
            )
            .collect();
        spans.sort_by_key(|(start, _, _)| *start);
        let offset = self.block_text.len();
        self.block_text.push_str(text);
        let mut html = String::with_capacity(text.len() + 64);
        let mut at = 0;
        for index in 0..spans.len() {
            let (start, end) = (spans[index].0, spans[index].1);
            if start < at {
                continue;
            }
            escape_into(&mut html, &text[at..start]);
            match &spans[index].2 {
                Span::Symbol(symbol) => {
                    let target = self.resolver.symbol(symbol);
                    let url = match &target {
                        SymbolTarget::Document(doc) => {
                            self.cited_documents.push(doc.id);
                            doc.url.clone()
                        }
                        SymbolTarget::Page(url) => url.clone(),
                    };
                    html.push_str("<a class=\"symbol\" href=\"");
                    escape_into(&mut html, &url);
                    html.push_str("\">");
                    escape_into(&mut html, &text[start..end]);
                    html.push_str("</a>");
                    self.block_symbols.push((symbol.clone(), offset + start, offset + end));
                    self.last = Some(target);
                }
                Span::Ambiguous => {
                    self.warnings.push((
                        start,
                        format!(
                            "ambiguous citation: `{}` names no body and cannot be a Human Rights Council \
                             resolution; name the body (\"General Assembly resolution …\") to link it",
                            &text[start..end]
                        ),
                    ));
                    escape_into(&mut html, &text[start..end]);
                }
                Span::Paragraphs(numbers) => {
                    // "paragraphs 8 and 9 of resolution 60/251": the symbol after them is the one meant.
                    let of_symbol = spans.get(index + 1).and_then(|(next, _, span)| match span {
                        Span::Symbol(symbol) if is_of(&text[end..*next]) => Some(self.resolver.symbol(symbol)),
                        _ => None,
                    });
                    self.link_paragraphs(text, start, end, numbers, of_symbol.as_ref(), &mut html);
                }
            }
            at = end;
        }
        escape_into(&mut html, &text[at..]);
        html
    }

    /// "para. 104" links to `#p104` of the document cited just before, when it is in the
    /// archive; otherwise it stays text beside the citation's own link.
    fn link_paragraphs(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        numbers: &[(std::ops::Range<usize>, u32)],
        target: Option<&SymbolTarget<'r>>,
        html: &mut String,
    ) {
        let Some(SymbolTarget::Document(doc)) = target.or(self.last.as_ref()) else {
            escape_into(html, &text[start..end]);
            return;
        };
        let mut at = start;
        for (index, (span, number)) in numbers.iter().enumerate() {
            let id = format!("p{number}");
            // The first number's link takes in "para.", so the words a reader clicks say what they are.
            let link_start = if index == 0 { start } else { span.start };
            escape_into(html, &text[at..link_start]);
            if doc.anchors.defines(&id) {
                html.push_str("<a href=\"");
                escape_into(html, &doc.url);
                html.push('#');
                html.push_str(&id);
                html.push_str("\">");
                escape_into(html, &text[link_start..span.end]);
                html.push_str("</a>");
            } else {
                self.warnings.push((
                    start,
                    format!(
                        "`{}` refers to paragraph {number} of {}, which has no such paragraph",
                        &text[start..end],
                        doc.url
                    ),
                ));
                escape_into(html, &text[link_start..span.end]);
            }
            at = span.end;
        }
        escape_into(html, &text[at..end]);
    }
}

/// Whether `between` is the word "of" between spaces, however wrapped.
fn is_of(between: &str) -> bool {
    between.starts_with(char::is_whitespace)
        && between.ends_with(char::is_whitespace)
        && between.trim().eq_ignore_ascii_case("of")
}

enum Span {
    Symbol(Symbol),
    Ambiguous,
    Paragraphs(Vec<(std::ops::Range<usize>, u32)>),
}

/// The sentences of a block, for the citations in it. Where sentences end is found once
/// per block: looking for the ends around every citation would read a long sentence (a
/// pasted PDF may have no full stop for pages) once per citation in it.
struct Sentences<'t> {
    text: &'t str,
    /// Every `.`, `?` or `!` followed by whitespace or the end of the text, in order.
    ends: Vec<usize>,
    /// The last sentence made, by where it starts and ends: citations come in order, and
    /// many may share one sentence.
    last: Option<(usize, usize, String)>,
}

impl<'t> Sentences<'t> {
    fn new(text: &'t str) -> Self {
        let ends = memchr::memchr3_iter(b'.', b'?', b'!', text.as_bytes())
            .filter(|&i| text[i + 1..].chars().next().is_none_or(char::is_whitespace))
            .collect();
        Self { text, ends, last: None }
    }

    /// The sentence holding `start..end`, at most about 300 characters of it.
    fn around(&mut self, start: usize, end: usize) -> String {
        let text = self.text;
        let before = self.ends.partition_point(|&i| i < start);
        let from = self.ends[..before]
            .iter()
            .rev()
            .find(|&&i| {
                i + 1 < text.len()
                    // "A." at the very start is a heading's letter, not the end of a sentence.
                    && !(i < 3 && text[..i].ends_with(|p: char| p.is_ascii_uppercase()))
            })
            .map_or(0, |i| i + 1);
        let after = self.ends.partition_point(|&i| i < end);
        let to = self.ends.get(after).map_or(text.len(), |i| i + 1);
        match &self.last {
            Some((last_from, last_to, sentence)) if (*last_from, *last_to) == (from, to) => sentence.clone(),
            _ => {
                let sentence = shortened(text[from..to].trim());
                self.last = Some((from, to, sentence.clone()));
                sentence
            }
        }
    }
}

/// `sentence` on one line, cut to about 300 characters.
fn shortened(sentence: &str) -> String {
    // A sentence wrapped over lines is quoted on one.
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if sentence.chars().nth(300).is_none() {
        return sentence;
    }
    let cut = sentence.char_indices().nth(297).map_or(sentence.len(), |(i, _)| i);
    format!("{}…", sentence[..cut].trim_end())
}

#[cfg(test)]
fn sentence_around(text: &str, start: usize, end: usize) -> String {
    Sentences::new(text).around(start, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::Anchors;

    struct Archive {
        report_anchors: Anchors,
    }

    impl Resolver for Archive {
        fn document(&self, _: &str) -> Option<DocTarget<'_>> {
            None
        }
        fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
            if symbol.as_str() == "A/HRC/31/81" {
                SymbolTarget::Document(DocTarget {
                    id: DocId::from(7),
                    url: "/reports/r.html".into(),
                    anchors: &self.report_anchors,
                })
            } else {
                SymbolTarget::Page(format!("/symbols/{}.html", symbol.slug()))
            }
        }
    }

    fn archive() -> Archive {
        Archive { report_anchors: ["p12".to_owned(), "p13".to_owned()].into_iter().collect() }
    }

    #[test]
    fn symbols_link_to_their_document_or_their_page() {
        let archive = archive();
        let mut linker = TextLinker::new(&archive);
        let html = linker.link("See A/HRC/31/81 and HRC resolution 37/23 & more.");
        assert_eq!(
            html,
            "See <a class=\"symbol\" href=\"/reports/r.html\">A/HRC/31/81</a> and <a class=\"symbol\" href=\"/symbols/a-hrc-res-37-23.html\">HRC resolution 37/23</a> &amp; more."
        );
        assert_eq!(linker.cited_documents, [DocId::from(7)]);
        linker.note_text("²");
        linker.link(" Then more. Next sentence.");
        linker.finish_block();
        assert_eq!(linker.citations[1].sentence, "See A/HRC/31/81 and HRC resolution 37/23 & more.² Then more.");
    }

    #[test]
    fn paragraph_references_follow_the_last_citation_in_the_block() {
        let archive = archive();
        let mut linker = TextLinker::new(&archive);
        assert_eq!(
            linker.link("A/HRC/31/81, paras. 12-13, and para. 14."),
            "<a class=\"symbol\" href=\"/reports/r.html\">A/HRC/31/81</a>, <a href=\"/reports/r.html#p12\">paras. 12</a>-<a href=\"/reports/r.html#p13\">13</a>, and para. 14."
        );
        assert_eq!(linker.warnings.len(), 1, "paragraph 14 does not exist");
        assert_eq!(linker.warnings[0].0, 31, "the warning is where `para. 14` is");
        // A report outside the archive: the reference stays text beside the symbol's link.
        let html = linker.link("(A/HRC/43/31), which over-emphasises (para. 104)");
        assert!(html.ends_with("over-emphasises (para. 104)"), "{html}");
        linker.start_block();
        assert_eq!(linker.link("para. 12"), "para. 12", "a new block forgets what was cited");
    }

    #[test]
    fn a_paragraph_reference_wrapped_before_its_symbol_links_into_it() {
        let archive = archive();
        let mut linker = TextLinker::new(&archive);
        assert_eq!(
            linker.link("paragraph 12 of\nA/HRC/31/81"),
            "<a href=\"/reports/r.html#p12\">paragraph 12</a> of\n<a class=\"symbol\" href=\"/reports/r.html\">A/HRC/31/81</a>"
        );
        linker.finish_block();
        assert_eq!(linker.citations[0].sentence, "paragraph 12 of A/HRC/31/81", "quoted on one line");
    }

    #[test]
    fn sentences_are_cut_at_their_boundaries() {
        let text = "First sentence. The draft A/HRC/43/L.31 is divisive. Third.";
        let start = text.find("A/").unwrap_or(0);
        assert_eq!(sentence_around(text, start, start + 13), "The draft A/HRC/43/L.31 is divisive.");
    }
}
