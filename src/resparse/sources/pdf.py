"""The official PDF → the normaliser's input, read with pypdfium2 (PDFium: Apache-2.0 / BSD-3-Clause).

What PDFium gives for each character — its code point, font size (points) and box — decides the layout; no guess
is made from the words:

- **lines**: characters in PDFium's reading order, cut where PDFium ends a line, and pieces that sit on one
  baseline joined again (PDFium ends a line before a raised footnote marker and after it);
- **footnote markers**: digits or asterisks set smaller than the text of their line (in the official layout 6.5 pt
  beside 10 pt body text) and raised above its baseline; written ``<sup>N</sup>`` glued to the word before them
  (also where the PDF puts a space between), which the normaliser records (``Line.sure``) and the footnote stage
  takes as a marker, with no rule of the text route (:func:`resparse.footnotes.take_sure_markers`);
- **footnote blocks**: the lines under the separator (a line of underscores) of a page; their own leading raised
  number becomes the footnote's number, "N text";
- **running headers and footers** of pages 2 onwards: the lines in the top and bottom bands of the page (symbol,
  running title, job number, page counter "2/9"), cut into their pieces at wide gaps and written after an empty line
  at the start of the page, the shape the normaliser removes as a page header;
- **pages and lines**: every output line knows its page and its line on that page (1-based, top to bottom), so a
  span can point into the PDF (:meth:`PdfText.where`).

Errors (:class:`resparse.errors.InputError`, one line each): not a PDF at all, truncated or damaged, encrypted,
no text layer (a scan), no page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..shapes import FOOTNOTE_RULE

# Bands of a United Nations document page (US letter, 612 x 792 pt) that hold the running header and footer, as
# fractions of the page height from the top and from the bottom. Measured on the official layout: the running
# header sits at 731-751 pt, the footer (job number, page counter, bar code) at 27-49 pt; body text and footnotes
# keep between about 58 and 715 pt.
HEADER_BAND = 0.085
FOOTER_BAND = 0.07
# a character this much smaller than its line's text, raised above the line's baseline, is a superscript
SUPERSCRIPT_SIZE = 0.85
SUPERSCRIPT_RISE = 0.15  # of the line's font size
# white space between two lines taller than this (in font sizes) is a gap between blocks: lines of a paragraph
# stand about 0.3 apart (10 pt type on a 12 pt pitch), paragraphs about 0.9 (an annex line and its title stand on
# the text's pitch: told apart by SHORT_LINE)
BLOCK_GAP = 0.4
# PDFium adds spaces of its own between characters; a gap narrower than this (in font sizes) is kerning or the
# letter spacing of justified text, not a word space
WORD_GAP = 0.18
BOLD = 600  # font weight (PDFium: 400 regular, 700 bold)
BOLD_SAMPLE = 4
# a bold line that ends this far (a fraction of the text width) short of the right margin is a heading line of its
# own ("Annex I" above the annex's title, set on the text's line pitch)
SHORT_LINE = 0.3


@dataclass
class _Char:
    c: str
    size: float
    x0: float
    x1: float
    bottom: float  # loose box (font ascent/descent): the same for every glyph of a font on one baseline
    top: float
    bold: bool | None = None  # None: not asked (see BOLD_SAMPLE)


@dataclass
class _Line:
    chars: list[_Char]
    page: int  # 1-based
    size: float = 0.0  # the largest font size in the line: its text
    base: float = 0.0  # the loose bottom of its text characters
    top: float = 0.0
    rank: int = 0  # 1-based line on its page, top to bottom

    def measure(self) -> None:
        real = [c for c in self.chars if c.c.strip()]
        if not real:
            return
        self.size = max(c.size for c in real)
        body = [c for c in real if c.size >= self.size * SUPERSCRIPT_SIZE]
        self.base = min(c.bottom for c in body)
        self.top = max(c.top for c in real)

    def is_sup(self, ch: _Char) -> bool:
        return (
            (ch.c.isdigit() or ch.c == "*")
            and ch.size < self.size * SUPERSCRIPT_SIZE
            and ch.bottom > self.base + SUPERSCRIPT_RISE * self.size
        )

    @property
    def bold(self) -> bool:
        asked = [c.bold for c in self.chars if c.bold is not None and c.c.strip()]
        return bool(asked) and sum(asked) >= 0.8 * len(asked)

    @property
    def right(self) -> float:
        return self.chars[-1].x1

    def plain(self) -> str:
        return "".join(c.c for c in self.chars).strip()


@dataclass
class PdfText:
    """The text of a PDF in the normaliser's shape, and where each of its lines is in the PDF."""

    text: str
    pages: int
    places: list[tuple[int, int]] = field(default_factory=list)  # per output line: (page, line on the page)
    running: set[int] = field(default_factory=set)  # 1-based lines of the text that are running headers and footers

    def where(self, line: int) -> tuple[int, int]:
        """(page, line on that page), both 1-based, of a 1-based line of :attr:`text`; (0, 0) if unknown."""
        if 1 <= line <= len(self.places):
            return self.places[line - 1]
        return (0, 0)


def _open(data: bytes, path: str):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        why = str(exc).lower()
        if "password" in why or "security" in why:
            raise InputError(
                "the PDF is encrypted (password-protected); save an unprotected copy or give the text", path=path
            ) from None
        raise InputError(
            "the PDF is damaged or truncated (PDFium cannot open it); download it again", path=path
        ) from None


def _page_lines(page, number: int) -> list[_Line]:
    import pypdfium2.raw as raw

    tp = page.get_textpage()
    n = tp.count_chars()
    text = tp.get_text_range() if n else ""
    if len(text) != n:  # one code unit per character expected; else ask character by character
        text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 0) for i in range(n))
    rect = raw.FS_RECTF()
    pieces: list[_Line] = []
    cur: list[_Char] = []
    pending_space = False  # PDFium made up a space here: kept only where the characters stand a word gap apart
    for i, ch in enumerate(text):
        if ch in ("\r", "\n"):
            if cur:
                pieces.append(_Line(cur, number))
                cur = []
            pending_space = False
            continue
        if ch == " " and raw.FPDFText_IsGenerated(tp, i):
            pending_space = True
            continue
        raw.FPDFText_GetLooseCharBox(tp, i, rect)
        x0, bottom, x1, top = rect.left, rect.bottom, rect.right, rect.top
        size = raw.FPDFText_GetFontSize(tp, i)
        if pending_space and cur and x0 - cur[-1].x1 > WORD_GAP * size:
            cur.append(_Char(" ", 0.0, cur[-1].x1, x0, cur[-1].bottom, cur[-1].top))
        pending_space = False
        # the weight of every fourth character is enough to tell a bold line (a ctypes call each)
        bold = raw.FPDFText_GetFontWeight(tp, i) >= BOLD if i % BOLD_SAMPLE == 0 else None
        # PDFium writes a hyphen that ends a line as U+0002 (U+FFFE in a text range)
        cur.append(_Char("-" if ch in ("\x02", "\ufffe") else ch, size, x0, x1, bottom, top, bold))
    if cur:
        pieces.append(_Line(cur, number))
    tp.close()
    lines: list[_Line] = []
    for piece in pieces:
        piece.measure()
        if not piece.size:
            continue
        prev = lines[-1] if lines else None
        if prev is not None and _same_line(prev, piece):
            gap = piece.chars[0].x0 - prev.chars[-1].x1
            if gap > 0.15 * prev.size and prev.chars[-1].c != " ":
                prev.chars.append(_Char(" ", 0.0, prev.chars[-1].x1, piece.chars[0].x0, prev.base, prev.top))
            prev.chars.extend(piece.chars)
            prev.measure()
        else:
            lines.append(piece)
    for rank, line in enumerate(sorted(lines, key=lambda ln: -ln.top), start=1):
        line.rank = rank
    return lines


def _same_line(prev: _Line, piece: _Line) -> bool:
    """A piece that continues ``prev`` to its right on the same baseline (or is a raised marker on it)."""
    if piece.chars[0].x0 < prev.chars[-1].x1 - 1:
        return False
    size = max(prev.size, piece.size)
    if abs(piece.base - prev.base) <= 0.3 * size:
        return True
    small = piece if piece.size < prev.size else prev
    big = prev if small is piece else piece
    # a superscript piece: smaller, inside the vertical extent of the bigger line
    return small.size < big.size * SUPERSCRIPT_SIZE and big.base <= small.base <= big.top


def _block_gap(prev: _Line, line: _Line, left: float, right: float) -> bool:
    """Does ``line`` start a new block after ``prev`` (a blank line between them in the text)? ``left`` and
    ``right`` are the page's text margins (points)."""
    if abs(prev.size - line.size) > 1:
        return True  # a title, a heading or a masthead line set in another size
    if prev.bold and prev.right < right - SHORT_LINE * (right - left):
        return True
    return prev.base - line.top > BLOCK_GAP * min(prev.size, line.size)


def _runs(line: _Line) -> list[str]:
    """A header or footer line cut into its pieces at wide gaps: "2/9", "23-20103"."""
    out: list[str] = []
    cur = ""
    last_x1 = None
    for ch in line.chars:
        if ch.c == " " and not ch.size:
            continue
        if last_x1 is not None and ch.x0 - last_x1 > 1.5 * line.size and cur.strip():
            out.append(cur.strip())
            cur = ""
        cur += ch.c
        if ch.c != " ":
            last_x1 = ch.x1
    if cur.strip():
        out.append(cur.strip())
    return out


def _body_text(line: _Line, in_footnotes: bool) -> str:
    """A line's text with raised markers as ``<sup>N</sup>`` glued to the word before (footnote lines: "N text")."""
    out: list[str] = []
    chars = line.chars
    i = 0
    while i < len(chars):
        ch = chars[i]
        if line.is_sup(ch):
            j = i
            while j < len(chars) and line.is_sup(chars[j]):
                j += 1
            number = "".join(c.c for c in chars[i:j])
            text_so_far = "".join(out).rstrip()
            if in_footnotes and not text_so_far:
                out = [number, " "]
            else:
                out = [text_so_far, f"<sup>{number}</sup>"]
                if j < len(chars) and chars[j].c.isalnum():
                    out.append(" ")
            i = j
            continue
        out.append(ch.c)
        i += 1
    return re.sub(r"[ ]{2,}", " ", "".join(out)).strip()


def read_pdf(source: str | Path | bytes, path: str = "") -> PdfText:
    """Read an official PDF. ``source`` is a path or the file's bytes.

    Returns a :class:`PdfText`. Raises :class:`InputError` for a damaged, truncated or encrypted PDF, and for one
    without a text layer (a scanned page: no characters on any page).
    """
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    path = path or ("" if isinstance(source, bytes) else str(source))
    if b"%%EOF" not in data[-2048:]:  # PDFium would read what it can of a cut file and say nothing
        raise InputError("the PDF is truncated (it does not end with %%EOF); download it again", path=path)
    doc = _open(data, path)
    try:
        if len(doc) == 0:
            raise InputError("the PDF has no pages", path=path)
        out: list[str] = []
        places: list[tuple[int, int]] = []
        header_lines: set[int] = set()
        chars = 0

        def emit(text: str, page: int, rank: int) -> None:
            out.append(text)
            places.append((page, rank))

        for index in range(len(doc)):
            page = doc[index]
            number = index + 1
            height = page.get_height()
            lines = _page_lines(page, number)
            page.close()
            chars += sum(len(ln.chars) for ln in lines)
            running: list[_Line] = []
            body: list[_Line] = []
            for ln in lines:
                top_band = ln.base > height * (1 - HEADER_BAND)
                bottom_band = ln.top < height * FOOTER_BAND
                if number > 1 and (top_band or bottom_band):
                    running.append(ln)
                else:
                    body.append(ln)
            if number > 1:
                emit("", number, 0)
                for ln in sorted(running, key=lambda ln: -ln.top):
                    for run in _runs(ln):
                        emit(run, number, ln.rank)
                        header_lines.add(len(out))
            in_footnotes = False
            prev: _Line | None = None
            left = min((ln.chars[0].x0 for ln in body), default=0.0)
            right = max((ln.right for ln in body), default=0.0)
            for ln in body:
                plain = ln.plain()
                if FOOTNOTE_RULE.match(plain):
                    in_footnotes = True
                    emit(" ", number, ln.rank)
                    emit(plain, number, ln.rank)
                    prev = ln
                    continue
                if prev is not None and not in_footnotes and _block_gap(prev, ln, left, right):
                    emit(" ", number, ln.rank)
                emit(_body_text(ln, in_footnotes), number, ln.rank)
                prev = ln
        if not chars:
            raise InputError(
                "the PDF has no text layer (a scanned image?); run OCR on it first (e.g. ocrmypdf) or give the text",
                path=path,
            )
        return PdfText(text="\n".join(out) + "\n", pages=len(doc), places=places, running=header_lines)
    finally:
        doc.close()
