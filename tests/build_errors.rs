//! Bad input stops the build with `file:line: field: what is wrong`, a non-zero
//! exit, and the previous output untouched.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test that cannot set up should stop loudly

mod common;

use common::{Site, snapshot};

#[test]
fn a_missing_required_field_names_file_line_and_field() {
    let site = Site::new();
    site.write("content/letters/untitled.md", "---\nkind: letter\ndate: 2020\n---\nBody\n");
    site.build(&[]).assert_fails_with(&["content/letters/untitled.md:2:1: error: missing field `title`"]);
}

#[test]
fn an_unknown_field_is_refused_and_the_typo_named() {
    let site = Site::new();
    site.doc("letters/typo.md", "Typo", "signatory: [Amnesty International]", "Body");
    site.build(&[]).assert_fails_with(&[
        "content/letters/typo.md:5:1: error: unknown field `signatory`",
        "did you mean `signatories`?",
        "5 | signatory: [Amnesty International]",
    ]);
}

#[test]
fn wrong_types_are_refused_at_their_line() {
    let site = Site::new();
    site.write("content/letters/a.md", "---\ntitle: A\nkind: letter\ndate: yesterday\n---\n");
    site.write("content/letters/b.md", "---\ntitle: B\nkind: letter\ndate: 2020\nsignatories: Amnesty\n---\n");
    site.write("content/letters/c.md", "---\ntitle: C\nkind: leter\ndate: 2020\n---\n");
    site.build(&[]).assert_fails_with(&[
        "content/letters/a.md:4:7: error: date: invalid date `yesterday`",
        "content/letters/b.md:5:14: error: signatories: invalid type: string \"Amnesty\", expected a sequence",
        "content/letters/c.md:3:7: error: kind: unknown variant `leter`",
        "Build failed with 3 errors",
    ]);
}

#[test]
fn malformed_front_matter_is_named() {
    let site = Site::new();
    site.write("content/news/open.md", "---\ntitle: Never closed\nkind: news\n");
    site.write("content/news/none.md", "Just text\n");
    site.write("content/news/empty.md", "");
    site.write("content/news/list.md", "---\n- a\n- b\n---\n");
    site.build(&[]).assert_fails_with(&[
        "content/news/open.md:1: error: the front matter opened on line 1 is never closed",
        "content/news/none.md:1: error: no front matter",
        "content/news/empty.md:1: error: the file is empty",
        "content/news/list.md:2:1: error: invalid type: sequence, expected a mapping of fields",
    ]);
}

#[test]
fn a_failed_build_leaves_the_previous_output_as_it_was() {
    let site = Site::new();
    site.doc("letters/good.md", "Good", "signatories: [Amnesty International]", "Body");
    site.build(&[]).assert_ok();
    let before = snapshot(&site.output());
    assert!(!before.is_empty());

    site.write("content/letters/zz-bad.md", "---\ntitle: Bad\nkind: letter\ndate: 2020-02-30\n---\n");
    site.build(&[]).assert_fails_with(&["content/letters/zz-bad.md:4:7", "the previous output was left as it was"]);
    assert_eq!(snapshot(&site.output()), before);
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .expect("read site")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".output") && ![".output.spare", ".output.lock"].contains(&name.as_str()))
        .collect();
    assert!(leftovers.is_empty(), "folders left behind: {leftovers:?}");
}

#[test]
fn a_broken_internal_link_names_its_line() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "First paragraph.\n\nSee [the statement](@/statements/missing.md).");
    site.build(&[]).assert_fails_with(&["content/news/a.md:9:5: error: broken link `@/statements/missing.md`"]);
}

#[test]
fn two_documents_at_one_url_are_refused() {
    let site = Site::new();
    site.doc("letters/same.md", "One", "signatories: [A]", "Body");
    site.doc("letters/other.md", "Two", "slug: same\nsignatories: [A]", "Body");
    site.build(&[])
        .assert_fails_with(&["content/letters/other.md:5: error: slug: `same` has the same URL /letters/same.html"]);
}

#[test]
fn related_must_name_an_existing_document() {
    let site = Site::new();
    site.doc("news/a.md", "A", "related: [no-such-document]", "Body");
    site.build(&[])
        .assert_fails_with(&["content/news/a.md:5: error: related: no document has the slug `no-such-document`"]);
}

#[test]
fn refuses_to_replace_a_folder_that_holds_sources() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    for output in [".", "content", ".."] {
        let path = site.root().join(output);
        let run = site.build(&["--output", path.to_str().expect("path")]);
        run.assert_fails_with(&["refusing to build into"]);
    }
    assert!(site.root().join("content/news/a.md").is_file());
}

#[test]
fn a_bad_site_configuration_names_its_line() {
    let site = Site::new();
    site.write("site.yaml", "title: T\nbase_url: example.org\n");
    site.build(&[]).assert_fails_with(&["site.yaml:2: error: base_url: `example.org` must start with https://"]);
    site.write("site.yaml", "title: T\nbase_url: https://example.org/\ntheme: missing\n");
    site.build(&[]).assert_fails_with(&["theme: there is no folder themes/missing"]);
}

#[test]
fn a_template_error_names_the_template() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    site.write(
        "themes/default/templates/404.html",
        "{% extends \"base.html\" %}{% block main %}{{ oops(\n{% endblock main %}",
    );
    site.build(&[]).assert_fails_with(&["themes/default/templates/404.html:2:2: error: syntax error"]);
}

#[test]
fn an_error_in_a_template_another_extends_names_that_one_and_the_page() {
    let site = Site::new();
    site.doc("news/a.md", "A", "", "Body");
    let base = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/base.html"),
    )
    .expect("the default theme's base.html");
    site.write("themes/default/templates/base.html", &base.replacen("<main", "{{ site.motto }}<main", 1));
    let run = site.build(&[]);
    run.assert_fails_with(&[
        "themes/default/templates/base.html:43:4: error: while rendering news/a.html: undefined value `site.motto`",
    ]);
    // Every page extends base.html: the one mistake is reported once, with how many
    // other pages it stopped, not once for each of them.
    let stderr = run.stderr();
    assert_eq!(stderr.matches("error:").count(), 1, "{stderr}");
    assert!(stderr.contains("`site.motto` (and 7 other pages)"), "{stderr}");
    assert!(stderr.contains("Build failed with 1 error"), "{stderr}");
}
