//! `t`, the templates' one way to print a word: `{{ t(key="home-latest", lang=lang) }}`,
//! with a message's arguments as further named arguments (`count=ids | length`).

use std::sync::Arc;

use minijinja::value::{Kwargs, ValueKind};
use minijinja::{Error, ErrorKind, Value};

use super::templates::escape_html;
use crate::i18n::{FluentValue, Translations};
use crate::model::Lang;

/// The function templates call as `t`.
pub struct Translate {
    translations: Arc<Translations>,
}

impl Translate {
    pub fn new(translations: Arc<Translations>) -> Self {
        Self { translations }
    }

    /// The message `key=` in `lang=`, given the other named arguments; those of a
    /// message that holds markup (named `…-html`) are escaped first.
    pub fn call(&self, args: &Kwargs) -> Result<Value, Error> {
        let wrong = |message: String| Error::new(ErrorKind::InvalidOperation, message);
        let key: &str = args.get("key").map_err(|_| wrong("t: needs key=\"…\", the message's name".to_owned()))?;
        let lang: &str =
            args.get("lang").map_err(|_| wrong(format!("t(key=\"{key}\"): needs lang=lang, the page's language")))?;
        let lang = Lang::parse(lang).map_err(|e| wrong(format!("t(key=\"{key}\"): {e}")))?;
        let markup = key.ends_with("-html");
        let mut fluent = fluent_bundle::FluentArgs::new();
        for name in args.args().filter(|name| !matches!(*name, "key" | "lang")) {
            let value: Value = args.get(name)?;
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
        let text = self.translations.format(lang, key, Some(&fluent)).map_err(|e| wrong(e.to_string()))?;
        Ok(Value::from(text))
    }
}
