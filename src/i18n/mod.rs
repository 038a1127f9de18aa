//! The theme's words in the archive's languages: one Fluent file per language in the
//! theme's `i18n/` folder, whose messages a site's own file of the same name overrides
//! one by one. Plural forms follow CLDR's rules (Fluent's selectors, through
//! intl_pluralrules) and dates CLDR's patterns ([`Dates`], through ICU4X), never tables
//! written here.

mod dates;

use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use rustc_hash::FxHashMap;

use crate::diagnostics::Diagnostic;
use crate::model::Lang;

pub use dates::Dates;
pub use fluent_bundle::FluentValue;

/// The language every message exists in: a message another language lacks is shown in it.
pub const FALLBACK: Lang = Lang::En;

/// One translation file as the theme gives it: `i18n/fr.ftl`, the default theme's
/// first, then the site's.
#[derive(Debug, Clone)]
pub struct Source {
    pub file: PathBuf,
    pub text: String,
}

/// Every language's messages, and its dates.
pub struct Translations {
    /// By [`Lang::index`].
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Each language's messages that take no argument, resolved once: most of the words
    /// a page prints, each looked up by a template's `t` on every page. A language's
    /// own, else English.
    plain: Vec<FxHashMap<String, String>>,
    /// Each language's message names, to tell which English ones it lacks.
    names: Vec<Vec<String>>,
    /// Where each language's messages come from, for messages about them.
    files: Vec<PathBuf>,
    pub dates: Dates,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations").field("files", &self.files).finish_non_exhaustive()
    }
}

/// A message no language has, English included: a template's typo, or a site's
/// template asking for a word its files never define.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("no message `{id}` in the theme's i18n/en.ftl")]
    Missing { id: String },
    #[error("message `{id}` of i18n/{lang}.ftl: {problems}")]
    Format { id: String, lang: Lang, problems: String },
}

impl Translations {
    /// The messages of `sources`, by the file name that says their language (`fr.ftl`).
    pub fn load(sources: &[Source]) -> Result<Self, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let mut bundles: Vec<FluentBundle<FluentResource>> = Lang::ALL.iter().map(|&lang| bundle(lang)).collect();
        let mut names: Vec<Vec<String>> = vec![Vec::new(); Lang::ALL.len()];
        let mut files: Vec<PathBuf> =
            Lang::ALL.iter().map(|lang| Path::new("themes/default/i18n").join(format!("{lang}.ftl"))).collect();
        for source in sources {
            let Some(lang) = language_of(&source.file) else {
                errors.push(Diagnostic::error(
                    &source.file,
                    0,
                    "a translation file is named after its language: ar.ftl, en.ftl, es.ftl, fr.ftl, ru.ftl or zh.ftl",
                ));
                continue;
            };
            let resource = match FluentResource::try_new(source.text.clone()) {
                Ok(resource) => resource,
                Err((_, problems)) => {
                    errors.extend(problems.iter().map(|problem| {
                        // The message the problem is in: its end may be far below.
                        let at = problem.slice.as_ref().map_or(problem.pos.start, |slice| slice.start);
                        let line = line_at(&source.text, at);
                        Diagnostic::error(&source.file, line, problem.kind.to_string()).with_source(&source.text)
                    }));
                    continue;
                }
            };
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    let name = message.id.name.to_owned();
                    if !names[lang.index()].contains(&name) {
                        names[lang.index()].push(name);
                    }
                }
            }
            files[lang.index()] = source.file.clone();
            // A later file (the site's) replaces the messages it defines, one by one.
            bundles[lang.index()].add_resource_overriding(resource);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut translations =
            Self { bundles, plain: Vec::new(), names, files, dates: Dates::new().map_err(|e| vec![e])? };
        translations.plain = Lang::ALL.iter().map(|&lang| translations.resolve_plain(lang)).collect();
        Ok(translations)
    }

    /// The messages of `lang` that need no argument, by name, as [`Translations::format`]
    /// gives them.
    pub fn plain(&self, lang: Lang) -> impl Iterator<Item = (&str, &str)> {
        self.plain[lang.index()].iter().map(|(name, text)| (name.as_str(), text.as_str()))
    }

    /// The messages of `lang` that need no argument, its own or else English.
    fn resolve_plain(&self, lang: Lang) -> FxHashMap<String, String> {
        let mut plain = FxHashMap::default();
        for from in [FALLBACK, lang] {
            for name in &self.names[from.index()] {
                if let Ok(text) = self.format_in(from, name, None) {
                    plain.insert(name.clone(), text);
                }
            }
        }
        plain
    }

    /// Message `id` in `lang`, or in English when `lang` lacks it.
    pub fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, MessageError> {
        if args.is_none_or(|args| args.iter().next().is_none())
            && let Some(text) = self.plain[lang.index()].get(id)
        {
            return Ok(text.clone());
        }
        let from = if self.bundles[lang.index()].has_message(id) { lang } else { FALLBACK };
        self.format_in(from, id, args)
    }

    /// Message `id` in `lang`, which takes no argument; its name if it is missing, so that
    /// the page still reads (a template's message that is missing is an error instead).
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None).unwrap_or_else(|_| id.to_owned())
    }

    fn format_in(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, MessageError> {
        let bundle = &self.bundles[lang.index()];
        let pattern = bundle
            .get_message(id)
            .and_then(|message| message.value())
            .ok_or_else(|| MessageError::Missing { id: id.to_owned() })?;
        let mut problems = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut problems);
        if problems.is_empty() {
            Ok(text.into_owned())
        } else {
            let problems = problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
            Err(MessageError::Format { id: id.to_owned(), lang, problems })
        }
    }

    /// The English messages `lang` has no translation of, in English's order.
    pub fn missing(&self, lang: Lang) -> Vec<&str> {
        let own = &self.names[lang.index()];
        self.names[FALLBACK.index()].iter().filter(|name| !own.contains(name)).map(String::as_str).collect()
    }

    /// A warning for each of `languages` that lacks messages English has.
    pub fn warnings(&self, languages: impl IntoIterator<Item = Lang>) -> Vec<Diagnostic> {
        languages
            .into_iter()
            .filter_map(|lang| {
                let missing = self.missing(lang);
                (!missing.is_empty()).then(|| {
                    let message = format!(
                        "{} message{} missing, shown in English: {}",
                        missing.len(),
                        if missing.len() == 1 { " is" } else { "s are" },
                        missing.join(", ")
                    );
                    Diagnostic::warning(&self.files[lang.index()], 0, message)
                })
            })
            .collect()
    }
}

/// One language's words and dates, as a page in it prints them.
#[derive(Debug, Clone, Copy)]
pub struct Locale<'a> {
    pub lang: Lang,
    pub translations: &'a Translations,
}

impl Locale<'_> {
    /// Message `id`, which takes no argument.
    pub fn text(self, id: &str) -> String {
        self.translations.text(self.lang, id)
    }

    /// Message `id` with its arguments; its name if it cannot be formatted.
    pub fn with(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.translations.format(self.lang, id, Some(&fluent)).unwrap_or_else(|_| id.to_owned())
    }

    /// The name of one kind of document: "Letter".
    pub fn kind(self, kind: crate::model::Kind) -> String {
        self.text(&format!("kind-{}", kind.name()))
    }

    pub fn date(self, date: crate::model::PartialDate) -> String {
        self.translations.dates.format(date, self.lang)
    }
}

impl Translations {
    pub fn locale(&self, lang: Lang) -> Locale<'_> {
        Locale { lang, translations: self }
    }
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent would wrap each argument in Unicode isolation marks: the pages mark the
    // direction of what they embed themselves (`dir="auto"`), and the marks would get
    // in the way of copying text and of search.
    bundle.set_use_isolating(false);
    bundle
}

/// `fr` of `…/i18n/fr.ftl`.
fn language_of(file: &Path) -> Option<Lang> {
    let stem = file.file_stem()?.to_str()?;
    file.extension().is_some_and(|ext| ext == "ftl").then(|| Lang::parse(stem).ok()).flatten()
}

fn line_at(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(name: &str, text: &str) -> Source {
        Source { file: PathBuf::from(format!("themes/default/i18n/{name}")), text: text.to_owned() }
    }

    fn load(sources: &[Source]) -> Translations {
        Translations::load(sources).unwrap_or_else(|errors| panic!("{errors:?}"))
    }

    #[test]
    fn a_missing_message_is_shown_in_english_and_warned_about() {
        let translations =
            load(&[source("en.ftl", "hello = Hello\nbye = Goodbye\n"), source("fr.ftl", "hello = Bonjour\n")]);
        assert_eq!(translations.text(Lang::Fr, "hello"), "Bonjour");
        assert_eq!(translations.text(Lang::Fr, "bye"), "Goodbye");
        assert_eq!(translations.missing(Lang::Fr), ["bye"]);
        let warnings = translations.warnings([Lang::Fr]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].message.contains("bye"), "{}", warnings[0].message);
    }

    #[test]
    fn a_later_file_overrides_messages_one_by_one() {
        let translations = load(&[
            source("fr.ftl", "hello = Bonjour\nbye = Au revoir\n"),
            Source { file: PathBuf::from("themes/default/i18n/fr.ftl"), text: "hello = Salut\n".into() },
        ]);
        assert_eq!(translations.text(Lang::Fr, "hello"), "Salut");
        assert_eq!(translations.text(Lang::Fr, "bye"), "Au revoir");
    }

    #[test]
    fn plural_forms_follow_cldr() {
        let translations = load(&[source(
            "ru.ftl",
            "docs = { $count ->\n    [one] { $count } документ\n    [few] { $count } документа\n   *[many] { $count } документов\n}\n",
        )]);
        let count = |n: i64| {
            let mut args = FluentArgs::new();
            args.set("count", n);
            translations.format(Lang::Ru, "docs", Some(&args)).unwrap_or_default()
        };
        assert_eq!(count(1), "1 документ");
        assert_eq!(count(3), "3 документа");
        assert_eq!(count(5), "5 документов");
        assert_eq!(count(21), "21 документ");
    }

    #[test]
    fn every_shipped_message_formats_in_every_language_with_no_english_left_out() {
        let theme = crate::render::Theme::builtin().unwrap_or_default();
        let translations = load(&theme.translations);
        let english = translations.names[FALLBACK.index()].clone();
        assert!(english.len() > 100, "{}", english.len());
        let words = [
            "yes",
            "no",
            "abstain",
            "iso3",
            "state",
            "symbol",
            "url",
            "title",
            "session",
            "site",
            "name",
            "taxonomy",
            "names",
            "csv",
            "json",
            "states",
            "home",
            "sessions",
            "signatories",
            "tags",
            "date",
            "shown",
            "outcome",
            "named",
            "iso",
            "number",
            "of",
            "symbols",
            "query",
            "filters",
            "filter",
            "value",
            "min",
            "percent",
            "shared",
            "first",
            "last",
            "text",
            "note",
            "printed",
            "again",
            "roll",
            "declared",
            "label",
            "position",
            "positions",
            "sources",
            "first_title",
            "other",
            "other_title",
            "counted",
            "not_recorded",
            "stated",
            "derived",
        ];
        for lang in Lang::ALL {
            assert_eq!(translations.missing(lang), Vec::<&str>::new(), "{lang}");
            assert_ne!(translations.text(lang, "language-name"), "language-name");
            for count in [0, 1, 2, 3, 5, 11, 21, 101] {
                let mut args = FluentArgs::new();
                args.set("count", count);
                for word in words {
                    args.set(word, "x");
                }
                for id in &english {
                    let text = translations.format_in(lang, id, Some(&args));
                    assert!(text.as_ref().is_ok_and(|t| !t.is_empty()), "{lang} {id} {count}: {text:?}");
                }
            }
        }
    }

    #[test]
    fn a_broken_file_is_an_error_at_its_line() {
        let errors = Translations::load(&[source("fr.ftl", "hello = Bonjour\n\nbye = { $count\n")]).err();
        let errors = errors.unwrap_or_default();
        assert_eq!(errors.first().map(|e| e.line), Some(3), "{errors:?}");
        let errors = Translations::load(&[source("de.ftl", "hello = Hallo\n")]).err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
    }
}
