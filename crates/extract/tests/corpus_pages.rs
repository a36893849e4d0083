//! Every page of a labelled corpus extracts without a panic and within a
//! bounded time. The corpus is not part of the repository: point
//! `SNAPCRAWL_CORPUS` at a folder of corpus folders (`<id>.html.gz` pages),
//! e.g. `SNAPCRAWL_CORPUS=../shared/corpus cargo test -p snapcrawl-extract
//! --release --test corpus_pages`. Without it the test says so and passes.

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use snapcrawl_extract::{extract, Input, Options};

/// Generous: the release build takes ~5 ms per page, the debug build ~10x.
const PER_PAGE_LIMIT: Duration = Duration::from_secs(5);

fn pages(root: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.to_string_lossy().ends_with(".html.gz") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_corpus_page_extracts_without_panic_in_bounded_time() {
    let Some(root) = std::env::var_os("SNAPCRAWL_CORPUS") else {
        eprintln!("SNAPCRAWL_CORPUS not set: no corpus to run over");
        return;
    };
    let pages = pages(Path::new(&root));
    assert!(!pages.is_empty(), "no .html.gz pages under {root:?}");
    let url = url::Url::parse("http://fakehost/page.html").unwrap();
    let mut slowest = (Duration::ZERO, String::new());
    let mut failures = Vec::new();
    for page in &pages {
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(page).unwrap())
            .read_to_end(&mut html)
            .unwrap();
        let started = Instant::now();
        let result = std::panic::catch_unwind(|| {
            extract(
                &Input {
                    url: &url,
                    body: &html,
                    content_type: None,
                },
                &Options::default(),
            )
        });
        let took = started.elapsed();
        if took > slowest.0 {
            slowest = (took, page.display().to_string());
        }
        match result {
            Err(_) => failures.push(format!("{}: panicked", page.display())),
            Ok(_) if took > PER_PAGE_LIMIT => {
                failures.push(format!("{}: took {took:?}", page.display()))
            }
            Ok(_) => {}
        }
    }
    eprintln!(
        "{} pages; slowest {:?} ({})",
        pages.len(),
        slowest.0,
        slowest.1
    );
    assert!(failures.is_empty(), "{failures:#?}");
}
