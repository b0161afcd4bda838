//! The CAMEO codebook: code → label, Goldstein value, quad class.

use std::collections::HashMap;
use std::sync::OnceLock;

const CODEBOOK: &str = include_str!("../data/cameo_codes.tsv");

/// One codebook row.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeInfo {
    pub label: String,
    pub goldstein: f64,
    pub quad_class: u8,
}

fn table() -> &'static HashMap<String, CodeInfo> {
    static T: OnceLock<HashMap<String, CodeInfo>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for line in CODEBOOK.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            m.insert(
                f[0].to_string(),
                CodeInfo {
                    label: f[1].to_string(),
                    goldstein: f[2].trim().parse().unwrap_or(0.0),
                    quad_class: f[3].trim().parse().unwrap_or(0),
                },
            );
        }
        m
    })
}

/// The codebook row of a code; a code not in the book falls back to its 3-digit base, then
/// its root.
pub fn info(code: &str) -> Option<&'static CodeInfo> {
    let t = table();
    t.get(code)
        .or_else(|| code.get(..3).and_then(|c| t.get(c)))
        .or_else(|| code.get(..2).and_then(|c| t.get(c)))
}

/// True when the code is in the codebook.
pub fn known(code: &str) -> bool {
    table().contains_key(code)
}

/// The quad class of a root code (GDELT's split), for codes absent from the book.
pub fn quad_of_root(root: &str) -> u8 {
    match root {
        "01" | "02" | "03" | "04" | "05" => 1,
        "06" | "07" | "08" => 2,
        "09" | "10" | "11" | "12" | "13" | "16" => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codebook_loads() {
        let i = info("0213").unwrap();
        assert_eq!(i.label, "Appeal for judicial cooperation");
        assert_eq!(info("042").unwrap().quad_class, 1);
        assert!(info("190").unwrap().goldstein < -5.0);
        assert!(known("173"));
        assert!(!known("999"));
    }
}
