"""Parse speed: each text of texts/ and the whole corpus, beside a one-pass re.finditer scan of the same bytes.

    python bench/bench_parse.py [--corpus DIR] [--repeat N] [--corpus-repeat N]

Prints, for each input, the parse time, MB/s (wall clock, and CPU time of this process: on a shared machine the
wall clock also counts the other processes) and the ratio to the regex scan (how many times slower than reading
the text once with a regular expression). The corpus defaults to ../shared/corpus/texts when it exists.

Both clocks are read around the same runs (the best run by the wall clock, and the CPU time of that same run): a
run's CPU time is never more than its wall time, one thread. Until the twenty-first session each clock took its
own runs (the corpus: one run each), so the CPU figure came from another run than the wall figure, and where the
load of other processes rose between the two (the shared 2-core machine) it showed more seconds than the wall
clock had. Under load the wall clock also counts the time the process waits for a core, the CPU clock does not
(it still counts the slowdown of caches shared with the other processes): quote the CPU figure, and say so.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import resparse
from resparse.parse import parse_text

ROOT = Path(__file__).resolve().parent.parent
SCAN = re.compile(r"^\s*(?:\d{1,3}\.|\([a-z]{1,4}\))\s", re.M)


def best_of(fn, repeat: int) -> tuple[float, float]:
    """(wall, CPU) seconds of the run of ``fn`` with the least wall time, over ``repeat`` runs: both of one run."""
    best = (float("inf"), float("inf"))
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        best = min(best, (time.perf_counter() - w, time.process_time() - c))
    return best


def measure(name: str, texts: list[str], repeat: int) -> None:
    size = sum(len(t.encode("utf-8")) for t in texts)

    def do_parse():
        for t in texts:
            parse_text(t)

    def do_scan():
        for t in texts:
            sum(1 for _ in SCAN.finditer(t))

    tp, tc = best_of(do_parse, repeat)
    ts = best_of(do_scan, repeat)[0]
    print(f"{name:<28} {size / 1e6:8.3f} MB  parse {tp:8.3f} s  {size / 1e6 / tp:6.2f} MB/s  "
          f"(CPU {tc:7.3f} s {size / 1e6 / tc:6.2f} MB/s)  scan {ts:7.4f} s  ratio {tp / ts:7.1f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus-repeat", type=int, default=1, help="runs over the corpus (best one shown)")
    args = ap.parse_args()
    print(f"resparse {resparse.__name__} parse benchmark (best of {args.repeat})")
    for path in resparse.bundled_texts():
        measure(path.name, [path.read_text(encoding="utf-8")], args.repeat)
    if args.corpus.is_dir():
        files = sorted(args.corpus.glob("*.txt"))
        texts = []
        failures = 0
        for f in files:
            t = f.read_text(encoding="utf-8")
            try:
                parse_text(t)
                texts.append(t)
            except resparse.ResparseError:
                failures += 1
        print(f"corpus: {len(files)} files, {failures} refused with a parse error (excluded below)")
        measure(f"corpus ({len(texts)} files)", texts, args.corpus_repeat)
    else:
        print(f"corpus not found at {args.corpus}: skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
