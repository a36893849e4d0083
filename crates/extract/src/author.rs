//! Who wrote the article: bylines, labelled author elements, member and
//! archive links, closing signatures, and the order that ranks them
//! against the page's metadata.

use std::sync::LazyLock;

use crate::blocks;
use crate::dom::{class_words, collapse_ws, is_cjk, Dom, Kind, Substrings};
use crate::facts::{in_comment_area, in_teaser_card};
use crate::labels::{self, is_chinese_outlet, Field, CHINESE_OUTLET_ENDS};
use crate::Page;

/// The article's author(s): a person the page's metadata names, unless a
/// byline on the page corrects it, else the byline shown on the page, else
/// a plausible `<meta>` author. `editor` and `source` are the page's 责任编辑
/// and outlet, which a `<meta>` author often names instead.
pub(crate) fn pick(page: &Page<'_>, editor: Option<&str>, source: Option<&str>) -> Option<String> {
    let Page {
        dom,
        meta,
        facts,
        title_node,
        container,
        paras,
        ..
    } = *page;
    // `<meta name=author>` often names the site: not an author when the
    // `<title>` shows it outside the headline (unless it credits it, `by
    // Jane Roe`), or when it is a number.
    let doc_title = dom.head.title.as_deref().unwrap_or("");
    let headline = page.headline.unwrap_or("");
    let plausible = |a: &String| {
        let in_title_only = doc_title.contains(a.as_str())
            && !headline.contains(a.as_str())
            && !title_credits(doc_title, a);
        let numeric = a.chars().all(|c| c.is_ascii_digit());
        let site = meta.site_name.as_deref() == Some(a.as_str());
        !(numeric || in_title_only || site || portal_or_login(a, headline))
    };
    // A byline on the page names the author even when the same person is
    // the editor; a `<meta>` author equal to the editor (or to the copy
    // editor beside the responsible one) is the editor.
    // A JSON-LD author that is a login handle gives way to the byline
    // that spells it out as a name.
    let byline = std::cell::OnceCell::new();
    let shown_byline = || {
        byline
            .get_or_init(|| byline_markup(dom, title_node, container))
            .clone()
    };
    // So does a JSON-LD author that is only the first name of the person
    // the page shows (`Todd` beside `By` `Todd Bates`). A handle made of a
    // given and a family name (`jana.berg`) gives way to the name the
    // article text writes out (`Jana M. Berg`) when no byline shows it.
    // A JSON-LD author that is only the first of the names the byline
    // lists (`Jane Roe` beside `By Jane Roe, Sam Kim, Ann Lee`) gives way
    // to the whole list when `<meta name=author>` lists the same names (a
    // byline element may hold a role: `Jane Roe, Deputy CTO`).
    let meta_names = || meta.meta_author.as_deref().and_then(labels::clean_byline);
    let meta_lists = |names: &String| meta_names().as_ref() == Some(names);
    // A Chinese JSON-LD author that is the first of the names a labelled
    // line lists (`记者：张雅婷 实习生：郑晨曦`) gives way to the list.
    let labelled_list = |a: &String| {
        facts
            .get(Field::Author)
            .filter(|names| a.chars().all(is_cjk) && first_of_several(a, &names.replace(' ', "; ")))
    };
    // A Chinese JSON-LD author written as a credit (`澎湃新闻记者 朱奕奕`,
    // `聯合報 記者徐如宜`) names whom its label credits.
    let credited = |a: String| {
        if !a.starts_with(is_cjk) {
            return a;
        }
        labels::scan(&a)
            .into_iter()
            .find_map(|(f, v)| (f == Field::Author).then_some(v))
            .unwrap_or(a)
    };
    // A role alone (`Guest Contributor`) gives way to the page.
    let ld_author = meta
        .ld_author
        .clone()
        .filter(|a| !labels::names_a_role_alone(a))
        .map(credited)
        .map(|a| {
            if let Some(names) = labelled_list(&a) {
                return names;
            }
            if a.contains(' ') {
                // Or to the name the byline shows, in an element of its
                // own, when the byline's cleaning gives that name (`JESSICA
                // LINDQVIST Staff Writer`, the byline's text and role; not
                // `Court Reporter`, a desk shown whole).
                return shown_byline()
                    .filter(|shown| {
                        (first_of_several(&a, shown) && meta_lists(shown))
                            || (labels::clean_byline(&a).as_ref() == Some(shown)
                                && dom
                                    .elements_showing(dom.body_index()..dom.nodes.len(), shown)
                                    .next()
                                    .is_some())
                    })
                    .unwrap_or(a);
            }
            shown_byline()
                .or_else(|| labelled_author_element(dom, title_node, container))
                .filter(|shown| {
                    labels::spells_out_handle(&a, shown) || labels::completes_first_name(&a, shown)
                })
                .or_else(|| paras.iter().find_map(|p| labels::name_of_handle(&a, p)))
                .unwrap_or(a)
        });
    // A labelled line that runs on past the name the byline markup parts
    // from its role (`By REBECCA ROE CRIME EDITOR`) gives way to the name;
    // one that reads only the first of the names that markup lists (`By`,
    // then a list item per writer) gives way to the list, if it lists
    // people only (not `Współpraca: PAP`, a credit of its own).
    // The credits on the page, best first; one that names a role alone
    // (`by Guest Contributor`) gives way to the next.
    let page_byline = || {
        let credits: [&dyn Fn() -> Option<String>; 17] = [
            &|| {
                facts.get(Field::Author).map(|a| {
                    shown_byline()
                        .filter(|name| {
                            runs_past_name(&a, name)
                                || (first_of_several(&a, name) && labels::names_people(name))
                        })
                        .or_else(|| {
                            // A Chinese writer labelled alone (`作者：唐亚琴`)
                            // whom the dispatch opening the text credits
                            // first, with a correspondent (`（记者 唐亚琴
                            // 通讯员 彭思）`): the dispatch's names.
                            labels::body_byline(paras).filter(|names| {
                                a.chars().all(is_cjk)
                                    && first_of_several(&a, &names.replace(' ', "; "))
                            })
                        })
                        .unwrap_or(a)
                })
            },
            &|| labelled_member_link(dom, title_node, container),
            &|| labels::body_byline(paras),
            &|| byline_region_first_item(dom, title_node, container),
            &shown_byline,
            &|| labelled_author_element(dom, title_node, container),
            &|| labels::lead_byline(paras),
            &|| labels::korean_lead_credit(paras),
            &|| labels::korean_closing_credit(paras),
            &|| facts.closing_author.clone(),
            &|| closing_byline_markup(dom, container),
            &|| author_box_heading(dom, title_node, container),
            &|| author_archive_link(dom, title_node, container),
            &|| closing_signature(dom, container),
            &|| labels::closing_reporting_credit(paras),
            &|| labels::japanese_reporter_credit(paras),
            &|| blog_owner_link(dom),
        ];
        credits
            .iter()
            .find_map(|credit| credit().filter(|a| !labels::names_a_role_alone(a)))
    };
    // A JSON-LD author that is the outlet, an agency or a desk
    // (`Associated Press` beside `By MARCUS HALE and DEE RIVERA Associated
    // Press`, `星洲日报` beside `报道：杨凯斌`, `Redacción`, `Web Staff`)
    // gives way to a person named in a byline on the page (not to a desk
    // code such as `red`).
    // The site itself: its name in `og:site_name` or as JSON-LD publisher
    // (with or without `The`), shown in the `<title>` outside the
    // headline (`Daily Clarion` on `… - The Daily Clarion`), or its
    // domain's name (a WordPress account `kwongwah` on kwongwah.com.my).
    let domain_name = dom.page_url.as_ref().map(blocks::site_key);
    let names_the_site = |a: &str| {
        let a = a.strip_prefix("The ").unwrap_or(a);
        let site = |s: &String| s.strip_prefix("The ").unwrap_or(s) == a;
        meta.site_name.as_ref().is_some_and(site)
            || meta.ld_publisher.as_ref().is_some_and(site)
            || (doc_title.contains(a) && !headline.contains(a))
            || domain_name
                .as_deref()
                .and_then(|d| d.split('.').next())
                .is_some_and(|d| d.eq_ignore_ascii_case(a))
    };
    // A Chinese short name of the site (`法廣` of `RFI - 法國國際廣播電台`).
    let abbreviates_site = |a: &str| {
        [&meta.site_name, &meta.ld_publisher]
            .into_iter()
            .flatten()
            .any(|site| abbreviates(a, site))
    };
    let ld_outlet = |a: &String| {
        meta.ld_author_is_organization
            || names_the_site(a)
            || abbreviates_site(a)
            || labels::names_an_outlet(a)
            || is_chinese_outlet(a)
    };
    let shown_author = match ld_author {
        // (Not to the desk's own credit shown without its role word:
        // `Tech Digest` of `Tech Digest Correspondent`.)
        Some(outlet) if ld_outlet(&outlet) || labels::names_a_desk(&outlet) => page_byline()
            .filter(|a| labels::names_people(a) && !outlet.starts_with(a.as_str()))
            .or(Some(outlet)),
        Some(person) => Some(person),
        None => page_byline(),
    };
    // An author that is the site itself (a blog account named after it)
    // gives way to the person a `By` line at the body's start names.
    let shown_author = shown_author.map(|a| {
        if names_the_site(&a) {
            labels::lead_byline(&container_lead_paragraphs(dom, container))
                .filter(|p| labels::names_people(p) && !names_the_site(p))
                .unwrap_or(a)
        } else {
            a
        }
    });
    // A byline that shows the writer's first name alone (`von <a>Daniel</a>`)
    // gives way to the full name heading the author box after the body
    // (`<h4>Daniel Reuter</h4>`).
    let shown_author = shown_author.map(|a| {
        if a.contains(char::is_whitespace) {
            return a;
        }
        author_box_heading(dom, title_node, container)
            .filter(|full| labels::completes_first_name(&a, full))
            .unwrap_or(a)
    });
    // A byline naming the first of the people `<meta name=author>` lists,
    // all of whom the page shows (an author card each: `By Jane Roe` …
    // `By Sam Kim`), names them all.
    let shown_author = shown_author.map(|a| {
        meta_names()
            .filter(|names| {
                first_of_several(&a, names) && {
                    let text = dom.text(dom.body_index());
                    names.split("; ").all(|n| text.contains(n))
                }
            })
            .unwrap_or(a)
    });
    // A `<meta>` author that is the stated source names the outlet, with
    // the body above it too (`勞動部勞動條件及就業平等司` beside the source
    // `勞動條件及就業平等司`).
    let meta_author = || {
        meta.meta_author
            .clone()
            .or_else(|| meta.article_author.clone())
            .filter(plausible)
            .filter(|a| {
                let edits = |e: Option<&str>| e.is_some_and(|e| lists_the_name(e, a));
                !(edits(editor)
                    || edits(facts.get(Field::CopyEditor).as_deref())
                    || edits(facts.get(Field::Translator).as_deref()))
            })
            .filter(|a| {
                !source.is_some_and(|s| a == s || (s.starts_with(is_cjk) && a.ends_with(s)))
            })
    };
    // An organisation's name is one name, whatever words it joins
    // (`Driver and Vehicle Standards Agency`).
    let organisation =
        |a: &String| meta.ld_author_is_organization && meta.ld_author.as_ref() == Some(a);
    shown_author
        .or_else(meta_author)
        .and_then(|a| {
            if organisation(&a) {
                Some(a)
            } else {
                labels::tidy_author(&a)
            }
        })
        .map(|a| without_other_credits(&a, dom).unwrap_or(a))
        .map(|a| without_outlet_first(a, source))
        .filter(|a| !labels::is_staff_credit(a))
}

/// Whether a Chinese `name` is a short name of `outlet`: two characters
/// or more, each found in the outlet's name in order, not all of them
/// next to each other (`法廣` of `法國國際廣播電台`, not `国际` of it).
fn abbreviates(name: &str, outlet: &str) -> bool {
    if name.chars().count() < 2 || !name.chars().all(is_cjk) || outlet.contains(name) {
        return false;
    }
    let mut rest = outlet.chars();
    name.chars().all(|c| rest.any(|o| o == c))
}

/// The texts of the first three paragraphs (`<p>`) of the article
/// container, which may be a byline (`<p><strong>By Jane Roe</strong></p>`)
/// that the body drops as metadata.
fn container_lead_paragraphs(dom: &Dom<'_>, container: Option<usize>) -> Vec<String> {
    let Some(c) = container else {
        return Vec::new();
    };
    dom.elements_in(c)
        .filter(|&j| dom.name(j) == Some("p") && dom.nodes[j].chars > 0)
        .take(3)
        .map(|j| collapse_ws(&dom.text_inline(j)))
        .collect()
}

/// Chinese names without a first word that the source opens with: the
/// outlet crediting its writers (`财新 刘沛林 张宇哲` beside the source
/// `财新周刊`).
fn without_outlet_first(author: String, source: Option<&str>) -> String {
    match (author.split_once(' '), source) {
        (Some((first, rest)), Some(source))
            if first.chars().all(is_cjk) && source.starts_with(first) && !rest.is_empty() =>
        {
            rest.to_string()
        }
        _ => author,
    }
}

/// Whether a `<meta>` author on a page with a Chinese headline is the
/// portal (`新浪网`, `央视新闻客户端`) or the publishing system's login
/// (`wangxiaoming`, lowercase ASCII), not a writer.
fn portal_or_login(author: &str, headline: &str) -> bool {
    if !headline.chars().any(is_cjk) {
        return false;
    }
    let portal = is_chinese_outlet(author);
    let login = author
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.'));
    portal || login
}

/// Whether the byline text `credit` is the name `name` with more words
/// after it (`REBECCA ROE CRIME AND` after `REBECCA ROE`), not a list
/// that goes on (`Jane Roe; Sam Kim`).
fn runs_past_name(credit: &str, name: &str) -> bool {
    credit
        .strip_prefix(name)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether the names of a credit (`严玉洁 王辉`, `Jane Roe`) are or include
/// `name`: Chinese names are listed with spaces, so one of them counts,
/// also after the outlet's name (`青网新闻张毅`, a publishing system's
/// account for the editor 张毅).
fn lists_the_name(credit: &str, name: &str) -> bool {
    let outlet_and = |n: &str| {
        name.strip_suffix(n)
            .is_some_and(|outlet| CHINESE_OUTLET_ENDS.iter().any(|end| outlet.ends_with(end)))
    };
    credit == name
        || (name.chars().all(is_cjk) && credit.split(' ').any(|n| n == name || outlet_and(n)))
}

/// Whether a `<title>` credits `name` as the writer (`Headline | by Jane
/// Roe | Site`): the name follows `by`.
fn title_credits(doc_title: &str, name: &str) -> bool {
    let title = doc_title.to_lowercase();
    let credit = format!("by {}", name.to_lowercase());
    title.match_indices(&credit).any(|(at, _)| {
        title[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The people of the list `names` (`Jane Roe and Sam Kim`, `Jane Roe; Sam
/// Kim`: JSON-LD and `<meta>` often list everyone credited) less those the
/// page credits for other work (`Photography by Sam Kim`, `Contributions
/// from Sam Kim, Ann Lee`: a credit for other work
/// ([`labels::credits_other_work`]) or for the pictures before `by` or
/// `from`; the names after the phrase up to a separator; a name set beside
/// a picture role, `Fotograf`),
/// joined with `"; "`; `None` unless some are left out and some stay.
fn without_other_credits(names: &str, dom: &Dom<'_>) -> Option<String> {
    let listed: Vec<&str> = names
        .split(" and ")
        .flat_map(|part| part.split([',', ';']))
        .map(str::trim)
        .collect();
    if listed.len() < 2 {
        return None;
    }
    let text = dom.text_inline(dom.body_index()).to_lowercase();
    // The names after a phrase: up to a separator or another `by`.
    let credited = |after: &str| -> String {
        let near: String = after.chars().take(80).collect();
        let end = near
            .find(['|', '·', '•', ';'])
            .into_iter()
            .chain(near.find(" by "))
            .min()
            .unwrap_or(near.len());
        near[..end].to_string()
    };
    let credited_lines: Vec<String> = [" by ", " from "]
        .iter()
        .flat_map(|lead| {
            text.match_indices(lead).filter_map(|(at, _)| {
                let word = text[..at].split_whitespace().next_back()?;
                (labels::is_picture_credit(word) || labels::credits_other_work(&text[..at]))
                    .then(|| credited(&text[at + lead.len()..]))
            })
        })
        .collect();
    // A name set beside a picture role (`<span>Tor Erik Skog</span><span>Fotograf</span>`).
    let beside_picture_role = |name: &str| {
        dom.elements_showing(dom.body_index()..dom.nodes.len(), name)
            .any(|k| {
                dom.next_element_sibling(k)
                    .is_some_and(|r| labels::is_picture_credit(&dom.text_inline(r)))
            })
    };
    let writers: Vec<&str> = listed
        .iter()
        .copied()
        .filter(|name| {
            let lower = name.to_lowercase();
            !credited_lines.iter().any(|line| line.contains(&lower)) && !beside_picture_role(name)
        })
        .collect();
    (!writers.is_empty() && writers.len() < listed.len()).then(|| writers.join("; "))
}

/// Whether `names` (joined with `"; "`) lists several people and `first`
/// is the first of them.
fn first_of_several(first: &str, names: &str) -> bool {
    let mut listed = names.split("; ");
    listed.next() == Some(first) && listed.next().is_some()
}

/// The author shown in byline markup, from just before the headline to the
/// end of the article: `itemprop=author` (its `itemprop=name` when it has
/// one), `rel=author` links, short elements whose class or id says author
/// or byline. Comment areas are skipped, and so are the teasers of other
/// stories that close just before the headline.
fn byline_markup(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    let span = article_span(dom, title_node, container);
    let from = title_node.map_or(span.start, |t| {
        after_other_stories(dom, span.start, t.max(span.start))
    });
    byline_markup_between(dom, from, span.end, title_node)
}

/// Where the nodes `from..headline` leave the last sidebar (`<aside>`) or
/// other story's `<article>` that closes before the headline, one that
/// opens in that range or holds `from`: a byline there (`<aside>…<span
/// class="teaser__author">Jane Roe</span></aside>`) credits that story,
/// not this one. Only one that tells a story (a heading, or two links or
/// more) counts: an `<aside class="byline">` is this story's byline.
fn after_other_stories(dom: &Dom<'_>, from: usize, headline: usize) -> usize {
    let other_story = |j: usize| {
        matches!(dom.name(j), Some("aside" | "article"))
            && dom.nodes[j].end <= headline
            && (dom
                .elements_in(j)
                .any(|k| matches!(dom.name(k), Some("h1" | "h2" | "h3" | "h4")))
                || dom
                    .elements_in(j)
                    .filter(|&k| dom.name(k) == Some("a"))
                    .nth(1)
                    .is_some())
    };
    dom.ancestors(from)
        .chain(from..headline)
        .filter(|&j| other_story(j))
        .map(|j| dom.nodes[j].end)
        .max()
        .unwrap_or(from)
        .max(from)
}

/// The nodes where a byline may stand: from just before the headline (or
/// the article container) to the end of the container.
fn article_span(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> std::ops::Range<usize> {
    let body = dom.body_index();
    let from = title_node
        .or(container)
        .map_or(body, |t| t.saturating_sub(60).max(body));
    let to = container.map_or(dom.nodes.len(), |c| dom.nodes[c].end.max(from));
    from..to
}

/// The byline in `text` cleaned of lead words and credits, when what is
/// left can be an author's name (not only a weekday or a photo credit).
fn byline_name(text: &str) -> Option<String> {
    labels::clean_byline(text).filter(|v| labels::tidy_author(v).is_some())
}

/// The writer a byline region lists first: in an element labelled as the
/// byline (`aria-labelledby="article-byline"`, BBC World Service's layout
/// in every language), the first list item's text after its label and
/// comma (`<li><span>作者,</span><span>林芷瑩</span></li>`, `مصنف, عمر
/// دراز ننگیانہ`); the next items give the role and the place.
fn byline_region_first_item(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    let region = article_span(dom, title_node, container).find(|&j| {
        dom.attr(j, "aria-labelledby")
            .is_some_and(|id| id.to_ascii_lowercase().contains("byline"))
    })?;
    let item = dom
        .elements_in(region)
        .find(|&k| dom.name(k) == Some("li"))?;
    let text = dom.text_inline(item);
    let (_, name) = text.split_once([',', '،', '，'])?;
    byline_name(name.trim())
}

/// The author named by the element after an author label or lead word
/// that stands alone as an element of its own
/// (`<h4>Autor</h4><p><a>Jane Roe</a></p>`, `<dt>Author:</dt><dd>Jane
/// Roe</dd>`, `<p><strong>By</strong></p><p>Jane Roe</p>`), from just before the headline to
/// 200 nodes after the body. Not when text follows the label before that
/// element (`<span>By</span> Jane Roe`: the text is the name), nor in a
/// table's header row (`<th>Author</th><th>Message</th>`).
fn labelled_author_element(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    const AUTHOR_LABELS: [&str; 10] = [
        "autor",
        "autorin",
        "autorinnen",
        "autoren",
        "author",
        "authors",
        "auteur",
        "作者",
        "by",
        "von",
    ];
    let n = dom.nodes.len();
    let from = title_node.or(container).map_or(dom.body_index(), |t| {
        t.saturating_sub(60).max(dom.body_index())
    });
    let to = container.map_or(n, |c| (dom.nodes[c].end + 200).min(n));
    (from..to).find_map(|j| {
        let node = &dom.nodes[j];
        if !matches!(node.kind, Kind::Element(..)) || !(2..=8).contains(&node.chars) {
            return None;
        }
        let label = dom.text_inline(j);
        let label = label
            .trim()
            .trim_end_matches([':', '：'])
            .trim()
            .to_lowercase();
        if !AUTHOR_LABELS.contains(&label.as_str()) {
            return None;
        }
        let next = (node.end..n.min(node.end + 10))
            .find(|&k| matches!(dom.nodes[k].kind, Kind::Element(..)) && dom.nodes[k].chars > 0)?;
        // Text right after the label is what it labels (`<span>By</span>
        // Jane Roe`), so the element after that is something else; a header
        // cell after a header cell is a table's column name.
        let text_between = (node.end..next)
            .any(|k| matches!(dom.nodes[k].kind, Kind::Text(_)) && dom.nodes[k].chars > 0);
        let column_names = dom.name(j) == Some("th") && dom.name(next) == Some("th");
        let value = dom.text_inline(next);
        if dom.nodes[next].chars > 80 || text_between || column_names || opens_with_label(&value) {
            return None;
        }
        byline_name(&value).filter(|v| !AUTHOR_LABELS.contains(&v.to_lowercase().as_str()))
    })
}

/// Whether an element's text opens with a label of its own (`点击数：12`,
/// `Views: 12`): after an author label left empty it is the next fact, no
/// name.
fn opens_with_label(text: &str) -> bool {
    text.split_whitespace()
        .next()
        .is_some_and(|w| w.contains([':', '：']))
}

/// The poster named by a link to a member's profile that follows an
/// author label (`作者： <a href="/user.php?uid=42">放飞&心情</a>`) or that
/// a posting time follows (`<a href="home.php?mod=space&uid=42">老周</a>
/// 发表于 2013-5-1`), as a forum thread heads each of its posts: the first
/// such link, from just before the headline to the end of the body, names
/// the first post's poster, who opened the thread; later ones name the
/// repliers; links in comment areas name readers. The span ends with the
/// body (with none found, the page). The link delimits the name, so a
/// nickname (`放飞&心情`, `6xy`) is taken as written.
fn labelled_member_link(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    const POSTER_LABELS: [&str; 5] = ["作者", "楼主", "发帖人", "发贴人", "发表者"];
    const POSTED_AT: [&str; 2] = ["发表于", "發表於"];
    // The text of a node, if any: the first among a few nodes before or
    // after the link is the nearest, skipping the elements that wrap the
    // link (`作者：<font><a …>`) or stand beside it.
    let nearest_text = |k: usize| match dom.nodes[k].kind {
        Kind::Text(t) if !t.trim().is_empty() => Some(t.trim()),
        _ => None,
    };
    let n = dom.nodes.len();
    article_span(dom, title_node, container).find_map(|j| {
        let href = dom.attr(j, "href").filter(|_| dom.name(j) == Some("a"))?;
        if !links_to_member(href) || in_comment_area(dom, j) {
            return None;
        }
        let end = dom.nodes[j].end;
        let labelled = (j.saturating_sub(4)..j)
            .rev()
            .find_map(nearest_text)
            .is_some_and(|t| {
                let label = t.trim_end_matches([':', '：']).trim_end();
                POSTER_LABELS.iter().any(|l| label.ends_with(l))
            });
        let posted = (end..n.min(end + 4))
            .find_map(nearest_text)
            .is_some_and(|t| POSTED_AT.iter().any(|p| t.starts_with(p)));
        if !(labelled || posted) {
            return None;
        }
        let name = collapse_ws(&dom.text_inline(j));
        (1..=30).contains(&name.chars().count()).then_some(name)
    })
}

/// The blog's owner, named by the link of a blog platform's profile box:
/// a link titled as someone's blog (`title="[太小心]的博客"`, `X的空间`)
/// whose text is that name. The first one is the owner's box; later ones
/// (latest comments, friends) name visitors, as do the list items of a
/// widget of recommended bloggers, which are skipped.
fn blog_owner_link(dom: &Dom<'_>) -> Option<String> {
    const BLOG_OF: [&str; 4] = ["的博客", "的空间", "的个人空间", "的部落格"];
    (dom.body_index()..dom.nodes.len()).find_map(|j| {
        let title = dom.attr(j, "title").filter(|_| dom.name(j) == Some("a"))?;
        let owner = BLOG_OF
            .iter()
            .find_map(|blog| title.trim().strip_suffix(blog))?
            .trim_matches(['[', ']', '【', '】', ' ']);
        if dom.ancestors(j).take(4).any(|a| dom.name(a) == Some("li")) {
            return None;
        }
        let name = collapse_ws(&dom.text_inline(j));
        (!owner.is_empty()
            && name == owner
            && owner.chars().count() <= 20
            && !in_comment_area(dom, j))
        .then_some(name)
    })
}

/// Whether a link leads to a member's profile: its query names a user
/// (`uid=42`, `userid=cm3721`, `username=…`, `authorid=7`) or its path
/// does (`space-uid-42.html`).
fn links_to_member(href: &str) -> bool {
    const MEMBER_KEYS: [&str; 6] = [
        "uid", "userid", "user_id", "username", "authorid", "memberid",
    ];
    let href = href.to_ascii_lowercase();
    let (path, query) = href.split_once('?').unwrap_or((&href, ""));
    path.contains("space-uid-")
        || query.split(['&', '#']).any(|pair| {
            pair.split_once('=')
                .is_some_and(|(k, v)| MEMBER_KEYS.contains(&k) && !v.is_empty())
        })
}

/// The author named by a link to an author's archive page
/// (`<a href="/author/jane-roe/">Jane Roe</a>`, `/authors/…`, `/autor/…`,
/// `/reporter/…`) or to a member's profile outside a list (a Drupal
/// post's `post by <a href="/profile/jane-roe">`),
/// as blogs and news sites link the byline, with the co-authors linked
/// beside it, from just before the headline to the end of the article;
/// links in comment areas are skipped.
fn author_archive_link(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    let archive_link = |j: usize| {
        let Some(href) = dom.attr(j, "href").filter(|_| dom.name(j) == Some("a")) else {
            return false;
        };
        let path = href.split(['?', '#']).next().unwrap_or("");
        let mut segments = path.split('/').skip_while(|s| {
            ![
                "author", "authors", "autor", "autoren", "reporter", "profile",
            ]
            .iter()
            .any(|w| s.eq_ignore_ascii_case(w))
        });
        // A profile in a list is a menu's (`<li><a href="/blog/profile/x">名片</a>`).
        let in_list = || dom.ancestors(j).take(3).any(|a| dom.name(a) == Some("li"));
        segments
            .next()
            .is_some_and(|w| !w.eq_ignore_ascii_case("profile") || !in_list())
            && segments.next().is_some_and(|slug| !slug.is_empty())
    };
    article_span(dom, title_node, container).find_map(|j| {
        if !archive_link(j)
            || dom.nodes[j].chars > 60
            || in_comment_area(dom, j)
            || in_running_prose(dom, j)
        {
            return None;
        }
        let text = co_linked_names(dom, j, archive_link).unwrap_or_else(|| dom.text_inline(j));
        byline_name(&text)
    })
}

/// Whether link `j` sits inside a sentence of running text (`… as <a
/// href="/author/jane-doe/">Jane Doe</a> reported last week, …`): the
/// other words of its line are prose, eight lowercase words or more,
/// where a byline line holds at most a few (`by`, `and`, `updated on`).
fn in_running_prose(dom: &Dom<'_>, j: usize) -> bool {
    let Some(block) = dom
        .ancestors(j)
        .find(|&a| dom.name(a).is_some_and(crate::dom::is_block))
    else {
        return false;
    };
    let link = collapse_ws(&dom.text_inline(j));
    dom.text(block)
        .lines()
        .find(|line| line.contains(link.as_str()))
        .is_some_and(|line| {
            line.replacen(link.as_str(), " ", 1)
                .split_whitespace()
                .filter(|w| w.starts_with(char::is_lowercase))
                .count()
                >= 8
        })
}

/// The author in byline markup just after the article: a signature or an
/// author box (`<span class="news-list-author">Erstellt von Jane Roe</span>`)
/// that closes the body's surroundings (the body's parent), within 200
/// nodes of the body's end. Only a name in Latin script: a Chinese page
/// states its author in a labelled line, and the box after a Chinese post
/// holds the blog's profile counters (`人氣`, `总篇数`).
fn closing_byline_markup(dom: &Dom<'_>, container: Option<usize>) -> Option<String> {
    let c = container?;
    let scope = dom.ancestors(c).nth(1).unwrap_or(c);
    let from = dom.nodes[c].end;
    byline_markup_between(dom, from, dom.nodes[scope].end.min(from + 200), None)
        .filter(|name| !name.contains(is_cjk))
}

/// The author named by the heading of an author box after the body, in
/// the `<article>` that holds the headline or within 200 nodes after the
/// body in the element around that article (without one, in the body's
/// surroundings, within 200 nodes of its end): an element whose class or
/// id says author (`<div class="author-bio"><h3>Jane Roe</h3><p>Jane
/// writes about …</p></div>`), as blogs and magazines close a post with
/// the writer's portrait, or whose bio opens with the name in bold
/// (`<p><strong>Jane Roe</strong> is a transport researcher …</p>`, in
/// the languages of [`BIO_VERBS`]). Only a full name (two to four
/// capitalised words), after an `About`/`Über` lead; a heading such as
/// `About the author` is no name, and a bold name after it is read.
fn author_box_heading(
    dom: &Dom<'_>,
    title_node: Option<usize>,
    container: Option<usize>,
) -> Option<String> {
    let (t, c) = (title_node?, container?);
    let end = match dom
        .ancestors(t)
        .find(|&a| dom.name(a) == Some("article"))
        .filter(|&a| dom.contains(a, c))
    {
        // A box right after the `<article>` (a theme that closes the
        // post with it outside) is the post's too.
        Some(article) => {
            let parent = dom.ancestors(article).next().unwrap_or(article);
            dom.nodes[article]
                .end
                .max(dom.nodes[c].end + 200)
                .min(dom.nodes[parent].end)
        }
        None => {
            let scope = dom.ancestors(c).nth(1).unwrap_or(c);
            dom.nodes[scope].end.min(dom.nodes[c].end + 200)
        }
    };
    let bio_subject = |k: usize| {
        matches!(dom.name(k), Some("strong" | "b"))
            && matches!(dom.nodes.get(dom.nodes[k].end).map(|n| &n.kind),
                Some(Kind::Text(t)) if t.split_whitespace().next().is_some_and(|verb| BIO_VERBS.contains(&verb)))
    };
    let name_in = |k: usize| {
        let heading = collapse_ws(&dom.text_inline(k));
        let name = ["About ", "Über ", "À propos de "]
            .iter()
            .find_map(|lead| heading.strip_prefix(lead))
            .unwrap_or(&heading);
        let titled =
            name.to_lowercase().contains("author") || name.to_lowercase().contains("autor");
        (!titled && labels::names_people(name) && labels::full_names(name))
            .then(|| name.to_string())
    };
    (dom.nodes[c].end..end).find_map(|j| {
        if !class_names_byline(dom, j) || in_comment_area(dom, j) {
            return None;
        }
        // The box's own title (`Sobre o autor`) heads the name.
        dom.elements_in(j)
            .filter(|&k| matches!(dom.name(k), Some("h2" | "h3" | "h4" | "h5")) || bio_subject(k))
            .take(2)
            .find_map(name_in)
    })
}

/// The verbs after the bold name that opens an author's biography
/// (`<strong>Jane Roe</strong> is a reporter…`, `… é repórter`, `… ist
/// Redakteurin`), in the languages of news sites.
const BIO_VERBS: [&str; 16] = [
    "is",
    "was",
    "é",
    "foi",
    "è",
    "es",
    "fue",
    "est",
    "ist",
    "war",
    "är",
    "var",
    "er",
    "jest",
    "adalah",
    "merupakan",
];

/// The author who signs the article at its end: the body's last
/// paragraph, with no text after it, holds only a full name (two to four
/// capitalised words) set apart from the text, in bold or italics as a
/// whole (`<p><strong>Jane Roe</strong></p>`) or aligned to the right, as
/// German and French papers and blogs sign a piece. A plain last line of
/// capitalised words is as often a heading (`Related Posts`), so it is not
/// taken, nor a bold heading the byline cleaner cuts (`Mehr Themen`), nor
/// a phrase whose words the text writes in lower case (`Viel Spaß`), nor
/// a paragraph in a comment area, nor the heading of a list of other
/// stories (`Related Coverage`), nor a labelled line (`Source: Reuters`,
/// `Photo: Jane Roe`): a signature is only a name. A name aligned to the right signs the
/// piece even when notes or a box follow it (`<p align="right">Jean
/// Roe</p><p>(1) Chiffres de l'OCDE.</p>`), if it stands in the second
/// half of the body: near the top it credits an epigraph's quote. An
/// op-ed's closing note on its writer set apart the same way names the
/// writer (`<p><em>Jane Roe is a civil engineer …</em></p>`; the verbs of
/// [`BIO_VERBS`]).
fn closing_signature(dom: &Dom<'_>, container: Option<usize>) -> Option<String> {
    let c = container?;
    let article_text = std::cell::OnceCell::new();
    let name_line = |p: usize| {
        if dom.nodes[p].chars > 40 || in_comment_area(dom, p) {
            return None;
        }
        // The byline cleaner keeps the whole line: no stop word such as
        // `Mehr` (`Mehr Themen`) or a role cut it short.
        let line = collapse_ws(&dom.text_inline(p));
        // Co-authors parted by a dash (`Nguyễn Đông - Hoài Thương`).
        let line = if line.contains(" - ") && line.split(" - ").all(labels::full_names) {
            line.replace(" - ", "; ")
        } else {
            line
        };
        labels::clean_byline(&line)
            .filter(|name| *name == line && labels::full_names(name))
            .filter(|name| labels::names_people(name) && !blocks::is_story_list_heading(name))
            .filter(|name| written_as_proper_nouns(name, article_text.get_or_init(|| dom.text(c))))
    };
    let paras: Vec<usize> = dom
        .elements_in(c)
        .filter(|&j| dom.name(j) == Some("p") && dom.nodes[j].chars > 0)
        .collect();
    let &last = paras.last()?;
    let text_after = (dom.nodes[last].end..dom.nodes[c].end)
        .any(|j| matches!(dom.nodes[j].kind, Kind::Text(_)) && dom.nodes[j].chars > 0);
    if !text_after && (is_emphasised_whole(dom, last) || is_right_aligned(dom, last)) {
        if let Some(name) = name_line(last) {
            return Some(name);
        }
    }
    // An op-ed's closing note on its writer, set apart in italics or bold
    // (`<p><em>Jane Roe is a civil engineer …</em></p>`), maybe before the
    // links of its tags (`Tags: water crisis`).
    let plain_text_after: u32 = (dom.nodes[last].end..dom.nodes[c].end)
        .filter(|&j| matches!(dom.nodes[j].kind, Kind::Text(_)))
        .map(|j| dom.nodes[j].chars - dom.nodes[j].link_chars)
        .sum();
    if plain_text_after <= 10 && is_emphasised_whole(dom, last) && dom.nodes[last].chars <= 400 {
        let note = collapse_ws(&dom.text_inline(last));
        let words: Vec<&str> = note.split(' ').collect();
        let name = (2..=4)
            .find(|&k| words.get(k).is_some_and(|w| BIO_VERBS.contains(w)))
            .map(|k| words[..k].join(" "))
            .filter(|name| labels::full_names(name) && labels::names_people(name));
        if name.is_some() {
            return name;
        }
    }
    let text_before = |p: usize| -> u32 {
        (c..p)
            .filter(|&j| matches!(dom.nodes[j].kind, Kind::Text(_)))
            .map(|j| dom.nodes[j].chars)
            .sum()
    };
    paras
        .iter()
        .rev()
        .filter(|&&p| is_right_aligned(dom, p) && text_before(p) * 2 >= dom.nodes[c].chars)
        .find_map(|&p| name_line(p))
}

/// Whether paragraph `p` is aligned to the right (`align="right"`,
/// `style="text-align: right"`).
fn is_right_aligned(dom: &Dom<'_>, p: usize) -> bool {
    dom.attr(p, "align")
        .is_some_and(|a| a.eq_ignore_ascii_case("right"))
        || dom.attr(p, "style").is_some_and(|s| {
            s.to_ascii_lowercase()
                .replace(' ', "")
                .contains("text-align:right")
        })
}

/// Whether no word of `name` is written in lower case in `text`: a
/// person's name is (`Stefan Roth`), a closing phrase set in bold mostly
/// is not (`Viel Spaß` beside "hat viel Spaß gemacht").
fn written_as_proper_nouns(name: &str, text: &str) -> bool {
    let lowercase_words: std::collections::HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    name.split_whitespace()
        .all(|w| !lowercase_words.contains(w.to_lowercase().as_str()))
}

/// Whether all the text of element `p` sits in one bold or italic element
/// (`<p><b><i>Jane Roe</i></b></p>`).
fn is_emphasised_whole(dom: &Dom<'_>, p: usize) -> bool {
    let mut only = dom
        .children(p)
        .filter(|&k| dom.nodes[k].chars > 0 || dom.name(k).is_some_and(|n| n != "br"));
    match (only.next(), only.next()) {
        (Some(k), None) => {
            matches!(dom.name(k), Some("strong" | "b" | "em" | "i"))
                && dom.nodes[k].chars == dom.nodes[p].chars
        }
        _ => false,
    }
}

/// Words that a byline's class or id is made of (see
/// [`class_names_byline`]), lower case; Italian and French `autore`,
/// `autrice`, `auteur` (author), Italian `firma` (signature), Turkish
/// `muhabir` (reporter) and `yazar` (writer), Hungarian `szerzo` (author).
const BYLINE_CLASS_WORDS: [&str; 24] = [
    "author",
    "reporter",
    "contributor",
    "contributors",
    "autore",
    "autrice",
    "auteur",
    "signature",
    "firma",
    "journalist",
    "authors",
    "writer",
    "writers",
    "byline",
    "bylines",
    "byl",
    "autor",
    "autorin",
    "autorinnen",
    "autoren",
    "autores",
    "muhabir",
    "yazar",
    "szerzo",
];

/// Whether the class or id of element `j` names a byline: one of its
/// words (split at what is not a letter or digit and at camel-case humps,
/// `articleAuthor`) ends with a byline word (`author`, `authors`,
/// `byline`, `byl`, `autor`, `autorin`, `autoren`, `writer`, `reporter`,
/// `journalist`, `signature`, Italian `firma`, Turkish `muhabir` and `yazar`:
/// `coauthor`, `artikelautor`), or begins with one that a consonant follows, a second
/// word glued to it (`authorbox`, `bylinepub`, `autorenkuerzel`). A word
/// that only starts with the same letters is another word: `authority`,
/// `authorized`, `autorotate`, `autorefresh`, `bylaw`.
pub(crate) fn class_names_byline(dom: &Dom<'_>, j: usize) -> bool {
    let names_byline = |word: &str| {
        BYLINE_CLASS_WORDS.iter().any(|w| {
            word.ends_with(w)
                || word.strip_prefix(w).is_some_and(|rest| {
                    rest.starts_with(|c: char| c.is_ascii_alphabetic() && !"aeiouy".contains(c))
                })
        })
    };
    // A class that ends in the word `by` after other words (`gnt_ar_by`,
    // `writeBy`, `writeby`, `submitted-by`) marks the byline too; `by` inside a word
    // (`nearby`), before others (`byType`, `offset-by-one`) or after a
    // sorting word (`search-sort-by`, `order_by`) or a platform's credit
    // (`Header__PoweredBy`) does not.
    let ends_in_by = |words: &[String]| {
        // The verb glued to `by` in lower case (`writeby`).
        if words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "writeby" | "writtenby"))
        {
            return true;
        }
        match words {
            [.., before, last] if last == "by" => !matches!(
                before.as_str(),
                "sort"
                    | "sorted"
                    | "order"
                    | "ordered"
                    | "group"
                    | "grouped"
                    | "filter"
                    | "powered"
            ),
            _ => false,
        }
    };
    // A picture's credit names its author after the picture
    // (`photo__author`, `caption-author`); `byline--with-photo` is a byline.
    let names_picture_credit = |words: &[String]| {
        let byline_at = words.iter().position(|w| names_byline(w));
        let picture_at = words.iter().position(|w| {
            matches!(
                w.as_str(),
                "photo" | "image" | "img" | "picture" | "caption" | "foto"
            )
        });
        matches!((picture_at, byline_at), (Some(p), Some(b)) if p < b)
    };
    ["class", "id"]
        .iter()
        .filter_map(|a| dom.attr(j, a))
        .any(|v| {
            v.split_whitespace().any(|token| {
                if !may_name_byline(token) {
                    return false;
                }
                let words = class_words(token);
                !names_picture_credit(&words)
                    && (ends_in_by(&words) || words.iter().any(|w| names_byline(w)))
            })
        })
}

/// Whether a class or id token could name a byline: each rule of
/// [`class_names_byline`] needs `by` or a byline word in its lower-cased
/// words, and the words of an ASCII token are pieces of the token in lower
/// case. (A cheap test first: most tokens of a page name no byline.)
fn may_name_byline(token: &str) -> bool {
    static WORDS: LazyLock<Substrings> = LazyLock::new(|| {
        let mut words = BYLINE_CLASS_WORDS.to_vec();
        words.push("by");
        Substrings::any_case(&words)
    });
    !token.is_ascii() || WORDS.in_value(token)
}

/// Whether element `j` is, or sits in, a box marked as the author's
/// ([`class_names_byline`]) that holds a heading over a list of links to
/// stories (`<div class="author-posts"><h3>Latest Stories</h3><ul><li><a
/// href="/a">Council approves budget</a>`): the box lists the author's
/// other stories, and its heading and items are no byline. A list whose
/// first link is a name (`<h3>Authors</h3><ul><li><a>Jane Roe</a>`) lists
/// the authors.
fn in_story_list(dom: &Dom<'_>, j: usize) -> bool {
    let heads_a_list = |b: usize| {
        let heading = dom
            .elements_in(b)
            .find(|&k| matches!(dom.name(k), Some("h1" | "h2" | "h3" | "h4" | "h5" | "h6")));
        let first_item_link = heading.and_then(|h| {
            (dom.nodes[h].end..dom.nodes[b].end)
                .filter(|&k| dom.name(k) == Some("li"))
                .find_map(|li| dom.elements_in(li).find(|&a| dom.name(a) == Some("a")))
        });
        first_item_link.is_some_and(|a| !labels::names_people(&collapse_ws(&dom.text_inline(a))))
    };
    std::iter::once(j)
        .chain(dom.ancestors(j))
        .take_while(|&b| b == j || class_names_byline(dom, b))
        .any(heads_a_list)
}

/// The first author that byline markup gives in the nodes `from..to`,
/// outside comment areas and teaser cards (a link holding the headline
/// `title_node` is no card); see [`byline_markup`].
fn byline_markup_between(
    dom: &Dom<'_>,
    from: usize,
    to: usize,
    title_node: Option<usize>,
) -> Option<String> {
    let rel_author = |k: usize| {
        dom.attr(k, "rel").is_some_and(|r| {
            r.split_whitespace()
                .any(|t| t.eq_ignore_ascii_case("author"))
        })
    };
    let mut tried = 0;
    let mut outlet_first: Option<(String, Option<usize>)> = None;
    for j in from..to {
        let Some(name) = dom.name(j) else { continue };
        let node = &dom.nodes[j];
        if node.chars == 0 && dom.attr(j, "content").is_none() {
            continue;
        }
        let prop = dom.attr(j, "itemprop").is_some_and(|p| {
            p.split_whitespace()
                .any(|t| t.eq_ignore_ascii_case("author"))
        });
        let rel = name == "a" && rel_author(j);
        let marked = !prop && !rel && node.chars <= 80 && class_names_byline(dom, j);
        if !(prop || rel || marked) || node.chars > 120 || in_story_list(dom, j) {
            continue;
        }
        tried += 1;
        if tried > 30 {
            break;
        }
        if in_comment_area(dom, j) || in_teaser_card(dom, j, title_node) {
            continue;
        }
        let text = if prop {
            dom.elements_in(j)
                .find(|&k| {
                    dom.attr(k, "itemprop")
                        .is_some_and(|p| p.eq_ignore_ascii_case("name"))
                })
                .map(|k| {
                    dom.attr(k, "content")
                        .map(str::to_string)
                        .unwrap_or_else(|| dom.text_inline(k))
                })
                .or_else(|| dom.attr(j, "content").map(str::to_string))
                .or_else(|| without_asides(dom, j))
                .unwrap_or_else(|| dom.text_inline(j))
        } else if rel {
            // Co-authors' links beside this one (`<a rel=author>A</a> and
            // <a rel=author>B</a>`) in an element of their own.
            co_linked_names(dom, j, rel_author).unwrap_or_else(|| dom.text_inline(j))
        } else {
            byline_names_text(dom, j).unwrap_or_else(|| dom.text_inline(j))
        };
        // A candidate that leaves only a lead word, a weekday or a photo
        // credit (`Veröffentlicht von` beside the name's own element) is
        // passed over for the next one.
        let Some(v) = byline_name(&text) else {
            continue;
        };
        // An agency credited first in the byline (`<span
        // class=published-by__author>The Canadian Press</span><span
        // class=published-by__author>Dylan Forsythe</span>`) gives way to
        // the writer the same byline names beside it.
        let parent = dom.ancestors(j).next();
        match outlet_first.take() {
            Some((first, at)) if at == parent && !labels::names_people(&v) => return Some(first),
            Some((first, at)) if at != parent => return Some(first),
            Some(_) => return Some(v),
            None if labels::names_an_outlet(&v) => outlet_first = Some((v, parent)),
            None => return Some(v),
        }
    }
    outlet_first.map(|(first, _)| first)
}

/// The names linked beside author link `j` in the element that holds it
/// (`<a rel=author>A</a> and <a rel=author>B</a>`, `<a
/// href="/reporter/a">A</a> 기자, <a href="/reporter/b">B</a> 기자`),
/// when every link there is an author link as `marks` tells; see
/// [`linked_names_before_role`].
fn co_linked_names(dom: &Dom<'_>, j: usize, marks: impl Fn(usize) -> bool) -> Option<String> {
    let p = dom.ancestors(j).next()?;
    let links_authors = dom.nodes[p].chars <= 120
        && dom
            .elements_in(p)
            .filter(|&k| dom.name(k) == Some("a"))
            .all(marks);
    links_authors
        .then(|| linked_names_before_role(dom, p))
        .flatten()
}

/// The names in byline element `j` when its markup parts them from a
/// role written after them: the children whose class says name (`<span
/// class="name">Anna Roe</span> <span class="job">Reporter</span>`,
/// `author-name`, `byline-name`), full names each; else the lead and the linked names (`By <a>REBECCA
/// ROE</a> CRIME EDITOR`), when plain words follow the last link. `None`
/// when the element's whole text is the byline.
fn byline_names_text(dom: &Dom<'_>, j: usize) -> Option<String> {
    // The name word in English, Hungarian, Italian and Portuguese,
    // Spanish, Dutch, after a byline's word (`szerzo-nev`, `autor-nome`).
    const NAME_WORDS: [&str; 5] = ["name", "nev", "nome", "nombre", "naam"];
    let says_name = |class: &str| {
        class.split_whitespace().any(|c| {
            let c = c.to_ascii_lowercase();
            let mut words = c.rsplit(['-', '_']).filter(|w| !w.is_empty());
            let (last, before) = (words.next(), words.next());
            c == "name"
                || last == Some("author")
                || matches!((before, last), (Some(b), Some(n)) if BYLINE_CLASS_WORDS.contains(&b) && NAME_WORDS.contains(&n))
        })
    };
    // A name whose role beside it credits the pictures (`<span
    // class="author__name">Joonas Roe</span> <span
    // class="author__role">kuvat</span>`) is the photographer's.
    let photographer = |k: usize| {
        dom.next_element_sibling(k)
            .is_some_and(|r| labels::is_picture_credit(&dom.text_inline(r)))
    };
    let names = |k: usize| dom.attr(k, "class").is_some_and(says_name);
    // The innermost of nested name elements (`<div class="author"><a
    // class="author__name">Ole Roe</a><span>Journalist</span></div>`).
    let mut named: Vec<String> = dom
        .elements_in(j)
        .filter(|&k| names(k) && !photographer(k) && !dom.elements_in(k).any(names))
        .map(|k| collapse_ws(&dom.text_inline(k)))
        .filter(|n| !n.is_empty())
        .collect();
    // A name marked twice (`<span class="author"><a class="author-name">`).
    named.dedup();
    if !named.is_empty()
        && named
            .iter()
            .all(|n| n.contains(' ') || n.chars().all(is_cjk))
    {
        return Some(named.join(", "));
    }
    linked_names_before_role(dom, j).or_else(|| without_asides(dom, j))
}

/// Words of a class or id that mark what a byline sets beside the name in
/// an element of its own, lower case: a place (`<span
/// class="lugar">VIGO</span>`, `news-place`, `dateline`) or the writer's
/// role (`<span class="author-role">Корреспондент</span>`, `position`,
/// `job`).
const ASIDE_CLASS_WORDS: [&str; 12] = [
    "place", "lugar", "luogo", "lieu", "location", "dateline", "city", "ort", "role", "position",
    "job", "jobtitle",
];

/// The text of byline element `j` without the places and roles it sets in
/// elements of their own (`<span class="autor">XOSÉ MANUEL REY</span>
/// <span class="lugar">VIGO</span>`, see [`ASIDE_CLASS_WORDS`]), unless
/// one holds all its text (a layout box such as `position-relative`
/// around the name); `None` when it sets none.
fn without_asides(dom: &Dom<'_>, j: usize) -> Option<String> {
    let mut text = dom.text_inline(j);
    let mut found = false;
    for k in dom.elements_in(j) {
        if dom.class_tokens(k).any(|t| ASIDE_CLASS_WORDS.contains(&t)) {
            let aside = dom.text_inline(k);
            let Some(at) = text.rfind(&aside).filter(|_| !aside.is_empty()) else {
                continue;
            };
            let rest = [&text[..at], &text[at + aside.len()..]].concat();
            if !rest.trim().is_empty() {
                text = rest;
                found = true;
            }
        }
    }
    found.then(|| collapse_ws(&text))
}

/// The lead and the names linked in byline element `j` (`By <a>Jane
/// Roe</a> and <a>Sam Kim</a>`), when the text after the last link is a
/// role set beside them with only a space (`Crime Editor for the Daily
/// Mail`), when a date follows two names or more, or when nothing
/// follows them; `None` when text other than a byline lead comes before
/// the links, or a separator or comma follows them (`, dpa` is a credit
/// of its own).
fn linked_names_before_role(dom: &Dom<'_>, j: usize) -> Option<String> {
    // Besides the words, a comma or `&`, and the conjunction that Hebrew
    // and Arabic write glued to the next word (`<a>A</a> ו<a>B</a>`).
    // A Korean role after each name joins them too (`<a>A</a> 기자,
    // <a>B</a> 기자`).
    let joins_names = |t: &str| {
        let t = t.trim_start_matches(',').trim();
        t.is_empty()
            || matches!(t, "&" | "ו" | "و")
            || labels::NAME_JOINERS.contains(&t)
            || labels::KOREAN_REPORTER_ROLES.contains(&t.trim_end_matches([',', '·']).trim())
    };
    let mut lead = String::new();
    let mut names: Vec<String> = Vec::new();
    let mut k = j + 1;
    while k < dom.nodes[j].end {
        if dom.name(k) == Some("a") {
            let name = collapse_ws(&dom.text_inline(k));
            if !name.is_empty() {
                names.push(name);
            }
            k = dom.nodes[k].end.max(k + 1);
            continue;
        }
        if let Kind::Text(t) = dom.nodes[k].kind {
            let t = collapse_ws(t);
            let t = t.trim();
            let joins = !names.is_empty() && joins_names(&t.to_lowercase());
            if names.is_empty() {
                lead.push_str(t);
                lead.push(' ');
            } else if !(t.is_empty() || joins) {
                let leads = lead.trim().is_empty() || labels::is_byline_lead(&lead);
                // A role, or the date after a list of names.
                let after_names = t.starts_with(char::is_alphabetic)
                    || (names.len() >= 2 && t.starts_with(|c: char| c.is_ascii_digit()));
                return (leads && after_names).then(|| format!("{lead}{}", names.join(", ")));
            }
        }
        k += 1;
    }
    // Only names joined by conjunctions (`<a>A</a> ו<a>B</a>`, where the
    // element's text would glue the conjunction to a name).
    let leads = lead.trim().is_empty() || labels::is_byline_lead(&lead);
    (names.len() >= 2 && leads).then(|| format!("{lead}{}", names.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tests::{en_article_body, run, zh_article_body};

    #[test]
    fn credits_in_related_stories_and_comments_after_the_body_are_not_the_byline() {
        let page = |after: &str| {
            format!(
                r#"<html><body><main><article><div class="meta"><span class="author">Anna Smith</span></div>
                <h1>Council approves new transit budget</h1>{}{after}</article></main></body></html>"#,
                en_article_body()
            )
        };
        let related = r#"<div class="related"><h3>Related stories</h3><ul><li><a href="/news/bus-fares">Bus fares to rise in autumn</a><span class="by">By Tom Teaser</span></li></ul></div>"#;
        let comments = r#"<section id="comments"><h3>2 Comments</h3><ol><li><div class="comment-meta">By Joe Reader | May 4, 2024</div><p>Great news for commuters.</p></li></ol></section>"#;
        for after in [related, comments] {
            let ex = run("https://news.example.com/2024/05/budget.html", &page(after));
            assert_eq!(ex.author.as_deref(), Some("Anna Smith"), "{after}");
        }
        // A closing credit line still names the author when no byline does.
        let closing = page("<p>Autor: Jana Berg</p>")
            .replace(r#"<span class="author">Anna Smith</span>"#, "");
        let ex = run("https://news.example.com/2024/05/budget.html", &closing);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    /// An English story with `byline` between its headline and its text.
    fn byline_page(byline: &str) -> String {
        format!(
            "<html><body><main><article><h1>Council approves new transit budget</h1>{byline}{}</article></main></body></html>",
            en_article_body()
        )
    }

    #[test]
    fn co_authors_joined_in_the_page_language_are_all_named() {
        for (byline, want) in [
            (
                r#"<p class="byline">Por Martín Rodríguez y Paula Ferrari</p>"#,
                "Martín Rodríguez; Paula Ferrari",
            ),
            (
                r#"<p class="byline">di Marco Rossi e Giulia Bianchi</p>"#,
                "Marco Rossi; Giulia Bianchi",
            ),
            (
                r#"<div class="autores"><a href="/autor/a/">Martín Rodríguez</a> y <a href="/autor/b/">Paula Ferrari</a></div>"#,
                "Martín Rodríguez; Paula Ferrari",
            ),
            // Hebrew glues its `and` to the second name's link.
            (
                r#"<address class="byline-authors"><a href="/w/a" rel="author">דנה לוי</a> ו<a href="/w/b" rel="author">עומר שלו</a></address>"#,
                "דנה לוי; עומר שלו",
            ),
            // Links marked rel=author in an unmarked element, and names
            // linked in a byline before its date.
            (
                r#"<div><a href="/w/a" rel="author">Jane Roe</a> and <a href="/w/b" rel="author">Sam Kim</a></div>"#,
                "Jane Roe; Sam Kim",
            ),
            (
                r#"<div class="article-byline"><a href="/w/a">Jane Roe</a>, <a href="/w/b">Sam Kim</a> <span>26.05.2025 16:05</span></div>"#,
                "Jane Roe; Sam Kim",
            ),
            // `en` before a place is no joiner.
            (
                r#"<p class="byline">Por Juan Pérez en Nueva York</p>"#,
                "Juan Pérez",
            ),
            // Romanian `și`, and Hungarian `és`.
            (
                r#"<span class="entry-author">de <a href="/autor/a">Andrei Popescu</a> și <a href="/autor/b">Ioana Marin</a></span>"#,
                "Andrei Popescu; Ioana Marin",
            ),
            (
                r#"<p class="byline">Kovács Péter és Nagy Anna</p>"#,
                "Kovács Péter; Nagy Anna",
            ),
            // A name element in each writer's element, a role glued after
            // it.
            (
                r#"<div class="authors"><div class="author"><a class="author__name" href="/k/a">Ole Andreas Bjerke</a><span class="author__role">Journalist</span></div><div class="author"><a class="author__name" href="/k/b">Silje Helene Nilsen</a><span class="author__role">Journalist</span></div></div>"#,
                "Ole Andreas Bjerke; Silje Helene Nilsen",
            ),
        ] {
            let ex = run(
                "https://news.example.com/2025/05/budget.html",
                &byline_page(byline),
            );
            assert_eq!(ex.author.as_deref(), Some(want), "{byline}");
        }
        // A link to the writer's page under `/authors/`, with a role after
        // it, leading the body.
        let lead = r#"<p><strong><a href="/authors/anna-sergel">Anna Sergel</a></strong>, <em>Hawke's Bay Reporter</em></p>"#;
        let ex = run(
            "https://news.example.com/2025/05/budget.html",
            &byline_page(lead),
        );
        assert_eq!(ex.author.as_deref(), Some("Anna Sergel"));
        // A header holding a category link and the rel=author link names
        // only the author.
        let header = r#"<div class="article-header"><span class="category"><a href="/category/business/" rel="category tag">Business</a></span> <a href="/author/amy-gallo/" rel="author">Amy Gallo</a></div>"#;
        let ex = run(
            "https://news.example.com/2025/05/budget.html",
            &byline_page(header),
        );
        assert_eq!(ex.author.as_deref(), Some("Amy Gallo"));
    }

    #[test]
    fn a_byline_region_names_the_writer_its_list_opens_with() {
        let url = "https://www.bbc.example/news/articles/c1";
        // The region's heading is no name; the first item's value is.
        let zh = r#"<section aria-labelledby="article-byline" role="region"><h2 id="article-byline">文章資訊</h2><ul><li><span>作者,</span><span>林芷瑩</span></li><li><span>職位,</span><span>BBC中文</span></li></ul></section>"#;
        assert_eq!(run(url, &byline_page(zh)).author.as_deref(), Some("林芷瑩"));
        // Also over a JSON-LD author that is the outlet, in a script
        // without capitals.
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"BBC News اردو"}}</script>"#;
        let ur = r#"<section aria-labelledby="article-byline" role="region"><ul><li><span><span>مصنف, </span>عمر دراز ننگیانہ</span></li><li><span><span>عہدہ, </span>بی بی سی اردو، لاہور</span></li></ul></section>"#;
        let page = byline_page(ur).replace("<body>", &format!("<head>{ld}</head><body>"));
        assert_eq!(run(url, &page).author.as_deref(), Some("عمر دراز ننگیانہ"));
    }

    #[test]
    fn an_agency_credited_beside_its_writers_gives_way_to_them() {
        let url = "https://news.example.com/2025/01/27/rates.html";
        // Two byline elements, the agency's first.
        let two = r#"<div class="article-header__texts"><span class="published-by__author"><a href="/author/the-canadian-press/">The Canadian Press</a></span> <span class="published-by__author">Dylan Forsythe</span></div>"#;
        assert_eq!(
            run(url, &byline_page(two)).author.as_deref(),
            Some("Dylan Forsythe")
        );
        // Only the agency: it stays.
        let alone = r#"<div class="article-header__texts"><span class="published-by__author"><a href="/author/the-canadian-press/">The Canadian Press</a></span></div>"#;
        assert_eq!(
            run(url, &byline_page(alone)).author.as_deref(),
            Some("The Canadian Press")
        );
        // JSON-LD credits the agency; the byline names the writers in
        // capitals before it.
        let ld = r#"<script type="application/ld+json">{"@type":"Article","author":{"name":"Associated Press"}}</script>"#;
        let page = byline_page(
            r#"<span class="byline"><span class="author vcard">By MARCUS HALE and DEE RIVERA Associated Press</span></span>"#,
        )
        .replace("<body>", &format!("<head>{ld}</head><body>"));
        assert_eq!(
            run(url, &page).author.as_deref(),
            Some("MARCUS HALE; DEE RIVERA")
        );
    }

    #[test]
    fn author_cards_of_the_people_meta_lists_name_them_all() {
        // A fact-check page: the headline in a plain `<div>`, an author card
        // per writer, and after the body a box titled with the headline
        // that lists other fact checks, each with its own `By` line.
        let page = format!(
            r#"<html><head><title>FactDesk | Council budget claims, checked</title>
            <meta property="og:title" content="FactDesk - Council budget claims, checked">
            <meta name="author" content="Jane Roe, Sam Kim"></head><body><main>
            <div class="statement"><div class="statement__quote">Council budget claims, checked</div></div>
            <div class="cards"><div class="card">By <a href="/staff/jane-roe/">Jane Roe</a> <span>March 3, 2025</span></div>
            <div class="card">By <a href="/staff/sam-kim/">Sam Kim</a> <span>March 3, 2025</span></div></div>
            <article class="textblock">{}</article>
            <section class="listicle"><h3 class="listicle__title">Council budget claims, checked</h3>
            <ul><li><a href="/checks/1/">Mayor says fares fell</a><footer>By Ann Lee • March 4, 2025</footer></li>
            <li><a href="/checks/2/">Bus lanes cut crashes</a><footer>By Ann Lee • March 2, 2025</footer></li></ul></section>
            </main></body></html>"#,
            en_article_body()
        );
        let ex = run(
            "https://factdesk.example.org/article/2025/mar/03/budget/",
            &page,
        );
        assert_eq!(ex.author.as_deref(), Some("Jane Roe; Sam Kim"));
    }

    #[test]
    fn people_the_page_credits_for_other_work_are_no_authors() {
        let url = "https://news.example.com/2025/01/27/rates.html";
        let with_ld = |names: &str, byline: &str| {
            let people: Vec<String> = names
                .split(", ")
                .map(|n| format!(r#"{{"@type":"Person","name":"{n}"}}"#))
                .collect();
            let ld = format!(
                r#"<script type="application/ld+json">{{"@type":"NewsArticle","author":[{}]}}</script>"#,
                people.join(",")
            );
            byline_page(byline).replace("<body>", &format!("<head>{ld}</head><body>"))
        };
        for (names, byline, want) in [
            (
                "Jane Roe, Sam Kim, Ann Lee",
                r#"<div class="byline">By <a href="/a/jane-roe">Jane Roe</a> | Reviewed by <a href="/a/sam-kim">Sam Kim</a> | Edited by <a href="/a/ann-lee">Ann Lee</a></div>"#,
                "Jane Roe",
            ),
            (
                "Jane Roe, Sam Kim, Ann Lee",
                r#"<div class="byline"><div>By <span class="name">Jane Roe</span></div><span>Contributions from <div><a href="/a/sam-kim">Sam Kim</a>, <a href="/a/ann-lee">Ann Lee</a></div></span></div>"#,
                "Jane Roe",
            ),
            (
                "Jane Roe, Sam Kim",
                r#"<p class="byline">By <a href="/a/jane-roe">Jane Roe</a></p><p class="byline">Photography by <a href="/a/sam-kim">Sam Kim</a></p>"#,
                "Jane Roe",
            ),
            // A photographer credited after the writers leaves them all.
            (
                "Jane Roe, Sam Kim",
                r#"<div class="byline">By Jane Roe and Sam Kim · Photos by Ann Lee</div>"#,
                "Jane Roe and Sam Kim",
            ),
        ] {
            assert_eq!(
                run(url, &with_ld(names, byline)).author.as_deref(),
                Some(want),
                "{byline}"
            );
        }
    }

    #[test]
    fn each_author_in_an_element_of_its_own_is_named() {
        // Names set side by side with no separator, each classed as one
        // author, in a box classed as the authors.
        let byline = r#"<div class="vrt-article__authors"><span class="vrt-author">Lien Roe</span><span class="vrt-author">Tom Berg</span></div>"#;
        let ex = run("https://www.example.be/nl/2025/06/1/", &byline_page(byline));
        assert_eq!(ex.author.as_deref(), Some("Lien Roe; Tom Berg"));
        for class in ["author", "c-byline__author"] {
            let byline = format!(
                r#"<div class="byline"><span class="{class}">Lien Roe</span><span class="{class}">Tom Berg</span></div>"#
            );
            let ex = run(
                "https://www.example.be/nl/2025/06/1/",
                &byline_page(&byline),
            );
            assert_eq!(ex.author.as_deref(), Some("Lien Roe; Tom Berg"), "{class}");
        }
        // A name marked twice is named once, and the outlet after the name
        // is no part of it.
        let byline = r#"<div class="byline"><span class="author"><a class="byline__author" href="/staff/tom-davies">Tom Davies</a></span> Associated Press</div>"#;
        let ex = run("https://www.example.com/story/1/", &byline_page(byline));
        assert_eq!(ex.author.as_deref(), Some("Tom Davies"));
    }

    #[test]
    fn an_authors_name_classed_in_another_language_leaves_the_role_beside_it() {
        // Hungarian `szerzo` (author) and `nev` (name), Portuguese `nome`.
        for byline in [
            r#"<div class="cikk-szerzo-doboz"><span class="szerzo-nev">Nagy Réka</span><span class="szerzo-beosztas">újságíró</span></div>"#,
            r#"<div class="autor"><span class="autor-nome">Nagy Réka</span><span class="autor-cargo">Repórter</span></div>"#,
        ] {
            let ex = run(
                "https://www.example.hu/belfold/2025/06/1/",
                &byline_page(byline),
            );
            assert_eq!(ex.author.as_deref(), Some("Nagy Réka"), "{byline}");
        }
    }

    #[test]
    fn a_name_whose_role_credits_the_pictures_is_the_photographers() {
        let byline = r#"<ul class="ps-authors"><li><span class="ps-author__name">Eveliina Mäkelä</span></li><li><span class="ps-author__name">Joonas Heikkilä</span> <span class="ps-author__role">kuvat</span></li></ul>"#;
        let ex = run(
            "https://www.example.fi/uutiset/art-1.html",
            &byline_page(byline),
        );
        assert_eq!(ex.author.as_deref(), Some("Eveliina Mäkelä"));
        // Another role leaves the name a writer's.
        let byline = byline.replace("kuvat", "toimittaja");
        let ex = run(
            "https://www.example.fi/uutiset/art-1.html",
            &byline_page(&byline),
        );
        assert_eq!(
            ex.author.as_deref(),
            Some("Eveliina Mäkelä; Joonas Heikkilä")
        );
    }

    #[test]
    fn a_role_alone_gives_way_to_the_writers_closing_note() {
        let page = |note: &str| {
            let html = format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"Article","author":{{"@type":"Person","name":"Guest Contributor"}}}}</script></head>
                <body><article><h1>Municipalities cannot fix water by press release</h1>
                <div class="jeg_meta_author"><span class="meta_text">by</span> <a href="/author/guest/">Guest Contributor</a></div>
                <div class="content-inner">{}<p><em>{note}</em></p></div>
                <div class="post-tags"><span>Tags:</span> <a href="/tag/water/">water</a></div></article></body></html>"#,
                en_article_body()
            );
            run("https://www.example.co.za/opinion/water", &html).author
        };
        assert_eq!(
            page("Anthea Roe is a civil engineer and former municipal water manager.").as_deref(),
            Some("Anthea Roe")
        );
        // A closing note that is no writer's.
        assert_eq!(
            page("This article was first published by the Water Desk."),
            None
        );
        assert!(labels::is_staff_credit("Guest Contributor"));
    }

    #[test]
    fn a_list_of_writers_after_a_by_label_names_them_all() {
        let page = |byline: &str| {
            let html = format!(
                r#"<html><body><article><h1>Matatu operators threaten strike over new fare rules</h1>
                {byline}<div class="story">{}</div></article></body></html>"#,
                en_article_body()
            );
            run("https://www.example.co.ke/ke/news/matatu", &html).author
        };
        assert_eq!(
            page(
                r#"<div class="article-authors"><span class="article-authors_label">By</span>
                <ul><li class="author"><a href="/ke/authors/brian-ocharo">Brian Ocharo</a></li><li class="author"><a href="/ke/authors/wanjiku-mwangi">Wanjiku Mwangi</a></li></ul></div>"#
            )
            .as_deref(),
            Some("Brian Ocharo; Wanjiku Mwangi")
        );
        // A credit of another kind beside the writer is no co-writer.
        assert_eq!(
            page(
                r#"<div class="authorsBox"><div class="author"><span class="name">Autor: Katarzyna Lewandowska</span></div><div class="author"><span class="name">Współpraca: PAP</span></div></div>"#
            )
            .as_deref(),
            Some("Katarzyna Lewandowska")
        );
    }

    #[test]
    fn a_desk_in_json_ld_gives_way_to_the_person_in_the_byline() {
        let page = |ld_author: &str, byline: &str| {
            let html = format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle",
                "headline":"Suspenden clases en 14 municipios por frente frío",
                "author":{{"@type":"Person","name":"{ld_author}"}}}}</script></head><body>
                <h1>Suspenden clases en 14 municipios por frente frío</h1>{byline}
                <div class="story">{}</div></body></html>"#,
                en_article_body()
            );
            run("https://www.example.mx/local/clases", &html).author
        };
        assert_eq!(
            page(
                "Redacción",
                r#"<span class="autor">Ángel Hernández | El Heraldo</span>"#
            )
            .as_deref(),
            Some("Ángel Hernández")
        );
        assert_eq!(
            page(
                "Web Staff",
                r#"<span class="byline">by: <span class="author vcard"><a href="/author/kelsey-ortega/">Kelsey Ortega</a></span></span>"#
            )
            .as_deref(),
            Some("Kelsey Ortega")
        );
        // Without a byline the desk stays; a staff credit names no one,
        // nor does the byline that shows it.
        assert_eq!(page("Redacción", "").as_deref(), Some("Redacción"));
        assert_eq!(
            page(
                "Tech Digest Correspondent",
                r#"<span class="byline">By <a href="/author/techdigestcorrespondent">Tech Digest Correspondent</a></span>"#
            ),
            None
        );
    }

    #[test]
    fn reporter_and_signature_classes_mark_a_byline() {
        for (byline, want) in [
            (
                r#"<span class="firma">di <b>Fabio Conti</b></span>"#,
                "Fabio Conti",
            ),
            (
                r#"<span class="signature">Ouest Armor</span>"#,
                "Ouest Armor",
            ),
            (
                r#"<div class="item-footer"><span class="reporter">گزارشگر: رضا نوروزی</span></div>"#,
                "رضا نوروزی",
            ),
        ] {
            let ex = run(
                "https://news.example.com/2025/05/budget.html",
                &byline_page(byline),
            );
            assert_eq!(ex.author.as_deref(), Some(want), "{byline}");
        }
    }

    #[test]
    fn an_account_named_after_the_site_gives_way_to_the_byline_in_the_text() {
        let page = format!(
            r#"<html><head><title>Lagos begins demolition of illegal structures - The Daily Clarion</title>
            <script type="application/ld+json">{{"@type":"NewsArticle","author":{{"name":"Daily Clarion"}}}}</script></head>
            <body><h1>Lagos begins demolition of illegal structures</h1>
            <div class="meta"><span>by</span> <a href="/author/daily-clarion/">Daily Clarion</a></div>
            <div class="entry-content"><p><strong>By Olaide Oyelude</strong></p>{}</div></body></html>"#,
            en_article_body()
        );
        let ex = run("https://dailyclarion.example.ng/2025/05/08/lagos/", &page);
        assert_eq!(ex.author.as_deref(), Some("Olaide Oyelude"));
        // Without that line the account stays.
        let ex = run(
            "https://dailyclarion.example.ng/2025/05/08/lagos/",
            &page.replace("<p><strong>By Olaide Oyelude</strong></p>", ""),
        );
        assert_eq!(ex.author.as_deref(), Some("Daily Clarion"));
        // An account named after the site's domain gives way to the
        // reporter credited in the text.
        let page = format!(
            r#"<html><head><title>槟城轻快铁计划明年动工 - 光华日报</title>
            <script type="application/ld+json">{{"@type":"Article","author":{{"name":"kwongwah"}}}}</script></head>
            <body><h1>槟城轻快铁计划明年动工</h1>
            <div class="entry-content"><p><strong>报道：林慧珊</strong></p>{}</div></body></html>"#,
            crate::tests::zh_article_body()
        );
        let ex = run("https://www.kwongwah.com.my/20240506/lrt/", &page);
        assert_eq!(ex.author.as_deref(), Some("林慧珊"));
    }

    #[test]
    fn a_chinese_json_ld_author_written_as_a_credit_names_the_credited() {
        let page = |ld_author: &str, byline: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","author":[{{"@type":"Person","name":"{ld_author}"}}]}}</script></head>
                <body><h1>上海一老旧小区加装电梯遇阻</h1><div class="info">{byline}</div>{}</body></html>"#,
                zh_article_body()
            )
        };
        let ex = run(
            "https://www.example.cn/news/1.html",
            &page("澎湃新闻记者 朱奕奕", "澎湃新闻记者 朱奕奕 实习生 陶思琪"),
        );
        assert_eq!(ex.author.as_deref(), Some("朱奕奕 陶思琪"));
        let ex = run(
            "https://www.example.tw/news/1.html",
            &page(
                "聯合報 記者徐如宜",
                "<a href=\"#\">聯合報</a> / 記者徐如宜／高雄報導",
            ),
        );
        assert_eq!(ex.author.as_deref(), Some("徐如宜"));
        let ex = run(
            "https://www.example.tw/news/2.html",
            &page("記者林政鋒／高雄即時報導", ""),
        );
        assert_eq!(ex.author.as_deref(), Some("林政鋒"));
        // The paper as JSON-LD author gives way to the reporter credited
        // at the article's end.
        let paper = page("星洲日报", "")
            .replace("</body>", "<p class=\"reporter\">报道：杨凯斌</p></body>");
        let ex = run("https://www.example.my/news/1.html", &paper);
        assert_eq!(ex.author.as_deref(), Some("杨凯斌"));
        // So does the site's short name (`法廣` of `法國國際廣播電台`) to
        // the writer the page labels.
        let short = page(
            "法廣",
            r#"<p class="from"><span>作者</span> <a href="/tw/作者/安妮/">安妮</a></p>"#,
        )
        .replace(
            "<head>",
            r#"<head><meta property="og:site_name" content="RFI - 法國國際廣播電台">"#,
        );
        let ex = run("https://www.example.fr/tw/1.html", &short);
        assert_eq!(ex.author.as_deref(), Some("安妮"));
    }

    #[test]
    fn a_short_name_has_the_outlets_characters_in_order_not_side_by_side() {
        assert!(abbreviates("法廣", "RFI - 法國國際廣播電台"));
        assert!(abbreviates("中新", "中国新闻网"));
        // Part of the name as written (a blog named after its owner).
        assert!(!abbreviates("王小明", "王小明的博客"));
        assert!(!abbreviates("安妮", "法國國際廣播電台"));
        assert!(!abbreviates("廣法", "法國國際廣播電台"));
        assert!(!abbreviates("法", "法國國際廣播電台"));
    }

    #[test]
    fn a_writer_label_in_any_language_and_korean_roles_between_linked_names() {
        for (byline, want) in [
            (
                r#"<div class="td-post-author-name">ผู้เขียน: <a href="/author/somchai">สมชาย วงศ์สุวรรณ</a></div>"#,
                Some("สมชาย วงศ์สุวรรณ"),
            ),
            (
                r#"<div class="pst-by"><span>रिपोर्ट: <a href="/author/sunita-rawat">सुनीता रावत</a></span> <span>एडिटेड बाय: <a href="/author/vikas-mishra">विकास मिश्रा</a></span></div>"#,
                Some("सुनीता रावत"),
            ),
            (
                r#"<p class="meta"><span><a href="/reporter/park-jh">박지훈</a> 기자, <a href="/reporter/choi-yr">최예린</a> 기자</span></p>"#,
                Some("박지훈; 최예린"),
            ),
            // The colon after a space; another credit's label ends the name.
            (
                r#"<div class="post-author-end">ผู้เขียน : <b>ณัฐวุฒิ ศรีสุข</b> &nbsp; กราฟิก : <b>Sathit Chuephanngam</b></div>"#,
                Some("ณัฐวุฒิ ศรีสุข"),
            ),
            // A picture's label is no writer's.
            (r#"<div class="byline">Foto: Jane Roe</div>"#, None),
        ] {
            let ex = run(
                "https://news.example.com/2025/05/budget.html",
                &byline_page(byline),
            );
            assert_eq!(ex.author.as_deref(), want, "{byline}");
        }
    }

    #[test]
    fn chinese_co_writers_after_the_reporter_are_named() {
        let page = |byline: &str, head: &str| {
            format!(
                "<html><head>{head}</head><body><h1>我市开通3条城乡公交新线路</h1><div class=\"info\">{byline}</div>{}</body></html>",
                zh_article_body()
            )
        };
        for (byline, want) in [
            // A correspondent that is an office's press desk (`长关宣`,
            // 长沙海关宣传) is no person.
            (
                "<span>作者：湖南日报全媒体记者 周月桂　通讯员 长关宣</span>",
                "周月桂",
            ),
            ("<p class=\"zz\">极目新闻记者 张聪 通讯员 洪城宣</p>", "张聪"),
            (
                "<span>本报记者 孙丽娜 通讯员 黄晓东</span>",
                "孙丽娜 黄晓东",
            ),
            // A note in brackets after the names is no name.
            (
                "<span>记者：张雅婷 实习生：郑晨曦</span><span>（更新于2025-03-17 20:18）</span>",
                "张雅婷 郑晨曦",
            ),
            // An e-paper credits the correspondent on a line of its own.
            (
                "<span>□本报记者　黄颖川　吴晓 <br>□通讯员　陈子锋</span>",
                "黄颖川 吴晓 陈子锋",
            ),
            // Or on a line of its own after the reporter's, the paper named
            // before each role.
            (
                "<p>□ 法治日报记者　徐鹏</p><p>□ 法治日报通讯员　龙曦薇</p>",
                "徐鹏 龙曦薇",
            ),
            // A correspondent's picture credit is no writing.
            ("<span>记者 王博文 通讯员 刘娟 摄</span>", "王博文"),
            // `本报` glued to `记者` is the paper, not a name.
            ("<span>作者：本报记者 许晴</span>", "许晴"),
            // A credit for the writing, then the outlet the source names.
            ("<span class=\"author\">文｜财新 刘沛林 张宇哲</span><span class=\"source\">来源于 《财新周刊》 2025年第42期</span>", "刘沛林 张宇哲"),
        ] {
            let ex = run("https://www.example.gov.cn/news/1.html", &page(byline, ""));
            assert_eq!(ex.author.as_deref(), Some(want), "{byline}");
        }
        // Each credit a paragraph of its own opening the article text.
        let credits = "<p>□ 法治日报记者　徐鹏</p><p>□ 法治日报通讯员　龙曦薇</p>";
        let html = format!(
            "<html><body><h1>我市开通3条城乡公交新线路</h1><div class=\"info\">2021-06-24 09:12</div><div class=\"article_content\">{credits}{}</div></body></html>",
            zh_article_body().repeat(2)
        );
        let ex = run("https://www.example.gov.cn/news/1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("徐鹏 龙曦薇"));
        // A paper's name joined to its site's by `·`, in byline markup
        // opening the text, is the outlet before the role, not the writer.
        let html = format!(
            "<html><body><h1>我市开通3条城乡公交新线路</h1><div class=\"info\"><span>2024-05-06 06:55</span> <span>来源：中国青年报</span></div>\
            <div class=\"article_text\"><p class=\"author\">中青报·中青网记者 王品芝 实习生 刘慧娴</p>{}</div></body></html>",
            zh_article_body()
        );
        let ex = run("https://www.example.gov.cn/news/1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("王品芝 刘慧娴"));
        // A writer labelled alone whom the dispatch opening the text
        // credits first, with a correspondent: the dispatch's names.
        let html = format!(
            "<html><body><h1>我市开通3条城乡公交新线路</h1><div class=\"info\"><span>来源：红网</span> <span>作者：唐亚琴</span> <span>2024-05-06 12:35</span></div>\
            <div class=\"article_content\"><p>红网时刻新闻5月6日讯（记者 唐亚琴 通讯员 彭思）{}</p>{}</div></body></html>",
            "5月6日上午，长沙市开福区举行重大项目集中开工仪式，本次集中开工项目共28个。",
            zh_article_body()
        );
        let ex = run("https://www.example.gov.cn/news/1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("唐亚琴 彭思"));
        // A JSON-LD author that is the first of the listed names gives way
        // to the list.
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"张雅婷"}]}</script>"#;
        let ex = run(
            "https://www.example.gov.cn/news/1.html",
            &page("<span>记者：张雅婷 实习生：郑晨曦</span>", ld),
        );
        assert_eq!(ex.author.as_deref(), Some("张雅婷 郑晨曦"));
    }

    #[test]
    fn a_meta_author_that_is_the_copy_editor_is_no_author() {
        let html = format!(
            r#"<html><head><meta name="author" content="王可心"></head><body><h1>我市开通3条城乡公交新线路</h1>{}<div class="zebian"><span>编辑：王可心</span> <span>责任编辑：刘亮</span></div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://news.example.cn/2025/0312/1.shtml", &html);
        assert_eq!(ex.editor.as_deref(), Some("刘亮"));
        assert_eq!(ex.author, None);
    }

    #[test]
    fn a_desk_editor_without_a_colon_is_the_editor_where_no_label_names_one() {
        let html = |credits: &str| {
            format!(
                r#"<html><body><h1>我市开通3条城乡公交新线路</h1>{}<div class="contentBtm">{credits}</div></body></html>"#,
                zh_article_body()
            )
        };
        let url = "https://news.example.cn/2025/0312/1.shtml";
        let desk = "<span>编辑 王可心</span><span>校对 李立军</span>";
        assert_eq!(run(url, &html(desk)).editor.as_deref(), Some("王可心"));
        let both = format!("{desk}<span>责任编辑：刘亮</span>");
        assert_eq!(run(url, &html(&both)).editor.as_deref(), Some("刘亮"));
    }

    #[test]
    fn a_meta_author_that_is_the_issuing_unit_under_its_ministry_is_no_author() {
        let html = format!(
            r#"<html><head><meta name="author" content="勞動部勞動條件及就業平等司"></head><body><h2 class="title">勞動部公布基本工資審議結果</h2><ul class="info"><li>發布單位：勞動條件及就業平等司</li><li>發布日期：2025-02-27</li></ul>{}</body></html>"#,
            zh_article_body()
        );
        let ex = run("https://www.example.gov.tw/1607/1632/", &html);
        assert_eq!(ex.source.as_deref(), Some("勞動條件及就業平等司"));
        assert_eq!(ex.author, None);
    }

    #[test]
    fn weekdays_default_accounts_and_desks_are_no_authors() {
        let zh = format!(
            "<html><body><h1>運輸署呼籲駕駛人士善用公共交通工具</h1>{}<p>完</p><p>2025年3月12日（星期三）</p></body></html>",
            zh_article_body()
        );
        let ex = run("https://www.example.gov.hk/tc/press/1.htm", &zh);
        assert_eq!(ex.author, None);
        for (byline, want) in [
            (r#"<span class="author">admin</span>"#, None),
            (
                r#"<span class="ag">By <a href="/author/priya-nair-4">Priya Nair</a>, ETL Bureau</span>"#,
                Some("Priya Nair"),
            ),
            (
                r#"<div class="author-card"><a href="/author/tan-hui-min">Tan Hui Min</a></div>"#,
                Some("Tan Hui Min"),
            ),
            (
                r#"<div class="author-line">Von unserem Redakteur <b>Thomas Maier</b></div>"#,
                Some("Thomas Maier"),
            ),
        ] {
            let ex = run(
                "https://news.example.com/2025/05/budget.html",
                &byline_page(byline),
            );
            assert_eq!(ex.author.as_deref(), want, "{byline}");
        }
    }

    #[test]
    fn an_empty_author_label_does_not_name_the_next_fact() {
        let html = format!(
            "<html><body><h1>我市开通3条城乡公交新线路</h1><div class=\"info\"><span>来源：市交通局</span>　<span>作者：</span>　<span>点击数：12</span></div>{}</body></html>",
            zh_article_body()
        );
        let ex = run("https://www.example.gov.cn/news/1.html", &html);
        assert_eq!(ex.author, None);
    }

    #[test]
    fn a_class_word_by_marks_the_byline() {
        let page = |class: &str| {
            format!(
                "<html><body><article><h1>Bulldogs rally past rival in overtime to reach regional final</h1><div class=\"{class}\">Mike Ellis</div>{}</article></body></html>",
                en_article_body()
            )
        };
        let author = |class: &str| {
            run(
                "https://www.example.com/story/sports/2025/02/28/bulldogs/1/",
                &page(class),
            )
            .author
        };
        for class in ["gnt_ar_by", "writeBy"] {
            assert_eq!(author(class).as_deref(), Some("Mike Ellis"), "{class}");
        }
        for class in [
            "nearby",
            "byType",
            "offset-by-one",
            "search-sort-by",
            "order_by",
            "Header__PoweredBy",
        ] {
            assert_eq!(author(class), None, "{class}");
        }
    }

    #[test]
    fn a_korean_story_signed_at_its_end_names_its_reporter() {
        let html = "<html><body><h3>서울시, 심야 자율주행버스 노선 3개 추가</h3><div id=\"article-view-content-div\">\
            <p>서울시는 다음 달부터 강남과 홍대, 여의도를 잇는 심야 자율주행버스 노선 세 개를 새로 운행한다고 19일 밝혔다. 버스는 평일 밤 11시부터 다음 날 새벽 5시까지 약 40분 간격으로 다닌다.</p>\
            <p>요금은 일반 심야버스와 같은 2500원이며, 교통카드로만 결제할 수 있다. 안전을 위해 당분간은 시험운전자가 동승한다고 시는 설명했다.</p>\
            <p>김서연 기자 sykim@example.co.kr</p></div></body></html>";
        let ex = run(
            "https://www.example.co.kr/news/articleView.html?idxno=1",
            html,
        );
        assert_eq!(ex.author.as_deref(), Some("김서연"));
    }

    #[test]
    fn a_journalist_class_marks_the_byline() {
        let html = format!(
            "<html><body><article><h1>서울 지하철 요금 150원 인상</h1><div class=\"media_end_head_journalist\"><em>홍길동 기자</em></div>{}</article></body></html>",
            en_article_body()
        );
        let ex = run("https://news.example.co.kr/article/001/0001.html", &html);
        assert_eq!(ex.author.as_deref(), Some("홍길동"));
        // A contributor's box, its role set apart, beside JSON-LD that
        // credits the outlet.
        let html = format!(
            r#"<html><head><meta property="og:site_name" content="BCB News">
            <script type="application/ld+json">{{"@type":"NewsArticle","headline":"Car park charges scrapped","author":{{"@type":"NewsMediaOrganization","name":"BCB News"}}}}</script></head>
            <body><article><h1>Car park charges scrapped</h1>
            <div class="ssrcss-contributor"><span>Emily Thompson &amp; Jon Wright</span><div class="ssrcss-role">BCB News, Norfolk</div></div>{}</article></body></html>"#,
            en_article_body()
        );
        let ex = run("https://www.bcb.example/news/articles/c1", &html);
        assert_eq!(ex.author.as_deref(), Some("Emily Thompson; Jon Wright"));
        // Italian and French author classes.
        for class in ["art-autore", "articolo-autrice", "article-auteur"] {
            let html = format!(
                r#"<html><body><article><h1>Il piano casa della regione</h1><span class="{class}">Giulia Mantovani</span>{}</article></body></html>"#,
                en_article_body()
            );
            let ex = run("https://www.example.it/cronaca/piano-casa", &html);
            assert_eq!(ex.author.as_deref(), Some("Giulia Mantovani"), "{class}");
        }
    }

    #[test]
    fn a_labelled_credit_ends_where_the_markup_breaks_the_line() {
        for (meta, author) in [
            (
                "<p class=\"meta\">By Anna Smith<br>Associated Press</p>",
                "Anna Smith",
            ),
            (
                "<div class=\"meta\"><p>By Anna Smith</p><p>Fact Checked</p></div>",
                "Anna Smith",
            ),
            ("<p class=\"meta\">By\n    Anna Smith</p>", "Anna Smith"),
        ] {
            let html = format!(
                "<html><body><article><h1>Council approves new transit budget</h1>{meta}{}</article></body></html>",
                en_article_body()
            );
            let ex = run("https://news.example.com/2024/05/budget.html", &html);
            assert_eq!(ex.author.as_deref(), Some(author), "{meta}");
        }
        let html = format!(
            "<html><body><article><h1>市政府公布新预算方案</h1><p class=\"info\">作者：张三<br>市政新闻中心</p>{}</article></body></html>",
            zh_article_body()
        );
        let ex = run("https://news.example.com/2024/05/budget.html", &html);
        assert_eq!(ex.author.as_deref(), Some("张三"));
    }

    #[test]
    fn a_label_element_names_the_element_after_it_only_when_no_text_follows_it() {
        let html = |credit: &str| {
            format!(
                r#"<html><body><article><h1>Council approves new transit budget</h1>{}{credit}</article>
                <aside><article class="card"><a href="/other"><span>Who is Banksy? New analysis claims to know</span></a></article></aside></body></html>"#,
                en_article_body()
            )
        };
        let inline = run(
            "https://news.example.com/a.html",
            &html(r#"<p class="card-byline"><span>By</span> Jane Roe</p>"#),
        );
        assert_eq!(inline.author.as_deref(), Some("Jane Roe"));
        let forum = run(
            "https://news.example.com/a.html",
            &html("<table><tr><th>Author</th><th>Message</th></tr></table>"),
        );
        assert_eq!(forum.author, None);
    }

    #[test]
    fn a_member_link_in_the_comments_names_a_reader() {
        let html = format!(
            r#"<html><body><h1>城市公交为何总是晚点</h1><p class="info">作者：李明</p><div class="content">{}</div>
            <div class="comment-list"><div><a href="/home.php?mod=space&uid=9">网友小王</a> 发表于 2024-05-04</div><p>说得对</p></div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://news.example.com/a.html", &html);
        assert_eq!(ex.author.as_deref(), Some("李明"));
    }

    #[test]
    fn bylines_from_markup() {
        let html = r#"<html><body><h1>Einblick in die Praxis und Theorie von Lawinen</h1>
          <p class="artDetail__infoline"><span class="author-name">Von Claudia Riedler</span> <span>19. Oktober 2019</span></p>
          <div class="article-content"><p>Lawinen sind gefährlich, und die Theorie hilft beim Verständnis der Praxis am Berg.</p></div>
          <div class="comment"><span class="comment-author">Hans Meier</span></div></body></html>"#;
        let ex = run("https://www.example.de/lawinen", html);
        assert_eq!(ex.author.as_deref(), Some("Claudia Riedler"));
        let html = r#"<html><body><h1>Safe Browsing protection now available</h1>
          <div itemprop="author" itemscope><meta itemprop="name" content="Jane Roe"><a href="/jr">Profile</a></div>
          <div class="post-body"><p>Today we are making enhanced protection available to more users of the browser.</p></div></body></html>"#;
        let ex = run("https://blog.example.com/p", html);
        assert_eq!(ex.author.as_deref(), Some("Jane Roe"));
        let html = r#"<html><body><h1>Markets rally</h1>
          <p>By <a rel="author" href="/staff/sam">Sam Kim</a></p>
          <div class="story"><p>Stocks rose on Friday as investors weighed new data on prices and jobs.</p></div></body></html>"#;
        let ex = run("https://news.example.com/markets", html);
        assert_eq!(ex.author.as_deref(), Some("Sam Kim"));
    }

    #[test]
    fn a_first_name_in_json_ld_gives_way_to_the_full_name_shown() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"Article","headline":"New robot draws blood","author":{"@type":"Person","name":"Todd"}}</script></head>
          <body><h1>New robot draws blood</h1>
          <div class="full-name-wrapper"><div><p class="label"><strong>By</strong></p></div><div><p class="full-name">Todd Bates</p></div></div>
          <div class="body"><p>A new robot finds veins and draws blood as well as or better than people can, according to a study published this week by engineers.</p>
          <p>The device pairs ultrasound imaging with a needle guide and was tested on models of the human arm made of soft tissue.</p></div></body></html>"#;
        let ex = run("https://example.edu/robot", html);
        assert_eq!(ex.author.as_deref(), Some("Todd Bates"));
        // A different person shown keeps the JSON-LD name.
        let other = html.replace("Todd Bates", "Jane Roe");
        assert_eq!(
            run("https://example.edu/robot", &other).author.as_deref(),
            Some("Todd")
        );
        // A JSON-LD author that runs on past the name the byline shows
        // (the byline's whole text, role and all) gives way to the name.
        let role = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"New robot draws blood","author":[{"@type":"Person","name":"JANE ROE Staff Writer"}]}</script></head>
          <body><h1>New robot draws blood</h1>
          <span itemprop="author" class="asset-byline">By <a href="/users/profile/jroe">JANE ROE</a> Staff Writer</span>
          <div class="body"><p>A new robot finds veins and draws blood as well as or better than people can, according to a study published this week by engineers.</p>
          <p>The device pairs ultrasound imaging with a needle guide and was tested on models of the human arm made of soft tissue.</p></div></body></html>"#;
        assert_eq!(
            run("https://example.com/robot", role).author.as_deref(),
            Some("JANE ROE")
        );
        // Not a desk the byline shows whole, nor a list that goes on.
        let desk = role
            .replace("JANE ROE Staff Writer", "Antrim Court Reporter")
            .replace(
                r#"<a href="/users/profile/jroe">JANE ROE</a> Staff Writer"#,
                "Antrim Court Reporter",
            );
        assert_eq!(
            run("https://example.com/robot", &desk).author.as_deref(),
            Some("Antrim Court Reporter")
        );
        let list = role
            .replace("JANE ROE Staff Writer", "Jane Roe and Sam Kim")
            .replace("JANE ROE", "Jane Roe");
        assert_eq!(
            run("https://example.com/robot", &list).author.as_deref(),
            Some("Jane Roe and Sam Kim")
        );
    }

    #[test]
    fn byline_classes_are_read_as_words() {
        let page = |widget: &str| {
            format!(
                r#"<html><body><main><article>{widget}<h1>Council approves new transit budget</h1>{}</article></main></body></html>"#,
                en_article_body()
            )
        };
        // A class that only starts with the letters of a byline word is
        // another word (`autorotate`, `authority`).
        for widget in [
            r#"<div class="slider autorotate"><a href="/gallery">Gallery Highlights</a></div>"#,
            r#"<div id="authority-notice"><span>Port Authority</span></div>"#,
            // A picture's credit names the photographer.
            r#"<div class="photo"><img src="/p.jpg" alt=""><div class="photo__author">DAILY NEWS/TIM ROE</div></div>"#,
        ] {
            let ex = run(
                "https://news.example.com/2024/05/budget.html",
                &page(widget),
            );
            assert_eq!(ex.author, None, "{widget}");
        }
        for byline in [
            r#"<div class="article-author"><a href="/p/ar">Anna Roe</a></div>"#,
            r#"<p class="BylineName">By Anna Roe</p>"#,
            r#"<span class="authorbox">Anna Roe</span>"#,
            r#"<span class="artikelautor">Anna Roe</span>"#,
            r#"<div class="post-writer"><a href="/p/ar">Anna Roe</a></div>"#,
            r#"<div class="writeby"><span>Text</span> <a href="/p/ar">Anna Roe</a></div>"#,
            r#"<div class="byline--with-photo"><img src="/ar.jpg" alt="">Anna Roe</div>"#,
        ] {
            let ex = run(
                "https://news.example.com/2024/05/budget.html",
                &page(byline),
            );
            assert_eq!(ex.author.as_deref(), Some("Anna Roe"), "{byline}");
        }
        assert_eq!(
            class_words("artDetailAutor c-byline__name AUTHOR"),
            ["art", "detail", "autor", "c", "byline", "name", "author"]
        );
    }

    #[test]
    fn a_box_of_the_authors_other_stories_is_no_byline() {
        let page = |byline: &str| {
            format!(
                r#"<html><body><main><article><h1>Council approves new transit budget</h1>{byline}{}
                <div class="author-posts"><h3>Latest Stories</h3><ul><li><a href="/a">Bus fares rise in autumn</a></li></ul></div></article></main></body></html>"#,
                en_article_body()
            )
        };
        let ex = run("https://news.example.com/2024/05/budget.html", &page(""));
        assert_eq!(ex.author, None);
        let ex = run(
            "https://news.example.com/2024/05/budget.html",
            &page(r#"<p class="byline">By Anna Roe</p>"#),
        );
        assert_eq!(ex.author.as_deref(), Some("Anna Roe"));
        // A list of the authors under a heading is the byline.
        let authors = r#"<section class="content-authors"><h2>Authors</h2><ul class="authors-list"><li class="author"><a href="/p/ar">Anna Roe</a></li></ul>
            <p>Anna Roe covers city hall and transport for the paper and has written about the council since 2015.</p></section>"#;
        let ex = run(
            "https://news.example.com/2024/05/budget.html",
            &page(authors),
        );
        assert_eq!(ex.author.as_deref(), Some("Anna Roe"));
    }

    #[test]
    fn a_link_to_an_author_archive_names_the_author() {
        let html = r#"<html><body><h1>Ten quiet trails for autumn</h1>
          <p class="e-date"><a href="https://example.org/author/janeroe/">Jane Roe</a> - December 21, 2023</p>
          <div class="e-text"><p>The first trail winds along the river for three miles and rewards the walker with views of the old mill and the valley below it.</p>
          <p>The second trail climbs through beech woods to a ridge where the light in late October is the best of the year.</p></div>
          <div class="comments"><a href="/author/sam/">Sam</a></div></body></html>"#;
        let ex = run("https://example.org/trails", html);
        assert_eq!(ex.author.as_deref(), Some("Jane Roe"));
        let no_slug = html.replace("/author/janeroe/", "/author/");
        assert_eq!(run("https://example.org/trails", &no_slug).author, None);
        // A colleague's archive linked inside a sentence is no byline.
        let in_prose = html
            .replace(r#"<a href="https://example.org/author/janeroe/">Jane Roe</a> - "#, "")
            .replace(
                "with views of the old mill",
                r#"with views of the old mill, as <a href="/author/sam-lee/">Sam Lee</a> wrote last spring,"#,
            );
        assert_eq!(run("https://example.org/trails", &in_prose).author, None);
    }

    #[test]
    fn a_link_to_a_member_profile_in_the_post_header_names_the_author() {
        // A Drupal blog's header: the blog's name, then `post by` the
        // member's profile link, in one line.
        let html = r#"<html><body><div id="header"><ul class="menu"><li><a href="/profile/editor-in-chief">Masthead</a></li></ul></div>
          <h1>A quiet film about a loud life</h1>
          <div class="meta"><div class="submitted"><span class="blog_name"><a href="/blogs/movies">Movies</a></span> post by <a href="/profile/jane-roe" title="View user profile.">Jane Roe</a> on April 11, 2013 - 1:16pm; <span class="tags">Tags: <a href="/tag/film">film</a></span></div></div>
          <div class="content"><p>The documentary follows its subject from a small town to the big stages of the seventies, and never loses sight of the family that raised him.</p>
          <p>Its best scenes are the interviews with old friends, who remember the parties and the work in equal measure and with the same warmth.</p></div></body></html>"#;
        assert_eq!(
            run("https://example.org/post/film", html).author.as_deref(),
            Some("Jane Roe")
        );
        // A profile link in a list is a menu's, not a byline.
        let in_menu = html.replace(
            r#"post by <a href="/profile/jane-roe" title="View user profile.">Jane Roe</a>"#,
            "",
        );
        assert_eq!(run("https://example.org/post/film", &in_menu).author, None);
    }

    #[test]
    fn a_forum_thread_is_the_first_posters() {
        let post = |floor: u32, uid: &str, name: &str, text: &str| {
            format!(
                r#"<div class="floor">第 {floor} 楼 时间：2006-05-0{floor} 10:2{floor}:00</div>
              <table><tr><td class="user">作者： <font color="black"><a href="/bbs/profile.php?userid={uid}" target="_blank">{name}</a></font><br>新手上路<br>积分：12</td>
              <td class="msg">{text}</td></tr></table>"#
            )
        };
        let long = "这部片子讲的是一支小分队在山区坚持三年的故事，导演用了很多长镜头，山里的雾和雨都拍得很真实，演员大多是第一次演戏，却演得非常自然。片子后半段节奏加快，几场夜战拍得紧张又不乱，配乐也用得克制，值得一看。";
        let html = format!(
            r#"<html><body><h1>主题：【山里的三年】高清版</h1>{}{}{}</body></html>"#,
            post(1, "fly88", "放飞&心情", long),
            post(2, "x6y", "6xy", "谢谢楼主！"),
            post(3, "oldfan", "老影迷", "好片，收藏了。")
        );
        let ex = run("http://bbs.example.com/thread-1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("放飞&心情"));
        // A user link with no author label before it (a comment list) names
        // no poster.
        let unlabelled = html.replace("作者：", "");
        assert_ne!(
            run("http://bbs.example.com/thread-1.html", &unlabelled)
                .author
                .as_deref(),
            Some("放飞&心情")
        );
    }

    #[test]
    fn a_posting_time_after_a_member_link_names_the_poster() {
        let post = |pid: u32, uid: u32, name: &str, text: &str| {
            format!(
                r#"<div id="post_{pid}"><table><tr><td class="pls"><div class="authi"><a href="home.php?mod=space&amp;uid={uid}" class="xw1">{name}</a></div><p>积分 120</p></td>
              <td class="plc"><div class="pi"><div class="authi"><a href="home.php?mod=space&amp;uid={uid}" class="xi2">{name}</a> 发表于 <span title="2013-5-1 10:0{pid}:00">2013-5-1</span></div></div>
              <div class="t_fsz"><table><tr><td class="t_f" id="postmessage_{pid}">{text}</td></tr></table></div></td></tr></table></div>"#
            )
        };
        let long = "周末带孩子去了城东新开的湿地公园，园子不大但是收拾得很干净，木栈道一直修到湖中间，湖边的芦苇已经黄了，傍晚的时候有很多白鹭落在浅水里，拍了不少照片，给大家看看，也推荐有孩子的朋友周末去走走。";
        let html = format!(
            r#"<html><body><h1 class="ts"><span id="thread_subject">湿地公园一日游</span></h1>{}{}</body></html>"#,
            post(1, 42, "老周", long),
            post(2, 77, "moon_7", "拍得真好，周末也去看看。")
        );
        let ex = run("http://bbs.example.com/thread-9-1-1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("老周"));
    }

    #[test]
    fn a_blog_platform_profile_box_names_the_owner() {
        let html = r#"<html><body><table><tr><td class="main">
          <p>Saturday, September 10th, 2005 10:56 am</p>
          <p><font size="5">播客热潮迅速蔓延</font></p>
          <p>每个人都可以当主持人，任何人都可以通过软件免费下载播客提供的节目，订阅自己喜欢的内容，这种被称为广播下一代的播客，一夜间成了网络上的热门话题。</p>
          <p>播客继承了博客的原创性和大众性，有着浓郁的个性和原创精神，受到了众多网络先锋们的热烈追捧，而且还有迅速主流化的趋势。</p></td>
          <td class="side"><a href="/?author=102" title="[小溪]的博客"><u>小溪</u></a><span>[作者简介]</span>
          <ul><li><a href="/?author=7" title="[century]的博客">century</a> 回复：好文</li></ul></td></tr></table></body></html>"#;
        assert_eq!(
            run("http://blog.example.com/?p=1700", html)
                .author
                .as_deref(),
            Some("小溪")
        );
        // A link whose text is not the name in its title is no profile box,
        // nor is a blogger listed in a widget.
        let teaser = html.replace("<u>小溪</u>", "播客的未来");
        assert_eq!(run("http://blog.example.com/?p=1700", &teaser).author, None);
    }

    #[test]
    fn a_credit_in_a_teaser_card_before_the_headline_is_not_the_byline() {
        let html = r#"<html><body><div class="lateral">
          <a class="item" href="/news/older-story"><h2>An older story about the courts</h2><small>By <span class="card__author">Joel Roe</span> Sep 30, 2023</small></a></div>
          <article><h1>Six famous finals return this week</h1>
          <div class="article__author">By<a href="/reporters/liya-roe/"><span>Liya Roe</span></a></div>
          <p>It is the most wonderful time of year, and what is more wonderful than a final that went to five sets and ended after midnight?</p>
          <p>This week the classics channel winds the clock back to the finest finals of the decade, one each night until Sunday.</p></article></body></html>"#;
        let ex = run("https://example.com/news/six-finals", html);
        assert_eq!(ex.author.as_deref(), Some("Liya Roe"));
        // A linked author card whose heading is the name is no teaser.
        let card = html.replace(
            r#"<div class="article__author">By<a href="/reporters/liya-roe/"><span>Liya Roe</span></a></div>"#,
            r#"<div class="meta"><a href="/team/liya-roe"><h4 class="author-name">Liya Roe</h4></a></div>"#,
        );
        assert_ne!(card, html);
        let ex = run("https://example.com/news/six-finals", &card);
        assert_eq!(ex.author.as_deref(), Some("Liya Roe"));
    }

    #[test]
    fn a_teaser_author_in_a_sidebar_before_the_headline_is_not_the_byline() {
        let para = "<p>Die Ökonomie der Aufmerksamkeit ist ein Motor der Industriegesellschaft, doch in der Krise wird sie zur Last.</p>".repeat(3);
        let html = format!(
            r#"<html><body><aside><article class="teaser"><h2><a href="/a">Moritat vom Virus</a></h2>
            <span class="teaser__author">Lydia Roth</span></article></aside>
            <h1>Achtsam durch die Krise</h1>
            <div class="article-authors"><a href="/autor/ursula-berg" rel="author">Ursula Berg</a></div>
            <div class="bodytext">{para}</div></body></html>"#
        );
        let ex = run("https://www.example.at/achtsam", &html);
        assert_eq!(ex.author.as_deref(), Some("Ursula Berg"));
        // A sidebar that opens long before the headline.
        let teasers = r#"<div class="teaser"><h3><a href="/b">Noch eine Geschichte</a></h3><span class="teaser__author">Lydia Roth</span></div>"#.repeat(15);
        let long = format!(
            r#"<html><body><aside>{teasers}</aside><h1>Achtsam durch die Krise</h1>
            <div class="article-authors"><a href="/autor/ursula-berg" rel="author">Ursula Berg</a></div>
            <div class="bodytext">{para}</div></body></html>"#
        );
        let ex = run("https://www.example.at/achtsam", &long);
        assert_eq!(ex.author.as_deref(), Some("Ursula Berg"));
        // An aside that is this story's byline box.
        let own = format!(
            r#"<html><body><article><aside class="byline"><span class="author">Ursula Berg</span></aside>
            <h1>Achtsam durch die Krise</h1><div class="bodytext">{para}</div></article></body></html>"#
        );
        let ex = run("https://www.example.at/achtsam", &own);
        assert_eq!(ex.author.as_deref(), Some("Ursula Berg"));
    }

    #[test]
    fn a_teaser_credit_after_the_body_is_not_the_byline() {
        let para = "<p>Das Parlament hat die Entscheidung über das Abkommen mit knapper Mehrheit auf die kommende Woche vertagt.</p>".repeat(3);
        let html = format!(
            r#"<html><body><main><h1>Votum vertagt</h1>
            <div class="article-content">{para}</div>
            <div class="teaser"><a href="/politik/andere-geschichte"><h3>Die Wandlung des Ministers</h3>
            <div class="badge"><div class="author-name">Von Anna Roth</div></div></a></div></main></body></html>"#
        );
        let ex = run("https://www.example.de/votum", &html);
        assert_eq!(ex.author, None);
    }

    #[test]
    fn the_heading_of_an_author_box_after_the_body_names_the_author() {
        let para = "<p>Die Finanzierung eines Firmenwagens wirkt sich stark auf die Liquidität eines Unternehmens aus.</p>".repeat(3);
        let boxed = |heading: &str| {
            let html = format!(
                r#"<html><body><article><header><h1>Leasing oder Kauf?</h1></header>
                <div class="entry-content"><div class="row"><div class="col"><div class="text">{para}</div></div></div>
                <div class="related"><h3>Ähnliche Beiträge</h3><ul><li><a href="/x">Leasing für Selbständige</a></li></ul></div></div>
                <div class="author-bio footer"><h3>{heading}</h3><p>Unser Berater hat 25 Jahre Erfahrung in der Finanzierung.</p></div>
                </article></body></html>"#
            );
            run("https://www.example.de/leasing", &html).author
        };
        assert_eq!(boxed("Martin Roth").as_deref(), Some("Martin Roth"));
        assert_eq!(boxed("Über Martin Roth").as_deref(), Some("Martin Roth"));
        assert_eq!(boxed("ABOUT THE AUTHOR"), None);
        assert_eq!(boxed("Unser Team"), None);
        // A page without `<article>`: a box whose bio opens with the name
        // in bold.
        let bio = |opening: &str| {
            let html = format!(
                r#"<html><body><h1>Cape Town's taxi ranks need shelters</h1>
                <div class="post-body">{para}</div>
                <div class="ccv-author-box"><img src="/a.jpg" alt=""><p>{opening} a transport researcher and a daily taxi commuter.</p></div>
                </body></html>"#
            );
            run("https://www.example.co.za/opinion/taxi-ranks", &html).author
        };
        assert_eq!(
            bio("<strong>Thandeka Mokoena</strong> is").as_deref(),
            Some("Thandeka Mokoena")
        );
        // A bold phrase before `is` that names no one.
        assert_eq!(bio("<strong>Our columnist</strong> is"), None);
        // The box's title before a bio in Portuguese.
        let html = format!(
            r#"<html><body><h1>Safra de soja deve crescer no oeste</h1>
            <div class="post-body">{para}</div>
            <div class="author-box"><div class="author-box-content"><h4>Sobre o autor</h4>
            <p><strong>Renata Kuhn</strong> é repórter de agronegócio do Jornal do Iguaçu desde 2016. Formada em Jornalismo pela Unioeste.</p></div></div>
            </body></html>"#
        );
        assert_eq!(
            run("https://www.example.com.br/agro/safra", &html)
                .author
                .as_deref(),
            Some("Renata Kuhn")
        );
    }

    #[test]
    fn a_first_name_in_the_byline_gives_way_to_the_full_name_of_the_author_box() {
        let para = "<p>Home Assistant hat ein neues Release, und die Bereiche lassen sich jetzt in Etagen gruppieren.</p>".repeat(3);
        let page = |byline: &str, boxed: &str| {
            let html = format!(
                r#"<html><body><main><article><header><h1>Was das Juni-Update bringt</h1>
                <div class="entry-meta"><span class="byline">von <span class="author vcard"><a href="/author/daniel/">{byline}</a></span></span></div></header>
                <div class="entry-content">{para}</div></article>
                <div class="author-box"><img src="/a.jpg" alt=""><div><h4>{boxed}</h4><p>Blogge seit 2014 über alles, was blinkt.</p></div></div>
                </main></body></html>"#
            );
            run("https://techkram.example.de/ha-2025-6", &html).author
        };
        assert_eq!(
            page("Daniel", "Daniel Reuter").as_deref(),
            Some("Daniel Reuter")
        );
        // Another person's box, or a full name in the byline, changes nothing.
        assert_eq!(page("Daniel", "Jana Berg").as_deref(), Some("Daniel"));
        assert_eq!(page("Dan Roe", "Daniel Reuter").as_deref(), Some("Dan Roe"));
    }

    #[test]
    fn a_name_in_bold_closing_the_body_signs_the_article() {
        let para = "<p>Die Mannschaft spielte von Beginn an mutig nach vorne, hatte viel Spaß und ging schon nach wenigen Minuten in Führung.</p>".repeat(3);
        let signed = |last: &str| {
            let html = format!(
                r#"<html><body><h1>Halbfinale entschieden</h1>
                <div class="article-text">{para}{last}</div>
                <div class="teaser"><a href="/x">Weitere Nachrichten aus der Liga und dem Ausland</a></div></body></html>"#
            );
            run("https://www.example.de/halbfinale", &html).author
        };
        assert_eq!(
            signed("<p><b><i>Stefan Roth</i></b></p>").as_deref(),
            Some("Stefan Roth")
        );
        assert_eq!(
            signed(r#"<p align="right">Jeanne Dupont</p>"#).as_deref(),
            Some("Jeanne Dupont")
        );
        // Co-authors parted by a dash, as Vietnamese papers sign.
        assert_eq!(
            signed(
                r#"<p style="text-align:right;"><strong>Nguyễn Đông - Hoài Thương</strong></p>"#
            )
            .as_deref(),
            Some("Nguyễn Đông; Hoài Thương")
        );
        // A bold heading, a plain line, a name with more text or a name
        // before further text do not sign the article.
        assert_eq!(signed("<p><strong>Mehr Themen</strong></p>"), None);
        // A closing phrase whose words the text writes in lower case.
        assert_eq!(signed("<p><b>Viel Spaß</b></p>"), None);
        assert_eq!(signed("<p>Stefan Roth</p>"), None);
        assert_eq!(signed("<p><b>Stefan Roth</b> berichtet.</p>"), None);
        assert_eq!(
            signed("<p><b>Stefan Roth</b></p><p>(1) Zahlen aus dem Vorjahr.</p>"),
            None
        );
    }

    #[test]
    fn a_list_heading_or_a_labelled_line_closing_the_body_signs_nothing() {
        let signed = |last: &str| {
            let html = format!(
                r#"<html><body><main><article><h1>Council approves new transit budget</h1>{}{last}</article></main></body></html>"#,
                en_article_body()
            );
            run("https://news.example.com/2024/05/budget.html", &html).author
        };
        for last in [
            "<p><strong>Related Coverage</strong></p>",
            "<p><em>Source: Reuters</em></p>",
            "<p><b>Photo: Anna Roe</b></p>",
        ] {
            assert_eq!(signed(last), None, "{last}");
        }
        assert_eq!(
            signed("<p><strong>Anna Roe</strong></p>").as_deref(),
            Some("Anna Roe")
        );
    }

    #[test]
    fn a_right_aligned_name_before_the_notes_signs_the_article() {
        let para = "<p>Entre 1998 et 2004, le pouvoir d'achat du salaire annuel net moyen a stagné dans l'ensemble du pays.</p>".repeat(3);
        let signature = r#"<p align="right"><em>Denise Roux</em></p>"#;
        let notes = "<p>(1) Ces chiffres sont collectés par l'OCDE et Eurostat.</p>";
        let page = |inner: &str| {
            let html = format!(
                r#"<html><body><h1>Travaille-t-on trop peu ?</h1><div class="article">{inner}</div></body></html>"#
            );
            run("https://www.example.fr/travail", &html).author
        };
        assert_eq!(
            page(&format!("{para}{signature}{notes}")).as_deref(),
            Some("Denise Roux")
        );
        // At the top, a name aligned to the right credits an epigraph.
        let epigraph = r#"<p><i>« Le travail éloigne de nous trois grands maux. »</i></p><p align="right">Jean Roux</p>"#;
        assert_eq!(page(&format!("{epigraph}{para}{notes}")), None);
    }

    #[test]
    fn an_author_signature_after_the_body_names_the_author() {
        let para = "<p>Forscher haben einen neuen Weg gefunden, Elektronen in Bakterien zu beobachten und zu messen.</p>".repeat(3);
        let html = format!(
            r#"<html><body><div class="news"><h1>Elektronen im Blick</h1>
            <div class="news-text-wrap">{para}</div>
            <span class="news-list-author">Erstellt von Jana Berg</span></div></body></html>"#
        );
        let ex = run("https://www.example.ch/elektron", &html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
        // The profile box after a Chinese blog post holds counters.
        let para = "<p>今天天气很好，我们一家人去公园散步，看到了很多美丽的花朵和快乐的孩子。</p>"
            .repeat(3);
        let html = format!(
            r#"<html><body><div class="post"><h1>公园散步</h1>
            <div class="article-content">{para}</div>
            <span class="author-info">人氣</span></div></body></html>"#
        );
        let ex = run("https://blog.example.tw/walk", &html);
        assert_eq!(ex.author, None);
    }

    #[test]
    fn an_author_label_element_names_the_author_in_the_next_element() {
        let para = "<p>Die Pandemie hat das Leben der Geflüchteten in den Lagern noch einmal schwerer gemacht.</p>".repeat(3);
        let html = format!(
            r#"<html><body><h1>Leben in der Quarantäne</h1>
            <div class="news__meta"><h4 class="news__meta-title">Autor</h4>
            <p class="news__meta-text"><a href="/profil/jb">Jana Berg</a><b>, </b></p></div>
            <div class="textmedia">{para}</div></body></html>"#
        );
        let ex = run("https://www.example.de/quarantaene", &html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    #[test]
    fn a_json_ld_login_handle_gives_way_to_the_name_shown() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Goal of the season","author":{"@type":"Person","name":"jana.berg"}}</script></head>
          <body><h1>Goal of the season</h1><p class="author">Jana Berg</p>
          <div class="story"><p>The striker scored from forty metres in the last minute of the match on Sunday.</p></div></body></html>"#;
        let ex = run("https://sport.example.com/goal", html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    #[test]
    fn a_byline_element_with_only_its_lead_words_gives_way_to_the_name() {
        // The lead words and the name sit in sibling elements without a
        // space between them, so the outer byline reads `Veröffentlicht vonJana Berg`.
        let html = r#"<html><body><article><header><h1>Umzug auf den neuen Server</h1>
          <div class="entry-meta"><span class="byline"><span class="screen-reader-text">Veröffentlicht von</span><span class="author vcard"><a class="url fn n" href="/author/jb/">Jana Berg</a></span></span></div></header>
          <div class="entry-content"><p>Nach langem Zögern ist das Blog umgezogen, und alle Seiten laufen jetzt verschlüsselt über den neuen Server.</p></div></article></body></html>"#;
        let ex = run("https://blog.example.de/umzug", html);
        assert_eq!(ex.author.as_deref(), Some("Jana Berg"));
    }

    #[test]
    fn a_byline_author_who_is_also_the_editor_stays_the_author() {
        let html = format!(
            r#"<html><head><meta name="author" content="Desk Editor"></head><body><h1>Council approves the new budget</h1>
            <div class="byline">By <span class="author">Lucas Brown</span></div>
            <div class="story"><p>{}</p><p class="editor">Edited by Lucas Brown</p></div></body></html>"#,
            "The council approved the budget after a long debate about schools and roads. "
                .repeat(6)
        );
        let ex = run("http://a.example/news/1.html", &html);
        assert_eq!(ex.author.as_deref(), Some("Lucas Brown"));
        assert_eq!(ex.editor.as_deref(), Some("Lucas Brown"));
    }

    #[test]
    fn a_meta_author_who_is_one_of_the_editors_is_no_author() {
        let html = format!(
            r#"<html><head><meta name="author" content="周明"></head><body><h1>城市公园今日重新开放</h1>
            <div class="article"><p>{}</p><p>（编辑：周明 王芳）</p></div></body></html>"#,
            "经过半年的改造，城市公园今天重新向市民开放，新增了步道和儿童游乐设施。".repeat(6)
        );
        let ex = run("http://a.example/news/1.html", &html);
        assert_eq!(ex.editor.as_deref(), Some("周明 王芳"));
        assert_eq!(ex.author, None);
        assert!(lists_the_name("Jane Roe", "Jane Roe") && !lists_the_name("Jane Roe", "Roe"));
        assert!(lists_the_name("张毅", "青网新闻张毅") && !lists_the_name("张毅", "王张毅"));
    }

    #[test]
    fn a_title_that_credits_the_meta_author_keeps_it() {
        let html = r#"<html><head><title>The long road home | by Jane C. Roe | Blog</title>
          <meta name="author" content="Jane C. Roe"></head><body><h1>The long road home</h1>
          <p>It was a long road home, and the night was cold, and we walked it all the same way back.</p></body></html>"#;
        let ex = run("https://blog.example.com/road", html);
        assert_eq!(ex.author.as_deref(), Some("Jane C. Roe"));
        assert!(!title_credits("Jane Roe Blog | Home", "Jane Roe"));
        assert!(!title_credits("Lobby Jane Roe | Home", "Jane Roe"));
        assert!(title_credits("Road | By Jane Roe", "Jane Roe"));
    }

    #[test]
    fn an_outlet_as_json_ld_author_gives_way_to_a_person_in_the_byline() {
        let page = |byline: &str| {
            format!(
                r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Roadster review",
                "author":{{"@type":"Organization","name":"Car Weekly"}}}}</script></head><body><h1>Roadster review</h1>
                <div class="byline">{byline}</div>
                <div class="story"><p>The little roadster is slow, its gearbox is rubbish, and yet we still want one badly.</p></div></body></html>"#
            )
        };
        let ex = run("https://cars.example.com/roadster", &page("By Greg Roe"));
        assert_eq!(ex.author.as_deref(), Some("Greg Roe"));
        // A desk code is no person: the outlet stays.
        let ex = run("https://cars.example.com/roadster", &page("red"));
        assert_eq!(ex.author.as_deref(), Some("Car Weekly"));
    }

    #[test]
    fn a_meta_author_the_page_credits_as_translator_wrote_nothing() {
        let html = format!(
            r#"<html><head><meta name="author" content="刘洋"></head><body><h1>外媒：多国央行上调黄金储备</h1>
            <div class="article">{}<p>（编译：刘洋 编辑：谭怡琳）</p></div></body></html>"#,
            zh_article_body()
        );
        let ex = run("https://world.example.cn/a/202405/06/1.html", &html);
        assert_eq!(ex.author, None);
    }

    #[test]
    fn an_organisation_as_json_ld_author_is_one_name_whatever_it_joins() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"New rules for driving tests",
            "author":{"@type":"Organization","name":"Driver and Vehicle Standards Agency"}}</script></head><body><h1>New rules for driving tests</h1>
            <div class="story"><p>Learners will have to wait longer before they can rebook a test they failed, under new rules.</p></div></body></html>"#;
        let ex = run("https://www.gov.example/news/driving-tests", html);
        assert_eq!(
            ex.author.as_deref(),
            Some("Driver and Vehicle Standards Agency")
        );
    }

    #[test]
    fn a_json_ld_author_first_of_the_listed_byline_gives_way_to_the_list() {
        let page = |meta_author: &str| {
            let html = format!(
                r#"<html><head><meta name="author" content="{meta_author}"><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Solo projects so far",
                "author":{{"@type":"Person","name":"Ann Lee"}}}}</script></head><body><h1>Solo projects so far</h1>
                <div class="multiple-authors">By <a href="/author/ann-lee/">Ann Lee</a>, <a href="/author/sam-kim/">Sam Kim</a></div>
                <div class="story"><p>The band members are focusing on personal projects, but the songs give a taste of what is to come.</p></div></body></html>"#
            );
            run("https://music.example.com/solo", &html).author
        };
        assert_eq!(page("Ann Lee,Sam Kim").as_deref(), Some("Ann Lee; Sam Kim"));
        // Without `<meta>` listing the same names, the JSON-LD author stays.
        assert_eq!(page("Ann Lee").as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_korean_story_credits_its_reporter_where_its_text_opens() {
        let html = r#"<html lang="ko"><body><h1>한국은행, 기준금리 연 3.50% 또 동결</h1><div class="article">
             <p>[한빛일보 김서연 기자] 한국은행이 기준금리를 연 3.50%로 또 동결했다. 지난 2월 이후 8회 연속 동결이다.</p>
             <p>금융통화위원회는 30일 통화정책방향 회의를 열고 현재 수준을 유지하기로 했다고 밝혔다.</p>
             <p>위원들은 물가 상승률이 둔화하고 있지만 여전히 목표 수준을 웃돌고 있다고 판단했다.</p>
             <p>시장에서는 내년 상반기 중 금리 인하 논의가 시작될 것이라는 전망이 나온다.</p></div></body></html>"#;
        let ex = run("https://www.example.co.kr/news/1.html", html);
        assert_eq!(ex.author.as_deref(), Some("김서연"));
    }

    #[test]
    fn a_role_after_the_linked_or_named_byline_is_no_part_of_the_name() {
        let page = |byline: &str| {
            let html = format!(
                "<html><body><article><h1>Council approves new transit budget</h1>{byline}{}</article></body></html>",
                en_article_body()
            );
            run("https://news.example.com/2024/05/budget.html", &html).author
        };
        for (byline, author) in [
            (
                r#"<p class="author-section byline-plain">By <a href="/s?a=1" class="author">REBECCA ROE</a> CRIME AND SECURITY EDITOR FOR THE DAILY MAIL</p>"#,
                "REBECCA ROE",
            ),
            (
                r#"<p class="byline">By <a href="/s?a=1">Rebecca Roe</a> Crime and Security Editor for the Daily Mail</p>"#,
                "Rebecca Roe",
            ),
            (
                r#"<div class="authorBox"><span class="name">Anna Kowalska</span> <span class="job">Dziennikarka Onetu</span></div>"#,
                "Anna Kowalska",
            ),
            // A role in an element whose class says so, after a name in
            // one that does not.
            (
                r#"<div class="article__author" itemprop="author" itemscope><span>Анна Кошкина</span> <span class="article__author-role">Корреспондент</span></div>"#,
                "Анна Кошкина",
            ),
            (
                r#"<div class="byline"><span>Jane Roe</span> <span class="author-position">Kulturredaktion Hamburg</span></div>"#,
                "Jane Roe",
            ),
            // A layout box named `position` around the whole name is none.
            (
                r#"<div class="byline"><div class="position-relative">Jane Roe</div></div>"#,
                "Jane Roe",
            ),
            // Names the markup does not part from a role stay as before.
            (
                r#"<p class="byline">By <a href="/author/jr">Jane Roe</a> and <a href="/author/sk">Sam Kim</a></p>"#,
                "Jane Roe; Sam Kim",
            ),
            (
                r#"<div class="author"><span class="first-name">Anna</span> <span class="last-name">Kowalska</span></div>"#,
                "Anna Kowalska",
            ),
            (
                r#"<div class="byline">Posted in <a href="/news">News</a> by Jane Roe</div>"#,
                "Jane Roe",
            ),
            // A place in an element of its own is no part of the name.
            (
                r#"<div class="firma"><span class="autor">XOSÉ MANUEL REY</span> <span class="lugar">VIGO / LA VOZ</span></div>"#,
                "XOSÉ MANUEL REY",
            ),
            (
                r#"<div class="news-author-date"><span class="news-author">Anna Conti</span> <span class="news-place">BOLOGNA</span></div>"#,
                "Anna Conti",
            ),
        ] {
            assert_eq!(page(byline).as_deref(), Some(author), "{byline}");
        }
    }

    #[test]
    fn a_listed_author_the_page_shows_as_the_photographer_is_no_author() {
        let html = format!(
            r#"<html><head><script type="application/ld+json">{{"@type":"NewsArticle","headline":"Council approves new transit budget",
            "author":[{{"@type":"Person","name":"Ingrid Solheim"}},{{"@type":"Person","name":"Eirik Haugland"}},{{"@type":"Person","name":"Tor Erik Skog"}}]}}</script></head>
            <body><article><h1>Council approves new transit budget</h1>
            <div class="byline"><span class="byline-name">Ingrid Solheim</span><span class="byline-role">Journalist</span></div>
            <div class="byline"><span class="byline-name">Eirik Haugland</span><span class="byline-role">Journalist</span></div>
            <div class="byline"><span class="byline-name">Tor Erik Skog</span><span class="byline-role">Fotograf</span></div>
            {}</article></body></html>"#,
            en_article_body()
        );
        assert_eq!(
            run("https://news.example.com/2024/05/budget.html", &html)
                .author
                .as_deref(),
            Some("Ingrid Solheim; Eirik Haugland")
        );
    }

    #[test]
    fn a_chinese_meta_author_that_is_the_portal_or_a_login_is_no_author() {
        let page = |meta: &str| {
            let html = format!(
                r#"<html><head><title>市政府公布新预算方案_新闻中心</title>{meta}</head><body><h1>市政府公布新预算方案</h1><div class="content">{}</div></body></html>"#,
                zh_article_body()
            );
            run("https://news.example.com/2024/05/budget.html", &html).author
        };
        assert_eq!(
            page(r#"<meta property="article:author" content="新浪网">"#),
            None
        );
        assert_eq!(page(r#"<meta name="author" content="wangxiaoming">"#), None);
        assert_eq!(
            page(r#"<meta name="author" content="张三">"#).as_deref(),
            Some("张三")
        );
    }
}
