"""Draw the labelled sample of operative clauses (issue 9): 200 units at random, fixed seed, from ../shared/corpus.

A unit is one operative paragraph, annex paragraph or sub-paragraph of either, with its own text and, for a
sub-paragraph, the text of its chapeau (the parent) for context. The sample is written once, then labelled by hand
(tests/labels/mandates_sample.jsonl) before the mandate code is run on it; this script only documents how it was drawn.

    python bench/sample_clauses.py > tests/labels/mandates_sample.unlabelled.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import resparse

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "texts"
SEED = 2026
N = 200


def units():
    for path in sorted(CORPUS.glob("*.txt")):
        try:
            res = resparse.parse(path)
        except resparse.ResparseError:
            continue

        def walk(p, parent):
            if p.kind != "preambular":
                yield {
                    "file": path.name,
                    "symbol": res.symbol,
                    "label": p.label,
                    "text": p.text,
                    "chapeau": parent.text if parent is not None else None,
                }
            for c in p.children:
                yield from walk(c, p)

        for top in res.paragraphs:
            yield from walk(top, None)


def main() -> None:
    pool = list(units())
    sample = random.Random(SEED).sample(pool, N)
    for i, u in enumerate(sample, 1):
        u = {"n": i, **u}
        sys.stdout.write(json.dumps(u, ensure_ascii=False) + "\n")
    print(f"{len(pool)} units, {N} drawn (seed {SEED})", file=sys.stderr)


if __name__ == "__main__":
    main()
