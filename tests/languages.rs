//! An archive in the UN's languages, as its readers see it: the interface's words,
//! plurals and dates of each page's language, state names in that language, documents
//! in other languages at their own addresses, translations linked both ways and
//! announced to search engines, and mistakes reported at their file and line.
//!
//! The two fixture sites under `tests/sites/` are built as they are: a French archive,
//! and an English one with French, Spanish and Arabic documents.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::Path;

use common::{Page, Site, broken_links, copy_tree, plenary};

/// The fixture site `name`, copied into a temporary folder and built with `args`.
fn fixture(name: &str, args: &[&str]) -> Site {
    let site = Site::new();
    copy_tree(&common::repo_root().join("tests/sites").join(name), site.root());
    site.build(args).assert_ok();
    site
}

#[test]
fn a_french_archive_speaks_french_throughout() {
    let site = fixture("french-default", &[]);
    let home = site.page("");
    assert_eq!(home.attrs("html", "lang"), ["fr"]);
    assert_eq!(home.text("#latest-heading"), "Derniers documents");
    assert_eq!(home.text(".skip-link"), "Aller au contenu");
    let nav = home.texts(".site-nav a");
    for word in ["Lettres", "Déclarations", "États", "Signataires", "Recherche", "Documents de l’ONU"] {
        assert!(nav.contains(&word.to_owned()), "{word} not in {nav:?}");
    }
    assert!(home.text(".doc-meta").contains("Lettre · 26 septembre 2014"), "{}", home.text(".doc-meta"));

    // Partial dates at their precision.
    let statement = site.page("statements/declaration-point-4.html");
    assert_eq!(statement.text(".meta time"), "septembre 2014");
    let report = site.page("reports/rapport-fictif.html");
    assert_eq!(report.text(".meta time"), "2014");
    assert_eq!(report.text(".meta dt"), "Date | Cote ONU");

    // Counts take the plural form of French: 1 and 3.
    assert_eq!(site.page("letters/").text(".lede"), "1 document, du plus récent au plus ancien.");
    assert_eq!(
        site.page("sessions/hrc99.html").text("main > p:not(.kind-label)"),
        "3 documents, par ordre chronologique."
    );
    assert_eq!(site.page("letters/lettre-conjointe.html").text(".meta a[href='#signatories']"), "3 organisations");

    // Headings, the search page and the 404 page.
    assert_eq!(site.page("search/").text("h1"), "Rechercher dans les archives");
    assert_eq!(site.page("search/").text("label[for=filter-kind]"), "Type");
    assert_eq!(Page::read(&site.output(), "404.html").text("h1"), "Page introuvable");
    let feed = std::fs::read_to_string(site.output().join("sessions/hrc99.xml")).unwrap();
    assert!(feed.contains("<category term=\"Lettre\"/>"), "{feed}");
}

#[test]
fn votes_and_states_read_in_the_page_language_while_the_open_data_stays_english() {
    let site = fixture("french-default", &[]);
    let letter = site.page("letters/lettre-conjointe.html");
    let states = letter.texts(".vote-list li");
    assert!(states.contains(&"Allemagne".to_owned()), "{states:?}");
    assert!(states.contains(&"Afrique du Sud".to_owned()), "{states:?}");
    assert_eq!(letter.attrs(".vote-list ul", "data-label")[0], "Pour");
    assert_eq!(letter.attrs(".vote-all", "data-caption"), ["Vote de chaque État sur le A/HRC/99/L.7"]);
    assert_eq!(letter.text(".tally dt"), "Pour | Contre | Abstention");
    assert!(letter.text(".vote-source").starts_with("Décompte des 6 États"), "{}", letter.text(".vote-source"));

    let list = site.page("states/");
    // By regional group, named in French, each group's states in French order.
    assert_eq!(list.texts(".state-list a")[..2], ["Afrique du Sud".to_owned(), "Côte d’Ivoire".to_owned()]);
    assert_eq!(list.texts(".state-list a").last().map(String::as_str), Some("Allemagne"));
    assert!(list.texts(".state-group h2")[0].starts_with("États d’Afrique"), "{:?}", list.texts(".state-group h2"));
    assert!(list.text(".state-list").contains("Mexique 1 vote enregistré"), "{}", list.text(".state-list"));
    assert_eq!(site.page("states/deu.html").text("h1"), "Allemagne");

    // The same vote on the English translation's page names the states in English.
    let english = site.page("en/letters/lettre-conjointe.html");
    assert!(english.texts(".vote-list li").contains(&"Germany".to_owned()));
    assert_eq!(english.text(".tally dt"), "In favour | Against | Abstained");

    let csv = std::fs::read_to_string(site.output().join("votes.csv")).unwrap();
    assert!(csv.contains("DEU") && csv.contains("Germany") && !csv.contains("Allemagne"), "{csv}");
}

#[test]
fn official_texts_are_linked_in_the_page_language() {
    let site = fixture("french-default", &[]);
    assert_eq!(
        site.page("reports/rapport-fictif.html").attrs(".meta a.symbol", "href"),
        ["https://docs.un.org/fr/A/HRC/99/31"]
    );
    let symbol = site.page("symbols/a-hrc-99-l-7.html");
    assert!(symbol.attrs(".symbol-texts a", "href").contains(&"https://docs.un.org/fr/A/HRC/99/L.7".to_owned()));
}

#[test]
fn a_translation_lives_under_its_language_and_both_pages_link_each_other() {
    let site = fixture("french-default", &[]);
    let french = site.page("letters/lettre-conjointe.html");
    let english = site.page("en/letters/lettre-conjointe.html");
    assert_eq!(english.attrs("html", "lang"), ["en"]);
    assert_eq!(english.text(".doc-versions"), "Also in: Français");
    assert_eq!(english.attrs(".doc-versions a", "href"), ["/letters/lettre-conjointe.html"]);
    assert_eq!(english.attrs(".doc-versions a", "hreflang"), ["fr"]);
    assert_eq!(french.text(".doc-versions"), "Aussi en : English");
    assert_eq!(french.attrs(".doc-versions a", "href"), ["/en/letters/lettre-conjointe.html"]);

    let alternates = |page: &Page| {
        let hreflang = page.attrs("link[rel=alternate][hreflang]", "hreflang");
        let href = page.attrs("link[rel=alternate][hreflang]", "href");
        hreflang.into_iter().zip(href).collect::<Vec<_>>()
    };
    let expected = vec![
        ("en".to_owned(), "https://example.org/en/letters/lettre-conjointe.html".to_owned()),
        ("fr".to_owned(), "https://example.org/letters/lettre-conjointe.html".to_owned()),
    ];
    assert_eq!(alternates(&french), expected);
    assert_eq!(alternates(&english), expected);

    // Lists show the letter once, in the site's language, with its other languages beside it.
    let letters = site.page("letters/");
    assert_eq!(letters.texts(".doc-title").len(), 1);
    assert_eq!(letters.text(".doc-versions"), "Aussi en : English");
    assert_eq!(
        site.page("tags/espace-civique.html").texts(".doc-list > li > a").len(),
        2,
        "the letter once, the statement"
    );
    assert!(
        site.page("signatories/").text(".term-list").contains("Réseau fictif pour les droits humains 2 documents"),
        "the letter counted once, in two languages; the statement"
    );
}

#[test]
fn a_multilingual_archive_gives_each_language_its_address_and_direction() {
    let site = fixture("multilingual", &["--base-url", "https://example.org/archive/"]);
    assert_eq!(site.page("fr/letters/hrc99-civic-space.html").attrs("html", "lang"), ["fr"]);
    let spanish = site.page("es/letters/hrc99-civic-space.html");
    assert_eq!(spanish.attrs("html", "lang"), ["es"]);
    assert_eq!(spanish.text(".meta time"), "2 de marzo de 2031");
    assert_eq!(spanish.text(".kind-label"), "Carta");
    assert_eq!(site.page("es/statements/declaracion-conjunta.html").text(".meta time"), "marzo de 2031");

    let arabic = site.page("ar/news/hrc99-l7-summary.html");
    assert_eq!(arabic.attrs("html", "lang"), ["ar"]);
    assert_eq!(arabic.attrs("html", "dir"), ["rtl"]);
    assert_eq!(arabic.text(".kind-label"), "خبر");
    let states = arabic.texts(".vote-list li");
    assert!(states.contains(&"ألمانيا".to_owned()), "{states:?}");
    assert!(arabic.attrs(".doc-versions a", "href").contains(&"/archive/news/hrc99-l7-summary.html".to_owned()));

    // The English original names its three translations, each in its own language.
    let original = site.page("letters/hrc99-civic-space.html");
    assert_eq!(original.attrs("html", "dir"), ["ltr"]);
    assert_eq!(original.text(".doc-versions"), "Also in: Français, Español");
    assert_eq!(
        original.attrs("link[rel=alternate][hreflang]", "hreflang"),
        ["en", "fr", "es"],
        "every language, itself included"
    );
    let letters = site.page("letters/");
    assert_eq!(letters.texts(".doc-title"), ["HRC99: Protect civic space (fictional example)"]);
    assert_eq!(letters.text(".lede"), "1 document, newest first.");

    // The sitemap announces each translation of a page, under the sub-path.
    let text = std::fs::read_to_string(site.output().join("sitemap.xml")).unwrap();
    let map = roxmltree::Document::parse(&text).unwrap();
    let url = map
        .descendants()
        .find(|n| {
            n.has_tag_name("loc") && n.text() == Some("https://example.org/archive/fr/letters/hrc99-civic-space.html")
        })
        .and_then(|loc| loc.parent())
        .expect("the French letter is in the sitemap");
    let alternates: Vec<(&str, &str)> = url
        .children()
        .filter(|n| n.has_tag_name("link"))
        .map(|n| (n.attribute("hreflang").unwrap(), n.attribute("href").unwrap()))
        .collect();
    assert_eq!(
        alternates,
        [
            ("en", "https://example.org/archive/letters/hrc99-civic-space.html"),
            ("fr", "https://example.org/archive/fr/letters/hrc99-civic-space.html"),
            ("es", "https://example.org/archive/es/letters/hrc99-civic-space.html"),
        ]
    );
    assert_eq!(broken_links(&site.output(), "/archive/"), Vec::<String>::new());

    // The feed lists the letter once, and says which entries are in another language.
    let feed = std::fs::read_to_string(site.output().join("atom.xml")).unwrap();
    assert_eq!(feed.matches("hrc99-civic-space.html</id>").count(), 1, "{feed}");
    assert!(feed.contains("<entry xml:lang=\"es\">\n<title>Declaración conjunta"), "{feed}");
}

#[test]
fn plural_forms_follow_each_language_rules() {
    for (language, count, expected) in [
        ("ru", 1, "1 документ, сначала новые."),
        ("ru", 3, "3 документа, сначала новые."),
        ("ru", 5, "5 документов, сначала новые."),
        ("ar", 2, "وثيقتان، الأحدث أولًا."),
        ("ar", 3, "3 وثائق، الأحدث أولًا."),
        ("ar", 11, "11 وثيقة، الأحدث أولًا."),
        ("es", 2, "2 documentos, del más reciente al más antiguo."),
        ("zh", 2, "共 2 份文件，按时间由新到旧排列。"),
    ] {
        let site = Site::new();
        site.write("site.yaml", &format!("title: Archive\nbase_url: https://example.org/\nlanguage: {language}\n"));
        for n in 0..count {
            site.doc(&format!("news/item-{n}.md"), &format!("Item {n}"), "", "Text.");
        }
        site.build(&[]).assert_ok();
        assert_eq!(site.page("news/").text(".lede"), expected, "{language} {count}");
    }
}

#[test]
fn a_site_overrides_messages_one_by_one_and_a_missing_one_is_english_and_warned() {
    let site = Site::new();
    site.write("site.yaml", "title: Archive\nbase_url: https://example.org/\nlanguage: fr\n");
    site.doc("news/item.md", "Un article", "", "Texte.");
    site.write("themes/default/i18n/fr.ftl", "home-latest = À la une\n");
    // A word the site's own template prints, which only its English file defines.
    site.write("themes/default/i18n/en.ftl", "home-archive-note = Archived by volunteers\n");
    let home = std::fs::read_to_string(common::repo_root().join("themes/default/templates/home.html")).unwrap();
    let home =
        home.replacen("</section>", "<p class=\"note\">{{ t(key=\"home-archive-note\", lang=lang) }}</p></section>", 1);
    site.write("themes/default/templates/home.html", &home);
    let run = site.build(&[]);
    run.assert_ok();
    let page = site.page("");
    assert_eq!(page.text("#latest-heading"), "À la une");
    assert_eq!(page.text("#sessions-heading, #kinds-heading"), "Sessions | Parcourir les archives");
    assert_eq!(page.text(".note"), "Archived by volunteers");

    let check = plenary(&["check", "--root", site.root().to_str().unwrap()]);
    assert_eq!(check.code(), Some(0), "{}", check.stderr());
    let out = check.stdout() + &check.stderr();
    assert!(
        out.contains("themes/default/i18n/fr.ftl")
            && out.contains("1 message is missing, shown in English: home-archive-note"),
        "{out}"
    );
}

#[test]
fn a_broken_translation_file_is_an_error_at_its_line() {
    let site = Site::new();
    site.doc("news/item.md", "Item", "", "Text.");
    site.write("themes/default/i18n/fr.ftl", "home-latest = À la une\n\nhome-sessions = { $count\n");
    site.build(&[]).assert_fails_with(&["themes/default/i18n/fr.ftl:3:"]);
}

#[test]
fn a_language_outside_the_six_is_an_error_at_its_line() {
    let site = Site::new();
    site.doc("letters/brief.md", "Brief", "language: de\nsignatories: [A]", "Text.");
    site.build(&[]).assert_fails_with(&[
        "content/letters/brief.md:5:",
        "language: `de` is not a language an archive may use: expected one of ar, en, es, fr, ru, zh",
    ]);
    let site = Site::new();
    site.write("site.yaml", "title: Archive\nbase_url: https://example.org/\nlanguage: french\n");
    site.build(&[]).assert_fails_with(&["site.yaml:3:", "`french` is not a language"]);
}

#[test]
fn a_translation_of_nothing_is_an_error_at_its_line() {
    let site = Site::new();
    site.doc("news/original.md", "Original", "", "Text.");
    site.doc("news/copie.md", "Copie", "language: fr\ntranslation_of: news/orignal.md", "Texte.");
    site.build(&[])
        .assert_fails_with(&["content/news/copie.md:6:", "translation_of: no document at content/news/orignal.md"]);
}

#[test]
fn two_translations_into_one_language_are_an_error_naming_both() {
    let site = Site::new();
    site.doc("news/original.md", "Original", "", "Text.");
    site.doc("news/copie-a.md", "Copie A", "language: fr\ntranslation_of: news/original.md", "Texte.");
    site.doc("news/copie-b.md", "Copie B", "language: fr\ntranslation_of: news/original.md", "Texte.");
    let run = site.build(&[]);
    run.assert_fails_with(&["translation_of:", "content/news/copie-a.md", "content/news/copie-b.md", "into `fr`"]);
    // And a translation in the original's own language is not one.
    let site = Site::new();
    site.doc("news/original.md", "Original", "", "Text.");
    site.doc("news/again.md", "Again", "translation_of: news/original.md", "Text.");
    site.build(&[]).assert_fails_with(&["content/news/again.md:5:", "is in `en` too"]);
}

#[test]
fn a_french_default_site_puts_english_translations_under_en() {
    let site = fixture("french-default", &["--base-url", "/archive/"]);
    assert!(site.output().join("letters/lettre-conjointe.html").is_file());
    assert!(site.output().join("en/letters/lettre-conjointe.html").is_file());
    assert!(!site.output().join("fr").exists(), "French, the site's language, is at the root");
    assert_eq!(broken_links(&site.output(), "/archive/"), Vec::<String>::new());
}

#[test]
fn new_writes_the_language_of_the_document() {
    let site = Site::new();
    let run =
        plenary(&["new", "letter", "Lettre ouverte", "--language", "fr", "--root", site.root().to_str().unwrap()]);
    assert!(run.ok(), "{}", run.stderr());
    let path = run.stdout().trim().to_owned();
    let text = std::fs::read_to_string(Path::new(&path)).unwrap();
    assert!(text.contains("\nlanguage: fr\n"), "{text}");
    let refused = plenary(&["new", "letter", "Brief", "--language", "de", "--root", site.root().to_str().unwrap()]);
    assert!(!refused.ok());
    assert!(refused.stderr().contains("`de` is not a language"), "{}", refused.stderr());
}

/// Undated documents, votes with no symbol, partial and disputed records, outcomes and a
/// resolution's grouped page, on a French archive: every word of them in French, and a
/// draft's old address leading to the adopted text's page in English, under `/en/`.
#[test]
fn undated_documents_vote_records_and_grouped_symbols_read_in_the_site_language() {
    let site = Site::new();
    site.write("site.yaml", "title: Archive\nbase_url: https://example.org/\nlanguage: fr\n");
    site.write("content/news/sans-date.md", "---\ntitle: Note sans date\nkind: news\n---\n\nUne note.\n");
    site.write(
        "content/news/communique.md",
        "---\ntitle: Communiqué\nkind: news\ndate: 2020-06-23\nsession: HRC99\nvotes:\n  - on: A/HRC/99/L.7\n    date: 2020-06-22\n    yes: [Germany, Mexico]\n    no: [India]\n  - title: Motion d’ajournement du débat\n    session: HRC99\n    declared: {yes: 20, no: 15, abstain: 12}\n    no: [France]\n    outcome: rejected\n---\n\nLe projet A/HRC/99/L.7/Rev.1 a été adopté, et le projet A/HRC/99/L.9 aussi.\n",
    );
    site.write(
        "content/votes/releve.md",
        "---\ntitle: Relevé\nkind: vote\ndate: 2020-06-22\nsession: HRC99\nvotes:\n  - on: A/HRC/99/L.7\n    date: 2020-06-22\n    yes: [Germany, Mexico]\n    abstain: [India]\n---\n\nRelevé.\n",
    );
    site.write(
        "content/reports/resolution.md",
        "---\ntitle: Cooperation resolution\nkind: report\ndate: 2020-06-22\nlanguage: en\nsymbol: A/HRC/RES/99/3\n---\n\nThe text.\n",
    );
    site.write(
        "data/resolutions.yaml",
        "- symbol: A/HRC/RES/99/3\n  title: Coopération\n  adopted: 2020-06-22\n  drafts: [A/HRC/99/L.7, A/HRC/99/L.7/Rev.1]\n- symbol: A/HRC/RES/99/5\n  drafts: [A/HRC/99/L.9]\n",
    );
    site.build(&[]).assert_ok();

    let undated = site.page("sessions/undated.html");
    assert_eq!(undated.text("h1"), "Non daté");
    assert_eq!(undated.text("title"), "Documents non datés · Archive");
    assert_eq!(undated.text("main > p:not(.kind-label):not(.lede)"), "1 document, par titre.");
    assert_eq!(site.page("news/sans-date.html").text(".meta dd"), "Non daté : la source n’imprime aucune date");
    assert!(site.page("sessions/").text(".term-list").contains("Non daté"));

    let votes = site.page("votes/");
    assert_eq!(
        votes.text(".votes-index thead th"),
        "Date | Objet du vote | Pour | Contre | Abstention | Issue | Enregistré dans"
    );
    let outcomes = votes.texts(".votes-index td.outcome");
    assert!(outcomes.contains(&"Rejeté (selon les décomptes : adopté)".to_owned()), "{outcomes:?}");
    assert!(votes.text(".votes-index").contains("Non daté HRC99"), "{}", votes.text(".votes-index"));
    assert!(votes.text(".votes-index").contains("résultat annoncé ; 46 États non nommés"));

    let press = site.page("news/communique.html");
    let headings = press.texts(".vote-heading");
    assert!(headings.contains(&"Vote enregistré : Motion d’ajournement du débat".to_owned()), "{headings:?}");
    let sources = press.texts(".vote-source");
    assert!(
        sources.contains(&"Le résultat annoncé. Le relevé nomme 1 des États qu’il compte, listés ci-dessous ; 46 ne sont pas nommés.".to_owned()),
        "{sources:?}"
    );
    assert_eq!(press.texts(".vote-outcome"), ["Adopté", "Rejeté"]);
    assert!(press.text(".tally").contains("Contesté"), "{}", press.text(".tally"));
    assert!(press.text(".vote-sources").starts_with("Enregistré dans Communiqué et Relevé"));

    let india = site.page("states/ind.html");
    assert!(
        india.text(".state-history tbody").contains("Contesté : Contre selon Communiqué ; Abstention selon Relevé")
    );

    let index = site.page("symbols/");
    assert_eq!(index.text(".symbol-body h2"), "Conseil des droits de l’homme");
    assert_eq!(index.text(".also"), "avec A/HRC/99/L.9");
    assert_eq!(index.text(".symbol-list .count"), "cité dans 1 document");
    let resolution = site.page("symbols/a-hrc-res-99-5.html");
    assert_eq!(resolution.texts(".text-kind"), ["projet", "résolution"]);

    // The draft's address leads to the adopted text, an English document, in French words.
    let draft = site.page("symbols/a-hrc-99-l-7.html");
    assert_eq!(draft.attrs("html", "lang"), ["fr"]);
    assert_eq!(draft.attrs("p a", "href"), ["/en/reports/resolution.html"]);
    assert_eq!(
        draft.text("p"),
        "Le A/HRC/99/L.7 se trouve sur cette page, avec ses projets, ses révisions et le texte adopté."
    );
}

/// A joint letter in French with numbered paragraphs and notes, in the style of an NGO
/// letter to the Council; fictional.
const FRENCH_LETTER: &str = "---\ntitle: \"Lettre conjointe sur les représailles (exemple fictif)\"\nkind: letter\ndate: 2031-09-12\nsession: HRC99\nsignatories: [Réseau fictif pour les droits humains]\n---\n\nExcellences,\n\n1. Nous, organisations soussignées, vous écrivons au sujet des représailles visant les\npersonnes qui coopèrent avec l’Organisation des Nations Unies.[^1]\n\n2. Nous vous prions d’appuyer toute mesure qui permettrait un suivi régulier de ces cas\nà chaque session du Conseil.[^2]\n\n[^1]: Voir le dernier rapport du Secrétaire général sur la question.\n[^2]: Cette demande reprend celle de notre lettre précédente.\n";

/// The same kind of letter in Arabic; fictional.
const ARABIC_LETTER: &str = "---\ntitle: \"رسالة مشتركة بشأن الأعمال الانتقامية (مثال خيالي)\"\nkind: letter\ndate: 2031-09-12\nlanguage: ar\nsignatories: [Réseau fictif pour les droits humains]\n---\n\n1. نكتب إليكم بشأن الأعمال الانتقامية ضد من يتعاونون مع الأمم المتحدة.[^1]\n\n2. نرجو منكم دعم المتابعة المنتظمة لهذه الحالات.\n\n[^1]: انظر التقرير الأخير للأمين العام.\n";

#[test]
fn the_paragraph_links_and_notes_of_a_text_speak_its_page_language() {
    let site = Site::new();
    site.write("site.yaml", "title: Archives\nbase_url: https://example.org/\nlanguage: fr\n");
    site.write("content/letters/lettre-represailles.md", FRENCH_LETTER);
    site.write("content/letters/risala.md", ARABIC_LETTER);
    site.build(&[]).assert_ok();

    let french = site.page("letters/lettre-represailles.html");
    assert_eq!(french.attrs(".para-link", "aria-label"), ["Lien vers le paragraphe 1", "Lien vers le paragraphe 2"]);
    assert_eq!(french.text("#footnotes-heading"), "Notes");
    assert_eq!(french.attrs(".footnote-back", "aria-label"), ["Retour au texte", "Retour au texte"]);
    let html = std::fs::read_to_string(site.output().join("letters/lettre-represailles.html")).unwrap();
    for english in ["Link to paragraph", "Back to the text"] {
        assert!(!html.contains(english), "{english} on a French page");
    }

    let arabic = site.page("ar/letters/risala.html");
    assert_eq!(arabic.attrs(".para-link", "aria-label"), ["رابط إلى الفقرة 1", "رابط إلى الفقرة 2"]);
    assert_eq!(arabic.text("#footnotes-heading"), "الحواشي");
    assert_eq!(arabic.attrs(".footnote-back", "aria-label"), ["العودة إلى النص"]);

    // An English translation in a French archive speaks English.
    let site = fixture("french-default", &[]);
    assert_eq!(
        site.page("en/letters/lettre-conjointe.html").attrs(".para-link", "aria-label")[0],
        "Link to paragraph 1"
    );
    assert_eq!(
        site.page("letters/lettre-conjointe.html").attrs(".para-link", "aria-label")[0],
        "Lien vers le paragraphe 1"
    );
}

#[test]
fn a_site_rewords_the_text_s_own_words_like_any_other() {
    let site = Site::new();
    site.write("site.yaml", "title: Archives\nbase_url: https://example.org/\nlanguage: fr\n");
    site.write("content/letters/lettre-represailles.md", FRENCH_LETTER);
    site.write(
        "themes/default/i18n/fr.ftl",
        "body-paragraph-link = Paragraphe { $number } : lien permanent\nbody-notes-heading = Notes de bas de page\nbody-note-back = Remonter à l’appel de note\n",
    );
    site.build(&[]).assert_ok();
    let page = site.page("letters/lettre-represailles.html");
    assert_eq!(page.attrs(".para-link", "aria-label")[1], "Paragraphe 2 : lien permanent");
    assert_eq!(page.text("#footnotes-heading"), "Notes de bas de page");
    assert_eq!(page.attrs(".footnote-back", "aria-label")[0], "Remonter à l’appel de note");
}

/// One row of the search index's `docs-<n>.json`: path, title, kind, date.
type SearchRow = (String, String, String, Option<String>);

fn search_rows(site: &Site) -> Vec<SearchRow> {
    let text = std::fs::read_to_string(site.output().join("search/docs-0.json")).unwrap();
    let rows: Vec<(String, String, String, Option<String>)> = serde_json::from_str(&text).unwrap();
    rows
}

fn search_row<'a>(rows: &'a [SearchRow], path: &str) -> (&'a str, Option<&'a str>) {
    let row = rows.iter().find(|row| row.0 == path).unwrap_or_else(|| panic!("no {path} in {rows:?}"));
    (row.2.as_str(), row.3.as_deref())
}

#[test]
fn search_results_name_each_document_kind_and_date_in_its_own_language() {
    let site = fixture("french-default", &[]);
    let rows = search_rows(&site);
    assert_eq!(search_row(&rows, "letters/lettre-conjointe.html"), ("Lettre", Some("26 septembre 2014")));
    assert_eq!(search_row(&rows, "statements/declaration-point-4.html"), ("Déclaration", Some("septembre 2014")));
    assert_eq!(search_row(&rows, "reports/rapport-fictif.html"), ("Rapport", Some("2014")));
    // The English translation's result reads as its page does.
    assert_eq!(search_row(&rows, "en/letters/lettre-conjointe.html"), ("Letter", Some("26 September 2014")));

    // A kind is one filter in every language, which the search page names in its own.
    let filters = std::fs::read_to_string(site.output().join("search/filters.json")).unwrap();
    let filters: serde_json::Value = serde_json::from_str(&filters).unwrap();
    assert_eq!(filters["kind"]["Letter"].as_array().map(Vec::len), Some(2), "{filters}");
    assert!(filters["kind"].get("Lettre").is_none(), "{filters}");
    let search = site.page("search/");
    let messages: serde_json::Value =
        serde_json::from_str(&search.attrs(".search-status", "data-messages")[0]).unwrap();
    assert_eq!(messages["kinds"]["Letter"], "Lettre");
    assert_eq!(messages["kinds"]["Statement"], "Déclaration");

    let site = fixture("multilingual", &[]);
    let rows = search_rows(&site);
    assert_eq!(search_row(&rows, "letters/hrc99-civic-space.html"), ("Letter", Some("2 March 2031")));
    assert_eq!(search_row(&rows, "es/letters/hrc99-civic-space.html"), ("Carta", Some("2 de marzo de 2031")));
    assert_eq!(search_row(&rows, "es/statements/declaracion-conjunta.html"), ("Declaración", Some("marzo de 2031")));
    assert_eq!(search_row(&rows, "ar/news/hrc99-l7-summary.html").0, "خبر");
}

/// A French press release and a vote record that disagree on one vote, and a Spanish
/// statement recording another; fictional.
fn disagreeing_votes() -> Site {
    let site = Site::new();
    site.write("site.yaml", "title: Archives\nbase_url: https://example.org/\nlanguage: fr\n");
    site.write(
        "content/news/communique-l12.md",
        "---\ntitle: \"Le Conseil se prononce sur le projet A/HRC/99/L.12\"\nkind: news\ndate: 2031-10-06\nsession: HRC99\nvotes:\n  - on: A/HRC/99/L.12\n    date: 2031-10-06\n    yes: [Germany, Mexico, ATLANTIS]\n    no: [India]\n    abstain: [Brazil]\n    outcome: rejected\n---\n\nGenève, le 6 octobre 2031. Le Conseil des droits de l’homme s’est prononcé aujourd’hui,\nà l’issue d’un vote enregistré, sur le projet de résolution A/HRC/99/L.12 relatif à la\nprotection de l’espace civique.\n",
    );
    site.write(
        "content/votes/releve-l12.md",
        "---\ntitle: \"Relevé du vote sur le projet A/HRC/99/L.12\"\nkind: vote\ndate: 2031-10-06\nsession: HRC99\nvotes:\n  - on: A/HRC/99/L.12\n    date: 2031-10-06\n    declared: 3-0-1\n    yes: [Germany, Mexico, India, Fiji]\n    abstain: [Brazil, FIJI]\n---\n\nRelevé établi à partir de la feuille de vote distribuée en séance.\n",
    );
    site.write(
        "content/statements/declaracion-l13.md",
        "---\ntitle: \"Declaración conjunta sobre el proyecto A/HRC/99/L.13\"\nkind: statement\ndate: 2031-10-07\nlanguage: es\nsession: HRC99\nsignatories: [Red de Defensoras]\nvotes:\n  - on: A/HRC/99/L.13\n    date: 2031-10-07\n    yes: [Chile, Peru]\n    no: [CHILE]\n---\n\nLas organizaciones firmantes lamentan que el proyecto A/HRC/99/L.13 se haya sometido a votación.\n",
    );
    site
}

#[test]
fn a_vote_s_discrepancies_are_noted_in_the_page_language() {
    let site = disagreeing_votes();
    site.build(&[]).assert_ok();
    // (Page texts read the no-break spaces inside French quotation marks as spaces.)
    let press = "« Le Conseil se prononce sur le projet A/HRC/99/L.12 »";
    let record = "« Relevé du vote sur le projet A/HRC/99/L.12 »";
    let expected = [
        format!(
            "Dans {press} : « ATLANTIS » n’est pas un État connu du registre ; son vote est indiqué tel qu’il est imprimé."
        ),
        format!("Dans {record} : Fidji figure deux fois (sous la forme « Fiji » et « FIJI »)."),
        format!("Les sources divergent sur Inde : contre selon {press}, pour selon {record}."),
        format!("Dans {record} : Le résultat annoncé (3-0-1) diffère des votes enregistrés ici (4-0-2)."),
        format!(
            "{press} indique que le texte a été rejeté, mais 3 voix pour et 0 contre l’adoptent selon la règle du Conseil."
        ),
    ];
    for path in ["news/communique-l12.html", "votes/releve-l12.html"] {
        let page = site.page(path);
        assert_eq!(page.text(".vote-notes strong"), "Incohérences dans le relevé");
        assert_eq!(page.texts(".vote-notes li"), expected, "{path}");
    }
    let html = std::fs::read_to_string(site.output().join("news/communique-l12.html")).unwrap();
    for english in ["is not a state", "listed twice", "The sources disagree", "announced result", "The record says"] {
        assert!(!html.contains(english), "{english} on a French page");
    }

    // The Spanish statement's page notes its own vote in Spanish.
    let spanish = site.page("es/statements/declaracion-l13.html");
    assert_eq!(spanish.texts(".vote-notes li"), ["Chile figura dos veces (como «Chile» y como «CHILE»)."]);
    // The votes index counts them in French.
    assert!(
        site.page("votes/").text(".votes-index .flag").contains("5 incohérences"),
        "{}",
        site.page("votes/").text(".votes-index .flag")
    );
}

#[test]
fn lists_inside_a_page_are_punctuated_as_its_language_punctuates() {
    let site = Site::new();
    site.write("site.yaml", "title: 档案\nbase_url: https://example.org/\nlanguage: zh\n");
    site.write(
        "content/letters/lianming-xin.md",
        "---\ntitle: 关于报复行为的联名信（虚构示例）\nkind: letter\ndate: 2031-09-12\nsession: HRC99\ntags: [公民空间, 报复]\nsignatories: [虚构人权网络]\n---\n\n我们呼吁人权理事会第九十九届会议关注报复行为。\n",
    );
    site.build(&[]).assert_ok();
    let meta = site.page("letters/lianming-xin.html").texts(".meta dd");
    assert!(meta.contains(&"公民空间、报复".to_owned()), "{meta:?}");
}
