"""Reference warnings over a corpus: citations found, and the targets resolved "missing" or "unresolved", per 1,000
citations; optionally a random sample of the remaining ones to read by hand.

    python bench/bench_refs.py [DIR] [--sample N] [--seed N]

DIR defaults to ../shared/corpus/texts. Prints the counts, the rate per 1,000 citations, the time spent in
``references.resolve`` (noisy on a shared machine), and with --sample, N warnings as "file: source: phrase -> label
status".
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import resparse
from resparse.references import resolve


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=str(Path(__file__).resolve().parents[1].parent / "shared/corpus/texts"))
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    citations = missing = unresolved = 0
    seen: list[str] = []
    t_resolve = 0.0
    files = sorted(Path(args.dir).glob("*.txt"))
    for f in files:
        try:
            res = resparse.parse(f)
        except Exception:  # noqa: BLE001 - a file that does not parse is not counted
            continue
        t = time.perf_counter()
        refs = resolve(res)
        t_resolve += time.perf_counter() - t
        for ref in refs:
            citations += 1
            for target, status in ref.resolved:
                if status in ("missing", "unresolved"):
                    missing += status == "missing"
                    unresolved += status == "unresolved"
                    seen.append(f"{f.name}: {ref.source}: {ref.citation.phrase!r} -> {target.document or ''} "
                                f"{target.label} {status}")
    per = 1000 / max(1, citations)
    print(f"{len(files)} files, {citations} citations, missing {missing} ({missing * per:.1f} per 1,000), "
          f"unresolved {unresolved} ({unresolved * per:.1f} per 1,000), resolve {t_resolve:.1f} s")
    for line in random.Random(args.seed).sample(seen, min(args.sample, len(seen))):
        print(line)


if __name__ == "__main__":
    main()
