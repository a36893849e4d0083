//! Parses a page into a `scraper` tree with a tokenizer of our own in
//! front of html5ever's tree builder: the standard's tokenizer for the
//! markup pages are made of, byte by byte over the whole text, where
//! html5ever's steps a state machine one character at a time through a
//! buffer queue (most of the time a parse took).
//!
//! The tree builder is html5ever's, so the tree is the standard's (implied
//! end tags, misnested formatting, tables, quirks mode); it also tells the
//! tokenizer, as the standard has it, where text is raw (`<script>`,
//! `<style>`, `<title>`, …). The tokenizer here reads data, tags and their
//! attributes, character references, comments, doctypes and raw text, and
//! gives each token the tree builder the same token html5ever's tokenizer
//! would. At anything rarer (a `\0` or `\r` anywhere, a comment or doctype
//! off the common forms, `<![CDATA[`, `<?`, a script holding `<!--`,
//! `<plaintext>`, the page ending inside a tag or a reference) it hands
//! the rest of the page, from the start of that token, to html5ever's
//! tokenizer in the state it had reached, feeding the same tree builder.
//! Hand-written pages and property tests check the trees against
//! html5ever's own parse.

use std::borrow::Cow;

use html5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::{RawKind, State};
use html5ever::tokenizer::{
    BufferQueue, Doctype, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{ns, Attribute, LocalName, QualName, TokenizerResult};
use memchr::{memchr, memchr2, memmem};
use scraper::{Html, HtmlTreeSink};

type Builder = TreeBuilder<<HtmlTreeSink as TreeSink>::Handle, HtmlTreeSink>;

/// Parses a whole document, as `Html::parse_document` does.
pub(crate) fn parse_document(text: &str) -> Html {
    if text.len() >= u32::MAX as usize || memchr2(b'\0', b'\r', text.as_bytes()).is_some() {
        return Html::parse_document(text);
    }
    // One and a half nodes for each `<` (an element, or text after an end
    // tag), up to 65536, makes room for 99% of dev pages' trees at once
    // (0.73, 1.22 and 1.50 nodes per `<` at their 10th, 50th and 99th
    // percentiles), where the tree's array grew (and was copied) a dozen
    // times.
    let mut document = Html::new_document();
    let tags = memchr::memchr_iter(b'<', text.as_bytes()).count();
    let room = (tags + tags / 2).min(1 << 16) + 1;
    document.tree = ego_tree::Tree::with_capacity(scraper::Node::Document, room);
    let builder = TreeBuilder::new(HtmlTreeSink::new(document), TreeBuilderOpts::default());
    let page = Page {
        text,
        bytes: text.as_bytes(),
        shared: StrTendril::from_slice(text),
        builder: &builder,
    };
    let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    match page.data(start) {
        Ok(()) => {
            let _ = builder.process_token(Token::EOFToken, 1);
            builder.end();
        }
        Err(handover) => page.hand_over(handover),
    }
    builder.sink.finish()
}

/// Where html5ever's tokenizer takes over: the start of a token the
/// tokenizer here does not read, and the state it was met in.
struct Handover {
    at: usize,
    state: State,
    /// The element whose raw text the state reads.
    raw_element: Option<LocalName>,
}

impl Handover {
    fn in_data(at: usize) -> Handover {
        Handover {
            at,
            state: State::Data,
            raw_element: None,
        }
    }
}

/// html5ever's tokenizer owns its sink; this one lends it the tree builder.
struct Lent<'b>(&'b Builder);

impl TokenSink for Lent<'_> {
    type Handle = <HtmlTreeSink as TreeSink>::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Self::Handle> {
        self.0.process_token(token, line_number)
    }

    fn end(&self) {
        self.0.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.0
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Whether `b` is whitespace to the tokenizer (line breaks are `\n` by
/// then).
pub(crate) fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b' ')
}

/// What follows a tag's name or an attribute, as the standard's states.
#[derive(Clone, Copy)]
enum InTag {
    BeforeAttributeName,
    SelfClosing,
    AfterAttributeValue,
}

/// A character reference read: the text it stands for (`&` when it is
/// none) and where reading goes on.
struct Reference {
    text: StrTendril,
    end: usize,
}

impl Reference {
    /// No reference: the `&` stands for itself and reading goes on at `end`.
    fn none(end: usize) -> Reference {
        Reference {
            text: StrTendril::from_slice("&"),
            end,
        }
    }
}

/// A page being tokenized into the tree builder.
struct Page<'t, 'b> {
    text: &'t str,
    bytes: &'t [u8],
    /// The text once more as a tendril, so that texts and values without
    /// references are shared slices of it, not copies.
    shared: StrTendril,
    builder: &'b Builder,
}

impl Page<'_, '_> {
    fn slice(&self, range: std::ops::Range<usize>) -> StrTendril {
        self.shared
            .subtendril(range.start as u32, (range.end - range.start) as u32)
    }

    /// Where the whitespace from `at` ends.
    fn after_spaces(&self, mut at: usize) -> usize {
        while self.bytes.get(at).copied().is_some_and(is_space) {
            at += 1;
        }
        at
    }

    fn emit(&self, token: Token) -> TokenSinkResult<<HtmlTreeSink as TreeSink>::Handle> {
        self.builder.process_token(token, 1)
    }

    fn emit_text(&self, text: StrTendril) {
        if !text.is_empty() {
            let _ = self.emit(Token::CharacterTokens(text));
        }
    }

    fn parse_error(&self) {
        let _ = self.emit(Token::ParseError(Cow::Borrowed(
            "Invalid character reference",
        )));
    }

    /// The data state, from `at` to the end of the page.
    fn data(&self, mut at: usize) -> Result<(), Handover> {
        loop {
            let Some(found) = memchr2(b'<', b'&', &self.bytes[at..]) else {
                self.emit_text(self.slice(at..self.bytes.len()));
                return Ok(());
            };
            let mark = at + found;
            self.emit_text(self.slice(at..mark));
            if self.bytes[mark] == b'&' {
                let reference = self
                    .reference(mark + 1, false)
                    .ok_or(Handover::in_data(mark))?;
                self.emit_text(reference.text);
                at = reference.end;
                continue;
            }
            at = self.markup(mark)?;
        }
    }

    /// A `<` in the data state: a tag, a comment, a doctype or text.
    fn markup(&self, at: usize) -> Result<usize, Handover> {
        let bytes = self.bytes;
        match bytes.get(at + 1) {
            Some(b) if b.is_ascii_alphabetic() => self.tag(at, at + 1, TagKind::StartTag, None),
            Some(b'/') if bytes.get(at + 2).is_some_and(u8::is_ascii_alphabetic) => {
                self.tag(at, at + 2, TagKind::EndTag, None)
            }
            Some(b'!') if bytes[at + 2..].starts_with(b"--") => self.comment(at),
            Some(b'!')
                if bytes
                    .get(at + 2..at + 9)
                    .is_some_and(|word| word.eq_ignore_ascii_case(b"doctype")) =>
            {
                self.doctype(at)
            }
            Some(b'/' | b'!' | b'?') | None => Err(Handover::in_data(at)),
            Some(_) => {
                self.emit_text(self.slice(at..at + 1));
                Ok(at + 1)
            }
        }
    }

    /// A start or end tag whose `<` is at `start` and name at `name_at`;
    /// `raw` is the element whose raw text the tag ends, if it does.
    /// Returns where the data state goes on.
    fn tag(
        &self,
        start: usize,
        name_at: usize,
        kind: TagKind,
        raw: Option<(RawKind, &LocalName)>,
    ) -> Result<usize, Handover> {
        let bytes = self.bytes;
        let handover = || match raw {
            Some((kind, element)) => Handover {
                at: start,
                state: State::RawData(kind),
                raw_element: Some(element.clone()),
            },
            None => Handover::in_data(start),
        };
        let mut at = name_at;
        while at < bytes.len() && !matches!(bytes[at], b'\t' | b'\n' | b'\x0C' | b' ' | b'/' | b'>')
        {
            at += 1;
        }
        let name = lowercase(&self.text[name_at..at]);
        let mut attrs: Vec<Attribute> = Vec::new();
        let mut self_closing = false;
        let mut state = InTag::BeforeAttributeName;
        loop {
            let Some(&b) = bytes.get(at) else {
                return Err(handover());
            };
            match (state, b) {
                (_, b'>') if !matches!(state, InTag::SelfClosing) => break,
                (InTag::SelfClosing, b'>') => {
                    self_closing = true;
                    break;
                }
                (InTag::BeforeAttributeName, b) if is_space(b) => at += 1,
                (InTag::AfterAttributeValue, b) if is_space(b) => {
                    at += 1;
                    state = InTag::BeforeAttributeName;
                }
                (_, b'/') => {
                    at += 1;
                    state = InTag::SelfClosing;
                }
                (InTag::SelfClosing | InTag::AfterAttributeValue, _) => {
                    state = InTag::BeforeAttributeName
                }
                (InTag::BeforeAttributeName, _) => {
                    // An attribute's name: its first character may be `=`.
                    let name_start = at;
                    at += 1;
                    while at < bytes.len()
                        && !matches!(
                            bytes[at],
                            b'\t' | b'\n' | b'\x0C' | b' ' | b'/' | b'=' | b'>'
                        )
                    {
                        at += 1;
                    }
                    let name = lowercase(&self.text[name_start..at]);
                    at = self.after_spaces(at);
                    let value = if bytes.get(at) == Some(&b'=') {
                        at = self.after_spaces(at + 1);
                        match bytes.get(at) {
                            None => return Err(handover()),
                            Some(&quote @ (b'"' | b'\'')) => {
                                let (value, end) = self
                                    .attribute_value(at + 1, Some(quote))
                                    .ok_or_else(handover)?;
                                at = end + 1;
                                state = InTag::AfterAttributeValue;
                                value
                            }
                            Some(b'>') => StrTendril::new(),
                            Some(_) => {
                                let (value, end) =
                                    self.attribute_value(at, None).ok_or_else(handover)?;
                                at = end;
                                value
                            }
                        }
                    } else {
                        StrTendril::new()
                    };
                    if !attrs.iter().any(|attr| *attr.name.local == *name) {
                        attrs.push(Attribute {
                            name: QualName::new(None, ns!(), LocalName::from(&*name)),
                            value,
                        });
                    }
                }
            }
        }
        let name = LocalName::from(&*name);
        let result = self.emit(Token::TagToken(Tag {
            kind,
            name: name.clone(),
            self_closing,
            attrs,
        }));
        let after = at + 1;
        match result {
            TokenSinkResult::Continue => Ok(after),
            // html5ever's parser feeds its tokenizer anew after a script,
            // and each feed drops a byte order mark that starts it.
            TokenSinkResult::Script(_) if self.text[after..].starts_with('\u{feff}') => {
                Ok(after + '\u{feff}'.len_utf8())
            }
            TokenSinkResult::Script(_) => Ok(after),
            TokenSinkResult::Plaintext => Err(Handover {
                at: after,
                state: State::Plaintext,
                raw_element: None,
            }),
            TokenSinkResult::RawData(kind) => self.raw_text(after, kind, &name),
        }
    }

    /// An attribute's value from `at` up to its closing quote (or, unquoted,
    /// to a space or `>`): the value and where it ends.
    fn attribute_value(&self, mut at: usize, quote: Option<u8>) -> Option<(StrTendril, usize)> {
        let bytes = self.bytes;
        let ends = |b: u8| match quote {
            Some(quote) => b == quote,
            None => is_space(b) || b == b'>',
        };
        let mut value: Option<StrTendril> = None;
        let mut run = at;
        loop {
            if let Some(quote) = quote {
                at += memchr2(quote, b'&', &bytes[at..])?;
            }
            let b = *bytes.get(at)?;
            if ends(b) {
                let last = self.slice(run..at);
                let value = match value {
                    Some(mut value) => {
                        value.push_tendril(&last);
                        value
                    }
                    None => last,
                };
                return Some((value, at));
            }
            if b == b'&' {
                let reference = self.reference(at + 1, true)?;
                let value = value.get_or_insert_with(StrTendril::new);
                value.push_slice(&self.text[run..at]);
                value.push_tendril(&reference.text);
                at = reference.end;
                run = at;
                continue;
            }
            at += 1;
        }
    }

    /// The raw text of the element `name`, from `at`, up to its end tag,
    /// which is read as a tag.
    fn raw_text(&self, at: usize, kind: RawKind, name: &LocalName) -> Result<usize, Handover> {
        let bytes = self.bytes;
        let handover = |from: usize| Handover {
            at: from,
            state: State::RawData(kind),
            raw_element: Some(name.clone()),
        };
        let ends_here = |lt: usize| {
            bytes.get(lt + 1) == Some(&b'/')
                && bytes
                    .get(lt + 2..lt + 2 + name.len())
                    .is_some_and(|word| word.eq_ignore_ascii_case(name.as_bytes()))
                && bytes
                    .get(lt + 2 + name.len())
                    .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
        };
        let mut run = at;
        let mut search = at;
        loop {
            let found = match kind {
                RawKind::Rcdata => memchr2(b'<', b'&', &bytes[search..]),
                _ => memchr(b'<', &bytes[search..]),
            };
            let Some(found) = found else {
                if kind == RawKind::ScriptData && script_escapes(&bytes[at..]) {
                    return Err(handover(at));
                }
                self.emit_text(self.slice(run..bytes.len()));
                return Ok(bytes.len());
            };
            let mark = search + found;
            if bytes[mark] == b'&' {
                self.emit_text(self.slice(run..mark));
                let reference = self
                    .reference(mark + 1, false)
                    .ok_or_else(|| handover(mark))?;
                self.emit_text(reference.text);
                run = reference.end;
                search = reference.end;
            } else if ends_here(mark) {
                if kind == RawKind::ScriptData && script_escapes(&bytes[at..mark]) {
                    return Err(handover(at));
                }
                self.emit_text(self.slice(run..mark));
                return self.tag(mark, mark + 2, TagKind::EndTag, Some((kind, name)));
            } else {
                search = mark + 1;
            }
        }
    }

    /// A comment whose `<!--` is at `at`, in the common form: no dashes
    /// around its text and `-->` ending it.
    fn comment(&self, at: usize) -> Result<usize, Handover> {
        let text_at = at + 4;
        let rest = &self.bytes[text_at..];
        if rest.starts_with(b"-->") {
            let _ = self.emit(Token::CommentToken(StrTendril::new()));
            return Ok(text_at + 3);
        }
        if rest.starts_with(b">") || rest.starts_with(b"->") {
            return Err(Handover::in_data(at));
        }
        match memmem::find(rest, b"--") {
            Some(dashes) if rest.get(dashes + 2) == Some(&b'>') => {
                let _ = self.emit(Token::CommentToken(self.slice(text_at..text_at + dashes)));
                Ok(text_at + dashes + 3)
            }
            _ => Err(Handover::in_data(at)),
        }
    }

    /// A doctype whose `<!` is at `at`, in the common forms: a name, then
    /// nothing, a quoted public identifier (and system identifier) or a
    /// quoted system identifier.
    fn doctype(&self, at: usize) -> Result<usize, Handover> {
        let bytes = self.bytes;
        let odd = || Handover::in_data(at);
        let mut i = at + 9;
        if !bytes.get(i).copied().is_some_and(is_space) {
            return Err(odd());
        }
        i = self.after_spaces(i);
        let name_at = i;
        while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
            i += 1;
        }
        if i == name_at || i == bytes.len() {
            return Err(odd());
        }
        let mut doctype = Doctype {
            name: Some(StrTendril::from_slice(&lowercase(&self.text[name_at..i]))),
            ..Doctype::default()
        };
        i = self.after_spaces(i);
        let quoted = |i: usize| -> Option<(StrTendril, usize)> {
            let quote = *bytes.get(i).filter(|&&b| b == b'"' || b == b'\'')?;
            let len = memchr(quote, &bytes[i + 1..])?;
            let id = &bytes[i + 1..i + 1 + len];
            (!id.contains(&b'>')).then(|| (self.slice(i + 1..i + 1 + len), i + 2 + len))
        };
        let keyword = bytes.get(i..i + 6);
        if keyword.is_some_and(|word| word.eq_ignore_ascii_case(b"public")) {
            if !bytes.get(i + 6).copied().is_some_and(is_space) {
                return Err(odd());
            }
            let (public_id, end) = quoted(self.after_spaces(i + 6)).ok_or_else(odd)?;
            doctype.public_id = Some(public_id);
            i = end;
            if bytes.get(i).copied().is_some_and(is_space) {
                i = self.after_spaces(i);
                if bytes.get(i) != Some(&b'>') {
                    let (system_id, end) = quoted(i).ok_or_else(odd)?;
                    doctype.system_id = Some(system_id);
                    i = self.after_spaces(end);
                }
            }
        } else if keyword.is_some_and(|word| word.eq_ignore_ascii_case(b"system")) {
            if !bytes.get(i + 6).copied().is_some_and(is_space) {
                return Err(odd());
            }
            let (system_id, end) = quoted(self.after_spaces(i + 6)).ok_or_else(odd)?;
            doctype.system_id = Some(system_id);
            i = self.after_spaces(end);
        }
        if bytes.get(i) != Some(&b'>') {
            return Err(odd());
        }
        let _ = self.emit(Token::DoctypeToken(doctype));
        Ok(i + 1)
    }

    /// The character reference after an `&` at `at - 1`, read as the
    /// standard's states read it (in an attribute value a name without `;`
    /// before `=` or a letter stands for itself). None when the page ends
    /// inside it.
    fn reference(&self, at: usize, in_attribute: bool) -> Option<Reference> {
        let bytes = self.bytes;
        match *bytes.get(at)? {
            b'#' => self.numeric_reference(at + 1),
            b if b.is_ascii_alphanumeric() => {
                // The longest name that is an entity, as far as the names
                // go on matching.
                let mut end = at;
                let mut matched: Option<((u32, u32), usize)> = None;
                let missed = loop {
                    let c = self.text[end..].chars().next()?;
                    end += c.len_utf8();
                    match NAMED_ENTITIES.get(&self.text[at..end]) {
                        Some(&entity) => {
                            if entity.0 != 0 {
                                matched = Some((entity, end));
                            }
                        }
                        None => break c,
                    }
                };
                let Some(((first, second), name_end)) = matched else {
                    if missed.is_ascii_alphanumeric() {
                        let mut i = end;
                        while bytes.get(i)?.is_ascii_alphanumeric() {
                            i += 1;
                        }
                        if bytes[i] == b';' {
                            self.parse_error();
                        }
                    } else if missed == ';' {
                        self.parse_error();
                    }
                    return Some(Reference::none(at));
                };
                let next = self.text[name_end..].chars().next();
                if bytes[name_end - 1] != b';' {
                    if in_attribute && next.is_some_and(|c| c == '=' || c.is_ascii_alphanumeric()) {
                        return Some(Reference::none(at));
                    }
                    self.parse_error();
                }
                let mut text = StrTendril::new();
                text.push_char(char::from_u32(first)?);
                if second != 0 {
                    text.push_char(char::from_u32(second)?);
                }
                Some(Reference {
                    text,
                    end: name_end,
                })
            }
            _ => Some(Reference::none(at)),
        }
    }

    /// A numeric character reference after `&#` at `at - 2`.
    fn numeric_reference(&self, at: usize) -> Option<Reference> {
        let bytes = self.bytes;
        let (base, digits_at) = match *bytes.get(at)? {
            b'x' | b'X' => (16, at + 1),
            _ => (10, at),
        };
        let mut i = digits_at;
        let mut number: u32 = 0;
        let mut too_big = false;
        while let Some(digit) = (*bytes.get(i)? as char).to_digit(base) {
            number = number.wrapping_mul(base);
            too_big |= number > 0x10FFFF;
            number = number.wrapping_add(digit);
            i += 1;
        }
        if i == digits_at {
            self.parse_error();
            return Some(Reference::none(at - 1));
        }
        if bytes[i] == b';' {
            i += 1;
        } else {
            self.parse_error();
        }
        let (c, error) = match number {
            n if n > 0x10FFFF || too_big => ('\u{fffd}', true),
            0x00 | 0xD800..=0xDFFF => ('\u{fffd}', true),
            0x80..=0x9F => (
                C1_REPLACEMENTS[(number - 0x80) as usize]
                    .or_else(|| char::from_u32(number))
                    .unwrap_or('\u{fffd}'),
                true,
            ),
            0x01..=0x08 | 0x0B | 0x0D..=0x1F | 0x7F | 0xFDD0..=0xFDEF => {
                (char::from_u32(number)?, true)
            }
            n if (n & 0xFFFE) == 0xFFFE => (char::from_u32(n)?, true),
            n => (char::from_u32(n)?, false),
        };
        if error {
            self.parse_error();
        }
        let mut text = StrTendril::new();
        text.push_char(c);
        Some(Reference { text, end: i })
    }

    /// Tokenizes the rest of the page with html5ever's tokenizer, from the
    /// token and in the state the tokenizer here stopped at.
    fn hand_over(&self, handover: Handover) {
        // Each feed drops a byte order mark that starts it (the first, and
        // each after a script): a mark of our own goes first, for the
        // first to drop.
        let tokenizer = Tokenizer::new(
            Lent(self.builder),
            TokenizerOpts {
                initial_state: Some(handover.state),
                last_start_tag_name: handover.raw_element.map(|name| name.to_string()),
                ..TokenizerOpts::default()
            },
        );
        let queue = BufferQueue::default();
        queue.push_back(StrTendril::from_slice("\u{feff}"));
        if handover.at < self.text.len() {
            queue.push_back(StrTendril::from_slice(&self.text[handover.at..]));
        }
        while let TokenizerResult::Script(_) = tokenizer.feed(&queue) {}
        tokenizer.end();
    }
}

/// Whether a script's text holds `<!--`, which puts the tokenizer in the
/// escaped states, where `</script>` may not end it.
fn script_escapes(text: &[u8]) -> bool {
    memmem::find(text, b"<!--").is_some()
}

fn lowercase(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Asserts the page parses to the tree and quirks mode html5ever's own
    /// parse gives (proptest takes the panic for a failed case).
    fn assert_same_tree(text: &str) {
        let ours = parse_document(text);
        let theirs = Html::parse_document(text);
        assert_eq!(ours.html(), theirs.html(), "page: {text:?}");
        assert_eq!(ours.quirks_mode, theirs.quirks_mode, "page: {text:?}");
    }

    #[test]
    fn common_markup_parses_as_html5ever_parses_it() {
        for page in [
            "",
            "plain text",
            "\u{feff}<p>after a byte order mark",
            "<!DOCTYPE html><html><head><title>A &amp; B</title></head><body><p class=x>Hi</p></body></html>",
            r#"<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><table><p>x</table>"#,
            r#"<!doctype html public "-//W3C//DTD HTML 4.01 Transitional//EN"><table><p>quirks</table>"#,
            "<!DOCTYPE html SYSTEM 'about:legacy-compat'><p>x",
            "<p>a < b && c &copy 2023 &copy; &#169; &#xA9; &#x80; &#0; &#1114112; &notin; &notit; &amp",
            r#"<a href="/x?a=1&copy=2&amp;b=3&lt=4" title='it&#39;s' data-x=y&z>link</a>"#,
            "<div id=a id=b ID=c =d e/ f = 'g'h>dup</div><br/><img src=x />",
            "<pre>\nfirst line dropped</pre><pre>&#10;also dropped</pre><textarea>\nkept?</textarea>",
            "<script>var a = '</div>'; if (a < b) {}</script><p>after",
            "<script><!--\ndocument.write('<script></script>');\n--></script><p>escaped",
            "<script type=application/ld+json>{\"a\": \"</scripts>\"}</SCRIPT ><p>x",
            "<style>p > a { color: red }</style ><title>T &lt; U</title x=1>",
            "<noscript><img src=x></noscript><iframe><p>raw</iframe><xmp><b></xmp>",
            "<!-- a comment --><!----><!-- a <!-- b --><!--x--!><!-->",
            "<svg><![CDATA[ x < y ]]><style><p></style></svg><math><mi>x</mi></math>",
            "<?xml version='1.0'?><p>processing</p></ p></>",
            "<plaintext><p>all text",
            "<p>ends inside a tag <a href='x",
            "<p>ends in a reference &am",
            "<title>ends in raw text",
            "<table><tr><td>a<td>b</table><select><option>1<option>2</select>",
            "<b><i>misnested</b></i><a><div>adoption</a></div>",
            "text with a\rcarriage return and a \0 nul",
            "<frameset><frame></frameset>",
            "<p>中文 &nbsp;的&mdash;标点</p>",
            "<a title=\"x\"y>after value</a><a/b>",
            "<script></script>\u{feff}\u{feff}<p>two marks, one dropped",
            "<?x><script></script>\u{feff}<p>dropped after a handover too",
            "<plaintext>\u{feff}kept",
        ] {
            assert_same_tree(page);
        }
    }

    /// Pieces of markup, good and bad, that random pages are made of.
    const PIECES: &[&str] = &[
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<a href=\"/x?a=1&b=2\">",
        "</a>",
        "<span class='c'>",
        "text",
        "中文",
        " ",
        "\n",
        "\t",
        "&",
        "&amp;",
        "&amp",
        "&copy=",
        "&#39;",
        "&#x",
        "&#",
        "&nbsp",
        "&notin",
        "<",
        ">",
        "/",
        "=",
        "\"",
        "'",
        "<br/>",
        "<img src=x alt=y>",
        "<title>",
        "</title>",
        "<textarea>",
        "</textarea>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "--!>",
        "<style>",
        "</style>",
        "<noscript>",
        "</noscript>",
        "<pre>",
        "</pre>",
        "<table>",
        "<tr>",
        "<td>",
        "</table>",
        "<select>",
        "<option>",
        "<svg>",
        "</svg>",
        "<math>",
        "<![CDATA[",
        "]]>",
        "<!DOCTYPE html>",
        "<!doctype html public \"x\">",
        "<?x>",
        "</ x>",
        "</>",
        "<plaintext>",
        "<frameset>",
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<html>",
        "<body>",
        "<head>",
        "<meta charset=utf-8>",
        "<li>",
        "<ul>",
        "<h1>",
        "</h1>",
        "<DIV CLASS=A>",
        "<a b c=d e='f' g=\"h\"/>",
        "\r",
        "\0",
    ];

    /// Characters and words the tokenizer's states turn on, for pages of
    /// tag soup.
    const CHARACTERS: &[&str] = &[
        "<",
        "/",
        "!",
        "-",
        ">",
        "&",
        "#",
        "x",
        ";",
        "=",
        "\"",
        "'",
        " ",
        "\n",
        "?",
        "[",
        "]",
        "a",
        "A",
        "b",
        "1",
        "9",
        "中",
        "script",
        "title",
        "style",
        "textarea",
        "pre",
        "svg",
        "doctype",
        "DOCTYPE",
        " html",
        "public",
        "system",
        "amp",
        "not",
        "copy",
        "CDATA",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<p>",
        "<table>",
        "\u{feff}",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn random_pages_parse_as_html5ever_parses_them(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)
        ) {
            assert_same_tree(&pieces.concat());
        }

        #[test]
        fn random_characters_parse_as_html5ever_parses_them(
            pieces in proptest::collection::vec(proptest::sample::select(CHARACTERS), 0..60)
        ) {
            assert_same_tree(&pieces.concat());
        }
    }
}
