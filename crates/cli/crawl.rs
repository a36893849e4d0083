//! The crawl driver: the one place that spawns tasks. It asks the frontier
//! for work, fetches, hands bodies to the extractor (HTML) or the feed parser
//! (RSS/Atom/sitemaps) on the blocking pool, stores records, and feeds links
//! back. The frontier and the store are
//! touched only here, so data flows one way.
//!
//! Invariant: a record is flushed before its URL is marked done
//! ([`Driver::flush`]).

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use snapcrawl_core::{
    CanonicalUrl, Clock, HttpMeta, LinkRole, PageKind, SnapshotRecord, SystemClock,
};
use snapcrawl_extract::feed::FeedLinks;
use snapcrawl_extract::{Extraction, Input};
use snapcrawl_fetch::{FetchError, Fetcher, Response, Validators};
use snapcrawl_frontier::{
    Frontier, FrontierConfig, Job, JobKind, Next, Pushed, RobotsRules, Scope,
};
use snapcrawl_store::{content_hash, Outcome, OutcomeKind, PutOutcome, RunSummary, Store};
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
    /// Stop after this many page requests.
    pub max_pages: Option<u64>,
    /// Stop after this long.
    pub max_duration: Option<Duration>,
    /// Requests in flight across hosts.
    pub concurrency: usize,
    /// Extraction defaults.
    pub extract: snapcrawl_extract::Options,
}

impl CrawlOptions {
    /// Options for crawling `seeds` with the defaults of
    /// `config/snapcrawl.toml` and no page or time limit.
    pub fn new(seeds: Vec<CanonicalUrl>) -> Self {
        Self {
            seeds,
            frontier: FrontierConfig::default(),
            scope_domains: Vec::new(),
            product_token: "snapcrawl".into(),
            max_pages: None,
            max_duration: None,
            concurrency: 64,
            extract: snapcrawl_extract::Options::default(),
        }
    }
}

enum TaskResult {
    Robots {
        job: Job,
        rules: RobotsRules,
        requests: u64,
        detail: String,
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

/// What a 2xx body turned out to be.
enum ParsedPage {
    Feed(FeedLinks),
    Html(Box<Extraction>),
    /// Neither: a content type the crawler does not keep.
    Other,
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
    last_flush: Instant,
    clock: Arc<dyn Clock>,
}

/// Runs one crawl into `store` until the frontier is empty, a limit is
/// reached or `shutdown` is cancelled; requests in flight are finished and
/// everything is flushed before it returns the run's summary.
pub async fn crawl(
    store: &Store,
    fetcher: Fetcher,
    options: CrawlOptions,
    shutdown: CancellationToken,
) -> anyhow::Result<RunSummary> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let mut scope = Scope::of_seeds(&options.seeds);
    for domain in &options.scope_domains {
        scope.allow_domain(domain);
    }
    let mut frontier = Frontier::new(options.frontier.clone(), scope);
    for seed in &options.seeds {
        frontier.push(seed.clone(), LinkRole::Feed, 0);
    }
    let summary = RunSummary {
        started_at: clock.now(),
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
        loop {
            if stop_reason.is_none() {
                if shutdown.is_cancelled() {
                    stop_reason = Some("signal");
                } else if deadline.is_some_and(|d| Instant::now() >= d) {
                    stop_reason = Some("max_duration");
                }
            }
            let mut wake_at = None;
            if stop_reason.is_none() && tasks.len() < self.options.concurrency {
                match self.frontier.next(Instant::now().into_std()) {
                    Next::Job(job) => {
                        if job.kind == JobKind::Page {
                            if self
                                .options
                                .max_pages
                                .is_some_and(|max| self.pages_started >= max)
                            {
                                stop_reason = Some("max_pages");
                                self.frontier.finished(&job.host);
                                continue;
                            }
                            self.pages_started += 1;
                        }
                        self.spawn_fetch(&mut tasks, job);
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
            if let Some(d) = deadline {
                wake_at = Some(wake_at.map_or(d, |w| w.min(d)));
            }
            let flush_at = self.last_flush + FLUSH_EVERY;
            tokio::select! {
                Some(done) = tasks.join_next(), if !tasks.is_empty() => {
                    match done {
                        Ok(result) => self.handle(&mut tasks, result)?,
                        Err(e) => warn!("task failed: {e}"),
                    }
                }
                _ = tokio::time::sleep_until(wake_at.unwrap_or(flush_at)), if wake_at.is_some() || !self.pending_done.is_empty() => {}
                _ = shutdown.cancelled(), if stop_reason.is_none() => {}
            }
            if self.pending_done.len() >= FLUSH_EVERY_RECORDS || Instant::now() >= flush_at {
                self.flush()?;
            }
        }
        self.flush()?;
        self.summary.elapsed_secs = started.elapsed().as_secs_f64();
        self.summary.robots_blocked = self.frontier.counts().robots_blocked;
        self.summary.stop_reason = stop_reason.unwrap_or("done").to_string();
        self.store
            .put_run(&self.summary)
            .context("recording the run")?;
        self.store.flush().context("flushing the store")?;
        Ok(())
    }

    /// Makes written records durable, then marks their URLs done.
    fn flush(&mut self) -> anyhow::Result<()> {
        self.last_flush = Instant::now();
        if self.pending_done.is_empty() {
            return Ok(());
        }
        self.store.flush().context("flushing records")?;
        let now = self.clock.now();
        for url in self.pending_done.drain(..) {
            self.store
                .mark_done(&url, now)
                .context("marking a URL done")?;
        }
        Ok(())
    }

    fn spawn_fetch(&mut self, tasks: &mut JoinSet<TaskResult>, job: Job) {
        self.summary.requests += 1;
        let fetcher = self.fetcher.clone();
        debug!(url = %job.url, kind = ?job.kind, "fetch");
        match job.kind {
            JobKind::Robots => {
                let token = self.options.product_token.clone();
                tasks.spawn(async move {
                    let (rules, requests, detail) = fetch_robots(&fetcher, &job, &token).await;
                    TaskResult::Robots {
                        job,
                        rules,
                        requests,
                        detail,
                    }
                });
            }
            JobKind::Page => {
                tasks.spawn(async move {
                    let result = fetcher.get(job.url.as_url(), &Validators::default()).await;
                    TaskResult::Fetched { job, result }
                });
            }
        }
    }

    fn handle(
        &mut self,
        tasks: &mut JoinSet<TaskResult>,
        result: TaskResult,
    ) -> anyhow::Result<()> {
        match result {
            TaskResult::Robots {
                job,
                rules,
                requests,
                detail,
            } => {
                self.summary.requests += requests.saturating_sub(1);
                info!(host = %job.host, %detail, "robots.txt");
                self.frontier.robots_fetched(&job.host, rules);
                self.frontier.finished(&job.host);
            }
            TaskResult::Fetched { job, result } => {
                self.frontier.finished(&job.host);
                self.fetched(tasks, job, result)?;
            }
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
            },
        }
        Ok(())
    }

    fn record_outcome(
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

    fn fetched(
        &mut self,
        tasks: &mut JoinSet<TaskResult>,
        job: Job,
        result: Result<Response, FetchError>,
    ) -> anyhow::Result<()> {
        let response = match result {
            Ok(r) => r,
            Err(FetchError::Timeout(e)) => {
                return self.fail(&job.url, OutcomeKind::Timeout, None, e)
            }
            Err(e) => return self.fail(&job.url, OutcomeKind::Network, None, e.to_string()),
        };
        if response.is_redirect() {
            return self.redirect(job, &response);
        }
        match response.status {
            200..=299 => {}
            429 | 500..=599 => {
                return self.fail(
                    &job.url,
                    OutcomeKind::ServerError,
                    Some(response.status),
                    format!("HTTP {}", response.status),
                );
            }
            status => {
                return self.fail(
                    &job.url,
                    OutcomeKind::ClientError,
                    Some(status),
                    format!("HTTP {status}"),
                );
            }
        }
        self.summary.pages_fetched += 1;
        let options = self.options.extract.clone();
        tasks.spawn_blocking(move || {
            let page = parse_body(&response, &options);
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
        for entry in feed.entries {
            if let Ok(url) = CanonicalUrl::from_url(entry.url) {
                if self.frontier.push(url, LinkRole::Feed, job.depth + 1) == Pushed::Queued {
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
            Pushed::Queued | Pushed::OutOfScope | Pushed::TooDeep => {}
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
            http: HttpMeta {
                status: response.status,
                content_type: response.content_type.clone(),
                charset: extraction.charset,
                charset_source: extraction.charset_source,
                etag: response.etag.clone(),
                last_modified: response.last_modified.clone(),
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
        self.pending_done.push(url.to_string());
        if !extraction.robots_nofollow {
            for link in extraction.links {
                if link.nofollow {
                    continue;
                }
                if let Ok(target) = CanonicalUrl::from_url(link.url) {
                    self.frontier.push(target, link.role, job.depth + 1);
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
/// (across hosts too), and turns the outcome into rules per RFC 9309.
async fn fetch_robots(fetcher: &Fetcher, job: &Job, token: &str) -> (RobotsRules, u64, String) {
    let mut url = job.url.as_url().clone();
    let mut requests = 0;
    for _ in 0..=MAX_ROBOTS_REDIRECTS {
        requests += 1;
        match fetcher.get(&url, &Validators::default()).await {
            Ok(response) if response.is_redirect() => {
                match url.join(response.location.as_deref().unwrap_or_default()) {
                    Ok(next) if matches!(next.scheme(), "http" | "https") => url = next,
                    _ => {
                        return (
                            RobotsRules::too_many_redirects(),
                            requests,
                            "bad redirect: allow all".into(),
                        )
                    }
                }
            }
            Ok(response) => {
                let detail = format!("HTTP {} ({} bytes)", response.status, response.body.len());
                return (
                    RobotsRules::from_status(response.status, &response.body, token),
                    requests,
                    detail,
                );
            }
            Err(e) => {
                return (
                    RobotsRules::unreachable(),
                    requests,
                    format!("unreachable, nothing fetched: {e}"),
                )
            }
        }
    }
    (
        RobotsRules::too_many_redirects(),
        requests,
        "over 5 redirects: allow all".into(),
    )
}
