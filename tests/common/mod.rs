//! Helpers shared by the end-to-end tests: a demo site on 127.0.0.1 and a
//! crawl of it into a temporary store.

#![allow(dead_code)]

pub mod fixture;

use std::time::Duration;

use snapcrawl::crawl::{crawl, CrawlOptions};
use snapcrawl::demo_site::{DemoOptions, DemoSite};
use snapcrawl_core::CanonicalUrl;
use snapcrawl_fetch::FetchConfig;
use snapcrawl_store::{RunSummary, Store};
use tokio_util::sync::CancellationToken;

/// Options for a test crawl of `seeds` with the given per-host delay.
pub fn options(seeds: &[String], delay: Duration) -> CrawlOptions {
    let mut options = CrawlOptions::new(
        seeds
            .iter()
            .map(|s| CanonicalUrl::parse(s).unwrap())
            .collect(),
    );
    options.frontier.delay = delay;
    options.max_pages = Some(1000);
    options.max_duration = Some(Duration::from_secs(120));
    options.concurrency = 16;
    options
}

/// Request settings of the tests' snapcrawl.
pub fn fetch_config() -> FetchConfig {
    FetchConfig {
        user_agent: "snapcrawl/test".into(),
        timeout: Duration::from_secs(20),
        ..Default::default()
    }
}

/// Runs one crawl.
/// URLs queued or in flight for a later run, as `stats` counts them.
pub fn queued(store: &Store) -> u64 {
    store.host_stats().unwrap().values().map(|h| h.queued).sum()
}

/// Every URL of one story of the demo site's truth: its path first, then
/// the paths that duplicate it.
pub fn story_urls(site: &DemoSite, story: &serde_json::Value) -> Vec<String> {
    let origin = site.origin(story["host"].as_str().unwrap());
    let mut urls = vec![format!("{origin}{}", story["path"].as_str().unwrap())];
    urls.extend(
        story["duplicate_paths"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|p| format!("{origin}{}", p.as_str().unwrap())),
    );
    urls
}

pub async fn run(store: &Store, options: CrawlOptions) -> RunSummary {
    crawl(store, &fetch_config(), options, CancellationToken::new())
        .await
        .unwrap()
}

/// Starts the demo site.
pub async fn site(options: DemoOptions) -> DemoSite {
    DemoSite::start(options).await.unwrap()
}

/// Path of a request target without its query, except for the trap whose
/// query is its identity.
pub fn document_of(target: &str) -> String {
    if target.starts_with("/archive") {
        return target.to_string();
    }
    target.split('?').next().unwrap_or(target).to_string()
}
