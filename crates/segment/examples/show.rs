//! Prints the sentences of stdin, one per line, tokens separated by spaces — for eyeballing.
//!
//! ```text
//! echo 'Mr. Smith left. He said "no."' | cargo run -p eventwire-segment --example show
//! ```
use eventwire_segment::{split_sentences, tokenize};
use std::io::Read;

fn main() {
    let mut text = String::new();
    std::io::stdin()
        .read_to_string(&mut text)
        .expect("read stdin");
    let toks = tokenize(&text);
    for s in split_sentences(&text, &toks) {
        let words: Vec<&str> = toks[s.tokens.0..s.tokens.1]
            .iter()
            .map(|t| &text[t.range()])
            .collect();
        println!("{}", words.join(" "));
    }
}
