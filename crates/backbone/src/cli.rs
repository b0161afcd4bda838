//! The `train`, `tag` and `eval` subcommands.
use crate::data::{self, NerLayout, NerSentence, UdSentence};
use crate::hash::hash_str;
use crate::io::Writer;
use crate::lex::Lex;
use crate::{eval, ner, parser, tagger, Backbone};
use anyhow::{bail, Context};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// `eventwire train tagger|parser|ner --train FILE... --dev FILE --out PATH`
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Which model to train: tagger, parser or ner.
    pub model: String,
    /// Training files: CoNLL-U (tagger, parser; GUM entity spans for ner) or CoNLL NER columns.
    #[arg(long, num_args = 1.., required = true)]
    pub train: Vec<PathBuf>,
    /// Development file, scored after every epoch.
    #[arg(long)]
    pub dev: PathBuf,
    /// Where to write the model (gzip-compressed if the name ends in .gz).
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long)]
    pub epochs: Option<usize>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Tagger model giving predicted POS to the parser and NER (default: shipped weights).
    #[arg(long)]
    pub tagger: Option<PathBuf>,
    /// NER: add this many synthetic news sentences built from templates and our gazetteers.
    /// Tagger: add this many synthetic POS-tagged news sentences (`src/tagsynth.rs`).
    #[arg(long, default_value_t = 0)]
    pub synthetic: usize,
    /// Parser model giving the NER its syntactic context (default: shipped weights).
    #[arg(long)]
    pub parser: Option<PathBuf>,
    /// Parser/NER: tag the training data with taggers trained on K-1 of K folds (jackknifing),
    /// so training sees POS errors like those at run time. 0 = use `--tagger` directly.
    #[arg(long, default_value_t = 0)]
    pub jackknife: usize,
    /// Drop averaged weights smaller than this (keeps model files small).
    #[arg(long)]
    pub min_weight: Option<f32>,
    /// NER: word clusters (`word<TAB>fine<TAB>coarse`, see tools/word_clusters.py), stored in
    /// the model and used as features.
    #[arg(long)]
    pub clusters: Option<PathBuf>,
}

/// `eventwire tag --from conllu|conll|iob2 FILE`
#[derive(Debug, Args)]
pub struct TagArgs {
    /// Input layout: conllu, conll (token in column 1) or iob2 (Universal NER).
    #[arg(long)]
    pub from: String,
    pub file: PathBuf,
    /// Directory with tagger.bin, parser.bin, ner.bin (default: shipped weights).
    #[arg(long)]
    pub models: Option<PathBuf>,
}

/// `eventwire eval ud|ner --gold FILE [--from conllu|conll|iob2]`
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// What to score: ud or ner.
    pub what: String,
    #[arg(long)]
    pub gold: PathBuf,
    /// Gold layout for ner (default from the extension: .conllu, .iob2, else conll).
    #[arg(long)]
    pub from: Option<String>,
    /// Directory with tagger.bin, parser.bin, ner.bin (default: shipped weights).
    #[arg(long)]
    pub models: Option<PathBuf>,
}

fn load(models: &Option<PathBuf>) -> anyhow::Result<Backbone> {
    match models {
        Some(dir) => Backbone::load_dir(dir),
        None => Backbone::load_default(),
    }
}

fn read_ud(files: &[PathBuf]) -> anyhow::Result<Vec<UdSentence>> {
    let mut out = Vec::new();
    for f in files {
        out.extend(data::read_conllu(f)?);
    }
    Ok(out)
}

/// NER sentences from CoNLL-U (GUM entity spans; files without any are skipped) or columns.
fn read_ner_file(f: &Path, from: Option<&str>) -> anyhow::Result<Vec<NerSentence>> {
    let layout = match from {
        Some(l) => l.to_string(),
        None => match f.extension().and_then(|e| e.to_str()) {
            Some("conllu") => "conllu".into(),
            Some("iob2") => "iob2".into(),
            _ => "conll".into(),
        },
    };
    let text = data::read_file(f)?;
    if layout == "conllu" {
        if !text.contains("Entity=") {
            eprintln!(
                "note: {} has no Entity= annotation; skipped for NER",
                f.display()
            );
            return Ok(Vec::new());
        }
        return Ok(data::parse_conllu(&text)
            .iter()
            .map(|s| NerSentence {
                words: s.words.clone(),
                spans: data::gum_entities(s),
                doc_start: s.newdoc,
            })
            .collect());
    }
    Ok(data::parse_ner(&text, NerLayout::parse(&layout)?))
}

fn tagger_for(args: &TrainArgs) -> anyhow::Result<tagger::Tagger> {
    match &args.tagger {
        Some(p) => crate::load_tagger(p),
        None => crate::read_tagger(crate::TAGGER_BYTES),
    }
}

fn tag_hashes(t: &tagger::Tagger, words: &[String]) -> Vec<u64> {
    let lexes: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
    t.tag(&lexes)
        .iter()
        .map(|&k| hash_str(&t.tags[k as usize]))
        .collect()
}

/// NER example with predicted POS and parse, as at run time.
fn ner_example(t: &tagger::Tagger, p: &parser::Parser, s: &NerSentence) -> ner::NerExample {
    let lexes: Vec<Lex> = s.words.iter().map(|w| Lex::new(w)).collect();
    let tags = tag_hashes(t, &s.words);
    let parse = p.parse(&parser::Input {
        lex: &lexes,
        tags: &tags,
    });
    let deprels: Vec<&str> = parse
        .labels
        .iter()
        .map(|&l| p.labels.get(l).map_or("dep", |s| s.as_str()))
        .collect();
    let syn = ner::syntax(&lexes, &parse.heads, &deprels);
    ner::NerExample::new(s, tags, syn)
}

/// Predicted tags for training sentences; with `folds` > 1 each fold is tagged by a tagger
/// trained on the other folds (two folds at a time, one per core).
fn jackknife_tags(
    sents: &[UdSentence],
    words: &[Vec<String>],
    folds: usize,
    seed: u64,
    fallback: &tagger::Tagger,
) -> Vec<Vec<u64>> {
    if folds < 2 {
        return words.iter().map(|w| tag_hashes(fallback, w)).collect();
    }
    let mut out: Vec<Vec<u64>> = vec![Vec::new(); words.len()];
    let fold_of = |i: usize| i % folds;
    let run_fold = |k: usize| -> Vec<(usize, Vec<u64>)> {
        let train: Vec<UdSentence> = sents
            .iter()
            .enumerate()
            .filter(|(i, _)| fold_of(*i) != k)
            .map(|(_, s)| s.clone())
            .collect();
        let opt = tagger::TaggerOptions {
            epochs: 6,
            seed: seed + k as u64,
            min_weight: 0.0,
            synthetic: 0,
        };
        eprintln!(
            "jackknife fold {}/{}: training tagger on {} sentences",
            k + 1,
            folds,
            train.len()
        );
        let t = tagger::train(&train, &[], &opt);
        (0..words.len())
            .filter(|&i| fold_of(i) == k)
            .map(|i| (i, tag_hashes(&t, &words[i])))
            .collect()
    };
    let mut k = 0;
    while k < folds {
        let results: Vec<Vec<(usize, Vec<u64>)>> = std::thread::scope(|s| {
            let hs: Vec<_> = (k..(k + 2).min(folds))
                .map(|f| s.spawn(move || run_fold(f)))
                .collect();
            hs.into_iter()
                .map(|h| h.join().expect("fold thread"))
                .collect()
        });
        for r in results {
            for (i, t) in r {
                out[i] = t;
            }
        }
        k += 2;
    }
    out
}

fn env_f64(name: &str, default: f64) -> f64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub fn train(args: TrainArgs) -> anyhow::Result<()> {
    let start = Instant::now();
    let mut w = Writer::default();
    let magic = match args.model.as_str() {
        "tagger" => {
            let train = read_ud(&args.train)?;
            let dev = data::read_conllu(&args.dev)?;
            eprintln!(
                "tagger: {} training sentences, {} dev",
                train.len(),
                dev.len()
            );
            let opt = tagger::TaggerOptions {
                epochs: args.epochs.unwrap_or(6),
                seed: args.seed,
                min_weight: args.min_weight.unwrap_or(0.05),
                synthetic: args.synthetic,
            };
            tagger::train(&train, &dev, &opt).write(&mut w);
            crate::TAGGER_MAGIC
        }
        "parser" => {
            let train = read_ud(&args.train)?;
            let dev = data::read_conllu(&args.dev)?;
            let t = tagger_for(&args)?;
            eprintln!(
                "parser: {} training sentences, {} dev",
                train.len(),
                dev.len()
            );
            let words: Vec<Vec<String>> = train.iter().map(|s| s.words.clone()).collect();
            let tags = jackknife_tags(&train, &words, args.jackknife, args.seed, &t);
            let train_ex: Vec<parser::ParseExample> = train
                .iter()
                .zip(tags)
                .map(|(s, tg)| parser::ParseExample::new(s, tg))
                .collect();
            let dev_ex: Vec<parser::ParseExample> = dev
                .iter()
                .map(|s| parser::ParseExample::new(s, tag_hashes(&t, &s.words)))
                .collect();
            eprintln!(
                "parser: POS ready after {:.1}s",
                start.elapsed().as_secs_f64()
            );
            let opt = parser::ParserOptions {
                epochs: args.epochs.unwrap_or(8),
                seed: args.seed,
                min_weight: args.min_weight.unwrap_or(1.0),
                explore: 0.9,
            };
            parser::train(&train_ex, &dev_ex, &opt).write(&mut w);
            crate::PARSER_MAGIC
        }
        "ner" => {
            let t = tagger_for(&args)?;
            let mut train = Vec::new();
            for f in &args.train {
                train.extend(read_ner_file(f, None)?);
            }
            let extra = ner::augment_case(
                &train,
                env_f64("EVENTWIRE_NER_LOWER", 0.25),
                env_f64("EVENTWIRE_NER_UPPER", 0.05),
                env_f64("EVENTWIRE_NER_TITLE", 0.05),
                args.seed,
            );
            train.extend(extra);
            if args.synthetic > 0 {
                train.extend(crate::synth::news_sentences(args.synthetic, args.seed));
            }
            let dev = read_ner_file(&args.dev, None)?;
            eprintln!("ner: {} training sentences, {} dev", train.len(), dev.len());
            let p = match &args.parser {
                Some(path) => crate::load_parser(path)?,
                None => crate::read_parser(crate::PARSER_BYTES)?,
            };
            let to_ex = |s: &NerSentence| ner_example(&t, &p, s);
            let train_ex: Vec<ner::NerExample> = train.iter().map(to_ex).collect();
            let dev_ex: Vec<ner::NerExample> = dev.iter().map(to_ex).collect();
            let opt = ner::NerOptions {
                epochs: args.epochs.unwrap_or(6),
                seed: args.seed,
                min_weight: args.min_weight.unwrap_or(0.05),
                explore: env_f64("EVENTWIRE_NER_EXPLORE", 0.0),
                clusters: match &args.clusters {
                    Some(f) => ner::Clusters::from_tsv(&data::read_file(f)?)?,
                    None => ner::Clusters::default(),
                },
            };
            eprintln!("ner: {} word clusters", opt.clusters.len());
            ner::train(&train_ex, &dev_ex, opt).write(&mut w);
            crate::NER_MAGIC
        }
        other => bail!("unknown model {other:?}: expected tagger, parser or ner"),
    };
    w.save(&args.out, magic)?;
    let size = std::fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "wrote {} ({:.2} MB) in {:.1}s",
        args.out.display(),
        size as f64 / 1e6,
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

pub fn tag(args: TagArgs) -> anyhow::Result<()> {
    let bb = load(&args.models)?;
    let text = data::read_file(&args.file)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.from.as_str() {
        "conllu" => write_conllu(&bb, &text, &mut out)?,
        "conll" | "iob2" => write_ner_columns(&bb, &text, NerLayout::parse(&args.from)?, &mut out)?,
        other => bail!("unknown input layout {other:?}: expected conllu, conll or iob2"),
    }
    out.flush()?;
    Ok(())
}

fn write_conllu(bb: &Backbone, text: &str, out: &mut impl Write) -> anyhow::Result<()> {
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut dyn Write| -> anyhow::Result<()> {
        let words: Vec<&str> = block
            .iter()
            .filter(|l| data::is_word_line(l))
            .map(|l| l.split('\t').nth(1).unwrap_or("_"))
            .collect();
        let a = bb.analyse(&words);
        let mut i = 0;
        for line in block.iter() {
            if !line.starts_with('#') && data::is_word_line(line) {
                let mut cols: Vec<String> = line.split('\t').map(|s| s.to_string()).collect();
                while cols.len() < 10 {
                    cols.push("_".into());
                }
                cols[3] = a.upos[i].clone();
                cols[4] = a.xpos[i].clone();
                cols[6] = a.heads[i].map_or(0, |h| h + 1).to_string();
                cols[7] = a.deprels[i].clone();
                writeln!(out, "{}", cols.join("\t"))?;
                i += 1;
            } else {
                writeln!(out, "{line}")?;
            }
        }
        block.clear();
        Ok(())
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut block, out)?;
            writeln!(out, "{line}")?;
        } else {
            block.push(line);
        }
    }
    flush(&mut block, out)?;
    Ok(())
}

/// IOB2 labels for a sentence's entity spans.
pub fn iob2_labels(n: usize, spans: &[(usize, usize, crate::EntityType)]) -> Vec<String> {
    let mut y = vec!["O".to_string(); n];
    for &(s, e, t) in spans {
        let t = format!("{t:?}");
        y[s] = format!("B-{t}");
        for l in &mut y[s + 1..e] {
            *l = format!("I-{t}");
        }
    }
    y
}

fn write_ner_columns(
    bb: &Backbone,
    text: &str,
    layout: NerLayout,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let mut block: Vec<&str> = Vec::new();
    let flush = |block: &mut Vec<&str>, out: &mut dyn Write| -> anyhow::Result<()> {
        let words: Vec<&str> = block
            .iter()
            .filter(|l| !data::is_ner_passthrough(l))
            .map(|l| l.split_whitespace().nth(layout.token_col()).unwrap_or("_"))
            .collect();
        let labels = if words.is_empty() {
            Vec::new()
        } else {
            iob2_labels(words.len(), &bb.entities(&words))
        };
        let mut i = 0;
        for line in block.iter() {
            if data::is_ner_passthrough(line) {
                writeln!(out, "{line}")?;
            } else {
                let sep = if line.contains('\t') { "\t" } else { " " };
                writeln!(out, "{line}{sep}{}", labels[i])?;
                i += 1;
            }
        }
        block.clear();
        Ok(())
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut block, out)?;
            writeln!(out, "{line}")?;
        } else {
            block.push(line);
        }
    }
    flush(&mut block, out)?;
    Ok(())
}

pub fn eval(args: EvalArgs) -> anyhow::Result<()> {
    let t0 = Instant::now();
    let bb = load(&args.models).context("loading models")?;
    eprintln!(
        "models loaded in {:.0} ms",
        t0.elapsed().as_secs_f64() * 1e3
    );
    match args.what.as_str() {
        "ud" => {
            let gold = data::read_conllu(&args.gold)?;
            let s = eval::score_ud(&bb, &gold);
            print!("{}", eval::report_ud(&s));
        }
        "ner" => {
            let gold = read_ner_file(&args.gold, args.from.as_deref())?;
            let c = eval::score_ner(&bb, &gold);
            print!("{}", c.report());
        }
        other => bail!("unknown evaluation {other:?}: expected ud or ner"),
    }
    Ok(())
}
