//! Which hosts a crawl may visit.

use std::collections::BTreeSet;

use snapcrawl_core::{CanonicalUrl, HostKey};

/// The hosts a crawl may visit: the seeds' hosts, plus hosts or domains the
/// config adds.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    hosts: BTreeSet<HostKey>,
    domains: Vec<String>,
}

impl Scope {
    /// The hosts of the given seeds (scheme, host and port).
    pub fn of_seeds<'a>(seeds: impl IntoIterator<Item = &'a CanonicalUrl>) -> Self {
        Self {
            hosts: seeds.into_iter().map(CanonicalUrl::host_key).collect(),
            domains: Vec::new(),
        }
    }

    /// Also allows every host that is `domain` or ends in `.domain`, on any
    /// scheme and port.
    pub fn allow_domain(&mut self, domain: &str) {
        let domain = Self::domain_name(domain);
        if !domain.is_empty() {
            self.domains.push(domain);
        }
    }

    /// A configured domain as compared with hosts: trimmed, no leading dot,
    /// lower case.
    pub fn domain_name(domain: &str) -> String {
        domain.trim().trim_start_matches('.').to_ascii_lowercase()
    }

    /// Whether `url` may be crawled.
    pub fn allows(&self, url: &CanonicalUrl) -> bool {
        if self.hosts.contains(&url.host_key()) {
            return true;
        }
        let host = url.as_url().host_str().unwrap_or_default();
        self.domains.iter().any(|d| {
            host == d
                || host
                    .strip_suffix(d.as_str())
                    .is_some_and(|p| p.ends_with('.'))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(s: &str) -> CanonicalUrl {
        CanonicalUrl::parse(s).unwrap()
    }

    #[test]
    fn seeds_hosts_are_in_scope_per_port() {
        let scope = Scope::of_seeds([&u("http://127.0.0.1:18001/")]);
        assert!(scope.allows(&u("http://127.0.0.1:18001/a")));
        assert!(!scope.allows(&u("http://127.0.0.1:18002/a")));
        assert!(!scope.allows(&u("https://127.0.0.1:18001/a")));
    }

    #[test]
    fn domains_cover_subdomains_only_on_label_boundaries() {
        let mut scope = Scope::default();
        scope.allow_domain("example.com");
        assert!(scope.allows(&u("https://news.example.com/a")));
        assert!(scope.allows(&u("http://example.com:8080/a")));
        assert!(!scope.allows(&u("http://badexample.com/a")));
    }
}
