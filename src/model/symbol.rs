//! United Nations document symbols.

use std::fmt;

use super::SessionId;

/// A UN document symbol such as `A/HRC/43/L.31` or `A/RES/60/251`, kept exactly as
/// the source prints it once its shape has been checked.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Symbol(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{0}` is not a UN document symbol (expected a form such as A/HRC/43/L.31)")]
pub struct SymbolError(String);

impl Symbol {
    pub fn parse(text: &str) -> Result<Self, SymbolError> {
        let text = text.trim();
        let mut parts = text.split('/');
        let body = parts.next().unwrap_or_default();
        let body_ok = !body.is_empty() && body.bytes().all(|b| b.is_ascii_uppercase());
        let rest: Vec<&str> = parts.collect();
        let rest_ok = !rest.is_empty()
            && rest.iter().all(|part| {
                !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
            });
        if body_ok && rest_ok { Ok(Self(text.to_owned())) } else { Err(SymbolError(text.to_owned())) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URL segment of its page under `/symbols/`: `A/HRC/43/L.31` is `a-hrc-43-l-31`.
    pub fn slug(&self) -> String {
        // Symbols are ASCII as printed; slugify's transliteration is only for the rest,
        // and costs a plan of every symbol page more than the rest of it.
        if !self.0.is_ascii() {
            return slug::slugify(&self.0);
        }
        let mut slug = String::with_capacity(self.0.len());
        for c in self.0.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        if slug.ends_with('-') {
            slug.pop();
        }
        slug
    }

    /// The official text at the UN's document system.
    pub fn official_url(&self) -> String {
        format!("https://docs.un.org/en/{}", self.0)
    }

    /// The Council session a Human Rights Council symbol belongs to: `A/HRC/43/…` and
    /// `A/HRC/RES/43/…` are HRC43.
    pub fn hrc_session(&self) -> Option<SessionId> {
        let mut parts = self.0.split('/').skip(1);
        if parts.next()? != "HRC" {
            return None;
        }
        let session = match parts.next()? {
            "RES" | "DEC" | "PRST" => parts.next()?,
            other => other,
        };
        let number: u16 = session.parse().ok()?;
        Some(SessionId::Regular(number))
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_symbols_as_printed() {
        for ok in ["A/HRC/43/L.31", "A/HRC/43/L.13/Rev.1", "A/HRC/RES/37/23", "A/RES/60/251", "A/HRC/43/31/Add.1"] {
            assert_eq!(Symbol::parse(ok).map(|s| s.to_string()), Ok(ok.to_owned()));
        }
    }

    #[test]
    fn knows_its_session_and_page() {
        let symbol = Symbol::parse("A/HRC/RES/37/23").unwrap();
        assert_eq!(symbol.hrc_session(), Some(SessionId::Regular(37)));
        assert_eq!(symbol.slug(), "a-hrc-res-37-23");
        for printed in ["A/HRC/43/L.13/Rev.1", "A/HRC/43/31/Add.1", "E/CN.4/2005/L.10/Add.11", "A/C.3/78/L.41"] {
            let symbol = Symbol::parse(printed).unwrap();
            assert_eq!(symbol.slug(), slug::slugify(printed), "{printed}");
        }
        assert_eq!(Symbol::parse("A/HRC/43/L.13/Rev.1").unwrap().hrc_session(), Some(SessionId::Regular(43)));
        assert_eq!(Symbol::parse("A/RES/60/251").unwrap().hrc_session(), None);
    }

    #[test]
    fn rejects_what_is_not_a_symbol() {
        for bad in ["L.13/Rev.1", "resolution 37/23", "A/HRC//31", "A", "a/hrc/43/31", "A/HRC/43 31"] {
            assert!(Symbol::parse(bad).is_err(), "{bad}");
        }
    }
}
