//! A flat, pre-order copy of the parsed document that every other module
//! walks: node `i`'s subtree is the index range `i + 1 .. nodes[i].end`, so
//! "is inside", "comes before" and "the elements between A and B" are integer
//! comparisons, and per-subtree text statistics are computed once.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node as HtmlNode};

/// What a node of the flat document is.
#[derive(Clone, Copy)]
pub(crate) enum Kind<'a> {
    /// An element, by its (lower-case) local name.
    Element(&'a str),
    /// A text node.
    Text(&'a str),
}

/// One node of the flat document.
pub(crate) struct Node<'a> {
    pub kind: Kind<'a>,
    /// Index of the parent node (`usize::MAX` for top-level nodes).
    pub parent: usize,
    /// One past the last index of this node's subtree.
    pub end: usize,
    /// Non-whitespace characters in the subtree.
    pub chars: u32,
    /// Of those, characters inside `<a href>`.
    pub link_chars: u32,
    /// Where the element's class and id lie in [`Dom::class_ids`] (empty
    /// for text and for elements without them).
    class_id: (u32, u32),
    /// Where the element's attributes lie in [`Dom::attrs`] (empty for
    /// text).
    attrs: (u32, u32),
}

/// Things read from `<head>` (and the rest of the page) while flattening.
#[derive(Default)]
pub(crate) struct HeadInfo {
    /// `(name or property, content)` of every `<meta>`, names lower-cased.
    pub metas: Vec<(String, String)>,
    /// Bodies of `<script type="application/ld+json">`.
    pub ld_json: Vec<String>,
    /// `<title>` text.
    pub title: Option<String>,
    /// `<link rel=canonical href>`.
    pub canonical: Option<String>,
    /// `<base href>`.
    pub base: Option<String>,
    /// `<html lang>`.
    pub html_lang: Option<String>,
}

/// A node of the parsed tree while it is open during [`Dom::build`].
struct OpenNode {
    id: ego_tree::NodeId,
    /// Its index in the flat document, if kept.
    index: Option<usize>,
    /// Whether it starts an opaque element.
    opaque: bool,
    /// Whether it is an `<a href>`.
    link: bool,
}

/// The flattened document.
pub(crate) struct Dom<'a> {
    pub nodes: Vec<Node<'a>>,
    /// `(name, value)` of every attribute of the kept elements, element
    /// after element: read from one array, not from the parsed tree's
    /// interned names, as the rules look attributes up by name many times.
    attrs: Vec<(&'a str, &'a str)>,
    /// The class and id attributes of every kept element, lower-cased,
    /// each followed by a space, element after element (one string for
    /// the page rather than one per element).
    class_ids: String,
    pub head: HeadInfo,
    /// The page's own address, when known: links to it (or to its
    /// canonical URL) lead into the page, not elsewhere.
    pub page_url: Option<url::Url>,
}

/// Elements whose content is never page text (`<rt>` / `<rp>` are ruby
/// readings printed over the characters, not part of the sentence).
fn is_opaque(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "iframe"
            | "object"
            | "canvas"
            | "select"
            | "textarea"
            | "math"
            | "title"
            | "rt"
            | "rp"
    )
}

/// Attribute `name` (lower case) of `el`, found by comparing names as
/// strings.
fn attr_of<'a>(el: &'a scraper::node::Element, name: &str) -> Option<&'a str> {
    find_attr(el.attrs(), name)
}

/// Every attribute whose value the extractor's rules read: a page is
/// parsed without the others' values when no site profile's selectors
/// read it (see `unread_text`).
pub(crate) const READ_ATTRIBUTES: [&str; 24] = [
    "align",
    "alt",
    "aria-current",
    "aria-hidden",
    "aria-label",
    "aria-labelledby",
    "class",
    "content",
    "datetime",
    "hidden",
    "href",
    "http-equiv",
    "id",
    "itemprop",
    "itemtype",
    "lang",
    "name",
    "property",
    "rel",
    "size",
    "style",
    "title",
    "type",
    "xml:lang",
];

/// The value of the attribute `name` among `attrs`.
fn find_attr<'a>(
    mut attrs: impl Iterator<Item = (&'a str, &'a str)>,
    name: &str,
) -> Option<&'a str> {
    debug_assert!(
        READ_ATTRIBUTES.contains(&name),
        "`{name}` is read: list it in READ_ATTRIBUTES"
    );
    attrs.find_map(|(k, v)| (k == name).then_some(v))
}

impl<'a> Dom<'a> {
    /// Flattens a parsed document in one pass (no recursion, so deeply nested
    /// junk cannot overflow the stack). The stack of open nodes follows each
    /// node's real parent: the tree walk can miss `Close` edges on trees the
    /// parser rebuilt around misnested tags (`<h2><a name=x>` never closed).
    pub fn build(html: &'a Html) -> Dom<'a> {
        // At most one node per node of the tree.
        let mut nodes: Vec<Node<'a>> = Vec::with_capacity(html.tree.nodes().count());
        let mut attrs: Vec<(&'a str, &'a str)> = Vec::new();
        let mut class_ids = String::new();
        let mut head = HeadInfo::default();
        let mut stack: Vec<OpenNode> = Vec::with_capacity(64);
        let mut opaque = 0usize; // opaque elements open
        let mut in_link = 0usize;
        // Closes the top node of the stack.
        let close_top = |stack: &mut Vec<OpenNode>,
                         nodes: &mut Vec<Node<'a>>,
                         opaque: &mut usize,
                         in_link: &mut usize| {
            if let Some(top) = stack.pop() {
                if let Some(idx) = top.index {
                    nodes[idx].end = nodes.len();
                }
                *opaque -= usize::from(top.opaque);
                *in_link -= usize::from(top.link);
            }
        };
        for edge in html.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let parent_id = node.parent().map(|p| p.id());
                    while stack.last().is_some_and(|top| Some(top.id) != parent_id) {
                        close_top(&mut stack, &mut nodes, &mut opaque, &mut in_link);
                    }
                    let mut open = OpenNode {
                        id: node.id(),
                        index: None,
                        opaque: false,
                        link: false,
                    };
                    let parent = stack
                        .iter()
                        .rev()
                        .find_map(|e| e.index)
                        .unwrap_or(usize::MAX);
                    match node.value() {
                        _ if opaque > 0 => {}
                        HtmlNode::Element(el) => {
                            let name: &'a str = el.name();
                            let eref = ElementRef::wrap(node).expect("element node");
                            read_head_element(&mut head, name, eref);
                            if is_opaque(name) {
                                open.opaque = true;
                                opaque += 1;
                            } else {
                                let idx = nodes.len();
                                let first = attrs.len();
                                attrs.extend(el.attrs());
                                let own = &attrs[first..];
                                nodes.push(Node {
                                    kind: Kind::Element(name),
                                    parent,
                                    end: idx + 1,
                                    chars: 0,
                                    link_chars: 0,
                                    class_id: push_class_id(&mut class_ids, own),
                                    attrs: (first as u32, attrs.len() as u32),
                                });
                                open.index = Some(idx);
                                open.link =
                                    name == "a" && find_attr(own.iter().copied(), "href").is_some();
                                in_link += usize::from(open.link);
                            }
                        }
                        HtmlNode::Text(t) => {
                            let text: &'a str = t;
                            let idx = nodes.len();
                            let chars = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
                            nodes.push(Node {
                                kind: Kind::Text(text),
                                parent,
                                end: idx + 1,
                                chars,
                                link_chars: if in_link > 0 { chars } else { 0 },
                                class_id: (0, 0),
                                attrs: (0, 0),
                            });
                            open.index = Some(idx);
                        }
                        _ => {}
                    }
                    stack.push(open);
                }
                Edge::Close(node) => {
                    if stack.last().is_some_and(|top| top.id == node.id()) {
                        close_top(&mut stack, &mut nodes, &mut opaque, &mut in_link);
                    }
                }
            }
        }
        while !stack.is_empty() {
            close_top(&mut stack, &mut nodes, &mut opaque, &mut in_link);
        }
        // Subtree sums: children have larger indices than their parent.
        for i in (0..nodes.len()).rev() {
            let p = nodes[i].parent;
            if p != usize::MAX {
                let (c, l) = (nodes[i].chars, nodes[i].link_chars);
                nodes[p].chars += c;
                nodes[p].link_chars += l;
            }
        }
        Dom {
            nodes,
            attrs,
            class_ids,
            head,
            page_url: None,
        }
    }

    /// The element's local name, or `None` for text.
    pub fn name(&self, i: usize) -> Option<&'a str> {
        match self.nodes[i].kind {
            Kind::Element(n) => Some(n),
            Kind::Text(_) => None,
        }
    }

    /// An attribute of element `i` (`name` in lower case, as the parser
    /// stores attribute names). The element's few attributes in
    /// [`Dom::attrs`] are compared as strings: scraper's own lookup interns
    /// `name` on every call.
    pub fn attr(&self, i: usize, name: &str) -> Option<&'a str> {
        find_attr(self.attributes(i).iter().copied(), name)
    }

    /// All `(name, value)` attributes of element `i` (none for text).
    pub fn attributes(&self, i: usize) -> &[(&'a str, &'a str)] {
        let (first, end) = self.nodes[i].attrs;
        &self.attrs[first as usize..end as usize]
    }

    /// Whether `inner` lies inside the subtree of `outer` (or is `outer`).
    pub fn contains(&self, outer: usize, inner: usize) -> bool {
        inner >= outer && inner < self.nodes[outer].end
    }

    /// The element after `i` under the same parent, past any text
    /// between them.
    pub fn next_element_sibling(&self, i: usize) -> Option<usize> {
        let parent = self.nodes[i].parent;
        let mut k = self.nodes[i].end;
        while k < self.nodes.len() && self.nodes[k].parent == parent {
            if self.name(k).is_some() {
                return Some(k);
            }
            k = self.nodes[k].end;
        }
        None
    }

    /// Ancestors of `i`, nearest first (not including `i`).
    pub fn ancestors(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let mut cur = self.nodes[i].parent;
        std::iter::from_fn(move || {
            if cur == usize::MAX {
                None
            } else {
                let c = cur;
                cur = self.nodes[c].parent;
                Some(c)
            }
        })
    }

    /// Child nodes of `i` (elements and text), in order: one step per
    /// child, skipping over its subtree.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.nodes[i].end;
        let mut next = i + 1;
        std::iter::from_fn(move || {
            (next < end).then(|| {
                let child = next;
                next = self.nodes[child].end.max(child + 1);
                child
            })
        })
    }

    /// Indices of the elements in the subtree of `i` (not `i` itself).
    pub fn elements_in(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (i + 1..self.nodes[i].end).filter(|&j| matches!(self.nodes[j].kind, Kind::Element(..)))
    }

    /// The texts in the subtree of `i`, in document order, as the page
    /// writes them.
    pub fn texts_in(&self, i: usize) -> impl Iterator<Item = &'a str> + '_ {
        self.nodes[i + 1..self.nodes[i].end]
            .iter()
            .filter_map(|n| match n.kind {
                Kind::Text(t) => Some(t),
                Kind::Element(..) => None,
            })
    }

    /// Lower-cased tokens of the class and id attributes, split at `-`, `_`
    /// and whitespace. A BEM name whose element is the content or a wrapper
    /// (`sidebar-grid__content`, `x__container`) gives only the tokens of
    /// that element: it is the content, not a sidebar.
    pub fn class_tokens(&self, i: usize) -> impl Iterator<Item = &str> + '_ {
        self.class_id(i)
            .split_whitespace()
            .flat_map(|name| {
                // (The last `__`, found bytewise: a searcher for it per
                // name costs more than the name.)
                let element = name
                    .as_bytes()
                    .windows(2)
                    .rposition(|w| w == b"__")
                    .map(|at| &name[at + 2..]);
                let name = match element {
                    Some(el)
                        if matches!(
                            el,
                            "content"
                                | "body"
                                | "text"
                                | "main"
                                | "article"
                                | "story"
                                | "container"
                                | "inner"
                                | "wrapper"
                                | "wrap"
                        ) =>
                    {
                        el
                    }
                    _ => name,
                };
                name.split(['-', '_'])
            })
            .filter(|t| !t.is_empty())
    }

    /// Whether element `j` is a link to the site's home page (`/`, or a URL
    /// with no path).
    pub fn is_home_link(&self, j: usize) -> bool {
        self.name(j) == Some("a")
            && self.attr(j, "href").is_some_and(|h| {
                let h = h.trim().trim_end_matches('/');
                h.is_empty()
                    || h.rsplit_once("//")
                        .is_some_and(|(_, host)| !host.contains('/'))
            })
    }

    /// Whether a link's `href` leads to another story: not into this page
    /// (see [`Dom::links_into_page`]), not to a place in another page, and
    /// not to a site's home (`/`, `/.`, `https://example.com/`).
    pub fn links_to_story(&self, href: &str) -> bool {
        let href = href.trim();
        if href.contains('#') || self.links_into_page(href) {
            return false;
        }
        let target = match &self.page_url {
            Some(page) => page.join(href),
            None => url::Url::parse(href),
        };
        target.map_or(true, |t| !t.path().trim_matches(['/', '.']).is_empty())
    }

    /// Whether a link's `href` leads into this page: to a place in it
    /// (`#7`), or to the page's own address or canonical URL, as a blog
    /// post's heading links to its permalink.
    pub fn links_into_page(&self, href: &str) -> bool {
        let href = href.trim();
        if href.starts_with('#') {
            return true;
        }
        let Some(page) = &self.page_url else {
            return false;
        };
        let Ok(target) = page.join(href) else {
            return false;
        };
        let is_target = |u: &url::Url| {
            u.host_str() == target.host_str()
                && u.path().trim_end_matches('/') == target.path().trim_end_matches('/')
                && u.query() == target.query()
        };
        is_target(page)
            || self
                .head
                .canonical
                .as_deref()
                .and_then(|c| page.join(c).ok())
                .is_some_and(|c| is_target(&c))
    }

    /// Class and id attributes joined, lower-cased (for substring hints).
    pub fn class_id(&self, i: usize) -> &str {
        let (first, end) = self.nodes[i].class_id;
        &self.class_ids[first as usize..end as usize]
    }

    /// Text of the subtree: block boundaries become `\n`, whitespace runs
    /// inside a line become one space, lines are trimmed, empty lines dropped.
    pub fn text(&self, i: usize) -> String {
        self.collapsed_text(i, Lines::Shown)
    }

    /// Text of the subtree on one line (block boundaries become spaces).
    pub fn text_inline(&self, i: usize) -> String {
        self.collapsed_text(i, Lines::None)
    }

    /// The elements among `nodes` whose text on one line is `text`, in
    /// document order (their count of non-space characters, kept for each
    /// node, is compared first).
    pub fn elements_showing<'s>(
        &'s self,
        nodes: std::ops::Range<usize>,
        text: &'s str,
    ) -> impl DoubleEndedIterator<Item = usize> + 's {
        let chars = text.chars().filter(|c| !c.is_whitespace()).count();
        nodes.filter(move |&i| {
            self.nodes[i].chars as usize == chars
                && self.name(i).is_some()
                && self.text_inline(i) == text
        })
    }

    /// Text of the subtree with a `\n` only where the markup breaks the
    /// line (`<br>`, a block boundary); line breaks in the source text are
    /// spaces, as in `By\n   Jane Roe`. A labelled value ends at such a
    /// break: `By Jane Roe<br>Associated Press` names one author.
    pub fn text_marked_lines(&self, i: usize) -> String {
        self.collapsed_text(i, Lines::Marked)
    }

    /// Text of the subtree in one pass: `<br>`, block boundaries and (unless
    /// only marked lines are kept) line breaks in the text are line gaps,
    /// other whitespace (and table cell boundaries) space gaps; see
    /// [`Collapser`].
    fn collapsed_text(&self, i: usize, lines: Lines) -> String {
        let end = self.nodes[i].end;
        // Room for the texts and a gap between each two: one allocation.
        let room = self.nodes[i..end]
            .iter()
            .map(|n| match n.kind {
                Kind::Text(t) => t.len() + 1,
                Kind::Element(..) => 0,
            })
            .sum();
        let mut w = Collapser::new(lines, room);
        // Ends of the open block elements, and of spans in marked lines.
        let mut closers: Vec<usize> = Vec::new();
        let mut span_ends: Vec<usize> = Vec::new();
        for j in i..end {
            while closers.last().is_some_and(|&e| j >= e) {
                closers.pop();
                w.line_gap();
            }
            while span_ends.last().is_some_and(|&e| j >= e) {
                span_ends.pop();
                w.span_gap();
            }
            match self.nodes[j].kind {
                Kind::Text(t) => w.push_str(t),
                Kind::Element(name) => {
                    if lines == Lines::Marked && name == "span" && j > i {
                        w.span_gap();
                        span_ends.push(self.nodes[j].end);
                    }
                    if is_block(name) {
                        w.line_gap();
                        closers.push(self.nodes[j].end);
                    } else if name == "br" {
                        w.line_gap();
                    } else if matches!(name, "td" | "th") {
                        w.space_gap();
                    }
                }
            }
        }
        w.out
    }

    /// Index of the `<body>` element (or 0).
    pub fn body_index(&self) -> usize {
        (0..self.nodes.len())
            .find(|&i| self.name(i) == Some("body"))
            .unwrap_or(0)
    }
}

/// Appends `class` and `id` of an element to `class_ids`, lower-cased, each
/// followed by a space; returns where they lie.
fn push_class_id(class_ids: &mut String, attrs: &[(&str, &str)]) -> (u32, u32) {
    let first = class_ids.len();
    for name in ["class", "id"] {
        if let Some(v) = find_attr(attrs.iter().copied(), name) {
            class_ids.push_str(v);
            class_ids.push(' ');
        }
    }
    class_ids[first..].make_ascii_lowercase();
    (first as u32, class_ids.len() as u32)
}

/// Collects `<meta>`, `<title>`, `<link rel=canonical>`, `<base>`, `<html lang>`
/// and JSON-LD from one element.
fn read_head_element(head: &mut HeadInfo, name: &str, el: ElementRef<'_>) {
    let v = el.value();
    match name {
        "meta" => {
            let key = attr_of(v, "property")
                .or_else(|| attr_of(v, "name"))
                .or_else(|| attr_of(v, "itemprop"))
                .or_else(|| attr_of(v, "http-equiv"));
            if let (Some(k), Some(c)) = (key, attr_of(v, "content")) {
                head.metas
                    .push((k.trim().to_ascii_lowercase(), c.trim().to_string()));
            }
        }
        "title" if head.title.is_none() => {
            let t = collapse_ws(&el.text().collect::<String>());
            if !t.is_empty() {
                head.title = Some(t);
            }
        }
        "link" => {
            let rel = attr_of(v, "rel").unwrap_or("").to_ascii_lowercase();
            if head.canonical.is_none() && rel.split_whitespace().any(|r| r == "canonical") {
                head.canonical = attr_of(v, "href").map(|h| h.trim().to_string());
            }
        }
        "base" if head.base.is_none() => {
            head.base = attr_of(v, "href").map(|h| h.trim().to_string());
        }
        "html" if head.html_lang.is_none() => {
            head.html_lang = attr_of(v, "lang")
                .or_else(|| attr_of(v, "xml:lang"))
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty());
        }
        "script" => {
            let ty = attr_of(v, "type").unwrap_or("").to_ascii_lowercase();
            if ty.contains("ld+json") {
                head.ld_json.push(el.text().collect());
            }
        }
        _ => {}
    }
}

/// A list of words looked for inside class and id values, all in one pass
/// over the value (the values of a page are many and short: one search
/// per word would cost more than the values' length).
pub(crate) struct Substrings(regex::Regex);

impl Substrings {
    /// Looks for `words` as written (class and id values are lower-cased
    /// in [`Dom::class_id`]).
    pub fn new(words: &[&str]) -> Substrings {
        Substrings::build(words, false)
    }

    /// Looks for `words` in any case.
    pub fn any_case(words: &[&str]) -> Substrings {
        Substrings::build(words, true)
    }

    fn build(words: &[&str], any_case: bool) -> Substrings {
        let alternation: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        let regex = regex::RegexBuilder::new(&alternation.join("|"))
            .case_insensitive(any_case)
            .build()
            .expect("escaped words form a valid regex");
        Substrings(regex)
    }

    /// Whether one of the words occurs in `value`.
    pub fn in_value(&self, value: &str) -> bool {
        self.0.is_match(value)
    }
}

/// The lower-cased words of a class or id value: runs of letters and
/// digits, split again where a lowercase letter meets a capital
/// (`BylineName` gives `byline`, `name`).
pub(crate) fn class_words(value: &str) -> Vec<String> {
    let mut words = Vec::new();
    for run in value.split(|c: char| !c.is_alphanumeric()) {
        let mut word = String::new();
        let mut after_lower = false;
        for c in run.chars() {
            if c.is_uppercase() && after_lower && !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
            after_lower = c.is_lowercase() || c.is_ascii_digit();
            word.extend(c.to_lowercase());
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    words
}

/// Elements that start a new line of text.
pub(crate) fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "table"
            | "tbody"
            | "thead"
            | "tr"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "form"
            | "address"
            | "hr"
            | "center"
            | "body"
            | "html"
    )
}

/// Whitespace runs (including the ideographic space and nbsp) become one
/// space; soft hyphens, which a reader sees only where a line breaks
/// (`Kaupunki&shy;pyörät`), are dropped.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == '\u{ad}' {
            continue;
        }
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// A gap between two runs of text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Gap {
    None,
    /// A `<span>` boundary in marked-lines text: a space when a CJK
    /// character stands on either side (`来源：中国新闻网<span>分享到`),
    /// else nothing (`<span>Jo</span>hn`).
    Span,
    Space,
    Line,
}

/// Which line breaks collapsed text keeps as `\n`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lines {
    /// None: the text is one line.
    None,
    /// Those the markup makes (`<br>`, blocks), not those in the source.
    Marked,
    /// Those the markup makes and those in the source text.
    Shown,
}

/// Builds collapsed text: between two non-space characters, a gap that
/// holds a line break the [`Lines`] mode keeps becomes `\n`, any other gap
/// one space; nothing leads or trails.
struct Collapser {
    out: String,
    lines: Lines,
    gap: Gap,
}

impl Collapser {
    fn new(lines: Lines, room: usize) -> Self {
        Collapser {
            out: String::with_capacity(room),
            lines,
            gap: Gap::None,
        }
    }

    fn line_gap(&mut self) {
        self.gap = Gap::Line;
    }

    fn space_gap(&mut self) {
        if matches!(self.gap, Gap::None | Gap::Span) {
            self.gap = Gap::Space;
        }
    }

    fn span_gap(&mut self) {
        if self.gap == Gap::None {
            self.gap = Gap::Span;
        }
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            if c == '\n' && self.lines == Lines::Shown {
                self.line_gap();
            } else if c.is_whitespace() {
                self.space_gap();
            } else {
                if !self.out.is_empty() {
                    match self.gap {
                        Gap::Line if self.lines != Lines::None => self.out.push('\n'),
                        Gap::Line | Gap::Space => self.out.push(' '),
                        Gap::Span if is_cjk(c) || self.out.ends_with(is_cjk) => self.out.push(' '),
                        Gap::Span | Gap::None => {}
                    }
                }
                self.gap = Gap::None;
                self.out.push(c);
            }
        }
    }
}

/// Whether a link's text is a word for the home page (`首页`, `网站首页`,
/// `Home`, `Startseite`, `Accueil`, `Inicio`), not a site's or a
/// section's name.
pub(crate) fn is_home_word(text: &str) -> bool {
    let text = text.trim().to_lowercase();
    [
        "首页",
        "首頁",
        "主页",
        "主頁",
        "home",
        "startseite",
        "accueil",
        "inicio",
    ]
    .iter()
    .any(|h| text.ends_with(h))
}

/// Whether a character is CJK (Han, kana, hangul, CJK punctuation).
pub(crate) fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c as u32, 0x3000..=0x303F | 0x3040..=0x30FF | 0xAC00..=0xD7AF | 0xFF00..=0xFFEF)
}

/// Whether a character is a Han character (not CJK punctuation, kana or
/// hangul).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn children_step_over_subtrees() {
        let html = Html::parse_document(
            "<body><ul id=list><li>a <b>b</b></li>text<li><i>c</i></li></ul></body>",
        );
        let dom = Dom::build(&html);
        let list = (0..dom.nodes.len())
            .find(|&i| dom.name(i) == Some("ul"))
            .unwrap();
        let names: Vec<Option<&str>> = dom.children(list).map(|c| dom.name(c)).collect();
        assert_eq!(names, [Some("li"), None, Some("li")]);
        // Its texts, nested or not, in order; none from beside it.
        let texts: Vec<&str> = dom.texts_in(list).collect();
        assert_eq!(texts, ["a ", "b", "text", "c"]);
        let first_li = list + 1;
        assert_eq!(dom.texts_in(first_li).collect::<Vec<_>>(), ["a ", "b"]);
    }

    #[test]
    fn flattens_with_subtree_ranges_and_link_stats() {
        let html = Html::parse_document(
            "<html lang=zh><head><title>T</title><meta name=author content=X></head>\
             <body><div id=a><p>abc <a href=/x>de</a></p><script>var x=1</script></div></body></html>",
        );
        let dom = Dom::build(&html);
        assert_eq!(dom.head.title.as_deref(), Some("T"));
        assert_eq!(dom.head.html_lang.as_deref(), Some("zh"));
        assert_eq!(
            dom.head.metas,
            vec![("author".to_string(), "X".to_string())]
        );
        let div = (0..dom.nodes.len())
            .find(|&i| dom.attr(i, "id") == Some("a"))
            .unwrap();
        assert_eq!(dom.nodes[div].chars, 5);
        assert_eq!(dom.nodes[div].link_chars, 2);
        assert_eq!(dom.text(div), "abc de");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let s = "<div>".repeat(5_000) + "x";
        let html = Html::parse_document(&s);
        let dom = Dom::build(&html);
        assert!(!dom.nodes.is_empty());
    }

    #[test]
    fn class_tokens_read_bem_content_elements() {
        let html = Html::parse_document(
            "<body><div id=a class='sidebar-grid__content x_y'></div>\
             <div id=b class='mtbn-related__post'></div><div id=c class='styles_Promo__Ab1c'></div></body>",
        );
        let dom = Dom::build(&html);
        let find = |id: &str| {
            (0..dom.nodes.len())
                .find(|&i| dom.attr(i, "id") == Some(id))
                .unwrap()
        };
        let tokens = |id: &str| dom.class_tokens(find(id)).collect::<Vec<_>>();
        assert_eq!(tokens("a"), ["content", "x", "y", "a"]);
        assert_eq!(tokens("b"), ["mtbn", "related", "post", "b"]);
        assert_eq!(tokens("c"), ["styles", "promo", "ab1c", "c"]);
    }

    #[test]
    fn the_last_double_underscore_parts_a_bem_name() {
        let html = Html::parse_document(
            "<body><div id=a class='card___inner'></div><div id=b class='a__b__body'></div>\
             <div id=c class='x__y__main__more'></div></body>",
        );
        let dom = Dom::build(&html);
        let tokens = |id: &str| {
            let i = (0..dom.nodes.len())
                .find(|&i| dom.attr(i, "id") == Some(id))
                .unwrap();
            dom.class_tokens(i).collect::<Vec<_>>()
        };
        assert_eq!(tokens("a"), ["inner", "a"]);
        assert_eq!(tokens("b"), ["body", "b"]);
        assert_eq!(tokens("c"), ["x", "y", "main", "more", "c"]);
    }

    #[test]
    fn substrings_are_found_as_written_or_in_any_case() {
        let words = Substrings::new(&["nav", "ad-", "a.b"]);
        assert!(words.in_value("top-navbar "));
        assert!(words.in_value("ad-slot "));
        assert!(words.in_value("x a.b "));
        // Words are literal: `.` is no wildcard; case counts.
        assert!(!words.in_value("axb adslot "));
        assert!(!words.in_value("NAV "));
        assert!(!words.in_value(""));
        let any_case = Substrings::any_case(&["author", "by"]);
        assert!(any_case.in_value("articleAuthor"));
        assert!(any_case.in_value("writtenBY"));
        assert!(!any_case.in_value("headline"));
    }

    #[test]
    fn ruby_readings_are_not_text() {
        let html = Html::parse_document(
            "<body><p id=a><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby></p></body>",
        );
        let dom = Dom::build(&html);
        let p = (0..dom.nodes.len())
            .find(|&i| dom.attr(i, "id") == Some("a"))
            .unwrap();
        assert_eq!(dom.text(p), "子どもへの虐待");
        assert_eq!(dom.nodes[p].chars, 7);
    }

    #[test]
    fn text_collapses_spaces_and_keeps_lines() {
        let html = Html::parse_document(
            "<body><div id=a>  one \u{3000} two\n three<br> <span> four </span><p>five</p>\
             <table><tr><td>six</td><td>seven</td></tr></table>\r\n</div></body>",
        );
        let dom = Dom::build(&html);
        let a = (0..dom.nodes.len())
            .find(|&i| dom.attr(i, "id") == Some("a"))
            .unwrap();
        assert_eq!(dom.text(a), "one two\nthree\nfour\nfive\nsix seven");
        assert_eq!(dom.text_inline(a), "one two three four five six seven");
    }

    #[test]
    fn misnested_anchors_keep_every_subtree_range() {
        // Unclosed `<a name>` in headings and a stray `<a/>`: the parser
        // rebuilds the anchors around later blocks.
        let part =
            "<h2><a name=x>Part</h2><blockquote><p>Some text with <a href=/t>a link<a/> and more.\
                    <p>Another paragraph</blockquote>";
        let html = Html::parse_document(&format!(
            "<html><body><h1>T</h1>{}</body></html>",
            part.repeat(3)
        ));
        let dom = Dom::build(&html);
        let body = dom.body_index();
        assert_eq!(dom.nodes[0].end, dom.nodes.len());
        assert_eq!(dom.nodes[body].end, dom.nodes.len());
        for i in 0..dom.nodes.len() {
            let p = dom.nodes[i].parent;
            assert!(
                p == usize::MAX || (p < i && dom.nodes[p].end >= dom.nodes[i].end),
                "{i}"
            );
        }
        assert_eq!(dom.text(body).matches("Another paragraph").count(), 3);
    }

    #[test]
    fn marked_lines_break_at_markup_not_at_source_line_breaks() {
        let html = Html::parse_document(
            "<body><p id=x>By\n   Jane Roe<br>Associated Press<span>, Rome</span></p></body>",
        );
        let dom = Dom::build(&html);
        let p = (0..dom.nodes.len())
            .find(|&i| dom.attr(i, "id") == Some("x"))
            .unwrap();
        assert_eq!(
            dom.text_marked_lines(p),
            "By Jane Roe\nAssociated Press, Rome"
        );
        assert_eq!(dom.text(p), "By\nJane Roe\nAssociated Press, Rome");
        assert_eq!(dom.text_inline(p), "By Jane Roe Associated Press, Rome");
    }

    #[test]
    fn marked_lines_part_cjk_text_at_span_boundaries() {
        let html = Html::parse_document(
            "<body><div id=x>来源：中国新闻网<span><a>分享到：</a></span></div>\
             <p id=y><span>Jo</span>hn <span>Roe</span>, Rome</p></body>",
        );
        let dom = Dom::build(&html);
        let by_id = |id: &str| {
            (0..dom.nodes.len())
                .find(|&i| dom.attr(i, "id") == Some(id))
                .unwrap()
        };
        assert_eq!(
            dom.text_marked_lines(by_id("x")),
            "来源：中国新闻网 分享到："
        );
        assert_eq!(dom.text_inline(by_id("x")), "来源：中国新闻网分享到：");
        // Latin words split by spans stay whole.
        assert_eq!(dom.text_marked_lines(by_id("y")), "John Roe, Rome");
    }

    #[test]
    fn words_for_the_home_page_are_no_names() {
        for home in [
            "首页",
            "网站首页",
            "頻道首頁",
            "Home",
            " Startseite ",
            "Accueil",
        ] {
            assert!(is_home_word(home), "{home}");
        }
        for name in ["观察者网", "首页新闻网", "Homestead Times"] {
            assert!(!is_home_word(name), "{name}");
        }
    }
}
