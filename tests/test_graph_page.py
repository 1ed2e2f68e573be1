"""The graph page at real sizes, in a real headless browser (Debian's chromium through Playwright; skipped where
either is missing): references first, search, the reading panel, filters, labels, the corpus view, the reference
table, and injected markup that stays text through all of them. Every request but file: is aborted and recorded."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import pytest

import resparse
from resparse import corpus
from resparse.graph import add_mandates, build_graph, corpus_view, document_graph
from resparse.mandates import extract
from resparse.render.html import LABEL_ALL, render_html

from conftest import open_page, text_path, wait_for

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE_KINDS = ("refers_to", "cites", "footnote", "mandates")


@contextmanager
def page_of(browser, tmp_path, g, title="page", citing=None, unresolved=None):
    """The page of ``g`` open in the browser: (page, the URLs it requested)."""
    path = tmp_path / "page.html"
    path.write_text(render_html(g, title, citing=citing, unresolved=unresolved), encoding="utf-8")
    context, page, requests = open_page(browser, path)
    try:
        yield page, requests
    finally:
        context.close()


def visible_edges(page) -> list[str]:
    return page.evaluate("window.resparseData.edges.get({filter: e => !e.hidden}).map(e => e.id)")


def counts(page) -> dict:
    return page.evaluate("window.resparseCounts()")


def edge_ids(g, kinds) -> set[str]:
    return {f"{u}->{v}#{k}" for u, v, k, d in g.edges(keys=True, data=True) if d["kind"] in kinds}


def panel_links(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('#panel button.link')].map(b => b.dataset.id)")


@pytest.mark.parametrize("source, expected", [
    (text_path("A_RES_73_195.txt"), {"cites": 17, "footnote": 22}),
    # 154 cites: 135's "Security Council resolutions 2018 (2011) of 31 October 2011, 2039 (2012) of ... and 2634
    # (2022)" cites all three (a date no longer ends the list, +2), footnotes 39, 117, 157 ("Ibid.") cite what
    # the footnote before them cites (+4), and "decision IX/16" (a decision of a treaty body, named) is no
    # document "IX/16" (-7), nor is footnote 145's "CBD/COP/15/17, decision 15/4, annex" a General Assembly
    # decision A/DEC/15/4 (-1); the symbols of other organizations' organs with their session, "GB.342/Decisions",
    # "MEPC.1/Circ.909", are read (+4); footnote 59's "STCMLC/Part I/2021/2" (a symbol with a space) was read as a
    # document "STCMLC/Part", which holds no number: no symbol (-1). 7 refers_to: 59's "paragraph 8 of the terms of
    # reference of that trust fund" is the terms of reference's paragraph 8, not the resolution's (-1). 155 cites:
    # 215's "resolution 4/6 on marine plastic litter ..., adopted by the United Nations Environment Assembly" is the
    # Environment Assembly's (a number the General Assembly never gave), no document A/RES/4/6 (-1). 176
    # cites (branch refs): the International Maritime Organization's symbols after "document" ("MSC 78/26/Add.1",
    # "LC 32/15 and Corr.1", 19 footnotes) are documents, and footnote 138's "Ibid." cites both of 137's (+21)
    # 177 cites (branch rfix): footnote 135's "UNEP(DTIE)/Hg/CONF/4, annex II" is that document, not a name (+1)
    # 179 cites (branch rfix3): footnotes 154 "Ibid., decision A-32/3.4.1" and 156 "Ibid., resolution EC-57/1" cite
    # the documents of the footnotes before them, IOC/A-32/Decisions and IOC/EC-57/Decisions (were no citation, +2)
    # 6 refers_to (thirtieth session, branch pfix30): the annex's "Amend paragraph 8 to read:" amends the terms of
    # reference's paragraph 8, quoted whole in the annex's one paragraph, no paragraph 8 of the resolution's (-1)
    (FIXTURES / "A_RES_79_144.txt", {"refers_to": 6, "cites": 179, "footnote": 169}),
])
def test_references_are_the_visible_edges(browser, tmp_path, source, expected):
    res = resparse.parse(source)
    g = build_graph([res])
    with page_of(browser, tmp_path, g, res.symbol) as (page, requests):
        shown = visible_edges(page)
        assert len(shown) == sum(expected.values())
        assert set(shown) == edge_ids(g, REFERENCE_KINDS)  # every reference, and no contains edge
        assert len(edge_ids(g, ("contains",))) > 250  # the hairball that is no longer drawn
        assert all(u.startswith("file:") for u in requests)


def test_labels_at_the_opening_zoom(browser, tmp_path):
    res = resparse.parse(FIXTURES / "A_RES_79_144.txt")
    g = build_graph([res])
    assert g.number_of_nodes() > LABEL_ALL
    with page_of(browser, tmp_path, g) as (page, _):
        drawn = page.evaluate("""() => { const s = window.network.getScale();
            return window.resparseData.nodes.get({filter: n => n.label}).map(n => [n.id, (n.font.size || 15) * s]); }""")
        assert 0 < len(drawn) <= LABEL_ALL
        assert all(px >= 11.5 for _, px in drawn)  # screen pixels: readable
        most_cited = max(g.nodes, key=lambda n: sum(1 for _ in g.in_edges(n)) if g.nodes[n]["kind"] == "document" else 0)
        assert most_cited in {i for i, _ in drawn}
        box = page.locator("#graph").bounding_box()  # zoomed in with the wheel: every label
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        while page.evaluate("window.network.getScale()") < 0.9:
            page.mouse.wheel(0, -200)
            page.wait_for_timeout(30)
        # every label but the footnotes' ("fn 3": drawn beside the node focused only, their labels wider than the
        # step between them; tests/test_browser.py, the twenty-fifth session)
        wait_for(page, "window.resparseData.nodes.get({filter: n => n.label}).length === "
                       "window.resparseData.nodes.get({filter: n => !n.id.includes('#fn')}).length")


def test_small_page_draws_every_label(browser, tmp_path, res_71_280):
    g = build_graph([res_71_280])
    with page_of(browser, tmp_path, g) as (page, _):
        labels = page.evaluate("window.resparseData.nodes.get().map(n => [n.id, n.label])")
        assert len(labels) == 72
        # every label but the footnotes' (drawn beside the node focused only: tests/test_browser.py)
        assert all(label for i, label in labels if "#fn" not in i)
        assert not any(label for i, label in labels if "#fn" in i) and any("#fn" in i for i, _ in labels)
        px = page.evaluate("window.network.getScale() * window.network.body.nodes['A/RES/71/280#para_23'].options.font.size")
        assert px >= 10.9  # screen pixels at the opening zoom (1200 x 800 window)


def test_search_focuses_and_the_panel_moves(browser, tmp_path, res_71_280):
    g = build_graph([res_71_280])
    with page_of(browser, tmp_path, g, res_71_280.symbol) as (page, requests):
        page.fill("#search", "23")
        wait_for(page, "window.resparseFocused === 'A/RES/71/280#para_23'")
        assert page.evaluate("window.network.getSelectedNodes()") == ["A/RES/71/280#para_23"]
        assert page.locator("#panel h2").inner_text() == "23"
        assert "as outlined in paragraphs 15 and 22 above" in page.locator("#panel").inner_text()
        links = panel_links(page)
        assert "A/RES/71/280#para_15" in links and "A/RES/71/280#para_22" in links
        # the neighbours stay coloured, the rest fades
        faded = page.evaluate("window.resparseData.nodes.get({filter: n => n.color.background === '#e4e4e4'}).length")
        assert faded == 72 - 3
        page.locator("#panel button.link[data-id='A/RES/71/280#para_15']").first.click()
        wait_for(page, "window.resparseFocused === 'A/RES/71/280#para_15'")
        assert page.locator("#panel h2").inner_text() == "15"
        assert page.evaluate("window.network.getSelectedNodes()") == ["A/RES/71/280#para_15"]
        assert "A/RES/71/280#para_23" in panel_links(page)  # 15 is referred to by 23
        page.fill("#search", "22(a)")  # typed without the space
        wait_for(page, "window.resparseFocused === 'A/RES/71/280#para_22__subpara_a'")
        page.fill("#search", "subregional offices")  # words of the text
        wait_for(page, "window.resparseSearched === 'subregional offices'")
        found = page.evaluate("[...document.querySelectorAll('#results button')].map(b => b.dataset.id)")
        assert found[0] == "A/RES/71/280#para_22__subpara_a"  # every word occurs, not necessarily together
        assert all("subregional" in g.nodes[i]["text"].lower() and "offices" in g.nodes[i]["text"].lower() for i in found)
        assert len(found) == sum(1 for _, t in g.nodes(data="text") if t and "subregional" in t.lower()
                                 and "offices" in t.lower())
        assert all(u.startswith("file:") for u in requests)


def test_search_an_annex_paragraph(browser, tmp_path, res_73_195):
    g = build_graph([res_73_195])
    with page_of(browser, tmp_path, g) as (page, _):
        page.fill("#search", "annex 50")
        page.press("#search", "Enter")
        wait_for(page, "window.resparseFocused === 'A/RES/73/195#annex_1__para_50'")
        assert res_73_195.get("annex 50").text in page.locator("#panel .text").inner_text()


def test_filters_change_the_visible_edges(browser, tmp_path, res_71_280):
    g = build_graph([res_71_280])
    n = {k: len(edge_ids(g, (k,))) for k in ("contains", "refers_to", "cites", "footnote")}
    assert n == {"contains": 65, "refers_to": 11, "cites": 8, "footnote": 7}
    with page_of(browser, tmp_path, g) as (page, _):
        assert counts(page)["edges"] == 26
        page.uncheck("input[data-edge-kind=cites]")
        assert counts(page)["edges"] == 26 - 8
        page.uncheck("input[data-node-kind=footnote]")
        assert counts(page) == {"nodes": 72 - 6, "edges": 11}
        page.check("input[data-edge-kind=cites]")
        page.check("input[data-node-kind=footnote]")
        page.check("#linked")  # only what cites or is cited: the nodes at the end of a reference edge
        linked = {x for u, v, d in g.edges(data=True) if d["kind"] != "contains" for x in (u, v)}
        assert counts(page) == {"nodes": len(linked) + 1, "edges": 26}  # + the resolution's own box
        page.uncheck("#linked")
        page.check("#raw")  # the raw graph: every edge, in a force layout
        wait_for(page, "window.resparseReady === true")
        assert counts(page) == {"nodes": 72, "edges": 91}
        assert page.is_checked("input[data-edge-kind=contains]")
        page.uncheck("#raw")
        assert counts(page)["edges"] == 26


def test_reading_panel_with_mandates(browser, tmp_path, res_71_280):
    g = build_graph([res_71_280], extensions=[add_mandates])
    m = next(x for x in extract(res_71_280) if x.kind == "mandate" and x.deadline is not None)
    with page_of(browser, tmp_path, g) as (page, _):
        page.evaluate("id => window.resparseGo(id)", f"A/RES/71/280#{m.paragraph_id}")
        text = page.locator("#panel").inner_text()
        assert "Mandates" in text and f"deadline: {m.deadline.text}" in text and m.verb in text
        assert f"actor:{m.actor_key}" in panel_links(page)
        page.evaluate("id => window.resparseGo(id)", "A/RES/71/280#para_22__subpara_a")
        text = page.locator("#panel").inner_text()
        assert "regional economic commissions" in text and "deadline: none stated" in text


def test_reference_table_sorts(browser, tmp_path, res_71_280):
    g = build_graph([res_71_280])
    with page_of(browser, tmp_path, g) as (page, _):
        rows = page.locator("#reftable tbody tr")
        assert rows.count() == len(edge_ids(g, ("refers_to", "cites"))) == 19
        page.evaluate("window.resparseSortTable(3)")  # status
        status = page.evaluate("[...document.querySelectorAll('#reftable tbody tr td:nth-child(4)')].map(t => t.textContent)")
        assert status == sorted(status) and set(status) == {"ok", "external"}
        page.evaluate("window.resparseSortTable(3)")
        status = page.evaluate("[...document.querySelectorAll('#reftable tbody tr td:nth-child(4)')].map(t => t.textContent)")
        assert status == sorted(status, reverse=True)
        page.locator("#reftable button.link[data-id='A/RES/71/280#para_14__subpara_c']").first.click()
        wait_for(page, "window.resparseFocused === 'A/RES/71/280#para_14__subpara_c'")


def test_corpus_view(browser, tmp_path, corpus_dir):
    files = sorted(corpus_dir.glob("A_RES_*.txt"))[::60] + [corpus_dir / "A_RES_78_117.txt"]  # 78/117 cites none
    db = tmp_path / "c.sqlite"
    corpus.build(files, db, jobs=1)
    con = sqlite3.connect(db)
    counted = con.execute(
        "SELECT r.target_document, COUNT(DISTINCT r.doc_id || '|' || r.source || '|' || r.phrase) AS n FROM refs r"
        " JOIN documents d ON d.id = r.doc_id WHERE r.target_document IS NOT NULL"
        " AND r.target_document != d.symbol AND r.target_document NOT IN (SELECT symbol FROM documents WHERE symbol"
        " IS NOT NULL) GROUP BY r.target_document ORDER BY n DESC").fetchall()
    sessions = sorted({int(s.split("/")[2]) for (s,) in con.execute("SELECT symbol FROM documents")})
    con.close()
    top = counted[0][1]
    most_cited = {s for s, n in counted if n == top}  # outside the corpus
    g = document_graph(*corpus.citation_network(db), min_cited=1)
    view = corpus_view(g)
    with page_of(browser, tmp_path, g, "corpus", citing=corpus.citing_paragraphs(db)) as (page, requests):
        # it opens on the groups of resolutions and the most cited documents, the biggest diamond the most cited
        assert counts(page)["nodes"] == view.number_of_nodes()
        biggest = page.evaluate("""() => { const ns = window.network.body.nodes; let best = null;
            for (const i of window.resparseData.nodes.getIds()) { if (ns[i].options.shape !== "diamond") continue;
                if (best === null || ns[i].options.size > ns[best].options.size) best = i; } return best; }""")
        assert biggest in most_cited
        # search by symbol, the panel lists the citing paragraphs with their text
        page.fill("#search", biggest.removeprefix("A/RES/"))
        page.press("#search", "Enter")
        wait_for(page, f"window.resparseFocused === {biggest!r}")
        assert page.locator("#panel .citing").count() == len(corpus.cited_by(db, biggest)) == top
        assert all(page.locator("#panel .citing .text").all_inner_texts())
        page.locator("#search").blur()
        page.locator("#results").wait_for(state="hidden")
        # every group open: each resolution that cites is shown once, in place of its group
        groups = [n for n, k in view.nodes(data="kind") if k == "group"]
        for gid in groups:
            page.evaluate("gid => window.resparseOpenGroup(gid)", gid)
        member_of = view.graph["member_of"]
        assert counts(page)["nodes"] == view.number_of_nodes() - len(groups) + sum(
            1 for n, m in member_of.items() if m != n)
        # sessions as checkboxes: unchecking one hides its resolutions
        assert page.evaluate("[...document.querySelectorAll('input[data-session]')].map(b => +b.dataset.session)") == sessions
        before = counts(page)["nodes"]
        page.uncheck(f"input[data-session='{sessions[0]}']")
        of_session = sum(1 for n in member_of if g.nodes[n].get("session") == sessions[0])
        assert of_session and counts(page)["nodes"] == before - of_session
        page.check(f"input[data-session='{sessions[0]}']")
        # one cited document: it and the resolutions that cite it
        page.select_option("#cited-filter", biggest)
        citing = {u for u, _ in g.in_edges(biggest)}
        assert counts(page) == {"nodes": len(citing) + 1, "edges": len(citing)}
        assert all(u.startswith("file:") for u in requests)


def test_reference_table_lists_what_makes_no_edge(browser, tmp_path):
    from conftest import mini_resolution
    from resparse.graph import unresolved_references
    from resparse.references import resolve

    res = resparse.parse_text(mini_resolution("Decides to act;", "Recalls paragraph 7 above and paragraph 1 above;"))
    g = build_graph([res])
    rows = unresolved_references(res, resolve(res))
    assert rows == [{"source": f"{res.symbol}#para_2", "phrase": "paragraph 7 above", "target": "7", "status": "missing"}]
    with page_of(browser, tmp_path, g, unresolved=rows) as (page, _):
        cells = page.evaluate("[...document.querySelectorAll('#reftable tbody tr')].map(r => [...r.cells].map(c => c.textContent))")
        assert sorted(cells) == [["2", "paragraph 1 above", "1", "ok"], ["2", "paragraph 7 above", "7", "missing"],
                                 ["PP1", "its resolution 71/1 of 19 September 2016", "A/RES/71/1", "external"]]


def test_a_folder_of_resolutions_opens_on_one_node_each(browser, tmp_path):
    # a fresh-user trial: `resparse graph FOLDER` of ~50 resolutions drew thousands of paragraphs in one hairball
    import subprocess
    import sys

    folder = tmp_path / "folder"
    folder.mkdir()
    names = ["A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt"]
    sources = [text_path(n) for n in names] + [FIXTURES / n for n in ("A_RES_78_26.txt", "A_RES_79_144.txt")]
    for src in sources:
        (folder / src.name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "folder.html"
    p = subprocess.run([sys.executable, "-m", "resparse", "graph", str(folder), "--html", str(path)],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    g = build_graph(resparse.parse(f) for f in sorted(folder.iterdir()))
    context, page, requests = open_page(browser, path)
    try:
        # at the opening zoom: one node per resolution and the documents two or more of them cite, no paragraph
        shown = page.evaluate("window.resparseOverview.nodes.get({filter: n => !n.hidden}).map(n => n.id)")
        symbols = {n for n, k in g.nodes(data="kind") if k == "resolution"}
        assert symbols <= set(shown) and len(symbols) == 6
        assert all(g.nodes[n]["kind"] == "document" for n in set(shown) - symbols)
        assert page.evaluate("window.resparseData.nodes.get({filter: n => !n.hidden}).length") == 0
        assert page.locator("#overview").is_visible() and page.locator("#back").is_hidden()
        assert "6 resolutions (" in page.locator("#about").inner_text()
        # the most cited resolution of the folder is drawn larger than one that none of them cites
        size = "id => window.resparseOverview.network.body.nodes[id].options.size"
        assert page.evaluate(size, "A/RES/71/280") > page.evaluate(size, "A/RES/80/1")
        # laid out without overlap: no two nodes closer than the sum of their sizes
        assert page.evaluate("""() => { const n = window.resparseOverview.network, b = n.body.nodes;
            const ids = window.resparseOverview.nodes.getIds(), p = n.getPositions(ids); let k = 0;
            for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
                const a = p[ids[i]], c = p[ids[j]];
                if (Math.hypot(a.x - c.x, a.y - c.y) < b[ids[i]].options.size + b[ids[j]].options.size) k++; }
            return k; }""") == 0
        # coloured by group (its legend shown), or by session
        assert page.locator("#legend li.grp").first.is_visible() and page.locator("#legend li.ses").first.is_hidden()
        page.select_option("#colour-by", "session")
        assert page.locator("#legend li.ses").first.is_visible() and page.locator("#legend li.grp").first.is_hidden()
        # a click reads it in the panel; a double-click opens it into its paragraphs
        xy = page.evaluate("""id => { const n = window.resparseOverview.network;
            const d = n.canvasToDOM(n.getPositions([id])[id]);
            const r = document.getElementById('overview').getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; }""",
                           "A/RES/72/244")
        page.mouse.click(*xy)
        wait_for(page, "window.resparseFocused === 'A/RES/72/244'")
        assert "A/RES/71/280" in page.locator("#panel").inner_text()
        page.mouse.dblclick(*xy)
        wait_for(page, "window.resparseView === 'A/RES/72/244'")
        visible = set(page.evaluate("window.resparseData.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))
        own = {n for n, d in g.nodes(data=True) if d.get("resolution") == "A/RES/72/244"}
        assert own <= visible and "A/RES/72/244#para_6__subpara_b" in visible
        near = {v for u, v, k in g.out_edges(own, data="kind") if k != "contains"} | {
            u for u, v, k in g.in_edges(own, data="kind") if k != "contains"}
        assert visible <= own | near and "A/RES/71/280" in visible  # and what it cites or what cites it
        # a paragraph of another resolution that cites it says which resolution it is in
        other = [u for u in near if g.nodes[u].get("resolution") == "A/RES/73/195" and u != "A/RES/73/195"]
        assert other and all(page.evaluate("id => window.resparseData.nodes.get(id).label", u) ==
                             g.nodes[u]["label"].removeprefix("annex ") + " · 73/195" for u in other)
        assert page.locator("#overview").is_hidden() and page.locator("#back").is_visible()
        # back to all resolutions
        page.click("#back")
        wait_for(page, "window.resparseView === 'overview'")
        assert page.locator("#overview").is_visible()
        # the search finds a paragraph of another resolution and opens it there
        page.fill("#search", "marine biological diversity of areas beyond national jurisdiction")
        page.press("#search", "Enter")
        wait_for(page, "window.resparseView === 'A/RES/79/144'")
        focused = page.evaluate("window.resparseFocused")
        assert focused.startswith("A/RES/79/144#")
        # the open resolution is in the address: a link to it, the browser's Back
        assert page.url.endswith("#A%2FRES%2F79%2F144")
        page.go_back()
        wait_for(page, "window.resparseView === 'overview'")
        page.goto(path.as_uri() + "#A%2FRES%2F80%2F1")
        wait_for(page, "window.resparseView === 'A/RES/80/1'")
        assert all(u.startswith("file:") for u in requests)
    finally:
        context.close()


def test_search_a_section_label_as_drafters_write_it(browser, tmp_path):
    # A/RES/79/258 is in sections: "sect. IV, para. 3" is its paragraph IV.3, "section XIX" its one paragraph XIX
    res = resparse.parse(Path(__file__).parent / "fixtures" / "A_RES_79_258.txt")
    g = build_graph([res])
    with page_of(browser, tmp_path, g) as (page, _):
        page.fill("#search", "sect. IV, para. 3")
        page.press("#search", "Enter")
        wait_for(page, "window.resparseFocused === 'A/RES/79/258#iv__para_3'")
        page.fill("#search", "section XIX")
        page.press("#search", "Enter")
        wait_for(page, "window.resparseFocused === 'A/RES/79/258#xix__para_u1'")


def test_search_lists_the_phrase_typed_before_its_words_scattered(browser, tmp_path):
    """Found by a fresh user: "Unit to continue to examine" stands as a phrase in 78/276 13 and 79/281 14, while
    78/132 PP27 holds those letters only inside other words, apart and out of order ("United ... examines ...
    continue"); PP27 was listed first (the page's order) and Enter opened it. The phrase comes first, also while
    its last word is still being typed, and Enter opens one of the two."""
    resolutions = [resparse.parse(FIXTURES / f"A_RES_{n}.txt") for n in ("78_132", "78_276", "79_281")]
    g = build_graph(resolutions)
    flat = {n: " ".join(t.split()).lower() for n, t in g.nodes(data="text") if t}
    phrase = {n for n, t in flat.items() if "unit to continue to examine" in t}
    assert phrase == {"A/RES/78/276#para_13", "A/RES/79/281#para_14"}
    with page_of(browser, tmp_path, g) as (page, _):
        for typed in ("Unit to continue to examine", "Unit to continue to exam"):
            page.fill("#search", typed)
            page.press("#search", "Enter")
            wait_for(page, f"window.resparseSearched === {typed!r}")
            found = page.evaluate("[...document.querySelectorAll('#results button')].map(b => b.dataset.id)")
            assert set(found[:2]) == phrase
            assert "A/RES/78/132#recital_27" in found[2:]  # still found, after them
            wait_for(page, f"window.resparseFocused === {found[0]!r}")
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.fill("#search", "examine (")  # the characters of a pattern are text to look for
        page.press("#search", "Enter")
        wait_for(page, "window.resparseSearched === 'examine ('")
        found = page.evaluate("[...document.querySelectorAll('#results button')].map(b => b.dataset.id)")
        assert errors == [] and set(found) >= phrase
