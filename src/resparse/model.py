"""The model: plain dataclasses for a parsed resolution. ``to_dict()`` is what ``--json`` prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

from .clip import clip


@dataclass
class Span:
    """A range in the user's file: 1-based lines and columns, end column exclusive.

    For a PDF the lines are those of the text read from it (:mod:`resparse.sources.pdf`), and ``page`` and
    ``page_line`` (1-based, lines counted from the top of the page) say where the range starts in the PDF itself."""

    line: int
    column: int
    end_line: int
    end_column: int
    page: int | None = None
    page_line: int | None = None

    def to_dict(self) -> dict:
        d = {"line": self.line, "column": self.column, "end_line": self.end_line, "end_column": self.end_column}
        if self.page is not None:
            d["page"], d["page_line"] = self.page, self.page_line
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Span":
        return cls(d["line"], d["column"], d["end_line"], d["end_column"], d.get("page"), d.get("page_line"))


@dataclass
class Paragraph:
    id: str  # Akoma Ntoso eId, e.g. "para_22__subpara_a"
    label: str  # UN citation style: "PP1", "22", "22 (a)", "15 (a) (ii)", "annex 49"
    kind: str  # "preambular" | "operative" | "annex" | "subparagraph"
    number: str  # "22", "a", "ii", "1" ("" for unnumbered paragraphs)
    text: str  # full text with the opening phrase, without number, footnote markers or markup
    span: Span
    opening: str | None = None  # "Recalling also", "Calls upon", "Takes note" ...
    footnotes: list[str] = field(default_factory=list)
    children: list["Paragraph"] = field(default_factory=list)
    annex: str | None = None  # "annex", "annex II" for annex paragraphs and their sub-paragraphs
    # (start, end) in ``text`` of footnote markers the source marked (a PDF's raised digits): the footnotes stage
    # takes them out; not part of to_dict()
    sure_markers: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)
    markers: list[tuple[int, str]] = field(default_factory=list)  # (offset in text, footnote number) per marker
    # the lines of ``text`` (its parts between line breaks, 0 the first) that quote another text after an amending
    # instruction, as (first, end) ranges: "Amend paragraph 8 to read:" then "Independent panel" and "8. The
    # Secretary-General ..." (A/RES/79/144 annex U1: [(1, 3)]); the quoted text's numbers stay as written
    quoted: list[tuple[int, int]] = field(default_factory=list)

    def walk(self) -> Iterator["Paragraph"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def quoted_spans(self) -> list[tuple[int, int]]:
        """The (start, end) character offsets in ``text`` of its quoted lines (:attr:`quoted`), each range from the
        first character of its first line to the end of its last."""
        if not self.quoted:
            return []
        starts = [0]
        for k, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(k + 1)
        starts.append(len(self.text) + 1)
        return [(starts[a], starts[min(b, len(starts) - 1)] - 1) for a, b in self.quoted if a < len(starts) - 1]

    def own_text(self) -> str:
        """``text`` without its quoted lines (:attr:`quoted`): the words of this resolution only ("Amend paragraph 8
        to read:"). The text itself where nothing is quoted."""
        if not self.quoted:
            return self.text
        lines = self.text.split("\n")
        gone = {k for a, b in self.quoted for k in range(a, b)}
        return "\n".join(line for k, line in enumerate(lines) if k not in gone)

    def to_dict(self) -> dict:
        d = {
            "id": self.id,
            "label": self.label,
            "kind": self.kind,
            "opening": self.opening,
            "text": self.text,
            "footnotes": list(self.footnotes),
            "span": self.span.to_dict(),
            "children": [c.to_dict() for c in self.children],
        }
        if self.quoted:
            # (only where a paragraph quotes: the other paragraphs' JSON is as it was)
            d["quoted"] = [{"start": a, "end": b} for a, b in self.quoted_spans()]
        return d


@dataclass
class Heading:
    text: str
    span: Span
    before: str | None = None  # label of the paragraph that follows the heading
    annex: str | None = None
    footnotes: list[str] = field(default_factory=list)
    sure_markers: list[tuple[int, int]] = field(default_factory=list, repr=False, compare=False)  # as Paragraph's
    markers: list[tuple[int, str]] = field(default_factory=list)  # (offset in text, footnote number) per marker

    def to_dict(self) -> dict:
        return {"text": self.text, "before": self.before, "annex": self.annex, "span": self.span.to_dict()}


@dataclass
class Table:
    """A table of the resolution, whose cells its PDF's text sets one a line (a staffing table, a budget table, a
    scale of assessments: :func:`resparse.normalize.table_blocks`) or a markdown conversion writes as a pipe table
    (:func:`resparse.normalize.pipe_tables`). ``cells`` every cell in order, row after row ("" an empty cell; of the
    PDF's text, one a line); ``rows`` the rows, header first, each of as many cells, where they can be recovered
    (:func:`resparse.tables.grid`), else [] and ``unsure`` says why ("the header (8 lines) does not make 10
    columns"; "" where the rows are recovered); ``notes`` the notes under it ("a See A/80/505.", "Abbreviations: GS
    (OL), ..."); ``after`` the label of the paragraph it follows (the one that introduces it: "19" of A/RES/79/253, "... as set out in the table
    below:"), None before any of its part; ``annex`` as a paragraph's. A table holds no paragraph: the numbering
    goes on across it (79/253 20 follows 19)."""

    cells: list[str]
    span: Span
    after: str | None = None
    annex: str | None = None
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unsure: str = ""

    def to_dict(self) -> dict:
        return {"after": self.after, "annex": self.annex, "cells": list(self.cells),
                "rows": [list(r) for r in self.rows], "unsure": self.unsure, "notes": list(self.notes),
                "span": self.span.to_dict()}


@dataclass
class Footnote:
    number: str
    text: str
    span: Span
    cited_by: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"number": self.number, "text": self.text, "cited_by": list(self.cited_by), "span": self.span.to_dict()}


@dataclass
class Annex:
    name: str  # "annex", "annex I"
    title: str | None
    span: Span
    footnotes: list[str] = field(default_factory=list)  # the footnotes its title cites (as a Heading's)
    markers: list[tuple[int, str]] = field(default_factory=list)  # (offset in title, footnote number) per marker

    @property
    def text(self) -> str:
        """The title, as a footnote holder's text (:func:`cited_by_label`, the Akoma Ntoso export)."""
        return self.title or ""

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title, "span": self.span.to_dict()}


def cited_by_label(holder) -> str:
    """How a footnote's ``cited_by`` names what cites it, the one rule for the footnotes stage and the Akoma Ntoso
    export and reading: a paragraph by its label ("22 (a)", "annex 8"); an annex's title as "title of annex" or
    "title of annex II" (A/RES/79/144: "Amendments to the terms of reference of the International Tribunal for the
    Law of the Sea Trust Fund" cites footnote 170, "Resolution 55/7, annex I."); any other heading by its text,
    "heading: Independent panel", one of more than 40 characters cut at a word boundary with an ellipsis
    (:func:`heading_label`)."""
    if isinstance(holder, Paragraph):
        return holder.label
    if isinstance(holder, Annex):
        return f"title of {holder.name}"
    return heading_label(holder.text)


def heading_label(text: str, n: int = 40) -> str:
    """ "heading: " and a heading's text, cut after the last whole word within ``n`` characters, with "…" where it
    is cut: "heading: Rule 61 Associate members of regional…" (A/RES/72/244, annex; was "... of regional co", cut
    mid-word: a new user's trial, 2026-12-04); a first word longer than ``n`` is cut at ``n``."""
    return f"heading: {clip(text, n + 1)}"


@dataclass
class Warning:
    line: int
    message: str
    page: int | None = None  # for a PDF: the page and the line on it (1-based)
    page_line: int | None = None

    def to_dict(self) -> dict:
        return {"line": self.line, "message": self.message}


@dataclass
class Deadline:
    """A deadline or period as written, and as partial ISO dates where it has one ("2017-04", "2018")."""

    text: str  # "no later than April 2017", "between April and November 2017", "before the beginning of phase III"
    type: str  # "by" | "before" | "between" | "in" | "at" | "from" | "within" | "relative" | "immediately"
    start: str | None = None  # earliest date meant, e.g. "2017-04" for "between April and November 2017"
    end: str | None = None  # latest date meant, e.g. "2017-04" for "no later than April 2017"
    resolved_from: str | None = None  # label of the paragraph that dates a named period ("14 (c)" for phase III)
    body: str | None = None  # the body whose session it is, when not the Assembly's ("International Law Commission":
    #                          its own numbering, so no date from the Assembly's calendar)
    recurrence: str | None = None  # "annually" for a day that recurs each year ("every year on 9 August", "each 14
    #                                December thereafter"): start and end are its first day after the adoption;
    #                                "every five years" for "at the beginning of each quinquennium" (undated) or "in
    #                                2025 and every five years thereafter" (the first time); "every two years" for "at
    #                                its eighty-first session and thereafter on a biennial basis"

    @property
    def date(self) -> str | None:
        """The date to sort a timeline by: the end of a deadline ("by", "before"; a span from now, "within a decade"
        or "within six months of the adoption": the span's end, when it is due), else the start of a period."""
        return self.end if self.type in ("by", "before", "within") and self.end else self.start or self.end

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "date": self.date,
            "resolved_from": self.resolved_from,
            "body": self.body,
            "recurrence": self.recurrence,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Deadline":
        return cls(d["text"], d["type"], d.get("start"), d.get("end"), d.get("resolved_from"), d.get("body"),
                   d.get("recurrence"))


@dataclass
class Report:
    """A report a mandate asks for: to whom, when, how often (as written, with the date of ``when``), and the
    Assembly sessions it is due at (``session``, then every ``every`` years: :meth:`due_at`)."""

    to: str  # "General Assembly", "Human Rights Council", "Economic and Social Council", "relevant bodies"
    when: str | None = None  # "at its eightieth session", as written
    recurrence: str | None = None  # "annually", "on a biennial basis", "every two years thereafter", as written
    due: Deadline | None = None  # ``when`` dated ("at its eightieth session" -> 2025-09 to 2026-09)
    via: str | None = None  # the channel: "through the Economic and Social Council" -> "Economic and Social Council"
    every: int | None = None  # years between two reports, read off ``recurrence`` (annually 1, biennial 2) or the
    #                           step of a list of sessions ("at its 85th and 90th sessions" 5); None: once or a
    #                           period not stated ("periodically")
    session: int | None = None  # the Assembly session the (first) report is due at: 80 for 2025-09 to 2026-09
    last: int | None = None  # the last session, if stated: "at its eighty-first and eighty-second sessions" 82,
    #                          "annually until 2030" 84
    to_source: str = "text"  # where ``to`` comes from: "text" (a body the clause names: after "to", the channel, the
    #                          one the actor works with ...) or "default" (no receiver named: the General Assembly that
    #                          adopts the text, or "not stated" for an actor that reports elsewhere; docs/mandates.md)
    occasions: list[str] = field(default_factory=list)  # the date (partial ISO) of each occasion ``when`` names where it
    #   names two or more, of any body, as ``due`` dates the first: "in 2025, 2026 and 2027" ["2025", "2026", "2027"]
    #   (A/RES/79/226 127), the Commission on the Status of Women's "at its sixty-ninth and seventieth sessions"
    #   ["2025-03", "2026-03"] (79/152 17, data/body_sessions.txt), the Assembly's "at its eightieth and eighty-first
    #   sessions" ["2025-09", "2026-09"] (their openings); [] for one occasion or none
    counted_from: str | None = None  # the adoption date (ISO, "2024-12-19") a recurring report counts its occasions
    #   from where the text writes no first time and no Assembly session counts them (``session`` does for the
    #   Assembly): "to continue to present to the Economic and Social Council at its operational activities for
    #   development segment a ... report on an annual basis" (A/RES/79/226 98, adopted 19 December 2024): due each
    #   year after the adoption's, 2025, 2026, ... (``reports.due_in_year``); None otherwise
    author: str | None = None  # who writes it where that is not the mandate's actor: "not stated" for a report whose
    #                            content the Assembly decides, its author unnamed ("updated information ... shall be
    #                            included in the report on ..., to be considered by the General Assembly", A/RES/78/299
    #                            9: the decision is the Assembly's, the report no report of its own); None: the actor

    def due_at(self, session: int) -> bool:
        """Is a report due at the Assembly's ``session`` (an int, 80): the first one, one of a list ("at its
        eighty-first and eighty-second sessions": 81, 82), or one of its recurrences ("at its eighty-first session
        and every two years thereafter": 81, 83, 85 ...; "annually until 2030": to the 84th)."""
        if self.session is None or session < self.session:
            return False
        if self.every:
            return (self.last is None or session <= self.last) and (session - self.session) % self.every == 0
        return session <= (self.last or self.session)

    def to_dict(self) -> dict:
        return {"to": self.to, "when": self.when, "recurrence": self.recurrence,
                "due": self.due.to_dict() if self.due else None, "via": self.via, "every": self.every,
                "session": self.session, "last": self.last, "to_source": self.to_source,
                "occasions": list(self.occasions), "counted_from": self.counted_from, "author": self.author}

    @classmethod
    def from_dict(cls, d: dict) -> "Report":
        due = d.get("due")
        return cls(d["to"], d.get("when"), d.get("recurrence"), Deadline.from_dict(due) if due else None,
                   d.get("via"), d.get("every"), d.get("session"), d.get("last"), d.get("to_source", "text"),
                   list(d.get("occasions") or ()), d.get("counted_from"), d.get("author"))


@dataclass
class Mandate:
    """One clause that asks an actor to act ("mandate"), or a paragraph that only names the actor ("mention")."""

    document: str | None  # "A/RES/71/280"
    paragraph: str  # label, "22 (a)"
    paragraph_id: str  # eId, "para_22__subpara_a"
    kind: str  # "mandate" | "mention"
    verb: str | None  # "requests", "calls upon": the operative verb, no adverb
    verb_as_written: str | None  # "and also requests", "Also decides"
    force: int  # of the verb (data/operative_verbs.txt); 0 for mentions
    actor: str  # display name: the canonical name of the alias table, else the phrase without its article
    actor_key: str  # normalized key: lower case, singular, "regional commission"
    actor_as_written: str  # "their subregional offices", "States Members of the United Nations"
    action: str | None  # "to organize discussions among ...", for a passive mandate the passive clause
    deadline: Deadline | None
    span: Span  # of the paragraph
    passive: bool = False  # "shall be prepared by the co-facilitators"
    modal: str | None = None  # "shall", "may", "will" for "decides that X shall/may ..."
    via: str | None = None  # the group as written when the actor is named as its member ("..., including X")
    part_of: str | None = None  # key of the whole when the actor is a part ("their subregional offices")
    chapeau: str | None = None  # label of the chapeau the verb or actor came from ("23" for 23 (a))
    context: str | None = None  # for a mention: the actor the clause mandates ("Secretary-General" in 12)
    excerpt: str | None = None  # for a mention: the words around the name
    deadlines: list[Deadline] = field(default_factory=list)  # every deadline of the action, in order (first = deadline)
    report: Report | None = None  # the (first) report the mandate asks for: ``reports[0]``
    reports: list[Report] = field(default_factory=list)  # every report it asks for, in order: another body ("to the
    #   General Assembly and the Human Rights Council"), another time ("an oral report to the Commission ... and to
    #   report to the General Assembly at its eightieth session"); [report] when it asks for one, [] for none
    verb_at: int | None = field(default=None, compare=False, repr=False)  # where the verb's words end in the
    #   paragraph text: two clauses of one verb in a paragraph ("..., urges States parties to ..., urges all Member
    #   States ... to ...", A/RES/78/182, para. 8) are two mandates, the pairs of one verb ("requests A to X, and B to
    #   Y") one; not in ``to_dict`` (the mandate's identity is its fields above)

    def __post_init__(self) -> None:
        if self.report and not self.reports:
            self.reports = [self.report]
        elif self.reports and self.report is None:
            self.report = self.reports[0]

    def to_dict(self) -> dict:
        return {
            "paragraph": self.paragraph,
            "verb": self.verb,
            "actor": self.actor,
            "action": self.action,
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "document": self.document,
            "kind": self.kind,
            "passive": self.passive,
            "actor_as_written": self.actor_as_written,
            "actor_key": self.actor_key,
            "verb_as_written": self.verb_as_written,
            "force": self.force,
            "modal": self.modal,
            "via": self.via,
            "part_of": self.part_of,
            "chapeau": self.chapeau,
            "context": self.context,
            "excerpt": self.excerpt,
            "paragraph_id": self.paragraph_id,
            "span": self.span.to_dict(),
            "deadlines": [x.to_dict() for x in self.deadlines],
            "report": self.report.to_dict() if self.report else None,
            "reports": [r.to_dict() for r in self.reports],
        }

    @classmethod
    def from_dict(cls, d: dict) -> "Mandate":
        """The inverse of :meth:`to_dict` (the corpus database stores mandates this way)."""
        fields = {k: v for k, v in d.items() if k not in ("deadline", "span", "deadlines", "report", "reports")}
        return cls(
            **fields,
            deadline=Deadline.from_dict(d["deadline"]) if d.get("deadline") else None,
            span=Span.from_dict(d["span"]),
            deadlines=[Deadline.from_dict(x) for x in d.get("deadlines") or ()],
            report=Report.from_dict(d["report"]) if d.get("report") and not d.get("reports") else None,
            reports=[Report.from_dict(x) for x in d.get("reports") or ()],  # report: the first of them
        )


@dataclass
class Resolution:
    symbol: str | None
    title: str | None
    date: str | None  # adoption date as written, e.g. "6 April 2017"
    committee: str | None = None
    meeting: str | None = None  # "74th plenary meeting"
    job: str | None = None  # the document's job number, e.g. "17-23327" (PDF text only)
    pages: int | None = None  # number of pages, from the page counters (PDF text only)
    paragraphs: list[Paragraph] = field(default_factory=list)  # top level, in document order
    headings: list[Heading] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)  # in document order
    source: str | None = None  # path of the file parsed, if any
    # the source line where a document that holds the resolution as its annex takes over again (its next annex,
    # "ANNEX II" after the "ANNEX I" the resolution is in: left out, with a warning); None for a resolution alone
    host_end: int | None = None

    def walk(self) -> Iterator[Paragraph]:
        """Every paragraph and sub-paragraph, in document order (depth first, as :meth:`Paragraph.walk` gives each
        top-level one). One generator with a stack, not one per level: the stages walk the tree some ten times."""
        todo = self.paragraphs[::-1]
        while todo:
            p = todo.pop()
            yield p
            if p.children:
                todo += p.children[::-1]

    def get(self, label: str) -> Paragraph | None:
        """The paragraph with this label: as ``Paragraph.label`` spells it ("22 (a)"), else as a user writes it and
        the CLI reads it ("22(a)", "OP22(a)", "para. 22 (a)", "pp 3", "Annex, para. 49":
        :func:`resparse.labels.canonical_label`, the one reader); None when it has none."""
        if not hasattr(self, "_index"):
            self._index = {p.label: p for p in self.walk()}
        found = self._index.get(label)
        if found is None and isinstance(label, str):
            from .labels import canonical_label

            canonical = canonical_label(label)
            if canonical is not None and canonical != label:
                found = self._index.get(canonical)
        return found

    def by_kind(self, kind: str) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.kind == kind]

    def spans(self) -> Iterator[Span]:
        """The span of every paragraph, heading, footnote, annex and table."""
        for item in [*self.walk(), *self.headings, *self.footnotes, *self.annexes, *self.tables]:
            yield item.span

    def to_dict(self) -> dict:
        return {
            "symbol": self.symbol,
            "title": self.title,
            "date": self.date,
            "committee": self.committee,
            "meeting": self.meeting,
            "job": self.job,
            "pages": self.pages,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "headings": [h.to_dict() for h in self.headings],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "annexes": [a.to_dict() for a in self.annexes],
            "warnings": [w.to_dict() for w in self.warnings],
            "tables": [t.to_dict() for t in self.tables],
        }


# ---------------------------------------------------------------- citations and references


class Target(NamedTuple):
    """What a citation names: a document (a symbol such as "A/RES/71/1"; None for the text that cites) and a label
    in that document's terms ("annex II 8", "22 (a)", "rule 48.1"; None for the whole document)."""

    document: str | None
    label: str | None


@dataclass
class Citation:
    """One citing phrase found in a text (``references.find``), before it is resolved against a resolution.

    ``kind``: "internal" (a paragraph of the text itself), "external" (another document), "self" (the text as a
    whole: "the present resolution"), "term" (a defined term in use: "phase I"). ``relative`` says how an internal
    label depends on where the phrase stands: "present" (relative to the unit ``unit`` names: "the present
    paragraph", "paragraph 1 of this article"), "sibling" (a bare "subparagraph (b)"), "resolution" (named "of the
    present resolution": never read inside the citing annex or rule), "text" ("article 50 of this Convention": the
    text the phrase stands in, a part of the citing annex when an annex holds it, else a document named in words),
    "that" ("paragraph 1 of that article": a part of the unit of the kind ``demonstrative`` names, "article", cited
    last before it; ``references.resolve`` reads which), or None (read in the citing paragraph's annex and rule, if
    any). ``portion`` is the cited part of an external
    document as written ("annex II, paragraph 8"); ``document_name`` a document cited by name without a symbol
    ("the note by the Secretary-General"); ``dates`` the adoption date the phrase gives a cited resolution, as
    written, by its symbol ("its resolution 71/1 of 19 September 2016": ``{"A/RES/71/1": "19 September 2016"}``;
    empty when the phrase gives none); ``issuer`` the body it names as issuing them.
    """

    start: int  # character offsets in the text searched, end exclusive
    end: int
    phrase: str
    kind: str
    targets: list[Target] = field(default_factory=list)
    direction: str | None = None  # "above" | "below"
    portion: str | None = None
    document_name: str | None = None
    relative: str | None = None
    unit: str | None = None  # the kind of the smallest unit named: "paragraph", "rule", "annex", "section" ...
    dates: dict[str, str] = field(default_factory=dict)  # {symbol: "19 September 2016"} as the phrase writes it
    # the body the phrase names as issuing the resolutions or decisions it cites, as written, one space between words
    # and without "the": "Human Rights Council", "Council" (a bare one: the Council named last), "its"; None: none
    # named ("resolution 71/1"). Read from the citation grammar's BY and ISSUED_BY (references.py)
    issuer: str | None = None
    # a date written after a cited resolution that is no date, as written, by its symbol ("75/247 of 31 December 202":
    # a year of three digits, a typo of the source): not in ``dates``; references.problems warns of it
    unread_dates: dict[str, str] = field(default_factory=dict)
    # the symbols of ``dates`` whose date is written after a later member of their group, not after them ("78/3 and
    # 78/4 of 5 October 2023": 78/3's): read, not written (references.resolve drops one the text contradicts)
    shared_dates: tuple[str, ...] = ()
    # the noun of a demonstrative that ends ``document_name`` as the citation grammar read it (THAT_NAMED: "trust
    # fund" of "the terms of reference of that trust fund"): references.resolve names the thing named before it; with
    # ``relative`` "that", the unit word after "that" (THAT_UNIT: "article" of "paragraph 1 of that article")
    demonstrative: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(t.document for t in self.targets if t.document))

    def portion_for(self, target: Target) -> str | None:
        """The cited part as written, for one of the targets: ``portion``, None for a document cited whole (no
        label) -- a member of a list whose other members are cited with a part ("its resolutions 41/213 of ...,
        45/248 B, section VI, of ...": 41/213 is cited whole), as the graph's edges and the corpus's rows give it."""
        return self.portion if target.label else None

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "phrase": self.phrase,
            "kind": self.kind,
            "targets": [{"document": t.document, "label": t.label} for t in self.targets],
            "direction": self.direction,
            "portion": self.portion,
            "document_name": self.document_name,
            "relative": self.relative,
            "unit": self.unit,
            "dates": dict(self.dates),
        }


@dataclass
class Reference:
    """A citation resolved in its resolution: who cites (``source``: a paragraph label, or "footnote 6"), and for
    each target the label found in this resolution (internal) or the document cited (external), with a status:
    "ok", "external", "self", "missing" (no such paragraph), "direction" (found, but not above/below as the text
    says), "unresolved" (a unit that is not a paragraph, such as "section II" of a text that sets no such heading,
    or an unnamed document). A section the text sets as a heading ("II. Officers") is found: "ok" (or "direction")."""

    source: str
    citation: Citation
    resolved: list[tuple[Target, str]] = field(default_factory=list)  # (target, status)
    line: int = 0  # line of the citing paragraph in the file

    @property
    def status(self) -> str:
        statuses = [s for _, s in self.resolved] or ["unresolved"]
        for worst in ("missing", "direction", "unresolved"):
            if worst in statuses:
                return worst
        return statuses[0]

    def to_dict(self) -> dict:
        return {
            "source": self.source,
            "line": self.line,
            **{k: v for k, v in self.citation.to_dict().items() if k != "targets"},
            "targets": [{"document": t.document, "label": t.label, "status": s} for t, s in self.resolved],
            "status": self.status,
        }
