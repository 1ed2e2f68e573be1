"""A table's rows and columns from its cells in order (the PDF's text sets one cell a line, row after row).

The cells alone do not say where a row ends nor which lines are one cell wrapped; the table's own shape does. Its
value cells (a figure, :data:`resparse.shapes.FIGURE`: "1", "63 930 800", "(2 061 900)", "–", or an empty cell)
close each row: a row is the text lines up to the value cells that follow them ("Establishment / Legal Officer /
P-4 / 1", "Total net change / [blank] / [blank] / 1", "Expenditure sections / [blank] / [blank] / [blank]"), and
the number of columns ``n`` is the most common length of such a run (else another, where that one gives no grid). A row whose text lines are more than its text
cells holds a cell wrapped over two lines or more: where the row has one text cell (the stub of a budget table,
"Recommendations of the Advisory Committee on Administrative and Budgetary / Questions") its lines are that cell;
else a line goes on from the one before it only where the text says so (:func:`_continues`: it opens in lower case,
the line before ends with "of", "to", "and", a comma or an open bracket: "Redeployment from Office / of the
Representative of / the Secretary-General to / Legal Team", A/RES/78/253), then where it opens a bracket ("Number of
posts / (excluding special / political missions)", 78/252; "Programme Management Officer / (Change Management)",
79/253), and the row is kept only where these give its cells exactly. The header is the text lines before the first
row (its cells found the same way; a last header line wholly in brackets is the unit, "(United States dollars)",
and heads the stub column, the budget tables of 78/249, 79/255, 80/239); the header repeated after a page break ("Member State / Percentage", the scale of assessments of 79/249) is
left out, and so are blank lines after a row's last cell (the page's spacing before a page break). A column holds
figures or text, not both, in the rows under the header.

Where any of this fails (a row whose lines cannot be told apart: "Redeployment from the Client Services / Service
to the Office of the Chief Executive / Communications Officer / P-3 / 1", 79/253, five lines for the four columns
"Action / Title of post / Category/level / Number"; a header line that holds three cells, "P-2 GS (PL) GS (OL)",
78/253), there is no grid: the table is its cells in order, and :func:`grid` says why. The first row is taken to
hold as many lines as cells: a first row whose stub is wrapped, under a header one cell short (an empty stub head),
would lend the header its first line; no table of the corpus has that shape, and the header then rarely makes the
columns.
"""

from __future__ import annotations

from collections import Counter

from .shapes import FIGURE

# words after which an English line goes on (a wrapped cell: "Redeployment from / Contracts Management"): function
# words, which end no label
_GOES_ON = frozenset("a an and at by for from in into of on or the to with".split())


def _figure(cell: str) -> bool:
    return bool(cell) and FIGURE.match(cell) is not None


def _value(cell: str) -> bool:
    return not cell or FIGURE.match(cell) is not None


def _join(lines: list[str]) -> str:
    out = ""
    for line in lines:
        if out and out.endswith(("-", "/")) and len(out) > 1 and out[-2].isalpha():
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out


def _continues(before: str, line: str) -> bool:
    """Is ``line`` surely the next line of the cell ``before`` (the text says so, whatever the layout)?"""
    words = before.split()
    return (line[:1].islower() or before.endswith((",", "-", "/")) or before.count("(") > before.count(")")
            or (bool(words) and words[-1] in _GOES_ON))


def _bracketed(line: str) -> bool:
    return line.startswith("(") and line.endswith(")") and line.count("(") == line.count(")") == 1


def _cells(lines: list[str], k: int, header: bool = False) -> list[str] | None:
    """``lines`` as ``k`` cells, each its lines joined, where the text tells which lines go on (module docstring);
    None where it does not."""
    if len(lines) == k:
        return list(lines)
    if k == 1 and lines:
        return [_join(lines)]
    if len(lines) < k or k < 1:
        return None
    joins = {i for i in range(1, len(lines)) if _continues(lines[i - 1], lines[i])}
    if len(lines) - len(joins) > k:  # then the lines that open a bracket: a qualifier of the line before
        joins |= {i for i in range(1, len(lines)) if lines[i].startswith("(")
                  and not (header and _bracketed(lines[i]))}
    if len(lines) - len(joins) != k:
        return None
    out: list[list[str]] = []
    for i, line in enumerate(lines):
        if i in joins:
            out[-1].append(line)
        else:
            out.append([line])
    return [_join(c) for c in out]


def _shared_first_cell(lines: list[str], k: int, others: list[list[str]]) -> list[str] | None:
    """``lines`` as ``k`` cells where a row next to it opens with the same lines and goes on otherwise, and the lines
    after those are one cell each: the lines the two rows share are their first cell (the action both rows take,
    "Redeployment from the Client Services / Service to the Office of the Chief Executive", then each its title of
    post and grade: the staffing tables of A/RES/79/253, 78/253, 80/243). None where no row next to it does so."""
    for other in others:
        p = 0
        while p < min(len(lines), len(other)) - 1 and lines[p] == other[p]:
            p += 1
        if p and len(lines) - p == k - 1 and len(other) - p == k - 1:
            return [_join(lines[:p]), *lines[p:]]
    return None


def _header(lines: list[str], n: int) -> list[str] | None:
    if lines and _bracketed(lines[-1]):  # the unit, "(United States dollars)", heads the stub column
        rest = _cells(lines[:-1], n - 1, header=True)
        if rest is not None:
            return [lines[-1], *rest]
    return _cells(lines, n, header=True)


def _runs(cells: list[str]) -> list[tuple[int, list[str], list[str]]]:
    """(index of its first cell, text lines, value cells) of each run of text lines and the value cells after them."""
    out: list[tuple[int, list[str], list[str]]] = []
    for i, c in enumerate(cells):
        if _value(c):
            if not out:
                out.append((i, [], []))
            out[-1][2].append(c)
        elif not out or out[-1][2]:
            out.append((i, [c], []))
        else:
            out[-1][1].append(c)
    return out


def grid(cells: list[str] | tuple[str, ...]) -> tuple[list[list[str]], str]:
    """(rows, why): the rows of a table, header first, each of the same number of cells, and "" where its cells in
    order cut into rows and columns by the module's rule; else ([], a sentence that says why not).

    >>> grid(["Action", "Title of post", "Number", "Establishment", "Legal Officer", "1", "Total", "", "1"])[0]
    [['Action', 'Title of post', 'Number'], ['Establishment', 'Legal Officer', '1'], ['Total', '', '1']]
    >>> grid(["Gross", "Net of staff", "assessment", "(United States dollars)", "Appropriation", "63 930 800",
    ...       "58 552 400", "Recommendations of the Fifth", "Committee", "(114 600)", "(120 300)"])[0]
    ... # doctest: +NORMALIZE_WHITESPACE
    [['(United States dollars)', 'Gross', 'Net of staff assessment'], ['Appropriation', '63 930 800', '58 552 400'],
     ['Recommendations of the Fifth Committee', '(114 600)', '(120 300)']]
    >>> grid(["Action", "Title of post", "Number", "Establishment", "Legal Officer", "1",
    ...       "Redeployment from the Client", "Services", "Team Assistant", "1", "Conversion", "Accountant", "3"])
    ([], "the row 'Redeployment from the Client': 3 lines for 2 text cells")
    """
    cells = list(cells)
    runs = _runs(cells)
    lengths = Counter(len(t) + len(v) for _, t, v in runs[1:] if t and any(map(_figure, v)))
    if not runs or not runs[0][1] or not lengths:
        return [], "no row of a label and its figures"
    # the number of columns: the most common length of a row, else the next (rows whose labels wrap may be most),
    # else any from a row's value cells and one text cell up to the longest row
    tried = [n for n, _ in sorted(lengths.items(), key=lambda kv: (-kv[1], kv[0]))]
    least = 1 + max(len(v) for _, t, v in runs[1:] if t and any(map(_figure, v)))
    why = ""
    for n in tried + [n for n in range(least, max(tried)) if n not in tried]:
        out, reason = _grid(cells, runs[0], n)
        if out:
            return out, ""
        why = why or reason
    return [], why


def _grid(cells: list[str], head: tuple[int, list[str], list[str]], n: int) -> tuple[list[list[str]], str]:
    """:func:`grid` with ``n`` columns."""
    if n < 2:
        return [], "one column"
    _, text, values = head
    need = n - len(values)
    if need < 1 or len(text) <= need:
        return [], "no header before the first row"
    lines = text[: len(text) - need]
    if _continues(lines[-1], text[len(lines)]):
        return [], "the first row's lines cannot be told from the header's"
    header = _header(lines, n)
    if header is None:
        return [], f"the header ({len(lines)} lines) does not make {n} columns"
    # the header again after a page break, after a row's values: left out
    k = len(lines)
    kept = cells[:k]
    i = k
    while i < len(cells):
        if cells[i : i + k] == lines and _value(kept[-1]):
            i += k
            continue
        kept.append(cells[i])
        i += 1
    out = [header]
    body = []
    for _, text, values in _runs(kept[k:]):
        while len(text) + len(values) > n and values and not values[-1]:
            values = values[:-1]  # blank lines after the row: the page's spacing
        if text or any(values):
            body.append((text, values))
    for r, (text, values) in enumerate(body):
        got = _cells(text, n - len(values))
        if got is None:
            got = _shared_first_cell(text, n - len(values), [body[x][0] for x in (r - 1, r + 1) if 0 <= x < len(body)])
        if got is None:
            where = f"the row {text[0]!r}" if text else "a row"
            return [], f"{where}: {len(text)} lines for {n - len(values)} text cells"
        out.append(got + values)
    for j in range(n):
        column = [r[j] for r in out[1:] if r[j]]
        if any(map(_figure, column)) and not all(map(_figure, column)):
            return [], f"column {j + 1} holds both figures and text"
    return out, ""


def rows(cells: list[str] | tuple[str, ...]) -> list[list[str]]:
    """The rows of a table, header first, from its cells in order; [] where no cut reads as a table (:func:`grid`).

    >>> rows(["Member State", "Percentage", "Afghanistan", "0.005", "Member State", "Percentage", "Albania", "0.010"])
    [['Member State', 'Percentage'], ['Afghanistan', '0.005'], ['Albania', '0.010']]
    """
    return grid(cells)[0]
