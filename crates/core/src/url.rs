//! Canonical URLs (document identity) and host keys (politeness identity).

use std::fmt;

use serde::{Deserialize, Serialize};
use url::Url;

/// Why a string is not a crawlable URL.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UrlError {
    /// Not a URL at all.
    #[error("not a URL: {0}")]
    Parse(#[from] url::ParseError),
    /// A scheme other than http or https.
    #[error("unsupported scheme {0:?} (only http and https are crawled)")]
    Scheme(String),
    /// No host to send a request to.
    #[error("URL has no host")]
    NoHost,
}

/// Query parameters that only track where a click came from; two URLs that
/// differ only in these are the same document.
pub fn is_tracking_param(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.starts_with("utm_")
        || matches!(
            name.as_str(),
            "spm"
                | "fbclid"
                | "gclid"
                | "dclid"
                | "msclkid"
                | "yclid"
                | "mc_cid"
                | "mc_eid"
                | "igshid"
                | "_ga"
                | "_gl"
                | "ref_src"
                | "share_token"
        )
}

/// A URL in the one form used as a document's identity: http(s) only,
/// fragment dropped, default port dropped, host lower-cased, empty path made
/// `/`, tracking parameters removed (other parameters keep their order).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CanonicalUrl(Url);

impl CanonicalUrl {
    /// Parses and canonicalises an absolute URL.
    pub fn parse(input: &str) -> Result<Self, UrlError> {
        Self::from_url(Url::parse(input.trim())?)
    }

    /// Canonicalises a parsed URL.
    pub fn from_url(mut url: Url) -> Result<Self, UrlError> {
        match url.scheme() {
            "http" | "https" => {}
            other => return Err(UrlError::Scheme(other.to_string())),
        }
        if url.host_str().is_none_or(str::is_empty) {
            return Err(UrlError::NoHost);
        }
        url.set_fragment(None);
        if let Some(query) = url.query() {
            // Filter the raw `&`-separated pairs so kept ones stay byte for byte.
            let kept: Vec<&str> = query
                .split('&')
                .filter(|pair| {
                    let name = pair.split('=').next().unwrap_or_default();
                    !pair.is_empty() && !is_tracking_param(name)
                })
                .collect();
            let kept = kept.join("&");
            url.set_query((!kept.is_empty()).then_some(kept.as_str()));
        }
        Ok(Self(url))
    }

    /// The canonical form as text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The parsed URL.
    pub fn as_url(&self) -> &Url {
        &self.0
    }

    /// The host this document lives on, for politeness and robots.txt.
    pub fn host_key(&self) -> HostKey {
        HostKey::of(&self.0)
    }

    /// Path plus query, the part robots.txt rules match against.
    pub fn path_and_query(&self) -> String {
        match self.0.query() {
            Some(q) => format!("{}?{}", self.0.path(), q),
            None => self.0.path().to_string(),
        }
    }
}

impl fmt::Display for CanonicalUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for CanonicalUrl {
    type Error = UrlError;
    fn try_from(s: String) -> Result<Self, UrlError> {
        Self::parse(&s)
    }
}

impl From<CanonicalUrl> for String {
    fn from(u: CanonicalUrl) -> String {
        u.0.into()
    }
}

/// A host as politeness sees it: scheme, host and port
/// (`http://127.0.0.1:18001`). robots.txt applies per scheme+host+port
/// (RFC 9309 §2.3), and so do delays, so sites that share an IP address but
/// not a port are paced separately.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct HostKey(String);

impl HostKey {
    /// The host key of a URL.
    pub fn of(url: &Url) -> Self {
        let port = url.port_or_known_default().unwrap_or(0);
        Self(format!(
            "{}://{}:{}",
            url.scheme(),
            url.host_str().unwrap_or_default(),
            port
        ))
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URL of this host's robots.txt.
    pub fn robots_url(&self) -> Url {
        Url::parse(&format!("{}/robots.txt", self.0)).expect("host key is a valid origin")
    }
}

impl fmt::Display for HostKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canon(s: &str) -> String {
        CanonicalUrl::parse(s).unwrap().to_string()
    }

    #[test]
    fn drops_fragment_default_port_and_tracking_parameters() {
        assert_eq!(canon("http://A.example:80/x#frag"), "http://a.example/x");
        assert_eq!(canon("https://a.example"), "https://a.example/");
        assert_eq!(
            canon("http://a.example/n?utm_source=tw&id=1&spm=a.b&fbclid=9"),
            "http://a.example/n?id=1"
        );
        assert_eq!(
            canon("http://a.example/n?utm_medium=x"),
            "http://a.example/n"
        );
        assert_eq!(
            canon("http://a.example/n?b=2&a=1"),
            "http://a.example/n?b=2&a=1"
        );
        assert_eq!(
            canon("http://a.example/s?q=%E4%BA%BA+x&p=a/b"),
            "http://a.example/s?q=%E4%BA%BA+x&p=a/b"
        );
    }

    #[test]
    fn keeps_non_default_ports_apart() {
        let a = CanonicalUrl::parse("http://127.0.0.1:18001/").unwrap();
        let b = CanonicalUrl::parse("http://127.0.0.1:18002/").unwrap();
        assert_ne!(a.host_key(), b.host_key());
        assert_eq!(
            a.host_key().robots_url().as_str(),
            "http://127.0.0.1:18001/robots.txt"
        );
    }

    #[test]
    fn refuses_other_schemes() {
        assert!(matches!(
            CanonicalUrl::parse("mailto:a@b.c"),
            Err(UrlError::Scheme(_))
        ));
        assert!(matches!(
            CanonicalUrl::parse("javascript:void(0)"),
            Err(UrlError::Scheme(_))
        ));
        assert!(CanonicalUrl::parse("not a url").is_err());
    }

    #[test]
    fn path_and_query_is_what_robots_rules_see() {
        let u = CanonicalUrl::parse("http://a.example/a/b?print=1#x").unwrap();
        assert_eq!(u.path_and_query(), "/a/b?print=1");
    }

    proptest::proptest! {
        #[test]
        fn canonicalisation_is_idempotent(path in "[a-z/]{0,12}", q in "[a-z=&]{0,12}", frag in "[a-z]{0,4}") {
            let raw = format!("http://h.example/{path}?{q}#{frag}");
            if let Ok(once) = CanonicalUrl::parse(&raw) {
                let twice = CanonicalUrl::parse(once.as_str()).unwrap();
                proptest::prop_assert_eq!(once, twice);
            }
        }
    }
}
