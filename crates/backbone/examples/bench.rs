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

/// CPU time of the whole process (all threads) in seconds.
fn process_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let file = args.get(1).expect("usage: bench FILE.conllu [MODEL_DIR]");
    let t = Instant::now();
    let p0 = process_cpu();
    let bb = match args.get(2) {
        Some(dir) => Backbone::load_dir(std::path::Path::new(dir))?,
        None => Backbone::load_default()?,
    };
    println!(
        "load: {:.0} ms wall, {:.0} ms CPU (all threads)",
        t.elapsed().as_secs_f64() * 1e3,
        (process_cpu().unwrap_or(0.0) - p0.unwrap_or(0.0)) * 1e3
    );
    if std::env::var_os("BENCH_PARTS").is_some() {
        let raw = std::fs::read("crates/backbone/models/parser.bin")?;
        let t = Instant::now();
        eventwire_backbone::read_parser(&raw)?;
        println!("parser alone: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    }
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
    if std::env::var_os("BENCH_PARTS").is_some() {
        // Time each stage alone (lexical features + tagger, + parser, + NER).
        use eventwire_backbone::{lex::Lex, parser::Input};
        let t = Instant::now();
        let mut k = 0usize;
        for w in &words {
            let lexes: Vec<Lex> = w.iter().map(|x| Lex::new(x)).collect();
            k += lexes.len();
        }
        let lex_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut tagged = Vec::new();
        for w in &words {
            tagged.push(bb.tag_hashes(w));
        }
        let tag_s = t.elapsed().as_secs_f64();
        let t = Instant::now();
        for (lexes, _, tags) in &tagged {
            k += bb.parser.parse(&Input { lex: lexes, tags }).heads.len();
        }
        let parse_s = t.elapsed().as_secs_f64();
        let syn: Vec<Vec<eventwire_backbone::ner::Syn>> = tagged
            .iter()
            .map(|(lexes, _, tags)| {
                let p = bb.parser.parse(&Input { lex: lexes, tags });
                let d: Vec<&str> = p
                    .labels
                    .iter()
                    .map(|&l| bb.parser.labels.get(l).map_or("dep", |s| s.as_str()))
                    .collect();
                eventwire_backbone::ner::syntax(lexes, &p.heads, &d)
            })
            .collect();
        let t = Instant::now();
        for ((w, (lexes, _, tags)), sy) in words.iter().zip(&tagged).zip(&syn) {
            k += bb.ner.recognise(w, lexes, tags, sy).len();
        }
        let ner_s = t.elapsed().as_secs_f64();
        let us = |s: f64| s * 1e6 / n as f64;
        println!(
            "per word: lex {:.2} us, lex+tag {:.2} us, parse {:.2} us, ner {:.2} us [{k}]",
            us(lex_s),
            us(tag_s),
            us(parse_s),
            us(ner_s)
        );
    }
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
