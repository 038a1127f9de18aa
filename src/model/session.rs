//! Human Rights Council sessions.

use std::fmt;

use super::Slug;

/// A session as editors name it: a regular `HRC<number>` session, or another name
/// (a special session, say) that `data/sessions.yaml` may list, with the URL segment
/// of its page worked out once, when it is read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionId {
    Regular(u16),
    Other(String, Slug),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{0}` has no letters or digits to name the session's page after")]
pub struct SessionError(String);

impl SessionId {
    pub fn parse(text: &str) -> Result<Self, SessionError> {
        let text = text.trim();
        let regular = text
            .strip_prefix("HRC")
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0'))
            .and_then(|n| n.parse().ok());
        if let Some(number) = regular {
            return Ok(Self::Regular(number));
        }
        let slug = Slug::from_text(text).ok_or_else(|| SessionError(text.to_owned()))?;
        Ok(Self::Other(text.to_owned(), slug))
    }

    /// The URL segment of the session's page: never empty.
    pub fn slug(&self) -> String {
        match self {
            Self::Regular(n) => format!("hrc{n}"),
            Self::Other(_, slug) => slug.to_string(),
        }
    }

    pub fn is_regular(&self) -> bool {
        matches!(self, Self::Regular(_))
    }
}

impl fmt::Display for SessionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Regular(n) => write!(f, "HRC{n}"),
            Self::Other(name, _) => f.write_str(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_sessions_are_numbered_and_sort_numerically() {
        assert_eq!(SessionId::parse("HRC43"), Ok(SessionId::Regular(43)));
        assert_eq!(SessionId::parse("HRC43").map(|s| s.slug()).as_deref(), Ok("hrc43"));
        assert!(SessionId::parse("HRC9").ok() < SessionId::parse("HRC10").ok());
    }

    #[test]
    fn anything_else_is_another_name() {
        for other in ["hrc43", "HRC", "HRC043", "HRC-S28", "43"] {
            assert!(SessionId::parse(other).is_ok_and(|s| !s.is_regular()), "{other}");
        }
    }

    #[test]
    fn a_name_that_slugs_to_nothing_is_refused() {
        for empty in ["¿?", "…", "  "] {
            assert!(SessionId::parse(empty).is_err(), "{empty}");
        }
    }
}
