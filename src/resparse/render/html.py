"""The graph as one self-contained HTML page: vis-network (the copy pyvis ships) inlined, no external src or href.

We use our own small template rather than pyvis's: pyvis loads Bootstrap from a CDN in every mode, switches its
tooltips to ``innerHTML`` as soon as any title contains "href", and does not escape the heading. Here the data
travel as JSON inside ``<script type="application/json">`` (``<``, ``>``, ``&``, U+2028/2029 escaped), every
text reaches the page through ``textContent`` (tooltips, panel, search results and table are DOM elements, never
HTML strings), and the heading and legend are HTML-escaped. A Content-Security-Policy allows the two inline
scripts by their SHA-256 and nothing else (no request, no eval).

Two views. The references view (a graph of :func:`resparse.graph.build_graph`) places paragraphs in reading order
(:mod:`resparse.render.layout`, physics off) and shows the references as edges, the ``contains`` edges only in the
raw graph; the citations view (:func:`resparse.graph.document_graph`, ``view`` "citations") draws its
:func:`resparse.graph.corpus_view` (:func:`_corpus_data`: groups of resolutions and the most cited documents, at
positions computed in Python, physics off; a group opens into its resolutions). A references view of several
resolutions opens on the graph of resolutions (:func:`resparse.graph.resolution_graph`, :func:`overview_data`: a
network of its own, laid out by forceAtlas2 with a bounded number of stabilisation iterations, then still); opening one shows its region (:func:`_regions`): its paragraphs in reading order and what
they cite or what cites them, the paragraph network holding only the regions opened so far. The behaviour of the
page is ``graph_page.js``.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
from collections import Counter
from functools import lru_cache
from importlib import resources

import networkx as nx

from ..graph import EDGE_KINDS, NODE_KINDS, corpus_view, left_out_words, resolution_graph
from ..references import printed_symbol
from .layout import LABEL_WRAP, MEMBER_SIZE, PARAGRAPH_KINDS, corpus_positions, reading_positions

VIS_VERSION = "vis-9.1.2"

NODE_COLORS = {
    "resolution": "#1f3b73",
    "preambular": "#7fa7d9",
    "operative": "#e8a33d",
    "annex": "#9c6ade",
    "subparagraph": "#f4d58d",
    "footnote": "#8fbf7f",
    "document": "#b0b0b0",
    "actor": "#d94f70",
}
EDGE_COLORS = {
    "contains": "#c8c8c8",
    "refers_to": "#d62728",
    "cites": "#1f77b4",
    "footnote": "#2ca02c",
    "mandates": "#8c564b",
}
_OTHER = "#6b6b6b"
NO_GROUP = "#dddddd"  # a resolution of the overview alone in its community
# sessions in the citations view: a qualitative palette (ColorBrewer Set1/Dark2), cycled
SESSION_PALETTE = ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#a65628", "#f781bf", "#1b9e77",
                   "#d95f02", "#7570b3", "#e7298a", "#66a61e"]
HIDDEN_EDGE_KINDS = ("contains",)  # the hierarchy is shown by position; the raw-graph toggle shows these edges
LABEL_ALL = 300  # up to this many nodes every label is drawn at the opening zoom
LABEL_TOP = 30   # beyond, the labels of this many most cited nodes (all labels appear when zoomed in)


@lru_cache(maxsize=2)
def _vis_asset(name: str) -> str:
    root = resources.files("pyvis").joinpath("lib", VIS_VERSION, name)
    return root.read_text(encoding="utf-8")


def _json_for_script(data) -> str:
    """JSON that cannot end or confuse the script element that holds it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _inline(code: str, tag: str) -> str:
    # neither vis-network file contains a closing tag today; make sure a future copy cannot end the element early
    return code.replace(f"</{tag}", f"<\\/{tag}")


def _tooltip(nid, d: dict) -> str:
    head = d.get("label", str(nid))
    if d.get("resolution") and d.get("kind") not in ("resolution", "document"):
        head = f"{d['resolution']} · {head}"
    lines = [f"{head}  [{d.get('kind', '')}]"]
    if d.get("text"):
        lines.append(d["text"])
    return "\n\n".join(lines)


def _short_label(d: dict, nid) -> str:
    """The label drawn on a node: a sub-paragraph by its own marker ("(a)", it stands right of its parent), an annex
    paragraph without "annex" (it has the annex colour), a footnote as "fn 3"; the full label is in the tooltip,
    the panel, the search and the table."""
    label = d.get("label", str(nid))
    if d.get("kind") == "subparagraph" and label.endswith(")"):
        return label.rsplit(" ", 1)[-1]
    if d.get("kind") == "annex":  # drawn in the annex colour, after the annex's empty row
        return label.removeprefix("annex ")
    if d.get("kind") == "footnote":
        return "fn " + label.removeprefix("footnote ")
    return label


def _session_colors(g: nx.MultiDiGraph) -> dict:
    """Sessions of the resolutions in the corpus -> colour (cited documents outside it are grey)."""
    sessions = sorted({d["session"] for _, d in g.nodes(data=True)
                       if d.get("session") is not None and d.get("kind") == "resolution"})
    return {s: SESSION_PALETTE[i % len(SESSION_PALETTE)] for i, s in enumerate(sessions)}


def graph_data(g: nx.MultiDiGraph, citing: dict | None = None, unresolved: list[dict] | None = None,
               corpus: nx.DiGraph | None = None) -> dict:
    """Everything the page shows, as plain data (texts are plain text, shown with textContent):

    ``view`` ("references", or "citations" for :func:`resparse.graph.document_graph`), ``nodes`` (``id``, ``label``
    drawn, ``full`` label, ``kind``, ``res``, ``text``, ``tip``, ``color``, ``shape``, ``size``, ``cited``: the
    reference edges that end there; ``x``, ``y`` in the reading-order layout; ``session`` in the citations view),
    ``edges`` (``id``, ``from``, ``to``, ``kind``, ``phrase``, ``portion``, ``status``, ``verb``, ``deadline``,
    ``count``, ``tip``, ``color``, ``dashes``, ``width``), ``labelled`` (the ids whose label is drawn at the
    opening zoom, and ``readable``: those drawn big enough to read at any zoom; see :func:`_labelled`), ``citing`` (citations view: cited symbol
    -> the citing paragraphs, ``[document, paragraph, phrase, text index]``, with ``texts``) and ``unresolved`` (rows of :func:`resparse.graph.unresolved_references`, shown in the reference table).
    With several resolutions (references view) the nodes have no ``x``, ``y``; ``overview`` (:func:`overview_data`)
    and ``regions`` (:func:`_regions`) hold the opening view and each resolution's positions. The citations view
    is :func:`_corpus_data` (``corpus``: a :func:`resparse.graph.corpus_view` of ``g``, by default its own)."""
    view = "citations" if g.graph.get("view") == "citations" else "references"
    if view == "citations":
        return _corpus_data(g, corpus if corpus is not None else corpus_view(g), citing)
    several = view == "references" and sum(1 for _, k in g.nodes(data="kind") if k == "resolution") > 1
    pos = reading_positions(g) if view == "references" and not several else {}
    sessions = _session_colors(g)
    cited: Counter = Counter()  # reference edges that end at a node (a footnote's own marker does not count)
    linked: Counter = Counter()  # and, to rank labels, paragraphs that refer to another one
    for u, v, d in g.edges(data=True):
        if d.get("kind") in ("refers_to", "cites", "mandates"):
            cited[v] += d.get("count", 1)
            if d["kind"] == "refers_to":
                linked[u] += 1
    nodes = []
    for nid, d in g.nodes(data=True):
        kind = d.get("kind", "")
        node = {
            "id": str(nid),
            "label": _short_label(d, nid),
            "full": d.get("label", str(nid)),
            "kind": kind,
            "res": d.get("resolution", ""),
            "text": d.get("text", ""),
            "tip": _tooltip(nid, d),
            "color": NODE_COLORS.get(kind, _OTHER),
            # a top-level paragraph carries its label inside (a circle fitted to it), the others below the shape
            "shape": {"resolution": "box", "document": "diamond", "footnote": "triangle", "preambular": "circle",
                      "operative": "circle", "annex": "circle"}.get(kind, "dot"),
            "size": d.get("size") or {"resolution": 24, "subparagraph": 9, "footnote": 8}.get(kind, 13),
            "cited": d.get("cited", cited[nid]),
        }
        if node["shape"] == "circle" and len(node["label"]) > 4:  # "rule 39.1": a circle would swell to hold it
            node["shape"] = "dot"
        if nid in pos:
            node["x"], node["y"] = pos[nid]
        nodes.append(node)
    edges = []
    for u, v, k, d in g.edges(keys=True, data=True):
        kind = d.get("kind", "")
        tip = kind + (f": {d['phrase']}" if d.get("phrase") else "") + (f" ({d['portion']})" if d.get("portion") else "")
        if d.get("count"):
            tip += f": {d['count']} citing phrase{'s' if d['count'] > 1 else ''}"
        edge = {
            "id": f"{u}->{v}#{k}", "from": str(u), "to": str(v), "kind": kind, "tip": tip,
            "color": EDGE_COLORS.get(kind, _OTHER), "dashes": kind in ("cites", "footnote"),
            "width": 2 if kind == "refers_to" else 1,
        }
        for key in ("phrase", "portion", "status", "verb", "deadline", "count"):
            if d.get(key) not in (None, ""):
                edge[key] = d[key]
        if kind == "mandates" and d.get("passive"):
            edge["passive"] = True
        edges.append(edge)
    labelled, readable = _labelled(nodes, linked, view)
    data = {"view": view, "nodes": nodes, "edges": edges, "labelled": labelled, "readable": readable,
            "sessions": [[s, c] for s, c in sessions.items()], "label_wrap": LABEL_WRAP}
    if several:
        data["overview"] = overview_data(resolution_graph(g))
        data["regions"] = _regions(g, nodes, linked)
    data["unresolved"] = [r for r in unresolved or [] if r["source"] in g]
    return data


GROUP_COLOR = "#5b7db1"


def _corpus_data(g: nx.MultiDiGraph, view: nx.DiGraph, citing: dict | None) -> dict:
    """The citations view of a corpus (:func:`resparse.graph.document_graph`) as the page draws it, from its
    :func:`resparse.graph.corpus_view`: ``nodes`` are the view's groups (``kind`` "group", ``members`` a list of
    symbols), its documents and every resolution of a group (``group`` its group id), each with ``x``, ``y``
    (:func:`resparse.render.layout.corpus_positions`; physics stays off) and ``size`` (a group 12 to 60 canvas
    pixels with the square root of its resolutions; a document or resolution with the square root of its
    citations: 9 to 36, 7 to 22); ``edges`` the view's group edges and the citations between the nodes drawn;
    ``corpus`` the view's counts (see :func:`_corpus_about`); ``undrawn``: for a resolution drawn, what it cites
    that is not drawn, ``[symbol, citing phrases, printed symbol]`` most cited first (its panel lists them). Documents the view
    leaves out are not in the page."""
    member_of = view.graph["member_of"]
    docs = [n for n, k in view.nodes(data="kind") if k == "document"]
    shown = set(member_of) | set(docs)
    sessions = _session_colors(g)
    most_doc = max([view.nodes[n]["cited"] for n in docs] + [1])
    most_res = max([g.nodes[n].get("cited", 0) for n in member_of] + [1])
    most_members = max([d["size"] for _, d in view.nodes(data=True) if d["kind"] == "group"] + [1])
    sizes = {}
    for n, d in view.nodes(data=True):
        sizes[n] = (12 + 48 * (d["size"] / most_members) ** 0.5) if d["kind"] == "group" \
            else 9 + 27 * (d["cited"] / most_doc) ** 0.5
    for n in member_of:
        sizes[n] = MEMBER_SIZE + 15 * (g.nodes[n].get("cited", 0) / most_res) ** 0.5
    pos = corpus_positions(view, sizes)
    nodes = []
    for n, d in view.nodes(data=True):
        if d["kind"] != "group":
            continue
        members = d["members"].split()
        tip = (f"{d.get('name', d['label'])}  [group of {len(members)} resolutions]\n\nmost cited: "
               + ", ".join(_short(m) for m in members[:8]) + (" …" if len(members) > 8 else "")
               + "\n\ndouble-click to show its resolutions")
        nodes.append({"id": n, "label": d["label"], "full": d.get("name", d["label"]), "kind": "group", "res": "", "text": "",
                      "tip": tip, "color": GROUP_COLOR, "shape": "hexagon", "size": round(sizes[n], 1),
                      "cited": d["cited"], "members": members, "x": pos[n][0], "y": pos[n][1]})
    for n in [*member_of, *docs]:
        d = g.nodes[n]
        kind = d.get("kind", "document")
        cited = d.get("cited", 0) if kind == "resolution" else view.nodes[n]["cited"]
        head = f"{d.get('label', n)}  [{'resolution of the corpus' if kind == 'resolution' else 'document outside the corpus'}]"
        count = (f"cited {cited}× in the corpus" + (f" (by {view.nodes[n]['citing']} of these resolutions)"
                                                     if kind == "document" else "")) if cited else "cited by none"
        node = {"id": n, "label": _short(n), "full": d.get("label", n), "kind": kind, "res": "",
                "text": d.get("text", ""), "tip": "\n\n".join(x for x in (head, d.get("text"), count) if x),
                "color": sessions.get(d.get("session"), NODE_COLORS["document"]) if kind == "resolution"
                else NODE_COLORS["document"],
                "shape": "dot" if kind == "resolution" else "diamond", "size": round(sizes[n], 1), "cited": cited,
                "session": d.get("session"), "x": pos[n][0], "y": pos[n][1]}
        if kind == "resolution" and member_of[n] != n:
            node["group"] = member_of[n]
        nodes.append(node)
    edges = []
    for u, v, d in view.edges(data=True):
        if view.nodes[u]["kind"] != "group" and view.nodes[v]["kind"] != "group":
            continue  # between resolutions that stand for themselves and documents: their own edges, below
        edges.append({"id": f"{u}->{v}", "from": u, "to": v, "kind": "cites", "count": d["count"],
                      "tip": f"{view.nodes[u]['label']} cites {view.nodes[v]['label']}: {d['count']} citing "
                             f"phrase{'s' if d['count'] > 1 else ''} in {d['citing']} resolution"
                             f"{'s' if d['citing'] > 1 else ''}",
                      "color": EDGE_COLORS["cites"], "dashes": False, "width": round(1 + min(5, d["count"] ** 0.5 / 2), 1),
                      "group": True})
    for u, v, k, d in g.edges(keys=True, data=True):
        if u in member_of and v in shown:
            n = d.get("count", 1)
            edges.append({"id": f"{u}->{v}#{k}", "from": u, "to": v, "kind": "cites", "count": n,
                          "tip": f"{_short(u)} cites {_short(v)}: {n} citing phrase{'s' if n > 1 else ''}",
                          "color": EDGE_COLORS["cites"], "dashes": False, "width": round(1 + min(4, n ** 0.5 / 2), 1)})
    # what a resolution drawn cites that the page does not draw (another session's resolution, a document outside
    # the corpus cited too rarely to draw): listed in its panel all the same ("Refers to": every target, drawn or not)
    undrawn: dict[str, list] = {}
    for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], -e[2].get("count", 1), e[1])):
        if u in member_of and v not in shown:
            undrawn.setdefault(u, []).append([v, d.get("count", 1), printed_symbol(v)])
    labelled = [n["id"] for n in nodes]   # the page keeps those that fit (placeLabels in graph_page.js)
    data = {"view": "citations", "nodes": nodes, "edges": edges, "labelled": labelled, "readable": [],
            "undrawn": undrawn,
            "sessions": [[s, c] for s, c in sessions.items()], "unresolved": [],
            "corpus": {k: view.graph[k] for k in ("resolutions", "grouped", "alone", "documents", "left_out",
                                                  "left_out_citations", "within", "sessions", "centre")}}
    data["corpus"]["groups"] = sum(1 for n in nodes if n["kind"] == "group")
    data["corpus"]["single"] = sum(1 for n, m in member_of.items() if n == m)
    if citing is not None:
        texts: dict[str, int] = {}
        data["citing"] = {
            sym: [[r["document"], r["paragraph"], r["phrase"], texts.setdefault(r["text"], len(texts))] for r in rows]
            for sym, rows in citing.items() if sym in shown
        }
        data["texts"] = list(texts)
    return data


def _short(symbol: str) -> str:
    """A node's label on the corpus page: its printed symbol without "A/RES/" ("1514 (XV)", "2200 A (XXI)", "70/1")."""
    return printed_symbol(symbol).removeprefix("A/RES/")


def _corpus_about(c: dict) -> str:
    """What the corpus view shows and leaves out, with its counts (HTML-escaped)."""
    sessions = c["sessions"].split()
    text = (f"{c['resolutions']} resolutions" + (f" of session{'s' if len(sessions) > 1 else ''} "
                                                 f"{', '.join(sessions)}" if sessions else "")
            + (f" citing or cited by {printed_symbol(c['centre'])}" if c["centre"] else "")
            + f" in {c['groups']} groups (communities of their citations: resolutions that cite one another or the "
            f"same documents; a group is named by its most cited member and the title or phrase its resolutions' titles share)"
            + (f" and {c['single']} alone in theirs" if c["single"] else ""))
    if c["alone"]:
        text += f"; {c['alone']} that cite none of these documents and are cited by none are not drawn"
    text += f". {c['documents'] - c['left_out']} of the {c['documents']} documents outside the corpus they cite, the most cited (grey diamonds)"
    if c["within"]:
        text += f". {c['within']} citations within a group are drawn when it opens"
    text += ". Double-click a group to show its resolutions, a resolution to close its group."
    # the counts of the command line, word for word (render_html: graph --db passes what it prints)
    counts = "".join(f'<br><span class="counts">{html.escape(line)}</span>' for line in c.get("counts", ()))
    return f'<p id="about">{html.escape(text)}{counts}</p>'


def overview_data(r: nx.DiGraph) -> dict:
    """The opening view of a page of several resolutions, from :func:`resparse.graph.resolution_graph`: ``nodes``
    (``id``, ``label`` the symbol, ``full``, ``kind``, ``text`` the title, ``tip``, ``color`` by session and
    ``gcolor`` by group for a loaded resolution, grey for a document outside them, ``shape``, ``size``, ``cited``,
    ``citing``, ``paragraphs``, ``group`` or 0), ``edges`` (``id``, ``from``, ``to``, ``count``, ``tip``, ``width`` 1 to 6 with the square root
    of the count) and the counts ``documents``, ``left_out``, ``left_out_citations``."""
    sessions = _session_colors(r)
    groups = _group_colors(r)
    nodes = []
    for nid, d in r.nodes(data=True):
        kind = d["kind"]
        cited = f"cited {d['cited']}× by {d['citing']} of these resolutions" if d["cited"] else "cited by none of these"
        head = f"{d['label']}  [{kind}{', ' + str(d['paragraphs']) + ' paragraphs' if kind == 'resolution' else ''}" + (
            f", group {d['group']}]" if d.get("group") else "]")
        resolution = kind == "resolution"
        nodes.append({
            "id": nid, "label": d["label"], "full": d["label"], "kind": kind, "text": d.get("text", ""),
            "tip": "\n\n".join(x for x in (head, d.get("text"), cited) if x),
            "color": sessions.get(d.get("session"), NODE_COLORS["resolution"]) if resolution else NODE_COLORS["document"],
            "gcolor": groups.get(d.get("group"), NO_GROUP) if resolution else NODE_COLORS["document"],
            "shape": "dot" if resolution else "diamond", "size": round(d["size"], 1),
            "cited": d["cited"], "citing": d["citing"], "paragraphs": d.get("paragraphs", 0), "group": d.get("group", 0),
        })
    edges = [{"id": f"{u}->{v}", "from": u, "to": v, "count": d["count"],
              "tip": f"{u} cites {v}: {d['count']} citing phrase{'s' if d['count'] > 1 else ''}",
              "width": round(1 + min(5, d["count"] ** 0.5), 1)} for u, v, d in r.edges(data=True)]
    sizes = Counter(d["group"] for _, d in r.nodes(data=True) if d.get("group") and d["kind"] == "resolution")
    return {"nodes": nodes, "edges": edges, "sessions": [[s, c] for s, c in sessions.items()],
            "groups": [[g, c, sizes[g]] for g, c in groups.items()],
            **{k: r.graph[k] for k in ("documents", "left_out", "left_out_citations")}}


def _group_colors(r: nx.DiGraph) -> dict:
    """Groups (communities of :func:`resparse.graph.resolution_graph`) of a loaded resolution -> colour; beyond the
    palette's twelve, the others share the colour of no group."""
    numbers = sorted({d["group"] for _, d in r.nodes(data=True) if d.get("group") and d["kind"] == "resolution"})
    return {g: SESSION_PALETTE[i] for i, g in enumerate(numbers[:len(SESSION_PALETTE)])}


def _regions(g: nx.MultiDiGraph, nodes: list[dict], linked: Counter) -> dict:
    """Each resolution of a page of several, as it opens: ``{resolution id: {"ids": indices into the page's nodes,
    "pos": [x, y] of each, "labelled", "readable"}}``: its paragraphs and footnotes in reading order
    (:func:`resparse.render.layout.reading_positions`) and, in the right-hand columns, what they cite or what cites
    them (documents, the other resolutions and their paragraphs, actors)."""
    index = {n["id"]: i for i, n in enumerate(nodes)}
    own: dict = {}
    for nid, d in g.nodes(data=True):
        if d.get("kind") == "resolution" or d.get("resolution"):
            own.setdefault(d.get("resolution", nid), []).append(nid)
    regions = {}
    for rid, members in own.items():
        near = dict.fromkeys(members)
        for nid in members:
            for u, v, kind in [*g.out_edges(nid, data="kind"), *g.in_edges(nid, data="kind")]:
                if kind != "contains":
                    near.setdefault(v if u == nid else u)
        sub = nx.MultiDiGraph()  # the induced subgraph, built directly (a copy of g.subgraph(near) is slower)
        sub.add_nodes_from((n, g.nodes[n]) for n in near)
        sub.add_edges_from((u, v, k, d) for u, v, k, d in g.out_edges(near, keys=True, data=True) if v in near)
        pos = reading_positions(sub, regions=[rid])
        ids = list(near)
        labelled, readable = _labelled([nodes[index[str(n)]] for n in ids], linked, "references")
        regions[str(rid)] = {"ids": [index[str(n)] for n in ids], "pos": [[round(c, 1) for c in pos[n]] for n in ids],
                             "labelled": labelled, "readable": readable}
    return regions


def _labelled(nodes: list[dict], linked: Counter, view: str) -> tuple[list[str], list[str]]:
    """(ids whose label is drawn at the opening zoom, those among them drawn big enough to read at any zoom):
    every node up to ``LABEL_ALL``; beyond, the ``LABEL_TOP`` most cited (a citation counts twice a reference
    made) and the resolutions' boxes, then the top-level paragraphs if they all fit under ``LABEL_ALL``, else
    every tenth of them (milestones to find one's way in reading order)."""
    if len(nodes) <= LABEL_ALL:
        return [n["id"] for n in nodes], []
    ranked = sorted(nodes, key=lambda n: -(2 * n["cited"] + linked[n["id"]]))
    readable = [n["id"] for n in ranked[:LABEL_TOP] if n["cited"] or linked[n["id"]]]
    labelled = readable + [n["id"] for n in nodes if n["kind"] == "resolution" and view == "references"]
    top = [n["id"] for n in nodes if n["kind"] in ("preambular", "operative", "annex") and n["id"] not in labelled]
    if len(labelled) + len(top) <= LABEL_ALL:
        return labelled + top, readable
    milestones = top[::10]
    return labelled + milestones, readable + milestones


def _legend(g: nx.MultiDiGraph) -> str:
    """Colour keys (HTML-escaped); the node and edge kinds double as filter checkboxes."""
    if g.graph.get("view") == "citations":
        items = [f'<li><span class="sw" style="background:{c}"></span>session {html.escape(str(s))}</li>'
                 for s, c in _session_colors(g).items()]
        items.append(f'<li><span class="sw dm" style="background:{NODE_COLORS["document"]}"></span>'
                     'cited, not in the corpus</li>')
        items.append(f'<li><span class="sw hx" style="background:{GROUP_COLOR}"></span>group of resolutions '
                     '(double-click: its resolutions)</li>')
        return "\n".join(items)
    node_kinds = {k for _, k in g.nodes(data="kind")}
    edge_kinds = {k for _, _, k in g.edges(data="kind")}
    items = []
    for kind in [*NODE_KINDS, *sorted(node_kinds - set(NODE_KINDS))]:
        if kind in node_kinds:
            color = NODE_COLORS.get(kind, _OTHER)
            items.append(f'<li><label><input type="checkbox" data-node-kind="{html.escape(kind)}" checked>'
                         f'<span class="sw" style="background:{color}"></span>{html.escape(kind)}</label></li>')
    for kind in [*EDGE_KINDS, *sorted(edge_kinds - set(EDGE_KINDS))]:
        if kind in edge_kinds:
            color = EDGE_COLORS.get(kind, _OTHER)
            checked = "" if kind in HIDDEN_EDGE_KINDS else " checked"
            items.append(f'<li><label><input type="checkbox" data-edge-kind="{html.escape(kind)}"{checked}>'
                         f'<span class="ln" style="border-color:{color}"></span>{html.escape(kind)}</label></li>')
    return "\n".join(items)


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return resources.files("resparse.render").joinpath(name).read_text(encoding="utf-8")


def _sha256(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(g: nx.MultiDiGraph, title: str, citing: dict | None = None,
                unresolved: list[dict] | None = None, corpus: nx.DiGraph | None = None,
                counts: list[str] | None = None) -> str:
    """The whole page as a string (write it as UTF-8). ``citing`` (citations view): cited symbol -> the citing
    paragraphs (``document``, ``paragraph``, ``phrase``, ``text``) listed in the panel; ``unresolved``: the
    references that make no edge (:func:`resparse.graph.unresolved_references`), rows of the reference table;
    ``corpus``: the :func:`resparse.graph.corpus_view` to draw of a citations graph (default: its own); ``counts``:
    the lines ``graph --db`` prints (its summary, :func:`resparse.graph.left_out_words`), which the citations view
    prints in its heading word for word (default: what :func:`resparse.graph.left_out_words` says)."""
    vis_js = _inline(_vis_asset("vis-network.min.js"), "script")
    script = _inline(_asset("graph_page.js"), "script")
    citations = g.graph.get("view") == "citations"
    data = graph_data(g, citing, unresolved, corpus)
    overview = data.get("overview")
    if citations:
        data["corpus"]["counts"] = counts if counts is not None else left_out_words(
            g, corpus if corpus is not None else corpus_view(g))
    return _PAGE % {
        "csp": f"{_sha256(vis_js)} {_sha256(script)}",
        "title": html.escape(title),
        "heading": html.escape(title),
        "about": _about(overview, sum(1 for n in data["nodes"] if n["kind"] in PARAGRAPH_KINDS)) if overview
        else _corpus_about(data["corpus"]) if citations else "",
        "legend": (_overview_legend(overview) if overview else "") + _legend(g),
        "raw": "" if citations else _RAW_TOGGLE,
        "back": _BACK if overview else "",
        "data": _json_for_script(data),
        "vis_css": _inline(_vis_asset("vis-network.css"), "style"),
        "css": _inline(_asset("graph_page.css"), "style"),
        "vis_js": vis_js,
        "script": script,
    }


def _about(overview: dict, paragraphs: int) -> str:
    """What the opening view of several resolutions shows, with its counts, and how to open one (HTML-escaped)."""
    nodes = overview["nodes"]
    loaded = sum(1 for n in nodes if n["kind"] == "resolution")
    drawn = len(nodes) - loaded
    between = sum(1 for e in overview["edges"] if e["to"] in {n["id"] for n in nodes if n["kind"] == "resolution"})
    text = (f"{loaded} resolutions ({paragraphs} paragraphs), one dot each, sized by how often the others cite it, "
            f"coloured by group (communities: resolutions that cite one another or the same documents) or session; "
            f"{drawn} of the {overview['documents']} documents they cite outside this page, those cited by two or "
            f"more of them (grey diamonds)")
    if overview["left_out"]:
        text += (f"; the other {overview['left_out']} ({overview['left_out_citations']} citations) are listed in "
                 "the panel of the resolution that cites them")
    text += (f". {len(overview['edges'])} edges, one per citing pair ({between} between these resolutions), as "
             "wide as its citations. Double-click a resolution, or click it and “open its paragraphs”, to read "
             "its paragraphs and references; “all resolutions” comes back.")
    return f'<p id="about">{html.escape(text)}</p>'


def _overview_legend(overview: dict) -> str:
    """Colour keys of the opening view of several resolutions: the sessions, the documents outside the page."""
    items = [f'<li class="ov ses"><span class="sw" style="background:{c}"></span>session {html.escape(str(s))}</li>'
             for s, c in overview["sessions"]]
    items += [f'<li class="ov grp"><span class="sw" style="background:{c}"></span>group {g}: {n} resolutions</li>'
              for g, c, n in overview["groups"]]
    items.append(f'<li class="ov grp"><span class="sw" style="background:{NO_GROUP}"></span>no group</li>')
    items.append(f'<li class="ov"><span class="sw dm" style="background:{NODE_COLORS["document"]}"></span>'
                 'cited, not on this page</li>')
    return "\n".join(items) + "\n"


_BACK = ('<button type="button" id="back" hidden>← all resolutions</button>'
         '<label class="ov-only">colour by <select id="colour-by"><option value="group">group (communities)</option>'
         '<option value="session">session</option></select></label>')

_RAW_TOGGLE = ('<label title="every edge, the hierarchy too, in a force layout"><input type="checkbox" id="raw">'
               ' raw graph</label>')

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src %(csp)s">
<title>%(title)s</title>
<style>
%(vis_css)s
</style>
<style>
%(css)s
</style>
</head>
<body>
<header>
<h1>%(heading)s</h1>
%(about)s
<div class="tools">
<input id="search" type="search" placeholder="paragraph (23, 22 (a), annex 50) or words" autocomplete="off"
 aria-label="search a paragraph by label or words">
<ul id="results" hidden></ul>
<label><input type="checkbox" id="linked"> only what cites or is cited</label>
%(raw)s
<select id="cited-filter" hidden aria-label="only the resolutions that cite one document"></select>
%(back)s
<button type="button" id="to-table">reference table</button>
<span id="status">laying out…</span>
</div>
<ul id="legend">
%(legend)s
</ul>
</header>
<main>
<div id="stage"><div id="graph"></div><div id="overview"></div></div>
<aside id="panel" aria-live="polite"><p class="hint">Click a node, or search, to read it here.</p></aside>
</main>
<section id="table-section">
<h2>References</h2>
<table id="reftable"><thead></thead><tbody></tbody></table>
</section>
<script type="application/json" id="graph-data">%(data)s</script>
<script>%(vis_js)s</script>
<script>%(script)s</script>
</body>
</html>
"""
