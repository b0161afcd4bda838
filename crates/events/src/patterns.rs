//! The verb-pattern dictionary (`data/patterns.txt`; format in `data/README.md`).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

const PATTERNS: &str = include_str!("../data/patterns.txt");

/// Where a pattern finds its target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    Obj,
    Iobj,
    /// The possessor of the direct object ("condemned Russia's move").
    Poss,
    /// An oblique (of the verb, its object or its xcomp) introduced by this preposition.
    Prep(String),
    None,
}

/// One line of the dictionary.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    pub code: String,
    pub verbs: Vec<String>,
    pub obj: Vec<String>,
    pub xcomp: Vec<String>,
    pub obl: Vec<String>,
    pub prep: Vec<String>,
    pub subj: Vec<String>,
    /// What the act is called (`as=`): the "as" phrase ("viewed the move as a violation") or
    /// the predicate noun ("called the decision a mistake") holds one of these lemmas.
    pub as_words: Vec<String>,
    pub target: Vec<Slot>,
    pub pair: Option<String>,
    /// `giver=PREP`: the party of that preposition acts, towards the clause's subject
    /// ("received a loan *from* the Asian Development Bank").
    pub giver: Option<String>,
    pub mutual: bool,
    /// The event needs a target actor (`need=t`): without one nothing is coded.
    pub need_target: bool,
    /// The event needs a source actor (`need=src`): "the strong euro hit exports" is no
    /// strike, "gunmen hit a checkpoint" is.
    pub need_source: bool,
    /// The verb must have an object (`need=obj`: "withdrew its ambassador") or must have
    /// none (`need=noobj`: "the troops withdrew", not "withdrew its plan").
    pub need_object: Option<bool>,
    /// The line fits only a verb negated under "will"/"would" (`need=refusal`), and the
    /// refusal is the event: "would not comment" (011).
    pub need_refusal: bool,
    /// The line fits only a verb with no oblique aimed at anything (`need=aimless`: no
    /// at, on, into, toward, against or over): missiles fired at nothing are a show of force.
    pub need_aimless: bool,
    /// 1-based line in the data file.
    pub line: usize,
}

impl Pattern {
    /// How many constraints beyond the verb the pattern has.
    pub fn specificity(&self) -> usize {
        [
            !self.obj.is_empty(),
            !self.xcomp.is_empty(),
            !self.obl.is_empty(),
            !self.prep.is_empty(),
            !self.subj.is_empty(),
            !self.as_words.is_empty(),
        ]
        .iter()
        .filter(|b| **b)
        .count()
    }
}

/// The code of a line that says its construction is no event.
pub const NO_EVENT: &str = "-";

/// The parsed dictionary, indexed by verb lemma.
pub struct Dictionary {
    pub patterns: Vec<Pattern>,
    pub by_verb: HashMap<String, Vec<usize>>,
    /// Every lemma the dictionary names (verbs and xcomp verbs, particles joined by `_`),
    /// plus the control and speech verbs the coder knows.
    pub lemmas: HashSet<String>,
}

fn list(v: &str) -> Vec<String> {
    v.split('|')
        .filter(|s| !s.is_empty())
        .map(|s| s.to_string())
        .collect()
}

/// Parses dictionary text; errors name the line.
pub fn parse(text: &str) -> Result<Dictionary, String> {
    let mut patterns = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut f = line.split_whitespace();
        let code = f.next().unwrap_or_default().to_string();
        // "-": the construction is no event ("seized the opportunity"), so it blocks the
        // verb's less specific lines
        if code != NO_EVENT
            && (!code.chars().all(|c| c.is_ascii_digit()) || !(2..=4).contains(&code.len()))
        {
            return Err(format!("line {}: bad code {code:?}", i + 1));
        }
        let verbs = list(f.next().ok_or(format!("line {}: no verbs", i + 1))?);
        let mut p = Pattern {
            code,
            verbs,
            obj: vec![],
            xcomp: vec![],
            obl: vec![],
            prep: vec![],
            subj: vec![],
            as_words: vec![],
            target: vec![Slot::Obj],
            pair: None,
            giver: None,
            mutual: false,
            need_target: false,
            need_source: false,
            need_object: None,
            need_refusal: false,
            need_aimless: false,
            line: i + 1,
        };
        for kv in f {
            if kv == "mutual" {
                p.mutual = true;
                continue;
            }
            let (k, v) = kv
                .split_once('=')
                .ok_or(format!("line {}: expected key=value, got {kv:?}", i + 1))?;
            match k {
                "obj" => p.obj = list(v),
                "x" => p.xcomp = list(v),
                "obl" => p.obl = list(v),
                "prep" => p.prep = list(v),
                "subj" => p.subj = list(v),
                "as" => p.as_words = list(v),
                "pair" => p.pair = Some(v.to_string()),
                "giver" => p.giver = Some(v.to_string()),
                "need" if v == "t" => p.need_target = true,
                "need" if v == "src" => p.need_source = true,
                "need" if v == "obj" => p.need_object = Some(true),
                "need" if v == "noobj" => p.need_object = Some(false),
                "need" if v == "refusal" => p.need_refusal = true,
                "need" if v == "aimless" => p.need_aimless = true,
                "t" => {
                    p.target = list(v)
                        .into_iter()
                        .map(|s| match s.as_str() {
                            "obj" => Slot::Obj,
                            "iobj" => Slot::Iobj,
                            "poss" => Slot::Poss,
                            "-" => Slot::None,
                            _ => Slot::Prep(s),
                        })
                        .collect()
                }
                _ => return Err(format!("line {}: unknown key {k:?}", i + 1)),
            }
        }
        patterns.push(p);
    }
    let mut by_verb: HashMap<String, Vec<usize>> = HashMap::new();
    let mut lemmas: HashSet<String> = HashSet::new();
    for (i, p) in patterns.iter().enumerate() {
        for v in &p.verbs {
            by_verb.entry(v.clone()).or_default().push(i);
            lemmas.insert(v.clone());
            if let Some((a, _)) = v.split_once('_') {
                lemmas.insert(a.to_string());
            }
        }
        for v in &p.xcomp {
            lemmas.insert(v.clone());
            if let Some((a, _)) = v.split_once('_') {
                lemmas.insert(a.to_string());
            }
        }
    }
    for w in crate::CONTROL_VERBS
        .iter()
        .chain(crate::INTENTION_WORDS)
        .chain(crate::SPEECH_VERBS)
        // (the verbs of ordering and asking are all among these)
        .chain(crate::OBJECT_CONTROL)
    {
        lemmas.insert(w.to_string());
    }
    Ok(Dictionary {
        patterns,
        by_verb,
        lemmas,
    })
}

/// The shipped dictionary.
pub fn builtin() -> &'static Dictionary {
    static D: OnceLock<Dictionary> = OnceLock::new();
    D.get_or_init(|| parse(PATTERNS).unwrap_or_else(|e| panic!("data/patterns.txt: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_dictionary_parses_and_covers_every_root() {
        let d = builtin();
        for root in 1..=20 {
            let r = format!("{root:02}");
            assert!(
                d.patterns.iter().any(|p| p.code.starts_with(&r)),
                "no pattern for root {r}"
            );
        }
        for p in d.patterns.iter().filter(|p| p.code != NO_EVENT) {
            assert!(crate::codebook::known(&p.code), "unknown code {}", p.code);
            if let Some(c) = &p.pair {
                assert!(crate::codebook::known(c), "unknown pair code {c}");
            }
        }
        assert!(d.by_verb.contains_key("visit"));
    }

    #[test]
    fn bad_lines_are_reported() {
        assert!(parse("04x visit").is_err());
        assert!(parse("-x seize").is_err());
        assert_eq!(
            parse("- seize obj=opportunity").unwrap().patterns[0].code,
            NO_EVENT
        );
        assert!(parse("042 visit t").is_err());
        assert!(parse("042 visit colour=red").is_err());
        assert!(parse("087 withdraw need=sometimes").is_err());
        let d = parse("087 withdraw need=noobj t=from\n166 withdraw need=obj").unwrap();
        assert_eq!(d.patterns[0].need_object, Some(false));
        assert_eq!(d.patterns[1].need_object, Some(true));
        let d = parse("042 visit t=obj|to pair=043").unwrap();
        assert_eq!(
            d.patterns[0].target,
            vec![Slot::Obj, Slot::Prep("to".into())]
        );
    }
}
