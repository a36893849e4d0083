//! The progress bar of a crawl on a terminal, and the log writer that
//! prints log lines above it instead of through it.

use std::io::{self, Write};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use snapcrawl::crawl::Progress;
use snapcrawl::summary::progress_line;
use tokio::sync::watch;

/// A spinner with the elapsed time and the run's counts.
pub fn bar() -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {elapsed_precise} {msg}") {
        bar.set_style(style);
    }
    bar
}

/// Shows every progress report of a run on `bar` until the run drops
/// its sender.
pub async fn show(bar: ProgressBar, mut reports: watch::Receiver<Progress>) {
    bar.enable_steady_tick(Duration::from_millis(200));
    while reports.changed().await.is_ok() {
        let line = progress_line(&reports.borrow_and_update());
        bar.set_message(line);
    }
}

/// Writes one log event to standard error with `bar` out of the way.
pub struct BarWriter {
    bar: ProgressBar,
    line: Vec<u8>,
}

impl BarWriter {
    /// A writer for one log event.
    pub fn new(bar: ProgressBar) -> Self {
        Self {
            bar,
            line: Vec::new(),
        }
    }
}

impl Write for BarWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.line.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for BarWriter {
    fn drop(&mut self) {
        if !self.line.is_empty() {
            let line = std::mem::take(&mut self.line);
            self.bar.suspend(|| {
                let _ = io::stderr().write_all(&line);
            });
        }
    }
}
