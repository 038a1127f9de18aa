//! United Nations document symbols, typed by the body that issued them and the kind of
//! text they name, read once when the symbol is parsed.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};

use super::SessionId;

/// The UN body whose series a symbol belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnBody {
    HumanRightsCouncil,
    GeneralAssembly,
    SecurityCouncil,
    Ecosoc,
    CommissionOnHumanRights,
    Other,
}

/// What kind of text a symbol names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SymbolKind {
    Resolution,
    Decision,
    PresidentStatement,
    /// A draft (`L.` document), or a revision of one.
    Draft,
    /// A report, note or any other document.
    Document,
}

/// Where in its body's series a symbol falls: a Council session (regular or special),
/// an Assembly session, or a year for the bodies that numbered by year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SymbolSession {
    Regular(u16),
    Special(u16),
    Year(u16),
}

/// A UN document symbol such as `A/HRC/43/L.31` or `A/RES/60/251`. Pages are keyed by
/// its canonical form (a paste's stray space after a slash taken out); the form the
/// source printed is kept beside it.
#[derive(Debug, Clone)]
pub struct Symbol {
    canonical: String,
    /// Only where it differs from `canonical`: most symbols are printed as they are
    /// written canonically, and a large archive holds hundreds of thousands of them.
    printed: Option<Box<str>>,
    body: UnBody,
    kind: SymbolKind,
    session: Option<SymbolSession>,
    /// Orders as the canonical form's segments, numbers as numbers: see [`order_key`].
    key: Box<[u8]>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("`{0}` is not a UN document symbol (expected a form such as A/HRC/43/L.31)")]
pub struct SymbolError(String);

impl Symbol {
    pub fn parse(text: &str) -> Result<Self, SymbolError> {
        let printed = text.trim();
        let error = || SymbolError(printed.to_owned());
        let canonical = canonical_form(printed).ok_or_else(error)?;
        let (body, kind, session) = classify(&canonical);
        let key = order_key(&canonical);
        let printed = (printed != canonical).then(|| printed.into());
        Ok(Self { printed, canonical, body, kind, session, key })
    }

    /// The resolution `number` of `body`'s `series` (a session, or a year) as its
    /// adopted text is numbered: "resolution 60/251" of the General Assembly is
    /// `A/RES/60/251`, the Security Council's resolution 2250 of 2015 `S/RES/2250 (2015)`.
    pub fn resolution(body: UnBody, series: &str, number: &str) -> Option<Self> {
        let text = match body {
            UnBody::HumanRightsCouncil => format!("A/HRC/RES/{series}/{number}"),
            UnBody::GeneralAssembly => format!("A/RES/{series}/{number}"),
            UnBody::SecurityCouncil => format!("S/RES/{number} ({series})"),
            UnBody::Ecosoc => format!("E/RES/{series}/{number}"),
            UnBody::CommissionOnHumanRights => format!("E/CN.4/RES/{series}/{number}"),
            UnBody::Other => return None,
        };
        Self::parse(&text).ok()
    }

    /// A Council decision, `A/HRC/DEC/2/102`.
    pub fn decision(body: UnBody, series: &str, number: &str) -> Option<Self> {
        let text = match body {
            UnBody::HumanRightsCouncil => format!("A/HRC/DEC/{series}/{number}"),
            UnBody::GeneralAssembly => format!("A/DEC/{series}/{number}"),
            UnBody::Ecosoc => format!("E/DEC/{series}/{number}"),
            UnBody::CommissionOnHumanRights => format!("E/CN.4/DEC/{series}/{number}"),
            UnBody::SecurityCouncil | UnBody::Other => return None,
        };
        Self::parse(&text).ok()
    }

    /// A President's statement: the Council's `A/HRC/PRST/8/1` (or `A/HRC/PRST/OS/13/1` of
    /// an organizational session), the Security Council's `S/PRST/2015/5`, numbered by year.
    pub fn president_statement(body: UnBody, series: &str, number: &str) -> Option<Self> {
        let text = match body {
            UnBody::HumanRightsCouncil => format!("A/HRC/PRST/{series}/{number}"),
            UnBody::SecurityCouncil if series.len() == 4 => format!("S/PRST/{series}/{number}"),
            _ => return None,
        };
        Self::parse(&text).ok()
    }

    /// The canonical symbol, what its page is keyed by.
    pub fn as_str(&self) -> &str {
        &self.canonical
    }

    /// The symbol as its source printed it.
    pub fn printed(&self) -> &str {
        self.printed.as_deref().unwrap_or(&self.canonical)
    }

    pub fn body(&self) -> UnBody {
        self.body
    }

    pub fn kind(&self) -> SymbolKind {
        self.kind
    }

    pub fn session(&self) -> Option<SymbolSession> {
        self.session
    }

    /// The URL segment of its page under `/symbols/`: `A/HRC/43/L.31` is `a-hrc-43-l-31`.
    pub fn slug(&self) -> String {
        let text = &self.canonical;
        // Symbols are ASCII as printed; slugify's transliteration is only for the rest,
        // and costs a plan of every symbol page more than the rest of it.
        if !text.is_ascii() {
            return slug::slugify(text);
        }
        let mut slug = String::with_capacity(text.len());
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        if slug.ends_with('-') {
            slug.pop();
        }
        slug
    }

    /// The official text at the UN's document system, which prints a Security Council
    /// year without the space.
    /// The official text in `lang`, one of the six languages the UN publishes it in.
    pub fn official_url(&self, lang: super::Lang) -> String {
        format!("https://docs.un.org/{}/{}", lang.code(), self.canonical.replace(' ', ""))
    }

    /// The regular Council session a Human Rights Council symbol belongs to: `A/HRC/43/…`
    /// and `A/HRC/RES/43/…` are HRC43.
    pub fn hrc_session(&self) -> Option<SessionId> {
        match (self.body, self.session) {
            (UnBody::HumanRightsCouncil, Some(SymbolSession::Regular(n))) => Some(SessionId::Regular(n)),
            _ => None,
        }
    }

    /// The draft a revision revises: `A/HRC/43/L.7/Rev.1` is a revision of `A/HRC/43/L.7`.
    pub fn revised_draft(&self) -> Option<Symbol> {
        if self.kind != SymbolKind::Draft {
            return None;
        }
        let (base, last) = self.canonical.rsplit_once('/')?;
        last.strip_prefix("Rev.")?;
        Self::parse(base).ok()
    }
}

/// What separates the segments of a canonical symbol.
const SEPARATORS: [char; 4] = ['/', ' ', '.', '-'];

/// A key that orders as the canonical form's segments do, numbers as numbers (RES/5/1
/// before RES/37/23), made once as the symbol is parsed: the citation and route maps
/// compare symbols in every lookup, hundreds of thousands of times a build, and cutting
/// and parsing the segments each time was a tenth of a build's instructions.
fn order_key(canonical: &str) -> Box<[u8]> {
    let mut key = Vec::with_capacity(canonical.len() + 8);
    for part in canonical.split(SEPARATORS) {
        match part.parse::<u64>() {
            // A number before any text, a narrower one before a wider: its first byte is
            // its width in bytes, plus one (1 to 9), then its bytes, most significant first.
            Ok(number) => {
                let bytes = number.to_be_bytes();
                let bytes = &bytes[bytes.iter().take_while(|&&byte| byte == 0).count()..];
                key.push(u8::try_from(bytes.len()).unwrap_or(8) + 1);
                key.extend_from_slice(bytes);
            }
            // Text ends with a byte below any a symbol prints, so "L" comes before "L3".
            Err(_) => {
                key.push(TEXT);
                key.extend_from_slice(part.as_bytes());
                key.push(0);
            }
        }
    }
    key.into_boxed_slice()
}

/// The first byte of a text segment's part of an [`order_key`], above any number's.
const TEXT: u8 = 10;

impl PartialEq for Symbol {
    fn eq(&self, other: &Self) -> bool {
        self.canonical == other.canonical
    }
}

impl Eq for Symbol {}

impl Hash for Symbol {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.canonical.hash(state);
    }
}

impl PartialOrd for Symbol {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// By body, then by series and number as numbers (RES/5/1 before RES/37/23).
impl Ord for Symbol {
    fn cmp(&self, other: &Self) -> Ordering {
        self.body
            .cmp(&other.body)
            .then_with(|| self.key.cmp(&other.key))
            .then_with(|| self.canonical.cmp(&other.canonical))
    }
}

impl fmt::Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical)
    }
}

/// The canonical form of a printed symbol, if it is one: slash-separated segments
/// after a body's capitals, with the space or line break a paste leaves next to a slash
/// taken out, and a Security Council year as `S/RES/2250 (2015)`.
fn canonical_form(printed: &str) -> Option<String> {
    let mut joined = String::with_capacity(printed.len());
    let mut gap = String::new();
    for c in printed.chars() {
        if c.is_whitespace() {
            gap.push(c);
            continue;
        }
        if c != '/' && !joined.ends_with('/') {
            joined.push_str(&gap);
        }
        gap.clear();
        joined.push(c);
    }
    let (base, year) = match joined.strip_suffix(')').and_then(|rest| rest.rsplit_once('(')) {
        Some((base, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            (base.trim_end(), Some(year))
        }
        _ => (joined.as_str(), None),
    };
    let mut parts = base.split('/');
    let body = parts.next().unwrap_or_default();
    let body_ok = !body.is_empty() && body.bytes().all(|b| b.is_ascii_uppercase());
    let rest: Vec<&str> = parts.collect();
    let rest_ok = !rest.is_empty()
        && rest
            .iter()
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-'));
    if !(body_ok && rest_ok) || (year.is_some() && body != "S") {
        return None;
    }
    Some(match year {
        Some(year) => format!("{base} ({year})"),
        None => base.to_owned(),
    })
}

/// The body, kind and series of a canonical symbol.
fn classify(canonical: &str) -> (UnBody, SymbolKind, Option<SymbolSession>) {
    let base = canonical.split(' ').next().unwrap_or_default();
    let parts: Vec<&str> = base.split('/').collect();
    let (body, series_at) = match parts.as_slice() {
        ["A", "HRC", ..] => (UnBody::HumanRightsCouncil, 2),
        ["E", "CN.4", ..] => (UnBody::CommissionOnHumanRights, 2),
        ["A", ..] => (UnBody::GeneralAssembly, 1),
        ["S", ..] => (UnBody::SecurityCouncil, 1),
        ["E", ..] => (UnBody::Ecosoc, 1),
        _ => (UnBody::Other, 1),
    };
    let rest = &parts[series_at.min(parts.len())..];
    let (kind, rest) = match rest.first() {
        Some(&"RES") => (SymbolKind::Resolution, &rest[1..]),
        Some(&"DEC") => (SymbolKind::Decision, &rest[1..]),
        Some(&"PRST") => (SymbolKind::PresidentStatement, &rest[1..]),
        _ if rest.iter().any(|part| part.starts_with("L.")) => (SymbolKind::Draft, rest),
        _ => (SymbolKind::Document, rest),
    };
    let series = rest.first().and_then(|first| {
        if let Some(special) = first.strip_prefix("S-") {
            return special.parse().ok().map(SymbolSession::Special);
        }
        let number: u16 = first.parse().ok()?;
        Some(if number >= 1945 { SymbolSession::Year(number) } else { SymbolSession::Regular(number) })
    });
    // A Security Council resolution is numbered on its own; its series is the year printed after it.
    let series = match (body, kind) {
        (UnBody::SecurityCouncil, SymbolKind::Resolution) => canonical
            .rsplit_once('(')
            .and_then(|(_, year)| year.trim_end_matches(')').parse().ok())
            .map(SymbolSession::Year),
        _ => series,
    };
    (body, kind, series)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn symbol(text: &str) -> Symbol {
        Symbol::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn accepts_symbols_as_printed() {
        for ok in ["A/HRC/43/L.31", "A/HRC/43/L.13/Rev.1", "A/HRC/RES/37/23", "A/RES/60/251", "A/HRC/43/31/Add.1"] {
            assert_eq!(Symbol::parse(ok).map(|s| s.to_string()), Ok(ok.to_owned()));
        }
    }

    #[test]
    fn knows_its_session_and_page() {
        let res = symbol("A/HRC/RES/37/23");
        assert_eq!(res.hrc_session(), Some(SessionId::Regular(37)));
        assert_eq!(res.slug(), "a-hrc-res-37-23");
        for printed in ["A/HRC/43/L.13/Rev.1", "A/HRC/43/31/Add.1", "E/CN.4/2005/L.10/Add.11", "A/C.3/78/L.41"] {
            assert_eq!(symbol(printed).slug(), slug::slugify(printed), "{printed}");
        }
        assert_eq!(symbol("A/HRC/43/L.13/Rev.1").hrc_session(), Some(SessionId::Regular(43)));
        assert_eq!(symbol("A/RES/60/251").hrc_session(), None);
        assert_eq!(symbol("A/HRC/RES/S-16/1").hrc_session(), None);
    }

    #[test]
    fn is_typed_by_body_and_kind() {
        use SymbolKind::*;
        use UnBody::*;
        for (text, body, kind, session) in [
            ("A/HRC/RES/37/23", HumanRightsCouncil, Resolution, Some(SymbolSession::Regular(37))),
            ("A/HRC/DEC/2/102", HumanRightsCouncil, Decision, Some(SymbolSession::Regular(2))),
            ("A/HRC/PRST/43/1", HumanRightsCouncil, PresidentStatement, Some(SymbolSession::Regular(43))),
            ("A/HRC/43/L.13/Rev.1", HumanRightsCouncil, Draft, Some(SymbolSession::Regular(43))),
            ("A/HRC/43/31", HumanRightsCouncil, Document, Some(SymbolSession::Regular(43))),
            ("A/HRC/RES/S-16/1", HumanRightsCouncil, Resolution, Some(SymbolSession::Special(16))),
            ("A/RES/60/251", GeneralAssembly, Resolution, Some(SymbolSession::Regular(60))),
            ("A/C.3/71/L.46", GeneralAssembly, Draft, None),
            ("A/72/247", GeneralAssembly, Document, Some(SymbolSession::Regular(72))),
            ("S/RES/2250 (2015)", SecurityCouncil, Resolution, Some(SymbolSession::Year(2015))),
            ("S/PRST/2015/5", SecurityCouncil, PresidentStatement, Some(SymbolSession::Year(2015))),
            ("A/HRC/PRST/OS/13/1", HumanRightsCouncil, PresidentStatement, None),
            ("E/RES/1996/31", Ecosoc, Resolution, Some(SymbolSession::Year(1996))),
            ("E/CN.4/RES/2005/69", CommissionOnHumanRights, Resolution, Some(SymbolSession::Year(2005))),
            ("E/CN.4/2005/L.10/Add.11", CommissionOnHumanRights, Draft, Some(SymbolSession::Year(2005))),
        ] {
            let parsed = symbol(text);
            assert_eq!((parsed.body(), parsed.kind(), parsed.session()), (body, kind, session), "{text}");
        }
    }

    #[test]
    fn a_paste_and_a_security_council_year_have_one_canonical_form() {
        let broken = symbol("A/C.3/ 71/L.46");
        assert_eq!((broken.as_str(), broken.printed()), ("A/C.3/71/L.46", "A/C.3/ 71/L.46"));
        assert_eq!(broken, symbol("A/C.3/\n71/L.46"));
        assert_eq!(broken, symbol("A/C.3/71\n/L.46"));
        assert_eq!(symbol("S/RES/2250(2015)"), symbol("S/RES/2250 (2015)"));
        assert_eq!(symbol("S/RES/2250 (2015)").slug(), "s-res-2250-2015");
        assert_eq!(
            symbol("S/RES/2250 (2015)").official_url(super::super::Lang::En),
            "https://docs.un.org/en/S/RES/2250(2015)"
        );
        assert_eq!(
            symbol("A/HRC/RES/37/23").official_url(super::super::Lang::Fr),
            "https://docs.un.org/fr/A/HRC/RES/37/23"
        );
    }

    #[test]
    fn sorts_numbers_as_numbers_within_a_body() {
        let mut symbols: Vec<Symbol> =
            ["A/RES/60/251", "A/HRC/RES/37/23", "A/HRC/RES/5/1", "A/HRC/RES/37/3"].map(symbol).into();
        symbols.sort();
        let sorted: Vec<&str> = symbols.iter().map(Symbol::as_str).collect();
        assert_eq!(sorted, ["A/HRC/RES/5/1", "A/HRC/RES/37/3", "A/HRC/RES/37/23", "A/RES/60/251"]);
    }

    /// The order [`order_key`] stands for: each segment a number if it reads as one.
    fn sort_key(canonical: &str) -> impl Iterator<Item = Segment<'_>> {
        canonical.split(SEPARATORS).map(|part| match part.parse::<u64>() {
            Ok(n) => Segment::Number(n),
            Err(_) => Segment::Text(part),
        })
    }

    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    enum Segment<'a> {
        Number(u64),
        Text(&'a str),
    }

    #[test]
    fn the_order_key_orders_as_comparing_segments() {
        let printed = [
            "A/HRC/43/L.31",
            "A/HRC/43/L.3",
            "A/HRC/43/L.31/Rev.1",
            "A/HRC/43/31",
            "A/HRC/4/31",
            "A/HRC/S-28/1",
            "A/HRC/RES/S-28/1",
            "A/HRC/RES/43/1",
            "A/HRC/RES/43/10",
            "A/HRC/DEC/2/102",
            "S/RES/2250 (2015)",
            "E/CN.4/2005/L.10",
            "E/CN.4/RES/2005/69",
            "A/C.3/73/L.42",
            "A/RES/60/251",
            "A/HRC/RES/05/1",
            "A/HRC/RES/5/1",
            "A/HRC/43/L",
            "A/HRC/43/L.31a",
            "A/HRC/WG.6/40/L.1",
            "A/HRC/WG.6/0/L.1",
            "A/HRC/RES/255/1",
            "A/HRC/RES/256/1",
            "A/HRC/RES/65536/1",
            "A/HRC/RES/18446744073709551615/1",
            "A/HRC/RES/18446744073709551616/1",
        ];
        let symbols = printed.map(symbol);
        for a in &symbols {
            for b in &symbols {
                let whole = a
                    .body
                    .cmp(&b.body)
                    .then_with(|| sort_key(&a.canonical).cmp(sort_key(&b.canonical)))
                    .then_with(|| a.canonical.cmp(&b.canonical));
                assert_eq!(a.cmp(b), whole, "{a} against {b}");
            }
        }
    }

    #[test]
    fn a_revision_knows_its_draft() {
        assert_eq!(symbol("A/HRC/99/L.7/Rev.1").revised_draft(), Some(symbol("A/HRC/99/L.7")));
        assert_eq!(symbol("A/HRC/99/L.7").revised_draft(), None);
        assert_eq!(symbol("A/HRC/99/31/Rev.1").revised_draft(), None);
    }

    #[test]
    fn rejects_what_is_not_a_symbol() {
        for bad in
            ["L.13/Rev.1", "resolution 37/23", "A/HRC//31", "A", "a/hrc/43/31", "A/HRC/43 31", "A/RES/60/251 (2015)"]
        {
            assert!(Symbol::parse(bad).is_err(), "{bad}");
        }
    }
}
