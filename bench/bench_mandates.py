"""Mandate extraction over the corpus: time per text and the corpus figures.

    python bench/bench_mandates.py [--corpus ../shared/corpus/texts] [--every N]

Parses every N-th resolution of the corpus (default 1: all 902), then times ``resparse.mandates.extract`` over them
(wall and CPU time, the first run and the best of three; the parse is not counted) and prints: mandates, mentions,
the mandates and mentions of the regional commissions (the actor, a commission of the group, or a part of one, as
``resparse mandates --actor "regional commissions"`` matches them), and the mandates that ask for a report.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import resparse
from resparse.mandates import extract
from resparse.mandates.actors import table

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--every", type=int, default=1, help="read every N-th file (default 1: all)")
    args = ap.parse_args(argv)
    files = sorted(args.corpus.glob("*.txt"))[:: args.every]
    if not files:
        print(f"no texts in {args.corpus}", file=sys.stderr)
        return 2
    docs = []
    for f in files:
        try:
            docs.append(resparse.parse(f))
        except resparse.ResparseError:
            pass
    runs = []
    for _ in range(3):
        wall, cpu = time.perf_counter(), time.process_time()
        per = [extract(r) for r in docs]
        runs.append((time.perf_counter() - wall, time.process_time() - cpu))
    n = len(docs)
    print(f"{n} resolutions: extraction per text {1000 * runs[0][0] / n:.1f} ms wall, {1000 * runs[0][1] / n:.1f} ms CPU "
          f"(first run); {1000 * min(runs)[0] / n:.1f} ms wall, {1000 * min(runs)[1] / n:.1f} ms CPU (best of 3)")
    t = table()
    rc = t.resolve("regional commissions").key

    def regional(k: str, part_of: str | None) -> bool:
        return k == rc or part_of == rc or rc in t.wholes(k) or k in t.wholes(rc)

    items = [m for it in per for m in it]
    mandates = [m for m in items if m.kind == "mandate"]
    print(f"mandates {len(mandates)}, mentions {len(items) - len(mandates)}")
    print(f"regional commissions: {sum(regional(m.actor_key, m.part_of) for m in mandates)} mandates, "
          f"{sum(regional(m.actor_key, m.part_of) for m in items if m.kind == 'mention')} mentions")
    reports = [m for m in mandates if m.report]
    clauses = {(m.document, m.paragraph, m.verb_as_written) for m in reports}
    print(f"reports asked for: {len(clauses)} clauses ({len(reports)} mandates) in "
          f"{len({m.document for m in reports})} resolutions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
