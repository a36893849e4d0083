//! The article's section: its own category links, a labelled category
//! line, the breadcrumb, metadata, and the navigation's current item.

use std::sync::LazyLock;

use url::Url;

use crate::dates;
use crate::dom::{Dom, Kind, Substrings};
use crate::labels::Field;
use crate::Page;

/// The article's section, from the first source that names one: a post's
/// own category links name its categories as the page shows them, all of
/// them; a breadcrumb shows one path and the metadata often the primary
/// category only, or the tags too.
pub(crate) fn pick(page: &Page<'_>) -> Option<String> {
    let Page {
        dom,
        meta,
        facts,
        title_node,
        ..
    } = *page;
    // The `<title>`'s section part and the site's name, read once.
    let title_part = title_section_part(dom, page.headline);
    let title_section = title_part.as_ref().map(|(section, _)| section.as_str());
    // A channel the metadata or the `<title>` names with the site's brand
    // (`凤凰网科技`) is the channel; a name the page shows is kept as shown
    // (a breadcrumb's `厦门新闻` on 厦门网, the city's news).
    let unbranded = |c: &str| match &title_part {
        Some((_, site)) => without_site_brand(c, site),
        None => c.to_string(),
    };
    let sources: [&dyn Fn() -> Option<String>; 13] = [
        &|| category_links(dom),
        &|| category_label_line(dom),
        &|| breadcrumb_category(dom, page.headline),
        &|| section_markup(dom, title_node, facts.window, true),
        &|| {
            title_section_link(dom, title_node, title_section, facts.window)
                .as_deref()
                .map(unbranded)
        },
        &|| meta.column_name.as_deref().map(unbranded),
        &|| meta.article_section.as_deref().map(unbranded),
        &|| meta.ld_section.as_deref().map(unbranded),
        &|| facts.get(Field::Category),
        &|| edition_page_name(dom),
        &|| nav_highlight(dom, title_node),
        &|| section_markup(dom, title_node, facts.window, false),
        // The section part under the site's brand (`标题_新浪财经_新浪网`:
        // `财经`), which portals show as their channel's logo rather than
        // a link by the headline.
        &|| {
            let (section, site) = title_part.as_ref()?;
            let channel = without_site_brand(section, site);
            (channel != *section).then_some(channel)
        },
    ];
    sources
        .iter()
        .find_map(|source| source().filter(|c| names_a_section(c)))
        .map(|c| shown_spelling(dom, c))
}

/// The arrows that part a breadcrumb's crumbs (`首页 > 国内`, `Home › News`,
/// `首页 → 监督工作 → 正文`).
const CRUMB_ARROWS: [char; 5] = ['>', '›', '»', '＞', '→'];

/// Whether `c` parts two crumbs of a trail: an arrow ([`CRUMB_ARROWS`]) or
/// a slash (`首页 / 新闻中心`).
fn parts_crumbs(c: char) -> bool {
    CRUMB_ARROWS.contains(&c) || c == '/'
}

/// The section shown by the headline: a link, a box of at most three
/// links that shows nothing else but separators (a path, `港聞 › 社會新聞`:
/// its last link), or a box with no link or block inside that shows one
/// short name (`<div class="category">文化及康樂</div>`, `<div
/// class="article__column"><span>江苏新闻</span></div>`), whose class or id
/// has a word opening with `cate` (`category`, `cateName`) or `rubri`
/// (`rubrika`, `rubrique`) or the word `cat` or `catname`, or on a
/// Chinese page `channel`, `column`, `lanmu` (栏目) or `catalog` (`<a
/// class="kr-tag-channel">AI</a>`, `<div class="channel-tag"><a>零部件
/// </a></div>`, `<span class="a_catalog">`), or a tag box of one
/// link above the headline (`<div class="index_tag__Yt4pK"><a>一线</a>`),
/// from 40 nodes before the headline to the end of the headline area, on
/// a Chinese page (a headline in Han characters, no kana) when
/// `on_chinese_page`. On other pages (when not `on_chinese_page`), only
/// such a box of one link above the headline, not a tag box (`<div
/// class="news-cat"><a href="/infrastruktur/">İnfrastruktur</a></div>`),
/// since their tag boxes and category lists often name a catch-all first
/// (`News`, `Allgemein`). An item of a
/// menu (in a list or a nav or menu box) is no section shown with the
/// story, nor a link that leads nowhere (`#`, `javascript:`), home or a
/// name with digits (an archive's month), or a hashtag or path (`#Die
/// Grünen`, `/ Obyczaje`).
fn section_markup(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    window: (usize, usize),
    on_chinese_page: bool,
) -> Option<String> {
    let t = title_node?;
    let headline = dom.text_inline(t);
    let chinese = headline.chars().any(crate::dom::is_han)
        && !headline
            .chars()
            .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c));
    if chinese != on_chinese_page {
        return None;
    }
    // One item of a menu of channels (`<li><a class="channel-link">`).
    let in_menu = |j: usize| {
        dom.ancestors(j).take(3).any(|a| {
            matches!(dom.name(a), Some("ul" | "ol" | "nav"))
                || dom
                    .class_tokens(a)
                    .any(|w| w.contains("nav") || w.contains("menu"))
        })
    };
    let from = t.saturating_sub(40).max(dom.body_index());
    let to = window.1.min(dom.nodes.len());
    (from..to).find_map(|j| {
        let short = dom.name(j).is_some() && (1..=40).contains(&dom.nodes[j].chars);
        let says_section = short
            && dom.class_tokens(j).any(|w| {
                w.starts_with("cate")
                    || w.starts_with("rubri")
                    || matches!(w, "cat" | "catname")
                    // Elsewhere a column is one of the layout's
                    // (`header__column`).
                    || (chinese && matches!(w, "channel" | "column" | "lanmu" | "catalog"))
            });
        // A tag box above the headline with one link (`<div
        // class="index_tag__Yt4pK"><a href="/list_25489">一线</a></div>`) is
        // its section's kicker; a box of tags elsewhere lists keywords.
        let tag_box = short && j < t && dom.class_tokens(j).any(|w| w == "tag");
        if !(says_section || tag_box) || in_menu(j) {
            return None;
        }
        let links: Vec<usize> = std::iter::once(j)
            .chain(dom.elements_in(j))
            .filter(|&k| dom.name(k) == Some("a"))
            .collect();
        if !says_section && links.len() != 1 {
            return None;
        }
        if !chinese && (j > t || links.len() != 1 || !says_section) {
            return None;
        }
        let named = |name: &str| {
            (1..=if chinese { 12 } else { 30 }).contains(&name.chars().count())
                && !name.contains(|c: char| c.is_ascii_digit())
                && !name.starts_with(['#', '/'])
                && !crate::dom::is_home_word(name)
        };
        // A name shown alone, not a link (`<div class="category">文化及康樂</div>`),
        // and not the headline (a section's page titled `<h2
        // class="channel-title">财经</h2>`).
        if links.is_empty() {
            let name = dom.text_inline(j);
            let alone = dom.elements_in(j).all(|k| {
                matches!(
                    dom.name(k),
                    Some("span" | "em" | "b" | "strong" | "i" | "font")
                )
            }) && !dom.contains(j, t)
                && !dom.contains(t, j)
                && !name.contains(|c: char| c.is_whitespace() || c.is_ascii_punctuation());
            return (alone && named(&name)).then_some(name);
        }
        if links.len() > 3 {
            return None;
        }
        let rest = links.iter().try_fold(dom.text_inline(j), |rest, &l| {
            let link = dom.text_inline(l);
            rest.contains(link.as_str())
                .then(|| rest.replacen(link.as_str(), "", 1))
        })?;
        let only_links = rest
            .chars()
            .all(|c| c.is_whitespace() || parts_crumbs(c) || matches!(c, '|' | '·' | '-'));
        let last = *links.last()?;
        let to_page = dom.attr(last, "href").is_some_and(leads_to_page);
        let name = dom.text_inline(last);
        (only_links && to_page && named(&name)).then_some(name)
    })
}

/// The section part of a Chinese page's `<title>`, right after the
/// headline, and the site's name that closes the title (`标题_新闻频道_央视网`:
/// `新闻频道`, `央视网`). A part with digits (a date) or over 12
/// characters is no section.
fn title_section_part(dom: &Dom<'_>, headline: Option<&str>) -> Option<(String, String)> {
    let headline = headline?.trim();
    if !headline.chars().any(crate::dom::is_han) {
        return None;
    }
    let rest = dom.head.title.as_deref()?.trim().strip_prefix(headline)?;
    // Keywords barred after the headline, then the parts (`标题|云计算|服务器
    // _新浪科技_新浪网`): the parts are read.
    let rest = match rest.trim_start().strip_prefix(['|', '｜']) {
        Some(keywords) if keywords.contains('_') => &keywords[keywords.find('_')?..],
        _ => rest,
    };
    let is_separator = |c: char| matches!(c, '-' | '|' | '｜' | '_' | '–' | '—' | '－' | '│');
    if !rest.trim_start().starts_with(is_separator) {
        return None;
    }
    let parts: Vec<&str> = rest
        .split(is_separator)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [section, .., site]
            if (1..=12).contains(&section.chars().count())
                && !section.contains(|c: char| c.is_ascii_digit()) =>
        {
            Some((section.to_string(), site.to_string()))
        }
        _ => None,
    }
}

/// `category` without the brand of the site `site` before it (`凤凰网科技`
/// on `凤凰网`: `科技`; `新浪财经` on `新浪网`: `财经`) when two to six Han
/// characters are left; else `category` as it is.
fn without_site_brand(category: &str, site: &str) -> String {
    let brand = site.strip_suffix('网').unwrap_or(site);
    [site, brand]
        .iter()
        .filter(|b| b.chars().count() >= 2)
        .find_map(|b| category.strip_prefix(b))
        .filter(|rest| {
            (2..=6).contains(&rest.chars().count()) && rest.chars().all(crate::dom::is_han)
        })
        .map_or_else(|| category.to_string(), str::to_string)
}

/// The section a Chinese page's `<title>` names right after the headline,
/// before the site's name (`标题_新闻频道_央视网(cctv.com)`, `标题_城市中国_澎湃新闻`;
/// `section`, see [`title_section_part`]) when a link by the headline (from 40 nodes before it to the end of the
/// headline area) shows it: the title and the line under the headline
/// agree (`<a href="https://news.example.com/">新闻频道</a> | 来源：…`, a
/// line of at most 60 characters: a keyword linked in the story's text
/// is no section).
fn title_section_link(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    section: Option<&str>,
    window: (usize, usize),
) -> Option<String> {
    let t = title_node?;
    let section = section?;
    let from = t.saturating_sub(40).max(dom.body_index());
    (from..window.1.min(dom.nodes.len()))
        .filter(|&j| dom.name(j) == Some("a") && !dom.contains(j, t) && !dom.contains(t, j))
        // In a short line (the date and source line), not a keyword link in
        // the story's text.
        .filter(|&j| {
            dom.ancestors(j)
                .find(|&a| matches!(dom.name(a), Some("p" | "div" | "li" | "td")))
                .is_some_and(|a| dom.nodes[a].chars <= 60)
        })
        .map(|j| dom.text_inline(j))
        .find(|text| text.trim() == section)
        .map(|text| text.trim().to_string())
}

/// The named page of a Chinese newspaper's digital edition that prints
/// the article: a short element that shows only `第A03版：要闻` (page
/// number, `版`, a colon, the page's name) gives `要闻`, the paper's
/// section. In a list of the edition's pages, the one marked current
/// (`<li class="cur"><a>第A3版：经济</a></li>`: it or an element around
/// it has a class current, cur, on, active or selected) is the article's,
/// before the first.
fn edition_page_name(dom: &Dom<'_>) -> Option<String> {
    let marked = |i: usize| {
        std::iter::once(i)
            .chain(dom.ancestors(i).take(2))
            .any(|a| marked_current(dom, a))
    };
    let mut first = None;
    for i in dom.body_index()..dom.nodes.len() {
        let Some(name) = edition_page_name_at(dom, i) else {
            continue;
        };
        if marked(i) {
            return Some(name);
        }
        first.get_or_insert(name);
    }
    first
}

/// The page's name that element `i` shows as `第A03版：要闻` (or
/// `09版：国内新闻`, without `第`), or with the page labelled (`版次：A02
/// 澳聞`, `版面：A02 要闻`: label, colon, page number, a space, the page's
/// name; see [`edition_page_name`]).
fn edition_page_name_at(dom: &Dom<'_>, i: usize) -> Option<String> {
    if dom.name(i).is_none() || !(4..=24).contains(&dom.nodes[i].chars) {
        return None;
    }
    // Each form names a 版 in one of the texts: a cheap test before the
    // element's text is put together.
    if !dom.texts_in(i).any(|t| t.contains('版')) {
        return None;
    }
    let text = dom.text_inline(i);
    let text = text.trim();
    let labelled = || {
        let rest = ["版次", "版面"]
            .iter()
            .find_map(|l| text.strip_prefix(l))?
            .trim_start()
            .strip_prefix(['：', ':'])?;
        rest.trim().split_once(char::is_whitespace)
    };
    let numbered_page = || {
        let rest = text.strip_prefix('第').unwrap_or(text);
        let (page, name) = rest.split_once(['：', ':'])?;
        Some((page.trim().strip_suffix('版')?.trim(), name))
    };
    let (number, name) = numbered_page().or_else(labelled)?;
    // Links to the next pages may follow the name (`第A03版：要闻　上一版`).
    let name = name.split_whitespace().next().unwrap_or_default();
    let numbered = !number.is_empty() && number.chars().all(|c| c.is_ascii_alphanumeric());
    let named = (1..=8).contains(&name.chars().count())
        && !name.contains(|c: char| c.is_ascii_digit() || c.is_whitespace());
    (numbered && named).then(|| name.to_string())
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
        let Some(t) = dom.texts_in(i).find(|t| !t.trim().is_empty()) else {
            return false;
        };
        let t = t.trim_start();
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

/// Whether element `j` is marked as the current item: a word of its class
/// (split at spaces, `-` and `_`) current, active, on, selected or cur, in
/// English or in a Romance language (`ativo`, `activa`, `actiu`, `attivo`,
/// `actif`, `seleccionada`; not German `aktiv`, a WordPress post type in
/// `menu-item-object-aktiv`), or `aria-current` (`page`,
/// `true`, `location`; not `false`).
fn marked_current(dom: &Dom<'_>, j: usize) -> bool {
    dom.attr(j, "class").is_some_and(|c| {
        c.split(|ch: char| ch.is_whitespace() || ch == '-' || ch == '_')
            .any(|t| {
                matches!(
                    t,
                    "current"
                        | "active"
                        | "on"
                        | "selected"
                        | "cur"
                        | "ativo"
                        | "ativa"
                        | "activo"
                        | "activa"
                        | "actiu"
                        | "attivo"
                        | "attiva"
                        | "actif"
                        | "seleccionado"
                        | "seleccionada"
                        | "selecionado"
                        | "selecionada"
                        | "selezionato"
                )
            })
    }) || dom
        .attr(j, "aria-current")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("false"))
}

/// The section the site's navigation marks as the current one, above the
/// headline: the first menu item (`<li>` or `<a>` inside `<nav>`, an
/// element whose class or id says nav, menu or channel: `channel-sub`, or
/// a row of three links or more) whose class says current, active, on,
/// selected or cur, other than home, and not in a menu of languages or of
/// the reader's account (see [`names_non_section_menu`]).
fn nav_highlight(dom: &Dom<'_>, title_node: Option<usize>) -> Option<String> {
    // A row of links that no class calls a menu (`<div class="top"><a
    // class="logo">…</a><a class="on">上海新闻</a><a>国内</a>…`): three
    // links or more around the item, in its list or its parent.
    let in_link_row = |j: usize| {
        let item = if dom.name(j) == Some("a") && dom.name(dom.nodes[j].parent) == Some("li") {
            dom.nodes[j].parent
        } else {
            j
        };
        let row = dom.nodes[item].parent;
        row != usize::MAX
            && dom
                .elements_in(row)
                .filter(|&k| dom.name(k) == Some("a"))
                .count()
                >= 3
    };
    let in_menu = |j: usize| {
        let near: Vec<usize> = dom.ancestors(j).take(6).collect();
        (in_link_row(j)
            || near.iter().any(|&a| {
                let ci = dom.class_id(a);
                dom.name(a) == Some("nav")
                    || ci.contains("nav")
                    || ci.contains("menu")
                    || ci.contains("channel")
            }))
            && !near.iter().any(|&a| names_non_section_menu(dom, a))
    };
    let highlighted = |j: usize| matches!(dom.name(j), Some("li" | "a")) && marked_current(dom, j);
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
            let home = crate::dom::is_home_word(&text);
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

/// Whether a line of crumbs opens with home (`首页 > 国内`, `Home / News`).
fn starts_with_home(line: &str) -> bool {
    line.starts_with("首页") || line.starts_with("Home")
}

/// Whether a link's `href` leads to a page: not empty, no fragment of
/// this page (`#`), no script (`javascript:void(0)`).
fn leads_to_page(href: &str) -> bool {
    let h = href.trim();
    !h.is_empty() && !h.starts_with('#') && !h.starts_with("javascript:")
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
/// `?q=…`) or a keyword's page (`/tag/xingmi/`): a tag on the story, not
/// its section.
fn is_search_link(href: &str) -> bool {
    let h = href.to_ascii_lowercase();
    let (path, query) = h.split_once('?').unwrap_or((&h, ""));
    path.split('/')
        .any(|seg| matches!(seg, "search" | "suche" | "tag" | "tags"))
        || query.split('&').any(|kv| {
            ["q=", "keyword=", "keywords=", "query="]
                .iter()
                .any(|k| kv.starts_with(k))
        })
}

/// Whether a class or id names a breadcrumb: a word for it (`breadcrumb`,
/// `td-crumb-container`; Spanish `migas`, Italian `briciole`, French
/// `fil-ariane`, Dutch `kruimelpad`) or a pinyin one (`weizhi` 位置, `dqwz` 当前位置,
/// `mbx` 面包屑). `daohang` (导航) is the site's menu, no trail.
fn names_breadcrumb(class_id: &str) -> bool {
    static WORDS: LazyLock<Substrings> = LazyLock::new(|| {
        Substrings::new(&[
            "crumb", "bread", "migas", "briciole", "ariane", "kruimel", "weizhi", "dqwz", "mbx",
        ])
    });
    WORDS.in_value(class_id)
}

/// Whether a class or id names where the reader is: a name whose last word
/// (after `-` or `_`) is `position` or `location`, ends with `pos`
/// (`pos`, `curpos`), or starts or ends with `path` (`position`,
/// `current-location`, `news_path`, `navpath`, `pathway`). A word in the middle names something else: the CSS
/// positioning of `position-relative`, a menu item's target in
/// `menu-path-node-6`.
fn names_place(class_id: &str) -> bool {
    class_id.split_whitespace().any(|name| {
        let last = name.rsplit(['-', '_']).next().unwrap_or(name);
        matches!(last, "position" | "location")
            || last.ends_with("pos")
            || last.starts_with("path")
            || last.ends_with("path")
    })
}

/// Whether a crumb names a date or a part of one (`2024`, `June`, `Juni
/// 2024`, `2024年6月`).
fn is_date_crumb(crumb: &str) -> bool {
    let mut words = crumb
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '.' | ',' | '/' | '-' | '年' | '月' | '日')
        })
        .filter(|w| !w.is_empty())
        .peekable();
    words.peek().is_some()
        && words.all(|w| w.bytes().all(|b| b.is_ascii_digit()) || dates::is_month_name(w))
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
    // A protocol-relative address (`//funds.example.com/`) is one too.
    let site_root = |h: &str| {
        let full = h.strip_prefix("//").map(|rest| format!("http://{rest}"));
        Url::parse(full.as_deref().unwrap_or(h))
            .is_ok_and(|u| u.path() == "/" && u.query().is_none())
    };
    let start = dom.body_index();
    let mut sites_trail = None;
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
        // A short line of crumbs without links (`首页 / 新闻中心 / 集团要闻`)
        // is read when it opens with home (see [`starts_with_home`]).
        let plain_trail = || {
            links.is_empty()
                && node.chars <= 60
                && dom
                    .texts_in(i)
                    .find(|t| !t.trim().is_empty())
                    .is_some_and(|t| starts_with_home(t.trim_start()))
        };
        // An unnamed box is read only as a trail its text shows (`textual`
        // below): a "…位置" label, a home crumb first (`首页`, `Home`) or
        // arrows between crumbs. Its texts must hold one of those
        // characters, a cheaper test than putting its text together.
        let shows_trail_marks = || {
            dom.texts_in(i).any(|t| {
                t.contains(|c| matches!(c, '置' | '首' | 'H') || CRUMB_ARROWS.contains(&c))
            })
        };
        let text = if named_breadcrumb
            || named_place
            || ((2..=6).contains(&links.len()) || plain_trail()) && shows_trail_marks()
        {
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
                || !links.is_empty() && text.contains(CRUMB_ARROWS)
                || links.len() >= 2
                    && (is_home(&dom.text_inline(links[0]))
                        || dom
                            .attr(links[0], "href")
                            .is_some_and(|h| h.trim() == "/" || site_root(h.trim())))
        };
        let marked = named_breadcrumb || (named_place && shows_trail());
        // An unnamed box is a trail when it says where the reader is, opens
        // with a home crumb and a separator, or is a line of crumbs (links
        // and inline elements only) leading from a first link to the site's
        // root through arrows outside the links
        // (`<a href="https://news.example.cn/">中新网</a> > <a>社会</a>`).
        let root_then_arrows = || {
            links.len() >= 2
                && dom.elements_in(i).all(|k| {
                    matches!(
                        dom.name(k),
                        Some("a" | "span" | "em" | "i" | "b" | "strong" | "font" | "img")
                    )
                })
                && dom
                    .attr(links[0], "href")
                    .is_some_and(|h| site_root(h.trim()) || h.trim() == "/")
                && text.starts_with(dom.text_inline(links[0]).trim())
                && (i + 1..node.end).any(|k| match dom.nodes[k].kind {
                    Kind::Text(t) => dom.nodes[k].link_chars == 0 && t.contains(CRUMB_ARROWS),
                    _ => false,
                })
        };
        let opens_with_home = |t: &str| starts_with_home(t) && t.contains(parts_crumbs);
        let textual =
            !marked && (says_location(&text) || opens_with_home(&text) || root_then_arrows());
        if !marked && !textual {
            continue;
        }
        // The innermost "you are here" or home-first line, not a bar or
        // header around it that also holds a search box, a site map link
        // or the page's tools (`字体：小中大`). The label alone in an
        // element of its own (`<span>当前位置：</span><a>…`) is no line.
        let label_alone =
            |t: &str| says_location(t) && t.trim_end_matches([':', '：', ' ']).chars().count() <= 8;
        if textual
            && dom.elements_in(i).any(|k| {
                dom.name(k) != Some("a") && {
                    let inner = dom.text_inline(k);
                    (says_location(&inner) && !label_alone(&inner)) || opens_with_home(&inner)
                }
            })
        {
            continue;
        }
        if links.len() > 8 {
            continue;
        }
        // The page's own crumb, what it is (`正文`, a CMS's `浏览文章`: the
        // article being read).
        let is_leaf = |t: &str| {
            matches!(
                t.trim(),
                "正文"
                    | "正文内容"
                    | "内容"
                    | "详情"
                    | "文章"
                    | "浏览文章"
                    | "文章内容"
                    | "详细内容"
                    | "新闻详情"
                    | "Article"
                    | "article"
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
                    leads_to_page(h) && (h != "/" || (marked && k > 0)) && (k > 0 || !site_root(h))
                })
            })
            .map(|(_, &j)| dom.text_inline(j))
            .rfind(|t| is_section(t));
        // A Chinese trail that ends in plain text after its last link ends
        // in the page's own column (`首页 / 新闻中心 / <span>集团要闻</span>`)
        // when that text is a section, not the headline or a leaf (`正文`).
        // (Other trails' plain ends are as often the story's kind: `Story`.)
        let current = links.last().and_then(|&last| {
            // Text beside the last link or in inline markup there, or in
            // the next items of a trail of list items (`<li
            // class="active">医院要闻</li>`), not in a search box or a tool
            // beside the trail.
            let parent = dom.nodes[last].parent;
            let line = if dom.name(parent) == Some("li") {
                i
            } else {
                parent
            };
            let in_line = |k: usize| {
                dom.ancestors(k).take_while(|&a| a != line).all(|a| {
                    matches!(
                        dom.name(a),
                        Some("span" | "em" | "b" | "strong" | "font" | "li")
                    )
                })
            };
            (dom.nodes[last].end..dom.nodes[line].end)
                .filter(|&k| in_line(k))
                .filter_map(|k| match dom.nodes[k].kind {
                    Kind::Text(t) => Some(t),
                    _ => None,
                })
                .flat_map(|t| t.split(|c| parts_crumbs(c) || c == '|'))
                .map(str::trim)
                .rfind(|s| !s.is_empty())
                .filter(|s| {
                    // The headline, perhaps cut short (`北部都會區首幅大學…`).
                    let shown = s.trim_end_matches(['…', '.']);
                    s.chars().any(crate::dom::is_han)
                        && is_section(s)
                        && !title.is_some_and(|h| h.starts_with(shown) || shown.starts_with(h))
                })
                .map(str::to_string)
        });
        // An unmarked line whose links all lead to sites' roots (`人民网 >>
        // 贵州频道` in the top bar) names the site and its regional or
        // topic site: a later trail's section is more precise.
        let only_sites = textual
            && current.is_none()
            && links
                .iter()
                .filter_map(|&j| dom.attr(j, "href").filter(|h| leads_to_page(h)))
                .all(|h| site_root(h.trim()));
        let cat = current.or(cat);
        // A trail that ends in an archive's date crumbs (`News › 2024 ›
        // June`) shows where the archive files the page, not its section.
        if cat.as_deref().is_some_and(is_date_crumb) {
            return None;
        }
        if only_sites && cat.is_some() {
            sites_trail = sites_trail.or(cat);
            continue;
        }
        // A breadcrumb that ends in an account or a keyword shows no section.
        if cat.is_some() || !not_sections.is_empty() {
            return cat;
        }
        // The name of a first link to the site's root (`新华网 > > 正文`) is
        // no section either.
        let root_name = links
            .first()
            .filter(|&&j| dom.attr(j, "href").is_some_and(|h| site_root(h.trim())))
            .map(|&j| dom.text_inline(j));
        let segments: Vec<&str> = text.split(parts_crumbs).collect();
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
            .rfind(|s| is_section(s) && root_name.as_deref() != Some(*s));
        if let Some(s) = seg {
            return Some(s.to_string());
        }
    }
    sites_trail
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;
    use crate::tests::{en_article_body, run, zh_article_body};

    fn zh_category(inner: &str) -> Option<String> {
        let html = format!(
            "<html><head><meta property=\"article:section\" content=\"港聞\"></head><body>\
             <ul class=\"menu\"><li><a class=\"channel-link\" href=\"/zone/1\">港聞</a></li>\
             <li><a class=\"channel-link\" href=\"/zone/2\">娛樂</a></li></ul>\
             {inner}<h1>北部都會區首幅大學用地招標 三間大學有意競投</h1>\
             <div class=\"story\">{}</div></body></html>",
            zh_article_body()
        );
        run("http://news.example.hk/a/1.html", &html).category
    }

    #[test]
    fn category_from_the_section_link_by_a_chinese_headline() {
        // A path of two: its last link, before the metadata's section.
        assert_eq!(
            zh_category(
                "<div class=\"article-grid__category\"><a href=\"/zone/1\">港聞</a> <span>›</span> <a href=\"/channel/2\">社會新聞</a></div>"
            )
            .as_deref(),
            Some("社會新聞")
        );
        // One link named a channel, or a box named one around it.
        assert_eq!(
            zh_category("<a class=\"kr-tag-channel\" href=\"/information/AI/\">AI</a>").as_deref(),
            Some("AI")
        );
        assert_eq!(
            zh_category("<div class=\"channel-tag\"><a href=\"/parts\">零部件</a></div>")
                .as_deref(),
            Some("零部件")
        );
        // A portal's catalog box.
        assert_eq!(
            zh_category(r#"<span class="a_catalog"><a href="/china_index.shtml">国内</a></span>"#)
                .as_deref(),
            Some("国内")
        );
        // A menu's channel links and a link leading nowhere are no section.
        assert_eq!(
            zh_category("<a id=\"pc-channel-wza-entry\" href=\"javascript:void(0)\">无障碍</a>")
                .as_deref(),
            Some("港聞")
        );
    }

    #[test]
    fn category_from_the_named_page_of_a_digital_edition() {
        let html = format!(
            "<html><body><table><tr><td>&nbsp;<strong>第A03版：要闻</strong>&nbsp;\
             <a href=\"node_3.htm\">上一版</a></td></tr></table>\
             <h1>老旧小区加装电梯今年将再增300台</h1><div class=\"story\">{}</div></body></html>",
            zh_article_body()
        );
        assert_eq!(
            run("http://epaper.example.cn/html/content_1.htm", &html)
                .category
                .as_deref(),
            Some("要闻")
        );
        // The name in bold alone, the links to the next pages beside it.
        let html = html.replace(
            "<strong>第A03版：要闻</strong>&nbsp;",
            "第A03版：<strong>要闻</strong>　",
        );
        assert_eq!(
            run("http://epaper.example.cn/html/content_1.htm", &html)
                .category
                .as_deref(),
            Some("要闻")
        );
        // The page's number without `第`.
        let html = html.replace(
            "第A03版：<strong>要闻</strong>　",
            "<span>09版：</span><strong>要闻</strong> &nbsp;",
        );
        assert_eq!(
            run("http://epaper.example.cn/html/content_1.htm", &html)
                .category
                .as_deref(),
            Some("要闻")
        );
    }

    #[test]
    fn the_current_page_of_a_digital_editions_page_list_is_the_category() {
        let html = format!(
            "<html><body><div class=\"bmnav\"><h4>版面导航</h4><ul>\
             <li><a href=\"node_1.htm\">第A1版：要闻</a></li>\
             <li><a href=\"node_2.htm\">第A2版：要闻</a></li>\
             <li class=\"cur\"><a href=\"node_3.htm\">第A3版：经济</a></li>\
             <li><a href=\"node_4.htm\">第A4版：综合</a></li></ul></div>\
             <h1>港口集装箱吞吐量前五月同比增8.3%</h1><div class=\"story\">{}</div></body></html>",
            zh_article_body()
        );
        assert_eq!(
            run("http://daily.example.cn/html/content_1.htm", &html)
                .category
                .as_deref(),
            Some("经济")
        );
    }

    #[test]
    fn a_labelled_page_of_a_digital_edition_is_the_category() {
        let html = format!(
            "<html><head><title>澳門日報電子版 - 輕軌東線工程完成逾六成</title></head><body>\
             <div id=\"menu\"><a href=\"node_2.htm\">澳聞</a> | <a href=\"node_3.htm\">新聞</a></div>\
             <div class=\"pagenav\"><b>版次：A02 澳聞</b><ul><li><a href=\"content_1.htm\">輕軌東線工程完成逾六成</a></li></ul></div>\
             <h1>輕軌東線工程完成逾六成</h1><div class=\"story\">{}</div></body></html>",
            zh_article_body()
        );
        assert_eq!(
            run("http://epaper.example.mo/html/content_1.htm", &html)
                .category
                .as_deref(),
            Some("澳聞")
        );
    }

    #[test]
    fn a_section_named_bare_in_a_category_box_by_the_headline_is_the_category() {
        let page = |section_box: &str| {
            let html = format!(
                "<html><body><ul id=\"topnav\"><li><a href=\"#\">首頁</a></li><li><a href=\"#\">財經</a></li></ul>\
                 <div id=\"content\">{section_box}\
                 <h1 class=\"newsTitle\">啟德體育園首辦國際田徑賽</h1><div class=\"newsdate\">2025年4月18日</div>\
                 <div class=\"story\">{}</div></div></body></html>",
                zh_article_body()
            );
            run("https://www.news.example.hk/chi/2025/04/1.html", &html).category
        };
        assert_eq!(
            page("<div class=\"category\">文化及康樂</div>").as_deref(),
            Some("文化及康樂")
        );
        // A column box (`lanmu` in pinyin), its name in an inline element.
        for section_box in [
            "<div class=\"lz-article__column\"><span class=\"tag\">江苏新闻</span></div>",
            "<div class=\"lanmu\"><em>江苏新闻</em></div>",
            "<table><tr><td class=\"catname\">江苏新闻</td><td>2025-03-20</td></tr></table>",
        ] {
            assert_eq!(
                page(section_box).as_deref(),
                Some("江苏新闻"),
                "{section_box}"
            );
        }
        // A box holding a block is no name shown alone.
        assert_eq!(page("<div class=\"column\"><p>江苏新闻</p></div>"), None);
        // A tag box above the headline linking its section's list.
        assert_eq!(
            page("<div class=\"index_tag__Yt4pK\"><a href=\"/list_25489\">一线</a></div>")
                .as_deref(),
            Some("一线")
        );
        // Two tags are keywords.
        assert_eq!(
            page(
                "<div class=\"news-tag\"><a href=\"/t/1\">田径</a><a href=\"/t/2\">启德</a></div>"
            ),
            None
        );
    }

    #[test]
    fn a_category_box_above_an_english_headline_names_its_section() {
        let page = |before: &str, after: &str| {
            let html = format!(
                r#"<html><body><header><div class="header__column"><a href="https://blog.example/">Back to overview</a></div></header>
                <main>{before}<h1>Commuter trains to run every ten minutes</h1>{after}
                <div class="news-detail">{}</div></main></body></html>"#,
                en_article_body()
            );
            run(
                "https://report.example/infrastructure/commuter-trains",
                &html,
            )
            .category
        };
        for kicker in [
            r#"<div class="news-cat"><a href="/infrastructure/">Infrastructure</a></div>"#,
            r#"<div class="rubrika-naslov"><a href="/rubrika/4">Infrastructure</a></div>"#,
        ] {
            assert_eq!(
                page(kicker, "").as_deref(),
                Some("Infrastructure"),
                "{kicker}"
            );
        }
        // Below the headline, as a tag box, as a hashtag, or in a layout
        // column (the header's back link), it names none.
        for (before, after) in [
            (
                "",
                r#"<div class="news-cat"><a href="/infrastructure/">Infrastructure</a></div>"#,
            ),
            (
                r#"<div class="tag"><a href="/infrastructure/">Infrastructure</a></div>"#,
                "",
            ),
            (
                r#"<div class="cat"><a href="/tag/trains/">#Trains</a></div>"#,
                "",
            ),
        ] {
            assert_eq!(page(before, after), None, "{before}{after}");
        }
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
        // A header around a home-first trail that also holds the page's
        // tools: the trail, not the tools' last link.
        let html = r#"<html><body><div class="header"><div class="news-position"><a href="http://www.example.cn/">首页</a><span>&gt;</span><a href="http://www.example.cn/fortune/">财经</a><span>&gt;</span>正文</div>
            <div class="head-share"><a class="wx" href="javascript:void(0)"></a><a class="fontSize" href="javascript:void(0)">字体：<span>小</span><span>中</span><span>大</span></a></div>
            <h1>标题</h1></div><p>正文</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(
            breadcrumb_category(&dom, Some("标题")).as_deref(),
            Some("财经")
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
        // A CMS's crumb for the article being read.
        assert_eq!(
            crumb(r#"<div class="guide">您现在的位置：<a href="/">南阳党建网</a> &gt;&gt; <a href="/list.php?fid=2">基层党建</a> &gt;&gt; 浏览文章</div>"#).as_deref(),
            Some("基层党建")
        );
        // A government site's trail of `→` arrows in a table cell.
        assert_eq!(
            crumb(r#"<table><tr><td class="weizhi">您当前的位置：<a href="/">首页</a> → <a href="/jdgz/">监督工作</a> → 正文</td></tr></table>"#).as_deref(),
            Some("监督工作")
        );
        assert_eq!(
            crumb(r#"<div><a href="https://www.example.cn/">南岭人大网</a> → <a href="/lfgz/">立法工作</a></div>"#).as_deref(),
            Some("立法工作")
        );
        // A trail named in another language (Spanish `migas`, bread crumbs).
        assert_eq!(
            crumb(r#"<div class="migas"><a href="/vigo/">Vigo</a> <span>&gt;</span> <a href="/vigo/vigo/">Vigo ciudad</a></div>"#).as_deref(),
            Some("Vigo ciudad")
        );
        // After the home link, a section may link to its own root.
        assert_eq!(
            crumb(r#"<div class="post_crumb"><a href="http://www.example.com/">网易首页</a> &gt; <a href="http://tech.example.com/">科技</a> &gt; <a href="/">互联网</a> &gt; 正文</div>"#).as_deref(),
            Some("互联网")
        );
        // The site's menu (`daohang`, 导航) is no trail: its last item is
        // no section of the article.
        assert_eq!(
            crumb(
                r#"<div class="daohang"><ul><li><a href="/">首页</a></li><li><a href="/china/">国内</a></li><li><a href="/world/">国际</a></li><li><a href="/video/">视频</a></li></ul></div>"#
            ),
            None
        );
        // A box without a name is a trail when arrows outside its links
        // lead from the site's root to the section.
        assert_eq!(
            crumb(r#"<div id="nav"><a href="https://www.example.cn/">中新网</a> <span>&gt;</span> <a href="/society/">社会</a></div>"#).as_deref(),
            Some("社会")
        );
        assert_eq!(
            crumb(r#"<div class="location-without-nav"><a href="https://www.example.com/">搜狐首页</a> &gt; <a href="/ent/">娱乐</a></div>"#).as_deref(),
            Some("娱乐")
        );
        // A trail whose section crumb is empty shows no section.
        assert_eq!(
            crumb(
                r#"<div class="header-nav left"><a href="https://www.example.cn/">新华网</a> > <a class="curColumn"></a> > 正文</div>"#
            ),
            None
        );
        // Arrows inside the links of a menu are no trail.
        assert_eq!(
            crumb(
                r#"<div class="top"><a href="https://www.example.cn/">中新网</a> <a href="/society/">社会»</a> <a href="/money/">财经»</a></div>"#
            ),
            None
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
        // A Chinese trail ending in plain text after its links ends in the
        // page's own column, unless that text is the headline or a leaf.
        assert_eq!(
            crumb(r#"<div class="p-crumb"><div class="w"><a href="/">首页</a> / <a href="/xwzx/">新闻中心</a> / <span>集团要闻</span></div></div>"#).as_deref(),
            Some("集团要闻")
        );
        assert_eq!(
            crumb(r#"<div class="navThis"><a href="http://bj.example.com">北京</a> &gt;&gt; <a href="/bjlk/index.htm">走近妇儿工委</a> &gt;&gt; 研究集萃</div>"#).as_deref(),
            Some("研究集萃")
        );
        assert_eq!(
            crumb(r#"<div class="crumb"><a href="/">首页</a> &gt; <a href="/gn/">国内</a> &gt; 标题</div>"#).as_deref(),
            Some("国内")
        );
        assert_eq!(
            breadcrumb_before(
                r#"<div class="crumb"><a href="/">首页</a> &gt; <a href="/gw/">港聞</a> &gt; 北部都會區首幅大學…</div>"#,
                "北部都會區首幅大學用地招標"
            )
            .as_deref(),
            Some("港聞")
        );
        assert_eq!(
            crumb(r#"<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/News">新闻中心</a></li><li class="active">医院要闻</li></ol>"#).as_deref(),
            Some("医院要闻")
        );
        assert_eq!(
            breadcrumb_before(
                r#"<div class="breadcrumb"><a href="/">Home</a> › <a href="/sport/">Sport</a> › <span>Story</span></div>"#,
                "Headline"
            )
            .as_deref(),
            Some("Sport")
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
        // So is a row of three links or more that no class calls one, but
        // not a pair of tabs or a row of languages.
        assert_eq!(
            nav(r#"<div class="top"><a class="logo" href="/">新民网</a><a href="/sh/" class="on">上海新闻</a> <a href="/gn/">国内</a></div>"#).as_deref(),
            Some("上海新闻")
        );
        assert_eq!(
            nav(r#"<div class="header"><ul><li><a href="/yw/">要闻</a></li><li class="on"><a href="/bm/">帮忙</a></li><li><a href="/hb/">湖北</a></li></ul></div>"#).as_deref(),
            Some("帮忙")
        );
        assert_eq!(
            nav(
                r#"<div class="top"><a href="/sh/" class="on">最新</a> <a href="/gn/">最热</a></div>"#
            ),
            None
        );
        assert_eq!(
            nav(
                r#"<ul class="lang-links"><li><a href="/" aria-current="true">Français</a></li><li><a href="/en/">English</a></li><li><a href="/es/">Español</a></li></ul>"#
            ),
            None
        );
        // A channel's sub-menu is a menu too.
        assert_eq!(
            nav(r#"<ul class="channel-sub"><li><a href="/news/">新闻</a></li><li class="cur"><a href="/pingce/">评测</a></li></ul>"#).as_deref(),
            Some("评测")
        );
        // The accessible mark of the current page, unless it says false.
        assert_eq!(
            nav(r#"<ul class="bbc-nav" role="list"><li><a href="/zhongwen/trad/world">國際</a></li><li><a href="/zhongwen/trad/business" aria-current="page">財經</a></li></ul>"#).as_deref(),
            Some("財經")
        );
        assert_eq!(
            nav(r#"<nav><a href="/world" aria-current="false">World</a></nav>"#),
            None
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
        // The label in an element of its own, in a box named a menu.
        assert_eq!(
            crumb(r#"<div class="subNav"><span>当前位置：</span><a href="http://www.example.cn/">央广网</a> &gt; <a href="http://china.example.cn/">中国</a> &gt; <a href="http://china.example.cn/news/">民生</a></div>"#).as_deref(),
            Some("民生")
        );
        assert_eq!(
            crumb(r#"<div class="curpos">中证网 &gt; <a href="http://www.example.com.cn/ssgs/">公司</a> &gt; <a href="http://www.example.com.cn/ssgs/gsxw/">公司新闻</a></div>"#).as_deref(),
            Some("公司新闻")
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
        // Marked in the site's language.
        for marked in [
            r#"<nav class="secciones"><a href="/">Inicio</a> <a href="/ciudad" class="seleccionada">La Ciudad</a></nav>"#,
            r#"<nav class="menu"><a href="/">Início</a> <a href="/sp/campinas/" class="ativo">La Ciudad</a></nav>"#,
            r#"<ul class="menu-principal"><li><a href="/">Inici</a></li><li class="actiu"><a href="/girona">La Ciudad</a></li></ul>"#,
        ] {
            assert_eq!(nav(marked).as_deref(), Some("La Ciudad"), "{marked}");
        }
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
    fn a_trail_that_ends_in_an_archives_dates_shows_no_section() {
        let html = r#"<html><body><nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li>
            <li><a href="/about/">About</a></li><li><a href="/about/news/">News</a></li>
            <li><a href="/about/news/2024/">2024</a></li><li><a href="/about/news/2024/june/">June</a></li>
            </ol></nav><h1>Titel</h1></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(breadcrumb_category(&dom, Some("Titel")), None);
        for crumb in ["2024", "June", "Juni 2024", "2024年6月", "06/2024"] {
            assert!(is_date_crumb(crumb), "{crumb}");
        }
        for crumb in ["Research", "2. Bundesliga", "国内", ""] {
            assert!(!is_date_crumb(crumb), "{crumb}");
        }
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
        assert!(is_search_link("https://www.example.com/tags/ai/"));
        // A crumb to a keyword's page after the section's.
        let html = r#"<html><body><div class="bread"><span>当前位置：</span><a href="https://www.example.com.cn/">IT之窗</a> &gt;
            <a href="https://mobile.example.com.cn/">手机</a> &gt; <a href="https://www.example.com.cn/tag/xingmi/">星米</a></div>
            <h1>标题</h1><p>正文</p></body></html>"#;
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        assert_eq!(
            breadcrumb_category(&dom, Some("标题")).as_deref(),
            Some("手机")
        );
    }

    #[test]
    fn trails_of_site_links_plain_text_and_skip_links_give_the_section() {
        let top_bar = r##"<div class="top"><span><a href="http://www.example.cn/">人民在线</a> &gt;&gt;
            <a href="http://gz.example.cn/">贵州频道</a></span><a href="#">手机看新闻</a></div>"##;
        let trail = r#"<div class="clink"><a href="http://www.example.cn/">人民在线</a>&gt;&gt;<a
            href="http://gz.example.cn/">贵州频道</a>&gt;&gt;<a href="http://gz.example.cn/GB/222152/">市州</a></div>"#;
        let category = |inner: &str| {
            let html = format!("<html><body>{inner}<h1>标题</h1><p>正文</p></body></html>");
            let doc = Html::parse_document(&html);
            breadcrumb_category(&Dom::build(&doc), Some("标题"))
        };
        assert_eq!(
            category(&format!("{top_bar}{trail}")).as_deref(),
            Some("市州")
        );
        // Alone, the line still names the regional site.
        assert_eq!(category(top_bar).as_deref(), Some("贵州频道"));
        // A trail of plain text that opens with home.
        assert_eq!(
            category(r#"<div class="lmbt"><span class="lmname">新闻中心</span><span class="dq">首页 / 新闻中心 / 集团要闻</span></div>"#)
                .as_deref(),
            Some("集团要闻")
        );
        assert_eq!(
            category(r#"<p class="lead-line">Home / Nachrichten / Politik</p>"#).as_deref(),
            Some("Politik")
        );
        // An unnamed box of links that says where the reader is, without a
        // home crumb or arrows.
        assert_eq!(
            category(r#"<div>您现在的位置：<a href="/news/">新闻中心</a> <a href="/news/gn/">国内</a></div>"#)
                .as_deref(),
            Some("国内")
        );
        // A skip link to the story (`#content`) is no crumb.
        assert_eq!(
            category(
                r##"<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news/international">International</a></li>
                <li><a href="#skiplink__contentlink">Aktueller Artikel</a></li></ol>"##
            )
            .as_deref(),
            Some("International")
        );
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
    fn a_trail_opening_with_a_protocol_relative_root_is_a_breadcrumb() {
        let html = format!(
            r#"<html><body><ul class="topnav"><li><a href="//news.example.com/">新闻</a></li>
            <li class="on"><a href="//funds.example.com/">基金</a></li></ul>
            <div class="links"><a href="//funds.example.com/">基金</a> &gt;
            <a href="//funds.example.com/jjyw/">基金要闻</a> &gt; 正文</div>
            <h1>多只科创主题基金年内净值涨超50% 基金经理提示估值风险</h1>
            <div class="art">{}</div></body></html>"#,
            zh_article_body()
        );
        let ex = run("http://funds.example.com/2025-11-17/1.html", &html);
        assert_eq!(ex.category.as_deref(), Some("基金要闻"));
    }

    #[test]
    fn a_section_the_title_names_and_a_link_by_the_headline_shows_is_the_category() {
        let html = format!(
            r#"<html><head><title>新疆棉区进入采收高峰 机采率超过九成_新闻频道_央视网(cctv.com)</title></head>
            <body><div class="nav"><ul><li><a href="https://news.example.com/">新闻</a></li>
            <li><a href="https://sports.example.com/">体育</a></li></ul></div>
            <div class="title_area"><h1>新疆棉区进入采收高峰 机采率超过九成</h1>
            <div class="info"><a href="https://news.example.com/">新闻频道</a> | 来源：<a href="/">央视新闻客户端</a> <span>2025年10月09日 20:04</span></div></div>
            <div class="content_area">{}</div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://news.example.com/2025/10/09/ARTI1.shtml", &html);
        assert_eq!(ex.category.as_deref(), Some("新闻频道"));
        // A part of the title no link by the headline shows is a keyword.
        let html = format!(
            r#"<html><head><title>暑期研学游火了：一个营期动辄上万元_孩子_机构_营地</title></head>
            <body><h1>暑期研学游火了：一个营期动辄上万元</h1><p><a href="/k">营地</a></p>
            <div class="article">{}</div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://www.example.com/a/1", &html);
        assert_eq!(ex.category, None);
    }

    #[test]
    fn a_channel_named_with_the_sites_brand_is_the_channel() {
        let page = |title: &str, head: &str| {
            let html = format!(
                r#"<html><head><title>{title}</title>{head}</head>
                <body><div class="logo"><a href="/" class="logo">频道首页</a></div>
                <h1>锂电池产业链一季度订单回暖</h1><div class="article">{}</div></body></html>"#,
                zh_article_body()
            );
            run("https://finance.example.cn/a/1.shtml", &html).category
        };
        // Only the title names it, under the brand, maybe after keywords.
        assert_eq!(
            page("锂电池产业链一季度订单回暖_新浪财经_新浪网", "").as_deref(),
            Some("财经")
        );
        assert_eq!(
            page("锂电池产业链一季度订单回暖|锂电池|储能_新浪财经_新浪网", "").as_deref(),
            Some("财经")
        );
        // The metadata names it with the brand.
        assert_eq!(
            page(
                "锂电池产业链一季度订单回暖_凤凰网科技_凤凰网",
                r#"<meta name="og:category" content="凤凰网科技">"#
            )
            .as_deref(),
            Some("科技")
        );
        // A part without the brand is a keyword.
        assert_eq!(page("锂电池产业链一季度订单回暖_储能_新浪网", ""), None);
        // A link by the headline that shows the title's section.
        let html = format!(
            r#"<html><head><title>云厂商新一轮降价|云计算_新浪科技_新浪网</title></head>
            <body><div class="logo"><a href="https://tech.example.cn/">新浪科技</a></div>
            <h1>云厂商新一轮降价</h1><div class="article">{}</div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://tech.example.cn/a/1.shtml", &html);
        assert_eq!(ex.category.as_deref(), Some("科技"));
        // A breadcrumb's crumb is kept as the trail shows it: the city's
        // news on the city's site.
        let html = format!(
            r#"<html><head><title>地铁6号线全线洞通 - 厦门新闻 - 厦门网</title></head>
            <body><div class="position">您当前的位置 ：<a href="/">厦门网</a> -&gt; <a href="/news/">新闻中心</a> -&gt; <a href="/xmxw/">厦门新闻</a></div>
            <h1>地铁6号线全线洞通</h1><div class="article">{}</div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://news.example.cn/xmxw/1.htm", &html);
        assert_eq!(ex.category.as_deref(), Some("厦门新闻"));
        assert_eq!(without_site_brand("新浪财经", "新浪网"), "财经".to_string());
        assert_eq!(without_site_brand("新浪", "新浪网"), "新浪".to_string());
    }
}
