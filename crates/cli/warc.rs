//! `dump --format warc`: WARC 1.1, one gzip member per record. The store
//! keeps extracted snapshots, not raw pages, so each snapshot is a
//! `metadata` record holding its JSON (Target-URI: the page, Date: when the
//! snapshot was made), after one `warcinfo` record naming the producer.

use std::io::Write as _;

use flate2::write::GzEncoder;
use flate2::Compression;
use snapcrawl_core::{SnapshotRecord, Timestamp};

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

/// A snapshot as a `metadata` record.
pub fn metadata(snapshot: &SnapshotRecord) -> Vec<u8> {
    let json = crate::render::jsonl(snapshot);
    record(
        &[
            ("WARC-Type", "metadata".into()),
            (
                "WARC-Record-ID",
                record_id(&format!("{} {}", snapshot.url, snapshot.version)),
            ),
            ("WARC-Date", warc_date(&snapshot.generated_at)),
            ("WARC-Target-URI", snapshot.url.clone()),
        ],
        "application/json",
        json.as_bytes(),
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
        let gz = metadata(&snapshot);
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
}
