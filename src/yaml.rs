//! YAML into typed values, with errors that name the file, line and field.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use saphyr_parser::{Event, ScalarStyle};
use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor};

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
        // The quoted line shows a control character as its picture: printed as it is, an
        // escape character would drive the terminal, and a NUL would show as nothing.
        let shown: String = full_text.chars().map(visible).collect();
        Diagnostic::error(file, error.line, error.message).at_column(error.column).with_source(&shown)
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
    refuse_control_characters(text, first_line)?;
    serde_yaml::from_str(text).map_err(|error| {
        let (mut line, mut column) = error.location().map_or((1, 0), |at| (at.line(), at.column()));
        let mut message = clean_message(&error.to_string(), what);
        if let Some(opened) = unclosed_quote(&error.to_string(), text, line) {
            (line, column, message) = opened;
        }
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

/// Where each value of a YAML text is, by its path as serde_yaml names fields in its
/// errors (`votes[0].yes[2]`): line (1-based, counted from `first_line`) and column
/// (1-based, in characters, at the value's first character inside any quotes). Empty
/// past the point where the text stops reading as YAML.
pub fn value_positions(text: &str, first_line: usize) -> HashMap<String, (usize, usize)> {
    /// A mapping waiting for a key (`None`) or for the value of one; a sequence with
    /// the index of its next item.
    enum Frame {
        Mapping { path: String, key: Option<String> },
        Sequence { path: String, next: usize },
    }
    let mut positions = HashMap::new();
    let mut stack: Vec<Frame> = Vec::new();
    for item in saphyr_parser::Parser::new_from_str(text) {
        let Ok((event, span)) = item else { break };
        let quoted = match &event {
            Event::Scalar(_, style, ..) => matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted),
            Event::MappingStart(..) | Event::SequenceStart(..) | Event::Alias(_) => false,
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                continue;
            }
            _ => continue,
        };
        // The node's path; `None` for a key, which names its value's path instead.
        let path = match stack.last_mut() {
            None => Some(String::new()),
            Some(Frame::Sequence { path, next }) => {
                *next += 1;
                Some(format!("{path}[{}]", *next - 1))
            }
            Some(Frame::Mapping { path, key }) => match key.take() {
                Some(key) if path.is_empty() => Some(key),
                Some(key) => Some(format!("{path}.{key}")),
                None => {
                    // A key that is itself a mapping or a list names nothing an editor writes.
                    let name = if let Event::Scalar(name, ..) = &event { name.to_string() } else { "?".into() };
                    *key = Some(name);
                    None
                }
            },
        };
        if let Some(path) = &path {
            let at = (first_line + span.start.line() - 1, span.start.col() + 1 + usize::from(quoted));
            positions.insert(path.clone(), at);
        }
        let path = path.unwrap_or_default();
        match event {
            Event::MappingStart(..) => stack.push(Frame::Mapping { path, key: None }),
            Event::SequenceStart(..) => stack.push(Frame::Sequence { path, next: 0 }),
            _ => {}
        }
    }
    positions
}

/// A quote left open on a line runs on into the lines below: to the end of the text,
/// where serde_yaml says only in its message where the quote opened, or to the next
/// quote, in a later field, where serde_yaml stumbles over what follows. Either way the
/// line to fix is the one where the quote opens.
fn unclosed_quote(message: &str, text: &str, error_line: usize) -> Option<(usize, usize, String)> {
    let (line, column) = opened_at_end_of_stream(message).or_else(|| left_open_before(text, error_line))?;
    let quote = text.lines().nth(line.checked_sub(1)?)?.chars().nth(column.checked_sub(1)?)?;
    matches!(quote, '"' | '\'').then(|| {
        let message =
            format!("the quote `{quote}` opened here is not closed: add the closing `{quote}` at the end of the value");
        (line, column, message)
    })
}

/// `(line, column)` of the quote serde_yaml was still reading when the text ended.
fn opened_at_end_of_stream(message: &str) -> Option<(usize, usize)> {
    let opened = message
        .strip_prefix("found unexpected end of stream")?
        .split_once("while scanning a quoted scalar at line ")?
        .1;
    let (line, column) = opened.split_once(" column ")?;
    Some((line.parse().ok()?, column.trim().parse().ok()?))
}

/// `(line, column)` of a quoted value at or before `error_line` that is not closed on
/// its own line while the next line starts a field or list item of its own: a value
/// quoted over several lines on purpose goes on with its text instead.
fn left_open_before(text: &str, error_line: usize) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().take(error_line).collect();
    lines.windows(2).enumerate().find_map(|(index, pair)| {
        let column = open_quote(pair[0])?;
        let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
        let next = pair[1].trim_start_matches(' ');
        let starts_entry = next.starts_with("- ") || top_level_key(next).is_some_and(|key| !key.contains(' '));
        (starts_entry && indent(pair[1]) <= indent(pair[0])).then_some((index + 1, column))
    })
}

/// The column of the quote a `key: "value` or `- "value` line opens and leaves open.
fn open_quote(line: &str) -> Option<usize> {
    let trimmed = line.trim_start_matches(' ');
    let value = match trimmed.strip_prefix("- ") {
        Some(item) => item,
        None => trimmed.split_once(": ")?.1,
    }
    .trim_start_matches(' ');
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let mut rest = value[1..].chars().peekable();
    while let Some(c) = rest.next() {
        match c {
            '\\' if quote == '"' => {
                rest.next();
            }
            '\'' if quote == '\'' && rest.peek() == Some(&'\'') => {
                rest.next();
            }
            c if c == quote => return None,
            _ => {}
        }
    }
    let before = &line[..line.len() - value.len()];
    Some(before.chars().count() + 1)
}

/// Control characters (all but tab and newline) are invisible on a page, break feeds
/// and are errors in HTML, and nobody types them: they come pasted from PDFs and
/// terminals. None may reach a value, whether written as it is or as a YAML escape
/// (`"\0"`, `"\x07"`) in a double-quoted string.
fn refuse_control_characters(text: &str, first_line: usize) -> Result<(), YamlError> {
    for (index, line) in text.lines().enumerate() {
        // A carriage return is a line break to YAML (site.yaml is read as it is saved).
        if let Some((column, found)) = line.chars().enumerate().find(|(_, c)| is_refused(*c) && *c != '\r') {
            // The field the line belongs to, as far as a line can tell: YAML itself
            // refuses a control character as it is, without saying where.
            let field = text.lines().take(index + 1).filter_map(top_level_key).last();
            let message = control_message(found);
            return Err(YamlError {
                line: first_line + index,
                column: column + 1,
                message: field.map_or_else(|| message.clone(), |field| format!("{field}: {message}")),
            });
        }
    }
    // Only a double-quoted string can decode to a control character, and only through
    // an escape: most texts have no backslash and need no second reading.
    if text.contains('\\')
        && let Err(error) = serde_yaml::from_str::<NoControls>(text)
        && error.to_string().contains(CONTROL)
    {
        let (line, column) = error.location().map_or((1, 0), |at| (at.line(), at.column()));
        return Err(YamlError {
            line: first_line + line - 1,
            column,
            message: without_position(&error.to_string()).to_owned(),
        });
    }
    Ok(())
}

fn is_refused(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

/// `c` as it can be printed: a refused control character as its picture (␀ for NUL).
fn visible(c: char) -> char {
    match u32::from(c) {
        code @ 0..0x20 if is_refused(c) => char::from_u32(0x2400 + code).unwrap_or(char::REPLACEMENT_CHARACTER),
        0x7f => '\u{2421}',
        _ if is_refused(c) => char::REPLACEMENT_CHARACTER,
        _ => c,
    }
}

const CONTROL: &str = "the control character";

fn control_message(c: char) -> String {
    format!(
        "{CONTROL} U+{:04X} shows as nothing on a page and is not allowed in HTML or feeds: delete it",
        u32::from(c)
    )
}

/// `title` of `title: A letter`; `None` for indented lines, list items and comments.
fn top_level_key(line: &str) -> Option<&str> {
    let key = line.split_once(':')?.0;
    (!key.is_empty() && !key.starts_with([' ', '\t', '-', '#'])).then(|| key.trim())
}

/// Any YAML value, read only to refuse a string in it (key or value) that holds a
/// control character; serde_yaml then says where, and in which field.
struct NoControls;

impl<'de> Deserialize<'de> for NoControls {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoControlsVisitor)
    }
}

struct NoControlsVisitor;

impl<'de> Visitor<'de> for NoControlsVisitor {
    type Value = NoControls;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<NoControls, E> {
        match text.chars().find(|c| is_refused(*c)) {
            Some(found) => Err(E::custom(control_message(found))),
            None => Ok(NoControls),
        }
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<NoControls, E> {
        Ok(NoControls)
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<NoControls, E> {
        Ok(NoControls)
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<NoControls, E> {
        Ok(NoControls)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<NoControls, E> {
        Ok(NoControls)
    }

    fn visit_unit<E: de::Error>(self) -> Result<NoControls, E> {
        Ok(NoControls)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<NoControls, A::Error> {
        while seq.next_element::<NoControls>()?.is_some() {}
        Ok(NoControls)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NoControls, A::Error> {
        while map.next_entry::<NoControls, NoControls>()?.is_some() {}
        Ok(NoControls)
    }

    /// A tagged value (`!tag value`): the tag and the value.
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<NoControls, A::Error> {
        let (NoControls, variant) = data.variant()?;
        variant.newtype_variant()
    }
}

/// serde_yaml appends the position (which we report in front) and names Rust types
/// (which mean nothing to an editor).
fn clean_message(message: &str, what: &str) -> String {
    let message = without_item_number(without_position(message))
        .replace(&format!("struct {what}"), "a mapping of fields")
        .replace("EOF while parsing a value", "nothing here: expected a mapping of fields");
    match suggestion(&message) {
        Some(field) => format!("{message}; did you mean `{field}`?"),
        None => message,
    }
}

/// A registry's list item is named by its number from 0 (`.[3]: unknown field …`,
/// `.[3].drafts: …`); the line reported in front says which item better.
fn without_item_number(message: &str) -> &str {
    let Some(rest) = message.strip_prefix(".[") else { return message };
    let Some(rest) = rest.trim_start_matches(|c: char| c.is_ascii_digit()).strip_prefix(']') else { return message };
    rest.strip_prefix(": ").or_else(|| rest.strip_prefix('.')).unwrap_or(message)
}

fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => &message[..at],
        _ => message,
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
    fn a_list_item_is_named_by_its_line_not_its_number() {
        let message = ".[12]: unknown field `titel`, expected one of `symbol`, `title` at line 3 column 3";
        assert_eq!(
            clean_message(message, "Entry"),
            "unknown field `titel`, expected one of `symbol`, `title`; did you mean `title`?"
        );
        assert_eq!(without_item_number(".[0].drafts: invalid type"), "drafts: invalid type");
        assert_eq!(without_item_number("votes[0]: invalid type"), "votes[0]: invalid type");
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

    #[test]
    fn an_unclosed_quote_is_reported_where_it_opens() {
        let yaml = "title: Joint letter on reprisals\nkind: letter\ndate: 2024-03-01\nsession: \"HRC55\nsignatories:\n  - Amnesty International\n";
        let double = parse_at::<serde_yaml::Value>(yaml, 2, "Sample").unwrap_err();
        assert_eq!((double.line, double.column), (5, 10));
        assert_eq!(
            double.message,
            "the quote `\"` opened here is not closed: add the closing `\"` at the end of the value"
        );
        // Closed by the first quote of a later field, where YAML then stumbles.
        let later = "title: Joint letter\nsession: \"HRC55\nto: \"Member States of the Council\"\n";
        let later = parse_at::<serde_yaml::Value>(later, 2, "Sample").unwrap_err();
        assert_eq!((later.line, later.column), (3, 10), "{}", later.message);
        let single = parse_at::<serde_yaml::Value>("title: 'Joint letter\nkind: letter\n", 2, "Sample").unwrap_err();
        assert_eq!((single.line, single.column), (2, 8));
        assert!(single.message.starts_with("the quote `'` opened here is not closed"), "{}", single.message);
        let item = parse_at::<serde_yaml::Value>("signatories:\n  - \"FIDH\n  - \"ISHR\"\n", 2, "Sample").unwrap_err();
        assert_eq!((item.line, item.column), (3, 5), "{}", item.message);
        // A value quoted over several lines on purpose is not blamed for a later error.
        let wrapped =
            parse_at::<serde_yaml::Value>("summary: \"The Council\n  should act\"\nlist:\n\t- a\n", 2, "Sample");
        assert_eq!(wrapped.unwrap_err().line, 5);
    }

    #[test]
    fn control_characters_are_refused_in_any_field_as_written_or_escaped() {
        let refused = |yaml: &str| parse_at::<serde_yaml::Value>(yaml, 2, "Sample").unwrap_err();
        let written = refused("title: Joint letter\nsummary: >\n  The Council\u{7} should act\n");
        assert_eq!((written.line, written.column), (4, 14));
        assert!(written.message.starts_with("summary: the control character U+0007 "), "{}", written.message);
        let escaped = refused("votes:\n  - on: A/HRC/43/L.31\n    title: \"Cooperation\\e[0m\"\n");
        assert_eq!(escaped.line, 4);
        assert!(escaped.message.starts_with("votes[0].title: the control character U+001B "), "{}", escaped.message);
        for (yaml, code) in [("a: \"\\x7f\"", "U+007F"), ("a: \"\\N\"", "U+0085"), ("a: \"\\r\"", "U+000D")] {
            assert!(refused(yaml).message.contains(code), "{yaml}");
        }
    }

    #[test]
    fn tabs_newlines_and_plain_backslashes_are_kept() {
        let value: serde_yaml::Value =
            parse_at("title: \"Item 4:\\tgeneral debate\\n\"\npath: C:\\0reports\n", 2, "Sample").unwrap();
        assert_eq!(value["title"].as_str(), Some("Item 4:\tgeneral debate\n"));
        assert_eq!(value["path"].as_str(), Some("C:\\0reports"));
        let windows: serde_yaml::Value = parse_at("title: a\r\nkind: b\rdate: c\r\n", 1, "Sample").unwrap();
        assert_eq!(windows["date"].as_str(), Some("c"));
    }

    #[test]
    fn the_quoted_line_shows_control_characters_as_pictures() {
        let full = "---\ntitle: \"a\u{0}b\"\n---\n";
        let Err(d) = parse::<Sample>("title: \"a\u{0}b\"\n", Path::new("f.md"), 2, full, "Sample") else {
            panic!("expected an error");
        };
        assert_eq!(d.snippet.as_deref(), Some("title: \"a\u{2400}b\""));
        assert_eq!(d.column, 10);
    }

    #[test]
    fn values_are_found_by_their_path_in_block_and_flow_lists() {
        let text = "title: Vote\nvotes:\n  - on: A/HRC/1/L.1\n    yes: [Fiji, \"Côte d’Ivoire\", Chile]\n    no:\n      - Peru\n  - title: Motion\n";
        let positions = value_positions(text, 2);
        let at = |path: &str| positions.get(path).copied();
        assert_eq!(at("title"), Some((2, 8)));
        assert_eq!(at("votes[0]"), Some((4, 5)));
        assert_eq!(at("votes[0].on"), Some((4, 9)));
        assert_eq!(at("votes[0].yes[1]"), Some((5, 18)));
        assert_eq!(at("votes[0].yes[2]"), Some((5, 34)));
        assert_eq!(at("votes[0].no[0]"), Some((7, 9)));
        assert_eq!(at("votes[1].title"), Some((8, 12)));
        assert_eq!(value_positions("title: 'unclosed\nkind: letter\n", 1).get("kind"), None);
    }
}
