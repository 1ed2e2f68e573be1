"""Where the pipeline's CPU goes, pass by pass, measured without a profiler: the CPU seconds (``time.process_time``)
of each stage of ``corpus build``'s per-file work and of the main passes inside it, inclusive, over every N-th
corpus file.

    python bench/bench_stage_cpu.py [--corpus DIR] [--every 3]

Each function named in ``PASSES`` is wrapped to add its CPU time to a counter (a call inside a call of the same
function is not counted twice), under its module's name and under every name a resparse module imported it by;
the wrapper costs about a microsecond a call, small beside what the passes do.
Prints, for each pass, its seconds, its share of the whole pipeline (``corpus._process_and_settle``) and its number
of calls; indentation shows what runs inside what (a pass called from several places is shown once, under the
stage that calls it). A pass missing from the tree (renamed) is left out.

Why not cProfile: its cost per Python call is counted to the functions that make many small calls, and on a shared
machine its clock is the wall clock. Over every third corpus file (301 files) it gave ``normalize._needs_cleaning``
0.70 s (117,560 calls) where ``process_time`` gives 0.13 s, and ``reports._asked``'s searches 0.74 s where they
take 0.15 s; a change that replaced the per-line test by one scan of the whole text (which the profile priced at
0.7 s saved) made parse 10-18 % slower (``bench_pair.py --stage parse``: new/old 1.102 and 1.178). Read the
profile for call counts and call graphs; read this script, then ``bench_pair.py``, for seconds.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import sys
import time
import types
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (depth, module, attribute, label): a function of a module, a method of a class ("Class.method"). The stages as
# corpus._rows calls them (names as corpus.py imports them), and the main passes inside each
PASSES = [
    (1, "resparse.parse", "parse_text", "parse"),
    (2, "resparse.sources.language", "not_english", "language check"),
    (2, "resparse.parse", "normalize", "normalize"),
    (2, "resparse.parse", "tokenize", "lex (tokenize)"),
    (2, "resparse.parse", "build", "build"),
    (2, "resparse.footnotes", "resolve", "footnotes"),
    (1, "resparse.corpus", "check", "consistency"),
    (1, "resparse.corpus", "resolve", "references"),
    (2, "resparse.references", "_find", "find citations (memo per text)"),
    (3, "resparse.references", "_longest", "longest citation (grammars.PrefixMemo)"),
    (3, "resparse.references", "_read", "read the tree"),
    (3, "resparse.references", "_issuer", "whose citation (context before and after)"),
    (1, "resparse.corpus", "extract_mandates", "mandates"),
    (2, "resparse.mandates.extract", "_Extractor.paragraph", "paragraphs"),
    (3, "resparse.mandates.extract", "clauses", "clauses"),
    (4, "resparse.mandates.clauses", "_gapped", "clauses._gapped (pairs cut)"),
    (4, "resparse.mandates.clauses", "infinitive", "clauses.infinitive (everywhere)"),
    (4, "resparse.mandates.clauses", "decided", "clauses.decided (everywhere)"),
    (3, "resparse.mandates.extract", "_Extractor.address", "address (a clause's actors)"),
    (4, "resparse.mandates.extract", "read_clause", "read_clause"),
    (5, "resparse.mandates.addressees", "_adjectives", "addressees._adjectives"),
    (5, "resparse.mandates.actors", "cut_qualifiers", "actors.cut_qualifiers (everywhere)"),
    (6, "resparse.mandates.actors", "_inside_name", "actors._inside_name"),
    (4, "resparse.mandates.extract", "names", "names"),
    (5, "resparse.mandates.addressees", "_full_name", "addressees._full_name (a short name's)"),
    (6, "resparse.names", "full_name", "names.full_name (everywhere)"),
    (4, "resparse.mandates.extract", "_Extractor.add", "add"),
    (3, "resparse.mandates.deadlines", "find", "deadlines.find (also outside address)"),
    (3, "resparse.mandates.reports", "reports_of", "reports_of (also outside address)"),
    (2, "resparse.mandates.extract", "_Extractor.mentions", "mentions"),
    (3, "resparse.mandates.extract", "mentions_in", "extract.mentions_in"),
    (3, "resparse.mandates.actors", "Scanner.scan", "Scanner.scan"),
    (1, "resparse.corpus", "_assemble", "rows"),
]


def _wrap(owner, attr: str, label: str, cpu: Counter, calls: Counter, after=None) -> bool:
    """Wrap ``owner.attr`` and every loaded resparse module's name for the same function (``from .clauses import
    infinitive``: the importer's name is wrapped too, or its calls would go uncounted). ``after(args, seconds)``, if
    given, is told each outermost call's positional arguments and CPU seconds (``bench_repeats.py``)."""
    fn = getattr(owner, attr, None)
    if fn is None:
        return False
    inside = [0]

    @functools.wraps(fn)
    def timed(*a, **k):
        if inside[0]:
            return fn(*a, **k)
        inside[0] += 1
        t = time.process_time()
        try:
            return fn(*a, **k)
        finally:
            dt = time.process_time() - t
            cpu[label] += dt
            calls[label] += 1
            inside[0] -= 1
            if after is not None:
                after(a, dt)

    setattr(owner, attr, timed)
    if isinstance(owner, types.ModuleType):
        for name, module in list(sys.modules.items()):
            if name.startswith("resparse") and module is not owner:
                for other, value in list(vars(module).items()):
                    if value is fn:
                        setattr(module, other, timed)
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--every", type=int, default=3, help="every N-th file of the corpus (1: all)")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1
    from resparse import corpus

    cpu: Counter = Counter()
    calls: Counter = Counter()
    shown = []
    for depth, module, attr, label in PASSES:
        owner = importlib.import_module(module)
        if "." in attr:  # a method: "Class.method"
            owner = getattr(owner, attr.split(".")[0], None)
            attr = attr.split(".")[1]
        if owner is not None and _wrap(owner, attr, label, cpu, calls):
            shown.append((depth, label))
    files = sorted(args.corpus.glob("*.txt"))[:: args.every]
    corpus._process_and_settle(str(files[0]))  # grammars loaded, lexers built: not counted
    cpu.clear()
    calls.clear()
    settle = 0.0
    t0 = time.process_time()
    for f in files:  # corpus._process_and_settle, its settling step timed apart
        gc.disable()
        corpus.process_file(str(f))
        gc.enable()
        t = time.process_time()
        gc.collect(0)
        gc.freeze()
        settle += time.process_time() - t
    total = time.process_time() - t0
    size = sum(f.stat().st_size for f in files) / 1e6
    print(f"{len(files)} files, {size:.2f} MB: pipeline {total:.2f} s CPU ({size / total:.2f} MB/s)")
    for depth, label in shown:
        print(f"{'  ' * depth}{label:<{44 - 2 * depth}} {cpu[label]:7.2f} s {100 * cpu[label] / total:5.1f} %"
              f" {calls[label]:8d} calls")
    print(f"  {'heap settled (gc.collect(0), gc.freeze)':<42} {settle:7.2f} s {100 * settle / total:5.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
