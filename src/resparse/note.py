"""Draft notes as the checker reads them: Markdown or plain text, or a Word file -> numbered lines with a map back
to the user's file.

- Text (``.md``, ``.txt``, anything not ``.docx``): decoded like a resolution (UTF-8, else Windows-1252 with a
  warning); each physical line is cleaned of its Markdown markup by :func:`resparse.normalize.clean_line` (bullets,
  heading marks, emphasis, ``<sup>``) and a leading ``>`` quote mark, keeping the column map, so that a finding's
  column points into the line as the user wrote it.
- Word (``.docx``, read with python-docx): one line per paragraph of the document, in order, body paragraphs and
  the paragraphs of table cells alike; the line number is the paragraph's number (1-based).

A line is ``indented`` when it is set off from the text: a nested list item or indented line (two spaces or a tab),
a ``>`` quotation, an indented Word paragraph or one in a quotation or second-level list style. The checker takes
indented numbered lines ("22. Calls upon ...", "(a) Requests ...") as reproductions of resolution paragraphs.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .normalize import _CHAR_MAP, Line, Piece, clean_line, split_lines


@dataclass
class NoteLine:
    number: int  # 1-based line of a text file, or paragraph number of a Word document
    raw: str  # as in the file (Word: the paragraph's text)
    text: str  # without markup
    colmap: list[tuple[int, int]]  # clean offset -> 0-based column in ``raw`` (see normalize.clean_line)
    indented: bool = False
    page: int = 0  # a PDF note: the page of this line and the line on that page, both 1-based (0: not a PDF)
    page_line: int = 0


@dataclass
class Note:
    path: str
    lines: list[NoteLine]
    warnings: list[str] = field(default_factory=list)
    kind: str = "text"  # "text" | "docx" | "pdf"

    @property
    def text(self) -> str:
        """The clean lines joined with newlines: what the checker searches."""
        return "\n".join(line.text for line in self.lines)

    def locator(self) -> "Locator":
        return Locator(self)


class Locator:
    """Offsets in :attr:`Note.text` -> (line, column) in the user's file, both 1-based."""

    def __init__(self, note: Note):
        self.starts: list[int] = []
        self.lines: list[Line] = []
        offset = 0
        for line in note.lines:
            self.starts.append(offset)
            self.lines.append(Line(text=line.text, pieces=[Piece(0, line.number, line.colmap)]))
            offset += len(line.text) + 1

    def source_pos(self, offset: int) -> tuple[int, int]:
        i = max(0, bisect_right(self.starts, offset) - 1)
        return self.lines[i].source_pos(offset - self.starts[i])


_QUOTE_MARK = re.compile(r"^[ ]{0,3}(?:>[ ]?)+")
_INDENT = re.compile(r"^(?:[ ]{2,}|\t)(?=\S)")


def text_line(number: int, raw: str) -> NoteLine:
    """One physical line of a Markdown or plain-text note."""
    quoted = _QUOTE_MARK.match(raw)
    shift = quoted.end() if quoted else 0
    indented = bool(quoted) or bool(_INDENT.match(raw))
    text, colmap, _ = clean_line(raw[shift:])
    colmap = [(c, s + shift) for c, s in colmap]
    lead = len(text) - len(text.lstrip())
    if lead:  # leading spaces the fast path of clean_line keeps
        text = text.lstrip()
        colmap = [(0, colmap[0][1] + lead)] + [(max(0, c - lead), s) for c, s in colmap[1:] if c > lead]
    return NoteLine(number, raw, text, colmap, indented)


def map_chars(raw: str) -> tuple[str, list[tuple[int, int]]]:
    """Word text has no Markdown: only the characters are mapped (tabs, no-break spaces, soft hyphens, ligatures,
    as normalize does), leading and trailing spaces dropped; returns (text, colmap)."""
    out: list[str] = []
    colmap = [(0, 0)]
    n = 0
    start = len(raw) - len(raw.lstrip())
    if start:
        colmap = [(0, start)]
    for i in range(start, len(raw)):
        ch = raw[i]
        rep = _CHAR_MAP.get(ch, ch)
        out.append(rep)
        n += len(rep)
        if len(rep) != 1:
            colmap.append((n, i + 1))
    return "".join(out).rstrip(), colmap


def from_text(text: str, path: str = "") -> Note:
    return Note(path, [text_line(i + 1, raw) for i, raw in enumerate(split_lines(text))])


def _from_pdf(text: str, pdf, path: str) -> Note:
    """A PDF note's lines, each placed by its page and line on the page (``PdfText.where``) so that a finding reads
    as the reader of the PDF counts. The running headers and footers and the empty line the reader writes at each
    page break are no part of what the note says: they are left out, so that a sentence or a quotation that runs
    on to the next page is read whole (line numbers still count them, as the extracted text does)."""
    lines = []
    for i, raw in enumerate(split_lines(text), start=1):
        page, page_line = pdf.where(i)
        if i in pdf.running or (page and not page_line and not raw.strip()):
            continue
        line = text_line(i, raw)
        line.page, line.page_line = page, page_line
        lines.append(line)
    return Note(path, lines)


def _docx_paragraphs(doc):
    """Body paragraphs and the paragraphs of table cells, in document order (merged cells once)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, doc)
        elif tag == "tbl":
            seen = set()
            for row in Table(child, doc).rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from cell.paragraphs


_SET_OFF_STYLE = re.compile(r"quot|list\D*[2-9]\b", re.IGNORECASE)


def _indented(paragraph) -> bool:
    fmt = paragraph.paragraph_format
    if fmt.left_indent is not None and fmt.left_indent > 0:
        return True
    style = paragraph.style.name if paragraph.style is not None else ""
    return bool(_SET_OFF_STYLE.search(style or ""))


def from_docx(path: str | Path) -> Note:
    try:
        import docx
    except ImportError:  # pragma: no cover - a declared dependency
        raise InputError("reading .docx needs python-docx (pip install python-docx)", path=str(path)) from None
    try:
        doc = docx.Document(str(path))
    except Exception as exc:  # PackageNotFoundError, zipfile.BadZipFile, KeyError, lxml errors: bad input, no crash
        raise InputError(f"not a readable Word document ({type(exc).__name__})", path=str(path)) from None
    lines = []
    for i, p in enumerate(_docx_paragraphs(doc)):
        raw = p.text
        text, colmap = map_chars(raw)
        lines.append(NoteLine(i + 1, raw, text, colmap, _indented(p)))
    if not any(line.text for line in lines):
        raise InputError("the document has no text", path=str(path))
    return Note(str(path), lines, kind="docx")


def read(path: str | Path) -> Note:
    """Read a note: by its content (:func:`resparse.sources.read_bytes`) a Word document with python-docx, a PDF
    (lines are the lines of its text), anything else as text. Raises InputError for unreadable input (also a .doc,
    an .odt, UTF-16 text, a damaged, encrypted or image-only PDF)."""
    from . import sources

    p = Path(path)
    if p.is_dir():
        raise InputError("is a directory, not a note", path=str(path))
    if p.suffix.lower() == ".docx":
        if not p.exists():
            raise InputError("no such file", path=str(path))
        return from_docx(p)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path=str(path)) from None
    src = sources.read_bytes(data, str(path))
    if src.kind == "docx":
        return from_docx(p)
    if src.pdf is not None:
        note = _from_pdf(src.text, src.pdf, str(path))
    else:
        note = from_text(src.text, str(path))
    note.kind = src.kind
    if src.fallback:
        note.warnings.append(src.fallback)
    return note
