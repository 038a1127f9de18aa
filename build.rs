//! Embeds `themes/default` in the binary, so a site without a `themes/` folder builds.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let theme = Path::new("themes/default");
    println!("cargo::rerun-if-changed={}", theme.display());
    let mut files: Vec<_> = walkdir::WalkDir::new(theme)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| entry.into_path())
        .collect();
    files.sort();
    let mut code = String::from(
        "/// `(path within the theme, bytes)` of every file of the default theme.\npub static DEFAULT_THEME: &[(&str, &[u8])] = &[\n",
    );
    for file in files {
        println!("cargo::rerun-if-changed={}", file.display());
        let relative = file
            .strip_prefix(theme)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        let absolute = std::fs::canonicalize(&file).unwrap_or(file);
        let _ = writeln!(
            code,
            "    ({relative:?}, include_bytes!({:?})),",
            absolute.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join("default_theme.rs");
    if let Err(error) = std::fs::write(&out, code) {
        panic!("cannot write {}: {error}", out.display());
    }
}
