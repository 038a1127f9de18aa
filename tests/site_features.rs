//! What a small fixture archive becomes: pages, links and metadata a reader sees.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Site, broken_links, plenary};

#[test]
fn a_site_without_a_themes_folder_builds_with_the_embedded_theme() {
    let site = Site::new();
    site.doc("letters/first.md", "First letter", "signatories: [Amnesty International]", "Hello.");
    let run = site.build(&[]);
    run.assert_ok();
    assert!(run.stdout().contains("Built "), "summary line: {}", run.stdout());
    for page in ["index.html", "404.html", "style.css", "letters/index.html", "letters/first.html"] {
        assert!(site.output().join(page).is_file(), "{page} missing");
    }
    let home = site.page("");
    assert_eq!(home.text("h1"), "Test archive");
    assert_eq!(home.text(".doc-card .doc-title"), "First letter");
    assert_eq!(home.attrs("html", "lang"), ["en"]);
    assert_eq!(home.attrs(".skip-link", "href"), ["#main"]);
}

#[test]
fn a_sites_own_theme_overrides_a_template() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block main %}<h1>Lost at the Council</h1>{% endblock main %}",
    );
    site.build(&[]).assert_ok();
    assert_eq!(site.page("404.html").text("h1"), "Lost at the Council");
    // Templates it does not override still come from the embedded theme.
    assert_eq!(site.page("news/a.html").text("h1"), "A");
}

#[test]
fn every_link_works_under_a_sub_path_base_url() {
    let site = Site::new();
    site.write("site.yaml", "title: T\nbase_url: https://org.github.io/archive/\n");
    site.doc(
        "letters/a.md",
        "A",
        "session: HRC43\nsignatories: [FIDH]\ntags: [reprisals]",
        "See [b](@/news/b.md).[^1]\n\n[^1]: A note.",
    );
    site.doc("news/b.md", "B", "session: [HRC43, HRC44]\nrelated: [a]", "## Heading\n\nText.");
    site.build(&[]).assert_ok();
    let home = site.page("");
    assert!(
        home.attrs("a", "href").iter().all(|h| h.starts_with("/archive/") || h.starts_with('#')),
        "{:?}",
        home.attrs("a", "href")
    );
    assert_eq!(home.attrs("link[rel=stylesheet]", "href"), ["/archive/style.css"]);
    assert_eq!(site.page("letters/a.html").attrs(".body a[href*='news']", "href"), ["/archive/news/b.html"]);
    let broken = broken_links(&site.output(), "/archive/");
    assert!(broken.is_empty(), "{broken:#?}");
    // The 404 page is served at any depth, so its links must be absolute.
    assert!(site.page("404.html").attrs("a", "href").iter().all(|h| h.starts_with("/archive/") || h.starts_with('#')));
}

#[test]
fn base_url_can_be_overridden_on_the_command_line() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    site.build(&["--base-url", "https://example.net/sub/dir"]).assert_ok();
    assert_eq!(site.page("").attrs("link[rel=stylesheet]", "href"), ["/sub/dir/style.css"]);
    assert!(broken_links(&site.output(), "/sub/dir/").is_empty());
}

#[test]
fn aliases_in_the_registry_make_one_signatory_page() {
    let site = Site::new();
    site.write(
        "data/organisations.yaml",
        "- name: International Federation for Human Rights (FIDH)\n  slug: fidh\n  aliases: [FIDH]\n",
    );
    site.doc("letters/one.md", "One", "signatories: [FIDH, Amnesty International]", "Body");
    site.doc("letters/two.md", "Two", "signatories: [International Federation for Human Rights (FIDH)]", "Body");
    site.build(&[]).assert_ok();
    let fidh = site.page("signatories/fidh.html");
    assert_eq!(fidh.text("h1"), "International Federation for Human Rights (FIDH)");
    assert_eq!(fidh.texts(".doc-list > li").len(), 2);
    assert!(fidh.text("main").contains("Also printed as: FIDH"));
    // The letter still prints the name as its source does, linked to the merged page.
    let one = site.page("letters/one.html");
    assert_eq!(one.texts(".signatories li"), ["FIDH", "Amnesty International"]);
    assert_eq!(
        one.attrs(".signatories a", "href"),
        ["/signatories/fidh.html", "/signatories/amnesty-international.html"]
    );
    assert!(!site.output().join("signatories/international-federation-for-human-rights-fidh.html").exists());
}

#[test]
fn dates_keep_their_precision_and_sessions_order_documents() {
    let site = Site::new();
    site.write(
        "content/letters/year.md",
        "---\ntitle: Year\nkind: letter\ndate: 2018\nsession: HRC37\nsignatories: [X]\n---\n",
    );
    site.write(
        "content/letters/month.md",
        "---\ntitle: Month\nkind: letter\ndate: 2018-03\nsession: HRC37\nsignatories: [X]\n---\n",
    );
    site.write(
        "content/letters/day.md",
        "---\ntitle: Day\nkind: letter\ndate: 2018-03-15\nsession: HRC37\nsignatories: [X]\n---\n",
    );
    site.build(&[]).assert_ok();
    assert_eq!(site.page("letters/year.html").text(".meta time"), "2018");
    assert_eq!(site.page("letters/month.html").text(".meta time"), "March 2018");
    assert_eq!(site.page("letters/day.html").text(".meta time"), "15 March 2018");
    assert_eq!(site.page("sessions/hrc37.html").texts(".doc-list > li > a"), ["Year", "Month", "Day"]);
    assert_eq!(site.page("letters/").texts(".doc-title"), ["Day", "Month", "Year"]);
    let month = site.page("letters/month.html");
    assert_eq!(month.attrs(".session-nav a[rel=prev]", "href"), ["/letters/year.html"]);
    assert_eq!(month.attrs(".session-nav a[rel=next]", "href"), ["/letters/day.html"]);
}

#[test]
fn bom_and_windows_line_endings_are_accepted() {
    let site = Site::new();
    site.write_bytes(
        "content/news/windows.md",
        b"\xEF\xBB\xBF---\r\ntitle: Windows\r\nkind: news\r\ndate: 2021\r\n---\r\n\r\nSaved on *Windows*.\r\n",
    );
    site.write_bytes(
        "content/news/old-mac.md",
        b"---\rtitle: Old Mac\rkind: news\rdate: 2021\r---\rLine endings of old.\r",
    );
    site.build(&[]).assert_ok();
    assert_eq!(site.page("news/windows.html").text(".body em"), "Windows");
    assert_eq!(site.page("news/old-mac.html").text(".body"), "Line endings of old.");
}

#[test]
fn drafts_build_only_when_asked() {
    let site = Site::new();
    site.doc("news/published.md", "Published", "", "Body");
    site.doc("news/unfinished.md", "Unfinished", "draft: true", "Body");
    site.build(&[]).assert_ok();
    assert!(!site.output().join("news/unfinished.html").exists());
    site.build(&["--drafts"]).assert_ok();
    assert!(site.page("news/unfinished.html").text(".kind-label").contains("Draft"));
}

#[test]
fn slugs_come_from_file_names_without_their_date_or_from_slug() {
    let site = Site::new();
    site.doc("statements/2020-06-19-item-10.md", "Item 10", "signatories: [X]", "Body");
    site.doc("statements/long-file-name.md", "Other", "slug: ../../Short Name\nsignatories: [X]", "Body");
    site.build(&[]).assert_ok();
    assert!(site.output().join("statements/item-10.html").is_file());
    assert!(site.output().join("statements/short-name.html").is_file());
}

#[test]
fn markdown_extensions_render() {
    let site = Site::new();
    let body = "## Background\n\n\"Quotes\" -- and ~~struck~~.\n\n| State | Vote |\n|---|---|\n| Fiji | ABST |\n\n```rust\nfn main() {}\n```\n\nText[^n].\n\n[^n]: The note.";
    site.doc("reports/r.md", "R", "", body);
    site.build(&[]).assert_ok();
    let page = site.page("reports/r.html");
    assert_eq!(page.attrs(".body > h2", "id"), ["background"]);
    assert!(page.text(".body").contains("“Quotes” –"), "{}", page.text(".body"));
    assert_eq!(page.text(".body del"), "struck");
    assert_eq!(page.texts(".body td"), ["Fiji", "ABST"]);
    assert!(!page.attrs(".body pre code span", "class").is_empty(), "code is highlighted with classes");
    assert_eq!(page.attrs("link[rel=stylesheet]", "href"), ["/style.css", "/highlight.css"]);
    assert_eq!(page.attrs(".footnote-ref a", "href"), ["#fn-n"]);
    assert!(site.output().join("highlight.css").is_file());
}

#[test]
fn body_headings_never_take_the_ids_the_page_uses() {
    let site = Site::new();
    site.doc("letters/l.md", "L", "signatories: [X]", "## Signatories\n\n## Main\n\nText[^1].\n\n[^1]: Note.");
    site.build(&[]).assert_ok();
    let page = site.page("letters/l.html");
    let ids = page.attrs("[id]", "id");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "duplicate ids: {ids:?}");
    assert_eq!(page.attrs(".body > h2", "id"), ["signatories-2", "main-2"]);
}

#[test]
fn help_explains_every_option() {
    let help = plenary(&["build", "--help"]).stdout();
    for option in ["--root", "--output", "--base-url", "--drafts"] {
        assert!(help.contains(option), "build --help lacks {option}:\n{help}");
    }
    assert!(plenary(&["--help"]).stdout().contains("build"));
}

#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "processor time is read where Linux shows it")]
fn timings_name_each_stage_with_its_wall_and_processor_time() {
    let site = Site::new();
    site.doc(
        "letters/2019-06-24-joint-letter.md",
        "Joint letter ahead of HRC41",
        "session: HRC41\nsignatories: [Amnesty International]",
        "We urge your delegation to support the renewal of resolution 35/15.",
    );
    let run = site.build(&["--quiet", "--timings"]);
    run.assert_ok();
    let stderr = run.stderr();
    for stage in ["Loading", "Resolving", "Markdown", "Citations and votes", "Routes", "Pages"] {
        let line = stderr.lines().find(|line| line.trim_start().starts_with(&format!("{stage}:")));
        let line = line.unwrap_or_else(|| panic!("no line for {stage}:\n{stderr}"));
        assert!(line.contains(" ms (CPU: user "), "{line}");
        assert!(line.contains(" ms, system "), "{line}");
    }
}
