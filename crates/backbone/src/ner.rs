//! Greedy left-to-right named-entity recogniser (BILOU, averaged perceptron) using word
//! shape, affixes, context, predicted POS and gazetteers we wrote (`data/*.txt`).
use crate::data::NerSentence;
use crate::hash::{feat, hash_str, KeyMap, Rng};
use crate::io::{Reader, Writer};
use crate::lex::{normalise, Lex};
use crate::perceptron::{argmax_where, Model, Trainer};
use eventwire_model::EntityType;

pub const TYPES: [EntityType; 4] = [
    EntityType::PER,
    EntityType::ORG,
    EntityType::LOC,
    EntityType::MISC,
];

/// Gazetteer lists compiled into the binary: (name, contents).
pub const GAZETTEERS: &[(&str, &str)] = &[
    ("country", include_str!("../data/countries.txt")),
    ("city", include_str!("../data/cities.txt")),
    ("region", include_str!("../data/regions.txt")),
    ("nationality", include_str!("../data/nationalities.txt")),
    ("first_name", include_str!("../data/first_names.txt")),
    ("surname", include_str!("../data/surnames.txt")),
    ("organisation", include_str!("../data/organisations.txt")),
    ("org_suffix", include_str!("../data/org_suffixes.txt")),
    ("title", include_str!("../data/titles.txt")),
    ("loc_suffix", include_str!("../data/loc_suffixes.txt")),
    ("place", include_str!("../data/places.txt")),
];

/// The index in [`GAZETTEERS`] of the list called `name`.
pub fn gazetteer_index(name: &str) -> Option<usize> {
    GAZETTEERS.iter().position(|(n, _)| *n == name)
}

/// A company's legal form, written as part of its name ("Enron Corp.", "CCNG, Inc.",
/// "Visakha Industrial Gases Pvt. Ltd.").
pub fn legal_form(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Inc"
            | "INC"
            | "Ltd"
            | "LTD"
            | "LLC"
            | "Corp"
            | "CORP"
            | "Co"
            | "PLC"
            | "plc"
            | "GmbH"
            | "L.P"
            | "LLP"
            | "Pvt"
            | "PVT"
            | "S.A"
            | "AG"
            | "Limited"
            | "Incorporated"
    )
}

/// Multi-word gazetteer lookup keyed by normalised word hashes.
pub struct Gazetteer {
    /// First-word hash -> entries (word hashes, list index).
    entries: KeyMap<Vec<(Vec<u64>, u8)>>,
}

impl Default for Gazetteer {
    fn default() -> Self {
        Self::new()
    }
}

impl Gazetteer {
    pub fn new() -> Gazetteer {
        let mut entries: KeyMap<Vec<(Vec<u64>, u8)>> = KeyMap::default();
        for (gi, (_, text)) in GAZETTEERS.iter().enumerate() {
            for line in text.lines() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let words: Vec<u64> = line
                    .split_whitespace()
                    .map(|w| hash_str(&normalise(w)))
                    .collect();
                let list = entries.entry(words[0]).or_default();
                if !list.iter().any(|(w, g)| *w == words && *g == gi as u8) {
                    list.push((words, gi as u8));
                }
            }
        }
        Gazetteer { entries }
    }

    /// Per word, a feature value per match: hash of (list, position B/I/L/U). The longest
    /// match of each list starting at a word wins.
    pub fn matches(&self, lexes: &[Lex]) -> Vec<Vec<u64>> {
        let n = lexes.len();
        let mut out = vec![Vec::new(); n];
        for i in 0..n {
            let Some(list) = self.entries.get(&lexes[i].norm) else {
                continue;
            };
            let mut best: [usize; 16] = [0; 16];
            for (words, g) in list {
                let len = words.len();
                if i + len <= n
                    && words
                        .iter()
                        .zip(&lexes[i..i + len])
                        .all(|(w, l)| *w == l.norm)
                {
                    best[*g as usize] = best[*g as usize].max(len);
                }
            }
            for (g, &len) in best.iter().enumerate() {
                if len == 0 {
                    continue;
                }
                let g = g as u64 + 1;
                if len == 1 {
                    out[i].push(g * 8 + 4);
                } else {
                    out[i].push(g * 8 + 1);
                    for o in &mut out[i + 1..i + len - 1] {
                        o.push(g * 8 + 2);
                    }
                    out[i + len - 1].push(g * 8 + 3);
                }
            }
        }
        out
    }

    /// Spans `[start, end)` of two or more words that are a name of the gazetteer `list`
    /// (its index in [`GAZETTEERS`]), longest first at each start.
    /// Whether the word `lex` alone is an entry of gazetteer `list`.
    pub fn has_word(&self, list: usize, lex: &Lex) -> bool {
        self.entries.get(&lex.norm).is_some_and(|entries| {
            entries
                .iter()
                .any(|(words, g)| *g as usize == list && words.len() == 1)
        })
    }

    /// Whether the words `lexes`, all of them, are one entry of one of the gazetteers
    /// `lists` (indices in [`GAZETTEERS`]).
    pub fn is_entry(&self, lists: &[usize], lexes: &[Lex]) -> bool {
        let Some(first) = lexes.first() else {
            return false;
        };
        self.entries.get(&first.norm).is_some_and(|entries| {
            entries.iter().any(|(words, g)| {
                lists.contains(&(*g as usize))
                    && words.len() == lexes.len()
                    && words.iter().zip(lexes).all(|(w, l)| *w == l.norm)
            })
        })
    }

    pub fn spans(&self, list: usize, lexes: &[Lex]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < lexes.len() {
            let len = self.entries.get(&lexes[i].norm).map_or(0, |entries| {
                entries
                    .iter()
                    .filter(|(words, g)| {
                        *g as usize == list
                            && words.len() >= 2
                            && i + words.len() <= lexes.len()
                            && words.iter().zip(&lexes[i..]).all(|(w, l)| *w == l.norm)
                    })
                    .map(|(words, _)| words.len())
                    .max()
                    .unwrap_or(0)
            });
            if len > 0 {
                out.push((i, i + len));
                i += len;
            } else {
                i += 1;
            }
        }
        out
    }
}

/// Word clusters (`tools/word_clusters.py`): a fine and a coarse cluster per word string,
/// looked up by the form as written, then lowercased. Stored in ner.bin.
#[derive(Default)]
pub struct Clusters {
    /// Sorted truncated hashes of the word strings.
    keys: Vec<u32>,
    /// Fine cluster of each key.
    fine: Vec<u16>,
    /// Coarse cluster of each fine cluster.
    coarse: Vec<u16>,
    /// `keys[start[k]..start[k + 1]]` are the keys whose top [`INDEX_BITS`] bits are `k`:
    /// a lookup reads one short run instead of binary-searching 600,000 keys (about 20
    /// cache misses per word; the search was a third of the NER's time).
    start: Vec<u32>,
}

const INDEX_BITS: u32 = 16;

/// Feature values for a word outside the table and for the padding around a sentence.
const NO_CLUSTER: [u64; 3] = [0, 0, 0];
const PAD_CLUSTER: [u64; 3] = [1 << 20, 1 << 20, 1 << 20];

fn cluster_key(h: u64) -> u32 {
    (h >> 32) as u32
}

impl Clusters {
    /// Parse `word<TAB>fine<TAB>coarse` lines; the first line of a word wins. Words with
    /// digits are skipped (the NER's word features already normalise digits).
    pub fn from_tsv(text: &str) -> anyhow::Result<Clusters> {
        let mut rows: Vec<(u32, u16)> = Vec::new();
        let mut coarse: Vec<u16> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for line in text.lines() {
            let mut cols = line.split('\t');
            let (Some(w), Some(f), Some(c)) = (cols.next(), cols.next(), cols.next()) else {
                continue;
            };
            if w.is_empty() || w.chars().count() > 20 || w.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let f: u16 = f.parse()?;
            let c: u16 = c.parse()?;
            if coarse.len() <= f as usize {
                coarse.resize(f as usize + 1, 0);
            }
            coarse[f as usize] = c;
            let k = cluster_key(hash_str(w));
            if seen.insert(k) {
                rows.push((k, f));
            }
        }
        rows.sort_unstable();
        Ok(Clusters::new(
            rows.iter().map(|r| r.0).collect(),
            rows.iter().map(|r| r.1).collect(),
            coarse,
        ))
    }

    /// `keys` sorted.
    fn new(keys: Vec<u32>, fine: Vec<u16>, coarse: Vec<u16>) -> Clusters {
        let mut start = vec![0u32; (1 << INDEX_BITS) + 1];
        for &k in &keys {
            start[(k >> (32 - INDEX_BITS)) as usize + 1] += 1;
        }
        for i in 1..start.len() {
            start[i] += start[i - 1];
        }
        Clusters {
            keys,
            fine,
            coarse,
            start,
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    fn find(&self, h: u64) -> Option<usize> {
        let k = cluster_key(h);
        let top = (k >> (32 - INDEX_BITS)) as usize;
        let (a, z) = match self.start.get(top..top + 2) {
            Some(&[a, z]) => (a as usize, z as usize),
            _ => (0, self.keys.len()),
        };
        self.keys[a..z].binary_search(&k).ok().map(|i| a + i)
    }

    /// (fine + 1, coarse + 1) of a word as written (else lowercased), then the fine
    /// cluster + 1 of the lowercased word (0 if none): "Cloud" and "Visit" are names only
    /// sometimes, "cloud" and "visit" never.
    fn get(&self, lex: &Lex) -> [u64; 3] {
        let low = self.find(lex.norm);
        let low_fine = low.map_or(0, |i| self.fine[i] as u64 + 1);
        match self.find(lex.form).or(low) {
            Some(i) => {
                let f = self.fine[i];
                [f as u64 + 1, self.coarse[f as usize] as u64 + 1, low_fine]
            }
            None => NO_CLUSTER,
        }
    }

    fn write(&self, w: &mut Writer) {
        w.u32(self.coarse.len() as u32);
        for &c in &self.coarse {
            w.u16(c);
        }
        w.u32(self.keys.len() as u32);
        for &k in &self.keys {
            w.u32(k);
        }
        for &f in &self.fine {
            w.u16(f);
        }
    }

    fn read(r: &mut Reader) -> anyhow::Result<Clusters> {
        let nc = r.u32()? as usize;
        let coarse = (0..nc)
            .map(|_| r.u16())
            .collect::<anyhow::Result<Vec<_>>>()?;
        let n = r.u32()? as usize;
        let keys = (0..n)
            .map(|_| r.u32())
            .collect::<anyhow::Result<Vec<_>>>()?;
        let fine = (0..n)
            .map(|_| r.u16())
            .collect::<anyhow::Result<Vec<_>>>()?;
        if fine.iter().any(|&f| f as usize >= nc) {
            anyhow::bail!("word cluster out of range");
        }
        Ok(Clusters::new(keys, fine, coarse))
    }
}

/// BILOU class ids: 0 = O, then for type t: B, I, L, U at 1 + 4t ...
fn class(prefix: usize, t: usize) -> usize {
    1 + 4 * t + prefix
}
const B: usize = 0;
const I: usize = 1;
const L: usize = 2;
const U: usize = 3;
const N_CLASSES: usize = 17;

/// Whether `next` may follow `prev` in BILOU.
fn allowed(prev: usize, next: usize) -> bool {
    let open = |c: usize| c != 0 && matches!((c - 1) % 4, B | I);
    let cont = |c: usize| c != 0 && matches!((c - 1) % 4, I | L);
    if open(prev) {
        cont(next) && (next - 1) / 4 == (prev - 1) / 4
    } else {
        !cont(next)
    }
}

fn bilou(spans: &[(usize, usize, EntityType)], n: usize) -> Vec<usize> {
    let mut y = vec![0; n];
    for &(s, e, t) in spans {
        let ti = TYPES.iter().position(|x| *x == t).unwrap();
        if e == s + 1 {
            y[s] = class(U, ti);
        } else {
            y[s] = class(B, ti);
            for c in &mut y[s + 1..e - 1] {
                *c = class(I, ti);
            }
            y[e - 1] = class(L, ti);
        }
    }
    y
}

fn spans_of(y: &[usize]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, &c) in y.iter().enumerate() {
        if c == 0 {
            start = None;
            continue;
        }
        let (p, t) = ((c - 1) % 4, (c - 1) / 4);
        match p {
            B => start = Some(i),
            U => out.push((i, i + 1, TYPES[t])),
            L => {
                if let Some(s) = start.take() {
                    out.push((s, i + 1, TYPES[t]));
                }
            }
            _ => {}
        }
    }
    out
}

struct Ctx<'a> {
    /// How the sentence is written: see [`case_mode`].
    mode: u64,
    lex: &'a [Lex],
    tags: &'a [u64],
    gaz: &'a [Vec<u64>],
    syn: &'a [Syn],
    cl: &'a [[u64; 3]],
}

/// Syntactic context of a word from the parse, taken at the head of the name the word is
/// part of (following flat/compound arcs): its relation, its governor's word and the
/// preposition attached to it. "met [Olaf Scholz]" and "in [Miramar]" tell the type when the
/// name itself is unknown.
pub type Syn = [u64; 3];

/// [`Syn`] for each word of a parsed sentence.
pub fn syntax(lexes: &[Lex], heads: &[Option<usize>], deprels: &[&str]) -> Vec<Syn> {
    let n = lexes.len();
    let mut case_child: Vec<u64> = vec![0; n];
    for d in 0..n {
        if let Some(h) = heads[d] {
            if deprels[d] == "case" && case_child[h] == 0 {
                case_child[h] = lexes[d].norm;
            }
        }
    }
    (0..n)
        .map(|i| {
            let mut t = i;
            for _ in 0..6 {
                match heads[t] {
                    Some(h)
                        if matches!(deprels[t], "flat" | "compound" | "flat:name" | "fixed") =>
                    {
                        t = h
                    }
                    _ => break,
                }
            }
            let gov = heads[t].map_or(1, |h| lexes[h].norm);
            [hash_str(deprels[t]), gov, case_child[t]]
        })
        .collect()
}

const PAD: usize = 2;

/// How a sentence is capitalised, from the orthographic classes of its words with letters:
/// 1 at most two such words (a sign-off, a heading), 2 mostly capitals (shouting,
/// headlines), 3 mostly capitalised words (a title-case heading or review title), 4 begins
/// in lower case (web text written without capitals), else 0. A capital means less in 2, 3
/// and 4 than in ordinary prose.
pub fn case_mode(lexes: &[Lex]) -> u64 {
    let classes: Vec<u64> = lexes
        .iter()
        .map(|l| (l.ortho % 32) / 2)
        .filter(|c| (3..=7).contains(c))
        .collect();
    let n = classes.len();
    if n <= 2 {
        return 1;
    }
    let upper = classes.iter().filter(|&&c| c == 3).count();
    if upper * 10 >= n * 6 {
        return 2;
    }
    let caps = classes[1..]
        .iter()
        .filter(|&&c| (3..=5).contains(&c))
        .count();
    if n >= 4 && caps * 10 >= (n - 1) * 6 {
        return 3;
    }
    if classes[0] == 7 {
        return 4;
    }
    0
}

fn features(c: &Ctx, i: usize, p1: u64, p2: u64, out: &mut Vec<u64>) {
    out.clear();
    let j = i + PAD;
    let w = &c.lex[j];
    let (l1, l2, r1, r2) = (&c.lex[j - 1], &c.lex[j - 2], &c.lex[j + 1], &c.lex[j + 2]);
    let (t0, tl, tr) = (c.tags[j], c.tags[j - 1], c.tags[j + 1]);
    out.extend_from_slice(&[
        feat(0, 0, 0, 0),
        feat(1, w.norm, 0, 0),
        feat(2, w.form, 0, 0),
        feat(3, w.shape, 0, 0),
        feat(4, w.ortho, 0, 0),
        feat(5, w.suf[1], 0, 0),
        feat(6, w.suf[2], 0, 0),
        feat(7, w.suf[3], 0, 0),
        feat(8, w.pre[1], 0, 0),
        feat(9, w.pre[2], 0, 0),
        feat(10, l1.norm, 0, 0),
        feat(11, r1.norm, 0, 0),
        feat(12, l2.norm, 0, 0),
        feat(13, r2.norm, 0, 0),
        feat(14, l1.shape, 0, 0),
        feat(15, r1.shape, 0, 0),
        feat(16, l1.ortho, w.ortho, r1.ortho),
        feat(17, t0, 0, 0),
        feat(18, tl, 0, 0),
        feat(19, tr, 0, 0),
        feat(20, tl, t0, tr),
        feat(21, p1, 0, 0),
        feat(22, p1, p2, 0),
        feat(23, p1, w.norm, 0),
        feat(24, p1, w.shape, 0),
        feat(25, l1.norm, w.norm, 0),
        feat(26, w.norm, r1.norm, 0),
        feat(27, w.ortho, t0, 0),
        feat(28, (i == 0) as u64, w.ortho, 0),
        feat(29, p1, t0, 0),
        feat(30, l1.suf[2], w.ortho, 0),
        feat(31, r1.norm, w.ortho, 0),
    ]);
    out.extend_from_slice(&[
        feat(90, c.mode, w.ortho, 0),
        feat(91, c.mode, p1, 0),
        feat(92, c.mode, w.ortho, (i == 0) as u64),
        feat(93, c.mode, w.ortho, r1.ortho),
    ]);
    let [rel, gov, case] = c.syn[j];
    out.extend_from_slice(&[
        feat(70, rel, 0, 0),
        feat(71, gov, 0, 0),
        feat(72, rel, gov, 0),
        feat(73, case, 0, 0),
        feat(74, case, rel, 0),
        feat(75, rel, w.ortho, 0),
    ]);
    let ([f0, c0, lo0], [fl, cl, _], [fr, cr, _]) = (c.cl[j], c.cl[j - 1], c.cl[j + 1]);
    out.extend_from_slice(&[
        feat(80, f0, 0, 0),
        feat(81, c0, 0, 0),
        feat(82, f0, w.ortho, 0),
        feat(83, fl, 0, 0),
        feat(84, fr, 0, 0),
        feat(85, cl, c0, cr),
        feat(86, c0, p1, 0),
        feat(87, f0, t0, 0),
        feat(88, lo0, 0, 0),
        feat(89, lo0, w.ortho, 0),
    ]);
    for (k, off) in [(40u32, 0usize), (50, 1), (60, 2)] {
        // off: 0 = previous word, 1 = this word, 2 = next word.
        let pos = j + off - 1;
        for &g in &c.gaz[pos] {
            out.push(feat(k, g, 0, 0));
            if off == 1 {
                out.push(feat(k + 1, g, w.ortho, 0));
                out.push(feat(k + 2, g, p1, 0));
            }
        }
    }
}

pub struct Ner {
    pub(crate) gazetteer: Gazetteer,
    clusters: Clusters,
    model: Model,
}

fn padded<T: Clone>(v: &[T], pad: T) -> Vec<T> {
    let mut out = Vec::with_capacity(v.len() + 2 * PAD);
    out.extend(std::iter::repeat_n(pad.clone(), PAD));
    out.extend_from_slice(v);
    out.extend(std::iter::repeat_n(pad, PAD));
    out
}

fn padded_lex(lexes: &[Lex]) -> Vec<Lex> {
    let mut v = Vec::with_capacity(lexes.len() + 2 * PAD);
    v.push(Lex::boundary(0));
    v.push(Lex::boundary(1));
    v.extend_from_slice(lexes);
    v.push(Lex::boundary(2));
    v.push(Lex::boundary(3));
    v
}

impl Ner {
    /// Greedy left-to-right labels, `step` scoring each token. With `skip_plain`, a plain
    /// word (lower-case letters only) that is outside a name, unknown to the gazetteers and
    /// followed by another plain token (past a joiner such as "of", by the token after it)
    /// is labelled O unscored in a normally written sentence: it starts no name there, and
    /// most words are such words (prediction does it; training scores every token).
    fn decode(
        &self,
        lexes: &[Lex],
        tags: &[u64],
        syn: &[Syn],
        skip_plain: bool,
        mut step: impl FnMut(&[u64], usize, &mut [f32]) -> usize,
    ) -> Vec<usize> {
        let lex = padded_lex(lexes);
        let tg = padded(tags, 7);
        let gaz = padded(&self.gazetteer.matches(lexes), Vec::new());
        let sy = padded(syn, [0; 3]);
        let cl: Vec<[u64; 3]> = lexes.iter().map(|l| self.clusters.get(l)).collect();
        let cl = padded(&cl, PAD_CLUSTER);
        let ctx = Ctx {
            mode: case_mode(lexes),
            lex: &lex,
            tags: &tg,
            gaz: &gaz,
            syn: &sy,
            cl: &cl,
        };
        let mut feats = Vec::with_capacity(48);
        let mut scores = vec![0f32; N_CLASSES];
        let mut y = Vec::with_capacity(lexes.len());
        let (mut p1, mut p2) = (0usize, 99usize);
        // Plain: lower-case letters only (not "ripoffreport.com", "zoviet*france"), or
        // punctuation only.
        let plain = |l: &Lex| l.ortho == 7 * 2 || (l.ortho % 32) / 2 == 8;
        // A word that joins a name to what follows: "university of Pittsburgh", "al -
        // Qaeda"; the token after it decides.
        let joins = [
            hash_str("of"),
            hash_str("and"),
            hash_str("&"),
            hash_str("de"),
        ];
        let joiner = |l: &Lex| l.ortho & 1 == 1 || joins.contains(&l.norm);
        let skip_plain = skip_plain && ctx.mode == 0;
        for i in 0..lexes.len() {
            let outside = p1 == 0 || matches!((p1 - 1) % 4, L | U);
            // "de" in "de Mistura" is scored (the next word has a capital), and so is a
            // name the gazetteers know in lower case ("flights to malaysia").
            let c = if skip_plain
                && outside
                && plain(&lexes[i])
                && gaz[i + PAD].is_empty()
                && lexes.get(i + 1).is_none_or(plain)
                && (lexes.get(i + 1).is_none_or(|l| !joiner(l))
                    || lexes.get(i + 2).is_none_or(plain))
            {
                0
            } else {
                features(&ctx, i, p1 as u64, p2 as u64, &mut feats);
                step(&feats, i, &mut scores)
            };
            y.push(c);
            p2 = p1;
            p1 = c;
        }
        y
    }

    /// Entity spans over words `[start, end)`.
    pub fn recognise(
        &self,
        _words: &[&str],
        lexes: &[Lex],
        tags: &[u64],
        syn: &[Syn],
    ) -> Vec<(usize, usize, EntityType)> {
        self.recognise_with(lexes, tags, syn, true)
    }

    /// [`Ner::recognise`]; `skip_plain`: see [`Ner::decode`].
    fn recognise_with(
        &self,
        lexes: &[Lex],
        tags: &[u64],
        syn: &[Syn],
        skip_plain: bool,
    ) -> Vec<(usize, usize, EntityType)> {
        let n = lexes.len();
        let mut prev = 0usize;
        let y = self.decode(lexes, tags, syn, skip_plain, |f, i, scores| {
            self.model.scores(f, scores);
            let last = i + 1 == n;
            let c = argmax_where(scores, |c| {
                allowed(prev, c) && (!last || c == 0 || matches!((c - 1) % 4, L | U))
            })
            .unwrap_or(0);
            prev = c;
            c
        });
        spans_of(&y)
    }

    /// Re-adds the features most looked-up first ([`Model::ranked_by`]).
    #[cfg(feature = "lookup-counts")]
    pub(crate) fn rank_by_lookups(&mut self) {
        self.model = self.model.ranked_by_own_lookups();
    }

    pub fn write(&self, w: &mut Writer) {
        self.clusters.write(w);
        self.model.write(w);
    }

    pub fn read(r: &mut Reader) -> anyhow::Result<Ner> {
        Ok(Ner {
            gazetteer: Gazetteer::new(),
            clusters: Clusters::read(r)?,
            model: Model::read(r)?,
        })
    }
}

pub struct NerOptions {
    pub epochs: usize,
    pub seed: u64,
    pub min_weight: f32,
    /// Probability of following the model's own previous label after epoch 1.
    pub explore: f64,
    /// Word clusters stored with the model and used as features (empty: none).
    pub clusters: Clusters,
}

/// An entity span: words `[start, end)` and type.
pub type Span = (usize, usize, EntityType);

/// Document-level consistency: a name written the same way is usually the same entity
/// throughout a document, so each predicted span takes the type predicted most often for
/// its exact words in the document (on a tie it keeps its own). `sents[k]` holds the words
/// and the predicted spans of sentence `k`.
pub fn harmonise<W: AsRef<str>>(sents: &mut [(&[W], &mut Vec<Span>)]) {
    let key = |w: &[W], s: usize, e: usize| {
        w[s..e]
            .iter()
            .map(|x| x.as_ref())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut votes: std::collections::HashMap<String, [usize; 4]> = Default::default();
    for (w, spans) in sents.iter() {
        for &(s, e, t) in spans.iter() {
            let ti = TYPES.iter().position(|x| *x == t).unwrap_or(3);
            votes.entry(key(w, s, e)).or_default()[ti] += 1;
        }
    }
    for (w, spans) in sents.iter_mut() {
        for (s, e, t) in spans.iter_mut() {
            let v = votes[&key(w, *s, *e)];
            let own = TYPES.iter().position(|x| x == t).unwrap_or(3);
            let best = (0..4).max_by_key(|&i| (v[i], i == own)).unwrap_or(own);
            if v[best] > v[own] {
                *t = TYPES[best];
            }
        }
    }
}

/// Case-augmented copies of a share of the sentences (lowercased, some uppercased, some in
/// title case), so that web text without capitals and headlines in capitals or title case
/// still find names through the word itself and the gazetteers rather than through
/// capitalisation alone. Tag the copies with the tagger afterwards so their POS looks like
/// it will at run time.
pub fn augment_case(
    sents: &[NerSentence],
    lowercase: f64,
    uppercase: f64,
    titlecase: f64,
    seed: u64,
) -> Vec<NerSentence> {
    let mut rng = Rng::new(seed ^ 0x5eed);
    let mut out = Vec::new();
    for s in sents {
        let r = rng.unit();
        let words: Vec<String> = if r < lowercase {
            s.words.iter().map(|w| w.to_lowercase()).collect()
        } else if r < lowercase + uppercase {
            s.words.iter().map(|w| w.to_uppercase()).collect()
        } else if r < lowercase + uppercase + titlecase {
            s.words.iter().map(|w| title_case(w)).collect()
        } else {
            continue;
        };
        out.push(NerSentence {
            words,
            spans: s.spans.clone(),
            doc_start: s.doc_start,
        });
    }
    out
}

/// A word as a title-case heading writes it: the first letter capitalised, except short
/// function words.
fn title_case(w: &str) -> String {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with",
    ];
    if SMALL.contains(&w) {
        return w.to_string();
    }
    let mut c = w.chars();
    match c.next() {
        Some(f) if f.is_lowercase() => f.to_uppercase().chain(c).collect(),
        _ => w.to_string(),
    }
}

/// NER training example: lexes, hashed predicted POS tags, parse context, gold spans.
pub struct NerExample {
    pub words: Vec<String>,
    pub lex: Vec<Lex>,
    pub tags: Vec<u64>,
    pub syn: Vec<Syn>,
    pub spans: Vec<(usize, usize, EntityType)>,
}

impl NerExample {
    pub fn new(s: &NerSentence, tags: Vec<u64>, syn: Vec<Syn>) -> NerExample {
        NerExample {
            lex: s.words.iter().map(|w| Lex::new(w)).collect(),
            words: s.words.clone(),
            tags,
            syn,
            spans: s.spans.clone(),
        }
    }
}

/// Micro P/R/F1 over PER/ORG/LOC (exact spans).
pub fn score(ner: &Ner, dev: &[NerExample]) -> (f64, f64, f64) {
    let (mut tp, mut np, mut ng) = (0usize, 0usize, 0usize);
    let core = |t: &EntityType| *t != EntityType::MISC;
    for ex in dev {
        let words: Vec<&str> = ex.words.iter().map(|s| s.as_str()).collect();
        let pred = ner.recognise(&words, &ex.lex, &ex.tags, &ex.syn);
        let gold: Vec<_> = ex.spans.iter().filter(|s| core(&s.2)).collect();
        let pred: Vec<_> = pred.iter().filter(|s| core(&s.2)).collect();
        tp += pred.iter().filter(|p| gold.contains(p)).count();
        np += pred.len();
        ng += gold.len();
    }
    let p = tp as f64 / np.max(1) as f64;
    let r = tp as f64 / ng.max(1) as f64;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

pub fn train(train: &[NerExample], dev: &[NerExample], opt: NerOptions) -> Ner {
    let mut ner = Ner {
        gazetteer: Gazetteer::new(),
        clusters: opt.clusters,
        model: Trainer::new(1).finish(0.0),
    };
    let train: Vec<&NerExample> = train.iter().collect();
    let golds: Vec<Vec<usize>> = train
        .iter()
        .map(|ex| bilou(&ex.spans, ex.lex.len()))
        .collect();
    let mut trainer = Trainer::new(N_CLASSES);
    let mut rng = Rng::new(opt.seed);
    let mut explore_rng = Rng::new(opt.seed ^ 0xe4);
    let mut order: Vec<usize> = (0..train.len()).collect();
    for epoch in 0..opt.epochs {
        rng.shuffle(&mut order);
        let (mut correct, mut total) = (0usize, 0usize);
        for &si in &order {
            let ex = train[si];
            let gold = &golds[si];
            let mut prev = 0usize;
            let trainer_ref = &mut trainer;
            ner.decode(&ex.lex, &ex.tags, &ex.syn, false, |f, i, scores| {
                trainer_ref.scores(f, scores);
                let guess = argmax_where(scores, |c| allowed(prev, c)).unwrap_or(0);
                trainer_ref.tick();
                trainer_ref.update(gold[i], guess, f);
                correct += (guess == gold[i]) as usize;
                total += 1;
                // After the first epoch, sometimes follow the model's own history so that
                // it learns to recover from its mistakes.
                let follow = if epoch > 0 && explore_rng.unit() < opt.explore {
                    guess
                } else {
                    gold[i]
                };
                prev = follow;
                follow
            });
        }
        ner.model = trainer.finish(opt.min_weight);
        let (p, r, f) = score(&ner, dev);
        eprintln!(
            "ner epoch {:>2}: train acc {:.4}  dev P {:.4} R {:.4} F1 {:.4} (PER/ORG/LOC)  ({} features)",
            epoch + 1,
            correct as f64 / total.max(1) as f64,
            p,
            r,
            f,
            ner.model.n_features()
        );
    }
    ner
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_roundtrip_and_constraints() {
        let spans = vec![(0, 2, EntityType::ORG), (3, 4, EntityType::PER)];
        let y = bilou(&spans, 5);
        assert_eq!(spans_of(&y), spans);
        assert!(allowed(0, class(B, 1)));
        assert!(!allowed(0, class(I, 1)));
        assert!(allowed(class(B, 1), class(L, 1)));
        assert!(!allowed(class(B, 1), class(L, 2)));
        assert!(!allowed(class(B, 1), 0));
    }

    #[test]
    fn harmonise_takes_the_majority_type_in_a_document() {
        let a = ["Byron", "met", "Hobhouse"];
        let b = ["Byron", "wrote"];
        let c = ["Byron", "left"];
        let (mut pa, mut pb, mut pc) = (
            vec![(0, 1, EntityType::PER), (2, 3, EntityType::ORG)],
            vec![(0, 1, EntityType::LOC)],
            vec![(0, 1, EntityType::PER)],
        );
        harmonise(&mut [(&a[..], &mut pa), (&b[..], &mut pb), (&c[..], &mut pc)]);
        assert_eq!(pb, vec![(0, 1, EntityType::PER)]);
        assert_eq!(pa[1], (2, 3, EntityType::ORG));
    }

    /// Leaving plain words unscored changes no prediction: names that start with a
    /// lower-case word (also before a hyphen or "of"), names in lower-case text, names
    /// after plain words, names the gazetteers know written in lower case.
    #[test]
    fn unscored_plain_words_change_no_name() {
        let bb = crate::shared().unwrap();
        let sentences = [
            "UN envoy Staffan de Mistura said talks with de Mistura would resume in Geneva .",
            "paintings by van Gogh were sold at auction in new york on tuesday .",
            "where can I get morcillas in tampa bay , I like the argentinian type .",
            "the rebels said the state department and the european union had been told .",
            "Syrian leader Ahmed al-Sharaa met officials from the Kremlin in Damascus .",
            "Osama bin Laden 's al - Qaeda terror network has threatened to deliver devastating blows to the United States .",
            "I flew to malaysia and then to chicago , the Windy City , with my friend Sam .",
            "She studied at the university of Pittsburgh and posts on ripoffreport.com daily .",
        ];
        let mut names = 0;
        for s in sentences {
            let words: Vec<&str> = s.split(' ').collect();
            let (lexes, _, tags) = bb.tag_hashes(&words);
            let parse = bb.parser.parse(&crate::parser::Input {
                lex: &lexes,
                tags: &tags,
            });
            let deprels: Vec<&str> = parse
                .labels
                .iter()
                .map(|&l| bb.parser.labels.get(l).map_or("dep", |s| s.as_str()))
                .collect();
            let syn = syntax(&lexes, &parse.heads, &deprels);
            let skipped = bb.ner.recognise_with(&lexes, &tags, &syn, true);
            let scored = bb.ner.recognise_with(&lexes, &tags, &syn, false);
            assert_eq!(skipped, scored, "{s}");
            names += scored.len();
        }
        assert!(names >= 8, "{names} names");
    }

    #[test]
    fn case_mode_tells_how_a_sentence_is_written() {
        let mode = |s: &str| {
            let lexes: Vec<Lex> = s.split(' ').map(Lex::new).collect();
            case_mode(&lexes)
        };
        assert_eq!(mode("Thanks , Vince"), 1);
        assert_eq!(mode("WHO WANTS TO HELP MILLIONS FOR UNITED WAY ?"), 2);
        assert_eq!(mode("Great Service And Friendly Staff"), 3);
        assert_eq!(mode("where can I get morcillas in tampa bay"), 4);
        assert_eq!(mode("I searched all over the internet in Tampa Bay ."), 0);
    }

    #[test]
    fn title_case_copies_keep_the_spans() {
        let s = NerSentence {
            words: ["the", "mayor", "of", "paris", "spoke"]
                .map(String::from)
                .to_vec(),
            spans: vec![(3, 4, EntityType::LOC)],
            doc_start: false,
        };
        let out = augment_case(&[s], 0.0, 0.0, 1.0, 1);
        assert_eq!(out[0].words, ["the", "Mayor", "of", "Paris", "Spoke"]);
        assert_eq!(out[0].spans, vec![(3, 4, EntityType::LOC)]);
    }

    #[test]
    fn gazetteer_matches_multiword_names() {
        let g = Gazetteer::new();
        let words = [
            "in", "New", "York", "City", "and", "France", "near", "Samarra",
        ];
        let lexes: Vec<Lex> = words.iter().map(|w| Lex::new(w)).collect();
        let m = g.matches(&lexes);
        assert!(m[0].is_empty());
        assert!(!m[1].is_empty() && !m[2].is_empty());
        assert!(!m[5].is_empty());
        // Towns from GeoNames (data/places.txt), but no ordinary words ("near").
        assert!(m[6].is_empty());
        assert!(!m[7].is_empty());
    }
}
