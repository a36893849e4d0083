//! Per-URL state and crawl-run summaries kept beside the records.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use snapcrawl_core::{PageKind, Timestamp};

/// What became of one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// Fetched and stored (or found unchanged).
    Stored,
    /// Fetched; its content is another URL's.
    Duplicate,
    /// A redirect, followed.
    Redirect,
    /// The server answered 4xx.
    ClientError,
    /// The server answered 5xx or 429.
    ServerError,
    /// Timed out.
    Timeout,
    /// Could not connect or the connection broke.
    Network,
    /// Redirect to a place the crawl may not go (scope, robots, loops).
    RedirectRefused,
    /// A content type the crawler does not keep.
    Skipped,
    /// 304 to a conditional request: the stored version is current.
    NotModified,
    /// Not fetched: its host was given up for the run (robots.txt
    /// unreachable, or 429/503 too often in a row).
    HostUnavailable,
    /// Not fetched: its address is loopback, private or link-local and its
    /// host is not a seed or in the configured scope.
    Refused,
    /// Fetched, but parsing it failed: a bug in the extractor (the detail
    /// keeps its message). The crawl goes on.
    ParseFailed,
}

impl OutcomeKind {
    /// Whether this outcome is a failure to get the document.
    pub fn is_failure(self) -> bool {
        matches!(
            self,
            OutcomeKind::ClientError
                | OutcomeKind::ServerError
                | OutcomeKind::Timeout
                | OutcomeKind::Network
                | OutcomeKind::RedirectRefused
                | OutcomeKind::HostUnavailable
                | OutcomeKind::Refused
                | OutcomeKind::ParseFailed
        )
    }

    /// Stable name for reports.
    pub fn as_str(self) -> &'static str {
        match self {
            OutcomeKind::Stored => "stored",
            OutcomeKind::Duplicate => "duplicate",
            OutcomeKind::Redirect => "redirect",
            OutcomeKind::ClientError => "client_error",
            OutcomeKind::ServerError => "server_error",
            OutcomeKind::Timeout => "timeout",
            OutcomeKind::Network => "network",
            OutcomeKind::RedirectRefused => "redirect_refused",
            OutcomeKind::Skipped => "skipped",
            OutcomeKind::NotModified => "not_modified",
            OutcomeKind::HostUnavailable => "host_unavailable",
            OutcomeKind::Refused => "refused",
            OutcomeKind::ParseFailed => "parse_failed",
        }
    }
}

/// The outcome of the last fetch of a URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// When it happened.
    pub at: Timestamp,
    /// What happened.
    pub kind: OutcomeKind,
    /// HTTP status, if a response came.
    pub status: Option<u16>,
    /// Human-readable detail (error text, redirect target).
    pub detail: Option<String>,
}

/// What the store knows about one canonical URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UrlState {
    /// Latest stored version (0: none yet).
    pub latest_version: u32,
    /// Content hash of the latest version.
    pub content_hash: String,
    /// Kind of the latest version.
    #[serde(default)]
    pub latest_kind: Option<PageKind>,
    /// `ETag` of the latest fetch.
    pub etag: Option<String>,
    /// `Last-Modified` of the latest fetch.
    pub last_modified: Option<String>,
    /// When the content was last compared with the stored version.
    pub last_checked: Option<Timestamp>,
    /// When the first version was stored.
    #[serde(default)]
    pub first_stored: Option<Timestamp>,
    /// When the URL was marked done (its record durable).
    pub done_at: Option<Timestamp>,
    /// The last fetch's outcome.
    pub last_outcome: Option<Outcome>,
}

/// Summary of one crawl run, printed at its end and kept in the store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunSummary {
    /// When the run started.
    pub started_at: Timestamp,
    /// Wall-clock seconds the run took.
    pub elapsed_secs: f64,
    /// HTTP requests sent (robots.txt and redirects included).
    pub requests: u64,
    /// Pages fetched with a 2xx answer.
    pub pages_fetched: u64,
    /// New records (or versions) written.
    pub records_stored: u64,
    /// Pages whose content was already stored (same URL unchanged, or
    /// another URL's article).
    pub duplicates_skipped: u64,
    /// Pages answered 304 Not Modified to a conditional request.
    #[serde(default)]
    pub not_modified: u64,
    /// Links not requested because robots.txt disallows them.
    pub robots_blocked: u64,
    /// URLs queued by earlier runs and taken up again.
    #[serde(default)]
    pub resumed: u64,
    /// Known URLs found again but not due for a revisit yet.
    #[serde(default)]
    pub not_due: u64,
    /// Requests repeated after a server error, throttle or network failure.
    #[serde(default)]
    pub retries: u64,
    /// 429/503 answers that made a host wait.
    #[serde(default)]
    pub throttles: u64,
    /// Failures by kind (`timeout`, `client_error`, ...).
    pub errors: BTreeMap<String, u64>,
    /// Why the run ended (`done`, `max_pages`, `max_duration`, `signal`).
    pub stop_reason: String,
}
