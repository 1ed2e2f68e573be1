"""Every reference of the corpus, one line each, to count what a change to the reference code changes.

    python bench/dump_references.py [DIR] > before.tsv        # DIR: ../shared/corpus/texts by default
    python bench/dump_references.py --diff before.tsv after.tsv [--show N]

A line is: file, citing paragraph or footnote, phrase, kind, and the targets as resolved ("document|label|status",
joined by "; "), tab-separated. ``--diff`` compares two dumps as multisets of lines per file and source and prints
how many references were removed, added and left alone, the targets before and after, and up to N examples of each
(default 20).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lines(directory: Path):
    import resparse
    from resparse.references import resolve

    for path in sorted(directory.glob("*.txt")):
        try:
            res = resparse.parse(path)
        except resparse.ResparseError:
            continue
        for ref in resolve(res):
            c = ref.citation
            targets = "; ".join(f"{t.document or ''}|{t.label or ''}|{s}" for t, s in ref.resolved)
            name = f" [{c.document_name}]" if c.document_name else ""
            yield "\t".join((path.name, ref.source, " ".join(c.phrase.split()), c.kind + name, targets))


def diff(before: Path, after: Path, show: int) -> None:
    a = Counter(before.read_text(encoding="utf-8").splitlines())
    b = Counter(after.read_text(encoding="utf-8").splitlines())
    removed, added = a - b, b - a
    kept = sum((a & b).values())
    targets = [sum(n * len(x.split("\t")[4].split("; ")) for x, n in bag.items()) for bag in (a, b)]
    print(f"{sum(a.values())} references before, {sum(b.values())} after: {kept} unchanged, "
          f"{sum(removed.values())} removed or changed, {sum(added.values())} added or changed "
          f"(in {len({x.split(chr(9))[0] for x in removed | added})} files); targets {targets[0]} -> {targets[1]}")
    for title, bag in (("removed", removed), ("added", added)):
        print(f"\n{title}:")
        for line in sorted(bag)[:show]:
            print("  " + line.replace("\t", " | "))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args(argv)
    if args.diff:
        diff(*args.diff, args.show)
        return 0
    if not args.dir.is_dir():
        print(f"no corpus at {args.dir}", file=sys.stderr)
        return 2
    for line in lines(args.dir):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
