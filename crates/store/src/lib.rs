//! The sled store: deduplicated, versioned snapshot records.
//!
//! Trees:
//! - `records`: canonical URL, NUL, version (u32 big-endian) → record JSON;
//! - `raw`: canonical URL, NUL, version → the page as fetched
//!   ([`RawPage`]), when the crawl keeps raw pages;
//! - `urls`: canonical URL → [`UrlState`] (latest version, content hash,
//!   validators, last outcome, done mark);
//! - `content`: content hash → the canonical URL that first had it;
//! - `aliases`: other URL → the canonical URL whose record it duplicates;
//! - `runs`: run start time → [`RunSummary`];
//! - `robots`: host (scheme://host:port) → [`RobotsEntry`], the robots.txt
//!   cache;
//! - `frontier`: the crawl's queue on disk ([`DiskQueue`]): per-host
//!   queues and URLs in flight, so a run resumes what the last one (however
//!   it ended) left; its seen set is the file `frontier.seen`;
//! - `hosts`: host → [`HostPace`], its pacing when the last run ended, so
//!   the next run honours a wait (delay, back-off, Retry-After) that
//!   outlives the run;
//! - `near`: SimHash band (3 bytes), URL → the article's 64-bit SimHash, to
//!   find the same story stored under another URL with slightly different
//!   text (`near_duplicate_of`).
//!
//! A record is written and flushed before its URL is marked done:
//! [`Store::put_snapshot`] then [`Store::flush`] then [`Store::mark_done`].
//!
//! ```
//! use snapcrawl_core::{PageKind, SnapshotRecord};
//! use snapcrawl_store::{content_hash, PutOutcome, Store};
//!
//! let dir = tempfile::tempdir().unwrap();
//! let store = Store::open(dir.path()).unwrap();
//! let mut record = SnapshotRecord {
//!     url: "http://example.com/a".into(),
//!     kind: PageKind::Article,
//!     title: Some("Title".into()),
//!     body: "Body".into(),
//!     ..Default::default()
//! };
//! record.content_hash = content_hash(record.title.as_deref(), &record.body);
//! assert_eq!(store.put_snapshot(record.clone()).unwrap(), PutOutcome::Stored { version: 1 });
//! assert_eq!(store.put_snapshot(record).unwrap(), PutOutcome::Unchanged { version: 1 });
//! ```

mod queue;
mod raw;
mod robots;
mod seen;
mod simhash;
mod state;

use std::path::{Path, PathBuf};

use serde::{de::DeserializeOwned, Serialize};
use snapcrawl_core::{PageKind, SnapshotRecord, Timestamp};

pub use crate::queue::{DiskQueue, SEGMENT_LEN, TAIL_BUDGET};
pub use crate::raw::{RawError, RawPage};
pub use crate::robots::{RobotsAnswer, RobotsEntry, ROBOTS_FALLBACK_AFTER};
pub use crate::simhash::{distance, simhash, MAX_DISTANCE};
pub use crate::state::{Outcome, OutcomeKind, RunSummary, UrlState};

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the store (sled takes an exclusive lock).
    #[error("store {path} is in use by another process (a crawl may be running): {source}")]
    Locked {
        /// The store directory.
        path: PathBuf,
        /// What sled said.
        source: sled::Error,
    },
    /// sled failed (IO error, corruption).
    #[error("store {path}: {source}")]
    Sled {
        /// The store directory.
        path: PathBuf,
        /// What sled said.
        source: sled::Error,
    },
    /// A kept raw page does not decode.
    #[error("corrupt raw page of {url} version {version}: {source}")]
    CorruptRaw {
        /// The page.
        url: String,
        /// Its version.
        version: u32,
        /// Why.
        source: RawError,
    },
    /// A value in the store does not decode.
    #[error("corrupt entry in tree {tree}: {source}")]
    Corrupt {
        /// The tree holding the entry.
        tree: &'static str,
        /// Why it does not decode.
        source: serde_json::Error,
    },
}

/// Result of storing a snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PutOutcome {
    /// A new version was written.
    Stored {
        /// Its version number.
        version: u32,
    },
    /// The URL's latest version has the same content; nothing new written.
    Unchanged {
        /// The latest version.
        version: u32,
    },
    /// Another URL already holds this article's content; this URL was
    /// recorded as its alias.
    DuplicateOf {
        /// The canonical URL that holds the content.
        url: String,
    },
}

/// Counts over the whole store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StoreStats {
    /// URLs with at least one record.
    pub urls: u64,
    /// Records of every version.
    pub records: u64,
    /// Latest records that are articles.
    pub articles: u64,
    /// Latest records that are listings.
    pub listings: u64,
    /// URLs recorded as aliases of another URL's content.
    pub aliases: u64,
    /// URLs whose last outcome was a failure.
    pub failures: u64,
    /// Crawl runs recorded.
    pub runs: u64,
}

/// Counts for one host (scheme://host:port).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct HostStats {
    /// URLs the crawler fetched (any outcome).
    pub fetched: u64,
    /// URLs with at least one record.
    pub urls_with_records: u64,
    /// Records of every version.
    pub versions: u64,
    /// Latest records that are articles.
    pub articles: u64,
    /// URLs whose last outcome was a failure, by kind.
    pub failures: std::collections::BTreeMap<String, u64>,
    /// Share of fetched URLs that became article records.
    pub harvest_rate: f64,
    /// URLs queued and not fetched to an outcome yet (the next run's
    /// queue).
    pub queued: u64,
    /// The delay in force when the last run ended, in seconds.
    pub delay_secs: Option<f64>,
    /// No request before this (pacing, back-off, Retry-After), as the
    /// last run left it.
    pub next_allowed_at: Option<Timestamp>,
}

/// A host's pacing as a run left it.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct HostPace {
    /// The delay in force, in seconds.
    pub delay_secs: f64,
    /// No request before this.
    pub next_allowed_at: Option<Timestamp>,
    /// The run gave the host up.
    pub given_up: bool,
}

/// Hex digest (blake3) of the normalised title and body: whitespace runs
/// collapse to one space, so re-indented markup is the same content.
pub fn content_hash(title: Option<&str>, body: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    for part in [title.unwrap_or_default(), "\u{0}", body] {
        let mut first = true;
        for word in part.split_whitespace() {
            if !first {
                hasher.update(b" ");
            }
            hasher.update(word.as_bytes());
            first = false;
        }
    }
    hasher.finalize().to_hex()[..32].to_string()
}

/// The snapshot store.
pub struct Store {
    path: PathBuf,
    db: sled::Db,
    records: sled::Tree,
    raw: sled::Tree,
    urls: sled::Tree,
    content: sled::Tree,
    aliases: sled::Tree,
    runs: sled::Tree,
    robots: sled::Tree,
    near: sled::Tree,
    frontier: sled::Tree,
    hosts: sled::Tree,
    /// The run lock, released when the store is dropped.
    _lock: std::fs::File,
}

fn record_key(url: &str, version: u32) -> Vec<u8> {
    let mut key = Vec::with_capacity(url.len() + 5);
    key.extend_from_slice(url.as_bytes());
    key.push(0);
    key.extend_from_slice(&version.to_be_bytes());
    key
}

fn decode<T: DeserializeOwned>(tree: &'static str, bytes: &[u8]) -> Result<T, StoreError> {
    serde_json::from_slice(bytes).map_err(|source| StoreError::Corrupt { tree, source })
}

fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("store values always serialise")
}

/// Deletes the snapshot files sled was still writing when its process
/// died (`snap.*.generating`). sled renames a snapshot into place only once
/// it is whole, so such a file is never needed; but sled 0.34 refuses to
/// open a store that has one ("Read corrupted data"), which a kill at the
/// wrong moment leaves behind. Without it sled starts from the last whole
/// snapshot and replays its log.
fn remove_unfinished_snapshots(path: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(path)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("snap.") && name.ends_with(".generating") {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

impl Store {
    /// Opens (or creates) the store in `path`. Fails at once with
    /// [`StoreError::Locked`] when another process has it open: the run
    /// lock is `path/snapcrawl.lock`, held with `File::try_lock` for as long
    /// as the store is open.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let io_err = |source: std::io::Error| StoreError::Sled {
            path: path.to_path_buf(),
            source: sled::Error::Io(source),
        };
        std::fs::create_dir_all(path).map_err(io_err)?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path.join("snapcrawl.lock"))
            .map_err(io_err)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                    source: sled::Error::Io(std::io::Error::new(
                        std::io::ErrorKind::WouldBlock,
                        "snapcrawl.lock is held",
                    )),
                })
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(io_err(e)),
        }
        remove_unfinished_snapshots(path).map_err(io_err)?;
        let db = sled::Config::new()
            .path(path)
            .cache_capacity(64 * 1024 * 1024)
            .flush_every_ms(Some(1000))
            .open()
            .map_err(|source| match &source {
                sled::Error::Io(io)
                    if io.kind() == std::io::ErrorKind::WouldBlock
                        || io.to_string().contains("lock") =>
                {
                    StoreError::Locked {
                        path: path.to_path_buf(),
                        source,
                    }
                }
                _ => StoreError::Sled {
                    path: path.to_path_buf(),
                    source,
                },
            })?;
        let tree = |name: &str| {
            db.open_tree(name).map_err(|source| StoreError::Sled {
                path: path.to_path_buf(),
                source,
            })
        };
        Ok(Self {
            records: tree("records")?,
            raw: tree("raw")?,
            urls: tree("urls")?,
            content: tree("content")?,
            aliases: tree("aliases")?,
            runs: tree("runs")?,
            robots: tree("robots")?,
            near: tree("near")?,
            frontier: tree("frontier")?,
            hosts: tree("hosts")?,
            path: path.to_path_buf(),
            db,
            _lock: lock,
        })
    }

    fn sled_err(&self, source: sled::Error) -> StoreError {
        StoreError::Sled {
            path: self.path.clone(),
            source,
        }
    }

    /// The state kept for `url`, if it was ever seen by a crawl.
    pub fn url_state(&self, url: &str) -> Result<Option<UrlState>, StoreError> {
        match self.urls.get(url).map_err(|e| self.sled_err(e))? {
            Some(bytes) => Ok(Some(decode("urls", &bytes)?)),
            None => Ok(None),
        }
    }

    fn put_url_state(&self, url: &str, state: &UrlState) -> Result<(), StoreError> {
        self.urls
            .insert(url, encode(state))
            .map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    /// Stores `record` (whose `content_hash` the caller computed with
    /// [`content_hash`]) unless it adds nothing: the same content as the
    /// URL's latest version, or an article whose content another URL holds.
    /// The record's `version` is assigned here.
    pub fn put_snapshot(&self, mut record: SnapshotRecord) -> Result<PutOutcome, StoreError> {
        let mut state = self.url_state(&record.url)?.unwrap_or_default();
        if state.latest_version > 0 && state.content_hash == record.content_hash {
            state.last_checked = Some(record.generated_at);
            self.put_url_state(&record.url, &state)?;
            return Ok(PutOutcome::Unchanged {
                version: state.latest_version,
            });
        }
        if record.kind == PageKind::Article {
            if let Some(owner) = self
                .content
                .get(&record.content_hash)
                .map_err(|e| self.sled_err(e))?
            {
                let owner = String::from_utf8_lossy(&owner).into_owned();
                if owner != record.url {
                    self.add_alias(&owner, &record.url)?;
                    return Ok(PutOutcome::DuplicateOf { url: owner });
                }
            }
        }
        let version = state.latest_version + 1;
        record.version = version;
        let fingerprint = (record.kind == PageKind::Article)
            .then(|| simhash(&record.body))
            .flatten();
        if let Some(hash) = fingerprint {
            record.near_duplicate_of = self.near_duplicate(
                &record.url,
                record.title.as_deref(),
                record.body.chars().count(),
                hash,
            )?;
        }
        if let Some(previous) = self.latest(&record.url)? {
            record.aliases = previous.aliases;
        }
        self.records
            .insert(record_key(&record.url, version), encode(&record))
            .map_err(|e| self.sled_err(e))?;
        if record.kind == PageKind::Article {
            self.content
                .compare_and_swap(
                    &record.content_hash,
                    None as Option<&[u8]>,
                    Some(record.url.as_bytes()),
                )
                .map_err(|e| self.sled_err(e))?
                .ok();
        }
        if let Some(hash) = fingerprint {
            for band in simhash::bands(hash) {
                let mut key = band.to_vec();
                key.extend_from_slice(record.url.as_bytes());
                self.near
                    .insert(key, &hash.to_be_bytes())
                    .map_err(|e| self.sled_err(e))?;
            }
        }
        state.latest_version = version;
        state.content_hash = record.content_hash.clone();
        state.latest_kind = Some(record.kind);
        state.first_stored.get_or_insert(record.generated_at);
        state.etag = record.http.etag.clone();
        state.last_modified = record.http.last_modified.clone();
        state.last_checked = Some(record.generated_at);
        self.put_url_state(&record.url, &state)?;
        Ok(PutOutcome::Stored { version })
    }

    /// Another URL's stored article whose SimHash is within
    /// [`MAX_DISTANCE`] bits of `hash`, of a similar length (within 20%),
    /// and whose title, when both have one, is mostly the same (bigram
    /// Jaccard ≥ 0.7): templated texts of different stories can be close in
    /// SimHash; a syndicated copy keeps its length and its headline.
    fn near_duplicate(
        &self,
        url: &str,
        title: Option<&str>,
        body_chars: usize,
        hash: u64,
    ) -> Result<Option<String>, StoreError> {
        for band in simhash::bands(hash) {
            for entry in self.near.scan_prefix(band) {
                let (key, value) = entry.map_err(|e| self.sled_err(e))?;
                let other = String::from_utf8_lossy(&key[3..]);
                let Ok(bytes) = <[u8; 8]>::try_from(&value[..]) else {
                    continue;
                };
                if other == url || distance(hash, u64::from_be_bytes(bytes)) > MAX_DISTANCE {
                    continue;
                }
                let Some(earlier) = self.latest(&other)? else {
                    continue;
                };
                // A copy is about as long as the original.
                let (a, b) = (body_chars, earlier.body.chars().count());
                let similar_length = a.min(b) * 5 >= a.max(b) * 4;
                let same_title = match (title, earlier.title.as_deref()) {
                    (Some(a), Some(b)) => simhash::title_similarity(a, b) >= 0.7,
                    _ => true,
                };
                let same_story = similar_length && same_title;
                if same_story {
                    return Ok(Some(other.into_owned()));
                }
            }
        }
        Ok(None)
    }

    /// Records that `alias` is another address of `canonical`'s document:
    /// `aliases[alias] = canonical`, and the alias is listed on the latest
    /// record of `canonical` (if stored).
    pub fn add_alias(&self, canonical: &str, alias: &str) -> Result<(), StoreError> {
        if canonical == alias {
            return Ok(());
        }
        self.aliases
            .insert(alias, canonical)
            .map_err(|e| self.sled_err(e))?;
        if let Some(mut latest) = self.latest(canonical)? {
            if !latest.aliases.iter().any(|a| a == alias) {
                latest.aliases.push(alias.to_string());
                self.records
                    .insert(record_key(canonical, latest.version), encode(&latest))
                    .map_err(|e| self.sled_err(e))?;
            }
        }
        Ok(())
    }

    /// The canonical URL `url` is an alias of, if it is one.
    pub fn alias_of(&self, url: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .aliases
            .get(url)
            .map_err(|e| self.sled_err(e))?
            .map(|v| String::from_utf8_lossy(&v).into_owned()))
    }

    /// Records the outcome of fetching `url` (success or failure). A 304
    /// also counts as the content having been checked.
    pub fn record_outcome(&self, url: &str, outcome: Outcome) -> Result<(), StoreError> {
        let mut state = self.url_state(url)?.unwrap_or_default();
        if outcome.kind == OutcomeKind::NotModified {
            state.last_checked = Some(outcome.at);
        }
        state.last_outcome = Some(outcome);
        self.put_url_state(url, &state)
    }

    /// Marks `url` done at `now`. Call only after the flush that made its
    /// record durable.
    pub fn mark_done(&self, url: &str, now: Timestamp) -> Result<(), StoreError> {
        let mut state = self.url_state(url)?.unwrap_or_default();
        state.done_at = Some(now);
        self.put_url_state(url, &state)
    }

    /// Makes everything written so far durable.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush().map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    /// The latest record of `url`.
    pub fn latest(&self, url: &str) -> Result<Option<SnapshotRecord>, StoreError> {
        self.versions(url).next_back().transpose()
    }

    /// Every version of `url`, oldest first.
    pub fn versions(
        &self,
        url: &str,
    ) -> impl DoubleEndedIterator<Item = Result<SnapshotRecord, StoreError>> + '_ {
        let mut prefix = url.as_bytes().to_vec();
        prefix.push(0);
        self.records.scan_prefix(prefix).map(move |entry| {
            let (_, bytes) = entry.map_err(|e| self.sled_err(e))?;
            decode("records", &bytes)
        })
    }

    /// Every record, ordered by URL then version; with `all_versions` false,
    /// only the latest version of each URL.
    pub fn records(
        &self,
        all_versions: bool,
    ) -> impl Iterator<Item = Result<SnapshotRecord, StoreError>> + '_ {
        let mut iter = self.records.iter().peekable();
        std::iter::from_fn(move || loop {
            let (key, bytes) = match iter.next()? {
                Ok(kv) => kv,
                Err(e) => return Some(Err(self.sled_err(e))),
            };
            if !all_versions {
                let url_part = &key[..key.len().saturating_sub(4)];
                if let Some(Ok((next, _))) = iter.peek() {
                    if next.len() == key.len() && next.starts_with(url_part) {
                        continue;
                    }
                }
            }
            return Some(decode("records", &bytes));
        })
    }

    /// Appends a crawl run's summary.
    pub fn put_run(&self, run: &RunSummary) -> Result<(), StoreError> {
        let key = run.started_at.timestamp_micros().to_be_bytes();
        self.runs
            .insert(key, encode(run))
            .map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    /// Every recorded crawl run, oldest first.
    pub fn runs(&self) -> Result<Vec<RunSummary>, StoreError> {
        self.runs
            .iter()
            .values()
            .map(|v| decode("runs", &v.map_err(|e| self.sled_err(e))?))
            .collect()
    }

    /// Counts over the whole store.
    pub fn stats(&self) -> Result<StoreStats, StoreError> {
        let mut stats = StoreStats {
            records: self.records.len() as u64,
            aliases: self.aliases.len() as u64,
            runs: self.runs.len() as u64,
            ..Default::default()
        };
        for record in self.records(false) {
            let record = record?;
            stats.urls += 1;
            match record.kind {
                PageKind::Article => stats.articles += 1,
                PageKind::Listing => stats.listings += 1,
            }
        }
        for state in self.urls.iter().values() {
            let state: UrlState = decode("urls", &state.map_err(|e| self.sled_err(e))?)?;
            if state
                .last_outcome
                .as_ref()
                .is_some_and(|o| o.kind.is_failure())
            {
                stats.failures += 1;
            }
        }
        Ok(stats)
    }

    /// The robots.txt history of `host` (a [`snapcrawl_core::HostKey`]).
    pub fn robots(&self, host: &str) -> Result<Option<RobotsEntry>, StoreError> {
        match self.robots.get(host).map_err(|e| self.sled_err(e))? {
            Some(bytes) => Ok(Some(decode("robots", &bytes)?)),
            None => Ok(None),
        }
    }

    /// Replaces the robots.txt history of `host`.
    pub fn put_robots(&self, host: &str, entry: &RobotsEntry) -> Result<(), StoreError> {
        self.robots
            .insert(host, encode(entry))
            .map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    /// Every host's robots.txt history, ordered by host.
    pub fn robots_entries(
        &self,
    ) -> impl Iterator<Item = Result<(String, RobotsEntry), StoreError>> + '_ {
        self.robots.iter().map(move |kv| {
            let (k, v) = kv.map_err(|e| self.sled_err(e))?;
            Ok((
                String::from_utf8_lossy(&k).into_owned(),
                decode("robots", &v)?,
            ))
        })
    }

    /// Counts per host (scheme://host:port, as [`snapcrawl_core::HostKey`]).
    pub fn host_stats(&self) -> Result<std::collections::BTreeMap<String, HostStats>, StoreError> {
        let mut hosts: std::collections::BTreeMap<String, HostStats> = Default::default();
        let host_of = |url: &str| {
            url::Url::parse(url)
                .map(|u| snapcrawl_core::HostKey::of(&u).as_str().to_string())
                .unwrap_or_default()
        };
        for entry in self.url_states() {
            let (url, state) = entry?;
            let host = hosts.entry(host_of(&url)).or_default();
            if state.last_outcome.is_some() || state.latest_version > 0 {
                host.fetched += 1;
            }
            if state.latest_version > 0 {
                host.urls_with_records += 1;
                host.versions += u64::from(state.latest_version);
                if state.latest_kind == Some(PageKind::Article) {
                    host.articles += 1;
                }
            }
            if let Some(outcome) = state.last_outcome.filter(|o| o.kind.is_failure()) {
                *host
                    .failures
                    .entry(outcome.kind.as_str().to_string())
                    .or_default() += 1;
            }
        }
        for segment in queue::segments(&self.frontier) {
            let (host, _, len) = segment.map_err(|e| match e {
                queue::SegmentError::Sled(e) => self.sled_err(e),
                queue::SegmentError::Corrupt(e) => e,
            })?;
            hosts.entry(host.as_str().to_owned()).or_default().queued += len;
        }
        for url in queue::in_flight(&self.frontier) {
            let url = url.map_err(|e| self.sled_err(e))?;
            hosts.entry(host_of(&url)).or_default().queued += 1;
        }
        for pace in self.host_paces() {
            let (host, pace) = pace?;
            let stats = hosts.entry(host).or_default();
            stats.delay_secs = Some(pace.delay_secs);
            stats.next_allowed_at = pace.next_allowed_at;
        }
        for host in hosts.values_mut() {
            if host.fetched > 0 {
                host.harvest_rate = host.articles as f64 / host.fetched as f64;
            }
        }
        Ok(hosts)
    }

    /// Keeps the page as fetched beside version `version` of `url`.
    pub fn put_raw_page(&self, url: &str, version: u32, page: &RawPage) -> Result<(), StoreError> {
        self.raw
            .insert(record_key(url, version), raw::encode(page))
            .map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    /// The page as fetched for version `version` of `url`, if it was kept.
    pub fn raw_page(&self, url: &str, version: u32) -> Result<Option<RawPage>, StoreError> {
        let Some(value) = self
            .raw
            .get(record_key(url, version))
            .map_err(|e| self.sled_err(e))?
        else {
            return Ok(None);
        };
        raw::decode(&value)
            .map(Some)
            .map_err(|source| StoreError::CorruptRaw {
                url: url.to_owned(),
                version,
                source,
            })
    }

    /// Records how `host` is paced as a run ends.
    pub fn put_host_pace(&self, host: &str, pace: &HostPace) -> Result<(), StoreError> {
        self.hosts
            .insert(host, encode(pace))
            .map_err(|e| self.sled_err(e))?;
        Ok(())
    }

    /// Every host's pacing as the last run that crawled it left it.
    pub fn host_paces(&self) -> impl Iterator<Item = Result<(String, HostPace), StoreError>> + '_ {
        self.hosts.iter().map(move |kv| {
            let (k, v) = kv.map_err(|e| self.sled_err(e))?;
            Ok((
                String::from_utf8_lossy(&k).into_owned(),
                decode("hosts", &v)?,
            ))
        })
    }

    /// The crawl queue on disk, opened for a new crawl: URLs the last
    /// crawl left in flight are queued again.
    pub fn disk_queue(&self) -> Result<DiskQueue, StoreError> {
        DiskQueue::open(
            self.frontier.clone(),
            &self.path.join("frontier.seen"),
            &self.path,
        )
    }

    /// Every URL state, for per-URL reports.
    pub fn url_states(&self) -> impl Iterator<Item = Result<(String, UrlState), StoreError>> + '_ {
        self.urls.iter().map(move |kv| {
            let (k, v) = kv.map_err(|e| self.sled_err(e))?;
            Ok((
                String::from_utf8_lossy(&k).into_owned(),
                decode("urls", &v)?,
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(url: &str, body: &str) -> SnapshotRecord {
        let mut record = SnapshotRecord {
            url: url.into(),
            kind: PageKind::Article,
            title: Some("T".into()),
            body: body.into(),
            generated_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            ..Default::default()
        };
        record.content_hash = content_hash(record.title.as_deref(), &record.body);
        record
    }

    #[test]
    fn changed_content_makes_a_new_version_and_same_content_none() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            store.put_snapshot(article("http://a/1", "one")).unwrap(),
            PutOutcome::Stored { version: 1 }
        );
        assert_eq!(
            store.put_snapshot(article("http://a/1", "one")).unwrap(),
            PutOutcome::Unchanged { version: 1 }
        );
        assert_eq!(
            store.put_snapshot(article("http://a/1", "two")).unwrap(),
            PutOutcome::Stored { version: 2 }
        );
        let latest: Vec<_> = store.records(false).collect::<Result<_, _>>().unwrap();
        assert_eq!(latest.len(), 1);
        assert_eq!(latest[0].body, "two");
        assert_eq!(latest[0].version, 2);
        assert_eq!(store.records(true).count(), 2);
        let versions: Vec<u32> = store
            .versions("http://a/1")
            .map(|r| r.unwrap().version)
            .collect();
        assert_eq!(versions, [1, 2]);
    }

    #[test]
    fn the_same_article_under_a_second_url_is_stored_once_with_an_alias() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.put_snapshot(article("http://a/1", "text")).unwrap();
        assert_eq!(
            store
                .put_snapshot(article("http://a/mobile/1", "text"))
                .unwrap(),
            PutOutcome::DuplicateOf {
                url: "http://a/1".into()
            }
        );
        assert_eq!(store.records(true).count(), 1);
        assert_eq!(
            store.latest("http://a/1").unwrap().unwrap().aliases,
            vec!["http://a/mobile/1"]
        );
        assert_eq!(
            store.alias_of("http://a/mobile/1").unwrap().as_deref(),
            Some("http://a/1")
        );
    }

    #[test]
    fn listings_with_equal_text_are_not_merged() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        for url in ["http://a/", "http://a/s/"] {
            let mut r = article(url, "");
            r.kind = PageKind::Listing;
            assert_eq!(
                store.put_snapshot(r).unwrap(),
                PutOutcome::Stored { version: 1 }
            );
        }
    }

    #[test]
    fn latest_of_one_url_is_not_confused_by_a_longer_url() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        store.put_snapshot(article("http://a/1", "x")).unwrap();
        store.put_snapshot(article("http://a/1", "y")).unwrap();
        store.put_snapshot(article("http://a/12", "z")).unwrap();
        assert_eq!(store.latest("http://a/1").unwrap().unwrap().body, "y");
        let urls: Vec<_> = store.records(false).map(|r| r.unwrap().url).collect();
        assert_eq!(urls, ["http://a/1", "http://a/12"]);
    }

    #[test]
    fn content_hash_ignores_whitespace_layout() {
        assert_eq!(
            content_hash(Some("T"), "a  b\n\nc"),
            content_hash(Some(" T "), "a b c")
        );
        assert_ne!(
            content_hash(Some("T"), "a b"),
            content_hash(Some("T a"), "b")
        );
    }

    #[test]
    fn a_second_open_of_the_same_store_is_refused_while_the_first_is_open() {
        let dir = tempfile::tempdir().unwrap();
        let _first = Store::open(dir.path()).unwrap();
        let second = Store::open(dir.path());
        assert!(
            matches!(second, Err(StoreError::Locked { .. })),
            "{:?}",
            second.err()
        );
    }

    #[test]
    fn outcomes_and_done_marks_persist_across_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open(dir.path()).unwrap();
            store.put_snapshot(article("http://a/1", "x")).unwrap();
            store.flush().unwrap();
            let now = "2026-01-01T00:00:01Z".parse().unwrap();
            store.mark_done("http://a/1", now).unwrap();
            store
                .record_outcome(
                    "http://a/2",
                    Outcome {
                        at: now,
                        kind: OutcomeKind::Timeout,
                        status: None,
                        detail: None,
                    },
                )
                .unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert!(store
            .url_state("http://a/1")
            .unwrap()
            .unwrap()
            .done_at
            .is_some());
        let stats = store.stats().unwrap();
        assert_eq!((stats.articles, stats.failures), (1, 1));
    }

    #[test]
    fn robots_entries_persist_across_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let host = "http://a.test:80";
        let mut entry = RobotsEntry::default();
        entry.answered(RobotsAnswer {
            fetched_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            status: 200,
            body: "User-agent: *\nDisallow: /x\n".into(),
            sitemaps: vec!["http://a.test/sitemap.xml".into()],
        });
        {
            let store = Store::open(dir.path()).unwrap();
            assert_eq!(store.robots(host).unwrap(), None);
            store.put_robots(host, &entry).unwrap();
            store.flush().unwrap();
        }
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.robots(host).unwrap(), Some(entry.clone()));
        let all: Vec<_> = store.robots_entries().collect::<Result<_, _>>().unwrap();
        assert_eq!(all, vec![(host.to_string(), entry)]);
    }

    #[test]
    fn the_same_story_with_a_different_byline_is_a_near_duplicate() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let story = "The city council voted on Tuesday to approve a new budget for the district schools after a long debate about funding, road repairs and the library that residents have asked for over many years. Officials said construction would start in the spring and finish by autumn. The mayor called the vote a turning point for the town and thanked the parents who had campaigned for two years. Opponents warned that the plan relied on grants that had not yet been promised, and asked for a review of the costs before any contracts are signed. A public meeting on the details is planned for next month at the town hall.";
        store
            .put_snapshot(article("http://a.example/1", story))
            .unwrap();
        let copy = format!("{story} Reporting by Jane Roe.");
        store
            .put_snapshot(article("http://b.example/9", &copy))
            .unwrap();
        store
            .put_snapshot(article(
                "http://c.example/2",
                &"Something else entirely happened in another town today. ".repeat(6),
            ))
            .unwrap();
        let near = |u: &str| store.latest(u).unwrap().unwrap().near_duplicate_of;
        assert_eq!(near("http://a.example/1"), None);
        assert_eq!(
            near("http://b.example/9").as_deref(),
            Some("http://a.example/1")
        );
        assert_eq!(near("http://c.example/2"), None);
    }
}

#[cfg(test)]
mod torn_write_tests {
    use super::*;

    fn record(i: usize) -> SnapshotRecord {
        let mut record = SnapshotRecord {
            url: format!("http://example.com/{i}"),
            kind: PageKind::Article,
            title: Some(format!("Story {i}")),
            body: format!("Body of story {i}. ").repeat(40),
            ..Default::default()
        };
        record.content_hash = content_hash(record.title.as_deref(), &record.body);
        record
    }

    /// A write torn by a power loss leaves the tail of sled's log cut or
    /// garbled: the store opens again with everything flushed before it.
    #[test]
    fn a_torn_write_at_the_end_of_the_log_is_detected_and_dropped_on_open() {
        for tear in [7u64, 300, 4096] {
            let dir = tempfile::tempdir().unwrap();
            let log = dir.path().join("db");
            let flushed_len;
            {
                let store = Store::open(dir.path()).unwrap();
                for i in 0..50 {
                    store.put_snapshot(record(i)).unwrap();
                }
                store.flush().unwrap();
                flushed_len = std::fs::metadata(&log).unwrap().len();
                for i in 50..60 {
                    store.put_snapshot(record(i)).unwrap();
                }
                store.flush().unwrap();
            }
            // Tear the last write: cut it short and garble what is left.
            let len = std::fs::metadata(&log).unwrap().len();
            let cut = len.saturating_sub(tear).max(flushed_len);
            let file = std::fs::OpenOptions::new().write(true).open(&log).unwrap();
            file.set_len(cut).unwrap();
            use std::os::unix::fs::FileExt;
            if cut > flushed_len + 16 {
                file.write_all_at(&[0xAB; 16], cut - 16).unwrap();
            }
            drop(file);
            // sled's threads may hold the file lock for a moment after the
            // first store is dropped.
            let mut opened = Store::open(dir.path());
            for _ in 0..500 {
                if !matches!(opened, Err(StoreError::Locked { .. })) {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(10));
                opened = Store::open(dir.path());
            }
            let store = opened.expect("the store opens after a torn write");
            for i in 0..50 {
                let url = format!("http://example.com/{i}");
                assert!(
                    store.latest(&url).unwrap().is_some(),
                    "tear {tear}: {url} lost"
                );
            }
            let survivors = (50..60)
                .filter(|i| {
                    store
                        .latest(&format!("http://example.com/{i}"))
                        .unwrap()
                        .is_some()
                })
                .count();
            if tear == 4096 {
                assert!(survivors < 10, "the tear reached the last records");
            }
            // What survived is whole: every URL state has its record.
            for state in store.url_states() {
                let (url, state) = state.unwrap();
                assert!(state.latest_version == 0 || store.latest(&url).unwrap().is_some());
            }
        }
    }
}
