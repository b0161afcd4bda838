//! Linguistic backbone: POS tagger, dependency parser and named-entity recogniser, trained
//! by us (see `README.md` for retraining) and run in pure Rust.
//!
//! ```no_run
//! let bb = eventwire_backbone::Backbone::load_default()?;
//! let a = bb.analyse(&["Reuters", "reported", "from", "Paris", "."]);
//! assert_eq!(a.upos.len(), 5);
//! # Ok::<(), anyhow::Error>(())
//! ```
pub mod cli;
pub mod data;
mod document;
pub mod eval;
pub mod hash;
pub mod io;
pub mod lex;
pub mod ner;
pub mod parser;
pub mod perceptron;
pub mod synth;
pub mod tagger;
pub mod tagsynth;

use anyhow::Context;
pub use eventwire_model::EntityType;
use eventwire_model::Label;
use lex::Lex;
use ner::Ner;
use parser::Parser;
use std::path::Path;
use std::sync::OnceLock;
use tagger::Tagger;

pub const TAGGER_FILE: &str = "tagger.bin";
pub const PARSER_FILE: &str = "parser.bin";
pub const NER_FILE: &str = "ner.bin";
pub const TAGGER_MAGIC: &str = "eventwire-tagger-1";
pub const PARSER_MAGIC: &str = "eventwire-parser-1";
pub const NER_MAGIC: &str = "eventwire-ner-2";

/// Everything the backbone says about one sentence. Heads are sentence-local and 0-based,
/// `None` for the root; entity spans are word ranges `[start, end)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub upos: Vec<String>,
    pub xpos: Vec<String>,
    pub heads: Vec<Option<usize>>,
    pub deprels: Vec<String>,
    pub entities: Vec<(usize, usize, EntityType)>,
}

/// The three models together.
pub struct Backbone {
    pub tagger: Tagger,
    pub parser: Parser,
    pub ner: Ner,
    /// Hash of each joint tag, the parser's and NER's view of POS.
    tag_hashes: Vec<u64>,
    /// Capitalised abbreviations of common nouns ("IPO", "MPs"), which name nothing.
    abbreviations: std::collections::HashSet<&'static str>,
    /// The tagger's UPOS and XPOS names and the parser's relation names, shared by the
    /// tokens of annotated documents.
    labels: Labels,
}

struct Labels {
    upos: Vec<Label>,
    xpos: Vec<Label>,
    deprel: Vec<Label>,
    /// For a word the parser left without a relation.
    dep: Label,
}

impl Labels {
    fn deprel(&self, id: usize) -> Label {
        self.deprel.get(id).unwrap_or(&self.dep).clone()
    }
}

/// One sentence as the models leave it: joint tag ids, the parse and the entities.
struct Raw {
    tags: Vec<u16>,
    parse: parser::Parse,
    entities: Vec<(usize, usize, EntityType)>,
}

pub(crate) static TAGGER_BYTES: &[u8] = include_bytes!("../models/tagger.bin");
pub(crate) static PARSER_BYTES: &[u8] = include_bytes!("../models/parser.bin");
static NER_BYTES: &[u8] = include_bytes!("../models/ner.bin");

pub fn read_tagger(bytes: &[u8]) -> anyhow::Result<Tagger> {
    let raw = io::model_bytes(bytes)?;
    let mut r = io::Reader::new(&raw);
    r.expect_magic(TAGGER_MAGIC)?;
    Tagger::read(&mut r)
}

pub fn read_parser(bytes: &[u8]) -> anyhow::Result<Parser> {
    let raw = io::model_bytes(bytes)?;
    let mut r = io::Reader::new(&raw);
    r.expect_magic(PARSER_MAGIC)?;
    Parser::read(&mut r)
}

pub fn read_ner(bytes: &[u8]) -> anyhow::Result<Ner> {
    let raw = io::model_bytes(bytes)?;
    let mut r = io::Reader::new(&raw);
    r.expect_magic(NER_MAGIC)?;
    Ner::read(&mut r)
}

fn read_path(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("reading model {}", path.display()))
}

pub fn load_tagger(path: &Path) -> anyhow::Result<Tagger> {
    read_tagger(&read_path(path)?).with_context(|| format!("loading {}", path.display()))
}
pub fn load_parser(path: &Path) -> anyhow::Result<Parser> {
    read_parser(&read_path(path)?).with_context(|| format!("loading {}", path.display()))
}
pub fn load_ner(path: &Path) -> anyhow::Result<Ner> {
    read_ner(&read_path(path)?).with_context(|| format!("loading {}", path.display()))
}

/// The shipped backbone, loaded once on first use.
pub fn shared() -> anyhow::Result<&'static Backbone> {
    static SHARED: OnceLock<Backbone> = OnceLock::new();
    if let Some(b) = SHARED.get() {
        return Ok(b);
    }
    let b = Backbone::load_default()?;
    Ok(SHARED.get_or_init(|| b))
}

/// Verbs that follow a demand's "that" and its subject in the subjunctive ("demanded that the
/// minister *resign*"), where the tagger, seeing no "-s", reads a noun.
const SUBJUNCTIVE_VERBS: &[&str] = &[
    "resign",
    "step",
    "quit",
    "release",
    "free",
    "withdraw",
    "reverse",
    "halt",
    "stop",
    "end",
    "lift",
    "hand",
    "pay",
    "apologise",
    "apologize",
    "leave",
    "reinstate",
    "scrap",
    "cancel",
    "drop",
    "return",
    "allow",
    "investigate",
    "pull",
    "stand",
    "face",
    "comply",
    "honour",
    "honor",
    "restore",
    "hold",
    "call",
    "respect",
    "recognise",
    "recognize",
    "guarantee",
    "uphold",
];

/// Verbs of demanding, as prefixes of their forms ("demanded", "insists", "urging").
const DEMANDING: &[&str] = &[
    "demand",
    "insist",
    "urg",
    "ask",
    "request",
    "requir",
    "recommend",
    "propos",
    "order",
];

/// Past participles that news often uses as reduced relative clauses right after their
/// noun ("a man *arrested* in Paris", "two soldiers *wounded* in the attack").
const REDUCED_PARTICIPLES: &[&str] = &[
    "arrested",
    "detained",
    "held",
    "jailed",
    "imprisoned",
    "sentenced",
    "convicted",
    "charged",
    "accused",
    "suspected",
    "wanted",
    "wounded",
    "injured",
    "hurt",
    "killed",
    "hidden",
    "planted",
    "seized",
    "captured",
    "abducted",
    "kidnapped",
    "taken",
    "deported",
    "expelled",
    "freed",
    "released",
    "rescued",
    "evacuated",
    "displaced",
    "trapped",
    "stranded",
    "elected",
    "appointed",
    "sent",
    "deployed",
    "stationed",
    "based",
    "backed",
    "supported",
    "funded",
    "armed",
    "trained",
    "led",
    "hit",
    "struck",
    "shot",
    "found",
    "used",
    "built",
    "owned",
    "operated",
    "banned",
    "sanctioned",
    "named",
    "listed",
    "involved",
    "linked",
    "affected",
    "damaged",
    "destroyed",
    "fired",
    "launched",
    "loaded",
];

/// See `data/common_abbreviations.txt`.
const COMMON_ABBREVIATIONS: &str = include_str!("../data/common_abbreviations.txt");

impl Backbone {
    pub fn new(tagger: Tagger, parser: Parser, ner: Ner) -> Backbone {
        let tag_hashes = tagger.tags.iter().map(|t| hash::hash_str(t)).collect();
        let shared = |names: &[String]| names.iter().map(|s| Label::from(s.as_str())).collect();
        let labels = Labels {
            upos: shared(&tagger.upos),
            xpos: shared(&tagger.xpos),
            deprel: shared(&parser.labels),
            dep: Label::from("dep"),
        };
        Backbone {
            tagger,
            parser,
            ner,
            tag_hashes,
            abbreviations: COMMON_ABBREVIATIONS
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .collect(),
            labels,
        }
    }

    /// The weights compiled into the binary (trained on UD EWT + GUM + wikigold; see NOTICE).
    /// Re-adds each model's features most looked-up first, by the lookups counted since
    /// loading (see [`perceptron::Model::ranked_by`]); predictions are unchanged.
    #[cfg(feature = "lookup-counts")]
    pub fn rank_features_by_lookups(&mut self) {
        self.tagger.rank_by_lookups();
        self.parser.rank_by_lookups();
        self.ner.rank_by_lookups();
    }

    pub fn load_default() -> anyhow::Result<Backbone> {
        let (t, (p, n)) = std::thread::scope(|s| {
            let p = s.spawn(|| read_parser(PARSER_BYTES));
            let n = s.spawn(|| read_ner(NER_BYTES));
            let t = read_tagger(TAGGER_BYTES);
            (
                t,
                (
                    p.join().expect("parser loader"),
                    n.join().expect("ner loader"),
                ),
            )
        });
        Ok(Backbone::new(t?, p?, n?))
    }

    /// Models from a directory holding `tagger.bin`, `parser.bin` and `ner.bin` (as written
    /// by `eventwire train`; each may also be gzip-compressed as `NAME.bin.gz`).
    pub fn load_dir(dir: &Path) -> anyhow::Result<Backbone> {
        let pick = |name: &str| {
            let plain = dir.join(name);
            if plain.exists() {
                plain
            } else {
                dir.join(format!("{name}.gz"))
            }
        };
        Ok(Backbone::new(
            load_tagger(&pick(TAGGER_FILE))?,
            load_parser(&pick(PARSER_FILE))?,
            load_ner(&pick(NER_FILE))?,
        ))
    }

    /// Tag, parse and find entities in one tokenised sentence.
    pub fn analyse(&self, words: &[&str]) -> Analysis {
        let raw = self.analyse_raw(words);
        fn name(names: &[String], i: usize) -> &str {
            names.get(i).map_or("dep", |s| s.as_str())
        }
        let upos = raw
            .tags
            .iter()
            .map(|&t| name(&self.tagger.upos, t as usize));
        let xpos = raw
            .tags
            .iter()
            .map(|&t| name(&self.tagger.xpos, t as usize));
        let deprels = raw
            .parse
            .labels
            .iter()
            .map(|&l| name(&self.parser.labels, l));
        Analysis {
            upos: upos.map(str::to_string).collect(),
            xpos: xpos.map(str::to_string).collect(),
            deprels: deprels.map(str::to_string).collect(),
            heads: raw.parse.heads,
            entities: raw.entities,
        }
    }

    /// [`Backbone::analyse`] with tags and relations as ids.
    fn analyse_raw(&self, words: &[&str]) -> Raw {
        if words.is_empty() {
            return Raw {
                tags: vec![],
                parse: parser::Parse {
                    heads: vec![],
                    labels: vec![],
                },
                entities: vec![],
            };
        }
        let lexes: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
        let mut tags = self.tagger.tag(&lexes);
        self.names_of_organisations(words, &lexes, &mut tags);
        self.names_of_countries(words, &lexes, &mut tags);
        self.places_read_as_gerunds(words, &lexes, &mut tags);
        self.verb_for_verbless(words, &mut tags);
        self.judgements_after_nouns(words, &mut tags);
        self.verbs_read_as_adjectives(words, &mut tags);
        self.fronted_gerunds(words, &mut tags);
        self.that_after_days(words, &mut tags);
        self.pasts_after_and(words, &mut tags);
        self.nationalities_read_as_verbs(words, &lexes, &mut tags);
        self.participles_after_objects(words, &mut tags);
        self.nouns_after_article_and_plural(words, &mut tags);
        self.plural_objects_after_pasts(words, &mut tags);
        self.hyphened_participles(words, &mut tags);
        self.modals_outside_the_closed_class(words, &mut tags);
        self.adjectives_opening_subjects(words, &mut tags);
        self.intransitive_pasts(words, &mut tags);
        let tag_h: Vec<u64> = tags.iter().map(|&t| self.tag_hashes[t as usize]).collect();
        let mut parse = self.parser.parse(&parser::Input {
            lex: &lexes,
            tags: &tag_h,
        });
        self.gerund_complements(&tags, &mut parse);
        self.visiting_guests(words, &tags, &mut parse);
        self.subordinate_clauses(words, &tags, &mut parse);
        self.objects_before_days(words, &tags, &mut parse);
        self.objects_after_days(words, &tags, &mut parse);
        self.objects_joined(words, &tags, &mut parse);
        self.destinations_after_names(words, &tags, &mut parse);
        self.relatives_without_pronoun(words, &tags, &mut parse);
        self.people_of_the_dead(words, &tags, &mut parse);
        self.possessives_of_the_last_conjunct(words, &tags, &mut parse);
        self.names_after_objects(&tags, &mut parse);
        self.claims_denied(words, &tags, &mut parse);
        self.reduced_relatives(words, &tags, &mut parse);
        self.verbs_read_as_modifiers(words, &tags, &mut parse);
        self.names_before_groups(&tags, &mut parse);
        self.subjects_joined_before_verb(words, &tags, &mut parse);
        self.second_roots_with_conjunctions(words, &mut parse);
        let deprels: Vec<&str> = parse
            .labels
            .iter()
            .map(|&l| self.parser.labels.get(l).map_or("dep", |s| s.as_str()))
            .collect();
        let syn = ner::syntax(&lexes, &parse.heads, &deprels);
        // the recogniser's names, then repairs of their edges and types
        let names = self.ner.recognise(words, &lexes, &tag_h, &syn);
        let names = self.names_end_at_verbs(words, &tags, names);
        let names = self.places_before_their_state(words, &lexes, names);
        let names = self.articles_of_arabic_names(words, &tags, names);
        let names = self.common_abbreviations(words, names);
        let names = self.names_without_days(words, &lexes, names);
        let names = self.countries_are_places(&lexes, names);
        let names = states_after_their_places(words, names);
        let names = self.organs_named_for(words, &lexes, names);
        let names = self.organs_joined_by_and(words, &lexes, names);
        let names = jobs_after_names(words, names);
        let entities = self.companies_keep_their_suffix(words, names);
        self.names_as_units(words, &entities, &mut parse);
        self.titles_before_names(&tags, &entities, &mut parse);
        self.gerund_lists(words, &tags, &mut parse);
        self.participles_read_as_pasts(words, &mut tags, &parse);
        Raw {
            tags,
            parse,
            entities,
        }
    }

    /// The index of a dependency relation in the parser's label set.
    fn label(&self, l: &str) -> Option<usize> {
        self.parser.labels.iter().position(|x| x == l)
    }

    /// The indices of several relations at once, for the parse repairs (`None` when the
    /// parser lacks one of them).
    fn labels<const N: usize>(&self, names: [&str; N]) -> Option<[usize; N]> {
        let mut out = [0; N];
        for (o, n) in out.iter_mut().zip(names) {
            *o = self.label(n)?;
        }
        Some(out)
    }

    /// Index of a tagger class ("NNP\tPROPN"), for the tag repairs.
    fn tag_id(&self, tag: &str) -> Option<usize> {
        self.tagger.tags.iter().position(|t| t == tag)
    }

    /// Whether one of the named gazetteers ([`ner::GAZETTEERS`]) lists the word alone.
    fn listed(&self, lists: &[&str], lex: &Lex) -> bool {
        ner::GAZETTEERS
            .iter()
            .enumerate()
            .any(|(l, (name, _))| lists.contains(name) && self.ner.gazetteer.has_word(l, lex))
    }

    /// "Human rights watchdog Amnesty International accused ...": a noun made the root with
    /// the sentence's verb as its parataxis, while the name right after it is that verb's
    /// subject, is the name's title; the verb is the root.
    fn titles_before_names(
        &self,
        tags: &[u16],
        names: &[(usize, usize, EntityType)],
        parse: &mut parser::Parse,
    ) {
        let (Some(compound), Some(parataxis), Some(nsubj)) = (
            self.label("compound"),
            self.label("parataxis"),
            self.label("nsubj"),
        ) else {
            return;
        };
        for &(a, b, _) in names {
            let Some(t) = a.checked_sub(1) else { continue };
            if parse.heads[t].is_some()
                || !matches!(self.tagger.xpos[tags[t] as usize].as_str(), "NN" | "NNS")
            {
                continue;
            }
            let Some(name) = (a..b).find(|&x| parse.heads[x].is_none_or(|h| h < a || h >= b))
            else {
                continue;
            };
            let Some(verb) = parse.heads[name] else {
                continue;
            };
            if parse.labels[name] != nsubj
                || parse.heads[verb] != Some(t)
                || parse.labels[verb] != parataxis
            {
                continue;
            }
            let root = parse.labels[t];
            parse.heads[verb] = None;
            parse.labels[verb] = root;
            parse.heads[t] = Some(name);
            parse.labels[t] = compound;
            for x in 0..parse.heads.len() {
                if x != verb && parse.heads[x] == Some(t) {
                    if x > t {
                        parse.heads[x] = Some(verb);
                    } else if parse.labels[x] == nsubj {
                        parse.labels[x] = compound;
                    }
                }
            }
        }
    }

    /// "accused the United States of violating human rights, ignoring international law
    /// and sending ...": a bare gerund after a comma that opens a list ending in "and" goes
    /// on the list of the gerund after "of" before it, not beside it as the verb's own
    /// participle clause.
    fn gerund_lists(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let (Some(advcl), Some(conj), Some(mark), Some(cc)) = (
            self.label("advcl"),
            self.label("conj"),
            self.label("mark"),
            self.label("cc"),
        ) else {
            return;
        };
        let gerund = |t: usize| self.tagger.xpos[tags[t] as usize] == "VBG";
        for t in 1..words.len() {
            let Some(h) = parse.heads[t] else { continue };
            if parse.labels[t] != advcl || !gerund(t) || words[t - 1] != "," {
                continue;
            }
            let heads = &parse.heads;
            let kids = |x: usize| (0..heads.len()).filter(move |&k| heads[k] == Some(x));
            let listed = kids(t).any(|k| {
                parse.labels[k] == conj
                    && gerund(k)
                    && kids(k).any(|c| parse.labels[c] == cc && words[c] == "and")
            });
            if !listed || kids(t).any(|k| parse.labels[k] == mark) {
                continue;
            }
            let first = (0..t).rev().find(|&x| {
                parse.heads[x] == Some(h)
                    && parse.labels[x] == advcl
                    && gerund(x)
                    && kids(x).any(|k| parse.labels[k] == mark && words[k] == "of")
            });
            if let Some(f) = first {
                parse.heads[t] = Some(f);
                parse.labels[t] = conj;
                for k in 0..words.len() {
                    if parse.heads[k] == Some(t) && parse.labels[k] == conj {
                        parse.heads[k] = Some(f);
                    }
                }
            }
        }
    }

    /// "Human Rights Watch accused ...", "Medecins Sans Frontieres asked ...": the parser
    /// sometimes gives the words of one name two relations outside it (two subjects of one
    /// verb). A name is one phrase: its last word outside-attached is its head, taking the
    /// relation the phrase has (a conjunct's where one word is a conjunct: "Japan and South
    /// Korea"; a possessor's before "'s"; else its first word's), and the other words
    /// attach to it. Names whose words only modify one noun outside ("Islamic State
    /// fighters") stay as parsed.
    fn names_as_units(
        &self,
        words: &[&str],
        names: &[(usize, usize, EntityType)],
        parse: &mut parser::Parse,
    ) {
        let (Some(compound), Some(flat), Some(conj), Some(poss)) = (
            self.label("compound"),
            self.label("flat"),
            self.label("conj"),
            self.label("nmod:poss"),
        ) else {
            return;
        };
        // (the root's label is no index)
        let modifier = |l: usize| {
            matches!(
                self.parser.labels.get(l).map(String::as_str),
                Some("amod" | "compound" | "flat" | "det" | "case" | "nmod:desc" | "punct")
            )
        };
        for &(a, b, _) in names {
            let outs: Vec<usize> = (a..b)
                .filter(|&t| parse.heads[t].is_none_or(|h| h < a || h >= b))
                .collect();
            if outs.len() < 2 || outs.iter().all(|&t| modifier(parse.labels[t])) {
                continue;
            }
            let model = outs
                .iter()
                .copied()
                .find(|&t| parse.labels[t] == conj)
                .or_else(|| {
                    (words.get(b) == Some(&"'s"))
                        .then(|| outs.iter().copied().find(|&t| parse.labels[t] == poss))
                        .flatten()
                })
                .unwrap_or(outs[0]);
            let head = *outs.last().unwrap();
            let saved = (parse.heads.clone(), parse.labels.clone());
            let (up, rel) = (parse.heads[model], parse.labels[model]);
            parse.heads[head] = up;
            parse.labels[head] = rel;
            for &t in &outs[..outs.len() - 1] {
                parse.heads[t] = Some(head);
                parse.labels[t] = if t < head { compound } else { flat };
            }
            // (never a cycle: the outside head must not hang under the name)
            let n = parse.heads.len();
            let rooted = |t: usize| {
                std::iter::successors(Some(t), |&x| parse.heads[x])
                    .nth(n)
                    .is_none()
            };
            if !(a..b).all(rooted) {
                (parse.heads, parse.labels) = saved;
            }
        }
    }

    /// "Human Rights Watch accused ...": a word of an organisation's name written in
    /// capitals (from our gazetteer) that the tagger took for a verb or a wh-word
    /// (*Watch* VBD or WDT) is a proper noun, so that the parser keeps the name whole.
    fn names_of_organisations(&self, words: &[&str], lexes: &[Lex], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let odd = |tags: &[u16], i: usize| {
            matches!(
                xpos(tags[i]),
                "VB" | "VBD" | "VBZ" | "VBP" | "VBN" | "VBG" | "WDT" | "WP"
            ) && words[i].starts_with(|c: char| c.is_uppercase())
        };
        // cheap test first: most sentences have no such word
        if !(1..words.len()).any(|i| odd(tags, i)) {
            return;
        }
        let Some(nnp) = self.tag_id("NNP\tPROPN") else {
            return;
        };
        let list = ner::gazetteer_index("organisation");
        for (a, b) in list.map_or_else(Vec::new, |l| self.ner.gazetteer.spans(l, lexes)) {
            let capitals = (a..b).all(|i| {
                words[i].starts_with(|c: char| c.is_uppercase())
                    || matches!(words[i], "of" | "for" | "and" | "the" | "&" | "on" | "in")
            });
            if capitals {
                for i in a..b {
                    if odd(tags, i) {
                        tags[i] = nnp as u16;
                    }
                }
            }
        }
    }

    /// "Equatorial Guinea promised on Friday to free 12 sailors": a word of a country's
    /// name of several words that the tagger took for a common noun or a verb (*Guinea*/NN,
    /// after which *promised* read as a participle) is a proper noun, so that the parser
    /// keeps the name whole and finds its verb.
    fn names_of_countries(&self, words: &[&str], lexes: &[Lex], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let odd = |tags: &[u16], i: usize| {
            matches!(
                xpos(tags[i]),
                "NN" | "NNS" | "JJ" | "VB" | "VBD" | "VBN" | "VBZ" | "VBP"
            ) && words[i].starts_with(|c: char| c.is_uppercase())
        };
        // cheap test first: a capitalised word so tagged right after another capitalised word
        if !(1..words.len())
            .any(|i| odd(tags, i) && words[i - 1].starts_with(|c: char| c.is_uppercase()))
        {
            return;
        }
        let (Some(nnp), Some(list)) = (self.tag_id("NNP\tPROPN"), ner::gazetteer_index("country"))
        else {
            return;
        };
        for (a, b) in self.ner.gazetteer.spans(list, lexes) {
            if b - a < 2 || !(a..b).all(|i| words[i].starts_with(|c: char| c.is_uppercase())) {
                continue;
            }
            for i in a..b {
                if odd(tags, i) {
                    tags[i] = nnp as u16;
                }
            }
        }
    }

    /// "Beijing warned on Thursday ...": a capitalised word in -ing that the gazetteers know
    /// as a country, city or region, tagged as a gerund right before a verb, a modal, a
    /// possessive or a comma, is the place (the tagger reads the suffix, most of all at the
    /// start of a sentence). "Reading the report, ..." keeps its gerund: a determiner follows.
    fn places_read_as_gerunds(&self, words: &[&str], lexes: &[Lex], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let odd = |tags: &[u16], i: usize| {
            xpos(tags[i]) == "VBG"
                && words[i].ends_with("ing")
                && words[i].starts_with(|c: char| c.is_uppercase())
                && words.get(i + 1).is_some()
        };
        // cheap test first: most sentences have no such word
        if !(0..words.len()).any(|i| odd(tags, i)) {
            return;
        }
        let Some(nnp) = self.tag_id("NNP\tPROPN") else {
            return;
        };
        for i in 0..words.len() {
            if !odd(tags, i) {
                continue;
            }
            let next = xpos(tags[i + 1]);
            let before_verb = matches!(next, "VBD" | "VBZ" | "VBP" | "VBN" | "MD" | "POS" | ",");
            if before_verb && self.listed(&["country", "city", "region"], &lexes[i]) {
                tags[i] = nnp as u16;
            }
        }
    }

    /// "called the decision regrettable", "found the remarks unacceptable": a lower-case
    /// word in -able or -ible right after a noun, tagged as a singular noun, is the
    /// adjective that judges it (the tagger, not knowing the word, read a compound noun).
    /// A few real nouns in -able are kept ("the train timetable"). So is a word in -less
    /// tagged as a verb's "-s" form or a plural ("dismissed the charge as baseless").
    fn judgements_after_nouns(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let judging = |w: &str| {
            w.len() >= 8
                && (w.ends_with("able") || w.ends_with("ible"))
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    w,
                    "timetable"
                        | "vegetable"
                        | "constable"
                        | "variable"
                        | "syllable"
                        | "turntable"
                        | "roundtable"
                        | "convertible"
                        | "receivable"
                        | "deliverable"
                        | "collectible"
                        | "disposable"
                        | "comestible"
                        | "crucible"
                        | "dirigible"
                )
        };
        // "dismissed the charge as baseless", "called the claims groundless": an unknown
        // word in -less read as a verb's "-s" form or a plural
        let less = |w: &str| {
            w.len() >= 7
                && w.ends_with("less")
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(w, "nevertheless" | "regardless" | "doubtless")
        };
        let found: Vec<usize> = (1..words.len())
            .filter(|&i| {
                (xpos(tags[i]) == "NN"
                    && matches!(xpos(tags[i - 1]), "NN" | "NNS")
                    && judging(words[i]))
                    || (less(words[i])
                        && (matches!(xpos(tags[i]), "VBZ" | "NNS")
                            || (xpos(tags[i]) == "NN"
                                && (words[i - 1] == "as"
                                    || matches!(xpos(tags[i - 1]), "NN" | "NNS")))))
            })
            .collect();
        if found.is_empty() {
            return;
        }
        let Some(jj) = self.tag_id("JJ\tADJ") else {
            return;
        };
        for i in found {
            tags[i] = jj as u16;
        }
    }

    /// The participle and the verb of a sentence opening with a reduced relative clause
    /// ("A man arrested in Paris on Monday appeared in court"): the subject's noun phrase
    /// (determiners, numbers, adjectives, nouns, possessives), a past form from
    /// [`REDUCED_PARTICIPLES`], prepositional phrases (a preposition that opens no clause:
    /// not "after", "as", "that" ...; then determiners, numbers, adjectives, nouns), then a
    /// past form that is no auxiliary ("was", "had").
    fn reduced_relative(&self, words: &[&str], tags: &[u16]) -> Option<(usize, usize)> {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let nominal = |i: usize| {
            matches!(
                xpos(i),
                "DT" | "CD" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "PRP$" | "HYPH"
            )
        };
        // (an "of" phrase is part of the subject: "Relatives of passengers killed in the
        // crash sued Boeing")
        let of = |i: usize| {
            i > 0
                && words[i].eq_ignore_ascii_case("of")
                && matches!(xpos(i - 1), "NN" | "NNS")
                && i + 1 < words.len()
                && nominal(i + 1)
        };
        let mut i = 0;
        while i < words.len() && (nominal(i) || of(i)) {
            i += 1;
        }
        let noun = i > 0 && matches!(xpos(i - 1), "NN" | "NNS" | "NNP" | "NNPS");
        let p1 = i;
        if !noun
            || p1 + 1 >= words.len()
            || !matches!(xpos(p1), "VBD" | "VBN")
            || !REDUCED_PARTICIPLES.contains(&words[p1].to_ascii_lowercase().as_str())
            || xpos(p1 + 1) != "IN"
        {
            return None;
        }
        // (a clause opening with "after", "as", "when" ... has its own verb)
        let subordinator = |j: usize| {
            matches!(
                words[j].to_ascii_lowercase().as_str(),
                "after"
                    | "before"
                    | "as"
                    | "while"
                    | "since"
                    | "until"
                    | "because"
                    | "although"
                    | "though"
                    | "if"
                    | "when"
                    | "whereas"
                    | "unless"
                    | "once"
                    | "that"
                    | "whether"
                    | "than"
            )
        };
        let mut j = p1 + 1;
        while j < words.len() && xpos(j) == "IN" && !subordinator(j) {
            j += 1;
            let start = j;
            while j < words.len() && nominal(j) {
                j += 1;
            }
            if j == start || !matches!(xpos(j - 1), "NN" | "NNS" | "NNP" | "NNPS" | "CD") {
                return None;
            }
        }
        // (an auxiliary is no verb of its own: "... was handed over by police")
        let auxiliary = matches!(
            words.get(j).map(|w| w.to_ascii_lowercase()).as_deref(),
            Some("was" | "were" | "had" | "did" | "been")
        );
        (j < words.len() && matches!(xpos(j), "VBD" | "VBN") && !auxiliary).then_some((p1, j))
    }

    /// "Meeting in Lima on Wednesday, the foreign ministers of Peru and Chile said ...":
    /// a sentence opened by one of a few verbs of meeting and speaking in -ing, then a
    /// preposition and, before any verb, a comma, opens with a participle clause, not with
    /// its subject (the tagger read the word as the noun "meeting").
    fn fronted_gerunds(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        if words.len() < 5
            || !matches!(
                words[0],
                "Meeting" | "Speaking" | "Talking" | "Addressing" | "Visiting" | "Arriving"
            )
            || !matches!(xpos(tags[0]), "NN" | "NNP" | "JJ")
            || !matches!(xpos(tags[1]), "IN" | "TO" | "DT" | "NNP")
        {
            return;
        }
        let finite = |t: u16| matches!(xpos(t), "VBD" | "VBZ" | "VBP" | "MD");
        let Some(comma) = (2..words.len()).find(|&i| words[i] == "," || finite(tags[i])) else {
            return;
        };
        if words[comma] != "," || !tags[comma..].iter().any(|&t| finite(t)) {
            return;
        }
        if let Some(vbg) = self.tag_id("VBG\tVERB") {
            tags[0] = vbg as u16;
        }
    }

    /// "The Gambia signed a fisheries *deal*/VBP with the European Union": "a" or "an"
    /// and a plural noun start a noun phrase ("a fisheries deal", "a sanctions package"),
    /// so a present verb right after them is its head noun.
    fn nouns_after_article_and_plural(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let Some(nn) = self.tag_id("NN\tNOUN") else {
            return;
        };
        for i in 2..words.len() {
            if matches!(xpos(tags[i]), "VBP" | "VB")
                && xpos(tags[i - 1]) == "NNS"
                && matches!(words[i - 2], "a" | "an" | "A" | "An")
                && words[i].chars().all(|c| c.is_ascii_lowercase())
            {
                tags[i] = nn as u16;
            }
        }
    }

    /// "*Jihadist*/VB fighters on motorbikes raided three villages": a capitalised first
    /// word read as a base-form verb, before a plural and a noun phrase that a past-tense
    /// verb follows, is the subject's adjective (a sentence does not open with an
    /// imperative whose object then acts in the past).
    fn adjectives_opening_subjects(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        if words.len() < 3
            || xpos(tags[0]) != "VB"
            || xpos(tags[1]) != "NNS"
            || !words[0].starts_with(|c: char| c.is_ascii_uppercase())
        {
            return;
        }
        let phrase = |t: u16| {
            matches!(
                xpos(t),
                "NN" | "NNS" | "NNP" | "NNPS" | "IN" | "DT" | "JJ" | "CD" | "HYPH"
            )
        };
        let Some(j) = (2..words.len()).find(|&j| !phrase(tags[j])) else {
            return;
        };
        if j <= 6 && xpos(tags[j]) == "VBD" {
            if let Some(jj) = self.tag_id("JJ\tADJ") {
                tags[0] = jj as u16;
            }
        }
    }

    /// "the Tuareg-*led*/VBD rebels", "Iran-backed militias": a past form joined by a hyphen
    /// to the word before it and followed by a noun is a participle describing the noun.
    fn hyphened_participles(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let Some(vbn) = self.tag_id("VBN\tVERB") else {
            return;
        };
        for i in 2..words.len().saturating_sub(1) {
            if xpos(tags[i]) == "VBD"
                && words[i - 1] == "-"
                && words[i].ends_with(['d', 'n', 't'])
                && matches!(xpos(tags[i + 1]), "NN" | "NNS" | "JJ")
                && words[i - 2].chars().all(char::is_alphanumeric)
            {
                tags[i] = vbn as u16;
            }
        }
    }

    /// "Fano *militiamen*/MD have blocked all roads": the modals are a closed class, so an
    /// unknown word read as one is a noun (a plural when it ends in "s" or "men").
    fn modals_outside_the_closed_class(&self, words: &[&str], tags: &mut [u16]) {
        let (Some(nn), Some(nns)) = (self.tag_id("NN\tNOUN"), self.tag_id("NNS\tNOUN")) else {
            return;
        };
        for (i, w) in words.iter().enumerate() {
            if self.tagger.xpos[tags[i] as usize] != "MD" {
                continue;
            }
            let l = w.to_lowercase();
            let modal = matches!(
                l.trim_end_matches('.'),
                "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "shall"
                    | "should"
                    | "will"
                    | "would"
                    | "ought"
                    | "need"
                    | "dare"
                    | "wo"
                    | "ca"
                    | "'ll"
                    | "'d"
                    | "’ll"
                    | "’d"
                    | "ll"
                    | "d"
                    | "cannot"
                    | "can't"
                    | "won't"
                    | "shan't"
                    | "mustn't"
            );
            if modal || !l.chars().all(|c| c.is_alphabetic()) || l.len() < 4 {
                continue;
            }
            let plural = l.ends_with("men") || (l.ends_with('s') && !l.ends_with("ss"));
            tags[i] = if plural { nns } else { nn } as u16;
        }
    }

    /// "New Zealand imposed travel *bans*/VBZ on Tuesday", "rejected on Wednesday union
    /// *demands*/VBZ to restore ...": after a past verb that takes an object, perhaps with
    /// its day between, a lower-case noun and an "-s" form are the object's compound and
    /// head (a plural), not a subject and its verb. Verbs that report a clause are left
    /// alone: "said crime pays".
    fn plural_objects_after_pasts(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let Some(nns) = self.tag_id("NNS\tNOUN") else {
            return;
        };
        let lower = |w: &str| w.chars().all(|c| c.is_ascii_lowercase());
        for i in 2..words.len() {
            if xpos(tags[i]) != "VBZ"
                || xpos(tags[i - 1]) != "NN"
                || !lower(words[i])
                || !lower(words[i - 1])
                || !words[i].ends_with('s')
                || words[i].ends_with("ss")
                || matches!(words[i], "is" | "was" | "has" | "does" | "goes" | "says")
            {
                continue;
            }
            // the object's other modifiers ("returned 12 pre-Columbian stone *figures*"),
            // then the day between the verb and its object: "on Wednesday", "yesterday"
            let mut v = i - 2;
            while v > 0
                && matches!(xpos(tags[v]), "NN" | "JJ" | "CD" | "DT" | "PRP$" | "HYPH")
                && !weekday(words[v])
            {
                v -= 1;
            }
            if weekday(words[v]) || matches!(words[v], "today" | "yesterday") {
                if v >= 1 && words[v - 1] == "on" && weekday(words[v]) {
                    v -= 1;
                }
                let Some(before) = v.checked_sub(1) else {
                    continue;
                };
                v = before;
            }
            if xpos(tags[v]) == "VBD" && !reports_clause(words[v]) {
                tags[i] = nns as u16;
            }
        }
    }

    /// "*Czech* prosecutors on May 20 charged ...": a capitalised word the nationality
    /// gazetteer knows, tagged as a verb right before a noun, is the adjective (the tagger
    /// read "check" at the start of a sentence).
    fn nationalities_read_as_verbs(&self, words: &[&str], lexes: &[Lex], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let odd = |tags: &[u16], i: usize| {
            matches!(xpos(tags[i]), "VB" | "VBP" | "VBZ" | "VBD")
                && words[i].starts_with(|c: char| c.is_uppercase())
                && words.get(i + 1).is_some_and(|_| {
                    matches!(xpos(tags[i + 1]), "NN" | "NNS" | "NNP" | "NNPS" | "JJ")
                })
        };
        if !(0..words.len()).any(|i| odd(tags, i)) {
            return;
        }
        let Some(jj) = self.tag_id("JJ\tADJ") else {
            return;
        };
        for i in 0..words.len() {
            if odd(tags, i) && self.listed(&["nationality"], &lexes[i]) {
                tags[i] = jj as u16;
            }
        }
    }

    /// "..., and police *used* water cannon to push them back": a past form tagged as a
    /// participle right after a clause's opening ", and" and one noun, with an object
    /// starting right after it (a determiner, adjective, noun or number, not "by", "in" or
    /// another preposition), is that noun's past tense; the tagger read "police used water
    /// cannon" as one noun phrase and the parser hung it on the clause before.
    fn pasts_after_and(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        for i in 3..words.len().saturating_sub(1) {
            if xpos(tags[i]) != "VBN"
                || !matches!(xpos(tags[i - 1]), "NN" | "NNS")
                || words[i - 2] != "and"
                || words[i - 3] != ","
                || !words[i].ends_with("ed")
                || !matches!(
                    xpos(tags[i + 1]),
                    "DT" | "JJ" | "NN" | "NNS" | "CD" | "PRP$"
                )
            {
                continue;
            }
            if let Some(vbd) = self.tag_id("VBD\tVERB") {
                tags[i] = vbd as u16;
            }
        }
    }

    /// "Bahamian police handed a Colombian man *wanted* in Florida ... over to U.S. marshals":
    /// a regular past form right after a plain noun phrase (a determiner, number or
    /// possessive, adjectives, nouns) that follows a finite verb is a participle describing
    /// that phrase, when the verb before is not one of saying or knowing (which take a clause:
    /// "said a man wanted ..."). The tagger read the second verb as the clause's past tense,
    /// and the parser then made the object its subject.
    fn participles_after_objects(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        // (verbs of saying, and of knowing or perceiving, which take a clause)
        let clausal = |w: &str| {
            let w = w.to_lowercase();
            reports_speech(&w)
                || matches!(
                    w.as_str(),
                    "thought"
                        | "believed"
                        | "knew"
                        | "felt"
                        | "feared"
                        | "hoped"
                        | "denied"
                        | "admitted"
                        | "showed"
                        | "revealed"
                        | "noted"
                        | "suggested"
                        | "argued"
                        | "explained"
                        | "found"
                        | "saw"
                        | "heard"
                        | "realised"
                        | "realized"
                        | "assured"
                        | "tells"
                        | "believes"
                        | "thinks"
                        | "knows"
                        | "fears"
                        | "hopes"
                        | "shows"
                        | "argues"
                        | "claims"
                        | "warns"
                        | "insists"
                        | "ensured"
                        | "meant"
                        | "means"
                        | "guessed"
                )
        };
        for i in 3..words.len() {
            if xpos(tags[i]) != "VBD"
                || !words[i].ends_with("ed")
                || !matches!(xpos(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS")
            {
                continue;
            }
            // the noun phrase before it, back to its first word
            let mut j = i - 1;
            while j > 0
                && matches!(
                    xpos(tags[j - 1]),
                    "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "JJR" | "JJS" | "CD" | "VBN"
                )
            {
                j -= 1;
            }
            // opened by a determiner, possessive or number ("a Colombian man", "two Chinese
            // men", "their rifles")
            if j > 0 && matches!(xpos(tags[j - 1]), "DT" | "PRP$") {
                j -= 1;
            }
            if !matches!(xpos(tags[j]), "DT" | "CD" | "PRP$") || i - j > 6 {
                continue;
            }
            let Some(verb) = j.checked_sub(1) else {
                continue;
            };
            if !matches!(xpos(tags[verb]), "VBD" | "VBZ" | "VBP") || clausal(words[verb]) {
                continue;
            }
            if let Some(vbn) = self.tag_id("VBN\tVERB") {
                tags[i] = vbn as u16;
            }
        }
    }

    /// "The group said on Sunday *that* its fighters had ambushed ...": "that" right after the
    /// day of a verb of saying, before a clause's subject, opens the reported clause (the
    /// tagger read a relative pronoun, and the parser then hung the report on the day).
    fn that_after_days(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let day = |w: &str| {
            matches!(
                w,
                "Monday"
                    | "Tuesday"
                    | "Wednesday"
                    | "Thursday"
                    | "Friday"
                    | "Saturday"
                    | "Sunday"
                    | "today"
                    | "yesterday"
                    | "Today"
                    | "Yesterday"
            )
        };
        for i in 2..words.len().saturating_sub(1) {
            if words[i] != "that"
                || xpos(tags[i]) != "WDT"
                || !day(words[i - 1])
                || !matches!(
                    xpos(tags[i + 1]),
                    "PRP$" | "PRP" | "DT" | "NNP" | "NNPS" | "NNS" | "CD"
                )
                || !(i.saturating_sub(5)..i - 1).any(|j| reports_speech(words[j]))
            {
                continue;
            }
            if let Some(sconj) = self.tag_id("IN\tSCONJ") {
                tags[i] = sconj as u16;
            }
        }
    }

    /// "urged Uganda to *free* the opposition leader", "demanded that Israel *free* all
    /// prisoners", "police fired *tear* gas": words that are adjectives or verbs the tagger
    /// reads the wrong way round. Such a word tagged as an adjective is the base verb after
    /// "to" or a modal, or after the subject of a that-clause, when an object starts right
    /// after it; "tear" before "gas" is a noun.
    fn verbs_read_as_adjectives(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let both = |w: &str| {
            matches!(
                w,
                "free" | "clear" | "secure" | "open" | "empty" | "calm" | "close" | "lower"
            )
        };
        let object_starts = |t: u16| {
            matches!(
                xpos(t),
                "DT" | "PRP$" | "NNP" | "NNPS" | "NNS" | "CD" | "PRP" | "PDT"
            )
        };
        let mut verbs = Vec::new();
        let mut nouns = Vec::new();
        let mut fired = Vec::new();
        // "Rapid Support Forces fighters/VBZ raped/VBN dozens": a plural of a doer after a
        // name, right before a past form, is the subject's noun, and the past form the verb
        let mut doers = Vec::new();
        let mut statements = Vec::new();
        // "The United Nations on Tuesday reduced food supplies", "Bashir on Thursday
        // shortened the curfew": a participle right after a subject and its day is the past
        // tense (nothing before it makes it a participle)
        let mut pasts = Vec::new();
        let mut intentions = Vec::new();
        let mut adjectives = Vec::new();
        let mut prepositions = Vec::new();
        let mut participles = Vec::new();
        // "Gunmen/VB on a motorcycle shot dead ...": a word in -men is a plural noun
        let plurals: Vec<usize> = (0..words.len())
            .filter(|&i| {
                words[i].len() >= 5
                    && words[i].to_ascii_lowercase().ends_with("men")
                    && words[i].chars().all(char::is_alphabetic)
                    && matches!(xpos(tags[i]), "VB" | "VBP" | "VBZ" | "VBD")
            })
            .collect();
        // "Human rights watchdog/VBG Amnesty International": a gerund ends in -ing, and a
        // word before a name that does not is the name's title
        // ("chargé d'affaires/VBZ": never a verb)
        let singulars: Vec<usize> = (0..words.len())
            .filter(|&i| {
                let w = words[i].to_ascii_lowercase();
                let title = w.len() >= 4
                    && xpos(tags[i]) == "VBG"
                    && i + 1 < words.len()
                    && xpos(tags[i + 1]) == "NNP"
                    && w.chars().all(|c| c.is_ascii_alphabetic())
                    && !w.ends_with("ing")
                    && !w.ends_with("in");
                title
                    || (matches!(w.as_str(), "d'affaires" | "d’affaires")
                        && !xpos(tags[i]).starts_with("NN"))
            })
            .collect();
        // "A man arrested/VBD in Paris appeared/VBD in court", "A bomb hidden in a motorcycle
        // exploded/VBN next to ...": a past form right after the sentence's first noun
        // phrase and before a preposition is a participle describing it when another past
        // form follows that phrase's prepositional phrases; that one is the verb
        // "hosted her/PRP Norwegian counterpart": "her" before an adjective or a noun that
        // no determiner follows is the possessive
        let possessives: Vec<usize> = (0..words.len().saturating_sub(2))
            .filter(|&i| {
                words[i].eq_ignore_ascii_case("her")
                    && xpos(tags[i]) == "PRP"
                    && matches!(xpos(tags[i + 1]), "JJ" | "NN" | "NNS" | "NNP" | "NNPS")
                    && !matches!(xpos(tags[i + 2]), "DT" | "PRP$" | "CD")
            })
            .collect();
        if let Some((p1, p2)) = self.reduced_relative(words, tags) {
            participles.push(p1);
            pasts.push(p2);
        }
        for i in 1..words.len().saturating_sub(1) {
            let w = words[i];
            // ("will back/RB India's bid": "back" after a modal or "to" is the verb too)
            let back = w == "back" && xpos(tags[i]) == "RB";
            // ("would free/JJ more than 4,000 prisoners": after a modal, a quantity too)
            let quantity_after_modal = xpos(tags[i - 1]) == "MD"
                && matches!(
                    words[i + 1],
                    "more" | "fewer" | "about" | "nearly" | "almost" | "some" | "up" | "over"
                );
            // ("to free/JJ jailed/VBN MPs": a participle describing the object)
            let described_object = xpos(tags[i + 1]) == "VBN"
                && tags
                    .get(i + 2)
                    .is_some_and(|&t| matches!(xpos(t), "NNS" | "NNPS" | "NNP"));
            if (xpos(tags[i]) == "JJ" && both(w) || back)
                && (object_starts(tags[i + 1]) || quantity_after_modal || described_object)
            {
                // ("to" tagged as a preposition too: "urged Uganda to/IN free/JJ the ...")
                let after_to = matches!(xpos(tags[i - 1]), "TO" | "MD") || words[i - 1] == "to";
                // ("demanded that Russian police free ...": a singular noun too)
                let that_subject = !back
                    && matches!(xpos(tags[i - 1]), "NNP" | "NNPS" | "NNS" | "PRP" | "NN")
                    && (i.saturating_sub(4)..i - 1).any(|t| words[t].eq_ignore_ascii_case("that"));
                if after_to || that_subject {
                    verbs.push(i);
                }
            }
            // "demanded that Kazakhstan hand/NN over two border guards": a verb in the
            // subjunctive after a "that" clause's named subject, before its particle
            if xpos(tags[i]) == "NN"
                && matches!(xpos(tags[i - 1]), "NNP" | "NNPS")
                && i >= 2
                && words[i - 2].eq_ignore_ascii_case("that")
                && matches!(words[i + 1], "over" | "back" | "down" | "out" | "up")
                && tagger::listed_verb_form(w)
                && !w.ends_with('s')
            {
                verbs.push(i);
            }
            // "demanded that the interior minister step/NN down", "that the new government
            // reverse/NN cuts": after a verb of demanding and "that", a subject noun phrase
            // (determiner, adjectives, nouns) and a base verb read as its last noun
            if xpos(tags[i]) == "NN"
                && matches!(xpos(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS")
                && SUBJUNCTIVE_VERBS.contains(&w)
            {
                let that = (i.saturating_sub(6)..i - 1)
                    .rev()
                    .find(|&t| words[t].eq_ignore_ascii_case("that"));
                let demanded = that.is_some_and(|t| {
                    t > 0
                        && (t + 1..i).all(|x| {
                            matches!(
                                xpos(tags[x]),
                                "DT" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "PRP$"
                            )
                        })
                        // (a time may come between: "demanded on Tuesday that")
                        && (t.saturating_sub(3)..t).any(|d| {
                            let d = words[d].to_lowercase();
                            DEMANDING.iter().any(|p| d.starts_with(p))
                        })
                });
                if demanded {
                    verbs.push(i);
                }
            }
            // "denied opposition claims/VBZ that ...": a plural of a statement noun right
            // after a verb's noun object is the object's head
            if xpos(tags[i]) == "VBZ"
                && i >= 2
                && matches!(
                    w,
                    "claims" | "reports" | "charges" | "demands" | "calls" | "offers" | "threats"
                )
                && matches!(xpos(tags[i - 1]), "NN" | "NNP" | "JJ")
                && matches!(xpos(tags[i - 2]), "VBD" | "VBN" | "VBP" | "VB")
            {
                statements.push(i);
            }
            // "Crown Prince Mohammed bin Salman plans/NNS to visit": a verb of intention
            // between a name and a to-infinitive is the name's verb
            if xpos(tags[i]) == "NNS"
                && matches!(
                    w,
                    "plans"
                        | "wants"
                        | "hopes"
                        | "intends"
                        | "aims"
                        | "seeks"
                        | "vows"
                        | "pledges"
                        | "threatens"
                        | "refuses"
                        | "promises"
                        | "needs"
                )
                && (matches!(xpos(tags[i - 1]), "NNP" | "NNPS")
                    // (the end of a hyphenated name the tagger split: "Lee Jae - myung/JJ")
                    || (i >= 3
                        && words[i - 2] == "-"
                        && matches!(xpos(tags[i - 3]), "NNP" | "NNPS")))
                && words[i + 1] == "to"
                && words.get(i + 2).is_some_and(|_| xpos(tags[i + 2]) == "VB")
            {
                intentions.push(i);
            }
            // ("Ethiopian drones/VBZ struck ...": two finite verbs never stand together, so
            // a plural in -s right before a past tense is the subject's noun)
            if xpos(tags[i]) == "VBZ"
                && (((w.ends_with("ers")
                    || w.ends_with("ists")
                    || w.ends_with("ants")
                    || w.ends_with("ents"))
                    && w.len() > 5
                    && matches!(xpos(tags[i + 1]), "VBN" | "VBD"))
                    || (w.ends_with('s') && w.len() > 3 && xpos(tags[i + 1]) == "VBD"))
                && matches!(xpos(tags[i - 1]), "NNP" | "NNPS" | "NN" | "JJ")
            {
                doers.push(i);
            }
            // "Venezuelan security forces briefly detained opposition leader ...": a
            // participle with no auxiliary right after a plural or a name (an adverb in
            // between) and right before its object is the past tense (a passive participle
            // takes no object)
            if xpos(tags[i]) == "VBN" {
                let adverb = xpos(tags[i - 1]) == "RB" && words[i - 1].ends_with("ly");
                let s = if adverb { i.saturating_sub(2) } else { i - 1 };
                let subject = s < i
                    && matches!(xpos(tags[s]), "NNS" | "NNPS" | "NNP")
                    && !(s > 0 && matches!(xpos(tags[s - 1]), "IN" | "TO" | "VBD" | "VBZ" | "VBP"));
                let object = matches!(
                    xpos(tags[i + 1]),
                    "DT" | "CD" | "PRP$" | "NNP" | "NNPS" | "NN" | "NNS"
                ) && !matches!(
                    words[i + 1],
                    "last" | "this" | "next" | "yesterday" | "today"
                );
                if subject
                    && object
                    && !(0..i).any(|t| matches!(xpos(tags[t]), "VBD" | "VBZ" | "VBP" | "MD"))
                {
                    pasts.push(i);
                }
            }
            // "Four jailed members of the party began ...", "the wounded soldiers": a past
            // form between an article, a possessive or a number and a noun describes the
            // noun (a participle), when a finite verb follows later in the sentence
            if xpos(tags[i]) == "VBD"
                && w.ends_with("ed")
                && (matches!(
                    words[i - 1].to_ascii_lowercase().as_str(),
                    "a" | "an" | "the"
                ) || matches!(xpos(tags[i - 1]), "PRP$" | "CD"))
                && matches!(xpos(tags[i + 1]), "NN" | "NNS" | "JJ")
                && (i + 2..words.len())
                    .any(|t| matches!(xpos(tags[t]), "VBD" | "VBZ" | "VBP" | "MD"))
            {
                participles.push(i);
            }
            // "found a former army general guilty": "guilty" is never a noun, and "general"
            // read as an adjective before no noun is one
            if w == "guilty" && xpos(tags[i]).starts_with("NN") {
                adjectives.push(i);
            }
            if w == "general"
                && xpos(tags[i]) == "JJ"
                && (!xpos(tags[i + 1]).starts_with("NN") || words[i + 1] == "guilty")
                && matches!(xpos(tags[i - 1]), "NN" | "JJ" | "DT" | "NNP")
            {
                nouns.push(i);
            }
            // "took the trader to court in London": "court" after "to" and before no object
            // is the noun
            if w == "court"
                && xpos(tags[i]) == "VB"
                && words[i - 1] == "to"
                && !matches!(
                    xpos(tags[i + 1]),
                    "DT" | "NN" | "NNS" | "NNP" | "NNPS" | "PRP" | "PRP$" | "CD" | "JJ"
                )
            {
                nouns.push(i);
                prepositions.push(i - 1);
            }
            if xpos(tags[i]) == "VBN" && i >= 3 {
                let day = weekday(words[i - 1]) && words[i - 2] == "on";
                let subject_before =
                    |j: usize| matches!(xpos(tags[j]), "NNP" | "NNPS" | "NN" | "NNS");
                if (day && subject_before(i - 3))
                    || (matches!(words[i - 1], "today" | "yesterday") && subject_before(i - 2))
                {
                    pasts.push(i);
                }
            }
            // "Spain's foreign minister, Jose Manuel Albares, apologised/VBN on Tuesday": a
            // past form right after a name set off by commas behind a noun, with no finite
            // verb before it, is the sentence's verb
            if xpos(tags[i]) == "VBN" && i >= 5 && words[i - 1] == "," && w.ends_with("ed") {
                let name_end = i - 2;
                let mut j = name_end;
                while j > 0 && matches!(xpos(tags[j]), "NNP" | "NNPS") {
                    j -= 1;
                }
                let appositive = j < name_end
                    && words[j] == ","
                    && j >= 1
                    && matches!(xpos(tags[j - 1]), "NN" | "NNS" | "NNP" | "NNPS");
                let finite_before = (0..i).any(|k| {
                    matches!(xpos(tags[k]), "VBD" | "VBZ" | "VBP" | "MD")
                        || (xpos(tags[k]) == "VBN" && k < j)
                });
                if appositive && !finite_before {
                    pasts.push(i);
                }
            }
            // "the U.N. secretary-general": "general" after a title and a hyphen is the
            // title's noun, not an adjective
            if w.eq_ignore_ascii_case("general")
                && xpos(tags[i]) == "JJ"
                && i >= 2
                && words[i - 1] == "-"
                && matches!(
                    words[i - 2].to_ascii_lowercase().as_str(),
                    "secretary"
                        | "attorney"
                        | "inspector"
                        | "director"
                        | "consul"
                        | "governor"
                        | "surgeon"
                        | "solicitor"
                        | "auditor"
                        | "procurator"
                        | "advocate"
                        | "postmaster"
                        | "adjutant"
                        | "commissioner"
                )
            {
                nouns.push(i);
            }
            if w.eq_ignore_ascii_case("tear") && matches!(words[i + 1], "gas" | "gases") {
                if xpos(tags[i]) != "NN" {
                    nouns.push(i);
                }
                // "riot police fire tear gas": the verb before it, read as a compound noun
                if matches!(words[i - 1], "fire" | "fires" | "fired")
                    && !xpos(tags[i - 1]).starts_with("VB")
                {
                    fired.push(i - 1);
                }
            }
        }
        if verbs.is_empty()
            && nouns.is_empty()
            && fired.is_empty()
            && doers.is_empty()
            && statements.is_empty()
            && pasts.is_empty()
            && intentions.is_empty()
            && adjectives.is_empty()
            && participles.is_empty()
            && plurals.is_empty()
            && singulars.is_empty()
            && possessives.is_empty()
        {
            return;
        }
        let tag = |name: &str| self.tag_id(name);
        let retag = |tags: &mut [u16], at: &[usize], name: &str| {
            if let Some(t) = tag(name) {
                for &i in at {
                    tags[i] = t as u16;
                }
            }
        };
        let before_to: Vec<usize> = verbs
            .iter()
            .map(|&i| i - 1)
            .filter(|&i| words[i] == "to")
            .collect();
        retag(tags, &verbs, "VB\tVERB");
        retag(tags, &before_to, "TO\tPART");
        retag(tags, &nouns, "NN\tNOUN");
        retag(tags, &adjectives, "JJ\tADJ");
        retag(tags, &prepositions, "IN\tADP");
        let after: Vec<usize> = doers.iter().map(|&i| i + 1).collect();
        retag(tags, &doers, "NNS\tNOUN");
        retag(tags, &after, "VBD\tVERB");
        retag(tags, &statements, "NNS\tNOUN");
        retag(tags, &pasts, "VBD\tVERB");
        retag(tags, &participles, "VBN\tVERB");
        retag(tags, &plurals, "NNS\tNOUN");
        retag(tags, &singulars, "NN\tNOUN");
        retag(tags, &possessives, "PRP$\tPRON");
        let after: Vec<usize> = intentions.iter().map(|&i| i + 1).collect();
        retag(tags, &intentions, "VBZ\tVERB");
        retag(tags, &after, "TO\tPART");
        for i in fired {
            let form = match words[i] {
                "fire" => "VBP\tVERB",
                "fires" => "VBZ\tVERB",
                _ => "VBD\tVERB",
            };
            if let Some(t) = tag(form) {
                tags[i] = t as u16;
            }
        }
    }

    /// "Japan is considering sending aid": the parser hangs a gerund right after a verb on
    /// the final punctuation (as a clausal subject), where nothing can hang. It is the
    /// verb's complement (xcomp). So is a noun right after a verb that has no object ("told
    /// police to shoot *anyone* attacking a station"): the verb's object.
    fn gerund_complements(&self, tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let obj = self.parser.labels.iter().position(|l| l == "obj");
        for i in 1..tags.len() {
            let on_punct = parse.heads[i].is_some_and(|h| matches!(xpos(h), "." | "," | ":"));
            if on_punct
                && matches!(xpos(i), "NN" | "NNS" | "PRP")
                && matches!(xpos(i - 1), "VB" | "VBD" | "VBZ" | "VBP")
                && !obj.is_some_and(|o| parse.has_kid(i - 1, o))
                && parse.heads[i - 1].is_none_or(|h| h != i)
            {
                if let Some(obj) = obj {
                    parse.heads[i] = Some(i - 1);
                    parse.labels[i] = obj;
                }
                continue;
            }
            if !(xpos(i) == "VBG" && on_punct) {
                continue;
            }
            // "is considering sending": the verb's complement; "the ministry said,
            // condemning the raid": the verb's adverbial clause
            let (verb, label) = if xpos(i - 1).starts_with("VB") {
                (i - 1, "xcomp")
            } else if i >= 2 && xpos(i - 1) == "," && xpos(i - 2).starts_with("VB") {
                (i - 2, "advcl")
            } else {
                continue;
            };
            // not the gerund's own auxiliary ("will be charging"): the heads must stay a tree
            let below = std::iter::successors(Some(verb), |&x| parse.heads[x])
                .take(tags.len())
                .any(|x| x == i);
            let label = self.parser.labels.iter().position(|l| l == label);
            if let (false, Some(label)) = (below, label) {
                parse.heads[i] = Some(verb);
                parse.labels[i] = label;
            }
        }
    }

    /// "Trump ordered troops to Los Angeles *after protesters clashed* with federal
    /// agents", "a day *after Washington imposed* a levy": the parser often reads the
    /// conjunction as a preposition, its subject as the preposition's noun and the verb
    /// as a conjunct of the main verb, which then lends the clause its own subject. A
    /// subordinating word (after, before, since, until, while, because, unless, although,
    /// once) hung as `case` on a noun that a finite verb with no subject follows right
    /// after the noun's phrase opens that verb's clause: the noun is its subject, the word
    /// its mark, and the clause an adverbial clause where the verb hung.
    fn subordinate_clauses(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let (Some(case), Some(nsubj), Some(mark), Some(advcl)) = (
            self.label("case"),
            self.label("nsubj"),
            self.label("mark"),
            self.label("advcl"),
        ) else {
            return;
        };
        let obj = self.label("obj");
        let subject_labels: Vec<usize> = ["nsubj", "nsubj:pass", "csubj", "expl"]
            .iter()
            .filter_map(|l| self.label(l))
            .collect();
        for m in 0..words.len() {
            if !matches!(
                words[m].to_ascii_lowercase().as_str(),
                "after"
                    | "before"
                    | "since"
                    | "until"
                    | "while"
                    | "because"
                    | "unless"
                    | "although"
                    | "once"
                    | "as"
            ) || parse.labels[m] != case
                // (not "as long as", "as soon as", "as well as", "such as")
                || (m > 0
                    && matches!(
                        words[m - 1].to_ascii_lowercase().as_str(),
                        "long" | "soon" | "well" | "far" | "such" | "same" | "much"
                    ))
            {
                continue;
            }
            let Some(n) = parse.heads[m].filter(|&n| n > m) else {
                continue;
            };
            if !matches!(xpos(n), "NN" | "NNS" | "NNP" | "NNPS" | "PRP") {
                continue;
            }
            // the noun's phrase as parsed, and the word right after it
            let under = |x: usize, top: usize| under(&parse.heads, x, top);
            // (a participle the parser hung inside the phrase, as a clause of its last noun:
            // "after tens of thousands of people *protested* in Sofia" - the phrase ends
            // before it)
            let inner = (n + 1..words.len())
                .take_while(|&t| under(t, n))
                .find(|&t| {
                    xpos(t) == "VBN"
                        && self.parser.labels.get(parse.labels[t]).map(String::as_str)
                            == Some("acl")
                        && parse.heads[t] == Some(t - 1)
                });
            let end = match inner {
                Some(t) => t - 1,
                None => (n..words.len())
                    .take_while(|&t| under(t, n))
                    .last()
                    .unwrap_or(n),
            };
            let mut v = end + 1;
            // (an adverb between: "after the last government troops *there* withdrew")
            while v + 1 < words.len()
                && matches!(
                    words[v].to_ascii_lowercase().as_str(),
                    "there" | "also" | "then"
                )
            {
                v += 1;
            }
            // (or a past tense read as a participle, with no auxiliary and an object of its
            // own, or no agent and no finite verb after it in the clause: "after a ferry fire
            // *killed* at least 30 people", "after thousands of people *protested* in Sofia")
            let active_participle = |v: usize| {
                let object = (v + 1..words.len())
                    .any(|o| parse.heads[o] == Some(v) && Some(parse.labels[o]) == obj);
                let intransitive = || {
                    // no "by" on the verb or on its dependents (an agent), and no finite verb
                    // in the rest of the clause
                    let agent = (v + 1..words.len()).any(|t| {
                        words[t].eq_ignore_ascii_case("by")
                            && (parse.heads[t] == Some(v)
                                || parse.heads[t].is_some_and(|o| parse.heads[o] == Some(v)))
                    });
                    let finite = (v + 1..words.len())
                        .take_while(|&t| !matches!(words[t], "," | ";" | "." | ":"))
                        .any(|t| matches!(xpos(t), "VBD" | "VBZ" | "VBP" | "MD"));
                    !agent && !finite
                };
                xpos(v) == "VBN"
                    && (object || intransitive())
                    && !(0..v).any(|a| {
                        parse.heads[a] == Some(v)
                            && matches!(
                                self.parser.labels.get(parse.labels[a]).map(String::as_str),
                                Some("aux" | "aux:pass")
                            )
                    })
            };
            if v >= words.len()
                || !(matches!(xpos(v), "VBD" | "VBZ" | "VBP") || active_participle(v))
            {
                continue;
            }
            // ("before assistance *is* released": the auxiliary's verb)
            let auxiliary: Vec<usize> = ["aux", "aux:pass", "cop"]
                .iter()
                .filter_map(|l| self.label(l))
                .collect();
            let passive = parse.labels[v] == self.label("aux:pass").unwrap_or(usize::MAX);
            if auxiliary.contains(&parse.labels[v]) {
                match parse.heads[v].filter(|&x| x > v) {
                    Some(x) => v = x,
                    None => continue,
                }
            }
            // (the noun may already be the verb's subject, with the word still its case; and
            // a stretch of time before the word is no subject: "days after Congo and Rwanda
            // signed", read with "days" as the subject)
            let span = |c: usize| {
                c < m
                    && parse.heads[n] == Some(c)
                    && matches!(
                        words[c].to_ascii_lowercase().as_str(),
                        "days"
                            | "hours"
                            | "weeks"
                            | "months"
                            | "years"
                            | "minutes"
                            | "day"
                            | "hour"
                            | "week"
                            | "month"
                            | "year"
                    )
            };
            let stretch = (0..words.len()).find(|&c| {
                parse.heads[c] == Some(v) && subject_labels.contains(&parse.labels[c]) && span(c)
            });
            if (under(n, v) && parse.heads[n] != Some(v) && stretch.is_none())
                || (0..words.len()).any(|c| {
                    c != n
                        && Some(c) != stretch
                        && parse.heads[c] == Some(v)
                        && subject_labels.contains(&parse.labels[c])
                })
            {
                continue;
            }
            if let (Some(c), Some(unmarked)) = (stretch, self.label("obl:unmarked")) {
                parse.labels[c] = unmarked;
            }
            let Some(h) = parse.heads[v] else { continue };
            // (a participle inside the phrase takes the phrase's place)
            let h = if inner == Some(v) {
                match parse.heads[n] {
                    Some(g) => g,
                    None => continue,
                }
            } else {
                h
            };
            if under(h, v) {
                continue;
            }
            parse.heads[v] = Some(h);
            parse.heads[n] = Some(v);
            parse.labels[n] = if passive {
                self.label("nsubj:pass").unwrap_or(nsubj)
            } else {
                nsubj
            };
            parse.heads[m] = Some(v);
            parse.labels[m] = mark;
            parse.labels[v] = advcl;
        }
    }

    /// "Two soldiers wounded in the attack died in hospital": with the tags repaired
    /// ([`Self::reduced_relative`], found again on the repaired tags, which other repairs may
    /// have changed), the later past form is the root, the subject's noun its subject, and
    /// the participle describes that noun.
    fn reduced_relatives(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let Some((p1, p2)) = self.reduced_relative(words, tags) else {
            return;
        };
        let (Some(acl), Some(nsubj)) = (self.label("acl"), self.label("nsubj")) else {
            return;
        };
        let noun = p1 - 1;
        if parse.heads[p1] == Some(noun) && parse.heads[noun] == Some(p2) {
            return;
        }
        let Some(root) = parse.heads.iter().position(Option::is_none) else {
            return;
        };
        let (Some(ccomp), true) = (self.label("ccomp"), root > noun) else {
            return;
        };
        if root > p2 {
            // "A bomb hidden in a motorcycle exploded ..., a local official said": the verb
            // is what the later root reports; a subject after the verb is the root's
            parse.heads[p2] = Some(root);
            parse.labels[p2] = ccomp;
            for x in p2 + 1..words.len() {
                if parse.heads[x] == Some(p2) && parse.labels[x] == nsubj {
                    parse.heads[x] = Some(root);
                }
            }
        } else if root == p1 || root == p2 {
            let root_label = parse.labels[root];
            for x in p2 + 1..words.len() {
                // what hung on the old root after the verb is the verb's
                if parse.heads[x] == Some(root) || parse.heads[x] == Some(p1) {
                    parse.heads[x] = Some(p2);
                }
            }
            parse.heads[p2] = None;
            parse.labels[p2] = root_label;
        } else {
            return;
        }
        parse.heads[noun] = Some(p2);
        parse.labels[noun] = nsubj;
        parse.heads[p1] = Some(noun);
        parse.labels[p1] = acl;
        for x in 0..words.len() {
            if x != noun && x < p1 && parse.heads[x] == Some(p1) {
                parse.heads[x] = Some(noun);
            }
        }
        // "Relatives of passengers killed in the crash sued Boeing": the noun before "of"
        // is the subject, the participle's noun its modifier
        let of = (1..noun).find(|&i| words[i].eq_ignore_ascii_case("of"));
        if let (Some(of), Some(nmod), Some(case)) = (of, self.label("nmod"), self.label("case")) {
            let head = of - 1;
            for x in 0..noun {
                if x != head && matches!(parse.heads[x], Some(h) if h == p2 || h == p1 || h == noun)
                {
                    parse.heads[x] = Some(if x < of { head } else { noun });
                }
            }
            parse.heads[head] = Some(p2);
            parse.labels[head] = nsubj;
            parse.heads[noun] = Some(head);
            parse.labels[noun] = nmod;
            parse.heads[of] = Some(noun);
            parse.labels[of] = case;
        }
    }

    /// "Djibouti put its army on high alert on Monday *after* Eritrea moved troops ...": a
    /// second root the parser left (hung unlabelled on the first by `finish_tree`) that a
    /// subordinating conjunction opens is an adverbial clause of the first.
    fn second_roots_with_conjunctions(&self, words: &[&str], parse: &mut parser::Parse) {
        let (Some(advcl), Some(mark)) = (self.label("advcl"), self.label("mark")) else {
            return;
        };
        for t in 0..words.len() {
            if parse.labels[t] != parser::NONE || parse.heads[t].is_none() {
                continue;
            }
            let opened = (0..t).any(|m| {
                parse.heads[m] == Some(t)
                    && parse.labels[m] == mark
                    && matches!(
                        words[m].to_lowercase().as_str(),
                        "after"
                            | "before"
                            | "as"
                            | "while"
                            | "because"
                            | "when"
                            | "since"
                            | "until"
                            | "although"
                            | "though"
                            | "unless"
                            | "once"
                    )
            });
            if opened {
                parse.labels[t] = advcl;
            }
        }
    }

    /// "*Boko Haram* fighters rounded up ...": a run of proper nouns right before the plural
    /// noun that is a verb's subject, which the parser hung on the verb itself (as an
    /// unmarked oblique, a second subject or a second root), names the group: it is the
    /// noun's compound.
    fn names_before_groups(&self, tags: &[u16], parse: &mut parser::Parse) {
        let (Some(compound), Some(nsubj)) = (self.label("compound"), self.label("nsubj")) else {
            return;
        };
        let loose: Vec<usize> = ["obl:unmarked", "obl:npmod", "nsubj"]
            .iter()
            .filter_map(|l| self.label(l))
            .collect();
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let n = tags.len();
        for b in 1..n {
            if !matches!(xpos(b), "NNS" | "NNPS") || parse.labels[b] != nsubj {
                continue;
            }
            let Some(v) = parse.heads[b] else { continue };
            // the run before the noun, all proper nouns, headed by its first word
            let mut a = b;
            while a > 0 && matches!(xpos(a - 1), "NNP" | "NNPS") {
                a -= 1;
            }
            if a == b {
                continue;
            }
            let inside = (a + 1..b).all(|x| parse.heads[x] == Some(a));
            let label = parse.labels[a];
            if inside
                && parse.heads[a] == Some(v)
                && (loose.contains(&label) || label == parser::NONE)
            {
                parse.heads[a] = Some(b);
                parse.labels[a] = compound;
            }
        }
    }

    /// "Kenyan troops and al Shabaab fighters fought near Mandera": a plural noun made the
    /// root, with "and" and a second subject whose verb hangs on the root as a conjunct, is
    /// the first of two coordinated subjects of that verb (the parser read "Kenyan troops"
    /// as a sentence of its own).
    fn subjects_joined_before_verb(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let (Some(nsubj), Some(conj), Some(cc), Some(root_label)) = (
            self.label("nsubj"),
            self.label("conj"),
            self.label("cc"),
            self.label("root"),
        ) else {
            return;
        };
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let n = tags.len();
        let Some(root) = parse.heads.iter().position(Option::is_none) else {
            return;
        };
        if !matches!(xpos(root), "NNS" | "NNPS")
            || (0..n).any(|k| {
                parse.heads[k] == Some(root)
                    && (parse.labels[k] == nsubj || self.label("cop") == Some(parse.labels[k]))
            })
        {
            return;
        }
        let Some(v) = (root + 1..n).find(|&x| {
            parse.heads[x] == Some(root)
                && parse.labels[x] == conj
                && matches!(xpos(x), "VBD" | "VBZ" | "VBP")
        }) else {
            return;
        };
        let Some(s) = (root + 1..v).find(|&x| {
            parse.heads[x] == Some(v)
                && parse.labels[x] == nsubj
                && matches!(xpos(x), "NNS" | "NNPS" | "NN" | "NNP")
        }) else {
            return;
        };
        let Some(c) = (root + 1..s)
            .find(|&x| words[x] == "and" && matches!(parse.heads[x], Some(h) if h == v || h == s))
        else {
            return;
        };
        // nothing but the two noun phrases and "and" before the verb, and no preposition
        // before "and" ("Negotiators from Canada and the Mercosur bloc resumed": the bloc
        // is Canada's conjunct)
        if (root + 1..v).any(|x| xpos(x).starts_with("VB") || xpos(x) == "MD")
            || (root + 1..c).any(|x| matches!(xpos(x), "IN" | "TO"))
        {
            return;
        }
        parse.heads[v] = None;
        parse.labels[v] = root_label;
        for x in 0..n {
            if x > v && parse.heads[x] == Some(root) {
                parse.heads[x] = Some(v);
            }
        }
        parse.heads[root] = Some(v);
        parse.labels[root] = nsubj;
        parse.heads[s] = Some(root);
        parse.labels[s] = conj;
        parse.heads[c] = Some(s);
        parse.labels[c] = cc;
    }

    /// "Leaders of the country's largest opposition parties *demanded* on Tuesday that the
    /// prime minister resign": a past tense hung as a modifier on a noun of the sentence's
    /// subject (or left unlabelled after a name made the root), while a noun or a "that"
    /// clause was made the root, is the sentence's verb; the root noun is its subject, the
    /// "that" clause its complement.
    fn verbs_read_as_modifiers(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let (Some(acl), Some(nsubj), Some(ccomp), Some(mark)) = (
            self.label("acl"),
            self.label("nsubj"),
            self.label("ccomp"),
            self.label("mark"),
        ) else {
            return;
        };
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let Some(root) = parse.heads.iter().position(Option::is_none) else {
            return;
        };
        let that = (0..words.len()).find(|&x| {
            parse.heads[x] == Some(root)
                && parse.labels[x] == mark
                && words[x].eq_ignore_ascii_case("that")
        });
        // (a noun predicate with a copula or subject is a sentence: "We were all citizens")
        let noun_root = matches!(xpos(root), "NN" | "NNS" | "NNP" | "NNPS")
            && !(0..words.len()).any(|k| {
                parse.heads[k] == Some(root)
                    && matches!(
                        self.parser.labels.get(parse.labels[k]).map(String::as_str),
                        Some("cop" | "nsubj" | "nsubj:pass" | "expl")
                    )
            });
        if !noun_root && that.is_none() {
            return;
        }
        let end = that.unwrap_or(words.len());
        // (hung on the root's own noun phrase: "Leaders of the ... parties demanded", not a
        // dateline's "DAMASCUS, Jan 29 - A delegation led by ... arrived")
        let under_root = |x: usize| {
            let mut t = x;
            for _ in 0..words.len() {
                let Some(h) = parse.heads[t] else {
                    return false;
                };
                if h == root {
                    return t == x
                        || self.noun_phrase_label(parse.labels[t])
                        || (that.is_some() && parse.labels[t] == nsubj);
                }
                if t != x && !self.noun_phrase_label(parse.labels[t]) {
                    return false;
                }
                t = h;
            }
            false
        };
        // (or a second root the parser left, hung unlabelled on a name made the root:
        // "Amnesty International *accused* Indonesia's military of torturing ...")
        let name_root = matches!(xpos(root), "NNP" | "NNPS");
        let Some(v) = (0..end).find(|&x| {
            xpos(x) == "VBD"
                && (parse.labels[x] == acl
                    || (name_root
                        && parse.labels[x] == parser::NONE
                        && parse.heads[x] == Some(root)
                        && x > root))
                && x != root
                && under_root(x)
                && (that.is_some() || (0..words.len()).any(|k| parse.heads[k] == Some(x) && k > x))
        }) else {
            return;
        };
        let root_label = parse.labels[root];
        if noun_root {
            parse.heads[v] = None;
            parse.labels[v] = root_label;
            parse.heads[root] = Some(v);
            parse.labels[root] = nsubj;
            for x in v + 1..words.len() {
                if parse.heads[x] == Some(root) {
                    parse.heads[x] = Some(v);
                }
            }
        } else {
            let subjects: Vec<usize> = (0..v)
                .filter(|&x| parse.heads[x] == Some(root) && parse.labels[x] == nsubj)
                .collect();
            if subjects.is_empty() {
                return;
            }
            parse.heads[v] = None;
            parse.labels[v] = root_label;
            parse.heads[root] = Some(v);
            parse.labels[root] = ccomp;
            for x in subjects {
                parse.heads[x] = Some(v);
            }
            for x in 0..words.len() {
                if parse.heads[x] == Some(root) && xpos(x) == "." {
                    parse.heads[x] = Some(v);
                }
            }
        }
    }

    /// Relations inside a noun phrase ("Leaders *of* the country's largest parties").
    fn noun_phrase_label(&self, l: usize) -> bool {
        matches!(
            self.parser.labels.get(l).map(String::as_str),
            Some("nmod" | "nmod:poss" | "compound" | "amod" | "conj" | "nummod" | "det")
        )
    }

    /// "..., a claim Ukraine's general staff denied", "..., a move Israel's prime minister
    /// called a reward for terror": after a clause, a noun of claiming or of an act followed
    /// by a party and a verb with no object is the verb's object, the party its subject (a
    /// relative clause without "that"). The parser often reads the noun as the verb's
    /// subject, or the verb as a participle describing the party.
    fn claims_denied(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let (Some(nsubj), Some(obj), Some(relcl), Some(parataxis)) = (
            self.label("nsubj"),
            self.label("obj"),
            self.label("acl:relcl"),
            self.label("parataxis"),
        ) else {
            return;
        };
        let n = words.len();
        for claim in 2..n.saturating_sub(2) {
            let noun = matches!(
                words[claim].to_ascii_lowercase().as_str(),
                "claim"
                    | "claims"
                    | "accusation"
                    | "accusations"
                    | "allegation"
                    | "allegations"
                    | "charge"
                    | "charges"
                    | "report"
                    | "reports"
                    | "assertion"
                    | "version"
                    | "move"
                    | "decision"
                    | "step"
            );
            // ", a claim": an apposition to the clause before
            if !noun
                || !matches!(
                    words[claim - 1].to_ascii_lowercase().as_str(),
                    "a" | "an" | "the"
                )
                || words[claim - 2] != ","
            {
                continue;
            }
            // the party's phrase, then its verb: "Ukraine 's general staff denied"
            let Some(v) = (claim + 2..n).find(|&t| xpos(t).starts_with("VB")) else {
                continue;
            };
            if !matches!(xpos(v), "VBD" | "VBN" | "VBZ" | "VBP")
                || parse.has_kid(v, obj)
                || (0..n)
                    .any(|c| parse.heads[c] == Some(v) && parse.labels[c] == nsubj && c != claim)
            {
                continue;
            }
            // the phrase between is one noun phrase, headed by a noun right before the verb
            let party = v - 1;
            let under = |x: usize, top: usize| under(&parse.heads, x, top);
            if !matches!(xpos(party), "NN" | "NNS" | "NNP" | "NNPS")
                || !(claim + 1..party).all(|x| under(x, party))
            {
                continue;
            }
            let root = (0..claim).find(|&t| parse.heads[t].is_none());
            let up = if parse.heads[claim] == Some(v) {
                (parse.heads[v], parse.labels[v])
            } else if let Some(r) = root
                .filter(|_| parse.heads[claim].is_none_or(|h| matches!(xpos(h), "." | "," | ":")))
            {
                (Some(r), parataxis)
            } else {
                (parse.heads[claim], parse.labels[claim])
            };
            // (the verb must not govern what will govern it)
            if up.0.is_some_and(|u| under(u, v)) {
                continue;
            }
            parse.heads[party] = Some(v);
            parse.labels[party] = nsubj;
            parse.heads[claim] = up.0;
            parse.labels[claim] = up.1;
            parse.heads[v] = Some(claim);
            parse.labels[v] = relcl;
        }
    }

    /// "released jailed American teacher Marc Fogel on Tuesday and handed him over": the
    /// parser sometimes reads the name after a role noun as the subject of the next verb
    /// coordinated with the first. A subject never sits between a verb and the "and" of
    /// its own conjunct right after that verb's object: the name is the object's
    /// apposition, and the coordinated verb shares the first one's subject.
    fn names_after_objects(&self, tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let (Some(nsubj), Some(obj), Some(conj), Some(cc), Some(appos)) = (
            self.label("nsubj"),
            self.label("obj"),
            self.label("conj"),
            self.label("cc"),
            self.label("appos"),
        ) else {
            return;
        };
        let n = parse.heads.len();
        for name in 1..n {
            if parse.labels[name] != nsubj || xpos(name) != "NNP" {
                continue;
            }
            let Some(c) = parse.heads[name].filter(|&c| c > name) else {
                continue;
            };
            let Some(v) = parse.heads[c].filter(|&v| v < name) else {
                continue;
            };
            if parse.labels[c] != conj || !xpos(v).starts_with("VB") {
                continue;
            }
            // the role noun right before the name is the first verb's object
            let role = name - 1;
            if parse.heads[role] != Some(v)
                || parse.labels[role] != obj
                || !matches!(xpos(role), "NN" | "NNS")
            {
                continue;
            }
            // and the conjunct's "and" comes after the name
            if !(name + 1..c).any(|t| parse.heads[t] == Some(c) && parse.labels[t] == cc) {
                continue;
            }
            parse.heads[name] = Some(role);
            parse.labels[name] = appos;
        }
    }

    /// "warned the United States and Israel on Sunday that ...": the parser sometimes makes
    /// the object the subject of the day that follows it. A day has no subject: the noun
    /// is the object of the verb the day hangs on.
    fn objects_before_days(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let (Some(nsubj), Some(obj)) = (self.label("nsubj"), self.label("obj")) else {
            return;
        };
        for n in 0..words.len() {
            if parse.labels[n] != nsubj {
                continue;
            }
            let Some(day) = parse.heads[n].filter(|&d| {
                d > n && (weekday(words[d]) || matches!(words[d], "today" | "yesterday"))
            }) else {
                continue;
            };
            let Some(v) = parse.heads[day].filter(|&v| v < n && xpos(v).starts_with("VB")) else {
                continue;
            };
            if parse.has_kid(v, obj) {
                continue;
            }
            parse.heads[n] = Some(v);
            parse.labels[n] = obj;
        }
    }

    /// "rejected on Wednesday union demands to ...", "rejected on Friday a Thai proposal":
    /// wire copy puts the day between a verb and its object. The parser read the day as
    /// the object's compound ("on [Wednesday union demands]") or the object as the day's
    /// apposition; the object is the verb's and the day its own "on" phrase.
    fn objects_after_days(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let labels = self.labels(["obj", "obl", "compound", "appos", "case"]);
        let Some([obj, obl, compound, appos, case]) = labels else {
            return;
        };
        let nominal = |i: usize| matches!(xpos(i), "NN" | "NNS");
        for d in 1..words.len() {
            if !weekday(words[d]) || words[d - 1] != "on" {
                continue;
            }
            let Some(h) = parse.heads[d] else {
                continue;
            };
            let (noun, v) = if parse.labels[d] == compound && h > d && nominal(h) {
                // "on [Wednesday union demands]"
                match parse.heads[h] {
                    Some(v) if parse.labels[h] == obl && parse.heads[d - 1] == Some(h) => (h, v),
                    _ => continue,
                }
            } else if parse.labels[d] == obl {
                // "on Friday" with "a Thai proposal" as its apposition
                let Some(n) = (d + 1..words.len())
                    .find(|&n| parse.heads[n] == Some(d) && parse.labels[n] == appos)
                else {
                    continue;
                };
                if !nominal(n) {
                    continue;
                }
                (n, h)
            } else {
                continue;
            };
            if !xpos(v).starts_with("VB") || v > d || parse.has_kid(v, obj) {
                continue;
            }
            parse.heads[d] = Some(v);
            parse.labels[d] = obl;
            parse.heads[d - 1] = Some(d);
            parse.labels[d - 1] = case;
            parse.heads[noun] = Some(v);
            parse.labels[noun] = obj;
        }
    }

    /// "imposed sanctions on a Kyrgyz bank *it accused* of helping Russian companies": a
    /// subject pronoun and a past verb right after a noun, the verb without an object of its
    /// own, are a relative clause on the noun (the noun is what the verb acts on), not a
    /// clause of their own hung on the sentence's verb.
    fn relatives_without_pronoun(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let labels = self.labels(["nsubj", "obj", "acl:relcl"]);
        let Some([nsubj, obj, relcl]) = labels else {
            return;
        };
        let clause: Vec<usize> = ["parataxis", "conj", "ccomp", "advcl"]
            .iter()
            .filter_map(|l| self.label(l))
            .collect();
        for i in 1..words.len().saturating_sub(1) {
            let v = i + 1;
            if !matches!(
                words[i].to_ascii_lowercase().as_str(),
                "it" | "they" | "he" | "she" | "we"
            ) || parse.heads[i] != Some(v)
                || parse.labels[i] != nsubj
                || xpos(v) != "VBD"
                || !matches!(xpos(i - 1), "NN" | "NNS" | "NNP" | "NNPS")
                // (a day is no noun the clause acts on: "said on Wednesday he doubted")
                || weekday(words[i - 1])
                || matches!(
                    words[i - 1].to_ascii_lowercase().as_str(),
                    "today" | "yesterday" | "week" | "month" | "year" | "day" | "time" | "night"
                        | "morning" | "evening" | "weekend"
                )
                || !clause.contains(&parse.labels[v])
                || parse.has_kid(v, obj)
            {
                continue;
            }
            // the noun hangs, perhaps through its phrase, on the verb the clause hung on
            let Some(h) = parse.heads[v] else {
                continue;
            };
            if !under(&parse.heads, i - 1, h) || under(&parse.heads, i - 1, v) {
                continue;
            }
            parse.heads[v] = Some(i - 1);
            parse.labels[v] = relcl;
        }
    }

    /// "Relatives of the dead had held daily vigils": an adjective used as a noun after "of
    /// the" (the dead, the missing, the wounded) is the object of "of", not the subject of
    /// the verb after it; the noun before "of" is that verb's subject (the parser had made
    /// "the dead had held ..." a clause describing "Relatives").
    fn people_of_the_dead(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let labels = self.labels(["nsubj", "nmod", "case", "det"]);
        let Some([nsubj, nmod, case, det]) = labels else {
            return;
        };
        for i in 1..words.len().saturating_sub(3) {
            let a = i + 2;
            if !words[i].eq_ignore_ascii_case("of")
                || !words[i + 1].eq_ignore_ascii_case("the")
                || !matches!(
                    words[a].to_ascii_lowercase().as_str(),
                    "dead"
                        | "missing"
                        | "wounded"
                        | "injured"
                        | "disappeared"
                        | "deceased"
                        | "detained"
                        | "kidnapped"
                        | "abducted"
                        | "killed"
                        | "jailed"
                )
                || parse.labels[a] != nsubj
            {
                continue;
            }
            let Some(v) = parse.heads[a].filter(|&v| v > a && xpos(v).starts_with("VB")) else {
                continue;
            };
            let Some(n) = parse.heads[v]
                .filter(|&n| n < i && matches!(xpos(n), "NN" | "NNS" | "NNP" | "NNPS"))
            else {
                continue;
            };
            parse.heads[i] = Some(a);
            parse.labels[i] = case;
            parse.heads[i + 1] = Some(a);
            parse.labels[i + 1] = det;
            parse.heads[a] = Some(n);
            parse.labels[a] = nmod;
            parse.heads[v] = parse.heads[n];
            parse.labels[v] = parse.labels[n];
            parse.heads[n] = Some(v);
            parse.labels[n] = nsubj;
        }
    }

    /// "The Kachin Independence Army and Myanmar's military agreed ...": the parser hangs a
    /// possessive that follows the second of two coordinated names on the first, reading
    /// "[the KIA and Myanmar]'s military". When the possessed noun is singular, one thing
    /// cannot belong to both: the possessive is the second name's, and the possessed noun is
    /// the first name's conjunct ("Russia and China's leaders", plural, stay joint).
    fn possessives_of_the_last_conjunct(
        &self,
        words: &[&str],
        tags: &[u16],
        parse: &mut parser::Parse,
    ) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let labels = self.labels(["nmod:poss", "conj", "case", "cc"]);
        let Some([poss, conj, case, cc]) = labels else {
            return;
        };
        let name = |i: usize| matches!(xpos(i), "NNP" | "NNPS");
        for p in 1..words.len() {
            let c = p - 1;
            if xpos(p) != "POS" || parse.labels[p] != case || parse.heads[c].is_none() {
                continue;
            }
            let Some(h) = parse.heads[p].filter(|&h| h < c) else {
                continue;
            };
            if parse.heads[c] != Some(h)
                || parse.labels[c] != conj
                || parse.labels[h] != poss
                || !name(c)
                || !name(h)
            {
                continue;
            }
            let Some(n) = parse.heads[h].filter(|&n| n > p && xpos(n) == "NN") else {
                continue;
            };
            for t in h + 1..c {
                if parse.heads[t] == Some(c) && parse.labels[t] == cc {
                    parse.heads[t] = Some(n);
                }
            }
            parse.heads[p] = Some(c);
            parse.heads[c] = Some(n);
            parse.labels[c] = poss;
            parse.heads[h] = parse.heads[n];
            parse.labels[h] = parse.labels[n];
            parse.heads[n] = Some(h);
            parse.labels[n] = conj;
        }
    }

    /// "welcomed Russia's Vladimir Putin *to Dushanbe*", "invited Modi to Washington": a
    /// "to" phrase the parser hung on a name that is the verb's object says where the verb
    /// sends or brings it; a person's name takes no such phrase of its own (a title does:
    /// "ambassador to the UN", a common noun).
    fn destinations_after_names(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let labels = self.labels(["nmod", "obj", "obl", "case"]);
        let Some([nmod, obj, obl, case]) = labels else {
            return;
        };
        for p in 1..words.len() {
            if parse.labels[p] != nmod {
                continue;
            }
            let Some(h) = parse.heads[p].filter(|&h| h < p && xpos(h) == "NNP") else {
                continue;
            };
            let to = (0..p).any(|c| {
                parse.heads[c] == Some(p)
                    && parse.labels[c] == case
                    && words[c].eq_ignore_ascii_case("to")
            });
            let Some(v) = parse.heads[h].filter(|&v| v < h && xpos(v).starts_with("VB")) else {
                continue;
            };
            if to && parse.labels[h] == obj {
                parse.heads[p] = Some(v);
                parse.labels[p] = obl;
            }
        }
    }

    /// "urged Mali's army and the Tuareg-led *rebels* to stop fighting": a noun joined by
    /// "and"/"or" right after a verb's object, read as the verb's conjunct, is the object's
    /// conjunct (a noun with no subject or object of its own is no clause). And "called on
    /// Haiti's council and *party* leaders": a noun read as the conjunct, with the plural
    /// after it hung on the first conjunct as a bare modifier, is that plural's compound,
    /// and the plural the conjunct.
    fn objects_joined(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let labels = self.labels(["conj", "obj", "cc", "nsubj", "nmod", "compound", "case"]);
        let Some([conj, obj, cc, nsubj, nmod, compound, case]) = labels else {
            return;
        };
        let nominal = |i: usize| matches!(xpos(i), "NN" | "NNS" | "NNP" | "NNPS");
        let kids = |parse: &parser::Parse, h: usize| -> Vec<usize> {
            (0..words.len())
                .filter(|&c| parse.heads[c] == Some(h))
                .collect()
        };
        for c in 1..words.len() {
            if parse.labels[c] != conj || !nominal(c) {
                continue;
            }
            let Some(h) = parse.heads[c] else {
                continue;
            };
            let ck = kids(parse, c);
            let joined = ck
                .iter()
                .any(|&k| parse.labels[k] == cc && matches!(words[k], "and" | "or"));
            if !joined
                || ck
                    .iter()
                    .any(|&k| matches!(parse.labels[k], l if l == nsubj || l == obj))
            {
                continue;
            }
            if xpos(h).starts_with("VB") {
                // the verb's object just before the conjunct
                let Some(o) = kids(parse, h)
                    .into_iter()
                    .filter(|&o| parse.labels[o] == obj && o < c)
                    .max()
                else {
                    continue;
                };
                let first = ck.iter().copied().min().unwrap_or(c);
                if !(o + 1..first).all(|t| under(&parse.heads, t, o)) {
                    continue;
                }
                parse.heads[c] = Some(o);
            } else if nominal(h) && c + 1 < words.len() && xpos(c + 1) == "NNS" {
                let next = c + 1;
                if parse.heads[next] != Some(h)
                    || parse.labels[next] != nmod
                    || kids(parse, next).iter().any(|&k| parse.labels[k] == case)
                    || !words[c].chars().all(|ch| ch.is_ascii_lowercase())
                {
                    continue;
                }
                for k in ck {
                    parse.heads[k] = Some(next);
                }
                parse.heads[next] = Some(h);
                parse.labels[next] = conj;
                parse.heads[c] = Some(next);
                parse.labels[c] = compound;
            }
        }
    }

    /// "hand back 14 Burundian soldiers *captured*/VBD during a raid": a past form the
    /// parser hung on the noun before it as a modifying clause, with no subject or
    /// auxiliary of its own and a verb that takes an object, is the passive participle
    /// (the noun is who was captured). After the parse, so that only the tag the event
    /// coder reads changes.
    fn participles_read_as_pasts(&self, words: &[&str], tags: &mut [u16], parse: &parser::Parse) {
        let Some(vbn) = self.tag_id("VBN\tVERB") else {
            return;
        };
        let own: Vec<usize> = ["nsubj", "nsubj:pass", "aux", "aux:pass", "expl"]
            .iter()
            .filter_map(|l| self.label(l))
            .collect();
        let Some(acl) = self.label("acl") else {
            return;
        };
        for v in 1..tags.len() {
            // (a verb without an object has no passive: "protesters marched")
            if parse.labels[v] != acl
                || self.tagger.xpos[tags[v] as usize] != "VBD"
                || intransitive(words[v])
                || !parse.heads[v]
                    .is_some_and(|h| h < v && self.tagger.xpos[tags[h] as usize].starts_with("NN"))
            {
                continue;
            }
            let has_own = (0..tags.len())
                .any(|c| parse.heads[c] == Some(v) && own.contains(&parse.labels[c]));
            if !has_own {
                tags[v] = vbn as u16;
            }
        }
    }

    /// "Abbas asked visiting Spanish Prime Minister Pedro Sanchez to persuade ...": right
    /// after a verb, the parser reads *visiting* as that verb's complement with the guest as
    /// its object. It describes the guest (amod), who is the verb's object, and an
    /// infinitive the parser hung on *visiting* is the verb's complement.
    fn visiting_guests(&self, words: &[&str], tags: &[u16], parse: &mut parser::Parse) {
        let xpos = |i: usize| self.tagger.xpos[tags[i] as usize].as_str();
        let (Some(obj), Some(amod), Some(xcomp)) =
            (self.label("obj"), self.label("amod"), self.label("xcomp"))
        else {
            return;
        };
        let clausal: Vec<usize> = ["xcomp", "ccomp", "advcl"]
            .iter()
            .filter_map(|l| self.label(l))
            .collect();
        for i in 1..words.len() {
            let is = |c: usize, l: usize| parse.labels[c] == l;
            let verb = i - 1;
            if !words[i].eq_ignore_ascii_case("visiting")
                || parse.heads[i] != Some(verb)
                || !xpos(verb).starts_with("VB")
                || is(i, obj)
            {
                continue;
            }
            let kids: Vec<usize> = (0..words.len())
                .filter(|&c| parse.heads[c] == Some(i))
                .collect();
            // the guest: a name or title right after the participle, the object the parser
            // gave it ("visiting delegations" and "visiting the border" stay as they are)
            let Some(guest) = kids.iter().copied().find(|&c| is(c, obj) && c > i) else {
                continue;
            };
            let capital = |t: usize| words[t].chars().next().is_some_and(char::is_uppercase);
            if !(i + 1..=guest).all(|t| parse.heads[t].is_some()) || !capital(i + 1) {
                continue;
            }
            let heads = &parse.heads;
            let to_mark = |c: usize| {
                (0..c).any(|m| heads[m] == Some(c) && words[m].eq_ignore_ascii_case("to"))
            };
            // what follows the guest is said or asked of the guest: the verb's
            // ("told visiting Ukraine officials they would need to ...")
            let clauses: Vec<(usize, bool)> = kids
                .into_iter()
                .filter(|&c| c > guest && clausal.contains(&parse.labels[c]))
                .map(|c| (c, xpos(c) == "VB" && to_mark(c)))
                .collect();
            parse.heads[guest] = Some(verb);
            parse.labels[guest] = obj;
            parse.heads[i] = Some(guest);
            parse.labels[i] = amod;
            for (c, infinitive) in clauses {
                parse.heads[c] = Some(verb);
                if infinitive {
                    parse.labels[c] = xcomp;
                }
            }
        }
    }

    /// "Radical Shiite cleric Muqtada al - Sadr", "according to az - Zaman": the article of
    /// an Arabic name, split off by the tokeniser with its hyphen, belongs to the name, and
    /// so does a capitalised given name right before it.
    fn articles_of_arabic_names(
        &self,
        words: &[&str],
        tags: &[u16],
        names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let article = |w: &str| {
            matches!(
                w.to_lowercase().as_str(),
                "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "ud" | "ul" | "an"
            )
        };
        let proper = |i: usize| {
            matches!(self.tagger.xpos[tags[i] as usize].as_str(), "NNP" | "NNPS")
                && words[i].starts_with(|c: char| c.is_uppercase())
        };
        let mut out: Vec<(usize, usize, EntityType)> = Vec::with_capacity(names.len());
        for (a, b, kind) in names {
            let mut start = a;
            if a >= 2 && words[a - 1] == "-" && article(words[a - 2]) {
                start = a - 2;
                if start >= 1 && proper(start - 1) {
                    start -= 1;
                }
            }
            // (a given name recognised as a name of its own joins this one)
            if start < a {
                while out.last().is_some_and(|&(_, e, _)| e > start) {
                    let (s0, _, _) = out.pop().unwrap();
                    start = start.min(s0);
                }
            }
            out.push((start, b, kind));
        }
        out
    }

    /// "Enron Corp.", "CCNG, Inc.", "Visakha Industrial Gases Pvt. Ltd.": the legal form
    /// after a company's name (after a comma too) is part of the name, which is an
    /// organisation.
    fn companies_keep_their_suffix(
        &self,
        words: &[&str],
        names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let legal = |i: usize| words.get(i).is_some_and(|w| ner::legal_form(w));
        let mut out: Vec<(usize, usize, EntityType)> = Vec::with_capacity(names.len());
        for (a, b, kind) in names {
            // (a suffix the recogniser named alone joins the name before it)
            if let Some(last) = out.last_mut() {
                if last.1 >= b && last.0 <= a {
                    continue;
                }
            }
            let mut end = b;
            loop {
                if legal(end) {
                    end += 1;
                } else if end == b && words.get(end) == Some(&",") && legal(end + 1) {
                    end += 2;
                } else {
                    break;
                }
            }
            let kind = if end > b { EntityType::ORG } else { kind };
            out.push((a, end, kind));
        }
        out
    }

    /// "Miramar California is a bit north", "traveling to san francisco california": a place
    /// the gazetteers know run together with the state or country it lies in is two
    /// places, as it would be with the comma; not a name the gazetteers list whole ("New
    /// Mexico", "South Africa", "Equatorial Guinea"), nor one with a direction before the
    /// state ("Northern California"), nor a name whose first part is no place ("Lake
    /// Chad", "Gulf of Mexico", "Nazi Germany").
    fn places_before_their_state(
        &self,
        words: &[&str],
        lexes: &[Lex],
        names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let list = ner::gazetteer_index;
        let (Some(country), Some(region), Some(city), Some(place)) =
            (list("country"), list("region"), list("city"), list("place"))
        else {
            return names;
        };
        let whole = [country, region, city, place];
        let qualifier = |w: &str| {
            matches!(
                w.to_lowercase().as_str(),
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northern"
                    | "southern"
                    | "eastern"
                    | "western"
                    | "central"
                    | "new"
                    | "upper"
                    | "lower"
                    | "greater"
                    | "northeast"
                    | "northwest"
                    | "southeast"
                    | "southwest"
                    | "northeastern"
                    | "northwestern"
                    | "southeastern"
                    | "southwestern"
                    | "rural"
                    | "downtown"
                    | "coastal"
                    | "baja"
                    | "the"
            )
        };
        let mut out = Vec::with_capacity(names.len());
        for (a, b, kind) in names {
            let cut = (kind == EntityType::LOC
                && b - a >= 2
                && !self.ner.gazetteer.is_entry(&whole, &lexes[a..b]))
            .then(|| {
                (a + 1..b).find(|&k| {
                    self.ner
                        .gazetteer
                        .is_entry(&[country, region], &lexes[k..b])
                        && !qualifier(words[k - 1])
                        && self.ner.gazetteer.is_entry(&whole, &lexes[a..k])
                })
            })
            .flatten();
            match cut {
                Some(k) => {
                    out.push((a, k, kind));
                    out.push((k, b, kind));
                }
                None => out.push((a, b, kind)),
            }
        }
        out
    }

    /// "the IPO raised $2bn", "MPs voted": a name of one token that is an abbreviation of a
    /// common noun (in `data/common_abbreviations.txt`, a plural "s" allowed) names nothing.
    fn common_abbreviations(
        &self,
        words: &[&str],
        mut names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        names.retain(|&(a, b, _)| {
            let w = words[a];
            b - a != 1
                || !(self.abbreviations.contains(w)
                    || w.strip_suffix('s')
                        .is_some_and(|s| s.len() > 1 && self.abbreviations.contains(s)))
        });
        names
    }

    /// "US Marines took most of Fallujah Wednesday", "on Fri, Sat or Sun": a day of the
    /// week names no one. A person or place loses the days at its end (an organisation
    /// only when what is left is a listed place: "Ruby Tuesday" stays), and a name that is
    /// only a day (or the short form of one) is dropped. ("Sun" and "Mon" stay: newspapers,
    /// surnames; so do days in other names: "Bloody Sunday", "Good Friday".)
    fn names_without_days(
        &self,
        words: &[&str],
        lexes: &[Lex],
        names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let day = |w: &str| {
            weekday(w)
                || matches!(
                    w,
                    "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat"
                )
        };
        let place = |a: usize, b: usize| {
            b == a + 1 && self.listed(&["country", "city", "place", "region"], &lexes[a])
        };
        names
            .into_iter()
            .filter_map(|(a, b, kind)| {
                let mut end = b;
                while end > a && day(words[end - 1]) {
                    end -= 1;
                }
                let trimmed = match kind {
                    _ if end == a => b - a == 1,
                    EntityType::PER | EntityType::LOC => true,
                    EntityType::ORG => place(a, end),
                    _ => false,
                };
                if !trimmed {
                    return Some((a, b, kind));
                }
                (end > a).then_some((a, end, kind))
            })
            .collect()
    }

    /// "It is rumored that North Korea has ...": a name that is exactly a country of the
    /// gazetteer is a place (LOC) in every tagging convention, also where it acts like an
    /// organisation; the resolver reads its metonymy ("Moscow said" → the government).
    fn countries_are_places(
        &self,
        lexes: &[Lex],
        mut names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let Some(country) = ner::gazetteer_index("country") else {
            return names;
        };
        for (a, b, kind) in &mut names {
            if *kind == EntityType::ORG && self.ner.gazetteer.is_entry(&[country], &lexes[*a..*b]) {
                *kind = EntityType::LOC;
            }
        }
        names
    }

    /// "Kyrgyzstan's State Committee for National Security", "the Office for Democratic
    /// Institutions": an organisation whose name ends in a word that heads organs
    /// (Committee, Council, Office, Agency ...) and goes on with "for" and capitalised words
    /// is one name; the recogniser often splits it at "for". Up to four capitalised words
    /// (or the recogniser's next organisation there) join, not a person or a place.
    fn organs_named_for(
        &self,
        words: &[&str],
        lexes: &[Lex],
        names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let Some(suffix) = ner::gazetteer_index("org_suffix") else {
            return names;
        };
        extend_names(&names, |i, (_, b, kind)| {
            if kind != EntityType::ORG
                || !self.ner.gazetteer.has_word(suffix, &lexes[b - 1])
                || words.get(b) != Some(&"for")
            {
                return None;
            }
            let mut end = b + 1;
            while end < words.len()
                && end - b <= 4
                && (title_case(words[end]) || words[end] == "and")
            {
                end += 1;
            }
            while end > b + 1 && words[end - 1] == "and" {
                end -= 1;
            }
            // (a name of the recogniser's there must be an organisation's and end inside)
            let next = names.get(i + 1).filter(|n| n.0 < end);
            (end > b + 1
                && next.is_none_or(|&(s, e, k)| s == b + 1 && k == EntityType::ORG && e <= end))
            .then_some(end)
        })
    }

    /// "the Department of Housing and Urban Development", "Vietnam's Ministry of
    /// Agriculture and Rural Development": an organ named "X of A and B" is one name; the
    /// recogniser often stops at "and" or splits there. An organisation whose last words
    /// are "of" and a capitalised word, followed by "and" and capitalised words (or a name
    /// of the recogniser's) that are not themselves an organisation's, a person or a place,
    /// takes them in.
    fn organs_joined_by_and(
        &self,
        words: &[&str],
        lexes: &[Lex],
        names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let suffix = ner::gazetteer_index("org_suffix");
        let known = ner::gazetteer_index("organisation");
        let titles = ner::gazetteer_index("title");
        extend_names(&names, |i, (a, b, kind)| {
            let of_phrase = b >= a + 3 && words[b - 2] == "of" && title_case(words[b - 1]);
            if kind != EntityType::ORG || !of_phrase || words.get(b) != Some(&"and") {
                return None;
            }
            // the capitalised run after "and", or the next name when it starts there
            let next = names.get(i + 1).filter(|n| n.0 == b + 1);
            let mut end = b + 1;
            while end < words.len() && title_case(words[end]) {
                end += 1;
            }
            // (the run stops where another name starts: "the Ministry of Finance and
            // Minister Sam Smith")
            if let Some(&(s, _, _)) = names.get(i + 1).filter(|n| n.0 > b + 1 && n.0 < end) {
                end = s;
            }
            let end = match next {
                Some(&(_, nb, nk)) if nk == EntityType::ORG || nk == EntityType::MISC => {
                    nb.max(end)
                }
                Some(_) => b + 1,
                None => end,
            };
            let second = b + 1..end;
            let own_organ = second
                .clone()
                .any(|t| suffix.is_some_and(|l| self.ner.gazetteer.has_word(l, &lexes[t])))
                || known.is_some_and(|l| self.ner.gazetteer.is_entry(&[l], &lexes[second.clone()]));
            // (words, not a person's title: "... and Minister Sam Smith")
            let worded = second.clone().all(|t| {
                title_case(words[t])
                    && !titles.is_some_and(|l| self.ner.gazetteer.has_word(l, &lexes[t]))
            });
            (!second.is_empty() && end - b <= 4 && !own_organ && worded).then_some(end)
        })
    }

    /// "Saudi Crown Prince Mohammed bin Salman received Syrian President Ahmed al-Sharaa"
    /// recognised as one name: a name never runs through a finite verb written in lower
    /// case, so a name over one is cut into the names on either side of it. Nor does it end
    /// in an adverb or a day word written in lower case ("visited Russia today" is no
    /// "Russia Today").
    fn names_end_at_verbs(
        &self,
        words: &[&str],
        tags: &[u16],
        names: Vec<(usize, usize, EntityType)>,
    ) -> Vec<(usize, usize, EntityType)> {
        let verb = |i: usize| {
            matches!(
                self.tagger.xpos[tags[i] as usize].as_str(),
                "VBD" | "VBZ" | "VBP"
            ) && words[i].chars().all(|c| c.is_lowercase())
        };
        let adverb = |i: usize| {
            words[i].chars().all(|c| c.is_lowercase())
                && (matches!(
                    self.tagger.xpos[tags[i] as usize].as_str(),
                    "RB" | "RBR" | "RBS"
                ) || matches!(words[i], "today" | "yesterday" | "tomorrow" | "tonight"))
        };
        let mut out = Vec::with_capacity(names.len());
        for (a, b, kind) in names {
            let mut start = a;
            for i in a..b {
                if verb(i) {
                    if start < i {
                        out.push((start, i, kind));
                    }
                    start = i + 1;
                }
            }
            let mut end = b;
            while end > start + 1 && adverb(end - 1) {
                end -= 1;
            }
            if start < end {
                out.push((start, end, kind));
            }
        }
        out
    }

    /// "Four Chinese coast guard ships *sailed*/VBN into restricted waters ..., and
    /// Taiwanese patrol boats shadowed them": the first verb form of a sentence that opens
    /// with a plain noun phrase is its past tense when the verb takes no object: with no
    /// passive, its participle cannot describe the noun.
    fn intransitive_pasts(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let Some(i) = (0..words.len()).find(|&i| xpos(tags[i]).starts_with("VB")) else {
            return;
        };
        if i == 0
            || xpos(tags[i]) != "VBN"
            || !intransitive(words[i])
            || !matches!(xpos(tags[i - 1]), "NN" | "NNS" | "NNP" | "NNPS")
            || !(0..i).all(|t| {
                matches!(
                    xpos(tags[t]),
                    "DT" | "CD" | "JJ" | "NN" | "NNS" | "NNP" | "NNPS" | "POS" | "PRP$"
                )
            })
        {
            return;
        }
        if let Some(vbd) = self.tag_id("VBD\tVERB") {
            tags[i] = vbd as u16;
        }
    }

    /// A headline in the present ("Saudi Arabia lifts blockade of Qatar", "U.S. Lifts
    /// Travel Ban") often comes out of the tagger with no verb at all, its verb read as a
    /// plural or a name. In a sentence without a finite verb, the first word after a noun
    /// that is the "-s" form of a verb of our list (and no plural of our news nouns) and
    /// has the start of an object or an infinitive after it is the verb. Failing that, a
    /// first verb form that is a past participle between a noun and an object is the past
    /// tense.
    fn verb_for_verbless(&self, words: &[&str], tags: &mut [u16]) {
        let xpos = |t: u16| self.tagger.xpos[t as usize].as_str();
        let finite = |t: u16| matches!(xpos(t), "VBD" | "VBZ" | "VBP" | "MD");
        let Some(vbz) = self.tag_id("VBZ\tVERB") else {
            return;
        };
        // a subject before the verb, and an object starting after it: "lifts blockade",
        // "bombs Kurdish militants" (not "protests near summit"); a head noun read as an
        // adjective may be the subject too ("UN rights chief urges ...")
        let subject = |t: u16| matches!(xpos(t), "NN" | "NNS" | "NNP" | "NNPS" | "PRP");
        let subject_at = |i: usize| subject(tags[i]) || words[i] == "chief";
        // "Congo Republic president pardons jailed opposition journalist": a listed "-s"
        // form read as a plural before the sentence's only finite verb, a past form that
        // describes the noun after it, is the headline's verb and the past form a participle
        if words.len() >= 4 && tags.iter().filter(|&&t| finite(t)).count() == 1 {
            let i = (1..words.len() - 2).find(|&i| {
                matches!(xpos(tags[i]), "NNS" | "NNPS")
                    && subject_at(i - 1)
                    && xpos(tags[i + 1]) == "VBD"
                    && matches!(xpos(tags[i + 2]), "NN" | "NNS" | "NNP" | "NNPS" | "JJ")
                    && tagger::listed_present(words[i])
            });
            if let (Some(i), Some(vbn)) = (i, self.tag_id("VBN\tVERB")) {
                tags[i] = vbz as u16;
                tags[i + 1] = vbn as u16;
                return;
            }
        }
        if words.len() < 3 || tags.iter().any(|&t| finite(t)) {
            return;
        }
        let object = |t: u16| {
            matches!(
                xpos(t),
                "DT" | "NN" | "NNS" | "NNP" | "NNPS" | "JJ" | "CD" | "PRP$"
            )
        };
        // or an infinitive: "Saudi Crown Prince Mohammed bin Salman plans to visit"
        let infinitive =
            |i: usize| xpos(tags[i]) == "TO" && tags.get(i + 1).is_some_and(|&t| xpos(t) == "VB");
        let verb = (1..words.len() - 1).find(|&i| {
            matches!(xpos(tags[i]), "NNS" | "NNPS" | "NNP")
                && subject_at(i - 1)
                && (object(tags[i + 1]) || infinitive(i + 1))
                && tagger::listed_present(words[i])
        });
        if let Some(i) = verb {
            tags[i] = vbz as u16;
            return;
        }
        // "Fiji police arrest 12 Chinese nationals": a listed base form after a plural
        // subject (or "police") is the verb when what follows starts an object that is no
        // noun of a compound ("police arrest warrant")
        let plural = |i: usize| {
            matches!(xpos(tags[i]), "NNS" | "NNPS") || words[i].eq_ignore_ascii_case("police")
        };
        let base = (1..words.len() - 1).find(|&i| {
            matches!(xpos(tags[i]), "NN" | "NNP")
                && plural(i - 1)
                && matches!(
                    xpos(tags[i + 1]),
                    "DT" | "NNS" | "NNP" | "NNPS" | "JJ" | "CD" | "PRP$"
                )
                && !words[i].ends_with('s')
                && tagger::listed_verb_form(words[i])
        });
        if let (Some(i), Some(vbp)) = (base, self.tag_id("VBP\tVERB")) {
            tags[i] = vbp as u16;
            return;
        }
        // "Zimbabwe Police Arrest Journalist Over Report", "Malawi Pulls Last Troops Out of
        // Congo": in a headline in title case the case says nothing, so a listed verb form
        // between a subject and an object is the verb
        let title_case = !words.last().is_some_and(|w| matches!(*w, "." | "!" | "?"))
            && words
                .iter()
                .filter(|w| w.len() > 3 && w.chars().all(char::is_alphabetic))
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
        if title_case {
            let headline_verb = (1..words.len() - 1).find(|&i| {
                matches!(xpos(tags[i]), "NN" | "NNS" | "NNP" | "NNPS")
                    && subject(tags[i - 1])
                    && object(tags[i + 1])
                    && tagger::listed_verb_form(words[i])
            });
            if let Some(i) = headline_verb {
                let form = if words[i].ends_with('s') {
                    "VBZ\tVERB"
                } else {
                    "VBP\tVERB"
                };
                if let Some(t) = self.tag_id(form) {
                    tags[i] = t as u16;
                    return;
                }
            }
        }
        // "The United Nations reduced food supplies to the camp": a past participle after a
        // noun (adverbs skipped) and before an object is the past tense; not before "by"
        // ("diplomats expelled by the US") or a preposition ("weapons seized on a boat")
        let Some(vbd) = self.tag_id("VBD\tVERB") else {
            return;
        };
        let first_verb = (0..words.len()).find(|&i| xpos(tags[i]).starts_with("VB"));
        if let Some(i) = first_verb.filter(|&i| i > 0 && i + 1 < words.len()) {
            // (a day between the subject and the verb is skipped too: "Mexico's president
            // on Friday ruled out allowing ...")
            let day = |w: &str| weekday(w) || matches!(w, "today" | "yesterday");
            let mut j = i;
            let before = loop {
                if j == 0 {
                    break None;
                }
                j -= 1;
                if xpos(tags[j]) == "RB" || day(words[j]) {
                    if j > 0 && day(words[j]) && words[j - 1] == "on" {
                        j -= 1;
                    }
                    continue;
                }
                break Some(j);
            };
            // an object right after it, or after its particle ("ruled out allowing ...")
            let after = if xpos(tags[i + 1]) == "RP" && i + 2 < words.len() {
                object(tags[i + 2]) || xpos(tags[i + 2]) == "VBG"
            } else {
                object(tags[i + 1])
            };
            if xpos(tags[i]) == "VBN"
                && before.is_some_and(|j| subject(tags[j]))
                && (after || intransitive(words[i]))
            {
                tags[i] = vbd as u16;
                return;
            }
            // "Norway, a guarantor of Colombia's peace process, called on the government
            // ...": the participle right after the comma that closes an apposition to the
            // sentence's opening name
            let opening_name = matches!(xpos(tags[0]), "NNP" | "NNPS")
                && (1..i).find(|&t| !matches!(xpos(tags[t]), "NNP" | "NNPS"))
                    == Some((1..i).find(|&t| words[t] == ",").unwrap_or(usize::MAX));
            if xpos(tags[i]) == "VBN" && opening_name && words[i - 1] == "," {
                tags[i] = vbd as u16;
            }
        }
    }

    /// Entity spans only (still tags and parses: NER uses both).
    pub fn entities(&self, words: &[&str]) -> Vec<(usize, usize, EntityType)> {
        self.analyse(words).entities
    }

    /// POS tags only (joint ids resolved), for callers that skip parsing.
    pub fn tag_hashes(&self, words: &[&str]) -> (Vec<Lex>, Vec<u16>, Vec<u64>) {
        let lexes: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
        let tags = self.tagger.tag(&lexes);
        let h = tags.iter().map(|&t| self.tag_hashes[t as usize]).collect();
        (lexes, tags, h)
    }
}

/// "my favorite store in Lawrence, KS", "Baltimore, MD 21202": a US state's postal code
/// after a comma that follows a name is a place, and so is the name before it (read as a
/// person or firm: "Lawrence"). Only the capitals of a postal code count ("IN", "OR" and
/// "ME" too, but only in this position; not "OK").
fn states_after_their_places(
    words: &[&str],
    mut names: Vec<(usize, usize, EntityType)>,
) -> Vec<(usize, usize, EntityType)> {
    const STATES: &[&str] = &[
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
        "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
        "NM", "NY", "NC", "ND", "OH", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
        "WA", "WV", "WI", "WY", "DC",
    ];
    let mut added = Vec::new();
    for (a, b, kind) in names.iter_mut() {
        let (comma, st) = (*b, *b + 1);
        if st >= words.len() || words[comma] != "," || !STATES.contains(&words[st]) {
            continue;
        }
        // (not a list of names that goes on, "Smith, OR Jones", nor a person's full name
        // and title, "Tom Molomby, SC")
        if words
            .get(st + 1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            || (*kind == EntityType::PER && *b - *a > 1)
        {
            continue;
        }
        *kind = EntityType::LOC;
        added.push((st, st + 1, EntityType::LOC));
    }
    names.retain(|&(a, _, _)| !added.iter().any(|&(s, _, _)| s == a));
    names.extend(added);
    names.sort_by_key(|&(a, _, _)| a);
    names
}

/// "Bryan Hull - Analyst", "Eduardo Tellechea - Associate": a job after a person's name and
/// a dash (signatures, staff lists) is no part of the name. ("al - Sadr" keeps its dash: no
/// job follows it.)
fn jobs_after_names(
    words: &[&str],
    names: Vec<(usize, usize, EntityType)>,
) -> Vec<(usize, usize, EntityType)> {
    const JOBS: &[&str] = &[
        "Analyst",
        "Associate",
        "Manager",
        "Director",
        "Consultant",
        "Intern",
        "Editor",
        "Specialist",
        "Assistant",
        "Coordinator",
        "Engineer",
        "Officer",
        "Adviser",
        "Advisor",
        "Correspondent",
        "Reporter",
        "Counsel",
        "Attorney",
        "Trader",
        "Accountant",
        "Secretary",
        "Chairman",
        "President",
        "Vice",
        "Senior",
        "Executive",
        "Head",
        "Spokesman",
        "Spokeswoman",
        "Spokesperson",
    ];
    names
        .into_iter()
        .map(|(a, b, kind)| {
            let cut = (kind == EntityType::PER)
                .then(|| {
                    (a + 1..b)
                        .find(|&k| words[k] == "-" && k + 1 < b && JOBS.contains(&words[k + 1]))
                })
                .flatten();
            match cut {
                Some(k) => (a, k, kind),
                None => (a, b, kind),
            }
        })
        .collect()
}

/// The names with some extended: `end_of(i, name)` gives name `i` a new end (the names
/// it then covers are dropped), or None to keep it as it is.
fn extend_names(
    names: &[(usize, usize, EntityType)],
    end_of: impl Fn(usize, (usize, usize, EntityType)) -> Option<usize>,
) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::with_capacity(names.len());
    let mut skip_to = 0;
    for (i, &(a, b, kind)) in names.iter().enumerate() {
        if a < skip_to {
            continue;
        }
        match end_of(i, (a, b, kind)) {
            Some(end) => {
                out.push((a, end, kind));
                skip_to = end;
            }
            None => out.push((a, b, kind)),
        }
    }
    out
}

/// A word written in title case ("Urban", "Development"): a capital, then some lower case
/// (not an acronym: "NATO").
fn title_case(w: &str) -> bool {
    let mut c = w.chars();
    c.next().is_some_and(char::is_uppercase) && c.any(char::is_lowercase)
}

/// A day of the week, as news dates acts ("on Friday").
fn weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// Whether `top` is `x` or one of its heads (a word under `top` in the tree).
fn under(heads: &[Option<usize>], x: usize, top: usize) -> bool {
    std::iter::successors(Some(x), |&y| heads[y])
        .take(heads.len())
        .any(|y| y == top)
}

/// Past forms of verbs that take no object ("sailed into", "fled to"): with no passive, their
/// participle cannot describe a noun, so after a subject they are the past tense.
fn intransitive(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "sailed"
            | "marched"
            | "fled"
            | "retreated"
            | "arrived"
            | "landed"
            | "rioted"
            | "clashed"
            | "docked"
            | "strayed"
            | "ventured"
            | "surged"
            | "camped"
            | "steamed"
            | "cruised"
            | "died"
            | "crashed"
    )
}

/// Past forms of verbs that may take a clause with no "that" ("said crime pays", "feared
/// prices rise"): the word after their object may be a verb.
fn reports_clause(word: &str) -> bool {
    reports_speech(word)
        || matches!(
            word.to_ascii_lowercase().as_str(),
            "thought"
                | "believed"
                | "argued"
                | "noted"
                | "felt"
                | "knew"
                | "suggested"
                | "showed"
                | "found"
                | "hoped"
                | "feared"
                | "expected"
                | "assumed"
                | "realised"
                | "realized"
                | "understood"
                | "admitted"
                | "denied"
                | "heard"
                | "saw"
                | "learned"
                | "learnt"
                | "agreed"
                | "predicted"
                | "estimated"
                | "explained"
                | "acknowledged"
                | "indicated"
                | "recalled"
                | "remembered"
                | "doubted"
                | "suspected"
                | "concluded"
                | "decided"
                | "discovered"
                | "ensured"
                | "proved"
                | "revealed"
                | "signalled"
                | "signaled"
                | "worried"
                | "meant"
                | "wrote"
                | "alleged"
                | "maintained"
                | "guessed"
                | "figured"
                | "reckoned"
                | "wished"
                | "bet"
        )
}

/// Past and present forms of verbs of saying that report a clause ("said", "told",
/// "declared", ...).
fn reports_speech(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "announced"
            | "added"
            | "warned"
            | "claimed"
            | "stated"
            | "insisted"
            | "confirmed"
            | "reported"
            | "declared"
    )
}
