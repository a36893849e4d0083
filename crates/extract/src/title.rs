//! Rules about which heading on a page is the headline, used by
//! `pick_title` in lib.rs.

use crate::dom::{Dom, Kind};

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
pub(crate) fn shown_before(dom: &Dom<'_>, heading: usize, kicker: &str) -> bool {
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
pub(crate) fn most_of(heading: &str, doc_title: &str) -> bool {
    heading.chars().count() * 2 >= doc_title.chars().count() && doc_title.contains(heading)
}

/// Whether `heading` is `headline` followed by a separator and one or
/// more short parts (`Headline | SITE.NET`): a site name shown with it.
pub(crate) fn with_site_after(heading: &str, headline: &str) -> bool {
    let Some(rest) = heading.strip_prefix(headline) else {
        return false;
    };
    let parts = crate::title_parts(rest);
    parts.len() > 1
        && parts[0].is_empty()
        && parts[1..]
            .iter()
            .all(|p| !p.is_empty() && p.chars().count() <= 30)
}

/// Whether `heading` comes right before the article body that starts at
/// node `body`: at most 200 characters of text (a byline, a date) between
/// them.
pub(crate) fn leads_body(dom: &Dom<'_>, heading: usize, body: usize) -> bool {
    let mut between = 0;
    heading < body
        && (dom.nodes[heading].end..body)
            .filter(|&j| matches!(dom.nodes[j].kind, Kind::Text(_)))
            .all(|j| {
                between += dom.nodes[j].chars;
                between <= 200
            })
}

/// Whether no link in element `i` leaves the page: every link (if any)
/// points into the page itself (`href="#…"`). A heading wrapped in such a
/// link is no teaser for another page.
pub(crate) fn links_in_page(dom: &Dom<'_>, i: usize) -> bool {
    dom.elements_in(i)
        .filter(|&j| dom.name(j) == Some("a"))
        .all(|j| {
            dom.attr(j, "href")
                .is_some_and(|h| h.trim().starts_with('#'))
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
pub(crate) fn without_site_name(title: &str, site_name: Option<&str>, host: &str) -> String {
    let last_separator = crate::TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, at + sep.len())))
        .max();
    let Some((before, after)) = last_separator.map(|(at, end)| (&title[..at], &title[end..]))
    else {
        return title.to_string();
    };
    let (headline, part) = (before.trim(), folded_letters(after));
    let site = site_name.map(|s| {
        let short = crate::title_parts(s).pop().unwrap_or_default();
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

#[cfg(test)]
mod tests {
    use super::*;
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
        let page = r##"<h1><a href="#title">Senator calls the president "unfit"</a></h1>"##;
        assert!(with_h1(page, links_in_page));
        let teaser = r##"<h1><a href="/news/2.html">Another story</a></h1>"##;
        assert!(!with_h1(teaser, links_in_page));
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
