//! A scriptable news site on 127.0.0.1 for politeness tests: every answer
//! comes from a closure of the test, every request is logged with the
//! (possibly paused) tokio time it arrived.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use tokio::time::Instant;

/// One request the site received.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Path and query.
    pub target: String,
    /// Arrival, in tokio time.
    pub at: Instant,
    /// Request headers.
    pub headers: HeaderMap,
}

impl Hit {
    /// A request header as text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// What the site answers.
pub enum Reply {
    /// A status with headers and a body.
    With {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Vec<u8>,
    },
    /// Never answers.
    Hang,
}

impl Reply {
    /// 200 text/html.
    pub fn html(body: impl Into<String>) -> Self {
        Self::ok("text/html; charset=utf-8", body.into().into_bytes())
    }

    /// 200 text/plain (robots.txt).
    pub fn text(body: impl Into<Vec<u8>>) -> Self {
        Self::ok("text/plain", body.into())
    }

    /// 200 with a content type.
    pub fn ok(content_type: &str, body: Vec<u8>) -> Self {
        Self::With {
            status: 200,
            headers: vec![("content-type", content_type.to_string())],
            body,
        }
    }

    /// A bare status.
    pub fn status(status: u16) -> Self {
        Self::With {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    /// A redirect to `location`.
    pub fn redirect(status: u16, location: &str) -> Self {
        Self::With {
            status,
            headers: vec![("location", location.to_string())],
            body: Vec::new(),
        }
    }

    /// Adds a header.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        if let Self::With { headers, .. } = &mut self {
            headers.push((name, value.into()));
        }
        self
    }
}

type Handler = dyn Fn(&Hit) -> Reply + Send + Sync;

/// The running site.
pub struct Site {
    /// `http://127.0.0.1:PORT`.
    pub origin: String,
    log: Arc<Mutex<Vec<Hit>>>,
}

impl Site {
    /// Serves `handler` on 127.0.0.1:0 in the current runtime.
    pub async fn start(handler: impl Fn(&Hit) -> Reply + Send + Sync + 'static) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        let log: Arc<Mutex<Vec<Hit>>> = Arc::default();
        let handler: Arc<Handler> = Arc::new(handler);
        let app = {
            let log = log.clone();
            axum::Router::new().fallback(move |request: Request| {
                let log = log.clone();
                let handler = handler.clone();
                async move {
                    let hit = Hit {
                        target: request
                            .uri()
                            .path_and_query()
                            .map(|p| p.to_string())
                            .unwrap_or_default(),
                        at: Instant::now(),
                        headers: request.headers().clone(),
                    };
                    log.lock().unwrap().push(hit.clone());
                    match handler(&hit) {
                        Reply::Hang => {
                            tokio::time::sleep(Duration::from_secs(365 * 24 * 3600)).await;
                            Response::new(Body::empty())
                        }
                        Reply::With {
                            status,
                            headers,
                            body,
                        } => {
                            let mut response = Response::new(Body::from(body));
                            *response.status_mut() = StatusCode::from_u16(status).unwrap();
                            for (name, value) in headers {
                                response.headers_mut().insert(name, value.parse().unwrap());
                            }
                            response
                        }
                    }
                }
            })
        };
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Self { origin, log }
    }

    /// `origin` + `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin)
    }

    /// Every request so far, in arrival order.
    pub fn hits(&self) -> Vec<Hit> {
        self.log.lock().unwrap().clone()
    }

    /// The targets requested so far, in arrival order.
    pub fn targets(&self) -> Vec<String> {
        self.hits().into_iter().map(|h| h.target).collect()
    }
}

/// A front page linking to `links` as a list of headlines.
pub fn front_page(links: &[&str]) -> String {
    let items: String = links
        .iter()
        .enumerate()
        .map(|(i, href)| {
            format!("<li><a href=\"{href}\">Council approves new budget for district number {i} schools</a></li>")
        })
        .collect();
    format!(
        "<!doctype html><html><head><title>Daily News</title></head><body>\
         <h1>Daily News</h1><ul class=\"news-list\">{items}</ul></body></html>"
    )
}

/// An article page.
pub fn article(title: &str) -> String {
    let paragraph = "The city council met on Tuesday evening and voted to approve the \
                     budget after a long debate about school funding, road repairs and \
                     the new library that residents have asked for over many years.";
    let body: String = (0..6).map(|_| format!("<p>{paragraph}</p>")).collect();
    format!(
        "<!doctype html><html><head><title>{title}</title>\
         <meta property=\"article:published_time\" content=\"2026-03-01T08:00:00Z\"></head>\
         <body><article><h1>{title}</h1><p class=\"byline\">By Jane Roe</p>{body}</article></body></html>"
    )
}
