"""Front ends: a file as the user holds it → the normaliser's input text, chosen by the file's content.

``read(path)`` looks at the bytes, not the name:

- ``%PDF-`` → :mod:`resparse.sources.pdf` (pypdfium2): the text in the normaliser's shape and a map from each line
  to its page and line in the PDF;
- a Word 2007+ document (a zip holding ``word/document.xml``) → its paragraphs, one line each (python-docx);
- text from poppler's ``pdftotext`` (form feeds between pages) → :mod:`resparse.sources.pdftotext`: its page
  headers, paragraph starts and footnote numbers put in the normaliser's shape, a map back to the user's lines,
  and a warning for each line whose shape cannot be recovered;
- anything else → text (UTF-8, else Windows-1252 with a warning; UTF-16 that opens with its byte order mark, as
  Windows Notepad saves "Unicode" text, by the mark: :func:`utf16_text`; Markdown is text the normaliser reads).

Refused with one line that says what the file is and what to do (:class:`resparse.errors.InputError`): a Word
97-2003 ``.doc``, an OpenDocument ``.odt`` (or any other zip), an RTF file, UTF-16 text without a byte order mark
(which byte order is a guess) and UTF-16 that does not decode (with the line and column where it breaks), UTF-32,
and every damaged, encrypted or image-only PDF (see :mod:`resparse.sources.pdf`).
"""

from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass, field
from typing import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..normalize import decode
from . import pdftotext
from .pdf import PdfText, read_pdf

__all__ = ["Source", "read", "read_bytes", "PdfText"]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File Binary: Word 97-2003 .doc (also .xls, .msg)


@dataclass
class Source:
    """What a front end read: ``text`` for the normaliser, ``kind`` ("text", "pdf", "docx"), a warning to pass on
    (``fallback``, e.g. the Windows-1252 reading), and for a PDF the page map (``pdf``)."""

    text: str
    kind: str = "text"
    fallback: str | None = None
    pdf: PdfText | None = None
    lines: list[int] | None = None  # per line of ``text``: the user's 1-based line, where the two differ
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (user's line, message): shapes not recovered

    def user_line(self, line: int) -> int:
        """The user's line of a 1-based line of :attr:`text`."""
        if self.lines is not None and 1 <= line <= len(self.lines):
            return self.lines[line - 1]
        return line

    def where(self, line: int) -> tuple[int, int] | None:
        """(page, line on the page) of a 1-based line of :attr:`text` for a PDF; None for other sources."""
        return self.pdf.where(line) if self.pdf is not None else None


def is_akn(data: bytes) -> bool:
    """Do these bytes (the start of a file is enough) look like an Akoma Ntoso XML document? Kept here, apart from
    :mod:`resparse.sources.akn`, so that the test does not import lxml and the XML renderer (start-up, issue 10)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<?xml") or head.startswith(b"<akomaNtoso") or b"<akomaNtoso" in head[:600]


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


def utf16_text(data: bytes, path: str = "") -> str:
    """The text of UTF-16 ``data`` that opens with its byte order mark (FF FE little-endian, FE FF big-endian; the
    mark is not part of the text). Raises :class:`InputError` with the line and column (of the text decoded up to
    there) where the bytes stop being UTF-16: an odd byte at the end, a lone surrogate; and for a NUL character in
    the first 2,048 (binary data behind a mark), as :func:`resparse.normalize.decode` refuses NUL bytes."""
    codec = "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be"
    body = data[2:]
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        before = body[: exc.start - exc.start % 2].decode(codec, errors="replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        raise InputError(f"this UTF-16 text (byte order mark {data[:2].hex(' ').upper()}) stops being UTF-16 at "
                         f"byte {exc.start + 2} ({exc.reason}); save it again as UTF-8", line=line, column=column,
                         path=path) from None
    if "\x00" in text[:2048]:
        raise InputError("the file is binary, not text (it contains NUL characters)", path=path)
    return text


def _text_like(data: bytes) -> bool:
    """Could these bytes be text resparse reads: no NUL byte in the first 4,096 (UTF-16 has its mark or zero bytes
    on one side, :func:`_utf16`), and UTF-8 over their first 4,096 bytes (a character cut at the end aside)?"""
    head = data[:4096]
    if head[:2] in _UTF16_BOMS or _utf16(data):
        return True
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3  # only the last character cut by the 4,096
    return True


def _utf16(data: bytes) -> bool:
    """UTF-16 without a byte order mark, told by its zero bytes (see below)."""
    head = data[:400]
    if len(head) < 8:
        return False
    # text in UTF-16 has its zero bytes on one side only (the high byte of each Latin character); a binary file
    # (a program, an image) has them on both
    odd, even, quarter = head[1::2].count(0), head[0::2].count(0), len(head) // 4
    return (odd > quarter and even < len(head) // 40) or (even > quarter and odd < len(head) // 40)


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and b"opendocument" in z.read("mimetype"):
                return "odt"
    except (zipfile.BadZipFile, OSError, KeyError):
        return "badzip"
    return "zip"


def _docx_text(data: bytes, path: str) -> str:
    import docx

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a damaged package
        raise InputError(f"not a readable Word document ({type(exc).__name__})", path=path) from None
    return "\n".join(p.text for p in doc.paragraphs) + "\n"


def read_bytes(data: bytes, path: str = "") -> Source:
    """Bytes of a file → :class:`Source`. Raises :class:`InputError` for what cannot be read (see module doc)."""
    if not data.strip():
        raise InputError("the file is empty", path=path)
    head = data[:1024]
    if b"%PDF-" in head:
        pdf = read_pdf(data, path=path)
        return Source(pdf.text, "pdf", pdf=pdf)
    if data.startswith(_OLE2):
        raise InputError(
            "this is a Word 97-2003 .doc file (binary); save it as .docx or PDF, or export its text", path=path
        )
    if data.startswith(b"PK\x03\x04"):
        kind = _zip_kind(data)
        if kind == "docx":
            return Source(_docx_text(data, path), "docx")
        if kind == "odt":
            raise InputError(
                "this is an OpenDocument text (.odt); save it as .docx or PDF, or export its text", path=path
            )
        raise InputError("this is a zip archive, not a document; unpack it and give the file inside", path=path)
    if data.startswith(b"{\\rtf"):
        raise InputError("this is an RTF file; save it as .docx or PDF, or as plain text", path=path)
    if str(path).lower().endswith(".pdf") and not _text_like(data):
        # a file named .pdf that is neither a PDF (no "%PDF-" header) nor text: a damaged download, random bytes (a
        # fresh-user trial, 2026-12-03: was "the file is binary, not text (it contains NUL bytes)")
        raise InputError("not a readable PDF: it has no PDF header (%PDF-) and holds binary data; give the "
                         "resolution's official PDF, or its text", path=path)
    if data[:4] in _UTF32_BOMS:
        raise InputError("this is UTF-32 text (its byte order mark says so); save it as UTF-8 "
                         "(e.g. iconv -f UTF-32 -t UTF-8 FILE > FILE.txt)", line=1, column=1, path=path)
    if data[:2] in _UTF16_BOMS:
        text, fallback = utf16_text(data, path), None
    elif _utf16(data):
        big = data[:400][0::2].count(0) > data[:400][1::2].count(0)  # the high byte first: big-endian
        raise InputError(
            f"this looks like UTF-16 text without a byte order mark (from its first byte on, the "
            f"{'first' if big else 'second'} byte of each pair is zero); resparse reads UTF-16 only by its mark: "
            f"save it as UTF-8 (e.g. iconv -f UTF-16{'BE' if big else 'LE'} -t UTF-8 FILE > FILE.txt) or as UTF-16 "
            "with a byte order mark", line=1, column=1, path=path
        )
    else:
        text, fallback = decode(data, path=path)
    if pdftotext.is_pdftotext(text):
        conv = pdftotext.convert(text)
        return Source(conv.text, "pdftotext", fallback, lines=conv.lines, warnings=conv.warnings)
    return Source(text, "text", fallback)


# the files a folder of resolutions holds: official PDFs, their extracted text, markdown conversions
SUFFIXES = (".txt", ".md", ".pdf")


def iter_files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    """Files named directly, or found in directories (recursively, by ``SUFFIXES``, sorted by path). Raises
    :class:`InputError` for a path that does not exist."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(x for x in p.rglob("*") if x.suffix.lower() in SUFFIXES and x.is_file())
        elif p.is_file():
            yield p
        else:
            raise InputError("no such file or directory", path=str(p))


def read(path: str | os.PathLike) -> Source:
    """Read a resolution or note file as its content says (see module doc). Raises :class:`InputError`."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(path))
    if p.is_dir():
        raise InputError("is a directory, not a file", path=str(path))
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path=str(path)) from None
    return read_bytes(data, path=str(path))
