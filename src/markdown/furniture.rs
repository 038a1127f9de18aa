//! Page furniture: the lines a document pasted from a UN PDF carries that are not its
//! prose. The cover page prints the issuing body, the symbol, the distribution and the
//! original language, the date alone, the session and the agenda item, each on a line
//! of its own; every page's footer prints a job number ("GE.21-12345(E)") and a page
//! number. The page shows them as the editor pasted them, but search neither counts
//! their words nor quotes them in an excerpt.
//!
//! The rule: a paragraph is furniture when every line of it is one of those lines. A
//! paragraph of prose that merely mentions a date, a symbol or the Council is not.

use std::borrow::Cow;
use std::ops::Range;

use pulldown_cmark::{Event, Tag, TagEnd};

use crate::model::Symbol;

/// The indices in `events` of the `Start(Paragraph)` of each furniture paragraph, in order.
pub fn paragraphs(events: &[(Event<'_>, Range<usize>)]) -> Vec<usize> {
    let mut found = Vec::new();
    // The paragraph being read: where it starts, the line being read, and whether every
    // line so far is furniture. Once a line is not, the paragraph is prose whatever
    // follows, and the rest of it is neither copied nor read.
    let mut open: Option<(usize, String, bool)> = None;
    for (index, (event, _)) in events.iter().enumerate() {
        match event {
            Event::Start(Tag::Paragraph) => open = Some((index, String::new(), true)),
            Event::Text(text) | Event::Code(text) => {
                if let Some((_, line, true)) = open.as_mut() {
                    line.push_str(text);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, line, all @ true)) = open.as_mut() {
                    *all = line.trim().is_empty() || is_furniture_line(line);
                    line.clear();
                }
            }
            Event::End(TagEnd::Paragraph) => {
                if let Some((start, line, all)) = open.take()
                    && all
                    && is_furniture_line(&line)
                {
                    found.push(start);
                }
            }
            // Anything else inside a paragraph (emphasis, a link, a note's number) leaves
            // its text to be read as the line's.
            _ => {}
        }
    }
    found
}

/// Whether `line` is one a UN document prints around its text rather than in it.
pub fn is_furniture_line(line: &str) -> bool {
    // PDFs paste non-breaking spaces and curly apostrophes; the lists below are plain.
    // Most lines are plain ASCII already, and are read as they are, with no copy.
    let line: Cow<'_, str> = if !line.is_ascii() && line.contains(['\u{a0}', '\u{202f}', '’']) {
        Cow::Owned(line.replace(['\u{a0}', '\u{202f}'], " ").replace('’', "'"))
    } else {
        Cow::Borrowed(line)
    };
    let line = line.trim().trim_end_matches(['*', ' ']);
    !line.is_empty()
        && (is_symbol(line)
            || is_distribution(line)
            || is_language_line(line)
            || is_date(line)
            || is_job_number(line)
            || is_page_number(line)
            || is_barcode(line)
            || ORGANS.contains(&line)
            || is_session(line)
            || is_agenda_item(line))
}

/// `A/HRC/31/22`, alone.
fn is_symbol(line: &str) -> bool {
    // A prose line has its first space early, and may have no slash at all.
    !line.contains(' ') && line.contains('/') && Symbol::parse(line).is_ok()
}

/// `Distr.: General`, `Distr. limitée`, `Distr.: Restricted`.
fn is_distribution(line: &str) -> bool {
    line.strip_prefix("Distr.").is_some_and(|rest| rest.trim_start_matches([':', ' ']).split_whitespace().count() == 1)
}

/// The six official languages, as the English cover page names them.
const LANGUAGES: [&str; 6] = ["Arabic", "Chinese", "English", "French", "Russian", "Spanish"];

/// `Original: English`, `Original : anglais`, `Original: español`; `English only`,
/// `Arabic, English and French only`.
fn is_language_line(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix("Original") {
        let rest = rest.trim_start();
        return rest.strip_prefix(':').is_some_and(|names| (1..=4).contains(&names.split_whitespace().count()));
    }
    line.strip_suffix(" only").is_some_and(|names| {
        names.split([',', ' ']).filter(|word| !word.is_empty()).all(|word| word == "and" || LANGUAGES.contains(&word))
    })
}

/// Month names as UN documents print them in English, French, Spanish and Russian
/// (in the genitive, as a Russian date writes them), lower case.
const MONTHS: [&str; 48] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// A date or a span of dates alone: `29 January 2016`, `26 February–1 April 2016`,
/// `29 janvier 2016`, `29 de enero de 2016`, `29 января 2016 года`, `2016年1月29日`.
fn is_date(line: &str) -> bool {
    if is_chinese_date(line) {
        return true;
    }
    let (mut years, mut months, mut days) = (0, 0, 0);
    for token in line.split(|c: char| c.is_whitespace() || matches!(c, '–' | '-' | ',')).filter(|t| !t.is_empty()) {
        let lower = token.to_lowercase();
        if token.len() == 4 && token.bytes().all(|b| b.is_ascii_digit()) {
            years += 1;
        } else if MONTHS.contains(&lower.as_str()) {
            months += 1;
        } else if token.parse::<u8>().is_ok_and(|day| (1..=31).contains(&day)) {
            days += 1;
        } else if !matches!(lower.as_str(), "de" | "del" | "года" | "г.") {
            return false;
        }
    }
    (1..=2).contains(&years) && (1..=2).contains(&months) && days <= 2
}

/// `2016年1月29日`, `2016年1月`.
fn is_chinese_date(line: &str) -> bool {
    let mut rest = line;
    for (mark, required) in [('年', true), ('月', true), ('日', false)] {
        // Digits, then the mark: read from the start, as a line of prose has no digits there.
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        match rest[digits..].strip_prefix(mark) {
            Some(after) if digits > 0 => rest = after,
            _ if !required => break,
            _ => return false,
        }
    }
    rest.is_empty()
}

/// A page footer's job number: `GE.21-12345(E)`, `GE.16-01234  (E)    040316    070316`,
/// `16-01234 (E)`, with the barcode's `*1601234*` or "Please recycle" after it.
fn is_job_number(line: &str) -> bool {
    let mut tokens = line.split_whitespace();
    let first = tokens.next().unwrap_or_default();
    let number = first.strip_prefix("GE.").unwrap_or(first);
    let number = number.find('(').map_or(number, |at| &number[..at]);
    let job = number.split_once('-').is_some_and(|(year, serial)| {
        year.len() == 2
            && (4..=5).contains(&serial.len())
            && year.bytes().chain(serial.bytes()).all(|b| b.is_ascii_digit())
    });
    job && tokens.all(|token| {
        let code = token.strip_prefix('(').and_then(|t| t.strip_suffix(')'));
        code.is_some_and(|code| (1..=2).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_uppercase()))
            || token.trim_matches('*').bytes().all(|b| b.is_ascii_digit())
            || matches!(token, "Please" | "recycle")
    })
}

/// A page number: `3`, `3/21`, `- 3 -`, `Page 3`, `Page 3 of 21`, `Página 3 de 21`, `Стр. 3`.
fn is_page_number(line: &str) -> bool {
    let number = |text: &str| !text.is_empty() && text.len() <= 4 && text.bytes().all(|b| b.is_ascii_digit());
    let line = line.trim_matches(['-', '–', ' ']);
    let rest = ["Page ", "page ", "Página ", "Pagina ", "Стр. ", "стр. "]
        .iter()
        .find_map(|word| line.strip_prefix(word))
        .unwrap_or(line);
    match rest.split_once(['/', ' ']) {
        None => number(rest),
        Some((page, of)) => {
            let of = of.trim();
            number(page)
                && number(["of ", "de ", "sur ", "из "].iter().find_map(|word| of.strip_prefix(word)).unwrap_or(of))
        }
    }
}

/// The barcode printed under a job number, `*2112345*`.
fn is_barcode(line: &str) -> bool {
    let digits = line.trim_matches('*');
    line.starts_with('*') && digits.len() >= 7 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// The issuing bodies a cover page names on a line of their own.
const ORGANS: [&str; 22] = [
    "United Nations",
    "General Assembly",
    "Security Council",
    "Economic and Social Council",
    "Human Rights Council",
    "Commission on Human Rights",
    "Nations Unies",
    "Assemblée générale",
    "Conseil de sécurité",
    "Conseil économique et social",
    "Conseil des droits de l'homme",
    "Naciones Unidas",
    "Asamblea General",
    "Consejo de Seguridad",
    "Consejo Económico y Social",
    "Consejo de Derechos Humanos",
    "Организация Объединенных Наций",
    "Генеральная Ассамблея",
    "Совет Безопасности",
    "Совет по правам человека",
    "联合国",
    "人权理事会",
];

/// English ordinals as sessions are numbered in words ("Thirty-first session").
const ORDINALS: [&str; 28] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

const SESSION: &str = " session";

/// `Thirty-first session`, `48th session`, `Twenty-eighth special session`,
/// `Resumed organizational session`.
fn is_session(line: &str) -> bool {
    // Only ASCII letters lower to " session" (a test holds it), so the line's last bytes
    // say whether its lower case could end so, with no copy.
    let tail = line.len().checked_sub(SESSION.len()).map(|at| &line.as_bytes()[at..]);
    if !tail.is_some_and(|tail| tail.eq_ignore_ascii_case(SESSION.as_bytes())) {
        return false;
    }
    let lower = line.to_lowercase();
    let Some(rest) = lower.strip_suffix(SESSION) else { return false };
    let words: Vec<&str> =
        rest.split_whitespace().filter(|word| !matches!(*word, "special" | "organizational" | "resumed")).collect();
    match words.as_slice() {
        [] => !rest.trim().is_empty(),
        [ordinal] => is_ordinal(ordinal),
        _ => false,
    }
}

fn is_ordinal(word: &str) -> bool {
    let numbered = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
    numbered
        || ORDINALS.contains(&word)
        || word.split_once('-').is_some_and(|(tens, unit)| TENS.contains(&tens) && ORDINALS[..9].contains(&unit))
}

/// `Agenda item 3`, `Agenda items 2 and 3`, `Agenda item 4 (b)`, `Point 3 de l'ordre du
/// jour`, `Temas 2 y 3 de la agenda`.
fn is_agenda_item(line: &str) -> bool {
    let items = |text: &str| {
        !text.trim().is_empty()
            && text.split([' ', ',']).filter(|t| !t.is_empty()).all(|token| {
                matches!(token, "and" | "et" | "y")
                    || token.bytes().all(|b| b.is_ascii_digit())
                    || token.strip_prefix('(').and_then(|t| t.strip_suffix(')')).is_some_and(|t| t.len() == 1)
            })
    };
    if let Some(rest) = line.strip_prefix("Agenda items ").or_else(|| line.strip_prefix("Agenda item ")) {
        return items(rest);
    }
    let french = line.strip_suffix(" de l'ordre du jour");
    let spanish = line.strip_suffix(" de la agenda").or_else(|| line.strip_suffix(" del programa"));
    french.or(spanish).is_some_and(|head| {
        ["Points ", "Point ", "Temas ", "Tema "].iter().find_map(|word| head.strip_prefix(word)).is_some_and(items)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cover page and a page footer of a Council report, as a PDF pastes them.
    const COVER: &str = "United Nations\n\nA/HRC/31/22\n\nGeneral Assembly\n\nDistr.: General  \n29 January 2016\n\n\
        Original: English\n\nHuman Rights Council\n\nThirty-first session\n\nAgenda items 2 and 3\n\n\
        **Annual report of the United Nations High Commissioner for Human Rights**\n\n\
        Report of the Office of the United Nations High Commissioner for Human Rights\n\n\
        1. In its resolution 28/2, the Human Rights Council requested the High Commissioner to prepare a report.\n\n\
        GE.16-01234(E)\n\n2\n\nPage 3 of 21\n\n\
        2. The present report was submitted on 29 January 2016 to the Human Rights Council.\n";

    /// The text of each furniture paragraph of `body`.
    fn furniture(body: &str) -> Vec<String> {
        let events: Vec<_> =
            pulldown_cmark::Parser::new_ext(body, super::super::options()).into_offset_iter().collect();
        paragraphs(&events)
            .into_iter()
            .map(|start| {
                let end = events[start..].iter().position(|(e, _)| matches!(e, Event::End(TagEnd::Paragraph)));
                events[start..start + end.unwrap_or_default()]
                    .iter()
                    .filter_map(|(e, _)| match e {
                        Event::Text(t) => Some(t.to_string()),
                        Event::SoftBreak | Event::HardBreak => Some(" / ".to_owned()),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_pasted_cover_page_and_footer_are_furniture_and_the_report_is_not() {
        assert_eq!(
            furniture(COVER),
            [
                "United Nations",
                "A/HRC/31/22",
                "General Assembly",
                "Distr.: General / 29 January 2016",
                "Original: English",
                "Human Rights Council",
                "Thirty-first session",
                "Agenda items 2 and 3",
                "GE.16-01234(E)",
                "2",
                "Page 3 of 21",
            ]
        );
    }

    #[test]
    fn cover_lines_in_the_languages_of_the_council() {
        for line in [
            "Distr. générale",
            "Distr.: Limited",
            "Original : anglais",
            "Original: español",
            "English only",
            "Arabic, English and French only",
            "29 janvier 2016",
            "29 de enero de 2016",
            "29 января 2016 года",
            "2016年1月29日",
            "2016年1月",
            "26 February–1 April 2016",
            "13 September–8 October 2021",
            "GE.21-12345  (E)    041021    051021",
            "*2112345*",
            "16-01234 (E)",
            "- 3 -",
            "3/21",
            "Página 3",
            "Conseil des droits de l’homme",
            "Consejo de Derechos Humanos",
            "Совет по правам человека",
            "48th session",
            "Forty-eighth session",
            "Resumed organizational session",
            "Agenda item 4 (b)",
            "Point 3 de l’ordre du jour",
            "Temas 2 y 3 de la agenda",
            "A/HRC/48/L.4/Rev.1",
        ] {
            assert!(is_furniture_line(line), "{line}");
        }
    }

    #[test]
    fn prose_that_mentions_a_date_a_symbol_or_the_council_is_not_furniture() {
        for line in [
            "The Council adopted resolution 28/2 on 26 March 2015.",
            "Human Rights Council resolution 28/2",
            "See A/HRC/19/74, para. 26.",
            "29 January 2016 marked the deadline for contributions.",
            "Page 3 of the report sets out the mandate.",
            "Original contributions were received from three States.",
            "2016年人权理事会第三十一届会议",
            "年1月29日",
            "Item 10: General Debate",
            "In the forty-eighth session, States voted.",
            "Thirty-first session of the Human Rights Council",
            "Agenda item 4 remains essential to the Council’s mandate.",
            "English and French versions differ only in paragraph 3.",
            "2016 and 2017",
        ] {
            assert!(!is_furniture_line(line), "{line}");
        }
        // A cover line in a paragraph of prose keeps the paragraph prose.
        assert_eq!(
            furniture("Human Rights Council\nThe Council adopted the text without a vote.\n"),
            Vec::<String>::new()
        );
        // However many cover lines follow the prose.
        assert_eq!(
            furniture("Human Rights Council\nThe Council adopted the text.\nGeneral Assembly\nA/HRC/31/22\n"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn long_lines_and_lines_in_capitals_are_read_whole() {
        let agenda = format!("Agenda items {}", (1..=60).map(|n| n.to_string()).collect::<Vec<_>>().join(", "));
        let footer = format!("GE.21-12345  (E){}", "    041021".repeat(20));
        let date = format!("29{} janvier 2016", " de".repeat(40));
        for line in [
            agenda.as_str(),
            footer.as_str(),
            date.as_str(),
            "THIRTY-FIRST SESSION",
            "Forty-eighth Session",
            "Thirty-first\u{a0}session",
            "Resumed special organizational session",
        ] {
            assert!(is_furniture_line(line), "{line}");
        }
        assert_eq!(furniture(&format!("{agenda}\n{footer}\n")), [format!("{agenda} / {footer}")]);
        for line in ["Session", "session", "In session", "Thirty-first sessions", "Forty-eighth séssion"] {
            assert!(!is_furniture_line(line), "{line}");
        }
    }

    #[test]
    fn only_ascii_letters_lower_to_the_letters_of_session() {
        // What lets `is_session` read a line's last bytes before lowering it: no other
        // character lowers to letters of "session" alone, nor to anything with a space,
        // so none lowers to any part of " session" (İ lowers to an i with a dot above).
        let part = |c: char| c.to_lowercase().all(|l| SESSION.contains(l)) || c.to_lowercase().any(|l| l == ' ');
        assert!(('\0'..=char::MAX).filter(|c| !c.is_ascii()).all(|c| !part(c)));
    }
}
