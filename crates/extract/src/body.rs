//! The article body: find the container by text density, then emit its
//! paragraphs in order without the boilerplate inside it (ads, captions,
//! share bars, editor lines, related lists, ...).
//!
//! Scoring: every paragraph-like block (a `<p>`, `<pre>`, `<blockquote>`, a
//! list item, or an element holding a run of direct text) adds its non-link text length to
//! its container and half of it to the container's parent. A container's
//! score is then scaled by `1 - link density` and by hints from its tag,
//! class, id and `itemprop` (`articleBody`, `content`, `artibody`, ... raise
//! it; `comment`, `sidebar`, `related`, ... lower it). The best one wins.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::dom::{is_block, Dom, Kind, Substrings};
use crate::labels;

/// Class/id tokens that mark non-article parts.
fn is_boilerplate_token(t: &str) -> bool {
    matches!(
        t,
        "ad" | "ads"
            | "adv"
            | "advert"
            | "adverts"
            | "advertisement"
            | "adsbygoogle"
            | "banner"
            | "sponsor"
            | "sponsored"
            | "promo"
            | "cta"
            | "donate"
            | "donation"
            | "share"
            | "sharing"
            | "social"
            | "comment"
            | "comments"
            | "related"
            | "recommend"
            | "recommended"
            | "editor"
            | "copyright"
            | "footer"
            | "breadcrumb"
            | "breadcrumbs"
            | "crumb"
            | "crumbs"
            | "nav"
            | "navbar"
            | "menu"
            | "sidebar"
            | "toolbar"
            | "tools"
            | "print"
            | "caption"
            | "figcaption"
            | "imagecaption"
            | "photocaption"
            | "imagedescription"
            | "bildunterschrift"
            | "bildtext"
            | "hidden"
            | "hide"
            | "newsletter"
            | "subscribe"
            | "byline"
            | "author"
            | "bio"
            | "dateline"
            | "pictext"
            | "imgtext"
            | "picinfo"
            | "tags"
            | "keywords"
            | "pager"
            | "pagination"
            | "relatedposts"
            | "sharedaddy"
            | "shariff"
    )
}

/// Whether the class or id of element `i` marks a non-article part (see
/// [`is_boilerplate_token`]). `editor` beside `paragraph` or `rich` names
/// a paragraph a rich-text editor wrote (`text_editor_paragraph`), the
/// article's own; a page builder's `text-editor` widget stays a box. A
/// call to action's look on a link or a span in the text
/// (`<a class="nfl-o-cta--link">`) is no box either.
fn marks_boilerplate(dom: &Dom<'_>, i: usize) -> bool {
    let editor_text = || {
        dom.class_tokens(i)
            .any(|t| matches!(t, "rich" | "paragraph"))
    };
    let inline = || {
        matches!(
            dom.name(i),
            Some("a" | "span" | "strong" | "em" | "b" | "i")
        )
    };
    dom.class_tokens(i).any(|t| {
        is_boilerplate_token(t)
            && !(t == "editor" && editor_text())
            && !(matches!(t, "cta" | "donate" | "donation") && inline())
    })
}

fn is_skipped_tag(name: &str) -> bool {
    matches!(
        name,
        "figure"
            | "figcaption"
            | "nav"
            | "aside"
            | "button"
            | "footer"
            | "input"
            | "label"
            | "video"
            | "audio"
            | "map"
            | "dialog"
            | "menu"
    )
}

/// Whether element `i` is hidden by attribute or inline style. Text a
/// paywall hides from readers who are not subscribers (`subscriber-only`)
/// is the rest of the article, not hidden boilerplate.
fn is_hidden(dom: &Dom<'_>, i: usize) -> bool {
    let hidden = dom.attr(i, "hidden").is_some()
        || dom.attr(i, "aria-hidden") == Some("true")
        || dom.attr(i, "style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        });
    hidden && !is_for_subscribers(dom, i)
}

/// Whether a class or id of `i` names text for subscribers only
/// (`subscriber-only`, `subscribers_only`).
fn is_for_subscribers(dom: &Dom<'_>, i: usize) -> bool {
    dom.class_id(i).split_whitespace().any(|name| {
        let mut tokens = name.split(['-', '_']);
        matches!(tokens.next(), Some("subscriber" | "subscribers")) && tokens.next() == Some("only")
    })
}

/// Fewest characters of a `<p>` that counts as a paragraph beside a teaser's
/// summary.
const MIN_TEASER_PARAGRAPH: u32 = 20;

/// What [`is_teaser_summary`] needs to know of a parent's children,
/// gathered once per parent (a parent may hold thousands of paragraphs).
struct TeaserParent {
    /// How many `<p>` children have [`MIN_TEASER_PARAGRAPH`] characters or more.
    paragraphs: usize,
    /// The first headline child (`<h2>`..`<h6>`) that is all link.
    first_linked_headline: Option<usize>,
}

impl TeaserParent {
    fn of(dom: &Dom<'_>, parent: usize) -> TeaserParent {
        let mut found = TeaserParent {
            paragraphs: 0,
            first_linked_headline: None,
        };
        for child in dom.children(parent) {
            let node = &dom.nodes[child];
            match dom.name(child) {
                Some("h2" | "h3" | "h4" | "h5" | "h6")
                    if node.chars > 0 && node.link_chars == node.chars =>
                {
                    found.first_linked_headline.get_or_insert(child);
                }
                Some("p") if node.chars >= MIN_TEASER_PARAGRAPH => found.paragraphs += 1,
                _ => {}
            }
        }
        found
    }
}

/// Whether the `<p>` at `i` is the summary of a teaser: its parent holds a
/// headline (`<h2>`..`<h6>`) that is all link, before it, and no other
/// paragraph (a "more stories" stream of headline + summary items).
/// `parents` keeps what was gathered of each parent already.
fn is_teaser_summary(dom: &Dom<'_>, i: usize, parents: &mut HashMap<usize, TeaserParent>) -> bool {
    let Some(parent) = dom.ancestors(i).next() else {
        return false;
    };
    let found = parents
        .entry(parent)
        .or_insert_with(|| TeaserParent::of(dom, parent));
    let itself = usize::from(dom.nodes[i].chars >= MIN_TEASER_PARAGRAPH);
    found.paragraphs == itself && found.first_linked_headline.is_some_and(|h| h < i)
}

/// Score multiplier from tag and attributes.
fn hint(dom: &Dom<'_>, i: usize) -> f64 {
    if dom
        .attr(i, "itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
    {
        return 2.0;
    }
    let mut h: f64 = 1.0;
    if dom.name(i) == Some("article") {
        h *= 1.2;
    }
    let ci = dom.class_id(i);
    static GOOD: LazyLock<Substrings> = LazyLock::new(|| {
        Substrings::new(&[
            "artibody",
            "article",
            "content",
            "post-body",
            "postbody",
            "entry",
            "story",
            "main-text",
            "maintext",
            "detail",
            "text",
            "body",
            "zw",
            "cont",
        ])
    });
    static BAD: LazyLock<Substrings> = LazyLock::new(|| {
        Substrings::new(&[
            "comment",
            "sidebar",
            "related",
            "recommend",
            "footer",
            "rank",
            "hot",
            "list",
            "nav",
            "menu",
            "widget",
            "share",
            "ad-",
        ])
    });
    if GOOD.in_value(ci) {
        h *= 1.3;
    }
    if BAD.in_value(ci) {
        h *= 0.4;
    }
    h
}

/// Non-link characters directly held by `i` (text and inline children).
fn direct_text(dom: &Dom<'_>, i: usize) -> u32 {
    let mut j = i + 1;
    let end = dom.nodes[i].end;
    let mut n = 0;
    while j < end {
        let node = &dom.nodes[j];
        match node.kind {
            Kind::Text(_) => n += node.chars - node.link_chars,
            Kind::Element(name) if !is_block(name) && name != "br" => {
                n += node.chars - node.link_chars
            }
            _ => {}
        }
        j = node.end;
    }
    n
}

/// Class/id tokens of page parts whose paragraphs never count towards the
/// article container: comment threads, cookie notices, modal dialogs.
fn is_outside_token(t: &str) -> bool {
    matches!(
        t,
        "modal"
            | "popup"
            | "comment"
            | "comments"
            | "commentlist"
            | "disqus"
            | "cookie"
            | "cookies"
            | "consent"
            | "gdpr"
    )
}

/// Per node: whether it lies in a part of the page that is not the article
/// (`<aside>`, `<nav>`, `<footer>`, a `<form>`, comment threads, cookie
/// notices, modal dialogs). An element that holds an `<article>`, an
/// `itemprop=articleBody` or `<main>` is never such a part itself (page
/// wrappers often carry classes like `has-sidebar`), nor is a `<form>`
/// that wraps most of the page (ASP.NET pages); such a marker's own
/// classes still count (`<article class=login-modal>`, WordPress's
/// `<article class=comment-body>`). Two linear passes.
fn outside_article(dom: &Dom<'_>, start: usize) -> Vec<bool> {
    let n = dom.nodes.len();
    let strong_self = |i: usize| {
        matches!(dom.name(i), Some("article" | "main"))
            || dom
                .attr(i, "itemprop")
                .is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
    };
    // Bottom-up: does a node below hold an article marker?
    let mut strong = vec![false; n];
    for i in (start..n).rev() {
        let p = dom.nodes[i].parent;
        if (strong[i] || strong_self(i)) && p != usize::MAX && p >= start {
            strong[p] = true;
        }
    }
    let page_chars = dom.nodes[start].chars;
    let mut out = vec![false; n];
    for i in start..n {
        let p = dom.nodes[i].parent;
        if p != usize::MAX && p >= start && out[p] {
            out[i] = true;
            continue;
        }
        let Some(name) = dom.name(i) else { continue };
        if strong[i] || matches!(name, "body" | "html") {
            continue;
        }
        let small_form = name == "form" && dom.nodes[i].chars * 2 < page_chars;
        out[i] = small_form
            || matches!(name, "aside" | "nav" | "footer")
            || dom.class_tokens(i).any(is_outside_token);
    }
    out
}

/// The index of the element that holds the article text, if any.
#[cfg(test)]
pub(crate) fn find_container(dom: &Dom<'_>) -> Option<usize> {
    find_body(dom).0
}

/// The article container, and the parts of the body in document order: the
/// container plus its repeated siblings (see [`sibling_parts`]).
pub(crate) fn find_body(dom: &Dom<'_>) -> (Option<usize>, Vec<usize>) {
    let n = dom.nodes.len();
    let mut score = vec![0f64; n];
    let start = dom.body_index();
    let outside = outside_article(dom, start);
    let mut teaser_parents = HashMap::new();
    for i in start..n {
        let Some(name) = dom.name(i) else { continue };
        if outside[i] {
            continue;
        }
        let (own, to_self) = match name {
            "p" | "pre" | "blockquote" => {
                let node = &dom.nodes[i];
                (node.chars - node.link_chars, false)
            }
            "div" | "td" | "section" | "article" => (direct_text(dom, i), true),
            "li" => (direct_text(dom, i), false),
            _ => continue,
        };
        if own < 20 || (name == "p" && is_teaser_summary(dom, i, &mut teaser_parents)) {
            continue;
        }
        if is_hidden(dom, i) {
            continue;
        }
        let w = f64::from(own);
        // Levels up from the paragraph: a `<p>` feeds its parent fully and
        // its grandparent by half; a text-holding `<div>` keeps its weight
        // and feeds its parent by half. Wrappers that hold exactly the same
        // text as the level below (`div > div > p`) take that level's score
        // and do not count as a level, so deep wrapper chains still let the
        // paragraphs meet in their real container.
        // Level 0 is the paragraph itself with its wrappers: `div > div >
        // p` gives every wrapper the paragraph's weight.
        let weights = if to_self {
            score[i] += w;
            [w, w / 2.0, 0.0]
        } else {
            [w, w, w / 2.0]
        };
        // A list item's `<ul>` / `<ol>` is a wrapper too: the list is one
        // block of the container, like a paragraph.
        let is_item = name == "li";
        let mut level = 0;
        let mut prev_chars = dom.nodes[i].chars;
        for a in dom.ancestors(i) {
            let chars = dom.nodes[a].chars;
            if chars != prev_chars {
                prev_chars = chars;
                let list_of_item =
                    is_item && level == 0 && matches!(dom.name(a), Some("ul" | "ol"));
                if !list_of_item {
                    level += 1;
                    if level >= weights.len() || weights[level] == 0.0 {
                        break;
                    }
                }
            }
            score[a] += weights[level];
        }
    }
    let mut best: Option<(usize, f64)> = None;
    for (i, &s) in score.iter().enumerate() {
        if s <= 0.0 {
            continue;
        }
        let node = &dom.nodes[i];
        let density = if node.chars == 0 {
            1.0
        } else {
            f64::from(node.link_chars) / f64::from(node.chars)
        };
        let s = s * (1.0 - density) * hint(dom, i);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    match best {
        Some((c, _)) => {
            let mut parts = sibling_parts(dom, c, &outside);
            parts.extend(sibling_paragraphs(dom, c, start, &outside));
            parts.sort_unstable();
            parts.dedup();
            if let Some(l) = lead_before(dom, c, &parts, &outside) {
                parts.insert(0, l);
            }
            (Some(c), parts)
        }
        None => match lone_article(dom, start) {
            Some(c) => (Some(c), vec![c]),
            None => (None, Vec::new()),
        },
    }
}

/// Fewest characters outside links of a paragraph beside the container.
const MIN_SIBLING_PARAGRAPH: u32 = 80;

/// Paragraphs printed beside the container in its parent, outside it (the
/// lead-in above a "read more" fold, text between embedded blocks): `<p>`
/// siblings of the container (or of its outermost wrapper) with at least
/// [`MIN_SIBLING_PARAGRAPH`] characters outside links and under a quarter
/// of link text, not marked as boilerplate.
fn sibling_paragraphs(dom: &Dom<'_>, c: usize, start: usize, outside: &[bool]) -> Vec<usize> {
    let mut top = c;
    while let Some(p) = dom.ancestors(top).next() {
        if p <= start || dom.nodes[p].chars != dom.nodes[c].chars {
            break;
        }
        top = p;
    }
    let Some(parent) = dom.ancestors(top).next().filter(|&p| p >= start) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut j = parent + 1;
    while j < dom.nodes[parent].end {
        let node = &dom.nodes[j];
        if j != top
            && dom.name(j) == Some("p")
            && !outside[j]
            && node.chars - node.link_chars >= MIN_SIBLING_PARAGRAPH
            && node.link_chars * 4 < node.chars
            && !is_hidden(dom, j)
            && !marks_boilerplate(dom, j)
        {
            found.push(j);
        }
        j = node.end;
    }
    found
}

/// A page without a single paragraph of text (headings and images only)
/// still marks its content: the `<main>`, else the only `<article>`.
fn lone_article(dom: &Dom<'_>, start: usize) -> Option<usize> {
    let with_text = |name: &'static str| {
        (start..dom.nodes.len())
            .filter(move |&i| dom.name(i) == Some(name) && dom.nodes[i].chars > 0)
    };
    if let Some(m) = with_text("main").next() {
        return Some(m);
    }
    let mut articles = with_text("article");
    let first = articles.next()?;
    articles.next().is_none().then_some(first)
}

/// The page's description (`description`, `og:description`,
/// `twitter:description`), whitespace collapsed, without a trailing ellipsis.
fn description(dom: &Dom<'_>) -> Option<String> {
    ["description", "og:description", "twitter:description"]
        .iter()
        .find_map(|k| {
            dom.head
                .metas
                .iter()
                .find(|(n, v)| n == k && v.chars().count() >= 40)
        })
        .map(|(_, v)| {
            let d = crate::dom::collapse_ws(v);
            d.trim_end_matches(['.', '…', ' ', '[', ']']).to_string()
        })
}

/// The runs of letters and digits of `s`.
fn word_runs(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The words of `s`, lower-cased.
fn words(s: &str) -> Vec<String> {
    word_runs(s).map(str::to_lowercase).collect()
}

/// Whether `text` says what a description of the words `d` says in other
/// words: it holds nine in ten of them, of a dozen or more (a standfirst
/// edited after the meta tags were written), and is at most twice as
/// long.
fn rewords(text: &str, d: &[String]) -> bool {
    if d.len() < 12 || word_runs(text).count() > 2 * d.len() {
        return false;
    }
    let t = words(text);
    let found = d.iter().filter(|w| t.contains(w)).count();
    found * 10 >= d.len() * 9
}

/// Fewest non-space characters of a lead inside a `<header>`: a one-line
/// dek under the headline is part of the heading, not of the text.
const MIN_LEAD: u32 = 100;

/// The lead (standfirst) printed above the article container, outside it:
/// an element before the container whose text is the page description (or
/// starts it, or is started by it when the description is cut short, or
/// holds its start when the description skips the first words, or says
/// it in other words: see [`rewords`]), with
/// little text between it and the container. `None` when the container
/// already holds that text.
fn lead_before(dom: &Dom<'_>, c: usize, parts: &[usize], outside: &[bool]) -> Option<usize> {
    let d = description(dom)?;
    let d_chars = d.chars().filter(|c| !c.is_whitespace()).count() as u32;
    let head: String = d.chars().take(40).collect();
    let d_words = words(&d);
    let first = parts.first().copied().unwrap_or(c).min(c);
    let start = dom.body_index();
    // Walk back from the container: stop once too much text lies between.
    let mut between = 0u32;
    let mut best = None;
    let mut j = first;
    while j > start {
        j -= 1;
        let node = &dom.nodes[j];
        if node.end > first {
            continue; // an ancestor of the container
        }
        match node.kind {
            Kind::Text(_) => {
                between += node.chars - node.link_chars;
                if between > 400 + d_chars {
                    break;
                }
            }
            Kind::Element(..) => {
                if best.is_some_and(|b: usize| dom.contains(j, b)) {
                    // An enclosing element with the same text is the lead.
                    if node.chars == dom.nodes[best.unwrap_or(j)].chars && !outside[j] {
                        best = Some(j);
                    }
                    continue;
                }
                if outside[j]
                    || node.chars < 30
                    || node.chars > d_chars * 3 + 100
                    || node.link_chars * 2 > node.chars
                    || is_hidden(dom, j)
                {
                    continue;
                }
                let t = dom.text_inline(j);
                let matches = t == d
                    || (t.chars().count() >= 40 && d.starts_with(t.as_str()))
                    || (d.chars().count() >= 40 && t.starts_with(d.as_str()))
                    || (t.chars().count() < 2 * d.chars().count() && t.contains(head.as_str()))
                    || rewords(&t, &d_words);
                if matches {
                    best = Some(j);
                }
            }
        }
    }
    let l = best?;
    let in_header = std::iter::once(l)
        .chain(dom.ancestors(l))
        .any(|a| dom.name(a) == Some("header"));
    if in_header && dom.nodes[l].chars < MIN_LEAD {
        return None;
    }
    // Not the last crumb of a breadcrumb trail, a teaser in a sidebar, ...
    let in_boilerplate = std::iter::once(l)
        .chain(dom.ancestors(l))
        .take_while(|&a| !dom.contains(a, c))
        .any(|a| {
            dom.class_tokens(a).any(|t| {
                matches!(
                    t,
                    "breadcrumb" | "breadcrumbs" | "crumb" | "crumbs" | "nav" | "navbar" | "menu"
                )
            })
        });
    if in_boilerplate {
        return None;
    }
    if dom.text_inline(c).contains(head.as_str()) {
        return None;
    }
    Some(l)
}

/// Class attribute without digits: `slide-block-6` and `slide-block-7`
/// are the same kind of element.
fn class_shape(dom: &Dom<'_>, i: usize) -> Option<String> {
    let c = dom.attr(i, "class")?;
    let s: String = c.chars().filter(|c| !c.is_ascii_digit()).collect();
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Articles cut into chunks (between ads, gallery slides, "page chunks")
/// repeat the container's tag and class, or those of a wrapper inside it
/// that holds all its text: the other elements of that shape near the
/// container (within four levels up) that hold text, mostly not links,
/// are parts of the body too. Returns all parts in document order.
fn sibling_parts(dom: &Dom<'_>, c: usize, outside: &[bool]) -> Vec<usize> {
    let mut parts = vec![c];
    let Some(shape) = class_shape(dom, c) else {
        parts.extend(sibling_sections(dom, c, outside));
        parts.sort_unstable();
        return parts;
    };
    let Some(scope) = dom.ancestors(c).take(4).last() else {
        return parts;
    };
    let end = dom.nodes[scope].end;
    // The container and the wrappers inside it that hold all its text
    // (`ce-textpic > ce-bodytext`): a chunk repeats one of their kinds
    // (tag, class shape, depth), as one with an image beside its text
    // wraps only the text in the inner kind (`ce-textpic ce-intext >
    // ce-gallery + ce-bodytext`).
    let depth = dom.ancestors(c).count();
    let mut kinds = vec![(dom.name(c), shape, depth)];
    let mut k = c;
    while let Some(inner) = dom
        .children(k)
        .find(|&x| dom.name(x).is_some() && dom.nodes[x].chars == dom.nodes[c].chars)
    {
        k = inner;
        if let Some(shape) = class_shape(dom, k) {
            kinds.push((dom.name(k), shape, dom.ancestors(k).count()));
        }
    }
    let kind_of = |j: usize| {
        let name = dom.name(j);
        kinds.iter().position(|(n, s, d)| {
            *n == name
                && dom.ancestors(j).count() == *d
                && class_shape(dom, j).as_deref() == Some(s.as_str())
        })
    };
    // An inner kind is often a page builder's wrapper of every widget
    // (`elementor-widget-container`): a chunk of that kind sits in a
    // block of the container's first class (not in an image box beside
    // it), holds a paragraph of text and asks nothing of the reader.
    let first_class = |i: usize| {
        dom.attr(i, "class")
            .and_then(|c| c.split_whitespace().next())
    };
    let same_kind = |j: usize| match kind_of(j) {
        Some(0) => true,
        Some(k) => {
            let outer = dom.ancestors(j).nth(kinds[k].2 - depth - 1);
            outer.is_some_and(|o| first_class(o) == first_class(c))
                && dom.elements_in(j).any(|p| {
                    let node = &dom.nodes[p];
                    dom.name(p) == Some("p")
                        && node.chars - node.link_chars >= MIN_SIBLING_PARAGRAPH
                })
                && !is_call_to_action(dom, j)
        }
        None => false,
    };
    let mut j = scope + 1;
    while j < end {
        let node = &dom.nodes[j];
        if j == c {
            j = node.end;
            continue;
        }
        if !dom.contains(j, c)
            && !outside[j]
            && node.chars - node.link_chars >= 20
            && node.link_chars * 2 <= node.chars
            && same_kind(j)
        {
            parts.push(j);
            j = node.end;
            continue;
        }
        j += 1;
    }
    parts.sort_unstable();
    parts
}

/// An article cut into plain `<section>`s (no class), one per subheading:
/// when the container is such a section, its sibling sections that hold
/// text, mostly not links, are parts of the body too; a sign-up box beside
/// them (see [`is_call_to_action`]) is not.
fn sibling_sections(dom: &Dom<'_>, c: usize, outside: &[bool]) -> Vec<usize> {
    let plain_section = |i: usize| dom.name(i) == Some("section") && dom.attr(i, "class").is_none();
    let Some(parent) = dom.ancestors(c).next().filter(|_| plain_section(c)) else {
        return Vec::new();
    };
    dom.children(parent)
        .filter(|&j| {
            let node = &dom.nodes[j];
            j != c
                && plain_section(j)
                && !outside[j]
                && !is_hidden(dom, j)
                && node.chars - node.link_chars >= 20
                && node.link_chars * 2 <= node.chars
                && !is_call_to_action(dom, j)
        })
        .collect()
}

/// Most characters of a box that asks the reader to act: a newsletter
/// sign-up or "follow us" box is a line or two, an article section is longer.
const MAX_CALL_TO_ACTION: u32 = 300;

/// Words of a box that asks the reader to sign up, subscribe, follow the
/// outlet or install its app, in the languages of the pages we read
/// (matched in lowercase, as whole words: "subscribers" is no call).
const CALL_TO_ACTION_WORDS: &[&str] = &[
    "sign up",
    "signup",
    "subscribe",
    "newsletter",
    "follow us",
    "download the app",
    "get the app",
    "abonnieren",
    "jetzt anmelden",
    "folgen sie uns",
    "abonnez-vous",
    "inscrivez-vous",
    "suivez-nous",
    "suscríbete",
    "suscribirse",
    "síguenos",
    "iscriviti",
    "seguici",
    "订阅",
    "关注我们",
    "扫码关注",
    "关注公众号",
    "下载客户端",
    "下载app",
];

/// Whether element `i` is a box that asks the reader to act rather than
/// article text: it holds a form control (`<form>`, `<input>`, `<button>`,
/// ...), or it is short and says "sign up", "subscribe", "follow us",
/// "订阅", ... (see [`CALL_TO_ACTION_WORDS`]).
fn is_call_to_action(dom: &Dom<'_>, i: usize) -> bool {
    let has_control = dom.elements_in(i).any(|j| {
        matches!(
            dom.name(j),
            Some("form" | "input" | "button" | "select" | "textarea")
        )
    });
    if has_control {
        return true;
    }
    dom.nodes[i].chars <= MAX_CALL_TO_ACTION && asks_to_act(&dom.text_inline(i))
}

/// Verbs that open an invitation to follow the outlet somewhere else
/// ("Follow The Gleaner on Twitter", "Join the Daily Record WhatsApp
/// community!", "Liken Sie uns auf Facebook"), matched in lowercase as whole
/// words at the start of a text.
const INVITING_VERBS: &[&str] = &[
    "follow",
    "join",
    "like us",
    "find us",
    "connect with",
    "folgen",
    "folge",
    "liken sie",
    "suivez",
    "rejoignez",
    "sigue",
    "únete",
    "segui",
];

/// Social networks and messengers an outlet invites its readers to
/// (matched in lowercase as whole words).
const SOCIAL_NETWORKS: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "whatsapp",
    "telegram",
    "tiktok",
    "youtube",
    "linkedin",
    "snapchat",
    "mastodon",
    "bluesky",
];

/// Whether a text asks the reader to act: it holds one of
/// [`CALL_TO_ACTION_WORDS`], or it opens with one of [`INVITING_VERBS`]
/// and names one of [`SOCIAL_NETWORKS`].
fn asks_to_act(text: &str) -> bool {
    let text = text.to_lowercase();
    let opening = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    CALL_TO_ACTION_WORDS.iter().any(|w| holds_word(&text, w))
        || (INVITING_VERBS
            .iter()
            .any(|v| opening.starts_with(v) && ends_word(opening[v.len()..].chars().next()))
            && SOCIAL_NETWORKS.iter().any(|n| holds_word(&text, n)))
}

/// Whether `text` holds `word` with no letter right before or after it
/// (a CJK character counts as a word of its own).
fn holds_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        ends_word(text[..at].chars().next_back())
            && ends_word(text[at + word.len()..].chars().next())
    })
}

/// Whether a character next to a match ends the word: none, not a letter,
/// or a CJK character.
fn ends_word(c: Option<char>) -> bool {
    c.is_none_or(|c| !c.is_alphabetic() || crate::dom::is_cjk(c))
}

/// Most characters of a line that leads in to what follows it.
const MAX_LEAD_IN: usize = 60;

/// A short line ending in a colon (`Mehr Themen:`, `Lesen Sie auch:`,
/// `相关阅读：`) that ends the text: what it led in to, a list of links or
/// a map, is not article text and is gone.
fn is_dangling_lead_in(line: &str) -> bool {
    line.ends_with([':', '：']) && line.chars().count() <= MAX_LEAD_IN
}

/// Most lines of bio under an "About the author" heading at the end.
const MAX_AUTHOR_BOX_LINES: usize = 3;

/// Whether a line is the heading of an author box (`About the author`,
/// `Über die Autorin:`, `À propos de l'auteur`, `作者简介`).
fn introduces_author(line: &str) -> bool {
    let key: String = line
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        key.as_str(),
        "abouttheauthor"
            | "abouttheauthors"
            | "überdenautor"
            | "überdieautorin"
            | "überdieautoren"
            | "zumautor"
            | "zurautorin"
            | "àproposdelauteur"
            | "sobreelautor"
            | "sobrelaautora"
            | "sullautore"
            | "关于作者"
            | "作者简介"
    )
}

/// Most characters of a credit line.
const MAX_CREDIT: usize = 100;

/// Whether a line credits a picture or the text's source (`Photo: Hau
/// Dinh, AP`, `Fotos: Tobias König`, `Titelbild: … on Unsplash`, `Image
/// credit: …`, `Copyright: Gisele Wender`, `Quelle: kathpress`): a short
/// line of a credit label, a colon and a name or two, no sentence.
fn is_credit_line(line: &str) -> bool {
    if line.chars().count() > MAX_CREDIT {
        return false;
    }
    let Some((label, value)) = line.split_once([':', '：']) else {
        return false;
    };
    let label = label.trim().to_lowercase();
    matches!(
        label.as_str(),
        "photo"
            | "photos"
            | "picture"
            | "image"
            | "images"
            | "credit"
            | "credits"
            | "photo credit"
            | "image credit"
            | "top image"
            | "header image"
            | "foto"
            | "fotos"
            | "bild"
            | "bilder"
            | "titelbild"
            | "titelfoto"
            | "beitragsbild"
            | "bildquelle"
            | "fotocredit"
            | "crédit photo"
            | "crédits photo"
            | "fotografía"
            | "copyright"
            | "quelle"
            | "source"
    ) && !value.trim().is_empty()
        && value.split_whitespace().count() <= 12
}

/// Most characters of a line that only says when the text was published
/// or updated.
const MAX_TIMESTAMP_LINE: usize = 60;

/// Words that open a line saying when the text was published or updated
/// (matched in lowercase, followed by no letter).
const TIMESTAMP_LABELS: &[&str] = &[
    "stand",
    "aktualisiert",
    "zuletzt aktualisiert",
    "veröffentlicht",
    "updated",
    "last updated",
    "published",
    "posted",
    "mise à jour",
    "publié",
    "actualizado",
    "publicado",
    "aggiornato",
    "pubblicato",
];

/// Whether a line only says when the text was published or updated
/// (`Stand: 28.04.2023 17:23 Uhr`, `Updated Dec. 22, 2023 11:48 a.m. ET`,
/// `Aktualisiert am 17.01.2021.`): a short line of such a label and a date.
fn is_timestamp_line(line: &str) -> bool {
    if line.chars().count() > MAX_TIMESTAMP_LINE {
        return false;
    }
    let lower = line.to_lowercase();
    TIMESTAMP_LABELS.iter().any(|label| {
        lower.starts_with(label) && !lower[label.len()..].starts_with(char::is_alphabetic)
    }) && crate::dates::find_date(line).is_some()
}

/// `原标题：…` / `（原标题：…）`: the headline the story had elsewhere.
fn is_original_title_line(line: &str) -> bool {
    let l = line.trim_start_matches(['(', '（', '[', '【', ' ']);
    l.starts_with("原标题") && line.chars().count() <= 80
}

/// What a line of the body is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    /// A paragraph, list item or other line of text.
    Text,
    /// A heading (`<h1>`…`<h6>`).
    Heading,
    /// A picture's caption.
    Caption,
}

/// One paragraph being collected.
#[derive(Default)]
struct Para {
    text: String,
    chars: u32,
    link_chars: u32,
    has_img: bool,
    /// The block element that opened the paragraph, if one did.
    block: Option<usize>,
}

/// Whether the paragraph of `block` is a picture's caption: short, the
/// first text after the image `img`, and centred under it (`<p
/// align="center">`, `style="text-align:center"`, as Chinese publishing
/// systems set a caption after `<p><img></p>`), or set in the picture's
/// own box with at most a photo credit (40 characters) beside it (`<div
/// class="image-wrap"><img><p>…`, `<div class="image"><img><div
/// class="text"><p>…</p><p>foto: …</p>`), or classed as the picture's
/// description (`<p class="img-desc">`, `img-info`), or marked as a caption (see
/// [`marks_caption`]). A heading is no caption.
fn captions_image(dom: &Dom<'_>, block: usize, img: usize, text: &str, chars: u32) -> bool {
    let centred = || {
        std::iter::once(block)
            .chain(dom.elements_in(block))
            .any(|k| {
                dom.attr(k, "align")
                    .is_some_and(|a| a.eq_ignore_ascii_case("center"))
                    || dom.attr(k, "style").is_some_and(|s| {
                        let s = s.to_ascii_lowercase().replace(' ', "");
                        s.contains("text-align:center")
                    })
            })
    };
    let in_picture_box = || {
        dom.ancestors(block)
            .take(2)
            .find(|&a| dom.contains(a, img))
            .is_some_and(|a| dom.nodes[a].chars <= chars + 40)
    };
    // A class that says so (`img-desc`, `photo-desc`, `pic_desc`,
    // `img-info`).
    let described = || {
        let tokens: Vec<&str> = dom.class_tokens(block).collect();
        tokens.iter().any(|t| matches!(*t, "desc" | "info"))
            && tokens
                .iter()
                .any(|t| matches!(*t, "img" | "image" | "pic" | "photo"))
    };
    let heading = matches!(dom.name(block), Some("h2" | "h3" | "h4" | "h5" | "h6"));
    chars < 80 && !heading && (centred() || in_picture_box() || described() || marks_caption(text))
}

/// A caption's marks: the arrow pointing up at the picture that Taiwanese
/// sites open it with (`▲台中捷運綠線延伸案18日環評過關。`), or the
/// picture's credit in brackets (`（圖／台中市政府提供）`, `（图/新华社）`,
/// `(Photo: AP)`).
fn marks_caption(text: &str) -> bool {
    static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[▲△]|[（(]\s*(?:圖|图|攝影|摄影|照片|資料照|资料图|photo|foto|credit)\s*[／/:：]")
            .expect("valid regex")
    });
    CREDIT.is_match(text)
}

/// The paragraphs of a part of the body, in order. `excluded` are node
/// ranges (related and more blocks) to leave out; `title` is dropped if
/// repeated. `ends_text` tells that the part is the body's last: a
/// heading or lead-in line left at its end led in to what is gone (a
/// "Related" list), where at the end of another part it leads in to the
/// next. A line asking the reader to sign up or follow that ends any part
/// goes.
pub(crate) fn paragraphs(
    dom: &Dom<'_>,
    container: usize,
    excluded: &[(usize, usize)],
    title: Option<&str>,
    ends_text: bool,
) -> Vec<String> {
    let end = dom.nodes[container].end;
    let total = dom.nodes[container].chars.max(1);
    let mut out = Vec::new();
    let mut cur = Para::default();
    let mut closers: Vec<usize> = Vec::new(); // ends of open block elements
    let mut j = container + 1;
    // The last image, until text follows it.
    let mut img_above: Option<usize> = None;
    // What each line of `out` is.
    let mut kinds: Vec<LineKind> = Vec::new();
    let flush = |cur: &mut Para,
                 out: &mut Vec<String>,
                 img_above: &mut Option<usize>,
                 kinds: &mut Vec<LineKind>| {
        let p = std::mem::take(cur);
        let text = crate::dom::collapse_ws(&p.text);
        if text.is_empty() {
            return;
        }
        let above = if p.has_img { None } else { img_above.take() };
        if let (Some(img), Some(block)) = (above, p.block) {
            if captions_image(dom, block, img, &text, p.chars) {
                out.push(text);
                kinds.push(LineKind::Caption);
                return;
            }
        }
        if p.chars > 0 && p.link_chars * 10 > p.chars * 6 {
            return; // a line of links
        }
        if p.has_img && p.chars < 50 {
            return; // an image with its caption
        }
        if title.is_some_and(|t| t == text)
            || crate::blocks::ends_with_read_more(&text)
            || labels::is_trailer_line(&text)
            || is_credit_line(&text)
            || is_timestamp_line(&text)
            || is_original_title_line(&text)
        {
            return;
        }
        let heading = p
            .block
            .is_some_and(|b| matches!(dom.name(b), Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")));
        out.push(text);
        kinds.push(if heading {
            LineKind::Heading
        } else {
            LineKind::Text
        });
    };
    while j < end {
        while closers.last().is_some_and(|&e| j >= e) {
            closers.pop();
            flush(&mut cur, &mut out, &mut img_above, &mut kinds);
        }
        if let Some(&(_, e)) = excluded.iter().find(|(s, e)| j >= *s && j < *e) {
            flush(&mut cur, &mut out, &mut img_above, &mut kinds);
            j = e;
            continue;
        }
        let node = &dom.nodes[j];
        match node.kind {
            Kind::Text(t) => {
                cur.text.push_str(t);
                cur.chars += node.chars;
                cur.link_chars += node.link_chars;
                j += 1;
            }
            Kind::Element(name) => {
                let small = node.chars * 10 < total * 3;
                let skip = is_skipped_tag(name)
                    || is_hidden(dom, j)
                    || (small && marks_boilerplate(dom, j))
                    || (matches!(name, "header" | "form") && small);
                if skip {
                    j = node.end;
                    continue;
                }
                if name == "img" {
                    cur.has_img = true;
                    img_above = Some(j);
                }
                if name == "br" {
                    // A line break keeps the block's image flag (caption under an image).
                    let img = cur.has_img;
                    flush(&mut cur, &mut out, &mut img_above, &mut kinds);
                    cur.has_img = img;
                } else if is_block(name) {
                    flush(&mut cur, &mut out, &mut img_above, &mut kinds);
                    cur.block = Some(j);
                    closers.push(node.end);
                }
                j += 1;
            }
        }
    }
    flush(&mut cur, &mut out, &mut img_above, &mut kinds);
    // Captions go, unless they tell a story of pictures (a photo blog's
    // lines under each picture: a quarter of the text or more).
    let chars = |l: &String| l.chars().count();
    let caption_chars: usize = (out.iter().zip(&kinds))
        .filter(|(_, k)| **k == LineKind::Caption)
        .map(|(l, _)| chars(l))
        .sum();
    if caption_chars * 4 < out.iter().map(chars).sum::<usize>() {
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            kinds[k - 1] != LineKind::Caption
        });
        kinds.retain(|k| *k != LineKind::Caption);
    }
    // An "About the author" box closing the text: its heading and the
    // few lines of bio under it.
    if ends_text {
        let tail = out.len().saturating_sub(MAX_AUTHOR_BOX_LINES + 1);
        if let Some(k) = (tail..out.len()).find(|&k| k > 0 && introduces_author(&out[k])) {
            out.truncate(k);
            kinds.truncate(k);
        }
    }
    // The site's footer lines and the platform's notices at the end, the
    // platform's link back to its front page closing the last paragraph
    // (`…欢迎在评论区分享。返回搜狐，查看更多`), a line asking to sign up
    // or follow, and at the body's end a short heading (`Related Topics`,
    // `Trending`) or lead-in left without what it led to.
    while let Some(last) = out.last_mut() {
        if labels::is_site_footer_line(last)
            || labels::is_platform_notice(last)
            || (ends_text && is_dangling_lead_in(last))
            || (kinds.len() > 1
                && last.chars().filter(|c| !c.is_whitespace()).count()
                    <= MAX_CALL_TO_ACTION as usize
                && asks_to_act(last))
            || (ends_text
                && kinds.last() == Some(&LineKind::Heading)
                && last.chars().count() <= MAX_LEAD_IN
                && kinds.iter().any(|k| *k != LineKind::Heading))
        {
            out.pop();
            kinds.pop();
        } else if let Some(back) = labels::back_link_tail(last) {
            last.truncate(back);
            last.truncate(last.trim_end().len());
        } else if last.is_empty() {
            out.pop();
            kinds.pop();
        } else {
            break;
        }
    }
    // Its notices at the start.
    while out.first().is_some_and(|l| labels::is_platform_notice(l)) {
        out.remove(0);
    }
    // Lines right at the top that only carry date / source / author labels.
    while out.first().is_some_and(|l| labels::is_meta_line(l)) {
        out.remove(0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn body(html: &str) -> String {
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let (c, parts) = find_body(&dom);
        assert_eq!(c, find_container(&dom));
        assert!(c.is_some(), "container");
        parts
            .iter()
            .flat_map(|&p| paragraphs(&dom, p, &[], Some("Title"), Some(&p) == parts.last()))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    #[test]
    fn soft_hyphens_are_dropped_from_the_body() {
        let long = "Schon im Mit&shy;tel&shy;al&shy;ter war der Wein das Aus\u{ad}hän\u{ad}ge\u{ad}schild der Region. ".repeat(3);
        let html = format!("<body><div class=main><h1>Title</h1><div class=content><p>{long}</p><p>{long}</p></div></div></body>");
        let b = body(&html);
        assert!(
            b.starts_with("Schon im Mittelalter war der Wein das Aushängeschild der Region."),
            "{b}"
        );
        assert!(!b.contains('\u{ad}'));
    }

    #[test]
    fn a_caption_centred_under_a_picture_or_in_its_box_is_dropped() {
        let para = "　　郑州市今年将新建改造口袋公园五十个，新增绿地面积约一百二十公顷，让市民出门五分钟就能走进绿色空间。";
        let page = |picture: &str| {
            body(&format!(
                "<body><div class=content><p>{para}</p>{picture}<p>{para}</p><p>{para}</p></div></body>"
            ))
        };
        for picture in [
            "<p align=center><img src=x></p><p align=center><font color=blue>市民在如意湖畔散步。资料图片</font></p>",
            "<p style=\"text-align: center\"><img src=x></p><p style=\"text-align:center\"><span>市民在如意湖畔散步。资料图片</span></p>",
            "<div class=image-wrap><img src=x><p class=image-desc>市民在如意湖畔散步。资料图片</p></div>",
            // With the photographer's credit beside it.
            "<div class=image><img src=x><div class=text><p>市民在如意湖畔散步。资料图片</p><p class=author>摄影：李明</p></div></div>",
            // Classed as the picture's description.
            "<p><img src=x></p><p class=img-desc>市民在如意湖畔散步。资料图片</p>",
            "<p><img src=x></p><p class=img-info>市民在如意湖畔散步。资料图片</p>",
            // Marked as a caption: the arrow up at the picture, the
            // picture's credit in brackets.
            "<p><img src=x></p><p><strong>▲市民在如意湖畔散步。资料图片</strong></p>",
            "<p><img src=x></p><p>市民在如意湖畔散步。资料图片（圖／市政府提供）</p>",
        ] {
            let b = page(picture);
            assert!(!b.contains("资料图片"), "{picture}: {b}");
            assert_eq!(b.matches("口袋公园").count(), 3, "{picture}");
        }
        // A paragraph after the picture that is neither is the article's,
        // and so is a heading in the picture's box.
        let b = page("<p><img src=x></p><p>市民在如意湖畔散步。</p>");
        assert!(b.contains("市民在如意湖畔散步"), "{b}");
        let b = page("<div class=image><img src=x><h3>市民在如意湖畔散步</h3></div>");
        assert!(b.contains("市民在如意湖畔散步"), "{b}");
    }

    #[test]
    fn a_sites_footer_lines_after_the_text_are_dropped() {
        let para = "　　一季度，全市规模以上工业增加值同比增长8.2%，有26个行业增加值实现增长，增长面为74.3%。";
        let b = body(&format!(
            "<body><table><tr><td><div id=zoom><p>{para}</p><p>{para}</p><p>{para}</p></div></td></tr></table>\
             <table><tr><td>主办单位：江城市统计局　地址：江城市人民路1号<br>浙ICP备05000000号　政府网站标识码：3300000000</td></tr></table></body>"
        ));
        assert_eq!(b.matches("工业增加值").count(), 3, "{b}");
        assert!(!b.contains("主办单位") && !b.contains("ICP"), "{b}");
        assert!(labels::is_site_footer_line("版权所有 © 江城日报社"));
        assert!(!labels::is_site_footer_line("他说，这一版权所有制度的改革将惠及数万名作者和出版机构，并将在明年全面实施，具体细则将由国家版权局另行发布，届时各地将按照统一部署逐步推进相关工作，确保改革平稳有序落地见效，切实保护创作者的合法权益不受侵害。"));
    }

    #[test]
    fn a_platforms_notices_around_the_text_are_dropped() {
        let para =
            "　　长乐社区食堂开业一个月来，每天中午接待老人三百多人次，菜价比周边餐馆低三成左右。";
        let b = body(&format!(
            "<body><div id=js_content><p>点击蓝字 关注我们</p><p>{para}</p><p>{para}</p><p>{para}</p>\
             <p>本内容为作者独立观点，不代表本平台立场。未经允许不得转载，授权事宜请联系hezuo@example.com</p></div></body>"
        ));
        assert_eq!(b.matches("社区食堂").count(), 3, "{b}");
        assert!(!b.contains("关注我们") && !b.contains("不代表"), "{b}");
        // A prompt to follow a topic, and the link back to the platform's
        // front page closing the last paragraph.
        let b = body(&format!(
            "<body><div class=article><p>{para}</p><p>{para}</p><p>{para}<a href=/ id=back>返回搜狐，查看更多</a></p>\
             <p>更多相关资讯请关注：<a href=/z/>社区食堂专区</a></p></div></body>"
        ));
        assert_eq!(b.matches("社区食堂").count(), 3, "{b}");
        assert!(b.ends_with("低三成左右。"), "{b}");
        assert!(labels::is_platform_notice("（原创稿件，未经授权禁止转载）"));
        // Prompts to get the app, and statements under their label.
        for notice in [
            "找记者、求报道、求帮助，各大应用市场下载“齐鲁壹点”APP，或搜索微信小程序“壹点情报站”！",
            "海量资讯、精准解读，尽在新浪财经APP",
            "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
        ] {
            assert!(labels::is_platform_notice(notice), "{notice}");
        }
        assert!(!labels::is_platform_notice(
            "外交部声明：中方坚决反对有关国家的错误做法，已提出严正交涉。"
        ));
        assert!(!labels::is_platform_notice(
            "该应用上线首月下载量突破一千万次，成为今年增长最快的购物APP之一，公司计划下半年进入东南亚市场，并在当地设立研发中心。"
        ));
        // In the text, such words are the article's.
        assert!(!labels::is_platform_notice(
            "发言人强调，个别媒体的报道不代表政府的立场，政府始终坚持依法行政、公开透明的原则，并将在下周举行的新闻发布会上就相关问题作出详细说明，及时回应社会各界的关切和疑问，欢迎各方监督。"
        ));
        assert!(!labels::is_platform_notice(
            "他表示，这一调查结果并不代表全体居民的观点，样本量仍有待扩大，下一步将在全市范围内开展更大规模的入户调查。"
        ));
    }

    #[test]
    fn captions_classed_by_compound_names_are_dropped() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let long = long.trim_end();
        for class in [
            "imageCaption",
            "photocaption",
            "imagedescription",
            "bildunterschrift",
            "bildtext",
        ] {
            let html = format!(
                "<body><div class=article><p>{long}</p><p class={class}>The couple met the president on Thursday.</p><p>{long}</p><p>{long}</p></div></body>"
            );
            assert_eq!(body(&html), [long, long, long].join("\n\n"), "{class}");
        }
    }

    #[test]
    fn a_story_told_in_captions_keeps_them() {
        let pictures = "<p align=center><img src=x></p><p align=center>層層山巒披上嫣紅的彩衣，楓香樹由綠轉黃再轉紅</p>".repeat(6);
        let b = body(&format!(
            "<body><div class=content><p>{}</p>{pictures}</div></body>",
            "來到美樹營地已是落葉飄飄堆疊滿地，不時隨著風吹雨襲而葉落垂地。".repeat(2)
        ));
        assert_eq!(b.matches("嫣紅的彩衣").count(), 6, "{b}");
    }

    #[test]
    fn picks_the_dense_block_and_drops_boilerplate() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let html = format!(
            "<body><nav><a href=/a>Home</a> <a href=/b>World</a></nav>\
             <div class=main><h1>Title</h1><div class=content>\
             <p>{long}</p><figure><img src=x><figcaption>A caption</figcaption></figure>\
             <div class='ad ad-inline'><a href=/ads>Advertisement</a></div>\
             <h2>A subheading</h2><p>{long}</p><ul><li>Point one of the <a class=nfl-o-cta--link href=/l>list</a></li></ul>\
             <div class=share><a href=/s>Share</a></div><p class=editor>Edited by X</p>\
             <div class=article__cta><h3>Join us</h3><p>Season tickets are on sale now.</p></div>\
             <div class=wp-block-newspack-blocks-donate><p>Our reporting is free to read.</p></div></div></div>\
             <div class=sidebar><ul><li><a href=/1>Most read one</a></li></ul></div>\
             <footer>Copyright 2024</footer></body>"
        );
        let b = body(&html);
        assert_eq!(
            b,
            format!(
                "{}\n\nA subheading\n\n{}\n\nPoint one of the list",
                long.trim(),
                long.trim()
            )
        );
    }

    #[test]
    fn text_held_directly_in_a_div_with_br() {
        let line = "记者在现场看到，相关指标同比增长39.7%，这一举措受到广泛关注。";
        let html = format!("<body><div id=a><div class=text>{line}<br><br>{line}<br>责任编辑：何芳</div></div></body>");
        assert_eq!(body(&html), format!("{line}\n\n{line}"));
    }

    #[test]
    fn paragraphs_in_wrapper_chains_meet_in_their_container() {
        // Each paragraph sits in `div.block > div.styled > span`: the
        // wrappers hold the same text and must not eat a level.
        let para = |t: &str| {
            format!("<div class=block-content><div class='styles__Container-x1 abc'><span>{t}</span></div></div>")
        };
        let lines = [
            "The first paragraph of the story tells what happened in the city.",
            "A second paragraph adds the background and a quote from a witness.",
            "The third paragraph explains what the officials plan to do next.",
            "A fourth paragraph closes the story with the latest figures known.",
        ];
        let html = format!(
            "<body><div class=article__body>{}</div><div class=side><p>Short teaser text that is here.</p></div></body>",
            lines.iter().map(|l| para(l)).collect::<String>()
        );
        assert_eq!(body(&html), lines.join("\n\n"));
    }

    #[test]
    fn a_long_comment_thread_does_not_win_over_a_short_post() {
        let post = "Our goal with these open threads is to let readers raise questions about our work in public.";
        let comment = "<li class='comment even'><div class=comment-body><p>I have a question about the model you published last year and how it treats the costs.</p><p>Could you explain the adjustment you made for the second program as well please?</p></div></li>";
        let html = format!(
            "<body><main><article class=post><h1>Title</h1><div class=entry-content><p>{post}</p><p>{post}</p></div></article>\
             <div class='comments-area'><ol class=comment-list>{}</ol></div></main></body>",
            comment.repeat(8)
        );
        assert_eq!(body(&html), format!("{post}\n\n{post}"));
    }

    #[test]
    fn article_chunks_of_the_same_shape_are_merged() {
        // A story cut into chunks by ads; the chunks repeat tag and class
        // (digits aside), at the same depth. A teaser box with the same
        // class elsewhere on the page at another depth stays out.
        let p1 = "The opening paragraph of the piece sets the scene for the reader today.";
        let p2 = "The middle paragraph carries the main argument with more detail in it.";
        let p3 = "The closing paragraph ends the piece and gives the final word to experts.";
        let chunk = |n: u32, t: &str| {
            format!(
                "<div class='chunk'><div class='body body-{n}'><p>{t}</p><p>{t}</p></div></div>"
            )
        };
        let html = format!(
            "<body><div class=page><div class=story>{}<div class=ad>Advertisement</div>{}<div class=ad>Advertisement</div>{}</div>\
             <section><div><div><div class='body body-9'><p>A teaser with its own text that is long enough.</p></div></div></div></section></div></body>",
            chunk(1, p1),
            chunk(2, p2),
            chunk(3, p3)
        );
        assert_eq!(body(&html), [p1, p1, p2, p2, p3, p3].join("\n\n"));
    }

    #[test]
    fn a_lead_in_or_heading_left_at_the_end_goes() {
        // `Mehr zum Thema:` led in to a list of links, which is no text;
        // a lead-in inside the text stays, as does a long closing line.
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let long = long.trim_end();
        let links = "<ul><li><a href=/a>Another story on the bridge</a></li><li><a href=/b>The council's budget</a></li></ul>";
        let page = |end: &str| {
            format!(
                "<body><article><p>{long}</p><p>The mayor said:</p><p>{long}</p>{end}</article></body>"
            )
        };
        let text = format!("{long}\n\nThe mayor said:\n\n{long}");
        assert_eq!(body(&page(&format!("<p>Mehr zum Thema:</p>{links}"))), text);
        assert_eq!(body(&page("<h3>相关阅读：</h3>")), text);
        let closing =
            "And this is what the council will have to decide about in the weeks to come:";
        assert_eq!(
            body(&page(&format!("<p>{closing}</p>"))),
            format!("{text}\n\n{closing}")
        );
        // So does a heading left at the end (`Related Topics`), unless
        // the text is headings only.
        assert_eq!(
            body(&page(&format!("<h3>Related Topics</h3>{links}"))),
            text
        );
        let headings =
            "<body><article><h2>Case one</h2><img src=a.jpg><h2>Case two</h2></article></body>";
        assert_eq!(body(headings), "Case one\n\nCase two");
        // In a story cut into chunks, a heading or lead-in that ends a
        // chunk leads in to the next one; a sign-up line there is no text.
        let ask = "<p>Sign up for our free newsletter to get the latest stories.</p>";
        let chunk = |n: u32, end: &str| {
            format!("<div class='chunk'><div class='body body-{n}'><p>{long}</p><p>{long}</p>{end}</div></div>")
        };
        let more =
            "<li><a href=/c>Another story from the council on the bridge and its costs</a></li>";
        let html = format!(
            "<body><div class=page>{}<ul class=more>{}</ul>{}<ul class=more>{}</ul>{}<ul class=more>{}</ul>{}</div></body>",
            chunk(1, "<h2>The vote</h2>"),
            more.repeat(6),
            chunk(2, "<p>The mayor added:</p>"),
            more.repeat(6),
            chunk(3, ask),
            more.repeat(6),
            chunk(4, "<h2>Trending</h2>")
        );
        let text = [
            long,
            long,
            "The vote",
            long,
            long,
            "The mayor added:",
            long,
            long,
            long,
            long,
        ];
        assert_eq!(body(&html), text.join("\n\n"));
    }

    #[test]
    fn a_call_to_action_at_the_end_goes() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let long = long.trim_end();
        let ask =
            "Want more news like this? Sign up for our free newsletter to get the latest stories.";
        let page = |ps: &[&str]| {
            let ps: String = ps.iter().map(|p| format!("<p>{p}</p>")).collect();
            format!("<body><article>{ps}</article></body>")
        };
        assert_eq!(body(&page(&[long, long, ask])), format!("{long}\n\n{long}"));
        // Inside the text it stays, and a text that is only the ask is kept.
        let text = [long, ask, long].join("\n\n");
        assert_eq!(body(&page(&[long, ask, long])), text);
        assert_eq!(body(&page(&[ask])), ask);
        // So does an invitation to follow the outlet on a social network.
        let follow = "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner.";
        assert_eq!(
            body(&page(&[long, long, follow])),
            format!("{long}\n\n{long}")
        );
    }

    #[test]
    fn a_line_crediting_a_picture_or_the_source_is_no_text() {
        for credit in [
            "Photo: Hau Dinh, AP",
            "Fotos: Tobias König und Michael Romstöck",
            "Titelbild: Fachy Marín on Unsplash",
            "Image credit: www.apple.com/in/",
            "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin",
        ] {
            assert!(is_credit_line(credit), "{credit}");
        }
        for text in [
            // A sentence after the label, or a line too long for a credit.
            "Photo: we all went to see it and it was a very nice day out for us",
            "Photo: Bartholomew-Montgomery-Fitzgerald Worthington-Smythe, Associated Press International Photographers' Syndicate",
            "Bild: ",
            "Photography is a craft: it takes years to learn.",
            "Zum Beispiel: Fotos aus dem Archiv",
        ] {
            assert!(!is_credit_line(text), "{text}");
        }
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let long = long.trim_end();
        let html = format!(
            "<body><article><p>{long}</p><p>Foto: Freitag</p><p>{long}</p></article></body>"
        );
        assert_eq!(body(&html), format!("{long}\n\n{long}"));
    }

    #[test]
    fn a_line_saying_when_the_text_was_published_is_no_text() {
        for stamp in [
            "Stand: 28.04.2023 17:23 Uhr",
            "Updated Dec. 22, 2023 11:48 a.m. ET",
            "Aktualisiert am 17.01.2021.",
            "Published: 22 Dec 2023",
        ] {
            assert!(is_timestamp_line(stamp), "{stamp}");
        }
        for text in [
            "Standing on the bridge on 22 Dec 2023, she waved.",
            "Published: the full report of the council",
            "Updated figures for the year were released on 22 Dec 2023 by the statistics office.",
        ] {
            assert!(!is_timestamp_line(text), "{text}");
        }
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let long = long.trim_end();
        let html = format!(
            "<body><article><p>{long}</p><p>Stand: 28.04.2023 17:23 Uhr</p><p>{long}</p></article></body>"
        );
        assert_eq!(body(&html), format!("{long}\n\n{long}"));
    }

    #[test]
    fn a_teaser_closing_with_a_read_more_link_is_no_text() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let long = long.trim_end();
        let teaser = "Summer is here, and the singer spends it on a Greek island. See for yourself! <a href=/x>Read more</a>";
        let html =
            format!("<body><article><p>{long}</p><p>{teaser}</p><p>{long}</p></article></body>");
        assert_eq!(body(&html), format!("{long}\n\n{long}"));
    }

    #[test]
    fn an_author_box_closing_the_text_goes() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let long = long.trim_end();
        let bio = "Jo Doe (born 1962) has written about wine for more than twenty-five years.";
        let page = |ps: &[&str]| {
            let ps: String = ps.iter().map(|p| format!("<p>{p}</p>")).collect();
            format!("<body><article>{ps}</article></body>")
        };
        let text = format!("{long}\n\n{long}");
        assert_eq!(body(&page(&[long, long, "Über die Autorin:", bio])), text);
        assert_eq!(
            body(&page(&[long, long, "About the author", bio, bio, bio])),
            text
        );
        // A page that is only the box (an author's profile) keeps it.
        let profile = ["About the author", bio];
        assert_eq!(body(&page(&profile)), profile.join("\n\n"));
        // Followed by more than a bio, it is a section of the text.
        let section = [long, "About the author", bio, bio, bio, bio];
        assert_eq!(body(&page(&section)), section.join("\n\n"));
    }

    #[test]
    fn an_invitation_opens_with_its_verb_and_names_a_network() {
        for ask in [
            "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner",
            "* Follow Mirror Celebs on Snapchat, Instagram, Twitter and YouTube.",
            "Join the Daily Record WhatsApp community!",
            "Liken Sie uns auf Facebook",
            "Sign up for our newsletter",
        ] {
            assert!(asks_to_act(ask), "{ask}");
        }
        for text in [
            "Following the Twitter outage, the company apologised.",
            "He said on Twitter that he would follow the vote.",
            "Follow the money, the detective said.",
            "Like many on Facebook, she shared the post.",
            "The subscribers of the paper met on Facebook.",
        ] {
            assert!(!asks_to_act(text), "{text}");
        }
    }

    #[test]
    fn chunks_with_an_image_beside_their_text_are_merged_by_their_inner_wrapper() {
        // A CMS section holds a heading and its text (`ce-textpic >
        // ce-bodytext`); where an image sits beside the text, the outer
        // block's modifiers differ and only the inner one wraps the text.
        // An image box whose caption sits in the same inner wrapper stays
        // out, as its block is of another kind; so do a heading without
        // a paragraph and a sign-up box in blocks of the container's kind.
        let p1 = "The opening section of the piece sets the scene for the reader, with some history of the trade and of the towns that lived from it.";
        let p2 = "The second section sits beside a picture and carries the main argument, with the figures of each year.";
        let p3 = "The closing section ends the piece and gives the final word to the experts we asked about the trade, its end and what is left of it.";
        let caption = "A picture of the old harbour, taken in the year the trade ended, from the archive of the town museum, where it hangs in the hall today.";
        let signup = "Sign up to our newsletter and get the best stories of the week in your inbox every Friday morning, free of any charge.";
        let section = |class: &str, inner: &str| {
            format!("<div class='frame frame-textpic'><h2>Heading</h2><div class='{class}'>{inner}</div></div>")
        };
        let text = |t: &str| format!("<div class=ce-bodytext><p>{t}</p><p>{t}</p></div>");
        let figure = "<div class=ce-gallery><figure><img src=a.jpg><figcaption>Fig. 1</figcaption></figure></div>";
        let html = format!(
            "<body><div class=article-body>{}{}{}{}{}{}</div></body>",
            section("ce-textpic ce-center ce-above", &text(p1)),
            section("ce-textpic ce-right ce-intext", &format!("{figure}{}", text(p2))),
            section("image", &format!("<img src=b.jpg><div class=ce-bodytext><p>{caption}</p></div>")),
            section("ce-textpic ce-left", "<div class=ce-bodytext><h4>Check out our free workshops and pick a topic</h4></div>"),
            section("ce-textpic ce-center ce-above", &text(p3)),
            section("ce-textpic ce-boxed", &format!("<div class=ce-bodytext><p>{signup}</p></div>")),
        );
        assert_eq!(body(&html), [p1, p1, p2, p2, p3, p3].join("\n\n"));
    }

    #[test]
    fn the_lead_above_the_container_is_kept_when_it_is_the_description() {
        let lead = "The council approved the new bridge on Monday after a long debate about costs";
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let page = |desc: &str, lead_html: &str, head: &str| {
            format!(
                "<html><head><meta name=description content='{desc}'></head><body>\
                 <{head} class=article-head><h1>Title</h1>{lead_html}<div class=byline>By A. Writer</div></{head}>\
                 <div class=article-body><p>{long}</p><p>{long}</p></div></body></html>"
            )
        };
        let standfirst = format!("<p class=standfirst>{lead}</p>");
        let crumbs = format!("<div class=breadcrumbs><a href=/>Home</a> <span>{lead}</span></div>");
        let rest = format!("{}\n\n{}", long.trim(), long.trim());
        // The description cut short with an ellipsis still names the lead.
        let cut = format!("{}...", &lead[..60]);
        assert_eq!(
            body(&page(&cut, &standfirst, "div")),
            format!("{lead}\n\n{rest}")
        );
        assert_eq!(
            body(&page(lead, &standfirst, "div")),
            format!("{lead}\n\n{rest}")
        );
        // A description that leaves out the lead's first words.
        assert_eq!(
            body(&page(&lead[13..], &standfirst, "div")),
            format!("{lead}\n\n{rest}")
        );
        // A description written before the lead was edited: most of its
        // words are the lead's.
        let edited = "The council approved the bridge on Monday after a debate about its costs";
        assert_eq!(
            body(&page(edited, &standfirst, "div")),
            format!("{lead}\n\n{rest}")
        );
        // Another description, the lead in a breadcrumb trail, or a
        // one-line dek in the story's `<header>`: no lead.
        let other = "Something else entirely that is long enough to count";
        assert_eq!(body(&page(other, &standfirst, "div")), rest);
        let half = "The council met on Monday to hear the mayor on costs and to debate a bridge";
        assert_eq!(body(&page(half, &standfirst, "div")), rest);
        // Nor a site's tagline in other words than its short description.
        let tagline =
            "<p class=tagline>The blog of all the relentless malfunctions in the world</p>";
        let site = "Malfunctions in the world, relentless: the blog of them all";
        assert_eq!(body(&page(site, tagline, "div")), rest);
        assert_eq!(body(&page(lead, &crumbs, "div")), rest);
        assert_eq!(body(&page(lead, &standfirst, "header")), rest);
        // A long lead in the `<header>` is kept.
        let long_lead =
            format!("{lead} and a vote that split the city council down the middle in the end");
        let long_standfirst = format!("<p class=standfirst>{long_lead}</p>");
        assert_eq!(
            body(&page(&long_lead, &long_standfirst, "header")),
            format!("{long_lead}\n\n{rest}")
        );
    }

    #[test]
    fn blog_plugin_share_and_related_boxes_are_dropped() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let html = format!(
            "<body><div class=entry-content><p>{long}</p><p>{long}</p>\
             <div class='sharedaddy sd-sharing-enabled'><h3 class=sd-title>Share this:</h3></div>\
             <div class=shariff><p>Like it? Share it!</p></div>\
             <div id=jp-relatedposts class=jp-relatedposts><h3>Similar posts</h3></div></div></body>"
        );
        assert_eq!(body(&html), format!("{}\n\n{}", long.trim(), long.trim()));
    }

    #[test]
    fn the_box_about_the_author_is_dropped() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let bio =
            "Jane Doe has covered city hall for the paper since 2010 and writes about transport.";
        let html = format!(
            "<body><article><div class=post-content><p>{long}</p><p>{long}</p>\
             <div class='author-box'><h3>About the author</h3><p>{bio}</p></div>\
             <section class=bio><p>{bio}</p></section></div></article></body>"
        );
        assert_eq!(body(&html), format!("{}\n\n{}", long.trim(), long.trim()));
    }

    #[test]
    fn paragraphs_a_rich_text_editor_wrote_are_the_article() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let html = format!(
            "<body><div class=ArticleBodyComponent>             <div class=text_editor_paragraph><span>{long}</span></div>             <div class=text_editor_paragraph><span>{long}</span></div>             <div class=text_editor_paragraph><span>{long}</span></div>             <div class=text_editor_paragraph><span>{long}</span></div>             <div class='elementor-widget elementor-widget-text-editor'>Editor's picks</div></div></body>"
        );
        assert_eq!(body(&html), [long.trim(); 4].join("\n\n"));
    }

    #[test]
    fn a_bem_content_element_of_a_sidebar_grid_is_kept() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let html = format!(
            "<body><article><div class='sidebar-grid'><div class=sidebar-grid__container><div class='sidebar-grid__content'>\
             <p>{long}</p><p>{long}</p></div></div>\
             <div class=sidebar-grid__sidebar><ul>{}</ul></div></div></article></body>",
            "<li><a href=/x>A link in the sidebar with a title</a></li>".repeat(20)
        );
        assert_eq!(body(&html), format!("{}\n\n{}", long.trim(), long.trim()));
    }

    #[test]
    fn text_in_list_items_counts_towards_the_container() {
        // A post written as bullet points, beside one captioned image whose
        // caption is the only `<p>` on the page.
        let item = "We have just landed a fix that stops an update while another instance runs.";
        let html = format!(
            "<body><div class=entry-content><h3>Highlights</h3><ul>{}</ul><ul><li><div class=wp-caption><img src=x>\
             <p class=wp-caption-text>A caption that is long enough to count as a paragraph.</p></div></li></ul></div></body>",
            format!("<li>{item}</li>").repeat(5)
        );
        let b = body(&html);
        assert!(b.starts_with(&format!("Highlights\n\n{item}")), "{b}");
    }

    #[test]
    fn forms_and_modal_dialogs_never_hold_the_article() {
        let short = "The council met on Monday to talk about the new bridge over the river.";
        let field = "<div><label>Your e-mail address (required) and your postal code</label></div>";
        let modal = "<div class='modal fade'><div class=modal-body><p>Sign in to read every report in full, free of charge for members.</p>\
                     <p>Members get the full text of every report and all the price lists, free of charge.</p></div></div>";
        let html = format!(
            "<body><div class=main><p>{short}</p><p>{short}</p></div>\
             <form class=newsletter-form>{}</form>{modal}</body>",
            field.repeat(3)
        );
        assert_eq!(body(&html), format!("{short}\n\n{short}"));
        // A dialog is one even when it is an `<article>` (a login panel
        // beside a video page's one-paragraph teaser).
        let dialog = modal
            .replace(
                "<div class='modal fade'>",
                "<article class='login-modal dark-modal'>",
            )
            .replace("modal-body", "panel")
            .replace("</div></div>", "</div></article>");
        let html = format!("<body><article class=video><p>{short}</p></article>{dialog}</body>");
        assert_eq!(body(&html), short);
        // A form that wraps the whole page is not a part of it.
        let wrapped = format!(
            "<body><form id=page><div class=main><p>{short}</p><p>{short}</p></div></form></body>"
        );
        assert_eq!(body(&wrapped), format!("{short}\n\n{short}"));
    }

    #[test]
    fn a_page_of_headings_and_images_keeps_its_article() {
        let html = "<body><div class=nav>Menu</div><article><h2>Case one</h2><img src=a.jpg>\
                    <h2>Case two</h2><img src=b.jpg></article></body>";
        assert_eq!(body(html), "Case one\n\nCase two");
    }

    #[test]
    fn paragraphs_beside_the_container_are_kept() {
        // The first paragraphs sit in the article block itself, the rest in
        // a fold below an ad slot; a short line and a link line stay out.
        let lead = "Horror stories about the taxi service have been common in recent months, but there is more to learn.";
        let rest = "The rest of the story sits inside the fold, which holds most of the text of the article we read.";
        let html = format!(
            "<body><div class=block><p>{lead}</p><p>{lead}</p><p>Short line here, not kept.</p>\
             <div class=ad-slot></div><div class=fold>{}</div>\
             <p><a href=/a>A link that is long enough to count as a paragraph if it were text</a> and a few words.</p></div></body>",
            format!("<p>{rest}</p>").repeat(6)
        );
        let want = [lead, lead, rest, rest, rest, rest, rest, rest].join("\n\n");
        assert_eq!(body(&html), want);
    }

    #[test]
    fn text_hidden_for_subscribers_only_is_part_of_the_article() {
        let open = "The first paragraphs of the column are shown to every reader of the site.";
        let rest =
            "The rest of the column is in the page, hidden by a style until the reader signs in.";
        let html = format!(
            "<body><div class=article-body><div class=subscriber-preview><p>{open}</p></div>\
             <div class=subscriber-offers><p>Already a subscriber? Sign in</p></div>{}\
             <div style='display:none'><p>A hidden notice that is long enough to count as text.</p></div></div></body>",
            format!("<div class=subscriber-only style='display:none'><p>{rest}</p></div>").repeat(3)
        );
        assert_eq!(
            body(&html),
            [open, "Already a subscriber? Sign in", rest, rest, rest].join("\n\n")
        );
    }

    #[test]
    fn summaries_under_linked_headlines_are_teasers_not_the_article() {
        // A short story, then a "more for you" stream whose items each
        // hold a linked headline and a long summary.
        let story =
            "The survey showed that business confidence held steady in May, though costs rose.";
        let summary = "A long summary of another story that runs on for quite a while, longer than the story itself, to tempt the reader. ".repeat(2);
        let item = format!(
            "<li class=stream-item><div class=item-content><span>Agency</span>\
             <h4><a href=/other>Another story</a></h4><p>{summary}</p></div></li>"
        );
        let html = format!(
            "<body><article><h1>Title</h1><div class=caas-body><p>{story}</p></div></article>\
             <div class=stream><ul>{}</ul></div></body>",
            item.repeat(5)
        );
        assert_eq!(body(&html), story);
        // A post under a linked headline (a blog's permalink) with more than
        // one paragraph is no teaser.
        let para =
            "A paragraph of the post that is long enough to count as real article text here.";
        let post = format!(
            "<body><div class=post><h2><a href=/post>Title</a></h2><p>{para}</p><p>{para}</p></div></body>"
        );
        assert_eq!(body(&post), format!("{para}\n\n{para}"));
    }

    #[test]
    fn an_article_cut_into_plain_sections_keeps_every_section() {
        let first =
            "The court ruled on Friday that the company infringed the patent held by the firm.";
        let second =
            "The company must pay damages for every device sold in the country since last year.";
        let html = format!(
            "<body><article><h1>Title</h1><div class=formatted><section><p>{first}</p><p>{first}</p></section>\
             <section><h2>Damages to pay</h2><p>{second}</p></section>\
             <section><a href=/a>A link list that is all links and nothing else here</a></section></div></article>\
             <section><p>A section outside the article body holding a teaser text line.</p></section></body>"
        );
        assert_eq!(
            body(&html),
            [first, first, "Damages to pay", second].join("\n\n")
        );
    }

    #[test]
    fn teaser_summaries_are_found_in_a_parent_of_thousands_of_children() {
        let para = "A paragraph of the story that is long enough to count.";
        let items = "<span>item</span>".repeat(4998);
        let teaser = format!(
            "<body><div><h3><a href=/a>Other story</a></h3>{items}<p>{para}</p></div></body>"
        );
        let story = format!(
            "<body><div><h3><a href=/a>Other story</a></h3>{}</div></body>",
            format!("<p>{para}</p>").repeat(4999)
        );
        let summaries = |html: &str| {
            let doc = Html::parse_document(html);
            let dom = Dom::build(&doc);
            let mut parents = HashMap::new();
            (0..dom.nodes.len())
                .filter(|&i| dom.name(i) == Some("p"))
                .map(|i| is_teaser_summary(&dom, i, &mut parents))
                .collect::<Vec<_>>()
        };
        assert_eq!(summaries(&teaser), [true]);
        let story = summaries(&story);
        assert_eq!(story.len(), 4999);
        assert!(story.iter().all(|&s| !s));
    }

    #[test]
    fn a_sign_up_box_beside_an_article_in_plain_sections_is_not_body() {
        let first =
            "The court ruled on Friday that the company infringed the patent held by the firm.";
        let second =
            "The company must pay damages for every device sold in the country since last year.";
        let sections = format!(
            "<section><p>{first}</p><p>{first}</p></section><section><h2>Damages to pay</h2><p>{second}</p></section>"
        );
        for cta in [
            "<section><h3>Newsletter</h3><p>Sign up for our free daily newsletter to get the top stories.</p></section>",
            "<section><p>Get the top stories of the day in your inbox every morning.</p><input type=email><button>Go</button></section>",
            "<section><p>扫码关注我们的微信公众号，每天为您推送最新的新闻和深度报道。</p></section>",
        ] {
            let html = format!(
                "<body><article><h1>Title</h1><div class=formatted>{sections}{cta}</div></article></body>"
            );
            assert_eq!(
                body(&html),
                [first, first, "Damages to pay", second].join("\n\n"),
                "{cta}"
            );
        }
    }
}
