"""What the mandates stage reads or makes more than once within one process (issue 10, twenty-ninth session, branch
mspeed29), counted over every N-th corpus file after the first has warmed the process:

    python bench/bench_mandates_rereads.py [--corpus DIR] [--every 4]

Prints:

1. Patterns compiled while the stage runs (``re``'s compiler called, by the resparse function that asked), their
   CPU seconds, how many distinct ones and how many compiled a second time (``re`` keeps 512; a pattern built from a
   name at each call and let go is compiled again).
2. A chapeau read again under its items: the calls of ``deadlines.find``, ``reports.reports_of``,
   ``addressees.read_clause``, ``clauses.clauses`` and ``Scanner.scan`` made while an item is read whose text is
   its chapeau's (longer than 20 characters, not the item's own).
3. The alias scanner: the texts scanned by the mention pass (``extract.mentions_in``) and by the other passes, and
   how many texts of a resolution both scanned (the hits a mention scan could take from an earlier scan of the same
   text).
4. The LALR runs: ``grammars.Prefixes.longest`` calls and how many repeat a (grammar, start, window) run before in
   the process; Lark's own ``parse`` and ``parse_interactive`` calls.

Counts, not times, except the compiles' (``time.process_time`` around each); the wrappers slow the run.
"""

from __future__ import annotations

import argparse
import importlib
import re._compiler
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rebind(fn, wrapped) -> None:
    """Every resparse module's name for ``fn`` bound to ``wrapped``."""
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("resparse"):
            for k, v in list(vars(module).items()):
                if v is fn:
                    setattr(module, k, wrapped)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--every", type=int, default=4, help="every N-th file of the corpus (1: all)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1
    import lark

    from resparse import grammars
    from resparse.parse import parse_text

    ex = importlib.import_module("resparse.mandates.extract")
    actors = importlib.import_module("resparse.mandates.actors")
    passes = {"deadlines.find": ("resparse.mandates.deadlines", "find", 0),
              "reports.reports_of": ("resparse.mandates.reports", "reports_of", 0),
              "addressees.read_clause": ("resparse.mandates.addressees", "read_clause", 1),
              "clauses.clauses": ("resparse.mandates.clauses", "clauses", 0)}
    files = sorted(args.corpus.glob("*.txt"))[:: args.every]
    docs = [parse_text(f.read_text(encoding="utf-8"), str(f)) for f in files]
    ex.extract(docs[0], states=True)  # grammars, tables and first patterns: not counted

    compiles: Counter = Counter()
    compile_cpu: Counter = Counter()
    patterns: dict[str, Counter] = defaultdict(Counter)
    compile_ = re._compiler.compile

    def counted_compile(p, flags=0):
        t = time.process_time()
        try:
            return compile_(p, flags)
        finally:
            f = sys._getframe(1)
            while f is not None and "resparse" not in f.f_code.co_filename:
                f = f.f_back
            where = f"{Path(f.f_code.co_filename).stem}.{f.f_code.co_name}" if f is not None else "?"
            compiles[where] += 1
            compile_cpu[where] += time.process_time() - t
            patterns[where][(p, flags)] += 1

    re._compiler.compile = counted_compile

    reading: list = [None]  # the paragraph being read
    chapeau_of: dict[int, object] = {}
    counts: Counter = Counter()

    def under_item(text) -> bool:
        p = reading[0]
        if not isinstance(text, str) or p is None or id(p) not in chapeau_of or len(text) <= 20:
            return False
        return text in chapeau_of[id(p)].text and text not in p.text

    paragraph = ex._Extractor.paragraph

    def reading_paragraph(self, p, *a, **k):
        before, reading[0] = reading[0], p
        try:
            return paragraph(self, p, *a, **k)
        finally:
            reading[0] = before

    ex._Extractor.paragraph = reading_paragraph
    for label, (module, attr, at) in passes.items():
        fn = getattr(importlib.import_module(module), attr)

        def wrapped(*a, _fn=fn, _label=label, _at=at, **k):
            counts[_label] += 1
            counts[f"{_label} chapeau"] += under_item(a[_at] if len(a) > _at else None)
            return _fn(*a, **k)

        setattr(importlib.import_module(module), attr, wrapped)
        _rebind(fn, wrapped)

    scanned: dict[int, set[str]] = defaultdict(set)  # a text of the resolution -> who scanned it
    scans: Counter = Counter()
    scan = actors.Scanner.scan
    in_mentions = [0]

    def counted_scan(self, text, *a, **k):
        who = "mentions" if in_mentions[0] else "other passes"
        scans[who] += 1
        counts["Scanner.scan"] += 1
        counts["Scanner.scan chapeau"] += under_item(text)
        scanned[hash(text)].add(who)
        return scan(self, text, *a, **k)

    actors.Scanner.scan = counted_scan
    mentions = ex._Extractor.mentions

    def counted_mentions(self):
        in_mentions[0] += 1
        try:
            return mentions(self)
        finally:
            in_mentions[0] -= 1

    ex._Extractor.mentions = counted_mentions

    runs: Counter = Counter()
    longest = grammars.Prefixes.longest

    def counted_longest(self, window, start, shortcut=True):
        runs[(id(self), start, window)] += 1
        return longest(self, window, start, shortcut)

    grammars.Prefixes.longest = counted_longest
    lark_calls: Counter = Counter()
    for name in ("parse", "parse_interactive"):
        own = getattr(lark.Lark, name)

        def counted(self, *a, _own=own, _name=name, **k):
            lark_calls[_name] += 1
            return _own(self, *a, **k)

        setattr(lark.Lark, name, counted)

    both = texts = 0
    t0 = time.process_time()
    for res in docs:
        chapeau_of.clear()
        scanned.clear()
        for p in res.walk():
            for child in p.children:
                chapeau_of[id(child)] = p
        ex.extract(res, states=True)
        texts += len(scanned)
        both += sum(len(who) > 1 for who in scanned.values())
    total = time.process_time() - t0
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} files, {size:.2f} MB: mandates stage {total:.2f} s CPU (wrapped)")
    again = {w: sum(n - 1 for n in c.values()) for w, c in patterns.items()}
    print(f"1. patterns compiled: {sum(compiles.values())} ({sum(compile_cpu.values()):.2f} s CPU), "
          f"{sum(len(c) for c in patterns.values())} distinct, {sum(again.values())} compiled again")
    for w, n in sorted(compiles.items(), key=lambda kv: (-kv[1], kv[0]))[:12]:
        print(f"   {w:<42} {n:6d} compiles {len(patterns[w]):6d} distinct {again[w]:5d} again "
              f"{compile_cpu[w]:6.3f} s")
    print("2. a chapeau's text read again while its items are read:")
    for label in [*passes, "Scanner.scan"]:
        print(f"   {label:<26} {counts[f'{label} chapeau']:6d} of {counts[label]:6d} calls")
    print(f"3. Scanner.scan: mentions {scans['mentions']} calls, other passes {scans['other passes']}; "
          f"texts of a resolution scanned by both {both} of {texts}")
    print(f"4. Prefixes.longest {sum(runs.values())} runs, {len(runs)} distinct (grammar, start, window), "
          f"{sum(runs.values()) - len(runs)} repeats; Lark.parse {lark_calls['parse']}, "
          f"Lark.parse_interactive {lark_calls['parse_interactive']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
