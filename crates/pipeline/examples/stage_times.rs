//! Time spent in each pipeline stage over a JSONL corpus, one thread, so that a stage's
//! cost can be read against the backbone's (entity resolution should add ≤ 20 % to it,
//! event coding ≤ 25 %).
//!
//! ```text
//! cargo run --release -p eventwire --example stage_times -- ../shared/corpus/bbc-news.jsonl
//! ```

use eventwire::ingest::{read_source, ReadOptions, Source};
use eventwire::{Options, Pipeline};
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: stage_times FILE.jsonl"))?;
    let pipeline = Pipeline::new(Options {
        published: Some("2005-01-01".into()),
        ..Options::default()
    })?;
    let names = pipeline.stage_names();
    let mut spent = vec![Duration::ZERO; names.len()];
    let mut clean = Duration::ZERO;
    let (mut docs, mut words, mut failed) = (0usize, 0usize, 0usize);
    read_source(
        &Source::File(path.into()),
        &ReadOptions::default(),
        &mut |rec| {
            let Ok(raw) = rec else { return true };
            let t = Instant::now();
            let mut doc = pipeline.clean(raw);
            clean += t.elapsed();
            let times = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                pipeline.run_stages_timed(&mut doc)
            }));
            let Ok(times) = times else {
                failed += 1;
                return true;
            };
            words += doc.text.split_whitespace().count();
            for (i, d) in times.into_iter().enumerate() {
                spent[i] += d;
            }
            docs += 1;
            true
        },
    );
    let backbone = names
        .iter()
        .position(|n| *n == "backbone")
        .map(|i| spent[i].as_secs_f64())
        .unwrap_or(f64::NAN);
    println!("{docs} documents, {words} words ({failed} left out: a stage failed)");
    println!(
        "{:<12} {:>9} {:>14} {:>12}",
        "stage", "seconds", "words/s", "vs backbone"
    );
    let row = |name: &str, s: f64| {
        println!(
            "{:<12} {:>9.3} {:>14.0} {:>11.1}%",
            name,
            s,
            words as f64 / s,
            100.0 * s / backbone
        )
    };
    row("clean", clean.as_secs_f64());
    for (n, d) in names.iter().zip(&spent) {
        row(n, d.as_secs_f64());
    }
    Ok(())
}
