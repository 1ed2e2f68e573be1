"""Draw the labelled sample of references: 150 units, fixed seed, from ../shared/corpus.

A unit is one paragraph (preambular, operative, annex or sub-paragraph) or one footnote, with its own text and, for a
sub-paragraph, its chapeau (the parent's text) for context. Units fall in five strata picked by plain text patterns,
not by the reference code, 30 drawn from each (seed 2028); a unit falls in the first stratum whose pattern it matches:

- ``internal``: a paragraph or sub-paragraph cited by number ("paragraph 5 above", "subparagraph (b)");
- ``part``: another numbered unit (article, rule, section, chapter, annex);
- ``resolution``: a resolution or decision cited by number ("resolution 77/40", "1514 (XV)", "decision 77/512");
- ``symbol``: a document symbol ("A/78/42", "CD/1839");
- ``other``: any other unit (to measure what is found where nothing is cited).

The sample is written once, then labelled by hand (tests/labels/references_sample.part*.jsonl, by the rules of
tests/labels/GUIDELINE_REFERENCES.md) before the reference code is run on it; this script only documents how it
was drawn.

    python bench/sample_references.py > tests/labels/references_sample.unlabelled.jsonl

The second sample holds citations of paragraphs of the same text only (the kind the first measured on 12 targets):
60 units of the ``internal`` stratum none of the first sample holds (seed 2030); units 1-30 are the development half
(read while the code is changed), 31-60 the held-out half (read only to measure):

    python bench/sample_references.py --strata internal --per-stratum 60 --seed 2030 \
        --exclude tests/labels/references_sample.unlabelled.jsonl > tests/labels/references_internal.unlabelled.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import resparse
from sample_hard_clauses import draw

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "texts"
SEED = 2028
PER_STRATUM = 30
STRATA = [
    ("internal", re.compile(r"\b(?:[Ss]ub)?[Pp]aragraphs? (?:\d|\([a-z]{1,4}\))|\bparas?\. \d")),
    ("part", re.compile(r"\b(?:[Aa]rticles?|[Rr]ules?|[Ss]ections?|[Cc]hapters?|chap\.|sect\.|[Aa]nnex(?:es)?)"
                        r" [IVXLC\d]")),
    ("resolution", re.compile(r"\b(?:[Rr]esolutions?|[Dd]ecisions?) (?:[A-Z]+-)?\d+(?:/\d+| \()")),
    ("symbol", re.compile(r"\b[A-Z]{1,6}(?:\.\d+)?/(?:[A-Z0-9.\-]+/)*[A-Z0-9.\-]*\d")),
    ("other", re.compile(r"")),
]


def units():
    for path in sorted(CORPUS.glob("*.txt")):
        try:
            res = resparse.parse(path)
        except resparse.ResparseError:
            continue
        stack = [(p, None) for p in reversed(res.paragraphs)]
        while stack:
            p, parent = stack.pop()
            yield {"file": path.name, "symbol": res.symbol, "label": p.label, "kind": p.kind, "text": p.text,
                   "chapeau": parent.text if parent is not None else None}
            stack.extend((c, p) for c in reversed(p.children))
        for f in res.footnotes:
            yield {"file": path.name, "symbol": res.symbol, "label": f"footnote {f.number}", "kind": "footnote",
                   "text": f.text, "chapeau": None}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--per-stratum", type=int, default=PER_STRATUM)
    ap.add_argument("--strata", nargs="+", choices=[name for name, _ in STRATA], help="draw from these strata only")
    ap.add_argument("--exclude", nargs="*", type=Path, default=[], help="samples whose units are not drawn again")
    args = ap.parse_args()
    seen = {(u["file"], u["label"]) for path in args.exclude
            for u in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    picked = [s for s in STRATA if not args.strata or s[0] in args.strata]
    chosen = (u for u in units() if (u["file"], u["label"]) not in seen)
    draw(_first_stratum(chosen, STRATA, picked), picked, args.seed, args.per_stratum)


def _first_stratum(units_, strata, picked):
    """The units whose first matching stratum (of all ``strata``) is one of ``picked``."""
    names = {name for name, _ in picked}
    for u in units_:
        first = next(name for name, pattern in strata if pattern.search(u["text"]))
        if first in names:
            yield u


if __name__ == "__main__":
    main()
