"""Every reference of the corpus, one line each, to count what a change to the reference code changes.

    python bench/dump_references.py [DIR] > before.tsv        # DIR: ../shared/corpus/texts by default
    python bench/dump_references.py --diff before.tsv after.tsv [--show N]
    python bench/dump_references.py --cited [DIR] > linked.tsv   # also what each target names in DIR's resolutions

A line is: file, citing paragraph or footnote, phrase, kind, and the targets as resolved ("document|label|status",
joined by "; "), tab-separated. With ``--cited`` a target of a resolution of DIR also names the paragraphs the
label points to there, as the graph and the corpus link them (``|>XIX`` for "section XIX" of 79/258, ``|>IV.1,IV.2``
for a section named whole, ``|>`` for none: :func:`resparse.references.paragraphs_cited`). ``--diff`` compares two dumps as multisets of lines per file and source and prints
how many references were removed, added and left alone, the targets before and after, and up to N examples of each
(default 20).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lines(directory: Path, cited: bool = False):
    import resparse
    from resparse import references
    from resparse.references import resolve

    def parsed():
        for path in sorted(directory.glob("*.txt")):
            try:
                yield path, resparse.parse(path)
            except resparse.ResparseError:
                continue

    files = list(parsed()) if cited else parsed()
    loaded = {res.symbol: res for _, res in files if res.symbol} if cited else {}
    # the code before paragraphs_cited named one paragraph at most
    named = getattr(references, "paragraphs_cited", None) or (
        lambda res, label: [p] if (p := references.paragraph_cited(res, label)) is not None else [])

    # the code before stored_symbol linked a symbol as written only ("79/258 A" is the stored A/RES/79/258 now)
    held = getattr(references, "stored_symbol", None) or (lambda symbol, stored: symbol if symbol in stored else None)

    def target(t, s):
        out = f"{t.document or ''}|{t.label or ''}|{s}"
        doc = held(t.document, loaded) if loaded else None
        if doc is not None and t.label:
            out += "|>" + ",".join(p.label for p in named(loaded[doc], t.label))
        return out

    for path, res in files:
        for ref in resolve(res):
            c = ref.citation
            targets = "; ".join(target(t, s) for t, s in ref.resolved)
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
    ap.add_argument("--cited", action="store_true", help="also the paragraphs each target names in DIR's resolutions")
    args = ap.parse_args(argv)
    if args.diff:
        diff(*args.diff, args.show)
        return 0
    if not args.dir.is_dir():
        print(f"no corpus at {args.dir}", file=sys.stderr)
        return 2
    for line in lines(args.dir, args.cited):
        sys.stdout.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
