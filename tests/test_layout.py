"""The reading-order layout of the graph page: the hierarchy shown by position (no browser needed)."""

from __future__ import annotations

from resparse.graph import build_graph, paragraph_id
from resparse.render.layout import DY, reading_positions


def test_reading_order_and_rows(all_texts):
    for res in all_texts.values():
        g = build_graph([res])
        pos = reading_positions(g)
        assert set(pos) == set(g.nodes)
        assert len(set(pos.values())) == len(pos)  # no two nodes on one spot
        top = [paragraph_id(res, p) for p in res.paragraphs]
        # columns left to right, rows top to bottom: the paragraphs' positions sort in reading order
        assert sorted(top, key=lambda n: (round(pos[n][0]), pos[n][1])) == top
        for p in res.paragraphs:  # a sub-paragraph stands right of its top-level paragraph, on its row or below
            x, y = pos[paragraph_id(res, p)]
            below = [q for q in p.walk() if q is not p]
            rows = 1 + len(below) + len(p.footnotes)  # at most one row per sub-paragraph and footnote
            for q in below:
                qx, qy = pos[paragraph_id(res, q)]
                assert qx > x and 0 <= qy - y < rows * DY


def test_the_items_of_a_sub_paragraph_stand_on_a_row_of_their_own(all_texts, corpus_dir):
    """A/RES/80/11, para. 1: (a), (b) on 1's row; 1 (b) (i) and (ii) on the next, under (b), one step further
    right; (c) to (i) after them (before: "(a) (b) (i) (ii) (c) ..." on one row, (i) beside (b) as its sibling).
    In every text: no row of a paragraph mixes sub-paragraphs of two depths, and an item stands right of the
    sub-paragraph it belongs to and below it."""
    import resparse

    res = resparse.parse(corpus_dir / "A_RES_80_11.txt")
    pos = reading_positions(build_graph([res]))
    at = {p.label: pos[paragraph_id(res, p)] for p in res.walk()}
    assert at["1 (a)"][1] == at["1 (b)"][1] == at["1"][1]
    assert at["1 (b) (i)"][1] == at["1 (b) (ii)"][1] == at["1"][1] + DY
    assert at["1 (b) (i)"][0] > at["1 (a)"][0] and at["1 (b) (ii)"][0] > at["1 (b) (i)"][0]
    assert at["1 (c)"][1] == at["1"][1] + 2 * DY and at["1 (c)"][0] == at["1 (a)"][0]
    for r in [*all_texts.values(), res]:
        pos = reading_positions(build_graph([r]))
        for p in r.paragraphs:
            depth = {}
            for q in p.walk():
                for c in q.children:
                    depth[c.label] = depth.get(q.label, 0) + 1
                    cx, cy = pos[paragraph_id(r, c)]
                    if q is not p:
                        qx, qy = pos[paragraph_id(r, q)]
                        assert cx >= qx and cy > qy, (r.symbol, c.label)
            rows: dict = {}
            for label, d in depth.items():
                rows.setdefault(pos[paragraph_id(r, r.get(label))][1], set()).add(d)
            assert all(len(ds) == 1 for ds in rows.values()), (r.symbol, p.label, rows)

def test_footnotes_follow_their_first_citing_paragraph(res_71_280):
    g = build_graph([res_71_280])
    pos = reading_positions(g)
    for f in res_71_280.footnotes:
        first = res_71_280.get(f.cited_by[0])
        row = [n for n in g.nodes if pos[n][1] == pos[f"A/RES/71/280#fn{f.number}"][1]]
        assert paragraph_id(res_71_280, first) in row or any(
            paragraph_id(res_71_280, q) in row for q in res_71_280.walk() if first in list(q.walk()))


def test_several_resolutions_stand_side_by_side(all_texts):
    res = list(all_texts.values())
    g = build_graph(res)
    pos = reading_positions(g)
    xs = [pos[r.symbol][0] for r in res]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)
    for a, b in zip(res, res[1:]):  # every paragraph of a resolution left of the next resolution's box
        assert max(pos[paragraph_id(a, p)][0] for p in a.walk()) < pos[b.symbol][0]


def test_each_part_of_the_text_starts_a_column_of_its_own(all_texts, corpus_dir):
    """No column holds the end of the preamble over the start of the operative part (A/RES/80/11: PP15 and PP16
    stood at the head of the operative column, a fresh-user trial of 2026-12-02)."""
    import resparse

    for res in [*all_texts.values(), resparse.parse(corpus_dir / "A_RES_80_11.txt")]:
        pos = reading_positions(build_graph([res]))
        kinds: dict = {}
        for p in res.paragraphs:
            kinds.setdefault(round(pos[paragraph_id(res, p)][0]), set()).add(p.kind)
        assert all(len(k) == 1 for k in kinds.values()), (res.symbol, kinds)
