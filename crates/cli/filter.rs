//! Which records `dump` prints: by host and by snapshot time.

use anyhow::Context;
use snapcrawl_core::{SnapshotRecord, Timestamp};

/// `dump --host/--since/--until`.
#[derive(Debug, Clone, Default)]
pub struct RecordFilter {
    /// Host name, or `host:port`, of the record's URL (case-insensitive).
    pub host: Option<String>,
    /// Snapshots generated at or after this time.
    pub since: Option<Timestamp>,
    /// Snapshots generated before this time.
    pub until: Option<Timestamp>,
}

/// Parses an RFC 3339 time, or a `YYYY-MM-DD` day (its start, UTC).
pub fn parse_time(text: &str) -> anyhow::Result<Timestamp> {
    let text = text.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(t.to_utc());
    }
    let day = chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .with_context(|| format!("{text:?} is not an RFC 3339 time or a YYYY-MM-DD day"))?;
    Ok(day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc())
}

impl RecordFilter {
    /// Whether `record` is printed.
    pub fn keeps(&self, record: &SnapshotRecord) -> bool {
        if let Some(want) = &self.host {
            let Ok(url) = url::Url::parse(&record.url) else {
                return false;
            };
            let host = url.host_str().unwrap_or_default();
            let with_port = match url.port() {
                Some(port) => format!("{host}:{port}"),
                None => host.to_string(),
            };
            if !want.eq_ignore_ascii_case(host) && !want.eq_ignore_ascii_case(&with_port) {
                return false;
            }
        }
        self.since.is_none_or(|t| record.generated_at >= t)
            && self.until.is_none_or(|t| record.generated_at < t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(url: &str, at: &str) -> SnapshotRecord {
        SnapshotRecord {
            url: url.into(),
            generated_at: parse_time(at).unwrap(),
            ..Default::default()
        }
    }

    #[test]
    fn hosts_match_with_or_without_port_and_times_are_half_open() {
        let r = record(
            "http://News.example.com:8080/a",
            "2026-03-01T10:00:00+08:00",
        );
        let host = |h: &str| RecordFilter {
            host: Some(h.into()),
            ..Default::default()
        };
        assert!(host("news.example.com").keeps(&r));
        assert!(host("news.example.com:8080").keeps(&r));
        assert!(!host("example.com").keeps(&r));
        let window = |since: &str, until: &str| RecordFilter {
            since: Some(parse_time(since).unwrap()),
            until: Some(parse_time(until).unwrap()),
            ..Default::default()
        };
        assert!(window("2026-03-01", "2026-03-02").keeps(&r));
        assert!(window("2026-03-01T02:00:00Z", "2026-03-02").keeps(&r));
        assert!(!window("2026-02-01", "2026-03-01T02:00:00Z").keeps(&r));
        assert!(parse_time("yesterday").is_err());
    }
}
