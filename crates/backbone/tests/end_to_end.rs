//! Train all three models on a small synthetic treebank we generate here and check that they
//! learn it; then check the shipped weights on a real sentence. Needs no external data.
use eventwire_backbone::data::{parse_conllu, NerSentence};
use eventwire_backbone::hash::{hash_str, Rng};
use eventwire_backbone::lex::Lex;
use eventwire_backbone::{ner, parser, tagger, Backbone, EntityType};

const DETS: &[&str] = &["the", "a", "this", "every"];
const ADJS: &[&str] = &["big", "old", "red", "quiet", "new", "happy"];
const NOUNS: &[&str] = &[
    "dog", "cat", "report", "minister", "car", "city", "company", "bird",
];
const VERBS: &[&str] = &["sees", "likes", "visits", "finds", "praises", "follows"];
const PEOPLE: &[&str] = &["John", "Maria", "Ahmed", "Olga", "Peter"];
const PLACES: &[&str] = &["Paris", "Kenya", "Berlin", "Texas", "Tokyo"];

/// One generated sentence as CoNLL-U lines plus its entity spans.
fn sentence(rng: &mut Rng) -> (String, Vec<(usize, usize, EntityType)>) {
    // Token: (form, upos, xpos, head (1-based, 0 root), deprel)
    let mut toks: Vec<(String, &str, &str, usize, &str)> = Vec::new();
    let mut spans = Vec::new();
    let pick = |rng: &mut Rng, v: &[&'static str]| v[rng.below(v.len())];
    let proper_subject = rng.below(2) == 0;
    // Subject.
    let subj_head;
    if proper_subject {
        toks.push((pick(rng, PEOPLE).into(), "PROPN", "NNP", 0, "nsubj"));
        spans.push((0, 1, EntityType::PER));
        subj_head = 1;
    } else {
        toks.push((pick(rng, DETS).into(), "DET", "DT", 0, "det"));
        let adj = rng.below(2) == 0;
        if adj {
            toks.push((pick(rng, ADJS).into(), "ADJ", "JJ", 0, "amod"));
        }
        toks.push((pick(rng, NOUNS).into(), "NOUN", "NN", 0, "nsubj"));
        subj_head = toks.len();
        for t in toks.iter_mut().take(subj_head - 1) {
            t.3 = subj_head;
        }
    }
    toks.push((pick(rng, VERBS).into(), "VERB", "VBZ", 0, "root"));
    let verb = toks.len();
    toks[subj_head - 1].3 = verb;
    // Object, then an optional "in PLACE".
    let obj_start = toks.len();
    toks.push((pick(rng, DETS).into(), "DET", "DT", 0, "det"));
    toks.push((pick(rng, NOUNS).into(), "NOUN", "NN", verb, "obj"));
    toks[obj_start].3 = obj_start + 2;
    if rng.below(2) == 0 {
        let p = toks.len();
        toks.push(("in".into(), "ADP", "IN", p + 2, "case"));
        toks.push((pick(rng, PLACES).into(), "PROPN", "NNP", verb, "obl"));
        spans.push((p + 1, p + 2, EntityType::LOC));
    }
    toks.push((".".into(), "PUNCT", ".", verb, "punct"));
    let mut out = String::new();
    for (i, (f, u, x, h, d)) in toks.iter().enumerate() {
        out.push_str(&format!("{}\t{f}\t_\t{u}\t{x}\t_\t{h}\t{d}\t_\t_\n", i + 1));
    }
    out.push('\n');
    (out, spans)
}

/// Entity spans of one sentence.
type Spans = Vec<(usize, usize, EntityType)>;

fn corpus(seed: u64, n: usize) -> (String, Vec<Spans>) {
    let mut rng = Rng::new(seed);
    let mut text = String::new();
    let mut spans = Vec::new();
    for _ in 0..n {
        let (s, e) = sentence(&mut rng);
        text.push_str(&s);
        spans.push(e);
    }
    (text, spans)
}

#[test]
fn trains_on_a_tiny_treebank() {
    let (train_text, train_spans) = corpus(1, 300);
    let (dev_text, dev_spans) = corpus(2, 60);
    let train = parse_conllu(&train_text);
    let dev = parse_conllu(&dev_text);
    assert_eq!(train.len(), 300);

    let t = tagger::train(
        &train,
        &dev,
        &tagger::TaggerOptions {
            epochs: 5,
            seed: 1,
            min_weight: 0.0,
            synthetic: 0,
        },
    );
    let tags = |words: &[String]| -> Vec<u64> {
        let lexes: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
        t.tag(&lexes)
            .iter()
            .map(|&k| hash_str(&t.tags[k as usize]))
            .collect()
    };
    let (mut right, mut total) = (0, 0);
    for s in &dev {
        let lexes: Vec<Lex> = s.words.iter().map(|w| Lex::new(w)).collect();
        for (i, k) in t.tag(&lexes).into_iter().enumerate() {
            right += (t.upos[k as usize] == s.upos[i]) as usize;
            total += 1;
        }
    }
    assert!(right as f64 / total as f64 > 0.97, "UPOS {right}/{total}");

    let to_ex = |v: &[eventwire_backbone::data::UdSentence]| -> Vec<parser::ParseExample> {
        v.iter()
            .map(|s| parser::ParseExample::new(s, tags(&s.words)))
            .collect()
    };
    let (ptrain, pdev) = (to_ex(&train), to_ex(&dev));
    let p = parser::train(
        &ptrain,
        &pdev,
        &parser::ParserOptions {
            epochs: 5,
            seed: 1,
            min_weight: 0.0,
            explore: 0.9,
        },
    );
    let (uas, las) = parser::attachment(&p, &pdev);
    assert!(uas > 0.95 && las > 0.95, "UAS {uas} LAS {las}");

    let ner_ex = |v: &[eventwire_backbone::data::UdSentence],
                  spans: &[Vec<(usize, usize, EntityType)>]| {
        v.iter()
            .zip(spans)
            .map(|(s, sp)| {
                let ns = NerSentence {
                    words: s.words.clone(),
                    spans: sp.clone(),
                    doc_start: false,
                };
                let tg = tags(&s.words);
                let lexes: Vec<Lex> = s.words.iter().map(|w| Lex::new(w)).collect();
                let parse = p.parse(&parser::Input {
                    lex: &lexes,
                    tags: &tg,
                });
                let rels: Vec<&str> = parse
                    .labels
                    .iter()
                    .map(|&l| p.labels.get(l).map_or("dep", |x| x.as_str()))
                    .collect();
                let syn = ner::syntax(&lexes, &parse.heads, &rels);
                ner::NerExample::new(&ns, tg, syn)
            })
            .collect::<Vec<_>>()
    };
    let (ntrain, ndev) = (ner_ex(&train, &train_spans), ner_ex(&dev, &dev_spans));
    let n = ner::train(
        &ntrain,
        &ndev,
        ner::NerOptions {
            epochs: 5,
            seed: 1,
            min_weight: 0.0,
            explore: 0.5,
            clusters: ner::Clusters::default(),
        },
    );
    let (_, _, f1) = ner::score(&n, &ndev);
    assert!(f1 > 0.9, "NER F1 {f1}");

    // The three models work together through the public API.
    let bb = Backbone::new(t, p, n);
    let a = bb.analyse(&["John", "likes", "the", "dog", "in", "Paris", "."]);
    assert_eq!(a.heads.iter().filter(|h| h.is_none()).count(), 1);
    assert_eq!(a.upos[0], "PROPN");
    assert_eq!(
        a.entities,
        vec![(0, 1, EntityType::PER), (5, 6, EntityType::LOC)]
    );
}

#[test]
fn training_is_deterministic() {
    let (text, _) = corpus(3, 80);
    let train = parse_conllu(&text);
    let opt = tagger::TaggerOptions {
        epochs: 2,
        seed: 7,
        min_weight: 0.0,
        // The second stage (word-list features over synthetic news sentences) too.
        synthetic: 50,
    };
    let write = |t: &tagger::Tagger| {
        let mut w = eventwire_backbone::io::Writer::default();
        t.write(&mut w);
        w.into_bytes()
    };
    let a = write(&tagger::train(&train, &[], &opt));
    let b = write(&tagger::train(&train, &[], &opt));
    assert_eq!(a, b);
}
