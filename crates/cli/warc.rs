//! `dump --format warc`: WARC 1.1, one gzip member per record. After one
//! `warcinfo` record naming the producer, each snapshot is a `metadata`
//! record holding its JSON (Target-URI: the page, Date: when the snapshot
//! was made), preceded by a `response` record with the page as fetched when
//! the crawl kept it (`keep_raw_pages`); the metadata record names that
//! response in `WARC-Concurrent-To`.

use std::io::Write as _;

use flate2::write::GzEncoder;
use flate2::Compression;
use snapcrawl_core::{SnapshotRecord, Timestamp};
use snapcrawl_store::RawPage;

/// A record ID made from `seed`: a `urn:uuid:` in the UUID layout, stable
/// for the same snapshot.
fn record_id(seed: &str) -> String {
    let hash = blake3::hash(seed.as_bytes());
    let b = hash.as_bytes();
    let hex =
        |r: std::ops::Range<usize>| -> String { b[r].iter().map(|x| format!("{x:02x}")).collect() };
    format!(
        "<urn:uuid:{}-{}-{}-{}-{}>",
        hex(0..4),
        hex(4..6),
        hex(6..8),
        hex(8..10),
        hex(10..16)
    )
}

fn warc_date(time: &Timestamp) -> String {
    time.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// One gzipped WARC record.
fn record(headers: &[(&str, String)], content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut raw = b"WARC/1.1\r\n".to_vec();
    for (name, value) in headers {
        // Header values are one line: no CR or LF from record data.
        let value = value.replace(['\r', '\n'], " ");
        raw.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    raw.extend_from_slice(format!("Content-Type: {content_type}\r\n").as_bytes());
    raw.extend_from_slice(format!("Content-Length: {}\r\n\r\n", block.len()).as_bytes());
    raw.extend_from_slice(block);
    raw.extend_from_slice(b"\r\n\r\n");
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(&raw).expect("writing to memory");
    gz.finish().expect("writing to memory")
}

/// The `warcinfo` record that starts a file.
pub fn warcinfo(now: &Timestamp) -> Vec<u8> {
    let fields = format!(
        "software: snapcrawl/{}\r\nformat: WARC File Format 1.1\r\ndescription: snapcrawl snapshot records (metadata records hold each snapshot's JSON)\r\n",
        env!("CARGO_PKG_VERSION")
    );
    record(
        &[
            ("WARC-Type", "warcinfo".into()),
            ("WARC-Record-ID", record_id(&format!("warcinfo {now}"))),
            ("WARC-Date", warc_date(now)),
        ],
        "application/warc-fields",
        fields.as_bytes(),
    )
}

/// The record ID of the `response` record of a snapshot's raw page.
fn response_id(snapshot: &SnapshotRecord) -> String {
    record_id(&format!("response {} {}", snapshot.url, snapshot.version))
}

/// A snapshot as a `metadata` record; `with_response`: a `response`
/// record of its raw page comes with it.
pub fn metadata(snapshot: &SnapshotRecord, with_response: bool) -> Vec<u8> {
    let json = crate::render::jsonl(snapshot);
    let mut headers = vec![
        ("WARC-Type", "metadata".into()),
        (
            "WARC-Record-ID",
            record_id(&format!("{} {}", snapshot.url, snapshot.version)),
        ),
        ("WARC-Date", warc_date(&snapshot.generated_at)),
        ("WARC-Target-URI", snapshot.url.clone()),
    ];
    if with_response {
        headers.push(("WARC-Concurrent-To", response_id(snapshot)));
    }
    record(&headers, "application/json", json.as_bytes())
}

/// Headers that described the body on the wire but not as kept: it is
/// stored decoded and whole.
fn is_transfer_header(name: &str) -> bool {
    ["content-encoding", "transfer-encoding", "content-length"]
        .iter()
        .any(|h| name.eq_ignore_ascii_case(h))
}

/// The raw page of a snapshot as a `response` record: the status line,
/// the headers (with the body's own Content-Length) and the body.
pub fn response(snapshot: &SnapshotRecord, page: &RawPage) -> Vec<u8> {
    let mut block = format!("HTTP/1.1 {} \r\n", page.status).into_bytes();
    for (name, value) in page.headers.iter().filter(|(n, _)| !is_transfer_header(n)) {
        let value = value.replace(['\r', '\n'], " ");
        block.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    block.extend_from_slice(format!("Content-Length: {}\r\n\r\n", page.body.len()).as_bytes());
    block.extend_from_slice(&page.body);
    record(
        &[
            ("WARC-Type", "response".into()),
            ("WARC-Record-ID", response_id(snapshot)),
            ("WARC-Date", warc_date(&page.fetched_at)),
            ("WARC-Target-URI", snapshot.url.clone()),
        ],
        "application/http;msgtype=response",
        &block,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    #[test]
    fn each_record_is_one_gzip_member_with_a_consistent_length() {
        let snapshot = SnapshotRecord {
            url: "http://news.example/a?x=1".into(),
            version: 2,
            title: Some("标题\r\nInjected: header".into()),
            ..Default::default()
        };
        let gz = metadata(&snapshot, false);
        let mut raw = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut raw)
            .unwrap();
        let text = String::from_utf8(raw).unwrap();
        let (head, rest) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("WARC/1.1\r\nWARC-Type: metadata\r\n"));
        assert!(head.contains("WARC-Target-URI: http://news.example/a?x=1\r\n"));
        let length: usize = head
            .lines()
            .find_map(|l| l.strip_prefix("Content-Length: "))
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(rest.len(), length + 4);
        let block: serde_json::Value = serde_json::from_str(&rest[..length]).unwrap();
        assert_eq!(block["version"], 2);
        assert_eq!(record_id("a"), record_id("a"));
        assert_ne!(record_id("a"), record_id("b"));
    }

    #[test]
    fn a_raw_page_is_a_response_record_whose_body_is_as_kept() {
        let snapshot = SnapshotRecord {
            url: "http://news.example/a".into(),
            version: 1,
            ..Default::default()
        };
        let page = RawPage {
            status: 200,
            headers: vec![
                ("content-type".into(), "text/html; charset=gbk".into()),
                ("content-encoding".into(), "gzip".into()),
                ("Content-Length".into(), "12".into()),
                ("x-note".into(), "a\r\nInjected: 1".into()),
            ],
            fetched_at: chrono::Utc::now(),
            body: b"<html>\xc4\xe3</html>".to_vec(),
        };
        let unzip = |gz: Vec<u8>| {
            let mut raw = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut raw)
                .unwrap();
            raw
        };
        let raw = unzip(response(&snapshot, &page));
        let text = String::from_utf8_lossy(&raw);
        assert!(text.contains("WARC-Type: response\r\n"));
        assert!(text.contains("Content-Type: application/http;msgtype=response\r\n"));
        let http = &text[text.find("HTTP/1.1").unwrap()..];
        assert!(http.starts_with("HTTP/1.1 200 \r\ncontent-type: text/html; charset=gbk\r\n"));
        assert!(!http.to_ascii_lowercase().contains("content-encoding"));
        assert!(http.contains("x-note: a  Injected: 1\r\n"));
        assert!(http.contains("Content-Length: 15\r\n\r\n"));
        assert!(raw.ends_with(b"<html>\xc4\xe3</html>\r\n\r\n"));
        let id = response_id(&snapshot);
        assert!(text.contains(&format!("WARC-Record-ID: {id}\r\n")));
        let meta = unzip(metadata(&snapshot, true));
        assert!(String::from_utf8_lossy(&meta).contains(&format!("WARC-Concurrent-To: {id}\r\n")));
    }
}
