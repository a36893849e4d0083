//! robots.txt rules for one host (RFC 9309), on top of `robotxt`.

use std::time::Duration;

use robotxt::{AccessResult, Robots};
use url::Url;

/// The rules the crawler follows on one host, built from the outcome of
/// fetching its robots.txt.
#[derive(Debug, Clone)]
pub struct RobotsRules {
    robots: Robots,
}

impl RobotsRules {
    /// Rules from a robots.txt body (the first 500 KiB count; a BOM, CRLF
    /// line ends and garbage lines are tolerated), for the group of
    /// `product_token` with `*` as fallback.
    pub fn parse(body: &[u8], product_token: &str) -> Self {
        let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
        let body = expand_leading_wildcards(body);
        Self {
            robots: Robots::parse(&body, product_token),
        }
    }

    /// Rules from the HTTP status of the robots.txt fetch (RFC 9309 §2.3.1):
    /// 2xx parses `body`; 4xx (but 429) allows everything; 5xx and 429
    /// disallow everything.
    pub fn from_status(status: u16, body: &[u8], product_token: &str) -> Self {
        match status {
            200..=299 => Self::parse(body, product_token),
            429 => Self::unreachable(),
            400..=499 => Self {
                robots: Robots::from_access(AccessResult::Unavailable, product_token),
            },
            _ => Self::unreachable(),
        }
    }

    /// Rules when robots.txt could not be reached (network error, timeout,
    /// 5xx): nothing but robots.txt may be fetched.
    fn unreachable() -> Self {
        Self {
            robots: Robots::disallow_all(),
        }
    }

    /// Whether `path_and_query` may be fetched (longest match wins, Allow
    /// wins ties, `*` and `$` understood).
    pub fn allows(&self, path_and_query: &str) -> bool {
        self.robots.is_allowed(path_and_query)
    }

    /// The Crawl-delay of the applicable group, if any.
    pub fn crawl_delay(&self) -> Option<Duration> {
        self.robots.crawl_delay()
    }

    /// `Sitemap:` URLs listed in the file.
    pub fn sitemaps(&self) -> &[Url] {
        self.robots.sitemaps()
    }
}

/// A rule such as `Disallow: */ab` matches `/ab` under the reference
/// matcher (the `*` may match nothing, before the leading `/`), but robotxt
/// prefixes a `/` and so would fail open on it. Each such rule is written as
/// the two rules that match the same paths: `/ab` and `/*/ab`.
fn expand_leading_wildcards(body: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    let needs = |line: &[u8]| -> Option<(usize, usize)> {
        let colon = line.iter().position(|&b| b == b':')?;
        let key = line[..colon].trim_ascii().to_ascii_lowercase();
        if key != b"allow" && key != b"disallow" {
            return None;
        }
        let value = &line[colon + 1..];
        let start = colon + 1 + (value.len() - value.trim_ascii_start().len());
        let value = &line[start..];
        value
            .starts_with(b"*")
            .then(|| (start, value.iter().take_while(|&&b| b == b'*').count()))
    };
    if !body
        .split(|&b| b == b'\n')
        .any(|line| needs(line).is_some_and(|(s, n)| line.get(s + n) == Some(&b'/')))
    {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = Vec::with_capacity(body.len() + 64);
    for line in body.split(|&b| b == b'\n') {
        match needs(line) {
            Some((start, stars)) if line.get(start + stars) == Some(&b'/') => {
                let rest = &line[start + stars..];
                out.extend_from_slice(&line[..start]);
                out.extend_from_slice(rest);
                out.push(b'\n');
                out.extend_from_slice(&line[..start]);
                out.extend_from_slice(b"/*");
                out.extend_from_slice(rest);
            }
            _ => out.extend_from_slice(line),
        }
        out.push(b'\n');
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RIG_LIKE: &[u8] = b"User-agent: BadBot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/press/\nDisallow: /search\nDisallow: /*?print=\nDisallow: /ads/\nCrawl-delay: 2\nSitemap: http://127.0.0.1:18001/sitemap.xml\n";

    #[test]
    fn longest_match_wins_and_allow_wins_ties() {
        let r = RobotsRules::parse(RIG_LIKE, "snapcrawl");
        assert!(!r.allows("/private/login.html"));
        assert!(r.allows("/private/press/release.html"));
        assert!(!r.allows("/search?q=x"));
        assert!(!r.allows("/news/1.html?print=1"));
        assert!(r.allows("/news/1.html"));
        let tie = RobotsRules::parse(b"User-agent: *\nDisallow: /a\nAllow: /a\n", "snapcrawl");
        assert!(tie.allows("/a"));
    }

    #[test]
    fn a_leading_wildcard_may_match_nothing() {
        let r = RobotsRules::parse(b"User-agent: *\nDisallow: */ab\n", "snapcrawl");
        assert!(!r.allows("/ab"));
        assert!(!r.allows("/x/ab"));
        assert!(r.allows("/xab"));
    }

    #[test]
    fn wildcards_backtrack_and_the_longest_pattern_wins() {
        let r = RobotsRules::parse(b"User-agent: *\nDisallow: /*.html$\n", "snapcrawl");
        assert!(!r.allows("/x.htmlx.html"));
        assert!(r.allows("/x.html?q=1"));
        let r = RobotsRules::parse(b"User-agent: *\nAllow: /*/a\nDisallow: /a\n", "snapcrawl");
        assert!(r.allows("/ab/c/a"));
        assert!(!r.allows("/ab"));
        let r = RobotsRules::parse(b"User-agent: *\nDisallow: /*/a\n", "snapcrawl");
        assert!(!r.allows("/a//ab"));
    }

    #[test]
    fn dollar_anchors_the_end() {
        let r = RobotsRules::parse(b"User-agent: *\nDisallow: /*.pdf$\n", "snapcrawl");
        assert!(!r.allows("/files/a.pdf"));
        assert!(r.allows("/files/a.pdf?x=1"));
    }

    #[test]
    fn crawl_delay_and_sitemaps_are_read() {
        let r = RobotsRules::parse(RIG_LIKE, "snapcrawl");
        assert_eq!(r.crawl_delay(), Some(Duration::from_secs(2)));
        assert_eq!(r.sitemaps().len(), 1);
    }

    #[test]
    fn our_own_group_is_chosen_over_the_fallback() {
        let txt = b"User-agent: *\nDisallow: /\n\nUser-agent: snapcrawl\nDisallow: /x\n";
        let r = RobotsRules::parse(txt, "snapcrawl");
        assert!(r.allows("/y"));
        assert!(!r.allows("/x"));
    }

    #[test]
    fn a_bom_does_not_hide_the_first_rule() {
        let r = RobotsRules::parse(
            b"\xEF\xBB\xBFUser-agent: *\r\nDisallow: /p\r\n",
            "snapcrawl",
        );
        assert!(!r.allows("/p"));
    }

    #[test]
    fn status_codes_follow_rfc_9309() {
        assert!(RobotsRules::from_status(404, b"", "snapcrawl").allows("/any"));
        assert!(!RobotsRules::from_status(500, b"", "snapcrawl").allows("/any"));
        assert!(!RobotsRules::from_status(429, b"", "snapcrawl").allows("/any"));
        assert!(RobotsRules::unreachable().allows("/robots.txt"));
    }
}
