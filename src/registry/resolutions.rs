//! `data/resolutions.yaml`: which drafts a resolution was adopted from, its title, and
//! when it was adopted, as the editor's sources state them.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::diagnostics::Diagnostic;
use crate::model::{PartialDate, Symbol};

/// One entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    symbol: String,
    title: Option<String>,
    #[serde(default)]
    drafts: Vec<String>,
    adopted: Option<PartialDate>,
}

/// A resolution (or decision, or President's statement) as the registry gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolution {
    /// The symbol of the text as adopted.
    pub symbol: Symbol,
    pub title: Option<String>,
    /// The drafts it was adopted from, as listed.
    pub drafts: Vec<Symbol>,
    pub adopted: Option<PartialDate>,
}

impl Resolution {
    /// Its own symbol, then its drafts.
    pub fn symbols(&self) -> impl Iterator<Item = &Symbol> {
        std::iter::once(&self.symbol).chain(&self.drafts)
    }
}

#[derive(Debug, Default, Clone)]
pub struct Resolutions {
    entries: Vec<Resolution>,
    /// The entry of every symbol the registry names, each draft by its first draft, so
    /// that every revision of it finds the entry too.
    by_symbol: HashMap<Symbol, usize>,
}

/// Where an entry names a symbol: its line, and the column the symbol starts at.
#[derive(Debug, Clone, Copy)]
struct At {
    line: usize,
    column: usize,
}

/// An entry's claim on a draft (by its first draft) or an adopted text.
struct Claim {
    at: At,
    /// As the entry names it.
    symbol: Symbol,
    /// The symbol of the entry that claims it, and the entry's place in the list.
    owner: Symbol,
    entry: usize,
}

impl Resolutions {
    pub fn parse(file: &Path, text: &str) -> Result<Self, Vec<Diagnostic>> {
        let written: Vec<Entry> = crate::yaml::parse(text, file, 1, text, "Entry").map_err(|d| vec![d])?;
        let places = EntryLines::new(text, written.len());
        let mut registry = Self::default();
        // Who claimed each first draft: where, as which symbol, for which entry.
        let mut claims: HashMap<Symbol, Claim> = HashMap::new();
        let mut errors = Vec::new();
        for (index, entry) in written.into_iter().enumerate() {
            let lines = places.of(index);
            let mut parsed = Vec::with_capacity(1 + entry.drafts.len());
            for (key, printed) in
                std::iter::once(("symbol", &entry.symbol)).chain(entry.drafts.iter().map(|d| ("drafts", d)))
            {
                let at = lines.find(text, key, printed);
                match Symbol::parse(printed) {
                    Ok(symbol) => parsed.push((key, symbol, at)),
                    Err(error) => errors.push(
                        Diagnostic::error(file, at.line, format!("{key}: {error}"))
                            .at_column(at.column)
                            .with_source(text),
                    ),
                }
            }
            if parsed.len() != 1 + entry.drafts.len() {
                continue;
            }
            for (key, symbol, at) in &parsed {
                let first = first_draft(symbol).into_owned();
                match claims.get(&first) {
                    // A draft and its revision, both listed by one entry.
                    Some(claim) if claim.entry == index && claim.symbol != *symbol => {}
                    Some(claim) => {
                        let how = if claim.symbol == *symbol {
                            format!("`{symbol}` is already named")
                        } else {
                            format!("`{symbol}` is a revision of the same draft as `{}`, named", claim.symbol)
                        };
                        let message = format!(
                            "{key}: {how} at {}:{} (the entry of `{}`); a text belongs to one resolution",
                            file.display(),
                            claim.at.line,
                            claim.owner
                        );
                        errors.push(Diagnostic::error(file, at.line, message).at_column(at.column).with_source(text));
                    }
                    None => {
                        let owner = parsed[0].1.clone();
                        claims.insert(first.clone(), Claim { at: *at, symbol: symbol.clone(), owner, entry: index });
                        registry.by_symbol.insert(first, registry.entries.len());
                    }
                }
            }
            let mut symbols = parsed.into_iter().map(|(_, symbol, _)| symbol);
            let Some(symbol) = symbols.next() else { continue };
            registry.entries.push(Resolution {
                symbol,
                title: entry.title.map(|title| title.trim().to_owned()).filter(|title| !title.is_empty()),
                drafts: symbols.collect(),
                adopted: entry.adopted,
            });
        }
        if errors.is_empty() { Ok(registry) } else { Err(errors) }
    }

    /// The entry that names `symbol`, a draft it was adopted from, or a revision of one.
    pub fn entry(&self, symbol: &Symbol) -> Option<&Resolution> {
        self.by_symbol.get(first_draft(symbol).as_ref()).map(|&index| &self.entries[index])
    }

    /// The symbol whose page stands for `symbol`: the text adopted from it when the
    /// registry says so; else, for a revised draft, the draft it revises; else itself.
    /// The adopted text's symbol is the one a resolution keeps for good, and a draft's
    /// first symbol the one every revision shares, so a page moves at most once: when
    /// its adoption is recorded.
    pub fn page_symbol<'s>(&'s self, symbol: &'s Symbol) -> Cow<'s, Symbol> {
        match self.entry(symbol) {
            Some(entry) => Cow::Borrowed(&entry.symbol),
            None => first_draft(symbol),
        }
    }
}

/// The draft `symbol` revises, through every revision; `symbol` itself when it revises none.
fn first_draft(symbol: &Symbol) -> Cow<'_, Symbol> {
    let mut draft = Cow::Borrowed(symbol);
    while let Some(revised) = draft.revised_draft() {
        draft = Cow::Owned(revised);
    }
    draft
}

/// The lines of the file each entry spans, for errors about what it names: serde gives
/// the values but not where they were written.
struct EntryLines {
    /// The first line (0-based) of each entry, when the file lists them one `- ` a line.
    starts: Option<Vec<usize>>,
}

/// The lines of one entry, 0-based, end excluded.
#[derive(Debug, Clone, Copy)]
struct Lines {
    start: usize,
    end: usize,
}

impl EntryLines {
    fn new(text: &str, entries: usize) -> Self {
        let starts: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.starts_with("- ") || line.trim_end() == "-")
            .map(|(index, _)| index)
            .collect();
        // A list written in flow style (`[{symbol: …}]`) has no such lines: its entries
        // are then looked for in the whole file.
        Self { starts: (starts.len() == entries).then_some(starts) }
    }

    fn of(&self, index: usize) -> Lines {
        match &self.starts {
            Some(starts) => Lines { start: starts[index], end: starts.get(index + 1).copied().unwrap_or(usize::MAX) },
            None => Lines { start: 0, end: usize::MAX },
        }
    }
}

impl Lines {
    /// Where `printed` is written as the value of `key` (or an item of it) in these lines;
    /// the key's own line when it cannot be told.
    fn find(self, text: &str, key: &str, printed: &str) -> At {
        let lines = || text.lines().enumerate().skip(self.start).take(self.end.saturating_sub(self.start));
        let key_line = lines()
            .find(|(_, line)| line.trim_start_matches(['-', ' ']).strip_prefix(key).is_some_and(|r| r.starts_with(':')))
            .map(|(index, _)| index);
        let from = key_line.unwrap_or(self.start);
        let printed = printed.trim();
        lines()
            .skip(from - self.start)
            .find_map(|(index, line)| symbol_column(line, printed).map(|column| At { line: index + 1, column }))
            .unwrap_or(At { line: from + 1, column: 0 })
    }
}

/// The column (1-based, in characters) where `symbol` stands whole in `line`: not as the
/// start of a longer symbol, as `A/HRC/99/L.7` is of `A/HRC/99/L.7/Rev.1`.
fn symbol_column(line: &str, symbol: &str) -> Option<usize> {
    if symbol.is_empty() {
        return None;
    }
    let part_of_symbol = |c: char| c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-');
    line.match_indices(symbol).find_map(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + symbol.len()..].chars().next();
        let whole = !before.is_some_and(part_of_symbol) && !after.is_some_and(|c| part_of_symbol(c) && c != '.');
        whole.then(|| line[..at].chars().count() + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn symbol(text: &str) -> Symbol {
        Symbol::parse(text).unwrap_or_else(|e| panic!("{e}"))
    }

    fn parse(text: &str) -> Result<Resolutions, Vec<Diagnostic>> {
        Resolutions::parse(Path::new("data/resolutions.yaml"), text)
    }

    const REGISTRY: &str = "\
# Each fact from a source.
- symbol: A/HRC/RES/99/4
  title: Civil society space
  drafts:
    - A/HRC/99/L.7
  adopted: 2031-04-02
- symbol: A/RES/98/170
  drafts: [A/C.3/98/L.41/Rev.1]
";

    #[test]
    fn drafts_and_their_revisions_find_the_adopted_text() {
        let registry = parse(REGISTRY).unwrap_or_default();
        for cited in ["A/HRC/RES/99/4", "A/HRC/99/L.7", "A/HRC/99/L.7/Rev.1", "A/HRC/99/L.7/Rev.2"] {
            assert_eq!(registry.page_symbol(&symbol(cited)).as_str(), "A/HRC/RES/99/4", "{cited}");
        }
        // A revision is listed, and the first draft it revises is found by it.
        assert_eq!(registry.page_symbol(&symbol("A/C.3/98/L.41")).as_str(), "A/RES/98/170");
        let entry = registry.entry(&symbol("A/HRC/99/L.7/Rev.1"));
        assert_eq!(entry.and_then(|e| e.title.as_deref()), Some("Civil society space"));
        assert_eq!(entry.and_then(|e| e.adopted).map(|d| d.iso()).as_deref(), Some("2031-04-02"));
    }

    #[test]
    fn without_an_entry_a_revision_stands_for_its_first_draft() {
        let registry = Resolutions::default();
        assert_eq!(registry.page_symbol(&symbol("A/HRC/43/L.13/Rev.1")).as_str(), "A/HRC/43/L.13");
        assert_eq!(registry.page_symbol(&symbol("A/HRC/43/L.13")).as_str(), "A/HRC/43/L.13");
        assert_eq!(registry.page_symbol(&symbol("A/HRC/RES/37/23")).as_str(), "A/HRC/RES/37/23");
        assert_eq!(registry.page_symbol(&symbol("A/HRC/43/31/Rev.1")).as_str(), "A/HRC/43/31/Rev.1");
    }

    #[test]
    fn a_text_claimed_twice_is_refused_naming_both_lines() {
        let text = format!("{REGISTRY}- symbol: A/HRC/RES/99/5\n  drafts: [A/HRC/99/L.7/Rev.1]\n");
        let errors = parse(&text).err().unwrap_or_default();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].line, errors[0].column), (10, 12));
        assert!(
            errors[0].message.starts_with(
                "drafts: `A/HRC/99/L.7/Rev.1` is a revision of the same draft as `A/HRC/99/L.7`, named at data/resolutions.yaml:5"
            ),
            "{}",
            errors[0].message
        );
        let text = format!("{REGISTRY}- symbol: A/HRC/99/L.7\n");
        let errors = parse(&text).err().unwrap_or_default();
        assert_eq!(errors[0].line, 9);
        assert!(errors[0].message.starts_with("symbol: `A/HRC/99/L.7` is already named at data/resolutions.yaml:5"));
    }

    #[test]
    fn a_symbol_that_is_not_one_is_refused_at_its_line() {
        let errors = parse("- symbol: A/HRC/RES/99/4\n  drafts:\n    - A/HRC/99/L.7\n    - L.7/Rev.1\n")
            .err()
            .unwrap_or_default();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (4, 7));
        assert!(errors[0].message.starts_with("drafts: `L.7/Rev.1` is not a UN document symbol"));
    }

    #[test]
    fn a_symbol_is_found_whole() {
        assert_eq!(symbol_column("  drafts: [A/HRC/99/L.7/Rev.1, A/HRC/99/L.7]", "A/HRC/99/L.7"), Some(32));
        assert_eq!(symbol_column("    - A/HRC/99/L.7.", "A/HRC/99/L.7"), Some(7));
        assert_eq!(symbol_column("    - A/HRC/99/L.70", "A/HRC/99/L.7"), None);
    }
}
