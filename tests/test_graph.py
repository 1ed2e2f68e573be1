"""References resolved and the graph, on the real texts: what issue 3 says must show, and what 72/244 and 80/1 say."""

import io
import json

import networkx as nx
import pytest

import resparse
from resparse.graph import build_graph, edges_of, from_json, label_edges, paragraph_id, to_graphml, to_json
from resparse.model import Target
from resparse.references import definitions, problems, resolve

from conftest import mini_resolution, text_path


@pytest.fixture(scope="module")
def g_71_280(res_71_280):
    return build_graph([res_71_280])


@pytest.fixture(scope="module")
def g_all(all_texts):
    return build_graph(all_texts.values())


# ---------------------------------------------------------------- A/RES/71/280


def test_71_280_refers_to_exactly(g_71_280):
    # the list, plus 26 -> 14 (c): 26 says "before the beginning of phase III", and 14 (c) defines phase III
    assert label_edges(g_71_280, "refers_to") == {
        ("23", "15"), ("23", "22"), ("23 (a)", "22"), ("9", "30"), ("22 (c)", "22"),
        ("10", "14 (a)"), ("20", "14 (a)"), ("22 (c)", "14 (b)"), ("27", "14 (a)"), ("27", "14 (b)"),
        ("26", "14 (c)"),
    }


def test_71_280_cites_71_1(g_71_280):
    cites = {(g_71_280.nodes[u]["label"], v): d for u, v, d in edges_of(g_71_280, "cites")}
    assert {u for u, v in cites if v == "A/RES/71/1"} == {"PP1", "1 (c)", "15"}
    assert cites[("15", "A/RES/71/1")]["portion"] == "annex II, paragraph 8"
    assert cites[("15", "A/RES/71/1")]["phrase"] == "annex II, paragraph 8, of its resolution 71/1"
    assert cites[("1 (c)", "A/RES/71/1")]["portion"] == "annex II"
    assert "portion" not in cites[("PP1", "A/RES/71/1")]
    assert g_71_280.nodes["A/RES/71/1"]["kind"] == "document"
    assert ("15", "8") not in label_edges(g_71_280, "refers_to")


def test_71_280_footnotes(g_71_280, res_71_280):
    fn = label_edges(g_71_280, "footnote")
    assert fn == {("PP2", "footnote 1"), ("PP2", "footnote 2"), ("PP2", "footnote 3"), ("PP3", "footnote 4"),
                  ("6 (b)", "footnote 5"), ("6 (c)", "footnote 5"), ("9", "footnote 6")}
    assert {v for _, v in fn} == {f"footnote {n}" for n in range(1, 7)}
    # the footnotes' own citations: "Resolution 69/313, annex."
    cites = {(g_71_280.nodes[u]["label"], v, d.get("portion")) for u, v, d in edges_of(g_71_280, "cites")}
    assert ("footnote 2", "A/RES/69/313", "annex") in cites and ("footnote 6", "A/RES/48/134", "annex") in cites


def test_71_280_nodes_and_contains(g_71_280, res_71_280):
    g = g_71_280
    paragraphs = list(res_71_280.walk())
    assert sum(1 for _, k in g.nodes(data="kind") if k in ("preambular", "operative", "subparagraph")) == len(paragraphs)
    node = g.nodes[paragraph_id(res_71_280, res_71_280.get("22 (a)"))]
    assert node["label"] == "22 (a)" and node["kind"] == "subparagraph" and node["opening"] == "Requests"
    assert node["text"].startswith("Requests the regional economic commissions")
    contains = label_edges(g, "contains")
    assert ("A/RES/71/280", "22") in contains and ("22", "22 (a)") in contains and ("15 (a)", "15 (a) (ii)") in contains
    assert len(edges_of(g, "contains")) == len(paragraphs) + len(res_71_280.footnotes)


def test_71_280_no_warnings(res_71_280):
    assert problems(resolve(res_71_280)) == []


def test_defined_terms_are_found_generally(res_71_280):
    assert definitions(res_71_280) == {("phase", "I"): "14 (a)", ("phase", "II"): "14 (b)", ("phase", "III"): "14 (c)"}
    text = resparse.parse(text_path("A_RES_71_280.txt")).get("14 (a)").text
    assert text.startswith("Phase I (consultations):")


def test_defined_terms_in_another_text():
    # the same mechanism with another noun, other glosses and numbers: nothing in the code knows "phase"
    res = resparse.parse_text(mini_resolution(
        "Decides that:", "(a) Stage 1 (recorded): the first stage;", "(b) Stage 2 (video): the second stage;",
        "Also decides that stage 2 and stages 1 and 3 shall apply only during the session, and that Stage 1 ends;"))
    assert definitions(res) == {("stage", "1"): "1 (a)", ("stage", "2"): "1 (b)"}
    refs = [r for r in resolve(res) if r.citation.kind == "term"]
    assert [(r.source, r.citation.phrase, [t.label for t, _ in r.resolved]) for r in refs] == [
        ("2", "stage 2", ["1 (b)"]), ("2", "stages 1 and 3", ["1 (a)"]), ("2", "Stage 1", ["1 (a)"])]
    assert label_edges(build_graph([res]), "refers_to") == {("2", "1 (a)"), ("2", "1 (b)")}


# ---------------------------------------------------------------- A/RES/80/1 and A/RES/72/244


def test_80_1(res_80_1):
    g = build_graph([res_80_1])
    assert label_edges(g, "refers_to") == {("2", "1 (a)")}
    edge = edges_of(g, "refers_to")[0][2]
    assert edge["phrase"] == "paragraph 1 (a) above" and edge["direction"] == "above"
    assert label_edges(g, "cites") == {("footnote 1", "A/RES/169 (II)")}  # the UN's printed form (trialfix29c)
    assert label_edges(g, "footnote") == {("PP1", "footnote 1")}
    refs = resolve(res_80_1)
    section = [r for r in refs if r.citation.phrase.startswith("section 11")]
    # a part of a document named in words (the Agreement ...): external, no symbol, never a paragraph of 80/1
    assert section and section[0].citation.kind == "external" and section[0].status == "external"
    assert section[0].resolved == [(Target(None, "section 11"), "external")]


def test_72_244_internal_references(res_72_244):
    g = build_graph([res_72_244])
    refers = label_edges(g, "refers_to")
    assert {("10", "7"), ("10", "8"), ("10", "9")} <= refers
    assert ("annex rule 49.1", "annex rule 48.1") in refers  # "rule 48, paragraph 1"
    assert ("annex rule 33.2", "annex rule 33.1") in refers  # "paragraph 1" inside rule 33
    assert ("annex rule 11", "annex rule 48.1") in refers and ("annex rule 11", "annex rule 48.2") in refers
    assert {("annex rule 66", f"annex rule {n}") for n in (60, 61, 62, 63, 64, "65.1", "65.2")} <= refers
    assert ("annex rule 6", "annex rule 46") in refers
    # "paragraphs 11 and 12 of the note by the Secretary-General" are not this resolution's 11 and 12
    assert not any(u == "11" for u, _ in refers)
    assert all(u.startswith("annex") or u == "10" for u, _ in refers)
    assert problems(resolve(res_72_244)) == []


def test_72_244_cites_71_280(res_72_244):
    g = build_graph([res_72_244])
    cites = label_edges(g, "cites")
    assert {u for u, v in cites if v == "A/RES/71/280"} == {"PP2", "6 (b)", "6 (d)"}
    assert ("6 (b)", "A/RES/71/1") in cites and ("footnote 4", "A/72/271") in cites


# ---------------------------------------------------------------- several resolutions


def test_loaded_resolutions_link(g_all):
    g = g_all
    assert g.nodes["A/RES/71/280"]["kind"] == "resolution"  # not a "document": it is loaded
    cites = {(g.nodes[u]["resolution"], g.nodes[u]["label"], v) for u, v, _ in edges_of(g, "cites")}
    assert ("A/RES/72/244", "PP2", "A/RES/71/280") in cites
    assert ("A/RES/73/195", "PP1", "A/RES/71/280") in cites and ("A/RES/73/195", "PP1", "A/RES/72/244") in cites
    assert g.nodes["A/RES/71/1"]["kind"] == "document"


def test_cross_resolution_paragraph_links_to_the_annex(res_73_195):
    # a 73/326-style citation: "paragraph 49 of resolution 73/195" -> 73/195's annex paragraph 49
    citing = resparse.parse_text(
        text_path("A_RES_80_1.txt").read_text(encoding="utf-8").replace(
            "Recalling also the Headquarters Agreement,",
            "Recalling also the Headquarters Agreement and paragraph 49 of resolution 73/195,"))
    g = build_graph([citing, res_73_195])
    refers = [(u, v, d) for u, v, d in edges_of(g, "refers_to") if d.get("document")]
    assert [(g.nodes[u]["label"], v) for u, v, _ in refers] == [
        ("PP5", paragraph_id(res_73_195, res_73_195.get("annex 49")))]
    assert ("PP5", "A/RES/73/195") in label_edges(g, "cites")
    alone = build_graph([citing])
    assert not [d for _, _, d in edges_of(alone, "refers_to") if d.get("document")]


# ---------------------------------------------------------------- warnings


def test_missing_and_wrong_direction_are_warnings_not_crashes():
    res = resparse.parse_text(mini_resolution(
        "Decides that:", "(a) the first;", "(b) the second;",
        "Also decides that the statement referred to in paragraph 1 (a) below and paragraph 9 above shall be made;",
        "Further decides to consider the matters in paragraph 2 above and in paragraphs 1 and 2 below;"))
    refs = resolve(res)
    statuses = {(r.source, r.citation.phrase, r.status) for r in refs}
    assert statuses == {
        ("2", "paragraph 1 (a) below", "direction"), ("2", "paragraph 9 above", "missing"),
        ("3", "paragraph 2 above", "ok"), ("3", "paragraphs 1 and 2 below", "direction"),
        ("PP1", "its resolution 71/1 of 19 September 2016", "external"),
    }
    warnings = [w.message for w in problems(refs)]
    assert len(warnings) == 4
    assert any("no paragraph 9" in m and '"paragraph 9 above"' in m and "characters" in m for m in warnings)
    assert all(w.line > 0 for w in problems(refs))
    g = build_graph([res])  # a wrong direction still links; paragraph 9 does not exist
    assert label_edges(g, "refers_to") == {("2", "1 (a)"), ("3", "2"), ("3", "1")}


def test_sibling_and_present_subparagraphs():
    res = resparse.parse_text(mini_resolution(
        "Decides that:", "(a) the first, as in subparagraph (b);", "(b) the second, as in the present paragraph;",
        "Requests that:", "(a) subparagraphs (a) and (b) of this paragraph apply;"))
    assert label_edges(build_graph([res]), "refers_to") == {("1 (a)", "1 (b)"), ("1 (b)", "1")}
    [ref] = [r for r in resolve(res) if r.source == "2 (a)"]
    assert [(t.label, s) for t, s in ref.resolved] == [("2 (a)", "self"), ("2 (b)", "missing")]


# ---------------------------------------------------------------- exports


def test_json_shape(g_71_280):
    data = to_json(g_71_280)
    assert set(data) >= {"nodes", "edges", "directed", "multigraph"}
    assert all({"id", "label", "kind"} <= set(n) for n in data["nodes"])
    assert all({"source", "target", "kind"} <= set(e) for e in data["edges"])
    json.dumps(data)
    back = from_json(data)
    assert back.number_of_nodes() == g_71_280.number_of_nodes() and back.number_of_edges() == g_71_280.number_of_edges()


def test_graphml_round_trip(g_all):
    text = to_graphml(g_all)
    back = nx.read_graphml(io.StringIO(text), force_multigraph=True)
    assert back.number_of_nodes() == g_all.number_of_nodes()
    assert back.number_of_edges() == g_all.number_of_edges()
    node = "A/RES/71/280#para_22__subpara_a"
    assert back.nodes[node]["label"] == "22 (a)" and back.nodes[node]["kind"] == "subparagraph"
    assert {d["kind"] for _, _, d in back.edges(data=True)} == {"contains", "refers_to", "cites", "footnote"}
    for _, d in g_all.nodes(data=True):
        assert all(isinstance(v, (str, int, float, bool)) for v in d.values())
    portions = {d.get("portion") for _, _, d in back.edges(data=True)}
    assert "annex II, paragraph 8" in portions


def test_extensions_add_to_the_graph(res_80_1):
    def actors(g, resolutions):
        g.add_node("actor:Secretary-General", label="Secretary-General", kind="actor")
        g.add_edge(paragraph_id(resolutions[0], resolutions[0].get("2")), "actor:Secretary-General", kind="mandates")

    g = build_graph([res_80_1], extensions=[actors])
    assert label_edges(g, "mandates") == {("2", "Secretary-General")}


def test_mandates_extension_adds_actors_and_edges(res_71_280):
    from resparse.graph import add_mandates, build_graph, edges_of

    g = build_graph([res_71_280], extensions=[add_mandates])
    assert g.nodes["actor:regional commission"]["kind"] == "actor"
    rc = [(g.nodes[s]["label"], d["verb"]) for s, t, d in edges_of(g, "mandates") if t == "actor:regional commission"]
    assert rc == [("22 (a)", "requests")]
    sg = {(g.nodes[s]["label"], d["verb"]) for s, t, d in edges_of(g, "mandates") if t == "actor:secretary general"}
    assert {("10", "requests"), ("18", "invites"), ("22", "calls upon"), ("26", "requests")} <= sg
    passive = {g.nodes[s]["label"] for s, t, d in edges_of(g, "mandates") if t == "actor:president of the general assembly" and d["passive"]}
    assert passive == {"17"}
    # every deadline of a mandate on its edge, not only the first: para. 28 decides the informal consultations of
    # February to July 2018, one deadline per month (the reading panel showed "in February 2018" alone)
    ga = [d.get("deadline") for s, t, d in edges_of(g, "mandates") if g.nodes[s]["label"] == "28"
          and t == "actor:general assembly"]
    assert ga == ["in February 2018; in March 2018; in April 2018; in May 2018; in June 2018; in July 2018"]
    # the plain graph has none of them
    plain = build_graph([res_71_280])
    assert not edges_of(plain, "mandates") and not [n for n, d in plain.nodes(data=True) if d["kind"] == "actor"]
