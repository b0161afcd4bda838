//! Greedy left-to-right averaged-perceptron POS tagger predicting joint Penn XPOS + UPOS.
//!
//! One joint class ("NN\tNOUN") keeps the two tag sets consistent at the cost of one model.
//! Frequent unambiguous words are tagged from a dictionary; every word also looks up its most
//! frequent training tag, and the tags of the next two words from that lexicon give the
//! greedy tagger some right context.
//!
//! News text has verb forms that are rare in the web-text treebanks ("shot", "laid",
//! "froze") and news nouns ("premier"). With `--synthetic N`, training adds a second stage
//! for them: the words of our own lists (`data/verbs.txt`: base, past and participle forms;
//! `data/news_nouns.txt`) get features of their list class (past form, participle, base
//! form, news noun), alone and with the previous tag, the word itself, the next word's
//! lexicon tag and list class, and whether a finite verb has been tagged since the clause
//! began (at the sentence start or after "that", a relative pronoun, a comma: a subject
//! without its verb yet expects one, "... urged that the council lift the ban"). Their
//! weights are learnt with the treebank model frozen, from the treebanks plus synthetic
//! news sentences ([`crate::tagsynth`]), so the tags of other words hardly move. A model
//! trained without the stage has no such weights and tags as before.
use crate::data::UdSentence;
use crate::hash::{feat, hash_str, KeyMap, Rng};
use crate::io::{Reader, Writer};
use crate::lex::{normalise, Lex};
use crate::perceptron::{argmax_where, Model, Trainer};
use std::collections::HashMap;

pub struct Tagger {
    /// Joint classes, "XPOS\tUPOS".
    pub tags: Vec<String>,
    pub xpos: Vec<String>,
    pub upos: Vec<String>,
    /// Form hash -> tag for frequent words that (nearly) always take one tag.
    tagdict: KeyMap<u16>,
    /// Normalised-form hash -> most frequent tag.
    lexicon: KeyMap<u16>,
    /// Per class: how it moves the clause state ([`CLAUSE_FINITE`], [`CLAUSE_BOUNDARY`], 0).
    clause: Vec<u8>,
    model: Model,
}

const CLAUSE_FINITE: u8 = 1;
const CLAUSE_BOUNDARY: u8 = 2;

/// Lexicon classes of our word lists (bits): a past form, a participle, a singular news
/// noun, a plural one, a base form.
const LEX_VBD: u64 = 1;
const LEX_VBN: u64 = 2;
const LEX_NN: u64 = 4;
const LEX_NNS: u64 = 8;
const LEX_VB: u64 = 16;

/// Normalised-form hash -> lexicon class bits, from `data/verbs.txt` and
/// `data/news_nouns.txt` (with regular plurals).
fn lex_classes() -> &'static KeyMap<u64> {
    static MAP: std::sync::OnceLock<KeyMap<u64>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: KeyMap<u64> = KeyMap::default();
        let mut add = |w: &str, bit: u64| *m.entry(hash_str(&normalise(w))).or_default() |= bit;
        for (base, past, part) in crate::tagsynth::verbs() {
            add(base, LEX_VB);
            past.iter().for_each(|w| add(w, LEX_VBD));
            part.iter().for_each(|w| add(w, LEX_VBN));
        }
        for n in crate::tagsynth::news_nouns() {
            add(n, LEX_NN);
            let plural = if let Some(stem) = n.strip_suffix('y') {
                format!("{stem}ies")
            } else if n.ends_with('s') || n.ends_with("ch") || n.ends_with("sh") {
                format!("{n}es")
            } else {
                format!("{n}s")
            };
            add(&plural, LEX_NNS);
        }
        m
    })
}

/// Whether `word` (in any case) is the third-person present of a verb of our list that is
/// not also the plural of one of our news nouns: "lifts", "Increases", not "strikes".
pub(crate) fn listed_present(word: &str) -> bool {
    let w = normalise(word);
    let classes = |s: &str| lex_classes().get(&hash_str(s)).copied().unwrap_or(0);
    if classes(&w) & LEX_NNS != 0 {
        return false;
    }
    listed_verb_with_s(word)
}

/// Whether the word is a listed verb's base form ("arrest"), or its -s form ("pulls"),
/// whatever else it may be: for headlines in title case, where the case says nothing.
pub(crate) fn listed_verb_form(word: &str) -> bool {
    let w = normalise(word);
    lex_classes().get(&hash_str(&w)).copied().unwrap_or(0) & LEX_VB != 0 || listed_verb_with_s(word)
}

fn listed_verb_with_s(word: &str) -> bool {
    let w = normalise(word);
    let classes = |s: &str| lex_classes().get(&hash_str(s)).copied().unwrap_or(0);
    [
        w.strip_suffix("ies").map(|s| format!("{s}y")),
        w.strip_suffix("es").map(str::to_string),
        w.strip_suffix('s').map(str::to_string),
    ]
    .iter()
    .flatten()
    .any(|b| classes(b) & LEX_VB != 0)
}

const NO_TAG: u64 = 0xffff;
const PAD: usize = 2;

/// Padded lexical view of a sentence: `lex[i + PAD]` is word `i`.
pub fn padded(lexes: &[Lex]) -> Vec<Lex> {
    let mut v = Vec::with_capacity(lexes.len() + 2 * PAD);
    v.push(Lex::boundary(0));
    v.push(Lex::boundary(1));
    v.extend_from_slice(lexes);
    v.push(Lex::boundary(2));
    v.push(Lex::boundary(3));
    v
}

struct Ctx<'a> {
    lex: &'a [Lex],
    mft: &'a [u64],
    /// Lexicon class bits per padded position (0: not in our lists).
    cls: &'a [u64],
}

/// A sentence padded for feature extraction, with each position's most frequent tag and
/// list class: what [`Ctx`] borrows, built the same way for tagging and training.
struct Padded {
    lex: Vec<Lex>,
    mft: Vec<u64>,
    cls: Vec<u64>,
}

impl Padded {
    fn new(t: &Tagger, lexes: &[Lex]) -> Padded {
        let lex = padded(lexes);
        let mft = t.mft(&lex);
        let cls = classes(&lex);
        Padded { lex, mft, cls }
    }

    fn ctx(&self) -> Ctx<'_> {
        Ctx {
            lex: &self.lex,
            mft: &self.mft,
            cls: &self.cls,
        }
    }
}

/// The treebank model's features of word `i` given the two previous tags (training).
fn features(c: &Ctx, i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    static_features(c, i, out);
    tag_features(c, i, p1, p2, out);
}

/// Lexicon classes of a padded sentence.
fn classes(lex: &[Lex]) -> Vec<u64> {
    let m = lex_classes();
    lex.iter()
        .map(|l| m.get(&l.norm).copied().unwrap_or(0))
        .collect()
}

/// The features of word `i` that do not depend on the tags predicted before it.
fn static_features(c: &Ctx, i: usize, out: &mut Vec<u64>) {
    out.clear();
    let j = i + PAD;
    let w = &c.lex[j];
    let (l1, l2, r1, r2) = (&c.lex[j - 1], &c.lex[j - 2], &c.lex[j + 1], &c.lex[j + 2]);
    let (m0, m1, m2) = (c.mft[j], c.mft[j + 1], c.mft[j + 2]);
    out.extend_from_slice(&[
        feat(0, 0, 0, 0),
        feat(1, w.norm, 0, 0),
        feat(2, w.form, 0, 0),
        feat(3, w.suf[0], 0, 0),
        feat(4, w.suf[1], 0, 0),
        feat(5, w.suf[2], 0, 0),
        feat(6, w.suf[3], 0, 0),
        feat(7, w.pre[0], 0, 0),
        feat(8, w.pre[1], 0, 0),
        feat(9, w.pre[2], 0, 0),
        feat(10, w.shape, 0, 0),
        feat(11, w.ortho, 0, 0),
        feat(16, l1.norm, 0, 0),
        feat(17, l1.suf[2], 0, 0),
        feat(18, l2.norm, 0, 0),
        feat(19, r1.norm, 0, 0),
        feat(20, r1.suf[2], 0, 0),
        feat(21, r2.norm, 0, 0),
        feat(22, r1.shape, 0, 0),
        feat(23, l1.shape, 0, 0),
        feat(24, l1.norm, w.norm, 0),
        feat(25, w.norm, r1.norm, 0),
        feat(26, m1, 0, 0),
        feat(27, m2, 0, 0),
        feat(28, m0, 0, 0),
        feat(29, m1, w.norm, 0),
        feat(31, (i == 0) as u64, w.ortho, 0),
    ]);
}

/// The features of word `i` that read the previous tags `p1`, `p2`: appended.
fn tag_features(c: &Ctx, i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    let j = i + PAD;
    let w = &c.lex[j];
    out.extend_from_slice(&[
        feat(12, p1, 0, 0),
        feat(13, p2, 0, 0),
        feat(14, p1, p2, 0),
        feat(15, p1, w.norm, 0),
        feat(30, p1, c.mft[j + 1], 0),
        feat(32, p1, w.suf[2], 0),
    ]);
}

/// The features of a word in our lists (lexicon class bits `c.cls`; none for other words):
/// appended. Their weights are learnt on top of the frozen treebank model (see [`train`]).
fn list_features(c: &Ctx, i: usize, p1: u64, clause: u64, out: &mut Vec<u64>) {
    let j = i + PAD;
    let k = c.cls[j];
    if k == 0 {
        return;
    }
    out.extend_from_slice(&[
        feat(33, k, 0, 0),
        feat(34, k, p1, 0),
        feat(35, k, c.lex[j].norm, 0),
        feat(36, k, clause, p1),
        feat(37, k, c.mft[j + 1], 0),
        feat(38, k, c.cls[j + 1], 0),
        feat(39, k, p1, c.mft[j + 1]),
    ]);
}

impl Tagger {
    #[cfg(test)]
    pub(crate) fn model(&self) -> &Model {
        &self.model
    }

    /// Re-adds the features most looked-up first ([`Model::ranked_by`]).
    #[cfg(feature = "lookup-counts")]
    pub(crate) fn rank_by_lookups(&mut self) {
        self.model = self.model.ranked_by_own_lookups();
    }

    /// Clause state before a word, from the tags before it: 0 a finite verb since the
    /// clause began, 1 none since the sentence start, 2 none since a clause boundary.
    fn clause_state(&self, before: &[u16]) -> u64 {
        for &t in before.iter().rev() {
            match self.clause[t as usize] {
                CLAUSE_FINITE => return 0,
                CLAUSE_BOUNDARY => return 2,
                _ => {}
            }
        }
        1
    }

    fn mft(&self, lexes: &[Lex]) -> Vec<u64> {
        lexes
            .iter()
            .map(|l| self.lexicon.get(&l.norm).map_or(NO_TAG, |&t| t as u64))
            .collect()
    }

    /// Tag ids for one sentence; `lexes` come from [`Lex::new`] on each word.
    pub fn tag(&self, lexes: &[Lex]) -> Vec<u16> {
        let sent = Padded::new(self, lexes);
        let ctx = sent.ctx();
        // Dictionary words first; then the others left to right, each one's features that
        // do not depend on earlier tags computed and prefetched while the word before it is
        // scored.
        let mut tags = vec![0u16; lexes.len()];
        let mut scored = Vec::with_capacity(lexes.len());
        for (i, l) in lexes.iter().enumerate() {
            match self.tagdict.get(&l.form) {
                Some(&t) => tags[i] = t,
                None => scored.push(i),
            }
        }
        let (mut feats, mut next) = (Vec::with_capacity(40), Vec::with_capacity(40));
        if let Some(&i) = scored.first() {
            static_features(&ctx, i, &mut feats);
        }
        let mut scores = vec![0f32; self.tags.len()];
        for (k, &i) in scored.iter().enumerate() {
            if let Some(&j) = scored.get(k + 1) {
                static_features(&ctx, j, &mut next);
                self.model.prefetch(&next);
            }
            // The tags before word i, with the sentence start's own values.
            let prev = |d: usize| i.checked_sub(d).map(|p| tags[p] as u64);
            let p1 = prev(1).unwrap_or(NO_TAG + 1);
            let p2 = prev(2).unwrap_or(if i == 1 { NO_TAG + 1 } else { NO_TAG + 2 });
            tag_features(&ctx, i, p1, p2, &mut feats);
            list_features(&ctx, i, p1, self.clause_state(&tags[..i]), &mut feats);
            self.model.scores(&feats, &mut scores);
            tags[i] = argmax_where(&scores, |_| true).unwrap_or(0) as u16;
            std::mem::swap(&mut feats, &mut next);
        }
        tags
    }

    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.tags);
        for map in [&self.tagdict, &self.lexicon] {
            let mut v: Vec<(u64, u16)> = map.iter().map(|(k, t)| (*k, *t)).collect();
            v.sort_unstable();
            w.u32(v.len() as u32);
            for (k, t) in v {
                w.u64(k);
                w.u16(t);
            }
        }
        self.model.write(w);
    }

    pub fn read(r: &mut Reader) -> anyhow::Result<Tagger> {
        let tags = r.strs()?;
        let mut maps = Vec::new();
        for _ in 0..2 {
            let n = r.u32()? as usize;
            let mut m = KeyMap::default();
            for _ in 0..n {
                let k = r.u64()?;
                m.insert(k, r.u16()?);
            }
            maps.push(m);
        }
        let lexicon = maps.pop().unwrap();
        let tagdict = maps.pop().unwrap();
        let model = Model::read(r)?;
        Ok(Tagger::assemble(tags, tagdict, lexicon, model))
    }

    fn assemble(
        tags: Vec<String>,
        tagdict: KeyMap<u16>,
        lexicon: KeyMap<u16>,
        model: Model,
    ) -> Tagger {
        let split = |t: &String, k: usize| t.split('\t').nth(k).unwrap_or("X").to_string();
        let xpos: Vec<String> = tags.iter().map(|t| split(t, 0)).collect();
        let upos: Vec<String> = tags.iter().map(|t| split(t, 1)).collect();
        let clause = xpos
            .iter()
            .zip(&upos)
            .map(|(x, u)| match (x.as_str(), u.as_str()) {
                ("VBD" | "VBZ" | "VBP" | "MD", _) => CLAUSE_FINITE,
                ("WDT" | "WP" | "WRB" | "," | ":", _) | (_, "SCONJ") => CLAUSE_BOUNDARY,
                _ => 0,
            })
            .collect();
        Tagger {
            xpos,
            upos,
            clause,
            tags,
            tagdict,
            lexicon,
            model,
        }
    }
}

/// Tagger training options.
pub struct TaggerOptions {
    pub epochs: usize,
    pub seed: u64,
    pub min_weight: f32,
    /// Synthetic news sentences added to the training data ([`crate::tagsynth`]).
    pub synthetic: usize,
}

fn report(t: &Tagger, dev: &[UdSentence], stage: &str, epoch: usize, ok: usize, n: usize) {
    let (u, x) = accuracy(t, dev);
    eprintln!(
        "{stage} epoch {:>2}: train acc {:.4}  dev UPOS {:.4} XPOS {:.4}  ({} features)",
        epoch + 1,
        ok as f64 / n.max(1) as f64,
        u,
        x,
        t.model.n_features()
    );
}

fn accuracy(tagger: &Tagger, dev: &[UdSentence]) -> (f64, f64) {
    let (mut u, mut x, mut n) = (0usize, 0usize, 0usize);
    for s in dev {
        let lexes: Vec<Lex> = s.words.iter().map(|w| Lex::new(w)).collect();
        for (i, t) in tagger.tag(&lexes).into_iter().enumerate() {
            u += (tagger.upos[t as usize] == s.upos[i]) as usize;
            x += (tagger.xpos[t as usize] == s.xpos[i]) as usize;
            n += 1;
        }
    }
    (u as f64 / n.max(1) as f64, x as f64 / n.max(1) as f64)
}

pub fn train(train: &[UdSentence], dev: &[UdSentence], opt: &TaggerOptions) -> Tagger {
    // The tag dictionary and lexicon come from the treebanks alone; synthetic sentences are
    // only training examples.
    let n_real = train.len();
    let synth = crate::tagsynth::tagged_sentences(opt.synthetic, opt.seed);
    let train: Vec<&UdSentence> = train.iter().chain(&synth).collect();
    // Classes in order of first appearance (deterministic).
    let mut tag_ids: HashMap<String, u16> = HashMap::new();
    let mut tags: Vec<String> = Vec::new();
    let mut gold: Vec<Vec<u16>> = Vec::new();
    for s in &train {
        gold.push(
            s.xpos
                .iter()
                .zip(&s.upos)
                .map(|(x, u)| {
                    let k = format!("{x}\t{u}");
                    *tag_ids.entry(k.clone()).or_insert_with(|| {
                        tags.push(k);
                        (tags.len() - 1) as u16
                    })
                })
                .collect(),
        );
    }
    // Tag dictionary (exact forms) and lexicon (normalised forms).
    let mut by_form: HashMap<u64, HashMap<u16, u32>> = HashMap::new();
    let mut by_norm: HashMap<u64, HashMap<u16, u32>> = HashMap::new();
    let lexes: Vec<Vec<Lex>> = train
        .iter()
        .map(|s| s.words.iter().map(|w| Lex::new(w)).collect())
        .collect();
    for (s, g) in lexes.iter().zip(&gold).take(n_real) {
        for (l, &t) in s.iter().zip(g) {
            *by_form.entry(l.form).or_default().entry(t).or_default() += 1;
            *by_norm.entry(l.norm).or_default().entry(t).or_default() += 1;
        }
    }
    let best = |m: &HashMap<u16, u32>| -> (u16, u32, u32) {
        let total: u32 = m.values().sum();
        let (t, c) = m
            .iter()
            .max_by_key(|(t, c)| (**c, std::cmp::Reverse(**t)))
            .unwrap();
        (*t, *c, total)
    };
    let mut tagdict = KeyMap::default();
    for (k, m) in &by_form {
        let (t, c, total) = best(m);
        if total >= 20 && c as f64 / total as f64 >= 0.995 {
            tagdict.insert(*k, t);
        }
    }
    let mut lexicon = KeyMap::default();
    for (k, m) in &by_norm {
        let (t, _, total) = best(m);
        if total >= 3 {
            lexicon.insert(*k, t);
        }
    }
    let mut shell = Tagger::assemble(tags.clone(), tagdict, lexicon, Trainer::new(1).finish(0.0));
    let mut trainer = Trainer::new(tags.len());
    let mut rng = Rng::new(opt.seed);
    let mut order: Vec<usize> = (0..n_real).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; tags.len()];
    let _ = hash_str;
    for epoch in 0..opt.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let sent = Padded::new(&shell, &lexes[si]);
            let ctx = sent.ctx();
            let (mut p1, mut p2) = (NO_TAG + 1, NO_TAG + 2);
            for (i, &g) in gold[si].iter().enumerate() {
                let t = match shell.tagdict.get(&lexes[si][i].form) {
                    Some(&t) => t,
                    None => {
                        features(&ctx, i, p1, p2, &mut feats);
                        trainer.scores(&feats, &mut scores);
                        let guess = argmax_where(&scores, |_| true).unwrap_or(0);
                        trainer.tick();
                        trainer.update(g as usize, guess, &feats);
                        guess as u16
                    }
                };
                correct += (t == g) as usize;
                total += 1;
                p2 = p1;
                p1 = t as u64;
            }
        }
        shell.model = trainer.finish(opt.min_weight);
        report(&shell, dev, "tagger", epoch, correct, total);
    }
    if synth.is_empty() {
        return shell;
    }
    // Second stage: the treebank model is frozen and only the features of words in our
    // lists are learnt on top of it, from the treebank sentences with the synthetic ones
    // spread evenly among them, so that the tags of other words hardly move.
    let base = std::mem::replace(&mut shell.model, Trainer::new(1).finish(0.0));
    let mut trainer = Trainer::new(tags.len());
    let mut rng = Rng::new(opt.seed ^ 0x7e51);
    let mut synth_order: Vec<usize> = (n_real..train.len()).collect();
    let (mut listed, mut extra) = (Vec::new(), vec![0f32; tags.len()]);
    for epoch in 0..opt.epochs {
        rng.shuffle(&mut order);
        rng.shuffle(&mut synth_order);
        let mut visit = Vec::with_capacity(train.len());
        let mut next_synth = synth_order.iter();
        for (k, &si) in order.iter().enumerate() {
            visit.push(si);
            let due = (k + 1) * synth_order.len() / n_real.max(1);
            while visit.len() - (k + 1) < due {
                visit.push(*next_synth.next().expect("a synthetic sentence"));
            }
        }
        visit.extend(next_synth);
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &visit {
            let sent = Padded::new(&shell, &lexes[si]);
            let ctx = sent.ctx();
            let (mut p1, mut p2) = (NO_TAG + 1, NO_TAG + 2);
            let mut pred: Vec<u16> = Vec::with_capacity(gold[si].len());
            for (i, &g) in gold[si].iter().enumerate() {
                let t = match shell.tagdict.get(&lexes[si][i].form) {
                    Some(&t) => t,
                    None => {
                        features(&ctx, i, p1, p2, &mut feats);
                        base.scores(&feats, &mut scores);
                        listed.clear();
                        list_features(&ctx, i, p1, shell.clause_state(&pred), &mut listed);
                        if listed.is_empty() {
                            argmax_where(&scores, |_| true).unwrap_or(0) as u16
                        } else {
                            trainer.scores(&listed, &mut extra);
                            scores.iter_mut().zip(&extra).for_each(|(s, e)| *s += e);
                            let guess = argmax_where(&scores, |_| true).unwrap_or(0);
                            trainer.tick();
                            trainer.update(g as usize, guess, &listed);
                            guess as u16
                        }
                    }
                };
                pred.push(t);
                correct += (t == g) as usize;
                total += 1;
                p2 = p1;
                p1 = t as u64;
            }
        }
        shell.model = base.with_features(trainer.averaged(opt.min_weight));
        report(&shell, dev, "word lists", epoch, correct, total);
    }
    shell
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feats_for(words: &[&str], i: usize, p1: u64) -> Vec<u64> {
        let lexes: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
        let lex = padded(&lexes);
        let mft = vec![NO_TAG; lex.len()];
        let cls = classes(&lex);
        let mut out = Vec::new();
        features(
            &Ctx {
                lex: &lex,
                mft: &mft,
                cls: &cls,
            },
            i,
            p1,
            NO_TAG,
            &mut out,
        );
        out
    }

    #[test]
    fn features_share_word_templates_and_differ_in_context() {
        let a = feats_for(&["the", "run", "ended"], 1, 3);
        let b = feats_for(&["we", "run", "home"], 1, 3);
        assert_eq!(a.len(), b.len());
        // Bias and the word's own form, affixes and shape agree...
        assert_eq!(a[..12], b[..12]);
        // ...its neighbours do not.
        assert_ne!(a[16], b[16]);
        assert_ne!(a[19], b[19]);
        // The previous tag is a feature too.
        assert_ne!(feats_for(&["we", "run", "home"], 1, 4), b);
        // Sentence edges are padded, not out of bounds.
        assert_eq!(feats_for(&["Hi"], 0, 3).len(), a.len());
    }

    /// News clauses with verb forms and nouns that are rare in the treebanks: the shipped
    /// tagger, trained with `--synthetic 17000` (README, "Retraining"), gets them right; the
    /// tagger trained without the second stage got 1 of the first 8 right, the previous
    /// shipped one (earlier templates, 12000 sentences) 10 of these 13.
    /// `EVENTWIRE_TEST_TAGGER=path` tests another model file.
    #[test]
    fn news_verb_forms_and_nouns() {
        let t = match std::env::var("EVENTWIRE_TEST_TAGGER") {
            Ok(p) => crate::load_tagger(std::path::Path::new(&p)).unwrap(),
            Err(_) => crate::read_tagger(crate::TAGGER_BYTES).unwrap(),
        };
        let cases = [
            ("Soldiers shot three villagers near the border .", 1, "VBD"),
            ("The army shot down an aircraft on Friday .", 2, "VBD"),
            ("The premier praised the plan .", 1, "NN"),
            ("Japan 's premier welcomed the agreement .", 2, "NN"),
            (
                "The union demanded that the company end the lockout .",
                6,
                "VB",
            ),
            (
                "Protesters insisted that the minister abandon the project .",
                5,
                "VB",
            ),
            ("The bank froze their accounts last month .", 2, "VBD"),
            ("Their assets were unfrozen in May .", 3, "VBN"),
            // a time between subject and verb, a counted people, headline presents
            (
                "Israeli troops on Monday shot dead two Palestinians .",
                4,
                "VBD",
            ),
            ("Rebels yesterday ambushed an army convoy .", 2, "VBD"),
            ("Thousands of Kurds demonstrated in Kirkuk .", 3, "VBD"),
            ("Rebels attack an army convoy near Goma .", 1, "VBP"),
            ("Police have laid siege to a university .", 2, "VBN"),
        ];
        let mut wrong = Vec::new();
        for (text, i, want) in cases {
            let lexes: Vec<Lex> = text.split_whitespace().map(Lex::new).collect();
            let got = &t.xpos[t.tag(&lexes)[i] as usize];
            if got != want {
                wrong.push(format!("{text}: word {i} {got}, want {want}"));
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// [`Tagger::tag`] (dictionary words first, features split and prefetched ahead) tags
    /// as scoring every word's features in order does.
    #[test]
    fn tag_matches_plain_left_to_right_scoring() {
        let t = crate::read_tagger(crate::TAGGER_BYTES).unwrap();
        let text = "The minister said on Monday that talks would resume . \
            I 'd like 3 blorfs , please ! Prices rose 3.5 % in Q2 , analysts said";
        for words in [
            text.split_whitespace().collect::<Vec<_>>(),
            vec!["Hi"],
            vec![],
        ] {
            let lexes: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
            let sent = Padded::new(&t, &lexes);
            let ctx = sent.ctx();
            let (mut want, mut feats) = (Vec::new(), Vec::new());
            let mut scores = vec![0f32; t.tags.len()];
            let (mut p1, mut p2) = (NO_TAG + 1, NO_TAG + 2);
            for (i, l) in lexes.iter().enumerate() {
                let tag = match t.tagdict.get(&l.form) {
                    Some(&tag) => tag,
                    None => {
                        features(&ctx, i, p1, p2, &mut feats);
                        list_features(&ctx, i, p1, t.clause_state(&want), &mut feats);
                        t.model.scores(&feats, &mut scores);
                        argmax_where(&scores, |_| true).unwrap_or(0) as u16
                    }
                };
                want.push(tag);
                (p2, p1) = (p1, tag as u64);
            }
            assert_eq!(t.tag(&lexes), want);
        }
    }
}
