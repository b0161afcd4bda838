//! Throughput and load time: `cargo run --release -p eventwire-backbone --example bench -- FILE.conllu [MODEL_DIR]`
//! Reports words per CPU-second of this thread for tag + parse + NER together.
use eventwire_backbone::{data, Backbone};
use std::time::Instant;

/// CPU time of this thread in seconds, from /proc (Linux); falls back to wall time.
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let file = args.get(1).expect("usage: bench FILE.conllu [MODEL_DIR]");
    let t = Instant::now();
    let bb = match args.get(2) {
        Some(dir) => Backbone::load_dir(std::path::Path::new(dir))?,
        None => Backbone::load_default()?,
    };
    println!("load: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    let sents = data::read_conllu(std::path::Path::new(file))?;
    let words: Vec<Vec<&str>> = sents
        .iter()
        .map(|s| s.words.iter().map(|w| w.as_str()).collect())
        .collect();
    let n: usize = words.iter().map(|w| w.len()).sum();
    let mut total_words = 0usize;
    let (c0, w0) = (thread_cpu(), Instant::now());
    let mut checksum = 0usize;
    while w0.elapsed().as_secs_f64() < 5.0 || total_words < 3 * n {
        for w in &words {
            let a = bb.analyse(w);
            checksum += a.entities.len() + a.heads.iter().flatten().count();
        }
        total_words += n;
    }
    let wall = w0.elapsed().as_secs_f64();
    let cpu = match (c0, thread_cpu()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    println!(
        "{total_words} words: wall {wall:.2}s, cpu {cpu:.2}s -> {:.0} words/CPU-second ({:.0} words/wall-second) [{checksum}]",
        total_words as f64 / cpu,
        total_words as f64 / wall
    );
    Ok(())
}
