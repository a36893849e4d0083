//! "Related" and "more news" blocks, and the role of every link on a page.
//!
//! A block is a heading whose text says what it is (相关新闻, 延伸阅读,
//! Related stories / 更多…新闻, 更多关于国内的资讯, 推荐阅读, More news,
//! Mehr zum Thema, À lire aussi, ...) followed, inside the nearest enclosing
//! container, by links to same-site pages. The block runs from the heading
//! to the container's end or the next heading of its rank or above (an
//! item's headline below it is a sub-heading). Headings such as 排行榜 / 热门
//! / Most read / Meistgelesen end a block but never start one. A teaser
//! card whose link only says "Read more" is titled by its headline.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use snapcrawl_core::{CanonicalUrl, Link, LinkItem, LinkRole};
use url::Url;

use crate::dom::{collapse_ws, Dom, Substrings};

/// Which list a block is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    /// Related articles.
    Related,
    /// More news.
    More,
    /// A sidebar list that is neither (most read, trending, ...).
    Other,
}

/// A related or more block found on the page.
#[derive(Debug)]
pub(crate) struct Block {
    pub kind: BlockKind,
    /// First node of the block (its heading).
    pub start: usize,
    /// One past its last node.
    pub end: usize,
    pub items: Vec<LinkItem>,
}

static RELATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:相关(?:新闻|阅读|文章|报道|链接|推荐|内容|资讯|专题|稿件|阅读推荐)?|延伸阅读|扩展阅读|关联阅读|related(?:stories|articles|news|content|coverage|posts|reading|links|topics)?|seealso|you(?:may|might)alsolike|youmayalsobeinterestedin|readnext|furtherreading|ähnliche(?:beiträge|artikel|themen|nachrichten|news)|verwandte(?:themen|artikel|beiträge|nachrichten)(?:mehrvomautor)?|weiterführende(?:links|artikel|beiträge)|weitereinhaltezumthema|mehrzumthema|zumthema|daskönntesieauchinteressieren|auchinteressant|lesensieauch|zumweiterlesen|articles(?:connexes|similaires|liés)|àlireaussi|alireaussi|lireaussi|surlemême(?:sujet|thème)|danslamêmerubrique|dumêmeauteur|(?:noticias|artículos|temas)relacionad[oa]s|tepuedeinteresar|le[ea]también|articolicorrelati|notiziecorrelate|leggianche|podobneartykuły|czytajteż|zobacz(?:też|także)|(?:notícias|artigos)relacionad[oa]s|leiatambém|vejatambém)$",
    )
    .expect("valid regex")
});
static MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:更多(?:关于)?.{0,12}(?:新闻|资讯|文章|报道|内容|阅读|精彩|动态)|推荐阅读|推荐新闻|推荐文章|猜你喜欢|为你推荐|为您推荐|精彩推荐|more(?:news|stories|articles|headlines|coverage|toexplore|from.*|on.*|in.*)?|readmore|recommended(?:foryou|reading|stories|articles)?|youmayhavemissed|othernews|mehr(?:zu|aus|von|über|lesenüber).+|weitere(?:artikel|beiträge|nachrichten|meldungen|news)|plusdarticles|plusdactualités|plusdenouvelles|más(?:noticias|artículos)|altrenotizie|wiecejwiadomosci|więcejwiadomości|maisnotícias)$",
    )
    .expect("valid regex")
});
static OTHER_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"排行|热门|最热|热点|热搜|热读|点击榜|阅读榜|mostread|mostpopular|popular|trending|mostviewed|topstories|meistgelesen|meistgeklickt|lespluslus|másleíd|piùlett|najczęściej")
        .expect("valid regex")
});
static SHOWN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|(?-u:\b)\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}(?:,?\s+\d{1,2}:\d{2})?|(?-u:\b)\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d{2}|\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?|(?-u:\b)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|(?-u:\b)\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?-u:\b)\d+\s+(?:minutes?|hours?|days?)\s+ago|\d+\s*(?:分钟|小时|天)前",
    )
    .expect("valid regex")
});
static MORE_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:查看|点击)?更多|^(?:see|view|read)\s+(?:all|more)|^more\s*(?:»|>|›)?$|^(?:»|>>|›)$").expect("valid regex")
});

/// Normalised heading text: no whitespace or decoration, lower case.
fn heading_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() && !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Most letters and digits of a heading that names a list of stories
/// (`Das könnte Sie auch interessieren` has 29).
const MAX_HEADING_KEY: usize = 32;

fn classify_heading(text: &str) -> Option<BlockKind> {
    let k = heading_key(text);
    if k.is_empty() || k.chars().count() > MAX_HEADING_KEY {
        return None;
    }
    if OTHER_LIST.is_match(&k) {
        return Some(BlockKind::Other);
    }
    if RELATED.is_match(&k) {
        return Some(BlockKind::Related);
    }
    if MORE.is_match(&k) {
        return Some(BlockKind::More);
    }
    None
}

/// Whether `text` heads a list of other stories (`Related Coverage`,
/// `More from Business`, `Read more`, `Most read`, `相关新闻`).
pub(crate) fn is_story_list_heading(text: &str) -> bool {
    classify_heading(text).is_some()
}

/// Identity of a site for "same-site" checks: host and port for IP
/// addresses (sites on one IP differ by port), otherwise the registrable
/// domain approximated by the last two labels (three under `com.cn` and co).
pub(crate) fn site_key(u: &Url) -> String {
    match u.host() {
        Some(url::Host::Domain(d)) => {
            let d = d.trim_end_matches('.').to_ascii_lowercase();
            let labels: Vec<&str> = d.split('.').collect();
            let n = labels.len();
            let keep = if n >= 3
                && labels[n - 1].len() == 2
                && matches!(
                    labels[n - 2],
                    "com" | "net" | "org" | "gov" | "edu" | "co" | "ac" | "or" | "ne"
                ) {
                3
            } else {
                2
            };
            labels[n.saturating_sub(keep)..].join(".")
        }
        Some(h) => format!("{}:{}", h, u.port_or_known_default().unwrap_or(0)),
        None => String::new(),
    }
}

/// Resolves an `href` (entities already decoded by the parser) against the
/// base URL; `None` for fragments, scripts, mail and other schemes.
pub(crate) fn resolve(base: &Url, href: &str) -> Option<Url> {
    let h = href.trim();
    if h.is_empty() || h.starts_with('#') {
        return None;
    }
    let lower = h.get(..11).unwrap_or(h).to_ascii_lowercase();
    if ["javascript:", "mailto:", "tel:", "data:", "sms:", "about:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return None;
    }
    let mut u = base.join(h).ok()?;
    if !matches!(u.scheme(), "http" | "https") || u.host_str().is_none_or(str::is_empty) {
        return None;
    }
    u.set_fragment(None);
    Some(u)
}

fn canonical(u: &Url) -> Option<String> {
    CanonicalUrl::from_url(u.clone())
        .ok()
        .map(|c| c.as_str().to_string())
}

/// A link element below `<body>` (`<a>` or `<area>`) whose `href` resolves
/// to an http(s) URL. Resolved once per page: blocks and link roles both
/// read it.
pub(crate) struct Anchor {
    /// The element's node.
    node: usize,
    /// `<area>` rather than `<a>` (image-map links are never block items).
    is_area: bool,
    /// The resolved URL, without fragment.
    url: Url,
    /// Its canonical form, if it has one.
    canonical: Option<String>,
    /// [`site_key`] of the URL.
    site: String,
    /// [`anchor_text`] of the element.
    text: String,
}

/// Every link element of the page, in document order.
pub(crate) fn anchors(dom: &Dom<'_>, base: &Url) -> Vec<Anchor> {
    (dom.body_index()..dom.nodes.len())
        .filter_map(|j| {
            let is_area = match dom.name(j)? {
                "a" => false,
                "area" => true,
                _ => return None,
            };
            let url = resolve(base, dom.attr(j, "href")?)?;
            Some(Anchor {
                node: j,
                is_area,
                canonical: canonical(&url),
                site: site_key(&url),
                text: anchor_text(dom, j),
                url,
            })
        })
        .collect()
}

/// Anchor text of a link element, or its `title` / an image's `alt`.
fn anchor_text(dom: &Dom<'_>, a: usize) -> String {
    let t = dom.text_inline(a);
    if !t.is_empty() {
        return t;
    }
    if let Some(t) = dom.attr(a, "title") {
        return collapse_ws(t);
    }
    dom.elements_in(a)
        .find_map(|j| {
            (dom.name(j) == Some("img"))
                .then(|| dom.attr(j, "alt"))
                .flatten()
        })
        .map(collapse_ws)
        .unwrap_or_default()
}

/// Finds the related / more blocks. `container` is the article body
/// container (a block never encloses it).
pub(crate) fn find_blocks(
    dom: &Dom<'_>,
    container: Option<usize>,
    anchors: &[Anchor],
    page: &Url,
) -> Vec<Block> {
    let start = dom.body_index();
    let n = dom.nodes.len();
    // Headings of any kind, and boundaries with their rank.
    let mut headings: Vec<(usize, BlockKind)> = Vec::new();
    let mut boundaries: Vec<(usize, u8)> = Vec::new();
    for i in start..n {
        let Some(name) = dom.name(i) else { continue };
        let node = &dom.nodes[i];
        if let Some(rank) = heading_rank(name).filter(|_| node.link_chars * 2 <= node.chars) {
            boundaries.push((i, rank));
        }
        if node.chars == 0
            || node.chars > 30
            || node.end - i > 40
            || name == "a"
            || name == "li"
            || name == "ul"
        {
            continue;
        }
        let links = dom
            .elements_in(i)
            .filter(|&j| dom.name(j) == Some("a"))
            .count();
        if links > 1 {
            continue;
        }
        if let Some(kind) = classify_heading(&dom.text_inline(i)) {
            headings.push((i, kind));
            if !boundaries.iter().any(|&(b, _)| b == i) {
                boundaries.push((i, 0));
            }
        }
    }
    boundaries.sort_unstable();
    let page_canon = canonical(page);
    let page_site = site_key(page);
    let mut blocks: Vec<Block> = Vec::new();
    for &(h, kind) in &headings {
        if kind == BlockKind::Other {
            continue;
        }
        // Skip a heading nested in an already-matched heading.
        if blocks.iter().any(|b| b.start <= h && h < b.end) {
            continue;
        }
        let h_end = dom.nodes[h].end;
        // A sub-heading (an item's headline) does not end the block; a
        // heading of the same rank or above, or another list's, does.
        let h_rank = dom.name(h).and_then(heading_rank).unwrap_or(6);
        // Inside the article, a "Related:" line is followed by the story
        // again: the block ends at the first paragraph of prose.
        let in_article = container.is_some_and(|c| dom.contains(c, h));
        let prose_end = if in_article {
            let c_end = container.map_or(h_end, |c| dom.nodes[c].end);
            (h_end..c_end)
                .find(|&j| is_prose(dom, j, h))
                .unwrap_or(c_end)
        } else {
            usize::MAX
        };
        let mut anc = h;
        let mut found = None;
        for _ in 0..6 {
            let p = dom.nodes[anc].parent;
            if p == usize::MAX || matches!(dom.name(p), Some("body" | "html")) {
                break;
            }
            anc = p;
            if container.is_some_and(|c| c != anc && dom.contains(anc, c)) {
                break;
            }
            let a_end = dom.nodes[anc].end;
            let range_end = boundaries
                .iter()
                .find(|&&(b, rank)| b >= h_end && b < a_end && rank <= h_rank)
                .map_or(a_end, |&(b, _)| b)
                .min(prose_end);
            let items = items_in(
                dom,
                anchors,
                h_end,
                range_end,
                page_canon.as_deref(),
                &page_site,
            );
            // Under a "related" or "more news" heading, one story is a block.
            if !items.is_empty() {
                found = Some((range_end, items));
                break;
            }
        }
        if let Some((end, items)) = found {
            blocks.push(Block {
                kind,
                start: h,
                end,
                items,
            });
        }
    }
    blocks
}

/// The rank of a heading element (`<h2>`: 2), `None` for other elements.
fn heading_rank(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

/// A paragraph of running text after the heading `h`: a `<p>` with at
/// least 50 characters outside links, mostly not link text, and not an
/// item's excerpt (inside a list item, or a teaser card's `<article>` below
/// the heading).
fn is_prose(dom: &Dom<'_>, j: usize, h: usize) -> bool {
    let node = &dom.nodes[j];
    let in_item = dom.ancestors(j).take(4).any(|p| match dom.name(p) {
        Some("li") => true,
        Some("article") => !dom.contains(p, h),
        _ => false,
    });
    dom.name(j) == Some("p")
        && node.chars - node.link_chars >= 50
        && node.link_chars * 2 < node.chars
        && !in_item
}

/// The items (distinct same-site links with their title, excerpt and date)
/// between node `from` and `to`.
fn items_in(
    dom: &Dom<'_>,
    anchors: &[Anchor],
    from: usize,
    to: usize,
    page: Option<&str>,
    site: &str,
) -> Vec<LinkItem> {
    // (node, canonical url, text) of the candidate links.
    let first = anchors.partition_point(|a| a.node < from);
    let links: Vec<(usize, &str, &str)> = anchors[first..]
        .iter()
        .take_while(|a| a.node < to)
        .filter(|a| !a.is_area && a.site == site)
        .filter_map(|a| {
            let c = a.canonical.as_deref()?;
            let more = MORE_LINK.is_match(&a.text) && !is_read_more(&a.text);
            (Some(c) != page && !more).then_some((a.node, c, &*a.text))
        })
        .collect();
    let mut order: Vec<&str> = Vec::new();
    let mut by_url: HashMap<&str, (&str, usize)> = HashMap::new();
    for &(j, c, text) in &links {
        let e = by_url.entry(c).or_insert_with(|| {
            order.push(c);
            ("", j)
        });
        if !is_read_more(text) && text.chars().count() > e.0.chars().count() {
            *e = (text, j);
        }
    }
    let items: Vec<LinkItem> = order
        .into_iter()
        .map(|c| {
            let (title, j) = by_url[c];
            // The item: the largest ancestor of the link, inside the range,
            // whose links all point to this URL.
            let mut item = j;
            loop {
                let p = dom.nodes[item].parent;
                if p == usize::MAX || p < from || dom.nodes[p].end > to {
                    break;
                }
                let p_end = dom.nodes[p].end;
                if links.iter().any(|&(k, u, _)| k > p && k < p_end && u != c) {
                    break;
                }
                item = p;
            }
            // A card whose link only says "Read more" is titled by its
            // headline.
            let title = if title.is_empty() {
                dom.elements_in(item)
                    .find(|&h| dom.name(h).is_some_and(|n| heading_rank(n).is_some()))
                    .map(|h| dom.text_inline(h))
                    .unwrap_or_default()
            } else {
                title.to_string()
            };
            let (excerpt, date) = excerpt_and_date(dom, item, &title);
            LinkItem {
                url: c.to_string(),
                title: (!title.is_empty()).then_some(title),
                excerpt,
                date,
            }
        })
        .collect();
    if items.iter().all(|i| i.title.is_none()) {
        return Vec::new();
    }
    items
}

/// Whether a link's text only says "read the story" (`Read more`,
/// `Continue reading`, `Mehr erfahren`, `Weiterlesen`, `Lire la suite`,
/// `阅读全文`): the story's title is elsewhere in its teaser.
fn is_read_more(text: &str) -> bool {
    matches!(
        heading_key(text).as_str(),
        "readmore"
            | "continuereading"
            | "readfullstory"
            | "readthefullstory"
            | "fullstory"
            | "learnmore"
            | "mehrerfahren"
            | "weiterlesen"
            | "mehrlesen"
            | "zumartikel"
            | "lirelasuite"
            | "ensavoirplus"
            | "leermás"
            | "leggitutto"
            | "leggidipiù"
            | "czytajwięcej"
            | "leiamais"
            | "阅读全文"
            | "查看全文"
            | "查看详情"
    )
}

/// Whether a line closes with a "read more" link's text after some text
/// of its own (`… Seht selbst! Weiterlesen`, `… a commission. Learn more.`,
/// `… [czytaj więcej]`): the teaser of another page, or a notice. The
/// link's text stands apart: capitalised, bracketed, or after a sentence's
/// end or a separator (`|`, `–`, `»`), so "… hope to learn more." is no
/// link. A line of Chinese, with no space before the link's text, is never
/// one.
pub(crate) fn ends_with_read_more(line: &str) -> bool {
    let line = line.trim_end_matches(|c: char| !c.is_alphanumeric());
    // The last four words, in order: a phrase of up to three and the word
    // before it.
    let mut words: Vec<&str> = line.split_whitespace().rev().take(4).collect();
    words.reverse();
    (1..=3.min(words.len().saturating_sub(1))).any(|k| {
        let phrase = &words[words.len() - k..];
        let stands_apart = phrase[0]
            .starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric())
            || words[words.len() - k - 1].ends_with(['.', '!', '?', '…', ':', '|', '-', '–', '»']);
        stands_apart && is_read_more(&phrase.join(" "))
    })
}

fn excerpt_and_date(dom: &Dom<'_>, item: usize, title: &str) -> (Option<String>, Option<String>) {
    let text = dom.text(item);
    // A date shown in an element of its own beats one inside the teaser.
    let mut date = dom.elements_in(item).find_map(|j| {
        let node = &dom.nodes[j];
        if node.chars == 0 || node.chars > 30 || dom.name(j) == Some("a") {
            return None;
        }
        let t = dom.text_inline(j);
        let m = SHOWN_DATE.find(&t)?;
        (m.as_str().chars().filter(|c| !c.is_whitespace()).count() * 10 >= node.chars as usize * 8)
            .then(|| m.as_str().trim().to_string())
    });
    let mut excerpt: Option<String> = None;
    for line in text.lines() {
        let mut rest = match (line.strip_prefix(title), line.strip_suffix(title)) {
            _ if title.is_empty() => line.to_string(),
            (Some(r), _) | (None, Some(r)) => r.to_string(),
            _ => line.to_string(),
        };
        if date.is_none() {
            // A date that opens or closes the line, not one the excerpt's
            // sentence mentions.
            let edge = |t: &str| {
                t.trim_matches(|c: char| c.is_whitespace() || "|-·".contains(c))
                    .is_empty()
            };
            if let Some(m) = SHOWN_DATE
                .find(&rest)
                .filter(|m| edge(&rest[..m.start()]) || edge(&rest[m.end()..]))
            {
                date = Some(m.as_str().trim().to_string());
                rest.replace_range(m.range(), " ");
            }
        } else if let Some(d) = &date {
            rest = rest.replacen(d.as_str(), " ", 1);
        }
        let rest = collapse_ws(&rest);
        let rest =
            rest.trim_matches(|c: char| c == '|' || c == '-' || c == '·' || c.is_whitespace());
        if rest.chars().count() >= 8
            && excerpt
                .as_ref()
                .is_none_or(|e| rest.chars().count() > e.chars().count())
        {
            excerpt = Some(rest.to_string());
        }
    }
    (excerpt, date)
}

static PAGER_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:下一页|上一页|下页|上页|末页|尾页|next|next page|previous|previous page|prev|older|newer|older posts|newer posts|older entries|newer entries|next ›|‹ previous|»|›|«|‹|>>|<<|>|<)$")
        .expect("valid regex")
});
static PAGER_URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:index_\d+\.s?html?$|/page/\d+/?$|[?&](?:page|pg|paged|pn|pageno|pagenum|start|offset)=\d+)")
        .expect("valid regex")
});
static ARTICLE_PATH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:/(?:19|20)\d{2}[-/]?\d{2}[-/]?\d{2}/|/(?:19|20)\d{2}/\d{4}/|/(?:19|20)\d{2}-\d{2}/\d{2}/|\d{5,}[^/]*$|/[a-z0-9]+(?:[-_][a-z0-9]+){3,}(?:\.s?html?)?/?$)")
        .expect("valid regex")
});
static NOT_PAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\.(?:jpe?g|png|gif|webp|svg|ico|css|js|pdf|zip|rar|gz|mp3|mp4|avi|mov|xml|rss|apk|exe|doc|docx|xls|xlsx|ppt)$")
        .expect("valid regex")
});

/// Whether a URL looks like a single article (date or long id in the path,
/// or a long slug).
pub(crate) fn is_article_url(u: &Url) -> bool {
    let path = u.path();
    if NOT_PAGE.is_match(path) || path == "/" {
        return false;
    }
    if ARTICLE_PATH.is_match(path) {
        return true;
    }
    u.query_pairs().any(|(k, v)| {
        matches!(
            k.to_ascii_lowercase().as_str(),
            "id" | "aid" | "articleid" | "newsid" | "docid" | "contentid" | "p"
        ) && v.len() >= 4
            && v.chars().all(|c| c.is_ascii_digit())
    })
}

fn is_section_url(u: &Url) -> bool {
    let path = u.path();
    if u.query().is_some() {
        return false;
    }
    let segs = path.split('/').filter(|s| !s.is_empty()).count();
    segs <= 2
        && (path.ends_with('/') || path.ends_with("/index.html") || path.ends_with("/index.shtml"))
}

/// Every followable link of the page, with its role, deduplicated by
/// canonical URL keeping the highest-priority role.
pub(crate) fn classify_links(
    dom: &Dom<'_>,
    anchors: Vec<Anchor>,
    blocks: &[Block],
    page: &Url,
    is_listing: bool,
) -> Vec<Link> {
    let page_site = site_key(page);
    let mut out: Vec<Link> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let zones = zones(dom, dom.body_index());
    for a in anchors {
        let rel = dom.attr(a.node, "rel").unwrap_or("").to_ascii_lowercase();
        let nofollow = rel
            .split_whitespace()
            .any(|r| matches!(r, "nofollow" | "sponsored" | "ugc"));
        let role = role_of(dom, &zones, &a, blocks, &page_site, is_listing);
        let key = a.canonical.unwrap_or_else(|| a.url.to_string());
        match index.get(&key) {
            Some(&k) => {
                let l = &mut out[k];
                if role.priority() < l.role.priority() {
                    l.role = role;
                }
                if l.text.is_empty() {
                    l.text = a.text;
                }
                l.nofollow &= nofollow;
            }
            None => {
                index.insert(key, out.len());
                out.push(Link {
                    url: a.url,
                    role,
                    text: a.text,
                    nofollow,
                });
            }
        }
    }
    out
}

/// Words in a class or id that mark navigation, a pager, a footer.
static NAV_CLASS: LazyLock<Substrings> =
    LazyLock::new(|| Substrings::new(&["nav", "menu", "crumb", "bread"]));
static PAGER_CLASS: LazyLock<Substrings> = LazyLock::new(|| Substrings::new(&["pag", "fenye"]));
static FOOTER_CLASS: LazyLock<Substrings> =
    LazyLock::new(|| Substrings::new(&["footer", "copyright"]));

/// Zone flags of a node: inside navigation, a pager, a footer.
const NAV: u8 = 1;
const PAGER: u8 = 2;
const FOOTER: u8 = 4;

/// Per node, the zones (`NAV`, `PAGER`, `FOOTER`) it or an ancestor below
/// `<body>` marks by tag or class/id. One top-down pass.
fn zones(dom: &Dom<'_>, start: usize) -> Vec<u8> {
    let n = dom.nodes.len();
    let mut z = vec![0u8; n];
    for i in start + 1..n {
        let p = dom.nodes[i].parent;
        let inherited = if p != usize::MAX && p > start {
            z[p]
        } else {
            0
        };
        let Some(name) = dom.name(i) else {
            z[i] = inherited;
            continue;
        };
        let ci = dom.class_id(i);
        // Most elements have no class or id: skip the searches.
        let has = |words: &Substrings| !ci.is_empty() && words.in_value(ci);
        let mut f = inherited;
        if name == "nav" || has(&NAV_CLASS) {
            f |= NAV;
        }
        if has(&PAGER_CLASS) {
            f |= PAGER;
        }
        if name == "footer" || has(&FOOTER_CLASS) {
            f |= FOOTER;
        }
        z[i] = f;
    }
    z
}

/// The role of one link: inside a related or more block, pagination,
/// section navigation, a link to an article, or other.
fn role_of(
    dom: &Dom<'_>,
    zones: &[u8],
    anchor: &Anchor,
    blocks: &[Block],
    site: &str,
    is_listing: bool,
) -> LinkRole {
    let (j, url, text) = (anchor.node, &anchor.url, anchor.text.as_str());
    if let Some(b) = blocks.iter().find(|b| j >= b.start && j < b.end) {
        match b.kind {
            BlockKind::Related => return LinkRole::Related,
            BlockKind::More => return LinkRole::More,
            BlockKind::Other => {}
        }
    }
    let same_site = anchor.site == site;
    let f = dom.nodes[j].parent;
    let f = if f == usize::MAX { 0 } else { zones[f] };
    let (in_nav, in_pager, in_footer) = (f & NAV != 0, f & PAGER != 0, f & FOOTER != 0);
    let t = text.trim();
    let numeric = !t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit());
    let pager_url = PAGER_URL.is_match(url.as_str());
    if same_site && (PAGER_TEXT.is_match(t) || pager_url || (numeric && in_pager)) {
        return LinkRole::Pagination;
    }
    if in_nav {
        return LinkRole::SectionNav;
    }
    let long_text = t.chars().filter(|c| crate::dom::is_cjk(*c)).count() >= 8
        || t.split_whitespace().count() >= 5;
    if is_article_url(url) || (is_listing && same_site && long_text && !in_footer) {
        return LinkRole::ArticleList;
    }
    if same_site && is_section_url(url) && t.chars().count() <= 20 {
        return LinkRole::SectionNav;
    }
    LinkRole::Other
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn setup(html: &str) -> (Vec<Block>, Vec<Link>) {
        let page = Url::parse("http://news.example.com/guonei/2024-03-29/doc-1.shtml").unwrap();
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let c = crate::body::find_container(&dom);
        let anchors = anchors(&dom, &page);
        let blocks = find_blocks(&dom, c, &anchors, &page);
        let links = classify_links(&dom, anchors, &blocks, &page, false);
        (blocks, links)
    }

    #[test]
    fn headings_are_classified() {
        assert_eq!(classify_heading("相关新闻"), Some(BlockKind::Related));
        assert_eq!(
            classify_heading(" Related stories "),
            Some(BlockKind::Related)
        );
        assert_eq!(classify_heading("延伸阅读："), Some(BlockKind::Related));
        assert_eq!(
            classify_heading("更多关于国内的资讯"),
            Some(BlockKind::More)
        );
        assert_eq!(classify_heading("更多新闻 >>"), Some(BlockKind::More));
        assert_eq!(
            classify_heading("More from Business"),
            Some(BlockKind::More)
        );
        assert_eq!(classify_heading("推荐阅读"), Some(BlockKind::More));
        assert_eq!(classify_heading("排行榜"), Some(BlockKind::Other));
        assert_eq!(classify_heading("Most read"), Some(BlockKind::Other));
        assert_eq!(classify_heading("国内"), None);
        for related in [
            "Ähnliche Beiträge",
            "Das könnte Sie auch interessieren",
            "À lire aussi :",
            "Noticias relacionadas",
            "Leggi anche",
            "Weiterführende Links:",
            "Verwandte ArtikelMehr vom Autor",
            "Sur le même thème",
            "Veja também",
            "Zobacz także",
        ] {
            assert_eq!(
                classify_heading(related),
                Some(BlockKind::Related),
                "{related}"
            );
        }
        assert_eq!(
            classify_heading("Mehr zu Klima und Konsum"),
            Some(BlockKind::More)
        );
        assert_eq!(classify_heading("Weitere Artikel"), Some(BlockKind::More));
        assert_eq!(classify_heading("Meistgelesen"), Some(BlockKind::Other));
        assert_eq!(classify_heading("Mehrwertsteuer"), None);
    }

    #[test]
    fn teaser_cards_under_a_heading_in_the_article_are_a_block() {
        // Cards with an unlinked headline (a sub-heading of the block's
        // heading), a date, an excerpt and a "Mehr erfahren" link, inside
        // the article's container: the block takes them all, each titled
        // by its headline, and the article's text is not in it.
        let p = "Jede Familie kauft im Jahr viele neue Dinge, die sie kaum braucht, und wirft sie bald wieder fort.";
        let card = |n: u32, title: &str, link: &str| {
            format!(
                "<article class=teaser><h3>{title}</h3><ul><li>0{n}.07.2021</li></ul>\
                 <p>Ein Auszug aus dem Beitrag, der mehr als fünfzig Zeichen lang ist und erklärt.</p>\
                 <a href='/guonei/2024-03-2{n}/doc-{n}.shtml'>{link}</a></article>"
            )
        };
        let html = format!(
            "<body><article><div class=region><div class=text><p>{p}</p></div><div class=text><p>{p}</p></div><div class=text><p>{p}</p></div>\
             <div class=teasers><h2>Mehr zum Thema</h2><div class=grid>{}{}</div></div></div></article></body>",
            card(1, "Verpackungsmüll und Klimakrise", "Mehr erfahren"),
            card(2, "Klimakiller Kunststoff", "Read more »"),
        );
        let doc = Html::parse_document(&html);
        let dom = Dom::build(&doc);
        let c = crate::body::find_container(&dom);
        let h2 = (0..dom.nodes.len()).find(|&i| dom.name(i) == Some("h2"));
        assert!(c.zip(h2).is_some_and(|(c, h2)| dom.contains(c, h2)));
        let (blocks, _) = setup(&html);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        let items = &blocks[0].items;
        let titles: Vec<_> = items.iter().map(|i| i.title.as_deref()).collect();
        assert_eq!(
            titles,
            [
                Some("Verpackungsmüll und Klimakrise"),
                Some("Klimakiller Kunststoff")
            ]
        );
        assert_eq!(items[1].date.as_deref(), Some("02.07.2021"));
    }

    #[test]
    fn a_line_closing_with_a_read_more_link_is_a_teaser() {
        for teaser in [
            "Sommerzeit ist Urlaubszeit, das lässt sich keiner zweimal sagen. Seht selbst! Weiterlesen",
            "If you buy something using links in our stories, we may earn a commission. Learn more.",
            "Kłamliwym atakom sprzeciwiają się też dziennikarze [czytaj więcej]",
            "Kommen dürfen alle Weiterlesen →",
        ] {
            assert!(ends_with_read_more(teaser), "{teaser}");
        }
        for text in [
            "Scientists hope to learn more about the comet next year.",
            "Scientists hope to learn more.",
            "Weiterlesen",
            "Passend zum Artikel",
        ] {
            assert!(!ends_with_read_more(text), "{text}");
        }
    }

    #[test]
    fn a_date_inside_an_excerpt_sentence_is_not_the_item_date() {
        let p = "Jede Familie kauft im Jahr viele neue Dinge, die sie kaum braucht, und wirft sie bald wieder fort.";
        let html = format!(
            "<body><div class=text><p>{p}</p><p>{p}</p></div><div><h3>Weitere Artikel</h3><ul>\
             <li><a href='/guonei/2024-03-28/doc-2.shtml'>Neue Regeln</a><p>Die Vorgabe vom 22.12.2020 gilt nun auch im Herbst.</p></li>\
             <li><a href='/guonei/2024-03-27/doc-3.shtml'>Bier vom Fass</a> · 27.10.2023</li>\
             <li><a href='/guonei/2024-03-26/doc-4.shtml'>Neues Lager</a> 12.04.2024, 10:21</li></ul></div></body>"
        );
        let (blocks, _) = setup(&html);
        let dates: Vec<_> = blocks[0].items.iter().map(|i| i.date.as_deref()).collect();
        assert_eq!(dates, [None, Some("27.10.2023"), Some("12.04.2024, 10:21")]);
    }

    #[test]
    fn related_and_more_blocks_with_items() {
        let p = "据介绍，相关指标同比增长10.2%，这一举措受到广泛关注。".repeat(4);
        let html = format!(
            "<body><div class=content><p>{p}</p><p>{p}</p></div>\
             <div class=rel><h3>相关新闻</h3><ul>\
             <li><a href='/guonei/2024-03-28/doc-2.shtml?utm_source=x#c'>标题二</a><span>03-28 10:00</span><p>摘要二的文字内容比较长</p></li>\
             <li><a href='http://www.example.com/guonei/2024-03-27/doc-3.shtml'>标题三</a></li>\
             <li><a href='http://other.org/x/2024-03-27/doc-9.shtml'>外站</a></li></ul>\
             <h3>更多关于国内的资讯</h3><ul><li><h4><a href=/guonei/2024-01-01/doc-4.shtml>标题四</a></h4><p>摘要四的文字内容比较长</p><time>2024-01-01 08:00</time></li>\
             <li><h4><a href=/guonei/2024-01-02/doc-5.shtml>标题五</a></h4></li></ul></div>\
             <aside><h3>排行榜</h3><ul><li><a href=/guonei/2024-01-03/doc-6.shtml>标题六</a></li><li><a href=/guonei/2024-01-04/doc-7.shtml>标题七</a></li></ul></aside>\
             <div class=pages><a href=/guonei/index_2.html>2</a><a href=/guonei/index_2.html>下一页</a></div>\
             <nav><a href=/guoji/>国际</a></nav><a href='javascript:void(0)'>x</a><a href='#top'>top</a>\
             <a href='/ads/click?id=1' rel='nofollow sponsored'>广告</a></body>"
        );
        let (blocks, links) = setup(&html);
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert_eq!(blocks[0].kind, BlockKind::Related);
        let r = &blocks[0].items;
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0].url,
            "http://news.example.com/guonei/2024-03-28/doc-2.shtml"
        );
        assert_eq!(r[0].title.as_deref(), Some("标题二"));
        assert_eq!(r[0].date.as_deref(), Some("03-28 10:00"));
        assert_eq!(r[0].excerpt.as_deref(), Some("摘要二的文字内容比较长"));
        assert_eq!(
            r[1].url,
            "http://www.example.com/guonei/2024-03-27/doc-3.shtml"
        );
        let m = &blocks[1].items;
        assert_eq!(blocks[1].kind, BlockKind::More);
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].date.as_deref(), Some("2024-01-01 08:00"));
        let role = |s: &str| {
            links
                .iter()
                .find(|l| l.url.as_str().contains(s))
                .map(|l| (l.role, l.nofollow))
        };
        assert_eq!(role("doc-2"), Some((LinkRole::Related, false)));
        assert_eq!(role("doc-9"), Some((LinkRole::Related, false)));
        assert_eq!(role("doc-4"), Some((LinkRole::More, false)));
        assert_eq!(role("doc-6"), Some((LinkRole::ArticleList, false)));
        assert_eq!(role("index_2"), Some((LinkRole::Pagination, false)));
        assert_eq!(role("/guoji/"), Some((LinkRole::SectionNav, false)));
        assert_eq!(role("/ads/click"), Some((LinkRole::Other, true)));
        assert!(links
            .iter()
            .all(|l| l.url.scheme().starts_with("http") && l.url.fragment().is_none()));
    }

    #[test]
    fn a_teaser_date_glued_to_chinese_text_is_found() {
        let dom_html = "<body><div><h3>相关新闻</h3><ul>\
             <li><a href='/guonei/2024-03-28/doc-2.shtml'>标题二</a><span>发布于03-28 10:00</span></li>\
             <li><a href='/guonei/2024-03-27/doc-3.shtml'>标题三</a></li></ul></div></body>";
        let (blocks, _) = setup(dom_html);
        assert_eq!(blocks[0].items[0].date.as_deref(), Some("03-28 10:00"));
    }

    #[test]
    fn pagination_and_article_urls() {
        let u = |s: &str| Url::parse(s).unwrap();
        assert!(is_article_url(&u(
            "http://a.cn/n1/2024/0618/c1000-791602.html"
        )));
        assert!(is_article_url(&u(
            "http://a.com/2024/05/12/tech/slug-123456.html"
        )));
        assert!(is_article_url(&u("http://a.com/tech/article/123456.html")));
        assert!(is_article_url(&u(
            "http://a.com/news/city-council-approves-new-bridge-plan"
        )));
        assert!(!is_article_url(&u("http://a.com/tech/")));
        assert!(!is_article_url(&u("http://a.com/img/123456.jpg")));
        assert!(PAGER_URL.is_match("http://a.com/business/page/2/"));
        assert!(PAGER_URL.is_match("http://a.com/list?page=3"));
        assert!(!PAGER_URL.is_match("http://a.com/list?pageid=x"));
        assert_eq!(site_key(&u("http://news.sina.com.cn/x")), "sina.com.cn");
        assert_eq!(site_key(&u("http://127.0.0.1:18001/x")), "127.0.0.1:18001");
    }

    #[test]
    fn an_inline_related_line_in_the_article_does_not_swallow_it() {
        let p =
            "The simulation tracked more than twenty billion particles over a long period of time.";
        let html = format!(
            "<body><article><div class=article-body><p>{p}</p><p>{p}</p>\
             <p><strong>Related: </strong><a href='/guonei/2024-03-28/doc-2.shtml'>Snapshots of our universe</a></p>\
             <p>{p} <a href='/guonei/2024-03-27/doc-3.shtml'>supercomputer</a></p><p>{p}</p><p>{p}</p></div></article></body>"
        );
        let (blocks, _) = setup(&html);
        // At most the "Related:" line itself: the story after it is not an item.
        let items: Vec<&str> = blocks
            .iter()
            .flat_map(|b| b.items.iter().map(|i| i.url.as_str()))
            .collect();
        assert!(
            items.iter().all(|u| u.ends_with("doc-2.shtml")),
            "{blocks:?}"
        );
        // Nor does a "Lesen Sie auch" heading with its list: the story
        // after it is prose, though it sits in the `<article>` too.
        let html = format!(
            "<body><article><div class=article-body><p>{p}</p><p>{p}</p>\
             <h3>Lesen Sie auch</h3><ul><li><a href='/guonei/2024-03-28/doc-2.shtml'>Snapshots of our universe</a></li></ul>\
             <p id=after>{p}</p><p>{p}</p><p>{p}</p></div></article></body>"
        );
        let (blocks, _) = setup(&html);
        let doc = Html::parse_document(&html);
        let dom = Dom::build(&doc);
        let after = (0..dom.nodes.len()).find(|&i| dom.attr(i, "id") == Some("after"));
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        assert!(after.is_some_and(|a| blocks[0].end <= a), "{blocks:?}");
    }
}
