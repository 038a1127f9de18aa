//! What went wrong, and where: the single shape every stage reports problems in,
//! rendered at the edge as `file:line:col: level: message` with the source line.

use std::fmt;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Group, Level as Snippets, Renderer, Snippet};
use anstyle::{AnsiColor, Style};

const ERROR: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const WARNING: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
const GUTTER: Style = Style::new().bold().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Blue)));

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub level: Level,
    /// Relative to the site root, as editors see it.
    pub file: PathBuf,
    /// 1-based; 0 when the problem belongs to the whole file.
    pub line: usize,
    /// 1-based, in characters (Unicode scalar values) of the line, as editors count
    /// them, never bytes; 0 when the problem belongs to the whole line.
    pub column: usize,
    pub message: String,
    /// The offending source line, for the caret display.
    pub snippet: Option<String>,
}

impl Diagnostic {
    pub fn error(file: &Path, line: usize, message: impl Into<String>) -> Self {
        Self { level: Level::Error, file: file.to_owned(), line, column: 0, message: message.into(), snippet: None }
    }

    pub fn warning(file: &Path, line: usize, message: impl Into<String>) -> Self {
        Self { level: Level::Warning, ..Self::error(file, line, message) }
    }

    pub fn at_column(mut self, column: usize) -> Self {
        self.column = column;
        self
    }

    /// Attaches the line the diagnostic points at, taken from the file's text.
    pub fn with_source(self, text: &str) -> Self {
        self.with_source_from(text, 1)
    }

    /// As [`with_source`](Self::with_source), from a part of the file's text that
    /// starts on line `first_line`.
    pub fn with_source_from(mut self, text: &str, first_line: usize) -> Self {
        let first_line = first_line.max(1);
        if self.line >= first_line {
            self.snippet = text.lines().nth(self.line - first_line).map(str::to_owned);
        }
        self
    }

    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// The full report: the location line, then the source line with a caret under the column.
    pub fn render(&self) -> String {
        self.render_styled(false)
    }

    /// As [`render`](Self::render), coloured for a terminal when `colour` is set.
    pub fn render_styled(&self, colour: bool) -> String {
        let paint = |style: Style, text: &str| if colour { format!("{style}{text}{style:#}") } else { text.to_owned() };
        let (level_style, level) = match self.level {
            Level::Error => (ERROR, Snippets::ERROR),
            Level::Warning => (WARNING, Snippets::WARNING),
        };
        let header = self.to_string();
        let mut out = match header.split_once(self.level_word()) {
            Some((location, message)) => {
                format!("{}{}{message}", paint(Style::new().bold(), location), paint(level_style, self.level_word()))
            }
            None => header,
        };
        if let Some(snippet) = self.snippet.as_deref().filter(|_| self.line > 0) {
            let renderer = if colour {
                Renderer::styled().error(ERROR).warning(WARNING).line_num(GUTTER)
            } else {
                Renderer::plain()
            };
            let quoted = Snippet::source(snippet).line_start(self.line).annotation(
                AnnotationKind::Primary.span(
                    // Without a column the whole line is what is meant.
                    match self.column {
                        0 => 0..snippet.len(),
                        column => snippet
                            .char_indices()
                            .nth(column - 1)
                            .map_or(snippet.len()..snippet.len(), |(at, c)| at..at + c.len_utf8()),
                    },
                ),
            );
            out.push('\n');
            out.push_str(&renderer.render(&[Group::with_level(level).element(quoted)]));
        }
        out
    }

    fn level_word(&self) -> &'static str {
        match self.level {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = self.level_word();
        write!(f, "{}", self.file.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {level}: {}", self.message)
    }
}

/// Problems gathered across a stage; a stage fails only after reporting all of them.
#[derive(Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, more: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(more);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Sorted by file and line, so reports read like the archive and are stable between runs.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.0.sort_by(|a, b| (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message)));
        self.0.dedup();
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_location_and_caret() {
        let d = Diagnostic::error(Path::new("content/a.md"), 2, "date: invalid date `x`")
            .at_column(7)
            .with_source("---\ndate: x\n---");
        assert_eq!(d.render(), "content/a.md:2:7: error: date: invalid date `x`\n  |\n2 | date: x\n  |       ^");
    }

    /// The caret line of a rendered diagnostic, and the quoted line above it.
    fn quoted_and_caret(d: &Diagnostic) -> (String, String) {
        let rendered = d.render();
        let lines: Vec<&str> = rendered.lines().collect();
        (lines[2].to_owned(), lines[3].to_owned())
    }

    #[test]
    fn the_caret_counts_characters_past_accents() {
        let line = "Le Conseil des droits de l'homme, réuni à Genève, rappelle [ceci](@/x.md).";
        let column = line.chars().position(|c| c == '[').unwrap_or_default() + 1;
        assert_eq!(column, 60, "a column counts characters, not bytes");
        let d = Diagnostic::error(Path::new("content/a.md"), 12, "broken link")
            .at_column(column)
            .with_source_from(line, 12);
        assert!(d.render().starts_with("content/a.md:12:60: error: broken link\n"), "{}", d.render());
        let (quoted, caret) = quoted_and_caret(&d);
        assert_eq!(quoted, format!("12 | {line}"));
        assert_eq!(caret, format!("   | {}^", " ".repeat(59)));
    }

    #[test]
    fn the_caret_sits_past_an_emoji_two_cells_wide() {
        let line = "Réunion 🙂 à Genève : para. 57";
        let column = line.chars().position(|c| c == 'p').unwrap_or_default() + 1;
        assert_eq!(column, 22);
        let d = Diagnostic::warning(Path::new("content/a.md"), 3, "no such paragraph")
            .at_column(column)
            .with_source_from(line, 3);
        assert!(d.render().starts_with("content/a.md:3:22: warning:"), "{}", d.render());
        let (quoted, caret) = quoted_and_caret(&d);
        assert_eq!(quoted, format!("3 | {line}"));
        // The emoji takes two cells on a terminal, so the caret sits one cell further right.
        assert_eq!(caret, format!("  | {}^", " ".repeat(22)));
    }

    #[test]
    fn without_a_column_the_whole_line_is_marked_and_without_a_line_nothing_is_quoted() {
        let d = Diagnostic::warning(Path::new("content/a.md"), 1, "whole line").with_source("YES\tFIJI");
        assert_eq!(d.render(), "content/a.md:1: warning: whole line\n  |\n1 | YES    FIJI\n  | ^^^^^^^^^^^");
        let d = Diagnostic::error(Path::new("content/a.md"), 0, "cannot read").with_source("x");
        assert_eq!(d.render(), "content/a.md: error: cannot read");
    }

    #[test]
    fn colour_marks_the_level_and_the_caret() {
        let d = Diagnostic::error(Path::new("a.md"), 1, "bad").at_column(1).with_source("x");
        let coloured = d.render_styled(true);
        assert!(coloured.contains("\u{1b}[1m\u{1b}[31merror"), "{coloured:?}");
        assert!(coloured.contains("\u{1b}[31m^"), "{coloured:?}");
        assert!(!d.render().contains('\u{1b}'));
    }
}
