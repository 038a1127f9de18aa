use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;
use crate::model::SessionId;

/// What the registry says of one session.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionInfo {
    pub id: String,
    pub title: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Sessions(Vec<(SessionId, SessionInfo)>);

impl Sessions {
    /// The registry's sessions; an `id` that names no page is an error for the file's line
    /// that holds it.
    pub fn new(list: Vec<SessionInfo>, file: &Path, text: &str) -> Result<Self, Vec<Diagnostic>> {
        let mut sessions = Vec::with_capacity(list.len());
        let mut errors = Vec::new();
        for info in list {
            match SessionId::parse(&info.id) {
                Ok(id) => sessions.push((id, info)),
                Err(error) => {
                    let line = text.lines().position(|line| line.contains(info.id.as_str())).map_or(1, |at| at + 1);
                    errors.push(Diagnostic::error(file, line, format!("id: {error}")).with_source(text));
                }
            }
        }
        if errors.is_empty() { Ok(Self(sessions)) } else { Err(errors) }
    }

    pub fn get(&self, id: &SessionId) -> Option<&SessionInfo> {
        self.0.iter().find(|(known, _)| known == id).map(|(_, info)| info)
    }

    /// Regular sessions are known by their form; any other name must be listed.
    pub fn is_known(&self, id: &SessionId) -> bool {
        id.is_regular() || self.get(id).is_some()
    }
}
