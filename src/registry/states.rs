//! UN member and observer states, and every name vote sheets print them under.

use std::collections::HashMap;
use std::path::Path;

use super::regional_group::RegionalGroup;
use super::state_name::normalise;
use crate::diagnostics::Diagnostic;
use crate::model::Lang;

include!(concat!(env!("OUT_DIR"), "/states.rs"));

/// A state of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StateId(u16);

impl StateId {
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The state at `index` of a registry (as in [`StateId::index`]); whether the
    /// registry has one there is the caller's to know.
    pub(crate) fn from_index(index: usize) -> Option<Self> {
        u16::try_from(index).ok().map(Self)
    }
}

/// The compiled-in registry, plus what a site's own `data/states.csv` adds.
#[derive(Debug, Default, Clone)]
pub struct States {
    added: Vec<(String, String)>,
    added_keys: HashMap<String, u16>,
    /// The regional group a site's file gives a state, over the compiled-in one.
    groups: HashMap<u16, Option<RegionalGroup>>,
}

impl States {
    /// The registry compiled from the repository's `data/states.csv`.
    pub fn builtin() -> Self {
        Self::default()
    }

    /// Merges a site's `data/states.csv` (same columns: iso3, name, aliases, and an
    /// optional group): a known ISO code gains the row's names as aliases, an unknown
    /// one is a new state; a group given is the state's.
    pub fn add_site_file(&mut self, file: &Path, text: &str) -> Result<(), Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        for record in reader.records() {
            let record = match record {
                Ok(record) => record,
                Err(error) => {
                    let line = error.position().map_or(0, |p| p.line() as usize);
                    errors.push(Diagnostic::error(file, line, error.to_string()).with_source(text));
                    continue;
                }
            };
            let line = record.position().map_or(0, |p| p.line() as usize);
            let (iso3, name) = (record.get(0).unwrap_or_default().trim(), record.get(1).unwrap_or_default().trim());
            if iso3.len() != 3 || !iso3.bytes().all(|b| b.is_ascii_uppercase()) || name.is_empty() {
                errors.push(
                    Diagnostic::error(file, line, "expected `ISO3,name,aliases` with a three-letter upper-case code")
                        .with_source(text),
                );
                continue;
            }
            let id = self.by_iso3(iso3).unwrap_or_else(|| {
                self.added.push((iso3.to_owned(), name.to_owned()));
                StateId((STATES.len() + self.added.len() - 1) as u16)
            });
            match record.get(3).map(RegionalGroup::parse) {
                Some(Some(group)) if group.is_some() || self.is_added(id) => {
                    self.groups.insert(id.0, group);
                }
                Some(Some(_)) | None => {}
                Some(None) => errors.push(
                    Diagnostic::error(
                        file,
                        line,
                        format!(
                            "`{}` is not a regional group: expected one of {} (or nothing, for a state in none)",
                            record.get(3).unwrap_or_default().trim(),
                            RegionalGroup::ALL.map(RegionalGroup::key).join(", ")
                        ),
                    )
                    .with_source(text),
                ),
            }
            let aliases = record.get(2).unwrap_or_default();
            for key in std::iter::once(name).chain(aliases.split('|')).map(normalise).filter(|k| !k.is_empty()) {
                match self.lookup_key(&key) {
                    Some(other) if other != id => errors.push(
                        Diagnostic::error(file, line, format!("`{key}` already names {}", self.name(other)))
                            .with_source(text),
                    ),
                    Some(_) => {}
                    None => {
                        self.added_keys.insert(key, id.0);
                    }
                }
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// The state a vote sheet or list means by `printed`.
    pub fn lookup(&self, printed: &str) -> Option<StateId> {
        self.lookup_key(&normalise(printed))
    }

    fn lookup_key(&self, key: &str) -> Option<StateId> {
        STATE_KEYS
            .binary_search_by(|(candidate, _)| (*candidate).cmp(key))
            .ok()
            .map(|at| StateId(STATE_KEYS[at].1))
            .or_else(|| self.added_keys.get(key).copied().map(StateId))
    }

    fn by_iso3(&self, iso3: &str) -> Option<StateId> {
        (0..self.len()).map(|i| StateId(i as u16)).find(|&id| self.iso3(id) == iso3)
    }

    /// The state at `index` of the registry (as in [`StateId::index`]).
    pub fn id_at(&self, index: usize) -> Option<StateId> {
        (index < self.len()).then_some(StateId(index as u16))
    }

    pub fn len(&self) -> usize {
        STATES.len() + self.added.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn is_added(&self, id: StateId) -> bool {
        id.index() >= STATES.len()
    }

    pub fn iso3(&self, id: StateId) -> &str {
        STATES.get(id.index()).map_or_else(|| self.added[id.index() - STATES.len()].0.as_str(), |(iso3, ..)| iso3)
    }

    /// Its name in the registry, in English: what `votes.csv` and `votes.json` print.
    pub fn name(&self, id: StateId) -> &str {
        STATES.get(id.index()).map_or_else(|| self.added[id.index() - STATES.len()].1.as_str(), |(_, name, _)| name)
    }

    /// The UN regional group it belongs to; `None` for a state in none (an observer
    /// state, or a member such as the United States that has joined none).
    pub fn group(&self, id: StateId) -> Option<RegionalGroup> {
        if let Some(&group) = self.groups.get(&id.0) {
            return group;
        }
        // build.rs has checked every cell of the compiled-in registry.
        STATES.get(id.index()).and_then(|(_, _, group)| RegionalGroup::parse(group).flatten())
    }

    /// Its name in `lang`, from the CLDR's display names; a state a site's own
    /// registry adds has only its English name.
    pub fn name_in(&self, id: StateId, lang: Lang) -> &str {
        STATE_NAMES.get(id.index()).map_or_else(|| self.name(id), |names| names[lang.index()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso3(printed: &str) -> Option<String> {
        let states = States::builtin();
        states.lookup(printed).map(|id| states.iso3(id).to_owned())
    }

    #[test]
    fn every_alias_the_content_model_names_resolves() {
        for (printed, code) in [
            ("CZECH REPUBLIC", "CZE"),
            ("Czechia", "CZE"),
            ("DEMOCRATIC REPUBLIC OF CONGO", "COD"),
            ("Democratic Republic of the Congo", "COD"),
            ("VENEZUELA (BOLIVARIAN REPUBLIC OF)", "VEN"),
            ("REPUBLIC OF KOREA", "KOR"),
            ("UNITED KINGDOM", "GBR"),
            ("USA", "USA"),
            ("Türkiye", "TUR"),
            ("Turkey", "TUR"),
            ("Côte d'Ivoire", "CIV"),
            ("Cote d'Ivoire", "CIV"),
            ("COTE D’IVOIRE", "CIV"),
            ("Holy See", "VAT"),
            ("State of Palestine", "PSE"),
            ("the Netherlands", "NLD"),
            ("MARSHALL ISLANDS", "MHL"),
        ] {
            assert_eq!(iso3(printed).as_deref(), Some(code), "{printed}");
        }
    }

    #[test]
    fn the_registry_holds_every_member_and_observer_state() {
        assert_eq!(STATES.len(), 195);
        assert_eq!(iso3("Congo").as_deref(), Some("COG"), "the Republic of the Congo is not the DRC");
    }

    #[test]
    fn every_state_is_named_in_each_language() {
        let states = States::builtin();
        let id = states.lookup("Germany").unwrap_or(StateId(0));
        assert_eq!(states.name_in(id, Lang::Fr), "Allemagne");
        assert_eq!(states.name_in(id, Lang::Es), "Alemania");
        assert_eq!(states.name_in(id, Lang::Ru), "Германия");
        assert_eq!(states.name_in(id, Lang::Zh), "德国");
        assert_eq!(states.name_in(id, Lang::Ar), "ألمانيا");
        assert_eq!(states.name_in(id, Lang::En), "Germany");
        assert_eq!(STATE_NAMES.len(), STATES.len());
        assert!(STATE_NAMES.iter().flatten().all(|name| !name.is_empty()));
    }

    #[test]
    fn every_member_state_is_in_the_group_the_un_lists_it_in() {
        let states = States::builtin();
        let group = |printed: &str| states.lookup(printed).and_then(|id| states.group(id));
        let members = |wanted| {
            (0..states.len()).filter(|&i| states.id_at(i).and_then(|id| states.group(id)) == Some(wanted)).count()
        };
        let sizes = RegionalGroup::ALL.map(members);
        assert_eq!(sizes, [54, 54, 23, 33, 28]);
        assert_eq!(group("Israel"), Some(RegionalGroup::WesternEuropeanOther));
        assert_eq!(group("Kiribati"), Some(RegionalGroup::AsiaPacific));
        assert_eq!(group("Türkiye"), Some(RegionalGroup::WesternEuropeanOther), "its group for elections");
        for none in ["United States of America", "Holy See", "State of Palestine"] {
            assert_eq!(group(none), None, "{none}");
        }
    }

    #[test]
    fn a_made_up_state_is_not_guessed() {
        assert_eq!(iso3("Republic of Atlantis"), None);
        assert_eq!(iso3("Korea"), None);
    }

    #[test]
    fn a_site_adds_aliases_and_refuses_conflicts() {
        let mut states = States::builtin();
        assert!(
            states.add_site_file(Path::new("data/states.csv"), "iso3,name,aliases\nCZE,Czechia,Tchéquie\n").is_ok()
        );
        assert_eq!(states.lookup("TCHEQUIE").map(|id| states.iso3(id)), Some("CZE"));
        let errors =
            states.add_site_file(Path::new("data/states.csv"), "iso3,name,aliases\nFRA,France,Czechia\n").err();
        assert_eq!(errors.map(|e| e.len()), Some(1));
    }
}
