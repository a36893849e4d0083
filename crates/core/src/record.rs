//! The snapshot record: what the store keeps and `dump` prints.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::Timestamp;

/// Whether a page is one article or a list of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PageKind {
    /// A single news story.
    Article,
    /// A front page, section page, feed or other list of stories.
    #[default]
    Listing,
}

/// Which rule chose the charset a page was decoded with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum CharsetSource {
    /// A byte order mark.
    Bom,
    /// The `Content-Type` header's `charset` parameter.
    Header,
    /// A `<meta>` declaration found by the prescan.
    Meta,
    /// Detected from the bytes (chardetng), because nothing was declared or
    /// the declaration did not decode cleanly.
    #[default]
    Guess,
}

/// An entry of a related or more-news list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LinkItem {
    /// Absolute canonical URL of the linked story.
    pub url: String,
    /// Its headline, when the block shows one.
    pub title: Option<String>,
    /// The teaser text, when the block shows one.
    pub excerpt: Option<String>,
    /// The date shown beside it, as written on the page.
    pub date: Option<String>,
}

/// What the HTTP exchange said about the stored page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct HttpMeta {
    /// Final status code.
    pub status: u16,
    /// `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// Encoding the body was decoded with (WHATWG label, lower case).
    pub charset: String,
    /// Which rule chose `charset`.
    pub charset_source: CharsetSource,
    /// `ETag` validator.
    pub etag: Option<String>,
    /// `Last-Modified` validator.
    pub last_modified: Option<String>,
    /// Whether the body was cut at the size cap (the record is built from
    /// its first part).
    #[serde(default)]
    pub truncated: bool,
}

/// One snapshot of one document, the record schema of DESIGN.md.
///
/// Absent facts are `None` or empty, never invented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SnapshotRecord {
    /// Canonical URL: the document's identity.
    pub url: String,
    /// URL actually fetched, after redirects.
    pub fetched_url: String,
    /// When this snapshot was made.
    pub generated_at: Timestamp,
    /// 1 for the first snapshot of a URL, +1 for each changed one.
    pub version: u32,
    /// Article or listing.
    pub kind: PageKind,
    /// Headline.
    pub title: Option<String>,
    /// Section or category.
    pub category: Option<String>,
    /// Publication time with the offset the page states or implies.
    pub published: Option<DateTime<FixedOffset>>,
    /// Publisher or source (来源).
    pub source: Option<String>,
    /// Author(s).
    pub author: Option<String>,
    /// Language code, e.g. `zh` or `en`.
    pub lang: Option<String>,
    /// Article text, paragraphs separated by blank lines.
    pub body: String,
    /// The page's "related articles" block.
    pub related: Vec<LinkItem>,
    /// The page's "more news" block.
    pub more: Vec<LinkItem>,
    /// Hex digest of the normalised title and body.
    pub content_hash: String,
    /// Other URLs whose fetch produced the same content.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// An earlier stored article with nearly the same text (the same story
    /// syndicated elsewhere), found by SimHash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub near_duplicate_of: Option<String>,
    /// The HTTP exchange.
    pub http: HttpMeta,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_round_trips_through_json_with_offset_kept() {
        let record = SnapshotRecord {
            url: "http://example.com/a".into(),
            published: Some(DateTime::parse_from_rfc3339("2023-07-14T22:23:00+08:00").unwrap()),
            kind: PageKind::Article,
            ..Default::default()
        };
        let json = serde_json::to_string(&record).unwrap();
        assert!(
            json.contains(r#""published":"2023-07-14T22:23:00+08:00""#),
            "{json}"
        );
        assert!(json.contains(r#""kind":"article""#));
        assert!(json.contains(r#""author":null"#));
        let back: SnapshotRecord = serde_json::from_str(&json).unwrap();
        assert_eq!(back, record);
    }
}
