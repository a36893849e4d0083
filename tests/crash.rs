//! Crash safety: the binary is killed with SIGKILL at pseudo-random moments
//! of a crawl, many times over one store, then runs to the end. Every run
//! must open the store; at the end every article of the demo site is stored
//! exactly once, in one version, and no URL holds two.

mod common;

use std::collections::BTreeMap;
use std::process::{Command, Stdio};
use std::time::Duration;

use snapcrawl::demo_site::{DemoOptions, DemoSite};
use snapcrawl_store::Store;

const KILLS: u64 = 25;

fn crawl_command(store: &str, config: &str, seeds: &[String]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_snapcrawl"));
    command
        .args([
            "crawl", "--store", store, "--config", config, "--delay", "0.03s",
        ])
        .env_remove("SNAPCRAWL_STORE")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for seed in seeds {
        command.args(["--seed", seed]);
    }
    command
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_at_any_moment_loses_and_duplicates_nothing() {
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("store");
    let store = store_dir.to_str().unwrap().to_string();
    let config = dir.path().join("c.toml");
    // Every run re-checks every article, so each run has a whole crawl's
    // work to be killed in, and unchanged pages must make no new version.
    std::fs::write(
        &config,
        "[crawl]\nrevisit_articles = \"0s\"\n[politeness]\nadaptive_factor = 0\n",
    )
    .unwrap();
    let config = config.to_str().unwrap().to_string();
    let seeds = site.seeds();
    let (s, c, sd) = (store.clone(), config.clone(), seeds.clone());
    tokio::task::spawn_blocking(move || {
        // A fixed linear congruential sequence: the same kill moments each run.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut killed = 0;
        for _ in 0..KILLS {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let after = Duration::from_millis(20 + (x >> 33) % 600);
            let mut child = crawl_command(&s, &c, &sd).spawn().unwrap();
            std::thread::sleep(after);
            match child.try_wait().unwrap() {
                // Finished before the kill: it must have succeeded.
                Some(status) => assert!(status.success(), "run ended with {status}"),
                None => {
                    child.kill().unwrap();
                    child.wait().unwrap();
                    killed += 1;
                }
            }
        }
        // Most runs die mid-crawl (a whole crawl takes longer than most
        // kill moments); otherwise this would test nothing.
        assert!(
            killed >= KILLS / 2,
            "only {killed} of {KILLS} runs were killed"
        );
        let status = crawl_command(&s, &c, &sd).status().unwrap();
        assert!(status.success(), "final run: {status}");
    })
    .await
    .unwrap();

    let store = Store::open(&store_dir).unwrap();
    let mut versions: BTreeMap<String, u32> = BTreeMap::new();
    for record in store.records(true) {
        *versions.entry(record.unwrap().url).or_default() += 1;
    }
    assert!(
        versions.values().all(|&n| n == 1),
        "a URL stored twice: {versions:?}"
    );
    for t in DemoSite::truth().as_array().unwrap() {
        let urls = common::story_urls(&site, t);
        let held = urls.iter().filter(|u| versions.contains_key(*u)).count();
        assert_eq!(held, 1, "{urls:?} stored {held} times");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_stops_a_crawl_cleanly_with_its_summary_and_exit_0() {
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store").to_str().unwrap().to_string();
    let seeds = site.seeds();
    let output = tokio::task::spawn_blocking(move || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_snapcrawl"));
        command
            .args(["crawl", "--store", &store, "--delay", "1s"])
            .env_remove("SNAPCRAWL_STORE")
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for seed in &seeds {
            command.args(["--seed", seed]);
        }
        let child = command.spawn().unwrap();
        std::thread::sleep(Duration::from_millis(1500));
        let started = std::time::Instant::now();
        let status = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let output = child.wait_with_output().unwrap();
        // In-flight requests get at most 10 s; the demo site answers at once.
        assert!(started.elapsed() < Duration::from_secs(12));
        output
    })
    .await
    .unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("crawl finished (signal)"), "{stdout}");
    // The store was closed cleanly: it opens, with the run recorded.
    let store = Store::open(&dir.path().join("store")).unwrap();
    assert_eq!(store.runs().unwrap().last().unwrap().stop_reason, "signal");
}
