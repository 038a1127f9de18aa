//! What publishing needs: feeds, sitemap, robots.txt, search, and the files GitHub Pages reads.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use std::collections::BTreeSet;

use common::{Site, repo_root};

const ATOM: &str = "http://www.w3.org/2005/Atom";

fn child<'a>(node: roxmltree::Node<'a, 'a>, name: &str) -> Option<roxmltree::Node<'a, 'a>> {
    node.children().find(|c| c.has_tag_name((ATOM, name)))
}

/// Checks the elements RFC 4287 requires of a feed and of each entry.
fn assert_valid_atom(xml: &str) -> Vec<(String, String)> {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let feed = doc.root_element();
    assert!(feed.has_tag_name((ATOM, "feed")));
    for required in ["id", "title", "updated", "author"] {
        assert!(child(feed, required).is_some(), "feed lacks {required}");
    }
    let self_link = feed.children().find(|c| c.has_tag_name((ATOM, "link")) && c.attribute("rel") == Some("self"));
    assert!(self_link.is_some(), "feed lacks a self link");
    let rfc3339 = |text: &str| text.len() == 20 && text.ends_with('Z') && &text[10..11] == "T";
    assert!(rfc3339(child(feed, "updated").unwrap().text().unwrap()));
    feed.children()
        .filter(|c| c.has_tag_name((ATOM, "entry")))
        .map(|entry| {
            for required in ["id", "title", "updated"] {
                assert!(child(entry, required).is_some(), "entry lacks {required}");
            }
            assert!(rfc3339(child(entry, "updated").unwrap().text().unwrap()));
            let title = child(entry, "title").unwrap().text().unwrap_or_default().to_owned();
            let link =
                entry.children().find(|c| c.has_tag_name((ATOM, "link"))).and_then(|l| l.attribute("href")).unwrap();
            (title, link.to_owned())
        })
        .collect()
}

#[test]
fn the_archive_and_each_session_have_a_valid_atom_feed() {
    let site = Site::new();
    site.write("site.yaml", "title: Archive & Co\nbase_url: https://org.github.io/archive/\n");
    site.doc("letters/a.md", "A <letter>", "session: HRC43\nsignatories: [FIDH]\nsummary: About reprisals.", "Body");
    site.write("content/news/b.md", "---\ntitle: B\nkind: news\ndate: 2019-03\nsession: HRC40\n---\nBody\n");
    site.build(&[]).assert_ok();
    let entries = assert_valid_atom(&std::fs::read_to_string(site.output().join("atom.xml")).unwrap());
    assert_eq!(
        entries,
        [
            ("A <letter>".to_owned(), "https://org.github.io/archive/letters/a.html".to_owned()),
            ("B".to_owned(), "https://org.github.io/archive/news/b.html".to_owned())
        ]
    );
    let hrc43 = assert_valid_atom(&std::fs::read_to_string(site.output().join("sessions/hrc43.xml")).unwrap());
    assert_eq!(hrc43.len(), 1);
    let home = site.page("");
    assert_eq!(home.attrs("link[rel=alternate][type='application/atom+xml']", "href"), ["/archive/atom.xml"]);
}

#[test]
fn the_sitemap_lists_every_page_exactly_once() {
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("site");
    common::plenary(&[
        "build",
        "--root",
        repo_root().to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
        "--base-url",
        "https://example.org/archive/",
    ])
    .assert_ok();
    let xml = std::fs::read_to_string(output.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let listed: Vec<String> =
        doc.descendants().filter(|n| n.has_tag_name("loc")).map(|n| n.text().unwrap().to_owned()).collect();
    let unique: BTreeSet<&String> = listed.iter().collect();
    assert_eq!(unique.len(), listed.len(), "no URL twice");
    let pages: BTreeSet<String> = walkdir::WalkDir::new(&output)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|ext| ext == "html") && e.file_name() != "404.html")
        // A redirect (a revision's address, to its draft's page) is no page to land on.
        .filter(|e| !std::fs::read_to_string(e.path()).unwrap().contains("<meta http-equiv=\"refresh\""))
        .map(|e| {
            let path = e.path().strip_prefix(&output).unwrap().to_string_lossy().into_owned();
            format!("https://example.org/archive/{}", path.trim_end_matches("index.html"))
        })
        .collect();
    assert_eq!(unique.into_iter().cloned().collect::<BTreeSet<_>>(), pages);
    let robots = std::fs::read_to_string(output.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://example.org/archive/sitemap.xml"), "{robots}");
}

#[test]
fn pages_carry_canonical_urls_descriptions_and_schema_org_data() {
    let site = Site::new();
    site.write("site.yaml", "title: T\nbase_url: https://org.github.io/archive/\n");
    site.doc("reports/r.md", "The report</script>", "summary: What it finds.\nsymbol: A/HRC/31/81", "Body");
    site.doc("letters/l.md", "A letter", "signatories: [Amnesty International, FIDH]", "Body");
    site.build(&[]).assert_ok();
    let report = site.page("reports/r.html");
    assert_eq!(report.attrs("link[rel=canonical]", "href"), ["https://org.github.io/archive/reports/r.html"]);
    assert_eq!(report.attrs("meta[name=description]", "content"), ["What it finds."]);
    // Previews read the title, the description and the canonical link; Open Graph tags
    // would repeat them on every page.
    assert!(report.attrs("meta[property^='og:']", "content").is_empty());
    let json: serde_json::Value = serde_json::from_str(&report.texts("script[type='application/ld+json']")[0]).unwrap();
    assert_eq!(json["@type"], "Report");
    assert_eq!(json["headline"], "The report</script>");
    assert_eq!(json["datePublished"], "2020-06-22");
    assert_eq!(json["identifier"], "A/HRC/31/81");
    let letter: serde_json::Value =
        serde_json::from_str(&site.page("letters/l.html").texts("script[type='application/ld+json']")[0]).unwrap();
    assert_eq!(letter["@type"], "Article");
    // The signatories are in their list on the page, not repeated in the JSON-LD.
    assert!(letter.get("author").is_none(), "{letter}");
    assert_eq!(site.page("letters/l.html").texts(".signatories li"), ["Amnesty International", "FIDH"]);
    // A site without a description has no empty description, nor a footer repeating its title.
    assert!(site.page("").attrs("meta[name=description]", "content").is_empty());
    assert!(site.page("").texts("footer").is_empty());
}

#[test]
fn github_pages_files_and_the_search_index_are_written() {
    let site = Site::new();
    site.write("site.yaml", "title: T\nbase_url: https://org.github.io/archive/\ncname: archive.example.org\n");
    site.doc("letters/l.md", "Reprisals", "signatories: [X]\nsession: HRC48", "States must prevent reprisals.");
    site.build(&[]).assert_ok();
    assert!(site.output().join(".nojekyll").is_file());
    assert_eq!(std::fs::read_to_string(site.output().join("CNAME")).unwrap(), "archive.example.org\n");
    assert!(site.output().join("search/index.html").is_file());
    let search = site.page("search/");
    assert_eq!(
        search.attrs("form.search", "data-index"),
        ["/archive/search/"],
        "the search UI finds its index under the sub-path"
    );
    assert_eq!(search.attrs("script[type=module]", "src"), ["/archive/search.js"]);
    assert_eq!(search.texts("label[for=search-terms]"), ["Search terms"]);

    // The index: the manifest names the documents' languages, the filters and the word
    // files; "reprisals" is stored as its English stem "repris" in the file for "re",
    // pointing at document 0 with a weight.
    let read = |path: &str| json(&site, path);
    let manifest = read("search/index.json");
    assert_eq!(manifest["documents"], 1);
    assert_eq!(manifest["languages"], serde_json::json!([["en", 1]]));
    assert_eq!(manifest["filters"]["kind"]["Letter"], 1);
    assert_eq!(manifest["filters"]["session"]["HRC48"], 1);
    assert_eq!(manifest["filters"]["signatory"]["X"], 1);
    assert!(manifest["words"].as_array().unwrap().contains(&"re".into()));
    let postings = postings(&site, "re", "repris");
    assert_eq!(postings.len(), 1, "{postings:?}");
    assert_eq!(postings[0].0, 0, "document 0");
    assert!((1..=255).contains(&postings[0].1), "{postings:?}");
    assert_eq!(read("search/docs-0.json")[0][0], "letters/l.html");
    assert_eq!(read("search/filters.json")["session"]["HRC48"], serde_json::json!([0]));
    let letter = site.page("letters/l.html");
    assert_eq!(letter.attrs("article[data-search-body]", "class"), ["document"]);
}

#[test]
fn search_finds_words_as_written_in_any_case_and_accent() {
    let site = Site::new();
    site.doc("letters/a.md", "Première lettre", "signatories: [X]", "Le Réseau des défenseurs.");
    site.doc("letters/b.md", "Second", "signatories: [Y]", "Nothing about it.");
    site.build(&[]).assert_ok();
    let words = json(&site, "search/words/re.json");
    assert!(words.get("reseau").is_some(), "accents dropped, lower case: {words}");
    let first = json(&site, "search/words/pr.json");
    assert!(first.get("premier").is_some(), "title words are indexed, by English rules on an English site: {first}");
    assert_eq!(json(&site, "search/index.json")["documents"], 2);
}

#[test]
fn a_french_site_is_indexed_by_french_rules() {
    let site = Site::new();
    site.write("site.yaml", "title: Archive\nbase_url: https://example.org/\nlanguage: fr\n");
    site.doc("letters/a.md", "Lettre conjointe", "signatories: [X]", "Les pays saluent la coopération des États.");
    site.doc("letters/b.md", "Autre lettre", "signatories: [Y]", "Les représailles contre les défenseurs.");
    site.build(&[]).assert_ok();
    assert_eq!(json(&site, "search/index.json")["languages"], serde_json::json!([["fr", 2]]));
    // "coopération" is stored as its French stem "cooper", which a query for
    // "coopérations" is stemmed to (tests/search_words.json); English rules would have
    // kept "cooperation".
    assert_eq!(found(&site, "co", "cooper"), ["letters/a.html"]);
    assert_eq!(found(&site, "re", "represaill"), ["letters/b.html"]);
    assert_eq!(found(&site, "de", "defenseur"), ["letters/b.html"]);
}

#[test]
fn a_chinese_site_is_indexed_by_pairs_of_characters() {
    let site = Site::new();
    site.write("site.yaml", "title: Archive\nbase_url: https://example.org/\nlanguage: zh\n");
    site.doc("letters/a.md", "联名信", "signatories: [X]", "人权理事会第43届会议通过了决议。");
    site.doc("letters/b.md", "另一封信", "signatories: [Y]", "大会。");
    site.build(&[]).assert_ok();
    // Each pair is filed under its first character (理 is e7 90 86 in UTF-8).
    assert_eq!(found(&site, "x-e79086", "理事"), ["letters/a.html"]);
    assert_eq!(found(&site, "x-e4baba", "人权"), ["letters/a.html"]);
    assert_eq!(found(&site, "x-e5a4a7", "大会"), ["letters/b.html"], "a two-character run is one pair");
    let manifest = json(&site, "search/index.json");
    assert!(manifest["words"].as_array().unwrap().iter().all(|name| name.as_str().unwrap().len() <= "x-e79086".len()));
}

#[test]
fn search_ranks_a_title_match_then_a_summary_match_above_the_text_that_uses_the_word_most() {
    let site = Site::new();
    let report_text = "Over the past few years, the Council has referred to international cooperation in \
        promoting respect for human rights. Cooperation cannot be reduced to a juxtaposition of national \
        interests; cooperation is a means to an end, and cooperation with the treaty bodies strengthens it.\n\n";
    site.doc(
        "reports/hrc31-report.md",
        "Enhancement of the human rights machinery",
        "session: HRC31",
        &format!(
            "General Assembly\n\nDistr.: General  \n29 January 2016\n\nOriginal: English\n\n\
             Human Rights Council\n\nThirty-first session\n\nAgenda items 2 and 3\n\n{}GE.16-01234(E)\n",
            report_text.repeat(8)
        ),
    );
    site.doc(
        "statements/item4.md",
        "Item 4: General Debate",
        "session: HRC48\nsummary: \"Calls on the Council to respond to situations that require its attention, through cooperation and scrutiny.\"",
        "Thank you, Madam President. The Council must respond to gross and systematic violations wherever they occur.",
    );
    site.doc(
        "letters/hrc48-letter.md",
        "HRC48: Support resolution on ‘Cooperation with the United Nations, its representatives and mechanisms in the field of human rights’",
        "session: HRC48\nsignatories: [FIDH]",
        "We, the undersigned organisations, urge your delegation to support the draft resolution on reprisals.",
    );
    site.build(&[]).assert_ok();
    // The search page scores a one-word query as the word's rarity times its weight in
    // each document, so the order of the weights is the order of the results.
    assert_eq!(
        ranked(&site, "co", "cooper"),
        ["letters/hrc48-letter.html", "statements/item4.html", "reports/hrc31-report.html"]
    );

    // The cover page and the footer stay on the page, marked for search to leave out of
    // excerpts, and their words are not indexed.
    let report = site.page("reports/hrc31-report.html");
    let ignored = report.texts("[data-search-body] p[data-search-ignore]");
    assert_eq!(ignored.first().map(String::as_str), Some("General Assembly"), "{ignored:?}");
    assert!(ignored.iter().any(|line| line.starts_with("Distr.: General")), "{ignored:?}");
    assert_eq!(ignored.last().map(String::as_str), Some("GE.16-01234(E)"), "{ignored:?}");
    assert_eq!(ignored.len(), 7, "{ignored:?}");
    for file in std::fs::read_dir(site.output().join("search/words")).unwrap() {
        let words: serde_json::Value = serde_json::from_slice(&std::fs::read(file.unwrap().path()).unwrap()).unwrap();
        for cover in ["distr", "agenda", "ge"] {
            assert!(words.get(cover).is_none(), "{cover} is indexed");
        }
    }
    assert_eq!(ranked(&site, "re", "repris"), ["letters/hrc48-letter.html"], "the prose is");
}

/// The pages of the documents the search index lists under `word`, in word file
/// `shard`, the highest weight first.
fn ranked(site: &Site, shard: &str, word: &str) -> Vec<String> {
    let documents = json(site, "search/docs-0.json");
    let mut weighed: Vec<(u64, String)> = postings(site, shard, word)
        .into_iter()
        .map(|(id, weight)| (weight, documents[usize::try_from(id).unwrap()][0].as_str().unwrap().to_owned()))
        .collect();
    weighed.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
    weighed.into_iter().map(|(_, path)| path).collect()
}

/// The pages of the documents the search index lists under `word`, in word file `shard`.
fn found(site: &Site, shard: &str, word: &str) -> Vec<String> {
    let documents = json(site, "search/docs-0.json");
    postings(site, shard, word)
        .into_iter()
        .map(|(id, _)| documents[usize::try_from(id).unwrap()][0].as_str().unwrap().to_owned())
        .collect()
}

/// `(document id, weight)` for each document the index lists under `word` in word file
/// `shard`, read from its packed string as the search page reads it: five-bit digits,
/// lowest first, `A`–`f` ending a number; each number an id gap × 256 + weight.
fn postings(site: &Site, shard: &str, word: &str) -> Vec<(u64, u64)> {
    const DIGITS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let words = json(site, &format!("search/words/{shard}.json"));
    let packed = words[word].as_str().unwrap_or_default();
    let (mut id, mut number, mut shift, mut found) = (0, 0, 0, Vec::new());
    for digit in packed.chars().map(|c| DIGITS.find(c).unwrap() as u64) {
        number |= (digit & 31) << shift;
        shift += 5;
        if digit < 32 {
            id += number >> 8;
            found.push((id, number & 0xff));
            (number, shift) = (0, 0);
        }
    }
    found
}

/// A JSON file of the built site.
fn json(site: &Site, path: &str) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(site.output().join(path)).unwrap()).unwrap()
}

/// A workflow of the repository, parsed, with the steps of all its jobs.
fn workflow(name: &str) -> (serde_yaml::Value, Vec<serde_yaml::Value>) {
    let text = std::fs::read_to_string(repo_root().join(".github/workflows").join(name)).unwrap();
    let workflow: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let steps = workflow["jobs"]
        .as_mapping()
        .unwrap()
        .values()
        .flat_map(|job| job["steps"].as_sequence().unwrap().clone())
        .collect();
    (workflow, steps)
}

/// Every action the steps use, each pinned to a commit, which a moved tag cannot change.
fn pinned_actions(steps: &[serde_yaml::Value]) -> Vec<&str> {
    let uses: Vec<&str> = steps.iter().filter_map(|step| step["uses"].as_str()).collect();
    for action in &uses {
        let commit = action.split_once('@').map(|(_, c)| c).unwrap_or_default();
        assert!(commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()), "{action} is not pinned");
    }
    uses
}

fn step<'a>(steps: &'a [serde_yaml::Value], run_or_use: &str) -> &'a serde_yaml::Value {
    steps
        .iter()
        .find(|s| [&s["run"], &s["uses"]].iter().any(|v| v.as_str().is_some_and(|t| t.contains(run_or_use))))
        .unwrap_or_else(|| panic!("no step runs or uses {run_or_use}"))
}

#[test]
fn the_pages_workflow_compiles_plenary_only_when_its_source_changed() {
    let (workflow, steps) = workflow("pages.yml");
    let uses = pinned_actions(&steps);
    for action in
        ["actions/checkout@", "actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"]
    {
        assert!(uses.iter().any(|u| u.starts_with(action)), "{action} missing from {uses:?}");
    }
    // The binary is cached by what it is compiled from, which the archive's content is not.
    let cache = step(&steps, "actions/cache@");
    let key = cache["with"]["key"].as_str().unwrap();
    for source in ["'Cargo.lock'", "'build.rs'", "'src/**'", "'themes/default/**'", "'data/states.csv'"] {
        assert!(key.contains(source), "{source} missing from {key}");
    }
    assert!(!key.contains("content"), "{key}");
    let compile = step(&steps, "cargo build --release --locked");
    let skipped_on_hit = "steps.binary.outputs.cache-hit != 'true'";
    assert_eq!(compile["if"].as_str(), Some(skipped_on_hit));
    assert_eq!(step(&steps, "Swatinem/rust-cache@")["if"].as_str(), Some(skipped_on_hit));

    let build = step(&steps, "plenary build --base-url");
    assert!(build["env"]["BASE_URL"].as_str().unwrap().contains("steps.pages.outputs.base_url"));
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- build"), "the README's build command");
    assert_eq!(workflow["jobs"]["build"]["permissions"]["pages"].as_str(), Some("read"));
    assert_eq!(workflow["jobs"]["deploy"]["permissions"]["pages"].as_str(), Some("write"));
    assert_eq!(workflow["jobs"]["deploy"]["permissions"]["id-token"].as_str(), Some("write"));
    assert_eq!(workflow["jobs"]["deploy"]["environment"]["name"].as_str(), Some("github-pages"));
}

#[test]
fn a_version_tag_releases_binaries_for_linux_macos_and_windows() {
    let (workflow, steps) = workflow("release.yml");
    pinned_actions(&steps);
    assert_eq!(workflow["on"]["push"]["tags"][0].as_str(), Some("v*"));
    let targets: Vec<&str> = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|entry| entry["target"].as_str())
        .collect();
    for target in ["x86_64-unknown-linux-musl", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"] {
        assert!(targets.contains(&target), "{target} missing from {targets:?}");
    }
    // The Linux binary, under this name, is the one archives made with `plenary init` download.
    assert!(include_str!("../src/init/files/pages.yml").contains("/plenary-x86_64-unknown-linux-musl"));
    assert!(
        step(&steps, "cp \"target/$TARGET/release/plenary$suffix\" \"dist/plenary-$TARGET$suffix\"")["run"].is_string()
    );
    assert!(step(&steps, "gh release create")["run"].as_str().unwrap().contains("dist/*"));
    // Only the job that publishes may write to the repository.
    assert_eq!(workflow["permissions"].as_mapping().map(serde_yaml::Mapping::len), Some(0));
    assert_eq!(workflow["jobs"]["build"]["permissions"]["contents"].as_str(), Some("read"));
    assert_eq!(workflow["jobs"]["release"]["permissions"]["contents"].as_str(), Some("write"));
}

/// The sitemaps protocol allows 50,000 addresses to a file: a larger archive's
/// `sitemap.xml` is an index of parts that together list every page once.
#[test]
fn past_fifty_thousand_pages_the_sitemap_is_an_index_of_parts() {
    let site = Site::new();
    site.write("site.yaml", "title: T\nbase_url: https://org.github.io/archive/\n");
    // A page per tag is the cheapest way past 50,000 pages: one document, tagged 50,010 times.
    let tags: Vec<String> = (0..50_010).map(|n| format!("upr-{n}")).collect();
    site.doc("reports/upr.md", "Review outcomes", &format!("tags: [{}]", tags.join(", ")), "Body");
    site.build(&[]).assert_ok();
    let read = |name: &str| std::fs::read_to_string(site.output().join(name)).unwrap();
    let index = read("sitemap.xml");
    let index = roxmltree::Document::parse(&index).unwrap();
    assert!(index.root_element().has_tag_name("sitemapindex"), "an index");
    let parts: Vec<String> =
        index.descendants().filter(|n| n.has_tag_name("loc")).map(|n| n.text().unwrap().to_owned()).collect();
    assert_eq!(parts, ["https://org.github.io/archive/sitemap-1.xml", "https://org.github.io/archive/sitemap-2.xml"]);
    let mut listed = Vec::new();
    for part in ["sitemap-1.xml", "sitemap-2.xml"] {
        let xml = read(part);
        let doc = roxmltree::Document::parse(&xml).unwrap();
        assert!(doc.root_element().has_tag_name("urlset"), "{part}");
        let locs: Vec<String> =
            doc.descendants().filter(|n| n.has_tag_name("loc")).map(|n| n.text().unwrap().to_owned()).collect();
        assert!(locs.len() <= 50_000, "{part}: {}", locs.len());
        listed.extend(locs);
    }
    let unique: BTreeSet<&String> = listed.iter().collect();
    assert_eq!(unique.len(), listed.len(), "no URL twice");
    assert!(unique.contains(&"https://org.github.io/archive/tags/upr-50009.html".to_owned()));
    assert!(unique.contains(&"https://org.github.io/archive/reports/upr.html".to_owned()));
    assert!(read("robots.txt").contains("Sitemap: https://org.github.io/archive/sitemap.xml"));
}
