//! The HTTP edge: one request, no automatic redirects (the driver follows
//! them hop by hop so each hop passes scope, robots and pacing), bounded
//! bodies, timeouts, compression.
//!
//! ```no_run
//! # async fn run() -> Result<(), snapcrawl_fetch::FetchError> {
//! use snapcrawl_fetch::{FetchConfig, Fetcher};
//! let fetcher = Fetcher::new(&FetchConfig::default())?;
//! let url = url::Url::parse("http://127.0.0.1:8080/").unwrap();
//! let response = fetcher.get(&url, &Default::default()).await?;
//! println!("{} {} bytes", response.status, response.body.len());
//! # Ok(()) }
//! ```

use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use reqwest::header::{self, HeaderMap};
use url::Url;

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
    /// Forward proxy for every request (e.g. a web-archive replay).
    pub proxy: Option<String>,
}

impl Default for FetchConfig {
    fn default() -> Self {
        Self {
            user_agent: concat!("snapcrawl/", env!("CARGO_PKG_VERSION")).to_string(),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_body_bytes: 10 * 1024 * 1024,
            proxy: None,
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
    /// `Retry-After`, as sent.
    pub retry_after: Option<String>,
    /// The body (decompressed), at most `max_body_bytes`.
    pub body: Bytes,
    /// Whether the body was cut at the cap.
    pub truncated: bool,
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
}

fn classify(error: reqwest::Error) -> FetchError {
    let text = error_chain(&error);
    if error.is_timeout() {
        FetchError::Timeout(text)
    } else {
        FetchError::Network(text)
    }
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
        let mut builder = reqwest::Client::builder()
            .user_agent(&config.user_agent)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout)
            .pool_idle_timeout(Duration::from_secs(30))
            .no_proxy();
        if let Some(proxy) = &config.proxy {
            let proxy = reqwest::Proxy::all(proxy)
                .map_err(|e| FetchError::Client(format!("proxy {proxy}: {e}")))?;
            builder = builder.proxy(proxy);
        }
        let client = builder
            .build()
            .map_err(|e| FetchError::Client(error_chain(&e)))?;
        Ok(Self {
            client,
            max_body_bytes: config.max_body_bytes,
        })
    }

    /// GETs `url`, sending the validators as conditional headers.
    pub async fn get(&self, url: &Url, validators: &Validators) -> Result<Response, FetchError> {
        let mut request = self.client.get(url.clone());
        if let Some(etag) = &validators.etag {
            request = request.header(header::IF_NONE_MATCH, etag);
        }
        if let Some(lm) = &validators.last_modified {
            request = request.header(header::IF_MODIFIED_SINCE, lm);
        }
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
            body: Bytes::new(),
            truncated: false,
        };
        let mut body = BytesMut::new();
        let mut stream = response.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(classify)?;
            let room = self.max_body_bytes - body.len();
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                out.truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        out.body = body.freeze();
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A one-shot server on 127.0.0.1:0 that answers every connection with
    /// `reply` and hands back what it received.
    async fn serve(reply: &'static [u8]) -> (Url, tokio::task::JoinHandle<String>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = Url::parse(&format!("http://{}/x", listener.local_addr().unwrap())).unwrap();
        let handle = tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 4096];
            let n = socket.read(&mut buf).await.unwrap();
            socket.write_all(reply).await.unwrap();
            socket.shutdown().await.ok();
            String::from_utf8_lossy(&buf[..n]).into_owned()
        });
        (url, handle)
    }

    #[tokio::test]
    async fn redirects_are_returned_not_followed_and_validators_are_sent() {
        let (url, server) =
            serve(b"HTTP/1.1 301 Moved\r\nLocation: /y\r\nContent-Length: 0\r\n\r\n").await;
        let fetcher = Fetcher::new(&FetchConfig::default()).unwrap();
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
    }

    #[tokio::test]
    async fn bodies_over_the_cap_are_cut_and_marked() {
        let (url, _server) = serve(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n\r\n01234567890123456789").await;
        let config = FetchConfig {
            max_body_bytes: 8,
            ..Default::default()
        };
        let response = Fetcher::new(&config)
            .unwrap()
            .get(&url, &Validators::default())
            .await
            .unwrap();
        assert_eq!(&response.body[..], b"01234567");
        assert!(response.truncated);
        assert_eq!(response.content_type.as_deref(), Some("text/html"));
    }

    #[tokio::test]
    async fn a_refused_connection_is_a_network_error() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = Url::parse(&format!("http://{}/", listener.local_addr().unwrap())).unwrap();
        drop(listener);
        let err = Fetcher::new(&FetchConfig::default())
            .unwrap()
            .get(&url, &Validators::default())
            .await
            .unwrap_err();
        assert!(matches!(err, FetchError::Network(_)), "{err}");
    }
}
