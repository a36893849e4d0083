//! Bytes to text: BOM, then the `Content-Type` charset, then a `<meta>`
//! prescan, then detection with chardetng.
//!
//! Two checks guard against wrong declarations, which are common on Chinese
//! sites: a page declared in a legacy charset whose bytes are UTF-8 (and
//! not plain ASCII) is decoded as UTF-8, and a declaration that yields
//! malformed sequences is replaced by chardetng's guess. Both report
//! [`CharsetSource::Guess`].
//!
//! A few characters cut in two do not condemn an encoding: pages cut
//! titles and teasers at a byte count, which is common on legacy Chinese
//! sites (a list of teasers may cut many). A malformed sequence that ends
//! a run of non-ASCII text, one per fifty other non-ASCII characters, is
//! tolerated, in a declaration and in a guess; one inside a run means a
//! wrong code table.

use std::borrow::Cow;
use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use regex::bytes::Regex;
use snapcrawl_core::CharsetSource;

/// Bytes of the document examined by the `<meta>` prescan.
const PRESCAN_BYTES: usize = 4096;
/// Bytes fed to chardetng: enough to decide (a page's text in a legacy
/// charset shows its byte patterns within the first few KiB), bounded for
/// speed (chardetng costs some 200 instructions a byte).
const DETECT_BYTES: usize = 64 * 1024;

/// Other non-ASCII characters a page needs per character cut in two for
/// its encoding to stand (see the module notes).
const CHARACTERS_PER_CUT: usize = 50;

/// A decoded document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// The text, with malformed sequences replaced by U+FFFD: the body
    /// itself when it is UTF-8 already.
    pub text: Cow<'a, str>,
    /// The encoding used: encoding_rs name, lower-cased (`utf-8`, `gbk`,
    /// `windows-1252`, ...). GB2312 and GBK labels both map to `gbk`, whose
    /// decoder accepts all of GB18030.
    pub charset: String,
    /// Which rule chose [`Decoded::charset`].
    pub source: CharsetSource,
}

/// Decodes an HTML (or XML) body: BOM → `Content-Type` charset → `<meta>`
/// prescan of the first 4 KiB → chardetng. See the module notes for how wrong
/// declarations are caught.
pub fn decode<'a>(body: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    if let Some((enc, bom_len)) = Encoding::for_bom(body) {
        let (text, _) = enc.decode_without_bom_handling(&body[bom_len..]);
        return done(text, enc, CharsetSource::Bom);
    }
    let declared = content_type
        .and_then(header_charset)
        .map(|e| (e, CharsetSource::Header))
        .or_else(|| prescan(body).map(|e| (e, CharsetSource::Meta)));
    if let Some((mut enc, source)) = declared {
        if enc == UTF_16LE || enc == UTF_16BE {
            // Without a BOM a UTF-16 declaration is almost always wrong on
            // the web (WHATWG maps it to UTF-8 in <meta>).
            enc = UTF_8;
        }
        if enc != UTF_8 && is_mostly_utf8(body) {
            return done(String::from_utf8_lossy(body), UTF_8, CharsetSource::Guess);
        }
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        if !had_errors || few_malformed(&text) {
            return done(text, enc, source);
        }
    }
    let enc = guess(body);
    let (text, _) = enc.decode_without_bom_handling(body);
    done(text, enc, CharsetSource::Guess)
}

fn done<'a>(text: Cow<'a, str>, enc: &'static Encoding, source: CharsetSource) -> Decoded<'a> {
    Decoded {
        text,
        charset: enc.name().to_ascii_lowercase(),
        source,
    }
}

/// The encoding named by a `Content-Type` value's `charset` parameter.
pub(crate) fn header_charset(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (k, v) = param.split_once('=')?;
        if !k.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        Encoding::for_label(v.trim().trim_matches(|c| c == '"' || c == '\'').as_bytes())
    })
}

/// The encoding declared by a `<meta charset>`, `<meta http-equiv>` or XML
/// declaration in the first 4 KiB.
pub(crate) fn prescan(body: &[u8]) -> Option<&'static Encoding> {
    static META: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?i-u)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)|<\?xml[^>]*?encoding\s*=\s*["']([a-z0-9_:.\-]+)"#,
        )
        .expect("valid regex")
    });
    let head = &body[..body.len().min(PRESCAN_BYTES)];
    META.captures_iter(head).find_map(|c| {
        let label = c.get(1).or_else(|| c.get(2))?;
        let enc = Encoding::for_label(label.as_bytes())?;
        // WHATWG: a <meta> that says UTF-16 means UTF-8; x-user-defined means windows-1252.
        Some(if enc == UTF_16LE || enc == UTF_16BE {
            UTF_8
        } else {
            enc
        })
    })
}

/// UTF-8 with at least one multi-byte sequence and at most a few
/// characters cut in two (the measure of [`few_malformed`]). Stops as soon as the rest of the
/// bytes could no longer make up for the malformed sequences seen (a
/// non-ASCII character takes two bytes or more), so text in a legacy
/// encoding is ruled out within its first few hundred bytes.
fn is_mostly_utf8(body: &[u8]) -> bool {
    if body.is_ascii() {
        return false;
    }
    if std::str::from_utf8(body).is_ok() {
        return true;
    }
    let (mut cut, mut other, mut read) = (0usize, 0usize, 0usize);
    for chunk in body.utf8_chunks() {
        let valid = chunk.valid();
        other += valid.chars().filter(|c| !c.is_ascii()).count();
        read += valid.len() + chunk.invalid().len();
        if !chunk.invalid().is_empty() {
            // A cut character ends its run: ASCII or the end follows.
            if body.get(read).is_some_and(|b| !b.is_ascii()) {
                return false;
            }
            cut += 1;
        }
        if cut * CHARACTERS_PER_CUT > other + (body.len() - read) / 2 {
            return false;
        }
    }
    other > 0 && cut * CHARACTERS_PER_CUT <= other
}

/// The encoding of undeclared bytes: UTF-8 when they are (mostly) UTF-8,
/// else chardetng's guess. chardetng rules out an encoding at its first
/// malformed sequence, so a legacy CJK page with one character cut in two
/// comes out as windows-1252; when it guesses a single-byte encoding, the
/// sample without cut characters decides again, and a multi-byte encoding
/// that reads the page with few malformed sequences wins.
pub(crate) fn guess(body: &[u8]) -> &'static Encoding {
    if body.is_ascii() || is_mostly_utf8(body) {
        return UTF_8;
    }
    let sample = &body[..body.len().min(DETECT_BYTES)];
    let whole = sample.len() == body.len();
    let detect = |bytes: &[u8]| {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, whole);
        det.guess(None, chardetng::Utf8Detection::Allow)
    };
    let first = detect(sample);
    if !first.is_single_byte() {
        return first;
    }
    let second = detect(&without_cut_characters(sample));
    if second.is_single_byte() || !few_malformed(&second.decode_without_bom_handling(body).0) {
        return first;
    }
    second
}

/// `bytes` without the lead byte of each double-byte character cut in
/// two: the last byte of an odd run of three or more non-ASCII bytes that
/// an ASCII byte below `@` follows (no trail byte of GBK, Big5, Shift_JIS
/// or EUC-KR is that low), as in `标题\xc7...`.
fn without_cut_characters(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut run = 0usize;
    for &b in bytes {
        if b >= 0x80 {
            run += 1;
        } else {
            if run >= 3 && run % 2 == 1 && b < 0x40 {
                out.pop();
            }
            run = 0;
        }
        out.push(b);
    }
    out
}

/// Whether decoded text reads as a page with a few characters cut in two:
/// every malformed sequence (U+FFFD) ends a run of non-ASCII text (ASCII
/// or the end follows it, as `标题�...`), and there is at most one per
/// fifty other non-ASCII characters. A malformed sequence inside a run is
/// the sign of a wrong code table (GBK read as Big5), however rare.
fn few_malformed(text: &str) -> bool {
    let (mut cut, mut other) = (0usize, 0usize);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == char::REPLACEMENT_CHARACTER {
            if chars.peek().is_some_and(|n| !n.is_ascii()) {
                return false;
            }
            cut += 1;
        } else if !c.is_ascii() {
            other += 1;
        }
    }
    cut * CHARACTERS_PER_CUT <= other
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        encoding_rs::GBK.encode(s).0.into_owned()
    }

    const ZH: &str = "浙江的特色小镇如何打造升级版？特色小镇，以“特”为姓，以“镇”为名，相信不少人或多或少听说过。";

    #[test]
    fn utf8_bodies_are_read_in_place() {
        let body = "<meta charset=utf-8><p>中文</p>".as_bytes();
        assert!(matches!(decode(body, None).text, Cow::Borrowed(_)));
        // A legacy charset is decoded into a new string.
        let gbk = b"<meta charset=gbk><p>\xd6\xd0\xce\xc4</p>";
        let d = decode(gbk, None);
        assert!(matches!(d.text, Cow::Owned(_)) && d.text.contains("中文"));
    }

    #[test]
    fn bom_wins_over_everything() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("<meta charset=gbk>中文".as_bytes());
        let d = decode(&b, Some("text/html; charset=iso-8859-1"));
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("utf-8", CharsetSource::Bom)
        );
        assert!(d.text.ends_with("中文"));
        let mut le = vec![0xFF, 0xFE];
        for u in "hé".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le, None);
        assert_eq!((d.text.as_ref(), d.charset.as_str()), ("hé", "utf-16le"));
    }

    #[test]
    fn header_charset_is_used() {
        let body = gbk(&format!("<html><body><p>{ZH}</p></body></html>"));
        let d = decode(&body, Some("text/html; charset=GBK"));
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("gbk", CharsetSource::Header)
        );
        assert!(d.text.contains(ZH));
        let d = decode(&body, Some("text/html; charset=\"gb2312\""));
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("gbk", CharsetSource::Header)
        );
    }

    #[test]
    fn meta_prescan_finds_charset_and_http_equiv() {
        let body = gbk(&format!(
            "<html><head><meta charset=\"gbk\"></head><p>{ZH}</p>"
        ));
        let d = decode(&body, Some("text/html"));
        assert_eq!((d.charset.as_str(), d.source), ("gbk", CharsetSource::Meta));
        assert!(d.text.contains(ZH));
        let body = gbk(&format!(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><p>{ZH}</p>"
        ));
        let d = decode(&body, None);
        assert_eq!((d.charset.as_str(), d.source), ("gbk", CharsetSource::Meta));
        let d = decode(
            b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xe9</a>",
            None,
        );
        assert_eq!(d.charset, "windows-1252");
        assert!(d.text.contains("café"));
    }

    #[test]
    fn wrong_declaration_is_redetected() {
        // Declared gb2312, stored as UTF-8 (a common re-save accident).
        let body = format!("<meta charset=gb2312><p>{ZH}</p>").into_bytes();
        let d = decode(&body, None);
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("utf-8", CharsetSource::Guess)
        );
        assert!(d.text.contains(ZH));
        // Declared UTF-8, stored as GBK: malformed UTF-8, so chardetng decides.
        let body = gbk(&format!("<meta charset=utf-8><p>{ZH}{ZH}</p>"));
        let d = decode(&body, Some("text/html; charset=utf-8"));
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("gbk", CharsetSource::Guess)
        );
        assert!(d.text.contains(ZH));
    }

    #[test]
    fn gbk_without_any_declaration_is_guessed() {
        let body = gbk(&format!("<html><body><p>{ZH}{ZH}</p></body></html>"));
        let d = decode(&body, None);
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("gbk", CharsetSource::Guess)
        );
        assert!(d.text.contains(ZH));
    }

    /// `text` encoded as GBK with its last character cut in two and `...`
    /// after it, the way sites truncate titles at a byte count.
    fn gbk_cut(text: &str) -> Vec<u8> {
        let mut b = gbk(text);
        b.pop();
        b.extend_from_slice(b"...</a>");
        b
    }

    #[test]
    fn a_character_cut_in_two_keeps_the_encoding() {
        let mut body = gbk(&format!(
            "<html><head><meta charset=gb2312></head><p>{ZH}</p><a>"
        ));
        body.extend(gbk_cut("特色小镇如何打造"));
        let d = decode(&body, None);
        assert_eq!((d.charset.as_str(), d.source), ("gbk", CharsetSource::Meta));
        assert!(d.text.contains(ZH));
        // Undeclared: chardetng alone rules GBK out and says windows-1252.
        let mut body = gbk(&format!("<html><body><p>{ZH}{ZH}</p><a>"));
        body.extend(gbk_cut("特色小镇如何打造"));
        assert_eq!(guess(&body).name(), "GBK");
        assert!(decode(&body, None).text.contains(ZH));
        // UTF-8 with a character cut in two stays UTF-8.
        let mut body = format!("<p>{ZH}{ZH}</p><a>特色").into_bytes();
        body.pop();
        body.extend_from_slice(b"...</a>");
        let d = decode(&body, None);
        assert_eq!(d.charset, "utf-8");
        assert!(d.text.contains(ZH));
    }

    #[test]
    fn only_malformed_sequences_that_end_a_run_are_cut_characters() {
        let run = "浙江的特色小镇如何打造升级版".repeat(10);
        assert!(few_malformed(&format!("<a>{run}\u{FFFD}...</a>")));
        assert!(few_malformed(&format!("<a>{run}\u{FFFD}")));
        // Inside a run: a wrong code table, however long the text.
        assert!(!few_malformed(&format!("<a>{run}\u{FFFD}{run}</a>")));
        // Too many cut characters for the text around them.
        assert!(!few_malformed("<a>特色\u{FFFD}.</a>"));
    }

    #[test]
    fn gbk_declared_as_big5_is_redetected() {
        // A GBK-only character (trail byte 0x80) is malformed Big5 in the
        // middle of the text; the rest reads as Big5 without error.
        let run = "浙江的特不为以何信名听多姓小或打版相级说过造镇".repeat(8);
        let text = format!("<p>{run}獉{run}</p>").repeat(4);
        let body = gbk(&format!("<meta charset=big5>{text}"));
        let d = decode(&body, None);
        assert_eq!(d.charset, "gbk");
        assert!(d.text.contains(&run));
    }

    #[test]
    fn latin_text_without_a_declaration_stays_single_byte() {
        let body =
            b"<p>Der B\xe4cker \xf6ffnet fr\xfch, sagt M\xfcller: \xabSch\xf6n!\xbb</p>".repeat(20);
        assert_eq!(decode(&body, None).charset, "windows-1252");
        assert_eq!(without_cut_characters(&body), body);
    }

    #[test]
    fn ascii_and_empty_are_utf8_guesses() {
        assert_eq!(decode(b"", None).charset, "utf-8");
        let d = decode(b"<p>hello</p>", None);
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("utf-8", CharsetSource::Guess)
        );
        let d = decode(b"<p>hello</p>", Some("text/html; charset=iso-8859-1"));
        assert_eq!(
            (d.charset.as_str(), d.source),
            ("windows-1252", CharsetSource::Header)
        );
    }

    #[test]
    fn utf8_text_with_a_stray_byte_far_down_stays_utf8() {
        // Polish text in UTF-8, then one Latin-1 byte past the detection
        // window (a footer pasted from elsewhere): not windows-1252 mojibake.
        let mut b = "<p>Nie możemy pozwolić na ataki, zażółć gęślą jaźń.</p>"
            .repeat(2000)
            .into_bytes();
        assert!(b.len() > DETECT_BYTES);
        b.extend_from_slice(b"<p>\xa9 2020</p>");
        let d = decode(&b, None);
        assert_eq!(d.charset, "utf-8");
        assert!(d.text.starts_with("<p>Nie możemy"));
    }
}
