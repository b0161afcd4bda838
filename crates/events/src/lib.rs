//! CAMEO event coding on the dependency parse: who did what to whom, when and where.
//!
//! For every verb of a sentence the coder looks up its lemma (with its particle, "hand
//! over") in the verb-pattern dictionary (`data/patterns.txt`), checks the pattern's
//! constraints on the verb's dependents (object noun, xcomp verb, oblique, preposition,
//! subject noun) and takes the most specific pattern that fits. The actors are read from
//! the subject and the pattern's target slot (object, indirect object, a preposition's
//! oblique, the object's possessor), through passive voice (`obl:agent`), coordination
//! ("X and Y signed"), control ("X asked Y to ...", "X declined to ...") and coordinated
//! verbs, and resolved to entities (mention-level actor code for metonymy first), to a
//! pronoun's antecedent, or to a demonym + role noun ("Syrian authorities" → `SYRGOV`).
//!
//! Modality and negation are kept apart from what happened: a verb under a modal or a
//! verb of intention is `hypothetical` (cooperation promised with "will" becomes the CAMEO
//! intent code 03x, force threatened becomes 13x); a verb governed by another coded verb
//! ("threatened to attack", "accused X of attacking") is not coded on its own; a negated
//! act of cooperation is a rejection (12x), any other negated act is `negated`. A
//! reporting verb ("said that Y attacked Z") codes nothing itself: its complement is coded
//! with its own actors.

pub mod codebook;
mod dates;
pub mod export;
pub mod lemma;
pub mod patterns;

pub use export::{csv_rows, gdelt_rows, CSV_HEADER};

use eventwire_kb::KnowledgeBase;
use eventwire_model::{Actor, Document, EntityType, Event, Location, Sentence, Span};
use patterns::{Dictionary, Pattern, Slot};

/// Verbs whose xcomp is a plan or wish, not an act: what they govern is hypothetical (as
/// is what [`INTENTION_WORDS`] govern).
pub(crate) const CONTROL_VERBS: &[&str] = &[
    "try",
    "expect",
    "consider",
    "mull",
    "propose",
    "attempt",
    "need",
    "prefer",
    "like",
    "plot",
    "scheme",
    "weigh",
    "mean",
    "set",
    "be",
    "seem",
    "appear",
    "decide",
    "continue",
    "begin",
    "start",
    "have",
    "unwilling",
];

/// Nouns that name an act, so that judging one judges whoever did it ("a move Somalia
/// condemned").
const ACT_NOUNS: &[&str] = &[
    "move",
    "decision",
    "step",
    "verdict",
    "ruling",
    "sentence",
    "action",
    "measure",
    "attack",
    "strike",
    "raid",
    "recognition",
    "deployment",
    "expulsion",
    "ban",
    "veto",
    "operation",
    "deportation",
    "sanction",
    "detention",
    "arrest",
    "visit",
    "announcement",
    "remark",
    "statement",
    "comment",
    "policy",
    "warning",
    "threat",
    "gesture",
    "suspension",
    "closure",
    "withdrawal",
    "crackdown",
    // acts of force and of the courts, judged after the sentence that reported them
    "drill",
    "exercise",
    "manoeuvre",
    "maneuver",
    "test",
    "launch",
    "seizure",
    "conviction",
    "blockade",
    "embargo",
    "tariff",
    "execution",
    "killing",
    "shooting",
    "bombing",
    "shelling",
    "incursion",
    "offensive",
    "invasion",
    "annexation",
    "takeover",
    "curfew",
    "order",
    "restriction",
    "purge",
    "dismissal",
    "eviction",
    "demolition",
];

/// Nouns that name what a body or a crowd did, judged after the sentence that reported it
/// ("The health minister called the walkout illegal", "Moscow called the law
/// discriminatory"): act nouns only for a judgement, not for a deal signed or a ceremony
/// hosted.
const JUDGED_ACT_NOUNS: &[&str] = &[
    "walkout",
    "recall",
    "text",
    "boycott",
    "protest",
    "ceremony",
    "appointment",
    "law",
    "bill",
    "decree",
    "resolution",
    "vote",
    "referendum",
];

/// What a party may say it will do for or with another that states an intent to
/// cooperate (030) when the dictionary codes no act for the verb: help, give, open, resume
/// ("said it would restore a military agreement with North Korea").
const COOPERATIVE_VERBS: &[&str] = &[
    "restore",
    "give",
    "provide",
    "send",
    "supply",
    "help",
    "support",
    "join",
    "accept",
    "allow",
    "let",
    "open",
    "reopen",
    "resume",
    "pay",
    "fund",
    "finance",
    "deliver",
    "pull",
    "withdraw",
    "return",
    "cooperate",
    "work",
    "host",
    "invite",
    "respect",
    "honour",
    "honor",
    "implement",
    "build",
    "invest",
    "train",
    "share",
    "buy",
    "grant",
    "extend",
    "renew",
    "recognise",
    "recognize",
    "establish",
    "expand",
    "increase",
    "boost",
    "strengthen",
    "deepen",
    "back",
    "assist",
    "contribute",
    "donate",
    "welcome",
    "receive",
    "admit",
    "facilitate",
    "guarantee",
    "rebuild",
    "reconstruct",
    "cover",
    "forgive",
    "lend",
    "loan",
];

/// Verbs of saying: they code nothing themselves, but they date what they report.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "announce",
    "state",
    "add",
    "report",
    "claim",
    "note",
    "stress",
    "declare",
    "write",
    "tweet",
    "confirm",
    "insist",
    "explain",
    "argue",
    "reiterate",
    "assert",
    "allege",
    "testify",
    "suggest",
    "signal",
    "indicate",
    "believe",
    "think",
    "view",
    "describe",
];

const MODALS: &[&str] = &[
    "will", "would", "could", "may", "might", "should", "can", "must", "shall", "'ll", "wo", "ca",
    "ought",
];

/// Modals that state a plan or promise rather than a possibility.
/// Words of intention: an act they govern is planned, and cooperation so planned is the
/// intent code (04 → 036, 07 → 033x).
pub(crate) const INTENTION_WORDS: &[&str] = &[
    "plan",
    "intend",
    "want",
    "aim",
    "prepare",
    "hope",
    "seek",
    "wish",
    "willing",
    "ready",
    "prepared",
    "eager",
    "determined",
    "keen",
    // a timetable: "are scheduled to hold talks", "is due to visit"
    "schedule",
    "due",
];

/// Verbs of aspect: what they govern happens ("began shelling", "continued to fight").
const ASPECT_VERBS: &[&str] = &["begin", "start", "continue", "resume", "keep"];

const FUTURE_MODALS: &[&str] = &["will", "would", "shall", "'ll", "wo"];

/// Nouns that name a place, whose phrase can name the country ("a district of Kabul").
const PLACE_NOUNS: &[&str] = &[
    "city",
    "town",
    "village",
    "province",
    "region",
    "area",
    "district",
    "capital",
    "sector",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "state",
    "part",
    "outskirts",
    "centre",
    "center",
    "border",
    "camp",
    "port",
    "enclave",
    "zone",
    "territory",
    "county",
    "governorate",
    "coast",
    "north",
    "south",
    "east",
    "west",
    "heart",
    "street",
    "square",
    "base",
    "jail",
    "prison",
    "airport",
];

/// Adds the `events` layer to a document that has tokens with a parse, entities,
/// quotes and timexes. Without a parse it adds nothing.
pub fn code(doc: &mut Document) {
    code_with(doc, KnowledgeBase::builtin());
}

/// [`code`] with a given knowledge base.
pub fn code_with(doc: &mut Document, kb: &KnowledgeBase) {
    code_with_dictionary(doc, kb, patterns::builtin());
}

/// [`code`] with a given knowledge base and verb-pattern dictionary (the user's own,
/// read with [`patterns::parse`]).
pub fn code_with_dictionary(doc: &mut Document, kb: &KnowledgeBase, dict: &Dictionary) {
    if doc.tokens.iter().all(|t| t.deprel.is_none()) {
        doc.events.clear();
        return;
    }
    let events = {
        let mut c = Coder::new(doc, kb, dict);
        c.story_date = c.lead_date();
        c.dateline_country = c.find_dateline_country();
        c.run()
    };
    doc.events = events;
}

/// One argument resolved to an actor.
#[derive(Debug, Clone)]
struct Arg {
    actor: Actor,
    /// Tokens of the phrase (for the evidence span).
    lo: usize,
    hi: usize,
}

struct Coder<'a> {
    doc: &'a Document,
    kb: &'a KnowledgeBase,
    dict: &'a Dictionary,
    children: Vec<Vec<usize>>,
    lower: Vec<String>,
    sent_of: Vec<usize>,
    /// (entity, mention) covering each token.
    mention_at: Vec<Option<(usize, usize)>>,
    lemmas: Vec<String>,
    /// A headline's present-tense verb that the tagger took for a plural noun ("Turkey
    /// bombs Kurdish militants", "Niger orders French troops to leave").
    headline_verb: Vec<bool>,
    reference: Option<chrono::NaiveDate>,
    reference_inferred: bool,
    /// The country the story is most about, for actors that name none.
    doc_country: Option<String>,
    /// Tokens inside a time expression of the time stage.
    in_timex: Vec<bool>,
    /// [`Coder::noun_keys`] per token, filled on first use: every dictionary line with an
    /// `obj=`, `obl=` or `subj=` asks for them again.
    noun_keys_cache: Vec<std::cell::OnceCell<Vec<String>>>,
    /// Countries by mentions, for statements aimed at the story's other party.
    story_countries: Vec<(String, usize)>,
    /// The day the lead dates the news ("on Tuesday"), for past acts that state none.
    story_date: Option<String>,
    /// The country of the dateline ("HANOI, Vietnam (AP) —"): where unnamed officials
    /// met by a visitor belong.
    dateline_country: Option<String>,
    /// A to-infinitive the parser hung as an adverbial clause on a verb that takes one as
    /// its complement ("threatened on Sunday to block WhatsApp"): read as `xcomp`.
    complement: Vec<bool>,
    /// Calls of [`Coder::actor`] under way: parties that name each other ("dozens of them",
    /// "them" standing for the dozens) must not recurse without end, and a stack overflow
    /// would end the whole run, not just one record.
    actor_depth: std::cell::Cell<u32>,
}

impl<'a> Coder<'a> {
    fn new(doc: &'a Document, kb: &'a KnowledgeBase, dict: &'a Dictionary) -> Coder<'a> {
        let n = doc.tokens.len();
        let mut children = vec![Vec::new(); n];
        for (i, t) in doc.tokens.iter().enumerate() {
            if let Some(h) = t.head {
                if h < n && h != i {
                    children[h].push(i);
                }
            }
        }
        let lower: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| doc.text[t.span.range()].to_lowercase().replace('’', "'"))
            .collect();
        let mut sent_of = vec![0; n];
        for (si, s) in doc.sentences.iter().enumerate() {
            for x in sent_of.iter_mut().take(s.tokens.1.min(n)).skip(s.tokens.0) {
                *x = si;
            }
        }
        let mut mention_at = vec![None; n];
        for (ei, e) in doc.entities.iter().enumerate() {
            for (mi, m) in e.mentions.iter().enumerate() {
                let first = doc.tokens.partition_point(|t| t.span.end <= m.span.start);
                for (ti, t) in doc.tokens.iter().enumerate().skip(first) {
                    if t.span.start >= m.span.end {
                        break;
                    }
                    if mention_at[ti].is_none() {
                        mention_at[ti] = Some((ei, mi));
                    }
                }
            }
        }
        // once per document: the time stage scans the text when there is no publication date
        let reference = dates::reference_date(doc);
        let lemmas = doc
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let w = &doc.text[t.span.range()];
                match t.upos.as_deref() {
                    Some("VERB") | Some("AUX") => lemma::verb(w, &dict.lemmas),
                    Some("NOUN") | Some("PROPN") => lemma::noun(w),
                    _ => {
                        if t.xpos.as_deref().is_some_and(|x| x.starts_with("VB")) {
                            lemma::verb(w, &dict.lemmas)
                        } else {
                            lower[i].clone()
                        }
                    }
                }
            })
            .collect::<Vec<String>>();
        // a sentence whose root is a plural noun spelt like a dictionary verb, to which the
        // parser gave an object and a subject: the headline's verb
        let mut lemmas = lemmas;
        let mut headline_verb = vec![false; n];
        for sent in &doc.sentences {
            let (a, b) = (sent.tokens.0, sent.tokens.1.min(n));
            let Some(r) = (a..b).find(|&t| doc.tokens[t].head.is_none()) else {
                continue;
            };
            let verb = lemma::verb(&lower[r], &dict.lemmas);
            let has = |rel: &str| {
                children[r].iter().any(|&c| {
                    doc.tokens[c]
                        .deprel
                        .as_deref()
                        .is_some_and(|d| d.starts_with(rel))
                })
            };
            if doc.tokens[r].xpos.as_deref() == Some("NNS")
                && lower[r].ends_with('s')
                && verb != lower[r]
                && dict.by_verb.contains_key(&verb)
                && has("obj")
                && (has("nsubj") || has("compound"))
            {
                headline_verb[r] = true;
                lemmas[r] = verb;
            }
        }
        // "threatened on Sunday to block": a time between the verb and its infinitive
        // makes the parser read the infinitive as a purpose clause
        let mut complement = vec![false; n];
        for (i, t) in doc.tokens.iter().enumerate() {
            let Some(h) = t.head.filter(|&h| h < n) else {
                continue;
            };
            let rel = |x: usize| doc.tokens[x].deprel.as_deref().unwrap_or("");
            complement[i] = rel(i) == "advcl"
                && doc.tokens[i].xpos.as_deref() == Some("VB")
                && SUBJECT_CONTROL.contains(&lemmas[h].as_str())
                && children[i]
                    .iter()
                    .any(|&c| c < i && lower[c] == "to" && rel(c) == "mark")
                && !children[h].iter().any(|&c| rel(c) == "xcomp");
        }
        // the country the story is most about comes first
        let story_countries = Coder::story_countries(doc, kb);
        let mut in_timex = vec![false; n];
        for x in &doc.timexes {
            let first = doc.tokens.partition_point(|t| t.span.end <= x.span.start);
            for (i, t) in doc.tokens.iter().enumerate().skip(first) {
                if t.span.start >= x.span.end {
                    break;
                }
                in_timex[i] = true;
            }
        }
        // times with nothing to count from (no publication date) are times all the same
        if doc.timexes.is_empty() {
            for (a, b) in eventwire_time::time_phrases(doc) {
                in_timex[a..b.min(n)].iter_mut().for_each(|x| *x = true);
            }
        }
        Coder {
            doc,
            kb,
            dict,
            children,
            lower,
            sent_of,
            mention_at,
            lemmas,
            headline_verb,
            reference: reference.map(|r| r.0),
            reference_inferred: reference.is_some_and(|r| r.1),
            doc_country: story_countries.first().map(|c| c.0.clone()),
            story_countries,
            in_timex,
            noun_keys_cache: vec![std::cell::OnceCell::new(); n],
            story_date: None,
            dateline_country: None,
            complement,
            actor_depth: std::cell::Cell::new(0),
        }
    }

    /// The country of a dateline that opens the text: capitals, then a dash within a
    /// dozen tokens ("HANOI, Vietnam (AP) —", "MOSCOW (Reuters) -").
    fn find_dateline_country(&self) -> Option<String> {
        let s = self.doc.sentences.first()?;
        let end = s.tokens.1.min(s.tokens.0 + 12);
        let w0 = &self.doc.text[self.doc.tokens.get(s.tokens.0)?.span.range()];
        if w0.chars().filter(|c| c.is_alphabetic()).count() < 3
            || !w0.chars().next().is_some_and(char::is_uppercase)
        {
            return None;
        }
        let dash = (s.tokens.0..end)
            .find(|&t| matches!(self.lower[t].as_str(), "—" | "--" | "–" | "-"))?;
        // in ordinary case ("Indianapolis – Several thousand teachers ..."), only a place
        // right before the dash
        if w0.chars().any(|c| c.is_lowercase())
            && (dash > s.tokens.0 + 3
                || !(s.tokens.0..dash).any(|t| {
                    self.mention_at[t]
                        .is_some_and(|(e, _)| self.doc.entities[e].kind == EntityType::LOC)
                }))
        {
            return None;
        }
        let toks: Vec<usize> = (s.tokens.0..dash).collect();
        self.country_in_tokens(&toks, None).or_else(|| {
            let mut name = w0.to_lowercase();
            if let Some(f) = name.get(..1) {
                name = f.to_uppercase() + &name[1..];
            }
            self.kb.lookup(&name).iter().find_map(|e| e.country.clone())
        })
    }

    /// The sentence of a token; the whole text when the document has no sentence layer (a
    /// document built by hand), so no lookup can panic.
    fn sentence(&self, t: usize) -> Sentence {
        self.doc
            .sentences
            .get(self.sent_of[t])
            .copied()
            .unwrap_or(Sentence {
                span: Span::new(0, self.doc.text.len()),
                tokens: (0, self.doc.tokens.len()),
            })
    }

    fn rel(&self, i: usize) -> &str {
        if self.complement[i] {
            return "xcomp";
        }
        self.doc.tokens[i].deprel.as_deref().unwrap_or("")
    }

    fn base_rel(&self, i: usize) -> &str {
        let r = self.rel(i);
        r.split(':').next().unwrap_or(r)
    }

    fn upos(&self, i: usize) -> &str {
        self.doc.tokens[i].upos.as_deref().unwrap_or("")
    }

    fn xpos(&self, i: usize) -> &str {
        self.doc.tokens[i].xpos.as_deref().unwrap_or("")
    }

    fn head(&self, i: usize) -> Option<usize> {
        self.doc.tokens[i].head
    }

    fn kids<'s>(&'s self, i: usize, rel: &'s str) -> impl Iterator<Item = usize> + 's {
        self.children[i].iter().copied().filter(move |&c| {
            let r = self.rel(c);
            r == rel || (r.starts_with(rel) && r.as_bytes().get(rel.len()) == Some(&b':'))
        })
    }

    fn kid(&self, i: usize, rel: &str) -> Option<usize> {
        self.kids(i, rel).next()
    }

    /// The preposition of an oblique or nominal modifier ("on" in "on Syria").
    fn case_of(&self, i: usize) -> Option<&str> {
        let is_case = |c: usize| self.rel(c) == "case" || self.rel(c) == "mark";
        // ("handed the rifles *over to* the army": a verb's particle before the preposition)
        let particle = |c: usize| {
            matches!(
                self.lower[c].as_str(),
                "over" | "back" | "out" | "down" | "off"
            ) && self.lower.get(c + 1).is_some_and(|n| n == "to")
                && self.children[i].contains(&(c + 1))
        };
        self.children[i]
            .iter()
            .copied()
            .find(|&c| is_case(c) && !particle(c))
            .or_else(|| {
                // "to [five] officers": the parser hung the preposition on a modifier
                self.children[i]
                    .iter()
                    .copied()
                    .filter(|&c| {
                        c < i && matches!(self.rel(c), "nummod" | "det" | "amod" | "compound")
                    })
                    .find_map(|c| self.children[c].iter().copied().find(|&x| is_case(x)))
            })
            .or_else(|| {
                // "complained ... over two Israeli air raids": before a number, "over" and
                // "about" are read as "more than" and "nearly" and hung on the number; on
                // an oblique they are the preposition
                (self.rel(i) == "obl")
                    .then(|| self.kids(i, "nummod").find(|&c| c < i))
                    .flatten()
                    .and_then(|c| {
                        self.kids(c, "advmod").find(|&a| {
                            a + 1 == c && matches!(self.lower[a].as_str(), "over" | "about")
                        })
                    })
            })
            .map(|c| self.lower[c].as_str())
    }

    fn is_verbal(&self, i: usize) -> bool {
        self.upos(i) == "VERB"
            || (self.xpos(i).starts_with("VB") && self.upos(i) != "AUX")
            || self.headline_verb[i]
    }

    /// The particle of a phrasal verb ("over" in "hand over"), also when the parser read
    /// it as the preposition of the next noun ("hand [over Assad]").
    fn particle(&self, v: usize) -> Option<&str> {
        // whether the dictionary knows the verb with this word as its particle
        let phrasal = |w: &str| {
            self.dict
                .lemmas
                .contains(&format!("{}_{}", self.lemmas[v], w))
        };
        let as_case = self.children[v]
            .iter()
            .copied()
            .filter(|&c| matches!(self.base_rel(c), "obl" | "obj"))
            .find_map(|o| {
                self.children[o]
                    .iter()
                    .copied()
                    .find(|&c| c == v + 1 && self.rel(c) == "case" && phrasal(&self.lower[c]))
            });
        if let Some(c) = as_case {
            return Some(self.lower[c].as_str());
        }
        // "handed their rifles and grenade launchers *over* to the army": the particle read as
        // a second preposition of the phrase after the object
        let split = self.children[v]
            .iter()
            .filter(|&&o| o > v && self.base_rel(o) == "obl")
            .flat_map(|&o| self.children[o].iter().copied())
            .find(|&c| {
                matches!(
                    self.lower[c].as_str(),
                    "over" | "back" | "out" | "down" | "off"
                ) && self.rel(c) == "case"
                    && self.lower.get(c + 1).is_some_and(|n| n == "to")
                    && phrasal(&self.lower[c])
            });
        if let Some(c) = split {
            return Some(self.lower[c].as_str());
        }
        // "shot dead a politician", "shot dead two police officers": the result read as a
        // complement or as the object's adjective
        let next = v + 1;
        if next < self.lower.len()
            && self.lower[next] == "dead"
            && matches!(self.base_rel(next), "xcomp" | "amod" | "advmod")
            && phrasal("dead")
        {
            return Some("dead");
        }
        // "handed over 700 kg of medicine": the particle hung as a modifier of the object
        if next < self.lower.len()
            && self.rel(next) == "advmod"
            && std::iter::successors(self.head(next), |&h| self.head(h))
                .take(3)
                .any(|h| h == v)
            // ("brushed *aside* opposition demands")
            && matches!(
                self.lower[next].as_str(),
                "down" | "out" | "over" | "off" | "up" | "back" | "in" | "aside" | "away"
            )
            && phrasal(&self.lower[next])
        {
            return Some(self.lower[next].as_str());
        }
        self.children[v]
            .iter()
            .copied()
            .find(|&c| {
                self.rel(c) == "compound:prt"
                    || (self.rel(c) == "advmod"
                        && c > v
                        && matches!(
                            self.lower[c].as_str(),
                            "down" | "out" | "over" | "off" | "up" | "back" | "in"
                        ))
            })
            .map(|c| self.lower[c].as_str())
    }

    /// Verb lemma keys to look up, most specific first.
    fn verb_keys(&self, v: usize) -> Vec<String> {
        let l = &self.lemmas[v];
        let mut out = Vec::new();
        if let Some(p) = self.particle(v) {
            let k = format!("{l}_{p}");
            if self.dict.lemmas.contains(&k) {
                out.push(k);
            }
        }
        // a verb and its object that a complement of the dictionary names as one ("urged
        // them to hold their fire"; triggers name their objects with obj=)
        if let Some(o) = self.kid(v, "obj") {
            let k = format!("{l}_{}", self.lemmas[o]);
            if self.dict.lemmas.contains(&k) && !self.dict.by_verb.contains_key(&k) {
                out.push(k);
            }
        }
        out.push(l.clone());
        out
    }

    /// Noun keys of a token: its lemma and its compound/amod + lemma ("tear_gas").
    fn noun_keys(&self, i: usize) -> &[String] {
        if let Some(keys) = self.noun_keys_cache[i].get() {
            return keys;
        }
        // (computed outside the cell: the pronoun case may come back here for another
        // token)
        let keys = self.noun_keys_uncached(i);
        let _ = self.noun_keys_cache[i].set(keys);
        self.noun_keys_cache[i].get().map_or(&[], Vec::as_slice)
    }

    fn noun_keys_uncached(&self, i: usize) -> Vec<String> {
        let l = self.lemmas[i].clone();
        let mut out = vec![l.clone()];
        // other readings of a plural ("caches" → cache, "gases" → gas), and the word as
        // written where a verb's lemma was given ("returned ancestral remains/VBZ")
        let w = &self.lower[i];
        let as_verb = self.xpos(i).starts_with("VB");
        for alt in [
            w.strip_suffix('s'),
            w.strip_suffix("es"),
            Some(w.as_str()).filter(|_| as_verb),
        ]
        .into_iter()
        .flatten()
        {
            if alt.len() > 2 && !out.iter().any(|o| o == alt) {
                out.push(alt.to_string());
            }
        }
        out.extend(self.noun_keys_plain(i).into_iter().skip(1));
        // a hyphenated noun the tokeniser split ("sit - in" written "sit-in")
        if i >= 2 && self.lower[i - 1] == "-" {
            let tok = |t: usize| self.doc.tokens[t].span.range();
            if tok(i - 2).end == tok(i - 1).start && tok(i - 1).end == tok(i).start {
                out.push(format!("{}-{}", self.lower[i - 2], l));
            }
        }
        if self.rel(i) == "compound" {
            if let Some(h) = self.head(i) {
                out.push(format!("{}_{}", l, self.lemmas[h]));
            }
        }
        // a quantity or a part names its stuff after "of": "700 kg of medicine", "part of a
        // military aid programme", "shipments of weapons"
        // (and a number of people: "two of its drivers")
        if PARTITIVES.contains(&l.as_str()) || self.upos(i) == "NUM" {
            if let Some(o) = self
                .kids(i, "nmod")
                .find(|&o| o > i && self.case_of(o) == Some("of"))
            {
                let inner = self.noun_keys_plain(o);
                out.extend(inner);
            }
            // and before it: "a military aid package", "an arms shipment"
            for c in self
                .kids(i, "compound")
                .filter(|&c| c < i)
                .collect::<Vec<_>>()
            {
                out.extend(self.noun_keys_plain(c));
            }
        }
        // a relative pronoun is the noun its clause describes: "two of its drivers, *who*
        // were seized by gunmen"
        if matches!(self.lower[i].as_str(), "who" | "which" | "that")
            && matches!(self.rel(i), "nsubj:pass" | "obj")
        {
            if let Some(n) = self
                .head(i)
                .filter(|&h| self.rel(h) == "acl:relcl")
                .and_then(|h| self.head(h))
                .filter(|&n| n < i)
            {
                out.extend(self.noun_keys(n).iter().cloned());
            }
        }
        // a pronoun object is what it stands for: "accused two Russian diplomats of spying
        // and ordered *them* to leave"
        if self.lower[i] == "them" && matches!(self.rel(i), "obj" | "iobj") {
            if let Some((_, t)) = self.antecedent(i).filter(|&(_, t)| t != i) {
                if self.upos(t) == "NOUN" {
                    out.extend(self.noun_keys_plain(t));
                }
            }
        }
        out
    }

    /// The lemma and its compound and adjective + noun keys ("hunger_strike"), without
    /// plural readings or partitives.
    fn noun_keys_plain(&self, i: usize) -> Vec<String> {
        let l = self.lemmas[i].clone();
        let mut out = vec![l.clone()];
        for c in &self.children[i] {
            if matches!(self.rel(*c), "compound" | "amod") {
                out.push(format!("{}_{}", self.lemmas[*c], l));
            }
        }
        out
    }

    /// Whether `v`, coordinated with `h` after ", and", goes back to the main verb: `h`
    /// is what a speech participle reports ("saying Tehran had ...") and `v` is a past
    /// tense with no subject of its own, like the main verb the participle hangs on.
    fn resumes_main_verb(&self, v: usize, h: usize) -> bool {
        let Some(say) = self.head(h).filter(|_| self.base_rel(h) == "ccomp") else {
            return false;
        };
        let comma_and = v >= 2 && self.lower[v - 1] == "and" && self.lower[v - 2] == ",";
        comma_and
            && self.xpos(v) == "VBD"
            && self.kid(v, "nsubj").is_none()
            && self.xpos(say) == "VBG"
            && self.base_rel(say) == "advcl"
            && matches!(
                self.lemmas[say].as_str(),
                "say" | "add" | "argue" | "insist" | "claim" | "note" | "stress"
            )
            && self
                .head(say)
                .is_some_and(|m| self.xpos(m) == "VBD" && m < say)
    }

    fn passive(&self, v: usize) -> bool {
        self.kid(v, "aux:pass").is_some()
            || (self.kid(v, "nsubj:pass").is_some()
                && self.xpos(v) == "VBN"
                && !self
                    .kids(v, "aux")
                    .any(|a| matches!(self.lemmas[a].as_str(), "have" | "has" | "had")))
            || self.passive_conjunct(v).is_some()
    }

    /// "20 people were killed or *wounded*": a participle coordinated with a passive verb,
    /// with no subject or auxiliary of its own, is passive too; returns that verb.
    fn passive_conjunct(&self, v: usize) -> Option<usize> {
        if self.rel(v) != "conj" || self.xpos(v) != "VBN" {
            return None;
        }
        if self.children[v]
            .iter()
            .any(|&c| matches!(self.rel(c), "nsubj" | "nsubj:pass" | "aux" | "aux:pass"))
        {
            return None;
        }
        self.head(v).filter(|&h| {
            self.xpos(h) == "VBN"
                && self.kid(h, "aux:pass").is_some()
                && self.kid(h, "nsubj:pass").is_some()
        })
    }

    /// "Israel is opposed to French mediation": a state of the subject, read as a passive;
    /// what it is opposed to.
    fn opposed_to(&self, v: usize) -> Option<usize> {
        if self.lemmas[v] != "oppose" || !self.passive(v) {
            return None;
        }
        if self.agent(v).is_some() {
            return None;
        }
        self.kids(v, "obl").find(|&o| self.case_of(o) == Some("to"))
    }

    /// "Serb forces were engaged in ethnic cleansing", "Vietnam is committed to reform": a
    /// passive form that states what its subject does, with nobody else acting.
    fn stative_passive(&self, v: usize) -> bool {
        matches!(
            self.lemmas[v].as_str(),
            "engage" | "involve" | "commit" | "dedicate" | "pledge"
        ) && self.passive(v)
            && self.agent(v).is_none()
    }

    /// The "by" phrase of a passive (or what the parser labelled its agent).
    fn agent(&self, v: usize) -> Option<usize> {
        // (a passive participle coordinated after another shares its agent)
        let by = |x: usize| {
            self.kids(x, "obl")
                .find(|&o| self.rel(o) == "obl:agent" || self.case_of(o) == Some("by"))
        };
        by(v).or_else(|| by(self.passive_conjunct(v)?))
    }

    /// The phrase a time word heads when the parser made the time the subject or object
    /// ("India's prime minister today rejected", "reiterated its demand today"): its
    /// apposition or compound that is no time itself. None for other words.
    fn under_time_word(&self, t: usize) -> Option<usize> {
        if !self.in_timex[t] {
            return None;
        }
        // the compound nearest the time word heads the name ("The UK Prime Minister Boris
        // Johnson today signed": Johnson, not UK)
        self.kids(t, "appos")
            .find(|&a| !self.in_timex[a])
            .or_else(|| {
                self.kids(t, "compound")
                    .filter(|&a| !self.in_timex[a])
                    .last()
            })
    }

    /// The direct object (the passive subject of a passive verb).
    fn object(&self, v: usize) -> Option<usize> {
        if let Some(o) = self.opposed_to(v) {
            return Some(o);
        }
        // "calling them a form of unilateral bullying": what is named is the first object
        if let Some((named, _)) = self.named_and_name(v) {
            return Some(named);
        }
        // "told U.N. peacekeepers to leave": the party told what to do, read as the
        // indirect object of a verb with no object of its own
        if self.kid(v, "obj").is_none()
            && self.kid(v, "xcomp").is_some()
            && DIRECTIVES.contains(&self.lemmas[v].as_str())
        {
            if let Some(i) = self.kid(v, "iobj").filter(|&i| i > v) {
                return Some(i);
            }
        }
        // the subject of a stative passive acts: what it is engaged in is the object
        if self.stative_passive(v) {
            return self
                .kids(v, "obl")
                .find(|&o| matches!(self.case_of(o), Some("in" | "to")));
        }
        // "Greenpeace activists detained by Dutch police": the noun a participle of force
        // or release with an agent describes is what was done to (not "forces backed by
        // Russian jets": a description)
        let done_to = self.rel(v) == "acl"
            && self.xpos(v) == "VBN"
            && self.agent(v).is_some()
            && matches!(
                self.lemmas[v].as_str(),
                "detain"
                    | "arrest"
                    | "jail"
                    | "imprison"
                    | "free"
                    | "release"
                    | "expel"
                    | "deport"
                    | "kill"
                    | "wound"
                    | "injure"
                    | "abduct"
                    | "kidnap"
                    | "capture"
                    | "torture"
                    | "beat"
                    | "shoot"
                    | "sentence"
                    | "convict"
                    | "attack"
                    | "bomb"
                    | "shell"
                    | "bombard"
                    | "seize"
                    // "a Malaysian fishing boat impounded by the Thai navy"
                    | "impound"
                    | "confiscate"
                    | "hijack"
                    | "sink"
                    | "storm"
                    | "loot"
                    | "torch"
            );
        // (but talks a party brokered between others that met are its mediation: "met in
        // Doha in talks brokered by Qatar's emir")
        let mediated = self.rel(v) == "acl"
            && self.agent(v).is_some()
            && matches!(self.lemmas[v].as_str(), "broker" | "mediate")
            && self.mediated_parties(v).is_some();
        if self.passive(v) || done_to || mediated {
            self.kid(v, "nsubj:pass")
                .or_else(|| {
                    self.passive_conjunct(v)
                        .and_then(|h| self.kid(h, "nsubj:pass"))
                })
                .or_else(|| self.kid(v, "obj"))
                .or_else(|| self.passive_head(v))
        } else {
            self.kid(v, "obj")
                // "retreated southwards": a direction the tagger took for a noun is no object
                .filter(|&o| {
                    !matches!(
                        self.lower[o].as_str(),
                        "southwards"
                            | "northwards"
                            | "eastwards"
                            | "westwards"
                            | "southward"
                            | "northward"
                            | "eastward"
                            | "westward"
                            | "inland"
                            | "homeward"
                            | "homewards"
                            | "backwards"
                            | "overseas"
                            | "abroad"
                    )
                })
                // "reiterated its demand today": the time word read as the object
                .map(|o| self.under_time_word(o).unwrap_or(o))
                .or_else(|| {
                    // "The Saudi-led coalition carried out air strikes": an object the
                    // parser called the agent of a participle, with no "by"
                    self.kids(v, "obl")
                        .find(|&o| self.rel(o) == "obl:agent" && self.case_of(o).is_none())
                })
                .or_else(|| {
                    // "kidnapped [up to 16] advisers": the quantity's "up" read as a particle
                    // and its "to" as a preposition
                    self.kids(v, "obl").find(|&o| {
                        self.case_of(o) == Some("to")
                            && self.kids(o, "nummod").next().is_some()
                            && (v + 1..o).any(|u| {
                                self.lower[u] == "up"
                                    && self.lower.get(u + 1).is_some_and(|w| w == "to")
                            })
                    })
                })
                .or_else(|| {
                    // "carried [out strikes]": the particle read as a preposition
                    self.kids(v, "obl").find(|&o| {
                        self.children[o]
                            .iter()
                            .any(|&c| c == v + 1 && self.rel(c) == "case")
                            && self.particle(v).is_some_and(|p| self.lower[v + 1] == p)
                    })
                })
                .or_else(|| {
                    // "X today rejected accusation that ...", "police have laid siege": a
                    // finite verb or perfect the parser read as a modifier of the noun right
                    // after it, its object
                    let h = self.head(v)?;
                    (self.base_rel(v) == "amod"
                        && h == v + 1
                        && matches!(self.xpos(v), "VBD" | "VBN")
                        && !self.attributive(v)
                        && self.kid(v, "nsubj").is_none()
                        && (self.left_subject(v).is_some() || self.after_have(v).is_some()))
                    .then_some(h)
                })
                .or_else(|| {
                    // "shot and wounded dozens of protesters": of two verbs joined right
                    // next to each other, the first shares the second's object
                    let c = v + 2;
                    (matches!(self.lower.get(v + 1).map(String::as_str), Some("and" | "or"))
                        && self.head(c) == Some(v)
                        && self.rel(c) == "conj"
                        && self.xpos(c) == self.xpos(v)
                        && self.children[v].iter().all(|&k| {
                            k == c || matches!(self.rel(k), "nsubj" | "aux" | "punct")
                        }))
                    .then_some(())?;
                    self.kid(c, "obj")
                })
                .or_else(|| {
                    // "an accusation Kyiv rejected as a lie": a relative clause with no
                    // relative word has the noun it modifies as its object
                    let h = self.head(v)?;
                    (matches!(self.rel(v), "acl:relcl")
                        || (self.rel(v) == "acl" && self.xpos(v) == "VBD"))
                        .then_some(())?;
                    // (not a sayer after a comma: "120 million euros in aid to Sudan,
                    // European Commissioner Hadja Lahbib announced")
                    (h < v
                        && (h..v).all(|t| self.upos(t) != "PUNCT")
                        && !self.in_timex[h]
                        && self.upos(h) == "NOUN"
                        && self.kid(v, "nsubj").is_some_and(|s| h < s)
                        // (a clause with a conjunction is none: "a situation as residents
                        // took to the streets")
                        && self.kid(v, "mark").is_none()
                        && !self.children[v]
                            .iter()
                            .any(|&c| matches!(self.xpos(c), "WDT" | "WP") || self.lower[c] == "that"))
                        .then_some(h)
                })
                .or_else(|| {
                    // "..., a verdict Warsaw condemned": the noun the clause judges read as a
                    // second subject before the real one
                    let subjects: Vec<usize> = self.kids(v, "nsubj").collect();
                    match subjects[..] {
                        [n, s] if n < s
                            && s < v
                            && self.upos(n) == "NOUN"
                            && self.actor(s).is_some_and(|a| a.actor.code.is_some()) =>
                        {
                            Some(n)
                        }
                        _ => None,
                    }
                })
                .or_else(|| {
                    // "accused Finance Minister X of steering a contract": the accused read
                    // as the subject of the of-clause
                    self.kids(v, "advcl")
                        .chain(self.kids(v, "ccomp"))
                        .filter(|&c| self.kids(c, "mark").any(|m| self.lower[m] == "of"))
                        .find_map(|c| self.kid(c, "nsubj").filter(|&n| v < n && n < c))
                })
        }
    }

    /// The noun a reduced passive participle modifies ("the village bombed by X"); a past
    /// form tagged as a tense counts when it has no subject or object and follows its noun
    /// ("a memorial to Algerians *killed/VBD* during the war", hung on the verb).
    fn passive_head(&self, v: usize) -> Option<usize> {
        if self.rel(v) != "acl" {
            return None;
        }
        if self.xpos(v) == "VBN" {
            return self.head(v);
        }
        (self.reduced_past(v)).then(|| v - 1)
    }

    /// A past form the parser hung as a clause modifier with no subject or object, right
    /// after a noun: a passive participle describing that noun, when the dictionary aims
    /// the verb at its object (only a transitive verb has a passive: "police responded with
    /// tear gas" and "clans ... agreed to a truce" stay the nouns' acts).
    fn reduced_past(&self, v: usize) -> bool {
        self.rel(v) == "acl"
            && self.xpos(v) == "VBD"
            && v > 0
            && matches!(self.xpos(v - 1), "NN" | "NNS" | "NNP" | "NNPS")
            && self.kid(v, "nsubj").is_none()
            && self.kid(v, "obj").is_none()
            && self.dict.by_verb.get(&self.lemmas[v]).is_some_and(|ps| {
                ps.iter()
                    .map(|&i| &self.dict.patterns[i])
                    .any(|p| p.xcomp.is_empty() && p.target.first() == Some(&Slot::Obj))
            })
    }

    /// The subject (agent) of a verb, climbing through control and coordination.
    fn subject(&self, v: usize, depth: usize) -> Option<usize> {
        if depth > 6 {
            return None;
        }
        if let Some(n) = self.verbless_predicate_subject(v) {
            return Some(n);
        }
        // "condemned what he called a campaign ..., and summoned France's ambassador": a
        // free relative's "what" after the first conjunct is no subject of the second
        if self.base_rel(v) == "conj" {
            if let Some(h) = self.head(v).filter(|&h| {
                self.kid(v, "nsubj").is_some_and(|s| {
                    h < s && s < v && matches!(self.lower[s].as_str(), "what" | "whatever")
                })
            }) {
                return self.subject(h, depth + 1);
            }
        }
        // "A day earlier, Kinshasa had severed ...": the subject hung on the auxiliary
        if self.kid(v, "nsubj").is_none() {
            if let Some(n) = self
                .kids(v, "aux")
                .find_map(|a| self.kid(a, "nsubj"))
                .filter(|&n| n < v)
            {
                return Some(n);
            }
        }
        // "Kenyan riot police today fired ...": the time word made the root, the subject
        // its compound
        if let Some(t) = self.head(v).filter(|&t| {
            t < v && self.in_timex[t] && self.head(t).is_none() && self.kid(v, "nsubj").is_none()
        }) {
            if let Some(c) = self.kids(t, "compound").filter(|&c| c < t).last() {
                return Some(c);
            }
        }
        // "Turkey bombs Kurdish militants": the headline's subject read as a compound
        if self.headline_verb[v] && self.kid(v, "nsubj").is_none() {
            return self.kids(v, "compound").filter(|&c| c < v).last();
        }
        // a finite verb the parser took for a modifier ("The government today welcomed ...");
        // a perfect's participle, the subject of its "have" ("police have laid siege")
        if self.base_rel(v) == "amod" && !self.attributive(v) {
            if let Some(h) = self.after_have(v) {
                return self.subject(h, depth + 1);
            }
            return self.left_subject(v);
        }
        // "issued a declaration demanding that ...": the declaration's author demands; "passed
        // a law restricting ...": the law's maker restricts
        if self.rel(v) == "acl" && self.xpos(v) == "VBG" && self.kid(v, "nsubj").is_none() {
            if let Some(n) = self.head(v).filter(|&n| {
                let law = LAW_NOUNS.contains(&self.lemmas[n].as_str());
                self.rel(n) == "obj"
                    && (matches!(
                        self.lemmas[n].as_str(),
                        "declaration"
                            | "statement"
                            | "letter"
                            | "resolution"
                            | "motion"
                            | "communique"
                            | "communiqué"
                            | "message"
                            | "note"
                            | "appeal"
                            | "report"
                            | "decree"
                            | "ultimatum"
                            | "warning"
                    ) || law)
                    // a law "calling for" something orders it: no appeal by its maker
                    && !(law
                        && matches!(
                            self.lemmas[v].as_str(),
                            "call" | "demand" | "urge" | "ask" | "request" | "seek" | "appeal"
                        ))
            }) {
                if let Some(g) = self.head(n) {
                    return self.subject(g, depth + 1);
                }
            }
        }
        if self.passive(v)
            || (self.rel(v) == "acl" && self.xpos(v) == "VBN" && self.kid(v, "nsubj").is_none())
            || self.reduced_past(v)
        {
            let agent = self.agent(v);
            // "Serb forces were engaged in ethnic cleansing": a state the subject is in, its
            // own act
            if agent.is_none() && (self.stative_passive(v) || self.opposed_to(v).is_some()) {
                return self.kid(v, "nsubj:pass");
            }
            return agent;
        }
        if self.rel(v) == "acl:relcl" {
            if let Some(s) = self.kid(v, "nsubj") {
                if matches!(self.lower[s].as_str(), "who" | "which" | "that") {
                    return self.head(v);
                }
            }
        }
        // two subjects when the parser split one phrase ("Human rights watchdog | Amnesty
        // International accused"): the one that names an actor, else the nearest
        // (not a place after a preposition the parser hung on the verb: "Protesters | in
        // Hong Kong threw ...")
        // (or a role noun the tagger took for an adjective: "Myanmar's military recaptured")
        let subjects: Vec<usize> = self
            .kids(v, "nsubj")
            .filter(|&s| {
                self.rel(s) == "nsubj"
                    && (matches!(self.upos(s), "NOUN" | "PROPN" | "PRON")
                        || (self.upos(s) == "ADJ" && self.role_of(s).is_some()))
            })
            .collect();
        let subjects: Vec<usize> = if subjects.len() > 1 {
            let placed = |s: usize| {
                s > 0
                    && self.head(s - 1) == Some(v)
                    && matches!(self.rel(s - 1), "mark" | "case")
                    && matches!(self.lower[s - 1].as_str(), "in" | "at" | "from" | "near")
            };
            // nor a day read as a second subject ("A roadside bombing ... on Sunday killed")
            let kept: Vec<usize> = subjects
                .iter()
                .copied()
                .filter(|&s| !placed(s) && !self.in_timex[s])
                .collect();
            if kept.is_empty() {
                subjects
            } else {
                kept
            }
        } else {
            subjects
        };
        if subjects.len() > 1 {
            if let Some(&s) = subjects
                .iter()
                .rev()
                .find(|&&s| self.mention_at[s].is_some() || self.role_of(s).is_some())
            {
                return Some(s);
            }
        }
        if let Some(s) = subjects.last().copied().or_else(|| self.kid(v, "nsubj")) {
            // "In an interview this weekend, President X said": a time read as the subject,
            // the name hung under it as an apposition; "India's prime minister today
            // rejected": as a compound
            if self.in_timex[s] {
                if let Some(a) = self.under_time_word(s) {
                    return Some(a);
                }
                // "Israeli troops today shot dead ...": the subject left as an oblique
                if let Some(l) = self.left_subject(v).filter(|&l| l < s) {
                    return Some(l);
                }
            }
            return Some(s);
        }
        // "it is willing to withdraw": the parser read the subject as an expletive
        if self.upos(v) == "ADJ" {
            if let Some(e) = self.kid(v, "expl") {
                return Some(e);
            }
        }
        if matches!(self.rel(v), "root" | "") || self.head(v).is_none() {
            return self.left_subject(v);
        }
        // "a day after police detained the mayor", "a day after U.S. forces seized a tanker",
        // "after a typhoon killed ...": a finite past verb the parser hung as a modifier,
        // complement or adverbial clause, its subject left as a noun of the phrase before it
        if self.xpos(v) == "VBD" && matches!(self.base_rel(v), "acl" | "ccomp" | "advcl") {
            if let Some(l) = self.left_subject(v).filter(|&l| {
                l + 1 == v || (l + 1..v).all(|t| matches!(self.rel(t), "compound" | "amod"))
            }) {
                return Some(l);
            }
            // (a noun that names no party: "after a typhoon killed ...", no act of anyone)
            if v > 0 && self.upos(v - 1) == "NOUN" && self.head(v - 1) != Some(v) {
                return Some(v - 1);
            }
        }
        // "Iran freed a French teacher, French President Emmanuel Macron said": the parser
        // hung the name on the clause before and the verb of saying on that clause's verb;
        // the name right before "said" is who said it
        if v > 0
            && matches!(self.lemmas[v].as_str(), "say" | "add" | "tell" | "announce")
            && matches!(self.base_rel(v), "conj" | "parataxis")
            && matches!(self.upos(v - 1), "PROPN" | "NOUN")
            && self.head(v - 1).is_some_and(|x| x < v)
            && (self.mention_at[v - 1].is_some() || self.role_of(v - 1).is_some())
        {
            return Some(v - 1);
        }
        // "X demanded that Rwanda pull its troops out, calling their presence ...": a
        // participle after a comma, hung on the reported verb, is the reporter's act
        if let Some(r) = self.reporters_verb(v) {
            return self.subject(r, depth + 1);
        }
        let h = self.head(v)?;
        match self.base_rel(v) {
            "xcomp" => {
                // object control: "asked Russia to hand over" → Russia; not "cancel plans
                // to sell" (the plans do not sell)
                if let Some(o) = self.kid(h, "obj").or_else(|| self.kid(h, "iobj")) {
                    if o < v
                        && (OBJECT_CONTROL.contains(&self.lemmas[h].as_str())
                            || self.is_pronoun(o)
                            || self.mention_at[o].is_some())
                    {
                        return Some(o);
                    }
                }
                // "called on X to ...", not "decided on Friday to ..."
                if let Some(o) = self
                    .kids(h, "obl")
                    .find(|&o| o < v && self.case_of(o) == Some("on") && !self.in_timex[o])
                {
                    return Some(o);
                }
                // a passive governor's subject controls the complement: "he is prepared to
                // lift the ban", "Russia was asked to hand over ..."
                if self.passive(h) {
                    if let Some(s) = self.kid(h, "nsubj:pass") {
                        return Some(s);
                    }
                }
                self.subject(h, depth + 1)
            }
            // a bare verb coordinated with a past one ("reiterated the position that
            // settlements ... present an obstacle and threaten ...") was hung on the wrong
            // verb: it does not share that verb's subject
            // (but a past the same as the base form is the past: "scrambled jets and *put*
            // its missile units on alert")
            "conj"
                if self.xpos(v) == "VB"
                    && self.xpos(h) == "VBD"
                    && self.kid(v, "aux").is_none()
                    && self.kid(v, "mark").is_none()
                    && !matches!(
                        self.lower[v].as_str(),
                        "put"
                            | "set"
                            | "cut"
                            | "hit"
                            | "shut"
                            | "let"
                            | "quit"
                            | "spread"
                            | "burst"
                            | "hurt"
                            | "split"
                            | "shed"
                            | "cast"
                            | "upset"
                    ) =>
            {
                None
            }
            // "has been indicted by the U.N. court ... and will resign": an active verb
            // coordinated with a passive one shares its subject, not its agent
            "conj"
                if self.passive(h) && !self.passive(v) && self.kid(h, "nsubj:pass").is_some() =>
            {
                self.kid(h, "nsubj:pass")
            }
            // "Russia defended Iran, saying Tehran had the right to ..., and accused the
            // United States": a past verb after ", and" coordinated with the verb of what a
            // participle says continues the sentence's own verb
            "conj" if self.is_verbal(h) && self.resumes_main_verb(v, h) => self
                .head(h)
                .and_then(|say| self.head(say))
                .and_then(|m| self.subject(m, depth + 1)),
            "conj" if self.is_verbal(h) => self.subject(h, depth + 1),
            // "The two states - Egypt and Jordan - also criticised ..." hung as parataxis
            "parataxis" if matches!(self.xpos(v), "VBD" | "VBN" | "VBZ") => {
                self.subject(h, depth + 1)
            }
            // "Vietnam is one of the critics ... and has accused Beijing"
            "conj" if self.kid(h, "cop").is_some() => self.subject(h, depth + 1),
            // a gerund used as a noun names an act of others: "closed its borders because
            // of fighting between Azerbaijanis and Armenians", "after fierce fighting"
            "advcl" if self.xpos(v) == "VBG" && self.nominal_gerund(v) => None,
            // "..., helped by a surge in arrivals": a passive participle's doer is its agent,
            // not the clause's subject
            "advcl" if self.xpos(v) == "VBN" && self.agent(v).is_some() => self.agent(v),
            "advcl" if matches!(self.xpos(v), "VBG" | "VBN") => self.subject(h, depth + 1),
            // "..., Macron said, thanking Oman": a participle after a comma, read as what
            // was said, is the sayer's own act
            "ccomp" if self.xpos(v) == "VBG" && v > 0 && self.lower[v - 1] == "," => {
                self.subject(h, depth + 1)
            }
            // a purpose clause shares its governor's subject: "police opened fire to
            // disperse the crowd"
            "advcl"
                if self.xpos(v) == "VB"
                    && self.kid(v, "mark").is_some_and(|mk| self.lower[mk] == "to") =>
            {
                self.subject(h, depth + 1)
            }
            // "blocked roads in the capital of Algiers demanding ...": a place demands nothing;
            // the participle is the clause's, whose subject acts
            "acl" if self.xpos(v) == "VBG" && self.is_town(h) => {
                let g = std::iter::successors(self.head(h), |&g| self.head(g))
                    .take(4)
                    .find(|&g| self.is_verbal(g))?;
                self.subject(g, depth + 1)
            }
            "acl" if self.xpos(v) == "VBG" => Some(h),
            _ => None,
        }
    }

    /// A town, city or district (named, or by its noun), not a country.
    fn is_town(&self, h: usize) -> bool {
        match self.mention_at[h] {
            Some((e, _)) => {
                self.doc.entities[e].kind == EntityType::LOC && !self.is_country_entity(e)
            }
            None => matches!(
                self.lemmas[h].as_str(),
                "city"
                    | "town"
                    | "capital"
                    | "village"
                    | "province"
                    | "region"
                    | "district"
                    | "square"
                    | "street"
            ),
        }
    }

    /// A gerund read as a noun: modified like one ("fierce fighting", "the fighting") or
    /// with its parties named by "between"/"among" ("fighting between A and B").
    fn nominal_gerund(&self, v: usize) -> bool {
        self.children[v].iter().any(|&c| {
            c < v
                && !self.in_timex[c]
                && (matches!(self.rel(c), "amod" | "det" | "nmod:poss")
                    || (self.rel(c) == "compound" && self.upos(c) == "NOUN"))
        }) || self
            .obliques(v)
            .any(|o| matches!(self.case_of(o), Some("between" | "among")))
    }

    /// The government of a country, as an actor no phrase names (the host of a visit, the
    /// party a protest or a statement is aimed at), evidenced by the verb.
    fn government_of(&self, k: &str, v: usize) -> Option<Arg> {
        self.state_actor(k, "GOV", "government", v)
    }

    /// The first country other than `own` the clause of `v` names outside its subject and
    /// its subordinate clauses: a place the knowledge base puts in a country ("in the
    /// waters off Kinmen"), a country ("the border with South Sudan") or its demonym
    /// ("along the Colombian border").
    fn country_of_the_scene(&self, v: usize, own: Option<&str>) -> Option<Actor> {
        // (not the circumstances: "after Chinese drills around the island")
        let clause = self.subtree(v, |_, c| {
            matches!(
                self.base_rel(c),
                "nsubj" | "csubj" | "advcl" | "ccomp" | "xcomp" | "conj" | "parataxis" | "punct"
            ) || self.rel(c) == "acl:relcl"
                || matches!(
                    self.case_of(c),
                    Some(
                        "after"
                            | "before"
                            | "following"
                            | "amid"
                            | "since"
                            | "despite"
                            | "over"
                            | "because"
                            | "during"
                    )
                )
        });
        clause.into_iter().filter(|&t| t != v).find_map(|t| {
            let (name, entity, code) = match self.mention_at[t] {
                Some((e, _)) if self.doc.entities[e].kind == EntityType::LOC => {
                    let ent = &self.doc.entities[e];
                    (ent.name.clone(), Some(ent.id.clone()), ent.country.clone()?)
                }
                _ if self.upos(t) == "ADJ" || self.xpos(t) == "NNP" => {
                    let word = &self.doc.text[self.doc.tokens[t].span.range()];
                    let c = self.kb.country_by_demonym(word)?;
                    (word.to_string(), None, c.code.clone())
                }
                _ => return None,
            };
            let foreign = Some(code.as_str()) != own;
            foreign.then_some(Actor {
                entity,
                name,
                code: Some(code),
            })
        })
    }

    /// A party named by one word and coded by the coder, not the knowledge base ("anyone"
    /// as XXXCVL, "protesters" as the protest's side).
    fn word_actor(&self, t: usize, code: String) -> Arg {
        Arg {
            actor: Actor {
                entity: None,
                name: self.doc.text[self.doc.tokens[t].span.range()].to_string(),
                code: Some(code),
            },
            lo: t,
            hi: t,
        }
    }

    /// An organ of a country's state that no phrase names ("government of Syria",
    /// "authorities of Lebanon"), evidenced by the token `at`.
    /// The country with code `k` as a party by itself ("Peru"), no role.
    fn country_itself(&self, k: &str) -> Option<Actor> {
        let c = self.kb.country(k)?;
        Some(Actor {
            entity: None,
            name: c.name.clone(),
            code: Some(c.code.clone()),
        })
    }

    fn state_actor(&self, k: &str, role: &str, what: &str, at: usize) -> Option<Arg> {
        let name = &self.kb.country(k)?.name;
        Some(Arg {
            actor: Actor {
                entity: None,
                name: format!("{what} of {name}"),
                code: Some(format!("{k}{role}")),
            },
            lo: at,
            hi: at,
        })
    }

    /// The last word of the first name that follows a transitive verb with nothing but
    /// determiners, adjectives and titles in between, when the parser gave the verb no
    /// object.
    fn name_after(&self, v: usize) -> Option<usize> {
        if self.kid(v, "obj").is_some() || self.kid(v, "ccomp").is_some() {
            return None;
        }
        let s = self.sentence(v);
        let mut t = v + 1;
        while t < s.tokens.1.min(v + 6) {
            if let Some(m) = self.mention_at[t] {
                if self.doc.entities[m.0].kind == EntityType::MISC && self.upos(t) == "ADJ" {
                    t += 1;
                    continue;
                }
                let mut last = t;
                while last + 1 < s.tokens.1 && self.mention_at[last + 1] == Some(m) {
                    last += 1;
                }
                return Some(last);
            }
            if !matches!(self.upos(t), "DET" | "ADJ" | "PROPN" | "NUM") {
                return None;
            }
            t += 1;
        }
        None
    }

    /// The subject of a verb the parser hung as a modifier under a sentence that has no
    /// verb of its own ("A French minister threatened ...", "Thousands of Iraqi Kurds
    /// demonstrated ..." parsed as noun phrases): the top noun of that phrase. A passive
    /// participle with its own `by` agent keeps the agent.
    fn verbless_predicate_subject(&self, v: usize) -> Option<usize> {
        if self.base_rel(v) != "acl"
            || self.rel(v) == "acl:relcl"
            || self.kid(v, "mark").is_some()
            || self.kid(v, "nsubj").is_some()
        {
            return None;
        }
        if !matches!(self.xpos(v), "VBD" | "VBN" | "VBZ" | "VBP") {
            return None;
        }
        if self.kids(v, "obl").any(|o| self.case_of(o) == Some("by")) {
            return None;
        }
        // a finite verb (or a participle with an object, so not passive) deep inside a
        // sentence whose root is a noun: "British aircraft using missiles killed 4 Iraqis"
        if self.xpos(v) == "VBD" || self.kid(v, "obj").is_some() {
            let mut r = v;
            let mut steps = 0;
            while let Some(h) = self.head(r) {
                r = h;
                steps += 1;
                if steps > 8 {
                    break;
                }
            }
            if r != v
                && self.head(r).is_none()
                && matches!(self.upos(r), "NOUN" | "PROPN")
                && (r..v).all(|t| !(self.xpos(t) == "VBD" && t != v))
                && (self.mention_at[r].is_some() || self.role_of(r).is_some())
            {
                return Some(r);
            }
        }
        // climb "of"-modifiers to the phrase's top noun
        let mut n = self.head(v)?;
        while self.base_rel(n) == "nmod" {
            n = self.head(n)?;
        }
        if !matches!(self.upos(n), "NOUN" | "PROPN") {
            return None;
        }
        let clausal =
            matches!(self.rel(n), "root" | "ccomp" | "parataxis") || self.head(n).is_none();
        if !clausal || (n..v).any(|t| self.is_verbal(t) && t != v && self.head(t) == Some(n)) {
            return None;
        }
        Some(n)
    }

    /// A subject the parser missed: the nearest actor phrase before the verb, with no verb
    /// in between ("A top U.S. official today praised ...").
    fn left_subject(&self, v: usize) -> Option<usize> {
        let s = self.doc.sentences.get(self.sent_of[v])?;
        let mut t = v;
        while t > s.tokens.0 {
            t -= 1;
            if self.is_verbal(t) || matches!(self.lower[t].as_str(), ";" | ":" | "\"" | "“") {
                return None;
            }
            // (or a role noun the tagger took for an adjective of the verb: "The Algerian
            // military shot down ...")
            let noun = matches!(self.upos(t), "NOUN" | "PROPN")
                || (self.rel(t) == "amod" && self.head(t) == Some(v));
            if noun && (self.mention_at[t].is_some() || self.role_of(t).is_some()) {
                return Some(t);
            }
        }
        None
    }

    /// The "have" right before a participle ("have laid"), when the parser made it the verb.
    fn after_have(&self, v: usize) -> Option<usize> {
        (v > 0 && self.xpos(v) == "VBN" && self.lemmas[v - 1] == "have" && self.is_verbal(v - 1))
            .then(|| v - 1)
    }

    /// A head and its descendants, sorted, without the children `skip(parent, child)`
    /// rejects (nor anything below them).
    fn subtree(&self, h: usize, skip: impl Fn(usize, usize) -> bool) -> Vec<usize> {
        let mut out = vec![h];
        let mut stack = vec![h];
        while let Some(x) = stack.pop() {
            for &c in &self.children[x] {
                if !skip(x, c) {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// The verb's tokens plus children that are not clauses of their own.
    fn clause_tokens(&self, v: usize) -> Vec<usize> {
        self.subtree(v, |x, c| {
            matches!(
                self.base_rel(c),
                "ccomp" | "advcl" | "acl" | "parataxis" | "csubj" | "xcomp"
            ) || (self.base_rel(c) == "conj" && x == v)
                || matches!(self.rel(c), "acl:relcl" | "parataxis")
        })
    }

    /// Phrase tokens of an argument: its subtree without relative clauses, coordinated
    /// nouns and modifiers that name another party ("ambassador *to Britain*").
    fn phrase(&self, h: usize) -> Vec<usize> {
        self.subtree(h, |_, c| {
            let r = self.rel(c);
            if self.base_rel(c) == "appos" && self.sayer_appos(c) {
                return true;
            }
            // a time the parser hung on the noun is no part of its name ("Denmark today
            // accepted", "forces in the 1970s")
            (self.in_timex[c] && (r.starts_with("obl") || r.starts_with("nmod")))
                || matches!(
                    self.base_rel(c),
                    "acl" | "conj" | "cc" | "punct" | "parataxis" | "advcl" | "dep"
                )
                || (r.starts_with("nmod")
                    && !r.starts_with("nmod:poss")
                    && matches!(
                        self.case_of(c),
                        Some(
                            "to" | "against"
                                | "with"
                                | "on"
                                | "over"
                                | "for"
                                | "about"
                                | "into"
                                | "at"
                                | "from"
                                | "between"
                                | "after"
                                | "before"
                                | "during"
                                | "despite"
                                | "amid"
                                | "unlike"
                                | "besides"
                        )
                    ))
        })
    }

    /// An apposition that is the source of a report the parser hung on a phrase ("killed
    /// at least 30 people, the Syrian Observatory for Human Rights said"): the verb of
    /// saying follows it.
    fn sayer_appos(&self, a: usize) -> bool {
        let end = self.subtree(a, |_, _| false).last().copied().unwrap_or(a);
        self.lemmas.get(end + 1).is_some_and(|l| {
            matches!(
                l.as_str(),
                "say" | "tell" | "report" | "add" | "state" | "announce"
            )
        })
    }

    /// The argument and the nouns coordinated with it ("Egypt and Jordan").
    fn with_conjuncts(&self, h: usize) -> Vec<usize> {
        let mut out = vec![h];
        // names written as a run ("Johnson and Corbyn") that the parser did not coordinate
        // under this head: the mentions before it joined by "and" or commas
        if self.mention_at[h].is_some() && self.kids(h, "conj").next().is_none() {
            let mut first = h;
            while let Some(cur) = self.mention_at[first] {
                while first > 0 && self.mention_at[first - 1] == Some(cur) {
                    first -= 1;
                }
                // "Israel and the Palestinians"
                if first > 0 && self.lower[first - 1] == "the" {
                    first -= 1;
                }
                if first < 2 || !matches!(self.lower[first - 1].as_str(), "and" | ",") {
                    break;
                }
                // coordinated, or a second subject of the same verb ("Israel and the
                // Palestinians reached" read as two subjects)
                let sibling = |t: usize| {
                    self.head(t).is_some()
                        && self.head(t) == self.head(h)
                        && self.rel(t) == self.rel(h)
                };
                match self.mention_at[first - 2] {
                    Some(prev)
                        if prev.0 != cur.0
                            && (self.base_rel(first - 2) == "conj" || sibling(first - 2)) =>
                    {
                        out.push(first - 2);
                        first -= 2;
                    }
                    _ => break,
                }
            }
        }
        // "Colombia's government and the ELN rebels signed": two subjects of one verb
        // joined by "and", which the parser hung on the verb
        if self.rel(h) == "nsubj" {
            if let Some(v) = self.head(h) {
                for s in self.kids(v, "nsubj") {
                    let (a, b) = (s.min(h), s.max(h));
                    // the "and" hangs on the verb, or on the second subject's own words
                    // ("Turkish President Erdogan and Russian President Putin")
                    let joins = |t: usize| {
                        self.lower[t] == "and"
                            && self
                                .head(t)
                                .is_some_and(|x| x == v || (x > t && x <= b && self.rel(t) == "cc"))
                    };
                    // not the first of "Kyrgyz and Tajik border guards": a country word
                    // of the other subject's noun (see `shared_noun_countries`)
                    let words = self.subtree(s, |_, _| false);
                    let shared = words.last().map(|&t| t + 1) == self.phrase(h).first().copied()
                        && words.iter().all(|&t| {
                            matches!(self.lower[t].as_str(), "and" | ",")
                                || (self.upos(t) != "NOUN"
                                    && self.country_in_tokens(&[t], None).is_some())
                        });
                    if s != h && !out.contains(&s) && (a..b).any(joins) && !shared {
                        out.push(s);
                    }
                }
            }
        }
        // a headline's comma for "and": "Kenya, Ethiopia sign deal" (the parser reads the
        // second state as an apposition; in a sentence with a full stop it may be one)
        if self.base_rel(h) == "nsubj" {
            let s = self.sentence(h);
            let headline = (s.tokens.0..s.tokens.1.min(self.lower.len()))
                .last()
                .is_some_and(|t| !matches!(self.lower[t].as_str(), "." | "!" | "?" | "\""));
            let state = |t: usize| {
                self.mention_at[t]
                    .is_some_and(|(e, _)| self.doc.entities[e].kind == EntityType::LOC)
                    && self.actor(t).and_then(|a| a.actor.code).is_some()
            };
            if headline && state(h) {
                for a in self.kids(h, "appos") {
                    let state_of = |t: usize| {
                        let code = self.actor(t).and_then(|x| x.actor.code)?;
                        code.get(..3).map(str::to_string)
                    };
                    let other = state_of(a) != state_of(h);
                    if a > h && state(a) && other && !out.contains(&a) {
                        out.push(a);
                    }
                }
            }
        }
        // and the names listed after it that the parser hung elsewhere: "to Iran, Libya,
        // North Korea, Sudan" (each name followed by a comma, "and", "or" or the end)
        if let Some(cur) = self.mention_at[h].filter(|_| self.kids(h, "conj").next().is_none()) {
            let kind = self.doc.entities[cur.0].kind;
            let n = self.mention_at.len();
            let end_of = |t: usize| {
                (t..n)
                    .take_while(|&x| self.mention_at[x] == self.mention_at[t])
                    .last()
                    .unwrap_or(t)
            };
            let mut e = end_of(h);
            loop {
                let mut t = e + 1;
                let mut seps = 0;
                while t < n && seps < 2 && matches!(self.lower[t].as_str(), "," | "and" | "or") {
                    t += 1;
                    seps += 1;
                }
                let Some(m) = (seps > 0 && t < n).then(|| self.mention_at[t]).flatten() else {
                    break;
                };
                let last = end_of(t);
                let listed = last + 1 >= n
                    || matches!(
                        self.lower[last + 1].as_str(),
                        "," | "and" | "or" | "." | ";"
                    );
                if self.doc.entities[m.0].kind != kind || m.0 == cur.0 || !listed {
                    break;
                }
                if !out.contains(&last) {
                    out.push(last);
                }
                e = last;
            }
        }
        let mut stack = vec![h];
        while let Some(x) = stack.pop() {
            for c in self.kids(x, "conj") {
                // (a country's adjective too: "the French and *Saudi* peace plan")
                let named_adjective = self.upos(c) == "ADJ" && self.mention_at[c].is_some();
                if (matches!(self.upos(c), "NOUN" | "PROPN" | "PRON") || named_adjective)
                    && !out.contains(&c)
                    && !self.country_of_place_before(c)
                    && !self.hyphened_modifier(c)
                {
                    out.push(c);
                    stack.push(c);
                }
            }
        }
        out
    }

    /// Whether a document entity is a country (its knowledge-base id is `loc:` + alpha-3).
    fn is_country_entity(&self, e: usize) -> bool {
        let id = &self.doc.entities[e].id;
        id.len() == 7 && id.starts_with("loc:") && id[4..].bytes().all(|b| b.is_ascii_uppercase())
    }

    /// "Ukraine and Russia-backed rebels": a name joined by a hyphen to a participle
    /// modifies the noun after it; it is no party of its own.
    fn hyphened_modifier(&self, c: usize) -> bool {
        let end = self.mention_last(c);
        let toks = &self.doc.tokens;
        end + 2 < toks.len()
            && self.lower[end + 1] == "-"
            && toks[end].span.end == toks[end + 1].span.start
            && toks[end + 1].span.end == toks[end + 2].span.start
            && (self.xpos(end + 2) == "VBN" || self.lower[end + 2].ends_with("ed"))
    }

    /// "the Red Crescent in Bam, Iran": a country written after a place to say where the
    /// place is, not another party.
    fn country_of_place_before(&self, c: usize) -> bool {
        let Some(cur) = self.mention_at[c] else {
            return false;
        };
        let is_country = |e: usize| self.is_country_entity(e);
        let first = (0..=c)
            .rev()
            .take_while(|&t| self.mention_at[t] == Some(cur))
            .last()
            .unwrap_or(c);
        is_country(cur.0)
            && first >= 2
            && self.lower[first - 1] == ","
            && self.mention_at[first - 2].is_some_and(|(e, _)| {
                self.doc.entities[e].kind == EntityType::LOC && !is_country(e)
            })
    }

    fn is_pronoun(&self, h: usize) -> bool {
        let w = &self.doc.text[self.doc.tokens[h].span.range()];
        if w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
            // "US" is the country, not "us"
            return false;
        }
        self.upos(h) == "PRON"
            || matches!(
                self.lower[h].as_str(),
                "he" | "she" | "it" | "they" | "we" | "him" | "her" | "them" | "us"
            )
    }

    fn mention_code(&self, e: usize, m: usize) -> Option<String> {
        let ent = &self.doc.entities[e];
        ent.mentions[m]
            .actor_code
            .clone()
            .or_else(|| ent.actor_code.clone())
    }

    /// A bare role code ("GOV") or no country part: finds the country from the entity's
    /// stated roles and its mention's neighbourhood.
    fn has_country(&self, code: &str) -> bool {
        code.len() >= 3
            && (code.starts_with("IGO")
                || code.starts_with("NGO")
                || code.starts_with("MNC")
                || code.starts_with("IMG")
                || self.kb.country(&code[..3]).is_some())
    }

    fn country_in_words(&self, text: &str) -> Option<String> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',' || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .collect();
        // the first country the words name is the employer: "White House Russia adviser",
        // "U.S. Iran envoy" (longest match at each position: "South African")
        for i in 0..words.len() {
            for n in (1..=3).rev().filter(|n| i + n <= words.len()) {
                let w = &words[i..i + n];
                let s = w.join(" ");
                let region = n == 1 && i > 0 && self.kb.region_adjective(words[i - 1], &s);
                if let Some(c) = self.kb.country_by_demonym(&s).filter(|_| !region) {
                    return Some(c.code.clone());
                }
                if let Some(c) = self
                    .kb
                    .metonym(&s)
                    .or_else(|| self.kb.metonym(&format!("the {s}")))
                {
                    return Some(c.code.clone());
                }
                if s.chars().next().is_some_and(char::is_uppercase) {
                    for e in self.kb.lookup(&s) {
                        if matches!(
                            e.class,
                            eventwire_kb::EntryClass::Country
                                | eventwire_kb::EntryClass::Capital
                                | eventwire_kb::EntryClass::Place
                        ) {
                            if let Some(c) = &e.country {
                                return Some(c.clone());
                            }
                        }
                    }
                }
            }
        }
        None
    }

    /// The last token of the mention that covers `t` (`t` itself outside mentions).
    fn mention_last(&self, t: usize) -> usize {
        match self.mention_at[t] {
            Some(m) => (t..self.mention_at.len())
                .take_while(|&x| self.mention_at[x] == Some(m))
                .last()
                .unwrap_or(t),
            None => t,
        }
    }

    /// "Iran-backed militias", "Russian-backed separatists": the name before a hyphened
    /// participle of sponsorship is who backs the group, not the group's own country.
    fn sponsor(&self, t: usize) -> bool {
        self.hyphened_modifier(t)
            && matches!(
                self.lower[self.mention_last(t) + 2].as_str(),
                "backed"
                    | "supported"
                    | "sponsored"
                    | "funded"
                    | "financed"
                    | "armed"
                    | "trained"
                    | "allied"
                    | "aligned"
                    | "inspired"
            )
    }

    /// A demonym of a language, a cuisine or a currency names nobody who acts ("restrictions
    /// on the use of the Russian language"), nor does a backer ([`Self::sponsor`]).
    fn modifies_no_party(&self, t: usize) -> bool {
        self.sponsor(t)
            || matches!(self.base_rel(t), "amod" | "compound")
                && self.head(t).is_some_and(|g| {
                    matches!(
                        self.lemmas[g].as_str(),
                        "language"
                            | "dialect"
                            | "accent"
                            | "alphabet"
                            | "script"
                            | "cuisine"
                            | "food"
                            | "currency"
                            | "literature"
                            | "music"
                            // ("a military base near the Algerian border": the neighbour
                            // the border is with, not the place's country)
                            | "border"
                            | "frontier"
                    )
                })
    }

    /// Country of a demonym or country name among the tokens (not in `skip`).
    fn country_in_tokens(&self, toks: &[usize], skip: Option<(usize, usize)>) -> Option<String> {
        for &t in toks {
            if self.modifies_no_party(t) {
                continue;
            }
            if let Some((e, m)) = self.mention_at[t] {
                if Some((e, m)) == skip {
                    continue;
                }
                if let Some(code) = self.mention_code(e, m) {
                    if self.has_country(&code) && !code.starts_with("IGO") {
                        return Some(code[..3].to_string());
                    }
                }
                if let Some(c) = &self.doc.entities[e].country {
                    return Some(c.clone());
                }
            }
            let w = &self.doc.text[self.doc.tokens[t].span.range()];
            if w.chars().next().is_some_and(char::is_uppercase) {
                // two-word demonyms: "Sri Lankan", "South African"
                if let Some(&n) = toks.iter().find(|&&n| n == t + 1) {
                    let pair = format!("{w} {}", &self.doc.text[self.doc.tokens[n].span.range()]);
                    if let Some(c) = self.kb.country_by_demonym(&pair) {
                        return Some(c.code.clone());
                    }
                    // a two-word name of a country ("the Jewish state")
                    if let Some(c) = self.kb.lookup(&pair).iter().find_map(|e| {
                        (e.class == eventwire_kb::EntryClass::Country)
                            .then(|| e.country.clone())
                            .flatten()
                    }) {
                        return Some(c);
                    }
                }
                if let Some(c) = self
                    .kb
                    .country_by_demonym(w)
                    .filter(|_| !self.region_word(t))
                {
                    return Some(c.code.clone());
                }
                // a country name the tagger did not take for a name ("the PRC")
                if let Some(c) = self.kb.lookup(w).iter().find_map(|e| {
                    (e.class == eventwire_kb::EntryClass::Country)
                        .then(|| e.country.clone())
                        .flatten()
                }) {
                    return Some(c);
                }
            }
        }
        None
    }

    /// The words of a phrase that name its actor: all before the head, and after it the
    /// rest of the name, an apposition in brackets and an "of" phrase ("rebel Revolutionary
    /// United Front (RUF)", "leader Mahmoud Abbas", "town of Douma"), but not where or when
    /// it is ("20 protesters in Cairo" names "20 protesters"), what follows a comma, nor a
    /// clause ("a woman ... following a conference in Stockholm").
    fn name_tokens(&self, h: usize, toks: &[usize]) -> Vec<usize> {
        // a time read as the head keeps the name hung under it ("this weekend, President X")
        if self.in_timex[h] {
            return toks.to_vec();
        }
        let keeps = |c: usize| {
            !matches!(
                self.base_rel(c),
                "acl" | "advcl" | "advmod" | "obl" | "parataxis" | "punct"
            ) && !self.in_timex[c]
                && matches!(self.case_of(c), None | Some("of"))
                && !(h..c).any(|t| self.lower[t] == ",")
        };
        let mut out: Vec<usize> = toks
            .iter()
            .copied()
            .filter(|&t| {
                if t <= h {
                    return true;
                }
                // the child of the head that t hangs under
                let mut x = t;
                while let Some(p) = self.head(x) {
                    if p == h {
                        return keeps(x);
                    }
                    x = p;
                }
                false
            })
            .collect();
        // close a bracket the name opened ("Azadliq (Freedom)")
        if let (Some(&first), Some(&last)) = (out.first(), out.last()) {
            let open = (first..=last).filter(|&t| self.lower[t] == "(").count();
            let shut = (first..=last).filter(|&t| self.lower[t] == ")").count();
            if open > shut && self.lower.get(last + 1).is_some_and(|w| w == ")") {
                out.push(last + 1);
            }
        }
        out
    }

    /// A people the knowledge base does not know, named by a capitalised plural ("Kurds
    /// demonstrated in Kirkuk", "Uighurs in Urumqi"): civilians of the country where the act
    /// happens, as a demonym's people would be ("Palestinians" PSE, but a people without
    /// a state of its own takes its place's).
    fn people_of_place(&self, h: usize) -> Option<String> {
        let w = &self.doc.text[self.doc.tokens[h].span.range()];
        let cap = |t: usize| {
            self.doc.text[self.doc.tokens[t].span.range()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        };
        let s = self.sentence(h);
        // one word, not part of a longer name ("United Palatinates") nor an organisation's
        // or a person's ("Wikileaks")
        let alone = (h == s.tokens.0 || !cap(h - 1)) && (h + 1 >= s.tokens.1 || !cap(h + 1));
        if !matches!(self.xpos(h), "NNPS" | "NNS" | "NNP")
            || !w.ends_with('s')
            || !alone
            || self.mention_at[h]
                .is_some_and(|(e, _)| self.doc.entities[e].kind != EntityType::MISC)
            || !cap(h)
            || w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            || self.role_of(h).is_some()
            || self.in_timex[h]
            || self.modifies_no_party(h)
        {
            return None;
        }
        Some(format!("{}CVL", self.fallback_country(h)?))
    }

    /// The role code of a head noun with its compounds ("foreign ministry", "police").
    fn role_of(&self, h: usize) -> Option<String> {
        // "the station's director", "the union's leader": a head of a body is of the
        // body's kind (the body perhaps named in full before: "a private radio station")
        if matches!(
            self.lemmas[h].as_str(),
            "director"
                | "head"
                | "chief"
                | "leader"
                | "chairman"
                | "chairwoman"
                | "chair"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "boss"
                | "owner"
                | "founder"
                | "manager"
                | "president"
        ) {
            if let Some(r) = self
                .kids(h, "nmod:poss")
                .filter(|&p| self.upos(p) == "NOUN")
                .find_map(|p| self.role_of(p).or_else(|| self.earlier_noun_role(p)))
            {
                return Some(r);
            }
        }
        // "the homes of exiled opposition leaders", "the house of an opposition mayor": a
        // dwelling is its owners'
        if matches!(self.lemmas[h].as_str(), "home" | "house" | "residence") {
            if let Some(owner) = self
                .kids(h, "nmod")
                .find(|&n| n > h && self.case_of(n) == Some("of"))
                .and_then(|n| self.role_of(n))
            {
                return Some(owner);
            }
        }
        let mut words: Vec<usize> = self.children[h]
            .iter()
            .copied()
            .filter(|&c| {
                c < h
                    && (matches!(self.rel(c), "compound" | "amod")
                        // "the teachers' union": a common noun's possessive names the kind
                        || (self.rel(c) == "nmod:poss" && self.upos(c) == "NOUN"))
            })
            .collect();
        words.push(h);
        let phrase: Vec<&str> = words.iter().map(|&t| self.lower[t].as_str()).collect();
        // "the two countries' defence ministers": the title in the singular
        let singular = || {
            let one: Vec<&str> = words
                .iter()
                .filter(|&&t| t == h || self.rel(t) != "nmod:poss")
                .map(|&t| {
                    if t == h {
                        self.lemmas[t].as_str()
                    } else {
                        self.lower[t].as_str()
                    }
                })
                .collect();
            (self.xpos(h) == "NNS")
                .then(|| self.kb.role(&one.join(" ")))
                .flatten()
        };
        if let Some(r) = self.kb.role(&phrase.join(" ")).or_else(singular) {
            // a title "of" a body takes the body's role: "Inspector-General of Police",
            // "President of the Senate"
            let of = self
                .kids(h, "nmod")
                .find(|&n| n > h && self.case_of(n) == Some("of"))
                .and_then(|n| {
                    let body = self.kb.role(&self.lower[n]);
                    self.kb
                        .role(&format!("{} of {}", phrase.join(" "), self.lower[n]))
                        // (of a body, not of a person: "the house of the opposition
                        // leader" takes no leader's role)
                        .filter(|r| {
                            body.as_ref().is_none_or(|b| {
                                r.code != b.code
                                    || matches!(
                                        b.class,
                                        eventwire_kb::RoleClass::Organ
                                            | eventwire_kb::RoleClass::Group
                                    )
                            })
                        })
                });
            return Some(of.unwrap_or(r).code);
        }
        match self.lemmas[h].as_str() {
            "side" | "state" | "country" | "nation" | "leader" | "capital" | "camp" => {
                Some("GOV".into())
            }
            "protester" | "demonstrator" | "activist" | "crowd" | "marcher" => Some("OPP".into()),
            "teacher" | "student" | "university" | "school" => Some("EDU".into()),
            "doctor" | "physician" | "nurse" | "hospital" => Some("HLH".into()),
            "judge" | "court" | "prosecutor" | "tribunal" => Some("JUD".into()),
            "lawmaker" | "legislator" | "parliament" | "senator" | "congress" | "legislature" => {
                Some("LEG".into())
            }
            "resident" | "civilian" | "villager" | "people" | "citizen" => Some("CVL".into()),
            "journalist" | "reporter" | "newspaper" => Some("MED".into()),
            "jet" | "warplane" | "aircraft" | "drone" | "helicopter" | "plane" | "bomber"
            | "tank" | "artillery" | "navy" | "warship" => Some("MIL".into()),
            "worker" | "union" => Some("LAB".into()),
            "company" | "firm" | "business" => Some("BUS".into()),
            // what a body owns or mans is the body's: "an army convoy", "a police station",
            // "a military checkpoint"
            "convoy" | "station" | "checkpoint" | "post" | "patrol" | "vehicle" | "base"
            | "headquarters" | "barracks" | "outpost" | "position" => self.children[h]
                .iter()
                .copied()
                .filter(|&c| c < h && matches!(self.rel(c), "compound" | "amod"))
                .find_map(|c| {
                    let r = self.kb.role(&self.lower[c])?;
                    matches!(r.code.as_str(), "MIL" | "COP" | "GOV" | "REB" | "INS")
                        .then_some(r.code)
                }),
            _ => None,
        }
    }

    /// The parties of the talks, deal or truce that participle `v` says was brokered or
    /// mediated: the subjects of the verb the noun hangs on ("Kagame and Tshisekedi met in
    /// Doha in talks brokered by Qatar's emir").
    fn mediated_parties(&self, v: usize) -> Option<(usize, Vec<Option<Arg>>)> {
        let n = self.head(v).filter(|_| self.base_rel(v) == "acl")?;
        if !matches!(
            self.lemmas[n].as_str(),
            "talk"
                | "talks"
                | "negotiation"
                | "meeting"
                | "dialogue"
                | "deal"
                | "agreement"
                | "accord"
                | "ceasefire"
                | "truce"
        ) {
            return None;
        }
        let w = self.head(n).filter(|&w| self.is_verbal(w))?;
        let s = self.subject(w, 0)?;
        // (each party of "the presidents of Rwanda and Burundi")
        let found = self.both_parties(s).unwrap_or_else(|| {
            self.with_conjuncts(s)
                .into_iter()
                .map(|t| self.actor(t))
                .collect()
        });
        let parties: Vec<Option<Arg>> = self
            .per_country(found)
            .into_iter()
            .filter(|a| a.as_ref().is_some_and(|a| a.actor.code.is_some()))
            .collect();
        (!parties.is_empty()).then_some((s, parties))
    }

    /// The armed party of the other side that the sentence of `v` names, for a state's
    /// forces its armed opposition and for an armed group the state's forces, in the
    /// source's country: whom a retreat yields to.
    fn other_side(&self, v: usize, sources: &[Option<Arg>]) -> Option<(usize, Arg)> {
        let src = sources.iter().flatten().find(|a| a.actor.code.is_some())?;
        let code = src.actor.code.as_deref()?;
        let (k, role) = (code.get(..3)?, code.get(3..6).unwrap_or(""));
        let state_side = matches!(role, "MIL" | "GOV" | "COP");
        if !state_side && !armed_group(src) {
            return None;
        }
        let want = |r: &str| {
            if state_side {
                matches!(r, "REB" | "INS" | "UAF")
            } else {
                r == "MIL"
            }
        };
        let s = self.sentence(v);
        (s.tokens.0..s.tokens.1)
            .filter(|&t| t < src.lo || t > src.hi)
            .find_map(|t| {
                let r = self.role_of(t).filter(|r| want(r))?;
                // named with its country, or of the source's country
                let a = self
                    .actor(t)
                    .filter(|a| a.actor.code.as_deref().is_some_and(|c| c.ends_with(&r)))
                    .unwrap_or_else(|| self.word_actor(t, format!("{k}{r}")));
                (country_of(&a) == Some(k)).then_some((t, a))
            })
    }

    /// Whether verb `v` has a clause of condition ("... unless Baghdad accepted").
    fn conditional(&self, v: usize) -> bool {
        self.kids(v, "advcl").any(|c| {
            self.kids(c, "mark")
                .any(|m| matches!(self.lower[m].as_str(), "if" | "unless"))
        })
    }

    /// The coded actor that is the subject of verb `v`.
    fn coded_subject(&self, v: usize) -> Option<Arg> {
        self.subject(v, 0)
            .and_then(|s| self.actor(s))
            .filter(|a| a.actor.code.is_some())
    }

    /// "South American", "West African": a region's adjective, no state's (while "South
    /// African" is a demonym of its own).
    fn region_word(&self, t: usize) -> bool {
        let Some(p) = t
            .checked_sub(1)
            .filter(|&p| self.sent_of.get(p) == self.sent_of.get(t))
        else {
            return false;
        };
        let before = &self.doc.text[self.doc.tokens[p].span.range()];
        self.kb
            .region_adjective(before, &self.doc.text[self.doc.tokens[t].span.range()])
    }

    /// The role of the noun a bare definite noun repeats from the sentence before or its
    /// own ("a private radio station ... the station's director": a medium).
    fn earlier_noun_role(&self, n: usize) -> Option<String> {
        if !self.kids(n, "det").any(|d| self.lower[d] == "the")
            || self.children[n]
                .iter()
                .any(|&c| matches!(self.rel(c), "compound" | "amod"))
        {
            return None;
        }
        let si = self.sent_of[n];
        let lo = self.doc.sentences.get(si.saturating_sub(1))?.tokens.0;
        (lo..n)
            .rev()
            .find(|&t| self.lemmas[t] == self.lemmas[n] && self.upos(t) == "NOUN")
            .and_then(|t| self.role_of(t))
    }

    /// The country of the story when an actor gives none: the first place in the sentence,
    /// else the first place of the story.
    fn fallback_country(&self, h: usize) -> Option<String> {
        let s = self.doc.sentences.get(self.sent_of[h])?;
        // forces a state moves are its own: "demanded that Burkina Faso pull back soldiers
        // who had crossed ...", "Chad deployed troops to the border"
        if matches!(
            self.lemmas[h].as_str(),
            "soldier" | "troop" | "force" | "unit" | "warship" | "jet" | "fighter_jet" | "tank"
        ) && self.base_rel(h) == "obj"
        {
            let moved = self.head(h).filter(|&v| {
                matches!(
                    self.verb_keys(v)[0].as_str(),
                    "deploy"
                        | "send"
                        | "dispatch"
                        | "withdraw"
                        | "pull"
                        | "pull_back"
                        | "pull_out"
                        | "move"
                        | "mass"
                        | "station"
                        | "recall"
                        | "mobilise"
                        | "mobilize"
                        | "reinforce"
                        | "redeploy"
                )
            });
            if let Some(k) = moved
                .and_then(|v| self.subject(v, 0))
                .and_then(|t| self.actor(t))
                .and_then(|a| self.state_of(&a.actor))
            {
                return Some(k);
            }
        }
        // a place after the actor counts where something happens there ("police ... in
        // Cairo", "in a district of eastern Beirut"), not where something goes or whom it
        // is done to ("ministers agreed to send aid to Moldova", "visited Moldova",
        // "talks with leaders of Romania's government")
        // a place in a locative phrase, or in the actor's own phrase
        // (not a place inside a clause that describes a noun or names a charge, unless the
        // actor is in it too: "under the peace deal reached in Doha", "convicted a former
        // minister of laundering money through shell companies in Dubai")
        let described = |t: usize| {
            std::iter::successors(self.head(t), |&x| self.head(x))
                .take(12)
                .any(|a| {
                    // (a clause on the parties themselves places them: "Chinese nationals
                    // working at a gold mine in Niger", "relatives of passengers killed in
                    // Ahmedabad")
                    self.is_verbal(a)
                        && ((self.base_rel(a) == "acl"
                            && self
                                .head(a)
                                .is_some_and(|n| matches!(self.base_rel(n), "obl" | "nmod")))
                            || (self.base_rel(a) == "advcl"
                                && self
                                    .kids(a, "mark")
                                    .any(|m| matches!(self.lower[m].as_str(), "of" | "for"))))
                        && !self.dominates(a, h)
                        && !self.dominates(h, a)
                })
        };
        let located = |t: usize| {
            let mut x = t;
            for _ in 0..6 {
                // the actor's own phrase ("doctors from two American aid groups")
                if x == h {
                    return true;
                }
                // ("hijacked a Maltese-flagged carrier *off* Somalia")
                if matches!(
                    self.case_of(x),
                    Some(
                        "in" | "at"
                            | "near"
                            | "inside"
                            | "outside"
                            | "across"
                            | "throughout"
                            | "around"
                            | "off"
                    )
                ) {
                    return !described(x);
                }
                match self.head(x) {
                    Some(p) if p == h || (self.upos(p) != "VERB" && !self.is_verbal(p)) => x = p,
                    _ => return false,
                }
            }
            false
        };
        let scene = |t: usize| t < h || located(t);
        let pick_where = |range: std::ops::Range<usize>, ok: &dyn Fn(usize) -> bool| {
            range.into_iter().find_map(|t| {
                if self.sent_of[t] == self.sent_of[h] && !ok(t) {
                    return None;
                }
                let (e, _) = self.mention_at[t]?;
                let ent = &self.doc.entities[e];
                // a capital resolved as its government's seat is a place too ("in Tel Aviv")
                (ent.kind == EntityType::LOC || ent.id.starts_with("seat:"))
                    .then(|| ent.country.clone())
                    .flatten()
            })
        };
        // a demonym, as an adjective or tagged as a name ("The Fijian rebels")
        let demonym = |range: std::ops::Range<usize>| {
            range.into_iter().find_map(|t| {
                let w = &self.doc.text[self.doc.tokens[t].span.range()];
                // (of two words first: "South Sudanese" is not "Sudanese")
                let two = || {
                    let p = t
                        .checked_sub(1)
                        .filter(|&p| self.sent_of.get(p) == self.sent_of.get(t))?;
                    let before = &self.doc.text[self.doc.tokens[p].span.range()];
                    before
                        .starts_with(|c: char| c.is_uppercase())
                        .then(|| self.kb.country_by_demonym(&format!("{before} {w}")))
                        .flatten()
                };
                (matches!(self.upos(t), "ADJ" | "PROPN")
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && !self.sponsor(t))
                .then(|| {
                    two()
                        .or_else(|| {
                            self.kb
                                .country_by_demonym(w)
                                .filter(|_| !self.region_word(t))
                        })
                        .map(|c| c.code.clone())
                })
                .flatten()
            })
        };
        let pick = |range: std::ops::Range<usize>| pick_where(range, &scene);
        // the country right before: "Myanmar's military/JJ agreed" with the possessive
        // hung elsewhere
        if h >= 2 && self.lower[h - 1] == "'s" {
            if let Some((e, _)) = self.mention_at[h - 2] {
                let ent = &self.doc.entities[e];
                if ent.kind == EntityType::LOC {
                    if let Some(k) = ent.country.clone() {
                        return Some(k);
                    }
                }
            }
        }
        // a demonym of the actor's own phrase ("seizes two *Indian* trawlers")
        let first = self.phrase(h).into_iter().min().unwrap_or(h);
        if let Some(k) = demonym(first..h) {
            return Some(k);
        }
        // a noun coordinated with one a demonym or a state's possessive modifies shares
        // it: "Israeli helicopters and tanks", "Mali's army and the Tuareg-led rebels",
        // "Haiti's council and party leaders"
        let shared = self
            .head(h)
            .filter(|&p| {
                p < h
                    && self.rel(h) == "conj"
                    && self.upos(p) == "NOUN"
                    && !self.children[h]
                        .iter()
                        .any(|&c| c < h && matches!(self.rel(c), "nmod:poss"))
            })
            .and_then(|p| {
                let first = self.phrase(p).into_iter().min().unwrap_or(p);
                let owner = || {
                    self.kids(p, "nmod:poss").find_map(|o| {
                        let (e, _) = self.mention_at[o]?;
                        let ent = &self.doc.entities[e];
                        (ent.kind == EntityType::LOC)
                            .then(|| ent.country.clone())
                            .flatten()
                    })
                };
                demonym(first..p).or_else(owner)
            });
        if shared.is_some() {
            return shared;
        }
        // where it happens first ("the US embassy in Baghdad was attacked by protesters":
        // Baghdad), then any place before the actor
        pick_where(s.tokens.0..s.tokens.1, &located)
            .or_else(|| pick(s.tokens.0..s.tokens.1))
            .or_else(|| self.dateline_country.clone())
            .or_else(|| demonym(s.tokens.0..s.tokens.1))
            .or_else(|| pick(0..self.doc.tokens.len().min(80)))
            .or_else(|| self.doc_country.clone())
            // ("Bolivian prosecutors charged the former energy minister. The minister ...")
            .or_else(|| demonym(0..self.doc.tokens.len().min(80)))
    }

    /// The date of an act whose clause states none: a past act in a story whose lead
    /// dates its news ("... on Tuesday") happened that day; anything else, the reference.
    fn default_date(&self, v: usize) -> Option<String> {
        let past = matches!(self.xpos(v), "VBD" | "VBN")
            && !self
                .kids(v, "aux")
                .any(|a| matches!(self.lemmas[a].as_str(), "have" | "has"));
        if past {
            if let Some(d) = &self.story_date {
                return Some(d.clone());
            }
        }
        self.reference.map(|r| r.format("%Y-%m-%d").to_string())
    }

    /// The day the lead sentence dates its news, when it is in the week before the
    /// reference.
    fn lead_date(&self) -> Option<String> {
        let r = self.reference?;
        let s = self
            .doc
            .sentences
            .iter()
            .find(|s| s.tokens.1 - s.tokens.0 > 5)?;
        let toks: Vec<usize> = (s.tokens.0..s.tokens.1).collect();
        let (d, _) = dates::clause_date(self, &toks);
        let d = d?;
        let day = chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()?;
        ((0..=6).contains(&(r - day).num_days())).then_some(d)
    }

    /// Countries by the number of entity mentions they account for, most first (ties by
    /// code, for determinism).
    fn story_countries(doc: &Document, kb: &KnowledgeBase) -> Vec<(String, usize)> {
        let mut counts: std::collections::HashMap<String, usize> = Default::default();
        let state = |code: Option<&str>| {
            code.filter(|c| c.len() >= 3 && !c.starts_with("IGO") && !c.starts_with("NGO"))
                .map(|c| c[..3].to_string())
                .filter(|c| kb.country(c).is_some())
        };
        for e in &doc.entities {
            // (or each mention's own: "Honduras's Congress" read as one name is HNDLEG
            // where the entity, a name of no country, is not)
            let own = e.country.clone().or_else(|| state(e.actor_code.as_deref()));
            for m in &e.mentions {
                if let Some(c) = own.clone().or_else(|| state(m.actor_code.as_deref())) {
                    *counts.entry(c).or_default() += 1;
                }
            }
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }

    /// The actor an argument token stands for: its own phrase, else an apposition ("two
    /// Arab states - Egypt and Jordan -"), else who the phrase says made it ("the move
    /// announced by X", "the decision of X").
    fn actor(&self, h: usize) -> Option<Arg> {
        let depth = self.actor_depth.get();
        if depth >= 32 {
            return None;
        }
        self.actor_depth.set(depth + 1);
        let a = self.actor_here(h);
        self.actor_depth.set(depth);
        a
    }

    /// [`Coder::actor`] itself, under the wrapper that bounds its depth.
    fn actor_here(&self, h: usize) -> Option<Arg> {
        // "warned that anyone who joined the protests would be arrested": whoever does it
        // is the people of the country the sentence is about
        if matches!(self.lower[h].as_str(), "anyone" | "anybody" | "whoever")
            || (self.lower[h] == "those" && self.kid(h, "acl:relcl").is_some())
        {
            let k = self.fallback_country(h)?;
            return Some(self.word_actor(h, format!("{k}CVL")));
        }
        // a time is no party ("called for better pay on Tuesday", "Sunday killed")
        if self.in_timex[h] {
            return None;
        }
        // "The pope called for a ceasefire": a common noun that the knowledge base lists as a
        // seat's metonym ("the Pope" for the Holy See) stands for that state, wherever it
        // speaks about
        if self.mention_at[h].is_none()
            && self.upos(h) == "NOUN"
            && self.kids(h, "det").any(|d| self.lower[d] == "the")
        {
            let the = format!("the {}", self.lemmas[h]);
            if let Some(c) = self.kb.metonym(&the) {
                let code = self
                    .kb
                    .metonym_code(&the)
                    .map_or_else(|| format!("{}GOV", c.code), str::to_string);
                return Some(self.word_actor(h, code));
            }
        }
        // a dateline read as the subject: "HANOI, Vietnam (AP) — U.S. Defense Secretary ..."
        let w = &self.doc.text[self.doc.tokens[h].span.range()];
        if w.len() > 2 && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()) {
            if let Some(dash) = (h..self.doc.tokens.len().min(h + 12))
                .find(|&t| matches!(self.lower[t].as_str(), "—" | "--" | "–" | "-"))
            {
                let s = self.sentence(h);
                // the first name after the dash, a country too ("- Russia and China signed"),
                // but not a place in a fronted phrase ("- In Kabul, officials said")
                if let Some(t) = (dash + 1..s.tokens.1).find(|&t| {
                    self.mention_at[t].is_some_and(|(e, _)| {
                        self.doc.entities[e].kind != EntityType::LOC
                            || (self.case_of(t).is_none() && self.is_country_entity(e))
                    })
                }) {
                    let (e, _) = self.mention_at[t].unwrap();
                    let last = (t..s.tokens.1)
                        .take_while(|&x| self.mention_at[x].is_some_and(|(e2, _)| e2 == e))
                        .last()
                        .unwrap_or(t);
                    return self.actor_inner(last);
                }
            }
        }
        // "accused Burundi of sending troops ..., calling it a threat": what "it" names is
        // the act the main verb accuses or condemns, so the party is its doer, the main
        // verb's object
        if matches!(self.lower[h].as_str(), "it" | "this") {
            let judging = |g: usize| {
                matches!(
                    self.lemmas[g].as_str(),
                    "accuse" | "blame" | "condemn" | "criticise" | "criticize" | "denounce"
                )
            };
            let act_doer = self
                .head(h)
                .filter(|&n| {
                    matches!(self.rel(h), "obj" | "iobj")
                        && matches!(
                            self.lemmas[n].as_str(),
                            "call" | "describe" | "label" | "brand" | "term" | "dub"
                        )
                })
                .and_then(|n| {
                    std::iter::successors(self.head(n), |&g| self.head(g))
                        .take(3)
                        .find(|&g| judging(g))
                })
                .and_then(|g| self.kid(g, "obj"))
                .and_then(|o| self.actor(o))
                .filter(|a| a.actor.code.is_some());
            if act_doer.is_some() {
                return act_doer;
            }
        }
        let own = self.actor_inner(h);
        // "judges and prosecutors of the International Criminal Court": officers named by
        // their role are the international body's they serve (the "of" phrase may hang on
        // the last conjunct)
        if self.mention_at[h].is_none() && self.upos(h) == "NOUN" && self.role_of(h).is_some() {
            let last = self.kids(h, "conj").last().unwrap_or(h);
            let body = [h, last].into_iter().find_map(|x| {
                let o = self
                    .kids(x, "nmod")
                    .find(|&o| o > x && self.case_of(o) == Some("of"))?;
                self.actor_inner(o).filter(|a| {
                    a.actor
                        .code
                        .as_deref()
                        .is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO"))
                })
            });
            if let Some(b) = body {
                return Some(Arg {
                    lo: own.as_ref().map_or(h, |a| a.lo),
                    hi: own.as_ref().map_or(h, |a| a.hi),
                    actor: Actor {
                        name: own
                            .as_ref()
                            .map_or(b.actor.name.clone(), |a| a.actor.name.clone()),
                        ..b.actor
                    },
                });
            }
        }
        // "Afghanistan's Taliban government", "Taliban forces": a group that rules, named as
        // the modifier of a state organ, acts as that organ of its country
        if let Some(a) = own.as_ref().filter(|a| {
            self.mention_at[h].is_none()
                && a.actor.code.as_deref().is_some_and(|c| {
                    c.len() == 6 && matches!(&c[3..], "REB" | "INS") && self.has_country(&c[..3])
                })
        }) {
            // (its forces are the state's only when the phrase names the state too: "Afghan
            // Taliban forces", not "Houthi forces")
            let state_named = || {
                // the word right before the group's name ("Afghan Taliban", "Afghanistan's
                // Taliban")
                let Some(mut m) = (0..h).rev().find(|&t| self.mention_at[t].is_some()) else {
                    return false;
                };
                while m > 0 && self.mention_at[m - 1] == self.mention_at[m] {
                    m -= 1;
                }
                let demonym = |t: usize| {
                    self.kb
                        .country_by_demonym(&self.doc.text[self.doc.tokens[t].span.range()])
                        .is_some()
                };
                // (or the name's own first word: "Afghan Taliban")
                if demonym(m) {
                    return true;
                }
                let before = if m >= 2 && self.lower[m - 1] == "'s" {
                    m - 2
                } else {
                    m.wrapping_sub(1)
                };
                before < m
                    && (self.mention_at[before]
                        .is_some_and(|(e, _)| self.doc.entities[e].kind == EntityType::LOC)
                        || demonym(before))
            };
            let organ = match self.lemmas[h].as_str() {
                "government" | "administration" | "authority" | "regime" | "ministry" => "GOV",
                "force" | "army" | "military" | "troop" | "soldier" if state_named() => "MIL",
                _ => "",
            };
            if !organ.is_empty() {
                let code = a.actor.code.as_deref().unwrap_or_default();
                return Some(Arg {
                    actor: Actor {
                        code: Some(format!("{}{organ}", &code[..3])),
                        ..a.actor.clone()
                    },
                    ..a.clone()
                });
            }
        }
        if own.as_ref().is_some_and(|a| a.actor.code.is_some()) {
            return own;
        }
        // "killed one U.S. soldier and wounded two others": the others are of the kind the
        // coordinated verb's object names
        if matches!(self.lower[h].as_str(), "others" | "more") && self.rel(h) == "obj" {
            let first_obj = self
                .head(h)
                .filter(|&v| self.rel(v) == "conj")
                .and_then(|v| self.head(v))
                .and_then(|g| self.kid(g, "obj"))
                .filter(|&o| o < h);
            if let Some(x) = first_obj
                .and_then(|o| self.actor(o))
                .filter(|x| x.actor.code.is_some())
            {
                let toks = self.phrase(h);
                let (lo, hi) = (toks[0], *toks.last().unwrap());
                let span = self.doc.tokens[lo].span.start..self.doc.tokens[hi].span.end;
                return Some(Arg {
                    actor: Actor {
                        name: self.doc.text[span].to_string(),
                        ..x.actor
                    },
                    lo,
                    hi,
                });
            }
        }
        for a in self.kids(h, "appos").filter(|&a| !self.sayer_appos(a)) {
            if let Some(x) = self.actor_inner(a).filter(|x| x.actor.code.is_some()) {
                return Some(x);
            }
        }
        if !matches!(self.upos(h), "NOUN" | "PROPN") {
            return own;
        }
        for c in self.children[h].clone() {
            let by = match self.base_rel(c) {
                "acl" => self.agent(c),
                "nmod" if matches!(self.case_of(c), Some("by" | "of")) => Some(c),
                _ => None,
            };
            if let Some(x) = by
                .and_then(|b| self.actor_inner(b))
                .filter(|x| x.actor.code.is_some())
            {
                return Some(x);
            }
        }
        own
    }

    fn actor_inner(&self, h: usize) -> Option<Arg> {
        let a = self.actor_plain(h)?;
        // a people coded by the country it lives in: "the Albanians of southern Serbia",
        // "Kurds in Turkey" (a demonym noun with its place), "ethnic Albanians in Serbia"
        // (the sentence's place)
        let people_home = || {
            let people = matches!(self.xpos(h), "NNPS" | "NNS") || self.upos(h) == "PROPN";
            let word = &self.doc.text[self.doc.tokens[h].span.range()];
            if !people || self.kb.country_by_demonym(word).is_none() {
                return None;
            }
            self.kids(h, "nmod")
                .filter(|&n| matches!(self.case_of(n), Some("of" | "in")))
                .find_map(|n| {
                    let toks: Vec<usize> = self
                        .phrase(n)
                        .into_iter()
                        .filter(|&t| self.upos(t) == "PROPN")
                        .collect();
                    self.country_in_tokens(&toks, None)
                })
        };
        let ethnic_home = || {
            // "ethnic Albanians", "ethnic Albanian guerrillas" ("ethnic" on the demonym)
            let ethnic = (h.saturating_sub(3)..h).any(|t| {
                self.lower[t] == "ethnic"
                    && (t + 1..h).all(|u| matches!(self.upos(u), "ADJ" | "PROPN" | "NOUN"))
            });
            // "the Albanian population (community, minority) of the province": a people
            // named as living somewhere
            let community = matches!(
                self.lemmas[h].as_str(),
                "population" | "community" | "minority"
            ) && self.kids(h, "amod").any(|m| {
                self.kb
                    .country_by_demonym(&self.doc.text[self.doc.tokens[m].span.range()])
                    .is_some()
            });
            if !(ethnic || community || self.kids(h, "amod").any(|m| self.lower[m] == "ethnic")) {
                return None;
            }
            let s = self.sentence(h);
            (s.tokens.0..s.tokens.1).find_map(|t| {
                let (e, _) = self.mention_at[t]?;
                let ent = &self.doc.entities[e];
                (ent.kind == EntityType::LOC)
                    .then(|| ent.country.clone())
                    .flatten()
            })
        };
        // only a country other than the one the group is named after
        let elsewhere = |k: Option<String>| {
            k.filter(|k| {
                a.actor
                    .code
                    .as_deref()
                    .is_some_and(|c| !c.starts_with(k.as_str()))
            })
        };
        if let Some(k) = elsewhere(people_home()).or_else(|| elsewhere(ethnic_home())) {
            // the group keeps its role ("ethnic Albanian guerrillas in Macedonia" MKDREB)
            let role = a
                .actor
                .code
                .as_deref()
                .filter(|c| c.len() == 6 && self.has_country(c))
                .map_or("CVL", |c| &c[3..]);
            return Some(Arg {
                actor: Actor {
                    code: Some(format!("{k}{role}")),
                    ..a.actor
                },
                ..a
            });
        }
        Some(a)
    }

    fn actor_plain(&self, h: usize) -> Option<Arg> {
        // "the prosecutor announced that his office was opening an investigation": a
        // person's office or staff acts for the person
        if matches!(
            self.lemmas[h].as_str(),
            "office" | "team" | "staff" | "aide" | "administration" | "cabinet"
        ) && self.mention_at[h].is_none()
        {
            if let Some((a, _)) = self
                .kids(h, "nmod:poss")
                .find(|&p| matches!(self.lower[p].as_str(), "his" | "her"))
                .and_then(|p| self.antecedent(p))
                .filter(|(a, _)| a.code.is_some())
            {
                return Some(Arg {
                    actor: a,
                    lo: h,
                    hi: h,
                });
            }
        }
        // "Dominica's prime minister said his country stood ready to host talks": a
        // speaker's country, nation or island is the state of the speaker's country
        if matches!(self.lemmas[h].as_str(), "country" | "nation" | "island")
            && self.mention_at[h].is_none()
        {
            if let Some(k) = self
                .kids(h, "nmod:poss")
                .find(|&p| matches!(self.lower[p].as_str(), "his" | "her" | "their" | "our"))
                .and_then(|p| self.antecedent(p))
                .and_then(|(a, _)| self.state_of(&a))
            {
                return Some(self.word_actor(h, format!("{k}GOV")));
            }
        }
        // "The party's leader called the threat an attempt to silence critics": the leader
        // or spokesman of a group named before (or of the group the noun codes) speaks for
        // that group
        if matches!(
            self.lemmas[h].as_str(),
            "leader" | "chief" | "head" | "spokesman" | "spokeswoman" | "spokesperson" | "chairman"
        ) && self.mention_at[h].is_none()
            // (not one named after the noun: "the party's leader Mahmoud Abbas")
            && self.mention_at.get(h + 1).is_none_or(Option::is_none)
        {
            if let Some(a) = self
                .kids(h, "nmod:poss")
                .find(|&p| {
                    matches!(
                        self.lemmas[p].as_str(),
                        "party"
                            | "group"
                            | "movement"
                            | "union"
                            | "bloc"
                            | "alliance"
                            | "coalition"
                    ) && self.mention_at[p].is_none()
                })
                .and_then(|p| self.definite_antecedent(p).or_else(|| self.actor_plain(p)))
                .filter(|a| a.actor.code.is_some())
            {
                return Some(Arg { lo: h, hi: h, ..a });
            }
        }
        // "the group", "the movement": the armed or political group named before; "the
        // party", "the bloc", "the agency", "the company": the party, union of states,
        // agency or firm named before
        if matches!(
            self.lemmas[h].as_str(),
            "group"
                | "movement"
                | "militia"
                | "organisation"
                | "party"
                | "bloc"
                | "alliance"
                | "agency"
                | "company"
                | "firm"
        ) && self.mention_at[h].is_none()
            && self.kids(h, "det").any(|d| self.lower[d] == "the")
        {
            if let Some(a) = self.definite_antecedent(h) {
                return Some(Arg { lo: h, hi: h, ..a });
            }
        }
        // "thousands of students", "a group of diplomats", "members of the association"
        if matches!(
            self.lemmas[h].as_str(),
            "thousand"
                | "thousands"
                | "hundred"
                | "hundreds"
                | "ten"
                | "tens"
                | "dozen"
                | "dozens"
                | "million"
                | "millions"
                | "group"
                | "member"
                | "number"
                | "some"
                | "many"
                | "most"
                | "all"
                | "majority"
                | "part"
                | "score"
                | "scores"
                | "handful"
                | "band"
                | "team"
                | "crowd"
                | "several"
                | "few"
                | "one"
                | "two"
        ) || self.upos(h) == "NUM"
        {
            if let Some(o) = self
                .kids(h, "nmod")
                .find(|&o| self.case_of(o) == Some("of") && o > h)
            {
                if let Some(a) = self.actor_inner(o).filter(|a| a.actor.code.is_some()) {
                    return Some(a);
                }
            }
            // "to 18 Rwandan rebels" split by the parser into "18" and "rebels": the noun
            // right after the number
            if self.upos(h) == "NUM"
                && self.children[h]
                    .iter()
                    .all(|&c| matches!(self.base_rel(c), "case" | "advmod"))
            {
                let s = self.sentence(h);
                if let Some(n) = (h + 1..s.tokens.1.min(h + 5))
                    .take_while(|&t| matches!(self.upos(t), "ADJ" | "NOUN" | "PROPN" | "NUM"))
                    .find(|&t| {
                        matches!(self.upos(t), "NOUN" | "PROPN")
                            && (t + 1 >= s.tokens.1
                                || !matches!(self.upos(t + 1), "NOUN" | "PROPN"))
                    })
                {
                    if let Some(a) = self.actor_inner(n).filter(|a| a.actor.code.is_some()) {
                        return Some(a);
                    }
                }
            }
        }
        if self.is_pronoun(h) {
            // "Palestinian leaders said they would ...": the speaker
            if matches!(self.rel(h), "nsubj" | "nsubj:pass" | "expl") {
                // "told Ukraine officials they would need to deliver": an obligation laid
                // on the addressees ("told reporters they would attack": the speaker)
                let obliged = self.head(h).is_some_and(|w| {
                    self.kids(w, "aux")
                        .any(|a| matches!(self.lower[a].as_str(), "must" | "should"))
                        || (matches!(self.lemmas[w].as_str(), "need" | "have")
                            && self.kid(w, "xcomp").is_some())
                });
                if let Some(a) = self
                    .head(h)
                    .and_then(|v| self.speech_verb(v))
                    .filter(|_| obliged && matches!(self.lower[h].as_str(), "they" | "you"))
                    .and_then(|sv| self.addressee(sv))
                    .and_then(|o| self.actor(o))
                    .filter(|a| a.actor.code.is_some())
                {
                    return Some(Arg { lo: h, hi: h, ..a });
                }
                // ("activists staged rallies against Abbas, saying he must resign": "he" is
                // no group, nor a country or a body)
                let agrees = |sp: usize| {
                    !matches!(self.lower[h].as_str(), "he" | "she")
                        || (!matches!(self.xpos(sp), "NNS" | "NNPS")
                            && self.mention_at[sp]
                                .is_none_or(|(e, _)| self.doc.entities[e].kind == EntityType::PER))
                };
                if let Some(sv) = self.head(h).and_then(|v| self.speech_verb(v)) {
                    if let Some(sp) = self.subject(sv, 0).filter(|&sp| sp != h && agrees(sp)) {
                        if !self.is_pronoun(sp) {
                            let a = self.actor_inner(sp);
                            // a coded speaker, or a named one when nothing nearer is coded
                            if let Some(a) = a.filter(|a| {
                                a.actor.code.is_some()
                                    || (!a.actor.name.is_empty() && self.antecedent(h).is_none())
                            }) {
                                return Some(Arg { lo: h, hi: h, ..a });
                            }
                        }
                    }
                }
            }
            // "Prosecutors charged the former energy minister. *He* denied any wrongdoing":
            // with no person named, the one the sentence before did something to, when
            // whoever did it was no single person
            if matches!(self.lower[h].as_str(), "he" | "she")
                && self.rel(h).starts_with("nsubj")
                && self.antecedent(h).is_none()
            {
                let by_group = |a: &Arg| {
                    self.head(a.hi)
                        .and_then(|v| self.subject(v, 0))
                        .is_some_and(|s| {
                            matches!(self.xpos(s), "NNS" | "NNPS")
                                || self.mention_at[s].is_some_and(|(e, _)| {
                                    self.doc.entities[e].kind != EntityType::PER
                                })
                        })
                };
                if let Some(a) = self.object_before(h).filter(by_group) {
                    return Some(Arg { lo: h, hi: h, ..a });
                }
            }
            return self.antecedent(h).map(|(actor, _)| Arg {
                actor,
                lo: h,
                hi: h,
            });
        }
        let toks = self.phrase(h);
        let (lo, hi) = (toks[0], *toks.last().unwrap());
        let shown = self.name_tokens(h, &toks);
        let name_of = |toks: &[usize]| {
            // the phrase without its preposition ("of Iraqi Kurds" names "Iraqi Kurds")
            let first = toks
                .iter()
                .position(|&t| !matches!(self.base_rel(t), "case" | "mark" | "cc" | "punct"))
                .unwrap_or(0);
            let toks = &toks[first..];
            let a = self.doc.tokens[toks[0]].span.start;
            let b = self.doc.tokens[*toks.last().unwrap()].span.end;
            let s = self.doc.text[a..b]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            s.trim_start_matches("the ")
                .trim_start_matches("The ")
                .to_string()
        };
        // the mention that covers the head, else the one nearest before the head
        // ("Osama bin Laden's al-Qaeda network" is al-Qaeda's), else the first after it
        let named = |&t: &usize| {
            self.mention_at[t].filter(|&(e, _)| {
                self.doc.entities[e].kind != EntityType::MISC
                    && !self.in_timex[t]
                    && !self.sponsor(t)
            })
        };
        // a name set off by a comma at the start of the phrase is what the phrase is about,
        // whatever the parser made its head ("Pakistan, a key U.S. ally in the war, ...")
        let set_off = || {
            let first = *toks
                .iter()
                .find(|&&t| !matches!(self.base_rel(t), "case" | "mark" | "cc" | "punct"))?;
            let m = named(&first)?;
            let last = (first..=hi)
                .take_while(|&t| self.mention_at[t] == Some(m))
                .last()?;
            (last < hi && self.lower[last + 1] == ",").then_some(m)
        };
        // a name after the head counts only inside the head's own phrase (up to a verb or a
        // comma: not "A French minister threatened ... Franco-German relations" in a sentence
        // the parser hung on the noun), and not when a demonym before the head names the
        // country ("French minister")
        let after_head = || {
            let demonym = toks.iter().any(|&t| {
                t < h
                    && self
                        .kb
                        .country_by_demonym(&self.doc.text[self.doc.tokens[t].span.range()])
                        .is_some()
            });
            let stop = toks
                .iter()
                .copied()
                .find(|&t| t > h && (self.is_verbal(t) || self.lower[t] == ","))
                .unwrap_or(usize::MAX);
            (!demonym)
                .then(|| toks.iter().filter(|&&t| t < stop).find_map(named))
                .flatten()
        };
        let mention = self.mention_at[h].or_else(set_off).or_else(|| {
            toks.iter()
                .rev()
                .filter(|&&t| t < h)
                .find_map(named)
                .or_else(after_head)
        });
        let role = self.role_of(h);
        // "Britain's U.N. ambassador", "the French NATO envoy": a state's diplomat to an
        // international body is the state's; "the United Nations' Yemen envoy", "the U.S.
        // Ukraine envoy": whoever is named first sends the envoy, the second is the brief
        if matches!(
            self.lemmas[h].as_str(),
            "ambassador" | "envoy" | "representative" | "delegate" | "delegation" | "diplomat"
        ) {
            // (the modifiers before the head that name a state or a body, in order)
            // (also a modifier's own compound: "the U.S. Ukraine envoy" read as "[U.S.
            // Ukraine] envoy")
            let mut mods: Vec<usize> = self.children[h]
                .iter()
                .copied()
                .filter(|&c| c < h && matches!(self.rel(c), "nmod:poss" | "amod" | "compound"))
                .collect();
            let inner: Vec<usize> = mods
                .iter()
                .flat_map(|&c| self.kids(c, "compound").filter(move |&d| d < c))
                .collect();
            mods.extend(inner);
            mods.sort_unstable();
            let senders: Vec<String> = mods
                .into_iter()
                .filter_map(|c| match self.mention_at[c] {
                    Some((e, _)) if self.is_country_entity(e) => self.doc.entities[e]
                        .country
                        .as_ref()
                        .map(|k| format!("{k}GOV")),
                    Some((e, m)) => self
                        .mention_code(e, m)
                        .filter(|k| k.starts_with("IGO") || k.starts_with("NGO")),
                    None => {
                        let word = &self.doc.text[self.doc.tokens[c].span.range()];
                        self.kb
                            .country_by_demonym(word)
                            .map(|k| format!("{}GOV", k.code))
                    }
                })
                .collect();
            if senders.len() >= 2 {
                return Some(Arg {
                    actor: Actor {
                        entity: None,
                        name: name_of(&shown),
                        code: Some(senders[0].clone()),
                    },
                    lo,
                    hi,
                });
            }
        }
        if let Some((e, m)) = mention {
            let ent = &self.doc.entities[e];
            let covers_head = self.mention_at[h] == Some((e, m));
            let mut code = self
                .mention_code(e, m)
                .or_else(|| self.kb_code(&ent.name))
                .or_else(|| {
                    // a people named by its demonym ("Palestinians", "ethnic Turks")
                    self.kb
                        .country_by_demonym(&ent.name)
                        .map(|c| c.code.clone())
                });
            if let Some(c) = code.clone() {
                if !self.has_country(&c) {
                    // "GOV" for a person with a role but no known country.
                    // "King Hassan of Morocco": the name says it
                    let of_country = || {
                        let (_, rest) = ent.name.split_once(" of ")?;
                        self.kb.lookup(rest).into_iter().find_map(|e| {
                            (e.class == eventwire_kb::EntryClass::Country)
                                .then(|| e.country.clone())
                                .flatten()
                        })
                    };
                    let country = ent
                        .roles
                        .iter()
                        .chain(ent.mentions[m].role.iter())
                        .find_map(|r| self.country_in_words(r))
                        .or_else(of_country)
                        .or_else(|| self.country_in_tokens(&toks, Some((e, m))))
                        .or_else(|| ent.country.clone())
                        .or_else(|| self.nearby_country(h));
                    // "Arab League Secretary General Chadli Klibi": the body the title
                    // names before the person, when it is international
                    let body = if ent.kind == EntityType::PER {
                        self.body_before(h)
                    } else {
                        None
                    };
                    if let Some(b) = body {
                        code = Some(b);
                    } else if let Some(k) = country {
                        code = Some(format!("{k}{c}"));
                    }
                } else if !covers_head && !c.starts_with("IGO") && !c.starts_with("NGO") {
                    // a place names the country, the head its role: "Iraq's militants",
                    // "a newspaper based in Beirut" (the place alone reads as its government);
                    // a government's armed force is that force ("Algerian government forces")
                    // (and a person's followers are a group of the person's country:
                    // "Trump supporters", "Bolsonaro loyalists")
                    if let Some(r) = role.as_ref().filter(|r| {
                        c.len() == 3
                            || ent.kind == EntityType::LOC
                            || (c.len() == 6
                                && c.ends_with("GOV")
                                && matches!(r.as_str(), "MIL" | "COP" | "SPY"))
                            || (ent.kind == EntityType::PER && self.xpos(h) == "NNS")
                    }) {
                        code = Some(format!("{}{r}", &c[..3]));
                    }
                }
            } else {
                let country = ent.country.clone().or_else(|| {
                    ent.roles
                        .iter()
                        .chain(ent.mentions[m].role.iter())
                        .find_map(|r| self.country_in_words(r))
                        .or_else(|| self.country_in_tokens(&toks, Some((e, m))))
                        .or_else(|| {
                            (ent.kind == EntityType::PER)
                                .then(|| self.nearby_country(h))
                                .flatten()
                        })
                });
                let role = role.clone().or_else(|| {
                    // a title in the phrase ("Secretary of State Warren Christopher")
                    toks.iter()
                        .filter(|&&t| t != h && self.mention_at[t] != Some((e, m)))
                        .find_map(|&t| self.kb.role(&self.lower[t]).map(|r| r.code))
                        .or_else(|| {
                            ent.roles
                                .iter()
                                .chain(ent.mentions[m].role.iter())
                                .find_map(|r| self.kb.role(r).map(|r| r.code))
                        })
                });
                // an organisation named as a state organ ("Russia's Defence Ministry",
                // "Turkey's Constitutional Court") takes the organ's role
                let organ = ent.kind == EntityType::ORG
                    && self.kb.role(&ent.name.to_lowercase()).is_some_and(|r| {
                        matches!(
                            r.class,
                            eventwire_kb::RoleClass::Organ | eventwire_kb::RoleClass::Group
                        )
                    });
                if let Some(k) = country {
                    code = Some(match &role {
                        Some(r) if !covers_head || ent.kind == EntityType::PER || organ => {
                            format!("{k}{r}")
                        }
                        _ => k.clone(),
                    });
                }
            }
            if code.is_none() {
                // a mention the resolver could not code: the knowledge base by the phrase
                // ("the United Nations" tagged "Nations"), a demonym in its words ("Syrian
                // leader Ahmed al-Sharaa")
                code = self.kb_code(&name_of(&toks)).or_else(|| {
                    let c = self.country_in_words(&ent.name)?;
                    let r = role.clone().or_else(|| {
                        ent.name
                            .split_whitespace()
                            .find_map(|w| self.kb.role(w).map(|r| r.code))
                    });
                    Some(format!("{c}{}", r.unwrap_or_default()))
                });
            }
            if code.is_none() && (!covers_head || ent.kind != EntityType::LOC) {
                // "Darfur rebels": a place without a code and a role noun; "Protesters"
                // tagged as a name
                if let Some(r) = &role {
                    if let Some(k) = ent.country.clone().or_else(|| self.fallback_country(h)) {
                        code = Some(format!("{k}{r}"));
                    }
                }
            }
            if code.is_none() && ent.kind == EntityType::ORG && covers_head {
                // an unlisted multinational body ("Asia-Pacific Economic Cooperation forum")
                let n = ent.name.to_lowercase();
                if [
                    "international",
                    "world",
                    "nations",
                    "european",
                    "african",
                    "asian",
                    "asia-pacific",
                    "arab",
                    "atlantic",
                    "pacific",
                    "islamic",
                    "regional",
                    "commonwealth",
                    "organization of",
                    "organisation of",
                ]
                .iter()
                .any(|w| n.contains(w))
                    // a body, not a movement ("Islamic Salvation Front", "Arab Liberation
                    // Front")
                    && !n.split_whitespace().any(|w| {
                        matches!(
                            w,
                            "front"
                                | "movement"
                                | "party"
                                | "army"
                                | "brigade"
                                | "brigades"
                                | "militia"
                                | "jihad"
                                | "fighters"
                                | "liberation"
                                | "resistance"
                                | "salvation"
                        )
                    })
                {
                    code = Some("IGO".into());
                }
            }
            if code.is_none() && ent.kind == EntityType::MISC && !self.modifies_no_party(h) {
                // a demonym tagged as MISC ("Syrian authorities").
                if let Some(c) = self.kb.country_by_demonym(&ent.name) {
                    code = Some(format!("{}{}", c.code, role.clone().unwrap_or_default()));
                }
            }
            if code.is_none() && covers_head {
                code = self.people_of_place(h);
            }
            if let Some(c) = code.clone() {
                if !self.has_country(&c) {
                    if let Some(k) = self.fallback_country(h) {
                        code = Some(format!("{k}{c}"));
                    }
                }
            }
            let name = if covers_head {
                ent.name.clone()
            } else {
                name_of(&shown)
            };
            return Some(Arg {
                actor: Actor {
                    entity: Some(ent.id.clone()),
                    name,
                    code,
                },
                lo,
                hi,
            });
        }
        // a name the tagger missed: the head with its flat parts, looked up in the
        // knowledge base ("Andreas Papandreou")
        let capitalised = self.doc.text[self.doc.tokens[h].span.range()]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && self.sentence(h).tokens.0 != h;
        if self.upos(h) == "PROPN" || (self.upos(h) == "NOUN" && capitalised) {
            let mut parts: Vec<usize> = vec![h];
            parts.extend(self.kids(h, "flat"));
            // the capitalised words before it ("European Community")
            let mut first = h;
            while first > lo {
                let w = &self.doc.text[self.doc.tokens[first - 1].span.range()];
                if !w.chars().next().is_some_and(char::is_uppercase)
                    || !matches!(self.upos(first - 1), "PROPN" | "ADJ" | "NOUN")
                {
                    break;
                }
                first -= 1;
            }
            parts.sort_unstable();
            let b = self.doc.tokens[*parts.last().unwrap()].span.end;
            let found = [first, parts[0]].into_iter().find_map(|f| {
                let a = self.doc.tokens[f].span.start;
                let name = &self.doc.text[a..b];
                self.kb_code(name).map(|c| (name, c))
            });
            if let Some((name, code)) = found {
                return Some(Arg {
                    actor: Actor {
                        entity: None,
                        name: name.to_string(),
                        code: Some(code),
                    },
                    lo,
                    hi,
                });
            }
        }
        // an actor no mention names: the phrase, with a code read from its words
        let unnamed = |code: String| Arg {
            actor: Actor {
                entity: None,
                name: name_of(&shown),
                code: Some(code),
            },
            lo,
            hi,
        };
        // an organisation the tagger missed, named by the capitalised words before a role
        // noun: "European Community foreign ministers", "NATO commanders"
        if role.is_some() {
            let mut t = lo;
            while t < h {
                let cap = |t: usize| {
                    self.doc.text[self.doc.tokens[t].span.range()]
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                };
                if !cap(t) {
                    t += 1;
                    continue;
                }
                let mut e = t;
                while e + 1 < h && cap(e + 1) {
                    e += 1;
                }
                let a = self.doc.tokens[t].span.start;
                let b = self.doc.tokens[e].span.end;
                if let Some(code) = self
                    .kb_code(&self.doc.text[a..b])
                    .filter(|c| c.starts_with("IGO") || c.starts_with("NGO"))
                {
                    return Some(unnamed(code));
                }
                t = e + 1;
            }
            // (or named by a mention the phrase leaves out: "*U.N.* human rights officials")
            // (also read as the verb's indirect object right before the phrase: "allowed
            // [U.N.] [human rights officials]")
            let before = lo
                .checked_sub(1)
                .filter(|&c| self.rel(c) == "iobj" && self.head(c) == self.head(h));
            let body = self
                .kids(h, "compound")
                .chain(self.kids(h, "nmod:poss"))
                .filter(|&c| c < h)
                .chain(before)
                .find_map(|c| {
                    let (e, m) = self.mention_at[c]?;
                    self.mention_code(e, m)
                        .or_else(|| self.kb_code(&self.doc.entities[e].name))
                        .filter(|c| c.starts_with("IGO") || c.starts_with("NGO"))
                });
            if let Some(code) = body {
                return Some(unnamed(code));
            }
        }
        let country = self.country_in_tokens(&toks, None);
        match (country, role) {
            (Some(c), r) => Some(unnamed(format!("{c}{}", r.unwrap_or_default()))),
            (None, Some(r)) => {
                // "Russia's defence ministry said its forces had captured ...": the owner's
                // (a state's forces are its own; a group's fighters are the group)
                // (as the subject of what the owner says)
                let speaker = || {
                    let v = self.head(h).filter(|_| self.rel(h) == "nsubj")?;
                    self.subject(self.speech_verb(v)?, 0)
                        .filter(|&s| !self.is_pronoun(s))
                };
                let owner = self
                    .kids(h, "nmod:poss")
                    .find(|&p| matches!(self.lower[p].as_str(), "its" | "their"))
                    .and_then(|_| self.actor_inner(speaker()?)?.actor.code)
                    .filter(|c| self.has_country(c));
                if let Some(c) = owner {
                    let state = c.len() == 3
                        || matches!(&c[3..], "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG");
                    let code = if state { format!("{}{r}", &c[..3]) } else { c };
                    return Some(unnamed(code));
                }
                // "the president", "the party": the one the story named before
                if let Some(a) = self.definite_antecedent(h) {
                    return Some(Arg { lo, hi, ..a });
                }
                // "the court's president": an officer of the international body a
                // definite description names
                if let Some(a) = self
                    .kids(h, "nmod:poss")
                    .find_map(|p| self.definite_antecedent(p))
                    .filter(|a| {
                        a.actor
                            .code
                            .as_deref()
                            .is_some_and(|c| c.starts_with("IGO") || c.starts_with("NGO"))
                    })
                {
                    return Some(Arg { lo, hi, ..a });
                }
                // "both sides", "the country": no party without a name or a demonym
                // ("the opposition leader" is a party: its modifier gives the role)
                let modified = self.children[h].iter().any(|&c| {
                    c < h
                        && (self.rel(c) == "compound"
                            || (self.rel(c) == "amod" && self.kb.role(&self.lower[c]).is_some()))
                });
                // (a role noun the tagger took for an adjective acts as a subject: "Gunmen
                // shot dead two police officers")
                let subject_adj = self.upos(h) == "ADJ" && self.rel(h) == "nsubj";
                if !(matches!(self.upos(h), "NOUN" | "PROPN") || subject_adj)
                    || (!modified
                        && matches!(
                            self.lemmas[h].as_str(),
                            "side" | "state" | "country" | "nation" | "capital" | "camp" | "leader"
                        ))
                {
                    return None;
                }
                // "urging the counterpart to sign": a counterpart is another party's, the
                // story's first country other than the clause subject's
                if self.lemmas[h] == "counterpart" {
                    let own = self
                        .head(h)
                        .and_then(|v| self.subject(v, 0))
                        .filter(|&s| s != h)
                        .and_then(|s| self.actor_inner(s))
                        .and_then(|a| a.actor.code)
                        .and_then(|c| c.get(..3).map(str::to_string));
                    // (a country named in the sentence, by name or adjective, else in the
                    // story)
                    let sent = self.sentence(h);
                    let other = |k: &String| own.as_deref().is_some_and(|o| o != k);
                    let named = (sent.tokens.0..sent.tokens.1)
                        .filter_map(|t| self.country_in_tokens(&[t], None))
                        .find(other)
                        .or_else(|| {
                            self.story_countries
                                .iter()
                                .map(|(k, _)| k.clone())
                                .find(other)
                        });
                    if let Some(k) = named {
                        return Some(unnamed(format!("{k}{r}")));
                    }
                }
                // (aid groups, charities and rights groups that no word places are
                // non-governmental bodies at large, "NGO", not the country they work in:
                // "suspended the activities of ten foreign aid groups")
                if r == "NGO" {
                    return Some(unnamed(r.to_string()));
                }
                let c = self.fallback_country(h).unwrap_or_default();
                Some(unnamed(format!("{c}{r}")))
            }
            (None, None) => {
                // "the governor's office", "the minister's staff": whose it is
                let office = matches!(
                    self.lemmas[h].as_str(),
                    "office"
                        | "staff"
                        | "team"
                        | "camp"
                        | "bureau"
                        | "secretariat"
                        | "entourage"
                        | "lawyer"
                        | "attorney"
                );
                if let Some(a) = self
                    .kids(h, "nmod:poss")
                    .filter(|_| office)
                    .find(|&p| !self.is_pronoun(p) && self.role_of(p).is_some())
                    .and_then(|p| self.actor_plain(p))
                {
                    return Some(Arg {
                        actor: Actor {
                            name: name_of(&shown),
                            ..a.actor
                        },
                        lo,
                        hi,
                    });
                }
                if self.upos(h) != "PROPN" {
                    return None;
                }
                Some(Arg {
                    actor: Actor {
                        entity: None,
                        name: name_of(&shown),
                        code: self.people_of_place(h),
                    },
                    lo,
                    hi,
                })
            }
        }
    }

    /// The entity a definite description stands for: "the president" → the last person
    /// the story gave that title, "the party" → the last organisation with that word in
    /// its name, within the previous few sentences.
    fn definite_antecedent(&self, h: usize) -> Option<Arg> {
        if !self
            .kids(h, "det")
            .any(|d| matches!(self.lower[d].as_str(), "the" | "this" | "that"))
            || self.kids(h, "amod").next().is_some()
            || self.kids(h, "compound").next().is_some()
        {
            return None;
        }
        let word = self.lemmas[h].as_str();
        let first_sent = self.sent_of[h].saturating_sub(4);
        let lo = self.doc.sentences.get(first_sent)?.tokens.0;
        let mut seen = Vec::new();
        for t in (lo..h).rev() {
            let Some((e, m)) = self.mention_at[t] else {
                continue;
            };
            if seen.contains(&e) {
                continue;
            }
            seen.push(e);
            let ent = &self.doc.entities[e];
            let fits = match ent.kind {
                EntityType::PER => ent
                    .roles
                    .iter()
                    .chain(ent.mentions[m].role.iter())
                    .any(|r| r.to_lowercase().split_whitespace().any(|w| w == word)),
                // "the group", "the movement", "the militia": any organisation named before
                // that is an armed or political group
                EntityType::ORG => {
                    ent.name
                        .to_lowercase()
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| w == word)
                        || self
                            .mention_code(e, m)
                            .or_else(|| ent.actor_code.clone())
                            .is_some_and(|c| {
                                let role = c.get(3..6).unwrap_or("");
                                match word {
                                    "group" | "movement" | "militia" => {
                                        matches!(role, "REB" | "INS" | "OPP" | "PTY" | "IMG")
                                            || c.ends_with("IMG")
                                    }
                                    // (or an international one: "ordered the International
                                    // Organization for Migration to close its offices,
                                    // accusing the agency of ...")
                                    "organisation" | "organization" => {
                                        matches!(role, "REB" | "INS" | "OPP" | "PTY" | "IMG")
                                            || c.ends_with("IMG")
                                            || c.starts_with("IGO")
                                            || c.starts_with("NGO")
                                    }
                                    "party" => matches!(role, "OPP" | "PTY"),
                                    "bloc" | "alliance" | "body" => c.starts_with("IGO"),
                                    "agency" => {
                                        role == "SPY"
                                            || c.starts_with("IGO")
                                            || c.starts_with("NGO")
                                    }
                                    "union" => role == "LAB",
                                    "company" | "firm" => role == "BUS" || c.starts_with("MNC"),
                                    _ => false,
                                }
                            })
                }
                _ => false,
            };
            if fits {
                return self.actor_inner(t).filter(|a| a.actor.code.is_some());
            }
        }
        None
    }

    /// The actor code the knowledge base gives a name the resolver left uncoded (a person
    /// the tagger took for an organisation): one entry only, people by their role on the
    /// reference date.
    fn kb_code(&self, name: &str) -> Option<String> {
        let hits = self.kb.lookup(name);
        if hits.len() != 1 {
            return None;
        }
        let e = hits[0];
        if e.class == eventwire_kb::EntryClass::Person {
            let s = match self.reference {
                Some(r) => self
                    .kb
                    .person_role_on(e, &r.format("%Y-%m-%d").to_string())?,
                // no date to go by: the person's latest office
                None => self
                    .kb
                    .spells(e)
                    .iter()
                    .max_by(|a, b| a.start.cmp(&b.start))?
                    .clone(),
            };
            return Some(format!("{}{}", s.country, s.role));
        }
        e.actor_code.clone()
    }

    /// Named parties set off by dashes between a descriptive subject and its verb ("the
    /// only two Arab states ... - Egypt and Jordan - also criticised").
    fn dashed_apposition(&self, s: usize, v: usize) -> Vec<Option<Arg>> {
        let dash = |t: usize| matches!(self.lower[t].as_str(), "-" | "–" | "—" | "--");
        let Some(a) = (s + 1..v).find(|&t| dash(t)) else {
            return vec![];
        };
        let Some(b) = (a + 1..v).find(|&t| dash(t)) else {
            return vec![];
        };
        let mut out: Vec<Option<Arg>> = Vec::new();
        let mut seen = Vec::new();
        for t in a + 1..b {
            if let Some((e, _)) = self.mention_at[t] {
                if seen.contains(&e) {
                    continue;
                }
                seen.push(e);
                if let Some(x) = self.actor_inner(t).filter(|x| x.actor.code.is_some()) {
                    out.push(Some(x));
                }
            }
        }
        out
    }

    /// The first coded actor anywhere in a phrase's subtree ("an investigation into an
    /// allegation made against *Assange*").
    fn deep_actor(&self, h: usize) -> Option<Arg> {
        // not into time phrases: "from the facilities after U.S. officials alleged"
        let toks = self.subtree(h, |_, c| {
            matches!(self.base_rel(c), "punct" | "parataxis" | "conj" | "cc")
                || matches!(
                    self.case_of(c),
                    Some("after" | "before" | "during" | "since" | "until")
                )
                // nor into what the act is set against: "despite Israel's wish", "amid
                // protests by students", "like most other members"
                || matches!(
                    self.case_of(c),
                    Some("despite" | "amid" | "like" | "unlike" | "besides")
                )
        });
        // each mention once, by its last word: "Independent" alone is a newspaper, the
        // "Independent National Electoral Commission" is not
        // and definite descriptions ("defended *the party*'s actions"), and groups named by
        // a plural role noun ("the demonstration staged by *students*")
        // (or a group noun that modifies the head: "opposition calls", "student demands")
        let described = |t: usize| {
            self.upos(t) == "NOUN"
                && (self.kids(t, "det").any(|d| self.lower[d] == "the")
                    || self.xpos(t) == "NNS"
                    || (self.rel(t) == "compound"
                        && self.head(t) == Some(h)
                        // (not forces: "army reservists" are the actor's own)
                        && self.role_of(t).as_deref() != Some("MIL")))
                && self.role_of(t).is_some()
        };
        // names first: "the withdrawal of some invasion forces *from Panama*"
        // (but a group right on the noun is whose it is: "*union* demands to restore
        // subsidies in Buenos Aires")
        let coded = |t: usize| self.actor_inner(t).filter(|a| a.actor.code.is_some());
        // (when no name stands in the noun's own words outside its clauses: "a Russian
        // diplomat persona non grata")
        let clausal = |t: usize| {
            std::iter::successors(Some(t), |&x| self.head(x))
                .take_while(|&x| x != h)
                .any(|x| matches!(self.base_rel(x), "acl" | "advcl" | "xcomp" | "ccomp"))
        };
        let own_group = || {
            if toks
                .iter()
                .any(|&t| t != h && self.ends_mention(t) && !clausal(t))
            {
                return None;
            }
            self.kids(h, "compound")
                .filter(|&t| {
                    self.mention_at[t].is_none() && self.children[t].is_empty() && described(t)
                })
                .find_map(coded)
        };
        own_group()
            .or_else(|| {
                toks.iter()
                    .copied()
                    .filter(|&t| t != h && self.ends_mention(t))
                    .find_map(coded)
            })
            .or_else(|| {
                toks.iter()
                    .copied()
                    .filter(|&t| t != h && described(t))
                    .find_map(coded)
            })
    }

    /// Is this the last token of a mention? (Each mention is taken once, by its last word.)
    fn ends_mention(&self, t: usize) -> bool {
        self.mention_at[t].is_some()
            && (t + 1 >= self.mention_at.len() || self.mention_at[t + 1] != self.mention_at[t])
    }

    /// An international body named in the words just before a person's title ("Arab
    /// League Secretary General X", "UN envoy X"): its code.
    fn body_before(&self, h: usize) -> Option<String> {
        let s = self.doc.sentences.get(self.sent_of[h])?;
        let lo = h.saturating_sub(5).max(s.tokens.0);
        let own = self.mention_at[h];
        (lo..h).rev().find_map(|t| {
            let (e, m) = self.mention_at[t].filter(|&x| Some(x) != own)?;
            let ent = &self.doc.entities[e];
            (ent.kind == EntityType::ORG)
                .then(|| self.mention_code(e, m).or_else(|| self.kb_code(&ent.name)))
                .flatten()
                .filter(|c| c.starts_with("IGO") || c.starts_with("NGO"))
        })
    }

    /// A country named near a person's mention ("U.S. Defense Secretary Mark Esper").
    fn nearby_country(&self, h: usize) -> Option<String> {
        let lo = h.saturating_sub(4);
        let s = self.doc.sentences.get(self.sent_of[h])?;
        let toks: Vec<usize> = (lo.max(s.tokens.0)..h).collect();
        self.country_in_tokens(&toks, self.mention_at[h])
    }

    /// "them" or "us" as the object in what plural speakers report ("Former detainees told
    /// HRW that agents had tortured them"): the speakers.
    fn speakers_themselves(&self, t: usize) -> Option<Arg> {
        if !matches!(self.lower[t].as_str(), "them" | "us") || self.base_rel(t) != "obj" {
            return None;
        }
        let mut c = self.head(t)?;
        for _ in 0..3 {
            let h = self.head(c)?;
            if self.base_rel(c) == "ccomp" && SPEECH_VERBS.contains(&self.lemmas[h].as_str()) {
                let s = self.kid(h, "nsubj")?;
                let a = self
                    .actor(s)
                    .filter(|a| a.actor.code.is_some() && matches!(self.xpos(s), "NNS" | "NNPS"))?;
                return Some(Arg { lo: t, hi: t, ..a });
            }
            c = h;
        }
        None
    }

    /// "disbanded the country's press association, accusing *its leaders* of ...",
    /// "detained a fishing boat and its crew, accusing *them* of ...": the object of a
    /// participle hung on a clause, when it is a pronoun or is owned by one (or by "the
    /// group"), stands for the coded object of that clause (or of the verb that clause
    /// completes); a definite description ("accusing *the island nation* of ...") also for
    /// the clause's other party after with, to or against.
    fn object_of_main_clause(&self, t: usize) -> Option<Arg> {
        let v = self.head(t)?;
        if self.xpos(v) != "VBG" || !matches!(self.base_rel(v), "advcl" | "xcomp" | "conj") {
            return None;
        }
        let owner_word = |p: usize| {
            matches!(self.lower[p].as_str(), "its" | "their")
                || (matches!(
                    self.lemmas[p].as_str(),
                    "group"
                        | "organisation"
                        | "organization"
                        | "association"
                        | "charity"
                        | "agency"
                ) && self.kids(p, "det").any(|d| self.lower[d] == "the"))
        };
        // (or a definite description of the party: "accusing *the island nation* of ...")
        let described = self.kids(t, "det").any(|d| self.lower[d] == "the")
            && matches!(
                self.lemmas[t].as_str(),
                "nation"
                    | "country"
                    | "kingdom"
                    | "republic"
                    | "company"
                    | "firm"
                    | "group"
                    | "broadcaster"
                    | "organisation"
                    | "organization"
                    | "charity"
            )
            && !self.children[t]
                .iter()
                .any(|&c| self.mention_at[c].is_some() || self.rel(c) == "nmod:poss");
        let stands_for = matches!(self.lower[t].as_str(), "them" | "it")
            || self.kids(t, "nmod:poss").any(owner_word)
            || described;
        if !stands_for || !matches!(self.base_rel(t), "obj" | "nsubj:pass") {
            return None;
        }
        // (the clause's verb, or the one it completes: "ordered MSF to *leave* the town,
        // accusing the group's staff")
        let mut main = self.head(v).filter(|&h| h < v && self.is_verbal(h))?;
        for _ in 0..2 {
            if let Some(a) = self
                .object(main)
                .filter(|&o| o < t)
                .and_then(|o| self.actor(o))
                .filter(|a| a.actor.code.is_some())
            {
                return Some(Arg { lo: t, hi: t, ..a });
            }
            // (a description may stand for the clause's other party: "suspended its
            // agreements *with Trinidad and Tobago*, accusing the island nation ...")
            if described {
                let other = self
                    .object(main)
                    .filter(|&o| o < t)
                    .into_iter()
                    .flat_map(|o| self.kids(o, "nmod").collect::<Vec<_>>())
                    .chain(self.obliques(main).collect::<Vec<_>>())
                    .filter(|&o| {
                        o < t && matches!(self.case_of(o), Some("with" | "to" | "against"))
                    })
                    .find_map(|o| self.actor(o).filter(|a| a.actor.code.is_some()));
                if let Some(a) = other {
                    return Some(Arg { lo: t, hi: t, ..a });
                }
            }
            main = self
                .head(main)
                .filter(|&h| self.base_rel(main) == "xcomp" && self.is_verbal(h))?;
        }
        None
    }

    /// "Police arrested an opposition lawmaker hours after *he* accused the army", "revoked
    /// the work permit of an Australian lecturer two days after *he* criticised the
    /// government": the subject of a time clause is the person the main clause acted on,
    /// when its own subject is a body or a group, which "he" cannot be.
    fn person_acted_on(&self, h: usize) -> Option<(Actor, usize)> {
        if !matches!(self.lower[h].as_str(), "he" | "she") || self.rel(h) != "nsubj" {
            return None;
        }
        let clause = self.head(h).filter(|&c| self.base_rel(c) == "advcl")?;
        if !self.kids(clause, "mark").any(|m| {
            matches!(
                self.lower[m].as_str(),
                "after" | "before" | "when" | "because" | "since"
            )
        }) {
            return None;
        }
        let v = self.head(clause)?;
        // (the acting subject is plural or a body: "security forces", "police", "the
        // immigration department")
        let subject = self.kid(v, "nsubj")?;
        let body = matches!(self.xpos(subject), "NNS" | "NNPS")
            || matches!(
                self.lemmas[subject].as_str(),
                "police"
                    | "government"
                    | "department"
                    | "ministry"
                    | "authority"
                    | "court"
                    | "army"
                    | "military"
                    | "navy"
                    | "agency"
                    | "service"
                    | "office"
                    | "commission"
                    | "council"
            );
        if !body
            || self.mention_at[subject]
                .is_some_and(|(e, _)| self.doc.entities[e].kind == EntityType::PER)
        {
            return None;
        }
        // the person acted on: the object, or whose the object is ("the work permit of an
        // Australian university lecturer")
        let o = self.kid(v, "obj").filter(|&o| o < h)?;
        let person = |n: usize| {
            self.xpos(n) == "NN"
                && (self.mention_at[n]
                    .is_some_and(|(e, _)| self.doc.entities[e].kind == EntityType::PER)
                    || self.role_of(n).is_some()
                    || self.actor(n).is_some_and(|a| a.actor.code.is_some()))
        };
        let who = if person(o) {
            o
        } else {
            self.kids(o, "nmod")
                .find(|&n| n > o && self.case_of(n) == Some("of") && person(n))?
        };
        let a = self.actor(who).filter(|a| a.actor.code.is_some())?;
        Some((a.actor, who))
    }

    /// The entity a pronoun refers to: the nearest compatible mention before it in the
    /// sentence, else the first one of the previous sentence.
    fn antecedent(&self, h: usize) -> Option<(Actor, usize)> {
        let want: &[EntityType] = match self.lower[h].as_str() {
            "he" | "she" | "him" | "her" | "his" => &[EntityType::PER],
            "it" | "its" => &[EntityType::ORG, EntityType::LOC],
            "they" | "them" | "we" | "us" | "their" | "our" => {
                &[EntityType::ORG, EntityType::LOC, EntityType::PER]
            }
            _ => return None,
        };
        if let Some(found) = self.person_acted_on(h) {
            return Some(found);
        }
        let si = self.sent_of[h];
        let person = want == [EntityType::PER];
        // a people named by its demonym ("two Colombians")
        let people = |e: usize| {
            let ent = &self.doc.entities[e];
            ent.kind == EntityType::MISC && self.kb.country_by_demonym(&ent.name).is_some()
        };
        let ok = |t: usize| -> Option<(usize, usize)> {
            let (e, m) = self.mention_at[t]?;
            let ent = &self.doc.entities[e];
            let kb = || self.kb.lookup(&ent.name);
            // the tagger sometimes takes a person for an organisation: the knowledge base
            // knows better
            // ("them" may be people named by their nationality: "arrested two Colombians
            // and a Ukrainian, accusing them of ...")
            let kind_ok = want.contains(&ent.kind)
                || (want.len() == 3 && self.xpos(t) == "NNPS" && people(e))
                || (person
                    && ent.kind == EntityType::ORG
                    && kb()
                        .first()
                        .is_some_and(|k| k.class == eventwire_kb::EntryClass::Person));
            let coded =
                self.mention_code(e, m).is_some() || self.kb_code(&ent.name).is_some() || people(e);
            // ("calling them an attack": one person is no "them", two coordinated are)
            let one_person = want.len() == 3
                && ent.kind == EntityType::PER
                && !matches!(self.lower[h].as_str(), "we" | "us" | "our")
                && {
                    let mut head = t;
                    while let Some(up) = self
                        .head(head)
                        .filter(|&u| self.mention_at[u] == Some((e, m)))
                    {
                        head = up;
                    }
                    self.rel(head) != "conj" && self.kid(head, "conj").is_none()
                };
            (kind_ok && coded && !one_person).then_some((e, m))
        };
        let s = self.doc.sentences.get(si)?;
        // "they"/"them" may stand for a group named by a role noun ("pinning 800 students
        // inside and threatened to use live ammunition on them"); an object pronoun is not
        // its own clause's subject (that would be "themselves")
        let plural = matches!(self.lower[h].as_str(), "they" | "them" | "their");
        let own_subject = self
            .head(h)
            .and_then(|v| self.subject(v, 0))
            .filter(|_| !self.rel(h).starts_with("nsubj"));
        // "bombers killed 23 people when they blew themselves up": the subject of an
        // adverbial clause is the subject of the clause it hangs on, if that is a group
        // (and "it" of a singular one: "The US military sent troops after it pulls out ...")
        let it = self.lower[h] == "it";
        if (plural || it) && self.rel(h).starts_with("nsubj") {
            let governing = self
                .head(h)
                .filter(|&c| self.base_rel(c) == "advcl")
                .and_then(|c| self.head(c))
                .and_then(|v| self.kid(v, "nsubj"))
                .filter(|&g| {
                    g < h
                        && if it {
                            matches!(self.xpos(g), "NN" | "NNP")
                        } else {
                            matches!(self.xpos(g), "NNS" | "NNPS")
                        }
                });
            if let Some((a, g)) = governing
                .and_then(|g| Some((self.actor(g)?, g)))
                .filter(|(a, _)| a.actor.code.is_some())
            {
                return Some((a.actor, g));
            }
        }
        if plural {
            // a place is not "them"
            let place = |t: usize| {
                self.mention_at[t]
                    .is_some_and(|(e, _)| self.doc.entities[e].kind == EntityType::LOC)
            };
            // "to free 11 police officers they seized": the subject of a relative clause is
            // not the noun the clause describes
            let described: Vec<usize> = self
                .head(h)
                .filter(|&c| self.rel(h).starts_with("nsubj") && self.rel(c) == "acl:relcl")
                .and_then(|c| self.head(c))
                .map(|n| self.phrase(n))
                .unwrap_or_default();
            let group = (s.tokens.0..h).rev().find(|&t| {
                Some(t) != own_subject
                    && !described.contains(&t)
                    // ("dozens of them": not the dozens)
                    && !self.dominates(t, h)
                    && !place(t)
                    && (ok(t).is_some() || (self.xpos(t) == "NNS" && self.role_of(t).is_some()))
            });
            if let Some(t) = group.filter(|&t| self.mention_at[t].is_none()) {
                if let Some(a) = self.actor(t).filter(|a| a.actor.code.is_some()) {
                    return Some((a.actor, t));
                }
            }
            // "Malian soldiers came under attack near Timbuktu. They fought off ...": the
            // group that is the subject of the sentence before, not a place in it
            // (also the ones acted on: "Police later arrested 11 of them")
            let acted_on = matches!(self.rel(h), "obj" | "iobj")
                || (self.rel(h) == "nmod" && self.case_of(h) == Some("of"));
            if group.is_none() && (self.rel(h).starts_with("nsubj") || acted_on) {
                let p = si
                    .checked_sub(1)
                    .and_then(|i| self.doc.sentences.get(i))
                    .copied();
                let subject = p.and_then(|p| {
                    (p.tokens.0..p.tokens.1).find(|&t| {
                        self.rel(t) == "nsubj"
                            && self.head(t).is_some_and(|v| self.head(v).is_none())
                            && matches!(self.xpos(t), "NNS" | "NNPS")
                            && !place(t)
                    })
                });
                if let Some((a, t)) = subject
                    .and_then(|t| Some((self.actor(t)?, t)))
                    .filter(|(a, _)| a.actor.code.is_some())
                {
                    return Some((a.actor, t));
                }
            }
        }
        // nor any party its subject names ("Lebanon's health ministry accused it of ...":
        // not Lebanon, wherever the sentence names it)
        let subject_entities: Vec<usize> = own_subject
            .filter(|_| matches!(self.rel(h), "obj" | "iobj"))
            .map(|o| {
                self.phrase(o)
                    .into_iter()
                    .filter_map(|t| Some(self.mention_at[t]?.0))
                    .collect()
            })
            .unwrap_or_default();
        // a place that only modifies another noun ("the broadcaster's Baku office") is not
        // what the pronoun stands for
        let modifier = |t: usize| {
            self.rel(t) == "compound"
                && self
                    .head(t)
                    .is_some_and(|n| self.mention_at[n].is_none() && self.role_of(n).is_none())
                && self.mention_at[t]
                    .is_some_and(|(e, _)| self.doc.entities[e].kind == EntityType::LOC)
        };
        let found = (s.tokens.0..h)
            .rev()
            .filter(|&t| {
                Some(t) != own_subject
                    && own_subject.is_none_or(|o| {
                        self.mention_at[t].is_none() || self.mention_at[t] != self.mention_at[o]
                    })
                    && !self.mention_at[t].is_some_and(|(e, _)| subject_entities.contains(&e))
                    && !modifier(t)
            })
            .find_map(|t| ok(t).map(|x| (x, t)))
            .or_else(|| {
                let p = self.doc.sentences.get(si.checked_sub(1)?)?;
                // prefer a subject of the previous sentence
                (p.tokens.0..p.tokens.1)
                    .find(|&t| ok(t).is_some() && self.rel(t).starts_with("nsubj"))
                    .or_else(|| (p.tokens.0..p.tokens.1).find(|&t| ok(t).is_some()))
                    .map(|t| (ok(t).unwrap(), t))
            })
            .or_else(|| {
                // "he", a paragraph on: the last person named up to three sentences back
                if !person {
                    return None;
                }
                let from = self.doc.sentences.get(si.checked_sub(3)?)?.tokens.0;
                let to = self.doc.sentences.get(si.checked_sub(1)?)?.tokens.0;
                (from..to).rev().find_map(|t| ok(t).map(|x| (x, t)))
            });
        let t = match found {
            Some((_, t)) => t,
            // "Pakistan's army spokesman held a news conference. He accused India ...": a
            // person named by a title alone, as the subject of the sentence before
            None if person && self.rel(h).starts_with("nsubj") => {
                let p = self.doc.sentences.get(si.checked_sub(1)?)?;
                let titled = |t: usize| {
                    self.xpos(t) == "NN"
                        && self.mention_at[t].is_none()
                        && self.role_of(t).is_some()
                };
                // (else the subject of a passive or of a clause in it: "Bishops called for
                // the health minister to step down. He resigned on Tuesday.")
                (p.tokens.0..p.tokens.1)
                    .find(|&t| {
                        self.rel(t) == "nsubj"
                            && self.head(t).is_some_and(|v| self.head(v).is_none())
                            && titled(t)
                    })
                    .or_else(|| {
                        (p.tokens.0..p.tokens.1)
                            .find(|&t| self.rel(t).starts_with("nsubj") && titled(t))
                    })
                    // (or the one person it names by a title: "called for the minister to
                    // step down" read with "for the minister" as an oblique)
                    .or_else(|| {
                        let mut titles = (p.tokens.0..p.tokens.1).filter(|&t| titled(t));
                        let t = titles.next()?;
                        titles.next().is_none().then_some(t)
                    })?
            }
            // "The International Criminal Court's prosecutor announced that his office ...":
            // a person named by a title alone, as a subject earlier in the sentence; for an
            // object pronoun, not its own clause's subject but an object before it
            // ("police arrested the editor ..., accused him of ...")
            None if person => {
                let titled = |t: usize, rel: &str| {
                    self.rel(t) == rel
                        && self.xpos(t) == "NN"
                        && self.mention_at[t].is_none()
                        && self.role_of(t).is_some()
                        && self.actor(t).is_some_and(|a| a.actor.code.is_some())
                };
                let object = matches!(self.rel(h), "obj" | "iobj");
                object
                    .then(|| (s.tokens.0..h).rev().find(|&t| titled(t, "obj")))
                    .flatten()
                    .or_else(|| {
                        (s.tokens.0..h)
                            .find(|&t| titled(t, "nsubj") && !(object && Some(t) == own_subject))
                    })?
            }
            None => return None,
        };
        let a = self.actor(t)?;
        Some((a.actor, t))
    }

    /// "Neither Washington nor Beijing", "No group", "Nobody", "None of the three", "no
    /// one": a subject that says nobody did it.
    fn denies_itself(&self, s: usize) -> bool {
        self.children[s].iter().any(|&c| {
            matches!(
                (self.rel(c), self.lower[c].as_str()),
                ("cc:preconj", "neither") | ("det", "no")
            )
        }) || matches!(self.lower[s].as_str(), "nobody" | "none" | "nothing")
            || (self.lower[s] == "one" && s > 0 && self.lower[s - 1] == "no")
    }

    fn negated(&self, v: usize) -> bool {
        // "failed to reach an agreement", "pulled back to avoid being encircled": it did
        // not happen
        if matches!(self.base_rel(v), "xcomp" | "ccomp")
            && self.head(v).is_some_and(|h| {
                matches!(
                    self.lemmas[h].as_str(),
                    "fail" | "avoid" | "escape" | "evade"
                )
            })
        {
            return true;
        }
        if self.not_asserted(v) {
            return true;
        }
        // "would neither confirm nor deny it": both verbs are denied
        if self.kids(v, "advmod").any(|a| self.lower[a] == "neither")
            && self
                .kids(v, "conj")
                .any(|c| self.kids(c, "cc").any(|n| self.lower[n] == "nor"))
        {
            return true;
        }
        if self.base_rel(v) == "conj"
            && self.kids(v, "cc").any(|n| self.lower[n] == "nor")
            && self
                .head(v)
                .is_some_and(|h| self.kids(h, "advmod").any(|a| self.lower[a] == "neither"))
        {
            return true;
        }
        // "built a base without consulting Santiago": what was left undone
        if self.base_rel(v) == "advcl" && self.kids(v, "mark").any(|m| self.lower[m] == "without") {
            return true;
        }
        // "would not go to Moscow to meet Putin": the purpose of what is not done is not done
        if self.base_rel(v) == "advcl"
            && self.kid(v, "mark").is_some_and(|m| self.lower[m] == "to")
            && self.head(v).is_some_and(|h| {
                self.is_verbal(h)
                    && (self
                        .kids(h, "advmod")
                        .any(|a| matches!(self.lower[a].as_str(), "not" | "n't" | "never"))
                        // (or refused: "refused to obey a court order to release ...")
                        || (matches!(self.base_rel(h), "xcomp" | "advcl")
                            && self.kids(h, "mark").any(|m| self.lower[m] == "to")
                            && self.head(h).is_some_and(|r| {
                                matches!(self.lemmas[r].as_str(), "refuse" | "decline" | "fail")
                            })))
            })
        {
            return true;
        }
        // "Neither Washington nor Beijing has announced ...", "No group claimed ...": a
        // subject that denies itself
        let no_one = self.kid(v, "nsubj").is_some_and(|s| self.denies_itself(s));
        no_one
            || self.children[v].iter().any(|&c| {
                matches!(self.rel(c), "advmod" | "neg" | "det")
                    && (matches!(self.lower[c].as_str(), "not" | "n't" | "never" | "no")
                        // "no longer considers the settlements illegal"
                        || (self.lower[c] == "longer"
                            && c > 0
                            && self.lower[c - 1] == "no"))
            })
            // "we make no apology", "took no action": a light verb whose noun is denied;
            // "will send no more weapons", "no further aid"
            || self.kids(v, "obj").any(|o| {
                self.kids(o, "det").any(|d| self.lower[d] == "no")
                    || self.kids(o, "amod").any(|m| {
                        matches!(self.lower[m].as_str(), "more" | "further")
                            && self.kids(m, "advmod").any(|d| self.lower[d] == "no")
                    })
            })
    }

    /// "Iran denied supplying drones to Russia": a denied act is not reported as done (nor
    /// is it a refusal to do it); nor is one that stops ("urged Beijing to stop supporting
    /// Moscow").
    fn not_asserted(&self, v: usize) -> bool {
        let Some(h) = self.head(v) else {
            return false;
        };
        // "warned Russia against invading Ukraine": what one warns against is not done
        let warned_against =
            self.lemmas[h] == "warn" && self.kids(v, "mark").any(|m| self.lower[m] == "against");
        warned_against
            || (matches!(self.base_rel(v), "xcomp" | "ccomp")
                && matches!(self.lemmas[h].as_str(), "deny" | "refute"))
            || (self.base_rel(v) == "xcomp"
                && self.xpos(v) == "VBG"
                && matches!(self.lemmas[h].as_str(), "stop" | "cease" | "quit"))
            // "declined to comment on media reports that Moscow had offered to host talks":
            // what a report or claim says is not asserted by the story
            || (matches!(self.base_rel(v), "acl" | "ccomp")
                && self.upos(h) == "NOUN"
                && self.complementizer(v)
                && matches!(
                    self.lemmas[h].as_str(),
                    "report"
                        | "claim"
                        | "allegation"
                        | "rumour"
                        | "rumor"
                        | "speculation"
                        | "suggestion"
                        | "assertion"
                ))
    }

    /// The clause opens with "that" as a conjunction: marked so, or read as a relative
    /// pronoun where the clause has its own subject or object besides ("reports *that*
    /// security forces had killed hundreds", parsed as a relative clause).
    fn complementizer(&self, v: usize) -> bool {
        self.kids(v, "mark").any(|m| self.lower[m] == "that")
            || ["obj", "nsubj"].iter().any(|&r| {
                self.kids(v, r).any(|t| self.lower[t] == "that")
                    && self.kids(v, r).filter(|&t| self.lower[t] != "that").count() > 0
            })
    }

    fn modal(&self, v: usize) -> Option<&str> {
        self.kids(v, "aux")
            .find(|&a| MODALS.contains(&self.lower[a].as_str()))
            .map(|a| self.lower[a].as_str())
            .or_else(|| {
                // "Erdogan is to travel to Kyrgyzstan next month": an arrangement, not an
                // act
                let to = self.kids(v, "mark").any(|m| m < v && self.lower[m] == "to");
                let be = self.children[v].iter().any(|&c| {
                    matches!(self.base_rel(c), "cop" | "aux")
                        && matches!(self.lower[c].as_str(), "is" | "are" | "am")
                });
                if to && be && self.head(v).is_none_or(|h| !self.is_verbal(h)) {
                    return Some("will");
                }
                // "is going to", "plans to" with the verb as xcomp
                let h = self.head(v)?;
                (self.base_rel(v) == "xcomp" && self.lemmas[h] == "go" && self.xpos(h) == "VBG")
                    .then_some("will")
            })
    }

    /// Which pattern fits the verb best, and the tokens its constraints matched.
    fn best_pattern(&self, v: usize) -> Option<(&'a Pattern, Match)> {
        let mut best: Option<(&Pattern, Match)> = None;
        // (the object once for all the verb's lines: finding it is not cheap)
        let mut obj = None;
        for key in self.verb_keys(v) {
            let Some(ids) = self.dict.by_verb.get(&key) else {
                continue;
            };
            let obj = *obj.get_or_insert_with(|| self.object(v));
            for &i in ids {
                let p = &self.dict.patterns[i];
                if let Some(m) = self.fits(v, p, &key, obj) {
                    let better = match &best {
                        None => true,
                        Some((b, bm)) => {
                            p.specificity() + m.compound as usize
                                > b.specificity() + bm.compound as usize
                        }
                    };
                    if better {
                        best = Some((p, m));
                    }
                }
            }
            if best.is_some() {
                break;
            }
        }
        // a line that says the construction is no event wins like any other, and codes nothing
        best.filter(|(p, _)| p.code != patterns::NO_EVENT)
    }

    fn obliques(&self, x: usize) -> impl Iterator<Item = usize> + '_ {
        self.children[x].iter().copied().filter(|&c| {
            (matches!(self.base_rel(c), "obl" | "nmod") && !self.rel(c).ends_with("poss"))
                || (self.rel(c) == "obj" && self.case_of(c).is_some())
        })
    }

    fn fits(&self, v: usize, p: &Pattern, key: &str, obj: Option<usize>) -> Option<Match> {
        let mut m = Match {
            key: key.to_string(),
            ..Match::default()
        };
        if p.need_object.is_some_and(|need| need != obj.is_some()) {
            return None;
        }
        if p.need_refusal
            && !(self.negated(v) && self.modal(v).is_some_and(|m| FUTURE_MODALS.contains(&m)))
        {
            return None;
        }
        // "North Korea launched two ballistic missiles": fired at nothing, a show of force
        if p.need_aimless
            && self
                .obliques(v)
                .chain(obj.iter().flat_map(|&o| self.kids(o, "nmod")))
                .any(|o| {
                    !self.in_timex[o]
                        && matches!(
                            self.case_of(o),
                            Some("at" | "on" | "into" | "toward" | "towards" | "against" | "over")
                        )
                })
        {
            return None;
        }
        if !p.obj.is_empty() {
            // the object, else another one the parser split off ("launched [air] and
            // artillery [strikes]" read as two objects)
            // and what a quantity is of ("$4 million worth of medical equipment", "700 kg
            // of medicine")
            let of_quantity = |o: usize| {
                matches!(
                    self.lemmas[o].as_str(),
                    "worth"
                        | "amount"
                        | "ton"
                        | "tonne"
                        | "kg"
                        | "kilogram"
                        | "load"
                        | "batch"
                        | "consignment"
                        | "shipment"
                        | "quantity"
                        | "lot"
                        | "package"
                        | "dose"
                        | "crate"
                        | "box"
                        | "truckload"
                        | "planeload"
                        // "met many of the government's demands"
                        | "many"
                        | "some"
                        | "most"
                        | "all"
                        | "several"
                        | "part"
                        | "half"
                        | "majority"
                        // "suspended $95 million in economic assistance"
                        | "$"
                        | "€"
                        | "£"
                        | "million"
                        | "billion"
                        | "dollar"
                        | "euro"
                )
                .then(|| {
                    // (or an oblique: "pulls out most of its soldiers"; money "in" what it
                    // pays for, also when the parser hung that on the verb)
                    let money = matches!(
                        self.lemmas[o].as_str(),
                        "$" | "€" | "£" | "million" | "billion" | "dollar" | "euro"
                    );
                    let what = |n: usize| {
                        matches!(self.base_rel(n), "nmod" | "obl")
                            && (self.case_of(n) == Some("of")
                                || (money && self.case_of(n) == Some("in") && !self.in_timex[n]))
                            && n > o
                    };
                    self.children[o]
                        .iter()
                        .copied()
                        .find(|&n| what(n))
                        .or_else(|| {
                            let h = self.head(o).filter(|_| money)?;
                            self.children[h]
                                .iter()
                                .copied()
                                .find(|&n| what(n) && self.case_of(n) == Some("in"))
                        })
                })
                .flatten()
            };
            let (o, hit) = obj
                .into_iter()
                .chain(self.kids(v, "obj").filter(|&o| Some(o) != obj))
                .flat_map(|o| std::iter::once(o).chain(of_quantity(o)))
                .find_map(|o| {
                    let keys = self.noun_keys(o);
                    let hit = keys
                        .iter()
                        .find(|k| k.contains('_') && p.obj.contains(k))
                        .or_else(|| keys.iter().find(|k| p.obj.contains(k)))?
                        .clone();
                    Some((o, hit))
                })?;
            m.compound = hit.contains('_');
            m.noun = Some(o);
        }
        if !p.xcomp.is_empty() {
            let x = self.children[v]
                .iter()
                .copied()
                .find(|&c| {
                    matches!(self.base_rel(c), "xcomp" | "ccomp" | "advcl")
                        // (not a participle clause before the verb: "*Meeting* in
                        // Brasilia, Lula and Petro agreed to protect the Amazon")
                        && !(self.base_rel(c) == "advcl" && c < v && self.xpos(c) == "VBG")
                        && (p.xcomp.iter().any(|x| x == "*")
                            || self.verb_keys(c).iter().any(|k| p.xcomp.contains(k)))
                        // not a condition or a time clause ("warned of retaliation if the
                        // West seized its assets"; "whether" only before an infinitive: "is
                        // studying whether to lift the ban")
                        && !self.kids(c, "mark").any(|mk| {
                            matches!(
                                self.lower[mk].as_str(),
                                "if" | "unless" | "when" | "after" | "before" | "as" | "because"
                                    | "while" | "since" | "until"
                            ) || (self.lower[mk] == "whether"
                                && !self.kids(c, "mark").any(|t| self.lower[t] == "to"))
                        })
                })
                .or_else(|| {
                    // "let free 74 prisoners": the complement read as the object's modifier
                    // ("considering reintroducing conscription": any verb form for x=*)
                    let o = obj?;
                    let any = p.xcomp.iter().any(|x| x == "*");
                    // (a present participle describes the noun: "asked visiting X")
                    self.kids(o, "amod").find(|&a| {
                        a == v + 1
                            && (p.xcomp.contains(&self.lemmas[a]) && self.xpos(a) != "VBG"
                                || (any && self.xpos(a).starts_with("VB")))
                    })
                })
                .or_else(|| {
                    // after the object: "found 12 activists guilty" (an adjective after its
                    // noun), "gave criminal gangs 72 hours to surrender" (an infinitive)
                    // (or after the last of coordinated objects: "urged the army and the
                    // rebels to hold their fire")
                    let o = obj?;
                    let any = p.xcomp.iter().any(|x| x == "*");
                    let objects: Vec<usize> =
                        std::iter::once(o).chain(self.kids(o, "conj")).collect();
                    objects.into_iter().find_map(|o| {
                        self.children[o].iter().copied().find(|&a| {
                            let predicate = self.rel(a) == "amod" && self.upos(a) == "ADJ";
                            let infinitive = self.base_rel(a) == "acl"
                                && self.xpos(a) == "VB"
                                && self.kids(a, "mark").any(|m| self.lower[m] == "to");
                            a > o
                                && (predicate && p.xcomp.contains(&self.lemmas[a])
                                    || infinitive
                                        && (any
                                            || self
                                                .verb_keys(a)
                                                .iter()
                                                .any(|k| p.xcomp.contains(k))))
                        })
                    })
                })
                .or_else(|| {
                    // after the place: "deployed 2,000 troops to Cabo Delgado province to
                    // help local forces", the purpose hung on the place it names
                    // (or on the last of coordinated places or addressees: "appealed to the
                    // army and to the rebels to hold their fire")
                    self.kids(v, "obl")
                        .filter(|&o| matches!(self.case_of(o), Some("to" | "in" | "into")))
                        .flat_map(|o| std::iter::once(o).chain(self.kids(o, "conj")))
                        .flat_map(|o| self.kids(o, "acl"))
                        .find(|&a| {
                            self.xpos(a) == "VB"
                                && self.kids(a, "mark").any(|m| self.lower[m] == "to")
                                && self.verb_keys(a).iter().any(|k| p.xcomp.contains(k))
                        })
                })?;
            m.xcomp = Some(x);
        }
        if !p.obl.is_empty() {
            let mut cands: Vec<usize> = self.obliques(v).collect();
            // also the object's phrases, and the indirect object's ("asked Mozambicans for
            // forgiveness" with "for forgiveness" hung on "Mozambicans")
            for o in obj.into_iter().chain(self.kid(v, "iobj")) {
                cands.extend(self.obliques(o));
            }
            // a prepositional phrase the parser hung as a clause ("dragged the police chief,
            // Ibrahim Idris, to court" read with "to court" as parataxis)
            cands.extend(self.children[v].iter().copied().filter(|&c| {
                matches!(self.base_rel(c), "parataxis" | "advcl" | "xcomp" | "ccomp")
                    && self.upos(c) == "NOUN"
                    && c > v
                    && self.children[c].iter().any(|&k| {
                        matches!(self.base_rel(k), "case" | "mark") && self.upos(k) != "SCONJ"
                    })
            }));
            let o = cands
                .into_iter()
                .find(|&o| self.noun_keys(o).iter().any(|k| p.obl.contains(k)))?;
            m.obl = Some(o);
        }
        if !p.prep.is_empty() {
            // not a time ("called Erdogan on Tuesday" is no "call on")
            let has = self
                .obliques(v)
                .chain(self.kid(v, "iobj").into_iter().flat_map(|i| self.obliques(i)))
                .any(|o| {
                !self.in_timex[o]
                    && self
                        .case_of(o)
                        .is_some_and(|c| p.prep.iter().any(|x| x == c))
            }) || self
                .particle(v)
                .is_some_and(|c| p.prep.iter().any(|x| x == c))
                // "ordered an Indian survey ship *out of* its waters": "out" hung on the
                // object's phrase
                // (and "struck a prominent opposition figure *off* the list")
                || p.prep.iter().any(|x| x == "out" || x == "off")
                    && obj.is_some_and(|o| {
                        self.kids(o, "nmod").any(|n| {
                            n > o
                                && self
                                    .case_of(n)
                                    .is_some_and(|c| matches!(c, "out" | "off") && p.prep.iter().any(|x| x == c))
                        })
                    })
                || (p.prep.iter().any(|x| x == "to") && self.stray_to(obj).is_some())
                // a gerund clause opened by the preposition: "is looking *at* banning phones"
                || self.kids(v, "advcl").any(|c| {
                    self.xpos(c) == "VBG"
                        && self
                            .kids(c, "mark")
                            .any(|m| p.prep.iter().any(|x| *x == self.lower[m]))
                });
            if !has {
                return None;
            }
        }
        if !p.as_words.is_empty() {
            // "viewed Washington's move as another measure contradicting ...", "called the
            // decision a grave mistake"
            let mut hosts = vec![v];
            hosts.extend(obj);
            let called = hosts
                .iter()
                .flat_map(|&h| self.children[h].clone())
                .find(|&c| {
                    self.case_of(c) == Some("as")
                        // (not a clause of its own: "as the army prepared to launch an
                        // offensive")
                        || (self.kids(c, "mark").any(|m| self.lower[m] == "as")
                            && self.kid(c, "nsubj").is_none())
                        || (self.base_rel(c) == "xcomp"
                            && (matches!(self.upos(c), "NOUN" | "ADJ") || self.xpos(c) == "VBN"))
                        // ("called the ruling politically *motivated*" read as a clause)
                        || (obj.is_some_and(|o| c > o)
                            && self.rel(c) == "advcl"
                            && matches!(self.xpos(c), "VBN" | "JJ")
                            && self.kid(c, "mark").is_none()
                            && self.kid(c, "nsubj").is_none())
                        // "called Britain's ambassador a very stupid guy": a bare noun
                        // after the object (or a second object: "calling their presence a
                        // declaration of war")
                        || (obj.is_some_and(|o| c > o)
                            && matches!(
                                self.rel(c),
                                "obl:unmarked" | "obl:npmod" | "obl" | "dep" | "obj"
                            )
                            && self.upos(c) == "NOUN"
                            && !self.in_timex[c]
                            && self.case_of(c).is_none())
                        // (or read as an adverb: "called the remarks unfriendly")
                        || (obj.is_some_and(|o| c > o)
                            && self.rel(c) == "advmod"
                            && p.as_words.contains(&self.lower[c]))
                })
                .or_else(|| self.named_and_name(v).map(|(_, name)| name))
                .or_else(|| {
                    // the predicate read as the object's modifier: "calling the assault
                    // \"unacceptable\"", "calling Prague's accusation \"groundless\""
                    let o = obj?;
                    self.children[o].iter().copied().find(|&c| {
                        c > o
                            && (self.rel(c) == "appos"
                                || (matches!(self.rel(c), "amod" | "acl") && self.upos(c) == "ADJ")
                                // ("called the sanctions meddling in its affairs", "called
                                // the protesters misinformed")
                                || (c == o + 1
                                    && self.rel(c) == "acl"
                                    && matches!(self.xpos(c), "VBG" | "VBN"))
                                // (a hyphenated word split and read as a conjunct: "the
                                // resolution one - sided")
                                || (self.rel(c) == "conj" && self.lower[c - 1] == "-"))
                    })
                });
            let words = called
                .map(|c| self.subtree(c, |_, c| self.base_rel(c) == "punct"))
                .unwrap_or_default();
            // ("declared the head of UNHCR's office in Bamako persona non grata": a fixed
            // phrase the parser hung deep in the object)
            let fixed = p.as_words.iter().any(|w| w == "grata")
                && self
                    .subtree(v, |_, c| {
                        matches!(
                            self.base_rel(c),
                            "punct" | "nsubj" | "ccomp" | "advcl" | "conj" | "parataxis"
                        )
                    })
                    .iter()
                    .any(|&t| self.lower[t] == "grata");
            // (a hyphenated word the tokeniser split: "one - sided" is "one-sided")
            let hyphened = |t: usize| {
                (t >= 2 && self.lower[t - 1] == "-")
                    .then(|| format!("{}-{}", self.lower[t - 2], self.lower[t]))
            };
            if !fixed
                && !words.iter().any(|&t| {
                    p.as_words.contains(&self.lemmas[t])
                        || p.as_words.contains(&self.lower[t])
                        || hyphened(t).is_some_and(|w| p.as_words.contains(&w))
                })
            {
                return None;
            }
        }
        if !p.subj.is_empty() {
            // the controller's subject for a complement ("troops have begun leaving"), the
            // agent of a passive ("the embassy was attacked by protesters")
            let s = if self.passive(v) {
                self.subject(v, 0)?
            } else {
                // (and the first verb's for a second: "police shot and *wounded*")
                self.kid(v, "nsubj").or_else(|| {
                    matches!(self.base_rel(v), "xcomp" | "conj")
                        .then(|| self.subject(v, 0))
                        .flatten()
                })?
            };
            // "a suicide bombing that killed 11 police officers": the relative pronoun's noun
            let s = match self.head(v) {
                Some(h)
                    if self.rel(v) == "acl:relcl"
                        && matches!(self.lower[s].as_str(), "that" | "which") =>
                {
                    h
                }
                _ => s,
            };
            if !self.noun_keys(s).iter().any(|k| p.subj.contains(k)) {
                return None;
            }
            m.subj_noun = Some(s);
        }
        Some(m)
    }

    /// The target token of a pattern's slots, and the slot's name for the rule.
    fn target(&self, v: usize, p: &Pattern, m: &Match) -> Option<(usize, String)> {
        let obj = self.object(v);
        let n_slots = p.target.len();
        // of several prepositions, one that names no party gives way to the next ("complained
        // to the UN about the noise": the UN)
        // (and for a complaint, one that names the complainer's own country: "complained to
        // Beijing about the detention of Vietnamese fishermen" is aimed at Beijing)
        let own = (p.code == "114")
            .then(|| self.subject(v, 0).and_then(|s| self.actor(s)))
            .flatten()
            .and_then(|a| country_of(&a).map(str::to_string));
        let party = |o: usize| {
            let a = self
                .actor(o)
                .filter(|a| a.actor.code.is_some())
                .or_else(|| self.deep_actor(o));
            a.is_some_and(|a| own.is_none() || country_of(&a) != own.as_deref())
        };
        for (i, slot) in p.target.iter().enumerate() {
            let last = i + 1 == n_slots;
            match slot {
                Slot::None => {}
                Slot::Obj => {
                    if let Some(o) = obj {
                        // the constrained object is the target when it names a party
                        // ("expelled two Russian diplomats"), not when it names the act
                        // ("expressed support")
                        let party = m.noun == Some(o)
                            && self.role_of(o).is_some()
                            && !self.instrument(o)
                            && !self.stance_noun(o)
                            && self.actor(o).is_some_and(|a| a.actor.code.is_some());
                        // ("wounded dozens *of protesters*": a quantity of a party)
                        let of_party = self.kids(o, "nmod").any(|n| {
                            self.case_of(n) == Some("of")
                                && self.actor(n).is_some_and(|a| a.actor.code.is_some())
                        });
                        if m.noun != Some(o) || party || of_party {
                            let name = if self.passive(v) { "nsubj:pass" } else { "obj" };
                            return Some((o, name.into()));
                        }
                    }
                    if let Some(o) = self
                        .kids(v, "obj")
                        .find(|&o| Some(o) != m.noun && self.case_of(o).is_none())
                    {
                        return Some((o, "obj".into()));
                    }
                    if let Some(o) = self.kid(v, "iobj") {
                        return Some((o, "iobj".into()));
                    }
                    // an object the parser lost: a name right after the verb ("Yeltsin on
                    // Saturday hosted Japanese Prime Minister Ryutaro Hashimoto")
                    if let Some(o) = self.name_after(v) {
                        return Some((o, "obj".into()));
                    }
                }
                Slot::Iobj => {
                    if let Some(o) = self.kid(v, "iobj") {
                        return Some((o, "iobj".into()));
                    }
                    // "gave the Lebanese army $60 million": of two objects the parser
                    // found, the first, when the matched object is the second ("gave
                    // striking nurses 48 *hours*": the pattern's noun)
                    if let Some(o) = m.noun.or(obj).and_then(|o| {
                        self.kids(v, "obj")
                            .find(|&f| f < o && self.upos(f) != "PRON" && party(f))
                    }) {
                        return Some((o, "iobj".into()));
                    }
                }
                Slot::Poss => {
                    // "recalled its envoy from Kabul": the source's own, when a later slot
                    // may name the other party
                    if let Some(o) = obj
                        .and_then(|o| self.kid(o, "nmod:poss"))
                        .filter(|&o| last || !self.is_pronoun(o))
                    {
                        return Some((o, "poss".into()));
                    }
                    // "bow to *student* demands": a role noun of society naming whose the
                    // noun is (not an organ: "French Embassy staff")
                    if let Some(o) = obj.or(m.noun).and_then(|n| {
                        self.kids(n, "compound")
                            .filter(|&c| {
                                c < n
                                    && self.role_of(c).is_some_and(|r| {
                                        !matches!(
                                            r.as_str(),
                                            "GOV" | "MIL" | "COP" | "JUD" | "LEG" | "SPY"
                                        )
                                    })
                            })
                            .last()
                    }) {
                        return Some((o, "poss".into()));
                    }
                    // "turned down a *South Korean* proposal", "the *Qatari* offer": a people
                    // or state naming whose the noun is, when the noun is no party itself
                    // (not "expelled the Afghan ambassador")
                    if let Some(o) = obj.or(m.noun).and_then(|n| {
                        // (a noun that is a party by its role, or by a name)
                        if self.role_of(n).is_some() || self.mention_at[n].is_some() {
                            return None;
                        }
                        self.children[n].iter().copied().rfind(|&c| {
                            c < n
                                && matches!(self.rel(c), "amod" | "compound")
                                && self.doc.text[self.doc.tokens[c].span.range()]
                                    .starts_with(|ch: char| ch.is_uppercase())
                                && self.actor(c).is_some_and(|a| a.actor.code.is_some())
                        })
                    }) {
                        return Some((o, "poss".into()));
                    }
                }
                Slot::Prep(prep) => {
                    let mut hosts = vec![v];
                    // "police have laid siege to a university": the parser's verb is "have"
                    hosts.extend(self.after_have(v));
                    hosts.extend(obj);
                    hosts.extend(m.noun);
                    hosts.extend(m.xcomp);
                    hosts.extend(self.kids(v, "xcomp"));
                    // "handed back to Uzbekistan $182 million": the phrase hung on the
                    // particle read as an adverb
                    hosts.extend(self.kids(v, "advmod").filter(|&a| {
                        matches!(
                            self.lower[a].as_str(),
                            "back" | "over" | "out" | "away" | "off"
                        )
                    }));
                    // "launched 63 drones and two ballistic missiles at Ukraine": the phrase
                    // hung on the object's last conjunct
                    hosts.extend(obj.into_iter().flat_map(|o| self.kids(o, "conj")));
                    for hst in hosts {
                        if let Some(o) = self.obliques(hst).find(|&o| {
                            self.case_of(o) == Some(prep.as_str())
                                && Some(o) != m.obl
                                && !self.in_timex[o]
                                && (last || party(o))
                        }) {
                            return Some((o, format!("obl:{prep}")));
                        }
                    }
                    if prep == "to" {
                        if let Some(o) = self.stray_to(obj).filter(|&o| party(o)) {
                            return Some((o, "obl:to".into()));
                        }
                    }
                    // "withdraw its troops [from neighboring] Lebanon": the preposition read as
                    // the mark of a participle clause whose object is the party
                    // (never an infinitive's "to": "gave $60 million *to pay* salaries")
                    if let Some(o) = [v]
                        .into_iter()
                        .chain(m.xcomp)
                        .flat_map(|h| self.kids(h, "advcl"))
                        .filter(|&c| {
                            self.upos(c) == "VERB"
                                && prep != "to"
                                && self.kids(c, "mark").any(|k| self.lower[k] == prep.as_str())
                        })
                        .find_map(|c| self.kid(c, "obj").filter(|&o| party(o)))
                    {
                        return Some((o, format!("obl:{prep}")));
                    }
                    // the constrained oblique itself ("clashed with police")
                    if let Some(o) = m.obl.filter(|&o| self.case_of(o) == Some(prep.as_str())) {
                        if self.role_of(o).is_some() || self.mention_at[o].is_some() {
                            return Some((o, format!("obl:{prep}")));
                        }
                    }
                    // "called on X": the particle reading of the preposition
                    if self.particle(v) == Some(prep.as_str()) {
                        if let Some(o) = obj {
                            return Some((o, format!("obl:{prep}")));
                        }
                    }
                }
            }
        }
        None
    }

    /// "handed a Brazilian gang leader wanted for bank robberies over *to Brazil's federal
    /// police*": the "to" phrase of a transfer that the parser hung inside the reduced
    /// relative describing the object (the first such phrase there).
    fn stray_to(&self, obj: Option<usize>) -> Option<usize> {
        let o = obj?;
        let acl = self.kids(o, "acl").find(|&a| {
            a > o && matches!(self.xpos(a), "VBN" | "VBD") && self.kid(a, "nsubj").is_none()
        })?;
        // (not inside a clause of its own: "taken from Benin City ..., handing them to the
        // Oba"; but through what someone is wanted for: "two men wanted for running scam
        // compounds across the border in Myanmar to Chinese officers")
        self.subtree(acl, |_, c| {
            matches!(
                self.base_rel(c),
                "advcl" | "acl" | "ccomp" | "xcomp" | "parataxis" | "conj"
            ) && !(self.base_rel(c) == "advcl"
                && self.kids(c, "mark").any(|m| self.lower[m] == "for"))
        })
        .into_iter()
        .find(|&t| {
            matches!(self.base_rel(t), "obl" | "nmod")
                && self.kids(t, "case").any(|c| self.lower[c] == "to")
                && !self.in_timex[t]
        })
    }

    /// Whom a threat by the speaker's own side is aimed at (`c`: the clause threatened,
    /// `v`: the verb of warning): a party of the act's object or its against/on/at/by
    /// phrase ("would strike *U.S. bases*", "crush any separatist attempt *by Taiwan*"),
    /// else the subject of its condition ("would respond *if Israel* kept up ..."), else
    /// the party the warning's own clause addresses ("gave *Hezbollah* until the end of the
    /// year ..., warning that Israel would otherwise act"). Not the speaker's countries.
    fn threatened_party(&self, v: usize, c: usize, own: &[String]) -> Option<(usize, Arg)> {
        let other = |a: &Arg| side(&a.actor).is_none_or(|k| !own.contains(&k));
        let party = |n: usize| {
            self.actor(n)
                .filter(|a| a.actor.code.is_some())
                .or_else(|| self.deep_actor(n))
                .filter(other)
                .map(|a| (n, a))
        };
        let acted_on = self
            .kids(c, "obj")
            .chain(self.kids(c, "nsubj:pass"))
            .chain(
                self.obliques(c)
                    .filter(|&o| {
                        matches!(self.case_of(o), Some("against" | "on" | "at" | "by" | "to"))
                    })
                    .collect::<Vec<_>>(),
            )
            .find_map(party);
        let condition = || {
            self.kids(c, "advcl")
                .filter(|&a| {
                    self.kids(a, "mark")
                        .any(|m| matches!(self.lower[m].as_str(), "if" | "unless"))
                })
                .find_map(|a| self.kid(a, "nsubj"))
                .and_then(party)
        };
        let addressed = || {
            let h = self.head(v).filter(|_| self.base_rel(v) == "advcl")?;
            self.kid(h, "iobj")
                .or_else(|| self.kid(h, "obj"))
                .and_then(party)
        };
        acted_on.or_else(condition).or_else(addressed)
    }

    /// A target stated in the verb's xcomp clause ("agreed to lift embargoes *on Iran*",
    /// "promised to continue aid *to Mozambique*") when the pattern's slots found none.
    fn xcomp_target(&self, v: usize) -> Option<(usize, String)> {
        // "demanded that the United States match ...": the complement's subject
        if let Some(c) = self
            .kids(v, "ccomp")
            .find(|&c| self.kids(c, "mark").any(|m| self.lower[m] == "that") || c > v)
        {
            // (the parser sometimes makes "that" a second subject: "demanded on Sunday that
            // Rwanda pull ...")
            if let Some(s) = self
                .kids(c, "nsubj")
                .find(|&s| self.actor(s).is_some_and(|a| a.actor.code.is_some()))
            {
                return Some((s, "ccomp-nsubj".into()));
            }
        }
        if let Some(t) = self.mandated_party(v) {
            return Some((t, "that-nsubj".into()));
        }
        let x = self.kids(v, "xcomp").next().or_else(|| {
            // "threatened [to break ties with Russia]" read as advcl/ccomp; a purpose
            // clause ("staged demonstrations to demand reforms by the government")
            self.children[v].iter().copied().find(|&c| {
                matches!(self.base_rel(c), "advcl" | "ccomp")
                    && c > v
                    && self.kids(c, "mark").any(|m| self.lower[m] == "to")
            })
        })?;
        let mut cands: Vec<(usize, String)> = Vec::new();
        let xo = self.kid(x, "obj");
        // forces of no named country are the actor's own ("refused to deploy
        // peacekeepers in Iraq"): where they go is the target, in or to the place
        let own_force = xo.filter(|&o| {
            matches!(
                self.lemmas[o].as_str(),
                "troop"
                    | "peacekeeper"
                    | "soldier"
                    | "force"
                    | "observer"
                    | "monitor"
                    | "contingent"
                    | "personnel"
                    | "warship"
            ) && !self.children[o].iter().any(|&c| {
                matches!(self.base_rel(c), "amod" | "compound" | "nmod:poss" | "nmod")
                    && self.actor_inner(c).is_some_and(|a| a.actor.code.is_some())
            })
        });
        // (the party let, allowed, admitted, freed or released is the one the refusal or
        // promise is about: "refused to let a U.N. team travel to the Tillaberi region")
        let party_verb = matches!(
            self.lemmas[x].as_str(),
            "let" | "allow" | "permit" | "free" | "release" | "admit"
        );
        if let Some(o) = xo.filter(|_| own_force.is_none()) {
            if self.mention_at[o].is_some() || self.kid(o, "nmod:poss").is_some() || party_verb {
                cands.push((o, "xcomp-obj".into()));
            }
        }
        let places: &[&str] = if own_force.is_some() {
            &["in", "into", "to"]
        } else {
            &[]
        };
        // the parties' prepositions before the looser ones: "break off relations *with
        // Congo* ... *on* the eve of a visit"
        for preps in [
            places,
            &["to", "with", "against"][..],
            &["on", "for", "into"][..],
        ] {
            for hst in [Some(x), xo].into_iter().flatten() {
                for o in self.obliques(hst) {
                    if let Some(c) = self.case_of(o).filter(|c| preps.contains(c)) {
                        cands.push((o, format!("xcomp-obl:{c}")));
                    }
                }
            }
        }
        // an object the parser lost: "refused to meet Jordan's visiting King Abdullah"
        cands.extend(self.name_after(x).map(|o| (o, "xcomp-obj".to_string())));
        // every object the parser gave the complement ("continue [aid] to war-torn
        // [Mozambique]" read as two objects)
        cands.extend(
            self.kids(x, "obj")
                .filter(|&o| Some(o) != own_force)
                .map(|o| (o, "xcomp-obj".to_string())),
        );
        cands
            .into_iter()
            .find(|(t, _)| self.actor(*t).is_some_and(|a| a.actor.code.is_some()))
            .or_else(|| {
                let o = xo?;
                self.deep_actor(o).map(|_| (o, "xcomp-obj".to_string()))
            })
    }

    /// The party a demand is made of, read off the words when the parser lost the clause:
    /// "demanded that President Mugabe abandon ...", "urged that the Sudanese government
    /// end ..." (the bare verb of a mandative "that" clause is often tagged as a noun or a
    /// preposition). The first party named after "that", before any punctuation.
    fn mandated_party(&self, v: usize) -> Option<usize> {
        if !matches!(
            self.lemmas[v].as_str(),
            "demand"
                | "insist"
                | "urge"
                | "ask"
                | "request"
                | "recommend"
                | "propose"
                | "suggest"
                | "require"
                | "order"
                | "stipulate"
        ) || self.lower.get(v + 1).map(String::as_str) != Some("that")
        {
            return None;
        }
        let end = self.sentence(v).tokens.1.min(v + 10);
        let mut t = v + 2;
        while t < end {
            if matches!(self.upos(t), "PUNCT" | "VERB" | "AUX" | "SCONJ") {
                return None;
            }
            if let Some((e, _)) = self.mention_at[t] {
                if self.doc.entities[e].kind != EntityType::MISC {
                    let last = (t..end)
                        .take_while(|&x| self.mention_at[x] == self.mention_at[t])
                        .last()
                        .unwrap_or(t);
                    return self
                        .actor(last)
                        .is_some_and(|a| a.actor.code.is_some())
                        .then_some(last);
                }
            } else if self.upos(t) == "NOUN" && self.role_of(t).is_some() {
                return self
                    .actor(t)
                    .is_some_and(|a| a.actor.code.is_some())
                    .then_some(t);
            }
            t += 1;
        }
        None
    }

    /// Who made the offer, invitation, proposal or demand that a definite noun refers back
    /// to ("the offer", "the invitation", "its request"): the source of the latest earlier
    /// event of the story whose verb makes one.
    fn earlier_maker(
        &self,
        v: usize,
        noun: Option<usize>,
        xcomp: Option<usize>,
        out: &[Event],
    ) -> Option<(usize, Arg)> {
        let n = noun.or_else(|| xcomp.and_then(|x| self.kid(x, "obj")))?;
        let definite = self.dets(n).any(|d| {
            matches!(
                self.lower[d].as_str(),
                "the" | "this" | "that" | "these" | "those"
            )
        }) || self.kids(n, "nmod:poss").any(|p| self.is_pronoun(p));
        if !definite || self.upos(n) != "NOUN" {
            return None;
        }
        // "condemning the raid", "denounced the arrests": the force used earlier in the
        // story, by its kind
        let force: &[&str] = match self.lemmas[n].as_str() {
            "attack" | "raid" | "strike" | "airstrike" | "bombing" | "shelling" | "assault"
            | "offensive" | "incursion" | "bombardment" | "killing" => &["18", "19", "20"],
            "arrest" | "detention" | "crackdown" | "expulsion" => &["17"],
            // "Algeria dismissed the charge as baseless": the accusation made earlier
            "accusation" | "allegation" => &["112"],
            // (a charge a prosecutor brought, a claim of an attack made)
            "charge" => &["112", "173"],
            "claim" => &["015", "112"],
            _ => &[],
        };
        if !force.is_empty() {
            let e = self.latest_act(out, v, force, |e| {
                e.source.code.is_some() && !e.hypothetical
            })?;
            return Some((
                n,
                Arg {
                    actor: e.source.clone(),
                    lo: n,
                    hi: n,
                },
            ));
        }
        // "Trump said ... Frederiksen called *the remarks* unacceptable": whoever spoke in the
        // sentence before
        if matches!(
            self.lemmas[n].as_str(),
            "remark" | "comment" | "statement" | "word" | "speech" | "threat"
        ) {
            let si = self.sent_of[v].checked_sub(1)?;
            let prev = self.doc.sentences.get(si)?;
            let root = (prev.tokens.0..prev.tokens.1).find(|&t| {
                self.head(t).is_none() && SPEECH_VERBS.contains(&self.lemmas[t].as_str())
            })?;
            let speaker = self.subject(root, 0)?;
            let a = self.actor(speaker).filter(|a| a.actor.code.is_some())?;
            return Some((n, Arg { lo: n, hi: n, ..a }));
        }
        let makers: &[&str] = match self.lemmas[n].as_str() {
            "offer" => &["offer"],
            "invitation" => &["invite"],
            "proposal" => &["propose", "offer", "suggest"],
            "request" => &["request", "ask", "appeal", "urge"],
            "demand" => &["demand"],
            "appeal" => &["appeal", "urge", "call"],
            "ultimatum" => &["issue", "give", "threaten"],
            "plan" => &["propose", "unveil", "present"],
            _ => return None,
        };
        let here = self.doc.tokens[v].span.start;
        let e = out
            .iter()
            .rev()
            .filter(|e| e.evidence.start < here && e.source.code.is_some())
            .find(|e| makers.contains(&e.rule.split(':').next().unwrap_or("")))?;
        Some((
            n,
            Arg {
                actor: e.source.clone(),
                lo: n,
                hi: n,
            },
        ))
    }

    /// Whose "move" or "decision" a definite noun refers back to: the possessor of a word
    /// of the same kind earlier in the sentence or the one before ("over *its* decision to
    /// no longer consider settlements illegal, while ... cheered on the historic move").
    fn earlier_owner(&self, n: usize) -> Option<Arg> {
        const ACTS: &[&str] = &[
            "move",
            "decision",
            "step",
            "announcement",
            "policy",
            "measure",
            "action",
            "shift",
        ];
        if !ACTS.contains(&self.lemmas[n].as_str())
            || !self
                .kids(n, "det")
                .any(|d| matches!(self.lower[d].as_str(), "the" | "this"))
        {
            return None;
        }
        let si = self.sent_of[n];
        let from = self
            .doc
            .sentences
            .get(si.saturating_sub(1))
            .map_or(0, |s| s.tokens.0);
        (from..n).rev().find_map(|t| {
            if !ACTS.contains(&self.lemmas[t].as_str()) || t == n {
                return None;
            }
            let p = self.kid(t, "nmod:poss")?;
            self.actor(p).filter(|a| a.actor.code.is_some())
        })
    }

    /// A weapon named as the act's own object ("launched artillery fire"): the means, not
    /// a party, though its noun has a military role.
    /// "voiced strong opposition to the arms sale", "support for Kyiv": a noun that names a
    /// stance towards something, not the group called by the same word.
    fn stance_noun(&self, n: usize) -> bool {
        matches!(self.lemmas[n].as_str(), "opposition" | "support")
            && self
                .kids(n, "nmod")
                .any(|c| matches!(self.case_of(c), Some("to" | "for")))
    }

    fn instrument(&self, n: usize) -> bool {
        // troops that no word gives a country are the actor's own, sent or called up, not
        // a party acted on ("mobilized army reservists for a war against Iraq")
        let own_forces = || {
            self.role_of(n).as_deref() == Some("MIL")
                && self.mention_at[n].is_none()
                && self.country_in_tokens(&self.phrase(n), None).is_none()
        };
        own_forces()
            || matches!(
                self.lemmas[n].as_str(),
                "artillery"
                    | "rocket"
                    | "missile"
                    | "mortar"
                    | "shell"
                    | "tank"
                    | "jet"
                    | "warplane"
                    | "aircraft"
                    | "drone"
                    | "helicopter"
                    | "bomb"
                    | "bomber"
                    | "warship"
            )
    }

    /// "urged both countries to exercise restraint", "accused both sides": the two parties
    /// last named before the phrase (in its sentence, else the one before), each an actor.
    fn both_parties(&self, t: usize) -> Option<Vec<Option<Arg>>> {
        // "troops from the two countries", "delegations of both sides": each party's, in
        // the role the head noun gives
        if let Some(role) = self.role_of(t) {
            // ... and "the two countries' defence ministers"
            let of = self
                .kids(t, "nmod")
                .find(|&n| n > t && matches!(self.case_of(n), Some("from" | "of")))
                .or_else(|| self.kids(t, "nmod:poss").find(|&n| n < t));
            if let Some(both) = of.and_then(|n| self.both_parties(n)) {
                return Some(
                    both.into_iter()
                        .map(|a| {
                            let mut a = a?;
                            let k = country_of(&a)?.to_string();
                            a.actor.code = Some(format!("{k}{role}"));
                            Some(a)
                        })
                        .collect(),
                );
            }
        }
        let party_noun = matches!(
            self.lemmas[t].as_str(),
            "country"
                | "side"
                | "nation"
                | "party"
                | "government"
                | "neighbour"
                | "neighbor"
                | "state"
                | "capital"
                | "leader"
                | "army"
                | "minister"
                | "president"
                | "premier"
                | "delegation"
        );
        let both = self.children[t].iter().any(|&c| {
            self.lower[c] == "both"
                || (self.lower[c] == "two" && c > 0 && self.lower[c - 1] == "the")
        });
        // "each accused the other", "each side blamed the other": the two parties named
        // before, as with "both sides"
        let each = self.lower[t] == "each"
            || (party_noun
                && self.xpos(t) == "NN"
                && self.kids(t, "det").any(|d| self.lower[d] == "each"));
        // "met his Australian counterpart ..., and the two signed": "the two" alone
        let the_two = self.lower[t] == "two"
            && self.base_rel(t) == "nsubj"
            && self.kids(t, "det").any(|d| self.lower[d] == "the");
        if !each && !the_two && (!party_noun || !both || self.xpos(t) != "NNS") {
            return None;
        }
        if each {
            // the two parties coordinated last before it ("Ethiopian federal troops and Fano
            // militiamen fought ... Each side accused the other")
            let si = self.sent_of[t];
            let from = self.doc.sentences.get(si.saturating_sub(1))?.tokens.0;
            let pair = (from..t).rev().find_map(|u| {
                let a = self.actor(u).filter(|a| a.actor.code.is_some())?;
                let b = self
                    .kids(u, "conj")
                    .find_map(|c| self.actor(c).filter(|b| b.actor.code.is_some()))?;
                (a.actor.code != b.actor.code).then(|| {
                    vec![
                        Some(Arg { lo: t, hi: t, ..a }),
                        Some(Arg { lo: t, hi: t, ..b }),
                    ]
                })
            });
            if pair.is_some() {
                return pair;
            }
        }
        let si = self.sent_of[t];
        let from = self.doc.sentences.get(si.saturating_sub(1))?.tokens.0;
        // not whoever acts on them ("The United Nations urged both governments")
        let actor_of_clause = self
            .head(t)
            .filter(|&h| self.is_verbal(h))
            .and_then(|h| self.subject(h, 0))
            .map(|s| self.phrase(s))
            .unwrap_or_default();
        let mut found: Vec<Option<Arg>> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for u in (from..t).rev() {
            let Some((e, _)) = self.mention_at[u] else {
                continue;
            };
            if actor_of_clause.contains(&u) {
                continue;
            }
            if u + 1 < t && self.mention_at[u + 1] == self.mention_at[u] {
                continue;
            }
            // (a place where something happened is no side: "talks in Geneva")
            if matches!(
                self.case_of(u),
                Some("in" | "at" | "near" | "outside" | "inside")
            ) && self.doc.entities[e].kind == EntityType::LOC
            {
                continue;
            }
            let Some(a) = self.actor(u).filter(|a| a.actor.code.is_some()) else {
                continue;
            };
            let id = self.doc.entities[e].id.clone();
            // one party per entity, and a country is one party with its capital and its
            // people ("his Turkish counterpart in Ankara")
            let code = a.actor.code.clone().unwrap_or_default();
            // ("the two countries" are two countries: "India and Germany agreed to build
            // submarines for the Indian navy, ... talks between the two countries'")
            let countries = matches!(
                self.lemmas[t].as_str(),
                "country" | "nation" | "state" | "capital" | "neighbour" | "neighbor"
            );
            let same_party = |f: &Option<Arg>| {
                let c = f
                    .as_ref()
                    .and_then(|f| f.actor.code.as_deref())
                    .unwrap_or("");
                c.get(..3) == code.get(..3)
                    && (countries || c.len() == 3 || code.len() == 3 || *c == code)
            };
            if !seen.contains(&id) && !found.iter().any(same_party) {
                seen.push(id);
                found.push(Some(Arg { lo: t, hi: t, ..a }));
            }
            if found.len() == 2 {
                found.reverse();
                // "both governments", "the two leaders": each party's government
                if matches!(
                    self.lemmas[t].as_str(),
                    "government"
                        | "leader"
                        | "capital"
                        | "minister"
                        | "president"
                        | "premier"
                        | "delegation"
                ) {
                    for a in found.iter_mut() {
                        let k = a.as_ref().and_then(|a| a.actor.code.as_deref()?.get(..3));
                        if let Some(gov) = k.and_then(|k| self.government_of(k, t)) {
                            *a = Some(gov);
                        }
                    }
                }
                return Some(found);
            }
        }
        None
    }

    /// One actor per country when the countries share a noun: "US and British forces",
    /// "Sierra Leonean and Liberian refugees" are two parties with one role.
    fn per_country(&self, actors: Vec<Option<Arg>>) -> Vec<Option<Arg>> {
        let mut out = Vec::with_capacity(actors.len());
        let extras: Vec<Vec<Arg>> = actors
            .iter()
            .map(|a| {
                a.as_ref()
                    .map(|a| self.shared_noun_countries(a))
                    .unwrap_or_default()
            })
            .collect();
        // (not a party named on its own already: "U.S. and Chinese negotiators" parsed as
        // the United States and the negotiators, whose noun the United States shares; and
        // where the country was only named so, the noun's role is its: "U.S. and Philippine
        // marines" are the U.S. marines, not the U.S. government)
        let named = |x: &Arg| {
            actors
                .iter()
                .flatten()
                .any(|a| a.actor.code == x.actor.code && a.actor.name != x.actor.name)
        };
        let extras: Vec<Arg> = extras.into_iter().flatten().filter(|x| !named(x)).collect();
        // (the country, or its adjective alone: "accused Ukrainian and British
        // intelligence" parsed with "Ukrainian" as a party of its own)
        let stands_for = |a: &Arg, x: &Arg| {
            let demonym = a
                .actor
                .entity
                .as_deref()
                .is_some_and(|e| e.starts_with("misc:"))
                && a.actor.code.as_deref().is_some_and(|c| c.len() == 3);
            country_of(a) == country_of(x)
                && a.actor.code != x.actor.code
                && (demonym
                    || a.actor.entity.as_deref()
                        == Some(format!("loc:{}", country_of(a).unwrap_or("")).as_str()))
        };
        for a in actors {
            match a
                .as_ref()
                .and_then(|a| extras.iter().find(|x| stands_for(a, x)))
            {
                Some(x) => out.push(Some(x.clone())),
                None => out.push(a),
            }
        }
        for x in extras {
            if !out.iter().flatten().any(|o| o.actor.code == x.actor.code) {
                out.push(Some(x));
            }
        }
        out
    }

    fn shared_noun_countries(&self, a: &Arg) -> Vec<Arg> {
        let Some(code) = a.actor.code.as_deref().filter(|c| c.len() >= 3) else {
            return Vec::new();
        };
        // "the foreign ministers of Russia and China", "negotiators from Ethiopia and
        // Somalia": the countries the head's "of" or "from" phrase coordinates
        let head = (a.lo..=a.hi).find(|&t| self.head(t).is_none_or(|h| h < a.lo || h > a.hi));
        if let Some(of) = head.and_then(|h| {
            self.kids(h, "nmod").find(|&n| {
                matches!(self.case_of(n), Some("of" | "from")) && self.mention_at[n].is_some()
            })
        }) {
            // (an international body among them is itself: "from India and the European
            // Union")
            let parties: Vec<(String, Actor)> = self
                .with_conjuncts(of)
                .into_iter()
                .filter_map(|t| {
                    let (e, m) = self.mention_at[t]?;
                    let ent = &self.doc.entities[e];
                    if self.is_country_entity(e) {
                        let k = ent.country.clone()?;
                        let actor = Actor {
                            // not the first country's entity: another party
                            entity: Some(format!("loc:{k}")),
                            name: self
                                .kb
                                .country(&k)
                                .map_or_else(|| k.clone(), |c| c.name.clone()),
                            code: Some(format!("{k}{}", &code[3..])),
                        };
                        return Some((k, actor));
                    }
                    let body = self.mention_code(e, m).filter(|c| c.starts_with("IGO"))?;
                    let actor = Actor {
                        entity: Some(ent.id.clone()),
                        name: ent.name.clone(),
                        code: Some(body.clone()),
                    };
                    Some((body, actor))
                })
                .collect();
            if parties.len() >= 2 && parties.iter().any(|(k, _)| code.starts_with(k.as_str())) {
                return parties
                    .into_iter()
                    .filter(|(k, _)| !code.starts_with(k.as_str()))
                    .map(|(_, actor)| Arg { actor, ..a.clone() })
                    .collect();
            }
        }
        let country_in =
            |lo: usize, hi: usize| self.country_in_tokens(&(lo..=hi).collect::<Vec<_>>(), None);
        // "Kyrgyz and Tajik border guards": the parser often leaves the first country word
        // out of the phrase, as a subject of its own
        // a country's adjective ("Tajik" is a MISC mention of its own), or an abbreviated
        // name used as one ("U.S. and Philippine marines"); not a country named in full,
        // which is a party of its own ("between Syria and Palestinian leader Arafat")
        let country_word = |t: usize| {
            let abbreviated = || {
                let w = &self.doc.text[self.doc.tokens[t].span.range()];
                w.chars().all(|c| c.is_ascii_uppercase() || c == '.')
            };
            self.upos(t) != "NOUN"
                && self.mention_at[t].is_none_or(|m| {
                    self.doc.entities[m.0].kind == EntityType::MISC
                        || (self.is_country_entity(m.0) && abbreviated())
                })
                && country_in(t, t).is_some()
        };
        let joiner = |t: usize| matches!(self.lower[t].as_str(), "and" | ",");
        let mut start = a.lo;
        if start >= 3 && country_word(start - 1) && joiner(start - 2) && country_word(start - 3) {
            start -= 1;
        }
        while start >= 2 && joiner(start - 1) && country_word(start - 2) {
            start -= 2;
        }
        let country_at = |lo: usize, hi: usize| -> Option<String> {
            (lo >= start && hi <= a.hi)
                .then(|| country_in(lo, hi))
                .flatten()
        };
        let mut found: Vec<String> = Vec::new();
        for t in start + 1..a.hi {
            if !matches!(self.lower[t].as_str(), "and" | ",") {
                continue;
            }
            // the word after the conjunct must be the shared noun, not another name (or
            // the next joiner of a list: "his British, French and German counterparts")
            let right = [(t + 1, t + 1), (t + 1, t + 2)]
                .into_iter()
                .find(|&(r0, r1)| {
                    r1 < a.hi
                        && (self.upos(r1 + 1) == "NOUN" || joiner(r1 + 1))
                        && self.mention_at[r1 + 1].is_none_or(|m| {
                            // the described group itself ("Ukrainian delegations")
                            a.actor.entity.as_deref() == Some(self.doc.entities[m.0].id.as_str())
                        })
                        && country_at(r0, r1).is_some()
                })
                .and_then(|(r0, r1)| country_at(r0, r1));
            let left = country_at(t - 1, t - 1).or_else(|| country_at(t.saturating_sub(2), t - 1));
            if let (Some(l), Some(r)) = (left, right) {
                for k in [l, r] {
                    if !found.contains(&k) {
                        found.push(k);
                    }
                }
            }
        }
        if !found.iter().any(|k| code.starts_with(k.as_str())) {
            return Vec::new();
        }
        let role = &code[3..];
        found
            .into_iter()
            .filter(|k| !code.starts_with(k.as_str()))
            .map(|k| Arg {
                actor: Actor {
                    code: Some(format!("{k}{role}")),
                    ..a.actor.clone()
                },
                ..a.clone()
            })
            .collect()
    }

    /// "Turkey restricted access on Thursday, *a day after* police detained the mayor",
    /// "two days after he was detained", "hours after": a clause set that far from the
    /// sentence's earlier day is dated by counting from it (hours: the same day).
    fn offset_date(&self, v: usize) -> (Option<String>, Option<String>) {
        let s = self.sentence(v);
        let count = |w: &str| -> Option<i64> {
            Some(match w {
                "a" | "one" => 1,
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                "six" => 6,
                "seven" => 7,
                "hours" | "hour" => 0,
                _ => w.parse().ok()?,
            })
        };
        // "the following day", "the next day", "the same day" (or morning, evening, night)
        // in the clause: from the last day named before it, in the sentence or the one before
        let follows = (s.tokens.0 + 1..s.tokens.1).find(|&d| {
            matches!(
                self.lower[d].as_str(),
                "day" | "morning" | "afternoon" | "evening" | "night"
            )
                && matches!(self.lower[d - 1].as_str(), "following" | "next" | "same")
                && d >= 2
                && self.lower[d - 2] == "the"
                // on the verb, or on its predicate ("dismissed the charge as baseless the
                // following day")
                && (self.head(d).is_some_and(|h| {
                    h == v
                        || (matches!(self.upos(h), "ADJ" | "NOUN") && self.head(h) == Some(v))
                }) || (d > v && (v + 1..d - 1).all(|t| self.upos(t) != "VERB")))
        });
        if let Some(d) = follows {
            let n = if self.lower[d - 1] == "same" { 0 } else { 1 };
            let from = self
                .doc
                .sentences
                .get(self.sent_of[v].wrapping_sub(1))
                .map_or(s.tokens.0, |p| p.tokens.0);
            let counted = self.days_from_last_date(from, d - 2, n, d);
            if counted.0.is_some() {
                return counted;
            }
        }
        // the last "N days after|before|earlier|later" before the verb, with no other verb
        // between
        let Some(a) = (s.tokens.0 + 1..v).rev().find(|&a| {
            matches!(
                self.lower[a].as_str(),
                "after" | "before" | "earlier" | "later"
            ) && matches!(
                self.lower[a - 1].as_str(),
                "day" | "days" | "hours" | "hour"
            )
        }) else {
            return (None, None);
        };
        if (a + 1..v).any(|t| {
            self.is_verbal(t) && self.upos(t) != "AUX" && !self.base_rel(t).starts_with("aux")
        }) {
            return (None, None);
        }
        let unit = self.lower[a - 1].as_str();
        let n = if unit.starts_with("hour") {
            Some(0)
        } else {
            a.checked_sub(2).and_then(|c| count(&self.lower[c]))
        };
        let Some(n) = n else { return (None, None) };
        let sign = if matches!(self.lower[a].as_str(), "after" | "earlier") {
            -1
        } else {
            1
        };
        // the day it counts from: the last full date before the phrase in the sentence
        // (for "a day earlier" opening a sentence, from the sentence before)
        let from = match self.doc.sentences.get(self.sent_of[v].wrapping_sub(1)) {
            Some(prev) if matches!(self.lower[a].as_str(), "earlier" | "later") => prev.tokens.0,
            _ => s.tokens.0,
        };
        self.days_from_last_date(from, a - 1, sign * n, a)
    }

    /// `n` days from the last full date the text names from token `from` up to token
    /// `phrase` (exclusive), with the words `phrase..=end` as the date's text.
    fn days_from_last_date(
        &self,
        from: usize,
        phrase: usize,
        n: i64,
        end: usize,
    ) -> (Option<String>, Option<String>) {
        let start = self.doc.tokens[from].span.start;
        let stop = self.doc.tokens[phrase].span.start;
        let day = self
            .doc
            .timexes
            .iter()
            .rev()
            .find(|x| x.span.start >= start && x.span.end <= stop && x.value.len() >= 10)
            .and_then(|x| chrono::NaiveDate::parse_from_str(&x.value[..10], "%Y-%m-%d").ok());
        match day {
            Some(d) => {
                let text = self.doc.text
                    [self.doc.tokens[phrase].span.start..self.doc.tokens[end].span.end]
                    .to_string();
                let d = d + chrono::Duration::days(n);
                (Some(d.format("%Y-%m-%d").to_string()), Some(text))
            }
            None => (None, None),
        }
    }

    /// The day of a clause that `v` shares its occasion with, when its own clause gives
    /// none: the verb a participle, complement or coordinated verb hangs on ("Hamas
    /// threatened on Monday ..., *accusing* Israel of ...", "boarded the tanker on Wednesday
    /// and *detained* its captain", "agreed on Tuesday ..., after *meeting* on the
    /// sidelines"); a verb coordinated with it that has a day ("settlers *beat* farmers and
    /// set fire to their cars on Saturday"); and for a statement (an appeal, intent,
    /// demand, criticism, rejection or threat) the report that follows it ("Norway *is
    /// considering* ..., the finance minister said on Thursday").
    fn neighbour_clause_date(&self, v: usize, code: &str) -> (Option<String>, Option<String>) {
        let dated = |x: usize| dates::clause_date(self, &self.clause_tokens(x));
        let own_subject =
            |x: usize| self.kid(x, "nsubj").is_some() || self.kid(x, "nsubj:pass").is_some();
        let mut g = v;
        for _ in 0..3 {
            let up = match self.base_rel(g) {
                "xcomp" | "conj" => true,
                "advcl" => !own_subject(g),
                // "A and B agreed on Thursday to ..., the ministers said after meeting in
                // Karlskrona": what an undated closing report tells of happened then
                "parataxis" => SPEECH_VERBS.contains(&self.lemmas[g].as_str()),
                // "used water cannon on Thursday to disperse students *marching* against
                // ...": a participle on a noun, by the verb the noun hangs on
                "acl" => !own_subject(g) && matches!(self.xpos(g), "VBG" | "VBN"),
                _ => false,
            };
            let next = if self.base_rel(g) == "acl" {
                self.head(g).and_then(|n| self.head(n))
            } else {
                self.head(g)
            };
            match next.filter(|&h| up && self.is_verbal(h)) {
                Some(h) => g = h,
                None => break,
            }
            let mut d = dated(g);
            if d.0.is_none() {
                d = self.offset_date(g);
            }
            if d.0.is_some() {
                return d;
            }
        }
        for c in self.kids(v, "conj") {
            if self.is_verbal(c) && !own_subject(c) {
                let d = dated(c);
                if d.0.is_some() {
                    return d;
                }
            }
        }
        let statement = matches!(
            code.get(..2),
            Some("01" | "02" | "03" | "10" | "11" | "12" | "13")
        );
        if statement {
            // the report that closes the sentence, however the parser hung it: a verb of
            // saying after a comma and its subject (", the foreign ministry said on Monday")
            let sent = self.sentence(v);
            let report = (v + 1..sent.tokens.1).find(|&r| {
                SPEECH_VERBS.contains(&self.lemmas[r].as_str())
                    && matches!(self.xpos(r), "VBD" | "VBZ" | "VBP")
                    && self.kid(r, "nsubj").is_some_and(|s| {
                        let first = self.phrase(s).into_iter().min().unwrap_or(s);
                        first > v && first > 0 && self.lower[first - 1] == ","
                    })
            });
            if let Some(r) = report {
                let d = dated(r);
                if d.0.is_some() {
                    return d;
                }
                // a day in the report's words the parser hung elsewhere ("..., Merz told Modi
                // in a phone call on Wednesday")
                let words: Vec<usize> = (r..sent.tokens.1).collect();
                return dates::clause_date(self, &words);
            }
        }
        (None, None)
    }

    /// Who did the act that noun `n` names, when `v` is a relative clause judging it after
    /// the sentence's main clause: "Israel recognised Somaliland, *a move* Somalia's
    /// government condemned", "a court sentenced her ..., *a verdict* Berlin called
    /// outrageous": the subject of the sentence's root verb (with `said_only`, a verb of
    /// saying or accusing: "X said that Y attacked Z, *an accusation* Y rejected").
    fn doer_of_named_act(&self, n: usize, v: usize, said_only: bool) -> Option<(usize, Arg)> {
        // (the clause on the noun, or the noun read as the clause's second subject)
        if (self.head(v) != Some(n) && self.head(n) != Some(v)) || n > v {
            return None;
        }
        let mut root = self.root_of(&self.sentence(v))?;
        // ("Israel recognised Somaliland, a move Somalia's government condemned" parsed with
        // the judging verb as the root: the act is its clause before the noun)
        if root == v {
            root = self.children[v]
                .iter()
                .copied()
                .find(|&c| c < n && matches!(self.base_rel(c), "ccomp" | "parataxis"))?;
        }
        let says = SPEECH_VERBS.contains(&self.lemmas[root].as_str())
            || matches!(self.lemmas[root].as_str(), "accuse" | "blame" | "allege");
        if root >= n || root == v || (said_only && !says) {
            return None;
        }
        let doer = self.subject(root, 0)?;
        let a = self.actor(doer).filter(|a| a.actor.code.is_some())?;
        Some((doer, a))
    }

    /// "Israel shut its embassy in Dublin on Sunday. Ireland's prime minister called *the
    /// decision* deeply regrettable": a definite act noun with no party of its own opening
    /// no phrase of its own is the act the sentence before reported, done by that
    /// sentence's subject; or, when the judging clause is joined to an earlier one, that
    /// clause's act.
    /// The determiners of noun `n`, and of the noun it is a compound of: the article may
    /// hang on what the noun is called ("called *the* claim propaganda", "*the* decision
    /// political revenge").
    fn dets(&self, n: usize) -> impl Iterator<Item = usize> + '_ {
        let host = match self.head(n) {
            Some(h) if self.rel(n) == "compound" => h,
            _ => n,
        };
        self.kids(n, "det")
            .chain(self.kids(host, "det").filter(move |_| host != n))
    }

    fn doer_before(&self, n: usize) -> Option<(usize, Arg)> {
        let definite = self
            .dets(n)
            .any(|d| matches!(self.lower[d].as_str(), "the" | "this" | "that"));
        // (a judgement read as the noun's participle is none of its own: "called the
        // sanctions meddling in its affairs")
        let own = self.children[n].iter().any(|&c| {
            matches!(self.base_rel(c), "nmod" | "acl" | "amod" | "compound")
                && !(c == n + 1 && self.rel(c) == "acl" && self.xpos(c) == "VBG")
        });
        if !definite || own {
            return None;
        }
        // "Washington suspended deliveries ..., and Petro denounced the move": the act of
        // the clause the judging one is joined to
        let joined = self
            .head(n)
            .filter(|&j| self.rel(j) == "conj")
            .and_then(|j| self.head(j))
            .filter(|&r| {
                r < n
                    && self.is_verbal(r)
                    && !self.passive(r)
                    && !SPEECH_VERBS.contains(&self.lemmas[r].as_str())
            })
            .and_then(|r| self.subject(r, 0))
            .and_then(|d| Some((d, self.actor(d).filter(|a| a.actor.code.is_some())?)));
        if joined.is_some() {
            return joined;
        }
        let mut si = self.sent_of[n].checked_sub(1)?;
        let mut prev = self.doc.sentences.get(si)?;
        let mut root = self.root_of(prev)?;
        // (over a sentence of background told in the passive: "Eritrea said it would hand
        // back the bodies. The soldiers were killed in February. Ethiopia welcomed the
        // decision.")
        if self.passive(root) && si > 0 {
            si -= 1;
            prev = self.doc.sentences.get(si)?;
            root = self.root_of(prev)?;
        }
        // "Eritrea said it would hand back the bodies. Ethiopia welcomed *the decision*": a
        // decision or step announced is the act of the clause said, by its subject (a
        // warning or a remark too, else by whoever said it: "Serbia will downgrade
        // relations ..., a minister said. Podgorica called *the warning* blackmail")
        if SPEECH_VERBS.contains(&self.lemmas[root].as_str())
            && matches!(
                self.lemmas[n].as_str(),
                "decision"
                    | "move"
                    | "step"
                    | "announcement"
                    | "plan"
                    | "offer"
                    | "pledge"
                    | "warning"
                    | "threat"
                    | "remark"
                    | "statement"
                    | "comment"
            )
        {
            let coded = |t: usize| {
                self.actor(t)
                    .filter(|a| a.actor.code.is_some())
                    .map(|a| (t, a))
            };
            return self
                .kids(root, "ccomp")
                .next()
                .and_then(|said| self.subject(said, 0))
                .and_then(coded)
                .or_else(|| self.subject(root, 0).and_then(coded));
        }
        if !self.is_verbal(root)
            || self.passive(root)
            || SPEECH_VERBS.contains(&self.lemmas[root].as_str())
        {
            return None;
        }
        let doer = self.subject(root, 0)?;
        let a = self.actor(doer).filter(|a| a.actor.code.is_some())?;
        Some((doer, a))
    }

    /// "Ecuador's attorney general accused a former energy minister of taking kickbacks. *He*
    /// denied the accusation": a person who denies, named by a pronoun after an accusation,
    /// a charge or an arrest of a party in the sentence before or its own, is that party.
    fn accused_denier(
        &self,
        v: usize,
        p: &Pattern,
        subj: Option<usize>,
        out: &[Event],
    ) -> Option<Arg> {
        let s = subj.filter(|&s| matches!(self.lower[s].as_str(), "he" | "she"))?;
        if p.code != "016" {
            return None;
        }
        let si = self.sent_of[v];
        let from = self.doc.sentences[si.saturating_sub(1)].tokens.0;
        let lo = self.doc.tokens[from].span.start;
        let e = self.latest_act(out, v, &["11", "17"], |e| e.evidence.start >= lo)?;
        let t = e
            .target
            .as_ref()
            .filter(|t| t.code.is_some() && t.code != e.source.code)?;
        Some(Arg {
            actor: t.clone(),
            lo: s,
            hi: s,
        })
    }

    /// The latest event coded before verb `v` whose code starts with one of `codes`, that
    /// was not negated and that `ok` accepts: the act a later noun, denial or judgement
    /// answers.
    fn latest_act<'e>(
        &self,
        out: &'e [Event],
        v: usize,
        codes: &[&str],
        ok: impl Fn(&Event) -> bool,
    ) -> Option<&'e Event> {
        let here = self.doc.tokens[v].span.start;
        out.iter().rev().find(|e| {
            e.evidence.start < here
                && !e.negated
                && codes.iter().any(|c| e.code.starts_with(c))
                && ok(e)
        })
    }

    /// [`Coder::latest_act`] of a coded party aimed at the country of one of `parties`: the
    /// accusation a denial answers, the demand a refusal answers.
    fn latest_act_aimed_at<'e>(
        &self,
        out: &'e [Event],
        v: usize,
        codes: &[&str],
        parties: &[Option<Arg>],
    ) -> Option<&'e Event> {
        let own: Vec<&str> = parties
            .iter()
            .flatten()
            .filter_map(|s| country_of_actor(&s.actor))
            .collect();
        self.latest_act(out, v, codes, |e| {
            e.source.code.is_some()
                && e.target
                    .as_ref()
                    .and_then(country_of_actor)
                    .is_some_and(|k| own.contains(&k))
        })
    }

    /// The coded person-like object nearest before pronoun `t` in its sentence or the one
    /// before: the object (or passive subject) of a verb, named by a role noun or a name.
    fn object_before(&self, t: usize) -> Option<Arg> {
        let si = self.sent_of[t];
        let from = self
            .doc
            .sentences
            .get(si.wrapping_sub(1))
            .map_or(self.sentence(t).tokens.0, |s| s.tokens.0);
        (from..t).rev().find_map(|u| {
            let object = matches!(self.rel(u), "obj" | "nsubj:pass" | "iobj")
                && matches!(self.upos(u), "NOUN" | "PROPN")
                && self.xpos(u) != "NNS"
                && (self.role_of(u).is_some() || self.mention_at[u].is_some());
            object
                .then(|| self.actor(u))
                .flatten()
                .filter(|a| a.actor.code.is_some())
        })
    }

    /// The root token of sentence `s`.
    fn root_of(&self, s: &Sentence) -> Option<usize> {
        (s.tokens.0..s.tokens.1).find(|&t| self.head(t).is_none())
    }

    /// Whether token `t` lies in the subtree of `h`.
    fn dominates(&self, h: usize, mut t: usize) -> bool {
        for _ in 0..self.lower.len() {
            if t == h {
                return true;
            }
            match self.head(t) {
                Some(x) => t = x,
                None => return false,
            }
        }
        false
    }

    /// The two countries of a hyphened modifier, each with the role of the phrase: "a
    /// French-Saudi plan" (France and Saudi Arabia), "U.S.-Israeli strikes".
    fn hyphened_parties(&self, t: usize) -> Option<Vec<Option<Arg>>> {
        let base = self.actor(t)?;
        let code = base.actor.code.as_deref()?;
        let mods: Vec<usize> = self.children[t]
            .iter()
            .copied()
            .filter(|&c| c < t && matches!(self.rel(c), "amod" | "compound"))
            .collect();
        // (the first country may hang on the second: "U.S.-Israeli")
        let second = mods.iter().copied().find(|&c| {
            c >= 2 && self.lower[c - 1] == "-" && self.head(c - 2).is_some_and(|h| h == c || h == t)
        })?;
        let countries: Vec<String> = [second - 2, second]
            .into_iter()
            .filter_map(|c| {
                let word = &self.doc.text[self.doc.tokens[c].span.range()];
                self.country_in_tokens(&[c], None)
                    .or_else(|| Some(self.kb.country_by_demonym(word)?.code.clone()))
            })
            .collect();
        if countries.len() != 2 || countries[0] == countries[1] || code.get(..3).is_none() {
            return None;
        }
        if !countries.iter().any(|k| code.starts_with(k.as_str())) {
            return None;
        }
        Some(
            countries
                .into_iter()
                .map(|k| {
                    let mut a = base.clone();
                    a.actor.code = Some(format!("{k}{}", &code[3..]));
                    Some(a)
                })
                .collect(),
        )
    }

    /// A party found deep in a phrase with the names coordinated with it ("aid for Romania
    /// and Poland", "Sierra Leonean and Liberian refugees").
    fn with_coordinated(&self, a: Arg) -> Vec<Option<Arg>> {
        // the names coordinated with the party, or with the noun it modifies ("a meeting
        // between an [Israeli] peace movement and the PLO")
        let mut head = a.hi;
        while matches!(self.rel(head), "amod" | "compound" | "nmod:poss" | "flat") {
            match self.head(head) {
                Some(h) if h > head => head = h,
                _ => break,
            }
        }
        let mut out: Vec<Option<Arg>> = self
            .with_conjuncts(a.hi)
            .into_iter()
            .chain(self.with_conjuncts(head).into_iter().filter(|&t| t != head))
            .filter(|&t| t != a.hi)
            .filter_map(|t| self.actor(t).filter(|x| x.actor.code.is_some()))
            .map(Some)
            .collect();
        out.insert(0, Some(a));
        out
    }

    /// The first party named in the act's own clause outside its subject, when no slot
    /// gave a target: "agreed to lift embargoes on pharmaceutical sales in late February *to
    /// Iran*" (the parse hung "to Iran" under the date). Reported, relative and time
    /// clauses are not searched, nor anything coordinated with the verb (other acts).
    fn clause_party(
        &self,
        v: usize,
        xcomp: Option<usize>,
        subj: Option<usize>,
        sources: &[Option<Arg>],
    ) -> Option<(usize, Arg)> {
        let skip = |_: usize, c: usize| {
            Some(c) == subj
                || matches!(
                    self.base_rel(c),
                    "punct" | "parataxis" | "ccomp" | "csubj" | "conj" | "cc" | "nsubj" | "dep"
                )
                || matches!(self.rel(c), "acl:relcl" | "obl:tmod")
                || (self.base_rel(c) == "advcl"
                    && !self.kids(c, "mark").any(|m| self.lower[m] == "to"))
                || matches!(
                    self.case_of(c),
                    Some(
                        "after"
                            | "before"
                            | "during"
                            | "since"
                            | "until"
                            | "according"
                            // where it happened, not whom it was aimed at
                            | "through"
                            | "across"
                            | "around"
                            | "throughout"
                            | "near"
                            | "along"
                            | "within"
                    )
                )
        };
        let mut toks = self.subtree(v, skip);
        if let Some(x) = xcomp.filter(|x| !toks.contains(x)) {
            toks.extend(self.subtree(x, skip));
        }
        // a purpose clause aims where its governor's act went: "surrounded the Statehouse
        // to call for more funding", "marched to parliament to demand ..."
        let purpose = matches!(self.base_rel(v), "advcl" | "xcomp")
            && self.kids(v, "mark").any(|m| self.lower[m] == "to");
        if let Some(g) = self.head(v).filter(|_| purpose) {
            for o in self.kids(g, "obj").chain(
                self.obliques(g)
                    .filter(|&o| matches!(self.case_of(o), Some("to" | "outside" | "at"))),
            ) {
                toks.extend(self.phrase(o));
            }
        }
        // the place of the act ("demonstrated in the northern city of Kirkuk") was tried
        // before as a place; what it names is not the target
        let place: Vec<usize> = [Some(v), xcomp]
            .into_iter()
            .flatten()
            .flat_map(|h| self.obliques(h).collect::<Vec<_>>())
            .filter(|&o| matches!(self.case_of(o), Some("in" | "at" | "inside" | "outside")))
            .flat_map(|o| self.phrase(o))
            .collect();
        toks.retain(|t| !place.contains(t));
        let own: Vec<&str> = sources
            .iter()
            .flatten()
            .filter_map(|a| a.actor.code.as_deref())
            .collect();
        // nearest to the verb first, the words after it before those before it
        toks.sort_by_key(|&t| (t < v, t.abs_diff(v)));
        toks.into_iter()
            .filter(|&t| t != v && self.ends_mention(t) && !self.in_timex[t])
            .find_map(|t| {
                let a = self.actor_inner(t)?;
                let code = a.actor.code.as_deref()?;
                (!own.contains(&code)).then_some((t, a))
            })
    }

    /// Is this verb governed by another verb that the dictionary codes ("threatened to
    /// attack", "accused X of attacking")?
    fn governed_by_coded(&self, v: usize) -> bool {
        let Some(h) = self.head(v) else { return false };
        // "summoned Israel's ambassador to demand an explanation": the demand made at the
        // summons is an act of its own
        if self.lemmas[h] == "summon"
            && matches!(
                self.lemmas[v].as_str(),
                "demand" | "seek" | "ask" | "request"
            )
        {
            return false;
        }
        let r = self.base_rel(v);
        let marked = |words: &[&str]| {
            self.children[v].iter().any(|&c| {
                matches!(self.rel(c), "mark" | "case") && words.contains(&self.lower[c].as_str())
            })
        };
        let gov = r == "xcomp"
            || (matches!(r, "advcl" | "acl" | "ccomp") && marked(&["to", "of", "for"]));
        // "charged a Colombian man *with setting fire* to buses": the charge, not an act
        let charged = matches!(r, "advcl" | "acl") && marked(&["with"]);
        if !gov && !charged {
            return false;
        }
        let h = if self.rel(h) == "obj" || self.base_rel(h) == "obl" {
            match self.head(h) {
                Some(x) => x,
                None => return false,
            }
        } else {
            h
        };
        if charged
            && !matches!(
                self.lemmas[h].as_str(),
                "charge" | "indict" | "accuse" | "convict" | "prosecute" | "sentence"
            )
        {
            return false;
        }
        self.is_verbal(h) && self.best_pattern(h).is_some()
    }

    /// The verb, or a clause it serves ("used aid flights *to arm* the rebels"), is the
    /// content of a claim (see [`Self::content_of_claim`]).
    fn inside_claim(&self, v: usize) -> bool {
        let mut x = v;
        for _ in 0..4 {
            if self.content_of_claim(x) {
                return true;
            }
            // "..., calling their presence a declaration of war": the reporter's own act
            if self.reporters_verb(x).is_some() {
                return false;
            }
            match self.head(x) {
                Some(h)
                    if matches!(self.base_rel(x), "advcl" | "xcomp" | "conj")
                        && self.is_verbal(h) =>
                {
                    x = h
                }
                _ => return false,
            }
        }
        false
    }

    /// Is this verb the content of an allegation, a demand, an appeal, a threat or a
    /// promise rather than an act of the story? "suspected of blowing up a plane",
    /// "demanded that the government provide information", "warned that troops would
    /// attack": what is alleged, asked for or threatened has not happened.
    fn content_of_claim(&self, v: usize) -> bool {
        let Some(h) = self.head(v) else { return false };
        let r = self.base_rel(v);
        // read off the words when the parse is lost: "accused Ugandan police on Monday of
        // abducting ...", an accusing verb before "of V-ing" with no verb between
        if self.xpos(v) == "VBG" && v > 0 && self.lower[v - 1] == "of" {
            let s = self.sentence(v);
            let accuser = (s.tokens.0..v - 1).rev().find(|&t| {
                self.xpos(t).starts_with("VB") || matches!(self.lemmas[t].as_str(), "accuse")
            });
            if accuser.is_some_and(|t| {
                matches!(
                    self.lemmas[t].as_str(),
                    "accuse" | "suspect" | "allege" | "charge" | "blame" | "convict" | "indict"
                )
            }) {
                return true;
            }
        }
        // "suspected/alleged/accused of blowing up" (also uncoded participles)
        if matches!(r, "advcl" | "acl" | "ccomp" | "xcomp")
            && self.children[v]
                .iter()
                .any(|&c| matches!(self.rel(c), "mark" | "case") && self.lower[c] == "of")
            && matches!(
                self.lemmas[h].as_str(),
                "suspect"
                    | "allege"
                    | "accuse"
                    | "charge"
                    | "blame"
                    | "convict"
                    | "deny"
                    | "acquit"
                    | "indict"
            )
        {
            return true;
        }
        // "rejected accusations that it used ...": the clause hung on the verb after its
        // object, a noun of alleging
        if r == "ccomp"
            && self.is_verbal(h)
            && self.kid(h, "obj").is_some_and(|o| {
                o < v
                    && self.noun_keys(o).iter().any(|k| {
                        matches!(
                            k.as_str(),
                            "accusation" | "allegation" | "claim" | "charge" | "rumour" | "rumor"
                        )
                    })
            })
        {
            return true;
        }
        // "demanded that X provide", "urged that", "warned that X would attack"
        if r == "ccomp" && self.is_verbal(h) {
            if let Some((p, _)) = self.best_pattern(h) {
                return matches!(&p.code[..2], "02" | "03" | "10" | "13");
            }
        }
        // "demanded an admission by Moscow that its forces murdered ...", "sought assurances
        // that ...": what the demanded thing says is part of the demand
        if matches!(r, "acl" | "ccomp")
            && self.kids(v, "mark").any(|m| self.lower[m] == "that")
            && self.upos(h) == "NOUN"
            && self.rel(h) == "obj"
            && self
                .head(h)
                .filter(|&g| self.is_verbal(g))
                .and_then(|g| self.best_pattern(g))
                .is_some_and(|(p, _)| matches!(&p.code[..2], "02" | "10"))
        {
            return true;
        }
        // "renewed its call that Israel withdraw", "a demand that the army leave": the clause
        // of a noun of asking, offering, threatening or alleging is what is asked or alleged
        (matches!(r, "acl" | "ccomp")
            && self
                .kids(v, "mark")
                .chain(self.kids(v, "obj"))
                .any(|m| self.lower[m] == "that")
            && self.asking_noun(h))
            || self.after_asking_noun(v).is_some()
            || self.in_claim_words(v)
    }

    /// Read off the words when the parse is lost: the verb sits in a "that"-clause (no
    /// comma between) right after a noun of asking or alleging ("denied opposition claims
    /// that its soldiers had shot dead ...").
    fn in_claim_words(&self, v: usize) -> bool {
        let s = self.sentence(v);
        let Some(that) = (s.tokens.0 + 1..v)
            .rev()
            .take_while(|&t| !matches!(self.lower[t].as_str(), "," | ";" | ":"))
            .find(|&t| self.lower[t] == "that")
        else {
            return false;
        };
        let mut n = that - 1;
        while n > s.tokens.0 && self.in_timex[n] {
            n -= 1;
        }
        self.asking_noun(n)
    }

    /// The clause starts right after a noun of asking, whatever the parser hung it on:
    /// "reiterated its demand today *that Israel ease* ...", "stepped up his demand *for the
    /// commission to resign*", "insisted on its demand *that the government release* ...".
    /// Returns the noun and the party asked: the clause's subject, or the party after
    /// "for".
    fn after_asking_noun(&self, v: usize) -> Option<(usize, usize)> {
        let &first = self
            .subtree(v, |_, c| {
                matches!(self.base_rel(c), "advcl" | "conj" | "parataxis")
            })
            .first()?;
        let before = |mut t: usize| {
            // a time between the noun and its clause ("its demand today that ...")
            while t > 0 && self.in_timex[t - 1] {
                t -= 1;
            }
            t.checked_sub(1)
        };
        let (noun, party) = match self.lower[first].as_str() {
            // (its own subject: "that" read as a relative pronoun is none)
            "that" => (
                before(first)?,
                self.kids(v, "nsubj")
                    .filter(|&n| n != first)
                    .last()
                    .or_else(|| self.subject(v, 0))?,
            ),
            // "for X to V": the party asked, then its act
            "to" => {
                let f = (first.saturating_sub(6)..first)
                    .rev()
                    .find(|&t| self.lower[t] == "for")?;
                (before(f)?, first.checked_sub(1).filter(|&x| x > f)?)
            }
            _ => return None,
        };
        (self.upos(noun) == "NOUN" && self.asking_noun(noun)).then_some((noun, party))
    }

    /// A noun of asking, offering, threatening or alleging: what its clause says is asked
    /// or alleged, not done.
    fn asking_noun(&self, h: usize) -> bool {
        matches!(self.upos(h), "NOUN" | "PROPN")
            && self.noun_keys(h).iter().any(|k| {
                matches!(
                    k.as_str(),
                    "call"
                    | "demand"
                    | "request"
                    | "appeal"
                    | "plea"
                    | "ultimatum"
                    | "proposal"
                    | "offer"
                    | "promise"
                    | "pledge"
                    | "threat"
                    | "warning"
                    | "reminder"
                    | "insistence"
                    | "suggestion"
                    | "recommendation"
                    // "rejected accusations that it armed the rebels": what is alleged or
                    // feared has not been established
                    | "accusation"
                    | "allegation"
                    | "claim"
                    | "charge"
                    | "rumour"
                    | "rumor"
                    | "suspicion"
                    | "speculation"
                    | "fear"
                    | "assertion"
                    | "possibility"
                )
            })
    }

    /// "used tear gas to disperse demonstrators *protesting* election results", "a
    /// ceasefire with rebels *fighting* to topple his government": a present participle
    /// that describes a party another clause acts on is what the party was doing, not an
    /// act of the story.
    /// (What a law or resolution does is its maker's act, and crowds protesting or marching
    /// are a protest of the story: those stay.)
    fn describes_noun(&self, v: usize) -> bool {
        self.xpos(v) == "VBG"
            && self.rel(v) == "acl"
            && self.kid(v, "nsubj").is_none()
            && !matches!(
                self.lemmas[v].as_str(),
                "protest" | "march" | "rally" | "demonstrate" | "demand" | "chant"
            )
            && self.head(v).is_some_and(|n| {
                matches!(self.upos(n), "NOUN" | "PROPN")
                    && matches!(self.base_rel(n), "obj" | "obl" | "nmod")
                    && !DOCUMENT_NOUNS.contains(&self.lemmas[n].as_str())
            })
    }

    /// "Should Iran close the Strait of Hormuz, ...", "Had the army not intervened, ...": a
    /// condition written with the auxiliary first is no act and no threat.
    fn inverted_condition(&self, v: usize) -> bool {
        let first = self.sentence(v).tokens.0;
        self.kids(v, "aux")
            .chain(self.kids(v, "aux:pass"))
            .any(|a| {
                a == first
                    && matches!(self.lower[a].as_str(), "should" | "were" | "had")
                    && self.kid(v, "nsubj").is_some_and(|s| s > a)
            })
    }

    /// "a plot to attack a synagogue", "$3 billion to help rebuild the grid": an infinitive
    /// on a noun of plotting or of money says what it is for, not what was done.
    fn purpose_of_noun(&self, v: usize) -> bool {
        // "called on Somalia's government and the leaders of Jubaland to accept Kenyan
        // mediation": what a party appealed to is asked to do, read as the party's
        // infinitive, is the appeal's content
        let appealed = |h: usize| {
            let mut n = h;
            if self.base_rel(n) == "conj" {
                n = self.head(n).unwrap_or(n);
            }
            self.head(n).is_some_and(|a| {
                matches!(
                    self.lemmas[a].as_str(),
                    "call" | "urge" | "ask" | "press" | "appeal" | "encourage" | "invite" | "tell"
                ) && (self.base_rel(n) == "obj"
                    || (self.base_rel(n) == "obl" && self.case_of(n) == Some("on")))
            })
        };
        if self.base_rel(v) == "acl"
            && self.kids(v, "mark").any(|m| self.lower[m] == "to")
            && self.head(v).is_some_and(appealed)
        {
            return true;
        }
        self.base_rel(v) == "acl"
            && self.kids(v, "mark").any(|m| self.lower[m] == "to")
            && self.head(v).is_some_and(|h| {
                // a noun indeed ("a plot", "its plan", "over a plot"), not the verb of
                // "Erdogan plans to visit" read as one
                let noun = self.kids(h, "det").next().is_some()
                    || self.kids(h, "nmod:poss").next().is_some()
                    || matches!(self.base_rel(h), "obj" | "obl" | "nmod");
                matches!(self.upos(h), "NUM" | "SYM")
                    || noun
                        && matches!(
                            self.lemmas[h].as_str(),
                            // (not "an attempt to assassinate", an act of its own)
                            "plot"
                                | "plan"
                                // (what an order or a demand asks for: "refused to obey a
                                // High Court order to release a trade unionist")
                                | "order"
                                | "ruling"
                                | "demand"
                                | "request"
                                | "plea"
                                | "proposal"
                                | "offer"
                                | "ultimatum"
                                | "deadline"
                                | "bid"
                                | "effort"
                                | "campaign"
                                | "scheme"
                                | "conspiracy"
                                | "money"
                                | "fund"
                                | "funding"
                                | "aid"
                                | "loan"
                                | "grant"
                                | "package"
                                | "billion"
                                | "million"
                                | "$"
                        )
            })
    }

    /// "anyone joining unauthorised protests", "those who attack police": an act of no one
    /// in particular (a kind of person warned or threatened), not one that happened.
    fn generic_doer(&self, v: usize) -> bool {
        let generic = |n: usize| {
            matches!(
                self.lower[n].as_str(),
                "anyone" | "anybody" | "everyone" | "everybody" | "whoever" | "those"
            )
        };
        // (through the verbs it completes: "anyone who tried to *storm* state buildings")
        let mut v = v;
        for _ in 0..4 {
            match self.head(v).filter(|_| self.base_rel(v) == "xcomp") {
                Some(h) => v = h,
                None => break,
            }
        }
        (matches!(self.base_rel(v), "acl") && self.head(v).is_some_and(generic))
            || self.kid(v, "nsubj").is_some_and(generic)
    }

    /// "the wounded", "the accused": a participle used as a noun names people, not an act.
    fn nominal_participle(&self, v: usize) -> bool {
        let bare = self.kid(v, "obj").is_none() && self.kid(v, "nsubj").is_none();
        // "its involvement in killing": a gerund after a preposition, with neither subject
        // nor object, names a kind of act, not one
        let gerund = self.xpos(v) == "VBG"
            && bare
            && matches!(self.base_rel(v), "obl" | "nmod" | "acl" | "advcl")
            && self.kids(v, "case").chain(self.kids(v, "mark")).any(|c| {
                matches!(
                    self.lower[c].as_str(),
                    "in" | "of" | "for" | "to" | "against"
                )
            });
        gerund
            || (self.xpos(v) == "VBG"
                && bare
                && self.base_rel(v) == "advcl"
                && self.nominal_gerund(v))
            || (matches!(self.xpos(v), "VBN" | "VBG")
                && v > 0
                && matches!(self.lower[v - 1].as_str(), "the" | "a" | "an")
                && bare
                && matches!(
                    self.base_rel(v),
                    "obj" | "nsubj" | "obl" | "nmod" | "conj" | "appos"
                ))
    }

    /// "… shelled the town, killing 20 people": the toll of an attack already coded is part
    /// of that attack, not an event of its own.
    fn casualty_of_coded(&self, v: usize) -> bool {
        if !matches!(
            self.lemmas[v].as_str(),
            "kill" | "wound" | "injure" | "hurt" | "leave"
        ) || self.xpos(v) != "VBG"
            || self.kid(v, "nsubj").is_some()
        {
            return false;
        }
        let mut h = v;
        // "killing or wounding 50": the first of the coordinated participles
        while self.base_rel(h) == "conj" {
            match self.head(h) {
                Some(x) => h = x,
                None => return false,
            }
        }
        if !matches!(self.base_rel(h), "advcl" | "xcomp" | "acl" | "conj") {
            return false;
        }
        let Some(g) = self.head(h) else { return false };
        self.is_verbal(g)
            && self
                .best_pattern(g)
                .is_some_and(|(p, _)| matches!(&p.code[..2], "18" | "19" | "20" | "14" | "17"))
    }

    /// "the occupied West Bank", "detained migrants", "Iran-backed militias": a participle
    /// that only describes its noun reports no act of this story.
    fn attributive(&self, v: usize) -> bool {
        // "the ceasefire agreed last week", "the deal signed in Doha": a participle right
        // after the agreement it describes, however the parser hung it
        if v > 0
            && self.kid(v, "nsubj").is_none()
            && matches!(
                self.lemmas[v].as_str(),
                "agree" | "reach" | "sign" | "broker" | "negotiate" | "announce" | "seal"
            )
            && matches!(
                self.lemmas[v - 1].as_str(),
                "ceasefire" | "truce" | "deal" | "agreement" | "accord" | "pact" | "treaty"
            )
        {
            return true;
        }
        // "other banned/VBD chemicals": a past form between a determiner or an adjective and
        // the noun it modifies is a participle used as an adjective
        if self.xpos(v) == "VBD"
            && self.rel(v) == "amod"
            && v > 0
            && matches!(self.upos(v - 1), "DET" | "ADJ")
            && self.head(v) == Some(v + 1)
        {
            return true;
        }
        // "the visiting delegation" is a visit: `adjectival_visit` reads it
        if !matches!(self.xpos(v), "VBN" | "VBG") || self.lemmas[v] == "visit" {
            return false;
        }
        // "police have laid siege to": a perfect the parser read as a modifier
        if v > 0 && self.xpos(v) == "VBN" && self.lemmas[v - 1] == "have" {
            return false;
        }
        // "The government today welcomed President Reagan's statement" parsed as a modifier:
        // a participle after a noun or an adverb is the finite verb the parser missed
        if v > 0
            && (matches!(self.upos(v - 1), "NOUN" | "PROPN" | "PRON" | "ADV")
                || matches!(self.lower[v - 1].as_str(), "today" | "yesterday"))
            && self.xpos(v) == "VBN"
            && !{
                let (a, b) = self.sentence(v).tokens;
                (a..b).any(|t| t != v && self.rel(t) == "root" && self.is_verbal(t))
            }
        {
            return false;
        }
        // "the Beagle Channel, disputed by Argentina and Chile": a state the noun is in
        if self.base_rel(v) == "acl"
            && self.xpos(v) == "VBN"
            && matches!(
                self.lemmas[v].as_str(),
                "dispute"
                    | "occupy"
                    | "control"
                    | "hold"
                    | "claim"
                    | "own"
                    | "administer"
                    | "govern"
                    | "rule"
                    | "inhabit"
                    | "contest"
                    | "annex"
            )
        {
            return true;
        }
        match self.base_rel(v) {
            "amod" => true,
            "acl" => {
                self.head(v).is_some_and(|h| h > v)
                    && self.kids(v, "obl").all(|o| self.case_of(o) != Some("by"))
                    && self.kid(v, "obj").is_none()
            }
            _ => false,
        }
    }

    /// The verb of intention or wish a verb depends on ("plans to visit"), also through a
    /// verb of aspect ("prepared to *resume* shelling"), or the adjective of capability it
    /// depends on ("capable of launching").
    fn controller(&self, v: usize) -> Option<usize> {
        let h = self.head(v)?;
        let r = self.base_rel(v);
        let to = self.kids(v, "mark").any(|m| self.lower[m] == "to");
        let w = self.lemmas[h].as_str();
        // "prepared to resume shelling", "plans to start building": an act begun or resumed
        // under an intention is as planned as the beginning
        if r == "xcomp" && ASPECT_VERBS.contains(&w) {
            if let Some(c) = self.controller(h) {
                if !ASPECT_VERBS.contains(&self.lemmas[c].as_str()) {
                    return Some(c);
                }
            }
        }
        // (the complement of a directive split from it by a time: "urged Azerbaijan on
        // Monday to let ...", read as a clause of purpose)
        let direct = (r == "xcomp" || (r == "acl" && to))
            && (CONTROL_VERBS.contains(&w) || INTENTION_WORDS.contains(&w))
            || (r == "advcl" && to && ASKED_TO.contains(&w) && self.kid(h, "obj").is_some());
        // "hackers capable of launching cyber warfare": a capability, not an act
        let capable = r == "advcl"
            && matches!(w, "capable" | "incapable")
            && self.kids(v, "mark").any(|m| self.lower[m] == "of");
        // "is looking at banning phones", "thinking about leaving": an option weighed
        let weighed = r == "advcl"
            && matches!(w, "look" | "think")
            && self
                .kids(v, "mark")
                .any(|m| matches!(self.lower[m].as_str(), "at" | "into" | "about"));
        if direct || capable || weighed {
            return Some(h);
        }
        // "is considering letting its wealth fund invest": through a verb of letting or
        // helping, the controller of that verb
        (matches!(r, "xcomp" | "ccomp")
            && matches!(w, "let" | "allow" | "help" | "permit" | "enable" | "make"))
        .then(|| self.controller(h))
        .flatten()
    }

    /// "\"Sit down with the teachers,\" the bishops told the government": a bare verb
    /// opening its sentence, with no subject, asks for the act; nobody did it.
    fn imperative(&self, v: usize) -> bool {
        let s = self.sentence(v);
        self.xpos(v) == "VB"
            && matches!(self.base_rel(v), "root" | "ccomp" | "parataxis")
            && !self.children[v].iter().any(|&c| {
                matches!(
                    self.base_rel(c),
                    "nsubj" | "csubj" | "aux" | "mark" | "expl"
                )
            })
            && (s.tokens.0..v).all(|t| self.upos(t) == "PUNCT")
    }

    /// A clause that states no fact: under a modal ("will meet ... during a visit") or a
    /// word of control or intention ("is ready to take part in talks hosted by Turkey").
    fn unrealised(&self, v: usize) -> bool {
        self.modal(v).is_some() || self.controller(v).is_some()
    }

    /// The intention a purpose clause serves: "is willing to send material *to help*
    /// defend Saudi Arabia" — the help is as intended as the sending. The word of intention
    /// up the chain of complements and purpose clauses, if any.
    fn intended_purpose(&self, v: usize) -> Option<usize> {
        let purpose = |x: usize| {
            self.base_rel(x) == "advcl" && self.kids(x, "mark").any(|m| self.lower[m] == "to")
        };
        if !purpose(v) {
            return None;
        }
        let mut x = v;
        for _ in 0..4 {
            if !(purpose(x) || self.base_rel(x) == "xcomp") {
                return None;
            }
            let h = self.head(x)?;
            if INTENTION_WORDS.contains(&self.lemmas[h].as_str())
                || INTENTION_WORDS.contains(&self.lower[h].as_str())
            {
                return Some(h);
            }
            x = h;
        }
        None
    }

    /// A verb of saying that reports this clause, climbing ccomp/parataxis.
    fn speech_verb(&self, v: usize) -> Option<usize> {
        let mut x = v;
        for _ in 0..4 {
            let h = self.head(x)?;
            if matches!(self.base_rel(x), "ccomp" | "parataxis" | "conj" | "xcomp") {
                if SPEECH_VERBS.contains(&self.lemmas[h].as_str()) {
                    return Some(h);
                }
                x = h;
            } else {
                return None;
            }
        }
        None
    }

    /// "a July 10 meeting at the White House when Sondland told ...": a clause introduced
    /// by "when" happened on the date of the phrase just before it.
    fn when_date(&self, v: usize) -> (Option<String>, Option<String>) {
        let mut x = v;
        for _ in 0..4 {
            if let Some(w) = self.kids(x, "advmod").find(|&a| self.lower[a] == "when") {
                let s = self.sentence(w);
                let toks: Vec<usize> = (w.saturating_sub(8).max(s.tokens.0)..w).collect();
                return dates::clause_date(self, &toks);
            }
            if !matches!(self.base_rel(x), "conj" | "xcomp" | "ccomp") {
                break;
            }
            match self.head(x) {
                Some(h) => x = h,
                None => break,
            }
        }
        (None, None)
    }

    /// An act told in a relative clause without a time of its own happened when the clause
    /// its noun belongs to did: "follows the testimony Tuesday of officials, including an
    /// officer who described the call as improper" (a relative clause with a past time of
    /// its own is background, `in_background`).
    fn relative_clause_date(&self, v: usize) -> (Option<String>, Option<String>) {
        if self.rel(v) != "acl:relcl" {
            return (None, None);
        }
        let mut x = self.head(v);
        for _ in 0..4 {
            let Some(h) = x else { break };
            if self.is_verbal(h) {
                return dates::clause_date(self, &self.clause_tokens(h));
            }
            x = self.head(h);
        }
        (None, None)
    }

    /// Whom a verb of saying addresses: "told *the officials* ...", also when the parser
    /// hung them on a participle ("told visiting Ukraine *officials*"). A plural noun only,
    /// as "they" or "you" in the report must refer to it.
    fn addressee(&self, sv: usize) -> Option<usize> {
        if !matches!(
            self.lemmas[sv].as_str(),
            "tell" | "warn" | "assure" | "inform" | "remind" | "advise" | "notify"
        ) {
            return None;
        }
        self.kid(sv, "obj")
            .or_else(|| self.kid(sv, "iobj"))
            .or_else(|| {
                self.kids(sv, "xcomp")
                    .find(|&x| self.adjectival_visit(x).is_some())
                    .and_then(|x| self.kid(x, "obj"))
            })
            .filter(|&o| self.xpos(o) == "NNS" || self.mention_at[o].is_some())
    }

    /// Words of a clause that date it before the story: "ago", "previously", "earlier"
    /// (not "a day earlier"), "last year", a year or decade before the story's year.
    fn tells_old_times(&self, clause: &[usize]) -> bool {
        clause.iter().any(|&t| {
            matches!(
                self.lower[t].as_str(),
                "ago" | "previously" | "once" | "formerly"
            ) || (self.lower[t] == "earlier"
                // "a day earlier", "hours earlier", "earlier in the day", "earlier today"
                // are the story's own days
                && !(t > 0
                    && matches!(
                        self.lower[t - 1].as_str(),
                        "day" | "days" | "hour" | "hours" | "minutes" | "night"
                    ))
                && !self
                    .lower
                    .get(t + 1)
                    .is_some_and(|w| matches!(w.as_str(), "in" | "on" | "today" | "this")))
                || (matches!(self.lower[t].as_str(), "last" | "this")
                    && clause.iter().any(|&u| {
                        matches!(
                            self.lower[u].as_str(),
                            "year"
                                | "month"
                                | "decade"
                                | "summer"
                                | "winter"
                                | "spring"
                                | "autumn"
                        )
                    }))
                // a year or a decade before the story's year ("in the 1970s")
                || self.year_before_story(self.lower[t].trim_end_matches('s'))
        })
    }

    /// A year (or a decade's first year) before the story's year.
    fn year_before_story(&self, word: &str) -> bool {
        word.parse::<i32>().is_ok_and(|y| {
            (1900..2100).contains(&y)
                && self
                    .reference
                    .is_none_or(|r| y < chrono::Datelike::year(&r))
        })
    }

    /// A clause that tells the past behind the story ("who fled to Moscow last year",
    /// "citizens abducted in the 1970s"): a subordinate clause with a time of its own before
    /// the story's week; also standing accusations, perfect infinitives on a noun and the
    /// consequence a participle of forcing tells.
    fn in_background(&self, v: usize) -> bool {
        // "held live-fire drills ..., *forcing* airliners to change course", "went on strike
        // ..., *forcing* hospitals to turn away patients": a participle of forcing after a
        // clause tells its consequence, not an act of coercion
        if matches!(self.lemmas[v].as_str(), "force" | "compel" | "oblige")
            && self.xpos(v) == "VBG"
            && self.base_rel(v) == "advcl"
            && self.kid(v, "nsubj").is_none()
            && self.kid(v, "xcomp").is_some()
            && self.head(v).is_some_and(|h| h < v && self.is_verbal(h))
        {
            return true;
        }
        // "supporters of a visiting Serbian club": a visitor named by its noun inside an
        // "of" phrase is described, and where it visits is not said (not the guest a host
        // received or met: "received visiting Spanish Prime Minister ...", "held talks with
        // the visiting Chinese delegation")
        if self.lemmas[v] == "visit"
            && self.rel(v) == "amod"
            && self
                .head(v)
                .is_some_and(|n| n > v && self.case_of(n) == Some("of"))
        {
            return true;
        }
        // "Asked on Monday whether Haiti had requested ..., the ministry would neither
        // confirm nor deny it": a question put to the sentence's subject by nobody named
        if self.lemmas[v] == "ask"
            && self.doc.sentences[self.sent_of[v]].tokens.0 == v
            && self.kid(v, "nsubj").is_none()
        {
            return true;
        }
        // "He is accused of rape": a standing accusation by nobody named is a state, not an
        // act of the story
        if matches!(self.lemmas[v].as_str(), "accuse" | "suspect")
            && self
                .kids(v, "aux:pass")
                .any(|a| matches!(self.lower[a].as_str(), "is" | "are" | "'s" | "'re"))
            && self.agent(v).is_none()
        {
            return true;
        }
        // "the only two Arab states to have signed peace treaties with Israel": a perfect
        // infinitive that describes its noun tells what was done before the story (also
        // when the parser made the infinitive the root, its noun the subject)
        if matches!(self.base_rel(v), "acl" | "root" | "") {
            if let Some(have) = self.kids(v, "aux").find(|&a| self.lemmas[a] == "have") {
                // the "to" on the verb or, as the parser often hangs it, on "have"
                if self
                    .kids(v, "mark")
                    .chain(self.kids(have, "mark"))
                    .any(|m| self.lower[m] == "to")
                    || (have > 0 && self.lower[have - 1] == "to")
                {
                    return true;
                }
            }
        }
        // "took office in December 2023 promising to take a chainsaw to spending": a
        // participle without a subject of its own happened when its governing clause did,
        // here an earlier year (not "last year", often the story's own news: "Germany spent
        // a record sum last year on helping refugees")
        if self.base_rel(v) == "advcl"
            && self.xpos(v) == "VBG"
            && self.kid(v, "nsubj").is_none()
            && self.head(v).is_some_and(|h| {
                self.clause_tokens(h).into_iter().any(|t| {
                    t < v
                        && (self.lower[t] == "ago"
                            || self.year_before_story(self.lower[t].trim_end_matches('s')))
                })
            })
        {
            return true;
        }
        // "30 people jailed over the border riots", "a man arrested in Paris": a participle
        // describing a noun with no agent tells what was done to it, by nobody named
        // (not when the noun is the root: then the parser took the verb for a participle)
        if self.rel(v) == "acl"
            && self.xpos(v) == "VBN"
            && self.agent(v).is_none()
            && self.kid(v, "nsubj").is_none()
            && self.head(v).is_some_and(|n| self.head(n).is_some())
            && {
                let root = std::iter::successors(Some(v), |&x| self.head(x)).last();
                root.is_some_and(|r| self.is_verbal(r))
            }
        {
            return true;
        }
        let mut x = v;
        for _ in 0..4 {
            // Past-time clauses of three kinds: relative clauses, past participles that
            // describe a noun ("citizens abducted in the 1970s") and clauses with a subject
            // or conjunction of their own ("after Russia seized Crimea in 2014"; not "to":
            // "the first delegation to visit Bucharest since last month's revolution").
            // A participle that elaborates what its clause says ("the largest donor,
            // contributing $46 million in 2017") is that clause's own story.
            let finite = || {
                self.kids(x, "nsubj")
                    .chain(self.kids(x, "nsubj:pass"))
                    .chain(self.kids(x, "mark").filter(|&m| self.lower[m] != "to"))
                    .next()
                    .is_some()
            };
            let own_clause = match self.rel(x) {
                "acl:relcl" => true,
                "acl" => self.xpos(x) == "VBN" || finite(),
                "advcl" => finite(),
                _ => false,
            };
            if own_clause {
                let clause = self.clause_tokens(x);
                let old_words = self.tells_old_times(&clause);
                if old_words {
                    return true;
                }
                let (d, _) = dates::clause_date(self, &clause);
                if let (Some(d), Some(r)) = (d, self.reference) {
                    if let Ok(d) = chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d") {
                        return (r - d).num_days() > 7;
                    }
                    // a month before the story's ("the state of emergency it had declared
                    // in March", "the tariff Washington imposed in August")
                    if d.len() == 7 {
                        return d.as_str() < r.format("%Y-%m").to_string().as_str();
                    }
                }
                return false;
            }
            if self.base_rel(x) == "conj" {
                match self.head(x) {
                    Some(h) => x = h,
                    None => return false,
                }
            } else {
                return false;
            }
        }
        false
    }

    /// "The Pakistani Taliban claimed responsibility for a suicide bombing that killed ...":
    /// whoever claims an attack carried it out.
    fn claimed_by(&self, n: usize) -> Option<Arg> {
        if self.case_of(n) != Some("for") {
            return None;
        }
        let h = self.head(n)?;
        let claim = if self.lemmas[h] == "responsibility" {
            self.head(h)?
        } else {
            h
        };
        if !matches!(self.lemmas[claim].as_str(), "claim" | "admit" | "take") || self.negated(claim)
        {
            return None;
        }
        self.actor(self.subject(claim, 0)?)
            .filter(|a| a.actor.code.is_some())
    }

    /// The source of an assault that names no perpetrator, only the means ("a roadside
    /// bombing near Samarra killed ...", "was killed in a car bomb explosion in Beirut"):
    /// CAMEO's unidentified armed force of the country where it happened (`IRQUAF`).
    fn unidentified_attacker(
        &self,
        v: usize,
        p: &Pattern,
        subj: Option<usize>,
        m: &Match,
        sources: &[Option<Arg>],
    ) -> Option<Arg> {
        if !matches!(&p.code[..2], "18" | "19" | "20") {
            return None;
        }
        let means = |n: usize| {
            matches!(
                self.lemmas[n].as_str(),
                "bomb"
                    | "bombing"
                    | "blast"
                    | "explosion"
                    | "attack"
                    | "ambush"
                    | "mine"
                    | "landmine"
                    | "shell"
                    | "shelling"
                    | "rocket"
                    | "grenade"
                    | "gunfire"
                    | "shooting"
                    | "airstrike"
                    | "explosive"
                    | "strike"
                    | "raid"
                    | "bombardment"
                    | "missile"
                    | "drone"
                    // ("wounded by an explosive device hidden beside a path")
                    | "device"
                    | "ied"
                    | "mortar"
            )
        };
        let n = subj
            .into_iter()
            .chain(m.subj_noun)
            .chain(
                self.obliques(v)
                    .filter(|&o| self.passive(v) && matches!(self.case_of(o), Some("in" | "by"))),
            )
            .find(|&n| means(n) && self.mention_at[n].is_none())?;
        // a perpetrator named anywhere but in a place ("a Hamas bomb", "bombing by
        // insurgents") is the source
        let named = |a: &Arg| {
            a.actor.code.is_some()
                && !a
                    .actor
                    .entity
                    .as_deref()
                    .is_some_and(|e| e.starts_with("loc:"))
        };
        if sources.iter().flatten().any(named) {
            return None;
        }
        if let Some(a) = self.claimed_by(n) {
            return Some(a);
        }
        let toks = self.phrase(n);
        // "killed in an Israeli strike": the means names its army; otherwise the armed force
        // is unidentified, of the place where it struck
        let modifiers: Vec<usize> = self.children[n]
            .iter()
            .copied()
            .filter(|&c| c < n && matches!(self.rel(c), "amod" | "compound" | "nmod:poss"))
            .collect();
        let (country, role) = match self.country_in_tokens(&modifiers, None) {
            Some(k) => (k, "MIL"),
            None => (
                self.location(v, Some(n), None)
                    .and_then(|l| l.country)
                    .or_else(|| self.fallback_country(n))?,
                "UAF",
            ),
        };
        let toks: Vec<usize> = toks
            .into_iter()
            .skip_while(|&t| self.base_rel(t) == "case")
            .collect();
        let (lo, hi) = (toks[0], *toks.last().unwrap());
        let (a, b) = (self.doc.tokens[lo].span.start, self.doc.tokens[hi].span.end);
        Some(Arg {
            actor: Actor {
                entity: None,
                name: self.doc.text[a..b].to_string(),
                code: Some(format!("{country}{role}")),
            },
            lo,
            hi,
        })
    }

    /// Who arrests, tries or investigates when the passive names nobody: the authorities of
    /// the place where it happened ("a missionary was arrested in Lebanon", "a US national
    /// has been put under investigation in Italy").
    fn authorities_of_place(
        &self,
        v: usize,
        p: &Pattern,
        m: &Match,
        sources: &[Option<Arg>],
    ) -> Option<Arg> {
        if !(p.code.starts_with("17")
            || p.code.starts_with("09")
            || p.code.starts_with("114")
            || p.code.starts_with("166"))
            || !self.passive(v)
            || sources.iter().flatten().any(|a| a.actor.code.is_some())
        {
            return None;
        }
        // "put under investigation in Italy", "summoned to the foreign ministry in Warsaw":
        // the place may hang on the act's noun or another oblique
        let (o, k) = std::iter::once(v)
            .chain(m.obl)
            .chain(self.obliques(v))
            .flat_map(|h| self.obliques(h))
            .filter(|&o| matches!(self.case_of(o), Some("in" | "at")))
            .find_map(|o| {
                let (e, _) = self.mention_at[o]?;
                let ent = &self.doc.entities[e];
                (ent.kind == EntityType::LOC || ent.id.starts_with("seat:"))
                    .then(|| ent.country.clone())
                    .flatten()
                    .map(|k| (o, k))
            })?;
        let role = if matches!(&p.code[..3], "173" | "174") {
            "COP"
        } else {
            "GOV"
        };
        self.state_actor(&k, role, "authorities", o)
    }

    /// Where the event happened: the first place named in a phrase "in", "at", "near",
    /// "outside", "inside", "across" or "off" ("off the coast of Somalia") on the verb, its
    /// object or its target.
    fn location(&self, v: usize, obj: Option<usize>, target: Option<usize>) -> Option<Location> {
        let mut hosts = vec![v];
        hosts.extend(obj);
        hosts.extend(target);
        for hst in hosts {
            for o in self.obliques(hst) {
                // ("off the coast of Somalia": at sea beside it)
                if !matches!(
                    self.case_of(o),
                    Some("in" | "at" | "near" | "outside" | "inside" | "across" | "off")
                ) {
                    continue;
                }
                for t in self.phrase(o) {
                    if let Some((e, _)) = self.mention_at[t] {
                        let ent = &self.doc.entities[e];
                        if ent.kind == EntityType::LOC
                            || (ent.kind == EntityType::ORG && ent.country.is_some() && t == o)
                        {
                            return Some(Location {
                                name: ent.name.clone(),
                                country: ent.country.clone(),
                                entity: Some(ent.id.clone()),
                            });
                        }
                    }
                }
            }
        }
        None
    }

    fn run(&self) -> Vec<Event> {
        let mut out: Vec<Event> = Vec::new();
        for v in 0..self.doc.tokens.len() {
            if !self.is_verbal(v) {
                // a demand whose verb the tagger took for a noun or an adjective
                // ("the Legislature should [direct] money")
                if self.kids(v, "aux").next().is_some() {
                    self.demand(v, None, &mut out);
                }
                self.stance(v, &mut out);
                continue;
            }
            let best = self.best_pattern(v);
            if self.in_background(v) {
                continue;
            }
            if self.outlook_seen(v, &mut out) {
                continue;
            }
            if self.demand(v, best.as_ref().map(|(p, _)| *p), &mut out) {
                continue;
            }
            let Some((p, m)) = best else {
                self.stated_intent(v, &mut out);
                continue;
            };
            if self.governed_by_coded(v)
                || self.casualty_of_coded(v)
                || self.attributive(v)
                || self.inside_claim(v)
                || self.nominal_participle(v)
                || (matches!(&p.code[..2], "19" | "20") && self.figurative_fight(v))
                || (matches!(&p.code[..2], "17" | "18" | "19" | "20") && self.natural_cause(v))
                // "bombers killed 23 people when they blew themselves up": the attack is
                // coded by what it did (alone, blowing oneself up is the attack)
                || (matches!(&p.code[..2], "18" | "19" | "20")
                    && matches!(self.base_rel(v), "advcl" | "conj")
                    && self.head(v).is_some_and(|h| {
                        self.best_pattern(h)
                            .is_some_and(|(hp, _)| matches!(&hp.code[..2], "18" | "19" | "20"))
                    })
                    && self.kids(v, "obj").any(|o| {
                        matches!(
                            self.lower[o].as_str(),
                            "themselves" | "himself" | "herself" | "itself"
                        )
                    }))
                || self.generic_doer(v)
                || self.purpose_of_noun(v)
                || self.describes_noun(v)
                || self.inverted_condition(v)
                || self.requirement_met(v)
                || (p.code.starts_with("17") && self.said_not_done(v))
                || self.ordered_not_done(v)
            {
                continue;
            }
            let before = out.len();
            self.emit(v, p, &m, &mut out);
            // a show of force or a wreath with no party: the foreign country where it is
            // done ("put its troops on the border with South Sudan on high alert")
            for e in &mut out[before..] {
                if e.target.is_none() && (e.root_code == "15" || e.code == "017") {
                    let own = e.source.code.as_deref().and_then(|c| c.get(..3));
                    e.target = self.country_of_the_scene(v, own);
                }
            }
        }
        // after the verbs, so that a visit a verb already coded is not coded twice
        for n in 0..self.doc.tokens.len() {
            self.visit_noun(n, &mut out);
            self.talks_noun(n, &mut out);
            self.hosted_gathering(n, &mut out);
            self.aid_arrival(n, &mut out);
            self.defiance(n, &mut out);
            self.agreement_stated(n, &mut out);
            self.attack_owned(n, &mut out);
            self.strike_noun(n, &mut out);
        }
        let out = self.local_branches(self.parties_answered(
            self.roles_share_countries(self.attackers_blamed(self.attacks_claimed(out))),
        ));
        with_a_doer(
            self.at_home(self.without_headline_repeats(self.without_repeats(self.breaches(out)))),
        )
    }

    /// An act of a country's party that names no other is done at home: "Police arrested
    /// 14 people", "the court opened an investigation" act on the country (after every
    /// other way of finding the target has had its turn).
    fn at_home(&self, mut events: Vec<Event>) -> Vec<Event> {
        for e in &mut events {
            if e.target.is_none() && DOMESTIC_ROOTS.contains(&e.root_code.as_str()) {
                e.target = e
                    .source
                    .code
                    .as_deref()
                    .and_then(|c| self.country_itself(c.get(..3)?));
            }
        }
        events
    }

    /// "Federal soldiers and Fano militiamen clashed ..., breaking a truce", "Cambodian
    /// troops fired rockets into Thailand, breaking the ceasefire": the fighting that breaks
    /// a truce is the breach (196) and keeps its target; the breach coded on its own from
    /// "breaking" by the same party goes, unless it names another target.
    fn breaches(&self, mut events: Vec<Event>) -> Vec<Event> {
        let same = |a: &Event, b: &Event| {
            self.sentence_of_event(a) == self.sentence_of_event(b)
                && a.source.code.is_some()
                && a.source.code == b.source.code
                && a.negated == b.negated
                && a.hypothetical == b.hypothetical
        };
        let country = |e: &Event| {
            e.target
                .as_ref()
                .and_then(|t| t.code.as_deref())
                .map(|c| c[..c.len().min(3)].to_string())
        };
        let mut drop = vec![false; events.len()];
        let mut breaking = Vec::new();
        for (i, b) in events.iter().enumerate() {
            if b.code != "196" {
                continue;
            }
            let fights: Vec<usize> = (0..events.len())
                .filter(|&j| {
                    let c = &events[j];
                    c.root_code == "19" && c.code != "196" && same(b, c)
                })
                .collect();
            if fights.is_empty() {
                continue;
            }
            if country(b).is_none() || fights.iter().any(|&j| country(&events[j]) == country(b)) {
                drop[i] = true;
            }
            breaking.extend(fights);
        }
        for j in breaking {
            let e = &mut events[j];
            if e.code == "196" {
                continue;
            }
            recode(e, "196");
            e.rule.push_str("-breach");
        }
        kept(events, drop.into_iter().map(|d| !d).collect())
    }

    /// "Al Shabaab fighters used villagers as human shields": a party named by its role
    /// alone, where nothing in the story names its country, is of the country of the other
    /// party of its event (the villagers are Somali).
    fn roles_share_countries(&self, mut events: Vec<Event>) -> Vec<Event> {
        let bare = |a: &Actor| {
            a.code
                .as_deref()
                .is_some_and(|c| c.len() == 3 && !self.has_country(c))
        };
        for e in events.iter_mut() {
            let Some(t) = e.target.as_mut() else { continue };
            if bare(t) {
                if let Some(k) = self.state_of(&e.source) {
                    t.code = t.code.take().map(|r| format!("{k}{r}"));
                }
            } else if bare(&e.source) {
                if let Some(k) = self.state_of(t) {
                    e.source.code = e.source.code.take().map(|r| format!("{k}{r}"));
                }
            }
        }
        events
    }

    /// Acts that answer another party's act are aimed at that party, when their own clause
    /// names none:
    /// - a denial at whoever accused, charged or investigated the denier, in the same
    ///   sentence or the one before ("Rwanda denied sending soldiers ..., a day after
    ///   Burundi's army accused Kigali ...", "... accused a county governor ... The governor
    ///   denied the accusation");
    /// - a resignation, a concession, forces called out or force used at the protesters of
    ///   the same sentence ("resigned on Monday as hundreds of people rallied outside the
    ///   government building", "scrapped a planned fuel tax after truckers blocked
    ///   highways", "hurled stones at police ..., and officers answered with tear gas");
    ///   a resignation or concession after protests named only as a noun ("stepped down
    ///   following weeks of protests") at the country's people;
    /// - an investigation at the doer of a coercive or violent act of the same sentence
    ///   ("opened an inquiry on Thursday after soldiers fired on a pickup truck");
    /// - a bill or amendment a head of state vetoes at the legislature.
    ///
    /// Force that only answers ("officers answered with tear gas") and finds no crowd is
    /// dropped.
    fn parties_answered(&self, mut events: Vec<Event>) -> Vec<Event> {
        let sentence: Vec<Option<usize>> =
            events.iter().map(|e| self.sentence_of_event(e)).collect();
        let same = |a: &Actor, b: &Actor| {
            (a.entity.is_some() && a.entity == b.entity)
                || (!a.name.is_empty() && a.name.eq_ignore_ascii_case(&b.name))
        };
        let country = country_of_actor;
        let happened = |e: &Event| !e.negated && !e.hypothetical;
        let mut found: Vec<(usize, Actor, &str)> = Vec::new();
        let mut legislatures: Vec<(usize, Actor)> = Vec::new();
        let mut crowds: Vec<(usize, Actor)> = Vec::new();
        for (i, e) in events.iter().enumerate() {
            if e.target.as_ref().is_some_and(|t| t.code.is_some())
                || e.source.code.is_none()
                || e.negated
            {
                continue;
            }
            let Some(s) = sentence[i] else { continue };
            let other = |j: usize| {
                let o: &Event = &events[j];
                j != i && happened(o) && o.source.code.is_some() && !same(&o.source, &e.source)
            };
            let pick = if e.code.starts_with("016") {
                // the accuser whose charge is aimed at the denier (or at its country), the
                // nearest first
                let accusing = |j: usize| {
                    let o = &events[j];
                    other(j)
                        && (matches!(o.root_code.as_str(), "11" | "09")
                            || matches!(o.code.as_str(), "172" | "173" | "1711"))
                        && o.target.as_ref().is_some_and(|t| {
                            same(t, &e.source)
                                || (country(t).is_some() && country(t) == country(&e.source))
                        })
                };
                (0..events.len())
                    .filter(|&j| sentence[j] == Some(s) || sentence[j] == s.checked_sub(1))
                    .filter(|&j| accusing(j))
                    .max_by_key(|&j| (sentence[j], j < i))
                    .map(|j| (j, "-accuser"))
            } else if matches!(e.root_code.as_str(), "08" | "15" | "17") {
                let in_sentence =
                    || (0..events.len()).filter(|&j| sentence[j] == Some(s) && other(j));
                let foreign = |j: usize| {
                    country(&events[j].source).is_some()
                        && country(&events[j].source) != country(&e.source)
                };
                let protest = in_sentence()
                    .find(|&j| {
                        events[j].root_code == "14"
                            && country(&events[j].source) == country(&e.source)
                    })
                    .map(|j| (j, "-protesters"));
                // "pulled its troops out of the base ... after jihadist fighters overran
                // it"; "put its army on high alert after Eritrea moved troops towards the
                // headland" (and the troops moved at the alerted side)
                let force = |j: usize| {
                    let r = events[j].root_code.as_str();
                    matches!(r, "18" | "19" | "20") || (r == "15" && e.root_code == "15")
                };
                let retreat_or_alert =
                    matches!(e.code.as_str(), "087" | "0874") || e.root_code == "15";
                let named = protest.or_else(|| {
                    in_sentence()
                        .find(|&j| retreat_or_alert && force(j) && foreign(j))
                        .map(|j| (j, "-opponent"))
                });
                // "stepped down following weeks of protests in Vilnius": a concession to
                // protests the sentence names only as a noun is aimed at the country's people
                if named.is_none() && e.root_code == "08" && self.answers_protests(s) {
                    if let Some(k) = self.state_of(&e.source) {
                        crowds.push((
                            i,
                            Actor {
                                entity: None,
                                name: "protesters".into(),
                                code: Some(format!("{k}CVL")),
                            },
                        ));
                    }
                }
                named
            } else if e.code.starts_with("129") && e.rule.starts_with("veto:") {
                // "vetoed a bill that would have extended benefits": a bill or amendment
                // vetoed by a head of state is the legislature's
                if let Some(k) = self
                    .state_of(&e.source)
                    .filter(|_| role_of_actor(&e.source) == "GOV")
                {
                    let name = self
                        .kb
                        .country(&k)
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    legislatures.push((
                        i,
                        Actor {
                            entity: None,
                            name: format!("legislature of {name}"),
                            code: Some(format!("{k}LEG")),
                        },
                    ));
                }
                None
            } else if e.root_code == "09" {
                (0..events.len())
                    .filter(|&j| sentence[j] == Some(s) && other(j))
                    .find(|&j| matches!(events[j].root_code.as_str(), "17" | "18" | "19" | "20"))
                    .map(|j| (j, "-investigated"))
            } else {
                None
            };
            if let Some((j, why)) = pick {
                found.push((i, events[j].source.clone(), why));
            }
        }
        for (i, a, why) in found {
            events[i].target = Some(a);
            events[i].rule.push_str(why);
        }
        for (i, a) in legislatures {
            events[i].target = Some(a);
            events[i].rule.push_str("-legislature");
        }
        for (i, a) in crowds {
            events[i].target = Some(a);
            events[i].rule.push_str("-protests");
        }
        // force that only answers ("officers answered with tear gas") is an event only
        // when the crowd it answered is known
        let answering = |e: &Event| {
            e.root_code == "17"
                && ["answer:", "respond:", "retaliate:", "react:"]
                    .iter()
                    .any(|r| e.rule.starts_with(r))
        };
        events.retain(|e| !answering(e) || (e.source.code.is_some() && e.target.is_some()));
        events
    }

    /// "Islamic State's Sahel branch said its fighters had killed 16 Nigerien soldiers", "a
    /// suicide bomber killed 22 worshippers in Kunduz, and the Islamic State's regional
    /// affiliate claimed the attack": a transnational militant group (IMG) acting by force
    /// in a country is coded as that country's rebels, as its local branch is; its claim of
    /// the attack too, and the group when a state's forces fight it or retreat before it.
    /// Its statements and threats elsewhere keep the group's own code.
    fn local_branches(&self, mut events: Vec<Event>) -> Vec<Event> {
        let sentence: Vec<Option<usize>> =
            events.iter().map(|e| self.sentence_of_event(e)).collect();
        let global = |a: &Actor| a.code.as_deref().is_some_and(|c| c.starts_with("IMG"));
        let mut local: Vec<(Option<usize>, String, String)> = Vec::new();
        for (i, e) in events.iter_mut().enumerate() {
            if !matches!(e.root_code.as_str(), "18" | "19" | "20") || !global(&e.source) {
                continue;
            }
            let place = e
                .target
                .as_ref()
                .and_then(|t| self.state_of(t))
                .or_else(|| e.location.as_ref().and_then(|l| l.country.clone()));
            if let Some(k) = place {
                local.push((sentence[i], e.source.name.clone(), k.clone()));
                e.source.code = Some(format!("{k}REB"));
                e.rule.push_str("-local");
            }
        }
        // (and the group attacked, or retreated from, by a state's forces in their own
        // country: "Mozambican troops attacked an Islamic State camp near Ancuabe")
        for e in events.iter_mut() {
            if !matches!(e.root_code.as_str(), "08" | "18" | "19" | "20") {
                continue;
            }
            // (at a place at home, or one the knowledge base does not place: US drones
            // killing al Qaeda leaders somewhere abroad fight the group itself)
            let at_home = |k: &String| {
                e.location
                    .as_ref()
                    .is_some_and(|l| l.country.as_deref().is_none_or(|c| c == k.as_str()))
            };
            let Some(k) = self.state_of(&e.source).filter(|k| {
                matches!(role_of_actor(&e.source), "MIL" | "GOV" | "COP") && at_home(k)
            }) else {
                continue;
            };
            if let Some(t) = e.target.as_mut().filter(|t| global(t)) {
                t.code = Some(format!("{k}REB"));
                e.rule.push_str("-local");
            }
        }
        for (i, e) in events.iter_mut().enumerate() {
            if e.code != "015" || !global(&e.source) {
                continue;
            }
            if let Some((_, _, k)) = local
                .iter()
                .find(|(s, name, _)| *s == sentence[i] && *name == e.source.name)
            {
                e.source.code = Some(format!("{k}REB"));
                e.rule.push_str("-local");
            }
        }
        events
    }

    /// The state an actor belongs to: the country part of its code, when the knowledge base
    /// knows it as a country (not "IGO", "NGO" or a bare role).
    fn state_of(&self, a: &Actor) -> Option<String> {
        country_of_actor(a)
            .filter(|k| self.kb.country(k).is_some())
            .map(str::to_string)
    }

    /// Whether sentence `s` says something happened after or amid protests ("following
    /// weeks of protests", "amid mass demonstrations").
    fn answers_protests(&self, s: usize) -> bool {
        let Some(sentence) = self.doc.sentences.get(s) else {
            return false;
        };
        (sentence.tokens.0..sentence.tokens.1.min(self.lemmas.len())).any(|t| {
            matches!(
                    self.lemmas[t].as_str(),
                    "protest" | "demonstration" | "rally" | "unrest" | "outcry"
                )
                && self.upos(t) == "NOUN"
                // (the word before the phrase, whatever the parser made of it: "following"
                // is often read as a participle modifying "weeks")
                && [Some(t), self.head(t)].into_iter().flatten().any(|x| {
                    self.children[x].iter().any(|&c| {
                        c < x
                            && matches!(
                                self.lower[c].as_str(),
                                "after" | "following" | "amid" | "amidst"
                            )
                    })
                })
        })
    }

    /// The sentence an event's evidence starts in.
    fn sentence_of_event(&self, e: &Event) -> Option<usize> {
        let at = self
            .doc
            .tokens
            .partition_point(|t| t.span.end <= e.evidence.start);
        self.sent_of.get(at).copied()
    }

    /// The armed group that reports act `v` as its own: the subject of the verb of saying
    /// whose complement `v` is ("ISWAP said its fighters had overrun a base"), or, with the
    /// report after the act ("..., the group said"), the act's own source when the sayer is
    /// "the group" (or the like) and the source an armed group.
    fn claimant(&self, v: usize, sources: &[Option<Arg>]) -> Option<Arg> {
        let armed = armed_group;
        let saying = |h: usize| {
            matches!(
                self.lemmas[h].as_str(),
                "say" | "claim" | "announce" | "confirm" | "state" | "add"
            )
        };
        let report = if self.base_rel(v) == "ccomp" {
            self.head(v).filter(|&h| saying(h))?
        } else {
            self.children[v].iter().copied().find(|&c| {
                c > v && matches!(self.base_rel(c), "parataxis" | "ccomp") && saying(c)
            })?
        };
        let sayer = self.kid(report, "nsubj")?;
        // the act must be the sayer's own: by the same party or by no named one ("its
        // fighters"), not "Israeli jets" the group reports
        let own = |a: &Arg| {
            sources.iter().flatten().all(|s| {
                s.actor.code.is_none()
                    || s.actor.code == a.actor.code
                    || (armed(s) && s.actor.entity.is_none() && country_of(s) == country_of(a))
            })
        };
        if let Some(a) = self.actor(sayer).filter(armed).filter(own) {
            return Some(a);
        }
        // "..., the group said": "the group" alone
        let group = matches!(
            self.lemmas[sayer].as_str(),
            "group" | "militia" | "movement" | "organisation" | "organization"
        ) && self.kids(sayer, "det").any(|d| self.lower[d] == "the")
            && !self.children[sayer]
                .iter()
                .any(|&c| matches!(self.base_rel(c), "amod" | "compound" | "nmod"));
        if !group {
            return None;
        }
        sources.iter().flatten().find(|a| armed(a)).cloned()
    }

    /// "Al Shabaab said its fighters had planted the device", "... and the Pakistani Taliban
    /// said they had planted it", "al Shabaab said it was behind the attack", "The Baloch
    /// Liberation Army claimed to have blown up a stretch of railway": an armed group that
    /// says it (or its fighters) did an act of force claims it (015, no target), besides the
    /// act itself, which is coded as the group's. A state's forces reporting their own
    /// operations claim nothing.
    fn attack_owned(&self, v: usize, out: &mut Vec<Event>) {
        if !matches!(
            self.lemmas[v].as_str(),
            "say" | "claim" | "announce" | "confirm"
        ) || !self.is_verbal(v)
            || self.negated(v)
            || self.in_background(v)
        {
            return;
        }
        let Some(group) = self
            .subject(v, 0)
            .and_then(|s| self.actor(s))
            .filter(|a| armed_group(a) && role_of_arg(a) != "UAF")
        else {
            return;
        };
        let forceful = |c: usize| {
            matches!(
                self.lemmas[c].as_str(),
                "plant" | "send" | "carry_out" | "stage" | "detonate"
            ) || self
                .best_pattern(c)
                .is_some_and(|(p, _)| matches!(&p.code[..2], "18" | "19" | "20"))
                // "said it was behind the attack"
                || (self.kids(c, "case").any(|k| self.lower[k] == "behind")
                    && self.kid(c, "cop").is_some())
        };
        // the group itself: "it", "they", "its fighters"
        let own = |c: usize| {
            self.kid(c, "nsubj").is_some_and(|s| {
                matches!(self.lower[s].as_str(), "it" | "they" | "we")
                    || self
                        .kids(s, "nmod:poss")
                        .any(|p| matches!(self.lower[p].as_str(), "its" | "their" | "our"))
            })
        };
        let said = self
            .kids(v, "ccomp")
            // (not what was done to it: "their prime minister had been killed")
            .any(|c| own(c) && forceful(c) && !self.negated(c) && !self.passive(c));
        // "claimed to have blown up": the perfect infinitive hung on "have"
        let claimed = self.lemmas[v] == "claim"
            && self
                .kids(v, "xcomp")
                .filter(|&h| self.lemmas[h] == "have")
                .flat_map(|h| self.kids(h, "xcomp"))
                .any(|c| self.xpos(c) == "VBN" && forceful(c));
        if said || claimed {
            let rule = format!("{}:015:act-owned", self.lemmas[v]);
            out.push(self.plain_event(v, group, None, "015", rule));
        }
    }

    /// "A suicide bomber blew himself up ..., and al Shabaab said it had carried out the
    /// attack": carrying out an attack the story already told is claiming it (015, no
    /// target), and the attack is then credited to the claimant (`attackers_blamed`).
    fn attacks_claimed(&self, mut events: Vec<Event>) -> Vec<Event> {
        for e in events.iter_mut() {
            if e.rule.starts_with("carry_out:")
                && e.rule.ends_with("-earlier-maker")
                && matches!(e.root_code.as_str(), "18" | "19" | "20")
            {
                recode(e, "015");
                e.target = None;
                e.rule.push_str("-claim");
            }
        }
        events
    }

    /// "An improvised explosive device killed four police officers ..., the police said,
    /// blaming the National Liberation Army", "A car bomb killed six soldiers. The
    /// government blamed al Shabaab for the attack": an attack whose doer no one names is
    /// credited to the party blamed for it, or claiming it, in the same sentence or the
    /// next one (the blame or claim stays an event of its own).
    fn attackers_blamed(&self, mut events: Vec<Event>) -> Vec<Event> {
        let sentence_of = |e: &Event| self.sentence_of_event(e);
        // (sentence, party blamed or claiming, the blame's index)
        let blames: Vec<(Option<usize>, Actor, Option<usize>)> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.code.starts_with("112")
                    && !e.negated
                    && !e.hypothetical
                    && (e.rule.starts_with("blame:") || e.rule.starts_with("accuse:"))
            })
            .filter_map(|(i, e)| {
                let t = e.target.clone().filter(|t| t.code.is_some())?;
                Some((sentence_of(e), t, Some(i)))
            })
            // (and a party claiming it: "Al Shabaab claimed responsibility for the attack")
            .chain(
                events
                    .iter()
                    .filter(|e| e.code == "015" && !e.negated && !e.hypothetical)
                    .filter(|e| e.source.code.is_some())
                    .map(|e| (sentence_of(e), e.source.clone(), None)),
            )
            .collect();
        if blames.is_empty() {
            return events;
        }
        // a blame that names an attack's doer is that attack's attribution, not an
        // accusation of its own ("..., the army said, blaming the Rapid Support Forces")
        let mut attributions: Vec<usize> = Vec::new();
        let blame_rules: Vec<bool> = events
            .iter()
            .map(|e| e.rule.starts_with("blame:"))
            .collect();
        for e in events.iter_mut() {
            // (nobody, or an attacker described and not named: "A suicide bomber")
            let unknown = e.source.code.as_deref().is_none_or(|c| {
                e.source.entity.is_none() && matches!(c.get(3..6), Some("UAF" | "INS" | "REB"))
            });
            if !matches!(e.root_code.as_str(), "18" | "19" | "20") || !unknown || e.negated {
                continue;
            }
            let Some(s) = sentence_of(e) else { continue };
            let victim = e.target.as_ref().and_then(|t| t.code.clone());
            if let Some((_, a, blame)) = blames
                .iter()
                .find(|(b, a, _)| b.is_some_and(|b| b == s || b == s + 1) && a.code != victim)
            {
                e.source = a.clone();
                e.rule.push_str("-blamed");
                // (an accusation says more: "accused Hamas of breaching the ceasefire")
                attributions.extend(blame.filter(|&b| blame_rules[b]));
            }
        }
        let keep = (0..events.len())
            .map(|i| !attributions.contains(&i))
            .collect();
        kept(events, keep)
    }

    /// "Niger Junta Frees Former Oil Minister. Niger's military rulers released a former
    /// oil minister ... on Tuesday": a headline's event that the lead reports again is one
    /// act, kept as the lead tells it (with its day).
    fn without_headline_repeats(&self, events: Vec<Event>) -> Vec<Event> {
        let Some(first) = self.doc.sentences.first() else {
            return events;
        };
        let words: Vec<&str> = (first.tokens.0..first.tokens.1.min(self.lower.len()))
            .map(|t| &self.doc.text[self.doc.tokens[t].span.range()])
            .filter(|w| w.len() > 3 && w.chars().all(char::is_alphabetic))
            .collect();
        let capitalised = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count();
        let headline =
            self.doc.sentences.len() > 1 && words.len() >= 2 && capitalised * 10 >= words.len() * 8;
        if !headline {
            return events;
        }
        let end = self.doc.tokens[first.tokens.1.min(self.lower.len()) - 1]
            .span
            .end;
        let country = |a: Option<&Actor>| {
            a.and_then(|a| a.code.as_deref())
                .map(|c| c.get(..3).unwrap_or(c).to_string())
        };
        let same = |e: &Event, o: &Event| {
            e.root_code == o.root_code
                && country(Some(&e.source)) == country(Some(&o.source))
                && (e.target.is_none() || country(e.target.as_ref()) == country(o.target.as_ref()))
        };
        let later: Vec<&Event> = events.iter().filter(|e| e.evidence.start >= end).collect();
        let keep: Vec<bool> = events
            .iter()
            .map(|e| e.evidence.start >= end || !later.iter().any(|o| same(e, o)))
            .collect();
        kept(events, keep)
    }

    /// One event per act: an event of a sentence that repeats another one's code, source,
    /// flags and target, or has no target where the other has one ("issued an ultimatum to
    /// the Front, giving them 72 hours to surrender"), is dropped; so are talks (040) the
    /// sentence also codes as a telephone call (041) between the same parties.
    fn without_repeats(&self, events: Vec<Event>) -> Vec<Event> {
        let sentence_of = |e: &Event| self.sentence_of_event(e);
        let key = |e: &Event| {
            (
                sentence_of(e),
                e.code.clone(),
                e.source.code.clone(),
                e.negated,
                e.hypothetical,
            )
        };
        let target = |e: &Event| e.target.as_ref().and_then(|t| t.code.clone());
        let keys: Vec<_> = events.iter().map(key).collect();
        // "discussed the shipyard in a telephone call": talks the sentence also codes as
        // held by telephone (041) between the same parties are those talks
        let by_phone = |i: usize| {
            events[i].code == "040"
                && events.iter().enumerate().any(|(j, o)| {
                    o.code == "041"
                        && keys[j].0 == keys[i].0
                        && keys[j].2 == keys[i].2
                        && keys[j].3 == keys[i].3
                        && keys[j].4 == keys[i].4
                        && target(o) == target(&events[i])
                })
        };
        // (a party acting on itself is a misreading: "Federal soldiers" clashing with
        // "Federal soldiers")
        let on_itself = |e: &Event| {
            e.target.as_ref().is_some_and(|t| {
                t.code.is_some()
                    && t.code == e.source.code
                    && t.name == e.source.name
                    && t.entity == e.source.entity
            })
        };
        let keep: Vec<bool> = events
            .iter()
            .enumerate()
            .map(|(i, e)| {
                !on_itself(e)
                    && (e.source.code.is_none()
                        || !(by_phone(i)
                            || events.iter().enumerate().any(|(j, o)| {
                                j != i
                                    && keys[j] == keys[i]
                                    && match (target(e), target(o)) {
                                        (None, Some(_)) => true,
                                        // (a country named bare beside one of its actors is
                                        // that actor: "criticised Argentina ..., calling the
                                        // project unfriendly")
                                        // (by another verb: coordinated parties of one verb
                                        // are several; and only words: expelling an envoy
                                        // and recalling one's own are two acts)
                                        (Some(a), Some(b)) if a.len() == 3 && b.len() > 3 => {
                                            b.starts_with(&a)
                                                && matches!(
                                                    &e.code[..2],
                                                    "01" | "02" | "10" | "11" | "12" | "13"
                                                )
                                                && o.rule.split(':').next()
                                                    != e.rule.split(':').next()
                                        }
                                        (a, b) => a == b && j < i,
                                    }
                            })))
            })
            .collect();
        kept(events, keep)
    }

    /// The verb whose circumstance the noun `n` names: "said *during* a visit", "agreed *by
    /// phone*", "met *after* talks", "*at the start of* a visit", "on the *sidelines of* a
    /// summit"; not "ahead of" or "before" one (to come), nor a verb in the story's
    /// background.
    fn circumstance_of(&self, n: usize) -> Option<usize> {
        let frame = |x: usize| {
            matches!(self.base_rel(x), "obl" | "nmod")
                && (matches!(
                    self.case_of(x),
                    Some("during" | "on" | "at" | "after" | "in" | "following")
                ) || (self.case_of(x) == Some("by")
                    && matches!(self.lemmas[x].as_str(), "phone" | "telephone")))
        };
        let anchor = if frame(n) {
            n
        } else {
            self.head(n).filter(|&h| {
                self.case_of(n) == Some("of")
                    && matches!(
                        self.lemmas[h].as_str(),
                        "start"
                            | "end"
                            | "beginning"
                            | "outset"
                            | "conclusion"
                            | "sideline"
                            | "course"
                            | "round"
                            // "on the first day of a visit to Vietnam"
                            | "day"
                            | "leg"
                    )
                    && frame(h)
            })?
        };
        // a verb, or a predicate with its copula ("said after talks that they were in full
        // agreement", the phrase hung on "agreement")
        let clause = |v: usize| self.is_verbal(v) || self.kid(v, "cop").is_some();
        let mut v = self.head(anchor)?;
        // "signed a trade agreement ... during Modi's visit to Britain", "asked France to
        // help pay for the deployment ... during a visit to Beirut by ...": a time phrase
        // the parser hung on a noun of the clause frames the clause's verb
        if !clause(v) && matches!(self.case_of(anchor), Some("during" | "after" | "following")) {
            for _ in 0..3 {
                // (through an apposition the parser read as its own clause: "to rebuild the
                // wharves at Lae, the country's busiest port, during a visit ...")
                if clause(v)
                    || !matches!(
                        self.base_rel(v),
                        "obj" | "obl" | "nmod" | "appos" | "parataxis"
                    )
                {
                    break;
                }
                v = self.head(v)?;
            }
        }
        (clause(v) && !self.in_background(v)).then_some(v)
    }

    /// "Lavrov said after talks with his Turkish counterpart ...", "The foreign ministers of
    /// Egypt and Jordan said after talks in Amman ...": talks or a meeting in the clause's
    /// circumstances were held (040; negotiations 046) between the clause's subject and the
    /// party "with" whom, else between the subject's two parties, coded both ways.
    fn talks_noun(&self, n: usize, out: &mut Vec<Event>) {
        // "in a phone call", "in a telephone conversation": talks by telephone (041)
        let by_phone = || {
            self.children[n]
                .iter()
                .any(|&c| matches!(self.lemmas[c].as_str(), "phone" | "telephone" | "video"))
        };
        // "the two defence ministers said after meeting in Karlskrona": a meeting named by
        // a gerund after the report
        // (or opening the sentence: "Meeting in Lima on Wednesday, the foreign ministers of
        // Peru and Chile said ...")
        let gerund = self.lemmas[n] == "meet"
            && self.xpos(n) == "VBG"
            && self.base_rel(n) == "advcl"
            && (self
                .kids(n, "mark")
                .any(|m| matches!(self.lower[m].as_str(), "after" | "following"))
                || (n == self.sentence(n).tokens.0 && self.kid(n, "mark").is_none()))
            && self.kid(n, "nsubj").is_none();
        // "during a call with Chancellor Merz": a call with a party is by telephone
        let call_with = || {
            self.kids(n, "nmod")
                .any(|o| self.case_of(o) == Some("with") && self.mention_at[o].is_some())
        };
        let code = match self.lemmas[n].as_str() {
            "talk" | "talks" | "meeting" | "consultation" => "040",
            "meet" if gerund => "040",
            "negotiation" => "046",
            "call" | "conversation" | "conference" if by_phone() => "041",
            "call" if call_with() => "041",
            // "agreed by phone to speed up the bridge"
            "phone" | "telephone" if self.case_of(n) == Some("by") => "041",
            _ => return,
        };
        // "at the next round of talks", "ahead of upcoming talks": talks still to come
        let to_come = [Some(n), self.head(n).filter(|&h| self.lemmas[h] == "round")]
            .into_iter()
            .flatten()
            .any(|x| {
                self.kids(x, "amod").any(|a| {
                    matches!(
                        self.lower[a].as_str(),
                        "next" | "upcoming" | "planned" | "future" | "proposed"
                    )
                })
            });
        if (self.upos(n) != "NOUN" && !gerund) || self.mention_at[n].is_some() || to_come {
            return;
        }
        let Some(v) = (if gerund {
            self.head(n)
                .filter(|&v| self.is_verbal(v) && !self.in_background(v))
        } else {
            self.circumstance_of(n)
        }) else {
            return;
        };
        let coded = |a: &Option<Arg>| a.as_ref().is_some_and(|a| a.actor.code.is_some());
        let Some(mut s) = self.subject(v, 0).or_else(|| self.kid(v, "nsubj")) else {
            return;
        };
        // "... said after talks that they ...", the phrase hung in the report: the talks are
        // the speakers'
        if self.is_pronoun(s) && self.base_rel(v) == "ccomp" {
            if let Some(h) = self.head(v).and_then(|h| self.subject(h, 0)) {
                s = h;
            }
        }
        // "Brazil and India share a common position ..., *their* foreign ministers said
        // after talks in New Delhi": the two parties coordinated before in the sentence
        let theirs = || {
            self.kids(s, "nmod:poss")
                .any(|p| self.lower[p] == "their")
                .then(|| {
                    let sent = self.sentence(s);
                    (sent.tokens.0..s).find_map(|u| {
                        let a = self.actor(u).filter(|a| a.actor.code.is_some())?;
                        let b = self
                            .kids(u, "conj")
                            .find_map(|c| self.actor(c).filter(|b| b.actor.code.is_some()))?;
                        (country_of(&a) != country_of(&b)).then(|| vec![Some(a), Some(b)])
                    })
                })
                .flatten()
        };
        if let Some(both) = self.both_parties(s).or_else(theirs) {
            if let [Some(a), Some(b)] = &both[..] {
                let rule = format!("{}:{code}:noun-both", self.lemmas[n]);
                self.talks_between(v, a.clone(), b.clone(), code, rule, out);
            }
            return;
        }
        let sources: Vec<Option<Arg>> = self.per_country(
            self.with_conjuncts(s)
                .into_iter()
                .map(|t| self.actor(t))
                .filter(coded)
                .collect(),
        );
        // the party "with" whom, or the one told ("Merz told Modi in a phone call that
        // ..."; not what was discussed: "discussed Ukraine in a phone call")
        let told = || {
            matches!(
                self.lemmas[v].as_str(),
                "tell"
                    | "inform"
                    | "assure"
                    | "brief"
                    | "urge"
                    | "ask"
                    | "warn"
                    | "thank"
                    | "congratulate"
                    | "invite"
                    | "press"
                    | "promise"
            )
            .then(|| self.kid(v, "obj").or_else(|| self.kid(v, "iobj")))
            .flatten()
            .and_then(|o| self.actor(o))
        };
        // "after talks between the two countries' defence ministers", "talks between Egypt
        // and Jordan": the two parties named there
        let between = self
            .kids(n, "nmod")
            .filter(|&o| self.case_of(o) == Some("between"))
            .find_map(|o| {
                self.both_parties(o).or_else(|| {
                    let a = self.actor(o).filter(|a| a.actor.code.is_some())?;
                    let b = self
                        .kids(o, "conj")
                        .find_map(|c| self.actor(c).filter(|b| b.actor.code.is_some()))?;
                    Some(vec![Some(a), Some(b)])
                })
            });
        if let Some([Some(a), Some(b)]) = between.as_deref() {
            if country_of(a) != country_of(b) {
                let rule = format!("{}:{code}:noun-between", self.lemmas[n]);
                self.talks_between(v, a.clone(), b.clone(), code, rule, out);
            }
            return;
        }
        let partner = self
            .kids(n, "nmod")
            .chain(self.kids(n, "obl"))
            .filter(|&o| self.case_of(o) == Some("with"))
            .chain(self.kids(n, "obj").filter(|_| gerund))
            .find_map(|o| self.actor(o))
            .or_else(told)
            .filter(|a| a.actor.code.is_some());
        let pairs: Vec<(Arg, Arg)> = match (partner, &sources[..]) {
            (Some(p), [Some(a), ..]) if country_of(a) != country_of(&p) => vec![(a.clone(), p)],
            (None, [Some(a), Some(b)]) if country_of(a) != country_of(b) => {
                vec![(a.clone(), b.clone())]
            }
            _ => return,
        };
        // ("two rebel commanders told AFP by phone": an interview, not a consultation)
        let press = |a: &Arg| a.actor.code.as_deref().is_some_and(|c| c.ends_with("MED"));
        for (a, b) in pairs {
            if code == "041" && (press(&a) || press(&b)) {
                continue;
            }
            let rule = format!("{}:{code}:noun-with", self.lemmas[n]);
            self.talks_between(v, a, b, code, rule, out);
        }
    }

    /// "The leaders of Armenia and Azerbaijan initialled a peace agreement ... at a
    /// ceremony hosted by U.S. President Donald Trump": a gathering in the clause's
    /// circumstances that another country's party hosted is a visit (042) of each of the
    /// clause's parties to the host, and the host's hosting of them (043).
    fn hosted_gathering(&self, n: usize, out: &mut Vec<Event>) {
        if self.upos(n) != "NOUN"
            || !matches!(
                self.lemmas[n].as_str(),
                "ceremony"
                    | "summit"
                    | "meeting"
                    | "talk"
                    | "talks"
                    | "dinner"
                    | "lunch"
                    | "banquet"
                    | "reception"
                    | "conference"
                    | "gathering"
            )
        {
            return;
        }
        let Some(host) = self
            .kids(n, "acl")
            .find(|&a| self.lemmas[a] == "host" && self.xpos(a) == "VBN")
            .and_then(|a| self.agent(a))
            .and_then(|h| self.actor(h))
            .filter(|h| h.actor.code.is_some())
        else {
            return;
        };
        let Some(v) = self.circumstance_of(n) else {
            return;
        };
        let Some(s) = self.subject(v, 0) else {
            return;
        };
        let guests: Vec<Arg> = self
            .both_parties(s)
            .unwrap_or_else(|| {
                self.per_country(
                    self.with_conjuncts(s)
                        .into_iter()
                        .map(|t| self.actor(t))
                        .collect(),
                )
            })
            .into_iter()
            .flatten()
            .filter(|g| g.actor.code.is_some() && country_of(g) != country_of(&host))
            .collect();
        let hypothetical = self.unrealised(v);
        for g in guests {
            for (x, y, code) in [(&g, &host, "042"), (&host, &g, "043")] {
                let rule = format!("host:{code}:{}-hosted-by", self.lemmas[n]);
                let mut e = self.plain_event(v, x.clone(), Some(y.clone()), code, rule);
                e.hypothetical = hypothetical;
                out.push(e);
            }
        }
    }

    /// "A United Arab Emirates aircraft carrying 100 tonnes of medical supplies and food
    /// landed in Port Sudan", "A U.N. convoy of 25 trucks carrying food reached El Fasher":
    /// a craft or convoy carrying relief that arrives delivers it (073) from whoever sent it
    /// to the country of the place it reaches.
    fn aid_arrival(&self, v: usize, out: &mut Vec<Event>) {
        // (or is let in: "Israel let nine lorries carrying baby food into Gaza" allows
        // humanitarian access, 0863, by the subject)
        let letting = matches!(self.lemmas[v].as_str(), "let" | "allow" | "permit");
        if !self.is_verbal(v)
            || !(letting
                || matches!(
                    self.lemmas[v].as_str(),
                    "land" | "arrive" | "reach" | "dock" | "enter" | "cross"
                ))
            || self.in_background(v)
        {
            return;
        }
        let Some(s) = (if letting {
            self.kid(v, "obj")
        } else {
            self.kid(v, "nsubj")
        }) else {
            return;
        };
        let carrier = self.noun_keys(s).iter().any(|k| {
            matches!(
                k.as_str(),
                "aircraft"
                    | "plane"
                    | "flight"
                    | "convoy"
                    | "truck"
                    | "lorry"
                    | "ship"
                    | "vessel"
                    | "boat"
                    | "airlift"
            )
        });
        let relief = |o: usize| {
            self.noun_keys(o).iter().any(|k| {
                matches!(
                    k.as_str(),
                    "food"
                        | "medicine"
                        | "aid"
                        | "supply"
                        | "relief"
                        | "tent"
                        | "blanket"
                        | "water"
                        | "flour"
                        | "wheat"
                        | "vaccine"
                        | "humanitarian_aid"
                        | "medical_supply"
                        | "relief_supply"
                        | "humanitarian_supply"
                        | "shelter_material"
                )
            })
        };
        let laden = self.children[s]
            .iter()
            .copied()
            .chain(
                self.kids(s, "nmod")
                    .flat_map(|n| self.children[n].iter().copied())
                    .collect::<Vec<_>>(),
            )
            .filter(|&a| {
                self.rel(a) == "acl"
                    && matches!(self.lemmas[a].as_str(), "carry" | "bring" | "load")
            })
            .any(|a| self.kids(a, "obj").chain(self.kids(a, "obl")).any(relief));
        if !carrier || !laden {
            return;
        }
        let giver = if letting {
            self.subject(v, 0).and_then(|g| self.actor(g))
        } else {
            self.actor(s)
        };
        let Some(giver) = giver.filter(|a| a.actor.code.is_some()) else {
            return;
        };
        let place = |o: usize| self.actor(o).or_else(|| self.deep_actor(o));
        // (the place let into may hang on the carrier: "let nine lorries ... into Gaza")
        let dest = self
            .kids(v, "obj")
            .filter(|_| !letting)
            .chain(
                self.obliques(v)
                    .chain(self.obliques(s).filter(|_| letting))
                    .chain(
                        self.kids(s, "acl")
                            .filter(|_| letting)
                            .flat_map(|a| self.obliques(a).collect::<Vec<_>>()),
                    )
                    .filter(|&o| matches!(self.case_of(o), Some("in" | "at" | "into" | "to")))
                    .collect::<Vec<_>>(),
            )
            .find_map(place)
            .filter(|d| d.actor.code.is_some() && country_of(d) != country_of(&giver));
        let Some(dest) = dest else { return };
        let code = if letting { "0863" } else { "073" };
        let mut e = self.plain_event(
            v,
            giver,
            Some(dest),
            code,
            format!("{}:{code}:carrier-relief", self.lemmas[v]),
        );
        // (the day may hang on the carrier's participle too: "... carrying baby food into
        // Gaza on Monday")
        if letting && dates::clause_date(self, &self.clause_tokens(v)).0.is_none() {
            if let Some(d) = self
                .kids(s, "acl")
                .find_map(|a| dates::clause_date(self, &self.clause_tokens(a)).0)
            {
                e.date = Some(d);
            }
        }
        e.hypothetical = self.modal(v).is_some();
        out.push(e);
    }

    /// Talks of `code` between `a` and `b` at verb `v`, coded both ways.
    fn talks_between(
        &self,
        v: usize,
        a: Arg,
        b: Arg,
        code: &str,
        rule: String,
        out: &mut Vec<Event>,
    ) {
        let hypothetical = self.unrealised(v);
        for (x, y) in [(a.clone(), b.clone()), (b, a)] {
            let mut e = self.plain_event(v, x, Some(y), code, rule.clone());
            e.hypothetical = hypothetical;
            out.push(e);
        }
    }

    /// "The foreign ministers of Egypt and Jordan said ... that they were in full agreement
    /// that ...", "Argentina and Paraguay are of one mind on ...", "Peru and Ecuador declared
    /// themselves in full agreement on ...", "said that they saw eye to eye": two parties
    /// stating that they agree in their views (019), each towards the other. A pronoun in
    /// what they say stands for the sayers.
    fn agreement_stated(&self, n: usize, out: &mut Vec<Event>) {
        if self.upos(n) != "NOUN" {
            return;
        }
        let with_word = |w: &str| self.children[n].iter().any(|&c| self.lower[c] == w);
        // (the preposition itself: a clause's "that" may come first)
        let case = |w: &str| self.kids(n, "case").any(|c| self.lower[c] == w);
        let worded = match self.lemmas[n].as_str() {
            "agreement" | "accord" | "unison" | "harmony" => case("in"),
            "mind" => case("of") && with_word("one"),
            "page" => case("on") && with_word("same"),
            _ => false,
        };
        // "said that they saw *eye* to eye on ...": the verb's subject holds the view
        let eye = self.lemmas[n] == "eye"
            && self.rel(n) == "obj"
            && self.head(n).is_some_and(|h| self.lemmas[h] == "see");
        if !worded && !eye {
            return;
        }
        // the holder of the view: the copula's subject, or the subject of "declared
        // themselves ..."
        let (v, mut s) = if eye {
            let Some(h) = self.head(n) else { return };
            let Some(s) = self.subject(h, 0) else { return };
            (h, s)
        } else if self.kid(n, "cop").is_some() {
            let Some(s) = self.kid(n, "nsubj") else {
                return;
            };
            (n, s)
        } else {
            let Some(h) = self
                .head(n)
                .filter(|_| matches!(self.base_rel(n), "obl" | "xcomp"))
            else {
                return;
            };
            if !self
                .kids(h, "obj")
                .any(|o| matches!(self.lower[o].as_str(), "themselves" | "ourselves"))
            {
                return;
            }
            let Some(s) = self.subject(h, 0) else { return };
            (h, s)
        };
        if self.negated(v) || self.in_background(v) {
            return;
        }
        if self.is_pronoun(s) && self.base_rel(v) == "ccomp" {
            if let Some(h) = self.head(v).and_then(|h| self.subject(h, 0)) {
                s = h;
            }
        }
        let coded = |a: &Option<Arg>| a.as_ref().is_some_and(|a| a.actor.code.is_some());
        let parties = self.both_parties(s).unwrap_or_else(|| {
            self.per_country(
                self.with_conjuncts(s)
                    .into_iter()
                    .map(|t| self.actor(t))
                    .filter(coded)
                    .collect(),
            )
        });
        if let [Some(a), Some(b)] = &parties[..] {
            if country_of(a) != country_of(b) {
                let rule = format!("{}:019:stated-both", self.lemmas[n]);
                self.talks_between(v, a.clone(), b.clone(), "019", rule, out);
            }
        }
    }

    /// "Pistorius said on Sunday during an unannounced visit to Kyiv", "Li Qiang was
    /// welcomed in Jakarta ... at the start of a three-day visit": a visit named by a noun
    /// in the clause's circumstances is a visit (042) by the clause's subject (or the
    /// visit's possessor) to the place it names ("to Kyiv", else the clause's "in"/"at"
    /// place), hosted (043) by that country's government. A visit "ahead of" or "before"
    /// is to come, and a trip at home is no visit.
    fn visit_noun(&self, n: usize, out: &mut Vec<Event>) {
        if !matches!(self.lemmas[n].as_str(), "visit" | "trip" | "tour")
            || self.upos(n) != "NOUN"
            || self.mention_at[n].is_some()
        {
            return;
        }
        let Some(v) = self.circumstance_of(n) else {
            return;
        };
        let coded = |a: &Arg| a.actor.code.is_some();
        // "during his visit": the clause's subject, as a possessive pronoun there means;
        // "during a visit to Beirut by French Foreign Minister ...": the one named
        let visitor = self
            .kids(n, "nmod:poss")
            .find(|&p| !self.is_pronoun(p))
            .or_else(|| {
                self.kids(n, "nmod")
                    .find(|&o| o > n && self.case_of(o) == Some("by"))
            })
            .and_then(|p| self.actor(p))
            .filter(coded)
            .or_else(|| {
                let s = if self.passive(v) {
                    self.kid(v, "nsubj:pass")?
                } else {
                    self.subject(v, 0)?
                };
                self.actor(s).filter(coded)
            });
        let Some(visitor) = visitor else { return };
        let place = |o: usize| {
            self.actor(o)
                .filter(coded)
                .or_else(|| self.deep_actor(o))
                .filter(|a| {
                    a.actor
                        .entity
                        .as_deref()
                        .is_some_and(|e| e.starts_with("loc:"))
                })
        };
        let dest = self
            .kids(n, "nmod")
            .filter(|&o| self.case_of(o) == Some("to"))
            .find_map(place)
            .or_else(|| {
                self.obliques(v)
                    .filter(|&o| matches!(self.case_of(o), Some("in" | "at")))
                    .find_map(place)
            });
        let Some(dest) = dest else { return };
        let (Some(k), Some(own)) = (country_of(&dest), country_of(&visitor)) else {
            return;
        };
        if k == own {
            return;
        }
        let Some(host) = self.government_of(k, dest.lo).map(|h| Arg {
            lo: dest.lo,
            hi: dest.hi,
            ..h
        }) else {
            return;
        };
        // a visit a verb of the sentence already coded ("visited Kyiv during a trip")
        let sent = self.sentence(n).span;
        let done = out.iter().any(|e| {
            e.code == "042"
                && e.source.code.as_deref().and_then(|c| c.get(..3)) == Some(own)
                && (sent.start..sent.end).contains(&e.evidence.start)
        });
        if done {
            return;
        }
        // (a visit during which something was asked took place: "asked France on Tuesday
        // to help pay ..., during a visit to Beirut by ...")
        let during = self.case_of(n) == Some("during");
        let hypothetical = self.modal(v).is_some() || !during && self.unrealised(v);
        let mut visit = self.plain_event(
            v,
            visitor.clone(),
            Some(host.clone()),
            "042",
            "visit:042:noun-to".into(),
        );
        let mut hosting = self.plain_event(
            v,
            host,
            Some(visitor),
            "043",
            "visit:043:noun-to-pair".into(),
        );
        visit.hypothetical = hypothetical;
        hosting.hypothetical = hypothetical;
        out.push(visit);
        out.push(hosting);
    }

    /// "Fishermen kept their boats in harbour on Monday *in a strike* over the price of
    /// diesel", "stayed away from work in a strike over unpaid salaries": a strike named in
    /// the circumstances of its strikers' act is a strike (143) against their country's
    /// government, unless a verb of the sentence already coded their protest.
    fn strike_noun(&self, n: usize, out: &mut Vec<Event>) {
        if !matches!(self.lemmas[n].as_str(), "strike" | "walkout" | "stoppage")
            || self.upos(n) != "NOUN"
            || self.case_of(n) != Some("in")
            || self
                .kids(n, "amod")
                .chain(self.kids(n, "compound"))
                .any(|m| {
                    matches!(
                        self.lemmas[m].as_str(),
                        "hunger" | "air" | "drone" | "missile"
                    )
                })
        {
            return;
        }
        let Some(v) = self.head(n).filter(|&v| self.is_verbal(v)) else {
            return;
        };
        let Some(strikers) = self.coded_subject(v) else {
            return;
        };
        // (the state's own forces and officials do not strike against it)
        if matches!(
            role_of_arg(&strikers),
            "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG"
        ) {
            return;
        }
        let Some(k) = country_of(&strikers).map(str::to_string) else {
            return;
        };
        let sent = self.sentence(n).span;
        let done = out.iter().any(|e| {
            e.root_code == "14"
                && e.source.code == strikers.actor.code
                && (sent.start..sent.end).contains(&e.evidence.start)
        });
        if done || self.negated(v) || self.unrealised(v) {
            return;
        }
        let government = self.government_of(&k, v);
        out.push(self.plain_event(v, strikers, government, "143", "strike:143:noun-in".into()));
    }

    /// A verb of naming with two objects ("calling *them* *a form of bullying*", parsed as
    /// indirect and direct object): what is named and what it is called.
    fn named_and_name(&self, v: usize) -> Option<(usize, usize)> {
        if !matches!(
            self.lemmas[v].as_str(),
            "call" | "label" | "brand" | "term" | "dub" | "name" | "describe"
        ) {
            return None;
        }
        // (or as two objects: "calling the protest movement a foreign-backed colour
        // revolution")
        let named = self
            .kid(v, "iobj")
            .or_else(|| self.kids(v, "obj").nth(1).and(self.kid(v, "obj")));
        if let Some(named) = named {
            let name = self.kids(v, "obj").find(|&o| o > named)?;
            return Some((named, name));
        }
        // a small clause read inside the object: "called Javier Milei a fascist" (the name's
        // subject), "called the rioters criminals" (two plurals read as a compound)
        let name = self.kid(v, "obj").filter(|&o| self.upos(o) == "NOUN")?;
        let named = self.kids(name, "nsubj").find(|&s| s < name).or_else(|| {
            // (or a named act or charge: "called the claim propaganda")
            // (an adjective of the name may come between: "called the decision political
            // revenge")
            self.kids(name, "compound").find(|&c| {
                c < name
                    && (c + 1..name).all(|t| {
                        matches!(self.rel(t), "amod" | "compound") && self.head(t) == Some(name)
                    })
                    && ((self.xpos(c) == "NNS" && self.xpos(name) == "NNS")
                        || ACT_NOUNS.contains(&self.lemmas[c].as_str())
                        || JUDGED_ACT_NOUNS.contains(&self.lemmas[c].as_str())
                        || matches!(
                            self.lemmas[c].as_str(),
                            "claim" | "charge" | "allegation" | "accusation" | "report"
                        ))
            })
        })?;
        Some((named, name))
    }

    /// "X demanded that Rwanda pull its troops out, calling their presence ...", "Erdogan
    /// blamed the Syrian government for an attack that killed dozens, calling Assad a
    /// murderer": a participle of naming or saying after a comma that the parser hung on a
    /// clause inside the sentence is the act of the sentence's main verb's subject. Returns
    /// that main verb.
    fn reporters_verb(&self, v: usize) -> Option<usize> {
        let naming = matches!(
            self.lemmas[v].as_str(),
            "call"
                | "describe"
                | "label"
                | "brand"
                | "term"
                | "dub"
                | "accuse"
                | "urge"
                | "warn"
                | "say"
                | "add"
                | "insist"
                | "reject"
                | "dismiss"
                | "deny"
                | "blame"
                | "condemn"
                | "vow"
                | "pledge"
                | "threaten"
                | "welcome"
                | "praise"
        );
        if !(naming
            && matches!(self.base_rel(v), "advcl" | "acl")
            && self.xpos(v) == "VBG"
            && v > 0
            && self.lower[v - 1] == ",")
        {
            return None;
        }
        let h = self.head(v)?;
        // (hung on a verb of saying, the participle is the sayer's: "..., Syria's foreign
        // ministry said, condemning the raid")
        if SPEECH_VERBS.contains(&self.lemmas[h].as_str()) {
            return None;
        }
        let root = std::iter::successors(Some(h), |&x| self.head(x))
            .take(self.doc.tokens.len())
            .last()?;
        (root != h && self.is_verbal(root) && self.kid(root, "nsubj").is_some()).then_some(root)
    }

    /// "Iraq was ordered to destroy its chemical weapons", "advised Israel to halt its
    /// offensive": what someone is ordered, asked or urged to do has not been done.
    /// So is what that infinitive is for ("asked Sanchez to persuade other governments to
    /// recognise a Palestinian state").
    fn ordered_not_done(&self, v: usize) -> bool {
        let mut x = v;
        for depth in 0..4 {
            let infinitive = self.kids(x, "mark").any(|m| self.lower[m] == "to")
                && (self.base_rel(x) == "xcomp" || (depth == 0 && self.base_rel(x) == "advcl"));
            let Some(h) = self.head(x).filter(|_| infinitive) else {
                return false;
            };
            let w = self.lemmas[h].as_str();
            if DIRECTIVES.contains(&w) || ASKED_TO.contains(&w) {
                // a purpose clause of the asking itself was done ("asked questions to ...")
                return depth > 0 || self.base_rel(x) == "xcomp";
            }
            x = h;
        }
        false
    }

    /// "..., a human rights group charged on Saturday": "charge" without anyone charged is
    /// a verb of saying (an allegation), not legal action.
    fn said_not_done(&self, v: usize) -> bool {
        self.lemmas[v] == "charge" && self.object(v).is_none() && !self.passive(v)
    }

    /// "a prolonged drought has killed crops", "floods killed 20 people", "floods forced
    /// about 4,000 people from their homes": nature is no actor, and its toll no political
    /// event.
    fn natural_cause(&self, v: usize) -> bool {
        let weapon = |c: usize| {
            matches!(
                self.lemmas[c].as_str(),
                "gun" | "artillery" | "tank" | "sniper" | "mortar" | "rocket"
            )
        };
        let natural = |s: usize| {
            matches!(
                self.lemmas[s].as_str(),
                "drought"
                    | "flood"
                    | "flooding"
                    | "earthquake"
                    | "quake"
                    | "storm"
                    | "hurricane"
                    | "typhoon"
                    | "cyclone"
                    | "tornado"
                    | "landslide"
                    | "mudslide"
                    | "avalanche"
                    | "tsunami"
                    | "wildfire"
                    | "bushfire"
                    | "heatwave"
                    | "famine"
                    | "disease"
                    | "virus"
                    | "epidemic"
                    | "pandemic"
                    | "outbreak"
                    | "cholera"
                    | "malaria"
                    | "lightning"
                    | "rain"
                    | "downpour"
                    | "snow"
                    | "cold"
                    | "heat"
                    | "crash"
                    | "accident"
                    | "collapse"
                    | "derailment"
                    // the toll of fighting in general ("fighting in the Northwest region
                    // killed more than 60 people"): no one's act
                    | "fighting"
                    | "violence"
                    | "unrest"
                    | "clash"
                    | "war"
                    | "conflict"
            ) || (matches!(self.lemmas[s].as_str(), "explosion" | "blast" | "fire")
                // an industrial accident: "a gas explosion", "a factory fire"
                && self.kids(s, "compound").chain(self.kids(s, "amod")).any(|c| {
                    matches!(
                        self.lemmas[c].as_str(),
                        "gas"
                            | "factory"
                            | "boiler"
                            | "pipeline"
                            | "chemical"
                            | "plant"
                            | "firework"
                            | "fireworks"
                            | "mine"
                            | "tanker"
                            | "cylinder"
                            | "industrial"
                            | "accidental"
                            | "forest"
                            | "bush"
                            | "ferry"
                            | "ship"
                            | "boat"
                            | "building"
                            | "apartment"
                            | "hotel"
                            | "hospital"
                            | "warehouse"
                            | "depot"
                            | "fuel"
                            | "electrical"
                            | "kitchen"
                    ) && !(self.lemmas[c] == "mine" && self.lemmas[s] != "fire")
                })
                // "an explosion at a fuel depot", "a fire at a garment factory"
                || self.kids(s, "nmod").any(|n| {
                    matches!(self.case_of(n), Some("at" | "in"))
                        && matches!(
                            self.lemmas[n].as_str(),
                            "depot" | "factory" | "plant" | "refinery" | "warehouse" | "mine"
                        )
                }))
                // a fire that no party's force is said to have lit or fired ("a fire swept
                // through a housing estate, killing 12"; not "Israeli fire killed ...")
                || (self.lemmas[s] == "fire"
                    && self.xpos(s) == "NN"
                    && !self.children[s].iter().any(|&c| {
                        matches!(self.base_rel(c), "amod" | "compound" | "nmod")
                            && (self.mention_at[c].is_some() || weapon(c))
                    }))
        };
        // the toll of a crash: "a bus collided with a fuel tanker, killing 42 people"
        // (the lemmatiser leaves "plunged" as "plung": no silent "e" after "ng")
        let crash = |x: usize| {
            matches!(
                self.lemmas[x].as_str(),
                "collide" | "crash" | "derail" | "capsize" | "overturn" | "plunge" | "sink"
            ) || self.lower[x].starts_with("plung")
        };
        if matches!(self.base_rel(v), "advcl" | "xcomp" | "conj")
            && self.xpos(v) == "VBG"
            && self.head(v).is_some_and(crash)
        {
            return true;
        }
        // the toll of a clash between two sides: "Pakistani and Afghan forces clashed at the
        // Chaman crossing, killing four people" (the clash is the event)
        if self.base_rel(v) == "advcl"
            && self.xpos(v) == "VBG"
            && matches!(self.lemmas[v].as_str(), "kill" | "wound" | "injure")
            && self.kid(v, "nsubj").is_none()
            // (through a participle the parser read in between: "clashed at the Chaman
            // border *crossing*, killing four people")
            && std::iter::successors(self.head(v), |&h| {
                matches!(self.base_rel(h), "advcl" | "xcomp")
                    .then(|| self.head(h))
                    .flatten()
            })
            .take(3)
            .any(|h| matches!(self.lemmas[h].as_str(), "clash" | "fight" | "battle"))
        {
            return true;
        }
        // the subject or agent, or one coordinated with it ("rains and floods hit"); a
        // relative pronoun stands for its noun ("a cholera outbreak *that* has killed ...")
        let cause = |x: usize| {
            self.kid(x, "nsubj")
                .or_else(|| self.agent(x))
                .or_else(|| self.subject(x, 0))
                .map(|s| {
                    if self.rel(x) == "acl:relcl"
                        && matches!(self.lower[s].as_str(), "that" | "which")
                    {
                        self.head(x).unwrap_or(s)
                    } else {
                        s
                    }
                })
                .is_some_and(|s| natural(s) || self.kids(s, "conj").any(natural))
                // "Fighting in the region killed ...": the gerund read as a clause before a
                // verb with no subject
                || (self.kid(x, "nsubj").is_none()
                    && self
                        .kids(x, "advcl")
                        .any(|c| c < x && matches!(self.lower[c].as_str(), "fighting" | "clashes")))
        };
        if cause(v) {
            return true;
        }
        // (and that gerund itself)
        if self.lower[v] == "fighting"
            && self.base_rel(v) == "advcl"
            && self.kid(v, "nsubj").is_none()
            && self.head(v).is_some_and(|h| h > v && cause(h))
        {
            return true;
        }
        // ", killing 40 people" right after a crash or a natural disaster's clause, wherever
        // the parser hung the participle ("sent condolences after a passenger train derailed
        // in Odisha, killing at least 40 people")
        if self.xpos(v) == "VBG" && v > 1 && self.lower[v - 1] == "," {
            let s = self.sentence(v);
            let before = (s.tokens.0..v - 1)
                .rev()
                .find(|&t| self.upos(t) == "VERB" && self.xpos(t) != "VBG");
            // (a disaster's own clause may describe it: "an earthquake *flattened* villages")
            let described =
                |t: usize| self.base_rel(t) == "acl" && self.head(t).is_some_and(&natural);
            if before.is_some_and(|t| crash(t) || cause(t) || described(t)) {
                return true;
            }
        }
        // "a tsunami killed 200 people and injured 800": a verb coordinated with one whose
        // cause is nature
        if self.base_rel(v) == "conj" && self.kid(v, "nsubj").is_none() {
            if let Some(h) = self.head(v).filter(|&h| self.is_verbal(h)) {
                if cause(h) {
                    return true;
                }
            }
        }
        // "were killed after an earthquake rocked the region": victims with no agent, in a
        // clause whose cause is nature
        // (read off the words too, as the parser often hangs such a clause elsewhere)
        let end = self.sentence(v).tokens.1;
        let victims = |x: usize| {
            self.passive(x)
                && self.agent(x).is_none()
                && (self.kids(x, "advcl").any(|a| {
                    self.kids(a, "mark")
                        .any(|m| matches!(self.lower[m].as_str(), "after" | "when" | "as"))
                        && cause(a)
                }) || (x + 1..end.min(x + 4)).any(|t| {
                    matches!(self.lower[t].as_str(), "after" | "when" | "as")
                        && (t + 1..end.min(t + 5))
                            .take_while(|&u| !self.is_verbal(u))
                            .any(natural)
                }))
        };
        // "were killed and 1,500 were injured after an earthquake": either passive says it
        victims(v)
            || self
                .kids(v, "conj")
                .chain(self.kids(v, "advcl"))
                .any(victims)
    }

    /// "meet tough new regulations", "met its targets": meeting a requirement is no meeting
    /// of parties (meeting demands is yielding: `080 meet obj=demand`).
    fn requirement_met(&self, v: usize) -> bool {
        matches!(self.lemmas[v].as_str(), "meet" | "fulfil" | "fulfill")
            && self.kid(v, "obj").is_some_and(|o| {
                matches!(
                    self.lemmas[o].as_str(),
                    "requirement"
                        | "target"
                        | "deadline"
                        | "regulation"
                        | "rule"
                        | "standard"
                        | "expectation"
                        | "criterion"
                        | "criteria"
                        | "goal"
                        | "need"
                        | "condition"
                        | "obligation"
                        | "cost"
                        | "forecast"
                        | "estimate"
                        | "quota"
                        | "threshold"
                        | "commitment"
                        | "challenge"
                        | "payment"
                )
            })
    }

    /// "they battle to win the election", "fighting to keep their jobs": a fight for a goal
    /// that is no territory or force is a figure of speech, not combat.
    fn figurative_fight(&self, v: usize) -> bool {
        matches!(
            self.lemmas[v].as_str(),
            "fight" | "battle" | "struggle" | "wrestle"
        ) && self
            .kids(v, "xcomp")
            .chain(self.kids(v, "advcl"))
            .filter(|&x| self.kids(x, "mark").any(|m| self.lower[m] == "to"))
            .any(|x| {
                matches!(
                    self.lemmas[x].as_str(),
                    "win"
                        | "keep"
                        | "retain"
                        | "save"
                        | "stay"
                        | "become"
                        | "secure"
                        | "get"
                        | "pass"
                        | "overturn"
                        | "clear"
                        | "survive"
                        | "make"
                        | "find"
                        | "stop"
                        | "block"
                        | "change"
                        | "raise"
                        | "reduce"
                        | "lower"
                        | "improve"
                )
            })
    }

    /// An outlook seen: "said it saw little chance of a breakthrough", "saw no prospect of
    /// settling the dispute" (012), "sees a good chance of a deal" (013); "doubted that
    /// ballot papers would arrive in time" (012). The bleak forms are no negation.
    fn outlook_seen(&self, v: usize, out: &mut Vec<Event>) -> bool {
        let bleak = |n: usize| {
            self.children[n].iter().any(|&c| {
                matches!(self.rel(c), "amod" | "det")
                    && matches!(
                        self.lower[c].as_str(),
                        "little" | "no" | "slim" | "dim" | "scant" | "few" | "small"
                    )
            })
        };
        let good = |n: usize| {
            self.kids(n, "amod").any(|c| {
                matches!(
                    self.lower[c].as_str(),
                    "good" | "real" | "strong" | "every" | "great" | "bright"
                )
            })
        };
        let code = match self.lemmas[v].as_str() {
            "see" => {
                let Some(n) = self.kid(v, "obj").filter(|&n| {
                    matches!(
                        self.lemmas[n].as_str(),
                        "chance" | "prospect" | "possibility" | "hope" | "likelihood"
                    )
                }) else {
                    return false;
                };
                if bleak(n) {
                    "012"
                } else if good(n) && !self.negated(v) {
                    "013"
                } else {
                    return false;
                }
            }
            "doubt" if self.kid(v, "ccomp").is_some() && !self.negated(v) => "012",
            _ => return false,
        };
        if self.unrealised(v) {
            return false;
        }
        let Some(src) = self.coded_subject(v) else {
            return false;
        };
        let rule = format!("{}:{code}:outlook", self.lemmas[v]);
        let mut e = self.plain_event(v, src, None, code, rule);
        // ("saw no prospect of settling": a bleak outlook, not a denied one)
        e.negated = false;
        out.push(e);
        true
    }

    /// A stated outlook: "X is skeptical/pessimistic about ..." (012), "X is confident/
    /// optimistic that ..." (013), "X is opposed to ..." (110).
    fn stance(&self, v: usize, out: &mut Vec<Event>) {
        if self.upos(v) != "ADJ" || self.kid(v, "cop").is_none() {
            return;
        }
        let code = match self.lower[v].as_str() {
            "skeptical" | "sceptical" | "pessimistic" | "doubtful" | "wary" | "concerned"
            | "worried" | "cautious" => "012",
            "optimistic" | "confident" | "hopeful" | "upbeat" => "013",
            "opposed" | "critical" => "110",
            _ => return,
        };
        let Some(src) = self.kid(v, "nsubj").and_then(|s| self.actor(s)) else {
            return;
        };
        if src.actor.code.is_none() && src.actor.entity.is_none() {
            return;
        }
        let tgt = self
            .obliques(v)
            .filter(|&o| {
                matches!(
                    self.case_of(o),
                    Some("of" | "about" | "to" | "toward" | "towards")
                )
            })
            .find_map(|o| self.deep_actor(o).or_else(|| self.actor(o)))
            .filter(|a| a.actor.code.is_some())
            .or_else(|| {
                // what the outlook is about: "confident (that) the agreement between Mercosur
                // and the European Union would be ratified" (another party than the holder's)
                let own = country_of(&src);
                self.children[v]
                    .iter()
                    .copied()
                    .filter(|&c| matches!(self.base_rel(c), "ccomp" | "obj"))
                    .find_map(|c| {
                        let s = self
                            .kid(c, "nsubj")
                            .or(Some(c).filter(|_| self.upos(c) == "NOUN"))?;
                        self.actor(s)
                            .filter(|a| a.actor.code.is_some())
                            .or_else(|| self.deep_actor(s))
                    })
                    .filter(|a| country_of(a) != own)
            });
        let rule = format!("{}:{}:nsubj-cop-adj", self.lower[v], code);
        out.push(self.plain_event(v, src, tgt, code, rule));
    }

    /// An event of `code` read off verb or predicate `v` outside the dictionary's patterns:
    /// dated by its clause (or the saying of it), with the actors' phrases as evidence.
    fn plain_event(&self, v: usize, src: Arg, tgt: Option<Arg>, code: &str, rule: String) -> Event {
        let info = codebook::info(code);
        let clause = self.clause_tokens(v);
        let (mut date, date_text) = dates::clause_date(self, &clause);
        if date.is_none() {
            if let Some(sv) = self.speech_verb(v) {
                date = dates::clause_date(self, &self.clause_tokens(sv)).0;
            }
        }
        // "asked France on Tuesday to help pay for ... during a visit": a verb of purpose or
        // control happens when the verb it serves does
        if date.is_none() {
            date = self.neighbour_clause_date(v, code).0;
        }
        let date = date.or_else(|| self.reference.map(|r| r.format("%Y-%m-%d").to_string()));
        let mut toks = vec![src.lo, src.hi, v];
        if let Some(t) = &tgt {
            toks.extend([t.lo, t.hi]);
        }
        let lo = self.doc.tokens[*toks.iter().min().unwrap()].span.start;
        let hi = self.doc.tokens[*toks.iter().max().unwrap()].span.end;
        Event {
            source: src.actor,
            target: tgt.map(|t| t.actor),
            code: code.to_string(),
            root_code: code[..2].to_string(),
            label: info.map(|i| i.label.clone()).unwrap_or_default(),
            goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
            quad_class: info.map(|i| i.quad_class).unwrap_or(1),
            date,
            date_text,
            date_inferred: self.reference_inferred,
            planned_date: None,
            location: None,
            evidence: Span::new(lo, hi.max(lo)),
            rule,
            negated: self.negated(v),
            hypothetical: false,
            confidence: 0.6,
        }
    }

    /// "South Korea's government said it *would restore* a military agreement with North
    /// Korea", "Spain said it *would give* Mauritania's army 20 armoured carriers": a party
    /// saying what it will do for or with another names an intent to cooperate (030) aimed
    /// at that party, dated the day it said so, even when the dictionary codes no act for
    /// the verb; what it says it will not do is a refusal (120). Only the speaker's own act
    /// ("it", "they", or the speaker's side), only "will" or "would" with no condition, and
    /// only with another party among the verb's own words.
    fn stated_intent(&self, v: usize, out: &mut Vec<Event>) {
        if !matches!(self.modal(v), Some("will" | "would"))
            || !matches!(self.xpos(v), "VB")
            || !COOPERATIVE_VERBS.contains(&self.lemmas[v].as_str())
            || self.in_background(v)
        {
            return;
        }
        // "said it would not join EU sanctions on Russia": a refusal (120)
        let refused = self.negated(v);
        // (a finite verb of saying: after "saying" or "insisting", "it" is as often what
        // is spoken of: "rejected a proposal, saying it would tie exports to Gazprom")
        let Some(sv) = self.speech_verb(v).filter(|&sv| self.xpos(sv) != "VBG") else {
            return;
        };
        if self.negated(sv) || self.conditional(v) {
            return;
        }
        let Some(speaker) = self.coded_subject(sv) else {
            return;
        };
        let Some(doer) = self.kid(v, "nsubj") else {
            return;
        };
        let own = matches!(
            self.lower[doer].as_str(),
            "it" | "they" | "we" | "he" | "she"
        ) || self
            .actor(doer)
            .is_some_and(|a| side(&a.actor).is_some() && side(&a.actor) == side(&speaker.actor));
        if !own {
            return;
        }
        let speaker_side = side(&speaker.actor);
        let party = self.children[v]
            .iter()
            .copied()
            .filter(|&c| matches!(self.base_rel(c), "obj" | "iobj" | "obl"))
            .find_map(|c| {
                let a = self
                    .actor(c)
                    .filter(|a| a.actor.code.is_some())
                    .or_else(|| self.deep_actor(c))?;
                (side(&a.actor).is_some() && side(&a.actor) != speaker_side).then_some(a)
            });
        let Some(party) = party else {
            return;
        };
        let code = if refused { "120" } else { "030" };
        let mut e = self.plain_event(
            v,
            speaker,
            Some(party),
            code,
            format!("{}:{code}:stated-intent", self.lemmas[v]),
        );
        e.negated = false;
        out.push(e);
    }

    /// "test-fired a missile ... in defiance of U.N. Security Council resolutions": acting
    /// in defiance of a party's rules or demands defies that party (128), beside the act.
    fn defiance(&self, v: usize, out: &mut Vec<Event>) {
        let worded = matches!(self.lemmas[v].as_str(), "defy" | "flout")
            || self.children[v]
                .iter()
                .any(|&c| self.lemmas[c] == "defiance");
        if !worded || !self.is_verbal(v) || self.in_background(v) {
            return;
        }
        let party = |o: usize| {
            self.actor(o)
                .filter(|a| a.actor.code.is_some())
                .or_else(|| self.deep_actor(o))
        };
        // "..., defying a government ban on demonstrations": a participle of defiance after
        // a comma is the act of the sentence's main subject, however the parser hung it
        let defying = matches!(self.lemmas[v].as_str(), "defy" | "flout")
            && self.xpos(v) == "VBG"
            && v > 0
            && self.lower[v - 1] == ","
            && matches!(self.base_rel(v), "advcl" | "acl" | "conj");
        let (tgt, doer) = if defying {
            let root = std::iter::successors(Some(v), |&x| self.head(x))
                .take(self.doc.tokens.len())
                .last()
                .filter(|&r| r != v && self.is_verbal(r));
            (self.kids(v, "obj").find_map(party), root)
        } else {
            let Some(d) = self
                .obliques(v)
                .find(|&o| self.lemmas[o] == "defiance" && self.case_of(o) == Some("in"))
            else {
                return;
            };
            let tgt = self
                .kids(d, "nmod")
                .filter(|&o| self.case_of(o) == Some("of"))
                .find_map(party)
                // "in defiance of a ruling by the European Union's top court", the maker
                // hung on the verb
                .or_else(|| {
                    self.obliques(v)
                        .filter(|&o| o > d && self.case_of(o) == Some("by"))
                        .find_map(party)
                });
            // "in defiance of a ban on political activity": a ban, curfew or order that names
            // no party is the state's
            let ruled = || {
                self.kids(d, "nmod")
                    .filter(|&o| self.case_of(o) == Some("of"))
                    .any(|o| {
                        matches!(
                            self.lemmas[o].as_str(),
                            "ban" | "curfew" | "order" | "restriction" | "lockdown" | "prohibition"
                        )
                    })
                    .then(|| {
                        let k = self
                            .subject(v, 0)
                            .and_then(|s| self.actor(s))
                            .and_then(|a| a.actor.code)?;
                        self.government_of(k.get(..3)?, d)
                    })
                    .flatten()
            };
            (tgt.or_else(ruled), Some(v))
        };
        let (Some(tgt), Some(doer)) = (tgt, doer) else {
            return;
        };
        let Some(src) = self
            .subject(doer, 0)
            .and_then(|s| self.actor(s))
            .filter(|a| a.actor.code.is_some())
        else {
            return;
        };
        // (not of one's own rules)
        let same = match (&src.actor.entity, &tgt.actor.entity) {
            (Some(a), Some(b)) => a == b,
            _ => src.actor.code == tgt.actor.code,
        };
        if same {
            return;
        }
        let rule = format!("{}:128:defiance-of", self.lemmas[v]);
        let mut e = self.plain_event(doer, src, Some(tgt), "128", rule);
        // ("would keep its law in force, in defiance of a ruling" is defiance stated)
        e.hypothetical = self
            .modal(doer)
            .is_some_and(|m| matches!(m, "could" | "might" | "may"));
        out.push(e);
    }

    /// "X said (that) Y must/should do Z": a demand by X on Y (10x), whatever Z is; Z
    /// itself is not coded as done.
    fn demand(&self, v: usize, p: Option<&Pattern>, out: &mut Vec<Event>) -> bool {
        let obliged = self
            .kids(v, "aux")
            .any(|a| matches!(self.lower[a].as_str(), "must" | "should" | "ought"))
            // "China is going to have to make a deal", "Iran needs to stop"
            || (self.base_rel(v) == "xcomp"
                && self.kids(v, "mark").any(|m| self.lower[m] == "to")
                && self.head(v).is_some_and(|h| {
                    matches!(self.lemmas[h].as_str(), "have" | "need")
                        // (not a possibility: "Bhutan may have to cut its exports")
                        && !self.kids(h, "aux").any(|a| {
                            matches!(self.lower[a].as_str(), "may" | "might" | "could")
                        })
                }));
        // "Beijing wants Trump to eliminate the tariffs": a wish on another party, also in
        // each verb coordinated with the wished one ("... as well as provide some relief")
        let mut xv = v;
        for _ in 0..3 {
            match self.head(xv).filter(|_| self.base_rel(xv) == "conj") {
                Some(h) if self.is_verbal(h) => xv = h,
                _ => break,
            }
        }
        let wish = (self.base_rel(xv) == "xcomp")
            .then(|| self.head(xv))
            .flatten()
            .filter(|&h| {
                (matches!(self.lemmas[h].as_str(), "want" | "expect" | "need" | "wish")
                    // "Washington told Kyiv to withdraw its troops": an order is a demand,
                    // unless a pattern of the order's own codes it ("ordered the envoy to
                    // leave": an expulsion)
                    || (DIRECTIVES.contains(&self.lemmas[h].as_str())
                        && self.kids(xv, "mark").any(|m| self.lower[m] == "to")
                        && self.best_pattern(h).is_none()))
                    && self
                        .kids(h, "obj")
                        .chain(self.kids(h, "iobj"))
                        .any(|o| o < v)
            });
        let (sv, tgt) = if let Some(h) = wish {
            // the object nearest the complement, not a relative pronoun the parser also
            // hung there ("told the visitors *that* Damascus wanted Moscow to ...")
            let o = self
                .kids(h, "obj")
                .chain(self.kids(h, "iobj"))
                .filter(|&o| o < v && !matches!(self.lower[o].as_str(), "that" | "which" | "who"))
                .max();
            // (or the party named in it: "expected a peace treaty with Azerbaijan to be
            // signed")
            let party = |o: usize| {
                self.actor(o)
                    .filter(|a| a.actor.code.is_some())
                    .or_else(|| self.deep_actor(o))
            };
            (h, o.and_then(party))
        } else {
            if !obliged {
                return false;
            }
            let Some(sv) = self.speech_verb(v) else {
                return false;
            };
            let subject = self.kid(v, "nsubj").or_else(|| self.subject(v, 0));
            let tgt = subject.and_then(|s| self.actor(s));
            // "saying any deal would have to recognise Manila's rights": what a thing must do
            // is a condition, not a demand on a party
            if subject.is_some_and(|s| self.upos(s) == "NOUN")
                && tgt.as_ref().is_none_or(|t| t.actor.code.is_none())
            {
                return false;
            }
            (sv, tgt)
        };
        let Some(src) = self.subject(sv, 0).and_then(|s| self.actor(s)) else {
            return false;
        };
        if src.actor.code.is_none() {
            return false;
        }
        if tgt
            .as_ref()
            .is_some_and(|t| t.actor.entity.is_some() && t.actor.entity == src.actor.entity)
        {
            return false;
        }
        // "did not want his family dragged into the row": a wish about one's own people
        // (a possessive pronoun, the same country) is no demand on another party
        let own = |t: &Arg| {
            self.kids(t.hi, "nmod:poss").any(|p| self.upos(p) == "PRON")
                && match (self.state_of(&t.actor), self.state_of(&src.actor)) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
        };
        if wish.is_some() && tgt.as_ref().is_some_and(own) {
            return false;
        }
        // "said he expected the IMF to approve a new loan", "expected a treaty to be signed
        // within months": an expectation reported or of something to be done is a forecast
        // (013, an optimistic comment), not a demand
        let forecast = wish.is_some_and(|h| {
            self.lemmas[h] == "expect"
                && (self.speech_verb(h).is_some() || self.kid(v, "aux:pass").is_some())
        });
        let code = match p.map(|p| &p.code[..2]) {
            _ if forecast => "013",
            Some("08") if p.is_some_and(|p| p.code == "085") => "1054",
            Some("04") => "106",
            Some("05") => "102",
            Some("06") => "101",
            Some("07") => "103",
            Some("08") if p.is_some_and(|p| p.code == "0841") => "1053",
            Some("08") => "105",
            _ => "100",
        };
        let info = codebook::info(code);
        let (mut date, mut date_text) = dates::clause_date(self, &self.clause_tokens(sv));
        if date.is_none() {
            (date, date_text) = self.when_date(sv);
        }
        // ("said on Tuesday he expected ...": the day it was said)
        if let (None, Some(r)) = (&date, self.speech_verb(sv)) {
            (date, date_text) = dates::clause_date(self, &self.clause_tokens(r));
        }
        let date = date.or_else(|| self.reference.map(|r| r.format("%Y-%m-%d").to_string()));
        let mut toks = vec![src.lo, src.hi, sv, v];
        if let Some(t) = &tgt {
            toks.extend([t.lo, t.hi]);
        }
        let lo = self.doc.tokens[*toks.iter().min().unwrap()].span.start;
        let hi = self.doc.tokens[*toks.iter().max().unwrap()].span.end;
        // "US and British forces must ...", "the government and the rebels must ...": a
        // demand on each
        let tgts = tgt.map_or(vec![None], |t| self.with_coordinated(t));
        for tgt in self.per_country(tgts) {
            out.push(Event {
                source: src.actor.clone(),
                target: tgt.map(|t| t.actor),
                code: code.to_string(),
                root_code: code[..2].into(),
                label: info.map(|i| i.label.clone()).unwrap_or_default(),
                goldstein: info.map(|i| i.goldstein).unwrap_or(-5.0),
                quad_class: info.map(|i| i.quad_class).unwrap_or(3),
                date: date.clone(),
                date_text: date_text.clone(),
                date_inferred: self.reference_inferred,
                planned_date: None,
                location: None,
                evidence: Span::new(lo, hi.max(lo)),
                rule: format!(
                    "{}:{}:{}",
                    self.lemmas[sv],
                    code,
                    if wish.is_some() {
                        "nsubj-obj-xcomp"
                    } else {
                        "speech-ccomp-must"
                    }
                ),
                negated: false,
                hypothetical: false,
                confidence: 0.6,
            });
        }
        true
    }

    /// "told *visiting* Ukraine officials", "the visiting delegation": a participle that
    /// describes its noun as the visitor, whatever the parser made of it. Returns the
    /// visitor's token and the host: a place of the sentence, else the dateline's or the
    /// story's country.
    fn adjectival_visit(&self, v: usize) -> Option<(usize, Option<Arg>)> {
        if self.lemmas[v] != "visit"
            || self.xpos(v) != "VBG"
            || self.kid(v, "nsubj").is_some()
            || self.kid(v, "aux").is_some()
            || v == 0
        {
            return None;
        }
        let before = v - 1;
        let attributive = matches!(self.upos(before), "DET" | "ADJ" | "NUM")
            || self.xpos(before) == "PRP$"
            || self.lower[before] == "'s"
            || (self.is_verbal(before) && self.upos(before) != "AUX");
        if !attributive {
            return None;
        }
        // the visitor: the noun the participle modifies, or the object the parser gave it
        let visitor = if matches!(self.base_rel(v), "amod" | "acl") {
            self.head(v)?
        } else {
            self.object(v)?
        };
        if self.role_of(visitor).is_none() && self.mention_at[visitor].is_none() {
            return None;
        }
        // the one who asks, tells or meets the guest ("Abbas asked visiting Spanish Prime
        // Minister Pedro Sanchez ..."), when another party's
        let guest_actor = self.actor(visitor);
        let guest = guest_actor.as_ref().and_then(country_of);
        let receiver = matches!(self.base_rel(visitor), "obj" | "iobj")
            .then(|| self.head(visitor))
            .flatten()
            .and_then(|h| self.subject(h, 0))
            .and_then(|s| self.actor(s))
            .filter(|a| country_of(a).is_some() && country_of(a) != guest);
        if receiver.is_some() {
            return Some((visitor, receiver));
        }
        let sent = self.sentence(v);
        let host = (sent.tokens.0..sent.tokens.1)
            .filter(|&t| t != visitor && matches!(self.case_of(t), Some("at" | "in")))
            .find_map(|t| self.actor(t).filter(|a| a.actor.code.is_some()))
            .map(|mut a| {
                if let Some(c) = a.actor.code.as_mut() {
                    if c.len() == 3 && self.kb.country(c).is_some() {
                        c.push_str("GOV");
                    }
                }
                a
            })
            .or_else(|| {
                let k = self
                    .dateline_country
                    .clone()
                    .or_else(|| self.doc_country.clone())?;
                self.government_of(&k, v)
            })
            // a guest is no guest at home
            .filter(|h| country_of(h).is_some() && country_of(h) != guest);
        Some((visitor, host))
    }

    fn emit(&self, v: usize, p: &Pattern, m: &Match, out: &mut Vec<Event>) {
        if let Some((visitor, host)) = (p.code == "042")
            .then(|| self.adjectival_visit(v))
            .flatten()
        {
            // a guest whose host is unknown is not coded as visiting
            if host.is_none() {
                return;
            }
            if let Some(actor) = self.actor(visitor) {
                let mut m = m.clone();
                m.visit = Some((actor, host));
                return self.emit_with(v, p, &m, out);
            }
        }
        self.emit_with(v, p, m, out)
    }

    fn emit_with(&self, v: usize, p: &Pattern, m: &Match, out: &mut Vec<Event>) {
        // "denied British claims ..., *calling* them baseless fabrications": what a denial
        // or rejection calls what it denies is how it was made, not a second act
        if p.code.starts_with("11")
            && self.xpos(v) == "VBG"
            && matches!(self.base_rel(v), "advcl" | "xcomp")
            // (hung on the denial or, by the parser, deeper in what it denies)
            && std::iter::successors(self.head(v), |&h| self.head(h))
                .take(12)
                .any(|h| {
                    matches!(
                        self.lemmas[h].as_str(),
                        "deny" | "reject" | "dismiss" | "refute" | "rebuff" | "repudiate"
                    )
                    // (and what a rebuke calls what it rebukes: "rebuked Greenland's deputy
                    // premier for meeting a U.S. envoy, *calling* it a breach of protocol")
                    // (what "it" names: "calling President Assad a murderer" names a
                    // party of its own)
                    || (matches!(self.lemmas[v].as_str(), "call" | "describe" | "brand" | "label")
                        && self
                            .object(v)
                            .is_some_and(|o| matches!(self.lower[o].as_str(), "it" | "this" | "that"))
                        && matches!(
                            self.lemmas[h].as_str(),
                            "rebuke"
                                | "criticise"
                                | "criticize"
                                | "condemn"
                                | "denounce"
                                | "reprimand"
                                | "censure"
                                | "chide"
                                | "scold"
                                | "slam"
                                | "berate"
                                | "lambast"
                                | "accuse"
                                | "blame"
                        ))
                })
        {
            return;
        }
        // "gave a rival militia 24 hours to hand over its weapons, *warning* that his forces
        // would storm its base": the warning that goes with a threat is that threat
        if p.code.starts_with("13")
            && self.xpos(v) == "VBG"
            && self.base_rel(v) == "advcl"
            && self.head(v).is_some_and(|h| {
                let at = self.doc.tokens[h].span.start;
                out.iter().any(|e| {
                    e.code.starts_with("13") && e.evidence.start <= at && at < e.evidence.end
                })
            })
        {
            return;
        }
        // "villagers who had fled *fighting*": a fight fled or escaped is a noun, no act of
        // those who fled it
        if self.xpos(v) == "VBG"
            && matches!(self.base_rel(v), "obj" | "xcomp")
            && self.head(v).is_some_and(|h| {
                matches!(
                    self.lemmas[h].as_str(),
                    "flee" | "escape" | "avoid" | "survive"
                )
            })
        {
            return;
        }
        let subj = self.subject(v, 0);
        // "an agreement that removes tariffs", "a resolution that would have extended
        // sanctions": a text does nothing; whoever made it acted when it was made
        if subj.is_some_and(|s| {
            self.mention_at[s].is_none() && DOCUMENT_NOUNS.contains(&self.lemmas[s].as_str())
        }) {
            return;
        }
        let obj = self.object(v);
        let sources: Vec<Option<Arg>> = match subj {
            _ if m.visit.is_some() => vec![m.visit.as_ref().map(|x| x.0.clone())],
            Some(s)
                if Some(s) != m.subj_noun
                    || self.actor(s).is_some_and(|a| a.actor.code.is_some()) =>
            {
                // "two Arab states - Egypt and Jordan -": the apposition names them (not
                // when the noun names its own party: "A French minister threatened ...
                // Franco-German relations" hung on the noun)
                let s = if self.upos(s) == "NOUN"
                    && !self.actor_inner(s).is_some_and(|a| {
                        a.actor.code.as_deref().is_some_and(|c| self.has_country(c))
                    }) {
                    self.kids(s, "appos")
                        .find(|&a| self.actor_inner(a).is_some_and(|x| x.actor.code.is_some()))
                        .unwrap_or(s)
                } else {
                    s
                };
                // "the two countries agreed ...", "both sides signed ...": the two parties
                // named last
                let mut found: Vec<Option<Arg>> = self.both_parties(s).unwrap_or_else(|| {
                    self.with_conjuncts(s)
                        .into_iter()
                        .map(|t| self.actor(t))
                        .collect()
                });
                // "Fiji and Samoa said *they* held the same position": "they" of a mutual
                // act stands for all the parties it names
                if p.mutual && matches!(self.lower[s].as_str(), "they" | "we") {
                    let speakers = self
                        .head(s)
                        .and_then(|h| self.speech_verb(h))
                        .and_then(|sv| self.subject(sv, 0))
                        .filter(|&sp| sp != s);
                    if let Some(t) = speakers.or_else(|| self.antecedent(s).map(|(_, t)| t)) {
                        let all: Vec<Option<Arg>> = self
                            .with_conjuncts(t)
                            .into_iter()
                            .map(|c| self.actor(c).map(|x| Arg { lo: s, hi: s, ..x }))
                            .filter(|a| a.as_ref().is_some_and(|a| a.actor.code.is_some()))
                            .collect();
                        if all.len() > 1 {
                            found = all;
                        }
                    }
                }
                // one name the parser split into conjuncts ("Customs and Border
                // Protection") is one source
                let mut seen: Vec<String> = Vec::new();
                found.retain(|a| match a.as_ref().and_then(|a| a.actor.entity.clone()) {
                    Some(e) if seen.contains(&e) => false,
                    Some(e) => {
                        seen.push(e);
                        true
                    }
                    None => true,
                });
                if found
                    .iter()
                    .all(|a| a.as_ref().is_none_or(|a| a.actor.code.is_none()))
                    && self.upos(s) == "NOUN"
                {
                    let dashed = self.dashed_apposition(s, v);
                    if !dashed.is_empty() {
                        found = dashed;
                    }
                }
                found
            }
            _ => vec![None],
        };
        let sources = match self
            .unidentified_attacker(v, p, subj, m, &sources)
            .or_else(|| self.authorities_of_place(v, p, m, &sources))
            .or_else(|| self.accused_denier(v, p, subj, out))
        {
            Some(a) => vec![Some(a)],
            None => without_bare_countries(self.per_country(sources)),
        };
        // "two hundred American troops were withdrawn from Somalia", "UN peacekeepers were
        // shipped out of Gorazde": with nobody named who withdrew them, the force's own
        // side withdraws it, from the place
        let withdrawn = (p.code.starts_with("087") || p.code.starts_with("166"))
            && self.passive(v)
            && !sources.iter().flatten().any(|a| a.actor.code.is_some());
        let (sources, withdrawn) = match obj
            .filter(|_| withdrawn)
            .and_then(|o| self.actor(o))
            .filter(|a| a.actor.code.is_some())
        {
            Some(force) => (self.per_country(vec![Some(force)]), true),
            None => (sources, false),
        };
        let coded = |a: &Option<Arg>| a.as_ref().is_some_and(|a| a.actor.code.is_some());
        if p.need_source && !sources.iter().any(coded) {
            return;
        }
        let verb = v;
        let actors_at = |t: usize| -> Vec<Option<Arg>> {
            if let Some(both) = self.both_parties(t).or_else(|| self.hyphened_parties(t)) {
                return both;
            }
            // "accusing *the island nation* of ...": a description of the clause's party
            if self.kids(t, "det").any(|d| self.lower[d] == "the") {
                if let Some(a) = self.object_of_main_clause(t) {
                    return vec![Some(a)];
                }
            }
            // "Former detainees told Human Rights Watch that agents had tortured *them*": the
            // people who say so, not whom they told
            if let Some(a) = self.speakers_themselves(t) {
                return vec![Some(a)];
            }
            // "them" standing for parties named together ("arrested two Colombians and a
            // Ukrainian, accusing them of ..."): each of them
            if matches!(self.lower[t].as_str(), "them" | "they") {
                if let Some((_, a)) = self.antecedent(t) {
                    let all: Vec<Option<Arg>> = self
                        .with_conjuncts(a)
                        .into_iter()
                        .map(|c| self.actor(c).map(|x| Arg { lo: t, hi: t, ..x }))
                        .filter(coded)
                        .collect();
                    if all.len() > 1 {
                        return all;
                    }
                }
            }
            // "accusing her of ...", "They accused him of ...": a person the story named by a
            // role noun as the object of the clause it hangs on, or of the sentence before
            if matches!(self.lower[t].as_str(), "him" | "her")
                && self.actor(t).is_none_or(|a| a.actor.code.is_none())
            {
                if let Some(a) = self.object_before(t) {
                    return vec![Some(Arg { lo: t, hi: t, ..a })];
                }
            }
            // "sued an American company in a Lilongwe court, accusing *it* of ...": the main
            // clause's object before any party named nearer
            // (a party with a role, not a bare place: "ordered the broadcaster's Baku office
            // to close, accusing it ...")
            if matches!(self.lower[t].as_str(), "it" | "them") {
                if let Some(a) = self
                    .object_of_main_clause(t)
                    .filter(|a| a.actor.code.as_ref().is_some_and(|c| c.len() > 3))
                {
                    return vec![Some(a)];
                }
            }
            let mut v: Vec<Option<Arg>> = self
                .with_conjuncts(t)
                .into_iter()
                .map(|t| self.actor(t))
                .filter(coded)
                .collect();
            if v.is_empty() {
                // a party deep in the phrase with the names coordinated with it ("aid for
                // Romania and Poland"), not in the act's own clause on the noun ("a verdict
                // Berlin called outrageous")
                let own = |a: &Arg| self.head(verb) == Some(t) && self.dominates(verb, a.lo);
                match self.deep_actor(t).filter(|a| !own(a)) {
                    Some(a) => v = self.with_coordinated(a),
                    None => v.push(self.object_of_main_clause(t).or_else(|| self.actor(t))),
                }
            }
            self.per_country(v.into_iter().filter(|a| a.is_some()).collect())
        };
        let mut target = self.target(v, p, m);
        // "demanded the release of an Estonian citizen held in Russia": a call for the
        // release of someone held by or in a state is aimed at the holder
        if matches!(p.code.as_str(), "0253" | "1053") {
            if let Some((t, slot)) = &target {
                let holder = self
                    .kids(*t, "acl")
                    .filter(|&a| {
                        matches!(
                            self.lemmas[a].as_str(),
                            "hold" | "detain" | "jail" | "imprison" | "keep"
                        )
                    })
                    .flat_map(|a| self.obliques(a).collect::<Vec<_>>())
                    .find(|&o| {
                        matches!(self.case_of(o), Some("in" | "by"))
                            && self.actor(o).is_some_and(|a| a.actor.code.is_some())
                    });
                if let Some(h) = holder {
                    target = Some((h, format!("{slot}-holder")));
                }
            }
        }
        let mut targets: Vec<Option<Arg>> = target
            .as_ref()
            .map(|(t, _)| actors_at(*t))
            .unwrap_or_default();
        if let Some((_, host)) = &m.visit {
            target = host.as_ref().map(|h| (h.lo, "host".to_string()));
            targets = vec![host.clone()];
        }
        // "struck a residential compound in Doha where senior Hamas leaders had gathered",
        // "shelled a school where displaced families were sheltering": force used on a place
        // is aimed at whoever the place holds
        if matches!(code_root(&p.code).as_str(), "18" | "19" | "20") {
            let held = obj.and_then(|o| {
                self.children[o].iter().copied().find_map(|c| {
                    let whr = self.rel(c) == "acl:relcl"
                        && self.kids(c, "advmod").any(|a| self.lower[a] == "where");
                    let s = whr.then(|| self.kid(c, "nsubj"))??;
                    let a = self.actor(s).filter(|a| a.actor.code.is_some())?;
                    Some((s, a))
                })
            });
            if let Some((s, a)) = held {
                target = Some((s, "obj-where".into()));
                targets = self.with_coordinated(a);
            }
        }
        // "will receive a $500 million loan from the Asian Development Bank": the giver
        // acts, towards the subject
        let giver = p.giver.as_deref().and_then(|prep| {
            // "got $3 billion in aid from the IMF": also one phrase further down
            let near: Vec<usize> = [v]
                .into_iter()
                .chain(obj)
                .flat_map(|h| self.obliques(h))
                .collect();
            near.iter()
                .copied()
                .chain(near.iter().flat_map(|&o| self.obliques(o)))
                .find(|&o| self.case_of(o) == Some(prep) && !self.in_timex[o])
                .map(actors_at)
                .filter(|a| a.iter().any(coded))
        });
        // (no giver named: the subject only received, "have received food thanks to ...")
        if p.giver.is_some() && giver.is_none() {
            return;
        }
        let sources = match giver {
            Some(givers) => {
                target = subj.map(|s| (s, "nsubj".to_string()));
                targets = sources;
                // a country that gives acts through its government, as when it is the
                // subject ("from Denmark")
                let mut givers = givers;
                for a in givers.iter_mut().flatten() {
                    let gov = country_of(a)
                        .filter(|&k| self.kb.country(k).is_some())
                        .map(|k| format!("{k}GOV"));
                    if let Some(c) = gov.filter(|_| bare_country(a)) {
                        a.actor.code = Some(c);
                    }
                }
                givers
            }
            None => sources,
        };
        // a denial with no target slot is aimed at the accuser named on the accusation:
        // "rejected Eritrean claims", "denied Kyiv's allegations", "charges by the U.S."
        if p.code == "016" && target.is_none() {
            let own = countries_of(&sources).into_iter().next();
            let named_on = |n: usize| {
                self.children[n].iter().copied().find_map(|c| {
                    let by = c > n && matches!(self.case_of(c), Some("by" | "from"));
                    // ("denied *opposition* claims": a role noun as a compound too)
                    let role = self.rel(c) == "compound" && c < n && self.role_of(c).is_some();
                    (matches!(self.rel(c), "nmod:poss" | "amod") || by || role)
                        .then(|| self.actor(c))
                        .flatten()
                })
            };
            fn country(a: &Arg) -> Option<&str> {
                a.actor.code.as_deref().and_then(|c| c.get(..3))
            }
            let accuser = m.noun.filter(|&n| Some(n) == obj).and_then(|n| {
                // another actor of the same country may accuse when named on the noun ("the
                // army denied *opposition* claims"), not one found deeper in it
                named_on(n)
                    .filter(|a| {
                        country(a).is_some()
                            && !sources
                                .iter()
                                .flatten()
                                .any(|s| s.actor.code == a.actor.code)
                    })
                    .or_else(|| {
                        self.deep_actor(n)
                            .filter(|a| country(a).is_some() && country(a) != own.as_deref())
                    })
                    .map(|a| (n, a))
            });
            // "X said that Kyiv launched drones, an accusation Kyiv rejected": whoever the
            // sentence reports as saying it
            // (the ministry denying the opposition's charge: another actor of its country)
            let reporter = || {
                let n = m.noun.filter(|&n| Some(n) == obj)?;
                let (speaker, a) = self.doer_of_named_act(n, v, true)?;
                (a.actor.code.is_some()
                    && !sources
                        .iter()
                        .flatten()
                        .any(|s| s.actor.code == a.actor.code))
                .then_some((speaker, a))
            };
            // "Algeria dismissed the charge as baseless": the accusation coded earlier
            let earlier = || {
                let n = m.noun.filter(|&n| Some(n) == obj)?;
                // (of the denier's own country too: a prosecutor's charge, a rebel claim)
                self.earlier_maker(v, Some(n), None, out).filter(|(_, a)| {
                    a.actor.code.is_some()
                        && !sources
                            .iter()
                            .flatten()
                            .any(|s| s.actor.code == a.actor.code)
                })
            };
            // "... accused China's embassy of handing out cash. The embassy denied it": the
            // party whose accusation, charge or arrest the denier answers
            let answered = || {
                // (by country: "accused the ruling party ... It denied the charge" names
                // the accused as a party, then as the government)
                let e = self.latest_act_aimed_at(out, v, &["11", "17"], &sources)?;
                let n = m.noun.or(obj).unwrap_or(v);
                Some((
                    n,
                    Arg {
                        actor: e.source.clone(),
                        lo: n,
                        hi: n,
                    },
                ))
            };
            if let Some((n, a)) = accuser.or_else(reporter).or_else(earlier).or_else(answered) {
                target = Some((n, "accuser".into()));
                targets = self.with_coordinated(a);
            }
        }
        // No coded target in the pattern's slots: the infinitive or complement ("agreed to
        // lift embargoes on Iran"), the party named inside the object ("rejected an offer
        // from Afghanistan", "praised Haiti's efforts", "an Indian proposal"), else the
        // place of the act ("lifted a curfew in Montenegro").
        // the constrained object names a party ("expelled two Russian diplomats", "banned
        // opposition candidates"): it is the target whatever the pattern's slots say
        // (not in a mutual act of two parties: "Russia and Ukraine exchanged 84 prisoners"
        // is an exchange between them)
        let two_sides = p.mutual && sources.iter().filter(|s| coded(s)).count() >= 2;
        // (nor the force a state sends: "sent 500 extra police officers to Limon")
        let deployed = code_root(&p.code) == "15";
        if !targets.iter().any(coded) && !two_sides && !deployed {
            // not the source's own ("withdraw its troops")
            let own = |n: usize| self.kids(n, "nmod:poss").any(|p| self.is_pronoun(p));
            if let Some(n) = m.noun.filter(|&n| {
                Some(n) == obj
                    && (self.role_of(n).is_some() || self.lower[n] == "them")
                    && !own(n)
                    && !self.instrument(n)
                    && !self.stance_noun(n)
            }) {
                let a = actors_at(n);
                if a.iter().any(coded) {
                    target = Some((n, "obj".into()));
                    targets = a;
                }
            }
        }
        // "seized two Guyanese fishing boats and detained *their* crews", "beat Palestinian
        // farmers and set fire to *their* cars": what a plural or "its" possessor owns in a
        // second conjunct belongs to the first conjunct's object
        if !targets.iter().any(coded) && !two_sides && !deployed && self.base_rel(v) == "conj" {
            let owned = obj
                .into_iter()
                .chain(
                    self.obliques(v)
                        .filter(|&o| matches!(self.case_of(o), Some("to" | "on" | "at"))),
                )
                .any(|n| {
                    self.kids(n, "nmod:poss")
                        .any(|q| matches!(self.lower[q].as_str(), "their" | "its"))
                });
            if let Some(first) = self.head(v).filter(|_| owned) {
                if let Some(o) = self.object(first).filter(|&o| o < v) {
                    let a = actors_at(o);
                    if a.iter().any(coded) {
                        target = Some((o, "owner".into()));
                        targets = a;
                    }
                }
            }
        }
        // (and a threatened protest or strike: "Nigerian unions threatened a general strike")
        // (and defiance of a ban or curfew nobody is named for: the state's)
        let protest = code_root(&p.code) == "14"
            || p.code.starts_with("133")
            || (p.code == "128"
                && obj.is_some_and(|o| {
                    matches!(
                        self.lemmas[o].as_str(),
                        "ban" | "curfew" | "order" | "restriction" | "lockdown" | "prohibition"
                    )
                }));
        if !targets.iter().any(coded) && (p.target != [Slot::None] || protest) {
            let by_place = || {
                let mut hosts = vec![v];
                hosts.extend(obj);
                hosts.into_iter().find_map(|h| {
                    self.obliques(h)
                        .filter(|&o| {
                            matches!(
                                self.case_of(o),
                                Some("in" | "at" | "inside" | "outside" | "near")
                            ) || (matches!(&p.code[..2], "18" | "19" | "20")
                                // "struck targets across the Gaza Strip"
                                && matches!(self.case_of(o), Some("across" | "throughout")))
                        })
                        .find_map(|o| {
                            // a place inside the phrase only when the phrase is a place ("in
                            // a residential sector of eastern Beirut"), not "in humanitarian
                            // aid to Turkey"
                            let deep = || {
                                self.upos(o) == "PROPN"
                                    || PLACE_NOUNS.contains(&self.lemmas[o].as_str())
                            };
                            let place = |a: &Arg| {
                                a.actor
                                    .entity
                                    .as_deref()
                                    .is_some_and(|e| e.starts_with("loc:"))
                            };
                            // (a place noun's own name, not its demonym: "the Syrian
                            // capital Damascus")
                            self.actor(o)
                                .filter(|a| a.actor.code.is_some() && place(a))
                                .or_else(|| deep().then(|| self.deep_actor(o)).flatten())
                                .filter(place)
                                .or_else(|| {
                                    deep().then(|| {
                                        self.phrase(o)
                                            .into_iter()
                                            .filter(|&t| t != o && self.ends_mention(t))
                                            .find_map(|t| {
                                                self.actor_inner(t)
                                                    .filter(|a| a.actor.code.is_some() && place(a))
                                            })
                                    })?
                                })
                        })
                })
            };
            // the parties of a mutual act: what they do together is not aimed at one of
            // them ("South Korea and Japan agreed to resume military intelligence sharing")
            // two or more coded parties of a mutual act (cooperative roots always are)
            let pair = (p.mutual || matches!(&p.code[..2], "03" | "04" | "05" | "06"))
                && sources.iter().filter(|s| coded(s)).count() >= 2;
            let mutual_parties: Vec<String> = if pair {
                countries_of(&sources)
            } else {
                Vec::new()
            };
            let theirs = |a: &Option<Arg>| {
                a.as_ref()
                    .and_then(|a| a.actor.code.as_deref()?.get(..3))
                    .is_some_and(|k| mutual_parties.iter().any(|m| m == k))
            };
            // "Israel recognised Somaliland, a move Somalia's government condemned": the one
            // whose act the judged noun names
            // (or what a protest is against: "protested against the decision")
            let against = || {
                self.obliques(v)
                    .find(|&o| self.case_of(o) == Some("against"))
                    .filter(|_| code_root(&p.code) == "14" || p.code.starts_with("11"))
            };
            // (the judged noun may be the one the clause describes, "a step the Syrian
            // foreign minister hailed", or read as its second subject, "a move Somalia's
            // government condemned")
            let described = || {
                self.head(v).filter(|&h| {
                    h < v
                        && matches!(self.base_rel(v), "acl")
                        && ACT_NOUNS.contains(&self.lemmas[h].as_str())
                })
            };
            let second_subject = || {
                self.kids(v, "nsubj").find(|&n| {
                    ACT_NOUNS.contains(&self.lemmas[n].as_str())
                        && self.kids(n, "det").any(|d| self.lower[d] == "a")
                })
            };
            // (a relative pronoun stands for the noun it describes: "remarks that Eritrea's
            // minister called reckless")
            // (or what regret or anger is voiced over: "expressed regret over the decision")
            let over = || {
                self.obliques(v)
                    .find(|&o| {
                        matches!(self.case_of(o), Some("over" | "at" | "about"))
                            && ACT_NOUNS.contains(&self.lemmas[o].as_str())
                    })
                    .filter(|_| p.code.starts_with("11"))
            };
            let judging = matches!(
                code_root(&p.code).as_str(),
                "01" | "05" | "11" | "12" | "14"
            );
            let act_noun = |n: usize| {
                let w = self.lemmas[n].as_str();
                ACT_NOUNS.contains(&w) || (judging && JUDGED_ACT_NOUNS.contains(&w))
            };
            let doer = obj
                .filter(|&o| !matches!(self.lower[o].as_str(), "that" | "which"))
                .or_else(against)
                .or_else(described)
                .or_else(second_subject)
                .filter(|&n| act_noun(n))
                .or_else(over)
                .and_then(|n| {
                    // (across sentences only a judgement: "called the decision regrettable",
                    // not "the attacks were carried out")
                    let judged = judging && m.noun != Some(n);
                    self.doer_of_named_act(n, v, false)
                        .or_else(|| judged.then(|| self.doer_before(n)).flatten())
                })
                .filter(|(_, a)| {
                    !sources
                        .iter()
                        .flatten()
                        .any(|s| s.actor.code == a.actor.code)
                });
            if let Some((t, _)) = &doer {
                target = Some((*t, "act-doer".into()));
            }
            // the nouns the verb acts on: its matched noun, object and obliques
            let object_nouns = || -> Vec<usize> {
                m.noun
                    .into_iter()
                    .chain(obj)
                    .chain(self.obliques(v))
                    .collect()
            };
            let found = doer
                .map(|(_, a)| self.with_coordinated(a))
                .or_else(|| {
                    // whose the object is by its "by" or "from" phrase ("turned down an offer
                    // by a Chinese state-owned company to operate the port"), before what it
                    // would do
                    // (or hung on an active verb: "turned down an offer [by ...]")
                    let n = obj?;
                    let proposal = matches!(
                        self.lemmas[n].as_str(),
                        "offer"
                            | "proposal"
                            | "plan"
                            | "bid"
                            | "request"
                            | "demand"
                            | "initiative"
                            | "call"
                            | "appeal"
                            | "plea"
                            | "ultimatum"
                            | "invitation"
                    );
                    // ("dismissed calls *from ASEAN* to halt air strikes": the "from" phrase
                    // right after the noun, hung on the verb)
                    let on_verb = self
                        .kids(v, "obl")
                        .filter(|_| proposal && !self.passive(v))
                        .filter(|&o| {
                            o > n
                                && (self.case_of(o) == Some("by")
                                    || (self.case_of(o) == Some("from")
                                        && self.phrase(o).first() == Some(&(n + 1))))
                        });
                    let (o, a) = self
                        .kids(n, "nmod")
                        .filter(|&o| o > n && matches!(self.case_of(o), Some("by" | "from")))
                        .chain(on_verb)
                        .find_map(|o| {
                            Some((o, self.actor(o).filter(|a| a.actor.code.is_some())?))
                        })?;
                    target = Some((o, "obj-by".into()));
                    Some(self.with_coordinated(a))
                })
                .or_else(|| {
                    let x = self.xcomp_target(v)?;
                    let a = actors_at(x.0);
                    // "warned that the People's Liberation Army would crush any separatist
                    // attempt by Taiwan": a threat of the source's own side is aimed at
                    // whom its act is
                    // (the same side: the source's own state, not its rebels or people)
                    if x.1 == "ccomp-nsubj" && p.code.starts_with("13") {
                        let own: Vec<String> = sources
                            .iter()
                            .flatten()
                            .filter_map(|s| side(&s.actor))
                            .collect();
                        let is_own = |a: &Option<Arg>| {
                            a.as_ref()
                                .and_then(|a| side(&a.actor))
                                .is_some_and(|k| own.contains(&k))
                        };
                        if a.iter().all(is_own) {
                            if let Some((t, b)) = self.threatened_party(v, self.head(x.0)?, &own) {
                                target = Some((t, "threatened".into()));
                                return Some(vec![Some(b)]);
                            }
                            // (the source itself is no target: it is looked for further on;
                            // another organ of its state stays: "police will arrest ...")
                            let codes: Vec<&Option<String>> =
                                sources.iter().flatten().map(|s| &s.actor.code).collect();
                            if a.iter().flatten().all(|b| codes.contains(&&b.actor.code)) {
                                return None;
                            }
                        }
                    }
                    (a.iter().any(coded) && !a.iter().all(theirs)).then(|| {
                        target = Some(x);
                        a
                    })
                })
                .or_else(|| {
                    // whom the act is against ("launched rocket fire against Kampuchean
                    // guerrilla camps"), on the verb, its object or the object's conjuncts
                    let mut hosts = vec![v];
                    hosts.extend(obj);
                    hosts.extend(obj.into_iter().flat_map(|o| self.kids(o, "conj")));
                    // "launched artillery, mortar, and rocket [fire]" read as the verb's conjunct
                    hosts.extend(self.kids(v, "conj").filter(|&c| self.upos(c) == "NOUN"));
                    hosts.into_iter().find_map(|h| {
                        let o = self
                            .obliques(h)
                            .find(|&o| self.case_of(o) == Some("against"))?;
                        let a = actors_at(o);
                        a.iter().any(coded).then(|| {
                            target = Some((o, "obl:against".into()));
                            a
                        })
                    })
                })
                .or_else(|| {
                    // two parties of a mutual act are each other's targets, not a party
                    // named inside what they did ("Saudi Arabia and Iran restored ties in a
                    // deal brokered by China")
                    if pair {
                        return None;
                    }
                    m.noun.into_iter().chain(obj).find_map(|n| {
                        let a = self.deep_actor(n)?;
                        target = Some((n, "obj-party".into()));
                        Some(self.with_coordinated(a))
                    })
                })
                .or_else(|| {
                    // a threat names whom it is aimed at in its condition: "threatened to
                    // stop talks if the United States goes ahead", "... unless Baghdad
                    // accepted"
                    if !p.code.starts_with("13") {
                        return None;
                    }
                    let mut hosts = vec![v];
                    hosts.extend(self.kids(v, "xcomp"));
                    hosts.extend(m.xcomp);
                    hosts.into_iter().find_map(|h| {
                        // "threatened to retaliate [if Israel attacked]", read as advcl or ccomp
                        self.kids(h, "advcl")
                            .chain(self.kids(h, "ccomp"))
                            .filter(|&c| {
                                self.kid(c, "mark").is_some_and(|mk| {
                                    matches!(self.lower[mk].as_str(), "if" | "unless")
                                })
                            })
                            .find_map(|c| {
                                let s = self.kid(c, "nsubj")?;
                                let a = self.actor(s).filter(|a| a.actor.code.is_some())?;
                                target = Some((s, "condition-nsubj".into()));
                                Some(vec![Some(a)])
                            })
                    })
                })
                // a protest's place is where it happened, aimed at whoever rules there: the
                // protest fallbacks below decide
                // two parties meeting in a place meet each other, not the place (below)
                .or_else(|| {
                    // with the places coordinated with it ("bombed targets in northern Iraq
                    // and northeastern Syria")
                    (!protest && !pair)
                        .then(by_place)
                        .flatten()
                        .map(|a| self.with_coordinated(a))
                })
                .or_else(|| {
                    // "did not accept the offer", "failed to answer the invitation": the
                    // party that made it, as coded earlier in the story
                    let (n, a) = self.earlier_maker(v, m.noun.or(obj), m.xcomp, out)?;
                    target = Some((n, "earlier-maker".into()));
                    Some(vec![Some(a)])
                })
                .or_else(|| {
                    // "cheered the historic move", after "its decision to ...": whose move
                    let slot = target.as_ref().map(|t| t.0);
                    let (n, a) = [m.noun, obj, slot]
                        .into_iter()
                        .flatten()
                        .find_map(|n| self.earlier_owner(n).map(|a| (n, a)))?;
                    target = Some((n, "earlier-owner".into()));
                    Some(vec![Some(a)])
                })
                .or_else(|| {
                    // "reiterated its demand today that Israel ease ...": the party the
                    // clause after the noun of asking names, wherever the parser hung it
                    if !matches!(code_root(&p.code).as_str(), "02" | "10") {
                        return None;
                    }
                    let nouns = object_nouns();
                    let s = self.sentence(v);
                    let (_, party) = (v + 1..s.tokens.1)
                        .filter_map(|c| self.after_asking_noun(c))
                        .find(|&(n, _)| {
                            nouns.contains(&n) || self.head(n).is_some_and(|h| nouns.contains(&h))
                        })?;
                    let a = self.actor(party).filter(|a| a.actor.code.is_some())?;
                    target = Some((party, "asked-clause".into()));
                    Some(self.with_coordinated(a))
                })
                .or_else(|| {
                    // aid names its receiver with "for" or "to" on what is given ("will pay
                    // for a package of American weapons *for Ukraine*"), before a maker's
                    // demonym on the goods
                    if code_root(&p.code) != "07" {
                        return None;
                    }
                    object_nouns().into_iter().find_map(|n| {
                        self.subtree(n, |_, c| self.is_verbal(c))
                            .into_iter()
                            .filter(|&t| t > n && matches!(self.case_of(t), Some("for" | "to")))
                            .find_map(|t| {
                                let a = self.actor(t).filter(|a| a.actor.code.is_some())?;
                                target = Some((t, "receiver".into()));
                                Some(self.with_coordinated(a))
                            })
                    })
                })
                .or_else(|| {
                    // two parties of a mutual act are each other's targets (below)
                    if pair {
                        return None;
                    }
                    let (t, a) = self.clause_party(v, m.xcomp, subj, &sources)?;
                    target = Some((t, "clause-party".into()));
                    Some(self.with_coordinated(a))
                })
                .or_else(|| {
                    // a refusal aimed at nobody named answers the latest demand or appeal
                    // made to the refuser ("Trade unions demanded the health minister's
                    // resignation ... She refused to step down")
                    if code_root(&p.code) != "12" {
                        return None;
                    }
                    let e = self.latest_act_aimed_at(out, v, &["02", "10"], &sources)?;
                    target = Some((v, "answered".into()));
                    Some(vec![Some(Arg {
                        actor: e.source.clone(),
                        lo: v,
                        hi: v,
                    })])
                })
                .or_else(|| {
                    // a statement aimed at nobody named (an appeal, a refusal, a
                    // criticism, a threat) in a story between two countries is aimed at
                    // the other one
                    if !matches!(
                        code_root(&p.code).as_str(),
                        "02" | "10" | "11" | "12" | "13"
                    ) {
                        return None;
                    }
                    let src = sources
                        .iter()
                        .flatten()
                        .find_map(|a| a.actor.code.clone())?;
                    let own = src.get(..3)?;
                    // the scene's country first: the dateline's (a statement about Hong
                    // Kong in a story filed from Hong Kong), else that of the place the story
                    // names most ("urged an end to the violence" in a story about Hong Kong
                    // that names China often); else the most mentioned other country
                    let scene = self.dateline_country.clone().or_else(|| {
                        self.doc
                            .entities
                            .iter()
                            .filter(|e| e.kind == EntityType::LOC)
                            .max_by_key(|e| e.mentions.len())
                            .and_then(|e| e.country.clone())
                    });
                    let (k, n) = scene
                        .as_deref()
                        .filter(|d| *d != own)
                        .and_then(|d| self.story_countries.iter().find(|(k, _)| k == d))
                        .or_else(|| self.story_countries.iter().find(|(k, _)| k != own))?;
                    // the other country must be a party of the story, not a passing mention
                    let top = self.story_countries.first().map_or(0, |c| c.1);
                    if *n < 2 || n * 4 < top {
                        return None;
                    }
                    let gov = self.government_of(k, v)?;
                    target = Some((v, "story-counterpart".into()));
                    Some(vec![Some(gov)])
                })
                .or_else(|| {
                    // a demand, refusal or threat of a country's own society or armed
                    // opposition aimed at nobody named is aimed at its government ("Armed
                    // groups in eastern Libya threatened to blockade oil terminals", "Striking
                    // teachers in Kenya demanded a 30% pay rise")
                    // (a rejection only of a course of action: "refused to lay down its
                    // arms"; what is opposed may be another party's: "opposed the
                    // deployment of a regional peacekeeping force")
                    let root = code_root(&p.code);
                    if !(matches!(root.as_str(), "10" | "13") || (root == "12" && obj.is_none())) {
                        return None;
                    }
                    let src = sources
                        .iter()
                        .flatten()
                        .find_map(|a| a.actor.code.clone())?;
                    let (k, role) = (src.get(..3)?, src.get(3..6)?);
                    if !self.has_country(k)
                        || !matches!(
                            role,
                            "OPP" | "REB" | "INS" | "LAB" | "CVL" | "EDU" | "HLH" | "BUS" | "REL"
                        )
                    {
                        return None;
                    }
                    let gov = self.government_of(k, v)?;
                    target = Some((v, "own-government".into()));
                    Some(vec![Some(gov)])
                })
                .or_else(|| {
                    // "riots against Israeli military policies", "demonstrations against
                    // violations by the Israeli military", "in defiance of Chinese
                    // authorities"
                    if !protest {
                        return None;
                    }
                    let mut hosts = vec![v];
                    hosts.extend(obj);
                    hosts.extend(subj);
                    let mut seen = Vec::new();
                    while let Some(h) = hosts.pop() {
                        if seen.contains(&h) || seen.len() > 40 {
                            continue;
                        }
                        seen.push(h);
                        for &c in &self.children[h] {
                            if matches!(self.base_rel(c), "punct" | "parataxis" | "conj" | "ccomp")
                            {
                                continue;
                            }
                            let against = matches!(self.case_of(c), Some("against"))
                                || (self.lemmas[c] == "defiance"
                                    && matches!(self.case_of(c), Some("in")));
                            if against {
                                if let Some(a) = self
                                    .actor(c)
                                    .filter(|a| a.actor.code.is_some())
                                    .or_else(|| self.deep_actor(c))
                                {
                                    target = Some((c, "against".into()));
                                    return Some(vec![Some(a)]);
                                }
                            }
                            hosts.push(c);
                        }
                    }
                    None
                })
                .or_else(|| {
                    // protesters abroad: the country where they protest
                    if !protest {
                        return None;
                    }
                    let src = sources
                        .iter()
                        .flatten()
                        .find_map(|a| a.actor.code.clone())?;
                    let place = by_place()?;
                    let code = place.actor.code.as_deref()?;
                    (code.get(..3)? != src.get(..3)?).then(|| vec![Some(place)])
                })
                .or_else(|| {
                    // a protest is aimed at the government of the protesters' country unless
                    // the clause names another party
                    protest
                        .then(|| {
                            let c = sources
                                .iter()
                                .flatten()
                                .find_map(|a| a.actor.code.clone())?;
                            Some(vec![Some(self.government_of(c.get(..3)?, v)?)])
                        })
                        .flatten()
                });
            if let Some(f) = found {
                targets = f;
            }
        }
        // a strike or protest called off eases dissent against the government of the
        // protesters' country ("the teachers' union called off a four-day strike")
        if p.code == "082" && !targets.iter().any(coded) {
            let own = sources.iter().flatten().find_map(|a| a.actor.code.clone());
            if let Some(gov) = own
                .filter(|c| c.len() == 3 || !c.ends_with("GOV"))
                .and_then(|c| self.government_of(c.get(..3)?, v))
            {
                target = Some((v, "protesters-government".into()));
                targets = vec![Some(gov)];
            }
        }
        // "a truck bomb exploded ..., killing six passers-by": an attack aimed at nobody
        // named is aimed at whom its toll names (also for lines without a target slot; and
        // so is a crackdown: "police opened fire during protests, killing four people")
        if (matches!(&p.code[..2], "18" | "19" | "20") || p.code.starts_with("175"))
            && !targets.iter().any(coded)
        {
            let toll = self
                .kids(v, "advcl")
                .find(|&c| {
                    self.xpos(c) == "VBG"
                        && matches!(self.lemmas[c].as_str(), "kill" | "wound" | "injure")
                })
                .and_then(|c| self.kid(c, "obj"))
                .and_then(|o| Some((o, self.actor(o).filter(|a| a.actor.code.is_some())?)));
            if let Some((o, a)) = toll {
                target = Some((o, "toll".into()));
                targets = vec![Some(a)];
            }
        }
        // "put its forces on high alert, citing a surge in Russian military activity",
        // "opened an investigation after a Russian missile hit a hospital": an alert or an
        // inquiry aimed at nobody named is aimed at the party whose act occasioned it
        // (and a retreat: "abandoned their base after a two-day assault by jihadists")
        // (also a withdrawal of troops from a place after attacks: "withdrew from a
        // military base near the Algerian border after days of attacks by rebels" retreats
        // before the attackers, not from the border's country)
        let retreat = p.code.starts_with("087")
            && sources.iter().flatten().any(|s| {
                matches!(
                    s.actor.code.as_deref().and_then(|c| c.get(3..6)),
                    Some("MIL" | "COP" | "REB")
                )
            });
        if (matches!(&p.code[..2], "09" | "15" | "16") || p.code == "0874")
            && !targets.iter().any(coded)
            || retreat
        {
            let own: Vec<String> = countries_of(&sources);
            let occasion = self
                .kids(v, "advcl")
                .filter(|&c| {
                    let after = |w: &str| matches!(w, "after" | "following" | "amid" | "as");
                    matches!(self.lower[c].as_str(), "citing" | "blaming" | "accusing")
                        || self.kids(c, "mark").any(|m| after(&self.lower[m]))
                        // "after a Russian missile hit ...": the conjunction hung as the
                        // subject's preposition
                        || self
                            .kid(c, "nsubj")
                            .or_else(|| {
                                self.obliques(v).find(|&o| o < c && self.head(c) == Some(v))
                            })
                            .and_then(|n| self.case_of(n))
                            .is_some_and(after)
                })
                .find_map(|c| {
                    let toks = self.clause_tokens(c);
                    let after_noun = self.obliques(v).find(|&o| {
                        o < c && matches!(self.case_of(o), Some("after" | "following" | "amid"))
                    });
                    self.kid(c, "nsubj")
                        .into_iter()
                        .chain(after_noun)
                        .chain(toks.iter().copied().filter(|&t| self.ends_mention(t)))
                        .chain(self.kid(c, "obj"))
                        // ("a build-up of Russian troops near Narva": a role noun inside)
                        .chain(
                            toks.iter()
                                .copied()
                                .filter(|&t| self.upos(t) == "NOUN" && self.role_of(t).is_some()),
                        )
                        .find_map(|t| {
                            let a = self
                                .actor(t)
                                .filter(|a| a.actor.code.is_some())
                                .or_else(|| self.deep_actor(t))?;
                            let k = a.actor.code.as_deref()?.get(..3)?.to_string();
                            (!own.contains(&k)).then_some((t, a))
                        })
                });
            // "after a two-day assault *by jihadist fighters*": an act named by a noun, by
            // its doer
            let occasion = occasion.or_else(|| {
                self.obliques(v)
                    .filter(|&o| matches!(self.case_of(o), Some("after" | "following" | "amid")))
                    .find_map(|o| {
                        // ("after days of attacks by ...": the act inside a stretch of time)
                        let o = self
                            .kids(o, "nmod")
                            .find(|&n| self.case_of(n) == Some("of"))
                            .filter(|_| PARTITIVES.contains(&self.lemmas[o].as_str()))
                            .unwrap_or(o);
                        // (the "by" phrase may hang on the verb, right after the noun)
                        let by = self
                            .kids(o, "nmod")
                            .find(|&n| self.case_of(n) == Some("by"))
                            .or_else(|| {
                                self.obliques(v)
                                    .find(|&b| b > o && self.case_of(b) == Some("by"))
                            })?;
                        let a = self.actor(by).filter(|a| a.actor.code.is_some())?;
                        // (another side, also of the same country: "by Boko Haram")
                        let sides: Vec<Option<String>> =
                            sources.iter().flatten().map(|s| side(&s.actor)).collect();
                        (!sides.contains(&side(&a.actor))).then_some((by, a))
                    })
            });
            if let Some((t, a)) = occasion {
                target = Some((t, "occasion".into()));
                targets = vec![Some(a)];
            } else if p.code.starts_with("087") && !targets.iter().any(coded) {
                // a retreat is from the other side of the fighting the sentence names:
                // "Nigerien troops abandoned a base after weeks of *jihadist* attacks",
                // "Al Shabaab fighters retreated as *Somali troops* advanced"
                if let Some((t, a)) = self.other_side(v, &sources) {
                    target = Some((t, "other-side".into()));
                    targets = vec![Some(a)];
                }
            }
        }
        // "met in Doha in talks *brokered* by Qatar's emir": the mediator works between the
        // parties that met
        if p.code.starts_with("045") {
            if let Some((t, parties)) = self.mediated_parties(v) {
                target = Some((t, "mediated".into()));
                targets = parties;
            }
        }
        // "summoned Israel's ambassador to demand an explanation": the demand is made of the
        // party summoned
        if matches!(&p.code[..2], "10" | "02") {
            let summoned = self
                .head(v)
                .filter(|&g| {
                    self.lemmas[g] == "summon"
                        && self.kids(v, "mark").any(|m| self.lower[m] == "to")
                })
                .and_then(|g| self.kid(g, "obj"))
                .and_then(|o| Some((o, self.actor(o).filter(|a| a.actor.code.is_some())?)));
            if let Some((o, a)) = summoned {
                target = Some((o, "summoned".into()));
                targets = vec![Some(a)];
            }
        }
        // "appealed to Thailand and Cambodia to halt ... and offered to mediate": an offer or
        // consultation aimed at nobody named, coordinated with an address, is aimed at whom
        // that verb addressed
        if matches!(&p.code[..2], "03" | "04")
            && !targets.iter().any(coded)
            && self.rel(v) == "conj"
            && sources.iter().filter(|s| coded(s)).count() < 2
        {
            let own: Vec<String> = countries_of(&sources);
            let addressed = self.head(v).filter(|&h| self.is_verbal(h)).and_then(|h| {
                self.obliques(h)
                    .filter(|&o| self.case_of(o) == Some("to"))
                    .find_map(|o| {
                        let a: Vec<Option<Arg>> = self
                            .with_conjuncts(o)
                            .into_iter()
                            .filter_map(|t| self.actor(t))
                            .filter(|a| {
                                a.actor
                                    .code
                                    .as_deref()
                                    .and_then(|c| c.get(..3))
                                    .is_some_and(|k| !own.iter().any(|o| o == k))
                            })
                            .map(Some)
                            .collect();
                        (!a.is_empty()).then_some((o, a))
                    })
            });
            if let Some((o, a)) = addressed {
                target = Some((o, "addressed".into()));
                targets = a;
            }
        }
        // a resignation forced by protests yields to the protesters: students, workers or
        // else the civilians of the source's country ("after weeks of student-led protests")
        if p.code.starts_with("083") && !targets.iter().any(coded) {
            let own = countries_of(&sources)
                .into_iter()
                .next()
                .filter(|k| self.has_country(k));
            let protest = self
                .obliques(v)
                .find(|&o| matches!(self.case_of(o), Some("after" | "amid" | "following")));
            // (the protest itself, inside "weeks of street protests")
            let protest = protest.map(|o| {
                self.kids(o, "nmod")
                    .find(|&n| self.case_of(n) == Some("of"))
                    .filter(|_| PARTITIVES.contains(&self.lemmas[o].as_str()))
                    .unwrap_or(o)
            });
            // (protests, not any cause: "withdrew the tax after a court ruling")
            let protest = protest.filter(|&o| {
                self.noun_keys(o).iter().any(|k| {
                    matches!(
                        k.as_str(),
                        "protest"
                            | "demonstration"
                            | "unrest"
                            | "uprising"
                            | "rally"
                            | "strike"
                            | "riot"
                            | "outcry"
                            | "backlash"
                            | "march"
                    )
                })
            });
            if let (Some(k), Some(o)) = (own, protest) {
                let words = self.subtree(o, |_, _| false);
                let role = if words.iter().any(|&t| self.lower[t].starts_with("student")) {
                    "EDU"
                } else if words
                    .iter()
                    .any(|&t| matches!(self.lemmas[t].as_str(), "worker" | "union" | "strike"))
                {
                    "LAB"
                } else {
                    "CVL"
                };
                target = Some((o, "protesters".into()));
                targets = vec![Some(self.word_actor(o, format!("{k}{role}")))];
            }
        }
        // martial law, a curfew or a state of emergency declared, extended or imposed on
        // nobody named is imposed on the source's own country ("Ukraine's parliament voted
        // to extend martial law"), and so is access restored ("Nepal restored access to
        // Facebook")
        // (and a town an armed group seizes: "Arakan Army fighters took control of the town
        // of Gwa", a town no word places elsewhere, is in the group's own country)
        let town_taken = p.code == "192"
            && sources
                .iter()
                .flatten()
                .any(|s| matches!(role_of_arg(s), "REB" | "INS" | "UAF"));
        if (matches!(p.code.as_str(), "1721" | "1722" | "1723" | "1724" | "0811") || town_taken)
            && !targets.iter().any(coded)
        {
            let own = countries_of(&sources)
                .into_iter()
                .next()
                .filter(|k| self.has_country(k));
            if let Some(k) = own {
                if let Some(actor) = self.country_itself(&k) {
                    target = Some((v, "own-country".into()));
                    targets = vec![Some(Arg {
                        actor,
                        lo: v,
                        hi: v,
                    })];
                }
            }
        }
        if withdrawn {
            // the place it was withdrawn from, not the force itself
            let from = self.obliques(v).find_map(|o| {
                matches!(self.case_of(o), Some("from" | "out" | "of"))
                    .then(|| actors_at(o))
                    .filter(|a| a.iter().any(coded))
                    .map(|a| (o, a))
            });
            match from {
                Some((o, a)) => {
                    target = Some((o, "obl:from".into()));
                    targets = a;
                }
                None => {
                    target = None;
                    targets = Vec::new();
                }
            }
        }
        // two coded subjects of a mutual act are each other's targets ("Putin and Erdogan
        // spoke")
        // "Chad lifted the state of emergency": a state's easing of a curfew, an emergency
        // or a ban of its own with no party named is aimed at its people (not a resignation
        // or restrictions eased in general, which the CAMEO manual's examples leave without
        // a target, nor a policy withdrawn after a court ruling)
        if !targets.iter().any(coded) && matches!(p.code.as_str(), "0812" | "0813" | "0814") {
            let own = sources.iter().flatten().find_map(|s| {
                let code = s.actor.code.as_deref()?;
                let role = code.get(3..)?;
                matches!(role, "GOV" | "JUD" | "LEG" | "MIL" | "COP").then(|| code[..3].to_string())
            });
            if let Some(people) = own.and_then(|k| self.state_actor(&k, "CVL", "people", v)) {
                target = Some((v, "own-people".into()));
                targets = vec![Some(people)];
            }
        }
        // a denial is aimed at the author of what it denies ("a report by a newspaper",
        // "Kigali's accusation"), never at a party named inside the charge ("denied charges
        // he ran a hit squad that killed government officials")
        if p.code == "016"
            && target
                .as_ref()
                .is_some_and(|(_, slot)| !matches!(slot.as_str(), "obl:by" | "poss" | "accuser"))
        {
            target = None;
            targets = vec![None];
        }
        // "threatened to stop cutting cane unless the mill paid them": a threat is aimed at
        // whoever its condition asks to act
        if p.code.starts_with("13") && !targets.iter().any(coded) {
            let own: Vec<String> = countries_of(&sources);
            let conditional = |c: usize| {
                self.kids(c, "mark")
                    .any(|k| matches!(self.lower[k].as_str(), "unless" | "if"))
            };
            // the threatened act and the verbs it governs ("threatened to stop cutting cane
            // ... unless"), whatever the parser hung the condition on
            let mut acts = vec![v];
            let mut condition = None;
            for _ in 0..3 {
                let next: Vec<usize> = acts
                    .iter()
                    .flat_map(|&h| self.children[h].clone())
                    .filter(|&c| {
                        matches!(self.base_rel(c), "xcomp" | "advcl" | "ccomp") && self.is_verbal(c)
                    })
                    .collect();
                condition = next.iter().copied().find(|&c| conditional(c));
                if condition.is_some() || next.is_empty() {
                    break;
                }
                acts = next;
            }
            let party = condition.and_then(|c| {
                let s = self.kid(c, "nsubj")?;
                // (not one's own people: "unless its members were paid")
                if self.kids(s, "nmod:poss").any(|p| self.upos(p) == "PRON") {
                    return None;
                }
                let a = self.actor(s).filter(|a| a.actor.code.is_some())?;
                let k = a.actor.code.as_deref()?.get(..3)?.to_string();
                // (not the threatener itself: "unless they are paid")
                (!own.contains(&k) || a.actor.code.as_deref().is_some_and(|c| c.len() > 3))
                    .then_some((s, a))
            });
            if let Some((s, a)) = party {
                target = Some((s, "condition".into()));
                targets = vec![Some(a)];
            }
        }
        // "voiced confidence that Australia would agree ...", "voiced hope that Washington
        // would lower its tariff": optimism or pessimism about another party's act is about
        // that party
        if matches!(p.code.as_str(), "012" | "013") && !targets.iter().any(coded) {
            let own: Vec<String> = countries_of(&sources);
            let clauses: Vec<usize> = self
                .kids(v, "ccomp")
                .chain(obj.into_iter().flat_map(|o| {
                    self.kids(o, "acl")
                        .chain(self.kids(o, "ccomp"))
                        .collect::<Vec<_>>()
                }))
                .collect();
            let party = clauses.into_iter().find_map(|c| {
                // (a party, not a thing named after parties: "the EU-Mercosur accord would
                // take effect")
                let s = self.kid(c, "nsubj").filter(|&s| {
                    self.mention_at[s].is_some() || self.role_of(s).is_some() || self.is_pronoun(s)
                })?;
                let a = self.actor(s).filter(|a| a.actor.code.is_some())?;
                let k = a.actor.code.as_deref()?.get(..3)?.to_string();
                (!own.contains(&k)).then_some((s, a))
            });
            if let Some((s, a)) = party {
                target = Some((s, "hoped-of".into()));
                targets = vec![Some(a)];
            }
        }
        // "appealed for $400 million to feed refugees in eastern Chad": those an appeal for
        // aid would help are not whom it is made to
        if p.code.starts_with("023")
            && target
                .as_ref()
                .is_some_and(|(_, slot)| slot.starts_with("xcomp"))
        {
            target = None;
            targets = vec![None];
        }
        // "deployed 5,000 soldiers to Guayaquil", "laid flowers at the Freedom Monument in
        // Riga": a force posture or tribute at a place of the source's own country has no
        // target (the place is where, not whom), nor is the source's own force its target
        // (and a retreat from a place of one's own country is aimed at the enemy, not the
        // place: "Ukrainian troops have withdrawn from the village of Andriivka")
        // (a state's forces only: rebels retreating from a town of their country leave the
        // government's ground)
        let retreat = matches!(p.code.as_str(), "087" | "0874")
            && all_sources(&sources, |s| {
                matches!(role_of_arg(s), "MIL" | "GOV" | "COP")
            });
        if p.code.starts_with("15") || p.code == "017" || retreat {
            let own: Vec<String> = sources
                .iter()
                .flatten()
                .filter_map(|s| s.actor.code.as_deref()?.get(..3).map(str::to_string))
                .collect();
            let own_place = |t: &Option<Arg>| {
                t.as_ref().is_some_and(|a| {
                    // (a place, or a phrase around one; not the state itself)
                    let town = a.actor.entity.as_deref().is_none_or(|e| {
                        e.strip_prefix("loc:")
                            .is_some_and(|id| id.chars().any(|c| c.is_lowercase()))
                    });
                    let code = a.actor.code.as_deref().unwrap_or("");
                    // (or the source's own forces: "sent 500 police officers to Limon")
                    let own_force = code.len() > 3
                        && own.iter().any(|k| code.starts_with(k.as_str()))
                        && matches!(&code[3..], "MIL" | "COP" | "GOV");
                    (town && own.iter().any(|k| k == code)) || (own_force && !retreat)
                })
            };
            if targets.iter().any(own_place) {
                targets.retain(|t| !own_place(t));
                if targets.is_empty() {
                    target = None;
                }
            }
        }
        let mutual_pair = p.mutual && sources.iter().filter(|s| coded(s)).count() >= 2;
        if p.need_target && !mutual_pair && !targets.iter().any(coded) {
            return;
        }
        let targets = if targets.is_empty() {
            vec![None]
        } else {
            // places of one country listed together ("in Texas and Arizona") are one target
            let mut seen: Vec<String> = Vec::new();
            targets
                .into_iter()
                .filter(|t| match t.as_ref().and_then(|a| a.actor.code.clone()) {
                    Some(c) if seen.contains(&c) => false,
                    Some(c) => {
                        seen.push(c);
                        true
                    }
                    None => true,
                })
                .collect()
        };

        // modality, negation, intent
        let mut code = p.code.clone();
        // "warned that hospitals were on the verge of collapse": a warning of what is, with
        // nothing anyone would do, is a pessimistic comment (012), not a threat
        if p.code == "130" && self.lemmas[v] == "warn" {
            // "the reservoir could be empty by October, the minister warned": a forecast
            // about no party is a pessimistic comment, whatever its tense (the report may
            // come before its frame)
            let said = self.kid(v, "ccomp").or_else(|| {
                self.head(v)
                    .filter(|&h| h < v && self.rel(v) == "parataxis")
            });
            let about_nobody = targets.iter().all(|t| t.is_none())
                && said.and_then(|c| self.kid(c, "nsubj")).is_some_and(|s| {
                    // (an attack is a party's: "any attack on its terminals would be
                    // answered")
                    !self.is_pronoun(s)
                        && self.upos(s) == "NOUN"
                        && self.mention_at[s].is_none()
                        && self.role_of(s).is_none()
                        && !ACT_NOUNS.contains(&self.lemmas[s].as_str())
                });
            if about_nobody {
                code = "012".into();
            }
            if let Some(c) = self.kid(v, "ccomp") {
                let clause = self.subtree(c, |_, _| false);
                let future = clause.iter().any(|&t| {
                    matches!(
                        self.lower[t].as_str(),
                        "would"
                            | "will"
                            | "could"
                            | "may"
                            | "might"
                            | "can"
                            | "'ll"
                            | "if"
                            | "unless"
                            | "otherwise"
                    )
                });
                if !future {
                    code = "012".into();
                }
            }
        }
        let negated = self.negated(v)
            || self.head(v).is_some_and(|h| {
                self.base_rel(v) == "xcomp" && self.negated(h) && self.controller(v).is_some()
            });
        // ("would start patrolling with New Zealand police": the modal of the verb of aspect)
        let modal = self.modal(v).or_else(|| {
            self.head(v)
                .filter(|&h| {
                    self.base_rel(v) == "xcomp" && ASPECT_VERBS.contains(&self.lemmas[h].as_str())
                })
                .and_then(|h| self.modal(h))
        });
        // "began collecting", "continued to shell": aspect, not intent; the act happens
        let control = self
            .controller(v)
            .filter(|&c| {
                // "decided to lift the sanctions": a decision taken is the act
                let decided = matches!(
                    self.lemmas[c].as_str(),
                    "decide" | "vote" | "opt" | "choose"
                ) && matches!(self.xpos(c), "VBD" | "VBN" | "VBZ")
                    && self.modal(c).is_none();
                // "had to flee" happened; "would have to eliminate" has not
                let obliged_later = self.lemmas[c] == "have" && self.modal(c).is_some();
                !decided
                    && (obliged_later
                        || !(ASPECT_VERBS.contains(&self.lemmas[c].as_str())
                            || self.lemmas[c] == "have"))
            })
            .or_else(|| self.intended_purpose(v));
        // "if it continued to arm Taiwan": the condition's mark may sit on the controlling verb
        // (also read as a noun's infinitive: "if its parliament votes/NNS to recognise")
        let conditional = std::iter::successors(Some(v), |&x| {
            (self.base_rel(x) == "xcomp"
                || (self.base_rel(x) == "acl"
                    && self.kids(x, "mark").any(|m| self.lower[m] == "to")))
            .then(|| self.head(x))
            .flatten()
        })
        .take(3)
        .any(|x| {
            // (any of its marks: "on *whether* to close the embassy")
            self.kids(x, "mark")
                .any(|mk| matches!(self.lower[mk].as_str(), "if" | "unless" | "whether"))
        })
            // "will not ease sanctions until Caracas frees political prisoners": what must
            // happen first under a refused or future act has not happened
            // (and "must reach an agreement ... before assistance is released")
            || (self.base_rel(v) == "advcl"
                && self
                    .kid(v, "mark")
                    .is_some_and(|mk| matches!(self.lower[mk].as_str(), "until" | "unless" | "before"))
                && self.head(v).is_some_and(|h| {
                    self.negated(h)
                        || self.kids(h, "aux").any(|a| {
                            FUTURE_MODALS.contains(&self.lower[a].as_str())
                                || matches!(self.lower[a].as_str(), "must" | "should")
                        })
                }))
            // "to shut down *any* media outlet that criticised the government": what a
            // clause on "any" noun tells is a case, not an act
            || (self.rel(v) == "acl:relcl"
                && self
                    .head(v)
                    .is_some_and(|n| self.kids(n, "det").any(|d| self.lower[d] == "any")))
            // "was withholding it until a democratically-elected government takes over":
            // what is awaited, in the present tense, has not happened
            || (self.base_rel(v) == "advcl"
                && self
                    .kid(v, "mark")
                    .is_some_and(|mk| matches!(self.lower[mk].as_str(), "until" | "unless"))
                && std::iter::once(v)
                    .chain(self.kids(v, "aux").chain(self.kids(v, "aux:pass")))
                    .any(|t| matches!(self.xpos(t), "VBZ" | "VBP")));
        // "gave Hezbollah until the end of the year to hand over its weapons", "gave the
        // diplomats 48 hours to leave": what a deadline asks for has not happened
        // (the time read as an oblique too, "gave trawler owners [a week] to move their
        // vessels", and what the deadline threatens after "or": "or see them seized")
        let asked_by_deadline = |x: usize| {
            matches!(self.base_rel(x), "advcl" | "xcomp")
                && self.kids(x, "mark").any(|m| self.lower[m] == "to")
                && self.head(x).is_some_and(|h| {
                    self.obliques(h).any(|o| {
                        self.case_of(o) == Some("until")
                            || (self.case_of(o).is_none()
                                && matches!(
                                    self.lemmas[o].as_str(),
                                    "hour" | "day" | "week" | "month"
                                ))
                    }) || self.kids(h, "obj").chain(self.kids(h, "iobj")).any(|o| {
                        matches!(
                            self.lemmas[o].as_str(),
                            "deadline" | "ultimatum" | "hour" | "day" | "week" | "month"
                        )
                    })
                })
        };
        let deadline = std::iter::successors(Some(v), |&x| {
            matches!(self.base_rel(x), "conj" | "xcomp" | "ccomp")
                .then(|| self.head(x))
                .flatten()
        })
        .take(4)
        .any(asked_by_deadline);
        // "Erdogan travels to Kyrgyzstan next month": a present tense dated after the report
        // is a timetable, not an act
        let scheduled = modal.is_none()
            && control.is_none()
            && matches!(self.xpos(v), "VBZ" | "VBP")
            && self.reference.is_some_and(|r| {
                // (by a time that names the future or a date, not a weekday the present
                // tense itself sent forward: "a war crimes *probe* on Saturday" misread as a
                // verb)
                let clause = self.clause_tokens(v);
                clause.iter().any(|&t| {
                    self.in_timex[t]
                        && (matches!(
                            self.lower[t].as_str(),
                            "next" | "tomorrow" | "coming" | "later"
                        ) || dates::month(&self.lower[t]).is_some())
                }) && dates::clause_date(self, &clause)
                    .0
                    .is_some_and(|d| d.as_str() > r.format("%Y-%m-%d").to_string().as_str())
            });
        let mut hypothetical = modal.is_some()
            || control.is_some()
            || conditional
            || deadline
            || scheduled
            || self.imperative(v);
        let root: String = code[..2].to_string();
        let future = scheduled
            || modal.is_some_and(|m| FUTURE_MODALS.contains(&m))
            || control.is_some_and(|c| INTENTION_WORDS.contains(&self.lemmas[c].as_str()));
        let counterfactual =
            modal.is_some() && self.kids(v, "aux").any(|a| self.lemmas[a] == "have");
        let mut negated_out = negated;
        // "the Russian side was unwilling to hand over Assad": a stated unwillingness to
        // cooperate is a refusal
        let unwilling = control.is_some_and(|c| {
            matches!(
                self.lower[c].as_str(),
                "unwilling" | "reluctant" | "loath" | "loth"
            )
        });
        // (a meeting or visit that did not take place is no refusal to meet: "did not meet
        // in Istanbul as planned"; "will not meet" is)
        let missed_meeting = root == "04" && !future && !unwilling;
        // "No prisoners have been exchanged", "Neither side has released ...": what nobody
        // did did not happen, and nobody refused it
        let denied_party = self
            .kids(v, "nsubj")
            .chain(self.kids(v, "nsubj:pass"))
            .any(|s| self.denies_itself(s));
        // ("are not scheduled to hold talks": no talks planned, and no refusal)
        let timetabled =
            control.is_some_and(|c| matches!(self.lemmas[c].as_str(), "schedule" | "due"));
        if ((negated && !self.not_asserted(v)) || unwilling)
            && !missed_meeting
            && !denied_party
            && !timetabled
        {
            let rej = refusal_of(&code);
            if let Some(r) = rej {
                // "did not accept the offer" refused it; "did not sign the statement",
                // "has not reopened its border" only did not happen
                let answer = matches!(
                    self.lemmas[v].as_str(),
                    "accept" | "approve" | "grant" | "heed" | "comply" | "ratify" | "endorse"
                ) || self
                    .kids(v, "obj")
                    .any(|o| self.kids(o, "det").any(|d| self.lower[d] == "no"));
                if (!hypothetical && answer) || future || unwilling {
                    code = r.to_string();
                    negated_out = false;
                    hypothetical = false;
                }
            }
        } else if hypothetical
            && !conditional
            // (what a deadline threatens is the ultimatum's content: "or see them seized")
            && !deadline
            // (what would have happened did not: "a bill that would have allowed pharmacies
            // to sell cannabis")
            && !counterfactual
            // (a capability is no threat: "hackers capable of launching attacks")
            && !control.is_some_and(|c| matches!(self.lemmas[c].as_str(), "capable" | "incapable"))
            // (nor is an option weighed: "is looking at banning phones" is 014, no threat)
            && !control.is_some_and(|c| {
                matches!(
                    self.lemmas[c].as_str(),
                    "consider" | "weigh" | "mull" | "look" | "think"
                )
            })
            && (future || matches!(root.as_str(), "14" | "16" | "17" | "18" | "19" | "20"))
            // "If the talks fail, Serbia could recall its ambassador": a possibility nobody
            // is reported as stating is no threat
            && !(modal.is_some_and(|m| matches!(m, "could" | "might" | "may"))
                && control.is_none()
                && self.speech_verb(v).is_none())
        {
            // "announced it would prohibit all aid": a sanction announced as decided is the
            // sanction, not a threat (one announced with a condition is: "... unless X")
            let condition = self.conditional(v);
            let announced = root == "16"
                && control.is_none()
                && !condition
                && self
                    .speech_verb(v)
                    .is_some_and(|sv| matches!(self.lemmas[sv].as_str(), "announce" | "decide"));
            // "The Macedonian army prepared to resume shelling", "Russia is preparing to
            // invade": preparing force is a show of force (150), not a threat
            // (not "is prepared to strike": a stated readiness)
            let preparing = control.is_some_and(|c| {
                self.lemmas[c] == "prepare"
                    && matches!(self.xpos(c), "VBD" | "VBZ" | "VBP" | "VBG" | "VBN")
                    && !self.children[c].iter().any(|&k| {
                        matches!(self.rel(k), "cop" | "aux:pass")
                            || (self.rel(k) == "aux"
                                && self.lemmas[k] == "be"
                                && self.xpos(c) == "VBN")
                    })
            }) && matches!(root.as_str(), "18" | "19" | "20");
            if announced {
                hypothetical = false;
            } else if preparing {
                code = "150".to_string();
                hypothetical = false;
            } else if let Some(i) = intent_of(&code) {
                code = i.to_string();
                hypothetical = false;
            } else if root == "03"
                && future
                && self.speech_verb(v).is_some()
                && !condition
                // (not "... before the administration would agree to a meeting")
                && self.base_rel(v) != "advcl"
                && self.subject(v, 0).is_some()
            {
                // "said they would accept Qatar's mediation": the code is already the
                // intent, and stating it happened
                hypothetical = false;
            }
        }
        // "an attempt to assassinate the governor was thwarted": the attempt happened (185)
        if !negated
            && control.is_some_and(|c| {
                matches!(self.lemmas[c].as_str(), "attempt" | "try" | "bid" | "plot")
            })
            && matches!(self.lemmas[v].as_str(), "assassinate" | "kill" | "murder")
        {
            code = "185".into();
            hypothetical = false;
        }
        // "threatened to impose a curfew", "refused to lift the curfew", "promised to send
        // aid": a threat, refusal or promise is as specific as the act it names, when the
        // dictionary codes that act
        // (an intent's infinitive, whether or not its pattern asked for one: "vowed to take
        // resolute countermeasures")
        let xcomp = m
            .xcomp
            .or_else(|| self.kid(v, "xcomp").filter(|_| code_root(&code) == "03"));
        if let Some(x) = xcomp {
            if let Some((xp, _)) = self.best_pattern(x) {
                let refined = match code_root(&code).as_str() {
                    "13" => intent_of(&xp.code).filter(|c| c.starts_with("13")),
                    "12" => refusal_of(&xp.code),
                    // (a vow to take countermeasures is the threat itself)
                    "03" => intent_of(&xp.code)
                        .filter(|c| c.starts_with("03"))
                        .or_else(|| xp.code.starts_with("13").then_some(xp.code.as_str())),
                    _ => None,
                };
                // the act's own pattern saw its object: it knows best
                // (or a threat where an intent was coded, however general)
                if let Some(r) = refined.filter(|r| {
                    (r.len() >= code.len() && r.len() >= 3 && !r.ends_with('0'))
                        || code_root(r) != code_root(&code)
                }) {
                    code = r.to_string();
                }
            }
        }
        // "Boko Haram fighters killed at least 60 villagers": a killing of civilians by no
        // state's force is an assault on them (1823), not military force (190)
        if code == "190" && p.verbs.iter().any(|w| w == "kill") && p.specificity() == 0 {
            let unarmed = |a: &Arg| {
                a.actor
                    .code
                    .as_deref()
                    .is_some_and(|c| c.starts_with("NGO"))
                    || matches!(
                        role_of_arg(a),
                        "CVL"
                            | "REF"
                            | "HLH"
                            | "EDU"
                            | "REL"
                            | "JRN"
                            | "MED"
                            | "LAB"
                            | "AGR"
                            | "NGO"
                            | "BUS"
                    )
            };
            let stateless = sources.iter().flatten().all(|a| {
                a.actor
                    .code
                    .as_deref()
                    .is_some_and(|c| c.starts_with("IMG"))
                    || matches!(
                        role_of_arg(a),
                        "REB" | "INS" | "UAF" | "CRM" | "OPP" | "CVL"
                    )
                    || a.actor.code.is_none()
            });
            let victims: Vec<&Arg> = targets
                .iter()
                .flatten()
                .filter(|a| a.actor.code.is_some())
                .collect();
            if stateless && !victims.is_empty() && victims.iter().all(|a| unarmed(a)) {
                code = "1823".into();
            }
        }
        // "warned that shrinking glaciers would cut the kingdom's exports": a warning of what
        // no party will do is a pessimistic comment (012), not a threat
        if self.lemmas[v] == "warn" && code.starts_with("13") {
            let clause = m.xcomp.or_else(|| self.kid(v, "ccomp"));
            let subject = clause.and_then(|c| {
                self.kid(c, "nsubj")
                    .or_else(|| self.kid(c, "nsubj:pass"))
                    .or_else(|| self.kid(c, "expl"))
            });
            // (not a threat in disguise: "warned that 'all hell' would break out *if* the
            // group refused", "any attack would *be answered* with strikes")
            let veiled = clause.is_some_and(|c| {
                self.kid(c, "nsubj:pass").is_some()
                    || self
                        .subtree(c, |_, _| false)
                        .iter()
                        .any(|&t| matches!(self.lower[t].as_str(), "if" | "unless" | "otherwise"))
            });
            if let Some(s) = subject.filter(|_| !veiled) {
                let party = self.actor(s).is_some_and(|a| a.actor.code.is_some())
                    || self.deep_actor(s).is_some()
                    || self.is_pronoun(s)
                    || self.role_of(s).is_some()
                    || self.mention_at[s].is_some();
                if !party {
                    code = "012".into();
                }
            }
        }
        // "Gunmen killed a congressional candidate", "An attacker fired several shots at the
        // governor's car": gunmen, attackers, assailants and gangs named by no group or
        // state assault (kill: 1823; other force: 180), whoever the victim; fighters of a
        // named group or a state's forces fight (19)
        if matches!(code.as_str(), "190" | "193") && p.specificity() <= 1 {
            let lone = |a: &Arg| {
                let name = a.actor.name.to_lowercase();
                let role = role_of_arg(a);
                role == "CRM"
                    || (matches!(role, "INS" | "")
                        && name.split_whitespace().last().is_some_and(|w| {
                            matches!(
                                w,
                                "gunman"
                                    | "gunmen"
                                    | "attacker"
                                    | "attackers"
                                    | "assailant"
                                    | "assailants"
                                    | "men"
                                    | "man"
                                    | "killer"
                                    | "killers"
                                    | "shooter"
                            )
                        }))
            };
            if all_sources(&sources, lone) {
                code = if p.verbs.iter().any(|w| w == "kill") {
                    "1823".into()
                } else {
                    "180".into()
                };
            }
        }
        // "Armed men dragged a municipal councillor from his car", "rebels detained two
        // journalists": people seized by no state are abducted (181), not arrested
        if code.starts_with("173")
            && all_sources(&sources, |a| armed_group(a) || role_of_arg(a) == "CRM")
        {
            code = "181".into();
        }
        // "A man threw a grenade at the convoy", "Men in plain clothes attacked an
        // opposition lawmaker": force used by private people is an assault (180), not
        // military force
        if matches!(code.as_str(), "190" | "193")
            && sources.iter().flatten().next().is_some()
            && sources.iter().flatten().all(|a| {
                a.actor
                    .code
                    .as_deref()
                    .is_some_and(|c| c.get(3..6) == Some("CVL"))
            })
        {
            code = "180".into();
        }
        if code == "195" || code == "183" {
            let role = sources
                .iter()
                .flatten()
                .find_map(|a| a.actor.code.clone())
                .map(|c| c.get(3..6).unwrap_or("").to_string());
            match role.as_deref() {
                Some("MIL") if code == "183" && m.key == "bomb" => code = "195".into(),
                Some("REB" | "INS" | "UAF" | "CRM") if code == "195" && m.key == "bomb" => {
                    code = "183".into()
                }
                _ => {}
            }
        }
        // "would not comment": the refusal is the event
        if p.need_refusal {
            negated_out = false;
            hypothetical = false;
        }
        let info = codebook::info(&code);

        // date: a statement is dated by its own clause, then by the verb that reports it.
        let mut clause = self.clause_tokens(v);
        if let Some(x) = m.xcomp {
            clause.extend(self.clause_tokens(x));
        }
        let speech = self.speech_verb(v);
        let (mut date, mut date_text) = dates::clause_date(self, &clause);
        // an act its own clause dates more than a year before the story ("seized the
        // territories in the 1967 war") is history the story recalls, not its news
        // (only a verb in the past: "is seeking ... in 2010" is a parse that hung the year on
        // the wrong verb)
        let past = self.xpos(v) == "VBD"
            || (self.xpos(v) == "VBN"
                && self
                    .kids(v, "aux")
                    .chain(self.kids(v, "aux:pass"))
                    .any(|a| matches!(self.lower[a].as_str(), "had" | "was" | "were")))
            // a participle on a noun ("three men killed by colonial troops in 1897")
            || (self.xpos(v) == "VBN" && self.base_rel(v) == "acl");
        if let (true, Some(d), Some(r)) = (past, dates::verb_timex_value(self, v), self.reference) {
            let day = match d.len() {
                4 => format!("{d}-12-31"),
                7 => format!("{d}-28"),
                _ => d.to_string(),
            };
            if chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d")
                .is_ok_and(|d| (r - d).num_days() > 366)
            {
                return;
            }
        }
        // "a July 10 meeting when Sondland told visiting Ukraine officials ...": a guest's
        // visit is dated by the clause of the verb whose object the guest is
        let dated = match m.visit {
            Some(_) if self.base_rel(v) == "amod" => self
                .head(v)
                .and_then(|g| self.head(g))
                .filter(|&g| self.is_verbal(g))
                .unwrap_or(v),
            _ => v,
        };
        if date.is_none() && dated != v {
            (date, date_text) = dates::clause_date(self, &self.clause_tokens(dated));
        }
        if date.is_none() {
            (date, date_text) = self.offset_date(v);
        }
        if date.is_none() {
            (date, date_text) = self.when_date(dated);
        }
        if date.is_none() {
            (date, date_text) = self.relative_clause_date(dated);
        }
        if date.is_none() {
            // "..., calling their presence a declaration of war": the day of the report it
            // goes with
            let reporter = self.reporters_verb(v);
            if let Some(s) = speech.or(reporter) {
                let (d, t) = dates::clause_date(self, &self.clause_tokens(s));
                date = d;
                date_text = t;
            }
        }
        if date.is_none() {
            (date, date_text) = self.neighbour_clause_date(v, &code);
        }
        // the reference is the publication date; only a reference the time stage inferred
        // from the text would make a reference-dated event's date inferred.
        // dated against an inferred reference (no publication date)
        let date_inferred = self.reference_inferred;
        let mut planned_date = None;
        if code.starts_with("03") || code.starts_with("13") || hypothetical {
            // a plan dated in the future: the statement is dated by the report.
            if let (Some(d), Some(r)) = (&date, self.reference) {
                if d.as_str() > r.format("%Y-%m-%d").to_string().as_str() {
                    planned_date = Some(d.clone());
                    date = None;
                    date_text = None;
                }
            }
        }
        // (a plan the report dates: "will travel to Ghana in July, the foreign ministry said
        // on Monday")
        if date.is_none() && planned_date.is_some() {
            // ("his officers would start patrolling next month, the commissioner said on
            // Thursday": the day of the report)
            if let Some(s) = speech.or_else(|| self.reporters_verb(v)) {
                (date, date_text) = dates::clause_date(self, &self.clause_tokens(s));
            }
        }
        if date.is_none() && planned_date.is_some() {
            (date, date_text) = self.neighbour_clause_date(v, &code);
        }
        let date = date.or_else(|| self.default_date(v));
        let location = self.location(v, obj, target.as_ref().map(|t| t.0));

        let frame = {
            let mut f = String::new();
            f.push_str(if self.passive(v) { "agent" } else { "nsubj" });
            if let Some(x) = m.xcomp {
                f.push_str(&format!("-xcomp:{}", self.verb_keys(x)[0]));
            }
            if let Some(n) = m.noun {
                f.push_str(&format!("-obj:{}", self.lemmas[n]));
            }
            if let Some((_, slot)) = &target {
                f.push('-');
                f.push_str(slot);
            }
            f
        };
        let rule = format!("{}:{}:{}", m.key, p.code, frame);

        let mut pairs: Vec<(Option<Arg>, Option<Arg>, String, String)> = Vec::new();
        let srcs_n = sources.iter().filter(|s| s.is_some()).count();
        let cooperative = matches!(&code[..2], "03" | "04" | "05" | "06");
        // "Johnson and Corbyn attacked each other's policies"
        let reciprocal = {
            let mut toks = self.clause_tokens(v);
            toks.extend(obj.map(|o| self.phrase(o)).unwrap_or_default());
            toks.iter().any(|&t| {
                t > 0
                    && matches!(
                        (self.lower[t - 1].as_str(), self.lower[t].as_str()),
                        ("each", "other") | ("one", "another")
                    )
            })
            // "each accused the other"
            || obj.is_some_and(|o| self.lower[o] == "other")
                && self.subject(v, 0).is_some_and(|s| {
                    self.lower[s] == "each" || self.kids(s, "det").any(|d| self.lower[d] == "each")
                })
        };
        let no_target = !targets
            .iter()
            .any(|t| t.as_ref().is_some_and(|a| a.actor.code.is_some()));
        // "Britain and France agreed to a pilot scheme ... sent back to France", "Belize and
        // Honduras agreed to take their quarrel to the ICJ": what two sides of a mutual act
        // agree "to" is no party; they are each other's
        let beside_the_point = p.mutual
            && target.as_ref().is_some_and(|(_, slot)| {
                !(matches!(slot.as_str(), "obj" | "iobj")
                    || slot.ends_with("with")
                    || slot.ends_with("between"))
            });
        if ((p.mutual || cooperative) && (no_target || beside_the_point) || reciprocal)
            && srcs_n >= 2
        {
            let s: Vec<Arg> = sources.iter().flatten().cloned().collect();
            for a in &s {
                for b in &s {
                    // two parties, also when they share one phrase ("Israeli and
                    // Palestinian negotiators")
                    // (not a country and its own government: "Hungarian and Romanian
                    // officials" read as Hungary, Hungary's officials and Romania's)
                    // (nor one person the parser split in two: "Croatian Prime Minister
                    // | Andrej Plenkovic")
                    let itself = country_of(a) == country_of(b)
                        && (bare_country(a)
                            || bare_country(b)
                            || (a.actor.code == b.actor.code
                                && (a.hi + 1 == b.lo || b.hi + 1 == a.lo)));
                    if (a.actor.name != b.actor.name || a.actor.code != b.actor.code) && !itself {
                        pairs.push((Some(a.clone()), Some(b.clone()), code.clone(), rule.clone()));
                    }
                }
            }
        } else {
            for s in &sources {
                for t in &targets {
                    pairs.push((s.clone(), t.clone(), code.clone(), rule.clone()));
                    if let (Some(pc), false) = (&p.pair, hypothetical || negated_out) {
                        if code == p.code {
                            if let Some(t) = t {
                                pairs.push((
                                    Some(t.clone()),
                                    s.clone(),
                                    pc.clone(),
                                    format!("{}:{}:{}-pair", m.key, pc, frame),
                                ));
                            }
                        }
                    }
                }
            }
        }

        // "Islamic State's Sahel branch said its fighters had killed 16 soldiers",
        // "Karenni resistance fighters overran a battalion headquarters, the group said": an
        // armed group reporting its own attack claims it (015) besides doing it
        if matches!(code_root(&code).as_str(), "18" | "19" | "20") && !hypothetical && !negated_out
        {
            if let Some(claimant) = self.claimant(v, &sources) {
                pairs.push((Some(claimant), None, "015".into(), format!("{rule}-claim")));
            }
        }
        // troops arriving are no visit: peacekeepers are a deployment (074, and 0861 for
        // the host), other forces nothing this dictionary codes as a visit
        let troops = (p.code == "042")
            .then_some(subj)
            .flatten()
            .map(|h| self.phrase(h))
            .filter(|toks| {
                toks.iter().any(|&t| {
                    matches!(
                        self.lemmas[t].as_str(),
                        "troop"
                            | "soldier"
                            | "peacekeeper"
                            | "contingent"
                            | "battalion"
                            | "brigade"
                            | "deployment"
                            | "force"
                    )
                })
            });
        // peacekeepers by name, or troops come "to join the peacekeeping mission"
        let purpose: Vec<usize> = self.children[v]
            .iter()
            .copied()
            .filter(|&c| {
                matches!(self.base_rel(c), "advcl" | "xcomp")
                    && self.kids(c, "mark").any(|m| self.lower[m] == "to")
            })
            .flat_map(|c| self.subtree(c, |_, _| false))
            .collect();
        // (or troops come to protect, guard or support: "Rwandan troops arrived in the Central
        // African Republic to protect the president")
        let protecting = self.children[v].iter().any(|&c| {
            matches!(self.base_rel(c), "advcl" | "xcomp")
                && self.kids(c, "mark").any(|m| self.lower[m] == "to")
                && matches!(
                    self.lemmas[c].as_str(),
                    "protect"
                        | "guard"
                        | "secure"
                        | "support"
                        | "help"
                        | "assist"
                        | "bolster"
                        | "reinforce"
                        | "defend"
                )
        });
        let peacekeepers = troops.as_ref().map(|toks| {
            protecting
                || toks.iter().chain(&purpose).any(|&t| {
                    self.lemmas[t].starts_with("peacekeep")
                        || self.lower[t].starts_with("peacekeep")
                })
        });
        let v_tok = &self.doc.tokens[v];
        for (s, mut t, mut code, rule) in pairs {
            // a state that protests complains officially ("Japan protested to China"); people
            // protesting demonstrate
            let state = s.as_ref().is_some_and(|a| {
                a.actor.code.as_deref().is_some_and(|c| {
                    c.ends_with("GOV") || c.ends_with("MIL")
                        // a country by name, not a people ("Nigerians")
                        || (c.len() == 3 && a.actor.entity.as_deref() == Some(&format!("loc:{c}")))
                })
            });
            if state && &code[..2] == "14" && self.lemmas[v] == "protest" {
                code = "114".into();
            }
            // the forces' side of a riot ("youths and soldiers clashed") repress it
            let forces = s.as_ref().is_some_and(|a| {
                a.actor
                    .code
                    .as_deref()
                    // (a role with no country named: "soldiers")
                    .is_some_and(|c| matches!(c.get(3..6).unwrap_or(c), "MIL" | "COP"))
            });
            if forces && code == "145" {
                code = "175".into();
            }
            match (peacekeepers, code.as_str()) {
                (Some(true), "042") => code = "074".into(),
                (Some(true), "043") => code = "0861".into(),
                (Some(false), "042" | "043") => continue,
                _ => {}
            }
            if let (Some(a), Some(b)) = (&s, &t.clone()) {
                // a target that resolves to the source itself ("police ... threatened to use
                // live ammunition on them" with "them" read as the police) is no target
                // (the two sides of one phrase, "Russian and Ukrainian delegations", share
                // the phrase's entity but not its country; "Zambia's opposition leader" and
                // "it", the ruling party, share their country's entity but not their role)
                if a.actor.entity.is_some()
                    && a.actor.entity == b.actor.entity
                    && country_of(a) == country_of(b)
                    && (a.actor.code == b.actor.code
                        || a.actor.code.as_ref().is_none_or(|c| c.len() <= 3)
                        || b.actor.code.as_ref().is_none_or(|c| c.len() <= 3))
                {
                    t = None;
                }
                // a country acting on itself ("Saudi Arabia hosted talks ... in Riyadh"); but
                // force used inside one's own country ("Iraqi jets struck Mosul") is still
                // an act: the place is where, not whom
                if a.actor.code.is_some()
                    && a.actor.code == b.actor.code
                    && a.actor.code.as_ref().is_some_and(|c| c.len() == 3)
                {
                    let place = b
                        .actor
                        .entity
                        .as_deref()
                        .is_some_and(|e| e.starts_with("loc:"));
                    if place && &code[..2] == "14" {
                        // protesters in their own country protest against its government
                        t = self.government_of(a.actor.code.as_deref().unwrap_or(""), v);
                    } else if place && matches!(&code[..2], "15" | "17" | "18" | "19" | "20") {
                        t = None;
                    } else {
                        continue;
                    }
                }
            }
            let info = if code == p.code || Some(&code) == p.pair.as_ref() {
                codebook::info(&code)
            } else {
                codebook::info(&code).or(info)
            };
            let (mut lo, mut hi) = (v_tok.span.start, v_tok.span.end);
            for a in s.iter().chain(t.iter()) {
                lo = lo.min(self.doc.tokens[a.lo].span.start);
                hi = hi.max(self.doc.tokens[a.hi].span.end);
            }
            let target_tok = target.as_ref().map(|t| t.0);
            for x in [m.noun, m.xcomp, m.obl, obj, target_tok]
                .into_iter()
                .flatten()
            {
                for y in self.phrase(x) {
                    lo = lo.min(self.doc.tokens[y].span.start);
                    hi = hi.max(self.doc.tokens[y].span.end);
                }
            }
            let src_code = s.as_ref().and_then(|a| a.actor.code.clone());
            let tgt_code = t.as_ref().and_then(|a| a.actor.code.clone());
            // with no actor at all, only violence and force are worth reporting ("three
            // people were killed"); a statement or a meeting of nobody is noise.
            // an agentless act in a subordinate clause is background ("the province, where
            // 28 people have been killed this year")
            // (also one reported inside a relative clause: "air raids in which, it said, 20
            // people were killed")
            let in_relative = || {
                let mut x = v;
                (0..4).any(|_| {
                    let r = self.rel(x) == "acl:relcl";
                    x = self.head(x).unwrap_or(x);
                    r
                })
            };
            if s.is_none()
                && self.passive(v)
                && (matches!(self.base_rel(v), "acl" | "advcl") || in_relative())
            {
                continue;
            }
            let named = |a: &Option<Arg>| {
                a.as_ref().is_some_and(|a| {
                    a.actor.code.is_some() || a.actor.entity.is_some() || !a.actor.name.is_empty()
                })
            };
            if !named(&s)
                && !named(&t)
                && src_code.is_none()
                && tgt_code.is_none()
                && !matches!(&code[..2], "14" | "15" | "17" | "18" | "19" | "20")
            {
                continue;
            }
            let mut confidence: f64 = 0.85;
            if src_code.is_none() {
                confidence -= 0.25;
            }
            if hypothetical {
                confidence -= 0.2;
            }
            if negated_out {
                confidence -= 0.1;
            }
            let root = code[..2].to_string();
            out.push(Event {
                source: s.map(|a| a.actor).unwrap_or(Actor {
                    entity: None,
                    name: String::new(),
                    code: None,
                }),
                target: t.map(|a| a.actor),
                label: info.map(|i| i.label.clone()).unwrap_or_default(),
                goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
                quad_class: info
                    .map(|i| i.quad_class)
                    .unwrap_or_else(|| codebook::quad_of_root(&root)),
                root_code: root,
                code,
                date: date.clone(),
                date_text: date_text.clone(),
                date_inferred,
                planned_date: planned_date.clone(),
                location: location.clone(),
                evidence: Span::new(lo, hi),
                rule,
                negated: negated_out,
                hypothetical,
                confidence: confidence.clamp(0.05, 0.99),
            });
        }
    }
}

/// The dependents a pattern's constraints matched.
/// Nouns of quantity and part whose "of" phrase is the real object ("700 kg of medicine").
/// Only events whose doer is known, as PETRARCH codes them: an appeal, a visit or a
/// release by nobody the coder can name is no fact to count (every PLOVER and wire gold
/// event has a source). Protests, coercion and violence stay with an unknown doer ("two
/// soldiers were killed", "activists were arrested"): the act is the news.
fn with_a_doer(events: Vec<Event>) -> Vec<Event> {
    events
        .into_iter()
        .filter(|e| {
            e.source.code.is_some()
                || matches!(e.root_code.as_str(), "14" | "17" | "18" | "19" | "20")
        })
        .collect()
}

/// The three-letter countries of coded parties, in order ("RUSGOV" → "RUS").
fn countries_of(args: &[Option<Arg>]) -> Vec<String> {
    args.iter()
        .flatten()
        .filter_map(|a| Some(a.actor.code.as_deref()?.get(..3)?.to_string()))
        .collect()
}

/// Roots whose acts, when no party is named, fall on the actor's own country: an
/// investigation, a reproach, a rejection, a threat or an arrest with no named party is
/// aimed at home ("Police arrested 14 people", "the district refused a permit for the
/// new mosque"). Not statements, appeals, intents, meetings, concessions, shows of force
/// or violence: PLOVER and CASE 2021 leave those without a target (promises,
/// resignations, retreats, attacks by unnamed gunmen).
const DOMESTIC_ROOTS: &[&str] = &["09", "11", "12", "13", "17"];

const PARTITIVES: &[&str] = &[
    "ton",
    "tonne",
    "kg",
    "kilogram",
    "kilo",
    "pound",
    "litre",
    "liter",
    "barrel",
    "worth",
    "part",
    "some",
    "shipment",
    "consignment",
    "batch",
    "dose",
    "load",
    "truckload",
    "convoy",
    "package",
    "amount",
    "quantity",
    "number",
    "lot",
    "supply",
    "million",
    "billion",
    "thousand",
    "hundred",
    "dozen",
    "portion",
    "share",
    // "after weeks of street protests": a stretch of time names what filled it
    "hour",
    "day",
    "week",
    "month",
    "year",
    "round",
    "wave",
    "series",
    // "sent messages of sympathy", "a letter of protest": a carrier names its content
    "message",
    "letter",
    "note",
    "word",
    "expression",
];

/// Verbs of ordering: their object is told to do what their infinitive says, which is a
/// demand, not an act ("told Kyiv to withdraw its troops").
/// What a legislature, a ruler or a court makes, whose provisions are its maker's acts
/// ("passed a law restricting foreign funding").
const LAW_NOUNS: &[&str] = &[
    "law",
    "bill",
    "legislation",
    "amendment",
    "regulation",
    "directive",
    "order",
    "ordinance",
    "ruling",
    "verdict",
];

const DIRECTIVES: &[&str] = &["order", "tell", "instruct", "direct", "command", "require"];

/// Verbs that ask a party to act without saying it did ("urged Iran to release", "challenged
/// Kyiv to hold talks"); "forced", "helped" or "persuaded" a party to act say it did.
const ASKED_TO: &[&str] = &[
    "ask",
    "urge",
    "press",
    "pressure",
    "push",
    "request",
    "invite",
    "encourage",
    "expect",
    "want",
    "need",
    "appeal",
    "beg",
    "implore",
    "warn",
    "advise",
    "challenge",
    "call",
];

/// Texts that parties make, and that make no event as a subject of their own.
const DOCUMENT_NOUNS: &[&str] = &[
    "agreement",
    "deal",
    "treaty",
    "accord",
    "pact",
    "law",
    "bill",
    "resolution",
    "proposal",
    "decree",
    "regulation",
    "policy",
    "motion",
    "package",
    "framework",
    "declaration",
    "constitution",
    "amendment",
    "legislation",
    "memorandum",
    "charter",
    "protocol",
];

/// Verbs whose subject is the subject of their infinitive ("threatened to block", "agreed to
/// lift"): an infinitive under them is their complement, not a purpose.
const SUBJECT_CONTROL: &[&str] = &[
    "threaten",
    "vow",
    "pledge",
    "promise",
    "agree",
    "refuse",
    "decline",
    "decide",
    "plan",
    "offer",
    "try",
    "seek",
    "attempt",
    "fail",
    "intend",
    "aim",
    "prepare",
    "hope",
    "swear",
    "undertake",
    "resolve",
    "vote",
    "move",
    "want",
    "expect",
    "continue",
];

/// Verbs whose object is the subject of their infinitive ("asked Russia to hand over",
/// "forced the army to withdraw").
pub(crate) const OBJECT_CONTROL: &[&str] = &[
    "ask",
    "urge",
    "tell",
    "order",
    "force",
    "allow",
    "invite",
    "persuade",
    "encourage",
    "want",
    "help",
    "call",
    "press",
    "pressure",
    "request",
    "require",
    "instruct",
    "warn",
    "advise",
    "permit",
    "enable",
    "authorize",
    "authorise",
    "compel",
    "oblige",
    "push",
    "appeal",
    "beg",
    "implore",
    "expect",
    "need",
    "get",
    "convince",
    "lead",
    "cause",
    "prompt",
    "direct",
    "command",
    "challenge",
    "dare",
    "entice",
    "exhort",
    "inspire",
    "motivate",
    "prod",
    "remind",
    "summon",
    "teach",
    "train",
    "trust",
    "nominate",
    "appoint",
    "elect",
    "choose",
    "select",
];

/// The refusal of an act of cooperation, as specific as CAMEO allows ("will not lift the
/// curfew" 1241, "refused aid" 1221).
fn refusal_of(code: &str) -> Option<&'static str> {
    let root = code_root(code);
    match root.as_str() {
        "03" | "05" => Some("120"),
        "04" => Some("125"),
        "06" => Some("121"),
        "07" => Some(match code {
            "071" => "1221",
            "072" => "1222",
            "073" => "1223",
            "074" => "1224",
            _ => "122",
        }),
        "08" => Some(match code {
            "081" | "0811" | "0812" | "0813" | "0814" => "1241",
            "082" => "1242",
            // political reform acceded to, refused: 083x -> 123x
            "0831" => "1231",
            "0832" => "1232",
            "0833" => "1233",
            "0834" => "1234",
            "083" => "123",
            "084" | "0841" | "0842" => "1243",
            "085" => "1244",
            "086" | "0861" | "0862" | "0863" => "1245",
            "087" | "0871" | "0872" | "0873" | "0874" => "1246",
            _ => "124",
        }),
        _ => None,
    }
}

/// The stated intent (03x), threat (13x) or promise an act becomes when it is only planned,
/// threatened or offered, as specific as CAMEO allows.
fn intent_of(code: &str) -> Option<&'static str> {
    let root = code_root(code);
    match root.as_str() {
        // "offered to mediate": the intent to mediate, else to meet or negotiate
        "04" => Some(if code == "045" { "039" } else { "036" }),
        "05" => Some("032"),
        "06" => Some("031"),
        "07" => Some(match code {
            "071" => "0331",
            "072" => "0332",
            "073" => "0333",
            "074" => "0334",
            _ => "033",
        }),
        "08" => Some(match code {
            "0841" | "0842" | "084" => "0353",
            "085" => "0354",
            "081" | "0811" | "0812" | "0813" | "0814" => "0351",
            "082" => "0352",
            "086" | "0861" | "0862" | "0863" => "0355",
            "087" | "0871" | "0872" | "0873" | "0874" => "0356",
            _ => "035",
        }),
        // threats, as specific as the act threatened
        "16" => Some(match code {
            "161" => "1313",
            "162" | "1621" | "1622" | "1623" => "1311",
            "163" => "1312",
            "164" => "134",
            "165" => "135",
            _ => "131",
        }),
        "17" => Some(match code {
            "1721" => "1321",
            "1722" => "1322",
            "1723" => "1323",
            "1724" => "1324",
            _ => "137",
        }),
        "18" => Some("1383"),
        "19" => Some(match code {
            "191" => "1381",
            "192" => "1382",
            _ => "1384",
        }),
        "20" => Some(match code {
            "204" | "2041" | "2042" => "1385",
            _ => "138",
        }),
        "14" => Some("133"),
        _ => None,
    }
}

/// The side an actor speaks or acts for: its country for a state organ (government, army,
/// police, legislature, court, intelligence service, or a bare country code), else its
/// whole code (a country's rebels, opposition or people are sides of their own).
fn side(a: &Actor) -> Option<String> {
    let c = a.code.as_deref()?;
    let state = c.len() == 3
        || matches!(
            c.get(3..6),
            Some("GOV" | "MIL" | "COP" | "SPY" | "LEG" | "JUD")
        );
    Some(if state { c.get(..3)? } else { c }.to_string())
}

fn code_root(code: &str) -> String {
    code.chars().take(2).collect()
}

#[derive(Debug, Clone, Default)]
struct Match {
    key: String,
    noun: Option<usize>,
    xcomp: Option<usize>,
    obl: Option<usize>,
    subj_noun: Option<usize>,
    /// The object matched as compound + noun ("hunger_strike"): more specific.
    compound: bool,
    /// "visiting officials": the visitor and the host, read by `adjectival_visit`.
    visit: Option<(Arg, Option<Arg>)>,
}

#[cfg(test)]
mod pattern_tests;
#[cfg(test)]
mod tests;

/// A country beside its own role-coded party among the same actors ("Senior Hungarian and
/// Romanian officials" parsed as Hungary, Hungary's officials and Romania's) is that party:
/// the bare country goes.
fn without_bare_countries(actors: Vec<Option<Arg>>) -> Vec<Option<Arg>> {
    let codes: Vec<String> = actors
        .iter()
        .flatten()
        .filter_map(|a| a.actor.code.clone())
        .collect();
    actors
        .into_iter()
        .filter(|a| {
            a.as_ref().filter(|a| bare_country(a)).is_none_or(|a| {
                let c = a.actor.code.as_deref().unwrap_or_default();
                !codes.iter().any(|o| o.len() > 3 && o.starts_with(c))
            })
        })
        .collect()
}

/// The events whose flag in `keep` is set.
fn kept(events: Vec<Event>, keep: Vec<bool>) -> Vec<Event> {
    events
        .into_iter()
        .zip(keep)
        .filter_map(|(e, k)| k.then_some(e))
        .collect()
}

/// The role part of an actor's code ("GOV" of "SYRGOV"; empty for a bare country).
fn role_of_arg(a: &Arg) -> &str {
    role_of_actor(&a.actor)
}

/// The role part of an actor's code ("GOV" of "KENGOV").
fn role_of_actor(a: &Actor) -> &str {
    a.code.as_deref().and_then(|c| c.get(3..6)).unwrap_or("")
}

/// An armed group that is no state's force: rebels, insurgents, militias, a militant group.
fn armed_group(a: &Arg) -> bool {
    a.actor
        .code
        .as_deref()
        .is_some_and(|c| c.starts_with("IMG"))
        || matches!(role_of_arg(a), "REB" | "INS" | "UAF")
}

/// Whether there is a source and every source is `f`.
fn all_sources(sources: &[Option<Arg>], f: impl Fn(&Arg) -> bool) -> bool {
    sources.iter().flatten().next().is_some() && sources.iter().flatten().all(f)
}

/// The country part of an actor's code.
/// Gives event `e` another code, with that code's label, Goldstein value and quad class.
fn recode(e: &mut Event, code: &str) {
    let info = codebook::info(code);
    e.code = code.to_string();
    e.root_code = code[..2].to_string();
    e.label = info.map(|i| i.label.clone()).unwrap_or_default();
    e.goldstein = info.map(|i| i.goldstein).unwrap_or(0.0);
    e.quad_class = info.map(|i| i.quad_class).unwrap_or(1);
}

fn country_of(a: &Arg) -> Option<&str> {
    country_of_actor(&a.actor)
}

/// The country part (first three letters) of an actor's code.
fn country_of_actor(a: &Actor) -> Option<&str> {
    a.code.as_deref().and_then(|c| c.get(..3))
}

/// An actor coded by its country alone that is a country, not a person whose role is unknown.
fn bare_country(a: &Arg) -> bool {
    a.actor.code.as_deref().is_some_and(|c| c.len() == 3)
        && !a
            .actor
            .entity
            .as_deref()
            .is_some_and(|e| e.starts_with("per:"))
}
