//! Answering a request with a file of the built site, and nothing outside it.
//! tower-http's `ServeDir` finds and reads the file (no `..` however encoded, a folder
//! meaning its `index.html`, the content type, ranges); what is done here is what it
//! leaves: refusing a symlink that leads out, the site's own 404 page, and the
//! live-reload script added to HTML on the way out.

use std::path::Path;

use axum::body::Body;
use axum::http::{HeaderValue, Method, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use tower_http::services::{ServeDir, ServeFile};

/// Pages are a few hundred kilobytes at most; the search index of a large archive, a
/// few megabytes.
const LARGEST_FILE: usize = 256 * 1024 * 1024;

/// The response to `request` from the site built in `root`, read whole: the file is
/// closed by the time the answer is sent, so that a burst of requests holds no more
/// descriptors than the caller lets read at once.
pub async fn serve(root: &Path, request: Request<Body>) -> Response<Body> {
    let head = request.method() == Method::HEAD;
    let found = if allowed(root, request.uri().path()) {
        ServeDir::new(root).try_call(request).await.map(|response| response.map(Body::new))
    } else {
        Ok(StatusCode::NOT_FOUND.into_response())
    };
    let missing = |error: &std::io::Error| {
        matches!(error.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory)
    };
    let response = match found {
        Ok(response) if response.status() == StatusCode::NOT_FOUND => not_found(root).await,
        Err(error) if missing(&error) => not_found(root).await,
        other => other,
    };
    let response = match response {
        Ok(response) => finish(response, head).await,
        Err(error) => Err(error.to_string()),
    };
    // Out of descriptors or another passing failure: the file may well be there, so a
    // 404 would be a lie; ask the browser to come back.
    response.unwrap_or_else(|error| {
        (StatusCode::SERVICE_UNAVAILABLE, [(header::RETRY_AFTER, "1")], format!("cannot read the file: {error}"))
            .into_response()
    })
}

/// Whether the file a request path names may be served from `root`: never a path with
/// a NUL or a backslash, never through a symlink that leads out of the site.
fn allowed(root: &Path, request_path: &str) -> bool {
    let Ok(decoded) = percent_encoding::percent_decode_str(request_path).decode_utf8() else { return false };
    if decoded.contains(['\0', '\\']) {
        return false;
    }
    // What does not exist is for `ServeDir` to answer; canonical paths catch a symlink
    // inside the site that points out of it.
    match (root.join(decoded.trim_start_matches('/')).canonicalize(), root.canonicalize()) {
        (Ok(real), Ok(root)) => real.starts_with(root),
        _ => true,
    }
}

/// The site's 404 page, with the status it says; a bare 404 if the site has none.
async fn not_found(root: &Path) -> std::io::Result<Response<Body>> {
    let page = ServeFile::new(root.join("404.html")).try_call(Request::new(Body::empty())).await;
    let mut response = match page {
        Ok(page) => page.map(Body::new),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => StatusCode::NOT_FOUND.into_response(),
        Err(error) => return Err(error),
    };
    *response.status_mut() = StatusCode::NOT_FOUND;
    Ok(response)
}

/// Never cached, text said to be UTF-8 (every text file of a built site is), the body
/// read whole and, in a page, the live-reload script added.
async fn finish(response: Response<Body>, head: bool) -> Result<Response<Body>, String> {
    let (mut parts, body) = response.into_parts();
    parts.headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let content_type =
        parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let is_text = content_type.starts_with("text/") || content_type == "application/javascript";
    if is_text && !content_type.contains("charset") {
        let with_charset = format!("{content_type}; charset=utf-8");
        if let Ok(value) = HeaderValue::from_str(&with_charset) {
            parts.headers.insert(header::CONTENT_TYPE, value);
        }
    }
    let is_page = content_type.starts_with("text/html")
        && matches!(parts.status, StatusCode::OK | StatusCode::NOT_FOUND)
        && !head;
    let bytes = axum::body::to_bytes(body, LARGEST_FILE).await.map_err(|error| error.to_string())?;
    let body = if is_page {
        parts.headers.remove(header::CONTENT_LENGTH);
        Body::from(inject_live_reload(&String::from_utf8_lossy(&bytes)))
    } else {
        Body::from(bytes)
    };
    Ok(Response::from_parts(parts, body))
}

/// The live-reload script, added to HTML as it is served (never to files on disk).
fn inject_live_reload(html: &str) -> String {
    const TAG: &str = "<script src=\"/__plenary/live.js\" defer></script>";
    match html.rfind("</body>") {
        Some(at) => format!("{}{TAG}\n{}", &html[..at], &html[at..]),
        None => format!("{html}{TAG}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(status, content type, body)` of a GET of `path`.
    fn get(root: &Path, path: &str) -> (u16, String, String) {
        let runtime =
            tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap_or_else(|e| panic!("{e}"));
        runtime.block_on(async {
            let request = Request::get(path).body(Body::empty()).unwrap_or_else(|e| panic!("{e}"));
            let response = serve(root, request).await;
            let status = response.status().as_u16();
            let content_type = response
                .headers()
                .get(header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned();
            let bytes = axum::body::to_bytes(response.into_body(), LARGEST_FILE).await.unwrap_or_default();
            (status, content_type, String::from_utf8_lossy(&bytes).into_owned())
        })
    }

    fn site() -> (tempfile::TempDir, std::path::PathBuf) {
        let site = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = site.path().join("site");
        std::fs::create_dir_all(root.join("letters/a")).unwrap_or_default();
        std::fs::write(root.join("letters/a.html"), "<p>ok</p></body>").unwrap_or_default();
        std::fs::write(root.join("404.html"), "<p>Page not found</p></body>").unwrap_or_default();
        std::fs::write(root.join("style.css"), "p{}").unwrap_or_default();
        std::fs::write(root.join("search.json"), "{}").unwrap_or_default();
        std::fs::write(site.path().join("secret.txt"), "no").unwrap_or_default();
        (site, root)
    }

    #[test]
    fn traversal_in_any_spelling_is_refused() {
        let (site, root) = site();
        assert_eq!(get(&root, "/letters/a.html").0, 200);
        assert_eq!(get(&root, "/letters/%61.html").0, 200, "encoded letters are fine");
        for bad in [
            "/../secret.txt",
            "/%2e%2e/secret.txt",
            "/letters/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "//etc/passwd",
            "/letters/a/../../../secret.txt",
            "/%00",
            "/..%5csecret.txt",
        ] {
            let (status, _, body) = get(&root, bad);
            assert_eq!(status, 404, "{bad}: {body}");
            assert!(body.contains("Page not found"), "{bad}: {body}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(site.path().join("secret.txt"), root.join("link.txt")).unwrap_or_default();
            assert_eq!(get(&root, "/link.txt").0, 404, "a symlink out of the site");
        }
    }

    #[test]
    fn pages_carry_the_script_and_text_says_utf_8() {
        let (_site, root) = site();
        let (status, content_type, body) = get(&root, "/letters/a.html");
        assert_eq!((status, content_type.as_str()), (200, "text/html; charset=utf-8"));
        assert_eq!(body, "<p>ok</p><script src=\"/__plenary/live.js\" defer></script>\n</body>");
        let (status, _, body) = get(&root, "/letters/none.html");
        assert_eq!(status, 404);
        assert!(body.contains("Page not found") && body.contains("/__plenary/live.js"), "{body}");
        assert_eq!(get(&root, "/style.css").1, "text/css; charset=utf-8");
        let (_, content_type, body) = get(&root, "/search.json");
        assert_eq!((content_type.as_str(), body.as_str()), ("application/json", "{}"), "only pages get the script");
    }
}
