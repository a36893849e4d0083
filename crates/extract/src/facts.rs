//! The labelled facts of a page (`来源：`, `By …`, `责任编辑`, a date line)
//! found near its headline and after its body, skipping text that credits
//! or dates something else: teaser cards, related blocks, comment areas.

use crate::dates;
use crate::dom::{collapse_ws, is_cjk, Dom, Kind};
use crate::labels::{self, Field};
use crate::source::in_image_credit;

/// Labelled facts found near the headline (and, for source / author /
/// editor, anywhere in the article area).
pub(crate) struct Facts {
    /// Labelled values, the first found of each field.
    found: Vec<(Field, String)>,
    /// The first date line near the headline.
    pub(crate) first_date: Option<dates::Found>,
    /// Whether an update word comes right before `first_date`
    /// ("Updated May 06, 2019").
    pub(crate) first_date_updated: bool,
    /// Node range searched first (after the headline, before the body).
    pub(crate) window: (usize, usize),
    /// The author a label after the body names (`（作者：王五）`, `Autor:
    /// Jana Berg`): a closing credit, weaker than a byline by the headline.
    pub(crate) closing_author: Option<String>,
    /// The publication time a label after the body gives (`发布时间：…` in
    /// the article's footer line), read when no other date is found.
    pub(crate) closing_published: Option<String>,
}

impl Facts {
    /// Gathers the facts of the page whose headline is `title_node` and
    /// body `container`; teaser cards, the related-story blocks (`blocks`,
    /// node ranges) and comment areas credit and date other texts.
    pub(crate) fn gather(
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
            closing_published: None,
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
            // Where an update date was taken: a publication date shown
            // soon after it replaces it.
            let mut update_at = None;
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
                let found = scan_node(dom, j, &text);
                let after_update = update_at.is_some_and(|u| j < u + 40);
                let date = (dates_too
                    && (facts.first_date.is_none() || after_update)
                    && text_paragraphs < 2
                    && !in_long_paragraph(dom, j)
                    && !beside_the_article(dom, j, title_node))
                .then(|| line_date(&text))
                .flatten()
                .filter(|(d, updated)| {
                    !((after_update && *updated) || dates_the_site(dom, j, line_at(&text, d.start)))
                });
                if (found.is_empty() && date.is_none()) || credits_other_text(j) {
                    continue;
                }
                for (f, v) in found {
                    if !facts.found.iter().any(|(g, _)| *g == f)
                        && (f != Field::Source || !in_image_credit(dom, j))
                        && (f != Field::Published
                            || !(beside_the_article(dom, j, title_node)
                                || dates_the_site(dom, j, &text)))
                    {
                        facts.found.push((f, v));
                    }
                }
                if let Some((d, updated)) = date {
                    facts.first_date_updated = updated;
                    facts.first_date = Some(d);
                    update_at = updated.then_some(j);
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
        // After the body, within its surroundings: "（来源：…）", editor lines, a
        // footer line with the publication time.
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
                let found = scan_node(dom, j, &dom.text_marked_lines(j));
                if found.is_empty() || credits_other_text(j) {
                    continue;
                }
                for (f, v) in found {
                    let known = facts.found.iter().any(|(g, _)| *g == f);
                    match f {
                        Field::Author if !known && facts.closing_author.is_none() => {
                            facts.closing_author = Some(v);
                        }
                        Field::Published if !known && facts.closing_published.is_none() => {
                            facts.closing_published = Some(v);
                        }
                        Field::Source | Field::Editor | Field::CopyEditor | Field::Translator
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

    pub(crate) fn get(&self, f: Field) -> Option<String> {
        self.found
            .iter()
            .find(|(g, _)| *g == f)
            .map(|(_, v)| v.clone())
    }
}

/// The facts labelled in `text`, the text of node `j`. A co-writer
/// credited in the next paragraph of its own is read with an author's
/// credit (`□ 法治日报记者　徐鹏`, then `□ 法治日报通讯员　龙曦薇`); a source
/// ends with the child element that holds its label (`<span>稿源：<a>IT之家
/// </a></span><span class="topic">华为 / 鸿蒙</span>`).
fn scan_node(dom: &Dom<'_>, j: usize, text: &str) -> Vec<(Field, String)> {
    let mut found = labels::scan(text);
    if found.iter().any(|(f, _)| *f == Field::Author) {
        let next = dom
            .next_element_sibling(j)
            .filter(|&s| dom.nodes[s].chars <= 40)
            .map(|s| dom.text_marked_lines(s));
        if let Some(next) = next.filter(|l| labels::co_writer_line(l).is_some()) {
            found = labels::scan(&format!("{text}\n{next}"));
        }
    }
    for (f, v) in found.iter_mut() {
        if *f != Field::Source {
            continue;
        }
        let in_child = dom.children(j).find_map(|c| {
            labels::scan(&dom.text_marked_lines(c))
                .into_iter()
                .find_map(|(g, w)| (g == Field::Source).then_some(w))
        });
        if let Some(w) = in_child.filter(|w| w.len() < v.len() && v.starts_with(w.as_str())) {
            *v = w;
        }
    }
    found
}

/// The date a date line shows and whether it is the last change: its
/// first date that is not inside a sentence or after the label of another
/// time; after an update word, the next date on the line that is not one
/// ("Updated February 15, 2024 First published February 13, 2024").
fn line_date(text: &str) -> Option<(dates::Found, bool)> {
    let d = dates::find_date(text).filter(|d| {
        !inside_a_sentence(text, d) && !labels::introduces_another_time(&text[..d.start])
    })?;
    // A span of days (`April 2, 1938 - January 11, 2025`: a life, an
    // event) dates no publication.
    let spans_days = text[d.end..]
        .trim_start()
        .strip_prefix(['-', '–', '—'])
        .is_some_and(|after| {
            dates::find_date(after).is_some_and(|e| after[..e.start].trim().is_empty())
        });
    if spans_days {
        return None;
    }
    if !dates::ends_with_update_word(&text[..d.start]) {
        return Some((d, false));
    }
    let rest = &text[d.end..];
    match dates::find_date(rest).filter(|p| !dates::ends_with_update_word(&rest[..p.start])) {
        Some(p) => Some((
            dates::Found {
                start: p.start + d.end,
                end: p.end + d.end,
                ..p
            },
            false,
        )),
        None => Some((d, true)),
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

/// Whether a date found at node `i`, on the line `line` of its text, dates
/// the site rather than the article: the line names a site notice
/// ("Terms of Use (10 Mar 2001)", see [`dates::names_site_notice`]), or
/// `i` lies in a link to a legal page (`/about/terms.php`, `/privacy`) or
/// holds one whose text has a date.
pub(crate) fn dates_the_site(dom: &Dom<'_>, i: usize, line: &str) -> bool {
    let legal_link =
        |a: usize| dom.name(a) == Some("a") && dom.attr(a, "href").is_some_and(links_to_legal_page);
    dates::names_site_notice(line)
        || std::iter::once(i)
            .chain(dom.ancestors(i).take(12))
            .any(legal_link)
        || dom
            .elements_in(i)
            .any(|a| legal_link(a) && dates::find_date(&dom.text_inline(a)).is_some())
}

/// Whether a link's path names a legal page of the site: one of its words
/// is terms, privacy, legal, imprint, disclaimer, cookies or their German
/// names.
fn links_to_legal_page(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("");
    path.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "terms"
                | "tos"
                | "privacy"
                | "legal"
                | "imprint"
                | "impressum"
                | "datenschutz"
                | "disclaimer"
                | "cookies"
        )
    })
}

/// The line of `text` that holds byte offset `at`.
fn line_at(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    let end = text[at..].find('\n').map_or(text.len(), |k| at + k);
    &text[start..end]
}

/// Whether date `d` stands inside a sentence of `text`: the text ends like
/// a sentence and has lowercase words on both sides of the date ("The
/// plan, first proposed on 3 March 2019, was delayed twice."); a date line
/// ("Published on 3 March 2019 by Jane Roe.") has none after it. A Chinese
/// or Japanese sentence ends with `。` and goes on for ten characters or
/// more after the date (`令和7年4月1日（火曜日）から運行ルートの一部を変更します。`).
fn inside_a_sentence(text: &str, d: &dates::Found) -> bool {
    let lowercase_words = |s: &str| {
        s.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_lowercase))
            .count()
    };
    let end = text.trim_end();
    (end.ends_with(['.', '!', '?'])
        && lowercase_words(&text[..d.start]) >= 2
        && lowercase_words(&text[d.end..]) >= 2)
        || (end.ends_with(['。', '！', '？'])
            && text[d.end..].chars().filter(|&c| is_cjk(c)).count() >= 10)
}

/// Whether node `j` is or lies in a comment area: its or an ancestor's
/// class or id names one (see [`names_comments`]). Not `<html>` or
/// `<body>`, whose classes flag features of the whole page
/// (`flag-unfollowComments-on`).
pub(crate) fn in_comment_area(dom: &Dom<'_>, j: usize) -> bool {
    std::iter::once(j)
        .chain(dom.ancestors(j))
        .take(13)
        .any(|a| is_comment_area(dom, a))
}

/// Whether element `i` is a comment area: its class or id names one (not
/// on `<html>` or `<body>`).
pub(crate) fn is_comment_area(dom: &Dom<'_>, i: usize) -> bool {
    !matches!(dom.name(i), Some("html" | "body"))
        && dom.class_id(i).split_whitespace().any(names_comments)
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

/// Whether node `j` lies in a teaser card, which credits and dates the
/// story it links to: a link that holds a heading (`<a
/// href="/other-story"><h2>…</h2><small>By <span
/// class="author">…</span></small></a>`), or a box (`j` itself or up to
/// three levels around it) whose heading is a link (`<article class="story"><h2><a
/// href="/other-story">…</a></h2><p class="byline">By …</p><time>…`, a
/// section page's list: a short box, with that one heading; a link into
/// the page itself, to `#7` or to its own address, is a post's own
/// permalink), or a short
/// list item led by a link to a story (`<li><a href="/post_61.html">…</a>
/// <span class="date">…</span></li>`). Neither holds the page's
/// headline. A name that
/// is itself the card's heading (`<a href="/team/jane-roe"><h4>Jane
/// Roe</h4></a>`, an author card) is not in a teaser.
pub(crate) fn in_teaser_card(dom: &Dom<'_>, j: usize, title_node: Option<usize>) -> bool {
    let apart_from_headline = |a: usize| title_node.is_none_or(|t| !dom.contains(a, t));
    let is_heading = |k: usize| matches!(dom.name(k), Some("h1" | "h2" | "h3" | "h4"));
    // A heading that is a link (`<h3><a href>…</a></h3>` or
    // `<a href><h3>…</h3></a>`) to another page.
    let links_elsewhere = |l: usize| {
        dom.name(l) == Some("a")
            && dom.attr(l, "href").is_some_and(|h| dom.links_to_story(h))
            && dom
                .attr(l, "rel")
                .is_none_or(|r| !r.split_whitespace().any(|w| w == "home"))
    };
    let heading_links_elsewhere = |k: usize| {
        let node = &dom.nodes[k];
        is_heading(k)
            && node.chars > 0
            && node.link_chars == node.chars
            && (dom.elements_in(k).any(links_elsewhere)
                || dom.ancestors(k).take(1).any(links_elsewhere))
    };
    dom.ancestors(j).take(8).any(|a| {
        dom.name(a) == Some("a")
            && dom.attr(a, "href").is_some_and(|h| dom.links_to_story(h))
            && apart_from_headline(a)
            && dom
                .elements_in(a)
                .any(|k| is_heading(k) && !dom.contains(k, j))
    }) || std::iter::once(j).chain(dom.ancestors(j)).take(4).any(|a| {
        if dom.nodes[a].chars > 400 || !apart_from_headline(a) {
            return false;
        }
        let mut headings = dom.elements_in(a).filter(|&k| is_heading(k));
        let card_heading = headings.next().filter(|_| headings.next().is_none());
        card_heading.is_some_and(|k| heading_links_elsewhere(k) && !dom.contains(k, j))
    }) || std::iter::once(j).chain(dom.ancestors(j)).take(3).any(|a| {
        // A list item led by a story's headline link, most of its text
        // (`<li><a href="/post_6123451.html">…</a><span class="date">…`).
        let item = &dom.nodes[a];
        dom.name(a) == Some("li")
            && item.chars <= 200
            && apart_from_headline(a)
            && (a + 1..item.end)
                .find(|&k| dom.nodes[k].chars > 0)
                .filter(|&k| dom.nodes[k].parent == a && dom.name(k) == Some("a"))
                .is_some_and(|link| {
                    dom.attr(link, "href")
                        .is_some_and(|h| dom.links_to_story(h))
                        && dom.nodes[link].chars >= 8
                        && dom.nodes[link].chars * 2 >= item.chars
                        && !dom.contains(link, j)
                })
    })
}

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;

    #[test]
    fn a_box_headed_by_a_link_to_another_story_credits_that_story() {
        let card = |href: &str| {
            format!(
                r#"<article class="story"><h2><a href="{href}">Council approves budget after a late-night session</a></h2><p class="byline">By Dana White</p><time datetime="2024-05-10T22:10:00-05:00">May 10, 2024</time><p>The vote was 7-2.</p></article>"#
            )
        };
        let page = |cards: &str| {
            format!(
                r#"<html><body><main><h1 class="section-title">Local News and Politics</h1><div class="story-list">{cards}</div></main></body></html>"#
            )
        };
        let listing = page(
            &[
                card("/news/2024/05/10/budget/"),
                card("/news/2024/05/09/bridge/"),
            ]
            .concat(),
        );
        let ex = crate::tests::run("https://news.example.com/news/local/", &listing);
        assert_eq!(ex.author, None);
        let html = Html::parse_document(&listing);
        let dom = Dom::build(&html);
        let h1 = (0..dom.nodes.len()).find(|&i| dom.name(i) == Some("h1"));
        let byline = (0..dom.nodes.len())
            .find(|&i| dom.class_id(i).contains("byline"))
            .unwrap();
        assert!(in_teaser_card(&dom, byline, h1));
        // The box itself, whose text holds the byline and the date.
        let box_of_byline = dom.nodes[byline].parent;
        assert!(in_teaser_card(&dom, box_of_byline, h1));
        // A post headed by a link into its own page (a forum post's
        // permalink `#7`) is no teaser.
        let forum = page(&card("/t7-forum-rules#7"));
        let html = Html::parse_document(&forum);
        let dom = Dom::build(&html);
        let byline = (0..dom.nodes.len())
            .find(|&i| dom.class_id(i).contains("byline"))
            .unwrap();
        assert!(!in_teaser_card(&dom, byline, h1));
        // A card whose heading sits inside its link is a teaser too; a
        // heading linked to the site's home is none.
        let linked_heading = |href: &str| {
            let html = format!(
                r#"<html><body><h1>Domácí</h1><div class="art"><a href="{href}"><h3>Vláda schválila rozpočet na příští rok</h3></a><span class="time">28. listopadu 2026 19:42</span></div></body></html>"#
            );
            let doc = Html::parse_document(&html);
            let mut dom = Dom::build(&doc);
            dom.page_url = url::Url::parse("https://news.example.cz/domaci/").ok();
            let h1 = (0..dom.nodes.len()).find(|&i| dom.name(i) == Some("h1"));
            let time = (0..dom.nodes.len())
                .find(|&i| dom.class_id(i).contains("time"))
                .unwrap();
            in_teaser_card(&dom, time, h1)
        };
        assert!(linked_heading("/domaci/clanek.A261128_00010"));
        assert!(!linked_heading("/"));
        assert!(!linked_heading("https://news.example.cz/"));
        // Nor is a post headed by a link to its own address.
        let post = page(&card("/news/2024/05/10/budget/"));
        let ex = crate::tests::run("https://news.example.com/news/2024/05/10/budget/", &post);
        assert_eq!(ex.author.as_deref(), Some("Dana White"));
        assert_eq!(
            ex.published.map(|p| p.date_naive().to_string()).as_deref(),
            Some("2024-05-10")
        );
    }

    #[test]
    fn a_date_inside_a_chinese_or_japanese_sentence_is_no_date_line() {
        let date_line = |text: &str| line_date(text).map(|(d, _)| d.local.date().to_string());
        assert_eq!(
            date_line("令和7年4月1日（火曜日）から運行ルートの一部を変更します。"),
            None
        );
        assert_eq!(
            date_line("2025年3月14日，记者从市交通运输局获悉，新线路将于下月开通。"),
            None
        );
        assert_eq!(
            date_line("更新日：令和7年（2025年）3月14日").as_deref(),
            Some("2025-03-14")
        );
        assert_eq!(
            date_line("2025年3月14日 08:30 来源：新华社").as_deref(),
            Some("2025-03-14")
        );
    }

    #[test]
    fn a_span_of_days_is_no_date_line() {
        let date_line = |text: &str| line_date(text).map(|(d, _)| d.local.date().to_string());
        // An obituary's life, a festival's days.
        assert_eq!(date_line("April 2, 1938 - January 11, 2025"), None);
        assert_eq!(date_line("12.03.2025 – 16.03.2025"), None);
        // A date and its time, or its update, are a date line.
        assert_eq!(
            date_line("March 3, 2025 - 10:30 AM").as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            date_line("March 3, 2025 - Updated March 4, 2025").as_deref(),
            Some("2025-03-03")
        );
    }

    #[test]
    fn a_publication_date_after_the_update_date_is_the_date_line() {
        let page = |meta: &str, dates: &str| {
            format!(
                r#"<html><head>{meta}</head><body><article><h1>Storm lashes the city</h1>
                <div class="dates">{dates}</div>
                <p>More than half a million homes were left without power after a severe storm tore through the state on Tuesday afternoon, and crews worked through the night.</p></article></body></html>"#
            )
        };
        let day = |html: &str| {
            crate::tests::run("https://news.example.com/storm", html)
                .published
                .map(|p| p.date_naive().to_string())
        };
        let meta =
            r#"<meta property="article:published_time" content="2024-02-13T09:00:00+01:00">"#;
        for dates in [
            "<span>Updated February 15, 2024</span> <span>First published February 13, 2024</span>",
            "<span>Updated: Feb 15, 2024</span> <span>Created: Feb 13, 2024</span>",
            "<span>Aktualisiert am 15.02.2024</span> <span>Veröffentlicht am 13.02.2024</span>",
            "<span>Mis à jour le 15/02/2024</span> <span>Publié le 13/02/2024</span>",
            "<span>Atualizado em 15/02/2024</span> <span>Publicado em 13/02/2024</span>",
            "<span>Обновлено 15.02.2024</span> <span>Опубликовано 13.02.2024</span>",
            "<span>Data aktualizacji: 15.02.2024</span> <span>Data utworzenia: 13.02.2024</span>",
            "Updated on Thu, 15/02/2024 - 08:28 Submitted by ann on Tue, 13/02/2024 - 14:29",
        ] {
            assert_eq!(
                day(&page("", dates)).as_deref(),
                Some("2024-02-13"),
                "{dates}"
            );
            assert_eq!(
                day(&page(meta, dates)).as_deref(),
                Some("2024-02-13"),
                "{dates}"
            );
        }
        // Publication first, or an update alone: the first date shown.
        let first = "<span>Published 13.02.2024</span> <span>Updated 15.02.2024</span>";
        assert_eq!(day(&page("", first)).as_deref(), Some("2024-02-13"));
        let alone = "<span>Updated February 15, 2024</span>";
        assert_eq!(day(&page("", alone)).as_deref(), Some("2024-02-15"));
    }

    #[test]
    fn comment_areas_are_named_by_their_own_class_words() {
        let html = Html::parse_document(
            r#"<html class="flag-unfollowComments-on"><body>
            <p id="a">story</p>
            <div class="commentary__intro"><p id="b">opinion</p></div>
            <ol class="commentlist"><li><p id="c">reader</p></li></ol>
            <div class="wpdiscuz-reply"><p id="d">reply</p></div>
            <section id="comments">Posted on May 4, 2024 by Joe</section></body></html>"#,
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
        // The comment area's own element, short enough to be read whole.
        assert!(in_comment_area(&dom, p("comments")));
        // A class that says the state of the page's comments wraps the article.
        assert!(!names_comments("comments-open"));
        assert!(!names_comments("has-comments"));
        assert!(names_comments("comment-list"));
    }

    #[test]
    fn a_site_notice_or_a_link_to_a_legal_page_dates_the_site() {
        let html = Html::parse_document(
            r#"<html><body><p id="a">Posted on 10 Mar 2021</p>
            <p><a id="b" href="/about/terms.php">Updated 10 Mar 2001</a></p>
            <p id="c">Privacy policy (updated 10 Mar 2021)</p></body></html>"#,
        );
        let dom = Dom::build(&html);
        let p = |id: &str| {
            (0..dom.nodes.len())
                .find(|&i| dom.attr(i, "id") == Some(id))
                .unwrap()
        };
        assert!(!dates_the_site(&dom, p("a"), "Posted on 10 Mar 2021"));
        assert!(dates_the_site(&dom, p("b"), "Updated 10 Mar 2001"));
        assert!(dates_the_site(
            &dom,
            p("c"),
            "Privacy policy (updated 10 Mar 2021)"
        ));
        assert!(links_to_legal_page("/privacy-policy?ref=footer"));
        assert!(!links_to_legal_page("/2024/05/termsheet-signed"));
        assert_eq!(line_at("By Anna\nMay 3, 2024\nShare", 9), "May 3, 2024");
    }
}
