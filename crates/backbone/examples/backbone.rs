//! Runs the backbone subcommands until the `eventwire` binary is wired:
//! `cargo run --release -p eventwire-backbone --example backbone -- train tagger ...`
use clap::{Parser, Subcommand};
use eventwire_backbone::cli::{eval, tag, train, EvalArgs, TagArgs, TrainArgs};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    Train(TrainArgs),
    Tag(TagArgs),
    Eval(EvalArgs),
}

fn main() -> anyhow::Result<()> {
    match Cli::parse().cmd {
        Cmd::Train(a) => train(a),
        Cmd::Tag(a) => tag(a),
        Cmd::Eval(a) => eval(a),
    }
}
