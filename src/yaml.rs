//! YAML into typed values, with errors that name the file, line and field.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostics::Diagnostic;

/// Parses `text`, which starts on line `first_line` of `file`; `full_text` is the
/// whole file, from which the offending line is quoted.
pub fn parse<T: DeserializeOwned>(
    text: &str,
    file: &Path,
    first_line: usize,
    full_text: &str,
    what: &str,
) -> Result<T, Diagnostic> {
    parse_at(text, first_line, what).map_err(|error| {
        Diagnostic::error(file, error.line, error.message).at_column(error.column).with_source(full_text)
    })
}

/// A YAML problem at a line of the enclosing file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Like [`parse`], for YAML embedded in something else (a vote block's header).
pub fn parse_at<T: DeserializeOwned>(text: &str, first_line: usize, what: &str) -> Result<T, YamlError> {
    serde_yaml::from_str(text).map_err(|error| {
        let (mut line, mut column) = error.location().map_or((1, 0), |at| (at.line(), at.column()));
        let mut message = clean_message(&error.to_string(), what);
        // serde_yaml places a duplicate at the start of its mapping; point at the second one.
        if let Some(field) = message.strip_prefix("duplicate field `").and_then(|rest| rest.split('`').next()) {
            let key = format!("{field}:");
            if let Some(second) = text.lines().enumerate().filter(|(_, l)| l.starts_with(&key)).nth(1) {
                (line, column) = (second.0 + 1, 1);
            }
        }
        if text
            .lines()
            .nth(line.saturating_sub(1))
            .is_some_and(|l| l.starts_with(|c: char| c.is_whitespace()) && l.contains('\t'))
        {
            message.push_str(" (a tab: YAML is indented with spaces only)");
        }
        YamlError { line: first_line + line - 1, column, message }
    })
}

/// serde_yaml appends the position (which we report in front) and names Rust types
/// (which mean nothing to an editor).
fn clean_message(message: &str, what: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => &message[..at],
        _ => message,
    };
    let message = message
        .replace(&format!("struct {what}"), "a mapping of fields")
        .replace("EOF while parsing a value", "nothing here: expected a mapping of fields");
    match suggestion(&message) {
        Some(field) => format!("{message}; did you mean `{field}`?"),
        None => message,
    }
}

/// For `unknown field `signatory`, expected one of ...`, the allowed field closest to the typo.
fn suggestion(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, allowed) = rest.split_once('`')?;
    allowed
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|field| (edit_distance(unknown, field), field))
        // Close enough to be a typo, and sharing more with it than not.
        .filter(|(distance, field)| *distance <= 2.max(field.len() / 3) && *distance < unknown.len())
        .min()
        .map(|(_, field)| field)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
    }

    #[test]
    fn errors_carry_the_absolute_line_and_the_field() {
        let full = "---\ntitle: a\nsignatory: b\n---\n";
        let Err(d) = parse::<Sample>("title: a\nsignatory: b\n", Path::new("f.md"), 2, full, "Sample") else {
            panic!("expected an error");
        };
        assert_eq!(d.line, 3);
        assert!(d.message.starts_with("unknown field `signatory`"), "{}", d.message);
        assert_eq!(d.snippet.as_deref(), Some("signatory: b"));
    }

    #[test]
    fn suggests_the_nearest_field_only_when_close() {
        let message = "unknown field `signatory`, expected one of `title`, `signatories`, `symbols`";
        assert_eq!(suggestion(message), Some("signatories"));
        assert_eq!(suggestion("unknown field `colour`, expected one of `title`, `kind`"), None);
        assert_eq!(suggestion("unknown field `a`, expected one of `to`, `kind`"), None);
    }

    #[test]
    fn duplicates_and_tabs_are_explained_where_they_are() {
        let duplicate = parse_at::<Sample>("title: a\ntitle: b\n", 2, "Sample").unwrap_err();
        assert_eq!((duplicate.line, duplicate.message.as_str()), (3, "duplicate field `title`"));
        let tab = parse_at::<serde_yaml::Value>("list:\n\t- a\n", 2, "Sample").unwrap_err();
        assert_eq!(tab.line, 3);
        assert!(tab.message.ends_with("(a tab: YAML is indented with spaces only)"), "{}", tab.message);
    }
}
