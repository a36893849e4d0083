//! End-to-end: crawl the bundled demo site on 127.0.0.1 and check what the
//! server saw and what the store holds.

mod common;

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use snapcrawl::demo_site::{DemoOptions, DemoSite, HOSTS};
use snapcrawl_core::PageKind;
use snapcrawl_frontier::RobotsRules;
use snapcrawl_store::Store;

const DELAY: Duration = Duration::from_millis(60);

struct Crawled {
    site: DemoSite,
    store: Store,
    _dir: tempfile::TempDir,
    summary: snapcrawl_store::RunSummary,
}

async fn crawl_demo() -> Crawled {
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let summary = common::run(&store, common::options(&site.seeds(), DELAY)).await;
    Crawled {
        site,
        store,
        _dir: dir,
        summary,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_sees_a_polite_crawl() {
    let c = crawl_demo().await;
    let requests = c.site.requests();
    assert!(
        requests.len() > 30,
        "crawl made only {} requests",
        requests.len()
    );
    for host in HOSTS {
        let mine: Vec<_> = requests.iter().filter(|r| r.host == host).collect();
        // robots.txt first on every host.
        assert_eq!(
            mine[0].target, "/robots.txt",
            "{host}: first request {}",
            mine[0].target
        );
        // The delay held between consecutive requests, one at a time.
        for pair in mine.windows(2) {
            let gap = pair[1].at - pair[0].at;
            assert!(
                gap >= DELAY,
                "{host}: {} then {} after {gap:?}",
                pair[0].target,
                pair[1].target
            );
        }
        // Nothing robots.txt forbids.
        let robots = std::fs::read(format!(
            "{}/crates/cli/demo_site/{host}/files/robots.txt",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let rules = RobotsRules::parse(&robots, "snapcrawl");
        for r in &mine {
            assert!(
                rules.allows(&r.target),
                "{host}: fetched disallowed {}",
                r.target
            );
        }
        // Every document once: tracking-parameter variants and fragments
        // never cause a second fetch.
        let mut counts: HashMap<String, usize> = HashMap::new();
        for r in &mine {
            *counts.entry(common::document_of(&r.target)).or_default() += 1;
        }
        let repeated: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
        assert!(
            repeated.is_empty(),
            "{host}: fetched more than once: {repeated:?}"
        );
        // Links inside comments and scripts are not links.
        assert!(
            !mine
                .iter()
                .any(|r| r.target.contains("draft-story") || r.target.starts_with("/old/")),
            "{host}"
        );
    }
    assert!(requests
        .iter()
        .all(|r| r.user_agent.starts_with("snapcrawl/")));
    assert_eq!(c.summary.stop_reason, "done");
    assert!(
        c.summary.robots_blocked > 0,
        "the demo links into disallowed space"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_article_is_stored_once_with_its_fields() {
    let c = crawl_demo().await;
    let records: Vec<_> = c.store.records(false).collect::<Result<_, _>>().unwrap();
    let by_url: BTreeMap<&str, _> = records.iter().map(|r| (r.url.as_str(), r)).collect();
    let truth = DemoSite::truth();
    let mut checked = 0;
    for t in truth.as_array().unwrap() {
        // The same story at a second URL is stored once: under whichever URL
        // was stored first, with every other URL of it recorded as an alias.
        let origin = c.site.origin(t["host"].as_str().unwrap());
        let urls = common::story_urls(&c.site, t);
        let url = urls[0].clone();
        let holders: Vec<&String> = urls
            .iter()
            .filter(|u| by_url.contains_key(u.as_str()))
            .collect();
        assert_eq!(holders.len(), 1, "{url}: stored under {holders:?}");
        let r = by_url[holders[0].as_str()];
        for other in urls.iter().filter(|u| *u != holders[0]) {
            assert!(
                r.aliases.contains(other),
                "{other} not recorded as alias of {}: {:?}",
                holders[0],
                r.aliases
            );
        }
        assert_eq!(r.kind, PageKind::Article, "{url}");
        assert_eq!(r.title.as_deref(), t["title"].as_str(), "title of {url}");
        assert_eq!(
            r.category.as_deref(),
            t["category"].as_str(),
            "category of {url}"
        );
        assert_eq!(r.source.as_deref(), t["source"].as_str(), "source of {url}");
        assert_eq!(r.author.as_deref(), t["author"].as_str(), "author of {url}");
        let published =
            chrono::DateTime::parse_from_rfc3339(t["published"].as_str().unwrap()).unwrap();
        assert_eq!(r.published, Some(published), "published of {url}");
        let paragraphs: Vec<&str> = r.body.split("\n\n").collect();
        assert_eq!(
            paragraphs.first().copied(),
            t["body_first"].as_str(),
            "body start of {url}"
        );
        assert_eq!(
            paragraphs.last().copied(),
            t["body_last"].as_str(),
            "body end of {url}"
        );
        assert_eq!(
            paragraphs.len() as u64,
            t["paragraphs"].as_u64().unwrap(),
            "paragraphs of {url}"
        );
        for (field, items) in [("related", &r.related), ("more", &r.more)] {
            let got: Vec<String> = items.iter().map(|i| i.url.clone()).collect();
            let want: Vec<String> = t[field]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| format!("{origin}{}", p.as_str().unwrap()))
                .collect();
            assert_eq!(got, want, "{field} of {url}");
        }
        checked += 1;
    }
    assert_eq!(checked, 18);
    assert_eq!(c.summary.records_stored as usize, records.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gbk_pages_decode_even_when_mislabelled() {
    let c = crawl_demo().await;
    let origin = c.site.origin("zh-gbk");
    for path in [
        "/guonei/2023-07-14/1002.html",
        "/guonei/2023-07-16/1004.html",
    ] {
        let r = c.store.latest(&format!("{origin}{path}")).unwrap().unwrap();
        assert_eq!(r.http.charset, "gbk", "{path}");
        assert!(
            !r.body.contains('\u{FFFD}'),
            "{path} has replacement characters"
        );
        assert!(
            r.title
                .as_deref()
                .is_some_and(|t| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))),
            "{path}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirect_aliases_are_recorded_and_the_trap_ends_at_max_depth() {
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let mut options = common::options(&site.seeds(), Duration::ZERO);
    options.frontier.max_depth = 4;
    common::run(&store, options).await;
    let origin = site.origin("zh-gbk");
    assert_eq!(
        store.alias_of(&format!("{origin}/a/1002")).unwrap(),
        Some(format!("{origin}/guonei/2023-07-14/1002.html"))
    );
    let trap_pages = site
        .requests()
        .iter()
        .filter(|r| r.target.starts_with("/archive"))
        .count();
    assert!(
        (1..=4 * HOSTS.len()).contains(&trap_pages),
        "{trap_pages} trap pages fetched"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crawl_delay_raises_the_delay_and_max_pages_stops_cleanly() {
    let site = common::site(DemoOptions {
        robots_extra: "Crawl-delay: 1".into(),
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seed = vec![format!("{}/", site.origin("en"))];
    let mut options = common::options(&seed, Duration::from_millis(10));
    options.max_pages = Some(3);
    let summary = common::run(&store, options).await;
    assert_eq!(summary.stop_reason, "max_pages");
    let requests = site.requests();
    assert_eq!(
        requests.len(),
        4,
        "robots.txt and three pages: {requests:?}"
    );
    for pair in requests.windows(2) {
        assert!(
            pair[1].at - pair[0].at >= Duration::from_secs(1),
            "Crawl-delay not honoured"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feed_seed_contributes_its_items() {
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    let seed = vec![format!("{}/rss.xml", site.origin("zh-utf8"))];
    let mut options = common::options(&seed, Duration::ZERO);
    options.frontier.max_depth = 1;
    common::run(&store, options).await;
    let articles = store
        .records(false)
        .filter(|r| r.as_ref().unwrap().kind == PageKind::Article)
        .count();
    assert_eq!(articles, 6, "the feed lists the host's six articles");
}
