"""The PDF front end: reading each of the seven official PDFs, beside the text route and pypdf.

    python bench/bench_pdf.py [--pdfs DIR] [--texts DIR] [--repeat N]

For each PDF (default ../shared/pdfs, their PyMuPDF text in ../shared/corpus/texts), prints: pages; pypdfium2
read (PDF → the normaliser's text: characters, sizes, boxes) in ms and pages/s; the whole parse from the PDF in
ms; the parse of the extracted text in ms (the text route); and pypdf's plain text extraction in ms (when pypdf is
installed; it is not a dependency), the library we measured against. Best of N runs (default 3). Timings on a
shared machine are noisy: compare within one run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import resparse
from bench_parse import best_of  # bench/ is the script's own folder, first on sys.path
from resparse.sources.pdf import read_pdf

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdfs", type=Path, default=ROOT.parent / "shared" / "pdfs")
    ap.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    pdfs = sorted(args.pdfs.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {args.pdfs}", file=sys.stderr)
        return 2
    try:
        import pypdf
    except ImportError:
        pypdf = None
    print(f"{'file':<16}{'pages':>6}{'read ms':>10}{'pages/s':>9}{'parse PDF ms':>14}{'parse text ms':>15}"
          f"{'pypdf ms':>10}")
    totals = [0, 0.0, 0.0, 0.0, 0.0]
    for pdf in pdfs:
        pages = read_pdf(pdf).pages
        t_read = best_of(lambda: read_pdf(pdf), args.repeat)
        t_pdf = best_of(lambda: resparse.parse(pdf), args.repeat)
        text = args.texts / (pdf.stem + ".txt")
        t_text = best_of(lambda: resparse.parse(text), args.repeat) if text.exists() else float("nan")
        t_pypdf = float("nan")
        if pypdf is not None:
            t_pypdf = best_of(lambda: [p.extract_text() for p in pypdf.PdfReader(pdf).pages], 1)
        print(f"{pdf.stem:<16}{pages:>6}{t_read * 1000:>10.0f}{pages / t_read:>9.0f}{t_pdf * 1000:>14.0f}"
              f"{t_text * 1000:>15.0f}{t_pypdf * 1000:>10.0f}")
        for i, v in enumerate((pages, t_read, t_pdf, t_text, t_pypdf)):
            totals[i] += v
    pages, t_read, t_pdf, t_text, t_pypdf = totals
    print(f"{'all seven':<16}{pages:>6}{t_read * 1000:>10.0f}{pages / t_read:>9.0f}{t_pdf * 1000:>14.0f}"
          f"{t_text * 1000:>15.0f}{t_pypdf * 1000:>10.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
