//! Greedy arc-eager transition parser with an averaged perceptron, trained with the dynamic
//! oracle of Goldberg & Nivre (2012). The artificial root sits at the *end* of the buffer
//! (Ballesteros & Nivre 2013), so the root attachment is decided last, with the whole
//! sentence seen. Non-projective training trees are lifted to projective ones first.
use crate::data::UdSentence;
use crate::hash::{feat, hash_str, Rng};
use crate::io::{Reader, Writer};
use crate::lex::Lex;
use crate::perceptron::{argmax_where, Model, Trainer};
use std::collections::HashMap;

/// No token (as a head), no label (as a relation: a second root hung on the first by
/// [`finish_tree`], written out as "dep").
pub(crate) const NONE: usize = usize::MAX;
pub const SHIFT: usize = 0;
pub const REDUCE: usize = 1;

#[inline]
pub fn left(l: usize) -> usize {
    2 + 2 * l
}
#[inline]
pub fn right(l: usize) -> usize {
    3 + 2 * l
}

/// Parser configuration. Word `n` is the artificial root.
#[derive(Clone, Debug)]
pub struct State {
    pub n: usize,
    pub stack: Vec<usize>,
    pub b: usize,
    pub heads: Vec<usize>,
    pub labels: Vec<usize>,
    /// Two leftmost / rightmost dependents (outermost first).
    ldeps: Vec<[usize; 2]>,
    rdeps: Vec<[usize; 2]>,
    nleft: Vec<u8>,
    nright: Vec<u8>,
    lset: Vec<u128>,
    rset: Vec<u128>,
}

impl State {
    pub fn new(n: usize) -> State {
        State {
            n,
            stack: Vec::with_capacity(n),
            b: 0,
            heads: vec![NONE; n + 1],
            labels: vec![NONE; n + 1],
            ldeps: vec![[NONE; 2]; n + 1],
            rdeps: vec![[NONE; 2]; n + 1],
            nleft: vec![0; n + 1],
            nright: vec![0; n + 1],
            lset: vec![0; n + 1],
            rset: vec![0; n + 1],
        }
    }

    pub fn is_final(&self) -> bool {
        self.stack.is_empty() && self.b == self.n
    }

    fn s0(&self) -> usize {
        self.stack.last().copied().unwrap_or(NONE)
    }

    fn add_arc(&mut self, h: usize, d: usize, l: usize) {
        self.heads[d] = h;
        self.labels[d] = l;
        let bit = 1u128 << (l % 128);
        if d < h {
            let ld = &mut self.ldeps[h];
            if ld[0] == NONE || d < ld[0] {
                ld[1] = ld[0];
                ld[0] = d;
            } else if ld[1] == NONE || d < ld[1] {
                ld[1] = d;
            }
            self.nleft[h] = self.nleft[h].saturating_add(1);
            self.lset[h] |= bit;
        } else {
            let rd = &mut self.rdeps[h];
            if rd[0] == NONE || d > rd[0] {
                rd[1] = rd[0];
                rd[0] = d;
            } else if rd[1] == NONE || d > rd[1] {
                rd[1] = d;
            }
            self.nright[h] = self.nright[h].saturating_add(1);
            self.rset[h] |= bit;
        }
    }

    /// Whether `action` may be applied; `root` is the label index of `root`.
    pub fn valid(&self, action: usize, root: usize) -> bool {
        let s0 = self.s0();
        match action {
            SHIFT => self.b < self.n,
            REDUCE => s0 != NONE && self.heads[s0] != NONE,
            a => {
                let l = (a - 2) / 2;
                if s0 == NONE {
                    return false;
                }
                if a % 2 == 0 {
                    self.heads[s0] == NONE && ((self.b == self.n) == (l == root))
                } else {
                    self.b < self.n && l != root
                }
            }
        }
    }

    /// [`State::valid`] for every action of this state, the state's part worked out once.
    #[inline]
    pub fn validity(&self, root: usize) -> impl Fn(usize) -> bool {
        let s0 = self.s0();
        let (at_end, has_s0) = (self.b == self.n, s0 != NONE);
        let headless = has_s0 && self.heads[s0] == NONE;
        let (shift, reduce) = (!at_end, has_s0 && !headless);
        move |a| match a {
            SHIFT => shift,
            REDUCE => reduce,
            a => {
                let is_root = (a - 2) / 2 == root;
                if a % 2 == 0 {
                    headless && at_end == is_root
                } else {
                    has_s0 && !at_end && !is_root
                }
            }
        }
    }

    /// The only valid action, when there is just one (`root` as in [`State::valid`]):
    /// SHIFT with an empty stack; with the buffer down to the root, REDUCE for a stack top
    /// that has its head, else the root arc. The parser then needs no scores.
    pub fn forced(&self, root: usize) -> Option<usize> {
        let s0 = self.s0();
        if s0 == NONE {
            (self.b < self.n).then_some(SHIFT)
        } else if self.b == self.n {
            Some(if self.heads[s0] != NONE {
                REDUCE
            } else {
                left(root)
            })
        } else {
            None
        }
    }

    pub fn apply(&mut self, action: usize) {
        match action {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            a => {
                let l = (a - 2) / 2;
                let s0 = self.stack.pop().unwrap();
                if a % 2 == 0 {
                    self.add_arc(self.b, s0, l);
                } else {
                    self.add_arc(s0, self.b, l);
                    self.stack.push(s0);
                    self.stack.push(self.b);
                    self.b += 1;
                }
            }
        }
    }

    /// Dynamic-oracle cost of every action: gold arcs made unreachable by taking it.
    /// `gh` are gold heads (root = n), `gl` gold labels.
    pub fn costs(&self, gh: &[usize], gl: &[usize], n_labels: usize, out: &mut Vec<i32>) {
        out.clear();
        out.resize(2 + 2 * n_labels, 0);
        let (n, b, s0) = (self.n, self.b, self.s0());
        let in_buf_after_b = |k: usize| k != NONE && k > b && k <= n;
        if b < n {
            out[SHIFT] = self
                .stack
                .iter()
                .map(|&k| (gh[b] == k) as i32 + (self.heads[k] == NONE && gh[k] == b) as i32)
                .sum();
        }
        if s0 == NONE {
            return;
        }
        let deps_in_buf = (b..n).filter(|&k| gh[k] == s0).count() as i32;
        out[REDUCE] = deps_in_buf;
        let left_cost = in_buf_after_b(gh[s0]) as i32 + deps_in_buf;
        let right_cost = if b < n {
            let head_in_stack = self.stack[..self.stack.len() - 1].contains(&gh[b]);
            let deps_in_stack = self
                .stack
                .iter()
                .filter(|&&k| self.heads[k] == NONE && gh[k] == b)
                .count() as i32;
            head_in_stack as i32 + in_buf_after_b(gh[b]) as i32 + deps_in_stack
        } else {
            0
        };
        for l in 0..n_labels {
            out[left(l)] = left_cost + (gh[s0] == b && gl[s0] != l) as i32;
            out[right(l)] = right_cost + (b < n && gh[b] == s0 && gl[b] != l) as i32;
        }
    }
}

/// Lift non-projective arcs (attach the dependent to its grandparent) until the tree is
/// projective. Heads are 0-based with `n` for the root.
pub fn projectivise(heads: &mut [usize]) {
    let n = heads.len();
    let dominated = |heads: &[usize], h: usize, mut k: usize| -> bool {
        let mut steps = 0;
        while k != n && steps <= n {
            if k == h {
                return true;
            }
            k = heads[k];
            steps += 1;
        }
        h == n
    };
    loop {
        let mut worst: Option<(usize, usize)> = None; // (length, dependent)
        for d in 0..n {
            let h = heads[d];
            if h == n {
                continue;
            }
            let (a, z) = if h < d { (h, d) } else { (d, h) };
            if (a + 1..z).any(|k| !dominated(heads, h, k)) {
                let len = z - a;
                if worst.is_none_or(|(wl, _)| len < wl) {
                    worst = Some((len, d));
                }
            }
        }
        match worst {
            Some((_, d)) => heads[d] = heads[heads[d]],
            None => return,
        }
    }
}

pub struct Parser {
    pub labels: Vec<String>,
    root: usize,
    model: Model,
    /// Per subset of absent role tokens (bit set over [`ROLES`]), the summed weights of
    /// their constant features, so a state scores them with one vector add.
    absent: Vec<Vec<i32>>,
}

/// Parser input for one sentence: word lexes and hashed POS tags.
pub struct Input<'a> {
    pub lex: &'a [Lex],
    pub tags: &'a [u64],
}

/// The tokens whose own word, tag and relation are features, each with its templates
/// (word, tag, relation): s0's head, grandparent, two leftmost and two rightmost dependents,
/// and n0's two leftmost dependents, in [`State`] order `[s0h, s0h2, s0l, s0l2, s0r, s0r2,
/// n0l, n0l2]`. When such a token is absent, its features are constants.
const ROLES: [(u32, u32, Option<u32>); 8] = [
    (39, 40, Some(53)),
    (51, 52, None),
    (42, 43, Some(44)),
    (54, 55, Some(56)),
    (45, 46, Some(47)),
    (57, 58, Some(59)),
    (48, 49, Some(50)),
    (60, 61, Some(62)),
];

/// Features of a role token `t` (word, tag, relation); `t` may be [`NONE`].
#[inline]
fn role_features(role: (u32, u32, Option<u32>), w: u64, p: u64, lab: u64, out: &mut Vec<u64>) {
    out.push(feat(role.0, w, 0, 0));
    out.push(feat(role.1, p, 0, 0));
    if let Some(l) = role.2 {
        out.push(feat(l, lab, 0, 0));
    }
}

/// A state as its features see it: the tokens they read ([`NONE`] when absent) and the
/// word, tag and relation values of tokens.
struct View<'a> {
    inp: &'a Input<'a>,
    st: &'a State,
    s0: usize,
    s1: usize,
    n0: usize,
    n1: usize,
    n2: usize,
    /// In [`ROLES`] order.
    roles: [usize; 8],
}

impl<'a> View<'a> {
    #[inline]
    fn new(inp: &'a Input<'a>, st: &'a State) -> View<'a> {
        let n = st.n;
        let get = |v: &[usize], t: usize| if t == NONE { NONE } else { v[t] };
        let s0 = st.s0();
        let s1 = if st.stack.len() >= 2 {
            st.stack[st.stack.len() - 2]
        } else {
            NONE
        };
        let s0h = get(&st.heads, s0);
        let s0h2 = get(&st.heads, s0h);
        let (s0l, s0l2) = if s0 == NONE {
            (NONE, NONE)
        } else {
            (st.ldeps[s0][0], st.ldeps[s0][1])
        };
        let (s0r, s0r2) = if s0 == NONE {
            (NONE, NONE)
        } else {
            (st.rdeps[s0][0], st.rdeps[s0][1])
        };
        let n0 = st.b;
        let (n0l, n0l2) = (st.ldeps[n0][0], st.ldeps[n0][1]);
        View {
            inp,
            st,
            s0,
            s1,
            n0,
            n1: if st.b < n { st.b + 1 } else { NONE },
            n2: if st.b + 1 < n { st.b + 2 } else { NONE },
            roles: [s0h, s0h2, s0l, s0l2, s0r, s0r2, n0l, n0l2],
        }
    }

    #[inline]
    fn w(&self, t: usize) -> u64 {
        if t == NONE {
            1
        } else if t == self.st.n {
            2
        } else {
            self.inp.lex[t].norm
        }
    }

    #[inline]
    fn p(&self, t: usize) -> u64 {
        if t == NONE {
            1
        } else if t == self.st.n {
            2
        } else {
            self.inp.tags[t]
        }
    }

    #[inline]
    fn lab(&self, t: usize) -> u64 {
        if t == NONE || self.st.labels[t] == NONE {
            0
        } else {
            self.st.labels[t] as u64 + 1
        }
    }

    /// Shape and suffix of a word (0 for none and for the root).
    #[inline]
    fn shape_suffix(&self, t: usize) -> (u64, u64) {
        if t == NONE || t == self.st.n {
            (0, 0)
        } else {
            (self.inp.lex[t].shape, self.inp.lex[t].suf[2])
        }
    }

    /// Role features of `ROLES[range]`; with `skip_absent`, absent tokens are left out and
    /// returned as a bit set over [`ROLES`] (their weights are constants: [`Parser`]
    /// sums them once, at load time).
    #[inline]
    fn roles(&self, range: std::ops::Range<usize>, out: &mut Vec<u64>, skip_absent: bool) -> usize {
        let mut absent = 0;
        for r in range {
            let t = self.roles[r];
            if skip_absent && t == NONE {
                absent |= 1 << r;
            } else {
                role_features(ROLES[r], self.w(t), self.p(t), self.lab(t), out);
            }
        }
        absent
    }
}

/// Folded label set of a token's left or right dependents.
#[inline]
fn label_set(set: u128) -> u64 {
    set as u64 ^ (set >> 64) as u64
}

/// The features of a state fall into groups by what they depend on, so that parsing can
/// sum a group once and reuse the sum while its inputs stay the same (see
/// [`Parser::parse`]); training looks them all up. Each group function appends its
/// features to `out` and returns the absent roles it skipped (see [`View::roles`]).
///
/// s0's own word, tag, relation, head, grandparent and left dependents, and s1, the word
/// below it. None of these changes while s0 is on the stack: a word gets its head and left
/// dependents before it is pushed (its head, if any, is below it on the stack, and keeps
/// its own), and the stack below it stays as it is until it is popped.
fn s0_features(v: &View, out: &mut Vec<u64>, skip_absent: bool) -> usize {
    let (st, s0) = (v.st, v.s0);
    let (s0w, s0p) = (v.w(s0), v.p(s0));
    let (s0h, s0h2, s0l, s0l2) = (v.roles[0], v.roles[1], v.roles[2], v.roles[3]);
    let (s0vl, s0sl) = if s0 == NONE {
        (0, 0)
    } else {
        (st.nleft[s0] as u64, label_set(st.lset[s0]))
    };
    let (s0shape, s0suf) = v.shape_suffix(s0);
    out.extend_from_slice(&[
        feat(1, s0w, s0p, 0),
        feat(2, s0w, 0, 0),
        feat(3, s0p, 0, 0),
        feat(35, s0w, s0vl, 0),
        feat(36, s0p, s0vl, 0),
        feat(41, v.lab(s0), 0, 0),
        feat(63, s0p, v.p(s0l), v.p(s0l2)),
        feat(65, s0p, v.p(s0h), v.p(s0h2)),
        feat(69, s0w, s0sl, 0),
        feat(70, s0p, s0sl, 0),
        feat(76, s0shape, s0p, 0),
        feat(78, s0suf, s0p, 0),
        feat(73, v.w(v.s1), v.p(v.s1), 0),
    ]);
    v.roles(0..4, out, skip_absent)
}

/// s0's right dependents: within one parse they are fixed by how many s0 has, as each new
/// one is to the right of the others.
fn s0_right_features(v: &View, out: &mut Vec<u64>, skip_absent: bool) -> usize {
    let (st, s0) = (v.st, v.s0);
    let (s0w, s0p) = (v.w(s0), v.p(s0));
    let (s0r, s0r2) = (v.roles[4], v.roles[5]);
    let (s0vr, s0sr) = if s0 == NONE {
        (0, 0)
    } else {
        (st.nright[s0] as u64, label_set(st.rset[s0]))
    };
    out.extend_from_slice(&[
        feat(33, s0w, s0vr, 0),
        feat(34, s0p, s0vr, 0),
        feat(64, s0p, v.p(s0r), v.p(s0r2)),
        feat(67, s0w, s0sr, 0),
        feat(68, s0p, s0sr, 0),
    ]);
    v.roles(4..6, out, skip_absent)
}

/// The bias and the first three words of the buffer: fixed for a given n0.
fn buffer_features(v: &View, out: &mut Vec<u64>) {
    let (n0, n1, n2) = (v.n0, v.n1, v.n2);
    let (n0w, n0p, n1w, n1p, n2w, n2p) = (v.w(n0), v.p(n0), v.w(n1), v.p(n1), v.w(n2), v.p(n2));
    let (n0shape, n0suf) = v.shape_suffix(n0);
    out.extend_from_slice(&[
        feat(0, 0, 0, 0),
        feat(4, n0w, n0p, 0),
        feat(5, n0w, 0, 0),
        feat(6, n0p, 0, 0),
        feat(7, n1w, n1p, 0),
        feat(8, n1w, 0, 0),
        feat(9, n1p, 0, 0),
        feat(10, n2w, n2p, 0),
        feat(11, n2w, 0, 0),
        feat(12, n2p, 0, 0),
        feat(20, n0p, n1p, 0),
        feat(21, n0p, n1p, n2p),
        feat(75, n0shape, n0p, 0),
        feat(77, n0suf, n0p, 0),
    ]);
}

/// n0's left dependents: fixed by how many n0 has (each new one is left of the others).
fn n0_left_features(v: &View, out: &mut Vec<u64>, skip_absent: bool) -> usize {
    let (st, n0) = (v.st, v.n0);
    let (n0w, n0p) = (v.w(n0), v.p(n0));
    let (n0l, n0l2) = (v.roles[6], v.roles[7]);
    let n0vl = st.nleft[n0] as u64;
    let n0sl = label_set(st.lset[n0]);
    out.extend_from_slice(&[
        feat(37, n0w, n0vl, 0),
        feat(38, n0p, n0vl, 0),
        feat(66, n0p, v.p(n0l), v.p(n0l2)),
        feat(71, n0w, n0sl, 0),
        feat(72, n0p, n0sl, 0),
    ]);
    v.roles(6..8, out, skip_absent)
}

/// Features that combine the stack with the buffer: looked up at every state.
fn pair_features(v: &View, out: &mut Vec<u64>) {
    let (s0, n0, s1) = (v.s0, v.n0, v.s1);
    let (s0w, s0p, n0w, n0p) = (v.w(s0), v.p(s0), v.w(n0), v.p(n0));
    let n1p = v.p(v.n1);
    let (s0h, s0l, s0r, n0l) = (v.roles[0], v.roles[2], v.roles[4], v.roles[6]);
    let dist = if s0 == NONE {
        0
    } else {
        (n0 - s0).min(6) as u64
    };
    out.extend_from_slice(&[
        feat(13, s0w ^ s0p.rotate_left(7), n0w ^ n0p.rotate_left(7), 0),
        feat(14, s0w ^ s0p.rotate_left(7), n0w, 0),
        feat(15, s0w, n0w ^ n0p.rotate_left(7), 0),
        feat(16, s0w ^ s0p.rotate_left(7), n0p, 0),
        feat(17, s0p, n0w ^ n0p.rotate_left(7), 0),
        feat(18, s0w, n0w, 0),
        feat(19, s0p, n0p, 0),
        feat(22, s0p, n0p, n1p),
        feat(23, v.p(s0h), s0p, n0p),
        feat(24, s0p, v.p(s0l), n0p),
        feat(25, s0p, v.p(s0r), n0p),
        feat(26, s0p, n0p, v.p(n0l)),
        feat(27, s0w, dist, 0),
        feat(28, s0p, dist, 0),
        feat(29, n0w, dist, 0),
        feat(30, n0p, dist, 0),
        feat(31, s0w ^ n0w.rotate_left(9), dist, 0),
        feat(32, s0p, n0p, dist),
        feat(74, v.p(s1), s0p, n0p),
        feat(79, v.lab(s0), s0p, n0p),
        feat(80, (s0h != NONE) as u64, s0p, n0p),
    ]);
}

/// All features of a state (training; the tests), returning the absent roles skipped as
/// in [`View::roles`]. Scores do not depend on the order of features.
fn features(inp: &Input, st: &State, out: &mut Vec<u64>, skip_absent: bool) -> usize {
    out.clear();
    let v = View::new(inp, st);
    buffer_features(&v, out);
    pair_features(&v, out);
    s0_features(&v, out, skip_absent)
        | s0_right_features(&v, out, skip_absent)
        | n0_left_features(&v, out, skip_absent)
}

/// Parse result: 0-based heads (`None` = root) and label indices.
pub struct Parse {
    pub heads: Vec<Option<usize>>,
    pub labels: Vec<usize>,
}

impl Parse {
    /// Whether word `h` has a dependent with relation `label` (index into the labels).
    pub fn has_kid(&self, h: usize, label: usize) -> bool {
        self.heads
            .iter()
            .zip(&self.labels)
            .any(|(&x, &l)| x == Some(h) && l == label)
    }
}

impl Parser {
    pub fn n_actions(&self) -> usize {
        2 + 2 * self.labels.len()
    }

    fn new(labels: Vec<String>, root: usize, model: Model) -> Parser {
        let absent = (0..1usize << ROLES.len())
            .map(|set| {
                let mut keys = Vec::new();
                for (r, &role) in ROLES.iter().enumerate() {
                    if set & (1 << r) != 0 {
                        // What `features` computes for an absent token: word and tag 1,
                        // relation 0.
                        role_features(role, 1, 1, 0, &mut keys);
                    }
                }
                model.partial(&keys)
            })
            .collect();
        Parser {
            labels,
            root,
            model,
            absent,
        }
    }

    fn set_model(&mut self, model: Model) {
        *self = Parser::new(std::mem::take(&mut self.labels), self.root, model);
    }

    /// Re-adds the features most looked-up first ([`Model::ranked_by`]).
    #[cfg(feature = "lookup-counts")]
    pub(crate) fn rank_by_lookups(&mut self) {
        self.set_model(self.model.ranked_by_own_lookups());
    }

    /// Greedy parse of one sentence (see [`Run`]).
    pub fn parse(&self, inp: &Input) -> Parse {
        let mut run = Run::new(self, inp);
        while run.prepare() {
            run.step();
        }
        finish_tree(&run.st, self.root)
    }

    pub fn write(&self, w: &mut Writer) {
        w.strs(&self.labels);
        w.u32(self.root as u32);
        self.model.write(w);
    }

    pub fn read(r: &mut Reader) -> anyhow::Result<Parser> {
        let labels = r.strs()?;
        let root = r.u32()? as usize;
        let model = Model::read(r)?;
        Ok(Parser::new(labels, root, model))
    }
}

/// One sentence being parsed greedily. The feature groups of [`s0_features`],
/// [`s0_right_features`], [`buffer_features`] and [`n0_left_features`] are summed once per
/// value of what they depend on and reused across transitions (a word is s0 about twice,
/// n0 about twice), so a state looks up only its [`pair_features`] afresh. Sums are exact
/// integers: the scores are those of all features looked up at once.
struct Run<'p, 'a> {
    parser: &'p Parser,
    inp: &'a Input<'a>,
    st: State,
    stride: usize,
    /// Features of the groups to sum for the prepared state, then its pair features.
    feats: Vec<u64>,
    /// Where each group's features end in `feats` (empty when its sum is reused).
    ends: [usize; 4],
    absent: [usize; 4],
    need: [bool; 4],
    scores: Vec<f32>,
    base: Vec<i32>,
    /// Per word as s0: its fixed sum (and whether computed), and the sum of its right
    /// dependents with their count + 1 (0: none yet). Sums are `stride` long.
    s0_sum: Vec<i32>,
    s0_done: Vec<bool>,
    right_sum: Vec<i32>,
    right_key: Vec<u16>,
    /// n0 only moves right and its left dependents only grow, so one sum each.
    buf_sum: Vec<i32>,
    buf_key: usize,
    left_sum: Vec<i32>,
    left_key: (usize, u8),
}

impl<'p, 'a> Run<'p, 'a> {
    fn new(parser: &'p Parser, inp: &'a Input<'a>) -> Self {
        let n = inp.lex.len();
        let stride = parser.model.stride();
        Run {
            parser,
            inp,
            st: State::new(n),
            stride,
            feats: Vec::with_capacity(96),
            ends: [0; 4],
            absent: [0; 4],
            need: [false; 4],
            scores: vec![0f32; parser.n_actions()],
            base: vec![0i32; stride],
            s0_sum: vec![0i32; n * stride],
            s0_done: vec![false; n],
            right_sum: vec![0i32; n * stride],
            right_key: vec![0u16; n],
            buf_sum: vec![0i32; stride],
            buf_key: NONE,
            left_sum: vec![0i32; stride],
            left_key: (NONE, 0),
        }
    }

    /// Applies forced actions up to the next state that needs scores, computes its
    /// features and prefetches them; false when the parse is complete.
    fn prepare(&mut self) -> bool {
        let st = &mut self.st;
        // A forced action is what the argmax over valid actions would pick (scores are
        // finite), so about one transition in six skips features and scoring.
        while let Some(a) = st.forced(self.parser.root) {
            st.apply(a);
        }
        if st.is_final() {
            return false;
        }
        // Not forced: s0 is a word and n0 is not the root.
        let v = View::new(self.inp, st);
        let (s0, n0) = (v.s0, v.n0);
        // Counts saturate at 255: past that, never reuse.
        let key_right = st.nright[s0] as u16 + 1;
        let key_left = (n0, st.nleft[n0]);
        self.need = [
            !self.s0_done[s0],
            self.right_key[s0] != key_right || key_right == 256,
            self.buf_key != n0,
            self.left_key != key_left || key_left.1 == u8::MAX,
        ];
        let feats = &mut self.feats;
        feats.clear();
        self.absent = [0; 4];
        if self.need[0] {
            self.absent[0] = s0_features(&v, feats, true);
        }
        self.ends[0] = feats.len();
        if self.need[1] {
            self.absent[1] = s0_right_features(&v, feats, true);
        }
        self.ends[1] = feats.len();
        if self.need[2] {
            buffer_features(&v, feats);
        }
        self.ends[2] = feats.len();
        if self.need[3] {
            self.absent[3] = n0_left_features(&v, feats, true);
        }
        self.ends[3] = feats.len();
        pair_features(&v, feats);
        self.parser.model.prefetch(feats);
        true
    }

    /// Scores the prepared state and applies the best valid action.
    fn step(&mut self) {
        let (p, st, stride) = (self.parser, &mut self.st, self.stride);
        let (s0, n0) = (st.s0(), st.b);
        let (feats, ends, absent) = (&self.feats, self.ends, self.absent);
        // Sum of `feats` plus the constant weights of the absent roles in `absent`.
        let group = |feats: &[u64], absent: usize, out: &mut [i32]| {
            out.copy_from_slice(&p.absent[absent]);
            p.model.add_prefetched(feats, out);
        };
        let at = s0 * stride..(s0 + 1) * stride;
        if self.need[0] {
            group(&feats[..ends[0]], absent[0], &mut self.s0_sum[at.clone()]);
            self.s0_done[s0] = true;
        }
        if self.need[1] {
            let right = &mut self.right_sum[at.clone()];
            group(&feats[ends[0]..ends[1]], absent[1], right);
            self.right_key[s0] = st.nright[s0] as u16 + 1;
        }
        if self.need[2] {
            group(&feats[ends[1]..ends[2]], 0, &mut self.buf_sum);
            self.buf_key = n0;
        }
        if self.need[3] {
            group(&feats[ends[2]..ends[3]], absent[3], &mut self.left_sum);
            self.left_key = (n0, st.nleft[n0]);
        }
        let sums = self.s0_sum[at.clone()]
            .iter()
            .zip(&self.right_sum[at])
            .zip(self.buf_sum.iter().zip(&self.left_sum));
        for (b, ((s, r), (n, l))) in self.base.iter_mut().zip(sums) {
            *b = s + r + n + l;
        }
        p.model
            .scores_prefetched(&self.base, &feats[ends[3]..], &mut self.scores);
        let valid = st.validity(p.root);
        let a = argmax_where(&self.scores, valid).expect("a valid action");
        st.apply(a);
    }
}

/// Convert a final state to a single-rooted tree: extra root attachments hang off the first.
fn finish_tree(st: &State, root: usize) -> Parse {
    let n = st.n;
    let mut heads: Vec<Option<usize>> = Vec::with_capacity(n);
    let mut labels = Vec::with_capacity(n);
    let mut first_root = None;
    for d in 0..n {
        let h = st.heads[d];
        if h == n || h == NONE {
            match first_root {
                None => {
                    first_root = Some(d);
                    heads.push(None);
                    labels.push(root);
                }
                Some(r) => {
                    heads.push(Some(r));
                    labels.push(NONE);
                }
            }
        } else {
            heads.push(Some(h));
            labels.push(st.labels[d]);
        }
    }
    Parse { heads, labels }
}

pub struct ParserOptions {
    pub epochs: usize,
    pub seed: u64,
    pub min_weight: f32,
    /// Probability of following the model's own (possibly wrong) action after epoch 1.
    pub explore: f64,
}

/// Training sentence: lexes, hashed predicted tags, gold heads (root = n), gold labels.
pub struct ParseExample {
    pub lex: Vec<Lex>,
    pub tags: Vec<u64>,
    pub heads: Vec<usize>,
    pub labels: Vec<String>,
}

impl ParseExample {
    pub fn new(s: &UdSentence, tags: Vec<u64>) -> ParseExample {
        let n = s.words.len();
        ParseExample {
            lex: s.words.iter().map(|w| Lex::new(w)).collect(),
            tags,
            heads: s
                .heads
                .iter()
                .map(|&h| if h == 0 { n } else { h - 1 })
                .collect(),
            labels: s.deprels.clone(),
        }
    }
}

/// Unlabelled and labelled attachment scores on examples (punctuation included, as in UD).
pub fn attachment(parser: &Parser, dev: &[ParseExample]) -> (f64, f64) {
    let (mut u, mut l, mut t) = (0usize, 0usize, 0usize);
    for ex in dev {
        let p = parser.parse(&Input {
            lex: &ex.lex,
            tags: &ex.tags,
        });
        let n = ex.lex.len();
        for d in 0..n {
            let h = p.heads[d].unwrap_or(n);
            if h == ex.heads[d] {
                u += 1;
                let lab = p.labels[d];
                if lab != NONE && parser.labels[lab] == ex.labels[d] {
                    l += 1;
                }
            }
            t += 1;
        }
    }
    (u as f64 / t.max(1) as f64, l as f64 / t.max(1) as f64)
}

pub fn train(train: &[ParseExample], dev: &[ParseExample], opt: &ParserOptions) -> Parser {
    let mut label_ids: HashMap<String, usize> = HashMap::new();
    let mut labels: Vec<String> = vec!["root".to_string()];
    label_ids.insert("root".into(), 0);
    let mut golds: Vec<(Vec<usize>, Vec<usize>)> = Vec::new();
    for ex in train {
        let mut gh = ex.heads.clone();
        projectivise(&mut gh);
        let gl = ex
            .labels
            .iter()
            .map(|l| {
                *label_ids.entry(l.clone()).or_insert_with(|| {
                    labels.push(l.clone());
                    labels.len() - 1
                })
            })
            .collect();
        golds.push((gh, gl));
    }
    let n_labels = labels.len();
    let mut parser = Parser::new(labels, 0, Trainer::new(1).finish(0.0));
    let n_actions = parser.n_actions();
    let mut trainer = Trainer::new(n_actions);
    let mut rng = Rng::new(opt.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; n_actions];
    let mut costs = Vec::new();
    let _ = hash_str;
    for epoch in 0..opt.epochs {
        rng.shuffle(&mut order);
        let (mut right_moves, mut moves) = (0usize, 0usize);
        for &si in &order {
            let ex = &train[si];
            let (gh, gl) = &golds[si];
            let inp = Input {
                lex: &ex.lex,
                tags: &ex.tags,
            };
            let mut st = State::new(ex.lex.len());
            while !st.is_final() {
                features(&inp, &st, &mut feats, false);
                trainer.scores(&feats, &mut scores);
                st.costs(gh, gl, n_labels, &mut costs);
                let valid = |a: usize| st.valid(a, 0);
                let pred = argmax_where(&scores, valid).expect("valid action");
                let min_cost = (0..n_actions)
                    .filter(|&a| valid(a))
                    .map(|a| costs[a])
                    .min()
                    .unwrap();
                let gold = argmax_where(&scores, |a| valid(a) && costs[a] == min_cost).unwrap();
                trainer.tick();
                if costs[pred] > min_cost {
                    trainer.update(gold, pred, &feats);
                } else {
                    right_moves += 1;
                }
                moves += 1;
                let follow = if epoch > 0 && rng.unit() < opt.explore {
                    pred
                } else {
                    gold
                };
                st.apply(follow);
            }
        }
        parser.set_model(trainer.finish(opt.min_weight));
        let (uas, las) = attachment(&parser, dev);
        eprintln!(
            "parser epoch {:>2}: train oracle agreement {:.4}  dev UAS {:.4} LAS {:.4}  ({} features)",
            epoch + 1,
            right_moves as f64 / moves.max(1) as f64,
            uas,
            las,
            parser.model.n_features()
        );
    }
    if std::env::var_os("EVENTWIRE_PRUNE_SWEEP").is_some() {
        for th in [0.2f32, 0.5, 1.0, 2.0] {
            parser.set_model(trainer.finish(th));
            let (uas, las) = attachment(&parser, dev);
            eprintln!(
                "prune {th}: UAS {uas:.4} LAS {las:.4} ({} features)",
                parser.model.n_features()
            );
        }
        parser.set_model(trainer.finish(opt.min_weight));
    }
    parser
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follow the zero-cost actions from the start: the result must be the gold tree.
    fn oracle_parse(gh: &[usize], gl: &[usize], n_labels: usize) -> State {
        let n = gh.len();
        let mut st = State::new(n);
        let mut costs = Vec::new();
        while !st.is_final() {
            st.costs(gh, gl, n_labels, &mut costs);
            let a = (0..costs.len())
                .filter(|&a| st.valid(a, 0))
                .min_by_key(|&a| costs[a])
                .unwrap();
            assert_eq!(costs[a], 0, "no zero-cost action in {:?}", st.stack);
            st.apply(a);
        }
        st
    }

    #[test]
    fn oracle_reproduces_projective_trees() {
        // "The cat sat on the mat ." with root "sat"; labels: 0 root, 1 det, 2 nsubj, 3 obl, 4 case, 5 punct
        let gh = vec![1, 2, 7, 5, 5, 2, 2];
        let gl = vec![1, 2, 0, 4, 1, 3, 5];
        let st = oracle_parse(&gh, &gl, 6);
        assert_eq!(&st.heads[..7], &gh[..]);
        assert_eq!(&st.labels[..7], &gl[..]);
        // Right-branching chain and a root at the start.
        let gh = vec![5, 0, 1, 2, 3];
        let gl = vec![0, 1, 1, 1, 1];
        let st = oracle_parse(&gh, &gl, 2);
        assert_eq!(&st.heads[..5], &gh[..]);
    }

    #[test]
    fn projectivise_lifts_crossing_arcs() {
        // n = 4: arc 1 -> 3 spans word 2, the root, which 1 does not dominate.
        let mut heads = vec![2, 2, 4, 1];
        projectivise(&mut heads);
        assert_eq!(heads, vec![2, 2, 4, 2]);
        // n = 5: arcs 3 -> 1 and 0 -> 3 both span word 2, the root; the shorter is lifted
        // first, then the longer.
        let mut heads = vec![2, 3, 5, 0, 2];
        projectivise(&mut heads);
        assert_eq!(heads, vec![2, 0, 5, 2, 2]);
    }

    #[test]
    fn absent_roles_score_like_their_features() {
        let bb = crate::Backbone::load_default().unwrap();
        let p = &bb.parser;
        let words = [
            "The", "minister", "said", "on", "Monday", "that", "talks", "would", "resume", ".",
        ];
        let (lexes, _, tags) = bb.tag_hashes(&words);
        let inp = Input {
            lex: &lexes,
            tags: &tags,
        };
        let mut st = State::new(lexes.len());
        let (mut all, mut some) = (Vec::new(), Vec::new());
        let (mut a, mut b) = (vec![0f32; p.n_actions()], vec![0f32; p.n_actions()]);
        let mut sets = 0;
        while !st.is_final() {
            assert_eq!(features(&inp, &st, &mut all, false), 0);
            let absent = features(&inp, &st, &mut some, true);
            sets |= 1u32 << absent.count_ones();
            p.model.scores(&all, &mut a);
            p.model.scores_from(&p.absent[absent], &some, &mut b);
            assert_eq!(a, b);
            let act = argmax_where(&a, |x| st.valid(x, p.root)).unwrap();
            let validity = st.validity(p.root);
            assert!((0..p.n_actions()).all(|x| validity(x) == st.valid(x, p.root)));
            let valid: Vec<usize> = (0..p.n_actions())
                .filter(|&x| st.valid(x, p.root))
                .collect();
            match st.forced(p.root) {
                Some(f) => assert_eq!(valid, vec![f]),
                None => assert!(valid.len() > 1),
            }
            st.apply(act);
        }
        // Several sizes of absent sets were seen, so the test covers the shortcut.
        assert!(sets.count_ones() >= 3, "{sets:b}");
    }

    /// The memoised group sums of [`Parser::parse`] give the scores of all features
    /// looked up afresh, state by state.
    #[test]
    fn memoised_parse_scores_like_all_features() {
        let bb = crate::Backbone::load_default().unwrap();
        let p = &bb.parser;
        let text = "The minister said on Monday that talks with the rebels , who had left \
            the city in March , would resume next week in Geneva . \
            Prices rose 3 % after the bank , which the government owns , cut rates . \
            He gave her the book that she had asked for yesterday .";
        let words: Vec<&str> = text.split_whitespace().collect();
        for sent in words.split_inclusive(|w| *w == ".") {
            let (lexes, _, tags) = bb.tag_hashes(sent);
            let inp = Input {
                lex: &lexes,
                tags: &tags,
            };
            let mut st = State::new(lexes.len());
            let (mut feats, mut scores) = (Vec::new(), vec![0f32; p.n_actions()]);
            while !st.is_final() {
                features(&inp, &st, &mut feats, false);
                p.model.scores(&feats, &mut scores);
                st.apply(argmax_where(&scores, |a| st.valid(a, p.root)).unwrap());
            }
            let want = finish_tree(&st, p.root);
            let got = p.parse(&inp);
            assert_eq!(got.heads, want.heads);
            assert_eq!(got.labels, want.labels);
        }
    }

    #[test]
    fn finish_tree_keeps_one_root() {
        let mut st = State::new(3);
        st.apply(SHIFT);
        st.apply(SHIFT);
        st.apply(SHIFT);
        st.apply(left(0));
        st.apply(left(0));
        st.apply(left(0));
        assert!(st.is_final());
        let p = finish_tree(&st, 0);
        assert_eq!(p.heads.iter().filter(|h| h.is_none()).count(), 1);
    }
}
