"""Draw the second labelled sample of operative clauses: 150 units, fixed seed, from ../shared/corpus, in five
strata of shapes the first, uniform sample (bench/sample_clauses.py) holds too few of to measure:

- ``via``: an addressee list that names members after "including", "in particular", "such as" or "notably";
- ``first_person``: a declaration's own voice ("We request", "we call upon", "We decide to: ... Request");
- ``decision``: "Decides that" / "Agrees that" / "should" / "shall" clauses (decisions binding a body, soft asks);
- ``deadline``: a date or session ("by 2030", "no later than", "within six months", "at its eighty-first session");
- ``report``: a report asked for ("to report", "to submit a report", "in his next report").

The strata are picked by plain text patterns (below), not by the mandate code; a unit falls in the first stratum
whose pattern it matches, and 30 units are drawn from each (seed 2027). The sample is written once, then labelled by
hand (tests/labels/mandates_hard.jsonl, by the rules of tests/labels/GUIDELINE.md) before the mandate code is run
on it; this script only documents how it was drawn.

    python bench/sample_hard_clauses.py > tests/labels/mandates_hard.unlabelled.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys

from sample_clauses import units

SEED = 2027
PER_STRATUM = 30
_VERB = r"(?:[Rr]equests?|[Cc]alls? (?:up)?on|[Uu]rges?|[Ii]nvites?|[Ee]ncourages?|[Dd]emands?|[Aa]uthorizes?)"
STRATA = [
    ("via", re.compile(_VERB + r"\b[^;:]{0,200}?\b(?:including|in particular|such as|notably)\b")),
    ("first_person", re.compile(r"\b[Ww]e (?:request|call (?:up)?on|urge|invite|encourage|decide|demand)\b|\b[Ww]e\b"
                                r"[^\n]*\n(?:Request|Call upon|Call on|Urge|Invite|Encourage) ")),
    ("decision", re.compile(r"\b(?:Decides|Agrees) that\b|\bshould\b|\bshall\b")),
    ("deadline", re.compile(r"\b(?:by \d{4}|no later than|not later than|within (?:one|two|three|six|\d+) (?:month|"
                            r"year|week)|at its (?:\w+-)?\w+ session|by the end of|before the end of)\b")),
    ("report", re.compile(r"\breport\b")),
]


def draw(units, strata, seed: int, per_stratum: int, text_of=lambda u: u["text"]) -> None:
    """Write ``per_stratum`` units of each stratum as JSON lines (numbered, with their stratum): a unit falls in
    the first stratum whose pattern matches ``text_of(unit)``; counts and the seed go to stderr. Shared by the
    stratified samplers (this one, sample_references.py)."""
    pools: dict[str, list[dict]] = {name: [] for name, _ in strata}
    for u in units:
        text = text_of(u)
        for name, pattern in strata:
            if pattern.search(text):
                pools[name].append(u)
                break
    rng = random.Random(seed)
    n = 0
    for name, _ in strata:
        for u in rng.sample(pools[name], per_stratum):
            n += 1
            sys.stdout.write(json.dumps({"n": n, "stratum": name, **u}, ensure_ascii=False) + "\n")
        print(f"{name}: {len(pools[name])} units, {per_stratum} drawn", file=sys.stderr)
    print(f"seed {seed}", file=sys.stderr)


def main() -> None:
    draw(units(), STRATA, SEED, PER_STRATUM,
         text_of=lambda u: u["text"] if u["chapeau"] is None else u["chapeau"] + "\n" + u["text"])


if __name__ == "__main__":
    main()
