//! The crawl driver: the one place that spawns tasks. It asks the frontier
//! for work, fetches, hands bodies to the extractor (HTML) or the feed parser
//! (RSS/Atom/sitemaps) on the blocking pool, stores records, and feeds links
//! back. The frontier and the store are touched only here, so data flows one
//! way. Every politeness decision (robots.txt, pacing, back-off, retries) is
//! the frontier's; the driver reports what happened and does what it says.
//!
//! Invariant: a record is flushed before its URL is marked done
//! ([`Driver::flush`]).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use anyhow::Context;
use snapcrawl_core::{
    CanonicalUrl, Clock, HttpMeta, LinkRole, PageKind, SnapshotRecord, SystemClock,
};
use snapcrawl_extract::feed::{FeedKind, FeedLinks};
use snapcrawl_extract::{Extraction, Input};
use snapcrawl_fetch::{FetchConfig, FetchError, Fetcher, Response, Validators};
use snapcrawl_frontier::{
    Completion, Frontier, FrontierConfig, Job, JobKind, Next, Pushed, RobotsRules, Scope, Verdict,
};
use snapcrawl_store::{
    content_hash, HostPace, Outcome, OutcomeKind, PutOutcome, RawPage, RobotsAnswer, RunSummary,
    Store,
};
use tokio::task::JoinSet;
use tokio::time::Instant;
use tokio_util::sync::CancellationToken;
use tracing::{debug, info, warn};

/// Redirect hops followed for one document before giving up.
const MAX_REDIRECTS: usize = 10;
/// robots.txt redirects followed (RFC 9309 §2.3.1.2).
const MAX_ROBOTS_REDIRECTS: usize = 5;
/// Records written between flushes at most.
const FLUSH_EVERY_RECORDS: usize = 64;
/// Time between flushes at most.
const FLUSH_EVERY: Duration = Duration::from_millis(500);
/// After a stop (signal or `--max-duration`), requests still in flight get
/// this long to finish; the rest are abandoned, their URLs not marked done,
/// so the next run fetches them.
const STOP_GRACE: Duration = Duration::from_secs(10);

/// Everything a crawl run needs to know.
#[derive(Debug, Clone)]
pub struct CrawlOptions {
    /// Where to start.
    pub seeds: Vec<CanonicalUrl>,
    /// Pacing, depth, per-host limits.
    pub frontier: FrontierConfig,
    /// Extra domains in scope.
    pub scope_domains: Vec<String>,
    /// Token for robots.txt group selection.
    pub product_token: String,
    /// How long a fetched robots.txt is reused (across runs, from the store).
    pub robots_cache_ttl: Duration,
    /// Stop after this many page requests.
    pub max_pages: Option<u64>,
    /// Stop after this long.
    pub max_duration: Option<Duration>,
    /// Requests in flight across hosts.
    pub concurrency: usize,
    /// Extraction defaults.
    pub extract: snapcrawl_extract::Options,
    /// Queue the `Sitemap:` URLs of robots.txt (in scope) as seeds.
    pub robots_sitemaps: bool,
    /// When known URLs found again are fetched again.
    pub revisit: crate::revisit::RevisitPolicy,
    /// Site profiles; a page gets the one whose hosts name its host.
    pub sites: Vec<Arc<snapcrawl_extract::SiteProfile>>,
    /// Keep each stored version's page as fetched.
    pub keep_raw_pages: bool,
    /// Where the run reports its progress, a few times a second (for a
    /// progress bar); none by default.
    pub progress: Option<Arc<tokio::sync::watch::Sender<Progress>>>,
}

/// How far a run has got, as [`CrawlOptions::progress`] reports it.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// The run's counts so far.
    pub summary: RunSummary,
    /// URLs queued, retries included.
    pub queued: u64,
    /// Requests in flight.
    pub in_flight: usize,
}

/// Time between two progress reports.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);

impl CrawlOptions {
    /// Options for crawling `seeds` with the defaults of
    /// `config/snapcrawl.toml` and no page or time limit.
    pub fn new(seeds: Vec<CanonicalUrl>) -> Self {
        Self {
            seeds,
            frontier: FrontierConfig::default(),
            scope_domains: Vec::new(),
            product_token: "snapcrawl".into(),
            robots_cache_ttl: Duration::from_secs(24 * 3600),
            max_pages: None,
            max_duration: None,
            concurrency: 64,
            extract: snapcrawl_extract::Options::default(),
            sites: Vec::new(),
            revisit: crate::revisit::RevisitPolicy::default(),
            robots_sitemaps: true,
            keep_raw_pages: false,
            progress: None,
        }
    }
}

enum TaskResult {
    Robots {
        job: Job,
        fetch: RobotsFetch,
    },
    Fetched {
        job: Job,
        result: Result<Response, FetchError>,
    },
    Parsed {
        job: Job,
        response: Response,
        page: ParsedPage,
    },
}

/// The outcome of asking a host for robots.txt (redirects followed).
struct RobotsFetch {
    /// Requests made (one per redirect hop).
    requests: u64,
    /// Time all of them took.
    elapsed: Duration,
    answer: RobotsAnswerKind,
}

enum RobotsAnswerKind {
    /// A status that decides the rules (2xx: the body; 4xx, or a redirect
    /// chain over the limit: allow all).
    Decided { status: u16, body: String },
    /// 5xx, 429, timeout, network error or a refused address: nothing but
    /// robots.txt may be fetched until it answers.
    Unreachable {
        error: String,
        retry_after: Option<String>,
    },
}

/// What a 2xx body turned out to be.
enum ParsedPage {
    Feed(FeedLinks),
    Html(Box<Extraction>),
    /// Neither: a content type the crawler does not keep.
    Other,
    /// The parser panicked (a bug), with its message.
    Failed(String),
}

/// Runs `parse`, turning a panic into [`ParsedPage::Failed`]: one page that
/// trips a bug in the extractor is recorded as failed, and the crawl goes on.
fn parse_guarded(parse: impl FnOnce() -> ParsedPage + std::panic::UnwindSafe) -> ParsedPage {
    std::panic::catch_unwind(parse).unwrap_or_else(|panic| {
        ParsedPage::Failed(format!(
            "extractor panicked: {}",
            crate::panic_message(&*panic)
        ))
    })
}

/// Parses a 2xx body: feed or sitemap first (sniffed), then HTML. CPU-bound;
/// runs on the blocking pool.
fn parse_body(response: &Response, options: &snapcrawl_extract::Options) -> ParsedPage {
    if let Some(feed) = snapcrawl_extract::feed::parse(&response.url, &response.body) {
        return ParsedPage::Feed(feed);
    }
    if !is_html(response.content_type.as_deref(), &response.body) {
        return ParsedPage::Other;
    }
    let input = Input {
        url: &response.url,
        body: &response.body,
        content_type: response.content_type.as_deref(),
    };
    ParsedPage::Html(Box::new(snapcrawl_extract::extract(&input, options)))
}

struct Driver<'a> {
    store: &'a Store,
    options: CrawlOptions,
    fetcher: Fetcher,
    frontier: Frontier,
    summary: RunSummary,
    pages_started: u64,
    pending_done: Vec<String>,
    /// URLs whose outcome is recorded, to be finished in the queue once
    /// the store is flushed.
    finished: Vec<CanonicalUrl>,
    last_progress: Instant,
    last_flush: Instant,
    clock: Arc<dyn Clock>,
}

/// The hosts exempt from the refusal of loopback, private and link-local
/// addresses: the seeds' hosts and the hosts the scope names.
pub fn trusted_hosts(options: &CrawlOptions) -> Vec<String> {
    let mut hosts: Vec<String> = options
        .seeds
        .iter()
        .filter_map(|s| s.as_url().host_str().map(str::to_owned))
        .chain(options.scope_domains.iter().map(|d| Scope::domain_name(d)))
        .collect();
    hosts.sort();
    hosts.dedup();
    hosts
}

/// Runs one crawl into `store` until the frontier is empty, a limit is
/// reached or `shutdown` is cancelled; requests in flight are finished and
/// everything is flushed before it returns the run's summary. Requests are
/// made as `fetch` says, with the seeds' and scope's hosts trusted
/// ([`trusted_hosts`]).
pub async fn crawl(
    store: &Store,
    fetch: &FetchConfig,
    options: CrawlOptions,
    shutdown: CancellationToken,
) -> anyhow::Result<RunSummary> {
    let fetcher = Fetcher::new(&FetchConfig {
        trusted_hosts: trusted_hosts(&options),
        ..fetch.clone()
    })?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let mut scope = Scope::of_seeds(&options.seeds);
    for domain in &options.scope_domains {
        scope.allow_domain(domain);
    }
    // The queue on disk holds what earlier runs queued and did not
    // finish, however they ended.
    let queue = store.disk_queue().context("opening the crawl queue")?;
    let resumed = queue.total();
    let mut frontier = Frontier::with_queue(options.frontier.clone(), scope, Box::new(queue));
    for seed in &options.seeds {
        frontier.push(seed.clone(), LinkRole::Feed, 0);
    }
    // Waits that outlive a run: the last request's delay, a back-off, a
    // Retry-After.
    let (wall, mono) = (clock.now(), Instant::now().into_std());
    for pace in store.host_paces() {
        let (host, pace) = pace.context("reading host pacing")?;
        let wait = pace
            .next_allowed_at
            .and_then(|at| (at - wall).to_std().ok())
            .filter(|w| !w.is_zero());
        let key = CanonicalUrl::parse(&format!("{host}/")).map(|u| u.host_key());
        if let (Some(wait), Ok(key)) = (wait, key) {
            frontier.hold_until(key, mono + wait);
        }
    }
    if resumed > 0 {
        info!(resumed, "resuming URLs queued by an earlier run");
    }
    let summary = RunSummary {
        started_at: clock.now(),
        resumed,
        ..Default::default()
    };
    let mut driver = Driver {
        store,
        options,
        fetcher,
        frontier,
        summary,
        pages_started: 0,
        pending_done: Vec::new(),
        finished: Vec::new(),
        last_progress: Instant::now(),
        last_flush: Instant::now(),
        clock,
    };
    driver.run(shutdown).await?;
    Ok(driver.summary)
}

impl Driver<'_> {
    async fn run(&mut self, shutdown: CancellationToken) -> anyhow::Result<()> {
        let started = Instant::now();
        let deadline = self.options.max_duration.map(|d| started + d);
        let mut tasks: JoinSet<TaskResult> = JoinSet::new();
        let mut stop_reason: Option<&str> = None;
        let mut abandon_at: Option<Instant> = None;
        loop {
            if stop_reason.is_none() {
                if shutdown.is_cancelled() {
                    stop_reason = Some("signal");
                    abandon_at = Some(Instant::now() + STOP_GRACE);
                } else if deadline.is_some_and(|d| Instant::now() >= d) {
                    stop_reason = Some("max_duration");
                    abandon_at = Some(Instant::now() + STOP_GRACE);
                } else if self
                    .options
                    .max_pages
                    .is_some_and(|max| self.pages_started >= max)
                {
                    stop_reason = Some("max_pages");
                }
            }
            let mut wake_at = None;
            if stop_reason.is_none() && tasks.len() < self.options.concurrency {
                let next = self.frontier.next(Instant::now().into_std());
                if let Some(e) = self.frontier.take_queue_error() {
                    return Err(anyhow::anyhow!(e).context("the crawl queue failed"));
                }
                self.finished.extend(self.frontier.take_dropped());
                match next {
                    Next::Job(job) => {
                        self.start(&mut tasks, job)?;
                        continue;
                    }
                    Next::Wait(at) => wake_at = Some(Instant::from_std(at)),
                    Next::Blocked => {}
                    Next::Done => {
                        if tasks.is_empty() {
                            stop_reason = Some("done");
                        }
                    }
                }
            }
            if tasks.is_empty() && stop_reason.is_some() {
                break;
            }
            if abandon_at.is_some_and(|at| Instant::now() >= at) {
                warn!(
                    requests = tasks.len(),
                    "stop grace over: abandoning requests in flight"
                );
                tasks.abort_all();
                break;
            }
            if let Some(d) = deadline.filter(|_| stop_reason.is_none()) {
                wake_at = Some(wake_at.map_or(d, |w| w.min(d)));
            }
            if let Some(at) = abandon_at {
                wake_at = Some(wake_at.map_or(at, |w| w.min(at)));
            }
            let flush_at = self.last_flush + FLUSH_EVERY;
            tokio::select! {
                Some(done) = tasks.join_next(), if !tasks.is_empty() => {
                    match done {
                        Ok(result) => self.handle(&mut tasks, result)?,
                        Err(e) => warn!("task failed: {e}"),
                    }
                }
                _ = tokio::time::sleep_until(wake_at.unwrap_or(flush_at)), if wake_at.is_some() || !self.pending_done.is_empty() || !self.finished.is_empty() => {}
                _ = shutdown.cancelled(), if stop_reason.is_none() => {}
            }
            self.report_progress(tasks.len());
            if self.pending_done.len() + self.finished.len() >= FLUSH_EVERY_RECORDS
                || Instant::now() >= flush_at
            {
                self.flush()?;
            }
        }
        self.flush()?;
        self.summary.elapsed_secs = started.elapsed().as_secs_f64();
        let counts = self.frontier.counts();
        self.summary.robots_blocked = counts.robots_blocked;
        self.summary.retries = counts.retries;
        self.summary.throttles = counts.throttles;
        if counts.host_unavailable > 0 {
            *self
                .summary
                .errors
                .entry(OutcomeKind::HostUnavailable.as_str().to_string())
                .or_default() += counts.host_unavailable;
        }
        self.summary.stop_reason = stop_reason.unwrap_or("done").to_string();
        let (wall, mono) = (self.clock.now(), Instant::now().into_std());
        for pace in self.frontier.paces() {
            let next_allowed_at = pace
                .next_at
                .filter(|at| *at > mono)
                .and_then(|at| chrono::Duration::from_std(at - mono).ok())
                .map(|wait| wall + wait);
            let record = HostPace {
                delay_secs: pace.delay.as_secs_f64(),
                next_allowed_at,
                given_up: pace.given_up,
            };
            self.store
                .put_host_pace(pace.host.as_str(), &record)
                .context("recording host pacing")?;
        }
        self.store
            .put_run(&self.summary)
            .context("recording the run")?;
        self.store.flush().context("flushing the store")?;
        Ok(())
    }

    /// Sends the run's counts to the progress watcher, if there is one,
    /// at most every [`PROGRESS_EVERY`].
    fn report_progress(&mut self, in_flight: usize) {
        let Some(progress) = &self.options.progress else {
            return;
        };
        if self.last_progress.elapsed() < PROGRESS_EVERY {
            return;
        }
        self.last_progress = Instant::now();
        progress.send_replace(Progress {
            summary: self.summary.clone(),
            queued: self.frontier.queued(),
            in_flight,
        });
    }

    /// Makes written records and queued links durable, then marks their
    /// URLs done and finishes them in the queue.
    fn flush(&mut self) -> anyhow::Result<()> {
        self.last_flush = Instant::now();
        self.store.flush().context("flushing records")?;
        self.frontier
            .flush_queue()
            .map_err(|e| anyhow::anyhow!(e).context("flushing the crawl queue"))?;
        let now = self.clock.now();
        for url in self.pending_done.drain(..) {
            self.store
                .mark_done(&url, now)
                .context("marking a URL done")?;
        }
        for url in self.finished.drain(..) {
            self.frontier.finished(&url);
        }
        Ok(())
    }

    /// Starts a job: robots.txt from the store's cache when it is fresh,
    /// otherwise a request.
    fn start(&mut self, tasks: &mut JoinSet<TaskResult>, job: Job) -> anyhow::Result<()> {
        let fetcher = self.fetcher.clone();
        match job.kind {
            JobKind::Robots => {
                let entry = self
                    .store
                    .robots(job.host.as_str())
                    .context("reading the robots.txt cache")?
                    .unwrap_or_default();
                if let Some(answer) = entry.fresh(self.clock.now(), self.options.robots_cache_ttl) {
                    debug!(host = %job.host, "robots.txt from the cache");
                    let rules = self.rules(answer.status, &answer.body);
                    let sitemaps = answer.sitemaps.clone();
                    self.frontier.robots_from_cache(&job.host, rules);
                    self.seed_sitemaps(&sitemaps)?;
                    return Ok(());
                }
                debug!(url = %job.url, attempt = job.attempt, "fetch robots.txt");
                tasks.spawn(async move {
                    let fetch = fetch_robots(&fetcher, &job).await;
                    TaskResult::Robots { job, fetch }
                });
            }
            JobKind::Page => {
                self.pages_started += 1;
                self.summary.requests += 1;
                let validators = self.validators(&job.url)?;
                debug!(url = %job.url, attempt = job.attempt, conditional = validators.etag.is_some() || validators.last_modified.is_some(), "fetch");
                tasks.spawn(async move {
                    let result = fetcher.get(job.url.as_url(), &validators).await;
                    TaskResult::Fetched { job, result }
                });
            }
        }
        Ok(())
    }

    /// Conditional-request validators for a URL whose stored version is an
    /// article. Listings are always fetched in full: their links are how
    /// new articles are found, and the frontier does not outlive a run.
    fn validators(&self, url: &CanonicalUrl) -> anyhow::Result<Validators> {
        let Some(state) = self.store.url_state(url.as_str())? else {
            return Ok(Validators::default());
        };
        if state.latest_version == 0 || state.latest_kind != Some(PageKind::Article) {
            return Ok(Validators::default());
        }
        Ok(Validators {
            etag: state.etag,
            last_modified: state.last_modified,
        })
    }

    fn rules(&self, status: u16, body: &str) -> RobotsRules {
        RobotsRules::from_status(status, body.as_bytes(), &self.options.product_token)
    }

    fn handle(
        &mut self,
        tasks: &mut JoinSet<TaskResult>,
        result: TaskResult,
    ) -> anyhow::Result<()> {
        match result {
            TaskResult::Robots { job, fetch } => self.robots_fetched(&job, fetch)?,
            TaskResult::Fetched { job, result } => self.fetched(tasks, job, result)?,
            TaskResult::Parsed {
                job,
                response,
                page,
            } => match page {
                ParsedPage::Feed(feed) => self.feed(&job, &response, feed)?,
                ParsedPage::Html(extraction) => self.extracted(job, response, *extraction)?,
                ParsedPage::Other => self.record_outcome(
                    &job.url,
                    OutcomeKind::Skipped,
                    Some(response.status),
                    response.content_type.clone(),
                )?,
                ParsedPage::Failed(detail) => {
                    warn!(url = %job.url, %detail, "parse failed");
                    self.fail(
                        &job.url,
                        OutcomeKind::ParseFailed,
                        Some(response.status),
                        detail,
                    )?
                }
            },
        }
        Ok(())
    }

    /// Turns a robots.txt answer into the host's rules (RFC 9309), keeps
    /// it in the store, and tells the frontier.
    fn robots_fetched(&mut self, job: &Job, fetch: RobotsFetch) -> anyhow::Result<()> {
        self.summary.requests += fetch.requests;
        let now = self.clock.now();
        let mut entry = self
            .store
            .robots(job.host.as_str())
            .context("reading the robots.txt cache")?
            .unwrap_or_default();
        match fetch.answer {
            RobotsAnswerKind::Decided { status, body } => {
                let rules = self.rules(status, &body);
                info!(host = %job.host, status, bytes = body.len(), crawl_delay = ?rules.crawl_delay(), "robots.txt");
                let sitemaps: Vec<String> =
                    rules.sitemaps().iter().map(|u| u.to_string()).collect();
                self.seed_sitemaps(&sitemaps)?;
                entry.answered(RobotsAnswer {
                    fetched_at: now,
                    status,
                    sitemaps,
                    body,
                });
                self.frontier.robots_fetched(
                    &job.host,
                    rules,
                    Instant::now().into_std(),
                    fetch.elapsed,
                );
            }
            RobotsAnswerKind::Unreachable { error, retry_after } => {
                let retry_after = retry_after
                    .as_deref()
                    .and_then(|v| snapcrawl_fetch::retry_after(v, SystemTime::from(now)));
                let fallback = entry
                    .failed(now, error.clone())
                    .map(|a| (a.status, a.body.clone()));
                if let Some((status, body)) = fallback {
                    warn!(host = %job.host, %error, "robots.txt unreachable for 30 days: using the last copy");
                    let rules = self.rules(status, &body);
                    self.frontier.robots_fetched(
                        &job.host,
                        rules,
                        Instant::now().into_std(),
                        fetch.elapsed,
                    );
                } else {
                    warn!(host = %job.host, %error, attempt = job.attempt + 1, "robots.txt unreachable: nothing else on the host is fetched");
                    let gave_up = self.frontier.robots_unreachable(
                        &job.host,
                        Instant::now().into_std(),
                        Some(fetch.elapsed),
                        retry_after,
                    );
                    if gave_up {
                        warn!(host = %job.host, "robots.txt still unreachable: host given up for this run, its queue kept for the next");
                    }
                }
            }
        }
        self.store
            .put_robots(job.host.as_str(), &entry)
            .context("caching robots.txt")
    }

    /// Queues a link found on a page, unless the store knows its URL and
    /// the revisit policy says it is not due yet (seeds are always due).
    /// `listing`: the link leads to a listing (a section, feed or sitemap),
    /// whatever the store knows of it.
    fn push_link(
        &mut self,
        url: CanonicalUrl,
        role: LinkRole,
        depth: u32,
        listing: bool,
    ) -> anyhow::Result<Pushed> {
        if !self.frontier.is_seen(&url) && self.frontier.in_scope(&url) {
            let state = self.store.url_state(url.as_str())?;
            if !self
                .options
                .revisit
                .due(state.as_ref(), listing, self.clock.now())
            {
                self.frontier.mark_seen(&url);
                self.summary.not_due += 1;
                return Ok(Pushed::Seen);
            }
        }
        Ok(self.frontier.push(url, role, depth))
    }

    /// Queues the in-scope `Sitemap:` URLs of a robots.txt as seeds, when
    /// the options say so.
    fn seed_sitemaps(&mut self, sitemaps: &[String]) -> anyhow::Result<()> {
        if !self.options.robots_sitemaps {
            return Ok(());
        }
        for sitemap in sitemaps {
            if let Ok(url) = CanonicalUrl::parse(sitemap) {
                self.push_link(url, LinkRole::Feed, 0, true)?;
            }
        }
        Ok(())
    }

    /// Records what became of `url`. It is finished in the queue at the
    /// next flush, unless its host was given up for the run: then it stays
    /// in flight and a later run fetches it.
    fn record_outcome(
        &mut self,
        url: &CanonicalUrl,
        kind: OutcomeKind,
        status: Option<u16>,
        detail: Option<String>,
    ) -> anyhow::Result<()> {
        self.write_outcome(url, kind, status, detail)?;
        if kind != OutcomeKind::HostUnavailable {
            self.finished.push(url.clone());
        }
        Ok(())
    }

    /// Writes the latest outcome of `url`, leaving it in flight.
    fn write_outcome(
        &mut self,
        url: &CanonicalUrl,
        kind: OutcomeKind,
        status: Option<u16>,
        detail: Option<String>,
    ) -> anyhow::Result<()> {
        let outcome = Outcome {
            at: self.clock.now(),
            kind,
            status,
            detail,
        };
        self.store
            .record_outcome(url.as_str(), outcome)
            .context("recording an outcome")
    }

    fn fail(
        &mut self,
        url: &CanonicalUrl,
        kind: OutcomeKind,
        status: Option<u16>,
        detail: String,
    ) -> anyhow::Result<()> {
        debug!(%url, kind = kind.as_str(), %detail, "failed");
        *self
            .summary
            .errors
            .entry(kind.as_str().to_string())
            .or_default() += 1;
        self.record_outcome(url, kind, status, Some(detail))
    }

    /// Reports a failed page request to the frontier and records what it
    /// decided: a retry is recorded as the URL's latest outcome, a final
    /// failure also counts as an error of the run.
    fn failed_attempt(
        &mut self,
        job: Job,
        completion: Completion,
        kind: OutcomeKind,
        status: Option<u16>,
        detail: String,
    ) -> anyhow::Result<()> {
        let url = job.url.clone();
        let now = Instant::now();
        match self.frontier.completed(&job, now.into_std(), completion) {
            Verdict::Retry(at) => {
                let wait = at.saturating_duration_since(now.into_std());
                debug!(%url, %detail, ?wait, "will retry");
                self.write_outcome(
                    &url,
                    kind,
                    status,
                    Some(format!("{detail}; retrying in {:.0?}", wait)),
                )
            }
            Verdict::Finished | Verdict::GaveUp => self.fail(&url, kind, status, detail),
            Verdict::HostGaveUp(dropped) => {
                warn!(%url, %detail, urls = dropped.len(), "host keeps refusing: given up for this run");
                for other in dropped.iter().filter(|u| **u != url) {
                    self.fail(
                        other,
                        OutcomeKind::HostUnavailable,
                        None,
                        format!("host given up after repeated {detail}"),
                    )?;
                }
                self.fail(&url, kind, status, detail)
            }
        }
    }

    fn fetched(
        &mut self,
        tasks: &mut JoinSet<TaskResult>,
        job: Job,
        result: Result<Response, FetchError>,
    ) -> anyhow::Result<()> {
        let response = match result {
            Ok(r) => r,
            Err(FetchError::Refused(e)) => {
                self.frontier
                    .completed(&job, Instant::now().into_std(), Completion::NotSent);
                return self.fail(&job.url, OutcomeKind::Refused, None, e);
            }
            Err(FetchError::Timeout(e)) => {
                let completion = Completion::Transient { elapsed: None };
                return self.failed_attempt(job, completion, OutcomeKind::Timeout, None, e);
            }
            Err(e) => {
                let completion = Completion::Transient { elapsed: None };
                let detail = e.to_string();
                return self.failed_attempt(job, completion, OutcomeKind::Network, None, detail);
            }
        };
        let status = response.status;
        let elapsed = response.elapsed;
        match status {
            429 | 503 => {
                let retry_after = response.retry_after.as_deref().and_then(|v| {
                    snapcrawl_fetch::retry_after(v, SystemTime::from(self.clock.now()))
                });
                let completion = Completion::Throttled {
                    elapsed,
                    retry_after,
                };
                let detail = match &response.retry_after {
                    Some(v) => format!("HTTP {status} (Retry-After: {v})"),
                    None => format!("HTTP {status}"),
                };
                return self.failed_attempt(
                    job,
                    completion,
                    OutcomeKind::ServerError,
                    Some(status),
                    detail,
                );
            }
            500..=599 => {
                let completion = Completion::Transient {
                    elapsed: Some(elapsed),
                };
                return self.failed_attempt(
                    job,
                    completion,
                    OutcomeKind::ServerError,
                    Some(status),
                    format!("HTTP {status}"),
                );
            }
            _ => {}
        }
        self.frontier.completed(
            &job,
            Instant::now().into_std(),
            Completion::Done { elapsed },
        );
        if response.is_redirect() {
            return self.redirect(job, &response);
        }
        match status {
            200..=299 => {}
            304 => {
                self.summary.not_modified += 1;
                self.pending_done.push(job.url.to_string());
                return self.record_outcome(&job.url, OutcomeKind::NotModified, Some(304), None);
            }
            _ => {
                return self.fail(
                    &job.url,
                    OutcomeKind::ClientError,
                    Some(status),
                    format!("HTTP {status}"),
                );
            }
        }
        if response.skipped_body {
            return self.record_outcome(
                &job.url,
                OutcomeKind::Skipped,
                Some(status),
                response.content_type.clone(),
            );
        }
        self.summary.pages_fetched += 1;
        let mut options = self.options.extract.clone();
        let host = response.url.host_str().unwrap_or_default();
        options.site = self.options.sites.iter().find(|s| s.matches(host)).cloned();
        tasks.spawn_blocking(move || {
            let page = parse_guarded(|| parse_body(&response, &options));
            TaskResult::Parsed {
                job,
                response,
                page,
            }
        });
        Ok(())
    }

    fn feed(&mut self, job: &Job, response: &Response, feed: FeedLinks) -> anyhow::Result<()> {
        let mut queued = 0;
        let children_are_feeds = feed.kind == FeedKind::SitemapIndex;
        let mut entries = feed.entries;
        // Newest first: among equal links the frontier keeps arrival order.
        entries.sort_by_key(|e| std::cmp::Reverse(e.published));
        for entry in entries {
            if let Ok(url) = CanonicalUrl::from_url(entry.url) {
                let pushed =
                    self.push_link(url, LinkRole::Feed, job.depth + 1, children_are_feeds)?;
                if pushed == Pushed::Queued {
                    queued += 1;
                }
            }
        }
        info!(url = %job.url, kind = ?feed.kind, queued, "feed");
        self.record_outcome(
            &job.url,
            OutcomeKind::Stored,
            Some(response.status),
            Some(format!("{:?} with {queued} new links", feed.kind)),
        )
    }

    fn redirect(&mut self, job: Job, response: &Response) -> anyhow::Result<()> {
        let location = response.location.as_deref().unwrap_or_default();
        let target = job
            .url
            .as_url()
            .join(location)
            .map_err(|e| e.to_string())
            .and_then(|u| CanonicalUrl::from_url(u).map_err(|e| e.to_string()));
        let target = match target {
            Ok(t) => t,
            Err(e) => {
                return self.fail(
                    &job.url,
                    OutcomeKind::RedirectRefused,
                    Some(response.status),
                    format!("bad Location {location:?}: {e}"),
                )
            }
        };
        let mut chain = job.redirected_from;
        chain.push(job.url.clone());
        if chain.len() > MAX_REDIRECTS || chain.contains(&target) {
            return self.fail(
                &job.url,
                OutcomeKind::RedirectRefused,
                Some(response.status),
                format!("redirect loop or chain over {MAX_REDIRECTS} hops at {target}"),
            );
        }
        if !self.frontier.in_scope(&target) {
            return self.fail(
                &job.url,
                OutcomeKind::RedirectRefused,
                Some(response.status),
                format!("redirect out of scope to {target}"),
            );
        }
        match self
            .frontier
            .push_redirect(target.clone(), job.role, job.depth, chain.clone())
        {
            Pushed::Queued => {}
            Pushed::RobotsBlocked => {
                return self.fail(
                    &job.url,
                    OutcomeKind::RedirectRefused,
                    Some(response.status),
                    format!("redirect into robots-disallowed {target}"),
                );
            }
            Pushed::Seen => {
                // Already fetched or queued under its own name: the earlier
                // URLs are aliases of it.
                for alias in &chain {
                    self.store.add_alias(target.as_str(), alias.as_str())?;
                }
            }
            Pushed::OutOfScope | Pushed::TooDeep | Pushed::HostUnavailable => {}
        }
        self.record_outcome(
            &job.url,
            OutcomeKind::Redirect,
            Some(response.status),
            Some(target.to_string()),
        )
    }

    fn extracted(
        &mut self,
        job: Job,
        response: Response,
        extraction: Extraction,
    ) -> anyhow::Result<()> {
        let now = self.clock.now();
        // Honour <link rel=canonical> on the same host: the document is stored
        // under its canonical name, and that name is not fetched again.
        let mut url = job.url.clone();
        let mut aliases: Vec<CanonicalUrl> = job.redirected_from.clone();
        if let Some(canonical) = extraction
            .canonical
            .clone()
            .and_then(|c| CanonicalUrl::from_url(c).ok())
        {
            if canonical != url && canonical.host_key() == url.host_key() {
                self.frontier.mark_seen(&canonical);
                aliases.push(std::mem::replace(&mut url, canonical));
            }
        }
        let mut record = SnapshotRecord {
            url: url.to_string(),
            fetched_url: response.url.to_string(),
            generated_at: now,
            version: 0,
            kind: extraction.kind,
            title: extraction.title,
            category: extraction.category,
            published: extraction.published,
            source: extraction.source,
            author: extraction.author,
            lang: extraction.lang,
            body: extraction.body,
            related: extraction.related,
            more: extraction.more,
            content_hash: String::new(),
            aliases: Vec::new(),
            near_duplicate_of: None,
            http: HttpMeta {
                status: response.status,
                content_type: response.content_type.clone(),
                charset: extraction.charset,
                charset_source: extraction.charset_source,
                etag: response.etag.clone(),
                last_modified: response.last_modified.clone(),
                truncated: response.truncated,
            },
        };
        record.content_hash = match record.kind {
            PageKind::Article => content_hash(record.title.as_deref(), &record.body),
            // A listing's identity is what it links to, not its (thin) text.
            PageKind::Listing => {
                let links: Vec<&str> = extraction.links.iter().map(|l| l.url.as_str()).collect();
                content_hash(record.title.as_deref(), &links.join("\n"))
            }
        };
        let outcome = self
            .store
            .put_snapshot(record)
            .context("storing a record")?;
        let kind = match &outcome {
            PutOutcome::Stored { version } => {
                self.summary.records_stored += 1;
                debug!(%url, version, "stored");
                if self.options.keep_raw_pages {
                    let page = RawPage {
                        status: response.status,
                        headers: response.headers.clone(),
                        fetched_at: self.clock.now(),
                        body: response.body.to_vec(),
                    };
                    self.store
                        .put_raw_page(url.as_str(), *version, &page)
                        .context("keeping the raw page")?;
                }
                OutcomeKind::Stored
            }
            PutOutcome::Unchanged { .. } => {
                self.summary.duplicates_skipped += 1;
                OutcomeKind::Stored
            }
            PutOutcome::DuplicateOf { url: owner } => {
                self.summary.duplicates_skipped += 1;
                debug!(%url, %owner, "duplicate content");
                OutcomeKind::Duplicate
            }
        };
        let stored_under = match &outcome {
            PutOutcome::DuplicateOf { url } => url.clone(),
            _ => url.to_string(),
        };
        for alias in &aliases {
            self.store.add_alias(&stored_under, alias.as_str())?;
        }
        let detail = match &outcome {
            PutOutcome::DuplicateOf { url } => Some(url.clone()),
            _ => None,
        };
        self.record_outcome(&url, kind, Some(response.status), detail)?;
        if url != job.url {
            self.finished.push(job.url.clone());
        }
        self.pending_done.push(url.to_string());
        if !extraction.robots_nofollow {
            for link in extraction.links {
                if link.nofollow {
                    continue;
                }
                if let Ok(target) = CanonicalUrl::from_url(link.url) {
                    let listing = matches!(
                        link.role,
                        LinkRole::Feed | LinkRole::SectionNav | LinkRole::Pagination
                    );
                    self.push_link(target, link.role, job.depth + 1, listing)?;
                }
            }
        }
        Ok(())
    }
}

fn is_html(content_type: Option<&str>, body: &[u8]) -> bool {
    match content_type.map(|c| {
        c.split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase()
    }) {
        Some(ct) if ct == "text/html" || ct == "application/xhtml+xml" => true,
        Some(ct) if !ct.is_empty() && ct != "application/octet-stream" && ct != "text/plain" => {
            false
        }
        _ => {
            let head = String::from_utf8_lossy(&body[..body.len().min(1024)]).to_ascii_lowercase();
            head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
        }
    }
}

/// Fetches robots.txt for the job's host, following up to five redirects
/// (across hosts too; each target must pass the fetcher's address rule),
/// and sorts the outcome per RFC 9309.
async fn fetch_robots(fetcher: &Fetcher, job: &Job) -> RobotsFetch {
    let started = Instant::now();
    let mut url = job.url.as_url().clone();
    let mut requests = 0;
    let answer = loop {
        if requests > MAX_ROBOTS_REDIRECTS as u64 {
            // RFC 9309 §2.3.1.2: over five redirects, robots.txt counts as
            // unavailable (4xx): everything is allowed.
            break RobotsAnswerKind::Decided {
                status: 404,
                body: String::new(),
            };
        }
        requests += 1;
        match fetcher.get_robots(&url).await {
            Ok(response) if response.is_redirect() => {
                match url.join(response.location.as_deref().unwrap_or_default()) {
                    Ok(next) if matches!(next.scheme(), "http" | "https") => url = next,
                    _ => {
                        break RobotsAnswerKind::Decided {
                            status: 404,
                            body: String::new(),
                        }
                    }
                }
            }
            Ok(response) => match response.status {
                200..=299 | 400..=428 | 430..=499 => {
                    let body = if (200..300).contains(&response.status) {
                        String::from_utf8_lossy(&response.body).into_owned()
                    } else {
                        String::new()
                    };
                    break RobotsAnswerKind::Decided {
                        status: response.status,
                        body,
                    };
                }
                status => {
                    break RobotsAnswerKind::Unreachable {
                        error: format!("HTTP {status} from {url}"),
                        retry_after: response.retry_after,
                    }
                }
            },
            Err(e) => {
                break RobotsAnswerKind::Unreachable {
                    error: format!("{url}: {e}"),
                    retry_after: None,
                }
            }
        }
    };
    RobotsFetch {
        requests,
        elapsed: started.elapsed(),
        answer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panicking_parse_is_a_failed_page() {
        let failed = parse_guarded(|| panic!("index out of bounds"));
        assert!(
            matches!(&failed, ParsedPage::Failed(m) if m == "extractor panicked: index out of bounds")
        );
        let code = 7;
        let failed = parse_guarded(|| panic!("bad code {code}"));
        assert!(matches!(&failed, ParsedPage::Failed(m) if m.ends_with("bad code 7")));
        assert!(matches!(
            parse_guarded(|| ParsedPage::Other),
            ParsedPage::Other
        ));
    }
}
