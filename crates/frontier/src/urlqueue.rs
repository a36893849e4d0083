//! Where a frontier keeps its queued URLs and the URLs it has seen.
//!
//! The frontier decides *when* a host may be asked for what; a [`UrlQueue`]
//! only holds the URLs. [`MemoryQueue`] keeps them in memory, for a crawl
//! that need not outlive the process; the store's disk queue keeps them in
//! sled, so memory stays flat however many URLs are known and a run resumes
//! the queue the last one left.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

use snapcrawl_core::{CanonicalUrl, HostKey, LinkRole};

/// A URL waiting in a host's queue.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct QueuedUrl {
    /// What to fetch.
    pub url: CanonicalUrl,
    /// Why it was queued.
    pub role: LinkRole,
    /// Hops from a seed.
    pub depth: u32,
    /// Earlier URLs that redirected here, oldest first.
    pub redirected_from: Vec<CanonicalUrl>,
}

/// An error of a queue kept outside memory.
pub type QueueError = Box<dyn std::error::Error + Send + Sync>;

/// Storage of a frontier's queued and seen URLs.
///
/// Order: [`UrlQueue::pop`] hands out a host's URLs by role priority, then
/// depth, then arrival. A popped URL is *in flight* until
/// [`UrlQueue::finished`]: a queue that outlives the process gives it back
/// to the next crawl if the process ends first.
///
/// A queue kept on disk cannot fail in the middle of the frontier's
/// decisions; it remembers its first error instead, which the driver takes
/// with [`UrlQueue::take_error`] and ends the run on.
pub trait UrlQueue: Send {
    /// Whether `url` was seen in this crawl, or is queued or in flight
    /// from an earlier one.
    fn is_seen(&mut self, url: &str) -> bool;
    /// Marks `url` seen in this crawl without queueing it; false if it was
    /// seen already.
    fn mark_seen(&mut self, url: &str) -> bool;
    /// Queues `entry` on `host` and marks its URL seen.
    fn push(&mut self, host: &HostKey, entry: QueuedUrl);
    /// Takes the first URL of `host`'s queue; it is in flight from now on.
    fn pop(&mut self, host: &HostKey) -> Option<QueuedUrl>;
    /// URLs queued on `host` (not counting those in flight).
    fn len(&self, host: &HostKey) -> u64;
    /// The hosts with queued URLs.
    fn hosts(&self) -> Vec<HostKey>;
    /// `url` is done with: it is no longer in flight.
    fn finished(&mut self, url: &str);
    /// Makes everything queued so far durable.
    fn flush(&mut self) -> Result<(), QueueError>;
    /// The first error met since the last call, if any.
    fn take_error(&mut self) -> Option<QueueError>;
}

/// Queue order: role priority, then depth, then arrival.
type Order = Reverse<(u8, u32, u64)>;

/// A [`UrlQueue`] in memory: what a short crawl or a test needs.
#[derive(Debug, Default)]
pub struct MemoryQueue {
    queues: HashMap<HostKey, BinaryHeap<(Order, QueuedUrl)>>,
    seen: HashSet<String>,
    arrivals: u64,
}

impl UrlQueue for MemoryQueue {
    fn is_seen(&mut self, url: &str) -> bool {
        self.seen.contains(url)
    }

    fn mark_seen(&mut self, url: &str) -> bool {
        self.seen.insert(url.to_owned())
    }

    fn push(&mut self, host: &HostKey, entry: QueuedUrl) {
        self.seen.insert(entry.url.as_str().to_owned());
        self.arrivals += 1;
        let order = Reverse((entry.role.priority(), entry.depth, self.arrivals));
        self.queues
            .entry(host.clone())
            .or_default()
            .push((order, entry));
    }

    fn pop(&mut self, host: &HostKey) -> Option<QueuedUrl> {
        self.queues.get_mut(host)?.pop().map(|(_, entry)| entry)
    }

    fn len(&self, host: &HostKey) -> u64 {
        self.queues.get(host).map_or(0, |q| q.len() as u64)
    }

    fn hosts(&self) -> Vec<HostKey> {
        self.queues
            .iter()
            .filter(|(_, q)| !q.is_empty())
            .map(|(host, _)| host.clone())
            .collect()
    }

    fn finished(&mut self, _url: &str) {}

    fn flush(&mut self) -> Result<(), QueueError> {
        Ok(())
    }

    fn take_error(&mut self) -> Option<QueueError> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(url: &str, role: LinkRole, depth: u32) -> QueuedUrl {
        QueuedUrl {
            url: CanonicalUrl::parse(url).unwrap(),
            role,
            depth,
            redirected_from: Vec::new(),
        }
    }

    #[test]
    fn pops_by_priority_then_depth_then_arrival() {
        let mut q = MemoryQueue::default();
        let a = entry("http://a.test/x", LinkRole::Other, 1);
        let host = a.url.host_key();
        q.push(&host, a);
        q.push(&host, entry("http://a.test/deep", LinkRole::ArticleList, 3));
        q.push(&host, entry("http://a.test/one", LinkRole::ArticleList, 1));
        q.push(&host, entry("http://a.test/two", LinkRole::ArticleList, 1));
        let order: Vec<String> = std::iter::from_fn(|| q.pop(&host))
            .map(|e| e.url.as_str().to_owned())
            .collect();
        assert_eq!(
            order,
            [
                "http://a.test/one",
                "http://a.test/two",
                "http://a.test/deep",
                "http://a.test/x"
            ]
        );
        assert!(q.is_seen("http://a.test/x"));
        assert!(!q.mark_seen("http://a.test/x"));
        assert!(q.mark_seen("http://a.test/y"));
        assert!(q.hosts().is_empty());
    }
}
