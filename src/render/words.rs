//! `t`, the templates' one way to print a word: `{{ t(key="home-latest", lang=lang) }}`,
//! with a message's arguments as further named arguments (`count=ids | length`).

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use minijinja::value::{Kwargs, ValueKind};
use minijinja::{Error, ErrorKind, Value};
use rustc_hash::FxHashMap;

use super::templates::escape_html;
use crate::i18n::{FluentValue, Translations};
use crate::model::Lang;

/// The function templates call as `t`.
pub struct Translate {
    translations: Arc<Translations>,
    /// Each language's messages that take no argument, by [`Lang::index`], kept as the
    /// engine's values: most calls are for one of them, a dozen on every page, and a
    /// kept value is handed out without a copy.
    plain: Vec<FxHashMap<String, Value>>,
    /// Messages with arguments as formatted, by language, name and arguments (see
    /// [`Self::call`]'s key): pages repeat the same few ("4 organisations", "paragraphs
    /// 3–5"), and Fluent formatting one afresh takes longer than finding it here.
    formatted: Mutex<FxHashMap<String, Value>>,
}

/// Past this many, the formatted messages kept are let go: the arguments of an
/// archive's pages repeat, but a theme that passes each page something of its own
/// would otherwise have every page's kept.
const FORMATTED_KEPT: usize = 1 << 14;

impl Translate {
    pub fn new(translations: Arc<Translations>) -> Self {
        let plain = Lang::ALL
            .iter()
            .map(|&lang| translations.plain(lang).map(|(name, text)| (name.to_owned(), Value::from(text))).collect())
            .collect();
        Self { translations, plain, formatted: Mutex::default() }
    }

    /// The message `key=` in `lang=`, given the other named arguments; those of a
    /// message that holds markup (named `…-html`) are escaped first.
    pub fn call(&self, args: &Kwargs) -> Result<Value, Error> {
        // Arguments are read with `peek`: `get` also records each name as used, in a set
        // made for every call, which only a check that all were used reads; `t` reads all.
        let key: &str = args.peek("key").map_err(|_| invalid("t: needs key=\"…\", the message's name".to_owned()))?;
        let lang: &str = args
            .peek("lang")
            .map_err(|_| invalid(format!("t(key=\"{key}\"): needs lang=lang, the page's language")))?;
        let lang = Lang::parse(lang).map_err(|e| invalid(format!("t(key=\"{key}\"): {e}")))?;
        if args.args().nth(2).is_none()
            && let Some(text) = self.plain[lang.index()].get(key)
        {
            return Ok(text.clone());
        }
        // What the text depends on: the language, the name, and each argument's name,
        // kind (a number chooses a plural, the same digits as text do not) and value.
        let mut kept_as = format!("{}\u{1f}{key}", lang.code());
        for name in message_arguments(args) {
            let value: Value = args.peek(name)?;
            let _ = write!(kept_as, "\u{1f}{name}\u{1e}{:?}\u{1e}{value}", value.kind());
        }
        let formatted = || self.formatted.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(text) = formatted().get(&kept_as) {
            return Ok(text.clone());
        }
        let text = Value::from(self.format(key, lang, args)?);
        let mut kept = formatted();
        if kept.len() >= FORMATTED_KEPT {
            kept.clear();
        }
        kept.insert(kept_as, text.clone());
        Ok(text)
    }

    /// The message `key` in `lang`, formatted by Fluent with the message's arguments of
    /// `args`. Read again only when the text was not kept: collecting them once for both
    /// uses cost more than the second reading.
    fn format(&self, key: &str, lang: Lang, args: &Kwargs) -> Result<String, Error> {
        let markup = key.ends_with("-html");
        let mut fluent = fluent_bundle::FluentArgs::new();
        for name in message_arguments(args) {
            let value: Value = args.peek(name)?;
            let value = match (value.kind(), value.as_str()) {
                (ValueKind::Number, _) => match value.as_i64() {
                    Some(integer) => FluentValue::from(integer),
                    None => FluentValue::from(f64::try_from(value).unwrap_or_default()),
                },
                (_, Some(text)) if markup => FluentValue::from(escape_html(text)),
                (_, Some(text)) => FluentValue::from(text.to_owned()),
                _ => FluentValue::from(value.to_string()),
            };
            fluent.set(name, value);
        }
        self.translations.format(lang, key, Some(&fluent)).map_err(|e| invalid(e.to_string()))
    }
}

/// The names of `args` that are the message's own arguments, not `key` or `lang`.
fn message_arguments(args: &Kwargs) -> impl Iterator<Item = &str> {
    args.args().filter(|name| !matches!(*name, "key" | "lang"))
}

/// An error `t` reports to the template that called it.
fn invalid(message: String) -> Error {
    Error::new(ErrorKind::InvalidOperation, message)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use minijinja::Value;
    use minijinja::value::Kwargs;

    use super::Translate;
    use crate::i18n::Translations;
    use crate::model::Lang;
    use crate::render::Theme;

    fn call(translate: &Translate, args: &[(&str, Value)]) -> String {
        let args: Kwargs = args.iter().cloned().collect();
        translate.call(&args).unwrap_or_else(|e| panic!("{e}")).to_string()
    }

    /// The kept words are the words: every message of the default theme, in every
    /// language, reads the same through `t` as formatted afresh, and a message's
    /// arguments still reach it.
    #[test]
    fn t_prints_each_message_as_the_translations_format_it() {
        let theme = Theme::builtin().unwrap_or_else(|e| panic!("{e:?}"));
        let translations = Arc::new(Translations::load(&theme.translations).unwrap_or_else(|e| panic!("{e:?}")));
        let translate = Translate::new(Arc::clone(&translations));
        for lang in Lang::ALL {
            let names: Vec<String> = translations.plain(lang).map(|(name, _)| name.to_owned()).collect();
            assert!(names.len() > 100, "{lang:?}");
            for name in &names {
                let fresh = translations.format(lang, name, None).unwrap_or_else(|e| panic!("{e}"));
                let printed =
                    call(&translate, &[("key", Value::from(name.as_str())), ("lang", Value::from(lang.code()))]);
                assert_eq!(printed, fresh, "{name} in {lang:?}");
            }
        }
        let counted = call(
            &translate,
            &[("key", Value::from("documents-count")), ("lang", Value::from("en")), ("count", Value::from(1))],
        );
        assert_eq!(counted, "1 document");
    }

    /// A message formatted once is kept by its arguments: asked again with others, or in
    /// another language, it is formatted for them, not handed back as first formatted.
    #[test]
    fn a_kept_message_is_kept_by_its_language_and_arguments() {
        let theme = Theme::builtin().unwrap_or_else(|e| panic!("{e:?}"));
        let translations = Arc::new(Translations::load(&theme.translations).unwrap_or_else(|e| panic!("{e:?}")));
        let translate = Translate::new(Arc::clone(&translations));
        let count = |lang: &str, count: Value| {
            call(&translate, &[("key", Value::from("documents-count")), ("lang", Value::from(lang)), ("count", count)])
        };
        let printed: Vec<String> = [("en", 1), ("en", 4), ("en", 1), ("es", 4), ("en", 4)]
            .into_iter()
            .map(|(lang, n)| count(lang, Value::from(n)))
            .collect();
        assert_eq!(printed[..3], ["1 document", "4 documents", "1 document"]);
        assert_ne!(printed[3], printed[1], "Spanish, not the English kept");
        assert_eq!(printed[4], "4 documents");
    }
}
