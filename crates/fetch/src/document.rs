//! Which responses are documents worth downloading.

use url::Url;

/// Whether a response with this `Content-Type` is a document the crawler
/// reads: HTML, XHTML, XML (including any `+xml` type such as RSS, Atom,
/// RDF), plain text, gzip (compressed sitemaps), and
/// `application/octet-stream` only when the URL path ends in `.xml`, `.gz`
/// or `.rss`. A missing or empty type counts as a document. Comparison is
/// case-insensitive and ignores parameters such as `; charset=utf-8`.
pub fn is_document_type(content_type: Option<&str>, url: &Url) -> bool {
    let essence = content_type
        .and_then(|value| value.split(';').next())
        .map(|essence| essence.trim().to_ascii_lowercase())
        .unwrap_or_default();
    match essence.as_str() {
        ""
        | "text/html"
        | "application/xhtml+xml"
        | "text/xml"
        | "application/xml"
        | "text/plain"
        | "application/gzip"
        | "application/x-gzip" => true,
        "application/octet-stream" => {
            let path = url.path().to_ascii_lowercase();
            [".xml", ".gz", ".rss"]
                .iter()
                .any(|ext| path.ends_with(ext))
        }
        other => other.ends_with("+xml"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(content_type: Option<&str>, url: &str) -> bool {
        is_document_type(content_type, &Url::parse(url).unwrap())
    }

    #[test]
    fn documents() {
        let page = "https://news.example/a";
        for ct in [
            "text/html",
            "TEXT/HTML; charset=UTF-8",
            " text/html ;charset=iso-8859-1",
            "application/xhtml+xml",
            "text/xml",
            "application/xml",
            "application/rss+xml",
            "application/atom+xml; charset=utf-8",
            "application/rdf+xml",
            "text/plain",
            "application/gzip",
            "application/x-gzip",
            "",
            "  ; charset=utf-8",
        ] {
            assert!(doc(Some(ct), page), "{ct}");
        }
        assert!(doc(None, page));
    }

    #[test]
    fn not_documents() {
        let page = "https://news.example/a";
        for ct in [
            "image/jpeg",
            "image/svg",
            "video/mp4",
            "application/pdf",
            "application/json",
            "application/javascript",
            "text/css",
            "application/zip",
            "application/octet-stream",
            "text/htmlx",
            "xml",
            "\u{fffd}",
        ] {
            assert!(!doc(Some(ct), page), "{ct}");
        }
    }

    #[test]
    fn octet_stream_depends_on_the_path() {
        let ct = Some("Application/Octet-Stream");
        assert!(doc(ct, "https://news.example/sitemap.xml"));
        assert!(doc(ct, "https://news.example/sitemap.XML.GZ?x=1"));
        assert!(doc(ct, "https://news.example/feed.rss"));
        assert!(!doc(ct, "https://news.example/video.mp4"));
        assert!(!doc(ct, "https://news.example/a?f=sitemap.xml"));
        assert!(!doc(ct, "https://news.example/"));
    }
}
