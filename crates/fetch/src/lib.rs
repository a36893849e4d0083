//! The HTTP edge: one request, no automatic redirects (the driver follows
//! them hop by hop so each hop passes scope, robots and pacing), bounded
//! bodies, timeouts, compression, only documents downloaded, and no
//! connections to non-public addresses unless the host is trusted.
//!
//! ```no_run
//! # async fn run() -> Result<(), snapcrawl_fetch::FetchError> {
//! use snapcrawl_fetch::{FetchConfig, Fetcher};
//! let config = FetchConfig {
//!     trusted_hosts: vec!["127.0.0.1".into()],
//!     ..FetchConfig::default()
//! };
//! let fetcher = Fetcher::new(&config)?;
//! let url = url::Url::parse("http://127.0.0.1:8080/").unwrap();
//! let response = fetcher.get(&url, &Default::default()).await?;
//! println!("{} {} bytes in {:?}", response.status, response.body.len(), response.elapsed);
//! let robots = url.join("/robots.txt").unwrap();
//! let robots = fetcher.get_robots(&robots).await?;
//! println!("robots.txt: {} bytes", robots.body.len());
//! # Ok(()) }
//! ```

mod address;
mod document;
mod retry_after;

use std::sync::Arc;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use reqwest::header::{self, HeaderMap};
use tokio::time::Instant;
use url::Url;

pub use address::is_public;
pub use document::is_document_type;
pub use retry_after::retry_after;

use address::{NonPublicAddress, PublicOnlyResolver, TrustedHosts};

/// How much of a robots.txt is read: RFC 9309 asks crawlers to parse at
/// least the first 500 KiB.
pub const ROBOTS_MAX_BYTES: usize = 500 * 1024;

/// `Accept` sent with page requests.
const PAGE_ACCEPT: &str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/// `Accept` sent with robots.txt requests.
const ROBOTS_ACCEPT: &str = "text/plain,*/*;q=0.8";

/// The crawler's `User-Agent`: `snapcrawl/<version> (+<contact>)`, or
/// `snapcrawl/<version>` when there is no contact (`None`, empty or blank).
pub fn user_agent(contact: Option<&str>) -> String {
    let product = concat!("snapcrawl/", env!("CARGO_PKG_VERSION"));
    match contact.map(str::trim).filter(|c| !c.is_empty()) {
        Some(contact) => format!("{product} (+{contact})"),
        None => product.to_string(),
    }
}

/// How requests are made.
#[derive(Debug, Clone)]
pub struct FetchConfig {
    /// The `User-Agent` header.
    pub user_agent: String,
    /// Limit on establishing a connection.
    pub connect_timeout: Duration,
    /// Limit on the whole request, body included.
    pub timeout: Duration,
    /// Bodies longer than this are cut and marked truncated.
    pub max_body_bytes: usize,
    /// Forward proxy for every request (e.g. a web-archive replay). Its
    /// host is trusted automatically.
    pub proxy: Option<String>,
    /// Host names (lowercase) and IP literals exempt from the rule that
    /// requests never connect to loopback, private, link-local and other
    /// non-public addresses (see [`is_public`]). The crawler fills it with
    /// the seed hosts and the hosts named in its scope.
    pub trusted_hosts: Vec<String>,
}

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            user_agent: user_agent(None),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body_bytes: 10 * 1024 * 1024,
            proxy: None,
            trusted_hosts: Vec::new(),
        }
    }
}

/// Validators for a conditional request.
#[derive(Debug, Clone, Default)]
pub struct Validators {
    /// Sent as `If-None-Match`.
    pub etag: Option<String>,
    /// Sent as `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// Why a request produced no response.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The client could not be built (bad proxy URL, TLS setup).
    #[error("cannot build HTTP client: {0}")]
    Client(String),
    /// Connect or total timeout.
    #[error("timed out: {0}")]
    Timeout(String),
    /// Connection refused, reset, DNS failure, broken body.
    #[error("network error: {0}")]
    Network(String),
    /// Not attempted: the host is untrusted and is, or resolves only to,
    /// non-public addresses.
    #[error("refused: {0}")]
    Refused(String),
}

/// A response, body read (up to the cap).
#[derive(Debug, Clone)]
pub struct Response {
    /// The URL requested.
    pub url: Url,
    /// Status code.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: Option<String>,
    /// `Location`, for redirects.
    pub location: Option<String>,
    /// `ETag`.
    pub etag: Option<String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
    /// `Retry-After`, as sent (see [`retry_after()`] to interpret it).
    pub retry_after: Option<String>,
    /// Every header as received (values read as UTF-8, lossily), for
    /// keeping the raw page.
    pub headers: Vec<(String, String)>,
    /// The body (decompressed), at most `max_body_bytes`.
    pub body: Bytes,
    /// Whether the body was cut at the cap.
    pub truncated: bool,
    /// Whether the body was not read because the response is not a
    /// document (see [`is_document_type`]); `body` is then empty.
    pub skipped_body: bool,
    /// From just before sending to the end of the body (or of the headers
    /// when the body was skipped), on tokio's clock.
    pub elapsed: Duration,
}

impl Response {
    /// Whether this is a redirect with somewhere to go.
    pub fn is_redirect(&self) -> bool {
        matches!(self.status, 301 | 302 | 303 | 307 | 308) && self.location.is_some()
    }
}

/// Makes requests. Cheap to clone; share one per crawl.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    max_body_bytes: usize,
    trusted: Arc<TrustedHosts>,
}

/// What differs between a page request and a robots.txt request.
struct Mode<'a> {
    accept: &'static str,
    validators: Option<&'a Validators>,
    /// Skip the body of 2xx responses that are not documents.
    documents_only: bool,
    max_body_bytes: usize,
}

fn classify(error: reqwest::Error) -> FetchError {
    let text = error_chain(&error);
    if let Some(refusal) = find_refusal(&error) {
        FetchError::Refused(refusal.to_string())
    } else if error.is_timeout() {
        FetchError::Timeout(text)
    } else {
        FetchError::Network(text)
    }
}

/// The resolver's refusal, if it is somewhere in the source chain.
fn find_refusal<'a>(error: &'a (dyn std::error::Error + 'static)) -> Option<&'a NonPublicAddress> {
    let mut current = Some(error);
    while let Some(e) = current {
        if let Some(refusal) = e.downcast_ref::<NonPublicAddress>() {
            return Some(refusal);
        }
        current = e.source();
    }
    None
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

fn header(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

impl Fetcher {
    /// A fetcher with these settings. The system proxy variables are not
    /// used; only `config.proxy`.
    pub fn new(config: &FetchConfig) -> Result<Self, FetchError> {
        let mut trusted = TrustedHosts::new(&config.trusted_hosts);
        let mut builder = reqwest::Client::builder()
            .user_agent(&config.user_agent)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .no_proxy();
        if let Some(proxy) = &config.proxy {
            if let Some(host) = address::proxy_host(proxy) {
                trusted.insert(&host);
            }
            let proxy = reqwest::Proxy::all(proxy)
                .map_err(|e| FetchError::Client(format!("proxy {proxy}: {e}")))?;
            builder = builder.proxy(proxy);
        }
        let trusted = Arc::new(trusted);
        let client = builder
            .dns_resolver(Arc::new(PublicOnlyResolver::new(Arc::clone(&trusted))))
            .build()
            .map_err(|e| FetchError::Client(error_chain(&e)))?;
        Ok(Self {
            client,
            max_body_bytes: config.max_body_bytes,
            trusted,
        })
    }

    /// GETs a page at `url`, sending the validators as conditional headers.
    ///
    /// When the response is 2xx and its `Content-Type` is not a document
    /// (see [`is_document_type`]), the body is not read and
    /// [`Response::skipped_body`] is set.
    pub async fn get(&self, url: &Url, validators: &Validators) -> Result<Response, FetchError> {
        let mode = Mode {
            accept: PAGE_ACCEPT,
            validators: Some(validators),
            documents_only: true,
            max_body_bytes: self.max_body_bytes,
        };
        self.fetch(url, mode).await
    }

    /// GETs a robots.txt at `url`: no validators, any content type, body
    /// cut at [`ROBOTS_MAX_BYTES`] (and marked truncated). A cut body ends
    /// at its last complete line: half a rule (`Allow: /a` of `Allow:
    /// /a/b`) could allow more than the whole one.
    pub async fn get_robots(&self, url: &Url) -> Result<Response, FetchError> {
        let mode = Mode {
            accept: ROBOTS_ACCEPT,
            validators: None,
            documents_only: false,
            max_body_bytes: ROBOTS_MAX_BYTES,
        };
        let mut response = self.fetch(url, mode).await?;
        if response.truncated {
            let complete = response
                .body
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            response.body.truncate(complete);
        }
        Ok(response)
    }

    async fn fetch(&self, url: &Url, mode: Mode<'_>) -> Result<Response, FetchError> {
        address::check_literal_host(url, &self.trusted).map_err(FetchError::Refused)?;
        let mut request = self
            .client
            .get(url.clone())
            .header(header::ACCEPT, mode.accept);
        if let Some(validators) = mode.validators {
            if let Some(etag) = &validators.etag {
                request = request.header(header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = &validators.last_modified {
                request = request.header(header::IF_MODIFIED_SINCE, lm);
            }
        }
        let started = Instant::now();
        let response = request.send().await.map_err(classify)?;
        let headers = response.headers();
        let mut out = Response {
            url: url.clone(),
            status: response.status().as_u16(),
            content_type: header(headers, header::CONTENT_TYPE),
            location: header(headers, header::LOCATION),
            etag: header(headers, header::ETAG),
            last_modified: header(headers, header::LAST_MODIFIED),
            retry_after: header(headers, header::RETRY_AFTER),
            headers: headers
                .iter()
                .map(|(name, value)| {
                    let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
                    (name.as_str().to_owned(), value)
                })
                .collect(),
            body: Bytes::new(),
            truncated: false,
            skipped_body: false,
            elapsed: Duration::ZERO,
        };
        if mode.documents_only && response.status().is_success() {
            // Lossy, so that a non-ASCII type is "not a document" rather
            // than "missing".
            let content_type = headers
                .get(header::CONTENT_TYPE)
                .map(|v| String::from_utf8_lossy(v.as_bytes()));
            if !is_document_type(content_type.as_deref(), url) {
                drop(response);
                out.skipped_body = true;
                out.elapsed = started.elapsed();
                return Ok(out);
            }
        }
        let mut body = BytesMut::new();
        let mut stream = response.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(classify)?;
            let room = mode.max_body_bytes.saturating_sub(body.len());
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                out.truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        out.body = body.freeze();
        out.elapsed = started.elapsed();
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    /// Settings that allow the tests' own servers on 127.0.0.1.
    fn local_config() -> FetchConfig {
        FetchConfig {
            trusted_hosts: vec!["127.0.0.1".into()],
            ..Default::default()
        }
    }

    fn local_fetcher() -> Fetcher {
        Fetcher::new(&local_config()).unwrap()
    }

    /// A one-shot server on 127.0.0.1:0 that answers the first connection
    /// with `reply` and hands back what it received.
    async fn serve(
        reply: impl AsRef<[u8]> + Send + 'static,
    ) -> (Url, tokio::task::JoinHandle<String>) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = Url::parse(&format!("http://{}/x", listener.local_addr().unwrap())).unwrap();
        let handle = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let n = socket.read(&mut buf).await.unwrap();
            // The client may hang up before reading it all (skipped or cut
            // bodies).
            socket.write_all(reply.as_ref()).await.ok();
            socket.shutdown().await.ok();
            String::from_utf8_lossy(&buf[..n]).into_owned()
        });
        (url, handle)
    }

    fn reply_with_body(head: &str, body: &[u8]) -> Vec<u8> {
        let mut reply = format!("{head}\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
        reply.extend_from_slice(body);
        reply
    }

    /// Asserts that nobody connected to `listener`.
    async fn assert_no_connection(listener: &TcpListener) {
        let accepted = tokio::time::timeout(Duration::from_millis(200), listener.accept()).await;
        assert!(accepted.is_err(), "the server saw a connection");
    }

    #[tokio::test]
    async fn redirects_are_returned_not_followed_and_validators_are_sent() {
        let (url, server) =
            serve(b"HTTP/1.1 301 Moved\r\nLocation: /y\r\nContent-Length: 0\r\n\r\n").await;
        let fetcher = local_fetcher();
        let validators = Validators {
            etag: Some("\"v1\"".into()),
            last_modified: None,
        };
        let response = fetcher.get(&url, &validators).await.unwrap();
        assert_eq!(response.status, 301);
        assert!(response.is_redirect());
        assert_eq!(response.location.as_deref(), Some("/y"));
        let request = server.await.unwrap().to_ascii_lowercase();
        assert!(request.contains("if-none-match: \"v1\""), "{request}");
        assert!(request.contains("user-agent: snapcrawl/"), "{request}");
        assert!(
            request.contains(
                "accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
            ),
            "{request}"
        );
    }

    #[tokio::test]
    async fn bodies_over_the_cap_are_cut_and_marked() {
        let (url, _server) = serve(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\n01234567890123456789").await;
        let config = FetchConfig {
            max_body_bytes: 8,
            ..local_config()
        };
        let response = Fetcher::new(&config)
            .unwrap()
            .get(&url, &Validators::default())
            .await
            .unwrap();
        assert_eq!(&response.body[..], b"01234567");
        assert!(response.truncated);
        assert!(!response.skipped_body);
        assert_eq!(response.content_type.as_deref(), Some("text/html"));
    }

    #[tokio::test]
    async fn a_refused_connection_is_a_network_error() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = Url::parse(&format!("http://{}/", listener.local_addr().unwrap())).unwrap();
        drop(listener);
        let err = local_fetcher()
            .get(&url, &Validators::default())
            .await
            .unwrap_err();
        assert!(matches!(err, FetchError::Network(_)), "{err}");
    }

    #[tokio::test]
    async fn untrusted_loopback_literals_are_refused_without_connecting() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let url = Url::parse(&format!("http://127.0.0.1:{port}/")).unwrap();
        let fetcher = Fetcher::new(&FetchConfig::default()).unwrap();
        let err = fetcher.get(&url, &Validators::default()).await.unwrap_err();
        assert!(matches!(err, FetchError::Refused(_)), "{err}");
        assert!(err.to_string().contains("127.0.0.1"), "{err}");
        let err = fetcher.get_robots(&url).await.unwrap_err();
        assert!(matches!(err, FetchError::Refused(_)), "{err}");
        assert_no_connection(&listener).await;
    }

    #[tokio::test]
    async fn trusted_loopback_literals_are_fetched() {
        let (url, _server) = serve(reply_with_body(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html",
            b"hi",
        ))
        .await;
        let response = local_fetcher()
            .get(&url, &Validators::default())
            .await
            .unwrap();
        assert_eq!(response.status, 200);
        assert_eq!(&response.body[..], b"hi");
    }

    #[tokio::test]
    async fn names_resolving_to_loopback_are_refused_unless_trusted() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let url = Url::parse(&format!("http://localhost:{port}/")).unwrap();

        // Only the literal is trusted, not the name: the resolver refuses.
        let err = local_fetcher()
            .get(&url, &Validators::default())
            .await
            .unwrap_err();
        assert!(matches!(err, FetchError::Refused(_)), "{err}");
        assert!(
            err.to_string()
                .contains("localhost resolves only to non-public addresses: "),
            "{err}"
        );
        assert_no_connection(&listener).await;

        // Trusting the name lets the request through.
        let server = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let _ = socket.read(&mut buf).await.unwrap();
            let reply = reply_with_body("HTTP/1.1 200 OK\r\nContent-Type: text/html", b"ok");
            socket.write_all(&reply).await.ok();
            socket.shutdown().await.ok();
        });
        let config = FetchConfig {
            trusted_hosts: vec!["localhost".into()],
            ..Default::default()
        };
        let result = Fetcher::new(&config)
            .unwrap()
            .get(&url, &Validators::default())
            .await;
        match result {
            Ok(response) => {
                assert_eq!(response.status, 200);
                assert_eq!(&response.body[..], b"ok");
            }
            // Should localhost resolve elsewhere than 127.0.0.1 on this
            // machine, at least it was not refused.
            Err(err) => assert!(!matches!(err, FetchError::Refused(_)), "{err}"),
        }
        server.abort();
    }

    #[tokio::test]
    async fn the_proxy_host_is_trusted() {
        // A forward proxy on 127.0.0.1 that answers every request itself.
        let (proxy, server) = serve(reply_with_body(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html",
            b"via proxy",
        ))
        .await;
        let config = FetchConfig {
            proxy: Some(proxy.origin().ascii_serialization()),
            ..Default::default()
        };
        let url = Url::parse("http://news.example/a").unwrap();
        let response = Fetcher::new(&config)
            .unwrap()
            .get(&url, &Validators::default())
            .await
            .unwrap();
        assert_eq!(&response.body[..], b"via proxy");
        let request = server.await.unwrap();
        assert!(
            request.starts_with("GET http://news.example/a HTTP/1.1"),
            "{request}"
        );
    }

    #[tokio::test]
    async fn non_documents_are_not_downloaded() {
        let body = vec![0xffu8; 20_000];
        let (url, _server) = serve(reply_with_body(
            "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg",
            &body,
        ))
        .await;
        let response = local_fetcher()
            .get(&url, &Validators::default())
            .await
            .unwrap();
        assert_eq!(response.status, 200);
        assert!(response.skipped_body);
        assert!(response.body.is_empty());
        assert!(!response.truncated);
        assert_eq!(response.content_type.as_deref(), Some("image/jpeg"));
    }

    #[tokio::test]
    async fn error_pages_are_read_whatever_their_type() {
        let (url, _server) = serve(reply_with_body(
            "HTTP/1.1 404 Not Found\r\nContent-Type: image/png",
            b"gone",
        ))
        .await;
        let response = local_fetcher()
            .get(&url, &Validators::default())
            .await
            .unwrap();
        assert_eq!(response.status, 404);
        assert!(!response.skipped_body);
        assert_eq!(&response.body[..], b"gone");
    }

    #[tokio::test]
    async fn robots_bodies_are_cut_at_500_kib() {
        let mut body = Vec::new();
        while body.len() < 600 * 1024 {
            body.extend_from_slice(b"Allow: /some/long/path/x\n");
        }
        let (url, server) = serve(reply_with_body(
            "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg",
            &body,
        ))
        .await;
        let config = FetchConfig {
            max_body_bytes: 8,
            ..local_config()
        };
        let response = Fetcher::new(&config)
            .unwrap()
            .get_robots(&url)
            .await
            .unwrap();
        // Cut at the last complete line within 500 KiB.
        assert!(response.body.len() <= ROBOTS_MAX_BYTES);
        assert!(response.body.len() > ROBOTS_MAX_BYTES - 30);
        assert!(response.body.ends_with(b"/x\n"));
        assert!(response.truncated);
        assert!(!response.skipped_body);
        let request = server.await.unwrap().to_ascii_lowercase();
        assert!(
            request.contains("accept: text/plain,*/*;q=0.8\r\n"),
            "{request}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn elapsed_is_measured_on_tokio_time() {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = Url::parse(&format!("http://{}/", listener.local_addr().unwrap())).unwrap();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let _ = socket.read(&mut buf).await.unwrap();
            tokio::time::sleep(Duration::from_secs(5)).await;
            let reply = reply_with_body("HTTP/1.1 200 OK\r\nContent-Type: text/html", b"slow");
            socket.write_all(&reply).await.ok();
            socket.shutdown().await.ok();
        });
        let config = FetchConfig {
            timeout: Duration::from_secs(86_400),
            connect_timeout: Duration::from_secs(86_400),
            ..local_config()
        };
        let real = std::time::Instant::now();
        let response = Fetcher::new(&config)
            .unwrap()
            .get(&url, &Validators::default())
            .await
            .unwrap();
        assert_eq!(&response.body[..], b"slow");
        assert!(
            response.elapsed >= Duration::from_secs(5),
            "{:?}",
            response.elapsed
        );
        assert!(real.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn user_agents() {
        let version = env!("CARGO_PKG_VERSION");
        assert_eq!(user_agent(None), format!("snapcrawl/{version}"));
        assert_eq!(user_agent(Some("")), format!("snapcrawl/{version}"));
        assert_eq!(user_agent(Some("  ")), format!("snapcrawl/{version}"));
        assert_eq!(
            user_agent(Some("https://example.org/bot")),
            format!("snapcrawl/{version} (+https://example.org/bot)")
        );
        assert_eq!(FetchConfig::default().user_agent, user_agent(None));
    }

    #[test]
    fn a_bad_user_agent_is_a_client_error_not_a_panic() {
        let config = FetchConfig {
            user_agent: user_agent(Some("bad\r\nheader")),
            ..Default::default()
        };
        assert!(matches!(Fetcher::new(&config), Err(FetchError::Client(_))));
    }
}
