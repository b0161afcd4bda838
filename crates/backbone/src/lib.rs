//! Linguistic backbone: tagger, parser, NER (stub; being written).

pub mod cli;
