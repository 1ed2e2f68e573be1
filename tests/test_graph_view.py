"""The page of several resolutions, built in Python: the graph of resolutions it opens on
(:func:`resparse.graph.resolution_graph`), and each resolution's region as it opens (reading order, what it cites).
Real texts: the four of texts/ and three whole corpus resolutions of tests/fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resparse
from resparse.graph import build_graph, label_edges, resolution_graph
from resparse.render.html import graph_data, render_html
from resparse.render.layout import PARAGRAPH_KINDS, reading_positions

from conftest import text_path

FIXTURES = Path(__file__).parent / "fixtures"
FOLDER = [text_path(n) for n in ("A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt")] + [
    FIXTURES / n for n in ("A_RES_78_26.txt", "A_RES_78_310.txt", "A_RES_79_144.txt")]


@pytest.fixture(scope="module")
def resolutions():
    return [resparse.parse(f) for f in FOLDER]


@pytest.fixture(scope="module")
def g(resolutions):
    return build_graph(resolutions)


def test_one_node_per_resolution_and_citations_between_them(g, resolutions):
    r = resolution_graph(g)
    loaded = {res.symbol for res in resolutions}
    assert {n for n, k in r.nodes(data="kind") if k == "resolution"} == loaded
    assert not any(k in PARAGRAPH_KINDS or k == "footnote" for _, k in r.nodes(data="kind"))
    # 72/244 cites 71/280 in PP2, 6 (b) and 6 (d): one edge, three citing phrases
    assert {u for u, v in label_edges(build_graph([resolutions[1]]), "cites") if v == "A/RES/71/280"} == {
        "PP2", "6 (b)", "6 (d)"}
    assert r.edges["A/RES/72/244", "A/RES/71/280"]["count"] == 3
    assert r.nodes["A/RES/71/280"]["cited"] == 4 and r.nodes["A/RES/71/280"]["citing"] == 2  # and 73/195's
    # a resolution's paragraphs, sub-paragraphs included
    assert r.nodes["A/RES/71/280"]["paragraphs"] == sum(1 for _ in resolutions[0].walk())
    assert r.nodes["A/RES/71/280"]["text"] == resolutions[0].title
    # sized by how often cited: the most cited node is the largest
    most = max(r.nodes, key=lambda n: r.nodes[n]["cited"])
    assert r.nodes[most]["size"] == max(d["size"] for _, d in r.nodes(data=True)) == 40
    assert r.nodes["A/RES/80/1"]["size"] == 10  # cited by none of the others


def test_documents_outside_the_folder_only_the_most_cited(g, resolutions):
    r = resolution_graph(g)
    loaded = {res.symbol for res in resolutions}
    citing: dict = {}  # document -> the loaded resolutions that cite it, read off the paragraph graph
    for u, v, d in g.edges(data=True):
        if d["kind"] == "cites" and v not in loaded:
            citing.setdefault(v, set()).add(g.nodes[u]["resolution"])
    drawn = {n for n, k in r.nodes(data="kind") if k == "document"}
    assert drawn == {doc for doc, s in citing.items() if len(s) >= 2}  # fewer than 40 here: all of them
    assert "A/RES/70/1" in drawn and r.nodes["A/RES/70/1"]["citing"] == len(citing["A/RES/70/1"])
    assert r.graph["documents"] == len(citing) and r.graph["left_out"] == len(citing) - len(drawn)
    # at most most_cited documents, by citing resolutions first
    top = resolution_graph(g, most_cited=2)
    kept = {n for n, k in top.nodes(data="kind") if k == "document"}
    assert len(kept) == 2 and min(len(citing[d]) for d in kept) >= max(len(citing[d]) for d in drawn - kept)
    assert top.graph["left_out"] == len(citing) - 2
    assert all(top.has_node(v) for _, v in top.edges)


def test_the_page_opens_on_resolutions_and_each_opens_in_reading_order(g, resolutions):
    data = graph_data(g)
    overview = data["overview"]
    assert {n["kind"] for n in overview["nodes"]} == {"resolution", "document"}
    assert {n["id"] for n in overview["nodes"] if n["kind"] == "resolution"} == {r.symbol for r in resolutions}
    assert all(n["label"] == n["id"] for n in overview["nodes"])  # the symbol
    assert set(data["regions"]) == {r.symbol for r in resolutions}
    nodes = data["nodes"]
    for res in resolutions:
        region = data["regions"][res.symbol]
        ids = [nodes[i]["id"] for i in region["ids"]]
        own = {nid for nid, d in g.nodes(data=True) if d.get("resolution") == res.symbol}
        assert own <= set(ids)
        # what it cites or what cites it, nothing else
        near = {v for u, v, k in g.out_edges(own, data="kind") if k != "contains"} | {
            u for u, v, k in g.in_edges(own, data="kind") if k != "contains"}
        assert set(ids) == own | near
        # its paragraphs stand where its own page puts them
        alone = reading_positions(build_graph([res]))
        pos = dict(zip(ids, region["pos"]))
        assert all(pos[n] == [round(c, 1) for c in alone[n]] for n in own)
        # what it cites, at the right of its paragraphs
        right = max(pos[n][0] for n in own)
        assert all(pos[n][0] > right for n in near - own)
    # 73/195's region holds the paragraph of 71/280 and 72/244 it names, and their resolutions
    ids = {nodes[i]["id"] for i in data["regions"]["A/RES/73/195"]["ids"]}
    assert {"A/RES/71/280", "A/RES/72/244"} <= ids


def test_one_resolution_has_no_overview(resolutions):
    data = graph_data(build_graph(resolutions[:1]))
    assert "overview" not in data and "regions" not in data
    assert all("x" in n for n in data["nodes"])  # its page as it was: reading order
    page = render_html(build_graph(resolutions[:1]), "one")
    assert 'id="about"' not in page and 'id="back"' not in page


def test_the_page_says_what_it_shows(g, resolutions):
    r = resolution_graph(g)
    page = render_html(g, "<b>seven</b>")
    about = re.search(r'<p id="about">(.*?)</p>', page, re.S).group(1)
    paragraphs = sum(1 for res in resolutions for _ in res.walk())
    drawn = sum(1 for _, k in r.nodes(data="kind") if k == "document")
    assert about.startswith(f"7 resolutions ({paragraphs} paragraphs)")
    assert f"{drawn} of the {r.graph['documents']} documents" in about
    assert f"the other {r.graph['left_out']} ({r.graph['left_out_citations']} citations)" in about
    assert "Double-click a resolution" in about
    assert "<h1>&lt;b&gt;seven&lt;/b&gt;</h1>" in page



def test_groups_are_communities_of_citations(g):
    r = resolution_graph(g)
    groups: dict = {}
    for n, d in r.nodes(data=True):
        groups.setdefault(d.get("group"), set()).add(n)
    numbered = sorted(k for k in groups if k)
    assert numbered == list(range(1, len(numbered) + 1))
    assert [len(groups[k]) for k in numbered] == sorted((len(groups[k]) for k in numbered), reverse=True)
    # 72/244 cites 71/280 three times: one group; 80/1 cites nothing the others cite: no group
    assert r.nodes["A/RES/72/244"].get("group") == r.nodes["A/RES/71/280"].get("group") is not None
    assert "group" not in r.nodes["A/RES/80/1"] and r.degree("A/RES/80/1") == 0
    # the page colours a resolution by its group (legend: group N and its resolutions), documents stay grey
    data = graph_data(g)
    colours = {n["id"]: n["gcolor"] for n in data["overview"]["nodes"]}
    assert colours["A/RES/72/244"] == colours["A/RES/71/280"] != colours["A/RES/80/1"]
    assert {n["gcolor"] for n in data["overview"]["nodes"] if n["kind"] == "document"} == {"#b0b0b0"}
