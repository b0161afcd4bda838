//! Arbitrary bytes as a plain-text article and as a web page: clean, extract, segment and
//! serialise must never panic. Run: `cargo fuzz run article -s none` (stable toolchain).
#![no_main]

use eventwire::ingest::{Body, Origin, RawArticle};
use eventwire::{Options, Pipeline};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static PIPELINE: OnceLock<Pipeline> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let p = PIPELINE.get_or_init(|| Pipeline::new(Options {
            skip_backbone: true,
            ..Options::default()
        })
        .expect("the pipeline builds"));
    let text = String::from_utf8_lossy(data).into_owned();
    for body in [Body::Text(text.clone()), Body::Html(text)] {
        let doc = p.process(RawArticle {
            id: "fuzz".into(),
            url: None,
            title: None,
            published: None,
            source: None,
            body,
            origin: Origin { file: "fuzz".into(), line: None },
            warnings: vec![],
        });
        let _ = eventwire::model::json::to_line(&doc, true);
    }
});
