//! Recorded votes: the `votes:` front-matter list and fenced `vote` sheets.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer};

use crate::model::PartialDate;

/// A vote as written in front matter: the states per position, as printed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteEntry {
    pub on: String,
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub session: Option<String>,
    pub declared: Option<Tally>,
    #[serde(default)]
    pub yes: Vec<String>,
    #[serde(default)]
    pub no: Vec<String>,
    #[serde(default)]
    pub abstain: Vec<String>,
}

/// A result: in favour, against, abstaining.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub yes: u16,
    pub no: u16,
    pub abstain: u16,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid tally `{0}`: expected YES-NO-ABSTAIN such as 23-16-8")]
pub struct TallyError(String);

impl Tally {
    /// The announced form `23-16-8`.
    pub fn parse(text: &str) -> Result<Self, TallyError> {
        let numbers: Vec<u16> = text
            .split('-')
            .map(|part| part.trim().parse::<u16>())
            .collect::<Result<_, _>>()
            .map_err(|_| TallyError(text.to_owned()))?;
        match numbers[..] {
            [yes, no, abstain] => Ok(Self { yes, no, abstain }),
            _ => Err(TallyError(text.to_owned())),
        }
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{}", self.yes, self.no, self.abstain)
    }
}

impl<'de> Deserialize<'de> for Tally {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Fields {
            yes: u16,
            no: u16,
            abstain: u16,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Text(String),
            Fields(Fields),
        }
        match Form::deserialize(deserializer).map_err(|_| {
            de::Error::custom(
                "expected `{ yes: N, no: N, abstain: N }` or `YES-NO-ABSTAIN` such as 23-16-8",
            )
        })? {
            Form::Text(text) => Tally::parse(&text).map_err(de::Error::custom),
            Form::Fields(Fields { yes, no, abstain }) => Ok(Tally { yes, no, abstain }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_accepts_both_forms() {
        let from_text: Tally = serde_yaml::from_str("23-16-8").unwrap_or_default();
        let from_fields: Tally =
            serde_yaml::from_str("{ yes: 23, no: 16, abstain: 8 }").unwrap_or_default();
        assert_eq!(
            from_text,
            Tally {
                yes: 23,
                no: 16,
                abstain: 8
            }
        );
        assert_eq!(from_text, from_fields);
        assert!(serde_yaml::from_str::<Tally>("23-16").is_err());
    }
}
