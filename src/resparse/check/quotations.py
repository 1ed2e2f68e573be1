"""Quotations, reproduced paragraphs and titles, compared word for word with the resolution (:mod:`.align`).

- a reproduction, a numbered line set off from the text (indented, a list inside a list, a ``>`` quote, an indented
  Word paragraph) or one whose first words are those of the paragraph it numbers ("22. Calls upon ...", then "(a)
  Requests ..."), is compared with that paragraph;
- a quotation, "..." or “...” of three words or more in a sentence that names a resolution (an anchor): with the
  paragraphs the anchor cites, else with the whole resolution. A quotation right after a symbol (or "entitled") is
  the title -- unless it is not the title and is the resolution's words (`Resolution 72/244 "decides that ..."`).
- R105 (in another paragraph) only when the words are there (exactly, in spelling only, or 80 % of them); a
  quotation found nowhere is R106, with the closest passage as a hint, never pinned on a paragraph. A quotation
  attributed to a paragraph the resolution does not have (R101 on its citation) and found in another is R105 too,
  naming the paragraph that holds it.
"""

from __future__ import annotations

from typing import Callable

from ..build import ADOPTED
from ..references import printed_symbol
from .align import Alignment, align, hunks, segments
from .anchors import Anchor, Quotation, Reading, Reproduction
from .library import FLOOR, Library, Prepared
from .report import Item
from .text import and_list, cited_list, of_or_to, paragraphs_named, part_name, suggested
from .text import where as where_name

_ELSEWHERE = 0.8  # share of a quotation's words another paragraph must match to be named as its source
_HINT = 0.5  # share of a quotation's words the closest passage must match to be named as a hint (R106)


def check(reading: Reading, library: Library,
          progress: Callable[[int, int], None] | None = None) -> list[Item]:
    """One item per reproduction, quotation and title checked. ``progress(done, total)``: called after each of the
    note's reproductions and quotations, counted together (the family that takes the time against a large library:
    a quotation is looked for in every loaded resolution; ``check NOTE --against FOLDER`` shows it)."""
    out = []
    total = len(reading.reproductions) + len(reading.quotations)
    for done, rep in enumerate(reading.reproductions, 1):
        if it := _reproduction(reading, rep):
            it.under = reading.under(rep.under)
            out.append(it)
        if progress is not None:
            progress(done, total)
    for done, q in enumerate(reading.quotations, len(reading.reproductions) + 1):
        it = _quotation(reading, q) or _not_checked(reading, q)
        it.under = reading.under(reading.source_of(q.start, q.end)[0])
        out.append(it)
        if progress is not None:
            progress(done, total)
    return out


def _not_checked(r: Reading, q: Quotation) -> Item:
    """A quotation compared with nothing, counted all the same (status "info", never verified): one of a
    resolution that is not loaded or that the note does not make clear (its citation says so: R001, R004, R204; a
    title right after such a citation is counted as a title), else R006 -- a quotation whose sentence names no
    resolution or paragraph it is from, or a resolution in words that no loaded one is ("its March 2001
    resolution"). A quotation the checker cannot place is said, never passed over (a new-user trial, 2026-12-04:
    "The same paragraph requests ESCAP and ECA “...”", a wrong quotation of A/RES/78/317 annex 41, had no finding
    and was not counted)."""
    anchor, is_title = r.source_of(q.start, q.end)
    kind = "title" if is_title else "quotation"
    it = r.item(kind, q.start, q.end, resolution=anchor.doc if anchor else None, status="info")
    if anchor is not None and anchor.kind in ("citation", "again") and (anchor.doc is None or is_title
                                                                       or anchor.prepared is None):
        return it  # its citation's finding says why it is not checked
    if anchor is None:
        why = "its sentence names no resolution or paragraph it is from"
    elif anchor.doc is None:
        why = f"no loaded resolution is \"{anchor.phrase}\", or the note does not make clear which one"
    else:
        why = f"{anchor.doc} is not loaded"
    r.finding(it, q.start, "R006", f"quotation not checked: {why}")
    return it


def _reproduction(r: Reading, rep: Reproduction) -> Item | None:
    if rep.prepared is None:
        return None
    prepared = rep.prepared
    segs = segments(r.text[rep.start : rep.end])
    if not segs:
        return None
    line_start = r.line_starts[rep.line_index]
    target = prepared.texts.get(rep.label or "")
    best_other = prepared.search(segs, exclude=rep.label)
    if target is None:
        # the number is not in the resolution: a reproduction only if its words are somewhere
        if best_other is None or best_other.score < _ELSEWHERE:
            return None
        it = r.item("reproduction", line_start, rep.end, resolution=rep.doc, paragraphs=[best_other.label],
                    cited=prepared.hover([best_other.label]), status="error")
        r.finding(it, line_start, "R105",
                  f"reproduced as paragraph {rep.label}, which does not exist in {rep.doc} "
                  f"({prepared.missing_hint(rep.label)}); this is {part_name(best_other.label)}",
                  citation=rep.marker, resolution=rep.doc, paragraph=rep.label,
                  suggestion=suggested([best_other.label]))
        return it
    al = align(segs, target, whole=True)
    if rep.forced and al.score < 0.2 and (best_other is None or best_other.score < _ELSEWHERE):
        return None  # a list of the note's own, set off from the text: not a reproduction
    it = r.item("reproduction", line_start, rep.end, resolution=rep.doc, paragraphs=[rep.label],
                cited=prepared.hover([rep.label]))
    _judge(r, it, line_start, segs, al, best_other, prepared, [rep.label], rep.marker, reproduced=True)
    return it


def _quotation(r: Reading, q: Quotation) -> Item | None:
    anchor, is_title = r.source_of(q.start, q.end)
    if anchor is None or anchor.prepared is None:
        return None
    prepared = anchor.prepared
    segs = segments(q.inner)
    if is_title:
        al = align(segs, prepared.title_text, whole=True)
        found = None if al.exact or al.spelling or r.entitled(anchor, q.start) else prepared.search(segs)
        if found is None:
            return _title(r, q, al, anchor)
        # not the title, and the resolution's words: a quotation right after the symbol ("decides that ...")
    labels = [lab for lab in anchor.labels if lab in prepared.paragraphs]
    # cited paragraphs that do not exist are reported on the citation: then the quotation is searched everywhere
    if labels:
        scope = [lab for top in labels for lab in prepared.subtree(top)]
        best = prepared.search(segs, within=scope)
        span = _across(_pair(prepared, segs, best, scope), best)
        if span is not None and not set(span.labels) <= set(scope):
            # the words run on from a cited paragraph into one not cited (or into it from one before): named as R105
            # names a paragraph, never "changes words" of the one cited
            it = r.item("quotation", q.start, q.end, resolution=anchor.doc, paragraphs=span.labels,
                        cited=prepared.hover(span.labels), status="error")
            r.finding(it, q.start, "R105", f"not in {where_name(labels, anchor.doc)} alone; the words span "
                      f"{paragraphs_named(span.labels)}" + ("" if span.exact or span.spelling else f" ({span.diff()})"),
                      citation=anchor.phrase, resolution=anchor.doc, paragraph=cited_list(labels),
                      suggestion=suggested(span.labels))
            return it
        best = span or best
        runs = None if _holds(best) else prepared.search_runs(segs, within=scope)
        if runs is not None and not set(runs.labels) <= set(scope):
            # an ellipsis joins the words of a cited paragraph with those of one not cited (or of others): named as
            # the words across two paragraphs are
            it = r.item("quotation", q.start, q.end, resolution=anchor.doc, paragraphs=runs.labels,
                        cited=prepared.hover(runs.labels), status="error")
            alone = " alone" if set(runs.labels) & set(scope) else ""
            r.finding(it, q.start, "R105", f"not in {where_name(labels, anchor.doc)}{alone}; the ellipsis joins words "
                      f"of {paragraphs_named(runs.labels)}", citation=anchor.phrase, resolution=anchor.doc,
                      paragraph=cited_list(labels), suggestion=suggested(runs.labels))
            return it
        best = runs or best
        other = prepared.search(segs, exclude_all=scope) if best is None or not best.exact else None
        it = r.item("quotation", q.start, q.end, resolution=anchor.doc, paragraphs=labels,
                    cited=prepared.hover(best.labels if best else labels))
        _judge(r, it, q.start, segs, best, other, prepared, labels, anchor.phrase)
    else:
        # searched once over the whole resolution at any score: the closest passage of R106 is one of the two
        single = prepared.search(segs, floor=0.0)
        best = single if single is not None and single.score >= FLOOR else None
        pair = _pair(prepared, segs, best, None)
        best = _across(pair, best) or best
        if not _holds(best):
            best = prepared.search_runs(segs) or best
        missing = [lab for lab in anchor.labels if lab not in prepared.paragraphs]
        if missing and not _holds(best) and _in_other(r, segs, anchor.doc):
            # the cited paragraph does not exist and the words are another loaded resolution's: R106 names it
            # (:func:`_judge`), never an R104 against a poor match here ("paragraph 38 (a) of the annex to resolution
            # 79/1" quoting 78/1's annex 38 (a) was "changes words" of 79/1's paragraph 10)
            best = None
        if missing and best is not None and (best.exact or best.spelling or best.score >= _ELSEWHERE):
            # the cited paragraph does not exist (R101 on the citation) and the words are another's: name it, as
            # for a reproduction numbered as a paragraph that does not exist -- a quotation found elsewhere is
            # never "verified" under a label the resolution does not have
            it = r.item("quotation", q.start, q.end, resolution=anchor.doc, paragraphs=best.labels,
                        cited=prepared.hover(best.labels), status="error")
            r.finding(it, q.start, "R105",
                      f"not in {where_name(missing, anchor.doc)} (no such paragraph); this is "
                      f"{paragraphs_named(best.labels)}" + ("" if best.exact or best.spelling else f" ({best.diff()})"),
                      citation=anchor.phrase, resolution=anchor.doc, paragraph=cited_list(missing),
                      suggestion=suggested(best.labels))
            return it
        it = r.item("quotation", q.start, q.end, resolution=anchor.doc, paragraphs=best.labels if best else [],
                    cited=prepared.hover(best.labels) if best else [])
        _judge(r, it, q.start, segs, best, None, prepared, [], anchor.phrase, near=[single, pair])
    return it


def _title(r: Reading, q: Quotation, al: Alignment, anchor: Anchor) -> Item:
    prepared = anchor.prepared
    it = r.item("title", q.start, q.end, resolution=anchor.doc, cited=[("title", prepared.res.title or "")])
    if al.exact:
        return it
    if al.spelling:
        r.finding(it, q.start, "R201", f"the title of {anchor.doc} differs in spelling only: {al.diff()}",
                  citation=anchor.phrase, resolution=anchor.doc, suggestion=prepared.res.title)
    else:
        r.finding(it, q.start, "R103", f"not the title of {anchor.doc}: {al.diff()}", citation=anchor.phrase,
                  resolution=anchor.doc, suggestion=prepared.res.title)
    return it


def _in_other(r: Reading, segs, doc: str) -> list[tuple[str, Alignment]]:
    """The other loaded resolutions with a paragraph that holds a quotation not found in ``doc``, exactly, in spelling
    only or with :data:`_ELSEWHERE` of its words (the bar of R105), each with that paragraph's alignment: the one that
    holds it best (exactly before in spelling only, then the most words matched), and every other that holds it as
    well (the same words, year after year, in a resolution renewed each session); [] when none does. Before, the
    first by symbol order was named, whether or not another held the words better: "noting again with regret that
    independent civil society organizations cannot operate in the Democratic People’s Republic of Korea", quoted
    of the wrong resolution with 78/218, 79/181 and 80/220 loaded, was "found in A/RES/78/218 PP11" (which writes
    "Noting with regret"), not in 79/181's PP12 and 80/220's PP10, which hold it word for word."""
    found = []
    for symbol in r.library.symbols:
        if symbol == doc:
            continue
        prepared = r.library.get(symbol)
        if not prepared.could_hold(segs, _ELSEWHERE):  # no paragraph holds enough of the words: the search's None
            continue
        al = prepared.search(segs, floor=_ELSEWHERE)
        if al is not None:
            found.append((symbol, al))
    if not found:
        return []

    def rank(item: tuple[str, Alignment]) -> tuple:
        return (item[1].exact, item[1].spelling, item[1].score)

    top = max(rank(f) for f in found)
    return [f for f in found if rank(f) == top]


def _judge(r: Reading, it: Item, start: int, segs, best: Alignment | None, other: Alignment | None,
           prepared: Prepared, labels: list[str], phrase: str, reproduced: bool = False,
           near: list[Alignment | None] | None = None) -> None:
    """The finding on a quotation or reproduction ``best`` matches (None: found nowhere it was looked for), or
    that ``other`` (a paragraph not cited) holds. ``near``: the closest paragraph and the closest pair of
    consecutive paragraphs of the whole resolution at any score (:meth:`Prepared.search`,
    :meth:`Prepared.search_span` with ``floor=0.0``) when the caller has searched them already, for R106's hint;
    searched here when None."""
    doc = prepared.symbol
    where = where_name(labels, doc)
    if best is not None and best.exact:
        return
    better_elsewhere = other is not None and (other.exact or other.spelling or other.score >= _ELSEWHERE) and (
        other.exact or other.spelling or best is None or other.score >= best.score + 0.25
    )
    if better_elsewhere:
        it.paragraphs = [other.label]
        it.cited = prepared.hover([other.label])
        r.finding(it, start, "R105", f"not in {where}; this is {part_name(other.label)}"
                  + ("" if other.exact or other.spelling else f" ({other.diff()})"),
                  citation=phrase, resolution=doc, paragraph=cited_list(labels) or None,
                  suggestion=suggested([other.label]))
        return
    if best is None:
        # the closest passage: one paragraph, or two consecutive ones the words run across; named only when it
        # holds half the quoted words (3 of 19 matching words are common words, not a passage: no hint)
        if near is None:
            near = [prepared.search(segs, floor=0.0), prepared.search_span(segs, floor=0.0)]
        found = [al for al in near if al]
        closest = max(found, key=lambda al: al.score, default=None)
        hint = ""
        elsewhere = _in_other(r, segs, doc)
        if elsewhere:
            # the words are another loaded resolution's: say whose, before any near passage of this one (a note
            # quoting 78/1's annex 38 (a) as 79/1's 38 (a) was told "the closest passage is in paragraphs 20 (d) and
            # 21"); each resolution that holds them best, its paragraph named as a reader cites it
            # "found in" only where it is there, word for word or in spelling only; a passage that differs is the
            # closest, its differences shown (a new-user trial, the thirtieth session: "found in paragraph 69 of
            # A/RES/78/177, ... (... Requests the [-Secretary-General-] {+Special Rapporteur+} ...)")
            (symbol, al), *more = elsewhere
            hint = ("; found in " if al.exact or al.spelling else "; closest: ") + and_list(
                [where_name(o.labels, s) for s, o in elsewhere]) + ("" if al.exact or al.spelling else f" ({al.diff()})")
            r.finding(it, start, "R106", f"not found in {where}{hint}", citation=phrase, resolution=doc,
                      paragraph=cited_list(labels) or None, suggestion=suggested(al.labels, symbol))
            return
        if closest is not None and closest.score >= _HINT:
            hint = (f"; the closest passage is in {paragraphs_named(closest.labels)} ({closest.matched} of "
                    f"{closest.total} words match)")
        r.finding(it, start, "R106", f"not found in {where}{hint}", citation=phrase, resolution=doc,
                  paragraph=cited_list(labels) or None, suggestion=suggested(closest.labels) if hint else None)
        return
    # "quotation of paragraph 5", "quotation of annex 5" (not "paragraph annex 5"), "quotation of paragraphs 25 and 26"
    # a paragraph of an adopted text by its part, as R105 names it ("quotation of paragraph 10 of the adopted text
    # of A/RES/79/1": a bare "paragraph 10" is the body's own)
    named = part_name(best.labels[0]) if len(best.labels) == 1 and best.labels[0].startswith(ADOPTED + " ") \
        else paragraphs_named(best.labels)
    what = ("reproduction of " if reproduced else "quotation of ") + named + " " + of_or_to(named)
    if best.spelling:
        r.finding(it, start, "R201", f"{what} {printed_symbol(doc)} differs in spelling or hyphenation: "
                  f"{best.diff()}", citation=phrase, resolution=doc, paragraph=cited_list(best.labels),
                  suggestion=_original(best))
    else:
        r.finding(it, start, "R104", f"{what} {printed_symbol(doc)} changes words: {best.diff()}",
                  citation=phrase, resolution=doc, paragraph=cited_list(best.labels), suggestion=_original(best))


def _pair(prepared: Prepared, segs, best: Alignment | None, scope: list[str] | None) -> Alignment | None:
    """The closest pair of consecutive paragraphs at any score (:meth:`Prepared.search_span` with ``floor=0.0``;
    one of them in ``scope``, any when None), None when ``best`` (the closest single paragraph) holds the words
    exactly or in spelling only (then no pair is looked for)."""
    if best is not None and (best.exact or best.spelling):
        return None
    return prepared.search_span(segs, within=scope, floor=0.0)


def _across(span: Alignment | None, best: Alignment | None) -> Alignment | None:
    """``span`` (from :func:`_pair`) when the quotation runs across its two paragraphs and is not in one: exactly,
    in spelling only, or with 80 % of its words and a quarter more of them than ``best`` (the closest single
    paragraph); else None. A pair matching fewer than :data:`.library.FLOOR` of the words is never one."""
    if span is None or span.score < FLOOR:
        return None
    if span.exact or span.spelling:
        return span
    if span.score >= _ELSEWHERE and (best is None or span.score >= best.score + 0.25):
        return span
    return None


def _holds(al: Alignment | None) -> bool:
    """Does an alignment hold a quotation: exactly, in spelling only, or with :data:`_ELSEWHERE` of its words?"""
    return al is not None and (al.exact or al.spelling or al.score >= _ELSEWHERE)


def _original(al: Alignment) -> str | None:
    """The paragraph's words where the quotation changes them, as a suggestion: those of the first group of changes
    shown together (:func:`.align.hunks`) that is not spelling only, else of the first, from its first change to its
    last ("the awareness of" for "raise [-the-] awareness [-of-] {+among donors+}", not "the" alone)."""
    groups = [g for g in hunks(al.changes) if any(c.original for c in g)]
    group = next((g for g in groups if not all(c.spelling for c in g)), groups[0] if groups else None)
    if group is None:
        return None
    if len(group) == 1:
        return " ".join(group[0].original)
    text, j1, j2 = group[0].where[3], group[0].where[4], group[-1].where[5]
    return " ".join(text.shown[j1:j2])
