"""Two trees' speed on one stage, interleaved chunk by chunk: a comparison that the load of other processes does not
decide.

    python bench/bench_pair.py --old PYTHON [--new PYTHON] [--stage mandates|parse|references|rows|pipeline]
                               [--chunks 30] [--corpus DIR] [--limit N]

``PYTHON`` is the interpreter of a venv that has the other tree installed (``python -m venv /tmp/old &&
/tmp/old/bin/pip install -e <a copy of the old tree>``); ``--new`` defaults to this interpreter. Each runs this file
as a worker in its own process (the old one with its own ``XDG_CACHE_HOME``, so that the two trees' grammar caches
stay apart). The corpus files are cut into ``--chunks`` runs in corpus order and the two workers take each run in
turn, the first of the pair alternating, so that both meet the same load at nearly the same moment: on this 2-core
machine the same code varies by ±20 % from one whole run to the next, which is more than most speed changes save.
Each worker reads each file once, as ``bench_pipeline.py`` does: ``mandates`` parses the file (not timed) and times
``mandates.extract(res, states=True)`` (``states`` only where the tree has it); ``parse`` times ``parse_source`` on
what ``sources.read`` gave; ``references`` parses (not timed) and times ``references.resolve``; ``rows`` runs the
stages (not timed) and times ``corpus._assemble``; ``pipeline`` times
``corpus._process_and_settle`` (read, parse, references, mandates, consistency, rows). The heap is settled after
each file, not timed. Prints the CPU seconds of each tree, new/old, in how many chunks the new tree took less CPU,
and the load average seen.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def worker(corpus: Path, limit: int, stage: str) -> None:
    """Read "K M" lines on stdin; for each, run the stage over the K-th of M chunks, print its CPU seconds."""
    import inspect

    from resparse import corpus as corpus_mod
    from resparse import sources
    from resparse.mandates import extract
    from resparse.consistency import check
    from resparse.parse import parse_source
    from resparse.references import resolve

    files = sorted(corpus.glob("*.txt"))[: limit or None]
    kw = {"states": True} if "states" in inspect.signature(extract).parameters else {}
    for line in sys.stdin:
        k, m = map(int, line.split())
        cpu = 0.0
        for f in files[len(files) * k // m : len(files) * (k + 1) // m]:
            if stage == "pipeline":
                t = time.process_time()
                corpus_mod._process_and_settle(str(f))
                cpu += time.process_time() - t
                continue
            src = sources.read(str(f))
            t = time.process_time()
            res = parse_source(src, str(f))
            if stage == "parse":
                cpu += time.process_time() - t
            elif stage == "references":
                t = time.process_time()
                resolve(res)
                cpu += time.process_time() - t
            elif stage == "rows":
                done = check(res), resolve(res), extract(res, **kw)
                t = time.process_time()
                corpus_mod._assemble(res, *done)
                cpu += time.process_time() - t
            else:
                t = time.process_time()
                extract(res, **kw)
                cpu += time.process_time() - t
            gc.collect()
            gc.freeze()
        print(f"{cpu:.6f}", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", required=True, help="the python of the venv holding the other tree")
    ap.add_argument("--new", default=sys.executable, help="the python of this tree's venv (default: this one)")
    ap.add_argument("--stage", choices=("mandates", "parse", "references", "rows", "pipeline"), default="mandates")
    ap.add_argument("--chunks", type=int, default=30)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (0: all)")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}", file=sys.stderr)
        return 2
    if args.worker:
        worker(args.corpus, args.limit, args.stage)
        return 0
    cmd = [__file__, "--worker", "--old", "-", "--stage", args.stage, "--corpus", str(args.corpus),
           "--limit", str(args.limit)]
    tag = hashlib.sha1(args.old.encode()).hexdigest()[:8]
    old_env = dict(os.environ, XDG_CACHE_HOME=str(Path(tempfile.gettempdir()) / f"resparse-bench-pair-{tag}"))
    procs = {
        "old": subprocess.Popen([args.old, *cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                env=old_env),
        "new": subprocess.Popen([args.new, *cmd], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True),
    }
    total = {"old": 0.0, "new": 0.0}
    faster, loads = 0, []
    for k in range(args.chunks):
        loads.append(os.getloadavg()[0])
        got = {}
        for name in ("old", "new") if k % 2 == 0 else ("new", "old"):
            procs[name].stdin.write(f"{k} {args.chunks}\n")
            procs[name].stdin.flush()
            got[name] = float(procs[name].stdout.readline())
            total[name] += got[name]
        faster += got["new"] < got["old"]
    for p in procs.values():
        p.stdin.close()
        p.wait()
    print(f"{args.stage}, {args.chunks} chunks interleaved: old {total['old']:.2f} s CPU, new {total['new']:.2f} s CPU, "
          f"new/old {total['new'] / total['old']:.3f}, new faster in {faster} of {args.chunks} chunks, "
          f"load average {min(loads):.1f}-{max(loads):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
