//! Parsing `Retry-After` (RFC 9110, section 10.2.3).

use std::time::{Duration, SystemTime};

/// How long to wait according to a `Retry-After` value, as of `now`.
///
/// Accepts delta-seconds (`"120"`, surrounding whitespace allowed; values
/// too large for a `u64` saturate at `u64::MAX` seconds, so callers should
/// clamp the result) or an HTTP-date in any of the three RFC 9110 formats
/// (IMF-fixdate, obsolete RFC 850, asctime), giving the time until that date
/// or [`Duration::ZERO`] if it has passed. Anything else (negative numbers,
/// fractions, garbage) is `None`.
pub fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        let seconds = value.parse::<u64>().unwrap_or(u64::MAX);
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    /// Sun, 06 Nov 1994 08:49:37 GMT.
    const DATE: u64 = 784_111_777;

    fn before_date(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(DATE - seconds)
    }

    #[test]
    fn delta_seconds() {
        let now = SystemTime::now();
        assert_eq!(retry_after("120", now), Some(Duration::from_secs(120)));
        assert_eq!(retry_after(" 0\t", now), Some(Duration::ZERO));
        assert_eq!(retry_after("007", now), Some(Duration::from_secs(7)));
    }

    #[test]
    fn huge_delta_saturates() {
        let now = SystemTime::now();
        let max = Some(Duration::from_secs(u64::MAX));
        assert_eq!(retry_after("18446744073709551615", now), max);
        assert_eq!(retry_after("99999999999999999999999999999999", now), max);
    }

    #[test]
    fn garbage_is_rejected() {
        let now = SystemTime::now();
        for value in [
            "",
            "  ",
            "-1",
            "+5",
            "1.5",
            "12s",
            "soon",
            "１２",
            "Sun, 06 Nov 1994",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1969 08:49:37 GMT",
            "Fri, 31 Dec 9999 23:59:60 GMT",
        ] {
            assert_eq!(retry_after(value, now), None, "{value:?}");
        }
    }

    #[test]
    fn imf_fixdate() {
        assert_eq!(
            retry_after(" Sun, 06 Nov 1994 08:49:37 GMT ", before_date(90)),
            Some(Duration::from_secs(90))
        );
    }

    #[test]
    fn rfc850_date() {
        assert_eq!(
            retry_after("Sunday, 06-Nov-94 08:49:37 GMT", before_date(3600)),
            Some(Duration::from_secs(3600))
        );
    }

    #[test]
    fn asctime_date() {
        assert_eq!(
            retry_after("Sun Nov  6 08:49:37 1994", before_date(1)),
            Some(Duration::from_secs(1))
        );
    }

    #[test]
    fn a_past_date_is_zero() {
        assert_eq!(
            retry_after("Sun, 06 Nov 1994 08:49:37 GMT", SystemTime::now()),
            Some(Duration::ZERO)
        );
    }

    #[test]
    fn a_far_future_date_does_not_overflow() {
        assert!(retry_after("Fri, 31 Dec 9999 23:59:59 GMT", UNIX_EPOCH).is_some());
    }
}
