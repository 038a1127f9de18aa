//! Micro-benchmarks of the build's hot paths, mostly on the seed archive's own documents:
//! front matter, Markdown with citations, a document's words for search, a megabyte
//! paragraph of citations, a vote sheet, a document page's template.
//!
//!     cargo bench --bench hot_paths

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark that cannot set up should stop loudly

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use plenary::citations::{DocTarget, Resolver, SymbolTarget};
use plenary::markdown::{self, BodyWords, Highlighter, RawHtml};
use plenary::model::{DocId, Symbol};
use plenary::pipeline::{BuildOptions, build_keeping};
use plenary::progress::Silent;

fn seed(relative: &str) -> (PathBuf, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("content").join(relative);
    let text = std::fs::read_to_string(&path).unwrap();
    (path, text)
}

const ANNEX: &str = "annexes/hrc43-annex-mutually-beneficial-cooperation.md";
const NEWS: &str = "news/hrc43-vote-mutually-beneficial-cooperation.md";

/// Every link resolves, to a page with numbered paragraphs: what a whole archive gives.
struct Everywhere {
    anchors: markdown::Anchors,
}

impl Resolver for Everywhere {
    fn document(&self, content_path: &str) -> Option<DocTarget<'_>> {
        Some(DocTarget { id: DocId::from(0), url: format!("/{content_path}/"), anchors: &self.anchors })
    }
    fn symbol(&self, symbol: &Symbol) -> SymbolTarget<'_> {
        SymbolTarget::Page(format!("/symbols/{}/", symbol.slug()))
    }
}

fn hot_paths(c: &mut Criterion) {
    let (path, annex) = seed(ANNEX);
    c.bench_function("front matter: parse the annex", |b| {
        b.iter(|| plenary::load::parse_document(&path, ANNEX, black_box(annex.clone())).unwrap());
    });

    let body = plenary::load::split(&annex).unwrap().body.to_owned();
    let resolver = Everywhere { anchors: (1..=500).map(|n| format!("p{n}")).collect() };
    let highlighter = Highlighter::default();
    let theme = plenary::render::Theme::builtin().unwrap();
    let translations = plenary::i18n::Translations::load(&theme.translations).unwrap();
    let words = BodyWords::new(translations.locale(plenary::model::Lang::En));
    c.bench_function("markdown and citations: render the annex", |b| {
        b.iter(|| {
            let parsed = markdown::parse(black_box(&body));
            markdown::render(parsed, &resolver, &highlighter, RawHtml::Sanitised, &words).unwrap()
        });
    });

    // What the search index counts of every document: its words, each stemmed.
    c.bench_function("search words: count the annex's words", |b| {
        let mut known = plenary::search::KnownTerms::default();
        b.iter(|| {
            plenary::search::Words::count(
                [black_box(body.as_str())],
                "Annex",
                None,
                plenary::model::Lang::En,
                &mut known,
            )
        });
    });

    // A pasted PDF with no paragraph breaks: one paragraph of a megabyte, thick with
    // symbols, short forms and paragraph references, all in one sentence.
    let piece = "recalling its resolution 5/1 and General Assembly resolution 60/251 (A/HRC/43/31, \
                 paragraphs 12-14), the Council, in its resolution 28/2, para 3 (A/HRC/43/L.31) xA/ ";
    let paragraph = piece.repeat(1_000_000 / piece.len());
    let mut group = c.benchmark_group("citations");
    group.sample_size(10);
    group.bench_function("render a megabyte paragraph of citations", |b| {
        b.iter(|| {
            let parsed = markdown::parse(black_box(&paragraph));
            markdown::render(parsed, &resolver, &highlighter, RawHtml::Sanitised, &words).unwrap()
        });
    });
    group.finish();

    let (_, news) = seed(NEWS);
    let sheet = news.split("```vote\n").nth(1).and_then(|rest| rest.split("```").next()).unwrap().to_owned();
    c.bench_function("vote sheet: parse the HRC43 sheet", |b| {
        b.iter(|| plenary::votes::parse_sheet(black_box(&sheet)).unwrap());
    });

    let out = tempfile::tempdir().unwrap();
    let options = BuildOptions {
        root: PathBuf::from(env!("CARGO_MANIFEST_DIR")),
        output: Some(out.path().join("site")),
        ..BuildOptions::default()
    };
    let (site, _) = build_keeping(&options, &Silent).unwrap();
    // The template's work around a body: the build lets bodies go once their pages are written.
    let body = "<p>The body of the document.</p>".repeat(40);
    c.bench_function("template: render every seed document's page", |b| {
        b.iter(|| {
            (0..site.documents()).map(|id| site.page(DocId::from(id), body.clone()).unwrap().bytes.len()).sum::<usize>()
        });
    });
}

criterion_group!(benches, hot_paths);
criterion_main!(benches);
