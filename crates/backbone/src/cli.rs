//! The `train`, `tag` and `eval` subcommands (stub; being written).
use clap::Args;

/// `eventwire train tagger|parser|ner ...`
#[derive(Debug, Args)]
pub struct TrainArgs {
    /// Which model to train.
    pub model: String,
}

/// `eventwire tag --from conllu|conll|iob2 FILE`
#[derive(Debug, Args)]
pub struct TagArgs {
    #[arg(long)]
    pub from: String,
    pub file: std::path::PathBuf,
}

/// `eventwire eval ud|ner --gold FILE [--from ...]`
#[derive(Debug, Args)]
pub struct EvalArgs {
    pub what: String,
    #[arg(long)]
    pub gold: std::path::PathBuf,
    #[arg(long)]
    pub from: Option<String>,
}

pub fn train(args: TrainArgs) -> anyhow::Result<()> {
    anyhow::bail!("training {} is not implemented yet", args.model)
}

pub fn tag(args: TagArgs) -> anyhow::Result<()> {
    anyhow::bail!("tagging {} is not implemented yet", args.from)
}

pub fn eval(args: EvalArgs) -> anyhow::Result<()> {
    anyhow::bail!("evaluating {} is not implemented yet", args.what)
}
