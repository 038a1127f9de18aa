//! A rendered body's HTML, compressed while it waits for its page. Pages need the
//! citation and vote indexes, which need every body rendered first, so every body's
//! HTML is held at once: the largest part of a large build's memory. HTML packs to
//! about a third of its size and unpacks faster than it is written to disk.

use lz4_flex::block::{CompressTable, compress_into_with_table, compress_prepend_size, get_maximum_output_size};

#[derive(Debug, Default)]
pub struct PackedHtml(Box<[u8]>);

/// What packing keeps from one body to the next on a thread: the compressor's table and
/// a buffer, which lz4 would otherwise allocate, and zero, for each body.
#[derive(Default)]
pub struct Packer {
    table: CompressTable,
    buffer: Vec<u8>,
}

// lz4's table has no Debug of its own.
impl std::fmt::Debug for Packer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Packer").field("buffer", &self.buffer.len()).finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
#[error("a rendered body could not be unpacked: {0}")]
pub struct UnpackError(String);

impl PackedHtml {
    /// `html`, packed as lz4's `compress_prepend_size` packs it: its length (four bytes,
    /// little-endian), then the compressed bytes.
    pub fn pack(html: &str, packer: &mut Packer) -> Self {
        let input = html.as_bytes();
        let packed = u32::try_from(input.len()).ok().and_then(|length| {
            let Packer { table, buffer } = packer;
            // Resizing zeroes only what the buffer grows by.
            buffer.resize(4 + get_maximum_output_size(input.len()), 0);
            buffer[..4].copy_from_slice(&length.to_le_bytes());
            let written = compress_into_with_table(input, &mut buffer[4..], table).ok()?;
            Some(Box::from(&buffer[..4 + written]))
        });
        // The buffer is sized for the worst case, so only a body of 4 GB, which loading
        // refuses, could fail above.
        Self(packed.unwrap_or_else(|| compress_prepend_size(input).into_boxed_slice()))
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
    use super::{PackedHtml, Packer};

    #[test]
    fn html_comes_back_as_it_went_in() {
        // One packer for all, long after short and short after long, as a thread packs them.
        let mut packer = Packer::default();
        let long = "<li><a href=\"/letters/x.html\">x</a></li>\n".repeat(500);
        for html in ["", "<p>é — ünïcode ✓</p>", &long, "<p>after</p>", ""] {
            assert_eq!(PackedHtml::pack(html, &mut packer).unpack().ok().as_deref(), Some(html));
        }
        let long = "<p>A/HRC/RES/60/29</p>".repeat(1000);
        assert!(PackedHtml::pack(&long, &mut packer).0.len() < long.len() / 3, "repetitive HTML packs small");
    }
}
