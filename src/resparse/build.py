"""Build: the Lark tree (one token per logical line) -> the model.

Interpretation only: labels and eIds, opening phrases (from the data file), footnote markers resolved against
the footnotes that exist, metadata from the header lines. No structure is decided here; the grammar did that.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from lark import Token, Tree

from . import data
from .phrases import is_preambular, opening_phrase
from .lex import _DESIGNATION, LexResult, number_prefix
from .shapes import ANNEX, SUB_MARKER, TITLE
from .model import Annex, Footnote, Heading, Paragraph, Resolution, Span, Warning
from .normalize import Line, Normalized

# ---------------------------------------------------------------- footnote markers

# digits glued to a word or a closing mark: "Development1", "2013,3", "April 2017;5", "Principles6"
_GLUED = re.compile(r"(?<=[A-Za-z\)\]\"”’'.,;:])(\d{1,3})(?=[\s,;:.)\]”\"]|$)")
# digits standing alone after a word or punctuation: "organization, 4 and", "Development 1 and"
_SPACED = re.compile(r"(?<=[A-Za-z0-9\)\]\"”’'.,;:]) (\d{1,3})(?=[\s,;:.]|$)")
# digits glued to a year: "Sendai Framework for Disaster Risk Reduction 2015–20307", "Conventions of 19494 and"
_GLUED_YEAR = re.compile(r"(?<![\d/.\-])(?:19|20)\d\d(\d{1,3})(?=[\s,;:.)]|$)")
# digits glued to a resolution number, whose number within the session has at most three digits: "76/17918"
_GLUED_RESNUM = re.compile(r"(?<=\b\d{2}/\d{3})(\d{1,3})(?=[\s,;:.)]|$)")
# digits glued on both sides, a PDF artifact: "Universal Declaration of Human Rights,1as well as"
_GLUED_BOTH = re.compile(r"(?<=[A-Za-z,;.”])(\d{1,3})(?=[a-z]{2})")
# digits glued to the next word, a PDF artifact: "Weapons 6and the advisory opinion"
_GLUED_BEFORE = re.compile(r"(?<=[A-Za-z,;]) (\d{1,3})(?=[a-z])")
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_DOC_END = re.compile(r"\b\d+/\d+$")  # "resolutions 5/1 3 and 5/64"
_BARE_NUMBER_END = re.compile(r"(?:^|\s)\d{1,3},$")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_LIST_AFTER = re.compile(rf"^\s*(?:,\s*|(?:and|or|to)\s+)\d+(?![\d/]|\s+(?:{_MONTHS})\b)")
_QUANTITY_AFTER = re.compile(
    r"^\s+(?:per\s*cent|percent|million|billion|trillion|thousand|hundred|times|years?|months?|weeks?|days?|hours?|"
    r"minutes?|persons?|people|countries|members|working|women|men|children)\b"
)
_CODE_BEFORE_DOT = re.compile(
    r"(?:^|[\s(/])(?:[A-Z0-9/\-]*[A-Z][A-Z0-9/\-]*|\S*/\S*|(?i:Add|Rev|Corr|Amend|Suppl|Nos?|paras?|vol|chap|sect|art|pp?))\.$"
)  # "2/CMA.4", "UNEP/EA.5", "WT/L/508/Add.1", "No.3": a document code or an abbreviation  # "2/CMA.4", "UNEP/EA.5": a document code
_NOT_BEFORE_MARKER = re.compile(
    r"(?:\b(?:paragraphs?|paras?\.?|rules?|articles?|Articles?|Rules?|sections?|annex|annexes|"
    r"chapters?|parts?|goal|targets?|objectives?|items?|No\.|Nos\.|vol\.|p\.|pp\.|page|pages|phase|Phase|"
    r"of|to|in|on|at|by|for|from|the|and|or|than|with|about|over|under|between|some|all|least|most|"
    r"meeting|principle|principles|option|level|step|"
    r"January|February|March|April|May|June|July|August|September|October|November|December))$",
    re.IGNORECASE,
)
_CAP_AFTER = re.compile(r"^\s+[A-Z0-9]")
# digits glued to a name that ends in a number (data/numbered_names.txt): "Agenda 216" is Agenda 21, footnote 6
_NUMBERED_NAMES = data.sections("numbered_names.txt")["names"]
_GLUED_NAME = re.compile(
    "(?:" + "|".join(rf"(?<={re.escape(n)})" for n in _NUMBERED_NAMES) + r")(?P<name>\d{1,3})(?=[\s,;:.)]|$)"
)
# all the marker shapes in one pass; a named group per shape
_ANY_MARKER = re.compile(
    r"(?=\d| \d)(?:"  # every shape starts at a digit or at the space before one: skip other positions fast
    + "|".join(
        "(?:" + p.pattern.replace(r"(\d{1,3})", rf"(?P<{name}>\d{{1,3}})", 1) + ")"
        for name, p in (
            ("glued", _GLUED),
            ("year", _GLUED_YEAR),
            ("resnum", _GLUED_RESNUM),
            ("both", _GLUED_BOTH),
            ("spaced", _SPACED),
            ("before", _GLUED_BEFORE),
        )
    )
    + ")"
)


def _weak_ok(text: str, m: re.Match, how: str) -> bool:
    """Context rules for a number standing apart from its word: "Development 1 and", "organization, 4 and"."""
    before = text[: m.start()].rstrip()
    after = text[m.end() :]
    if before[-1:].isdigit() and not (_YEAR_END.search(before) or _DOC_END.search(before)):
        return False
    if _LIST_AFTER.match(after) and (before[-1:].isalpha() or _BARE_NUMBER_END.search(before)):
        return False  # a list of numbers: "paragraphs 7, 8 and 9", "Goals 5 and 6"
    if _NOT_BEFORE_MARKER.search(before):
        return False  # "paragraph 4", "of 12 September"
    if re.search(r"\b(?:resolutions?|decisions?)$", before, re.IGNORECASE) and re.match(r"/|\s*\(|\s+[A-Z]\b", after):
        return False  # "resolution 217 A (III)", "resolution 1325 (2000)": a number of a document, not a marker
    if _QUANTITY_AFTER.match(after):
        return False  # "4 trillion", "12 working days"
    if how == "spaced" and _CAP_AFTER.match(after) and not (
        re.search(r"[A-Za-z0-9”\")][,;.]$", before) or _YEAR_END.search(before)  # "the 2010 8 Review Conference"
    ):
        return False
    return True


def _resolve_markers(holders: list, footnotes: list[Footnote], page_of=lambda line: 0) -> None:
    """Find footnote markers, remove them from the text, record who cites what.

    ``holders`` are paragraphs and headings in document order. A marker's number must be a footnote of this
    resolution whose text starts on a page where the marker's paragraph is. Markers glued to their word
    ("Development1", "2013,3", "2015–20307") are strong: they fix the order, each above the last (or repeating one
    cited before). Numbers standing apart ("Development 1 and", "organization, 4 and") are weak: they are taken
    only to fill a gap in that order, and only in a context where a number is no quantity or reference.
    """
    numbers = {f.number: f for f in footnotes if f.number.isdigit()}
    if not numbers:
        return
    cands = []  # (holder index, start, end, number, strong)
    for h, holder in enumerate(holders):
        text = holder.text
        found = []
        for m in _ANY_MARKER.finditer(text):
            for how in ("glued", "year", "resnum", "both", "spaced", "before"):
                if m.group(how) is not None:
                    found.append((m, how))
                    break
        if any(name in text for name in _NUMBERED_NAMES):  # rare: a separate scan, overlapping the others
            found += [(m, "name") for m in _GLUED_NAME.finditer(text)]
        for m, group in found:
            num = m.group(group)
            how = "glued" if group in ("year", "resnum", "name", "both") else group
            start, end = m.span() if how == "spaced" else m.span(group)  # a spaced marker takes its space along
            fn = numbers.get(num)
            if fn is None or fn.span.line < holder.span.line:
                continue  # a marker stands before its footnote in the source
            if not page_of(holder.span.line) <= page_of(fn.span.line) <= page_of(holder.span.end_line):
                continue  # ... on the page where its footnote starts
            if how != "glued" and not _weak_ok(text, m, how):
                continue
            if how == "glued" and _CODE_BEFORE_DOT.search(text[:start]):
                continue
            if how == "glued" and re.search(r"\d\.$", text[:start]) and not re.match(r"\s+[A-Z“\"(]|\s*$", text[end:]):
                continue  # "section 3.2", not "in October 2013.19 It builds"
            cands.append((h, start, end, int(num), how == "glued"))
    cands.sort()

    accepted: dict[tuple[int, int], tuple[int, int]] = {}  # (holder, start) -> (end, number)
    cited: set[int] = set()
    highest = 0
    weak_since = 0  # weak candidates since the last strong marker: the numbers a jump may skip are theirs to fill
    for h, s, e, n, strong in cands:
        if not strong:
            weak_since += 1
        elif highest < n <= highest + 3 + weak_since or n in cited:
            accepted[(h, s)] = (e, n)
            cited.add(n)
            highest = max(highest, n)
            weak_since = 0
    strong_order = sorted(accepted)
    # the smallest strong number from each position on: a weak marker must stay below the next strong one
    next_strong = [10**6] * (len(strong_order) + 1)
    for i in range(len(strong_order) - 1, -1, -1):
        next_strong[i] = min(next_strong[i + 1], accepted[strong_order[i]][1])
    spans: dict[int, list[tuple[int, int]]] = {}
    for (h, s), (e, _n) in accepted.items():
        spans.setdefault(h, []).append((s, e))
    lo = 0
    for h, s, e, n, strong in cands:
        if strong:
            if (h, s) in accepted:
                lo = max(lo, n)
            continue
        hi = next_strong[bisect_right(strong_order, (h, s))]
        if n in cited or not lo < n < hi or n > lo + 3:
            continue
        if any(not (e <= s2 or s >= e2) for s2, e2 in spans.get(h, ())):
            continue  # overlaps an accepted marker
        accepted[(h, s)] = (e, n)
        spans.setdefault(h, []).append((s, e))
        cited.add(n)
        lo = n

    by_holder: dict[int, list[tuple[int, int, str]]] = {}
    for (h, s), (e, n) in sorted(accepted.items()):
        by_holder.setdefault(h, []).append((s, e, str(n)))
    for h, hits in by_holder.items():
        holder = holders[h]
        text = holder.text
        out = []
        last = 0
        at = []  # where each marker stood, as an offset into the cleaned text
        for s, e, num in hits:
            out.append(text[last:s])
            last = e
            at.append((len(_clean_text("".join(out)).rstrip()), num))
            if num not in holder.footnotes:
                holder.footnotes.append(num)
            label = holder.label if isinstance(holder, Paragraph) else f"heading: {holder.text[:40]}"
            if label not in numbers[num].cited_by:
                numbers[num].cited_by.append(label)
        out.append(text[last:])
        holder.text = _clean_text("".join(out)).strip()
        holder.markers = [(min(pos, len(holder.text)), num) for pos, num in at]


def _clean_text(text: str) -> str:
    """What removing markers leaves: runs of spaces made one, no space before punctuation, no leading space."""
    text = re.sub(r"[ ]{2,}", " ", text)
    return re.sub(r" ([,;:.])", r"\1", text).lstrip()


# ---------------------------------------------------------------- the tree

# the name, in labels, of a text the body adopts after "Adopts the following ...:" ("adopted 2", "adopted 4 (a)")
ADOPTED = "adopted"

# a heading that is only a designation: "Rule 25", "Article 3", "II.", "A."
_BARE_DESIGNATION = re.compile(r"^(?:(?:Rule|Article|Section|Chapter|Part)\s+[\dIVXL]+|[IVXL]{1,6}\.?|[A-Z]\.)$")


def _span(lines: list[Line]) -> Span:
    a = lines[0].span()
    b = lines[-1].span()
    return Span(a[0], a[1], b[2], b[3])


class _Builder:
    def __init__(self, lex: LexResult, norm: Normalized):
        self.lex = lex
        self.lines = lex.lines
        self.norm = norm
        self.res = Resolution(symbol=None, title=None, date=None, pages=norm.pages)
        self.holders: list = []  # paragraphs and headings in document order
        self.pending_headings: list[Heading] = []
        self.annex: str | None = None
        self.annex_index = 0
        self.counters: dict[str, int] = {}
        self.designation: str | None = None  # "rule 7": the designated unit the text is in
        self.annex_titles: list[tuple[Annex, Heading]] = []

    def line_of(self, tok: Token) -> Line:
        return self.lines[tok.start_pos]

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
        toks = [c for c in tree.children if isinstance(c, Token)]
        head = toks[0]
        line = self.line_of(head)
        text = line.text
        number = ""
        if head.type == "NUM":
            m = number_prefix(line)
            text = text[m.end() :]
            scope, n = self.lex.numbers[head.start_pos]
            number = str(n)
            label, eid = self._numbered(scope, number)
        elif head.type == "SUB":
            m = SUB_MARKER.match(text)
            text = text[m.end() :]
            number = m.group(1)
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

    def heading(self, tree: Tree) -> None:
        tok = tree.children[0]
        line = self.line_of(tok)
        text = re.sub(r"\s+", " ", line.text).strip()
        last = self.pending_headings[-1] if self.pending_headings else None
        if last is not None and _BARE_DESIGNATION.match(last.text):
            # "Rule 25" then "Adjournment of debate", set apart by a blank line: one heading
            end = _span([line])
            last.text = f"{last.text} {text}"
            last.span = Span(last.span.line, last.span.column, end.end_line, end.end_column)
            return
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
            self.annex_titles.append((annex, self.res.headings[first_heading]))  # titled once markers are out

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
        _resolve_markers(self.holders, self.res.footnotes, self.norm.page_of)
        for annex, heading in self.annex_titles:
            annex.title = heading.text
        # unnumbered operative paragraph of a single-clause resolution: label it by its place
        self.res.warnings = [Warning(line, msg) for line, msg in self.lex.warnings]
        return self.res


def build(tree: Tree, lex: LexResult, norm: Normalized) -> Resolution:
    return _Builder(lex, norm).build(tree)
