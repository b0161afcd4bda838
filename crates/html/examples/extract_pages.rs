//! Runs [`eventwire_html::extract`] over `.html` / `.html.gz` files and writes a predictions
//! JSON (`id -> text`, the id being the file name without `.html.gz`) for the eval's
//! `score.py`. The text is the paragraphs joined by blank lines followed by the posts' texts,
//! as the benchmark keeps embedded posts inside the body.
//!
//! Usage: `extract_pages [--repeat N] [--out FILE] [--depth] [--meta] [--removed FILE] FILES...` (stdout when no `--out`).
//! With `--repeat` the whole set is extracted N times so CPU-time measurements of the
//! process are dominated by extraction, not start-up.
use std::io::Read;

fn main() {
    let mut repeat = 1usize;
    let mut out: Option<String> = None;
    let mut files = Vec::new();
    let mut depth = false;
    let mut meta = false;
    let mut removed_out: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => repeat = args.next().and_then(|v| v.parse().ok()).unwrap_or(1),
            "--out" => out = args.next(),
            "--depth" => depth = true,
            "--meta" => meta = true,
            "--removed" => removed_out = args.next(),
            _ => files.push(a),
        }
    }
    let mut pages = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        let mut buf = Vec::new();
        if f.ends_with(".gz") {
            flate2::read::GzDecoder::new(&bytes[..])
                .read_to_end(&mut buf)
                .unwrap_or_else(|e| panic!("{f}: {e}"));
        } else {
            buf = bytes;
        }
        let name = std::path::Path::new(f)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let id = name
            .trim_end_matches(".gz")
            .trim_end_matches(".html")
            .to_string();
        pages.push((id, String::from_utf8_lossy(&buf).into_owned()));
    }
    if depth {
        for (id, html) in &pages {
            eprintln!(
                "depth {} {id}",
                eventwire_html::nesting_depth(html, 100_000)
            );
        }
    }
    if meta {
        for (id, html) in &pages {
            let a = eventwire_html::extract(html, None);
            let removed: Vec<String> = a
                .removed
                .iter()
                .map(|r| {
                    format!(
                        "{:?}:{}",
                        r.kind,
                        r.text.chars().take(60).collect::<String>()
                    )
                })
                .collect();
            eprintln!(
                "{}\t{:?}\t{:?}\t{:?}\t{:?}\t{:?}\tposts={}\n  removed={removed:?}",
                &id[..id.len().min(8)],
                a.title,
                a.authors,
                a.published,
                a.source,
                a.url,
                a.posts.len()
            );
        }
    }
    if let Some(path) = &removed_out {
        // id -> [[kind, text], ...], to audit what was set aside.
        let mut all = serde_json::Map::new();
        for (id, html) in &pages {
            let a = eventwire_html::extract(html, None);
            let v: Vec<serde_json::Value> = a
                .removed
                .iter()
                .map(|r| serde_json::json!([format!("{:?}", r.kind), r.text]))
                .collect();
            all.insert(id.clone(), serde_json::Value::Array(v));
        }
        let json = serde_json::to_string(&all).expect("serialise");
        std::fs::write(path, json).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let mut preds = serde_json::Map::new();
    let start = std::time::Instant::now();
    let cpu0 = cpu_seconds();
    for _ in 0..repeat.max(1) {
        for (id, html) in &pages {
            let art = eventwire_html::extract(html, None);
            let mut text = art.paragraphs.join("\n\n");
            for p in &art.posts {
                text.push_str("\n\n");
                text.push_str(&p.text);
            }
            preds.insert(id.clone(), serde_json::Value::String(text));
        }
    }
    let wall = start.elapsed().as_secs_f64();
    // Like the peers' runner: only the extraction calls are timed, in CPU time.
    let cpu = match (cpu0, cpu_seconds()) {
        (Some(a), Some(b)) => b - a,
        _ => wall,
    };
    eprintln!(
        "TIME pages={} repeat={} wall_s={wall:.3} cpu_s={cpu:.3} pages_per_s_cpu={:.1}",
        pages.len(),
        repeat.max(1),
        (pages.len() * repeat.max(1)) as f64 / cpu.max(1e-9)
    );
    let json = serde_json::to_string_pretty(&preds).expect("serialise");
    match out {
        Some(path) => std::fs::write(&path, json).unwrap_or_else(|e| panic!("{path}: {e}")),
        None => println!("{json}"),
    }
}

/// CPU time of this (single-threaded) process so far, from Linux's `/proc/self/schedstat`
/// (nanoseconds on the CPU); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
