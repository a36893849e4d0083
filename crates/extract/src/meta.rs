//! Facts the page states in machine-readable form: `<meta>` (OpenGraph,
//! `article:*`, `pubdate`, `author`, robots), JSON-LD (`NewsArticle` and
//! friends, also inside `@graph`), and the language.

use serde_json::Value;

use crate::dom::{is_cjk, HeadInfo};

/// Machine-readable facts of one page.
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    pub og_title: Option<String>,
    pub ld_headline: Option<String>,
    /// `<meta name=headline>` (or `ArticleTitle`): the headline as some
    /// publishing systems state it outside JSON-LD (while `og:title`
    /// carries a site suffix).
    pub meta_headline: Option<String>,
    pub ld_published: Option<String>,
    pub meta_published: Option<String>,
    /// JSON-LD `dateModified` of the article.
    pub ld_modified: Option<String>,
    /// `article:modified_time` / `og:updated_time`.
    pub meta_modified: Option<String>,
    pub ld_author: Option<String>,
    /// Whether the JSON-LD author is an `Organization` (the outlet or a
    /// desk) rather than a person.
    pub ld_author_is_organization: bool,
    pub meta_author: Option<String>,
    pub article_author: Option<String>,
    pub site_name: Option<String>,
    pub ld_publisher: Option<String>,
    pub article_section: Option<String>,
    /// `<meta name=source>` / `ContentSource` (Chinese news and government
    /// sites name the originating outlet there), without a `来源：` label.
    pub meta_source: Option<String>,
    /// `<meta name=mediaid>`: the medium whose story a Chinese portal
    /// (Sohu, Sina) carries, when it is a name, not an account number.
    pub media_name: Option<String>,
    /// `<meta name=ColumnName>`: the section, as Chinese government sites
    /// state it.
    pub column_name: Option<String>,
    pub ld_section: Option<String>,
    /// `og:type` is article or JSON-LD has an article type.
    pub says_article: bool,
    pub robots_noindex: bool,
    pub robots_nofollow: bool,
    pub content_language: Option<String>,
    /// `description` / `og:description` (a last resort for the date).
    pub description: Option<String>,
}

/// `<meta>` names that carry a publication time, best first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "publication_date",
    "ptime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article:published",
    "pdate",
    "date",
];

/// `<meta>` names that carry the time of the last change, best first.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
];

/// `<meta>` names that analytics tags give the article's writer under;
/// tried before `author`, which often names the site.
const ANALYTICS_AUTHOR_KEYS: &[&str] = &["parsely-author", "sailthru.author", "cxenseparse:author"];

/// Dublin Core and other `<meta>` names for the author, tried after
/// `author` (`content_author`: the Indonesian portals' templates).
const DUBLIN_CORE_AUTHOR_KEYS: &[&str] = &[
    "dc.creator",
    "dc:creator",
    "article:author_name",
    "content_author",
];

/// The facts a page's `<meta>` tags and JSON-LD give.
pub(crate) fn read(head: &HeadInfo) -> PageMeta {
    let mut m = PageMeta::default();
    let get = |k: &str| values_of(&head.metas, k).next().map(str::to_string);
    m.og_title = get("og:title").or_else(|| get("twitter:title"));
    // Chinese government and TRS sites state the headline as
    // `ArticleTitle`, sometimes with the subtitle's markup after it.
    m.meta_headline = get("headline").or_else(|| {
        get("articletitle")
            .and_then(|t| t.split('<').next().map(|t| t.trim().to_string()))
            .filter(|t| !t.is_empty())
    });
    m.meta_published = PUBLISHED_KEYS
        .iter()
        .find_map(|k| get(k))
        .map(expand_compact_date);
    m.meta_modified = MODIFIED_KEYS
        .iter()
        .find_map(|k| get(k))
        .map(expand_compact_date);
    m.site_name = get("og:site_name");
    m.meta_author = ANALYTICS_AUTHOR_KEYS
        .iter()
        .find_map(|k| get(k))
        .or_else(|| author_tag(&head.metas, m.site_name.as_deref()))
        .or_else(|| written_by_label(&head.metas))
        .or_else(|| DUBLIN_CORE_AUTHOR_KEYS.iter().find_map(|k| get(k)))
        .or_else(|| citation_authors(&head.metas))
        .filter(|a| is_name(a));
    m.article_author = get("article:author").filter(|a| is_name(a));
    m.article_section = get("article:section").map(|v| section_list(&v));
    m.meta_source = get("source")
        .or_else(|| get("contentsource"))
        .filter(|v| is_name(v))
        .and_then(|v| crate::labels::source_value(&v));
    m.media_name = get("mediaid")
        .filter(|v| !v.contains(|c: char| c.is_ascii_digit()) && v.chars().count() <= 30)
        .and_then(|v| crate::labels::source_value(&v));
    m.column_name = get("columnname");
    m.says_article = get("og:type").is_some_and(|t| t.eq_ignore_ascii_case("article"));
    m.content_language = get("content-language").or_else(|| get("language"));
    m.description = get("description").or_else(|| get("og:description"));
    for (n, v) in &head.metas {
        if n == "robots" {
            for tok in v.to_ascii_lowercase().split([',', ' ']) {
                match tok.trim() {
                    "noindex" => m.robots_noindex = true,
                    "nofollow" => m.robots_nofollow = true,
                    "none" => {
                        m.robots_noindex = true;
                        m.robots_nofollow = true;
                    }
                    _ => {}
                }
            }
        }
    }
    // The article's `dateCreated`, for pages whose JSON-LD states no
    // `datePublished` (in any of its scripts).
    let mut ld_created = None;
    for raw in &head.ld_json {
        let raw = without_cdata(raw);
        let parsed = serde_json::from_str::<Value>(raw).or_else(|_| {
            // Raw control characters inside strings are a common JSON-LD defect.
            let fixed: String = raw
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            serde_json::from_str::<Value>(fixed.trim().trim_end_matches(';'))
        });
        if let Ok(v) = parsed {
            let mut objs = Vec::new();
            collect_objects(&v, &mut objs, 0);
            let article = objs
                .iter()
                .find(|o| type_matches(o, is_article_type))
                .or_else(|| objs.iter().find(|o| type_matches(o, |t| t == "WebPage")));
            if let Some(a) = article {
                ld_created = ld_created.or_else(|| str_of(a.get("dateCreated")));
                if type_matches(a, is_article_type) {
                    m.says_article = true;
                }
                m.ld_headline = m.ld_headline.take().or_else(|| str_of(a.get("headline")));
                m.ld_published = m
                    .ld_published
                    .take()
                    .or_else(|| str_of(a.get("datePublished")));
                m.ld_modified = m
                    .ld_modified
                    .take()
                    .or_else(|| str_of(a.get("dateModified")));
                if m.ld_author.is_none() {
                    m.ld_author = a.get("author").and_then(|x| names_of(x, &objs));
                    m.ld_author_is_organization = m.ld_author.is_some()
                        && a.get("author").is_some_and(|x| is_organization(x, &objs));
                }
                m.ld_publisher = m.ld_publisher.take().or_else(|| {
                    a.get("publisher")
                        .and_then(|p| str_of(Some(p)).or_else(|| str_of(p.get("name"))))
                });
                m.ld_section = m
                    .ld_section
                    .take()
                    .or_else(|| match a.get("articleSection") {
                        Some(Value::Array(xs)) => {
                            let names: Vec<String> =
                                xs.iter().filter_map(|x| str_of(Some(x))).collect();
                            (!names.is_empty()).then(|| section_list(&names.join(", ")))
                        }
                        other => str_of(other).map(|v| section_list(&v)),
                    });
            }
        }
    }
    m.ld_published = m.ld_published.or(ld_created);
    m
}

/// A metadata date written in digits only, `YYYYMMDD` with maybe the
/// time glued on or after a `T` (`20240301`, `20240301143000`,
/// `20240301T1430Z`), with the dashes and colons of ISO 8601 that the date
/// patterns read (`2024-03-01T14:30:00Z`); any other value as it is.
/// Only metadata values are read so: in running text eight digits are an
/// ID or a phone number.
fn expand_compact_date(value: String) -> String {
    let leading_digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    if leading_digits(&value) < 8 || !(value.starts_with("19") || value.starts_with("20")) {
        return value;
    }
    let (date, rest) = value.split_at(8);
    let after_t = rest.strip_prefix('T').unwrap_or(rest);
    let (clock, tail) = after_t.split_at(leading_digits(after_t));
    let time = match clock.len() {
        0 if after_t.len() == rest.len() => String::new(),
        4 => format!("T{}:{}:00", &clock[..2], &clock[2..]),
        6 => format!("T{}:{}:{}", &clock[..2], &clock[2..4], &clock[4..]),
        _ => return value,
    };
    format!("{}-{}-{}{time}{tail}", &date[..4], &date[4..6], &date[6..])
}

/// A JSON-LD script's text without the `<![CDATA[ … ]]>` wrapper (with or
/// without `//` before each part) that XHTML-minded pages put around it.
fn without_cdata(raw: &str) -> &str {
    let t = raw.trim();
    let t = t.strip_prefix("//").unwrap_or(t).trim_start();
    match t.strip_prefix("<![CDATA[") {
        Some(inner) => {
            let inner = inner.trim_end();
            let inner = inner.strip_suffix("]]>").unwrap_or(inner).trim_end();
            inner.strip_suffix("//").unwrap_or(inner).trim()
        }
        None => raw.trim(),
    }
}

/// The author in a `twitter:labelN` / `twitter:dataN` pair whose label
/// says "written by" (`Written by`, `Verfasst von`), as blog engines
/// add it beside the share card.
fn written_by_label(metas: &[(String, String)]) -> Option<String> {
    metas.iter().find_map(|(n, v)| {
        let k = n.strip_prefix("twitter:label")?;
        let said = v.trim().to_lowercase();
        crate::labels::BYLINE_LEAD_PHRASES
            .contains(&said.as_str())
            .then(|| {
                let data = format!("twitter:data{k}");
                let value = values_of(metas, &data).next().map(str::to_string);
                value
            })?
    })
}

/// Several sections written as one comma list (`Politik, Inland`) become
/// a `"; "` list, the way categories are joined.
fn section_list(v: &str) -> String {
    v.split(", ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Every JSON object in a JSON-LD value, with those of an `@graph`, down
/// to depth 4.
fn collect_objects<'v>(v: &'v Value, out: &mut Vec<&'v Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(xs) => xs.iter().for_each(|x| collect_objects(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(v);
            if let Some(g) = o.get("@graph") {
                collect_objects(g, out, depth + 1);
            }
            if let Some(e) = o.get("mainEntity") {
                collect_objects(e, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// Whether a schema.org `@type` is an article (`NewsArticle`,
/// `BlogPosting`, …).
fn is_article_type(t: &str) -> bool {
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting" | "LiveBlogPosting" | "Report" | "SocialMediaPosting"
        )
}

/// Whether an object's `@type` (a string or a list) satisfies `f`.
fn type_matches(o: &Value, f: impl Fn(&str) -> bool) -> bool {
    match o.get("@type") {
        Some(Value::String(s)) => f(s),
        Some(Value::Array(xs)) => xs.iter().any(|x| x.as_str().is_some_and(&f)),
        _ => false,
    }
}

/// Whether a JSON-LD `author` (one object or a list) is only
/// organisations; an author given by `@id` is the object of that id.
fn is_organization(author: &Value, objs: &[&Value]) -> bool {
    let organization = |o: &Value| {
        let referenced = o.get("@id").and_then(Value::as_str).and_then(|id| {
            objs.iter()
                .find(|x| x.get("@id").and_then(Value::as_str) == Some(id))
        });
        let o = referenced.unwrap_or(&o);
        // Blog engines type a one-person site `["Person", "Organization"]`.
        type_matches(o, |t| t.ends_with("Organization")) && !type_matches(o, |t| t == "Person")
    };
    match author {
        Value::Array(xs) => !xs.is_empty() && xs.iter().all(organization),
        other => organization(other),
    }
}

/// A JSON string with entities decoded and white space collapsed; `None`
/// when absent, not a string or empty.
fn str_of(v: Option<&Value>) -> Option<String> {
    let s = v?.as_str()?;
    let s = crate::dom::collapse_ws(&decode_entities(s));
    (!s.is_empty()).then_some(s)
}

/// JSON-LD strings sometimes carry HTML entities (`&amp;`, `&mdash;`).
fn decode_entities(s: &str) -> String {
    if !(s.contains('&') && s.contains(';')) {
        return s.to_string();
    }
    let frag = scraper::Html::parse_fragment(&format!("<p>{}</p>", s.replace('<', "&lt;")));
    frag.root_element().text().collect()
}

/// Author names of a JSON-LD `author` (string, Person, or a list of them;
/// a Person's `name` may list several).
/// A bare reference (`{"@id": "…#/schema/person/1"}`, as `@graph` pages
/// write it) takes the name of the object with that `@id`.
fn names_of(v: &Value, objs: &[&Value]) -> Option<String> {
    let mut names = Vec::new();
    let referenced = |x: &Value| {
        let id = x.get("@id")?.as_str()?;
        objs.iter()
            .find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
            .and_then(|o| str_of(o.get("name")))
    };
    let mut push = |x: &Value| {
        // A Person whose `name` lists several people (`"name": ["A", "B"]`).
        let found: Vec<String> = match x.get("name") {
            Some(Value::Array(ns)) => ns.iter().filter_map(|n| str_of(Some(n))).collect(),
            _ => str_of(Some(x))
                .or_else(|| str_of(x.get("name")))
                .or_else(|| referenced(x))
                .into_iter()
                .collect(),
        };
        for n in found.into_iter().filter(|n| is_name(n)) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    };
    match v {
        Value::Array(xs) => xs.iter().for_each(&mut push),
        other => push(other),
    }
    join_names(&names)
}

/// The non-empty values, trimmed, of the `<meta>` tags named `name`, in
/// page order.
fn values_of<'a, 'n>(
    metas: &'a [(String, String)],
    name: &'n str,
) -> impl Iterator<Item = &'a str> + use<'a, 'n> {
    metas
        .iter()
        .filter(move |(n, v)| n == name && !v.trim().is_empty())
        .map(|(_, v)| v.trim())
}

/// The `<meta name=author>` value. A page may give two, the outlet and
/// then the writer (`한국일보`, `신현주 기자`): the first that is not the
/// site's name (`og:site_name`, `site`), else the first.
fn author_tag(metas: &[(String, String)], site: Option<&str>) -> Option<String> {
    let mut authors = values_of(metas, "author");
    let first = authors.next()?;
    let writer = if Some(first) == site {
        authors.find(|a| Some(*a) != site).unwrap_or(first)
    } else {
        first
    };
    Some(writer.to_string())
}

/// The Highwire Press `citation_author` tags that papers, reports and
/// think-tank pages give, one per author, joined.
fn citation_authors(metas: &[(String, String)]) -> Option<String> {
    let names: Vec<String> = values_of(metas, "citation_author")
        .map(str::to_string)
        .collect();
    join_names(&names)
}

/// Joins names the way pages write them: Chinese with spaces, others as
/// `A`, `A and B`, `A, B and C`.
pub(crate) fn join_names(names: &[String]) -> Option<String> {
    match names {
        [] => None,
        [one] => Some(one.clone()),
        _ if names
            .iter()
            .all(|n| n.chars().all(|c| is_cjk(c) || c == '·')) =>
        {
            Some(names.join(" "))
        }
        [init @ .., last] => Some(format!("{} and {}", init.join(", "), last)),
    }
}

/// A person's name rather than a URL or a blurb.
fn is_name(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.chars().count() <= 80
        && !s.contains("://")
        && !s.starts_with('/')
        && !s.contains('@')
}

/// The page language: `<html lang>` / Content-Language, else a guess from
/// the script of the text (Han → zh, kana → ja, hangul → ko; Latin text with
/// common English function words → en).
pub(crate) fn lang(declared: Option<&str>, sample: &str) -> Option<String> {
    if let Some(l) = declared {
        let primary = l
            .split([',', ';'])
            .next()
            .unwrap_or("")
            .split(['-', '_'])
            .next()
            .unwrap_or("");
        let primary = primary.trim().to_ascii_lowercase();
        let known3 = matches!(
            primary.as_str(),
            "fil" | "yue" | "cmn" | "haw" | "ast" | "ckb" | "nds" | "gsw"
        );
        if (primary.len() == 2 || known3) && primary.chars().all(|c| c.is_ascii_alphabetic()) {
            return Some(primary);
        }
    }
    let (mut han, mut kana, mut hangul, mut latin) = (0usize, 0usize, 0usize, 0usize);
    for c in sample.chars().take(20_000) {
        match c as u32 {
            0x3040..=0x30FF => kana += 1,
            0xAC00..=0xD7AF => hangul += 1,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => han += 1,
            _ if c.is_ascii_alphabetic() => latin += 1,
            _ => {}
        }
    }
    let total = han + kana + hangul + latin;
    if total < 20 {
        return None;
    }
    if kana * 10 > total {
        return Some("ja".into());
    }
    if hangul * 5 > total {
        return Some("ko".into());
    }
    if han * 5 > total {
        return Some("zh".into());
    }
    let words: Vec<String> = sample
        .split_whitespace()
        .take(2000)
        .map(|w| w.to_ascii_lowercase())
        .collect();
    let common = words
        .iter()
        .filter(|w| {
            matches!(
                w.as_str(),
                "the" | "and" | "of" | "to" | "in" | "is" | "that" | "for" | "was" | "with"
            )
        })
        .count();
    (words.len() >= 20 && common * 100 >= words.len() * 6).then(|| "en".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The published time read from a page whose only `<meta>` is `name`.
    fn published_meta(name: &str, value: &str) -> Option<String> {
        read(&head(&[(name, value)], &[])).meta_published
    }

    fn head(metas: &[(&str, &str)], ld: &[&str]) -> HeadInfo {
        HeadInfo {
            metas: metas
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect(),
            ld_json: ld.iter().map(|s| s.to_string()).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn stated_source_and_column_metas() {
        let m = read(&head(
            &[
                ("source", "来源：人民网-文化频道 原创稿"),
                ("columnname", "投资运行"),
            ],
            &[],
        ));
        assert_eq!(m.meta_source.as_deref(), Some("人民网-文化频道"));
        assert_eq!(m.column_name.as_deref(), Some("投资运行"));
        let m = read(&head(
            &[
                ("og:title", "Minister resigns-Politics | Daily"),
                ("headline", "Minister resigns"),
            ],
            &[],
        ));
        assert_eq!(m.meta_headline.as_deref(), Some("Minister resigns"));
        // A government site's `ArticleTitle`, cut where a subtitle's
        // markup begins.
        let m = read(&head(
            &[(
                "articletitle",
                "夏粮收购工作全面启动<div>——市农业农村局部署</div>",
            )],
            &[],
        ));
        assert_eq!(m.meta_headline.as_deref(), Some("夏粮收购工作全面启动"));
        let m = read(&head(&[("article:section", "Politik, Inland")], &[]));
        assert_eq!(m.article_section.as_deref(), Some("Politik; Inland"));
        let m = read(&head(&[("contentsource", "巴彦淖尔日报")], &[]));
        assert_eq!(m.meta_source.as_deref(), Some("巴彦淖尔日报"));
        // A URL is where the page came from, not a publisher's name.
        let m = read(&head(&[("source", "https://example.com/a/1.html")], &[]));
        assert_eq!(m.meta_source, None);
        let m = read(&head(&[("mediaid", "齐鲁晚报")], &[]));
        assert_eq!(m.media_name.as_deref(), Some("齐鲁晚报"));
        let m = read(&head(&[("mediaid", "121106842")], &[]));
        assert_eq!(m.media_name, None);
    }

    #[test]
    fn json_ld_in_a_cdata_wrapper_and_modified_times() {
        let ld = r#"{"@type":"NewsArticle","datePublished":"2020-07-10T14:15:42+00:00","dateModified":"2025-01-07T09:08:22+00:00"}"#;
        for wrapped in [
            format!("\n<![CDATA[\n{ld}\n]]>\n"),
            format!("//<![CDATA[\n{ld}\n//]]>"),
        ] {
            let m = read(&head(&[], &[&wrapped]));
            assert_eq!(m.ld_published.as_deref(), Some("2020-07-10T14:15:42+00:00"));
            assert_eq!(m.ld_modified.as_deref(), Some("2025-01-07T09:08:22+00:00"));
        }
        let m = read(&head(
            &[("article:modified_time", "2022-01-12T14:27:30+00:00")],
            &[],
        ));
        assert_eq!(
            m.meta_modified.as_deref(),
            Some("2022-01-12T14:27:30+00:00")
        );
    }

    #[test]
    fn json_ld_date_created_stands_in_for_a_missing_date_published() {
        let created = r#"{"@type":"NewsArticle","dateCreated":"2024-03-01T09:00:00+01:00"}"#;
        let m = read(&head(&[], &[created]));
        assert_eq!(m.ld_published.as_deref(), Some("2024-03-01T09:00:00+01:00"));
        let both = r#"{"@type":"NewsArticle","dateCreated":"2024-02-28T18:00:00+01:00","datePublished":"2024-03-01T09:00:00+01:00"}"#;
        let m = read(&head(&[], &[both]));
        assert_eq!(m.ld_published.as_deref(), Some("2024-03-01T09:00:00+01:00"));
        // A datePublished in a later script still wins over dateCreated.
        let published = r#"{"@type":"NewsArticle","datePublished":"2024-03-02T10:00:00+01:00"}"#;
        let m = read(&head(&[], &[created, published]));
        assert_eq!(m.ld_published.as_deref(), Some("2024-03-02T10:00:00+01:00"));
    }

    #[test]
    fn published_time_variants_of_meta_names_are_read() {
        for name in ["article:published", "pdate"] {
            assert_eq!(
                published_meta(name, "2018-09-25T21:28:31Z").as_deref(),
                Some("2018-09-25T21:28:31Z"),
                "{name}"
            );
        }
        // The OpenGraph name wins over a generic `date`.
        let m = read(&head(
            &[("date", "2018-01-01"), ("article:published", "2018-09-25")],
            &[],
        ));
        assert_eq!(m.meta_published.as_deref(), Some("2018-09-25"));
    }

    #[test]
    fn compact_digit_dates_in_metas_are_read() {
        assert_eq!(
            published_meta("pubdate", "20240301").as_deref(),
            Some("2024-03-01")
        );
        assert_eq!(
            published_meta("publishdate", "20240301143000").as_deref(),
            Some("2024-03-01T14:30:00")
        );
        assert_eq!(
            published_meta("date", "20240301T1430Z").as_deref(),
            Some("2024-03-01T14:30:00Z")
        );
        assert_eq!(
            published_meta("date", "20240301T143005+0100").as_deref(),
            Some("2024-03-01T14:30:05+0100")
        );
        // Other digits stay as they are: a Unix time, an ID, a date with
        // dashes already.
        for as_is in [
            "1709301234",
            "2024030114",
            "202403011",
            "20240301T14",
            "2024-03-01",
        ] {
            assert_eq!(published_meta("pubdate", as_is).as_deref(), Some(as_is));
        }
        let found = crate::dates::find_date("2024-03-01T14:30:05+0100").map(|f| f.has_time);
        assert_eq!(found, Some(true));
        let modified = read(&head(&[("last-modified", "20240302")], &[])).meta_modified;
        assert_eq!(modified.as_deref(), Some("2024-03-02"));
    }

    #[test]
    fn json_ld_article_in_graph() {
        let h = head(
            &[
                ("og:site_name", "Site"),
                ("robots", "noindex, nofollow"),
                ("article:author", "https://x.com/a"),
            ],
            &[
                r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"S"},
                {"@type":["NewsArticle"],"headline":"Big &amp; news&mdash;now","datePublished":"2024-06-28T22:58:00Z",
                 "author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Smith"}],
                 "publisher":{"@type":"Organization","name":"Pub"},"articleSection":["World","X"]}]}"#,
            ],
        );
        let m = read(&h);
        assert_eq!(m.ld_headline.as_deref(), Some("Big & news—now"));
        assert_eq!(m.ld_author.as_deref(), Some("Jane Doe and John Smith"));
        assert_eq!(m.ld_publisher.as_deref(), Some("Pub"));
        assert_eq!(m.ld_section.as_deref(), Some("World; X"));
        assert_eq!(m.site_name.as_deref(), Some("Site"));
        assert_eq!(m.article_author, None);
        assert!(m.says_article && m.robots_noindex && m.robots_nofollow);
    }

    #[test]
    fn json_ld_author_by_reference_and_written_by_card_label() {
        let h = head(
            &[],
            &[r#"{"@context":"https://schema.org","@graph":[
                {"@type":"Article","headline":"H","author":{"@id":"https://x.de/#/schema/person/1"}},
                {"@type":"Person","@id":"https://x.de/#/schema/person/1","name":"Jana Berg"}]}"#],
        );
        assert_eq!(read(&h).ld_author.as_deref(), Some("Jana Berg"));
        assert!(!read(&h).ld_author_is_organization);
        // One Person whose name lists two people.
        let h = head(
            &[],
            &[
                r#"{"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":["Letícia Arruda","Paulo Henrique Sampaio"]}}"#,
            ],
        );
        assert_eq!(
            read(&h).ld_author.as_deref(),
            Some("Letícia Arruda and Paulo Henrique Sampaio")
        );
        let h = head(
            &[],
            &[r##"{"@graph":[
                {"@type":"NewsArticle","headline":"H","author":{"@id":"#org"}},
                {"@type":"NewsMediaOrganization","@id":"#org","name":"Daily Paper"}]}"##],
        );
        assert!(read(&h).ld_author_is_organization);
        let h = head(
            &[],
            &[r##"{"@graph":[
                {"@type":"BlogPosting","headline":"H","author":{"@id":"#me"}},
                {"@type":["Person","Organization"],"@id":"#me","name":"Jana Berg"}]}"##],
        );
        assert!(!read(&h).ld_author_is_organization);
        let h = head(
            &[
                ("twitter:label1", "Verfasst von"),
                ("twitter:data1", "Jana Berg"),
                ("twitter:label2", "Geschätzte Lesezeit"),
                ("twitter:data2", "9 Minuten"),
            ],
            &[],
        );
        assert_eq!(read(&h).meta_author.as_deref(), Some("Jana Berg"));
        let h = head(
            &[
                ("twitter:label1", "Est. reading time"),
                ("twitter:data1", "9 minutes"),
            ],
            &[],
        );
        assert_eq!(read(&h).meta_author, None);
    }

    #[test]
    fn broken_json_ld_with_raw_newlines_still_parses() {
        let h = head(&[], &["{\"@type\":\"Article\",\"headline\":\"a\nb\"};"]);
        assert_eq!(read(&h).ld_headline.as_deref(), Some("a b"));
        let h = head(&[], &["{not json"]);
        assert_eq!(read(&h).ld_headline, None);
    }

    #[test]
    fn names_join_like_pages() {
        let v = |xs: &[&str]| join_names(&xs.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(v(&["吴明", "刘勇"]).as_deref(), Some("吴明 刘勇"));
        assert_eq!(
            v(&["A B", "C D", "E F"]).as_deref(),
            Some("A B, C D and E F")
        );
    }

    #[test]
    fn language_from_attribute_or_script() {
        assert_eq!(lang(Some("zh-CN"), "").as_deref(), Some("zh"));
        assert_eq!(lang(Some("EN_us"), "").as_deref(), Some("en"));
        assert_eq!(
            lang(None, &"浙江的特色小镇如何打造升级版".repeat(3)).as_deref(),
            Some("zh")
        );
        let en = "The council said that the plan for the new bridge was approved in the spring and is due to open";
        assert_eq!(lang(None, en).as_deref(), Some("en"));
        assert_eq!(lang(None, "Der Rat sagte heute, dass die neue Brücke im Frühjahr genehmigt wurde und bald öffnet"), None);
    }

    #[test]
    fn author_under_analytics_and_dublin_core_names() {
        let h = head(&[("cxenseparse:author", "Jana Berg")], &[]);
        assert_eq!(read(&h).meta_author.as_deref(), Some("Jana Berg"));
        let h = head(&[("dc.creator", "Jane Roe"), ("author", "John Doe")], &[]);
        assert_eq!(read(&h).meta_author.as_deref(), Some("John Doe"));
        let h = head(
            &[("author", "The Daily"), ("parsely-author", "Jane Roe")],
            &[],
        );
        assert_eq!(read(&h).meta_author.as_deref(), Some("Jane Roe"));
        let h = head(&[("content_author", "Dewi Anggraini")], &[]);
        assert_eq!(read(&h).meta_author.as_deref(), Some("Dewi Anggraini"));
        let h = head(
            &[
                ("citation_author", "Rachel Okafor"),
                ("citation_author", "Daniel Kessler"),
            ],
            &[],
        );
        assert_eq!(
            read(&h).meta_author.as_deref(),
            Some("Rachel Okafor and Daniel Kessler")
        );
    }

    #[test]
    fn an_author_tag_naming_the_site_gives_way_to_the_next() {
        let h = head(
            &[
                ("author", "한국신문"),
                ("author", "김민수 기자"),
                ("og:site_name", "한국신문"),
            ],
            &[],
        );
        assert_eq!(read(&h).meta_author.as_deref(), Some("김민수 기자"));
        let h = head(
            &[("author", "Daily Post"), ("og:site_name", "Daily Post")],
            &[],
        );
        assert_eq!(read(&h).meta_author.as_deref(), Some("Daily Post"));
    }
}
