//! A vote as editors write it: the `votes:` front-matter list, and a result (`declared:`).

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use crate::model::PartialDate;

/// A vote as written in front matter: the states per position, as printed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteEntry {
    /// The symbol voted on; a vote without one (a motion) has a `title`.
    pub on: Option<String>,
    pub title: Option<String>,
    pub date: Option<PartialDate>,
    pub session: Option<String>,
    pub declared: Option<Tally>,
    /// The outcome as a source states it; otherwise it follows from the counts.
    pub outcome: Option<Outcome>,
    #[serde(default)]
    pub yes: Vec<String>,
    #[serde(default)]
    pub no: Vec<String>,
    #[serde(default)]
    pub abstain: Vec<String>,
    #[serde(default)]
    pub absent: Vec<String>,
}

/// Whether the text voted on was adopted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Adopted,
    Rejected,
}

impl Outcome {
    /// The outcome by the Council's rule (a text is adopted when more members vote in
    /// favour than against), when `disputed` members, who could be on either side,
    /// cannot change it.
    pub fn by_rule(yes: u16, no: u16, disputed: u16) -> Option<Self> {
        let (yes, no, disputed) = (u32::from(yes), u32::from(no), u32::from(disputed));
        if yes > no + disputed {
            Some(Self::Adopted)
        } else if yes + disputed <= no {
            Some(Self::Rejected)
        } else {
            None
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Self::Adopted => "adopted",
            Self::Rejected => "rejected",
        }
    }

    /// The verb a sentence about the counts uses: they "adopt" or "reject" it.
    pub(crate) fn verb(self) -> &'static str {
        match self {
            Self::Adopted => "adopt",
            Self::Rejected => "reject",
        }
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
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
    /// How many members it counts.
    pub fn total(self) -> u32 {
        u32::from(self.yes) + u32::from(self.no) + u32::from(self.abstain)
    }

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
    /// `23-16-8` or `{ yes: 23, no: 16, abstain: 8 }`. A visitor, not an untagged enum,
    /// so that errors keep their line and field.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TallyVisitor;
        impl<'de> Visitor<'de> for TallyVisitor {
            type Value = Tally;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a result as YES-NO-ABSTAIN such as 23-16-8, or { yes: N, no: N, abstain: N }")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Tally, E> {
                Tally::parse(text).map_err(E::custom)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Tally, A::Error> {
                let (mut yes, mut no, mut abstain) = (None, None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "yes" => &mut yes,
                        "no" => &mut no,
                        "abstain" => &mut abstain,
                        other => return Err(de::Error::unknown_field(other, &["yes", "no", "abstain"])),
                    };
                    if slot.replace(map.next_value::<u16>()?).is_some() {
                        return Err(de::Error::duplicate_field("a count"));
                    }
                }
                Ok(Tally {
                    yes: yes.ok_or_else(|| de::Error::missing_field("yes"))?,
                    no: no.ok_or_else(|| de::Error::missing_field("no"))?,
                    abstain: abstain.ok_or_else(|| de::Error::missing_field("abstain"))?,
                })
            }
        }
        deserializer.deserialize_any(TallyVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_accepts_both_forms() {
        let from_text: Tally = serde_yaml::from_str("23-16-8").unwrap_or_default();
        let from_fields: Tally = serde_yaml::from_str("{ yes: 23, no: 16, abstain: 8 }").unwrap_or_default();
        assert_eq!(from_text, Tally { yes: 23, no: 16, abstain: 8 });
        assert_eq!(from_text, from_fields);
        assert!(serde_yaml::from_str::<Tally>("23-16").is_err());
    }
}
