//! End-to-end tests of the `snapcrawl` binary: dump output, the store lock,
//! offline extraction and config errors.

mod common;

use std::io::Write as _;
use std::process::{Command, Output};
use std::time::Duration;

use snapcrawl::demo_site::DemoOptions;
use snapcrawl_store::Store;

fn snapcrawl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_snapcrawl"))
        .args(args)
        .env_remove("SNAPCRAWL_STORE")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dump_text_renders_a_record_in_the_snapshot_layout() {
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::open(dir.path()).unwrap();
        let mut options =
            common::options(&[format!("{}/", site.origin("zh-utf8"))], Duration::ZERO);
        options.keep_raw_pages = true;
        common::run(&store, options).await;
    }
    let origin = site.origin("zh-utf8").to_string();
    let url = format!("{origin}/guonei/202307/t20230713_2002.html");
    let store = dir.path().to_str().unwrap();
    let out = snapcrawl(&["dump", "--store", store, "--format", "text", "--url", &url]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out).replace(&origin, "http://HOST");
    let text = regex_lite_replace_line(&text, "快照生成时间:", "快照生成时间:<generated_at>");
    insta::assert_snapshot!(text);

    // The two URLs of one story: whichever was stored first holds the
    // record, and asking for the other shows that same record.
    let story = [
        format!("{origin}/guonei/202307/t20230714_2001.html"),
        format!("{origin}/m/202307/t20230714_2001.html"),
    ];
    let shown: Vec<serde_json::Value> = story
        .iter()
        .map(|u| {
            serde_json::from_str(&stdout(&snapcrawl(&["dump", "--store", store, "--url", u])))
                .unwrap()
        })
        .collect();
    assert_eq!(shown[0], shown[1]);
    assert!(story.contains(&shown[0]["url"].as_str().unwrap().to_string()));
    assert_eq!(
        shown[0]["aliases"].as_array().map(Vec::len),
        Some(1),
        "{}",
        shown[0]
    );

    let out = snapcrawl(&["dump", "--store", store, "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(lines
        .iter()
        .any(|r| r["url"] == url.as_str() && r["kind"] == "article" && r["version"] == 1));
    assert!(lines
        .iter()
        .all(|r| r["content_hash"].as_str().is_some_and(|h| h.len() == 32)));

    let out = snapcrawl(&["stats", "--store", store, "--json"]);
    let stats: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(stats["store"]["runs"], 1);
    assert!(stats["store"]["articles"].as_u64().unwrap() >= 6);
    // Counts per host.
    let host = &stats["hosts"][&origin];
    assert!(host["articles"].as_u64().unwrap() >= 6, "{stats}");
    assert!(host["fetched"].as_u64().unwrap() >= host["urls_with_records"].as_u64().unwrap());
    let rate = host["harvest_rate"].as_f64().unwrap();
    assert!(rate > 0.0 && rate <= 1.0, "{stats}");
    // robots.txt is kept per host, with the Sitemap lines it lists.
    let robots = &stats["robots"][&origin];
    assert_eq!(robots["status"], 200, "{stats}");
    assert!(
        robots["sitemaps"][0]
            .as_str()
            .unwrap()
            .ends_with("/rss.xml"),
        "{stats}"
    );
    // WARC: a warcinfo record, then per snapshot a response record with the
    // raw page (kept by this crawl) and a metadata record, each its own gzip
    // member; warcio (when CI provides it) accepts and indexes the file.
    let warc = dir.path().join("out.warc.gz");
    let out = snapcrawl(&[
        "dump",
        "--store",
        store,
        "--format",
        "warc",
        "--output",
        warc.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut raw = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::MultiGzDecoder::new(std::fs::File::open(&warc).unwrap()),
        &mut raw,
    )
    .unwrap();
    let raw = String::from_utf8_lossy(&raw);
    assert_eq!(raw.matches("WARC/1.1\r\n").count(), 2 * lines.len() + 1);
    assert_eq!(raw.matches("WARC-Type: metadata\r\n").count(), lines.len());
    assert_eq!(raw.matches("WARC-Type: response\r\n").count(), lines.len());
    assert_eq!(raw.matches("WARC-Concurrent-To: ").count(), lines.len());
    assert!(
        raw.contains("\r\n\r\nHTTP/1.1 200 \r\n"),
        "no HTTP response block"
    );
    if let Some(warcio) = std::env::var_os("WARCIO") {
        for command in ["check", "index"] {
            let checked = std::process::Command::new(&warcio)
                .arg(command)
                .arg(&warc)
                .output()
                .unwrap();
            assert!(
                checked.status.success(),
                "warcio {command}: {}",
                String::from_utf8_lossy(&checked.stderr)
            );
            if command == "index" {
                let index = String::from_utf8_lossy(&checked.stdout);
                assert_eq!(
                    index.matches("\"response\"").count(),
                    lines.len(),
                    "{index}"
                );
            }
        }
    }
    // Filters: by host (with its port), by snapshot time.
    let count = |extra: &[&str]| {
        let mut args = vec!["dump", "--store", store];
        args.extend_from_slice(extra);
        stdout(&snapcrawl(&args)).lines().count()
    };
    let host_port = origin.trim_start_matches("http://").to_string();
    assert_eq!(count(&["--host", &host_port]), lines.len());
    assert_eq!(count(&["--host", "elsewhere.example"]), 0);
    assert_eq!(count(&["--since", "2000-01-01"]), lines.len());
    assert_eq!(count(&["--until", "2000-01-01T00:00:00Z"]), 0);
    let bad = snapcrawl(&["dump", "--store", store, "--since", "last week"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--since"));
    let text = stdout(&snapcrawl(&["stats", "--store", store]));
    assert!(
        text.contains("robots.txt by host:") && text.contains("    sitemap "),
        "{text}"
    );
}

/// Replaces every line starting with `prefix` by `with`.
fn regex_lite_replace_line(text: &str, prefix: &str, with: &str) -> String {
    text.lines()
        .map(|l| if l.starts_with(prefix) { with } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_second_process_on_a_locked_store_exits_at_once_with_code_3() {
    let dir = tempfile::tempdir().unwrap();
    let _held = Store::open(dir.path()).unwrap();
    let out = snapcrawl(&[
        "crawl",
        "--store",
        dir.path().to_str().unwrap(),
        "--seed",
        "http://127.0.0.1:9/",
    ]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("locked"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn extract_reads_plain_and_gzipped_pages_without_network() {
    let page = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/cli/demo_site/zh-gbk/files/guonei/2023-07-14/1002.html"
    ))
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("a.html");
    std::fs::write(&plain, &page).unwrap();
    let gz = dir.path().join("b.html.gz");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::default(),
    );
    enc.write_all(&page).unwrap();
    enc.finish().unwrap();
    let out = snapcrawl(&[
        "extract",
        "--url",
        "http://news.example/guonei/2023-07-14/1002.html",
        plain.to_str().unwrap(),
        gz.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["title"], lines[1]["title"]);
    assert_eq!(lines[0]["title"], "高校毕业生求职季 多地推出“送岗上门”服务");
    assert_eq!(lines[1]["input"], gz.to_str().unwrap());
    assert_eq!(lines[0]["charset"], "gbk");
}

#[test]
fn a_bad_config_is_a_clear_error_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("c.toml");
    std::fs::write(&config, "[politeness]\nper_host = 0\n").unwrap();
    let out = snapcrawl(&[
        "crawl",
        "--config",
        config.to_str().unwrap(),
        "--store",
        dir.path().join("s").to_str().unwrap(),
        "--seed",
        "http://127.0.0.1:9/",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("per_host") && err.contains("c.toml"), "{err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_user_agent_carries_the_contact_and_a_crawl_without_one_warns() {
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let seed = format!("{}/", site.origin("en"));
    let crawl = |contact: &'static str, store: &str| {
        let config = dir.path().join(format!("{store}.toml"));
        std::fs::write(
            &config,
            format!("[politeness]\ncontact = \"{contact}\"\ndelay = \"0s\"\n"),
        )
        .unwrap();
        let store = dir.path().join(store);
        let seed = seed.clone();
        tokio::task::spawn_blocking(move || {
            snapcrawl(&[
                "crawl",
                "--config",
                config.to_str().unwrap(),
                "--store",
                store.to_str().unwrap(),
                "--seed",
                &seed,
                "--max-pages",
                "2",
            ])
        })
    };
    let with = crawl("https://example.org/crawler", "with").await.unwrap();
    assert!(with.status.success());
    let agents: Vec<String> = site.requests().into_iter().map(|r| r.user_agent).collect();
    assert!(!agents.is_empty());
    let expected = format!(
        "snapcrawl/{} (+https://example.org/crawler)",
        env!("CARGO_PKG_VERSION")
    );
    assert!(agents.iter().all(|a| *a == expected), "{agents:?}");
    assert!(!String::from_utf8_lossy(&with.stderr).contains("contact"));
    let without = crawl("", "without").await.unwrap();
    assert!(without.status.success());
    let err = String::from_utf8_lossy(&without.stderr);
    assert!(err.contains("no [politeness] contact"), "{err}");
    // --log-format json: every log line is a JSON object.
    let json = snapcrawl(&[
        "--log-format",
        "json",
        "crawl",
        "--store",
        dir.path().join("json").to_str().unwrap(),
        "--seed",
        &seed,
        "--max-pages",
        "1",
    ]);
    let logs = String::from_utf8_lossy(&json.stderr);
    let lines: Vec<&str> = logs.lines().filter(|l| l.starts_with('{')).collect();
    assert!(!lines.is_empty(), "{logs}");
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["level"].is_string() && v["fields"].is_object(), "{line}");
    }
}

#[test]
fn a_site_profile_overrides_fields_and_a_bad_one_names_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let sites = dir.path().join("sites");
    std::fs::create_dir(&sites).unwrap();
    std::fs::write(
        sites.join("zh.toml"),
        "hosts = [\"news.example.com\"]\ntime_zone = \"+09:00\"\n[selectors]\ncategory = \"#nav li:last-child a\"\nauthor = \".missing\"\n",
    )
    .unwrap();
    let page = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/cli/demo_site/zh-gbk/files/guonei/2023-07-14/1002.html"
    );
    let run = |url: &str| {
        let out = snapcrawl(&[
            "extract",
            "--sites",
            sites.to_str().unwrap(),
            "--url",
            url,
            page,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_str::<serde_json::Value>(&stdout(&out)).unwrap()
    };
    let generic = run("http://other.example.com/guonei/2023-07-14/1002.html");
    let profiled = run("http://news.example.com/guonei/2023-07-14/1002.html");
    // The selector that matches wins; the one that matches nothing, and the
    // fields without one, keep the generic result.
    assert_eq!(generic["category"], "国内");
    assert_eq!(profiled["category"], "社会");
    assert_eq!(profiled["author"], generic["author"]);
    assert_eq!(profiled["title"], generic["title"]);
    // The page shows no offset: the profile's zone applies.
    assert_eq!(generic["published"], "2023-07-14T10:30:00+08:00");
    assert_eq!(profiled["published"], "2023-07-14T10:30:00+09:00");
    std::fs::write(
        sites.join("zz-bad.toml"),
        "hosts = [\"b.example\"]\n[selectors]\nbody = \"div[\"\n",
    )
    .unwrap();
    let out = snapcrawl(&["extract", "--sites", sites.to_str().unwrap(), page]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("zz-bad.toml") && err.contains("selectors.body"),
        "{err}"
    );
}

#[test]
fn dump_fails_at_once_on_a_store_in_use_or_waits_for_it_with_wait() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    let held = Store::open(dir.path()).unwrap();
    let out = snapcrawl(&["dump", "--store", &path]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("locked by another snapcrawl process"), "{err}");
    let waiting = std::thread::spawn(move || snapcrawl(&["dump", "--store", &path, "--wait"]));
    std::thread::sleep(Duration::from_millis(700));
    assert!(
        !waiting.is_finished(),
        "dump --wait returned while the store was held"
    );
    drop(held);
    let out = waiting.join().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// On a terminal a crawl shows a progress bar with its counts; log lines
/// still print. The terminal is a pseudo-terminal from util-linux `script`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_terminal_a_crawl_shows_its_progress() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    }
    let site = common::site(DemoOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let command = format!(
        "{} crawl --store {} --seed {}/ --delay 0.3s --max-pages 5",
        env!("CARGO_BIN_EXE_snapcrawl"),
        dir.path().join("store").display(),
        site.origin("en")
    );
    let out = tokio::task::spawn_blocking(move || {
        Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .env_remove("SNAPCRAWL_STORE")
            .output()
            .unwrap()
    })
    .await
    .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{screen}");
    assert!(screen.contains("in flight"), "no progress bar: {screen}");
    assert!(screen.contains("queued"), "{screen}");
    assert!(screen.contains("no [politeness] contact"), "{screen}");
    assert!(screen.contains("crawl finished"), "{screen}");
}
