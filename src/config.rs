//! `site.yaml`: what the whole site is called and where it is published.

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostics::Diagnostic;
use crate::model::Lang;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub base_url: String,
    /// The interface's language, and that of every document that does not name its own.
    #[serde(default)]
    pub language: Lang,
    #[serde(default = "default_theme")]
    pub theme: String,
    #[serde(default = "default_output_dir")]
    pub output_dir: PathBuf,
    /// A custom domain, written to `CNAME` for sites published from a branch.
    pub cname: Option<String>,
    /// Pass raw HTML in Markdown through as written (editors are trusted), instead of
    /// sanitising it (the default).
    #[serde(default)]
    pub unsafe_html: bool,
    /// How many entries a page of a list shows; longer lists continue on further pages.
    #[serde(default = "default_page_size")]
    pub page_size: NonZeroUsize,
}

fn default_theme() -> String {
    "default".into()
}
fn default_output_dir() -> PathBuf {
    "output".into()
}
/// A hundred cards make a page of about 50 KB, light on a phone; fewer to a page would
/// add a page's frame for every few dozen documents.
fn default_page_size() -> NonZeroUsize {
    NonZeroUsize::new(100).unwrap_or(NonZeroUsize::MIN)
}

impl SiteConfig {
    pub fn load(root: &Path) -> Result<Self, Diagnostic> {
        let file = Path::new("site.yaml");
        let text = std::fs::read_to_string(root.join(file))
            .map_err(|e| Diagnostic::error(file, 0, format!("cannot read the site configuration: {e}")))?;
        let config: Self = crate::yaml::parse(&text, file, 1, &text, "SiteConfig")?;
        BaseUrl::parse(&config.base_url).map_err(|message| {
            let line = text.lines().position(|l| l.starts_with("base_url")).map_or(1, |i| i + 1);
            Diagnostic::error(file, line, format!("base_url: {message}")).with_source(&text)
        })?;
        Ok(config)
    }
}

/// The address the site is published at, split into what absolute URLs (feeds,
/// canonical links) need and the path prefix every internal link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// `https://org.github.io/archive/`, always ending in `/`; empty for a site published at a bare path.
    pub origin_and_path: String,
    /// `/archive/`: starts and ends with `/`.
    pub path: String,
}

impl BaseUrl {
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let with_slash = |s: &str| {
            if s.ends_with('/') { s.to_owned() } else { format!("{s}/") }
        };
        if let Some(path) = text.strip_prefix('/').map(|_| text) {
            return Ok(Self { origin_and_path: String::new(), path: with_slash(path) });
        }
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))
            .ok_or_else(|| format!("`{text}` must start with https:// or http:// (or be a path such as /archive/)"))?;
        let (host, path) = rest.split_once('/').map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
        if host.is_empty() || text.contains(['?', '#', ' ']) {
            return Err(format!("`{text}` is not a plain site address such as https://org.github.io/archive/"));
        }
        Ok(Self { origin_and_path: with_slash(text), path: with_slash(&path) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_keeps_its_sub_path() {
        let base = BaseUrl::parse("https://org.github.io/archive").ok();
        assert_eq!(base.as_ref().map(|b| b.path.as_str()), Some("/archive/"));
        assert_eq!(base.map(|b| b.origin_and_path), Some("https://org.github.io/archive/".into()));
        assert_eq!(BaseUrl::parse("https://example.org").map(|b| b.path), Ok("/".into()));
        assert_eq!(BaseUrl::parse("/").map(|b| b.path), Ok("/".into()));
        assert!(BaseUrl::parse("example.org").is_err());
        assert!(BaseUrl::parse("javascript:alert(1)").is_err());
    }
}
