//! The registries in `data/`: organisations (with the aliases they sign under),
//! sessions beyond the regular `HRC<number>` form, resolutions with the drafts they
//! were adopted from, and the names vote sheets give states.

mod organisations;
mod regional_group;
mod resolutions;
mod sessions;
mod state_name;
mod states;

use std::path::Path;

use crate::diagnostics::{Diagnostic, Diagnostics};

pub use organisations::{Organisation, Organisations};
pub use regional_group::RegionalGroup;
pub use resolutions::{Resolution, Resolutions};
pub use sessions::{SessionInfo, Sessions};
pub use state_name::normalise as normalise_state_name;
pub use states::{StateId, States};

#[derive(Debug, Default, Clone)]
pub struct Registries {
    pub organisations: Organisations,
    pub sessions: Sessions,
    pub resolutions: Resolutions,
    pub states: States,
}

/// Reads `<root>/data`; a missing registry file is an empty registry.
pub fn load(root: &Path, diagnostics: &mut Diagnostics) -> Registries {
    let mut registries = Registries::default();
    if let Some((file, text)) = read(root, "data/organisations.yaml", diagnostics) {
        match Organisations::parse(&file, &text) {
            Ok(organisations) => registries.organisations = organisations,
            Err(errors) => diagnostics.extend(errors),
        }
    }
    if let Some((file, text)) = read(root, "data/sessions.yaml", diagnostics) {
        match crate::yaml::parse::<Vec<SessionInfo>>(&text, &file, 1, &text, "SessionInfo") {
            Ok(list) => match Sessions::new(list, &file, &text) {
                Ok(sessions) => registries.sessions = sessions,
                Err(errors) => diagnostics.extend(errors),
            },
            Err(error) => diagnostics.push(error),
        }
    }
    if let Some((file, text)) = read(root, "data/resolutions.yaml", diagnostics) {
        match Resolutions::parse(&file, &text) {
            Ok(resolutions) => registries.resolutions = resolutions,
            Err(errors) => diagnostics.extend(errors),
        }
    }
    if let Some((file, text)) = read(root, "data/states.csv", diagnostics)
        && let Err(errors) = registries.states.add_site_file(&file, &text)
    {
        diagnostics.extend(errors);
    }
    registries
}

fn read(root: &Path, name: &str, diagnostics: &mut Diagnostics) -> Option<(std::path::PathBuf, String)> {
    let path = root.join(name);
    if !path.exists() {
        return None;
    }
    match std::fs::read_to_string(&path) {
        Ok(text) => Some((name.into(), text)),
        Err(error) => {
            diagnostics.push(Diagnostic::error(Path::new(name), 0, format!("cannot read: {error}")));
            None
        }
    }
}
