//! Synthetic POS-tagged news sentences: extra tagger training data for the clause shapes of
//! international news that the web-text treebanks (UD EWT, GUM) show rarely: a subject
//! followed by a past-tense verb that is rare there ("Troops shot ...", "Rebels laid siege
//! to ..."), phrasal verbs, perfect and passive participles, bare subjunctive verbs
//! after "demand/insist/urge that" + subject ("... urged that the council lift the ban"),
//! a time between subject and verb ("Police on Sunday arrested ..."), a counted people
//! acting without an object ("Thousands of Kurds demonstrated in Kirkuk") and headline
//! presents with a plural subject ("Rebels attack a convoy").
//! Verbs come from `data/verbs.txt`, names from our gazetteers; all ours.
use crate::data::UdSentence;
use crate::hash::Rng;
use crate::ner::GAZETTEERS;

/// `data/verbs.txt`: BASE PAST PARTICIPLE per line, alternatives separated by `/`.
pub const VERBS: &str = include_str!("../data/verbs.txt");
/// `data/news_nouns.txt`: one common noun per line.
pub const NEWS_NOUNS: &str = include_str!("../data/news_nouns.txt");

/// The verbs of [`VERBS`]: (base, past forms, participles).
pub fn verbs() -> Vec<(&'static str, Vec<&'static str>, Vec<&'static str>)> {
    VERBS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let (b, p, n) = (it.next()?, it.next()?, it.next()?);
            Some((b, p.split('/').collect(), n.split('/').collect()))
        })
        .collect()
}

/// The nouns of [`NEWS_NOUNS`].
pub fn news_nouns() -> Vec<&'static str> {
    NEWS_NOUNS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Plural subjects (NNS).
const PLURAL_SUBJECTS: &[&str] = &[
    "troops",
    "gunmen",
    "protesters",
    "rebels",
    "soldiers",
    "militants",
    "officials",
    "authorities",
    "demonstrators",
    "workers",
    "students",
    "warplanes",
    "insurgents",
    "militiamen",
    "villagers",
    "investigators",
    "lawmakers",
    "judges",
    "forces",
    "attackers",
];

/// Singular heads after "the" (NN), joined by the news nouns of `data/news_nouns.txt`.
const SINGULAR_HEADS: &[&str] = &[
    "court",
    "council",
    "committee",
    "company",
    "party",
    "opposition",
    "military",
    "union",
    "mayor",
    "governor",
    "leader",
    "administration",
    "group",
];

/// Plural objects (NNS) after a number.
const PLURAL_OBJECTS: &[&str] = &[
    "protesters",
    "people",
    "civilians",
    "soldiers",
    "journalists",
    "activists",
    "drones",
    "villages",
    "prisoners",
    "hostages",
    "policemen",
    "rockets",
    "missiles",
    "workers",
    "students",
];

/// Singular objects (NN).
const SINGULAR_OBJECTS: &[&str] = &[
    "drone",
    "policeman",
    "town",
    "city",
    "university",
    "village",
    "convoy",
    "decision",
    "move",
    "plan",
    "deal",
    "ban",
    "embargo",
    "curfew",
    "policy",
    "law",
    "bill",
    "proposal",
    "border",
    "building",
    "journalist",
    "camp",
    "base",
    "crackdown",
    "offensive",
    "campaign",
    "election",
    "budget",
    "agreement",
    "investigation",
];

/// Plural objects (NNS) without a determiner.
const BARE_PLURALS: &[&str] = &[
    "sanctions",
    "restrictions",
    "talks",
    "attacks",
    "reforms",
    "controls",
    "limits",
    "tariffs",
    "subsidies",
    "checkpoints",
    "raids",
    "arrests",
    "executions",
    "airstrikes",
    "negotiations",
];

const NUMBERS: &[&str] = &[
    "two", "three", "four", "five", "six", "ten", "dozens", "12", "25", "40",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// Quantity heads of a subject ("Thousands of Kurds").
const QUANTITIES: &[&str] = &["Thousands", "Hundreds", "Dozens", "Scores", "Tens"];
/// Peoples named by a plural proper noun, besides the gazetteer's demonyms.
const PEOPLES: &[&str] = &[
    "Kurds",
    "Tamils",
    "Uighurs",
    "Hutus",
    "Tutsis",
    "Shiites",
    "Sunnis",
    "Christians",
    "Muslims",
    "Palestinians",
    "Serbs",
    "Croats",
    "Albanians",
    "Pashtuns",
    "Rohingyas",
];
/// Past forms of verbs without an object in news ("demonstrated in Kirkuk").
const INTRANSITIVE: &[&str] = &[
    "demonstrated",
    "protested",
    "rallied",
    "marched",
    "gathered",
    "fled",
    "clashed",
    "fought",
    "resigned",
    "surrendered",
    "withdrew",
    "retreated",
    "struck",
    "pushed",
    "advanced",
    "crossed",
    "moved",
];
/// Verbs of intent that take an infinitive, as (past, "-s" form).
const INTENT_VERBS: &[(&str, &str)] = &[
    ("refused", "refuses"),
    ("agreed", "agrees"),
    ("vowed", "vows"),
    ("threatened", "threatens"),
    ("decided", "decides"),
    ("promised", "promises"),
    ("pledged", "pledges"),
    ("planned", "plans"),
    ("sought", "seeks"),
    ("offered", "offers"),
];
/// Times written between a subject and its verb ("Police on Sunday arrested ...").
fn time_adverbial(rng: &mut Rng) -> Vec<Tok> {
    match rng.below(6) {
        0 => vec![tok("today", "NN", "NOUN")],
        1 => vec![tok("yesterday", "NN", "NOUN")],
        2 => vec![
            tok("last", "JJ", "ADJ"),
            tok(["week", "month", "year"][rng.below(3)], "NN", "NOUN"),
        ],
        3 => vec![
            tok("on", "IN", "ADP"),
            tok(pick(DAYS, rng), "NNP", "PROPN"),
            tok(["night", "morning", "evening"][rng.below(3)], "NN", "NOUN"),
        ],
        _ => vec![tok("on", "IN", "ADP"), tok(pick(DAYS, rng), "NNP", "PROPN")],
    }
}

/// Verbs of demanding that take a bare subjunctive clause ("... that X end Y").
const DEMAND: &[(&str, &str, &str)] = &[
    ("demand", "demanded", "demanding"),
    ("insist", "insisted", "insisting"),
    ("urge", "urged", "urging"),
    ("ask", "asked", "asking"),
    ("propose", "proposed", "proposing"),
    ("recommend", "recommended", "recommending"),
    ("request", "requested", "requesting"),
    ("order", "ordered", "ordering"),
];

type Tok = (String, &'static str, &'static str);

fn tok(w: impl AsRef<str>, x: &'static str, u: &'static str) -> Tok {
    (w.as_ref().to_string(), x, u)
}

/// Names from a gazetteer whose words are all plain letters (one NNP per word).
fn names(list: &str) -> Vec<Vec<String>> {
    let text = GAZETTEERS
        .iter()
        .find(|(n, _)| *n == list)
        .map_or("", |(_, t)| *t);
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter(|l| l.chars().all(|c| c.is_ascii_alphabetic() || c == ' '))
        .map(|l| l.split_whitespace().map(str::to_string).collect())
        .collect()
}

struct Lists {
    verbs: Vec<(&'static str, Vec<&'static str>, Vec<&'static str>)>,
    heads: Vec<&'static str>,
    countries: Vec<Vec<String>>,
    cities: Vec<Vec<String>>,
    surnames: Vec<Vec<String>>,
    /// Nationality adjectives (JJ): single words not ending in "s".
    nats: Vec<String>,
}

fn pick<'a, T>(v: &'a [T], rng: &mut Rng) -> &'a T {
    &v[rng.below(v.len())]
}

impl Lists {
    fn new() -> Lists {
        let mut heads: Vec<&'static str> = SINGULAR_HEADS.to_vec();
        heads.extend(news_nouns());
        Lists {
            verbs: verbs(),
            heads,
            countries: names("country"),
            cities: names("city"),
            surnames: names("surname"),
            nats: names("nationality")
                .into_iter()
                .filter(|n| n.len() == 1 && !n[0].ends_with('s'))
                .map(|n| n[0].clone())
                .collect(),
        }
    }

    fn proper(&self, v: &[Vec<String>], rng: &mut Rng) -> Vec<Tok> {
        pick(v, rng)
            .iter()
            .map(|w| tok(w, "NNP", "PROPN"))
            .collect()
    }

    /// A subject noun phrase and whether it is plural.
    fn subject(&self, rng: &mut Rng) -> (Vec<Tok>, bool) {
        match rng.below(6) {
            0 | 1 => {
                let mut v = Vec::new();
                if rng.below(3) == 0 {
                    v.push(tok(pick(&self.nats, rng), "JJ", "ADJ"));
                }
                // "police" is NN in the treebanks but takes a plural verb
                if rng.below(6) == 0 {
                    v.push(tok("police", "NN", "NOUN"));
                } else {
                    v.push(tok(pick(PLURAL_SUBJECTS, rng), "NNS", "NOUN"));
                }
                (v, true)
            }
            2 => (self.proper(&self.countries, rng), false),
            3 => {
                let mut v = vec![tok("the", "DT", "DET")];
                if rng.below(2) == 0 {
                    v.push(tok(pick(&self.nats, rng), "JJ", "ADJ"));
                }
                v.push(tok(pick(&self.heads, rng), "NN", "NOUN"));
                (v, false)
            }
            4 => {
                let mut v = self.proper(&self.countries, rng);
                v.push(tok("'s", "POS", "PART"));
                v.push(tok(pick(&self.heads, rng), "NN", "NOUN"));
                (v, false)
            }
            _ => {
                let mut v = vec![tok("President", "NNP", "PROPN")];
                v.extend(self.proper(&self.surnames, rng));
                (v, false)
            }
        }
    }

    fn object(&self, rng: &mut Rng) -> Vec<Tok> {
        match rng.below(6) {
            // A bare plural, often with a modifier: "restrictions on foreign media".
            5 => {
                let mut v = vec![tok(pick(BARE_PLURALS, rng), "NNS", "NOUN")];
                if rng.below(2) == 0 {
                    v.push(tok(["on", "against", "for"][rng.below(3)], "IN", "ADP"));
                    v.push(tok(pick(SINGULAR_OBJECTS, rng), "NN", "NOUN"));
                }
                v
            }
            0 => vec![
                tok(pick(NUMBERS, rng), "CD", "NUM"),
                tok(pick(PLURAL_OBJECTS, rng), "NNS", "NOUN"),
            ],
            1 => vec![
                tok(["his", "its", "their"][rng.below(3)], "PRP$", "PRON"),
                tok(pick(SINGULAR_OBJECTS, rng), "NN", "NOUN"),
            ],
            2 if rng.below(3) == 0 => vec![
                tok("siege", "NN", "NOUN"),
                tok("to", "IN", "ADP"),
                tok("the", "DT", "DET"),
                tok(pick(SINGULAR_OBJECTS, rng), "NN", "NOUN"),
            ],
            _ => vec![
                tok(["a", "the"][rng.below(2)], "DT", "DET"),
                tok(pick(SINGULAR_OBJECTS, rng), "NN", "NOUN"),
            ],
        }
    }

    /// An optional trailing prepositional phrase.
    fn tail(&self, rng: &mut Rng, out: &mut Vec<Tok>) {
        match rng.below(4) {
            0 => {
                out.push(tok("in", "IN", "ADP"));
                let v = if rng.below(2) == 0 {
                    &self.countries
                } else {
                    &self.cities
                };
                out.extend(self.proper(v, rng));
            }
            1 => {
                out.push(tok("on", "IN", "ADP"));
                out.push(tok(pick(DAYS, rng), "NNP", "PROPN"));
            }
            _ => {}
        }
    }

    fn sentence(&self, rng: &mut Rng) -> Vec<Tok> {
        let mut s = Vec::new();
        let verb = |rng: &mut Rng| pick(&self.verbs, rng).clone();
        let past = |rng: &mut Rng| {
            let (_, p, _) = verb(rng);
            tok(pick(&p, rng), "VBD", "VERB")
        };
        // a time between the subject and its verb, in a third of the active past clauses
        let subject_then_time = |rng: &mut Rng, s: &mut Vec<Tok>| {
            s.extend(self.subject(rng).0);
            if rng.below(3) == 0 {
                s.extend(time_adverbial(rng));
            }
        };
        match rng.below(11) {
            // A verb of intent with its infinitive: "refused on Saturday to free three
            // soldiers", "plans to visit Washington" (the "-s" form after a singular subject).
            10 => {
                let (subj, plural) = self.subject(rng);
                s.extend(subj);
                if rng.below(3) == 0 {
                    s.extend(time_adverbial(rng));
                }
                let (past, present) = pick(INTENT_VERBS, rng);
                if plural || rng.below(2) == 0 {
                    s.push(tok(past, "VBD", "VERB"));
                } else {
                    s.push(tok(present, "VBZ", "VERB"));
                }
                if rng.below(4) == 0 {
                    s.extend(time_adverbial(rng));
                }
                s.push(tok("to", "TO", "PART"));
                let (b, _, _) = verb(rng);
                s.push(tok(b, "VB", "VERB"));
                s.extend(self.object(rng));
            }
            // Subject, past-tense verb, object.
            0 | 1 | 9 => {
                subject_then_time(rng, &mut s);
                // "shot dead two protesters": a resultative the treebanks lack
                if rng.below(8) == 0 {
                    s.push(tok("shot", "VBD", "VERB"));
                    s.push(tok("dead", "JJ", "ADJ"));
                } else {
                    s.push(past(rng));
                }
                s.extend(self.object(rng));
            }
            // A phrasal verb: "shot down a drone".
            2 => {
                subject_then_time(rng, &mut s);
                s.push(past(rng));
                s.push(tok(["down", "up", "off"][rng.below(3)], "RP", "ADP"));
                s.extend(self.object(rng));
            }
            // A people or a crowd, counted, acting without an object: "Thousands of Kurds
            // demonstrated in Kirkuk", "Dozens of protesters on Sunday marched ...".
            7 => {
                if rng.below(2) == 0 {
                    s.push(tok(pick(QUANTITIES, rng), "NNS", "NOUN"));
                    s.push(tok("of", "IN", "ADP"));
                }
                if rng.below(2) == 0 {
                    s.push(tok(pick(PEOPLES, rng), "NNPS", "PROPN"));
                } else {
                    s.push(tok(pick(PLURAL_SUBJECTS, rng), "NNS", "NOUN"));
                }
                if rng.below(3) == 0 {
                    s.extend(time_adverbial(rng));
                }
                s.push(tok(pick(INTRANSITIVE, rng), "VBD", "VERB"));
                s.push(tok(
                    ["in", "outside", "near", "against", "into"][rng.below(5)],
                    "IN",
                    "ADP",
                ));
                s.extend(self.proper(&self.cities, rng));
            }
            // The present of headlines with a plural subject: "Rebels attack a convoy".
            8 => {
                let subj = loop {
                    let (subj, plural) = self.subject(rng);
                    // not "police" (NN): a base form after a singular noun is mostly a
                    // noun ("hunger strike")
                    if plural && !subj.iter().any(|t| t.0 == "police") {
                        break subj;
                    }
                };
                s.extend(subj);
                // not a verb whose past is its base form ("Protesters set ablaze ..." is
                // news in the past)
                let b = loop {
                    let (b, p, _) = verb(rng);
                    if !p.contains(&b) {
                        break b;
                    }
                };
                s.push(tok(b, "VBP", "VERB"));
                s.extend(self.object(rng));
            }
            // Two coordinated past-tense verbs.
            3 => {
                subject_then_time(rng, &mut s);
                s.push(past(rng));
                s.push(tok("and", "CC", "CCONJ"));
                s.push(past(rng));
                s.extend(self.object(rng));
            }
            // Perfect: "have laid siege to".
            4 => {
                let (subj, plural) = self.subject(rng);
                s.extend(subj);
                s.push(if plural {
                    tok("have", "VBP", "AUX")
                } else {
                    tok("has", "VBZ", "AUX")
                });
                let (_, _, n) = verb(rng);
                s.push(tok(pick(&n, rng), "VBN", "VERB"));
                s.extend(self.object(rng));
            }
            // Passive: "the assets were frozen by ...".
            5 => {
                let obj = self.object(rng);
                let plural = obj.iter().any(|t| t.1 == "NNS");
                s.extend(obj);
                s.push(tok(if plural { "were" } else { "was" }, "VBD", "AUX"));
                let (_, _, n) = verb(rng);
                s.push(tok(pick(&n, rng), "VBN", "VERB"));
                if rng.below(2) == 0 {
                    s.push(tok("by", "IN", "ADP"));
                    s.extend(self.subject(rng).0);
                }
            }
            // Bare subjunctive after a verb of demanding: "urged that the council lift ...".
            _ => {
                let (subj, plural) = self.subject(rng);
                s.extend(subj);
                let d = pick(DEMAND, rng);
                if rng.below(3) == 0 {
                    s.push(if plural {
                        tok("are", "VBP", "AUX")
                    } else {
                        tok("is", "VBZ", "AUX")
                    });
                    s.push(tok(d.2, "VBG", "VERB"));
                } else {
                    s.push(tok(d.1, "VBD", "VERB"));
                }
                s.push(tok("that", "IN", "SCONJ"));
                s.extend(self.subject(rng).0);
                let (b, _, _) = verb(rng);
                s.push(tok(b, "VB", "VERB"));
                s.extend(self.object(rng));
            }
        }
        self.tail(rng, &mut s);
        s.push(tok(".", ".", "PUNCT"));
        // Sentence-initial capital.
        if let Some(first) = s.first_mut() {
            let mut c = first.0.chars();
            if let Some(h) = c.next() {
                first.0 = h.to_uppercase().chain(c).collect();
            }
        }
        s
    }
}

/// `n` synthetic tagged sentences (deterministic for a seed); heads and relations are
/// placeholders (the tagger reads only words and tags).
pub fn tagged_sentences(n: usize, seed: u64) -> Vec<UdSentence> {
    let lists = Lists::new();
    let mut rng = Rng::new(seed ^ 0x7a65);
    (0..n)
        .map(|_| {
            let toks = lists.sentence(&mut rng);
            let len = toks.len();
            UdSentence {
                words: toks.iter().map(|t| t.0.clone()).collect(),
                xpos: toks.iter().map(|t| t.1.to_string()).collect(),
                upos: toks.iter().map(|t| t.2.to_string()).collect(),
                heads: vec![0; len],
                deprels: vec!["dep".to_string(); len],
                misc: vec!["_".to_string(); len],
                newdoc: false,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_deterministic_and_tagged() {
        let a = tagged_sentences(200, 1);
        let b = tagged_sentences(200, 1);
        assert_eq!(a.len(), 200);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.words, y.words);
            assert_eq!(x.words.len(), x.xpos.len());
            assert_eq!(x.words.len(), x.upos.len());
        }
        assert!(a.iter().any(|s| s.xpos.contains(&"VB".to_string())));
        assert!(a.iter().any(|s| s.xpos.contains(&"VBN".to_string())));
    }

    #[test]
    fn verb_list_parses() {
        let v = verbs();
        assert!(v.len() > 150);
        assert!(v
            .iter()
            .any(|(b, p, n)| *b == "shoot" && p == &["shot"] && n == &["shot"]));
        assert!(news_nouns().contains(&"premier"));
    }
}
