//! The backbone over a whole [`Document`]: tags, heads and relations on every token, and
//! named-entity mentions grouped into entities (one per surface form and type; the resolve
//! stage then merges them into real-world entities and gives them their stable ids).

use crate::Backbone;
use eventwire_model::{Document, Entity, EntityType, Mention, Span};

/// Longest stretch of tokens analysed at once. Sentences are rarely longer; a runaway
/// "sentence" (a table, a list with no punctuation) is analysed in pieces so that the
/// parser's work stays linear and its features sane.
const MAX_WORDS: usize = 250;

impl Backbone {
    /// Fills the token layer's POS, heads and relations and the entity layer of a segmented
    /// document.
    pub fn annotate(&self, doc: &mut Document) {
        let text = &doc.text;
        let tokens = &mut doc.tokens;
        // Per analysed stretch: its first token, its words and the entities found in it.
        type Stretch<'t> = (usize, Vec<&'t str>, Vec<(usize, usize, EntityType)>);
        let mut stretches: Vec<Stretch> = Vec::new();
        for s in &doc.sentences {
            let mut start = s.tokens.0;
            while start < s.tokens.1 {
                let end = (start + MAX_WORDS).min(s.tokens.1);
                let words: Vec<&str> = tokens[start..end]
                    .iter()
                    .map(|t| &text[t.span.range()])
                    .collect();
                let a = self.analyse_raw(&words);
                let l = &self.labels;
                for (i, tok) in tokens[start..end].iter_mut().enumerate() {
                    let tag = a.tags.get(i).map(|&t| t as usize);
                    tok.upos = tag.and_then(|t| l.upos.get(t).cloned());
                    tok.xpos = tag.and_then(|t| l.xpos.get(t).cloned());
                    tok.head = a.parse.heads.get(i).copied().flatten().map(|h| h + start);
                    tok.deprel = a.parse.labels.get(i).map(|&r| l.deprel(r));
                }
                stretches.push((start, words, a.entities));
                start = end;
            }
        }
        // The same name gets the same type throughout the document.
        let mut sents: Vec<_> = stretches
            .iter_mut()
            .map(|(_, w, e)| (w.as_slice(), e))
            .collect();
        crate::ner::harmonise(&mut sents);
        let mut found: Vec<(Span, EntityType)> = Vec::new();
        for (start, words, entities) in &stretches {
            for &(ws, we, kind) in entities {
                if ws < we && we <= words.len() {
                    let span = Span::new(
                        tokens[start + ws].span.start,
                        tokens[start + we - 1].span.end,
                    );
                    found.push((span, kind));
                }
            }
        }
        doc.entities = group_by_surface(text, found);
    }
}

/// One entity per distinct surface form and type, in order of first mention. Entity
/// resolution (variants, titles, acronyms) replaces this grouping when it runs.
fn group_by_surface(text: &str, found: Vec<(Span, EntityType)>) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut index: std::collections::HashMap<(String, EntityType), usize> = Default::default();
    for (span, kind) in found {
        let surface = text[span.range()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let i = *index.entry((surface.clone(), kind)).or_insert_with(|| {
            entities.push(Entity {
                id: provisional_id(kind, &surface),
                name: surface.clone(),
                kind,
                aliases: Vec::new(),
                country: None,
                actor_code: None,
                kb_id: None,
                roles: Vec::new(),
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        entities[i].mentions.push(Mention {
            span,
            role: None,
            actor_code: None,
        });
    }
    entities
}

/// An id that names the surface and type until resolution gives the entity its own.
fn provisional_id(kind: EntityType, surface: &str) -> String {
    format!("{kind:?}:{surface}").to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_group_by_surface_and_type() {
        let text = "Peskov met Putin. Peskov left.";
        let e = group_by_surface(
            text,
            vec![
                (Span::new(0, 6), EntityType::PER),
                (Span::new(11, 16), EntityType::PER),
                (Span::new(18, 24), EntityType::PER),
            ],
        );
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].name, "Peskov");
        assert_eq!(e[0].mentions.len(), 2);
    }
}
