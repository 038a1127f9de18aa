//! How readers and machines find the archive: Atom feeds (the whole archive and each
//! session), the sitemap, robots.txt, and schema.org data for each document.

use serde::Serialize;

use crate::archive::{Archive, DocId};
use crate::i18n::Locale;
use crate::model::{Document, Kind, PartialDate};
use crate::routes::Urls;

/// How many documents a feed carries: the newest.
pub const FEED_LENGTH: usize = 50;

#[derive(Debug, Serialize)]
pub struct Feed {
    pub title: String,
    /// Absolute URL of the feed itself, and of the page it follows.
    pub url: String,
    pub alternate: String,
    pub updated: String,
    pub entries: Vec<FeedEntry>,
}

#[derive(Debug, Serialize)]
pub struct FeedEntry {
    pub title: String,
    pub url: String,
    pub published: String,
    pub summary: Option<String>,
    pub kind_label: String,
    pub authors: Vec<String>,
    /// The language the entry's title and summary are in.
    pub lang: &'static str,
}

/// An RFC 3339 timestamp for a date known perhaps only to the month or year: its first day.
pub fn timestamp(date: PartialDate) -> String {
    let (year, month, day) = date.sort_key();
    format!("{year:04}-{:02}-{:02}T00:00:00Z", month.max(1), day.max(1))
}

/// A feed of `ids` (newest first; all dated), published at `path` and following the
/// page at `alternate`, in `words`' language; `None` when there is none. Atom requires
/// an `updated` time of the feed and of each entry, so an undated document is left out
/// of every feed, and a feed without a dated document is not published at all: any
/// time it gave would be invented (the build's own time would also make two builds
/// differ).
pub fn feed(
    archive: &Archive,
    urls: &Urls,
    title: String,
    (path, alternate): (&str, &str),
    ids: impl IntoIterator<Item = DocId>,
    words: Locale<'_>,
) -> Option<Feed> {
    let entries: Vec<FeedEntry> = ids
        .into_iter()
        .filter_map(|id| {
            let doc = &archive.documents[id];
            Some(FeedEntry {
                title: doc.title.clone(),
                url: urls.document_absolute(doc),
                published: timestamp(doc.date?),
                summary: doc.summary.clone(),
                kind_label: words.kind(doc.kind),
                lang: archive.language_of(id).code(),
                authors: archive.signed_by[id].iter().map(|org| org.name.clone()).collect(),
            })
        })
        .take(FEED_LENGTH)
        .collect();
    let updated = entries.first()?.published.clone();
    Some(Feed { title, url: urls.absolute(path), alternate: urls.absolute(alternate), updated, entries })
}

/// schema.org JSON-LD for a document page, safe to place inside a `<script>` element:
/// what the document is, its title, date and symbol. The page's own markup says the
/// rest: the summary in its description, its address in the canonical link, its
/// language in `lang`, and its signatories in their list, which a joint letter's
/// hundred signatories would otherwise repeat on every page of an archive of 50,000.
pub fn json_ld(archive: &Archive, id: DocId) -> String {
    let doc: &Document = &archive.documents[id];
    let kind = if matches!(doc.kind, Kind::Report | Kind::Annex) { "Report" } else { "Article" };
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": kind,
        "headline": doc.title,
    });
    if let Some(map) = data.as_object_mut() {
        if let Some(date) = doc.date {
            map.insert("datePublished".into(), date.iso().into());
        }
        if let Some(symbol) = &doc.symbol {
            map.insert("identifier".into(), symbol.to_string().into());
        }
    }
    // "</script>" inside a string would end the element early.
    data.to_string().replace('<', "\\u003c")
}

/// robots.txt: everything may be crawled, and here is the sitemap.
pub fn robots(urls: &Urls) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}\n", urls.absolute("sitemap.xml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_become_their_first_day() {
        assert_eq!(timestamp(PartialDate::Year(2018)), "2018-01-01T00:00:00Z");
        assert_eq!(timestamp(PartialDate::Month(2018, 3)), "2018-03-01T00:00:00Z");
        assert_eq!(timestamp(PartialDate::Day(2020, 6, 22)), "2020-06-22T00:00:00Z");
    }
}
