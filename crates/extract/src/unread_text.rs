//! Cuts what the flat document never reads (see `dom::is_opaque`) out of
//! a page before it is parsed: the text of scripts and style sheets, often
//! half of a news page's bytes, of `<noscript>`, `<iframe>` and
//! `<textarea>`, of comments, and the content of SVG and MathML drawings
//! (icons' paths). The parser would tokenize it and copy it into the tree.
//! When only the extractor's rules read the page, the attributes they
//! never read go too, names and values: data attributes (often whole JSON
//! blobs), event handlers, image sources, sizes (`dom::READ_ATTRIBUTES`
//! lists those read).
//! JSON-LD scripts, which the extractor reads, are kept whole, and so are
//! the tags themselves: the parsed tree has the same elements, with empty
//! scripts, style sheets and drawings.
//!
//! The scan follows the tokenizer and tree builder of the HTML standard
//! where it matters: it steps over comments and over whole tags (so a
//! `<script>` inside a quoted attribute value or a comment starts
//! nothing), over the raw text of `<textarea>`, `<title>`, `<noscript>` and
//! the like, reads SVG and MathML as foreign content (their `<style>`
//! holds markup, `<![CDATA[` opens text) and `<select>` as the tree builder
//! does (only `<script>` is raw text there), and it ends a script where the
//! tokenizer does, after the escaped and double-escaped states
//! (`<!--<script>…</script>-->`) that `document.write` calls use. Where the
//! tree builder could leave the model (a tag that ends a drawing early or
//! closes a `<select>` other than by its end tag, `<plaintext>`) the scan
//! stops and the rest of the page is parsed whole.
//!
//! Two rewrites make the rest quicker to tokenize and to read: line breaks
//! become `\n` (what the tokenizer's input preprocessing does first), and
//! whitespace between tags (a line break and an indent) becomes the gap it
//! collapses to, ` \n` or ` `: the tokenizer passes a leading line break to
//! the tree builder alone, and the flat document's texts are shorter.

use std::borrow::Cow;
use std::ops::Range;

use memchr::{memchr, memchr2, memmem};

use crate::dom::READ_ATTRIBUTES;
use crate::tokenizer::is_space;

/// Elements whose content the tokenizer reads as text up to their own end
/// tag: markup inside them is not markup.
const RAW_TEXT: [&str; 9] = [
    "script", "style", "noscript", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements whose content is SVG or MathML, where `<style>` and `<script>`
/// are not raw text.
const FOREIGN: [&str; 2] = ["svg", "math"];

/// Start tags that end SVG or MathML early: the tree builder closes the
/// drawing and reads them as HTML (the standard's breakout list, with
/// `font`). At one of them the scan stops.
const LEAVES_FOREIGN: [&str; 45] = [
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
    "font",
];

/// SVG and MathML elements whose content the tree builder reads as HTML
/// (the standard's HTML and MathML text integration points). A start tag in
/// one stops the scan; text in one keeps the drawing's content, since the
/// tree builder may reopen HTML formatting elements around it, which then
/// hold the rest of the page.
const HTML_IN_FOREIGN: [&str; 9] = [
    "title",
    "desc",
    "foreignobject",
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "annotation-xml",
];

/// Tags after which the scan's model of a `<select>` ends: its own end
/// tag, the start and end tags that close it in a form or a table, and
/// `<template>`, whose content the tree builder reads in modes of its own.
const LEAVE_SELECT: [&str; 14] = [
    "template",
    "select",
    "input",
    "keygen",
    "textarea",
    "caption",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "td",
    "th",
    "plaintext",
];

/// The element of `names` that `name` (a tag's name as written, in any
/// case) names.
fn one_of(name: &str, names: &[&'static str]) -> Option<&'static str> {
    names.iter().copied().find(|n| name.eq_ignore_ascii_case(n))
}

/// The SVG or MathML drawing the scan is inside.
struct Drawing<'a> {
    /// Elements open in it, the root first, by name as written.
    open: Vec<&'a str>,
    /// Where the root's content starts (just after its start tag).
    content_start: usize,
    /// Whether text stands in an element of `HTML_IN_FOREIGN`.
    html_text: bool,
}

impl Drawing<'_> {
    /// Whether the element open innermost reads its content as HTML.
    fn reads_html(&self) -> bool {
        self.open
            .last()
            .is_some_and(|n| one_of(n, &HTML_IN_FOREIGN).is_some())
    }
}

/// Who reads the parsed page: what may be cut depends on it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Readers {
    /// The extractor's rules alone: they read a few attributes by name
    /// (`class`, `href`, `content`, ...), never those that
    /// [`is_unread_attribute`] names.
    Rules,
    /// The rules and a site profile's CSS selectors, which may match any
    /// attribute's value: every attribute is kept.
    RulesAndSelectors,
}

/// `html` without the content of its `<script>` (other than JSON-LD),
/// `<style>`, `<noscript>`, `<iframe>` and `<textarea>` elements, its
/// comments and its SVG and MathML drawings, and for
/// [`Readers::Rules`] without the unread attributes that have quoted
/// values, with line breaks and whitespace rewritten (see the module
/// docs); borrowed when there is nothing to cut or rewrite. The flat
/// document skips all that is cut (`dom::is_opaque`).
/// Scripts inside a drawing are kept whole, and so is a drawing with text
/// in an element read as HTML. At a tag that could take the tree builder
/// out of a drawing (a start tag of the breakout list or in an element
/// read as HTML, an end tag of an element not open in the drawing) or out
/// of a `<select>` other than by its end tag, the scan stops and the rest
/// of the page is parsed whole.
pub(crate) fn without_unread_text(html: &str, readers: Readers) -> Cow<'_, str> {
    match with_lf_line_breaks(html) {
        Cow::Borrowed(html) => scan(html, readers),
        Cow::Owned(html) => Cow::Owned(scan(&html, readers).into_owned()),
    }
}

/// `html` with each line break written `\r\n` or `\r` made `\n`, as the
/// HTML standard's input preprocessing does before the tokenizer reads a
/// character (borrowed when there is no `\r`). The tokenizer stops at
/// every `\r` to do that itself, so a page with `\r\n` line breaks
/// reaches it as many short runs of text.
fn with_lf_line_breaks(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let Some(first) = memchr(b'\r', b) else {
        return Cow::Borrowed(html);
    };
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    let mut cr = Some(first);
    while let Some(at) = cr {
        out.push_str(&html[from..at]);
        out.push('\n');
        from = if b.get(at + 1) == Some(&b'\n') {
            at + 2
        } else {
            at + 1
        };
        cr = memchr(b'\r', &b[from..]).map(|k| from + k);
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

/// [`without_unread_text`] of a page whose line breaks are `\n`.
fn scan(html: &str, readers: Readers) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0; // html[..copied] is in `out` (when anything was cut)
    let mut drawing: Option<Drawing<'_>> = None;
    let mut in_select = false;
    // Where the content of the last `<pre>` or `<listing>` starts: the tree
    // builder drops a line break there, so its text is left as it is.
    let mut pre_content = usize::MAX;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let lt = i + off;
        let rest = &b[lt + 1..];
        // Whitespace between two pieces of markup (`>` ends each) becomes
        // its gap: ` \n` when it breaks a line, else ` `.
        let text = &b[i..lt];
        if drawing.is_none()
            && (i == 0 || b[i - 1] == b'>')
            && i != pre_content
            && text.len() > 1
            && text.iter().all(|&b| is_space(b))
        {
            let gap = if text.contains(&b'\n') { " \n" } else { " " };
            if text != gap.as_bytes() {
                copy_to(&mut out, &mut copied, html, i);
                out.push_str(gap);
                copied = lt;
            }
        }
        if let Some(d) = drawing.as_mut().filter(|d| d.reads_html()) {
            // Text before this `<`, a `<` that opens no tag, a CDATA section.
            let markup = rest
                .first()
                .is_some_and(|&c| matches!(c, b'/' | b'!' | b'?') || c.is_ascii_alphabetic());
            d.html_text |= lt > i || !markup || rest.starts_with(b"![CDATA[");
        }
        match rest.first() {
            Some(b'!') if rest.starts_with(b"!--") => {
                let Some((text, end)) = comment(b, lt) else {
                    break;
                };
                // Its text goes (in a drawing the drawing's content may be
                // cut whole later).
                if drawing.is_none() && !text.is_empty() {
                    cut(&mut out, &mut copied, html, text);
                }
                i = end;
                continue;
            }
            Some(b'!') if drawing.is_some() && rest.starts_with(b"![CDATA[") => {
                // In SVG and MathML a CDATA section is text up to `]]>`.
                i = match memmem::find(&b[lt + 9..], b"]]>") {
                    Some(e) => lt + 9 + e + 3,
                    None => break,
                };
                continue;
            }
            Some(b'/') if rest.get(1).is_some_and(|c| c.is_ascii_alphabetic()) => {}
            Some(b'!' | b'?' | b'/') => {
                // A doctype or a bogus comment (`<?xml`, `</ x`, `</>`)
                // ends at the next `>`.
                i = match memchr(b'>', &b[lt..]) {
                    Some(e) => lt + e + 1,
                    None => break,
                };
                continue;
            }
            Some(c) if c.is_ascii_alphabetic() => {}
            _ => {
                i = lt + 1;
                continue;
            }
        }
        let closing = rest[0] == b'/';
        let name_start = lt + 1 + usize::from(closing);
        let name_len = b[name_start..]
            .iter()
            .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
            .unwrap_or(b.len() - name_start);
        // Values are cut from start tags outside drawings (whose content
        // may be cut whole later).
        let cuts_values = readers == Readers::Rules && !closing && drawing.is_none();
        let Some(open_end) = tag_end(b, name_start + name_len, |name, attribute| {
            if cuts_values && is_unread_attribute(name) {
                cut(&mut out, &mut copied, html, attribute);
            }
        }) else {
            break;
        };
        i = open_end;
        let name = &html[name_start..name_start + name_len];
        if !closing && (name.eq_ignore_ascii_case("pre") || name.eq_ignore_ascii_case("listing")) {
            pre_content = open_end;
        }
        let self_closing = html[..open_end].ends_with("/>");
        if let Some(d) = drawing.as_mut() {
            if closing {
                // An end tag closes the latest open element of its name and
                // what is open inside it; one of no element open here
                // reaches the HTML around the drawing.
                let Some(at) = d.open.iter().rposition(|n| n.eq_ignore_ascii_case(name)) else {
                    break;
                };
                d.open.truncate(at);
                if d.open.is_empty() {
                    if !d.html_text && lt > d.content_start {
                        cut(&mut out, &mut copied, html, d.content_start..lt);
                    }
                    drawing = None;
                }
            } else {
                if d.reads_html() || one_of(name, &LEAVES_FOREIGN).is_some() {
                    break;
                }
                if !self_closing {
                    d.open.push(name);
                }
            }
            continue;
        }
        if in_select {
            // In a `<select>` only scripts are raw text; tags that could
            // close it other than its end tag, or a template, stop the scan.
            match (closing, one_of(name, &LEAVE_SELECT)) {
                (true, Some("select")) => in_select = false,
                (_, Some(_)) => break,
                (false, None) if name.eq_ignore_ascii_case("script") => {}
                _ => continue,
            }
        }
        if closing {
            continue;
        }
        if name.eq_ignore_ascii_case("select") {
            in_select = true;
            continue;
        }
        if name.eq_ignore_ascii_case("plaintext") {
            // The rest of the page is text.
            break;
        }
        if one_of(name, &FOREIGN).is_some() {
            if !self_closing {
                drawing = Some(Drawing {
                    open: vec![name],
                    content_start: open_end,
                    html_text: false,
                });
            }
            continue;
        }
        let Some(raw) = one_of(name, &RAW_TEXT) else {
            continue;
        };
        let close = if raw == "script" {
            script_end(html, open_end)
        } else {
            end_tag(html, open_end, raw)
        };
        let Some(close) = close else {
            break;
        };
        // `<title>` is read, and `<xmp>`, `<noembed>` and `<noframes>` show
        // their text.
        let unread = match raw {
            "style" | "noscript" | "iframe" | "textarea" => true,
            "script" => !html[lt..open_end].to_ascii_lowercase().contains("ld+json"),
            _ => false,
        };
        if unread && close > open_end {
            cut(&mut out, &mut copied, html, open_end..close);
        }
        i = close;
    }
    if copied == 0 {
        Cow::Borrowed(html)
    } else {
        out.push_str(&html[copied..]);
        Cow::Owned(out)
    }
}

/// Cuts `range` of `html` out of `out`, which holds `html[..copied]` less
/// the cuts before: copies what lies between, then steps over the range.
fn cut(out: &mut String, copied: &mut usize, html: &str, range: std::ops::Range<usize>) {
    copy_to(out, copied, html, range.start);
    *copied = range.end;
}

/// Copies `html[copied..at]` to `out`, which holds `html[..copied]` less
/// the cuts before.
fn copy_to(out: &mut String, copied: &mut usize, html: &str, at: usize) {
    // One allocation: the rewritten page is no longer than the page.
    out.reserve(html.len() - *copied);
    out.push_str(&html[*copied..at]);
    *copied = at;
}

/// One past the `>` that closes the tag whose attributes start at `at`:
/// a `>` inside a quoted attribute value does not close it. Each attribute
/// with a quoted value is passed to `attribute`: its name as written and
/// where it lies, from its name to its closing quote.
fn tag_end(
    b: &[u8],
    mut at: usize,
    mut attribute: impl FnMut(&[u8], Range<usize>),
) -> Option<usize> {
    loop {
        let from = at;
        at += memchr2(b'>', b'=', &b[at..])?;
        if b[at] == b'>' {
            return Some(at + 1);
        }
        let name_range = attribute_name(&b[from..at]);
        let name_start = from + name_range.start;
        let name = &b[name_start..from + name_range.end];
        // The value: quoted, or up to whitespace or `>`.
        at += 1;
        while b.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        match b.get(at) {
            Some(&q @ (b'"' | b'\'')) => {
                let close = at + 1 + memchr(q, &b[at + 1..])?;
                attribute(name, name_start..close + 1);
                at = close + 1;
            }
            _ => {
                while b
                    .get(at)
                    .is_some_and(|&c| !c.is_ascii_whitespace() && c != b'>')
                {
                    at += 1;
                }
            }
        }
    }
}

/// Where the name of the attribute whose `=` ends `before` (the tag's bytes
/// since the last value) lies in it: the last word, which whitespace, `/`
/// or a quote ends.
fn attribute_name(before: &[u8]) -> Range<usize> {
    let end = before
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(0, |e| e + 1);
    let start = before[..end]
        .iter()
        .rposition(|&c| c.is_ascii_whitespace() || matches!(c, b'/' | b'"' | b'\''))
        .map_or(0, |s| s + 1);
    start..end
}

/// Whether the extractor's rules never read the value of attribute `name`
/// (any case): it is not one of [`READ_ATTRIBUTES`] (data attributes,
/// event handlers, image sources, sizes, link targets, ...).
fn is_unread_attribute(name: &[u8]) -> bool {
    !READ_ATTRIBUTES
        .iter()
        .any(|read| name.eq_ignore_ascii_case(read.as_bytes()))
}

/// The comment that the `<!--` at `lt` opens, as the tokenizer reads it:
/// where its text lies and one past its end. It ends at `-->` or `--!>`,
/// or at once as `<!-->` / `<!--->`.
fn comment(b: &[u8], lt: usize) -> Option<(Range<usize>, usize)> {
    let arrow = memmem::find(&b[lt + 2..], b"-->").map(|e| lt + 2 + e);
    // A `--!>` counts before the `-->` (the two cannot overlap).
    let end = arrow.unwrap_or(b.len());
    let before_arrow = &b[(lt + 4).min(end)..end];
    let (at, len) = match memmem::find(before_arrow, b"--!>") {
        Some(e) => (lt + 4 + e, 4),
        None => (arrow?, 3),
    };
    Some((lt + 4..at.max(lt + 4), at + len))
}

/// Whether `html[at..]` opens with `name` (any case) and then whitespace, `/`
/// or `>`: the tokenizer's test for the end tag of a raw-text element.
fn names_tag(html: &str, at: usize, name: &str) -> bool {
    let b = html.as_bytes();
    b.len() > at + name.len() && b[at..at + name.len()].eq_ignore_ascii_case(name.as_bytes()) && {
        let c = b[at + name.len()];
        c.is_ascii_whitespace() || c == b'/' || c == b'>'
    }
}

/// Where the end tag `</name` of a raw-text element opened before `from`
/// starts.
fn end_tag(html: &str, from: usize, name: &str) -> Option<usize> {
    let b = html.as_bytes();
    let mut i = from;
    loop {
        let at = i + memchr(b'<', &b[i..])?;
        if b.get(at + 1) == Some(&b'/') && names_tag(html, at + 2, name) {
            return Some(at);
        }
        i = at + 1;
    }
}

/// Where the `</script` that ends a script opened before `from` starts. In
/// a script, `<!--` starts an escaped run that `-->` ends; inside it,
/// `<script` starts a nested run whose own `</script` does not end the
/// script.
fn script_end(html: &str, from: usize) -> Option<usize> {
    let b = html.as_bytes();
    let (mut escaped, mut nested) = (false, false);
    // The next `-->` at or after `i`, found once per escaped run.
    let mut dashes: Option<usize> = None;
    let mut i = from;
    loop {
        let lt = memchr(b'<', &b[i..]).map(|o| i + o);
        if escaped {
            if dashes.is_none_or(|d| d < i) {
                dashes = memmem::find(&b[i..], b"-->").map(|o| i + o);
            }
            if let Some(d) = dashes.filter(|&d| lt.is_none_or(|lt| d < lt)) {
                (escaped, nested) = (false, false);
                i = d + 3;
                continue;
            }
        }
        let lt = lt?;
        if b.get(lt + 1) == Some(&b'/') && names_tag(html, lt + 2, "script") {
            if !nested {
                return Some(lt);
            }
            nested = false;
            i = lt + 8;
        } else if escaped && names_tag(html, lt + 1, "script") {
            nested = true;
            i = lt + 7;
        } else if !escaped && b[lt + 1..].starts_with(b"!--") {
            // `<!-->` closes at once: look for `-->` from the first dash.
            escaped = true;
            i = lt + 2;
        } else {
            i = lt + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::{Dom, Kind};
    use proptest::prelude::*;
    use scraper::Html;

    /// The page as the extractor's rules alone read it.
    fn cut_for_rules(html: &str) -> Cow<'_, str> {
        without_unread_text(html, Readers::Rules)
    }

    /// `text` with each run of whitespace written as the gap it collapses
    /// to: a line break where the run holds one, else a space.
    fn same_gaps(text: &str) -> String {
        let mut out = String::new();
        let mut gap: Option<char> = None;
        for c in text.chars() {
            if c.is_whitespace() {
                gap = Some(if c == '\n' || gap == Some('\n') {
                    '\n'
                } else {
                    ' '
                });
            } else {
                out.extend(gap.take());
                out.push(c);
            }
        }
        out.extend(gap);
        out
    }

    /// What the flat document of `html` holds: its elements with the
    /// attributes the rules read, and texts (each run of whitespace as its
    /// gap), in order; then the JSON-LD and the `<title>`.
    fn seen(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let mut seen: Vec<String> = dom
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| match n.kind {
                Kind::Element(name) => {
                    let read: Vec<String> = dom
                        .attributes(i)
                        .iter()
                        .filter(|(k, _)| !is_unread_attribute(k.as_bytes()))
                        .map(|(k, v)| format!("{k}={v:?}"))
                        .collect();
                    format!("<{name} {} {}>", dom.class_id(i), read.join(" "))
                }
                Kind::Text(t) => same_gaps(t),
            })
            .collect();
        seen.extend(dom.head.ld_json.iter().cloned());
        seen.extend(dom.head.title.clone());
        seen
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        /// Whatever the markup, the cut page parses to the same flat
        /// document as the whole one.
        #[test]
        fn the_flat_document_is_the_same_without_unread_text(parts in proptest::collection::vec(
            prop_oneof![
                Just("<script>"), Just("</script>"), Just("<SCRIPT type=\"application/ld+json\">"),
                Just("<style>"), Just("</style>"), Just("<!--"), Just("-->"), Just("<!-->"),
                Just("<p class=a>"), Just("</p>"), Just("<div title='"), Just("'>"), Just("\""),
                Just(">"), Just("<"), Just("</"), Just("<textarea>"), Just("</textarea>"),
                Just("<title>"), Just("</title>"), Just("<noscript>"), Just("</noscript>"),
                Just("<table>"), Just("<td>"), Just("x"), Just(" "), Just("正文"),
                Just("<i a=x=\"y>"), Just("<!DOCTYPE html>"), Just("<?xml?>"), Just("<![CDATA["), Just("</svg>"),
                // SVG and MathML as pages hold them: icons with a style sheet
                // of markup-free CSS, formulas.
                Just("<svg viewBox='0 0 9 9'><style>.a{fill:red}</style><path d='M0 0'/><title>i</title></svg>"),
                Just("<svg><svg><script>f()</script></svg><style>p{}</style></svg>"),
                Just("<svg/>"), Just("<math><mi>x</mi><mo><</mo></math>"),
                // Drawings opened and closed in pieces, with the tags that
                // can take the tree builder out of them.
                Just("<svg>"), Just("<math>"), Just("<g>"), Just("</g>"), Just("<path d='M0 0'>"),
                Just("<div>"), Just("</div>"), Just("<font color=red>"), Just("<br>"), Just("</br>"),
                Just("<foreignObject>"), Just("<mi>"), Just("<select>"), Just("</select>"),
                Just("<input>"), Just("]]>"), Just("<span>"), Just("</math>"), Just("<b>"),
                Just("</b>"), Just("<a>"), Just("</a>"), Just("<desc>"), Just("<mtext>"), Just("<template>"), Just("</template>"),
                // Attributes whose values the rules never read, quoted or
                // not, beside ones they read.
                Just("<img data-src=\"a b\" srcset='x 1x' onload=\"f('>')\" src=y alt=z>"),
                Just("<a href='/' data-x = \"v\"data-y='w' class=k>"), Just(" data-z=\""),
                Just("<div DATA-Props='{\"a\":1}' ONCLICK=go() id=d>"), Just("<p on=\"x\" data=\"y\">"),
                Just("<img width=\"9\" ALT='a' hidden=\"\" target=\"_blank\">"),
                // Line breaks and indents, which the scan rewrites.
                Just("\n"), Just("\n  "), Just("\r\n\t"), Just("\r"), Just("<pre>"), Just("</pre>"),
                Just("<listing>"),
                // Whole comments, whose text is cut, in and out of drawings.
                Just("<!-- note <p> -->"), Just("<svg><!-- i --><path d='M0'/></svg>"), Just("<!--a--!>"),
            ], 0..40)) {
            let html = parts.concat();
            let whole = seen(&html);
            prop_assert_eq!(&seen(&cut_for_rules(&html)), &whole);
            prop_assert_eq!(&seen(&without_unread_text(&html, Readers::RulesAndSelectors)), &whole);
        }
    }

    #[test]
    fn script_and_style_text_is_cut_and_json_ld_kept() {
        let html = "<head><script>var a = '<p>x</p>';</script><style>p{color:red}</style>\
            <script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>\
            <body><p>Text</p><SCRIPT src=a.js></SCRIPT><script>b()</script ><p>More</p></body>";
        assert_eq!(
            cut_for_rules(html),
            "<head><script></script><style></style>\
            <script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>\
            <body><p>Text</p><SCRIPT src=a.js></SCRIPT><script></script ><p>More</p></body>"
        );
        // Nothing to cut: the page itself, not a copy.
        let plain = "<p>No scripts</p><scripts>x</scripts>";
        assert!(matches!(cut_for_rules(plain), Cow::Borrowed(_)));
    }

    #[test]
    fn a_script_ends_where_the_tokenizer_ends_it() {
        // `</scripts` is no end tag; `</script/` and `</SCRIPT\n` are.
        assert_eq!(
            cut_for_rules("<script>a</scripts>b</script/><p>x</p>"),
            "<script></script/><p>x</p>"
        );
        // A document.write of a script, inside an escaped run.
        assert_eq!(
            cut_for_rules(
                "<script><!--\ndocument.write('<script src=x></script>');\n//--></script><p>Kept</p>"
            ),
            "<script></script><p>Kept</p>"
        );
        // An escaped run that holds no nested script ends at its own
        // `</script>`, and `<!-->` opens no run at all.
        assert_eq!(
            cut_for_rules("<script><!-- a </script><p>K</p><script><!-->x</script><p>L</p>"),
            "<script></script><p>K</p><script></script><p>L</p>"
        );
    }

    #[test]
    fn script_tags_that_are_not_tags_start_nothing() {
        let html = "<a title='<script>'>one</a><!-- <script> --><textarea><script></textarea>\
            <p>two</p><title><style></title><p>three</p>";
        assert_eq!(
            cut_for_rules(html),
            html.replace(" <script> ", "")
                .replace("<textarea><script>", "<textarea>")
        );
        // A `>` in a quoted value does not close the script's tag.
        assert_eq!(
            without_unread_text(
                "<script data-x=\"a>b\" type='text/javascript'>f()</script>",
                Readers::RulesAndSelectors
            ),
            "<script data-x=\"a>b\" type='text/javascript'></script>"
        );
    }

    #[test]
    fn unread_attributes_are_cut_for_the_rules_alone() {
        let html = "<div data-props='{\"a\":\"<p>\"}' class=story DATA-X = \"1\"data-y=\"2\">\
            <img src=\"/a.jpg\" srcset='/a.jpg 2x' onerror=\"h(this)\" alt=\"Pic\" data-z=unquoted>\
            <a href=\"/next\" title=\"data-q='x'\" onclick=''>Next</a></div>";
        assert_eq!(
            cut_for_rules(html),
            "<div  class=story >\
            <img    alt=\"Pic\" data-z=unquoted>\
            <a href=\"/next\" title=\"data-q='x'\" >Next</a></div>"
        );
        // A site profile's selectors may match any value: all are kept.
        assert!(matches!(
            without_unread_text(html, Readers::RulesAndSelectors),
            Cow::Borrowed(_)
        ));
        // Names are matched whole and in any case.
        for (name, unread) in [
            ("data-id", true),
            ("onload", true),
            ("srcset", true),
            ("SRC", true),
            ("width", true),
            ("target", true),
            ("content", false),
            ("Class", false),
            ("HREF", false),
            ("xml:lang", false),
            ("aria-hidden", false),
            ("aria-hiddenx", true),
            ("titles", true),
        ] {
            assert_eq!(is_unread_attribute(name.as_bytes()), unread, "{name}");
        }
    }

    #[test]
    fn comments_lose_their_text() {
        assert_eq!(
            cut_for_rules("<p>a<!-- [if IE]><p>old</p> --></p><!---->b<!-->c"),
            "<p>a<!----></p><!---->b<!-->c"
        );
        // `--!>` ends a comment too, but `!>` just after `<!--` does not.
        assert_eq!(
            cut_for_rules("<!-- a --!><p>shown</p><!--!><p>x</p>-->"),
            "<!----!><p>shown</p><!---->"
        );
    }

    #[test]
    fn line_breaks_are_lf_and_whitespace_between_tags_its_gap() {
        // CR LF and CR become LF everywhere, as the tokenizer reads them.
        assert_eq!(
            cut_for_rules("<p title='a\r\nb'>x\ry</p>\r\n"),
            "<p title='a\nb'>x\ny</p>\n"
        );
        // Whitespace between tags becomes ` \n` or ` `; whitespace with
        // text, a line break alone and the first line of a `<pre>` stay.
        assert_eq!(
            cut_for_rules(
                "<ul>\n\n  <li>a</li>\n <li>\n b</li>\t\t<li>c</li>\n</ul><pre>\n  <b>c</b>\n  </pre>"
            ),
            "<ul> \n<li>a</li> \n<li>\n b</li> <li>c</li>\n</ul><pre>\n  <b>c</b> \n</pre>"
        );
        assert!(matches!(
            cut_for_rules("<p>a</p>\n<p>b</p>"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn drawings_lose_their_content_and_keep_their_scripts() {
        // An icon's paths and style sheet go, the root tag stays (with the
        // attributes read); a nested `</svg>` closes only the inner root;
        // a CDATA section's `</svg>` is text.
        let html = "<p>a</p><svg class=icon viewBox='0 0 9 9'><svg></svg>\
            <style><![CDATA[a>b</svg>]]></style><path d='M0 0h9'/></svg><style>p{}</style><p>b</p>";
        assert_eq!(
            cut_for_rules(html),
            "<p>a</p><svg class=icon ></svg><style></style><p>b</p>"
        );
        // Scripts inside a drawing stay (`<script>` in SVG is no raw text).
        assert_eq!(
            cut_for_rules("<math><mrow><script>y</script></mrow></math><script>z</script>"),
            "<math></math><script></script>"
        );
        // Text in an element read as HTML (an icon's title, a formula's
        // identifier) keeps the drawing whole: the tree builder may reopen
        // a formatting element closed early (`<font>` here) around it, and
        // the rest of the page then stays in the drawing.
        for html in [
            "<svg><title>Share</title><path d='M0 0h9'/></svg><style>a{}</style>",
            "<table><font color=red><table><math><mi>x</mi><mo>+</mo></math><style>a{}</style>",
        ] {
            let cut = cut_for_rules(html);
            assert_eq!(cut, html.replace("a{}", ""));
        }
    }

    #[test]
    fn a_drawing_that_a_tag_may_leave_keeps_its_content() {
        // A breakout start tag, an HTML island, an end tag of an element
        // open outside the drawing (`</div>` closes the `<div>` and the
        // unclosed SVG in it), `</p>`: the text after them is HTML.
        for html in [
            "<svg><path d=x><p>Text</p></svg>",
            "<svg><foreignObject><a>Text</a></foreignObject></svg>",
            "<math><mi><mglyph/></mi></math>",
            "<div><svg><path d=x></div><p>Text</p></svg>",
            "<svg><g></p>Text</g></svg>",
            "<math></svg>Text</math>",
            "<svg><FONT size=2>Text</svg>",
        ] {
            assert!(matches!(cut_for_rules(html), Cow::Borrowed(_)), "{html:?}");
        }
        // The scan stops there; what it cut before stays cut.
        let html = "<style>a{}</style><svg><p>a</p><script>x</script></svg><script>y</script>";
        assert_eq!(
            cut_for_rules(html),
            "<style></style><svg><p>a</p><script>x</script></svg><script>y</script>"
        );
    }

    #[test]
    fn in_a_select_only_scripts_are_raw_text() {
        // The tree builder ignores `<style>` in a `<select>`, so `<!--`
        // after it opens a comment; a script is still a script.
        assert_eq!(
            cut_for_rules(
                "<select><style><!--</style>--><script>f()</script></select><style>a{}</style>"
            ),
            "<select><style><!----><script></script></select><style></style>"
        );
        // `<input>` closes the select, a template has modes of its own:
        // the scan stops.
        for html in [
            "<select><option>a<input><style>a{}</style>",
            "<select><template><style>a{}</style></template></select><style>b{}</style>",
        ] {
            assert!(matches!(cut_for_rules(html), Cow::Borrowed(_)), "{html:?}");
        }
    }

    #[test]
    fn an_unclosed_script_is_left_to_the_parser() {
        for html in [
            "<p>a</p><script>never closed <p>b</p>",
            "<p>a</p><script type=\"text/javascript",
            "<p>a</p><!-- open comment <script>x</script>",
            "<script>ok</script><p>a</p><style>",
        ] {
            let cut = cut_for_rules(html);
            assert!(
                cut.ends_with(&html[html.rfind("<p>a</p>").unwrap()..]),
                "{html:?} gave {cut:?}"
            );
        }
    }
}
