//! Which outlet the article comes from: labelled source markup, a Chinese
//! date line's outlet, and the credits (charts, photos) that name no
//! source of the article.

use std::sync::LazyLock;

use regex::Regex;

use crate::author::class_names_byline;
use crate::dates;
use crate::dom;
use crate::dom::{is_cjk, Dom, Kind};
use crate::labels::{self, Field};
use crate::Page;

/// The outlet the article comes from: a labelled source (`来源：`), source
/// markup by the headline, `<meta>` source, a Chinese date line's outlet
/// (`zh`: the page is Chinese), the outlet of the wire dateline that opens
/// a Chinese story (see [`wire_dateline_outlet`]), the JSON-LD publisher,
/// the site's name.
pub(crate) fn pick(page: &Page<'_>, zh: bool) -> Option<String> {
    let Page {
        dom,
        meta,
        facts,
        title_node,
        ..
    } = *page;
    facts
        .get(Field::Source)
        .or_else(|| {
            source_markup(dom, title_node, facts.window, zh)
                .map(|s| without_writer(s, meta.ld_author.as_deref()))
        })
        .or_else(|| meta.meta_source.clone())
        .or_else(|| meta.media_name.clone())
        .or_else(|| {
            zh.then(|| dateline_source(dom, title_node, facts.window))
                .flatten()
        })
        .or_else(|| {
            zh.then(|| page.paras.first().and_then(|p| wire_dateline_outlet(p)))
                .flatten()
        })
        // The publisher the article's JSON-LD names (a publication on a
        // blogging platform) before the site's name (the platform), unless
        // it is the Chinese site's name after its owner's (`Mediacorp
        // 8视界新闻网`) or the site's name before a company's words (`Nation
        // Media Group` of `Nation`).
        .or_else(|| {
            let site = meta.site_name.as_deref();
            let owner_and_site = |p: &str| {
                site.is_some_and(|s| {
                    p.len() > s.len() && p.ends_with(s) && s.chars().any(dom::is_han)
                })
            };
            let sites_company = |p: &str| {
                site.is_some_and(|s| {
                    p.strip_prefix(s).is_some_and(|rest| {
                        rest.starts_with(' ')
                            && rest.split_whitespace().all(|w| {
                                COMPANY_WORDS
                                    .contains(&w.trim_matches(['.', ',']).to_lowercase().as_str())
                            })
                    })
                })
            };
            meta.ld_publisher
                .as_deref()
                .filter(|p| !owner_and_site(p) && !sites_company(p))
                .or(site)
                .map(|name| if zh { chinese_name_alone(name) } else { name }.to_string())
        })
        .or_else(|| {
            (zh && !page.no_article_body)
                .then(|| shown_site_name(dom, page.headline))
                .flatten()
        })
}

/// Words that make a site's name its company's (`Nation Media Group`,
/// `Daily Clarion Ltd`).
const COMPANY_WORDS: &[&str] = &[
    "media",
    "group",
    "ltd",
    "limited",
    "inc",
    "plc",
    "llc",
    "corp",
    "corporation",
    "company",
    "holdings",
    "publishing",
    "publications",
    "gmbh",
    "ag",
    "sa",
    "s.a",
];

/// A Chinese site's name without the Latin-letter name or address it is
/// followed by (`信報網站 hkej.com`, `三立新聞網 SETN.COM`, `星洲网 Sin Chew
/// Daily`) or the address glued before it (`on.cc東網`): what a Chinese
/// reader calls the outlet.
fn chinese_name_alone(name: &str) -> &str {
    let han_at = name.find(dom::is_han).unwrap_or(0);
    let (address, rest) = name.split_at(han_at);
    if address.contains('.')
        && address
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.')
        && rest.chars().count() >= 2
        && rest.chars().all(dom::is_han)
    {
        return rest;
    }
    match name.split_once(' ') {
        Some((chinese, latin))
            if chinese.chars().count() >= 2
                && chinese
                    .chars()
                    .all(|c| dom::is_han(c) || c.is_ascii_alphanumeric())
                && chinese.chars().any(dom::is_han)
                && latin.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) =>
        {
            chinese
        }
        _ => name,
    }
}

/// The dateline a Chinese wire opens its story with, bracketed
/// (`（中央社記者邱祖胤台北9日電）`: outlet, reporter, place, day, 電) or
/// not (`新华社北京3月5日电`, `中新网3月5日电`): the outlet sends the story;
/// so does a Hong Kong paper's dispatch tag (`【明報專訊】`, `【大公報訊】`).
static WIRE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[（(](\p{Han}{2,10}?)(?:记者|記者)[^）)]{1,30}[电電][）)]|(\p{Han}{1,8}?[社网網])\p{Han}{0,8}\d{1,2}月?\d{1,2}日[电電]|【(\p{Han}{2,8}?)(?:專訊|专讯|訊|讯)】)",
    )
    .expect("valid regex")
});

/// The outlet named by the wire dateline that opens a Chinese story's
/// first paragraph (see [`WIRE_DATELINE`]), when it names a medium (not
/// `本报`): the article's own credit, before the JSON-LD publisher (the
/// site's owner may spell its name in full: `中央通訊社` for `中央社`).
fn wire_dateline_outlet(first_para: &str) -> Option<String> {
    let caps = WIRE_DATELINE.captures(first_para)?;
    let outlet = caps
        .get(1)
        .or_else(|| caps.get(2))
        .or_else(|| caps.get(3))?
        .as_str();
    names_a_medium(outlet).then(|| outlet.to_string())
}

/// Words that name a newspaper's digital edition after the paper's name
/// (`滨江日报数字报`, `XX日报电子版`): the paper is the source.
const EDITION_WORDS: [&str; 9] = [
    "数字报",
    "電子報",
    "电子报",
    "电子版",
    "電子版",
    "数字版",
    "数字报刊平台",
    "数字报刊",
    "数字报纸",
];

/// Words after an organisation's name that make it the name of its news
/// site (`XX大学新闻网`, `XX集团新闻中心`).
const NEWS_SITE_WORDS: [&str; 4] = ["新闻网", "新聞網", "新闻中心", "新聞中心"];

/// Words after a site's name in its `<title>` that call it the official
/// site (`钛媒体官方网站`): the name is the part before them.
const OFFICIAL_SITE_WORDS: [&str; 4] = ["官方网站", "官方網站", "门户网站", "官网"];

/// The name a Chinese page gives its own site, when nothing names the
/// article's source (a government's press releases, a wire's or a
/// newspaper's own site, a company's news):
/// - a part of the `<title>` beside the headline (`标题 | 政治 | 中央通訊網`:
///   the parts after it, last first; `滨江日报数字报-标题`: the parts before
///   it, first first), or after the first part of a `<title>` that does not
///   hold the headline (`新闻详情 - 远航重工集团`), or the whole of such a
///   title of one part (`<title>新濠澳報</title>`), when the page shows it
///   as its own: a link to the site's home shows it (`<a href="/">极氪财经</a>`,
///   such a name may hold digits, `36氪`), or the copyright line names it
///   (`© 2025 都市报道网`, `远航重工集团有限公司 版权所有`), maybe without
///   words that call it the official site (see [`OFFICIAL_SITE_WORDS`]);
///   a paper's digital edition (see [`EDITION_WORDS`]) gives the paper, if
///   that names a medium (see [`names_a_medium`]);
/// - else the masthead's logo: a link home whose class or id says logo or
///   brand, by its text or its image's `alt` (`<a href="/" class="logo">
///   观察者网</a>`);
/// - else the text of an element whose class or id says site name
///   (`<div id="siteName">`).
///
/// A page with no article of its own (a listing, or a page titled by a
/// short section name) takes none. A portal's
/// name in its titles (`标题_科技_腾讯网`) that the page does not show as
/// its own names no source.
fn shown_site_name(dom: &Dom<'_>, headline: Option<&str>) -> Option<String> {
    // A headline, not a section's name (`财经 - 江城在线` titles a
    // section's page).
    let headline = headline.filter(|h| h.trim().chars().count() >= 8)?;
    let name_like = |n: &str| {
        (2..=20).contains(&n.chars().count())
            && dates::find_date(n).is_none()
            && n.chars().any(|c| c.is_alphabetic())
    };
    let logo = || {
        (dom.body_index()..dom.nodes.len()).find_map(|i| {
            if !dom.is_home_link(i) || !dom.class_tokens(i).any(|t| matches!(t, "logo" | "brand")) {
                return None;
            }
            let text = dom.text_inline(i);
            let text = if text.is_empty() {
                dom.elements_in(i)
                    .find_map(|k| dom.attr(k, "alt"))?
                    .trim()
                    .to_string()
            } else {
                text
            };
            (name_like(&text) && !dom::is_home_word(&text)).then_some(text)
        })
    };
    let logo_name = std::cell::OnceCell::new();
    // The outermost part of the title may be shown by any link home; a
    // part between others (`标题_科技_腾讯网`: a channel, linked to its own
    // home `tech.example.com`) only by the logo or the copyright line.
    let shown = |n: &str, outermost: bool| {
        name_like(n)
            && ((outermost && links_home_as(dom, n))
                || logo_name.get_or_init(logo).as_deref() == Some(n)
                || in_copyright_line(dom, n))
    };
    let from_title = || {
        let title = dom.head.title.as_deref()?.trim();
        let is_separator =
            |c: char| matches!(c, '-' | '|' | '｜' | '_' | '–' | '—' | '－' | '│' | '»');
        let parts = |rest: &str| -> Vec<String> {
            rest.split(is_separator)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(String::from)
                .collect()
        };
        let h = headline.trim();
        let names: Vec<String> = if let Some(rest) = title.strip_prefix(h) {
            // The separator must part the headline from what follows.
            if !rest.trim_start().starts_with(is_separator) {
                return None;
            }
            parts(rest).into_iter().rev().collect()
        } else if let Some(rest) = title.strip_suffix(h) {
            // A separator or a colon (`东平县人民法院：Headline`) parts the
            // name from the headline.
            let rest = rest.trim_end();
            match rest.strip_suffix(['：', ':']) {
                Some(name) => parts(name),
                None if rest.ends_with(is_separator) => parts(rest),
                None => return None,
            }
        } else if title.contains(h) {
            return None;
        } else {
            // A title of one part, away from the headline, may be the
            // site's name alone (`<title>新濠澳報</title>`).
            let all = parts(title);
            let skip = usize::from(all.len() > 1);
            all.into_iter().skip(skip).rev().collect()
        };
        names.into_iter().enumerate().find_map(|(k, name)| {
            if let Some(paper) = EDITION_WORDS
                .iter()
                .find_map(|w| name.strip_suffix(w).filter(|n| !n.is_empty()))
            {
                let plain = (2..=20).contains(&paper.chars().count())
                    && !paper.contains(|c: char| c.is_ascii_digit());
                return (plain && names_a_medium(paper)).then(|| paper.to_string());
            }
            let official = OFFICIAL_SITE_WORDS
                .iter()
                .find_map(|w| name.strip_suffix(w).filter(|n| !n.is_empty()));
            // A news site named after its owner (`西北工学院新闻网`, the
            // copyright line showing `西北工学院`) is the source as named.
            let owner_shown = || {
                NEWS_SITE_WORDS
                    .iter()
                    .find_map(|w| name.strip_suffix(w))
                    .is_some_and(|owner| shown(owner, k == 0))
            };
            [Some(name.as_str()), official]
                .into_iter()
                .flatten()
                .find(|n| shown(n, k == 0))
                .map(String::from)
                .or_else(|| owner_shown().then(|| name.clone()))
        })
    };
    let named_site_name = || {
        (dom.body_index()..dom.nodes.len()).find_map(|i| {
            let says = dom.name(i).is_some()
                && (2..=30).contains(&dom.nodes[i].chars)
                && dom
                    .class_id(i)
                    .split_whitespace()
                    .any(|n| n.replace(['-', '_'], "") == "sitename");
            let text = says.then(|| dom.text_inline(i))?;
            (!text.contains(|c: char| c.is_ascii_digit())).then_some(text)
        })
    };
    from_title()
        .or_else(|| logo_name.get_or_init(logo).clone())
        .or_else(named_site_name)
}

/// Whether the page's copyright line (a short element whose own text
/// holds `©`, `Copyright`, `版权所有` or `版權所有`) names `name`, as a
/// word of its own: not the end of a longer name (`纪检` in
/// `山西医科大学纪检监察室`).
fn in_copyright_line(dom: &Dom<'_>, name: &str) -> bool {
    (dom.body_index()..dom.nodes.len()).any(|j| {
        let Kind::Text(t) = dom.nodes[j].kind else {
            return false;
        };
        let says = ["©", "Copyright", "版权所有", "版權所有"]
            .iter()
            .any(|w| t.contains(w));
        let parent = dom.nodes[j].parent;
        if !says || parent >= dom.nodes.len() || dom.nodes[parent].chars > 300 {
            return false;
        }
        let line = dom.text_inline(parent);
        line.match_indices(name).any(|(at, _)| {
            !line[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether a link to the site's home (`/`, or an address with no path)
/// shows `name`: as its text or its logo's `alt`, spaces aside.
fn links_home_as(dom: &Dom<'_>, name: &str) -> bool {
    let squeezed = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let name = squeezed(name);
    (dom.body_index()..dom.nodes.len()).any(|j| {
        dom.is_home_link(j)
            && (squeezed(&dom.text_inline(j)) == name
                || dom
                    .elements_in(j)
                    .filter_map(|k| dom.attr(k, "alt"))
                    .any(|alt| squeezed(alt) == name))
    })
}

/// Whether an element lies in or holds a figure, its caption or a
/// credit line (an element whose class says credit or caption, or a line
/// under a table or picture, see [`is_exhibit_credit`]): a `Source:` there
/// names where a picture or chart came from, not the article's source.
pub(crate) fn in_image_credit(dom: &Dom<'_>, i: usize) -> bool {
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
        || in_picture_box(dom, i)
}

/// Whether element `i` is, or lies in, a short box that shows a picture
/// and its caption (`<div class="img_wrapper"><img><span>图为走势（来源：Wind）</span></div>`):
/// the box (`i` or one of its three nearest ancestors, at most 150
/// characters) holds an image, alone or in a wrapper of its own, before
/// an element with text, and no text of its own beside them. A line that
/// shows a logo beside its text (`<p><img>来源：人民日报</p>`) is no such
/// box, nor a masthead whose logo links home before the headline and its
/// source line.
fn in_picture_box(dom: &Dom<'_>, i: usize) -> bool {
    let exhibit = |k: usize| matches!(dom.name(k), Some("img" | "picture"));
    let picture = |k: usize| {
        exhibit(k)
            || (dom.nodes[k].chars == 0 && !dom.is_home_link(k) && dom.elements_in(k).any(exhibit))
    };
    std::iter::once(i).chain(dom.ancestors(i).take(3)).any(|a| {
        if dom.name(a).is_none() || !(1..=150).contains(&dom.nodes[a].chars) {
            return false;
        }
        let mut kids = dom.children(a).filter(|&k| match dom.nodes[k].kind {
            Kind::Text(t) => !t.trim().is_empty(),
            _ => dom.name(k).is_some(),
        });
        let Some(first) = kids.next() else {
            return false;
        };
        dom.name(first).is_some() && picture(first) && kids.all(|k| dom.name(k).is_some())
    })
}

/// The source named by markup near the headline: a short element whose
/// class or id says source (`<a class="source">新京报</a>`,
/// `<span class="ent-source">`), media name (`<span id="media_name">`) or
/// nickname (the publishing account on self-media platforms,
/// `<strong class="profile_nickname">`), from just before the headline to
/// the end of the headline area. Dates, long text and URLs are not sources,
/// nor is another labelled fact (see [`labels::source_value`]).
fn source_markup(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    window: (usize, usize),
    zh: bool,
) -> Option<String> {
    let from = title_node.map_or(window.0, |t| t.saturating_sub(40).max(dom.body_index()));
    // The story's box may open with the source line before its text
    // (`<div class="content-article"><div class="media-info"><a
    // class="media-name">新京报</a>…</div><p>…`): up to its first paragraph
    // of text, within 60 nodes of the headline area's end, on a Chinese
    // page (elsewhere a picture's credit may open the story).
    let n = dom.nodes.len();
    let to = (window.1..n.min(window.1 + 60))
        .find(|&j| dom.name(j) == Some("p") && dom.nodes[j].chars > 30)
        .filter(|_| zh)
        .unwrap_or(window.1);
    (from..to.min(n)).find_map(|j| {
        let node = &dom.nodes[j];
        let short = matches!(node.kind, Kind::Element(..)) && (2..=30).contains(&node.chars);
        // A credit line classed as source that holds the byline
        // (`<div class="article__source"><span class="article__author">`),
        // or a nickname in the byline (`<div class="article-author"><a
        // class="nickname">`), names the writer, not the outlet; an agency
        // classed as source in the byline is the source (`<div
        // class="c-byline"><span class="c-byline__source">Reuters`).
        if !short
            || !names_source(dom, j)
            || dom.elements_in(j).any(|k| class_names_byline(dom, k))
            || (dom.class_tokens(j).any(|t| t == "nickname")
                && dom.ancestors(j).take(2).any(|k| class_names_byline(dom, k)))
        {
            return None;
        }
        let text = dom.text_inline(j);
        let plain = dates::find_date(&text).is_none() && !text.contains("://");
        plain
            .then(|| labels::source_value(quoted_outlet(unbracketed(&text))))
            .flatten()
    })
}

/// A source credit without the writer before the outlet (`Eglė
/// Petrauskienė, Baltijos aidas` where JSON-LD names the writer).
fn without_writer(source: String, writer: Option<&str>) -> String {
    let outlet = writer
        .filter(|w| !w.is_empty())
        .and_then(|w| source.strip_prefix(w))
        .and_then(|rest| rest.strip_prefix([',', '|', '/']))
        .map(str::trim)
        .filter(|outlet| !outlet.is_empty())
        .map(str::to_string);
    outlet.unwrap_or(source)
}

/// The outlet quoted after the place a story comes from, as Arabic papers
/// credit their own copy (`الشارقة: «الخليج»`: Sharjah, «Al Khaleej»);
/// any other text as it is.
fn quoted_outlet(text: &str) -> &str {
    text.split_once([':', '：'])
        .and_then(|(place, rest)| {
            let outlet = rest.trim().strip_prefix('«')?.strip_suffix('»')?;
            let short = place.trim().chars().count() <= 30 && outlet.chars().count() <= 40;
            (short && !outlet.is_empty()).then_some(outlet.trim())
        })
        .unwrap_or(text)
}

/// `text` without the brackets around all of it: source markup may show
/// the outlet in brackets (`<span class="source">[车界观察网 原创]</span>`).
fn unbracketed(text: &str) -> &str {
    let t = text.trim();
    const BRACKETS: [(char, char); 4] = [('[', ']'), ('［', '］'), ('【', '】'), ('〔', '〕')];
    let bracket = |c: char| {
        BRACKETS
            .iter()
            .any(|&(open, close)| c == open || c == close)
    };
    BRACKETS
        .iter()
        .find_map(|&(open, close)| t.strip_prefix(open)?.strip_suffix(close))
        .filter(|inner| !inner.contains(bracket))
        .map_or(t, str::trim)
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
    // The outlet opening the date's own line (`现代快报 2024年05月28日 A4版`,
    // a paper's print line).
    let date_text = dom.text_inline(date);
    let opening =
        dates::find_date(&date_text).and_then(|d| bare_source_name(&date_text[..d.start]));
    if opening.is_some() {
        return opening;
    }
    let line = dom.nodes[date].parent;
    if line == usize::MAX {
        return None;
    }
    let items: Vec<usize> = dom
        .children(line)
        .filter(|&k| dom.name(k).is_some() && dom.nodes[k].chars > 0)
        .collect();
    let at = items.iter().position(|&k| k == date)?;
    // The outlet may come before its reporter's credit (`经济观察报`, `记者
    // 周晓莉`, then the date).
    let credits_writer = |k: usize| {
        labels::scan(&dom.text_inline(items[k]))
            .iter()
            .any(|(f, _)| *f == Field::Author)
    };
    let before_credit = at
        .checked_sub(1)
        .filter(|&k| credits_writer(k))
        .and_then(|k| k.checked_sub(1));
    let neighbours = [at.checked_sub(1), Some(at + 1), before_credit];
    // The account a self-media platform tags `原创` (original) is the
    // source whatever its name (`<span>原创</span><span>环球财经观察</span>`).
    let tagged_original = |k: usize| k > 0 && dom.text_inline(items[k - 1]).trim() == ORIGINAL_TAG;
    neighbours
        .into_iter()
        .flatten()
        .filter(|&k| k < items.len() && !title_node.is_some_and(|t| dom.contains(items[k], t)))
        .find_map(|k| {
            let name = bare_name(&dom.text_inline(items[k]))?;
            (tagged_original(k) || names_a_medium(&name)).then_some(name)
        })
}

/// The tag a self-media platform shows before an account's own story.
const ORIGINAL_TAG: &str = "原创";

/// Words that open a reporter's credit (`记者张三`, `本報記者李四`).
const REPORTER_WORDS: [&str; 4] = ["记者", "記者", "本报记者", "本報記者"];

/// A name shown without a label that names a medium ([`bare_name`],
/// [`names_a_medium`]), as a source.
fn bare_source_name(text: &str) -> Option<String> {
    bare_name(text).filter(|name| names_a_medium(name))
}

/// A name shown without a label: 2 to 20 characters, no digits, colons
/// or labels, not a page tool. In `Reporter/Outlet` the part after the
/// slash, unless the part before is a credit (`文/张三`); in `Outlet /
/// 记者Name` (the outlet crediting its reporter) the part before.
fn bare_name(text: &str) -> Option<String> {
    let text = text.trim();
    // `Outlet / 记者Name／Place报导`: the outlet credits its reporter.
    let outlet = text.split_once(['/', '／']).and_then(|(outlet, rest)| {
        let rest = rest.trim_start();
        REPORTER_WORDS
            .iter()
            .any(|w| rest.starts_with(w))
            .then(|| outlet.trim())
    });
    let name = match (outlet, text.rsplit_once('/')) {
        (Some(outlet), _) => outlet,
        (None, Some((reporter, outlet))) => {
            let person = (2..=4).contains(&reporter.chars().count())
                && reporter.chars().all(is_cjk)
                && labels::scan(&format!("{reporter}：")).is_empty()
                && !["文", "图", "摄", "撰文", "文图", "图文"].contains(&reporter);
            person.then_some(outlet.trim())?
        }
        (None, None) => text,
    };
    let plain = (2..=20).contains(&name.chars().count())
        && !name.contains(|c: char| c.is_ascii_digit() || matches!(c, ':' | '：' | '/'))
        && labels::scan(name).is_empty()
        && !labels::PAGE_TOOLS.iter().any(|t| name.contains(t));
    plain.then(|| name.to_string())
}

/// Whether a name beside a Chinese date line is an outlet's: one word in
/// Latin letters (a brand, `GameForce`), or a Chinese name whose last word
/// is a word for a medium (`南方都市报`, `新华社`, `人民网`, `澎湃新闻`,
/// `河南日报客户端`) and that is no section of news (`国内新闻`,
/// `体育新闻`). A bare place (`北京`), a section, a page tool
/// (`参与讨论`), a generic word with no name before the medium word
/// (`新闻`, `新闻网`, `综合新闻`, `本网`, see [`is_generic_stem`]) or a
/// service (`…平台`, a platform, not a publisher) names no source.
fn names_a_medium(name: &str) -> bool {
    if !name.chars().any(|c| dom::is_han(c) || c.is_whitespace()) {
        return true;
    }
    // Simplified and traditional spellings (`聯合報`, `中央通訊網`).
    const MEDIA: [&str; 21] = [
        "网",
        "报",
        "報",
        "社",
        "台",
        "臺",
        "新闻",
        "新聞",
        "客户端",
        "客戶端",
        "杂志",
        "雜誌",
        "周刊",
        "週刊",
        "在线",
        "線上",
        "媒体",
        "媒體",
        "之声",
        "之聲",
        "網",
    ];
    const NEWS_SECTIONS: [&str; 25] = [
        "国内", "国际", "社会", "财经", "体育", "娱乐", "科技", "军事", "本地", "地方", "图片",
        "视频", "热点", "滚动", "國內", "國際", "社會", "財經", "體育", "娛樂", "軍事", "圖片",
        "熱點", "滾動", "視頻",
    ];
    // The name without its medium words: `澎湃新闻` → `澎湃`, `新闻网` → ``.
    let mut stem = name;
    while let Some(rest) = MEDIA.iter().find_map(|m| stem.strip_suffix(m)) {
        stem = rest;
    }
    MEDIA.iter().any(|m| name.ends_with(m))
        && !name.ends_with("平台")
        && !is_generic_stem(stem)
        && !NEWS_SECTIONS
            .iter()
            .any(|s| name.strip_suffix("新闻") == Some(s) || name.strip_suffix("新聞") == Some(s))
}

/// Whether what stands before a medium word is no name: nothing, or a
/// word any page may use (`本` in `本网`, `综合` in `综合新闻`, `网络` in
/// `网络媒体`, `资讯`, `原创`, `官方`, ...).
fn is_generic_stem(stem: &str) -> bool {
    matches!(
        stem,
        "" | "本"
            | "本站"
            | "综合"
            | "网络"
            | "互联网"
            | "网友"
            | "资讯"
            | "原创"
            | "官方"
            | "转载"
            | "本網"
            | "綜合"
            | "網絡"
            | "網路"
            | "網友"
            | "資訊"
            | "轉載"
    )
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
/// a `source` (or its short `src`, or pinyin `laiyuan`,
/// `field-name-field-laiyuan`),
/// `nickname` or `medianame` token, or `media` then `name`; or a class
/// that is `from` alone around Chinese text (`<span class="from">新民晚报</span>`;
/// elsewhere it may be an ad's "from our partners"). A picture's source
/// (`<span class="photo-source">`) is no article's.
fn names_source(dom: &Dom<'_>, i: usize) -> bool {
    let tokens: Vec<&str> = dom.class_tokens(i).collect();
    let picture = tokens
        .iter()
        .any(|t| matches!(*t, "photo" | "foto" | "image" | "img" | "pic" | "picture"));
    let says_source = tokens
        .iter()
        .any(|t| matches!(*t, "source" | "src" | "laiyuan" | "nickname" | "medianame"))
        || tokens.windows(2).any(|w| w == ["media", "name"])
        || dom.class_id(i).split_whitespace().any(|c| c == "from")
            && dom.text_inline(i).chars().any(dom::is_han);
    says_source && !picture
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;
    use crate::tests::{en_article_body, run, zh_article_body};

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
    fn a_source_in_the_caption_beside_a_picture_is_no_article_source() {
        let html = format!(
            r#"<html><body><h1>央行：3月末M2余额同比增长7.2% 社融存量增速保持平稳</h1>
            <div class="date-source"><span class="date">2025年04月14日 16:05</span>
            <a class="source" href="https://www.cs.example/">中国证券报</a></div>
            <div class="article">{}
            <div class="img_wrapper"><img src="chart.png"><span class="img_descr">图为M2与社融存量增速走势（来源：Wind）</span></div>
            <p>业内人士指出，稳健的货币政策将更加灵活适度。</p></div></body></html>"#,
            zh_article_body()
        );
        let out = run(
            "https://finance.example.cn/china/2025-04-14/doc-1.shtml",
            &html,
        );
        assert_eq!(out.source.as_deref(), Some("中国证券报"));
        // Its class may say source in short.
        let short_class = html.replace(
            r#"<a class="source" href="https://www.cs.example/">中国证券报</a>"#,
            r#"<span class="src">荔湾广电·今日关注</span>"#,
        );
        let out = run(
            "https://finance.example.cn/china/2025-04-14/doc-1.shtml",
            &short_class,
        );
        assert_eq!(out.source.as_deref(), Some("荔湾广电·今日关注"));
        // Or be `from`, around Chinese text (not an ad's `from` line).
        let from_class = |name: &str| {
            let html = html.replace(
                r#"<a class="source" href="https://www.cs.example/">中国证券报</a>"#,
                &format!(
                    r#"<span class="author">记者 杨洁</span><span class="from">{name}</span>"#
                ),
            );
            run(
                "https://finance.example.cn/china/2025-04-14/doc-1.shtml",
                &html,
            )
            .source
        };
        assert_eq!(from_class("新民晚报").as_deref(), Some("新民晚报"));
        assert_eq!(from_class("Job Offers From Amply"), None);
        // Source markup that holds another labelled fact shows no source.
        let byline_as_source = html.replace(
            r#"<a class="source" href="https://www.cs.example/">中国证券报</a>"#,
            r#"<span class="source">作者：<a href="/space/402817">秦朗</a></span>"#,
        );
        let out = run(
            "https://finance.example.cn/china/2025-04-14/doc-1.shtml",
            &byline_as_source,
        );
        assert_eq!(out.author.as_deref(), Some("秦朗"));
        assert_ne!(out.source.as_deref(), Some("作者：秦朗"));
        // A source line that shows a logo beside its label is the article's.
        let html = r#"<html><body><h1>Headline</h1>
            <div class="line"><img src="logo.png">来源：人民日报</div></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let line = (0..dom.nodes.len())
            .find(|&i| dom.attr(i, "class") == Some("line"))
            .unwrap();
        assert!(!in_image_credit(&dom, line));
        // Nor is a source line under a headline beside the site's logo.
        let html = r#"<html><body><div class="top"><a href="/" class="logo"><img src="logo.png"></a>
            <div class="news"><div class="title">标题</div><div class="info"><span>来源：半月谈</span></div></div></div></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let line = (0..dom.nodes.len())
            .find(|&i| dom.attr(i, "class") == Some("info"))
            .unwrap();
        assert!(!in_image_credit(&dom, line));
    }

    #[test]
    fn a_portals_mediaid_meta_names_the_source() {
        let page = |media: &str| {
            format!(
                r#"<html><head><title>暑期研学游火了：一个营期动辄上万元_孩子_机构</title>
                <meta name="mediaid" content="{media}"></head>
                <body><h1>暑期研学游火了：一个营期动辄上万元</h1>
                <div class="article-info"><span class="time">2025-06-18 20:47</span></div>
                <article class="article">{}</article></body></html>"#,
                zh_article_body()
            )
        };
        let out = run(
            "https://www.portal.example/a/904512873_121106842",
            &page("齐鲁晚报"),
        );
        assert_eq!(out.source.as_deref(), Some("齐鲁晚报"));
        let out = run(
            "https://www.portal.example/a/904512873_121106842",
            &page("121106842"),
        );
        assert_eq!(out.source, None);
    }

    #[test]
    fn a_papers_dispatch_tag_names_the_source_before_the_site_name() {
        let html = format!(
            r#"<html><head><title>港府擬修例規管電動單車 違者最高罰款一萬元 - 20250916 - 港聞 - 每日明報 - 明報新聞網</title></head>
            <body><div class="logo"><a href="/"><img src="logo.png" alt="明報新聞網"></a></div>
            <h1>港府擬修例規管電動單車 違者最高罰款一萬元</h1>
            <div class="article"><p>【明報專訊】近年電動單車及電動滑板車在街頭愈見普遍，相關交通意外亦有上升趨勢。運輸及物流局昨日向立法會提交文件。</p>{}</div></body></html>"#,
            zh_article_body()
        );
        let out = run(
            "https://news.paper.example/pns/article/20250916/s00002/1.html",
            &html,
        );
        assert_eq!(out.source.as_deref(), Some("明報"));
        assert_eq!(
            wire_dateline_outlet("【大公報訊】記者報道").as_deref(),
            Some("大公報")
        );
        assert_eq!(wire_dateline_outlet("【本报讯】今天"), None);
    }

    #[test]
    fn source_markup_opening_the_storys_box_names_the_source() {
        let html = format!(
            r#"<html><head><title>演唱会门票“退票难”调查：手续费最高收取票价三成_腾讯新闻</title></head>
            <body><div class="header"><a class="logo" href="https://news.portal.example/">腾讯新闻</a></div>
            <h1>演唱会门票“退票难”调查：手续费最高收取票价三成</h1>
            <div class="content"><div class="content-article">
            <div class="media-info"><a class="media-name" href="/m/1">新京报</a><span class="media-time">2025-08-02 17:52</span></div>
            {}</div></div></body></html>"#,
            zh_article_body()
        );
        let out = run("https://news.portal.example/rain/a/20250802A07MNP00", &html);
        assert_eq!(out.source.as_deref(), Some("新京报"));
    }

    #[test]
    fn a_source_credit_opening_with_the_writer_names_the_outlet_after_it() {
        let html = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","author":{{"@type":"Person","name":"Eglė Petrauskienė"}}}}</script></head><body>
            <h1>Vilniuje – dar viena paspirtukų nuomos bendrovė</h1>
            <span class="article-source">Eglė Petrauskienė, Baltijos aidas</span><div class="article-body">{}</div></body></html>"#,
            en_article_body()
        );
        let out = run("https://www.aidas.example.lt/naujienos/1", &html);
        assert_eq!(out.source.as_deref(), Some("Baltijos aidas"));
        assert_eq!(out.author.as_deref(), Some("Eglė Petrauskienė"));
    }

    #[test]
    fn a_credit_line_classed_as_source_that_holds_the_byline_names_no_source() {
        let page = |line: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="LSM.lv"></head><body>
                <h1 class="article__title">Liepaja opens its restored water tower</h1>
                {line}<div class="article__body">{}</div></body></html>"#,
                en_article_body()
            )
        };
        let url = "https://news.lsm.example/raksts/tower.a512244/";
        let credit = r#"<div class="article__source"><span class="article__author">Gunta Berzina</span> <span class="article__medium">(Latvijas Radio)</span></div>"#;
        let out = run(url, &page(credit));
        assert_eq!(out.source.as_deref(), Some("LSM.lv"));
        assert_eq!(out.author.as_deref(), Some("Gunta Berzina"));
        // Source markup without a byline in it names the outlet.
        let source = r#"<div class="article__source">Latvijas Radio</div>"#;
        assert_eq!(
            run(url, &page(source)).source.as_deref(),
            Some("Latvijas Radio")
        );
    }

    #[test]
    fn source_markup_of_a_picture_or_a_dateline_names_the_outlet_or_none() {
        let page = |markup: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="Interpressnews"></head><body>
                <h1>Batumi port handles record cargo</h1>{markup}
                <div class="article-body">{}</div></body></html>"#,
                en_article_body()
            )
        };
        let source = |markup: &str| run("https://www.news.example/a/1", &page(markup)).source;
        // A picture's source is no article's.
        let photo = r#"<div class="article-image"><img src="/p.jpg"><span class="photo-source">Photo: Batumi Sea Port</span></div>"#;
        assert_eq!(source(photo).as_deref(), Some("Interpressnews"));
        // The outlet quoted after the place the story comes from.
        let dateline = r#"<span class="source">الشارقة: «الخليج»</span>"#;
        assert_eq!(source(dateline).as_deref(), Some("الخليج"));
        assert_eq!(quoted_outlet("Sharjah: Al Khaleej"), "Sharjah: Al Khaleej");
    }

    #[test]
    fn a_chinese_site_name_is_the_source_without_its_latin_name_or_owner() {
        let page = |head: &str| {
            format!(
                r#"<html><head>{head}</head><body><h1>港交所擬縮短結算周期至T+1</h1>
                <div class="content">{}</div></body></html>"#,
                zh_article_body()
            )
        };
        let url = "https://www.hkej.example/article/1";
        let site = |name: &str| format!(r#"<meta property="og:site_name" content="{name}">"#);
        let source = |head: &str| run(url, &page(head)).source;
        assert_eq!(
            source(&site("信報網站 hkej.com")).as_deref(),
            Some("信報網站")
        );
        assert_eq!(
            source(&site("三立新聞網 SETN.COM")).as_deref(),
            Some("三立新聞網")
        );
        assert_eq!(source(&site("on.cc東網")).as_deref(), Some("東網"));
        assert_eq!(source(&site("8视界新闻网")).as_deref(), Some("8视界新闻网"));
        // The JSON-LD publisher that is the owner's name and the site's.
        let publisher = |name: &str| {
            format!(
                r#"{}<script type="application/ld+json">{{"@type":"NewsArticle","publisher":{{"@type":"Organization","name":"{name}"}}}}</script>"#,
                site("8视界新闻网")
            )
        };
        assert_eq!(
            source(&publisher("Mediacorp 8视界新闻网")).as_deref(),
            Some("8视界新闻网")
        );
        assert_eq!(
            source(&publisher("新传媒集团")).as_deref(),
            Some("新传媒集团")
        );
    }

    #[test]
    fn a_site_name_with_digits_that_the_home_link_shows_is_the_source() {
        let html = format!(
            r#"<html><head><title>36氪首发｜具身智能公司完成2亿元A+轮融资-36氪</title></head>
            <body><div class="kr-header"><a class="logo" href="/">36氪</a></div>
            <h1 class="article-title">36氪首发｜具身智能公司完成2亿元A+轮融资</h1>
            <div class="content">{}</div></body></html>"#,
            zh_article_body()
        );
        let out = run("https://36kr.example/p/3291847720019456", &html);
        assert_eq!(out.source.as_deref(), Some("36氪"));
        // A date after the headline is no site name, home link or not.
        let html = format!(
            r#"<html><head><title>具身智能公司完成2亿元A+轮融资-20250312</title></head>
            <body><a href="/">20250312</a>
            <h1>具身智能公司完成2亿元A+轮融资</h1>
            <div class="content">{}</div></body></html>"#,
            zh_article_body()
        );
        assert_eq!(run("https://36kr.example/p/1", &html).source, None);
    }

    #[test]
    fn a_chinese_wire_dateline_names_the_source_before_the_json_ld_publisher() {
        let html = format!(
            r#"<html><head><title>國際書展閉幕 參觀人次逾50萬創5年新高</title>
            <script type="application/ld+json">{{"@type":"NewsArticle","headline":"國際書展閉幕 參觀人次逾50萬創5年新高","publisher":{{"@type":"Organization","name":"中央通訊社"}}}}</script></head>
            <body><h1>國際書展閉幕 參觀人次逾50萬創5年新高</h1>
            <div class="paragraph"><p>（中央社記者邱祖胤台北9日電）2025台北國際書展今天閉幕，主辦單位統計，6天展期參觀人次突破50萬，創近5年新高。</p>{}</div></body></html>"#,
            zh_article_body()
        );
        let out = run("https://www.cna.example/news/acul/202502090123.aspx", &html);
        assert_eq!(out.source.as_deref(), Some("中央社"));
        assert_eq!(
            wire_dateline_outlet("新华社北京3月5日电（记者张三）今天").as_deref(),
            Some("新华社")
        );
        assert_eq!(
            wire_dateline_outlet("中新网3月5日电 据报道").as_deref(),
            Some("中新网")
        );
        // The paper's own `本报` names no outlet.
        assert_eq!(
            wire_dateline_outlet("（本报记者张三北京3月5日电）今天"),
            None
        );
    }

    #[test]
    fn source_markup_in_brackets_names_the_outlet() {
        let html = format!(
            r#"<html><head><title>5月新能源乘用车零售渗透率达52.9% 自主品牌份额再创新高_行业新闻_车界观察网</title></head>
            <body><h1 class="art-title">5月新能源乘用车零售渗透率达52.9% 自主品牌份额再创新高</h1>
            <div class="art-meta"><span class="time">2025年06月09日 14:00</span>
            <span class="source">[车界观察网 原创]</span></div>
            <div class="art-body">{}</div></body></html>"#,
            zh_article_body()
        );
        let out = run("https://www.chejie.example/news/202506/1093377.html", &html);
        assert_eq!(out.source.as_deref(), Some("车界观察网"));
        assert_eq!(unbracketed("【人民网】"), "人民网");
        // Full-width square brackets.
        assert_eq!(unbracketed("［ 中关村在线 原创 ］"), "中关村在线 原创");
        assert_eq!(unbracketed("[A] x [B]"), "[A] x [B]");
    }

    #[test]
    fn the_outlet_crediting_its_reporter_beside_the_date_is_the_source() {
        let html = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","publisher":{{"@type":"Organization","name":"聯台新聞網"}}}}</script></head>
            <body><h1>台積電高雄廠2奈米下半年量產 南部半導體聚落再擴張</h1>
            <div class="info"><time>2025-03-14 08:30</time>
            <span class="author"><a href="/news/reporter/KSF">聯合報</a> / 記者陳宏睿／高雄即時報導</span></div>
            <div class="story">{}</div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://udn.example.com/news/story/1", &html);
        assert_eq!(ex.source.as_deref(), Some("聯合報"));
        assert_eq!(
            bare_source_name("中央社 / 記者王小明").as_deref(),
            Some("中央社")
        );
        assert_eq!(bare_source_name("國際新聞"), None);
    }

    #[test]
    fn a_chinese_site_that_names_no_source_is_its_own_source() {
        let page = |head: &str, body: &str| {
            let html = format!(
                "<html><head>{head}</head><body>{body}\
                 <h1>立法院三讀通過能源管理法修正 大用電戶須設節能目標</h1>\
                 <div class=\"story\">{}</div></body></html>",
                zh_article_body()
            );
            run("https://www.example.com.tw/news/1.aspx", &html).source
        };
        const TITLE: &str =
            "<title>立法院三讀通過能源管理法修正 大用電戶須設節能目標 | 政治 | 中央通訊網</title>";
        // The title's site part, which the masthead's home link shows.
        assert_eq!(
            page(TITLE, "<a href=\"/\" class=\"logo\">中央通訊網</a>").as_deref(),
            Some("中央通訊網")
        );
        // A portal's name in its titles with no masthead showing it: none.
        assert_eq!(page(TITLE, ""), None);
        // A paper's digital edition before the headline: the paper.
        assert_eq!(
            page(
                "<title>滨江日报数字报-立法院三讀通過能源管理法修正 大用電戶須設節能目標</title>",
                ""
            )
            .as_deref(),
            Some("滨江日报")
        );
        for edition in ["数字报刊平台", "数字报刊", "数字报纸"] {
            assert_eq!(
                page(
                    &format!("<title>湘楚日报{edition}-立法院三讀通過能源管理法修正 大用電戶須設節能目標</title>"),
                    ""
                )
                .as_deref(),
                Some("湘楚日报"),
                "{edition}"
            );
        }
        // An element that says it holds the site's name.
        assert_eq!(
            page(
                "<title>立法院三讀通過能源管理法修正 大用電戶須設節能目標</title>",
                "<div id=\"siteName\">香港特別行政區政府新聞公報</div>"
            )
            .as_deref(),
            Some("香港特別行政區政府新聞公報")
        );
    }

    #[test]
    fn a_site_name_the_logo_or_the_copyright_line_shows_is_the_source() {
        let page = |title: &str, body: &str| {
            let html = format!(
                "<html><head><title>{title}</title></head><body>{body}\
                 <h1>郑州一小区电梯困人40分钟 物业已启动全面排查</h1>\
                 <div class=\"story\">{}</div></body></html>",
                zh_article_body()
            );
            run("https://www.example.cn/news/1.html", &html).source
        };
        const HEADLINE: &str = "郑州一小区电梯困人40分钟 物业已启动全面排查";
        // The title's last part, which the copyright line names.
        let footer = "<div id=\"footer\">© 2025 都市报道网 豫ICP备10000512号-3</div>";
        assert_eq!(
            page(&format!("{HEADLINE} - 都市报道网"), footer).as_deref(),
            Some("都市报道网")
        );
        // Not as the end of a longer name in that line.
        let footer = "<p>主办单位：山西医科大学纪检监察室 版权所有</p>";
        assert_eq!(page(&format!("{HEADLINE}-纪检"), footer), None);
        // Without the words that call it the official site.
        let footer = "<div class=\"footer\">© 2012-2025 钛媒体 TMTPOST 京ICP备12022524号</div>";
        assert_eq!(
            page(&format!("{HEADLINE}-钛媒体官方网站"), footer).as_deref(),
            Some("钛媒体")
        );
        // A news site named after the owner the copyright line names.
        let footer = "<p>版权所有 © 西北工学院 党委宣传部</p>";
        assert_eq!(
            page(&format!("{HEADLINE}-西北工学院新闻网"), footer).as_deref(),
            Some("西北工学院新闻网")
        );
        // The site's name before a colon and the headline.
        let footer = "<p>东平县人民法院 版权所有 地址：东平县城关镇法院路1号</p>";
        assert_eq!(
            page(&format!("东平县人民法院：{HEADLINE}"), footer).as_deref(),
            Some("东平县人民法院")
        );
        // A title without the headline: its parts after the first.
        let footer = "<footer>远航重工集团有限公司 版权所有 © 2025</footer>";
        assert_eq!(
            page("新闻详情 - 远航重工集团", footer).as_deref(),
            Some("远航重工集团")
        );
        // A title that is the site's name alone.
        assert_eq!(
            page("远航重工集团", footer).as_deref(),
            Some("远航重工集团")
        );
        // A part between others, which the logo shows; a channel's link to
        // its own home shows none.
        let logo = "<a href=\"/\" class=\"logo\">香港01</a>";
        assert_eq!(
            page(&format!("{HEADLINE}｜香港01｜社會新聞"), logo).as_deref(),
            Some("香港01")
        );
        let channel = "<a href=\"https://tech.example.cn/\">科技</a>";
        assert_eq!(page(&format!("{HEADLINE}_科技_腾讯网"), channel), None);
        // The logo alone, by its text or its image's `alt`; not `首页`.
        let logo = "<a href=\"/\" class=\"logo\">观察者网</a>";
        assert_eq!(page(HEADLINE, logo).as_deref(), Some("观察者网"));
        let logo = "<a class=\"brand\" href=\"/\"><img src=\"/logo.svg\" alt=\"远航重工\"></a>";
        assert_eq!(page(HEADLINE, logo).as_deref(), Some("远航重工"));
        let home = "<a href=\"/\" class=\"logo\">网站首页</a>";
        assert_eq!(page(HEADLINE, home), None);
        // Source markup named in pinyin comes before any of them.
        let laiyuan = "<span class=\"field-name-field-laiyuan\">中原晚报</span>";
        assert_eq!(
            page(&format!("{HEADLINE} - 都市报道网"), laiyuan).as_deref(),
            Some("中原晚报")
        );
    }

    #[test]
    fn the_json_ld_publisher_is_the_source_before_the_site_name() {
        let page = |site: &str, publisher: &str| {
            format!(
                r#"<html><head><meta property="og:site_name" content="{site}">
                <script type="application/ld+json">{{"@type":"Article","publisher":{{"@type":"Organization","name":"{publisher}"}}}}</script>
                </head><body><h1>Headline of the post</h1><div class="story"><p>{}</p></div></body></html>"#,
                "A paragraph of the story that is long enough to be the article text. ".repeat(8)
            )
        };
        let source = |site: &str, publisher: &str| {
            run("http://a.example/news/1.html", &page(site, publisher)).source
        };
        assert_eq!(
            source("Platform", "A Publication").as_deref(),
            Some("A Publication")
        );
        // Unless it is the site's company.
        assert_eq!(
            source("Nation", "Nation Media Group").as_deref(),
            Some("Nation")
        );
        assert_eq!(
            source("Nation", "Nation Builders Weekly").as_deref(),
            Some("Nation Builders Weekly")
        );
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
        // A widget or a place in a span glued to the source is not part of it.
        for (line, want) in [
            (
                r#"来源：中国新闻网<span class="share"><a href="javascript:;">分享到：</a></span>"#,
                "中国新闻网",
            ),
            (
                r#"来源: <a href="https://www.example.cn/">澎湃新闻</a><span class="ip">北京</span>"#,
                "澎湃新闻",
            ),
            (
                r#"<span>来源: <a href="javascript:void(0)">科技日报</a></span><span class="read-num">阅读 (<em>4512</em>)</span>"#,
                "科技日报",
            ),
        ] {
            let html = format!(
                r#"<html><body><h1>城市公园迎来游客高峰</h1><div class="info">2026-11-16 15:32　{line}</div><div class="article">{body}</div></body></html>"#
            );
            let ex = run("https://news.example.cn/c.shtml", &html);
            assert_eq!(ex.source.as_deref(), Some(want), "{line}");
        }
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
        // A nickname in the byline is the writer's: the site is the source.
        let html = format!(
            r#"<html><head><meta property="og:site_name" content="某平台"></head><body>
            <div class="title">新品手机正式发布</div>
            <div class="article-author"><a class="nickname" href="/u/wangxm">王小明</a>
            <span class="timer">2024年06月04日</span></div>
            <div class="article">{body}</div></body></html>"#
        );
        let ex = run("https://example.cn/c", &html);
        assert_eq!(ex.source.as_deref(), Some("某平台"));
        assert_eq!(ex.author.as_deref(), Some("王小明"));
    }

    #[test]
    fn a_labelled_source_ends_with_the_element_of_its_label() {
        let html = format!(
            r#"<html><body><h1>华为发布鸿蒙PC操作系统测试版</h1>
            <div class="meta"><span>2025年05月19日 21:06</span><span class="source">稿源：<a href="https://www.ithome.example/">IT之家</a></span><span class="topic"><a href="/topics/471.htm">华为 / 鸿蒙</a></span></div>
            <div class="article">{}</div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://www.cnbeta.example/articles/tech/1.htm", &html);
        assert_eq!(ex.source.as_deref(), Some("IT之家"));
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
        // A self-media account tagged original, whatever its name; an
        // untagged name must name a medium.
        assert_eq!(
            page("<span>原创</span><span>环球财经观察</span><span>2018-11-03 09:12:44</span>")
                .as_deref(),
            Some("环球财经观察")
        );
        assert_eq!(
            page("<span>热门</span><span>环球财经观察</span><span>2018-11-03 09:12:44</span>"),
            None
        );
        assert_eq!(
            page("<p>王小明/青年日报</p><p>2019-09-24 09:10</p>").as_deref(),
            Some("青年日报")
        );
        // Before its reporter's credit.
        assert_eq!(
            page(
                "<span>经济观察周报</span> <span>记者 周晓莉</span> <span>2024-04-19 21:17</span>"
            )
            .as_deref(),
            Some("经济观察周报")
        );
        // Opening the date's own line, as a paper's print line does.
        assert_eq!(
            page("现代日报 2024年05月28日 A4版　南京").as_deref(),
            Some("现代日报")
        );
        assert_eq!(page("南京 2024年05月28日 A4版"), None);
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
            "<a class=\"u-listen\">听新闻</a>",
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
    fn a_generic_word_or_a_platform_beside_the_date_is_no_outlet() {
        for name in [
            "新闻",
            "新闻网",
            "综合新闻",
            "本网",
            "网络媒体",
            "资讯平台",
            "某某平台",
        ] {
            assert!(!names_a_medium(name), "{name}");
        }
        for name in [
            "澎湃新闻",
            "人民网",
            "新华社",
            "都市电视台",
            "河南日报客户端",
        ] {
            assert!(names_a_medium(name), "{name}");
        }
        let body = zh_article_body();
        let page = |name: &str| {
            let html = format!(
                r#"<html lang="zh-CN"><body><div class="box"><h1>景区寻子一个月仍无结果</h1>
                <div class="sub"><span>2024-05-03 10:00</span> <span>{name}</span></div>
                <div class="article">{body}</div></div></body></html>"#
            );
            run("https://example.cn/a", &html).source
        };
        assert_eq!(page("新闻"), None);
        assert_eq!(page("资讯平台"), None);
        assert_eq!(page("澎湃新闻").as_deref(), Some("澎湃新闻"));
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
}
