//! Refusing non-public addresses (SSRF safety): a pure classification of IP
//! addresses, the set of hosts exempt from it, and a DNS resolver that drops
//! non-public answers for every other host.

use std::collections::HashSet;
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

/// Whether `ip` is a public unicast address a crawler may connect to.
///
/// Not public: unspecified and "this network" (`0.0.0.0/8`, `::`), loopback
/// (`127.0.0.0/8`, `::1`), private (`10/8`, `172.16/12`, `192.168/16`),
/// shared/CGNAT (`100.64/10`), link-local (`169.254/16`, `fe80::/10`),
/// multicast (`224/4`, `ff00::/8`), reserved and broadcast (`240/4`),
/// IPv6 unique-local (`fc00::/7`) and deprecated site-local (`fec0::/10`),
/// the deprecated IPv4-compatible block (`::/96`), and any IPv4-mapped
/// (`::ffff:0:0/96`) or NAT64 (`64:ff9b::/96`) form of a non-public IPv4
/// address.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => is_public_v6(v6),
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    let not_public = a == 0 // unspecified, "this network"
        || a == 10 // private
        || a == 127 // loopback
        || (a == 100 && (64..128).contains(&b)) // shared / CGNAT
        || (a == 169 && b == 254) // link-local
        || (a == 172 && (16..32).contains(&b)) // private
        || (a == 192 && b == 168) // private
        || a >= 224; // multicast, reserved, broadcast
    !not_public
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let segments = ip.segments();
    // NAT64 well-known prefix: the last 32 bits are an IPv4 address.
    if segments[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        let [.., hi, lo] = segments;
        let v4 = Ipv4Addr::from((u32::from(hi) << 16) | u32::from(lo));
        return is_public_v4(v4);
    }
    let first = segments[0];
    let not_public = segments[..6] == [0; 6] // ::, ::1, deprecated IPv4-compatible
        || (first & 0xfe00) == 0xfc00 // unique-local fc00::/7
        || (first & 0xffc0) == 0xfe80 // link-local fe80::/10
        || (first & 0xffc0) == 0xfec0 // site-local fec0::/10 (deprecated)
        || (first & 0xff00) == 0xff00; // multicast
    !not_public
}

/// Hosts exempt from the non-public rule: names (lowercase, no trailing
/// dot) and IP literals.
#[derive(Debug, Clone, Default)]
pub(crate) struct TrustedHosts {
    names: HashSet<String>,
    ips: HashSet<IpAddr>,
}

impl TrustedHosts {
    /// Builds the set; entries are trimmed, lowercased, stripped of a
    /// trailing dot and of IPv6 brackets. Empty entries are ignored.
    pub(crate) fn new<I, S>(hosts: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut trusted = Self::default();
        for host in hosts {
            trusted.insert(host.as_ref());
        }
        trusted
    }

    /// Adds one entry (see [`TrustedHosts::new`]).
    pub(crate) fn insert(&mut self, host: &str) {
        let host = normalize(host);
        if host.is_empty() {
            return;
        }
        match host.parse::<IpAddr>() {
            Ok(ip) => {
                self.ips.insert(ip);
            }
            Err(_) => {
                self.names.insert(host);
            }
        }
    }

    /// Whether the host name (or IP literal written as text) is trusted.
    pub(crate) fn contains_name(&self, host: &str) -> bool {
        let host = normalize(host);
        match host.parse::<IpAddr>() {
            Ok(ip) => self.ips.contains(&ip),
            Err(_) => self.names.contains(&host),
        }
    }

    /// Whether the IP literal is trusted.
    pub(crate) fn contains_ip(&self, ip: IpAddr) -> bool {
        self.ips.contains(&ip)
    }
}

fn normalize(host: &str) -> String {
    let host = host.trim();
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase()
}

/// The host of a proxy setting such as `http://127.0.0.1:3128` or
/// `proxy.local:8080`, if one can be found.
pub(crate) fn proxy_host(proxy: &str) -> Option<String> {
    let parsed = Url::parse(proxy)
        .ok()
        .filter(|u| u.host().is_some())
        .or_else(|| Url::parse(&format!("http://{proxy}")).ok())?;
    parsed.host_str().map(str::to_owned)
}

/// Checks a URL whose host is an IP literal (reqwest does not resolve those,
/// so the resolver never sees them). Returns the refusal message for an
/// untrusted non-public literal; names and other URLs pass.
pub(crate) fn check_literal_host(url: &Url, trusted: &TrustedHosts) -> Result<(), String> {
    let ip = match url.host() {
        Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
        _ => return Ok(()),
    };
    if is_public(ip) || trusted.contains_ip(ip) {
        Ok(())
    } else {
        Err(format!(
            "{ip} is a non-public address and not a trusted host"
        ))
    }
}

/// The resolver's refusal: every address the host resolves to is
/// non-public. Found again in reqwest's error source chain to report
/// [`crate::FetchError::Refused`].
#[derive(Debug)]
pub(crate) struct NonPublicAddress {
    host: String,
    addrs: Vec<IpAddr>,
}

impl fmt::Display for NonPublicAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} resolves only to non-public addresses: ", self.host)?;
        for (i, ip) in self.addrs.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{ip}")?;
        }
        Ok(())
    }
}

impl std::error::Error for NonPublicAddress {}

/// Keeps only the public addresses unless the host is trusted; `Err` when
/// addresses were found but none is left.
pub(crate) fn filter_addrs(
    host: &str,
    addrs: Vec<SocketAddr>,
    trusted: &TrustedHosts,
) -> Result<Vec<SocketAddr>, NonPublicAddress> {
    if addrs.is_empty() || trusted.contains_name(host) {
        return Ok(addrs);
    }
    let (public, refused): (Vec<_>, Vec<_>) =
        addrs.into_iter().partition(|addr| is_public(addr.ip()));
    if public.is_empty() {
        Err(NonPublicAddress {
            host: host.to_owned(),
            addrs: refused.iter().map(SocketAddr::ip).collect(),
        })
    } else {
        Ok(public)
    }
}

/// A system resolver (`tokio::net::lookup_host`) that drops non-public
/// addresses for untrusted hosts. Because it runs for every new connection,
/// it also holds against DNS rebinding.
#[derive(Debug, Clone)]
pub(crate) struct PublicOnlyResolver {
    trusted: Arc<TrustedHosts>,
}

impl PublicOnlyResolver {
    /// A resolver exempting `trusted`.
    pub(crate) fn new(trusted: Arc<TrustedHosts>) -> Self {
        Self { trusted }
    }
}

impl Resolve for PublicOnlyResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        let trusted = Arc::clone(&self.trusted);
        Box::pin(async move {
            // Port 0: reqwest puts in the URL's port.
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let addrs = filter_addrs(&host, addrs, &trusted)?;
            let addrs: Addrs = Box::new(addrs.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn public_addresses_are_public() {
        for s in [
            "8.8.8.8",
            "1.1.1.1",
            "93.184.216.34",
            "100.63.255.255",
            "100.128.0.0",
            "172.15.255.255",
            "172.32.0.0",
            "192.167.1.1",
            "169.253.1.1",
            "223.255.255.255",
            "2606:4700:4700::1111",
            "2001:4860:4860::8888",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
        ] {
            assert!(is_public(ip(s)), "{s}");
        }
    }

    #[test]
    fn each_non_public_range_is_refused() {
        for s in [
            // unspecified / this network
            "0.0.0.0",
            "0.1.2.3",
            "::",
            // loopback
            "127.0.0.1",
            "127.255.255.254",
            "::1",
            // private
            "10.0.0.1",
            "10.255.255.255",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.0.1",
            "192.168.255.255",
            // link-local
            "169.254.169.254",
            "fe80::1",
            "febf::1",
            // broadcast, reserved, multicast
            "255.255.255.255",
            "240.0.0.1",
            "224.0.0.1",
            "ff02::1",
            // shared / CGNAT
            "100.64.0.1",
            "100.127.255.255",
            // IPv6 unique-local, site-local
            "fc00::1",
            "fd12:3456::1",
            "fec0::1",
            // IPv4-mapped, IPv4-compatible and NAT64 forms
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "::ffff:169.254.169.254",
            "::ffff:100.64.0.1",
            "::ffff:0.0.0.0",
            "::127.0.0.1",
            "64:ff9b::a00:1",
        ] {
            assert!(!is_public(ip(s)), "{s}");
        }
    }

    #[test]
    fn trusted_hosts_are_normalized() {
        let trusted = TrustedHosts::new(["Example.COM.", " [::1] ", "127.0.0.1", ""]);
        assert!(trusted.contains_name("example.com"));
        assert!(trusted.contains_name("EXAMPLE.com."));
        assert!(!trusted.contains_name("other.example.com"));
        assert!(trusted.contains_ip(ip("::1")));
        assert!(trusted.contains_ip(ip("127.0.0.1")));
        assert!(trusted.contains_name("127.0.0.1"));
        assert!(!trusted.contains_ip(ip("::ffff:127.0.0.1")));
    }

    #[test]
    fn literal_hosts_are_checked() {
        let none = TrustedHosts::default();
        let url = |s: &str| Url::parse(s).unwrap();
        assert!(check_literal_host(&url("http://127.0.0.1:8080/"), &none).is_err());
        assert!(check_literal_host(&url("http://[::1]/"), &none).is_err());
        assert!(check_literal_host(&url("http://[::ffff:7f00:1]/"), &none).is_err());
        assert!(check_literal_host(&url("http://0x7f.1/"), &none).is_err());
        assert!(check_literal_host(&url("http://169.254.169.254/latest"), &none).is_err());
        assert!(check_literal_host(&url("http://8.8.8.8/"), &none).is_ok());
        assert!(check_literal_host(&url("http://localhost/"), &none).is_ok());
        let local = TrustedHosts::new(["127.0.0.1", "::1"]);
        assert!(check_literal_host(&url("http://127.0.0.1:8080/"), &local).is_ok());
        assert!(check_literal_host(&url("http://[::1]:8080/"), &local).is_ok());
        assert!(check_literal_host(&url("http://10.0.0.1/"), &local).is_err());
    }

    #[test]
    fn resolved_addresses_are_filtered_for_untrusted_hosts() {
        let sa = |s: &str| SocketAddr::new(ip(s), 0);
        let none = TrustedHosts::default();
        let mixed = vec![sa("10.0.0.1"), sa("8.8.8.8"), sa("::1")];
        assert_eq!(
            filter_addrs("a.example", mixed.clone(), &none).unwrap(),
            vec![sa("8.8.8.8")]
        );
        let err = filter_addrs("a.example", vec![sa("127.0.0.1"), sa("::1")], &none).unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.example resolves only to non-public addresses: 127.0.0.1, ::1"
        );
        let trusted = TrustedHosts::new(["a.example"]);
        assert_eq!(
            filter_addrs("a.example", mixed.clone(), &trusted).unwrap(),
            mixed
        );
    }

    #[test]
    fn proxy_hosts_are_found() {
        assert_eq!(
            proxy_host("http://127.0.0.1:3128").as_deref(),
            Some("127.0.0.1")
        );
        assert_eq!(
            proxy_host("proxy.local:8080").as_deref(),
            Some("proxy.local")
        );
        assert_eq!(proxy_host("socks5://[::1]:1080").as_deref(), Some("[::1]"));
    }
}
