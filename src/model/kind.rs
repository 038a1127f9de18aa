//! The kinds of document an archive holds.

use std::str::FromStr;

use serde::Deserialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Letter,
    Statement,
    Annex,
    Report,
    News,
    Vote,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Letter, Kind::Statement, Kind::Annex, Kind::Report, Kind::News, Kind::Vote];

    /// The URL section, which is also the folder editors keep these files in.
    pub fn section(self) -> &'static str {
        match self {
            Kind::Letter => "letters",
            Kind::Statement => "statements",
            Kind::Annex => "annexes",
            Kind::Report => "reports",
            Kind::News => "news",
            Kind::Vote => "votes",
        }
    }

    /// In English, for messages to editors; pages name it in their language (`kind-<name>`).
    pub fn label(self) -> &'static str {
        match self {
            Kind::Letter => "Letter",
            Kind::Statement => "Statement",
            Kind::Annex => "Annex",
            Kind::Report => "Report",
            Kind::News => "News",
            Kind::Vote => "Vote",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Letter => "letter",
            Kind::Statement => "statement",
            Kind::Annex => "annex",
            Kind::Report => "report",
            Kind::News => "news",
            Kind::Vote => "vote",
        }
    }

    /// Letters and statements speak for their signatories; the others need not name any.
    pub fn expects_signatories(self) -> bool {
        matches!(self, Kind::Letter | Kind::Statement)
    }
}

impl FromStr for Kind {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, String> {
        Kind::ALL.into_iter().find(|kind| kind.name() == name).ok_or_else(|| {
            let names: Vec<&str> = Kind::ALL.iter().map(|kind| kind.name()).collect();
            format!("`{name}` is not a kind of document; expected one of {}", names.join(", "))
        })
    }
}
