//! Segmentation speed on one core, in MB of text per second of CPU time.
//!
//! ```text
//! cargo run --release -p eventwire-segment --example throughput -- ../shared/corpus/bbc-news.jsonl
//! ```
//!
//! Reads `{"text": ...}` records, then tokenizes and splits all texts repeatedly for at
//! least two seconds. CPU time is this thread's run time from `/proc/thread-self/schedstat`
//! (wall time where that is missing), so a busy shared machine does not skew the figure.
use eventwire_segment::{split_sentences, tokenize_into};
use std::time::Instant;

fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/corpus/bbc-news.jsonl".into());
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let texts: Vec<String> = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();

    println!(
        "{path}: {} records, {:.2} MB",
        texts.len(),
        bytes as f64 / 1e6
    );
    let mut toks = Vec::new();
    for split in [false, true] {
        let (mut ntok, mut nsent, mut rounds) = (0usize, 0usize, 0usize);
        let wall = Instant::now();
        let cpu0 = cpu_ns();
        while rounds == 0 || wall.elapsed().as_secs_f64() < 2.0 {
            for t in &texts {
                toks.clear();
                tokenize_into(t, &mut toks);
                ntok += toks.len();
                if split {
                    nsent += split_sentences(t, &toks).len();
                }
            }
            rounds += 1;
        }
        let wall_s = wall.elapsed().as_secs_f64();
        let cpu_s = match (cpu0, cpu_ns()) {
            (Some(a), Some(b)) if b > a => (b - a) as f64 / 1e9,
            _ => wall_s,
        };
        let mb = (bytes * rounds) as f64 / 1e6;
        println!(
            "{:15} {:6.1} MB/s CPU ({cpu_s:.2} s CPU, {wall_s:.2} s wall, {rounds} rounds; {} tokens, {} sentences per round)",
            if split { "tokenize+split:" } else { "tokenize:" },
            mb / cpu_s,
            ntok / rounds,
            nsent / rounds
        );
    }
}
