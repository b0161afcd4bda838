//! Readers for the training and evaluation formats: CoNLL-U (with GUM entity spans),
//! CoNLL-style NER columns (IOB1 or IOB2) and the Universal NER layout.
use anyhow::Context;
use eventwire_model::EntityType;
use std::path::Path;

/// One sentence of a treebank (multiword-token and empty-node lines skipped).
#[derive(Clone, Debug, Default)]
pub struct UdSentence {
    pub words: Vec<String>,
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    /// 1-based head, 0 = root (as in the file).
    pub heads: Vec<usize>,
    pub deprels: Vec<String>,
    pub misc: Vec<String>,
    /// A `# newdoc` comment precedes the sentence.
    pub newdoc: bool,
}

pub fn read_file(path: &Path) -> anyhow::Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

/// Whether a CoNLL-U line is a basic word line (integer id).
pub fn is_word_line(line: &str) -> bool {
    let id = line.split('\t').next().unwrap_or("");
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())
}

pub fn parse_conllu(text: &str) -> Vec<UdSentence> {
    let mut out = Vec::new();
    let mut cur = UdSentence::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with("# newdoc") {
            cur.newdoc = true;
        }
        if line.starts_with('#') || !is_word_line(line) {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let col = |i: usize| cols.get(i).copied().unwrap_or("_").to_string();
        cur.words.push(col(1));
        cur.upos.push(col(3));
        cur.xpos.push(col(4));
        cur.heads
            .push(cols.get(6).and_then(|h| h.parse().ok()).unwrap_or(0));
        cur.deprels.push(col(7));
        cur.misc.push(col(9));
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

pub fn read_conllu(path: &Path) -> anyhow::Result<Vec<UdSentence>> {
    Ok(parse_conllu(&read_file(path)?))
}

/// A sentence with entity spans `(start, end_exclusive, type)`.
#[derive(Clone, Debug, Default)]
pub struct NerSentence {
    pub words: Vec<String>,
    pub spans: Vec<(usize, usize, EntityType)>,
    /// A new document starts here (`-DOCSTART-` or `# newdoc` before the sentence).
    pub doc_start: bool,
}

/// Map a gold label type to ours; types we do not predict (dates, weapons...) give `None`.
pub fn map_type(t: &str) -> Option<EntityType> {
    match t {
        "PER" | "PERSON" | "Person" | "person" => Some(EntityType::PER),
        "ORG" | "Organisation" | "Organization" | "organization" => Some(EntityType::ORG),
        "LOC" | "Location" | "place" | "GPE" => Some(EntityType::LOC),
        "MISC" => Some(EntityType::MISC),
        _ => None,
    }
}

/// conlleval-style chunking that reads IOB1 and IOB2 alike: a chunk starts at `B-X`, or at
/// `I-X` after `O` or after a different type.
pub fn spans_from_labels(labels: &[&str]) -> Vec<(usize, usize, String)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, l) in labels.iter().enumerate() {
        let (prefix, ty) = match l.split_once('-') {
            Some((p, t))
                if p == "B" || p == "I" || p == "E" || p == "S" || p == "L" || p == "U" =>
            {
                (p, t)
            }
            _ => ("O", ""),
        };
        let continues =
            matches!(prefix, "I" | "E" | "L") && open.as_ref().is_some_and(|(_, t)| t == ty);
        if !continues {
            if let Some((s, t)) = open.take() {
                spans.push((s, i, t));
            }
            if prefix != "O" {
                open = Some((i, ty.to_string()));
            }
        }
        if matches!(prefix, "E" | "L" | "S" | "U") {
            if let Some((s, t)) = open.take() {
                spans.push((s, i + 1, t));
            }
        }
    }
    if let Some((s, t)) = open {
        spans.push((s, labels.len(), t));
    }
    spans
}

/// Column layout of an NER file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NerLayout {
    /// Token in column 1, gold label (if any) in the last column.
    Conll,
    /// Universal NER: `id token label ...`.
    Iob2,
}

impl NerLayout {
    pub fn parse(s: &str) -> anyhow::Result<NerLayout> {
        match s {
            "conll" => Ok(NerLayout::Conll),
            "iob2" => Ok(NerLayout::Iob2),
            _ => anyhow::bail!("unknown NER layout {s:?} (conll or iob2)"),
        }
    }
    pub fn token_col(self) -> usize {
        match self {
            NerLayout::Conll => 0,
            NerLayout::Iob2 => 1,
        }
    }
}

/// Lines that are passed through without being tokens.
pub fn is_ner_passthrough(line: &str) -> bool {
    line.starts_with("-DOCSTART-") || line.starts_with('#')
}

/// Read gold NER sentences; entity types outside PER/ORG/LOC/MISC are dropped.
pub fn parse_ner(text: &str, layout: NerLayout) -> Vec<NerSentence> {
    let mut out = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut labels: Vec<String> = Vec::new();
    let mut doc_start = false;
    let flush = |words: &mut Vec<String>,
                 labels: &mut Vec<String>,
                 doc_start: &mut bool,
                 out: &mut Vec<NerSentence>| {
        if words.is_empty() {
            return;
        }
        let refs: Vec<&str> = labels.iter().map(|s| s.as_str()).collect();
        let spans = spans_from_labels(&refs)
            .into_iter()
            .filter_map(|(s, e, t)| map_type(&t).map(|t| (s, e, t)))
            .collect();
        out.push(NerSentence {
            words: std::mem::take(words),
            spans,
            doc_start: std::mem::take(doc_start),
        });
        labels.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut words, &mut labels, &mut doc_start, &mut out);
            continue;
        }
        if is_ner_passthrough(line) {
            if line.starts_with("-DOCSTART-") || line.starts_with("# newdoc") {
                flush(&mut words, &mut labels, &mut doc_start, &mut out);
                doc_start = true;
            }
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        let tok = cols.get(layout.token_col()).copied().unwrap_or("_");
        let label = match layout {
            NerLayout::Conll => {
                if cols.len() > 1 {
                    cols[cols.len() - 1]
                } else {
                    "O"
                }
            }
            NerLayout::Iob2 => cols.get(2).copied().unwrap_or("O"),
        };
        words.push(tok.to_string());
        labels.push(label.to_string());
    }
    flush(&mut words, &mut labels, &mut doc_start, &mut out);
    out
}

/// Whether a word belongs to a title ("President", "Prime Minister", "Dr.") or is a
/// nationality, from the gazetteers in `data/`.
fn is_title_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut set = std::collections::HashSet::new();
        for (name, text) in crate::ner::GAZETTEERS {
            if *name != "title" && *name != "nationality" {
                continue;
            }
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                for w in line.split_whitespace() {
                    set.insert(w.to_lowercase());
                }
            }
        }
        for w in [
            "deputy", "former", "foreign", "chief", "acting", "senior", "general", "of", "state",
        ] {
            set.insert(w.to_string());
        }
        set
    });
    words.contains(&word.to_lowercase())
}

/// Named-entity mentions from GUM's `Entity=` MISC annotation. A mention counts as named if
/// its syntactic head is a proper noun (pronouns that corefer with a named entity do not);
/// the span is cut to the name itself (CoNLL convention: "the [United States]", "[Mary
/// Chaworth], whom he met"); only outermost named mentions are kept. person/organization/place map to PER/ORG/LOC, other named types to MISC.
pub fn gum_entities(s: &UdSentence) -> Vec<(usize, usize, EntityType)> {
    let mut open: Vec<(String, usize, String, bool)> = Vec::new(); // id, start, type, identity
    let mut mentions = Vec::new();
    for (i, misc) in s.misc.iter().enumerate() {
        let Some(ent) = misc.split('|').find_map(|f| f.strip_prefix("Entity=")) else {
            continue;
        };
        let b = ent.as_bytes();
        let mut p = 0;
        while p < b.len() {
            if b[p] == b'(' {
                let mut q = p + 1;
                while q < b.len() && b[q] != b'(' && b[q] != b')' {
                    q += 1;
                }
                let body = &ent[p + 1..q];
                let fields: Vec<&str> = body.split('-').collect();
                let id = fields.first().copied().unwrap_or("").to_string();
                let ty = fields.get(1).copied().unwrap_or("").to_string();
                let identity = fields.len() >= 8 && !fields[7..].join("-").is_empty();
                if q < b.len() && b[q] == b')' {
                    mentions.push((i, i + 1, ty, identity));
                    p = q + 1;
                } else {
                    open.push((id, i, ty, identity));
                    p = q;
                }
            } else if b[p].is_ascii_digit() {
                let mut q = p;
                while q < b.len() && b[q] != b')' && b[q] != b'(' {
                    q += 1;
                }
                let id = &ent[p..q];
                if let Some(k) = open.iter().rposition(|o| o.0 == id) {
                    let (_, st, ty, ident) = open.remove(k);
                    mentions.push((st, i + 1, ty, ident));
                }
                p = q + 1;
            } else {
                p += 1;
            }
        }
    }
    let n = s.words.len();
    let mut named: Vec<(usize, usize, EntityType)> = Vec::new();
    let capitalised = |k: usize| {
        s.words[k]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    };
    // Punctuation that may sit inside a name ("Guinea-Bissau", "AT&T", "St. Louis").
    // (and the comma before a company's legal form: "Atlantic Lottery Corporation, Inc.",
    // which GUM annotates as part of the name)
    let inner_punct = |k: usize| {
        matches!(s.words[k].as_str(), "-" | "&" | "." | "'" | "/")
            || (s.words[k] == ","
                && s.words
                    .get(k + 1)
                    .is_some_and(|w| crate::ner::legal_form(w)))
    };
    for (st, en, ty, _identity) in mentions {
        if en > n || st >= en {
            continue;
        }
        let Some(head) = (st..en).find(|&k| {
            let h = s.heads[k];
            h == 0 || h <= st || h > en
        }) else {
            continue;
        };
        if s.upos[head] != "PROPN" {
            continue;
        }
        // Keep the name around the head: cut appositions, parentheses and relative clauses
        // at the nearest punctuation, then trim determiners, lowercase modifiers and "'s".
        let mut st = (st..head)
            .rev()
            .find(|&k| s.upos[k] == "PUNCT" && !inner_punct(k))
            .map_or(st, |k| k + 1);
        let mut en = (head + 1..en)
            .find(|&k| s.upos[k] == "PUNCT" && !inner_punct(k))
            .unwrap_or(en);
        while st < head && (!capitalised(st) || s.upos[st] == "DET") {
            st += 1;
        }
        while en > head + 1 && (!capitalised(en - 1) || s.xpos[en - 1] == "POS") {
            en -= 1;
        }
        if ty == "person" {
            // CoNLL convention: titles and nationalities are not part of a person's name
            // ("German Chancellor [Olaf Scholz]").
            while st + 1 < en && is_title_word(&s.words[st]) {
                st += 1;
            }
        }
        if !capitalised(st) {
            continue;
        }
        let t = match ty.as_str() {
            "person" => EntityType::PER,
            "organization" => EntityType::ORG,
            "place" => EntityType::LOC,
            "time" => continue,
            _ => EntityType::MISC,
        };
        named.push((st, en, t));
    }
    // Outermost first: longer spans win.
    named.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut out: Vec<(usize, usize, EntityType)> = Vec::new();
    for m in named {
        if out.iter().all(|o| m.1 <= o.0 || m.0 >= o.1) {
            out.push(m);
        }
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_iob1_and_iob2() {
        let iob1 = ["I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-LOC"];
        let s = spans_from_labels(&iob1);
        assert_eq!(
            s,
            vec![
                (0, 2, "ORG".into()),
                (3, 4, "PER".into()),
                (4, 5, "PER".into()),
                (5, 6, "LOC".into())
            ]
        );
        let iob2 = ["B-LOC", "I-LOC", "B-LOC", "O"];
        assert_eq!(
            spans_from_labels(&iob2),
            vec![(0, 2, "LOC".into()), (2, 3, "LOC".into())]
        );
    }

    #[test]
    fn reads_gum_entities() {
        let text = "1\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-x-y-3-sgl-University_of_Portsmouth\n\
2\tPortsmouth\tP\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(2-place-new-x-y-1-sgl-Portsmouth)\n\
3\tUniversity\tu\tPROPN\tNNP\t_\t0\troot\t_\tEntity=1)\n\
4\tart\tart\tNOUN\tNN\t_\t3\tdep\t_\tEntity=(3-abstract-new-x-y-1-sgl)\n\n";
        let s = &parse_conllu(text)[0];
        assert_eq!(gum_entities(s), vec![(1, 3, EntityType::ORG)]);
    }
}
