"""`check NOTE --against FOLDER` of many resolutions: where the time goes, split as the CLI spends it.

    python bench/bench_check_against.py [--against DIR] [--notes FILE...] [--quotes N] [--json OUT] [--write-note OUT]

Reads every resolution of the folder (default ../shared/corpus/texts, the 902 of sessions 78-80), loads them into the
checker's library as ``resparse check --against`` does, and checks the notes (default: ../shared/seeds' note, the
notes of ../shared/cases, and a note generated from the folder: ``--quotes`` quotations of its paragraphs, each
attributed to a paragraph that does not exist or to another resolution, or to a resolution named with no paragraph,
some with a word changed -- the quotations the checker searches for in every other loaded resolution). Prints the
time of each step (reading the files; loading them into the library; checking each note) with the counts of
findings; ``--json OUT`` writes the findings as ``check --json`` prints them, to compare two trees' answers
(run this script with the other tree's Python: it imports the resparse installed there).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

import resparse  # noqa: E402
from resparse import check as checker  # noqa: E402
from resparse import note as notes  # noqa: E402
from resparse.parse import parse  # noqa: E402
from resparse.render import check as render_check  # noqa: E402


def generate(resolutions, quotes: int, seed: int = 30) -> str:
    """A note of ``quotes`` quotations of the resolutions' paragraphs (8 to 14 words each), in four kinds in turn:
    cited as a paragraph the resolution does not have, as a paragraph of another resolution, with the resolution
    named and no paragraph, and with a word changed under a paragraph that does not exist."""
    rng = random.Random(seed)
    pool = [r for r in resolutions if r.symbol and r.symbol.startswith("A/RES/")]
    out = ["# A generated note", ""]
    for i in range(quotes):
        res = rng.choice(pool)
        paras = [p for p in res.walk() if len(p.text.split()) >= 16]
        if not paras:
            continue
        p = rng.choice(paras)
        words = p.text.replace('"', "").replace("“", "").replace("”", "").split()
        a = rng.randrange(0, len(words) - 14)
        quote = " ".join(words[a : a + rng.randint(8, 14)]).strip(",;:")
        number = res.symbol.split("/", 2)[2]
        other = rng.choice(pool).symbol.split("/", 2)[2]
        kind = i % 4
        if kind == 0:
            cite = f"paragraph 97 of resolution {number}"
        elif kind == 1:
            cite = f"paragraph 2 of resolution {other}"
        elif kind == 2:
            cite = f"resolution {number}"
        else:
            ws = quote.split()
            ws[len(ws) // 2] = "notably"
            quote, cite = " ".join(ws), f"paragraph 98 of resolution {number}"
        out.append(f"{i + 1}. In {cite}, the General Assembly wrote “{quote}”.")
        out.append("")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default=str(SHARED / "corpus" / "texts"))
    ap.add_argument("--notes", nargs="*", help="the notes to check (default: the seed note, the cases' notes)")
    ap.add_argument("--quotes", type=int, default=40, help="quotations of the generated note (0: none)")
    ap.add_argument("--json", help="write the findings, as check --json prints them, to this file")
    ap.add_argument("--write-note", help="write the generated note to this file")
    args = ap.parse_args()

    paths = args.notes if args.notes is not None else [
        str(SHARED / "seeds" / "000_7bf9d6e1ce4236b0.txt"), *map(str, sorted((SHARED / "cases").glob("*.note.md")))]
    files = sorted(Path(args.against).glob("*.txt")) if Path(args.against).is_dir() else [Path(args.against)]
    if not files:
        sys.exit(f"no resolutions in {args.against}")

    t, c = time.perf_counter(), time.process_time()
    resolutions = [parse(f) for f in files]
    t_read, c_read = time.perf_counter() - t, time.process_time() - c

    t, c = time.perf_counter(), time.process_time()
    library = checker.Library([parse(p) for p in resparse.bundled_texts()])
    for res in resolutions:
        library.add(res)
    t_load, c_load = time.perf_counter() - t, time.process_time() - c

    read = [notes.read(p) for p in paths]
    if args.quotes:
        text = generate(resolutions, args.quotes)
        if args.write_note:
            Path(args.write_note).write_text(text, encoding="utf-8")
        read.append(notes.from_text(text, "generated.md"))
    reports = []
    times, cpus = [], []
    for note in read:
        t, c = time.perf_counter(), time.process_time()
        reports.append(checker.check(note, library))
        times.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)

    print(f"read {len(files)} files: {t_read:.1f} s ({c_read:.1f} s CPU); loaded into the library: {t_load:.2f} s "
          f"({c_load:.2f} s CPU)")
    for note, report, took, cpu in zip(read, reports, times, cpus):
        n = report.counts()
        print(f"  check {Path(note.path).name}: {took:.2f} s ({cpu:.2f} s CPU; {n['error']} errors, {n['warning']} "
              f"warnings, {n['info']} info)")
    print(f"checks: {sum(times):.1f} s ({sum(cpus):.1f} s CPU); in all {t_read + t_load + sum(times):.1f} s "
          f"({c_read + c_load + sum(cpus):.1f} s CPU)")
    if args.json:
        Path(args.json).write_text(json.dumps(render_check.data(reports), indent=1, ensure_ascii=False),
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
