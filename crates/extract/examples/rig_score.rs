//! Throwaway bench-rig harness: runs `extract` over every article of a
//! generated site and writes the JSON lines `score.py` reads.
//!
//! ```sh
//! python3 /work/shared/bench/gen_site.py --hosts 6 --pages 60 --seed 1 --out /tmp/extract-rig/site1
//! cargo run --release -p snapcrawl-extract --example rig_score -- /tmp/extract-rig/site1 > /tmp/items.jsonl
//! python3 /work/shared/bench/score.py --site /tmp/extract-rig/site1 --items /tmp/items.jsonl
//! ```

use std::path::Path;
use std::time::Instant;

use serde_json::{json, Value};
use snapcrawl_extract::{extract, Input, Options};

fn main() {
    let site = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("RIG_SITE").ok())
        .expect("site dir");
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(Path::new(&site).join("manifest.json")).unwrap())
            .unwrap();
    let mut pages = 0usize;
    let mut bytes = 0usize;
    let mut spent = std::time::Duration::ZERO;
    for host in manifest["hosts"].as_array().unwrap() {
        let id = host["id"].as_str().unwrap();
        let charset = host["charset"].as_str().unwrap();
        let ct = format!("text/html; charset={charset}");
        let truth: Value = serde_json::from_slice(
            &std::fs::read(Path::new(&site).join(id).join("truth.json")).unwrap(),
        )
        .unwrap();
        for a in truth["articles"].as_array().unwrap() {
            let url = url::Url::parse(a["url"].as_str().unwrap()).unwrap();
            let path = a["path"].as_str().unwrap().trim_start_matches('/');
            let body = std::fs::read(Path::new(&site).join(id).join("www").join(path)).unwrap();
            let t = Instant::now();
            let ex = extract(
                &Input {
                    url: &url,
                    body: &body,
                    content_type: Some(&ct),
                },
                &Options::default(),
            );
            spent += t.elapsed();
            pages += 1;
            bytes += body.len();
            let rec = json!({
                "url": url.as_str(),
                "kind": ex.kind,
                "title": ex.title, "category": ex.category,
                "published": ex.published.map(|p| p.to_rfc3339()),
                "source": ex.source, "author": ex.author, "editor": ex.editor, "body": ex.body,
                "related": ex.related.iter().map(|r| r.url.clone()).collect::<Vec<_>>(),
                "more": ex.more.iter().map(|r| r.url.clone()).collect::<Vec<_>>(),
                "charset": ex.charset, "lang": ex.lang,
            });
            println!("{rec}");
        }
    }
    // Listing pages: front page and section pages (with their pagination).
    let mut roles = std::collections::BTreeMap::new();
    let mut kinds = std::collections::BTreeMap::new();
    for host in manifest["hosts"].as_array().unwrap() {
        let id = host["id"].as_str().unwrap();
        let ct = format!("text/html; charset={}", host["charset"].as_str().unwrap());
        let origin = format!("http://127.0.0.1:{}", host["port"]);
        let www = Path::new(&site).join(id).join("www");
        let mut stack = vec![www.clone()];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("index"))
                {
                    let rel = p
                        .strip_prefix(&www)
                        .unwrap()
                        .to_string_lossy()
                        .replace("index.html", "");
                    let url = url::Url::parse(&format!("{origin}/{rel}")).unwrap();
                    let body = std::fs::read(&p).unwrap();
                    let ex = extract(
                        &Input {
                            url: &url,
                            body: &body,
                            content_type: Some(&ct),
                        },
                        &Options::default(),
                    );
                    *kinds.entry(format!("{:?}", ex.kind)).or_insert(0) += 1;
                    for l in &ex.links {
                        *roles.entry(l.role.as_str()).or_insert(0) += 1;
                    }
                    if std::env::var("RIG_DEBUG").is_ok() {
                        eprintln!("{url} {:?} title={:?}", ex.kind, ex.title);
                        for l in &ex.links {
                            eprintln!("   {:12} {} {:?}", l.role.as_str(), l.url, l.text);
                        }
                    }
                }
            }
        }
    }
    eprintln!("listing pages: kinds {kinds:?} link roles {roles:?}");
    eprintln!(
        "{pages} pages, {:.1} MB in {:.2} s: {:.0} pages/s",
        bytes as f64 / 1e6,
        spent.as_secs_f64(),
        pages as f64 / spent.as_secs_f64()
    );
}
