"""Pipeline benchmark: the stages `corpus build` runs on each file, timed apart over the corpus in one process.

    python bench/bench_pipeline.py [--corpus DIR] [--limit N] [--stages]

First the whole pipeline as `corpus build` runs it on each file (`corpus.process_file`: read, parse, references,
mandates, consistency, rows; then the heap settled for the next file, as the build does), in MB/s (wall clock and CPU of this process; on a shared machine the wall clock also
counts the other processes). Then, in a fresh process (so that no stage finds another's caches warm), each stage
timed apart, each called as `corpus._rows` calls it (mandates with
`states=True`), the rows last: CPU seconds and share. The issue-10 goal is the whole pipeline at >= 2 MB/s with one process.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

from resparse import consistency, corpus, sources
from resparse.mandates import extract
from resparse.parse import parse_source
from resparse.references import resolve

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (0: all)")
    ap.add_argument("--stages", action="store_true", help="only the stage breakdown")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1
    files = sorted(args.corpus.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    size = sum(f.stat().st_size for f in files) / 1e6
    if not args.stages:
        print(f"{len(files)} files, {size:.2f} MB")
        wall, cpu0 = time.perf_counter(), time.process_time()
        failed = sum(1 for f in files if corpus._process_and_settle(str(f)).error)
        wall, total = time.perf_counter() - wall, time.process_time() - cpu0
        print(f"pipeline (corpus build's per-file work): wall {wall:.2f} s {size / wall:.2f} MB/s, "
              f"CPU {total:.2f} s {size / total:.2f} MB/s, failed {failed}")
        sys.stdout.flush()
        cmd = [sys.executable, __file__, "--stages", "--corpus", str(args.corpus), "--limit", str(args.limit)]
        return subprocess.call(cmd)
    cpu: dict[str, float] = {}

    def timed(stage, fn, *a):
        t = time.process_time()
        out = fn(*a)
        cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - t
        return out

    cpu0 = time.process_time()
    for f in files:
        src = timed("read", sources.read, str(f))
        res = timed("parse", parse_source, src, str(f))
        # the calls of corpus._rows, in its order: the stages, then the rows (paragraphs, JSON columns)
        problems = timed("consistency", consistency.check, res)
        refs = timed("references", resolve, res)
        mandates = timed("mandates", partial(extract, states=True), res)
        timed("rows", corpus._assemble, res, problems, refs, mandates)
        gc.collect()  # the heap settled between files, as the build does (corpus._process_and_settle), untimed
        gc.freeze()
    total = time.process_time() - cpu0
    print("stages apart (CPU):")
    for stage, secs in cpu.items():
        print(f"  {stage:<12} {secs:7.2f} s  {secs / total:6.1%}  {size / secs:7.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
