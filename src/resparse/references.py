"""References: find the phrases that cite paragraphs and documents, then resolve them against a resolution.

    >>> [(c.phrase, c.kind, c.targets) for c in find("as outlined in paragraphs 15 and 22 above, and")]
    [('paragraphs 15 and 22 above', 'internal', [Target(document=None, label='15'), Target(document=None, label='22')])]
    >>> find("the elements outlined in annex II, paragraph 8, of its resolution 71/1")[0].targets
    [Target(document='A/RES/71/1', label='annex II 8')]

``find(text)`` is context-free (it works on any text: a paragraph, a footnote, a draft note) and returns
:class:`~resparse.model.Citation` objects with their character spans. ``resolve(res)`` runs it over every
paragraph and footnote of a resolution and decides, in context, which paragraph each internal citation names
("paragraph 1" inside rule 33 is rule 33, paragraph 1; "the present paragraph" in 22 (c) is 22), whether
"above"/"below" agree with the positions, and which labels do not exist. Defined terms ("Phase I (consultations):
..." in a sub-paragraph, "phase I" later) are found by :func:`definitions` and :func:`find_terms`.

The structure of a citation is in ``grammar/references.lark``; a cheap regular expression finds where one may
start, and the LALR parser keeps the longest prefix of the following text that is a whole citation (one plain
parse where it can, token by token where it must; results kept for the text they depend on). The tree is read by
:class:`_Reader`, a Lark ``Interpreter`` with one method per rule alias. Where a paragraph number cited "of
resolution N" points in that resolution is :func:`cited_label`, the one rule for the graph, the corpus and the
draft-note checker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import product
from typing import Callable, Collection, Iterable, Iterator, NamedTuple, Sequence

from lark import Lark, Token, Tree
from lark.visitors import Interpreter

from . import data, names
from .months import MONTH_NAMES, MONTH_TERMINALS
from .model import Citation, Paragraph, Reference, Resolution, Target, Warning, cited_by_label
from .ordinals import ORDINAL_TERMINALS, ordinal as ordinal_number
from .phrases import opening_phrase
from .grammars import PrefixMemo, Prefixes, load, terminal_regex
from .labels import section_label

# ---------------------------------------------------------------- the parser and the scan

_WINDOW = 400  # characters after a possible start that a citation mostly spans (a longer one is read on: PrefixMemo.grow)

# A draft note's shorthand for an operative paragraph before its number: "op. 31", "op 31", "Op 31", "OP 31", "OP31",
# "OPs 3 and 4" (any case, with or without the full stop), as grammar/references.lark's PARAGRAPH reads it; and a
# phrase that names paragraphs as operative, that or "operative paragraph(s)". The one definition in Python: the scan
# below and the draft-note checker (check.anchors: such a paragraph is the body's own, of the resolution named last)
# read it by these.
OPERATIVE_SHORTHAND = r"(?i:ops?\.?)\s*\d"
OPERATIVE = re.compile(rf"(?i:\boperative\s+paragraphs?\b)|\b{OPERATIVE_SHORTHAND}")

# Where a citation may start: the words the grammar's first tokens begin with. Only a scan; the grammar decides.
_ANCHOR = re.compile(
    r"""(?<![\w/])(?:
        (?i:(?:the\s+present|this|the\s+same)\s+(?:sub-?paragraph|paragraph|resolution|rule|article|section|annex)\b)
      | (?i:(?:its|their|(?:the\s+)?General\s+Assembly|(?:the\s+)?Security\s+Council|(?:the\s+)?Economic\s+and\s+Social
            \s+Council|(?:the\s+)?(?:Human\s+Rights|Trusteeship)\s+Council|(?:the\s+)?Commission\s+on\s+(?:Human\s+Rights|the
            \s+Status\s+of\s+Women)|Assembly)\s+(?:resolutions?|decisions?)\b)
      | Council\s+(?i:resolutions?|decisions?)\b   # a bare "Council": the one the text named last (see _issuer)
      | GA\s+(?i:res\.|resolutions?\b)
      | (?i:resolutions\s+(?:on|concerning|related\s+to|relating\s+to)\s)   # grammar's _LIST_ASIDE: "resolutions
                                               # related to culture ..., in particular 41/187"
      | (?i:(?:resolutions?\s+|res\.\s*)(?:E?S-)?\d|decisions?\s+(?:\d|[IVXL]{1,6}/\d))
      | (?i:decisions?)\s+[A-Z]{1,4}\d+\(\d     # decision SSA2(5), WHA75(9): the grammar's OTHER_DEC
      | (?i:decisions?)\s+(?!E?S-)(?:[A-Z]{2,4}[-.](?:[IVXL]{1,6}|\d{1,2})|[A-Z]-\d{1,2})/\d   # decision BS-V/11,
                                               # SS.XI/9, EC-57/4, A-32/3.4.1: the grammar's OTHER_DEC
      | (?i:resolutions?)\s+(?!E?S-)[A-Z]{2,4}-\d{1,2}/\d   # resolution EC-57/1 (the IOC's Executive Council)
      | (?i:documents?)\s+(?:WHA|EB)\d+\.      # document WHA77.4: the grammar's WHO_SYMBOL (not WHA58/2005/...)
      | (?i:documents?)\s+[A-Z]{2,6}\s\d{1,4}/\w   # document MSC 78/26/Add.1: the grammar's SERIES_SYMBOL
      | (?i:(?:operative\s+|preambular\s+)?(?:sub-?)?paragraphs?\b|paras?\.|paras?(?=\s*\d))
      | (?i:[a-z]{3,}+(?<=st|nd|rd|th)\s+(?:preambular|operative)\s+paragraph\b)   # the ninth preambular paragraph
      | PP\.?\s*\d
      | """ + OPERATIVE_SHORTHAND + r""" | §§?\s*\d    # a note's "op. 31", "op 31", "OP31", "OPs 3 and 4", "§22(c)":
                                       # the grammar's PARAGRAPH
      | (?<!\()(?<!\bthe\s)Part\s+[IVXL]{1,6}\b(?!\s*\))(?!\s+[A-Z][a-z])   # see _PART_ANCHOR
      | (?i:(?:rules?|articles?|art\.)\s*\d|(?:sections?|sects?\.|chapters?|chaps?\.)\s*[\dIVXLA-Z]|sects?\s*\d)
      | (?i:(?:staff|financial)\s+(?:rules?|regulations?)\s*\d)   # staff rule 3.3 (b); financial regulation 5.6
      | (?i:articles?|art\.)\s*[IVXL]{1,6}\b
      | (?:(?<!\b[Aa]n\s)(?<!\b[Aa]n\s\s)|(?=(?i:annex)\s+(?:to|of)\s))(?i:(?:the\s+)?annex(?:es)?\b)   # "with an
                # annex containing these views" (A/RES/78/240 4): an annex yet to be written, never a citation; "in an
                # annex to the annual report of the Secretary-General" (80/223 PP60) names the report's
      | [A-Z][A-Z0-9]{0,7}(?:\.\d+)?/[A-Za-z0-9]     # A/78/42; GB.342/Decisions (an organ and its session)
      | (?<![A-Z]\s)(?:E?S-)?\d+/\d                    # 79/258, sect. XIX: a resolution by its number, then its
                                                      # part; not the number of a series code's symbol ("LC 30/16")
    )""",
    re.VERBOSE,
)

# _PART_ANCHOR: "Part VII, section 2, of the Convention", "Part XIII of the Convention" (A/RES/79/145 1, 229; the law
# of the sea resolutions, 78/68, 80/109): a treaty's part, capitalized as the treaty's own headings are; not a part of
# a symbol or meeting in parentheses ("(A/73/12 (Part I))", "Biological Diversity (Part II), Montreal") nor a name that
# holds one ("the Part XI Agreement"). Were no citation, or "section 2" alone
# Every match of _ANCHOR holds one of these words (in lower case; "OP" and "PP" as written), and none holds a
# character of _CLAUSE_BREAK: the scan runs only over the clauses that hold a word (see :func:`_anchors`). Kept with
# _ANCHOR: an alternative added there needs its word here (tests/test_references_scan.py checks them together).
_ANCHOR_WORDS = (b"para", b"resolution", b"res.", b"decision", b"rule", b"article", b"art.", b"sect", b"chap", b"annex",
                 b"/", b"regulation")
_ANCHOR_CAPS = (b"OP", b"PP", b"WHA", b"EB", b"Part")
# a note's shorthand "op 31", "Op. 31", "ops 3 and 4" (the grammar's PARAGRAPH): "op" is in too many words
# ("develop", "cooperation") to be searched as a word, so it is found where a number follows it (a word that ends in
# it, "develops 3", is a hit the scan then reads as no citation: a lookbehind here would make the search thirty times
# slower)
_ANCHOR_OP = re.compile(OPERATIVE_SHORTHAND.encode())  # the one definition, over the scan's ASCII bytes
_ANCHOR_SIGNS = ("\u00a7",)  # §, found in the text itself (not ASCII: the byte search reads it as "?")
_CLAUSE_BREAK = re.compile(r"[,;:()]")
# the characters (besides ASCII letters) that (?i:...) matches to a letter of those words: lower-casing ASCII misses them
_FOLDS_APART = ("\u0130", "\u0131", "\u017f")  # İ, dotless ı, long ſ


def _word_hits(text: str) -> list[int] | None:
    """Where the words of :data:`_ANCHOR_WORDS` (in lower case) and :data:`_ANCHOR_CAPS` start in ``text``, in
    order, found by plain substring search; None for a text with a letter that the case-blind scan reads as a
    letter of a word and lower-casing does not (:data:`_FOLDS_APART`): such a text is scanned whole. The text is
    searched as ASCII bytes, "?" for any other character (one byte per character: the offsets are the text's), its
    letters lower-cased."""
    if any(ch in text for ch in _FOLDS_APART):
        return None
    ascii_text = text.encode("ascii", "replace")
    lowered = ascii_text.lower()
    hits: list[int] = [m.start() for m in _ANCHOR_OP.finditer(lowered)]
    for words, within in ((_ANCHOR_WORDS, lowered), (_ANCHOR_CAPS, ascii_text)):
        for word in words:
            i = within.find(word)
            while i >= 0:
                hits.append(i)
                i = within.find(word, i + 1)
    for sign in _ANCHOR_SIGNS:
        i = text.find(sign)
        while i >= 0:
            hits.append(i)
            i = text.find(sign, i + 1)
    hits.sort()
    return hits


def _word_hits_apart(texts: list[str]) -> list[list[int] | None]:
    """:func:`_word_hits` of each text, found in one search over them all joined by a NUL (which no word holds, so
    no word is found across two texts): one search per word for a whole resolution instead of one per paragraph."""
    joined = "\0".join(texts)
    hits = _word_hits(joined)
    if hits is None:
        return [_word_hits(t) for t in texts]
    out: list[list[int] | None] = [[] for _ in texts]
    i, base = 0, 0  # the text a hit falls in, and where it starts in ``joined``
    for hit in hits:
        while hit >= base + len(texts[i]):
            base += len(texts[i]) + 1
            i += 1
        out[i].append(hit - base)  # type: ignore[union-attr]
    return out


def _anchors(text: str, hits: list[int] | None) -> Iterator[re.Match]:
    """The matches of :data:`_ANCHOR` in ``text``, the same as ``_ANCHOR.finditer(text)``, found faster: most
    paragraphs cite nothing, and most clauses of those that do hold no citation word. ``hits``: where the words
    start (:func:`_word_hits`; None: scan the whole text). The scan runs over each clause (:func:`_clauses`) that
    holds a word. A match never crosses a clause break, and the lookarounds see the real text around the clause
    (``pos``/``endpos``), so no match is lost or changed. Each character is looked at a bounded number of times:
    linear in the text."""
    if hits is None:
        yield from _ANCHOR.finditer(text)
        return
    for start, end in _clauses(text, hits):
        yield from _ANCHOR.finditer(text, start, end)


def _clauses(text: str, hits: list[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause of ``text`` (the text between two of ``, ; : ( )``) that holds one of ``hits``,
    in order: it starts right after a clause break or at the text's start."""
    end = 0  # where the last clause scanned ends (at a clause break or the end of the text)
    for pos in hits:
        if pos < end:
            continue
        start = max(end, *(text.rfind(ch, end, pos) + 1 for ch in ",;:()"))
        brk = _CLAUSE_BREAK.search(text, pos)
        end = brk.start() if brk else len(text)
        yield start, end


def _anchor_starts(text: str, hits: list[int] | None) -> list[int]:
    """Where the matches of :func:`_anchors` start, the same list, each clause's kept (``_MEMO.clauses``): a clause
    met again (45 % of those scanned in every sixth corpus file: "in its resolution 70/1 of 25 September 2015") is
    not scanned again. A clause's matches depend on its text alone, digits written 9 (``_MEMO.prefixes.key``:
    _ANCHOR tells no digit from another): the scan sees nothing after it (``endpos``), and before it a clause break
    or the start of the text, where the lookbehinds of _ANCHOR, ``(?<![\\w/])`` and ``(?<![A-Z]\\s)``, both pass.
    tests/test_references_scan.py compares it with the plain scan, the same clauses after other characters."""
    if hits is None:
        return [m.start() for m in _ANCHOR.finditer(text)]
    kept = _MEMO.clauses
    folded = _MEMO.prefixes.key(text)  # the fold _longest reads next (kept for the last text)
    out: list[int] = []
    for start, end in _clauses(text, hits):
        key = folded[start:end]
        got = kept.get(key)
        if got is None:
            got = tuple(m.start() - start for m in _ANCHOR.finditer(text, start, end))
            if len(kept) >= _MEMO.LIMIT:
                kept.clear()
            kept[key] = got
        out += [start + k for k in got]
    return out


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return load("references.lark", parser="lalr", lexer="contextual", start=("start", "term_start", "appropriation_start"),
                propagate_positions=True, maybe_placeholders=False, terminals=MONTH_TERMINALS + ORDINAL_TERMINALS)


@lru_cache(maxsize=1)
def _prefixes() -> Prefixes:
    """The grammar's longest-prefix runner: a citation is its phrase, each prefix read as a text of its own; the
    tree built for the citation found only (``lazy``)."""
    return Prefixes(_parser(), alone=True, lazy=True)


def _longest(text: str, pos: int, start: str = "start") -> Tree | None:
    """The longest prefix of ``text[pos:]`` that is a whole citation, as a tree (positions are offsets from ``pos``);
    None when no prefix is. The parser reads a window of ``_WINDOW`` characters, and reads on where it may have been
    cut by the window's end (a list of forty resolutions and their dates: ``PrefixMemo(grow=True)``).

    One pass of the parser over the window, token by token (:class:`~resparse.grammars.Prefixes`): where it stops
    (a token or a character the grammar cannot take), the parser is asked to end there; when it can, that is the
    longest prefix. Only otherwise ("paragraph 5 and the Secretary-General": the list wants another member) does it
    back up to the last point where the input could have ended. A result is kept for the text it depends on
    (:class:`~resparse.grammars.PrefixMemo`, the digits written 9: the grammar's terminals tell no digit from
    another), so a phrase met again is not parsed again."""
    got = _MEMO.prefixes.longest(text, pos, start)
    return None if got is None else got[1]


# From an "of the ..." on, where DOC_NAME may be read, the memo keeps ``_PEEK_NAME`` characters of the text
_PEEK_NAME = 260  # DOC_NAME: its words (at most 200 characters after the first) and what it looks at after them


# the grammar's _SUBJECT (what a member of a list is on, "... of 20 December 2010 on the International Year of ...
# and 67/215"): where its head matches, it may read its words (at most 250 characters) and the next member's number
_SUBJECT_HEAD = re.compile(r",?\s+(?i:on|entitled|concerning|related|relating)\b|,\s+(?i:(?:by|in|under)\s+)?which\b")
_PEEK_SUBJECT = 320
# the grammar's _LIST_ASIDE (what a list of resolutions is on, "resolutions related to culture ..., in particular"):
# where its head matches it may read its words (at most 150 characters), the words that set apart, the next number
_ASIDE_HEAD = re.compile(r",?\s+(?i:on|concerning|related|relating|in\s+particular|including|notably|especially|particularly)\b")
_PEEK_ASIDE = 220
# the grammar's _SECTION_TITLE (a budget section's title before ", of the ..."): where its head matches it may read
# its words (at most 80 + 4 x 62 characters) and the ", of the " after them
_TITLE_HEAD = re.compile(r",\s+[A-Z]")
_PEEK_TITLE = 360


@lru_cache(maxsize=1)
def _name_head() -> re.Pattern:
    """The head of the grammar's DOC_NAME ("the|its|that|this", then the words it refuses): where it does not match,
    DOC_NAME fails within a few words; where it does, it may read on for ``_PEEK_NAME`` characters."""
    pattern = terminal_regex(_parser(), "DOC_NAME")
    depth, i = 0, pattern.index("(?!")
    for j in range(i, len(pattern)):
        if pattern[j] in "()" and pattern[j - 1] != "\\":
            depth += 1 if pattern[j] == "(" else -1
            if depth == 0:
                return re.compile(pattern[: j + 1])
    raise AssertionError("DOC_NAME has no negative lookahead")  # pragma: no cover


class _Memo:
    """What :func:`find` keeps: the longest citations by the text they depend on (:attr:`prefixes`, a
    :class:`~resparse.grammars.PrefixMemo` of :func:`_prefixes`, digits written 9), the trees as read (:func:`_read`)
    and the citations of whole texts (:func:`_find`). Bounded (each cleared when full)."""

    LIMIT = 10_000
    # texts whose citations are kept (``found``): the corpus's 902 files hold 12,028 distinct texts with a citation
    # word, 41 % of such texts recur; under 10,000 the build cleared them once and read 1,871 texts anew
    TEXTS = 20_000

    def __init__(self):
        self._prefixes: PrefixMemo | None = None
        self.read: dict[tuple[int, str, tuple[str, ...]], tuple[Tree, Citation | None]] = {}  # see _read
        self.found: dict[str, tuple[Citation, ...]] = {}  # see _find
        self.clauses: dict[str, tuple[int, ...]] = {}  # see _anchor_starts

    @property
    def prefixes(self) -> PrefixMemo:
        """The longest citations kept (made at first use: it loads the grammar)."""
        if self._prefixes is None:
            self._prefixes = PrefixMemo(_prefixes(), _WINDOW, far={"DOC_NAME": (_name_head(), _PEEK_NAME),
                                                                    "_SUBJECT": (_SUBJECT_HEAD, _PEEK_SUBJECT),
                                                                    "_LIST_ASIDE": (_ASIDE_HEAD, _PEEK_ASIDE),
                                                                    "_SECTION_TITLE": (_TITLE_HEAD, _PEEK_TITLE)},
                                        fold_digits=True, limit=self.LIMIT, grow=True)
        return self._prefixes

    def clear(self) -> None:
        """Forget every result (parses, readings, the citations of texts)."""
        if self._prefixes is not None:
            self._prefixes.clear()
        self.read.clear()
        self.found.clear()
        self.clauses.clear()


_MEMO = _Memo()


# ---------------------------------------------------------------- find


# a body other than the General Assembly named right before "resolution N/M" or "Assembly resolution N/M"
_BODY_WORDS = r"(?:Assembly|Commission|Board|Committee|Conference|Forum|Council|Organization|Parties)"
_OTHER_BODY_BEFORE = re.compile(rf"\b(?!General\b|Security\b)[A-Z][A-Za-z-]+\s+{_BODY_WORDS}\s+$")
_CAPITAL_BEFORE = re.compile(r"\b(?!General\b)[A-Z][A-Za-z-]+\s+$")
_BODY_REACH = 80  # characters before and after a citation that a body's name is looked for in (a name, a body word)
# the words a body's name is made of, read back from a citation (:func:`_name_reach`): capitalised words and the words
# that join them in a title ("Conference of the Parties to the United Nations Convention against Transnational
# Organized Crime resolution 12/4", A/RES/80/227 18)
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*|of|on|for|to|the|and|against|in|with")


def _name_reach(text: str, start: int) -> int:
    """Where the look for a body's name before ``start`` in ``text`` begins: at the word before the run of a name's
    words (:data:`_NAME_WORD`) that ends at ``start`` (that word: an opening phrase, "Reaffirming", or the clause's
    last word, "with"), never past a word that holds punctuation (a comma, a bracket: the clause ends there); at most
    :data:`_BODY_REACH` characters before ``start`` where the run is shorter. The name, not a count of characters,
    bounds it (a body's name of 101 characters, A/RES/80/227 18, was cut at 80 and not read); each character is read
    once per citation, and a run ends at the citation before (its number is no word of a name): linear in the text."""
    pos, end = start, start
    while True:
        while end > 0 and text[end - 1].isspace():
            end -= 1
        word_start = end
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        if word_start == end:
            break
        pos = word_start
        if not _NAME_WORD.fullmatch(text, word_start, end):
            break
        end = word_start
    return min(pos, max(0, start - _BODY_REACH))


# "resolution 10/4 of 16 October 2020 of the Conference of the Parties to ...", "resolution 5/5 of the United Nations
# Environment Assembly": the body named after the number (not one of those whose symbols _by_prefix writes)
# what a resolution is on, between it and the body that adopted it: "resolution 10/6 of 15 December 2023 on enhancing
# the use of beneficial ownership information to strengthen asset recovery, adopted by the Conference of the States
# Parties to the Convention" (A/RES/79/190 PP57; was named "resolution 10/6", no body); or its title in quotation
# marks, between commas, before "adopted by" or "of" the body: "resolution 3/2023 of 7 July 2023, entitled
# “International Day of the Potato”, adopted by the Conference of the Food and Agriculture Organization" (A/RES/78/123
# PP3), "resolution 10/11 of 15 December 2023, entitled “Follow-up to ...”, of the Conference of the States Parties to
# the Convention" (79/190 PP70; were named "resolution 3/2023", "resolution 10/11", no body)
_SUBJECT_BEFORE_BODY = re.compile(r"\s+on\s+[^,;:.()\[\]“”\"]{1,200}?(?=,\s*adopted\s+by\s+the\s)"
                                  r"|,\s*entitled\s+[“\"][^”\"\n]{1,300}[”\"](?=,\s*(?:adopted\s+by|of)\s+the\s)")


def _subject_end(after: str) -> int:
    """Where the subject of a resolution (:data:`_SUBJECT_BEFORE_BODY`) at the start of ``after`` ends; 0 for none."""
    m = _SUBJECT_BEFORE_BODY.match(after)
    return m.end() if m else 0


_OTHER_BODY_AFTER = re.compile(
    rf"\s*,?\s*(?:of|adopted\s+by)\s+the\s+(?P<body>)(?!General\s+Assembly\b|Security\s+Council\b|Economic\s+and\s+Social"
    rf"\s+Council\b|Human\s+Rights\s+Council\b)(?:[A-Z][\w-]*\s+){{0,6}}{_BODY_WORDS}\b")


# a resolution or decision by number, or an annex to one ("annex III to decision 15/8 of the Conference of the Parties"),
# or a part "of" one ("paragraph 3 of resolution 10/4 of the Conference of the Parties": its ``doc``)
_OF_NUMBER = re.compile(r"(?:(?:(?!\b(?i:resolutions?|decisions?)\b).)*?\b(?i:of)\s+(?=(?i:resolutions?|decisions?)\b))?"
                        r"(?P<doc>(?i:(?:(?:the\s+)?annex(?:es)?\b.*?\bto\s+)?(?:resolutions?|decisions?))\b)", re.DOTALL)


# the words of a body's name after its body word: "of the Parties to the Convention on Biological Diversity"
# (a number is no word of it: "resolutions EC-55/1 of the Executive Council and A-32/3 of the Assembly", A/RES/78/69 309)
# A word in lower case between two capitalised words of a title is one of it that the text failed to capitalise: "the
# Conference of the Parties to the United Nations Convention against Transnational organized Crime at its tenth
# session" (A/RES/79/133 PP7, as the official text prints it; the name was cut at "Transnational"); not a word that
# joins (those above) nor one before a word in lower case ("held in Abu Dhabi": "in" joins no capitalised word)
_NAME_GOES_ON = re.compile(r"(?:\s+(?:of|on|to|for|against|and|in|with)(?:\s+the)?\s+[A-Z][\w'’-]*+(?!/)"
                           r"(?:\s+(?:(?!(?:of|on|to|for|against|and|in|with|the|at|by|as|from|under|into)\s)[a-z][\w'’-]*\s+)?"
                           r"[A-Z][\w'’-]*+(?!/))*)*")
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w'’-]*\s+)+$")  # the capitalised words of a name right before a body word


@lru_cache(maxsize=None)
def _terminal(name: str) -> re.Pattern:
    """The grammar's terminal ``name`` compiled alone (``grammars.terminal_regex``), once each: DATE, a date of
    adoption written after a number ("of 19 September 2016", ", also of 16 October 2020", "of 15 of December of
    2022": no part of a document's name); DOC_NAME, a document named in words ("the proposed programme budget for
    2025"); SYMBOL, a United Nations document symbol as written, to tell whether words are one. Raises KeyError for a
    name the grammar has not."""
    return re.compile(terminal_regex(_parser(), name))


_SPACES = re.compile(r"\s+")
# the patterns of the hot paths below, compiled once (as each call wrote it before: the same flags, the same match)
_BY_SESSION = re.compile(r"A/(?:RES|DEC)/(\d+)/\d+\w*")  # _assembly_numbered
_BY_NUMBER = re.compile(r"[AE]/(RES|DEC)/(\d+/\d+\w*)")  # _as_issued_by
_COUNCIL_NUMBER = re.compile(r"((?:A/HRC|E|S|T)/RES/)(\d+/\d+\w*)")  # _issued_elsewhere
_RESOLUTIONS_WORD = re.compile(r"(?i:resolutions?)\b")  # _find_anew
_SAME_NAMED = re.compile(r"(?i:the\s+same\s+\w+)")  # _find_anew: the grammar's SAME_DOC, named as written
_SESSION_NUMBER = re.compile(r"((?:E?S-)?\d+)/\d")  # _session
_SESSION_ROMAN = re.compile(r"\d\s*(?:[A-Z]\s*)?(\((?:E?S-)?[IVXLC]+\))$")  # _session
_YEAR_FIRST = re.compile(r"(\d{4})/")  # _by_prefix
_NUMBER_PARTS = re.compile(r"(\S*\d) ?([A-Z]{1,2}\b.*)")  # _Reader._resolution
_YEAR_LAST = re.compile(r"(?<!\d)\d{4}$")  # _Reader._date
# _Reader._date: the day, month and year of the grammar's DATE ("of 15 of December of 2022": 15, December, 2022)
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+(?:(?i:of)\s+)?([A-Z][a-z]+)\s+(?:(?i:of)\s+)?(\d+)$")
_AND_LAST = re.compile(r"\band\s*$")  # _Reader._share_date


def _flat(text: str) -> str:
    """``text`` on one line, one space between words, without the dates written in it ("resolution 10/4 of 16
    October 2020 of the Conference" -> "resolution 10/4 of the Conference")."""
    return _SPACES.sub(" ", _terminal("DATE").sub("", text)).strip(" ,")


_COMMA_OF = re.compile(r"^\s*,\s*(?=of\b)")


class _OtherName(NamedTuple):
    """Another body's document named as written, and the body found naming it: ("before", "Environment Assembly")
    for "Environment Assembly resolution 2/21", ("after", "Conference of the Parties to the Convention") for
    "resolution 10/4 of the Conference of the Parties to the Convention"; None where no body is named (a number the
    Assembly never gave: "resolution 3/2023"). The body goes on to the next member of a list (:func:`_find_anew`)."""

    name: str
    body: tuple[str, str] | None = None


def _other_body(before: str, phrase: str, after: str = "") -> _OtherName | None:
    """ "Statistical Commission decision 53/113", "United Nations Habitat Assembly resolution 2/3", "Governing Council
    decision 27/2", "resolution 10/4 of the Conference of the Parties to ...", "annex III to decision 15/8 of the
    Conference of the Parties to the Convention": a resolution of another body (or its annex), which no symbol of
    the General Assembly names: the body's document as written (the name of the body and the phrase) with the body
    found (:class:`_OtherName`), else None.
    ``before``, ``after``: the text just before the citation (from where a body's name could start:
    :func:`_name_reach`) and after it (:data:`_BODY_REACH` characters four times), so that the look is linear in the
    text."""
    if (of := _OF_NUMBER.match(phrase)) and (m := _OTHER_BODY_AFTER.match(after, _subject_end(after))):
        rest = _NAME_GOES_ON.match(after, m.end())  # "of the Parties to the Convention on Biological Diversity"
        # the part cited stays the citation's label; what it is on, no part of the name
        # "of" the body is no apposition: "resolution 10/11 ..., entitled “...”, of the Conference" is "resolution 10/11
        # of the Conference" (its title no part of the name)
        return _OtherName(_flat(phrase[of.start("doc") :] + _COMMA_OF.sub(" ", after[m.start() : rest.end()], count=1)),
                          ("after", _flat(after[m.start("body") : rest.end()])))
    if re.match(r"(?:Assembly|Council)\s+(?:resolution|decision)", phrase):
        m = _CAPITAL_BEFORE.search(before)
        # "Reaffirming Assembly resolution 60/1": an opening phrase is no body's name
        if not m or _opening_word(m.group(0).strip()):
            return None
        return _body_before(_name_from(before, _NAME_RUN.search(before).start()), phrase)
    if re.match(r"(?i:resolutions?|decisions?)\b", phrase):
        m = _OTHER_BODY_BEFORE.search(before) or _OTHER_BODY_NAMED_BEFORE.search(before)
        return _body_before(_name_from(before, m.start()), phrase) if m else None
    return None


_DOCUMENT_WORD = re.compile(r"(?i:\b(?:resolutions?|decisions?)\b)")


def _body_before(body: str, phrase: str) -> _OtherName:
    """The document ``phrase`` names, of the body whose name (or its first words: "United Nations Habitat", then
    "Assembly resolution 2/3") ``body`` writes right before it: "United Nations Habitat Assembly resolution 2/3", the
    body "United Nations Habitat Assembly"."""
    word = _DOCUMENT_WORD.search(phrase)
    return _OtherName(_flat(body + phrase), ("before", _flat(body + phrase[: word.start()])))


def _opening_word(word: str) -> bool:
    """Does ``word`` open a paragraph: an opening phrase ("Recalling", "Recalls"), or the verb of one as a declaration
    annexed writes it after "We, the Heads of State and Government, ...:" ("Recall World Health Assembly resolution
    76.4", A/RES/78/4, annex, 7: "Recalls" without its "s"; the name was "Recall World Health Assembly")?"""
    return opening_phrase(word) is not None or word[-1:].islower() and opening_phrase(word + "s") is not None


def _name_from(before: str, start: int) -> str:
    """A body's name that ends ``before`` and holds ``before[start:]``: from the first of the capitalised words right
    before it, an opening phrase left out ("Recalling United Nations Habitat Assembly", "the Economic Commission for
    Africa": "Economic Commission for Africa"), and a footnote's signal ("See", "Cf.": :data:`_SIGNAL`)."""
    run = _NAME_RUN.search(before, 0, start)
    if run is not None and run.end() == start:
        start = run.start()
    name = before[start:]
    first = name.split(None, 1)[0] if name.strip() else ""
    if first and _opening_word(first):
        name = name[len(first) :]
    elif first in ("See", "Cf."):
        name = _SIGNAL.sub("", name.lstrip(), count=1)  # a footnote's signal ("See Conference of the Parties ...")
    return name


# The Councils whose resolutions the Assembly cites by number, by the symbol's prefix each writes (UN Editorial
# Manual, document symbols). A bare "Council" is the one of these the text named last.
_COUNCILS = {"human rights council": "A/HRC/RES/", "security council": "S/RES/",
             "economic and social council": "E/RES/", "trusteeship council": "T/RES/"}
_COUNCIL_NAMED = re.compile(r"\b(?:Human\s+Rights|Security|Economic\s+and\s+Social|Trusteeship)\s+Council\b")
# "established by the Human Rights Council in its resolution 22/13", "the Council, in its resolution": the body
# whose resolution "its" is, named right before (a name: capitalised words, "on/of" and capitalised words after)
_SUBJECT_BEFORE = re.compile(
    rf"(?P<body>(?:\b[A-Z][\w-]*\s+(?:and\s+)?)*{_BODY_WORDS}(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w-]*"
    rf"(?:\s+(?:and\s+|of\s+(?:the\s+)?|to\s+the\s+|against\s+)?[A-Z][\w-]*)*)?)\s*,?\s+(?:in|(?P<aside>in\s+particular))\s+$")
# "the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, in particular
# its resolution 10/4" (A/RES/78/267 PP3): the characters before "its" a body's name is looked for in. After "in
# particular" the body is the one named before only where the numbers cannot be the Assembly's: "the Durban
# Declaration and Programme of Action adopted by the World Conference, in particular its resolutions 66/144, ..."
# (A/RES/78/234 PP1) are the Assembly's own
_SUBJECT_REACH = 3 * _BODY_REACH
# a body named "Commission on Human Rights", "Conference of the Parties to the Convention" right before the phrase;
# the name runs on over the words that join a treaty's title as _NAME_GOES_ON's do after the body word: "See
# Conference of the Parties to the Convention on Biological Diversity decision 15/4" (A/RES/78/69 footnote 138),
# "Conference of the Parties to the United Nations Convention against Transnational Organized Crime resolution 12/4"
# (A/RES/80/227 18): were "decision 15/4", "resolution 12/4", of no body
# "and" before another body's name is no part of the name: "the Programme of Action of the International Conference
# on Population and Development and Commission on Population and Development resolutions 2006/2, ..." (A/RES/79/217
# PP1) are the Commission's
_OTHER_BODY_NAMED_BEFORE = re.compile(
    rf"\b{_BODY_WORDS}\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+(?!(?:[A-Z][\w-]*\s+)*{_BODY_WORDS}\b)|"
    rf"(?:of|on|for|against|in|with)\s+"
    rf"(?:the\s+)?|to\s+the\s+)?[A-Z][\w-]*)*\s+$")


# the symbols read from a number alone ("resolution 5/14"), which another body's number would be taken for; a
# symbol written out ("its resolution GC.18/Res.9") names its document whoever cites it
_NUMBERED = ("A/RES/", "E/RES/", "A/DEC/", "E/DEC/")
# between a citation and the next of one list: "and", a comma, a footnote's number left after a date ("2011,1 and")
_LIST_CONTINUES = re.compile(r"[\d\s]*(?:,\s*(?:and\s+)?|and\s+)")
# between two resolutions of another body's list, each with what it is on, its title or the session that adopted it:
# "..., entitled “Taking action against ...”, resolution 27/2" (A/RES/78/228 PP14); "Environment Assembly resolution
# 2/21 on sand and dust storms, adopted during its second session, resolution 4/10 on ..." (A/RES/79/212 15)
_MEMBER_GOES_ON = re.compile(r"(?:\s+on\s+[^,;:.“”\"()\[\]]{1,200}?)?(?:,\s*entitled\s+[“\"][^”\"]{1,300}[”\"])?"
                             r"(?:,\s*adopted\s+(?:during|at)\s+its\s+[\w-]+\s+session)?[\d\s]*(?:,\s*(?:and\s+)?|and\s+)")
# the body a sentence names as adopting what it cites before: "..., adopted by the Conference of the States Parties
# to the Convention at its sixth session" (A/RES/79/190 PP69), "... and the adoption of resolution 10/12 on ... by the
# Conference of the States Parties to the Convention" (79/190 59); not a body whose resolutions have a symbol of the
# Assembly's series (_OTHER_BODY_AFTER's exclusions)
_ADOPTED_BY = re.compile(
    rf"\b(?:adopted\s+)?by\s+the\s+(?P<body>(?!General\s+Assembly\b|Security\s+Council\b|Economic\s+and\s+Social"
    rf"\s+Council\b|Human\s+Rights\s+Council\b)(?:[A-Z][\w-]*\s+){{0,6}}{_BODY_WORDS}\b)")
_CLAUSE_END = re.compile(r"[;:]|\.\s|\.$")


def _adopted_by_after(text: str, end: int) -> str | None:
    """The body ``text`` names after ``end``, in the same sentence (no semicolon, colon or full stop between), as
    adopting what it cites (:data:`_ADOPTED_BY`), with what it is of (:data:`_NAME_GOES_ON`), on one line; None when
    it names none so. The first such body: a list of one body's resolutions names it once, after the last member."""
    stop = _CLAUSE_END.search(text, end)
    m = _ADOPTED_BY.search(text, end, stop.start() if stop else len(text))
    if m is None:
        return None
    return _flat(text[m.start("body") : _NAME_GOES_ON.match(text, m.end()).end()])


def _council_named(text: str, councils: list[tuple[int, str]], at: int) -> str | None:
    """The prefix of the Council ``text`` names last before ``at`` (``councils``: (position, prefix) in order)."""
    prefix = None
    for pos, pre in councils:
        if pos >= at:
            break
        prefix = pre
    return prefix


def _issuer(text: str, cit: Citation, councils: list[tuple[int, str]]) -> tuple[str | None, _OtherName | None]:
    """Whose resolutions or decisions an external citation names where its phrase leaves it to the context (the
    grammar reads the body the phrase names: :attr:`Citation.issuer`): (the symbol prefix of a Council, None), (None,
    the name of another body's document as written with the body found, :class:`_OtherName`), or (None, None) for
    the phrase's own reading. The rules:

    - "its", "their": the body named right before ("the Human Rights Council in its resolution", "the Council, in its
      resolution": a bare "Council" as below); the Assembly's own, or another body's;
    - a bare "Council": the Council the text named last before it (:data:`_COUNCILS`); none named: left to the
      resolution (:func:`resolve`); a capitalised word right before it, other than an opening phrase, makes it
      another body's ("Governing Council decision 27/2");
    - no body named ("resolution 10/4"): another body named right before or after (:func:`_other_body`); a bare
      "Conference" (or "Commission", "Committee", "Board", "Forum") right before: the body of that word the text named
      last (:func:`_bare_body`); else a member set apart from a list of a body's resolutions named right before
      ("relevant Human Rights Council resolutions, in particular resolutions 7/34 ...", "all resolutions and decisions
      of the Conference of the States Parties to the Convention, including resolutions 7/8 ...": :func:`_listed_by`):
      that body's, whatever its numbers.

    Security Council numbers ("2018 (2011)") and the Economic and Social Council's years ("2011/36") keep their own
    reading."""
    before = text[_name_reach(text, cit.start) : cit.start]
    by = (cit.issuer or "").lower()
    numbered = any(d.startswith(_NUMBERED) for d in cit.documents)
    if by in ("its", "their"):
        m = _SUBJECT_BEFORE.search(text, max(0, cit.start - _SUBJECT_REACH), cit.start)
        if m is None or m.group("aside") and any(_assembly_numbered(d) for d in cit.documents):
            return None, None
        body = _flat(m.group("body"))
        low = body.lower()
        if low.endswith("general assembly") or low == "assembly":
            return None, None
        for name, prefix in _BODIES.items():
            if low.endswith(name):  # "the Commission on Human Rights in its resolution 2005/69": E/CN.4/RES/2005/69
                return (prefix, None) if prefix else (None, _its_name(body, cit.phrase))
        if low == "council":
            return _council_named(text, councils, m.start()), None
        return None, (_its_name(body, cit.phrase) if numbered else None)
    after = text[cit.end : cit.end + 4 * _BODY_REACH]  # a body's name after it may be long
    other = _other_body(before, cit.phrase, after) if by in ("", "council", "assembly") else None
    if other is not None:  # a number read as the Assembly's, or a decision of a treaty body ("decision 2/CP.23")
        return None, other if numbered or not cit.documents else None
    if by == "" and (numbered or not cit.documents) \
            and (found := _bare_body(text, cit) or _listed_by(text, cit.start) or _source_body(text, cit)) is not None:
        where, body = found
        low = body.lower()
        if low.endswith("general assembly") or low == "assembly":
            return None, None
        prefix = next((pre for name, pre in _BODIES.items() if low.endswith(name)), "")
        if prefix:
            return prefix, None  # "Human Rights Council resolutions, in particular resolutions 7/34": A/HRC/RES/7/34
        written = _written(cit)
        return None, _OtherName(f"{body} {written}" if where == "before" else f"{written} of the {body}", found)
    if by == "council":
        return _council_named(text, councils, cit.start), None
    return None, None


# a body's word written alone right before "resolution", "decision" ("Conference resolution 6/1", A/RES/79/190 PP40):
# the body of that word the text named in full before; the word before it no capitalised name (:func:`_other_body`)
_BARE_BODY_WORD = re.compile(r"(?:^|(?P<prev>\S+)\s+)(?P<word>Conference|Commission|Committee|Board|Forum)\s+$")


def _bare_body(text: str, cit: Citation) -> tuple[str, str] | None:
    """ "Conference resolution 6/1" after "the Conference of the States Parties to the Convention" (A/RES/79/190 PP40,
    PP36): ("after", "Conference of the States Parties to the Convention"), the body the text names last before the
    citation with that word and more (its capitalised words before, what it is of after: :data:`_NAME_GOES_ON`;
    "Commission resolution 31/1" after "Commission on Crime Prevention and Criminal Justice resolutions ...", 78/229
    PP77); none named so: ("before", "Conference") as written (79/190 64). None when no bare body word stands right
    before ``cit`` (:data:`_BARE_BODY_WORD`; a capitalised word before it names another body, :func:`_other_body`)."""
    m = _BARE_BODY_WORD.search(text, max(0, cit.start - _BODY_REACH), cit.start)
    if m is None or m.group("prev") and (m.group("prev")[0].isupper() and opening_phrase(m.group("prev")) is None):
        return None
    word, body = m.group("word"), None
    for named in re.compile(rf"\b((?:[A-Z][\w-]*\s+)*{word})\b").finditer(text, 0, m.start("word")):
        full = _name_from(named.group(1), 0) + _NAME_GOES_ON.match(text, named.end(), m.start("word")).group()
        if _flat(full) != word:
            body = _flat(full)
    return ("after", body) if body else ("before", word)


# the words that set a member apart from a list of a body's resolutions named right before it: "relevant Human Rights
# Council resolutions, in particular" (A/RES/78/190 PP2), "all relevant Human Rights Council resolutions on the topic,
# including" (78/208 PP13), "all resolutions and decisions of the Conference of the States Parties to the Convention,
# including" (79/190 43), "resolutions related to integrated coastal zone management adopted by the United Nations
# Environment Assembly of the United Nations Environment Programme, including" (78/159 PP16): the body named before
# the words (its capitalised words and body word) or after them ("of", "adopted by")
_SET_APART = r",?\s+(?:including|in\s+particular|notably|particularly|especially|such\s+as)\s+$"
_DOCUMENTS_WORDS = r"(?:resolutions|decisions)(?:\s+and\s+(?:resolutions|decisions))?"
_LIST_SUBJECT = r"(?:\s+(?:on|related\s+to|relating\s+to)\s+[^,;:()“”]{1,120}?)?"
_LISTED_BEFORE = re.compile(rf"(?P<body>(?:\b[A-Z][\w-]*\s+)+{_BODY_WORDS})\s+{_DOCUMENTS_WORDS}{_LIST_SUBJECT}{_SET_APART}")
_LISTED_AFTER = re.compile(rf"\b{_DOCUMENTS_WORDS}{_LIST_SUBJECT}\s+(?:of|adopted\s+by)\s+the\s+(?P<body>(?:[A-Z][\w-]*\s+)"
                           rf"{{0,6}}{_BODY_WORDS}(?:\s+(?:of|on|to|for|against|and|in|with)(?:\s+the)?\s+[A-Z][\w'’-]*"
                           rf"(?:\s+[A-Z][\w'’-]*)*)*){_SET_APART}")
_SET_APART_END = ("including", "particular", "notably", "particularly", "especially", "such as")


# a footnote that opens with the body whose documents it lists, set apart by a comma, as a footnote names its source:
# "Indian Ocean Tuna Commission, resolutions 12/07 and 13/07." (A/RES/78/68 footnote 46; "International Commission for
# the Conservation of Atlantic Tunas, recommendation 11–16.", its footnote 45)
_SOURCE_BODY = re.compile(rf"(?:(?:See|Cf\.)\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+)*{_BODY_WORDS}\b{_NAME_GOES_ON.pattern}),\s*")


def _source_body(text: str, cit: Citation) -> tuple[str, str] | None:
    """("before", body) when ``text`` opens with a body's name and a comma right before ``cit``
    (:data:`_SOURCE_BODY`): the body whose documents the footnote lists; None otherwise."""
    m = _SOURCE_BODY.fullmatch(text, 0, cit.start)
    return ("before", _flat(m.group("body"))) if m else None


def _listed_by(text: str, start: int) -> tuple[str, str] | None:
    """("before", body) or ("after", body) for a citation at ``start`` set apart from a list of another body's
    resolutions or decisions named right before it (:data:`_LISTED_BEFORE`, :data:`_LISTED_AFTER`); None otherwise."""
    if not text[max(0, start - 16) : start].rstrip().endswith(_SET_APART_END):
        return None
    for where, pattern in (("before", _LISTED_BEFORE), ("after", _LISTED_AFTER)):
        if (m := pattern.search(text, max(0, start - _SUBJECT_REACH), start)) is not None:
            body = _flat(m.group("body"))
            first = body.split(None, 1)[0]
            if where == "before" and opening_phrase(first) is not None:
                body = body[len(first) :].strip()  # "Recalling Human Rights Council resolutions, including"
            return where, body
    return None


def _written(cit: Citation) -> str:
    """The document ``cit`` names as written, on one line without its dates: the part it cites left out (it stays
    the citation's label: "resolution 9/2, para. 15", "paragraph 6 of its resolution 2/10")."""
    written = cit.phrase
    if cit.portion and cit.portion in written:
        written = re.sub(r"^\s*,?\s*of\s+", "", written.replace(cit.portion, "", 1))
    return _flat(written)


def _assembly_numbered(symbol: str) -> bool:
    """Can ``symbol``, read from a number alone, be a resolution or decision of the Assembly's? "A/RES/66/144" yes;
    "A/RES/10/4" no: the Assembly has numbered its resolutions by session ("31/1") since its thirty-first session, and
    before it serially with the session in roman ("1514 (XV)": UN Editorial Manual, document symbols); a special
    session's "S-10/2" yes."""
    m = _BY_SESSION.fullmatch(symbol)
    return m is None or int(m.group(1)) >= 31


def _its_name(body: str, phrase: str) -> _OtherName:
    """ "United Nations Environment Assembly", "paragraph 2 of its resolution 4/6": "United Nations Environment Assembly
    resolution 4/6", the body's document as written (the part, paragraph 2, stays the citation's label), the body
    before it."""
    m = re.search(r"(?i:\b(?:its|their)\s+)", phrase)
    return _OtherName(_flat(body + " " + phrase[m.end() :]), ("before", _flat(body)))


def _named_other(cit: Citation, name: str) -> Citation:
    """``cit`` as the citation of another body's document ``name`` (no symbol: its targets keep their labels)."""
    return replace(cit, targets=[Target(None, t.label) for t in cit.targets], document_name=name, dates={},
                   shared_dates=())


def _as_issued_by(cit: Citation, prefix: str | dict[str, str]) -> Citation:
    """``cit`` with the resolutions and decisions it names by a number alone (A/RES/N/M, numbered by session;
    E/RES/YEAR/N, numbered by year) as ``prefix``'s (A/HRC/RES/; DEC for RES for a decision); a dict: only the
    symbols it holds, each as the prefix it gives."""
    def moved(doc: str | None) -> str | None:
        m = _BY_NUMBER.fullmatch(doc or "")  # the Assembly's, or a number by year
        if m:  # a decision of that body: its prefix with DEC for RES ("Council decision 18/120": A/HRC/DEC/18/120)
            pre = prefix.get(doc) if isinstance(prefix, dict) else prefix
            return doc if pre is None else pre.replace("/RES/", f"/{m.group(1)}/") + m.group(2)
        return doc
    if not any(moved(t.document) != t.document for t in cit.targets):
        return cit
    return replace(cit, targets=[t._replace(document=moved(t.document)) for t in cit.targets],
                   dates={moved(k): v for k, v in cit.dates.items()},
                   shared_dates=tuple(moved(k) for k in cit.shared_dates))


def find(text: str) -> list[Citation]:
    """Every citation in ``text``, in order, with its span (character offsets, end exclusive). A bare "Council
    resolution 52/28" that ``text`` names no Council before is the Human Rights Council's
    (:data:`_COUNCIL_BY_SESSION`; within a resolution :func:`resolve` first asks the resolution's own naming)."""
    return [_as_issued_by(c, _COUNCIL_BY_SESSION) if _unnamed_council(c) else c for c in _find(text, _word_hits(text))]


def _find(text: str, hits: list[int] | None) -> list[Citation]:
    """:func:`find`, the words of :data:`_ANCHOR_WORDS` found already (:func:`_anchors`). The citations of a text
    depend on the text alone (``hits`` are found in it): they are kept per text (``_MEMO.found``), for the texts
    that recur across resolutions (41 % of the corpus's paragraph and footnote texts that hold a citation word are
    the text of one met before). A new list each call; the Citations are shared between calls on one text (never
    change one: ``dataclasses.replace`` makes another, as this module does)."""
    if hits == []:
        return []
    kept = _MEMO.found.get(text)
    if kept is None:
        kept = tuple(_find_anew(text, hits))
        if len(_MEMO.found) >= _MEMO.TEXTS:
            _MEMO.found.clear()
        _MEMO.found[text] = kept
    return list(kept)


def _find_anew(text: str, hits: list[int] | None) -> list[Citation]:
    """:func:`_find` without its memo."""
    out: list[Citation] = []
    consumed = 0
    last_docs: list[str] = []  # for "the same resolution"
    councils = [(m.start(), _COUNCILS[_SPACES.sub(" ", m.group()).lower()]) for m in _COUNCIL_NAMED.finditer(text)] \
        if "Council" in text else []
    last_issuer: str | None = None  # the Council whose resolutions or decisions the citation before names
    last_body: tuple[str, str] | None = None  # another body's whose resolutions the citation before names (_OtherName)
    # the body of another body's resolutions cited last, and where that citation ends (for a member later in its
    # sentence that names none); the citations just before of another body's documents that name no body (their
    # indexes in ``out``), for the body their list names after its last member
    sentence_body: tuple[tuple[str, str], int] | None = None
    unnamed: list[int] = []
    last_name: str | None = None  # the document the citation before names in words ("the same report": it)
    for at in _anchor_starts(text, hits):
        if at < consumed:
            continue
        tree = _longest(text, at)
        if tree is None:
            continue
        cit = _read(tree, text, at, [] if last_docs and _authored_between(text, consumed, at) else last_docs)
        if cit is None:
            continue
        if cit.relative == "same" and last_docs and _THEREOF.search(cit.phrase) and _titled_between(text, consumed, at):
            cit = _read(tree, text, at, [])  # "article 27 thereof" of the instrument named since, not of 47/135
            if cit is None:
                continue
        if cit.unit == "section" and (income := _INCOME_BEFORE.search(text, max(0, cit.start - 8), cit.start)):
            cit = _income_sections(cit, text, income.start())
        issuer, other = _issuer(text, cit, councils) if cit.kind == "external" else (None, None)
        if issuer is None and other is None and cit.kind == "external" and last_issuer and cit.issuer is None \
                and _RESOLUTIONS_WORD.match(cit.phrase) and _LIST_CONTINUES.fullmatch(text, consumed, cit.start):
            issuer = last_issuer  # "Human Rights Council decision 18/120 of ... 2011 and resolutions 24/14": its too
        # the next member of a list whose member before is another body's: "Commission on Crime Prevention and
        # Criminal Justice resolution 27/2 of 18 May 2018, entitled “...”, ..., resolution 32/1 of 27 May 2023" (A/RES/
        # 80/228 PP14): the Commission's, though the Assembly gave numbers of that shape (was A/RES/32/1)
        continued = issuer is None and other is None and cit.kind == "external" and cit.issuer is None \
            and last_body is not None and _RESOLUTIONS_WORD.match(cit.phrase) is not None \
            and _MEMBER_GOES_ON.fullmatch(text, consumed, cit.start) is not None
        if issuer is None and other is None and cit.kind == "external" \
                and (continued or any(not _assembly_numbered(d) for d in cit.documents)):
            # "Welcoming resolution 3/2023 of 7 July 2023", "resolutions 7/34 ..., 18/15 ... and 21/33" (of the Human
            # Rights Council, named before): a number the Assembly never gave is another body's, as written
            other = _OtherName(_written(cit))
            if not continued and (body := _adopted_by_after(text, cit.end)) is not None:
                # "Recalling resolution 6/2 on ..., resolution 6/3 on ... and resolution 6/4 of 6 November 2015 on
                # ..., including through international cooperation, ..., adopted by the Conference of the States
                # Parties to the Convention at its sixth session" (A/RES/79/190 PP69): the body its sentence names as
                # adopting it (were "resolution 6/2", of no body; the subject's commas hide it from _other_body)
                other = _OtherName(f"{other.name} of the {body}", ("after", body))
            if continued:
                # "Commission on Crime Prevention and Criminal Justice resolution 32/1 of 27 May 2023, entitled “...”,
                # resolution 27/2 of 18 May 2018, ..." (A/RES/78/228 PP14): the list's body, named with its first member
                other = _OtherName(f"{last_body[1]} {other.name}" if last_body[0] == "before"
                                   else f"{other.name} of the {last_body[1]}", last_body)
            elif other.body is None and sentence_body is not None \
                    and _CLAUSE_END.search(text, sentence_body[1], cit.start) is None:
                # "... including resolutions 7/8 on ..., 8/4 on ..., and 10/3 on ... [of the Conference], as well as
                # General Assembly resolution 77/235 on ..., as well as resolution 7/5 on promoting preventive
                # measures against corruption" (A/RES/79/190 43): a number the Assembly never gave, of no body named
                # around it, is of the other body whose resolutions its sentence cited last (was "resolution 7/5")
                body = sentence_body[0]
                other = _OtherName(f"{body[1]} {other.name}" if body[0] == "before" else f"{other.name} of the {body[1]}",
                                   body)
        if other is not None and other.body is not None and other.body[0] == "after" and unnamed \
                and out[unnamed[-1]].end == consumed and _MEMBER_GOES_ON.fullmatch(text, consumed, cit.start):
            # "resolution 9/1 of 15 December 2021, entitled “...”, and resolution 10/11 of 15 December 2023, entitled
            # “...”, of the Conference of the States Parties to the Convention" (A/RES/79/190 PP70): the body named
            # after the list's last member is each member's (9/1 was "resolution 9/1", of no body)
            for i in unnamed:
                out[i] = replace(out[i], document_name=f"{out[i].document_name} of the {other.body[1]}")
        if cit.relative == "same" and not cit.documents and _SAME_NAMED.fullmatch(cit.document_name or "") \
                and last_name is not None:
            cit = replace(cit, document_name=last_name, targets=list(cit.targets))  # "annex II to the same report"
        if other is not None:
            cit = _named_other(cit, other.name)  # "United Nations Habitat Assembly resolution 2/3": not the Assembly's
        elif issuer is not None:
            cit = _as_issued_by(cit, issuer)  # "Council resolution 52/28" after "the Human Rights Council"
        # a run of other bodies' documents of no body named, each member right after the one before
        unnamed = (unnamed if unnamed and out[unnamed[-1]].end == consumed
                   and _MEMBER_GOES_ON.fullmatch(text, consumed, cit.start) else []) + [len(out)] \
            if other is not None and other.body is None else []
        out.append(cit)
        consumed = cit.end
        last_body = other.body if other is not None else None
        if other is not None and other.body is not None:
            sentence_body = (other.body, cit.end)
        if cit.kind == "external" and (cit.documents or cit.document_name):
            last_name = None if cit.documents else cit.document_name
        docs = cit.documents
        last_issuer = next((p for p in _COUNCILS.values() if docs and all(
            d.startswith(p) or d.startswith(p.replace("RES", "DEC")) for d in docs)), None)
        if docs or cit.kind == "external" and cit.document_name:
            # "thereof" and "the same" name the document cited last: a document named in words ("Chapter VI of the
            # Charter, ... Article 33 thereof") ends the reach of the symbol before it
            last_docs = docs
    return out


@lru_cache(maxsize=1)
def _authored() -> re.Pattern:
    """A document named in words by its author: a noun of data/authored_documents.txt after "the" and before "of" or
    "by" ("the report of the United Nations High Commissioner for Human Rights", "the note by the Secretary-General")."""
    words = "|".join(map(re.escape, data.lines("authored_documents.txt")))
    return re.compile(r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:" + words + r")s?\s+(?:of|by)\b", re.IGNORECASE)


_QUOTED = re.compile(r"“[^”]*”")


def _authored_between(text: str, start: int, end: int) -> bool:
    """Is a document that no citation reads named by its author between the citation before (ending at ``start``)
    and one at ``end``, outside quotation marks (:func:`_authored`)? Then "thereto", "thereof" and "the same" name that document, not the one
    cited before: "Recall Human Rights Council resolutions 43/1 of 19 June 2020 and 47/21 of 13 July 2021, and take
    note with appreciation of the report of the United Nations High Commissioner for Human Rights on ... and the annex
    thereto" (A/RES/76/1, annex, para. 15; 78/234, para. 30): the report's annex, not the resolutions' (its symbol is
    in a footnote after the paragraph's end). Not a document in the annex cited ("its resolution 74/4 ..., in which it
    endorsed the political declaration in the annex thereto", A/RES/78/178 PP4), nor an instrument a body adopted
    ("resolution 79/233 ..., by which it adopted the Programme of Action ..., contained in the annex to the
    resolution", A/RES/79/279 PP3), nor a title in quotation marks
    ("its resolution 79/1 ..., entitled “The Pact for the Future”, including the annex thereto", A/RES/79/325 PP1)."""
    return _authored().search(_QUOTED.sub(" ", text[start:end])) is not None


_THEREOF = re.compile(r"(?i:thereof)$")


def _titled_between(text: str, start: int, end: int) -> bool:
    """Is an instrument named by its title (:func:`_named_last`, outside quotation marks) between the citation before
    (ending at ``start``) and one at ``end``? Then "thereof" names it, the nearest document named before it, not the
    resolution cited before: "its resolution 47/135 ..., by which it adopted the Declaration on ... Minorities, and
    the International Covenant on Civil and Political Rights, in particular article 27 thereof" (A/RES/78/330 PP14):
    the Covenant's article 27; "resolutions 61/105, ... and 71/123 ..., as reflected in the Convention, in particular
    article 77 thereof" (A/RES/79/145 221): the Convention's. ("The annex thereto" after a resolution that adopted a
    declaration is the resolution's annex, A/RES/78/178 PP4: "thereto" is not read so.)"""
    named = _named_last(_QUOTED.sub(lambda m: " " * len(m.group(0)), text[:end]), end)
    return named is not None and named[1] > start


# ---- interpretation of the tree


def _read(tree: Tree, text: str, pos: int, last_docs: list[str]) -> Citation | None:
    """The citation a tree of :func:`_longest` reads as, at ``pos`` of ``text``. A tree met again (from the memo)
    over the same text with the same documents named before reads the same, shifted: kept beside the memo (the
    tree alone is not enough: it may stand for texts that differ in their digits)."""
    window = text[pos : pos + max(_WINDOW, tree.children[0].meta.end_pos)]  # a long list reads on (PrefixMemo.grow)
    key = (id(tree), window[: tree.children[0].meta.end_pos], tuple(last_docs))
    hit = _MEMO.read.get(key)
    if hit is None or hit[0] is not tree:
        hit = (tree, _Reader(window, last_docs, 0).visit(tree.children[0]))
        if len(_MEMO.read) >= _MEMO.LIMIT:
            _MEMO.read.clear()
        _MEMO.read[key] = hit
    cit = hit[1]
    if cit is None:
        return None
    start = cit.start + pos
    if start and text[start - 1] == "(" and cit.phrase.count(")") > cit.phrase.count("("):
        # a symbol in parentheses and the portion after them: "(A/78/53), chap. V, sect. A" (A/RES/78/218, footnote
        # 1), not "A/78/53), chap. V, sect. A" (a fresh-user trial, 2026-12-03): the phrase opens with the
        # parenthesis it closes
        return replace(cit, start=start - 1, end=cit.end + pos, phrase="(" + cit.phrase, targets=list(cit.targets))
    return replace(cit, start=start, end=cit.end + pos, targets=list(cit.targets))


@dataclass
class _Part:
    """A label under construction: annex, designated unit (rule 48), paragraph number, sub-paragraph markers."""

    annex: str | None = None
    scope: str | None = None
    num: str | None = None
    subs: tuple[str, ...] = ()

    def label(self) -> str | None:
        body = f"{self.scope}.{self.num}" if self.scope and self.num else (self.scope or self.num or "")
        head = " ".join(x for x in (self.annex, body) if x)
        subs = " ".join(f"({s})" for s in self.subs)
        return " ".join(x for x in (head, subs) if x) or None


@dataclass
class _Where:
    """What an "of ..." names."""

    kind: str  # "docs" | "self" | "present" | "same" | "named" | "that" | "none"
    docs: list[str] = field(default_factory=list)
    path: list[tuple[str, list]] = field(default_factory=list)  # units, general first
    unit: str | None = None  # for "present": "paragraph", "rule"
    name: str | None = None  # for "named"
    direction: str | None = None
    wholes: int = 0  # for "named": how many whole documents it names ("resolutions 60/2 and 62/1" of a body)
    that: str | None = None  # for "named": the noun of the demonstrative that ends the name (Citation.demonstrative)
    each: int = 1  # for "named": how many documents named each hold the part ("common to" two Covenants: 2)


_RESOLUTION_SYMBOL = re.compile(r"/(?:RES|DEC)/")


def is_resolution_symbol(symbol: str) -> bool:
    """Is ``symbol`` a resolution's or a decision's ("A/RES/71/280", "S/RES/2334(2016)", "A/DEC/78/560")?"""
    return bool(_RESOLUTION_SYMBOL.search(symbol))


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi",
          "xvii", "xviii", "xix", "xx"]
_MAX_RANGE = 200


@lru_cache(maxsize=1)
def _document_words() -> re.Pattern:
    return re.compile(r"\b(?:" + _document_word_alternatives() + r")s?\b", re.IGNORECASE)


def _document_word_alternatives() -> str:
    """The nouns of data/document_words.txt as one regex alternation ("Convention|Agreement|...")."""
    return "|".join(map(re.escape, data.lines("document_words.txt")))


_PRINTED_APART = re.compile(r"\s*(\((?:Parts?|Vol\.|Sect\.|Plan)\s?[^)]*\).*)", re.DOTALL)


def _symbol(written: str) -> str:
    """A symbol as written, without spaces ("A/RES/1514(XV)"); a part or volume printed apart keeps one space
    before its parenthesis and inside it ("NPT/CONF.2000/28 (Parts I and II)", "NPT/CONF.1995/32 (Part I)/Corr.2",
    as the Final Documents of the NPT Review Conferences are cited), as does a fascicle of a proposed programme
    budget ("A/79/6 (Sect. 2)", "A/78/6 (Sect. 3)/Add.1", "A/80/6 (Plan outline)", as the Organization cites them),
    and a component that names a part of a meeting ("STCMLC/Part I/2021/2", the grammar's SYMBOL)."""
    m = _PRINTED_APART.search(written)
    if m is None:
        return _unspaced(written)
    return _unspaced(written[: m.start()]) + " " + re.sub(r"\s+", " ", m.group(1))


def _unspaced(written: str) -> str:
    """``written`` without its spaces, but for one after a component "/Part" ("STCMLC/Part I/2021/2": SYMBOL)."""
    return re.sub(r"(?<!/Part)\s+", "", re.sub(r"/Part\s+", "/Part ", written))


# a resolution's symbol and the part letters the grammar's SYMBOL reads after it, set apart by a space
_SYMBOL_PARTS = re.compile(r"(\S*/RES/\S*\d)\s([A-Z](?:\s?[–-]\s?[A-Z])?)")


def _parts(written: str) -> list[str]:
    """The part letters of a resolution adopted in parts as written after its number: "A" -> [A]; "A and B",
    "A, B and D" -> each; "A to E", "A–E" -> A, B, C, D, E; "AA" (a part past Z, A/RES/53/77 AA) -> [AA]."""
    letters = re.findall(r"[A-Z]{1,2}", written)
    if re.search(r"\bto\b|[–-]", written) and len(letters) == 2 and len(letters[0]) == len(letters[1]) == 1 \
            and letters[0] < letters[1]:
        return [chr(c) for c in range(ord(letters[0]), ord(letters[1]) + 1)]
    return letters


def _session(number: str) -> str | None:
    """The session a resolution's number as written names, to tell which members of a list one date may be shared
    by (:meth:`_Reader._share_date`): "78/242 A" -> "78", "S-27/1" -> "S-27", "217 A (III)" -> "(III)", "3201 (S-VI)" -> "(S-VI)"; None for a
    Security Council resolution ("1325 (2000)": its year in its number) and anything else."""
    m = _SESSION_NUMBER.match(number) or _SESSION_ROMAN.search(number)
    return m.group(1) if m else None


# The bodies the citation grammar names as issuing resolutions (its _BODY_NAME), by the prefix of the symbols of their
# resolutions: the first component is the organ (A/ General Assembly, S/ Security Council, E/ Economic and Social
# Council, T/ Trusteeship Council), a commission of the Economic and Social Council its E/CN.n/, and RES/ the
# resolutions (UN Documentation research guide, "UN Document Symbols", research.un.org/en/docs/symbols, after
# ST/LIB/SER.B/5/Rev.5); the Human Rights Council's A/HRC/RES/ and the Commission on Human Rights' E/CN.4/RES/
# (2005/69: E/CN.4/RES/2005/69) as the Official Document System files them. None: a body whose resolutions have no
# symbol of their own (the Commission on the Status of Women's are printed in the report of its session, E/CN.6/...):
# such a resolution is named as written.
_BODIES: dict[str, str | None] = {
    "general assembly": "A/RES/", "security council": "S/RES/", "economic and social council": "E/RES/",
    "human rights council": "A/HRC/RES/", "trusteeship council": "T/RES/", "commission on human rights": "E/CN.4/RES/",
    "commission on the status of women": None,
}
_ISSUED_WORDS = re.compile(r"^[\s,]*(?:(?i:of|adopted\s+by)\s+)?(?:(?i:the)\s+)?")


def _body(written: str) -> str:
    """A body as the grammar's BY or ISSUED_BY reads it, one space between words, without "of the" or "the"
    (", adopted by the Human Rights Council" -> "Human Rights Council")."""
    return re.sub(r"\s+", " ", _ISSUED_WORDS.sub("", written, count=1)).strip()


def _by_prefix(by: str | None, number_kind: str, number: str = "") -> str | None:
    """The symbol's prefix of a resolution cited by number, ``by`` the body the phrase names (:func:`_body`; None:
    none), from :data:`_BODIES`; None for a body whose resolutions have no symbol. A number whose first part is a
    year ("Council resolution 1996/31", A/RES/79/1) is the Economic and Social Council's: the Assembly numbers its
    resolutions by session (71/1), and before its thirty-first session serially with the session in roman (1514
    (XV)); the Council has numbered by year since 1978 (UN Editorial Manual, document symbols)."""
    if number_kind == "SC_RES":
        return "S/RES/"
    b = (by or "").lower()
    if b in _BODIES:
        return _BODIES[b]
    year = _YEAR_FIRST.match(number)
    if year and int(year.group(1)) >= 1946 and b in ("", "council", "its"):
        return "E/RES/"
    return "A/RES/"


class _Reader(Interpreter):
    """Reads a citation tree of ``grammar/references.lark``: one method per rule alias (a Lark ``Interpreter``), so
    an alias the grammar gains without a method here fails loudly (:meth:`__default__`) instead of being read as
    something else. Citation aliases return a :class:`Citation` (or None), ``of_*`` aliases a :class:`_Where`,
    units ``(kind, items)``, items ``[(designator, markers)]``."""

    def __init__(self, text: str, last_docs: list[str], base: int = 0):
        self.text = text
        self.last_docs = last_docs
        self.base = base  # offset in ``text`` of the window the tree was parsed from
        self.dates: dict[str, str] = {}  # {symbol: date as written} of the resolutions read (:meth:`resolutions`)
        self.unread: dict[str, str] = {}  # {symbol: date as written} that is no date ("31 December 202": :meth:`_date`)
        self.shared: set[str] = set()  # the symbols whose date in :attr:`dates` is a later member's (:meth:`_share_date`)
        self.printed_in = False  # the chain being read follows another body's document (:meth:`locator`)
        self.cut: int | None = None  # where the citation ends, when a chain ends before a document of its own
        self.issuer: str | None = None  # the body the first list of resolutions read is said to be by
        self.excepted: list[tuple[str, list]] = []  # the units a list sets apart: "VI (except rule 19)" (:meth:`_ends`)

    def __default__(self, tree: Tree):
        raise NotImplementedError(f"references.lark: no reader for the rule alias {tree.data!r}")

    def start(self, node) -> int:
        return self.base + (node.start_pos if isinstance(node, Token) else node.meta.start_pos)

    def end(self, node) -> int:
        return self.base + (node.end_pos if isinstance(node, Token) else node.meta.end_pos)

    def value(self, token: Token) -> str:
        """A token's text, read from the text at the token's span, never from the token: a tree of :func:`_longest`
        may have been parsed from a text with other digits (:class:`_Memo`)."""
        return self.text[self.base + token.start_pos : self.base + token.end_pos]

    @staticmethod
    def _tokens(tree: Tree) -> list[Token]:
        return [c for c in tree.children if isinstance(c, Token)]

    @staticmethod
    def _trees(tree: Tree) -> list[Tree]:
        return [c for c in tree.children if isinstance(c, Tree)]

    def _span_text(self, start: int, end: int) -> str:
        return _SPACES.sub(" ", self.text[start:end]).strip(" ,")

    # -- lists: designators with their sub-paragraph markers
    def items(self, tree: Tree) -> list[tuple[str | None, tuple[str, ...]]]:
        """Members, ranges expanded ("4 to 7", "(a) to (c)", "3 (a) to (f)", "15 (a) (i) to (iii)"); a member that
        starts with a marker continues the level of the member before it ("15 (a) (ii) and (iii)", "6 (b) or (d)")."""
        out: list[tuple[str | None, tuple[str, ...]]] = []
        for item in tree.children:
            kind, ends = self.visit(item)
            filled = []
            for end in ends:
                prev = filled[-1] if filled else (out[-1] if out else None)
                filled.append(_same_level(prev, end) if prev else end)
            if kind == "range" and len(filled) == 2:
                out.extend(_expand(filled[0], filled[1]))
            else:
                out.extend(filled[:1])
        return out

    def _ends(self, tree: Tree) -> list[tuple[str | None, tuple[str, ...]]]:
        ends: list[tuple[str | None, tuple[str, ...]]] = []
        for child in tree.children:
            if isinstance(child, Token):  # BARE_SUB: "Article 73 e" is 73 (e)
                if child.type == "BARE_SUB" and ends:
                    ends[-1] = (ends[-1][0], ends[-1][1] + (self.value(child),))
                continue
            if child.data == "des":
                ends.append((self.visit(child), ()))
            elif child.data == "subs":
                subs = self.visit(child)
                if ends and ends[-1][0] is not None and not ends[-1][1]:
                    ends[-1] = (ends[-1][0], subs)
                else:
                    ends.append((None, subs))
            else:
                # an exception ("VI (except rule 19)") is not a member, but a unit the reader is sent to all the same
                # (:meth:`_from_where`)
                self.excepted.append(self.visit(child))
        return ends

    def one(self, tree: Tree):
        return "one", self._ends(tree)

    def range(self, tree: Tree):
        return "range", self._ends(tree)

    def des(self, tree: Tree) -> str:
        """ "22", "II", "C"; "500 bis" (a number with its Latin adverb, LATIN_NUMBER)."""
        return " ".join(self.value(t) for t in tree.children)

    def subs(self, tree: Tree) -> tuple[str, ...]:
        return tuple(re.sub(r"[()\s]", "", self.value(t)) for t in tree.children)

    def annexes(self, tree: Tree) -> list[tuple[str | None, tuple[str, ...]]]:
        return [des for t in tree.children for des in self.visit(t)]

    def annex_des(self, tree: Tree) -> list[tuple[str | None, tuple[str, ...]]]:
        """ "II" -> [("II", ())]; a range, "I to III", expanded (roman numerals and capital letters; its two ends
        where it cannot be)."""
        tok = tree.children[0]
        if tok.type != "ANNEX_SPAN":
            return [(self.value(tok), ())]
        a, b = re.split(r"\s*(?:to|-|–)\s*", self.value(tok))
        if len(a) == len(b) == 1 and a not in "IVXL" and b not in "IVXL" and a < b:
            return [(chr(c), ()) for c in range(ord(a), ord(b) + 1)]  # "annexes A to C"
        return _expand((a, ()), (b, ()))

    # -- units and locators
    def _unit(self, tree: Tree) -> tuple[str, list]:
        items = self.visit(self._trees(tree)[0])
        if tree.data in ("paragraph", "preambular"):  # "paragraph XII." is not a paragraph number
            items = [(d, s) for d, s in items if d is None or any(ch.isdigit() for ch in d)]
        return tree.data, items

    paragraph = preambular = subparagraph = rule = article = section = chapter = part = _unit

    def ordinal(self, tree: Tree) -> tuple[str, list]:
        """ "the ninth preambular paragraph": ("preambular", [("9", ())]); "the second operative paragraph": 2."""
        words = self.value(tree.children[0]).lower().split()
        return ("preambular" if words[-2] == "preambular" else "paragraph"), [(str(ordinal_number(words[0])), ())]

    def titled(self, tree: Tree) -> tuple[str, list]:
        """ "section entitled “...”": a unit with no designator; the labels go on without it ("part I, section entitled
        “...”, para. 15" is part I, 15: the Final Document numbers its paragraphs through the part)."""
        return "titled", []

    def staff_rule(self, tree: Tree) -> tuple[str, list]:
        """ "staff rule 3.3 (b)" -> ("rule", [("3.3", ("b",))]); "financial regulation 5.6" -> ("regulation", ...)."""
        kind = self.value(tree.children[0]).split()[-1].lower().rstrip("s")
        return kind, self.visit(self._trees(tree)[0])

    def part_resolution(self, tree: Tree) -> tuple[str, list]:
        """ "chap. I, resolution 1": ("resolution", [("1", ())]); "annex II, resolution 14/221" (numbered by a
        session): ("resolution", [("14/221", ())]), the numbers as written."""
        if not self._trees(tree):  # "resolution MSC.155(78)": another organization's numbering, as written
            return "resolution", [(re.sub(r"\s+", " ", self.value(self._tokens(tree)[-1])), ())]
        items = self._trees(tree)[0]
        if items.data in ("res_items", "other_items"):  # "resolution EC-55/1": OTHER_DEC tokens, no res_item trees
            return "resolution", [(re.sub(r"\s+", " ", self.value(item if isinstance(item, Token) else item.children[0])),
                                   ()) for item in items.children]
        return "resolution", self.visit(items)

    def part_decision(self, tree: Tree) -> tuple[str, list]:
        """ "decision 15/4", "decisions 9/CP.19 to 15/CP.19" of another document: the numbers as written."""
        items = self._trees(tree)[0]
        tokens = [t for c in items.children for t in ([c] if isinstance(c, Token) else c.children[:1])]
        out: list[tuple[str | None, tuple[str, ...]]] = []
        for i, t in enumerate(tokens):
            number = re.sub(r"\s+", " ", self.value(t))
            between = self.text[self.end(tokens[i - 1]) : self.start(t)] if i else ""
            if _RANGE_WORD.fullmatch(between) and out and (span := _decision_range(out[-1][0] or "", number)):
                out += [(d, ()) for d in span[1:]]  # "decisions 9/CP.19 to 15/CP.19": 9/CP.19 ... 15/CP.19
            else:
                out.append((number, ()))
        return "decision", out

    def lead_resolution(self, tree: Tree) -> tuple[str, list]:
        """ "resolution 1" opening a chain ("resolution 1, annex I"): ("resolution", [("1", ())])."""
        return "resolution", [(self.value(tree.children[0]).split()[-1], ())]

    def doc_locator(self, tree: Tree) -> tuple[list[tuple[str, list]], str | None]:
        return [self.visit(child) for child in tree.children], None

    def annex(self, tree: Tree) -> tuple[str, list]:
        trees = self._trees(tree)
        return "annex", self.visit(trees[0]) if trees else [(None, ())]

    def direction(self, tree: Tree) -> str:
        return self.value(tree.children[0]).lower()

    def locator(self, tree: Tree) -> tuple[list[tuple[str, list]], str | None]:
        """The units of a chain, general first, and its direction. A resolution numbered by a session in the chain
        ("resolution 78/4") is a part only of another body's document named just before (:attr:`printed_in`);
        anywhere else it is a document of its own: the chain, and the citation (:meth:`_make`), end before it."""
        units: list[tuple[str, list]] = []
        words: list[str] = []  # the unit words as written ("articles", "paragraph"; "" for a unit without one)
        direction = None
        for i, child in enumerate(tree.children):
            if child.data == "direction":
                direction = self.visit(child)
            elif child.data == "part_resolution" and not self.printed_in and self._trees(child) \
                    and self._trees(child)[0].data == "res_items" and i:
                end = self.end(tree.children[i - 1])
                self.cut = end if self.cut is None else min(self.cut, end)
                break
            elif child.data == "annex_paragraph":  # "annex paragraph 5": the annex, then its paragraph
                trees = self._trees(child)
                units += [("annex", self.visit(trees[0]) if trees[0].data == "annexes" else [(None, ())]),
                          ("paragraph", self.visit(trees[-1]))]
                words += ["annex", "paragraph"]
            else:
                units.append(self.visit(child))
                first = child.children[0] if child.children else None
                words.append(self.value(first).lower() if isinstance(first, Token) else "")
        return _chain_members(units) or _list_around(units, words), direction

    def doc_part(self, tree: Tree) -> tuple[list[tuple[str, list]], str | None]:
        """ "para. 25 of the annex" after a document: the units of the larger part first, as "annex, para. 25" reads
        (the grammar's ``doc_part``; a chain alone is read by :meth:`locator`)."""
        units, direction = self.visit(tree.children[0])
        outer, outer_direction = self.visit(tree.children[-1])
        return outer + units, direction or outer_direction

    # -- documents
    def _resolution_items(self, tree: Tree) -> list[Token]:
        return [item.children[0] for item in self._trees(tree)[0].children]

    def _issued_by(self, tree: Tree) -> str | None:
        """The body a list of resolutions or decisions is said to be by (:func:`_body`), after the numbers ("of the
        Human Rights Council") or before the word ("its", "Council"); kept in :attr:`issuer` for the citation."""
        tokens = {t.type: t for t in self._tokens(tree)}
        tok = tokens.get("ISSUED_BY") or tokens.get("BY")
        by = _body(self.value(tok)) if tok is not None else None
        if self.issuer is None:
            self.issuer = by
        return by

    def _named_whole(self, tree: Tree, by: str) -> _Where:
        """Resolutions or decisions of a body whose documents have no symbol (:data:`_BODIES`), named as written
        ("Commission on the Status of Women resolution 60/2"): one whole document each."""
        return _Where("named", name=_flat(self.text[self.start(tree) : self.end(tree)]),
                      wholes=len(self._trees(tree)[0].children))

    def resolutions(self, tree: Tree) -> list[str] | _Where:
        """The symbols of the resolutions listed; the date written after one ("71/1 of 19 September 2016", the
        grammar's DATE) is kept in :attr:`dates` for the citation."""
        by = self._issued_by(tree)
        if by is not None and by.lower() in _BODIES and _BODIES[by.lower()] is None:
            return self._named_whole(tree, by)
        items = self._trees(tree)[0].children
        symbols = [self._resolution(by, item) for item in items]
        self._share_date(items, symbols)
        return [symbol for syms in symbols for symbol in syms]

    def _resolution(self, by: str | None, item: Tree) -> list[str]:
        """The symbols of one ``res_item`` of a list said to be ``by`` a body ("its", "Security Council", None): one,
        or one per part of a resolution adopted in parts ("57/284 A and B": A/RES/57/284A, A/RES/57/284B; "51/211 A
        to E": its five parts)."""
        tok = item.children[0]
        value = _SPACES.sub(" ", self.value(tok))
        if tok.type == "OLD_RES":
            # "217 A (III)": part A of resolution 217 (III), kept as 45/55 B is ("A/RES/45/55B"); a special session's
            # "3201 (S-VI)"; the body's prefix ("Economic and Social Council resolution 155 C (VII)": E/RES/155C(VII))
            m = re.match(r"(\d+)\s*([A-Z]?)\s*\(((?:E?S-)?[IVXLC]+)\)", value)
            symbols = [f"{_by_prefix(by, tok.type, value)}{m.group(1)}{m.group(2)}({m.group(3)})"]
        else:
            prefix = _by_prefix(by, tok.type, value)
            parts = _NUMBER_PARTS.fullmatch(value) if tok.type == "RES_NUM" else None
            symbols = [prefix + parts.group(1) + part for part in _parts(parts.group(2))] if parts \
                else [prefix + value.replace(" ", "")]
        if len(item.children) > 1:  # DATE: "of 19 September 2016"
            self._date(item.children[1], symbols)
        return symbols

    def _date(self, tok: Token, symbols: list[str]) -> None:
        """The date a DATE or PART_DATE token writes ("of 19 September 2016", ", of 21 December 1990"), kept in
        :attr:`dates` for each of ``symbols``; a date whose year is not of four digits (a date the source mistyped:
        "75/247 of 31 December 202", A/RES/78/247 PP1) is not read: kept in :attr:`unread` instead, for a warning
        (:func:`problems`). The date is kept as day, month and year: ", also of 16 October 2020" (A/RES/78/228 PP47)
        is 16 October 2020, and "of 15 of December of 2022" (79/159 PP2, 80/191 PP2, a date the source mistyped) 15
        December 2022."""
        m = _DAY_MONTH_YEAR.search(self._span_text(self.start(tok), self.end(tok)))
        written = f"{m.group(1)} {m.group(2)} {m.group(3)}"
        kept = self.dates if _YEAR_LAST.search(written) else self.unread
        for symbol in symbols:
            kept[symbol] = written
            self.shared.discard(symbol)

    def _share_date(self, items: list, symbols: list[list[str]]) -> None:
        """A date written after the last of a group of members that have none, the group closed by "and" as the UN
        punctuates a list ("A, B and C of DATE"), is each member's: "its resolutions 78/1 and 78/2 of 10 October
        2023", "77/262, 77/267 and 77/263 A of 30 December 2022" (A/RES/78/252 PP1: the 20 such dates of the corpus's
        own resolutions agree with their files). Only members of the dated one's session (the number before the
        stroke, an old resolution's roman session; a Security Council resolution's year is its own), and only the
        run of them right before it; a comma alone before the dated member sets it apart ("70/1, 70/299 of 29 July
        2016 and ...", 78/128 4 (i): 70/1 is of 25 September 2015). ``items``: ``res_item`` trees in order;
        ``symbols``: each one's symbols."""
        run: list[list[str]] = []  # the undated members since the last dated one, of one session
        session = None
        prev_end = None
        for item, syms in zip(items, symbols):
            joined_by_and = prev_end is not None and bool(_AND_LAST.search(self.text[prev_end : self.start(item)]))
            prev_end = self.end(item)
            if not isinstance(item, Tree) or not syms:
                run, session = [], None
                continue
            own = _session(self.value(item.children[0]))
            if own is None or own != session:
                run = []
            session = own
            if len(item.children) == 1:
                if joined_by_and:
                    run = []  # "A and B, C ...": a group closed without a date
                run.append(syms)
                continue
            date = self.dates.get(syms[0])
            if date is not None and own is not None and joined_by_and:
                for others in run:
                    for symbol in others:
                        if symbol not in self.dates:
                            self.dates[symbol] = date
                            self.shared.add(symbol)
            run = []

    def decisions(self, tree: Tree) -> list[str] | _Where:
        """ "decision 78/560": A/DEC/78/560; "Human Rights Council decision 18/120": A/HRC/DEC/18/120 (the body's
        prefix, RES written DEC)."""
        by = self._issued_by(tree)
        if by is not None and by.lower() in _BODIES and _BODIES[by.lower()] is None:
            return self._named_whole(tree, by)
        return [_by_prefix(by, tok.type, self.value(tok)).replace("/RES/", "/DEC/") + re.sub(r"\s+", "", self.value(tok))
                for tok in self._resolution_items(tree)]

    def other_decisions(self, tree: Tree) -> _Where:
        """ "decision 1/CMA.3": a decision of another body, named as written (no symbol), one whole document per
        number, as :meth:`other_body_docs` ("decisions 1/CMA.3 and 1/CMA.4": two; were none, the citation's target
        "unresolved", A/RES/78/153 6)."""
        numbers = list(tree.scan_values(lambda v: isinstance(v, Token) and v.type == "OTHER_DEC"))
        return _Where("named", name=self._span_text(self.start(tree), self.end(tree)), wholes=len(numbers))

    def other_body_docs(self, tree: Tree) -> _Where:
        """ "Statistical Commission decision 53/113 of 11 March 2022", "World Health Assembly decision SSA2(5)": the
        documents of a body the grammar names (OTHER_BODY) but no symbol of the Assembly's names, as written without
        their dates, one whole document per number ("paragraph (d) of ..." keeps its label: an external part, never
        a paragraph of the citing text)."""
        numbers = self._trees(tree)[0].children
        return _Where("named", name=_flat(self._span_text(self.start(tree), self.end(tree))), wholes=len(numbers))

    def symbols(self, tree: Tree) -> list[str]:
        """The symbols as written ("A/78/42"; a specialized agency's with its one space, "MSC 78/26/Add.1"); "and
        Corr.1" after one is its corrigendum ("LC 32/15 and Corr.1": LC 32/15/Corr.1)."""
        out: list[str] = []
        for t in self._tokens(tree):
            if t.type in ("SYMBOL", "WHO_SYMBOL"):
                # a resolution's symbol with its parts ("A/RES/77/263 A-C"): one symbol a part, as RES_NUM's are
                parted = _SYMBOL_PARTS.fullmatch(self.value(t))
                out += ([_symbol(parted.group(1)) + part for part in _parts(parted.group(2))] if parted
                        else [_symbol(self.value(t))])
            elif t.type == "SERIES_SYMBOL":
                out.append(re.sub(r"\s+", " ", self.value(t)))
            elif t.type == "CORRIGENDUM" and out:
                out.append(f"{_CORRIGENDUM.sub(lambda m: m.group('base'), out[-1])}/{self.value(t)}")
        return out

    # -- what an "of ..." names
    def annex_to(self, tree: Tree) -> _Where:
        trees = self._trees(tree)
        annexes = self.visit(trees[0]) if trees[0].data == "annexes" else [(None, ())]
        inner = self.visit(trees[-1])
        inner.path = inner.path + [("annex", annexes)]
        return inner

    def annex_thereto(self, tree: Tree) -> _Where:
        trees = self._trees(tree)
        return _Where("same", docs=list(self.last_docs), path=[("annex", self.visit(trees[0]) if trees else [(None, ())])])

    def of_part(self, tree: Tree) -> _Where:
        units, direction = self.visit(tree.children[0])
        inner = self.visit(tree.children[2]) if len(tree.children) > 2 else _Where("none")
        inner.path = inner.path + units
        inner.direction = inner.direction or direction
        return inner

    def of_docs(self, tree: Tree) -> _Where:
        docs = self.visit(tree.children[0])
        return docs if isinstance(docs, _Where) else _Where("docs", docs=docs)

    def of_titled(self, tree: Tree) -> _Where:
        """ "paragraph 158 of “The future we want”": a document named by its title, as written (no symbol)."""
        return _Where("named", name=" ".join(self.value(t) for t in tree.children if isinstance(t, Token)))

    def of_number(self, tree: Tree) -> _Where:
        """ "paragraph 26 of 78/71": a resolution named by its number alone, read as "of resolution 78/71" is."""
        tok = tree.children[0]
        return _Where("docs", docs=[_by_prefix(None, tok.type, self.value(tok)) + re.sub(r"\s+", "", self.value(tok))])

    def bare_number(self, tree: Tree) -> list[str]:
        """ "79/258, sect. XIX, para. 2": the resolution a number alone names before its part (as :meth:`of_number`)."""
        return self.of_number(tree).docs

    def of_annex(self, tree: Tree) -> _Where:
        return self.visit(tree.children[0])

    of_thereto = of_annex

    def of_self(self, tree: Tree) -> _Where:
        return _Where("self")

    def of_present(self, tree: Tree) -> _Where:
        return _Where("present", unit=self.value(tree.children[0]).split()[-1].lower().replace("-", ""))

    def of_same(self, tree: Tree) -> _Where:
        return _Where("same", docs=list(self.last_docs))

    def of_same_named(self, tree: Tree) -> _Where:
        """ "annex II to the same report": the documents cited last; none ("the report of the Commission ..." named in
        words before it): named as written, "the same report", which :func:`_find_anew` names as the text named it
        last."""
        return _Where("same", docs=list(self.last_docs), name=_SPACES.sub(" ", self.value(tree.children[0])))

    def of_present_doc(self, tree: Tree) -> _Where:
        """ "of this Convention": the text the phrase stands in, when it is a document (data/document_words.txt)
        that an annex holds (:func:`resolve` decides); "of this Conference" names no document."""
        name = re.sub(r"\s+", " ", self.value(tree.children[0]))
        return _Where("text" if _document_words().search(name) else "named", name=name)

    def of_named(self, tree: Tree) -> _Where:
        return _Where("named", name=re.sub(r"\s+", " ", self.value(tree.children[0])))

    def of_named_each(self, tree: Tree) -> _Where:
        """ "common to the International Covenant on Civil and Political Rights and the International Covenant on
        Economic, Social and Cultural Rights" (A/RES/78/202 PP21): the documents named, as written on one line, each
        holding the part (:attr:`_Where.each`: one target per document and label, as a list of another body's
        resolutions has one whole per number under one name)."""
        return _Where("named", name=_SPACES.sub(" ", self._span_text(self.start(tree), self.end(tree))),
                      each=len(tree.children))

    def of_that_named(self, tree: Tree) -> _Where:
        """ "the terms of reference of that trust fund" (A/RES/79/144 59), "that Protocol" (79/123 3): a name that ends
        on a demonstrative (the grammar's THAT_NAMED), as written on one line, with its noun (:attr:`_Where.that`:
        "trust fund"), which :func:`resolve` reads as the thing the text named before (:func:`_that_named`)."""
        that = tree.children[-1]
        name = _SPACES.sub(" ", self.text[self.start(tree) : self.end(tree)])
        return _Where("named", name=name, that=_SPACES.sub(" ", self.value(that)).split(" ", 1)[1])

    def of_that_unit(self, tree: Tree) -> _Where:
        """ "paragraph 1 of that article" (A/RES/79/190 57): a part of the unit of that kind (:attr:`_Where.unit`,
        "article") cited last before it, which :func:`resolve` finds (:func:`_of_that_unit`)."""
        return _Where("that", unit=self.value(tree.children[0]).split()[-1].lower())

    def of_named_by_mandate(self, tree: Tree) -> _Where:
        """ "the report submitted pursuant to paragraphs 31 and 32 of its resolution 77/98" (A/RES/78/102 1): a document
        named through the mandate it answers; the name is the words of DOC_NAME, "to" and the mandate's citation as
        written (without its dates, :func:`_flat`). The citation ends with DOC_NAME (:attr:`cut`): the mandate is a
        citation of its own, read next."""
        name, citation = tree.children[0], tree.children[-1]
        self.cut = self.end(name) if self.cut is None else min(self.cut, self.end(name))
        mandate = _flat(self.text[self.start(citation) : self.end(citation)])
        return _Where("named", name=f"{_SPACES.sub(' ', self.value(name))} to {mandate}")

    # -- the citation
    def cite_self(self, tree: Tree) -> Citation:
        return self._make(self.start(tree), self.end(tree), "self", unit="resolution")

    def cite_present(self, tree: Tree) -> Citation:
        unit = self.value(tree.children[0]).split()[-1].lower().replace("-", "")
        return self._make(self.start(tree), self.end(tree), "internal", targets=[Target(None, None)],
                          relative="present", unit=unit)

    def cite_annex(self, tree: Tree) -> Citation:
        annex_to = tree.children[0]
        where = self.visit(annex_to)
        head = [c for c in annex_to.children if not (isinstance(c, Tree) and c.data not in ("annexes",))]
        return self._from_where(self.start(tree), self.end(tree), where, [], None,
                                portion_span=(self.start(head[0]), self.end(head[-1])))

    def cite_thereto(self, tree: Tree) -> Citation:
        return self._from_where(self.start(tree), self.end(tree), self.visit(tree.children[0]), [], None,
                                portion_span=(self.start(tree), self.end(tree)))

    def cite_thereof(self, tree: Tree) -> Citation:  # "Article 33 thereof": the document named just before
        """"Article 33 thereof": a part of the document named just before; "section IV, paragraphs 22 and 26, and
        section V, paragraphs 29, 34 and 37, thereof": each chain of units a part of it."""
        start, end = self.start(tree), self.end(tree)
        locators = self._trees(tree)
        cits = [self._from_where(start, end, _Where("same", docs=list(self.last_docs)), *self.visit(loc),
                                 portion_span=(start, self.start(tree.children[-1])))
                for loc in locators]
        return _joined(cits)

    def cite_aside(self, tree: Tree) -> Citation:
        """"paragraphs 60 to 63, and in particular paragraph 63 (d), of the Final Document": both chains of units are
        parts of what the "of" names (one citation, the targets of the first chain, then of the second)."""
        start, end = self.start(tree), self.end(tree)
        first, second, of_tok, target = tree.children
        cits = []
        for loc in (first, second):
            where = self.visit(target)
            units, direction = self.visit(loc)
            if target.data in ("of_named", "of_that_named", "of_present_doc") \
                    and not _document_words().search(where.name or ""):
                where = _Where("none")  # "of the Conference": not another document (as cite_part reads it)
            cits.append(self._from_where(start, end, where, units, direction,
                                         portion_span=(self.start(loc), self.end(loc))))
        return _joined(cits)

    def _cite_docs(self, tree: Tree, docs: list[str] | _Where) -> Citation:
        where = docs if isinstance(docs, _Where) else _Where("docs" if docs else "same", docs=docs)
        units: list = []
        portion = None
        if len(tree.children) > 1:
            locator = tree.children[1]
            # a resolution in the chain is printed in the document before when that is no resolution or decision
            self.printed_in = tree.children[0].data == "symbols" and not any(is_resolution_symbol(d) for d in where.docs)
            units, where.direction = self.visit(locator)
            portion = (self.start(locator), self.end(locator))
            if locator.data == "doc_locator" and locator.children[0].data == "part_resolution" and not self.printed_in:
                # "resolution 78/272, resolution 78/273": the next document of a list, not a part of the first
                self.cut = self.end(tree.children[0])
                units, portion = [], None
            self.printed_in = False
            if locator.data == "doc_locator" and tree.children[0].data in ("resolutions", "decisions") \
                    and len(units) == 1 and all("/" in d and d.split("/")[-1].isdigit() for d, _ in units[0][1]):
                # "resolution 78/272 of 24 April 2024, decision 78/560 of 13 August 2024": a list of the
                # Assembly's documents, not a decision printed in a resolution
                where.docs = where.docs + ["A/DEC/" + d.replace(" ", "") for d, _ in units[0][1]]
                units, portion = [], None
        return self._from_where(self.start(tree), self.end(tree), where, units, None, portion_span=portion)

    def cite_docs(self, tree: Tree) -> Citation:
        return self._cite_docs(tree, self.visit(tree.children[0]))

    def cite_docs_each(self, tree: Tree) -> Citation:
        """ "resolutions 32/151, para. 10, and 37/111, para. 5": each resolution with its own part (the later
        numbers read as the first list's: "its resolutions", "Security Council resolutions"); a part set apart
        ("resolutions 2253 (2015), in particular paragraph 15, 2322 (2016) of ..., in particular paragraph 12", the
        grammar's ``aside``) follows its resolution cited whole, as where the resolution stands alone."""
        trees = self._trees(tree)
        docs_tree = trees[0]
        docs = self.visit(docs_tree)
        by = self._issued_by(docs_tree)
        pairs = [(docs, trees[1])] + [
            (_Where("named", name=self._span_text(self.start(item), self.end(item)), wholes=1)
             if isinstance(docs, _Where) else self._resolution(by, item), loc)
            for item, loc in zip(trees[2::2], trees[3::2])]
        cits = []
        for symbols, loc in pairs:
            where = symbols if isinstance(symbols, _Where) else _Where("docs", docs=list(symbols))
            if loc.data == "aside":
                cits.append(self._from_where(self.start(tree), self.end(tree), where, [], None, portion_span=None))
                loc = loc.children[0]
            units, direction = self.visit(loc)
            cits.append(self._from_where(self.start(tree), self.end(tree), where, units, direction,
                                         portion_span=(self.start(loc), self.end(loc))))
        return _joined(cits)

    def cite_docs_dated(self, tree: Tree) -> Citation:
        """ "its resolutions 41/213 of 19 December 1986, 45/248 B, section VI, of 21 December 1990, 55/231 of 23
        December 2000, ...": a list whose members are whole resolutions, but for one written with its own part
        between commas and then its date -- that part is of that member alone (A/RES/45/248B section VI), never of
        the members before or after it; the date after the part is that member's. The later members are read as
        the first list's ("its resolutions"), as in :meth:`cite_docs_each`. One citation, the targets in the order
        written, the parts joined in its portion (:func:`_joined`)."""
        start, end = self.start(tree), self.end(tree)
        docs_tree, *rest = tree.children
        found = self.visit(docs_tree)
        by = self._issued_by(docs_tree)
        # runs of members, each with the part (and its date) written after its last member, or none: whole documents
        runs: list[tuple[list, Tree | None, Token | None]] = [(self._members(docs_tree), rest[0], rest[1])]
        rest = rest[2:]
        while rest:
            items, rest = rest[0], rest[1:]
            if rest and isinstance(rest[0], Tree) and rest[0].data == "locator":
                runs.append((items.children, rest[0], rest[1]))
                rest = rest[2:]
            else:
                runs.append((items.children, None, None))
        cits = []
        for i, (members, locator, date) in enumerate(runs):
            wheres = [self._member(docs_tree, found, by, m) for m in members]
            if i:  # the first run's dates are shared as its list is read (:meth:`resolutions`)
                self._share_date(members, [w.docs if w.kind == "docs" else [] for w in wheres])
            for k, where in enumerate(wheres):
                own = locator is not None and k == len(wheres) - 1
                if own and where.kind == "docs":
                    self._date(date, where.docs)
                units, direction = self.visit(locator) if own else ([], None)
                cits.append(self._from_where(start, end, where, units, direction,
                                             portion_span=(self.start(locator), self.end(locator)) if own else None))
        return _joined(cits)

    def _members(self, docs_tree: Tree) -> list:
        """The members of a list of documents as written: ``res_item`` trees, or a symbol's token."""
        trees = self._trees(docs_tree)
        return trees[0].children if trees else [t for t in self._tokens(docs_tree) if t.type == "SYMBOL"]

    def _member(self, docs_tree: Tree, found: list[str] | _Where, by: str | None, member) -> _Where:
        """What one member of a list names, read as the list's first member is: the Assembly's decisions after
        "decisions", a symbol as written, a resolution of a body without symbols as written (:meth:`_named_whole`)."""
        if isinstance(found, _Where):
            return _Where("named", name=self._span_text(self.start(member), self.end(member)), wholes=1)
        if isinstance(member, Token):
            return _Where("docs", docs=[_symbol(self.value(member))])
        if docs_tree.data == "decisions":
            tok = member.children[0]
            return _Where("docs", docs=[_by_prefix(by, tok.type, self.value(tok)).replace("/RES/", "/DEC/")
                                        + re.sub(r"\s+", "", self.value(tok))])
        return _Where("docs", docs=self._resolution(by, member))

    def cite_docs_part_of(self, tree: Tree) -> Citation:
        """ "its resolutions 55/34 B and 55/233, section III of its resolution 55/234": the documents of the list as
        wholes, then the part of the document after "of" (one citation, their targets in order)."""
        docs_tree, locator, _of, target = tree.children
        start, end = self.start(tree), self.end(tree)
        cits = []
        for docs, units, direction, portion in ((docs_tree, [], None, None),
                                                (target, *self.visit(locator), (self.start(locator), self.end(locator)))):
            found = self.visit(docs)
            where = found if isinstance(found, _Where) else _Where("docs", docs=found)
            cits.append(self._from_where(start, end, where, units, direction, portion_span=portion))
        return _joined(cits)

    def cite_same(self, tree: Tree) -> Citation:
        return self._cite_docs(tree, list(self.last_docs))

    def cite_part(self, tree: Tree) -> Citation | None:  # locator (OF target)?
        start, end = self.start(tree), self.end(tree)
        units, direction = self.visit(tree.children[0])
        if all(kind == "titled" for kind, _ in units):
            return None  # "section entitled “...”" names no numbered part (a document named without one is none)
        first = tree.children[0].children[0]
        if first.data == "staff_rule" and len(tree.children) == 1:
            # "staff rule 3.3 (b)": the Staff Rules ("Staff Rules", "Financial Regulations" as the kind is written)
            words = self.value(first.children[0]).split()
            name = f"{words[0].capitalize()} {words[-1].rstrip('sS').capitalize()}s"
            return self._from_where(start, end, _Where("named", name=name), units, direction, portion_span=(start, end))
        if len(tree.children) > 1 and tree.children[1].type == "IN_UNIT" and direction:
            # "paragraph 5 above in paragraph 7": a unit with its direction is this text's; "in" does not make it
            # a part of the next
            end = self.start(tree.children[1])
            return self._from_where(start, end, _Where("none"), units, direction, portion_span=(start, end))
        if len(tree.children) > 1:
            of_tok, target = tree.children[1], tree.children[2]
            where = self.visit(target)
            if target.data in ("of_named", "of_that_named", "of_present_doc") \
                    and not _document_words().search(where.name or "") \
                    and not (target.data != "of_present_doc" and all(kind in _PARAGRAPH_KINDS for kind, _ in units)):
                # "rules 21, 22 and 25 to 27 of the Conference": not another document; the citation ends before "of".
                # A paragraph "of" a body named in words is of what the body wrote, never this text's: "Recalls
                # paragraph 19 of the Advisory Committee" (A/RES/79/258, XIII.11: of its report)
                where, end = _Where("none"), self.start(of_tok)
            portion = (start, self.start(of_tok))
        else:
            where, portion = _Where("none"), (start, end)
        return self._from_where(start, end, where, units, direction, portion_span=portion)

    def _from_where(self, start, end, where: _Where, units, direction, portion_span) -> Citation:
        path = where.path + units
        if portion_span and self.cut is not None:
            portion_span = (portion_span[0], min(portion_span[1], self.cut))
        direction = direction or where.direction
        # the kind of unit named; for "of this article/rule/paragraph", the unit the labels are relative to
        unit = where.unit if where.kind == "present" else _unit_kind(path)
        labels, sibling = _labels(path)
        if self.excepted and path:
            # "sections II, VI (except rule 19) and VII above" (A/RES/78/327, annex III, rule 52): rule 19 is cited
            # too, the reader turns to it to know what is left out; in the larger units of the path ("annex III")
            labels += [lab for unit in self.excepted for lab in _labels(path[:-1] + [unit])[0] if lab not in labels]
        if where.kind in ("none", "docs") and any(kind in ("resolution", "decision") for kind, _ in path):
            # "chap. I, resolution 1, annexes I and II", "CBD/COP/15/17, decision 15/4, annex": parts of another
            # document, labelled as the chain reads
            where, labels = where if where.kind == "docs" else _Where("named"), _chain_labels(path)
        if where.kind == "none" and any(kind == "annex" and any(d and d[0].isdigit() for d, _ in items)
                                        for kind, items in path):
            # "its Annex 2" (of the Comprehensive Nuclear-Test-Ban Treaty, A/RES/78/40 7), "annex 12" (of the
            # Chicago Convention, 78/69 footnote 87): an annex numbered in arabic figures (grammar: annex_des NUM) is
            # another document's, never this text's, whose annexes are numbered I, II, ... ("annex 3" after "Ibid.": the
            # footnote's document's; "annex 5" of the text is a paragraph's label)
            where = _Where("named")
        if where.kind in ("docs", "same", "named", "text"):
            portion = self._span_text(*portion_span) if portion_span and path else None
            # the reader knows which document "the same" is; "this Convention" is the citing text in its annex
            same = {"same": "same", "text": "text"}.get(where.kind)
            if where.kind in ("named", "text") or not where.docs:
                # no document symbol: the labels are kept with document None ("OP 23 (b) of the same resolution" at
                # the start of a text, which the draft-note checker ties to the resolution the note named last;
                # "paragraph 11.3 of annex III to the rules of procedure", a part of a document named in words)
                targets = [Target(None, lab) for lab in labels] * where.each or [Target(None, None)] * where.wholes
                return self._make(start, end, "external", targets, direction, portion=portion, unit=unit,
                                  document_name=where.name, relative=same, demonstrative=where.that)
            targets = _parts_of(where.docs, labels)
            return self._make(start, end, "external", targets, direction, portion=portion, unit=unit, relative=same)
        if where.kind == "that":
            # the labels stay relative to the unit cited before ("1" of "that article"), read in context
            return self._make(start, end, "internal", [Target(None, lab) for lab in labels] or [Target(None, None)],
                              direction, relative="that", unit=unit, demonstrative=where.unit)
        if where.kind == "self" and not path:
            return self._make(start, end, "self", unit="resolution")
        if where.kind == "self" and unit == "annex" and len(path) == 1:
            return self._make(start, end, "self", [Target(None, lab) for lab in labels] or [Target(None, None)],
                              unit="annex")
        # "paragraph 28 of the present resolution" inside an annex is the resolution's 28, not the annex's
        relative = {"present": "present", "self": "resolution"}.get(where.kind) or ("sibling" if sibling else None)
        targets = [Target(None, lab) for lab in labels] or [Target(None, None)]
        return self._make(start, end, "internal", targets, direction, relative=relative, unit=unit)

    def _make(self, start, end, kind, targets=None, direction=None, **kw) -> Citation:
        if self.cut is not None:
            end = min(end, self.cut)
        dates = {d: self.dates[d] for t in targets or () if (d := t.document) in self.dates}
        unread = {d: self.unread[d] for t in targets or () if (d := t.document) in self.unread}
        return Citation(start=start, end=end, phrase=self.text[start:end], kind=kind, targets=list(targets or []),
                        direction=direction, dates=dates, issuer=self.issuer if kind == "external" else None,
                        unread_dates=unread, shared_dates=tuple(d for d in dates if d in self.shared), **kw)


_DESIGNATED = ("article", "rule", "section", "chapter", "part")
_PARAGRAPH_KINDS = ("paragraph", "subparagraph", "preambular")


_RANGE_WORD = re.compile(r"\s*(?:to|-|–)\s*")
# a treaty body's decision: its number, then its session ("9/CP.19", "1/CMA.3")
_SESSION_NUMBERED = re.compile(r"(?P<num>\d+)(?P<session>/[A-Z]{2,}(?:\.[A-Z]+)*\.\d+)")


def _decision_range(a: str, b: str) -> list[str] | None:
    """ "9/CP.19" to "15/CP.19": the decisions of one session numbered from the one to the other, in order (a range is
    expanded, tests/labels/GUIDELINE_REFERENCES.md); None when the two are not of one session or the range is not
    short (:data:`_MAX_RANGE`)."""
    ma, mb = _SESSION_NUMBERED.fullmatch(a), _SESSION_NUMBERED.fullmatch(b)
    if not (ma and mb and ma.group("session") == mb.group("session")):
        return None
    lo, hi = int(ma.group("num")), int(mb.group("num"))
    if not lo < hi <= lo + _MAX_RANGE:
        return None
    return [f"{n}{ma.group('session')}" for n in range(lo, hi + 1)]


def _list_around(units: list[tuple[str, list]], words: list[str]) -> list[tuple[str, list]]:
    """ "articles 57, paragraph 5 (g), 61 and 62": a list of designated units (the word in the plural) with a
    paragraph (the word in the singular: one number) inside one member, the list going on after it -- article 57.5
    (g), article 61, article 62 (the grammar reads the numbers after the paragraph as its own: it cannot tell the
    two lists apart, the words' number can). The members become alternatives of the path (unit "alt", each a list of
    units: :func:`_labels`); ``units`` unchanged otherwise. ``words``: each unit's word as written, lower case."""
    if len(units) < 2:
        return units
    (outer, members), (inner, numbers) = units[-2], units[-1]
    plural = words[-2].endswith(("s", "s."))
    singular = words[-1] in ("paragraph", "para.", "subparagraph", "sub-paragraph")
    if not (outer in _DESIGNATED and inner in ("paragraph", "subparagraph") and plural and singular
            and len(numbers) > 1 and all(des and des.isdigit() for des, _ in numbers[1:])):
        return units
    alts = [[(outer, members[:-1])]] if members[:-1] else []
    alts += [[(outer, members[-1:]), (inner, numbers[:1])], [(outer, numbers[1:])]]
    return units[:-2] + [("alt", alts)]


def _chain_members(units: list[tuple[str, list]]) -> list[tuple[str, list]] | None:
    """ "article 4, paragraphs 10 and 12, article 6, paragraphs 2, 4 and 8, article 7, paragraph 12": a chain in
    which a designated unit comes again after a unit inside it is a list of chains, each from that unit on -- article
    4.10, 4.12, 6.2, 6.4, 6.8, 7.12 (the grammar reads one chain, whose last unit of a kind would win). The members
    become alternatives of the path (unit "alt", :func:`_labels`), after the units before the first of them
    ("annex I, article 4, paragraph 1, article 6": both in annex I); None when no designated unit comes again."""
    seen: dict[str, int] = {}
    for i, (kind, _) in enumerate(units):
        if kind in ("resolution", "decision", "alt"):
            return None  # a chain of another document's parts (:func:`_chain_labels`)
        if kind in _DESIGNATED and kind in seen:
            start = seen[kind]
            members: list[list[tuple[str, list]]] = [[]]
            for unit in units[start:]:
                if unit[0] == kind and members[-1]:
                    members.append([])
                members[-1].append(unit)
            return units[:start] + [("alt", members)]
        seen.setdefault(kind, i)
    return None


def _unit_kind(path: list[tuple[str, list]]) -> str | None:
    """The kind of unit a path names last ("paragraph" for "article 13, paragraph 1"); of alternatives, the last
    one's ("article" for "articles 57, paragraph 5 (g), 61 and 62")."""
    if not path:
        return None
    kind, items = path[-1]
    return _unit_kind(items[-1]) if kind == "alt" else kind


def _joined(cits: list[Citation]) -> Citation:
    """One citation of several chains of units read alike (:meth:`_Reader.cite_thereof`, :meth:`_Reader.cite_aside`):
    the first one's, with the targets of all in order (duplicates dropped) and their portions joined by "; "."""
    first = cits[0]
    if len(cits) == 1:
        return first
    targets = list(dict.fromkeys(t for c in cits for t in c.targets))
    portions = [c.portion for c in cits if c.portion]
    return replace(first, targets=targets, portion="; ".join(portions) if portions else first.portion,
                   dates={k: v for c in cits for k, v in c.dates.items()},
                   unread_dates={k: v for c in cits for k, v in c.unread_dates.items()},
                   shared_dates=tuple(dict.fromkeys(k for c in cits for k in c.shared_dates)))


def _chain_labels(path: list[tuple[str, list]]) -> list[str]:
    """Labels of a chain of units as it reads, general first, space-separated like every label: "chapter I
    resolution 1 annex II"."""
    parts = [""]
    for kind, items in path:
        members = [" ".join(x for x in (des or "", " ".join(f"({s})" for s in subs)) if x) for des, subs in items]
        parts = [" ".join(x for x in (p, f"{kind} {m}".strip()) if x) for p in parts for m in members or [""]]
    return parts


def _marker_kind(mark: str) -> str:
    """ "roman" for (i), (ii), (iv) ...; "number" for (1), (2); "letter" for (a), (b), (aa); (i), (v), (x) are read
    as roman."""
    return "number" if mark.isdigit() else "roman" if mark in _ROMAN else "letter"


def _same_level(prev: tuple[str | None, tuple[str, ...]], cur: tuple[str | None, tuple[str, ...]]):
    """A list member that starts with a marker, read at the level of the member before it: after 15 (a) (ii),
    "(iii)" is 15 (a) (iii) and "(b)" is 15 (b); after 6 (b), "(d)" is 6 (d). A member with a designator stands
    alone."""
    des, subs = cur
    if des is not None or prev[0] is None and not prev[1]:
        return cur
    pdes, psubs = prev
    kind = _marker_kind(subs[0])
    for depth in range(len(psubs) - 1, -1, -1):  # the deepest level of the same kind of marker
        if _marker_kind(psubs[depth]) == kind:
            return pdes, psubs[:depth] + subs
    return pdes, psubs[: max(0, len(psubs) - len(subs))] + subs


def _expand(a: tuple[str | None, tuple[str, ...]], b: tuple[str | None, tuple[str, ...]]):
    """A range's members: "4 to 7", "(a) to (d)", "3 (a) to (f)", "25 to 27"; endpoints only where unclear."""
    (da, sa), (db, sb) = a, b
    if db is None:
        db = da
    if da and db and da.isdigit() and db.isdigit() and not sa and not sb:
        lo, hi = int(da), int(db)
        if lo <= hi and hi - lo <= _MAX_RANGE:
            return [(str(n), ()) for n in range(lo, hi + 1)]
    upper = [r.upper() for r in _ROMAN]
    if da in upper and db in upper and not sa and not sb and upper.index(da) < upper.index(db):
        return [(r, ()) for r in upper[upper.index(da) : upper.index(db) + 1]]  # "chaps. VII-XI", "sections II to IV"
    if da == db and sa and len(sa) == len(sb) and sa[:-1] == sb[:-1]:  # the last level varies: "15 (a) (i) to (iii)"
        head, x, y = sa[:-1], sa[-1], sb[-1]
        roman = x in _ROMAN and y in _ROMAN and (len(x) > 1 or len(y) > 1 or {x, y} <= {"i", "v", "x"})
        if roman and _ROMAN.index(x) <= _ROMAN.index(y):
            return [(da, head + (s,)) for s in _ROMAN[_ROMAN.index(x) : _ROMAN.index(y) + 1]]
        if len(x) == 1 and len(y) == 1 and x <= y:
            return [(da, head + (chr(c),)) for c in range(ord(x), ord(y) + 1)]
    return [a, (db, sb)]


def _labels(path: list[tuple[str, list]]) -> tuple[list[str], bool]:
    """Labels named by a path of units (general first), and whether they are bare sub-paragraph markers."""
    parts = _through([_Part()], path)
    labels = [lab for lab in (p.label() for p in parts) if lab]
    sibling = bool(parts) and all(not (p.annex or p.scope or p.num) and p.subs for p in parts)
    return list(dict.fromkeys(labels)), sibling


def _through(parts: list[_Part], path: list[tuple[str, list]]) -> list[_Part]:
    """The labels under construction ``parts``, each taken through the units of ``path`` (general first): one part
    per member of each list; alternatives (unit "alt": :func:`_list_around`) each from the same parts."""
    for kind, items in path:
        if kind == "titled":
            continue
        if kind == "alt":
            parts = [p for alt in items for p in _through(parts, alt)]
            continue
        new: list[_Part] = []
        for part, (des, subs) in product(parts, items or [(None, ())]):
            p = _Part(part.annex, part.scope, part.num, part.subs)
            if kind == "annex":
                p.annex = "annex" + (f" {des}" if des else "")
            elif kind in ("rule", "article", "section", "chapter", "part", "resolution", "regulation"):
                # a unit inside a unit keeps both, general first: "chap. III, sect. A" is "chapter III section A"
                # (a unit of the same kind after a comma is a list member: "articles 6 and 7, article 9")
                inside = f"{p.scope} " if p.scope and p.num is None and not p.subs \
                    and not p.scope.split()[-2] == kind else ""
                p.scope, p.num, p.subs = f"{inside}{kind} {des}", None, tuple(subs)
            elif kind == "paragraph":
                p.num, p.subs = des, tuple(subs)
            elif kind == "preambular":
                p.num, p.subs = f"PP{des}", tuple(subs)
            elif kind == "subparagraph" and des and p.num is None and not p.subs:
                p.num, p.subs = des, tuple(subs)  # "subparagraphs 1 (a) and (b)": 1 (a), 1 (b)
            elif kind == "subparagraph":
                p.subs = p.subs + ((des,) if des else ()) + tuple(subs)  # "paragraph 6, subparagraph 2": 6 (2)
            new.append(p)
        parts = new
    return parts


# ---------------------------------------------------------------- defined terms

# "Phase I (consultations): April to November 2017;" -- a term with a designator, a gloss, a colon
_DEFINITION = re.compile(r"^(?P<noun>[A-Z][a-z]+)\s+(?P<des>[IVXL]{1,6}|\d{1,3}|[A-Z])\b\s*(?:\([^()\n]{1,80}\))?\s*:")
# "Stocktaking (phase II): ..." -- a term of a few words, a gloss, a colon
_DEFINITION_PLAIN = re.compile(r"^(?P<term>[A-Z][\w-]*(?: [\w-]+){0,3}) \([^()\n]{1,80}\)\s*:")
_NOT_TERMS = {"paragraph", "paragraphs", "rule", "rules", "article", "articles", "section", "sections", "chapter",
              "chapters", "part", "parts", "annex", "resolution", "decision", "step", "option", "see", "note"}


def definitions(res: Resolution) -> dict[tuple[str, str | None], str]:
    """Terms defined by a paragraph: {(noun, designator): label}, e.g. {("phase", "I"): "14 (a)"}; a term without a
    designator has None. A definition opens a paragraph (or one of its lines) as "Term N (gloss):" or "Term (gloss):"."""
    out: dict[tuple[str, str | None], str] = {}
    for p in res.walk():
        if ":" not in p.text:
            continue  # both shapes end with a colon
        for line in p.text.split("\n"):
            m = _DEFINITION.match(line)
            if m and m.group("noun").lower() not in _NOT_TERMS:
                out.setdefault((m.group("noun").lower(), m.group("des")), p.label)
                continue
            m = _DEFINITION_PLAIN.match(line)
            if m and m.group("term").split()[0].lower() not in _NOT_TERMS:
                out.setdefault((m.group("term").lower(), None), p.label)
    return out


def find_terms(text: str, terms: dict[tuple[str, str | None], str]) -> list[Citation]:
    """Uses of defined terms in ``text``: "phase I", "phases I and II" (the designators are read by the citation
    grammar's list rules); each target is (None, label of the defining paragraph)."""
    nouns = {n for n, d in terms if d is not None}
    plain = {n for n, d in terms if d is None}
    out: list[Citation] = []
    if nouns:
        scan = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) + r")s?\b", re.I)
        for m in scan.finditer(text):
            tree = _longest(text, m.start(), start="term_start")
            if tree is None:
                continue
            use = tree.children[0]
            interp = _Reader(text, [], m.start())
            noun = interp.value(use.children[0]).lower()
            noun = noun if noun in nouns else noun[:-1]
            items = interp.visit(use.children[1])
            labels = [terms[(noun, des)] for des, _ in items if (noun, des) in terms]
            if labels:
                s, e = interp.start(use), interp.end(use)
                out.append(Citation(s, e, text[s:e], "term", [Target(None, lab) for lab in dict.fromkeys(labels)],
                                    unit="term"))
    for term in plain:
        for m in re.finditer(r"\b" + re.escape(term) + r"\b", text, re.I):
            out.append(Citation(m.start(), m.end(), m.group(0), "term", [Target(None, terms[(term, None)])], unit="term"))
    return sorted(out, key=lambda c: c.start)


# ---------------------------------------------------------------- resolve

_SCOPED = re.compile(r"^(?:(?P<annex>annex(?: [IVXL]+)?) )?(?P<scope>(?:rule|article|section|chapter|part) [\dIVXL]+)(?:\.|$| )")
_PARAGRAPH_UNITS = {None, "paragraph", "preambular", "subparagraph", "rule", "term"}


def unit_of(label: str) -> str | None:
    """The designated unit (rule, article, section, chapter, part) a paragraph of that label is in, as a label:
    "annex III rule 24.1" -> "annex III rule 24", "annex article 2" -> "annex article 2" (the unit's own unnumbered
    text), "rule 7.1 (a)" -> "rule 7"; None for a label in no such unit ("22 (a)", "annex 49"). The one reading of
    docs/usage.md, "Labels and ids" (``annex rule 7.1``) that resolution and the Akoma Ntoso export share."""
    m = _SCOPED.match(label)
    if not m:
        return None
    return f"{m.group('annex')} {m.group('scope')}" if m.group("annex") else m.group("scope")


# a heading that opens a section numbered in roman, as the UN editorial manual numbers a text's main divisions: "II.
# Officers", "VI. Conduct of business" (A/RES/78/128, annex III)
_HEADING_SECTION = re.compile(r"([IVXL]{1,6})\.\s")


class _Context:
    """What resolution needs to know about one resolution: labels, order, parents."""

    def __init__(self, res: Resolution):
        self.res = res
        self.order: dict[str, int] = {}
        self.parent: dict[str, Paragraph | None] = {}
        self.by_label: dict[str, Paragraph] = {}
        self.scopes: set[str] = set()  # designated units this resolution numbers by: {"rule"}

        # depth first in reading order, with a stack (a recursive closure would be a reference cycle holding self)
        todo: list[tuple[Paragraph, Paragraph | None]] = [(p, None) for p in reversed(res.paragraphs)]
        while todo:
            p, parent = todo.pop()
            self.order[p.label] = len(self.order)
            self.parent[p.label] = parent
            self.by_label[p.label] = p
            scope = self.scope_of(p.label)
            if scope:
                self.scopes.add(scope.split()[0])
            todo.extend((c, p) for c in reversed(p.children))
        # the sections a text sets as headings over its numbering ("II. Officers" before rule 6 of the rules of
        # procedure annexed to A/RES/78/128, annex III), by label ("annex III section II"), at the paragraph each
        # heads: "sections II, VI (except rule 19) and VII above" (its rule 52) names them (:func:`_status`)
        self.heading_sections: dict[str, str] = {}
        for h in res.headings:
            m = _HEADING_SECTION.match(h.text)
            if m and h.before in self.order:
                label = f"{h.annex} section {m.group(1)}" if h.annex else f"section {m.group(1)}"
                self.heading_sections.setdefault(label, h.before)

    def top(self, p: Paragraph) -> Paragraph:
        while self.parent.get(p.label) is not None:
            p = self.parent[p.label]  # type: ignore[assignment]
        return p

    def ancestors(self, p: Paragraph) -> list[Paragraph]:
        out = []
        while self.parent.get(p.label) is not None:
            p = self.parent[p.label]  # type: ignore[assignment]
            out.append(p)
        return out

    def scope_of(self, label: str) -> str | None:
        m = _SCOPED.match(label)
        return m.group("scope") if m else None

    def numbered_annexes(self) -> list[str]:
        """The names of this resolution's annexes when it numbers them ("annex I", "annex II"); empty otherwise."""
        names = [a.name for a in self.res.annexes]
        return names if names and all(n != "annex" for n in names) else []

    def unit_members(self, label: str) -> list[str]:
        """The paragraphs of a designated unit named as a whole ("annex rule 48" -> rule 48.1, rule 48.2; not their
        sub-paragraphs, which the paragraphs hold)."""
        return [lab for lab in self.order if lab.startswith(label + ".") and not any(
            ch in lab[len(label) + 1 :] for ch in ". ")]

    def candidates(self, cit: Citation, label: str | None, p: Paragraph) -> list[str]:
        """Labels of this resolution that a context-free internal label names, where paragraph ``p`` cites it."""
        annex = p.annex
        scope = self.scope_of(p.label)
        if cit.relative == "present":
            if cit.unit == "annex":
                # "in accordance with the present annex" (A/RES/78/327 annex II 6): the annex the citing paragraph is
                # in (none outside an annex)
                if not annex:
                    return []
                return [annex] if label is None else [f"{annex} {label}"]
            if cit.unit in ("rule", "article", "section", "chapter") and scope:
                # "the present rule", "paragraphs 1 and 2 of this article": the designated unit the citing text is in
                base = f"{annex} {scope}" if annex else scope
                if label is None:
                    # the unit itself, which holds the citing paragraph (:func:`_resolve_one`: a reference to
                    # itself, status "self"), never its other paragraphs as if the paragraph cited them
                    return [base]
                return [f"{base}.{label}" if label[0].isdigit() else f"{base} {label}"]
            top = self.top(p)
            return [top.label if label is None else f"{top.label} {label}"]
        if cit.relative == "sibling":
            for anc in [p, *self.ancestors(p)]:
                if f"{anc.label} {label}" in self.order:
                    return [f"{anc.label} {label}"]
            return [f"{(self.parent.get(p.label) or p).label} {label}"]
        if label is None:
            return []
        if label == "annex" and _ANNEXES_WHOLE.search(cit.phrase) and (numbered := self.numbered_annexes()):
            # "Adopts the following Pact for the Future and its annexes:" (A/RES/79/1 OP1): each annex of the text
            # (annex I, annex II), as "resolutions 75/290 A and 75/290 B and their annexes" names each one's
            return numbered
        if label.startswith("PP") or label.startswith("annex") or cit.relative == "resolution":
            full = label
        elif cit.relative == "text" and annex:  # "paragraph 3 of this Declaration": the annex's own numbering
            full = f"{annex} {label}"
        elif _SCOPED.match(label):
            full = f"{annex} {label}" if annex else label
            if annex and full not in self.order and not self.unit_members(full):
                # "article 2 (e)" in the interpretative notes annexed after a convention (A/RES/79/243, annex II):
                # the article of the one other annex that has it
                others = [f"{a.name} {label}" for a in self.res.annexes if a.name != annex]
                others = [lab for lab in others if lab in self.order or self.unit_members(lab)]
                if len(others) == 1:
                    full = others[0]
        elif annex and scope:
            full = f"{annex} {scope}.{label}"
        elif annex:
            full = f"{annex} {label}"
        else:
            full = label
        if full not in self.order and self.unit_members(full):
            return self.unit_members(full)
        if full.startswith("section ") and full not in self.order:
            # "section XIX above" in a resolution in sections: its paragraph "XIX" (the one rule of cited_labels)
            return cited_labels(full, self.order, ()) or [full]
        return [full]


# "annexes" written in the plural with no designator: the annexes named whole
_ANNEXES_WHOLE = re.compile(r"(?i:annexes)\s*$")


# the text an amending instruction or the heading over it names: "the following amendment to the statute of the United
# Nations Dispute Tribunal:" (A/RES/78/248 14), "Amendments to the terms of reference of the International Tribunal
# for the Law of the Sea Trust Fund" (79/144, the title of its annex)
_AMENDED_NAME = re.compile(r"\bamendments?\s+to\s+(the\s+[^:;]+?)\s*(?:[:;]|$)", re.I)


def _amending(res: Resolution, p: Paragraph, found: list[Citation]) -> list[Citation]:
    """The citations of a paragraph that quotes another text after an amending instruction (``p.quoted``): none in
    the quoted lines, whose parts are the amended text's own ("8. The Secretary-General ..." of the terms of
    reference that A/RES/79/144's annex amends, cross-references of that text); a bare part in the instruction right
    before a quotation ("Amend paragraph 8 to read:") is a part of the text amended, named by the instruction or the
    title of the annex ("Amendments to the terms of reference of the International Tribunal for the Law of the Sea
    Trust Fund"), never this resolution's paragraph of that number."""
    spans = p.quoted_spans()
    kept = [c for c in found if not any(a <= c.start < b for a, b in spans)]
    out = []
    for c in kept:
        # the instruction: the line before a quotation
        instruction = next(((p.text.rfind("\n", 0, max(0, a - 1)) + 1, a) for a, _ in spans if c.end <= a), None)
        if (instruction is not None and c.start >= instruction[0] and c.kind == "internal" and c.relative is None
                and c.direction is None):
            title = next((x.title or "" for x in res.annexes if x.name == p.annex), "") if p.annex else ""
            m = _AMENDED_NAME.search(p.text[: instruction[1]]) or _AMENDED_NAME.search(title)
            c = replace(c, kind="external", document_name=_SPACES.sub(" ", m.group(1)) if m else None)
        out.append(c)
    return out


def resolve(res: Resolution) -> list[Reference]:
    """Every citation in the paragraphs and footnotes of ``res``, resolved in context (see :class:`Reference`)."""
    ctx = _Context(res)
    terms = definitions(res)
    out: list[Reference] = []
    paragraphs = list(res.walk())
    hits = _word_hits_apart([p.text for p in paragraphs] + [f.text for f in res.footnotes])
    own = _own_names(paragraphs, hits)
    annexed = bool(res.annexes) or any(q.annex for q in res.walk())  # does this text have an annex of its own?
    # the words that lead a list of the parts of an amount to each of its items ("... for the proposed programme budget
# for 2025, comprising:"); not another list ("... for the period from 1 July 2024 to 30 June 2025 shall be financed as
# follows:", A/RES/78/294 8: its "section 3" is of the budget its item names, not of "the period")
    lead = {id(c): q.text for q in paragraphs if q.children and _PARTS_OF_AMOUNT.search(q.text) for c in q.children}
    elsewhere = _issued_elsewhere([p.text for p in paragraphs] + [f.text for f in res.footnotes], hits)
    council = _last_council(res.title or "")  # the Council the resolution named last, for a bare "Council"
    council_at: dict[str, str | None] = {}  # that Council at each paragraph, for its footnotes
    articles_of: dict[str, Citation] = {}  # the citation of an instrument's articles a paragraph makes last
    full_names: _FullNames | None = None  # the documents named in full, read at the first noun alone
    for i, (p, p_hits) in enumerate(zip(paragraphs, hits)):
        found = _find(p.text, p_hits)
        if p.quoted:
            found = _amending(res, p, found)
        if council and any(_unnamed_council(c) for c in found):
            found = [_as_issued_by(c, council) if _unnamed_council(c) else c for c in found]
        if elsewhere:
            found = [_as_issued_by(c, _whole_list(c, elsewhere)) if _UNNAMED_ISSUER.match(c.phrase)
                     or _unnamed_council(c) else c for c in found]
        found = [_as_issued_by(c, _COUNCIL_BY_SESSION) if _unnamed_council(c) else c for c in found]
        council = _last_council(p.text) or council
        council_at[p.label] = council
        taken = [(c.start, c.end) for c in found]
        for t in find_terms(p.text, terms):
            if terms and any(lab == p.label for _, lab in t.targets):
                continue  # the definition itself
            if not any(s < t.end and t.start < e for s, e in taken):
                found.append(t)
        found.sort(key=lambda c: c.start)
        before: Citation | None = None  # the last citation of another document in this paragraph
        host: list[str] = []  # the labels of the last internal citation in this paragraph ("article 2 (e)")
        prior: list[tuple[Citation, Reference]] = []  # this paragraph's citations so far, as resolved
        for k, cit in enumerate(found):
            if cit.relative == "that":
                cit = _of_that_unit(cit, prior)
            sibling = cit.relative == "sibling"
            if cit.relative == "text" and p.annex and (ctx.scope_of(p.label) is None or all(
                    _SCOPED.match(t.label or "") for t in cit.targets)):
                # "article 50, paragraph 2, of this Convention" in the annex that holds the Convention: its own part
                # (a bare "paragraph 22, of this Convention" in a text numbered by articles names none of them)
                cit = replace(cit, kind="internal", document_name=None, portion=None)
            elif sibling and host:
                cit = _under_host(ctx, cit, host, p)
            elif p.annex is None and own:
                cit = _of_own_annex(ctx, cit, own)
            if before is not None and _continues_other(ctx, cit, before, p):
                cit = _of_same_document(cit, before)
            elif before is not None and _annexes_of_other(ctx, cit, before, p):
                cit = _of_same_document(cit, before, in_annex=False)
            elif before is not None and cit.unit == "annex" and cit.kind == "internal" and cit.relative is None \
                    and _THAT.search(p.text, max(0, cit.start - 8), cit.start) \
                    and any((t.label or "").startswith("annex") for t in before.targets):
                # "encourages ratification of that annex" after "annex VI to the International Convention for the
                # Prevention of Pollution from Ships" (A/RES/78/69 236): the annex cited before it
                cit = replace(cit, kind="external", targets=[t for t in before.targets if (t.label or "").startswith(
                    "annex")], document_name=before.document_name, relative="same")
            elif cit.unit == "annex" and (name := _annexes_of_named(cit, p.text)):
                # "the Pact for the Future and its annexes" (A/RES/79/154 PP9), "the report of the Disarmament
                # Commission in 1999 and its annex I" (A/RES/79/241 PP2): the annexes of the document named right
                # before "and its", never this text's
                cit = replace(cit, kind="external", document_name=name)
            elif cit.unit != "annex" and _possessed(ctx, cit, p):
                # "the administrative decision on ..., in particular its paragraph 4.1"; "the declaration under its
                # article 14" (of the Convention named before): a part of the document named in words, if any
                named = _named_before(p.text, cit.start)
                if named is None and _of_articles(cit):
                    # "its article V consultation request ... under the Convention" (A/RES/78/67 PP14): the treaty
                    # its sentence or the title names
                    named = _treaty_named(p.text, cit, res.title or "")
                cit = replace(cit, kind="external", document_name=named)
            elif (other := _part_of_other(ctx, cit, before, found[k + 1] if k + 1 < len(found) else None, p,
                                          lambda: [res.title or ""] + [q.text for q in paragraphs[:i]],
                                          found[k + 1 :], lead.get(id(p)))) is not None:
                # "Security Council resolution 2199 (2015), in particular paragraphs 15 to 17"; "the Convention, ...
                # (article VII)"; "(Statute, Article 50)": a part of the document named before it, never this text's
                cit = other
            elif cit.relative == "same" and not cit.documents and not cit.document_name and before is not None \
                    and before.document_name and not before.documents:
                # "Chapter VI of the Charter, ..., Article 33 thereof": the document named in words before it
                cit = replace(cit, document_name=before.document_name)
            elif cit.relative == "same" and not cit.documents and not cit.document_name \
                    and _THERE.search(cit.phrase):
                # "the Paris Agreement, which, pursuant to article 2, paragraph 2, thereof": no document cited before,
                # the one named in words
                cit = replace(cit, document_name=_named_before(p.text, cit.start))
            if cit.kind == "internal" and cit.unit == "annex" and cit.relative is None and p.annex is None:
                if _INDEFINITE.search(p.text, max(0, cit.start - 12), cit.start):
                    # "to submit a report ..., with an annex containing those views" (A/RES/78/240 4; 79/257 37, a
                    # resolution with annexes): the annex of a document still to be written, never a cited one
                    cit = replace(cit, kind="external", document_name=None, relative="same")
                elif not annexed:
                    cit = _annex_of_other(cit, [c for c, _ in prior], p.text)
            if cit.document_name and _POSSESSIVE.match(cit.document_name):
                cit = replace(cit, document_name=_whose(cit.document_name, p.text, cit.start))
            elif cit.document_name and _ITS_DOCUMENT.match(cit.document_name):
                cit = replace(cit, document_name=_its(cit.document_name, p.text, cit.start))
            elif cit.document_name and not cit.documents and _ITS_NUMBERED.match(cit.document_name):
                cit = replace(cit, document_name=_its_numbered(cit.document_name, p.text, cit.start))
            if cit.demonstrative and cit.document_name and cit.document_name.endswith(cit.demonstrative):
                cit = replace(cit, document_name=_that_named(cit.document_name, cit.demonstrative, p.text, cit.start))
            if cit.kind == "external" and not cit.documents and cit.document_name \
                    and (alone := _NOUN_ALONE.fullmatch(cit.document_name)) is not None \
                    and _document_words().fullmatch(alone.group(1)):
                # "article VI of the Treaty" after "the Treaty on the Non-Proliferation of Nuclear Weapons" (A/RES/78/33
                # PP4): the one document of that noun the resolution names in full before it, if only one
                if full_names is None:
                    full_names = _FullNames([_titled(res.title or "")] + [q.text for q in paragraphs],
                                            _treaty_of_title(res.title or ""),
                                            preamble=1 + sum(1 for q in paragraphs if q.kind == "preambular"
                                                             and not q.annex))
                cit = replace(cit, document_name=full_names.one(alone.group(1), i + 1, cit.start) or cit.document_name)
            if cit.document_name and (short := _SHORT_NAME.fullmatch(cit.document_name)):
                # "the statute of the Unit": the body named in full before ("the Joint Inspection Unit")
                texts = [f"the {res.title}"] if res.title else []
                texts += [q.text for q in paragraphs[:i]] + [p.text[: cit.end]]
                full = names.full_name(short.group("head"), ".\n".join(texts))  # (resparse.names; a full stop ends a name)
                if full:
                    cit = replace(cit, document_name=short.group("doc") + full)
            out.append(_resolve_one(ctx, cit, p, p.label, p.span.line))
            prior.append((cit, out[-1]))
            if cit.kind == "external" and (cit.document_name or cit.documents) and _of_articles(cit):
                articles_of[p.label] = cit  # the instrument whose articles the paragraph cites last, for its footnotes
            if cit.kind == "external" and (cit.documents or any(t.label for t in cit.targets)):
                before = cit  # a document by its symbol, or a part of one; not another body's resolution by name
            elif cit.kind == "internal" and not sibling and cit.unit != "term":
                host = [t.label for t, status in out[-1].resolved if status in ("ok", "direction") and t.label]
    cited: Citation | None = None  # the last citation of a document in the footnote, for "Ibid." in the next one
    for f, f_hits in zip(res.footnotes, hits[len(paragraphs) :]):
        previous, cited = cited, None
        for cit in _find(f.text, f_hits):
            if _unnamed_council(cit) and (at := council_at.get(f.cited_by[0] if f.cited_by else "")):
                cit = _as_issued_by(cit, at)  # the Council named last where the footnote is cited
            if elsewhere and (_UNNAMED_ISSUER.match(cit.phrase) or _unnamed_council(cit)):
                cit = _as_issued_by(cit, _whole_list(cit, elsewhere))
            if _unnamed_council(cit):
                cit = _as_issued_by(cit, _COUNCIL_BY_SESSION)
            if cit.kind == "external" and not cit.documents and cit.document_name \
                    and _BY_NUMBER_ALONE.fullmatch(cit.document_name) and (body := _adopting_at(res, f)) is not None:
                # "Resolution 10/1, entitled “...”; resolution 10/2, ..." (A/RES/79/190 footnote 30), cited by "the
                # adoption ... by the Conference of the States Parties at its tenth session of all resolutions": the
                # body whose resolutions the citing words name (were "Resolution 10/1", of no body)
                cit = replace(cit, document_name=f"{cit.document_name} of the {body}")
            internal = cit.kind == "internal" and cit.relative is None and cit.direction is None
            unnamed = cit.kind == "external" and cit.document_name is None and not any(t.document for t in cit.targets)
            if (internal or unnamed and cit.relative is None) and (m := _TITLE_AFTER.match(f.text, cit.end)) \
                    and _document_words().search(m.group(1)):
                # "Paragraph 23.3 of Agenda 21 provides that ..." (A/RES/78/128, footnote 19): a title without "the"
                # after the part, as in a paragraph (:func:`_part_of_other`)
                cit = replace(cit, kind="external", document_name=re.sub(r"\s+", " ", m.group(1)))
            elif internal and _CLAUSE_AFTER.match(f.text, cit.end) and (at := _citing(res, f)) is not None:
                # "Therefore, based on Agenda 21, rule 65 shall apply equally to ..." (78/128, footnote 19, on rule
                # 65 of the rules of procedure it annexes): a part that is the subject of the footnote's sentence is
                # no locator of the words before it; the text's own part, read where the footnote is cited
                out.append(_resolve_one(ctx, cit, at, f"footnote {f.number}", f.span.line))
                continue
            elif previous is not None and cit.kind == "external" and cit.document_name and not cit.documents \
                    and not any(t.label for t in cit.targets) and _IBID.fullmatch(f.text[: cit.start].rstrip(" ,")):
                # "Ibid., decision 15/8" after "..., document CBD/COP/15/17, decision 15/10" (A/RES/79/208 footnotes
                # 27, 28), "Ibid., resolution EC-57/1" after "..., document IOC/EC-57/Decisions, decision EC-57/4.5"
                # (79/144 footnotes 155, 156): another body's decision or resolution by its number, printed in the
                # document the footnote before cites, as "Ibid., para. 16" is a part of it (were named alone)
                cit = _of_same_document(replace(cit, targets=[Target(None, cit.document_name)]), previous,
                                        in_annex=False, ibid=True)
            elif cit.kind == "internal" and cit.relative == "sibling" and cit.direction is None and cited is not None:
                # "See Yearbook of the International Law Commission, 2006, vol. II (Part Two), para. 50, “Diplomatic
                # protection”, para. (1)" (A/RES/80/165 footnote 3): a paragraph numbered "(1)", as a commentary
                # numbers them, of the document the footnote cites before it; a footnote has no sub-paragraphs of
                # its own for it to be a sibling of (was internal, unresolved)
                cit = _of_same_document(cit, cited, in_annex=False)
            elif internal or unnamed and cit.relative is None:
                cit = _part_of_named(cit, f.text)
                if not cit.document_name and not any(t.document for t in cit.targets) and _of_articles(cit) \
                        and (held := articles_of.get(f.cited_by[0] if f.cited_by else "")) is not None:
                    # "Article I also provides that “...”" (A/RES/79/18 footnote 2, cited by PP4's "article I of the
                    # Outer Space Treaty"): an article of the instrument whose articles the citing paragraph cites
                    cit = _of_same_document(replace(cit, targets=[Target(None, t.label) for t in cit.targets]), held,
                                            in_annex=False)
                if _IBID.fullmatch(cit.document_name or "") and previous is not None:
                    # "Ibid., para. 16": a part of the document the footnote before cites
                    cit = _of_same_document(cit, previous, in_annex=False, ibid=True)
                elif cited is not None and _LIST_GOES_ON.fullmatch(f.text, cited.end, cit.start):
                    # "chap. V, sect. C, and annex II": annex II of the same document
                    cit = _of_same_document(cit, cited, in_annex=False)
            out.append(_resolve_one(ctx, cit, None, f"footnote {f.number}", f.span.line))
            if cit.kind == "external" and (cit.documents or cit.document_name):
                cited = cit
        if cited is None and previous is not None and _IBID.match(f.text):
            # "Ibid." cites what the footnote before cites; its document stays the one the next "Ibid." names
            cited = previous
            if _IBID.fullmatch(f.text.strip()):
                m = _IBID.match(f.text)
                cit = replace(previous, start=m.start(), end=m.end(), phrase=m.group(), targets=list(previous.targets))
                out.append(_resolve_one(ctx, cit, None, f"footnote {f.number}", f.span.line))
    return _written_dates_first(_articles_named_elsewhere(out))


def _articles_named_elsewhere(refs: list[Reference]) -> list[Reference]:
    """``refs`` with each article of no document named (neither its sentence nor the title names one: "the
    implementation of article VI obligations", A/RES/78/40 PP17, 78/42 12, "Towards a nuclear-weapon-free world: ...")
    named as the one instrument whose same articles the resolution cites by name elsewhere ("article VI of the Treaty
    on the Non-Proliferation of Nuclear Weapons", 78/40 9; 78/42 4 and 14): the text's own word for which treaty's
    article VI it means. The instrument's full name where it is also named by its noun alone ("article VI of the
    Treaty", 78/40 PP3); none where the articles are cited of two instruments, or of none by a full name. A treaty's
    article is never a paragraph of the citing resolution nor of a resolution: it stays external, its label kept."""
    named: dict[str, set[str]] = {}  # an article's label -> the names of the instruments cited with it
    for ref in refs:
        c = ref.citation
        if c.kind == "external" and c.document_name and not c.documents and _of_articles(c):
            for t in c.targets:
                if t.label:
                    named.setdefault(t.label, set()).add(c.document_name)
    if not named:
        return refs
    out = []
    for ref in refs:
        c = ref.citation
        if c.kind == "external" and not c.document_name and not c.documents and c.targets \
                and all((t.label or "").startswith("article ") for t in c.targets) \
                and (one := _one_instrument([named.get(t.label or "", set()) for t in c.targets])) is not None:
            ref = replace(ref, citation=replace(c, document_name=one))
        out.append(ref)
    return out


def _one_instrument(names: list[set[str]]) -> str | None:
    """The one instrument each set of ``names`` (one per article cited) names: the one full name among them ("the
    Treaty on the Non-Proliferation of Nuclear Weapons"), a name by its noun alone ("the Treaty") being of it when the
    full name holds that noun; None when a set is empty or the names are of two instruments."""
    every = set().union(*names) if names and all(names) else set()
    full = {n.casefold(): n for n in every if not _FIRST_WORD.fullmatch(n)}
    if len(full) != 1:
        return None
    (name,) = full.values()
    words = name.casefold().split()
    if all(n.casefold() in full or n.casefold().split()[-1] in words for n in every):
        return name
    return None


def _written_dates_first(refs: list[Reference]) -> list[Reference]:
    """``refs`` with each date shared from a later member of a list (:meth:`_Reader._share_date`,
    :attr:`Citation.shared_dates`) dropped where the same text writes another date right after that resolution: a
    resolution has one date of adoption, and the one written after it is the text's word, the shared one a reading
    of "A and B of DATE" that the text then contradicts. "General Assembly resolutions 1514 (XV) and 1541 (XV) of 15
    December 1960" after "resolution 1514 (XV) of 14 December 1960" (A/RES/78/85 PP3 and PP2; 79/98, 80/89): 1514 (XV)
    keeps no date in the list (it was of 14 December 1960). Nothing in the phrase tells it from "78/3 and 78/4 of 5
    October 2023", whose shared date is right (each member's number is of the dated one's session in both): a date
    shared where the text writes none other stays."""
    written: dict[str, set[str]] = {}
    for ref in refs:
        for symbol, date in ref.citation.dates.items():
            if symbol not in ref.citation.shared_dates:
                written.setdefault(symbol, set()).add(date)
    if not written:
        return refs
    out = []
    for ref in refs:
        c = ref.citation
        wrong = [s for s in c.shared_dates if s in written and c.dates[s] not in written[s]]
        if wrong:
            c = replace(c, dates={s: d for s, d in c.dates.items() if s not in wrong},
                        shared_dates=tuple(s for s in c.shared_dates if s not in wrong))
            ref = replace(ref, citation=c)
        out.append(ref)
    return out


_UNNAMED_ISSUER = re.compile(r"(?i:resolutions?)\b")  # "resolutions 34/24, 40/20 and 46/17": no body named
# the one Council that numbers its resolutions and decisions by session and number ("52/3"): the Human Rights
# Council, since its first session in 2006 (A/HRC/RES/1/1); the Security Council numbers serially with the year
# ("2322 (2016)"), the Economic and Social Council by year since 1978 ("1996/31"), the Trusteeship Council serially
# (UN Editorial Manual, document symbols). A bare "Council resolution 52/3" that neither the resolution's own
# naming nor a Council named before places is the Human Rights Council's: the Assembly is no Council
_COUNCIL_BY_SESSION = _COUNCILS["human rights council"]


def _unnamed_council(cit: Citation) -> bool:
    """A bare "Council" whose text names no Council before it (:func:`_issuer`): its numbers still read as the
    Assembly's (A/RES/, A/DEC/). :func:`resolve` reads it as the Council the resolution named last before (its title
    and paragraphs in order; for a footnote, up to the paragraph that cites it), else as the resolution names that
    number elsewhere (:func:`_issued_elsewhere`), else as the Council that numbers by session
    (:data:`_COUNCIL_BY_SESSION`). A number by year stays the Economic and Social Council's, a number
    with its year in parentheses the Security Council's (:func:`_by_prefix`)."""
    return (cit.issuer or "").lower() == "council" and any(d.startswith(("A/RES/", "A/DEC/")) for d in cit.documents)


def _last_council(text: str) -> str | None:
    """The symbol prefix of the Council ``text`` names last (:data:`_COUNCILS`), None when it names none."""
    if "Council" not in text:
        return None
    last = None
    for last in _COUNCIL_NAMED.finditer(text):
        pass
    return _COUNCILS[_flat(last.group()).lower()] if last else None
_ASSEMBLY_NAMED = re.compile(r"(?i:(?:the\s+)?General\s+Assembly|Assembly|its|their|GA)\b")


def _issued_elsewhere(texts: list[str], hits: list) -> dict[str, str]:
    """The Assembly-looking symbols (A/RES/N/M) that a resolution cites elsewhere as another Council's ("Human
    Rights Council resolutions 34/24, 40/20 and 46/17" in 8), and never as the Assembly's by name ("General
    Assembly resolution 34/24", "its resolution 34/24"): {"A/RES/34/24": "A/HRC/RES/"}. A later "resolutions
    34/24, 40/20 and 46/17" that names no body cites those same documents (a number such as 52/28 is both a session
    of the Assembly and one of the Council's: the resolution's own naming decides)."""
    other: dict[str, str] = {}
    assembly: set[str] = set()
    for text, t_hits in zip(texts, hits):
        for cit in _find(text, t_hits):
            for doc in cit.documents:
                m = _COUNCIL_NUMBER.fullmatch(doc)
                if m and "/" in m.group(2):
                    other.setdefault("A/RES/" + m.group(2), m.group(1))
                elif doc.startswith("A/RES/") and _ASSEMBLY_NAMED.match(cit.phrase):
                    assembly.add(doc)
    return {doc: pre for doc, pre in other.items() if doc not in assembly}


def _whole_list(cit: Citation, elsewhere: dict[str, str]) -> dict[str, str]:
    """The prefixes of :func:`_issued_elsewhere` for every resolution of a list one of whose members it knows (a list
    of resolutions is one body's): {} when it knows none, or two bodies."""
    known = {elsewhere[d] for d in cit.documents if d in elsewhere}
    if len(known) != 1:
        return {}
    prefix = known.pop()
    return {d: prefix for d in cit.documents}


def _own_names(paragraphs: list[Paragraph], hits: list) -> dict[str, set[str]]:
    """The documents the annexes of a resolution are, by the word each calls itself with ("this Convention", "the
    present Agreement" in a citation of its own part: a citation of relative "text"): {"convention": {"annex"}}."""
    out: dict[str, set[str]] = {}
    for p, p_hits in zip(paragraphs, hits):
        if p.annex:
            for cit in _find(p.text, p_hits):
                if cit.relative == "text" and cit.document_name:
                    out.setdefault(cit.document_name.split()[-1].lower(), set()).add(p.annex)
    return out


_THE_WORD = re.compile(r"(?i:the)\s+([A-Z][a-z]+)")


def _of_own_annex(ctx: _Context, cit: Citation, own: dict[str, set[str]]) -> Citation:
    """ "articles 57, paragraph 5 (g), 61 and 62 of the Convention" in the body of the resolution that adopts the
    Convention in its annex (the annex calls itself "this Convention": :func:`_own_names`): the annex's own
    articles, when that one annex has every one of them. Unchanged otherwise (another convention, a label the
    annex lacks, a word two annexes use)."""
    m = _THE_WORD.fullmatch(cit.document_name or "")
    if cit.kind != "external" or cit.documents or m is None or len(own.get(m.group(1).lower(), ())) != 1:
        return cit
    annex = next(iter(own[m.group(1).lower()]))
    labels = [f"{annex} {t.label}" for t in cit.targets if t.label and _SCOPED.match(t.label)]
    if not labels or len(labels) != len(cit.targets) or any(
            lab not in ctx.order and not ctx.unit_members(lab) for lab in labels):
        return cit
    return replace(cit, kind="internal", targets=[Target(None, lab) for lab in labels], document_name=None,
                   portion=None, relative=None)


_THERE = re.compile(r"(?i:there(?:of|to))$")


@lru_cache(maxsize=2)
def _named_document(any_case: bool = False) -> re.Pattern:
    """A document named in words: "the", capitalized words with a document word among them (data/document_words.txt),
    and what follows of its title: function words and capitalized words ("the United Nations Convention against
    Corruption", "the Treaty on the Non-Proliferation of Nuclear Weapons", "the Global Framework"). ``any_case``: the
    document word may be written in lower case, one or two of them ("the outcome document of the Durban Review
    Conference", "the report of the Committee")."""
    words = _document_word_alternatives()
    head = rf"(?i:{words})s?\b(?:\s+(?i:{words})s?\b)?" if any_case else rf"(?:{words})s?\b"
    return re.compile(rf"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+)*?{head}"
                      rf"(?:\s+(?:(?:on|of|against|for|to|with|and|in|the|from|between|concerning)\s+)*[A-Z][\w'’-]*)*)")


def _named_before(text: str, end: int) -> str | None:
    """The document named in words last before ``end`` in ``text`` (:func:`_named_document`), "the" kept; None when
    there is none. A name of the actor table (data/actors.txt: "the United Nations Environment Programme") names a
    body, not a document."""
    named = _named_last(text, end)
    return named[0] if named else None


def _named_last(text: str, end: int, any_case: bool = False) -> tuple[str, int] | None:
    """:func:`_named_before` and where the name ends in ``text``; None when no document is named before ``end``.
    ``any_case``: also a name whose document word is in lower case (:func:`_named_document`)."""
    found = None
    for m in _named_document(any_case).finditer(text, 0, end):
        if any_case and not re.search(r"[A-Z]", m.group(1)):
            continue  # "the decisions relating to article 4", "the commitment in paragraph 35 (b)": no title
        if names.key(m.group(1)) not in names.names():
            found = ("the " + re.sub(r"\s+", " ", m.group(1)), m.end())
    return found


# the words that set a part of a document apart right after the document ("Security Council resolution 2199 (2015),
# in particular paragraphs 15 to 17", A/RES/79/133 PP34; "the outcome document of the Durban Review Conference of 24
# April 2009,10 in particular paragraphs 11, 13 and 54", A/RES/78/190 PP7; "the Convention, in particular article
# 49", A/RES/78/78 2): a date of the document's and a footnote's number may stand between
_ASIDE_AFTER = re.compile(
    rf"(?:\s+of\s+\d{{1,2}}\s+(?:{MONTH_NAMES})"
    r"\s+\d{4})?[\s\d]*,?[\s\d]*(?:(?:and|as\s+well\s+as)\s+)?(?:in\s+particular|particularly|especially|notably"
    r"|including|specifically|namely)(?:\s+(?:in|of|under|with))?\s+")
# a document named by its title alone, set apart from its part by a comma: "(Statute, Article 50)", "(Statute of the
# International Court of Justice, Article 31)" (A/RES/79/260 1 (b)): the title from the parenthesis or the start
_TITLE_CHAINED = re.compile(r"(?:^|\()\s*([A-Z][\w'’-]*(?:\s+(?:(?:of|on|the|for|to|against|and|in)\s+)*[A-Z][\w'’-]*)*),\s*$")
# a title right after a part, "of" it: "chapter 17 of Agenda 21", "article 499 bis ... of the Islamic Penal Code"
_TITLE_AFTER = re.compile(r"\s*,?\s+(?:of|in)\s+((?:[Tt]he\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|on|the|for|to|against|and|in)\s+)*"
                          r"[A-Z0-9][\w'’-]*)*)")
_OF_AFTER = re.compile(r"\s*,?\s+of\s+(?!the\s+present\b|this\b)")
_OF_AND = re.compile(r"and\b")  # "article 76 of and annex II to the Convention": the "of" the next part shares
# between two sections of one list, each with its title and what is appropriated under it: one sentence, no other
# citation ("..., Economic and social development in Africa, 468,300 dollars under ", "..., Staff assessment, to be
# offset by an equivalent amount under income "), at most 250 characters; a semicolon between the items of one amount
# ("comprising 19,459,200 dollars under section 33, Construction, ...; 3,610,100 dollars under section 29D,
# Administration, Nairobi; and 62,700 dollars under section 34, ..., of the proposed programme budget for 2025", A/RES/
# 79/258 XII.24, 80/243 X.23: were sections 33 and 29D of no document), never a full stop or colon
_SECTIONS_GO_ON = re.compile(r"[^:.()\[\]]{0,250}")
_FOREIGN_UNITS = ("article", "section", "chapter", "part")


def _part_of_other(ctx: _Context, cit: Citation, before: Citation | None, after: Citation | None, p: Paragraph,
                   earlier: Callable[[], list[str]], later: Sequence[Citation] = (),
                   lead: str | None = None) -> Citation | None:
    """A locator of ``cit`` (internal, no "above"/"below", no "of the present ...") that is a part of another
    document: the document named or cited last before it in ``p`` (``before``: the last citation of another
    document in ``p``; else a document named in words, :func:`_named_last`; else a title set apart by a comma,
    "(Statute, Article 50)"). It is that document's part
    - when the words between set it apart from the document ("..., in particular paragraphs 15 to 17":
      :data:`_ASIDE_AFTER`), whether or not this text has such a paragraph (it names its own "above", "below");
    - when it names an article, section, chapter or part (or a paragraph of one) and this text numbers no such units
      (A/RES/78/29 18, "the Convention, ... (article VII)"; A/RES/80/242 93, "under section 32, Special expenses", a section of the
      programme budget: a part of no document named, ``document_name`` None): of a document named in words (a
      symbol or a resolution cited whole before it numbers no articles: "CBD/NP/MOP/DEC/2/7, ... the Working Group
      on Article 8 (j)"), of the document the next citation names when the list goes on to it ("article 2 (b) and
      article 3, paragraph 1 (b), of the United Nations Convention ...", A/RES/78/69 152: ``after``), of none when
      "of" follows it and names no document the grammar reads ("chapters III and IV of the study annexed to the
      report", A/RES/78/17 10);
    - when this text has none of the paragraphs it names and the document is named in the same sentence
      (A/RES/80/217 PP6, "the Global Digital Compact, namely the commitment in paragraph 35 (b)").
    A short title ("Statute") is written in full where ``earlier()`` texts (the title, the paragraphs before) or
    ``p`` name it so; a paragraph set apart from a designated unit cited before ("article 4 of the Paris Agreement,
    in particular paragraph 15", A/RES/79/206 10) is that unit's (article 4.15). A section of no document named in
    an item of a list is of the document its ``lead`` (the words that lead the list of the parts of an amount,
    ending "comprising:") appropriates for or under (:func:`_appropriated_under`). None when ``cit`` stays this text's."""
    if cit.kind != "internal" or cit.relative is not None or cit.direction \
            or cit.unit not in ("paragraph", *_FOREIGN_UNITS):
        return None
    labels = [lab for t in cit.targets for lab in ctx.candidates(cit, t.label, p)]
    if not labels:
        return None
    had = any(lab in ctx.order for lab in labels)
    foreign = not had and all(cit.unit in _FOREIGN_UNITS if (scope := ctx.scope_of(lab)) is None else (
        scope.split()[0] in _FOREIGN_UNITS and scope.split()[0] not in ctx.scopes) for lab in labels)
    text = p.text
    if not had and (m := _TITLE_AFTER.match(text, cit.end)) and _document_words().search(m.group(1)):
        # "chapter 17 of Agenda 21" (A/RES/79/204 PP12): a title without "the" after the part, which the grammar
        # does not read as a name (it would read on into any capitalised words)
        return replace(cit, kind="external", document_name=re.sub(r"\s+", " ", m.group(1)))
    if foreign and after is not None and after.kind == "external" and any(t.label for t in after.targets) \
            and _LIST_GOES_ON.fullmatch(text, cit.end, after.start) and text[cit.end : after.start].strip(" ,"):
        return _of_same_document(cit, after, in_annex=False)  # "article 2 (b) and article 3, ..., of the Convention"
    if foreign and cit.unit == "section" and (named_last := _last_of_sections(cit, later, text)) is not None:
        # "969,900 dollars under section 18, Economic and social development in Africa, 468,300 dollars under section
        # 20, ..., and 3,800 dollars under section 29E, Administration, Geneva, of the proposed programme budget for
        # 2024" (A/RES/78/253 X.3): each section of the list is of the budget its last member names
        return _of_same_document(cit, named_last, in_annex=False)
    if foreign and (of := _OF_AFTER.match(text, cit.end)):
        if cit.unit == "section" and (budget := _terminal("DOC_NAME").match(text, of.end())) and _BUDGET.search(budget.group()):
            # "under section 33 of the regular budget" (A/RES/79/297 19): a section of the budget named after "of",
            # which the grammar reads as no document (the name holds no document word)
            return replace(cit, kind="external", document_name=_flat(budget.group()))
        if _of_articles(cit) and _OF_AND.match(text, of.end()):
            # "article 76 of and annex II to the Convention" (A/RES/78/69 88): "of" shared with the next part; the
            # treaty its sentence names
            return replace(cit, kind="external", document_name=_treaty_in_sentence(text, cit))
        return replace(cit, kind="external", document_name=None)  # "chapters III and IV of the study annexed to ..."
    named = _named_last(text, cit.start, any_case=True)
    if (m := _TITLE_CHAINED.search(text, 0, cit.start)) and _document_words().search(m.group(1)):
        named = (_full_title(m.group(1), earlier() + [text[: m.start(1)]]), m.end(1))
    cited = (before, before.end) if before is not None and before.end <= cit.start else None
    doc = max((d for d in (cited, named) if d is not None), key=lambda d: d[1], default=None)
    aside = doc is not None and _ASIDE_AFTER.fullmatch(text, doc[1], cit.start) is not None
    if foreign and not aside and cited is not None and not before.document_name:
        doc = named  # an article of a treaty named in words, not of a symbol or a resolution cited whole before it
    if doc is None:
        if foreign and cit.unit == "section" and lead is not None:
            # "Approves additional appropriations ... for the proposed programme budget for 2025, comprising: (a)
            # 941,200 dollars under section 2, General Assembly and ...;" (A/RES/79/258 IX.3): the list's budget
            return replace(cit, kind="external", document_name=_appropriated_under(lead))
        if foreign and cit.unit == "section" and (budget := _budget_named(text, cit, earlier)) is not None:
            return replace(cit, kind="external", document_name=budget)
        if foreign and _of_articles(cit) and (treaty := _treaty_named(text, cit, earlier()[0])) is not None:
            # "Welcomes the progress made in the national implementation of article VII obligations" (A/RES/78/29
            # 23, "Implementation of the Convention on the Prohibition of ... Chemical Weapons ..."), "Measures on
            # international cooperation and assistance under article X" (78/67 4 (a), "Convention on the
            # Prohibition of ... Bacteriological (Biological) and Toxin Weapons ..."): the treaty its sentence
            # names, else the title
            return replace(cit, kind="external", document_name=treaty)
        return replace(cit, kind="external", document_name=None) if foreign else None
    if not (aside or foreign or not had and not _SENTENCE_END.search(text, doc[1], cit.start)):
        return None
    if not isinstance(doc[0], Citation):
        return replace(cit, kind="external", document_name=doc[0])
    units = {t.label for t in doc[0].targets if t.label and _SCOPED.fullmatch(t.label)}
    if aside and cit.unit == "paragraph" and len(units) == 1:
        # "article 4 of the Paris Agreement, in particular paragraph 15": article 4.15
        unit = units.pop()
        cit = replace(cit, targets=[Target(None, f"{unit}.{t.label}" if t.label[0].isdigit() else f"{unit} {t.label}")
                                    for t in cit.targets if t.label])
    return _of_same_document(cit, doc[0], in_annex=False)


# where the words that lead a list of appropriations name what they are for or under: "... dollars for the proposed
# programme budget for 2025, comprising:", "... under the proposed programme budget for 2025, which would represent a
# charge against the contingency fund, comprising:" (A/RES/79/258 IX.3, VI.4; 80/243 XVI.3)
_PARTS_OF_AMOUNT = re.compile(r"\bcomprising:\s*$")
_FOR_OR_UNDER = re.compile(r"\b(?=(?:for|under)\s+the\s)")  # where the grammar's appropriation_start is read


# the programme budget, the document the Organization numbers in sections (section 1, Overall policymaking, direction
# and coordination, to section 36, Staff assessment: the proposed programme budget's fascicles, A/79/6 (Sect. 1) ...);
# its income sections are numbered apart ("income section 3", A/RES/78/252 76): labelled ``income section 3``
# (:func:`_income_sections`), never its expenditure section 3, and of the budget as an expenditure section is
_BUDGET = re.compile(r"\bbudget\b")
_INCOME_BEFORE = re.compile(r"\b(?i:income)\s+$")


def _income_sections(cit: Citation, text: str, start: int) -> Citation:
    """``cit``, a section written after "income" (at ``start`` of ``text``), as the programme budget's income section:
    "income section 3, Services to the public" (A/RES/79/258 XV.13), labelled ``income section 3``, the phrase from
    "income". The budget numbers its income sections apart from its expenditure sections ("income section 1, Income
    from staff assessment", "section 1, Overall policymaking, ...": the proposed programme budget's fascicles A/79/6
    (Income sect. 1) and A/79/6 (Sect. 1)), so an income section read as "section 3" named another part (was read so,
    of the proposed programme budget, in 79/258 XV.13 and 78/253 IX.5)."""
    targets = [t._replace(label=f"income {t.label}") if (t.label or "").startswith("section ") else t
               for t in cit.targets]
    return replace(cit, start=start, phrase=text[start : cit.end], targets=targets,
                   portion=f"income {cit.portion}" if cit.portion else None)


_FIRST_WORD = re.compile(r"(?:[Tt]he\s+)?([\w-]+)")


def _treaty_of_title(title: str) -> str | None:
    """The document a resolution's ``title`` names, whose articles an article of no document named in it is of: the
    whole title when its first word (after "The") names an instrument (data/treaty_words.txt: "Convention on the
    Prohibition of ... Bacteriological (Biological) and Toxin Weapons and on Their Destruction", A/RES/78/67), else
    the first name the grammar's DOC_NAME reads after a "the" of it that holds such a noun ("Implementation of the
    Convention on Biological Diversity and its contribution ...": "the Convention on Biological Diversity", 79/208;
    "The Arms Trade Treaty", 78/48); with "the", on one line. None when it names none ("Towards a nuclear-weapon-free
    world: ...", 78/42; "Report of the International Law Commission ...", 79/121: the draft articles it cites are
    the Commission's, not the report's)."""
    if not title:
        return None
    first = _FIRST_WORD.match(title)
    if first and _treaty_words().fullmatch(first.group(1)):
        return _flat(title if first.group().lower().startswith("the") else f"the {title}")
    for m in _THE.finditer(title):
        if (n := _terminal("DOC_NAME").match(title, m.end())) is not None and _treaty_words().search(n.group()):
            return _flat(n.group())
    return None


# the head of a treaty's name: its capitalised words before the first word in lower case, after "the" and a year ("the
# 2005 Convention on the Protection ...": "Convention"; "the World Health Organization Constitution"); a treaty word
# after it names a body's treaty, not the name's ("the Conference of the Parties to the Convention": "Conference"), and
# a name in lower case is none ("the fulfilment of their obligations under the Convention")
_TREATY_HEAD = re.compile(r"(?:[Tt]he\s+)?(?:\d{4}\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _treaty_in_sentence(text: str, cit: Citation) -> str | None:
    """The instrument numbered in articles (a name with a noun of data/treaty_words.txt, read as the grammar's DOC_NAME
    reads a name after "the") that the sentence of ``cit`` in ``text`` names: the first after it, else the last before
    it ("article 16, on preferential treatment for developing countries, of the 2005 Convention on the Protection and
    Promotion of the Diversity of Cultural Expressions", A/RES/78/133 PP14; "article 76 of and annex II to the
    Convention", 78/69 88; "the Subsidiary Body on article 8 (j) ... under the Conference of the Parties to the
    Convention on Biological Diversity", 80/191 PP46); None when it names none. The sentence ends at a full stop,
    semicolon or colon (:data:`_SENTENCE_END`)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, cit.start)), default=0)
    stop = _SENTENCE_END.search(text, cit.end)
    end = stop.start() if stop else len(text)
    last = None
    for m in _THE.finditer(text, start, end):
        n = _terminal("DOC_NAME").match(text, m.end(), end)
        if n is None or not (head := _TREATY_HEAD.match(n.group())) or not _treaty_words().search(head.group(1)):
            continue
        if m.start() >= cit.end:
            return _flat(n.group())
        if n.end() <= cit.start:
            last = _flat(n.group())
    return last


def _of_articles(cit: Citation) -> bool:
    """Does ``cit`` name articles or their paragraphs ("article 76", "article 1, paragraph 2": ``article 1.2``)?"""
    return cit.unit == "article" or bool(cit.targets) and all((t.label or "").startswith("article ") for t in cit.targets)


def _treaty_named(text: str, cit: Citation, title: str) -> str | None:
    """The instrument an article of no document named (``cit`` in ``text``) is of: the one its sentence names
    (:func:`_treaty_in_sentence`), else the one the resolution's ``title`` names (:func:`_treaty_of_title`); the title's
    full name where the sentence names it by its noun alone and the title's is of that noun ("its article V
    consultation request ... under the Convention", A/RES/78/67 PP14, in the resolution on the Convention on the
    Prohibition of ... Bacteriological (Biological) and Toxin Weapons ...)."""
    named, titled = _treaty_in_sentence(text, cit), _treaty_of_title(title)
    if named and titled and (_FIRST_WORD.fullmatch(named) and named.split()[-1] in titled.split()
                             or named.lower() == titled.lower()):
        return titled
    return named or titled


# a document named by its noun alone: "the Treaty", "the Convention", "the Charter" (a noun of
# data/document_words.txt, capitalized as a title is)
_NOUN_ALONE = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")
# a short name defined in parentheses right after a name in full: "the United Nations Convention on the Law of the Sea
# (the Convention)" (A/RES/79/145 PP2), its noun
_DEFINED_AS = re.compile(r"\s*\(\s*(?:hereinafter\s+)?[“\"]?[Tt]he\s+([A-Z][a-z]+)[”\"]?\s*\)")
# "the" before a capitalized word or a year, where a name in full may start (the grammar's DOC_NAME is read there)
_THE_CAPITAL = re.compile(r"\b[Tt]he\s+(?=(?:\d{4}\s+)?[A-Z])")
# what DOC_NAME reads on after a name that is an event's date or place, no word of the name: "the Comprehensive
# Nuclear-Test-Ban Treaty on 21 September 2022", "the Treaty in Vienna from 21 to 23 June 2022" (A/RES/78/53 PP16),
# "the Convention and 72 ..." (a joining word, capitalized words, then a number); "of 1961" stays in a name ("the
# Single Convention on Narcotic Drugs of 1961")
_EVENT_AFTER = re.compile(r"\s+(?:on|in|from|at|and)\s+(?:[A-Z][\w'’-]*\s+)*(?:from\s+)?\d")
# a noun alone and the place it applies in, no name: "measures to enforce the Convention in the Occupied Palestinian
# Territory" (A/RES/78/78 15, 79/91 17, 80/81 17: DOC_NAME reads on into the place, which made a second Convention
# beside "the Fourth Geneva Convention" the paragraph names, and its "article 1 of the Convention" named none); a
# name holds "in" only after a word of its own ("the Convention on International Trade in Endangered Species ...")
_PLACE_AFTER_NOUN = re.compile(r"([Tt]he\s+[A-Z][a-z]+)\s+in\s")


_QUOTES_AS_COMMAS = str.maketrans("“”\"", ",,,")


def _titled(title: str) -> str:
    """A resolution's ``title`` as a name is written in prose, with "the" before it unless it has one ("The Arms Trade
    Treaty", A/RES/78/48)."""
    return title if title[:4] in ("The ", "the ") else f"the {title}"


class _FullNames:
    """The documents a resolution names in full (``texts``: its title, then its paragraphs in reading order), by the
    noun their name ends its head on ("the Treaty on the Non-Proliferation of Nuclear Weapons": "Treaty"; "the
    Comprehensive Nuclear-Test-Ban Treaty": "Treaty"; "the Charter of the United Nations": "Charter"), each read as the
    grammar's DOC_NAME reads a name after "the", cut before an event's date or place (``_EVENT_AFTER``); and the
    instrument the title names whole (``titled``, :func:`_treaty_of_title`), which DOC_NAME cuts at a parenthesis
    ("... Stockpiling of Bacteriological (Biological) and Toxin Weapons and on Their Destruction", A/RES/78/67) or
    reads as the noun alone ("Agreement under the United Nations Convention on the Law of the Sea on the Conservation
    ... of Areas beyond National Jurisdiction", 78/272): a name whose words begin the title's is the title's. Read
    once, at the first use."""

    def __init__(self, texts: list[str], titled: str | None = None, preamble: int = 0):
        self.texts = texts
        self.preamble = preamble  # how many of ``texts`` are the title and the preamble (:meth:`one`)
        self.titled = _flat(titled) if titled and not _NOUN_ALONE.fullmatch(_flat(titled)) else None
        self._whole = names.key(self.titled) if self.titled else ""
        self._named: dict[str, list[tuple[int, int, str, str]]] | None = None  # noun -> (text, end, key, name)
        self._defined: dict[str, list[tuple[int, str, str]]] = {}  # noun -> (text, key, name) of "NAME (the Noun)"

    def _read(self) -> dict[str, list[tuple[int, int, str, str]]]:
        named: dict[str, list[tuple[int, int, str, str]]] = {}
        if self.titled and (head := _TREATY_HEAD.match(self.titled)) is not None:
            named.setdefault(head.group(1).split()[-1], []).append((0, 0, self._whole, self.titled))
        for k, text in enumerate(self.texts):
            # a quotation mark ends a name as a comma does ("... Parties to the Treaty on the Non-Proliferation of
            # Nuclear Weapons”.", A/RES/78/30 12: DOC_NAME reads none past a closing mark, and stopped at "of")
            text = text.translate(_QUOTES_AS_COMMAS)
            for m in _THE_CAPITAL.finditer(text):
                n = _terminal("DOC_NAME").match(text, m.start())
                if n is None:
                    continue
                cut = _EVENT_AFTER.search(n.group())
                name = _flat(n.group()[: cut.start()] if cut else n.group())
                if (place := _PLACE_AFTER_NOUN.match(name)) is not None:
                    name = place.group(1)  # the noun alone: no name (below)
                head = _TREATY_HEAD.match(name)
                if head is None or _NOUN_ALONE.fullmatch(name):
                    continue
                noun = head.group(1).split()[-1]
                if not _document_words().fullmatch(noun):
                    continue
                key = names.key(name)
                if self._whole.startswith(key + " "):
                    key, name = self._whole, self.titled  # the title's name, DOC_NAME having read only its start
                named.setdefault(noun, []).append((k, m.start() + len(n.group()), key, name))
                if (d := _DEFINED_AS.match(text, m.start() + len(n.group()))) is not None and d.group(1) == noun:
                    self._defined.setdefault(noun, []).append((k, key, name))
        return named

    def one(self, noun: str, text: int, at: int) -> str | None:
        """The one document of ``noun`` named in full before character ``at`` of ``self.texts[text]`` (any distinct
        name, by its key: "Non Proliferation" and "Non-Proliferation" are one; as written last before it); None where
        none is, or two are ("the Comprehensive Nuclear-Test-Ban Treaty" and "the Treaty on the Non-Proliferation of
        Nuclear Weapons" before "article XIV of the Treaty", A/RES/78/66 PP9: which one the text does not say)."""
        if self._named is None:
            self._named = self._read()
        before = {key: name for k, end, key, name in self._named.get(noun, ()) if k < text or k == text and end <= at}
        if len(before) == 1:
            return next(iter(before.values()))
        local = {key: name for k, end, key, name in self._named.get(noun, ()) if k == text and end <= at}
        if local:
            # the paragraph itself names one before it ("... Entry into Force of the Comprehensive Nuclear-Test-Ban
            # Treaty, ..., convened pursuant to article XIV of the Treaty", A/RES/78/66 PP9, the NPT named in PP5):
            # that one; two, none
            return next(iter(local.values())) if len(local) == 1 else None
        # else the one the resolution defines so ("the United Nations Convention on the Law of the Sea (the
        # Convention)", A/RES/79/145 PP2; 78/68, 78/69, 79/144, 80/109, 80/110), or the one its title and preamble
        # name, if only one: the short name a drafter uses for the instrument the resolution is about, whatever other
        # instrument of that noun a paragraph between names in full (79/145 221, "article 77 thereof" of "the
        # Convention", was of no named document); a title names the text's subject: the one it names comes first
        defined = {key: name for k, key, name in self._defined.get(noun, ()) if k < text}
        if len(defined) == 1:
            return next(iter(defined.values()))
        if defined:
            return None
        for upto in (1, self.preamble):  # the title ("Implementation of the Convention on Biological Diversity ...",
            # A/RES/80/140), else the title and the preamble
            opening = {key: name for k, _, key, name in self._named.get(noun, ()) if k < min(text, upto)}
            if len(opening) == 1:
                return next(iter(opening.values()))
        return None


@lru_cache(maxsize=1)
def _treaty_words() -> re.Pattern:
    """The nouns of data/treaty_words.txt (an instrument numbered in articles), whole words, any case."""
    return re.compile(r"\b(?:" + data.alternation(data.lines("treaty_words.txt")) + r")\b", re.IGNORECASE)


def _budget_named(text: str, cit: Citation, earlier) -> str | None:
    """The programme budget a section of no document named (``cit`` in ``text``) is of: the one the resolution's title
    names ("Questions relating to the proposed programme budget for 2025": "under section 1, Overall policymaking,
    ...", A/RES/79/257 34; ``earlier()[0]`` is the title), else the one named after it in its sentence ("to be funded
    under section 3, Political affairs, as may be approved ... in the context of the proposed programme budget for
    2025", 78/294 8 (c), 79/299 7 (c)); the title first: "under section 1 ..., and provide an update in the next
    proposed programme budget" (79/257 34) is of the budget the resolution is on, not the next. As DOC_NAME reads
    the last name there (:func:`_named_in_prose`: "the proposed programme budget"); None for neither. An income
    section (``income section 3``: :func:`_income_sections`) is of the same budget."""
    stop = _SENTENCE_END.search(text, cit.end)
    for words in (f"the {earlier()[0]}", text[cit.end : stop.start() if stop else len(text)]):
        name = _named_in_prose(words)
        if name and _BUDGET.search(name):
            return name
    return None


def _appropriated_under(lead: str) -> str | None:
    """The document the words that lead a list (``lead``, ending ":") appropriate for or under, as the grammar reads
    it (appropriation_start: "for" or "under", then DOC_NAME: "the proposed programme budget for 2025"), on one line
    without dates: the last such name; None when they name none."""
    name = None
    for m in _FOR_OR_UNDER.finditer(lead):
        tree = _longest(lead, m.start(), start="appropriation_start")
        if tree is not None:
            tok = tree.children[-1]  # DOC_NAME; its place, not its value (the memo's tree may be another text's)
            name = _flat(lead[m.start() + tok.start_pos : m.start() + tok.end_pos])
    return name


def _last_of_sections(cit: Citation, later: Sequence[Citation], text: str) -> Citation | None:
    """The citation of ``later`` (the citations after ``cit`` in ``text``, in order) that ends a list of sections
    ``cit`` opens by naming their document in words ("section 29E, Administration, Geneva, of the proposed programme
    budget"): each member a section, the words between them one sentence (:data:`_SECTIONS_GO_ON`); None when the
    list ends first or names a document by symbol or number."""
    end = cit.end
    for nxt in later:
        if nxt.unit != "section" or nxt.documents or not _SECTIONS_GO_ON.fullmatch(text, end, nxt.start):
            return None
        if nxt.kind == "external" and nxt.document_name:
            return nxt
        end = nxt.end
    return None


def _full_title(title: str, texts: list[str]) -> str:
    """A title of one word ("Statute") as ``texts`` last write it in full ("Statute of the International Court of
    Justice"); ``title`` unchanged when it is longer or no text does."""
    if " " in title.strip():
        return title
    full = None
    pattern = re.compile(rf"\b{re.escape(title)}\s+(?:of|on|for|to|against)\s+(?:the\s+)?[A-Z][\w'’-]*"
                         r"(?:\s+(?:(?:of|on|the|and|for|to|against|in)\s+)*[A-Z][\w'’-]*)*")
    for t in texts:
        for m in pattern.finditer(t):
            full = re.sub(r"\s+", " ", m.group())
    return full or title


# a document of a body called by its head noun alone: "the statute of the Unit", "the Statute of the Court"
_SHORT_NAME = re.compile(r"(?P<doc>.*\bof\s+the\s+)(?P<head>[A-Z][a-z]+)", re.DOTALL)
_POSSESSIVE = re.compile(r"(?:his|her)\s+(?P<doc>\w+)(?P<rest>.*)", re.DOTALL)


@lru_cache(maxsize=1)
def _office_titles() -> re.Pattern:
    """ "the Secretary-General", "the Special Rapporteur": a title of data/office_titles.txt after "the"."""
    titles = sorted(data.lines("office_titles.txt"), key=len, reverse=True)
    return re.compile(r"\b[Tt]he\s+(" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles) + r")(?![\w-])")


def _whose(name: str, text: str, end: int) -> str:
    """ "his report dated 18 September 1952" -> "the report of the Secretary-General dated 18 September 1952": the
    possessive read as the office-holder ``text`` names last before ``end`` (data/office_titles.txt); ``name``
    unchanged when it names none."""
    m = _POSSESSIVE.fullmatch(name)
    holder = None
    for h in _office_titles().finditer(text, 0, end):
        holder = re.sub(r"\s+", " ", h.group(1))
    if m is None or holder is None:
        return name
    return f"the {m.group('doc')} of the {holder}{m.group('rest')}"


# "its statute", "its report", "its rules of procedure": a document of the body "its" stands for (not "its decision
# 3/COP.15", a decision named by its number)
_ITS_DOCUMENT = re.compile(r"(?:its|their)\s+(?!decisions?\b|resolutions?\b)(?P<doc>\w.*)", re.DOTALL)
# a body named "the ...": its capitalised words and its body word ("the International Law Commission", "the Unit")
_THE_BODY = re.compile(rf"\b[Tt]he\s+((?:[A-Z][\w-]*\s+)*(?:{_BODY_WORDS[3:-1]}|Unit|Court|Tribunal|Office|Agency"
                       r"|Programme|Fund|Institute|Union|Nations))\b")


def _its(name: str, text: str, end: int) -> str:
    """ "its statute" -> "the statute of the Unit": the possessive read as the body ``text`` names last before
    ``end`` (:data:`_THE_BODY`; the short name is written out in full afterwards where the resolution names it:
    :func:`_full_name`); ``name`` unchanged when it names none (the Assembly's own "its rules of procedure", "the
    United Nations and its Charter": no body word)."""
    body = None
    for b in _THE_BODY.finditer(text, 0, end):
        body = b
    if body is None:
        return name
    body = _flat(body.group(1) + _NAME_GOES_ON.match(text, body.end(), end).group())  # "on Relations with the Host
    # Country", "of Justice"
    return f"the {_ITS_DOCUMENT.match(name).group('doc')} of the {body}"


# another body's resolution or decision by its possessive, its number one the Assembly never gave: "its resolution 2/17"
_ITS_NUMBERED = re.compile(r"(?:its|their)\s+(?P<doc>(?:resolutions?|decisions?)\s.*)", re.DOTALL)
_A_BODY_WORD = re.compile(rf"\b{_BODY_WORDS}\b")


def _its_numbered(name: str, text: str, end: int) -> str:
    """ "its resolution 2/17" (a number the Assembly never gave, :func:`_find_anew`) -> "resolution 2/17 of the United
    Nations Environment Assembly": the possessive read as the body ``text`` names last before ``end``
    (:data:`_THE_BODY`: "the United Nations Environment Assembly, as reflected in its resolution 2/17 of 27 May
    2016", A/RES/78/155 47; "the High-level Committee on South-South Cooperation, recalls its decisions 21/1 and
    21/2"), as another body's resolution is named ("resolution 10/4 of the Conference of the Parties to ...").
    ``name`` unchanged when no body is named before it, when another body word stands between ("the World Health
    Organization guiding principles ..., endorsed by the sixty-third World Health Assembly in its resolution 63.22":
    not the Organization's) or when the body is the General Assembly."""
    body, goes_on, reach = None, "", 0
    for b in _THE_BODY.finditer(text, 0, end):
        if b.start() < reach:
            continue  # "the United Nations" inside "the Conference of the Parties to the United Nations Convention ..."
        # "on South-South Cooperation", "of the Parties to the United Nations Convention to Combat Desertification"
        body, goes_on = b, _NAME_GOES_ON.match(text, b.end(), end).group()
        reach = b.end() + len(goes_on)
    if body is None or body.group(1).startswith("General Assembly"):
        return name
    if _A_BODY_WORD.search(text, reach, end):
        return name
    return f"{_ITS_NUMBERED.match(name).group('doc')} of the {_flat(body.group(1) + goes_on)}"


def _that_named(name: str, noun: str, text: str, end: int) -> str:
    """ "the terms of reference of that trust fund" -> "the terms of reference of the voluntary trust fund": ``name``,
    which ends on a demonstrative and its ``noun`` as the grammar read it (THAT_NAMED, :attr:`Citation.demonstrative`),
    with the demonstrative read as the last thing ``text`` names before ``end`` with the same noun, "the" and up to
    three words in lower case before it ("the voluntary trust fund to assist States ...", A/RES/79/144 59) or a roman
    designation after it ("Protocol I", "article 90 of that Protocol", A/RES/79/123 3); ``name`` unchanged when
    ``text`` names none so."""
    head = name[: len(name) - len(noun)].rstrip()
    head = head[: len(head) - len("that")]
    noun = re.escape(noun).replace(r"\ ", r"\s+")
    found = None
    for f in re.finditer(rf"\b(?:[Tt]he\s+(?:[a-z][\w-]*\s+){{0,3}}{noun}\b(?!\s+[IVXL]{{1,6}}\b)|{noun}\s+[IVXL]{{1,6}}\b)",
                         text[:end]):
        if not _THAT.search(text, max(0, f.start() - 8), f.start()):
            found = f
    if found is None:
        return name
    written = _flat(found.group())
    return head + (written[0].lower() + written[1:] if written.startswith("The ") else written)


_IBID = re.compile(r"(?i:ibid)\.?")  # the whole of the words before a part: "Ibid., chap. III"
# between two parts of one document: ", and"; after a part's title in parentheses ("annex IV (Regulations for the
# prevention of pollution by sewage from ships) and annex V (...)", A/RES/79/144 footnote 125); after a part's
# corrigendum ("A/80/6 (Foreword and introduction), sects. 1–23, sect. 24 and corrigendum, sects 25–36 and income
# sects. 1–3", A/RES/80/242 footnote 1: sections 25 to 36 were of a document named "A/80/6")
_LIST_GOES_ON = re.compile(r"\s*(?:\([^()]{1,200}\)\s*)?(?:\s*and\s+corrigend(?:um|a)\b)?,?\s*(?:(?:and|or)\s+)?")


_SENTENCE_END = re.compile(r"[.;:]\s")
_ANNEX_PREFIX = re.compile(r"^(annex(?: [IVXLC]+)?) ")
_WHOLE_ANNEX = re.compile(r"annex(?: [IVXLC]+)?")


def _under_host(ctx: _Context, cit: Citation, host: list[str], p: Paragraph) -> Citation:
    """ "in article 2 (e) includes, in subparagraph (ii), ...": a bare "subparagraph (ii)" that no paragraph around
    the citing one has is a sub-paragraph of the paragraph cited last in the same paragraph (``host``: its labels),
    when that one has it. Unchanged otherwise."""
    own = [lab for t in cit.targets for lab in ctx.candidates(cit, t.label, p)]
    if not host or any(lab in ctx.order for lab in own):
        return cit
    under = [f"{h} {t.label}" for h in host for t in cit.targets]
    if not all(lab in ctx.order for lab in under):
        return cit
    return replace(cit, targets=[Target(None, lab) for lab in under], relative=None)


def _continues_other(ctx: _Context, cit: Citation, before: Citation, p: Paragraph) -> bool:
    """ "paragraphs 1 to 10 of the annex thereto ..., as well as paragraphs 13 and 14": a bare list of paragraph
    numbers (no "above", "below", "of ...") later in the sentence that cited another document's paragraphs, none
    of which this text has, continues that citation; so do articles, rules, sections and chapters ("Recalls
    Article 102 of the Charter ..., and stresses that the regulations to give effect to Article 102 ..."), also
    after a paragraph of one ("in accordance with article 21, paragraph 4, thereof, ... pursuant to article 21")."""
    if cit.kind != "internal" or cit.relative is not None or cit.direction:
        return False
    if cit.unit != before.unit and not (cit.unit in _DESIGNATED and any(
            (t.label or "").startswith(cit.unit + " ") for t in before.targets)):
        return False
    if cit.unit not in ("paragraph", "article", "rule", "section", "chapter"):
        return False
    if _SENTENCE_END.search(p.text, before.end, cit.start):
        return False
    return all(lab not in ctx.order for t in cit.targets for lab in ctx.candidates(cit, t.label, p))


_ITS = re.compile(r"(?i:its|their)\s+$")
_THAT = re.compile(r"\b(?i:that)\s+$")  # "that annex": the one cited before it ("this annex" may be the text's own)


# between a document named in words and "its annexes": its date or year, a footnote's number, a comma, then "and",
# "with" or "including" and the possessive ("the report of the Disarmament Commission in 1999 and its annex I"), or
# the parenthesis that names its annex ("the Protocol of 1997 (annex VI – Regulations for ...)", A/RES/78/69 235)
_AND_ITS_ANNEXES = re.compile(
    rf"(?:\s+(?:in|of)\s+(?:\d{{1,2}}\s+(?:{MONTH_NAMES})\s+)?\d{{4}})?[\s\d]*,?(?:\s+(?:and|with|including)\s+(?i:its|their)\s+|\s*\(\s*)$")


def _annexes_of_named(cit: Citation, text: str) -> str | None:
    """The document named in words right before "and its annexes" (:func:`_named_last`, a document word in any case;
    :data:`_AND_ITS_ANNEXES` between): "the Pact for the Future and its annexes" (A/RES/79/154 PP9, A/RES/80/5 annex
    8), "the report of the Disarmament Commission in 1999 and its annex I" (A/RES/79/241 PP2, 2): the annexes are
    that document's; None for an annex of ``cit`` read otherwise (above, below, "of the present ...") or with no
    such name right before it."""
    if cit.kind != "internal" or cit.unit != "annex" or cit.relative is not None or cit.direction:
        return None
    named = _named_last(text, cit.start, any_case=True)
    return named[0] if named and _AND_ITS_ANNEXES.fullmatch(text, named[1], cit.start) else None


def _annexes_of_other(ctx: _Context, cit: Citation, before: Citation, p: Paragraph) -> bool:
    """ "resolution 79/1, entitled “The Pact for the Future”, and its annexes", "resolutions 75/290 A and 75/290 B and
    their annexes": "its"/"their" annexes, which this text does not have, in the sentence that cited another
    document, are that document's; so is any other part ("resolution 70/1, in particular its paragraph 5")."""
    if not _possessed(ctx, cit, p) or _SENTENCE_END.search(p.text, before.end, cit.start):
        return False
    return True


def _possessed(ctx: _Context, cit: Citation, p: Paragraph) -> bool:
    """Is ``cit`` a part "its"/"their" (right before it) names, which this text does not have: never this text's,
    which names its own parts "paragraph 5 above" or "of the present resolution", not by a possessive ("its
    paragraph 4.1", A/RES/78/270, para. 4: of the administrative decision named before it)?"""
    if cit.kind != "internal" or cit.relative is not None or cit.direction:
        return False
    if not _ITS.search(p.text, max(0, cit.start - 8), cit.start):
        return False
    return not any(lab in ctx.order for t in cit.targets for lab in ctx.candidates(cit, t.label, p))


# a corrigendum's symbol: the document it corrects, then "/Corr.N" ("A/CONF.189/12/Corr.1", "A/71/53/Add.1/Corr.1")
_CORRIGENDUM = re.compile(r"(?P<base>.+)/Corr\.\d+")


def _parts_of(docs: list[str | None], labels: list[str | None]) -> list[Target]:
    """The targets of a list of documents cited with the parts after it: each document's each part ("A/78/10 and
    A/79/10, chap. II": both chapters), except a corrigendum listed with the document it corrects, which is cited
    whole ("A/CONF.189/12 and A/CONF.189/12/Corr.1, chap. I": chapter I of the report, which the corrigendum
    corrects; "FCCC/CP/2013/10 and FCCC/CP/2013/10/Corr.1, para. 44", A/RES/79/206 footnote 25). The rule of UN
    citation: the part is numbered in the document, a corrigendum numbers no parts of its own. ``labels`` empty or
    [None]: each document whole."""
    out: list[Target] = []
    for d in docs:
        m = _CORRIGENDUM.fullmatch(d or "")
        whole = m is not None and m.group("base") in docs
        out += [Target(d, None)] if whole else [Target(d, lab) for lab in (labels or [None])]
    return out


_DESIGNATED_UNITS = ("article", "rule", "section", "chapter", "part")


def _that_unit_base(label: str, noun: str) -> str | None:
    """The label of the ``noun`` unit ("article") that ``label`` lies in: "article 63.4 (c)" -> "article 63",
    "annex article 5.2" -> "annex article 5", "annex II 3" -> "annex II" (an annex), "22 (a)" -> "22" (a paragraph);
    None when it lies in none of that kind."""
    if noun in _DESIGNATED_UNITS:
        m = re.match(rf"(.*?\b{noun} [^\s.]+)", label)
    elif noun == "annex":
        m = re.match(r"(annex(?: [IVXLC]+)?)\b", label)
    else:  # a paragraph: the label without its sub-paragraphs' markers
        m = re.match(r"(.*?)(?: \([^()]+\))*$", label)
    return m.group(1) if m and m.group(1) else None


def _of_that_unit(cit: Citation, prior: list[tuple[Citation, Reference]]) -> Citation:
    """ "paragraph 1 of that article" (``cit``, relative "that", its noun in :attr:`Citation.demonstrative`): the
    same part of the unit of that kind the paragraph cited last before it (``prior``: its citations so far with their
    references): "article 63, paragraph 4 (c), of the Convention, ... paragraph 1 of that article" (A/RES/79/190 57)
    is article 63.1 of the Convention (was this text's paragraph 1). A unit of this text stays this text's ("annex
    article 5.2"); none cited before: a part of no document named."""
    noun = cit.demonstrative or ""
    for before, ref in reversed(prior):
        external = before.kind == "external"
        targets = before.targets if external else [t for t, status in ref.resolved if status in ("ok", "direction")]
        for t in targets:
            base = _that_unit_base(t.label or "", noun)
            if base is None:
                continue
            glue = "." if noun in _DESIGNATED_UNITS else " "
            labels = [f"{base}{glue if (lab or ' ')[0].isdigit() else ' '}{lab}" if lab else base
                      for lab in (c.label for c in cit.targets)]
            if external:
                return replace(cit, kind="external", targets=[Target(t.document, lab) for lab in labels],
                               document_name=before.document_name, relative="same", demonstrative=None)
            return replace(cit, targets=[Target(None, lab) for lab in labels], relative=None, demonstrative=None)
    return replace(cit, kind="external", relative=None, demonstrative=None, document_name=None)


def _annex_of_other(cit: Citation, prior: list[Citation], text: str) -> Citation:
    """An annex a resolution with no annex of its own names ("the annex", "annex I", "annexes"): another document's,
    never this text's (was an internal citation, status unresolved) -- of the document named nearest before it in the
    paragraph: the one cited last before it (``prior``: "its resolution 46/152 ..., in the annex to which", A/RES/78/223
    PP3: 46/152's annex; "its resolution 71/256 ... on the New Urban Agenda, the annex to which", A/RES/79/213 PP4:
    71/256's, not the Agenda's), else one named in words ("the Convention and the Annex on Implementation and
    Verification", A/RES/78/29 11: the Convention's; "annex I to that Memorandum of Understanding", A/RES/78/68 PP85);
    else of one the text does not name ("the draft conclusions ... and the annex and commentaries thereto", A/RES/
    78/109 1; "Scientific Committee reports and annexes", A/RES/80/75 22)."""
    last = next((c for c in reversed(prior) if c.kind == "external" and (c.documents or c.document_name)), None)
    # "the report of the Secretary-General of 15 October 1993 ..., the annex to which contains the study" (A/RES/78/52
    # PP2, 79/51, 80/44): the relative ties the annex to the document named right before, its document word in lower
    # case as a report's is (was an annex of no document)
    named = _named_last(text, cit.start, any_case=_TO_WHICH.match(text, cit.end) is not None)
    if last is not None:
        if last.documents:
            return _of_same_document(cit, last, in_annex=False)
        return replace(cit, kind="external", document_name=last.document_name, relative="same")
    # a name read up to the annex's own ("the Convention and the Verification Annex"): the document before "and the"
    name = _AND_THE.split(named[0])[0] if named else None
    return replace(cit, kind="external", document_name=name, relative="same")


_AND_THE = re.compile(r"\s+and\s+the\s+")
_TO_WHICH = re.compile(r"\s+(?:to|of)\s+which\b")
# an annex introduced as a new thing ("an annex", "separate annexes"): no annex of a document cited
_INDEFINITE = re.compile(r"\b(?:an|a|separate)\s+$")


def _of_same_document(cit: Citation, before: Citation, in_annex: bool = True, ibid: bool = False) -> Citation:
    """``cit``'s labels as parts of the document ``before`` cites, in the same annex when all its labels are in one
    ("annex 1" ... "annex 10", then 13 -> "annex 13"; not with ``in_annex`` False: "Ibid., para. 16" names a part of
    the whole document, unless ``before`` cites a resolution's annex as a whole: "Resolution 69/313, annex." then
    "Ibid., para. 123" is paragraph 123 of that annex)."""
    docs = list(dict.fromkeys(t.document for t in before.targets)) or [None]
    prefixes = {m.group(1) if (m := _ANNEX_PREFIX.match(t.label or "")) else None for t in before.targets}
    prefix = prefixes.pop() if len(prefixes) == 1 and in_annex else None
    wholes = {t.label for t in before.targets if t.label and _WHOLE_ANNEX.fullmatch(t.label)}
    if not in_annex and cit.unit == "paragraph" and len(wholes) == 1 and len(before.targets) == 1 \
            and "/RES/" in (before.targets[0].document or ""):
        # "Resolution 69/313, annex." then "Ibid., para. 123": paragraph 123 of that annex, as a resolution whose
        # text is its annex is cited (:func:`cited_label`); "A/79/333, annex I" then "Ibid., para. 16": the report's
        prefix = wholes.pop()
    labels = [f"{prefix} {t.label}" if prefix else t.label for t in cit.targets]
    if ibid:
        labels = [_ibid_label(before.targets, lab) for lab in labels]
    targets = _parts_of(docs, labels) if any(labels) else [Target(d, lab) for d in docs for lab in labels]
    return replace(cit, kind="external", targets=targets, relative="same", document_name=before.document_name)


def _ibid_label(before: list[Target], label: str | None) -> str | None:
    """ "Ibid., annex II" after "..., resolution 1, annex I": resolution 1, annex II -- the footnote before's chain of
    parts up to the unit of the kind the "Ibid." names, then the "Ibid."'s own ("section V resolution 25 annex I",
    then "annex II": "section V resolution 25 annex II"; "annex 5 resolution MSC.155(78)", then "annex 3 resolution
    MSC.153(78)": the "Ibid."'s whole), as a reader of UN footnotes turns to it (the Chicago Manual's ibid.: the
    same source, another place in it). ``label`` unchanged when the footnote before names no such unit or names
    several chains."""
    chains = {t.label for t in before if t.label}
    if label is None or len(chains) != 1:
        return label
    prev = chains.pop()
    kind = label.split()[0]
    at = [m.start() for m in re.finditer(rf"(?:^|\s){re.escape(kind)}\s", prev)]
    if not at or at[-1] == 0 or label.startswith(prev[: at[-1]].strip()):
        return label
    return f"{prev[: at[-1]].strip()} {label}"


# another body's resolutions or decisions named by their numbers alone, no body ("Resolution 10/1", "decisions 5/1 and
# 5/2"), as :func:`_find_anew` names a number the Assembly never gave
_BY_NUMBER_ALONE = re.compile(r"(?i:resolutions?|decisions?)\s+\d+[/.]\d+(?:(?:,\s*|,?\s+(?:and|to)\s+)\d+[/.]\d+)*")
# the body a paragraph names as adopting or issuing the resolutions or decisions it then cites by a footnote: "by the
# Conference of the States Parties at its tenth session of all resolutions" (A/RES/79/190 2); not a body whose
# resolutions the Assembly numbers by a symbol (_OTHER_BODY_AFTER's exclusions)
_ADOPTING_BODY = re.compile(
    rf"\b(?:by|of)\s+the\s+(?P<body>(?!General\s+Assembly\b|Security\s+Council\b|Economic\s+and\s+Social\s+Council\b"
    rf"|Human\s+Rights\s+Council\b)(?:[A-Z][\w-]*\s+){{0,6}}{_BODY_WORDS}\b)")
_DOCUMENTS_NAMED = re.compile(r"\b(?:resolutions|decisions)\b")


def _adopting_at(res: Resolution, f) -> str | None:
    """The body whose resolutions or decisions the words that cite footnote ``f`` name: the last body the citing
    paragraph (:func:`_citing`) names after "by the" or "of the" before the footnote's marker, in the same clause (no
    semicolon), with "resolutions" or "decisions" between it and the marker ("... by the Conference of the States
    Parties at its tenth session of all resolutions", A/RES/79/190 2, footnotes 30 and 31); its name as written, on
    one line, with what it is of (:data:`_NAME_GOES_ON`). None when the paragraph names none so."""
    p = _citing(res, f)
    at = next((o for o, n in p.markers if n == f.number), None) if p is not None else None
    if at is None:
        return None
    words = p.text[:at].rstrip(" ;,.")
    start = words.rfind(";") + 1
    body = None
    while (m := _ADOPTING_BODY.search(words, start)) is not None:
        start = _NAME_GOES_ON.match(words, m.end()).end()  # "of the States Parties" is the name's, not a body's
        if _DOCUMENTS_NAMED.search(words, start):
            body = _flat(words[m.start("body") : start])
    return body


def _citing(res: Resolution, f) -> Paragraph | None:
    """The paragraph where footnote ``f`` is first cited (``Footnote.cited_by``): the paragraph itself, or the one a
    heading that cites it stands before ("Rule 65 Representatives of non-governmental organizations", A/RES/78/128,
    annex III: its rule 65.1); None for an annex's title or none."""
    first = f.cited_by[0] if f.cited_by else None
    if first and first.startswith("heading: "):
        first = next((h.before for h in res.headings if cited_by_label(h) == first), None)
    return res.get(first) if first else None


def _part_of_named(cit: Citation, text: str) -> Citation:
    """A footnote's "chap. I", "para. 446", "annexes I and II" without "above", "below" or "the present ...": a part
    of the document the footnote names before it ("Report of the World Conference ... (United Nations
    publication), chap. I"; "Official Records ..., Supplement No. 10 (A/78/10), para. 446"), never of the text the
    footnote belongs to. The citation becomes external, its document named by the words before it: from the last
    sentence break outside parentheses ("(United Nations publication, Sales No. E.96.IV.13)" is part of the name;
    a semicolon always breaks: "...; see also Yearbook of the International Law Commission 1982, vol. II (Part
    Two), paras. 267–269", A/RES/78/108 footnote 10), without a signal that opens the footnote or the source after
    a semicolon ("See", "see also", "Cf.", "and": :data:`_SIGNAL`). Words that are wholly a document symbol the
    grammar reads (its SYMBOL: "UNEP(DTIE)/Hg/CONF/4, annex II", A/RES/78/69 footnote 128) are that document, not
    a name."""
    head = text[: cit.start].rstrip(" ,;")
    start, depth = 0, 0
    for m in _NAME_BREAK.finditer(head):
        if m.group() == "(":
            depth += 1
        elif m.group() == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            start = m.end()
    before = _SIGNAL.sub("", head[start:].strip(), count=1)
    if _terminal("SYMBOL").fullmatch(before):
        return replace(cit, kind="external", document_name=None,
                       targets=[Target(_symbol(before), t.label) for t in cit.targets])
    if _IN_PROSE.search(before):
        # "Report of the Secretary-General on revised estimates relating to the proposed programme budget for 2024
        # under section 1, Overall policymaking, direction and coordination, and section 29B, ... (A/78/753)"
        # (A/RES/79/226 footnote 33): the part is read in the title's prose, not set apart after it; it is of the
        # document the prose names last (were named "Report ... for 2024 under" and "..., and")
        return replace(cit, kind="external", document_name=_named_in_prose(before))
    return replace(cit, kind="external", document_name=before or None)


# words before a part that end on a word that joins (never the end of a name): the part is in the prose of a title
_IN_PROSE = re.compile(r"\s(?:under|and|or|of|in|for|to|on|by|with)$")
_THE = re.compile(r"\b(?=[Tt]he\s)")  # where a name with "the" starts


def _named_in_prose(words: str, at: re.Pattern = _THE) -> str | None:
    """The document ``words`` name last, read as the grammar's DOC_NAME reads a name where ``at`` ends (by default
    each "the": "the proposed programme budget"); None when they name none."""
    name = None
    for m in at.finditer(words):
        if (n := _terminal("DOC_NAME").match(words, m.end())) is not None:
            name = _flat(n.group())
    return name


# the verb of a clause whose subject is the part right before it (a footnote's prose, not its reference): "rule 65
# shall apply", "paragraph 3 provides"
_CLAUSE_AFTER = re.compile(r"\s+(?:(?:shall|should|must|may|will|would|does|do)(?:\s+not)?(?:\s+\w+)?|is|are|was|were|has|have"
                           r"|applies|provides|states|reads|sets\s+out)\b")
# a footnote's signal before the source it points to ("See Report of the World Summit ..., chap. I"; "See also ...";
# "See 2010 Review Conference ..."; "...; see also Yearbook ..."): no word of the document's name (The Chicago Manual of
# Style, 14.36: "see", "see also", "cf." introduce a source, in lower case inside a sentence); after a semicolon the
# "and" of a list of sources ("See the Tokyo Rules, rules 7.1, 8.1 and 10.3; and the Nelson Mandela Rules, rules
# 89–94", A/RES/80/226 footnote 7)
_SIGNAL = re.compile(r"^(?:(?:and|or)\s+)?(?:(?:[Ss]ee(?:\s+also)?|[Cc]f\.)\s+(?=\S))?")
# a sentence break (not the full stop of "vol. I", "No. 53A"; a semicolon always), or a parenthesis that hides one
_NAME_BREAK = re.compile(r"(?:(?<!\b[Vv]ol)(?<!\bNo)\.\s+(?=[A-Z])|;\s+)|[()]")


# a plain number, and its sub-paragraphs: the label an unnumbered operative paragraph of the body would carry ("OP1")
_OWN_OPERATIVE = re.compile(r"^(\d+)(?= \(|$)")


def cited_label(label: str | None, labels: Collection[str], annexes: Iterable[str]) -> str | None:
    """The one rule for where a paragraph label cited "of resolution N" points in that resolution: its own label
    when it has one; otherwise, for a plain number ("50", "50 (a)"), the same number in the text its one clause
    adopts ("adopted 42" of 79/1: :mod:`resparse.build`'s adopted text, the resolution's own words), else in its
    annex when exactly one of its annexes (``annexes``: "annex", "annex I", ...) has it -- a resolution whose text
    is an annex (73/195, which adopts a compact) is cited by the annex's numbers; a section's locator ("section
    XIX", "section IV.3") is the paragraph it names in a resolution in sections (:func:`cited_labels`: "XIX", "IV.3"; a section of one
    numbered paragraph, that one). None when none of these exists, or when a section named whole has several
    paragraphs (:func:`cited_labels` gives them). Used by the graph, the corpus and the draft-note checker."""
    found = cited_labels(label, labels, annexes)
    return found[0] if len(found) == 1 else None


def cited_labels(label: str | None, labels: Collection[str], annexes: Iterable[str]) -> list[str]:
    """Every paragraph a label cited "of resolution N" names there (``labels``: the resolution's, in document
    order): the one of :func:`cited_label`, or, for a section's locator as :mod:`.references` writes it ("section
    XIX", "section IV.3 (a)") in a resolution in sections (budget resolutions, whose labels are "XIX", "IV.3",
    "XXV U1": :mod:`resparse.labels`), the section's paragraph; a section named whole that is no paragraph itself
    is its numbered and unnumbered paragraphs, not their sub-paragraphs ("section IV" of 79/258: IV.1 to IV.4), as
    a unit named whole is (its preamble is counted in the PP sequence, not by section). [] when none exists: the
    locator stays as written (a resolution whose sections are headings numbers its paragraphs without them)."""
    if not label:
        return []
    if label in labels:
        return [label]
    if label.startswith(("annex", "PP")):
        return []
    if label.startswith("section "):
        section = section_label(label)
        if section is None:
            return []
        if section in labels:
            return [section]
        if any(ch in section for ch in ". "):
            return []
        return [lab for lab in labels if lab.startswith((f"{section}.", f"{section} U"))
                and " (" not in lab and "." not in lab[len(section) + 1 :]]
    own = _OWN_OPERATIVE.sub(r"OP\1", label)
    if own != label and own in labels:
        # the body's own unnumbered operative paragraph before any adopted text's or annex's number: "operative
        # paragraph 1 of resolution 79/1" (or a bare "paragraph 1") is its one clause "Adopts the following Pact for
        # the Future and its annexes" (labelled "OP1"), not the Pact's 1 nor 78/1's annex 1
        return [own]
    if f"adopted {label}" in labels:
        # a resolution whose one clause adopts a text printed after it (79/1, the Pact for the Future) is cited by
        # that text's numbers, before any annex's: "action 21, paragraph 42, of resolution 79/1" (79/92 PP11) is
        # the Pact's 42 ("adopted 42"), not the Global Digital Compact's (annex I 42)
        return [f"adopted {label}"]
    hits = [f"{a} {label}" for a in annexes if a != "adopted" and f"{a} {label}" in labels]
    return hits if len(hits) == 1 else []


_PART_OF = re.compile(r"((?:A|E)/RES/(?:E?S-)?\d+/\d+)([A-Z])")


def part_of(symbol: str | None) -> tuple[str, str] | None:
    """A part of a resolution adopted in parts as this module writes its symbol ("A/RES/77/263B"): the whole's
    symbol and the part's letter (("A/RES/77/263", "B")); None for any other symbol."""
    m = _PART_OF.fullmatch(symbol or "")
    return (m.group(1), m.group(2)) if m else None


# a part of a resolution adopted in parts as stored (the grammar's RES_NUM: one letter or two, "53/77 AA"), after a
# number and its session ("79/258A") or before a session in roman numerals in parentheses ("217A(III)")
_PART_STORED = re.compile(r"(.*/(?:RES|DEC)/(?:E?S-)?\d+/\d+)([A-Z]{1,2})")
_PART_STORED_ROMAN = re.compile(r"(.*/(?:RES|DEC)/\d+)([A-Z]{1,2})(\((?:E?S-)?[IVXLC]+\))")
_ROMAN_STORED = re.compile(r"(.*/(?:RES|DEC)/\d+)(\((?:E?S-)?[IVXLC]+\))")


def printed_symbol(symbol: str) -> str:
    """A symbol as a person reads it and every output gives it: a part of a resolution adopted in parts with its letter
    after a space, as the UN writes it and ``cited-by --help`` asks for it ("A/RES/79/258A" -> "A/RES/79/258 A";
    "A/RES/53/77AA" -> "A/RES/53/77 AA"; a decision's part, "A/DEC/78/542C" -> "A/DEC/78/542 C"); before a session
    numbered in roman, the letter and the session each after a space, as the resolution is cited ("A/RES/217A(III)" ->
    "A/RES/217 A (III)", "resolution 217 A (III)", A/RES/78/234 PP2; "A/RES/377A(V)" -> "A/RES/377 A (V)", the
    Official Records' spelling of the "Uniting for peace" resolution); a resolution of a session numbered in roman
    with no part, the session after a space as well ("A/RES/1514(XV)" -> "A/RES/1514 (XV)", as A/RES/78/234 cites
    "resolution 1514 (XV)": one printed form beside "A/RES/2200 A (XXI)", a new-user trial, 2026-12-04); any other
    symbol as it is.
    The stored form ("A/RES/79/258A", :func:`part_of`) stays the key of the database and of the graph in memory; every
    message, table, label and JSON (``refs --json``, ``graph --json``, ``cited-by --json``) prints this one."""
    if m := _PART_STORED.fullmatch(symbol):
        return f"{m.group(1)} {m.group(2)}"
    if m := _PARTS_HELD.fullmatch(symbol):  # a text that holds several parts: "A/RES/77/263A-C" -> "A/RES/77/263 A-C"
        return f"{m.group(1)} {m.group(2)}-{m.group(3)}"
    if m := _PART_STORED_ROMAN.fullmatch(symbol):
        return f"{m.group(1)} {m.group(2)} {m.group(3)}"
    if m := _ROMAN_STORED.fullmatch(symbol):
        return f"{m.group(1)} {m.group(2)}"
    return symbol


def stored_symbol(symbol: str | None, stored: Collection[str]) -> str | None:
    """The symbol among ``stored`` (the resolutions at hand: files loaded, a corpus) that a cited symbol names:
    itself; or, for the first part of a resolution adopted in parts ("79/258 A": "A/RES/79/258A") where no part A
    is held, the resolution held under its number alone -- the first part is issued under the plain symbol before a
    later part is adopted, and is named "A" after (80/243 PP4 cites "79/258 A of 24 December 2024", the corpus's
    A/RES/79/258 adopted that day; 80/231 "79/245 A of 24 December 2024", 79/245 "78/242 A of 22 December 2023"
    alike; a later part, "78/250 B of 28 June 2024", is another document). And the other way: a resolution cited by
    its number alone is its part A where only that is held (a text printed with its letter, "A/RES/79/258 A" on the
    masthead of a copy issued after its part B). A text printed with the parts it holds, "A/RES/77/263 A-C" on its
    masthead (stored "A/RES/77/263A-C", :func:`parts_held`), is each of them: "77/263 B" and "77/263" (its part A)
    name it (were not loaded). None when none is held."""
    if symbol in stored:
        return symbol
    part = part_of(symbol)
    if part is not None and part[1] == "A" and part[0] in stored:
        return part[0]
    if part is None and symbol and f"{symbol}A" in stored and part_of(f"{symbol}A") is not None:
        return f"{symbol}A"
    # a text printed with the parts it holds, "A/RES/77/263 A-C" on its masthead (stored "A/RES/77/263A-C"): each of
    # them, "77/263 B" and "77/263" (its part A) alike
    whole, letter = part if part is not None else (symbol, "A")
    if not whole or not _RESOLUTION_SYMBOL.search(whole) or not "A" <= letter <= "Z":
        return None
    held = (f"{whole}{chr(a)}-{chr(b)}" for a in range(ord("A"), ord(letter) + 1)
            for b in range(max(ord(letter), a + 1), ord("Z") + 1))
    return next((h for h in held if h in stored), None)


def parts_held(symbol: str | None) -> tuple[str, str, str] | None:
    """A text that holds several parts of a resolution adopted in parts, as stored ("A/RES/77/263A-C", its masthead
    "A/RES/77/263 A-C"): the whole's symbol and its first and last parts' letters (("A/RES/77/263", "A", "C")); None
    for any other symbol."""
    m = _PARTS_HELD.fullmatch(symbol or "")
    return (m.group(1), m.group(2), m.group(3)) if m else None


# the symbol of a text that holds several parts of a resolution adopted in parts, as the masthead prints them and
# :mod:`resparse.build` stores it: "A/RES/77/263A-C" (the whole's symbol, its first part's letter, its last part's)
_PARTS_HELD = re.compile(r"((?:A|E)/RES/(?:E?S-)?\d+/\d+)([A-Z])-([A-Z])")


def paragraph_cited(res: Resolution, label: str | None) -> Paragraph | None:
    """The paragraph of ``res`` a citation of it names (:func:`cited_label`); None when there is none."""
    found = paragraphs_cited(res, label)
    return found[0] if len(found) == 1 else None


def paragraphs_cited(res: Resolution, label: str | None) -> list[Paragraph]:
    """The paragraphs of ``res`` a citation of it names (:func:`cited_labels`: one, or a section's named whole)."""
    if not label:
        return []
    found = res.get(label)
    if found is not None and found.label == label:  # exactly as cited (Resolution.get also reads a user's spelling)
        return [found]
    by_label = {p.label: p for p in res.walk()}
    return [by_label[lab] for lab in cited_labels(label, by_label, {p.annex for p in by_label.values() if p.annex})]


def heading_section(res: Resolution, label: str | None) -> list[Paragraph]:
    """The top-level paragraphs of ``res`` under the heading of the section ``label`` names, up to the next section
    heading of the same annex: "annex III section II" of A/RES/78/128 is rules 6 to 10 of its annex III, under "II.
    Officers" (:data:`_HEADING_SECTION`); [] when ``res`` sets no such heading. For a section a reference resolves
    to a heading ("sections II, VI (except rule 19) and VII above", status ok): the graph's edges go to these."""
    m = re.fullmatch(r"(?:(annex(?: [IVXLC]+)?) )?section ([IVXL]{1,6})", label or "")
    if m is None:
        return []
    annex, number = m.group(1), m.group(2)
    heads = [(h.before, n.group(1)) for h in res.headings if h.annex == annex and (n := _HEADING_SECTION.match(h.text))]
    tops = [p.label for p in res.paragraphs]
    at = {lab: i for i, lab in enumerate(tops)}
    starts = sorted(at[before] for before, _ in heads if before in at)
    first = next((at[before] for before, n in heads if n == number and before in at), None)
    if first is None:
        return []
    end = next((i for i in starts if i > first), len(tops))
    return [p for p in res.paragraphs[first:end] if p.annex == annex]


def _resolve_one(ctx: _Context, cit: Citation, p: Paragraph | None, source: str, line: int) -> Reference:
    ref = Reference(source=source, citation=cit, line=line)
    if cit.kind == "self":
        ref.resolved = [(t, "self") for t in cit.targets] or [(Target(None, None), "self")]
        return ref
    if cit.kind == "external":
        ref.resolved = [(t, "external") for t in cit.targets] or [(Target(None, None), "unresolved")]
        return ref
    if p is None:
        # a footnote's "para. 446", "annex": nearly always a part of the document the footnote names, which the
        # phrase does not repeat ("Official Records ..., Supplement No. 10 (A/78/10), para. 446")
        ref.resolved = [(t, "unresolved") for t in cit.targets] or [(Target(None, None), "unresolved")]
        return ref
    for target in cit.targets:
        labels = ctx.candidates(cit, target.label, p) if cit.kind != "term" else [target.label]
        if not labels:
            ref.resolved.append((target, "self" if cit.relative == "present" else "unresolved"))
            continue
        if cit.relative == "present" and target.label is None \
                and cit.unit in ("rule", "article", "section", "chapter", "annex"):
            # "the present rule" in rule 24.2 (A/RES/78/128, annex III): rule 24 itself, as "the present
            # resolution" is the resolution itself (was: 24.1 and 24.3, the rule's other paragraphs, as if 24.2 cited
            # them: two "refers_to" edges and two rows of the references a paragraph makes)
            ref.resolved += [(Target(None, lab), "self") for lab in labels]
            continue
        for lab in labels:
            ref.resolved.append((Target(None, lab), _status(ctx, cit, lab, p)))
    return ref


def _status(ctx: _Context, cit: Citation, label: str, p: Paragraph | None) -> str:
    if label in ctx.numbered_annexes() and label not in ctx.order:
        return "ok"  # an annex of this text named whole ("its annexes": :meth:`_Context.candidates`)
    if label not in ctx.order and label in ctx.heading_sections and "section" not in ctx.scopes:
        # a section that is a heading of this text ("sections II, VI (except rule 19) and VII above", A/RES/78/128
        # annex III rule 52): found, above or below the citing paragraph as its heading stands
        head = ctx.heading_sections[label]
        if cit.direction and p is not None and (cit.direction == "above") != (ctx.order[head] <= ctx.order[p.label]):
            return "direction"
        return "ok"
    if label not in ctx.order:
        scope = ctx.scope_of(label)
        if scope and scope.split()[0] not in ctx.scopes:
            return "unresolved"  # "paragraph 7 of section III" where sections are headings, not numbering
        return "missing" if cit.unit in _PARAGRAPH_UNITS or scope else "unresolved"
    if p is not None and label == p.label:
        return "self"
    if cit.direction and p is not None:
        before = ctx.order[label] < ctx.order[p.label]
        ancestor = any(a.label == label for a in ctx.ancestors(p))
        if (cit.direction == "above") != before or (cit.direction == "below" and ancestor):
            return "direction"
    return "ok"


def problems(refs: list[Reference]) -> list[Warning]:
    """Warnings for references that do not resolve: a missing target, a direction that disagrees; and for a date
    written after a cited resolution that is not one ("of 31 December 202": its year of three digits), not read."""
    out = []
    for ref in refs:
        c = ref.citation
        for symbol, written in c.unread_dates.items():
            out.append(Warning(ref.line, f"{ref.source}: \"{c.phrase}\" (characters {c.start}-{c.end}): the date of "
                                         f"{symbol}, \"{written}\", is no date (its year is not of four digits): "
                                         "not read"))
        for target, status in ref.resolved:
            if status == "missing":
                msg = f"no paragraph {target.label}"
            elif status == "direction":
                msg = f"paragraph {target.label} is not {c.direction} {ref.source}"
            else:
                continue
            out.append(Warning(ref.line, f"{ref.source}: \"{c.phrase}\" (characters {c.start}-{c.end}): {msg}"))
    return out
