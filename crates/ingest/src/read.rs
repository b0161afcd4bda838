//! Opening sources, undoing gzip, detecting the format and splitting JSONL into records.

use crate::{normalise_date, Body, ErrorKind, IngestError, InputFormat, Origin, RawArticle};
use flate2::read::MultiGzDecoder;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One input to read: a file as the user named it (or as found under a directory), or
/// standard input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in errors and to derive record ids.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// How to read sources.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Forces a format; `None` detects it from the extension, then from the content.
    pub format: Option<InputFormat>,
    /// A JSONL line longer than this is reported and skipped, so that one runaway record
    /// can't exhaust memory.
    pub max_record_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            max_record_bytes: 64 << 20,
        }
    }
}

/// Expands the command-line paths: `-` is stdin, directories are walked recursively in
/// sorted order (hidden entries skipped) so that output order is reproducible.
pub fn expand_paths(paths: &[String]) -> (Vec<Source>, Vec<IngestError>) {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let path = PathBuf::from(p);
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, &mut out, &mut errors),
            Ok(_) => out.push(Source::File(path)),
            Err(e) => errors.push(IngestError {
                origin: Origin {
                    file: p.clone(),
                    line: None,
                },
                kind: ErrorKind::Io(e.to_string()),
            }),
        }
    }
    (out, errors)
}

fn walk(dir: &Path, out: &mut Vec<Source>, errors: &mut Vec<IngestError>) {
    // Iterative, so that a very deep tree cannot overflow the stack.
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(e) => {
                errors.push(IngestError {
                    origin: Origin {
                        file: d.display().to_string(),
                        line: None,
                    },
                    kind: ErrorKind::Io(e.to_string()),
                });
                continue;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with('.'))
            })
            .collect();
        paths.sort();
        let mut subdirs = Vec::new();
        for p in paths {
            if p.is_dir() {
                subdirs.push(p);
            } else {
                out.push(Source::File(p));
            }
        }
        // Push in reverse so directories are visited in sorted order.
        stack.extend(subdirs.into_iter().rev());
    }
}

/// The record id of a file: its path with `.gz` and the format extension taken off, so that
/// `dev/abc.html.gz` gives `dev/abc`.
pub fn id_from_path(name: &str) -> String {
    let mut s = name.strip_prefix("./").unwrap_or(name);
    if let Some(x) = s.strip_suffix(".gz") {
        s = x;
    }
    for ext in [
        ".html", ".htm", ".xhtml", ".txt", ".text", ".jsonl", ".ndjson",
    ] {
        if let Some(x) = s.strip_suffix(ext) {
            return x.to_string();
        }
    }
    s.to_string()
}

fn format_from_name(name: &str) -> Option<InputFormat> {
    let lower = name.to_ascii_lowercase();
    let s = lower.strip_suffix(".gz").unwrap_or(&lower);
    if s.ends_with(".jsonl") || s.ends_with(".ndjson") {
        Some(InputFormat::Jsonl)
    } else if s.ends_with(".html") || s.ends_with(".htm") || s.ends_with(".xhtml") {
        Some(InputFormat::Html)
    } else if s.ends_with(".txt") || s.ends_with(".text") {
        Some(InputFormat::Text)
    } else {
        None
    }
}

/// Guesses the format from the first bytes of the content.
fn sniff(head: &[u8]) -> InputFormat {
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(head.len());
    let head = &head[start..];
    if head.first() == Some(&b'{') {
        return InputFormat::Jsonl;
    }
    let probe = String::from_utf8_lossy(&head[..head.len().min(4096)]).to_ascii_lowercase();
    let markers = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<div",
        "<p>",
        "<article",
    ];
    if head.first() == Some(&b'<') || markers.iter().any(|m| probe.contains(m)) {
        InputFormat::Html
    } else {
        InputFormat::Text
    }
}

fn looks_binary(head: &[u8]) -> bool {
    let n = head.len().min(8192);
    head[..n].contains(&0)
}

fn err(origin: &Origin, kind: ErrorKind) -> IngestError {
    IngestError {
        origin: origin.clone(),
        kind,
    }
}

fn io_kind(e: &io::Error, gz: bool) -> ErrorKind {
    if gz
        && matches!(
            e.kind(),
            io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData
        )
    {
        ErrorKind::Gzip(e.to_string())
    } else {
        ErrorKind::Io(e.to_string())
    }
}

/// Decodes bytes as UTF-8; invalid sequences are replaced and reported as a warning.
fn decode(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            warnings.push(format!(
                "invalid UTF-8 at byte {at}: decoded with replacement characters"
            ));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

/// Reads every record of `src`, handing each to `emit` in input order. `emit` returns
/// `false` to stop early (as `--strict` does after a failure).
pub fn read_source(
    src: &Source,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Result<RawArticle, IngestError>) -> bool,
) {
    let name = src.name();
    let file_origin = Origin {
        file: name.clone(),
        line: None,
    };
    let raw: Box<dyn Read> = match src {
        Source::Stdin => Box::new(io::stdin().lock()),
        Source::File(p) => match std::fs::File::open(p) {
            Ok(f) => Box::new(f),
            Err(e) => {
                emit(Err(err(&file_origin, ErrorKind::Io(e.to_string()))));
                return;
            }
        },
    };
    let mut raw = BufReader::with_capacity(1 << 16, raw);
    let magic = match raw.fill_buf() {
        Ok(b) => b.len() >= 2 && b[0] == 0x1f && b[1] == 0x8b,
        Err(e) => {
            emit(Err(err(&file_origin, ErrorKind::Io(e.to_string()))));
            return;
        }
    };
    let gz = magic;
    let mut reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::with_capacity(1 << 16, MultiGzDecoder::new(raw)))
    } else {
        Box::new(raw)
    };
    let head = match reader.fill_buf() {
        Ok(b) => b.to_vec(),
        Err(e) => {
            emit(Err(err(&file_origin, io_kind(&e, gz))));
            return;
        }
    };
    if head.is_empty() {
        emit(Err(err(&file_origin, ErrorKind::Empty)));
        return;
    }
    if looks_binary(&head) {
        emit(Err(err(&file_origin, ErrorKind::Binary)));
        return;
    }
    let format = opts
        .format
        .or_else(|| format_from_name(&name))
        .unwrap_or_else(|| sniff(&head));
    let base_id = match src {
        Source::Stdin => "stdin".to_string(),
        Source::File(_) => id_from_path(&name),
    };
    match format {
        InputFormat::Jsonl => read_jsonl(&mut reader, gz, &name, &base_id, opts, emit),
        InputFormat::Text | InputFormat::Html => {
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                emit(Err(err(&file_origin, io_kind(&e, gz))));
                return;
            }
            if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                emit(Err(err(&file_origin, ErrorKind::Empty)));
                return;
            }
            let mut warnings = Vec::new();
            let text = decode(bytes, &mut warnings);
            let body = if format == InputFormat::Html {
                Body::Html(text)
            } else {
                Body::Text(text)
            };
            emit(Ok(RawArticle {
                id: base_id,
                url: None,
                title: None,
                published: None,
                source: None,
                body,
                origin: file_origin,
                warnings,
            }));
        }
    }
}

/// What one capped line read found.
enum Line {
    Eof,
    Ok,
    TooLong(usize),
}

/// Reads one line into `buf` (without the newline), but never holds more than `cap` bytes:
/// the rest of an over-long line is skipped.
fn read_line_capped(r: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<Line> {
    buf.clear();
    let mut total = 0usize;
    let mut any = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (used, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        let content = if done { used - 1 } else { used };
        if total + content <= cap {
            buf.extend_from_slice(&chunk[..content]);
        }
        total += content;
        r.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(Line::Eof);
    }
    if total > cap {
        buf.clear();
        return Ok(Line::TooLong(total));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Line::Ok)
}

fn read_jsonl(
    reader: &mut dyn BufRead,
    gz: bool,
    name: &str,
    base_id: &str,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Result<RawArticle, IngestError>) -> bool,
) {
    let mut buf = Vec::new();
    let mut lineno = 0usize;
    let mut records = 0usize;
    loop {
        lineno += 1;
        let origin = Origin {
            file: name.to_string(),
            line: Some(lineno),
        };
        match read_line_capped(reader, &mut buf, opts.max_record_bytes) {
            Err(e) => {
                emit(Err(err(&origin, io_kind(&e, gz))));
                return;
            }
            Ok(Line::Eof) => break,
            Ok(Line::TooLong(n)) => {
                records += 1;
                if !emit(Err(err(
                    &origin,
                    ErrorKind::TooLong(n, opts.max_record_bytes),
                ))) {
                    return;
                }
            }
            Ok(Line::Ok) => {
                if buf.iter().all(|b| b.is_ascii_whitespace()) {
                    continue;
                }
                records += 1;
                let mut warnings = Vec::new();
                let line = decode(std::mem::take(&mut buf), &mut warnings);
                let rec = parse_record(&line, base_id, origin, warnings);
                if !emit(rec) {
                    return;
                }
            }
        }
    }
    if records == 0 {
        emit(Err(err(
            &Origin {
                file: name.to_string(),
                line: None,
            },
            ErrorKind::Empty,
        )));
    }
}

fn str_field(v: &serde_json::Value, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match v.get(*k) {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    })
}

fn parse_record(
    line: &str,
    base_id: &str,
    origin: Origin,
    mut warnings: Vec<String>,
) -> Result<RawArticle, IngestError> {
    let v: serde_json::Value =
        serde_json::from_str(line).map_err(|e| err(&origin, ErrorKind::Json(e.to_string())))?;
    if !v.is_object() {
        return Err(err(
            &origin,
            ErrorKind::Json("a record must be a JSON object".into()),
        ));
    }
    let body = if let Some(t) = str_field(&v, &["text"]) {
        Body::Text(t)
    } else if let Some(h) = str_field(&v, &["html"]) {
        Body::Html(h)
    } else {
        return Err(err(&origin, ErrorKind::NoBody));
    };
    let published = match str_field(&v, &["published", "date"]) {
        Some(p) => {
            let n = normalise_date(&p);
            if n.is_none() {
                warnings.push(format!("unrecognised publication date {p:?} was ignored"));
            }
            n
        }
        None => None,
    };
    let line = origin.line.unwrap_or(0);
    Ok(RawArticle {
        id: str_field(&v, &["id"]).unwrap_or_else(|| format!("{base_id}:{line}")),
        url: str_field(&v, &["url"]),
        title: str_field(&v, &["title"]),
        published,
        source: str_field(&v, &["source"]),
        body,
        origin,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_drop_gz_and_format_extensions() {
        assert_eq!(id_from_path("dev/abc.html.gz"), "dev/abc");
        assert_eq!(id_from_path("./a.txt"), "a");
        assert_eq!(id_from_path("notes"), "notes");
    }

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b"  {\"text\":1}"), InputFormat::Jsonl);
        assert_eq!(sniff(b"<!DOCTYPE html><p>x"), InputFormat::Html);
        assert_eq!(sniff(b"MOSCOW (Reuters) - Talks <b>"), InputFormat::Text);
    }

    #[test]
    fn capped_lines_skip_the_rest_of_a_long_line() {
        let data = b"short\nthis one is long\nend".to_vec();
        let mut r: &[u8] = &data;
        let mut buf = Vec::new();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::Ok
        ));
        assert_eq!(buf, b"short");
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::TooLong(16)
        ));
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::Ok
        ));
        assert_eq!(buf, b"end");
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 8).unwrap(),
            Line::Eof
        ));
    }

    #[test]
    fn records_take_id_or_line_number() {
        let o = Origin {
            file: "f.jsonl".into(),
            line: Some(3),
        };
        let r = parse_record(
            r#"{"text":"Hi.","published":"2025-01-29T23:00:00-05:00"}"#,
            "f",
            o.clone(),
            vec![],
        )
        .unwrap();
        assert_eq!(r.id, "f:3");
        assert_eq!(r.published.as_deref(), Some("2025-01-29"));
        let r = parse_record(r#"{"id":7,"html":"<p>x</p>"}"#, "f", o.clone(), vec![]).unwrap();
        assert_eq!(r.id, "7");
        assert!(matches!(r.body, Body::Html(_)));
        let e = parse_record(r#"{"id":"x"}"#, "f", o.clone(), vec![]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "f.jsonl:3: the record has neither \"text\" nor \"html\""
        );
        assert!(parse_record("[1]", "f", o, vec![]).is_err());
    }
}
