//! The JSON record of a [`Document`]: the contract documented in `docs/schema.md` and
//! `docs/eventwire.schema.json`.
//!
//! Spans are byte ranges inside Rust; here they become Unicode code-point offsets into
//! `text`, so that `text[start:end]` in Python gives the annotated string.

use crate::{Document, EntityType, QuoteKind, Removed, Span};
use serde::Serialize;

/// Maps byte offsets of one text to code-point offsets. Free for ASCII text; otherwise a
/// binary search over the positions of multi-byte characters.
pub struct CharOffsets {
    /// (byte offset just after a multi-byte char, bytes saved so far minus chars).
    extra: Vec<(usize, usize)>,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let mut extra = Vec::new();
        if !text.is_ascii() {
            let mut saved = 0;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    saved += n - 1;
                    extra.push((i + n, saved));
                }
            }
        }
        CharOffsets { extra }
    }

    /// The code-point offset of byte offset `b` (which must be a char boundary).
    pub fn char_of(&self, b: usize) -> usize {
        if self.extra.is_empty() {
            return b;
        }
        let i = self.extra.partition_point(|&(end, _)| end <= b);
        if i == 0 {
            b
        } else {
            b - self.extra[i - 1].1
        }
    }
}

#[derive(Serialize)]
struct JsonRecord<'a> {
    id: &'a str,
    url: &'a Option<String>,
    title: &'a Option<String>,
    published: &'a Option<String>,
    source: &'a Option<String>,
    authors: &'a [String],
    text: &'a str,
    removed: &'a [Removed],
    posts: &'a [crate::Post],
    sentences: Vec<JsonSentence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<Vec<JsonToken<'a>>>,
    entities: Vec<JsonEntity<'a>>,
    quotes: Vec<JsonQuote<'a>>,
    events: Vec<JsonEvent<'a>>,
    timexes: Vec<JsonTimex<'a>>,
}

#[derive(Serialize)]
struct JsonSentence {
    start: usize,
    end: usize,
    token_start: usize,
    token_end: usize,
}

#[derive(Serialize)]
struct JsonToken<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    upos: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    xpos: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    head: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    deprel: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonMention<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    role: &'a Option<String>,
    actor_code: &'a Option<String>,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    kind: EntityType,
    aliases: &'a [String],
    country: &'a Option<String>,
    actor_code: &'a Option<String>,
    kb_id: &'a Option<String>,
    roles: &'a [String],
    mentions: Vec<JsonMention<'a>>,
}

#[derive(Serialize)]
struct JsonQuote<'a> {
    text: &'a str,
    start: Option<usize>,
    end: Option<usize>,
    kind: QuoteKind,
    speaker: &'a Option<String>,
    speaker_name: &'a Option<String>,
    speaker_role: &'a Option<String>,
    cue: Option<&'a str>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    via: &'a [String],
    sentence: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    post: Option<usize>,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonEvent<'a> {
    source: &'a crate::Actor,
    target: &'a Option<crate::Actor>,
    code: &'a str,
    root_code: &'a str,
    label: &'a str,
    goldstein: f64,
    quad_class: u8,
    date: &'a Option<String>,
    date_text: &'a Option<String>,
    date_inferred: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned_date: &'a Option<String>,
    location: &'a Option<crate::Location>,
    evidence: JsonEvidence<'a>,
    rule: &'a str,
    negated: bool,
    hypothetical: bool,
    confidence: f64,
}

#[derive(Serialize)]
struct JsonTimex<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    value: &'a str,
}

fn record<'a>(doc: &'a Document, with_tokens: bool) -> JsonRecord<'a> {
    let off = CharOffsets::new(&doc.text);
    let c = |b: usize| off.char_of(b);
    let t = |s: Span| &doc.text[s.range()];
    JsonRecord {
        id: &doc.id,
        url: &doc.url,
        title: &doc.title,
        published: &doc.published,
        source: &doc.source,
        authors: &doc.authors,
        text: &doc.text,
        removed: &doc.removed,
        posts: &doc.posts,
        sentences: doc
            .sentences
            .iter()
            .map(|s| JsonSentence {
                start: c(s.span.start),
                end: c(s.span.end),
                token_start: s.tokens.0,
                token_end: s.tokens.1,
            })
            .collect(),
        tokens: with_tokens.then(|| {
            doc.tokens
                .iter()
                .map(|k| JsonToken {
                    start: c(k.span.start),
                    end: c(k.span.end),
                    text: t(k.span),
                    upos: k.upos.as_deref(),
                    xpos: k.xpos.as_deref(),
                    head: k.head,
                    deprel: k.deprel.as_deref(),
                })
                .collect()
        }),
        entities: doc
            .entities
            .iter()
            .map(|e| JsonEntity {
                id: &e.id,
                name: &e.name,
                kind: e.kind,
                aliases: &e.aliases,
                country: &e.country,
                actor_code: &e.actor_code,
                kb_id: &e.kb_id,
                roles: &e.roles,
                mentions: e
                    .mentions
                    .iter()
                    .map(|m| JsonMention {
                        start: c(m.span.start),
                        end: c(m.span.end),
                        text: t(m.span),
                        role: &m.role,
                        actor_code: &m.actor_code,
                    })
                    .collect(),
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| JsonQuote {
                text: &q.text,
                start: q.span.map(|s| c(s.start)),
                end: q.span.map(|s| c(s.end)),
                kind: q.kind,
                speaker: &q.speaker,
                speaker_name: &q.speaker_name,
                speaker_role: &q.speaker_role,
                cue: q.cue.map(t),
                cue_start: q.cue.map(|s| c(s.start)),
                cue_end: q.cue.map(|s| c(s.end)),
                via: &q.via,
                sentence: q.sentence,
                post: q.post,
            })
            .collect(),
        events: doc
            .events
            .iter()
            .map(|e| JsonEvent {
                source: &e.source,
                target: &e.target,
                code: &e.code,
                root_code: &e.root_code,
                label: &e.label,
                goldstein: e.goldstein,
                quad_class: e.quad_class,
                date: &e.date,
                date_text: &e.date_text,
                date_inferred: e.date_inferred,
                planned_date: &e.planned_date,
                location: &e.location,
                evidence: JsonEvidence {
                    start: c(e.evidence.start),
                    end: c(e.evidence.end),
                    text: t(e.evidence),
                },
                rule: &e.rule,
                negated: e.negated,
                hypothetical: e.hypothetical,
                confidence: e.confidence,
            })
            .collect(),
        timexes: doc
            .timexes
            .iter()
            .map(|x| JsonTimex {
                start: c(x.span.start),
                end: c(x.span.end),
                text: t(x.span),
                value: &x.value,
            })
            .collect(),
    }
}

/// One compact JSON line (no trailing newline).
pub fn to_line(doc: &Document, with_tokens: bool) -> String {
    serde_json::to_string(&record(doc, with_tokens)).expect("a Document always serialises")
}

/// A JSON value, for pretty printing or arrays of several documents.
pub fn to_value(doc: &Document, with_tokens: bool) -> serde_json::Value {
    serde_json::to_value(record(doc, with_tokens)).expect("a Document always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Ré “al-Sharaa” 🙂 x";
        let off = CharOffsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(off.char_of(bi), ci, "byte {bi}");
        }
        assert_eq!(off.char_of(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_offsets_are_identity() {
        let off = CharOffsets::new("plain");
        assert_eq!(off.char_of(3), 3);
    }

    #[test]
    fn record_has_reserved_layers_and_char_offsets() {
        let doc = Document {
            id: "a".into(),
            text: "Ré said.".into(),
            sentences: vec![crate::Sentence {
                span: Span::new(0, 9),
                tokens: (0, 0),
            }],
            ..Default::default()
        };
        let v = to_value(&doc, false);
        for layer in [
            "entities", "quotes", "events", "timexes", "removed", "posts",
        ] {
            assert!(v[layer].as_array().unwrap().is_empty(), "{layer}");
        }
        assert_eq!(v["sentences"][0]["end"], 8);
        assert!(v.get("tokens").is_none());
    }
}
