//! Which text on a page is the headline: the first heading of the story,
//! the metadata titles, and the site name and kicker cut from them.

use std::sync::LazyLock;

use crate::dom::{class_words, collapse_ws, is_cjk, Dom, Kind, Substrings};
use crate::meta::PageMeta;

/// Whether heading `i` is the last step of a breadcrumb trail
/// (`Home › Politics › <h1>Headline</h1>`): the page's name repeated in
/// the trail, while the headline shown with the story is another heading.
/// Either an element around it (or itself) is named a breadcrumb, or the
/// heading (with the wrappers holding only it) comes after two or more
/// short links and nothing follows it (one link before a headline is
/// its section, shown as a kicker).
fn in_breadcrumb(dom: &Dom<'_>, i: usize) -> bool {
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
    let siblings: Vec<usize> = dom
        .children(parent)
        .filter(|&j| dom.nodes[j].chars > 0)
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

/// Whether `kicker` is shown on its own, not as a link, in one of the 40
/// nodes before `heading` (`<div class="topline">Kicker</div><h1>…`):
/// then the headline is "Kicker: Headline" as the metadata title has it.
/// A prefix the page does not show there (a petition's type, a columnist's
/// name shown as a byline link) is the metadata's own addition.
fn shown_before(dom: &Dom<'_>, heading: usize, kicker: &str) -> bool {
    let from = heading.saturating_sub(40).max(dom.body_index());
    (from..heading).any(|j| {
        let node = &dom.nodes[j];
        dom.name(j).is_some()
            && !dom.contains(j, heading)
            && node.link_chars * 2 <= node.chars
            && dom.text_inline(j).trim_end_matches([':', ' ']) == kicker
    })
}

/// Whether `heading` is at least half of `doc_title` and found in it
/// (`Site: Headline`, `Headline | Site`): the page's `<title>` and its
/// heading agree on the headline.
fn most_of(heading: &str, doc_title: &str) -> bool {
    heading.chars().count() * 2 >= doc_title.chars().count() && doc_title.contains(heading)
}

/// Whether `heading` is `headline` followed by a separator and one or
/// more short parts (`Headline | SITE.NET`): a site name shown with it.
fn with_site_after(heading: &str, headline: &str) -> bool {
    let Some(rest) = heading.strip_prefix(headline) else {
        return false;
    };
    let parts = title_parts(rest);
    parts.len() > 1
        && parts[0].is_empty()
        && parts[1..]
            .iter()
            .all(|p| !p.is_empty() && p.chars().count() <= 30)
}

/// Whether `heading` comes right before the article body that starts at
/// node `body`: at most 200 characters of text (a byline, a date) between
/// them.
fn leads_body(dom: &Dom<'_>, heading: usize, body: usize) -> bool {
    let mut between = 0;
    heading < body
        && (dom.nodes[heading].end..body)
            .filter(|&j| matches!(dom.nodes[j].kind, Kind::Text(_)))
            .all(|j| {
                between += dom.nodes[j].chars;
                between <= 200
            })
}

/// Whether no link in element `i` (`i` itself included) leaves the page:
/// every link (if any) points to a place in it (`href="#…"`), or to the page's own address
/// when `i` leads the `body` (a blog post's heading linking to its
/// permalink; elsewhere such a link is the page's own teaser in a list
/// of stories). A heading wrapped in such a link is no teaser for another
/// page.
fn links_in_page(dom: &Dom<'_>, i: usize, body: Option<usize>) -> bool {
    let leads_body = || body.is_some_and(|c| leads_body(dom, i, c));
    std::iter::once(i)
        .chain(dom.elements_in(i))
        .filter(|&j| dom.name(j) == Some("a"))
        .all(|j| {
            dom.attr(j, "href").is_some_and(|h| {
                h.trim().starts_with('#') || (dom.links_into_page(h) && leads_body())
            })
        })
}

/// `title` without a last part that names the site, as a metadata title
/// often ends (`Design für Unternehmen | VON DER SEE`, `Produkttests │
/// Nestlé Marktplatz` on nestle-marktplatz.de): the part is the site's
/// `og:site_name` or that name's own last part (`BMBF` of `Bundesministerium
/// für Bildung und Forschung - BMBF`), or it spells the host's name, as one
/// run of letters (`nestlemarktplatz`) or word by word (`WP SportoweFakty`
/// on sportowefakty.wp.pl). Any other last part (a section, the headline's
/// own end) stays.
fn without_site_name(title: &str, site_name: Option<&str>, host: &str) -> String {
    let last_separator = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, at + sep.len())))
        .max();
    let Some((before, after)) = last_separator.map(|(at, end)| (&title[..at], &title[end..]))
    else {
        return title.to_string();
    };
    let (headline, part) = (before.trim(), folded_letters(after));
    let site = site_name.map(|s| {
        let short = title_parts(s).pop().unwrap_or_default();
        [folded_letters(s), folded_letters(&short)]
    });
    // The host's own name: the label before the top-level domain
    // (`nestle-marktplatz` of www.nestle-marktplatz.de, `wp` of
    // sportowefakty.wp.pl), spelled as one run or as all its words; or the
    // host's labels word by word when they include that name (`WP
    // SportoweFakty`). A label that is a section (`sport` of
    // sport.example.de, `politics` in dailypolitics.com) is no site name.
    let labels: Vec<&str> = host.split('.').collect();
    let name = labels.len().checked_sub(2).map_or("", |k| labels[k]);
    let words: Vec<String> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(folded_letters)
        .collect();
    let spells_host = !name.is_empty()
        && (part == folded_letters(name)
            || (words.len() >= 2
                && words.iter().any(|w| w == name)
                && words.iter().all(|w| labels.contains(&w.as_str()))));
    let names_site =
        !part.is_empty() && (site.is_some_and(|names| names.contains(&part)) || spells_host);
    if names_site && headline.chars().count() >= 4 {
        headline.to_string()
    } else {
        title.to_string()
    }
}

/// The letters and digits of `text` in lower case, accents dropped
/// (`Nestlé Marktplatz` → `nestlemarktplatz`), to compare a name with a
/// host name.
fn folded_letters(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        })
        .collect()
}

/// Headline and the node that shows it, on a page from `host`; a heading
/// after the body that repeats the headline gives way to the element that
/// shows it before the body.
pub(crate) fn pick(
    dom: &Dom<'_>,
    meta: &PageMeta,
    container: Option<usize>,
    host: &str,
) -> (Option<String>, Option<usize>) {
    let (title, node) = pick_heading(dom, meta, container, host);
    let node = match (&title, node, container) {
        (Some(t), Some(i), Some(c)) if i >= dom.nodes[c].end => {
            Some(shown_before_body(dom, t, c).unwrap_or(i))
        }
        _ => node,
    };
    (title, node)
}

/// The innermost element before the body `container` whose text is the
/// headline `title`: where the page shows the headline when a heading with
/// the same words after the body heads a list of other stories (a box of
/// fact checks titled after the article).
fn shown_before_body(dom: &Dom<'_>, title: &str, container: usize) -> Option<usize> {
    dom.elements_showing(dom.body_index()..container, title)
        .next_back()
}

/// Whether element `i` sets its text large without a heading, as old
/// table layouts and e-papers show a headline (`<font size="4"><b>…`,
/// `<font style="font-size:24px">`): a `<font size>` of 4 or more, or an
/// inline font size of 18px (14pt) or more.
fn set_large(dom: &Dom<'_>, i: usize) -> bool {
    let font_size = dom.name(i) == Some("font")
        && dom
            .attr(i, "size")
            .and_then(|s| s.trim().parse::<u8>().ok())
            .is_some_and(|s| s >= 4);
    font_size
        || dom.attr(i, "style").is_some_and(|style| {
            let style = style.to_ascii_lowercase();
            let Some((_, after)) = style.split_once("font-size") else {
                return false;
            };
            let value = after.trim_start_matches([':', ' ']);
            let digits: String = value.chars().take_while(char::is_ascii_digit).collect();
            let Ok(n) = digits.parse::<u32>() else {
                return false;
            };
            let unit = &value[digits.len()..];
            (unit.starts_with("px") && n >= 18) || (unit.starts_with("pt") && n >= 14)
        })
}

/// Words in a class or id that name a headline (`article-title`,
/// `headline`).
static TITLE_CLASS: LazyLock<Substrings> =
    LazyLock::new(|| Substrings::new(&["title", "headline"]));

/// The headline and the element that shows it (see [`pick`]).
fn pick_heading(
    dom: &Dom<'_>,
    meta: &PageMeta,
    container: Option<usize>,
    host: &str,
) -> (Option<String>, Option<usize>) {
    let start = dom.body_index();
    let limit = dom.nodes.len();
    let mut h1s: Vec<(usize, String)> = Vec::new();
    let mut others: Vec<(usize, String)> = Vec::new();
    let mut large: Vec<(usize, String)> = Vec::new();
    for i in start..limit {
        let Some(name) = dom.name(i) else { continue };
        let node = &dom.nodes[i];
        if node.chars == 0 || node.chars > 300 || node.end - i > 200 {
            continue;
        }
        let is_h1 = name == "h1";
        // (A Founder e-paper marks its headline `<founder-title>`.)
        let is_other = matches!(name, "h2" | "h3" | "founder-title")
            || (matches!(name, "div" | "p" | "span" | "strong" | "td")
                && dom.class_id(i).split_whitespace().any(|c| {
                    TITLE_CLASS.in_value(c)
                        || c == "tit"
                        || c == "bt"
                        || c.ends_with("_tit")
                        || c.ends_with("-tit")
                }));
        // (Large text counts only while no heading has been seen.)
        let is_large =
            !is_h1 && !is_other && h1s.is_empty() && others.is_empty() && set_large(dom, i);
        if !is_h1 && !is_other && !is_large {
            continue;
        }
        let linked = node.link_chars * 2 > node.chars && !links_in_page(dom, i, container);
        // A heading or title box that links home, or sits in a link home,
        // is the masthead (`<a href="/"><span class="brand-title">`).
        if linked && (!is_h1 || links_home(dom, i)) || dom.ancestors(i).any(|a| dom.is_home_link(a))
        {
            continue;
        }
        if in_breadcrumb(dom, i) {
            continue;
        }
        let t = dom.text_inline(i);
        if t.is_empty() {
            continue;
        }
        if is_h1 {
            h1s.push((i, t));
        } else if is_large {
            large.push((i, t));
        } else {
            others.push((i, t));
        }
    }
    // A page without headings or title boxes may set its headline large
    // (see [`set_large`]): the nearest such text before the body first,
    // after the masthead set larger still.
    if h1s.is_empty() && others.is_empty() {
        large.reverse();
        others = large;
    }
    // A title box (not a heading) that holds the headline's own element and
    // the byline (`div.article-title` > `div.tit` + `div.desc`) is no
    // headline. A heading that holds a kicker's and a headline's spans is.
    let boxes: Vec<usize> = others
        .iter()
        .map(|(i, _)| *i)
        .filter(|&i| {
            !matches!(dom.name(i), Some("h2" | "h3"))
                && h1s
                    .iter()
                    .chain(others.iter())
                    .any(|(j, _)| *j != i && dom.contains(i, *j))
        })
        .collect();
    others.retain(|(i, _)| !boxes.contains(i));
    // A section's name as the page's h1 over a post that shows its own
    // title: that title is the page's first heading.
    if let Some(c) = container {
        for (h1, text) in h1s.iter_mut() {
            if let Some(k) = others
                .iter()
                .position(|(j, _)| titles_article_under_section_name(dom, *h1, text, *j, c))
            {
                (*h1, *text) = others.remove(k);
            }
        }
    }
    // The declared headline, best first: JSON-LD, `<meta name=headline>`,
    // then `og:title` (which more often carries a site name).
    // A title that only names the site is no headline when the page shows
    // one in an h1 (a site's home or section page has its name as title).
    let site_names = std::cell::OnceCell::new();
    let shows_h1 = h1s.iter().any(|(_, t)| t.chars().count() >= 10);
    let headline_like = |t: &&str| {
        let names = || {
            site_names
                .get_or_init(|| site_names_of(dom, meta))
                .as_slice()
        };
        !shows_h1 || !only_names_site(t, names, host)
    };
    let declared_raw = [
        meta.ld_headline.as_deref(),
        meta.meta_headline.as_deref(),
        meta.og_title.as_deref(),
    ]
    .map(|t| t.filter(headline_like));
    let meta_t = declared_raw.into_iter().flatten().next();
    let doc_t = dom.head.title.as_deref().filter(headline_like);
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
    // A heading broken in two lines (`Headline<br><span>Subtitle</span>`)
    // reads as the declared title writes it: its first line, or both lines
    // joined by the title's own separator.
    let titles: Vec<&str> = declared
        .iter()
        .map(String::as_str)
        .chain((!doc_title.is_empty()).then_some(doc_title.as_str()))
        .collect();
    for (i, t) in h1s.iter_mut().chain(others.iter_mut()) {
        if let Some(headline) = broken_heading_as_titled(dom, *i, &titles)
            .or_else(|| without_trailing_aside(dom, *i, t, &titles))
        {
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
            .find(|(_, t)| with_site_after(&fold_typography(t), &m_folded))
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
                        .is_some_and(|k| shown_before(dom, *i, k.trim()))
                });
            // About the same story as the metadata, or most of the
            // `<title>` (which then disagrees with the metadata title), or
            // right before the body and sharing some words with the
            // metadata (which then tells an older version of the story).
            let leads_body = || {
                container.is_some_and(|c| leads_body(dom, *i, c))
                    && declared.iter().any(|d| shared_content_words(shown, d) >= 2)
            };
            let same_story = declared.iter().any(|d| shares_words(shown, d))
                || most_of(shown, &doc_title)
                || leads_body();
            if shown.chars().count() >= 10 && same_story && !kicker {
                return (Some(shown.clone()), Some(*i));
            }
        }
        // A heading that is the `<title>` or its first part (the headline
        // before the site's name), where the metadata title differs
        // (`[남해방송] 부산 … 두 배로`, an outlet's tag and a headline cut
        // short).
        let doc_parts = title_parts(&fold_typography(&doc_title));
        if let Some((i, t)) = candidates.iter().find(|(_, t)| {
            t.chars().count() >= 10 && doc_parts.first() == Some(&fold_typography(t))
        }) {
            return (Some(t.clone()), Some(*i));
        }
        let node = candidates
            .iter()
            .find(|(_, t)| t.chars().count() >= 4 && m.contains(t.as_str()))
            .map(|(i, _)| *i);
        return (
            Some(without_site_name(m, meta.site_name.as_deref(), host)),
            node.or_else(|| h1_near().map(|(i, _)| *i)),
        );
    }
    if let Some(d) = doc_t {
        let parts = title_parts(d);
        // The `<title>` may open with the column or the journal before a
        // colon (`《中国粮油仓储》：Headline_行业资讯_Site`).
        let after_tag = |t: &str| {
            parts.first().is_some_and(|first| {
                first
                    .strip_suffix(t)
                    .is_some_and(|tag| tag.trim_end().ends_with(['：', ':']))
            })
        };
        let in_title =
            |t: &str| t.chars().count() >= 4 && (d.starts_with(t) || most_of(t, d) || after_tag(t));
        if let Some((i, t)) = h1s.iter().find(|(_, t)| in_title(t)) {
            return (Some(t.clone()), Some(*i));
        }
        // A forum thread's type before its subject in the h1 (`[交通出行]
        // Subject`, as Discuz shows it), where the `<title>` has the subject.
        if let Some((i, t)) = h1s.iter().find_map(|(i, t)| {
            let subject = t.strip_prefix('[')?.split_once(']')?.1.trim();
            in_title(subject).then(|| (i, subject.to_string()))
        }) {
            return (Some(t), Some(*i));
        }
        // A heading that is one part of a `<title>` of several parts (the
        // first such part: the headline comes before the site name).
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
        // Scripts written without spaces count as long by characters:
        // Chinese from eight, Thai from thirty.
        let headline_long = |t: &str| {
            t.split_whitespace().count() >= 4
                || t.chars().filter(|&c| is_cjk(c)).count() >= 8
                || t.chars().count() >= 30
        };
        let leading_headline = || {
            candidates.iter().find(|(i, t)| {
                headline_long(t) && container.is_some_and(|c| leads_body(dom, *i, c))
            })
        };
        // So does a `<title>` whose first part names a section the page
        // links to (`协会动态-中国冷链物流行业协会`: the column, in the menu
        // and the breadcrumb).
        let names_linked_section = parts.first().is_some_and(|first| {
            !first.is_empty()
                && (0..dom.nodes.len())
                    .any(|j| dom.name(j) == Some("a") && dom.text_inline(j).trim() == first)
        });
        if names_linked_section {
            if let Some((i, t)) = leading_headline() {
                return (Some(t.clone()), Some(*i));
            }
        }
        if let Some((i, t)) = shown_beside_hyphen(dom, d) {
            return (Some(t), Some(i));
        }
        // A `<title>` of several parts that no heading matches (a section
        // and a site name): the h1 names the page better than any part.
        if let Some((i, shown)) = h1.filter(|(_, t)| t.chars().count() >= 4) {
            if parts.len() > 1 {
                return (Some(shown.clone()), Some(*i));
            }
        }
        if let Some((i, t)) = headline_before_subtitle(dom, d) {
            return (Some(t), Some(i));
        }
        // A `<title>` that no heading matches (a publishing system that
        // titles every page with the site's name) gives way to a heading
        // right before the body, one as long as a headline (four words,
        // eight Chinese characters; not a section's `Top stories`). So
        // does one of several parts (the kind of page and the site's name:
        // `News Details - Cedar Ridge Unified School District`) when that
        // heading is the page's first (not a later post's on a blog's page
        // of posts).
        let first_heading = candidates.iter().map(|(i, _)| *i).min();
        if let Some((i, t)) =
            leading_headline().filter(|(i, _)| parts.len() == 1 || Some(*i) == first_heading)
        {
            return (Some(t.clone()), Some(*i));
        }
        return (Some(strip_site_suffix(d)), h1_near().map(|(i, _)| *i));
    }
    match h1s.first() {
        Some((i, t)) => (Some(t.clone()), Some(*i)),
        None => (None, None),
    }
}

/// Whether `heading` is the title of the article whose body is `container`
/// while `h1` (`h1_text`) above that article only names the page's section
/// (Drupal and blog themes: `<h1 class="page-title">Blogs</h1><div
/// class="node"><h2 class="node-title">Post title</h2>…`). The h1 is a
/// short name (three words at most) outside the article's element (the
/// outermost ancestor of the body that does not hold the h1); the heading
/// is inside it, in the post's own wrapper, named a title by its class or
/// id (not a subtitle), longer than the h1, and right before the body (see
/// [`leads_body`]).
fn titles_article_under_section_name(
    dom: &Dom<'_>,
    h1: usize,
    h1_text: &str,
    heading: usize,
    container: usize,
) -> bool {
    let h1_words = title_words(h1_text).len();
    let Some(article) = std::iter::once(container)
        .chain(dom.ancestors(container))
        .take_while(|&a| !dom.contains(a, h1))
        .last()
    else {
        return false;
    };
    let named_title = named_by_class_word(dom, heading, &["title", "headline"])
        && !named_by_class_word(dom, heading, &["sub"]);
    // The heading's own wrapper is a post: `<article>`, or a class word
    // node / post / entry / article (not a panel of a section's page).
    let in_post = dom
        .ancestors(heading)
        .take_while(|&a| dom.contains(article, a))
        .any(|a| {
            dom.name(a) == Some("article")
                || named_by_class_word(dom, a, &["node", "post", "entry", "hentry", "article"])
        });
    h1_words <= 3
        && h1 < article
        && dom.contains(article, heading)
        && in_post
        && named_title
        && title_words(&dom.text_inline(heading)).len() > h1_words
        && leads_body(dom, heading, container)
}

/// Whether a class or id word of element `i` is one of `words`, the words
/// parted by hyphens or underscores (`entry-title`) or by case
/// (`detailTitle`, `blogPost`).
fn named_by_class_word(dom: &Dom<'_>, i: usize, words: &[&str]) -> bool {
    dom.class_tokens(i).any(|t| words.contains(&t))
        || ["class", "id"].iter().any(|attr| {
            dom.attr(i, attr).is_some_and(|v| {
                // The words of an ASCII value are pieces of it in lower
                // case: a value without any of `words` is skipped at once.
                (!v.is_ascii() || {
                    let lower = v.to_ascii_lowercase();
                    words.iter().any(|w| lower.contains(w))
                }) && class_words(v).iter().any(|w| words.contains(&w.as_str()))
            })
        })
}

/// `Headline-Site` or `Headline--Site` (hyphens without spaces, common in
/// Chinese titles), or `Site-Headline` (an e-paper's name first:
/// `滨江日报数字报-标题`): the headline is the part the page shows as the
/// whole text of one element (whatever its tag) while the other part is
/// short (16 characters at most); the longer part is tried first, so a
/// site name shown alone (a masthead) never wins over the headline. A
/// hyphen inside a word never qualifies: the text beside it is not shown
/// alone.
fn shown_beside_hyphen(dom: &Dom<'_>, title: &str) -> Option<(usize, String)> {
    let title = title.trim();
    fn split<'t>((headline, site): (&'t str, &'t str)) -> Option<&'t str> {
        let headline = headline.trim_matches('-').trim();
        let site = site.trim_matches('-').trim();
        let fits = headline.chars().count() >= 4 && !site.is_empty() && site.chars().count() <= 16;
        fits.then_some(headline)
    }
    // The site first only Chinese style, with no space by the hyphen
    // (`der Schreibstil - chadim.net - Webdesign` names its page first),
    // and the headline longer than the site's name.
    let site_first = title.split_once('-').filter(|(site, headline)| {
        !site.ends_with(char::is_whitespace)
            && !headline.starts_with(char::is_whitespace)
            && headline.chars().count() > site.chars().count()
    });
    let mut headlines: Vec<&str> = [
        title.rsplit_once('-').and_then(split),
        site_first
            .map(|(site, headline)| (headline, site))
            .and_then(split),
    ]
    .into_iter()
    .flatten()
    .collect();
    headlines.sort_by_key(|h| std::cmp::Reverse(h.chars().count()));
    headlines.dedup();
    headlines.into_iter().find_map(|headline| {
        let chars = headline.chars().count();
        (dom.body_index()..dom.nodes.len()).find_map(|i| {
            let node = &dom.nodes[i];
            // A link showing it alone is a menu's or a trail's item: the
            // part names a section (`协会动态-中国冷链物流行业协会`).
            let menu_item = node.link_chars * 2 > node.chars && !links_in_page(dom, i, None);
            (dom.name(i).is_some()
                && !menu_item
                && node.chars as usize >= chars / 2
                && node.chars as usize <= chars * 2
                && dom.text_inline(i) == headline)
                .then(|| (i, headline.to_string()))
        })
    })
}

/// `主题——副题`: a Chinese `<title>` that joins the headline and its
/// subtitle with a double dash (`乡村振兴的“金钥匙”——记全国劳动模范何桂英`,
/// an e-paper's feature) names the headline first, however much longer the
/// subtitle runs; it is the part before the dash when the page shows it as
/// the whole text of one element that is no link (not a list of the
/// edition's stories).
fn headline_before_subtitle(dom: &Dom<'_>, title: &str) -> Option<(usize, String)> {
    let (headline, subtitle) = title.split_once("——")?;
    let headline = headline.trim();
    let subtitle = subtitle.trim_start_matches('—').trim();
    if headline.chars().count() < 4 || subtitle.is_empty() || !headline.chars().any(is_cjk) {
        return None;
    }
    (dom.body_index()..dom.nodes.len()).find_map(|i| {
        let node = &dom.nodes[i];
        (dom.name(i).is_some()
            && node.link_chars == 0
            && !dom.ancestors(i).any(|a| dom.name(a) == Some("a"))
            && dom.text_inline(i) == headline)
            .then(|| (i, headline.to_string()))
    })
}

/// Whether heading `i` holds a link to a site's home page (the site's
/// name or logo in an `<h1>`): an `href` that is `/` or ends at a host name.
fn links_home(dom: &Dom<'_>, i: usize) -> bool {
    dom.elements_in(i).any(|j| dom.is_home_link(j))
}

/// The names a page gives its site, folded: `og:site_name`, the JSON-LD
/// publisher, and what links to the home page show (a masthead's text, a
/// logo's `alt`).
fn site_names_of(dom: &Dom<'_>, meta: &PageMeta) -> Vec<String> {
    let shown = (dom.body_index()..dom.nodes.len())
        .filter(|&j| dom.is_home_link(j) && dom.nodes[j].chars <= 80)
        .flat_map(|j| {
            let alts = dom
                .elements_in(j)
                .filter(|&k| dom.name(k) == Some("img"))
                .filter_map(|k| dom.attr(k, "alt"));
            std::iter::once(dom.text_inline(j)).chain(alts.map(String::from))
        });
    [meta.site_name.clone(), meta.ld_publisher.clone()]
        .into_iter()
        .flatten()
        .chain(shown)
        .map(|name| folded_letters(&name))
        .filter(|name| !name.is_empty())
        .collect()
}

/// Whether a title only names the site (`Springfield Times`, a host's
/// name such as `springfieldtimes` of www.springfield-times.com): a page
/// whose `<title>` or `og:title` is the site's name (a misconfigured
/// publishing system, an app shell) shows its headline elsewhere. A title
/// of several parts is more than a name, whatever `og:site_name` says.
/// The site's names (`site_names`, looked up only when needed) are
/// compared with the title folded.
fn only_names_site<'a>(title: &str, site_names: impl FnOnce() -> &'a [String], host: &str) -> bool {
    let parts = title_parts(title);
    if parts.iter().filter(|p| !p.is_empty()).count() > 1 {
        return false;
    }
    let folded = folded_letters(title);
    let labels: Vec<&str> = host.split('.').collect();
    let host_name = labels.len().checked_sub(2).map_or("", |k| labels[k]);
    !folded.is_empty() && (folded == folded_letters(host_name) || site_names().contains(&folded))
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
const TITLE_SEPARATORS: [&str; 12] = [
    " - ", " | ", " – ", " — ", " :: ", " » ", "_", "｜", "|", "│", "－", "——",
];

/// The parts of a `<title>` split at the usual site-name separators, and
/// at a bare `-` between Chinese characters after a Chinese headline
/// (`我院成功完成首例机器人辅助下单孔胆囊切除术-医院新闻-四川省第三人民医院`;
/// not `科普中国-辟谣文章`, a site and its section).
fn title_parts(t: &str) -> Vec<String> {
    let mut parts = vec![t.to_string()];
    for sep in TITLE_SEPARATORS {
        parts = parts
            .iter()
            .flat_map(|p| p.split(sep).map(str::to_string).collect::<Vec<_>>())
            .collect();
    }
    parts
        .iter()
        .flat_map(|p| after_chinese_headline(p))
        .map(|p| p.trim().to_string())
        .collect()
}

/// `part` split at each bare `-` with a Chinese character on both sides
/// when the text before the first holds eight Chinese characters or more
/// (a headline), else whole.
fn after_chinese_headline(part: &str) -> Vec<&str> {
    let between_cjk = |at: usize| {
        part[..at].chars().next_back().is_some_and(is_cjk)
            && part[at + 1..].chars().next().is_some_and(is_cjk)
    };
    let dashes: Vec<usize> = part
        .match_indices('-')
        .map(|(at, _)| at)
        .filter(|&at| between_cjk(at))
        .collect();
    let headline_first = dashes
        .first()
        .is_some_and(|&at| part[..at].chars().filter(|&c| is_cjk(c)).count() >= 8);
    if !headline_first {
        return vec![part];
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for at in dashes {
        parts.push(&part[start..at]);
        start = at + 1;
    }
    parts.push(&part[start..]);
    parts
}

/// The headline of `heading` when a `<br>` breaks it in lines and a title
/// in `titles` (the metadata titles, the `<title>`) or one of their parts
/// (see [`title_parts`]) is its first line (the second is a subtitle:
/// `夏粮收购工作全面启动<br>——市农业农村局部署相关工作`) or its lines
/// joined by punctuation (`The Last Lighthouse Keeper<br>A life on the
/// rocks` titled `The Last Lighthouse Keeper: A life on the rocks`).
fn broken_heading_as_titled(dom: &Dom<'_>, heading: usize, titles: &[&str]) -> Option<String> {
    if !dom.elements_in(heading).any(|j| dom.name(j) == Some("br")) {
        return None;
    }
    let text = dom.text_marked_lines(heading);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let first = fold_typography(lines.first()?);
    if lines.len() < 2 || first.chars().count() < 4 {
        return None;
    }
    let letters = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let joined = letters(&fold_typography(&lines.join(" ")));
    let candidates = titles
        .iter()
        .flat_map(|t| std::iter::once(collapse_ws(t)).chain(title_parts(t)));
    let mut first_line = None;
    for title in candidates {
        let folded = fold_typography(&title);
        if letters(&folded) == joined && folded.chars().count() > first.chars().count() {
            return Some(title);
        }
        if folded == first {
            first_line = Some(lines[0].to_string());
        }
    }
    first_line
}

/// The heading `shown` without an aside in its last element (`标题<span>原标题：…</span>`,
/// `Headline <small>Updated</small>`) when the declared titles hold the
/// rest of the heading and none holds the aside.
fn without_trailing_aside(
    dom: &Dom<'_>,
    heading: usize,
    shown: &str,
    titles: &[&str],
) -> Option<String> {
    let end = dom.nodes[heading].end;
    let last = (heading + 1..end)
        .rev()
        .find(|&j| dom.nodes[j].parent == heading && dom.nodes[j].chars > 0)?;
    let aside_element = dom
        .name(last)
        .is_some_and(|n| matches!(n, "span" | "small" | "div" | "p" | "em" | "i"));
    if !aside_element {
        return None;
    }
    let aside = dom.text_inline(last);
    let rest = shown.strip_suffix(aside.as_str())?.trim_end();
    if rest.chars().count() < 4 {
        return None;
    }
    let (rest_folded, aside_folded) = (fold_typography(rest), fold_typography(&aside));
    let titled = titles.iter().map(|t| fold_typography(t));
    let mut holds_rest = false;
    for title in titled {
        if title.contains(&aside_folded) {
            return None;
        }
        holds_rest |= title.contains(&rest_folded);
    }
    holds_rest.then(|| rest.to_string())
}

/// `Headline - Site`, `Headline | Section | Site`, `标题_频道_网站`: the longest part.
fn strip_site_suffix(t: &str) -> String {
    title_parts(t)
        .into_iter()
        .max_by_key(|p| p.chars().count())
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| t.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::run;

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
    fn a_bare_dash_between_chinese_characters_parts_a_headline_from_the_site() {
        assert_eq!(
            title_parts("我院成功完成首例机器人辅助下单孔胆囊切除术-医院新闻-四川省第三人民医院"),
            [
                "我院成功完成首例机器人辅助下单孔胆囊切除术",
                "医院新闻",
                "四川省第三人民医院"
            ]
        );
        // A site and its section, no headline: one part.
        assert_eq!(title_parts("科普中国-辟谣文章"), ["科普中国-辟谣文章"]);
        // Not between Chinese characters.
        for whole in [
            "新冠疫苗接种进展顺利COVID-19",
            "全市今年新建改建农村公路一百公里-2025",
            "北京大学与清华大学联合发布AI-大模型评测报告",
        ] {
            assert_eq!(title_parts(whole), [whole]);
        }
        // A page showing the headline in a plain `<div>`.
        assert_eq!(
            title_of(
                "<title>我院成功完成首例机器人辅助下单孔胆囊切除术-医院新闻-四川省第三人民医院</title>",
                r#"<div class="yy-bt">我院成功完成首例机器人辅助下单孔胆囊切除术</div>"#
            )
            .as_deref(),
            Some("我院成功完成首例机器人辅助下单孔胆囊切除术")
        );
    }

    #[test]
    fn a_headline_beside_a_site_name_and_hyphens_is_cut_where_the_page_shows_it() {
        // Two hyphens before the site name.
        assert_eq!(
            title_of(
                "<title>节后生猪价格持续回落 养殖端压栏意愿减弱--中国畜牧信息网</title>",
                "<table><tr><td class=\"tit\"><b>节后生猪价格持续回落 养殖端压栏意愿减弱</b></td></tr></table>"
            )
            .as_deref(),
            Some("节后生猪价格持续回落 养殖端压栏意愿减弱")
        );
        // An e-paper's name before the headline.
        assert_eq!(
            title_of(
                "<title>滨江日报数字报-老旧小区加装电梯今年将再增300台</title>",
                "<table><tr><td>2025年03月14日</td></tr><tr><td><founder-title>老旧小区加装电梯今年将再增300台</founder-title></td></tr></table>"
            )
            .as_deref(),
            Some("老旧小区加装电梯今年将再增300台")
        );
        // A masthead showing the site's name alone does not make it the headline.
        assert_eq!(
            title_of(
                "<title>滨江日报-老旧小区加装电梯今年将再增300台</title>",
                "<div class=\"logo\">滨江日报</div><p>老旧小区加装电梯今年将再增300台</p>"
            )
            .as_deref(),
            Some("老旧小区加装电梯今年将再增300台")
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
        run("http://a.example/news/1.html", &html).title
    }

    #[test]
    fn a_title_box_in_the_link_home_is_the_masthead() {
        assert_eq!(
            title_of(
                "<title>Notizie | Comune di Bassano del Grappa</title>",
                "<a href=\"/\"><span class=\"it-brand-title\">Comune di Bassano del Grappa</span></a>\
                 <h1>Ponte Vecchio, dal 3 marzo limitazioni al transito pedonale</h1>"
            )
            .as_deref(),
            Some("Ponte Vecchio, dal 3 marzo limitazioni al transito pedonale")
        );
    }

    #[test]
    fn a_headline_under_a_section_and_site_title_is_found_by_its_box_or_length() {
        // A table cell named `tit` (an abbreviated "title").
        assert_eq!(
            title_of(
                "<title>警务资讯--泉州市公安局</title>",
                "<a href=\"/jwzx/\">警务资讯</a><table><tr><td class=\"tit\">泉州警方破获一起跨省电信网络诈骗案 抓获犯罪嫌疑人27名</td></tr></table>"
            )
            .as_deref(),
            Some("泉州警方破获一起跨省电信网络诈骗案 抓获犯罪嫌疑人27名")
        );
        // A Thai headline has few spaces but many letters.
        assert_eq!(
            title_of(
                "<title>กรมประชาสัมพันธ์ - ข่าวภูมิภาค</title>",
                "<div class=\"news-head\"><h3>เชียงใหม่เตรียมรับมือฝุ่น PM2.5 ตั้งศูนย์บัญชาการเหตุการณ์ล่วงหน้า</h3></div>"
            )
            .as_deref(),
            Some("เชียงใหม่เตรียมรับมือฝุ่น PM2.5 ตั้งศูนย์บัญชาการเหตุการณ์ล่วงหน้า")
        );
    }

    #[test]
    fn a_title_box_holding_the_headline_and_its_byline_is_not_the_headline() {
        assert_eq!(
            title_of(
                "<title>江城观察</title>",
                r#"<div class="article-title"><div class="tit">老厂房“活”起来！滨江又一组历史建筑完成更新</div>
                <div class="desc">作者：林晓　来源：江城观察　时间：2024-05-06 17:30</div>
                <div class="channel-tag"><a href="/c/3">城事</a> · <a href="/c/31">城市更新</a></div></div>"#
            )
            .as_deref(),
            Some("老厂房“活”起来！滨江又一组历史建筑完成更新")
        );
    }

    #[test]
    fn a_forum_threads_type_before_its_subject_is_no_part_of_the_title() {
        assert_eq!(
            title_of(
                "<title>城东大桥5月10日起封闭施工 公交线路临时调整 - 本地新闻 - 宜兴论坛</title>",
                r#"<h1 class="ts"><a href="forum.php?typeid=12">[交通出行]</a> <span id="thread_subject">城东大桥5月10日起封闭施工 公交线路临时调整</span></h1>"#
            )
            .as_deref(),
            Some("城东大桥5月10日起封闭施工 公交线路临时调整")
        );
    }

    #[test]
    fn a_headline_set_large_is_found_on_a_page_without_headings() {
        // A township site's tables: the masthead set larger still, the
        // column's name as the `<title>`.
        assert_eq!(
            title_of(
                "<title>乡镇动态</title>",
                r#"<table><tr><td><font size="6"><b>中共江口县分水镇委员会 分水镇人民政府</b></font></td></tr>
                <tr><td>您现在的位置：<a href="/">首页</a> &gt; <a href="/list.asp?id=2">乡镇动态</a></td></tr>
                <tr><td align="center"><font size="4"><b>分水镇制笔产业“数字工厂”项目开工</b></font></td></tr></table>"#
            )
            .as_deref(),
            Some("分水镇制笔产业“数字工厂”项目开工")
        );
        // An e-paper whose `<title>` is the paper's name.
        assert_eq!(
            title_of(
                "<title>濠江日報電子版</title>",
                r#"<div class="banmian">第A02版：澳聞</div>
                <table><tr><td align="center"><strong><font style="font-size: 24px">輕軌東線隧道段全面貫通</font></strong></td></tr></table>"#
            )
            .as_deref(),
            Some("輕軌東線隧道段全面貫通")
        );
        assert!(set_large_in(r#"<span style="FONT-SIZE:16pt">x</span>"#));
        assert!(!set_large_in(r#"<span style="font-size:14px">x</span>"#));
        assert!(!set_large_in(r#"<font size="3">x</font>"#));
    }

    fn set_large_in(body: &str) -> bool {
        let html = format!("<html><body>{body}</body></html>");
        let doc = scraper::Html::parse_document(&html);
        let dom = Dom::build(&doc);
        (0..dom.nodes.len()).any(|i| dom.name(i).is_some() && set_large(&dom, i))
    }

    #[test]
    fn a_title_cell_classed_bt_is_a_headline_candidate() {
        assert_eq!(
            title_of(
                "<title>交通广播：国庆假期首日 全省高速车流量预计超380万辆次--清河广播网</title>",
                r#"<table><tr><td>您的位置：<a href="/">清河广播网</a> &gt;&gt; <a href="/jt/">交通广播</a></td></tr>
                <tr><td align="center" class="bt">国庆假期首日 全省高速车流量预计超380万辆次</td></tr></table>"#
            )
            .as_deref(),
            Some("国庆假期首日 全省高速车流量预计超380万辆次")
        );
    }

    #[test]
    fn a_title_opening_with_the_journal_before_a_colon_holds_the_h1() {
        // The column's name is a part of the `<title>` too, but the h1
        // ends its first part.
        assert_eq!(
            title_of(
                "<title>《中国粮油仓储》：绿色储粮技术在南方高温高湿地区的应用进展_行业资讯_中国粮油仓储杂志社</title>",
                r#"<div class="lm_title">行业资讯</div>
                <h1 class="article_title">绿色储粮技术在南方高温高湿地区的应用进展</h1>"#
            )
            .as_deref(),
            Some("绿色储粮技术在南方高温高湿地区的应用进展")
        );
    }

    #[test]
    fn a_title_with_a_subtitle_after_a_double_dash_names_the_headline_first() {
        assert_eq!(
            title_of(
                "<title>乡村振兴的“金钥匙”——记全国劳动模范、柳溪村党支部书记何桂英</title>",
                r##"<table><tr><td><a href="#">·乡村振兴的“金钥匙”</a></td></tr>
                <tr><td><font color="#666">——庆祝“五一”国际劳动节</font></td></tr>
                <tr><td class="bt">乡村振兴的“金钥匙”</td></tr>
                <tr><td><font size="3">——记全国劳动模范、柳溪村党支部书记何桂英</font></td></tr></table>"##
            )
            .as_deref(),
            Some("乡村振兴的“金钥匙”")
        );
    }

    #[test]
    fn a_headline_broken_in_lines_reads_as_its_title_writes_it() {
        // The second line is a subtitle the title leaves out.
        assert_eq!(
            title_of(
                "<title>夏粮收购工作全面启动_某某新闻网</title>",
                r#"<h1>夏粮收购工作全面启动<br><span class="fu">——市农业农村局部署相关工作</span></h1>"#
            )
            .as_deref(),
            Some("夏粮收购工作全面启动")
        );
        // The title joins the lines with its own punctuation.
        assert_eq!(
            title_of(
                "<title>The Last Lighthouse Keeper: A life on the rocks | Coast Magazine</title>",
                r#"<h1>The Last Lighthouse Keeper<br><span class="sub">A life on the rocks</span></h1>"#
            )
            .as_deref(),
            Some("The Last Lighthouse Keeper: A life on the rocks")
        );
        // A title that is neither keeps the heading's own two lines.
        assert_eq!(
            title_of(
                r#"<meta property="og:title" content="The last lighthouse keeper tells his story">"#,
                r#"<h1>The Last Lighthouse Keeper<br>A life on the rocks</h1>"#
            )
            .as_deref(),
            Some("The Last Lighthouse Keeper A life on the rocks")
        );
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
    fn an_aside_at_the_end_of_the_heading_is_not_the_headline() {
        let head = "<title>暑期档电影票房突破100亿元_央视新闻_搜狐</title>\
            <meta property=\"og:title\" content=\"暑期档电影票房突破100亿元_搜狐\">";
        assert_eq!(
            title_of(
                head,
                "<h1>暑期档电影票房突破100亿元<span class=\"original-title\">原标题：暑期档票房破百亿</span></h1>"
            )
            .as_deref(),
            Some("暑期档电影票房突破100亿元")
        );
        // An element the title also holds stays part of the headline.
        let head = "<title>Mayor resigns after audit | The Daily</title>";
        assert_eq!(
            title_of(head, "<h1>Mayor resigns <em>after audit</em></h1>").as_deref(),
            Some("Mayor resigns after audit")
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
    fn a_title_naming_a_linked_section_gives_way_to_the_heading_before_the_body() {
        // The `<title>` names the column the menu and the trail link to;
        // the headline is the heading right before the body.
        let menu = r#"<ul class="lm-list"><li class="on"><a href="/news/xhdt/">协会动态</a></li><li><a href="/news/hyzx/">行业资讯</a></li></ul>"#;
        let heading = "<h2 class=\"show-tit\">团体标准审查会在京召开 专家一致同意通过审查</h2>";
        assert_eq!(
            title_of(
                "<title>协会动态-中国冷链物流行业协会</title>",
                &format!("{menu}{heading}")
            )
            .as_deref(),
            Some("团体标准审查会在京召开 专家一致同意通过审查")
        );
        assert_eq!(
            title_of(
                "<title>Blog - Example Webdesign</title>",
                r#"<ul class="menu"><li><a href="/blog/">Blog</a></li></ul><h2>Write for the people who read you</h2>"#
            )
            .as_deref(),
            Some("Write for the people who read you")
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

    #[test]
    fn a_title_that_only_names_the_site_gives_way_to_the_h1() {
        let page = |head: &str, masthead: &str, h1: &str| {
            let html = format!(
                "<html><head>{head}</head><body><div class=\"masthead\">{masthead}</div>{h1}\
                 <div class=\"story\"><p>{}</p></div></body></html>",
                "A paragraph of the story that is long enough to be the article text. ".repeat(8)
            );
            run("https://www.springfield-times.com/news/1.html", &html).title
        };
        let h1 = "<h1>Council approves stadium deal after marathon meeting</h1>";
        let masthead = r#"<a href="/">Springfield Times</a>"#;
        let want = Some("Council approves stadium deal after marathon meeting".to_string());
        // The site's name as the masthead shows it, as og:site_name states
        // it, as a logo's alt text, or as the host spells it.
        assert_eq!(page("<title>Springfield Times</title>", masthead, h1), want);
        assert_eq!(
            page(
                r#"<title>Springfield Times</title><meta property="og:title" content="Springfield Times">"#,
                masthead,
                h1
            ),
            want
        );
        assert_eq!(
            page(
                r#"<meta property="og:title" content="The Times"><meta property="og:site_name" content="The Times">"#,
                "",
                h1
            ),
            want
        );
        assert_eq!(
            page(
                "<title>The Times</title>",
                r#"<a href="https://www.springfield-times.com/"><img alt="The Times" src="l.png"></a>"#,
                h1
            ),
            want
        );
        assert_eq!(page("<title>SpringfieldTimes</title>", "", h1), want);
        // A site's own page without an h1 keeps its name as its title.
        assert_eq!(
            page("<title>Springfield Times</title>", masthead, "").as_deref(),
            Some("Springfield Times")
        );
        // A title of several parts is more than the site's name, even when
        // `og:site_name` repeats it.
        let names = [folded_letters("Stadium deal approved - Springfield Times")];
        assert!(!only_names_site(
            "Stadium deal approved - Springfield Times",
            || &names,
            "www.example.com"
        ));
    }

    #[test]
    fn the_headline_part_of_the_title_shown_as_a_heading_beats_a_tagged_og_title() {
        let head = r#"<title>부산 해운대 해수욕장 조기 개장…안전요원 두 배로 늘린다 | 남해방송 뉴스</title>
            <meta property="og:title" content="[남해방송] 부산 해운대 해수욕장 조기 개장…안전요원 두 배로">"#;
        let body = r#"<h1 class="logo"><a href="/">남해방송 NEWS</a></h1>
            <h2 class="tit">부산 해운대 해수욕장 조기 개장…안전요원 두 배로 늘린다</h2>"#;
        assert_eq!(
            title_of(head, body).as_deref(),
            Some("부산 해운대 해수욕장 조기 개장…안전요원 두 배로 늘린다")
        );
        // Nor a short heading (`Home` under `<title>Home | …`).
        let head = r#"<title>Home | Cork City Radio Station</title>
            <meta property="og:title" content="Council approves new transit budget">"#;
        assert_eq!(
            title_of(head, "<h2>Home</h2>").as_deref(),
            Some("Council approves new transit budget")
        );
        // Not the site's name, the `<title>`'s last part.
        let head = r#"<title>The Best Music Mix Of The Week | Cork City Radio Station</title>
            <meta property="og:title" content="Listen live to the Cork City Radio Station mix">"#;
        let body = r#"<h2 class="station-title">Cork City Radio Station</h2>"#;
        assert_ne!(
            title_of(head, body).as_deref(),
            Some("Cork City Radio Station")
        );
    }

    #[test]
    fn a_title_that_names_the_site_alone_gives_way_to_the_heading_before_the_body() {
        // The outlet's name, shown on the page only beside the headline.
        assert_eq!(
            title_of(
                "<title>泉城日报</title>",
                r#"<span class="origin">泉城日报</span><h1 class="detail-title">千佛山至大明湖文旅慢行步道贯通 全长12.8公里</h1>"#
            )
            .as_deref(),
            Some("千佛山至大明湖文旅慢行步道贯通 全长12.8公里")
        );
        // Any one-part `<title>` that no heading matches.
        assert_eq!(
            title_of(
                "<title>南屏市卫生健康委员会</title>",
                r#"<table><tr><td class="newstitle">东湖镇卫生院开展“三伏贴”冬病夏治服务</td></tr></table>"#
            )
            .as_deref(),
            Some("东湖镇卫生院开展“三伏贴”冬病夏治服务")
        );
        // Not to a section's heading on the site's front page.
        assert_eq!(
            title_of("<title>The Evening Ledger</title>", "<h2>Top stories</h2>").as_deref(),
            Some("The Evening Ledger")
        );
        // A `<title>` of the kind of page and the site's name, when the
        // heading is the page's first; not a later post's heading on a
        // page of posts.
        let title = "<title>News Details - Cedar Ridge Unified School District</title>";
        let post = r#"<a href="/" class="logo">Cedar Ridge Unified School District</a>
            <h2 class="fsTitle">Board Approves Later Start Times for Middle and High Schools</h2>"#;
        assert_eq!(
            title_of(title, post).as_deref(),
            Some("Board Approves Later Start Times for Middle and High Schools")
        );
        let later_post =
            format!(r#"<div class="post-title">Snow day</div><p>Closed today.</p>{post}"#);
        assert_ne!(
            title_of(title, &later_post).as_deref(),
            Some("Board Approves Later Start Times for Middle and High Schools")
        );
    }

    #[test]
    fn a_section_name_h1_over_a_post_with_its_own_title_is_no_headline() {
        let text =
            "A paragraph of the story that is long enough to be the article text. ".repeat(8);
        let page = |head: &str, h1: &str, h2_class: &str| {
            let html = format!(
                r#"<html><head>{head}</head><body><div id="page"><h1 class="page-title">{h1}</h1>
                <div class="node"><h2 class="{h2_class}">Open data, a vision from the city</h2>
                <div class="submitted">Posted by Jane Roe on 03 March 2014</div>
                <div class="content"><p>{text}</p></div></div></div></body></html>"#
            );
            run("http://a.example/news/1.html", &html).title
        };
        for head in ["<title>Blogs | Example</title>", ""] {
            assert_eq!(
                page(head, "Blogs", "node-title").as_deref(),
                Some("Open data, a vision from the city"),
                "{head}"
            );
        }
        // The headline as the h1, over a standfirst or a subtitle: the h1.
        let head = "<title>Storm hits the coast | Example</title>";
        assert_eq!(
            page(head, "Storm hits the coast", "node-title").as_deref(),
            Some("Storm hits the coast")
        );
        assert_eq!(
            page("<title>Blogs | Example</title>", "Blogs", "standfirst").as_deref(),
            Some("Blogs")
        );
        assert_eq!(
            page("<title>Blogs | Example</title>", "Blogs", "sub-title").as_deref(),
            Some("Blogs")
        );
        // Class words parted by case (`blogPost`, `detailTitle`), as a
        // city's CMS writes them; a `subTitle` is none.
        let camel = |h2_class: &str| {
            let html = format!(
                r#"<html><head><title>News Flash • Riverton, WY</title></head><body><h1 class="pageTitle">News Flash</h1>
                <div class="single blogPost"><h2 class="{h2_class}">Police arrest two suspects in vehicle break-ins</h2>
                <div class="content"><p>{text}</p></div></div></body></html>"#
            );
            run("https://www.example.gov/CivicAlerts.aspx?AID=1190", &html).title
        };
        assert_eq!(
            camel("detailTitle").as_deref(),
            Some("Police arrest two suspects in vehicle break-ins")
        );
        assert_eq!(camel("detailSubTitle").as_deref(), Some("News Flash"));
        // A section's own page, whose panels have titles: the h1 names it.
        let panel = format!(
            r#"<html><head><title>Linked Data | Example</title></head><body><h1 class="page-header">Linked Data</h1>
            <div class="panel-display"><div class="panel-pane"><h2 class="pane-title">What is linked data and why it matters</h2>
            <div class="pane-content"><p>{text}</p></div></div></div></body></html>"#
        );
        assert_eq!(
            run("http://a.example/linked-data", &panel).title.as_deref(),
            Some("Linked Data")
        );
    }

    #[test]
    fn a_founder_e_papers_headline_element_is_the_headline() {
        let text = "<P>　　【本報消息】輕軌東線工程正全速推進，運輸基建局昨日表示整體工程進度已超過三成，預計二〇二八年完工並投入運作。</P>".repeat(4);
        let html = format!(
            r#"<HTML><HEAD><TITLE>澳門日報電子版</TITLE></HEAD><BODY><TABLE><TR><TD class=default>當前版：<B>A02：澳聞</B></TD></TR>
            <TR><TD class=font01 align=center height=50><founder-title>輕軌東線工程進度逾三成 料二〇二八年完工</founder-title></TD></TR>
            <TR><TD><founder-content>{text}</founder-content></TD></TR></TABLE></BODY></HTML>"#
        );
        assert_eq!(
            run(
                "http://www.macaodaily.com/html/2024-05/06/content_1.htm",
                &html
            )
            .title
            .as_deref(),
            Some("輕軌東線工程進度逾三成 料二〇二八年完工")
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
    use scraper::Html;

    /// Runs `check` on the page of `body` and its first `<h1>`.
    fn with_h1<T>(body: &str, check: impl Fn(&Dom<'_>, usize) -> T) -> T {
        let html = Html::parse_document(&format!("<html><body>{body}</body></html>"));
        let dom = Dom::build(&html);
        let h1 = (0..dom.nodes.len())
            .find(|&i| dom.name(i) == Some("h1"))
            .unwrap();
        check(&dom, h1)
    }

    fn h1_in_breadcrumb(body: &str) -> bool {
        with_h1(body, in_breadcrumb)
    }

    #[test]
    fn a_heading_agrees_with_most_of_the_title() {
        assert!(most_of(
            "Artist designs front page",
            "Press: Artist designs front page"
        ));
        assert!(!most_of("Press", "Press: Artist designs front page"));
        assert!(!most_of(
            "Artist designs the page",
            "Artist designs front page"
        ));
    }

    #[test]
    fn a_site_name_after_the_headline_is_found() {
        assert!(with_site_after("What we hear | OLD.NET", "What we hear"));
        assert!(with_site_after(
            "What we hear - News - Site",
            "What we hear"
        ));
        assert!(!with_site_after("What we hear", "What we hear"));
        assert!(!with_site_after("What we hear: a story", "What we hear"));
        assert!(!with_site_after(
            "What we hear - and what we would rather not hear about ourselves",
            "What we hear"
        ));
    }

    #[test]
    fn a_heading_with_only_a_byline_before_the_body_leads_it() {
        let body_at = |d: &Dom<'_>| {
            (0..d.nodes.len())
                .find(|&i| d.class_id(i).contains("story"))
                .unwrap()
        };
        let page =
            r#"<h1>Polls close</h1><p>By Jane Roe, 5 May</p><div class="story"><p>Text</p></div>"#;
        assert!(with_h1(page, |d, h| leads_body(d, h, body_at(d))));
        let far = format!(
            r#"<h1>Polls close</h1><div>{}</div><div class="story"><p>Text</p></div>"#,
            "Other stories of the day. ".repeat(12)
        );
        assert!(!with_h1(&far, |d, h| leads_body(d, h, body_at(d))));
        let after = r#"<div class="story"><p>Text</p></div><h1>Polls close</h1>"#;
        assert!(!with_h1(after, |d, h| leads_body(d, h, body_at(d))));
    }

    #[test]
    fn a_link_into_the_page_is_no_teaser_link() {
        let in_page = |d: &Dom<'_>, h: usize| links_in_page(d, h, None);
        let page = r##"<h1><a href="#title">Senator calls the president "unfit"</a></h1>"##;
        assert!(with_h1(page, in_page));
        let teaser = r##"<h1><a href="/news/2.html">Another story</a></h1>"##;
        assert!(!with_h1(teaser, in_page));
    }

    #[test]
    fn a_heading_linked_to_its_own_page_heads_the_story_it_leads() {
        let url = "https://blog.example/fall-in-love-with-black/";
        let story = format!(
            r#"<div class="entry"><p>{}</p></div>"#,
            "Black is the colour of the season again, as the shows proved. ".repeat(6)
        );
        // The element `run` took as the headline, by its tag and text.
        let headline_at = |html: &str| {
            let parsed = Html::parse_document(html);
            let mut dom = Dom::build(&parsed);
            dom.page_url = url::Url::parse(url).ok();
            let meta = crate::meta::read(&dom.head);
            let (container, _) = crate::body::find_body(&dom);
            let node = pick(&dom, &meta, container, "blog.example").1?;
            Some(format!("{}: {}", dom.name(node)?, dom.text(node)))
        };
        // A blog theme's post heading links to the post's permalink, under
        // the date line; the dates near it are the post's.
        let post = format!(
            r#"<html><head><title>Fall in love with black – LDT – Blog</title></head><body>
            <div class="post-meta"><a href="/2017/08/08/">08/08/2017</a></div>
            <h2 class="title"><a href="{url}" rel="bookmark">Fall in love with black</a></h2>
            {story}</body></html>"#
        );
        assert_eq!(
            headline_at(&post).as_deref(),
            Some("h2: Fall in love with black")
        );
        // The page's own teaser in a feed beside the story is no headline.
        let with_feed = format!(
            r#"<html><head><title>Man City boost their case - ESPN</title>
            <meta property="og:title" content="With the trophy, Man City have earned a place"></head>
            <body><h1>Man City boost their case</h1>{story}
            <div class="news-feed"><h3 class="news-feed-item-title"><a href="{url}">With the
            trophy, Man City have earned a place</a></h3></div></body></html>"#
        );
        assert_eq!(
            headline_at(&with_feed).as_deref(),
            Some("h1: Man City boost their case")
        );
        assert_eq!(
            run(url, &with_feed).title.as_deref(),
            Some("Man City boost their case")
        );
    }

    #[test]
    fn a_kicker_counts_when_shown_on_its_own_before_the_headline() {
        let page = r#"<div class="topline">Election night</div><h1>Polls close in the east</h1>"#;
        assert!(with_h1(page, |d, h| shown_before(d, h, "Election night")));
        // Not when it is only a link (a byline), nor when shown after.
        let link = r#"<p><a href="/u/jane">Jane Roe</a></p><h1>Polls close in the east</h1>"#;
        assert!(!with_h1(link, |d, h| shown_before(d, h, "Jane Roe")));
        let after = r#"<h1>Polls close in the east</h1><div>Election night</div>"#;
        assert!(!with_h1(after, |d, h| shown_before(d, h, "Election night")));
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
    #[test]
    fn a_last_part_naming_the_site_is_cut() {
        let cut = |t: &str, site: Option<&str>, host: &str| without_site_name(t, site, host);
        assert_eq!(
            cut(
                "Seriöses Design | VON DER SEE",
                Some("VON DER SEE"),
                "von-der-see.de"
            ),
            "Seriöses Design"
        );
        assert_eq!(
            cut(
                "Produkttests │ Nestlé Marktplatz",
                None,
                "www.nestle-marktplatz.de"
            ),
            "Produkttests"
        );
        assert_eq!(
            cut(
                "Relacja na żywo - WP SportoweFakty",
                None,
                "sportowefakty.wp.pl"
            ),
            "Relacja na żywo"
        );
        assert_eq!(
            cut(
                "Energiewende - BMBF",
                Some("Bundesministerium für Bildung und Forschung - BMBF"),
                "www.bmbf.de"
            ),
            "Energiewende"
        );
        // A last part that is not the site stays: the headline's own end,
        // a section, a short word that happens to be a host label.
        let kept = "Weikert attackiert - und doch wieder nicht";
        assert_eq!(cut(kept, Some("Eurosport"), "eurosport.de"), kept);
        assert_eq!(
            cut(
                "Budget 2024 | Politics",
                Some("The Herald"),
                "herald.example"
            ),
            "Budget 2024 | Politics"
        );
        assert_eq!(cut("Go - de", None, "news.de"), "Go - de");
        assert_eq!(
            cut(
                "Budget vote fails | Politics",
                None,
                "www.dailypolitics.com"
            ),
            "Budget vote fails | Politics"
        );
        assert_eq!(
            cut("Ski-WM abgesagt - Sport", None, "sport.example.de"),
            "Ski-WM abgesagt - Sport"
        );
        assert_eq!(
            cut("Elecciones | El Español", None, "www.elespanol.com"),
            "Elecciones"
        );
        assert_eq!(folded_letters("Ñandú Façade"), "nandufacade");
        assert_eq!(
            cut("The Herald", Some("The Herald"), "herald.example"),
            "The Herald"
        );
    }
}
