//! The `snapcrawl` command: configuration, the crawl driver, rendering and
//! the bundled demo site. `main.rs` only parses arguments and calls in here.
//!
//! See ARCHITECTURE.md for the code map and the invariants.

pub mod config;
pub mod crawl;
pub mod demo_site;
pub mod eval_run;
pub mod evaluate;
pub mod filter;
pub mod render;
pub mod revisit;
pub mod summary;
pub mod warc;
