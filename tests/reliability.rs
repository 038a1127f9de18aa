//! Nothing lost, nothing unsafe: a killed build leaves the last site whole, builds are
//! reproducible to the byte, and hostile text never becomes script.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::{Site, plenary, repo_root, snapshot};
use scraper::{Html, Selector};

#[test]
fn a_build_killed_mid_way_leaves_the_previous_output_whole() {
    let site = Site::new();
    // Enough documents that the build is still running when it is killed, on a fast
    // machine too.
    for n in 0..4000 {
        site.doc(
            &format!("news/item-{n}.md"),
            &format!("Item {n}"),
            "session: HRC43",
            &"Text of the item. ".repeat(40),
        );
    }
    site.build(&["--quiet"]).assert_ok();
    let before = snapshot(&site.output());
    assert!(!site.root().join(".output.spare").exists(), "a first build leaves no spare");

    site.doc("news/item-0.md", "Item 0", "session: HRC43", "Changed text.");
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["build", "--quiet", "--root", site.root().to_str().unwrap()])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Killed once it has begun writing the next site: into the spare folder, which the
    // first build did not leave.
    let spare = site.root().join(".output.spare");
    let writing = || std::fs::read_dir(&spare).is_ok_and(|mut entries| entries.next().is_some());
    while !writing() && child.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(1));
    }
    assert!(child.try_wait().unwrap().is_none(), "the build finished before it could be killed");
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();
    assert!(snapshot(&site.output()) == before, "the previous output changed");

    // The next build succeeds, takes the change, and leaves nothing behind but the spare
    // it will write the next build into, and its lock.
    site.build(&["--quiet"]).assert_ok();
    assert!(site.page("news/item-0.html").text(".body").contains("Changed text."));
    let leftovers: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".output.") && ![".output.spare", ".output.lock"].contains(&name.as_str()))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn two_builds_of_the_same_archive_are_identical_to_the_byte() {
    let out = tempfile::tempdir().unwrap();
    let root = repo_root();
    let mut builds = Vec::new();
    for name in ["first", "second"] {
        let output = out.path().join(name);
        plenary(&["build", "--quiet", "--root", root.to_str().unwrap(), "--output", output.to_str().unwrap()])
            .assert_ok();
        builds.push(snapshot(&output));
    }
    assert!(builds[0].len() > 100);
    let names = |b: &[(std::path::PathBuf, Vec<u8>)]| b.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&builds[0]), names(&builds[1]));
    for ((path, first), (_, second)) in builds[0].iter().zip(&builds[1]) {
        assert!(first == second, "{} differs between two builds", path.display());
    }
}

const HOSTILE: &str = "<script>alert(1)</script>\\\"><img src=x onerror=alert(2)>";

#[test]
fn hostile_text_never_becomes_script() {
    let site = Site::new();
    let front = format!(
        "summary: \"{HOSTILE}\"\nto: \"{HOSTILE}\"\ntags: [\"{HOSTILE}\"]\nsignatories: [\"{HOSTILE}\"]\nsession: \"{HOSTILE}\""
    );
    let body = "Text.\n\n<script>alert(3)</script>\n\n<p onmouseover=\"alert(4)\">Hover</p> <a href=\"javascript:alert(5)\">link</a>\n\n<iframe src=\"https://evil.example\"></iframe>\n\n<svg onload=\"alert(6)\"></svg>";
    site.doc("letters/xss.md", HOSTILE, &front, body);
    site.build(&["--quiet"]).assert_ok();

    let scripts = Selector::parse("script").unwrap();
    let every = Selector::parse("*").unwrap();
    let mut pages = 0;
    for entry in walkdir::WalkDir::new(site.output()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        pages += 1;
        let html = Html::parse_document(&std::fs::read_to_string(entry.path()).unwrap());
        let page = entry.path().display();
        for script in html.select(&scripts) {
            match (script.value().attr("src"), script.value().attr("type")) {
                (Some(src), _) => assert!(["/vote-table.js", "/search.js"].contains(&src), "{page}: script {src}"),
                (None, Some("application/ld+json")) => {
                    let json: serde_json::Value = serde_json::from_str(&script.text().collect::<String>()).unwrap();
                    assert_eq!(json["headline"].as_str().unwrap().replace('\\', ""), HOSTILE.replace('\\', ""));
                }
                (None, kind) => {
                    assert!(!script.text().collect::<String>().contains("alert"), "{page}: inline script {kind:?}");
                }
            }
        }
        for element in html.select(&every) {
            let name = element.value().name();
            assert!(!matches!(name, "iframe" | "object" | "embed"), "{page}: <{name}>");
            for (attribute, value) in element.value().attrs() {
                assert!(!attribute.starts_with("on"), "{page}: <{name} {attribute}>");
                assert!(
                    !value.trim_start().to_ascii_lowercase().starts_with("javascript:"),
                    "{page}: {attribute}={value}"
                );
            }
        }
    }
    assert!(pages > 5);
    // The text itself is all there, as text.
    let letter = site.page("letters/xss.html");
    assert_eq!(letter.text("h1"), HOSTILE.replace('\\', ""));
    assert!(letter.text(".body").contains("Hover"));
}
