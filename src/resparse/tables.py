"""A table's rows and columns from its cells in order (the PDF's text sets one cell a line, row after row).

The cells alone do not say where a row ends; a cut into rows of ``n`` cells is kept only where it reads as a table
does: the cells are a multiple of ``n``, the first row is the header (no figure in it: "Action / Title of post /
Category/level / Number"), every other row opens with a label (no figure) and holds a figure, and a column that
holds a figure in one row holds figures or nothing in every other (the staffing tables of A/RES/79/253: 4 columns;
the scale of assessments of 79/249: "Member State / Percentage", 2). The smallest such ``n`` from 2 to 12 is the
table's; where none is (a header or a label wrapped over two lines, "Net of staff / assessment" in the budget
tables of 78/249), the table is its cells in order.
"""

from __future__ import annotations

from .shapes import FIGURE


def _figure(cell: str) -> bool:
    return bool(cell) and FIGURE.match(cell) is not None


def rows(cells: list[str] | tuple[str, ...]) -> list[list[str]]:
    """The rows of a table, header first, from its cells in order; [] where no cut reads as a table (the module's
    rule).

    >>> rows(["Action", "Title of post", "Number", "Establishment", "Legal Officer", "1", "Total", "", "1"])
    [['Action', 'Title of post', 'Number'], ['Establishment', 'Legal Officer', '1'], ['Total', '', '1']]
    >>> rows(["Gross", "Net of staff", "assessment", "(United States dollars)", "Appropriation", "63 930 800",
    ...       "58 552 400"])
    []
    """
    for n in range(2, min(12, len(cells) // 2) + 1):
        if len(cells) % n:
            continue
        cut = [list(cells[k : k + n]) for k in range(0, len(cells), n)]
        header, body = cut[0], cut[1:]
        if any(_figure(c) for c in header) or not header[0]:
            continue
        if any(_figure(r[0]) or not any(map(_figure, r)) for r in body):
            continue
        numeric = {j for r in body for j, c in enumerate(r) if _figure(c)}
        if all(_figure(r[j]) or not r[j] for r in body for j in numeric):
            return cut
    return []
