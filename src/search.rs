//! Full-text search: the rendered document pages indexed with Pagefind at build time,
//! so that search works offline, under a sub-path, and with no server.

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::output::OutputFile;
use crate::progress::Progress;

/// Only document pages carry this attribute; lists and indexes are not searched.
const INDEXED: &[u8] = b"data-pagefind-body";

/// The search index and Pagefind's UI bundle, as files below `pagefind/`.
pub fn index(files: &[OutputFile], language: &str, progress: &dyn Progress) -> Result<Vec<OutputFile>, String> {
    let pages: Vec<&OutputFile> =
        files.iter().filter(|f| f.path.ends_with(".html") && contains(&f.bytes, INDEXED)).collect();
    progress.stage("Search index", pages.len());
    let runtime = tokio::runtime::Builder::new_current_thread().build().map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let options = PagefindServiceConfig::builder().force_language(language.to_owned()).build();
        let mut index = PagefindIndex::new(Some(options)).map_err(|e| e.to_string())?;
        for file in pages {
            // Relative to the site: Pagefind adds the base path it is served under.
            let url = format!("/{}", file.path.trim_end_matches("index.html"));
            let html = String::from_utf8_lossy(&file.bytes).into_owned();
            index
                .add_html_file(Some(file.path.clone()), Some(url), html)
                .await
                .map_err(|e| format!("{}: {e}", file.path))?;
            progress.advance(1);
        }
        let bundle = index.get_files().await.map_err(|e| e.to_string())?;
        Ok(bundle
            .into_iter()
            .map(|file| {
                let path = format!("pagefind/{}", file.filename.to_string_lossy().replace('\\', "/"));
                OutputFile::new(path, file.contents)
            })
            .collect())
    })
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}
