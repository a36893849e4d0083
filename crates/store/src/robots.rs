//! What the store remembers about each host's robots.txt, and the RFC 9309
//! rules for reusing it: a cached answer is good for a while (24 h by
//! default); while robots.txt is unreachable nothing is fetched, and after
//! 30 days of that the last answer, if any, applies again.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use snapcrawl_core::Timestamp;

/// After robots.txt has been unreachable this long, the last cached answer
/// is used again (RFC 9309 §2.3.1.4).
pub const ROBOTS_FALLBACK_AFTER: Duration = Duration::from_secs(30 * 24 * 3600);

/// An answer that decides a host's rules: 2xx (the body) or 4xx (allow all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RobotsAnswer {
    /// When it was fetched.
    pub fetched_at: Timestamp,
    /// HTTP status (after redirects).
    pub status: u16,
    /// The body as parsed (the first 500 KiB, lossily decoded as UTF-8).
    pub body: String,
    /// `Sitemap:` URLs it lists.
    pub sitemaps: Vec<String>,
}

/// The robots.txt history of one host.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RobotsEntry {
    /// The last answer that decided the rules.
    pub answer: Option<RobotsAnswer>,
    /// Since when every attempt has failed (5xx, 429, timeout, network
    /// error); `None` once an answer comes.
    pub failing_since: Option<Timestamp>,
    /// What the last failed attempt said.
    pub last_error: Option<String>,
}

impl RobotsEntry {
    /// The cached answer, if it is younger than `ttl` at `now` and no
    /// attempt has failed since.
    pub fn fresh(&self, now: Timestamp, ttl: Duration) -> Option<&RobotsAnswer> {
        let answer = self.answer.as_ref()?;
        let age = (now - answer.fetched_at).to_std().unwrap_or_default();
        (self.failing_since.is_none() && age < ttl).then_some(answer)
    }

    /// Records an answer that decides the rules.
    pub fn answered(&mut self, answer: RobotsAnswer) {
        self.answer = Some(answer);
        self.failing_since = None;
        self.last_error = None;
    }

    /// Records a failed attempt at `now`. Returns the last answer when
    /// robots.txt has been unreachable for [`ROBOTS_FALLBACK_AFTER`] and
    /// one exists; `None` means: disallow everything and retry later.
    pub fn failed(&mut self, now: Timestamp, error: String) -> Option<&RobotsAnswer> {
        let since = *self.failing_since.get_or_insert(now);
        self.last_error = Some(error);
        let unreachable_for = (now - since).to_std().unwrap_or_default();
        if unreachable_for >= ROBOTS_FALLBACK_AFTER {
            self.answer.as_ref()
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(day: u32, hour: u32) -> Timestamp {
        chrono::Utc
            .with_ymd_and_hms(2026, 1, day, hour, 0, 0)
            .unwrap()
    }

    fn answer(fetched_at: Timestamp) -> RobotsAnswer {
        RobotsAnswer {
            fetched_at,
            status: 200,
            body: "User-agent: *\nDisallow: /private/\n".into(),
            sitemaps: Vec::new(),
        }
    }

    const DAY: Duration = Duration::from_secs(24 * 3600);

    #[test]
    fn an_answer_is_fresh_for_the_ttl() {
        let mut entry = RobotsEntry::default();
        assert!(entry.fresh(at(1, 0), DAY).is_none());
        entry.answered(answer(at(1, 0)));
        assert!(entry.fresh(at(1, 23), DAY).is_some());
        assert!(entry.fresh(at(2, 0), DAY).is_none());
    }

    #[test]
    fn a_failure_is_never_fresh_and_the_old_answer_returns_after_30_days() {
        let mut entry = RobotsEntry::default();
        entry.answered(answer(at(1, 0)));
        assert!(entry.failed(at(2, 0), "HTTP 503".into()).is_none());
        assert!(entry.fresh(at(2, 1), DAY).is_none());
        assert!(entry.failed(at(31, 23), "HTTP 503".into()).is_none());
        let fallback = entry.failed(at(31, 23) + chrono::Duration::hours(1), "timeout".into());
        assert_eq!(fallback.map(|a| a.status), Some(200));
        assert_eq!(entry.last_error.as_deref(), Some("timeout"));
        entry.answered(answer(at(31, 12)));
        assert_eq!(entry.failing_since, None);
    }

    #[test]
    fn without_an_answer_failures_stay_failures() {
        let mut entry = RobotsEntry::default();
        assert!(entry.failed(at(1, 0), "x".into()).is_none());
        let later = at(1, 0) + chrono::Duration::days(90);
        assert!(entry.failed(later, "x".into()).is_none());
    }
}
