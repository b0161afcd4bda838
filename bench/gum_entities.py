#!/usr/bin/env python3
"""Pairwise clustering F1 of eventwire's entities on GUM's named mentions.

GUM (../shared/eval/ud/gum-*.conllu) annotates every entity mention with a coreference
group. A *named* mention here is a person, organisation or place mention whose words are
all proper nouns (a leading "the" and punctuation aside). We rebuild each document's text
from its sentences, run `eventwire extract` on it, and over the gold named mentions that
eventwire also found (exact character span) count pairs: same gold group vs same predicted
entity. Prints mention recall, pairwise P/R/F1; last line `F1 <pairwise F1>`.

usage: gum_entities.py GUM.conllu EVENTWIRE_BINARY
"""
import itertools
import json
import re
import subprocess
import sys

TYPES = {"person", "organization", "place"}


def parse_entity_field(misc):
    """Yields ('open', id, type) and ('close', id) events of one token's Entity= field."""
    m = re.search(r"(?:^|\|)Entity=([^|]*)", misc)
    if not m:
        return []
    s, out, i = m.group(1), [], 0
    while i < len(s):
        if s[i] == "(":
            j = i + 1
            while j < len(s) and s[j] not in "()":
                j += 1
            fields = s[i + 1 : j].split("-")
            out.append(("open", fields[0], fields[1] if len(fields) > 1 else ""))
            if j < len(s) and s[j] == ")":
                out.append(("close", fields[0]))
                j += 1
            i = j
        else:
            m2 = re.match(r"(\d+)\)", s[i:])
            if m2:
                out.append(("close", m2.group(1)))
                i += len(m2.group(0))
            else:
                i += 1
    return out


def documents(path):
    doc = None
    sent = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newdoc id ="):
            if doc:
                yield doc
            doc = {"id": line.split("=", 1)[1].strip(), "text": "", "mentions": []}
            doc["open"] = {}
        elif line.startswith("# newpar") and not line.startswith("# newpar_"):
            if doc and doc["text"]:
                doc["text"] += "\n\n"
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
            if doc["text"] and not doc["text"].endswith("\n\n"):
                doc["text"] += " "
            sent = {"base": len(doc["text"]), "text": text, "pos": 0}
            doc["text"] += text
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            form, upos, misc = cols[1], cols[3], cols[9]
            k = sent["text"].find(form, sent["pos"])
            if k < 0:
                k = sent["pos"]
            start = sent["base"] + k
            end = start + len(form)
            sent["pos"] = k + len(form)
            events = parse_entity_field(misc)
            for ev in events:
                if ev[0] == "open":
                    doc["open"].setdefault(ev[1], []).append([start, end, ev[2], []])
            # The token's POS counts for every mention open over it, then mentions close.
            for stack in doc["open"].values():
                for o in stack:
                    o[3].append(upos)
            for ev in events:
                if ev[0] == "close":
                    stack = doc["open"].get(ev[1])
                    if stack:
                        s0, _, etype, poses = stack.pop()
                        doc["mentions"].append((s0, end, ev[1], etype, poses))
    if doc:
        yield doc


def named(m, text):
    s, e, _, etype, poses = m
    if etype not in TYPES:
        return False
    words = [p for p in poses if p not in ("PUNCT", "DET")]
    return bool(words) and all(p == "PROPN" for p in words)


def main():
    gold_path, binary = sys.argv[1], sys.argv[2]
    docs = list(documents(gold_path))
    lines = "".join(json.dumps({"id": d["id"], "text": d["text"]}) + "\n" for d in docs)
    out = subprocess.run([binary, "extract", "--format", "jsonl", "-"], input=lines,
                         capture_output=True, text=True, check=True).stdout
    preds = {}
    for line in out.splitlines():
        p = json.loads(line)
        spans = {}
        for e in p["entities"]:
            for m in e["mentions"]:
                spans[(m["start"], m["end"])] = e["id"]
        preds[p["id"]] = spans
    n_gold = n_found = 0
    tp = gold_pairs = pred_pairs = 0
    for d in docs:
        gold = [m for m in d["mentions"] if named(m, d["text"])]
        # GUM may include "the" in a span; eventwire's names do not.
        found = []
        for s, e, grp, _, _ in gold:
            span = d["text"][s:e]
            if span.lower().startswith("the "):
                s += 4
            n_gold += 1
            ent = preds.get(d["id"], {}).get((s, e))
            if ent is not None:
                n_found += 1
                found.append((grp, ent))
        for (g1, p1), (g2, p2) in itertools.combinations(found, 2):
            gold_pairs += g1 == g2
            pred_pairs += p1 == p2
            tp += g1 == g2 and p1 == p2
    p = tp / pred_pairs if pred_pairs else 0.0
    r = tp / gold_pairs if gold_pairs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"documents {len(docs)}  gold named mentions {n_gold}  found by eventwire {n_found} ({n_found / max(n_gold, 1):.3f})")
    print(f"pairs: gold-same {gold_pairs}  predicted-same {pred_pairs}  both {tp}")
    print(f"pairwise P {p:.3f} R {r:.3f}")
    print(f"F1 {f:.4f}")


if __name__ == "__main__":
    main()
