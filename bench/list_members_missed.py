"""Numbers of a list of resolutions or decisions that no citation holds: a label-free scan of the corpus.

    python bench/list_members_missed.py [DIR] [--show N]     # DIR: ../shared/corpus/texts by default

In each paragraph and footnote, a sentence (up to a full stop before a space, or a semicolon) that cites a list
("resolutions", "decisions") and holds a number of the shape of the Assembly's or another body's session numbering
("77/203", "10/3", "14/12"; not inside a symbol such as "A/78/10") that no citation found in that paragraph covers:
each such number is a member the citation grammar may have cut from its list ("77/203 of 15 of December of 2022
and 78/189", A/RES/79/159 PP2). Prints the count, the files, and up to N examples (file, source, number, the words
around it). A figure to compare before and after a change to the citation grammar, not a test: some numbers are
rightly no citation ("2024/25" a year's range).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# a number of the shape NN/NNN, not a part of a symbol (no letter, stroke, full stop or hyphen joined before it, no
# stroke or letter after it)
_NUMBER = re.compile(r"(?<![\w/.\-])\d{1,4}/\d{1,4}(?![\w/])")
_SENTENCE = re.compile(r"[^;]+?(?:\.(?=\s)|;|$)", re.DOTALL)
_LIST_WORD = re.compile(r"\b(?i:resolutions|decisions)\b")


def missed(directory: Path):
    """(file, source, number, context) of each number of a list-citing sentence that no citation covers."""
    import resparse
    from resparse.references import resolve

    for path in sorted(directory.glob("*.txt")):
        try:
            res = resparse.parse(path)
        except resparse.ResparseError:
            continue
        spans: dict[str, list[tuple[int, int]]] = {}
        for ref in resolve(res):
            spans.setdefault(ref.source, []).append((ref.citation.start, ref.citation.end))
        texts = [(p.label, p.text) for p in res.walk()] + [(f"footnote {f.number}", f.text) for f in res.footnotes]
        for source, text in texts:
            held = spans.get(source, [])
            for s in _SENTENCE.finditer(text):
                if not _LIST_WORD.search(s.group()):
                    continue
                for m in _NUMBER.finditer(text, s.start(), s.end()):
                    if not any(a <= m.start() and m.end() <= b for a, b in held):
                        around = " ".join(text[max(0, m.start() - 60) : m.end() + 40].split())
                        yield path.name, source, m.group(), around


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args(argv)
    if not args.dir.is_dir():
        print(f"no corpus at {args.dir}", file=sys.stderr)
        return 2
    rows = list(missed(args.dir))
    print(f"{len(rows)} numbers of list-citing sentences held by no citation, in {len({r[0] for r in rows})} files")
    for row in rows[: args.show]:
        print("  " + " | ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
