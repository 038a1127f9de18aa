//! Compile-time tables: the default theme, embedded so a site without `themes/`
//! builds, and the state registry, normalised into a sorted lookup table.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "src/registry/state_name.rs"]
mod state_name;

fn main() {
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    write(&out_dir.join("default_theme.rs"), &theme_table(Path::new("themes/default")));
    write(&out_dir.join("states.rs"), &state_table(Path::new("data/states.csv")));
}

fn write(path: &Path, code: &str) {
    if let Err(error) = std::fs::write(path, code) {
        panic!("cannot write {}: {error}", path.display());
    }
}

fn theme_table(theme: &Path) -> String {
    println!("cargo::rerun-if-changed={}", theme.display());
    let mut files: Vec<_> = walkdir::WalkDir::new(theme)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .collect();
    files.sort();
    let mut code = String::from(
        "/// `(path within the theme, bytes)` of every file of the default theme.\npub static DEFAULT_THEME: &[(&str, &[u8])] = &[\n",
    );
    for file in files {
        println!("cargo::rerun-if-changed={}", file.display());
        let relative = file.strip_prefix(theme).unwrap_or(&file).to_string_lossy().replace('\\', "/");
        let absolute = std::fs::canonicalize(&file).unwrap_or(file);
        let _ = writeln!(code, "    ({relative:?}, include_bytes!({:?})),", absolute.display().to_string());
    }
    code.push_str("];\n");
    code
}

/// `STATES`: `(iso3, name)` in file order; `STATE_KEYS`: `(normalised name or alias, index)`
/// sorted for binary search. A key naming two states stops the build.
fn state_table(csv_path: &Path) -> String {
    println!("cargo::rerun-if-changed={}", csv_path.display());
    let mut reader = match csv::Reader::from_path(csv_path) {
        Ok(reader) => reader,
        Err(error) => panic!("cannot read {}: {error}", csv_path.display()),
    };
    let mut states = String::from(
        "/// `(ISO 3166 alpha-3, UN short name)` of every state in data/states.csv.\npub static STATES: &[(&str, &str)] = &[\n",
    );
    let mut keys: Vec<(String, usize)> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.unwrap_or_else(|e| panic!("{}: {e}", csv_path.display()));
        let (iso3, name, aliases) = (&record[0], &record[1], record.get(2).unwrap_or_default());
        let _ = writeln!(states, "    ({iso3:?}, {name:?}),");
        for key in std::iter::once(name).chain(aliases.split('|')).map(state_name::normalise).filter(|k| !k.is_empty())
        {
            match keys.iter().find(|(existing, _)| *existing == key) {
                Some((_, other)) if *other != index => panic!("{}: `{key}` names two states", csv_path.display()),
                Some(_) => {}
                None => keys.push((key, index)),
            }
        }
    }
    states.push_str("];\n");
    keys.sort();
    let mut code = states;
    code.push_str("/// Normalised names and aliases, sorted, with their index in `STATES`.\npub static STATE_KEYS: &[(&str, u16)] = &[\n");
    for (key, index) in keys {
        let _ = writeln!(code, "    ({key:?}, {index}),");
    }
    code.push_str("];\n");
    code
}
