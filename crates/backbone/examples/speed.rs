//! Throughput of the backbone stage on whole documents, for comparison with spaCy's
//! `nlp.pipe` (bench/backbone_speed.sh):
//!
//! ```text
//! cargo run --release -p eventwire-backbone --example speed -- [--repeat N] [--limit DOCS] FILE.jsonl...
//! ```
//!
//! Reads JSONL records with a `"text"` field (and optionally `"tokens"`, a list of word
//! spans, as written by the peers' `conll_to_jsonl.py`), segments each text with
//! `eventwire_segment::annotate` (timed apart) and times only `Backbone::annotate` (tag +
//! parse + NER + grouping of mentions), in CPU time of this thread (`getrusage`). Words are
//! counted as spaCy's harness counts them: `len(tokens)` when the record has `"tokens"`,
//! else whitespace-separated words of the text. Prints one JSON line. `digest` is a hash of
//! every tag, head, relation and entity mention, so two builds can be checked for
//! identical predictions on the same input.
//! `EVENTWIRE_MODELS=DIR` times the models of a directory (`tagger.bin`, `parser.bin`,
//! `ner.bin`) instead of the compiled-in weights.
use eventwire_backbone::Backbone;
use eventwire_model::Document;
use std::time::Instant;

/// `struct rusage` of Linux (x86_64 and aarch64 share the layout).
#[repr(C)]
#[derive(Default)]
struct Rusage {
    utime: [i64; 2],
    stime: [i64; 2],
    maxrss: i64,
    rest: [i64; 13],
}

extern "C" {
    fn getrusage(who: i32, usage: *mut Rusage) -> i32;
}

const RUSAGE_SELF: i32 = 0;
const RUSAGE_THREAD: i32 = 1;

fn rusage(who: i32) -> Rusage {
    let mut r = Rusage::default();
    // SAFETY: `r` has the size and layout of the C struct; getrusage only writes into it.
    let rc = unsafe { getrusage(who, &mut r) };
    assert_eq!(rc, 0, "getrusage failed");
    r
}

/// User + system CPU seconds.
fn cpu(who: i32) -> f64 {
    let r = rusage(who);
    let s = |t: [i64; 2]| t[0] as f64 + t[1] as f64 * 1e-6;
    s(r.utime) + s(r.stime)
}

/// FNV-1a over the bytes of everything the backbone wrote.
struct Digest(u64);
impl Digest {
    fn add(&mut self, b: &[u8]) {
        for &x in b {
            self.0 = (self.0 ^ x as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = (self.0 ^ 0xff).wrapping_mul(0x100_0000_01b3);
    }
}

fn main() -> anyhow::Result<()> {
    let mut repeat = 3usize;
    let mut limit = usize::MAX;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--repeat" => repeat = args.next().expect("--repeat N").parse()?,
            "--limit" => limit = args.next().expect("--limit DOCS").parse()?,
            _ => files.push(a),
        }
    }
    anyhow::ensure!(
        !files.is_empty(),
        "usage: speed [--repeat N] [--limit DOCS] FILE.jsonl..."
    );

    let (t, c) = (Instant::now(), cpu(RUSAGE_SELF));
    // EVENTWIRE_MODELS=DIR: models from a directory instead of the compiled-in weights.
    let bb = match std::env::var_os("EVENTWIRE_MODELS") {
        Some(d) => Backbone::load_dir(std::path::Path::new(&d))?,
        None => Backbone::load_default()?,
    };
    let load_wall = t.elapsed().as_secs_f64();
    let load_cpu = cpu(RUSAGE_SELF) - c;

    let mut docs: Vec<Document> = Vec::new();
    let mut words = 0usize;
    let mut bytes = 0usize;
    'files: for f in &files {
        for line in std::fs::read_to_string(f)?.lines() {
            if docs.len() >= limit {
                break 'files;
            }
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line)?;
            let text = v["text"].as_str().unwrap_or_default().to_string();
            words += match v.get("tokens").and_then(|t| t.as_array()) {
                Some(t) => t.len(),
                None => text.split_whitespace().count(),
            };
            bytes += text.len();
            docs.push(Document {
                text,
                ..Document::default()
            });
        }
    }

    let c = cpu(RUSAGE_THREAD);
    for d in &mut docs {
        eventwire_segment::annotate(d);
    }
    let segment_cpu = cpu(RUSAGE_THREAD) - c;
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum();

    // One untimed pass (first touches of the weight tables), then the timed ones.
    for d in &mut docs {
        bb.annotate(d);
    }
    let mut runs = Vec::new();
    for _ in 0..repeat.max(1) {
        let c = cpu(RUSAGE_THREAD);
        for d in &mut docs {
            bb.annotate(d);
        }
        runs.push(cpu(RUSAGE_THREAD) - c);
    }
    let mut sorted = runs.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];

    let mut dg = Digest(0xcbf2_9ce4_8422_2325);
    let mut mentions = 0usize;
    for d in &docs {
        for t in &d.tokens {
            dg.add(t.upos.as_deref().unwrap_or("").as_bytes());
            dg.add(t.xpos.as_deref().unwrap_or("").as_bytes());
            dg.add(&t.head.map_or(u64::MAX, |h| h as u64).to_le_bytes());
            dg.add(t.deprel.as_deref().unwrap_or("").as_bytes());
        }
        for e in &d.entities {
            dg.add(e.id.as_bytes());
            for m in &e.mentions {
                mentions += 1;
                dg.add(&(m.span.start as u64).to_le_bytes());
                dg.add(&(m.span.end as u64).to_le_bytes());
            }
        }
    }
    let peak_rss_mb = rusage(RUSAGE_SELF).maxrss as f64 / 1024.0;
    println!(
        "{{\"docs\": {}, \"words\": {words}, \"segment_tokens\": {tokens}, \"bytes\": {bytes}, \
         \"load_ms_wall\": {:.0}, \"load_ms_cpu\": {:.0}, \"segment_cpu_s\": {segment_cpu:.3}, \
         \"annotate_cpu_s\": [{}], \"median_cpu_s\": {median:.3}, \
         \"words_per_cpu_s\": {:.0}, \"tokens_per_cpu_s\": {:.0}, \
         \"segment_and_annotate_words_per_cpu_s\": {:.0}, \"mentions\": {mentions}, \
         \"peak_rss_MB\": {peak_rss_mb:.1}, \"digest\": \"{:016x}\"}}",
        docs.len(),
        load_wall * 1e3,
        load_cpu * 1e3,
        runs.iter()
            .map(|r| format!("{r:.3}"))
            .collect::<Vec<_>>()
            .join(", "),
        words as f64 / median,
        tokens as f64 / median,
        words as f64 / (median + segment_cpu),
        dg.0
    );
    Ok(())
}
