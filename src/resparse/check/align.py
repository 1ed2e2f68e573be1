"""Word alignment: a quotation (or a reproduced paragraph) against a paragraph's words.

rapidfuzz: ``fuzz.partial_ratio_alignment`` finds where a fragment sits in a paragraph and ``Levenshtein.opcodes``
aligns the words (lists of words, not characters). It is already a dependency (the actor lookup), it is C++ and fast
enough for a thousand quotations a second, and its opcodes are a minimal edit script; difflib's SequenceMatcher is
pure Python, is not a minimal alignment and, with its "autojunk" heuristic, treats frequent words ("the", "of") of a
long paragraph as junk. Compared after normalising quotes, dashes, case, white space, line wraps and emphasis;
"...", "…", "[…]" and "[insertions]" match any gap.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from ..shapes import MARKER_WORDS

_TRANSLATE = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "\u00ad": "",
})  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['\u00ad-][^\W_]+)*")
# gaps in a quotation: ellipses (bracketed or not) and editorial insertions "[the Assembly]"; "[r]equests" is a letter;
# a sub-paragraph marker after a colon or semicolon ("in this regard: (a) Requests ...", the parser's markers,
# :data:`resparse.shapes.MARKER_WORDS`) is where a quotation runs on into the next paragraph, not a word ("a") the
# paragraphs lack (check6's draft notes: "{+(a)+}" added)
_GAP = re.compile(r"\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|…|(?:\.\s?){2}\.|\[[^\]\n]{2,}\]"
                  rf"|(?<=[:;])\s*\((?:{MARKER_WORDS})\)(?=\s)")
_BRACKET_LETTER = re.compile(r"\[(\w)\]")


_WRAP = "\u00ad"  # a hyphen at a line wrap, kept as a soft hyphen: the word matches with or without it


_WRAP_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=\w)")


def words(text: str) -> list[str]:
    """The words of a text as compared: quotes and dashes unified, soft hyphens dropped, a word hyphenated at a
    line wrap joined (marked, see :func:`_wrap_equal`)."""
    text = _WRAP_HYPHEN.sub(_WRAP, text.translate(_TRANSLATE))
    return _WORD.findall(text)


def _wrap_equal(quoted: str, original: str) -> bool:
    """A word hyphenated at a line wrap is the paragraph's word spelt with or without the hyphen."""
    q, o = quoted.lower(), original.lower()
    return _WRAP in q and o in (q.replace(_WRAP, "-"), q.replace(_WRAP, ""))


class Segment(list):
    """A run of a quotation's words between its gaps (a list of words), knowing the quotation it is from, so that a
    change can be shown as the quotation writes it (:meth:`Change.show`)."""

    __slots__ = ("source", "index")

    def __init__(self, ws: list[str], source: str, index: int):
        super().__init__(ws)
        self.source = source  # the whole quotation as written
        self.index = index  # which run of it

    @property
    def spans(self) -> list[tuple[int, int]]:
        """(start, end) in :attr:`source` of each word of this run."""
        return word_spans(self.source, gaps=True)[self.index]


def segments(quote: str) -> list[list[str]]:
    """A quotation's word runs between its gaps (ellipses, insertions), each a :class:`Segment`."""
    text = _BRACKET_LETTER.sub(r"\1", quote.translate(_TRANSLATE))
    runs = [w for w in (words(s) for s in _GAP.split(text)) if w]
    return [Segment(w, quote, i) for i, w in enumerate(runs)]


def _mapped_sub(pattern: re.Pattern, repl: str, text: str, at: list[tuple[int, int]]) -> tuple[str, list]:
    """``pattern.sub(repl, text)`` that keeps, for each character, the (start, end) ``at`` gives it in the original:
    a replacement stands for the whole match (``repl``: a string, or "\\1" for group 1, "[r]" read "r")."""
    out: list[str] = []
    where: list[tuple[int, int]] = []
    pos = 0
    for m in pattern.finditer(text):
        out.append(text[pos : m.start()])
        where.extend(at[pos : m.start()])
        rep = m.group(1) if repl == "\\1" else repl
        out.append(rep)
        where.extend([(at[m.start()][0], at[m.end() - 1][1])] * len(rep))
        pos = m.end()
    out.append(text[pos:])
    where.extend(at[pos:])
    return "".join(out), where


@lru_cache(maxsize=256)
def word_spans(text: str, gaps: bool = False) -> list[list[tuple[int, int]]]:
    """Where each word :func:`words` reads in ``text`` stands in it, as (start, end) offsets of ``text``: one list
    per run between gaps when ``gaps`` (a quotation, as :func:`segments` cuts it), else one list. The same words,
    run for run, as :func:`words` and :func:`segments` give (used only to show a change as written)."""
    chars: list[str] = []
    at: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        rep = ch.translate(_TRANSLATE)
        chars.append(rep)
        at.extend([(i, i + 1)] * len(rep))
    flat = "".join(chars)
    if gaps:
        flat, at = _mapped_sub(_BRACKET_LETTER, "\\1", flat, at)
        pieces, pos = [], 0
        for m in _GAP.finditer(flat):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, len(flat)))
    else:
        pieces = [(0, len(flat))]
    out = []
    for a, b in pieces:
        piece, where = _mapped_sub(_WRAP_HYPHEN, _WRAP, flat[a:b], at[a:b])
        spans = [(where[m.start()][0], where[m.end() - 1][1]) for m in _WORD.finditer(piece)]
        if spans or not gaps:
            out.append(spans)
    return out


_VARIANTS = [(re.compile(a), b) for a, b in [
    (r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$", r"iz\1"), (r"(?<=[a-z]{3})yse(s|d)?$", r"yze\1"),
    (r"(?<=[a-z]{3})our(s|ed|ing)?$", r"or\1"), (r"(?<=[a-z]{2})tre(s)?$", r"ter\1"), (r"programme", "program"),
    (r"(?<=[a-z])ll(ed|ing)$", r"l\1"),
]]  # fmt: skip
_INFLECTIONS = ("s", "es", "d", "ed", "ing", "ly")


def fold(word: str) -> str:
    """A word's spelling-free form: lower case, no hyphen or apostrophe, British -ise/-our/-yse/-tre as US."""
    w = word.lower().replace("-", "").replace("'", "")
    for pattern, rep in _VARIANTS:
        w = pattern.sub(rep, w)
    return w


def spelling_only(quoted: list[str], original: list[str]) -> bool:
    """Do two runs of words differ only in spelling, hyphenation or spacing ("cofacilitators" / "co-facilitators",
    "organise" / "organize", a one-letter typo in a long word), not in a word or its grammatical form?"""
    if fold("".join(quoted)) == fold("".join(original)):
        return True
    if len(quoted) != len(original):
        return False
    for q, o in zip(quoted, original):
        fq, fo = fold(q), fold(o)
        if fq == fo:
            continue
        short, long_ = sorted((fq, fo), key=len)
        if long_.startswith(short) and long_[len(short):] in _INFLECTIONS:
            return False  # "request" / "requests": grammar, not spelling
        if min(len(fq), len(fo)) < 6 or Levenshtein.distance(fq, fo) > (1 if len(fo) < 9 else 2):
            return False
    return True


@dataclass
class Change:
    tag: str  # "replace" | "insert" (words of the paragraph left out) | "delete" (words added by the note) |
    # "moved" (a run after an ellipsis that the paragraph has before the run the ellipsis follows)
    quoted: list[str]
    original: list[str]
    spelling: bool
    before: list[str]  # context: words of the paragraph before and after
    after: list[str]
    # where the change stands, to show it as written: (quoted run, its words i1:i2, paragraph, its words j1:j2, how
    # many words of the context before and after the quotation shares)
    where: tuple | None = field(default=None, repr=False, compare=False)

    def show(self) -> str:
        """The change in the paragraph's context, as written: the paragraph's text and the quotation's, punctuation
        included, compared token by token (words with the punctuation they carry, split at white space), each
        difference marked ``[-paragraph-] {+quotation+}``: "… all actors [-to-] {+, to+} …" is no longer "all
        actors to". Quotes, dashes, case and soft hyphens are not differences (they are not in the comparison of
        words either). Without the texts (a change built by hand), the words alone."""
        if self.tag == "moved":
            quoted = " ".join(self.quoted)
            return f"“{quoted}”, after an ellipsis, stands earlier in the paragraph (the order changed)"
        shown = self._as_written() if self.where is not None else None
        return shown if shown is not None else self._words()

    def _words(self) -> str:
        parts = []
        if self.before:
            parts.append(("… " if len(self.before) == 2 else "") + " ".join(self.before))
        if self.original:
            parts.append("[-" + " ".join(self.original) + "-]")
        if self.quoted:
            parts.append("{+" + " ".join(self.quoted) + "+}")
        if self.after:
            parts.append(" ".join(self.after) + (" …" if len(self.after) == 2 else ""))
        return " ".join(parts)

    def _as_written(self) -> str | None:
        return _shown([self])

    def _place(self) -> tuple | None:
        """Where the change stands as written: (paragraph start, end, quotation start, end) of the tokens compared
        (:meth:`show`), or None when the words cannot be placed (a change built by hand; never expected else)."""
        seg, i1, i2, text, j1, j2, qb, qa = self.where  # qb, qa: context words before and after that the
        if not isinstance(seg, Segment):  # quotation has too (compared with it; the others shown as the paragraph's)
            return None
        pspans, qspans = word_spans(text.text)[0], seg.spans
        if len(pspans) != len(text.shown) or len(qspans) != len(seg):
            return None  # not the words the alignment read (never expected): the words alone
        p_lo, p_hi, q_lo, q_hi = j1 - qb, j2 + qa, i1 - qb, i2 + qa
        ptext, qtext = text.text, seg.source
        if p_hi > p_lo:
            start, end = pspans[p_lo][0], pspans[p_hi - 1][1]
        else:  # words added between two of the paragraph's
            start = end = pspans[j1 - 1][1] if j1 > 0 else (pspans[j1][0] if j1 < len(pspans) else 0)
        qstart, qend = (qspans[q_lo][0], qspans[q_hi - 1][1]) if q_hi > q_lo else (0, 0)
        if p_hi > p_lo and q_hi > q_lo:
            # both compared whole tokens, punctuation included, where the quotation goes on beyond them (at its own
            # ends, what the paragraph has beyond the word is context: a quotation closes before a comma)
            if q_lo > 0:
                start, qstart = _token_start(ptext, start), _token_start(qtext, qstart)
            if q_hi < len(seg):
                end, qend = _token_end(ptext, end), _token_end(qtext, qend)
        return start, end, qstart, qend

    def _head(self, start: int) -> str:
        """The context before the change, as written, from the start of the token (at white space) of its first
        word ("2004/16 of", not "16 of", where the paragraph reads "resolutions 2004/16 of 16 April")."""
        _, _, _, text, j1, _, qb, _ = self.where
        nb = len(self.before)
        if not nb:
            return ""
        first = word_spans(text.text)[0][j1 - nb][0] if nb > qb else start
        return ("… " if nb == _CONTEXT else "") + _spaced(text.text[_token_start(text.text, first) : start])

    def _tail(self, end: int) -> str:
        """The context after the change, as written, to the end of the token of its last word."""
        _, _, _, text, _, j2, _, qa = self.where
        na = len(self.after)
        if not na:
            return ""
        last = word_spans(text.text)[0][j2 + na - 1][1] if na > qa else end
        return _spaced(text.text[end : _token_end(text.text, last)]) + (" …" if na == _CONTEXT else "")

    def near(self, other: "Change") -> bool:
        """Is ``other``, the next change, close enough to be shown with this one (:func:`hunks`): in the same run of
        the quotation against the same paragraph, with no more paragraph words between them than the context the
        two would show (two each side)?"""
        if self.where is None or other.where is None:
            return False
        seg, _, _, text, _, j2, _, _ = self.where
        seg2, _, _, text2, j1, _, _, _ = other.where
        return seg is seg2 and text is text2 and j1 - j2 <= 2 * _CONTEXT


_MOVED = 3  # words a run after an ellipsis needs to be read as moved from before the run the ellipsis follows, that
# one found word for word (:func:`align`)
_CONTEXT = 2  # words of the paragraph shown each side of a change (:attr:`Change.before`, :attr:`Change.after`)


def hunks(changes: list[Change]) -> list[list[Change]]:
    """Changes grouped as a reader is shown them: consecutive changes whose context would meet or overlap
    (:meth:`Change.near`) are one group, shown once with the words between them (:func:`show`). "raise awareness
    among donors" of "raise the awareness of the international community" is "raise [-the-] awareness [-of-]
    {+among donors+} the international …", not each change with its own context ("raise [-the-] awareness of …;
    … the awareness [-of-] {+among donors+} the international …": the words repeated, a fresh-user trial,
    ../shared/cases/resolution-named-otherwise)."""
    out: list[list[Change]] = []
    for c in changes:
        if out and out[-1][-1].near(c):
            out[-1].append(c)
        else:
            out.append([c])
    return out


def show(group: list[Change]) -> str:
    """A group of changes (:func:`hunks`) as written: the paragraph's text and the quotation's from the first change
    to the last compared token by token, with the context before the first and after the last
    (:meth:`Change.show` for one); each change on its own, joined by "; ", where the texts cannot be placed."""
    shown = _shown(group) if all(c.where is not None for c in group) else None
    if shown is not None:
        return shown
    return "; ".join(c.show() for c in group)


def _shown(group: list[Change]) -> str | None:
    places = [c._place() for c in group]
    if any(p is None for p in places):
        return None
    first, last = group[0], group[-1]
    start, qstart = places[0][0], places[0][2]
    end, qend = places[-1][1], places[-1][3]
    text, seg = first.where[3], first.where[0]
    body = _token_diff(text.text[start:end], seg.source[qstart:qend])
    if body is None:
        return None
    out = first._head(start) + body + last._tail(end)
    return re.sub(r"\s+", " ", out).strip()


def _token_start(text: str, i: int) -> int:
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _token_end(text: str, i: int) -> int:
    while i < len(text) and not text[i].isspace():
        i += 1
    return i


def _spaced(context: str) -> str:
    """Context text beside a change as it touches it: a space where the text has white space, none where the
    punctuation is attached ("figures, as well")."""
    if not context:
        return ""
    lead = " " if context[:1].isspace() else ""
    trail = " " if context[-1:].isspace() else ""
    return lead + " ".join(context.split()) + trail


def _token_key(token: str) -> str:
    return _BRACKET_LETTER.sub(r"\1", token.translate(_TRANSLATE)).lower()


def _token_diff(original: str, quoted: str) -> str | None:
    """Two texts compared token by token (split at white space, punctuation kept on its word; a word hyphenated at a
    line wrap joined), the paragraph's tokens kept where they agree: "Conference shall [-elect-] {+choose+} from";
    None when no token differs."""
    ptoks = _WRAP_HYPHEN.sub("-", original).split()
    qtoks = _WRAP_HYPHEN.sub("-", quoted).split()
    ops = _merged(_opcodes([_token_key(t) for t in qtoks], [_token_key(t) for t in ptoks]))
    if all(op[0] == "equal" for op in ops):
        return None
    parts = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            parts.append(" ".join(ptoks[j1:j2]))
            continue
        if j2 > j1:
            parts.append("[-" + " ".join(ptoks[j1:j2]) + "-]")
        if i2 > i1:
            parts.append("{+" + " ".join(qtoks[i1:i2]) + "+}")
    return " ".join(parts)


@dataclass
class Alignment:
    label: str
    matched: int  # quoted words that match the paragraph's
    total: int  # quoted words
    changes: list[Change]
    # a quotation that runs from the end of ``label`` into the start of the next paragraph in document order (a
    # semicolon ends a paragraph of a resolution, a capital starts the next): that paragraph's label, else None
    until: str | None = None
    # a quotation whose runs between ellipses stand in different paragraphs, in document order: those paragraphs
    # (:meth:`.library.Prepared.search_runs`), else empty
    spread: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        """The paragraph, the two consecutive paragraphs, or the paragraphs an ellipsis joins (:attr:`spread`), the
        quotation was aligned with."""
        if self.spread:
            return list(self.spread)
        return [self.label, self.until] if self.until else [self.label]

    @property
    def score(self) -> float:
        return self.matched / self.total if self.total else 0.0

    @property
    def exact(self) -> bool:
        return not self.changes

    @property
    def spelling(self) -> bool:
        return bool(self.changes) and all(c.spelling for c in self.changes)

    def diff(self, limit: int = 4) -> str:
        """The changes as a reader is shown them: each once, close ones together (:func:`hunks`), the first
        ``limit`` groups, then "and N more" (changes not shown)."""
        groups = hunks(self.changes)
        shown = [show(g) for g in groups[:limit]]
        more = sum(len(g) for g in groups[limit:])
        return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


class Text:
    """A paragraph's words prepared for searching: keys (lower case), the words as written, a padded string."""

    __slots__ = ("label", "text", "shown", "keys", "padded", "starts")

    def __init__(self, label: str, text: str):
        self.label = label
        self.text = text
        self.shown = words(text)
        self.keys = [w.lower() for w in self.shown]
        self.padded = " " + " ".join(self.keys) + " "
        self.starts = []  # character offset in ``padded`` of each word
        pos = 1
        for k in self.keys:
            self.starts.append(pos)
            pos += len(k) + 1

    def word_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)

    def find(self, keys: list[str], from_word: int = 0) -> int:
        """Index of the first word of an exact occurrence of ``keys`` at or after ``from_word``; -1 if none."""
        if from_word >= len(self.keys) + 1:
            return -1
        start = self.starts[from_word] - 1 if from_word < len(self.starts) else len(self.padded) - 1
        i = self.padded.find(" " + " ".join(keys) + " ", start)
        return -1 if i < 0 else self.word_at(i + 1)


def _best_window(keys: list[str], words: list[str], lo: int, hi: int) -> tuple[int, int]:
    """The stretch of ``words[lo:hi]`` a fragment is closest to: the paragraph's words before and after a fragment
    are no changes, so both ends are free (a semi-global alignment). Ties go to the stretch as long as the fragment,
    so "facts and numbers" against "facts and figures, as well as" is one replaced word, not two left out and one
    replaced, nor one added."""
    slack = max(0, min(8, hi - lo - len(keys) + 2))
    best = None
    for s in range(lo, min(hi, lo + slack) + 1):
        for e in range(max(s, min(hi, s + len(keys)) - slack), hi + 1):
            # the edits less the words in common (the longest common subsequence, from the Indel distance): "aspects
            # of migration" against "aspects of international migration and" is "international" left out, not
            # "international" replaced by "migration" beside a "migration"; "among all States and other relevant
            # stakeholders" against "among States Members of the United Nations and other relevant stakeholders"
            # is "all" added and five words left out, not four replaced (a fresh-user trial, 2026-12-03)
            edits = Levenshtein.distance(keys, words[s:e])
            common = (len(keys) + e - s - Indel.distance(keys, words[s:e])) // 2
            cost = (edits - common, edits, abs(e - s - len(keys)), e - s)
            if best is None or cost < best[0]:
                best = (cost, s, e)
    return (best[1], best[2]) if best else (lo, hi)


def _window(keys: list[str], text: "Text", lo: int, hi: int) -> tuple[int, int]:
    """:func:`_best_window` in ``words[lo:hi]``, the bound ``hi`` pushed on (by the fragment's length) while the
    best stretch ends at it: a bound is where the search stopped looking, not where the paragraph's words stop
    matching. "a background note by the end of May 2024" of a quotation that left ten words out before it, against
    78/128's 23 "… by the end of April 2024, including …", was cut before "April" and read as "May 2024" added before
    "April 2024" (a fresh-user trial, 2026-12-03), not "April" replaced by "May". A name cut by the window's end
    is then taken whole (:func:`_name_end`)."""
    words = text.keys
    while True:
        s, e = _best_window(keys, words, lo, hi)
        if e < hi or hi >= len(words):
            break
        hi = min(len(words), hi + max(1, len(keys)))
    ops = _merged(_opcodes(keys, words[s:e])) if e > s else []
    if ops and ops[-1][0] == "replace":
        e = _name_end(text, e)
    if ops and ops[0][0] == "replace":
        s = _name_start(text, s)
    return s, e


_NAME_LINKS = frozenset({"of", "for", "on", "and"})  # "Republic of Korea", "Conference on Trade and Development"


def _joined(text: Text, a: int, b: int) -> bool:
    """Are words ``a`` and ``b`` (= a + 1) of ``text`` separated by white space alone (no comma, no semicolon)?"""
    spans = word_spans(text.text)[0]
    if len(spans) != len(text.shown):
        return False
    return not text.text[spans[a][1] : spans[b][0]].strip()


def _capital(word: str) -> bool:
    return word[:1].isupper()


def _name_end(text: Text, e: int) -> int:
    """Where the name a window's last word starts or continues ends: "in the DPRK" against "in the Democratic
    People's Republic of Korea" replaces the whole name, not "Democratic" alone before "People's Republic ..." shown
    as context (78/218's 23, a fresh-user trial, 2026-12-03). A name: capitalised words written together, linked
    by "of", "for", "on", "and" before a capitalised word; punctuation ends it."""
    shown = text.shown
    if e == 0 or not _capital(shown[e - 1]):
        return e
    while e < len(shown):
        if _capital(shown[e]) and _joined(text, e - 1, e):
            e += 1
        elif (shown[e] in _NAME_LINKS and e + 1 < len(shown) and _capital(shown[e + 1])
              and _joined(text, e - 1, e) and _joined(text, e, e + 1)):
            e += 2
        else:
            break
    return e


def _name_start(text: Text, s: int) -> int:
    """Where the name a window's first word ends or continues starts (:func:`_name_end`, backwards); never the
    paragraph's first word (its operative verb or opening phrase, capitalised as a sentence starts)."""
    shown = text.shown
    if s >= len(shown) or not _capital(shown[s]):
        return s
    while s > 1:
        if _capital(shown[s - 1]) and _joined(text, s - 1, s):
            s -= 1
        elif (shown[s - 1] in _NAME_LINKS and s > 2 and _capital(shown[s - 2])
              and _joined(text, s - 2, s - 1) and _joined(text, s - 1, s)):
            s -= 2
        else:
            break
    return s


def _opcodes(quoted: list[str], original: list[str]) -> list:
    """Word-level opcodes (tag, i1, i2, j1, j2) turning ``quoted`` into ``original``: the longest common subsequence
    of words kept (``rapidfuzz.distance.Indel.opcodes``: only the words the two do not share are marked; a word left
    out is never read as a word replaced beside the same word moved), a deletion beside an insertion merged into a
    replacement by :func:`_merged`."""
    return Indel.opcodes(quoted, original).as_list()


def _merged(ops: list) -> list:
    """Opcodes with each run of consecutive differences (a replace beside an insert or a delete) made one: "Rapporteur
    General" for "Rapporteur-General" is one change of two words for one (a hyphen: spelling, :func:`spelling_only`),
    not a word replaced and a word added."""
    out: list = []
    for op in ops:
        if out and op[0] != "equal" and out[-1][0] != "equal":
            _, i1, _, j1, _ = out[-1]
            i2, j2 = op[2], op[4]
            out[-1] = ("replace" if i2 > i1 and j2 > j1 else "delete" if i2 > i1 else "insert", i1, i2, j1, j2)
        else:
            out.append(tuple(op))
    return out


def _changes(seg: list[str], text: Text, lo: int, hi: int, whole: bool) -> tuple[int, list[Change], int]:
    """Align a run of quoted words with text words [lo, hi): matched count, changes, end word in ``text``. Unless
    ``whole``, paragraph words left out at either edge are not changes (the quotation is a fragment)."""
    keys = [w.lower() for w in seg]
    if not whole:
        lo, hi = _window(keys, text, lo, hi)
    ops = _merged(_opcodes(keys, text.keys[lo:hi]))
    # which ops agree: the same words, or a word hyphenated at a line wrap
    agree = [tag == "equal" or tag == "replace" and i2 - i1 == j2 - j1 and all(
        map(_wrap_equal, seg[i1:i2], text.shown[j1 + lo : j2 + lo])) for tag, i1, i2, j1, j2 in ops]
    matched, out = 0, []
    end = lo
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        j1, j2 = j1 + lo, j2 + lo
        end = max(end, j2)
        if agree[k]:
            matched += i2 - i1
            continue
        quoted, original = seg[i1:i2], text.shown[j1:j2]
        quoted = [w.replace(_WRAP, "-") for w in quoted]
        spelling = tag == "replace" and spelling_only(quoted, original)
        before = text.shown[max(lo, j1 - _CONTEXT) : j1] if j1 > 0 else []
        after = text.shown[j2 : j2 + _CONTEXT]
        # the context words the quotation shares, read from the agreeing runs beside the change
        qb = min(len(before), ops[k - 1][2] - ops[k - 1][1]) if k > 0 and agree[k - 1] else 0
        qa = min(len(after), ops[k + 1][2] - ops[k + 1][1]) if k + 1 < len(ops) and agree[k + 1] else 0
        out.append(Change(tag, quoted, original, spelling, before, after, where=(seg, i1, i2, text, j1, j2, qb, qa)))
    return matched, out, end


def align(segs: list[list[str]], text: Text, whole: bool = False) -> Alignment:
    """Align a quotation (its runs between gaps) with a paragraph, run by run in order. ``whole``: the quotation
    reproduces the whole paragraph (a numbered block), so nothing may be left out without an ellipsis."""
    whole = whole and len(segs) == 1
    cursor, matched, changes = 0, 0, []
    placed = None  # where the run before stands, when it stands there word for word
    total = sum(len(s) for s in segs)
    for seg in segs:
        keys = [w.lower() for w in seg]
        if whole:
            m, ch, _ = _changes(seg, text, 0, len(text.keys), True)
            matched, changes = m, ch
            break
        at = text.find(keys, cursor)
        if at >= 0:
            matched += len(seg)
            cursor, placed = at + len(seg), at
            continue
        earlier = text.find(keys, 0) if placed is not None and len(seg) >= _MOVED else -1
        if 0 <= earlier and earlier + len(seg) <= placed:
            # the paragraph's words, but before those the ellipsis follows: "to submit a comprehensive report ... at
            # its seventy-ninth session" of 78/218's 26 ("... at its seventy-ninth session, and to this end requests
            # the Secretary-General to submit a comprehensive report ..."): the order changed, not words replaced
            # (before: "[-follow-up to the implementation-] {+at its seventy-ninth session+}", words of the
            # paragraph's end it never quoted; check6's draft notes)
            matched += len(seg)
            changes.append(Change("moved", list(seg), list(seg), False, [], []))
            continue
        rest = text.padded[text.starts[cursor] if cursor < len(text.starts) else len(text.padded) :]
        if not rest.strip():
            changes.append(Change("delete", seg, [], False, [], []))
            continue
        al = fuzz.partial_ratio_alignment(" ".join(keys), rest)
        base = text.starts[cursor] if cursor < len(text.starts) else len(text.padded)
        lo = max(cursor, text.word_at(base + al.dest_start) - 2)
        # past the stretch the characters match, by as many words as the quotation may have left out there
        hi = min(len(text.keys), text.word_at(base + max(al.dest_start, al.dest_end - 1)) + 3 + len(seg))
        m, ch, end = _changes(seg, text, lo, hi, False)
        placed = None
        matched += m
        changes.extend(ch)
        cursor = max(cursor, end)
    return Alignment(text.label, matched, total, changes)
