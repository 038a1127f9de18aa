//! The languages an archive may be written in: the six official languages of the UN.

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A language of the archive, by its ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Lang {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{0}` is not a language an archive may use: expected one of ar, en, es, fr, ru, zh (ISO 639-1)")]
pub struct LangError(String);

impl Lang {
    /// In the UN's order, which is the English alphabetical order of their names.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    pub fn parse(code: &str) -> Result<Self, LangError> {
        // Matched, not searched for in `ALL`: templates name the page's language in every
        // `t()`, tens of thousands of times a build. The round trip with `code` is tested.
        match code.trim() {
            "ar" => Ok(Lang::Ar),
            "zh" => Ok(Lang::Zh),
            "en" => Ok(Lang::En),
            "fr" => Ok(Lang::Fr),
            "ru" => Ok(Lang::Ru),
            "es" => Ok(Lang::Es),
            _ => Err(LangError(code.to_owned())),
        }
    }

    /// The ISO 639-1 code: `fr`. Also the folder of its pages and its official texts' address.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
        }
    }

    /// Its place in [`Lang::ALL`].
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|&lang| lang == self).unwrap_or_default()
    }

    /// Arabic is written right to left; the others left to right.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The value of the `dir` attribute of its pages.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LangVisitor;
        impl Visitor<'_> for LangVisitor {
            type Value = Lang;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a language code: ar, en, es, fr, ru or zh")
            }
            fn visit_str<E: de::Error>(self, code: &str) -> Result<Lang, E> {
                Lang::parse(code).map_err(E::custom)
            }
            // `language: no` reaches us as YAML 1.1's false.
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Lang, E> {
                Err(E::custom(LangError(value.to_string())))
            }
        }
        deserializer.deserialize_any(LangVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_six_un_languages_are_accepted() {
        assert_eq!(Lang::parse("fr"), Ok(Lang::Fr));
        assert_eq!(Lang::parse("zh"), Ok(Lang::Zh));
        for bad in ["de", "FR", "fr-CA", "french", ""] {
            assert!(Lang::parse(bad).is_err(), "{bad}");
        }
        assert!(Lang::ALL.iter().all(|&lang| Lang::parse(lang.code()) == Ok(lang)));
    }
}
