//! The seed corpus: the archive's real documents and every bad input the project already
//! knows, read from the repository when the tests run, then mutated.

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;

use super::text::{citation, sentence};

/// Every Markdown file under `content/` and `tests/bad_inputs/`, as text (invalid UTF-8
/// made valid: the targets take text; the loader's decoding has its own case).
pub fn seeds() -> &'static [String] {
    static SEEDS: OnceLock<Vec<String>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seeds = Vec::new();
        for folder in ["content", "tests/bad_inputs"] {
            for entry in walkdir::WalkDir::new(root.join(folder)).sort_by_file_name() {
                let Ok(entry) = entry else { continue };
                if entry.file_type().is_file() && entry.path().extension().is_some_and(|e| e == "md") {
                    let bytes = std::fs::read(entry.path()).expect("a seed file reads");
                    seeds.push(String::from_utf8_lossy(&bytes).into_owned());
                }
            }
        }
        assert!(seeds.len() > 50, "the seed corpus is missing: only {} files", seeds.len());
        seeds
    })
}

/// One change to a seed, at a place given as a fraction of its length.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(u32, String),
    Delete(u32, u16),
    Duplicate(u32, u16),
    Truncate(u32),
    SwapLines(u32, u32),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let piece = prop_oneof![
        citation(),
        sentence(),
        prop::sample::select(vec![
            "---\n",
            "\n\n",
            "[^1]",
            "[^1]: A note.\n",
            "```vote\non: A/HRC/1/L.1\n---\nYES\tFIJI\n```\n",
            "```\n",
            "[link](@/letters/a.md#p104)",
            "[link](@/nowhere.md)",
            "# ",
            "104. ",
            "| a | b |\n|---|---|\n",
            "\u{0}",
            "\t",
            "\r",
            ": ",
            "&a ",
            "*a",
            "\"",
            "<!--",
            "<script>",
            "\u{e000}",
        ])
        .prop_map(str::to_owned),
    ];
    prop_oneof![
        3 => (any::<u32>(), piece).prop_map(|(at, piece)| Mutation::Insert(at, piece)),
        1 => (any::<u32>(), any::<u16>()).prop_map(|(at, len)| Mutation::Delete(at, len % 200)),
        1 => (any::<u32>(), any::<u16>()).prop_map(|(at, len)| Mutation::Duplicate(at, len % 400)),
        1 => any::<u32>().prop_map(Mutation::Truncate),
        1 => (any::<u32>(), any::<u32>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

/// The byte offset `fraction` of the way into `text`, moved back to a character boundary.
fn place(text: &str, fraction: u32) -> usize {
    let mut at = (text.len() as u64 * u64::from(fraction) / (u64::from(u32::MAX) + 1)) as usize;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &mut String, mutation: &Mutation) {
    match mutation {
        Mutation::Insert(at, piece) => text.insert_str(place(text, *at), piece),
        Mutation::Delete(at, len) => {
            let start = place(text, *at);
            let mut end = (start + usize::from(*len)).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.replace_range(start..end, "");
        }
        Mutation::Duplicate(at, len) => {
            let start = place(text, *at);
            let mut end = (start + usize::from(*len)).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let copy = text[start..end].to_owned();
            text.insert_str(end, &copy);
        }
        Mutation::Truncate(at) => {
            let at = place(text, *at);
            text.truncate(at);
        }
        Mutation::SwapLines(a, b) => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            let count = lines.len();
            let pick = |n: u32| (u64::from(n) * count as u64 / (u64::from(u32::MAX) + 1)) as usize;
            lines.swap(pick(*a), pick(*b));
            *text = lines.join("\n");
        }
    }
}

/// A seed file with a few mutations, or none.
pub fn mutated_seed() -> impl Strategy<Value = String> {
    (any::<prop::sample::Index>(), prop::collection::vec(mutation(), 0..6)).prop_map(|(index, mutations)| {
        let seeds = seeds();
        let mut text = seeds[index.index(seeds.len())].clone();
        for mutation in &mutations {
            apply(&mut text, mutation);
        }
        text
    })
}
