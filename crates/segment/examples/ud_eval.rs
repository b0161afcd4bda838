//! Token and sentence-boundary scores of the segmenter against a UD CoNLL-U file.
//!
//! ```text
//! cargo run --release -p eventwire-segment --example ud_eval -- ../shared/eval/ud/ewt-dev.conllu [--errors N]
//! ```
//!
//! Tokens: each sentence's `# text` is tokenized and compared, as byte spans, with the gold
//! word boundaries (the words of a multiword token where they are substrings of it, as in
//! "do|n't"; the whole multiword token otherwise). Sentences: the sentences of each
//! paragraph (`# newpar`/`# newdoc`) are joined with a space and split again; a predicted
//! sentence end counts when it falls at a gold one. Scores are given both over all ends and
//! over paragraph-internal ends only, since the paragraph's last end is found trivially.
use eventwire_segment::{split_sentences, tokenize};
use std::collections::HashSet;

struct Sent {
    text: String,
    new_par: bool,
    /// Surface tokens: (form, word forms of a multiword token).
    toks: Vec<(String, Vec<String>)>,
}

fn parse(path: &str) -> Vec<Sent> {
    let data = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut out = Vec::new();
    let mut cur = Sent {
        text: String::new(),
        new_par: false,
        toks: Vec::new(),
    };
    let mut mwt_end = 0usize;
    for line in data.lines() {
        if line.is_empty() {
            if !cur.toks.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sent {
                        text: String::new(),
                        new_par: false,
                        toks: Vec::new(),
                    },
                ));
            }
            mwt_end = 0;
            continue;
        }
        if let Some(t) = line.strip_prefix("# text = ") {
            cur.text = t.to_string();
        } else if line.starts_with("# newpar") || line.starts_with("# newdoc") {
            cur.new_par = true;
        } else if line.starts_with('#') {
        } else {
            let cols: Vec<&str> = line.split('\t').collect();
            let id = cols[0];
            if id.contains('.') {
                continue;
            }
            if let Some((a, b)) = id.split_once('-') {
                let _: usize = a.parse().unwrap();
                mwt_end = b.parse().unwrap();
                cur.toks.push((cols[1].to_string(), Vec::new()));
            } else {
                let n: usize = id.parse().unwrap();
                if n <= mwt_end {
                    cur.toks.last_mut().unwrap().1.push(cols[1].to_string());
                } else {
                    cur.toks.push((cols[1].to_string(), Vec::new()));
                }
            }
        }
    }
    if !cur.toks.is_empty() {
        out.push(cur);
    }
    out
}

/// Gold word spans of a sentence, or None when the forms do not align with the text.
fn gold_spans(s: &Sent) -> Option<Vec<(usize, usize)>> {
    let text = &s.text;
    let mut pos = 0;
    let mut out = Vec::new();
    for (form, words) in &s.toks {
        while pos < text.len() && text[pos..].starts_with(char::is_whitespace) {
            pos += text[pos..].chars().next().unwrap().len_utf8();
        }
        if !text[pos..].starts_with(form.as_str()) {
            return None;
        }
        let end = pos + form.len();
        if !words.is_empty() && words.concat() == *form {
            let mut p = pos;
            for w in words {
                out.push((p, p + w.len()));
                p += w.len();
            }
        } else {
            out.push((pos, end));
        }
        pos = end;
    }
    Some(out)
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = tp as f64 / pred.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn show(text: &str, spans: &[(usize, usize)]) -> String {
    spans
        .iter()
        .map(|&(a, b)| &text[a..b])
        .collect::<Vec<_>>()
        .join(" ")
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .expect("usage: ud_eval FILE.conllu [--errors N]");
    let max_err: usize = args
        .iter()
        .position(|a| a == "--errors")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let sent_err: usize = args
        .iter()
        .position(|a| a == "--sent-errors")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let sents = parse(path);

    // Tokens.
    let (mut tp, mut np, mut ng, mut skipped) = (0, 0, 0, 0);
    let mut diffs = std::collections::HashMap::new();
    for s in &sents {
        let Some(gold) = gold_spans(s) else {
            skipped += 1;
            continue;
        };
        let pred: Vec<(usize, usize)> = tokenize(&s.text)
            .iter()
            .map(|sp| (sp.start, sp.end))
            .collect();
        let gs: HashSet<_> = gold.iter().copied().collect();
        let hit = pred.iter().filter(|p| gs.contains(p)).count();
        tp += hit;
        np += pred.len();
        ng += gold.len();
        if (hit != pred.len() || hit != gold.len()) && max_err > 0 {
            // Tally the differing whitespace chunks.
            let mut a = 0;
            for chunk in s.text.split(char::is_whitespace) {
                let (cs, ce) = (a, a + chunk.len());
                a = ce + s.text[ce..].chars().next().map_or(0, char::len_utf8);
                let inside = |v: &[(usize, usize)]| -> Vec<(usize, usize)> {
                    v.iter()
                        .copied()
                        .filter(|&(x, y)| x >= cs && y <= ce)
                        .collect()
                };
                let (g, p) = (inside(&gold), inside(&pred));
                if g != p {
                    *diffs
                        .entry(format!("{}  =>  {}", show(&s.text, &g), show(&s.text, &p)))
                        .or_insert(0usize) += 1;
                }
            }
        }
    }
    let mut diffs: Vec<_> = diffs.into_iter().collect();
    diffs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (d, n) in diffs.iter().take(max_err) {
        println!("{n:5}  {d}");
    }
    let (p, r, f) = prf(tp, np, ng);
    println!(
        "{path}\ntokens:    P {p:.4}  R {r:.4}  F1 {f:.4}  (gold {ng}, pred {np}; {skipped} of {} sentences not aligned, skipped)",
        sents.len()
    );

    // Sentences, per paragraph.
    let mut pars: Vec<Vec<&Sent>> = Vec::new();
    for s in &sents {
        if s.new_par || pars.is_empty() {
            pars.push(Vec::new());
        }
        pars.last_mut().unwrap().push(s);
    }
    let (mut tp, mut np, mut ng) = (0, 0, 0);
    let (mut itp, mut inp, mut ing) = (0, 0, 0);
    let mut shown = 0;
    for par in &pars {
        let mut text = String::new();
        let mut gold = Vec::new();
        for s in par {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(s.text.trim());
            gold.push(text.len());
        }
        let toks = tokenize(&text);
        let pred: Vec<usize> = split_sentences(&text, &toks)
            .iter()
            .map(|s| s.span.end)
            .collect();
        let gs: HashSet<usize> = gold.iter().copied().collect();
        let hit = pred.iter().filter(|e| gs.contains(e)).count();
        tp += hit;
        np += pred.len();
        ng += gold.len();
        itp += hit.saturating_sub(1);
        inp += pred.len() - 1;
        ing += gold.len() - 1;
        if (hit != pred.len() || hit != gold.len()) && shown < sent_err {
            shown += 1;
            let mark = |ends: &[usize]| {
                let mut out = String::new();
                let mut a = 0;
                for &e in ends {
                    out.push_str(&text[a..e]);
                    out.push_str(" ||");
                    a = e;
                }
                out
            };
            println!("SENT gold: {}\n     pred: {}", mark(&gold), mark(&pred));
        }
    }
    let (p, r, f) = prf(tp, np, ng);
    println!(
        "sentences: P {p:.4}  R {r:.4}  F1 {f:.4}  (all ends: gold {ng}, pred {np}; {} paragraphs)",
        pars.len()
    );
    let (p, r, f) = prf(itp, inp, ing);
    println!("  internal: P {p:.4}  R {r:.4}  F1 {f:.4}  (paragraph-internal ends: gold {ing}, pred {inp})");
}
