//! Averaged multi-class perceptron over hashed sparse features.
//!
//! Training keeps integer weights plus running totals (lazy averaging), so averaging is exact
//! and deterministic; the shipped model keeps only the averaged weights, quantised to i16.
use crate::hash::KeyMap;
use crate::io::{Reader, Writer};
use std::mem::MaybeUninit;

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
        Model::from_features(self.n_classes, self.averaged(min_abs))
    }

    /// Averaged weights per feature (sorted by key), those with |w| < `min_abs` dropped.
    pub fn averaged(&self, min_abs: f32) -> Vec<(u64, Vec<(u16, f32)>)> {
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
        feats
    }
}

/// One bucket of the open-addressing table, 16 bytes, four to a cache line: a fingerprint
/// of the feature key (whose low bits pick the line) and the feature's weights. Most
/// features have weights for one to three classes; those are stored right in the bucket as
/// `class | weight << 16` cells (unused cells are class 0, weight 0), so scoring such a
/// feature touches one cache line. Longer rows live apart: the first cell is [`EXTERN`],
/// the second the row's start in `cells`, or with [`DENSE`] set in `dense`, the third the
/// length of a sparse row.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct Bucket {
    fp: u32,
    cells: [u32; 3],
}

/// Four buckets, one cache line: a key is looked for in its home line first, so that a
/// lookup reads one line (the one prefetched) unless that line is full.
#[derive(Clone, Copy, Default)]
#[repr(C, align(64))]
struct Line([Bucket; 4]);

const EXTERN: u32 = u32::MAX;
const DENSE: u32 = 1 << 31;
/// Rows of up to this many cells live in their bucket.
const INLINE: usize = 3;

#[inline]
fn cell(class: u16, w: i16) -> u32 {
    class as u32 | (w as u16 as u32) << 16
}

#[inline]
fn cell_class(c: u32) -> usize {
    (c & 0xffff) as usize
}

#[inline]
fn cell_weight(c: u32) -> i32 {
    (c >> 16) as u16 as i16 as i32
}

/// Averaged perceptron used for prediction: an open-addressing table of features (keys are
/// already well mixed, so the low bits pick a line of four buckets directly; linear probing
/// line by line, buckets filled in order within a line), each bucket
/// holding its feature's weights or pointing at them: a run of `(class, weight)` cells, or a
/// full row when a feature has weights for many classes (dense rows add with SIMD). Weights
/// are quantised to i16 with one scale. All buckets a state needs are prefetched before
/// they are read, which hides most misses. The table is built at load time from the file's
/// `(key, cells)` records, so the file format does not depend on this layout.
pub struct Model {
    pub n_classes: usize,
    scale: f32,
    /// Lines - 1.
    mask: usize,
    lines: Vec<Line>,
    /// The features' full keys in the order they were added, only for writing the model
    /// back out (a key per feature rather than per bucket: less memory to fill at load).
    keys: Vec<u64>,
    cells: Vec<u32>,
    /// Dense rows, each `stride` long (`n_classes` rounded up to [`LANES`]), so that
    /// they add block by block with the accumulators kept in registers.
    dense: Vec<i16>,
    stride: usize,
    n_features: usize,
    /// Features were added most looked-up first (see [`Model::ranked_by`]), and are written
    /// back in that order.
    ranked: bool,
    /// Lookups per key, for ranking features (built with `lookup-counts` only).
    #[cfg(feature = "lookup-counts")]
    counts: std::sync::Mutex<std::collections::HashMap<u64, u64>>,
}

/// Set in a written model's class count when its features are in lookup-frequency order.
const RANKED: u32 = 1 << 31;

/// Classes per block when adding dense rows.
const LANES: usize = 16;

/// What a bucket keeps of its key: both halves folded, so that keys sharing a line (equal
/// low bits) still differ here even when they are small numbers rather than mixed hashes.
#[inline]
fn fingerprint(key: u64) -> u32 {
    ((key >> 32) as u32 ^ key as u32).max(1)
}

/// Key 0 (the bias feature hashes to it) is stored and looked up as 1, as in the files.
#[inline]
fn nonzero(key: u64) -> u64 {
    key.max(1)
}

/// Table size for `n` features: a power of two with a load factor between 1/3 and 2/3, so
/// that linear probing stays short (a fuller table of 16-byte buckets scored slower: an
/// absent feature is only known absent at a line with an empty bucket).
fn capacity(n: usize) -> usize {
    (n + n / 2).next_power_of_two().max(16)
}

/// The bucket mask that orders features in written files. Files keep the order of the
/// earlier table (1.5 n rounded up to a power of two) so that retraining still writes the
/// same bytes.
fn file_order_mask(n: usize) -> u64 {
    ((n + n / 2).next_power_of_two().max(16) - 1) as u64
}

/// A zeroed table of `n` lines whose memory the kernel is asked to back with huge pages
/// (Linux transparent huge pages, `madvise` mode) before it is first written. Feature
/// lookups land on random lines of tables larger than the last-level cache; with 4 KiB pages
/// nearly every lookup (and every prefetch) also misses the TLB and walks the page table.
fn huge_vec(n: usize) -> Vec<Line> {
    let mut v: Vec<Line> = Vec::with_capacity(n);
    #[cfg(target_os = "linux")]
    {
        const HUGE: usize = 2 << 20;
        let start = v.as_ptr() as usize;
        let end = start + n * std::mem::size_of::<Line>();
        let (lo, hi) = (start.next_multiple_of(HUGE), end / HUGE * HUGE);
        if hi > lo {
            // SAFETY: [lo, hi) lies inside this vector's own untouched allocation; the
            // advice changes only how its pages are backed, never their contents. A refusal
            // (no THP support) is harmless, so its result is ignored.
            unsafe { libc::madvise(lo as *mut libc::c_void, hi - lo, libc::MADV_HUGEPAGE) };
        }
    }
    v.resize(n, Line::default());
    v
}

/// Features scored per pass (the stack buffers of [`Model::scores`]).
const CHUNK: usize = 128;

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

    /// This model's weights joined by `extra` features (weights of a key in both add up),
    /// quantised anew.
    pub fn with_features(&self, extra: Vec<(u64, Vec<(u16, f32)>)>) -> Model {
        let mut all: std::collections::BTreeMap<u64, Vec<(u16, f32)>> = self
            .keys
            .iter()
            .map(|&k| {
                let row = self.row(self.bucket(self.find(k).expect("a stored key")));
                (
                    k,
                    row.into_iter()
                        .map(|(c, q)| (c, q as f32 * self.scale))
                        .collect(),
                )
            })
            .collect();
        for (k, cells) in extra {
            let row = all.entry(nonzero(k)).or_default();
            for (c, w) in cells {
                match row.iter_mut().find(|x| x.0 == c) {
                    Some(x) => x.1 += w,
                    None => row.push((c, w)),
                }
            }
            row.sort_by_key(|x| x.0);
        }
        Model::from_features(self.n_classes, all.into_iter().collect())
    }

    fn empty(n_classes: usize, scale: f32, n: usize) -> Model {
        let cap = capacity(n);
        Model {
            n_classes,
            scale,
            mask: cap / 4 - 1,
            lines: huge_vec(cap / 4),
            keys: Vec::with_capacity(n),
            cells: Vec::new(),
            dense: Vec::new(),
            stride: n_classes.div_ceil(LANES) * LANES,
            n_features: 0,
            ranked: false,
            #[cfg(feature = "lookup-counts")]
            counts: Default::default(),
        }
    }

    /// The same weights with the features re-added most looked-up first (`lookups(key)`,
    /// e.g. counted on news text with the `lookup-counts` feature; ties and unseen keys keep
    /// the file order). Scores are unchanged; only where rows live changes. Long rows are
    /// stored one after another in the order features are added, so the rows of frequent
    /// features end up together in a few pages and lines instead of spread over the whole
    /// row store; and a frequent key takes a bucket of its home line before a rare key with
    /// the same home can push it to the next line. Measured at 1.07x (BBC) and 1.09x
    /// (Universal NER EWT) on the whole backbone; a separate hot table probed first was
    /// predicted by a cache simulation to lose (every rare or absent key pays two probes).
    pub fn ranked_by(&self, lookups: impl Fn(u64) -> u64) -> Model {
        let mut order = self.features_in_file_order();
        // Stable: ties keep the file order, so ranking is deterministic.
        order.sort_by_key(|(k, _)| std::cmp::Reverse(lookups(*k)));
        let mut m = Model::empty(self.n_classes, self.scale, order.len());
        for (k, row) in order {
            m.push_feature(k, &row);
        }
        m.ranked = true;
        m
    }

    /// How often each key was looked up since loading (counted only with the
    /// `lookup-counts` feature, which slows scoring down).
    #[cfg(feature = "lookup-counts")]
    pub fn lookup_counts(&self) -> std::collections::HashMap<u64, u64> {
        self.counts.lock().unwrap().clone()
    }

    /// [`Model::ranked_by`] the lookups counted since loading.
    #[cfg(feature = "lookup-counts")]
    pub fn ranked_by_own_lookups(&self) -> Model {
        let counts = self.lookup_counts();
        self.ranked_by(|k| counts.get(&k).copied().unwrap_or(0))
    }

    /// Features with their rows in the order [`Model::write`] writes them.
    fn features_in_file_order(&self) -> Vec<(u64, Vec<(u16, i16)>)> {
        let mut order: Vec<(u64, Vec<(u16, i16)>)> = self
            .keys
            .iter()
            .map(|&k| {
                (
                    k,
                    self.row(self.bucket(self.find(k).expect("a stored key"))),
                )
            })
            .collect();
        if !self.ranked {
            let mask = file_order_mask(order.len());
            order.sort_unstable_by_key(|(k, _)| (k & mask, *k));
        }
        order
    }

    fn push_feature(&mut self, key: u64, fc: &[(u16, i16)]) {
        let key = nonzero(key);
        let mut cells = [0u32; INLINE];
        if fc.len() * 4 >= self.n_classes && self.n_classes >= 8 {
            let st = self.dense.len();
            self.dense.resize(st + self.stride, 0);
            for &(c, w) in fc {
                self.dense[st + c as usize] = w;
            }
            cells = [EXTERN, st as u32 | DENSE, 0];
        } else if fc.len() <= INLINE {
            for (x, &(c, w)) in cells.iter_mut().zip(fc) {
                *x = cell(c, w);
            }
        } else {
            let st = self.cells.len();
            self.cells.extend(fc.iter().map(|&(c, w)| cell(c, w)));
            cells = [EXTERN, st as u32, fc.len() as u32];
        }
        let mut g = key as usize & self.mask;
        let i = loop {
            if let Some(s) = self.lines[g].0.iter().position(|b| b.fp == 0) {
                break g * 4 + s;
            }
            g = (g + 1) & self.mask;
        };
        self.lines[g].0[i & 3] = Bucket {
            fp: fingerprint(key),
            cells,
        };
        self.keys.push(key);
        self.n_features += 1;
    }

    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Bucket of `key`, if the model has the feature.
    #[inline]
    fn find(&self, key: u64) -> Option<usize> {
        let key = nonzero(key);
        let fp = fingerprint(key);
        let mut g = key as usize & self.mask;
        loop {
            // All four fingerprints compared without branching on which one matches (a
            // branch on the slot is mispredicted about every other lookup).
            let line = &self.lines[g].0;
            let hit = (line[0].fp == fp) as u32
                | ((line[1].fp == fp) as u32) << 1
                | ((line[2].fp == fp) as u32) << 2
                | ((line[3].fp == fp) as u32) << 3;
            if hit != 0 {
                return Some(g * 4 + hit.trailing_zeros() as usize);
            }
            // Buckets fill in order, so a line with an empty bucket ends the probe.
            if line[3].fp == 0 {
                return None;
            }
            g = (g + 1) & self.mask;
        }
    }

    #[inline]
    fn bucket(&self, i: usize) -> &Bucket {
        &self.lines[i >> 2].0[i & 3]
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

    /// Start loading the buckets of `feats`, so that a later [`Model::scores`] of the same
    /// features finds them in cache; callers with independent work (other sentences) do it
    /// in between.
    #[inline]
    pub fn prefetch(&self, feats: &[u64]) {
        let lines = self.lines.as_ptr();
        for &f in feats {
            Self::prefetch_ptr(lines.wrapping_add(nonzero(f) as usize & self.mask));
        }
    }

    /// Sum the weights of `feats` per class. All home buckets are prefetched first, so the
    /// misses overlap across features instead of stalling one after another; rows that live
    /// outside their bucket are prefetched as they are found and added last, dense rows a
    /// block of classes at a time. Sums are exact (i32), so the order does not matter.
    #[inline]
    pub fn scores(&self, feats: &[u64], out: &mut [f32]) {
        self.scores_from(&[], feats, out)
    }

    /// [`Model::scores`] plus `base`, integer sums from [`Model::partial`] (empty: none):
    /// features whose sum a caller knows in advance need not be looked up again.
    #[inline]
    pub fn scores_from(&self, base: &[i32], feats: &[u64], out: &mut [f32]) {
        self.scores_with(base, feats, out, true)
    }

    #[inline]
    fn scores_with(&self, base: &[i32], feats: &[u64], out: &mut [f32], prefetch: bool) {
        let mut acc_small = [0i32; 256];
        let mut acc_wide = if self.stride > acc_small.len() {
            vec![0i32; self.stride]
        } else {
            Vec::new()
        };
        let acc: &mut [i32] = if self.stride > acc_small.len() {
            &mut acc_wide
        } else {
            &mut acc_small[..self.stride]
        };
        if !base.is_empty() {
            acc.copy_from_slice(base);
        }
        self.add_all(feats, acc, prefetch);
        for (o, a) in out.iter_mut().zip(acc.iter()) {
            *o = *a as f32 * self.scale;
        }
    }

    /// The summed quantised weights of `feats` per class (`stride` long), for
    /// [`Model::scores_from`].
    pub fn partial(&self, feats: &[u64]) -> Vec<i32> {
        let mut acc = vec![0i32; self.stride];
        self.add_all(feats, &mut acc, true);
        acc
    }

    /// Length of the integer sums of [`Model::partial`] and [`Model::add`].
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// Adds the quantised weights of `feats`, whose buckets the caller has just
    /// prefetched with [`Model::prefetch`], to `acc` (`stride` long).
    pub fn add_prefetched(&self, feats: &[u64], acc: &mut [i32]) {
        assert_eq!(acc.len(), self.stride);
        self.add_all(feats, acc, false);
    }

    /// [`Model::scores_from`] of features whose buckets the caller has just prefetched.
    #[inline]
    pub fn scores_prefetched(&self, base: &[i32], feats: &[u64], out: &mut [f32]) {
        self.scores_with(base, feats, out, false)
    }

    /// `prefetch`: whether to prefetch the buckets first (false: the caller just did).
    #[inline]
    fn add_all(&self, feats: &[u64], acc: &mut [i32], prefetch: bool) {
        for chunk in feats.chunks(CHUNK) {
            #[cfg(target_arch = "x86_64")]
            {
                if std::arch::is_x86_feature_detected!("avx2") {
                    // SAFETY: the CPU has AVX2 (checked just above).
                    unsafe { self.accumulate_avx2(chunk, acc, prefetch) };
                    continue;
                }
            }
            self.accumulate(chunk, acc, prefetch);
        }
    }

    /// [`Model::accumulate`] compiled for AVX2 (dense blocks add eight lanes at a time).
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn accumulate_avx2(&self, feats: &[u64], acc: &mut [i32], prefetch: bool) {
        self.accumulate(feats, acc, prefetch)
    }

    #[inline(always)]
    fn accumulate(&self, feats: &[u64], acc: &mut [i32], prefetch: bool) {
        if prefetch {
            self.prefetch(feats);
        }
        // Starts of dense rows and (start, length) of far sparse runs, the first `nd` and
        // `nfar` written. Left uninitialised: zeroing them cost more than scoring most states.
        let mut dense = [const { MaybeUninit::<u32>::uninit() }; CHUNK];
        let mut nd = 0;
        let mut far = [const { MaybeUninit::<[u32; 2]>::uninit() }; CHUNK];
        let mut nfar = 0;
        #[cfg(feature = "lookup-counts")]
        {
            let mut counts = self.counts.lock().unwrap();
            for &f in feats {
                *counts.entry(nonzero(f)).or_default() += 1;
            }
        }
        for &f in feats {
            let Some(i) = self.find(f) else { continue };
            let b = self.bucket(i);
            if b.cells[0] != EXTERN {
                for &c in &b.cells {
                    acc[cell_class(c)] += cell_weight(c);
                }
            } else if b.cells[1] & DENSE != 0 {
                let at = b.cells[1] & !DENSE;
                Self::prefetch_ptr(self.dense.as_ptr().wrapping_add(at as usize));
                dense[nd].write(at);
                nd += 1;
            } else {
                let (at, len) = (b.cells[1], b.cells[2]);
                Self::prefetch_ptr(self.cells.as_ptr().wrapping_add(at as usize));
                far[nfar].write([at, len]);
                nfar += 1;
            }
        }
        for f in &far[..nfar] {
            // SAFETY: the first `nfar` entries were written above.
            let [at, len] = unsafe { f.assume_init() };
            let at = at as usize;
            for &c in &self.cells[at..at + len as usize] {
                acc[cell_class(c)] += cell_weight(c);
            }
        }
        // SAFETY: the first `nd` entries were written above.
        let dense: &[u32] =
            unsafe { &*(&dense[..nd] as *const [MaybeUninit<u32>] as *const [u32]) };
        for (k, block) in acc.chunks_exact_mut(LANES).enumerate() {
            let mut sum = [0i32; LANES];
            sum.copy_from_slice(block);
            for &at in dense {
                let at = at as usize + k * LANES;
                let row: &[i16; LANES] = self.dense[at..at + LANES].try_into().unwrap();
                for (s, &w) in sum.iter_mut().zip(row) {
                    *s += w as i32;
                }
            }
            block.copy_from_slice(&sum);
        }
    }

    fn row(&self, b: &Bucket) -> Vec<(u16, i16)> {
        let decode = |c: &u32| (cell_class(*c) as u16, cell_weight(*c) as i16);
        if b.cells[0] != EXTERN {
            return b.cells.iter().map(decode).filter(|x| x.1 != 0).collect();
        }
        let at = (b.cells[1] & !DENSE) as usize;
        if b.cells[1] & DENSE != 0 {
            (0..self.n_classes)
                .map(|c| (c as u16, self.dense[at + c]))
                .filter(|x| x.1 != 0)
                .collect()
        } else {
            self.cells[at..at + b.cells[2] as usize]
                .iter()
                .map(decode)
                .collect()
        }
    }

    /// Serialisation: features in bucket order of a table of 1.5 n (see
    /// [`file_order_mask`]), or for a ranked model most looked-up first (flagged by
    /// [`RANKED`] in the class count, so that reading keeps the order), each with its cells.
    pub fn write(&self, w: &mut Writer) {
        let order = self.features_in_file_order();
        w.u32(self.n_classes as u32 | if self.ranked { RANKED } else { 0 });
        w.f32(self.scale);
        w.u32(order.len() as u32);
        for (k, row) in order {
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
        let classes = r.u32()?;
        let n_classes = (classes & !RANKED) as usize;
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        let mut m = Model::empty(n_classes, scale, n);
        m.ranked = classes & RANKED != 0;
        let mut buf = Vec::with_capacity(n_classes);
        for _ in 0..n {
            let key = r.u64()?;
            let len = r.u16()? as usize;
            buf.clear();
            for _ in 0..len {
                let c = r.u16()?;
                anyhow::ensure!((c as usize) < n_classes, "class {c} out of range");
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

    /// `n` random features (key 0, what the bias feature hashes to, first) with up to
    /// `short` weighted classes each, and every seventh with up to 40 (a long row).
    fn random_features(
        rng: &mut Rng,
        n: u64,
        n_classes: usize,
        short: usize,
    ) -> Vec<(u64, Vec<(u16, f32)>)> {
        (0..n)
            .map(|i| {
                let key = if i == 0 { 0 } else { fmix(i + 17) };
                let len = 1 + rng.below(if i % 7 == 0 { 40 } else { short });
                let mut cells: Vec<(u16, f32)> = Vec::new();
                for _ in 0..len {
                    let c = rng.below(n_classes) as u16;
                    if !cells.iter().any(|x| x.0 == c) {
                        cells.push((c, rng.below(2000) as f32 - 1000.0));
                    }
                }
                cells.sort_by_key(|c| c.0);
                (key, cells)
            })
            .collect()
    }

    #[test]
    fn table_scores_match_a_plain_sum() {
        let mut rng = Rng::new(3);
        let n_classes = 40;
        let feats = random_features(&mut rng, 5000, n_classes, 5);
        let naive: std::collections::HashMap<u64, Vec<(u16, f32)>> =
            feats.iter().cloned().collect();
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

    /// Ranking re-adds the same rows in another order: every query, with present and
    /// absent keys, sums to exactly the same integers, and the order survives writing and
    /// reading back.
    #[test]
    fn ranked_model_scores_like_the_original() {
        let mut rng = Rng::new(5);
        let n_classes = 40;
        let feats = random_features(&mut rng, 6000, n_classes, 6);
        let m = Model::from_features(n_classes, feats);
        // Unseen keys (count 0) keep their file order behind the counted ones.
        let ranked = m.ranked_by(|k| if k % 3 == 0 { 0 } else { fmix(k) % 1000 });
        let mut w = Writer::default();
        ranked.write(&mut w);
        let bytes = w.into_bytes();
        let back = Model::read(&mut Reader::new(&bytes)).unwrap();
        assert!(back.ranked && !m.ranked);
        assert_eq!(back.keys, ranked.keys);
        assert_ne!(ranked.keys, m.keys);
        assert_eq!(back.n_features(), m.n_features());
        for t in 0..300u64 {
            // Keys 0..9000 of which 6000 are stored: about a third absent.
            let mut q: Vec<u64> = (0..40).map(|j| fmix((t * 41 + j) % 9000 + 17)).collect();
            q.push(0);
            let want = m.partial(&q);
            assert_eq!(ranked.partial(&q), want);
            assert_eq!(back.partial(&q), want);
        }
    }

    /// Keys whose low bits are equal share a home line; ten of them fill it and spill
    /// over the lines after it, and each is still found, in whichever bucket it landed.
    #[test]
    fn keys_spilling_past_a_full_line_are_found() {
        let key = |i: u64| (i << 40) | 5;
        let feats: Vec<(u64, Vec<(u16, f32)>)> = (1..=10)
            .map(|i| (key(i), vec![(i as u16 % 4, i as f32)]))
            .collect();
        let m = Model::from_features(4, feats);
        let mut out = vec![0f32; 4];
        for i in 1..=10u64 {
            assert!(m.find(key(i)).is_some(), "key {i}");
            m.scores(&[key(i)], &mut out);
            assert!(
                (out[i as usize % 4] - i as f32).abs() < 1e-2,
                "key {i}: {out:?}"
            );
        }
        for i in 11..40u64 {
            assert_eq!(m.find(key(i)), None, "absent key {i}");
        }
    }
}

#[cfg(test)]
mod shipped_table_tests {
    use super::*;

    /// Stored keys that are not found, or found in a bucket another key also claims.
    fn check(m: &Model) -> usize {
        let mut seen = std::collections::HashSet::new();
        let mut bad = 0;
        for &k in &m.keys {
            match m.find(k) {
                Some(i) if seen.insert(i) => {}
                _ => bad += 1,
            }
        }
        bad + m
            .lines
            .iter()
            .flat_map(|l| l.0.iter())
            .filter(|b| b.fp != 0)
            .count()
            - seen.len()
    }

    #[test]
    fn extra_features_join_a_model() {
        let mut t = Trainer::new(3);
        for _ in 0..5 {
            t.tick();
            t.update(1, 0, &[10, 11]);
        }
        let base = t.finish(0.0);
        let joined = base.with_features(vec![(12, vec![(2, 0.5)]), (10, vec![(0, 0.25)])]);
        let (mut a, mut b) = (vec![0f32; 3], vec![0f32; 3]);
        base.scores(&[11], &mut a);
        joined.scores(&[11], &mut b);
        assert_eq!(a, b);
        joined.scores(&[12], &mut b);
        assert!(b[2] > 0.0 && b[0] == 0.0);
        base.scores(&[10], &mut a);
        joined.scores(&[10], &mut b);
        assert!(b[0] > a[0]);
        assert_eq!(joined.n_features(), 3);
    }

    #[test]
    fn every_feature_finds_itself() {
        let t = crate::read_tagger(crate::TAGGER_BYTES).unwrap();
        let m = t.model();
        assert_eq!(check(m), 0);
        // Absent keys are not found.
        let present: std::collections::HashSet<u64> = m.keys.iter().copied().collect();
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
