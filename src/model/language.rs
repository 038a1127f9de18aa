//! The languages an archive may be written in: the six of the United Nations.

/// One of the six UN languages, by its ISO 639-1 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Ar,
    En,
    Es,
    Fr,
    Ru,
    Zh,
}

impl Language {
    pub const ALL: [Self; 6] = [Self::Ar, Self::En, Self::Es, Self::Fr, Self::Ru, Self::Zh];

    /// The language of a language tag: `fr`, `FR`, or one with a region or script
    /// after it (`fr-CA`, `zh-Hans`), as `site.yaml` and HTML's `lang` write them.
    pub fn parse(tag: &str) -> Option<Self> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or_default();
        Self::ALL.into_iter().find(|language| language.code().eq_ignore_ascii_case(primary))
    }

    /// The ISO 639-1 code, lower case.
    pub fn code(self) -> &'static str {
        match self {
            Self::Ar => "ar",
            Self::En => "en",
            Self::Es => "es",
            Self::Fr => "fr",
            Self::Ru => "ru",
            Self::Zh => "zh",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_language() {
        assert_eq!(Language::parse("fr"), Some(Language::Fr));
        assert_eq!(Language::parse("ZH-Hans"), Some(Language::Zh));
        assert_eq!(Language::parse("en_GB"), Some(Language::En));
        assert_eq!(Language::parse("de"), None);
        assert_eq!(Language::parse(""), None);
        assert!(Language::ALL.into_iter().all(|language| Language::parse(language.code()) == Some(language)));
    }
}
