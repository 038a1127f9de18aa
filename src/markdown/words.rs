//! The words the Markdown stage writes into a body (the ¶ link's label, the notes'
//! heading and the label of their links back to the text) in the page's language. They
//! come from the theme's messages (`body-*`) like every other word a page prints, worded
//! once per language and then copied into each body, never formatted per paragraph.

use std::fmt::Write;

use super::escape;
use crate::i18n::{FluentValue, Locale};

/// What the paragraph's number is worded as, to be found and cut out again: a
/// character of Unicode's private use area, which no message holds.
const NUMBER: &str = "\u{E001}";

/// A language's words for a body, escaped for HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyWords {
    /// The ¶ link's label, "Link to paragraph 12": what comes before the number and,
    /// when the message has the number, what comes after it.
    paragraph: (String, Option<String>),
    /// The heading of the notes.
    pub(super) notes: String,
    /// The label of a note's link back to where it is cited.
    pub(super) back: String,
}

impl BodyWords {
    pub fn new(locale: Locale<'_>) -> Self {
        let label = locale.with("body-paragraph-link", &[("number", FluentValue::from(NUMBER))]);
        // A translation may leave the number out: the label is then the same for every paragraph.
        let paragraph = match label.split_once(NUMBER) {
            Some((before, after)) => (escape(before), Some(escape(after))),
            None => (escape(&label), None),
        };
        Self {
            paragraph,
            notes: escape(&locale.text("body-notes-heading")),
            back: escape(&locale.text("body-note-back")),
        }
    }

    /// The opening of numbered paragraph `number`'s list item, with its ¶ link.
    pub(super) fn paragraph_item(&self, number: u64) -> String {
        let (before, after) = &self.paragraph;
        let mut html = format!("<li id=\"p{number}\"><a class=\"para-link\" href=\"#p{number}\" aria-label=\"{before}");
        if let Some(after) = after {
            // Writing into a String cannot fail.
            let _ = write!(html, "{number}{after}");
        }
        html.push_str("\">¶</a>");
        html
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::i18n::{Source, Translations};
    use crate::model::Lang;

    fn worded(ftl: &str) -> BodyWords {
        let source = Source { file: PathBuf::from("themes/default/i18n/fr.ftl"), text: ftl.to_owned() };
        let translations = Translations::load(&[source]).unwrap_or_else(|errors| panic!("{errors:?}"));
        BodyWords::new(translations.locale(Lang::Fr))
    }

    #[test]
    fn the_label_puts_the_number_where_the_message_does_and_is_escaped() {
        let words = worded(
            "body-paragraph-link = Aller au « { $number } » de la \"liste\"\nbody-notes-heading = Notes & renvois\n",
        );
        assert_eq!(
            words.paragraph_item(12),
            "<li id=\"p12\"><a class=\"para-link\" href=\"#p12\" aria-label=\"Aller au « 12 » de la &quot;liste&quot;\">¶</a>"
        );
        assert_eq!(words.notes, "Notes &amp; renvois");
        // A label that leaves the number out is the same for every paragraph.
        let words = worded("body-paragraph-link = Lien permanent\n");
        assert!(words.paragraph_item(3).contains("aria-label=\"Lien permanent\""));
    }
}
