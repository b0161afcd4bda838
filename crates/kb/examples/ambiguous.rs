//! Lists names and aliases that resolve to more than one entry, to review collisions.
//! Run with `cargo run -p eventwire-kb --example ambiguous`.

use std::collections::BTreeMap;

use eventwire_kb::{fold, KnowledgeBase};

fn main() {
    let kb = KnowledgeBase::builtin();
    let mut seen = BTreeMap::new();
    for e in kb.entries() {
        for n in std::iter::once(&e.name).chain(e.aliases.iter()) {
            let hits = kb.lookup(n);
            if hits.len() > 1 {
                seen.entry(fold(n)).or_insert_with(|| {
                    hits.iter()
                        .map(|h| h.id.clone())
                        .collect::<Vec<_>>()
                        .join(" ")
                });
            }
        }
    }
    for (k, v) in &seen {
        println!("{k}\t{v}");
    }
    eprintln!("{} ambiguous keys", seen.len());
}
