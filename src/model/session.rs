//! Human Rights Council sessions.

use std::fmt;

/// A session as editors name it: a regular `HRC<number>` session, or another name
/// (a special session, say) that `data/sessions.yaml` may list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionId {
    Regular(u16),
    Other(String),
}

impl SessionId {
    pub fn parse(text: &str) -> Self {
        let text = text.trim();
        text.strip_prefix("HRC")
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !n.starts_with('0'))
            .and_then(|n| n.parse().ok())
            .map_or_else(|| Self::Other(text.to_owned()), Self::Regular)
    }

    pub fn slug(&self) -> String {
        match self {
            Self::Regular(n) => format!("hrc{n}"),
            Self::Other(name) => slug::slugify(name),
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
            Self::Other(name) => f.write_str(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_sessions_are_numbered_and_sort_numerically() {
        assert_eq!(SessionId::parse("HRC43"), SessionId::Regular(43));
        assert_eq!(SessionId::parse("HRC43").slug(), "hrc43");
        assert!(SessionId::parse("HRC9") < SessionId::parse("HRC10"));
    }

    #[test]
    fn anything_else_is_another_name() {
        for other in ["hrc43", "HRC", "HRC043", "HRC-S28", "43"] {
            assert!(!SessionId::parse(other).is_regular(), "{other}");
        }
    }
}
