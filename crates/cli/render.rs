//! How records are printed: JSON lines, and text in the layout of a
//! snapshot page (the seed record's layout, with its Chinese labels).

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset};
use snapcrawl_core::{LinkItem, SnapshotRecord};

/// One record as one line of JSON.
pub fn jsonl(record: &SnapshotRecord) -> String {
    serde_json::to_string(record).expect("records always serialise")
}

fn local_time(time: &DateTime<FixedOffset>) -> String {
    time.format("%Y-%m-%d %H:%M:%S").to_string()
}

fn push_item(out: &mut String, item: &LinkItem, excerpt_prefix: &str) {
    if let Some(title) = item.title.as_deref().filter(|t| !t.is_empty()) {
        let _ = writeln!(out, "{title}");
    }
    if let Some(excerpt) = item.excerpt.as_deref().filter(|e| !e.is_empty()) {
        let prefix = if excerpt.starts_with(['.', '…']) {
            ""
        } else {
            excerpt_prefix
        };
        let _ = writeln!(out, "{prefix}{excerpt}");
    }
    if let Some(date) = item.date.as_deref().filter(|d| !d.is_empty()) {
        let _ = writeln!(out, "{date}");
    }
    let _ = writeln!(out, "{}", item.url);
}

/// One record as a snapshot page: breadcrumb, title, the
/// 类别/发布时间/来源 line, the body, the snapshot footer (generation time in
/// the page's own offset when it has one, and the original URL), the related
/// list and the "more news" list.
pub fn text(record: &SnapshotRecord) -> String {
    let mut out = String::new();
    let offset = record
        .published
        .map(|p| *p.offset())
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
    if let Some(category) = &record.category {
        let _ = writeln!(out, "• 首页\n  • {category}\n");
    }
    let _ = writeln!(out, "{}\n", record.title.as_deref().unwrap_or("(无标题)"));
    let mut meta = Vec::new();
    if let Some(category) = &record.category {
        meta.push(format!("类别:{category}"));
    }
    if let Some(published) = &record.published {
        meta.push(format!("发布时间:{}", local_time(published)));
    }
    if let Some(source) = &record.source {
        meta.push(format!("来源:{source}"));
    }
    if let Some(author) = &record.author {
        meta.push(format!("作者:{author}"));
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "{}\n", meta.join(" "));
    }
    for paragraph in record
        .body
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let _ = writeln!(out, "{paragraph}\n");
    }
    let _ = writeln!(
        out,
        "以上内容为资讯信息快照,由snapcrawl爬虫进行采集并收录,信息内容不代表本站立场。\n"
    );
    let generated = record.generated_at.with_timezone(&offset);
    let _ = writeln!(
        out,
        "快照生成时间:{} (版本 {})\n",
        local_time(&generated),
        record.version
    );
    let _ = writeln!(out, "信息原文地址:{}\n", record.url);
    for item in &record.related {
        push_item(&mut out, item, "...");
    }
    if !record.more.is_empty() {
        let _ = writeln!(
            out,
            "更多关于{}的资讯:",
            record.category.as_deref().unwrap_or("本站")
        );
        for item in &record.more {
            push_item(&mut out, item, "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use snapcrawl_core::{PageKind, SnapshotRecord};

    fn sample() -> SnapshotRecord {
        SnapshotRecord {
            url: "http://news.example/guonei/2023-07-14/1.html".into(),
            fetched_url: "http://news.example/guonei/2023-07-14/1.html".into(),
            generated_at: "2023-07-14T15:45:13Z".parse().unwrap(),
            version: 1,
            kind: PageKind::Article,
            title: Some("浙江的特色小镇 如何打造升级版?".into()),
            category: Some("国内".into()),
            published: Some(DateTime::parse_from_rfc3339("2023-07-14T22:23:00+08:00").unwrap()),
            source: Some("杭州网".into()),
            body: "第一段。\n\n第二段。".into(),
            related: vec![LinkItem {
                url: "http://news.example/r/1.html".into(),
                title: None,
                excerpt: Some("准1171项。".into()),
                date: Some("2023-07-17 03:39:00".into()),
            }],
            more: vec![LinkItem {
                url: "http://news.example/m/2.html".into(),
                title: Some("清明寄相思,健康护民生".into()),
                excerpt: Some("江南时报讯 清明时节".into()),
                date: Some("2025-04-03 15:46:00".into()),
            }],
            ..Default::default()
        }
    }

    #[test]
    fn text_follows_the_snapshot_layout() {
        insta::assert_snapshot!(text(&sample()));
    }

    #[test]
    fn jsonl_is_one_line() {
        let line = jsonl(&sample());
        assert!(!line.contains('\n'));
        assert!(line.contains(r#""published":"2023-07-14T22:23:00+08:00""#));
    }
}
