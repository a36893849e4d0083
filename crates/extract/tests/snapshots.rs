//! Snapshot tests over small fixture pages modelled on real layouts.
//! Update with `INSTA_UPDATE=always cargo test -p snapcrawl-extract` and review
//! the `.snap` files.

use snapcrawl_extract::{extract, Extraction, Input, Options};

fn render(ex: &Extraction) -> String {
    let mut v = serde_json::to_value(ex).expect("serialisable");
    // Links as one line each, to keep the snapshots readable.
    let links: Vec<String> = ex
        .links
        .iter()
        .map(|l| {
            format!(
                "{:12} {}{} {:?}",
                l.role.as_str(),
                l.url,
                if l.nofollow { " [nofollow]" } else { "" },
                l.text
            )
        })
        .collect();
    v["links"] = serde_json::json!(links);
    serde_json::to_string_pretty(&v).expect("json")
}

fn run(file: &str, url: &str, content_type: Option<&str>) -> String {
    let body = std::fs::read(format!("{}/tests/pages/{file}", env!("CARGO_MANIFEST_DIR")))
        .expect("fixture");
    let url = url::Url::parse(url).expect("url");
    render(&extract(
        &Input {
            url: &url,
            body: &body,
            content_type,
        },
        &Options::default(),
    ))
}

#[test]
fn chinese_gbk_article() {
    insta::assert_snapshot!(run(
        "zh_gbk_article.html",
        "http://www.zhongyuan.example/caijing/2024-03-29/doc-230195.shtml",
        Some("text/html"),
    ));
}

#[test]
fn chinese_utf8_article_with_related_and_more() {
    insta::assert_snapshot!(run(
        "zh_utf8_snapshot_article.html",
        "https://kuaizhao.example/guonei/2023-07-14/a-100.html",
        Some("text/html; charset=utf-8"),
    ));
}

#[test]
fn english_article_with_json_ld() {
    insta::assert_snapshot!(run(
        "en_jsonld_article.html",
        "https://www.riverton-herald.example/business/2024/05/12/riverton-regulators-approve-port-expansion",
        None,
    ));
}

#[test]
fn section_listing_page() {
    insta::assert_snapshot!(run(
        "zh_section_listing.html",
        "http://www.jiangcheng.example/caijing/index_2.html",
        Some("text/html; charset=utf-8"),
    ));
}

#[test]
fn german_news_article_with_a_byline_of_two_and_a_dotted_date() {
    insta::assert_snapshot!(run(
        "de_news_article.html",
        "https://www.rheinkurier.example/lokales/2022-01-21/radweg-am-fluss.html",
        Some("text/html; charset=utf-8"),
    ));
}

#[test]
fn english_blog_post_with_time_elements_and_category_links() {
    insta::assert_snapshot!(run(
        "en_blog_post.html",
        "https://coastalnotes.example/2019/04/19/tide-pools/",
        Some("text/html; charset=UTF-8"),
    ));
}

#[test]
fn chinese_page_declaring_gb2312_but_stored_as_utf8() {
    insta::assert_snapshot!(run(
        "zh_gb2312_declared_utf8.html",
        "http://www.dongfang-jingji.example/finance/2023-07-14/1005.html",
        None,
    ));
}
