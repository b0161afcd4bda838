//! Development aid: runs attribution over a JSONL file and writes records in the shape
//! of `eventwire extract --format jsonl`, without rebuilding the whole CLI.
//!
//! Input records are either `{"id", "text"}` (segmentation only, no backbone) or the
//! output of `eventwire extract --tokens --format jsonl` (its tokens, tags, parse and
//! entities are used as they are; its quotes are replaced).
//!
//! `cargo run --release -p eventwire-attribution --example attr_jsonl -- IN.jsonl > OUT.jsonl`

use eventwire_model::{Document, Entity, EntityType, Mention, Sentence, Span, Token};
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
        let mut doc = read(&v);
        eventwire_attribution::attribute(&mut doc);
        let line = eventwire_model::json::to_line(&doc, false);
        writeln!(out, "{line}").expect("stdout");
    }
}

fn read(v: &serde_json::Value) -> Document {
    let text = v["text"].as_str().unwrap_or("").to_string();
    // Code-point offsets to byte offsets.
    let mut byte: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    byte.push(text.len());
    let b = |c: &serde_json::Value| {
        byte.get(c.as_u64().unwrap_or(0) as usize)
            .copied()
            .unwrap_or(text.len())
    };
    let mut doc = Document {
        id: v["id"].as_str().unwrap_or("").to_string(),
        ..Default::default()
    };
    if let Some(toks) = v["tokens"].as_array() {
        doc.tokens = toks
            .iter()
            .map(|t| Token {
                span: Span::new(b(&t["start"]), b(&t["end"])),
                upos: t["upos"].as_str().map(Into::into),
                xpos: t["xpos"].as_str().map(Into::into),
                head: t["head"].as_u64().map(|h| h as usize),
                deprel: t["deprel"].as_str().map(Into::into),
            })
            .collect();
        doc.sentences = v["sentences"]
            .as_array()
            .map(|ss| {
                ss.iter()
                    .map(|s| Sentence {
                        span: Span::new(b(&s["start"]), b(&s["end"])),
                        tokens: (
                            s["token_start"].as_u64().unwrap_or(0) as usize,
                            s["token_end"].as_u64().unwrap_or(0) as usize,
                        ),
                    })
                    .collect()
            })
            .unwrap_or_default();
        doc.entities = v["entities"]
            .as_array()
            .map(|es| {
                es.iter()
                    .map(|e| Entity {
                        id: e["id"].as_str().unwrap_or("").to_string(),
                        name: e["name"].as_str().unwrap_or("").to_string(),
                        kind: match e["type"].as_str() {
                            Some("PER") => EntityType::PER,
                            Some("ORG") => EntityType::ORG,
                            Some("LOC") => EntityType::LOC,
                            _ => EntityType::MISC,
                        },
                        aliases: Vec::new(),
                        country: None,
                        actor_code: None,
                        kb_id: None,
                        roles: Vec::new(),
                        mentions: e["mentions"]
                            .as_array()
                            .map(|ms| {
                                ms.iter()
                                    .map(|m| Mention {
                                        span: Span::new(b(&m["start"]), b(&m["end"])),
                                        role: None,
                                        actor_code: None,
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                    })
                    .collect()
            })
            .unwrap_or_default();
    } else {
        let spans = eventwire_segment::tokenize(&text);
        doc.sentences = eventwire_segment::split_sentences(&text, &spans);
        doc.tokens = spans
            .into_iter()
            .map(|span| Token {
                span,
                ..Token::default()
            })
            .collect();
    }
    doc.text = text;
    doc
}
