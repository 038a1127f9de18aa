//! The kinds of document an archive holds.

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

    pub fn plural_label(self) -> &'static str {
        match self {
            Kind::Letter => "Letters",
            Kind::Statement => "Statements",
            Kind::Annex => "Annexes",
            Kind::Report => "Reports",
            Kind::News => "News",
            Kind::Vote => "Votes",
        }
    }

    /// Letters and statements speak for their signatories; the others need not name any.
    pub fn expects_signatories(self) -> bool {
        matches!(self, Kind::Letter | Kind::Statement)
    }
}
