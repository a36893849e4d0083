//! Feeds and sitemaps: the links they list.
//!
//! The kind is sniffed from the content (`<rss`, `<rdf:RDF`, `<feed`,
//! `<urlset`, `<sitemapindex`), after gunzipping bytes that start with the
//! gzip magic (`sitemap.xml.gz`). RSS and Atom are parsed with feed-rs,
//! sitemaps with quick-xml. Entries without a usable URL are skipped; a
//! malformed entry never makes the whole document fail.
//!
//! ```
//! let url = url::Url::parse("https://example.com/sitemap.xml").unwrap();
//! let xml = br#"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
//!   <url><loc>https://example.com/a.html</loc><lastmod>2024-06-28</lastmod></url>
//! </urlset>"#;
//! let links = snapcrawl_extract::feed::parse(&url, xml).unwrap();
//! assert_eq!(links.kind, snapcrawl_extract::feed::FeedKind::Sitemap);
//! assert_eq!(links.entries[0].url.as_str(), "https://example.com/a.html");
//! ```

use std::io::Read;

use chrono::{DateTime, FixedOffset};
use quick_xml::events::Event;
use quick_xml::Reader;
use url::Url;

use crate::dates;

/// Largest decompressed size accepted for a gzipped feed or sitemap
/// (the sitemap protocol's own limit is 50 MB).
const MAX_GUNZIPPED: u64 = 64 * 1024 * 1024;

/// What kind of document a feed-like body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedKind {
    /// RSS 0.9x / 1.0 (RDF) / 2.0.
    Rss,
    /// Atom.
    Atom,
    /// A sitemap `<urlset>`.
    Sitemap,
    /// A sitemap index `<sitemapindex>` (entries are sitemaps).
    SitemapIndex,
}

/// One listed page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEntry {
    /// Absolute URL of the page (or of the child sitemap).
    pub url: Url,
    /// Title, when the document gives one (feed title, `<news:title>`).
    pub title: Option<String>,
    /// Publication time: feed `published` (else `updated`),
    /// `<news:publication_date>`, else `<lastmod>`.
    pub published: Option<DateTime<FixedOffset>>,
}

/// The links of a feed or sitemap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedLinks {
    /// Which kind of document it was.
    pub kind: FeedKind,
    /// Its entries, in document order.
    pub entries: Vec<FeedEntry>,
}

/// Parses a feed or sitemap, or returns `None` if the bytes are neither.
/// `url` is the document's URL, the base for relative links.
pub fn parse(url: &Url, body: &[u8]) -> Option<FeedLinks> {
    let owned;
    let body = if body.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(body)
            .take(MAX_GUNZIPPED)
            .read_to_end(&mut out)
            .ok()?;
        owned = out;
        &owned[..]
    } else {
        body
    };
    let kind = sniff(body)?;
    let entries = match kind {
        FeedKind::Rss | FeedKind::Atom => parse_feed(url, body)?,
        FeedKind::Sitemap | FeedKind::SitemapIndex => parse_sitemap(url, body),
    };
    Some(FeedLinks { kind, entries })
}

/// The kind named by the first root-looking tag in the first 2 KiB.
fn sniff(body: &[u8]) -> Option<FeedKind> {
    let head = &body[..body.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    [
        ("<rss", FeedKind::Rss),
        ("<rdf:rdf", FeedKind::Rss),
        ("<feed", FeedKind::Atom),
        ("<urlset", FeedKind::Sitemap),
        ("<sitemapindex", FeedKind::SitemapIndex),
    ]
    .into_iter()
    .filter_map(|(tag, kind)| {
        head.match_indices(tag)
            .find(|(i, _)| {
                head.as_bytes()
                    .get(i + tag.len())
                    .is_some_and(|b| b.is_ascii_whitespace() || *b == b'>' || *b == b'/')
            })
            .map(|(i, _)| (i, kind))
    })
    .min_by_key(|(i, _)| *i)
    .map(|(_, k)| k)
}

fn parse_feed(url: &Url, body: &[u8]) -> Option<Vec<FeedEntry>> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(Some(url.as_str()))
        .build()
        .parse(body)
        .ok()?;
    let entries = feed
        .entries
        .iter()
        .filter_map(|e| {
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or_else(|| e.links.first())
                .map(|l| l.href.as_str())
                .or_else(|| (e.id.starts_with("http")).then_some(e.id.as_str()))?;
            let u = url
                .join(link.trim())
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https"))?;
            Some(FeedEntry {
                url: u,
                title: e
                    .title
                    .as_ref()
                    .map(|t| crate::dom::collapse_ws(&t.content))
                    .filter(|t| !t.is_empty()),
                published: e.published.or(e.updated).map(|d| d.fixed_offset()),
            })
        })
        .collect();
    Some(entries)
}

#[derive(Default)]
struct Pending {
    loc: Option<String>,
    lastmod: Option<String>,
    news_date: Option<String>,
    news_title: Option<String>,
}

fn parse_sitemap(url: &Url, body: &[u8]) -> Vec<FeedEntry> {
    let mut reader = Reader::from_reader(body);
    reader.config_mut().trim_text(true);
    let mut buf = Vec::new();
    let mut stack: Vec<Vec<u8>> = Vec::new();
    let mut text = String::new();
    let mut cur: Option<Pending> = None;
    let mut out = Vec::new();
    // A read error ends the document; entries read before it are kept.
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        match ev {
            Event::Start(e) => {
                let name = e.local_name().as_ref().to_ascii_lowercase();
                if matches!(name.as_slice(), b"url" | b"sitemap") {
                    cur = Some(Pending::default());
                }
                stack.push(name);
                text.clear();
            }
            Event::Text(t) => {
                if let Ok(s) = t.decode() {
                    text.push_str(&s);
                }
            }
            Event::CData(t) => {
                if let Ok(s) = t.decode() {
                    text.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                } else if let Ok(name) = r.decode() {
                    if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
                        text.push_str(s);
                    }
                }
            }
            Event::End(_) => {
                let name = stack.pop().unwrap_or_default();
                let parent = stack.last().map(|p| p.as_slice()).unwrap_or(b"");
                let value = text.trim().to_string();
                text.clear();
                if let Some(p) = cur.as_mut() {
                    match (name.as_slice(), parent) {
                        (b"loc", b"url" | b"sitemap") => p.loc = Some(value),
                        (b"lastmod", b"url" | b"sitemap") => p.lastmod = Some(value),
                        (b"publication_date", b"news") => p.news_date = Some(value),
                        (b"title", b"news") => p.news_title = Some(value),
                        (b"url" | b"sitemap", _) => {
                            if let Some(e) = cur.take().and_then(|p| entry(url, p)) {
                                out.push(e);
                            }
                        }
                        _ => {}
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

fn entry(base: &Url, p: Pending) -> Option<FeedEntry> {
    let u = base
        .join(p.loc?.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))?;
    let utc = FixedOffset::east_opt(0).expect("zero offset");
    let published = p
        .news_date
        .as_deref()
        .or(p.lastmod.as_deref())
        .and_then(dates::find_date)
        .and_then(|f| f.resolve(utc));
    Some(FeedEntry {
        url: u,
        title: p
            .news_title
            .map(|t| crate::dom::collapse_ws(&t))
            .filter(|t| !t.is_empty()),
        published,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn base() -> Url {
        Url::parse("http://news.example.com/feeds/sitemap.xml").unwrap()
    }

    #[test]
    fn rss_items() {
        let rss =
            br#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>
            <item><title>First &amp; best</title><link>http://news.example.com/a/1.html</link>
              <pubDate>Fri, 28 Jun 2024 14:58:00 GMT</pubDate></item>
            <item><title>No link</title></item>
            <item><title>Relative</title><link>/a/2.html</link></item></channel></rss>"#;
        let f = parse(&base(), rss).unwrap();
        assert_eq!(f.kind, FeedKind::Rss);
        assert_eq!(f.entries.len(), 2);
        assert_eq!(f.entries[0].title.as_deref(), Some("First & best"));
        assert_eq!(
            f.entries[0].published.unwrap().to_rfc3339(),
            "2024-06-28T14:58:00+00:00"
        );
        assert_eq!(
            f.entries[1].url.as_str(),
            "http://news.example.com/a/2.html"
        );
    }

    #[test]
    fn atom_entries() {
        let atom = br#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>x</id>
            <updated>2024-06-28T00:00:00Z</updated>
            <entry><title>E</title><id>urn:1</id><link rel="alternate" href="http://news.example.com/e1"/>
              <updated>2024-06-28T10:00:00+08:00</updated></entry></feed>"#;
        let f = parse(&base(), atom).unwrap();
        assert_eq!(f.kind, FeedKind::Atom);
        assert_eq!(f.entries[0].url.as_str(), "http://news.example.com/e1");
        assert_eq!(
            f.entries[0].published.unwrap().to_rfc3339(),
            "2024-06-28T02:00:00+00:00"
        );
    }

    const SITEMAP: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url><loc>http://news.example.com/a?x=1&amp;y=2</loc><lastmod>2024-06-28</lastmod></url>
  <url><loc>http://news.example.com/b</loc>
    <image:image><image:loc>http://img.example.com/b.jpg</image:loc><image:title>pic</image:title></image:image>
    <news:news><news:publication><news:name>N</news:name></news:publication>
      <news:publication_date>2024-06-28T22:58:00+08:00</news:publication_date>
      <news:title>标题 B</news:title></news:news></url>
  <url><lastmod>2024-01-01</lastmod></url>
  <url><loc>javascript:alert(1)</loc></url>
  <url><loc>/relative/c</loc></url>
</urlset>"#;

    #[test]
    fn sitemap_with_google_news_tags_and_bad_entries() {
        let f = parse(&base(), SITEMAP.as_bytes()).unwrap();
        assert_eq!(f.kind, FeedKind::Sitemap);
        let urls: Vec<&str> = f.entries.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "http://news.example.com/a?x=1&y=2",
                "http://news.example.com/b",
                "http://news.example.com/relative/c"
            ]
        );
        assert_eq!(
            f.entries[0].published.unwrap().to_rfc3339(),
            "2024-06-28T00:00:00+00:00"
        );
        assert_eq!(
            f.entries[1].published.unwrap().to_rfc3339(),
            "2024-06-28T22:58:00+08:00"
        );
        assert_eq!(f.entries[1].title.as_deref(), Some("标题 B"));
    }

    #[test]
    fn gzipped_sitemap_index() {
        let xml = r#"<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <sitemap><loc>http://news.example.com/s1.xml.gz</loc><lastmod>2024-06-01T00:00:00Z</lastmod></sitemap>
            <sitemap><loc>http://news.example.com/s2.xml</loc></sitemap></sitemapindex>"#;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(xml.as_bytes()).unwrap();
        let f = parse(&base(), &gz.finish().unwrap()).unwrap();
        assert_eq!(f.kind, FeedKind::SitemapIndex);
        assert_eq!(f.entries.len(), 2);
        assert!(f.entries[1].published.is_none());
    }

    #[test]
    fn truncated_sitemap_keeps_complete_entries_and_html_is_not_a_feed() {
        let cut = &SITEMAP[..SITEMAP.find("<url><lastmod>").unwrap() + 10];
        let f = parse(&base(), cut.as_bytes()).unwrap();
        assert_eq!(f.entries.len(), 2);
        assert!(parse(&base(), b"<html><body>hello</body></html>").is_none());
        assert!(parse(&base(), b"").is_none());
        assert!(parse(&base(), &[0x1f, 0x8b, 0, 1, 2]).is_none());
        assert!(parse(&base(), b"<rss><channel><item><link>").is_none_or(|f| f.entries.is_empty()));
    }
}
