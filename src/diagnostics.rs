//! What went wrong, and where: the single shape every stage reports problems in,
//! rendered at the edge as `file:line:col: level: message` with the source line.

use std::fmt;
use std::path::{Path, PathBuf};

use anstyle::{AnsiColor, Style};

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
        let level_style = match self.level {
            Level::Error => Style::new().bold().fg_color(Some(AnsiColor::Red.into())),
            Level::Warning => Style::new().bold().fg_color(Some(AnsiColor::Yellow.into())),
        };
        let gutter_style = Style::new().bold().fg_color(Some(AnsiColor::Blue.into()));
        let header = self.to_string();
        let mut out = match header.split_once(self.level_word()) {
            Some((location, message)) => {
                format!("{}{}{message}", paint(Style::new().bold(), location), paint(level_style, self.level_word()))
            }
            None => header,
        };
        if let Some(snippet) = &self.snippet {
            let gutter = self.line.to_string();
            let pad = " ".repeat(gutter.len());
            let bar = paint(gutter_style, &format!("{pad} |"));
            out.push_str(&format!("\n{bar}\n{} {snippet}\n{bar}", paint(gutter_style, &format!("{gutter} |"))));
            if self.column > 0 {
                let indent: String =
                    snippet.chars().take(self.column - 1).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
                out.push_str(&format!(" {indent}{}", paint(level_style, "^")));
            }
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
}
