"""Citations: the cited resolution is loaded (else an info, never an error) and every paragraph, sub-paragraph and
member of a list or range exists in it (else an error that says what does exist); a paragraph read as the note's
own that the note does not have is an info; "this resolution" with no resolution named before is a warning."""

from __future__ import annotations

import re

from .anchors import Anchor, Reading, is_resolution
from ..references import part_of, printed_symbol
from .library import Library, Prepared
from .report import Item
from .align import align, segments
from .text import (and_list, annex_name, cited_list, of_or_to, paragraph_name, paragraphs_named, runs, short,
                   suggested, where)

_PLAIN_SYMBOL = re.compile(r"^([A-Z])/(\d+)/(\d+)$")


def check(reading: Reading, library: Library) -> list[Item]:
    """One item per citation: anchors of kind "citation" and "named" (a text cited by its name that no loaded
    resolution holds), the note's own paragraphs that it does not have, and paragraphs whose resolution the note
    does not make clear (an info, never a silent pass)."""
    out = [it for a in reading.anchors if a.kind == "citation" if (it := _citation(reading, library, a))]
    out += [_named_text(reading, a) for a in reading.anchors if a.kind == "named"]
    return out + [it for a in reading.own if (it := _own(reading, a))]


def _unclear(r: Reading, a: Anchor) -> Item:
    """R004: "Paragraph 12 requests ..." where the note names a resolution too far back or another document after it
    (:meth:`.anchors._Reader._subject`), and "paragraph 12" in a note with no numbered paragraphs of its own, after
    it named a resolution: which resolution is meant is not clear, so nothing was checked; the message names the
    document named last and, for a resolution, how to cite the paragraph ("paragraph 12 of resolution 80/187")."""
    it = r.item("citation", a.start, a.end, status="info")
    nums = paragraphs_named(a.written)
    hint = ""
    if a.candidate and is_resolution(a.candidate):
        number = a.candidate.split("/", 2)[-1] if a.candidate.startswith("A/RES/") else a.candidate
        hint = f'; the note last named {a.candidate}: write "{nums} {of_or_to(nums)} resolution {number}" if it is meant'
    elif a.candidate:
        hint = f"; the note last named {a.candidate}"
    r.finding(it, a.start, "R004", f'not checked: "{short(a.phrase)}" names no resolution, and which one is meant '
              f"is not clear{hint}", citation=a.phrase, resolution=a.candidate, paragraph=", ".join(a.written))
    return it


def _named_text(r: Reading, a: Anchor) -> Item:
    """R005: a paragraph of a declaration, programme of action ... cited by its name, which no loaded resolution
    holds (:meth:`.anchors._Reader._named_text`): not checked, and the message says so."""
    it = r.item("citation", a.start, a.end, status="info")
    r.finding(it, a.start, "R005", f'not checked: no loaded resolution holds "{short(a.candidate or "")}"; name the '
              "resolution that adopts it, or load it with --against", citation=a.phrase,
              paragraph=", ".join(a.written) or None)
    return it


def _own(r: Reading, a: Anchor) -> Item | None:
    numbered = [lab for lab in a.written if lab.split(" (")[0].isdigit()]  # not "chapter II" (another document's)
    if a.kind == "unclear" or numbered and not r.own_numbers and a.candidate:  # no paragraphs of its own: whose?
        return _unclear(r, a)
    missing = [lab for lab in numbered if lab.split(" (")[0] not in r.own_numbers]
    if not (missing and r.own_numbers):
        return None
    it = r.item("citation", a.start, a.end, status="info")
    shown = runs(missing)  # "112–122" for a run
    r.finding(it, a.start, "R003",
              f'"{short(a.phrase)}" is read as a paragraph of this note, which has no paragraph'
              f"{'s' if any('–' in s for s in shown) else ''} {' or '.join(shown)}; to cite a resolution, name it (\"operative paragraph "
              f"{missing[0]} of resolution …\")", citation=a.phrase)
    return it


def _citation(r: Reading, library: Library, a: Anchor) -> Item | None:
    doc, labels, prepared = a.doc, a.written, a.prepared
    if doc is None:
        it = r.item("citation", a.start, a.end, status="warning")
        why = (f"the title the note names before it is that of {and_list(list(a.titled))}: give the symbol of the "
               "one meant" if a.titled else "the note names no resolution before it")
        r.finding(it, a.start, "R204", f'"{short(a.phrase)}": {why}', citation=a.phrase,
                  paragraph=", ".join(labels) or None)
        return it
    if prepared is None:
        plain = _PLAIN_SYMBOL.match(doc)
        near = plain and f"{plain.group(1)}/RES/{plain.group(2)}/{plain.group(3)}"
        if near and near in library.by_symbol:
            it = r.item("citation", a.start, a.end, status="info", resolution=doc)
            r.finding(it, a.start, "R002", f"not checked: {printed_symbol(doc)} is not loaded; did you mean {near}?",
                      citation=a.phrase, resolution=doc, suggestion=near)
            return it
        if is_resolution(doc):
            it = r.item("citation", a.start, a.end, status="info", resolution=doc, paragraphs=labels)
            # another part of the number is loaded ("A/RES/79/258" for a citation of "79/258 B"): said, as it is
            # not the text cited (:func:`.library.same_resolution`)
            other = library.other_part(doc)
            letter = (part_of(doc) or (doc, "A"))[1]  # no part letter: the first text, part A
            why = f" ({printed_symbol(other)} is loaded, but it is not part {letter})" if other else ""
            r.finding(it, a.start, "R001", f"not checked: {printed_symbol(doc)} is not loaded{why}", citation=a.phrase,
                      resolution=doc, paragraph=", ".join(labels) or None)
            return it
        return None
    it = r.item("citation", a.start, a.end, resolution=doc, paragraphs=a.labels)
    existing = [lab for lab in a.labels if lab in prepared.paragraphs]
    it.cited = prepared.hover(existing) if labels else [(doc, prepared.res.title or "")]
    missing = [w for w in a.written if any(lab not in prepared.paragraphs for lab in a.cited(w))]
    if not missing:
        _reproduced_otherwise(r, a, it)
        return it
    hints = list(dict.fromkeys(prepared.missing_hint(lab) for lab in missing))
    many = len(missing) > 1
    if any(w.startswith(("section ", "annex")) for w in missing):  # "section XXX", "paragraph 25 of annex I"
        what = f"{and_list([_named(w) for w in missing])} do{'' if many else 'es'} not exist in {printed_symbol(doc)}"
    else:
        what = f"{paragraphs_named(missing)} do{'' if many else 'es'} not exist in {printed_symbol(doc)}"
    code = "R102" if len(labels) > 1 else "R101"
    r.finding(it, a.start, code, f"{what} ({'; '.join(hints)})", citation=a.phrase, resolution=doc,
              paragraph=", ".join(missing), suggestion=_suggest(prepared, missing[0]))
    return it


def _reproduced_otherwise(r: Reading, a: Anchor, it: Item) -> None:
    """R105 on a citation whose sentence introduces reproduced paragraphs (:attr:`.anchors.Reproduction.under`) of
    which one is not what it cites, while a paragraph it cites is not reproduced: "under the terms of operative
    paragraphs 22(a) and 24 of this resolution, the General Assembly:" over "23. *Decides* that a preparatory meeting
    ..." (the seed note 2017/28 edited; before, the citation was verified). A reproduced paragraph counts as what its
    words are, under its own number (one renumbered, "24." over 23's words, is R105 on the reproduction); one
    within a cited paragraph or a chapeau above one ("22." over a cited 22 (a)) is cited; a note may reproduce
    less than it cites. A sibling is not what is cited: "paragraphs 22(b) and 23" over "22. ... (a) Requests ..."
    is R105 (the chapeau 22 shows none of 22 (b))."""
    prepared = a.prepared
    shown = []
    for rep in r.reproductions:
        if rep.under is not a or rep.label not in prepared.texts:
            continue
        al = align(segments(r.text[rep.start : rep.end]), prepared.texts[rep.label], whole=True)
        if al.exact or al.spelling or al.score >= 0.8:
            shown.append(rep.label)

    def related(x: str, y: str) -> bool:
        return x == y or x.startswith(y + " (") or y.startswith(x + " (")

    extra = [lab for lab in shown if not any(related(lab, c) for c in a.labels)]
    extra = [lab for lab in extra if lab.rpartition(" (")[0] not in extra]  # "23", not also 23 (a)-(c)
    # a cited paragraph is shown by itself or a sub-paragraph of it, never by its chapeau alone: "22." over
    # "(a) Requests ..." shows 22 (a), not a cited 22 (b)
    unshown = [c for c in a.labels if not any(lab == c or lab.startswith(c + " (") for lab in shown)]
    if not (extra and unshown):
        return
    r.finding(it, a.start, "R105", f"cites {where(unshown, a.doc)}, but the text reproduced after it is "
              f"{paragraphs_named(extra)}", citation=a.phrase, resolution=a.doc, paragraph=cited_list(unshown),
              suggestion=suggested(extra))


def _named(label: str) -> str:
    """A label as a reader names it: "section IV.9" is "section IV, paragraph 9"; "annex I 25" is "paragraph 25 of
    annex I", "annex 25" "paragraph 25 of the annex", "annex III rule 99" "rule 99 of annex III", "annex IV" and
    "annex" themselves; others as :func:`paragraph_name`."""
    head, dot, num = label.partition(".")
    if label.startswith("section "):
        return f"{head}, paragraph {num}" if dot and num[:1].isdigit() else label
    if label.startswith("annex"):
        return annex_name(label)
    return paragraph_name(label)


def _suggest(prepared: Prepared, label: str) -> str | None:
    parent = label.rpartition(" (")[0]
    if parent and parent in prepared.paragraphs:
        return suggested([parent])
    return None
