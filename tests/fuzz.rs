//! Fuzzing on the stable toolchain, with structured inputs: front matter, vote sheets,
//! citations, the Markdown stage and whole sites, each from generators of content as
//! editors write it (`fuzz/documents.rs`, `fuzz/text.rs`) and from mutations of the
//! archive's own files and known bad inputs (`fuzz/corpus.rs`).
//!
//! Every target is bounded so that `cargo test` runs a short pass of each; a long hunt is
//! one command, described in `docs/FUZZING.md`. A panic fails the case and is shrunk to a
//! small input; a hang stops the run at once, saving its input (shrinking a hang would
//! take hours). A fault found here becomes a regression test or a case of
//! `tests/bad_inputs/`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;
#[path = "fuzz/corpus.rs"]
mod corpus;
#[path = "fuzz/documents.rs"]
mod documents;
#[path = "fuzz/site.rs"]
mod site;
#[path = "fuzz/text.rs"]
mod text;

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use common::body_words;
use plenary::citations::{DocTarget, Resolver, SymbolTarget, TextLinker, paragraph_references, symbols};
use plenary::load::{parse_document, split};
use plenary::markdown::{self, Highlighter, RawHtml};
use plenary::model::{DocId, Symbol};
use plenary::votes::{Position, parse_sheet};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

/// The size of the long single-paragraph inputs: a pasted PDF with no paragraph breaks
/// is a megabyte of one paragraph.
const BIG_INPUT_BYTES: usize = 1 << 20;

/// Past this, a text-level target has hung: the slowest takes a few milliseconds a case.
const CASE_LIMIT: Duration = Duration::from_secs(20);

/// Past this, a megabyte-scale case has hung.
const BIG_CASE_LIMIT: Duration = Duration::from_secs(120);

/// `default` cases in each `cargo test`; `PROPTEST_CASES=N` for a long hunt, divided by
/// `cost` for targets whose case is that many times dearer (whole builds, big inputs).
fn config(default: u32, cost: u32) -> ProptestConfig {
    let hunt = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse::<u32>().ok());
    let cases = hunt.map_or(default, |n| (n / cost).max(1));
    // The short pass of every `cargo test` draws the same cases each time, so that it
    // fails for a change that breaks something, never for one that happened to draw a
    // fault found before; a long hunt draws new ones.
    let rng_seed = if hunt.is_some() { RngSeed::Random } else { RngSeed::Fixed(0x5EED_2026) };
    ProptestConfig { cases, failure_persistence: None, rng_seed, ..ProptestConfig::default() }
}

/// Runs `work` on `input`, stopping the whole run if it takes longer than `limit`. A
/// panic in `work` is passed on, so that the case fails and shrinks as usual.
fn within<T: Send + 'static>(limit: Duration, input: &str, work: impl FnOnce(String) -> T + Send + 'static) -> T {
    let (sender, receiver) = mpsc::channel();
    let owned = input.to_owned();
    let worker = std::thread::spawn(move || {
        let _ = sender.send(work(owned));
    });
    match receiver.recv_timeout(limit) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Disconnected) => match worker.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => unreachable!("the worker ended without a result or a panic"),
        },
        Err(mpsc::RecvTimeoutError::Timeout) => hung(limit, input),
    }
}

/// Saves the input that hung and stops the run: the worker cannot be stopped, and every
/// shrinking step would hang as long again.
fn hung(limit: Duration, input: &str) -> ! {
    let saved = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-hang-{}.txt", std::process::id()));
    let _ = std::fs::write(&saved, input);
    // Straight to stderr: the test harness would hold printed text back, and the process ends here.
    let _ = writeln!(
        std::io::stderr(),
        "a fuzz case hung for more than {limit:?}; its input ({} bytes) is saved in {}",
        input.len(),
        saved.display()
    );
    std::process::abort()
}

/// The archive the Markdown stage links into: the four documents the generators link to,
/// two of them with the ids `p1`, `p104` and `intro`.
struct Archive(markdown::Anchors);

impl Archive {
    fn new() -> Self {
        Self(["p1".to_owned(), "p104".to_owned(), "intro".to_owned()].into_iter().collect())
    }
}

impl Resolver for Archive {
    fn document(&self, path: &str) -> Option<DocTarget<'_>> {
        let id = documents::LINK_TARGETS.iter().take(4).position(|target| *target == path)?;
        Some(DocTarget { id: DocId::from(id), url: format!("/doc-{id}/"), anchors: &self.0 })
    }
    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
        match symbol.as_str() {
            "A/HRC/43/31" => {
                SymbolTarget::Document(DocTarget { id: DocId::from(0), url: "/doc-0/".into(), anchors: &self.0 })
            }
            _ => SymbolTarget::Page(format!("/symbols/{}.html", symbol.slug())),
        }
    }
}

/// Text as HTML escaping gives it back, with every tag taken out.
fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        rest = rest[open..].find('>').map_or("", |close| &rest[open + close + 1..]);
    }
    text.push_str(rest);
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

/// A body, or the body of a mutated seed file (its front matter cut off when it has one).
fn any_body() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => documents::body(false),
        2 => documents::body(true),
        1 => corpus::mutated_seed().prop_map(|text| match split(&text) {
            Ok(parts) => parts.body.to_owned(),
            Err(_) => text,
        }),
    ]
}

/// A whole content file, generated or a mutated seed.
fn any_document() -> impl Strategy<Value = String> {
    prop_oneof![2 => documents::document(), 1 => corpus::mutated_seed()]
}

/// Running text: prose with citations, or the pieces citation scanning cares about.
fn running_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => text::sentence(),
        2 => text::citation(),
        1 => prop::sample::select(vec!["A/", "resolution ", "para. ", "paras. ", "-", " and ", ", ", ".", "\n", "é", "🕊"])
            .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..30).prop_map(|pieces| pieces.concat())
}

/// Renders `body` as the build does, against [`Archive`].
fn render(body: &str, raw: RawHtml) -> Result<markdown::RenderedBody, Vec<markdown::BodyProblem>> {
    let archive = Archive::new();
    markdown::render(markdown::parse(body), &archive, &Highlighter::default(), raw, body_words())
}

proptest! {
    #![proptest_config(config(256, 1))]

    #[test]
    fn the_front_matter_splitter_keeps_every_byte(text in any_document()) {
        if let Ok(parts) = split(&text) {
            prop_assert!(text.contains(parts.yaml) && text.ends_with(parts.body));
            prop_assert!(parts.body_line > parts.yaml_line);
        }
    }

    #[test]
    fn front_matter_is_read_or_refused_at_a_line_of_the_file(
        text in any_document(),
        name in prop::sample::select(vec!["letters/x.md", "letters/2020-06-22-x.md", "letters/¿?.md", "letters/.md", "a b/ü.md"]),
    ) {
        let lines = text.lines().count() + 1;
        let result = within(CASE_LIMIT, &text, move |text| {
            parse_document(&Path::new("content").join(name), name, text).map(|doc| doc.title)
        });
        match result {
            Ok(title) => prop_assert!(!title.trim().is_empty()),
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for error in errors {
                    prop_assert!(error.line <= lines, "line {} of a {lines}-line file: {}", error.line, error.message);
                }
            }
        }
    }

    #[test]
    fn the_vote_sheet_parser_never_invents_a_state(sheet in documents::vote_sheet(false)) {
        let parsed = within(CASE_LIMIT, &sheet, |sheet| parse_sheet(&sheet));
        let lines = sheet.lines().count().max(1);
        match parsed {
            Ok(parsed) => {
                // A name wrapped over lines is printed with its line breaks as spaces.
                let words = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
                for ballot in &parsed.ballots {
                    prop_assert!(!ballot.printed.is_empty());
                    prop_assert!(words(&sheet).contains(&words(&ballot.printed)), "{:?} is not on the sheet", ballot.printed);
                    prop_assert!(ballot.line >= 2 && ballot.line <= lines, "line {}", ballot.line);
                }
                for (line, _, _) in &parsed.problems {
                    prop_assert!(*line >= 1 && *line <= lines, "problem at line {line}");
                }
            }
            Err(error) => prop_assert!(error.line >= 1),
        }
    }

    #[test]
    fn every_vote_pair_is_read_with_its_vote(pairs in prop::collection::vec((prop_oneof![Just("YES"), Just("NO"), Just("ABST")], prop_oneof![Just("FIJI"), Just("CZECH REPUBLIC"), Just("SOUTH SUDAN")]), 1..12)) {
        let row: Vec<String> = pairs.iter().map(|(vote, state)| format!("{vote}\t{state}")).collect();
        let sheet = parse_sheet(&format!("on: A/HRC/1/L.1\n---\n{}", row.join("\t"))).unwrap();
        prop_assert_eq!(sheet.ballots.len(), pairs.len());
        for (ballot, (vote, state)) in sheet.ballots.iter().zip(&pairs) {
            let expected = match *vote { "YES" => Position::Yes, "NO" => Position::No, _ => Position::Abstain };
            prop_assert_eq!(ballot.position, expected);
            prop_assert_eq!(ballot.printed.as_str(), *state);
        }
    }

    #[test]
    fn the_citation_recogniser_finds_only_what_is_printed(text in running_text()) {
        let (found, paragraphs) = within(CASE_LIMIT, &text, |text| (symbols(&text), paragraph_references(&text)));
        let mut last_end = 0;
        for found in found {
            prop_assert!(found.span.start >= last_end, "overlapping finds");
            let printed = &text[found.span.clone()];
            if printed.starts_with(['A', 'S', 'E']) && printed.as_bytes().get(1) == Some(&b'/') {
                prop_assert_eq!(printed, found.symbol.printed());
            } else {
                let lower = printed.to_lowercase();
                prop_assert!(lower.contains("resolution") || lower.contains("decision") || found.symbol.kind() != plenary::model::SymbolKind::Document);
            }
            last_end = found.span.end;
        }
        for found in paragraphs {
            for (span, number) in found.numbers {
                prop_assert!(span.start >= found.span.start && span.end <= found.span.end);
                prop_assert_eq!(text[span].parse::<u32>().ok(), Some(number));
            }
        }
    }

    #[test]
    fn every_printed_symbol_is_found(session in 1u16..99, number in 1u16..200, rev in proptest::option::of(1u8..5), before in "[a-z ]{0,10}", after in "([ ,.;)][a-z ,.;)]{0,9})?") {
        let symbol = match rev {
            Some(rev) => format!("A/HRC/{session}/L.{number}/Rev.{rev}"),
            None => format!("A/HRC/{session}/L.{number}"),
        };
        let text = format!("{before} {symbol}{after}");
        let found: Vec<String> = symbols(&text).into_iter().map(|f| f.symbol.to_string()).collect();
        prop_assert_eq!(found, vec![symbol]);
    }

    #[test]
    fn linking_citations_keeps_the_text_a_reader_reads(blocks in prop::collection::vec(running_text(), 1..4)) {
        let joined = blocks.join("\n");
        let linked = within(CASE_LIMIT, &joined, move |_| {
            let archive = Archive::new();
            let mut linker = TextLinker::new(&archive);
            let html: Vec<String> = blocks.iter().map(|block| {
                linker.start_block();
                linker.link(block)
            }).collect();
            linker.finish_block();
            (blocks, html, linker.citations.len())
        });
        let (blocks, html, citations) = linked;
        for (block, html) in blocks.iter().zip(&html) {
            prop_assert_eq!(&text_of(html), block);
        }
        let found: usize = blocks.iter().map(|block| symbols(block).len()).sum();
        prop_assert_eq!(citations, found);
    }

    #[test]
    fn the_markdown_stage_renders_or_reports_every_body(body in any_body(), trusted in any::<bool>()) {
        let raw = if trusted { RawHtml::Trusted } else { RawHtml::Sanitised };
        let lines = body.lines().count() + 1;
        let rendered = within(CASE_LIMIT, &body, move |body| render(&body, raw));
        match rendered {
            Ok(rendered) => {
                for (index, _) in rendered.vote_blocks.iter().enumerate() {
                    prop_assert!(rendered.html.contains(&markdown::vote_placeholder(index)), "vote block {index} has no place");
                }
                if !trusted {
                    prop_assert!(!rendered.html.to_lowercase().contains("<script"), "a script survived sanitising");
                }
                // Ids an editor wrote in raw HTML are the editor's to keep apart; every id
                // Plenary makes is made once.
                let ids_in = |html: &str| -> Vec<String> {
                    html.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_owned).collect()
                };
                let written: HashSet<String> = ids_in(&body).into_iter().collect();
                let made: Vec<String> = ids_in(&rendered.html).into_iter().filter(|id| !written.contains(id)).collect();
                let unique: HashSet<&String> = made.iter().collect();
                prop_assert_eq!(unique.len(), made.len(), "an id is made twice: {:?}", made);
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for problem in problems {
                    prop_assert!(problem.line >= 1 && problem.line <= lines, "line {}: {}", problem.line, problem.message);
                }
            }
        }
    }
}

proptest! {
    // A handful of long inputs: each is scanned whole, and a debug build is slow.
    #![proptest_config(config(4, 64))]

    #[test]
    fn a_megabyte_paragraph_is_scanned_and_rendered_in_time(piece in text::repeated_piece(), in_list in any::<bool>()) {
        let paragraph = piece.repeat(BIG_INPUT_BYTES / piece.len().max(1) + 1);
        let body = if in_list { format!("- {paragraph}\n") } else { format!("104. {paragraph}\n") };
        within(BIG_CASE_LIMIT, &body, |body| {
            let _ = symbols(&body);
            let _ = paragraph_references(&body);
            let _ = render(&body, RawHtml::Sanitised);
        });
    }
}

proptest! {
    // Each case is a whole build by the binary.
    #![proptest_config(config(16, 32))]

    #[test]
    fn a_whole_site_builds_or_fails_cleanly_and_writes_only_its_output(spec in site::site()) {
        let (built, outside) = site::build(&spec);
        prop_assert!(!built.stderr.contains("panicked"), "the build panicked:\n{}", built.stderr);
        prop_assert!(matches!(built.code, Some(0 | 1)), "exit code {:?}:\n{}", built.code, built.stderr);
        prop_assert!(outside.is_empty(), "changed outside the output folder: {outside:?}\n{}", built.stderr);
    }
}
