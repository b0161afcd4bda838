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
            })
            .collect()
    } else {
        data::parse_ner(&text, data::NerLayout::parse(from)?)
    };
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
