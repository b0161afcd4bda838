//! Development aid: runs segmentation and attribution (no backbone) over a JSONL file of
//! `{"id", "text"}` records and writes `{"id", "quotes"}` lines in the shape of
//! `eventwire extract --format jsonl`, for use while the full CLI cannot be built.
//!
//! `cargo run --release -p eventwire-attribution --example attr_jsonl -- IN.jsonl > OUT.jsonl`

use eventwire_model::{Document, Token};
use std::io::{BufRead, Write};

fn main() {
    let path = std::env::args().nth(1).expect("usage: attr_jsonl IN.jsonl");
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("readable input"));
    let mut out = std::io::stdout().lock();
    for line in f.lines() {
        let line = line.expect("utf-8 line");
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).expect("json line");
        let text = v["text"].as_str().unwrap_or("").to_string();
        let spans = eventwire_segment::tokenize(&text);
        let sentences = eventwire_segment::split_sentences(&text, &spans);
        let mut doc = Document {
            id: v["id"].as_str().unwrap_or("").to_string(),
            tokens: spans
                .into_iter()
                .map(|span| Token {
                    span,
                    ..Token::default()
                })
                .collect(),
            sentences,
            text,
            ..Default::default()
        };
        eventwire_attribution::attribute(&mut doc);
        let line = eventwire_model::json::to_line(&doc, false);
        writeln!(out, "{line}").expect("stdout");
    }
}
