"""Check: a draft note against the resolutions it cites. Plain data in (a :class:`~resparse.note.Note`, a
:class:`Library` of parsed resolutions), a :class:`Report` out (findings, the things checked); nothing printed.

The stages, one module each: :mod:`.report` (codes, findings, the report), :mod:`.align` (words and their
alignment), :mod:`.library` (the loaded resolutions), :mod:`.anchors` (reading the note: where it names a
resolution, its quotations and reproductions), then one module per family of checks, each
``check(reading, library) -> items`` (the things checked, with their findings): :mod:`.citations`,
:mod:`.quotations`, :mod:`.verbs`.

What is checked, in the note's order:

1. citations  - every citation the project's one grammar finds (:func:`resparse.references.find`, run once over the
                whole note so that "the same resolution" follows the note): the resolution is loaded (else an info,
                never an error), every paragraph, sub-paragraph and member of a range exists (else an error that
                says what does exist: "annex I has paragraphs 1–12", "its annexes are I–III"). "This/the/the
                same resolution" is the resolution the note named last, as is a paragraph with an anaphor beside it
                ("In paragraph 40 it decided", "of that resolution"). A paragraph cited with no word that ties it to
                a resolution ("paragraph 4 above") is the note's own.
2. reproductions - a numbered line set off from the text (indented, a list inside a list, a ``>`` quote, an
                indented Word paragraph) or one whose first words are those of the paragraph it numbers
                ("22. Calls upon ...", then "(a) Requests ...") is compared with that paragraph.
3. quotations - "..." and “...” of three words or more, in a sentence that cites a paragraph (compared with it) or
                names the resolution (found anywhere in it); a quotation right after a symbol or "entitled" is the
                title. Compared after normalising quotes, dashes, case, white space, line wraps and emphasis;
                "...", "…", "[…]" and "[insertions]" match any gap; a change is shown as written, punctuation
                included (:meth:`.align.Change.show`).
4. verbs      - "<citation or 'the resolution'> <operative verb> <actor>" ("the resolution calls on Regional
                Commissions") is compared with the mandates of the paragraph (:mod:`resparse.mandates`).

The alignment of a quotation with a paragraph uses rapidfuzz: ``fuzz.partial_ratio_alignment`` finds where a
fragment sits in a paragraph and ``Levenshtein.opcodes`` aligns the words (lists of words, not characters). It is
already a dependency (the actor lookup), it is C++ and fast enough for a thousand quotations a second, and its
opcodes are a minimal edit script; difflib's SequenceMatcher is pure Python, is not a minimal alignment and, with
its "autojunk" heuristic, treats frequent words ("the", "of") of a long paragraph as junk.
"""

from __future__ import annotations

from typing import Callable

from ..note import Note
from . import citations, language, quotations, verbs
from .align import Alignment, Change, Text, align, fold, segments, spelling_only, words
from .anchors import read
from .library import Library, Prepared
from .report import CODES, SEVERITY_ORDER, Finding, Item, Report

_Text = Text  # the name the tests knew

FAMILIES = (language, citations, quotations, verbs)

__all__ = ["CODES", "SEVERITY_ORDER", "Alignment", "Change", "Finding", "Item", "Library", "Prepared", "Report",
           "Text", "align", "check", "fold", "segments", "spelling_only", "words"]


def check(note: Note, library: Library, progress: Callable[[int, int], None] | None = None) -> Report:
    """Check one note against the resolutions of ``library``: read it once, then run each family of checks.
    ``progress(done, total)``: the quotations and reproductions compared so far, of the note's (:func:`.quotations.check`,
    the family whose searches take the time against a large library); the CLI shows it as ``corpus build`` shows
    its files."""
    reading = read(note, library)
    # a note in another language is flagged (R205) and not read further: its "citations" would be misreadings
    items = language.check(reading, library) or [
        it for family in FAMILIES if family is not language
        for it in (quotations.check(reading, library, progress) if family is quotations
                   else family.check(reading, library))]
    items.sort(key=lambda i: (i.line, i.col))
    findings = sorted((f for it in items for f in it.findings),
                      key=lambda f: (f.line, f.col, SEVERITY_ORDER[f.severity], f.code))
    pages = {ln.number: (ln.page, ln.page_line) for ln in note.lines if ln.page}
    for f in findings:
        f.page, f.page_line = pages.get(f.line, (0, 0))
    return Report(note.path, findings, items, list(note.warnings), library.symbols)
