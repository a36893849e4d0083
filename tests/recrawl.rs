//! Scheduled recrawls against a site whose pages change between runs:
//! listings are fetched every run, known articles only when due, changed
//! content makes a new version, unchanged content none.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};
use std::sync::Arc;
use std::time::Duration;

use common::fixture::{article, front_page, Reply, Site};
use common::{queued, run};
use snapcrawl::crawl::{crawl, CrawlOptions};
use snapcrawl_core::CanonicalUrl;
use snapcrawl_store::Store;
use tokio_util::sync::CancellationToken;

fn options(site: &Site) -> CrawlOptions {
    let mut options = CrawlOptions::new(vec![CanonicalUrl::parse(&site.url("/")).unwrap()]);
    options.frontier.delay = Duration::from_millis(100);
    options.max_pages = Some(100);
    options
}

/// A site whose story 1 is rewritten in every run after the first.
async fn changing_site(run: Arc<AtomicUsize>) -> Site {
    Site::start(move |hit| match hit.target.as_str() {
        "/" => Reply::html(front_page(&["/news/1.html", "/news/2.html"])),
        "/news/1.html" => Reply::html(article(&format!("Story one, edition {}", run.load(SeqCst)))),
        "/news/2.html" => Reply::html(article("Story two")),
        _ => Reply::status(404),
    })
    .await
}

fn versions(store: &Store, site: &Site, path: &str) -> usize {
    let url = CanonicalUrl::parse(&site.url(path)).unwrap();
    store.versions(url.as_str()).count()
}

#[tokio::test(start_paused = true)]
async fn a_second_run_fetches_the_front_page_again_but_not_fresh_articles() {
    let edition = Arc::new(AtomicUsize::new(1));
    let site = changing_site(edition.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    run(&store, options(&site)).await;
    let first = site.hits().len();
    edition.store(2, SeqCst);
    let summary = run(&store, options(&site)).await;
    let second: Vec<String> = site.targets().split_off(first);
    assert_eq!(second, ["/"], "robots.txt cached, articles not due");
    assert_eq!(summary.not_due, 2);
    assert_eq!(versions(&store, &site, "/news/1.html"), 1);
}

#[tokio::test(start_paused = true)]
async fn due_articles_are_rechecked_and_only_changed_ones_get_a_new_version() {
    let edition = Arc::new(AtomicUsize::new(1));
    let site = changing_site(edition.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut options = options(&site);
    options.revisit.articles_after = Duration::ZERO;
    run(&store, options.clone()).await;
    edition.store(2, SeqCst);
    let summary = run(&store, options).await;
    assert_eq!(summary.records_stored, 1);
    assert_eq!(versions(&store, &site, "/news/1.html"), 2);
    assert_eq!(versions(&store, &site, "/news/2.html"), 1);
    let url = CanonicalUrl::parse(&site.url("/news/1.html")).unwrap();
    let all: Vec<_> = store.versions(url.as_str()).map(Result::unwrap).collect();
    assert_eq!(all[1].version, 2);
    assert!(all[1].generated_at >= all[0].generated_at);
    assert!(all[1].title.as_deref().unwrap().ends_with("edition 2"));
    assert_eq!(store.latest(url.as_str()).unwrap().unwrap().version, 2);
}

#[tokio::test(start_paused = true)]
async fn a_stop_abandons_hanging_requests_after_the_grace_and_marks_them_not_done() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/" => Reply::html(front_page(&["/news/2.html", "/news/1.html"])),
        "/news/1.html" => Reply::Hang,
        "/news/2.html" => Reply::html(article("Story two")),
        _ => Reply::status(404),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut options = options(&site);
    options.max_duration = Some(Duration::from_secs(30));
    let mut fetch = common::fetch_config();
    fetch.timeout = Duration::from_secs(3600);
    let started = tokio::time::Instant::now();
    let summary = crawl(&store, &fetch, options, CancellationToken::new())
        .await
        .unwrap();
    // 30 s of run, then at most the 10 s grace for the hanging request.
    assert!(
        started.elapsed() <= Duration::from_secs(41),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(summary.stop_reason, "max_duration");
    let hanging = CanonicalUrl::parse(&site.url("/news/1.html")).unwrap();
    let state = store.url_state(hanging.as_str()).unwrap();
    assert!(state.is_none_or(|s| s.done_at.is_none()));
    assert_eq!(versions(&store, &site, "/news/2.html"), 1);
}

#[tokio::test(start_paused = true)]
async fn robots_sitemaps_are_seeds_and_their_newest_entries_go_first() {
    let origin = Arc::new(std::sync::OnceLock::<String>::new());
    let o = origin.clone();
    let site = Site::start(move |hit| {
        let origin = o.get().unwrap();
        match hit.target.as_str() {
            "/robots.txt" => Reply::text(format!("User-agent: *\nSitemap: {origin}/sitemap.xml\nSitemap: http://elsewhere.example/sitemap.xml\n")),
            "/" => Reply::html(front_page(&[])),
            "/sitemap.xml" => Reply::ok(
                "application/xml",
                format!(
                    r#"<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <url><loc>{origin}/news/old.html</loc><lastmod>2026-01-01</lastmod></url>
                    <url><loc>{origin}/news/new.html</loc><lastmod>2026-03-01</lastmod></url>
                    </urlset>"#
                )
                .into_bytes(),
            ),
            t if t.starts_with("/news/") => Reply::html(article(t)),
            _ => Reply::status(404),
        }
    })
    .await;
    origin.set(site.origin.clone()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    run(&store, options(&site)).await;
    let targets = site.targets();
    let at = |t: &str| {
        targets
            .iter()
            .position(|x| x == t)
            .unwrap_or_else(|| panic!("{t} not fetched: {targets:?}"))
    };
    assert!(at("/news/new.html") < at("/news/old.html"));
    assert!(at("/sitemap.xml") > at("/robots.txt"));
    // A second run fetches the sitemap again (a listing), not the articles.
    let before = site.hits().len();
    run(&store, options(&site)).await;
    let second = site.targets().split_off(before);
    assert!(second.contains(&"/sitemap.xml".to_string()), "{second:?}");
    assert!(
        !second.iter().any(|t| t.starts_with("/news/")),
        "{second:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn a_run_resumes_what_the_last_one_left_queued() {
    let linked = Arc::new(std::sync::atomic::AtomicBool::new(true));
    let l = linked.clone();
    let site = Site::start(move |hit| match hit.target.as_str() {
        "/" if l.load(SeqCst) => Reply::html(front_page(&["/news/1.html", "/news/2.html"])),
        "/" => Reply::html(front_page(&[])),
        t if t.starts_with("/news/") => Reply::html(article(t)),
        _ => Reply::status(404),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut first = options(&site);
    first.max_pages = Some(2);
    run(&store, first).await;
    assert_eq!(versions(&store, &site, "/news/2.html"), 0);
    assert_eq!(queued(&store), 1);
    // The front page no longer links story 2: only the queue knows it.
    linked.store(false, SeqCst);
    let summary = run(&store, options(&site)).await;
    assert_eq!(summary.resumed, 1);
    assert_eq!(versions(&store, &site, "/news/2.html"), 1);
    assert_eq!(queued(&store), 0);
}

#[tokio::test(start_paused = true)]
async fn a_resumed_url_that_robots_now_forbids_is_dropped_not_fetched() {
    let forbid = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let f = forbid.clone();
    let site = Site::start(move |hit| match hit.target.as_str() {
        "/robots.txt" if f.load(SeqCst) => Reply::text("User-agent: *\nDisallow: /news/2.html\n"),
        "/" => Reply::html(front_page(&["/news/1.html", "/news/2.html"])),
        t if t.starts_with("/news/") => Reply::html(article(t)),
        _ => Reply::status(404),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut first = options(&site);
    first.max_pages = Some(2);
    run(&store, first).await;
    forbid.store(true, SeqCst);
    let mut second = options(&site);
    second.robots_cache_ttl = Duration::ZERO;
    let summary = run(&store, second).await;
    assert_eq!(summary.resumed, 1);
    assert!(!site.targets().contains(&"/news/2.html".to_string()));
    assert_eq!(queued(&store), 0);
}

#[tokio::test(start_paused = true)]
async fn a_retry_after_outlives_the_run_and_stats_show_when_the_host_may_be_asked_again() {
    let site = Site::start(|hit| match hit.target.as_str() {
        "/robots.txt" => Reply::status(404),
        _ => Reply::status(429).header("Retry-After", "3600"),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut first = options(&site);
    first.max_duration = Some(Duration::from_secs(60));
    run(&store, first).await;
    assert_eq!(site.targets(), ["/robots.txt", "/"]);
    let stats = store.host_stats().unwrap();
    let host = stats.values().next().unwrap();
    let wait = host.next_allowed_at.expect("a wait is recorded") - chrono::Utc::now();
    assert!(wait > chrono::Duration::minutes(55), "{wait}");
    // The next run, straight after, does not ask the host before then.
    let mut second = options(&site);
    second.max_duration = Some(Duration::from_secs(60));
    run(&store, second).await;
    assert_eq!(site.targets(), ["/robots.txt", "/"]);
}
