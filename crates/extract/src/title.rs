//! Rules about which heading on a page is the headline, used by
//! `pick_title` in lib.rs.

use crate::dom::Dom;

/// Whether heading `i` is the last step of a breadcrumb trail
/// (`Home › Politics › <h1>Headline</h1>`): the page's name repeated in
/// the trail, while the headline shown with the story is another heading.
/// Either an element around it (or itself) is named a breadcrumb, or the
/// heading (with the wrappers holding only it) comes after two or more
/// short links and nothing follows it (one link before a headline is
/// its section, shown as a kicker).
pub(crate) fn in_breadcrumb(dom: &Dom<'_>, i: usize) -> bool {
    let named = std::iter::once(i)
        .chain(dom.ancestors(i).take(4))
        .any(|a| dom.class_id(a).contains("breadcrumb"));
    named || ends_link_trail(dom, i)
}

/// Whether `i`, or its nearest ancestor that holds no other text, is the
/// last of its siblings with text and follows at least two siblings that
/// are short links (or hold one, like `<li><a>`), and only such siblings.
fn ends_link_trail(dom: &Dom<'_>, i: usize) -> bool {
    let chars = dom.nodes[i].chars;
    let mut item = i;
    while let Some(p) = dom.ancestors(item).next() {
        if dom.nodes[p].chars != chars || dom.name(p) == Some("body") {
            break;
        }
        item = p;
    }
    let parent = dom.nodes[item].parent;
    if parent == usize::MAX {
        return false;
    }
    let siblings: Vec<usize> = (parent + 1..dom.nodes[parent].end)
        .filter(|&j| dom.nodes[j].parent == parent && dom.nodes[j].chars > 0)
        .collect();
    let Some(at) = siblings.iter().position(|&j| j == item) else {
        return false;
    };
    let short_link = |j: usize| {
        let node = &dom.nodes[j];
        dom.name(j).is_some() && node.chars <= 40 && node.link_chars * 2 > node.chars
    };
    at >= 2 && at + 1 == siblings.len() && siblings[..at].iter().all(|&j| short_link(j))
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    /// Whether the first `<h1>` of `body` is in a breadcrumb trail.
    fn h1_in_breadcrumb(body: &str) -> bool {
        let html = Html::parse_document(&format!("<html><body>{body}</body></html>"));
        let dom = Dom::build(&html);
        let h1 = (0..dom.nodes.len())
            .find(|&i| dom.name(i) == Some("h1"))
            .unwrap();
        in_breadcrumb(&dom, h1)
    }

    #[test]
    fn a_heading_after_a_trail_of_links_is_a_breadcrumb_step() {
        assert!(h1_in_breadcrumb(
            r#"<ul><li><a href="/">Home</a></li><li><a href="/politics/">Politics</a></li>
               <li><h1>Minister resigns after a long row</h1></li></ul>"#
        ));
        assert!(h1_in_breadcrumb(
            r#"<div><a href="/">Home</a><a href="/world/">World</a><h1>Minister resigns after a long row</h1></div>"#
        ));
        assert!(h1_in_breadcrumb(
            r#"<ol class="breadcrumbs"><li><span>You are here:</span><h1>Minister resigns</h1></li></ol>"#
        ));
    }

    #[test]
    fn a_headline_in_the_story_header_is_no_breadcrumb_step() {
        assert!(!h1_in_breadcrumb(
            r#"<header><h1>Minister resigns after a long row</h1><p>By Jane Roe</p></header>"#
        ));
        // Text before it that is not a link (a kicker) makes no trail.
        assert!(!h1_in_breadcrumb(
            r#"<header><p>Politics</p><h1>Minister resigns after a long row</h1></header>"#
        ));
        // Nor does one link, the section shown as a kicker.
        assert!(!h1_in_breadcrumb(
            r#"<header><a href="/politics/">Politics</a><h1>Minister resigns after a long row</h1></header>"#
        ));
        // Nor links that are sentences rather than steps.
        assert!(!h1_in_breadcrumb(
            r#"<div><a href="/">Home</a><a href="/x">Read all our coverage of the government crisis here</a><h1>Minister resigns</h1></div>"#
        ));
    }
}
