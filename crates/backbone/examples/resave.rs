//! Rewrite model files in the current layout: `resave IN_DIR OUT_DIR` (e.g. to turn
//! `.bin.gz` files into the uncompressed, bucket-ordered `.bin` files that load fastest).
use eventwire_backbone::{io::Writer, Backbone, NER_MAGIC, PARSER_MAGIC, TAGGER_MAGIC};
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let bb = Backbone::load_dir(Path::new(&a[1]))?;
    let out = Path::new(&a[2]);
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
