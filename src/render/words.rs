//! `t`, the templates' one way to print a word: `{{ t(key="home-latest", lang=lang) }}`,
//! with a message's arguments as further named arguments (`count=ids | length`).

use std::collections::HashMap;
use std::sync::Arc;

use tera::Value;

use crate::i18n::{FluentValue, Translations};
use crate::model::Lang;

/// The function templates call as `t`.
pub struct Translate {
    translations: Arc<Translations>,
    escape: fn(&str) -> String,
}

impl Translate {
    /// `escape` makes an argument safe inside a message that holds markup (named `…-html`).
    pub fn new(translations: Arc<Translations>, escape: fn(&str) -> String) -> Self {
        Self { translations, escape }
    }
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, Value>) -> tera::Result<Value> {
        let key = args.get("key").and_then(Value::as_str).ok_or("t: needs key=\"…\", the message's name")?;
        let lang = args
            .get("lang")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("t(key=\"{key}\"): needs lang=lang, the page's language"))?;
        let lang = Lang::parse(lang).map_err(|e| format!("t(key=\"{key}\"): {e}"))?;
        let markup = key.ends_with("-html");
        let mut fluent = fluent_bundle::FluentArgs::new();
        for (name, value) in args.iter().filter(|(name, _)| !matches!(name.as_str(), "key" | "lang")) {
            let value = match value {
                Value::Number(number) => match number.as_i64() {
                    Some(integer) => FluentValue::from(integer),
                    None => FluentValue::from(number.as_f64().unwrap_or_default()),
                },
                Value::String(text) if markup => FluentValue::from((self.escape)(text)),
                Value::String(text) => FluentValue::from(text.as_str()),
                other => FluentValue::from(other.to_string()),
            };
            fluent.set(name.as_str(), value);
        }
        let text = self.translations.format(lang, key, Some(&fluent)).map_err(|e| tera::Error::msg(e.to_string()))?;
        Ok(Value::String(text))
    }
}
