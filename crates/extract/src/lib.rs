//! Pure extraction: bytes + URL + headers in, article fields and classified
//! links out. No IO, no clock, no panics: malformed, binary or empty input
//! gives an empty or partial [`Extraction`].
//!
//! One parse per page: the document is parsed once with `scraper`, flattened
//! into a pre-order array ([`dom`]), and every rule walks that array.
//!
//! ```
//! use snapcrawl_extract::{extract, Input, Options, PageKind};
//!
//! let url = url::Url::parse("https://news.example.com/guonei/2023-07-14/doc-1.shtml").unwrap();
//! let html = r#"<html lang="zh-CN"><head><title>浙江的特色小镇 如何打造升级版? - 杭州网</title></head><body>
//!   <div class="crumb"><a href="/">首页</a> &gt; <a href="/guonei/">国内</a> &gt; 正文</div>
//!   <h1>浙江的特色小镇 如何打造升级版?</h1>
//!   <div class="info">发布时间：2023-07-14 22:23:00 来源：<a href="/">杭州网</a> 记者 吴明 刘勇</div>
//!   <div class="content">
//!     <p>潮新闻讯 7月13日下午，浙江特色小镇建设工作现场推进会在云栖小镇举行。指针拨回2014年，特色小镇这一创新模式走出浙江、奔涌全国。</p>
//!     <p>今天，站在特色小镇发轫的土地上回看，浙江的特色小镇发生了哪些演化变迁，今后又该走向何方？记者在现场了解到，浙江将全力打造特色小镇升级版。</p>
//!     <p>责任编辑：张三</p>
//!   </div></body></html>"#;
//! let ex = extract(
//!     &Input { url: &url, body: html.as_bytes(), content_type: Some("text/html; charset=utf-8") },
//!     &Options::default(),
//! );
//! assert_eq!(ex.kind, PageKind::Article);
//! assert_eq!(ex.title.as_deref(), Some("浙江的特色小镇 如何打造升级版?"));
//! assert_eq!(ex.category.as_deref(), Some("国内"));
//! assert_eq!(ex.source.as_deref(), Some("杭州网"));
//! assert_eq!(ex.author.as_deref(), Some("吴明 刘勇"));
//! assert_eq!(ex.editor.as_deref(), Some("张三"));
//! // No offset on the page, none configured, Chinese page: +08:00 is inferred.
//! assert_eq!(ex.published.unwrap().to_rfc3339(), "2023-07-14T22:23:00+08:00");
//! assert!(ex.body.starts_with("潮新闻讯") && !ex.body.contains("责任编辑"));
//! assert_eq!(ex.lang.as_deref(), Some("zh"));
//! ```

mod blocks;
mod body;
mod charset;
mod dates;
mod dom;
pub mod feed;
mod labels;
mod meta;
mod profile;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use scraper::Html;
use serde::Serialize;
use url::Url;

pub use crate::charset::{decode, Decoded};
pub use crate::profile::{ProfileError, ProfileSpec, SelectorSpec, SiteProfile};
pub use snapcrawl_core::{CharsetSource, Link, LinkItem, LinkRole, PageKind};

use crate::blocks::BlockKind;
use crate::dom::{collapse_ws, is_cjk, Dom, Kind};
use crate::labels::Field;
use crate::meta::PageMeta;

/// One fetched response, as the extractor sees it.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// Final URL (after redirects); the base for relative links unless the
    /// page has a `<base href>`.
    pub url: &'a Url,
    /// Raw body bytes, in any charset.
    pub body: &'a [u8],
    /// The `Content-Type` header value, if any.
    pub content_type: Option<&'a str>,
}

/// Settings that do not come from the page.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Offset for dates that state none. The rule, in order: an offset
    /// written on the page (`+08:00`, `Z`, `UTC`, `北京时间`, ...) is kept;
    /// else this value, when set (a site profile's time zone); else `+08:00`
    /// when the page language is Chinese (`zh`), an inference that holds for
    /// mainland China, Hong Kong, Macau, Taiwan and Singapore; else UTC.
    /// Leave it `None` unless the site's zone is known.
    pub default_offset: Option<FixedOffset>,
    /// The profile of the page's site, if one is configured: its selectors
    /// override the generic rules field by field, and its time zone
    /// replaces `default_offset`.
    pub site: Option<Arc<SiteProfile>>,
}

/// Everything extracted from one page.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Extraction {
    /// Article or listing, decided from the page's structure.
    pub kind: PageKind,
    /// Headline (not the `<title>` with its site-name suffix).
    pub title: Option<String>,
    /// Section: breadcrumb, `article:section`, JSON-LD `articleSection`,
    /// `类别：`/`栏目：` labels.
    pub category: Option<String>,
    /// Publication time, with the offset the page states or implies
    /// (see [`Options::default_offset`]).
    pub published: Option<DateTime<FixedOffset>>,
    /// The stated source (来源 / Source:), else `og:site_name`, else the
    /// JSON-LD publisher.
    pub source: Option<String>,
    /// Author(s) as the page shows them; never the editor.
    pub author: Option<String>,
    /// 责任编辑 / "Edited by", kept apart from the author.
    pub editor: Option<String>,
    /// Primary language subtag (`zh`, `en`, ...).
    pub lang: Option<String>,
    /// Article text, paragraphs joined by `"\n\n"`.
    pub body: String,
    /// The "related articles" block.
    pub related: Vec<LinkItem>,
    /// The "more news" block.
    pub more: Vec<LinkItem>,
    /// Every followable `<a href>` of the page (http/https, resolved,
    /// fragment dropped), one per canonical URL, with its highest-priority
    /// role.
    #[serde(serialize_with = "ser_links")]
    pub links: Vec<Link>,
    /// `<link rel=canonical>`, resolved.
    pub canonical: Option<Url>,
    /// Encoding the body was decoded with (encoding_rs name, lower case).
    pub charset: String,
    /// Which rule chose [`Extraction::charset`].
    pub charset_source: CharsetSource,
    /// `<meta name=robots content=noindex>` (or `none`).
    pub robots_noindex: bool,
    /// `<meta name=robots content=nofollow>` (or `none`).
    pub robots_nofollow: bool,
}

fn ser_links<S: serde::Serializer>(links: &[Link], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    let mut seq = s.serialize_seq(Some(links.len()))?;
    for l in links {
        seq.serialize_element(&serde_json::json!({
            "url": l.url.as_str(), "role": l.role.as_str(), "text": l.text, "nofollow": l.nofollow,
        }))?;
    }
    seq.end()
}

/// Extracts fields and links from one response. Never panics and never
/// fails: what cannot be found is `None` or empty.
pub fn extract(input: &Input<'_>, options: &Options) -> Extraction {
    let zoned;
    let options = match options.site.as_ref().and_then(|s| s.time_zone) {
        Some(zone) => {
            zoned = Options {
                default_offset: Some(zone),
                ..options.clone()
            };
            &zoned
        }
        None => options,
    };
    let decoded = decode(input.body, input.content_type);
    let mut ex = Extraction {
        charset: decoded.charset,
        charset_source: decoded.source,
        ..Default::default()
    };
    if decoded.text.trim().is_empty() {
        return ex;
    }
    let html = Html::parse_document(&decoded.text);
    let dom = Dom::build(&html);
    let meta = meta::read(&dom.head);
    ex.robots_noindex = meta.robots_noindex;
    ex.robots_nofollow = meta.robots_nofollow;
    let base = dom
        .head
        .base
        .as_deref()
        .and_then(|b| input.url.join(b).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .unwrap_or_else(|| input.url.clone());
    ex.canonical = dom
        .head
        .canonical
        .as_deref()
        .and_then(|c| base.join(c).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"));

    let container = body::find_container(&dom);
    let blocks = blocks::find_blocks(&dom, container, &base, input.url);
    let (title, title_node) = pick_title(&dom, &meta, container);
    let excluded: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
    let paras = container
        .map(|c| body::paragraphs(&dom, c, &excluded, title.as_deref()))
        .unwrap_or_default();
    ex.body = paras.join("\n\n");
    ex.title = title;

    let declared_lang = dom
        .head
        .html_lang
        .as_deref()
        .or(meta.content_language.as_deref());
    ex.lang = if ex.body.is_empty() {
        let sample = dom.text(dom.body_index());
        meta::lang(declared_lang, &sample)
    } else {
        meta::lang(
            declared_lang,
            &format!("{} {}", ex.title.as_deref().unwrap_or(""), ex.body),
        )
    };

    // Kind.
    let body_chars = ex.body.chars().filter(|c| !c.is_whitespace()).count();
    let cjk = ex
        .lang
        .as_deref()
        .is_some_and(|l| matches!(l, "zh" | "ja" | "ko"))
        || ex.body.chars().take(200).filter(|c| is_cjk(*c)).count() > 50;
    let threshold = if cjk { 120 } else { 400 };
    let links_in_body = container.map_or(0, |c| {
        dom.elements_in(c)
            .filter(|&j| {
                dom.name(j) == Some("a") && !excluded.iter().any(|(s, e)| j >= *s && j < *e)
            })
            .count()
    });
    let per_link = if cjk { 200.0 } else { 500.0 };
    let listing_like = links_in_body as f64 > 3.0 + body_chars as f64 / per_link;
    ex.kind = if (body_chars >= threshold && !listing_like)
        || (meta.says_article && body_chars >= threshold / 3)
    {
        PageKind::Article
    } else {
        PageKind::Listing
    };

    // Labelled facts near the headline.
    let facts = Facts::gather(&dom, title_node, container);
    // `<meta name=author>` often names the site: not an author when the
    // `<title>` shows it outside the headline, or when it is a number.
    let doc_title = dom.head.title.as_deref().unwrap_or("");
    let headline = ex.title.as_deref().unwrap_or("");
    let plausible = |a: &String| {
        let in_title_only = doc_title.contains(a.as_str()) && !headline.contains(a.as_str());
        let numeric = a.chars().all(|c| c.is_ascii_digit());
        let site = meta.site_name.as_deref() == Some(a.as_str());
        !(numeric || in_title_only || site)
    };
    ex.author = meta
        .ld_author
        .clone()
        .or_else(|| facts.get(Field::Author))
        .or_else(|| meta.meta_author.clone().filter(plausible))
        .or_else(|| meta.article_author.clone().filter(plausible));
    ex.editor = facts.get(Field::Editor);
    if ex.author.is_some() && ex.author == ex.editor {
        ex.author = None;
    }
    ex.source = facts
        .get(Field::Source)
        .or_else(|| meta.site_name.clone())
        .or_else(|| meta.ld_publisher.clone());
    ex.category = breadcrumb_category(&dom, ex.title.as_deref())
        .or_else(|| meta.article_section.clone())
        .or_else(|| meta.ld_section.clone())
        .or_else(|| facts.get(Field::Category));

    // Publication time.
    let utc = FixedOffset::east_opt(0).expect("zero offset");
    let default = options.default_offset.unwrap_or_else(|| {
        if ex.lang.as_deref() == Some("zh") {
            FixedOffset::east_opt(8 * 3600).expect("valid offset")
        } else {
            utc
        }
    });
    let parse = |s: &str| dates::find_date(s).and_then(|f| f.resolve(default));
    let machine = meta
        .ld_published
        .as_deref()
        .and_then(parse)
        .or_else(|| meta.meta_published.as_deref().and_then(parse));
    ex.published = machine.or_else(|| {
        if ex.kind == PageKind::Listing {
            return None;
        }
        time_element(&dom, facts.window.0, container)
            .and_then(|s| parse(&s))
            .or_else(|| facts.get(Field::Published).and_then(|s| parse(&s)))
            .or_else(|| facts.first_date.and_then(|f| f.resolve(default)))
            .or_else(|| {
                dates::date_from_url_path(input.url.path())
                    .and_then(|d| d.and_hms_opt(0, 0, 0))
                    .and_then(|d| d.and_local_timezone(default).single())
            })
    });

    for b in &blocks {
        let list = match b.kind {
            BlockKind::Related => &mut ex.related,
            BlockKind::More => &mut ex.more,
            BlockKind::Other => continue,
        };
        for item in &b.items {
            if !list.iter().any(|x| x.url == item.url) {
                list.push(item.clone());
            }
        }
    }
    ex.links = blocks::classify_links(
        &dom,
        &blocks,
        &base,
        input.url,
        ex.kind == PageKind::Listing,
    );
    if let Some(site) = &options.site {
        let offset = options.default_offset.unwrap_or_else(|| {
            let hours = if ex.lang.as_deref() == Some("zh") { 8 } else { 0 };
            FixedOffset::east_opt(hours * 3600).expect("valid offset")
        });
        site.apply(&html, &mut ex, offset);
    }
    ex
}

/// Headline and the node that shows it.
fn pick_title(
    dom: &Dom<'_>,
    meta: &PageMeta,
    container: Option<usize>,
) -> (Option<String>, Option<usize>) {
    let start = dom.body_index();
    let limit = dom.nodes.len();
    let mut h1s: Vec<(usize, String)> = Vec::new();
    let mut others: Vec<(usize, String)> = Vec::new();
    for i in start..limit {
        let Some(name) = dom.name(i) else { continue };
        let node = &dom.nodes[i];
        if node.chars == 0 || node.chars > 300 || node.end - i > 200 {
            continue;
        }
        let is_h1 = name == "h1";
        let is_other = matches!(name, "h2" | "h3")
            || (matches!(name, "div" | "p" | "span" | "strong" | "td")
                && dom
                    .class_id(i)
                    .split_whitespace()
                    .any(|c| c.contains("title") || c.contains("headline")));
        if !is_h1 && !is_other {
            continue;
        }
        if node.link_chars * 2 > node.chars && !is_h1 {
            continue;
        }
        let t = dom.text_inline(i);
        if t.is_empty() {
            continue;
        }
        if is_h1 {
            h1s.push((i, t));
        } else {
            others.push((i, t));
        }
    }
    let candidates: Vec<&(usize, String)> = h1s.iter().chain(others.iter()).collect();
    let meta_t = meta.ld_headline.as_deref().or(meta.og_title.as_deref());
    let doc_t = dom.head.title.as_deref();
    // The first h1 at or before the body, as the headline's position when no
    // heading matches the chosen text.
    let h1_near = || {
        h1s.iter()
            .filter(|(i, _)| container.is_none_or(|c| *i < dom.nodes[c].end))
            .map(|(i, _)| *i)
            .next_back()
    };
    if let Some(m) = meta_t {
        if let Some((i, t)) = candidates.iter().find(|(_, t)| t == m) {
            return (Some(t.clone()), Some(*i));
        }
        // A metadata title cut short (an unescaped quote in the attribute).
        if let Some((i, t)) = candidates.iter().find(|(_, t)| {
            m.chars().count() >= 4
                && t.starts_with(m)
                && doc_t.is_some_and(|d| d.contains(t.as_str()))
        }) {
            return (Some(t.clone()), Some(*i));
        }
        if let Some((i, t)) = candidates.iter().find(|(_, t)| {
            t.chars().count() >= 4 && m.starts_with(t.as_str()) && t.len() * 2 >= m.len()
        }) {
            return (Some(t.clone()), Some(*i));
        }
        // The headline shown on the page wins over a different metadata
        // title (often a longer SEO title, or one cut with "..."), when it
        // is about the same story: it shares words with that title.
        if let Some(i) = h1_near() {
            let shown = dom.text_inline(i);
            // "Kicker: headline" in the metadata is the fuller headline.
            let kicker = m
                .strip_suffix(shown.as_str())
                .is_some_and(|k| k.trim_end().ends_with(':'));
            if shown.chars().count() >= 10 && shares_words(&shown, m) && !kicker {
                return (Some(shown), Some(i));
            }
        }
        let node = candidates
            .iter()
            .find(|(_, t)| t.chars().count() >= 4 && m.contains(t.as_str()))
            .map(|(i, _)| *i);
        return (Some(m.to_string()), node.or_else(h1_near));
    }
    if let Some(d) = doc_t {
        let dn = d.chars().count();
        if let Some((i, t)) = candidates.iter().find(|(_, t)| {
            let n = t.chars().count();
            n >= 4 && d.contains(t.as_str()) && (d.starts_with(t.as_str()) || n * 2 >= dn)
        }) {
            return (Some(t.clone()), Some(*i));
        }
        let stripped = strip_site_suffix(d);
        if let Some((i, t)) = candidates
            .iter()
            .find(|(_, t)| t.chars().count() >= 2 && t != &stripped && title_parts(d).contains(t))
        {
            return (Some(t.clone()), Some(*i));
        }
        return (Some(stripped), h1_near());
    }
    match h1s.first() {
        Some((i, t)) => (Some(t.clone()), Some(*i)),
        None => (None, None),
    }
}

/// Whether at least a third of the words of `headline` (or of its CJK
/// characters) occur in `other`, ignoring case and quote styles.
fn shares_words(headline: &str, other: &str) -> bool {
    let fold = |t: &str| -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        for c in t.chars() {
            if is_cjk(c) {
                words.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
                words.push(c.to_string());
            } else if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else {
                words.extend((!word.is_empty()).then(|| std::mem::take(&mut word)));
            }
        }
        words.extend((!word.is_empty()).then_some(word));
        words
    };
    let headline = fold(headline);
    let other = fold(other);
    let shared = headline.iter().filter(|w| other.contains(w)).count();
    !headline.is_empty() && shared * 3 >= headline.len()
}

/// The parts of a `<title>` split at the usual site-name separators.
fn title_parts(t: &str) -> Vec<String> {
    let mut parts = vec![t.to_string()];
    for sep in [
        " - ", " | ", " – ", " — ", " :: ", "_", "｜", "|", "－", "——",
    ] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts.into_iter().map(|p| p.trim().to_string()).collect()
}

/// `Headline - Site`, `Headline | Section | Site`, `标题_频道_网站`: the longest part.
fn strip_site_suffix(t: &str) -> String {
    title_parts(t)
        .into_iter()
        .max_by_key(|p| p.chars().count())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| t.trim().to_string())
}

/// Labelled facts found near the headline (and, for source / author /
/// editor, anywhere in the article area).
struct Facts {
    found: Vec<(Field, String)>,
    first_date: Option<dates::Found>,
    /// Node range searched first (after the headline, before the body).
    window: (usize, usize),
}

impl Facts {
    fn gather(dom: &Dom<'_>, title_node: Option<usize>, container: Option<usize>) -> Facts {
        let n = dom.nodes.len();
        let body_start = container.unwrap_or(n);
        let window = match title_node {
            Some(t) if t < body_start => {
                let t_end = dom.nodes[t].end;
                (t_end, body_start.max(t_end).min(t_end + 300))
            }
            Some(t) => {
                let t_end = dom.nodes[t].end;
                (t_end, (t_end + 150).min(n))
            }
            None => (
                body_start.saturating_sub(150).max(dom.body_index()),
                body_start,
            ),
        };
        let mut facts = Facts {
            found: Vec::new(),
            first_date: None,
            window,
        };
        let scan = |from: usize, to: usize, dates_too: bool, facts: &mut Facts| {
            for j in from..to.min(n) {
                let node = &dom.nodes[j];
                let text = match node.kind {
                    Kind::Element(..)
                        if node.chars > 0 && node.chars <= 200 && node.end - j <= 200 =>
                    {
                        dom.text_inline(j)
                    }
                    Kind::Text(t) if node.parent == usize::MAX || node.parent < from => {
                        collapse_ws(t)
                    }
                    _ => continue,
                };
                for (f, v) in labels::scan(&text) {
                    if !facts.found.iter().any(|(g, _)| *g == f) {
                        facts.found.push((f, v));
                    }
                }
                if dates_too && facts.first_date.is_none() {
                    facts.first_date = dates::find_date(&text);
                }
            }
        };
        scan(window.0, window.1, true, &mut facts);
        // Before the headline (some sites put the date line above it).
        if let Some(t) = title_node {
            scan(
                t.saturating_sub(40).max(dom.body_index()),
                t,
                facts.first_date.is_none(),
                &mut facts,
            );
        }
        // After the body, within its surroundings: "（来源：…）", editor lines.
        if let Some(c) = container {
            let scope = dom.ancestors(c).nth(1).unwrap_or(c);
            let (from, to) = (c, dom.nodes[scope].end.min(dom.nodes[c].end + 400));
            for j in from..to {
                let node = &dom.nodes[j];
                if !matches!(node.kind, Kind::Element(..))
                    || node.chars == 0
                    || node.chars > 60
                    || node.end - j > 100
                {
                    continue;
                }
                for (f, v) in labels::scan(&dom.text_inline(j)) {
                    if matches!(f, Field::Source | Field::Author | Field::Editor)
                        && !facts.found.iter().any(|(g, _)| *g == f)
                    {
                        facts.found.push((f, v));
                    }
                }
            }
        }
        facts
    }

    fn get(&self, f: Field) -> Option<String> {
        self.found
            .iter()
            .find(|(g, _)| *g == f)
            .map(|(_, v)| v.clone())
    }
}

/// `<time datetime>` or `itemprop=datePublished` near the article.
fn time_element(dom: &Dom<'_>, from: usize, container: Option<usize>) -> Option<String> {
    let to = container.map_or(dom.nodes.len(), |c| dom.nodes[c].end);
    (from..to).find_map(|j| {
        let name = dom.name(j)?;
        if dom
            .attr(j, "itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
        {
            return dom
                .attr(j, "content")
                .or_else(|| dom.attr(j, "datetime"))
                .map(str::to_string)
                .or_else(|| Some(dom.text_inline(j)));
        }
        if name == "time" {
            return dom.attr(j, "datetime").map(str::to_string);
        }
        None
    })
}

/// The last section link of the breadcrumb (not home, not "正文").
fn breadcrumb_category(dom: &Dom<'_>, title: Option<&str>) -> Option<String> {
    let start = dom.body_index();
    for i in start..dom.nodes.len() {
        let Some(name) = dom.name(i) else { continue };
        let node = &dom.nodes[i];
        if node.chars == 0 || node.chars > 200 || node.end - i > 300 || name == "a" {
            continue;
        }
        let ci = dom.class_id(i);
        let marked = [
            "crumb", "bread", "position", "location", "weizhi", "dqwz", "daohang", "mbx",
        ]
        .iter()
        .any(|k| ci.contains(k))
            || dom
                .attr(i, "aria-label")
                .is_some_and(|a| a.to_ascii_lowercase().contains("breadcrumb"))
            || dom
                .attr(i, "itemtype")
                .is_some_and(|a| a.contains("BreadcrumbList"));
        let links: Vec<usize> = dom
            .elements_in(i)
            .filter(|&j| dom.name(j) == Some("a"))
            .collect();
        let text = if marked || (2..=6).contains(&links.len()) {
            dom.text_inline(i)
        } else {
            continue;
        };
        let textual = !marked
            && (text.starts_with("当前位置")
                || text.starts_with("您的位置")
                || text.starts_with("您现在的位置")
                || text.starts_with("位置")
                || ((text.starts_with("首页") || text.starts_with("Home"))
                    && text.contains(['>', '›', '»', '/'])));
        if !marked && !textual {
            continue;
        }
        if links.len() > 8 {
            continue;
        }
        let is_home = |t: &str| {
            let k = t.trim().to_lowercase();
            matches!(
                k.as_str(),
                "首页"
                    | "网站首页"
                    | "主页"
                    | "返回首页"
                    | "新闻首页"
                    | "home"
                    | "homepage"
                    | "main"
                    | "news"
            ) || k.ends_with("首页")
        };
        let is_leaf = |t: &str| {
            matches!(
                t.trim(),
                "正文" | "正文内容" | "内容" | "详情" | "文章" | "Article" | "article"
            ) || title.is_some_and(|x| x == t.trim())
        };
        let cat = links
            .iter()
            .filter(|&&j| {
                dom.attr(j, "href")
                    .is_some_and(|h| !h.trim().is_empty() && h.trim() != "/")
            })
            .map(|&j| dom.text_inline(j))
            .rfind(|t| !t.is_empty() && !is_home(t) && !is_leaf(t) && t.chars().count() <= 20);
        if cat.is_some() {
            return cat;
        }
        let seg = text
            .split(['>', '›', '»', '/', '＞'])
            .map(|s| {
                s.trim()
                    .trim_start_matches("当前位置")
                    .trim_start_matches(['：', ':'])
                    .trim()
            })
            .rfind(|s| !s.is_empty() && !is_home(s) && !is_leaf(s) && s.chars().count() <= 20);
        if let Some(s) = seg {
            return Some(s.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffix_is_stripped() {
        assert_eq!(
            strip_site_suffix("Big news today - The Herald"),
            "Big news today"
        );
        assert_eq!(
            strip_site_suffix("标题很长的新闻_国内新闻_新浪网"),
            "标题很长的新闻"
        );
    }

    fn title_of(head: &str, body: &str) -> Option<String> {
        let html = format!(
            "<html><head>{head}</head><body>{body}<div class=\"story\"><p>{}</p></div></body></html>",
            "A paragraph of the story that is long enough to be the article text. ".repeat(8)
        );
        let url = Url::parse("http://a.example/news/1.html").unwrap();
        let input = Input {
            url: &url,
            body: html.as_bytes(),
            content_type: None,
        };
        extract(&input, &Options::default()).title
    }

    #[test]
    fn the_shown_headline_beats_a_different_seo_title_about_the_same_story() {
        let head = r#"<meta property="og:title" content="Ash Ketchum's Pokemon career, as judged by an expert">"#;
        assert_eq!(
            title_of(head, "<h1>How Ash Ketchum finally became a Pokemon master</h1>").as_deref(),
            Some("How Ash Ketchum finally became a Pokemon master")
        );
        // A site name in an h1 shares no words with the story's title.
        assert_eq!(
            title_of(head, "<h1>The Daily Planet</h1>").as_deref(),
            Some("Ash Ketchum's Pokemon career, as judged by an expert")
        );
        // "Kicker: headline" in the metadata is the fuller headline.
        let kicker = r#"<meta property="og:title" content="Nach dem Rückzug: Anwältin soll Ministerin werden">"#;
        assert_eq!(
            title_of(kicker, "<h1>Anwältin soll Ministerin werden</h1>").as_deref(),
            Some("Nach dem Rückzug: Anwältin soll Ministerin werden")
        );
    }

    #[test]
    fn empty_and_binary_input() {
        let url = Url::parse("http://a.example/").unwrap();
        let ex = extract(
            &Input {
                url: &url,
                body: b"",
                content_type: None,
            },
            &Options::default(),
        );
        assert_eq!(ex.kind, PageKind::Listing);
        assert!(ex.body.is_empty() && ex.links.is_empty());
        let bin: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let _ = extract(
            &Input {
                url: &url,
                body: &bin,
                content_type: Some("text/html"),
            },
            &Options::default(),
        );
    }
}
