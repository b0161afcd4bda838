//! Ingest: turns paths (files, directories, `-` for stdin, `.gz` anywhere) into raw article
//! records, one [`RawArticle`] per article, each tagged with where it came from.
//!
//! Ingest never gives up on a whole run because of one bad record: every problem becomes an
//! [`IngestError`] that names the file (and the line, for JSONL), and reading goes on with
//! the next record. Only the caller decides whether an error stops the run (`--strict`).

mod read;

pub use eventwire_model::dates::normalise_date;
pub use read::{expand_paths, read_source, ReadOptions, Source};

use std::fmt;

/// How an input is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFormat {
    /// A scraped article as plain text, possibly with junk around it.
    Text,
    /// A web page; the article is extracted from it.
    Html,
    /// One JSON object per line: `{"id"?, "url"?, "title"?, "published"?, "text"? | "html"?}`.
    Jsonl,
}

impl std::str::FromStr for InputFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => Ok(InputFormat::Text),
            "html" | "htm" => Ok(InputFormat::Html),
            "jsonl" | "ndjson" => Ok(InputFormat::Jsonl),
            other => Err(format!(
                "unknown input format {other:?} (text, html or jsonl)"
            )),
        }
    }
}

/// Where a record came from: the file as the user named it, and the 1-based line of a
/// JSONL record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}", self.file, l),
            None => write!(f, "{}", self.file),
        }
    }
}

/// The article body as it arrived.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Text(String),
    Html(String),
}

/// One article before any processing.
#[derive(Debug, Clone, PartialEq)]
pub struct RawArticle {
    pub id: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD`, already normalised.
    pub published: Option<String>,
    pub source: Option<String>,
    pub body: Body,
    pub origin: Origin,
    /// Problems that did not stop the record (e.g. invalid UTF-8 decoded lossily).
    pub warnings: Vec<String>,
}

/// Why a file or record could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("cannot read: {0}")]
    Io(String),
    #[error("the file is empty")]
    Empty,
    #[error("this looks like a binary file, not text, HTML or JSONL")]
    Binary,
    #[error("the gzip stream is truncated or corrupt ({0}); records before it were read")]
    Gzip(String),
    #[error("invalid JSON: {0}")]
    Json(String),
    #[error("the record has neither \"text\" nor \"html\"")]
    NoBody,
    #[error("the line is {0} bytes long, over the limit of {1} (see --max-record-bytes)")]
    TooLong(usize, usize),
    /// A bug in a stage, caught so that the other records go on; the message says where.
    #[error("internal error while processing this record (please report it): {0}")]
    Internal(String),
}

/// An error located at a file and, for JSONL, a line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {kind}")]
pub struct IngestError {
    pub origin: Origin,
    pub kind: ErrorKind,
}
