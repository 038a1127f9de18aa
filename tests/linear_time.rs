//! A document of one huge paragraph (a pasted PDF has no paragraph breaks) renders in
//! time linear in its length: recognising and linking its citations must not look back
//! over the paragraph once per citation.
//!
//! No wall-clock bound: each text is rendered at two sizes, four times apart, and the
//! larger may take at most nine times as long (twice three times: doubling the input at
//! most triples the time). Linear work takes about four times as long, quadratic work
//! sixteen. The time counted is the time the test ran on a processor, and the best of a few
//! runs is kept, so a busy machine does not fail the test.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::sync::mpsc;
use std::time::Duration;

use common::body_words;
use plenary::citations::{DocTarget, Resolver, SymbolTarget};
use plenary::markdown::{self, Anchors, Highlighter, RawHtml};
use plenary::model::{DocId, Symbol};

/// Bytes of the smaller input: big enough that a run takes tens of milliseconds in a
/// debug build, so that timer noise does not count.
const SMALL: usize = 100_000;
const GROWTH: usize = 4;
const MAX_RATIO: f64 = 9.0;
const RUNS: usize = 5;
/// Far more than linear work needs, even in a debug build on a busy machine; before
/// citations were found in linear time, the smaller `xA/` input alone took minutes.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Resolution 5/1 is in the archive, with numbered paragraphs, so paragraph references
/// after it are linked; every other symbol has its own page.
struct Archive {
    anchors: Anchors,
}

impl Resolver for Archive {
    fn document(&self, content_path: &str) -> Option<DocTarget<'_>> {
        Some(DocTarget { id: DocId::from(0), url: format!("/{content_path}/"), anchors: &self.anchors })
    }
    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
        if symbol.as_str() == "A/HRC/RES/5/1" {
            SymbolTarget::Document(DocTarget {
                id: DocId::from(1),
                url: "/resolutions/5-1/".into(),
                anchors: &self.anchors,
            })
        } else {
            SymbolTarget::Page(format!("/symbols/{}.html", symbol.slug()))
        }
    }
}

/// `piece` repeated to `size` bytes (cut at a character boundary): one paragraph.
fn paragraph(piece: &str, size: usize) -> String {
    let mut text = piece.repeat(size / piece.len() + 1);
    let mut cut = size;
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    text.truncate(cut);
    text
}

/// Seconds this thread spent rendering `body`: its own processor time, which leaves
/// out the time other work on a busy machine took, read to the nanosecond. (The
/// scheduler's `/proc` statistics, read before, are counted in ticks of a few
/// milliseconds, longer than a whole run of a release build.)
fn render_time(archive: &Archive, body: &str) -> f64 {
    let highlighter = Highlighter::default();
    let words = body_words();
    let started = running_time();
    let rendered =
        markdown::render(markdown::parse(body), archive, &highlighter, RawHtml::Sanitised, words).expect("renders");
    let took = running_time().saturating_sub(started);
    assert!(rendered.html.len() >= body.len() / 2, "the paragraph is on the page");
    took.as_secs_f64()
}

fn running_time() -> Duration {
    let time = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(time.tv_sec.unsigned_abs(), u32::try_from(time.tv_nsec).unwrap_or_default())
}

/// Renders `piece` repeated to two sizes, on a thread of its own so that quadratic work
/// fails the test after [`TIMEOUT`] rather than hanging it. Runs at the two sizes take
/// turns, so a slow spell of the machine falls on both.
#[track_caller]
fn assert_linear(piece: &'static str) {
    let shown: String = piece.chars().take(40).collect();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let archive = Archive { anchors: (1..=20).map(|n| format!("p{n}")).collect() };
        let (small_text, large_text) = (paragraph(piece, SMALL), paragraph(piece, SMALL * GROWTH));
        let (mut small, mut large) = (f64::INFINITY, f64::INFINITY);
        for _ in 0..RUNS {
            small = small.min(render_time(&archive, &small_text));
            large = large.min(render_time(&archive, &large_text));
        }
        let _ = send.send((small, large));
    });
    let (small, large) = match receive.recv_timeout(TIMEOUT) {
        Ok(times) => times,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{shown:?} repeated took more than {TIMEOUT:?}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("rendering {shown:?} repeated panicked"),
    };
    let ratio = large / small;
    assert!(
        ratio <= MAX_RATIO,
        "{shown:?} repeated: {} bytes took {small:.3} s, {} bytes {large:.3} s ({ratio:.1} times as long)",
        SMALL,
        SMALL * GROWTH
    );
}

#[test]
fn a_run_of_glued_symbol_starts() {
    assert_linear("xA/");
}

#[test]
fn a_run_of_symbol_starts_after_brackets() {
    // Each may start a symbol, so each is checked for a URL around it.
    assert_linear("(A/");
}

#[test]
fn a_run_of_short_form_resolutions() {
    assert_linear("see resolution 5/1, ");
}

#[test]
fn a_run_of_resolutions_named_by_their_body() {
    assert_linear("the General Assembly, in its resolution 60/251 and ");
}

#[test]
fn a_run_of_paragraph_references() {
    assert_linear("para. 1 ");
}

#[test]
fn a_run_of_full_symbols_in_one_sentence() {
    assert_linear("A/HRC/1/L.1 ");
}

#[test]
fn a_run_of_symbols_and_paragraph_references() {
    assert_linear("HRC resolution 5/1, paras. 3-4 and A/HRC/43/31; ");
}

#[test]
fn a_run_of_references_to_missing_paragraphs() {
    // Each is a warning, with its line and column.
    assert_linear("HRC resolution 5/1, para. 99 ");
}

#[test]
fn a_pasted_pdf_without_paragraph_breaks() {
    // Copied from a viewer that joins the lines of a page: running headers and page
    // numbers inside sentences, glued footnote markers, and hardly a full stop. The
    // whole document is one paragraph and one line.
    assert_linear(
        "The Council, recalling its resolution 5/1 of 18 June 2007 and General Assembly \
         resolution 60/251,3 noting with concern the findings set out in the report of the \
         High Commissioner (A/HRC/43/31, paragraphs 12-14) and in A/HRC/19/74, para 26, that \
         defenders who engage with the 12 GE.20-04417 A/HRC/43/L.31 mechanisms of the \
         Council face intimidation and reprisals,4 calls upon all States to refrain from any \
         such act, as requested in HRC resolution 5/1 ",
    );
}
