//! Cuts the text of scripts and style sheets out of a page before it is
//! parsed. The flat document never reads it (see `dom::is_opaque`), yet it
//! is often half of a news page's bytes, and the parser would tokenize it
//! and copy it into the tree. JSON-LD scripts, which the extractor reads,
//! are kept whole, and so are the tags themselves: the parsed tree has the
//! same elements, with empty scripts and style sheets.
//!
//! The scan follows the tokenizer of the HTML standard where it matters:
//! it steps over comments and over whole tags (so a `<script>` inside a
//! quoted attribute value or a comment starts nothing), over the raw text
//! of `<textarea>`, `<title>`, `<noscript>` and the like and over SVG and
//! MathML (whose `<style>` holds markup), and it ends a script where the
//! tokenizer does, after the escaped and double-escaped states
//! (`<!--<script>…</script>-->`) that `document.write` calls use.

use std::borrow::Cow;

use memchr::{memchr, memchr2, memmem};

/// Elements whose content the tokenizer reads as text up to their own end
/// tag: markup inside them is not markup.
const RAW_TEXT: [&str; 9] = [
    "script", "style", "noscript", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// Elements whose content is SVG or MathML, where `<style>` and `<script>`
/// are not raw text.
const FOREIGN: [&str; 2] = ["svg", "math"];

/// The element of `names` that `name` (a tag's name as written, in any
/// case) names.
fn one_of(name: &[u8], names: &[&'static str]) -> Option<&'static str> {
    names
        .iter()
        .copied()
        .find(|n| name.eq_ignore_ascii_case(n.as_bytes()))
}

/// `html` without the content of its `<script>` (other than JSON-LD) and
/// `<style>` elements; borrowed when there is none. Nothing inside SVG or
/// MathML is cut, up to the end tag of its root element. The scan does not
/// model the tree builder: after an HTML tag that ends SVG early, or in an
/// HTML island of `<foreignObject>`, scripts are kept whole, unless one of
/// them holds the text `</svg>` and then `<style>`.
pub(crate) fn without_script_text(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    let mut copied = 0; // html[..copied] is in `out` (when anything was cut)
    let mut foreign: Vec<&str> = Vec::new(); // SVG and MathML roots open
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        let lt = i + off;
        let rest = &b[lt + 1..];
        match rest.first() {
            Some(b'!') if rest.starts_with(b"!--") => {
                // A comment ends at `-->`, or at once as `<!-->` / `<!--->`.
                i = match memmem::find(&b[lt + 2..], b"-->") {
                    Some(e) => lt + 2 + e + 3,
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
        let Some(open_end) = tag_end(b, name_start + name_len) else {
            break;
        };
        i = open_end;
        let name = &b[name_start..name_start + name_len];
        if let Some(root) = one_of(name, &FOREIGN) {
            if closing {
                // The end tag closes the latest root of its name, and what
                // is open inside it; with none open it is ignored.
                if let Some(at) = foreign.iter().rposition(|&f| f == root) {
                    foreign.truncate(at);
                }
            } else if !html[..open_end].ends_with("/>") {
                foreign.push(root);
            }
            continue;
        }
        if closing || !foreign.is_empty() {
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
        let cut = match raw {
            "style" => true,
            "script" => !html[lt..open_end].to_ascii_lowercase().contains("ld+json"),
            _ => false,
        };
        if cut && close > open_end {
            out.push_str(&html[copied..open_end]);
            copied = close;
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

/// One past the `>` that closes the tag whose attributes start at `at`:
/// a `>` inside a quoted attribute value does not close it.
fn tag_end(b: &[u8], mut at: usize) -> Option<usize> {
    loop {
        at += memchr2(b'>', b'=', &b[at..])?;
        if b[at] == b'>' {
            return Some(at + 1);
        }
        // The value: quoted, or up to whitespace or `>`.
        at += 1;
        while b.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        match b.get(at) {
            Some(&q @ (b'"' | b'\'')) => at += 1 + memchr(q, &b[at + 1..])? + 1,
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

    /// What the flat document of `html` holds: its elements and texts in
    /// order, then the JSON-LD and the `<title>`.
    fn seen(html: &str) -> Vec<String> {
        let doc = Html::parse_document(html);
        let dom = Dom::build(&doc);
        let mut seen: Vec<String> = dom
            .nodes
            .iter()
            .map(|n| match n.kind {
                Kind::Element(_, name) => format!("<{name} {}>", n.class_id),
                Kind::Text(t) => t.to_string(),
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
        fn the_flat_document_is_the_same_without_script_text(parts in proptest::collection::vec(
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
            ], 0..40)) {
            let html = parts.concat();
            prop_assert_eq!(seen(&without_script_text(&html)), seen(&html));
        }
    }

    #[test]
    fn script_and_style_text_is_cut_and_json_ld_kept() {
        let html = "<head><script>var a = '<p>x</p>';</script><style>p{color:red}</style>\
            <script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>\
            <body><p>Text</p><SCRIPT src=a.js></SCRIPT><script>b()</script ><p>More</p></body>";
        assert_eq!(
            without_script_text(html),
            "<head><script></script><style></style>\
            <script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>\
            <body><p>Text</p><SCRIPT src=a.js></SCRIPT><script></script ><p>More</p></body>"
        );
        // Nothing to cut: the page itself, not a copy.
        let plain = "<p>No scripts</p><scripts>x</scripts>";
        assert!(matches!(without_script_text(plain), Cow::Borrowed(_)));
    }

    #[test]
    fn a_script_ends_where_the_tokenizer_ends_it() {
        // `</scripts` is no end tag; `</script/` and `</SCRIPT\n` are.
        assert_eq!(
            without_script_text("<script>a</scripts>b</script/><p>x</p>"),
            "<script></script/><p>x</p>"
        );
        // A document.write of a script, inside an escaped run.
        assert_eq!(
            without_script_text(
                "<script><!--\ndocument.write('<script src=x></script>');\n//--></script><p>Kept</p>"
            ),
            "<script></script><p>Kept</p>"
        );
        // An escaped run that holds no nested script ends at its own
        // `</script>`, and `<!-->` opens no run at all.
        assert_eq!(
            without_script_text("<script><!-- a </script><p>K</p><script><!-->x</script><p>L</p>"),
            "<script></script><p>K</p><script></script><p>L</p>"
        );
    }

    #[test]
    fn script_tags_that_are_not_tags_start_nothing() {
        let html = "<a title='<script>'>one</a><!-- <script> --><textarea><script></textarea>\
            <p>two</p><title><style></title><p>three</p>";
        assert!(matches!(without_script_text(html), Cow::Borrowed(_)));
        // A `>` in a quoted value does not close the script's tag.
        assert_eq!(
            without_script_text("<script data-x=\"a>b\" type='text/javascript'>f()</script>"),
            "<script data-x=\"a>b\" type='text/javascript'></script>"
        );
    }

    #[test]
    fn nothing_in_svg_or_mathml_is_cut() {
        // An SVG style sheet holds markup; the inner `</svg>` closes only
        // the inner root, a `</svg>` in MathML nothing.
        let html = "<svg><svg></svg><style><a>x</a></style></svg><style>p{}</style>\
            <math></svg><script>y</script></math><svg/><script>z</script>";
        assert_eq!(
            without_script_text(html),
            "<svg><svg></svg><style><a>x</a></style></svg><style></style>\
            <math></svg><script>y</script></math><svg/><script></script>"
        );
    }

    #[test]
    fn an_unclosed_script_is_left_to_the_parser() {
        for html in [
            "<p>a</p><script>never closed <p>b</p>",
            "<p>a</p><script type=\"text/javascript",
            "<p>a</p><!-- open comment <script>x</script>",
            "<script>ok</script><p>a</p><style>",
        ] {
            let cut = without_script_text(html);
            assert!(
                cut.ends_with(&html[html.rfind("<p>a</p>").unwrap()..]),
                "{html:?} gave {cut:?}"
            );
        }
    }
}
