//! Re-codes events on documents already analysed by `eventwire extract --tokens` (JSONL),
//! without running the backbone again, and prints `{"id", "events"}` lines for the
//! scorer. With `-v`, prints each event's rule and evidence to stderr.
//!
//! ```text
//! eventwire extract --tokens in.jsonl > analysed.jsonl
//! cargo run --example replay -p eventwire-events -- analysed.jsonl > pred.jsonl
//! ```

use eventwire_model::{
    Document, Entity, EntityType, Mention, Quote, QuoteKind, Sentence, Span, Timex, Token,
};
use serde_json::{json, Value};
use std::io::{BufRead, Write};

fn byte_map(text: &str) -> Vec<usize> {
    let mut m: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    m.push(text.len());
    m
}

fn s(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

fn load(v: &Value) -> Document {
    let text = v["text"].as_str().unwrap_or_default().to_string();
    let b = byte_map(&text);
    let sp = |v: &Value| {
        let a = v["start"].as_u64().unwrap_or(0) as usize;
        let e = v["end"].as_u64().unwrap_or(0) as usize;
        Span::new(b[a.min(b.len() - 1)], b[e.min(b.len() - 1)])
    };
    let mut d = Document {
        id: v["id"].as_str().unwrap_or_default().to_string(),
        url: s(&v["url"]),
        title: s(&v["title"]),
        published: s(&v["published"]),
        text: text.clone(),
        ..Document::default()
    };
    for t in v["tokens"].as_array().into_iter().flatten() {
        d.tokens.push(Token {
            span: sp(t),
            upos: s(&t["upos"]).map(Into::into),
            xpos: s(&t["xpos"]).map(Into::into),
            head: t["head"].as_u64().map(|h| h as usize),
            deprel: s(&t["deprel"]).map(Into::into),
        });
    }
    for x in v["sentences"].as_array().into_iter().flatten() {
        d.sentences.push(Sentence {
            span: sp(x),
            tokens: (
                x["token_start"].as_u64().unwrap_or(0) as usize,
                x["token_end"].as_u64().unwrap_or(0) as usize,
            ),
        });
    }
    for e in v["entities"].as_array().into_iter().flatten() {
        let kind = match e["type"].as_str() {
            Some("PER") => EntityType::PER,
            Some("ORG") => EntityType::ORG,
            Some("LOC") => EntityType::LOC,
            _ => EntityType::MISC,
        };
        d.entities.push(Entity {
            id: s(&e["id"]).unwrap_or_default(),
            name: s(&e["name"]).unwrap_or_default(),
            kind,
            aliases: vec![],
            country: s(&e["country"]),
            actor_code: s(&e["actor_code"]),
            kb_id: s(&e["kb_id"]),
            roles: e["roles"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(s)
                .collect(),
            mentions: e["mentions"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|m| Mention {
                    span: sp(m),
                    role: s(&m["role"]),
                    actor_code: s(&m["actor_code"]),
                })
                .collect(),
        });
    }
    for q in v["quotes"].as_array().into_iter().flatten() {
        d.quotes.push(Quote {
            span: q["start"].as_u64().map(|_| sp(q)),
            text: s(&q["text"]).unwrap_or_default(),
            kind: QuoteKind::Indirect,
            speaker: s(&q["speaker"]),
            speaker_name: s(&q["speaker_name"]),
            speaker_role: s(&q["speaker_role"]),
            cue: None,
            via: vec![],
            sentence: q["sentence"].as_u64().map(|x| x as usize),
            post: None,
        });
    }
    for t in v["timexes"].as_array().into_iter().flatten() {
        d.timexes.push(Timex {
            span: sp(t),
            value: s(&t["value"]).unwrap_or_default(),
        });
    }
    d
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let path = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .expect("a JSONL path");
    let f = std::io::BufReader::new(std::fs::File::open(path).expect("readable input"));
    let out = std::io::stdout();
    let mut out = out.lock();
    for line in f.lines() {
        let line = line.unwrap();
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(&line).unwrap();
        let mut d = load(&v);
        eventwire_events::code(&mut d);
        let evs: Vec<Value> = d
            .events
            .iter()
            .map(|e| {
                json!({"source": {"code": e.source.code, "name": e.source.name},
                       "target": e.target.as_ref().map(|t| json!({"code": t.code, "name": t.name})),
                       "code": e.code, "date": e.date, "rule": e.rule,
                       "negated": e.negated, "hypothetical": e.hypothetical})
            })
            .collect();
        if verbose {
            eprintln!("== {}", d.id);
            for e in &d.events {
                eprintln!(
                    "  {} {:?} -> {:?} {} neg={} hyp={} date={:?} | {}",
                    e.code,
                    e.source.code,
                    e.target.as_ref().and_then(|t| t.code.clone()),
                    e.rule,
                    e.negated,
                    e.hypothetical,
                    e.date,
                    &d.text[e.evidence.range()].replace('\n', " ")
                );
            }
        }
        writeln!(out, "{}", json!({"id": d.id, "events": evs})).unwrap();
    }
}
