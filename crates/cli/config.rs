//! Settings: defaults, then the config file, then `SNAPCRAWL_*` environment
//! variables and command-line flags (clap applies those two, flags first).
//! `config/snapcrawl.toml` documents every key.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context};
use chrono::FixedOffset;
use serde::Deserialize;
use snapcrawl_extract::{ProfileSpec, SiteProfile};

use crate::revisit::RevisitPolicy;

/// The whole config file.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Where and what to crawl.
    pub crawl: CrawlSection,
    /// How gently.
    pub politeness: PolitenessSection,
    /// The HTTP client.
    pub fetch: FetchSection,
    /// Which hosts besides the seeds'.
    pub scope: ScopeSection,
    /// Extraction defaults.
    pub extract: ExtractSection,
}

/// `[crawl]`
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CrawlSection {
    /// Store directory.
    pub store: PathBuf,
    /// Seed URLs used when none are given on the command line.
    pub seeds: Vec<String>,
    /// Stop after this many page requests (0: no limit).
    pub max_pages: u64,
    /// Links further than this many hops from a seed are not followed.
    pub max_depth: u32,
    /// Requests in flight across all hosts.
    pub concurrency: usize,
    /// Stop a run after this long (empty: no limit).
    pub max_duration: Option<String>,
    /// Known listing pages are fetched again this long after their last
    /// fetch ("0s": every run).
    pub revisit_listings: String,
    /// Known articles are re-checked this long after their last fetch.
    pub revisit_articles: String,
    /// Articles first stored longer ago than this are not re-checked.
    pub recheck_articles_for: String,
    /// Queue the `Sitemap:` URLs of robots.txt (in scope) as seeds.
    pub robots_sitemaps: bool,
    /// Keep each stored version's page as fetched (status, headers, body),
    /// for WARC `response` records.
    pub keep_raw_pages: bool,
}

impl Default for CrawlSection {
    fn default() -> Self {
        Self {
            store: PathBuf::from("snapcrawl-store"),
            seeds: Vec::new(),
            max_pages: 0,
            max_depth: 8,
            concurrency: 64,
            max_duration: None,
            revisit_listings: "0s".into(),
            revisit_articles: "1d".into(),
            recheck_articles_for: "30d".into(),
            robots_sitemaps: true,
            keep_raw_pages: false,
        }
    }
}

/// `[politeness]`
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PolitenessSection {
    /// Floor between two requests to one host.
    pub delay: String,
    /// Requests in flight per host.
    pub per_host: usize,
    /// Upper bound on robots.txt Crawl-delay and on the adaptive delay.
    pub crawl_delay_cap: String,
    /// A host's delay grows to this many times its response time (0: off).
    pub adaptive_factor: f64,
    /// Retries of a URL after 5xx or network errors; back-offs in a row
    /// before a host is given up for the run.
    pub retries: u32,
    /// First wait before retrying a URL (doubles each attempt).
    pub retry_backoff: String,
    /// First host-wide wait after 429/503 without Retry-After (doubles).
    pub throttle_backoff: String,
    /// Cap on Retry-After and on every back-off.
    pub max_backoff: String,
    /// How long a fetched robots.txt is reused.
    pub robots_cache_ttl: String,
    /// Product token matched against robots.txt `User-agent` lines.
    pub product_token: String,
    /// Contact URL put in the User-Agent header.
    pub contact: String,
}

impl Default for PolitenessSection {
    fn default() -> Self {
        Self {
            delay: "1s".into(),
            per_host: 1,
            crawl_delay_cap: "60s".into(),
            adaptive_factor: 2.0,
            retries: 3,
            retry_backoff: "30s".into(),
            throttle_backoff: "60s".into(),
            max_backoff: "1h".into(),
            robots_cache_ttl: "24h".into(),
            product_token: "snapcrawl".into(),
            contact: String::new(),
        }
    }
}

/// `[fetch]`
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FetchSection {
    /// Limit on establishing a connection.
    pub connect_timeout: String,
    /// Limit on a whole request.
    pub timeout: String,
    /// Body cap in bytes.
    pub max_body_bytes: usize,
    /// Forward proxy URL (empty: none).
    pub proxy: String,
}

impl Default for FetchSection {
    fn default() -> Self {
        Self {
            connect_timeout: "10s".into(),
            timeout: "30s".into(),
            max_body_bytes: 10 * 1024 * 1024,
            proxy: String::new(),
        }
    }
}

/// `[scope]`
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ScopeSection {
    /// Extra domains (and their subdomains) the crawl may visit.
    pub domains: Vec<String>,
}

/// `[extract]`
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct ExtractSection {
    /// Offset for page dates that state none, e.g. `+08:00` (empty: leave
    /// such dates to the extractor's rules).
    pub default_offset: String,
    /// Folder of site profiles (`*.toml`); relative to the config file.
    /// Empty: none.
    pub sites: PathBuf,
}

impl Config {
    /// Reads a config file; unknown keys and bad values are errors that
    /// name the file.
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading config {}", path.display()))?;
        let mut config: Config =
            toml::from_str(&text).with_context(|| format!("parsing config {}", path.display()))?;
        let sites = &mut config.extract.sites;
        if !sites.as_os_str().is_empty() && sites.is_relative() {
            *sites = path.parent().unwrap_or(Path::new(".")).join(&*sites);
        }
        config
            .validate()
            .with_context(|| format!("checking config {}", path.display()))?;
        Ok(config)
    }

    /// Checks values that the types do not.
    pub fn validate(&self) -> anyhow::Result<()> {
        parse_duration(&self.politeness.delay).context("politeness.delay")?;
        let p = &self.politeness;
        for (value, key) in [
            (&self.crawl.revisit_listings, "crawl.revisit_listings"),
            (&self.crawl.revisit_articles, "crawl.revisit_articles"),
            (
                &self.crawl.recheck_articles_for,
                "crawl.recheck_articles_for",
            ),
            (&p.crawl_delay_cap, "politeness.crawl_delay_cap"),
            (&p.retry_backoff, "politeness.retry_backoff"),
            (&p.throttle_backoff, "politeness.throttle_backoff"),
            (&p.max_backoff, "politeness.max_backoff"),
            (&p.robots_cache_ttl, "politeness.robots_cache_ttl"),
        ] {
            parse_duration(value).context(key)?;
        }
        if !(p.adaptive_factor.is_finite() && p.adaptive_factor >= 0.0) {
            bail!("politeness.adaptive_factor must be a number >= 0");
        }
        parse_duration(&self.fetch.connect_timeout).context("fetch.connect_timeout")?;
        parse_duration(&self.fetch.timeout).context("fetch.timeout")?;
        if let Some(d) = &self.crawl.max_duration {
            parse_duration(d).context("crawl.max_duration")?;
        }
        if self.politeness.per_host == 0 {
            bail!("politeness.per_host must be at least 1");
        }
        if self.crawl.concurrency == 0 {
            bail!("crawl.concurrency must be at least 1");
        }
        if self.politeness.product_token.is_empty()
            || !self
                .politeness
                .product_token
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '_')
        {
            bail!("politeness.product_token must be letters, '-' or '_' (RFC 9309)");
        }
        parse_offset(&self.extract.default_offset).context("extract.default_offset")?;
        Ok(())
    }
}

impl CrawlSection {
    /// The recrawl policy these settings describe.
    pub fn revisit(&self) -> anyhow::Result<RevisitPolicy> {
        Ok(RevisitPolicy {
            listings_after: parse_duration(&self.revisit_listings)
                .context("crawl.revisit_listings")?,
            articles_after: parse_duration(&self.revisit_articles)
                .context("crawl.revisit_articles")?,
            articles_for: parse_duration(&self.recheck_articles_for)
                .context("crawl.recheck_articles_for")?,
        })
    }
}

/// Reads every site profile (`*.toml`) in `dir`, each named by its file
/// stem; a bad profile, or two profiles for one host, is an error naming the
/// file.
pub fn load_site_profiles(dir: &Path) -> anyhow::Result<Vec<Arc<SiteProfile>>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading site profiles in {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut profiles: Vec<Arc<SiteProfile>> = Vec::new();
    let mut claimed: Vec<(String, String)> = Vec::new();
    for file in files {
        let name = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("reading site profile {}", file.display()))?;
        let spec: ProfileSpec = toml::from_str(&text)
            .with_context(|| format!("parsing site profile {}", file.display()))?;
        for host in &spec.hosts {
            let host = host.trim().to_ascii_lowercase();
            if let Some((_, other)) = claimed.iter().find(|(h, _)| *h == host) {
                bail!(
                    "site profile {}: host {host} is already in profile {other}",
                    file.display()
                );
            }
            claimed.push((host, name.clone()));
        }
        let profile = SiteProfile::new(&name, spec)
            .with_context(|| format!("site profile {}", file.display()))?;
        profiles.push(Arc::new(profile));
    }
    Ok(profiles)
}

/// Parses `1s`, `0.1s`, `250ms`, `2m`, `1h`, `1h30m` or a bare number of
/// seconds.
pub fn parse_duration(text: &str) -> anyhow::Result<Duration> {
    let text = text.trim();
    if text.is_empty() {
        bail!("empty duration");
    }
    let mut total = 0f64;
    let mut rest = text;
    while !rest.is_empty() {
        let number_len = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        if number_len == 0 {
            bail!("bad duration {text:?}: expected a number");
        }
        let number: f64 = rest[..number_len]
            .parse()
            .with_context(|| format!("bad duration {text:?}"))?;
        rest = &rest[number_len..];
        let unit_len = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match rest[..unit_len].trim() {
            "" | "s" | "sec" | "secs" => 1.0,
            "ms" => 0.001,
            "m" | "min" => 60.0,
            "h" => 3600.0,
            "d" => 86400.0,
            unit => bail!("bad duration {text:?}: unknown unit {unit:?} (use ms, s, m, h, d)"),
        };
        rest = &rest[unit_len..];
        total += number * scale;
    }
    Duration::try_from_secs_f64(total).with_context(|| format!("bad duration {text:?}"))
}

/// Parses `+08:00`, `-05:00`, `Z` or `UTC`; empty is `None`.
pub fn parse_offset(text: &str) -> anyhow::Result<Option<FixedOffset>> {
    let text = text.trim();
    match text {
        "" => Ok(None),
        "Z" | "UTC" | "utc" => Ok(FixedOffset::east_opt(0)),
        _ => {
            let sign = match &text[..1] {
                "+" => 1,
                "-" => -1,
                _ => bail!("bad offset {text:?}: expected +HH:MM or -HH:MM"),
            };
            let (h, m) = text[1..].split_once(':').unwrap_or((&text[1..], "0"));
            let (h, m): (i32, i32) = (
                h.parse().with_context(|| format!("bad offset {text:?}"))?,
                m.parse().with_context(|| format!("bad offset {text:?}"))?,
            );
            FixedOffset::east_opt(sign * (h * 3600 + m * 60))
                .map(Some)
                .with_context(|| format!("offset {text:?} out of range"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_every_documented_form() {
        assert_eq!(parse_duration("0.1s").unwrap(), Duration::from_millis(100));
        assert_eq!(parse_duration("250ms").unwrap(), Duration::from_millis(250));
        assert_eq!(parse_duration("0s").unwrap(), Duration::ZERO);
        assert_eq!(parse_duration("2").unwrap(), Duration::from_secs(2));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::from_secs(5400));
        assert!(parse_duration("fast").is_err());
        assert!(parse_duration("1 fortnight").is_err());
        assert!(parse_duration("-1s").is_err());
    }

    #[test]
    fn offsets() {
        assert_eq!(
            parse_offset("+08:00").unwrap(),
            FixedOffset::east_opt(8 * 3600)
        );
        assert_eq!(
            parse_offset("-05:30").unwrap(),
            FixedOffset::east_opt(-(5 * 3600 + 1800))
        );
        assert_eq!(parse_offset("").unwrap(), None);
        assert!(parse_offset("8").is_err());
    }

    #[test]
    fn the_shipped_config_file_loads_and_unknown_keys_are_refused() {
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/snapcrawl.toml");
        Config::load(&shipped).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "[politeness]\ndelai = \"1s\"\n").unwrap();
        let err = format!("{:#}", Config::load(&bad).unwrap_err());
        assert!(err.contains("bad.toml") && err.contains("delai"), "{err}");
        std::fs::write(&bad, "[politeness]\ndelay = \"soon\"\n").unwrap();
        assert!(format!("{:#}", Config::load(&bad).unwrap_err()).contains("politeness.delay"));
    }
}
