"""Akoma Ntoso front end: an AKN file written by :mod:`resparse.render.akn` (or one of the same shape) → the
:class:`~resparse.model.Resolution` it holds, so that every command reads XML as it reads text.

``is_akn(data)`` says whether bytes are an Akoma Ntoso document (an XML declaration or an ``akomaNtoso`` root);
``read(path)`` and ``read_bytes(data, path)`` return the resolution. What is read: symbol, date, committee and title
from the ``preface``; meeting from the ``conclusions``; paragraphs from ``recital``, ``paragraph`` and ``point``
(eId → id, ``rs:id`` where the unit holds the eId: ``annex_3__rule_22__para_u1`` is ``annex_3__rule_22``; ``class``
→ kind, ``rs:label`` → label, ``num`` → number, the text of their ``p`` without the notes), those of a designated
unit inside its ``rule`` or ``article``; headings from ``crossHeading`` (``before``: the next paragraph of the same
part); tables from ``hcontainer name="table"`` (``rs:after``, its ``table``'s rows, a header of ``th`` where the
rows were recovered, else one cell a row; its notes from ``p class="tableNote"``); footnotes from
``authorialNote`` (``marker`` → number; cited by the paragraphs and headings they stand in) and ``meta/notes``;
annexes from the ``attachments``; spans from ``rs:span``; job, pages and warnings from ``proprietary``.

Raises :class:`resparse.errors.InputError` (one line) for XML that is not well-formed or not an Akoma Ntoso
``statement``, and for one with a DOCTYPE. Entities are not expanded and nothing is fetched from the network.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

# absolute imports: sources/ is the front ends' package (its __init__ comes with the PDF reader, issue 11)
from resparse.errors import InputError
from resparse.sources import is_akn  # noqa: F401  (the sniff test lives with the other format tests)
from resparse.model import Annex, Footnote, Heading, Paragraph, Resolution, Span, Table, Warning, cited_by_label
from resparse.render.akn import AKN, RS, _a, _rs, parse_xml  # the names of the export, read back as written

__all__ = ["is_akn", "read", "read_bytes"]


# elements that group the paragraphs and headings of a part: a preamble's recitals; a designated unit (rule 24 of
# rules of procedure, an article of a convention) whose paragraphs are the unit's
_GROUPS = {_a(t) for t in ("recitals", "rule", "article", "section", "chapter", "part")}


def _span(el) -> Span:
    """``rs:span``; for a file without it, the element's line in the XML."""
    value = el.get(_rs("span"))
    try:
        start, end = value.split("-")
        line, col = start.split(":")
        end_line, end_col = end.split(":")
        return Span(int(line), int(col), int(end_line), int(end_col))
    except (AttributeError, ValueError):
        return Span(el.sourceline or 0, 1, el.sourceline or 0, 1)


class _Reader:
    def __init__(self, root, path: str):
        self.path = path
        self.root = root
        self.footnotes: dict[tuple, Footnote] = {}

    def first(self, el, xpath: str):
        found = el.xpath(xpath, namespaces={"a": AKN, "rs": RS})
        return found[0] if found else None

    def string(self, el, xpath: str) -> str | None:
        node = self.first(el, xpath)
        return None if node is None else "".join(node.itertext())

    # ---- text and notes

    def text(self, el, holder) -> str:
        """The text of ``el`` without its notes; each note becomes a footnote cited by ``holder``, each
        ``quotedText`` (a text quoted after an amending instruction) its ``quoted`` lines."""
        parts: list[str] = []
        quoted: list[tuple[int, int]] = []

        def walk(node) -> None:
            if node.text:
                parts.append(node.text)
            for child in node:
                if child.tag == _a("authorialNote"):
                    self.note(child, holder, len("".join(parts)))
                elif isinstance(child.tag, str):
                    start = len("".join(parts))
                    walk(child)
                    if child.tag == _a("quotedText"):
                        quoted.append((start, len("".join(parts))))
                if child.tail:
                    parts.append(child.tail)

        walk(el)
        text = "".join(parts)
        if quoted and isinstance(holder, Paragraph):
            holder.quoted = [(text.count("\n", 0, a), text.count("\n", 0, b) + 1) for a, b in quoted]
        return text

    def note(self, el, holder, offset: int) -> None:
        number = el.get("marker", "")
        fn = self.footnote(el, number)
        if holder is None:
            return
        if number not in holder.footnotes:
            holder.footnotes.append(number)
        holder.markers.append((offset, number))
        label = cited_by_label(holder)
        if label not in fn.cited_by:
            fn.cited_by.append(label)

    def footnote(self, el, number: str) -> Footnote:
        """One footnote per number and ``rs:span`` (the copies of a note in each paragraph citing it are one); for
        a file without spans, per number and text."""
        p = self.first(el, "a:p")
        text = self.text(p, None) if p is not None else ""
        key = (number, el.get(_rs("span")) or text)
        if key not in self.footnotes:
            self.footnotes[key] = Footnote(number, text, _span(el))
        return self.footnotes[key]

    # ---- paragraphs and headings

    def paragraph(self, el, annex: str | None, parent: Paragraph | None = None) -> Paragraph:
        annex = el.get(_rs("annex"), annex)  # a text the body adopts, numbered in its own scope
        num = self.first(el, "a:num")
        number = "" if num is None else "".join(num.itertext()).strip().strip("().").strip()
        kind = el.get("class") or self.kind_by_place(el, annex, parent)
        label = el.get(_rs("label")) or self.label_by_place(kind, number, annex, parent)
        p = Paragraph(id=el.get(_rs("id")) or el.get("eId", ""), label=label, kind=kind, number=number, text="", span=_span(el),
                      annex=annex)
        block = self.first(el, "a:p | a:content/a:p | a:list/a:intro/a:p")
        if block is not None:
            p.text = self.text(block, p)
            p.opening = block.get(_rs("opening"))
            if p.opening is None and not block.text and len(block) and block[0].tag == _a("i"):
                p.opening = "".join(block[0].itertext())
        pending: list[Heading] = []
        for child in el.xpath("a:list/a:point | a:list/a:crossHeading | a:list/a:hcontainer[@name='table'] "
                              "| a:blockList/a:item", namespaces={"a": AKN}):
            if child.tag == _a("crossHeading"):
                pending.append(self.heading(child, annex))
            elif child.tag == _a("hcontainer"):  # a table in the list
                self.res.tables.append(self.table(child, annex))
            else:
                p.children.append(self.paragraph(child, annex, p))
                for h in pending:
                    h.before = p.children[-1].label
                pending = []
        return p

    # an Akoma Ntoso file from elsewhere has no class and no rs:label: both by the element's place, in UN style

    def kind_by_place(self, el, annex: str | None, parent: Paragraph | None) -> str:
        if parent is not None:
            return "subparagraph"
        if el.tag == _a("recital"):
            return "preambular"
        return "annex" if annex else "operative"

    def label_by_place(self, kind: str, number: str, annex: str | None, parent: Paragraph | None) -> str:
        if parent is not None:
            return f"{parent.label} ({number})"
        if kind == "preambular":
            return f"PP{sum(p.kind == 'preambular' for p in self.res.paragraphs) + 1}"
        return f"{annex} {number}" if annex else number

    def heading(self, el, annex: str | None) -> Heading:
        h = Heading(text=self.text(el, None), span=_span(el), annex=el.get(_rs("annex"), annex),
                    before=el.get(_rs("before")))
        self.text(el, h)  # again, now that the heading's label is known: its notes are cited by it
        self.res.headings.append(h)
        return h

    @staticmethod
    def table(el, annex: str | None) -> Table:
        """A table as :meth:`resparse.render.akn._Writer.table` writes it."""
        ns = {"a": AKN}
        rows = [["".join(c.itertext()).strip() for c in tr] for tr in el.xpath("a:content/a:table/a:tr", namespaces=ns)]
        header = bool(el.xpath("a:content/a:table/a:tr/a:th", namespaces=ns))
        notes = ["".join(p.itertext()) for p in el.xpath("a:content/a:p[@class='tableNote']", namespaces=ns)]
        cells = json.loads(el.get(_rs("cells"))) if el.get(_rs("cells")) else [c for r in rows for c in r]
        return Table(cells, _span(el), el.get(_rs("after")), annex, rows if header else [], notes,
                     el.get(_rs("unsure"), ""))

    def part(self, container, annex: str | None, res: Resolution) -> None:
        """Paragraphs and headings of a body (``hcontainer``) or of the preamble, in document order; a heading's
        ``before`` is the label of the next paragraph."""
        pending: list[Heading] = []
        items = []
        for el in container:
            # the recitals of a preamble; a designated unit's element (``rule``, ``article``, ...) holds its
            # paragraphs and headings
            items.extend(el if el.tag in _GROUPS else [el])
        for el in items:
            if el.tag == _a("crossHeading") or (el.tag == _a("p") and el.get("class") == "crossHeading"):
                h = self.heading(el, annex)
                if h.before is None:
                    pending.append(h)
            elif el.tag == _a("hcontainer") and el.get("name") == "table":
                res.tables.append(self.table(el, annex))
            elif el.tag in (_a("paragraph"), _a("recital")):
                p = self.paragraph(el, annex)
                for h in pending:
                    h.before = p.label
                pending = []
                res.paragraphs.append(p)

    def resolution(self) -> Resolution:
        root = self.root
        if root.tag != _a("akomaNtoso"):
            raise InputError("not an Akoma Ntoso document (the root is not akomaNtoso)", path=self.path)
        doc = self.first(root, "a:statement")
        if doc is None:
            raise InputError("not an Akoma Ntoso resolution (no statement element)", path=self.path)
        pre = self.first(doc, "a:preface")
        res = self.res = Resolution(symbol=None, title=None, date=None)
        if pre is not None:
            res.symbol = self.string(pre, "a:p[@class='symbol']/a:docNumber")
            res.date = self.string(pre, "a:p[@class='adoption']//a:docDate")
            res.committee = self.string(pre, "a:p[@class='committee']/a:docCommittee")
            res.title = self.string(pre, "a:longTitle/a:p/a:docTitle")
        con = self.first(doc, "a:conclusions")
        if con is not None:
            res.meeting = self.string(con, "a:p[@class='meeting']/a:span")
            if res.date is None:
                res.date = self.string(con, "a:p[@class='date']/a:date")
        info = self.first(doc, "a:meta/a:proprietary/rs:document")
        if info is not None:
            res.job = info.get("job")
            res.pages = int(info.get("pages")) if info.get("pages") else None
            res.warnings = [Warning(int(w.get("line", "0")), w.text or "") for w in info.iter(_rs("warning"))]
        preamble = self.first(doc, "a:preamble")
        if preamble is not None:
            self.part(preamble, None, res)
        body = self.first(doc, "a:mainBody/a:hcontainer")
        if body is not None:
            self.part(body, None, res)
        for att in doc.xpath("a:attachments/a:attachment/a:doc", namespaces={"a": AKN}):
            apre = self.first(att, "a:preface")
            name = self.string(apre, "a:p[@class='annex']/a:docNumber") if apre is not None else None
            name = name or "annex"
            annex = Annex(name, None, _span(apre if apre is not None else att))
            title = self.first(apre, "a:longTitle/a:p/a:docTitle") if apre is not None else None
            if title is not None:  # its notes cited by the annex's title, as read from the text
                annex.title = self.text(title, annex)
            res.annexes.append(annex)
            abody = self.first(att, "a:mainBody/a:hcontainer")
            if abody is not None:
                self.part(abody, name, res)
        for note in doc.xpath("a:meta/a:notes/a:note", namespaces={"a": AKN}):
            self.footnote(note, note.get("marker", ""))
        res.footnotes = sorted(self.footnotes.values(), key=lambda f: (f.span.line, f.span.column))
        return res


def read_bytes(data: bytes, path: str = "") -> Resolution:
    """The resolution in an Akoma Ntoso document (see the module doc). Raises :class:`InputError`."""
    return _Reader(parse_xml(data, path), path).resolution()


def read(path: str | os.PathLike) -> Resolution:
    """Read an Akoma Ntoso file into a :class:`Resolution` (``source`` is the path)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path=str(path)) from None
    res = read_bytes(data, str(path))
    res.source = str(path)
    return res
