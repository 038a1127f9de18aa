//! Pieces of HTML that many pages print alike: a document's card, the navigation, a
//! row of a state's voting history. Each is rendered through the theme the first time a
//! page asks for it and copied into the others, since rendering costs far more than
//! copying.

use std::sync::OnceLock;

use crate::diagnostics::Diagnostic;

/// One such piece, empty until a page first asks for it.
#[derive(Debug, Default)]
pub struct RenderedOnce(OnceLock<Box<str>>);

impl RenderedOnce {
    /// The piece, rendered by `render` if no page has asked for it before.
    pub fn get_or_render(&self, render: impl FnOnce() -> Result<String, Diagnostic>) -> Result<&str, Diagnostic> {
        if let Some(html) = self.0.get() {
            return Ok(html);
        }
        let html = render()?;
        Ok(self.0.get_or_init(|| html.into_boxed_str()))
    }
}
