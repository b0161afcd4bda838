//! Tokens and sentences (stub; being written).
use eventwire_model::{Sentence, Span};

/// Token spans of `text` (byte offsets), following UD English (EWT) conventions.
pub fn tokenize(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push(Span::new(s, i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

/// Sentences over `tokens` of `text`.
pub fn split_sentences(text: &str, tokens: &[Span]) -> Vec<Sentence> {
    if tokens.is_empty() {
        return Vec::new();
    }
    let _ = text;
    vec![Sentence {
        span: Span::new(tokens[0].start, tokens[tokens.len() - 1].end),
        tokens: (0, tokens.len()),
    }]
}
