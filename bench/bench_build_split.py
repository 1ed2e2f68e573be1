"""Where the wall time of ``corpus build --jobs N`` goes: the build run once in this (new) process, its steps timed.

    python bench/bench_build_split.py [--corpus DIR] [--jobs N] [--db FILE]

Prints, in seconds of wall time from the start of this process (and the parent's CPU where it is its own):

- the import of ``resparse.corpus`` (the parent's start-up, which the forked workers inherit);
- the build before the pool starts (the files listed and hashed, the database opened);
- each worker's start-up: from the pool's start to its first file, and the CPU of its first file beside the CPU
  the same file takes in a warm process (what each worker pays again: grammars, tables, patterns it builds lazily);
- the workers' files: CPU per worker, when each worker finished its last file (the tail: the gap between the two);
- the pickling of each ``FileResult`` to the parent (dumps and loads, timed in the worker on the same result, bytes);
- the parent: waiting for results, ``_store``, ``_index``, ``_link_citations``, the commit and the final queries;
- what is left over (progress, bookkeeping).

The functions are wrapped in this process before the pool forks (the workers inherit the wrappers); the wrappers'
own cost (a pickling of each result more, in the worker) is counted apart. Figures of one run: run it several times
and note the load (``uptime``), as for ``bench_corpus.py``.
"""

from __future__ import annotations

import time

T0 = time.perf_counter()
C0 = time.process_time()

import argparse  # noqa: E402
import os  # noqa: E402
import pickle  # noqa: E402
import resource  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402

from resparse import corpus  # noqa: E402

IMPORT_WALL, IMPORT_CPU = time.perf_counter() - T0, time.process_time() - C0
ROOT = Path(__file__).resolve().parent.parent

parent: dict[str, float] = defaultdict(float)  # wall seconds of the parent's steps
worker_files: list[tuple] = []  # (pid, start, end, cpu, cpu_before_first, dumps, loads, size, path) per file
_real_process = corpus._process_and_settle
_first_cpu: dict[int, float] = {}


def timed_process(path: str):
    """The worker's file, timed; the timing rides back on the result (a private attribute, pickled with it)."""
    pid = os.getpid()
    before = time.process_time()
    _first_cpu.setdefault(pid, before)  # CPU from the fork to the first file (unpickling the task)
    start = time.perf_counter()
    result = _real_process(path)
    end = time.perf_counter()
    cpu = time.process_time() - before
    t = time.process_time()
    data = pickle.dumps(result, pickle.HIGHEST_PROTOCOL)
    dumps = time.process_time() - t
    t = time.process_time()
    pickle.loads(data)
    loads = time.process_time() - t
    result._timing = (pid, start, end, cpu, _first_cpu[pid], dumps, loads, len(data), path)
    return result


def wrap(name: str):
    real = getattr(corpus, name)

    def timed(*a, **kw):
        t = time.perf_counter()
        try:
            return real(*a, **kw)
        finally:
            parent[name] += time.perf_counter() - t

    setattr(corpus, name, timed)


class TimedPool(corpus.ProcessPoolExecutor):
    """The executor, its start, its results' waits and its shutdown timed."""

    def __init__(self, *a, **kw):
        parent["pool_start_at"] = time.perf_counter() - T0
        super().__init__(*a, **kw)

    def map(self, fn, *iterables, **kw):
        parent["chunksize"] = kw.get("chunksize", 1)
        it = super().map(fn, *iterables, **kw)

        def waited():
            while True:
                t = time.perf_counter()
                try:
                    r = next(it)
                except StopIteration:
                    parent["wait"] += time.perf_counter() - t
                    return
                parent["wait"] += time.perf_counter() - t
                parent["results"] += 1
                worker_files.append(r.__dict__.pop("_timing"))
                if parent["results"] == 1:
                    parent["first_result_at"] = time.perf_counter() - T0
                yield r
                parent["last_result_at"] = time.perf_counter() - T0

        return waited()

    def shutdown(self, *a, **kw):
        t = time.perf_counter()
        super().shutdown(*a, **kw)
        parent["shutdown"] += time.perf_counter() - t


def warm_cpu(paths: list[str]) -> dict[str, float]:
    """The CPU of each file read in this process after a first reading of each (every cache warm)."""
    out = {}
    for p in paths:
        corpus._process_and_settle(p)
    for p in paths:
        t = time.process_time()
        corpus._process_and_settle(p)
        out[p] = time.process_time() - t
    return out


def replay(args) -> int:
    """The parent's work alone, in CPU seconds of this process: the results of every file (read once with the
    pool and kept pickled in ``--results``) unpickled, stored, indexed, linked and committed as ``build`` does."""
    import gc
    import hashlib

    files = [str(p.resolve()) for p in corpus.sources.iter_files([args.corpus])]
    if not args.results.exists():
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            data = list(pool.map(_pickled, files, chunksize=16))
        args.results.write_bytes(pickle.dumps(data, pickle.HIGHEST_PROTOCOL))
    data = pickle.loads(args.results.read_bytes())
    db = args.db or Path(tempfile.mkdtemp(prefix="resparse-replay-")) / "corpus.sqlite"
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    cpu: dict[str, float] = defaultdict(float)
    wall0 = time.perf_counter()

    def step(name, fn, *a):
        t, w = time.process_time(), time.perf_counter()
        out = fn(*a)
        cpu[name] += time.process_time() - t
        cpu[name + " (wall)"] += time.perf_counter() - w
        return out

    gc.collect()
    collecting = {"n": 0, "cpu": 0.0, "t": 0.0}

    def on_gc(phase, info):
        if phase == "start":
            collecting["t"] = time.process_time()
        else:
            collecting["n"] += 1
            collecting["cpu"] += time.process_time() - collecting["t"]

    gc.callbacks.append(on_gc)
    con = step("connect", corpus.connect, db)
    for pragma in args.pragma:
        con.execute(f"PRAGMA {pragma}")
    step("hash files", lambda: [hashlib.sha256(Path(f).read_bytes()).hexdigest() for f in files])
    unindexed = []
    con.execute("BEGIN")
    con.execute("DROP TRIGGER paragraphs_ai")
    for b in data:
        r = step("unpickle", pickle.loads, b)
        doc_id, _ = step("_store", corpus._store, con, r)
        unindexed.append(doc_id)
        if len(unindexed) == corpus._INDEX_BATCH:
            step("_index", corpus._index, con, unindexed)
            unindexed = []
    step("_index", corpus._index, con, unindexed)
    step("trigger", con.execute, corpus._FTS_TRIGGER)
    step("_link_citations", corpus._link_citations, con)
    step("meta", lambda: (con.execute(f"PRAGMA user_version = {corpus.FORMAT}"), con.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('code', ?)", (corpus.fingerprint(),))))
    step("commit", con.commit)
    step("final queries", lambda: (con.execute(
        "SELECT COUNT(*) FROM documents WHERE consistent = 1 AND duplicate_of IS NULL").fetchone(),
        con.execute("SELECT path, error FROM documents WHERE error IS NOT NULL").fetchall()))
    con.close()
    gc.callbacks.remove(on_gc)
    total = sum(v for k, v in cpu.items() if not k.endswith("(wall)"))
    print(f"replay of the parent's work over {len(data)} results ({sum(map(len, data)) / 1e6:.1f} MB pickled), "
          f"CPU {total:.2f} s, wall {time.perf_counter() - wall0:.2f} s, load {os.getloadavg()[0]:.1f}")
    for k, v in cpu.items():
        if not k.endswith("(wall)"):
            print(f"  {k:18} {v:6.2f} s CPU  {cpu[k + ' (wall)']:6.2f} s wall")
    print(f"  of which garbage collections: {collecting['n']}, {collecting['cpu']:.2f} s CPU")
    if args.db is None:  # a temporary one: not left behind
        db.unlink()
        db.parent.rmdir()
    return 0


def _pickled(path: str) -> bytes:
    return pickle.dumps(corpus._process_and_settle(path), pickle.HIGHEST_PROTOCOL)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--db", type=Path, default=None, help="the database to build (default: a new temporary file)")
    ap.add_argument("--replay", action="store_true", help="time the parent's work alone (see replay)")
    ap.add_argument("--results", type=Path, default=Path(tempfile.gettempdir()) / "resparse-split-results.pickle",
                    help="--replay: where the files' results are kept between runs (made by the first run)")
    ap.add_argument("--pragma", action="append", default=[], help="--replay: a PRAGMA run after connecting")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1
    if args.replay:
        return replay(args)
    db = args.db or Path(tempfile.mkdtemp(prefix="resparse-split-")) / "corpus.sqlite"
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    corpus._process_and_settle = timed_process
    corpus.ProcessPoolExecutor = TimedPool
    for name in ("_store", "_index", "_link_citations", "connect"):
        wrap(name)
    real_build_start = time.perf_counter()
    build_cpu = time.process_time()
    rep = corpus.build([args.corpus], db, jobs=args.jobs)
    end = time.perf_counter() - T0
    build_cpu = time.process_time() - build_cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = real_build_start - T0
    print(f"{rep.files} files, {rep.parsed} parsed, {len(rep.failed)} failed; --jobs {args.jobs}, chunksize "
          f"{int(parent['chunksize'])}; load {os.getloadavg()[0]:.1f}")
    print(f"process start to end: {end:6.2f} s wall")
    print(f"  import resparse.corpus          {IMPORT_WALL:6.2f} s wall  {IMPORT_CPU:5.2f} s CPU")
    print(f"  build before the pool            {parent['pool_start_at'] - start:6.2f} s wall  (files hashed, "
          f"database opened: connect {parent['connect']:.2f} s)")
    by_worker: dict[int, list[tuple]] = defaultdict(list)
    for row in worker_files:
        by_worker[row[0]].append(row)
    pool_at = parent["pool_start_at"] + T0
    firsts = []
    for pid, rows in sorted(by_worker.items()):
        rows.sort(key=lambda r: r[1])
        first = rows[0]
        firsts.append(first[8])
        cpu = sum(r[3] for r in rows)
        print(f"  worker {pid}: first file at +{first[1] - pool_at:5.2f} s after the pool's start, last ends "
              f"{rows[-1][2] - T0:6.2f} s; {len(rows)} files, {cpu:6.2f} s CPU in files "
              f"(busy {sum(r[2] - r[1] for r in rows):6.2f} s wall); first file {first[3]:.2f} s CPU")
    ends = sorted(rows[-1][2] - T0 for rows in by_worker.values())
    if len(ends) > 1:
        print(f"  tail: the workers' last files end {ends[-1] - ends[0]:.2f} s apart")
    warm = warm_cpu(firsts)
    cold = {r[8]: r[3] for r in worker_files if r[8] in warm and r is min(
        (x for x in worker_files if x[0] == r[0]), key=lambda x: x[1])}
    print("  start-up each worker pays in its first file (cold CPU - warm CPU): "
          + ", ".join(f"{Path(p).name} {cold[p]:.2f} - {warm[p]:.2f} = {cold[p] - warm[p]:.2f} s" for p in firsts))
    dumps = sum(r[5] for r in worker_files)
    loads = sum(r[6] for r in worker_files)
    size = sum(r[7] for r in worker_files)
    print(f"  pickling: {size / 1e6:.1f} MB, dumps {dumps:.2f} s CPU (workers), loads {loads:.2f} s CPU (the "
          f"parent's share, measured in the workers)")
    print(f"  parent: first result at {parent['first_result_at']:.2f} s, last at {parent['last_result_at']:.2f} s; "
          f"waiting {parent['wait']:.2f} s (pool shutdown {parent['shutdown']:.2f} s of it)")
    print(f"  parent: _store {parent['_store']:.2f} s, _index {parent['_index']:.2f} s, _link_citations "
          f"{parent['_link_citations']:.2f} s")
    after = end - parent["last_result_at"]
    print(f"  after the last result: {after:.2f} s (the last _index, the trigger, _link_citations, the commit and "
          f"the final queries)")
    print(f"  parent CPU in build: {build_cpu:.2f} s; children CPU (workers, incl. the wrappers' extra pickling): "
          f"{children.ru_utime + children.ru_stime:.2f} s")
    con = sqlite3.connect(db)
    pages, size = con.execute("PRAGMA page_count").fetchone()[0], db.stat().st_size
    con.close()
    print(f"  database {size / 1e6:.1f} MB, {pages} pages")
    if args.db is None:  # a temporary one: not left behind
        db.unlink()
        db.parent.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
