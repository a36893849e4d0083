//! When a known URL is fetched again: listings (front pages, sections,
//! feeds) every run or after their interval, articles once and then
//! re-checked (conditionally) after `articles_after`, for at most
//! `articles_for` after they were first stored. Pure: takes `now`.

use std::time::Duration;

use snapcrawl_core::{PageKind, Timestamp};
use snapcrawl_store::{OutcomeKind, UrlState};

/// The recrawl settings of `[crawl]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RevisitPolicy {
    /// A listing is fetched again this long after its last fetch (0: every run).
    pub listings_after: Duration,
    /// An article is re-checked this long after its last fetch.
    pub articles_after: Duration,
    /// Articles first stored longer ago than this are not re-checked.
    pub articles_for: Duration,
}

impl Default for RevisitPolicy {
    fn default() -> Self {
        Self {
            listings_after: Duration::ZERO,
            articles_after: Duration::from_secs(24 * 3600),
            articles_for: Duration::from_secs(30 * 24 * 3600),
        }
    }
}

fn since(now: Timestamp, then: Timestamp) -> Duration {
    (now - then).to_std().unwrap_or_default()
}

impl RevisitPolicy {
    /// Whether a URL with this stored state should be fetched at `now`;
    /// `listing` says the link leads to a listing (section, feed, sitemap)
    /// whatever was stored. Unknown URLs and URLs whose last fetch failed
    /// for a reason that may pass (5xx, timeout, network, host given up)
    /// are always due.
    pub fn due(&self, state: Option<&UrlState>, listing: bool, now: Timestamp) -> bool {
        let Some(state) = state else { return true };
        let last = state.last_outcome.as_ref();
        if last.is_some_and(|o| {
            matches!(
                o.kind,
                OutcomeKind::ServerError
                    | OutcomeKind::Timeout
                    | OutcomeKind::Network
                    | OutcomeKind::HostUnavailable
            )
        }) {
            return true;
        }
        let fetched = match (state.last_checked, last.map(|o| o.at)) {
            (Some(a), Some(b)) => a.max(b),
            (a, b) => match a.or(b) {
                Some(t) => t,
                None => return true,
            },
        };
        if listing || state.latest_kind == Some(PageKind::Listing) {
            return since(now, fetched) >= self.listings_after;
        }
        if state
            .first_stored
            .is_some_and(|first| since(now, first) > self.articles_for)
        {
            return false;
        }
        since(now, fetched) >= self.articles_after
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use snapcrawl_store::Outcome;

    fn at(hours: i64) -> Timestamp {
        "2026-01-01T00:00:00Z".parse::<Timestamp>().unwrap() + chrono::Duration::hours(hours)
    }

    fn state(kind: PageKind, checked: i64, first: i64) -> UrlState {
        UrlState {
            latest_version: 1,
            latest_kind: Some(kind),
            last_checked: Some(at(checked)),
            first_stored: Some(at(first)),
            ..Default::default()
        }
    }

    #[test]
    fn articles_wait_a_day_and_stop_being_checked_after_30_days() {
        let p = RevisitPolicy::default();
        let s = state(PageKind::Article, 0, 0);
        assert!(!p.due(Some(&s), false, at(23)));
        assert!(p.due(Some(&s), false, at(24)));
        let old = state(PageKind::Article, 24 * 29, 0);
        assert!(!p.due(Some(&old), false, at(24 * 31)));
    }

    #[test]
    fn listings_are_due_every_run_by_default_or_after_their_interval() {
        let s = state(PageKind::Listing, 0, 0);
        assert!(RevisitPolicy::default().due(Some(&s), false, at(0)));
        let hourly = RevisitPolicy {
            listings_after: Duration::from_secs(3600),
            ..Default::default()
        };
        assert!(!hourly.due(Some(&s), false, at(0)));
        assert!(hourly.due(Some(&s), false, at(1)));
        // A feed is stored as an outcome, not a record: the link says listing.
        let feed = state(PageKind::Article, 0, 0);
        assert!(RevisitPolicy::default().due(Some(&feed), true, at(0)));
    }

    #[test]
    fn unknown_urls_and_passing_failures_are_due_final_ones_wait() {
        let p = RevisitPolicy::default();
        assert!(p.due(None, false, at(0)));
        let failed = |kind| UrlState {
            last_outcome: Some(Outcome {
                at: at(0),
                kind,
                status: None,
                detail: None,
            }),
            ..Default::default()
        };
        assert!(p.due(Some(&failed(OutcomeKind::Timeout)), false, at(0)));
        assert!(!p.due(Some(&failed(OutcomeKind::ClientError)), false, at(1)));
        assert!(p.due(Some(&failed(OutcomeKind::ClientError)), false, at(25)));
    }
}
