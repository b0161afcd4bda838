//! Scoring: UD attachment/tagging scores and conlleval-style entity P/R/F1.
use crate::data::{NerSentence, UdSentence};
use crate::{Backbone, EntityType};
use std::fmt::Write;

/// CoNLL 2018 style: LAS compares the universal relation (subtype after ':' ignored);
/// `las_full` compares full labels.
#[derive(Debug, Default, Clone)]
pub struct UdScores {
    pub words: usize,
    pub upos: f64,
    pub xpos: f64,
    pub uas: f64,
    pub las: f64,
    pub las_full: f64,
}

fn universal(rel: &str) -> &str {
    rel.split(':').next().unwrap_or(rel)
}

pub fn score_ud(bb: &Backbone, gold: &[UdSentence]) -> UdScores {
    let (mut n, mut u, mut x, mut ua, mut la, mut lf) = (0usize, 0usize, 0, 0, 0, 0);
    for s in gold {
        let words: Vec<&str> = s.words.iter().map(|w| w.as_str()).collect();
        let a = bb.analyse(&words);
        for i in 0..words.len() {
            n += 1;
            u += (a.upos[i] == s.upos[i]) as usize;
            x += (a.xpos[i] == s.xpos[i]) as usize;
            let h = a.heads[i].map_or(0, |h| h + 1);
            if h == s.heads[i] {
                ua += 1;
                la += (universal(&a.deprels[i]) == universal(&s.deprels[i])) as usize;
                lf += (a.deprels[i] == s.deprels[i]) as usize;
            }
        }
    }
    let r = |k: usize| k as f64 / n.max(1) as f64;
    UdScores {
        words: n,
        upos: r(u),
        xpos: r(x),
        uas: r(ua),
        las: r(la),
        las_full: r(lf),
    }
}

pub fn report_ud(s: &UdScores) -> String {
    format!(
        "words {}\nUPOS {:.4}\nXPOS {:.4}\nUAS {:.4}\nLAS (full labels) {:.4}\nLAS {:.4}\n",
        s.words, s.upos, s.xpos, s.uas, s.las_full, s.las
    )
}

/// Per-type counts (true positives, predicted, gold) for PER, ORG, LOC, MISC.
#[derive(Debug, Default, Clone)]
pub struct NerCounts {
    pub by_type: [(usize, usize, usize); 4],
}

fn type_index(t: EntityType) -> usize {
    match t {
        EntityType::PER => 0,
        EntityType::ORG => 1,
        EntityType::LOC => 2,
        EntityType::MISC => 3,
    }
}

impl NerCounts {
    pub fn add(
        &mut self,
        gold: &[(usize, usize, EntityType)],
        pred: &[(usize, usize, EntityType)],
    ) {
        for g in gold {
            self.by_type[type_index(g.2)].2 += 1;
        }
        for p in pred {
            let k = type_index(p.2);
            self.by_type[k].1 += 1;
            if gold.contains(p) {
                self.by_type[k].0 += 1;
            }
        }
    }

    fn prf(tp: usize, np: usize, ng: usize) -> (f64, f64, f64) {
        let p = tp as f64 / np.max(1) as f64;
        let r = tp as f64 / ng.max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    }

    /// Micro P/R/F1 over PER, ORG and LOC.
    pub fn core(&self) -> (f64, f64, f64) {
        let (mut tp, mut np, mut ng) = (0, 0, 0);
        for c in &self.by_type[..3] {
            tp += c.0;
            np += c.1;
            ng += c.2;
        }
        Self::prf(tp, np, ng)
    }

    pub fn report(&self) -> String {
        let mut out = String::new();
        let names = ["PER", "ORG", "LOC", "MISC"];
        writeln!(out, "type  gold  pred  P       R       F1").unwrap();
        for (name, c) in names.iter().zip(&self.by_type) {
            let (p, r, f) = Self::prf(c.0, c.1, c.2);
            writeln!(
                out,
                "{name:<5} {:>5} {:>5} {p:.4}  {r:.4}  {f:.4}",
                c.2, c.1
            )
            .unwrap();
        }
        let (p, r, f) = self.core();
        writeln!(out, "micro PER/ORG/LOC: P {p:.4} R {r:.4} F1 {f:.4}").unwrap();
        writeln!(out, "F1 {f:.4}").unwrap();
        out
    }
}

/// Entities predicted document by document (`doc_start` marks where one begins), with the
/// document-level type consistency of [`crate::ner::harmonise`], as in `Backbone::annotate`.
pub fn score_ner(bb: &Backbone, gold: &[NerSentence]) -> NerCounts {
    let mut c = NerCounts::default();
    let mut start = 0;
    while start < gold.len() {
        let mut end = start + 1;
        while end < gold.len() && !gold[end].doc_start {
            end += 1;
        }
        let doc = &gold[start..end];
        let words: Vec<Vec<&str>> = doc
            .iter()
            .map(|s| s.words.iter().map(|w| w.as_str()).collect())
            .collect();
        let mut preds: Vec<_> = words.iter().map(|w| bb.entities(w)).collect();
        let mut sents: Vec<_> = words
            .iter()
            .map(|w| w.as_slice())
            .zip(preds.iter_mut())
            .collect();
        crate::ner::harmonise(&mut sents);
        for (s, pred) in doc.iter().zip(&preds) {
            c.add(&s.spans, pred);
        }
        start = end;
    }
    c
}
