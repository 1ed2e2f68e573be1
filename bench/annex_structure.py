"""Label-free checks of annex structure over the corpus: counts, and the places with -v.

    python bench/annex_structure.py [--corpus ../shared/corpus/texts] [-v]

Each check needs no labels, only what a well-formed tree of an annex looks like:

- items not split: a paragraph whose text opens with a sub-paragraph marker ("(a) We commit ...": an item read as
  the text of an unnumbered paragraph or of the paragraph before it), or holds one at the start of one of its lines
  (an item read as a continuation). Inline enumerations wrapped so that a marker starts a line ("... there are: (a)
  1.3 billion ...; / (b) 2.6 million ...") are counted apart: their items stay in their paragraph by design;
- designated scopes that run on: a heading "Article 17" right before a paragraph labelled in another article's
  scope ("annex article 2.3"): the numbering runs on across the units it names;
- repeated ids, and annexes of one document with the same name;
- annex numbering warnings of the lexer (a number skipped, repeated, or not starting at 1).

Prints one line per check with the count and the files.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import resparse

ROOT = Path(__file__).resolve().parent.parent
_MARK = r"\((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|\d{1,2})\)(?:\s|$)"
_OPENS = re.compile("^" + _MARK)
_LINE_START = re.compile(r"\n(?=" + _MARK + ")")
_DESIGNATED = re.compile(r"^(Article|Rule|Section|Chapter|Part)\s+([\dIVXL]+)\b")
_SCOPE = re.compile(r"\b(article|rule|section|chapter|part) ([\dIVXL]+)\.\d")


def _inline_before(text: str, at: int) -> bool:
    """Does the line before offset ``at`` hold an earlier marker after its start (an inline enumeration)?"""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return re.search(r"\s" + _MARK, line) is not None


def check_file(path: Path) -> tuple[str, dict[str, list[str]]]:
    res = resparse.parse(path)
    found: dict[str, list[str]] = {k: [] for k in ("opens with a marker", "marker at a line start",
                                                   "inline enumeration wrapped", "scope runs on", "repeated id",
                                                   "repeated annex name", "annex numbering warning")}
    ids = Counter(p.id for p in res.walk())
    found["repeated id"] = [i for i, n in ids.items() if n > 1]
    names = Counter(a.name for a in res.annexes)
    found["repeated annex name"] = [n for n, k in names.items() if k > 1]
    for p in res.walk():
        if not p.annex:
            continue
        if _OPENS.match(p.text):
            found["opens with a marker"].append(p.label)
        for m in _LINE_START.finditer(p.text):
            kind = "inline enumeration wrapped" if _inline_before(p.text, m.start()) else "marker at a line start"
            found[kind].append(p.label)
    for h in res.headings:
        m, s = _DESIGNATED.match(h.text), _SCOPE.search(h.before or "")
        if m and s and h.annex and m.group(1).lower() == s.group(1) and m.group(2) != s.group(2):
            found["scope runs on"].append(f"{h.text[:30]!r} before {h.before}")
    first = min((a.span.line for a in res.annexes), default=None)
    for w in res.warnings:
        if first and w.line >= first and re.search(r"skipped|repeated|starts at \d", w.message):
            found["annex numbering warning"].append(f"line {w.line}: {w.message}")
    return path.name, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("-v", action="store_true", help="print each place")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}")
        return 1
    files = sorted(args.corpus.glob("*.txt"))
    with Pool(2) as pool:
        rows = pool.map(check_file, files, chunksize=8)
    print(f"{len(files)} files")
    for kind in rows[0][1]:
        hits = [(name, found[kind]) for name, found in rows if found[kind]]
        print(f"{kind}: {sum(len(h) for _, h in hits)} in {len(hits)} files "
              + ", ".join(f"{n.removesuffix('.txt')} ({len(h)})" for n, h in hits))
        if args.v:
            for name, h in hits:
                for where in h:
                    print(f"    {name}: {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
