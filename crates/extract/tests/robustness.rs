//! Malformed, truncated, empty and binary input never panics.

use proptest::prelude::*;
use snapcrawl_extract::{decode, extract, feed, Input, Options};

fn page(body: &[u8], ct: Option<&str>) {
    let url = url::Url::parse("http://a.example/news/2024-01-02/x.html").unwrap();
    let _ = extract(
        &Input {
            url: &url,
            body,
            content_type: ct,
        },
        &Options::default(),
    );
    let _ = feed::parse(&url, body);
    let _ = decode(body, ct);
}

#[test]
fn fixed_nasty_inputs() {
    let fixture = std::fs::read(format!(
        "{}/tests/pages/zh_utf8_snapshot_article.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    for cut in (0..fixture.len()).step_by(97) {
        page(&fixture[..cut], Some("text/html; charset=utf-8"));
        page(&fixture[..cut], Some("text/html; charset=gbk"));
    }
    let cases: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"<".to_vec(),
        b"<html><body><p>unclosed <a href='".to_vec(),
        b"<a href='javascript:alert(1)'>x</a><a href='http://[::1'>y</a><a href='//'>z</a>".to_vec(),
        b"<base href='mailto:x'><a href='a'>a</a><link rel=canonical href='http://%'>".to_vec(),
        b"<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[[[[]]]],\"datePublished\":\"2024-99-99\"}</script>".to_vec(),
        b"<meta charset='utf-16'><p>\xff\xfe\x00</p>".to_vec(),
        b"\xef\xbb\xbf".to_vec(),
        b"\xfe\xff\x00<\x00p".to_vec(),
        b"\x1f\x8b\x08\x00garbage".to_vec(),
        b"<urlset><url><loc>".to_vec(),
        b"<rss><channel><item><link>http://a/</link>".to_vec(),
        "<p>2024年13月45日 99:99 来源： 作者： By </p>".as_bytes().to_vec(),
        "<h1></h1><div class=crumb><a>首页</a></div>".as_bytes().to_vec(),
        [b"<div>".repeat(5_000), b"text".to_vec()].concat(),
        [b"<table><tr><td>".repeat(500), b"cell".to_vec()].concat(),
        (0..=255u8).cycle().take(10_000).collect(),
    ];
    for c in &cases {
        page(c, None);
        page(c, Some("text/html; charset=gbk"));
        page(c, Some("text/html; charset=bogus"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_bytes_never_panic(body in proptest::collection::vec(any::<u8>(), 0..2048)) {
        page(&body, Some("text/html"));
    }

    #[test]
    fn random_markup_never_panics(parts in proptest::collection::vec(
        prop_oneof![
            Just("<p>".to_string()), Just("</p>".to_string()), Just("<div class=ad>".to_string()),
            Just("</div>".to_string()), Just("<h1>".to_string()), Just("<a href=/x/2024-01-01/1.html>".to_string()),
            Just("</a>".to_string()), Just("相关新闻".to_string()), Just("来源：".to_string()),
            Just("2024-01-02 03:04".to_string()), Just("<li>".to_string()), "[a-z 中文]{0,20}",
        ], 0..80)) {
        page(parts.concat().as_bytes(), None);
    }
}
