//! Print NER disagreements on a gold file: `ner_errors MODEL_DIR FILE [conllu|conll|iob2]`.
use eventwire_backbone::{data, Backbone};
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let bb = Backbone::load_dir(Path::new(&a[1]))?;
    let text = data::read_file(Path::new(&a[2]))?;
    let from = a.get(3).map(|s| s.as_str()).unwrap_or("conllu");
    let sents: Vec<data::NerSentence> = if from == "conllu" {
        data::parse_conllu(&text)
            .iter()
            .map(|s| data::NerSentence {
                words: s.words.clone(),
                spans: data::gum_entities(s),
                doc_start: s.newdoc,
            })
            .collect()
    } else {
        data::parse_ner(&text, data::NerLayout::parse(from)?)
    };
    let (mut type_err, mut bound_err, mut missed, mut spurious) = (0, 0, 0, 0);
    let core = |t: &eventwire_backbone::EntityType| *t != eventwire_backbone::EntityType::MISC;
    for s in &sents {
        let w: Vec<&str> = s.words.iter().map(|x| x.as_str()).collect();
        let p = bb.analyse(&w).entities;
        for g in s.spans.iter().filter(|g| core(&g.2)) {
            if p.contains(g) {
                continue;
            }
            if p.iter().any(|q| q.0 == g.0 && q.1 == g.1) {
                type_err += 1;
            } else if p.iter().any(|q| q.0 < g.1 && g.0 < q.1) {
                bound_err += 1;
            } else {
                missed += 1;
            }
        }
        for q in p.iter().filter(|q| core(&q.2)) {
            if !s.spans.iter().any(|g| g.0 < q.1 && q.0 < g.1) {
                spurious += 1;
            }
        }
    }
    eprintln!("gold PER/ORG/LOC not found: type {type_err}, boundary {bound_err}, missed {missed}; spurious predictions {spurious}");
    for s in sents.iter().take(400) {
        let w: Vec<&str> = s.words.iter().map(|x| x.as_str()).collect();
        let p = bb.analyse(&w).entities;
        if p != s.spans {
            let show = |v: &[(usize, usize, eventwire_backbone::EntityType)]| {
                v.iter()
                    .map(|(a, b, t)| format!("[{} {:?}]", w[*a..*b].join(" "), t))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            println!(
                "{}\n  gold: {}\n  pred: {}",
                w.join(" "),
                show(&s.spans),
                show(&p)
            );
        }
    }
    Ok(())
}
