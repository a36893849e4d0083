//! When the article was published: `<time>` and date markup, the date
//! line by the headline, metadata, and the order that ranks them.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime};

use crate::dates;
use crate::dom::{collapse_ws, Dom, Kind};
use crate::facts::{dates_the_site, in_comment_area, in_teaser_card, is_comment_area};
use crate::labels::Field;
use crate::Page;

/// When the article was published, on a page at `url_path` whose decoded
/// text is `html`; a time without an offset is taken in `default`.
///
/// The date shown with the headline (`<time>` / `itemprop=datePublished`
/// markup, a labelled date, the first date near the headline) checks the
/// metadata; then the URL's day, a date in the body, in scripts, in a
/// phrase (`Posted on`), in date markup, at the body's start, and last in
/// the page's title or description.
pub(crate) fn pick(
    page: &Page<'_>,
    url_path: &str,
    html: &str,
    default: FixedOffset,
) -> Option<DateTime<FixedOffset>> {
    let Page {
        dom,
        meta,
        facts,
        title_node,
        container,
        paras,
        no_article_body,
        ..
    } = *page;
    // `06/07/2024` is June 7 on a page whose slash dates or language say
    // it writes the month first; asked only of a date that reads both ways.
    let month_first_page = std::cell::OnceCell::new();
    let read = |f: dates::Found| {
        let month_first = f.month_ambiguous
            && *month_first_page.get_or_init(|| {
                writes_month_first(
                    dom,
                    dom.head
                        .html_lang
                        .as_deref()
                        .or(meta.content_language.as_deref()),
                )
            });
        if month_first {
            f.month_first()
        } else {
            f
        }
    };
    let find = |s: &str| dates::find_date(s).map(read);
    let url_day = dates::date_from_url_path(url_path);
    let meta_published = meta.meta_published.as_deref().and_then(find);
    let ld_published = meta.ld_published.as_deref().and_then(find);
    // A slash date that reads either way takes the reading the metadata
    // or the URL gives.
    let agreeing = |f: dates::Found| {
        let swapped = f.month_first();
        let confirmed = [meta_published, ld_published]
            .iter()
            .flatten()
            .map(|m| m.local.date())
            .chain(url_day)
            .any(|d| d == swapped.local.date());
        if confirmed {
            swapped
        } else {
            f
        }
    };
    let marked = time_element(dom, facts.window.0, title_node, container)
        .and_then(|s| find(&s))
        .or_else(|| facts.get(Field::Published).and_then(|s| find(&s)))
        .map(agreeing);
    // An unmarked date near the headline that contradicts the date in the
    // URL belongs to something else (a quoted statement, a teaser).
    let shown = marked.or(facts
        .first_date
        .map(read)
        .map(agreeing)
        .filter(|f| url_day.is_none_or(|d| d == f.local.date())));
    let machine = machine_published(meta_published, ld_published, shown);
    // A day shown with the headline, days away from the metadata, is the
    // one readers see (metadata is often the first draft's or a
    // re-publication's) when the page marks it as the article's date, says
    // it is the update ("Updated May 06, 2019"), or the metadata gives it
    // as the day of the last change.
    let modified = meta
        .meta_modified
        .as_deref()
        .or(meta.ld_modified.as_deref())
        .and_then(find);
    let seen = marked.or(shown
        .filter(|s| facts.first_date_updated || modified.is_some_and(|u| days_apart(&u, s) <= 1)));
    let machine = machine.filter(|m| seen.is_none_or(|s| days_apart(m, &s) <= 1));
    match (machine, shown) {
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
    .or_else(|| {
        // On a page without an article of its own, the page-wide scans
        // below would date a teaser's story.
        if no_article_body {
            return None;
        }
        // A publication time labelled in the article's footer line.
        facts
            .closing_published
            .as_deref()
            .and_then(dates::find_date)
            .or_else(|| dates::body_date(paras))
            .or_else(|| dates::month_issue_date(paras))
            .or_else(|| dates::script_date(html, default))
            .or_else(|| dates::phrase_date(&text_outside_comments(dom)))
            .or_else(|| dated_markup(dom, title_node))
            .or_else(|| container_lead_date(dom, container))
            .or_else(|| {
                // Last resort: a date in the page title or its description
                // ("… (Notizia del 14 Gennaio 2020)").
                [dom.head.title.as_deref(), meta.description.as_deref()]
                    .into_iter()
                    .flatten()
                    .find_map(|t| dates::find_date(t).filter(|f| f.local.year() >= 1995))
            })
            .and_then(|f| read(f).resolve(default))
    })
}

/// Whether a page declaring the language `lang` (`<html lang>` or
/// Content-Language) writes numeric dates month first: its own slash dates
/// show it when one can be read only one way (`02/27/2025` beside
/// `03/12/2025 10:30 AM`; see [`dates::slash_dates_month_first`]); when
/// they do not, American English does (`en-US`, `en_US`), and a page in
/// English of no stated country does when it names the month first
/// (`February 19, 2025`; see [`dates::english_month_names_first`]).
fn writes_month_first(dom: &Dom<'_>, lang: Option<&str>) -> bool {
    let texts = || {
        dom.nodes[dom.body_index()..]
            .iter()
            .filter_map(|n| match n.kind {
                Kind::Text(t) => Some(t),
                _ => None,
            })
    };
    if let Some(month_first) = dates::slash_dates_month_first(texts()) {
        return month_first;
    }
    let mut parts = lang.unwrap_or("").trim().split(['-', '_']);
    let language = parts.next().unwrap_or("");
    match parts.next() {
        Some(region) => language.eq_ignore_ascii_case("en") && region.eq_ignore_ascii_case("us"),
        None if language.is_empty() || language.eq_ignore_ascii_case("en") => {
            dates::english_month_names_first(texts()).unwrap_or(false)
        }
        None => false,
    }
}

/// The page's text for [`dates::phrase_date`], each text node opened by
/// `<>` (where the markup had a tag), leaving out comment areas: a
/// reader's "Posted on …" dates the comment, not the article.
fn text_outside_comments(dom: &Dom<'_>) -> String {
    let mut text = String::new();
    let mut i = dom.body_index();
    while i < dom.nodes.len() {
        match dom.nodes[i].kind {
            Kind::Element(..) if is_comment_area(dom, i) => {
                i = dom.nodes[i].end;
                continue;
            }
            Kind::Text(t) => {
                text.push_str("<>");
                text.push_str(t);
            }
            _ => {}
        }
        i += 1;
    }
    text
}

/// The publication time the metadata states: `<meta>` first (pages update
/// JSON-LD `datePublished` on edits more often than
/// `article:published_time`), unless it is a bare day and JSON-LD has the
/// time of that day. When the two are days apart, the one the page shows
/// with the headline wins; a day apart, JSON-LD wins when the page shows
/// its very time. When both give one instant, the one written in a local
/// offset says how the page shows it, unless the page shows the clock
/// time of the other.
fn machine_published(
    meta: Option<dates::Found>,
    ld: Option<dates::Found>,
    shown: Option<dates::Found>,
) -> Option<dates::Found> {
    let instant = |f: &dates::Found| {
        f.offset
            .filter(|_| f.has_time)
            .and_then(|o| f.resolve(o))
            .map(|t| t.naive_utc())
    };
    match (meta, ld) {
        (Some(m), Some(l)) if instant(&m).is_some() && instant(&m) == instant(&l) => {
            // A clock time shown without an offset tells which one the
            // page means (some show the UTC time as their own).
            let shown_clock = shown.filter(|s| s.has_time && s.offset.is_none());
            Some(match shown_clock {
                Some(s) if s.local == m.local => m,
                Some(s) if s.local == l.local => l,
                _ if written_in_utc(&m) => l,
                _ => m,
            })
        }
        (Some(m), Some(l)) if days_apart(&m, &l) > 1 => {
            let shows_ld = shown.is_some_and(|s| days_apart(&s, &l) <= 1);
            Some(if shows_ld { l } else { m })
        }
        // A day apart, with the time JSON-LD gives shown to the minute
        // (`<meta name=publishdate>` holding the update).
        (Some(m), Some(l))
            if days_apart(&m, &l) == 1
                && l.has_time
                && shown.is_some_and(|s| s.has_time && s.local == l.local) =>
        {
            Some(l)
        }
        (Some(m), Some(l)) if !m.has_time && l.has_time => Some(l),
        (m, l) => m.or(l),
    }
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
    let written_utc = machine.has_time && written_in_utc(&machine);
    if gap == 1 && written_utc {
        if let Some(t) = shown.resolve(default).filter(|_| shown.has_time) {
            // The shown local time gives the offset.
            return Some(
                implied_offset(shown.local, m.naive_utc()).map_or(t, |off| m.with_timezone(&off)),
            );
        }
        return on_day(m, shown_day).or(Some(m));
    }
    Some(m)
}

/// Instant `t` written in the nearest whole-hour offset that puts it on
/// `day`, if one up to 14 hours away does.
fn on_day(t: DateTime<FixedOffset>, day: NaiveDate) -> Option<DateTime<FixedOffset>> {
    (1..=14)
        .flat_map(|h| [-h, h])
        .filter_map(|h| FixedOffset::east_opt(h * 3600))
        .map(|off| t.with_timezone(&off))
        .find(|local| local.date_naive() == day)
}

/// Whether a found time is written in UTC (`…Z`, `+00:00`).
fn written_in_utc(f: &dates::Found) -> bool {
    f.offset.is_some_and(|o| o.local_minus_utc() == 0)
}

/// Whole days between the dates of two found times (their local days).
fn days_apart(a: &dates::Found, b: &dates::Found) -> i64 {
    (a.local.date() - b.local.date()).num_days().abs()
}

/// A date in markup that marks dates, anywhere in the page (for pages whose
/// headline area holds none): `itemprop=datePublished`, `<time>`, date
/// markup with an ISO attribute (see [`machine_dated_markup`]),
/// `<abbr class=published>`, short elements whose class or id says date,
/// time, published, posted or author (a byline with its date: `Text: Jane
/// Roe / 29.09.2025`). Comment areas,
/// the page's footer and notices of the site (its terms, its privacy
/// policy) are skipped.
fn dated_markup(dom: &Dom<'_>, title_node: Option<usize>) -> Option<dates::Found> {
    const MARKS: &[&str] = &[
        "date", "time", "publish", "posted", "datum", "fecha", "byline", "meta", "info", "author",
        "autor",
    ];
    // Comments and sidebars date other texts. A wrapper of the headline
    // is no sidebar, whatever its class says of the layout (`<body
    // class="right-sidebar">`, `has-sidebar`).
    let in_comments = |j: usize| {
        in_comment_area(dom, j)
            || dom.ancestors(j).take(12).any(|a| {
                dom.class_id(a).contains("sidebar")
                    && title_node.is_none_or(|t| !dom.contains(a, t))
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
        let text = if published_prop || name == "time" || machine_dated_markup(dom, j) {
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
            // An event's box (`event-info`, `event-date`) gives the time of
            // the event; a line holding a `<time>` (`Publicado em <time
            // datetime>…`) leaves the date to it, with its clock and zone.
            if !marked
                || dom.class_tokens(j).any(|w| w == "event" || w == "events")
                || dom.elements_in(j).any(|k| dom.name(k) == Some("time"))
            {
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
        // A relative time shown (`前天 09:27`, `3 hours ago`) may carry the
        // full time in its tooltip (`<span title="2024-5-6 09:27:41">`).
        let tooltip = || {
            std::iter::once(j)
                .chain(dom.elements_in(j))
                .find_map(|k| dom.attr(k, "title").and_then(dates::find_date))
        };
        if let Some(f) = dates::find_date(&text).or_else(tooltip) {
            if !in_comments(j)
                && !in_page_footer(dom, j)
                && !dates_the_site(dom, j, &text)
                && !in_teaser_card(dom, j, title_node)
            {
                return Some(f);
            }
        }
    }
    None
}

/// Whether node `i` lies in the page's footer: a `<footer>` element, or
/// one whose class or id word is footer or colophon, that is not inside an
/// article: an `<article>` or an element typed as one by microdata
/// (`itemtype="http://schema.org/Article"`, `NewsArticle`, `BlogPosting`).
/// An article's own footer holds its date line.
fn in_page_footer(dom: &Dom<'_>, i: usize) -> bool {
    let is_article = |a: usize| {
        dom.name(a) == Some("article")
            || dom
                .attr(a, "itemtype")
                .is_some_and(|t| t.contains("Article") || t.contains("BlogPosting"))
    };
    let mut up = std::iter::once(i).chain(dom.ancestors(i));
    up.by_ref()
        .find(|&a| {
            dom.name(a) == Some("footer")
                || dom
                    .class_tokens(a)
                    .any(|t| matches!(t, "footer" | "colophon"))
        })
        .is_some_and(|_| !up.any(is_article))
}

/// The date line that opens the article container (`2021-10-16 |
/// Botschaft` above the first heading): one of the container's first
/// three lines of text, short, starting with a date. The body text drops
/// such lines as metadata, so [`dates::body_date`] does not see them.
fn container_lead_date(dom: &Dom<'_>, container: Option<usize>) -> Option<dates::Found> {
    let c = container?;
    dom.texts_in(c)
        .filter(|t| !t.trim().is_empty())
        .map(collapse_ws)
        .take(3)
        .filter(|line| line.chars().count() <= 40)
        .find_map(|line| dates::find_date(&line).filter(|f| opens_date_line(&line[..f.start])))
}

/// Whether `before`, the text in front of a date, lets the date open its
/// line: only punctuation, maybe around a weekday ("Monday, ").
fn opens_date_line(before: &str) -> bool {
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next().is_none_or(dates::is_weekday_name) && words.next().is_none()
}

/// `<time datetime>` or `itemprop=datePublished` near the article: from
/// just before the headline to the end of the article container. Elements
/// in a teaser of another story are skipped, and so is one before the
/// headline outside the headline's own wrapper (a ticker, a trending
/// strip, a "today" bar; see [`frames_headline_with`]). A `datetime` more than a
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
    let above_headline_elsewhere =
        |j: usize| title_node.is_some_and(|t| j < t && !frames_headline_with(dom, t, j));
    let mut update_stamp = None;
    for j in from..to {
        let Some(name) = dom.name(j) else { continue };
        let published_prop = dom
            .attr(j, "itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("datePublished"));
        if !(published_prop || name == "time" || machine_dated_markup(dom, j))
            || in_teaser(dom, j, title_node)
            || above_headline_elsewhere(j)
        {
            continue;
        }
        if published_prop {
            return dom
                .attr(j, "content")
                .or_else(|| dom.attr(j, "datetime"))
                .map(str::to_string)
                .or_else(|| Some(dom.text_inline(j)));
        }
        let mut text = dom.text_inline(j);
        let machine = dom
            .attr(j, "datetime")
            .or_else(|| dom.attr(j, "content"))
            .and_then(|d| Some((d, dates::find_date(d)?)));
        // A day shown without its year (`Wed 22 May`) is in the year of
        // the instant beside it.
        if let Some((_, m)) = &machine {
            if dates::find_date(&text).is_none()
                && text.split_whitespace().any(dates::is_month_name)
            {
                text = format!("{text} {}", m.local.year());
            }
        }
        let shown_day = dates::find_date(&text);
        let value = match (machine, shown_day) {
            (Some((_, m)), Some(t)) if days_apart(&m, &t) > 1 => text,
            (Some((_, m)), Some(t)) if let Some(local) = shown_local_instant(&m, &t) => local,
            // A UTC instant shown as the next or previous local day, with
            // no clock to tell the zone (`datetime="2025-10-23T21:31Z"`,
            // `Fri 24 Oct 2025`): the instant, written to fall on that day.
            (Some((_, m)), Some(t))
                if let Some(local) = FixedOffset::east_opt(0)
                    .filter(|_| days_apart(&m, &t) == 1 && written_in_utc(&m))
                    .and_then(|utc| m.resolve(utc))
                    .and_then(|i| on_day(i, t.local.date())) =>
            {
                local.to_rfc3339()
            }
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

/// A `<time>` whose attribute holds a UTC instant and whose text shows the
/// local time on another day (`datetime="2026-11-08T18:30:00Z"`, `Posted
/// Mon 9 Nov 2026 at 5:30am`): the instant at the offset the two imply,
/// so that the day is the one readers see. A zone shown with the time
/// (`5:30am PT`) must be the one the two imply.
fn shown_local_instant(machine: &dates::Found, shown: &dates::Found) -> Option<String> {
    if !(written_in_utc(machine) && machine.has_time && shown.has_time)
        || machine.local.date() == shown.local.date()
    {
        return None;
    }
    let zone = implied_offset(shown.local, machine.local)?;
    if shown.offset.is_some_and(|o| o != zone) {
        return None;
    }
    Some(machine.local.and_utc().with_timezone(&zone).to_rfc3339())
}

/// The zone offset that a local time shown for a UTC instant implies,
/// rounded to the quarter hour: a whole or half hour between -10:00 and
/// +14:00, or none.
fn implied_offset(local: NaiveDateTime, utc: NaiveDateTime) -> Option<FixedOffset> {
    let secs = (local - utc).num_seconds();
    let quarter = i32::try_from((secs as f64 / 900.0).round() as i64 * 900).ok()?;
    if quarter % 1800 != 0 || !(-10 * 3600..=14 * 3600).contains(&quarter) {
        return None;
    }
    FixedOffset::east_opt(quarter)
}

/// Whether element `j` is date markup with the machine-readable time in an
/// attribute, like a `<time>`: a class or id word says date or time and a
/// `datetime` or `content` attribute holds an ISO date
/// (`<span class="article__header__date" content="2024-06-07T13:30:00+03:00">07 июн, 13:30</span>`).
fn machine_dated_markup(dom: &Dom<'_>, j: usize) -> bool {
    let iso = |v: &str| {
        let v = v.trim().as_bytes();
        v.len() >= 10
            && v[..4].iter().all(u8::is_ascii_digit)
            && v[4] == b'-'
            && v[5..7].iter().all(u8::is_ascii_digit)
            && v[7] == b'-'
            && v[8..10].iter().all(u8::is_ascii_digit)
    };
    dom.attr(j, "datetime")
        .or_else(|| dom.attr(j, "content"))
        .is_some_and(iso)
        && dom
            .class_tokens(j)
            .any(|w| matches!(w, "date" | "time" | "datetime" | "pubdate" | "published"))
}

/// Whether node `j`, before headline `t`, lies in a block that frames the
/// headline with its own date and byline: the headline's parent (not the
/// page's `<body>` or `<main>`), or one of its four nearest ancestors that
/// is a `<header>`, `<hgroup>` or `<article>`, or whose class or id names
/// a header or an article (`entry-header`, `story-head`, `post`).
fn frames_headline_with(dom: &Dom<'_>, t: usize, j: usize) -> bool {
    dom.ancestors(t).take(4).enumerate().any(|(k, a)| {
        let frames = if k == 0 {
            !matches!(dom.name(a), Some("body" | "main" | "html"))
        } else {
            matches!(dom.name(a), Some("header" | "hgroup" | "article"))
                || dom.class_tokens(a).any(|w| {
                    w.starts_with("head")
                        || w.ends_with("header")
                        || matches!(w, "post" | "entry" | "story" | "article")
                })
        };
        frames && dom.contains(a, j)
    })
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

#[cfg(test)]
mod tests {
    use scraper::Html;

    use super::*;
    use crate::body;
    use crate::tests::run;
    use crate::PageKind;

    #[test]
    fn a_section_page_of_teasers_has_no_date_or_author_of_its_own() {
        let teaser = |slug: &str, day: u32| {
            format!(
                r#"<div class="results-story"><h3><a href="/local/transportation/{slug}/">Light rail opening date set for April, {slug}</a></h3><p class="byline">By Dana Roe, staff reporter</p><time>Jan. {day}, 2025 at 6:00 am</time></div>"#
            )
        };
        let page = |teasers: &str| {
            format!(
                r#"<html><head><title>Transportation | The Daily</title></head><body><header><a href="/">The Daily</a> <a href="/local/">Local News</a> <a href="/business/">Business</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a> <a href="/subscribe/">Subscribe</a></header><div class="breadcrumb"><a href="/local/">Local News</a> / Transportation</div><h1 class="section-title">Transportation</h1>{teasers}<div class="pagination"><a href="?page=2">Next page</a></div><footer>© 2025 The Daily Publishing Company. All rights reserved.</footer></body></html>"#
            )
        };
        // Teasers the body finder passes over, and one it takes for the body.
        for teasers in [
            (10..14)
                .map(|d| teaser(&format!("story-{d}"), d))
                .collect::<String>(),
            teaser("story-14", 14),
        ] {
            let ex = run(
                "https://news.example.com/local/transportation/",
                &page(&teasers),
            );
            assert_eq!(ex.kind, PageKind::Listing);
            assert_eq!(ex.published, None);
            assert_eq!(ex.author, None);
        }
    }

    #[test]
    fn a_time_element_in_utc_dates_the_day_its_text_shows() {
        let html = r#"<html><body><h1>Water buybacks reach their target two years early</h1>
          <div data-component="Timestamp"><time datetime="2026-11-08T18:30:00.000Z">Posted Mon 9 Nov 2026 at 5:30am</time></div>
          <div class="article"><p>The federal government has reached its target for buying back water from irrigators two years ahead of schedule, the minister said on Monday.</p></div></body></html>"#;
        let published = |url: &str, html: &str| run(url, html).published.map(|p| p.to_rfc3339());
        let au = |html: &str| published("https://news.example.com.au/news/rural/buybacks/1", html);
        assert_eq!(au(html).as_deref(), Some("2026-11-09T05:30:00+11:00"));
        // Its clock time parted by a dot (`5.30am`).
        let dotted = html.replace(
            "Posted Mon 9 Nov 2026 at 5:30am",
            "November 9, 2026 — 5.30am",
        );
        assert_eq!(au(&dotted).as_deref(), Some("2026-11-09T05:30:00+11:00"));
        // A text on the attribute's own day keeps the attribute as it is.
        let same_day = html.replace("Mon 9 Nov 2026 at 5:30am", "Sun 8 Nov 2026");
        assert_eq!(au(&same_day).as_deref(), Some("2026-11-08T18:30:00+00:00"));
        // A text of the next day alone keeps the instant, written to fall
        // on that day; an instant with its own offset keeps it.
        let next_day = html.replace("Posted Mon 9 Nov 2026 at 5:30am", "Mon 9 Nov 2026");
        assert_eq!(au(&next_day).as_deref(), Some("2026-11-09T00:30:00+06:00"));
        // So does a day shown without its year, in the instant's year.
        let no_year = html.replace("Posted Mon 9 Nov 2026 at 5:30am", "Mon 9 Nov");
        assert_eq!(au(&no_year).as_deref(), Some("2026-11-09T00:30:00+06:00"));
        let own_zone = next_day.replace("2026-11-08T18:30:00.000Z", "2026-11-08T18:30:00+01:00");
        assert_eq!(au(&own_zone).as_deref(), Some("2026-11-08T18:30:00+01:00"));
        // A zone shown with the time that agrees with the instant gives the
        // same reading (`PT` in May is -07:00).
        let pacific = html
            .replace("2026-11-08T18:30:00.000Z", "2024-05-18T01:05:57Z")
            .replace("Mon 9 Nov 2026 at 5:30am", "May 17, 2024 at 6:05 pm PT");
        assert_eq!(
            published("https://patch.example.com/california/x", &pacific).as_deref(),
            Some("2024-05-17T18:05:57-07:00")
        );
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

    #[test]
    fn metadata_giving_one_instant_twice_keeps_the_local_offset() {
        // JSON-LD in UTC, a `<meta>` in the site's offset, and a `<time>`
        // whose attribute repeats the UTC instant beside a day only.
        let html = r#"<html><head><meta name="DCTERMS.issued" content="2025-06-14T06:00:00+10:00">
          <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-13T20:00:00.000Z"}</script></head>
          <body><h1>Drought-hit farmers face a second failed season</h1>
          <div class="timestamps"><time datetime="2025-06-13T20:00:00.000Z">Sat 14 Jun</time></div>
          <div class="article"><p>Farmers in the Mallee say the rain came too late for the crops this year.</p></div></body></html>"#;
        let ex = run("https://news.example.com/a/1", html);
        assert_eq!(
            ex.published.map(|p| p.to_rfc3339()).as_deref(),
            Some("2025-06-14T06:00:00+10:00")
        );
        // A page that shows the UTC clock time as its own keeps UTC.
        let html = r#"<html><head><meta property="article:published_time" content="2022-05-06T02:00:00.824Z">
          <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-05T21:00:00-05:00"}</script></head>
          <body><div class="Datetime">6 May 2022 - 2:00 a. m.</div><h1>La Sala de Instrucción abre una investigación</h1>
          <div class="article"><p>La Corte Suprema abrió una investigación preliminar contra el congresista.</p></div></body></html>"#;
        let ex = run("https://news.example.com/a/1", html);
        assert_eq!(
            ex.published.map(|p| p.to_rfc3339()).as_deref(),
            Some("2022-05-06T02:00:00+00:00")
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
    fn a_relative_time_shown_is_dated_by_its_tooltip() {
        let line = r#"<div class="post-info">Posted <span title="2024-5-6 09:27:41">2 days ago</span></div>"#;
        assert_eq!(
            published_day(&short_article(line, "")).as_deref(),
            Some("2024-05-06")
        );
    }

    #[test]
    fn a_time_without_offset_is_local_to_the_pages_language() {
        let page = |lang: &str, line: &str| {
            short_article(&format!(r#"<div class="dateline">{line}</div>"#), "").replacen(
                "<html>",
                &format!(r#"<html lang="{lang}">"#),
                1,
            )
        };
        let published = |html: &str| {
            run("https://news.example.com/a/1", html)
                .published
                .map(|p| p.to_rfc3339())
        };
        for (lang, line, want) in [
            ("ja", "2024年7月7日 15時12分", "2024-07-07T15:12:00+09:00"),
            ("ko", "2024년 7월 7일 15:12", "2024-07-07T15:12:00+09:00"),
            ("zh-CN", "2024年7月7日 15:12", "2024-07-07T15:12:00+08:00"),
            ("th", "3 พ.ค. 2567 15:12 น.", "2024-05-03T15:12:00+07:00"),
            ("vi", "03/05/2024 15:12", "2024-05-03T15:12:00+07:00"),
            ("en", "July 7, 2024 15:12", "2024-07-07T15:12:00+00:00"),
        ] {
            assert_eq!(
                published(&page(lang, line)).as_deref(),
                Some(want),
                "{lang}"
            );
        }
    }

    #[test]
    fn date_markup_with_an_iso_attribute_dates_like_a_time_element() {
        // The shown day has no year; the attribute has the time.
        let rbc = r#"<div class="article__header"><span class="article__header__date" content="2024-06-07T13:30:00+03:00">07 июн, 13:30</span></div>"#;
        let ex = run("https://news.example.com/a/1", &short_article(rbc, ""));
        assert_eq!(
            ex.published.map(|p| p.to_rfc3339()).as_deref(),
            Some("2024-06-07T13:30:00+03:00")
        );
        // Drupal's date field (RDFa `content`).
        let drupal = r#"<span class="date-display-single" property="dc:date" content="2019-02-08T00:00:00+01:00">Friday 8 February 2019</span>"#;
        assert_eq!(
            published_day(&short_article(drupal, "")).as_deref(),
            Some("2019-02-08")
        );
        // Away from the headline and the article, the last-resort scan of
        // date markup reads the attribute too.
        let after_article = short_article("", "").replace(
            "</main>",
            r#"</main><div class="story-meta"><span class="date" content="2024-06-07T13:30:00+03:00">07 июн</span></div>"#,
        );
        assert_eq!(published_day(&after_article).as_deref(), Some("2024-06-07"));
        // An attribute that is no date, or a class that says nothing of
        // dates, is no such markup.
        for other in [
            r#"<span class="date" content="today">07 июн, 13:30</span>"#,
            r#"<span class="counter" content="2024-06-07">12 views</span>"#,
        ] {
            assert_eq!(published_day(&short_article(other, "")), None, "{other}");
        }
    }

    #[test]
    fn a_slash_date_that_reads_either_way_follows_the_pages_locale_and_metadata() {
        let line = r#"<div class="dateline">06/07/2024</div>"#;
        let page = short_article(line, "");
        // Day first, as most of the world writes it.
        assert_eq!(published_day(&page).as_deref(), Some("2024-07-06"));
        let en_gb = page.replacen("<html>", r#"<html lang="en-GB">"#, 1);
        assert_eq!(published_day(&en_gb).as_deref(), Some("2024-07-06"));
        // Month first on a page written for the United States.
        for us in [r#"<html lang="en-US">"#, r#"<html lang="en_us">"#] {
            let en_us = page.replacen("<html>", us, 1);
            assert_eq!(published_day(&en_us).as_deref(), Some("2024-06-07"), "{us}");
        }
        // A date that reads only one way keeps it there too.
        let one_way = short_article(r#"<div class="dateline">06/17/2024</div>"#, "").replacen(
            "<html>",
            r#"<html lang="en-US">"#,
            1,
        );
        assert_eq!(published_day(&one_way).as_deref(), Some("2024-06-17"));
        // Without a locale, the metadata's day settles the order: the
        // date shown in `<time>` is no longer a month away from it.
        let marked = short_article(r#"<div class="dateline"><time>06/07/2024</time></div>"#, "");
        assert_eq!(published_day(&marked).as_deref(), Some("2024-07-06"));
        let with_meta = marked.replacen(
            "<html>",
            r#"<html><head><meta property="article:published_time" content="2024-06-07T09:30:00-04:00"></head>"#,
            1,
        );
        assert_eq!(published_day(&with_meta).as_deref(), Some("2024-06-07"));
        // The page's other slash dates show its order, whatever the
        // language says.
        let recent = r#"<ul class="recent"><li><a href="/a">Camp registration opens</a> <span>02/27/2024</span></li></ul>"#;
        let shown_order = short_article(line, recent);
        assert_eq!(published_day(&shown_order).as_deref(), Some("2024-06-07"));
        let day_first = short_article(line, &recent.replace("02/27/2024", "27/02/2024")).replacen(
            "<html>",
            r#"<html lang="en-US">"#,
            1,
        );
        assert_eq!(published_day(&day_first).as_deref(), Some("2024-07-06"));
        // A page in English of no stated country that names its months
        // first (`February 19, 2024`) writes as Americans do; one that
        // names them after the day, or a page in another language, does not.
        let named = |lang: &str, shown: &str| {
            let other = format!(
                r#"<ul class="recent"><li><a href="/a">Council adopts agenda</a> <span>{shown}</span></li></ul>"#
            );
            short_article(line, &other).replacen("<html>", &format!(r#"<html lang="{lang}">"#), 1)
        };
        assert_eq!(
            published_day(&named("en", "February 19, 2024")).as_deref(),
            Some("2024-06-07")
        );
        assert_eq!(
            published_day(&named("en", "19 February 2024")).as_deref(),
            Some("2024-07-06")
        );
        assert_eq!(
            published_day(&named("en-GB", "February 19, 2024")).as_deref(),
            Some("2024-07-06")
        );
        assert_eq!(
            published_day(&named("de", "February 19, 2024")).as_deref(),
            Some("2024-07-06")
        );
    }

    #[test]
    fn a_posting_phrase_in_the_comments_dates_no_article() {
        let comments = r#"<section id="comments"><h3>2 Comments</h3><ol><li><div class="c">Posted on May 4, 2024 by Joe</div><p>Great news.</p></li></ol></section>"#;
        assert_eq!(published_day(&short_article("", comments)), None);
        // Date markup in a comment list dates the comment; in a
        // commentary's own meta line it dates the article.
        let marked = r#"<ol class="commentlist"><li><span class="date">May 4, 2024</span><p>Great news.</p></li></ol>"#;
        assert_eq!(published_day(&short_article("", marked)), None);
        let commentary =
            r#"<div class="commentary-meta"><span class="date">May 4, 2024</span></div>"#;
        assert_eq!(
            published_day(&short_article("", commentary)).as_deref(),
            Some("2024-05-04")
        );
        // The same phrase closing the article dates it.
        let closing = "<p class=\"c\">Posted on May 4, 2024 by Joe</p>";
        assert_eq!(
            published_day(&short_article("", closing)).as_deref(),
            Some("2024-05-04")
        );
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
    fn a_site_notice_or_the_page_footer_dates_no_article() {
        // Marked date lines after the text: the article's own (its
        // post-info line, its entry footer) date it.
        for after in [
            r#"<div class="post-info">March 5, 2024</div>"#,
            r#"<p class="kk-autor">Text: Sabine Vogt / 05.03.2024</p>"#,
            r#"<p class="author-line">Jane Roe / 05.03.2024</p>"#,
            r#"<footer class="entry-meta"><span class="posted-on">March 5, 2024</span></footer>"#,
        ] {
            assert_eq!(
                published_day(&short_article("", after)).as_deref(),
                Some("2024-03-05"),
                "{after}"
            );
        }
        // The site's privacy policy, marked as info; an event's box; a date
        // in the page's footer.
        for after in [
            r#"<div class="event-info">Saturday, July 20, 2024, 10 am</div>"#,
            r#"<div class="site-info">Privacy policy (updated 10 Mar 2021)</div>"#,
            r#"<div class="site-info"><a href="/legal/">Updated 10 Mar 2021</a></div>"#,
        ] {
            assert_eq!(published_day(&short_article("", after)), None, "{after}");
        }
        let footer = short_article("", "").replace(
            "</main>",
            r#"</main><div id="footer"><ul><li id="footer-info-lastmod">This page was last modified on 4 November 2020.</li></ul></div>"#,
        );
        assert_eq!(published_day(&footer), None);
        // The footer of an element typed as an article by microdata is
        // the article's own.
        let para = "<p>Die Handwerkskammer schlägt Alarm: In den Gewerken Sanitär, Heizung und Elektro fehlen in der Region derzeit rund 1.800 Fachkräfte.</p>";
        let typed = format!(
            r#"<html><body><div class="article" itemscope itemtype="http://schema.org/Article">
            <h3 itemprop="headline">Handwerk warnt: Ohne Fachkräfte keine Wärmewende</h3><div itemprop="articleBody">{}</div>
            <div class="news-footer"><time itemprop="datePublished" datetime="2025-10-08">08.10.2025</time></div></div></body></html>"#,
            para.repeat(4)
        );
        assert_eq!(published_day(&typed).as_deref(), Some("2025-10-08"));
        // A short page whose only date is its link to the terms of use.
        let terms = r#"<html><body><div id="main"><h1>Create an account</h1><p>Pick a user name and a password.</p></div>
            <p id="iafoot"><a href="/about/terms.php">Terms of Use (10 Mar 2001)</a></p></body></html>"#;
        assert_eq!(published_day(terms), None);
    }

    #[test]
    fn a_labelled_publication_time_in_the_footer_line_dates_the_article() {
        let para = "<p>市区交通管理部门表示，新的信号灯配时方案实施后，早高峰通过路口的平均时间明显缩短，有效缓解了周边道路的通行压力。</p>";
        let html = format!(
            r##"<html><body><div class="main"><h1>人民路路口信号灯完成智能化改造</h1>
            <div class="art-con">{}</div>
            <div class="shareBox"><span>分享到：</span><a href="#">微信</a></div>
            <p class="art-foot">发布时间：2025年04月09日 08:15　来源：南塘日报　编辑：梁芳</p></div></body></html>"##,
            para.repeat(4)
        );
        assert_eq!(published_day(&html).as_deref(), Some("2025-04-09"));
    }

    #[test]
    fn the_time_in_the_entry_footer_of_a_theme_with_a_sidebar_dates_the_post() {
        // A WordPress theme names its layout on `<body>`; the post's date
        // line, with a `<time>`, comes after the text.
        let para = "<p>O produtor colheu neste ano cerca de mil e oitocentas sacas de café em quarenta hectares, mas o número que ele faz questão de mostrar é outro: a nota de qualidade.</p>";
        let html = format!(
            r#"<html lang="pt-BR"><body class="single-post right-sidebar separate-containers"><main>
            <article class="post hentry"><header class="entry-header"><h1 class="entry-title">Produtores apostam em café especial</h1></header>
            <div class="entry-content">{}</div>
            <footer class="entry-meta"><span class="cat-links"><a href="/cafe/">Café</a></span>
            <div class="entry-meta-posted">Publicado em <time class="entry-date published" datetime="2024-08-22T07:30:00-03:00">22 de agosto de 2024</time> por Helena Prado</div></footer>
            </article></main><aside class="widget-area sidebar"><h2>Mais lidas</h2></aside></body></html>"#,
            para.repeat(5)
        );
        let ex = run("https://news.example.com/cafe/colheita/", &html);
        assert_eq!(
            ex.published.map(|p| p.to_rfc3339()).as_deref(),
            Some("2024-08-22T07:30:00-03:00")
        );
    }

    #[test]
    fn a_date_after_the_label_of_another_time_is_no_date_line() {
        let page = r#"<html lang="zh"><body><div class="main"><h1>市政府审议通过公共交通预算方案</h1>
            <p class="tip">活动时间：2025年6月1日</p><div class="content"><p>市政府常务会议近日审议通过了新的公共交通预算方案。</p></div></div></body></html>"#;
        assert_eq!(published_day(page), None);
    }

    #[test]
    fn a_government_documents_table_dates_it_by_its_publication_not_its_signing() {
        let html = format!(
            r#"<html><head><title>关于2025年春季义务教育阶段学校招生入学工作的通告_通知公告_青山区人民政府</title></head><body>
            <div class="xxgk"><table class="xxgk-table">
            <tr><th>索 引 号：</th><td>011234567/2025-00215</td><th>主题分类：</th><td>教育</td></tr>
            <tr><th>发文机关：</th><td>青山区教育局</td><th>成文日期：</th><td>2025年03月12日</td></tr>
            <tr><th>标 题：</th><td colspan="3">关于2025年春季义务教育阶段学校招生入学工作的通告</td></tr>
            <tr><th>发文字号：</th><td>青教〔2025〕8号</td><th>发布日期：</th><td>2025年03月14日</td></tr>
            </table></div>
            <h2 class="title">关于2025年春季义务教育阶段学校招生入学工作的通告</h2>
            <div class="content">{}</div></body></html>"#,
            crate::tests::zh_article_body()
        );
        let out = crate::tests::run(
            "https://www.qingshan.example.gov.cn/xxgk/tzgg/1.html",
            &html,
        );
        assert_eq!(
            out.published.map(|p| p.date_naive().to_string()).as_deref(),
            Some("2025-03-14")
        );
        // The issuing body is the source.
        assert_eq!(out.source.as_deref(), Some("青山区教育局"));
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
    fn a_time_above_the_headline_counts_only_in_the_headline_s_own_block() {
        let page = |above: &str, own: &str| {
            format!(
                r#"<html><head><meta property="article:published_time" content="2024-03-01T10:00:00Z"></head>
                <body><header><a href="/">Springfield Times</a></header>{above}
                <article><h1>Council approves stadium deal after marathon meeting</h1>{own}
                <p>The city council voted 7-2 on Tuesday night to approve the plan after hours of public comment.</p></article></body></html>"#
            )
        };
        let own = r#"<p class="date"><time datetime="2024-03-01T10:00:00Z">Friday 1 March 2024</time></p>"#;
        for above in [
            r#"<div class="ticker"><span>Latest:</span> <a href="/n/1">Flood warning issued</a> <time datetime="2024-03-05T08:00:00Z">5 March 2024</time></div>"#,
            r#"<div class="topbar"><time class="today" datetime="2024-03-05">Tuesday, March 5, 2024</time></div>"#,
            r#"<ul class="trending"><li><a href="/n/1">Flood warning</a> <time datetime="2024-03-05T08:00:00Z">2h ago</time></li></ul>"#,
        ] {
            assert_eq!(
                published_day(&page(above, own)).as_deref(),
                Some("2024-03-01"),
                "{above}"
            );
            assert_eq!(
                published_day(&page(above, "")).as_deref(),
                Some("2024-03-01"),
                "{above}"
            );
        }
        // Above the headline in the article's own header, it is the date.
        let header = r#"<header class="article-hero"><time datetime="2024-02-28T10:00:00Z">Feb 28, 2024</time>
            <div class="headline-wrap"><h1>Council approves stadium deal after marathon meeting</h1></div></header>"#;
        let framed = page("", "").replace(
            "<h1>Council approves stadium deal after marathon meeting</h1>",
            header,
        );
        assert_eq!(published_day(&framed).as_deref(), Some("2024-02-28"));
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
        let f = dated_markup(&dom, None).unwrap();
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
        // A weekday may open the date line; another word may not.
        assert_eq!(
            lead_date(&page("Samstag, 16. Oktober 2021")).as_deref(),
            Some("2021-10-16")
        );
        assert_eq!(lead_date(&page("Seit Samstag, 16.10.2021")), None);
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
        // A day apart, the page showing JSON-LD's very time: the `<meta>`
        // holds the update.
        let shown = page(
            r#"<meta name="publishdate" content="2025-03-17 20:18:00">"#,
            "2025-03-16T22:45:00+08:00",
        )
        .replace(
            "<h1>Report</h1>",
            r#"<h1>Report</h1><div class="meta"><span class="time">2025-03-16 22:45</span> <span>（更新于2025-03-17 20:18）</span></div>"#,
        );
        assert_eq!(day(&shown).as_deref(), Some("2025-03-16"));
    }
}
