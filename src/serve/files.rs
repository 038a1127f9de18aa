//! Answering a request path with a file of the built site, and nothing outside it.

use std::path::{Component, Path, PathBuf};

/// The file a request path names below `root`: no `..`, however encoded, no absolute
/// paths, no symlinks that lead out. A folder means its `index.html`.
pub fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(request_path).decode_utf8().ok()?;
    if decoded.contains(['\0', '\\']) {
        return None;
    }
    let relative = Path::new(decoded.trim_start_matches('/'));
    if !relative.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut path = root.join(relative);
    if path.is_dir() {
        path.push("index.html");
    }
    // Canonical paths catch a symlink inside the site that points out of it.
    let real = path.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    (real.starts_with(&root) && real.is_file()).then_some(real)
}

/// The live-reload script, added to HTML as it is served (never to files on disk).
pub fn inject_live_reload(html: &str) -> String {
    const TAG: &str = "<script src=\"/__plenary/live.js\" defer></script>";
    match html.rfind("</body>") {
        Some(at) => format!("{}{TAG}\n{}", &html[..at], &html[at..]),
        None => format!("{html}{TAG}"),
    }
}

pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_in_any_spelling_is_refused() {
        let site = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = site.path().join("site");
        std::fs::create_dir_all(root.join("letters/a")).unwrap_or_default();
        std::fs::write(root.join("letters/a/index.html"), "ok").unwrap_or_default();
        std::fs::write(site.path().join("secret.txt"), "no").unwrap_or_default();
        assert!(resolve(&root, "/letters/a/").is_some());
        assert!(resolve(&root, "/letters/%61/").is_some(), "encoded letters are fine");
        for bad in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/letters/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "//etc/passwd",
            "/letters/a/../../../secret.txt",
            "/%00",
            "/..\\secret.txt",
        ] {
            assert_eq!(resolve(&root, bad), None, "{bad}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(site.path().join("secret.txt"), root.join("link.txt")).unwrap_or_default();
            assert_eq!(resolve(&root, "/link.txt"), None, "a symlink out of the site");
        }
    }

    #[test]
    fn the_script_goes_before_the_end_of_the_body() {
        assert_eq!(
            inject_live_reload("<p>x</p></body></html>"),
            "<p>x</p><script src=\"/__plenary/live.js\" defer></script>\n</body></html>"
        );
    }
}
