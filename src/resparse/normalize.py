"""Normalize: source text (markdown conversion or raw PDF text) -> clean logical lines with a map back to the source.

Layout noise is removed here and nowhere else:
- markdown: ``#`` heading marks (kept as a hint), list bullets, ``**``/``*`` emphasis, ``<sup>`` tags;
- PDF text: running page headers (symbol, title lines, job number, "2/5" page counter) after each page break,
  footnote blocks (after a line of underscores, or ``<sup>N</sup>`` lines between paragraphs);
- paragraph numbers or "(a)" alone on a line, paragraphs split by a page break or a footnote block, line wraps,
  trailing spaces, non-breaking hyphens and spaces, ligatures, control characters, a Cyrillic capital standing
  alone for the Latin one it looks like.

The output is a list of :class:`Line` (one per logical line: a paragraph, a heading, a header line) and the raw
footnotes. Every logical line knows where each of its characters came from (:meth:`Line.source_pos`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from heapq import nlargest
from itertools import compress, count, repeat
from operator import attrgetter, contains, itemgetter, not_
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple, Sequence

from .errors import InputError
from .phrases import opening_phrase
from .shapes import (ANNEX_SEPARATOR, ANNEX_TITLED, COMMITTEE_WORDS, FIGURE, FOOTNOTE_RULE, MARKER_WORDS,
                     NUMBERED_HEADING, PLENARY_WORDS, TABLE_NOTE, TERMINAL, ending, table_cell)

# ---------------------------------------------------------------- characters

_CHAR_MAP = {
    "\u2011": "-",  # non-breaking hyphen
    "\u2010": "-",  # hyphen
    "\u00ad": "",  # soft hyphen
    "\u00a0": " ",  # no-break space
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\ufeff": "",
    "\t": " ",
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
for _c in range(32):
    if chr(_c) not in _CHAR_MAP:
        _CHAR_MAP[chr(_c)] = " " if _c in (11, 12) else ""
_CHAR_MAP["\x7f"] = ""

# One pass over a physical line: leading markdown (indent, heading marks, bullet), <sup> tags, emphasis, characters.
# a word set letter-spaced at the start of a line, as the PDF's text gives an emphasised operative verb: "I n v i t e s
# relevant special procedure mandate holders ..." (A/RES/79/172, para. 45; the one such line of the 902 corpus
# texts): a capital and at least three lower-case letters, each after one space, then a space or the line's end
_SPACED = r"[ ]*[A-Z](?: [a-z]){3,}(?= |$)"
# a word broken at a hyphen that the PDF's text joins again with a space: "non- governmental", "self- determination",
# "well- being", "co- hosted", "Non- Proliferation", "UN- Oceans" (the 902 corpus texts: 27 such, in 19 files); not a
# prefix or first word left hanging before the conjunction or preposition that joins it to the next compound's
# ("low- and middle-income", "two- or three-year", "medium- to long-term"): the space stays
_BROKEN_HYPHEN = r"(?<=[A-Za-z]-)[ ]+(?=[A-Za-z])(?!(?:and|or|nor|to|as)\b)"

# a Cyrillic capital that looks as a Latin one, standing alone as a word among Latin text: a part of a resolution
# adopted in parts typed with the Cyrillic letter ("its resolutions 75/257 \u0412 of 7 July 2021", "resolution 57/228
# \u0412 of 13 May 2003", A/RES/79/324 PP1, PP2: the list ended at "75/257", part B and 77/299 lost). Only a letter
# alone, after a printable ASCII character and a space and before punctuation, the line's end or a space and no
# Cyrillic letter: a Cyrillic word, and a Cyrillic preposition before one, keep their letters. The Unicode confusables
# of the Latin capitals (Unicode Technical Standard #39)
_HOMOGLYPHS = dict(zip("\u0410\u0412\u0421\u0415\u041d\u0406\u0408\u041a\u041c\u041e\u0420\u0405\u0422\u0425",
                       "ABCEHIJKMOPSTX"))
_HOMOGLYPH = "(?<=[!-~] )[" + "".join(_HOMOGLYPHS) + "](?=[,.;:)]|$| (?![\u0400-\u04ff]))"

_INLINE = re.compile(
    rf"(?P<spaced>^{_SPACED})"
    r"|(?P<lead>^[ ]*(?P<hash>\#{1,6}[ ]+)?(?:[-+•][ ]+|\*[ ]+(?=\S))?)"
    r"|<sup>(?P<sup>[^<]{0,12})</sup>"
    r"|(?P<emph>\*\*|__|\*(?=[\w(\"“])|(?<=[\w.,;:)\"”])\*)"
    rf"|(?P<hyphen>{_BROKEN_HYPHEN})"
    r"|(?P<char>[" + re.escape("".join(_CHAR_MAP)) + r"])"
    rf"|(?P<homoglyph>{_HOMOGLYPH})"
    r"|(?P<spaces>(?<=\S) {2,}(?=\S))"
)


# a line without any of these needs no cleaning beyond trailing spaces (the common case: plain PDF text): a markdown
# lead, "<", "*", "_", a character of the map, or a run of spaces inside the line
_SPACED_START = re.compile(_SPACED)
_HYPHEN_SPACE = re.compile(_BROKEN_HYPHEN)
_NEEDS_CHARS = re.compile(r"[<*_" + re.escape("".join(_CHAR_MAP)) + r"]|" + _HOMOGLYPH)


def _needs_cleaning(raw: str) -> bool:
    # an ASCII line (a flag of the string, no scan; 97 % of the corpus lines) holds a character of the map only if it
    # holds a control character or DEL, which str.isprintable refuses: tested without the regular expression's scan
    if raw.isascii():
        if not raw.isprintable() or "<" in raw or "*" in raw or "_" in raw:
            return True
        if raw[:1].isalnum() and raw[1:2] != " " and "  " not in raw and "- " not in raw:
            return False  # (most lines) no markdown lead, no letter-spaced word, no run of spaces, no "- " in it
    elif _NEEDS_CHARS.search(raw):
        return True
    inner = raw.strip(" ")
    return bool(inner[:1] in ("#", "-", "+", "•") or "  " in inner
                or (inner[1:2] == " " and _SPACED_START.match(raw)) or ("- " in inner and _HYPHEN_SPACE.search(inner)))


def clean_line(raw: str) -> tuple[str, list[tuple[int, int]], bool]:
    """Clean one physical line. Returns (text, colmap, heading_hint).

    ``colmap`` is a list of breakpoints (clean_offset, source_col), both 0-based: a clean offset maps to the source
    column of the last breakpoint at or before it plus the distance from that breakpoint.
    """
    if not _needs_cleaning(raw):
        return raw.rstrip(), [(0, 0)], False
    out: list[str] = []
    colmap: list[tuple[int, int]] = [(0, 0)]
    pos = 0  # source position consumed
    n = 0  # clean length produced
    heading = False
    for m in _INLINE.finditer(raw):
        s, e = m.span()
        if s == e:
            continue
        if s > pos:
            out.append(raw[pos:s])
            n += s - pos
        if m.group("spaced") is not None:
            rep = m.group("spaced").replace(" ", "")  # "I n v i t e s" -> "Invites"
        elif m.group("lead") is not None:
            heading = heading or bool(m.group("hash"))
            rep = ""
        elif m.group("sup") is not None:
            rep = m.group("sup")
        elif m.group("emph") is not None or m.group("hyphen") is not None:
            rep = ""
        elif m.group("spaces") is not None:
            rep = " "  # runs of spaces inside a line (justified PDF text) are one space
        elif m.group("homoglyph") is not None:
            rep = _HOMOGLYPHS[m.group("homoglyph")]
        else:
            rep = _CHAR_MAP[m.group("char")]
        out.append(rep)
        n += len(rep)
        pos = e
        colmap.append((n, e))
    if pos < len(raw):
        out.append(raw[pos:])
    text = "".join(out)
    stripped = text.rstrip()
    # leading spaces left after the lead group (none) and trailing spaces
    return stripped, colmap, heading


def _clean_stripped(raw: str) -> str:
    """``clean_line(raw)[0].strip()``: a line's clean text without its column map, for the footnote blocks, whose
    text is kept and whose columns are not. A line whose only cleaning is its runs of spaces (an ASCII line with
    no control character, "<", "*", "_", "- ", no markdown lead, no letter-spaced first word: most footnote lines,
    "1   Official Records of the General Assembly, ...") is its words joined by one space (``str.split`` in C);
    any other is cleaned by :func:`clean_line`, whose regular expression visits each run of spaces in Python.

    >>> _clean_stripped("  3   See A/78/1,  para. 4 "), _clean_stripped("  - item  one")
    ('3 See A/78/1, para. 4', 'item one')
    """
    if raw.isascii() and raw.isprintable() and "<" not in raw and "*" not in raw and "_" not in raw and "- " not in raw:
        inner = raw.lstrip(" ")
        if inner[:1] not in ("#", "-", "+") and not (inner[1:2] == " " and _SPACED_START.match(raw)):
            return " ".join(raw.split())
    return clean_line(raw)[0].strip()


# ---------------------------------------------------------------- data types


_OFFSET_OF = attrgetter("offset")
# the column map of a line that cleaning leaves as it is (clean offset 0 is source column 0): shared by all of them
_IDENTITY_MAP = ((0, 0),)
_NO_MARKS: tuple = ()  # the sure markers of a line of a source that marks none: shared, never changed in place
_FIRST_OF = itemgetter(0)


class Piece(NamedTuple):
    """One physical line of a logical line. A tuple: one is made per source line, and a tuple of numbers leaves
    the garbage collector's lists after its first collection (a slots object stays in them)."""

    offset: int  # offset in the logical line where this physical line's text starts
    line: int  # 1-based source line
    colmap: Sequence[tuple[int, int]]


# a Piece from its (offset, line, colmap) tuple, made in C: what the NamedTuple's own __new__ (Python code) does
_piece = partial(tuple.__new__, Piece)


@dataclass(slots=True)
class Line:
    """A logical line: one paragraph, heading or header line, joined from one or more physical lines."""

    text: str
    pieces: list[Piece] = field(default_factory=list)
    heading_hint: bool = False
    gap_before: bool = True
    gap_after: bool = True
    page_break_before: bool = False
    last_physical_len: int = 0
    # starts with a number alone on its line whose full stop was left out ("26" for "26."): the lexer decides
    # whether it is a paragraph number
    bare_number: bool = False
    # (start, end) in ``text`` of footnote markers the source marks as sure (``normalize(..., sure_markers=True)``)
    sure: Sequence[tuple[int, int]] = field(default_factory=list)
    # a table's block (:func:`table_blocks`): its cells in order, one a physical line ("" an empty cell); None for
    # any other line
    cells: tuple[str, ...] | None = None
    notes: tuple[str, ...] = ()  # the notes under a table (shapes.TABLE_NOTE), each joined from its lines
    # a markdown pipe table's cells come a row at a time, ``columns`` each (header first); 0 for the PDF's text,
    # whose rows are found from the cells (resparse.tables.grid)
    columns: int = 0

    @property
    def line(self) -> int:
        return self.pieces[0].line if self.pieces else 0

    def source_pos(self, offset: int) -> tuple[int, int]:
        """(line, column), both 1-based, of a character offset in this logical line."""
        pieces = self.pieces
        if not pieces:
            return (0, 0)
        # the first and the last piece (a span's start and end) without the search: what bisect_right gives there
        if len(pieces) == 1 or offset < pieces[1].offset:
            piece = pieces[0]
        elif offset >= pieces[-1].offset:
            piece = pieces[-1]
        else:
            piece = pieces[max(0, bisect_right(pieces, offset, key=_OFFSET_OF) - 1)]
        rel = max(0, offset - piece.offset)
        colmap = piece.colmap
        if len(colmap) == 1:
            clean0, src0 = colmap[0]
        else:
            clean0, src0 = colmap[max(0, bisect_right(colmap, rel, key=_FIRST_OF) - 1)]
        return (piece.line, src0 + (rel - clean0) + 1)

    def span(self) -> tuple[int, int, int, int]:
        start = self.source_pos(0)
        end = self.source_pos(max(0, len(self.text) - 1))
        return (start[0], start[1], end[0], end[1] + 1)


@dataclass
class RawFootnote:
    number: str
    text: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass
class Normalized:
    lines: list[Line]
    footnotes: list[RawFootnote]
    source_lines: list[str]
    warnings: list[tuple[int, str]] = field(default_factory=list)
    pages: int | None = None  # the largest page count seen in a page counter "2/16"
    sure_markers: bool = False  # the source marks every footnote marker as <sup>N</sup> (a PDF): Line.sure
    page_starts: list[int] = field(default_factory=list)  # 1-based source lines where a new page begins
    # the text ``source_lines`` were cut from (:func:`split_lines`), for the searches of the whole text
    # (:func:`lines_holding`); None where the lines were given without it
    source_text: str | None = None

    def page_of(self, line: int) -> int:
        """0-based page of a 1-based source line (0 throughout for text without page breaks)."""
        return bisect_right(self.page_starts, line)


# ---------------------------------------------------------------- reading


def decode(data: bytes, path: str = "") -> tuple[str, str | None]:
    """Bytes -> text. Refuses binary data; reads non-UTF-8 as cp1252 with a stated fallback (second value)."""
    if not data.strip():
        raise InputError("the file is empty", path=path)
    if b"\x00" in data[:4096]:
        raise InputError("the file is binary, not text (it contains NUL bytes)", path=path)
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"the file is not UTF-8 text (byte {exc.start})", path=path) from None
        return text, f"the file is not valid UTF-8 (byte {exc.start}); read it as Windows-1252"


_LINE_SPLIT = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """The physical lines of a text, cut at "\\r\\n", "\\r" or "\\n" (``_LINE_SPLIT``; not at the other line
    boundaries of ``str.splitlines``). A text without "\\r" is cut by ``str.split``, ten times faster than the
    regular expression over the corpus.

    >>> split_lines("a\\r\\nb\\rc\\nd\\x0ce"), split_lines("a\\nb\\n")
    (['a', 'b', 'c', 'd\\x0ce'], ['a', 'b', ''])
    """
    return text.split("\n") if "\r" not in text else _LINE_SPLIT.split(text)


# ---------------------------------------------------------------- page headers and footnote blocks

_COUNTER = re.compile(r"^\s*\d{1,3}/\d{1,3}\s*$")
_JOB = re.compile(r"^\s*\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})?\s*$")
_SYMBOL_LINE = re.compile(r"^\s*A/RES/[\w/.\- ]+\s*$")
_FN_START = re.compile(r"^\s*(\d{1,3}|\*{1,3})(?:\s+(\S.*?))?\s*$")
_MD_FN = re.compile(r"^\s*<sup>\s*(\d{1,3}|\*{1,3})\s*</sup>\s*(.*?)\s*$")
# a footnote's line that opens with the first number of a range wrapped onto it ("Rio de Janeiro," / "3 – 14 June
# 1992, vol. I, ...": A/RES/78/143 and 79/200 footnote 2): the number and a dash, no footnote's number and text
_RANGE_ON = re.compile(r"[–—-]\s*\d")


def _page_header_lines(raw: list[str]) -> tuple[set[int], set[int]]:
    """Indexes of running header/footer lines, and indexes where a page starts (first line after its header).

    In text extracted from an official PDF, a page ends with an empty line (no space in it); the next page opens
    with the symbol, the running title, the job number and the page counter in some order. Where no empty line
    precedes a counter, the counter and the symbol/job lines next to it are removed.
    """
    drop: set[int] = set()
    starts: set[int] = set()
    n = len(raw)
    handled: set[int] = set()
    # the counter lines, in order: a counter holds "/" ("2/16"), and only such lines are matched
    counter_lines = [k for k in compress(count(), map(contains, raw, repeat("/"))) if _COUNTER.match(raw[k])]
    for i in compress(count(), map(not_, raw)):  # the empty lines
        at = bisect_right(counter_lines, i)  # the first counter after the empty line, if within its next ten lines
        if at == len(counter_lines) or counter_lines[at] >= min(n, i + 11):
            continue
        counter = last = counter_lines[at]
        for k in range(counter + 1, min(n, counter + 3)):
            if _JOB.match(raw[k]):
                last = k
        drop.update(range(i, last + 1))
        handled.add(counter)
        starts.add(last + 1)
    for i in counter_lines:
        if i in handled:
            continue
        near = [k for k in range(max(0, i - 3), min(n, i + 4)) if _JOB.match(raw[k]) or _SYMBOL_LINE.match(raw[k])]
        if near:
            lo, hi = min(near + [i]), max(near + [i])
            drop.update(range(lo, hi + 1))
            starts.add(hi + 1)
    return drop, starts


def lines_holding(raw: list[str], needles: tuple[str, ...], text: str | None = None) -> list[int]:
    """The indexes, in order, of the lines of ``raw`` that hold one of ``needles`` (no needle holds a line break).
    Where ``text`` is given (``raw`` is ``split_lines(text)``) and holds no "\\r" (its lines are cut at "\\n"
    alone), found by searching the text (``str.find``, then the rest of the line skipped) and counting the line
    breaks before each find (``str.count``): a text holds few finds, where a test of every line for each needle
    cost more than the rest of the footnote search (the corpus: some 0.05 s of 0.15 s).

    >>> lines_holding(["a", "__", "b_", "c"], ("_",), "a\\n__\\nb_\\nc"), lines_holding(["a_", "b"], ("_", "a"))
    ([1, 2], [0])
    """
    if text is None or "\r" in text:
        return sorted({i for needle in needles for i in compress(count(), map(contains, raw, repeat(needle)))})
    finds = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            finds.append(at)
            at = text.find("\n", at)  # the next find on a later line
            at = text.find(needle, at) if at >= 0 else -1
    finds.sort()
    out: list[int] = []
    line = pos = 0
    for at in finds:
        line += text.count("\n", pos, at)
        pos = at
        if not out or out[-1] != line:
            out.append(line)
    return out


def _footnote_lines(raw: list[str], drop: set[int], page_starts: set[int],
                    text: str | None = None) -> tuple[set[int], list[RawFootnote]]:
    """Find footnote blocks. Returns the indexes they occupy and the footnotes, in order. ``text``, where given,
    is the text ``raw`` was cut from (:func:`lines_holding`)."""
    used: set[int] = set()
    notes: list[RawFootnote] = []
    n = len(raw)

    def add_text(fn: RawFootnote, text: str, idx: int) -> None:
        fn.text = _glue(fn.text, text).strip()  # as a paragraph's lines join: "3–" / "14 June 1992" is "3–14"
        fn.end_line = idx + 1
        fn.end_column = len(raw[idx].rstrip()) + 1

    last_number = [0]  # the last numbered footnote so far (0: none yet)

    def expected(num: str) -> bool:
        if num.startswith("*"):
            return True
        return not last_number[0] or int(num) == last_number[0] + 1

    # only a line with "<sup>" or a rule of underscores can open a footnote (block): the loop visits those
    i = 0
    for c in lines_holding(raw, ("_____", "<sup>"), text):
        if c < i:
            continue  # inside a block already read
        i = c
        line = raw[i]
        md = _MD_FN.match(line) if "<sup>" in line else None
        if md and i not in drop:
            clean, _, _ = clean_line(md.group(2))
            notes.append(RawFootnote(md.group(1), clean, i + 1, 1, i + 1, len(line.rstrip()) + 1))
            if md.group(1).isdigit():
                last_number[0] = int(md.group(1))
            used.add(i)
            i += 1
            continue
        if "_____" in line and FOOTNOTE_RULE.match(line) and i not in drop:
            # a footnote block must start with a numbered note, or continue one from the previous page
            k = i + 1
            while k < n and not raw[k].strip() and k not in page_starts:
                k += 1
            first = _FN_START.match(raw[k]) if k < n else None
            if not (first and first.group(1) and expected(first.group(1))) and not notes:
                i += 1
                continue
            used.add(i)
            j = i + 1
            current = notes[-1] if notes else None
            while j < n and j not in drop and raw[j] != "":
                text = raw[j]
                used.add(j)
                if text.strip():
                    clean = _clean_stripped(text)
                    m = _FN_START.match(clean)
                    if m and expected(m.group(1)) and not _RANGE_ON.match(m.group(2) or ""):
                        current = RawFootnote(m.group(1), "", j + 1, len(text) - len(text.lstrip()) + 1, j + 1, 0)
                        notes.append(current)
                        if current.number.isdigit():
                            last_number[0] = int(current.number)
                        add_text(current, m.group(2) or "", j)
                    elif current is not None:
                        add_text(current, clean.strip(), j)
                j += 1
            i = j
            continue
        i += 1
    return used, notes


# ---------------------------------------------------------------- logical lines

# A physical line that starts one of these always starts a new logical line.
_MARKER = re.compile(
    r"^(?:\d{1,5}\.(?=\s|$)"
    rf"|\((?:{MARKER_WORDS})\)(?=\s|$)"
    r"|[IVXL]{1,6}\.(?=\s|$)"
    r"|[A-Z]\.(?=\s|$)"
    r"|(?:Rule|Article)\s+\d+\b"
    r"|(?:Annex|ANNEX|Appendix)\b"
    rf"|{PLENARY_WORDS}"
    r"|The General Assembly\b"
    r"|Resolution adopted by\b"
    rf"|{COMMITTEE_WORDS}"
    r"|\d{1,3}/\d{1,4}(?:\s?[A-Z])?\.\s"
    r")"
)
# A marker alone on its line: its text follows on the next line, whatever lies between.
_MARKER_ONLY = re.compile(rf"^(?:\d{{1,5}}\.|\((?:{MARKER_WORDS})\)|[IVXL]{{1,6}}\.|[A-Z]\.)$")
# a paragraph number or sub-paragraph marker followed at once by a sub-paragraph marker: "12. (a) Each State Party",
# "(a) (i) The conversion", also where the first stood alone on its line ("3." / "(a)" / "Each State Party")
_MARKER_THEN_SUB = re.compile(rf"^(?:\d{{1,5}}\.|\((?:{MARKER_WORDS})\))\s+(?=\((?:{MARKER_WORDS})\)(?:\s|$))")
_DESIGNATION_START = re.compile(r"(?:Rule|Article)\s+\d")
_NUMBER_ONLY = re.compile(r"^\d{1,5}\.$")
_SUB_MARKER_LOWER = re.compile(rf"^\((?:{MARKER_WORDS})\)\s+[a-z]")
# Lines that stand alone: nothing is joined to them.
_STANDALONE = re.compile(r"^(?:The General Assembly,?|(?:Annex|ANNEX|Appendix)(?:\s+[IVXL\d]+)?)$")


def opens_paragraph(before: str, text: str) -> bool:
    """Does ``text`` open a paragraph of its own after ``before``, which ends with a comma (footnote digits ignored)?
    It does when it opens with a capitalised opening phrase: a recital ends with a comma and the next one starts
    "Recalling ...", also where the blank line between them was lost. Within a sentence these words are not
    capitalised.

    >>> opens_paragraph("in accordance with the request of the Assembly,", "Having received the opinion")
    True
    >>> opens_paragraph("in accordance with the request of the Assembly,", "New York, on 3 May")
    False
    """
    if not text[:1].isupper():
        return False
    # ending() gives "," only where the text ends with a comma or with footnote digits: the test of its last
    # character first (most lines before a capital end otherwise, and ending() reads the tail's marker)
    last = before[-1:]
    if last.isspace():  # (a line that ends in a word or a mark, most, is not copied to find its last character)
        last = before.rstrip()[-1:]
    if (last != "," and not last.isdigit()) or ending(before) != ",":
        return False
    return opening_phrase(text) is not None


def _joinable(prev: Line, text: str, page_break: bool, short: int = 0, alone: bool = False) -> bool:
    """May ``text``, which follows a gap (blank lines, a page break, a footnote block), continue ``prev``?

    Decided by how ``prev`` ends, footnote digits glued to its end ignored ("session,1" ends with a comma), and by
    what opens ``text``: a lower-case word continues an unfinished sentence; after a page break or a footnote block,
    a line that opens with a capitalised opening phrase ("Recalling that ...", "Takes note") starts a paragraph of
    its own, and a long line cut short without punctuation goes on over the break, as does a full line (not
    ``short`` of the measure) that ends with a comma: a list cut by the page ("69/6 of 31 October 2014, / [page] /
    71/160 of 16 December 2016", 78/310), where a recital's last line, which ends it with a comma, falls short;
    not where ``text`` stands ``alone`` as a heading does (no punctuation at its end, a blank line after it:
    "Social aspects", 78/148)."""
    if prev.heading_hint or prev.cells is not None or _STANDALONE.match(prev.text):
        return False
    if not prev.text.strip():
        return False
    last = ending(prev.text)
    if text[:1].islower() and last not in TERMINAL:
        return True
    if last == "," and page_break and short and prev.last_physical_len >= short and not alone:
        phrase = opening_phrase(text)
        return not (phrase and phrase[:1].isupper())
    if (
        not page_break
        and not alone
        and short
        and prev.last_physical_len >= short
        and last not in TERMINAL + ",)\"”'’!?"
        and opening_phrase(prev.text)
        and not opening_phrase(text)
    ):
        return True  # a blank line inside a recital: its full last line ends without punctuation (79/145 PP42)
    if not page_break or last in TERMINAL + ",)\"”'’!?" or prev.last_physical_len < 40:
        return False
    phrase = opening_phrase(text)
    return not (phrase and phrase[:1].isupper())


def _goes_on(text: str) -> bool:
    """Does the open logical line ``text`` end where no line that follows it without a gap, opening with a capital
    and no marker (``_MARKER``), starts a paragraph of its own or a heading? It does not end with a full stop (a
    sentence ended short of the measure, or a numbered heading after it: ``NUMBERED_HEADING``), a comma or a digit
    (a recital's end, footnote digits glued to it: :func:`opens_paragraph`), nor with white space. Then the lines
    join as the main loop of :func:`normalize` joins them, without its questions.

    >>> _goes_on("in accordance with the Charter of the"), _goes_on("session,1"), _goes_on("Assembly,")
    (True, False, False)
    """
    last = text[-1:]
    return last not in ".," and not last.isdigit() and not last.isspace()


def _glue(left: str, right: str) -> str:
    """``left`` and the line ``right`` joined as a paragraph's lines join: with a space, none after a word's "-",
    "–" or "/". One copy of ``left`` (a paragraph's text so far, joined a line at a time): ``left + " " + right``
    copied it twice."""
    if not left:
        return right
    if left.endswith(("-", "–", "/")) and len(left) > 1 and left[-2].isalnum():
        return left + right
    return f"{left} {right}"


_SUP_DIGITS = re.compile(r"<sup>(\d{1,3})</sup>")


def _sure_offsets(raw: str, colmap: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) in the clean line of the digits of each ``<sup>N</sup>`` of ``raw``."""
    ends = {src: clean for clean, src in colmap}  # the clean offset right after each replacement
    return [(ends[m.end()] - len(m.group(1)), ends[m.end()]) for m in _SUP_DIGITS.finditer(raw) if m.end() in ends]


def normalize(text: str, sure_markers: bool = False) -> Normalized:
    """Source text → :class:`Normalized`. With ``sure_markers`` (a source that marks every footnote marker as
    ``<sup>N</sup>``, as :mod:`resparse.sources.pdf` does), each logical line records where its markers are."""
    raw = split_lines(text)
    drop, page_starts = _page_header_lines(raw)
    fn_used, footnotes = _footnote_lines(raw, drop, page_starts, text)
    skip = drop | fn_used

    short = _measure(raw) - _SHORT_OF_MEASURE  # a physical line shorter than this ends its paragraph early
    lines: list[Line] = []
    cur: Line | None = None
    gap = True
    page_break = False
    open_marker = False  # current line is a marker alone: the next text belongs to it
    standalone = False  # current line stands alone ("The General Assembly,", "Annex II")
    annex_title = False  # current line is the first after an annex heading: the annex's title
    tables = table_blocks(raw, skip, text)
    table_end = -1
    for idx, rawline in enumerate(raw):
        if idx <= table_end:
            continue  # a line of the table read
        if idx in tables:  # a table: one logical line of its cells, nothing joined to it
            if cur is not None:
                cur.gap_after = True
                lines.append(cur)
            cells_end, table_end = tables[idx]
            if _PIPE_ROW.match(rawline):
                cur = _pipe_table_line(raw, idx, cells_end, table_end, page_break)
            else:
                cur = _table_line(raw, idx, cells_end, table_end, skip, page_break)
            open_marker = standalone = annex_title = False
            gap = True
            page_break = False
            continue
        first = rawline[:1]
        if (not gap and idx not in skip and not standalone and not cur.heading_hint
                and (first.islower() or (first.isupper() and _goes_on(cur.text)))
                and not _needs_cleaning(rawline)
                and (first.islower() or _MARKER.match(rawline.rstrip()) is None)):
            # (most lines) a wrapped line that goes on with a lower-case word, right after a line of text (no gap:
            # ``cur`` is open, ``page_break`` false), plain (no cleaning, no lead): what the steps below do with it,
            # without asking their questions — a lower-case start is no marker and opens no paragraph, and a line
            # that is neither a heading nor one that stands alone takes it. So too a line that opens with a capital
            # and no marker after a line that ends mid-sentence (:func:`_goes_on`: "... of the / United Nations"): no
            # paragraph break is read there (the questions below all ask for an end that this one is not)
            clean = rawline.rstrip()
            left = cur.text
            # _glue(left, clean), its test written out: ``left``, the open line's text, is never empty here
            joined = left + clean if left[-1] in "-–/" and left[-2:-1].isalnum() else f"{left} {clean}"
            cur.pieces.append(_piece((len(joined) - len(clean), idx + 1, _IDENTITY_MAP)))
            cur.text = joined
            cur.last_physical_len = len(clean)
            open_marker = False
            continue
        if idx in skip:  # a page header or a footnote block: a page break for the join
            page_break = True
            gap = True
            continue
        if not rawline or rawline.isspace():
            # a blank line (a fifth of the corpus's lines; most PDF lines keep a trailing space, " " alone): its clean
            # text is empty whatever it holds, as cleaning replaces white space by white space or nothing
            gap = True
            continue
        if _needs_cleaning(rawline):
            clean, colmap, hint = clean_line(rawline)
        else:  # the common case: plain PDF text, trailing spaces only; one shared map, never changed in place
            clean, colmap, hint = rawline.rstrip(), _IDENTITY_MAP, False
        lead = len(clean) - len(clean.lstrip()) if clean[:1] == " " else 0
        sure = [(a - lead, b - lead) for a, b in _sure_offsets(rawline, colmap)] if sure_markers else _NO_MARKS
        if lead:
            clean = clean.lstrip()
            colmap = [(max(0, c - lead), s) for c, s in colmap]
            colmap = [(0, colmap[0][1] + lead)] + [(c, s) for c, s in colmap[1:] if c > 0]
        if not clean:
            gap = True
            continue
        upper = clean[0].isupper()  # a lower-case start is no marker and opens no paragraph: skip their tests
        if upper and not gap and cur is not None and cur.text[-1:] == "." and not open_marker:
            # a paragraph break whose blank line the text lost (a bulleted target, then "We commit to taking the
            # following actions:", 79/233): the line before ended a sentence (a word and its full stop; "78/2." is
            # a designation) short of the measure, or this line introduces the numbered paragraph that follows it
            # (it ends with a colon, the next line opens "236.")
            gap = (cur.last_physical_len < short and cur.text[-2:-1].islower()) or (
                clean[-1] == ":" and _next_is_numbered(raw, idx, skip)
            )
        bare = bool(gap and _BARE_NUMBER.match(clean) and _next_starts_upper(raw, idx, skip))
        starts_new = (
            cur is None
            or hint
            or cur.heading_hint
            or standalone
            or bare
            or (
                not clean[0].islower()
                and _MARKER.match(clean) is not None
                and not open_marker
                and not _continues_sentence(
                    cur, clean, short, gap, _NUMBER_ONLY.match(clean) is not None and _next_blank(raw, idx, skip)
                )
            )
            or (upper and not open_marker and opens_paragraph(cur.text, clean))
            # a numbered heading after a line that ended a sentence ("... nutritious food. / Action 4. We will ...",
            # 79/1), also where no blank line sets it apart; not "Sustainable Development / Goal 14: Conserve" (78/128)
            or (upper and not open_marker and NUMBERED_HEADING.match(clean) is not None and ending(cur.text) == ".")
        )
        if not starts_new and gap and not open_marker:
            if annex_title and upper and cur.text[-1:] == ";" and _block_ends_open(raw, idx, skip):
                # the annex's title goes on after a blank line: "Annex / United Nations Convention against
                # Cybercrime; / [blank] / Strengthening International Cooperation ... of Serious Crimes" (A/RES/79/243;
                # its interpretative notes' title has the two parts in one block), a block that ends as a heading does
                starts_new = False
            else:
                # (only asked where _joinable reads it: after a full line)
                alone = clean[-1] not in ".,;:" and cur.last_physical_len >= short and _next_blank(raw, idx, skip)
                starts_new = not _joinable(cur, clean, page_break, short, alone)
        if starts_new:
            # the line after an annex heading is the annex's title
            annex_title = standalone and cur is not None and cur.text[:1] == "A"
            if cur is not None:
                cur.gap_after = gap
                lines.append(cur)
            cur = Line(clean, [_piece((0, idx + 1, colmap))], hint, gap, page_break_before=page_break, bare_number=bare,
                       sure=sure)
            standalone = bool(_STANDALONE.match(clean))  # nothing is joined to it
            # a marker alone on its line ("12.", "(a)"): its text follows on the next line
            open_marker = bare or _MARKER_ONLY.match(clean) is not None
        else:
            assert cur is not None
            joined = _glue(cur.text, clean)
            cur.pieces.append(_piece((len(joined) - len(clean), idx + 1, colmap)))
            if sure:
                cur.sure = [*cur.sure, *((a + len(joined) - len(clean), b + len(joined) - len(clean)) for a, b in sure)]
            cur.text = joined
            open_marker = False  # a joined line holds a space (or a "-", "–", "/" glued): never a marker alone
        cur.last_physical_len = len(clean)
        gap = False
        page_break = False
    if cur is not None:
        cur.gap_after = True
        lines.append(cur)
    lines = _split_leading_markers(lines)
    counters = [int(raw[i].strip().split("/")[1]) for i in drop if _COUNTER.match(raw[i])]
    return Normalized(
        lines=lines,
        footnotes=footnotes,
        source_lines=raw,
        pages=max(counters) if counters else None,
        page_starts=sorted(s + 1 for s in page_starts),
        sure_markers=sure_markers,
        source_text=text,
    )


def _split_leading_markers(lines: list[Line]) -> list[Line]:
    """Each logical line that opens with a paragraph number or marker followed at once by a sub-paragraph marker,
    cut into a line of the number or marker alone and a line from the next marker on: a paragraph (or item) with
    no words of its own whose first item the layout sets on its line ("12. (a) Each State Party shall ...", "(a) (i)
    The conversion ..." in the Convention against Cybercrime, A/RES/79/243, articles 17, 23, 36 and 40). As one
    line, the first item's marker was part of the paragraph's text and the items after it a continuation of it.

    So too a line that opens with an annex heading followed by its title (``shapes.ANNEX_TITLED``: "ANNEX I:
    Resolution adopted by the General Assembly on 6 April 2017", "Annex II — Mapping of ..."), as a note that
    carries a resolution sets it: the heading alone ("ANNEX I", its colon or dash dropped), then the title, as
    where the two stand on lines of their own."""
    out: list[Line] = []
    for ln in lines:
        while ln.text[:1] in _MARKER_FIRST and (m := _MARKER_THEN_SUB.match(ln.text)):
            first, ln = _split_line(ln, m.end())
            out.append(first)
        if ln.text[:1] == "A" and (m := ANNEX_TITLED.match(ln.text)):
            first, ln = _split_line(ln, m.end(), ANNEX_SEPARATOR.search(m.group(0)).start())
            out.append(first)
        out.append(ln)
    return out



_MARKER_FIRST = frozenset("(0123456789")


def _split_line(line: Line, k: int, head_end: int | None = None) -> tuple[Line, Line]:
    """``line`` cut before offset ``k``: the part before (up to ``head_end`` where given, its trailing spaces
    dropped) and the part from ``k`` on, each with the pieces and sure markers of its characters, so that every
    offset still maps to its source."""
    head = line.text[: k if head_end is None else head_end].rstrip()
    pieces: list[Piece] = []
    for j, piece in enumerate(line.pieces):
        end = line.pieces[j + 1].offset if j + 1 < len(line.pieces) else len(line.text)
        if end <= k:
            continue
        if piece.offset >= k:
            pieces.append(Piece(piece.offset - k, piece.line, piece.colmap))
        else:  # the piece the cut falls in: its column map from the cut on
            rel = k - piece.offset
            at = max(0, bisect_right(piece.colmap, rel, key=_FIRST_OF) - 1)
            clean0, src0 = piece.colmap[at]
            colmap = [(0, src0 + rel - clean0)] + [(c - rel, s) for c, s in piece.colmap[at + 1 :]]
            pieces.append(Piece(0, piece.line, colmap))
    first = Line(
        head,
        [p for p in line.pieces if p.offset < len(head)],
        line.heading_hint,
        line.gap_before,
        gap_after=False,
        page_break_before=line.page_break_before,
        last_physical_len=len(head),
        sure=[(a, b) for a, b in line.sure if b <= k],
    )
    rest = Line(
        line.text[k:],
        pieces,
        gap_before=False,
        gap_after=line.gap_after,
        last_physical_len=line.last_physical_len,
        sure=[(a - k, b - k) for a, b in line.sure if a >= k],
    )
    return first, rest


def table_blocks(raw: list[str], skip: set[int], text: str | None = None) -> dict[int, tuple[int, int]]:
    """The tables of a PDF's text, whose cells stand one a line: {index of its first line: (index of its last
    cell, index of its last line)}, the lines between them its notes (``shapes.TABLE_NOTE``: "a See A/80/505.").

    The text is cut into blocks of non-blank lines (page headers and footnote blocks, ``skip``, cut too); a run of
    blocks each of whose lines can be a cell (:func:`shapes.table_cell`, and no paragraph number, sub-paragraph
    marker or heading designation opens it) is a table where it holds at least 4 lines, 2 figures
    (:data:`shapes.FIGURE`: "1", "63 930 800", "(2 061 900)"), a block of 3 lines or more (a heading is a block of
    one or two), and at most a quarter of its lines open with a lower-case letter (a justified paragraph that the
    PDF's text cut a word a line: "coordination / mechanisms, / evacuation"). Blocks of at most two lines with no
    figure at its ends are left out of it: a heading or caption before it ("B. Pension Administration", "Financing
    of the International Residual Mechanism ... / for 2024", A/RES/78/249), a heading after it. A blank line inside a
    table is an empty cell ("Total net change / [blank] / [blank] / 1", A/RES/79/253 19). The tables of the 902
    corpus texts: staffing tables (78/252, 78/253, 79/253, 79/257, 80/242, 80/243), budget tables (78/249, 79/255,
    80/239), the scale of assessments (79/249)."""
    whole = "\n".join(raw) if text is None else text
    pipes = pipe_tables(raw, skip) if "|" in whole else {}
    # first one search of the whole text (``text``, the lines joined) for lines that may be figures: a text with
    # fewer than two (most) holds no table
    found = _FIGURE_LINE.finditer(whole)
    if next(found, None) is None or next(found, None) is None:
        return pipes
    blocks: list[list[int]] = []
    cur: list[int] = []
    for i, r in enumerate(raw):
        if i not in skip and r.strip():
            cur.append(i)
            continue
        if cur:
            blocks.append(cur)
            cur = []
        if i in skip and blocks and blocks[-1]:
            blocks.append([])  # a page break: the blocks on either side may still be one table
    if cur:
        blocks.append(cur)
    out: dict[int, tuple[int, int]] = {}
    run: list[list[int]] = []
    for block in [*blocks, None]:
        if block is not None and (not block or all(_cell(raw[i]) for i in block)):
            if block:
                run.append(block)
            continue
        figures = [sum(1 for i in b if FIGURE.match(raw[i].strip())) for b in run]
        while run and not figures[0] and len(run[0]) <= 2:
            run, figures = run[1:], figures[1:]
        while run and not figures[-1] and len(run[-1]) <= 2:
            run, figures = run[:-1], figures[:-1]
        cells = [i for b in run for i in b]
        if (len(cells) >= 4 and sum(figures) >= 2 and max(map(len, run)) >= 3
                and 4 * sum(1 for i in cells if raw[i].lstrip()[:1].islower()) <= len(cells)):
            end = last = run[-1][-1]
            # the notes under it: the blocks right after it that open as a table's note does ("a See A/80/505.")
            after = [b for b in blocks[blocks.index(run[-1]) + 1 :] if b]
            for b in after:
                if (not TABLE_NOTE.match(raw[b[0]].strip()) or b[0] > end + 4
                        or any(i in skip for i in range(end, b[0]))):  # (not across a page break)
                    break
                end = b[-1]
            out[run[0][0]] = (last, end)
        run = []
    out.update(pipes)
    return out


# a row of a markdown pipe table: "| Action | Title of post |" (GitHub Flavored Markdown, "Tables (extension)"),
# and its delimiter row under the header: "|---|:---:|"
_PIPE_ROW = re.compile(r"^[ ]{0,3}\|.*\|[ \t]*$")
_PIPE_DELIMITER = re.compile(r"^[ ]{0,3}\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$")


def pipe_tables(raw: list[str], skip: set[int]) -> dict[int, tuple[int, int]]:
    """The markdown pipe tables of a text (a markdown conversion of a resolution): {index of the header row: (index
    of the last row, index of the last line of its notes)}, the notes as under a table of the PDF's text (blocks
    right after it that open as a note does, ``shapes.TABLE_NOTE``: "<sup>a</sup> See A/80/505."). A table is a header row, its delimiter row ("|---|---|") and the rows after it up to the first
    line that is no row (a blank line ends it), each row a line that opens and ends with "|" (GitHub Flavored
    Markdown, "Tables (extension)"; the leading and trailing pipes, optional there, are asked for here: a line of
    text with a "|" in it is no row)."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i + 1 < len(raw):
        if i not in skip and _PIPE_ROW.match(raw[i]) and _PIPE_DELIMITER.match(raw[i + 1]):
            last = i + 1
            while last + 1 < len(raw) and last + 1 not in skip and _PIPE_ROW.match(raw[last + 1]):
                last += 1
            end = j = last
            while True:  # its notes: blocks after a blank line that open as a note does, not across a page break
                j += 1
                while j < len(raw) and j not in skip and not raw[j].strip() and j <= end + 4:
                    j += 1
                if (j >= len(raw) or j in skip or j > end + 4 or raw[j - 1].strip()
                        or not TABLE_NOTE.match(clean_line(raw[j])[0].strip())):
                    break
                while j + 1 < len(raw) and j + 1 not in skip and raw[j + 1].strip():
                    j += 1
                end = j
            out[i] = (last, end)
            i = end
        i += 1
    return out


def _pipe_cells(line: str) -> list[str]:
    """The cells of a pipe table's row, each cleaned as a line is (markdown emphasis, ``<sup>``); "\\|" is a pipe
    in a cell."""
    inner = line.strip()[1:-1]
    return [clean_line(c.replace("\\|", "|"))[0].strip() for c in re.split(r"(?<!\\)\|", inner)]


def _pipe_table_line(raw: list[str], start: int, rows_end: int, end: int, page_break: bool) -> Line:
    """The logical line of the pipe table from ``raw[start]`` (its header row) to ``raw[rows_end]`` (its last row),
    its notes up to ``raw[end]``: ``cells`` every row's cells in order, the delimiter row left out, each row cut or
    filled with empty cells to the header's number of cells, ``columns`` that number (as GitHub Flavored Markdown
    reads a row of more or fewer cells); ``notes`` each note joined from its lines; its text the rows' cells and the
    notes joined by a space, a piece for each line, each cell's column its row's first."""
    width = len(_pipe_cells(raw[start]))
    cells: list[str] = []
    notes: list[str] = []
    pieces: list[Piece] = []
    text = ""
    for idx in range(start, end + 1):
        if idx == start + 1:
            continue  # the delimiter row
        if idx > rows_end:
            clean = clean_line(raw[idx])[0].strip()
            if clean:
                if raw[idx - 1].strip():
                    notes[-1] = _glue(notes[-1], clean)
                else:
                    notes.append(clean)
                text = f"{text} {clean}"
                pieces.append(_piece((len(text) - len(clean), idx + 1, [(0, 0)])))
            continue
        row = _pipe_cells(raw[idx])
        row = (row + [""] * width)[:width]
        cells += row
        joined = " ".join(c for c in row if c)
        lead = len(raw[idx]) - len(raw[idx].lstrip())
        if joined:
            text = f"{text} {joined}" if text else joined
            pieces.append(_piece((len(text) - len(joined), idx + 1, [(0, lead)])))
    line = Line(text, pieces, gap_before=True, page_break_before=page_break, cells=tuple(cells), notes=tuple(notes),
                columns=width)
    line.last_physical_len = len(raw[end].rstrip())
    return line


# a line that may be a figure alone (shapes.FIGURE, more loosely: one search of the whole text, a character class
# where the pattern has alternatives, is the cheap test of a text for tables)
_FIGURE_LINE = re.compile(r"\n[ \t]*[(\[]?(?:[–—-]|\d(?:[\d ,.]*\d)?%?)[)\]]?[a-z]?[ \t]*\r?\n")


def _cell(line: str) -> bool:
    """A physical line that can be a table's cell: :func:`shapes.table_cell`, and no marker opens it."""
    text = line.strip()
    return table_cell(text) and _MARKER.match(text) is None and not text.startswith("|")


def _table_line(raw: list[str], start: int, cells_end: int, end: int, skip: set[int], page_break: bool) -> Line:
    """The logical line of the table from ``raw[start]`` to ``raw[end]``: its text the cells and notes joined by a
    space, a piece for each line, ``cells`` every cell in order up to ``raw[cells_end]``, a blank line among them
    an empty one ("") except after a page header (the page's own spacing); ``notes`` the notes after them."""
    cells: list[str] = []
    notes: list[str] = []
    pieces: list[Piece] = []
    text = ""
    after_skip = False
    for idx in range(start, end + 1):
        if idx in skip:
            after_skip = True
            continue
        clean, colmap, _ = clean_line(raw[idx])
        lead = len(clean) - len(clean.lstrip())
        clean = clean.strip()
        if not clean:
            if not after_skip and idx < cells_end:
                cells.append("")
            continue
        after_skip = False
        if idx <= cells_end:
            cells.append(clean)
        elif not notes or not raw[idx - 1].strip():
            notes.append(clean)  # a note under the table (its first line after a blank one)
        else:
            notes[-1] = _glue(notes[-1], clean)  # a note's next line
        if lead:
            colmap = [(0, colmap[0][1] + lead)] + [(max(0, c - lead), s) for c, s in colmap[1:] if c > lead]
        text = f"{text} {clean}" if text else clean
        pieces.append(_piece((len(text) - len(clean), idx + 1, colmap)))
    line = Line(text, pieces, gap_before=True, page_break_before=page_break, cells=tuple(cells), notes=tuple(notes))
    line.last_physical_len = len(clean)
    return line


_BARE_NUMBER = re.compile(r"^\d{1,3}$")
# how much shorter than the measure a line may end a sentence and still be a wrapped line of its paragraph: justified
# text breaks a line only where the next word does not fit, so a wrapped line falls short of the measure by less
# than a long word and its space; a line that ends a sentence further short is its paragraph's last
_SHORT_OF_MEASURE = 25


def _measure(raw: list[str]) -> int:
    """The measure of the text (characters): the length of its longest lines, as the 90th percentile of the lengths
    of its non-empty lines (page headers are few and short, footnotes set to the same measure); 0 for a text of
    fewer than 20 such lines (a snippet, or a markdown conversion with one line a paragraph: no measure to fall
    short of). The percentile is the ``n - k``-th largest length (``k = n * 9 // 10``, its index in ascending order),
    taken by ``heapq.nlargest`` (a heap of a tenth of the lines) rather than a sort of all of them.

    >>> _measure(["x" * i for i in range(1, 21)] + ["", "  "]), _measure(["a"] * 19)
    (19, 0)
    """
    lengths = list(filter(None, map(len, map(str.strip, raw))))
    n = len(lengths)
    return nlargest(n - n * 9 // 10, lengths)[-1] if n >= 20 else 0


def _next_starts_upper(raw: list[str], idx: int, skip: set[int]) -> bool:
    for k in range(idx + 1, min(len(raw), idx + 4)):
        if k in skip or not raw[k].strip():
            continue
        return raw[k].lstrip()[:1].isupper()
    return False


def _block_ends_open(raw: list[str], idx: int, skip: set[int]) -> bool:
    """Does the block of lines from ``idx`` to the next blank line (page headers and footnote blocks skipped) end
    with no punctuation, as a heading or a title does ("... for the Sharing of Evidence in Electronic Form of
    Serious Crimes")? Read up to 12 lines."""
    last = ""
    for k in range(idx, min(len(raw), idx + 12)):
        if k in skip:
            continue
        if not raw[k].strip():
            break
        last = raw[k].strip()
    else:
        return False
    return bool(last) and last[-1] not in TERMINAL + ","


def _next_blank(raw: list[str], idx: int, skip: set[int]) -> bool:
    """Is the line after ``idx`` (page headers and footnote blocks skipped) blank, or the end of the text?"""
    for k in range(idx + 1, len(raw)):
        if k not in skip:
            return not raw[k].strip()
    return True


_NUMBERED = re.compile(r"\s*\d{1,3}\.\s")


def _next_is_numbered(raw: list[str], idx: int, skip: set[int]) -> bool:
    """Does the next line of text after ``idx`` (page headers, footnote blocks and blank lines skipped) open a
    numbered paragraph ("236. We commit to ...", 79/233; "As a follow-up to the present political declaration, we:
    / [blank] / 108. Request the Secretary-General ...", 78/4)?"""
    for k in range(idx + 1, min(len(raw), idx + 12)):
        if k not in skip and raw[k].strip():
            return bool(_NUMBERED.match(raw[k]))
    return False


def _continues_sentence(cur: Line, clean: str, short: int = 0, gap: bool = True, ends_sentence: bool = False) -> bool:
    """A marker-like start that is really running text: "(a) above" wrapped after "paragraph 1"; "Article 73 e of
    the Charter" wrapped after "in accordance with" (78/81), "(Statute, / Article 22)" (78/255): a designation after
    a full line (not ``short`` of the measure) cut at a lower-case word or a comma. A designated heading follows a finished paragraph or a heading line, which
    is short ("I. Representation and credentials / Rule 1").

    A number and its full stop alone on a line, with no ``gap`` before it and a blank line (or the end) after it
    (``ends_sentence``), after a full line of running text cut at a lower-case word, is the sentence's last word: a
    year wrapped to its own line ("... until 13 December / 2028." before the plenary line, 78/125; "... by /
    2030.", 80/117). A paragraph number alone on its line follows a finished paragraph, a heading or a blank line,
    or has its text on the next line (a list of unpunctuated items "3. / Provide accurate ... of migration / 4. /
    Ensure ...", 73/195); a long heading ("... development effectiveness / 35. International ...", 79/323) has the
    paragraph's text on the number's line."""
    if _SUB_MARKER_LOWER.match(clean) and cur.text[-1:] not in TERMINAL + ",":
        return True
    if (
        not gap
        and short
        and ends_sentence
        and _NUMBER_ONLY.match(clean)
        and cur.text[-1:].islower()
        and cur.last_physical_len >= short
        and len(cur.pieces) > 1
    ):
        return True
    if short and _DESIGNATION_START.match(clean) and (cur.text[-1:].islower() or cur.text[-1:] == ",") and (
        cur.last_physical_len >= short
    ):
        return True
    return False
