//! Averaged multi-class perceptron over hashed sparse features.
//!
//! Training keeps integer weights plus running totals (lazy averaging), so averaging is exact
//! and deterministic; the shipped model keeps only the averaged weights, quantised to i16.
use crate::hash::KeyMap;
use crate::io::{Reader, Writer};

#[derive(Clone, Copy)]
struct Cell {
    class: u16,
    ts: u32,
    w: i32,
    total: i64,
}

/// Perceptron being trained.
pub struct Trainer {
    pub n_classes: usize,
    index: KeyMap<u32>,
    rows: Vec<Vec<Cell>>,
    now: u32,
}

impl Trainer {
    pub fn new(n_classes: usize) -> Self {
        Trainer {
            n_classes,
            index: KeyMap::default(),
            rows: Vec::new(),
            now: 0,
        }
    }

    /// Scores with the current (not averaged) weights.
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        out.iter_mut().for_each(|x| *x = 0.0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for c in &self.rows[r as usize] {
                    out[c.class as usize] += c.w as f32;
                }
            }
        }
    }

    /// Advance the averaging clock: call once per training instance.
    pub fn tick(&mut self) {
        self.now += 1;
    }

    pub fn update(&mut self, truth: usize, guess: usize, feats: &[u64]) {
        if truth == guess {
            return;
        }
        for f in feats {
            let n = self.rows.len() as u32;
            let r = *self.index.entry(*f).or_insert(n);
            if r == n {
                self.rows.push(Vec::new());
            }
            let row = &mut self.rows[r as usize];
            for (class, delta) in [(truth, 1), (guess, -1)] {
                let now = self.now;
                match row.iter_mut().find(|c| c.class as usize == class) {
                    Some(c) => {
                        c.total += c.w as i64 * (now - c.ts) as i64;
                        c.ts = now;
                        c.w += delta;
                    }
                    None => row.push(Cell {
                        class: class as u16,
                        ts: now,
                        w: delta,
                        total: 0,
                    }),
                }
            }
        }
    }

    /// Averaged weights as a compact model; weights with |w| < `min_abs` are dropped.
    pub fn finish(&self, min_abs: f32) -> Model {
        let now = self.now.max(1) as f64;
        let mut keys: Vec<(u64, u32)> = self.index.iter().map(|(k, v)| (*k, *v)).collect();
        keys.sort_unstable();
        let mut feats = Vec::new();
        for (key, r) in keys {
            let mut cells: Vec<(u16, f32)> = self.rows[r as usize]
                .iter()
                .map(|c| {
                    let t = c.total + c.w as i64 * (self.now - c.ts) as i64;
                    (c.class, (t as f64 / now) as f32)
                })
                .filter(|(_, w)| w.abs() >= min_abs && *w != 0.0)
                .collect();
            cells.sort_by_key(|c| c.0);
            if !cells.is_empty() {
                feats.push((key, cells));
            }
        }
        Model::from_features(self.n_classes, feats)
    }
}

/// One bucket of the open-addressing table: the upper half of the feature key (the lower
/// half picks the bucket) and where its weights are. Eight bytes, so more of the table
/// stays in cache.
#[derive(Clone, Copy, Default)]
struct Slot {
    fp: u32,
    /// Index of a sparse run in `cells` (its first cell holds the length), or with
    /// [`DENSE`] set, of a full row in `dense`.
    start: u32,
}

const DENSE: u32 = 1 << 31;

/// Averaged perceptron used for prediction: an open-addressing table of features (keys are
/// already well mixed, so the low bits index it directly) pointing at runs of
/// `(class, weight)` cells, or at a full row when a feature has weights for many classes
/// (dense rows add with SIMD). Weights are quantised to i16 with one scale. All buckets a
/// sentence position needs are prefetched before they are read, which hides most misses.
pub struct Model {
    pub n_classes: usize,
    scale: f32,
    mask: usize,
    slots: Vec<Slot>,
    /// Full key per bucket, only for writing the model back out.
    keys: Vec<u64>,
    cells: Vec<(u16, i16)>,
    dense: Vec<i16>,
    n_features: usize,
}

#[inline]
fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32).max(1)
}

/// Key 0 (the bias feature hashes to it) is stored and looked up as 1, as in the files.
#[inline]
fn nonzero(key: u64) -> u64 {
    key.max(1)
}

impl Model {
    fn from_features(n_classes: usize, feats: Vec<(u64, Vec<(u16, f32)>)>) -> Model {
        let max = feats
            .iter()
            .flat_map(|(_, c)| c.iter().map(|x| x.1.abs()))
            .fold(0f32, f32::max)
            .max(1e-9);
        let scale = max / 32767.0;
        let mut m = Model::empty(n_classes, scale, feats.len());
        for (k, cells) in feats {
            let q: Vec<(u16, i16)> = cells
                .into_iter()
                .map(|(c, w)| (c, (w / scale).round() as i16))
                .filter(|(_, q)| *q != 0)
                .collect();
            m.push_feature(k, &q);
        }
        m
    }

    fn empty(n_classes: usize, scale: f32, n: usize) -> Model {
        // Load factor about 0.7 at most: linear probing stays short, the table stays small.
        let cap = (n + n / 2).next_power_of_two().max(16);
        Model {
            n_classes,
            scale,
            mask: cap - 1,
            slots: vec![Slot::default(); cap],
            keys: vec![0; cap],
            cells: Vec::new(),
            dense: Vec::new(),
            n_features: 0,
        }
    }

    fn push_feature(&mut self, key: u64, fc: &[(u16, i16)]) {
        let key = nonzero(key);
        let start = if fc.len() * 4 >= self.n_classes && self.n_classes >= 8 {
            let st = self.dense.len();
            self.dense.resize(st + self.n_classes, 0);
            for &(c, w) in fc {
                self.dense[st + c as usize] = w;
            }
            st as u32 | DENSE
        } else {
            let st = self.cells.len();
            self.cells.push((fc.len() as u16, 0));
            self.cells.extend_from_slice(fc);
            st as u32
        };
        let mut i = key as usize & self.mask;
        while self.slots[i].fp != 0 {
            i = (i + 1) & self.mask;
        }
        self.slots[i] = Slot {
            fp: fingerprint(key),
            start,
        };
        self.keys[i] = key;
        self.n_features += 1;
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    #[inline]
    fn find(&self, key: u64) -> Option<Slot> {
        let key = nonzero(key);
        let fp = fingerprint(key);
        let mut i = key as usize & self.mask;
        loop {
            let s = self.slots[i];
            if s.fp == fp {
                return Some(s);
            }
            if s.fp == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }

    #[inline]
    fn prefetch(&self, key: u64) {
        #[cfg(target_arch = "x86_64")]
        {
            let i = nonzero(key) as usize & self.mask;
            // SAFETY: `i` is within `slots` (masked); prefetching has no side effects.
            unsafe {
                use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
                _mm_prefetch(self.slots.as_ptr().add(i) as *const i8, _MM_HINT_T0);
            }
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = key;
    }

    #[inline]
    fn prefetch_ptr<T>(p: *const T) {
        #[cfg(target_arch = "x86_64")]
        // SAFETY: prefetching has no side effects, even for addresses never read.
        unsafe {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            _mm_prefetch(p as *const i8, _MM_HINT_T0);
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = p;
    }

    /// Sum the weights of `feats` per class. Three passes so the two dependent cache misses
    /// per feature (bucket, then its weights) overlap across features instead of stalling.
    #[inline]
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        for &f in feats {
            self.prefetch(f);
        }
        if feats.len() > 128 {
            // Rare: more features than the buffer; score in two halves.
            let (a, b) = feats.split_at(feats.len() / 2);
            let mut tmp = vec![0f32; out.len()];
            self.scores(a, out);
            self.scores(b, &mut tmp);
            out.iter_mut().zip(tmp).for_each(|(o, t)| *o += t);
            return;
        }
        let mut found = [Slot::default(); 128];
        let mut nf = 0;
        for &f in feats {
            if let Some(s) = self.find(f) {
                found[nf] = s;
                nf += 1;
                let st = (s.start & !DENSE) as usize;
                if s.start & DENSE != 0 {
                    Self::prefetch_ptr(self.dense.as_ptr().wrapping_add(st));
                } else {
                    Self::prefetch_ptr(self.cells.as_ptr().wrapping_add(st));
                }
            }
        }
        let n = self.n_classes;
        let mut acc = [0i32; 256];
        let mut acc_wide = if n > acc.len() {
            vec![0i32; n]
        } else {
            Vec::new()
        };
        let acc: &mut [i32] = if n > 256 {
            &mut acc_wide
        } else {
            &mut acc[..n]
        };
        for s in &found[..nf] {
            let st = (s.start & !DENSE) as usize;
            if s.start & DENSE != 0 {
                for (a, &w) in acc.iter_mut().zip(&self.dense[st..st + n]) {
                    *a += w as i32;
                }
            } else {
                let len = self.cells[st].0 as usize;
                for &(c, w) in &self.cells[st + 1..st + 1 + len] {
                    acc[c as usize] += w as i32;
                }
            }
        }
        for (o, a) in out.iter_mut().zip(acc.iter()) {
            *o = *a as f32 * self.scale;
        }
    }

    fn row(&self, s: &Slot) -> Vec<(u16, i16)> {
        let st = (s.start & !DENSE) as usize;
        if s.start & DENSE != 0 {
            (0..self.n_classes)
                .map(|c| (c as u16, self.dense[st + c]))
                .filter(|x| x.1 != 0)
                .collect()
        } else {
            let len = self.cells[st].0 as usize;
            self.cells[st + 1..st + 1 + len].to_vec()
        }
    }

    /// Serialisation: features in bucket order (so loading fills the table front to back),
    /// each with its cells.
    pub fn write(&self, w: &mut Writer) {
        let mut order: Vec<(u64, &Slot)> = self
            .slots
            .iter()
            .zip(&self.keys)
            .filter(|(s, _)| s.fp != 0)
            .map(|(s, k)| (*k, s))
            .collect();
        let mask = Model::empty(self.n_classes, self.scale, order.len()).mask as u64;
        order.sort_unstable_by_key(|(k, _)| (k & mask, *k));
        w.u32(self.n_classes as u32);
        w.f32(self.scale);
        w.u32(order.len() as u32);
        for (k, s) in order {
            let row = self.row(s);
            w.u64(k);
            w.u16(row.len() as u16);
            for (c, q) in row {
                w.u16(c);
                w.i16(q);
            }
        }
    }

    /// Reads straight into the table: loading is on the start-up path of every command.
    pub fn read(r: &mut Reader) -> anyhow::Result<Model> {
        let n_classes = r.u32()? as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut m = Model::empty(n_classes, scale, n);
        m.cells.reserve(n * 4);
        let mut buf = Vec::with_capacity(n_classes);
        for _ in 0..n {
            let key = r.u64()?;
            let len = r.u16()? as usize;
            buf.clear();
            for _ in 0..len {
                let c = r.u16()?;
                buf.push((c, r.i16()?));
            }
            m.push_feature(key, &buf);
        }
        Ok(m)
    }
}

/// Index of the highest score among classes allowed by `valid`.
#[inline]
pub fn argmax_where(scores: &[f32], valid: impl Fn(usize) -> bool) -> Option<usize> {
    let mut best = None;
    let mut best_s = f32::NEG_INFINITY;
    for (i, &s) in scores.iter().enumerate() {
        if s > best_s && valid(i) {
            best_s = s;
            best = Some(i);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn learns_separable_data_and_roundtrips() {
        let mut t = Trainer::new(2);
        let data = [(vec![1u64, 10], 0usize), (vec![2u64, 10], 1)];
        let mut out = [0.0; 2];
        for _ in 0..5 {
            for (f, y) in &data {
                t.tick();
                t.scores(f, &mut out);
                let g = argmax_where(&out, |_| true).unwrap();
                t.update(*y, g, f);
            }
        }
        let m = t.finish(0.0);
        let mut w = Writer::default();
        m.write(&mut w);
        let bytes = w.into_bytes();
        let m2 = Model::read(&mut Reader::new(&bytes)).unwrap();
        for (f, y) in &data {
            m2.scores(f, &mut out);
            assert_eq!(argmax_where(&out, |_| true), Some(*y));
        }
    }
}

#[cfg(test)]
mod table_tests {
    use super::*;
    use crate::hash::{fmix, Rng};

    #[test]
    fn table_scores_match_a_plain_sum() {
        let mut rng = Rng::new(3);
        let n_classes = 40;
        let mut feats = Vec::new();
        let mut naive = std::collections::HashMap::new();
        for i in 0..5000u64 {
            // Key 0 is what the bias feature hashes to.
            let key = if i == 0 { 0 } else { fmix(i + 17) };
            let len = 1 + rng.below(if i % 7 == 0 { 40 } else { 5 });
            let mut cells: Vec<(u16, f32)> = Vec::new();
            for _ in 0..len {
                let c = rng.below(n_classes) as u16;
                if !cells.iter().any(|x| x.0 == c) {
                    cells.push((c, rng.below(2000) as f32 - 1000.0));
                }
            }
            cells.sort_by_key(|c| c.0);
            naive.insert(key, cells.clone());
            feats.push((key, cells));
        }
        let m = Model::from_features(n_classes, feats);
        let mut w = Writer::default();
        m.write(&mut w);
        let bytes = w.into_bytes();
        let m2 = Model::read(&mut Reader::new(&bytes)).unwrap();
        let mut out = vec![0f32; n_classes];
        for t in 0..200u64 {
            let mut q: Vec<u64> = (0..30).map(|j| fmix((t * 31 + j) % 7000 + 17)).collect();
            q.push(0);
            let mut want = vec![0f32; n_classes];
            for k in &q {
                if let Some(cells) = naive.get(k) {
                    for (c, w) in cells {
                        want[*c as usize] += (w / m.scale).round() * m.scale;
                    }
                }
            }
            for model in [&m, &m2] {
                model.scores(&q, &mut out);
                for c in 0..n_classes {
                    assert!(
                        (out[c] - want[c]).abs() < 1e-2,
                        "class {c}: {} vs {}",
                        out[c],
                        want[c]
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod shipped_table_tests {
    use super::*;

    fn check(m: &Model) -> usize {
        let mut bad = 0;
        for (i, s) in m.slots.iter().enumerate() {
            if s.fp == 0 {
                continue;
            }
            let k = m.keys[i];
            let f = m.find(k).unwrap();
            if f.start != s.start {
                bad += 1;
            }
        }
        bad
    }

    #[test]
    fn every_feature_finds_itself() {
        let t = crate::read_tagger(crate::TAGGER_BYTES).unwrap();
        let m = t.model();
        assert_eq!(check(m), 0);
        // Absent keys are not found.
        let present: std::collections::HashSet<u64> = m
            .slots
            .iter()
            .zip(&m.keys)
            .filter(|(s, _)| s.fp != 0)
            .map(|(_, k)| *k)
            .collect();
        let mut false_hits = 0;
        for i in 0..200_000u64 {
            let k = crate::hash::fmix(i ^ 0xabcdef);
            if !present.contains(&k) && m.find(k).is_some() {
                false_hits += 1;
            }
        }
        assert_eq!(false_hits, 0);
        assert_eq!(present.len(), m.n_features());
    }
}
