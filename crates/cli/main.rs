//! `snapcrawl`: a polite, focused news crawler. See README.md.

mod progress;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Parser, Subcommand, ValueEnum};
use snapcrawl::config::{load_site_profiles, parse_duration, parse_offset, Config};
use snapcrawl::crawl::{crawl, CrawlOptions};
use snapcrawl::demo_site::{DemoOptions, DemoSite};
use snapcrawl::filter::{parse_time, RecordFilter};
use snapcrawl::{render, summary};
use snapcrawl_core::{CanonicalUrl, PageKind, SnapshotRecord};
use snapcrawl_fetch::FetchConfig;
use snapcrawl_frontier::FrontierConfig;
use snapcrawl_store::{RobotsEntry, Store, StoreError};
use tokio_util::sync::CancellationToken;

/// Exit code when the store is held by another process (cron overlap).
const EXIT_LOCKED: u8 = 3;

#[derive(Parser)]
#[command(
    name = "snapcrawl",
    version,
    about = "A polite, focused news crawler that keeps deduplicated, versioned snapshot records"
)]
struct Cli {
    /// Log lines on stderr as plain text or as JSON objects (one per line,
    /// for log collectors).
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "plain",
        env = "SNAPCRAWL_LOG_FORMAT"
    )]
    log_format: LogFormat,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Plain,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Crawl from seed URLs into the store.
    Crawl(CrawlArgs),
    /// Print stored records.
    Dump(DumpArgs),
    /// Print counts over the store.
    Stats {
        /// Store directory.
        #[arg(long, env = "SNAPCRAWL_STORE", default_value = "snapcrawl-store")]
        store: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Extract records from saved pages (.html or .html.gz), no network.
    Extract {
        /// URL the pages were fetched from (base for links; else file://).
        #[arg(long)]
        url: Option<String>,
        /// Folder of site profiles (*.toml); the one naming the URL's host
        /// applies.
        #[arg(long)]
        sites: Option<PathBuf>,
        /// Page files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Serve the bundled news site on 127.0.0.1, crawl it, show a record.
    Demo,
    /// Score the extractor on labelled corpus folders (<id>.html.gz +
    /// <id>.json), optionally beside another extractor's JSON-lines output.
    Eval {
        /// Corpus folders, or a folder of corpus folders.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Another extractor's output (JSON lines: corpus, id, title, author,
        /// published, source, category, body, seconds), scored the same way.
        #[arg(long)]
        peer: Option<PathBuf>,
        /// Print the pages where this field is wrong (title, published,
        /// author, source, category, editor, body); repeatable.
        #[arg(long = "misses")]
        misses: Vec<String>,
    },
}

#[derive(clap::Args)]
struct CrawlArgs {
    /// Config file (see config/snapcrawl.toml).
    #[arg(long, env = "SNAPCRAWL_CONFIG")]
    config: Option<PathBuf>,
    /// Store directory.
    #[arg(long, env = "SNAPCRAWL_STORE")]
    store: Option<PathBuf>,
    /// Seed URL (front page, section, feed or sitemap); repeatable.
    #[arg(long = "seed")]
    seeds: Vec<String>,
    /// Stop after this many page requests.
    #[arg(long, env = "SNAPCRAWL_MAX_PAGES")]
    max_pages: Option<u64>,
    /// Stop cleanly after this long (e.g. 10m).
    #[arg(long, env = "SNAPCRAWL_MAX_DURATION")]
    max_duration: Option<String>,
    /// Links further than this many hops from a seed are not followed.
    #[arg(long, env = "SNAPCRAWL_MAX_DEPTH")]
    max_depth: Option<u32>,
    /// Floor between requests to one host (e.g. 1s, 0.1s).
    #[arg(long, env = "SNAPCRAWL_DELAY")]
    delay: Option<String>,
    /// Requests in flight per host.
    #[arg(long, env = "SNAPCRAWL_PER_HOST")]
    per_host: Option<usize>,
    /// Forward proxy for all requests.
    #[arg(long, env = "SNAPCRAWL_PROXY")]
    proxy: Option<String>,
}

#[derive(Clone, Copy, ValueEnum)]
enum DumpFormat {
    Jsonl,
    Text,
    /// WARC 1.1, gzip per record: a warcinfo record, then one metadata
    /// record (the snapshot's JSON) per snapshot.
    Warc,
}

#[derive(clap::Args)]
struct DumpArgs {
    /// Store directory.
    #[arg(long, env = "SNAPCRAWL_STORE", default_value = "snapcrawl-store")]
    store: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: DumpFormat,
    /// Only this URL (an alias URL shows the record it is an alias of).
    #[arg(long)]
    url: Option<String>,
    /// Every version, not only the latest.
    #[arg(long)]
    all_versions: bool,
    /// Only records of this host (`news.example.com` or `host:port`).
    #[arg(long)]
    host: Option<String>,
    /// Only snapshots generated at or after this time (RFC 3339, or a
    /// YYYY-MM-DD day in UTC).
    #[arg(long)]
    since: Option<String>,
    /// Only snapshots generated before this time.
    #[arg(long)]
    until: Option<String>,
    /// Write here instead of standard output.
    #[arg(long)]
    output: Option<PathBuf>,
    /// If a crawl holds the store, wait for it to finish instead of
    /// failing at once (exit code 3).
    #[arg(long)]
    wait: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let filter = tracing_subscriber::EnvFilter::try_from_env("SNAPCRAWL_LOG")
        .unwrap_or_else(|_| "snapcrawl=info,html5ever=error,warn".into());
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stderr());
    // A progress bar for a crawl on a terminal; log lines print above it.
    let bar = match (&cli.command, cli.log_format) {
        (Command::Crawl(_), LogFormat::Plain) if terminal => progress::bar(),
        _ => indicatif::ProgressBar::hidden(),
    };
    let logs = tracing_subscriber::fmt().with_env_filter(filter);
    match cli.log_format {
        LogFormat::Json => logs.json().with_writer(std::io::stderr).init(),
        LogFormat::Plain => {
            let log_bar = bar.clone();
            logs.with_ansi(terminal)
                .with_writer(move || progress::BarWriter::new(log_bar.clone()))
                .init()
        }
    }
    match run(cli, bar) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if let Some(StoreError::Locked { path, .. }) = e.downcast_ref::<StoreError>() {
                eprintln!(
                    "snapcrawl: store {} is locked by another snapcrawl process; exiting",
                    path.display()
                );
                return ExitCode::from(EXIT_LOCKED);
            }
            eprintln!("snapcrawl: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli, bar: indicatif::ProgressBar) -> anyhow::Result<()> {
    match cli.command {
        Command::Crawl(args) => run_crawl(args, bar),
        Command::Dump(args) => run_dump(args),
        Command::Stats { store, json } => run_stats(&store, json),
        Command::Extract { url, sites, files } => run_extract(url.as_deref(), sites, &files),
        Command::Demo => run_demo(),
        Command::Eval { dirs, peer, misses } => {
            snapcrawl::eval_run::run(&snapcrawl::eval_run::EvalArgs { dirs, peer, misses })
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")
}

/// Cancels `token` on the first SIGINT or SIGTERM.
fn cancel_on_signal(token: CancellationToken) {
    tokio::spawn(async move {
        let ctrl_c = tokio::signal::ctrl_c();
        #[cfg(unix)]
        {
            let mut term =
                match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                    Ok(s) => s,
                    Err(_) => return,
                };
            tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
        }
        #[cfg(not(unix))]
        let _ = ctrl_c.await;
        tracing::warn!("stop requested: finishing requests in flight");
        token.cancel();
    });
}

fn run_crawl(args: CrawlArgs, bar: indicatif::ProgressBar) -> anyhow::Result<()> {
    let config = match &args.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    let seeds = if args.seeds.is_empty() {
        config.crawl.seeds.clone()
    } else {
        args.seeds.clone()
    };
    if seeds.is_empty() {
        bail!("no seeds: give --seed URL or [crawl] seeds in the config");
    }
    let seeds = seeds
        .iter()
        .map(|s| CanonicalUrl::parse(s).with_context(|| format!("seed {s:?}")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let delay = parse_duration(args.delay.as_deref().unwrap_or(&config.politeness.delay))
        .context("--delay")?;
    let per_host = args.per_host.unwrap_or(config.politeness.per_host);
    if per_host == 0 {
        bail!("--per-host must be at least 1");
    }
    let max_duration = args
        .max_duration
        .as_deref()
        .or(config.crawl.max_duration.as_deref())
        .map(parse_duration)
        .transpose()
        .context("--max-duration")?;
    let store_path = args.store.clone().unwrap_or(config.crawl.store.clone());
    let store = Store::open(&store_path)?;
    if config.politeness.contact.is_empty() {
        tracing::warn!("no [politeness] contact URL configured: site owners cannot reach you (set it in the config)");
    }
    let politeness = &config.politeness;
    let fetch = FetchConfig {
        user_agent: snapcrawl_fetch::user_agent(Some(&politeness.contact)),
        connect_timeout: parse_duration(&config.fetch.connect_timeout)?,
        timeout: parse_duration(&config.fetch.timeout)?,
        max_body_bytes: config.fetch.max_body_bytes,
        proxy: args
            .proxy
            .clone()
            .or_else(|| Some(config.fetch.proxy.clone()).filter(|p| !p.is_empty())),
        trusted_hosts: Vec::new(),
    };
    let options = CrawlOptions {
        seeds,
        frontier: FrontierConfig {
            delay,
            max_delay: parse_duration(&politeness.crawl_delay_cap)?,
            adaptive_factor: politeness.adaptive_factor,
            per_host,
            max_depth: args.max_depth.unwrap_or(config.crawl.max_depth),
            retries: politeness.retries,
            retry_backoff: parse_duration(&politeness.retry_backoff)?,
            throttle_backoff: parse_duration(&politeness.throttle_backoff)?,
            max_backoff: parse_duration(&politeness.max_backoff)?,
        },
        robots_cache_ttl: parse_duration(&politeness.robots_cache_ttl)?,
        scope_domains: config.scope.domains.clone(),
        product_token: config.politeness.product_token.clone(),
        max_pages: args
            .max_pages
            .or(Some(config.crawl.max_pages))
            .filter(|&n| n > 0),
        max_duration,
        concurrency: config.crawl.concurrency,
        extract: snapcrawl_extract::Options {
            default_offset: parse_offset(&config.extract.default_offset)?,
            site: None,
        },
        revisit: config.crawl.revisit()?,
        robots_sitemaps: config.crawl.robots_sitemaps,
        sites: if config.extract.sites.as_os_str().is_empty() {
            Vec::new()
        } else {
            load_site_profiles(&config.extract.sites)?
        },
        keep_raw_pages: config.crawl.keep_raw_pages,
        progress: None,
    };
    let summary = runtime()?.block_on(async {
        let token = CancellationToken::new();
        cancel_on_signal(token.clone());
        let mut options = options;
        if !bar.is_hidden() {
            let (reports, watcher) = tokio::sync::watch::channel(Default::default());
            options.progress = Some(std::sync::Arc::new(reports));
            tokio::spawn(progress::show(bar.clone(), watcher));
        }
        let summary = crawl(&store, &fetch, options, token).await;
        bar.finish_and_clear();
        summary
    })?;
    print!("{}", summary::text(&summary));
    Ok(())
}

/// Opens the store; with `wait`, a store held by a crawl is waited for
/// (polled every 250 ms) instead of being an error.
fn open_store(path: &Path, wait: bool) -> anyhow::Result<Store> {
    let mut told = false;
    loop {
        match Store::open(path) {
            Err(StoreError::Locked { .. }) if wait => {
                if !told {
                    eprintln!(
                        "snapcrawl: waiting for the crawl holding {} to finish",
                        path.display()
                    );
                    told = true;
                }
                std::thread::sleep(std::time::Duration::from_millis(250));
            }
            result => return Ok(result?),
        }
    }
}

fn run_dump(args: DumpArgs) -> anyhow::Result<()> {
    let filter = RecordFilter {
        host: args.host.clone(),
        since: args
            .since
            .as_deref()
            .map(parse_time)
            .transpose()
            .context("--since")?,
        until: args
            .until
            .as_deref()
            .map(parse_time)
            .transpose()
            .context("--until")?,
    };
    let store = open_store(&args.store, args.wait)?;
    let mut out: Box<dyn std::io::Write> = match &args.output {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    // One URL: read its versions directly, not by scanning the store.
    let records: Box<dyn Iterator<Item = Result<SnapshotRecord, StoreError>>> = match &args.url {
        Some(url) => {
            let url = CanonicalUrl::parse(url).context("--url")?.to_string();
            // An alias (redirect, duplicate content) shows the record it
            // belongs to.
            let url = store.alias_of(&url)?.unwrap_or(url);
            if args.all_versions {
                Box::new(store.versions(&url))
            } else {
                Box::new(store.latest(&url).transpose().into_iter())
            }
        }
        None => Box::new(store.records(args.all_versions)),
    };
    if matches!(args.format, DumpFormat::Warc) {
        let info = snapcrawl::warc::warcinfo(&chrono::Utc::now());
        out.write_all(&info).context("writing the dump")?;
    }
    for record in records {
        let record = record?;
        if !filter.keeps(&record) {
            continue;
        }
        let bytes = match args.format {
            DumpFormat::Jsonl => (render::jsonl(&record) + "\n").into_bytes(),
            DumpFormat::Text => (render::text(&record) + "\n").into_bytes(),
            DumpFormat::Warc => {
                let raw = store.raw_page(&record.url, record.version)?;
                let mut bytes = raw
                    .as_ref()
                    .map(|page| snapcrawl::warc::response(&record, page))
                    .unwrap_or_default();
                bytes.extend(snapcrawl::warc::metadata(&record, raw.is_some()));
                bytes
            }
        };
        if let Err(e) = out.write_all(&bytes) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(e).context("writing the dump");
        }
    }
    out.flush()
        .or_else(|e| {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                Ok(())
            } else {
                Err(e)
            }
        })
        .context("writing the dump")?;
    Ok(())
}

fn run_stats(path: &Path, json: bool) -> anyhow::Result<()> {
    let store = Store::open(path)?;
    let stats = store.stats()?;
    let runs = store.runs()?;
    let robots: Vec<(String, RobotsEntry)> = store.robots_entries().collect::<Result<_, _>>()?;
    let hosts = store.host_stats()?;
    if json {
        let robots: serde_json::Map<String, serde_json::Value> = robots
            .iter()
            .map(|(host, entry)| {
                let value = serde_json::json!({
                    "status": entry.answer.as_ref().map(|a| a.status),
                    "fetched_at": entry.answer.as_ref().map(|a| a.fetched_at),
                    "sitemaps": entry.answer.as_ref().map(|a| &a.sitemaps),
                    "failing_since": entry.failing_since,
                    "last_error": entry.last_error,
                });
                (host.clone(), value)
            })
            .collect();
        let value = serde_json::json!({ "store": stats, "last_run": runs.last(), "robots": robots, "hosts": hosts });
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    println!("store {}", path.display());
    println!("  urls with records {}", stats.urls);
    println!("  records (all versions) {}", stats.records);
    println!("  articles {}  listings {}", stats.articles, stats.listings);
    println!("  aliases {}", stats.aliases);
    println!("  urls failing {}", stats.failures);
    println!("  crawl runs {}", stats.runs);
    if !hosts.is_empty() {
        println!(
            "by host: fetched, with records, versions, articles, harvest rate, queued, failures, delay, next allowed"
        );
    }
    for (host, h) in &hosts {
        let failures: Vec<String> = h.failures.iter().map(|(k, v)| format!("{k}={v}")).collect();
        println!(
            "  {host}: {} {} {} {} {:.2} {} {} {} {}",
            h.fetched,
            h.urls_with_records,
            h.versions,
            h.articles,
            h.harvest_rate,
            h.queued,
            if failures.is_empty() {
                "-".to_string()
            } else {
                failures.join(",")
            },
            h.delay_secs
                .map_or_else(|| "-".to_string(), |d| format!("{d:.1}s")),
            match h.next_allowed_at {
                Some(t) if t > chrono::Utc::now() => t.to_rfc3339(),
                _ => "now".to_string(),
            }
        );
    }
    if !robots.is_empty() {
        println!("robots.txt by host:");
    }
    for (host, entry) in &robots {
        let answer = match &entry.answer {
            Some(a) => format!("HTTP {} at {}", a.status, a.fetched_at.to_rfc3339()),
            None => "never answered".into(),
        };
        let failing = match (&entry.failing_since, &entry.last_error) {
            (Some(since), Some(error)) => {
                format!(", unreachable since {} ({error})", since.to_rfc3339())
            }
            _ => String::new(),
        };
        println!("  {host}: {answer}{failing}");
        for sitemap in entry.answer.iter().flat_map(|a| &a.sitemaps) {
            println!("    sitemap {sitemap}");
        }
    }
    if let Some(last) = runs.last() {
        println!("last run, started {}:", last.started_at.to_rfc3339());
        print!("{}", summary::text(last));
    }
    Ok(())
}

fn read_page(path: &Path) -> anyhow::Result<Vec<u8>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut out)
            .with_context(|| format!("gunzipping {}", path.display()))?;
        return Ok(out);
    }
    Ok(bytes)
}

fn run_extract(url: Option<&str>, sites: Option<PathBuf>, files: &[PathBuf]) -> anyhow::Result<()> {
    let sites = sites
        .map(|dir| load_site_profiles(&dir))
        .transpose()?
        .unwrap_or_default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = 0;
    for path in files {
        let page_url = match url {
            Some(u) => url::Url::parse(u).with_context(|| format!("--url {u:?}"))?,
            None => url::Url::from_file_path(std::fs::canonicalize(path).unwrap_or(path.clone()))
                .unwrap_or_else(|_| url::Url::parse("file:///").expect("valid URL")),
        };
        let body = match read_page(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("snapcrawl: {e:#}");
                failed += 1;
                continue;
            }
        };
        let host = page_url.host_str().unwrap_or_default();
        let options = snapcrawl_extract::Options {
            site: sites.iter().find(|s| s.matches(host)).cloned(),
            ..Default::default()
        };
        let extracted = std::panic::catch_unwind(|| {
            snapcrawl_extract::extract(
                &snapcrawl_extract::Input {
                    url: &page_url,
                    body: &body,
                    content_type: None,
                },
                &options,
            )
        });
        let x = match extracted {
            Ok(x) => x,
            Err(panic) => {
                let message = snapcrawl::panic_message(&*panic);
                eprintln!(
                    "snapcrawl: {}: extractor panicked: {message}",
                    path.display()
                );
                failed += 1;
                continue;
            }
        };
        let mut line = serde_json::to_value(&x)?;
        if let Some(fields) = line.as_object_mut() {
            fields.insert("input".into(), path.display().to_string().into());
            fields.insert("url".into(), page_url.as_str().into());
        }
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    if failed > 0 {
        bail!(
            "{failed} of {} files could not be read or extracted",
            files.len()
        );
    }
    Ok(())
}

fn run_demo() -> anyhow::Result<()> {
    runtime()?.block_on(async {
        let site = DemoSite::start(DemoOptions::default())
            .await
            .context("starting the demo site")?;
        let dir = tempfile::tempdir().context("creating a temporary store")?;
        let store = Store::open(dir.path())?;
        eprintln!("demo site: {}", site.seeds().join(" "));
        let seeds = site
            .seeds()
            .iter()
            .map(|s| CanonicalUrl::parse(s))
            .collect::<Result<Vec<_>, _>>()?;
        let mut options = CrawlOptions::new(seeds);
        options.frontier.delay = std::time::Duration::from_millis(50);
        options.max_pages = Some(500);
        options.max_duration = Some(std::time::Duration::from_secs(120));
        let summary = crawl(
            &store,
            &FetchConfig::default(),
            options,
            CancellationToken::new(),
        )
        .await?;
        print!("{}", summary::text(&summary));
        let records: Vec<_> = store.records(false).collect::<Result<_, _>>()?;
        let shown = records
            .iter()
            .find(|r| r.url.ends_with("t20230714_2001.html"))
            .or_else(|| records.iter().find(|r| r.kind == PageKind::Article));
        match shown {
            Some(record) => {
                println!(
                    "\n--- one of {} records (snapcrawl dump --format text) ---\n",
                    records.len()
                );
                print!("{}", render::text(record));
                Ok(())
            }
            None => bail!("the demo crawl stored no article"),
        }
    })
}
