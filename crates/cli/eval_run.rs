//! `snapcrawl eval`: runs the extractor over labelled corpus folders, scores
//! it with [`crate::evaluate`], optionally beside another extractor's output
//! (JSON lines with `corpus`, `id` and the [`Prediction`] fields), and
//! prints a table per corpus.

use std::collections::{BTreeMap, HashMap};
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context;
use serde::Deserialize;
use serde_json::Value;

use crate::evaluate::{score_page, PageScore, Prediction, Tally, FIELDS};

/// One labelled page.
struct Page {
    corpus: String,
    id: String,
    html: Vec<u8>,
    truth: Value,
}

/// A peer's output line.
#[derive(Deserialize)]
struct PeerLine {
    corpus: String,
    id: String,
    #[serde(flatten)]
    prediction: Prediction,
    #[serde(default)]
    seconds: f64,
    #[serde(default)]
    error: Option<String>,
}

/// What to evaluate and how to report it.
pub struct EvalArgs {
    /// Corpus folders, or folders of corpus folders.
    pub dirs: Vec<PathBuf>,
    /// Another extractor's output to score beside ours.
    pub peer: Option<PathBuf>,
    /// Print the pages where these fields (or `body`) are wrong.
    pub misses: Vec<String>,
}

fn corpus_dirs(dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let has_pages = |d: &Path| -> bool {
        std::fs::read_dir(d).is_ok_and(|mut entries| {
            entries.any(|e| e.is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".html.gz")))
        })
    };
    if has_pages(dir) {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir() && has_pages(p))
        .collect();
    dirs.sort();
    if dirs.is_empty() {
        anyhow::bail!(
            "{}: no <id>.html.gz pages in it or its folders",
            dir.display()
        );
    }
    Ok(dirs)
}

/// The page ids of a corpus folder, sorted.
fn page_ids(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".html.gz").map(str::to_owned)
        })
        .collect();
    ids.sort();
    Ok(ids)
}

/// Reads one page and its labels (one at a time, so memory stays at one
/// page's worth).
fn load_page(dir: &Path, corpus: &str, id: &str) -> anyhow::Result<Page> {
    let gz = dir.join(format!("{id}.html.gz"));
    let mut html = Vec::new();
    flate2::read::GzDecoder::new(
        std::fs::File::open(&gz).with_context(|| format!("opening {}", gz.display()))?,
    )
    .read_to_end(&mut html)
    .with_context(|| format!("gunzipping {}", gz.display()))?;
    let label = dir.join(format!("{id}.json"));
    let truth: Value = serde_json::from_slice(
        &std::fs::read(&label).with_context(|| format!("reading {}", label.display()))?,
    )
    .with_context(|| format!("parsing {}", label.display()))?;
    Ok(Page {
        corpus: corpus.to_string(),
        id: id.to_string(),
        html,
        truth,
    })
}

/// Runs our extractor on a page: the prediction (or the message of the
/// panic it ended in) and the seconds it took.
fn ours(page: &Page) -> (Result<Prediction, String>, f64) {
    let url = page
        .truth
        .get("url")
        .and_then(Value::as_str)
        .and_then(|u| url::Url::parse(u).ok())
        .unwrap_or_else(|| {
            url::Url::parse(&format!("http://fakehost/{}.html", page.id)).expect("valid URL")
        });
    let started = Instant::now();
    let extraction = std::panic::catch_unwind(|| {
        snapcrawl_extract::extract(
            &snapcrawl_extract::Input {
                url: &url,
                body: &page.html,
                content_type: None,
            },
            &snapcrawl_extract::Options::default(),
        )
    });
    let seconds = started.elapsed().as_secs_f64();
    let prediction = extraction
        .map_err(|panic| crate::panic_message(&*panic))
        .map(|e| Prediction {
            title: e.title,
            author: e.author,
            published: e.published.map(|p| p.to_rfc3339()),
            source: e.source,
            category: e.category,
            editor: e.editor,
            body: Some(e.body),
        });
    (prediction, seconds)
}

fn load_peer(path: &Path) -> anyhow::Result<HashMap<(String, String), PeerLine>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut lines = HashMap::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line: PeerLine = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a peer output line", path.display(), n + 1))?;
        lines.insert((line.corpus.clone(), line.id.clone()), line);
    }
    Ok(lines)
}

fn cell(value: Option<f64>) -> String {
    value.map_or_else(|| "-".into(), |v| format!("{v:.3}"))
}

fn row(name: &str, extractor: &str, tally: &Tally) -> String {
    let mut out = format!(
        "{name:<12} {extractor:<16} {:>5} {:>6} {:>6}",
        tally.pages,
        cell(tally.body_f1()),
        cell(tally.snippet_f1())
    );
    for field in FIELDS {
        out.push_str(&format!(" {:>6}", cell(tally.field(field).map(|f| f.0))));
    }
    out.push_str(&format!(
        " {:>7.1} {:>6.0} {:>4}",
        tally.pages_per_second(),
        tally.max_seconds * 1000.0,
        tally.errors
    ));
    out
}

fn print_misses(page: &Page, prediction: &Prediction, score: &PageScore, misses: &[String]) {
    let short = |s: &str, n: usize| -> String {
        s.chars().take(n).collect::<String>().replace('\n', " / ")
    };
    for field in misses {
        if field == "body" {
            if let Some((p, r)) = score.body.filter(|(p, r)| p.min(*r) < 0.8) {
                let body = prediction.body.as_deref().unwrap_or_default();
                println!(
                    "{}/{} body P {p:.2} R {r:.2}: {} … {}",
                    page.corpus,
                    page.id,
                    short(body, 60),
                    short(&body.chars().rev().take(40).collect::<String>(), 40)
                );
            }
            let missed = score.snippets.iter().filter(|(want, found)| want != found);
            if missed.count() > 0 {
                println!(
                    "{}/{} snippets wrong: {:?}",
                    page.corpus, page.id, score.snippets
                );
            }
            continue;
        }
        if score.fields.get(field.as_str()) == Some(&false) {
            let got = match field.as_str() {
                "title" => &prediction.title,
                "published" => &prediction.published,
                "author" => &prediction.author,
                "source" => &prediction.source,
                "category" => &prediction.category,
                _ => &prediction.editor,
            };
            println!(
                "{}/{} {field}: got {:?} want {}",
                page.corpus,
                page.id,
                got.as_deref().unwrap_or("-"),
                page.truth.get(field.as_str()).unwrap_or(&Value::Null)
            );
        }
    }
}

/// Runs the evaluation and prints the table.
pub fn run(args: &EvalArgs) -> anyhow::Result<()> {
    let peer = args.peer.as_deref().map(load_peer).transpose()?;
    let peer_name = args
        .peer
        .as_deref()
        .and_then(Path::file_stem)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut dirs = Vec::new();
    for dir in &args.dirs {
        dirs.extend(corpus_dirs(dir)?);
    }
    let mut ours_by_corpus: BTreeMap<String, Tally> = BTreeMap::new();
    let mut peer_by_corpus: BTreeMap<String, Tally> = BTreeMap::new();
    for dir in &dirs {
        let corpus = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for id in page_ids(dir)? {
            let page = load_page(dir, &corpus, &id)?;
            let (prediction, seconds) = ours(&page);
            let tally = ours_by_corpus.entry(page.corpus.clone()).or_default();
            let prediction = prediction.unwrap_or_else(|message| {
                tally.errors += 1;
                eprintln!(
                    "{}/{}: the extractor panicked: {message}",
                    page.corpus, page.id
                );
                Prediction::default()
            });
            let score = score_page(&prediction, &page.truth);
            tally.add(&score, seconds);
            print_misses(&page, &prediction, &score, &args.misses);
            if let Some(peer) = &peer {
                let tally = peer_by_corpus.entry(page.corpus.clone()).or_default();
                match peer.get(&(page.corpus.clone(), page.id.clone())) {
                    Some(line) => {
                        if line.error.is_some() {
                            tally.errors += 1;
                        }
                        tally.add(&score_page(&line.prediction, &page.truth), line.seconds);
                    }
                    None => {
                        tally.errors += 1;
                        tally.add(&score_page(&Prediction::default(), &page.truth), 0.0);
                    }
                }
            }
        }
    }
    let mut header = format!(
        "{:<12} {:<16} {:>5} {:>6} {:>6}",
        "corpus", "extractor", "pages", "body", "snipp"
    );
    for field in FIELDS {
        header.push_str(&format!(" {:>6}", &field[..field.len().min(6)]));
    }
    header.push_str(&format!(" {:>7} {:>6} {:>4}", "pages/s", "maxms", "err"));
    println!("{header}");
    let mut all_ours = Tally::default();
    let mut all_peer = Tally::default();
    for (corpus, tally) in &ours_by_corpus {
        println!("{}", row(corpus, "snapcrawl", tally));
        all_ours.merge(tally);
        if let Some(peer_tally) = peer_by_corpus.get(corpus) {
            println!("{}", row("", &peer_name, peer_tally));
            all_peer.merge(peer_tally);
        }
    }
    println!("{}", row("all", "snapcrawl", &all_ours));
    if peer.is_some() {
        println!("{}", row("", &peer_name, &all_peer));
    }
    println!(
        "body: token F1 (CJK characters are tokens); snipp: snippet F1; fields: share right of labelled pages; pages/s: one thread, extraction only"
    );
    Ok(())
}
