"""What the pipeline reads twice, and what a cache or a shared pass could still save: the four structural questions
of issue 10 (twenty-seventh session, branch pspeed7), measured in one run of ``corpus._process_and_settle`` over
every N-th corpus file in one process, as ``corpus build --jobs 1`` runs them.

    python bench/bench_repeats.py [--corpus DIR] [--every 1]

Prints, with the pipeline's CPU seconds (``time.process_time``):

1. Repeats across the corpus: the share of paragraph bytes (each paragraph's text, and each top-level paragraph
   with its items) that repeats a paragraph met earlier, and the CPU the mandates stage's top-level
   ``_Extractor.paragraph`` spends on repeated and on new ones (a whole-paragraph cache would save at most the
   repeated ones' time, less the cost of its key).
2. The same for the main passes keyed by the text they read (``deadlines.find``, ``reports.reports_of``,
   ``addressees.read_clause``, ``_Extractor.address`` per clause): CPU on texts met before against new ones.
3. Lark: the calls of Lark's ``parse`` and ``parse_interactive`` and of the own LALR runner
   (``grammars.Prefixes.longest``) per mandates clause, and the CPU inside Lark's modules is read by a sampler
   (py-spy), not here.
4. The alias scanner: the characters its word split (``actors._words``) and its trie walk (``Scanner._scan``) read,
   as a multiple of the paragraphs' bytes, and how many of them were read before (a shared tokenisation of the
   paragraph would serve the substrings).

Each wrapped function's time is counted once per outermost call (a call inside a call of the same function is
not counted again); the wrappers cost about a microsecond a call.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _wrap(owner, attr: str, key, label: str, stats: dict, seen: dict) -> None:
    """Wrap ``owner.attr`` as ``bench_stage_cpu.py`` does: the CPU of each outermost call, added to ``stats[label]``
    as [new s, repeat s, new calls, repeat calls, new chars, repeat chars] by whether ``key(args)`` was met before."""

    def after(a, dt):
        kk = key(a)
        s = stats[label]
        j = 1 if kk in seen[label] else 0
        seen[label].add(kk)
        s[j] += dt
        s[2 + j] += 1
        s[4 + j] += len(kk[0]) if isinstance(kk, tuple) else len(kk)

    _stage_cpu()._wrap(owner, attr, label, Counter(), Counter(), after)


@functools.lru_cache(maxsize=1)
def _stage_cpu():
    """``bench/bench_stage_cpu.py`` as a module (its wrapper)."""
    spec = importlib.util.spec_from_file_location("bench_stage_cpu", ROOT / "bench" / "bench_stage_cpu.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _whole(p) -> str:
    return p.text + "\n" + "\n".join(_whole(c) for c in p.children)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--every", type=int, default=1, help="every N-th file of the corpus (1: all)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1
    import lark

    from resparse import corpus, grammars

    extract = importlib.import_module("resparse.mandates.extract")
    deadlines = importlib.import_module("resparse.mandates.deadlines")
    reports = importlib.import_module("resparse.mandates.reports")
    addressees = importlib.import_module("resparse.mandates.addressees")
    actors = importlib.import_module("resparse.mandates.actors")

    stats: dict = defaultdict(lambda: [0.0, 0.0, 0, 0, 0, 0])
    seen: dict = defaultdict(set)
    # a top-level paragraph (no chapeau), with its items: the unit a whole-paragraph cache would keep
    _wrap(extract._Extractor, "paragraph", lambda a: _whole(a[1]), "paragraph with its items", stats, seen)
    _wrap(extract._Extractor, "address", lambda a: (a[2].body, a[2].written), "address (one clause)", stats, seen)
    _wrap(deadlines, "find", lambda a: a[0], "deadlines.find", stats, seen)
    _wrap(reports, "reports_of", lambda a: a[0], "reports.reports_of", stats, seen)
    _wrap(addressees, "read_clause", lambda a: (a[1], a[0]), "addressees.read_clause", stats, seen)
    _wrap(actors, "_words", lambda a: a[0], "actors._words (split)", stats, seen)
    _wrap(actors.Scanner, "_scan", lambda a: a[1], "Scanner._scan (trie walk)", stats, seen)

    calls = defaultdict(int)

    def counted(owner, attr, label):
        fn = getattr(owner, attr)

        @functools.wraps(fn)
        def c(*a, **k):
            calls[label] += 1
            return fn(*a, **k)

        setattr(owner, attr, c)

    counted(lark.Lark, "parse", "Lark.parse")
    counted(lark.Lark, "parse_interactive", "Lark.parse_interactive")
    counted(grammars.Prefixes, "longest", "Prefixes.longest (own LALR runner, not memo hits)")

    files = sorted(args.corpus.glob("*.txt"))[:: args.every]
    corpus._process_and_settle(str(files[0]))  # grammars loaded, lexers built: not counted
    stats.clear()
    seen.clear()
    calls.clear()
    paragraph_bytes = repeated_bytes = 0
    texts: set[str] = set()
    cpu = 0.0
    for f in files:
        t = time.process_time()
        corpus._process_and_settle(str(f))
        cpu += time.process_time() - t
    # the paragraphs' bytes and their repeats, read again (not timed)
    from resparse import sources
    from resparse.parse import parse_source

    for f in files:
        try:
            res = parse_source(sources.read(str(f)))
        except Exception:  # noqa: BLE001 - a file the build records as failed
            continue
        for p in res.walk():
            paragraph_bytes += len(p.text)
            if p.text in texts:
                repeated_bytes += len(p.text)
            texts.add(p.text)
    mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} files, {mb:.2f} MB: pipeline {cpu:.2f} s CPU ({mb / cpu:.2f} MB/s; with the wrappers' cost)")
    print(f"paragraph texts: {paragraph_bytes / 1e6:.2f} MB, {repeated_bytes / paragraph_bytes:.1%} of it repeats a "
          "paragraph met before")
    n_clauses = stats["address (one clause)"][2] + stats["address (one clause)"][3]
    print(f"{'pass (outermost calls)':38s} {'new s':>7s} {'calls':>7s} {'MB':>6s}   {'repeat s':>8s} {'calls':>7s} "
          f"{'MB':>6s}  {'repeat share of pipeline':>s}")
    for label, (tn, tr, cn, cr, bn, br) in stats.items():
        print(f"{label:38s} {tn:7.2f} {cn:7d} {bn / 1e6:6.2f}   {tr:8.2f} {cr:7d} {br / 1e6:6.2f}  {tr / cpu:6.1%}")
    for label, n in calls.items():
        print(f"{label}: {n} calls, {n / max(n_clauses, 1):.2f} per addressing clause")
    words = stats["actors._words (split)"]
    print(f"actors._words asked for {(words[4] + words[5]) / paragraph_bytes:.2f}x the paragraphs' bytes, "
          f"{words[4] / paragraph_bytes:.2f}x in texts not asked before (its own cache answers most repeats)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
