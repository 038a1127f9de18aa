//! Whole content files: front matter with every field of the content model, well and badly
//! written, and bodies made of the Markdown blocks editors write.

use proptest::prelude::*;

use super::text::{citation, paragraph, sentence, wrap};

/// Paths `@/` links point at: the documents the fuzzed sites and resolvers hold, then
/// some that no archive has.
pub const LINK_TARGETS: &[&str] = &[
    "letters/a.md",
    "statements/b.md",
    "news/c.md",
    "reports/d.md",
    "letters/missing.md",
    "letters/a",
    "../site.yaml",
    "",
    "letters/a.md.html",
];

/// Anchors `@/` links ask for; `p104` and `intro` exist in the fuzzed documents.
const ANCHORS: &[&str] = &["p104", "intro", "p1", "fn-1", "p0", "nowhere", "", "p99999999999999999999", "ü"];

/// State names as vote sheets print them, registered or not.
const STATES: &[&str] = &[
    "FIJI",
    "CZECH REPUBLIC",
    "VENEZUELA (BOLIVARIAN REPUBLIC OF)",
    "DEMOCRATIC REPUBLIC OF CONGO",
    "CÔTE D'IVOIRE",
    "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND",
    "Bolivia (Plurinational State of)",
    "ATLANTIS",
    "YES",
    "A",
    "",
    "\u{0}",
    "-",
];

const VOTES: &[&str] = &["YES", "NO", "ABST", "ABSTAIN", "Y", "N", "A", "", "yes", "ABSTENTION", "NOT"];

/// A YAML value holding `text`, written plain, quoted, escaped or as a block, so that
/// some come out as broken YAML or as strings with control characters.
fn yaml_scalar(text: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    (text, 0u8..7).prop_map(|(text, form)| match form {
        0 | 1 => text,
        2 => format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")),
        3 => format!("'{}'", text.replace('\'', "''")),
        4 => format!("|\n  {}", text.replace('\n', "\n  ")),
        // Escapes that YAML turns into control characters.
        5 => format!("\"{text}\\0\\x01\\t\\u202E\""),
        _ => format!("\"{text}"),
    })
}

fn yaml_list(item: impl Strategy<Value = String> + Clone) -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(yaml_scalar(item.clone()), 0..4).prop_map(|items| format!("[{}]", items.join(", "))),
        prop::collection::vec(yaml_scalar(item.clone()), 1..4)
            .prop_map(|items| items.iter().map(|i| format!("\n  - {i}")).collect()),
        yaml_scalar(item),
        Just("[]".to_owned()),
        Just("~".to_owned()),
        Just("{a: 1}".to_owned()),
    ]
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        (1946u16..2100, 1u8..13, 1u8..32).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (1946u16..2100, 0u8..14).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (0u32..10000).prop_map(|y| y.to_string()),
        Just("2020-02-30".to_owned()),
        Just("\"2020-06-22\"".to_owned()),
        Just("22.06.2020".to_owned()),
        Just("2020-06-22T10:00:00Z".to_owned()),
        Just("[2020]".to_owned()),
        Just("-1".to_owned()),
    ]
}

fn session() -> BoxedStrategy<String> {
    prop_oneof![
        (0u32..100).prop_map(|n| format!("HRC{n}")),
        Just("HRC31".to_owned()),
        Just("HRC-S-28".to_owned()),
        Just("¿?".to_owned()),
        Just("43".to_owned()),
        Just("hrc 43".to_owned()),
        Just("HRC99999999999999999999".to_owned()),
    ]
    .boxed()
}

fn slug_text() -> BoxedStrategy<String> {
    prop_oneof![
        "[a-z0-9-]{1,20}",
        Just("../../outside".to_owned()),
        Just("a/b".to_owned()),
        Just("...".to_owned()),
        Just("🕊".to_owned()),
        Just("CON".to_owned()),
        Just("index.html".to_owned()),
        Just("a\u{0}b".to_owned()),
        Just("b".to_owned()),
        Just("hrc43-item10-joint-statement".to_owned()),
        Just("sessions".to_owned()),
    ]
    .boxed()
}

fn short_text() -> BoxedStrategy<String> {
    prop_oneof![4 => sentence(), 1 => "[^\n]{0,30}", 1 => Just(String::new())].boxed()
}

fn vote_entry() -> impl Strategy<Value = String> {
    let states = prop::collection::vec(prop::sample::select(STATES), 0..4)
        .prop_map(|s| format!("[{}]", s.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ")));
    (citation(), proptest::option::of(date()), tally(), states.clone(), states.clone(), states).prop_map(
        |(on, date, declared, yes, no, abstain)| {
            let date = date.map(|d| format!("\n    date: {d}")).unwrap_or_default();
            format!(
                "\n  - on: {on}\n    title: A vote{date}\n    declared: {declared}\n    yes: {yes}\n    no: {no}\n    abstain: {abstain}"
            )
        },
    )
}

fn tally() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u16..50, 0u16..50, 0u16..50).prop_map(|(y, n, a)| format!("{y}-{n}-{a}")),
        (0u16..50, 0u16..50, 0u16..50).prop_map(|(y, n, a)| format!("{{ yes: {y}, no: {n}, abstain: {a} }}")),
        Just("23-16".to_owned()),
        Just("99999-0-0".to_owned()),
        Just("{ yes: -1 }".to_owned()),
        Just("\"\"".to_owned()),
    ]
}

/// One `field: value` line (or lines) of front matter.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        yaml_scalar(short_text()).prop_map(|v| format!("title: {v}")),
        prop::sample::select(vec![
            "letter",
            "statement",
            "annex",
            "report",
            "news",
            "vote",
            "Letter",
            "memo",
            "[letter]"
        ])
        .prop_map(|v| format!("kind: {v}")),
        date().prop_map(|v| format!("date: {v}")),
        yaml_list(session()).prop_map(|v| format!("session: {v}")),
        yaml_scalar(short_text()).prop_map(|v| format!("to: {v}")),
        yaml_list(
            prop::sample::select(vec!["Amnesty International", "ISHR", "FIDH", "Defend Defenders", "  "])
                .prop_map(str::to_owned)
        )
        .prop_map(|v| format!("signatories: {v}")),
        yaml_list(citation()).prop_map(|v| format!("symbols: {v}")),
        yaml_scalar(citation()).prop_map(|v| format!("symbol: {v}")),
        yaml_list(slug_text()).prop_map(|v| format!("related: {v}")),
        yaml_list(short_text()).prop_map(|v| format!("tags: {v}")),
        yaml_scalar(short_text()).prop_map(|v| format!("summary: {v}")),
        prop::sample::select(vec![
            "https://example.org/x",
            "javascript:alert(1)",
            "http://",
            "ftp://x",
            "https://example.org/a b\"<"
        ])
        .prop_map(|v| format!("source: {v}")),
        prop::sample::select(vec!["true", "false", "yes", "1", "~"]).prop_map(|v| format!("draft: {v}")),
        yaml_scalar(slug_text()).prop_map(|v| format!("slug: {v}")),
        prop::collection::vec(vote_entry(), 0..3).prop_map(|v| format!("votes:{}", v.concat())),
        // What goes wrong in hand-written YAML.
        Just("signatory: Amnesty International".to_owned()),
        Just("title: [unclosed".to_owned()),
        Just("\ttitle: tabbed".to_owned()),
        Just("a: &a [x, x]\nb: [*a, *a, *a]".to_owned()),
        Just("title: *nowhere".to_owned()),
        Just("? complex\n: key".to_owned()),
        Just("title: !!binary aGVsbG8=".to_owned()),
        Just("---".to_owned()),
        Just("...".to_owned()),
        Just("# a comment".to_owned()),
        Just(String::new()),
    ]
}

/// A field written as the content model asks, so that a document gets past its front
/// matter to the stages after it.
fn clean_field() -> impl Strategy<Value = String> {
    let quoted = |text: String| {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"").replace(char::is_control, " "))
    };
    prop_oneof![
        session().prop_filter("a session has letters", |s| s.starts_with("HRC") && s.len() < 8).prop_map(|s| format!("session: {s}")),
        sentence().prop_map(move |t| format!("to: {}", quoted(t))),
        prop::sample::select(vec!["[Amnesty International, ISHR]", "[FIDH]", "\n  - Defend Defenders\n  - DefendDefenders"])
            .prop_map(|v| format!("signatories: {v}")),
        prop::collection::vec(prop::sample::select(vec!["A/HRC/43/L.13/Rev.1", "A/HRC/43/31", "A/HRC/RES/37/23"]), 1..3)
            .prop_map(|v| format!("symbols: [{}]", v.join(", "))),
        prop::collection::vec(prop::sample::select(vec!["a", "b", "c", "d"]), 1..3).prop_map(|v| format!("related: [{}]", v.join(", "))),
        prop::collection::vec(prop::sample::select(vec!["china", "vote", "win-win cooperation", "Türkiye", "ΣΟΦΟΣ"]), 1..3)
            .prop_map(|v| format!("tags: [{}]", v.join(", "))),
        sentence().prop_map(move |t| format!("summary: {}", quoted(t))),
        Just("source: https://example.org/original".to_owned()),
        Just("draft: false".to_owned()),
        (symbol(), (0u16..30, 0u16..30, 0u16..30)).prop_map(|(on, (y, n, a))| format!(
            "votes:\n  - on: {on}\n    declared: {y}-{n}-{a}\n    yes: [Fiji, CZECH REPUBLIC]\n    no: [Atlantis]\n    abstain: [Fiji]"
        )),
    ]
}

/// Fields, each key once unless `repeat` (a duplicate key is an error before any other).
fn join_fields(fields: Vec<String>, repeat: bool) -> String {
    let mut seen = std::collections::HashSet::new();
    let key = |field: &str| field.split(':').next().unwrap_or_default().trim().to_owned();
    fields.into_iter().filter(|field| repeat || seen.insert(key(field))).collect::<Vec<_>>().join("\n")
}

/// Front matter: usually the three required fields first, then any fields in any order.
pub fn front_matter() -> impl Strategy<Value = String> {
    let fields = prop::collection::vec(prop_oneof![2 => clean_field(), 1 => field()], 0..8);
    (any::<bool>(), date(), yaml_scalar(short_text()), fields, prop::bool::weighted(0.1)).prop_map(
        |(required, date, title, fields, repeat)| {
            let mut all = Vec::new();
            if required {
                all.push(format!("title: {title}"));
                all.push("kind: letter".to_owned());
                all.push(format!("date: {date}"));
            }
            all.extend(fields);
            join_fields(all, repeat)
        },
    )
}

/// Optional fields as the content model asks for them, each once.
pub fn clean_fields() -> impl Strategy<Value = String> {
    prop::collection::vec(clean_field(), 0..8).prop_map(|fields| join_fields(fields, false))
}

/// A symbol a vote can be on.
fn symbol() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["A/HRC/43/L.13/Rev.1", "A/HRC/43/L.31", "A/HRC/1/L.1"]).prop_map(str::to_owned)
}

/// The text of a fenced `vote` block: a header, `---`, and the sheet as pasted. When
/// `clean`, the header is right and only the sheet's rows may hold odd cells.
pub fn vote_sheet(clean: bool) -> impl Strategy<Value = String> {
    let header_line = prop_oneof![
        citation().prop_map(|c| format!("on: {c}")),
        tally().prop_map(|t| format!("declared: {t}")),
        yaml_scalar(short_text()).prop_map(|t| format!("title: {t}")),
        date().prop_map(|d| format!("date: {d}")),
        session().prop_map(|s| format!("session: {s}")),
        Just("yes: [FIJI]".to_owned()),
        Just("on: [".to_owned()),
        Just("unknown: field".to_owned()),
    ];
    let cell = prop_oneof![
        prop::sample::select(VOTES).prop_map(str::to_owned),
        prop::sample::select(STATES).prop_map(str::to_owned),
        (prop::sample::select(VOTES), prop::sample::select(STATES)).prop_map(|(v, s)| format!("{v} {s}")),
        "[ -~]{0,8}",
        // The labels and joints of press releases, prose rolls and headed lists.
        prop::sample::select(vec![
            "In favour (2):",
            "Against: 1 (",
            ")",
            "Abstentions",
            "Absent (1)",
            "Voting YES were:",
            "ABSENT were:",
            ",",
            ", and",
            ".",
            "1.",
            "-",
            "(BOLIVARIAN",
            "REPUBLIC OF)",
        ])
        .prop_map(str::to_owned),
    ];
    let separator = prop::sample::select(vec!["\t", "  ", " ", "\t\t", "   \t"]);
    let row = prop::collection::vec((cell, separator), 0..8)
        .prop_map(|cells| cells.into_iter().map(|(cell, sep)| format!("{cell}{sep}")).collect::<String>());
    let on = if clean { symbol().boxed() } else { citation() };
    let header = if clean {
        proptest::option::of((0u16..30, 0u16..30, 0u16..30).prop_map(|(y, n, a)| format!("declared: {y}-{n}-{a}")))
            .prop_map(|line| line.into_iter().collect())
            .boxed()
    } else {
        prop::collection::vec(header_line, 0..4).boxed()
    };
    (
        any::<bool>().prop_map(move |on| on || clean),
        on,
        header,
        any::<bool>().prop_map(move |sep| sep || clean),
        prop::collection::vec(row, 0..16),
    )
        .prop_map(|(with_on, on, header, separator, rows)| {
            let mut text = if with_on { format!("on: {on}\n") } else { String::new() };
            for line in header {
                text.push_str(&line);
                text.push('\n');
            }
            if separator {
                text.push_str("---\n");
            }
            text.push_str(&rows.join("\n"));
            text
        })
}

/// A link; when `clean`, only one the site can resolve.
fn link(clean: bool) -> impl Strategy<Value = String> {
    let targets = if clean { &LINK_TARGETS[..4] } else { LINK_TARGETS };
    let anchors = if clean { &ANCHORS[..2] } else { ANCHORS };
    (
        sentence(),
        prop::sample::select(targets),
        proptest::option::of(prop::sample::select(anchors)),
        0u8..if clean { 3 } else { 6 },
    )
        .prop_map(|(text, target, anchor, form)| {
            let text: String = text.chars().take(40).collect::<String>().replace(['[', ']'], "");
            let anchor = anchor.map(|a| format!("#{a}")).unwrap_or_default();
            match form {
                0 => format!("[{text}](@/{target}{anchor})"),
                1 => format!("[{text}][ref]\n\n[ref]: @/{target}{anchor}"),
                3 => format!("[{text}](javascript:alert(1))"),
                2 | 4 => format!("[{text}](https://example.org/{target})"),
                5 => format!("![{text}](@/{target}{anchor})"),
                _ => format!("<@/{target}{anchor}>"),
            }
        })
}

/// One Markdown block of a body; when `clean`, one that renders without an error.
fn block(clean: bool) -> impl Strategy<Value = String> {
    let heading =
        (1usize..7, sentence(), proptest::option::of(prop::sample::select(ANCHORS))).prop_map(|(level, text, id)| {
            let id = id.map(|id| format!(" {{#{id}}}")).unwrap_or_default();
            format!("{} {}{id}", "#".repeat(level), text.replace('\n', " "))
        });
    let numbered = (prop::sample::select(vec![1u64, 2, 12, 104, 105, 0, 999_999_999, 4_294_967_296]), paragraph(clean))
        .prop_map(|(n, text)| format!("{n}. {text}"));
    let item = prop_oneof![sentence(), link(clean), citation()];
    let list =
        (prop::sample::select(vec!["- ", "* ", "1. ", "a) ", "104) "]), prop::collection::vec((0usize..4, item), 1..6))
            .prop_map(|(marker, items)| {
                items
                    .iter()
                    .map(|(depth, text)| format!("{}{marker}{text}", "  ".repeat(*depth)))
                    .collect::<Vec<_>>()
                    .join("\n")
            });
    let cell = prop_oneof![
        citation(),
        sentence().prop_map(|s| s.chars().take(30).collect()),
        Just("a \\| b".to_owned()),
        Just(String::new())
    ];
    let table =
        (1usize..5, prop::collection::vec(prop::collection::vec(cell, 0..6), 1..5)).prop_map(|(columns, rows)| {
            let mut text = format!("|{}\n|{}\n", " Head |".repeat(columns), " --- |".repeat(columns));
            for row in rows {
                text.push_str(&format!("| {} |\n", row.join(" | ")));
            }
            text
        });
    let footnote = (prop::sample::select(vec!["1", "2", "note", "a b", "?", "!", "ü", "1-2", "Note", "^"]), sentence())
        .prop_map(|(label, text)| format!("[^{label}]: {text}\n    A second paragraph of the note[^{label}]."));
    let vote =
        (vote_sheet(clean), prop::sample::select(vec!["```vote", "~~~vote", "```vote extra", "````vote", "```VOTE"]))
            .prop_map(|(sheet, fence)| {
                let close = if fence.starts_with('~') {
                    "~~~"
                } else if fence.starts_with("````") {
                    "````"
                } else {
                    "```"
                };
                format!("{fence}\n{sheet}\n{close}")
            });
    let code = (
        prop::sample::select(vec!["rust", "yaml", "html", "", "no-such-language", "vote extra", "json"]),
        "[ -~\n]{0,60}",
    )
        .prop_map(|(language, code)| format!("```{language}\n{code}\n```"));
    let html = prop::sample::select(vec![
        "<div class=\"note\">A note in <em>HTML</em>.</div>",
        "<script>alert(1)</script>",
        "<!-- Editor's note: the page number was removed. -->",
        "<!-- never closed",
        "<li id=\"x\">a list item</li>",
        "<details><summary>Annex</summary>\n\nText of the annex.\n\n</details>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<img src=x onerror=alert(1)>",
        "<table><tr><td>A/HRC/43/31</td></tr></table>",
        "\u{e000}plenary-vote-0\u{e000}",
    ])
    .prop_map(str::to_owned);
    prop_oneof![
        6 => paragraph(clean),
        2 => heading,
        2 => numbered,
        2 => list,
        1 => table,
        2 => footnote,
        2 => link(clean),
        2 => vote,
        1 => code,
        1 => html,
        1 => paragraph(clean).prop_map(|p| format!("> {}", wrap(&p, 50).replace('\n', "\n> "))),
        1 => Just("---".to_owned()),
        1 => Just("* * *".to_owned()),
    ]
}

/// A body: blocks separated by blank lines, or sometimes glued with a single newline.
/// When `clean`, its links resolve and its footnotes are defined.
pub fn body(clean: bool) -> impl Strategy<Value = String> {
    prop::collection::vec((block(clean), any::<bool>()), 0..14).prop_map(|blocks| {
        let mut text = String::new();
        for (block, blank) in blocks {
            text.push_str(&block);
            text.push_str(if blank { "\n\n" } else { "\n" });
        }
        text
    })
}

/// A whole content file, as often broken around its front matter as an editor breaks it.
pub fn document() -> impl Strategy<Value = String> {
    (front_matter(), body(false), 0u8..10).prop_map(|(front, body, frame)| match frame {
        0 => format!("{front}\n---\n{body}"),
        1 => format!("---\n{front}\n{body}"),
        2 => format!("\u{feff}---\n{front}\n---\n{body}"),
        3 => format!("---\r\n{}\r\n---\r\n{body}", front.replace('\n', "\r\n")),
        4 => format!("--- \n{front}\n---  \n{body}"),
        _ => format!("---\n{front}\n---\n\n{body}"),
    })
}
