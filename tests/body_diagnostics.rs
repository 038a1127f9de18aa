//! Every problem found in a body is reported at the line and column where it is, and
//! quotes that line with a caret under it. Columns count characters, not bytes, so
//! French text and emoji before the problem do not push the caret off its place.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Site, plenary};

/// Text editors paste above the problem: accents, a curly apostrophe, a wrapped line.
const PREAMBLE: &str = "Le Conseil des droits de l'homme, réuni à Genève pour sa quarante-troisième session,\n\
rappelant ses résolutions antérieures sur la liberté d'expression,\n\n\
Préoccupé par les détentions arbitraires signalées — notamment à l'égard des défenseurs —,\n\n";

/// One problem: the document it is in, the body after [`PREAMBLE`], the text the
/// diagnostic points at (its first occurrence in the file), and part of the message.
struct Case {
    file: &'static str,
    body: &'static str,
    at: &'static str,
    level: &'static str,
    message: &'static str,
}

fn cases() -> Vec<Case> {
    let case = |file, body, at, level, message| Case { file, body, at, level, message };
    vec![
        case(
            "news/lien.md",
            "Voir la déclaration conjointe des ONG, « [texte intégral](@/statements/absente.md) ».",
            "[texte intégral]",
            "error",
            "broken link `@/statements/absente.md`: there is no content/statements/absente.md",
        ),
        case(
            "news/ancre.md",
            "Le rapporteur spécial l'a souligné ([au paragraphe 9](@/reports/rapport.md#p9)).",
            "[au paragraphe 9]",
            "error",
            "content/reports/rapport.md has no anchor `#p9`",
        ),
        case(
            "news/script.md",
            "Réunion d'information à Genève : [s'inscrire](javascript:alert(1)).",
            "[s'inscrire]",
            "error",
            "refused link `javascript:alert(1)`",
        ),
        case(
            "news/note.md",
            "Détentions arbitraires à Genève et ailleurs, selon les défenseurs interrogés[^9].",
            "[^9]",
            "error",
            "footnote `[^9]` is cited but never defined",
        ),
        case(
            "news/paragraphe.md",
            "Le Conseil, réuni à Genève, rappelle le rapport A/HRC/31/81 et son para. 57 sur l'expression.",
            "para. 57",
            "warning",
            "`para. 57` refers to paragraph 57 of /reports/rapport.html, which has no such paragraph",
        ),
        // Pasted from a PDF: the reference is on the second line of a wrapped paragraph.
        case(
            "news/paragraphe-coupe.md",
            "Le rapport A/HRC/31/81 du Haut-Commissariat, déjà cité,\nrappelle au para. 58 que les défenseurs sont visés.",
            "para. 58",
            "warning",
            "`para. 58` refers to paragraph 58",
        ),
        case(
            "news/emoji.md",
            "🇺🇳 Réunion 🙂 du Conseil à Genève : voir A/HRC/31/81, para. 59.",
            "para. 59",
            "warning",
            "`para. 59` refers to paragraph 59",
        ),
        case(
            "news/vote-sans-feuille.md",
            "Le vote à Genève :\n\n```vote\non: A/HRC/43/L.13\nYES\tFIJI\n```",
            "on: A/HRC/43/L.13",
            "error",
            "a vote block starts with `on: SYMBOL`",
        ),
        case(
            "news/vote-decompte.md",
            "Le vote à Genève :\n\n```vote\ntitle: Coopération\non: A/HRC/43/L.13\ndeclared: 1-2\n---\nYES\tFIJI\n```",
            "1-2",
            "error",
            "vote block: declared: invalid tally `1-2`",
        ),
        case(
            "news/vote-liste.md",
            "Le vote à Genève :\n\n```vote\non: A/HRC/43/L.13\nyes: [Fiji]\n---\nYES\tFIJI\n```",
            "[Fiji]",
            "error",
            "vote block: list the states in the sheet below `---`",
        ),
        case(
            "news/vote-symbole.md",
            "Le vote à Genève :\n\n```vote\ntitle: Coopération mutuelle\non: L.13/Rév.1\n---\nYES\tFIJI\n```",
            "L.13/Rév.1",
            "error",
            "vote: on: `L.13/Rév.1` is not a UN document symbol",
        ),
        case(
            "news/vote-inconnu.md",
            "Le vote à Genève :\n\n```vote\non: A/HRC/43/L.13\n---\nYES\tFIJI\tNO\tATLANTIDE\n```",
            "ATLANTIDE",
            "warning",
            "unknown state `ATLANTIDE`",
        ),
        case(
            "news/vote-double.md",
            "Le vote à Genève :\n\n```vote\non: A/HRC/43/L.13\n---\nYES\tFIJI\tNO\tCHILE\nABSTAIN\tFiji\n```",
            "Fiji",
            "warning",
            "Fiji is listed twice",
        ),
        case(
            "news/vote-blanc.md",
            "Le vote à Genève :\n\n```vote\non: A/HRC/43/L.13\n---\nYES\tFIJI\t\tCHILE\n```",
            "CHILE",
            "warning",
            "`CHILE` has no recorded vote",
        ),
        case(
            "news/vote-sans-etat.md",
            "Le vote à Genève :\n\n```vote\non: A/HRC/43/L.13\n---\nYES\tFIJI\tNO\n```",
            "NO",
            "warning",
            "vote sheet: a against vote with no state after it",
        ),
        case(
            "news/vote-total.md",
            "Le vote à Genève :\n\n```vote\ntitle: Coopération\non: A/HRC/43/L.13\ndeclared: 0-1-0\n---\nYES\tFIJI\n```",
            "0-1-0",
            "warning",
            "declared 0-1-0 but the states add up to 1-0-0",
        ),
    ]
}

/// The 1-based line and the 1-based column, in characters, of the first `needle` in `text`.
fn position(text: &str, needle: &str) -> (usize, usize) {
    let offset = text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

/// How wide `text` shows in a terminal: the emoji used here take two cells, tabs four.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| match c {
            '\t' => 4,
            '🙂' => 2,
            // Each regional indicator of a flag takes one cell.
            _ => 1,
        })
        .sum()
}

/// A site with a report of three paragraphs and the case's document, checked: the
/// problem's file text, the `--format json` diagnostics and the human report.
fn check(case: &Case) -> (String, Vec<serde_json::Value>, String) {
    let site = Site::new();
    let paragraphs: String = (1..=3).map(|n| format!("{n}. Paragraphe {n} du rapport.\n\n")).collect();
    site.doc("reports/rapport.md", "Le rapport", "symbol: A/HRC/31/81", &paragraphs);
    site.doc(case.file, "Document", "", &format!("{PREAMBLE}{}", case.body));
    let root = site.root().to_str().unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&plenary(&["check", "--root", root, "--format", "json"]).stdout()).unwrap();
    let text = std::fs::read_to_string(site.root().join("content").join(case.file)).unwrap();
    (text, json["diagnostics"].as_array().unwrap().clone(), plenary(&["check", "--root", root]).stderr())
}

#[test]
fn every_body_problem_names_its_line_and_character_column_and_quotes_the_line() {
    let mut failures = Vec::new();
    for case in cases() {
        let (text, diagnostics, stderr) = check(&case);
        let file = format!("content/{}", case.file);
        let (line, column) = position(&text, case.at);
        let found: Vec<_> =
            diagnostics.iter().filter(|d| d["message"].as_str().unwrap().contains(case.message)).collect();
        match found.as_slice() {
            [d] if d["file"] == file.as_str()
                && d["line"] == line
                && d["column"] == column
                && d["level"] == case.level => {}
            _ => failures.push(format!("{file}: expected {}:{line}:{column} {:?}, got {found:?}", case.level, case.at)),
        }

        let header = format!("{file}:{line}:{column}: {}: ", case.level);
        let Some(report) = stderr
            .split("\ncontent/")
            .map(|r| format!("content/{}", r.trim_start_matches("content/")))
            .find(|r| r.starts_with(&header) && r.lines().next().unwrap_or_default().contains(case.message))
        else {
            failures.push(format!("no report starting {header:?} with {:?}:\n{stderr}", case.message));
            continue;
        };
        let source_line = text.lines().nth(line - 1).unwrap();
        let quoted = format!("{line} | {}", source_line.replace('\t', "    "));
        let lines: Vec<&str> = report.lines().collect();
        let Some(at) = lines.iter().position(|l| l.trim_end() == quoted.trim_end()) else {
            failures.push(format!("{file}: line {line} is not quoted as {quoted:?}:\n{report}"));
            continue;
        };
        let caret = lines.get(at + 1).copied().unwrap_or_default();
        let gutter = format!("{} | ", " ".repeat(line.to_string().len()));
        let prefix: String = source_line.chars().take(column - 1).collect();
        let expected = format!("{gutter}{}^", " ".repeat(display_width(&prefix)));
        if !caret.starts_with(&expected) {
            failures.push(format!("{file}: caret line {caret:?}, expected {expected:?}:\n{report}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
