"""Tokenize: logical lines -> one typed token per line, the input of the Lark grammar.

A line's type comes from how it starts ("22.", "(a)", "Annex", "74th plenary meeting") and from its context, the
part a regular expression cannot see and the grammar should not have to:

- a number is a paragraph number only where it continues the numbering; a run "1., 2., ..." nested in the
  numbering (the list of 23 objectives inside A/RES/73/195's annex) is a list item, and a run that restarts after a
  heading (rule 7, paragraphs 1 and 2, in rules of procedure) opens a new numbering scope;
- "(i)" is a letter after "(h)" and a roman numeral elsewhere; a change of marker style opens a deeper level of
  sub-paragraphs (emitted as _INDENT/_DEDENT, as Lark's indenter does for Python);
- text after a numbered paragraph continues it; text in the preamble is a preambular paragraph;
- a document that holds the resolution as its numbered annex ("ANNEX I" before "Resolution adopted by the General
  Assembly ...") takes over again at its next annex ("ANNEX II"), one that holds it as its unnumbered "Annex" at
  its attachment: the resolution ends there (:func:`_host_end`); a second resolution there is an input error.

Anomalies (a number skipped or repeated, a letter out of order) become warnings; the tokens are still produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lark import Token
from lark.lark import PostLex

from . import data
from .errors import InputError, NotAResolution
from .phrases import is_preambular, opening_phrase
from .normalize import Line, Normalized, clean_line, lines_holding, opens_paragraph
from .shapes import (ANNEX, ANNEX_SEPARATOR, ANNEX_TITLED, COMMITTEE, NUMBERED_HEADING, PLENARY, SUB_MARKER, TITLE,
                     amendment_clause, amendment_instruction, ending)

_GA = re.compile(r"^The General Assembly\b,?\s*(?:,)?$")
_GA_PREFIX = re.compile(r"^The General Assembly\s*,")
_ADOPTED = re.compile(r"^Resolution adopted by the General Assembly\b")
_SYMBOL = re.compile(r"^\W*(?:United Nations\s+)?(A/RES/\d+/\d+)\W*$")  # the masthead's symbol line
# a section heading of a resolution in sections (budget resolutions: "XIX", "XIX International Trade Centre", "B.")
_SECTION = re.compile(r"^([IVXL]{1,6}|[A-Z])\.?(?:\s|$)")
_NUM = re.compile(r"^(\d{1,5})\.(?:\s+|$)")
_BARE_NUM = re.compile(r"^(\d{1,3})\s+")


def number_prefix(line: Line) -> re.Match | None:
    """The paragraph number a line starts with: "22. " or, for a number alone on its line that lost its full stop,
    "22 " — only when a drafting phrase follows ("26 / Condemns ..."), not a table's figures ("3 / Reclassification")."""
    if not line.text[:1].isdecimal():
        return None  # (most lines) both patterns open with a decimal digit (what "\d" matches: str.isdecimal)
    m = _NUM.match(line.text)
    if m or not line.bare_number:
        return m
    m = _BARE_NUM.match(line.text)
    return m if m and opening_phrase(line.text[m.end() :]) else None
# a heading by its designation: "I. Representation and credentials", "A. General", "Rule 1", and a section of a
# resolution in sections, "II Strategic heritage plan ..." (a roman numeral and a capital: no paragraph starts so)
_HEAD_DESIGNATED = re.compile(
    r"^(?:[IVXL]{1,6}|[A-Z])\.\s+\S|^[IVXL]{1,6}\s+[A-Z][a-z]|^(?:Rule|Article|Section|Chapter|Part)\s+[\dIVXL]+\b"
)
_DESIGNATION = re.compile(r"^(Rule|Article|Section|Chapter|Part)\s+([\dIVXL]+)\b")

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(s: str) -> int:
    total = 0
    prev = 0
    for ch in reversed(s.lower()):
        v = _ROMAN.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def _is_roman(s: str) -> bool:
    if not s or any(c not in _ROMAN for c in s.lower()):
        return False
    v = roman_value(s)
    return 0 < v < 400 and _to_roman(v) == s.lower()


def _to_roman(v: int) -> str:
    out = []
    for val, sym in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while v >= val:
            out.append(sym)
            v -= val
    return "".join(out)


_STR_NEW = str.__new__  # a Token is a str: its text made as Token._future_new makes it


class LineToken(Token):
    """A token for one logical line, carrying what the lexer decided about it, so that build reads only the tree.

    ``source`` the :class:`~resparse.normalize.Line`; ``body`` its text without the paragraph number or marker;
    ``number`` and ``scope`` of a numbered paragraph (NUM: "22", "" or "rule 7"); ``marker`` and ``style`` of a
    sub-paragraph (SUB: "ii", "i" — styles 'a' letters, 'i' romans, 'A' capitals, '1' digits); ``level`` the
    sub-paragraph depth the line stands at (0 top level, 1 the first level of sub-paragraphs; None: no change, a
    continuation line or a heading inside a list), read by :class:`Nesting`; ``wrap`` a continuation line that
    continues the sentence before it (joined with a space, not a line break); ``footnote`` the raw footnote of a
    FOOTNOTE token.
    """

    source: Line
    body: str
    number: str = ""
    scope: str = ""
    marker: str = ""
    style: str = ""
    level: int | None = 0
    wrap: bool = False
    footnote: object = None
    alone: bool = False

    @classmethod
    def of(cls, kind: str, line: Line, index: int, text: str | None, level: int | None, **facts) -> "LineToken":
        """The token of kind ``kind`` for ``line`` (the ``index``-th logical line), its value ``text`` (default the
        line's text), with the lexer's ``facts`` (``number=``, ``marker=``, ...) as attributes.

        One a logical line: made in one call, as Lark's ``Token._future_new`` makes a token (its string, then each
        field of ``Token.__slots__``: type, start_pos, value, line, column, end_line, end_column, end_pos), without
        that call nor its wrapper that looks for the keyword ``type_`` (Lark >= 1.2, as grammars._token), and the
        facts set at once in the token's ``__dict__``: 1.1 us a token against 1.7 through Lark's public ``Token(...)``
        (the twenty-sixth session). tests/test_fast_paths.py holds every field to those of a token Lark's public
        constructor makes, and fails by name on a Lark whose Token has other fields; pyproject.toml pins the Lark
        versions tested (``grammars.LARK_PIN``)."""
        value = line.text if text is None else text
        tok = _STR_NEW(cls, value)
        tok.type = kind
        tok.start_pos = index
        tok.value = value
        tok.line = line.line
        tok.column = 1
        tok.end_line = tok.end_column = tok.end_pos = None
        tok.source = line
        tok.body = line.text
        tok.level = level
        if facts:
            tok.__dict__.update(facts)
        return tok


class Nesting(PostLex):
    """Lark's postlex for the sub-paragraph levels, in the idiom of its ``Indenter``: where a token's ``level`` is
    deeper than the current one, an _INDENT; where it is shallower, one _DEDENT per level closed; at the end, the
    levels still open are closed."""

    always_accept = ()

    def process(self, stream):
        depth = 0
        tok = None
        for tok in stream:
            level = getattr(tok, "level", None)
            if level is not None:
                while depth > level:
                    depth -= 1
                    yield Token.new_borrow_pos("_DEDENT", "", tok)
                while depth < level:
                    depth += 1
                    yield Token.new_borrow_pos("_INDENT", "", tok)
            yield tok
        while depth and tok is not None:
            depth -= 1
            yield Token.new_borrow_pos("_DEDENT", "", tok)


@dataclass
class LexResult:
    tokens: list[Token]
    lines: list[Line]
    warnings: list[tuple[int, str]] = field(default_factory=list)
    # per line index: (scope, number) of numbered paragraphs
    numbers: dict[int, tuple[str, int]] = field(default_factory=dict)
    # lines that start with a number but only continue the sentence before them ("launched in / 2007. These")
    wraps: set[int] = field(default_factory=set)


# ---------------------------------------------------------------- shapes


# "Adopts the following political declaration:", "Adopts the following Pact for the Future and its annexes:": an
# operative clause that introduces the text it adopts, which follows it in the body with its own numbering
_FOLLOWING = re.compile(r"\s+the\s+following\b")


def adoption_clause(line: Line) -> bool:
    """Does this unnumbered line adopt the text that follows it ("Adopts the following political declaration:")?

    An operative opening phrase (data/opening_phrases.txt), then "the following", and a colon at its end."""
    if ending(line.text) != ":":  # the cheap test first: most lines end otherwise
        return False
    phrase = opening_phrase(line.text)
    if not phrase or is_preambular(phrase):
        return False
    return bool(_FOLLOWING.match(line.text, len(phrase)))


def _adoption(lines: list[Line], shapes: list[str], ga: int) -> int | None:
    """Index of the unnumbered clause that opens an adopted text in the body, if the body has one: it stands
    before any numbered paragraph, heading or annex."""
    for i in range(ga + 1, len(lines)):
        if shapes[i] != "TEXT":
            return None
        if adoption_clause(lines[i]):
            return i
    return None


def _chapeau_of_what_follows(line: Line, before: Line, nxt: int | None, shapes: list[str], numbers: dict) -> bool:
    """An unnumbered clause that stands on its own between two numbered paragraphs and introduces the next ones
    ("We therefore commit to scale up our efforts and implement the following actions:", declarations annexed to
    GA resolutions): the paragraph before it is finished (";" or "."), it ends with a colon and a numbered
    paragraph of the same numbering follows. It is a heading-like unit of the text, not part of the paragraph
    before it."""
    return (
        line.gap_before
        and ending(before.text) in (";", ".")
        and ending(line.text) == ":"
        and nxt is not None
        and shapes[nxt] == "NUMC"
        and nxt in numbers
    )


def _set_apart(line: Line, before: Line) -> bool:
    """A clause that the source sets apart after a clause that ends with a comma opens a paragraph of its own: a
    blank line (or a page break the normalizer did not join across) before it, and a capital. In the preamble of a
    declaration or convention in an annex each recital is its own paragraph, also where it opens with words no data
    file lists ("Further committing to build ...", A/RES/79/1 annex II), and so is the clause that closes it
    ("Declare the following:", "Have agreed as follows:", A/RES/79/243 and 80/162). Within a sentence the
    normalizer joins a line to the one before (a wrapped line, a list cut by a page break)."""
    return line.gap_before and line.text[:1].isupper() and ending(before.text) == ","


def _heads_first_item(lines: list[Line], shapes: list[str], i: int, nxt: int, style: str) -> bool:
    """Does the heading at ``i`` stand between a paragraph that introduces a list and the list's first item, which
    opens at ``nxt``: the paragraph's last line (above the headings) ends with a colon, the item is the first of its
    style ("(a)", "(i)") and the heading is a title, not a designated one ("A.", "II.", "Article 3"), which opens a
    part of the text. "27. To ensure that countries have the necessary resources ...: / Transparency and
    accountability in fiscal systems / (a) We commit to ..." (A/RES/79/323): the items are 27's, under their
    headings, not an unnumbered paragraph "(a) We commit ..." with the items after it glued on."""
    j = i - 1
    while j > 0 and shapes[j] == "HEADING":
        j -= 1
    if ending(lines[j].text) != ":" or _HEAD_DESIGNATED.match(lines[i].text) or NUMBERED_HEADING.match(lines[i].text):
        return False
    return ordinal(SUB_MARKER.match(lines[nxt].text).group(1), style) == 1


def number_prefixes(lines: list[Line]) -> list[re.Match | None]:
    """:func:`number_prefix` of each of ``lines``, in order: read once a line, by :func:`classify` (a line's shape,
    and its neighbour's number before a heading), :func:`decide_numbering` and :func:`tokenize` (a paragraph's
    number and body)."""
    return [number_prefix(ln) for ln in lines]


def _shape(line: Line, in_body: bool, next_line: Line | None = None, after_annex: bool = False,
           prefix: re.Match | None = None, next_prefix: re.Match | None = None) -> str:
    """The shape of ``line`` by itself and its neighbours (:func:`classify`); ``prefix`` and ``next_prefix`` are
    :func:`number_prefix` of it and of ``next_line``."""
    if line.cells is not None:
        return "TABLE"  # the normalizer's table block (normalize.table_blocks): its cells are no paragraph
    t = line.text
    first = t[:1]  # each of the next patterns opens with one character: asked only where it stands first
    if first.isdecimal() and PLENARY.match(t):
        return "PLENARY"
    if in_body and first == "A" and ANNEX.match(t):
        return "ANNEX"
    if prefix:
        return "NUMC"
    if first == "(" and SUB_MARKER.match(t):
        return "SUB"
    if not in_body:
        return "TEXT"
    if line.heading_hint or _HEAD_DESIGNATED.match(t) or NUMBERED_HEADING.match(t):
        # a designated heading, also one that ends with a full stop ("Action 4. We will close ...", 79/1)
        return "HEADING"
    if (
        # the line right after "Annex" is set apart by it as by a blank line: the annex's title ("Annex / United
        # Nations principles for consumer product safety", A/RES/80/119; the PDF text often has no blank between)
        (line.gap_before or after_annex)
        # a blank line after it, or a marker opens the next line (read only where the rest is asked)
        and (line.gap_after
             or (next_line is not None and bool(next_prefix or SUB_MARKER.match(next_line.text))))
        # a heading amid the text is short; the annex's title is the whole block under "Annex", whatever its
        # length: the UN layout sets it in bold and a blank line ends it, before the body or a subtitle (the place
        # and dates of a conference). "Provisional agenda of the 2025 United Nations Conference to Support the
        # Implementation of Sustainable Development Goal 14: Conserve ... development", four lines, 217
        # characters (A/RES/78/128 annexes I to III, 78/327's, 79/243's annex II); so is the title of a text
        # adopted in the body, under its adoption clause: "Political declaration of the high-level meeting to
        # review progress made in addressing the priorities of small island developing States through the
        # implementation of the SIDS Accelerated Modalities of Action (SAMOA) Pathway", 220 characters (A/RES/74/3;
        # was an unnumbered paragraph "adopted U1")
        and (len(t) <= 200 or after_annex)
        and ending(t) not in (".", ",", ";", ":")
        and (t[:1].isupper() or t[:1].isdigit())
        # a recital whose comma was lost is no heading: "Having received the report ... for 2022" (78/8)
        and not is_preambular(opening_phrase(t))
    ):
        return "HEADING"
    return "TEXT"


# ---------------------------------------------------------------- numbering


def _number_runs(cands: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    runs: list[list[tuple[int, int]]] = []
    for idx, n in cands:
        if runs and n == runs[-1][-1][1] + 1:
            runs[-1].append((idx, n))
        else:
            runs.append([(idx, n)])
    return runs


def _decide_numbers(
    cands: list[tuple[int, int]], heading_before: dict[int, list[str]], lines: list[Line], warnings: list
) -> dict[int, tuple[str, int]]:
    """Which numbered lines of one section are paragraph numbers. Returns {line index: (scope, number)}."""
    runs = _number_runs(cands)
    decided: dict[int, tuple[str, int]] = {}
    scope = ""
    restarts = 0
    last: int | None = None
    for k, run in enumerate(runs):
        first_idx, start = run[0]
        if last is None:
            if start != 1:
                warnings.append((lines[first_idx].line, f"numbering starts at {start}, not 1"))
            scope = _scope_name(heading_before.get(first_idx, []), None)
            accept = True
        elif start == last + 1:
            accept = True
        elif start == 1:
            # a nested list if the numbering it interrupts goes on later — before the next numbering that restarts
            # after a heading (the next section's "1.")
            resumes = False
            for later in runs[k + 1 :]:
                if later[0][1] == last + 1:
                    resumes = True
                    break
                if later[0][1] == 1 and heading_before.get(later[0][0]):
                    break
            if resumes:
                accept = False
            elif heading_before.get(first_idx):
                restarts += 1
                scope = _scope_name(heading_before[first_idx], restarts + 1)
                accept = True
            else:
                accept = False
        elif last + 1 < start <= last + 3:
            missing = ", ".join(str(x) for x in range(last + 1, start))
            warnings.append((lines[first_idx].line, f"paragraph number skipped: {missing} (after {last} comes {start})"))
            accept = True
        elif start == last:
            warnings.append((lines[first_idx].line, f"paragraph number {start} repeated"))
            accept = True
        else:
            accept = False
        if accept:
            for idx, n in run:
                decided[idx] = (scope, n)
            last = run[-1][1]
    if restarts and runs:
        # numbering restarts under section headings ("I", "II", ...): the first section is named too
        first_scope = _scope_name(heading_before.get(runs[0][0][0], []), 1)
        if not first_scope.startswith("part"):
            decided = {i: (first_scope if sc == "" else sc, n) for i, (sc, n) in decided.items()}
    elif scope and any(_designations(heading_before.get(i, [])) - {scope} for i in sorted(decided)[1:]):
        # the designation over the first number ("Article 2") scopes the numbering only where it restarts under the
        # next one: numbers that run on under other designations ("Article 2 / 1. 2. / Article 17 / 3. / Articles 23
        # and 35 ... / 4.", the interpretative notes on a convention's articles, A/RES/79/243's second annex) are
        # the text's own, the headings name what each note is on
        decided = {i: ("", n) for i, (sc, n) in decided.items()}
    return decided


def _section_kind(name: str) -> str:
    """ "I" for a roman section name ("XIX"), "A" for a letter ("B")."""
    return "I" if re.fullmatch(r"[IVXL]+", name) else "A"


def _body_end(shapes: list[str], ga: int, adopt: int | None) -> int:
    """Index of the first line after the body: its adopted text or its first annex (else the end)."""
    annex = next((i for i in range(ga + 1, len(shapes)) if shapes[i] == "ANNEX"), len(shapes))
    return min(annex, adopt + 1) if adopt is not None else annex


def _section_paragraphs(toks: list[LineToken], numbers: dict[int, tuple[str, int]]) -> None:
    """Mark the one paragraph of a section that holds no other (no number, no second unnumbered one) as ``alone``:
    it is labelled by its section ("XIX", as "section XIX of resolution 79/258" cites it); the unnumbered
    paragraphs of other sections are counted in their own ("XXV U1")."""
    numbered = {sc for sc, _ in numbers.values()}
    count: dict[str, list[LineToken]] = {}
    for tok in toks:
        if tok.type == "TEXT" and tok.scope and not is_preambular(opening_phrase(tok.body)):  # (a section's
            count.setdefault(tok.scope, []).append(tok)  # preamble, "Having considered ...", is the build's PP)
    for scope, found in count.items():
        if len(found) == 1 and scope not in numbered:
            found[0].alone = True


def _designations(headings: list[str]) -> set[str]:
    """The designations of headings, as scope names ("Article 17" -> "article 17")."""
    return {f"{m.group(1).lower()} {m.group(2)}" for h in headings if (m := _DESIGNATION.match(h))}


def _scope_name(headings: list[str], restart: int | None) -> str:
    """Name of a numbering scope: the designation of the heading that opens it ("rule 7"), for a restart without
    one the roman or letter of a section heading, else "part N"."""
    for h in reversed(headings):
        m = _DESIGNATION.match(h)
        if m:
            return f"{m.group(1).lower()} {m.group(2)}"
    if restart is None:
        return ""
    for h in reversed(headings):
        m = _SECTION.match(h)
        if m:
            return m.group(1)
    return f"part {restart}"


# ---------------------------------------------------------------- sub-paragraph markers


def _style(marker: str, stack: list[tuple[str, str]], next_marker: str | None = None) -> str:
    """Marker style: 'a' letters, 'i' lower romans, 'A' capitals, '1' digits. Resolves (i), (v), (x)."""
    if marker.isdigit():
        return "1"
    if marker.isupper():
        return "A"
    if not _is_roman(marker):
        return "a"
    if next_marker and _is_roman(next_marker) and roman_value(next_marker) == roman_value(marker) + 1:
        return "i"  # (i) followed by (ii)
    for style, prev in reversed(stack):
        if style == "a" and _letter_value(prev) + 1 == _letter_value(marker):
            return "a"  # (i) after (h)
        if style == "i" and roman_value(prev) + 1 == roman_value(marker):
            return "i"
    if len(marker) > 1 and not (len(marker) == 2 and marker[0] == marker[1] and marker != "ii"):
        return "i"
    if stack and stack[-1][0] == "a" and marker in ("i", "ii"):
        return "i"
    return "i" if marker == "i" and not stack else "a"


def _letter_value(marker: str) -> int:
    if len(marker) == 2 and marker[0] == marker[1]:
        return 26 + ord(marker[0]) - 96
    return ord(marker[0]) - 96


def ordinal(marker: str, style: str) -> int:
    if style == "1":
        return int(marker)
    if style == "i":
        return roman_value(marker)
    if style == "A":
        return ord(marker) - 64
    return _letter_value(marker)


def _inline_item(text: str, stack: list[tuple[str, str]], previous: str, nxt: int | None, lines: list[Line]) -> bool:
    """A marker that continues an inline enumeration of the line before ("... to: (a) focus ...; (b) promote ...;
    (c) give ...;" then "(d) ensure ..."): it opens no level of its own and its predecessor stands in that line."""
    m = SUB_MARKER.match(text).group(1)
    nm = SUB_MARKER.match(lines[nxt].text).group(1) if nxt is not None else None
    style = _style(m, stack, nm)
    if any(st == style for st, _ in stack) or ordinal(m, style) == 1:
        return False
    n = ordinal(m, style) - 1
    before = {"a": chr(96 + n) if n <= 26 else "", "i": _to_roman(n), "A": chr(64 + n), "1": str(n)}[style]
    return bool(before) and f"({before})" in previous


# ---------------------------------------------------------------- the lexer


def _body_start(lines: list[Line], warnings: list, path: str) -> tuple[int, bool]:
    """Index of the line "The General Assembly," (or, where it was left out, of the title line) and whether it was
    left out. Raises NotAResolution where neither is found."""
    ga = next((i for i, ln in enumerate(lines) if _GA.match(ln.text) or _GA_PREFIX.match(ln.text)), None)
    if ga is not None:
        return ga, False
    # a resolution whose "The General Assembly," was left out: the body starts after its title
    adopted = next((i for i, ln in enumerate(lines) if _ADOPTED.match(ln.text)), None)
    title = next((i for i, ln in enumerate(lines) if adopted is not None and i > adopted and TITLE.match(ln.text)), None)
    if title is not None and title + 1 < len(lines):
        warnings.append((lines[title + 1].line, "no line 'The General Assembly,' before the first paragraph"))
        return title, True
    first = next((ln for ln in lines if ln.text.strip()), None)
    raise NotAResolution(
        "not a General Assembly resolution: no line 'The General Assembly,' opens its paragraphs",
        line=first.line if first else 1,
        column=1,
        source_line=first.text if first else "",
        path=path,
    )


def _annex_number(text: str) -> tuple[str, str, int] | None:
    """The shape and number of a numbered annex heading: its word as written ("ANNEX", "Annex", "Appendix"), its
    numerals ("I" roman, "1" arabic) and the number; None for an unnumbered one ("Annex") or another line.

    >>> _annex_number("ANNEX II"), _annex_number("Annex 3"), _annex_number("Annex")
    (('ANNEX', 'I', 2), ('Annex', '1', 3), None)
    """
    m = ANNEX.match(text)
    if not m or not m.group(1):
        return None
    num = m.group(1)
    return (text.split()[0], "1", int(num)) if num.isdigit() else (text.split()[0], "I", roman_value(num))


def _host_end(lines: list[Line], shapes: list[str], ga: int) -> tuple[int, int | None] | None:
    """Where a document that holds the resolution as one of its annexes takes over again: (index of the host's
    annex heading that the resolution follows, index of the line in the body where the host's text starts again,
    None where it does not), or None where no annex heading stands before the resolution.

    A note or report carries a resolution as its annex: "ANNEX I" stands before the resolution's opening line
    ("Resolution adopted by the General Assembly ...", else its title "71/280. ...", else "The General Assembly,"),
    and after the resolution "ANNEX II" is the host's next annex (the UNECE Executive Committee's informal note
    2017/28: A/RES/71/280 in its "ANNEX I", its own mapping of regional events in "ANNEX II"). A heading in the body
    ends the resolution where it has the host heading's shape (the same word, as written: "ANNEX" is not "Annex",
    and numerals of the same kind) and continues the host's numbering (II after I), unless the resolution's own
    annexes of that shape have reached the host's number (its own "ANNEX I", then "ANNEX II": its own). A
    resolution's own annexes start their numbering after it ("Annex", "Annex I") and are kept. No annex heading
    stands before "The General Assembly," in any of the 902 corpus files, so none is a host document.

    A host's unnumbered "Annex" gives no numbering to continue: an "Annex" after the resolution may be its own (the
    one annex of 78/317, the second "Annex" of 79/243) and is kept. The host takes over at a part no resolution has
    (``data/host_parts.txt``: "Attachment", "Enclosure") after the resolution's closing line, or at an "Appendix"
    there before any annex of the resolution (an appendix belongs to an annex)."""
    opening = next((i for i in range(ga) if _ADOPTED.match(lines[i].text) or TITLE.match(lines[i].text)), ga)
    host = next((i for i in range(opening - 1, -1, -1) if ANNEX.match(lines[i].text)), None)
    if host is None:
        return None
    shape = _annex_number(lines[host].text)
    if shape is None:
        closing = next((i for i in range(ga + 1, len(lines)) if shapes[i] == "PLENARY"), len(lines))
        own = False  # an annex of the resolution stands between its closing line and the line read
        for i in range(closing + 1, len(lines)):
            appendix = shapes[i] == "ANNEX" and lines[i].text[:8].upper() == "APPENDIX"
            if _HOST_PART.match(lines[i].text) or (appendix and not own):
                return host, i
            own = own or shapes[i] == "ANNEX"
        return host, None
    own = 0  # the last number of the resolution's own annexes of the host's shape
    for i in range(ga + 1, len(lines)):
        if shapes[i] != "ANNEX" or (s := _annex_number(lines[i].text)) is None or s[:2] != shape[:2]:
            continue
        if s[2] == shape[2] + 1 and own != shape[2]:
            return host, i
        own = s[2]
    return host, None


def hosted(texts: list[str]) -> tuple[int, int] | None:
    """The lines ``[start, end)`` of a resolution that a document (a note, a report) holds as one of its annexes:
    from the host's annex heading before the resolution's opening line to the host's next part or the end, by the
    rule that ends a hosted resolution when it is parsed (:func:`_host_end`: the UNECE Executive Committee's note
    2017/28 holds A/RES/71/280 from its "ANNEX I" to its "ANNEX II"); None where the text holds no resolution
    ("The General Assembly," opens none) or holds it as no annex. ``texts``: the document's lines clean of markup,
    one a line, indexes kept (blank lines are skipped); an annex heading with its title on its line ("ANNEX I:
    Resolution adopted by the General Assembly on 6 April 2017", ``shapes.ANNEX_TITLED``) is the heading, then the
    title, as the normalizer splits it."""
    lines: list[Line] = []
    index: list[int] = []  # the line of ``texts`` of each of ``lines``
    for i, text in enumerate(texts):
        text = text.strip()
        if not text:
            continue
        if text[:1] == "A" and (m := ANNEX_TITLED.match(text)):
            lines.append(Line(text[: ANNEX_SEPARATOR.search(m.group(0)).start()]))
            index.append(i)
            text = text[m.end():]
        lines.append(Line(text))
        index.append(i)
    try:
        ga, _ = _body_start(lines, [], "")
    except NotAResolution:
        return None
    host = _host_end(lines, classify(lines, ga), ga)
    if host is None:
        return None
    return index[host[0]], len(texts) if host[1] is None else index[host[1]]


# a heading of a part that a document holding a resolution adds, never the resolution's: "Attachment", "Enclosure 2"
_HOST_PART = re.compile(
    r"^(?:" + "|".join(map(re.escape, data.sections("host_parts.txt")["words"])) + r")(?:\s+(?:[IVXL]+|\d+))?\s*[.:]?$"
)


def _one_resolution(norm: Normalized, path: str) -> None:
    """Raise :class:`InputError` where the text holds several resolutions one after another (a ``cat`` of files, a
    compilation): a resolution opens once with "Resolution adopted by the General Assembly on ..." and once with
    "The General Assembly," (each of the 902 corpus files has at most one of each), so a second of the first (of
    the second, in a text with no masthead line, a markdown conversion) is a second resolution. Read in the source lines: the normaliser drops a resolution's first page masthead after the
    last page of the one before it as a running page header. One file is one resolution (its symbol, spans,
    footnote numbers and labels are one document's): the error names them and where to split, where reading on
    gave the first and lost the rest, or failed on a line of the second."""
    adopted: list[int] = []
    ga: list[int] = []
    titles: list[tuple[int, re.Match]] = []
    # only a line that holds "General Assembly" or the "/" of a title's symbol ("78/1. Title") can be one of them:
    # those lines are found by substring tests in C (normalize.lines_holding), the others not visited in Python
    for i in lines_holding(norm.source_lines, ("General Assembly", "/"), norm.source_text):
        raw = norm.source_lines[i]
        if "General Assembly" not in raw and not TITLE.match(raw.lstrip("#*> ")):
            continue
        text = clean_line(raw)[0].strip()
        if text[:1] == "A" and (m := ANNEX_TITLED.match(text)):
            text = text[m.end():]  # "ANNEX II: Resolution adopted by the General Assembly ..." of a host document
        if _ADOPTED.match(text):
            adopted.append(i)
        elif _GA.match(text) or _GA_PREFIX.match(text):
            ga.append(i)
        elif m := TITLE.match(text):
            titles.append((i, m))
    # the masthead line where the text has one ("The General Assembly," may open a text quoted in an annex)
    starts = adopted or ga
    if len(starts) < 2:
        return
    ends = [*starts[1:], len(norm.source_lines)]
    symbols = []
    for a, b in zip(starts, ends):  # the masthead's symbol just before the opening line, else the title's number
        mast = next((m.group(1) for raw in reversed(norm.source_lines[max(0, a - 30):a])
                     if (m := _SYMBOL.match(raw))), None)
        if symbols and mast == symbols[-1]:
            mast = None  # the running header of the resolution before it, on its last page ("ANNEX II: Resolution ...")
        m = next((m for i, m in titles if a <= i < b), None)
        symbols.append(mast or _title_symbol(m))
    named = ", ".join(symbols) if len(symbols) <= 4 else ", ".join(symbols[:3]) + f", ... {symbols[-1]}"
    opening = "'Resolution adopted by the General Assembly'" if starts is adopted else "'The General Assembly,'"
    raise InputError(
        f"this file holds {len(starts)} resolutions one after another ({named}); resparse reads one resolution "
        f"a file: split it before each line {opening} (the second is here)",
        line=starts[1] + 1, column=1, source_line=norm.source_lines[starts[1]], path=path,
    )


def _title_symbol(m: re.Match | None) -> str:
    """The symbol of a resolution by the match of its title line (``TITLE``: "71/280. ..." → "A/RES/71/280"); "?"
    for none."""
    return f"A/RES/{m.group(1)}/{m.group(2)}{m.group(3) or ''}" if m else "?"


def _one_resolution_hosted(norm: Normalized, lines: list[Line], start: int, end: int, path: str) -> None:
    """Raise :class:`InputError` where the host's text after the resolution (from its annex heading ``end``) holds
    another resolution: its opening line ("Resolution adopted by the General Assembly ...") or "The General
    Assembly,", as a note that carries two resolutions as its "ANNEX I" and "ANNEX II" does. As for a file with
    two resolutions one after another (:func:`_one_resolution`, which finds the second by its repeated opening line
    where both have it), the error names them and where to split; reading the first alone would leave the second
    out with no more than a warning."""
    second = next((i for i in range(end + 1, len(lines))
                   if _ADOPTED.match(lines[i].text) or _GA.match(lines[i].text) or _GA_PREFIX.match(lines[i].text)),
                  None)
    if second is None:
        return
    raw = norm.source_lines
    symbols = []
    for a, b in ((lines[start].line - 1, lines[end].line - 1), (lines[end].line - 1, len(raw))):
        mast = next((m.group(1) for r in raw[a:b] if (m := _SYMBOL.match(r))), None)
        title = next((m for r in raw[a:b] if (m := TITLE.match(clean_line(r)[0].strip()))), None)
        symbols.append(mast or _title_symbol(title))
    raise InputError(
        f"this file holds 2 resolutions as annexes of one document ({symbols[0]} in its '{lines[start].text}' "
        f"(line {lines[start].line}), {symbols[1]} in its '{lines[end].text}'); resparse reads one resolution a "
        f"file: split it before '{lines[end].text}' (here)",
        line=lines[end].line, column=1, source_line=raw[lines[end].line - 1], path=path,
    )


def classify(lines: list[Line], ga: int, prefixes: list[re.Match | None] | None = None) -> list[str]:
    """The first stage of the lexer: each logical line's shape by itself and its neighbours ("PLENARY", "ANNEX",
    "NUMC" a line that starts with a number, "SUB", "HEADING", "TEXT"); lines up to ``ga`` are the header.
    ``prefixes``: :func:`number_prefixes` of ``lines`` (read here if not given)."""
    if prefixes is None:
        prefixes = number_prefixes(lines)
    last = len(lines) - 1
    # the line right after "Annex", or after the clause that adopts the text that follows ("Adopts the following
    # political declaration approved by the high-level meeting ...:", A/RES/74/3), is that text's title block
    return [_shape(ln, i > ga, lines[i + 1] if i < last else None,
                   i > ga + 1 and ((lines[i - 1].text[:1] == "A" and ANNEX.match(lines[i - 1].text) is not None)
                                   or adoption_clause(lines[i - 1])),
                   prefixes[i], prefixes[i + 1] if i < last else None)
            for i, ln in enumerate(lines)]


# the closing quotation mark of a quoted text, at the end of its last line ("... at the lower level.”", a full stop,
# semicolon or comma and footnote digits after it)
_QUOTE_CLOSED = re.compile(r"[”\"][.;,]?\s*\d{0,3}$")


def quotations(lines: list[Line], shapes: list[str], ga: int, prefixes: list[re.Match | None]) -> None:
    """The stage between :func:`classify` and :func:`decide_numbering`: the lines of a text that a paragraph quotes
    after an amending instruction (:func:`resparse.shapes.amendment_instruction`, "Amend paragraph 8 to read:")
    become "QUOTE" in ``shapes`` (in place). Their numbers, markers and headings are the quoted text's own
    ("Independent panel / 8. The Secretary-General ...", the terms of reference that A/RES/79/144's annex amends;
    "Article 9, new paragraph 4: / 4. In hearing an application ...", the statute that 78/248 14 amends): no
    numbering of this text, no sub-paragraph, no heading of it, but lines of the instructing paragraph's text.

    A quoted text runs from the line after the instruction (always one line) to: the line that closes its quotation
    mark, where its first line opens with one ("“(a) On appointment ...", 79/280 1); else the next paragraph of
    this text — the number after the instructing paragraph's (the headings right before it are this text's: "IV /
    Other issues / 15." after 78/248 14's quotation), another instruction of the amending text ("Amend paragraph
    10 to read:"), a table, an annex or the closing plenary line — or the end."""
    n = len(lines)
    own: int | None = None  # the number of the last numbered line of this part: the instructing paragraph's
    i = ga + 1
    while i < n:
        s = shapes[i]
        if s == "ANNEX":
            own = None
        elif s == "NUMC":
            own = int(prefixes[i].group(1))
        # (not before a sub-paragraph: "Approves the following amendments to the Financial Regulations: / (a) ...",
        # items of this text, each of which may quote in its turn; not after the one clause that adopts the text
        # after it, "Adopts the following amendments to ...:", whose paragraphs the adopted text numbers)
        if (s in ("TEXT", "NUMC", "SUB") and i + 1 < n and shapes[i + 1] not in ("ANNEX", "PLENARY", "TABLE", "SUB")
                and amendment_instruction(lines[i].text) and not (s == "TEXT" and adoption_clause(lines[i]))):
            end = _quotation_end(lines, shapes, prefixes, i + 1, own)
            for j in range(i + 1, end):
                shapes[j] = "QUOTE"
            i = end
            continue
        i += 1


# the paragraphs an instruction names: "Amend paragraph 8 to read:", "Article 9, new paragraph 4:", "paragraphs 3 and
# 4" (their numbers are the quoted text's, whatever this text's numbering)
_NAMED_PARAGRAPHS = re.compile(r"\bparagraphs?\s+(\d+)(?:\s*(?:,|and|to)\s*(\d+))*")


def _next_own(lines: list[Line], shapes: list[str], prefixes: list[re.Match | None], j: int, number: int,
              own: int | None) -> bool:
    """Is the line ``j``, numbered ``number``, this text's next paragraph after an instructing paragraph numbered
    ``own`` (None: unnumbered)? It opens with a drafting phrase and continues this text's numbering ("15. Invites the
    Sixth Committee ..." after 14, A/RES/78/248) or starts it ("1. Decides ..." after the preamble, or under the next
    section's heading); or it is numbered ``own`` + 1 and no later line of its part is (a quoted rule's "2." before
    the resolution's "2. Requests ..." is the rule's)."""
    if number != (own or 0) + 1 and number != 1:
        return False
    if opening_phrase(lines[j].text[prefixes[j].end() :]):
        return True
    if number != (own or 0) + 1:
        return False
    for k in range(j + 1, len(lines)):
        if shapes[k] in ("ANNEX", "PLENARY"):
            break
        if shapes[k] == "NUMC" and int(prefixes[k].group(1)) == number:
            return False
    return True


def _quotation_end(lines: list[Line], shapes: list[str], prefixes: list[re.Match | None], start: int,
                   own: int | None) -> int:
    """Index of the first line after the text quoted from ``start`` (:func:`quotations`): the next paragraph of this
    text (:func:`_next_own`; never a number the instruction names, "Amend paragraph 8 to read:"), a recital's
    opening phrase (the next preambular paragraph, after an instruction in the preamble), or another end that
    function names; the headings right before that line are this text's."""
    n = len(lines)
    if lines[start].text[:1] in "“\"":
        for j in range(start, n):
            if shapes[j] in ("ANNEX", "PLENARY", "TABLE"):
                return j
            if _QUOTE_CLOSED.search(lines[j].text.rstrip()):
                return j + 1
        return n
    named = {int(x) for m in _NAMED_PARAGRAPHS.finditer(lines[start - 1].text) for x in m.groups() if x}
    j = start + 1
    while j < n:
        s = shapes[j]
        if s in ("ANNEX", "PLENARY", "TABLE") or amendment_clause(lines[j].text):
            return j
        number = int(prefixes[j].group(1)) if s == "NUMC" else None
        if (number is not None and number not in named and _next_own(lines, shapes, prefixes, j, number, own)) \
                or (s == "TEXT" and is_preambular(opening_phrase(lines[j].text))):
            while j - 1 > start and shapes[j - 1] == "HEADING":
                j -= 1
            return j
        j += 1
    return n


def decide_numbering(
    lines: list[Line], shapes: list[str], ga: int, adopt: int | None, warnings: list,
    prefixes: list[re.Match | None] | None = None,
) -> tuple[dict[int, tuple[str, int]], set[int], bool]:
    """The second stage: which numbered lines are paragraph numbers, section by section (the body, an adopted
    text, then each annex). Returns {line index: (scope, number)}, the numbered lines that only continue the
    sentence before them ("launched in / 2007. These"), and whether the body itself is numbered. ``prefixes``:
    :func:`number_prefixes` of ``lines``, as :func:`classify` read them (read here for the numbered lines if not
    given)."""
    sections: list[list[int]] = [[]]
    heading_before: dict[int, list[str]] = {}
    prev_headings: list[str] = []
    for i in range(ga + 1, len(lines)):
        s = shapes[i]
        if i - 1 == adopt:
            sections.append([])
            prev_headings = []
        if s == "ANNEX":
            sections.append([])
            prev_headings = []
        elif s == "HEADING":
            prev_headings.append(lines[i].text)
        elif s == "NUMC":
            sections[-1].append(i)
            heading_before[i] = prev_headings
            prev_headings = []
        # text between a heading and "1." (the preamble of a section "II") keeps the heading in view
    numbers: dict[int, tuple[str, int]] = {}
    wraps: set[int] = set()
    for sec in sections:
        cands = [(i, int((prefixes[i] if prefixes is not None else number_prefix(lines[i])).group(1))) for i in sec]
        decided = _decide_numbers(cands, heading_before, lines, warnings)
        numbers.update(decided)
        for run in _number_runs(cands):
            if len(run) == 1 and run[0][1] != 1 and run[0][0] not in decided:
                wraps.add(run[0][0])
    return numbers, wraps, any(i in numbers for i in sections[0])


def tokenize(norm: Normalized, path: str = "") -> LexResult:
    """Logical lines -> line tokens, in three stages: :func:`classify` the lines, :func:`decide_numbering`, then
    this function's pass that decides each line's token and sub-paragraph level with the context of the lines
    before it; the nesting tokens (_INDENT/_DEDENT) come after, from the :class:`Nesting` postlex."""
    lines = norm.lines
    res = LexResult(tokens=[], lines=lines, warnings=list(norm.warnings))
    _one_resolution(norm, path)
    ga, missing_ga = _body_start(lines, res.warnings, path)
    prefixes = number_prefixes(lines)  # read once a line: the shapes, the numbering and each NUM token's body
    shapes = classify(lines, ga, prefixes)
    quotations(lines, shapes, ga, prefixes)
    host = _host_end(lines, shapes, ga)
    end_line = 0  # the source line where the text of a document that holds the resolution takes over again
    if host is not None and host[1] is None:
        start = host[0]
        if _annex_number(lines[start].text) is None and (
            own := next((i for i in range(ga + 1, len(lines)) if shapes[i] == "ANNEX"), None)
        ) is not None:
            res.warnings.append((lines[own].line, f"read '{lines[own].text}' (line {lines[own].line}) and what follows "
                                                  f"as the resolution's own annex: the document that holds it as its "
                                                  f"'{lines[start].text}' (line {lines[start].line}) numbers no annex "
                                                  f"to tell its own from the resolution's"))
        host = None
    if host is not None:
        # the resolution ends where its host's next annex starts: the lines from there on are the host's
        start, end = host
        end_line = lines[end].line
        _one_resolution_hosted(norm, lines, start, end, path)
        lines, shapes = lines[:end], shapes[:end]
        res.warnings = [w for w in res.warnings if not w[0] or w[0] < end_line]
        res.warnings.append((end_line, f"left out the text from line {end_line} to the end: '{norm.lines[end].text}' "
                                       f"continues the annexes of the document that holds this resolution as its "
                                       f"'{lines[start].text}' (line {lines[start].line})"))
    adopt = _adoption(lines, shapes, ga)
    res.numbers, res.wraps, numbered_body = decide_numbering(lines, shapes, ga, adopt, res.warnings, prefixes)

    # next SUB line and next non-heading line after each line (lookahead without rescanning)
    next_sub: list[int | None] = [None] * len(lines)
    next_body: list[int | None] = [None] * len(lines)
    ns = nb = None
    for j in range(len(lines) - 1, -1, -1):
        next_sub[j], next_body[j] = ns, nb
        if shapes[j] == "SUB":
            ns = j
        if shapes[j] != "HEADING":
            nb = j

    toks = res.tokens
    stack: list[tuple[str, str]] = []  # (style, last marker) per open sub-paragraph level

    def emit(kind: str, i: int, text: str | None = None, level: int | None = 0, **facts) -> None:
        toks.append(LineToken.of(kind, lines[i], i, text, level, **facts))

    def close(i: int, depth: int = 0) -> None:
        # the open sub-paragraph levels, for the decisions; the nesting itself is emitted by the Nesting postlex
        del stack[depth:]

    phase = "head"
    para_open = False  # a paragraph (or sub-paragraph) can take continuation lines
    # a body whose numbering restarts under section headings ("I", "II", ...: budget resolutions): an unnumbered
    # paragraph of a section is the section's (its scope, :func:`_section_paragraphs`), not counted across sections
    # (the sections are those of the numbering's kind, romans or letters: "A. Pension Administration" over a
    # staffing table inside section XII of 80/243 is a sub-heading of it)
    body_end = _body_end(shapes, ga, adopt)  # once: a scan of the lines, not one a numbered paragraph
    sectioned = {_section_kind(sc) for i, (sc, _) in res.numbers.items() if i < body_end and _SECTION.fullmatch(sc)}
    section = ""
    for i, ln in enumerate(lines):
        t = ln.text
        if phase == "head":
            if i == ga and missing_ga:
                emit("TITLE", i)
                phase = "pre"
            elif i == ga:
                rest = _GA_PREFIX.sub("", t).strip() if not _GA.match(t) else ""
                # "The General Assembly, Recalling ..." on one line: the token is the first part
                emit("GA", i, "The General Assembly," if rest else None)
                phase = "pre"
            elif _ADOPTED.match(t):
                emit("ADOPTED", i)
            elif COMMITTEE.match(t):
                emit("COMMITTEE", i)
            elif TITLE.match(t):
                emit("TITLE", i)
            else:
                emit("MASTHEAD", i)
            continue
        s = shapes[i]
        if phase == "closed" and s not in ("ANNEX",):
            emit("TRAILER", i)
            continue
        if s == "SUB" and not para_open and phase in ("op", "annex") and toks and toks[-1].type == "HEADING":
            # the first item of a list under a heading, with no paragraph to introduce it ("A. Build economic
            # resilience / (a) Reform the international financial architecture ...", 78/317): the items are held
            # by an unnumbered paragraph with no words of its own (an empty token of the item's line)
            emit("TEXT", i, "", body="")
            para_open = True
        if s == "QUOTE" and not (toks and toks[-1].type in ("NUM", "TEXT", "SUB", "CONT", "STOP", "QUOTE")):
            s = "TEXT"  # (no paragraph before it to hold it: read as text, never an input error)
        if s == "QUOTE":
            # a line of a text the open paragraph quotes (:func:`quotations`): its own at whatever level it stands
            emit("QUOTE", i, level=None)
        elif s == "PLENARY":
            close(i)
            emit("PLENARY", i)
            phase = "closed"
            para_open = False
        elif s == "ANNEX":
            close(i)
            emit("ANNEX", i)
            phase = "annex"
            para_open = False
        elif s == "HEADING":
            nxt = next_body[i]
            keep = opens = False
            if nxt is not None and shapes[nxt] == "SUB":
                m = SUB_MARKER.match(lines[nxt].text).group(1)
                st = _style(m, stack)
                # (not where the item restarts its style: "(a)" after "(e)" opens a new list)
                keep = any(style == st for style, _ in stack) and ordinal(m, st) != 1
                opens = not keep and para_open and _heads_first_item(lines, shapes, i, nxt, st)
            if not (keep or opens):
                close(i)
                para_open = False
            # a heading among the items of a list stays in it; one before its first item opens its level
            emit("HEADING", i, level=len(stack) + 1 if opens else None if keep else 0)
            if sectioned and phase in ("pre", "op") and (m := _SECTION.match(t)) and _section_kind(m.group(1)) in sectioned:
                section = m.group(1)
        elif s == "TABLE":
            # a table stands after the paragraph that introduces it ("... as set out in the table below:"); in a
            # list of sub-paragraphs it stays in the list, whose next item may follow it ("(a) ... as follows: /
            # [table] / (b) ..."); text after it opens a paragraph of its own
            emit("TABLE", i, level=None if stack else 0)
            para_open = False
        elif s == "NUMC" and i in res.numbers:
            close(i)
            scope, n = res.numbers[i]
            emit("NUM", i, number=str(n), scope=scope, body=t[prefixes[i].end() :])
            phase = "op" if phase == "pre" else phase
            para_open = True
        elif s == "SUB" and (para_open or phase == "pre" or (stack and toks[-1].type == "TABLE")) and toks and toks[-1].type not in ("GA",) and not _inline_item(
            t, stack, lines[toks[-1].start_pos].text, next_sub[i], lines
        ):
            m = SUB_MARKER.match(t).group(1)
            nxt = next_sub[i]
            style = _style(m, stack, SUB_MARKER.match(lines[nxt].text).group(1) if nxt is not None else None)
            levels = [k for k, (st, _) in enumerate(stack) if st == style]
            if levels:
                depth = levels[-1]
                close(i, depth + 1)
                prev = stack[depth][1]
                if ordinal(m, style) != ordinal(prev, style) + 1:
                    res.warnings.append((ln.line, f"sub-paragraph ({m}) follows ({prev})"))
                stack[depth] = (style, m)
            else:
                if ordinal(m, style) != 1:
                    res.warnings.append((ln.line, f"sub-paragraphs start at ({m})"))
                stack.append((style, m))
            emit("SUB", i, level=len(stack), marker=m, style=style, body=t[SUB_MARKER.match(t).end() :])
            para_open = True
        else:
            # text: a preambular paragraph, an unnumbered paragraph, or the continuation of the open paragraph
            if s == "SUB" and para_open:
                res.wraps.add(i)  # "(d) ensure ..." wrapped from an inline list "(a) ... (b) ... (c) ...;"
            if phase == "pre":
                close(i)
                if i == adopt:
                    # the one operative clause; the text it adopts follows, numbered in its own scope
                    emit("STOP", i)
                    emit("ADOPTION", i, "")
                    phase = "annex"
                    para_open = False
                elif not numbered_body and ending(t) == ".":
                    emit("STOP", i)
                    phase = "op"
                    para_open = True
                else:
                    emit("TEXT", i)
            elif para_open and _chapeau_of_what_follows(ln, lines[i - 1], next_body[i], shapes, res.numbers):
                # "We therefore commit to ... implement the following actions:" between two numbered paragraphs
                close(i)
                emit("HEADING", i)
                para_open = False
            elif para_open and not opens_paragraph(lines[i - 1].text, t) and not _set_apart(ln, lines[i - 1]):
                emit("CONT", i, level=None, wrap=i in res.wraps)
            else:
                close(i)
                emit("TEXT", i, scope=section if phase == "op" else "")
                para_open = True
    if sectioned:
        _section_paragraphs(toks, res.numbers)
    if host is not None:
        toks.append(LineToken.of("HOST", norm.lines[host[1]], host[1], None, 0))
    for k, fn in enumerate(norm.footnotes):
        if end_line and fn.line >= end_line:
            continue  # a footnote of the host's text after the resolution
        tok = LineToken("FOOTNOTE", fn.text, start_pos=k, line=fn.line, column=fn.column)
        tok.footnote = fn
        toks.append(tok)
    return res
