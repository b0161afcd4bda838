//! Attribution: who said what, according to whom.
//!
//! [`attribute`] fills [`Document::quotes`] with
//! - **direct** quotes: text between quotation marks (straight, curly, guillemets; split by
//!   their attribution; running over paragraphs; single marks nested inside double ones),
//! - **partial** quotes: short quoted fragments inside a reported clause,
//! - **indirect** speech: a communication verb with its reported clause ("X said (that) …",
//!   "X told Y …", "…, X said.", "according to X, …", "As X noted, …"),
//! - one direct quote per embedded social post.
//!
//! Speakers are noun phrases next to a cue verb, read by token patterns (tags, where the
//! backbone ran, only as hints: the parser's `nsubj` of the cue is a fallback, and its
//! subjects give sentence subjects). They resolve to `doc.entities` where a mention is
//! the head of the phrase, else to the phrase's text (a trailing name split from its
//! role). Pronouns and descriptions ("the ministry", "the statement", "his spokesman")
//! go to the nearest compatible earlier speaker or sentence subject, with gender from
//! pronouns, titles and given names. Relayed statements ("Reuters reports that the
//! ministry said …", "…, citing sources", "quoted by Interfax") keep the relays, nearest
//! first, in `via`.
//!
//! Known limits: one speaker per quote (the first of "A and B said"); descriptions that
//! name a person only later ("the real estate agent" … "Sowers") stay descriptions; the
//! reported clause is found by punctuation and conjunction patterns, not by the parse's
//! `ccomp`; a nested quotation finds its own speaker only from a cue or a possessed
//! statement noun inside the outer one.
//!
//! All word lists are data files under `data/`.

mod lex;

use eventwire_model::{Document, EntityType, Quote, QuoteKind, Span};
use lex::{lex, CueClass};

/// Adds the `quotes` layer to a document that has sentences, tokens (with POS and
/// dependencies when the backbone ran) and entities.
pub fn attribute(doc: &mut Document) {
    let quotes = {
        let a = Analysis::new(doc);
        a.run()
    };
    doc.quotes = quotes;
}

// ---------------------------------------------------------------------------------------
// Tokens, quotation regions

#[derive(Debug, Clone)]
struct W {
    s: usize,
    e: usize,
    /// Lower case, with curly apostrophes made straight.
    l: String,
    cap: bool,
    alnum: bool,
    para: usize,
    sent: usize,
    upos: Option<eventwire_model::Label>,
    head: Option<usize>,
    deprel: Option<eventwire_model::Label>,
}

/// A stretch between quotation marks, as token indices.
#[derive(Debug, Clone)]
struct Region {
    open: usize,
    close: Option<usize>,
    /// Content tokens `c0..c1`.
    c0: usize,
    c1: usize,
    nested: bool,
    chain_prev: Option<usize>,
    /// For a nested quotation, the region holding it.
    outer: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Toggle,
}

fn double_mark(t: &str) -> Option<Mark> {
    match t {
        "\"" | "''" => Some(Mark::Toggle),
        "“" | "«" | "„" | "``" => Some(Mark::Open),
        "”" | "»" | "‟" => Some(Mark::Close),
        _ => None,
    }
}

fn single_mark(t: &str) -> Option<Mark> {
    match t {
        "'" => Some(Mark::Toggle),
        "‘" | "‚" | "‹" => Some(Mark::Open),
        "’" | "›" => Some(Mark::Close),
        _ => None,
    }
}

fn is_quote_tok(t: &str) -> bool {
    double_mark(t).is_some() || single_mark(t).is_some()
}

fn is_det(t: &str) -> bool {
    matches!(
        t,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "some"
            | "many"
            | "several"
            | "one"
            | "two"
    )
}

fn is_dash(t: &str) -> bool {
    matches!(t, "—" | "--" | "–" | "―")
}

fn is_end_punct(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | ";" | "..." | "…")
}

/// A noun phrase (token range) with the range of a role stated beside it.
type NpRole = (usize, usize, Option<(usize, usize)>);

/// Who a noun phrase can be, for pronoun agreement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Person,
    Org,
    Plural,
    Unknown,
}

/// A resolved speaker.
#[derive(Debug, Clone, Default)]
struct Speaker {
    entity: Option<String>,
    name: Option<String>,
    role: Option<String>,
}

/// Where a candidate's speaker comes from.
#[derive(Debug, Clone)]
enum Src {
    /// A noun phrase (token range), with a role phrase stated beside it.
    Np(usize, usize, Option<(usize, usize)>),
    /// The subject of the main clause of a sentence (participles, coordinated verbs).
    Subject(usize),
    None,
}

#[derive(Debug, Clone)]
struct Cand {
    kind: QuoteKind,
    /// Content token range.
    c0: usize,
    c1: usize,
    src: Src,
    cue: Option<(usize, usize)>,
    /// Region this quote comes from (direct and partial quotes).
    region: Option<usize>,
    /// An "according to" attribution (weaker than a verb cue when two overlap).
    according: bool,
    speaker: Option<Speaker>,
    via: Vec<String>,
    /// Candidate that relays this one (its content starts with this one's speaker).
    relayed_by: Option<usize>,
    /// A relay named beside the speaker ("…, Reuters reported, citing a source"): its
    /// noun phrase, resolved into `via`.
    relay_np: Option<(usize, usize)>,
    dropped: bool,
}

impl Cand {
    /// A fresh candidate: not yet attributed, relayed or dropped.
    fn new(
        kind: QuoteKind,
        (c0, c1): (usize, usize),
        src: Src,
        cue: Option<(usize, usize)>,
        region: Option<usize>,
    ) -> Cand {
        Cand {
            kind,
            c0,
            c1,
            src,
            cue,
            region,
            according: false,
            speaker: None,
            via: Vec::new(),
            relayed_by: None,
            relay_np: None,
            dropped: false,
        }
    }
}

/// An earlier noun phrase a pronoun or description may point to.
#[derive(Debug, Clone)]
struct Ref {
    pos: usize,
    sent: usize,
    class: Class,
    sp: Speaker,
    /// 'm' or 'f' once "he" or "she" pointed to it, or its name or title tells.
    gender: Option<char>,
    /// The gender comes from the phrase itself (a given name, a title), not a pronoun.
    gender_named: bool,
    /// Made by a statement (not only a sentence subject).
    speaker: bool,
}

fn same_ref(a: &Speaker, b: &Speaker) -> bool {
    match (&a.entity, &b.entity) {
        (Some(x), Some(y)) => x == y,
        _ => a.name.is_some() && a.name == b.name,
    }
}

/// What is known about a referent from all its mentions so far.
fn known(r: &Ref, refs: &[Ref]) -> (Class, Option<char>) {
    let mut class = r.class;
    let mut gender = r.gender;
    for x in refs.iter().filter(|x| same_ref(&x.sp, &r.sp)) {
        if class == Class::Unknown {
            class = x.class;
        }
        gender = gender.or(x.gender);
    }
    (class, gender)
}

fn pronoun_gender(w: &str) -> Option<char> {
    match w {
        "he" | "him" | "his" => Some('m'),
        "she" | "her" => Some('f'),
        _ => None,
    }
}

struct Analysis<'a> {
    doc: &'a Document,
    w: Vec<W>,
    regions: Vec<Region>,
    /// Region whose content or marks hold a token (innermost non-nested).
    in_region: Vec<Option<usize>>,
    /// Entity mentions: (span, entity index), by start.
    mentions: Vec<(Span, usize)>,
}

impl<'a> Analysis<'a> {
    fn new(doc: &'a Document) -> Analysis<'a> {
        let text = &doc.text;
        // Paragraph breaks: positions of "\n\n" (and runs of blank lines).
        let mut breaks = Vec::new();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i + 1 < bytes.len() {
            if bytes[i] == b'\n' {
                let mut j = i + 1;
                while j < bytes.len()
                    && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r')
                {
                    j += 1;
                }
                if j < bytes.len() && bytes[j] == b'\n' {
                    breaks.push(i);
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        let mut w = Vec::with_capacity(doc.tokens.len());
        let mut sent = 0;
        for (ti, t) in doc.tokens.iter().enumerate() {
            if t.span.end > text.len()
                || t.span.start > t.span.end
                || !text.is_char_boundary(t.span.start)
                || !text.is_char_boundary(t.span.end)
            {
                continue;
            }
            while sent + 1 < doc.sentences.len() && doc.sentences[sent].tokens.1 <= ti {
                sent += 1;
            }
            let raw = &text[t.span.range()];
            let l = raw.to_lowercase().replace('’', "'");
            let first = raw.chars().next().unwrap_or(' ');
            w.push(W {
                s: t.span.start,
                e: t.span.end,
                cap: first.is_uppercase(),
                alnum: raw.chars().any(|c| c.is_alphanumeric()),
                l,
                para: breaks.partition_point(|&b| b < t.span.start),
                sent,
                upos: t.upos.clone(),
                head: t.head,
                deprel: t.deprel.clone(),
            });
        }
        // Token indices of the model must stay valid for `head`: drop parse info when
        // some tokens were skipped.
        if w.len() != doc.tokens.len() {
            for x in &mut w {
                x.head = None;
                x.deprel = None;
            }
        }
        let mut mentions = Vec::new();
        for (ei, e) in doc.entities.iter().enumerate() {
            for m in &e.mentions {
                if m.span.start <= m.span.end && text.get(m.span.range()).is_some() {
                    mentions.push((m.span, ei));
                }
            }
        }
        mentions.sort_by_key(|m| (m.0.start, m.0.end));
        let mut a = Analysis {
            doc,
            w,
            regions: Vec::new(),
            in_region: Vec::new(),
            mentions,
        };
        a.find_regions();
        a
    }

    /// The quotation region holding token `k`, if any.
    fn reg(&self, k: usize) -> Option<usize> {
        self.in_region.get(k).copied().flatten()
    }

    fn txt(&self, a: usize, b: usize) -> &'a str {
        if a >= b || b > self.w.len() {
            return "";
        }
        &self.doc.text[self.w[a].s..self.w[b - 1].e]
    }

    fn l(&self, i: usize) -> &str {
        self.w.get(i).map(|x| x.l.as_str()).unwrap_or("")
    }

    // -----------------------------------------------------------------------------------
    // Quotation regions

    fn find_regions(&mut self) {
        let n = self.w.len();
        let any_double = self.w.iter().any(|x| double_mark(&x.l).is_some());
        let mark_of = |t: &str| -> Option<Mark> {
            if any_double {
                double_mark(t)
            } else {
                single_mark(t)
            }
        };
        let mut regions: Vec<Region> = Vec::new();
        let mut i = 0;
        while i < n {
            let para = self.w[i].para;
            let mut j = i;
            while j < n && self.w[j].para == para {
                j += 1;
            }
            // Paragraph tokens i..j.
            let mut open: Option<usize> = None;
            for k in i..j {
                let Some(m) = mark_of(&self.w[k].l) else {
                    continue;
                };
                if !any_double && !self.single_is_mark(k, open.is_some()) {
                    continue;
                }
                // Inches and feet: 12" or 5'10", straight marks glued to a number.
                if m == Mark::Toggle
                    && k > i
                    && self.w[k - 1].e == self.w[k].s
                    && self.w[k - 1]
                        .l
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_ascii_digit())
                {
                    continue;
                }
                match open {
                    None => {
                        if m == Mark::Close {
                            // A stray closing mark opens only when a word follows it
                            // directly after a space.
                            let next_word = k + 1 < j && self.w[k + 1].s == self.w[k].e;
                            let space_before = k == i || self.w[k - 1].e < self.w[k].s;
                            if !(next_word && space_before) {
                                continue;
                            }
                        }
                        open = Some(k);
                    }
                    Some(o) => {
                        regions.push(Region {
                            open: o,
                            close: Some(k),
                            c0: o + 1,
                            c1: k,
                            nested: false,
                            chain_prev: None,
                            outer: None,
                        });
                        open = None;
                    }
                }
            }
            if let Some(o) = open {
                regions.push(Region {
                    open: o,
                    close: None,
                    c0: o + 1,
                    c1: j,
                    nested: false,
                    chain_prev: None,
                    outer: None,
                });
            }
            i = j;
        }
        // Chains: an unclosed quote continues in the next paragraph when that one opens
        // with a quotation mark.
        let mut keep = vec![true; regions.len()];
        for r in 0..regions.len() {
            if regions[r].close.is_some() {
                continue;
            }
            let next = regions.get(r + 1).filter(|x| {
                let p = self.w[regions[r].open].para;
                self.w[x.open].para == p + 1 && self.para_first(x.open)
            });
            let continues = next.is_some();
            if continues {
                regions[r + 1].chain_prev = Some(r);
            }
            let o = regions[r].open;
            let opens_clause = self.para_first(o)
                || matches!(self.l(o.wrapping_sub(1)), ":" | "," | "." | "—" | "--");
            if !continues && !opens_clause && regions[r].chain_prev.is_none() {
                keep[r] = false;
            }
        }
        // Renumber after dropping.
        let mut map = vec![None; regions.len()];
        let mut out = Vec::new();
        for (r, reg) in regions.into_iter().enumerate() {
            if keep[r] {
                map[r] = Some(out.len());
                out.push(reg);
            }
        }
        for reg in &mut out {
            reg.chain_prev = reg.chain_prev.and_then(|p| map[p]);
        }
        let mut in_region = vec![None; n];
        for (r, reg) in out.iter().enumerate() {
            let end = reg.close.map(|c| c + 1).unwrap_or(reg.c1);
            for x in in_region.iter_mut().take(end.min(n)).skip(reg.open) {
                *x = Some(r);
            }
        }
        // Nested single quotes inside double ones.
        if any_double {
            let mut nested = Vec::new();
            for (oi, reg) in out.iter().enumerate() {
                let mut open: Option<usize> = None;
                for k in reg.c0..reg.c1 {
                    let Some(m) = single_mark(&self.w[k].l) else {
                        continue;
                    };
                    match open {
                        None => {
                            let space_before = k == reg.c0 || self.w[k - 1].e < self.w[k].s;
                            let word_after = k + 1 < reg.c1 && self.w[k + 1].s == self.w[k].e;
                            if m != Mark::Close && space_before && word_after {
                                open = Some(k);
                            }
                        }
                        Some(o) => {
                            let word_after = k + 1 < self.w.len()
                                && self.w[k + 1].s == self.w[k].e
                                && self.w[k + 1].alnum;
                            if m != Mark::Open && !word_after {
                                nested.push(Region {
                                    open: o,
                                    close: Some(k),
                                    c0: o + 1,
                                    c1: k,
                                    nested: true,
                                    chain_prev: None,
                                    outer: Some(oi),
                                });
                                open = None;
                            }
                        }
                    }
                }
                if let Some(o) = open {
                    nested.push(Region {
                        open: o,
                        close: None,
                        c0: o + 1,
                        c1: reg.c1,
                        nested: true,
                        chain_prev: None,
                        outer: Some(oi),
                    });
                }
            }
            out.extend(nested);
        }
        self.regions = out;
        self.in_region = in_region;
    }

    /// In single-mark mode, whether an apostrophe-like token is a quotation mark.
    fn single_is_mark(&self, k: usize, inside: bool) -> bool {
        let space_before = k == 0 || self.w[k - 1].e < self.w[k].s;
        let word_after = k + 1 < self.w.len() && self.w[k + 1].s == self.w[k].e;
        let word_before = k > 0 && self.w[k - 1].e == self.w[k].s && self.w[k - 1].alnum;
        if inside {
            !(word_after && word_before)
        } else {
            space_before && word_after
        }
    }

    fn para_first(&self, k: usize) -> bool {
        k == 0 || self.w[k - 1].para != self.w[k].para
    }

    fn words(&self, a: usize, b: usize) -> usize {
        (a..b.min(self.w.len()))
            .filter(|&k| self.w[k].alnum)
            .count()
    }

    // -----------------------------------------------------------------------------------
    // Word classes

    fn cue(&self, i: usize) -> Option<CueClass> {
        let x = self.w.get(i)?;
        let class = *lex().cues.get(&x.l)?;
        // Tags are trusted only where they are confident enough to matter: a noun after
        // an adjective or a common noun ("police reports", "new claims") is no cue.
        if let Some(u) = x.upos.as_deref() {
            if u != "VERB" && u != "AUX" && i > 0 {
                let p = &self.w[i - 1];
                if p.upos.as_deref() == Some("ADJ")
                    || (!p.cap && matches!(p.upos.as_deref(), Some("NOUN") | Some("NUM")))
                {
                    return None;
                }
                if matches!(u, "ADP" | "DET" | "PRON" | "PUNCT") {
                    return None;
                }
            }
        }
        // "so-called": a hyphenated word is no cue.
        if i > 0 && self.l(i - 1) == "-" && self.w[i - 1].e == x.s {
            return None;
        }
        if x.cap && !(x.l.ends_with("ing") && self.sent_first(i)) {
            return None;
        }
        // "a report said", "his statement": a determiner before makes it a noun.
        if i > 0
            && matches!(
                self.l(i - 1),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "this"
                    | "whose"
                    | "'s"
                    | "my"
                    | "your"
                    | "these"
                    | "those"
                    | "that"
                    | "new"
                    | "latest"
            )
        {
            return None;
        }
        Some(class)
    }

    fn sent_first(&self, i: usize) -> bool {
        i == 0 || self.w[i - 1].sent != self.w[i].sent || self.w[i - 1].para != self.w[i].para
    }

    fn is_pronoun(&self, i: usize) -> bool {
        lex().pronouns.contains_key(self.l(i))
    }

    fn is_aux(&self, i: usize) -> bool {
        lex().aux.contains(self.l(i))
    }

    /// May token `i` be part of a speaker noun phrase?
    fn np_tok(&self, i: usize) -> bool {
        let Some(x) = self.w.get(i) else { return false };
        if self.reg(i).is_some() {
            return false;
        }
        let l = x.l.as_str();
        if matches!(l, "'s" | "'" | "-" | "&" | ".") {
            return true;
        }
        if !x.alnum {
            return false;
        }
        // Capitalised words and words inside an entity mention, whatever their tag.
        let possessive = matches!(l, "her" | "his" | "its" | "their");
        if x.cap && !lex().np_stop.contains(l) && (possessive || !self.is_pronoun(i)) {
            return true;
        }
        if self.in_mention(x.s, x.e) {
            return true;
        }
        if let Some(u) = x.upos.as_deref() {
            let ok = matches!(u, "DET" | "PROPN" | "NOUN" | "ADJ" | "NUM" | "PART")
                || (u == "ADP" && matches!(l, "of" | "for" | "with" | "from" | "at"))
                || (u == "PRON" && matches!(l, "his" | "her" | "their" | "its" | "our"))
                || (u == "CCONJ" && l == "&")
                || (u == "VERB" && matches!(l, "familiar" | "close"));
            return ok && !(u != "PROPN" && lex().np_stop.contains(l));
        }
        if lex().np_stop.contains(l) {
            return false;
        }
        if !x.cap && self.cue(i).is_some() {
            return false;
        }
        if self.is_pronoun(i) && !possessive {
            return false;
        }
        true
    }

    // -----------------------------------------------------------------------------------
    // Noun phrases

    /// The noun phrase ending at `end` (inclusive), not before `lo`.
    fn np_back(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        if end >= self.w.len() || end < lo {
            return None;
        }
        if self.is_pronoun(end) && self.reg(end).is_none() {
            return Some((end, end + 1));
        }
        if !self.np_tok(end) || matches!(self.l(end), "'s" | "of" | "for" | "with" | "from") {
            return None;
        }
        let mut s = end;
        while s > lo && end - s < 12 {
            let p = s - 1;
            // "ambassador to Britain": a role's complement stays in the phrase.
            let role_pp = matches!(self.l(p), "to" | "in" | "at")
                && p > lo
                && ((lex().roles.contains(self.l(p - 1)) && self.w[p + 1].cap)
                    || matches!(
                        self.l(p - 1),
                        "close" | "closer" | "near" | "loyal" | "linked" | "allied"
                    ));
            if self.w[p].para != self.w[end].para || !(self.np_tok(p) || role_pp) {
                break;
            }
            // Stop at a sentence start inside the noun phrase ("... . The").
            s = p;
        }
        // Never start on a preposition or a possessive clitic.
        while s < end
            && matches!(
                self.l(s),
                "'s" | "of" | "for" | "with" | "from" | "at" | "-"
            )
        {
            s += 1;
        }
        // A noun phrase needs a word that is not a determiner.
        if (s..=end).all(|k| {
            matches!(
                self.l(k),
                "the" | "a" | "an" | "this" | "that" | "these" | "those" | "'s"
            )
        }) {
            return None;
        }
        Some((s, end + 1))
    }

    /// The noun phrase starting at `start` (speaker after the cue: "said Sowers").
    fn np_fwd(&self, start: usize, hi: usize) -> Option<(usize, usize)> {
        if start >= hi.min(self.w.len()) {
            return None;
        }
        if self.is_pronoun(start) {
            return Some((start, start + 1));
        }
        let mut e = start;
        while e < hi.min(self.w.len()) && e - start < 12 {
            if !self.np_tok(e) || self.w[e].para != self.w[start].para {
                break;
            }
            let l = self.l(e);
            if lex().time_words.contains(l) && e > start {
                break;
            }
            if l == "." && !(e > start && self.w[e - 1].l.len() <= 2) {
                break;
            }
            // Without tags, a lower-case word after a name ends the phrase unless it is a
            // role or an organisation noun ("Hong Kong police"): "Swift got support".
            if e > start
                && self.w[e].upos.is_none()
                && !self.w[e].cap
                && (start..e).any(|k| self.w[k].cap && !is_det(&self.w[k].l))
                && !matches!(
                    l,
                    "of" | "for" | "'s" | "the" | "de" | "al" | "bin" | "-" | "&" | "."
                )
                && !lex().roles.contains(l)
                && !lex().org_nouns.contains(l)
            {
                break;
            }
            e += 1;
        }
        while e > start
            && matches!(
                self.l(e - 1),
                "of" | "for" | "with" | "from" | "at" | "-" | "."
            )
        {
            e -= 1;
        }
        if e == start || lex().time_words.contains(self.l(start)) {
            return None;
        }
        Some((start, e))
    }

    /// Tokens of a name (capitalised words, initials, hyphens).
    fn namey(&self, a: usize, b: usize) -> bool {
        if a >= b || !self.w[a].cap {
            return false;
        }
        let mut caps = 0;
        for k in a..b {
            let x = &self.w[k];
            if x.cap {
                caps += 1;
            } else if !matches!(
                x.l.as_str(),
                "of" | "the"
                    | "for"
                    | "and"
                    | "-"
                    | "'s"
                    | "al"
                    | "bin"
                    | "de"
                    | "van"
                    | "von"
                    | "la"
                    | "le"
                    | "."
                    | "&"
            ) {
                return false;
            }
        }
        caps > 0 && b - a <= 7
    }

    fn in_mention(&self, s: usize, e: usize) -> bool {
        let i = self.mentions.partition_point(|m| m.0.start <= s);
        self.mentions[..i]
            .iter()
            .rev()
            .take(8)
            .any(|m| m.0.start <= s && e <= m.0.end)
    }

    /// The gender a phrase or its speaker's name tells ("Mrs", "spokeswoman", "Maria").
    fn np_gender(&self, a: usize, b: usize, sp: &Speaker) -> Option<char> {
        let g = &lex().gender;
        (a..b)
            .find_map(|k| g.get(self.l(k).trim_end_matches('.')).copied())
            .or_else(|| {
                let n = sp
                    .name
                    .as_deref()?
                    .split_whitespace()
                    .next()?
                    .to_lowercase();
                g.get(&n).copied()
            })
    }

    /// Only titles of address ("Mr.", "Dr."): not a role worth stating.
    fn honorific_only(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| {
            matches!(
                self.l(k).trim_end_matches('.'),
                "mr" | "mrs" | "ms" | "dr" | "sir" | "dame" | "the" | "a" | "an"
            ) || !self.w[k].alnum
        })
    }

    fn has_role_word(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| lex().roles.contains(self.l(k)) || lex().org_nouns.contains(self.l(k)))
    }

    /// The speaker phrase before the cue at `q` (which starts at `q`, after auxiliaries),
    /// with an appositive role: "Chris Tang, Hong Kong's police commissioner, said".
    fn speaker_before(&self, q: usize, lo: usize) -> Src {
        let mut j = q;
        loop {
            while j > lo && self.is_aux(j - 1) {
                j -= 1;
            }
            // "Modi on Friday said", "X last week told", "X earlier this month warned"
            let lx = lex();
            if j > lo + 1 && lx.time_words.contains(self.l(j - 1)) && self.reg(j - 1).is_none() {
                let mut k = j - 1;
                while k > lo
                    && (lx.time_words.contains(self.l(k - 1))
                        || matches!(self.l(k - 1), "on" | "in" | "late" | "early"))
                {
                    k -= 1;
                }
                if (k < j - 1
                    || matches!(
                        self.l(j - 1),
                        "today" | "yesterday" | "earlier" | "later" | "tonight"
                    )
                    || self.w[j - 1].cap)
                    && k > lo
                    && k < j
                {
                    j = k;
                    continue;
                }
            }
            break;
        }
        if j <= lo {
            return Src::None;
        }
        let mut j = j - 1;
        // A parenthesis: "Ilhan Omar (D-Minn.) said".
        if self.l(j) == ")" {
            let mut k = j;
            while k > lo && self.l(k) != "(" && j - k < 10 {
                k -= 1;
            }
            if self.l(k) == "(" && k > lo {
                j = k - 1;
            }
        }
        if self.l(j) == "," {
            if self.w[q].l.ends_with("ing") {
                return Src::None;
            }
            // Appositive or relative clause between commas.
            let mut k = j;
            while k > lo && j - k < 16 {
                k -= 1;
                if self.l(k) == "," || is_end_punct(self.l(k)) || self.reg(k).is_some() {
                    break;
                }
            }
            if self.l(k) != "," || k + 1 >= j {
                return Src::None;
            }
            let (a0, a1) = (k + 1, j);
            let first = self.l(a0);
            let mut b = if k > lo {
                self.np_back(k - 1, lo)
            } else {
                None
            };
            // "Mr Smith, 45, who …, said": past an age.
            if let Some((b0, b1)) = b {
                if b1 - b0 == 1
                    && self.l(b0).chars().all(|c| c.is_ascii_digit())
                    && b0 >= lo + 2
                    && self.l(b0 - 1) == ","
                {
                    b = self.np_back(b0 - 2, lo);
                }
            }
            let Some((b0, b1)) = b else {
                // "..., however, said": nothing before
                return Src::None;
            };
            if matches!(first, "quoted" | "cited") && self.l(a0 + 1) == "by" {
                return Src::Np(b0, b1, Some((a0, a1)));
            }
            if matches!(first, "who" | "which" | "whose" | "where" | "whom") {
                return Src::Np(b0, b1, None);
            }
            if a1 - a0 == 1 && !self.w[a0].cap {
                // "The Taliban, however, claimed"
                return Src::Np(b0, b1, None);
            }
            if a1 - a0 <= 12 && (a0..a1).all(|x| self.np_tok(x)) {
                let a_name = self.namey(a0, a1);
                let b_name = self.namey(b0, b1);
                if a_name && !b_name {
                    return Src::Np(a0, a1, Some((b0, b1)));
                }
                if self.w[a0]
                    .l
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
                {
                    return Src::Np(b0, b1, None);
                }
                return Src::Np(b0, b1, Some((a0, a1)));
            }
            return Src::Np(b0, b1, None);
        }
        match self.np_back(j, lo) {
            Some((s, e)) => {
                // "Vindman and Williams told": the first of coordinated names speaks
                // (the model has one speaker per quote).
                if s >= lo + 2 && self.l(s - 1) == "and" && self.namey(s, e) {
                    if let Some((s0, e0)) = self.np_back(s - 2, lo) {
                        if self.namey(s0, e0) {
                            return Src::Np(s0, e0, None);
                        }
                    }
                }
                Src::Np(s, e, None)
            }
            None => Src::None,
        }
    }

    /// The speaker of a cue: the phrase before it, or for a coordinated verb ("… and
    /// said", "… and accused him of") the subject of its clause.
    fn cue_src(&self, q: usize, lo: usize) -> Src {
        let src = self.speaker_before(q, lo);
        if !matches!(src, Src::None) {
            return src;
        }
        if let Some(src) = self.parse_src(q, lo) {
            return src;
        }
        let mut j = q;
        while j > lo && (self.is_aux(j - 1) || self.l(j - 1).ends_with("ly")) {
            j -= 1;
        }
        if j == lo || !matches!(self.l(j - 1), "and" | "but" | "or") {
            return Src::None;
        }
        // Back to the start of the clause: a subordinator after a comma, or the sentence.
        let mut k = j - 1;
        let mut start = None;
        while k > lo {
            let l = self.l(k - 1);
            if self.reg(k - 1).is_none()
                && matches!(
                    l,
                    "while"
                        | "whereas"
                        | "although"
                        | "though"
                        | "because"
                        | "but"
                        | "and"
                        | "as"
                        | "since"
                )
                && k >= 2
                && self.l(k - 2) == ","
            {
                start = Some(k);
                break;
            }
            if l == ";" {
                start = Some(k);
                break;
            }
            k -= 1;
        }
        let start = match start {
            Some(s) => s,
            None => match self.clause_start(self.w[q].sent) {
                Some(s) if s < j => s,
                _ => return Src::None,
            },
        };
        match self.np_fwd(start, j) {
            Some((s, e)) => Src::Np(s, e, None),
            None => {
                // "In a Tumblr post at the time she described …": the first pronoun.
                match (start..j).find(|&k| {
                    self.is_pronoun(k) && !matches!(self.l(k), "her" | "him" | "them" | "us" | "me")
                }) {
                    Some(k) => Src::Np(k, k + 1, None),
                    None => Src::None,
                }
            }
        }
    }

    /// The parser's subject of the cue verb at `q` (with a name in apposition preferred).
    fn parse_src(&self, q: usize, lo: usize) -> Option<Src> {
        self.w[q].deprel.as_ref()?;
        let (_, hi) = self.sent_range(self.w[q].sent)?;
        let lo = lo.min(q);
        let subj = (lo..hi).find(|&k| {
            self.w[k].head == Some(q)
                && matches!(self.w[k].deprel.as_deref(), Some("nsubj"))
                && self.reg(k).is_none()
        })?;
        if matches!(self.l(subj), "who" | "which" | "that" | "what") {
            return None;
        }
        let (s, e) = self.subtree(subj, lo, hi);
        if s >= e || e - s > 14 {
            return None;
        }
        if let Some(ap) = (subj + 1..hi)
            .find(|&k| self.w[k].head == Some(subj) && self.w[k].deprel.as_deref() == Some("appos"))
        {
            let (x, y) = self.subtree(ap, lo, hi);
            if x < y && self.namey(x, y) && !self.namey(s, e) {
                return Some(Src::Np(x, y, Some((s, e))));
            }
            if x < y && !self.namey(x, y) && self.namey(s, e) {
                return Some(Src::Np(s, e, Some((x, y))));
            }
        }
        Some(Src::Np(s, e, None))
    }

    /// Where the main clause of a sentence starts (after fronted adverbials and
    /// subordinate clauses ending in a comma).
    fn clause_start(&self, sent: usize) -> Option<usize> {
        let (a, b) = self.sent_range(sent)?;
        let mut i = a;
        // Skip a leading quote and parentheticals such as "(CNN)".
        loop {
            if i >= b {
                return None;
            }
            if let Some(r) = self.reg(i) {
                let reg = &self.regions[r];
                i = reg.close.map(|c| c + 1).unwrap_or(reg.c1);
                while i < b && matches!(self.l(i), "," | "." | ":") {
                    i += 1;
                }
                continue;
            }
            if self.l(i) == "(" {
                let mut k = i;
                while k < b && self.l(k) != ")" {
                    k += 1;
                }
                i = k + 1;
                continue;
            }
            if matches!(
                self.l(i),
                "but"
                    | "and"
                    | "so"
                    | "yet"
                    | "still"
                    | "now"
                    | "however"
                    | "meanwhile"
                    | ","
                    | "then"
                    | "instead"
                    | "also"
                    | "indeed"
                    | "moreover"
                    | "separately"
            ) {
                i += 1;
                continue;
            }
            // A dateline: "COLUMBIA, S.C. (AP) — …".
            if i == a {
                let d = self.skip_dateline(i, b);
                if d > i {
                    i = d;
                    continue;
                }
            }
            break;
        }
        let first = self.l(i);
        let subordinate = matches!(
            first,
            "when"
                | "while"
                | "after"
                | "before"
                | "as"
                | "if"
                | "although"
                | "though"
                | "because"
                | "since"
                | "during"
                | "in"
                | "on"
                | "at"
                | "following"
                | "despite"
                | "later"
                | "earlier"
                | "given"
                | "with"
                | "by"
                | "for"
                | "amid"
                | "under"
                | "according"
                | "last"
                | "this"
                | "today"
                | "yesterday"
        ) || (first.ends_with("ing") && self.w[i].cap)
            || lex().time_words.contains(first);
        if subordinate {
            let mut k = i;
            while k < b && k - i < 40 {
                if self.l(k) == "," && self.reg(k).is_none() {
                    return Some(k + 1);
                }
                if let Some(r) = self.reg(k) {
                    k = self.regions[r]
                        .close
                        .map(|c| c + 1)
                        .unwrap_or(self.regions[r].c1);
                    continue;
                }
                k += 1;
            }
        }
        Some(i)
    }

    /// After a dateline at `i` ("GENEVA (Reuters) - …"), or `i` itself.
    fn skip_dateline(&self, i: usize, b: usize) -> usize {
        let dash = (i..b.min(i + 12)).find(|&k| {
            is_dash(self.l(k)) || (self.l(k) == "-" && k > i && self.w[k].s > self.w[k - 1].e)
        });
        if let Some(d) = dash {
            if d > i
                && (i..d).any(|k| {
                    let t = self.txt(k, k + 1);
                    t.len() > 2
                        && t.chars().all(|c| !c.is_lowercase())
                        && t.chars().any(char::is_alphabetic)
                })
            {
                return d + 1;
            }
        }
        i
    }

    /// The subject of a fronted subordinate clause ("When Patrick walked in, …").
    fn sub_subject(&self, sent: usize) -> Option<(usize, usize)> {
        let (a, b) = self.sent_range(sent)?;
        if !matches!(
            self.l(a),
            "when"
                | "while"
                | "after"
                | "as"
                | "because"
                | "since"
                | "although"
                | "though"
                | "if"
                | "before"
                | "once"
        ) {
            return None;
        }
        let (s, e) = self.np_fwd(a + 1, b)?;
        (self.w[e - 1].cap && !self.is_pronoun(s)).then_some((s, e))
    }

    fn sent_range(&self, sent: usize) -> Option<(usize, usize)> {
        let a = self.w.partition_point(|x| x.sent < sent);
        let b = self.w.partition_point(|x| x.sent <= sent);
        (a < b).then_some((a, b))
    }

    /// The subject noun phrase of a sentence's main clause.
    fn subject(&self, sent: usize) -> Option<NpRole> {
        let i = self.clause_start(sent)?;
        let (_, b) = self.sent_range(sent)?;
        // With a parse: the nsubj of the root.
        if let Some(s) = self.parse_subject(i, b) {
            return Some(s);
        }
        let (s, e) = self.np_fwd(i, b)?;
        // "The company that runs the AMAs, Dick Clark Productions, denies": a name in an
        // appositive wins over a description.
        if self.l(e) == "," {
            if let Some((a0, a1)) = self.np_fwd(e + 1, b) {
                if self.l(a1) == "," && self.namey(a0, a1) && !self.namey(s, e) {
                    return Some((a0, a1, Some((s, e))));
                }
            }
        }
        Some((s, e, None))
    }

    fn parse_subject(&self, a: usize, b: usize) -> Option<NpRole> {
        self.w.get(a)?.deprel.as_ref()?;
        let root = (a..b).find(|&k| self.w[k].deprel.as_deref() == Some("root"))?;
        let subj = (a..b).find(|&k| {
            self.w[k].head == Some(root)
                && matches!(
                    self.w[k].deprel.as_deref(),
                    Some("nsubj") | Some("nsubj:pass")
                )
        })?;
        let (s, e) = self.subtree(subj, a, b);
        if s >= e {
            return None;
        }
        // A name in apposition wins over a description: "The group that owns her music,
        // Big Machine, says".
        if let Some(ap) = (subj + 1..b)
            .find(|&k| self.w[k].head == Some(subj) && self.w[k].deprel.as_deref() == Some("appos"))
        {
            let (x, y) = self.subtree(ap, a, b);
            if x < y && self.namey(x, y) && !self.namey(s, e) {
                return Some((x, y, Some((s, e))));
            }
        }
        Some((s, e, None))
    }

    /// The noun phrase a head governs, without relative clauses, appositions and
    /// coordinated or parenthetical material (clipped to `a..b`).
    fn subtree(&self, h: usize, a: usize, b: usize) -> (usize, usize) {
        // Whether `k` hangs from `h` through phrase-internal relations only.
        let inside = |k: usize| {
            let mut x = k;
            for _ in 0..50 {
                if x == h {
                    return true;
                }
                if matches!(
                    self.w[x].deprel.as_deref(),
                    Some("acl:relcl")
                        | Some("acl")
                        | Some("appos")
                        | Some("punct")
                        | Some("parataxis")
                        | Some("conj")
                        | Some("cc")
                        | Some("dep")
                ) {
                    return false;
                }
                match self.w[x].head {
                    Some(p) if p != x && p < self.w.len() => x = p,
                    _ => return false,
                }
            }
            false
        };
        let mut s = h;
        let mut e = h + 1;
        while s > a && inside(s - 1) {
            s -= 1;
        }
        while e < b && inside(e) {
            e += 1;
        }
        if self.is_pronoun(h) {
            return (h, h + 1);
        }
        (s, e)
    }

    // -----------------------------------------------------------------------------------
    // Adjuncts after a cue: "said in a statement on Tuesday", "told reporters in Moscow"

    /// Skips adjuncts from `k`; returns the first token after them.
    fn skip_adjuncts(&self, mut k: usize, hi: usize) -> usize {
        let lx = lex();
        'outer: while k < hi {
            let l = self.l(k);
            if lx.time_words.contains(l) && !matches!(l, "this" | "last" | "next") {
                k += 1;
                continue;
            }
            if matches!(l, "this" | "last" | "next") && lx.time_words.contains(self.l(k + 1)) {
                k += 2;
                continue;
            }
            if matches!(
                l,
                "soon"
                    | "shortly"
                    | "afterwards"
                    | "again"
                    | "too"
                    | "also"
                    | "repeatedly"
                    | "publicly"
                    | "privately"
                    | "late"
                    | "early"
            ) {
                k += 1;
                continue;
            }
            if matches!(
                l,
                "in" | "on"
                    | "at"
                    | "during"
                    | "via"
                    | "to"
                    | "through"
                    | "after"
                    | "before"
                    | "from"
                    | "with"
                    | "of"
                    | "by"
            ) {
                // A prepositional phrase whose head is a statement noun, a time word, a
                // number or a name.
                let mut m = k + 1;
                let mut last_head = None;
                while m < hi && m - k <= 8 {
                    let x = &self.w[m];
                    if self.reg(m).is_some() || !x.alnum && x.l != "'s" && x.l != "-" {
                        break;
                    }
                    let ml = x.l.as_str();
                    let relative_time =
                        matches!(ml, "this" | "last" | "next" | "earlier" | "later");
                    let time = lx.time_words.contains(ml)
                        && (!relative_time || lx.time_words.contains(self.l(m + 1)));
                    if time && matches!(ml, "this" | "last" | "next") {
                        m += 1;
                        continue;
                    }
                    if lx.speech_nouns.contains(ml)
                        || time
                        || ml.chars().all(|c| c.is_ascii_digit())
                        || (x.cap && !self.w.get(m + 1).is_some_and(|y| y.cap))
                    {
                        last_head = Some(m);
                    }
                    if matches!(ml, "that" | "he" | "she" | "they" | "it" | "we" | "i") {
                        break;
                    }
                    if !x.cap
                        && !matches!(
                            ml,
                            "the"
                                | "a"
                                | "an"
                                | "his"
                                | "her"
                                | "their"
                                | "its"
                                | "'s"
                                | "-"
                                | "of"
                                | "to"
                                | "for"
                                | "on"
                                | "in"
                        )
                        && last_head.is_some()
                        && !lx.speech_nouns.contains(ml)
                        && !time
                    {
                        break;
                    }
                    m += 1;
                }
                if let Some(h) = last_head {
                    k = h + 1;
                    continue 'outer;
                }
                break;
            }
            break;
        }
        k
    }

    /// Skips the recipient of a tell-verb: "told reporters", "told The Hill", "told them".
    fn skip_object(&self, k: usize, hi: usize) -> usize {
        if k >= hi {
            return k;
        }
        let l = self.l(k);
        if matches!(l, "that" | "," | ":") {
            return k;
        }
        if matches!(
            l,
            "him"
                | "her"
                | "them"
                | "us"
                | "me"
                | "you"
                | "reporters"
                | "journalists"
                | "lawmakers"
                | "police"
                | "parliament"
                | "congress"
        ) {
            return k + 1;
        }
        let mut m = k;
        let det = matches!(l, "the" | "a" | "an" | "his" | "her" | "their" | "its");
        if det {
            m += 1;
        }
        let start = m;
        while m < hi && m - start < 6 && self.w[m].cap && self.reg(m).is_none() {
            m += 1;
        }
        // "told a news conference", "told the state broadcaster"
        if det && m == start {
            while m < hi
                && m - start < 4
                && self.w[m].alnum
                && !self.w[m].cap
                && self.reg(m).is_none()
                && !lex().np_stop.contains(self.l(m))
                && !self.is_pronoun(m)
            {
                m += 1;
            }
        }
        if m == start && m < hi && self.w[m].alnum && !self.is_pronoun(m) {
            m += 1;
        }
        m
    }

    /// Could token `k` begin a reported clause without "that"?
    fn clause_start_tok(&self, k: usize) -> bool {
        let Some(x) = self.w.get(k) else { return false };
        if self.reg(k).is_some() {
            return self.regions[self.reg(k).unwrap()].open == k;
        }
        let l = x.l.as_str();
        if let Some(u) = x.upos.as_deref() {
            if matches!(
                u,
                "ADP" | "VERB" | "AUX" | "PUNCT" | "PART" | "ADV" | "SCONJ" | "CCONJ"
            ) && !matches!(l, "if" | "there")
            {
                return false;
            }
        }
        if matches!(
            l,
            "he" | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "there"
                | "the"
                | "a"
                | "an"
                | "this"
                | "these"
                | "those"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "some"
                | "many"
                | "most"
                | "no"
                | "all"
                | "both"
                | "if"
                | "police"
                | "people"
                | "one"
                | "each"
                | "every"
                | "several"
                | "two"
                | "three"
                | "more"
                | "only"
                | "none"
                | "any"
                | "what"
                | "whether"
                | "officials"
        ) {
            return true;
        }
        if x.cap || l.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
        // "said troops had returned fire": a bare noun followed closely by a finite verb.
        if lex().np_stop.contains(l) && !matches!(l, "police") || self.cue(k).is_some() {
            return false;
        }
        (k + 1..(k + 4).min(self.w.len())).any(|m| {
            self.reg(m).is_none()
                && (matches!(
                    self.l(m),
                    "had"
                        | "has"
                        | "have"
                        | "was"
                        | "were"
                        | "is"
                        | "are"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "should"
                        | "may"
                        | "might"
                        | "must"
                        | "did"
                        | "does"
                ) || self.w[m].upos.as_deref() == Some("AUX"))
        })
    }

    // -----------------------------------------------------------------------------------
    // The passes

    fn run(&self) -> Vec<Quote> {
        let mut cands = Vec::new();
        self.direct_cands(&mut cands);
        self.indirect_cands(&mut cands);
        self.dedupe(&mut cands);
        self.resolve(&mut cands);
        self.relays(&mut cands);
        let mut out: Vec<Quote> = Vec::new();
        for c in cands.iter().filter(|c| !c.dropped) {
            out.push(self.to_quote(c));
        }
        out.sort_by_key(|q| q.span.map(|s| (s.start, s.end)));
        for (i, p) in self.doc.posts.iter().enumerate() {
            let name = p
                .author
                .clone()
                .or_else(|| p.handle.clone())
                .filter(|s| !s.trim().is_empty());
            let entity = name.as_deref().and_then(|n| self.entity_by_name(n));
            out.push(Quote {
                span: None,
                text: p.text.trim().to_string(),
                kind: QuoteKind::Direct,
                speaker: entity.map(|e| self.doc.entities[e].id.clone()),
                speaker_name: entity.map(|e| self.doc.entities[e].name.clone()).or(name),
                speaker_role: None,
                cue: None,
                via: Vec::new(),
                sentence: None,
                post: Some(i),
            });
        }
        out
    }

    fn entity_by_name(&self, n: &str) -> Option<usize> {
        let n = n.trim().to_lowercase();
        self.doc.entities.iter().position(|e| {
            e.name.to_lowercase() == n || e.aliases.iter().any(|a| a.to_lowercase() == n)
        })
    }

    fn to_quote(&self, c: &Cand) -> Quote {
        let (a, mut b) = (c.c0, c.c1);
        while b > a + 1 && matches!(self.l(b - 1), "," | ":" | ";" | "-" | "—" | "--") {
            b -= 1;
        }
        let span = Span::new(self.w[a].s, self.w[b - 1].e);
        let sp = c.speaker.clone().unwrap_or_default();
        Quote {
            span: Some(span),
            text: self.doc.text[span.range()].to_string(),
            kind: c.kind,
            speaker: sp.entity,
            speaker_name: sp.name,
            speaker_role: sp.role,
            cue: c
                .cue
                .map(|(x, y)| Span::new(self.w[x].s, self.w[y.max(x + 1) - 1].e)),
            via: c.via.clone(),
            sentence: Some(self.w[a].sent),
            post: None,
        }
    }

    /// End of the attribution stretch after a closing mark (up to the end of the clause).
    fn tail_end(&self, t: usize) -> usize {
        let mut k = t;
        while k < self.w.len() && k - t < 30 {
            let l = self.l(k);
            if self.w[k].para != self.w[t.min(self.w.len() - 1)].para
                || is_end_punct(l)
                || l == ":"
                || (self.reg(k).is_some() && k > t)
            {
                break;
            }
            k += 1;
        }
        k
    }

    /// Attribution after a closing mark: "“…,” he said", "“…,” said X", "“…” X told Y".
    fn tail_attr(&self, close: usize) -> Option<(Src, (usize, usize))> {
        let mut t = close + 1;
        if self.l(t) == "," {
            t += 1;
        }
        if t >= self.w.len() || self.w[t].para != self.w[close].para {
            return None;
        }
        let end = self.tail_end(t);
        let mut q = t;
        while q < end && q - t <= 16 {
            if let Some(cl) = self.cue(q) {
                if cl != CueClass::Name {
                    break;
                }
            }
            q += 1;
        }
        if q >= end || q - t > 16 {
            return None;
        }
        let cl = self.cue(q)?;
        // A cue with its own content clause starts a new statement.
        if self.l(q + 1) == "that" {
            return None;
        }
        let mut qa = q;
        while qa > t && self.is_aux(qa - 1) {
            qa -= 1;
        }
        let src = if qa == t {
            // "said Singh Jabarjung, 24, from Punjab"
            match self.np_fwd(q + 1, end) {
                Some((s, e)) => {
                    let role = if self.l(e) == "," {
                        self.np_fwd(e + 1, end)
                            .filter(|&(a, b)| self.has_role_word(a, b) && !self.namey(a, b))
                    } else {
                        None
                    };
                    Src::Np(s, e, role)
                }
                None => return None,
            }
        } else {
            // Everything between the mark and the cue must be the speaker phrase.
            let src = self.speaker_before(q, t);
            match src {
                Src::Np(s, _, ref role) => {
                    let first = role.map(|r| r.0.min(s)).unwrap_or(s);
                    if first != t {
                        return None;
                    }
                }
                _ => return None,
            }
            src
        };
        let mut ce = q + 1;
        if cl == CueClass::Tell {
            ce = self.skip_object(ce, end);
        }
        let ce2 = self.skip_adjuncts(ce, end);
        let cue_end = if ce2 > ce && (ce..ce2).any(|k| lex().speech_nouns.contains(self.l(k))) {
            ce2
        } else {
            ce
        };
        Some((src, (qa, cue_end)))
    }

    /// Attribution before an opening mark: "X said: “…”", "Later, X said, “…”".
    fn head_cue(&self, open: usize) -> Option<(usize, CueClass)> {
        let mut para = self.w[open].para;
        let mut k = open;
        while k > 0 && open - k < 20 {
            k -= 1;
            // "Peskov told reporters:" closing the paragraph before the quotation.
            if k + 1 == open && self.l(k) == ":" && self.w[k].para + 1 == para {
                para = self.w[k].para;
                continue;
            }
            if self.w[k].para != para || is_end_punct(self.l(k)) {
                return None;
            }
            if let Some(r) = self.reg(k) {
                if !self.regions[r].nested {
                    // Past an earlier fragment of the same sentence ("to “rebuild trust”
                    // through “concrete measures”").
                    if self.regions[r].close == Some(k) && k + 1 < open {
                        k = self.regions[r].open;
                        continue;
                    }
                    return None;
                }
            }
            if let Some(c) = self.cue(k) {
                return Some((k, c));
            }
        }
        None
    }

    fn direct_cands(&self, out: &mut Vec<Cand>) {
        for (ri, r) in self.regions.iter().enumerate() {
            let (c0, mut c1) = (r.c0, r.c1);
            while c1 > c0 && matches!(self.l(c1 - 1), "," | ":" | ";") {
                c1 -= 1;
            }
            let mut c0 = c0;
            while c0 < c1 && matches!(self.l(c0), "," | ":" | "...") {
                c0 += 1;
            }
            let nw = self.words(c0, c1);
            if nw == 0 {
                continue;
            }
            if r.nested {
                if nw >= 3 {
                    let src = r
                        .outer
                        .map(|o| self.nested_src(r.open, self.regions[o].c0))
                        .unwrap_or(Src::None);
                    out.push(Cand::new(QuoteKind::Direct, (c0, c1), src, None, Some(ri)));
                }
                continue;
            }
            let o = r.open;
            let prev = if self.para_first(o) {
                None
            } else {
                Some(o - 1)
            };
            let head = self.head_cue(o);
            let prev_l = prev.map(|p| self.l(p)).unwrap_or("");
            let opens_clause = prev.is_none()
                || is_end_punct(prev_l)
                || matches!(prev_l, ":" | "(" | "[")
                || is_dash(prev_l)
                || prev.is_some_and(|p| self.reg(p).is_some())
                || (prev_l == "," && head.is_some())
                || (head.is_some_and(|(q, _)| q + 1 == o)
                    && self.w[r.c0.min(self.w.len() - 1)].cap);
            let mut src = Src::None;
            let mut cue = None;
            if let Some(close) = r.close {
                let last = self.l(c1.saturating_sub(1).max(c0));
                let ended = matches!(last, "," | "." | "?" | "!")
                    || self.l(r.c1.saturating_sub(1)) == ","
                    || self.l(close + 1) == ",";
                if ended || opens_clause {
                    if let Some((s, cspan)) = self.tail_attr(close) {
                        src = s;
                        cue = Some(cspan);
                    }
                }
            }
            let mut kind = QuoteKind::Direct;
            if !opens_clause {
                kind = QuoteKind::Partial;
            }
            if matches!(src, Src::None) {
                if let Some((q, cl)) = head {
                    let usable = opens_clause || kind == QuoteKind::Partial;
                    if usable && (cl != CueClass::Name || kind == QuoteKind::Partial) {
                        let sent_lo = self.sent_lo(q);
                        src = self.cue_src(q, sent_lo);
                        if matches!(src, Src::None) {
                            src = Src::Subject(self.w[q].sent);
                        }
                        let mut qa = q;
                        while qa > sent_lo && self.is_aux(qa - 1) {
                            qa -= 1;
                        }
                        cue = Some((qa, q + 1));
                    }
                }
            }
            // Titles: "a film titled “…”", Title Case without a clause.
            if kind == QuoteKind::Partial {
                let before = if o > 0 { self.l(o - 1) } else { "" };
                let title_case = (c0..c1)
                    .filter(|&k| self.w[k].alnum && self.w[k].l.len() > 3)
                    .all(|k| self.w[k].cap)
                    && !(c0..c1).any(|k| is_end_punct(self.l(k)));
                if matches!(
                    before,
                    "titled" | "entitled" | "headlined" | "named" | "nicknamed" | "dubbed"
                ) || (before == "called" && o >= 2 && self.l(o - 2) == "-")
                    || title_case
                {
                    continue;
                }
            }
            if kind == QuoteKind::Direct && matches!(src, Src::None) && nw < 8 {
                let title_case = (c0..c1)
                    .filter(|&k| self.w[k].alnum && self.w[k].l.len() > 3)
                    .all(|k| self.w[k].cap)
                    && !(c0..c1).any(|k| matches!(self.l(k), "." | "!" | "?"));
                if title_case {
                    continue;
                }
            }
            if kind == QuoteKind::Partial && matches!(src, Src::None) {
                // A fragment with no cue in its clause: a scare quote or a title, unless
                // long enough to be someone's words.
                if nw < 4 {
                    continue;
                }
                src = Src::Subject(self.w[o].sent);
            }
            out.push(Cand::new(kind, (c0, c1), src, cue, Some(ri)));
        }
    }

    /// Who is quoted inside a quotation: "… his testimony that ‘…’" (his = the nearest
    /// name before it inside the quotation), "… X told me ‘…’".
    fn nested_src(&self, open: usize, lo: usize) -> Src {
        let lx = lex();
        let mut k = open;
        while k > lo && open - k < 12 {
            k -= 1;
            if is_end_punct(self.l(k)) {
                break;
            }
            if let Some(cl) = self.cue(k) {
                if cl != CueClass::Name {
                    return self.speaker_before(k, lo);
                }
            }
            if lx.speech_nouns.contains(self.l(k)) {
                // The possessor: "Volker's testimony", "his previous testimony".
                let mut p = k;
                while p > lo && p + 4 > k {
                    p -= 1;
                    let l = self.l(p);
                    if l == "'s" {
                        if let Some((s, e)) = self.np_back(p.saturating_sub(1), lo) {
                            return Src::Np(s, e, None);
                        }
                    }
                    if matches!(l, "his" | "her" | "their") {
                        // The nearest name before it inside the quotation.
                        let mut m = p;
                        while m > lo {
                            m -= 1;
                            if self.w[m].cap && !is_det(self.l(m)) && !self.sent_first(m) {
                                // Inside a quotation: the run of capitalised words.
                                let e = m + 1;
                                let mut s = m;
                                while s > lo && self.w[s - 1].cap && self.w[s - 1].alnum {
                                    s -= 1;
                                }
                                while s < e && lex().roles.contains(self.l(s)) {
                                    s += 1;
                                }
                                if s < e {
                                    return Src::Np(s, e, None);
                                }
                            }
                        }
                        return Src::None;
                    }
                }
            }
        }
        Src::None
    }

    /// First token of the sentence (or paragraph stretch) holding `q`.
    fn sent_lo(&self, q: usize) -> usize {
        let mut k = q;
        while k > 0
            && self.w[k - 1].para == self.w[q].para
            && !is_end_punct(self.l(k - 1))
            && q - k < 60
        {
            if let Some(r) = self.reg(k - 1) {
                if !self.regions[r].nested && self.regions[r].close.is_some() {
                    break;
                }
            }
            k -= 1;
        }
        k
    }

    /// End of a reported clause starting at `k`.
    fn content_end(&self, k: usize) -> usize {
        self.content_end_for(k, None, false)
    }

    /// End of a reported clause starting at `k`, knowing the speaker's last token
    /// (", but he gave no details" is the reporter's) and whether the cue sits in a
    /// fronted subordinate clause ("While X said …, he did …": ends at the comma).
    fn content_end_for(&self, k: usize, spk: Option<usize>, sub: bool) -> usize {
        let n = self.w.len();
        let para = self.w[k].para;
        let mut j = k;
        while j < n && self.w[j].para == para {
            if let Some(r) = self.reg(j) {
                let reg = &self.regions[r];
                if reg.open == j {
                    // A quotation opened by a colon is a new direct quote.
                    if j > k && self.l(j - 1) == ":" {
                        return j - 1;
                    }
                    j = reg.close.map(|c| c + 1).unwrap_or(reg.c1);
                    continue;
                }
            }
            let l = self.l(j);
            if is_end_punct(l) || is_dash(l) || l == ":" {
                break;
            }
            if l == "," && j > k {
                let nx = self.l(j + 1);
                if sub {
                    break;
                }
                if matches!(nx, "but" | "though" | "although" | "yet") {
                    // The clause goes on unless the speaker is the subject of what follows.
                    let after = self.l(j + 2);
                    let same = spk.is_some_and(|t| {
                        self.l(t) == after
                            || (self.is_pronoun(j + 2)
                                && matches!(self.l(t), "he" | "she" | "they" | "it")
                                && self.l(t) == after)
                    });
                    if same || is_end_punct(after) || after.is_empty() {
                        break;
                    }
                }
                if matches!(
                    nx,
                    "while"
                        | "whereas"
                        | "adding"
                        | "saying"
                        | "warning"
                        | "noting"
                        | "according"
                        | "citing"
                        | "explaining"
                        | "insisting"
                        | "arguing"
                        | "stressing"
                        | "calling"
                        | "describing"
                ) {
                    break;
                }
                // ", he said" / ", Patrick has said": an attribution of the main clause.
                let mut m = j + 1;
                while m < n && m - j <= 8 && self.np_tok(m)
                    || (m < n && self.is_pronoun(m) && m == j + 1)
                {
                    m += 1;
                    if m >= n {
                        break;
                    }
                }
                while m < n && self.is_aux(m) {
                    m += 1;
                }
                if m > j + 1 && self.cue(m).is_some() {
                    break;
                }
            }
            j += 1;
        }
        j
    }

    fn indirect_cands(&self, out: &mut Vec<Cand>) {
        let n = self.w.len();
        for i in 0..n {
            if self.reg(i).is_some() {
                continue;
            }
            if self.l(i) == "according" && self.l(i + 1) == "to" {
                self.according(i, out);
                continue;
            }
            let Some(cl) = self.cue(i) else { continue };
            if cl == CueClass::Name {
                continue;
            }
            let lo = self.sent_lo(i);
            // Negation, passive, infinitive: "did not say", "was told", "declined to comment".
            let mut qa = i;
            let mut neg = false;
            while qa > lo && self.is_aux(qa - 1) {
                if matches!(self.l(qa - 1), "not" | "n't" | "never") {
                    neg = true;
                }
                qa -= 1;
            }
            if neg {
                continue;
            }
            let prev = if i > 0 { self.l(i - 1) } else { "" };
            let mut pa = qa;
            while pa > lo && self.l(pa - 1).ends_with("ly") {
                pa -= 1;
            }
            if pa > 0 && self.l(pa - 1) == "to" {
                continue;
            }
            let be_before = (qa..i).any(|k| {
                matches!(
                    self.l(k),
                    "was" | "were" | "been" | "being" | "be" | "is" | "are"
                )
            });
            if be_before && !self.w[i].l.ends_with("ing") {
                continue;
            }
            let hi = self.content_end_bound(i);
            let mut k = i + 1;
            if cl == CueClass::Tell {
                if self.l(k) == "that" {
                    continue;
                }
                k = self.skip_object(k, hi);
            }
            k = self.skip_adjuncts(k, hi);
            // "told US media this month that": a "that" just ahead.
            if self.l(k) != "that" && cl == CueClass::Tell {
                if let Some(t) = (k..(k + 7).min(hi)).find(|&m| self.l(m) == "that") {
                    if (k..t).all(|m| {
                        self.w[m].alnum
                            && (!self.is_pronoun(m)
                                || matches!(self.l(m), "his" | "her" | "its" | "their"))
                            && self.cue(m).is_none()
                            && self.reg(m).is_none()
                    }) {
                        k = t;
                    }
                }
            }
            // "“…,” said X": the quotation's attribution, not a reported clause.
            let mut pm = qa;
            while pm > 0 && self.l(pm - 1) == "," {
                pm -= 1;
            }
            if pm > 0
                && self.w[pm - 1].para == self.w[qa].para
                && self
                    .reg(pm - 1)
                    .is_some_and(|r| self.regions[r].close == Some(pm - 1))
            {
                continue;
            }
            // "…, said Lt. Matt Harris, a police spokesman." / "X, says Buser, is Y": the
            // speaker follows the cue.
            if prev == "," && qa == i && cl == CueClass::Say {
                if let Some((s0, e0)) = self.np_fwd(i + 1, hi.max(i + 2)) {
                    let after = self.l(e0);
                    let plausible = self.w[s0].cap
                        || (is_det(self.l(s0)) && self.has_role_word(s0, e0))
                        || lex().roles.contains(self.l(e0 - 1));
                    if (after == "," || e0 >= hi || is_end_punct(after))
                        && !self.is_pronoun(s0)
                        && plausible
                    {
                        let role = if after == "," {
                            self.np_fwd(e0 + 1, hi)
                                .filter(|&(a, b)| self.has_role_word(a, b) && !self.namey(a, b))
                        } else {
                            None
                        };
                        let end = role.map(|r| r.1).unwrap_or(e0);
                        self.fronted(out, i - 1, Src::Np(s0, e0, role), (qa, end));
                        continue;
                    }
                }
            }
            let src_before = self.cue_src(i, lo);
            let cue_span = (qa, k);
            let nk = self.l(k);
            if nk == "that" {
                let c0 = k + 1;
                if c0 >= n
                    || self.reg(c0).is_some_and(|r| {
                        self.regions[r].open == c0
                            && self.regions[r]
                                .close
                                .is_some_and(|c| self.content_end(c0) <= c + 1)
                    })
                {
                    // "said that “…”": the quotation carries it.
                }
                self.push_indirect(out, c0, src_before, i, (qa, k + 1));
                continue;
            }
            let at_end = k >= hi
                || is_end_punct(nk)
                || is_quote_tok(nk) && self.reg(k).is_some_and(|r| self.regions[r].open != k);
            if at_end || nk == "," {
                // Fronted: "…, X said." / "…, said X." / "As X noted, …".
                if let Src::Np(s, _, ref role) = src_before {
                    let first = role.map(|r| r.0.min(s)).unwrap_or(s);
                    if first > 0 && matches!(self.l(first - 1), "as") && nk == "," {
                        self.push_indirect(out, k + 1, src_before.clone(), i, cue_span);
                        continue;
                    }
                    let quote_next = nk == ","
                        && self
                            .reg(k + 1)
                            .is_some_and(|r| self.regions[r].open == k + 1);
                    let citing = nk == "," && self.l(k + 1) == "citing";
                    if first > 0 && self.l(first - 1) == "," && citing {
                        // "…, Reuters reported, citing two sources.": the sources speak.
                        if let Some((cs, ce)) = self.np_fwd(k + 2, hi) {
                            let n0 = out.len();
                            self.fronted(out, first - 1, Src::Np(cs, ce, None), cue_span);
                            if let (Some(c), Src::Np(s0, e0, _)) = (out.get_mut(n0), &src_before) {
                                c.relay_np = Some((*s0, *e0));
                            }
                        }
                        continue;
                    }
                    if first > 0
                        && self.l(first - 1) == ","
                        && (at_end || (nk == "," && !quote_next))
                    {
                        self.fronted(out, first - 1, src_before.clone(), cue_span);
                    }
                    continue;
                }
                if matches!(src_before, Src::None) && prev == "," {
                    // ", said the ministry."
                    if let Some((s, e)) = self.np_fwd(i + 1, hi) {
                        let after = self.skip_adjuncts(e, hi);
                        if after >= hi || is_end_punct(self.l(after)) {
                            self.fronted(out, i - 1, Src::Np(s, e, None), (qa, e));
                        }
                    }
                }
                continue;
            }
            if nk == ":" {
                continue;
            }
            // A bare reported clause ("said he would"): only for the verbs that take one;
            // of the participles only "saying" ("adding a clock" is no statement).
            let core = lex().bare.contains(&self.w[i].l)
                && (!self.w[i].l.ends_with("ing") || self.w[i].l == "saying");
            if !core {
                continue;
            }
            let relative = matches!(&src_before, Src::Np(s, e, _) if e - s == 1 && self.is_pronoun(*s) && *s > 0 && matches!(self.l(s - 1), "which" | "that" | "who"));
            if !(self.clause_start_tok(k) || relative) {
                continue;
            }
            // "said it" / "said so": too short to be a clause.
            if self.words(k, self.content_end(k)) < 3 {
                continue;
            }
            self.push_indirect(out, k, src_before, i, cue_span);
        }
    }

    fn content_end_bound(&self, i: usize) -> usize {
        let mut k = i;
        while k < self.w.len() && self.w[k].para == self.w[i].para && !is_end_punct(self.l(k)) {
            k += 1;
        }
        k
    }

    fn push_indirect(
        &self,
        out: &mut Vec<Cand>,
        c0: usize,
        src: Src,
        cue_tok: usize,
        cue: (usize, usize),
    ) {
        if c0 >= self.w.len() {
            return;
        }
        let spk = match &src {
            Src::Np(_, e, _) => Some(e - 1),
            _ => None,
        };
        // In a fronted subordinate clause ("While X said …, …")?
        let lo = self.sent_lo(cue_tok);
        let sub = matches!(
            self.l(lo),
            "while"
                | "although"
                | "though"
                | "as"
                | "if"
                | "when"
                | "because"
                | "since"
                | "after"
                | "before"
                | "whereas"
                | "unless"
        ) && !(lo..cue_tok).any(|k| self.l(k) == ",");
        let c1 = self.content_end_for(c0, spk, sub);
        if self.words(c0, c1) < 2 {
            return;
        }
        // Content wholly inside one quotation is a direct quote already.
        if let Some(r) = self.reg(c0) {
            let reg = &self.regions[r];
            if reg.open == c0 && reg.close.is_some_and(|c| c + 1 >= c1) {
                return;
            }
        }
        let src = match src {
            Src::None => Src::Subject(self.w[cue_tok].sent),
            s => s,
        };
        out.push(Cand::new(
            QuoteKind::Indirect,
            (c0, c1),
            src,
            Some(cue),
            None,
        ));
    }

    /// "CONTENT, X said." with the comma at `comma`.
    fn fronted(&self, out: &mut Vec<Cand>, comma: usize, src: Src, cue: (usize, usize)) {
        let c1 = comma;
        let mut c0 = comma;
        while c0 > 0 && self.w[c0 - 1].para == self.w[comma].para && comma - c0 < 120 {
            if let Some(r) = self.reg(c0 - 1) {
                let reg = &self.regions[r];
                if !reg.nested && reg.close == Some(c0 - 1) {
                    c0 = reg.open;
                    continue;
                }
            }
            if is_end_punct(self.l(c0 - 1)) && self.reg(c0 - 1).is_none() {
                break;
            }
            c0 -= 1;
        }
        // After a dash: "Given that history -- and the fact that CONTENT, according to X --"
        for k in (c0..comma).rev() {
            if is_dash(self.l(k)) && self.reg(k).is_none() {
                c0 = k + 1;
                break;
            }
        }
        // Skip a leading parenthesis "(CNN)" and conjunctions.
        if self.l(c0) == "(" {
            if let Some(k) = (c0..comma).find(|&k| self.l(k) == ")") {
                c0 = k + 1;
            }
        }
        if c0 == 0 || self.w[c0 - 1].para != self.w[c0].para {
            c0 = self.skip_dateline(c0, c1);
        }
        while c0 < c1 && matches!(self.l(c0), "and" | "but" | "so" | "(") {
            c0 += 1;
        }
        if self.l(c0) == "the" && self.l(c0 + 1) == "fact" && self.l(c0 + 2) == "that" {
            c0 += 3;
        } else if self.l(c0) == "that" {
            c0 += 1;
        }
        if self.words(c0, c1) < 3 {
            return;
        }
        // A quotation closing at the comma is a direct quote.
        if let Some(r) = self.reg(c0) {
            let reg = &self.regions[r];
            if reg.open == c0 && reg.close.is_some_and(|c| c + 2 >= c1) {
                return;
            }
        }
        if self
            .reg(c1.saturating_sub(1))
            .is_some_and(|r| self.regions[r].close == Some(c1 - 1) && self.regions[r].open <= c0)
        {
            return;
        }
        out.push(Cand::new(
            QuoteKind::Indirect,
            (c0, c1),
            src,
            Some(cue),
            None,
        ));
    }

    fn according(&self, i: usize, out: &mut Vec<Cand>) {
        let hi = self.content_end_bound(i);
        let Some((s, e)) = self.np_fwd(i + 2, hi.max(i + 3)) else {
            return;
        };
        let src = Src::Np(s, e, None);
        let cue = (i, i + 2);
        let lo = self.sent_lo(i);
        let after = self.l(e);
        let mut cand_idx = out.len();
        if i == lo || (i > lo && matches!(self.l(i - 1), "(" | "but" | "and")) {
            // "According to X, CONTENT."
            if after == "," {
                self.push_indirect(out, e + 1, src, i, cue);
            }
        } else if i > lo && self.l(i - 1) == "," {
            let mid = after == ","
                && e + 1 < hi
                && !is_end_punct(self.l(e + 1))
                && !is_dash(self.l(e + 1));
            if mid {
                // "X, according to Y, did Z": the rest of the sentence.
                self.push_indirect(out, e + 1, src, i, cue);
            } else {
                self.fronted(out, i - 1, src, cue);
            }
        } else {
            cand_idx = usize::MAX;
        }
        if cand_idx < out.len() {
            for c in &mut out[cand_idx..] {
                c.according = true;
            }
        }
    }

    /// Removes duplicates: the same content found twice.
    fn dedupe(&self, cands: &mut [Cand]) {
        for a in 0..cands.len() {
            for b in 0..cands.len() {
                if a == b || cands[a].dropped || cands[b].dropped {
                    continue;
                }
                let (x, y) = (&cands[a], &cands[b]);
                if x.kind != QuoteKind::Indirect || y.kind != QuoteKind::Indirect {
                    continue;
                }
                // "As X noted, CONTENT, according to Y": the verb cue's clause wins.
                if x.according && !y.according && x.c0 <= y.c0 && y.c1 == x.c1 {
                    cands[a].dropped = true;
                    continue;
                }
                let ov = x.c1.min(y.c1).saturating_sub(x.c0.max(y.c0));
                let len = (x.c1 - x.c0).max(y.c1 - y.c0);
                if len > 0 && ov * 10 >= len * 8 {
                    // Keep the verb cue over "according to", then the first found.
                    let drop_a =
                        (x.according && !y.according) || (x.according == y.according && a > b);
                    if drop_a {
                        cands[a].dropped = true;
                    }
                }
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Speakers

    fn class_of(&self, a: usize, b: usize) -> Class {
        if let Some(ei) = self.entity_in(a, b) {
            let lx = lex();
            let person_role = (a..b).any(|k| lx.roles.contains(self.l(k)));
            if !person_role && (a..b).any(|k| lx.org_nouns.contains(self.l(k))) {
                return Class::Org;
            }
            return match self.doc.entities[ei].kind {
                // "The Afghan Taliban" tagged as a person is a group.
                EntityType::PER if self.l(a) == "the" && !self.has_role_word(a, b) => {
                    Class::Unknown
                }
                // A one-word "person" ("Taliban", "Americans") is as often a group.
                EntityType::PER
                    if !self.doc.entities[ei].name.contains(' ') && !self.has_role_word(a, b) =>
                {
                    Class::Unknown
                }
                EntityType::PER => Class::Person,
                EntityType::ORG | EntityType::LOC => Class::Org,
                EntityType::MISC => Class::Unknown,
            };
        }
        let lx = lex();
        let head = self.l(b.saturating_sub(1));
        if lx.org_nouns.contains(head) {
            return Class::Org;
        }
        if lx.roles.contains(head) && !head.ends_with('s') {
            return Class::Person;
        }
        // "Iran's foreign ministry spokesman Nasser Kanaani": a role before a name.
        if self.w[b - 1].cap && (a..b).any(|k| lx.roles.contains(self.l(k))) {
            return Class::Person;
        }
        if (a..b).any(|k| lx.org_nouns.contains(self.l(k))) {
            return Class::Org;
        }
        let last = head;
        let lastw = &self.w[b.saturating_sub(1).max(a)];
        if !lastw.cap && (last == "people" || (last.ends_with('s') && !last.ends_with("ss"))) {
            return Class::Plural;
        }
        if (a..b).any(|k| lx.roles.contains(self.l(k))) {
            return Class::Person;
        }
        Class::Unknown
    }

    /// The entity a mention inside `a..b` names (persons first, then the last one).
    fn entity_in(&self, a: usize, b: usize) -> Option<usize> {
        if a >= b || self.mentions.is_empty() {
            return None;
        }
        let (s, e) = (self.w[a].s, self.w[b - 1].e);
        let mut best: Option<(usize, bool, usize)> = None;
        for &(sp, ei) in &self.mentions {
            if sp.start >= e {
                break;
            }
            if sp.end <= s {
                continue;
            }
            // A "mention" running over a clause is a tagging error, not a name.
            let words = self
                .doc
                .text
                .get(sp.range())
                .map_or(99, |t| t.split_whitespace().count());
            if sp.len() > 80 || words > 8 {
                continue;
            }
            if sp.end > s && sp.start < e {
                // The mention must be the head of the phrase: only name words may follow
                // it ("the US military" is not the United States).
                let tail_ok = (a..b)
                    .filter(|&k| self.w[k].s >= sp.end)
                    .all(|k| self.w[k].cap || !self.w[k].alnum);
                if !tail_ok {
                    continue;
                }
                let per = self.doc.entities[ei].kind == EntityType::PER;
                let better = match best {
                    None => true,
                    Some((_, bper, bend)) => (per && !bper) || (per == bper && sp.end >= bend),
                };
                if better {
                    best = Some((ei, per, sp.end));
                }
            }
        }
        best.map(|b| b.0)
    }

    /// A speaker from a noun phrase, before pronoun and description resolution.
    fn np_speaker(&self, a: usize, b: usize, role: Option<(usize, usize)>) -> Speaker {
        let lx = lex();
        let stated_role = role.map(|(x, y)| self.txt(x, y).to_string());
        if let Some(ei) = self.entity_in(a, b) {
            let e = &self.doc.entities[ei];
            // Role: the words before the mention ("Kremlin spokesman").
            let ms = self
                .mentions
                .iter()
                .filter(|m| m.1 == ei && m.0.start >= self.w[a].s && m.0.end <= self.w[b - 1].e)
                .map(|m| m.0.start)
                .next();
            let mut role = stated_role;
            if role.is_none() {
                if let Some(ms) = ms {
                    let mut k = a;
                    while k < b && matches!(self.l(k), "the" | "a" | "an") {
                        k += 1;
                    }
                    let r_end = (k..b).take_while(|&x| self.w[x].e <= ms).last();
                    if let Some(re) = r_end {
                        if (k..=re).any(|x| lx.roles.contains(self.l(x)))
                            && !self.honorific_only(k, re + 1)
                        {
                            role = Some(
                                self.txt(k, re + 1)
                                    .trim_end_matches(['\'', '’', 's'])
                                    .trim()
                                    .to_string(),
                            );
                            if role.as_deref().is_some_and(|r| r.is_empty()) {
                                role = None;
                            }
                        }
                    }
                }
            }
            return Speaker {
                entity: Some(e.id.clone()),
                name: Some(e.name.clone()),
                role,
            };
        }
        // No entity: split a trailing name from the roles before it.
        let mut last_role = (a..b).rev().find(|&k| lx.roles.contains(self.l(k)));
        if let Some(r) = last_role {
            // "ambassador to Britain Liu Xiaming": the complement is part of the role.
            if matches!(self.l(r + 1), "to" | "of" | "for" | "at" | "in")
                && r + 3 < b
                && self.namey(r + 2, b)
            {
                last_role = Some(b - 3);
            }
        }
        if let Some(r) = last_role {
            if r + 1 < b && self.namey(r + 1, b) {
                return Speaker {
                    entity: None,
                    name: Some(self.txt(r + 1, b).to_string()),
                    role: stated_role.or_else(|| {
                        (!self.honorific_only(a, r + 1)).then(|| self.txt(a, r + 1).to_string())
                    }),
                };
            }
        }
        Speaker {
            entity: None,
            name: Some(self.txt(a, b).to_string()),
            role: stated_role,
        }
    }

    fn resolve(&self, cands: &mut [Cand]) {
        // Referents in document order: sentence subjects and speakers.
        let mut order: Vec<usize> = (0..cands.len()).filter(|&c| !cands[c].dropped).collect();
        let pos_of = |c: &Cand| match c.src {
            Src::Np(s, _, _) => s,
            _ => c.c0,
        };
        order.sort_by_key(|&c| pos_of(&cands[c]));
        let mut refs: Vec<Ref> = Vec::new();
        let nsent = self.w.last().map(|x| x.sent + 1).unwrap_or(0);
        let subjects: Vec<Option<NpRole>> = (0..nsent).map(|s| self.subject(s)).collect();
        // "When Patrick walked in, the women turned": subjects of fronted clauses too.
        let mut extra: Vec<(usize, usize)> =
            (0..nsent).filter_map(|s| self.sub_subject(s)).collect();
        extra.reverse();
        let mut next_subj = 0;
        for &ci in &order {
            let p = pos_of(&cands[ci]);
            let p_byte = self.w.get(p).map(|x| x.s).unwrap_or(0);
            while next_subj < nsent {
                let Some((s, e, role)) = subjects[next_subj] else {
                    next_subj += 1;
                    continue;
                };
                if self.w[s].s >= p_byte {
                    break;
                }
                while extra.last().is_some_and(|&(x, _)| x < s) {
                    let (x, y) = extra.pop().unwrap();
                    if let Some(r) = self.ref_of(x, y, None, &refs) {
                        refs.push(r);
                    }
                }
                if let Some(r) = self.ref_of(s, e, role, &refs) {
                    refs.push(r);
                }
                next_subj += 1;
            }
            while extra.last().is_some_and(|&(x, _)| x < p) {
                let (x, y) = extra.pop().unwrap();
                if let Some(r) = self.ref_of(x, y, None, &refs) {
                    refs.push(r);
                }
            }
            let src = match cands[ci].src.clone() {
                // A participle ("…, warning: “…”", "Arguing that …, X said"): the speaker
                // of the other statement of its sentence, else the sentence subject.
                Src::Subject(sent) => {
                    let cue_tok = cands[ci]
                        .cue
                        .map(|c| c.1.saturating_sub(1))
                        .unwrap_or(cands[ci].c0);
                    let other = (0..cands.len())
                        .filter(|&o| o != ci && !cands[o].dropped)
                        .filter_map(|o| match cands[o].src {
                            Src::Np(s, e, r) if self.w[s].sent == sent => {
                                let ct = cands[o].cue.map(|c| c.1.saturating_sub(1))?;
                                (!self.w[ct].l.ends_with("ing"))
                                    .then_some((ct.abs_diff(cue_tok), (s, e, r)))
                            }
                            _ => None,
                        })
                        .min_by_key(|x| x.0)
                        .map(|x| x.1);
                    match other.or_else(|| {
                        subjects.get(sent).copied().flatten().filter(|&(s, _, _)| {
                            s < cands[ci].c0 || cands[ci].kind != QuoteKind::Indirect
                        })
                    }) {
                        Some((s, e, r)) => Src::Np(s, e, r),
                        None => Src::None,
                    }
                }
                s => s,
            };
            let sp = match src {
                Src::Np(s, e, role) => self.resolve_np(s, e, role, &refs),
                _ => None,
            };
            if let (Some(sp), Src::Np(s, e, _)) = (&sp, &src) {
                // Names inside a quotation are the quoted speaker's words: no referents.
                if self.reg(*s).is_some() {
                    cands[ci].speaker = Some(sp.clone());
                    continue;
                }
                refs.push(Ref {
                    pos: self.w[*s].s,
                    sent: self.w[*s].sent,
                    class: self.ref_class(*s, *e, sp, &refs),
                    sp: sp.clone(),
                    gender: if e - s == 1 && self.is_pronoun(*s) {
                        pronoun_gender(self.l(*s))
                    } else {
                        self.np_gender(*s, *e, sp)
                    },
                    gender_named: !(e - s == 1 && self.is_pronoun(*s))
                        && self.np_gender(*s, *e, sp).is_some(),
                    speaker: true,
                });
            }
            cands[ci].speaker = sp;
            // "X, quoted by Interfax, said": the outlet relays.
            let mut relay = cands[ci].relay_np;
            if let Src::Np(_, _, Some((x, y))) = src {
                if y > x + 2 && matches!(self.l(x), "quoted" | "cited") && self.l(x + 1) == "by" {
                    relay = Some((x + 2, y));
                    if let Some(sp) = cands[ci].speaker.as_mut() {
                        if sp.role.as_deref() == Some(self.txt(x, y)) {
                            sp.role = None;
                        }
                    }
                }
            }
            if let Some((x, y)) = relay {
                if let Some(name) = self.resolve_np(x, y, None, &refs).and_then(|r| r.name) {
                    cands[ci].via = vec![name];
                }
            }
        }
        self.inherit(cands);
    }

    fn ref_class(&self, s: usize, e: usize, sp: &Speaker, refs: &[Ref]) -> Class {
        // A pronoun or description resolved to an earlier referent keeps its class.
        if let Some(r) = refs
            .iter()
            .rev()
            .find(|r| same_ref(&r.sp, sp) && r.class != Class::Unknown)
        {
            return r.class;
        }
        let c = self.class_of(s, e);
        if c == Class::Plural && self.is_pronoun(s) {
            return Class::Unknown;
        }
        c
    }

    fn ref_of(
        &self,
        s: usize,
        e: usize,
        role: Option<(usize, usize)>,
        refs: &[Ref],
    ) -> Option<Ref> {
        // Only names and definite descriptions make referents ("Swift's albums" does not).
        if (s..e).any(|k| self.l(k) == "'s") && self.entity_in(s, e).is_none() {
            return None;
        }
        let named = self.w[e - 1].cap || self.entity_in(s, e).is_some();
        let pron = e - s == 1 && self.is_pronoun(s);
        if !named && !pron && !self.has_role_word(s, e) {
            return None;
        }
        let sp = self.resolve_np(s, e, role, refs)?;
        let gender = if pron {
            pronoun_gender(self.l(s))
        } else {
            self.np_gender(s, e, &sp)
        };
        Some(Ref {
            pos: self.w[s].s,
            sent: self.w[s].sent,
            class: self.ref_class(s, e, &sp, refs),
            sp,
            gender,
            gender_named: !pron && gender.is_some(),
            speaker: false,
        })
    }

    fn resolve_np(
        &self,
        s: usize,
        e: usize,
        role: Option<(usize, usize)>,
        refs: &[Ref],
    ) -> Option<Speaker> {
        let lx = lex();
        let pos = self.w[s].s;
        let sent = self.w[s].sent;
        if e - s == 1 {
            if let Some(pr) = lx.pronouns.get(self.l(s)) {
                if matches!(self.l(s), "i" | "we" | "you") {
                    return None;
                }
                let g = pronoun_gender(self.l(s));
                let cands: Vec<&Ref> = refs
                    .iter()
                    .rev()
                    .skip_while(|r| r.pos >= pos)
                    .take_while(|r| sent.saturating_sub(r.sent) <= 8)
                    .filter(|r| {
                        let (class, gender) = known(r, refs);
                        r.pos < pos
                            && match class {
                                Class::Person => pr.person,
                                Class::Org => pr.org,
                                Class::Plural => pr.plural,
                                Class::Unknown => true,
                            }
                            && (g.is_none() || gender.is_none() || gender == g)
                    })
                    .collect();
                let first = *cands.first()?;
                if first.sent == sent || first.speaker {
                    return Some(first.sp.clone());
                }
                // A referent whose own name or title agrees ("Anna Lee" for "she").
                if let Some(g) = g {
                    if let Some(r) = cands.iter().find(|r| {
                        sent - r.sent <= 6
                            && refs.iter().any(|x| {
                                same_ref(&x.sp, &r.sp) && x.gender_named && x.gender == Some(g)
                            })
                    }) {
                        return Some(r.sp.clone());
                    }
                }
                // The last speaker, when close by.
                if let Some(r) = cands.iter().find(|r| r.speaker && sent - r.sent <= 2) {
                    return Some(r.sp.clone());
                }
                // The referent "she" already stood for, when still near.
                if let Some(g) = g {
                    if let Some(b) = cands
                        .iter()
                        .find(|r| known(r, refs).1 == Some(g) && sent - r.sent <= 6)
                    {
                        return Some(b.sp.clone());
                    }
                }
                return Some(first.sp.clone());
            }
        }
        // Unnamed spokespeople speak for their organisation.
        let spokes = (s..e).find(|&k| {
            self.l(k).starts_with("spokes") || matches!(self.l(k), "representative" | "mouthpiece")
        });
        let named_person = self
            .entity_in(s, e)
            .is_some_and(|ei| self.doc.entities[ei].kind == EntityType::PER)
            || (self.mentions.is_empty()
                && spokes.is_some_and(|k| k + 1 < e && self.namey(k + 1, e)));
        if let Some(k) = spokes {
            if !named_person {
                let role_txt = Some(self.txt(s, e).to_string());
                if matches!(self.l(k + 1), "for" | "of" | "at") && k + 2 < e {
                    let mut sp = self.resolve_np(k + 2, e, None, refs)?;
                    sp.role = role_txt;
                    return Some(sp);
                }
                // "An Alibaba spokesperson", "Taliban spokesman"
                let mut a = s;
                while a < k && matches!(self.l(a), "the" | "a" | "an") {
                    a += 1;
                }
                // "his spokesman": whoever "his" is.
                if a + 1 == k && matches!(self.l(a), "his" | "her" | "its" | "their") {
                    let mut sp = self.resolve_np(a, a + 1, None, refs)?;
                    sp.role = role_txt;
                    return Some(sp);
                }
                if a < k && self.w[a].cap {
                    let mut sp = self.np_speaker(a, k, None);
                    sp.role = role_txt;
                    return Some(sp);
                }
            }
        }
        // A statement speaks for its author: "a statement from the ministry", "the army's
        // statement".
        if let Some(k) = (s..e).find(|&k| {
            lx.speech_nouns.contains(self.l(k))
                && !self.w[k].cap
                && (k + 1 == e || matches!(self.l(k + 1), "from" | "by" | "of"))
        }) {
            if k + 2 < e && matches!(self.l(k + 1), "from" | "by" | "of") {
                return self.resolve_np(k + 2, e, None, refs);
            }
            if let Some(p) = (s..k).find(|&p| self.l(p) == "'s") {
                if p > s {
                    return self.resolve_np(s, p, None, refs);
                }
            }
        }
        // Definite descriptions: "the statement", "the company", "the spokesman".
        let definite = matches!(self.l(s), "the" | "this");
        if definite
            && e - s <= 3
            && self.entity_in(s, e).is_none()
            && !(s + 1..e).any(|k| self.w[k].cap)
        {
            let head = self.l(e - 1);
            let want = if lx.speech_nouns.contains(head) {
                Some(None)
            } else if lx.org_nouns.contains(head) && !head.ends_with('s') {
                Some(Some(Class::Org))
            } else if lx.roles.contains(head) && !head.ends_with('s') {
                Some(Some(Class::Person))
            } else {
                None
            };
            if let Some(want) = want {
                let near = |r: &&Ref| {
                    r.sent < sent
                        && sent - r.sent <= 12
                        && (r.speaker
                            || r.sp
                                .name
                                .as_deref()
                                .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase)))
                };
                let found = match want {
                    // "the statement said": whoever spoke last.
                    None => refs
                        .iter()
                        .rev()
                        .filter(near)
                        .find(|r| r.speaker && known(r, refs).0 != Class::Plural),
                    // "the company": an organisation, else an earlier speaker of no known kind.
                    Some(Class::Org) => refs
                        .iter()
                        .rev()
                        .filter(near)
                        .find(|r| {
                            r.sp.name.as_deref().is_some_and(|n| {
                                n.to_lowercase().split_whitespace().any(|w| w == head)
                            })
                        })
                        .or_else(|| {
                            refs.iter()
                                .rev()
                                .filter(near)
                                .find(|r| r.speaker && known(r, refs).0 == Class::Org)
                        })
                        .or_else(|| {
                            refs.iter()
                                .rev()
                                .filter(near)
                                .find(|r| r.speaker && known(r, refs).0 == Class::Unknown)
                        }),
                    Some(c) => refs
                        .iter()
                        .rev()
                        .filter(near)
                        .find(|r| known(r, refs).0 == c),
                };
                if let Some(r) = found {
                    let mut sp = r.sp.clone();
                    if want == Some(Class::Person) && sp.role.is_none() {
                        sp.role = Some(self.txt(s + 1, e).to_string());
                    }
                    return Some(sp);
                }
            }
        }
        Some(self.np_speaker(s, e, role))
    }

    /// Direct quotes without their own attribution take the speaker of their chain, of a
    /// neighbouring quote or of the sentence before.
    fn inherit(&self, cands: &mut [Cand]) {
        let idx: Vec<usize> = {
            let mut v: Vec<usize> = (0..cands.len())
                .filter(|&c| !cands[c].dropped && cands[c].region.is_some())
                .collect();
            v.sort_by_key(|&c| cands[c].c0);
            v
        };
        // Chains first: any attributed member gives its speaker to all.
        for _ in 0..2 {
            for &c in &idx {
                let r = cands[c].region.unwrap();
                if let Some(p) = self.regions[r].chain_prev {
                    let pc = idx.iter().copied().find(|&x| cands[x].region == Some(p));
                    if let Some(pc) = pc {
                        if cands[c].speaker.is_none() && cands[pc].speaker.is_some() {
                            cands[c].speaker = cands[pc].speaker.clone();
                            cands[c].cue = cands[c].cue.or(cands[pc].cue);
                        } else if cands[pc].speaker.is_none() && cands[c].speaker.is_some() {
                            cands[pc].speaker = cands[c].speaker.clone();
                        }
                    }
                }
            }
        }
        // All quotes in document order, to find the previous statement.
        let mut all: Vec<usize> = (0..cands.len()).filter(|&c| !cands[c].dropped).collect();
        all.sort_by_key(|&c| cands[c].c0);
        for pos in 0..all.len() {
            let c = all[pos];
            if cands[c].speaker.is_some()
                || cands[c].kind != QuoteKind::Direct
                || cands[c].region.is_none()
            {
                continue;
            }
            let r = cands[c].region.unwrap();
            if self.regions[r].nested {
                continue;
            }
            let para = self.w[cands[c].c0].para;
            // Next quote in the same paragraph with a speaker ("“A.” “B,” he said.").
            let next = all[pos + 1..]
                .iter()
                .copied()
                .find(|&x| {
                    cands[x].region.is_some() && !self.regions[cands[x].region.unwrap()].nested
                })
                .filter(|&x| self.w[cands[x].c0].para == para && cands[x].speaker.is_some());
            // The previous statement in this or the previous paragraph.
            let prev = all[..pos]
                .iter()
                .rev()
                .copied()
                .find(|&x| cands[x].speaker.is_some() && cands[x].kind != QuoteKind::Partial)
                .filter(|&x| para.saturating_sub(self.w[cands[x].c0].para) <= 1);
            let prev_same = prev.filter(|&x| self.w[cands[x].c0].para == para);
            let pick = prev_same.or(next).or(prev);
            if let Some(x) = pick {
                cands[c].speaker = cands[x].speaker.clone();
                cands[c].via = cands[x].via.clone();
            } else if cands[c].cue.is_none()
                && self.words(cands[c].c0, cands[c].c1) < 8
                && self.regions[r].chain_prev.is_none()
            {
                // A short quotation nobody is said to have spoken: a slogan or a title.
                cands[c].dropped = true;
            }
        }
    }

    /// "Reuters reports that the ministry said …": the outer statement relays the inner.
    fn relays(&self, cands: &mut [Cand]) {
        let n = cands.len();
        for a in 0..n {
            if cands[a].dropped || cands[a].kind != QuoteKind::Indirect {
                continue;
            }
            let c0 = cands[a].c0;
            for b in 0..n {
                if a == b || cands[b].dropped {
                    continue;
                }
                let start = match cands[b].src {
                    Src::Np(s, _, role) => role.map(|r| r.0.min(s)).unwrap_or(s),
                    _ => continue,
                };
                if start == c0 && cands[b].cue.is_some_and(|(x, _)| x < cands[a].c1) {
                    cands[b].relayed_by = Some(a);
                }
            }
        }
        for b in 0..n {
            let mut chain = Vec::new();
            let mut cur = cands[b].relayed_by;
            let mut guard = 0;
            while let Some(a) = cur {
                guard += 1;
                if guard > 8 {
                    break;
                }
                if let Some(name) = cands[a].speaker.as_ref().and_then(|s| s.name.clone()) {
                    chain.push(name);
                }
                cur = cands[a].relayed_by;
            }
            if !chain.is_empty() {
                let mut via = cands[b].via.clone();
                for c in chain {
                    if !via.contains(&c) {
                        via.push(c);
                    }
                }
                cands[b].via = via;
            }
        }
        // A quotation inside a quotation comes through the outer speaker.
        for b in 0..n {
            let Some(r) = cands[b].region else { continue };
            let Some(o) = self.regions[r].outer else {
                continue;
            };
            let Some(oc) = (0..n).find(|&x| cands[x].region == Some(o)) else {
                continue;
            };
            if let Some(name) = cands[oc].speaker.as_ref().and_then(|s| s.name.clone()) {
                let mut via = vec![name];
                via.extend(cands[oc].via.iter().cloned());
                if cands[b].speaker.as_ref().and_then(|s| s.name.as_ref()) != via.first() {
                    cands[b].via = via;
                }
            }
        }
        for a in 0..n {
            if (0..n).any(|b| cands[b].relayed_by == Some(a) && !cands[b].dropped) {
                cands[a].dropped = true;
            }
        }
    }
}

#[cfg(test)]
mod tests;
