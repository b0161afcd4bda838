//! The word lists of attribution, kept as data files under `data/` and parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How a cue verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// "said (that) …", "“…,” he said".
    Say,
    /// "told reporters (that) …": a recipient comes first.
    Tell,
    /// Only frames quoted fragments ("called it an “important trip”").
    Name,
}

/// What a pronoun may refer to.
#[derive(Debug, Clone, Copy, Default)]
pub struct PronounRefs {
    pub person: bool,
    pub org: bool,
    pub plural: bool,
}

pub struct Lexicon {
    pub cues: HashMap<String, CueClass>,
    pub speech_nouns: HashSet<String>,
    pub roles: HashSet<String>,
    pub org_nouns: HashSet<String>,
    pub np_stop: HashSet<String>,
    pub aux: HashSet<String>,
    pub pronouns: HashMap<String, PronounRefs>,
    pub time_words: HashSet<String>,
    /// Cue forms that take a reported clause without "that".
    pub bare: HashSet<String>,
    /// Given names, titles and role words with the gender they tell ('f' or 'm').
    pub gender: HashMap<String, char>,
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(data: &str) -> HashSet<String> {
    lines(data).map(|l| l.to_lowercase()).collect()
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cues = HashMap::new();
        for l in lines(include_str!("../data/cue_verbs.txt")) {
            let mut it = l.split_whitespace();
            let class = match it.next() {
                Some("say") => CueClass::Say,
                Some("tell") => CueClass::Tell,
                Some(_) => CueClass::Name,
                None => continue,
            };
            for form in it {
                // The first list wins: "warned" is a say-verb, not a name-verb.
                cues.entry(form.to_lowercase()).or_insert(class);
            }
        }
        let mut pronouns = HashMap::new();
        for l in lines(include_str!("../data/pronouns.txt")) {
            let mut it = l.split_whitespace();
            if let (Some(w), Some(c)) = (it.next(), it.next()) {
                pronouns.insert(
                    w.to_lowercase(),
                    PronounRefs {
                        person: c.contains('P'),
                        org: c.contains('O'),
                        plural: c.contains('L'),
                    },
                );
            }
        }
        Lexicon {
            cues,
            speech_nouns: set(include_str!("../data/speech_nouns.txt")),
            roles: set(include_str!("../data/roles.txt")),
            org_nouns: set(include_str!("../data/org_nouns.txt")),
            np_stop: set(include_str!("../data/np_stop.txt")),
            aux: set(include_str!("../data/aux.txt")),
            pronouns,
            time_words: set(include_str!("../data/time_words.txt")),
            bare: set(include_str!("../data/bare_clause_verbs.txt")),
            gender: lines(include_str!("../data/given_names.txt"))
                .filter_map(|l| {
                    let (g, w) = l.split_once(' ')?;
                    Some((w.trim().to_lowercase(), g.chars().next()?))
                })
                .collect(),
        }
    }
}

pub fn lex() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(Lexicon::load)
}
