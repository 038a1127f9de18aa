//! How state names are compared: "DEMOCRATIC REPUBLIC OF CONGO", "Democratic Republic
//! of the Congo" and "democratic republic of the congo" are one key. Shared with
//! build.rs, which normalises the registry once, at compile time.

/// Lower case, accents and punctuation folded away, "&" read as "and", and every
/// "the" dropped (vote sheets keep or drop it at will).
pub fn normalise(name: &str) -> String {
    let ascii = deunicode::deunicode(&name.replace('&', " and "));
    let spaced: String =
        ascii.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    spaced.split_whitespace().filter(|word| *word != "the").collect::<Vec<_>>().join(" ")
}
