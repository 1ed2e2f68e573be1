"""Build: the Lark tree (one token per logical line) -> the model.

Interpretation only: labels and eIds, opening phrases (from the data file), footnote markers resolved against
the footnotes that exist, metadata from the header lines. No structure is decided here; the grammar did that.
"""

from __future__ import annotations

import re
from functools import lru_cache

from lark import Token, Tree

from . import data
from .lex import _ANNEX, _DESIGNATION, _NUM, _SUB, _TITLE, LexResult
from .model import Annex, Footnote, Heading, Paragraph, Resolution, Span, Warning
from .normalize import Line, Normalized

# ---------------------------------------------------------------- opening phrases


@lru_cache(maxsize=1)
def _opening_regex() -> re.Pattern:
    sections = data.sections("opening_phrases.txt")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))

    pattern = (
        rf"^(?:(?:{alt(sections['adverbs'])})\s+)*"
        rf"(?:{alt(sections['phrases'])})"
        rf"(?:\s+(?:{alt(sections['modifiers'])}))*"
        r"(?=[\s,:;]|$)"
    )
    return re.compile(pattern, re.IGNORECASE)


def opening_phrase(text: str) -> str | None:
    m = _opening_regex().match(text)
    return re.sub(r"\s+", " ", m.group(0)) if m else None


# ---------------------------------------------------------------- footnote markers

# digits glued to a word or a closing mark: "Development1", "2013,3", "April 2017;5", "Principles6"
_GLUED = re.compile(r"(?<=[A-Za-z\)\]\"”’'.,;:])(\d{1,3})(?=[\s,;:.)\]”\"]|$)")
# digits standing alone after a word or punctuation: "organization, 4 and", "Development 1 and"
_SPACED = re.compile(r"(?<=[A-Za-z\)\]\"”’'.,;:]) (\d{1,3})(?=[\s,;:.]|$)")
_NOT_BEFORE_MARKER = re.compile(
    r"(?:\b(?:paragraphs?|paras?\.?|resolutions?|decisions?|rules?|articles?|Articles?|Rules?|sections?|annex|annexes|"
    r"chapters?|parts?|goals?|Goals?|targets?|objectives?|items?|No\.|Nos\.|vol\.|p\.|pp\.|page|pages|phase|Phase|"
    r"of|to|in|on|at|by|for|from|the|and|or|than|with|about|over|under|between|some|all|least|most|Protocol|Convention|"
    r"Agenda|Summit|session|meeting|principle|principles|recommendation|recommendations|option|level|step|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)|\d)$",
    re.IGNORECASE,
)
_CAP_AFTER = re.compile(r"^\s+[A-Z0-9]")


def _resolve_markers(holders: list, footnotes: list[Footnote]) -> None:
    """Find footnote markers in document order, remove them from the text, record who cites what.

    ``holders`` are paragraphs and headings in document order. A marker is accepted when its number is a footnote
    of this resolution and fits the order of citation (the next one, or one cited before); numbers standing apart
    from their word ("Development 1 and") only when they are exactly the next footnote.
    """
    numbers = {f.number: f for f in footnotes if f.number.isdigit()}
    if not numbers:
        return
    cited: set[str] = set()
    order = sorted(int(n) for n in numbers)
    pos = 0  # index in order of the next expected footnote

    def next_expected() -> int | None:
        while pos < len(order) and str(order[pos]) in cited:
            advance()
        return order[pos] if pos < len(order) else None

    def advance() -> None:
        nonlocal pos
        pos += 1

    for holder in holders:
        text = holder.text
        hits: list[tuple[int, int, str]] = []
        candidates = [(m, False) for m in _GLUED.finditer(text)] + [(m, True) for m in _SPACED.finditer(text)]
        candidates.sort(key=lambda c: c[0].start())
        for m, spaced in candidates:
            num = m.group(1)
            if num not in numbers:
                continue
            exp = next_expected()
            n = int(num)
            before = text[: m.start()].rstrip()
            if spaced:
                if exp is None or n != exp:
                    continue
                if _NOT_BEFORE_MARKER.search(before) or _CAP_AFTER.match(text[m.end() :]):
                    continue
            else:
                if not (num in cited or (exp is not None and exp <= n <= exp + 3)):
                    continue
            if hits and hits[-1][1] > m.start():
                continue
            hits.append((m.start(), m.end(), num))
            cited.add(num)
            while pos < len(order) and order[pos] <= n and str(order[pos]) in cited:
                advance()
        if not hits:
            continue
        out = []
        last = 0
        for s, e, num in hits:
            out.append(text[last:s])
            last = e
            if num not in holder.footnotes:
                holder.footnotes.append(num)
            label = holder.label if isinstance(holder, Paragraph) else f"heading: {holder.text[:40]}"
            if label not in numbers[num].cited_by:
                numbers[num].cited_by.append(label)
        out.append(text[last:])
        cleaned = "".join(out)
        cleaned = re.sub(r"[ ]{2,}", " ", cleaned)
        cleaned = re.sub(r" ([,;:.])", r"\1", cleaned)
        holder.text = cleaned.strip()


# ---------------------------------------------------------------- the tree


def _span(lines: list[Line]) -> Span:
    a = lines[0].span()
    b = lines[-1].span()
    return Span(a[0], a[1], b[2], b[3])


class _Builder:
    def __init__(self, lex: LexResult, norm: Normalized):
        self.lex = lex
        self.lines = lex.lines
        self.norm = norm
        self.res = Resolution(symbol=None, title=None, date=None)
        self.holders: list = []  # paragraphs and headings in document order
        self.pending_headings: list[Heading] = []
        self.annex: str | None = None
        self.annex_index = 0
        self.counters: dict[str, int] = {}
        self.designation: str | None = None  # "rule 7": the designated unit the text is in

    def line_of(self, tok: Token) -> Line:
        return self.lines[tok.start_pos]

    # -- header
    def header(self, tree: Tree) -> None:
        for tok in tree.children:
            text = tok.value
            if tok.type == "MASTHEAD" and not self.res.symbol:
                m = re.search(r"\bA/RES/\d+/\d+(?:\s?[A-Z](?:-[A-Z])?\b)?", text)
                if m:
                    self.res.symbol = m.group(0).replace(" ", "")
            elif tok.type == "ADOPTED":
                m = re.search(r"\bon\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})", text)
                self.res.date = m.group(1) if m else None
            elif tok.type == "COMMITTEE":
                self.res.committee = text.strip().strip("[]").strip()
            elif tok.type == "TITLE":
                m = _TITLE.match(text)
                self.res.title = re.sub(r"\s+", " ", text[m.end() :]).strip().rstrip("*").strip()
                if not self.res.symbol:
                    suffix = m.group(3) or ""
                    self.res.symbol = f"A/RES/{m.group(1)}/{m.group(2)}" + (f" {suffix}" if suffix else "")

    # -- paragraphs
    def paragraph(self, tree: Tree, kind: str, parent: Paragraph | None = None) -> Paragraph:
        toks = [c for c in tree.children if isinstance(c, Token)]
        head = toks[0]
        line = self.line_of(head)
        text = line.text
        number = ""
        if head.type == "NUM":
            m = _NUM.match(text)
            text = text[m.end() :]
            scope, n = self.lex.numbers[head.start_pos]
            number = str(n)
            label, eid = self._numbered(scope, number)
        elif head.type == "SUB":
            m = _SUB.match(text)
            text = text[m.end() :]
            number = m.group(1)
            assert parent is not None
            label = f"{parent.label} ({number})"
            eid = f"{parent.id}__subpara_{number}"
            kind = "subparagraph"
        elif kind == "preambular":
            k = self._count("pp")
            label, eid = f"PP{k}", f"recital_{k}"
        elif self.designation:
            # unnumbered text of a designated unit: "rule 3" (a second one: "rule 3 U2")
            k = self._count(f"d:{self.annex}:{self.designation}")
            prefix = f"{self.annex} " if self.annex else ""
            label = f"{prefix}{self.designation}" + (f" U{k}" if k > 1 else "")
            eid = self._annex_eid() + self.designation.replace(" ", "_") + (f"__para_u{k}" if k > 1 else "")
        else:
            k = self._count(f"u:{self.annex}")
            prefix = f"{self.annex} " if self.annex else ""
            label = f"{prefix}OP{k}" if not self.annex else f"{prefix}U{k}"
            eid = self._annex_eid() + (f"para_op{k}" if not self.annex else f"para_u{k}")
        body = text.strip()
        for t in toks[1:]:
            more = self.line_of(t).text
            wrap = t.start_pos in self.lex.wraps and body[-1:] not in ".;:"
            body = f"{body} {more}" if wrap else f"{body}\n{more}" if body else more
        para = Paragraph(
            id=eid,
            label=label,
            kind=kind if head.type != "SUB" else "subparagraph",
            number=number,
            text=body,
            span=_span([self.line_of(t) for t in toks]),
            annex=self.annex,
        )
        para.opening = opening_phrase(para.text)
        self._attach_headings(para)
        self.holders.append(para)
        for child in tree.children:
            if isinstance(child, Tree) and child.data == "subs":
                self.subs(child, para)
        return para

    def _numbered(self, scope: str, number: str) -> tuple[str, str]:
        eid_scope = scope.replace(" ", "_").lower() + "__" if scope else ""
        if self.annex:
            label = f"{self.annex} {scope + '.' if scope else ''}{number}"
            return label, self._annex_eid() + f"{eid_scope}para_{number}"
        label = f"{scope}.{number}" if scope else number
        return label, f"{eid_scope}para_{number}"

    def _annex_eid(self) -> str:
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

    def heading(self, tree: Tree) -> None:
        tok = tree.children[0]
        line = self.line_of(tok)
        text = re.sub(r"\s+", " ", line.text).strip()
        h = Heading(text=text, span=_span([line]), annex=self.annex)
        m = _DESIGNATION.match(text)
        if m:
            self.designation = f"{m.group(1).lower()} {m.group(2)}"
        self.res.headings.append(h)
        self.pending_headings.append(h)
        self.holders.append(h)

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
            elif child.data in ("op", "uop", "para", "pp"):
                kind = "preambular" if child.data == "pp" else top_kind
                self.res.paragraphs.append(self.paragraph(child, kind))

    def annex_block(self, tree: Tree) -> None:
        tok = tree.children[0]
        m = _ANNEX.match(tok.value)
        self.annex_index += 1
        name = "annex" + (f" {m.group(1)}" if m and m.group(1) else "")
        self.annex = name
        self.designation = None
        self.counters.pop(f"u:{name}", None)
        children = tree.children[1:]
        title = None
        first = next((c for c in children if isinstance(c, Tree)), None)
        if first is not None and first.data == "heading":
            title = re.sub(r"\s+", " ", self.line_of(first.children[0]).text).strip()
        self.res.annexes.append(Annex(name=name, title=title, span=_span([self.line_of(tok)])))
        self.items(children, "annex")

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
                        m = re.match(r"^(\d+(?:st|nd|rd|th)\s+plenary\s+meeting)\s*(.*)$", tok.value, re.I)
                        self.res.meeting = m.group(1) if m else tok.value
                        if m and m.group(2) and not self.res.date:
                            self.res.date = m.group(2).strip()
            elif child.data == "annex":
                self.annex_block(child)
            elif child.data == "footnotes":
                for fn_tree in child.children:
                    raw = self.norm.footnotes[fn_tree.children[0].start_pos]
                    self.res.footnotes.append(
                        Footnote(raw.number, raw.text, Span(raw.line, raw.column, raw.end_line, raw.end_column))
                    )
        _resolve_markers(self.holders, self.res.footnotes)
        # unnumbered operative paragraph of a single-clause resolution: label it by its place
        self.res.warnings = [Warning(line, msg) for line, msg in self.lex.warnings]
        return self.res


def build(tree: Tree, lex: LexResult, norm: Normalized) -> Resolution:
    return _Builder(lex, norm).build(tree)
