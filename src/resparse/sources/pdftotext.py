"""Text made by poppler's ``pdftotext`` (plain or ``-layout``) → the normaliser's input, with a map back to the
user's lines, and warnings where the shape of the resolution cannot be recovered.

pdftotext ends every page with a form feed; that is how its text is recognised (:func:`is_pdftotext`). Unlike the
PyMuPDF text the normaliser was written for, it puts the page's running footer (job number, page counter) at the
bottom of the page, the masthead's job number and bar code at the end of page 1, no blank line between
paragraphs, and a footnote's number alone on its line. Recovered here by position on the page:

- the first block of a page (up to its first blank line) is its running header (pages 2 onwards), the last block
  its running footer; both are written after an empty line at the start of the page, cut at wide gaps ("2/13",
  "23-25997"), the shape the normaliser removes as a page header; page 1's footer follows its masthead;
- ``-layout`` text keeps each line's indentation: a line indented beyond the page's text margin starts a
  paragraph (the first-line indent of the official layout), so a blank line is put before it;
- a footnote number alone on its line is joined to the footnote's text.

Plain pdftotext text parts the running header's lines by blank lines (they are the first lines of a page that
also stand on page 1: the symbol, the title), puts page 1's job number among the footnotes, and "78/2." alone
before its title; all three are mended. It marks no paragraph start (and sometimes puts a page's lines out of
order): a line after one that ends a clause short of the measure starts a paragraph; each other place where a
paragraph may start but need not is a warning naming its line. In ``-layout`` text, short lines at the margin
with nothing between them (a title under "Annex I") may be a heading or a paragraph's lines: a warning too. Every
inconsistency of the resulting tree is also a warning (:func:`resparse.parse.parse_source`), so a tree read from
pdftotext is never silently wrong where these checks can see it.
The lines themselves are never changed, only moved or separated, so spans point into the user's file.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..shapes import BARE_DESIGNATION, FOOTNOTE_RULE

FORM_FEED = "\f"
LAYOUT_SHARE = 0.3  # share of the text lines indented by two spaces or more in -layout text
INDENT_STEP = 3  # a line indented this many columns beyond the margin starts a paragraph
LAST_LINE = 0.75  # plain text: a line ending a clause this short of a full line ends its paragraph
SHORT = 0.7  # a line shorter than this share of a full line (from the margin) is short
MAX_WARNINGS = 10
FOOTER_PIECE = 25  # characters: a piece of a running footer is a job number, a page counter or a bar code
HEADER_LINES = 5  # warnings of unsure paragraph starts named one by one
FAR_RIGHT = 30  # ... unless it is set this far right, as is the line above it (the plenary meeting and its date)
_GAP = re.compile(r"\S(?: {3,})\S")
TITLE_NUMBER = re.compile(r"^\d{1,3}/\d{1,4}(?:\s?[A-Z])?\.$")  # "78/2." alone on its line
_FN_NUMBER = re.compile(r"^\s*(?:\d{1,3}|\*{1,3})\s*$")
# "seventy -eighth", "Union - led": pdftotext's spaces around a hyphen of a justified line (English puts none)
_SPACED_HYPHEN = re.compile(r"(?<=[A-Za-z]) - ?(?=[A-Za-z])")
_TRAILING_HYPHEN = re.compile(r"(?<=[A-Za-z]) -\s*$")
_ENDS_CLAUSE = re.compile(r"[,;:]\s*$")
_STARTS_UPPER = re.compile(r"^\s*(?:[A-Z]|\d{1,3}\.\s|\([a-z]{1,4}\)\s)")


@dataclass
class Converted:
    text: str
    lines: list[int]  # per output line: the 1-based line of the user's file
    warnings: list[tuple[int, str]] = field(default_factory=list)  # (user's line, message)


def is_pdftotext(text: str) -> bool:
    """Text with form feeds between pages, as pdftotext writes it (the other extractors resparse knows write none)."""
    return FORM_FEED in text[:200_000]


def _blocks(lines: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    out: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for item in lines:
        if item[1].strip():
            cur.append(item)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _footer_piece(piece: str) -> bool:
    return len(piece) <= FOOTER_PIECE and bool(re.search(r"\d", piece)) and not re.search(r"[A-Za-z]{3}", piece)


def _footer(blocks: list[list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """The page's running footer: its last blocks whose pieces are all short numbers, not words ("2/13",
    "23-25997 (E) 100124", "*2325997*"; not "3rd plenary meeting")."""
    out: list[tuple[int, str]] = []
    for block in reversed(blocks[1:]):
        if len(block) > 3 or not all(_footer_piece(r) for _, ln in block for r in _runs(ln)):
            break
        out[:0] = block
    return out


def _header(page: list[tuple[int, str]], first_page: str) -> list[tuple[int, str]]:
    """The running header of a page of plain text: its first lines that stand on page 1 too (the symbol, the
    title's lines), at most HEADER_LINES of them."""
    out: list[tuple[int, str]] = []
    for n, line in page:
        text = re.sub(r"\s+", " ", line).strip()
        if not text:
            continue
        if len(out) >= HEADER_LINES or len(text) < 8 or text not in first_page:
            break
        out.append((n, line))
    return out


def _runs(line: str) -> list[str]:
    return [r.strip() for r in re.split(r" {3,}", line.strip()) if r.strip()]


def _short_at_margin(line: str, margin: int, full: int) -> bool:
    """A line at the page's margin that ends well short of a full line and without a clause's punctuation."""
    return (
        bool(line.strip())
        and len(line) - len(line.lstrip()) == margin
        and len(line.rstrip()) < margin + SHORT * (full - margin)
        and line.rstrip()[-1] not in ".,;:"
    )


def convert(text: str) -> Converted:
    """pdftotext's text → the normaliser's input (see module doc)."""
    raw = text.split("\n")
    layout = sum(1 for ln in raw if ln.startswith("  ") and ln.strip()) > LAYOUT_SHARE * sum(1 for ln in raw if ln.strip())
    pages: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(raw, start=1):
        parts = line.split(FORM_FEED)
        for k, part in enumerate(parts):
            if k:
                pages.append([])
            pages[-1].append((number, part))
    out_text: list[str] = []
    out_lines: list[int] = []
    warnings: list[tuple[int, str]] = []
    unsure: list[int] = []

    def emit(line: str, number: int) -> None:
        out_text.append(line)
        out_lines.append(number)

    first_page = re.sub(r"\s+", " ", " ".join(line for _, line in pages[0]))
    for index, page in enumerate(pages):
        blocks = _blocks(page)
        if not blocks:
            continue
        footer = _footer(blocks)
        if layout:
            header = blocks[0] if index > 0 and len(blocks) > 1 and len(blocks[0]) <= 3 else []
        else:  # plain text parts the running header's lines by blank lines: they repeat page 1's symbol and title
            header = _header(page, first_page) if index > 0 else []
        skip = {n for n, _ in footer} | {n for n, _ in header}
        if index > 0:
            emit("", page[0][0])
            for n, line in header + footer:
                for run in _runs(line):
                    emit(run, n)
        body = [(n, line) for n, line in page if n not in skip]
        indents = Counter(len(line) - len(line.lstrip()) for _, line in body if line.strip())
        margin = indents.most_common(1)[0][0] if indents else 0  # continuation lines outnumber first lines
        ends = sorted(len(line.rstrip()) for _, line in body if line.strip())
        full = ends[int(0.9 * (len(ends) - 1))] if ends else 0  # where a full line of the page ends
        in_footnotes = False
        masthead_done = index > 0
        previous, previous_n = "", 0
        pending_number: tuple[int, str] | None = None
        for n, line in body:
            if not line.strip():
                if not layout and TITLE_NUMBER.match(previous.strip()):
                    continue  # "78/2." alone, then its title after a blank line (plain text): one line
                previous = ""  # a blank line parts what stands around it
                if pending_number is None:
                    emit(" " if in_footnotes else line, n)
                if not masthead_done and index == 0:
                    masthead_done = True
                    for fn, fline in footer:
                        for run in _runs(fline):
                            emit(run, fn)
                continue
            if FOOTNOTE_RULE.match(line):
                in_footnotes = True
                emit(" ", n)
                emit(line, n)
                continue
            if in_footnotes:
                if not layout and len(line.strip()) >= 5 and all(_footer_piece(r) for r in _runs(line)):
                    continue  # plain text puts page 1's job number among the footnotes: layout noise
                if _FN_NUMBER.match(line):
                    pending_number = (n, line.strip())
                    continue
                if pending_number is not None:
                    emit(f"{pending_number[1]} {line.strip()}", pending_number[0])
                    pending_number = None
                    continue
                emit(line, n)
                continue
            indent = len(line) - len(line.lstrip())
            before = len(previous) - len(previous.lstrip())
            far = indent >= margin + FAR_RIGHT and before >= margin + FAR_RIGHT
            if layout and indent >= margin + INDENT_STEP and previous.strip() and not far:
                emit(" ", n)
            elif not layout and _ENDS_CLAUSE.search(previous) and _STARTS_UPPER.match(line):
                if len(previous.rstrip()) < LAST_LINE * full:
                    emit(" ", n)  # the line before ends short of the measure: a paragraph's last line
                else:
                    unsure.append(n)
            elif (layout and _short_at_margin(previous, margin, full) and _short_at_margin(line, margin, full)
                  and not BARE_DESIGNATION.match(previous.strip())):  # "Rule 2" over its title: one heading
                warnings.append((previous_n, "pdftotext -layout text: short lines at the margin with no blank line "
                                             "or indent between them may be a heading or a paragraph's lines, which "
                                             "the text does not tell; give the PDF itself"))
            emit(_TRAILING_HYPHEN.sub("-", _SPACED_HYPHEN.sub("-", line)), n)
            previous, previous_n = line, n
        if pending_number is not None:
            emit(pending_number[1], pending_number[0])
    if unsure:  # the first few by line, then how many more: each place a paragraph may start but need not
        more = f"; {len(unsure) - MAX_WARNINGS} more such lines" if len(unsure) > MAX_WARNINGS else ""
        for k, n in enumerate(unsure[:MAX_WARNINGS]):
            warnings.append((n, "pdftotext text without -layout does not mark where a paragraph starts: one may "
                                "start on this line; give the PDF itself, or pdftotext -layout text"
                                + (more if k == MAX_WARNINGS - 1 else "")))
    return Converted("\n".join(out_text) + "\n", out_lines, warnings)
