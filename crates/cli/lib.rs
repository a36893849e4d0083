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

/// The message of a caught panic (`panic!` with a literal or a formatted
/// string), for the record of the page that caused it.
pub fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}
