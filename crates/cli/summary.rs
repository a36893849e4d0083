//! The end-of-crawl summary, as printed.

use std::fmt::Write as _;

use snapcrawl_store::RunSummary;

/// Human-readable summary of a run, one fact per line.
pub fn text(summary: &RunSummary) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "crawl finished ({}) in {:.1}s",
        summary.stop_reason, summary.elapsed_secs
    );
    let _ = writeln!(out, "  requests          {}", summary.requests);
    let _ = writeln!(out, "  pages fetched     {}", summary.pages_fetched);
    let _ = writeln!(out, "  records stored    {}", summary.records_stored);
    let _ = writeln!(out, "  duplicates skipped {}", summary.duplicates_skipped);
    let _ = writeln!(out, "  not modified (304) {}", summary.not_modified);
    let _ = writeln!(out, "  robots-blocked    {}", summary.robots_blocked);
    let _ = writeln!(out, "  known, not due    {}", summary.not_due);
    let _ = writeln!(out, "  resumed           {}", summary.resumed);
    let _ = writeln!(
        out,
        "  retries           {} (host waits for 429/503: {})",
        summary.retries, summary.throttles
    );
    let errors: u64 = summary.errors.values().sum();
    let by_kind: Vec<String> = summary
        .errors
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    let _ = writeln!(
        out,
        "  errors            {errors}{}",
        if by_kind.is_empty() {
            String::new()
        } else {
            format!(" ({})", by_kind.join(", "))
        }
    );
    out
}
