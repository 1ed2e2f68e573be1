"""What the corpus database's fingerprint of the code costs (``resparse.corpus.fingerprint``).

    python bench/bench_fingerprint.py [--repeat N]

Prints the files it reads (count, bytes), the time of the first call in a fresh process (reading the files and
hashing them; Python's start and the imports are not counted) and the best of N fresh computations, and what the
corpus module's import costs beside it (the commands that use the fingerprint import it anyway; ``mandates FILE``
and the other commands over files neither import it nor compute it). Timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    t = time.perf_counter()
    from resparse import corpus

    imported = time.perf_counter() - t
    t = time.perf_counter()
    digest = corpus.fingerprint()
    first = time.perf_counter() - t
    best = float("inf")
    for _ in range(args.repeat):
        corpus.fingerprint.cache_clear()
        t = time.perf_counter()
        corpus.fingerprint()
        best = min(best, time.perf_counter() - t)
    files = corpus.rule_files().values()
    print(f"fingerprint {digest[:12]}: {len(files)} files, {sum(len(p.read_bytes()) for p in files):,} bytes")
    print(f"first call {first * 1000:.1f} ms, best of {args.repeat} {best * 1000:.1f} ms;"
          f" import of resparse.corpus {imported * 1000:.0f} ms")


if __name__ == "__main__":
    main()
