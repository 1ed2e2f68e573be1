"""SHA-1 of every stage's output, per file: the check that a speed change left the output identical.

    python bench/output_digest.py OUT.tsv [DIR ...]    # DIR: ../shared/corpus/texts and texts/ by default
    diff BEFORE.tsv AFTER.tsv                          # no line: the same output on every file

One tab-separated line per file, in the order of the directories given and of the file names in each: the file's
name, then the SHA-1 (hex) of the JSON (``sort_keys``) of the parse (``Resolution.to_dict()``), of the consistency
problems (``to_dict()`` each), of the references (``resolve``, ``to_dict()`` each), of every field of every mandate and mention (``extract(res, states=True)``,
``dataclasses.asdict``) and of the database rows (``corpus._assemble``); a file that does not parse has its error's
class in each column. Prints the number of files and the elapsed seconds on stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _sha(obj) -> str:
    return hashlib.sha1(json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()


def digest(path: Path) -> list[str]:
    """The five digests of one file (parse, consistency, references, mandates, rows)."""
    from resparse import corpus, sources
    from resparse.consistency import check
    from resparse.mandates import extract
    from resparse.parse import parse_source
    from resparse.references import resolve

    try:
        res = parse_source(sources.read(str(path)), str(path))
    except Exception as e:  # the same error before and after is the same output
        return [type(e).__name__] * 5
    problems, refs, mandates = check(res), resolve(res), extract(res, states=True)
    return [
        _sha(res.to_dict()),
        _sha([p.to_dict() for p in problems]),
        _sha([r.to_dict() for r in refs]),
        _sha([dataclasses.asdict(m) for m in mandates]),
        _sha(corpus._assemble(res, problems, refs, mandates)),
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, metavar="OUT.tsv", help="the digest file to write (replaced if it exists)")
    ap.add_argument("dirs", type=Path, nargs="*", metavar="DIR",
                    help="folders of *.txt resolutions (default: ../shared/corpus/texts and texts/)")
    args = ap.parse_args(argv)
    out = args.out
    dirs = args.dirs or [ROOT.parent / "shared" / "corpus" / "texts", ROOT / "texts"]
    missing = [d for d in dirs if not d.is_dir()]
    if missing:
        print(f"no folder at {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    t0, n = time.perf_counter(), 0
    with out.open("w", encoding="utf-8") as f:
        for d in dirs:
            for path in sorted(d.glob("*.txt")):
                if path.name == "SOURCES.md":
                    continue
                f.write("\t".join([f"{d.name}/{path.name}", *digest(path)]) + "\n")
                n += 1
    print(f"{n} files, {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
