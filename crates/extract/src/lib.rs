//! Pure extraction: bytes + URL + headers in, article fields and classified
//! links out. No IO, no clock, no panics: malformed, binary or empty input
//! gives an empty or partial [`Extraction`].
//!
//! One parse per page: the document is parsed once into a `scraper` tree
//! (html5ever's tree builder behind a tokenizer of our own), flattened
//! into a pre-order array (the private `dom` module), and every rule walks that array.
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

mod author;
mod blocks;
mod body;
mod category;
mod charset;
mod dates;
mod dom;
mod facts;
pub mod feed;
mod labels;
mod meta;
mod profile;
mod published;
mod source;
mod title;
mod tokenizer;
mod unread_text;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use url::Url;

pub use crate::charset::{decode, Decoded};
pub use crate::profile::{ProfileError, ProfileSpec, SelectorSpec, SiteProfile};
pub use snapcrawl_core::{CharsetSource, Link, LinkItem, LinkRole, PageKind};

use crate::blocks::BlockKind;
use crate::dom::{is_cjk, Dom};
use crate::facts::Facts;
use crate::labels::Field;
use crate::meta::PageMeta;
use crate::unread_text::Readers;

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
    /// mainland China, Hong Kong, Macau, Taiwan and Singapore, `+09:00`
    /// when it is Japanese (`ja`) or Korean (`ko`), and `+07:00` when it
    /// is Thai (`th`) or Vietnamese (`vi`), each spoken in one zone; else
    /// UTC.
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

/// What the field rules read: the parsed page, its metadata, the headline
/// and body found on it, and the facts labelled near them.
pub(crate) struct Page<'a> {
    /// The flattened document.
    pub dom: &'a Dom<'a>,
    /// `<meta>` tags and JSON-LD.
    pub meta: &'a PageMeta,
    /// Labelled facts near the headline and after the body.
    pub facts: &'a Facts,
    /// The node showing the headline.
    pub title_node: Option<usize>,
    /// The node holding the article's body.
    pub container: Option<usize>,
    /// The headline.
    pub headline: Option<&'a str>,
    /// The body's paragraphs, in order.
    pub paras: &'a [String],
    /// Whether the page shows no article of its own: the body found is
    /// one teaser of a list, or a listing has no body at all.
    pub no_article_body: bool,
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
    let readers = if options.site.is_some() {
        Readers::RulesAndSelectors
    } else {
        Readers::Rules
    };
    let html = tokenizer::parse_document(&unread_text::without_unread_text(&decoded.text, readers));
    let mut dom = Dom::build(&html);
    dom.page_url = Some(input.url.clone());
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

    let (container, parts) = body::find_body(&dom);
    let anchors = blocks::anchors(&dom, &base);
    let blocks = blocks::find_blocks(&dom, container, &anchors, input.url);
    let host = input.url.host_str().unwrap_or_default();
    let (title, title_node) = title::pick(&dom, &meta, container, host);
    let excluded: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
    let paras: Vec<String> = parts
        .iter()
        .flat_map(|&c| {
            let ends_text = Some(&c) == parts.last();
            body::paragraphs(&dom, c, &excluded, title.as_deref(), ends_text)
        })
        .collect();
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
    // A listing's text is a run of teasers, each headed by a link with a
    // headline's length; an article's links are short (keywords, names,
    // "more") or few for its length.
    let headline_chars = if cjk { 8 } else { 15 };
    let headline_links = container.map_or(0, |c| {
        dom.elements_in(c)
            .filter(|&j| {
                dom.name(j) == Some("a")
                    && dom.nodes[j].chars >= headline_chars
                    && !excluded.iter().any(|(s, e)| j >= *s && j < *e)
            })
            .count()
    });
    let per_link = if cjk { 200.0 } else { 500.0 };
    let listing_like = headline_links as f64 > 3.0 + body_chars as f64 / per_link;
    ex.kind = if (body_chars >= threshold && !listing_like)
        || (meta.says_article && body_chars >= threshold / 3)
    {
        PageKind::Article
    } else {
        PageKind::Listing
    };

    // A body that is one teaser of a list (a short box headed by a link to
    // its story) credits and dates that story: the fields look past it.
    let teaser_body = container.is_some_and(|c| facts::in_teaser_card(&dom, c, title_node));
    let paras = if teaser_body { &[][..] } else { &paras[..] };
    // Labelled facts near the headline, then each field from its rules.
    let facts = Facts::gather(&dom, title_node, container, &excluded);
    let page = Page {
        dom: &dom,
        meta: &meta,
        facts: &facts,
        title_node,
        container,
        headline: ex.title.as_deref(),
        paras,
        no_article_body: teaser_body || (container.is_none() && ex.kind == PageKind::Listing),
    };
    ex.editor = facts
        .get(Field::Editor)
        .or_else(|| facts.get(Field::CopyEditor));
    ex.source = source::pick(&page, ex.lang.as_deref() == Some("zh"));
    ex.author = author::pick(&page, ex.editor.as_deref(), ex.source.as_deref());
    ex.category = category::pick(&page);
    let default = options.default_offset.unwrap_or_else(|| {
        let hours = match ex.lang.as_deref() {
            Some("zh") => 8,
            Some("ja" | "ko") => 9,
            Some("th" | "vi") => 7,
            _ => 0,
        };
        FixedOffset::east_opt(hours * 3600).expect("valid offset")
    });
    ex.published = published::pick(&page, input.url.path(), &decoded.text, default);

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
        anchors,
        &blocks,
        input.url,
        ex.kind == PageKind::Listing,
    );
    if let Some(site) = &options.site {
        site.apply(&html, &mut ex, default);
    }
    ex
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn run(url: &str, html: &str) -> Extraction {
        let url = Url::parse(url).unwrap();
        extract(
            &Input {
                url: &url,
                body: html.as_bytes(),
                content_type: Some("text/html; charset=utf-8"),
            },
            &Options::default(),
        )
    }

    /// Four paragraphs of an English story: enough text to be an article body.
    pub(crate) fn en_article_body() -> String {
        "<p>The city council voted on Tuesday to approve a new budget that raises \
         spending on public transport, a move supporters call overdue and critics \
         call reckless given the uncertain outlook for the region this year.</p>"
            .repeat(4)
    }

    /// Four paragraphs of a Chinese story: enough text to be an article body.
    pub(crate) fn zh_article_body() -> String {
        "<p>正文第一段，内容足够长，用来组成文章的主体部分，讲述事情的经过和各方的看法。</p>"
            .repeat(4)
    }

    #[test]
    fn page_kind_follows_headline_links_not_all_links() {
        // An English story that links names and places as it goes.
        let linked = format!(
            "<html><body><h1>Council approves the transport budget</h1><p>{}</p>{}</body></html>",
            "<a href=\"/topic/council\">council</a> and <a href=\"/topic/bus\">buses</a>, "
                .repeat(5),
            en_article_body()
        );
        let ex = run("https://news.example.com/local/budget", &linked);
        assert_eq!(ex.kind, PageKind::Article);

        // A Chinese story whose text links many short keywords.
        let keywords = "<a href=\"/tag/1\">经济</a>，<a href=\"/tag/2\">市场</a>".repeat(5);
        let tagged = format!(
            "<html><body><h1>一季度经济运行总体平稳</h1><p>{keywords}</p>{}</body></html>",
            zh_article_body()
        );
        let ex = run("https://news.example.com/2024/04/17/a.html", &tagged);
        assert_eq!(ex.kind, PageKind::Article);

        // A section page: teasers, each headed by a link to its story.
        let teasers: String = (1..=8)
            .map(|i| {
                format!(
                    "<div class=\"item\"><h2><a href=\"/local/2024/05/0{i}/story-{i}\">\
                     Council debates the new transport plan, part {i}</a></h2>\
                     <p>Members argued for hours about bus lanes, fares and the timetable \
                     of the planned tram line, part {i}.</p></div>"
                )
            })
            .collect();
        let section = format!("<html><body><h1>Local news</h1>{teasers}</body></html>");
        let ex = run("https://news.example.com/local/", &section);
        assert_eq!(ex.kind, PageKind::Listing);
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
