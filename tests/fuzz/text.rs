//! Running text as the archive's sources print it: Council preambles, joint letters of
//! NGOs, press releases, with the citations they carry and the defects of a pasted PDF.

use proptest::prelude::*;

/// Openings of a resolution's preambular and operative paragraphs.
const PREAMBLE: &[&str] = &[
    "Recalling its resolution 37/23 of 23 March 2018 and all previous resolutions on the subject,",
    "Reaffirming the purposes and principles of the Charter of the United Nations,",
    "Taking note with appreciation of the report of the Advisory Committee (A/HRC/43/31),",
    "Deeply concerned at the continuing reports of reprisals against those who cooperate with the Council,",
    "Bearing in mind General Assembly resolution 60/251 of 15 March 2006,",
    "Welcomes the contribution of civil society to the universal periodic review;",
    "Requests the Office of the High Commissioner to submit a report at its forty-ninth session;",
    "Decides to remain seized of the matter.",
    "Stressing that dialogue, on an equal footing, is the basis of cooperation,",
];

/// Sentences of a joint letter to member and observer States.
const LETTER: &[&str] = &[
    "We, the undersigned organisations, urge your delegation to vote against draft resolution A/HRC/43/L.13/Rev.1.",
    "The draft text would weaken the accountability of States for violations documented by the special procedures.",
    "As the Advisory Committee noted in its report, paras. 35-37, cooperation cannot replace scrutiny.",
    "We call on States to reject the amendments tabled at the last minute, see resolution 5/1, para. 12.",
    "Civil society must be able to engage with the Council without fear of intimidation or reprisal.",
    "Signed: Amnesty International; Human Rights Watch; International Service for Human Rights (ISHR); FIDH.",
    "Excellencies, we write ahead of the 43rd session of the Human Rights Council (HRC43).",
];

/// Sentences in the manner of a press release from Geneva.
const PRESS: &[&str] = &[
    "GENEVA (22 June 2020) – UN experts today welcomed the adoption of resolution A/HRC/RES/43/1.",
    "The High Commissioner said that the findings, set out in paragraph 104 of the report, were deeply troubling.",
    "The resolution was adopted by a recorded vote of 23 in favour to 16 against, with 8 abstentions.",
    "ENDS",
    "For more information and media requests, please contact the press office.",
    "The experts recalled that HRC resolution 24/24 and GA resolution 72/247 protect those who speak out.",
    "Under UNGA resolution 60/251, the Council is responsible for promoting universal respect for human rights.",
];

/// Names and marks that exercise slugs, escaping and scripts.
const ODD: &[&str] = &[
    "Côte d’Ivoire",
    "Türkiye",
    "İstanbul",
    "ΣΟΦΟΣ σοφός",
    "Przewodniczący Rady",
    "مجلس حقوق الإنسان",
    "中华人民共和国",
    "🕊️ peace",
    "\u{202E}evil\u{202C}",
    "<script>alert(1)</script>",
    "{{ title }} {% if x %}",
    "&amp; &lt; &#0;",
    "../../etc/passwd",
    "\u{0}",
    "\u{7}\u{1b}[31m",
    "\u{feff}",
    "\u{e000}plenary-vote-0\u{e000}",
    "\u{200b}",
    "e\u{301}",
];

/// A citation as advocacy texts print one, well formed or nearly so.
pub fn citation() -> BoxedStrategy<String> {
    prop_oneof![
        (1u16..60, 1u16..60, proptest::option::of(1u8..4)).prop_map(|(s, n, rev)| match rev {
            Some(rev) => format!("A/HRC/{s}/L.{n}/Rev.{rev}"),
            None => format!("A/HRC/{s}/L.{n}"),
        }),
        (1u16..60, 1u16..200).prop_map(|(s, n)| format!("A/HRC/RES/{s}/{n}")),
        (1u16..60, 1u16..200).prop_map(|(s, n)| format!("A/HRC/{s}/{n}")),
        (50u16..80, 1u16..300).prop_map(|(s, n)| format!("A/RES/{s}/{n}")),
        (1u16..60, 1u16..99, prop::sample::select(vec!["", "HRC ", "GA ", "UNGA ", "the General Assembly in its "]))
            .prop_map(|(s, n, by)| format!("{by}resolution {s}/{n}")),
        (1u32..300).prop_map(|n| format!("para. {n}")),
        (1u32..300, 1u32..300).prop_map(|(a, b)| format!("paras. {a}-{b}")),
        (1u32..300, 1u32..300).prop_map(|(a, b)| format!("paragraphs {a} and {b}")),
        Just("A/HRC/43/31, para. 104".to_owned()),
        Just("A/".to_owned()),
        Just("A/HRC/".to_owned()),
        Just("A/HRC/43/L-31".to_owned()),
        Just("resolution 5/10/2021".to_owned()),
        Just("para. 99999999999999999999".to_owned()),
        Just("paras. 3-".to_owned()),
    ]
    .boxed()
}

/// One sentence or fragment of prose, sometimes with a citation or an odd word in it.
pub fn sentence() -> BoxedStrategy<String> {
    let stock = prop_oneof![prop::sample::select(PREAMBLE), prop::sample::select(LETTER), prop::sample::select(PRESS),]
        .prop_map(str::to_owned);
    prop_oneof![
        6 => stock.clone(),
        2 => (stock.clone(), citation()).prop_map(|(s, c)| format!("{s} See {c}.")),
        1 => (stock, prop::sample::select(ODD)).prop_map(|(s, odd)| format!("{s} {odd}")),
        1 => citation(),
        1 => "[ -~]{0,20}",
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
    .boxed()
}

/// A paragraph of sentences, with the defects of text pasted from a PDF: lines wrapped
/// mid-sentence, a page number left between them, footnote markers glued to words (left
/// out when `clean`: a marker with no note is an error).
pub fn paragraph(clean: bool) -> impl Strategy<Value = String> {
    (prop::collection::vec(sentence(), 1..5), 0u8..if clean { 3 } else { 5 }, 1u16..400).prop_map(
        |(sentences, defect, page)| {
            let text = sentences.join(" ");
            match defect {
                0 => wrap(&text, 60),
                1 => format!("{}\n{page}\n{}", wrap(&text, 72), sentences[0]),
                // "States1" with the note's number glued to the word before it.
                2 => text.replacen(". ", &format!(".{} ", page % 30), 2),
                3 => text.replacen(' ', &format!("[^{}] ", page % 7), 1),
                _ => text,
            }
        },
    )
}

/// `text` broken into lines at most about `width` bytes long, at spaces.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut line = 0;
    for word in text.split(' ') {
        if line > 0 && line + word.len() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
        }
        out.push_str(word);
        line += word.len() + 1;
    }
    out
}

/// The pieces a megabyte paragraph is made of by repetition: what a pasted document with
/// no paragraph breaks repeats, and the patterns that cost a scanner most.
pub fn repeated_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("xA/".to_owned()),
        Just("resolution 5/1, ".to_owned()),
        Just("para. 1 ".to_owned()),
        Just("A/HRC/1/L.1 ".to_owned()),
        Just("[^1]".to_owned()),
        Just("*_".to_owned()),
        Just("[a](".to_owned()),
        Just("<".to_owned()),
        sentence(),
        citation().prop_map(|c| format!("{c} ")),
    ]
}
