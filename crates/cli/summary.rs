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

/// One line of a run in progress, as the progress bar shows it.
pub fn progress_line(progress: &crate::crawl::Progress) -> String {
    let s = &progress.summary;
    let errors: u64 = s.errors.values().sum();
    format!(
        "{} requests, {} pages, {} stored, {} unchanged (304), {} errors | {} in flight, {} queued",
        s.requests,
        s.pages_fetched,
        s.records_stored,
        s.not_modified,
        errors,
        progress.in_flight,
        progress.queued
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crawl::Progress;

    #[test]
    fn the_progress_line_counts_what_the_run_did_and_what_waits() {
        let mut summary = RunSummary {
            requests: 12,
            pages_fetched: 10,
            records_stored: 7,
            not_modified: 2,
            ..Default::default()
        };
        summary.errors.insert("timeout".into(), 1);
        summary.errors.insert("client_error".into(), 2);
        let line = progress_line(&Progress {
            summary,
            queued: 40,
            in_flight: 3,
        });
        assert_eq!(
            line,
            "12 requests, 10 pages, 7 stored, 2 unchanged (304), 3 errors | 3 in flight, 40 queued"
        );
    }
}
