"""Draw the third labelled sample of operative clauses: 100 units at random (seed 2029) from ../shared/corpus, none
of them in the first two samples (tests/labels/mandates_sample*.jsonl, mandates_hard*.jsonl).

The first two samples were read while the mandate code was improved, so their figures are no longer blind; this one
is labelled by hand (tests/labels/mandates_fresh.jsonl, by the rules of tests/labels/GUIDELINE.md) before the
mandate code is run on it, to measure the code on clauses nobody tuned it to. Units as in bench/sample_clauses.py.

    python bench/sample_fresh_clauses.py > tests/labels/mandates_fresh.unlabelled.jsonl

The fourth sample (seed 2030, labelled blind the same way, tests/labels/mandates_fresh2.jsonl) excludes the third too:

    python bench/sample_fresh_clauses.py --seed 2030 --exclude tests/labels/mandates_sample.unlabelled.jsonl \
        tests/labels/mandates_hard.unlabelled.jsonl tests/labels/mandates_fresh.unlabelled.jsonl \
        > tests/labels/mandates_fresh2.unlabelled.jsonl

The fifth (seed 2031, tests/labels/mandates_fresh3.*) and the sixth (seed 2032, tests/labels/mandates_fresh4.*) each
exclude every sample before them:

    python bench/sample_fresh_clauses.py --seed 2032 --exclude tests/labels/mandates_sample.unlabelled.jsonl \
        tests/labels/mandates_hard.unlabelled.jsonl tests/labels/mandates_fresh.unlabelled.jsonl \
        tests/labels/mandates_fresh2.unlabelled.jsonl tests/labels/mandates_fresh3.unlabelled.jsonl \
        > tests/labels/mandates_fresh4.unlabelled.jsonl

The seventh (seed 2033, tests/labels/mandates_fresh5.*) excludes the six before it (the same list plus
tests/labels/mandates_fresh4.unlabelled.jsonl).
The eighth (seed 2034, tests/labels/mandates_fresh6.*) excludes the seven before it (plus
tests/labels/mandates_fresh5.unlabelled.jsonl).
The ninth (seed 2035, tests/labels/mandates_fresh7.*) excludes the eight before it (plus
tests/labels/mandates_fresh6.unlabelled.jsonl).
The tenth (seed 2036, tests/labels/mandates_fresh8.*) excludes the nine before it (plus
tests/labels/mandates_fresh7.unlabelled.jsonl).
The eleventh (seed 2037, tests/labels/mandates_fresh9.*) excludes the ten before it (plus
tests/labels/mandates_fresh8.unlabelled.jsonl).
The twelfth (seed 2038, tests/labels/mandates_fresh10.*) excludes the eleven before it (plus
tests/labels/mandates_fresh9.unlabelled.jsonl).
The thirteenth (seed 2039, tests/labels/mandates_fresh11.*) excludes the twelve before it (plus
tests/labels/mandates_fresh10.unlabelled.jsonl).
The fourteenth (seed 2040, tests/labels/mandates_fresh12.*) excludes the thirteen before it (plus
tests/labels/mandates_fresh11.unlabelled.jsonl).
The fifteenth (seed 2041, tests/labels/mandates_fresh13.*) excludes the fourteen before it (plus
tests/labels/mandates_fresh12.unlabelled.jsonl).
The sixteenth (seed 2042, tests/labels/mandates_fresh14.*) excludes the fifteen before it (plus
tests/labels/mandates_fresh13.unlabelled.jsonl).
The seventeenth (seed 2043, tests/labels/mandates_fresh15.*) excludes the sixteen before it (plus
tests/labels/mandates_fresh14.unlabelled.jsonl) and draws only among the units whose text names a report or a time
(``--containing``, the pattern below: the fields the random samples hold fewest of, 0-6 reports and 5-15 deadlines in
100 units), a selection by the words of the text alone, made before any code ran on the units:

    python bench/sample_fresh_clauses.py --seed 2043 --containing "$REPORT_OR_TIME" --exclude ... \
        > tests/labels/mandates_fresh15.unlabelled.jsonl

The eighteenth (seed 2044, tests/labels/mandates_fresh16.*) excludes the seventeen before it (plus
tests/labels/mandates_fresh15.unlabelled.jsonl) and draws with the same ``--containing REPORT_OR_TIME``.
The nineteenth (seed 2045, tests/labels/mandates_fresh17.*) excludes the eighteen before it (plus
tests/labels/mandates_fresh16.unlabelled.jsonl) and draws at random again, without ``--containing``.
The twentieth (seed 2046, tests/labels/mandates_fresh18.*) excludes the nineteen before it (plus
tests/labels/mandates_fresh17.unlabelled.jsonl) and draws with ``--containing REPORT_OR_TIME`` again.
The twenty-first (seed 2047, tests/labels/mandates_fresh19.*) excludes the twenty before it (plus
tests/labels/mandates_fresh18.unlabelled.jsonl) and draws at random again, without ``--containing``.
The twenty-second (seed 2048, tests/labels/mandates_fresh20.*) excludes the twenty-one before it (plus
tests/labels/mandates_fresh19.unlabelled.jsonl) and draws with ``--containing REPORT_OR_TIME`` again.
The twenty-third (seed 2049, tests/labels/mandates_fresh21.*) excludes the twenty-two before it (plus
tests/labels/mandates_fresh20.unlabelled.jsonl) and draws at random again, without ``--containing``.
The twenty-fourth (seed 2050, tests/labels/mandates_fresh22.*) excludes the twenty-three before it (plus
tests/labels/mandates_fresh21.unlabelled.jsonl) and draws with ``--containing REPORT_OR_TIME`` again.
The twenty-fifth (seed 2051, tests/labels/mandates_fresh23.*) excludes the twenty-four before it (plus
tests/labels/mandates_fresh22.unlabelled.jsonl) and draws at random again, without ``--containing``.
The twenty-sixth (seed 2052, tests/labels/mandates_fresh24.*) excludes the twenty-five before it (plus
tests/labels/mandates_fresh23.unlabelled.jsonl) and draws with ``--containing REPORT_OR_TIME`` again.
The twenty-seventh (seed 2053, tests/labels/mandates_fresh25.*) excludes the twenty-six before it (plus
tests/labels/mandates_fresh24.unlabelled.jsonl) and draws at random again, without ``--containing``.
The twenty-eighth (seed 2054, tests/labels/mandates_fresh26.*) excludes the twenty-seven before it (plus
tests/labels/mandates_fresh25.unlabelled.jsonl) and draws with ``--containing REPORT_OR_TIME`` again.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from sample_clauses import units

SEED = 2029
N = 100
# a report, a session, a year or a month, or a recurrence named in the text (the seventeenth sample's selection)
REPORT_OR_TIME = (r"\breport|\bsession\b|\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|"
                  r"September|October|November|December)\b|\b(?:annual|biennial|triennial|quadrennial|periodic)")
LABELS = Path(__file__).resolve().parents[1] / "tests" / "labels"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--exclude", nargs="+", type=Path, help="samples whose units are not drawn again (default: the first two)",
                    default=[LABELS / "mandates_sample.unlabelled.jsonl", LABELS / "mandates_hard.unlabelled.jsonl"])
    ap.add_argument("--containing", metavar="REGEX",
                    help="draw only among units whose text matches REGEX (case-insensitive), e.g. REPORT_OR_TIME: "
                         + REPORT_OR_TIME)
    args = ap.parse_args()
    seen = set()
    for path in args.exclude:
        for line in path.read_text(encoding="utf-8").splitlines():
            u = json.loads(line)
            seen.add((u["file"], u["label"]))
    pool = [u for u in units() if (u["file"], u["label"]) not in seen]
    if args.containing:
        pattern = re.compile(REPORT_OR_TIME if args.containing == "REPORT_OR_TIME" else args.containing, re.I)
        pool = [u for u in pool if pattern.search(u["text"])]
    sample = random.Random(args.seed).sample(pool, N)
    for i, u in enumerate(sample, 1):
        sys.stdout.write(json.dumps({"n": i, **u}, ensure_ascii=False) + "\n")
    print(f"{len(pool)} units not sampled before, {N} drawn (seed {args.seed})", file=sys.stderr)


if __name__ == "__main__":
    main()
