"""The graph as one self-contained HTML page: vis-network (the copy pyvis ships) inlined, no external src or href.

We use our own small template rather than pyvis's: pyvis loads Bootstrap from a CDN in every mode, switches its
tooltips to ``innerHTML`` as soon as any title contains "href", and does not escape the heading. Here the data
travel as JSON inside ``<script type="application/json">`` (``<``, ``>``, ``&``, U+2028/2029 escaped), every
text reaches the page through ``textContent`` (tooltips are DOM elements, never HTML strings), and the heading and
legend are HTML-escaped. Physics: forceAtlas2 with a bounded number of stabilisation iterations, then off; no
loading bar covers the canvas.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources

import networkx as nx

from ..graph import EDGE_KINDS, NODE_KINDS

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

# Bounded stabilisation: enough for a few hundred nodes to untangle, then physics stops (see the traps).
STABILIZATION_ITERATIONS = 250


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


def _tooltip(g: nx.MultiDiGraph, nid, d: dict, several: bool) -> str:
    head = d.get("label", str(nid))
    if several and d.get("resolution") and d.get("kind") != "resolution":
        head = f"{d['resolution']} · {head}"
    kind = d.get("kind", "")
    lines = [f"{head}  [{kind}]"]
    if d.get("text"):
        lines.append(d["text"])
    return "\n\n".join(lines)


def graph_data(g: nx.MultiDiGraph) -> dict:
    """Nodes and edges as vis-network wants them (plain data: ``tip`` is plain text, shown with textContent)."""
    several = sum(1 for _, k in g.nodes(data="kind") if k == "resolution") > 1
    nodes = []
    for nid, d in g.nodes(data=True):
        kind = d.get("kind", "")
        label = d.get("label", str(nid))
        if several and kind not in ("resolution", "document") and d.get("resolution"):
            label = f"{label}\n{d['resolution'].removeprefix('A/RES/')}" if kind != "subparagraph" else label
        node = {
            "id": str(nid),
            "label": label,
            "kind": kind,
            "tip": _tooltip(g, nid, d, several),
            "color": NODE_COLORS.get(kind, _OTHER),
            "shape": {"resolution": "box", "document": "diamond", "footnote": "triangle"}.get(kind, "dot"),
            "size": d.get("size") or {"resolution": 24, "subparagraph": 9, "footnote": 8}.get(kind, 13),
        }
        if kind == "resolution":
            node["font"] = {"color": "#ffffff"}
        nodes.append(node)
    edges = []
    for u, v, k, d in g.edges(keys=True, data=True):
        kind = d.get("kind", "")
        tip = kind + (f": {d['phrase']}" if d.get("phrase") else "") + (f" ({d['portion']})" if d.get("portion") else "")
        edges.append({
            "id": f"{u}->{v}#{k}",
            "from": str(u),
            "to": str(v),
            "label": kind,
            "kind": kind,
            "tip": tip,
            "color": EDGE_COLORS.get(kind, _OTHER),
            "dashes": kind in ("cites", "footnote"),
            "width": 2 if kind == "refers_to" else 1,
        })
    return {"nodes": nodes, "edges": edges}


def _legend(g: nx.MultiDiGraph) -> str:
    node_kinds = {k for _, k in g.nodes(data="kind")}
    edge_kinds = {k for _, _, k in g.edges(data="kind")}
    items = []
    for kind in [*NODE_KINDS, *sorted(node_kinds - set(NODE_KINDS))]:
        if kind in node_kinds:
            color = NODE_COLORS.get(kind, _OTHER)
            items.append(f'<li><span class="sw" style="background:{color}"></span>{html.escape(kind)}</li>')
    for kind in [*EDGE_KINDS, *sorted(edge_kinds - set(EDGE_KINDS))]:
        if kind in edge_kinds:
            color = EDGE_COLORS.get(kind, _OTHER)
            items.append(f'<li><span class="ln" style="border-color:{color}"></span>{html.escape(kind)}</li>')
    return "\n".join(items)


_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  function tip(text) {            // plain text only: never HTML
    var el = document.createElement("div");
    el.className = "tip";
    el.textContent = text;
    return el;
  }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var o = {id: n.id, label: n.label, title: tip(n.tip), shape: n.shape, size: n.size,
             color: {background: n.color, border: "#444444"}, kind: n.kind};
    if (n.font) { o.font = n.font; }
    return o;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return {id: e.id, from: e.from, to: e.to, label: e.label, title: tip(e.tip), arrows: "to",
            color: {color: e.color, highlight: e.color, hover: e.color}, dashes: e.dashes, width: e.width};
  }));
  var big = data.nodes.length > 100;
  var options = {
    layout: {improvedLayout: !big, randomSeed: 7},
    nodes: {font: {size: 14, face: "sans-serif"}, borderWidth: 1},
    edges: {font: {size: 10, align: "middle", color: "#555555", strokeWidth: 3}, smooth: false,
            arrows: {to: {scaleFactor: 0.5}}},
    interaction: {hover: true, tooltipDelay: 120, hideEdgesOnDrag: big},
    physics: {
      solver: "forceAtlas2Based",
      forceAtlas2Based: {gravitationalConstant: -60, centralGravity: 0.01, springLength: 90, springConstant: 0.08,
                         avoidOverlap: 0.3},
      maxVelocity: 60, minVelocity: 1, timestep: 0.5,
      stabilization: {enabled: true, iterations: %(iterations)d, updateInterval: 25, fit: true}
    }
  };
  var status = document.getElementById("status");
  var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, options);
  network.on("stabilizationProgress", function (p) {
    status.textContent = "laying out " + Math.round(100 * p.iterations / p.total) + "%%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({physics: {enabled: false}});
    status.textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";
    window.resparseReady = true;
  });
  window.network = network;
  window.resparseData = {nodes: nodes, edges: edges};
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%(title)s</title>
<style>
%(vis_css)s
</style>
<style>
html, body { margin: 0; height: 100%%; font-family: sans-serif; }
header { padding: 6px 12px; border-bottom: 1px solid #ddd; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header h1 { font-size: 16px; margin: 0; }
#status { color: #666; font-size: 12px; }
#legend { list-style: none; margin: 0; padding: 0; display: flex; gap: 12px; flex-wrap: wrap; font-size: 12px; }
#legend li { display: flex; align-items: center; gap: 4px; }
.sw { width: 12px; height: 12px; border-radius: 6px; border: 1px solid #444; display: inline-block; }
.ln { width: 18px; height: 0; border-top: 3px solid; display: inline-block; }
#graph { position: absolute; top: 64px; bottom: 0; left: 0; right: 0; }
div.vis-tooltip { max-width: 520px; white-space: normal; }
.tip { white-space: pre-wrap; max-width: 500px; font-size: 13px; line-height: 1.35; }
</style>
</head>
<body>
<header>
<h1>%(heading)s</h1>
<span id="status">laying out…</span>
<ul id="legend">
%(legend)s
</ul>
</header>
<div id="graph"></div>
<script type="application/json" id="graph-data">%(data)s</script>
<script>
%(vis_js)s
</script>
<script>
%(script)s
</script>
</body>
</html>
"""


def render_html(g: nx.MultiDiGraph, title: str) -> str:
    """The whole page as a string (write it as UTF-8)."""
    return _PAGE % {
        "title": html.escape(title),
        "heading": html.escape(title),
        "legend": _legend(g),
        "data": _json_for_script(graph_data(g)),
        "vis_css": _inline(_vis_asset("vis-network.css"), "style"),
        "vis_js": _inline(_vis_asset("vis-network.min.js"), "script"),
        "script": _SCRIPT % {"iterations": STABILIZATION_ITERATIONS},
    }
