//! Shared vocabulary of snapcrawl: canonical URLs, host keys, time, link
//! roles and the snapshot record schema.
//!
//! Everything here is pure: no IO, no clock reads except through [`Clock`].
//!
//! ```
//! use snapcrawl_core::CanonicalUrl;
//! let url = CanonicalUrl::parse("HTTP://Example.com:80/a?utm_source=x&id=3#top").unwrap();
//! assert_eq!(url.as_str(), "http://example.com/a?id=3");
//! assert_eq!(url.host_key().as_str(), "http://example.com:80");
//! ```

mod clock;
mod link;
mod record;
mod url;

pub use crate::clock::{Clock, ManualClock, SystemClock, Timestamp};
pub use crate::link::{Link, LinkRole};
pub use crate::record::{CharsetSource, HttpMeta, LinkItem, PageKind, SnapshotRecord};
pub use crate::url::{is_tracking_param, CanonicalUrl, HostKey, UrlError};
