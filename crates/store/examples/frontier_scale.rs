//! How memory grows with the frontier: pushes N URLs over many hosts into
//! a frontier kept on disk (the store's queue) or in memory, dispatches
//! some of them, then reopens the disk queue as the next run would.
//!
//! ```text
//! cargo run --release -p snapcrawl-store --example frontier_scale -- disk 5000000 DIR
//! cargo run --release -p snapcrawl-store --example frontier_scale -- memory 5000000
//! ```
//!
//! `bench/frontier_scale.sh` runs both under `/usr/bin/time -v`.

use std::time::{Duration, Instant};

use snapcrawl_core::{CanonicalUrl, LinkRole};
use snapcrawl_frontier::{
    Completion, Frontier, FrontierConfig, Next, RobotsRules, Scope, UrlQueue,
};
use snapcrawl_store::Store;

const HOSTS: u64 = 1000;
const DISPATCHED: u64 = 100_000;
/// Pushes between two flushes, as a busy crawl makes between two of its
/// one-second flushes.
const FLUSH_EVERY: u64 = 20_000;

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

fn url(i: u64) -> CanonicalUrl {
    CanonicalUrl::parse(&format!(
        "http://h{}.example.test/news/2024/06/{i:09}/a-story-with-a-typical-slug.html",
        i % HOSTS
    ))
    .expect("valid URL")
}

fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "disk".into());
    let n: u64 = args.next().map_or(Ok(5_000_000), |a| a.parse())?;
    let dir = args.next().map(std::path::PathBuf::from);
    let tmp = tempfile::tempdir()?;
    let dir = dir.unwrap_or_else(|| tmp.path().to_path_buf());
    let store = Store::open(&dir)?;
    let mut scope = Scope::of_seeds([]);
    scope.allow_domain("example.test");
    let config = FrontierConfig {
        delay: Duration::ZERO,
        adaptive_factor: 0.0,
        max_depth: 100,
        ..FrontierConfig::default()
    };
    let queue: Box<dyn UrlQueue> = match mode.as_str() {
        "disk" => Box::new(store.disk_queue()?),
        "memory" => Box::<snapcrawl_frontier::MemoryQueue>::default(),
        other => return Err(format!("mode is disk or memory, not {other}").into()),
    };
    let mut frontier = Frontier::with_queue(config.clone(), scope.clone(), queue);
    let started = Instant::now();
    for i in 0..n {
        frontier.push(url(i), LinkRole::ArticleList, 1);
        // Every URL is pushed twice: the second is a seen-set hit.
        if i % 2 == 0 {
            frontier.push(url(i / 2), LinkRole::ArticleList, 1);
        }
        if (i + 1) % FLUSH_EVERY == 0 {
            frontier.flush_queue()?;
        }
        if (i + 1) % 1_000_000 == 0 {
            eprintln!(
                "{:>9} pushed  {:>7.1} s  peak RSS {:>6.1} MB",
                i + 1,
                started.elapsed().as_secs_f64(),
                peak_rss_mb()
            );
        }
    }
    frontier.flush_queue()?;
    let pushed_secs = started.elapsed().as_secs_f64();
    let now = std::time::Instant::now();
    let mut dispatched = 0;
    let dispatch_started = Instant::now();
    while dispatched < DISPATCHED {
        match frontier.next(now) {
            Next::Job(job) if job.url.as_str().ends_with("/robots.txt") => {
                frontier.robots_fetched(
                    &job.host,
                    RobotsRules::parse(b"", "snapcrawl"),
                    now,
                    Duration::ZERO,
                );
            }
            Next::Job(job) => {
                frontier.completed(
                    &job,
                    now,
                    Completion::Done {
                        elapsed: Duration::ZERO,
                    },
                );
                frontier.finished(&job.url);
                dispatched += 1;
            }
            other => return Err(format!("frontier stopped early: {other:?}").into()),
        }
    }
    frontier.flush_queue()?;
    let dispatch_secs = dispatch_started.elapsed().as_secs_f64();
    if let Some(e) = frontier.take_queue_error() {
        return Err(e);
    }
    let left = frontier.queued();
    drop(frontier);
    let mut resumed = None;
    if mode == "disk" {
        let reopened = Instant::now();
        let queue = store.disk_queue()?;
        resumed = Some((queue.total(), reopened.elapsed().as_secs_f64()));
    }
    let disk_mb = dir_size(&dir) as f64 / 1e6;
    println!(
        "mode {mode}: {n} URLs over {HOSTS} hosts ({} pushes)",
        n + n.div_ceil(2)
    );
    println!(
        "  push      {pushed_secs:>8.1} s  ({:.0} pushes/s)",
        (n + n.div_ceil(2)) as f64 / pushed_secs
    );
    println!(
        "  dispatch  {dispatch_secs:>8.1} s  ({:.0} URLs/s)",
        DISPATCHED as f64 / dispatch_secs
    );
    println!("  queued after dispatching {DISPATCHED}: {left}");
    if let Some((total, secs)) = resumed {
        println!("  reopened as the next run: {total} queued, in {secs:.1} s");
    }
    println!("  store on disk {disk_mb:.0} MB");
    println!("  peak RSS {:.1} MB", peak_rss_mb());
    Ok(())
}

fn dir_size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}
