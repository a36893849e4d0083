//! Per-host queues, the seen set and per-host pacing.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::time::{Duration, Instant};

use snapcrawl_core::{CanonicalUrl, HostKey, LinkRole};

use crate::{RobotsRules, Scope};

/// How the frontier paces and bounds a crawl.
#[derive(Debug, Clone)]
pub struct FrontierConfig {
    /// Floor between two request starts on one host.
    pub delay: Duration,
    /// Upper bound on a robots.txt Crawl-delay.
    pub crawl_delay_cap: Duration,
    /// Requests in flight per host.
    pub per_host: usize,
    /// Links further than this many hops from a seed are not followed.
    pub max_depth: u32,
}

impl Default for FrontierConfig {
    fn default() -> Self {
        Self {
            delay: Duration::from_secs(1),
            crawl_delay_cap: Duration::from_secs(60),
            per_host: 1,
            max_depth: 8,
        }
    }
}

/// What a job fetches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// The host's robots.txt; nothing else on the host goes before it.
    Robots,
    /// A page (HTML, feed or sitemap).
    Page,
}

/// One request the driver should make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Job {
    /// Robots or page.
    pub kind: JobKind,
    /// The host it is charged to.
    pub host: HostKey,
    /// What to fetch.
    pub url: CanonicalUrl,
    /// Hops from a seed.
    pub depth: u32,
    /// Why the URL was queued.
    pub role: LinkRole,
    /// Earlier URLs that redirected here, oldest first.
    pub redirected_from: Vec<CanonicalUrl>,
}

/// What the driver should do now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Make this request.
    Job(Job),
    /// Nothing may start before this instant (or before a request ends).
    Wait(Instant),
    /// Nothing queued can start until a request in flight ends.
    Blocked,
    /// Every queue is empty and nothing is in flight.
    Done,
}

/// What became of a pushed URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pushed {
    /// Queued for fetching.
    Queued,
    /// Already seen in this crawl.
    Seen,
    /// Its host is outside the crawl's scope.
    OutOfScope,
    /// Beyond the depth limit.
    TooDeep,
    /// Its host's robots.txt forbids it.
    RobotsBlocked,
}

/// Running totals of what the frontier decided.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FrontierCounts {
    /// URLs dropped because robots.txt disallows them.
    pub robots_blocked: u64,
    /// URLs dropped for depth.
    pub too_deep: u64,
    /// URLs dropped for scope.
    pub out_of_scope: u64,
}

#[derive(Debug)]
enum RobotsState {
    Unknown,
    Fetching,
    Ready(RobotsRules),
}

/// Added to every non-zero delay: absorbs the jitter between the moment a
/// request is dispatched here and the moment the server sees it, so the
/// server never measures a gap shorter than the delay.
const PACING_SLACK: Duration = Duration::from_millis(5);

/// Queue order: role priority, then depth, then arrival.
type QueueKey = Reverse<(u8, u32, u64)>;

#[derive(Debug)]
struct HostQueue {
    robots: RobotsState,
    queue: BinaryHeap<(QueueKey, QueuedUrl)>,
    next_allowed: Option<Instant>,
    in_flight: usize,
    delay: Duration,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct QueuedUrl {
    url: CanonicalUrl,
    depth: u32,
    role: LinkRole,
    redirected_from: Vec<CanonicalUrl>,
}

/// The crawl frontier. See the crate docs.
#[derive(Debug)]
pub struct Frontier {
    config: FrontierConfig,
    scope: Scope,
    hosts: HashMap<HostKey, HostQueue>,
    seen: HashSet<String>,
    arrivals: u64,
    counts: FrontierCounts,
}

impl Frontier {
    /// An empty frontier.
    pub fn new(config: FrontierConfig, scope: Scope) -> Self {
        Self {
            config,
            scope,
            hosts: HashMap::new(),
            seen: HashSet::new(),
            arrivals: 0,
            counts: FrontierCounts::default(),
        }
    }

    /// Totals so far.
    pub fn counts(&self) -> FrontierCounts {
        self.counts
    }

    /// Whether `url` may be crawled at all.
    pub fn in_scope(&self, url: &CanonicalUrl) -> bool {
        self.scope.allows(url)
    }

    /// Marks `url` seen without queueing it (a canonical link or a
    /// redirect target that is being handled). Returns false if it was
    /// seen already.
    pub fn mark_seen(&mut self, url: &CanonicalUrl) -> bool {
        self.seen.insert(url.as_str().to_owned())
    }

    /// Whether `url` was queued or marked seen.
    pub fn is_seen(&self, url: &CanonicalUrl) -> bool {
        self.seen.contains(url.as_str())
    }

    /// Queues `url`, found through a link of `role`, `depth` hops from a seed.
    pub fn push(&mut self, url: CanonicalUrl, role: LinkRole, depth: u32) -> Pushed {
        self.push_with_history(url, role, depth, Vec::new())
    }

    /// Queues the target of a redirect, with the role and depth of the link
    /// that led to it; `redirected_from` lists the URLs that redirected.
    pub fn push_redirect(
        &mut self,
        url: CanonicalUrl,
        role: LinkRole,
        depth: u32,
        redirected_from: Vec<CanonicalUrl>,
    ) -> Pushed {
        self.push_with_history(url, role, depth, redirected_from)
    }

    fn push_with_history(
        &mut self,
        url: CanonicalUrl,
        role: LinkRole,
        depth: u32,
        redirected_from: Vec<CanonicalUrl>,
    ) -> Pushed {
        if !self.scope.allows(&url) {
            self.counts.out_of_scope += 1;
            return Pushed::OutOfScope;
        }
        if depth > self.config.max_depth {
            self.counts.too_deep += 1;
            return Pushed::TooDeep;
        }
        if self.seen.contains(url.as_str()) {
            return Pushed::Seen;
        }
        let host = self
            .hosts
            .entry(url.host_key())
            .or_insert_with(|| HostQueue {
                robots: RobotsState::Unknown,
                queue: BinaryHeap::new(),
                next_allowed: None,
                in_flight: 0,
                delay: self.config.delay,
            });
        if let RobotsState::Ready(rules) = &host.robots {
            if !rules.allows(&url.path_and_query()) {
                self.counts.robots_blocked += 1;
                return Pushed::RobotsBlocked;
            }
        }
        self.seen.insert(url.as_str().to_owned());
        self.arrivals += 1;
        let key = Reverse((role.priority(), depth, self.arrivals));
        host.queue.push((
            key,
            QueuedUrl {
                url,
                depth,
                role,
                redirected_from,
            },
        ));
        Pushed::Queued
    }

    /// The next request to make at `now`, honouring robots-first, the
    /// per-host delay and the per-host in-flight limit. Among hosts that may
    /// go, the one that has waited longest goes first.
    pub fn next(&mut self, now: Instant) -> Next {
        let mut earliest: Option<Instant> = None;
        let mut busy = false;
        let mut best: Option<(&HostKey, Option<Instant>)> = None;
        for (key, host) in &mut self.hosts {
            // Drop queued URLs that robots.txt (now known) forbids.
            if let RobotsState::Ready(rules) = &host.robots {
                while let Some((_, top)) = host.queue.peek() {
                    if rules.allows(&top.url.path_and_query()) {
                        break;
                    }
                    host.queue.pop();
                    self.counts.robots_blocked += 1;
                }
            }
            let wants_robots =
                matches!(host.robots, RobotsState::Unknown) && !host.queue.is_empty();
            let wants_page = matches!(host.robots, RobotsState::Ready(_)) && !host.queue.is_empty();
            if host.in_flight > 0 {
                busy = true;
            }
            if !(wants_robots || wants_page) || host.in_flight >= self.config.per_host {
                continue;
            }
            match host.next_allowed {
                Some(at) if at > now => {
                    earliest = Some(earliest.map_or(at, |e| e.min(at)));
                }
                at => {
                    if best.as_ref().is_none_or(|(_, b)| at < *b) {
                        best = Some((key, at));
                    }
                }
            }
        }
        let Some((key, _)) = best else {
            return match (earliest, busy) {
                (Some(at), _) => Next::Wait(at),
                (None, true) => Next::Blocked,
                (None, false) => Next::Done,
            };
        };
        let key = key.clone();
        let host = self.hosts.get_mut(&key).expect("chosen host exists");
        host.in_flight += 1;
        let slack = if host.delay.is_zero() {
            Duration::ZERO
        } else {
            PACING_SLACK
        };
        host.next_allowed = Some(now + host.delay + slack);
        if matches!(host.robots, RobotsState::Unknown) {
            host.robots = RobotsState::Fetching;
            return Next::Job(Job {
                kind: JobKind::Robots,
                url: CanonicalUrl::from_url(key.robots_url()).expect("robots URL is http(s)"),
                host: key,
                depth: 0,
                role: LinkRole::Other,
                redirected_from: Vec::new(),
            });
        }
        let (_, queued) = host.queue.pop().expect("chosen host has a queued URL");
        Next::Job(Job {
            kind: JobKind::Page,
            host: key,
            url: queued.url,
            depth: queued.depth,
            role: queued.role,
            redirected_from: queued.redirected_from,
        })
    }

    /// Installs the rules fetched for `host`. Crawl-delay (capped) raises
    /// the host's delay above the configured floor, counted from the
    /// robots.txt request.
    pub fn robots_fetched(&mut self, host: &HostKey, rules: RobotsRules) {
        let Some(queue) = self.hosts.get_mut(host) else {
            return;
        };
        if let Some(crawl_delay) = rules.crawl_delay() {
            let delay = crawl_delay
                .min(self.config.crawl_delay_cap)
                .max(self.config.delay);
            if delay > queue.delay {
                queue.next_allowed = queue.next_allowed.map(|at| at + (delay - queue.delay));
                queue.delay = delay;
            }
        }
        queue.robots = RobotsState::Ready(rules);
    }

    /// The rules in force on `host`, once fetched.
    pub fn robots(&self, host: &HostKey) -> Option<&RobotsRules> {
        match &self.hosts.get(host)?.robots {
            RobotsState::Ready(rules) => Some(rules),
            _ => None,
        }
    }

    /// A request to `host` ended.
    pub fn finished(&mut self, host: &HostKey) {
        if let Some(queue) = self.hosts.get_mut(host) {
            queue.in_flight = queue.in_flight.saturating_sub(1);
        }
    }

    /// URLs waiting in all queues.
    pub fn queued(&self) -> usize {
        self.hosts.values().map(|h| h.queue.len()).sum()
    }

    /// The delay currently in force on `host`.
    pub fn host_delay(&self, host: &HostKey) -> Option<Duration> {
        self.hosts.get(host).map(|h| h.delay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> CanonicalUrl {
        CanonicalUrl::parse(s).unwrap()
    }

    fn frontier(seeds: &[&str], config: FrontierConfig) -> Frontier {
        let seeds: Vec<_> = seeds.iter().map(|s| u(s)).collect();
        let mut f = Frontier::new(config, Scope::of_seeds(&seeds));
        for s in seeds {
            f.push(s, LinkRole::ArticleList, 0);
        }
        f
    }

    fn job(next: Next) -> Job {
        match next {
            Next::Job(j) => j,
            other => panic!("expected a job, got {other:?}"),
        }
    }

    fn robots_done(f: &mut Frontier, j: &Job, txt: &[u8]) {
        assert_eq!(j.kind, JobKind::Robots);
        f.robots_fetched(&j.host, RobotsRules::parse(txt, "snapcrawl"));
        f.finished(&j.host);
    }

    #[test]
    fn robots_first_then_pages_paced_by_the_delay_one_at_a_time() {
        let t0 = Instant::now();
        let mut f = frontier(&["http://a.test/"], FrontierConfig::default());
        let r = job(f.next(t0));
        // Nothing else on the host while robots.txt is in flight.
        assert_eq!(f.next(t0 + Duration::from_secs(5)), Next::Blocked);
        robots_done(&mut f, &r, b"");
        f.push(u("http://a.test/2"), LinkRole::ArticleList, 1);
        let after_delay = t0 + Duration::from_secs(1) + PACING_SLACK;
        assert_eq!(f.next(t0), Next::Wait(after_delay));
        assert_eq!(f.next(t0 + Duration::from_secs(1)), Next::Wait(after_delay));
        let p1 = job(f.next(after_delay));
        assert_eq!(p1.url.as_str(), "http://a.test/");
        // One in flight: even after the delay, nothing until it finishes.
        assert_eq!(f.next(t0 + Duration::from_secs(3)), Next::Blocked);
        f.finished(&p1.host);
        assert!(matches!(f.next(after_delay), Next::Wait(_)));
        let p2 = job(f.next(t0 + Duration::from_secs(3)));
        assert_eq!(p2.url.as_str(), "http://a.test/2");
        f.finished(&p2.host);
        assert_eq!(f.next(t0 + Duration::from_secs(9)), Next::Done);
    }

    #[test]
    fn crawl_delay_raises_the_delay_but_never_lowers_it_and_is_capped() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            crawl_delay_cap: Duration::from_secs(5),
            ..Default::default()
        };
        let mut f = frontier(
            &["http://a.test/", "http://b.test/", "http://c.test/"],
            config,
        );
        for txt in [
            &b"User-agent: *\nCrawl-delay: 2"[..],
            b"User-agent: *\nCrawl-delay: 0.5",
            b"User-agent: *\nCrawl-delay: 600",
        ] {
            let r = job(f.next(t0));
            robots_done(&mut f, &r, txt);
        }
        let secs = |h: &str| f.host_delay(&u(h).host_key()).unwrap().as_secs_f64();
        let mut delays = [
            secs("http://a.test/"),
            secs("http://b.test/"),
            secs("http://c.test/"),
        ];
        delays.sort_by(f64::total_cmp);
        assert_eq!(delays, [1.0, 2.0, 5.0]);
    }

    #[test]
    fn disallowed_urls_are_never_handed_out() {
        let t0 = Instant::now();
        let mut f = frontier(
            &["http://a.test/"],
            FrontierConfig {
                delay: Duration::ZERO,
                ..Default::default()
            },
        );
        f.push(u("http://a.test/private/x"), LinkRole::ArticleList, 1);
        let r = job(f.next(t0));
        robots_done(&mut f, &r, b"User-agent: *\nDisallow: /private/\n");
        assert_eq!(
            f.push(u("http://a.test/private/y"), LinkRole::Related, 1),
            Pushed::RobotsBlocked
        );
        let p = job(f.next(t0));
        assert_eq!(p.url.as_str(), "http://a.test/");
        f.finished(&p.host);
        assert_eq!(f.next(t0), Next::Done);
        assert_eq!(f.counts().robots_blocked, 2);
    }

    #[test]
    fn each_url_is_queued_once_and_depth_and_scope_are_enforced() {
        let mut f = frontier(
            &["http://a.test/"],
            FrontierConfig {
                max_depth: 2,
                ..Default::default()
            },
        );
        assert_eq!(
            f.push(u("http://a.test/"), LinkRole::Related, 1),
            Pushed::Seen
        );
        assert_eq!(
            f.push(u("http://a.test/d3"), LinkRole::Pagination, 3),
            Pushed::TooDeep
        );
        assert_eq!(
            f.push(u("http://a.test/d3"), LinkRole::Related, 2),
            Pushed::Queued
        );
        assert_eq!(
            f.push(u("http://other.test/"), LinkRole::Other, 1),
            Pushed::OutOfScope
        );
        assert_eq!(f.queued(), 2);
    }

    #[test]
    fn article_links_go_before_navigation_and_hosts_run_in_parallel() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            delay: Duration::ZERO,
            ..Default::default()
        };
        let mut f = frontier(&["http://a.test/", "http://b.test/"], config);
        let ra = job(f.next(t0));
        let rb = job(f.next(t0));
        assert_ne!(ra.host, rb.host);
        robots_done(&mut f, &ra, b"");
        robots_done(&mut f, &rb, b"");
        let a = u("http://a.test/").host_key();
        let first = job(f.next(t0));
        f.finished(&first.host);
        f.push(u("http://a.test/nav"), LinkRole::SectionNav, 1);
        f.push(u("http://a.test/story"), LinkRole::Related, 1);
        let mut order = Vec::new();
        while let Next::Job(j) = f.next(t0) {
            if j.host == a {
                order.push(j.url.to_string());
            }
            f.finished(&j.host);
        }
        assert!(
            order.ends_with(&[
                "http://a.test/story".to_string(),
                "http://a.test/nav".to_string()
            ]),
            "{order:?}"
        );
    }

    #[test]
    fn per_host_limit_allows_several_in_flight_when_configured() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            delay: Duration::ZERO,
            per_host: 3,
            ..Default::default()
        };
        let mut f = frontier(&["http://a.test/"], config);
        let r = job(f.next(t0));
        robots_done(&mut f, &r, b"");
        for i in 0..5 {
            f.push(u(&format!("http://a.test/{i}")), LinkRole::ArticleList, 1);
        }
        let started: Vec<_> = std::iter::from_fn(|| match f.next(t0) {
            Next::Job(j) => Some(j),
            _ => None,
        })
        .collect();
        assert_eq!(started.len(), 3);
    }
}
