"""Corpus benchmark: build the database from ../shared/corpus/texts with one process and with --jobs, then time
the queries.

    python bench/bench_corpus.py [--corpus DIR] [--jobs N] [--out DIR]

Prints files/s and MB/s for each build, the consistency rate, the database size, and the time of each query.

Each build is the command a user runs, ``python -m resparse corpus build DIR --db DB --jobs N``, in a new process
timed whole (start-up included): a build run in this process after another would fork its workers with the first
build's memos of the same texts and grammars already warm (until the twenty-first session the --jobs build ran after
the --jobs 1 build in one process, 15.6-18.7 s where the command itself took 23.5-25.1 s on the same machine).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from resparse import corpus

ROOT = Path(__file__).resolve().parent.parent


def timed(fn, *args, **kw):
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="resparse-bench-")))
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1
    files = sorted(args.corpus.glob("*.txt"))
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} files, {size:.1f} MB")
    db = None
    for jobs in sorted({1, args.jobs}):
        db = args.out / f"corpus-{jobs}.sqlite"
        if db.exists():
            db.unlink()
        command = [sys.executable, "-m", "resparse", "corpus", "build", str(args.corpus), "--db", str(db),
                   "--jobs", str(jobs), "--quiet", "--json"]
        done, secs = timed(subprocess.run, command, capture_output=True, text=True)
        if done.returncode != 0:
            print(f"build --jobs {jobs} failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
            return 1
        failed = corpus.report(db).get("failed", "?")
        print(f"build --jobs {jobs}: {secs:6.1f} s  {len(files) / secs:6.1f} files/s  {size / secs:5.2f} MB/s  "
              f"failed {failed}  (a new process, start-up included)")
    _, secs = timed(corpus.build, [args.corpus], db, jobs=args.jobs)
    print(f"rebuild, nothing changed: {secs:.2f} s")
    info = corpus.report(db)
    print(f"consistency: {info['consistent']}/{info['documents']} = {info['consistency_rate']:.1%}; "
          f"inconsistent by cause: {info['inconsistent_by_cause']}")
    print(f"database: {db.stat().st_size / 1e6:.1f} MB, rows {info['rows']}")
    for name, fn, arg in [
        ("search 'regional consultative processes'", corpus.search, "regional consultative processes"),
    ]:
        hits, secs = timed(fn, db, arg)
        print(f"query {name}: {secs * 1000:.1f} ms, {len(hits)} hits")
    for name in ("mandates_by_actor", "cited_by"):
        fn = getattr(corpus, name, None)
        if fn is not None:
            arg = "regional commissions" if name == "mandates_by_actor" else "A/RES/73/195"
            hits, secs = timed(fn, db, arg)
            print(f"query {name}({arg!r}): {secs * 1000:.1f} ms, {len(hits)} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
