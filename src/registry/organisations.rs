use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;
use crate::model::Slug;

/// One organisation, however many ways it is printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub name: String,
    pub slug: Slug,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    name: String,
    slug: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Organisations {
    by_key: HashMap<String, Organisation>,
}

impl Organisations {
    pub fn parse(file: &Path, text: &str) -> Result<Self, Vec<Diagnostic>> {
        let entries: Vec<Entry> = crate::yaml::parse(text, file, 1, text, "Entry").map_err(|d| vec![d])?;
        let mut registry = Self::default();
        let mut errors = Vec::new();
        for entry in entries {
            let line = line_of(text, &entry.name, 0);
            let Some(slug) = entry.slug.as_deref().or(Some(&entry.name)).and_then(Slug::from_text) else {
                errors.push(
                    Diagnostic::error(file, line, format!("slug: `{}` gives no usable URL", entry.name))
                        .with_source(text),
                );
                continue;
            };
            let organisation = Organisation { name: entry.name.trim().to_owned(), slug };
            for printed in std::iter::once(&entry.name).chain(&entry.aliases) {
                if let Some(other) = registry.by_key.insert(key(printed), organisation.clone())
                    && other != organisation
                {
                    let message = format!("aliases: `{printed}` already names `{}`", other.name);
                    errors.push(Diagnostic::error(file, line_of(text, printed, line), message).with_source(text));
                }
            }
        }
        if errors.is_empty() { Ok(registry) } else { Err(errors) }
    }

    /// The organisation behind a name as printed; an unregistered name stands for itself.
    pub fn resolve(&self, printed: &str) -> Option<Organisation> {
        self.by_key
            .get(&key(printed))
            .cloned()
            .or_else(|| Slug::from_text(printed).map(|slug| Organisation { name: printed.trim().to_owned(), slug }))
    }
}

/// Printed names differ in case and spacing more than in anything else.
fn key(printed: &str) -> String {
    printed.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The first line at or after `from` (1-based) that mentions `needle`.
fn line_of(text: &str, needle: &str, from: usize) -> usize {
    let skip = from.saturating_sub(1);
    text.lines().skip(skip).position(|line| line.contains(needle)).map_or(from.max(1), |i| skip + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGISTRY: &str =
        "- name: International Federation for Human Rights (FIDH)\n  slug: fidh\n  aliases: [FIDH]\n";

    #[test]
    fn aliases_resolve_to_one_organisation() {
        let registry = Organisations::parse(Path::new("data/organisations.yaml"), REGISTRY).unwrap_or_default();
        let fidh = registry.resolve("fidh ");
        assert_eq!(fidh.as_ref().map(|o| o.slug.as_str()), Some("fidh"));
        assert_eq!(fidh, registry.resolve("International  Federation for Human Rights (FIDH)"));
        assert_eq!(registry.resolve("Access Now").map(|o| o.slug.to_string()), Some("access-now".into()));
    }

    #[test]
    fn an_alias_cannot_name_two_organisations() {
        let text = format!("{REGISTRY}- name: Another\n  aliases: [FIDH]\n");
        let errors = Organisations::parse(Path::new("o.yaml"), &text).err().unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("already names"));
    }
}
