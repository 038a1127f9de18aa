use serde::Deserialize;

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
    pub fn new(list: Vec<SessionInfo>) -> Self {
        Self(list.into_iter().map(|info| (SessionId::parse(&info.id), info)).collect())
    }

    pub fn get(&self, id: &SessionId) -> Option<&SessionInfo> {
        self.0.iter().find(|(known, _)| known == id).map(|(_, info)| info)
    }

    /// Regular sessions are known by their form; any other name must be listed.
    pub fn is_known(&self, id: &SessionId) -> bool {
        id.is_regular() || self.get(id).is_some()
    }
}
