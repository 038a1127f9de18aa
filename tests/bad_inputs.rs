//! Runs every case of `tests/bad_inputs/`: a tiny site laid over a valid one, and an
//! `expect` file saying what must happen. Bad input gets one clear error naming file
//! and line, or a documented, rendered result: never a panic, a hang or a lost document.
//!
//! `expect` lines: `exit N`; `errors N` (exactly N error lines); `stderr TEXT`;
//! `page PATH TEXT` / `nopage PATH TEXT` (the built page holds TEXT, or does not);
//! `outside PATH` (nothing was written at PATH outside the output folder);
//! `generate big PATH MB` / `generate loop PATH` (made here, too big or odd for git).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{Site, copy_tree};

/// A case that takes longer than this hangs.
const LIMIT: Duration = Duration::from_secs(60);

/// Runs `plenary build` on `root`, killing it past the limit; `(exit code, stderr)`.
fn build(root: &Path) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_plenary"))
        .args(["build", "--root", root.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut text).unwrap();
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > LIMIT {
            child.kill().unwrap();
            panic!("{} hung for {LIMIT:?}", root.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (status.code(), reader.join().unwrap())
}

fn run_case(case: &Path) -> Vec<String> {
    let site = Site::new();
    site.doc("letters/ok.md", "A valid letter", "signatories: [Amnesty International]", "Still here.");
    if case.join("site").is_dir() {
        copy_tree(&case.join("site"), site.root());
    }
    let expect = std::fs::read_to_string(case.join("expect")).unwrap();
    let lines: Vec<&str> = expect.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).collect();
    for line in &lines {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words[..] {
            ["generate", "big", path, megabytes] => {
                let size: usize = megabytes.parse().unwrap();
                let mut text = String::from("---\ntitle: Big\nkind: news\ndate: 2020\n---\n");
                text.push_str(&"A line of a pasted report that never ends.\n".repeat(size * 1024 * 1024 / 43 + 1));
                site.write(path, &text);
            }
            #[cfg(unix)]
            ["generate", "loop", path] => {
                std::os::unix::fs::symlink(site.root().join("content"), site.root().join(path)).unwrap();
            }
            _ => {}
        }
    }
    let (code, stderr) = build(site.root());
    let mut failures = Vec::new();
    if stderr.contains("panicked") {
        failures.push(format!("panicked:\n{stderr}"));
    }
    let output = site.output();
    for line in lines {
        let (directive, rest) = line.split_once(' ').unwrap_or((line, ""));
        let ok = match directive {
            "exit" => code == rest.parse().ok(),
            "errors" => stderr.lines().filter(|l| l.contains(": error: ")).count() == rest.parse::<usize>().unwrap(),
            "stderr" => stderr.contains(rest),
            "page" | "nopage" => {
                let (path, text) = rest.split_once(' ').unwrap();
                let html = std::fs::read_to_string(output.join(path)).unwrap_or_default();
                (directive == "page") == html.contains(text)
            }
            "outside" => !site.root().join(rest).exists() && !output.join("..").join(rest).exists(),
            "generate" => true,
            other => panic!("{}: unknown directive {other}", case.display()),
        };
        if !ok {
            failures.push(line.to_owned());
        }
    }
    // A build that succeeds keeps every good document; one that fails writes nothing.
    if code == Some(0) && !output.join("letters/ok.html").is_file() {
        failures.push("the valid letter was dropped".into());
    }
    if code != Some(0) && output.exists() {
        failures.push("a failed build wrote output".into());
    }
    if !failures.is_empty() {
        failures.insert(0, format!("exit {code:?}, stderr:\n{stderr}"));
    }
    failures
}

#[test]
fn every_bad_input_gets_a_clear_result() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_inputs");
    let mut cases: Vec<_> =
        std::fs::read_dir(&corpus).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    let report: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let failures = run_case(case);
            (!failures.is_empty())
                .then(|| format!("== {}\n{}", case.file_name().unwrap().to_string_lossy(), failures.join("\n")))
        })
        .collect();
    assert!(report.is_empty(), "{} of {} cases failed:\n{}", report.len(), cases.len(), report.join("\n\n"));
}
