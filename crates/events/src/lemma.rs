//! A small English lemmatiser for verbs and nouns: irregular forms from a list, regular
//! inflection by suffix rules, with the ambiguous cases ("visited" → visit, "praised" →
//! praise) decided by the lemmas the pattern dictionary knows.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const IRREGULAR: &str = include_str!("../data/irregular_verbs.txt");

fn irregular() -> &'static HashMap<&'static str, &'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        IRREGULAR
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                Some((f.next()?, f.next()?))
            })
            .collect()
    })
}

/// Candidate lemmas of a verb form, most likely first.
fn verb_candidates(w: &str) -> Vec<String> {
    if let Some(l) = irregular().get(w) {
        return vec![l.to_string()];
    }
    let mut out = Vec::new();
    let stem_forms = |stem: &str, out: &mut Vec<String>| {
        if stem.len() < 2 {
            return;
        }
        out.push(stem.to_string());
        out.push(format!("{stem}e"));
        let b = stem.as_bytes();
        let n = b.len();
        if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b's' | b'l' | b'z' | b'f') {
            out.push(stem[..n - 1].to_string());
        }
        if n >= 3 && b[n - 1] == b[n - 2] {
            out.push(stem[..n - 1].to_string());
        }
    };
    if let Some(s) = w.strip_suffix("ied") {
        out.push(format!("{s}y"));
    } else if let Some(s) = w.strip_suffix("ed") {
        stem_forms(s, &mut out);
    } else if let Some(s) = w.strip_suffix("ing") {
        stem_forms(s, &mut out);
        if let Some(s2) = s.strip_suffix('y') {
            out.push(format!("{s2}ie"));
        }
    } else if let Some(s) = w.strip_suffix("ies") {
        out.push(format!("{s}y"));
    } else if let Some(s) = w.strip_suffix("es") {
        out.push(s.to_string());
        out.push(format!("{s}e"));
    } else if let Some(s) = w.strip_suffix('s') {
        if !w.ends_with("ss") {
            out.push(s.to_string());
        }
    }
    out.push(w.to_string());
    out
}

/// Lemma of a verb form (lower-cased), choosing among candidates the one in `known`.
pub fn verb(word: &str, known: &HashSet<String>) -> String {
    let w = word.to_lowercase().replace('’', "'");
    let c = verb_candidates(&w);
    c.iter()
        .find(|x| known.contains(x.as_str()))
        .cloned()
        .unwrap_or_else(|| c[0].clone())
}

/// Lemma of a noun: lower case, regular plurals removed ("sanctions" → sanction,
/// "authorities" → authority, "talks" → talk).
pub fn noun(word: &str) -> String {
    let w = word.to_lowercase().replace('’', "'");
    if w.len() <= 3 || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w;
    }
    if let Some(s) = w.strip_suffix("ies") {
        // "ties", "lies": the stem is too short for -y
        if s.len() <= 1 {
            return w[..w.len() - 1].to_string();
        }
        return format!("{s}y");
    }
    for suf in ["ches", "shes", "sses", "xes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if let Some(s) = w.strip_suffix("men") {
        return format!("{s}man");
    }
    if let Some(s) = w.strip_suffix('s') {
        return s.to_string();
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs() {
        let known: HashSet<String> = [
            "visit", "praise", "sign", "arrest", "threaten", "stop", "accuse",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(verb("visited", &known), "visit");
        assert_eq!(verb("praised", &known), "praise");
        assert_eq!(verb("Signed", &known), "sign");
        assert_eq!(verb("threatened", &known), "threaten");
        assert_eq!(verb("stopped", &known), "stop");
        assert_eq!(verb("met", &known), "meet");
        assert_eq!(verb("accused", &known), "accuse");
        assert_eq!(verb("carries", &known), "carry");
    }

    #[test]
    fn nouns() {
        assert_eq!(noun("sanctions"), "sanction");
        assert_eq!(noun("authorities"), "authority");
        assert_eq!(noun("talks"), "talk");
        assert_eq!(noun("Congress"), "congress");
        assert_eq!(noun("servicemen"), "serviceman");
        assert_eq!(noun("ties"), "tie");
    }
}
