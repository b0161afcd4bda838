//! Linguistic backbone: tagger, parser, NER (stub; being written).
