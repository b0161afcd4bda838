//! Rewrite model files in the current layout: `resave IN_DIR OUT_DIR` (e.g. to turn
//! `.bin.gz` files into the uncompressed, bucket-ordered `.bin` files that load fastest).
//!
//! `resave IN_DIR OUT_DIR --rank TEXT.jsonl` (built with `--features lookup-counts`) first
//! annotates the `"text"` of each JSONL record, counting the lookups of every feature, and
//! writes the features most looked-up first (faster scoring, same predictions; see
//! `Model::ranked_by`). The shipped models are ranked on BBC news articles 300-1299 of
//! `../shared/corpus/bbc-news.jsonl` (the speed benchmark times articles 0-299).
use eventwire_backbone::{io::Writer, Backbone, NER_MAGIC, PARSER_MAGIC, TAGGER_MAGIC};
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    #[allow(unused_mut)]
    let mut bb = Backbone::load_dir(Path::new(&a[1]))?;
    let out = Path::new(&a[2]);
    if a.get(3).map(String::as_str) == Some("--rank") {
        rank(&mut bb, Path::new(a.get(4).expect("--rank TEXT.jsonl")))?;
    }
    let mut w = Writer::default();
    bb.tagger.write(&mut w);
    w.save(&out.join("tagger.bin"), TAGGER_MAGIC)?;
    let mut w = Writer::default();
    bb.parser.write(&mut w);
    w.save(&out.join("parser.bin"), PARSER_MAGIC)?;
    let mut w = Writer::default();
    bb.ner.write(&mut w);
    w.save(&out.join("ner.bin"), NER_MAGIC)?;
    Ok(())
}

#[cfg(feature = "lookup-counts")]
fn rank(bb: &mut Backbone, text: &Path) -> anyhow::Result<()> {
    for line in std::fs::read_to_string(text)?.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)?;
        let mut d = eventwire_model::Document {
            text: v["text"].as_str().unwrap_or_default().to_string(),
            ..Default::default()
        };
        eventwire_segment::annotate(&mut d);
        bb.annotate(&mut d);
    }
    bb.rank_features_by_lookups();
    Ok(())
}

#[cfg(not(feature = "lookup-counts"))]
fn rank(_: &mut Backbone, _: &Path) -> anyhow::Result<()> {
    anyhow::bail!("--rank counts lookups: build with --features lookup-counts")
}
