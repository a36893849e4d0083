//! Raw pages, kept beside their snapshot records when the crawl asks for
//! it: the status line, headers and body as fetched, so a snapshot can be
//! exported as a WARC `response` record.
//!
//! A value is the JSON of status, headers and fetch time, its length before
//! it (u32 big-endian), then the body gzipped.

use std::io::{Read as _, Write as _};

use serde::{Deserialize, Serialize};
use snapcrawl_core::Timestamp;

/// A page as fetched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawPage {
    /// HTTP status.
    pub status: u16,
    /// Headers as received, in order.
    pub headers: Vec<(String, String)>,
    /// When the response arrived.
    pub fetched_at: Timestamp,
    /// The body, decompressed (the crawler asked for a content coding and
    /// undid it).
    #[serde(skip)]
    pub body: Vec<u8>,
}

/// Why a stored raw page does not decode.
#[derive(Debug, thiserror::Error)]
pub enum RawError {
    /// The value is shorter than its own length prefix says.
    #[error("raw page value is cut short")]
    Short,
    /// The head is not the JSON written.
    #[error("raw page head: {0}")]
    Head(#[from] serde_json::Error),
    /// The body is not gzip.
    #[error("raw page body: {0}")]
    Body(#[from] std::io::Error),
}

pub(crate) fn encode(page: &RawPage) -> Vec<u8> {
    let head = serde_json::to_vec(page).expect("raw page heads serialise");
    let mut value = Vec::with_capacity(4 + head.len() + page.body.len() / 4);
    value.extend_from_slice(&(head.len() as u32).to_be_bytes());
    value.extend_from_slice(&head);
    let mut gz = flate2::write::GzEncoder::new(value, flate2::Compression::fast());
    gz.write_all(&page.body).expect("writing to memory");
    gz.finish().expect("writing to memory")
}

pub(crate) fn decode(value: &[u8]) -> Result<RawPage, RawError> {
    let len = u32::from_be_bytes(
        value
            .get(..4)
            .ok_or(RawError::Short)?
            .try_into()
            .expect("4 bytes"),
    ) as usize;
    let head = value.get(4..4 + len).ok_or(RawError::Short)?;
    let mut page: RawPage = serde_json::from_slice(head)?;
    flate2::read::GzDecoder::new(&value[4 + len..]).read_to_end(&mut page.body)?;
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_raw_page_round_trips_and_a_cut_value_is_an_error() {
        let page = RawPage {
            status: 200,
            headers: vec![("content-type".into(), "text/html; charset=gbk".into())],
            fetched_at: chrono::Utc::now(),
            body: b"<html>\xc4\xe3\xba\xc3</html>".repeat(50),
        };
        let value = encode(&page);
        assert!(value.len() < page.body.len());
        assert_eq!(decode(&value).unwrap(), page);
        assert!(matches!(decode(&value[..10]), Err(RawError::Short)));
        assert!(decode(&value[..value.len() - 5]).is_err());
    }
}
