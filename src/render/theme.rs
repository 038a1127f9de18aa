//! Templates and static files: the embedded default theme, overridden file by file
//! by the site's own `themes/<name>/`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

#[derive(Debug, Default, Clone)]
pub struct Theme {
    /// Template name (`page.html`) → source, and the file it came from for messages.
    pub templates: BTreeMap<String, (PathBuf, String)>,
    /// Path below the output root → bytes.
    pub static_files: BTreeMap<String, Vec<u8>>,
    /// The translation files of `i18n/`, the default theme's first: a site's file
    /// overrides the messages it defines, not the whole file.
    pub translations: Vec<crate::i18n::Source>,
}

impl Theme {
    /// The default theme as Plenary ships it, with none of a site's files.
    pub fn builtin() -> Result<Self, Diagnostic> {
        let mut theme = Self::default();
        for (path, bytes) in DEFAULT_THEME {
            theme.add(Path::new("themes/default"), path, bytes.to_vec())?;
        }
        Ok(theme)
    }

    /// Theme `name`: the default theme with the site's own `themes/<name>/` files over it.
    pub fn load(root: &Path, name: &str) -> Result<Self, Diagnostic> {
        let mut theme = Self::builtin()?;
        let dir = root.join("themes").join(name);
        if !dir.is_dir() {
            if name == "default" {
                return Ok(theme);
            }
            return Err(Diagnostic::error(
                Path::new("site.yaml"),
                0,
                format!("theme: there is no folder themes/{name}"),
            ));
        }
        let shown = Path::new("themes").join(name);
        for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
            let entry = entry.map_err(|e| Diagnostic::error(&shown, 0, format!("cannot read the theme: {e}")))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let relative = entry.path().strip_prefix(&dir).unwrap_or(entry.path());
            let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            let bytes = std::fs::read(entry.path())
                .map_err(|e| Diagnostic::error(&shown.join(&relative), 0, format!("cannot read: {e}")))?;
            theme.add(&shown, &relative, bytes)?;
        }
        Ok(theme)
    }

    fn add(&mut self, theme_dir: &Path, relative: &str, bytes: Vec<u8>) -> Result<(), Diagnostic> {
        if let Some(name) = relative.strip_prefix("templates/") {
            let file = theme_dir.join(relative);
            let source =
                String::from_utf8(bytes).map_err(|_| Diagnostic::error(&file, 0, "a template must be UTF-8 text"))?;
            self.templates.insert(name.to_owned(), (file, source));
        } else if relative.starts_with("i18n/") {
            let file = theme_dir.join(relative);
            let text = String::from_utf8(bytes)
                .map_err(|_| Diagnostic::error(&file, 0, "a translation file must be UTF-8 text"))?;
            self.translations.push(crate::i18n::Source { file, text });
        } else if let Some(path) = relative.strip_prefix("static/") {
            self.static_files.insert(path.to_owned(), bytes);
        }
        Ok(())
    }
}
