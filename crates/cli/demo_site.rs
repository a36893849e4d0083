//! The bundled demo news site (three hosts: Chinese GBK, Chinese UTF-8,
//! English), served on 127.0.0.1 by `snapcrawl demo` and the end-to-end
//! tests. Its pages and traps are described in `demo_site/README.md`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use include_dir::{include_dir, Dir};
use serde::Deserialize;
use tokio_util::sync::CancellationToken;

static SITE: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/crates/cli/demo_site");

/// The host names of the demo site, in serving order.
pub const HOSTS: [&str; 3] = ["zh-gbk", "zh-utf8", "en"];

/// Deepest page of the `/archive?page=N` calendar trap.
pub const TRAP_PAGES: u32 = 1000;

/// A host's serving settings, from its `host.toml`.
#[derive(Debug, Deserialize)]
struct HostToml {
    charset_header: Option<String>,
    #[serde(default)]
    no_header_charset: Vec<String>,
    #[serde(default)]
    redirects: BTreeMap<String, String>,
}

/// One request the demo site received.
#[derive(Debug, Clone)]
pub struct LoggedRequest {
    /// Which host (`zh-gbk`, `zh-utf8`, `en`).
    pub host: &'static str,
    /// Path and query as requested.
    pub target: String,
    /// When it arrived.
    pub at: Instant,
    /// Its `User-Agent`.
    pub user_agent: String,
    /// The status answered.
    pub status: u16,
}

/// How the demo site behaves beyond its files.
#[derive(Debug, Clone, Default)]
pub struct DemoOptions {
    /// Lines appended to every host's robots.txt `User-agent: *` group
    /// (e.g. `Crawl-delay: 1`).
    pub robots_extra: String,
}

struct HostState {
    name: &'static str,
    settings: HostToml,
    authority: String,
    options: DemoOptions,
    log: Arc<Mutex<Vec<LoggedRequest>>>,
}

/// A running demo site; stops when dropped.
pub struct DemoSite {
    origins: Vec<(&'static str, String)>,
    log: Arc<Mutex<Vec<LoggedRequest>>>,
    shutdown: CancellationToken,
}

impl DemoSite {
    /// Starts the three hosts, each on its own 127.0.0.1 port.
    pub async fn start(options: DemoOptions) -> std::io::Result<Self> {
        let log = Arc::new(Mutex::new(Vec::new()));
        let shutdown = CancellationToken::new();
        let mut origins = Vec::new();
        for name in HOSTS {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
            let authority = listener.local_addr()?.to_string();
            let settings = host_settings(name);
            let state = Arc::new(HostState {
                name,
                settings,
                authority: authority.clone(),
                options: options.clone(),
                log: log.clone(),
            });
            let app = axum::Router::new().fallback(serve).with_state(state);
            let token = shutdown.clone();
            tokio::spawn(async move {
                axum::serve(listener, app)
                    .with_graceful_shutdown(token.cancelled_owned())
                    .await
                    .ok();
            });
            origins.push((name, format!("http://{authority}")));
        }
        Ok(Self {
            origins,
            log,
            shutdown,
        })
    }

    /// `http://127.0.0.1:PORT` of a host.
    pub fn origin(&self, host: &str) -> &str {
        &self
            .origins
            .iter()
            .find(|(n, _)| *n == host)
            .expect("known demo host")
            .1
    }

    /// The front pages, one per host: the natural seeds.
    pub fn seeds(&self) -> Vec<String> {
        self.origins.iter().map(|(_, o)| format!("{o}/")).collect()
    }

    /// Every request received so far, in arrival order.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The bundled `truth.json` (one object per canonical article).
    pub fn truth() -> serde_json::Value {
        let text = SITE
            .get_file("truth.json")
            .and_then(|f| f.contents_utf8())
            .expect("truth.json bundled");
        serde_json::from_str(text).expect("truth.json is JSON")
    }
}

impl Drop for DemoSite {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

/// The bundled settings of a host; the bundle is checked by the tests.
fn host_settings(host: &str) -> HostToml {
    let text = SITE
        .get_file(format!("{host}/host.toml"))
        .and_then(|f| f.contents_utf8())
        .expect("every demo host has a host.toml");
    toml::from_str(text).expect("demo host.toml is valid")
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html",
        "xml" => "application/xml",
        "txt" => "text/plain",
        "css" => "text/css",
        "jpg" => "image/jpeg",
        _ => "application/octet-stream",
    }
}

fn replace_host(bytes: &[u8], authority: &str) -> Vec<u8> {
    const NEEDLE: &[u8] = b"{{HOST}}";
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(i) = rest.windows(NEEDLE.len()).position(|w| w == NEEDLE) {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(authority.as_bytes());
        rest = &rest[i + NEEDLE.len()..];
    }
    out.extend_from_slice(rest);
    out
}

fn archive_page(page: u32) -> Vec<u8> {
    format!(
        "<!DOCTYPE html><html><head><title>Archive page {page}</title></head><body>\
         <h1>Archive page {page}</h1><p><a href=\"/\">Home</a></p>\
         <p><a href=\"/archive?page={}\">Next page</a></p></body></html>",
        page + 1
    )
    .into_bytes()
}

fn respond(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(header::CONTENT_TYPE, value);
    }
    response
}

async fn serve(State(host): State<Arc<HostState>>, request: Request) -> Response {
    let path = request.uri().path().to_string();
    let query = request.uri().query().map(str::to_owned);
    let user_agent = request
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let response = answer(&host, &path, query.as_deref());
    host.log
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(LoggedRequest {
            host: host.name,
            target: request
                .uri()
                .path_and_query()
                .map(|p| p.to_string())
                .unwrap_or(path),
            at: Instant::now(),
            user_agent,
            status: response.status().as_u16(),
        });
    response
}

fn answer(host: &HostState, path: &str, query: Option<&str>) -> Response {
    if let Some(target) = host.settings.redirects.get(path) {
        let mut response = respond(
            StatusCode::MOVED_PERMANENTLY,
            "text/plain",
            b"moved".to_vec(),
        );
        if let Ok(location) = HeaderValue::from_str(&format!("http://{}{target}", host.authority)) {
            response.headers_mut().insert(header::LOCATION, location);
        }
        return response;
    }
    if path == "/archive" {
        let page = query
            .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("page=")))
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(1);
        return if (1..=TRAP_PAGES).contains(&page) {
            respond(
                StatusCode::OK,
                "text/html; charset=utf-8",
                archive_page(page),
            )
        } else {
            respond(StatusCode::NOT_FOUND, "text/plain", b"not found".to_vec())
        };
    }
    let mut file_path = format!("{}/files{path}", host.name);
    if file_path.ends_with('/') {
        file_path.push_str("index.html");
    }
    let Some(file) = SITE.get_file(&file_path) else {
        return respond(StatusCode::NOT_FOUND, "text/plain", b"not found".to_vec());
    };
    let kind = content_type(&file_path);
    let mut body = if kind.starts_with("text/") || kind == "application/xml" {
        replace_host(file.contents(), &host.authority)
    } else {
        file.contents().to_vec()
    };
    if path == "/robots.txt" && !host.options.robots_extra.is_empty() {
        // Insert the extra lines right after the first `User-agent: *`.
        let text = String::from_utf8_lossy(&body).into_owned();
        let extra = host.options.robots_extra.trim_end();
        body = text
            .replacen("User-agent: *\n", &format!("User-agent: *\n{extra}\n"), 1)
            .into_bytes();
    }
    let mut kind = kind.to_string();
    if kind == "text/html" && !host.settings.no_header_charset.iter().any(|p| p == path) {
        if let Some(charset) = &host.settings.charset_header {
            kind = format!("text/html; charset={charset}");
        }
    }
    respond(StatusCode::OK, &kind, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_is_replaced_byte_for_byte() {
        assert_eq!(replace_host(b"a{{HOST}}b{{HOST}}", "h:1"), b"ah:1bh:1");
        assert_eq!(replace_host(b"\xb9\xfa{{HOST}}", "h"), b"\xb9\xfah");
    }

    #[test]
    fn every_host_has_settings_robots_and_redirect_targets() {
        for name in HOSTS {
            for target in host_settings(name).redirects.values() {
                let mut file = format!("{name}/files{target}");
                if file.ends_with('/') {
                    file.push_str("index.html");
                }
                assert!(
                    SITE.get_file(&file).is_some(),
                    "{name}: redirect to missing {target}"
                );
            }
            assert!(
                SITE.get_file(format!("{name}/files/robots.txt")).is_some(),
                "{name}"
            );
        }
        assert_eq!(DemoSite::truth().as_array().map(Vec::len), Some(18));
    }
}
