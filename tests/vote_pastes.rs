//! The corpus of pasted rolls in `tests/vote_pastes.txt`: each layout a source prints,
//! pasted with the defects of pastes, must give every state of its roll the position
//! the roll says, name no other "state", and get exactly the warnings it lists.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::collections::BTreeMap;

use common::Site;

/// Position by ISO code, as `votes.csv` writes them.
type Positions = BTreeMap<String, String>;

struct Paste {
    name: String,
    roll: String,
    declared: bool,
    warnings: Vec<String>,
    text: String,
}

fn corpus() -> (BTreeMap<String, Positions>, Vec<Paste>) {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vote_pastes.txt")).unwrap();
    let mut rolls: BTreeMap<String, Positions> = BTreeMap::new();
    let mut pastes = Vec::new();
    let mut lines = text.lines();
    let mut roll: Option<String> = None;
    while let Some(line) = lines.next() {
        if let Some(name) = line.strip_prefix("roll ") {
            roll = Some(name.to_owned());
        } else if let Some(rest) = line.strip_prefix("paste ") {
            roll = None;
            let (name, roll) = rest.split_once(' ').unwrap();
            let mut paste = Paste {
                name: name.into(),
                roll: roll.into(),
                declared: false,
                warnings: Vec::new(),
                text: String::new(),
            };
            for line in lines.by_ref().take_while(|line| *line != "---") {
                match line.strip_prefix("warn: ") {
                    Some(warning) => paste.warnings.push(warning.into()),
                    None => paste.declared |= line == "declared",
                }
            }
            for line in lines.by_ref().take_while(|line| *line != "===") {
                paste.text.push_str(line);
                paste.text.push('\n');
            }
            pastes.push(paste);
        } else if let (Some(roll), Some((position, codes))) = (&roll, line.split_once(": ")) {
            let position = if position == "none" { "not_recorded" } else { position };
            for code in codes.split_whitespace() {
                rolls.entry(roll.clone()).or_default().insert(code.into(), position.into());
            }
        }
    }
    (rolls, pastes)
}

#[test]
fn every_pasted_layout_gives_every_state_its_position() {
    let (rolls, pastes) = corpus();
    assert!(pastes.len() >= 20, "the corpus has {} pastes", pastes.len());
    assert!(rolls.values().all(|roll| roll.len() == 47), "each roll is a whole Council");
    let site = Site::new();
    for (number, paste) in pastes.iter().enumerate() {
        let body = format!("```vote\non: A/HRC/99/L.{}\n---\n{}```\n", number + 1, paste.text);
        site.doc(&format!("news/{}.md", paste.name), &paste.name, "", &body);
    }
    let run = site.build(&[]);
    run.assert_ok();
    let stderr = run.stderr();

    let mut read: BTreeMap<String, Positions> = BTreeMap::new();
    let mut reader = csv::Reader::from_path(site.output().join("votes.csv")).unwrap();
    for row in reader.records().map(Result::unwrap) {
        let page = row[8].trim_start_matches("https://example.org/news/").split(".html").next().unwrap().to_owned();
        assert!(!row[5].is_empty(), "{page}: `{}` is not a state", &row[7]);
        let earlier = read.entry(page.clone()).or_default().insert(row[5].to_owned(), row[6].to_owned());
        assert_eq!(earlier, None, "{page}: {} is read twice", &row[5]);
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(site.output().join("votes.json")).unwrap()).unwrap();

    let mut failures = Vec::new();
    for paste in &pastes {
        let roll = &rolls[&paste.roll];
        let got = read.remove(&paste.name).unwrap_or_default();
        if &got != roll {
            let wrong: Vec<String> = roll
                .iter()
                .filter(|(code, position)| got.get(*code) != Some(position))
                .map(|(code, position)| format!("{code} {position} read as {:?}", got.get(code)))
                .chain(
                    got.keys()
                        .filter(|code| !roll.contains_key(*code))
                        .map(|code| format!("{code} is not on the roll")),
                )
                .collect();
            failures.push(format!("{}: {}", paste.name, wrong.join("; ")));
        }
        let file = format!("content/news/{}.md:", paste.name);
        let warnings: Vec<&str> = stderr.lines().filter(|line| line.starts_with(&file)).collect();
        let expected = paste.warnings.iter().all(|w| warnings.iter().any(|line| line.contains(w.as_str())));
        if !expected || warnings.len() != paste.warnings.len() {
            failures.push(format!("{}: warned {warnings:?}, expected {:?}", paste.name, paste.warnings));
        }
        let vote = json
            .as_array()
            .unwrap()
            .iter()
            .find(|vote| vote["document"].as_str().unwrap().contains(&format!("/news/{}.html", paste.name)))
            .unwrap();
        let count = |position: &str| roll.values().filter(|p| *p == position).count();
        let declared = serde_json::json!({ "yes": count("yes"), "no": count("no"), "abstain": count("abstain") });
        let expected = if paste.declared { declared } else { serde_json::Value::Null };
        if vote["declared"] != expected {
            failures.push(format!("{}: declared {}, expected {expected}", paste.name, vote["declared"]));
        }
        // Every roll is a whole Council: a complete count, whose outcome follows from it.
        let outcome = if count("yes") > count("no") { "adopted" } else { "rejected" };
        if vote["complete"] != true || vote["outcome"] != outcome {
            failures.push(format!(
                "{}: complete {}, outcome {}, expected a complete count, {outcome}",
                paste.name, vote["complete"], vote["outcome"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} pastes misread:\n{}\n\n{stderr}",
        failures.len(),
        pastes.len(),
        failures.join("\n")
    );
}
