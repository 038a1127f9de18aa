//! The theme's templates, compiled once by MiniJinja, and the variables a page gives
//! them. Only this module knows the template engine.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use minijinja::value::{Enumerator, Kwargs, Object};
use minijinja::{AutoEscape, Environment, Error, ErrorKind, UndefinedBehavior, Value};
use serde::Serialize;

use super::words::Translate;
use crate::diagnostics::Diagnostic;
use crate::i18n::Translations;
use crate::model::Lang;

/// A page's own variables, by the names its template reads them under.
#[derive(Debug, Default)]
pub struct Context(BTreeMap<&'static str, Value>);

impl Context {
    pub fn new() -> Self {
        Self::default()
    }

    /// `value` under `name`, read once into the engine's form.
    pub fn insert<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        self.0.insert(name, Value::from_serialize(value));
    }

    /// A context with one variable.
    pub fn with<T: Serialize + ?Sized>(name: &'static str, value: &T) -> Self {
        let mut context = Self::new();
        context.insert(name, value);
        context
    }
}

/// What every template sees as `site`, read into the engine's form once and shared by
/// all the pages of a build.
#[derive(Debug)]
pub struct SiteVars(Value);

impl SiteVars {
    pub fn new<T: Serialize>(site: &T) -> Self {
        Self(Value::from_serialize(site))
    }
}

/// The compiled templates, and the file each came from for messages.
#[derive(Debug, Clone)]
pub struct Templates {
    env: Environment<'static>,
    files: BTreeMap<String, (PathBuf, String)>,
}

impl Templates {
    /// Compiles every template of a theme (`name` → the file it came from and its
    /// source); `t` prints `translations`' words.
    pub fn new(
        files: BTreeMap<String, (PathBuf, String)>,
        translations: Arc<Translations>,
    ) -> Result<Self, Diagnostic> {
        let mut env = Environment::new();
        // An error's place in its template is kept either way; debug mode would also copy
        // the template's source and variables into every error, in test builds only.
        env.set_debug(false);
        // A template's last newline ends the file it writes, as the theme's author typed it.
        env.set_keep_trailing_newline(true);
        // Printing a variable no page has is a mistake in the theme; testing for one
        // (`{% if page_description %}`) is not.
        env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
        env.set_formatter(|out, state, value| {
            if value.is_none() {
                return Ok(());
            }
            match value.as_str() {
                Some(text) if state.auto_escape() == AutoEscape::Html && !value.is_safe() => {
                    escape_into(text, out).map_err(|_| Error::new(ErrorKind::WriteFailure, "cannot write the page"))
                }
                _ => minijinja::escape_formatter(out, state, value),
            }
        });
        let translate = Translate::new(translations);
        env.add_function("t", move |words: Kwargs| translate.call(&words));
        env.add_filter("json_encode", json_encode);
        for (name, (file, source)) in &files {
            env.add_template_owned(name.clone(), source.clone()).map_err(|error| located(file, source, &error, ""))?;
        }
        Ok(Self { env, files })
    }

    /// `template` in `lang` (`lang` and `dir`), with `site` and `context`, the page's
    /// own variables. An error names the template it is in, which may be one `template`
    /// extends or includes, and says which page was being written.
    pub fn render(
        &self,
        template: &str,
        (site, lang): (&SiteVars, Lang),
        context: Context,
        for_path: &str,
    ) -> Result<String, Diagnostic> {
        self.env
            .get_template(template)
            .and_then(|compiled| compiled.render(Root::value(site, lang, context)))
            .map_err(|error| self.failure(&error, template, for_path))
    }

    /// A whole page, as [`render`](Self::render) renders it, as the bytes of its file.
    pub fn render_page(
        &self,
        template: &str,
        (site, lang): (&SiteVars, Lang),
        context: Context,
        for_path: &str,
    ) -> Result<Vec<u8>, Diagnostic> {
        // Written into a buffer that fits nearly every page: the engine's own starts at
        // the template's size and grows, copying the page, three or four times a page.
        let mut page = Vec::with_capacity(PAGE_BYTES);
        self.env
            .get_template(template)
            .and_then(|compiled| compiled.render_captured_to(Root::value(site, lang, context), &mut page))
            .map_err(|error| self.failure(&error, template, for_path))?;
        Ok(page)
    }

    fn failure(&self, error: &Error, template: &str, for_path: &str) -> Diagnostic {
        let name = error.name().unwrap_or(template);
        let preface = format!("while rendering {for_path}: ");
        match self.files.get(name) {
            Some((file, source)) => located(file, source, error, &preface),
            None => Diagnostic::error(Path::new(name), 0, format!("{preface}{}", describe(error, None))),
        }
    }
}

/// A page's starting buffer: 99 pages in 100 of the bench archive are smaller (their
/// median is 12 KB).
const PAGE_BYTES: usize = 32 * 1024;

/// What a template sees at its top level: `site`, `lang` and `dir`, which every page
/// has, and the page's own variables. Looked up by name as the template reads them:
/// a map of them all built for each page cost more than the lookups.
#[derive(Debug)]
struct Root {
    site: Value,
    lang: Lang,
    page: Context,
}

impl Root {
    fn value(site: &SiteVars, lang: Lang, page: Context) -> Value {
        Value::from_object(Self { site: site.0.clone(), lang, page })
    }
}

impl Object for Root {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        self.get_value_by_str(key.as_str()?)
    }

    fn get_value_by_str(self: &Arc<Self>, key: &str) -> Option<Value> {
        match key {
            "site" => Some(self.site.clone()),
            "lang" => Some(Value::from(self.lang.code())),
            "dir" => Some(Value::from(self.lang.dir())),
            _ => self.page.0.get(key).cloned(),
        }
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        let shared = ["site", "lang", "dir"].into_iter();
        Enumerator::Values(shared.chain(self.page.0.keys().copied()).map(Value::from).collect())
    }
}

/// `error` in template `file`, at its line and column, with the source line shown.
fn located(file: &Path, source: &str, error: &Error, preface: &str) -> Diagnostic {
    let line = error.line().unwrap_or(0);
    let diagnostic = Diagnostic::error(file, line, format!("{preface}{}", describe(error, Some(source))));
    match error.range() {
        Some(range) if line > 0 => {
            let line_start = source[..range.start].rfind('\n').map_or(0, |at| at + 1);
            diagnostic.at_column(source[line_start..range.start].chars().count() + 1).with_source(source)
        }
        _ => diagnostic,
    }
}

/// The error in a sentence, with the nested causes after it; an undefined value names
/// the expression that gave it, which MiniJinja leaves to the source span.
fn describe(error: &Error, source: Option<&str>) -> String {
    let mut message = match error.detail() {
        Some(detail) => format!("{}: {detail}", error.kind()),
        None => error.kind().to_string(),
    };
    if error.kind() == ErrorKind::UndefinedError
        && let Some(expression) = source.zip(error.range()).and_then(|(source, range)| source.get(range))
    {
        let _ = write!(message, " `{expression}`");
    }
    let mut cause = std::error::Error::source(error);
    while let Some(inner) = cause {
        let _ = write!(message, ": {inner}");
        cause = inner.source();
    }
    message
}

/// `value` as JSON, which the page then escapes like any text: a label in a CSS custom
/// property (`--column-2:"Yes"`) needs the quotes.
fn json_encode(value: &Value) -> Result<String, Error> {
    serde_json::to_string(value).map_err(|error| Error::new(ErrorKind::InvalidOperation, error.to_string()))
}

/// Escapes what could end a text node or a quoted attribute; unlike the engine's own
/// escaping it leaves `/` alone, so URLs stay readable in the page source.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let _ = escape_into(text, &mut out);
    out
}

fn escape_into(text: &str, out: &mut impl std::fmt::Write) -> std::fmt::Result {
    // The characters escaped are ASCII, so every index found is a char boundary and the
    // runs between them are copied whole.
    let bytes = text.as_bytes();
    let (mut copied, mut at) = (0, 0);
    while let Some(&byte) = bytes.get(at) {
        // Most of what a page prints needs no escaping: eight bytes are passed at once.
        if bytes.get(at..at + 8).is_some_and(|eight| !has_markup(eight)) {
            at += 8;
            continue;
        }
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => {
                at += 1;
                continue;
            }
        };
        out.write_str(&text[copied..at])?;
        out.write_str(entity)?;
        at += 1;
        copied = at;
    }
    out.write_str(&text[copied..])
}

/// Whether any of eight bytes is one that HTML escapes, all eight tested at once: a
/// byte equal to one of them is a zero byte of the eight xor that one, and subtracting
/// one from each byte sets the top bit of a zero byte that was clear.
fn has_markup(eight: &[u8]) -> bool {
    let mut word = [0; 8];
    word.copy_from_slice(eight);
    let word = u64::from_le_bytes(word);
    let every = |byte: u8| u64::from_ne_bytes([byte; 8]);
    let has_byte = |byte: u8| {
        let xor = word ^ every(byte);
        xor.wrapping_sub(every(1)) & !xor & every(0x80)
    };
    has_byte(b'&') | has_byte(b'<') | has_byte(b'>') | has_byte(b'"') | has_byte(b'\'') != 0
}

#[cfg(test)]
mod tests {
    use super::escape_html;

    #[test]
    fn escapes_markup_and_quotes_and_keeps_the_rest() {
        assert_eq!(escape_html("Réseau «A/HRC/43/L.31» & <b>"), "Réseau «A/HRC/43/L.31» &amp; &lt;b&gt;");
        assert_eq!(escape_html(r#"say "l'Homme""#), "say &quot;l&#39;Homme&quot;");
        assert_eq!(escape_html("&"), "&amp;");
        assert_eq!(escape_html("plain/text"), "plain/text");
        // Eight bytes are passed at once: markup at every place in and after each eight.
        let text = "Resolution 7/1 «Human rights & <b>defenders</b>» of \"the Council's\" 2024 session";
        for from in 0..text.len() {
            let Some(text) = text.get(from..) else { continue };
            let by_char: String = text
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_owned(),
                    '<' => "&lt;".to_owned(),
                    '>' => "&gt;".to_owned(),
                    '"' => "&quot;".to_owned(),
                    '\'' => "&#39;".to_owned(),
                    other => other.to_string(),
                })
                .collect();
            assert_eq!(escape_html(text), by_char, "{text}");
        }
        assert_eq!(escape_html(""), "");
    }
}
