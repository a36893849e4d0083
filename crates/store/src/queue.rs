//! The frontier's queue on disk ([`DiskQueue`]): per-host queues and URLs
//! in flight in the sled tree `frontier`, the seen set in the file
//! `frontier.seen` ([`crate::seen`]).
//!
//! Keys of the `frontier` tree:
//! - `q` host NUL priority depth seq → a segment: up to [`SEGMENT_LEN`]
//!   URLs of one host, priority and depth, in arrival order. Keys sort in
//!   queue order, so a host's first segment holds its next URL.
//! - `f` URL → a URL in flight: taken from the queue and not finished.
//!   Opening the queue puts these back (the last run ended before their
//!   outcome was recorded).
//! - `t` host NUL priority depth seq → how many URLs of that segment were
//!   taken (a segment is not rewritten for every URL taken from it).
//! - `r` → the number of the current crawl.
//!
//! A seen-set tag is the crawl number shifted left once, plus 1 while the
//! URL is on disk in a segment or in flight. A URL is seen in this crawl
//! if its tag has this crawl's number or the bit set, so a URL an earlier
//! crawl left queued is not queued twice. The bit is set only once the
//! URL's segment is written, so a crash can never leave a URL that is
//! marked queued but queued nowhere.
//!
//! New URLs wait in memory in the open segment (the *tail*) of their host,
//! priority and depth until [`UrlQueue::flush`], which the driver calls
//! before it marks any page done: a page is never done before the links
//! found on it are on disk. Full tails leave memory; so do all tails when
//! more than [`TAIL_BUDGET`] URLs wait in them.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use snapcrawl_core::{CanonicalUrl, HostKey, LinkRole};
use snapcrawl_frontier::{QueueError, QueuedUrl, UrlQueue};

use crate::seen::{url_hash, SeenFile};
use crate::{decode, encode, StoreError};

/// URLs per segment.
pub const SEGMENT_LEN: usize = 64;
/// URLs kept in memory in open segments before they all leave memory.
pub const TAIL_BUDGET: usize = 16_384;

const QUEUED: u32 = 1;

/// A URL as a segment or the in-flight list keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    url: String,
    role: LinkRole,
    depth: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    redirected_from: Vec<String>,
}

impl Entry {
    fn of(queued: &QueuedUrl) -> Self {
        Self {
            url: queued.url.as_str().to_owned(),
            role: queued.role,
            depth: queued.depth,
            redirected_from: queued
                .redirected_from
                .iter()
                .map(|u| u.as_str().to_owned())
                .collect(),
        }
    }

    fn queued(&self) -> Option<QueuedUrl> {
        Some(QueuedUrl {
            url: CanonicalUrl::parse(&self.url).ok()?,
            role: self.role,
            depth: self.depth,
            redirected_from: self
                .redirected_from
                .iter()
                .filter_map(|u| CanonicalUrl::parse(u).ok())
                .collect(),
        })
    }
}

/// Position in a host's queue: priority, depth, then arrival.
type Order = (u8, u32, u64);

fn segment_prefix(host: &HostKey) -> Vec<u8> {
    let mut key = Vec::with_capacity(host.as_str().len() + 2);
    key.push(b'q');
    key.extend_from_slice(host.as_str().as_bytes());
    key.push(0);
    key
}

fn segment_key(host: &HostKey, order: Order) -> Vec<u8> {
    let mut key = segment_prefix(host);
    key.push(order.0);
    key.extend_from_slice(&order.1.to_be_bytes());
    key.extend_from_slice(&order.2.to_be_bytes());
    key
}

/// The host and order of a segment key.
fn parse_segment_key(key: &[u8]) -> Option<(&str, Order)> {
    let rest = key.strip_prefix(b"q")?;
    let nul = rest.iter().position(|&b| b == 0)?;
    let (host, tail) = (&rest[..nul], &rest[nul + 1..]);
    if tail.len() != 13 {
        return None;
    }
    let depth = u32::from_be_bytes(tail[1..5].try_into().ok()?);
    let seq = u64::from_be_bytes(tail[5..13].try_into().ok()?);
    Some((std::str::from_utf8(host).ok()?, (tail[0], depth, seq)))
}

fn flight_key(url: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(url.len() + 1);
    key.push(b'f');
    key.extend_from_slice(url.as_bytes());
    key
}

/// Why reading segments failed.
pub(crate) enum SegmentError {
    Sled(sled::Error),
    Corrupt(StoreError),
}

/// Every segment in `tree`: its host, order and number of URLs.
pub(crate) fn segments(
    tree: &sled::Tree,
) -> impl Iterator<Item = Result<(HostKey, Order, u64), SegmentError>> + '_ {
    tree.scan_prefix(b"q").filter_map(|kv| {
        let (key, value) = match kv {
            Ok(kv) => kv,
            Err(e) => return Some(Err(SegmentError::Sled(e))),
        };
        let (host, order) = parse_segment_key(&key)?;
        let host = HostKey::of(&url::Url::parse(host).ok()?);
        let taken = match taken_from(tree, &key) {
            Ok(taken) => taken as u64,
            Err(e) => return Some(Err(SegmentError::Sled(e))),
        };
        Some(match decode::<Vec<Entry>>("frontier", &value) {
            Ok(entries) => Ok((host, order, (entries.len() as u64).saturating_sub(taken))),
            Err(e) => Err(SegmentError::Corrupt(e)),
        })
    })
}

/// URLs in flight in `tree`.
pub(crate) fn in_flight(tree: &sled::Tree) -> impl Iterator<Item = sled::Result<String>> + '_ {
    tree.scan_prefix(b"f")
        .keys()
        .map(|k| k.map(|k| String::from_utf8_lossy(&k[1..]).into_owned()))
}

/// The key that records how many URLs of the segment at `segment` were
/// taken (`t` in place of its `q`).
fn taken_key(segment: &[u8]) -> Vec<u8> {
    let mut key = segment.to_vec();
    key[0] = b't';
    key
}

/// How many URLs of the segment at `segment` were taken.
fn taken_from(tree: &sled::Tree, segment: &[u8]) -> sled::Result<usize> {
    Ok(tree
        .get(taken_key(segment))?
        .and_then(|v| Some(u32::from_be_bytes(v.as_ref().try_into().ok()?) as usize))
        .unwrap_or(0))
}

/// The first segment on disk of a host being taken from, decoded.
#[derive(Debug)]
struct Head {
    key: sled::IVec,
    entries: Vec<Entry>,
    taken: usize,
}

/// Hosts whose first segment is kept decoded.
const HEADS_KEPT: usize = 4096;

/// The open segment of one host, priority and depth.
#[derive(Debug)]
struct Tail {
    seq: u64,
    entries: Vec<Entry>,
    /// Whether its segment is on disk at all.
    on_disk: bool,
    /// Whether URLs came since it was last written.
    dirty: bool,
}

/// A [`UrlQueue`] on disk. Get one with [`crate::Store::disk_queue`].
#[derive(Debug)]
pub struct DiskQueue {
    tree: sled::Tree,
    seen: SeenFile,
    path: PathBuf,
    /// This crawl's number.
    crawl: u32,
    next_seq: u64,
    /// URLs queued per host, on disk and in tails.
    counts: HashMap<HostKey, u64>,
    tails: HashMap<HostKey, BTreeMap<(u8, u32), Tail>>,
    tail_len: usize,
    heads: HashMap<HostKey, Head>,
    error: Option<StoreError>,
}

impl DiskQueue {
    /// Opens the queue kept in `tree` and the seen set at `seen_path` for a
    /// new crawl: URLs the last crawl left in flight go back to the queue.
    pub(crate) fn open(
        tree: sled::Tree,
        seen_path: &Path,
        store_path: &Path,
    ) -> Result<Self, StoreError> {
        let sled_err = |source| StoreError::Sled {
            path: store_path.to_path_buf(),
            source,
        };
        let seen = SeenFile::open(seen_path).map_err(|e| StoreError::Sled {
            path: store_path.to_path_buf(),
            source: sled::Error::Io(e),
        })?;
        let crawl = tree
            .get(b"r")
            .map_err(sled_err)?
            .and_then(|v| Some(u32::from_be_bytes(v.as_ref().try_into().ok()?)))
            .unwrap_or(0)
            .wrapping_add(1)
            .min(u32::MAX >> 1);
        tree.insert(b"r", &crawl.to_be_bytes()).map_err(sled_err)?;
        let mut queue = Self {
            tree,
            seen,
            path: store_path.to_path_buf(),
            crawl,
            next_seq: 0,
            counts: HashMap::new(),
            tails: HashMap::new(),
            tail_len: 0,
            heads: HashMap::new(),
            error: None,
        };
        for segment in segments(&queue.tree) {
            let (host, order, len) = segment.map_err(|e| queue.store_err_of(e))?;
            *queue.counts.entry(host).or_default() += len;
            queue.next_seq = queue.next_seq.max(order.2 + 1);
        }
        let mut in_flight = Vec::new();
        for kv in queue.tree.scan_prefix(b"f") {
            let (key, value) = kv.map_err(sled_err)?;
            in_flight.push((key, decode::<Entry>("frontier", &value)?));
        }
        for (_, entry) in &in_flight {
            if let Ok(url) = CanonicalUrl::parse(&entry.url) {
                queue.append(&url.host_key(), entry.clone());
            }
        }
        queue.write_tails().map_err(|e| queue.store_err(e))?;
        for (key, _) in in_flight {
            queue.tree.remove(key).map_err(sled_err)?;
        }
        Ok(queue)
    }

    fn store_err_of(&self, e: SegmentError) -> StoreError {
        match e {
            SegmentError::Sled(source) => self.store_err(source),
            SegmentError::Corrupt(e) => e,
        }
    }

    fn store_err(&self, source: sled::Error) -> StoreError {
        StoreError::Sled {
            path: self.path.clone(),
            source,
        }
    }

    fn keep_error(&mut self, source: sled::Error) {
        if self.error.is_none() {
            self.error = Some(self.store_err(source));
        }
    }

    fn io(&mut self, result: std::io::Result<()>) {
        if let Err(e) = result {
            self.keep_error(sled::Error::Io(e));
        }
    }

    fn tag(&mut self, url: &str) -> Option<u32> {
        match self.seen.get(url_hash(url)) {
            Ok(tag) => tag,
            Err(e) => {
                self.keep_error(sled::Error::Io(e));
                None
            }
        }
    }

    /// URLs queued in all hosts.
    pub fn total(&self) -> u64 {
        self.counts.values().sum()
    }

    fn append(&mut self, host: &HostKey, entry: Entry) {
        *self.counts.entry(host.clone()).or_default() += 1;
        let next_seq = &mut self.next_seq;
        let tail = self
            .tails
            .entry(host.clone())
            .or_default()
            .entry((entry.role.priority(), entry.depth))
            .or_insert_with(|| {
                *next_seq += 1;
                Tail {
                    seq: *next_seq - 1,
                    entries: Vec::with_capacity(SEGMENT_LEN),
                    on_disk: false,
                    dirty: true,
                }
            });
        tail.entries.push(entry);
        tail.dirty = true;
        self.tail_len += 1;
        if self.tail_len > TAIL_BUDGET {
            if let Err(e) = self.write_tails() {
                self.keep_error(e);
            }
        }
    }

    /// Writes every tail not on disk as it is now, flushes, then sets the
    /// queued bit of their URLs. Full tails, or all when over the budget,
    /// leave memory. Returns whether it wrote (and so flushed).
    fn write_tails(&mut self) -> Result<bool, sled::Error> {
        // One insert per segment: a batch of them all would hold a copy of
        // every tail at once.
        let mut written = Vec::new();
        for (host, tails) in &self.tails {
            for (&(priority, depth), tail) in tails {
                if tail.dirty {
                    self.tree.insert(
                        segment_key(host, (priority, depth, tail.seq)),
                        encode(&tail.entries),
                    )?;
                    written.extend(tail.entries.iter().map(|e| url_hash(&e.url)));
                }
            }
        }
        if written.is_empty() {
            return Ok(false);
        }
        // The segments are durable before any URL is marked queued.
        self.tree.flush()?;
        let tag = (self.crawl << 1) | QUEUED;
        for hash in written {
            self.seen.set(hash, tag).map_err(sled::Error::Io)?;
        }
        let drop_all = self.tail_len > TAIL_BUDGET;
        let mut kept = 0;
        for tails in self.tails.values_mut() {
            tails.retain(|_, tail| {
                tail.on_disk = true;
                tail.dirty = false;
                let keep = !drop_all && tail.entries.len() < SEGMENT_LEN;
                if keep {
                    kept += tail.entries.len();
                }
                keep
            });
        }
        self.tails.retain(|_, tails| !tails.is_empty());
        self.tail_len = kept;
        Ok(true)
    }

    /// Takes the first URL of `host`: the lower of its first segment on
    /// disk and its first tail in memory.
    fn take(&mut self, host: &HostKey) -> Result<Option<Entry>, StoreError> {
        let on_disk = match self.tree.scan_prefix(segment_prefix(host)).next() {
            Some(kv) => {
                let (key, value) = kv.map_err(|e| self.store_err(e))?;
                let order = parse_segment_key(&key).map(|(_, order)| order);
                order.map(|order| (order, key, value))
            }
            None => None,
        };
        let in_memory = self
            .tails
            .get(host)
            .and_then(|t| t.iter().next())
            .map(|(&(p, d), tail)| (p, d, tail.seq));
        let from_tail = match (&on_disk, in_memory) {
            (Some((disk, ..)), Some(memory)) => memory <= *disk,
            (None, Some(_)) => true,
            (_, None) => false,
        };
        if from_tail {
            let tails = self.tails.get_mut(host).expect("host has tails");
            let mut first = tails.first_entry().expect("host has a tail");
            let (priority, depth) = *first.key();
            let tail = first.get_mut();
            let entry = tail.entries.remove(0);
            let key = segment_key(host, (priority, depth, tail.seq));
            let mut batch = sled::Batch::default();
            batch.insert(flight_key(&entry.url), encode(&entry));
            if tail.on_disk {
                if tail.entries.is_empty() {
                    batch.remove(key);
                } else {
                    batch.insert(key, encode(&tail.entries));
                }
            }
            if tail.entries.is_empty() {
                first.remove();
                if tails.is_empty() {
                    self.tails.remove(host);
                }
            }
            self.tail_len -= 1;
            self.tree
                .apply_batch(batch)
                .map_err(|e| self.store_err(e))?;
            return Ok(Some(entry));
        }
        let Some((_, key, value)) = on_disk else {
            return Ok(None);
        };
        // The host's first segment, decoded once while it is being taken
        // from; how far it was taken is kept on disk beside it.
        if self.heads.get(host).is_none_or(|h| h.key != key) {
            let entries: Vec<Entry> = decode("frontier", &value)?;
            let taken = taken_from(&self.tree, &key).map_err(|e| self.store_err(e))?;
            if self.heads.len() >= HEADS_KEPT {
                self.heads.clear();
            }
            let head = Head {
                key: key.clone(),
                entries,
                taken,
            };
            self.heads.insert(host.clone(), head);
        }
        let head = self.heads.get_mut(host).expect("the head was just read");
        let entry = head.entries.get(head.taken).cloned();
        head.taken += 1;
        let mut batch = sled::Batch::default();
        if let Some(entry) = &entry {
            batch.insert(flight_key(&entry.url), encode(entry));
        }
        if head.taken >= head.entries.len() {
            batch.remove(taken_key(&key));
            batch.remove(key);
            self.heads.remove(host);
        } else {
            batch.insert(taken_key(&key), &(head.taken as u32).to_be_bytes());
        }
        self.tree
            .apply_batch(batch)
            .map_err(|e| self.store_err(e))?;
        match entry {
            Some(entry) => Ok(Some(entry)),
            None => self.take(host),
        }
    }
}

impl UrlQueue for DiskQueue {
    fn is_seen(&mut self, url: &str) -> bool {
        self.tag(url)
            .is_some_and(|tag| tag >> 1 == self.crawl || tag & QUEUED != 0)
    }

    fn mark_seen(&mut self, url: &str) -> bool {
        if self.is_seen(url) {
            return false;
        }
        let result = self.seen.set(url_hash(url), self.crawl << 1);
        self.io(result);
        true
    }

    fn push(&mut self, host: &HostKey, entry: QueuedUrl) {
        // Seen in this crawl at once; marked queued once on disk.
        let result = self.seen.set(url_hash(entry.url.as_str()), self.crawl << 1);
        self.io(result);
        self.append(host, Entry::of(&entry));
    }

    fn pop(&mut self, host: &HostKey) -> Option<QueuedUrl> {
        loop {
            let entry = match self.take(host) {
                Ok(entry) => entry?,
                Err(e) => {
                    self.error.get_or_insert(e);
                    return None;
                }
            };
            if let Some(count) = self.counts.get_mut(host) {
                *count = count.saturating_sub(1);
            }
            match entry.queued() {
                Some(queued) => return Some(queued),
                // An entry whose URL no longer parses is dropped.
                None => self.finished(&entry.url),
            }
        }
    }

    fn len(&self, host: &HostKey) -> u64 {
        self.counts.get(host).copied().unwrap_or(0)
    }

    fn hosts(&self) -> Vec<HostKey> {
        self.counts
            .iter()
            .filter(|(_, &n)| n > 0)
            .map(|(host, _)| host.clone())
            .collect()
    }

    fn finished(&mut self, url: &str) {
        if let Err(e) = self.tree.remove(flight_key(url)) {
            self.keep_error(e);
        }
        let result = self.seen.set(url_hash(url), self.crawl << 1);
        self.io(result);
    }

    fn flush(&mut self) -> Result<(), QueueError> {
        if !self.write_tails().map_err(|e| self.store_err(e))? {
            self.tree.flush().map_err(|e| self.store_err(e))?;
        }
        self.seen
            .sync()
            .map_err(|e| self.store_err(sled::Error::Io(e)))?;
        Ok(())
    }

    fn take_error(&mut self) -> Option<QueueError> {
        self.error.take().map(|e| Box::new(e) as QueueError)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    fn entry(url: &str, role: LinkRole, depth: u32) -> QueuedUrl {
        QueuedUrl {
            url: CanonicalUrl::parse(url).unwrap(),
            role,
            depth,
            redirected_from: Vec::new(),
        }
    }

    fn host() -> HostKey {
        CanonicalUrl::parse("http://a.test/").unwrap().host_key()
    }

    fn drain(queue: &mut DiskQueue) -> Vec<String> {
        std::iter::from_fn(|| queue.pop(&host()))
            .map(|e| e.url.as_str().to_owned())
            .collect()
    }

    #[test]
    fn pops_in_queue_order_from_disk_and_memory_alike() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut queue = store.disk_queue().unwrap();
        queue.push(&host(), entry("http://a.test/nav", LinkRole::Other, 1));
        queue.push(&host(), entry("http://a.test/a1", LinkRole::ArticleList, 1));
        queue.flush().unwrap();
        // These stay in memory until the next flush.
        queue.push(&host(), entry("http://a.test/a2", LinkRole::ArticleList, 1));
        queue.push(&host(), entry("http://a.test/feed", LinkRole::Feed, 0));
        assert_eq!(queue.len(&host()), 4);
        assert_eq!(
            drain(&mut queue),
            [
                "http://a.test/feed",
                "http://a.test/a1",
                "http://a.test/a2",
                "http://a.test/nav"
            ]
        );
        assert_eq!(queue.len(&host()), 0);
        assert!(queue.take_error().is_none());
    }

    #[test]
    fn a_new_crawl_resumes_the_queue_and_what_was_in_flight() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut queue = store.disk_queue().unwrap();
        for i in 0..(SEGMENT_LEN + 10) {
            queue.push(
                &host(),
                entry(&format!("http://a.test/{i}"), LinkRole::ArticleList, 1),
            );
        }
        queue.flush().unwrap();
        let first = queue.pop(&host()).unwrap();
        let second = queue.pop(&host()).unwrap();
        queue.finished(second.url.as_str());
        assert!(queue.is_seen("http://a.test/5"));
        // A URL only marked seen is seen in this crawl only.
        assert!(queue.mark_seen("http://a.test/listing"));
        assert!(!queue.mark_seen("http://a.test/listing"));
        drop(queue);

        // The process ends: the next crawl has everything but the
        // finished URL, the one in flight included.
        let mut queue = store.disk_queue().unwrap();
        assert_eq!(queue.total(), SEGMENT_LEN as u64 + 9);
        assert!(
            queue.is_seen("http://a.test/5"),
            "queued in an earlier crawl"
        );
        assert!(!queue.is_seen(second.url.as_str()), "finished last crawl");
        assert!(!queue.is_seen("http://a.test/listing"));
        let urls = drain(&mut queue);
        assert_eq!(urls.len(), SEGMENT_LEN + 9);
        assert!(urls.contains(&first.url.as_str().to_owned()));
        assert!(!urls.contains(&second.url.as_str().to_owned()));
    }

    #[test]
    fn urls_pushed_but_never_flushed_are_not_marked_queued() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut queue = store.disk_queue().unwrap();
        queue.push(
            &host(),
            entry("http://a.test/lost", LinkRole::ArticleList, 1),
        );
        assert!(queue.is_seen("http://a.test/lost"));
        drop(queue); // as if killed before the flush
        let mut queue = store.disk_queue().unwrap();
        // Rediscovered links are queued again, not taken as queued.
        assert!(!queue.is_seen("http://a.test/lost"));
        assert_eq!(queue.total(), 0);
    }

    #[test]
    fn over_the_budget_tails_leave_memory() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mut queue = store.disk_queue().unwrap();
        let hosts = 50;
        for i in 0..(TAIL_BUDGET + 100) {
            let url = format!("http://h{}.test/{i}", i % hosts);
            let e = entry(&url, LinkRole::ArticleList, 1);
            queue.push(&e.url.host_key(), e);
        }
        assert!(queue.tail_len <= TAIL_BUDGET);
        assert_eq!(queue.total(), TAIL_BUDGET as u64 + 100);
        let h = CanonicalUrl::parse("http://h3.test/").unwrap().host_key();
        let first = queue.pop(&h).unwrap();
        assert_eq!(first.url.as_str(), "http://h3.test/3");
    }
}
