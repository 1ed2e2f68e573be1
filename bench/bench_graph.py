"""Graph speed and page size: each text of texts/ and all of them together.

    python bench/bench_graph.py [--repeat N] [--corpus DIR]

Prints, for each input: the time to find and resolve the references, to build the graph (references included),
to render the page, and the page's size (of which vis-network, inlined, is a fixed ~0.7 MB). With --corpus (default
../shared/corpus/texts when it exists) also the time to find the citations in every paragraph of the corpus.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import resparse
from resparse.graph import build_graph, summary
from resparse.references import find, resolve
from resparse.render.html import render_html

ROOT = Path(__file__).resolve().parent.parent


def best_of(fn, repeat: int):
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def measure(name: str, resolutions: list, repeat: int) -> None:
    t_refs, _ = best_of(lambda: [resolve(r) for r in resolutions], repeat)
    t_graph, g = best_of(lambda: build_graph(resolutions), repeat)
    t_page, page = best_of(lambda: render_html(g, name), repeat)
    size = len(page.encode("utf-8"))
    print(f"{name:<22} refs {t_refs * 1000:7.1f} ms  graph {t_graph * 1000:7.1f} ms  page {t_page * 1000:6.1f} ms  "
          f"{size / 1e6:5.2f} MB  {summary(g)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "texts")
    args = ap.parse_args()
    print(f"resparse graph benchmark (best of {args.repeat})")
    paths = resparse.bundled_texts()
    resolutions = [resparse.parse(p) for p in paths]
    for path, res in zip(paths, resolutions):
        measure(path.stem, [res], args.repeat)
    measure(f"texts/ ({len(resolutions)} together)", resolutions, args.repeat)
    if args.corpus.is_dir():
        texts = []
        for f in sorted(args.corpus.glob("*.txt")):
            try:
                r = resparse.parse(f)
            except resparse.ResparseError:
                continue
            texts += [p.text for p in r.walk()] + [x.text for x in r.footnotes]
        t = time.perf_counter()
        n = sum(len(find(x)) for x in texts)
        dt = time.perf_counter() - t
        print(f"corpus: find() over {len(texts)} paragraphs and footnotes: {n} citations in {dt:.2f} s "
              f"({len(texts) / dt:,.0f} texts/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
