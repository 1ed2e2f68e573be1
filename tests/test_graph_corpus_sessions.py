"""`graph --db`: a resolution cited by its part ("79/258 A") is one node with the document stored under its number,
and `--session N` narrows what --json, --graphml and the summary give as it narrows the page; the page lists every
target of a resolution drawn, drawn or not (a fresh-user trial, 2026-12-03). On the real texts of
tests/fixtures/references/: A/RES/80/243 (PP4 "section XVII of its resolution 79/258 A of 24 December 2024"),
A/RES/79/258 and A/RES/78/252."""

import json

import pytest

from resparse import corpus
from resparse import graph as graphs
from resparse.cli import main
from resparse.render.html import graph_data

@pytest.fixture(scope="module")
def db(db_80_243):
    return db_80_243


def test_a_part_cited_is_the_stored_resolutions_node(db):
    g = graphs.document_graph(*corpus.citation_network(db))
    assert "A/RES/79/258A" not in g
    assert g.nodes["A/RES/79/258"]["kind"] == "resolution"
    assert g.has_edge("A/RES/80/243", "A/RES/79/258") and g.nodes["A/RES/79/258"]["cited"] > 0
    # the citing paragraphs the page lists are under the node's symbol too
    citing = corpus.citing_paragraphs(db)
    assert "A/RES/79/258A" not in citing
    assert any(r["document"] == "A/RES/80/243" and r["paragraph"] == "PP4" for r in citing["A/RES/79/258"])


def test_session_narrows_json_and_summary(db, capsys, tmp_path):
    assert main(["graph", "--db", str(db), "--session", "79", "--json", "--min-cited", "1"]) == 0
    out = capsys.readouterr()
    data = json.loads(out.out)
    kinds = {n["id"]: (n["kind"], n.get("session")) for n in data["nodes"]}
    citing = {e["source"] for e in data["edges"]}
    assert citing == {"A/RES/79/258"}  # only session 79's resolutions cite
    assert "A/RES/80/243" not in kinds  # of session 80, citing, not cited by 79/258
    assert out.err.strip().splitlines()[-1].startswith("session 79 and what it cites: ")
    assert main(["graph", "--db", str(db), "--json", "--min-cited", "1"]) == 0
    whole = json.loads(capsys.readouterr().out)
    assert len(whole["nodes"]) > len(data["nodes"])


def test_session_graph_counts_the_sessions_citations():
    import networkx as nx

    g = nx.MultiDiGraph(view="citations")
    for s, session in (("A/RES/79/1", 79), ("A/RES/80/1", 80), ("A/RES/78/1", 78)):
        g.add_node(s, kind="resolution", session=session, cited=0)
    g.add_node("S/RES/1", kind="document", cited=0)
    for u, v, n in (("A/RES/79/1", "A/RES/78/1", 2), ("A/RES/80/1", "A/RES/78/1", 3), ("A/RES/80/1", "A/RES/79/1", 1),
                    ("A/RES/79/1", "S/RES/1", 1)):
        g.add_edge(u, v, kind="cites", count=n)
    h = graphs.session_graph(g, [79])
    assert set(h) == {"A/RES/79/1", "A/RES/78/1", "S/RES/1"}
    assert h.nodes["A/RES/78/1"]["cited"] == 2 and h.nodes["A/RES/79/1"]["cited"] == 0
    assert g.nodes["A/RES/78/1"].get("cited") == 0  # g untouched


def test_the_page_lists_targets_it_does_not_draw(db):
    g = graphs.document_graph(*corpus.citation_network(db))
    view = graphs.corpus_view(g, sessions=[80])
    data = graph_data(g, corpus=view)
    drawn = {n["id"] for n in data["nodes"]}
    for u, targets in data["undrawn"].items():
        assert u in drawn and all(t not in drawn for t, *_ in targets)
    every = {v for u, v in g.out_edges("A/RES/80/243")}
    listed = {e["to"] for e in data["edges"] if e["from"] == "A/RES/80/243"} | \
        {t for t, *_ in data["undrawn"].get("A/RES/80/243", [])}
    assert every and every <= listed
    # 79/258, a resolution of another session than the one drawn: listed, not drawn
    assert "A/RES/79/258" in {t for t, *_ in data["undrawn"]["A/RES/80/243"]} and "A/RES/79/258" not in drawn



def _session_80_page(browser, db, tmp_path):
    """A session-80 corpus page of ``db``, open and ready: (context, page)."""
    from conftest import open_page, wait_for
    from resparse.render.html import render_html

    g = graphs.document_graph(*corpus.citation_network(db))
    view = graphs.corpus_view(g, sessions=[80])
    path = tmp_path / "s80.html"
    path.write_text(render_html(g, "session 80", citing=corpus.citing_paragraphs(db), corpus=view), encoding="utf-8")
    context, page, _ = open_page(browser, path)
    wait_for(page, "window.resparseReady === true")
    return context, page


def test_the_panel_lists_a_target_of_another_session(browser, db, tmp_path):
    from conftest import wait_for

    context, page = _session_80_page(browser, db, tmp_path)
    try:
        page.evaluate("window.resparseGo('A/RES/80/243')")
        wait_for(page, "window.resparseFocused === 'A/RES/80/243'")
        panel = page.inner_text("#panel")
        assert "Refers to" in panel and "A/RES/79/258" in panel and "not drawn" in panel
    finally:
        context.close()


def test_the_search_finds_who_cites_a_document_not_drawn(browser, db, tmp_path):
    from conftest import wait_for

    context, page = _session_80_page(browser, db, tmp_path)
    try:
        assert page.evaluate("window.resparseData.nodes.get('A/RES/79/258')") is None  # not drawn
        page.fill("#search", "79/258")
        page.press("#search", "Enter")
        wait_for(page, "window.resparseFocused === 'A/RES/80/243'")
        assert "cites A/RES/79/258 (not drawn)" in page.inner_text("#results")
    finally:
        context.close()
