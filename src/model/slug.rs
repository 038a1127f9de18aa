//! URL path segments that cannot escape the output directory.

use std::fmt;

/// A non-empty path segment of ASCII lower-case letters, digits and single hyphens.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Slug(String);

impl Slug {
    /// Normalises any text (a title, a file name, an editor's `slug:`); `None` when
    /// nothing usable is left, as with "../" or an emoji alone.
    pub fn from_text(text: &str) -> Option<Self> {
        let slug = slug::slugify(text);
        (!slug.is_empty()).then_some(Self(slug))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_tricks_become_plain_segments() {
        assert_eq!(Slug::from_text("../../etc/passwd").map(|s| s.0), Some("etc-passwd".into()));
        assert_eq!(Slug::from_text("Côte d'Ivoire").map(|s| s.0), Some("cote-d-ivoire".into()));
        assert_eq!(Slug::from_text("../"), None);
        assert_eq!(Slug::from_text(""), None);
    }
}
