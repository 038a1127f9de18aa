//! Fixture sites in temporary folders, the built binary, and a reader's view of the output.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

/// A site folder in a fresh temporary directory.
pub struct Site {
    pub dir: tempfile::TempDir,
}

impl Site {
    /// A site with `site.yaml` and an empty `content/`, no `themes/` and no `data/`.
    pub fn new() -> Self {
        let site = Self { dir: tempfile::tempdir().expect("temp dir") };
        site.write("site.yaml", "title: Test archive\nbase_url: https://example.org/\n");
        std::fs::create_dir_all(site.root().join("content")).expect("content dir");
        site
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn output(&self) -> PathBuf {
        self.root().join("output")
    }

    pub fn write(&self, relative: &str, text: &str) -> &Self {
        self.write_bytes(relative, text.as_bytes())
    }

    pub fn write_bytes(&self, relative: &str, bytes: &[u8]) -> &Self {
        let path = self.root().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
        self
    }

    /// A minimal valid document with extra front-matter lines and a body.
    pub fn doc(&self, relative: &str, title: &str, extra: &str, body: &str) -> &Self {
        let kind = match relative.split('/').next() {
            Some("letters") => "letter",
            Some("statements") => "statement",
            Some("annexes") => "annex",
            Some("reports") => "report",
            Some("votes") => "vote",
            _ => "news",
        };
        let extra = if extra.is_empty() || extra.ends_with('\n') { extra.to_owned() } else { format!("{extra}\n") };
        let text = format!("---\ntitle: \"{title}\"\nkind: {kind}\ndate: 2020-06-22\n{extra}---\n\n{body}\n");
        self.write(&format!("content/{relative}"), &text)
    }

    pub fn build(&self, args: &[&str]) -> Run {
        let mut all = vec!["build", "--root"];
        let root = self.root().to_str().expect("utf-8 path").to_owned();
        all.push(&root);
        all.extend_from_slice(args);
        plenary(&all)
    }

    pub fn page(&self, url_path: &str) -> Page {
        Page::read(&self.output(), url_path)
    }
}

pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn ok(&self) -> bool {
        self.output.status.success()
    }
    pub fn code(&self) -> Option<i32> {
        self.output.status.code()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    #[track_caller]
    pub fn assert_ok(&self) -> &Self {
        assert!(self.ok(), "build failed:\n{}{}", self.stdout(), self.stderr());
        self
    }
    #[track_caller]
    pub fn assert_fails_with(&self, expected: &[&str]) -> &Self {
        assert!(!self.ok(), "build should have failed:\n{}", self.stdout());
        assert_eq!(self.code(), Some(1), "exit code");
        let stderr = self.stderr();
        for text in expected {
            assert!(stderr.contains(text), "stderr lacks {text:?}:\n{stderr}");
        }
        self
    }
}

pub fn plenary(args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_plenary")).args(args).output().expect("run plenary");
    Run { output }
}

/// The repository's own site: the real archive.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A built HTML page, parsed.
pub struct Page {
    pub html: Html,
    pub source: String,
}

impl Page {
    /// `url_path` below the output root, such as `letters/x.html`.
    pub fn read(output: &Path, url_path: &str) -> Self {
        let file = file_for(output, url_path);
        let source = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("no page {}: {e}", file.display()));
        Self { html: Html::parse_document(&source), source }
    }

    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = Selector::parse(selector).expect("selector");
        self.html
            .select(&selector)
            .map(|el| el.text().collect::<String>().split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.texts(selector).join(" | ")
    }

    pub fn attrs(&self, selector: &str, attr: &str) -> Vec<String> {
        let selector = Selector::parse(selector).expect("selector");
        self.html.select(&selector).filter_map(|el| el.value().attr(attr).map(str::to_owned)).collect()
    }
}

fn file_for(output: &Path, url_path: &str) -> PathBuf {
    let path = url_path.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') { output.join(path).join("index.html") } else { output.join(path) }
}

/// Every internal `href` and `src` of every HTML page in `output`, checked against the files
/// and the element ids there. Returns the broken ones as `page: link` lines.
pub fn broken_links(output: &Path, base_path: &str) -> Vec<String> {
    let mut pages: HashMap<PathBuf, Html> = HashMap::new();
    for entry in walkdir::WalkDir::new(output) {
        let entry = entry.expect("walk");
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = Html::parse_document(&std::fs::read_to_string(entry.path()).expect("read"));
            pages.insert(entry.path().to_owned(), html);
        }
    }
    let ids = |html: &Html| -> HashSet<String> {
        html.select(&Selector::parse("[id]").expect("selector"))
            .filter_map(|e| e.value().attr("id").map(str::to_owned))
            .collect()
    };
    let mut broken = Vec::new();
    let links = Selector::parse("a[href], link[href], script[src], img[src]").expect("selector");
    for (file, html) in &pages {
        for element in html.select(&links) {
            let link = element.value().attr("href").or_else(|| element.value().attr("src")).unwrap_or_default();
            if link.starts_with("http://") || link.starts_with("https://") || link.starts_with("mailto:") {
                continue;
            }
            let (path, fragment) = link.split_once('#').map_or((link, None), |(p, f)| (p, Some(f)));
            let target = if path.is_empty() {
                file.clone()
            } else if let Some(inside) = path.strip_prefix(base_path) {
                file_for(output, inside)
            } else {
                broken.push(format!("{}: {link} (not under {base_path})", file.display()));
                continue;
            };
            let Some(target_html) = pages.get(&target).or(None) else {
                if !target.is_file() {
                    broken.push(format!("{}: {link}", file.display()));
                }
                continue;
            };
            if let Some(fragment) = fragment
                && !ids(target_html).contains(fragment)
            {
                broken.push(format!("{}: {link} (no id {fragment})", file.display()));
            }
        }
    }
    broken.sort();
    broken
}

/// The HTML pages of `output` that no chain of links from the home page reaches, as
/// paths below `output`: a reader can reach every other page by following links.
pub fn unreachable_pages(output: &Path, base_path: &str) -> Vec<String> {
    let links = Selector::parse("a[href]").expect("selector");
    let home = output.join("index.html");
    let mut seen: HashSet<PathBuf> = HashSet::from([home.clone()]);
    let mut queue = vec![home];
    while let Some(file) = queue.pop() {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        for element in Html::parse_document(&text).select(&links) {
            let href = element.value().attr("href").unwrap_or_default();
            let path = href.split('#').next().unwrap_or_default();
            let Some(inside) = path.strip_prefix(base_path) else { continue };
            let target = file_for(output, inside);
            if target.extension().is_some_and(|e| e == "html") && seen.insert(target.clone()) {
                queue.push(target);
            }
        }
    }
    let mut unreached: Vec<String> = walkdir::WalkDir::new(output)
        .into_iter()
        .map(|entry| entry.expect("walk").into_path())
        .filter(|path| path.extension().is_some_and(|e| e == "html") && !seen.contains(path))
        .map(|path| path.strip_prefix(output).expect("prefix").to_string_lossy().into_owned())
        .filter(|path| path != "404.html")
        .collect();
    unreached.sort();
    unreached
}

/// Every file below `dir` with its bytes, for before/after comparisons.
/// Copies the folder `from` and everything below it to `to`.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("prefix"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.expect("walk"))
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().strip_prefix(dir).expect("prefix").to_owned(), std::fs::read(e.path()).expect("read")))
        .collect();
    files.sort();
    files
}

/// The words the Markdown stage writes (¶ labels, the notes' heading), as the default
/// theme gives them in English.
pub fn body_words() -> &'static plenary::markdown::BodyWords {
    static WORDS: std::sync::OnceLock<plenary::markdown::BodyWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let theme = plenary::render::Theme::builtin().expect("the default theme");
        let translations = plenary::i18n::Translations::load(&theme.translations).expect("its translations");
        plenary::markdown::BodyWords::new(translations.locale(plenary::model::Lang::En))
    })
}
