"""Reading-order positions for the graph page: the hierarchy shown by place, not by edges.

Each resolution is a region of columns read top to bottom, left to right. A top-level paragraph opens a row; its
sub-paragraphs (depth first) and then the footnotes it is the first to cite follow it on that row, wrapping onto
indented continuation rows when long; the items of a sub-paragraph stand on a continuation row of their own,
indented one step further (:func:`_paragraph_rows`). Rows flow into columns whose height is chosen so that the whole is close to
a screen's shape (``ASPECT``; with several resolutions, each region's width is its share of the rows). A part of the text that changes kind (preamble -> operative part -> annex) starts
a column of its own. Several resolutions stand side by side in the order given; cited documents and actors stand in
columns at the right, each at the mean height of the paragraphs that point to it (fewer crossing edges).

Units are vis-network canvas pixels; :func:`reading_positions` returns ``{node id: (x, y)}`` for every node of a
graph built by :func:`resparse.graph.build_graph` (with or without extensions). Nodes of a kind it does not know
go to the right-hand columns too.
"""

from __future__ import annotations

import math

import networkx as nx

PARAGRAPH_KINDS = ("preambular", "operative", "annex", "subparagraph")
DX = 58          # between a top-level paragraph and what follows it on its row
DX_ROW = 40      # between two sub-paragraphs or footnotes of a row (labels "(a)", "fn 3")
DY = 50          # between two rows
ROW_ITEMS = 10   # nodes per row before a continuation row
COLUMN_GAP = 70  # between two columns (beside the width of their longest row)
ASPECT = 1.2     # width / height aimed at (the graph beside its panel on a laptop screen)


def _contained(g: nx.MultiDiGraph, nid) -> list:
    """Children by ``contains`` edges, in the order they were added (reading order)."""
    return [v for _, v, k in g.out_edges(nid, data="kind") if k == "contains"]


def _rows(g: nx.MultiDiGraph, rid, placed: set) -> list[list]:
    """The rows of one resolution: each a list of node ids, ``None`` for an empty separating row."""
    rows: list[list] = []
    previous_kind = None
    for top in _contained(g, rid):
        kind = g.nodes[top].get("kind")
        if kind not in PARAGRAPH_KINDS:
            continue
        items, stack = [], [(top, 0)]
        while stack:  # depth first, in reading order
            nid, depth = stack.pop()
            items.append((nid, depth))
            stack.extend(reversed([(c, depth + 1) for c in _contained(g, nid)
                                   if g.nodes[c].get("kind") in PARAGRAPH_KINDS]))
        ids = [nid for nid, _ in items]
        for nid in list(ids):
            for _, fn, k in g.out_edges(nid, data="kind"):
                if k == "footnote" and fn not in placed and fn not in ids:
                    items.append((fn, 1))
                    ids.append(fn)
        placed.update(ids)
        if previous_kind is not None and kind != previous_kind:
            rows.append(None)
        previous_kind = kind
        rows.extend(_paragraph_rows(items))
    rest = [v for v in _contained(g, rid) if v not in placed and g.nodes[v].get("kind") not in PARAGRAPH_KINDS]
    for i in range(0, len(rest), ROW_ITEMS):  # footnotes no paragraph cites
        rows.append(rest[i:i + ROW_ITEMS])
    placed.update(rest)
    return rows


def _paragraph_rows(items: list[tuple]) -> list[list]:
    """A top-level paragraph's row and its continuation rows, from (node id, depth) in reading order (the paragraph
    at depth 0, its sub-paragraphs at 1, 2, ..., the footnotes it cites first at 1): the paragraph and the first of
    depth 1 on its row, ``ROW_ITEMS`` at most; a run of another depth opens a continuation row indented by its depth
    (``None`` slots before it), so that the items of a sub-paragraph stand on a row of their own under it: "1 (a) (b)",
    then "(i) (ii)" of 1 (b) one step further right, then "(c) ... (g)" (A/RES/80/11, para. 1; before, all on one row
    that read "(a) (b) (i) (ii) (c)", 1 (b) (i) beside 1 (b) as if a sibling, and the same "(i)" twice)."""
    rows: list[list] = [[items[0][0]]]
    depth = 1
    for nid, d in items[1:]:
        d = max(d, 1)
        if d != depth or sum(x is not None for x in rows[-1]) >= ROW_ITEMS:
            rows.append([None] * d)
            depth = d
        rows[-1].append(nid)
    return rows


def _x(i: int) -> float:
    """The x offset of the i-th node of a row."""
    return 0.0 if i == 0 else DX + (i - 1) * DX_ROW


def _width(col: list[list]) -> float:
    return max(_x(len(r or [])) for r in col)


def _columns(rows: list[list], aspect: float = ASPECT) -> list[list[list]]:
    """Rows cut into columns: the column height whose region is closest to ``aspect`` (width / height). Each part
    of the text (the rows between two empty rows: preamble, operative part, annex) starts a column of its own, so
    that no column holds the end of one part over the start of the next (PP15 and PP16 of A/RES/80/11 stood at the
    head of the operative part's column in a fresh-user trial, 2026-12-02)."""
    if not rows:
        return []
    parts: list[list[list]] = [[]]  # each part: blocks of rows, a paragraph's row and its continuation rows
    for row in rows:
        if row is None:
            parts.append([])
        elif row[0] is None and parts[-1]:
            parts[-1][-1].append(row)
        else:
            parts[-1].append([row])
    parts = [p for p in parts if p]
    best, best_score = [rows], float("inf")
    for height in range(4, sum(len(b) for p in parts for b in p) + 1):
        cols = [col for p in parts for col in _fill(p, height)]
        width = sum(_width(c) + COLUMN_GAP for c in cols)
        score = abs(math.log(width / (height * DY * aspect)))
        if score < best_score:
            best, best_score = cols, score
    return best


def _fill(blocks: list[list[list]], height: int) -> list[list[list]]:
    """Blocks of rows into columns of ``height`` rows at most, in order, a block never cut (one longer than
    ``height`` stands alone in its column)."""
    cols: list[list[list]] = [[]]
    for block in blocks:
        if cols[-1] and len(cols[-1]) + len(block) > height:
            cols.append([])
        cols[-1].extend(block)
    return cols


def reading_positions(g: nx.MultiDiGraph, regions: list | None = None) -> dict:
    """``{node id: (x, y)}`` in canvas pixels, as described in the module docstring. ``regions``: the resolutions
    laid out in reading order (default: every ``resolution`` node); any other resolution node stands in the
    right-hand columns with the cited documents (the page of one resolution of many: the others it cites)."""
    pos: dict = {}
    placed: set = set()
    x0 = 0.0
    if regions is None:
        regions = [n for n, k in g.nodes(data="kind") if k == "resolution"]
    regions = [(rid, _rows(g, rid, placed)) for rid in regions]
    total = sum(len(rows) for _, rows in regions) or 1
    for rid, rows in regions:  # side by side: each region's share of the width is its share of the rows
        placed.add(rid)
        pos[rid] = (x0, -1.5 * DY)
        x = x0
        for col in _columns(rows, ASPECT * len(rows) / total):
            for r, row in enumerate(col):
                for i, nid in enumerate(row or []):
                    if nid is not None:
                        pos[nid] = (x + _x(i), r * DY)
            x += _width(col) + COLUMN_GAP
        x0 = x + COLUMN_GAP
    # documents, actors and anything else: right-hand columns, at the mean height of what points to them
    others = [n for n in g.nodes if n not in pos]
    height = max([y for _, y in pos.values()] + [DY * 10])

    def mean_y(n) -> float:
        ys = [pos[u][1] for u in g.predecessors(n) if u in pos]
        return sum(ys) / len(ys) if ys else height

    per_column = max(1, int(height // DY) + 1)
    half = 0.0  # half the width of the column before (its labels stand centred under its nodes)
    for kind in sorted({g.nodes[n].get("kind", "") for n in others}):
        group = sorted((n for n in others if g.nodes[n].get("kind", "") == kind), key=mean_y)
        for i in range(0, len(group), per_column):
            chunk = group[i:i + per_column]
            # as wide as its widest label, wrapped at LABEL_WRAP: the labels of two columns do not overlap (a
            # fresh-user trial, 2026-12-03: "funds and programmes" over "World Bank" on 79/171's --mandates page)
            width = max(_label_width(g.nodes[n].get("label", str(n))) for n in chunk)
            x0 += max(half + width / 2 + LABEL_GAP, 3 * DX if half else 0)
            half = width / 2
            y, below = -float("inf"), 0.0
            for n in chunk:  # at the mean height of what points to it, below the one before and its label
                y = max(mean_y(n), y + max(1.25 * DY, below))
                below = 40 + _label_lines(g.nodes[n].get("label", str(n))) * LABEL_LINE  # shape, label, gap
                pos[n] = (x0, y)
    return pos


# The label of an actor or cited document: wrapped at LABEL_WRAP canvas pixels (vis-network's widthConstraint), at
# most 22 canvas pixels high (the page's CIRCLE_FONT), a character about LABEL_CHAR wide, a line LABEL_LINE high
LABEL_WRAP = 240
LABEL_CHAR = 13
LABEL_LINE = 26
LABEL_GAP = 30    # between the labels of two right-hand columns


def _label_lines(label: str) -> int:
    """The lines a label takes wrapped at ``LABEL_WRAP`` (words kept whole, as vis-network wraps)."""
    per_line = int(LABEL_WRAP // LABEL_CHAR)
    lines, used = 1, 0
    for word in label.split():
        if used and used + 1 + len(word) > per_line:
            lines, used = lines + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return lines


def _label_width(label: str) -> float:
    return min(LABEL_WRAP, len(label) * LABEL_CHAR)


GAP = 12          # between two nodes of the corpus view, beside their sizes (canvas pixels)
MEMBER_SIZE = 7   # the smallest drawn size of a resolution of an open group


def corpus_positions(view: nx.DiGraph, sizes: dict) -> dict:
    """Positions of the corpus view (:func:`resparse.graph.corpus_view`) in canvas pixels, computed once so that the
    page draws with physics off: ``{id: (x, y)}`` for each group and document, and for each resolution of a group
    (drawn when the group is opened, in its place). ``sizes``: node id -> radius drawn.

    Groups and documents: NetworkX ``spring_layout`` (Fruchterman-Reingold, seed 7) on the view as an undirected
    graph weighted by the log of its citing phrases (and a weak edge from each node to a hub in the middle, so that
    a small component is not thrown to the edge), scaled to about 25 times the area of its nodes, then pushed
    apart until no two nodes are closer than their two sizes and ``GAP`` (:func:`_separate`); the nodes with no
    edge stand in a row below. A group's
    resolutions, most cited first, on a sunflower spiral (Vogel's model) centred on the group, far enough apart
    for their sizes not to overlap."""
    if not len(view):
        return {}
    u = nx.Graph()
    u.add_nodes_from(n for n in view if view.degree(n))
    for a, b, n in view.edges(data="count", default=1):
        u.add_edge(a, b, weight=1 + math.log(n))
    hub = "\0hub"  # a pull towards the middle, so that a small component is not thrown to the edge
    u.add_edges_from(((hub, n) for n in list(u)), weight=0.3)
    # (a view with no edge, a resolution asked for as centre that cites nothing and is cited by none: no layout)
    raw = nx.spring_layout(u, seed=7, weight="weight", iterations=100) if len(u) > 1 else {}
    raw.pop(hub, None)
    # scaled so that the nodes could stand side by side: the area of the drawing about 25 times theirs
    area = sum((2 * sizes.get(n, 10) + GAP) ** 2 for n in raw)
    xs, ys = [p[0] for p in raw.values()] or [0.0], [p[1] for p in raw.values()] or [0.0]
    extent = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
    scale = math.sqrt(25 * area) / extent
    pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}
    pos = _separate(pos, {n: sizes.get(n, 10) for n in pos}) if pos else {}
    # nodes with no edge drawn (a group whose resolutions cite only one another): a row below the drawing
    alone = [n for n in view if not view.degree(n)]
    x = min([x for x, _ in pos.values()] + [0.0])
    y = max([y + sizes.get(n, 10) for n, (_, y) in pos.items()] + [0.0]) + 4 * GAP
    for n in alone:
        r = sizes.get(n, 10)
        pos[n] = (x + r, y + r)
        x += 2 * r + 12 * GAP  # room for its label
    golden = math.pi * (3 - math.sqrt(5))
    for gid, members in view.nodes(data="members"):
        if not members:
            continue
        cx, cy = pos[gid]
        step = 2 * max(sizes.get(m, MEMBER_SIZE) for m in members.split()) + GAP / 2
        for i, m in enumerate(members.split()):
            r = step * math.sqrt(i + 0.5) * 0.9
            pos[m] = (cx + r * math.cos(i * golden), cy + r * math.sin(i * golden))
    return pos


def _separate(pos: dict, radius: dict, rounds: int = 200) -> dict:
    """Nodes pushed apart, pair by pair, until no two are closer than the sum of their radii and ``GAP`` (or after
    ``rounds``); a hundred-odd nodes, so all pairs each round."""
    ids = list(pos)
    p = {n: list(pos[n]) for n in ids}
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                dx, dy = p[b][0] - p[a][0], p[b][1] - p[a][1]
                d = math.hypot(dx, dy)
                need = radius[a] + radius[b] + GAP
                if d < need:
                    moved = True
                    if d < 1e-6:
                        dx, dy, d = 1.0, 0.0, 1.0
                    push = (need - d) / 2 + 0.01
                    p[a][0] -= dx / d * push; p[a][1] -= dy / d * push
                    p[b][0] += dx / d * push; p[b][1] += dy / d * push
        if not moved:
            break
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in p.items()}


__all__ = ["reading_positions", "corpus_positions", "PARAGRAPH_KINDS"]
