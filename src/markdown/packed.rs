//! A rendered body's HTML, compressed while it waits for its page. Pages need the
//! citation and vote indexes, which need every body rendered first, so every body's
//! HTML is held at once: the largest part of a large build's memory. HTML packs to
//! about a third of its size and unpacks faster than it is written to disk.

#[derive(Debug, Default)]
pub struct PackedHtml(Box<[u8]>);

#[derive(Debug, thiserror::Error)]
#[error("a rendered body could not be unpacked: {0}")]
pub struct UnpackError(String);

impl PackedHtml {
    pub fn pack(html: &str) -> Self {
        Self(lz4_flex::compress_prepend_size(html.as_bytes()).into_boxed_slice())
    }

    pub fn unpack(&self) -> Result<String, UnpackError> {
        if self.0.is_empty() {
            return Ok(String::new());
        }
        let bytes = lz4_flex::decompress_size_prepended(&self.0).map_err(|e| UnpackError(e.to_string()))?;
        String::from_utf8(bytes).map_err(|e| UnpackError(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::PackedHtml;

    #[test]
    fn html_comes_back_as_it_went_in() {
        for html in ["", "<p>é — ünïcode ✓</p>", &"<li><a href=\"/letters/x.html\">x</a></li>\n".repeat(500)] {
            assert_eq!(PackedHtml::pack(html).unpack().ok().as_deref(), Some(html));
        }
        let long = "<p>A/HRC/RES/60/29</p>".repeat(1000);
        assert!(PackedHtml::pack(&long).0.len() < long.len() / 3, "repetitive HTML packs small");
    }
}
