//! Per-host queues, the seen set, per-host pacing, retries and back-off.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use snapcrawl_core::{CanonicalUrl, HostKey, LinkRole};

use crate::urlqueue::{MemoryQueue, QueueError, QueuedUrl, UrlQueue};
use crate::{RobotsRules, Scope};

/// How the frontier paces, retries and bounds a crawl.
#[derive(Debug, Clone)]
pub struct FrontierConfig {
    /// Floor between two request starts on one host.
    pub delay: Duration,
    /// Upper bound on a robots.txt Crawl-delay and on the adaptive delay.
    pub max_delay: Duration,
    /// A host's delay grows to this many times its (smoothed) response
    /// time when that is above the floor; 0 turns the adaptation off.
    pub adaptive_factor: f64,
    /// Requests in flight per host.
    pub per_host: usize,
    /// Links further than this many hops from a seed are not followed.
    pub max_depth: u32,
    /// Retries of a URL after a server error or a network failure; also
    /// the number of back-offs in a row (429/503, robots.txt unreachable)
    /// after which a host is given up for the run.
    pub retries: u32,
    /// First wait before retrying a URL after a 5xx or network error;
    /// doubles with every attempt.
    pub retry_backoff: Duration,
    /// First host-wide wait after a 429/503 without Retry-After, or an
    /// unreachable robots.txt; doubles with every back-off in a row.
    pub throttle_backoff: Duration,
    /// Cap on every wait: Retry-After, back-offs, retries.
    pub max_backoff: Duration,
}

impl Default for FrontierConfig {
    fn default() -> Self {
        Self {
            delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            adaptive_factor: 2.0,
            per_host: 1,
            max_depth: 8,
            retries: 3,
            retry_backoff: Duration::from_secs(30),
            throttle_backoff: Duration::from_secs(60),
            max_backoff: Duration::from_secs(3600),
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
    /// Earlier failed attempts at this URL in this run.
    pub attempt: u32,
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
    /// Queued, but its host was given up for this run: a later run
    /// fetches it.
    HostUnavailable,
}

/// How a page request ended, as far as pacing and retrying care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Completion {
    /// A response that needs no retry (2xx, 3xx, 304, 4xx other than 429).
    Done {
        /// Time from sending the request to the end of the body.
        elapsed: Duration,
    },
    /// 429 or 503: the whole host waits.
    Throttled {
        /// Time the response took.
        elapsed: Duration,
        /// The wait the server asked for, if it sent Retry-After.
        retry_after: Option<Duration>,
    },
    /// Another 5xx, a timeout or a network error: the URL may be retried.
    Transient {
        /// Time the attempt took, if it got that far.
        elapsed: Option<Duration>,
    },
    /// The request was never sent (its address was refused): only the
    /// host's slot is given back.
    NotSent,
}

/// What the frontier decided after a page request ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing more to do about this URL.
    Finished,
    /// The URL is queued again; it will not start before this instant.
    Retry(Instant),
    /// The URL failed too often; the failure is final for this run.
    GaveUp,
    /// The host backed off too often in a row and is given up for this run;
    /// these queued URLs (this job's included) were dropped.
    HostGaveUp(Vec<CanonicalUrl>),
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
    /// URLs queued again after a failure.
    pub retries: u64,
    /// Host-wide waits ordered by 429/503.
    pub throttles: u64,
    /// Queued URLs left for a later run because their host was given up
    /// for this one.
    pub host_unavailable: u64,
}

#[derive(Debug)]
enum RobotsState {
    /// Not asked yet: the next request to the host fetches it.
    Unknown,
    /// Being fetched; `last_start` is the host's pacing mark before that
    /// request, restored if the answer comes from a cache instead.
    Fetching { last_start: Option<Instant> },
    /// Unreachable so far: nothing but robots.txt, and that not before `at`.
    Retry { at: Instant },
    /// In force.
    Ready(RobotsRules),
}

/// Added to every non-zero delay: absorbs the jitter between the moment a
/// request is dispatched here and the moment the server sees it, so the
/// server never measures a gap shorter than the delay.
const PACING_SLACK: Duration = Duration::from_millis(5);

/// Weight of the newest response time in a host's smoothed response time.
const RESPONSE_TIME_WEIGHT: f64 = 0.3;

#[derive(Debug)]
struct HostQueue {
    robots: RobotsState,
    /// Unreachable robots.txt answers in a row.
    robots_failures: u32,
    /// URLs waiting out a retry back-off: when they may go, the URL and
    /// how many attempts it has had.
    delayed: Vec<(Instant, QueuedUrl, u32)>,
    /// Retries whose back-off is over; they go before the queue.
    retries_due: VecDeque<(QueuedUrl, u32)>,
    /// When the last request to the host was dispatched.
    last_start: Option<Instant>,
    /// When the last request to the host ended.
    last_end: Option<Instant>,
    /// No request before this (Retry-After, back-off).
    blocked_until: Option<Instant>,
    in_flight: usize,
    /// max(configured delay, Crawl-delay capped).
    floor: Duration,
    /// Smoothed response time.
    response_time: Option<Duration>,
    /// 429/503 answers in a row.
    throttles: u32,
    /// Given up for this run.
    unavailable: bool,
}

/// `base` doubled `times` times, at most `cap`.
fn doubled(base: Duration, times: u32, cap: Duration) -> Duration {
    base.saturating_mul(1u32.checked_shl(times.min(31)).unwrap_or(u32::MAX))
        .min(cap)
}

fn later(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

impl HostQueue {
    fn new(floor: Duration) -> Self {
        Self {
            robots: RobotsState::Unknown,
            robots_failures: 0,
            delayed: Vec::new(),
            retries_due: VecDeque::new(),
            last_start: None,
            last_end: None,
            blocked_until: None,
            in_flight: 0,
            floor,
            response_time: None,
            throttles: 0,
            unavailable: false,
        }
    }

    /// The delay in force: the floor, raised by slow responses up to `max`.
    fn delay(&self, config: &FrontierConfig) -> Duration {
        let adaptive = self
            .response_time
            .map(|t| t.mul_f64(config.adaptive_factor.max(0.0)))
            .unwrap_or_default()
            .min(config.max_delay);
        self.floor.max(adaptive)
    }

    /// The earliest instant the next request may start: a delay after the
    /// last request started and after it ended (so a request slowed on its
    /// way to the server cannot shorten the gap the server sees), and not
    /// before a back-off ends.
    fn ready_at(&self, config: &FrontierConfig) -> Option<Instant> {
        let delay = self.delay(config);
        let slack = if delay.is_zero() {
            Duration::ZERO
        } else {
            PACING_SLACK
        };
        let paced = later(self.last_start, self.last_end).map(|t| t + delay + slack);
        later(paced, self.blocked_until)
    }

    /// A request ended at `now`, after `elapsed`.
    fn ended(&mut self, now: Instant, elapsed: Option<Duration>) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.last_end = Some(now);
        if let Some(elapsed) = elapsed {
            self.observe_response_time(elapsed);
        }
    }

    fn observe_response_time(&mut self, elapsed: Duration) {
        self.response_time = Some(match self.response_time {
            None => elapsed,
            Some(t) => {
                t.mul_f64(1.0 - RESPONSE_TIME_WEIGHT) + elapsed.mul_f64(RESPONSE_TIME_WEIGHT)
            }
        });
    }

    /// Moves retries whose wait is over to the front; returns when the
    /// next one is due.
    fn release_delayed(&mut self, now: Instant) -> Option<Instant> {
        let mut next_due = None;
        let mut i = 0;
        while i < self.delayed.len() {
            if self.delayed[i].0 <= now {
                let (_, url, attempt) = self.delayed.swap_remove(i);
                self.retries_due.push_back((url, attempt));
            } else {
                let due = self.delayed[i].0;
                next_due = Some(next_due.map_or(due, |d: Instant| d.min(due)));
                i += 1;
            }
        }
        next_due
    }

    /// Refuses new URLs for the rest of the run and drops the retries
    /// waiting here (they are in flight: a later run takes them back); the
    /// queue itself is left for a later run.
    fn give_up(&mut self) -> Vec<CanonicalUrl> {
        self.unavailable = true;
        let mut dropped: Vec<CanonicalUrl> =
            self.delayed.drain(..).map(|(_, q, _)| q.url).collect();
        dropped.extend(self.retries_due.drain(..).map(|(q, _)| q.url));
        dropped
    }
}

/// One host's pacing ([`Frontier::paces`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostPace {
    /// The host.
    pub host: HostKey,
    /// The delay in force.
    pub delay: Duration,
    /// When its next request may start, if anything holds it.
    pub next_at: Option<Instant>,
    /// Given up for the run.
    pub given_up: bool,
}

/// What [`Frontier::next`] found: a host to start a request on, or why
/// none can start.
enum Choice {
    Host(HostKey),
    Idle(Next),
}

/// The crawl frontier. See the crate docs.
pub struct Frontier {
    config: FrontierConfig,
    scope: Scope,
    hosts: HashMap<HostKey, HostQueue>,
    queue: Box<dyn UrlQueue>,
    counts: FrontierCounts,
    /// Queued URLs dropped when their turn came: robots.txt, once known,
    /// forbids them, or the scope no longer takes them.
    dropped: Vec<CanonicalUrl>,
}

impl std::fmt::Debug for Frontier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Frontier")
            .field("hosts", &self.hosts.len())
            .field("counts", &self.counts)
            .finish_non_exhaustive()
    }
}

impl Frontier {
    /// An empty frontier that keeps its URLs in memory.
    pub fn new(config: FrontierConfig, scope: Scope) -> Self {
        Self::with_queue(config, scope, Box::new(MemoryQueue::default()))
    }

    /// A frontier over `queue`, taking up what it already holds.
    pub fn with_queue(config: FrontierConfig, scope: Scope, queue: Box<dyn UrlQueue>) -> Self {
        let floor = config.delay;
        let hosts = queue
            .hosts()
            .into_iter()
            .map(|host| (host, HostQueue::new(floor)))
            .collect();
        Self {
            config,
            scope,
            hosts,
            queue,
            counts: FrontierCounts::default(),
            dropped: Vec::new(),
        }
    }

    /// The queued URLs dropped since the last call when their turn came:
    /// robots.txt, fetched after they were queued, forbids them, or the
    /// scope no longer takes them. The driver records them, then calls
    /// [`Frontier::finished`].
    pub fn take_dropped(&mut self) -> Vec<CanonicalUrl> {
        std::mem::take(&mut self.dropped)
    }

    /// `url` is done with (its outcome is recorded): the queue stops
    /// keeping it for a later run.
    pub fn finished(&mut self, url: &CanonicalUrl) {
        self.queue.finished(url.as_str());
    }

    /// Makes the queue durable (a no-op for a queue in memory).
    pub fn flush_queue(&mut self) -> Result<(), QueueError> {
        self.queue.flush()
    }

    /// The first error the queue met since the last call.
    pub fn take_queue_error(&mut self) -> Option<QueueError> {
        self.queue.take_error()
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
        self.queue.mark_seen(url.as_str())
    }

    /// Whether `url` was queued or marked seen.
    pub fn is_seen(&mut self, url: &CanonicalUrl) -> bool {
        self.queue.is_seen(url.as_str())
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
        if self.queue.is_seen(url.as_str()) {
            return Pushed::Seen;
        }
        let floor = self.config.delay;
        let host = self
            .hosts
            .entry(url.host_key())
            .or_insert_with(|| HostQueue::new(floor));
        if let RobotsState::Ready(rules) = &host.robots {
            if !rules.allows(&url.path_and_query()) {
                self.counts.robots_blocked += 1;
                return Pushed::RobotsBlocked;
            }
        }
        let unavailable = host.unavailable;
        let host_key = url.host_key();
        self.queue.push(
            &host_key,
            QueuedUrl {
                url,
                role,
                depth,
                redirected_from,
            },
        );
        if unavailable {
            self.counts.host_unavailable += 1;
            return Pushed::HostUnavailable;
        }
        Pushed::Queued
    }

    /// The next request to make at `now`, honouring robots-first, the
    /// per-host delay, back-offs and the per-host in-flight limit. Among
    /// hosts that may go, the one that has waited longest goes first.
    pub fn next(&mut self, now: Instant) -> Next {
        loop {
            match self.choose_host(now) {
                Choice::Host(key) => {
                    if let Some(job) = self.dispatch(key, now) {
                        return Next::Job(job);
                    }
                    // Every URL the host had left was dropped: choose again.
                }
                Choice::Idle(next) => return next,
            }
        }
    }

    /// The host whose request should start now, or what to do instead.
    fn choose_host(&mut self, now: Instant) -> Choice {
        let mut earliest: Option<Instant> = None;
        let mut busy = false;
        let mut best: Option<(&HostKey, Option<Instant>)> = None;
        let config = &self.config;
        for (key, host) in &mut self.hosts {
            if host.in_flight > 0 {
                busy = true;
            }
            if host.unavailable {
                continue;
            }
            let retry_due = host.release_delayed(now);
            let has_queued = self.queue.len(key) > 0 || !host.retries_due.is_empty();
            let has_work = has_queued || !host.delayed.is_empty();
            let ready_at = host.ready_at(config);
            let start_at = match &host.robots {
                RobotsState::Unknown if has_work => Some(ready_at),
                RobotsState::Retry { at } if has_work => Some(later(Some(*at), ready_at)),
                RobotsState::Ready(_) if has_queued => Some(ready_at),
                RobotsState::Ready(_) => {
                    if let Some(due) = retry_due {
                        let at = later(Some(due), ready_at).unwrap_or(due);
                        earliest = Some(earliest.map_or(at, |e| e.min(at)));
                    }
                    None
                }
                _ => None,
            };
            let Some(start_at) = start_at else { continue };
            if host.in_flight >= config.per_host {
                continue;
            }
            match start_at {
                Some(at) if at > now => earliest = Some(earliest.map_or(at, |e| e.min(at))),
                at => {
                    if best.as_ref().is_none_or(|(_, b)| at < *b) {
                        best = Some((key, at));
                    }
                }
            }
        }
        match best {
            Some((key, _)) => Choice::Host(key.clone()),
            None => Choice::Idle(match (earliest, busy) {
                (Some(at), _) => Next::Wait(at),
                (None, true) => Next::Blocked,
                (None, false) => Next::Done,
            }),
        }
    }

    /// Starts the next request on `key`, a host allowed to go now: its
    /// robots.txt if the rules are not known, else its first URL that
    /// robots.txt and the scope allow. None if the host had none left.
    fn dispatch(&mut self, key: HostKey, now: Instant) -> Option<Job> {
        let host = self.hosts.get_mut(&key).expect("chosen host exists");
        let job = match &host.robots {
            RobotsState::Ready(rules) => loop {
                let (queued, attempt) = match host.retries_due.pop_front() {
                    Some(due) => due,
                    None => (self.queue.pop(&key)?, 0),
                };
                if !self.scope.allows(&queued.url) {
                    self.counts.out_of_scope += 1;
                    self.dropped.push(queued.url);
                } else if !rules.allows(&queued.url.path_and_query()) {
                    self.counts.robots_blocked += 1;
                    self.dropped.push(queued.url);
                } else {
                    break Job {
                        kind: JobKind::Page,
                        host: key,
                        url: queued.url,
                        depth: queued.depth,
                        role: queued.role,
                        redirected_from: queued.redirected_from,
                        attempt,
                    };
                }
            },
            _ => {
                host.robots = RobotsState::Fetching {
                    last_start: host.last_start,
                };
                Job {
                    kind: JobKind::Robots,
                    url: CanonicalUrl::from_url(key.robots_url()).expect("robots URL is http(s)"),
                    host: key,
                    depth: 0,
                    role: LinkRole::Other,
                    redirected_from: Vec::new(),
                    attempt: host.robots_failures,
                }
            }
        };
        host.in_flight += 1;
        host.last_start = Some(now);
        Some(job)
    }

    /// Installs the rules fetched for `host` by a robots job that ended at
    /// `now` after `elapsed`. Crawl-delay (capped) raises the host's delay
    /// above the configured floor, counted from the robots.txt request.
    pub fn robots_fetched(
        &mut self,
        host: &HostKey,
        rules: RobotsRules,
        now: Instant,
        elapsed: Duration,
    ) {
        let Some(queue) = self.hosts.get_mut(host) else {
            return;
        };
        queue.ended(now, Some(elapsed));
        self.install(host, rules);
    }

    /// Installs rules for `host` that came from a cache instead of a
    /// request: the robots job is taken back as if it had never started.
    pub fn robots_from_cache(&mut self, host: &HostKey, rules: RobotsRules) {
        let Some(queue) = self.hosts.get_mut(host) else {
            return;
        };
        if let RobotsState::Fetching { last_start } = queue.robots {
            queue.in_flight = queue.in_flight.saturating_sub(1);
            queue.last_start = last_start;
        }
        self.install(host, rules);
    }

    fn install(&mut self, host: &HostKey, rules: RobotsRules) {
        let Some(queue) = self.hosts.get_mut(host) else {
            return;
        };
        queue.robots_failures = 0;
        if let Some(crawl_delay) = rules.crawl_delay() {
            queue.floor = crawl_delay
                .min(self.config.max_delay)
                .max(self.config.delay);
        }
        queue.robots = RobotsState::Ready(rules);
    }

    /// robots.txt of `host` could not be had (5xx, 429, timeout, network
    /// error): nothing else on the host is requested; robots.txt is asked
    /// again after a back-off (Retry-After if the server sent one), and
    /// after [`FrontierConfig::retries`] such back-offs the host is given
    /// up for the run, its queue kept for a later run. Returns whether it
    /// was given up.
    pub fn robots_unreachable(
        &mut self,
        host: &HostKey,
        now: Instant,
        elapsed: Option<Duration>,
        retry_after: Option<Duration>,
    ) -> bool {
        let Some(queue) = self.hosts.get_mut(host) else {
            return false;
        };
        queue.ended(now, elapsed);
        queue.robots_failures += 1;
        if queue.robots_failures > self.config.retries {
            queue.robots = RobotsState::Retry { at: now };
            // Nothing but robots.txt was requested: no retries are waiting.
            queue.give_up();
            self.counts.host_unavailable += self.queue.len(host);
            return true;
        }
        let wait = retry_after.map_or_else(
            || {
                doubled(
                    self.config.throttle_backoff,
                    queue.robots_failures - 1,
                    self.config.max_backoff,
                )
            },
            |d| d.min(self.config.max_backoff),
        );
        queue.robots = RobotsState::Retry { at: now + wait };
        false
    }

    /// A page request ended at `now`: updates the host's pacing (response
    /// time, back-off) and decides whether the URL is tried again.
    pub fn completed(&mut self, job: &Job, now: Instant, completion: Completion) -> Verdict {
        let config = &self.config;
        let Some(host) = self.hosts.get_mut(&job.host) else {
            return Verdict::Finished;
        };
        let retry_at = match completion {
            Completion::NotSent => {
                host.in_flight = host.in_flight.saturating_sub(1);
                return Verdict::Finished;
            }
            Completion::Done { elapsed } => {
                host.ended(now, Some(elapsed));
                host.throttles = 0;
                return Verdict::Finished;
            }
            Completion::Throttled {
                elapsed,
                retry_after,
            } => {
                host.ended(now, Some(elapsed));
                host.throttles += 1;
                self.counts.throttles += 1;
                let wait = retry_after.map_or_else(
                    || {
                        doubled(
                            config.throttle_backoff,
                            host.throttles - 1,
                            config.max_backoff,
                        )
                    },
                    |d| d.min(config.max_backoff),
                );
                let until = now + wait;
                host.blocked_until = later(host.blocked_until, Some(until));
                if host.throttles > config.retries && !host.unavailable {
                    let mut dropped = host.give_up();
                    dropped.push(job.url.clone());
                    self.counts.host_unavailable += self.queue.len(&job.host);
                    return Verdict::HostGaveUp(dropped);
                }
                until
            }
            Completion::Transient { elapsed } => {
                host.ended(now, elapsed);
                now + doubled(config.retry_backoff, job.attempt, config.max_backoff)
            }
        };
        if job.attempt >= config.retries {
            return Verdict::GaveUp;
        }
        if host.unavailable {
            return Verdict::HostGaveUp(vec![job.url.clone()]);
        }
        self.counts.retries += 1;
        host.delayed.push((
            retry_at,
            QueuedUrl {
                url: job.url.clone(),
                role: job.role,
                depth: job.depth,
                redirected_from: job.redirected_from.clone(),
            },
            job.attempt + 1,
        ));
        Verdict::Retry(retry_at)
    }

    /// The rules in force on `host`, once fetched.
    pub fn robots(&self, host: &HostKey) -> Option<&RobotsRules> {
        match &self.hosts.get(host)?.robots {
            RobotsState::Ready(rules) => Some(rules),
            _ => None,
        }
    }

    /// URLs waiting in all queues, retries included.
    pub fn queued(&self) -> u64 {
        self.hosts
            .iter()
            .map(|(key, h)| self.queue.len(key) + (h.delayed.len() + h.retries_due.len()) as u64)
            .sum()
    }

    /// The pacing of every host: its delay, when its next request may
    /// start (pacing, back-off or Retry-After), whether it was given up.
    pub fn paces(&self) -> Vec<HostPace> {
        self.hosts
            .iter()
            .map(|(key, host)| HostPace {
                host: key.clone(),
                delay: host.delay(&self.config),
                next_at: host.ready_at(&self.config),
                given_up: host.unavailable,
            })
            .collect()
    }

    /// No request to `host` before `at`: a wait carried over from an
    /// earlier run (its pacing, a back-off or a Retry-After).
    pub fn hold_until(&mut self, host: HostKey, at: Instant) {
        let floor = self.config.delay;
        let queue = self
            .hosts
            .entry(host)
            .or_insert_with(|| HostQueue::new(floor));
        queue.blocked_until = later(queue.blocked_until, Some(at));
    }

    /// The delay currently in force on `host`.
    pub fn host_delay(&self, host: &HostKey) -> Option<Duration> {
        self.hosts.get(host).map(|h| h.delay(&self.config))
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

    fn done(f: &mut Frontier, j: Job, now: Instant) {
        let elapsed = Duration::ZERO;
        assert_eq!(
            f.completed(&j, now, Completion::Done { elapsed }),
            Verdict::Finished
        );
    }

    fn robots_done(f: &mut Frontier, j: &Job, txt: &[u8], now: Instant) {
        assert_eq!(j.kind, JobKind::Robots);
        let rules = RobotsRules::parse(txt, "snapcrawl");
        f.robots_fetched(&j.host, rules, now, Duration::ZERO);
    }

    #[test]
    fn robots_first_then_pages_paced_by_the_delay_one_at_a_time() {
        let t0 = Instant::now();
        let mut f = frontier(&["http://a.test/"], FrontierConfig::default());
        let r = job(f.next(t0));
        // Nothing else on the host while robots.txt is in flight.
        assert_eq!(f.next(t0 + Duration::from_secs(5)), Next::Blocked);
        robots_done(&mut f, &r, b"", t0);
        f.push(u("http://a.test/2"), LinkRole::ArticleList, 1);
        let after_delay = t0 + Duration::from_secs(1) + PACING_SLACK;
        assert_eq!(f.next(t0), Next::Wait(after_delay));
        assert_eq!(f.next(t0 + Duration::from_secs(1)), Next::Wait(after_delay));
        let p1 = job(f.next(after_delay));
        assert_eq!(p1.url.as_str(), "http://a.test/");
        // One in flight: even after the delay, nothing until it finishes.
        assert_eq!(f.next(t0 + Duration::from_secs(3)), Next::Blocked);
        done(&mut f, p1, t0);
        assert!(matches!(f.next(after_delay), Next::Wait(_)));
        let p2 = job(f.next(t0 + Duration::from_secs(3)));
        assert_eq!(p2.url.as_str(), "http://a.test/2");
        done(&mut f, p2, t0);
        assert_eq!(f.next(t0 + Duration::from_secs(9)), Next::Done);
    }

    #[test]
    fn crawl_delay_raises_the_delay_but_never_lowers_it_and_is_capped() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            max_delay: Duration::from_secs(5),
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
            robots_done(&mut f, &r, txt, t0);
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
        robots_done(&mut f, &r, b"User-agent: *\nDisallow: /private/\n", t0);
        assert_eq!(
            f.push(u("http://a.test/private/y"), LinkRole::Related, 1),
            Pushed::RobotsBlocked
        );
        let p = job(f.next(t0));
        assert_eq!(p.url.as_str(), "http://a.test/");
        done(&mut f, p, t0);
        assert_eq!(f.next(t0), Next::Done);
        assert_eq!(f.counts().robots_blocked, 2);
        let dropped = f.take_dropped();
        assert_eq!(dropped, [u("http://a.test/private/x")]);
        assert!(f.take_dropped().is_empty());
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
        robots_done(&mut f, &ra, b"", t0);
        robots_done(&mut f, &rb, b"", t0);
        let a = u("http://a.test/").host_key();
        let first = job(f.next(t0));
        done(&mut f, first, t0);
        f.push(u("http://a.test/nav"), LinkRole::SectionNav, 1);
        f.push(u("http://a.test/story"), LinkRole::Related, 1);
        let mut order = Vec::new();
        while let Next::Job(j) = f.next(t0) {
            if j.host == a {
                order.push(j.url.to_string());
            }
            done(&mut f, j, t0);
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
        robots_done(&mut f, &r, b"", t0);
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

    /// A frontier whose one host has robots.txt done and `urls` queued.
    fn ready_host(config: FrontierConfig, urls: &[&str], t0: Instant) -> Frontier {
        let mut f = frontier(&["http://a.test/"], config);
        let r = job(f.next(t0));
        robots_done(&mut f, &r, b"", t0);
        for url in urls {
            f.push(u(url), LinkRole::ArticleList, 1);
        }
        f
    }

    fn no_delay() -> FrontierConfig {
        FrontierConfig {
            delay: Duration::ZERO,
            ..Default::default()
        }
    }

    #[test]
    fn retry_after_makes_the_whole_host_wait_and_the_url_is_tried_again() {
        let t0 = Instant::now();
        let mut f = ready_host(no_delay(), &["http://a.test/2"], t0);
        let first = job(f.next(t0));
        let verdict = f.completed(
            &first,
            t0,
            Completion::Throttled {
                elapsed: Duration::ZERO,
                retry_after: Some(Duration::from_secs(120)),
            },
        );
        let until = t0 + Duration::from_secs(120);
        assert_eq!(verdict, Verdict::Retry(until));
        // The other URL waits too: the host is blocked, not the URL.
        assert_eq!(f.next(t0 + Duration::from_secs(119)), Next::Wait(until));
        let mut urls = Vec::new();
        while let Next::Job(j) = f.next(until) {
            urls.push(j.url.to_string());
            done(&mut f, j, until);
        }
        urls.sort();
        assert_eq!(urls, ["http://a.test/", "http://a.test/2"]);
        assert_eq!(f.counts().throttles, 1);
    }

    #[test]
    fn retry_after_is_capped() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            max_backoff: Duration::from_secs(600),
            ..no_delay()
        };
        let mut f = ready_host(config, &[], t0);
        let j = job(f.next(t0));
        let verdict = f.completed(
            &j,
            t0,
            Completion::Throttled {
                elapsed: Duration::ZERO,
                retry_after: Some(Duration::from_secs(86_400)),
            },
        );
        assert_eq!(verdict, Verdict::Retry(t0 + Duration::from_secs(600)));
    }

    #[test]
    fn throttles_without_retry_after_back_off_exponentially_then_give_up_the_host() {
        let t0 = Instant::now();
        let mut f = ready_host(no_delay(), &["http://a.test/2", "http://a.test/3"], t0);
        let mut now = t0;
        let mut waits = Vec::new();
        let throttled = Completion::Throttled {
            elapsed: Duration::ZERO,
            retry_after: None,
        };
        loop {
            let j = match f.next(now) {
                Next::Job(j) => j,
                Next::Wait(at) => {
                    now = at;
                    continue;
                }
                other => panic!("{other:?}"),
            };
            match f.completed(&j, now, throttled) {
                Verdict::Retry(at) => waits.push((at - now).as_secs()),
                Verdict::HostGaveUp(dropped) => {
                    // The URL in flight is given up; the queue is kept for
                    // a later run.
                    assert_eq!(dropped, std::slice::from_ref(&j.url));
                    assert_eq!(f.queued(), 2);
                    break;
                }
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(waits, [60, 120, 240]);
        assert_eq!(f.next(now + Duration::from_secs(9999)), Next::Done);
        assert_eq!(
            f.push(u("http://a.test/new"), LinkRole::Related, 1),
            Pushed::HostUnavailable
        );
    }

    #[test]
    fn a_success_resets_the_back_off() {
        let t0 = Instant::now();
        let mut f = ready_host(no_delay(), &["http://a.test/2"], t0);
        let throttled = Completion::Throttled {
            elapsed: Duration::ZERO,
            retry_after: None,
        };
        let j = job(f.next(t0));
        assert_eq!(
            f.completed(&j, t0, throttled),
            Verdict::Retry(t0 + Duration::from_secs(60))
        );
        let t1 = t0 + Duration::from_secs(60);
        let j = job(f.next(t1));
        done(&mut f, j, t1);
        let j = job(f.next(t1));
        assert_eq!(
            f.completed(&j, t1, throttled),
            Verdict::Retry(t1 + Duration::from_secs(60))
        );
    }

    #[test]
    fn server_errors_are_retried_with_back_off_a_bounded_number_of_times() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            retries: 2,
            retry_backoff: Duration::from_secs(10),
            ..no_delay()
        };
        let mut f = ready_host(config, &[], t0);
        let transient = Completion::Transient { elapsed: None };
        let j = job(f.next(t0));
        assert_eq!(j.attempt, 0);
        let at1 = t0 + Duration::from_secs(10);
        assert_eq!(f.completed(&j, t0, transient), Verdict::Retry(at1));
        // Only the retried URL waits; the host itself is not blocked.
        f.push(u("http://a.test/other"), LinkRole::ArticleList, 1);
        let other = job(f.next(t0));
        assert_eq!(other.url.as_str(), "http://a.test/other");
        done(&mut f, other, t0);
        assert_eq!(f.next(t0), Next::Wait(at1));
        let j = job(f.next(at1));
        assert_eq!(j.attempt, 1);
        let at2 = at1 + Duration::from_secs(20);
        assert_eq!(f.completed(&j, at1, transient), Verdict::Retry(at2));
        let j = job(f.next(at2));
        assert_eq!(f.completed(&j, at2, transient), Verdict::GaveUp);
        assert_eq!(f.next(at2), Next::Done);
        assert_eq!(f.counts().retries, 2);
    }

    #[test]
    fn unreachable_robots_blocks_the_host_retries_with_back_off_then_gives_up() {
        let t0 = Instant::now();
        let mut f = frontier(&["http://a.test/"], no_delay());
        f.push(u("http://a.test/2"), LinkRole::ArticleList, 1);
        let mut now = t0;
        let mut waits = Vec::new();
        loop {
            let r = match f.next(now) {
                Next::Job(j) => j,
                Next::Wait(at) => {
                    waits.push((at - now).as_secs());
                    now = at;
                    continue;
                }
                other => panic!("{other:?}"),
            };
            // Only robots.txt is ever requested.
            assert_eq!(r.kind, JobKind::Robots);
            if f.robots_unreachable(&r.host, now, None, None) {
                break;
            }
        }
        assert_eq!(waits, [60, 120, 240]);
        assert_eq!(f.next(now), Next::Done);
        // The queue is kept for a later run.
        assert_eq!(f.queued(), 2);
        assert_eq!(f.counts().host_unavailable, 2);
    }

    #[test]
    fn robots_retry_after_is_honoured() {
        let t0 = Instant::now();
        let mut f = frontier(&["http://a.test/"], no_delay());
        let r = job(f.next(t0));
        f.robots_unreachable(&r.host, t0, None, Some(Duration::from_secs(7)));
        assert_eq!(f.next(t0), Next::Wait(t0 + Duration::from_secs(7)));
        let r = job(f.next(t0 + Duration::from_secs(7)));
        assert_eq!(r.kind, JobKind::Robots);
        assert_eq!(r.attempt, 1);
        f.robots_fetched(
            &r.host,
            RobotsRules::parse(b"", "snapcrawl"),
            t0 + Duration::from_secs(7),
            Duration::ZERO,
        );
        assert_eq!(job(f.next(t0 + Duration::from_secs(7))).kind, JobKind::Page);
    }

    #[test]
    fn cached_robots_take_the_robots_request_back() {
        let t0 = Instant::now();
        let mut f = frontier(&["http://a.test/"], FrontierConfig::default());
        let r = job(f.next(t0));
        f.robots_from_cache(&r.host, RobotsRules::parse(b"", "snapcrawl"));
        // No request was made, so the page need not wait a delay.
        let p = job(f.next(t0));
        assert_eq!(p.kind, JobKind::Page);
    }

    #[test]
    fn slow_responses_lengthen_the_delay_and_fast_ones_bring_it_back_to_the_floor() {
        let t0 = Instant::now();
        let mut f = ready_host(
            FrontierConfig::default(),
            &["http://a.test/2", "http://a.test/3"],
            t0,
        );
        let host = u("http://a.test/").host_key();
        let mut now = t0 + Duration::from_secs(2);
        let slow = Duration::from_secs(5);
        for i in 0..10 {
            f.push(u(&format!("http://a.test/s{i}")), LinkRole::ArticleList, 1);
            let j = job(f.next(now));
            now += slow;
            f.completed(&j, now, Completion::Done { elapsed: slow });
            now += Duration::from_secs(60);
        }
        // 2 × the smoothed response time, which approaches 5 s.
        let delay = f.host_delay(&host).unwrap();
        assert!(
            delay > Duration::from_secs(9) && delay < Duration::from_secs(10),
            "{delay:?}"
        );
        for i in 0..30 {
            f.push(u(&format!("http://a.test/f{i}")), LinkRole::ArticleList, 1);
            let j = job(f.next(now));
            f.completed(
                &j,
                now,
                Completion::Done {
                    elapsed: Duration::from_millis(1),
                },
            );
            now += Duration::from_secs(60);
        }
        assert_eq!(f.host_delay(&host), Some(Duration::from_secs(1)));
    }

    #[test]
    fn the_adaptive_delay_is_capped() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            max_delay: Duration::from_secs(20),
            ..Default::default()
        };
        let mut f = ready_host(config, &[], t0);
        let j = job(f.next(t0 + Duration::from_secs(2)));
        let host = j.host.clone();
        f.completed(
            &j,
            t0,
            Completion::Done {
                elapsed: Duration::from_secs(300),
            },
        );
        assert_eq!(f.host_delay(&host), Some(Duration::from_secs(20)));
    }

    #[test]
    fn a_wait_carried_over_from_an_earlier_run_holds_the_host() {
        let t0 = Instant::now();
        let mut f = ready_host(no_delay(), &["http://a.test/2"], t0);
        let host = u("http://a.test/").host_key();
        f.hold_until(host.clone(), t0 + Duration::from_secs(90));
        assert_eq!(f.next(t0), Next::Wait(t0 + Duration::from_secs(90)));
        let pace = f.paces().into_iter().find(|p| p.host == host).unwrap();
        assert_eq!(pace.next_at, Some(t0 + Duration::from_secs(90)));
        assert!(!pace.given_up);
        assert_eq!(
            job(f.next(t0 + Duration::from_secs(90))).url,
            u("http://a.test/")
        );
    }

    #[test]
    fn the_delay_counts_from_the_end_of_the_previous_request() {
        let t0 = Instant::now();
        let config = FrontierConfig {
            adaptive_factor: 0.0,
            ..Default::default()
        };
        let mut f = ready_host(config, &["http://a.test/2"], t0);
        let start = t0 + Duration::from_secs(2);
        let j = job(f.next(start));
        let end = start + Duration::from_secs(3);
        done(&mut f, j, end);
        let at = end + Duration::from_secs(1) + PACING_SLACK;
        assert_eq!(f.next(end), Next::Wait(at));
        assert_eq!(job(f.next(at)).url.as_str(), "http://a.test/2");
    }
}
