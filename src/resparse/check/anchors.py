"""Reading the note: where it names a resolution and which paragraphs (anchors), what it quotes (quotations), which
numbered lines reproduce a paragraph (reproductions). One pass over the note in its order, because "the same
resolution", "the resolution" and a bare "(b)" depend on what was named before; nothing is judged here.

Anchors, in the note's order:

- citations the project's one grammar finds (:func:`resparse.references.find`, run once over the whole note so that
  "the same resolution" follows the note): a resolution by symbol or number, its paragraphs; "this/the same
  resolution" and "operative/preambular paragraph N" are the resolution the note named last, and so is a paragraph
  with an anaphor beside it ("In paragraph 40 it decided", "The Assembly, in paragraph 5,", "paragraph 8 of that
  resolution"; "Ibid., para. 5" is the document named last: :meth:`_Reader._anaphor`); a paragraph cited with no
  word that ties it to a resolution ("paragraph 4 above") is the note's own (kind "own", kept apart);
- mentions, a resolution named in words (kind "mention"): "the resolution", "the said resolution", "the Assembly's
  October 2022 resolution", "its resolution of 6 April 2017" (a date picks the loaded resolution adopted then), or the
  title of a loaded resolution written out. A mention with a date or title makes that resolution the current one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from .. import data
from ..build import ADOPTED
from ..lex import hosted as hosted_resolution
from ..mandates.verbs import operative_forms
from ..model import Citation
from ..months import MONTH_NAMES, month_number
from ..note import Note
from ..references import OPERATIVE, find, is_resolution_symbol
from ..shapes import SUB_MARKER
from .align import words
from .library import Library, Prepared
from .report import Finding, Item, add_finding

# Context that ties a citation without a symbol to a resolution: "operative"/"preambular", PP, and an operative
# paragraph as the citation grammar reads one ("OP 31", "op 31", "Op. 31", "OPs 3 and 4": :data:`OPERATIVE`, the one
# definition; "op 31" and "Op 31" were the note's own paragraphs). (The citation itself is found by the grammar; this
# only classifies the phrase it found.)
_RESOLUTION_WORDING = re.compile(rf"(?i:\b(?:operative|preambular)\b)|\bPP\.?\s*\d|{OPERATIVE.pattern}")
_DATE = rf"(?:\d{{1,2}}\s+)?(?:{MONTH_NAMES})(?:\s+\d{{4}})?|\d{{4}}"
# A resolution named in words. ("this/the present/the same resolution" are in the citation grammar; "the
# resolution" is not a citation there, since in a resolution's own text it names some other resolution.)
_NAMED = re.compile(
    rf"""\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+
    (?:(?:General\s+)?Assembly['’]s\s+)?
    (?:(?P<date1>{_DATE})\s+)?
    (?:(?:said|above|above-mentioned|aforementioned)\s+)?
    resolution\b
    (?!\s*(?:\d|[A-Z]{{1,2}}/|['’]s\b|on\b|of\b(?!\s+(?:\d|{MONTH_NAMES}))))
    (?:\s+(?:of|adopted\s+(?:on|in))\s+(?P<date2>{_DATE})\b)?""",
    re.VERBOSE,
)
# A date beside a title the note writes out, to tell resolutions of one title apart (:meth:`_Reader._titled`): "The
# right to food of 17 December 2024", "..., adopted on 17 December 2024"; "its December 2024 resolution on ..."
_DATE_AFTER_TITLE = re.compile(rf"[\s,”\"’']*(?:\(|of\s+|adopted\s+(?:on|in)\s+)(?P<date>{_DATE})\b")
_DATE_BEFORE_TITLE = re.compile(rf"\b(?P<date>{_DATE})\s+resolution\s+(?:on|entitled)\s+[“\"‘']?$")
_NUMBER_MARKER = re.compile(r"^(\d{1,3})\.\s+(?=\S)")
# A paragraph cited without a resolution, tied to one by an anaphor (the citation is the grammar's; these only read
# the words beside it): "of that resolution", "of the said resolution" after it (the resolution named last);
# "Ibid., para. 5" (the document named last); "it" or "the (General) Assembly" as the subject of a verb of the
# Assembly after it ("In paragraph 5 it invited", "In paragraph 5, the Assembly decided") or before it ("The
# Assembly, in paragraph 5, ...": the General Assembly of the resolution named last, when no other document was
# named after it and it was named in the same sentence or the one before). Not "it is" or "it was" ("In paragraph 4
# it is proposed ..." is the note's own paragraph).
_OF_THAT_RESOLUTION = re.compile(
    r"\s*,?\s*of\s+(?:that|the\s+(?:said|above-?\s?mentioned|aforementioned|latter))\s+resolution\b", re.IGNORECASE)
_IBID = re.compile(r"\b[Ii]bid\.?,?\s*$")
_ASSEMBLY = r"(?:[Ii]t|[Tt]he\s+(?:General\s+)?Assembly)"
_ASSEMBLY_BEFORE = re.compile(rf"\b{_ASSEMBLY}(?:\s+(?:also|further|then|again))?\s*,?\s*(?:in|by)\s+(?:its\s+)?$")


@lru_cache(maxsize=1)
def _assembly_after() -> re.Pattern:
    """ "[,] it|the Assembly [adverbs] <verb>" right after a citation: a verb that opens an operative paragraph
    (data/opening_phrases.txt, [operative]) in the third person ("invites", "takes") or in the past, regular
    ("invited", "decided") -- any word in -ed."""
    sections = data.sections("opening_phrases.txt")
    adverbs = data.alternation(a.lower() for a in sections["adverbs"])
    third = {p.split()[0].lower() for p in sections["operative"]}
    verbs = data.alternation(third)
    return re.compile(rf"\s*,?\s*{_ASSEMBLY}\s+(?:(?:{adverbs})\s+)*(?:{verbs}|[a-z]+ed)\b")


_ITS_BEFORE = re.compile(r"\b[Ii]ts\s+$")
# A paragraph named again by an anaphor, with no number: "The same paragraph requests ESCAP and ECA “...”" (a
# new-user trial, 2026-12-04: the quotation, a wrong one of A/RES/78/317 annex 41, was neither checked nor counted),
# "that paragraph", "that same paragraph", "the said paragraph", a bare "Ibid." (one with a locator, "Ibid., para. 5",
# is a citation of the document named last: :data:`_IBID`). Each is the paragraph the note cited last
# (:meth:`_Reader._again`). So are "this paragraph", "the present paragraph" and a bare "the paragraph" (group
# ``near``: "Paragraph 22 (a) of resolution 71/280 ... This paragraph reads: “...”", were R006, the quotation not
# checked), but only right after the citation, in its sentence or the next: further on, "this paragraph" of a note
# may be its own, as it is where it says so ("the paragraph above", "this paragraph of the present note").
_SAME_PARAGRAPH = re.compile(
    r"\b(?:[Tt]he\s+(?:same|said|above-?\s?mentioned|aforementioned)|[Tt]hat(?:\s+same)?)\s+(?:sub-?)?paragraph\b"
    r"(?!\s*\(?\d)"
    r"|\b[Ii]bid\b\.?(?![,.]?\s*(?:paras?\b|paragraphs?\b|pp?\.|annex|\d))"
    r"|\b(?P<near>[Tt]his|[Tt]he(?:\s+present)?)\s+(?:sub-?)?paragraph\b(?!\s*\(?\d)"
    r"(?!\s+(?:above|below|(?:of|in)\s+(?:the|this)\s+(?:present\s+)?(?:note|document|report|paper)\b))")


@lru_cache(maxsize=1)
def _paragraph_subject() -> re.Pattern:
    """ "[,] [adverbs] <verb>" right after a paragraph cited as the subject of an operative verb ("Paragraph 14
    requests the Secretary-General", "Paragraphs 3 and 4 further request", "Paragraph 61 encouraged"): the verbs
    that open an operative paragraph (data/opening_phrases.txt, [operative]), as :func:`operative_forms` gives them. A
    note reports what a resolution's paragraph does in these words (the seed note: "paragraphs 22(a) and 23 ... the
    General Assembly: ... Requests"); its own paragraphs do not request or decide."""
    sections = data.sections("opening_phrases.txt")
    adverbs = data.alternation(a.lower() for a in sections["adverbs"])
    forms = {f for p in sections["operative"] for f in operative_forms(p.split()[0].lower())}
    return re.compile(rf"\s*,?\s*(?:(?:{adverbs})\s+)*(?:{data.alternation(forms)})\b")


def marker(text: str) -> tuple[str | None, str | None, int] | None:
    """The marker a numbered line of the note opens with, as (number, sub-paragraph marker, end): "22. Calls" ->
    ("22", None, 4); "(a) Requests" -> (None, "a", 4); None without one or without words after it. Sub-paragraph
    markers are the parser's (:data:`resparse.shapes.SUB_MARKER`): the one place in check/ that reads them."""
    m = _NUMBER_MARKER.match(text)
    if m:
        return m.group(1), None, m.end()
    m = SUB_MARKER.match(text)
    if m and text[m.end() :].strip() and m.end() > m.end(1) + 1:  # words after the marker and a space
        return None, m.group(1), m.end()
    return None


_OWN_NUMBER = re.compile(r"^(\d{1,3})\.\s")
# a quotation does not run over a blank line: pairing starts afresh in each paragraph of the note
_QUOTATION = re.compile(r"“((?:[^“”\n]|\n(?![ \t]*\n))*)”|\"((?:[^\"\n]|\n(?![ \t]*\n))*)\"")
_BOUNDARY = re.compile(r"[.!?;:][\"”’)]*(?:\s*\n|\s+(?=[A-Z\"“(]))|\n\s*\n")
_TITLE_GAP = re.compile(r"^[\s,]*(?:(?:entitled|titled|on)\s*)?$", re.IGNORECASE)
_ENTITLED = re.compile(r"\b(?:entitled|titled)\b", re.IGNORECASE)
# "The title of resolution 78/218 is “…”": the quotation is the title as "entitled" makes it (a fresh-user trial,
# 2026-12-03: it was compared with the resolution's paragraphs, R104 on PP2): "title of" right before the
# citation, a verb of being or reading between it and the quotation
_TITLE_OF = re.compile(r"\btitle\s+of\s+(?:(?:the|its|General\s+Assembly|resolution)\s+)*$", re.IGNORECASE)
_TITLE_IS = re.compile(r"^[\s,]*(?:is|was|reads|read|remains)\s*:?\s*$", re.IGNORECASE)
# between a citation and the block of reproduced paragraphs it introduces: the rest of its sentence, ending in a colon
_INTRODUCES = re.compile(r"[^\n]{0,200}:[ \t]*\n\s*$")
_SOURCE_AFTER = re.compile(r"^[\s,;]*\(?\s*(?:see\s+|cf\.\s+)?$", re.IGNORECASE)
# the gap between a paragraph cited and its document restated in brackets: "paragraph 66 of the Pact for the Future
# (resolution 79/1)" (the quotation after it is the paragraph's: :meth:`Reading.source_of`)
_RESTATED = re.compile(r"\s*[(\[]\s*")
_NEAR = 250  # characters between a quotation or a verb and the citation it belongs to, at most


is_resolution = is_resolution_symbol  # the name check/ knows it by


@dataclass
class Anchor:
    """A place where the note names a resolution (and paragraphs of it)."""

    start: int
    end: int
    phrase: str
    doc: str | None  # symbol; None when no resolution can be named
    written: list[str]  # cited paragraph labels as the note writes them; [] for the resolution as a whole
    prepared: Prepared | None  # when the resolution is loaded
    document_only: bool  # a symbol or "resolution N" without a paragraph (may carry a title)
    kind: str = "citation"  # "citation" | "mention" (named in words) | "own" (the note's own paragraph) |
    # "unclear" (a paragraph of a resolution, but of which one the note does not make clear) | "again" (the
    # paragraph cited last, named again: "the same paragraph", "ibid.")
    same: bool = False  # named as the resolution named before ("the same resolution", "OP 3")
    candidate: str | None = None  # the document the note named last, for an "own" or "unclear" anchor
    labels: list[str] = field(default_factory=list)  # the loaded resolution's labels for ``written`` (a section
    # named whole gives each of its paragraphs, :meth:`Prepared.cited`)
    titled: tuple[str, ...] = ()  # no ``doc`` because the note named a title of these loaded resolutions last
    of: Anchor | None = None  # kind "again" ("the same paragraph", "ibid."): the citation it names again

    def __post_init__(self):
        if not self.labels:
            # a section named whole is each of its paragraphs ("section IV": IV.1 to IV.4)
            self.labels = [lab for w in self.written for lab in self.cited(w)]

    def cited(self, written: str) -> list[str]:
        """The loaded resolution's labels a label as written names (:meth:`.library.Prepared.cited`; for a phrase
        that says "operative paragraph", "OP" or "op.", :meth:`.library.Prepared.cited_operative`: the body's own
        paragraph, never an annex's); the label itself when no resolution is loaded."""
        if self.prepared is None:
            return [written]
        # "operative paragraph 1", "OP1", "OP 23 (b)", "op. 31", "op 31", "OPs 3 and 4" (:data:`references.OPERATIVE`,
        # as the citation grammar reads them; "op 31" and "Op 31" were a bare "paragraph 31", an annex's where the
        # body has none of that number)
        if OPERATIVE.search(self.phrase):
            return self.prepared.cited_operative(written)
        return self.prepared.cited(written)


@dataclass
class Quotation:
    start: int
    end: int
    inner: str  # the quoted words, without the quotation marks


@dataclass
class Reproduction:
    line_index: int
    start: int
    end: int
    label: str | None
    marker: str
    prepared: Prepared | None
    doc: str | None
    forced: bool  # set off from the text (indented, quoted): a reproduction whatever its words
    under: Anchor | None = None  # the citation whose sentence introduces the block the line is in ("under the
    # terms of operative paragraphs 22(a) and 23 of this resolution, the General Assembly:", then "22. Calls upon")


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


@dataclass
class Reading:
    """The note as read: its text, anchors, quotations and reproductions, with positions back to the file."""

    note: Note
    library: Library
    anchors: list[Anchor] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    reproductions: list[Reproduction] = field(default_factory=list)
    own: list[Anchor] = field(default_factory=list)  # paragraphs cited with nothing that ties them to a resolution
    # (and those of kind "unclear")
    own_numbers: set[str] = field(default_factory=set)  # the note's own paragraph numbers ("4." at a line start)

    def __post_init__(self):
        self.text = self.note.text
        self.loc = self.note.locator()
        self.line_starts: list[int] = []
        pos = 0
        for line in self.note.lines:
            self.line_starts.append(pos)
            pos += len(line.text) + 1

    # -- positions, items, findings
    def pos(self, offset: int) -> tuple[int, int]:
        return self.loc.source_pos(offset)

    def item(self, kind: str, start: int, end: int, **kw) -> Item:
        """A thing checked, spanning note characters [start, end)."""
        a = self.pos(start)
        b = self.pos(max(start, end - 1))
        return Item(kind, a[0], a[1], b[0], b[1] + 1, self.text[start:end], **kw)

    def finding(self, item: Item, start: int, code: str, message: str, **kw) -> Finding:
        line, col = self.pos(start)
        f = add_finding(item, line, col, code, message, **kw)
        f.eid = self.eids(f.resolution, f.paragraph)
        f.suggestion_eid = self.eids(f.resolution, f.suggestion)
        return f

    def eids(self, symbol: str | None, labels: str | None) -> str | None:
        """The eIds of the paragraphs ``labels`` names in the loaded resolution ``symbol`` (labels as a finding gives
        them, comma-separated, as cited: "42 (f)" of 79/1 is "adopted__para_42__subpara_f"; "A/RES/78/1 annex 38 (a)"
        names its resolution first), comma-separated; None when it names none there (a title, a missing paragraph)."""
        if not labels:
            return None
        named = _named_paragraphs(labels)
        if named is not None:
            # in citation style, as a suggestion names them ("paragraph 57 of annex I", "paragraph PP12 of
            # A/RES/79/181": :func:`.text.suggested`), read by the citation grammar
            pairs = [(doc or symbol, label) for doc, label in named]
        else:
            head, _, rest = labels.partition(" ")
            if head in self.library.by_symbol and rest:
                symbol, labels = head, rest
            pairs = [(symbol, w) for w in re.split(r",\s*|\s+and\s+", labels)]
        found = [prepared.paragraphs[lab].id for doc, w in pairs if (prepared := self.library.get(doc)) is not None
                 for lab in prepared.cited(w) if lab in prepared.paragraphs]
        return ", ".join(dict.fromkeys(found)) or None

    def under(self, anchor: Anchor | None) -> tuple[int, int] | None:
        """Where the citation ``anchor`` starts, (line, col) as its item has it (:attr:`.report.Item.under`: a
        quotation, reproduction or verb statement checked against its paragraphs); None for no anchor or one
        that is no citation (a resolution named in words)."""
        if anchor is not None and anchor.of is not None:
            anchor = anchor.of  # "the same paragraph": the citation it names again
        return self.pos(anchor.start) if anchor is not None and anchor.kind == "citation" else None

    # -- what belongs to what
    def separated(self, a: int, b: int) -> bool:
        """Are note characters a (an anchor's end) and b (a quotation or verb) in different sentences, or too far?"""
        return a > b or b - a > _NEAR or bool(_BOUNDARY.search(self.text, a, b))

    def source_of(self, start: int, end: int) -> tuple[Anchor | None, bool]:
        """The anchor a quotation belongs to, and whether the quotation is that document's title (right after a
        symbol or "entitled")."""
        i = bisect_right(self.anchor_ends, start) - 1  # the last anchor before (the nearest; earlier ones are
        if i >= 0 and not self.separated(self.anchors[i].end, start):  # further, past the same boundaries)
            a = self.anchors[i]
            if a.kind == "mention" and i > 0:
                # "In its paragraph 23, the resolution calls upon ... “...”": the paragraph's, not the resolution's
                b = self.anchors[i - 1]
                if b.kind == "citation" and b.labels and b.doc == a.doc and not self.separated(b.end, start):
                    a = b
            elif a.document_only and i > 0 and _RESTATED.fullmatch(self.text, self.anchors[i - 1].end, a.start):
                # "In paragraph 66 of the Pact for the Future (resolution 79/1), leaders agreed that “...”": the
                # bracketed symbol restates the document of the paragraph cited just before; the quotation is the
                # paragraph's (was checked against the whole resolution: no finding for a quotation of 67 (g))
                b = self.anchors[i - 1]
                if b.kind == "citation" and b.labels and b.doc == a.doc:
                    a = b
            gap = self.text[a.end : start]
            return a, a.document_only and bool(_TITLE_GAP.match(gap) or self._title_of(a, gap))
        j = bisect_right(self.anchor_starts, end - 1)
        if j < len(self.anchors) and _SOURCE_AFTER.match(self.text[end : self.anchors[j].start]):
            a = self.anchors[j]
            return a, a.document_only and self.text[end : a.start].strip() in ("(", "")
        return None, False

    def entitled(self, anchor: Anchor, start: int) -> bool:
        """Does "entitled"/"titled" stand between an anchor and a quotation after it, or is the quotation what
        "the title of <anchor> is" gives?"""
        return bool(_ENTITLED.search(self.text, anchor.end, start)) or self._title_of(anchor, self.text[anchor.end : start])

    def _title_of(self, anchor: Anchor, gap: str) -> bool:
        """"The title of resolution 78/218 is" before a quotation: "title of" right before the anchor, "is",
        "was", "reads" between it and the quotation."""
        return bool(_TITLE_IS.match(gap) and _TITLE_OF.search(self.text, max(0, anchor.start - 60), anchor.start))

    @property
    def anchor_starts(self) -> list[int]:
        return self._starts

    @property
    def anchor_ends(self) -> list[int]:
        return self._ends

    def _index(self) -> None:
        self._starts = [a.start for a in self.anchors]
        self._ends = [a.end for a in self.anchors]  # anchors are in text order: both lists ascend


def read(note: Note, library: Library) -> Reading:
    """Read a note against a library: anchors, quotations and reproductions in the note's order."""
    return _Reader(note, library).run()


class _Reader:
    def __init__(self, note: Note, library: Library):
        self.r = Reading(note, library)
        self.lib = library
        self.text = note.text
        # a resolution the note holds as one of its annexes (``lex.hosted``: the UNECE note 2017/28 with A/RES/71/280
        # as its "ANNEX I") is the cited document itself, appended: what it cites, quotes and numbers is its own
        # text, no claim of the note (its footnotes "Resolution 70/1." were 8 R001 findings); the lines are skipped
        hosted = hosted_resolution([line.text for line in note.lines])
        self.hosted = range(*hosted) if hosted else range(0)
        self.r.own_numbers = {m.group(1) for li, line in enumerate(note.lines)
                              if li not in self.hosted and (m := _OWN_NUMBER.match(line.text))}
        self.current: str | None = None  # the resolution the note named last
        self.last_doc: str | None = None  # the document (a resolution or any other) the note named last
        self.last_named = 0  # where the note last named ``current`` (the end of that anchor)
        self.own_current: list[str | None] = []  # for each of the note's own paragraphs, the resolution named before
        self.named: set[str] = set()  # the resolutions the note has named so far
        self.titled: tuple[str, ...] = ()  # the resolutions of a title the note named last without saying which

    def run(self) -> Reading:
        r = self.r
        citations = find(self.text)
        events: list[tuple[int, object]] = [(c.start, c) for c in citations]
        events += [(m.start(), m) for m in _NAMED.finditer(self.text)]
        events += self._titles()
        events += [(m.start(), ("again", m)) for m in _SAME_PARAGRAPH.finditer(self.text)]
        events.sort(key=lambda e: e[0])
        # citations inside a quotation or a reproduced paragraph are the quoted text's, not the note's
        quoted = _Spans((m.start(), m.end()) for m in _QUOTATION.finditer(self.text))
        reproduced = _Spans()
        if self.hosted:
            starts = r.line_starts + [len(self.text) + 1]
            annexed = (starts[self.hosted.start], starts[self.hosted.stop] - 1)
        ei = 0
        block_parent: str | None = None  # the top-level label of the reproduction block being read
        block_last: str | None = None
        previous_text = ""
        for li, line in enumerate(r.note.lines):
            start = r.line_starts[li]
            end = start + len(line.text)
            if li == self.hosted.start and self.hosted:  # the annexed resolution: read as a quotation
                reproduced.add(*annexed)
            if li in self.hosted:
                block_parent = block_last = None
                while ei < len(events) and events[ei][0] < end + 1:
                    ei += 1
                continue
            rep = self._reproduction(li, line, previous_text, block_parent, block_last)
            if rep is None and r.reproductions and self._continues(li, line):
                r.reproductions[-1].end = end
                reproduced.add(start, end)
                while ei < len(events) and events[ei][0] < end:
                    ei += 1
                continue
            if rep is not None:
                rep.under = self._introduced_by(start) if block_parent is None else r.reproductions[-1].under
                r.reproductions.append(rep)
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
                elif isinstance(ev, tuple) and ev[0] == "again":
                    self._again(ev[1])
                else:
                    self._mention(ev)
        for m in _QUOTATION.finditer(self.text):
            inner = m.group(1) if m.group(1) is not None else m.group(2)
            if m.start() not in reproduced and len(words(inner)) >= 3:
                r.quotations.append(Quotation(m.start(), m.end(), inner))
        self._quoted_own()
        r._index()
        return r

    def _quoted_own(self) -> None:
        """ "Paragraph 23 reads: “...”" after the note has named a loaded resolution: a paragraph cited with no word
        that ties it to a resolution and no "above"/"below" (which point into the note), followed by a quotation in
        the same sentence, is a paragraph of the resolution named last -- the quotation is then compared with it,
        and one that is another paragraph's is R105 -- not the note's own.

        A locator that reports the words of a paragraph the sentence cites before it is neither ("Resolution 79/121,
        paras. 42–43, asks that chapter II be circulated": paragraph 42 says "chapter II of its report", the
        Commission's): it is dropped, as a quotation's citations are (:meth:`_reported`)."""
        r = self.r
        keep: list[Anchor] = []
        kept_current: list[str | None] = []
        for a, doc in zip(r.own, self.own_current):
            if self._reported(a):
                continue
            keep.append(a)
            kept_current.append(doc)
        r.own, self.own_current = keep, kept_current
        keep = []
        for a, doc in zip(r.own, self.own_current):
            prepared = self.lib.get(doc)
            quoted = any(q.start >= a.end and not r.separated(a.end, q.start) for q in r.quotations)
            if prepared is None or not quoted:
                keep.append(a)
                continue
            r.anchors.append(Anchor(a.start, a.end, a.phrase, doc, a.written, prepared, False, same=True))
        if len(keep) < len(r.own):
            r.own = keep
            r.anchors.sort(key=lambda a: a.start)

    def _reported(self, own: Anchor) -> bool:
        """Is ``own`` (a locator the note does not tie to a resolution) in what a paragraph says, as the note reports
        it: a citation of paragraphs of a loaded resolution stands before it in the same sentence, and either an
        operative verb stands between the two ("Paragraph 42 of resolution 79/121 requests the Secretariat to
        circulate chapter II ...": the verb of the paragraph's content, :func:`.verbs.operative_verb`) or the text
        of a cited paragraph (or of its sub-paragraphs) holds the locator as written, case and spaces aside
        ("Resolution 79/121, paras. 42–43, asks that chapter II be circulated": 42 says "chapter II of its
        report")?"""
        from .verbs import operative_verb  # verbs reads anchors: imported here, not at the top

        phrase = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, own.phrase.split())) + r"(?!\w)", re.IGNORECASE)
        for a in reversed(self.r.anchors):
            if a.end > own.start:
                continue
            if self.r.separated(a.end, own.start):
                break
            if a.kind != "citation" or a.prepared is None or not a.labels:
                continue
            if operative_verb(self.text, a.end, own.start) is not None:
                return True
            texts = (a.prepared.paragraphs[lab].text for top in a.labels if top in a.prepared.paragraphs
                     for lab in a.prepared.subtree(top))
            if any(phrase.search(t) for t in texts):
                return True
        return False

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
            if not by_doc and c.document_name and _annexed_kind(c.document_name):
                # "paragraph 43 (b) of the Doha Political Declaration": the text of a loaded resolution by its name
                self._named_text(c)
                return
            if not by_doc and c.relative is None and _OF_THAT_RESOLUTION.search(c.phrase):
                # "paragraph 8 of the said resolution": the grammar reads a document named in words, with no symbol
                self._cite(c, self.current, list(dict.fromkeys(t.label for t in c.targets if t.label)), same=True)
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
        if c.relative is None and labels and not c.direction and (tied := self._anaphor(c)):
            self._cite(c, tied[0], labels, same=True)
            return
        if c.relative is None and labels and not c.direction and (subject := self._subject(c, labels)):
            if subject[0] == "unclear":  # kept with the note's own: a quotation after it still ties it (_quoted_own)
                self.r.own.append(Anchor(c.start, c.end, c.phrase, None, labels, None, False, kind="unclear",
                                         candidate=self.last_doc))
                self.own_current.append(self.current)
            else:
                self._cite(c, subject[1], labels, same=True)
            return
        if c.relative is None and labels and not any(lab.startswith("annex") for lab in labels):
            # the note's own paragraph ("paragraph 4 above")
            doc = None if c.direction else self.current  # "paragraph 4 above" is the note's
            self.r.own.append(Anchor(c.start, c.end, c.phrase, None, labels, None, False, kind="own",
                                     candidate=doc and self.last_doc))
            self.own_current.append(doc)

    def _anaphor(self, c: Citation) -> tuple[str | None] | None:
        """The document a paragraph cited without one is tied to by an anaphor beside it (:data:`_OF_THAT_RESOLUTION`,
        :data:`_IBID`, :data:`_ASSEMBLY_BEFORE`, :func:`_assembly_after`), as a 1-tuple (its symbol, None when the note
        has named none: then R204, as for "this resolution"); None when nothing beside it is such an anaphor, or "it"
        or "the Assembly" follows another document named after the last resolution (whose "it" is unclear)."""
        text = self.text
        if _OF_THAT_RESOLUTION.match(text, c.end):
            return (self.current,)
        if _IBID.search(text, max(0, c.start - 12), c.start):
            return (self.last_doc,)
        if _assembly_after().match(text, c.end) or _ASSEMBLY_BEFORE.search(text, max(0, c.start - 40), c.start):
            if self.last_doc not in (None, self.current):
                return None
            if self.current is not None and _sentences_between(text, self.last_named, c.start) > 1:
                return None  # a pronoun's resolution is named in its sentence or the one before
            return (self.current,)
        return None

    def _subject(self, c: Citation, labels: list[str]) -> tuple[str, str | None] | None:
        """A paragraph cited as the subject of an operative verb ("Paragraph 14 requests ...",
        :func:`_paragraph_subject`) or as "its paragraph 5": ("tied", symbol) of the resolution the note named last
        when it named it in this sentence or the one before (a chain of such sentences keeps it named), or when it
        is the only resolution the note has named (the note's subject); ("tied", None) when the note has named no
        resolution (then R204); ("unclear", None) when other resolutions or documents were named and the last
        resolution is further back (then R004, an info: never a silent pass), for a paragraph followed by a verb. None
        when neither stands beside it, or the note has named no resolution and has a paragraph of that number of its
        own, or "its paragraph 5" (no verb) is unclear."""
        text = self.text
        verb = _paragraph_subject().match(text, c.end)
        if not (verb or _ITS_BEFORE.search(text, max(0, c.start - 8), c.start)):
            return None
        if self.current is None:
            if any(lab.split(" (")[0] in self.r.own_numbers for lab in labels):
                return None
            return ("tied", None)
        if self.last_doc in (None, self.current) and (
                len(self.named) == 1 or _sentences_between(text, self.last_named, c.start) <= 1):
            return ("tied", self.current)
        # another document named after the resolution, or the resolution named further back: "its paragraph 5"
        # without a verb is read as the note's own paragraph is (a quotation after it ties it, _quoted_own)
        return ("unclear", None) if verb else None

    def _named_text(self, c: Citation) -> None:
        """A paragraph of a text cited by its name ("paragraph 43 (b) of the Doha Political Declaration"): checked
        against the loaded resolution that holds a text of that name -- an annex whose title opens with the name
        (A/RES/80/5 adopts "the Doha Political Declaration of the “World Social Summit” ..., as contained in the
        annex"), or a text adopted in the body of a resolution so titled (A/RES/79/1, "Pact for the Future") --, the
        current resolution first when several hold one; a citation of kind "named" (R005, an info: not checked)
        when none does."""
        labels = list(dict.fromkeys(t.label for t in c.targets if t.label))
        key = _name_key(c.document_name)
        hits: list[tuple[str, str]] = []  # (symbol, the label prefix of its paragraphs)
        for symbol, prepared in self.lib.by_symbol.items():
            named = [(a.name, a.title) for a in prepared.res.annexes if a.name != ADOPTED and a.title]
            if prepared.res.title and any(lab.startswith(ADOPTED + " ") for lab in prepared.paragraphs):
                named.append((ADOPTED, prepared.res.title))
            hits += [(symbol, name) for name, title in named if _opens_with(_name_key(title), key)][:1]
        hits.sort(key=lambda h: h[0] != self.current)
        if not hits or not labels:
            self.r.anchors.append(Anchor(c.start, c.end, c.phrase, None, labels, None, False, kind="named",
                                         candidate=c.document_name))
            return
        symbol, name = hits[0]
        self._cite(c, symbol, [f"{name} {lab}" for lab in labels], same=True)

    def _cite(self, c: Citation, doc: str | None, labels: list[str], same: bool = False) -> None:
        prepared = self.lib.get(doc)
        document_only = not labels and c.kind == "external" and not same
        self.r.anchors.append(Anchor(c.start, c.end, c.phrase, doc, labels, prepared, document_only, same=same,
                                     titled=self.titled if doc is None else ()))
        if doc is not None and not same:
            self.last_doc = doc
            if prepared is not None or is_resolution(doc):
                self.current = doc
                self.named.add(doc)
                self.titled = ()
        if doc is not None and doc == self.current:
            self.last_named = c.end

    # -- a resolution named in words
    def _titles(self) -> list[tuple[int, tuple[int, int, tuple[str, ...]]]]:
        """Where the note writes out the title of a loaded resolution (three words or more): (start, (start, end,
        symbols)), the symbols of every loaded resolution of that title, in symbol order (a title the Assembly gives
        each year, "The right to food" of 78/198, 79/171 and 80/210, names them all: :meth:`_titled` picks one)."""
        low = self.text.lower()
        found: dict[tuple[int, int], list[str]] = {}
        for symbol, prepared in self.lib.by_symbol.items():
            title = re.sub(r"\s+", " ", (prepared.res.title or "").strip().lower())
            if len(title.split()) < 3:
                continue
            i = low.find(title)
            while i >= 0:
                found.setdefault((i, i + len(title)), []).append(symbol)
                i = low.find(title, i + len(title))
        return [(i, (i, j, tuple(sorted(symbols)))) for (i, j), symbols in found.items()]

    def _titled(self, start: int, end: int, symbols: tuple[str, ...]) -> str | None:
        """Which of the loaded resolutions of one title the note names at [start, end): the only one; else the one
        the note named last, when it is of that title ("resolution 79/171 on the right to food"); else the one
        whose adoption date a date beside the title gives ("the right to food of December 2024", "its December
        2024 resolution on the right to food", as :meth:`_adopted` reads a date); else None (the note does not say
        which: no paragraph is checked against a guess, and the order the files were given in decides nothing)."""
        if len(symbols) == 1:
            return symbols[0]
        if self.current in symbols:
            return self.current
        m = _DATE_AFTER_TITLE.match(self.text, end) or _DATE_BEFORE_TITLE.search(self.text, max(0, start - 80), start)
        if m:
            want = _date_parts(m.group("date"))
            hits = [s for s in symbols if _agrees(want, _date_parts(self.lib.by_symbol[s].res.date or ""))]
            if len(hits) == 1:
                return hits[0]
        return None

    def _mention(self, ev) -> None:
        anchors = self.r.anchors
        start = ev.start() if isinstance(ev, re.Match) else ev[0]
        if anchors and anchors[-1].start <= start < anchors[-1].end:
            return  # "paragraph 21 of the resolution": part of the citation
        if isinstance(ev, re.Match):
            end, phrase = ev.end(), ev.group(0)
            date = ev.group("date1") or ev.group("date2")
            doc = self._adopted(date) if date else self.current
        else:
            end = ev[1]
            doc = self._titled(start, end, ev[2])
            phrase = self.text[start:end]
            date = "title"
            if doc is None:  # a title of several loaded resolutions, the note not saying which: none is current
                self.current, self.titled = None, ev[2]
        if date and doc is not None:
            self.current = self.last_doc = doc
            self.named.add(doc)
            self.titled = ()
        if doc is not None and doc == self.current:
            self.last_named = end
        anchors.append(Anchor(start, end, phrase, doc, [], self.lib.get(doc), False, kind="mention"))

    def _again(self, m: re.Match) -> None:
        """ "The same paragraph", "that paragraph", "ibid.", "this paragraph" (:data:`_SAME_PARAGRAPH`; "this
        paragraph", "the present paragraph" and "the paragraph" only in the citation's sentence or the next): the
        paragraphs the note cited last, named again -- an anchor of kind "again" with that citation's resolution and
        labels, so that a quotation or a verb in its sentence is checked against them (A/RES/78/317 annex 41: "In
        paragraph 41 of the annex to resolution 78/317, Member States call upon ... The same paragraph requests ESCAP
        and ECA “...”").
        None is made when the note cited no paragraph, or named another document or a paragraph of its own after it
        (whose paragraph would it be?): a quotation then is reported as not checked (R006)."""
        for a in reversed(self.r.anchors):
            if a.start >= m.start():
                continue
            if a.kind == "again":
                a = a.of
            if a.kind == "mention" and a.doc is not None:
                continue  # "the resolution" between: the same document is checked below
            if a.kind != "citation" or not a.labels or a.doc is None:
                return
            if self.last_doc not in (None, a.doc):
                return
            if m.group("near") and _sentences_between(self.text, a.end, m.start()) > 1:
                return  # "this paragraph" two sentences on: the note's own, maybe
            if any(a.end <= own.start < m.start() for own in self.r.own):
                return  # "paragraph 4 above" between: the note's own paragraph may be the one meant
            self.r.anchors.append(Anchor(m.start(), m.end(), m.group(0), a.doc, list(a.written), a.prepared, False,
                                         kind="again", same=True, labels=list(a.labels), of=a))
            return

    def _adopted(self, date: str) -> str | None:
        """The loaded resolution adopted on a date as the note gives it ("October 2022", "6 April 2017", "2017"):
        the one whose date agrees, preferring the current one; None when none or several agree."""
        want = _date_parts(date)
        hits = [s for s, p in self.lib.by_symbol.items() if _agrees(want, _date_parts(p.res.date or ""))]
        if self.current in hits:
            return self.current
        return hits[0] if len(hits) == 1 else None

    # -- reproduced paragraphs
    def _reproduction(self, li: int, line, previous: str, parent: str | None, last: str | None) -> Reproduction | None:
        m = marker(line.text)
        if not m:
            return None
        number, mark, body_start = m
        prepared = self.lib.get(self.current)
        if number:
            label = number
        else:
            top = parent or self._single_cited_top()
            if top is None:
                return None
            label = f"{top} ({mark})"
            if last and last != top and prepared and f"{last} ({mark})" in prepared.paragraphs:
                label = f"{last} ({mark})"  # (i) under (a)
        start = self.r.line_starts[li]
        rep = Reproduction(li, start + body_start, start + len(line.text), label, line.text[:body_start].strip(), prepared,
                           self.current, line.indented)
        if prepared is None:
            return rep if line.indented and self.current else None
        body = line.text[body_start:]
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

    def _introduced_by(self, line_start: int) -> Anchor | None:
        """The citation that introduces a block of reproduced paragraphs starting at note character ``line_start``:
        the last anchor, a citation of paragraphs, whose sentence runs on to a colon that ends the line before the
        block ("In particular, under the terms of operative paragraphs 22(a) and 23 of this resolution, the General
        Assembly:", the seed note 2017/28); None when another sentence, or no colon, stands between."""
        anchors = self.r.anchors
        if not anchors or anchors[-1].kind != "citation" or not anchors[-1].labels:
            return None
        a = anchors[-1]
        gap = self.text[a.end : line_start]
        return a if _INTRODUCES.match(gap) and not _BOUNDARY.search(gap.rstrip().rstrip(":")) else None

    def _single_cited_top(self) -> str | None:
        anchors = self.r.anchors
        if anchors and anchors[-1].labels and len({lab.split(" (")[0] for lab in anchors[-1].labels}) == 1:
            return anchors[-1].labels[0].split(" (")[0]
        return None

    def _continues(self, li: int, line) -> bool:
        """A line without a number that continues the reproduction above it (set off like it, or a wrapped line)."""
        last = self.r.reproductions[-1]
        if last.line_index != li - 1 or not line.text.strip() or marker(line.text):
            return False
        prev = self.r.note.lines[li - 1].text.rstrip()
        return (line.indented and last.forced) or (not line.indented and prev[-1:] not in ".;:")


# what may stand between the citations of a list of paragraphs named in citation style, and before the first ("paragraph
# PP12 of A/RES/79/181": the grammar's citation is "PP12 of A/RES/79/181")
_BETWEEN_NAMED = re.compile(r"(?:\s|,|\band\b|\bparagraphs?\b)*")


def _named_paragraphs(text: str) -> list[tuple[str | None, str]] | None:
    """The (document, label) pairs of a text that is paragraphs named in citation style and nothing else, as the
    citation grammar reads them (:func:`resparse.references.find`): "paragraph 57 of annex I" -> [(None, "annex I
    57")], "paragraph 38 (a) of the annex to A/RES/78/1" -> [("A/RES/78/1", "annex 38 (a)")]; None for any other
    text (labels as they are, "22 (a)", "annex I 57"; a suggestion of words)."""
    found, pos = [], 0
    for c in find(text):
        if not _BETWEEN_NAMED.fullmatch(text, pos, c.start):
            return None
        found += [(t.document, t.label) for t in c.targets if t.label]
        pos = c.end
    return found if found and _BETWEEN_NAMED.fullmatch(text, pos) else None


def _annexed_kind(name: str) -> bool:
    """Does a document's name end with a kind of text a resolution annexes or adopts (data/annexed_texts.txt:
    "declaration", "programme of action", "compact", "principles" ...) or hold one before "of" ("the Doha Political
    Declaration", "the Copenhagen Declaration and Programme of Action", "the Declaration on Future Generations")?"""
    sections = data.sections("annexed_texts.txt")
    kinds = data.alternation(k for sec in sections.values() for k in sec)
    return bool(re.search(rf"\b(?:{kinds})s?\b(?:\s*$|\s+(?:of|on|for|and)\b)", name, re.IGNORECASE))


def _name_key(name: str) -> list[str]:
    """A name's words, lower case, without a leading "the" and without quotation marks."""
    ws = re.findall(r"[\w-]+", name.lower())
    return ws[1:] if ws[:1] == ["the"] else ws


def _opens_with(title: list[str], name: list[str]) -> bool:
    return bool(name) and title[: len(name)] == name


def _sentences_between(text: str, a: int, b: int) -> int:
    """How many sentence ends (:data:`_BOUNDARY`) stand between note characters a and b (counted up to 2)."""
    n = 0
    for _ in _BOUNDARY.finditer(text, a, b):
        n += 1
        if n > 1:
            break
    return n


def _date_parts(text: str) -> tuple[int | None, int | None, int | None]:
    """(day, month, year) of "6 April 2017", "October 2022", "2022"; None for a part not given."""
    day = month = year = None
    for tok in text.replace(",", " ").split():
        if month_number(tok) is not None:
            month = month_number(tok)
        elif tok.isdigit() and len(tok) == 4:
            year = int(tok)
        elif tok.isdigit():
            day = int(tok)
    return day, month, year


def _agrees(want: tuple, have: tuple) -> bool:
    return any(w is not None for w in want) and all(w is None or w == h for w, h in zip(want, have))
