"""deadlines.find over every text the mandates stage gives it in the corpus: CPU time, and what it finds.

    python bench/bench_deadlines.py [--corpus DIR] [--limit N] [--repeat 3] [--dump OUT.jsonl]

First one pass of the mandates stage (``mandates.extract(res, states=True)`` on each file) records the distinct
calls of ``deadlines.find`` (text, named periods, adoption date); then ``find`` runs over them again, ``--repeat``
times, its memos emptied before each run: the best CPU time, calls and deadlines found. ``--dump`` writes each call
and what it found (text, type, start, end, resolved_from) as JSON lines, in the order met: two dumps made on two
versions of the code are equal when the change keeps the output (compare them with ``cmp``). CPU time on a shared
machine still varies with the other processes (caches): compare versions run in turn, more than once.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import sys
import time
from pathlib import Path

from resparse import sources
from resparse.mandates import extract
from resparse.parse import parse_source

ROOT = Path(__file__).resolve().parent.parent
deadlines = importlib.import_module("resparse.mandates.deadlines")


def record(files: list[Path]) -> list[tuple[str, dict, str | None]]:
    """The distinct calls of deadlines.find made by the mandates stage over ``files``, in the order met."""
    calls: dict[tuple, tuple[str, dict, str | None]] = {}
    find = deadlines.find

    def recording(text, periods=None, adopted=None):
        calls.setdefault((text, tuple(sorted((periods or {}).items())), adopted), (text, dict(periods or {}), adopted))
        return find(text, periods, adopted)

    deadlines.find = recording
    try:
        for f in files:
            extract(parse_source(sources.read(str(f)), str(f)), states=True)
    finally:
        deadlines.find = find
    return list(calls.values())


def forget() -> None:
    """Empty the memos of deadlines (every function with an lru_cache but the grammar's own)."""
    for name in dir(deadlines):
        fn = getattr(deadlines, name)
        if hasattr(fn, "cache_clear") and name not in ("_parser", "_prefixes"):
            fn.cache_clear()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (0: all)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dump", type=Path, help="write each call and what it found (JSON lines)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    files = sorted(args.corpus.glob("*.txt"))[: args.limit or None]
    calls = record(files)
    best, found = float("inf"), 0
    for _ in range(args.repeat):
        forget()
        t = time.process_time()
        found = sum(len(deadlines.find(*call)) for call in calls)
        best = min(best, time.process_time() - t)
    print(f"{len(files)} files, {len(calls)} distinct calls of deadlines.find, {found} deadlines found: "
          f"best of {args.repeat} {best:.3f} s CPU ({1e6 * best / max(len(calls), 1):.1f} µs a call)")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for text, periods, adopted in calls:
                got = [dataclasses.asdict(d) for d in deadlines.find(text, periods, adopted)]
                out.write(json.dumps({"text": text, "adopted": adopted, "found": got}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
