"""Check: a draft note against the resolutions it cites. Plain data in (a :class:`~resparse.note.Note`, a
:class:`Library` of parsed resolutions), a :class:`Report` out (findings, the things checked); nothing printed.

What is checked, in the note's order:

1. citations  - every citation the project's one grammar finds (:func:`resparse.references.find`, run once over the
                whole note so that "the same resolution" follows the note): the resolution is loaded (else an info,
                never an error), every paragraph, sub-paragraph and member of a range exists (else an error that
                says what does exist). "This/the/the same resolution" is the resolution the note named last. A
                paragraph cited with no word that ties it to a resolution ("paragraph 4 above") is the note's own.
2. reproductions - a numbered line set off from the text (indented, a list inside a list, a ``>`` quote, an
                indented Word paragraph) or one whose first words are those of the paragraph it numbers
                ("22. Calls upon ...", then "(a) Requests ...") is compared with that paragraph.
3. quotations - "..." and “...” of three words or more, in a sentence that cites a paragraph (compared with it) or
                names the resolution (found anywhere in it); a quotation right after a symbol or "entitled" is the
                title. Compared after normalising quotes, dashes, case, white space, line wraps and emphasis;
                "...", "…", "[…]" and "[insertions]" match any gap.
4. verbs      - "<citation or 'the resolution'> <operative verb> <actor>" ("the resolution calls on Regional
                Commissions") is compared with the mandates of the paragraph (:mod:`resparse.mandates`).

The alignment of a quotation with a paragraph uses rapidfuzz: ``fuzz.partial_ratio_alignment`` finds where a
fragment sits in a paragraph and ``Levenshtein.opcodes`` aligns the words (lists of words, not characters). It is
already a dependency (the actor lookup), it is C++ and fast enough for a thousand quotations a second, and its
opcodes are a minimal edit script; difflib's SequenceMatcher is pure Python, is not a minimal alignment and, with
its "autojunk" heuristic, treats frequent words ("the", "of") of a long paragraph as junk.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from . import mandates as mandates_mod
from .actors import key as actor_key
from .actors import scan as scan_actors
from .model import Citation, Paragraph, Resolution
from .note import Note
from .references import find
from .sources.language import not_english

# ---------------------------------------------------------------- finding codes

CODES: dict[str, tuple[str, str]] = {
    "R001": ("info", "the cited resolution is not loaded: not checked"),
    "R002": ("info", "a document symbol that is not a loaded resolution's, but has a loaded resolution's number"),
    "R003": ("info", "a paragraph read as the note's own (no resolution named with it), which the note does not have"),
    "R101": ("error", "the cited paragraph or sub-paragraph does not exist"),
    "R102": ("error", "members of a cited list or range do not exist"),
    "R103": ("error", "the title given with the symbol is not the resolution's"),
    "R104": ("error", "a quotation or reproduced paragraph changes words of the paragraph"),
    "R105": ("error", "a quotation is not in the paragraph it is attributed to; it is in another"),
    "R106": ("error", "a quotation is not in the resolution"),
    "R201": ("warning", "a quotation, reproduction or title differs in spelling or hyphenation only"),
    "R202": ("warning", "the verb the note gives a paragraph for an actor is not the paragraph's"),
    "R203": ("warning", "the cited paragraph does not address the actor the note says it does"),
    "R204": ("warning", "'this resolution' or a paragraph of it, but the note names no resolution before"),
    "R205": ("warning", "the note is not in English: its citations and quotations cannot be read"),
}
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class Finding:
    line: int
    col: int
    severity: str  # "error" | "warning" | "info"
    code: str
    message: str
    citation: str | None = None  # the citing phrase (or the reproduction's number) as written
    resolution: str | None = None
    paragraph: str | None = None
    suggestion: str | None = None
    end_line: int = 0
    end_col: int = 0

    def to_dict(self) -> dict:
        return {
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "citation": self.citation,
            "resolution": self.resolution,
            "paragraph": self.paragraph,
            "suggestion": self.suggestion,
        }


@dataclass
class Item:
    """One thing checked: a citation, a quotation (or reproduced paragraph), a title, a verb statement."""

    kind: str  # "citation" | "quotation" | "reproduction" | "title" | "verb"
    line: int
    col: int
    end_line: int
    end_col: int  # exclusive
    text: str  # as written (clean)
    status: str = "verified"  # "verified" | "error" | "warning" | "info"
    resolution: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    cited: list[tuple[str, str]] = field(default_factory=list)  # (label, text) shown on hover
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "line": self.line,
            "col": self.col,
            "end_line": self.end_line,
            "end_col": self.end_col,
            "text": self.text,
            "status": self.status,
            "resolution": self.resolution,
            "paragraphs": list(self.paragraphs),
        }


@dataclass
class Report:
    path: str
    findings: list[Finding]
    items: list[Item]
    warnings: list[str] = field(default_factory=list)
    resolutions: list[str] = field(default_factory=list)  # symbols the note was checked against

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] += 1
        return out

    def summary(self) -> dict:
        c = self.counts()

        def n(kind: str, status: str | None = None) -> int:
            kinds = (kind, "reproduction") if kind == "quotation" else (kind,)
            return sum(1 for i in self.items if i.kind in kinds and (status is None or i.status == status))

        return {
            "errors": c["error"],
            "warnings": c["warning"],
            "info": c["info"],
            "citations": n("citation"),
            "citations_verified": n("citation", "verified"),
            "quotations": n("quotation"),
            "quotations_verified": n("quotation", "verified"),
            "titles": n("title"),
            "verbs": n("verb"),
            "resolutions": list(self.resolutions),
        }

    def to_dict(self) -> dict:
        return {
            "note": self.path,
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "checked": [i.to_dict() for i in self.items],
        }


# ---------------------------------------------------------------- words: normalising and aligning

_TRANSLATE = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "\u00ad": "",
})  # fmt: skip
_WORD = re.compile(r"[^\W_]+(?:['\u00ad-][^\W_]+)*")
# gaps in a quotation: ellipses (bracketed or not) and editorial insertions "[the Assembly]"; "[r]equests" is a letter
_GAP = re.compile(r"\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|…|(?:\.\s?){2}\.|\[[^\]\n]{2,}\]")
_BRACKET_LETTER = re.compile(r"\[(\w)\]")


_WRAP = "\u00ad"  # a hyphen at a line wrap, kept as a soft hyphen: the word matches with or without it


def words(text: str) -> list[str]:
    """The words of a text as compared: quotes and dashes unified, soft hyphens dropped, a word hyphenated at a
    line wrap joined (marked, see :func:`_wrap_equal`)."""
    text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=\w)", _WRAP, text.translate(_TRANSLATE))
    return _WORD.findall(text)


def _wrap_equal(quoted: str, original: str) -> bool:
    """A word hyphenated at a line wrap is the paragraph's word spelt with or without the hyphen."""
    q, o = quoted.lower(), original.lower()
    return _WRAP in q and o in (q.replace(_WRAP, "-"), q.replace(_WRAP, ""))


def segments(quote: str) -> list[list[str]]:
    """A quotation's word runs between its gaps (ellipses, insertions)."""
    quote = _BRACKET_LETTER.sub(r"\1", quote.translate(_TRANSLATE))
    return [w for w in (words(s) for s in _GAP.split(quote)) if w]


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
    tag: str  # "replace" | "insert" (words of the paragraph left out) | "delete" (words added by the note)
    quoted: list[str]
    original: list[str]
    spelling: bool
    before: list[str]  # context: words of the paragraph before and after
    after: list[str]

    def show(self) -> str:
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


@dataclass
class Alignment:
    label: str
    matched: int  # quoted words that match the paragraph's
    total: int  # quoted words
    changes: list[Change]

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
        shown = [c.show() for c in self.changes[:limit]]
        more = len(self.changes) - limit
        return "; ".join(shown) + (f"; and {more} more" if more > 0 else "")


class _Text:
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
        for e in range(max(s, hi - slack), hi + 1):
            cost = (Levenshtein.distance(keys, words[s:e]), abs(e - s - len(keys)), e - s)
            if best is None or cost < best[0]:
                best = (cost, s, e)
    return (best[1], best[2]) if best else (lo, hi)


def _changes(seg: list[str], text: _Text, lo: int, hi: int, whole: bool) -> tuple[int, list[Change], int]:
    """Align a run of quoted words with text words [lo, hi): matched count, changes, end word in ``text``. Unless
    ``whole``, paragraph words left out at either edge are not changes (the quotation is a fragment)."""
    keys = [w.lower() for w in seg]
    if not whole:
        lo, hi = _best_window(keys, text.keys, lo, hi)
    ops = Levenshtein.opcodes(keys, text.keys[lo:hi]).as_list()
    matched, out = 0, []
    end = lo
    for tag, i1, i2, j1, j2 in ops:
        j1, j2 = j1 + lo, j2 + lo
        end = max(end, j2)
        quoted, original = seg[i1:i2], text.shown[j1:j2]
        if tag == "equal" or tag == "replace" and len(quoted) == len(original) and all(
                map(_wrap_equal, quoted, original)):
            matched += i2 - i1
            continue
        quoted = [w.replace(_WRAP, "-") for w in quoted]
        spelling = tag == "replace" and spelling_only(quoted, original)
        before = text.shown[max(lo, j1 - 2) : j1] if j1 > 0 else []
        after = text.shown[j2 : j2 + 2]
        out.append(Change(tag, quoted, original, spelling, before, after))
    return matched, out, end


def align(segs: list[list[str]], text: _Text, whole: bool = False) -> Alignment:
    """Align a quotation (its runs between gaps) with a paragraph, run by run in order. ``whole``: the quotation
    reproduces the whole paragraph (a numbered block), so nothing may be left out without an ellipsis."""
    whole = whole and len(segs) == 1
    cursor, matched, changes = 0, 0, []
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
            cursor = at + len(seg)
            continue
        rest = text.padded[text.starts[cursor] if cursor < len(text.starts) else len(text.padded) :]
        if not rest.strip():
            changes.append(Change("delete", seg, [], False, [], []))
            continue
        al = fuzz.partial_ratio_alignment(" ".join(keys), rest)
        base = text.starts[cursor] if cursor < len(text.starts) else len(text.padded)
        lo = max(cursor, text.word_at(base + al.dest_start) - 2)
        hi = min(len(text.keys), text.word_at(base + max(al.dest_start, al.dest_end - 1)) + 3)
        m, ch, end = _changes(seg, text, lo, hi, False)
        matched += m
        changes.extend(ch)
        cursor = max(cursor, end)
    return Alignment(text.label, matched, total, changes)


# ---------------------------------------------------------------- the resolutions


class Prepared:
    """One resolution as the checker needs it: labels, children, paragraph words, mandates (computed once)."""

    def __init__(self, res: Resolution):
        self.res = res
        self.symbol = res.symbol or ""
        self.paragraphs: dict[str, Paragraph] = {}
        self.children: dict[str, list[str]] = {}
        self.order: list[str] = []
        for p in res.walk():
            self.paragraphs[p.label] = p
            self.children[p.label] = [c.label for c in p.children]
            self.order.append(p.label)
        self.texts = {label: _Text(label, p.text) for label, p in self.paragraphs.items()}
        self.operative = [p.label for p in res.paragraphs if p.kind == "operative"]
        self.preambular = [p.label for p in res.paragraphs if p.kind == "preambular"]

    @cached_property
    def mandates(self):
        return mandates_mod.extract(self.res)

    @cached_property
    def title_text(self) -> _Text:
        return _Text("title", self.res.title or "")

    def subtree(self, label: str) -> list[str]:
        out = [label]
        for c in self.children.get(label, ()):
            out.extend(self.subtree(c))
        return out

    def missing_hint(self, label: str) -> str:
        """What exists where a label does not: "22 has (a)–(c)", "the last operative paragraph is 31"."""
        if " (" in label:
            parent, _, last = label.rpartition(" (")
            if parent in self.paragraphs:
                kids = self.children[parent]
                if not kids:
                    return f"{parent} has no sub-paragraphs"
                marks = [k[len(parent) + 1 :] for k in kids]
                shown = f"{marks[0]}–{marks[-1]}" if len(marks) > 2 else " and ".join(marks)
                return f"{parent} has {shown}"
            return self.missing_hint(parent)
        if label.startswith("PP"):
            if not self.preambular:
                return "it has no numbered preambular paragraphs"
            return f"its preambular paragraphs are {self.preambular[0]}–{self.preambular[-1]}"
        if label.isdigit() and self.operative:
            last = self.operative[-1]
            if last.isdigit() and int(label) > int(last):
                return f"the last operative paragraph is {last}"
            return f"its operative paragraphs are {self.operative[0]}–{last}"
        return "no paragraph has this label"

    def hover(self, labels: list[str], limit: int = 3) -> list[tuple[str, str]]:
        out = [(lab, self.paragraphs[lab].text) for lab in labels[:limit] if lab in self.paragraphs]
        if len(labels) > limit:
            out.append(("…", f"and {len(labels) - limit} more paragraphs"))
        return out


class Library:
    """The resolutions a note is checked against, by symbol (a later one with the same symbol replaces)."""

    def __init__(self, resolutions: list[Resolution] = ()):
        self.by_symbol: dict[str, Prepared] = {}
        for res in resolutions:
            self.add(res)

    def add(self, res: Resolution) -> None:
        if res.symbol:
            self.by_symbol[res.symbol] = Prepared(res)

    def get(self, symbol: str | None) -> Prepared | None:
        return self.by_symbol.get(symbol) if symbol else None

    @property
    def symbols(self) -> list[str]:
        return sorted(self.by_symbol)


# ---------------------------------------------------------------- reading the note

# Context that ties a citation without a symbol to a resolution: "operative"/"preambular", OP/PP. (The citation
# itself is found by the grammar; this only classifies the phrase it found.)
_RESOLUTION_WORDING = re.compile(r"(?i:\b(?:operative|preambular)\b)|\b(?:OP|PP)\.?\s*\d")
# "the resolution" as the subject of a statement or the source of a quotation: the resolution the note named last.
# ("this/the present/the same resolution" are in the citation grammar; "the resolution" is not a citation there,
# since in a resolution's own text it names some other resolution.)
_THE_RESOLUTION = re.compile(r"\b[Tt]he\s+(?:said\s+|above\s+)?resolution\b(?!\s*(?:\d|[A-Z]{1,2}/|['’]s\b|of\b|on\b))")
_RESOLUTION_SYMBOL = re.compile(r"/(?:RES|DEC)/")
_PLAIN_SYMBOL = re.compile(r"^([A-Z])/(\d+)/(\d+)$")
_MARKER = re.compile(r"^(?:(\d{1,3})\.|\(([a-z]{1,2}|[ivxl]{1,5})\))\s+(?=\S)")
_OWN_NUMBER = re.compile(r"^(\d{1,3})\.\s")
# a quotation does not run over a blank line: pairing starts afresh in each paragraph of the note
_QUOTATION = re.compile(r"“((?:[^“”\n]|\n(?![ \t]*\n))*)”|\"((?:[^\"\n]|\n(?![ \t]*\n))*)\"")
_BOUNDARY = re.compile(r"[.!?;:][\"”’)]*(?:\s*\n|\s+(?=[A-Z\"“(]))|\n\s*\n")
_TITLE_GAP = re.compile(r"^[\s,]*(?:(?:entitled|titled|on)\s*)?$", re.IGNORECASE)
_SOURCE_AFTER = re.compile(r"^[\s,;]*\(?\s*(?:see\s+|cf\.\s+)?$", re.IGNORECASE)
# the object of a verb the note ascribes: a few words up to a preposition, "to", punctuation or a quotation
_ACTOR_PHRASE = re.compile(
    r"\s*((?:(?:the|its|their|all)\s+)?[A-Za-z][\w-]*(?:\s+(?!(?:to|in|for|with|by|and|on|at|of|as|from)\b)[A-Za-z][\w-]*){0,4})"
    r"(?=\s*(?:[,;.:()\"“]|$)|\s+(?:to|in|for|with|by|and|on|at|of|as|from)\b)"
)
_DETERMINERS = re.compile(r"^\s+(?:(?:the|its|their|all|both|relevant|other)\s+)*$", re.IGNORECASE)
_NEAR = 250  # characters between a quotation or a verb and the citation it belongs to, at most


@dataclass
class _Anchor:
    """A citation (or "the resolution") as the checker reads it: which resolution, which paragraphs."""

    start: int
    end: int
    phrase: str
    doc: str | None  # symbol; None when no resolution can be named
    labels: list[str]  # cited paragraphs; [] for the resolution as a whole
    prepared: Prepared | None  # when the resolution is loaded
    document_only: bool  # a symbol or "resolution N" without a paragraph (may carry a title)
    item: Item | None = None


@dataclass
class _Reproduction:
    line_index: int
    start: int
    end: int
    label: str | None
    marker: str
    prepared: Prepared | None
    doc: str | None
    forced: bool  # set off from the text (indented, quoted): a reproduction whatever its words


class _Spans:
    """Character ranges added in increasing order (quotations, reproduced lines); membership by bisection."""

    def __init__(self, spans=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        for s, e in spans:
            self.add(s, e)

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Does a range end after ``start`` and begin before ``end``?"""
        i = bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.ends[i] > start


def _is_resolution(doc: str) -> bool:
    return bool(_RESOLUTION_SYMBOL.search(doc))


class _Checker:
    def __init__(self, note: Note, library: Library):
        self.note = note
        self.lib = library
        self.text = note.text
        self.loc = note.locator()
        self.findings: list[Finding] = []
        self.items: list[Item] = []
        self.anchors: list[_Anchor] = []
        self.reproductions: list[_Reproduction] = []
        self.line_starts: list[int] = []
        pos = 0
        for line in note.lines:
            self.line_starts.append(pos)
            pos += len(line.text) + 1
        self.own_numbers = {m.group(1) for line in note.lines if (m := _OWN_NUMBER.match(line.text))}
        self.current: str | None = None  # the resolution the note named last

    # -- positions
    def pos(self, offset: int) -> tuple[int, int]:
        return self.loc.source_pos(offset)

    def span(self, start: int, end: int) -> tuple[int, int, int, int]:
        a = self.pos(start)
        b = self.pos(max(start, end - 1))
        return a[0], a[1], b[0], b[1] + 1

    def item(self, kind: str, start: int, end: int, **kw) -> Item:
        line, col, end_line, end_col = self.span(start, end)
        it = Item(kind, line, col, end_line, end_col, self.text[start:end], **kw)
        self.items.append(it)
        return it

    def report(self, item: Item | None, start: int, code: str, message: str, **kw) -> Finding:
        severity = CODES[code][0]
        line, col = self.pos(start)
        f = Finding(line, col, severity, code, message, **kw)
        self.findings.append(f)
        if item is not None:
            item.findings.append(f)
            if SEVERITY_ORDER[severity] < SEVERITY_ORDER.get(item.status, 3):
                item.status = severity
        return f

    # -- the pass over the note
    def run(self) -> Report:
        lang = not_english(self.text)
        if lang:  # never a silent all-clear: say that nothing could be read
            self.report(None, 0, "R205", f"this note looks {lang}; resparse reads English notes and resolutions, "
                        "so its citations and quotations were not checked")
        citations = [c for c in find(self.text)]
        mentions = [m for m in _THE_RESOLUTION.finditer(self.text)]
        events: list[tuple[int, object]] = [(c.start, c) for c in citations] + [(m.start(), m) for m in mentions]
        events.sort(key=lambda e: e[0])
        # citations inside a quotation or a reproduced paragraph are the quoted text's, not the note's
        quoted = _Spans((m.start(), m.end()) for m in _QUOTATION.finditer(self.text))
        reproduced = _Spans()
        ei = 0
        block_parent: str | None = None  # the top-level label of the reproduction block being read
        block_last: str | None = None
        previous_text = ""
        for li, line in enumerate(self.note.lines):
            start = self.line_starts[li]
            end = start + len(line.text)
            rep = self._reproduction(li, line, previous_text, block_parent, block_last)
            if rep is None and self.reproductions and self._continues(li, line):
                last = self.reproductions[-1]
                last.end = end
                reproduced.add(start, end)
                while ei < len(events) and events[ei][0] < end:
                    ei += 1
                continue
            if rep is not None:
                self.reproductions.append(rep)
                reproduced.add(start, end)
                if rep.label:
                    block_last = rep.label
                    block_parent = rep.label.split(" (")[0]
                while ei < len(events) and events[ei][0] < end:
                    ei += 1
                previous_text = line.text
                continue
            if line.text.strip():
                block_parent = block_last = None
                previous_text = line.text
            while ei < len(events) and events[ei][0] < end + 1:
                ev_start, ev = events[ei]
                ei += 1
                if ev_start in quoted or ev_start in reproduced:
                    continue
                if isinstance(ev, Citation):
                    self._citation(ev)
                else:
                    self._mention(ev)
        quotations = self._quotations(reproduced)
        self.anchor_starts = [a.start for a in self.anchors]
        self.anchor_ends = [a.end for a in self.anchors]  # anchors are in text order: both lists ascend
        for rep in self.reproductions:
            self._check_reproduction(rep)
        for q in quotations:
            self._check_quotation(*q)
        self._verbs(quotations)
        self.findings.sort(key=lambda f: (f.line, f.col, SEVERITY_ORDER[f.severity], f.code))
        self.items.sort(key=lambda i: (i.line, i.col))
        return Report(self.note.path, self.findings, self.items, list(self.note.warnings), self.lib.symbols)

    # -- citations
    def _citation(self, c: Citation) -> None:
        if c.kind == "external":
            if c.relative == "same":
                labels = list(dict.fromkeys(t.label for t in c.targets if t.label))
                self._cite(c, self.current, labels, same=True)
                return
            by_doc: dict[str, list[str]] = {}
            for t in c.targets:
                if t.document:
                    by_doc.setdefault(t.document, [])
                    if t.label:
                        by_doc[t.document].append(t.label)
            for doc, labels in by_doc.items():
                self._cite(c, doc, labels)
            return
        if c.kind == "self":
            self._cite(c, self.current, [], same=True)
            return
        if c.kind != "internal":
            return
        labels = [t.label for t in c.targets if t.label]
        if c.relative == "resolution" or (c.relative is None and _RESOLUTION_WORDING.search(c.phrase)):
            self._cite(c, self.current, labels, same=True)
            return
        # the note's own paragraph ("paragraph 4 above"): say so when the note has no such paragraph
        if c.relative is None and labels and not any(lab.startswith("annex") for lab in labels):
            missing = [lab for lab in labels if lab.split(" (")[0].isdigit() and lab.split(" (")[0] not in self.own_numbers]
            if missing and self.own_numbers:
                it = self.item("citation", c.start, c.end, status="info")
                self.report(it, c.start, "R003",
                            f'"{_short(c.phrase)}" is read as a paragraph of this note, which has no paragraph '
                            f"{' or '.join(missing)}; to cite a resolution, name it (\"operative paragraph "
                            f"{missing[0]} of resolution …\")", citation=c.phrase)

    def _cite(self, c: Citation, doc: str | None, labels: list[str], same: bool = False) -> None:
        prepared = self.lib.get(doc)
        document_only = not labels and c.kind == "external" and not same
        anchor = _Anchor(c.start, c.end, c.phrase, doc, labels, prepared, document_only)
        self.anchors.append(anchor)
        if doc is None:
            it = self.item("citation", c.start, c.end, status="warning")
            self.report(it, c.start, "R204", f'"{_short(c.phrase)}": the note names no resolution before it',
                        citation=c.phrase, paragraph=", ".join(labels) or None)
            return
        if prepared is None:
            plain = _PLAIN_SYMBOL.match(doc)
            near = plain and f"{plain.group(1)}/RES/{plain.group(2)}/{plain.group(3)}"
            if near and near in self.lib.by_symbol:
                it = self.item("citation", c.start, c.end, status="info", resolution=doc)
                self.report(it, c.start, "R002", f"not checked: {doc} is not loaded; did you mean {near}?",
                            citation=c.phrase, resolution=doc, suggestion=near)
            elif _is_resolution(doc):
                it = self.item("citation", c.start, c.end, status="info", resolution=doc, paragraphs=labels)
                self.report(it, c.start, "R001", f"not checked: {doc} is not loaded", citation=c.phrase,
                            resolution=doc, paragraph=", ".join(labels) or None)
            if _is_resolution(doc) and not same:
                self.current = doc
            return
        if not same:
            self.current = doc
        it = self.item("citation", c.start, c.end, resolution=doc, paragraphs=labels)
        anchor.item = it
        existing = [lab for lab in labels if lab in prepared.paragraphs]
        it.cited = prepared.hover(existing) if labels else [(doc, prepared.res.title or "")]
        missing = [lab for lab in labels if lab not in prepared.paragraphs]
        if not missing:
            return
        hints = list(dict.fromkeys(prepared.missing_hint(lab) for lab in missing))
        many = len(missing) > 1
        names = _and(missing)
        what = f"paragraph{'s' if many else ''} {names} do{'' if many else 'es'} not exist in {doc}"
        code = "R102" if len(labels) > 1 else "R101"
        self.report(it, c.start, code, f"{what} ({'; '.join(hints)})", citation=c.phrase, resolution=doc,
                    paragraph=", ".join(missing), suggestion=_suggest(prepared, missing[0]))

    def _mention(self, m: re.Match) -> None:
        if self.anchors and self.anchors[-1].start <= m.start() < self.anchors[-1].end:
            return  # "paragraph 21 of the resolution": part of the citation
        prepared = self.lib.get(self.current)
        self.anchors.append(_Anchor(m.start(), m.end(), m.group(0), self.current, [], prepared, False))

    # -- reproduced paragraphs
    def _reproduction(self, li: int, line, previous: str, parent: str | None, last: str | None) -> _Reproduction | None:
        m = _MARKER.match(line.text)
        if not m:
            return None
        prepared = self.lib.get(self.current)
        if m.group(1):
            label = m.group(1)
        else:
            mark = m.group(2)
            top = parent or self._single_cited_top()
            if top is None:
                return None
            label = f"{top} ({mark})"
            if last and last != top and prepared and f"{last} ({mark})" in prepared.paragraphs:
                label = f"{last} ({mark})"  # (i) under (a)
        start = self.line_starts[li]
        rep = _Reproduction(li, start + m.end(), start + len(line.text), label, m.group(0).strip(), prepared,
                            self.current, line.indented)
        if prepared is None:
            return rep if line.indented and self.current else None
        body = line.text[m.end():]
        if line.indented:
            return rep
        # not set off: a reproduction when it opens with the paragraph's words, or continues a block after ":"
        target = prepared.texts.get(label)
        if target is None:
            return None
        keys = [w.lower() for w in words(body)[:3]]
        if len(keys) == 3 and keys == target.keys[:3]:
            return rep
        if (parent is not None or previous.rstrip().endswith(":")) and fuzz.ratio(body.lower(), target.text.lower()) >= 60:
            return rep
        return None

    def _single_cited_top(self) -> str | None:
        if self.anchors and len({lab.split(" (")[0] for lab in self.anchors[-1].labels}) == 1:
            return self.anchors[-1].labels[0].split(" (")[0]
        return None

    def _continues(self, li: int, line) -> bool:
        """A line without a number that continues the reproduction above it (set off like it, or a wrapped line)."""
        last = self.reproductions[-1]
        if last.line_index != li - 1 or not line.text.strip() or _MARKER.match(line.text):
            return False
        prev = self.note.lines[li - 1].text.rstrip()
        return (line.indented and last.forced) or (not line.indented and prev[-1:] not in ".;:")

    def _check_reproduction(self, rep: _Reproduction) -> None:
        if rep.prepared is None:
            return
        prepared = rep.prepared
        body = self.text[rep.start : rep.end]
        segs = segments(body)
        if not segs:
            return
        line_start = self.line_starts[rep.line_index]
        target = prepared.texts.get(rep.label or "")
        best_other = self._search(segs, prepared, exclude=rep.label)
        if target is None:
            # the number is not in the resolution: a reproduction only if its words are somewhere
            if best_other is None or best_other.score < 0.8:
                return
            it = self.item("reproduction", line_start, rep.end, resolution=rep.doc, paragraphs=[best_other.label],
                           cited=prepared.hover([best_other.label]), status="error")
            self.report(it, line_start, "R105",
                        f"reproduced as paragraph {rep.label}, which does not exist in {rep.doc} "
                        f"({prepared.missing_hint(rep.label)}); this is paragraph {best_other.label}",
                        citation=rep.marker, resolution=rep.doc, paragraph=rep.label, suggestion=best_other.label)
            return
        al = align(segs, target, whole=True)
        if rep.forced and al.score < 0.2 and (best_other is None or best_other.score < 0.8):
            return  # a list of the note's own, set off from the text: not a reproduction
        it = self.item("reproduction", line_start, rep.end, resolution=rep.doc, paragraphs=[rep.label],
                       cited=prepared.hover([rep.label]))
        self._judge(it, line_start, al, best_other, rep.doc, [rep.label], rep.marker, reproduced=True)

    # -- quotations
    def _quotations(self, reproduced: _Spans) -> list[tuple[int, int, str]]:
        out = []
        for m in _QUOTATION.finditer(self.text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if m.start() in reproduced:
                continue
            if len(words(inner)) < 3:
                continue
            out.append((m.start(), m.end(), inner))
        return out

    def _separated(self, a: int, b: int) -> bool:
        return a > b or b - a > _NEAR or bool(_BOUNDARY.search(self.text, a, b))

    def _source_of(self, start: int, end: int) -> tuple[_Anchor | None, bool]:
        """The citation a quotation belongs to, and whether the quotation is that document's title."""
        i = bisect_right(self.anchor_ends, start) - 1  # the last citation before (the nearest; earlier ones are
        if i >= 0 and not self._separated(self.anchors[i].end, start):  # further, past the same boundaries)
            a = self.anchors[i]
            return a, a.document_only and bool(_TITLE_GAP.match(self.text[a.end : start]))
        j = bisect_right(self.anchor_starts, end - 1)
        if j < len(self.anchors) and _SOURCE_AFTER.match(self.text[end : self.anchors[j].start]):
            a = self.anchors[j]
            return a, a.document_only and self.text[end : a.start].strip() in ("(", "")
        return None, False

    def _check_quotation(self, start: int, end: int, inner: str) -> None:
        anchor, is_title = self._source_of(start, end)
        if anchor is None or anchor.prepared is None:
            return
        prepared = anchor.prepared
        segs = segments(inner)
        if is_title:
            self._check_title(start, end, segs, anchor)
            return
        labels = [lab for lab in anchor.labels if lab in prepared.paragraphs]
        if anchor.labels and not labels:
            labels = []  # the cited paragraphs do not exist (reported on the citation): search the resolution
        if labels:
            scope = [lab for top in labels for lab in prepared.subtree(top)]
            best = self._search(segs, prepared, within=scope)
            other = None
            if best is None or not best.exact:
                other = self._search(segs, prepared, exclude_all=scope)
            it = self.item("quotation", start, end, resolution=anchor.doc, paragraphs=labels,
                           cited=prepared.hover([best.label] if best else labels))
            self._judge(it, start, best, other, anchor.doc, labels, anchor.phrase)
        else:
            best = self._search(segs, prepared)
            it = self.item("quotation", start, end, resolution=anchor.doc, paragraphs=[best.label] if best else [],
                           cited=prepared.hover([best.label]) if best else [])
            self._judge(it, start, best, None, anchor.doc, [], anchor.phrase)

    def _check_title(self, start: int, end: int, segs, anchor: _Anchor) -> None:
        prepared = anchor.prepared
        al = align(segs, prepared.title_text, whole=True)
        it = self.item("title", start, end, resolution=anchor.doc, cited=[("title", prepared.res.title or "")])
        if al.exact:
            return
        if al.spelling:
            self.report(it, start, "R201", f"the title of {anchor.doc} differs in spelling only: {al.diff()}",
                        citation=anchor.phrase, resolution=anchor.doc, suggestion=prepared.res.title)
        else:
            self.report(it, start, "R103", f"not the title of {anchor.doc}: {al.diff()}", citation=anchor.phrase,
                        resolution=anchor.doc, suggestion=prepared.res.title)

    def _search(self, segs, prepared: Prepared, within: list[str] | None = None, exclude: str | None = None,
                exclude_all: list[str] | None = None) -> Alignment | None:
        """The paragraph a quotation is best found in (exact first, then the closest); None when nowhere near."""
        labels = within if within is not None else prepared.order
        skip = set(exclude_all or ()) | ({exclude} if exclude else set())
        labels = [lab for lab in labels if lab not in skip]
        for lab in labels:  # exact, in document order (deepest paragraphs are their own texts)
            text = prepared.texts[lab]
            cursor, ok = 0, True
            for seg in segs:
                at = text.find([w.lower() for w in seg], cursor)
                if at < 0:
                    ok = False
                    break
                cursor = at + len(seg)
            if ok:
                return Alignment(lab, sum(len(s) for s in segs), sum(len(s) for s in segs), [])
        query = " ".join(w.lower() for s in segs for w in s)
        scored = sorted(((fuzz.partial_ratio(query, prepared.texts[lab].padded), lab) for lab in labels), reverse=True)
        best: Alignment | None = None
        for score, lab in scored[:3]:
            if score < 60:
                break
            al = align(segs, prepared.texts[lab])
            if best is None or al.score > best.score:
                best = al
        return best if best is not None and best.score >= 0.5 else None

    def _judge(self, it: Item, start: int, best: Alignment | None, other: Alignment | None, doc: str,
               labels: list[str], phrase: str, reproduced: bool = False) -> None:
        where = f"paragraph {_and(labels)} of {doc}" if labels else doc
        if best is not None and best.exact:
            return
        better_elsewhere = other is not None and (
            other.exact or other.spelling or best is None or other.score >= best.score + 0.25
        )
        if better_elsewhere:
            it.paragraphs = [other.label]
            it.cited = self.lib.get(doc).hover([other.label])
            self.report(it, start, "R105", f"not in {where}; this is paragraph {other.label}"
                        + ("" if other.exact or other.spelling else f" ({other.diff()})"),
                        citation=phrase, resolution=doc, paragraph=_and(labels) or None, suggestion=other.label)
            return
        if best is None:
            self.report(it, start, "R106", f"not found in {where}", citation=phrase, resolution=doc,
                        paragraph=_and(labels) or None)
            return
        what = "reproduction of paragraph" if reproduced else "quotation of paragraph"
        if best.spelling:
            self.report(it, start, "R201", f"{what} {best.label} of {doc} differs in spelling or hyphenation: "
                        f"{best.diff()}", citation=phrase, resolution=doc, paragraph=best.label, suggestion=_original(best))
        else:
            self.report(it, start, "R104", f"{what} {best.label} of {doc} changes words: {best.diff()}",
                        citation=phrase, resolution=doc, paragraph=best.label,
                        suggestion=_original(best))

    # -- verbs
    def _verbs(self, quotations: list[tuple[int, int, str]]) -> None:
        quoted = _Spans((s, e) for s, e, _ in quotations)
        for a in self.anchors:
            if a.prepared is None or a.document_only and not _is_resolution(a.doc or ""):
                continue
            m = _verb_regex().search(self.text, a.end, min(len(self.text), a.end + 80))
            if not m or self._separated(a.end, m.start()) or "\n" in self.text[a.end : m.start()]:
                continue
            j = bisect_left(self.anchor_starts, a.end)  # another citation between: the verb is its
            if quoted.overlaps(a.end, m.start()) or j < len(self.anchors) and self.anchor_starts[j] < m.start():
                continue
            after = self.text[m.end() : m.end() + 150]
            hits = [h for h in scan_actors(after) if h.start <= 24 and _DETERMINERS.match(after[: h.start])]
            if hits:  # a name of the actor table ("Regional Commissions")
                self._check_verb(a, m, hits[0].name, m.end() + hits[0].end, known=True)
                continue
            phrase = _ACTOR_PHRASE.match(after)  # any other noun phrase ("participants"): checked if addressed
            if phrase:
                self._check_verb(a, m, phrase.group(1), m.end() + phrase.end(1), known=False)

    def _check_verb(self, a: _Anchor, m: re.Match, actor: str, end: int, known: bool) -> None:
        prepared = a.prepared
        said = _verb_name(m.group(0))
        labels = [lab for lab in a.labels if lab in prepared.paragraphs]
        if a.labels and not labels:
            return
        scope = set(lab for top in labels for lab in prepared.subtree(top)) if labels else None
        items = [x for x in prepared.mandates if scope is None or x.paragraph in scope]
        matches = [x.mandate for x in mandates_mod.lookup(items, actor=actor)
                   if x.mandate.kind == "mandate" and x.relation in ("direct", "member", "group")]
        if not matches:  # the actor as the paragraph writes it ("their subregional offices"), or its head
            k = actor_key(actor)
            matches = [x for x in items if x.kind == "mandate" and k
                       and (actor_key(x.actor_as_written) == k or x.actor_key.startswith(k + " "))]
        if not matches and not known:
            return  # not an actor the paragraph names: nothing to compare
        paras = sorted({x.paragraph for x in matches}, key=prepared.order.index)
        it = self.item("verb", m.start(), end, resolution=a.doc, paragraphs=labels, cited=prepared.hover(paras or labels))
        where = f"paragraph {_and(labels)} of {a.doc}" if labels else a.doc
        if not matches:
            self.report(it, m.start(), "R203", f"{where} does not address {actor}", citation=a.phrase,
                        resolution=a.doc, paragraph=_and(labels) or None)
            return
        if any(_same_verb(said, x.verb) for x in matches):
            return
        first = matches[0]
        self.report(it, m.start(), "R202",
                    f"{a.doc} {first.verb} {first.actor} (paragraph {_and(paras)}); the note says \"{m.group(0)}\"",
                    citation=a.phrase, resolution=a.doc, paragraph=_and(paras), suggestion=first.verb)


# ---------------------------------------------------------------- helpers


def _short(text: str, n: int = 60) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def _and(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _suggest(prepared: Prepared, label: str) -> str | None:
    parent = label.rpartition(" (")[0]
    if parent and parent in prepared.paragraphs:
        return parent
    return None


def _original(al: Alignment) -> str | None:
    """The paragraph's words where the quotation changes them (the first change that is not spelling only, else
    the first), as a suggestion."""
    changes = [c for c in al.changes if not c.spelling and c.original] or [c for c in al.changes if c.original]
    return " ".join(changes[0].original) if changes else None


def _verb_forms(name: str) -> list[str]:
    first, _, rest = name.partition(" ")
    stem = first[:-1] if first.endswith("s") else first
    past = stem + ("d" if stem.endswith("e") else "ed")
    return [" ".join(x for x in (f, rest) if x) for f in (first, past)]


_VERB_RE: list[re.Pattern] = []


def _verb_regex() -> re.Pattern:
    if not _VERB_RE:
        forms = sorted({f for name in mandates_mod.verbs().table for f in _verb_forms(name)}, key=len, reverse=True)
        _VERB_RE.append(re.compile(r"\b(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms) + r")\b",
                                   re.IGNORECASE))
    return _VERB_RE[0]


def _verb_name(written: str) -> str | None:
    low = re.sub(r"\s+", " ", written.lower())
    for name in mandates_mod.verbs().table:
        if low in _verb_forms(name):
            return name
    return None


def _same_verb(a: str | None, b: str | None) -> bool:
    """Same verb, or the same verb in other words ("calls on" / "calls upon": same force and class)."""
    if a is None or b is None:
        return False
    table = mandates_mod.verbs().table
    va, vb = table.get(a), table.get(b)
    return a == b or (va is not None and vb is not None and (va.force, va.cls) == (vb.force, vb.cls))


# ---------------------------------------------------------------- the stage


def check(note: Note, library: Library) -> Report:
    """Check one note against the resolutions of ``library``."""
    return _Checker(note, library).run()
