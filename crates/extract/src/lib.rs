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
mod title;

use std::sync::Arc;

use chrono::{DateTime, Datelike, FixedOffset};
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

    let (container, parts) = body::find_body(&dom);
    let anchors = blocks::anchors(&dom, &base);
    let blocks = blocks::find_blocks(&dom, container, &anchors, input.url);
    let host = input.url.host_str().unwrap_or_default();
    let (title, title_node) = pick_title(&dom, &meta, container, host);
    let excluded: Vec<(usize, usize)> = blocks.iter().map(|b| (b.start, b.end)).collect();
    let paras: Vec<String> = parts
        .iter()
        .flat_map(|&c| body::paragraphs(&dom, c, &excluded, title.as_deref()))
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
    let facts = Facts::gather(&dom, title_node, container, &excluded);
    // `<meta name=author>` often names the site: not an author when the
    // `<title>` shows it outside the headline (unless it credits it, `by
    // Jane Roe`), or when it is a number.
    let doc_title = dom.head.title.as_deref().unwrap_or("");
    let headline = ex.title.as_deref().unwrap_or("");
    let plausible = |a: &String| {
        let in_title_only = doc_title.contains(a.as_str())
            && !headline.contains(a.as_str())
            && !title_credits(doc_title, a);
        let numeric = a.chars().all(|c| c.is_ascii_digit());
        let site = meta.site_name.as_deref() == Some(a.as_str());
        !(numeric || in_title_only || site)
    };
    // A byline on the page names the author even when the same person is
    // the editor; a `<meta>` author equal to the editor is the editor.
    // A JSON-LD author that is a login handle gives way to the byline
    // that spells it out as a name.
    let byline = std::cell::OnceCell::new();
    let shown_byline = || {
        byline
            .get_or_init(|| byline_markup(&dom, title_node, container))
            .clone()
    };
    // So does a JSON-LD author that is only the first name of the person
    // the page shows (`Todd` beside `By` `Todd Bates`). A handle made of a
    // given and a family name (`jana.berg`) gives way to the name the
    // article text writes out (`Jana M. Berg`) when no byline shows it.
    // A JSON-LD author that is only the first of the names the byline
    // lists (`Jane Roe` beside `By Jane Roe, Sam Kim, Ann Lee`) gives way
    // to the whole list when `<meta name=author>` lists the same names (a
    // byline element may hold a role: `Jane Roe, Deputy CTO`).
    let meta_lists = |names: &String| {
        meta.meta_author
            .as_deref()
            .and_then(labels::clean_byline)
            .as_ref()
            == Some(names)
    };
    let ld_author = meta.ld_author.clone().map(|a| {
        if a.contains(' ') {
            return shown_byline()
                .filter(|shown| first_of_several(&a, shown) && meta_lists(shown))
                .unwrap_or(a);
        }
        shown_byline()
            .or_else(|| labelled_author_element(&dom, title_node, container))
            .filter(|shown| {
                labels::spells_out_handle(&a, shown) || labels::completes_first_name(&a, shown)
            })
            .or_else(|| paras.iter().find_map(|p| labels::name_of_handle(&a, p)))
            .unwrap_or(a)
    });
    let page_byline = || {
        facts
            .get(Field::Author)
            .or_else(|| labelled_member_link(&dom, title_node, container))
            .or_else(|| labels::body_byline(&paras))
            .or_else(shown_byline)
            .or_else(|| labelled_author_element(&dom, title_node, container))
            .or_else(|| labels::lead_byline(&paras))
            .or_else(|| facts.closing_author.clone())
            .or_else(|| closing_byline_markup(&dom, container))
            .or_else(|| author_box_heading(&dom, title_node, container))
            .or_else(|| author_archive_link(&dom, title_node, container))
            .or_else(|| closing_signature(&dom, container))
            .or_else(|| labels::closing_reporting_credit(&paras))
            .or_else(|| blog_owner_link(&dom))
    };
    // A JSON-LD author that is the outlet gives way to a person named in a
    // byline on the page (not to a desk code such as `red`).
    let ld_outlet = |a: &String| {
        meta.ld_author_is_organization
            || meta.site_name.as_ref() == Some(a)
            || meta.ld_publisher.as_ref() == Some(a)
    };
    let shown_author = match ld_author {
        Some(outlet) if ld_outlet(&outlet) => page_byline()
            .filter(|a| labels::names_people(a))
            .or(Some(outlet)),
        Some(person) => Some(person),
        None => page_byline(),
    };
    ex.editor = facts.get(Field::Editor);
    let meta_author = || {
        meta.meta_author
            .clone()
            .or_else(|| meta.article_author.clone())
            .filter(plausible)
            .filter(|a| !ex.editor.as_deref().is_some_and(|e| lists_the_name(e, a)))
    };
    ex.source = facts
        .get(Field::Source)
        .or_else(|| source_markup(&dom, title_node, facts.window))
        .or_else(|| meta.meta_source.clone())
        .or_else(|| {
            (ex.lang.as_deref() == Some("zh"))
                .then(|| dateline_source(&dom, title_node, facts.window))
                .flatten()
        })
        // The publisher the article's JSON-LD names (a publication on a
        // blogging platform) before the site's name (the platform).
        .or_else(|| meta.ld_publisher.clone())
        .or_else(|| meta.site_name.clone());
    // A `<meta>` author that is the stated source names the outlet.
    let meta_author = || meta_author().filter(|a| ex.source.as_ref() != Some(a));
    ex.author = shown_author
        .or_else(meta_author)
        .and_then(|a| labels::tidy_author(&a))
        .filter(|a| !labels::is_staff_credit(a));
    // A post's own category links name its categories as the page shows
    // them, all of them; a breadcrumb shows one path and the metadata often
    // the primary category only, or the tags too.
    let sources: [&dyn Fn() -> Option<String>; 8] = [
        &|| category_links(&dom),
        &|| category_label_line(&dom),
        &|| breadcrumb_category(&dom, ex.title.as_deref()),
        &|| meta.column_name.clone(),
        &|| meta.article_section.clone(),
        &|| meta.ld_section.clone(),
        &|| facts.get(Field::Category),
        &|| nav_highlight(&dom, title_node),
    ];
    ex.category = sources
        .iter()
        .find_map(|source| source().filter(|c| names_a_section(c)))
        .map(|c| shown_spelling(&dom, c));

    // Publication time.
    let utc = FixedOffset::east_opt(0).expect("zero offset");
    let default = options.default_offset.unwrap_or_else(|| {
        if ex.lang.as_deref() == Some("zh") {
            FixedOffset::east_opt(8 * 3600).expect("valid offset")
        } else {
            utc
        }
    });
    // The date shown with the headline: `<time>` / `itemprop=datePublished`
    // markup, a labelled date, the first date near the headline.
    let marked = time_element(&dom, facts.window.0, title_node, container)
        .and_then(|s| dates::find_date(&s))
        .or_else(|| {
            facts
                .get(Field::Published)
                .and_then(|s| dates::find_date(&s))
        });
    // An unmarked date near the headline that contradicts the date in the
    // URL belongs to something else (a quoted statement, a teaser).
    let url_day = dates::date_from_url_path(input.url.path());
    let shown = marked.or(facts
        .first_date
        .filter(|f| url_day.is_none_or(|d| d == f.local.date())));
    let machine = machine_published(
        meta.meta_published.as_deref().and_then(dates::find_date),
        meta.ld_published.as_deref().and_then(dates::find_date),
        shown,
    );
    // A day shown with the headline, days away from the metadata, is the
    // one readers see (metadata is often the first draft's or a
    // re-publication's) when the page marks it as the article's date, says
    // it is the update ("Updated May 06, 2019"), or the metadata gives it
    // as the day of the last change.
    let modified = meta
        .meta_modified
        .as_deref()
        .or(meta.ld_modified.as_deref())
        .and_then(dates::find_date);
    let seen = marked.or(shown
        .filter(|s| facts.first_date_updated || modified.is_some_and(|u| days_apart(&u, s) <= 1)));
    let machine = machine.filter(|m| seen.is_none_or(|s| days_apart(m, &s) <= 1));
    ex.published = match (machine, shown) {
        (Some(m), Some(s)) => pick_published(m, s, default),
        (Some(m), None) => m.resolve(default),
        (None, Some(s)) => s.resolve(default),
        (None, None) => None,
    }
    .or_else(|| {
        url_day
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .and_then(|d| d.and_local_timezone(default).single())
    })
    .or_else(|| dates::body_date(&paras).and_then(|f| f.resolve(default)))
    .or_else(|| dates::month_issue_date(&paras).and_then(|f| f.resolve(default)))
    .or_else(|| dates::script_date(&decoded.text).and_then(|f| f.resolve(default)))
    .or_else(|| dates::phrase_date(&decoded.text).and_then(|f| f.resolve(default)))
    .or_else(|| dated_markup(&dom).and_then(|f| f.resolve(default)))
    .or_else(|| container_lead_date(&dom, container).and_then(|f| f.resolve(default)))
    .or_else(|| {
        // Last resort: a date in the page title or its description
        // ("… (Notizia del 14 Gennaio 2020)").
        [dom.head.title.as_deref(), meta.description.as_deref()]
            .into_iter()
            .flatten()
            .find_map(|t| dates::find_date(t).filter(|f| f.local.year() >= 1995))
            .and_then(|f| f.resolve(default))
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

/// Headline and the node that shows it, on a page from `host`.
fn pick_title(
    dom: &Dom<'_>,
    meta: &PageMeta,
    container: Option<usize>,
    host: &str,
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
        let linked = node.link_chars * 2 > node.chars && !title::links_in_page(dom, i);
        if linked && (!is_h1 || links_home(dom, i)) {
            continue;
        }
        if title::in_breadcrumb(dom, i) {
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
    // The declared headline, best first: JSON-LD, `<meta name=headline>`,
    // then `og:title` (which more often carries a site name).
    let declared_raw = [
        meta.ld_headline.as_deref(),
        meta.meta_headline.as_deref(),
        meta.og_title.as_deref(),
    ];
    let meta_t = declared_raw.into_iter().flatten().next();
    let doc_t = dom.head.title.as_deref();
    let declared: Vec<String> = declared_raw
        .into_iter()
        .flatten()
        .map(collapse_ws)
        .collect();
    let declared_folded: Vec<String> = declared.iter().map(|m| fold_typography(m)).collect();
    let doc_title = doc_t.map(collapse_ws).unwrap_or_default();
    // Headings shown with a kicker of their own that is not in the headline.
    let mut kicker_shown: Vec<usize> = Vec::new();
    for (i, t) in h1s.iter_mut().chain(others.iter_mut()) {
        if declared.iter().any(|m| m.contains(t.as_str())) || doc_title.contains(t.as_str()) {
            continue;
        }
        if let Some(headline) = without_kicker(dom, *i, t, &declared) {
            if !declared.contains(&headline) || headline == *t {
                kicker_shown.push(*i);
            }
            *t = headline;
        }
    }
    let candidates: Vec<&(usize, String)> = h1s.iter().chain(others.iter()).collect();
    // The first h1 at or before the body, as the headline's position when no
    // heading matches the chosen text.
    let h1_near = || {
        h1s.iter()
            .rfind(|(i, _)| container.is_none_or(|c| *i < dom.nodes[c].end))
    };
    if let Some(m) = meta_t {
        // The shown headline as the metadata has it (quotes, dashes and
        // ellipses may be typed differently).
        if let Some((i, t)) = candidates
            .iter()
            .find(|(_, t)| declared_folded.contains(&fold_typography(t)))
        {
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
        let m_folded = fold_typography(m);
        // A heading that starts the metadata title: at least half of it,
        // or all of it before a separator (`Headline - Subtitle`), unless it
        // is a part of another heading (its kicker).
        if let Some((i, t)) = candidates.iter().find_map(|(i, t)| {
            let folded = fold_typography(t);
            let rest = m_folded.strip_prefix(folded.as_str())?;
            let nested = candidates
                .iter()
                .any(|(h, _)| h != i && dom.contains(*h, *i));
            let separated = !nested && title_parts(rest).first().is_some_and(String::is_empty);
            (folded.chars().count() >= 4 && (t.len() * 2 >= m.len() || separated)).then_some((i, t))
        }) {
            return (Some(t.clone()), Some(*i));
        }
        // A heading that is the metadata title with a site name after it.
        if let Some((i, _)) = candidates
            .iter()
            .find(|(_, t)| title::with_site_after(&fold_typography(t), &m_folded))
        {
            return (Some(m.to_string()), Some(*i));
        }
        // A metadata title with a site name or section before or after the
        // headline: a heading that is one of its parts (not the site name).
        let m_parts = title_parts(&m_folded);
        if let Some((i, t)) = candidates.iter().find(|(i, t)| {
            let node = &dom.nodes[*i];
            m_parts.len() > 1
                && node.link_chars * 2 <= node.chars
                && meta.site_name.as_deref() != Some(t.as_str())
                && m_parts.contains(&fold_typography(t))
        }) {
            return (Some(t.clone()), Some(*i));
        }
        // The headline shown on the page wins over a different metadata
        // title (often a longer SEO title, or one cut with "..."), when it
        // is about the same story: it shares words with that title.
        if let Some((i, shown)) = h1_near() {
            // "Kicker: headline" in the metadata is the fuller headline
            // when the page shows that kicker before the headline (and no
            // other kicker with it).
            let kicker = !kicker_shown.contains(i)
                && m.strip_suffix(shown.as_str()).is_some_and(|k| {
                    k.trim_end()
                        .strip_suffix(':')
                        .is_some_and(|k| title::shown_before(dom, *i, k.trim()))
                });
            // About the same story as the metadata, or most of the
            // `<title>` (which then disagrees with the metadata title), or
            // right before the body and sharing some words with the
            // metadata (which then tells an older version of the story).
            let leads_body = || {
                container.is_some_and(|c| title::leads_body(dom, *i, c))
                    && declared.iter().any(|d| shared_content_words(shown, d) >= 2)
            };
            let same_story = declared.iter().any(|d| shares_words(shown, d))
                || title::most_of(shown, &doc_title)
                || leads_body();
            if shown.chars().count() >= 10 && same_story && !kicker {
                return (Some(shown.clone()), Some(*i));
            }
        }
        let node = candidates
            .iter()
            .find(|(_, t)| t.chars().count() >= 4 && m.contains(t.as_str()))
            .map(|(i, _)| *i);
        return (
            Some(title::without_site_name(m, meta.site_name.as_deref(), host)),
            node.or_else(|| h1_near().map(|(i, _)| *i)),
        );
    }
    if let Some(d) = doc_t {
        let in_title =
            |t: &str| t.chars().count() >= 4 && (d.starts_with(t) || title::most_of(t, d));
        if let Some((i, t)) = h1s.iter().find(|(_, t)| in_title(t)) {
            return (Some(t.clone()), Some(*i));
        }
        // A heading that is one part of a `<title>` of several parts (the
        // first such part: the headline comes before the site name).
        let parts = title_parts(d);
        if let Some((i, t)) = parts
            .iter()
            .filter(|p| parts.len() > 1 && p.chars().count() >= 2)
            .find_map(|p| candidates.iter().find(|(_, t)| t == p))
        {
            return (Some(t.clone()), Some(*i));
        }
        // A title-like element in the `<title>`, after the h1 (which then
        // is a page header); else the h1 about the same story as the
        // `<title>`, before other title-like elements (such as a blog's name).
        let h1 = h1_near();
        let after_h1 = |i: usize| h1.is_none_or(|(h, _)| i > *h);
        if let Some((i, t)) = others.iter().find(|(i, t)| after_h1(*i) && in_title(t)) {
            return (Some(t.clone()), Some(*i));
        }
        if let Some((i, shown)) = h1 {
            if shown.chars().count() >= 10 && shares_words(shown, d) {
                return (Some(shown.clone()), Some(*i));
            }
        }
        if let Some((i, t)) = others.iter().find(|(_, t)| in_title(t)) {
            return (Some(t.clone()), Some(*i));
        }
        if let Some((i, t)) = shown_before_hyphen(dom, d) {
            return (Some(t), Some(i));
        }
        // A `<title>` of several parts that no heading matches (a section
        // and a site name): the h1 names the page better than any part.
        if let Some((i, shown)) = h1.filter(|(_, t)| t.chars().count() >= 4) {
            if parts.len() > 1 {
                return (Some(shown.clone()), Some(*i));
            }
        }
        return (Some(strip_site_suffix(d)), h1_near().map(|(i, _)| *i));
    }
    match h1s.first() {
        Some((i, t)) => (Some(t.clone()), Some(*i)),
        None => (None, None),
    }
}

/// `Headline-Site` (a hyphen without spaces, common in Chinese titles): the
/// part before the last hyphen, when the page shows it as the whole text of
/// one element (whatever its tag) and the part after is short. A hyphen
/// inside a word never qualifies: the text before it is not shown alone.
fn shown_before_hyphen(dom: &Dom<'_>, title: &str) -> Option<(usize, String)> {
    let (headline, site) = title.trim().rsplit_once('-')?;
    let headline = headline.trim();
    let chars = headline.chars().count();
    if chars < 4 || site.trim().is_empty() || site.chars().count() > 16 {
        return None;
    }
    (dom.body_index()..dom.nodes.len()).find_map(|i| {
        let node = &dom.nodes[i];
        (dom.name(i).is_some()
            && node.chars as usize >= chars / 2
            && node.chars as usize <= chars * 2
            && dom.text_inline(i) == headline)
            .then(|| (i, headline.to_string()))
    })
}

/// Whether heading `i` holds a link to a site's home page (the site's
/// name or logo in an `<h1>`): an `href` that is `/` or ends at a host name.
fn links_home(dom: &Dom<'_>, i: usize) -> bool {
    dom.elements_in(i).any(|j| {
        dom.name(j) == Some("a")
            && dom.attr(j, "href").is_some_and(|h| {
                let h = h.trim().trim_end_matches('/');
                h.is_empty()
                    || h.rsplit_once("//")
                        .is_some_and(|(_, host)| !host.contains('/'))
            })
    })
}

/// `t` with typographic quotes, dashes, ellipses and invisible characters
/// written the plain way, whitespace collapsed, for comparing two spellings
/// of one headline.
fn fold_typography(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{00ab}' | '\u{00bb}' => out.push('"'),
            '\u{2013}' | '\u{2014}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{00ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            c => out.push(c),
        }
    }
    collapse_ws(&out)
}

/// The headline of a heading that opens with a kicker in its own element
/// (`<h1><span>Topic</span> Headline</h1>`, the kicker in a
/// `span`, `small`, `div`, `p` or `header`): "Kicker: Headline" when the
/// metadata title (`declared`: JSON-LD `headline`, `og:title`) says so,
/// else the headline without the kicker.
fn without_kicker(
    dom: &Dom<'_>,
    heading: usize,
    shown: &str,
    declared: &[String],
) -> Option<String> {
    let end = dom.nodes[heading].end;
    let first = (heading + 1..end).find(|&j| dom.nodes[j].chars > 0)?;
    // Emphasis (`<b>`, `<em>`, …) and links are part of the headline.
    let styled = dom
        .name(first)
        .is_some_and(|n| matches!(n, "span" | "small" | "div" | "p" | "header"));
    if dom.nodes[first].parent != heading || !styled || dom.nodes[first].end >= end {
        return None;
    }
    let kicker = dom.text_inline(first);
    let rest = shown
        .strip_prefix(kicker.as_str())?
        .trim_start_matches(|c: char| c.is_whitespace() || ":|-–—".contains(c));
    let kicker = kicker.trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    if kicker.is_empty() || rest.split_whitespace().count() < 2 {
        return None;
    }
    let joined = format!("{kicker}: {rest}");
    if let Some(m) = declared.iter().find(|m| **m == joined) {
        return Some(m.clone());
    }
    Some(rest.to_string())
}

/// Whether at least a third of the words of `headline` (or of its CJK
/// characters) occur in `other`, ignoring case and quote styles.
fn shares_words(headline: &str, other: &str) -> bool {
    let headline = title_words(headline);
    let other = title_words(other);
    let shared = headline.iter().filter(|w| other.contains(w)).count();
    !headline.is_empty() && shared * 3 >= headline.len()
}

/// The words of a title, lower-cased, each CJK character a word of its own.
fn title_words(t: &str) -> Vec<String> {
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
}

/// How many different content words `headline` shares with `other`: words
/// of four letters or more (not "the", "of", "in"), and pairs of CJK
/// characters (not a lone `的`).
fn shared_content_words(headline: &str, other: &str) -> usize {
    let other_words = title_words(other);
    let words = title_words(headline);
    let mut shared: Vec<String> = words
        .iter()
        .filter(|w| w.chars().count() >= 4 && other_words.contains(w))
        .cloned()
        .collect();
    let single_cjk = |w: &str| w.chars().count() == 1 && w.chars().all(is_cjk);
    shared.extend(
        words
            .windows(2)
            .filter(|p| single_cjk(&p[0]) && single_cjk(&p[1]))
            .map(|p| p.concat())
            .filter(|pair| other.contains(pair.as_str())),
    );
    shared.sort_unstable();
    shared.dedup();
    shared.len()
}

/// The usual separators between a headline and a site name in a title.
pub(crate) const TITLE_SEPARATORS: [&str; 12] = [
    " - ", " | ", " – ", " — ", " :: ", " » ", "_", "｜", "|", "│", "－", "——",
];

/// The parts of a `<title>` split at the usual site-name separators.
pub(crate) fn title_parts(t: &str) -> Vec<String> {
    let mut parts = vec![t.to_string()];
    for sep in TITLE_SEPARATORS {
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

/// Whether the names of a credit (`严玉洁 王辉`, `Jane Roe`) are or include
/// `name`: Chinese names are listed with spaces, so one of them counts,
/// also after the outlet's name (`青网新闻张毅`, a publishing system's
/// account for the editor 张毅).
fn lists_the_name(credit: &str, name: &str) -> bool {
    let outlet_and = |n: &str| {
        name.strip_suffix(n).is_some_and(|outlet| {
            ["网", "新闻", "报", "社", "台"]
                .iter()
                .any(|end| outlet.ends_with(end))
        })
    };
    credit == name
        || (name.chars().all(is_cjk) && credit.split(' ').any(|n| n == name || outlet_and(n)))
}

/// Labelled facts found near the headline (and, for source / author /
/// editor, anywhere in the article area).
struct Facts {
    found: Vec<(Field, String)>,
    first_date: Option<dates::Found>,
    /// Whether an update word comes right before `first_date`
    /// ("Updated May 06, 2019").
    first_date_updated: bool,
    /// Node range searched first (after the headline, before the body).
    window: (usize, usize),
    /// The author a label after the body names (`（作者：王五）`, `Autor:
    /// Jana Berg`): a closing credit, weaker than a byline by the headline.
    closing_author: Option<String>,
}

impl Facts {
    /// Gathers the facts of the page whose headline is `title_node` and
    /// body `container`; teaser cards, the related-story blocks (`blocks`,
    /// node ranges) and comment areas credit and date other texts.
    fn gather(
        dom: &Dom<'_>,
        title_node: Option<usize>,
        container: Option<usize>,
        blocks: &[(usize, usize)],
    ) -> Facts {
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
            first_date_updated: false,
            window,
            closing_author: None,
        };
        // Teaser cards, related-story blocks and comments credit and date
        // other texts.
        let credits_other_text = |j: usize| {
            in_teaser_card(dom, j, title_node)
                || blocks.iter().any(|&(s, e)| (s..e).contains(&j))
                || in_comment_area(dom, j)
        };
        let scan = |from: usize, to: usize, dates_too: bool, facts: &mut Facts| {
            // Paragraphs of running text passed (over 100 characters): the
            // article's text has begun, and a date line comes before it.
            let mut text_paragraphs = 0;
            for j in from..to.min(n) {
                let node = &dom.nodes[j];
                if dom.name(j) == Some("p") && node.chars > 100 {
                    text_paragraphs += 1;
                }
                let text = match node.kind {
                    Kind::Element(..)
                        if node.chars > 0 && node.chars <= 200 && node.end - j <= 200 =>
                    {
                        dom.text_marked_lines(j)
                    }
                    Kind::Text(t) if node.parent == usize::MAX || node.parent < from => {
                        collapse_ws(t)
                    }
                    _ => continue,
                };
                let found = labels::scan(&text);
                let date = (dates_too
                    && facts.first_date.is_none()
                    && text_paragraphs < 2
                    && !in_long_paragraph(dom, j)
                    && !beside_the_article(dom, j, title_node))
                .then(|| dates::find_date(&text))
                .flatten()
                .filter(|d| {
                    !inside_a_sentence(&text, d)
                        && !labels::introduces_another_time(&text[..d.start])
                });
                if (found.is_empty() && date.is_none()) || credits_other_text(j) {
                    continue;
                }
                for (f, v) in found {
                    if !facts.found.iter().any(|(g, _)| *g == f)
                        && (f != Field::Source || !in_image_credit(dom, j))
                        && (f != Field::Published || !beside_the_article(dom, j, title_node))
                    {
                        facts.found.push((f, v));
                    }
                }
                if let Some(d) = date {
                    facts.first_date_updated = dates::ends_with_update_word(&text[..d.start]);
                    facts.first_date = Some(d);
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
                let found = labels::scan(&dom.text_marked_lines(j));
                if found.is_empty() || credits_other_text(j) {
                    continue;
                }
                for (f, v) in found {
                    let known = facts.found.iter().any(|(g, _)| *g == f);
                    match f {
                        Field::Author if !known && facts.closing_author.is_none() => {
                            facts.closing_author = Some(v);
                        }
                        Field::Source | Field::Editor
                            if !known && (f != Field::Source || !in_image_credit(dom, j)) =>
                        {
                            facts.found.push((f, v));
                        }
                        _ => {}
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

/// Whether an element lies in or holds a figure, its caption or a
/// credit line (an element whose class says credit or caption, or a line
/// under a table or picture, see [`is_exhibit_credit`]): a `Source:` there
/// names where a picture or chart came from, not the article's source.
fn in_image_credit(dom: &Dom<'_>, i: usize) -> bool {
    let is_credit = |a: usize| {
        matches!(dom.name(a), Some("figure" | "figcaption"))
            || dom
                .class_tokens(a)
                .any(|t| matches!(t, "credit" | "credits" | "caption"))
    };
    std::iter::once(i)
        .chain(dom.ancestors(i).take(6))
        .chain(dom.elements_in(i))
        .any(is_credit)
        || is_exhibit_credit(dom, i)
}

/// The publication time the metadata states: `<meta>` first (pages update
/// JSON-LD `datePublished` on edits more often than
/// `article:published_time`), unless it is a bare day and JSON-LD has the
/// time of that day. When the two are days apart, the one the page shows
/// with the headline wins.
fn machine_published(
    meta: Option<dates::Found>,
    ld: Option<dates::Found>,
    shown: Option<dates::Found>,
) -> Option<dates::Found> {
    match (meta, ld) {
        (Some(m), Some(l)) if days_apart(&m, &l) > 1 => {
            let shows_ld = shown.is_some_and(|s| days_apart(&s, &l) <= 1);
            Some(if shows_ld { l } else { m })
        }
        (Some(m), Some(l)) if !m.has_time && l.has_time => Some(l),
        (m, l) => m.or(l),
    }
}

/// Whether node `i` lies in a paragraph of running text (a `<p>` of more
/// than 200 characters): a date there is part of a sentence ("laut einer
/// Meldung vom 15. April 2020"), not the article's date line.
fn in_long_paragraph(dom: &Dom<'_>, i: usize) -> bool {
    dom.ancestors(i)
        .take(3)
        .any(|a| dom.name(a) == Some("p") && dom.nodes[a].chars > 200)
}

/// Whether node `i` lies in a block beside the article's own text, one
/// that does not hold the headline: a `<footer>`, an `<aside>`, a
/// `<figure>` or its caption, or an element whose class or id says
/// sidebar, widget or related (comment areas, see [`in_comment_area`],
/// are skipped for every fact). A date there is a picture's, another
/// story's or the site's.
fn beside_the_article(dom: &Dom<'_>, i: usize, title_node: Option<usize>) -> bool {
    std::iter::once(i)
        .chain(dom.ancestors(i).take(12))
        .filter(|&a| title_node.is_none_or(|t| !dom.contains(a, t)))
        .any(|a| {
            matches!(
                dom.name(a),
                Some("footer" | "aside" | "figure" | "figcaption")
            ) || dom
                .class_tokens(a)
                .any(|t| matches!(t, "sidebar" | "widget" | "related"))
        })
}

/// Whether date `d` stands inside a sentence of `text`: the text ends like
/// a sentence and has lowercase words on both sides of the date ("The
/// plan, first proposed on 3 March 2019, was delayed twice."); a date line
/// ("Published on 3 March 2019 by Jane Roe.") has none after it.
fn inside_a_sentence(text: &str, d: &dates::Found) -> bool {
    let lowercase_words = |s: &str| {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_lowercase))
            .count()
    };
    text.trim_end().ends_with(['.', '!', '?'])
        && lowercase_words(&text[..d.start]) >= 2
        && lowercase_words(&text[d.end..]) >= 2
}

/// The metadata time, unless the page shows another day with the
/// headline. A UTC timestamp that the page shows as the previous or next
/// local day keeps its instant, written in the offset that gives that day.
fn pick_published(
    machine: dates::Found,
    shown: dates::Found,
    default: FixedOffset,
) -> Option<DateTime<FixedOffset>> {
    let m = machine.resolve(default)?;
    let shown_day = shown.local.date();
    if m.date_naive() == shown_day {
        // A date-only metadata value: the shown time on that day is finer.
        if !machine.has_time && shown.has_time {
            return shown
                .resolve(default)
                .filter(|t| t.date_naive() == shown_day)
                .or(Some(m));
        }
        return Some(m);
    }
    let gap = (shown_day - m.date_naive()).num_days().abs();
    let written_utc = machine.has_time && machine.offset.is_some_and(|o| o.local_minus_utc() == 0);
    if gap == 1 && written_utc {
        if let Some(t) = shown.resolve(default).filter(|_| shown.has_time) {
            // The shown local time gives the offset.
            let secs = (shown.local - m.naive_utc()).num_seconds();
            let quarter = (secs as f64 / 900.0).round() as i32 * 900;
            if quarter % 1800 == 0 && (-10 * 3600..=14 * 3600).contains(&quarter) {
                if let Some(off) = FixedOffset::east_opt(quarter) {
                    return Some(m.with_timezone(&off));
                }
            }
            return Some(t);
        }
        // The nearest whole-hour offset that puts the instant on that day.
        for h in 1..=14 {
            for sign in [-1, 1] {
                let off = FixedOffset::east_opt(sign * h * 3600)?;
                if m.with_timezone(&off).date_naive() == shown_day {
                    return Some(m.with_timezone(&off));
                }
            }
        }
    }
    Some(m)
}

/// Whole days between the dates of two found times (their local days).
fn days_apart(a: &dates::Found, b: &dates::Found) -> i64 {
    (a.local.date() - b.local.date()).num_days().abs()
}

/// Whether a `<title>` credits `name` as the writer (`Headline | by Jane
/// Roe | Site`): the name follows `by`.
fn title_credits(doc_title: &str, name: &str) -> bool {
    let title = doc_title.to_lowercase();
    let credit = format!("by {}", name.to_lowercase());
    title.match_indices(&credit).any(|(at, _)| {
        title[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether `names` (joined with `"; "`) lists several people and `first`
/// is the first of them.
fn first_of_several(first: &str, names: &str) -> bool {
    let mut listed = names.split("; ");
    listed.next() == Some(first) && listed.next().is_some()
}

/// The author shown in byline markup, from just before the headline to the
/// end of the article: `itemprop=author` (its `itemprop=name` when it has
/// one), `rel=author` links, short elements whose class or id says author
/// or byline. Comment areas are skipped, and so are the teasers of other
/// stories that close just before the headline.
fn byline_markup(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    let span = article_span(dom, title_node, container);
    let from = title_node.map_or(span.start, |t| {
        after_other_stories(dom, span.start, t.max(span.start))
    });
    byline_markup_between(dom, from, span.end, title_node)
}

/// Where the nodes `from..headline` leave the last sidebar (`<aside>`) or
/// other story's `<article>` that closes before the headline, one that
/// opens in that range or holds `from`: a byline there (`<aside>…<span
/// class="teaser__author">Jane Roe</span></aside>`) credits that story,
/// not this one. Only one that tells a story (a heading, or two links or
/// more) counts: an `<aside class="byline">` is this story's byline.
fn after_other_stories(dom: &Dom<'_>, from: usize, headline: usize) -> usize {
    let other_story = |j: usize| {
        matches!(dom.name(j), Some("aside" | "article"))
            && dom.nodes[j].end <= headline
            && (dom
                .elements_in(j)
                .any(|k| matches!(dom.name(k), Some("h1" | "h2" | "h3" | "h4")))
                || dom
                    .elements_in(j)
                    .filter(|&k| dom.name(k) == Some("a"))
                    .nth(1)
                    .is_some())
    };
    dom.ancestors(from)
        .chain(from..headline)
        .filter(|&j| other_story(j))
        .map(|j| dom.nodes[j].end)
        .max()
        .unwrap_or(from)
        .max(from)
}

/// The nodes where a byline may stand: from just before the headline (or
/// the article container) to the end of the container.
fn article_span(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> std::ops::Range<usize> {
    let body = dom.body_index();
    let from = title_node
        .or(container)
        .map_or(body, |t| t.saturating_sub(60).max(body));
    let to = container.map_or(dom.nodes.len(), |c| dom.nodes[c].end.max(from));
    from..to
}

/// The author named by the element after an author label or lead word
/// that stands alone as an element of its own
/// (`<h4>Autor</h4><p><a>Jane Roe</a></p>`, `<dt>Author:</dt><dd>Jane
/// Roe</dd>`, `<p><strong>By</strong></p><p>Jane Roe</p>`), from just before the headline to
/// 200 nodes after the body. Not when text follows the label before that
/// element (`<span>By</span> Jane Roe`: the text is the name), nor in a
/// table's header row (`<th>Author</th><th>Message</th>`).
fn labelled_author_element(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    const AUTHOR_LABELS: [&str; 10] = [
        "autor",
        "autorin",
        "autorinnen",
        "autoren",
        "author",
        "authors",
        "auteur",
        "作者",
        "by",
        "von",
    ];
    let n = dom.nodes.len();
    let from = title_node.or(container).map_or(dom.body_index(), |t| {
        t.saturating_sub(60).max(dom.body_index())
    });
    let to = container.map_or(n, |c| (dom.nodes[c].end + 200).min(n));
    (from..to).find_map(|j| {
        let node = &dom.nodes[j];
        if !matches!(node.kind, Kind::Element(..)) || !(2..=8).contains(&node.chars) {
            return None;
        }
        let label = dom.text_inline(j);
        let label = label
            .trim()
            .trim_end_matches([':', '：'])
            .trim()
            .to_lowercase();
        if !AUTHOR_LABELS.contains(&label.as_str()) {
            return None;
        }
        let next = (node.end..n.min(node.end + 10))
            .find(|&k| matches!(dom.nodes[k].kind, Kind::Element(..)) && dom.nodes[k].chars > 0)?;
        // Text right after the label is what it labels (`<span>By</span>
        // Jane Roe`), so the element after that is something else; a header
        // cell after a header cell is a table's column name.
        let text_between = (node.end..next)
            .any(|k| matches!(dom.nodes[k].kind, Kind::Text(_)) && dom.nodes[k].chars > 0);
        let column_names = dom.name(j) == Some("th") && dom.name(next) == Some("th");
        if dom.nodes[next].chars > 80 || text_between || column_names {
            return None;
        }
        labels::clean_byline(&dom.text_inline(next)).filter(|v| {
            labels::tidy_author(v).is_some() && !AUTHOR_LABELS.contains(&v.to_lowercase().as_str())
        })
    })
}

/// The poster named by a link to a member's profile that follows an
/// author label (`作者： <a href="/user.php?uid=42">放飞&心情</a>`) or that
/// a posting time follows (`<a href="home.php?mod=space&uid=42">老周</a>
/// 发表于 2013-5-1`), as a forum thread heads each of its posts: the first
/// such link, from just before the headline to the end of the body, names
/// the first post's poster, who opened the thread; later ones name the
/// repliers; links in comment areas name readers. The span ends with the
/// body (with none found, the page). The link delimits the name, so a
/// nickname (`放飞&心情`, `6xy`) is taken as written.
fn labelled_member_link(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    const POSTER_LABELS: [&str; 5] = ["作者", "楼主", "发帖人", "发贴人", "发表者"];
    const POSTED_AT: [&str; 2] = ["发表于", "發表於"];
    // The text of a node, if any: the first among a few nodes before or
    // after the link is the nearest, skipping the elements that wrap the
    // link (`作者：<font><a …>`) or stand beside it.
    let nearest_text = |k: usize| match dom.nodes[k].kind {
        Kind::Text(t) if !t.trim().is_empty() => Some(t.trim()),
        _ => None,
    };
    let n = dom.nodes.len();
    article_span(dom, title_node, container).find_map(|j| {
        let href = dom.attr(j, "href").filter(|_| dom.name(j) == Some("a"))?;
        if !links_to_member(href) || in_comment_area(dom, j) {
            return None;
        }
        let end = dom.nodes[j].end;
        let labelled = (j.saturating_sub(4)..j)
            .rev()
            .find_map(nearest_text)
            .is_some_and(|t| {
                let label = t.trim_end_matches([':', '：']).trim_end();
                POSTER_LABELS.iter().any(|l| label.ends_with(l))
            });
        let posted = (end..n.min(end + 4))
            .find_map(nearest_text)
            .is_some_and(|t| POSTED_AT.iter().any(|p| t.starts_with(p)));
        if !(labelled || posted) {
            return None;
        }
        let name = collapse_ws(&dom.text_inline(j));
        (1..=30).contains(&name.chars().count()).then_some(name)
    })
}

/// The blog's owner, named by the link of a blog platform's profile box:
/// a link titled as someone's blog (`title="[太小心]的博客"`, `X的空间`)
/// whose text is that name. The first one is the owner's box; later ones
/// (latest comments, friends) name visitors, as do the list items of a
/// widget of recommended bloggers, which are skipped.
fn blog_owner_link(dom: &Dom<'_>) -> Option<String> {
    const BLOG_OF: [&str; 4] = ["的博客", "的空间", "的个人空间", "的部落格"];
    (dom.body_index()..dom.nodes.len()).find_map(|j| {
        let title = dom.attr(j, "title").filter(|_| dom.name(j) == Some("a"))?;
        let owner = BLOG_OF
            .iter()
            .find_map(|blog| title.trim().strip_suffix(blog))?
            .trim_matches(['[', ']', '【', '】', ' ']);
        if dom.ancestors(j).take(4).any(|a| dom.name(a) == Some("li")) {
            return None;
        }
        let name = collapse_ws(&dom.text_inline(j));
        (!owner.is_empty()
            && name == owner
            && owner.chars().count() <= 20
            && !in_comment_area(dom, j))
        .then_some(name)
    })
}

/// Whether a link leads to a member's profile: its query names a user
/// (`uid=42`, `userid=cm3721`, `username=…`, `authorid=7`) or its path
/// does (`space-uid-42.html`).
fn links_to_member(href: &str) -> bool {
    const MEMBER_KEYS: [&str; 6] = [
        "uid", "userid", "user_id", "username", "authorid", "memberid",
    ];
    let href = href.to_ascii_lowercase();
    let (path, query) = href.split_once('?').unwrap_or((&href, ""));
    path.contains("space-uid-")
        || query.split(['&', '#']).any(|pair| {
            pair.split_once('=')
                .is_some_and(|(k, v)| MEMBER_KEYS.contains(&k) && !v.is_empty())
        })
}

/// Whether node `j` lies in a comment area: an ancestor's class or id
/// names one (see [`names_comments`]). Not `<html>` or `<body>`, whose
/// classes flag features of the whole page (`flag-unfollowComments-on`).
fn in_comment_area(dom: &Dom<'_>, j: usize) -> bool {
    dom.ancestors(j)
        .take(12)
        .filter(|&a| !matches!(dom.name(a), Some("html" | "body")))
        .any(|a| dom.class_id(a).split_whitespace().any(names_comments))
}

/// Whether a class or id names a comment area: one of its words starts
/// with comment or is reply (`comment-meta`, `commentlist`,
/// `wpdiscuz-reply`, `commentaires`), but not commentary (an opinion
/// piece's own markup: `commentary__headline`), and no word says the
/// state of the page's comments (`comments-open`, `has-comments`): that
/// wraps the article itself.
fn names_comments(name: &str) -> bool {
    let words = || name.split(['-', '_']);
    words().any(|w| {
        (w.starts_with("comment") && !w.starts_with("commentary"))
            || matches!(w, "reply" | "replies")
    }) && !words().any(|w| {
        matches!(
            w,
            "open" | "opened" | "closed" | "enabled" | "disabled" | "on" | "off" | "has" | "no"
        )
    })
}

/// Whether node `j` lies in a teaser card: a link that holds a heading
/// but not the page's headline (`<a href="/other-story"><h2>…</h2><small>By
/// <span class="author">…</span></small></a>`). A credit or a date there
/// belongs to the story the card links to. A name that is itself the
/// link's heading (`<a href="/team/jane-roe"><h4>Jane Roe</h4></a>`, an
/// author card) is not in a teaser.
fn in_teaser_card(dom: &Dom<'_>, j: usize, title_node: Option<usize>) -> bool {
    dom.ancestors(j).take(8).any(|a| {
        dom.name(a) == Some("a")
            && dom.attr(a, "href").is_some()
            && title_node.is_none_or(|t| !dom.contains(a, t))
            && dom.elements_in(a).any(|k| {
                matches!(dom.name(k), Some("h1" | "h2" | "h3" | "h4")) && !dom.contains(k, j)
            })
    })
}

/// The author named by a link to an author's archive page
/// (`<a href="/author/jane-roe/">Jane Roe</a>`, `/autor/…`), as blogs and
/// news sites link the byline, from just before the headline to the end of
/// the article; links in comment areas are skipped.
fn author_archive_link(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    article_span(dom, title_node, container).find_map(|j| {
        let href = dom.attr(j, "href").filter(|_| dom.name(j) == Some("a"))?;
        let path = href.split(['?', '#']).next().unwrap_or("");
        let mut segments = path.split('/').skip_while(|s| {
            !["author", "autor", "autoren"]
                .iter()
                .any(|w| s.eq_ignore_ascii_case(w))
        });
        segments.next()?;
        segments.next().filter(|slug| !slug.is_empty())?;
        if dom.nodes[j].chars > 60 || in_comment_area(dom, j) {
            return None;
        }
        labels::clean_byline(&dom.text_inline(j)).filter(|v| labels::tidy_author(v).is_some())
    })
}

/// The author in byline markup just after the article: a signature or an
/// author box (`<span class="news-list-author">Erstellt von Jane Roe</span>`)
/// that closes the body's surroundings (the body's parent), within 200
/// nodes of the body's end. Only a name in Latin script: a Chinese page
/// states its author in a labelled line, and the box after a Chinese post
/// holds the blog's profile counters (`人氣`, `总篇数`).
fn closing_byline_markup(dom: &Dom<'_>, container: Option<usize>) -> Option<String> {
    let c = container?;
    let scope = dom.ancestors(c).nth(1).unwrap_or(c);
    let from = dom.nodes[c].end;
    byline_markup_between(dom, from, dom.nodes[scope].end.min(from + 200), None)
        .filter(|name| !name.contains(is_cjk))
}

/// The author named by the heading of an author box after the body, in
/// the `<article>` that holds the headline: an element whose class or id
/// says author (`<div class="author-bio"><h3>Jane Roe</h3><p>Jane writes
/// about …</p></div>`), as blogs and magazines close a post with the
/// writer's portrait. Only a full name (two to four capitalised words),
/// after an `About`/`Über` lead; a heading such as `About the author` is
/// no name.
fn author_box_heading(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    let (t, c) = (title_node?, container?);
    let article = dom
        .ancestors(t)
        .find(|&a| dom.name(a) == Some("article"))
        .filter(|&a| dom.contains(a, c))?;
    (dom.nodes[c].end..dom.nodes[article].end).find_map(|j| {
        let class_id = dom.class_id(j).to_ascii_lowercase();
        if !class_id.contains("author") || class_id.contains("authority") || in_comment_area(dom, j)
        {
            return None;
        }
        let heading = dom
            .elements_in(j)
            .find(|&k| matches!(dom.name(k), Some("h2" | "h3" | "h4" | "h5")))?;
        let heading = collapse_ws(&dom.text_inline(heading));
        let name = ["About ", "Über ", "À propos de "]
            .iter()
            .find_map(|lead| heading.strip_prefix(lead))
            .unwrap_or(&heading);
        let titled =
            name.to_lowercase().contains("author") || name.to_lowercase().contains("autor");
        (!titled && labels::names_people(name) && labels::full_names(name))
            .then(|| name.to_string())
    })
}

/// The author who signs the article at its end: the body's last
/// paragraph, with no text after it, holds only a full name (two to four
/// capitalised words) set apart from the text, in bold or italics as a
/// whole (`<p><strong>Jane Roe</strong></p>`) or aligned to the right, as
/// German and French papers and blogs sign a piece. A plain last line of
/// capitalised words is as often a heading (`Related Posts`), so it is not
/// taken, nor a bold heading the byline cleaner cuts (`Mehr Themen`), nor
/// a phrase whose words the text writes in lower case (`Viel Spaß`), nor
/// a paragraph in a comment area. A name aligned to the right signs the
/// piece even when notes or a box follow it (`<p align="right">Jean
/// Roe</p><p>(1) Chiffres de l'OCDE.</p>`), if it stands in the second
/// half of the body: near the top it credits an epigraph's quote.
fn closing_signature(dom: &Dom<'_>, container: Option<usize>) -> Option<String> {
    let c = container?;
    let article_text = std::cell::OnceCell::new();
    let name_line = |p: usize| {
        if dom.nodes[p].chars > 40 || in_comment_area(dom, p) {
            return None;
        }
        // The byline cleaner keeps the whole line: no stop word such as
        // `Mehr` (`Mehr Themen`) or a role cut it short.
        let line = collapse_ws(&dom.text_inline(p));
        labels::clean_byline(&line)
            .filter(|name| *name == line && labels::full_names(name))
            .filter(|name| written_as_proper_nouns(name, article_text.get_or_init(|| dom.text(c))))
    };
    let paras: Vec<usize> = dom
        .elements_in(c)
        .filter(|&j| dom.name(j) == Some("p") && dom.nodes[j].chars > 0)
        .collect();
    let &last = paras.last()?;
    let text_after = (dom.nodes[last].end..dom.nodes[c].end)
        .any(|j| matches!(dom.nodes[j].kind, Kind::Text(_)) && dom.nodes[j].chars > 0);
    if !text_after && (is_emphasised_whole(dom, last) || is_right_aligned(dom, last)) {
        if let Some(name) = name_line(last) {
            return Some(name);
        }
    }
    let text_before = |p: usize| -> u32 {
        (c..p)
            .filter(|&j| matches!(dom.nodes[j].kind, Kind::Text(_)))
            .map(|j| dom.nodes[j].chars)
            .sum()
    };
    paras
        .iter()
        .rev()
        .filter(|&&p| is_right_aligned(dom, p) && text_before(p) * 2 >= dom.nodes[c].chars)
        .find_map(|&p| name_line(p))
}

/// Whether paragraph `p` is aligned to the right (`align="right"`,
/// `style="text-align: right"`).
fn is_right_aligned(dom: &Dom<'_>, p: usize) -> bool {
    dom.attr(p, "align")
        .is_some_and(|a| a.eq_ignore_ascii_case("right"))
        || dom.attr(p, "style").is_some_and(|s| {
            s.to_ascii_lowercase()
                .replace(' ', "")
                .contains("text-align:right")
        })
}

/// Whether no word of `name` is written in lower case in `text`: a
/// person's name is (`Stefan Roth`), a closing phrase set in bold mostly
/// is not (`Viel Spaß` beside "hat viel Spaß gemacht").
fn written_as_proper_nouns(name: &str, text: &str) -> bool {
    let lowercase_words: std::collections::HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    name.split_whitespace()
        .all(|w| !lowercase_words.contains(w.to_lowercase().as_str()))
}

/// Whether all the text of element `p` sits in one bold or italic element
/// (`<p><b><i>Jane Roe</i></b></p>`).
fn is_emphasised_whole(dom: &Dom<'_>, p: usize) -> bool {
    let mut only = dom
        .children(p)
        .filter(|&k| dom.nodes[k].chars > 0 || dom.name(k).is_some_and(|n| n != "br"));
    match (only.next(), only.next()) {
        (Some(k), None) => {
            matches!(dom.name(k), Some("strong" | "b" | "em" | "i"))
                && dom.nodes[k].chars == dom.nodes[p].chars
        }
        _ => false,
    }
}

/// The first author that byline markup gives in the nodes `from..to`,
/// outside comment areas and teaser cards (a link holding the headline
/// `title_node` is no card); see [`byline_markup`].
fn byline_markup_between(
    dom: &Dom<'_>,
    from: usize,
    to: usize,
    title_node: Option<usize>,
) -> Option<String> {
    let mut tried = 0;
    for j in from..to {
        let Some(name) = dom.name(j) else { continue };
        let node = &dom.nodes[j];
        if node.chars == 0 && dom.attr(j, "content").is_none() {
            continue;
        }
        let prop = dom.attr(j, "itemprop").is_some_and(|p| {
            p.split_whitespace()
                .any(|t| t.eq_ignore_ascii_case("author"))
        });
        let rel = name == "a"
            && dom.attr(j, "rel").is_some_and(|r| {
                r.split_whitespace()
                    .any(|t| t.eq_ignore_ascii_case("author"))
            });
        let marked = !prop
            && !rel
            && node.chars <= 80
            && ["class", "id"].iter().any(|a| {
                dom.attr(j, a).is_some_and(|v| {
                    let v = v.to_ascii_lowercase();
                    (v.contains("author") || v.contains("byline") || v.contains("autor"))
                        && !v.contains("authority")
                })
            });
        if !(prop || rel || marked) || node.chars > 120 {
            continue;
        }
        tried += 1;
        if tried > 30 {
            break;
        }
        if in_comment_area(dom, j) || in_teaser_card(dom, j, title_node) {
            continue;
        }
        let text = if prop {
            dom.elements_in(j)
                .find(|&k| {
                    dom.attr(k, "itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("name"))
                })
                .map(|k| {
                    dom.attr(k, "content")
                        .map(str::to_string)
                        .unwrap_or_else(|| dom.text_inline(k))
                })
                .or_else(|| dom.attr(j, "content").map(str::to_string))
                .unwrap_or_else(|| dom.text_inline(j))
        } else {
            dom.text_inline(j)
        };
        // A candidate that leaves only a lead word, a weekday or a photo
        // credit (`Veröffentlicht von` beside the name's own element) is
        // passed over for the next one.
        if let Some(v) = labels::clean_byline(&text).filter(|v| labels::tidy_author(v).is_some()) {
            return Some(v);
        }
    }
    None
}

/// The source named by markup near the headline: a short element whose
/// class or id says source (`<a class="source">新京报</a>`,
/// `<span class="ent-source">`), media name (`<span id="media_name">`) or
/// nickname (the publishing account on self-media platforms,
/// `<strong class="profile_nickname">`), from just before the headline to
/// the end of the headline area. Dates, long text and URLs are not sources.
fn source_markup(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    window: (usize, usize),
) -> Option<String> {
    let from = title_node.map_or(window.0, |t| t.saturating_sub(40).max(dom.body_index()));
    (from..window.1.min(dom.nodes.len())).find_map(|j| {
        let node = &dom.nodes[j];
        let short = matches!(node.kind, Kind::Element(..)) && (2..=30).contains(&node.chars);
        if !short || !names_source(dom, j) {
            return None;
        }
        let text = dom.text_inline(j);
        let plain = dates::find_date(&text).is_none() && !text.contains("://");
        plain.then(|| labels::source_value(&text)).flatten()
    })
}

/// The source shown bare beside the date in the line under a Chinese
/// headline: the publishing account on self-media platforms
/// (`<span>原创</span> <span>南方都市报</span> <span>2019-09-09 16:01</span>`),
/// or the outlet of a `Reporter/Outlet` credit (`<p>石佳/中国青年报</p>
/// <p>2019-09-24 09:10</p>`). The date is the first short element of the
/// headline area that holds one and no label (the innermost such
/// element); the name is the element just
/// before or after it (not the headline), short, with no label, digit or
/// page tool (分享, 评论, ...).
fn dateline_source(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    window: (usize, usize),
) -> Option<String> {
    let end = window.1.min(dom.nodes.len());
    let dated = |j: usize| {
        if !matches!(dom.nodes[j].kind, Kind::Element(..))
            || !(6..=30).contains(&dom.nodes[j].chars)
        {
            return false;
        }
        let text = dom.text_inline(j);
        dates::find_date(&text).is_some() && labels::scan(&text).is_empty()
    };
    // The innermost element with the date, not the line around it.
    let date = (window.0..end)
        .filter(|&j| dated(j))
        .find(|&j| !dom.elements_in(j).any(dated))?;
    let line = dom.nodes[date].parent;
    if line == usize::MAX {
        return None;
    }
    let items: Vec<usize> = dom
        .children(line)
        .filter(|&k| dom.name(k).is_some() && dom.nodes[k].chars > 0)
        .collect();
    let at = items.iter().position(|&k| k == date)?;
    let neighbours = [at.checked_sub(1), Some(at + 1)];
    neighbours
        .into_iter()
        .flatten()
        .filter_map(|k| items.get(k))
        .filter(|&&k| !title_node.is_some_and(|t| dom.contains(k, t)))
        .find_map(|&k| bare_source_name(&dom.text_inline(k)))
}

/// A name shown without a label, as a source: 2 to 20 characters, no
/// digits, colons or labels, not a page tool. In `Reporter/Outlet` the part
/// after the slash, unless the part before is a credit (`文/张三`).
fn bare_source_name(text: &str) -> Option<String> {
    let text = text.trim();
    let name = match text.rsplit_once('/') {
        Some((reporter, outlet)) => {
            let person = (2..=4).contains(&reporter.chars().count())
                && reporter.chars().all(is_cjk)
                && labels::scan(&format!("{reporter}：")).is_empty()
                && !["文", "图", "摄", "撰文", "文图", "图文"].contains(&reporter);
            person.then_some(outlet.trim())?
        }
        None => text,
    };
    let plain = (2..=20).contains(&name.chars().count())
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '：' | '/'))
        && labels::scan(name).is_empty()
        && !labels::PAGE_TOOLS.iter().any(|t| name.contains(t))
        && names_a_medium(name);
    plain.then(|| name.to_string())
}

/// Whether a name beside a Chinese date line is an outlet's: one word in
/// Latin letters (a brand, `GameForce`), or a Chinese name whose last word
/// is a word for a medium (`南方都市报`, `新华社`, `人民网`, `澎湃新闻`,
/// `河南日报客户端`) and that is no section of news (`国内新闻`,
/// `体育新闻`). A bare place (`北京`), a section or a page tool
/// (`参与讨论`) names no source.
fn names_a_medium(name: &str) -> bool {
    if !name.chars().any(|c| dom::is_han(c) || c.is_whitespace()) {
        return true;
    }
    const MEDIA: [&str; 11] = [
        "网",
        "报",
        "社",
        "台",
        "新闻",
        "客户端",
        "杂志",
        "周刊",
        "在线",
        "媒体",
        "之声",
    ];
    const NEWS_SECTIONS: [&str; 14] = [
        "国内", "国际", "社会", "财经", "体育", "娱乐", "科技", "军事", "本地", "地方", "图片",
        "视频", "热点", "滚动",
    ];
    MEDIA.iter().any(|m| name.ends_with(m))
        && !NEWS_SECTIONS
            .iter()
            .any(|s| name.strip_suffix("新闻") == Some(s))
}

/// Whether element `i` is a credit line for a table, chart or picture in
/// the story (`<p><em>Source: Census Bureau</em></p>` under a table): the
/// line right after a table or image, or a line set apart in `<em>`,
/// `<small>` or `<i>` among the three after one. Its `Source:` names where
/// the data came from, not the article's source; a line set apart that
/// closes the story (`<em>Source: Reuters</em>`) names the wire.
fn is_exhibit_credit(dom: &Dom<'_>, i: usize) -> bool {
    let Some(line) = std::iter::once(i)
        .chain(dom.ancestors(i).take(3))
        .find(|&a| matches!(dom.name(a), Some("p" | "div" | "li" | "td")))
    else {
        return false;
    };
    let parent = dom.nodes[line].parent;
    if parent == usize::MAX {
        return false;
    }
    let before: Vec<usize> = dom
        .children(parent)
        .take_while(|&k| k != line)
        .filter(|&k| dom.name(k).is_some())
        .collect();
    // A figure carries its own caption: a line after it is the story's.
    let exhibit = |k: usize| matches!(dom.name(k), Some("table" | "img" | "picture"));
    let after_exhibit = before.last().is_some_and(|&k| {
        exhibit(k)
            || (dom.name(k) != Some("figure")
                && dom.nodes[k].chars <= 20
                && dom.elements_in(k).any(exhibit))
    });
    let line_chars = dom.nodes[line].chars;
    let set_apart = std::iter::once(line).chain(dom.elements_in(line)).any(|k| {
        matches!(dom.name(k), Some("em" | "small" | "i"))
            && dom.nodes[k].chars * 10 >= line_chars * 9
    });
    let near_exhibit =
        before.iter().rev().take(3).any(|&k| {
            exhibit(k) || (dom.name(k) != Some("figure") && dom.elements_in(k).any(exhibit))
        });
    after_exhibit || (set_apart && near_exhibit)
}

/// Whether the class or id of element `i` says it holds the source:
/// a `source`, `nickname` or `medianame` token, or `media` then `name`.
fn names_source(dom: &Dom<'_>, i: usize) -> bool {
    let tokens: Vec<&str> = dom.class_tokens(i).collect();
    tokens
        .iter()
        .any(|t| matches!(*t, "source" | "nickname" | "medianame"))
        || tokens.windows(2).any(|w| w == ["media", "name"])
}

/// A date in markup that marks dates, anywhere in the page (for pages whose
/// headline area holds none): `itemprop=datePublished`, `<time>`,
/// `<abbr class=published>`, short elements whose class or id says date,
/// time, published or posted. Comment areas are skipped.
fn dated_markup(dom: &Dom<'_>) -> Option<dates::Found> {
    const MARKS: &[&str] = &[
        "date", "time", "publish", "posted", "datum", "fecha", "byline", "meta", "info",
    ];
    let in_comments = |j: usize| {
        dom.ancestors(j).take(12).any(|a| {
            let ci = dom.class_id(a);
            ci.contains("comment") || ci.contains("reply") || ci.contains("sidebar")
        })
    };
    let start = dom.body_index();
    let mut tried = 0;
    for j in start..dom.nodes.len() {
        let Some(name) = dom.name(j) else { continue };
        let node = &dom.nodes[j];
        let published_prop = dom
            .attr(j, "itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
        let text = if published_prop || name == "time" {
            dom.attr(j, "datetime")
                .or_else(|| dom.attr(j, "content"))
                .map(str::to_string)
                .unwrap_or_else(|| dom.text_inline(j))
        } else if node.chars >= 6 && node.chars <= 80 && node.end - j <= 30 {
            let marked = ["class", "id"].iter().any(|a| {
                dom.attr(j, a).is_some_and(|v| {
                    let v = v.to_ascii_lowercase();
                    MARKS.iter().any(|m| v.contains(m))
                })
            }) || (name == "abbr" && dom.attr(j, "title").is_some());
            if !marked {
                continue;
            }
            dom.text_inline(j)
        } else {
            continue;
        };
        tried += 1;
        if tried > 200 {
            break;
        }
        if let Some(f) = dates::find_date(&text) {
            if !in_comments(j) {
                return Some(f);
            }
        }
    }
    None
}

/// The date line that opens the article container (`2021-10-16 |
/// Botschaft` above the first heading): one of the container's first
/// three lines of text, short, starting with a date. The body text drops
/// such lines as metadata, so [`dates::body_date`] does not see them.
fn container_lead_date(dom: &Dom<'_>, container: Option<usize>) -> Option<dates::Found> {
    let c = container?;
    (c + 1..dom.nodes[c].end)
        .filter_map(|j| match dom.nodes[j].kind {
            Kind::Text(t) if !t.trim().is_empty() => Some(collapse_ws(t)),
            _ => None,
        })
        .take(3)
        .filter(|line| line.chars().count() <= 40)
        .find_map(|line| {
            dates::find_date(&line).filter(|f| !line[..f.start].chars().any(char::is_alphanumeric))
        })
}

/// `<time datetime>` or `itemprop=datePublished` near the article: from
/// just before the headline to the end of the article container. Elements
/// in a teaser of another story are skipped, and a `datetime` more than a
/// day away from the day its `<time>` shows is a template placeholder: the
/// shown text counts. A `<time>` that is an update stamp ("Last Updated:
/// …", `class=updated`) gives way to a later one that is not.
fn time_element(
    dom: &Dom<'_>,
    from: usize,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    let from = title_node.map_or(from, |t| {
        t.saturating_sub(40).max(dom.body_index()).min(from)
    });
    let to = container.map_or(dom.nodes.len(), |c| dom.nodes[c].end);
    let mut update_stamp = None;
    for j in from..to {
        let Some(name) = dom.name(j) else { continue };
        let published_prop = dom
            .attr(j, "itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
        if !(published_prop || name == "time") || in_teaser(dom, j, title_node) {
            continue;
        }
        if published_prop {
            return dom
                .attr(j, "content")
                .or_else(|| dom.attr(j, "datetime"))
                .map(str::to_string)
                .or_else(|| Some(dom.text_inline(j)));
        }
        let text = dom.text_inline(j);
        let shown_day = dates::find_date(&text);
        let machine = dom
            .attr(j, "datetime")
            .and_then(|d| Some((d, dates::find_date(d)?)));
        let value = match (machine, shown_day) {
            (Some((_, m)), Some(t)) if days_apart(&m, &t) > 1 => text,
            (Some((d, _)), _) => d.to_string(),
            (None, Some(_)) => text,
            (None, None) => continue,
        };
        if !is_update_stamp(dom, j) {
            return Some(value);
        }
        update_stamp = update_stamp.or(Some(value));
    }
    update_stamp
}

/// Whether a `<time>` element says it is the time of the last change: its
/// text opens with an update word ("Updated", "Last updated:",
/// "Aktualisiert", "Mis à jour", "Actualizado"), or its class says
/// updated or modified and not published.
fn is_update_stamp(dom: &Dom<'_>, i: usize) -> bool {
    let classes = dom.class_id(i);
    ((classes.contains("update") || classes.contains("modified")) && !classes.contains("publish"))
        || dates::opens_with_update_word(&dom.text_inline(i))
}

/// Whether element `i` sits in a teaser of another story: one of its three
/// nearest ancestors holds a link with headline-length text (and not the
/// page's own headline).
fn in_teaser(dom: &Dom<'_>, i: usize, title_node: Option<usize>) -> bool {
    dom.ancestors(i).take(3).any(|a| {
        !title_node.is_some_and(|t| dom.contains(a, t))
            && dom
                .elements_in(a)
                .any(|k| dom.name(k) == Some("a") && dom.nodes[k].chars >= 25)
    })
}

/// A category written all in lower case (`ciencia` in a URL-like
/// `article:section`, or a crumb) as a link on the page spells it
/// (`Ciencia`, `Blog`), when one does.
fn shown_spelling(dom: &Dom<'_>, category: String) -> String {
    if category.chars().any(char::is_uppercase) || !category.chars().any(char::is_lowercase) {
        return category;
    }
    (dom.body_index()..dom.nodes.len())
        .filter(|&i| dom.name(i) == Some("a"))
        .map(|i| dom.text_inline(i))
        .find(|t| t.chars().any(char::is_uppercase) && t.to_lowercase() == category)
        .unwrap_or(category)
}

/// Whether a link is one of a post's category links: `rel="category tag"`,
/// as blog engines mark a post's categories, `rel="tag"` to a `/category/`
/// page, as some themes mark them, or a wiki's link to a `Category:` page
/// in the category box at the foot of the article (`catlinks`), outside a
/// box of hidden categories.
fn is_category_link(dom: &Dom<'_>, i: usize) -> bool {
    if dom.name(i) != Some("a") {
        return false;
    }
    let rel = dom.attr(i, "rel").unwrap_or("");
    let rel_has = |word: &str| rel.split_whitespace().any(|w| w.eq_ignore_ascii_case(word));
    if rel_has("category") {
        return true;
    }
    let href = dom.attr(i, "href").unwrap_or("");
    let to_category_page = || {
        href.split(['/', '?', '#']).any(|seg| {
            CATEGORY_LABEL_WORDS
                .iter()
                .any(|word| seg.eq_ignore_ascii_case(word))
        })
    };
    // In the box of categories, not in its box of hidden ones: the first
    // ancestor that is either decides.
    let in_category_box = || {
        dom.ancestors(i).find_map(|a| {
            let mut names = dom.class_id(a).split_whitespace();
            if names.clone().any(|n| n == "catlinks") {
                Some(true)
            } else {
                names.any(|n| n.contains("hidden")).then_some(false)
            }
        }) == Some(true)
    };
    let to_wiki_category = || {
        href.rsplit('/')
            .next()
            .is_some_and(|seg| seg.starts_with("Category:") || seg.starts_with("Kategorie:"))
            && in_category_box()
    };
    (rel_has("tag") && to_category_page()) || to_wiki_category()
}

/// The category links (see [`is_category_link`]) of the first post on the
/// page, in page order, joined with "; ". A heading after the first link
/// starts the next post (a blog's front page lists several, each with its
/// own links; a single post may be followed by teasers with theirs). More
/// than eight is a tag cloud, not the post's categories.
fn category_links(dom: &Dom<'_>) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for i in dom.body_index()..dom.nodes.len() {
        let next_heading = !names.is_empty()
            && matches!(dom.name(i), Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
            && !dom.elements_in(i).any(|k| is_category_link(dom, k));
        if next_heading {
            break;
        }
        if !is_category_link(dom, i) {
            continue;
        }
        let name = dom.text_inline(i);
        if !name.is_empty() && name.chars().count() <= 40 && !names.contains(&name) {
            names.push(name);
        }
    }
    (!names.is_empty() && names.len() <= 8).then(|| names.join("; "))
}

/// Words that label a post's categories when a colon follows them
/// (`Kategorien: Reisen`).
const CATEGORY_LABEL_WORDS: [&str; 8] = [
    "kategorien",
    "kategorie",
    "categories",
    "category",
    "catégories",
    "catégorie",
    "rubriken",
    "rubrik",
];
/// Phrases that label a post's categories without a colon (`Filed under
/// <a>Politics</a>`); as they also open sentences of prose, only links
/// after them count as values.
const CATEGORY_LABEL_PHRASES: [&str; 4] = [
    "filed under",
    "posted in",
    "abgelegt unter",
    "veröffentlicht in",
];

/// The byte offset in `text` just after `label` (lower case) when `text`
/// opens with it, letter by letter in lower case. The offset is the
/// original text's, whatever lower-casing does to byte lengths.
fn after_label(text: &str, label: &str) -> Option<usize> {
    let mut want = label.chars();
    for (at, c) in text.char_indices() {
        if !c.to_lowercase().all(|l| want.next() == Some(l)) {
            return None;
        }
        if want.as_str().is_empty() {
            return Some(at + c.len_utf8());
        }
    }
    None
}

/// The categories a label line names (`Kategorien: Allgemein`,
/// `Filed under <a>Politics</a>`): the first element, in page order, whose
/// text is a category label and its values and nothing else, the values
/// being its links or, without links and after a label word, the comma
/// list after the label.
fn category_label_line(dom: &Dom<'_>) -> Option<String> {
    // The text after the label, and whether the label takes links only.
    let value_after_label = |text: &str| -> Option<(String, bool)> {
        let word = CATEGORY_LABEL_WORDS.iter().find_map(|w| {
            let rest = text[after_label(text, w)?..].trim_start();
            rest.strip_prefix([':', '：']).map(str::trim_start)
        });
        let (rest, links_only) = match word {
            Some(rest) => (rest, false),
            None => CATEGORY_LABEL_PHRASES.iter().find_map(|p| {
                let rest = text[after_label(text, p)?..].trim_start_matches([' ', ':']);
                Some((rest, true))
            })?,
        };
        Some((rest.to_string(), links_only))
    };
    // Only short elements whose first text opens with a label's first
    // word are read: a cheap test (the first letter rules out most) that
    // spares reading the text of every short element.
    let opens_with_label = |i: usize| {
        let first_text = (i + 1..dom.nodes[i].end).find_map(|k| match dom.nodes[k].kind {
            Kind::Text(t) if !t.trim().is_empty() => Some(t.trim_start()),
            _ => None,
        });
        let Some(t) = first_text else {
            return false;
        };
        let first_letter = t.chars().next().map(|c| c.to_ascii_lowercase());
        CATEGORY_LABEL_WORDS
            .iter()
            .chain(&CATEGORY_LABEL_PHRASES)
            .filter(|l| l.chars().next() == first_letter)
            .any(|l| after_label(t, l.split(' ').next().unwrap_or(l)).is_some())
    };
    (dom.body_index()..dom.nodes.len())
        .filter(|&i| {
            dom.name(i).is_some_and(|n| n != "a")
                && (1..=120).contains(&dom.nodes[i].chars)
                && opens_with_label(i)
        })
        .find_map(|i| {
            let (value, links_only) = value_after_label(&dom.text_inline(i))?;
            let links: Vec<String> = dom
                .elements_in(i)
                .filter(|&k| dom.name(k) == Some("a"))
                .map(|k| dom.text_inline(k))
                .collect();
            let names: Vec<String> = if links.is_empty() {
                if links_only {
                    return None;
                }
                value
                    .split([',', ';'])
                    .map(|v| v.trim().to_string())
                    .collect()
            } else {
                // Every link is a value: a label that is itself a link
                // (a menu's `Filed Under` heading) is no label line.
                let rest = links.iter().try_fold(value.clone(), |v, l| {
                    v.contains(l.as_str())
                        .then(|| v.replacen(l.as_str(), "", 1))
                })?;
                if !rest
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, ',' | ';' | '|' | '/' | '·'))
                {
                    return None;
                }
                links
            };
            let plausible = |n: &String| (1..=40).contains(&n.chars().count());
            (!names.is_empty() && names.len() <= 8 && names.iter().all(plausible))
                .then(|| names.join("; "))
        })
}

/// The section the site's navigation marks as the current one, above the
/// headline: the first menu item (`<li>` or `<a>` inside `<nav>` or an
/// element whose class or id says nav or menu) whose class says current,
/// active, on, selected or cur, other than home, and not in a menu of
/// languages or of the reader's account (see [`names_non_section_menu`]).
fn nav_highlight(dom: &Dom<'_>, title_node: Option<usize>) -> Option<String> {
    let in_menu = |j: usize| {
        let near: Vec<usize> = dom.ancestors(j).take(6).collect();
        near.iter().any(|&a| {
            let ci = dom.class_id(a);
            dom.name(a) == Some("nav") || ci.contains("nav") || ci.contains("menu")
        }) && !near.iter().any(|&a| names_non_section_menu(dom, a))
    };
    let highlighted = |j: usize| {
        matches!(dom.name(j), Some("li" | "a"))
            && dom.attr(j, "class").is_some_and(|c| {
                c.split(|ch: char| ch.is_whitespace() || ch == '-' || ch == '_')
                    .any(|t| matches!(t, "current" | "active" | "on" | "selected" | "cur"))
            })
    };
    let end = title_node?;
    (dom.body_index()..end)
        .filter(|&j| highlighted(j) && in_menu(j))
        .find_map(|item| {
            let link = if dom.name(item) == Some("a") {
                item
            } else {
                dom.elements_in(item).find(|&k| dom.name(k) == Some("a"))?
            };
            // A link to a place on this page (a skip link, a menu toggle)
            // leads to no section.
            if dom
                .attr(link, "href")
                .is_some_and(|h| h.trim().starts_with('#'))
            {
                return None;
            }
            let text = dom.text_inline(link);
            let home = ["首页", "主页", "home", "startseite", "accueil", "inicio"]
                .iter()
                .any(|h| text.to_lowercase().ends_with(h));
            (!text.is_empty() && !home && text.chars().count() <= 20).then_some(text)
        })
}

/// Whether the class or id of element `a` names a menu of languages or of
/// the reader's account (`lang-menu`, `language-switcher`, `user-menu`,
/// `account`): its highlighted item is the page's language or a sign-in
/// link, no section.
fn names_non_section_menu(dom: &Dom<'_>, a: usize) -> bool {
    dom.class_tokens(a).any(|w| {
        matches!(
            w,
            "lang" | "language" | "languages" | "locale" | "user" | "account" | "login"
        )
    })
}

/// Whether a category found on the page names a section: it has a letter
/// and is no placeholder a publishing system writes into an empty field
/// (`8`, `nil`, `tags`, `undefined`); else the next source is asked.
fn names_a_section(category: &str) -> bool {
    const PLACEHOLDERS: [&str; 8] = [
        "nil",
        "null",
        "none",
        "undefined",
        "tag",
        "tags",
        "false",
        "default",
    ];
    category.chars().any(char::is_alphabetic)
        && !PLACEHOLDERS
            .iter()
            .any(|p| category.trim().eq_ignore_ascii_case(p))
}

/// Whether a breadcrumb item is a domain name as written (`example.de`,
/// lower case): the site, that is home. `Node.js` is a section.
fn is_domain_name(text: &str) -> bool {
    text.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && !name.contains(char::is_whitespace)
            && !name.contains(char::is_uppercase)
            && (2..=6).contains(&tld.len())
            && tld.chars().all(|c| c.is_ascii_lowercase())
    })
}

/// Whether a line starts with a "you are here" label: `当前位置`, `位置`,
/// `您的位置`, `您现在的位置` (with or without a colon), or another short
/// lead ending in 位置 before a colon (`您的当前位置：`).
fn says_location(text: &str) -> bool {
    ["当前位置", "位置", "您的位置", "您现在的位置"]
        .iter()
        .any(|lead| text.starts_with(lead))
        || text
            .split_once(['：', ':'])
            .is_some_and(|(lead, _)| lead.trim().ends_with("位置") && lead.chars().count() <= 8)
}

/// Whether a link in the few hundred nodes after `from` points at `href`
/// and shows an image (an avatar) beside `name`: a breadcrumb item `name`
/// linking there is the account that posted the story on a self-media
/// platform (`澎湃号 > 中国广州发布` with the account's avatar and name by
/// the headline), not a section. A section's logo shows no name.
fn is_avatar_link(dom: &Dom<'_>, from: usize, href: &str, name: &str) -> bool {
    (from..dom.nodes.len().min(from + 400)).any(|k| {
        dom.name(k) == Some("a")
            && dom.attr(k, "href").is_some_and(|h| h.trim() == href)
            && dom.elements_in(k).any(|m| dom.name(m) == Some("img"))
            && dom.text_inline(k) == name
    })
}

/// Whether a link is a search for a keyword (`/search/?keyword=其他`,
/// `?q=…`): a tag on the story, not its section.
fn is_search_link(href: &str) -> bool {
    let h = href.to_ascii_lowercase();
    let (path, query) = h.split_once('?').unwrap_or((&h, ""));
    path.split('/').any(|seg| matches!(seg, "search" | "suche"))
        || query.split('&').any(|kv| {
            ["q=", "keyword=", "keywords=", "query="]
                .iter()
                .any(|k| kv.starts_with(k))
        })
}

/// Whether a class or id names a breadcrumb: a word for it (`breadcrumb`,
/// `td-crumb-container`) or a pinyin one (`weizhi` 位置, `dqwz` 当前位置,
/// `daohang` 导航, `mbx` 面包屑).
fn names_breadcrumb(class_id: &str) -> bool {
    ["crumb", "bread", "weizhi", "dqwz", "daohang", "mbx"]
        .iter()
        .any(|k| class_id.contains(k))
}

/// Whether a class or id names where the reader is: a name whose last word
/// (after `-` or `_`) is `position` or `location`, or starts or ends with
/// `path` (`position`, `current-location`, `news_path`, `navpath`,
/// `pathway`). A word in the middle names something else: the CSS
/// positioning of `position-relative`, a menu item's target in
/// `menu-path-node-6`.
fn names_place(class_id: &str) -> bool {
    class_id.split_whitespace().any(|name| {
        let last = name.rsplit(['-', '_']).next().unwrap_or(name);
        matches!(last, "position" | "location")
            || last.starts_with("path")
            || last.ends_with("path")
    })
}

/// The last section link of the breadcrumb (not home, not "正文"), skipping
/// a crumb that is the posting account (see [`is_avatar_link`]) or a
/// keyword search (see [`is_search_link`]).
fn breadcrumb_category(dom: &Dom<'_>, title: Option<&str>) -> Option<String> {
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
            || is_domain_name(t.trim())
    };
    // A first link to a site's root is home whatever it says (`新华网`).
    let site_root = |h: &str| Url::parse(h).is_ok_and(|u| u.path() == "/" && u.query().is_none());
    let start = dom.body_index();
    for i in start..dom.nodes.len() {
        let Some(name) = dom.name(i) else { continue };
        let node = &dom.nodes[i];
        if node.chars == 0 || node.chars > 200 || node.end - i > 300 || name == "a" {
            continue;
        }
        let hidden = dom
            .attr(i, "style")
            .is_some_and(|s| s.replace(' ', "").contains("display:none"));
        if hidden {
            continue;
        }
        let ci = dom.class_id(i);
        let named_breadcrumb = names_breadcrumb(ci)
            || dom
                .attr(i, "aria-label")
                .is_some_and(|a| a.to_ascii_lowercase().contains("breadcrumb"))
            || dom
                .attr(i, "itemtype")
                .is_some_and(|a| a.contains("BreadcrumbList"));
        let named_place = !named_breadcrumb && names_place(ci);
        let links: Vec<usize> = dom
            .elements_in(i)
            .filter(|&j| dom.name(j) == Some("a"))
            .collect();
        let text = if named_breadcrumb || named_place || (2..=6).contains(&links.len()) {
            dom.text_inline(i)
        } else {
            continue;
        };
        // A box named a place or path (`position`, `news_path`) is a
        // breadcrumb when it shows a trail: a "you are here" label, a link
        // and an arrow (`国内新闻 > 正文`), or two links or more that open
        // with home.
        let shows_trail = || {
            says_location(&text)
                || !links.is_empty() && text.contains(['>', '›', '»', '＞'])
                || links.len() >= 2
                    && (is_home(&dom.text_inline(links[0]))
                        || dom
                            .attr(links[0], "href")
                            .is_some_and(|h| h.trim() == "/" || site_root(h.trim())))
        };
        let marked = named_breadcrumb || (named_place && shows_trail());
        let textual = !marked
            && (says_location(&text)
                || ((text.starts_with("首页") || text.starts_with("Home"))
                    && text.contains(['>', '›', '»', '/'])));
        if !marked && !textual {
            continue;
        }
        // The innermost "you are here" line, not a bar around it that also
        // holds a search box or a site map link.
        if textual
            && dom
                .elements_in(i)
                .any(|k| dom.name(k) != Some("a") && says_location(&dom.text_inline(k)))
        {
            continue;
        }
        if links.len() > 8 {
            continue;
        }
        let is_leaf = |t: &str| {
            matches!(
                t.trim(),
                "正文" | "正文内容" | "内容" | "详情" | "文章" | "Article" | "article"
            ) || title.is_some_and(|x| x == t.trim())
        };
        // `/` is the site root, but after the first link of a marked
        // breadcrumb it is a section's own root (`科技 > <a href="/">互联网</a>`).
        // Crumbs to the posting account or to a search for a keyword are
        // no sections, as links or as plain text.
        let not_sections: Vec<String> = links
            .iter()
            .filter(|&&j| {
                dom.attr(j, "href").is_some_and(|h| {
                    is_search_link(h.trim())
                        || is_avatar_link(dom, node.end, h.trim(), &dom.text_inline(j))
                })
            })
            .map(|&j| dom.text_inline(j))
            .collect();
        let is_section = |t: &str| {
            !t.is_empty()
                && !is_home(t)
                && !is_leaf(t)
                && t.chars().count() <= 20
                && !not_sections.iter().any(|n| n == t)
        };
        let cat = links
            .iter()
            .enumerate()
            .filter(|&(k, &j)| {
                dom.attr(j, "href").is_some_and(|h| {
                    let h = h.trim();
                    !h.is_empty() && (h != "/" || (marked && k > 0)) && (k > 0 || !site_root(h))
                })
            })
            .map(|(_, &j)| dom.text_inline(j))
            .rfind(|t| is_section(t));
        // A breadcrumb that ends in an account or a keyword shows no section.
        if cat.is_some() || !not_sections.is_empty() {
            return cat;
        }
        let segments: Vec<&str> = text.split(['>', '›', '»', '/', '＞']).collect();
        if segments.len() < 2 {
            continue;
        }
        let seg = segments
            .into_iter()
            .map(|s| {
                let s = s.trim();
                let label_end = s
                    .find(['：', ':'])
                    .filter(|&p| s[..p].ends_with("位置"))
                    .map_or(0, |p| p + s[p..].chars().next().map_or(0, char::len_utf8));
                s[label_end..].trim()
            })
            .rfind(|s| is_section(s));
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
    fn a_headline_hyphenated_to_the_site_name_is_cut_where_the_page_shows_it() {
        assert_eq!(
            title_of(
                "<title>阿里发布最强AI芯片：一块顶十块GPU-电子技术设计</title>",
                "<h4>阿里发布最强AI芯片：一块顶十块GPU</h4>"
            )
            .as_deref(),
            Some("阿里发布最强AI芯片：一块顶十块GPU")
        );
        // A hyphenated word is no separator: the page never shows "Anti" alone.
        assert_eq!(
            title_of(
                "<title>Anti-Corruption</title>",
                "<p>Anti-Corruption law passed today.</p>"
            )
            .as_deref(),
            Some("Anti-Corruption")
        );
    }

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
    fn a_source_in_a_chart_credit_or_a_figure_is_no_article_source() {
        let html = r#"<html><body><h1>Headline</h1>
            <footer class="interactive-footer"><p class="custom-credit">By The Paper | Source: Budget Office</p></footer>
            <figure><img src="a.png"><figcaption>Source: Agency</figcaption></figure>
            <p class="source">Source: The Wire</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let credit = |text: &str| {
            (0..dom.nodes.len())
                .filter(|&i| dom.name(i).is_some() && dom.text_inline(i) == text)
                .any(|i| in_image_credit(&dom, i))
        };
        assert!(credit("By The Paper | Source: Budget Office"));
        assert!(credit("Source: Agency"));
        assert!(!credit("Source: The Wire"));
        // Set apart at the close of a story with no table or image: the wire.
        assert!(!credit("Source: Reuters"));
    }

    #[test]
    fn the_json_ld_publisher_is_the_source_before_the_site_name() {
        let html = format!(
            r#"<html><head><meta property="og:site_name" content="Platform">
            <script type="application/ld+json">{{"@type":"Article","publisher":{{"@type":"Organization","name":"A Publication"}}}}</script>
            </head><body><h1>Headline of the post</h1><div class="story"><p>{}</p></div></body></html>"#,
            "A paragraph of the story that is long enough to be the article text. ".repeat(8)
        );
        let url = Url::parse("http://a.example/news/1.html").unwrap();
        let input = Input {
            url: &url,
            body: html.as_bytes(),
            content_type: None,
        };
        let ex = extract(&input, &Options::default());
        assert_eq!(ex.source.as_deref(), Some("A Publication"));
    }

    #[test]
    fn the_shown_headline_beats_a_different_seo_title_about_the_same_story() {
        let head = r#"<meta property="og:title" content="Ash Ketchum's Pokemon career, as judged by an expert">"#;
        assert_eq!(
            title_of(
                head,
                "<h1>How Ash Ketchum finally became a Pokemon master</h1>"
            )
            .as_deref(),
            Some("How Ash Ketchum finally became a Pokemon master")
        );
        // A site name in an h1 shares no words with the story's title.
        assert_eq!(
            title_of(head, "<h1>The Daily Planet</h1>").as_deref(),
            Some("Ash Ketchum's Pokemon career, as judged by an expert")
        );
        // "Kicker: headline" in the metadata is the fuller headline when
        // the page shows the kicker before the headline.
        let kicker = r#"<meta property="og:title" content="Nach dem Rückzug: Anwältin soll Ministerin werden">"#;
        assert_eq!(
            title_of(
                kicker,
                "<div class=\"keyword\">Nach dem Rückzug</div><h1>Anwältin soll Ministerin werden</h1>"
            )
            .as_deref(),
            Some("Nach dem Rückzug: Anwältin soll Ministerin werden")
        );
        assert_eq!(
            title_of(kicker, "<h1>Anwältin soll Ministerin werden</h1>").as_deref(),
            Some("Anwältin soll Ministerin werden")
        );
    }

    #[test]
    fn a_kicker_in_its_own_element_is_not_the_headline() {
        let body = "<h1><span class=\"topline\">Olympic Games</span> Drinks arrive by boat in the city</h1>";
        let site = r#"<meta property="og:title" content="Olympic Games - Drinks arrive by boat in the city - Trade News">"#;
        assert_eq!(
            title_of(site, body).as_deref(),
            Some("Drinks arrive by boat in the city")
        );
        // Unless the metadata title is "Kicker: Headline".
        let joined = r#"<meta property="og:title" content="Olympic Games: Drinks arrive by boat in the city">"#;
        assert_eq!(
            title_of(joined, body).as_deref(),
            Some("Olympic Games: Drinks arrive by boat in the city")
        );
        // Emphasis is part of the headline.
        assert_eq!(
            title_of(
                "",
                "<h1><b>Editor's letter:</b> goodbye and hello again</h1>"
            )
            .as_deref(),
            Some("Editor's letter: goodbye and hello again")
        );
    }

    #[test]
    fn the_shown_headline_matches_metadata_typed_differently() {
        let head =
            r#"<meta property="og:title" content="Someone called the police ... over a book">"#;
        assert_eq!(
            title_of(head, "<h1>Someone called the police … over a book</h1>").as_deref(),
            Some("Someone called the police … over a book")
        );
        assert_eq!(
            fold_typography("It’s “here” – now…\u{ad}"),
            "It's \"here\" - now..."
        );
    }

    #[test]
    fn a_heading_that_is_one_part_of_the_title() {
        let head = r#"<title>Penny - Valley Wiki</title><meta property="og:title" content="Penny - Valley Wiki">"#;
        assert_eq!(title_of(head, "<h1>Penny</h1>").as_deref(), Some("Penny"));
        // A heading that starts the metadata title before a separator.
        let head =
            r#"<meta property="og:title" content="Book of the week - The Long Walk by A. Author">"#;
        assert_eq!(
            title_of(
                head,
                "<h1>Literature</h1><h2>Book of the week</h2><h3>The Long Walk</h3>"
            )
            .as_deref(),
            Some("Book of the week")
        );
        // Several parts: the first one shown is the headline, not the site.
        let head = "<title>Children and work » Helping Kids e.V.</title>";
        assert_eq!(
            title_of(
                head,
                "<h1>Helping Kids e.V. for working children</h1><h2>Children and work</h2>"
            )
            .as_deref(),
            Some("Children and work")
        );
    }

    #[test]
    fn the_headline_right_before_the_body_beats_an_older_metadata_title() {
        let head =
            r#"<meta property="og:title" content="Strong quake kills more than 120 in China">"#;
        assert_eq!(
            title_of(
                head,
                "<h1>Quake survivors in China endure frigid temperatures and mourn the dead</h1>"
            )
            .as_deref(),
            Some("Quake survivors in China endure frigid temperatures and mourn the dead")
        );
        // Not a pop-up's heading that shares no words with the story.
        assert_eq!(
            title_of(head, "<h1>Thank you for subscribing!</h1>").as_deref(),
            Some("Strong quake kills more than 120 in China")
        );
    }

    #[test]
    fn a_headline_meta_tag_beats_an_og_title_with_a_section_and_site() {
        let head = r#"<title>Minister resigns after row-Politics | Daily</title>
            <meta property="og:title" content="Minister resigns after row-Politics | Daily">
            <meta name="headline" content="Minister resigns after row">"#;
        assert_eq!(
            title_of(head, "<p>Politics</p>").as_deref(),
            Some("Minister resigns after row")
        );
    }

    #[test]
    fn an_h1_beats_the_parts_of_a_title_it_does_not_match() {
        let head = "<title>History - St. Mary's Boys' Choir</title>";
        assert_eq!(
            title_of(head, "<h1>Our choir's history</h1>").as_deref(),
            Some("Our choir's history")
        );
        // A `<title>` of one part is the page's name.
        let head = "<title>History of the choir</title>";
        assert_eq!(
            title_of(head, "<h1>Welcome</h1>").as_deref(),
            Some("History of the choir")
        );
    }

    #[test]
    fn a_site_name_heading_is_not_the_headline() {
        let head = "<title>What is viral marketing? | My Blog</title>";
        assert_eq!(
            title_of(
                head,
                r#"<h1><a href="https://blog.example/">My Blog</a></h1>"#
            )
            .as_deref(),
            Some("What is viral marketing?")
        );
        assert!(links_home_of(r#"<h1><a href="/">Home</a></h1>"#));
        assert!(!links_home_of(
            r#"<h1><a href="https://blog.example/2008/05/post.html">Post</a></h1>"#
        ));
        // The h1 about the story of the `<title>` beats a blog-name element.
        let head = "<title>My Blog : Mountain quests and their people</title>";
        let body =
            r#"<div class="blog-title">My Blog</div><h1>Mountain quests and the people</h1>"#;
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("Mountain quests and the people")
        );
    }

    fn links_home_of(body: &str) -> bool {
        let html = Html::parse_document(body);
        let dom = Dom::build(&html);
        let h1 = (0..dom.nodes.len())
            .find(|&i| dom.name(i) == Some("h1"))
            .unwrap();
        links_home(&dom, h1)
    }

    fn run(url: &str, html: &str) -> Extraction {
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

    #[test]
    fn a_placeholder_section_is_no_category() {
        for (section, category) in [
            ("8", None),
            ("nil", None),
            ("tags", None),
            ("Politik", Some("Politik")),
        ] {
            let html = format!(
                r#"<html><head><meta property="article:section" content="{section}"></head>
                <body><article><h1>Council approves new transit budget</h1>{}</article></body></html>"#,
                en_article_body()
            );
            let ex = run("https://news.example.com/a.html", &html);
            assert_eq!(ex.category.as_deref(), category, "{section}");
        }
    }

    /// Four paragraphs of an English story: enough text to be an article body.
    fn en_article_body() -> String {
        "<p>The city council voted on Tuesday to approve a new budget that raises \
         spending on public transport, a move supporters call overdue and critics \
         call reckless given the uncertain outlook for the region this year.</p>"
            .repeat(4)
    }

    #[test]
    fn credits_in_related_stories_and_comments_after_the_body_are_not_the_byline() {
        let page = |after: &str| {
            format!(
                r#"<html><body><main><article><div class="meta"><span class="author">Anna Smith</span></div>
                <h1>Council approves new transit budget</h1>{}{after}</article></main></body></html>"#,
                en_article_body()
            )
        };
        let related = r#"<div class="related"><h3>Related stories</h3><ul><li><a href="/news/bus-fares">Bus fares to rise in autumn</a><span class="by">By Tom Teaser</span></li></ul></div>"#;
        let comments = r#"<section id="comments"><h3>2 Comments</h3><ol><li><div class="comment-meta">By Joe Reader | May 4, 2024</div><p>Great news for commuters.</p></li></ol></section>"#;
        for after in [related, comments] {
            let ex = run("https://news.example.com/2024/05/budget.html", &page(after));
            assert_eq!(ex.author.as_deref(), Some("Anna Smith"), "{after}");
        }
        // A closing credit line still names the author when no byline does.
        let closing = page("<p>Autor: Jana Berg</p>")
            .replace(r#"<span class="author">Anna Smith</span>"#, "");
        let ex = run("https://news.example.com/2024/05/budget.html", &closing);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    #[test]
    fn a_labelled_credit_ends_where_the_markup_breaks_the_line() {
        for (meta, author) in [
            (
                "<p class=\"meta\">By Anna Smith<br>Associated Press</p>",
                "Anna Smith",
            ),
            (
                "<div class=\"meta\"><p>By Anna Smith</p><p>Fact Checked</p></div>",
                "Anna Smith",
            ),
            ("<p class=\"meta\">By\n    Anna Smith</p>", "Anna Smith"),
        ] {
            let html = format!(
                "<html><body><article><h1>Council approves new transit budget</h1>{meta}{}</article></body></html>",
                en_article_body()
            );
            let ex = run("https://news.example.com/2024/05/budget.html", &html);
            assert_eq!(ex.author.as_deref(), Some(author), "{meta}");
        }
        let html = format!(
            "<html><body><article><h1>市政府公布新预算方案</h1><p class=\"info\">作者：张三<br>市政新闻中心</p>{}</article></body></html>",
            zh_article_body()
        );
        let ex = run("https://news.example.com/2024/05/budget.html", &html);
        assert_eq!(ex.author.as_deref(), Some("张三"));
    }

    #[test]
    fn a_label_element_names_the_element_after_it_only_when_no_text_follows_it() {
        let html = |credit: &str| {
            format!(
                r#"<html><body><article><h1>Council approves new transit budget</h1>{}{credit}</article>
                <aside><article class="card"><a href="/other"><span>Who is Banksy? New analysis claims to know</span></a></article></aside></body></html>"#,
                en_article_body()
            )
        };
        let inline = run(
            "https://news.example.com/a.html",
            &html(r#"<p class="card-byline"><span>By</span> Jane Roe</p>"#),
        );
        assert_eq!(inline.author.as_deref(), Some("Jane Roe"));
        let forum = run(
            "https://news.example.com/a.html",
            &html("<table><tr><th>Author</th><th>Message</th></tr></table>"),
        );
        assert_eq!(forum.author, None);
    }

    #[test]
    fn comment_areas_are_named_by_their_own_class_words() {
        let html = Html::parse_document(
            r#"<html class="flag-unfollowComments-on"><body>
            <p id="a">story</p>
            <div class="commentary__intro"><p id="b">opinion</p></div>
            <ol class="commentlist"><li><p id="c">reader</p></li></ol>
            <div class="wpdiscuz-reply"><p id="d">reply</p></div></body></html>"#,
        );
        let dom = Dom::build(&html);
        let p = |id: &str| {
            (0..dom.nodes.len())
                .find(|&i| dom.attr(i, "id") == Some(id))
                .unwrap()
        };
        assert!(!in_comment_area(&dom, p("a")));
        assert!(!in_comment_area(&dom, p("b")));
        assert!(in_comment_area(&dom, p("c")));
        assert!(in_comment_area(&dom, p("d")));
        // A class that says the state of the page's comments wraps the article.
        assert!(!names_comments("comments-open"));
        assert!(!names_comments("has-comments"));
        assert!(names_comments("comment-list"));
    }

    #[test]
    fn a_member_link_in_the_comments_names_a_reader() {
        let html = format!(
            r#"<html><body><h1>城市公交为何总是晚点</h1><p class="info">作者：李明</p><div class="content">{}</div>
            <div class="comment-list"><div><a href="/home.php?mod=space&uid=9">网友小王</a> 发表于 2024-05-04</div><p>说得对</p></div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://news.example.com/a.html", &html);
        assert_eq!(ex.author.as_deref(), Some("李明"));
    }

    /// Four paragraphs of a Chinese story: enough text to be an article body.
    fn zh_article_body() -> String {
        "<p>正文第一段，内容足够长，用来组成文章的主体部分，讲述事情的经过和各方的看法。</p>"
            .repeat(4)
    }

    #[test]
    fn utc_metadata_follows_the_day_shown_with_the_headline() {
        let html = r#"<html><head><meta property="article:published_time" content="2023-11-09T01:49:09Z"></head>
          <body><h1>Council approves the new bridge</h1>
          <div class="time">PUBLISHED: <time datetime="2023-11-08 17:49:09">November 8, 2023 at 5:49 p.m.</time></div>
          <div class="article"><p>The council said on Wednesday that the plan for the new bridge was approved.</p></div></body></html>"#;
        let ex = run("https://news.example.com/a/1", html);
        let p = ex.published.unwrap();
        assert_eq!(p.date_naive().to_string(), "2023-11-08");
        assert_eq!(p.timestamp(), 1_699_494_549);
        // Without a time on the page, the nearest whole-hour offset is used.
        let m = dates::find_date("2023-11-09T01:49:09Z").unwrap();
        let s = dates::find_date("Nov. 8, 2023").unwrap();
        let utc = FixedOffset::east_opt(0).unwrap();
        let got = pick_published(m, s, utc).unwrap();
        assert_eq!(got.to_rfc3339(), "2023-11-08T23:49:09-02:00");
        // A written offset is kept even when the page shows another day.
        let m = dates::find_date("2020-10-02T18:16:21+05:30").unwrap();
        let s = dates::find_date("03.10.2020").unwrap();
        assert_eq!(
            pick_published(m, s, utc).unwrap().to_rfc3339(),
            "2020-10-02T18:16:21+05:30"
        );
    }

    fn published_day(html: &str) -> Option<String> {
        run("https://news.example.com/a/1", html)
            .published
            .map(|p| p.date_naive().to_string())
    }

    /// A short article page: the headline, a date line (or none), four
    /// paragraphs, then `after` (inside the article element).
    fn short_article(date_line: &str, after: &str) -> String {
        let para = "<p>The city council voted on Tuesday to approve a new budget that raises spending on buses by twelve percent, a move that supporters call overdue and critics call reckless given the uncertain economic outlook for the region.</p>";
        format!(
            "<html><body><main><article><h1>Council approves new transit budget</h1>{date_line}{}{after}</article></main></body></html>",
            para.repeat(4)
        )
    }

    #[test]
    fn a_date_line_is_shown_with_the_headline_not_in_blocks_beside_the_article() {
        let line = r#"<div class="dateline">March 5, 2024</div>"#;
        assert_eq!(
            published_day(&short_article(line, "")).as_deref(),
            Some("2024-03-05")
        );
        // After the running text: a comment's, a related story's, a
        // footer link's date.
        for after in [
            r#"<section id="comments"><ol><li><div class="c">May 4, 2024</div><p>Great news.</p></li></ol></section>"#,
            r#"<ul><li><a href="/b">Bus fares to rise</a> <span>April 2, 2024</span></li></ul>"#,
            r#"<div><a href="/terms">Terms of Use (10 Mar 2001)</a></div>"#,
            r#"<aside class="sidebar"><div>May 4, 2024</div></aside>"#,
            r#"<div class="related-box"><div>May 4, 2024</div></div>"#,
        ] {
            assert_eq!(published_day(&short_article("", after)), None, "{after}");
        }
        // Right after the headline, but a picture's caption or a sentence
        // of the standfirst.
        for before in [
            r#"<figure><img src="a.jpg"><figcaption>Buses at the depot on 12 January 2018.</figcaption></figure>"#,
            r#"<p class="standfirst">The plan, first proposed on 3 March 2019, was delayed twice.</p>"#,
        ] {
            assert_eq!(published_day(&short_article(before, "")), None, "{before}");
        }
        // A commentary is an article, not a comment area.
        let commentary = r#"<div class="commentary-info">March 5, 2024</div>"#;
        assert_eq!(
            published_day(&short_article(commentary, "")).as_deref(),
            Some("2024-03-05")
        );
    }

    #[test]
    fn a_date_after_the_label_of_another_time_is_no_date_line() {
        let page = r#"<html lang="zh"><body><div class="main"><h1>市政府审议通过公共交通预算方案</h1>
            <p class="tip">活动时间：2025年6月1日</p><div class="content"><p>市政府常务会议近日审议通过了新的公共交通预算方案。</p></div></div></body></html>"#;
        assert_eq!(published_day(page), None);
    }

    #[test]
    fn the_day_marked_with_the_headline_beats_distant_metadata() {
        let page = |time: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="2019-03-30T12:00:00Z"></head>
                <body><h1>The best rain jackets for every budget</h1>{time}
                <div class="article"><p>We tested rain jackets on long hikes through the wettest weeks of the year.</p></div></body></html>"#
            )
        };
        let marked = page(r#"<time datetime="2023-12-19T09:00:00-05:00">December 19, 2023</time>"#);
        assert_eq!(published_day(&marked).as_deref(), Some("2023-12-19"));
        // A datetime that contradicts the shown day is a placeholder.
        let placeholder = page(r#"<time datetime="2019-09-03">12/14/2023</time>"#);
        assert_eq!(published_day(&placeholder).as_deref(), Some("2023-12-14"));
        // A time in a teaser of another story says nothing about this one.
        let teaser = format!(
            r#"<div class="top-stories"><div class="item"><span><time>Feb 17, 2024</time></span>
            <a href="/other">How employee turnover fuels the factory crisis</a></div></div>{}"#,
            page("")
        );
        assert_eq!(published_day(&teaser).as_deref(), Some("2019-03-30"));
    }

    #[test]
    fn an_update_stamp_gives_way_to_the_first_published_time() {
        let page = |times: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="2023-12-18T16:12:00-05:00"></head>
                <body><h1>How rate moves could hit different sectors next year</h1>{times}
                <div class="article"><p>Analysts looked at how each sector fared after the last three rate cycles ended.</p></div></body></html>"#
            )
        };
        let both = page(
            r#"<time class="timestamp">Last Updated: Dec. 23, 2023 at 6:33 a.m. ET</time>
            <time class="timestamp">First Published: Dec. 18, 2023 at 4:12 p.m. ET</time>"#,
        );
        assert_eq!(published_day(&both).as_deref(), Some("2023-12-18"));
        let by_class = page(
            r#"<time class="updated" datetime="2023-12-23T06:33:00-05:00">Dec. 23, 2023</time>
            <time class="published" datetime="2023-12-18T16:12:00-05:00">Dec. 18, 2023</time>"#,
        );
        assert_eq!(published_day(&by_class).as_deref(), Some("2023-12-18"));
        // The only time shown is still the one readers see.
        let only = page(r#"<time>Updated: Dec. 23, 2023</time>"#);
        assert_eq!(published_day(&only).as_deref(), Some("2023-12-23"));
    }

    #[test]
    fn metadata_that_disagrees_with_itself_follows_the_day_shown() {
        let page = |shown: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="November 6, 2023">
                <script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"2022-04-28T12:00:00+01:00"}}</script></head>
                <body><h1>The best VPN services for laptops, tested</h1><p class="byline">By Ann Lee · {shown}</p>
                <div class="article"><p>We tested each service for speed, privacy and price over several weeks.</p></div></body></html>"#
            )
        };
        assert_eq!(
            published_day(&page("Nov 6, 2023 8:41 am")).as_deref(),
            Some("2023-11-06")
        );
        assert_eq!(
            published_day(&page("Apr 28, 2022")).as_deref(),
            Some("2022-04-28")
        );
    }

    #[test]
    fn a_shown_day_that_is_the_last_change_is_the_day_readers_see() {
        let page = |modified: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="2021-11-29T14:13:37+00:00">{modified}</head>
                <body><h1>Do fish feel pain when they are caught?</h1><div class="meta"><span>12.01.2022</span></div>
                <div class="article"><p>Researchers have argued for years about what fish feel when they are hooked.</p></div></body></html>"#
            )
        };
        let updated =
            page(r#"<meta property="article:modified_time" content="2022-01-12T14:27:30+00:00">"#);
        assert_eq!(published_day(&updated).as_deref(), Some("2022-01-12"));
        // An unmarked date that nothing confirms does not beat the metadata.
        assert_eq!(published_day(&page("")).as_deref(), Some("2021-11-29"));
        // A date line that says it is the update is seen as it is shown.
        let said = page("").replace(
            "<span>12.01.2022</span>",
            "By Ann Lee <span>Updated 12.01.2022</span>",
        );
        assert_eq!(published_day(&said).as_deref(), Some("2022-01-12"));
    }

    #[test]
    fn a_date_in_a_sentence_after_the_headline_is_not_the_date_line() {
        let html = r#"<html><body><div class="post"><div class="meta"><a href="/autor/gf">Gerd Fink</a> / 22.04.2020 / 06:15</div>
            <div id="article"><h2>Report on the situation of 22 April</h2><h3>Risk</h3>
            <p>Since then the rate has stayed low. According to a paper in the <a href="/bulletin.pdf">Bulletin of 15 April 2020</a> it fell below one even before the shutdown, and it has stayed there since then in every region.</p>
            <p>More text follows here about the numbers and the measures taken since spring.</p></div></div></body></html>"#;
        assert_eq!(
            run("https://news.example.com/a/report", html)
                .published
                .map(|p| p.date_naive().to_string())
                .as_deref(),
            Some("2020-04-22")
        );
    }

    #[test]
    fn an_unmarked_date_that_contradicts_the_url_date_is_not_the_article_date() {
        let html = r#"<html><body><h1>A candidate's campaign of claims</h1>
          <div class="statement"><span>Jane Roe stated on September 15, 2023 in a news release:</span></div>
          <div class="article"><p>The claims were checked one by one against the public record over several weeks.</p></div></body></html>"#;
        let ex = run(
            "https://checks.example.org/article/2023/dec/21/campaign/",
            html,
        );
        assert_eq!(
            ex.published.map(|p| p.date_naive().to_string()).as_deref(),
            Some("2023-12-21")
        );
    }

    #[test]
    fn dates_on_pages_that_look_like_listings() {
        // A blog page with a short post: the date line above the headline.
        let html = r#"<html><body><div class="post"><span class="entry-date">13. Januar 2014</span>
          <h2>Liebe Menschen Europas</h2><p>Kurzer Text.</p><a href="/a">a</a><a href="/b">b</a>
          <a href="/c">c</a><a href="/d">d</a><a href="/e">e</a></div>
          <div class="comments"><span class="comment-date">20. Januar 2014</span></div></body></html>"#;
        let ex = run("https://blog.example.de/liebe", html);
        assert_eq!(
            ex.published.map(|p| p.date_naive().to_string()).as_deref(),
            Some("2014-01-13")
        );
        // Markup far from any headline; comment dates are skipped.
        let html = r#"<html><body><div id="comments"><small class="commentmetadata">8. Dezember 2010</small></div>
          <div class="postmeta">Erstellt am 6. Mai 2014 um 23:30</div></body></html>"#;
        let dom_html = Html::parse_document(html);
        let dom = Dom::build(&dom_html);
        let f = dated_markup(&dom).unwrap();
        assert_eq!(f.local.date().to_string(), "2014-05-06");
    }

    #[test]
    fn a_date_line_that_opens_the_article_container() {
        let long =
            "Morgen Abend beginnt das Fest, zu dem die Gemeinde alle Nachbarn einlädt. ".repeat(4);
        let page = |lead: &str| {
            format!(
                r#"<html><body><div class="nav"><a href="/">Start</a></div><div class="news">
                <p>{lead}<br><h4>Ein Fest für alle</h4><p>{long}</p><p>{long}</p></div></body></html>"#
            )
        };
        let lead_date = |html: &str| {
            let doc = Html::parse_document(html);
            let dom = Dom::build(&doc);
            container_lead_date(&dom, body::find_container(&dom))
                .map(|f| f.local.date().to_string())
        };
        assert_eq!(
            lead_date(&page("2021-10-16 | Botschaft")).as_deref(),
            Some("2021-10-16")
        );
        // A date inside a sentence is not a date line.
        assert_eq!(lead_date(&page("Seit dem 16.10.2021 offen")), None);
    }

    #[test]
    fn dates_from_the_description_as_a_last_resort() {
        let html = r#"<html><head><title>Orso marsicano</title>
          <meta name="description" content="ORSO MARSICANO: UN ANNO DA RECORD (Notizia del 14 Gennaio 2020)"></head>
          <body><h1>Orso marsicano</h1><div class="testo"><p>Il 2019 è stato un anno da record per la popolazione di orsi del parco.</p></div></body></html>"#;
        let ex = run("https://www.example.it/dettaglio.php?id=1", html);
        assert_eq!(
            ex.published.map(|p| p.date_naive().to_string()).as_deref(),
            Some("2020-01-14")
        );
    }

    #[test]
    fn meta_published_time_beats_json_ld_unless_it_is_a_bare_day() {
        let page = |meta: &str, ld: &str| {
            format!(
                r#"<html><head>{meta}<script type="application/ld+json">{{"@type":"NewsArticle","datePublished":"{ld}"}}</script></head>
                <body><h1>Report</h1><div class="text"><p>The report was published after a long wait for the final numbers.</p></div></body></html>"#
            )
        };
        let day = |html: &str| {
            run("https://news.example.com/report", html)
                .published
                .map(|p| p.date_naive().to_string())
        };
        let html = page(
            r#"<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">"#,
            "2023-11-03T10:25:56+00:00",
        );
        assert_eq!(day(&html).as_deref(), Some("2023-11-06"));
        let html = page(
            r#"<meta name="date" content="2024-04-26">"#,
            "2024-04-25T19:30:04+02:00",
        );
        assert_eq!(day(&html).as_deref(), Some("2024-04-25"));
    }

    #[test]
    fn bylines_from_markup() {
        let html = r#"<html><body><h1>Einblick in die Praxis und Theorie von Lawinen</h1>
          <p class="artDetail__infoline"><span class="author-name">Von Claudia Riedler</span> <span>19. Oktober 2019</span></p>
          <div class="article-content"><p>Lawinen sind gefährlich, und die Theorie hilft beim Verständnis der Praxis am Berg.</p></div>
          <div class="comment"><span class="comment-author">Hans Meier</span></div></body></html>"#;
        let ex = run("https://www.example.de/lawinen", html);
        assert_eq!(ex.author.as_deref(), Some("Claudia Riedler"));
        let html = r#"<html><body><h1>Safe Browsing protection now available</h1>
          <div itemprop="author" itemscope><meta itemprop="name" content="Jane Roe"><a href="/jr">Profile</a></div>
          <div class="post-body"><p>Today we are making enhanced protection available to more users of the browser.</p></div></body></html>"#;
        let ex = run("https://blog.example.com/p", html);
        assert_eq!(ex.author.as_deref(), Some("Jane Roe"));
        let html = r#"<html><body><h1>Markets rally</h1>
          <p>By <a rel="author" href="/staff/sam">Sam Kim</a></p>
          <div class="story"><p>Stocks rose on Friday as investors weighed new data on prices and jobs.</p></div></body></html>"#;
        let ex = run("https://news.example.com/markets", html);
        assert_eq!(ex.author.as_deref(), Some("Sam Kim"));
    }

    #[test]
    fn a_first_name_in_json_ld_gives_way_to_the_full_name_shown() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"Article","headline":"New robot draws blood","author":{"@type":"Person","name":"Todd"}}</script></head>
          <body><h1>New robot draws blood</h1>
          <div class="full-name-wrapper"><div><p class="label"><strong>By</strong></p></div><div><p class="full-name">Todd Bates</p></div></div>
          <div class="body"><p>A new robot finds veins and draws blood as well as or better than people can, according to a study published this week by engineers.</p>
          <p>The device pairs ultrasound imaging with a needle guide and was tested on models of the human arm made of soft tissue.</p></div></body></html>"#;
        let ex = run("https://example.edu/robot", html);
        assert_eq!(ex.author.as_deref(), Some("Todd Bates"));
        // A different person shown keeps the JSON-LD name.
        let other = html.replace("Todd Bates", "Jane Roe");
        assert_eq!(
            run("https://example.edu/robot", &other).author.as_deref(),
            Some("Todd")
        );
    }

    #[test]
    fn a_link_to_an_author_archive_names_the_author() {
        let html = r#"<html><body><h1>Ten quiet trails for autumn</h1>
          <p class="e-date"><a href="https://example.org/author/janeroe/">Jane Roe</a> - December 21, 2023</p>
          <div class="e-text"><p>The first trail winds along the river for three miles and rewards the walker with views of the old mill and the valley below it.</p>
          <p>The second trail climbs through beech woods to a ridge where the light in late October is the best of the year.</p></div>
          <div class="comments"><a href="/author/sam/">Sam</a></div></body></html>"#;
        let ex = run("https://example.org/trails", html);
        assert_eq!(ex.author.as_deref(), Some("Jane Roe"));
        let no_slug = html.replace("/author/janeroe/", "/author/");
        assert_eq!(run("https://example.org/trails", &no_slug).author, None);
    }

    #[test]
    fn a_forum_thread_is_the_first_posters() {
        let post = |floor: u32, uid: &str, name: &str, text: &str| {
            format!(
                r#"<div class="floor">第 {floor} 楼 时间：2006-05-0{floor} 10:2{floor}:00</div>
              <table><tr><td class="user">作者： <font color="black"><a href="/bbs/profile.php?userid={uid}" target="_blank">{name}</a></font><br>新手上路<br>积分：12</td>
              <td class="msg">{text}</td></tr></table>"#
            )
        };
        let long = "这部片子讲的是一支小分队在山区坚持三年的故事，导演用了很多长镜头，山里的雾和雨都拍得很真实，演员大多是第一次演戏，却演得非常自然。片子后半段节奏加快，几场夜战拍得紧张又不乱，配乐也用得克制，值得一看。";
        let html = format!(
            r#"<html><body><h1>主题：【山里的三年】高清版</h1>{}{}{}</body></html>"#,
            post(1, "fly88", "放飞&心情", long),
            post(2, "x6y", "6xy", "谢谢楼主！"),
            post(3, "oldfan", "老影迷", "好片，收藏了。")
        );
        let ex = run("http://bbs.example.com/thread-1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("放飞&心情"));
        // A user link with no author label before it (a comment list) names
        // no poster.
        let unlabelled = html.replace("作者：", "");
        assert_ne!(
            run("http://bbs.example.com/thread-1.html", &unlabelled)
                .author
                .as_deref(),
            Some("放飞&心情")
        );
    }

    #[test]
    fn a_posting_time_after_a_member_link_names_the_poster() {
        let post = |pid: u32, uid: u32, name: &str, text: &str| {
            format!(
                r#"<div id="post_{pid}"><table><tr><td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid={uid}" class="xw1">{name}</a></div><p>积分 120</p></td>
              <td class="plc"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={uid}" class="xi2">{name}</a> 发表于 <span title="2013-5-1 10:0{pid}:00">2013-5-1</span></div></div>
              <div class="t_fsz"><table><tr><td class="t_f" id="postmessage_{pid}">{text}</td></tr></table></div></td></tr></table></div>"#
            )
        };
        let long = "周末带孩子去了城东新开的湿地公园，园子不大但是收拾得很干净，木栈道一直修到湖中间，湖边的芦苇已经黄了，傍晚的时候有很多白鹭落在浅水里，拍了不少照片，给大家看看，也推荐有孩子的朋友周末去走走。";
        let html = format!(
            r#"<html><body><h1 class="ts"><span id="thread_subject">湿地公园一日游</span></h1>{}{}</body></html>"#,
            post(1, 42, "老周", long),
            post(2, 77, "moon_7", "拍得真好，周末也去看看。")
        );
        let ex = run("http://bbs.example.com/thread-9-1-1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("老周"));
    }

    #[test]
    fn a_blog_platform_profile_box_names_the_owner() {
        let html = r#"<html><body><table><tr><td class="main">
          <p>Saturday, September 10th, 2005 10:56 am</p>
          <p><font size="5">播客热潮迅速蔓延</font></p>
          <p>每个人都可以当主持人，任何人都可以通过软件免费下载播客提供的节目，订阅自己喜欢的内容，这种被称为广播下一代的播客，一夜间成了网络上的热门话题。</p>
          <p>播客继承了博客的原创性和大众性，有着浓郁的个性和原创精神，受到了众多网络先锋们的热烈追捧，而且还有迅速主流化的趋势。</p></td>
          <td class="side"><a href="/?author=102" title="[小溪]的博客"><u>小溪</u></a><span>[作者简介]</span>
          <ul><li><a href="/?author=7" title="[century]的博客">century</a> 回复：好文</li></ul></td></tr></table></body></html>"#;
        assert_eq!(
            run("http://blog.example.com/?p=1700", html)
                .author
                .as_deref(),
            Some("小溪")
        );
        // A link whose text is not the name in its title is no profile box,
        // nor is a blogger listed in a widget.
        let teaser = html.replace("<u>小溪</u>", "播客的未来");
        assert_eq!(run("http://blog.example.com/?p=1700", &teaser).author, None);
    }

    #[test]
    fn a_credit_in_a_teaser_card_before_the_headline_is_not_the_byline() {
        let html = r#"<html><body><div class="lateral">
          <a class="item" href="/news/older-story"><h2>An older story about the courts</h2><small>By <span class="card__author">Joel Roe</span> Sep 30, 2023</small></a></div>
          <article><h1>Six famous finals return this week</h1>
          <div class="article__author">By<a href="/reporters/liya-roe/"><span>Liya Roe</span></a></div>
          <p>It is the most wonderful time of year, and what is more wonderful than a final that went to five sets and ended after midnight?</p>
          <p>This week the classics channel winds the clock back to the finest finals of the decade, one each night until Sunday.</p></article></body></html>"#;
        let ex = run("https://example.com/news/six-finals", html);
        assert_eq!(ex.author.as_deref(), Some("Liya Roe"));
        // A linked author card whose heading is the name is no teaser.
        let card = html.replace(
            r#"<div class="article__author">By<a href="/reporters/liya-roe/"><span>Liya Roe</span></a></div>"#,
            r#"<div class="meta"><a href="/team/liya-roe"><h4 class="author-name">Liya Roe</h4></a></div>"#,
        );
        assert_ne!(card, html);
        let ex = run("https://example.com/news/six-finals", &card);
        assert_eq!(ex.author.as_deref(), Some("Liya Roe"));
    }

    #[test]
    fn a_teaser_author_in_a_sidebar_before_the_headline_is_not_the_byline() {
        let para = "<p>Die Ökonomie der Aufmerksamkeit ist ein Motor der Industriegesellschaft, doch in der Krise wird sie zur Last.</p>".repeat(3);
        let html = format!(
            r#"<html><body><aside><article class="teaser"><h2><a href="/a">Moritat vom Virus</a></h2>
            <span class="teaser__author">Lydia Roth</span></article></aside>
            <h1>Achtsam durch die Krise</h1>
            <div class="article-authors"><a href="/autor/ursula-berg" rel="author">Ursula Berg</a></div>
            <div class="bodytext">{para}</div></body></html>"#
        );
        let ex = run("https://www.example.at/achtsam", &html);
        assert_eq!(ex.author.as_deref(), Some("Ursula Berg"));
        // A sidebar that opens long before the headline.
        let teasers = r#"<div class="teaser"><h3><a href="/b">Noch eine Geschichte</a></h3><span class="teaser__author">Lydia Roth</span></div>"#.repeat(15);
        let long = format!(
            r#"<html><body><aside>{teasers}</aside><h1>Achtsam durch die Krise</h1>
            <div class="article-authors"><a href="/autor/ursula-berg" rel="author">Ursula Berg</a></div>
            <div class="bodytext">{para}</div></body></html>"#
        );
        let ex = run("https://www.example.at/achtsam", &long);
        assert_eq!(ex.author.as_deref(), Some("Ursula Berg"));
        // An aside that is this story's byline box.
        let own = format!(
            r#"<html><body><article><aside class="byline"><span class="author">Ursula Berg</span></aside>
            <h1>Achtsam durch die Krise</h1><div class="bodytext">{para}</div></article></body></html>"#
        );
        let ex = run("https://www.example.at/achtsam", &own);
        assert_eq!(ex.author.as_deref(), Some("Ursula Berg"));
    }

    #[test]
    fn a_teaser_credit_after_the_body_is_not_the_byline() {
        let para = "<p>Das Parlament hat die Entscheidung über das Abkommen mit knapper Mehrheit auf die kommende Woche vertagt.</p>".repeat(3);
        let html = format!(
            r#"<html><body><main><h1>Votum vertagt</h1>
            <div class="article-content">{para}</div>
            <div class="teaser"><a href="/politik/andere-geschichte"><h3>Die Wandlung des Ministers</h3>
            <div class="badge"><div class="author-name">Von Anna Roth</div></div></a></div></main></body></html>"#
        );
        let ex = run("https://www.example.de/votum", &html);
        assert_eq!(ex.author, None);
    }

    #[test]
    fn the_heading_of_an_author_box_after_the_body_names_the_author() {
        let para = "<p>Die Finanzierung eines Firmenwagens wirkt sich stark auf die Liquidität eines Unternehmens aus.</p>".repeat(3);
        let boxed = |heading: &str| {
            let html = format!(
                r#"<html><body><article><header><h1>Leasing oder Kauf?</h1></header>
                <div class="entry-content"><div class="row"><div class="col"><div class="text">{para}</div></div></div>
                <div class="related"><h3>Ähnliche Beiträge</h3><ul><li><a href="/x">Leasing für Selbständige</a></li></ul></div></div>
                <div class="author-bio footer"><h3>{heading}</h3><p>Unser Berater hat 25 Jahre Erfahrung in der Finanzierung.</p></div>
                </article></body></html>"#
            );
            run("https://www.example.de/leasing", &html).author
        };
        assert_eq!(boxed("Martin Roth").as_deref(), Some("Martin Roth"));
        assert_eq!(boxed("Über Martin Roth").as_deref(), Some("Martin Roth"));
        assert_eq!(boxed("ABOUT THE AUTHOR"), None);
        assert_eq!(boxed("Unser Team"), None);
    }

    #[test]
    fn a_name_in_bold_closing_the_body_signs_the_article() {
        let para = "<p>Die Mannschaft spielte von Beginn an mutig nach vorne, hatte viel Spaß und ging schon nach wenigen Minuten in Führung.</p>".repeat(3);
        let signed = |last: &str| {
            let html = format!(
                r#"<html><body><h1>Halbfinale entschieden</h1>
                <div class="article-text">{para}{last}</div>
                <div class="teaser"><a href="/x">Weitere Nachrichten aus der Liga und dem Ausland</a></div></body></html>"#
            );
            run("https://www.example.de/halbfinale", &html).author
        };
        assert_eq!(
            signed("<p><b><i>Stefan Roth</i></b></p>").as_deref(),
            Some("Stefan Roth")
        );
        assert_eq!(
            signed(r#"<p align="right">Jeanne Dupont</p>"#).as_deref(),
            Some("Jeanne Dupont")
        );
        // A bold heading, a plain line, a name with more text or a name
        // before further text do not sign the article.
        assert_eq!(signed("<p><strong>Mehr Themen</strong></p>"), None);
        // A closing phrase whose words the text writes in lower case.
        assert_eq!(signed("<p><b>Viel Spaß</b></p>"), None);
        assert_eq!(signed("<p>Stefan Roth</p>"), None);
        assert_eq!(signed("<p><b>Stefan Roth</b> berichtet.</p>"), None);
        assert_eq!(
            signed("<p><b>Stefan Roth</b></p><p>(1) Zahlen aus dem Vorjahr.</p>"),
            None
        );
    }

    #[test]
    fn a_right_aligned_name_before_the_notes_signs_the_article() {
        let para = "<p>Entre 1998 et 2004, le pouvoir d'achat du salaire annuel net moyen a stagné dans l'ensemble du pays.</p>".repeat(3);
        let signature = r#"<p align="right"><em>Denise Roux</em></p>"#;
        let notes = "<p>(1) Ces chiffres sont collectés par l'OCDE et Eurostat.</p>";
        let page = |inner: &str| {
            let html = format!(
                r#"<html><body><h1>Travaille-t-on trop peu ?</h1><div class="article">{inner}</div></body></html>"#
            );
            run("https://www.example.fr/travail", &html).author
        };
        assert_eq!(
            page(&format!("{para}{signature}{notes}")).as_deref(),
            Some("Denise Roux")
        );
        // At the top, a name aligned to the right credits an epigraph.
        let epigraph = r#"<p><i>« Le travail éloigne de nous trois grands maux. »</i></p><p align="right">Jean Roux</p>"#;
        assert_eq!(page(&format!("{epigraph}{para}{notes}")), None);
    }

    #[test]
    fn an_author_signature_after_the_body_names_the_author() {
        let para = "<p>Forscher haben einen neuen Weg gefunden, Elektronen in Bakterien zu beobachten und zu messen.</p>".repeat(3);
        let html = format!(
            r#"<html><body><div class="news"><h1>Elektronen im Blick</h1>
            <div class="news-text-wrap">{para}</div>
            <span class="news-list-author">Erstellt von Jana Berg</span></div></body></html>"#
        );
        let ex = run("https://www.example.ch/elektron", &html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
        // The profile box after a Chinese blog post holds counters.
        let para = "<p>今天天气很好，我们一家人去公园散步，看到了很多美丽的花朵和快乐的孩子。</p>"
            .repeat(3);
        let html = format!(
            r#"<html><body><div class="post"><h1>公园散步</h1>
            <div class="article-content">{para}</div>
            <span class="author-info">人氣</span></div></body></html>"#
        );
        let ex = run("https://blog.example.tw/walk", &html);
        assert_eq!(ex.author, None);
    }

    #[test]
    fn an_author_label_element_names_the_author_in_the_next_element() {
        let para = "<p>Die Pandemie hat das Leben der Geflüchteten in den Lagern noch einmal schwerer gemacht.</p>".repeat(3);
        let html = format!(
            r#"<html><body><h1>Leben in der Quarantäne</h1>
            <div class="news__meta"><h4 class="news__meta-title">Autor</h4>
            <p class="news__meta-text"><a href="/profil/jb">Jana Berg</a><b>, </b></p></div>
            <div class="textmedia">{para}</div></body></html>"#
        );
        let ex = run("https://www.example.de/quarantaene", &html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    #[test]
    fn a_json_ld_login_handle_gives_way_to_the_name_shown() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Goal of the season","author":{"@type":"Person","name":"jana.berg"}}</script></head>
          <body><h1>Goal of the season</h1><p class="author">Jana Berg</p>
          <div class="story"><p>The striker scored from forty metres in the last minute of the match on Sunday.</p></div></body></html>"#;
        let ex = run("https://sport.example.com/goal", html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    #[test]
    fn a_byline_element_with_only_its_lead_words_gives_way_to_the_name() {
        // The lead words and the name sit in sibling elements without a
        // space between them, so the outer byline reads `Veröffentlicht vonJana Berg`.
        let html = r#"<html><body><article><header><h1>Umzug auf den neuen Server</h1>
          <div class="entry-meta"><span class="byline"><span class="screen-reader-text">Veröffentlicht von</span><span class="author vcard"><a class="url fn n" href="/author/jb/">Jana Berg</a></span></span></div></header>
          <div class="entry-content"><p>Nach langem Zögern ist das Blog umgezogen, und alle Seiten laufen jetzt verschlüsselt über den neuen Server.</p></div></article></body></html>"#;
        let ex = run("https://blog.example.de/umzug", html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    #[test]
    fn source_from_markup_and_meta_and_an_outlet_is_no_author() {
        let body = zh_article_body();
        let html = format!(
            r#"<html><head><meta property="article:author" content="东方日报"></head><body>
            <h1>城市公园迎来游客高峰</h1>
            <div class="date-source"><span class="date">2019年11月25日 18:57</span>
            <a class="source ent-source" href="http://example.com/">东方日报</a></div>
            <span id="video_source">城市公园视频</span>
            <div class="article">{body}</div></body></html>"#
        );
        let ex = run("https://news.example.cn/a.shtml", &html);
        assert_eq!(ex.source.as_deref(), Some("东方日报"));
        // The outlet in `article:author` is not a person.
        assert_eq!(ex.author, None);
        let html = format!(
            r#"<html><head><meta name="source" content="来源：南方晨报 原创稿"></head><body>
            <h1>城市公园迎来游客高峰</h1><div class="article">{body}</div></body></html>"#
        );
        let ex = run("https://news.example.cn/b.shtml", &html);
        assert_eq!(ex.source.as_deref(), Some("南方晨报"));
    }

    #[test]
    fn source_from_a_media_name_or_an_account_nickname_beside_the_headline() {
        let body = zh_article_body();
        let html = format!(
            r#"<html><head><meta property="og:site_name" content="某平台"></head><body>
            <h1>新品手机正式发布</h1>
            <div class="info"><span id="pub_date">2019年09月11日01:53</span>
            <span id="media_name"><a href="http://tech.example.cn/">科技频道</a></span></div>
            <div class="article">{body}</div></body></html>"#
        );
        assert_eq!(
            run("https://example.cn/a", &html).source.as_deref(),
            Some("科技频道")
        );
        // The account that published on a platform, not the platform.
        let html = format!(
            r#"<html><head><meta property="og:site_name" content="某平台"></head><body>
            <h2 class="rich_media_title">新品手机正式发布</h2>
            <div class="meta_list"><span class="meta_nickname"><a href="javascript:void(0);">
            数码小站</a><div style="display:none"><strong class="profile_nickname">数码小站</strong>
            <p>功能介绍：每天为你带来最新最好玩的数码产品资讯与评测，欢迎关注我们。</p></div></span></div>
            <div class="article">{body}</div></body></html>"#
        );
        assert_eq!(
            run("https://example.cn/b", &html).source.as_deref(),
            Some("数码小站")
        );
    }

    #[test]
    fn source_shown_bare_beside_the_date_under_a_chinese_headline() {
        let body = zh_article_body();
        let page = |line: &str| {
            let html = format!(
                r#"<html lang="zh-CN"><body><div class="box"><h1>景区寻子一个月仍无结果</h1>
                <div class="sub">{line}</div><div class="article">{body}</div></div></body></html>"#
            );
            run("https://example.cn/a", &html).source
        };
        assert_eq!(
            page("<span>原创</span> <span>都市日报</span> <span>2019-09-09 16:01:46</span>")
                .as_deref(),
            Some("都市日报")
        );
        assert_eq!(
            page("<p>王小明/青年日报</p><p>2019-09-24 09:10</p>").as_deref(),
            Some("青年日报")
        );
        // A credit before the slash names a person; page tools are no source.
        assert_eq!(page("<p>文/王小明</p><p>2019-09-24 09:10</p>"), None);
        assert_eq!(
            page("<span>2019-09-24 09:10</span><span>分享到</span>"),
            None
        );
        assert_eq!(bare_source_name("阅读 1024"), None);
        // Beside the date, only an outlet's name is a source: not a
        // section, a place, a page tool, or a sentence of summary.
        for neighbour in [
            "<span>国内新闻</span>",
            "<span>北京</span>",
            "<span>参与讨论</span>",
            "<span>【大 中 小】</span>",
            "<p>市长在记者会上表示将加大投入。</p>",
        ] {
            assert_eq!(
                page(&format!(
                    "<div><span>2024-05-03 10:20</span>{neighbour}</div>"
                )),
                None,
                "{neighbour}"
            );
        }
        assert_eq!(
            page("<div><span>2024-05-03 10:20</span><span>澎湃新闻</span></div>").as_deref(),
            Some("澎湃新闻")
        );
        assert_eq!(
            page("<div><span>2024-05-03 10:20</span><span>GameForce</span></div>").as_deref(),
            Some("GameForce")
        );
    }

    #[test]
    fn a_data_credit_under_a_table_or_set_apart_near_one_is_no_source() {
        let story = "The council voted on Tuesday to approve a budget that raises spending on public transport by twelve percent this year, after four hours of debate.";
        let html = format!(
            r#"<html><body><h1>Headline</h1><div class="story">
            <p>{story}</p><table><tr><td>2023</td><td>12%</td></tr></table><p>Source: Census Bureau</p>
            <p>{story}</p><p><em>Source: Statistics Office</em></p>
            </div><p>Source: The Wire</p>
            <div class="story"><p>{story}</p><p>{story}</p><p><em>Source: Reuters</em></p></div></body></html>"#
        );
        let doc = Html::parse_document(&html);
        let dom = Dom::build(&doc);
        let credit = |text: &str| {
            (0..dom.nodes.len())
                .filter(|&i| dom.name(i) == Some("p") && dom.text_inline(i) == text)
                .any(|i| is_exhibit_credit(&dom, i))
        };
        assert!(credit("Source: Census Bureau"));
        assert!(credit("Source: Statistics Office"));
        assert!(!credit("Source: The Wire"));
        // Set apart at the close of a story with no table or image: the wire.
        assert!(!credit("Source: Reuters"));
    }

    #[test]
    fn category_from_a_you_are_here_line_not_the_bar_around_it() {
        let html = r#"<html><body><div class="map-index"><h2>您的当前位置：<a href="../../">新闻中心</a>
            &gt; <a href="../">武汉</a></h2><a class="search">搜索</a>
            <a href="http://www.example.cn/sitemap.html">网站地图</a></div>
            <h1>标题</h1><p>正文</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(
            breadcrumb_category(&dom, Some("标题")).as_deref(),
            Some("武汉")
        );
        assert!(says_location("您现在的位置: 首页 > 国内"));
        // A domain name in a breadcrumb is the site, that is home.
        let html = r#"<html><body><nav class="breadcrumb"><a href="https://www.example.de/start">example.de</a>
            &gt; <a href="https://www.example.de/mode/">Mode</a></nav><h1>Titel</h1><p>Text</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(
            breadcrumb_category(&dom, Some("Titel")).as_deref(),
            Some("Mode")
        );
        assert!(!is_domain_name("Dr. Who"));
        assert!(!is_domain_name("Node.js"));
        assert!(!says_location("地理位置优越的新区：规划发布"));
        assert!(says_location("您现在的位置 > 首页 > 新闻"));
    }

    /// The breadcrumb category of a page that shows `inner` before the
    /// headline `h1`.
    fn breadcrumb_before(inner: &str, h1: &str) -> Option<String> {
        let html = format!("<html><body>{inner}<h1>{h1}</h1><p>Story</p></body></html>");
        let doc = Html::parse_document(&html);
        let dom = Dom::build(&doc);
        breadcrumb_category(&dom, Some(h1))
    }

    #[test]
    fn category_from_breadcrumbs_and_the_highlighted_menu_item() {
        let crumb = |inner: &str| breadcrumb_before(inner, "标题");
        assert_eq!(
            crumb(r#"<div class="channel-path"><a href="http://n.example.cn/china/">国内新闻</a><span>&gt;</span><span>正文</span></div>"#).as_deref(),
            Some("国内新闻")
        );
        // After the home link, a section may link to its own root.
        assert_eq!(
            crumb(r#"<div class="post_crumb"><a href="http://www.example.com/">网易首页</a> &gt; <a href="http://tech.example.com/">科技</a> &gt; <a href="/">互联网</a> &gt; 正文</div>"#).as_deref(),
            Some("互联网")
        );
        // A first link to the site's root is home, whatever it says.
        assert_eq!(
            crumb(
                r#"<div class="news-position"><a href="http://www.example.com/">新华网</a> 正文</div>"#
            ),
            None
        );
        // A hidden location block of column ids and URLs is not shown.
        assert_eq!(
            crumb(
                r#"<div id="hiddenLocation" style="display: none"><span>投资运行</span><span>/col/col1/index.html</span></div>"#
            ),
            None
        );
        let nav = |inner: &str| {
            let html = format!(
                r#"<html><body>{inner}<h1>标题</h1><p>正文</p><ul class="tabs"><li class="on"><a>按热度</a></li></ul></body></html>"#
            );
            let doc = Html::parse_document(&html);
            let dom = Dom::build(&doc);
            let h1 = (0..dom.nodes.len()).find(|&i| dom.name(i) == Some("h1"));
            nav_highlight(&dom, h1)
        };
        assert_eq!(
            nav(r#"<div class="nav"><ul><li><a href="/" class="current">首页</a></li><li><a href="/biz" class="current">业界</a></li><li><a href="/m">移动</a></li></ul></div>"#).as_deref(),
            Some("业界")
        );
        assert_eq!(
            nav(r#"<nav><li class="menu-item current-menu-item"><a href="/politik">Politik</a></li></nav>"#).as_deref(),
            Some("Politik")
        );
        // A highlighted home item, or tabs after the headline, give nothing.
        assert_eq!(
            nav(r#"<nav><a class="active" href="/">Home</a></nav>"#),
            None
        );
        assert_eq!(
            nav(r##"<nav><a class="skip selected" href="#page">Skip to content</a></nav>"##),
            None
        );
    }

    #[test]
    fn a_box_named_a_place_or_path_is_a_breadcrumb_only_when_it_shows_a_trail() {
        let crumb = |inner: &str| breadcrumb_before(inner, "Headline");
        // Trails: home first, separators, or a "you are here" label.
        assert_eq!(
            crumb(r#"<div class="path"><span><a href="/index">HOME</a></span> <strong><a href="/nk/">North Korea</a></strong></div>"#).as_deref(),
            Some("North Korea")
        );
        assert_eq!(
            crumb(r#"<div class="news_path"><a href="channel_1">号</a> &gt; <a href="gov_2">发布</a></div>"#).as_deref(),
            Some("发布")
        );
        assert_eq!(
            crumb(r#"<div class="current-location">当前位置：<a href="/luoyang/">洛阳</a></div>"#)
                .as_deref(),
            Some("洛阳")
        );
        // CSS positioning, a menu item's target, an event's place, an icon.
        for inner in [
            r#"<div class="related"><div class="position-relative"><a href="/2024/05/bus">Bus fares rise</a></div></div>"#,
            r#"<div class="position-relative"><a href="/tag/budget">Budget</a> <a href="/tag/transport">Transport</a></div>"#,
            r#"<ul class="menu"><li class="menu-path-node-6"><a href="/about">About Us</a></li><li class="menu-path-node-7"><a href="/jobs">Jobs</a></li></ul>"#,
            r#"<p class="event-location"><a href="/places/springfield">Springfield</a></p>"#,
            r#"<div class="share"><span class="icon-path"><a href="https://twitter.com/share">Twitter</a></span></div>"#,
        ] {
            assert_eq!(crumb(inner), None, "{inner}");
        }
    }

    #[test]
    fn no_category_from_the_highlighted_item_of_a_language_or_account_menu() {
        let nav = |inner: &str| {
            let html = format!("<html><body>{inner}<h1>Headline</h1><p>Story</p></body></html>");
            let doc = Html::parse_document(&html);
            let dom = Dom::build(&doc);
            let h1 = (0..dom.nodes.len()).find(|&i| dom.name(i) == Some("h1"));
            nav_highlight(&dom, h1)
        };
        assert_eq!(
            nav(
                r#"<nav class="lang-menu"><ul><li class="active"><a href="/en/">English</a></li><li><a href="/de/">Deutsch</a></li></ul></nav>"#
            ),
            None
        );
        assert_eq!(
            nav(r#"<div class="user-menu"><a class="active" href="/login">Sign in</a></div>"#),
            None
        );
        assert_eq!(
            nav(r#"<nav class="main-menu"><ul><li class="active"><a href="/sport/">Sport</a></li></ul></nav>"#).as_deref(),
            Some("Sport")
        );
    }

    #[test]
    fn category_from_category_links() {
        let html = r#"<html><body><article><h1>Post</h1><p>Text</p>
            <footer>Posted in <a rel="category tag" href="/c/a">Linux</a>,
            <a rel="category tag" href="/c/b">Tutorials</a></footer></article></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(category_links(&dom).as_deref(), Some("Linux; Tutorials"));
    }

    #[test]
    fn category_from_tag_links_to_category_pages_not_to_tag_pages() {
        let html = r#"<html><body><article><h1>Post</h1><p>Text</p>
            <footer>Kategorien: <a href="https://b.example/category/reisen/" rel="tag">Reisen</a>,
            <a href="https://b.example/category/reisen/asien/" rel="tag">Asien</a>
            Schlagwörter: <a href="https://b.example/tag/meer/" rel="tag">Meer</a></footer>
            </article></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(category_links(&dom).as_deref(), Some("Reisen; Asien"));
    }

    #[test]
    fn category_links_of_the_first_post_not_of_the_posts_after_it() {
        let html = r#"<html><body><h1>Mein Blog</h1>
            <div class="post"><h2><a href="/p1">Erster Beitrag</a></h2><p>Text</p>
            <span>Abgelegt unter: <a rel="category tag" href="/category/reisen/">Reisen</a></span></div>
            <div class="post"><h2><a href="/p2">Zweiter Beitrag</a></h2><p>Text</p>
            <span>Abgelegt unter: <a rel="category tag" href="/category/kochen/">Kochen</a></span></div>
            </body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(category_links(&dom).as_deref(), Some("Reisen"));
    }

    #[test]
    fn category_from_a_wiki_category_box_not_its_hidden_categories() {
        let html = r#"<html><body><h1>Penny</h1><p>Text about <a href="/Category:Villagers">villagers</a>.</p>
            <div id="catlinks" class="catlinks"><div class="mw-normal-catlinks">
            <a href="/Special:Categories">Category</a>: <ul><li><a href="/Category:Marriage_candidates">Marriage candidates</a></li></ul></div>
            <div class="mw-hidden-catlinks mw-hidden-cats-hidden"><a href="/Category:Pages_with_stubs">Pages with stubs</a></div></div>
            </body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(category_links(&dom).as_deref(), Some("Marriage candidates"));
        // A wrapper's class that hides it from print says nothing.
        let wrapped = html.replace(
            r#"<div id="catlinks""#,
            r#"<div class="hidden-print"><div id="catlinks""#,
        );
        let doc = Html::parse_document(&wrapped);
        let dom = Dom::build(&doc);
        assert_eq!(category_links(&dom).as_deref(), Some("Marriage candidates"));
    }

    #[test]
    fn content_words_leave_out_short_words_repeats_and_lone_cjk_characters() {
        let quake = "Strong quake kills more than 120 in the west of China";
        assert_eq!(
            shared_content_words("The best of the week in photos", quake),
            0
        );
        assert_eq!(
            shared_content_words("China quake survivors endure the cold", quake),
            2
        );
        assert_eq!(
            shared_content_words("欢迎订阅我们的新闻的周报", "四川地震造成的伤亡人数上升"),
            0
        );
        assert_eq!(
            shared_content_words("四川地震伤亡人数升至120人", "四川地震造成的伤亡人数上升"),
            6
        );
    }

    #[test]
    fn a_label_is_matched_in_lower_case_at_the_original_offsets() {
        assert_eq!(after_label("Filed under X", "filed"), Some(5));
        assert_eq!(after_label("RUBRIK: X", "rubrik"), Some(6));
        assert_eq!(after_label("Rubri\u{212A}: X", "rubrik"), Some(8));
        assert_eq!(after_label("Rub", "rubrik"), None);
        assert_eq!(after_label("Rubber", "rubrik"), None);
    }

    #[test]
    fn category_from_a_label_line_of_text_or_links() {
        let line = |body: &str| {
            let html = format!("<html><body><h1>Post</h1>{body}</body></html>");
            let doc = Html::parse_document(&html);
            category_label_line(&Dom::build(&doc))
        };
        assert_eq!(
            line("<span>Kategorien: Allgemein, Reisen</span>").as_deref(),
            Some("Allgemein; Reisen")
        );
        assert_eq!(
            line("<p><b>Kategorie：</b>Reisen</p>").as_deref(),
            Some("Reisen")
        );
        // A phrase without a colon opens prose too: only links are values.
        assert_eq!(line("<p>Posted in Berlin, Germany</p>"), None);
        // Letters whose lower case is shorter or longer (the Kelvin sign,
        // `Ⱥ`) leave the value where the page has it.
        assert_eq!(
            line("<span>Rubri\u{212A}：ȺȺ</span>").as_deref(),
            Some("ȺȺ")
        );
        assert_eq!(
            line(r#"<p>Filed under <a href="/tag/election/">2020 Election</a></p>"#).as_deref(),
            Some("2020 Election")
        );
        // A widget heading without a colon names no category of the post,
        // and a line with more than the label and its links is no label line.
        assert_eq!(line("<h2>Categories</h2><ul><li>A</li></ul>"), None);
        assert_eq!(
            line(
                r##"<ul><li><a href="#">Filed Under</a><ul><li><a href="/c/bags">Bags</a></li></ul></li></ul>"##
            ),
            None
        );
        assert_eq!(
            line(
                r#"<p>Posted in <a href="/news/">News</a> by <a href="/u/ann">Ann</a> on May 3</p>"#
            ),
            None
        );
    }

    #[test]
    fn a_lower_case_category_takes_the_spelling_a_link_shows() {
        let html = r#"<html><body><nav><a href="/blog/">Blog</a><a href="/x">ciencia</a></nav>
            <h1>Post</h1></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(shown_spelling(&dom, "blog".into()), "Blog");
        assert_eq!(shown_spelling(&dom, "ciencia".into()), "ciencia");
        assert_eq!(shown_spelling(&dom, "BLOG".into()), "BLOG");
    }

    #[test]
    fn a_crumb_to_a_keyword_search_is_not_the_section() {
        let html = r#"<html><body><div class="chinese-tag"><a href="/">首页</a> /
            <a href="/search/?keyword=%E5%85%B6%E4%BB%96">其他</a> / <span>正文</span>
            <div class="search"><button>搜索</button></div></div><h1>标题</h1><p>正文</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(breadcrumb_category(&dom, Some("标题")), None);
        assert!(is_search_link("https://n.example/suche/?q=klima"));
        assert!(!is_search_link("/ch/news_game/"));
    }

    #[test]
    fn a_crumb_to_the_posting_account_is_not_the_section() {
        let html = r#"<html><body><div class="news_path"><a href="channel_1">自媒体号</a> &gt;
            <a href="gov_2">某市发布</a></div><h1>标题</h1>
            <div class="author"><a href="gov_2"><img src="a.jpg"><div class="name">某市发布</div></a></div>
            <p>正文</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(
            breadcrumb_category(&dom, Some("标题")).as_deref(),
            Some("自媒体号")
        );
        // A section's logo linking to the section shows no account name.
        let html = r#"<html><body><div class="post_crumb"><a href="http://www.example.com/">首页</a> &gt;
            <a href="http://money.example.com/">财经频道</a> &gt; 正文</div><h1>标题</h1>
            <a href="http://money.example.com/"><img src="logo.png"></a><p>正文</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(
            breadcrumb_category(&dom, Some("标题")).as_deref(),
            Some("财经频道")
        );
    }

    #[test]
    fn a_byline_author_who_is_also_the_editor_stays_the_author() {
        let html = format!(
            r#"<html><head><meta name="author" content="Desk Editor"></head><body><h1>Council approves the new budget</h1>
            <div class="byline">By <span class="author">Lucas Brown</span></div>
            <div class="story"><p>{}</p><p class="editor">Edited by Lucas Brown</p></div></body></html>"#,
            "The council approved the budget after a long debate about schools and roads. "
                .repeat(6)
        );
        let url = Url::parse("http://a.example/news/1.html").unwrap();
        let input = Input {
            url: &url,
            body: html.as_bytes(),
            content_type: None,
        };
        let ex = extract(&input, &Options::default());
        assert_eq!(ex.author.as_deref(), Some("Lucas Brown"));
        assert_eq!(ex.editor.as_deref(), Some("Lucas Brown"));
    }

    #[test]
    fn a_meta_author_who_is_one_of_the_editors_is_no_author() {
        let html = format!(
            r#"<html><head><meta name="author" content="周明"></head><body><h1>城市公园今日重新开放</h1>
            <div class="article"><p>{}</p><p>（编辑：周明 王芳）</p></div></body></html>"#,
            "经过半年的改造，城市公园今天重新向市民开放，新增了步道和儿童游乐设施。".repeat(6)
        );
        let url = Url::parse("http://a.example/news/1.html").unwrap();
        let input = Input {
            url: &url,
            body: html.as_bytes(),
            content_type: None,
        };
        let ex = extract(&input, &Options::default());
        assert_eq!(ex.editor.as_deref(), Some("周明 王芳"));
        assert_eq!(ex.author, None);
        assert!(lists_the_name("Jane Roe", "Jane Roe") && !lists_the_name("Jane Roe", "Roe"));
        assert!(lists_the_name("张毅", "青网新闻张毅") && !lists_the_name("张毅", "王张毅"));
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

    #[test]
    fn a_title_that_credits_the_meta_author_keeps_it() {
        let html = r#"<html><head><title>The long road home | by Jane C. Roe | Blog</title>
          <meta name="author" content="Jane C. Roe"></head><body><h1>The long road home</h1>
          <p>It was a long road home, and the night was cold, and we walked it all the same way back.</p></body></html>"#;
        let ex = run("https://blog.example.com/road", html);
        assert_eq!(ex.author.as_deref(), Some("Jane C. Roe"));
        assert!(!title_credits("Jane Roe Blog | Home", "Jane Roe"));
        assert!(!title_credits("Lobby Jane Roe | Home", "Jane Roe"));
        assert!(title_credits("Road | By Jane Roe", "Jane Roe"));
    }

    #[test]
    fn an_outlet_as_json_ld_author_gives_way_to_a_person_in_the_byline() {
        let page = |byline: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Roadster review",
                "author":{{"@type":"Organization","name":"Car Weekly"}}}}</script></head><body><h1>Roadster review</h1>
                <div class="byline">{byline}</div>
                <div class="story"><p>The little roadster is slow, its gearbox is rubbish, and yet we still want one badly.</p></div></body></html>"#
            )
        };
        let ex = run("https://cars.example.com/roadster", &page("By Greg Roe"));
        assert_eq!(ex.author.as_deref(), Some("Greg Roe"));
        // A desk code is no person: the outlet stays.
        let ex = run("https://cars.example.com/roadster", &page("red"));
        assert_eq!(ex.author.as_deref(), Some("Car Weekly"));
    }

    #[test]
    fn a_json_ld_author_first_of_the_listed_byline_gives_way_to_the_list() {
        let page = |meta_author: &str| {
            let html = format!(
                r#"<html><head><meta name="author" content="{meta_author}"><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Solo projects so far",
                "author":{{"@type":"Person","name":"Ann Lee"}}}}</script></head><body><h1>Solo projects so far</h1>
                <div class="multiple-authors">By <a href="/author/ann-lee/">Ann Lee</a>, <a href="/author/sam-kim/">Sam Kim</a></div>
                <div class="story"><p>The band members are focusing on personal projects, but the songs give a taste of what is to come.</p></div></body></html>"#
            );
            run("https://music.example.com/solo", &html).author
        };
        assert_eq!(page("Ann Lee,Sam Kim").as_deref(), Some("Ann Lee; Sam Kim"));
        // Without `<meta>` listing the same names, the JSON-LD author stays.
        assert_eq!(page("Ann Lee").as_deref(), Some("Ann Lee"));
    }
}
