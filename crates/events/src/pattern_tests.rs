//! Tests of the verb-pattern dictionary (`data/patterns.txt`): one sentence of our own per
//! family of patterns, coded by the real backbone and resolver.

use super::tests::{country, events, find, show};

#[test]
fn dictionary_codes_a_visit() {
    let evs = events("Russia's foreign minister visited Syria on Tuesday.");
    let e = find(&evs, "042").unwrap_or_else(|| panic!("{}", show(&evs)));
    assert_eq!(country(&e.source), "RUS");
}
