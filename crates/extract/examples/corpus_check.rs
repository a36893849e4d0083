//! Throwaway corpus check: runs `extract` over `<id>.html.gz` pages of a
//! corpus folder and prints each page's fields next to its `<id>.json` truth.
//!
//! ```sh
//! cargo run --release -p snapcrawl-extract --example corpus_check -- /work/shared/corpus/gne-zh
//! ```

use std::io::Read;
use std::time::Instant;

use serde_json::Value;
use snapcrawl_extract::{extract, Input, Options};

fn short(s: &str, n: usize) -> String {
    s.chars().take(n).collect::<String>().replace('\n', " / ")
}

fn main() {
    let dir = std::env::args().nth(1).expect("corpus dir");
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| {
            e.file_name()
                .to_string_lossy()
                .strip_suffix(".html.gz")
                .map(str::to_string)
        })
        .collect();
    ids.sort();
    let mut spent = std::time::Duration::ZERO;
    for id in &ids {
        let mut raw = Vec::new();
        let f = std::fs::File::open(format!("{dir}/{id}.html.gz")).unwrap();
        flate2::read::GzDecoder::new(f)
            .read_to_end(&mut raw)
            .unwrap();
        let truth: Value = std::fs::read(format!("{dir}/{id}.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or(Value::Null);
        let url = truth["url"].as_str().and_then(|u| url::Url::parse(u).ok());
        let url = url.unwrap_or_else(|| url::Url::parse("http://fakehost/test/page.html").unwrap());
        let t = Instant::now();
        let ex = extract(
            &Input {
                url: &url,
                body: &raw,
                content_type: None,
            },
            &Options::default(),
        );
        spent += t.elapsed();
        println!(
            "== {id} [{} {:?} {:?} {}]",
            ex.charset,
            ex.charset_source,
            ex.kind,
            ex.lang.as_deref().unwrap_or("-")
        );
        for (k, v) in [
            ("title", ex.title.clone()),
            ("published", ex.published.map(|p| p.to_rfc3339())),
            ("author", ex.author.clone()),
            ("source", ex.source.clone()),
            ("category", ex.category.clone()),
            ("editor", ex.editor.clone()),
        ] {
            let tv = &truth[k];
            if tv.is_null() && v.is_none() {
                continue;
            }
            let tv = match tv {
                Value::String(s) => s.clone(),
                Value::Null => "null".into(),
                other => other.to_string(),
            };
            println!(
                "  {k:9} got {:?}\n  {:9} want {}",
                v.as_deref().unwrap_or("-"),
                "",
                short(&tv, 80)
            );
        }
        let b = &ex.body;
        println!(
            "  body     got {} chars: {} ... {}",
            b.chars().count(),
            short(b, 40),
            short(
                &b.chars()
                    .rev()
                    .take(30)
                    .collect::<String>()
                    .chars()
                    .rev()
                    .collect::<String>(),
                30
            )
        );
        for k in ["body_start", "body_end"] {
            if let Some(s) = truth[k].as_str() {
                println!("  {k:9} want {s}");
            }
        }
        println!(
            "  related {} more {} links {}",
            ex.related.len(),
            ex.more.len(),
            ex.links.len()
        );
    }
    eprintln!("{} pages in {:.2} s", ids.len(), spent.as_secs_f64());
}
