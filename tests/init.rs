//! `plenary init`: a new archive that builds at once, and a folder in use left alone.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{Page, plenary};

/// Every file below `dir`, relative to it.
fn files(dir: &Path) -> BTreeSet<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).unwrap().to_owned())
        .collect()
}

fn init(dir: &Path) -> common::Run {
    plenary(&["init", dir.to_str().unwrap()])
}

fn read(dir: &Path, relative: &str) -> String {
    std::fs::read_to_string(dir.join(relative)).unwrap()
}

#[test]
fn a_new_archive_builds_and_checks_without_a_warning() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("archive");
    let run = init(&dir);
    run.assert_ok();
    assert!(run.stdout().contains("site.yaml"), "{}", run.stdout());
    for expected in [
        "site.yaml",
        "README.md",
        ".gitignore",
        "data/organisations.yaml",
        "data/sessions.yaml",
        "data/resolutions.yaml",
        "data/states.csv",
        ".github/workflows/pages.yml",
        "content/letters/.gitkeep",
        "content/statements/.gitkeep",
        "content/annexes/.gitkeep",
        "content/reports/.gitkeep",
        "content/news/.gitkeep",
        "content/votes/.gitkeep",
    ] {
        assert!(dir.join(expected).is_file(), "{expected} missing");
    }
    let root = dir.to_str().unwrap();

    let build = plenary(&["build", "--root", root]);
    build.assert_ok();
    assert_eq!(build.stderr(), "", "no warning");
    assert!(!build.stdout().contains("warning"), "{}", build.stdout());
    let home = Page::read(&dir.join("output"), "");
    assert_eq!(home.text("title"), "Briefing archive");

    let check = plenary(&["check", "--strict", "--root", root]);
    check.assert_ok();
    assert_eq!(check.stderr(), "", "no warning");
    assert_eq!(check.stdout().trim(), "Checked 0 documents: 0 errors, 0 warnings.");

    // What the build writes is what Git is told to leave out.
    let ignored = read(&dir, ".gitignore");
    assert!(ignored.lines().any(|l| l == "/output/") && ignored.lines().any(|l| l == "/.output.*"), "{ignored}");
}

#[test]
fn the_first_document_goes_where_new_puts_it_and_is_published() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    init(dir).assert_ok();
    let root = dir.to_str().unwrap();
    let new = plenary(&["new", "letter", "HRC61: Protect the space for civil society", "--root", root]);
    new.assert_ok();
    let file = PathBuf::from(new.stdout().trim());
    let draft = std::fs::read_to_string(&file).unwrap();
    // The editor gives the letter the date and session it prints.
    let filled: Vec<&str> = draft
        .lines()
        .map(|line| match line {
            _ if line.starts_with("# date: ") => "date: 2026-02-16",
            "# session: HRC61" => "session: HRC61",
            other => other,
        })
        .collect();
    let ready = format!("{}\n", filled.join("\n")).replace("draft: true\n", "").replace(
        "signatories: []",
        "signatories:\n  - Asian Forum for Human Rights and Development (FORUM-ASIA)\n  - CIVICUS",
    );
    std::fs::write(&file, format!("{ready}We, the undersigned organisations, urge the Council to act.\n")).unwrap();

    let build = plenary(&["build", "--root", root]);
    build.assert_ok();
    assert_eq!(build.stderr(), "", "no warning");
    // The date that starts the file's name is left out of its address.
    let page = Page::read(&dir.join("output"), "letters/hrc61-protect-the-space-for-civil-society.html");
    assert_eq!(page.text("h1"), "HRC61: Protect the space for civil society");
    assert!(page.text("main").contains("urge the Council to act"));
    assert_eq!(page.text(".meta time"), "16 February 2026");
}

#[test]
fn a_folder_in_use_is_refused_and_left_as_it_was() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    std::fs::write(dir.join("notes.md"), "Draft agenda for HRC61 side event\n").unwrap();
    let run = init(dir);
    run.assert_fails_with(&["is not empty", "notes.md"]);
    assert_eq!(files(dir), BTreeSet::from([PathBuf::from("notes.md")]));
    assert_eq!(run.stdout(), "");

    // An archive already there is in use too: nothing of it is overwritten.
    let archive = temp.path().join("archive");
    init(&archive).assert_ok();
    std::fs::write(archive.join("site.yaml"), "title: Our archive\nbase_url: https://example.org/\n").unwrap();
    let before = files(&archive);
    init(&archive).assert_fails_with(&["is not empty"]);
    assert_eq!(files(&archive), before);
    assert_eq!(read(&archive, "site.yaml"), "title: Our archive\nbase_url: https://example.org/\n");
}

#[test]
fn a_file_is_not_a_folder_to_start_an_archive_in() {
    let temp = tempfile::tempdir().unwrap();
    let file = temp.path().join("archive");
    std::fs::write(&file, "").unwrap();
    init(&file).assert_fails_with(&["is a file, not a folder"]);
    assert_eq!(std::fs::read(&file).unwrap(), b"");
}

#[test]
fn a_clone_of_a_new_repository_is_empty_enough() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    std::fs::create_dir_all(dir.join(".git/objects")).unwrap();
    std::fs::write(dir.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    init(dir).assert_ok();
    assert!(dir.join("site.yaml").is_file());
    assert_eq!(read(dir, ".git/HEAD"), "ref: refs/heads/main\n");
}

#[test]
fn every_registry_says_what_it_is_for_and_site_yaml_what_to_edit() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    init(dir).assert_ok();
    for yaml in ["site.yaml", "data/organisations.yaml", "data/sessions.yaml", "data/resolutions.yaml"] {
        assert!(read(dir, yaml).starts_with("# "), "{yaml} starts with a comment");
    }
    // A CSV holds no comments: states.csv has its columns, and the README says what they are.
    assert_eq!(read(dir, "data/states.csv"), "iso3,name,aliases,group\n");
    assert!(read(dir, "README.md").contains("states.csv"));
    let site: serde_yaml::Value = serde_yaml::from_str(&read(dir, "site.yaml")).unwrap();
    assert!(site["title"].is_string() && site["base_url"].is_string(), "{site:?}");
}

#[test]
fn the_workflow_installs_plenary_and_publishes_the_built_archive() {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path();
    init(dir).assert_ok();
    let text = read(dir, ".github/workflows/pages.yml");
    let workflow: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();

    // The one setting editors may have to change is at the top, in `env`.
    let repository = workflow["env"]["PLENARY_REPOSITORY"].as_str().unwrap();
    assert!(repository.starts_with("https://github.com/"), "{repository}");
    let version = workflow["env"]["PLENARY_VERSION"].as_str().unwrap();
    assert_eq!(version, concat!("v", env!("CARGO_PKG_VERSION")));
    assert!(text.find("PLENARY_REPOSITORY:").unwrap() < text.find("jobs:").unwrap());

    let steps: Vec<&serde_yaml::Value> =
        workflow["jobs"].as_mapping().unwrap().values().flat_map(|job| job["steps"].as_sequence().unwrap()).collect();
    let runs: Vec<&str> = steps.iter().filter_map(|step| step["run"].as_str()).collect();
    let all_runs = runs.join("\n");
    assert!(all_runs.contains("/releases/download/$PLENARY_VERSION/plenary-x86_64-unknown-linux-musl"), "{all_runs}");
    assert!(all_runs.contains("cargo install --locked --git \"$PLENARY_REPOSITORY\""), "{all_runs}");
    assert!(runs.iter().any(|run| run.starts_with("plenary build --base-url")), "{all_runs}");

    // Every action is pinned to a commit, which a moved tag cannot change.
    let uses: Vec<&str> = steps.iter().filter_map(|step| step["uses"].as_str()).collect();
    for action in ["actions/checkout@", "actions/configure-pages@", "actions/upload-pages-artifact@"] {
        assert!(uses.iter().any(|u| u.starts_with(action)), "{action} missing from {uses:?}");
    }
    for action in &uses {
        let commit = action.split_once('@').map(|(_, c)| c).unwrap_or_default();
        assert!(commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()), "{action}");
    }
    let upload =
        steps.iter().find(|s| s["uses"].as_str().is_some_and(|u| u.contains("upload-pages-artifact"))).unwrap();
    assert_eq!(upload["with"]["path"].as_str(), Some("output"));
    assert_eq!(workflow["jobs"]["deploy"]["permissions"]["pages"].as_str(), Some("write"));
    assert_eq!(workflow["jobs"]["deploy"]["environment"]["name"].as_str(), Some("github-pages"));
}
