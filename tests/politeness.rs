//! Politeness under every condition, one test per rule, against scripted
//! servers on 127.0.0.1. Time is tokio's paused clock: waits of minutes
//! (Crawl-delay, Retry-After, back-off) pass instantly, and the server logs
//! arrivals in the same virtual time the crawler paces by.

mod common;

use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
use std::time::Duration;

use common::fixture::{article, front_page, Hit, Reply, Site};
use common::run;
use snapcrawl::crawl::{crawl, CrawlOptions};
use snapcrawl_core::CanonicalUrl;
use snapcrawl_store::{OutcomeKind, RobotsAnswer, RobotsEntry, RunSummary, Store};
use tokio_util::sync::CancellationToken;

const DELAY: Duration = Duration::from_secs(1);

/// The pages every scripted site has besides robots.txt: a front page
/// linking to two articles and a private page.
fn news(target: &str) -> Reply {
    match target {
        "/" => Reply::html(front_page(&[
            "/news/1.html",
            "/news/2.html",
            "/private/secret.html",
        ])),
        t if t.starts_with("/news/") || t.starts_with("/private/") => {
            Reply::html(article(&format!("Story at {t}")))
        }
        _ => Reply::status(404),
    }
}

fn options(site: &Site) -> CrawlOptions {
    let mut options = CrawlOptions::new(vec![CanonicalUrl::parse(&site.url("/")).unwrap()]);
    options.frontier.delay = DELAY;
    options.max_pages = Some(100);
    options.concurrency = 4;
    options
}

/// Crawls `site` with `options` into a fresh store.
async fn crawl_site(options: CrawlOptions) -> (Store, tempfile::TempDir, RunSummary) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let summary = run(&store, options).await;
    (store, dir, summary)
}

/// One request at a time, `delay` apart, robots.txt first.
fn assert_paced(hits: &[Hit], delay: Duration) {
    assert_eq!(hits[0].target, "/robots.txt", "{hits:?}");
    for pair in hits.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(
            gap >= delay,
            "{} then {} after {gap:?}",
            pair[0].target,
            pair[1].target
        );
    }
}

fn outcome(store: &Store, site: &Site, path: &str) -> OutcomeKind {
    let url = CanonicalUrl::parse(&site.url(path)).unwrap();
    store
        .url_state(url.as_str())
        .unwrap()
        .and_then(|s| s.last_outcome)
        .unwrap_or_else(|| panic!("no outcome for {path}"))
        .kind
}

fn targets_without_robots(site: &Site) -> Vec<String> {
    let mut targets: Vec<_> = site
        .targets()
        .into_iter()
        .filter(|t| t != "/robots.txt")
        .collect();
    targets.sort();
    targets
}

#[tokio::test(start_paused = true)]
async fn robots_500_means_nothing_else_is_requested_and_robots_is_retried_with_back_off() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::status(500),
        t => news(t),
    })
    .await;
    let (store, _dir, summary) = crawl_site(options(&site)).await;
    let hits = site.hits();
    assert!(hits.iter().all(|h| h.target == "/robots.txt"), "{hits:?}");
    // The first attempt and three retries, 60 s, 120 s and 240 s apart.
    assert_eq!(hits.len(), 4);
    for (pair, wait) in hits.windows(2).zip([60, 120, 240]) {
        assert!(pair[1].at - pair[0].at >= Duration::from_secs(wait));
    }
    // The seed was never requested: it stays queued for the next run.
    assert_eq!(common::queued(&store), 1);
    assert_eq!(summary.errors.get("host_unavailable"), Some(&1));
    let cached = store
        .robots(
            &CanonicalUrl::parse(&site.origin)
                .unwrap()
                .host_key()
                .to_string(),
        )
        .unwrap()
        .unwrap();
    assert!(cached.failing_since.is_some() && cached.answer.is_none());
}

#[tokio::test(start_paused = true)]
async fn robots_429_retry_after_is_honoured_and_a_later_answer_opens_the_host() {
    let throttled = AtomicBool::new(false);
    let site = Site::start(move |hit| match hit.target.as_str() {
        "/robots.txt" if !throttled.swap(true, SeqCst) => {
            Reply::status(429).header("retry-after", "30")
        }
        "/robots.txt" => Reply::text("User-agent: *\nDisallow: /private/\n"),
        t => news(t),
    })
    .await;
    let (_store, _dir, _) = crawl_site(options(&site)).await;
    let hits = site.hits();
    assert_eq!(hits[0].target, "/robots.txt");
    assert_eq!(hits[1].target, "/robots.txt");
    let gap = hits[1].at - hits[0].at;
    assert!(
        gap >= Duration::from_secs(30) && gap < Duration::from_secs(60),
        "{gap:?}"
    );
    assert_eq!(
        targets_without_robots(&site),
        ["/", "/news/1.html", "/news/2.html"]
    );
}

/// Crawls the news site whose robots.txt answers `robots_txt` (a 404 when
/// `None`); checks the pacing and returns the pages requested, sorted.
async fn pages_crawled_under(robots_txt: Option<Vec<u8>>) -> Vec<String> {
    let site = Site::start(move |hit| match (hit.target.as_str(), &robots_txt) {
        ("/robots.txt", Some(body)) => Reply::text(body.clone()),
        (t, _) => news(t),
    })
    .await;
    let (_store, _dir, _) = crawl_site(options(&site)).await;
    assert_paced(&site.hits(), DELAY);
    targets_without_robots(&site)
}

#[tokio::test(start_paused = true)]
async fn robots_404_allows_everything() {
    assert_eq!(
        pages_crawled_under(None).await,
        ["/", "/news/1.html", "/news/2.html", "/private/secret.html"]
    );
}

#[tokio::test(start_paused = true)]
async fn a_robots_timeout_disallows_everything() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::Hang,
        t => news(t),
    })
    .await;
    let (store, _dir, _) = crawl_site(options(&site)).await;
    let hits = site.hits();
    assert!(hits.iter().all(|h| h.target == "/robots.txt"), "{hits:?}");
    assert_eq!(hits.len(), 4);
    assert_eq!(common::queued(&store), 1);
}

#[tokio::test(start_paused = true)]
async fn a_bom_and_crlf_line_ends_do_not_hide_rules() {
    let robots_txt = b"\xEF\xBB\xBFUser-agent: *\r\nDisallow: /private/\r\nNoise without colon\r\nUnknown-directive: x\r\n";
    assert_eq!(
        pages_crawled_under(Some(robots_txt.to_vec())).await,
        ["/", "/news/1.html", "/news/2.html"]
    );
}

#[tokio::test(start_paused = true)]
async fn a_600_kib_robots_file_is_read_up_to_500_kib() {
    let mut robots_txt = b"User-agent: *\nDisallow: /private/\n".to_vec();
    while robots_txt.len() < 600 * 1024 {
        robots_txt.extend_from_slice(b"# a long robots.txt full of comments\n");
    }
    // Past the first 500 KiB: not read (RFC 9309 §2.5).
    robots_txt.extend_from_slice(b"Disallow: /news/2.html\n");
    assert_eq!(
        pages_crawled_under(Some(robots_txt)).await,
        ["/", "/news/1.html", "/news/2.html"]
    );
}

#[tokio::test(start_paused = true)]
async fn a_robots_redirect_is_followed() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::redirect(301, "/config/robots.txt"),
        "/config/robots.txt" => Reply::text("User-agent: *\nDisallow: /private/\n"),
        t => news(t),
    })
    .await;
    let (_store, _dir, _) = crawl_site(options(&site)).await;
    let targets = site.targets();
    assert_eq!(targets[..2], ["/robots.txt", "/config/robots.txt"]);
    assert!(!targets.iter().any(|t| t.starts_with("/private/")));
    assert!(targets.contains(&"/news/1.html".to_string()));
}

#[tokio::test(start_paused = true)]
async fn a_robots_redirect_to_an_untrusted_loopback_host_is_refused() {
    let port = std::sync::OnceLock::<u16>::new();
    let port = std::sync::Arc::new(port);
    let p = port.clone();
    let site = Site::start(move |hit| match hit.target.as_str() {
        "/robots.txt" => Reply::redirect(
            301,
            &format!("http://localhost:{}/real-robots.txt", p.get().unwrap()),
        ),
        "/real-robots.txt" => Reply::text("User-agent: *\nAllow: /\n"),
        t => news(t),
    })
    .await;
    port.set(site.origin.rsplit(':').next().unwrap().parse().unwrap())
        .unwrap();
    // localhost is neither a seed's host nor named in the scope: refused,
    // so robots.txt counts as unreachable and nothing else is fetched.
    let (store, _dir, _) = crawl_site(options(&site)).await;
    assert!(site.targets().iter().all(|t| t == "/robots.txt"));
    assert_eq!(common::queued(&store), 1);
    // Named in the scope, it is trusted and the redirect is followed.
    let mut trusting = options(&site);
    trusting.scope_domains = vec!["localhost".into()];
    let before = site.hits().len();
    let (_store, _dir, _) = crawl_site(trusting).await;
    let later: Vec<_> = site.targets().split_off(before);
    assert!(later.contains(&"/real-robots.txt".to_string()), "{later:?}");
    assert!(later.contains(&"/news/1.html".to_string()), "{later:?}");
}

#[tokio::test(start_paused = true)]
async fn crawl_delay_2_spaces_every_request_by_2_seconds() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::text("User-agent: *\nCrawl-delay: 2\n"),
        t => news(t),
    })
    .await;
    let mut options = options(&site);
    options.frontier.delay = Duration::from_millis(100);
    let (_store, _dir, _) = crawl_site(options).await;
    let hits = site.hits();
    assert_eq!(hits.len(), 5);
    assert_paced(&hits, Duration::from_secs(2));
}

#[tokio::test(start_paused = true)]
async fn retry_after_120_keeps_the_whole_host_waiting_120_seconds() {
    let throttled = AtomicBool::new(false);
    let site = Site::start(move |hit| match hit.target.as_str() {
        "/news/1.html" if !throttled.swap(true, SeqCst) => {
            Reply::status(503).header("retry-after", "120")
        }
        t => news(t),
    })
    .await;
    let (store, _dir, summary) = crawl_site(options(&site)).await;
    let hits = site.hits();
    assert_paced(&hits, DELAY);
    let i = hits
        .iter()
        .position(|h| h.target == "/news/1.html")
        .unwrap();
    let next = &hits[i + 1];
    assert!(
        next.at - hits[i].at >= Duration::from_secs(120),
        "{} came {:?} after the 503",
        next.target,
        next.at - hits[i].at
    );
    assert_eq!(
        hits.iter().filter(|h| h.target == "/news/1.html").count(),
        2
    );
    assert_eq!(outcome(&store, &site, "/news/1.html"), OutcomeKind::Stored);
    assert_eq!((summary.throttles, summary.retries), (1, 1));
}

#[tokio::test(start_paused = true)]
async fn retry_after_as_an_http_date_is_honoured() {
    let throttled = AtomicBool::new(false);
    let site = Site::start(move |hit| match hit.target.as_str() {
        "/news/1.html" if !throttled.swap(true, SeqCst) => {
            let at = std::time::SystemTime::now() + Duration::from_secs(90);
            Reply::status(429).header("retry-after", httpdate::fmt_http_date(at))
        }
        t => news(t),
    })
    .await;
    let (_store, _dir, _) = crawl_site(options(&site)).await;
    let hits = site.hits();
    let i = hits
        .iter()
        .position(|h| h.target == "/news/1.html")
        .unwrap();
    let gap = hits[i + 1].at - hits[i].at;
    assert!(gap >= Duration::from_secs(88), "{gap:?}");
}

#[tokio::test(start_paused = true)]
async fn a_503_without_retry_after_backs_off_exponentially_and_gives_up() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/news/1.html" => Reply::status(503),
        t => news(t),
    })
    .await;
    let (store, _dir, _) = crawl_site(options(&site)).await;
    let hits = site.hits();
    assert_paced(&hits, DELAY);
    let tries: Vec<_> = hits
        .iter()
        .enumerate()
        .filter(|(_, h)| h.target == "/news/1.html")
        .collect();
    // The first try and three retries; after each 503 the whole host
    // waits 60 s before anything else is asked (back-off restarts after a
    // success in between).
    assert_eq!(tries.len(), 4);
    for (i, hit) in &tries {
        if let Some(next) = hits.get(i + 1) {
            assert!(next.at - hit.at >= Duration::from_secs(60));
        }
    }
    assert_eq!(
        outcome(&store, &site, "/news/1.html"),
        OutcomeKind::ServerError
    );
}

#[tokio::test(start_paused = true)]
async fn a_host_that_always_answers_503_is_given_up_after_doubling_waits() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::status(503),
    })
    .await;
    let (store, _dir, _) = crawl_site(options(&site)).await;
    let hits = site.hits();
    assert_eq!(hits.len(), 5, "{hits:?}");
    for (pair, wait) in hits[1..].windows(2).zip([60, 120, 240]) {
        assert!(pair[1].at - pair[0].at >= Duration::from_secs(wait));
    }
    assert_eq!(outcome(&store, &site, "/"), OutcomeKind::ServerError);
}

#[tokio::test(start_paused = true)]
async fn server_errors_are_retried_a_bounded_number_of_times() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/news/1.html" => Reply::status(500),
        "/news/2.html" => Reply::status(404),
        t => news(t),
    })
    .await;
    let mut options = options(&site);
    options.frontier.retries = 2;
    options.frontier.retry_backoff = Duration::from_secs(10);
    let (store, _dir, summary) = crawl_site(options).await;
    let hits = site.hits();
    assert_paced(&hits, DELAY);
    let tries: Vec<_> = hits.iter().filter(|h| h.target == "/news/1.html").collect();
    assert_eq!(tries.len(), 3);
    assert!(tries[1].at - tries[0].at >= Duration::from_secs(10));
    assert!(tries[2].at - tries[1].at >= Duration::from_secs(20));
    // 4xx is final at once.
    assert_eq!(
        hits.iter().filter(|h| h.target == "/news/2.html").count(),
        1
    );
    assert_eq!(
        outcome(&store, &site, "/news/1.html"),
        OutcomeKind::ServerError
    );
    assert_eq!(
        outcome(&store, &site, "/news/2.html"),
        OutcomeKind::ClientError
    );
    assert_eq!(summary.errors.get("server_error"), Some(&1));
}

#[tokio::test(start_paused = true)]
async fn a_redirect_into_disallowed_space_is_not_followed() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::text("User-agent: *\nDisallow: /private/\n"),
        "/news/1.html" => Reply::redirect(302, "/private/secret.html"),
        "/news/2.html" => Reply::redirect(301, "/news/2-moved.html"),
        t => news(t),
    })
    .await;
    let (store, _dir, _) = crawl_site(options(&site)).await;
    let hits = site.hits();
    assert_paced(&hits, DELAY);
    assert!(!site.targets().iter().any(|t| t.starts_with("/private/")));
    assert_eq!(
        outcome(&store, &site, "/news/1.html"),
        OutcomeKind::RedirectRefused
    );
    // An allowed hop is its own paced request.
    assert!(site.targets().contains(&"/news/2-moved.html".to_string()));
}

#[tokio::test(start_paused = true)]
async fn a_304_makes_no_new_record_and_robots_comes_from_the_cache() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/news/1.html" if hit.header("if-none-match") == Some("\"v1\"") => Reply::status(304),
        "/news/1.html" => Reply::html(article("Story one"))
            .header("etag", "\"v1\"")
            .header("last-modified", "Sun, 01 Mar 2026 08:00:00 GMT"),
        t => news(t),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    run(&store, options(&site)).await;
    let first_run = site.hits().len();
    // Articles due for a re-check at once (the default waits a day).
    let mut recheck = options(&site);
    recheck.revisit.articles_after = Duration::ZERO;
    let summary = run(&store, recheck).await;
    let second: Vec<_> = site.hits().split_off(first_run);
    // robots.txt is not asked again within a day.
    assert!(
        second.iter().all(|h| h.target != "/robots.txt"),
        "{second:?}"
    );
    let recrawl = second
        .iter()
        .find(|h| h.target == "/news/1.html")
        .expect("article recrawled");
    assert_eq!(recrawl.header("if-none-match"), Some("\"v1\""));
    assert_eq!(
        recrawl.header("if-modified-since"),
        Some("Sun, 01 Mar 2026 08:00:00 GMT")
    );
    let url = CanonicalUrl::parse(&site.url("/news/1.html")).unwrap();
    assert_eq!(store.versions(url.as_str()).count(), 1);
    assert_eq!(
        outcome(&store, &site, "/news/1.html"),
        OutcomeKind::NotModified
    );
    assert_eq!((summary.not_modified, summary.records_stored), (1, 0));
    // The front page (a listing) is fetched in full: its links matter.
    let front = second.iter().find(|h| h.target == "/").unwrap();
    assert_eq!(front.header("if-none-match"), None);
}

#[tokio::test(start_paused = true)]
async fn an_expired_robots_cache_is_fetched_again() {
    let site = Site::start(|hit| news(&hit.target)).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut options = options(&site);
    options.robots_cache_ttl = Duration::ZERO;
    run(&store, options.clone()).await;
    run(&store, options).await;
    let robots = site
        .targets()
        .iter()
        .filter(|t| *t == "/robots.txt")
        .count();
    assert_eq!(robots, 2);
}

#[tokio::test(start_paused = true)]
async fn after_30_days_unreachable_the_last_copy_applies_again() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::status(503),
        t => news(t),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let now = chrono::Utc::now();
    let host = CanonicalUrl::parse(&site.origin).unwrap().host_key();
    store
        .put_robots(
            host.as_str(),
            &RobotsEntry {
                answer: Some(RobotsAnswer {
                    fetched_at: now - chrono::Duration::days(45),
                    status: 200,
                    body: "User-agent: *\nDisallow: /private/\n".into(),
                    sitemaps: Vec::new(),
                }),
                failing_since: Some(now - chrono::Duration::days(31)),
                last_error: Some("HTTP 503".into()),
            },
        )
        .unwrap();
    run(&store, options(&site)).await;
    assert_paced(&site.hits(), DELAY);
    assert_eq!(
        targets_without_robots(&site),
        ["/", "/news/1.html", "/news/2.html"]
    );
}

#[tokio::test(start_paused = true)]
async fn a_body_over_the_cap_is_cut_and_the_record_marked_truncated() {
    let site = Site::start(|hit| news(&hit.target)).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let fetch = snapcrawl_fetch::FetchConfig {
        max_body_bytes: 900,
        ..common::fetch_config()
    };
    crawl(&store, &fetch, options(&site), CancellationToken::new())
        .await
        .unwrap();
    let url = CanonicalUrl::parse(&site.url("/news/1.html")).unwrap();
    let record = store.latest(url.as_str()).unwrap().unwrap();
    assert!(record.http.truncated);
    assert!(record.body.len() < 900 && !record.body.is_empty());
}

#[tokio::test(start_paused = true)]
async fn redirect_loops_and_long_chains_are_recorded_failures() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/news/1.html" => Reply::redirect(302, "/news/1-b.html"),
        "/news/1-b.html" => Reply::redirect(302, "/news/1.html"),
        t if t.starts_with("/news/2") => {
            let hop: u32 = t
                .trim_start_matches("/news/2")
                .trim_end_matches(".html")
                .parse()
                .unwrap_or(0);
            Reply::redirect(301, &format!("/news/2{}.html", hop + 1))
        }
        t => news(t),
    })
    .await;
    let (store, _dir, _) = crawl_site(options(&site)).await;
    assert_paced(&site.hits(), DELAY);
    assert_eq!(
        outcome(&store, &site, "/news/1-b.html"),
        OutcomeKind::RedirectRefused
    );
    // /news/2.html, then ten more hops: the eleventh is refused.
    let chain = site
        .targets()
        .iter()
        .filter(|t| t.starts_with("/news/2"))
        .count();
    assert_eq!(chain, 11);
}

#[tokio::test(start_paused = true)]
async fn only_documents_are_downloaded_and_other_types_are_recorded() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/" => Reply::html(front_page(&["/news/1.html", "/media/photo.jpg"])),
        "/media/photo.jpg" => Reply::ok("image/jpeg", vec![0xFF; 50_000]),
        t => news(t),
    })
    .await;
    let (store, _dir, summary) = crawl_site(options(&site)).await;
    assert_eq!(
        outcome(&store, &site, "/media/photo.jpg"),
        OutcomeKind::Skipped
    );
    let url = CanonicalUrl::parse(&site.url("/media/photo.jpg")).unwrap();
    assert_eq!(store.versions(url.as_str()).count(), 0);
    assert_eq!(summary.pages_fetched, 2);
}
