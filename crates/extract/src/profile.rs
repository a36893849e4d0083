//! Site profiles: for hosts whose pages the generic rules get wrong, CSS
//! selectors per field and the site's time zone. A profile overrides the
//! generic result field by field, and only where its selector matches
//! something non-empty; every other field keeps the generic rule.
//!
//! ```
//! use snapcrawl_extract::{ProfileSpec, SiteProfile};
//!
//! let spec: ProfileSpec = toml_like(r#"{
//!     "hosts": ["news.example.com"],
//!     "time_zone": "+08:00",
//!     "selectors": { "title": "h1.headline", "body": "div.story" }
//! }"#);
//! let profile = SiteProfile::new("example", spec).unwrap();
//! assert!(profile.matches("news.example.com"));
//! assert!(!profile.matches("example.com"));
//! # fn toml_like(s: &str) -> ProfileSpec { serde_json::from_str(s).unwrap() }
//! ```

use chrono::FixedOffset;
use scraper::{ElementRef, Html, Selector};
use serde::Deserialize;

use crate::dates;
use crate::dom::collapse_ws;
use crate::Extraction;

/// A profile as written in `config/sites/<name>.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSpec {
    /// Host names the profile applies to (exact, case-insensitive).
    pub hosts: Vec<String>,
    /// The site's UTC offset for dates that state none, e.g. `+08:00`.
    #[serde(default)]
    pub time_zone: Option<String>,
    /// CSS selectors per field.
    #[serde(default)]
    pub selectors: SelectorSpec,
}

/// CSS selectors per field; each is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelectorSpec {
    /// The headline.
    pub title: Option<String>,
    /// The article text; paragraphs, headings and list items inside the
    /// matched elements become the body's paragraphs.
    pub body: Option<String>,
    /// The element showing the publication time.
    pub published: Option<String>,
    /// The author's name(s).
    pub author: Option<String>,
    /// The publisher (来源).
    pub source: Option<String>,
    /// The section (类别).
    pub category: Option<String>,
    /// The responsible editor (责任编辑).
    pub editor: Option<String>,
}

/// Why a profile cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// A selector does not parse.
    #[error("selectors.{field}: bad CSS selector {selector:?}: {message}")]
    Selector {
        /// The field it is for.
        field: &'static str,
        /// The selector as written.
        selector: String,
        /// What the parser said.
        message: String,
    },
    /// The time zone is not an offset.
    #[error("time_zone: {0:?} is not an offset such as \"+08:00\" or \"UTC\"")]
    TimeZone(String),
    /// The profile names no host.
    #[error("hosts: a profile must name at least one host")]
    NoHosts,
}

/// A checked profile, its selectors compiled.
#[derive(Debug)]
pub struct SiteProfile {
    /// The profile's name (its file stem).
    pub name: String,
    hosts: Vec<String>,
    /// The site's offset for dates that state none.
    pub time_zone: Option<FixedOffset>,
    title: Option<Selector>,
    body: Option<Selector>,
    published: Option<Selector>,
    author: Option<Selector>,
    source: Option<Selector>,
    category: Option<Selector>,
    editor: Option<Selector>,
}

fn compile(
    field: &'static str,
    selector: &Option<String>,
) -> Result<Option<Selector>, ProfileError> {
    selector
        .as_deref()
        .map(|s| {
            Selector::parse(s).map_err(|e| ProfileError::Selector {
                field,
                selector: s.to_string(),
                message: e.to_string(),
            })
        })
        .transpose()
}

fn parse_offset(text: &str) -> Option<FixedOffset> {
    let text = text.trim();
    if text.eq_ignore_ascii_case("utc") || text == "Z" {
        return FixedOffset::east_opt(0);
    }
    let (sign, rest) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    if !(0..=14).contains(&h) || !(0..60).contains(&m) {
        return None;
    }
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

impl SiteProfile {
    /// Checks and compiles a profile.
    pub fn new(name: &str, spec: ProfileSpec) -> Result<Self, ProfileError> {
        if spec.hosts.is_empty() {
            return Err(ProfileError::NoHosts);
        }
        let time_zone = spec
            .time_zone
            .as_deref()
            .map(|z| parse_offset(z).ok_or_else(|| ProfileError::TimeZone(z.to_string())))
            .transpose()?;
        let s = &spec.selectors;
        Ok(Self {
            name: name.to_string(),
            hosts: spec
                .hosts
                .iter()
                .map(|h| h.trim().to_ascii_lowercase())
                .collect(),
            time_zone,
            title: compile("title", &s.title)?,
            body: compile("body", &s.body)?,
            published: compile("published", &s.published)?,
            author: compile("author", &s.author)?,
            source: compile("source", &s.source)?,
            category: compile("category", &s.category)?,
            editor: compile("editor", &s.editor)?,
        })
    }

    /// Whether the profile is for `host`.
    pub fn matches(&self, host: &str) -> bool {
        self.hosts.iter().any(|h| h.eq_ignore_ascii_case(host))
    }

    /// Overrides the fields of `ex` whose selectors match in `html`; dates
    /// without an offset get `offset`.
    pub(crate) fn apply(&self, html: &Html, ex: &mut Extraction, offset: FixedOffset) {
        let text = |selector: &Option<Selector>| -> Option<String> {
            let first = html.select(selector.as_ref()?).next()?;
            let t = collapse_ws(&first.text().collect::<String>());
            (!t.is_empty()).then_some(t)
        };
        let set = |field: &mut Option<String>, selector: &Option<Selector>| {
            if let Some(t) = text(selector) {
                *field = Some(t);
            }
        };
        set(&mut ex.title, &self.title);
        set(&mut ex.author, &self.author);
        set(&mut ex.source, &self.source);
        set(&mut ex.category, &self.category);
        set(&mut ex.editor, &self.editor);
        if let Some(found) = self.published.as_ref().and_then(|s| {
            html.select(s).find_map(|e| {
                let shown = e
                    .value()
                    .attr("datetime")
                    .map(str::to_owned)
                    .unwrap_or_else(|| e.text().collect());
                dates::find_date(&shown).and_then(|f| f.resolve(offset))
            })
        }) {
            ex.published = Some(found);
        }
        if let Some(selector) = &self.body {
            let paragraphs: Vec<String> = html.select(selector).flat_map(paragraphs_of).collect();
            if !paragraphs.is_empty() {
                ex.body = paragraphs.join("\n\n");
            }
        }
    }
}

/// The block texts inside `element`: its paragraphs, headings, list items
/// and quotes, or its whole text when it has none.
fn paragraphs_of(element: ElementRef<'_>) -> Vec<String> {
    static BLOCKS: std::sync::LazyLock<Selector> = std::sync::LazyLock::new(|| {
        Selector::parse("p, h2, h3, h4, li, blockquote").expect("valid selector")
    });
    let blocks: Vec<String> = element
        .select(&BLOCKS)
        .map(|b| collapse_ws(&b.text().collect::<String>()))
        .filter(|t| !t.is_empty())
        .collect();
    if blocks.is_empty() {
        let whole = collapse_ws(&element.text().collect::<String>());
        return if whole.is_empty() {
            Vec::new()
        } else {
            vec![whole]
        };
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Input, Options};
    use std::sync::Arc;

    fn profile(selectors: SelectorSpec, time_zone: Option<&str>) -> SiteProfile {
        SiteProfile::new(
            "test",
            ProfileSpec {
                hosts: vec!["News.Example.com".into()],
                time_zone: time_zone.map(str::to_owned),
                selectors,
            },
        )
        .unwrap()
    }

    const PAGE: &str = r#"<html><head><title>Site</title></head><body>
        <div class="nav"><a href="/">Home</a></div>
        <h2 class="hl">The real headline of the story</h2>
        <span class="when">2024-03-05 07:30</span><span class="who" data-role="byline">Li Wei</span>
        <div class="story"><p>First paragraph of the story, with enough words to read as text.</p>
        <div class="ad">Buy now</div><p>Second paragraph.</p></div>
        <div class="sidebar"><p>Most read: something else entirely, long enough to look like text.</p></div>
        </body></html>"#;

    fn run(site: Option<SiteProfile>) -> Extraction {
        let url = url::Url::parse("http://news.example.com/a/1.html").unwrap();
        let options = Options {
            site: site.map(Arc::new),
            ..Default::default()
        };
        extract(
            &Input {
                url: &url,
                body: PAGE.as_bytes(),
                content_type: None,
            },
            &options,
        )
    }

    #[test]
    fn selectors_override_field_by_field_and_the_zone_applies() {
        let selectors = SelectorSpec {
            title: Some("h2.hl".into()),
            body: Some("div.story".into()),
            published: Some(".when".into()),
            // A data attribute's value, which the generic rules never read
            // (and cut before parsing when no profile applies).
            author: Some(r#"[data-role="byline"]"#.into()),
            category: Some(".missing".into()),
            ..Default::default()
        };
        let generic = run(None);
        let ex = run(Some(profile(selectors, Some("+08:00"))));
        assert_eq!(ex.title.as_deref(), Some("The real headline of the story"));
        assert_eq!(ex.author.as_deref(), Some("Li Wei"));
        assert_eq!(
            ex.published.unwrap().to_rfc3339(),
            "2024-03-05T07:30:00+08:00"
        );
        assert_eq!(
            ex.body,
            "First paragraph of the story, with enough words to read as text.\n\nSecond paragraph."
        );
        // No match: the generic value stays.
        assert_eq!(ex.category, generic.category);
    }

    #[test]
    fn bad_profiles_are_clear_errors() {
        let bad = ProfileSpec {
            hosts: vec!["a.example".into()],
            selectors: SelectorSpec {
                body: Some("div[".into()),
                ..Default::default()
            },
            ..Default::default()
        };
        let e = SiteProfile::new("bad", bad).unwrap_err().to_string();
        assert!(
            e.starts_with("selectors.body: bad CSS selector \"div[\""),
            "{e}"
        );
        let zone = ProfileSpec {
            hosts: vec!["a.example".into()],
            time_zone: Some("Asia/Shanghai".into()),
            ..Default::default()
        };
        assert!(matches!(
            SiteProfile::new("z", zone),
            Err(ProfileError::TimeZone(_))
        ));
        assert!(matches!(
            SiteProfile::new("h", ProfileSpec::default()),
            Err(ProfileError::NoHosts)
        ));
    }

    #[test]
    fn offsets_parse() {
        assert_eq!(parse_offset("+08:00"), FixedOffset::east_opt(8 * 3600));
        assert_eq!(
            parse_offset("-05:30"),
            FixedOffset::east_opt(-(5 * 3600 + 1800))
        );
        assert_eq!(parse_offset("UTC"), FixedOffset::east_opt(0));
        assert_eq!(parse_offset("+15:00"), None);
        assert_eq!(parse_offset("8"), None);
    }
}
