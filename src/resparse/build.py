"""Build: the Lark tree (one token per logical line) -> the model.

Interpretation only: labels and eIds, opening phrases (from the data file), metadata from the header lines. No
structure is decided here; the grammar did that. Footnote markers are the next stage's (:mod:`resparse.footnotes`).
"""

from __future__ import annotations

import re

from lark import Token, Tree

from .phrases import completes_chapeau, is_preambular, opening_phrase
from .lex import _DESIGNATION, LexResult, LineToken, _to_roman
from .shapes import ANNEX, BARE_DESIGNATION, PLENARY_WORDS, TITLE
from .model import Annex, Footnote, Heading, Paragraph, Resolution, Span, Table, Warning
from .normalize import Line, Normalized
from .tables import grid

# ---------------------------------------------------------------- the tree

# the name, in labels, of a text the body adopts after "Adopts the following ...:" ("adopted 2", "adopted 4 (a)")
ADOPTED = "adopted"


def _span(lines: list[Line]) -> Span:
    """From the first character of the first line to the last of the last (as :meth:`Line.span`)."""
    last = lines[-1]
    a = lines[0].source_pos(0)
    b = last.source_pos(max(0, len(last.text) - 1))
    return Span(a[0], a[1], b[0], b[1] + 1)


class _Builder:
    def __init__(self, lex: LexResult, norm: Normalized):
        self.lex = lex
        self.res = Resolution(symbol=None, title=None, date=None, pages=norm.pages)
        self.pending_headings: list[Heading] = []
        self.annex: str | None = None
        self.annex_index = 0
        self.counters: dict[str, int] = {}
        self.designation: str | None = None  # "rule 7": the designated unit the text is in
        self._complements: dict[int, bool] = {}  # id of a chapeau paragraph -> completes_chapeau of its text

    @staticmethod
    def line_of(tok: LineToken) -> Line:
        return tok.source

    # -- header
    def header(self, tree: Tree) -> None:
        for tok in tree.children:
            text = tok.value
            if tok.type == "MASTHEAD":
                m = re.search(r"\bA/RES/\d+/\d+(?:\s?[A-Z](?:-[A-Z])?\b)?", text)
                if m and not self.res.symbol:
                    self.res.symbol = m.group(0).replace(" ", "")
                m = re.search(r"(?<![\d-])(\d{2}-\d{5})(?:\s*\(E\))", text)
                if m and not self.res.job:
                    self.res.job = m.group(1)
            elif tok.type == "ADOPTED":
                m = re.search(r"\bon\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})", text)
                self.res.date = m.group(1) if m else None
            elif tok.type == "COMMITTEE":
                self.res.committee = text.strip().strip("[]").strip()
            elif tok.type == "TITLE":
                m = TITLE.match(text)
                self.res.title = re.sub(r"\s+", " ", text[m.end() :]).strip().rstrip("*").strip()
                if not self.res.symbol:
                    suffix = m.group(3) or ""
                    self.res.symbol = f"A/RES/{m.group(1)}/{m.group(2)}" + (f" {suffix}" if suffix else "")

    # -- paragraphs
    def paragraph(self, tree: Tree, kind: str, parent: Paragraph | None = None) -> Paragraph:
        # its own lines and the lines of the text it quotes (a ``quote`` of the grammar), in the order they stand
        toks = [t for c in tree.children
                for t in ((c,) if isinstance(c, Token) else c.children if c.data == "quote" else ())]
        head = toks[0]
        text = head.body
        number = ""
        if head.type == "NUM":
            number = head.number
            label, eid = self._numbered(head.scope, number)
        elif head.type == "SUB":
            number = head.marker
            assert parent is not None
            label = f"{parent.label} ({number})"
            eid = f"{parent.id}__subpara_{number}"
            kind = "subparagraph"
        elif kind == "preambular" or (
            kind == "operative" and head.type == "TEXT" and not self.annex and is_preambular(opening_phrase(text))
        ):
            # the preamble, or the preamble of a section ("II", "III") between numbered paragraphs
            kind = "preambular"
            k = self._count("pp")
            label, eid = f"PP{k}", f"recital_{k}"
        elif self.designation:
            # unnumbered text of a designated unit: "rule 3" (a second one: "rule 3 U2")
            k = self._count(f"d:{self.annex}:{self.designation}")
            prefix = f"{self.annex} " if self.annex else ""
            label = f"{prefix}{self.designation}" + (f" U{k}" if k > 1 else "")
            eid = self._annex_eid() + self.designation.replace(" ", "_") + (f"__para_u{k}" if k > 1 else "")
        elif head.scope and not self.annex:
            # an unnumbered paragraph of a section of a resolution in sections: the section's one paragraph is
            # cited by the section ("XIX"), another is counted in its section ("XXV U1"), never across sections
            k = self._count(f"s:{head.scope}")
            label = head.scope if head.alone else f"{head.scope} U{k}"
            eid = f"{head.scope.lower()}__para_u{k}"
        else:
            k = self._count(f"u:{self.annex}")
            prefix = f"{self.annex} " if self.annex else ""
            label = f"{prefix}OP{k}" if not self.annex else f"{prefix}U{k}"
            eid = self._annex_eid() + (f"para_op{k}" if not self.annex else f"para_u{k}")
        body = text.strip()
        line = self.line_of(head)
        cut = len(line.text) - len(text) + len(text) - len(text.lstrip())  # the number and spaces cut off
        markers = [(a - cut, b - cut) for a, b in line.sure if a >= cut] if line.text.endswith(text) else []
        quoted: list[tuple[int, int]] = []  # the quoted lines, as line ranges of the text (Paragraph.quoted)
        for t in toks[1:]:
            more = self.line_of(t).text
            wrap = t.wrap and body[-1:] not in ".;:"
            base = len(body) + 1 if body else 0
            markers += [(a + base, b + base) for a, b in self.line_of(t).sure]
            if t.type == "QUOTE":  # a line of its own (a QUOTE never wraps)
                at = body.count("\n") + 1 if body else 0
                if quoted and quoted[-1][1] == at:
                    quoted[-1] = (quoted[-1][0], at + 1)
                else:
                    quoted.append((at, at + 1))
            body = f"{body} {more}" if wrap else f"{body}\n{more}" if body else more
        para = Paragraph(
            id=eid,
            label=label,
            kind=kind if head.type != "SUB" else "subparagraph",
            number=number,
            text=body,
            span=_span([self.line_of(t) for t in toks]),
            annex=self.annex,
            sure_markers=markers,
            quoted=quoted,
        )
        # an item that completes its chapeau's sentence ("... data ... from: (c) Recalls and other corrective
        # measures") opens no clause of its own
        complement = parent is not None and head.type == "SUB" and self._completes(parent)
        para.opening = None if complement else opening_phrase(para.text)
        self._attach_headings(para)
        for child in tree.children:
            if isinstance(child, Tree) and child.data == "subs":
                self.subs(child, para)
        return para

    def _completes(self, parent: Paragraph) -> bool:
        """``completes_chapeau(parent.text)``, read once a chapeau (each of its items asks it; its text is set before
        its items are built and does not change in this stage)."""
        got = self._complements.get(id(parent))
        if got is None:
            got = self._complements[id(parent)] = completes_chapeau(parent.text)
        return got

    def _numbered(self, scope: str, number: str) -> tuple[str, str]:
        eid_scope = scope.replace(" ", "_").lower() + "__" if scope else ""
        if self.annex:
            label = f"{self.annex} {scope + '.' if scope else ''}{number}"
            return label, self._annex_eid() + f"{eid_scope}para_{number}"
        label = f"{scope}.{number}" if scope else number
        return label, f"{eid_scope}para_{number}"

    def _annex_eid(self) -> str:
        if self.annex == ADOPTED:
            return "adopted__"
        return f"annex_{self.annex_index}__" if self.annex else ""

    def _count(self, key: str) -> int:
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def subs(self, tree: Tree, parent: Paragraph) -> None:
        for child in tree.children:
            if child.data == "sub":
                parent.children.append(self.paragraph(child, "subparagraph", parent))
            elif child.data == "heading":
                self.heading(child)
            elif child.data == "table":  # after the item before it, in the list
                self.table(child, parent.children[-1].label if parent.children else parent.label)

    def heading(self, tree: Tree) -> None:
        tok = tree.children[0]
        line = self.line_of(tok)
        text = re.sub(r"\s+", " ", line.text).strip()
        last = self.pending_headings[-1] if self.pending_headings else None
        lead = len(line.text) - len(line.text.lstrip())
        markers = [(a - lead, b - lead) for a, b in line.sure] if text == line.text.strip() else []
        if last is not None and BARE_DESIGNATION.match(last.text):
            # "Rule 25" then "Adjournment of debate", set apart by a blank line: one heading
            end = _span([line])
            last.sure_markers += [(a + len(last.text) + 1, b + len(last.text) + 1) for a, b in markers]
            last.text = f"{last.text} {text}"
            last.span = Span(last.span.line, last.span.column, end.end_line, end.end_column)
            return
        h = Heading(text=text, span=_span([line]), annex=self.annex, sure_markers=markers)
        m = _DESIGNATION.match(text)
        if m:
            self.designation = f"{m.group(1).lower()} {m.group(2)}"
        self.res.headings.append(h)
        self.pending_headings.append(h)

    def table(self, tree: Tree, after: str | None = None) -> None:
        """A table where it stands: after the paragraph ``after`` (a list's item), else the last top-level paragraph
        read (of this annex: none before its first)."""
        line = self.line_of(tree.children[0])
        last = self.res.paragraphs[-1] if self.res.paragraphs else None
        if after is None and last is not None and last.annex == self.annex:
            after = last.label
        if line.columns:  # a markdown pipe table: its rows as written
            cut, unsure = [list(line.cells[k : k + line.columns]) for k in range(0, len(line.cells), line.columns)], ""
        else:
            cut, unsure = grid(line.cells)
        self.res.tables.append(Table(list(line.cells), _span([line]), after, self.annex, cut, list(line.notes),
                                     unsure))

    def _attach_headings(self, para: Paragraph) -> None:
        for h in self.pending_headings:
            h.before = para.label
        self.pending_headings = []

    def items(self, children: list, top_kind: str) -> None:
        for child in children:
            if not isinstance(child, Tree):
                continue
            if child.data == "heading":
                self.heading(child)
            elif child.data == "table":
                self.table(child)
            elif child.data in ("op", "uop", "para", "pp"):
                kind = "preambular" if child.data == "pp" else top_kind
                self.res.paragraphs.append(self.paragraph(child, kind))
            elif child.data == "adopted":
                self.adopted_block(child)

    def adopted_block(self, tree: Tree) -> None:
        """The text adopted by the one operative clause, in the body: labelled as an annex is, "adopted 2"."""
        self.annex = ADOPTED
        self.designation = None
        self.items(tree.children[1:], "annex")
        self.annex = None
        self.designation = None

    def annex_block(self, tree: Tree) -> None:
        tok = tree.children[0]
        m = ANNEX.match(tok.value)
        self.annex_index += 1
        name = "annex" + (f" {m.group(1)}" if m and m.group(1) else "")
        used = {a.name for a in self.res.annexes}
        if name in used:
            # a second annex of the same name (A/RES/79/243: the convention in "Annex", then its interpretative
            # notes under "Annex" again) is named by its position, as a label can name an annex ("annex II 3")
            k = self.annex_index
            while f"annex {_to_roman(k).upper()}" in used:
                k += 1
            name = f"annex {_to_roman(k).upper()}"
        self.annex = name
        self.designation = None
        self.counters.pop(f"u:{name}", None)
        children = tree.children[1:]
        annex = Annex(name=name, title=None, span=_span([self.line_of(tok)]))
        self.res.annexes.append(annex)
        first_heading = len(self.res.headings)
        self.items(children, "annex")
        first = next((c for c in children if isinstance(c, Tree)), None)
        if first is not None and first.data == "heading" and len(self.res.headings) > first_heading:
            annex.title = self.res.headings[first_heading].text  # markers in it go with the footnotes stage

    def build(self, tree: Tree) -> Resolution:
        for child in tree.children:
            if child.data == "header":
                self.header(child)
            elif child.data == "preamble":
                self.items(child.children, "preambular")
            elif child.data == "operative":
                self.items(child.children, "operative")
            elif child.data == "closing":
                for tok in child.children:
                    if tok.type == "PLENARY":
                        m = re.match(rf"^({PLENARY_WORDS})\s*(.*)$", tok.value, re.I)
                        self.res.meeting = m.group(1) if m else tok.value
                        if m and m.group(2) and not self.res.date:
                            self.res.date = m.group(2).strip()
            elif child.data == "annex":
                self.annex_block(child)
            elif child.data == "host":  # the text of the document that holds the resolution: no part of it
                self.res.host_end = child.children[0].line
            elif child.data == "footnotes":
                for fn_tree in child.children:
                    raw = fn_tree.children[0].footnote
                    self.res.footnotes.append(
                        Footnote(raw.number, raw.text, Span(raw.line, raw.column, raw.end_line, raw.end_column))
                    )
        self.res.warnings = [Warning(line, msg) for line, msg in self.lex.warnings]
        return self.res


def build(tree: Tree, lex: LexResult, norm: Normalized) -> Resolution:
    return _Builder(lex, norm).build(tree)
