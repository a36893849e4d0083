//! Scoring extracted fields against a labelled corpus (the layout of
//! `corpus/<name>/<id>.html.gz` + `<id>.json`), for `snapcrawl eval`.
//!
//! Pure: a [`Prediction`] and the page's truth (JSON) go in, a [`PageScore`]
//! comes out; [`Tally`] sums pages per corpus. Metrics:
//! - body: token precision and recall per page (tokens are runs of letters
//!   and digits, and every CJK character on its own), averaged over pages;
//!   F1 is the harmonic mean of the two averages (the Scrapinghub method);
//! - snippets: `body_with` / `body_start` / `body_end` must appear and
//!   `body_without` must not, after whitespace normalisation; pooled F1;
//! - title, source, category, editor: equal after whitespace normalisation;
//! - author: the same set of names (case, "By", separators ignored; `and`,
//!   German `und` and French `et` between names are separators too);
//! - published: the same day (or the label's coarser precision).
//!
//! An absent label is not scored; a `null` label is right only when nothing
//! was extracted.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use serde_json::Value;

/// What an extractor produced for one page.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Prediction {
    /// Headline.
    pub title: Option<String>,
    /// Author(s).
    pub author: Option<String>,
    /// Publication time as text; the first 10 characters are its day.
    pub published: Option<String>,
    /// Publisher.
    pub source: Option<String>,
    /// Section.
    pub category: Option<String>,
    /// 责任编辑.
    #[serde(default)]
    pub editor: Option<String>,
    /// Main text.
    pub body: Option<String>,
}

/// The metadata fields compared for equality, in report order.
pub const FIELDS: [&str; 6] = [
    "title",
    "published",
    "author",
    "source",
    "category",
    "editor",
];

/// How one page scored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageScore {
    /// Body token precision and recall, when the page labels a body.
    pub body: Option<(f64, f64)>,
    /// Snippet outcomes: (expected present, found) per snippet.
    pub snippets: Vec<(bool, bool)>,
    /// Field → right or wrong, for labelled fields.
    pub fields: BTreeMap<&'static str, bool>,
}

/// Whitespace runs collapsed to one space, trimmed.
pub fn normalize(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Body tokens: runs of letters and digits (lower-cased), and each CJK
/// character on its own.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Token precision and recall of `got` against `want` (multisets). An
/// empty side scores 1 when both are empty, else 0.
pub fn token_precision_recall(got: &str, want: &str) -> (f64, f64) {
    let got = tokens(got);
    let want = tokens(want);
    if got.is_empty() || want.is_empty() {
        let both = got.is_empty() && want.is_empty();
        return if both { (1.0, 1.0) } else { (0.0, 0.0) };
    }
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for t in &want {
        *counts.entry(t).or_default() += 1;
    }
    let mut overlap = 0usize;
    for t in &got {
        if let Some(n) = counts.get_mut(t.as_str()) {
            if *n > 0 {
                *n -= 1;
                overlap += 1;
            }
        }
    }
    (
        overlap as f64 / got.len() as f64,
        overlap as f64 / want.len() as f64,
    )
}

fn author_names(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let mut names: Vec<String> = lower
        .split([';', ',', '、', '/', '|', '，', '；'])
        .flat_map(|part| {
            let part = part.replace(" und ", " and ").replace(" et ", " and ");
            part.split(" and ").map(str::to_owned).collect::<Vec<_>>()
        })
        .flat_map(|part| part.split(" & ").map(str::to_owned).collect::<Vec<_>>())
        .map(|n| {
            let n = normalize(&n);
            let n = n.strip_prefix("by ").unwrap_or(&n).trim();
            n.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
        })
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Whether two author strings name the same people.
pub fn same_authors(got: &str, want: &str) -> bool {
    let want_names = author_names(want);
    // zh-wce writes several authors space-separated.
    let got_names = author_names(got);
    got_names == want_names || {
        let spaced = |v: &[String]| {
            let mut all: Vec<String> = v
                .iter()
                .flat_map(|n| n.split(' ').map(str::to_owned))
                .collect();
            all.sort();
            all
        };
        spaced(&got_names) == spaced(&want_names)
    }
}

/// Whether a predicted time falls on the labelled day. The label is compared
/// at its own precision: `2005-05-07 21:23`, `2004-12-10` and `1998-03` all
/// compare by as many of year, month and day as they have.
pub fn same_day(got: &str, want: &str) -> bool {
    let want = want.trim();
    let precision = if want.len() >= 10 { 10 } else { want.len() };
    let (Some(g), Some(w)) = (got.trim().get(..precision), want.get(..precision)) else {
        return false;
    };
    g == w
}

fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => Some(
            items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("; "),
        ),
        _ => None,
    }
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// Scores one page: `truth` is the page's JSON labels.
pub fn score_page(prediction: &Prediction, truth: &Value) -> PageScore {
    let mut score = PageScore::default();
    let body = prediction.body.as_deref().unwrap_or_default();
    if let Some(want) = truth.get("body") {
        let want = text_of(want).unwrap_or_default();
        score.body = Some(token_precision_recall(body, &want));
    }
    let normalized_body = normalize(body);
    for (key, expected) in [
        ("body_with", true),
        ("body_start", true),
        ("body_end", true),
        ("body_without", false),
    ] {
        let snippets: Vec<String> = match truth.get(key) {
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect(),
            _ => Vec::new(),
        };
        for snippet in snippets {
            let snippet = normalize(&snippet);
            if !snippet.is_empty() {
                score
                    .snippets
                    .push((expected, normalized_body.contains(&snippet)));
            }
        }
    }
    for field in FIELDS {
        let Some(label) = truth.get(field) else {
            continue;
        };
        let got = match field {
            "title" => present(&prediction.title),
            "published" => present(&prediction.published),
            "author" => present(&prediction.author),
            "source" => present(&prediction.source),
            "category" => present(&prediction.category),
            _ => present(&prediction.editor),
        };
        let right = match (got, text_of(label)) {
            (None, None) => true,
            (Some(_), None) | (None, Some(_)) => false,
            (Some(got), Some(want)) => match field {
                "published" => same_day(got, &want),
                "author" | "editor" => same_authors(got, &want),
                _ => normalize(got) == normalize(&want),
            },
        };
        score.fields.insert(field, right);
    }
    score
}

/// Sums of page scores for one corpus (or all of them).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    /// Pages scored.
    pub pages: u64,
    /// Pages whose extraction panicked or failed.
    pub errors: u64,
    body_pages: u64,
    body_precision: f64,
    body_recall: f64,
    snippet_tp: u64,
    snippet_fp: u64,
    snippet_fn: u64,
    fields: BTreeMap<&'static str, (u64, u64)>,
    /// Extraction seconds summed.
    pub seconds: f64,
    /// Slowest page, seconds.
    pub max_seconds: f64,
}

impl Tally {
    /// Adds a page that took `seconds`.
    pub fn add(&mut self, score: &PageScore, seconds: f64) {
        self.pages += 1;
        self.seconds += seconds;
        self.max_seconds = self.max_seconds.max(seconds);
        if let Some((p, r)) = score.body {
            self.body_pages += 1;
            self.body_precision += p;
            self.body_recall += r;
        }
        for &(expected, found) in &score.snippets {
            match (expected, found) {
                (true, true) => self.snippet_tp += 1,
                (true, false) => self.snippet_fn += 1,
                (false, true) => self.snippet_fp += 1,
                (false, false) => {}
            }
        }
        for (field, &right) in &score.fields {
            let entry = self.fields.entry(field).or_default();
            entry.1 += 1;
            if right {
                entry.0 += 1;
            }
        }
    }

    /// Adds every page of another tally.
    pub fn merge(&mut self, other: &Tally) {
        self.pages += other.pages;
        self.errors += other.errors;
        self.body_pages += other.body_pages;
        self.body_precision += other.body_precision;
        self.body_recall += other.body_recall;
        self.snippet_tp += other.snippet_tp;
        self.snippet_fp += other.snippet_fp;
        self.snippet_fn += other.snippet_fn;
        for (field, (right, all)) in &other.fields {
            let entry = self.fields.entry(field).or_default();
            entry.0 += right;
            entry.1 += all;
        }
        self.seconds += other.seconds;
        self.max_seconds = self.max_seconds.max(other.max_seconds);
    }

    /// Body F1 of the mean precision and mean recall, if any page labels a body.
    pub fn body_f1(&self) -> Option<f64> {
        if self.body_pages == 0 {
            return None;
        }
        let p = self.body_precision / self.body_pages as f64;
        let r = self.body_recall / self.body_pages as f64;
        Some(if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        })
    }

    /// Pooled snippet F1, if the corpus has snippets.
    pub fn snippet_f1(&self) -> Option<f64> {
        let (tp, fp, fn_) = (
            self.snippet_tp as f64,
            self.snippet_fp as f64,
            self.snippet_fn as f64,
        );
        if tp + fp + fn_ == 0.0 {
            return None;
        }
        Some(2.0 * tp / (2.0 * tp + fp + fn_))
    }

    /// Share of labelled pages where `field` was right, and how many were labelled.
    pub fn field(&self, field: &str) -> Option<(f64, u64)> {
        let (right, all) = *self.fields.get(field)?;
        (all > 0).then(|| (right as f64 / all as f64, all))
    }

    /// Pages per second of extraction time.
    pub fn pages_per_second(&self) -> f64 {
        if self.seconds == 0.0 {
            0.0
        } else {
            self.pages as f64 / self.seconds
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cjk_characters_are_tokens_and_words_are_lowercased() {
        assert_eq!(
            tokens("新华社 Beijing, July-14 报道"),
            ["新", "华", "社", "beijing", "july", "14", "报", "道"]
        );
    }

    #[test]
    fn token_scores_count_repeats_once_each() {
        let (p, r) = token_precision_recall("a a b", "a b c d");
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
        assert_eq!(token_precision_recall("", ""), (1.0, 1.0));
        assert_eq!(token_precision_recall("x", ""), (0.0, 0.0));
    }

    #[test]
    fn authors_compare_as_name_sets() {
        assert!(same_authors(
            "By Jane Roe and John Doe",
            "John Doe; Jane Roe"
        ));
        assert!(same_authors("张三 李四", "李四、张三"));
        assert!(same_authors("Jane Roe; John Doe", "Jane Roe und John Doe"));
        assert!(same_authors(
            "Jane Roe and John Doe",
            "Jane Roe et John Doe"
        ));
        assert!(!same_authors("Jane Roe", "John Doe"));
    }

    #[test]
    fn days_compare_at_the_labels_precision() {
        assert!(same_day("2023-07-14T22:23:00+08:00", "2023-07-14 22:23"));
        assert!(same_day("1998-03-02T00:00:00+08:00", "1998-03"));
        assert!(!same_day("2023-07-15T00:10:00+08:00", "2023-07-14"));
        assert!(!same_day("2023", "2023-07-14"));
    }

    #[test]
    fn absent_labels_are_not_scored_and_null_labels_want_nothing() {
        let truth = json!({"title": "A  headline", "author": null, "body_with": ["two words"], "body_without": ["Share this"]});
        let prediction = Prediction {
            title: Some("A headline".into()),
            author: None,
            source: Some("Site".into()),
            body: Some("There are two\nwords here.".into()),
            ..Default::default()
        };
        let score = score_page(&prediction, &truth);
        assert_eq!(score.fields.get("title"), Some(&true));
        assert_eq!(score.fields.get("author"), Some(&true));
        assert_eq!(score.fields.get("source"), None);
        assert_eq!(score.snippets, [(true, true), (false, false)]);
        let mut tally = Tally::default();
        tally.add(&score, 0.01);
        assert_eq!(tally.snippet_f1(), Some(1.0));
        assert_eq!(tally.field("title"), Some((1.0, 1)));
        assert_eq!(tally.body_f1(), None);
    }

    #[test]
    fn body_f1_is_the_harmonic_mean_of_mean_precision_and_recall() {
        let mut tally = Tally::default();
        for (got, want) in [("a b", "a b"), ("a", "a b c d")] {
            let truth = json!({ "body": want });
            let prediction = Prediction {
                body: Some(got.into()),
                ..Default::default()
            };
            tally.add(&score_page(&prediction, &truth), 0.0);
        }
        // mean P = 1, mean R = (1 + 0.25) / 2 = 0.625
        let f1 = tally.body_f1().unwrap();
        assert!((f1 - 2.0 * 0.625 / 1.625).abs() < 1e-9, "{f1}");
    }
}
