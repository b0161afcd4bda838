//! Measures how long the embedded knowledge base takes to parse and index, and how fast
//! lookups are. Run with `cargo run --release -p eventwire-kb --example parse_time`.

use std::time::Instant;

use eventwire_kb::KnowledgeBase;

fn main() {
    let t = Instant::now();
    let kb = KnowledgeBase::builtin();
    let parse = t.elapsed();
    println!(
        "builtin parse+index: {:.2} ms ({} entries, {} countries)",
        parse.as_secs_f64() * 1e3,
        kb.entries().len(),
        kb.countries().len()
    );
    // Parse a few more times without the OnceLock to get a steadier figure.
    let dir = std::env::temp_dir().join(format!("eventwire-kb-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let runs = 20;
    let t = Instant::now();
    let cpu = on_cpu_ns();
    for _ in 0..runs {
        let kb = KnowledgeBase::load_with_overrides(&dir).expect("builtin parses");
        std::hint::black_box(kb.entries().len());
    }
    let cpu = on_cpu_ns()
        .zip(cpu)
        .map(|(b, a)| (b - a) as f64 / 1e6 / runs as f64);
    println!(
        "parse+index, mean of {runs}: {:.2} ms wall{}",
        t.elapsed().as_secs_f64() * 1e3 / runs as f64,
        cpu.map(|c| format!(", {c:.2} ms on CPU"))
            .unwrap_or_default()
    );
    let _ = std::fs::remove_dir(&dir);
    let names = [
        "Ahmad al-Sharaa",
        "the Kremlin",
        "U.S.",
        "Syrian Arab News Agency",
        "Zelenskyy",
        "nobody at all",
    ];
    let n = 100_000;
    let t = Instant::now();
    let mut hits = 0;
    for i in 0..n {
        hits += kb.lookup(names[i % names.len()]).len();
    }
    println!(
        "lookup: {:.0} ns each ({hits} hits)",
        t.elapsed().as_secs_f64() * 1e9 / n as f64
    );
}

/// Nanoseconds this thread has run on a CPU (Linux), to measure on a busy machine.
fn on_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}
