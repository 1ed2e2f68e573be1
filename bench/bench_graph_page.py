"""The graph page in headless Chromium: time until the layout has settled, and screenshots to look at.

    python bench/bench_graph_page.py [--db output/corpus.sqlite] [--out output]

For A/RES/71/280, A/RES/73/195, A/RES/79/144 (tests/fixtures), a folder of 50 corpus resolutions (every 18th
file of ../shared/corpus/texts, as ``resparse graph FOLDER`` draws it; where the corpus is present) and, where a
corpus database exists (--db; the default output/corpus.sqlite is built from ../shared/corpus/texts when missing),
the corpus view: the page size, the time
from navigation until the page says it is ready (positions are computed in Python, so this is loading and
drawing; the folder view: vis-network's bounded force layout), the labels drawn at the opening zoom, the pairs
of them whose boxes meet on the screen and the labels drawn over another node, the time the raw-graph toggle takes
to settle its force layout, the edges shown, and a screenshot ``<out>/graph-<name>.png`` (1400 x 900) of the page
as it opens, and ``graph-<name>-23.png`` after searching a paragraph. Timings depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path

import resparse
from resparse import corpus
from resparse.graph import add_mandates, build_graph, document_graph
from resparse.render.html import render_html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import ARGS, CHROMIUM, wait_for  # noqa: E402
from test_corpus_view import COVERED, OVERLAPS  # noqa: E402  (label boxes on the screen that meet; over a node)


def pages(db: Path | None, out: Path, folder: Path | None = None) -> list[tuple[str, Path, str | None]]:
    """(name, page path, a search to try) for each page, written into ``out``."""
    made = []
    if folder is not None:  # a folder of 50 corpus resolutions, as `resparse graph FOLDER` draws it
        resolutions = [resparse.parse(f) for f in sorted(folder.glob("A_RES_*.txt"))[::18][:50]]
        g = build_graph(resolutions)
        path = out / "graph-folder50.html"
        title = f"{len(resolutions)} resolutions: " + " · ".join(r.symbol for r in resolutions[:3]) + " …"
        path.write_text(render_html(g, title), encoding="utf-8")
        made.append(("folder50", path, "70/1"))
    for name, src, query, mandates in [
        ("71_280", ROOT / "texts" / "A_RES_71_280.txt", "23", True),
        ("73_195", ROOT / "texts" / "A_RES_73_195.txt", "annex 23", False),
        ("79_144", ROOT / "tests" / "fixtures" / "A_RES_79_144.txt", "marine biological diversity", False),
    ]:
        res = resparse.parse(src)
        g = build_graph([res], extensions=[add_mandates] if mandates else [])
        path = out / f"graph-{name}.html"
        path.write_text(render_html(g, f"{res.symbol}: {res.title}"), encoding="utf-8")
        made.append((name, path, query))
    if db is not None:
        g = document_graph(*corpus.citation_network(db), min_cited=5)
        path = out / "graph-corpus.html"
        path.write_text(render_html(g, f"Citations between the resolutions of {db.name}",
                                    citing=corpus.citing_paragraphs(db)), encoding="utf-8")
        made.append(("corpus", path, "70/1"))
    return made


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, default=ROOT / "output" / "corpus.sqlite",
                    help="a corpus database (built here from ../shared/corpus/texts only at the default path)")
    ap.add_argument("--out", type=Path, default=ROOT / "output")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    db = args.db
    shared = ROOT.parent / "shared" / "corpus" / "texts"
    if not db.exists() and shared.is_dir() and db == ap.get_default("db"):
        print(f"building {db} from {shared} ...", file=sys.stderr)
        corpus.build([shared], db, jobs=2)
    from playwright.sync_api import sync_playwright

    print("resparse graph page in headless Chromium (one run; a shared machine: timings are noisy)")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        for name, path, query in pages(db if db.exists() else None, args.out, shared if shared.is_dir() else None):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t = time.perf_counter()
            page.goto(path.as_uri(), timeout=300_000)  # the corpus view before the groups took over a minute
            wait_for(page, "window.resparseReady === true", timeout=180)
            ready = time.perf_counter() - t
            c = page.evaluate("window.resparseCounts()")
            net = "window.resparseOverview.network" if page.evaluate("!!window.resparseOverview") else "window.network"
            page.wait_for_timeout(500)  # labels are placed once the view stands still
            drawn, overlapping = page.evaluate(f"({OVERLAPS})({net})")
            covered = page.evaluate(f"({COVERED})({net})")
            page.screenshot(path=str(args.out / f"graph-{name}.png"))
            page.fill("#search", query)
            page.press("#search", "Enter")
            wait_for(page, f"window.resparseSearched === {query!r}")
            page.wait_for_timeout(600)  # the focus animation
            page.screenshot(path=str(args.out / f"graph-{name}-search.png"))
            raw = ""
            if name == "folder50" and page.evaluate("!!window.resparseOverview"):
                # the opening view: overlapping nodes (centres closer than the sum of their sizes), then the
                # resolution with the largest region (its paragraphs, what they cite or what cites them) opened
                overlaps = page.evaluate("""() => { const n = window.resparseOverview.network, b = n.body.nodes;
                    const ids = window.resparseOverview.nodes.getIds(), p = n.getPositions(ids); let k = 0;
                    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
                        const a = p[ids[i]], c = p[ids[j]];
                        if (Math.hypot(a.x - c.x, a.y - c.y) < b[ids[i]].options.size + b[ids[j]].options.size) k++; }
                    return k; }""")
                sizes = page.evaluate("() => { const r = JSON.parse(document.getElementById('graph-data').textContent)"
                                      ".regions; return Object.keys(r).map(k => [k, r[k].ids.length]); }")
                biggest = max(sizes, key=lambda kv: kv[1])[0]
                t = time.perf_counter()
                page.evaluate("rid => window.resparseOpen(rid)", biggest)
                opened = time.perf_counter() - t
                page.wait_for_timeout(300)
                page.screenshot(path=str(args.out / f"graph-{name}-open.png"))
                raw = (f"  {overlaps} overlapping pairs; {biggest} opens in {opened:5.2f} s: "
                       f"{page.evaluate('window.resparseCounts()')}")
            elif page.locator("#raw").is_visible():
                t = time.perf_counter()
                page.check("#raw")
                wait_for(page, "window.resparseReady === true", timeout=180)
                raw = f"  raw graph settles in {time.perf_counter() - t:5.2f} s"
            if name == "corpus":  # the biggest diamond drawn, beside the most cited document of the database
                biggest = page.evaluate("""() => { const ns = window.network.body.nodes; let best = null;
                    for (const i of window.resparseData.nodes.getIds()) { if (ns[i].options.shape !== "diamond") continue;
                        if (best === null || ns[i].options.size > ns[best].options.size) best = i; } return best; }""")
                con = sqlite3.connect(db)
                top, n = con.execute(  # one citation per citing phrase of a paragraph, as the corpus counts them
                    "SELECT r.target_document, COUNT(DISTINCT r.doc_id || '|' || r.source || '|' || r.phrase) AS n"
                    " FROM refs r JOIN documents d ON d.id = r.doc_id WHERE r.target_document IS NOT NULL"
                    " AND r.target_document != d.symbol AND r.target_document NOT IN (SELECT symbol FROM documents"
                    " WHERE symbol IS NOT NULL) GROUP BY r.target_document ORDER BY n DESC LIMIT 1").fetchone()
                con.close()
                raw = f"  biggest node {biggest}; most cited in the database {top} ({n})"
            size = path.stat().st_size / 1e6
            print(f"{name:<8} {size:5.2f} MB  ready in {ready:5.2f} s  {c['nodes']} nodes, {c['edges']} edges shown, "
                  f"{drawn} labels drawn, {len(overlapping)} pairs overlapping, {len(covered)} over a node{raw}  -> {args.out / f'graph-{name}.png'}")
            page.close()
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
