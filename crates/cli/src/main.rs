//! The `eventwire` command line: the only place that knows about flags, stdout and exit
//! codes. Everything else is in the library crates.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use eventwire::ingest::{self, IngestError, InputFormat, RawArticle, ReadOptions};
use eventwire::{Cleaner, Options, Pipeline};
use rayon::prelude::*;
use std::io::{self, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "eventwire",
    version,
    about = "Turns raw news into structured, auditable facts."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Reads articles (text, HTML or JSONL; files, directories, `-` for stdin; .gz too) and
    /// writes one JSON record per article.
    Extract(ExtractArgs),
    #[cfg(feature = "backbone")]
    /// Trains a backbone model (tagger, parser or ner).
    Train(eventwire_backbone::cli::TrainArgs),
    #[cfg(feature = "backbone")]
    /// Tags CoNLL-U or CoNLL files with the backbone's predictions.
    Tag(eventwire_backbone::cli::TagArgs),
    #[cfg(feature = "backbone")]
    /// Scores the backbone against a gold file.
    Eval(eventwire_backbone::cli::EvalArgs),
}

#[derive(Clone, Copy, ValueEnum)]
enum InFormat {
    Auto,
    Text,
    Html,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutFormat {
    /// One compact JSON object per line, in input order.
    Jsonl,
    /// Pretty JSON: an object for one article, an array for several.
    Json,
    /// One CSV row per event, with a header line.
    Csv,
    /// GDELT 2.0 event-table rows (tab-separated, the codebook's 61 columns), for GDELT
    /// tooling.
    Gdelt,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Files, directories (read recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<String>,
    /// Input format; `auto` uses the extension, then the content.
    #[arg(long, value_enum, default_value = "auto")]
    input_format: InFormat,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: OutFormat,
    /// Adds the token layer to the output.
    #[arg(long)]
    tokens: bool,
    /// Publication date (YYYY-MM-DD) for articles whose input gives none.
    #[arg(long, value_parser = parse_day)]
    published: Option<String>,
    /// Stops at the first record that fails instead of going on with the others.
    #[arg(long)]
    strict: bool,
    /// JSONL lines longer than this many bytes are reported and skipped.
    #[arg(long, default_value_t = 64 << 20)]
    max_record_bytes: usize,
    /// Skips tagging, parsing and named entities: clean text, sentences and tokens only.
    #[arg(long)]
    no_backbone: bool,
    /// A directory of knowledge-base files (countries, organisations, people, roles) that
    /// add to or override the shipped ones.
    #[arg(long)]
    kb: Option<std::path::PathBuf>,
    /// Your own verb-pattern dictionary for event coding, used instead of the shipped one
    /// (start from crates/events/data/patterns.txt; format in crates/events/data/README.md).
    #[arg(long)]
    patterns: Option<std::path::PathBuf>,
    /// Your own boilerplate rules, replacing the shipped ones (see crates/clean/data).
    #[arg(long)]
    boilerplate: Option<std::path::PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
}

fn parse_day(s: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| format!("{s:?} is not a date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(args),
        #[cfg(feature = "backbone")]
        Command::Train(a) => eventwire_backbone::cli::train(a).map(|_| true),
        #[cfg(feature = "backbone")]
        Command::Tag(a) => eventwire_backbone::cli::tag(a).map(|_| true),
        #[cfg(feature = "backbone")]
        Command::Eval(a) => eventwire_backbone::cli::eval(a).map(|_| true),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("eventwire: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Records handed to the workers at a time: enough to keep every core busy, few enough to
/// keep memory flat on endless JSONL streams.
const BATCH: usize = 64;

/// Where output goes and how failures are counted.
struct Run<'a> {
    pipeline: &'a Pipeline,
    format: OutFormat,
    tokens: bool,
    strict: bool,
    out: io::BufWriter<io::StdoutLock<'static>>,
    pretty: Vec<serde_json::Value>,
    records: usize,
    failures: usize,
}

impl Run<'_> {
    fn report(&mut self, e: &IngestError) {
        self.failures += 1;
        eprintln!("eventwire: error: {e}");
    }

    /// Processes a batch in parallel and writes it in input order. Returns false when
    /// `--strict` should stop the run.
    fn flush(&mut self, batch: &mut Vec<Result<RawArticle, IngestError>>) -> Result<bool> {
        let items = std::mem::take(batch);
        let pipeline = self.pipeline;
        let (tokens, format) = (self.tokens, self.format);
        let done: Vec<Result<(String, Option<serde_json::Value>), IngestError>> = items
            .into_par_iter()
            .map(|item| {
                let raw = item?;
                for w in &raw.warnings {
                    eprintln!("eventwire: warning: {}: {w}", raw.origin);
                }
                let origin = raw.origin.clone();
                // A bug in one stage must not take the other records down with it.
                panic::catch_unwind(AssertUnwindSafe(|| {
                    let doc = pipeline.process(raw);
                    let rows = |rows: Vec<String>| rows.iter().map(|r| format!("{r}\n")).collect();
                    match format {
                        OutFormat::Json => (
                            String::new(),
                            Some(eventwire::model::json::to_value(&doc, tokens)),
                        ),
                        OutFormat::Jsonl => {
                            (eventwire::model::json::to_line(&doc, tokens) + "\n", None)
                        }
                        OutFormat::Csv => (rows(eventwire::events::csv_rows(&doc)), None),
                        OutFormat::Gdelt => (rows(eventwire::events::gdelt_rows(&doc)), None),
                    }
                }))
                .map_err(|payload| IngestError {
                    origin,
                    kind: ingest::ErrorKind::Internal(panic_message(payload.as_ref())),
                })
            })
            .collect();
        for d in done {
            self.records += 1;
            match d {
                Ok((line, value)) => match value {
                    Some(v) => self.pretty.push(v),
                    None => self.out.write_all(line.as_bytes())?,
                },
                Err(e) => {
                    self.report(&e);
                    if self.strict {
                        return Ok(false);
                    }
                }
            }
        }
        Ok(true)
    }
}

/// The message of a caught panic, with the place the panic hook recorded.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let msg = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    let place = LAST_PANIC
        .with(|p| p.borrow_mut().take())
        .unwrap_or_default();
    format!("{msg}{place}")
}

thread_local! {
    /// Where the last panic on this thread happened, for the record's error line.
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn extract(args: ExtractArgs) -> Result<bool> {
    // A stage's panic is reported once, on the record's error line, instead of the
    // default hook's message and backtrace hint.
    panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(place));
    }));
    // A stack overflow cannot be caught like a panic: it ends the process and every record
    // still in flight. Workers get a deep stack (address space, touched only when used) so
    // that a record with unusually deep structure stays one record's problem.
    let mut workers = rayon::ThreadPoolBuilder::new().stack_size(64 << 20);
    if let Some(n) = args.threads {
        workers = workers.num_threads(n);
    }
    workers
        .build_global()
        .context("cannot start the worker threads")?;
    let cleaner = match &args.boilerplate {
        Some(path) => {
            let src = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Cleaner::from_rules(&src, &path.display().to_string())?
        }
        None => Cleaner::default(),
    };
    let pipeline = Pipeline::with_cleaner(
        cleaner,
        Options {
            published: args.published.clone(),
            skip_backbone: args.no_backbone,
            kb_dir: args.kb.clone(),
            patterns: args.patterns.clone(),
        },
    )?;
    let read_opts = ReadOptions {
        format: match args.input_format {
            InFormat::Auto => None,
            InFormat::Text => Some(InputFormat::Text),
            InFormat::Html => Some(InputFormat::Html),
            InFormat::Jsonl => Some(InputFormat::Jsonl),
        },
        max_record_bytes: args.max_record_bytes,
    };
    let (sources, path_errors) = ingest::expand_paths(&args.paths);
    let mut run = Run {
        pipeline: &pipeline,
        format: args.format,
        tokens: args.tokens,
        strict: args.strict,
        out: io::BufWriter::new(io::stdout().lock()),
        pretty: Vec::new(),
        records: 0,
        failures: 0,
    };
    for e in &path_errors {
        run.report(e);
    }
    if args.format == OutFormat::Csv {
        writeln!(run.out, "{}", eventwire::events::CSV_HEADER)?;
    }
    let mut go_on = !args.strict || path_errors.is_empty();
    let mut batch = Vec::with_capacity(BATCH);
    for src in &sources {
        if !go_on {
            break;
        }
        let mut failure: Option<anyhow::Error> = None;
        ingest::read_source(src, &read_opts, &mut |item| {
            let failed = item.is_err();
            batch.push(item);
            if batch.len() >= BATCH || (failed && args.strict) {
                match run.flush(&mut batch) {
                    Ok(true) => {}
                    Ok(false) => {
                        go_on = false;
                        return false;
                    }
                    Err(e) => {
                        failure = Some(e);
                        go_on = false;
                        return false;
                    }
                }
            }
            true
        });
        if let Some(e) = failure {
            return Err(e);
        }
    }
    if go_on {
        run.flush(&mut batch)?;
    }
    if args.format == OutFormat::Json {
        let pretty = std::mem::take(&mut run.pretty);
        let value = if pretty.len() == 1 {
            pretty.into_iter().next().expect("one")
        } else {
            serde_json::Value::Array(pretty)
        };
        serde_json::to_writer_pretty(&mut run.out, &value)?;
        run.out.write_all(b"\n")?;
    }
    run.out.flush()?;
    if run.failures > 0 {
        eprintln!(
            "eventwire: {} of {} records failed{}",
            run.failures,
            run.records.max(run.failures),
            if args.strict {
                " (stopped: --strict)"
            } else {
                ""
            }
        );
    }
    Ok(run.failures == 0)
}
