//! Differential test: our robots.txt matcher (robotxt, RFC 9309) against
//! `robotstxt`, the port of Google's reference parser, on generated files
//! and paths: group selection, longest match, Allow on ties, `$`.
//!
//! Wildcards (`*`) are left to the unit tests in `robots.rs`: the port's
//! wildcard matching is wrong both ways (it allows `/x.htmlx.html` under
//! `Disallow: /*.html$`, and disallows `/ab/c/a` under `Allow: /*/a` +
//! `Disallow: /a`), so it is no oracle there; nor for empty path segments
//! (`//`). The oracle runs under `catch_unwind` (it panics on some inputs);
//! cases where it panics are skipped, not counted as agreement.

use proptest::prelude::*;
use snapcrawl_frontier::RobotsRules;

/// `/` followed by `text` with every run of slashes folded to one.
fn without_empty_segments(text: &str) -> String {
    let mut out = String::from("/");
    for c in text.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    out
}

fn rule() -> impl Strategy<Value = String> {
    let path = prop::collection::vec(
        prop::sample::select(vec!["/a", "/b", "/ab", "/a/", ".html", "?x=1", "/c"]),
        1..4,
    )
    .prop_map(|parts| without_empty_segments(&parts.concat()));
    (prop::bool::ANY, path, prop::bool::ANY).prop_map(|(allow, path, anchored)| {
        let end = if anchored { "$" } else { "" };
        format!("{}: {path}{end}", if allow { "Allow" } else { "Disallow" })
    })
}

fn robots_file() -> impl Strategy<Value = String> {
    let group = (
        prop::sample::select(vec!["*", "snapcrawl", "otherbot"]),
        prop::collection::vec(rule(), 0..5),
    )
        .prop_map(|(agent, rules)| format!("User-agent: {agent}\n{}\n", rules.join("\n")));
    prop::collection::vec(group, 1..3).prop_map(|groups| groups.join("\n"))
}

fn url_path() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!["/a", "/b", "/ab", "/a/", "/c", "x.html", "?x=1", "/d"]),
        1..4,
    )
    .prop_map(|parts| without_empty_segments(&parts.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("DIFFERENTIAL_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(3000), ..ProptestConfig::default() })]

    #[test]
    fn matcher_agrees_with_the_google_reference(file in robots_file(), path in url_path()) {
        let ours = RobotsRules::parse(file.as_bytes(), "snapcrawl").allows(&path);
        let url = format!("http://example.com{path}");
        let oracle = std::panic::catch_unwind(|| {
            robotstxt::DefaultMatcher::default().one_agent_allowed_by_robots(&file, "snapcrawl", &url)
        });
        if let Ok(theirs) = oracle {
            prop_assert_eq!(ours, theirs, "file:\n{}\npath: {}", file, path);
        }
    }
}
