//! The article body: find the container by text density, then emit its
//! paragraphs in order without the boilerplate inside it (ads, captions,
//! share bars, editor lines, related lists, ...).
//!
//! Scoring: every paragraph-like block (a `<p>`, `<pre>`, `<blockquote>`, or
//! an element holding a run of direct text) adds its non-link text length to
//! its container and half of it to the container's parent. A container's
//! score is then scaled by `1 - link density` and by hints from its tag,
//! class, id and `itemprop` (`articleBody`, `content`, `artibody`, ... raise
//! it; `comment`, `sidebar`, `related`, ... lower it). The best one wins.

use crate::dom::{is_block, Dom, Kind};
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
            | "hidden"
            | "hide"
            | "newsletter"
            | "subscribe"
            | "byline"
            | "dateline"
            | "pictext"
            | "imgtext"
            | "picinfo"
            | "tags"
            | "keywords"
            | "pager"
            | "pagination"
    )
}

fn is_skipped_tag(name: &str) -> bool {
    matches!(
        name,
        "figure"
            | "figcaption"
            | "nav"
            | "aside"
            | "form"
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

/// Whether element `i` is hidden by attribute or inline style.
fn is_hidden(dom: &Dom<'_>, i: usize) -> bool {
    dom.attr(i, "hidden").is_some()
        || dom.attr(i, "aria-hidden") == Some("true")
        || dom.attr(i, "style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        })
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
    const GOOD: &[&str] = &[
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
    ];
    const BAD: &[&str] = &[
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
    ];
    if GOOD.iter().any(|g| ci.contains(g)) {
        h *= 1.3;
    }
    if BAD.iter().any(|b| ci.contains(b)) {
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
            Kind::Element(_, name) if !is_block(name) && name != "br" => {
                n += node.chars - node.link_chars
            }
            _ => {}
        }
        j = node.end;
    }
    n
}

/// The index of the element that holds the article text, if any.
pub(crate) fn find_container(dom: &Dom<'_>) -> Option<usize> {
    let n = dom.nodes.len();
    let mut score = vec![0f64; n];
    let start = dom.body_index();
    for i in start..n {
        let Some(name) = dom.name(i) else { continue };
        let (own, to_self) = match name {
            "p" | "pre" | "blockquote" => {
                let node = &dom.nodes[i];
                (node.chars - node.link_chars, false)
            }
            "div" | "td" | "section" | "article" => (direct_text(dom, i), true),
            _ => continue,
        };
        if own < 20 {
            continue;
        }
        if is_hidden(dom, i) {
            continue;
        }
        let w = f64::from(own);
        if to_self {
            score[i] += w;
            if let Some(p) = dom.ancestors(i).next() {
                score[p] += w / 2.0;
            }
        } else {
            let mut up = dom.ancestors(i);
            if let Some(p) = up.next() {
                score[p] += w;
            }
            if let Some(g) = up.next() {
                score[g] += w / 2.0;
            }
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
    best.map(|(i, _)| i)
}

/// `原标题：…` / `（原标题：…）`: the headline the story had elsewhere.
fn is_original_title_line(line: &str) -> bool {
    let l = line.trim_start_matches(['(', '（', '[', '【', ' ']);
    l.starts_with("原标题") && line.chars().count() <= 80
}

/// One paragraph being collected.
#[derive(Default)]
struct Para {
    text: String,
    chars: u32,
    link_chars: u32,
    has_img: bool,
}

/// The body's paragraphs, in order. `excluded` are node ranges (related and
/// more blocks) to leave out; `title` is dropped if repeated.
pub(crate) fn paragraphs(
    dom: &Dom<'_>,
    container: usize,
    excluded: &[(usize, usize)],
    title: Option<&str>,
) -> Vec<String> {
    let end = dom.nodes[container].end;
    let total = dom.nodes[container].chars.max(1);
    let mut out = Vec::new();
    let mut cur = Para::default();
    let mut closers: Vec<usize> = Vec::new(); // ends of open block elements
    let mut j = container + 1;
    let flush = |cur: &mut Para, out: &mut Vec<String>| {
        let p = std::mem::take(cur);
        let text = crate::dom::collapse_ws(&p.text);
        if text.is_empty() {
            return;
        }
        if p.chars > 0 && p.link_chars * 10 > p.chars * 6 {
            return; // a line of links
        }
        if p.has_img && p.chars < 50 {
            return; // an image with its caption
        }
        if title.is_some_and(|t| t == text)
            || labels::is_trailer_line(&text)
            || is_original_title_line(&text)
        {
            return;
        }
        out.push(text);
    };
    while j < end {
        while closers.last().is_some_and(|&e| j >= e) {
            closers.pop();
            flush(&mut cur, &mut out);
        }
        if let Some(&(_, e)) = excluded.iter().find(|(s, e)| j >= *s && j < *e) {
            flush(&mut cur, &mut out);
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
            Kind::Element(_, name) => {
                let small = node.chars * 10 < total * 3;
                let skip = is_skipped_tag(name)
                    || is_hidden(dom, j)
                    || (small && dom.class_tokens(j).iter().any(|t| is_boilerplate_token(t)))
                    || (name == "header" && small);
                if skip {
                    j = node.end;
                    continue;
                }
                if name == "img" {
                    cur.has_img = true;
                }
                if name == "br" {
                    // A line break keeps the block's image flag (caption under an image).
                    let img = cur.has_img;
                    flush(&mut cur, &mut out);
                    cur.has_img = img;
                } else if is_block(name) {
                    flush(&mut cur, &mut out);
                    closers.push(node.end);
                }
                j += 1;
            }
        }
    }
    flush(&mut cur, &mut out);
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
        let c = find_container(&dom).expect("container");
        paragraphs(&dom, c, &[], Some("Title")).join("\n\n")
    }

    #[test]
    fn picks_the_dense_block_and_drops_boilerplate() {
        let long = "This is a long paragraph of article text that goes on for a while. ".repeat(3);
        let html = format!(
            "<body><nav><a href=/a>Home</a> <a href=/b>World</a></nav>\
             <div class=main><h1>Title</h1><div class=content>\
             <p>{long}</p><figure><img src=x><figcaption>A caption</figcaption></figure>\
             <div class='ad ad-inline'><a href=/ads>Advertisement</a></div>\
             <h2>A subheading</h2><p>{long}</p><ul><li>Point one of the list</li></ul>\
             <div class=share><a href=/s>Share</a></div><p class=editor>Edited by X</p></div></div>\
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
}
