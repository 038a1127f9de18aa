//! The UN's regional groups of Member States, as `data/states.csv` names them. Shared
//! with build.rs, which checks the registry's column once, at compile time.

/// A regional group: the five of the UN's Department for General Assembly and
/// Conference Management, in the order it lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RegionalGroup {
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOther,
}

impl RegionalGroup {
    pub const ALL: [RegionalGroup; 5] = [
        RegionalGroup::African,
        RegionalGroup::AsiaPacific,
        RegionalGroup::EasternEuropean,
        RegionalGroup::LatinAmericanCaribbean,
        RegionalGroup::WesternEuropeanOther,
    ];

    /// How the `group` column of `data/states.csv` writes it.
    pub fn key(self) -> &'static str {
        match self {
            Self::African => "african",
            Self::AsiaPacific => "asia-pacific",
            Self::EasternEuropean => "eastern-european",
            Self::LatinAmericanCaribbean => "latin-american-caribbean",
            Self::WesternEuropeanOther => "western-european-other",
        }
    }

    /// The group a `group` cell names: `Some(None)` for an empty cell (a state in no
    /// group), `None` for a word that names no group.
    pub fn parse(cell: &str) -> Option<Option<Self>> {
        let cell = cell.trim();
        if cell.is_empty() {
            return Some(None);
        }
        Self::ALL.into_iter().find(|group| group.key() == cell).map(Some)
    }
}
