//! Whole sites: a few documents, `site.yaml` and data files written to a temporary folder
//! and built by the real binary, which must finish, never panic, and write nothing
//! outside its output folder.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::corpus::mutated_seed;
use super::documents::{body, clean_fields, document};

/// A whole build of a small site in a debug build takes well under a second; past this
/// it hangs.
const BUILD_LIMIT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub struct SiteSpec {
    pub site_yaml: String,
    /// `(path below the site folder, text)`.
    pub files: Vec<(String, String)>,
}

impl SiteSpec {
    /// Where `site.yaml` says the output goes, relative to the site folder.
    fn output_dir(&self) -> String {
        self.site_yaml
            .lines()
            .find_map(|line| line.strip_prefix("output_dir: "))
            .map_or_else(|| "output".to_owned(), |dir| dir.trim_matches('"').to_owned())
    }
}

/// A document whose front matter is right, so the build gets as far as rendering.
fn mostly_valid_document(kind: &'static str) -> impl Strategy<Value = String> {
    (clean_fields(), body(true)).prop_map(move |(fields, body)| {
        // The ids clean `@/` links ask for.
        let anchors = "## Introduction {#intro}\n\n104. The Advisory Committee recommends.\n\n";
        format!("---\ntitle: A document\nkind: {kind}\ndate: 2020-06-22\n{fields}\n---\n\n{anchors}{body}")
    })
}

fn content_file(kind: &'static str) -> impl Strategy<Value = String> {
    prop_oneof![30 => mostly_valid_document(kind), 1 => document(), 1 => mutated_seed()]
}

fn site_yaml() -> impl Strategy<Value = String> {
    // Mostly right, so that most builds get as far as writing.
    let title = prop_oneof![
        12 => prop::sample::select(vec!["Test archive", "Archive «HRC» 🕊", "\"<script>\""]),
        1 => prop::sample::select(vec!["{{ title }}", "\"\\0\"", "[", ""]),
    ];
    let base_url = prop_oneof![
        12 => prop::sample::select(vec!["https://example.org/", "https://example.org/archive", "/archive/"]),
        1 => prop::sample::select(vec!["example.org", "https://exa mple.org/", "https://example.org/?a=1"]),
    ];
    let output_dir = prop_oneof![
        12 => Just("output"),
        4 => prop::sample::select(vec!["public/site", "../published"]),
        1 => prop::sample::select(vec![".", "..", "content", "content/out", "data", "themes/x", "site.yaml", "\"\""]),
    ];
    let theme = prop_oneof![6 => Just("default"), 1 => prop::sample::select(vec!["missing", "../../x"])];
    (title, base_url, output_dir, theme, any::<bool>(), proptest::option::of(Just("archive.example.org"))).prop_map(
        |(title, base_url, output_dir, theme, unsafe_html, cname)| {
            let cname = cname.map(|c| format!("cname: {c}\n")).unwrap_or_default();
            format!(
                "title: {title}\nbase_url: {base_url}\noutput_dir: {output_dir}\ntheme: {theme}\nunsafe_html: {unsafe_html}\n{cname}"
            )
        },
    )
}

fn data_files() -> impl Strategy<Value = Vec<(String, String)>> {
    let organisations = prop::sample::select(vec![
        "- name: International Service for Human Rights (ISHR)\n  slug: ishr\n  aliases: [ISHR]\n",
        "- name: A\n  aliases: [ISHR]\n- name: B\n  aliases: [ISHR]\n",
        "- name: \"¿?\"\n",
        "- name: [broken\n",
        "- name: X\n  slug: ../../x\n",
    ]);
    let sessions = prop::sample::select(vec![
        "- id: HRC31\n  title: Thirty-first session\n",
        "- id: \"¿?\"\n",
        "- id: HRC-S-28\n  title: Twenty-eighth special session\n",
        "- id: [\n",
    ]);
    let states = prop::sample::select(vec![
        "iso3,name,aliases\nFJI,Fiji,\nCZE,Czechia,CZECH REPUBLIC\n",
        "iso3,name,aliases\nFJI,Fiji\n",
        "iso3,name\n\"unclosed,\n",
        "iso3,name,aliases\nXXX,Atlantis,FIJI\n",
    ]);
    // Each broken file stops the build before it renders anything: most sites have none.
    let sometimes = proptest::option::weighted;
    (sometimes(0.15, organisations), sometimes(0.15, sessions), sometimes(0.1, states)).prop_map(
        |(organisations, sessions, states)| {
            let mut files = Vec::new();
            if let Some(text) = organisations {
                files.push(("data/organisations.yaml".to_owned(), text.to_owned()));
            }
            if let Some(text) = sessions {
                files.push(("data/sessions.yaml".to_owned(), text.to_owned()));
            }
            if let Some(text) = states {
                files.push(("data/states.csv".to_owned(), text.to_owned()));
            }
            files
        },
    )
}

/// A small site: the four documents `@/` links point at, sometimes a fifth, and data.
pub fn site() -> impl Strategy<Value = SiteSpec> {
    (
        site_yaml(),
        content_file("letter"),
        content_file("statement"),
        content_file("news"),
        content_file("report"),
        proptest::option::of(content_file("vote")),
        data_files(),
    )
        .prop_map(|(site_yaml, a, b, c, d, e, data)| {
            let mut files = vec![
                ("content/letters/a.md".to_owned(), a),
                ("content/statements/b.md".to_owned(), b),
                ("content/news/c.md".to_owned(), c),
                ("content/reports/d.md".to_owned(), d),
            ];
            files.extend(e.map(|e| ("content/votes/2020-06-22-e.md".to_owned(), e)));
            files.extend(data);
            SiteSpec { site_yaml, files }
        })
}

/// What a finished build left: its exit code and what it printed on stderr.
#[derive(Debug)]
pub struct Built {
    pub code: Option<i32>,
    pub stderr: String,
}

/// Builds `spec` in a fresh folder, from beside the site so that a write relative to the
/// working folder shows too, and returns every change outside the output folder.
pub fn build(spec: &SiteSpec) -> (Built, Vec<String>) {
    let outer = tempfile::tempdir().expect("a temporary folder");
    let root = outer.path().join("site");
    std::fs::create_dir_all(root.join("content")).expect("content folder");
    std::fs::write(root.join("site.yaml"), &spec.site_yaml).expect("site.yaml");
    for (path, text) in &spec.files {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().expect("a parent folder")).expect("folder");
        std::fs::write(path, text).expect("a site file");
    }
    let before = files_below(outer.path());
    let Some(built) = run(&root, outer.path()) else { super::hung(BUILD_LIMIT, &format!("{spec:#?}")) };
    let after = files_below(outer.path());

    let output = lexical(&root.join(spec.output_dir()));
    // Folders the build must refuse to replace: nothing at all may be written for them.
    let refused = root.starts_with(&output)
        || output.starts_with(root.join("content"))
        || root.join("content").starts_with(&output)
        || ["data", "themes", "site.yaml"].iter().any(|own| output.starts_with(root.join(own)));
    let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let is_output = |path: &Path| {
        if refused {
            return false;
        }
        if path.starts_with(&output) {
            return true;
        }
        // The spare folder, the lock and the swap the output is written through, beside it.
        let beside = output.parent().and_then(|parent| path.strip_prefix(parent).ok());
        let first = beside.and_then(|rest| rest.components().next()).map(|c| c.as_os_str().to_string_lossy());
        first.is_some_and(|first| {
            first == format!(".{name}.lock")
                || first == format!(".{name}.spare")
                || first.starts_with(&format!(".{name}.previous-"))
        })
    };
    let mut outside = Vec::new();
    for (path, bytes) in &after {
        if !is_output(path) && before.get(path) != Some(bytes) {
            outside.push(format!("written: {}", path.display()));
        }
    }
    for path in before.keys() {
        if !after.contains_key(path) {
            outside.push(format!("removed: {}", path.display()));
        }
    }
    (built, outside)
}

/// The build's result, or `None` if it ran past [`BUILD_LIMIT`] and was stopped.
fn run(root: &Path, working_dir: &Path) -> Option<Built> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["build", "--quiet", "--root"])
        .arg(root)
        .current_dir(working_dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("plenary starts");
    let mut stderr = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > BUILD_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Some(Built { code: status.code(), stderr: reader.join().expect("stderr read") })
}

/// Every file below `dir` (absolute path → bytes); a folder as an empty entry of its own.
fn files_below(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_owned(), std::fs::read(e.path()).unwrap_or_default()))
        .collect()
}

/// `path` with `.` and `..` worked out without asking the file system.
fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
