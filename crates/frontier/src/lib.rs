//! What to fetch next, and when: per-host queues, the seen set, scope,
//! robots.txt rules, per-host pacing, retries and back-off.
//!
//! The frontier is pure: every method that depends on time takes `now`, and
//! nothing here does IO. The crawl driver asks [`Frontier::next`] for work,
//! performs it, and reports back ([`Frontier::robots_fetched`],
//! [`Frontier::robots_unreachable`], [`Frontier::completed`]), which is how
//! Crawl-delay, slow responses, 429/503 with or without Retry-After and
//! failures turn into waits and retries.
//!
//! ```
//! use std::time::{Duration, Instant};
//! use snapcrawl_core::{CanonicalUrl, LinkRole};
//! use snapcrawl_frontier::{Frontier, FrontierConfig, JobKind, Next, RobotsRules, Scope};
//!
//! let seed = CanonicalUrl::parse("http://example.com/").unwrap();
//! let mut frontier = Frontier::new(FrontierConfig::default(), Scope::of_seeds([&seed]));
//! frontier.push(seed.clone(), LinkRole::ArticleList, 0);
//! let now = Instant::now();
//! // robots.txt comes first ...
//! let Next::Job(robots) = frontier.next(now) else { panic!() };
//! assert_eq!(robots.kind, JobKind::Robots);
//! let rules = RobotsRules::parse(b"User-agent: *\nDisallow: /x", "snapcrawl");
//! frontier.robots_fetched(&robots.host, rules, now, Duration::from_millis(3));
//! // ... then the page, one delay later.
//! assert!(matches!(frontier.next(now), Next::Wait(_)));
//! let Next::Job(page) = frontier.next(now + Duration::from_millis(1005)) else { panic!() };
//! assert_eq!(page.url, seed);
//! ```

mod queue;
mod robots;
mod scope;
mod urlqueue;

pub use crate::queue::{
    Completion, Frontier, FrontierConfig, FrontierCounts, HostPace, Job, JobKind, Next, Pushed,
    Verdict,
};
pub use crate::robots::RobotsRules;
pub use crate::scope::Scope;
pub use crate::urlqueue::{MemoryQueue, QueueError, QueuedUrl, UrlQueue};
