"""Units: work skipped or shared for speed (bench/bench_pair.py), each held to the work it replaces: a scan not run
where the text lacks a word every match needs (``grammars.needed_words``, ``may_match``; the report shapes'
places), on the bundled texts and by hypothesis."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from resparse.grammars import may_match, needed_words
from resparse.mandates import reports

# every scan of the report shapes (mandates/reports.py): the patterns _places runs
_SHAPES = [reports._REQUESTS, reports._DOCUMENT_FOR, reports._RECURRENCE, reports._RECEIVER, reports._CHANNEL,
           reports._PARTNER, reports._OWED, reports._APPOINTEE]
_SCANS = [scan for shapes in _SHAPES for _, scan in shapes]


def _all_places(text, shapes):
    """The rule: every scan run over the whole text."""
    return sorted((m.start(), i) for i, (_, scan) in enumerate(shapes) for m in scan.finditer(text))


def test_needed_words_of_known_patterns():
    assert needed_words(re.compile(r"\bsubmit(?=\s+[^;]*?report)")) == ((("submit", False),), (("report", False),))
    # ignoring case: sought in lower case; a part that may be absent needs nothing; a branch needs one of its words
    assert needed_words(re.compile(r"(?i:Annual)(?:ly)?\s+(?:report|study)\b")) == (
        (("annual", True),), (("report", False), ("study", False)))
    assert needed_words(re.compile(r"to(?-i:X)", re.IGNORECASE)) == ((("to", True),), (("X", False),))
    assert needed_words(re.compile(r"(?!report)\w+|x?")) == ()  # a negative lookahead reads nothing for sure
    # every branch needs "session": one of the branches' words, and "session" itself
    assert (("session", True),) in needed_words(reports._REQUESTS[4][1])


def test_places_of_report_shapes_are_those_of_every_scan(all_texts):
    """Over every paragraph of the bundled texts and every action-sized piece of it: the places of each group of
    shapes, scans skipped, are those of every scan run."""
    texts = {p.text for res in all_texts.values() for p in res.walk()}
    texts |= {t[i:] for t in list(texts) for i in range(0, len(t), 97)}
    skipped = 0
    for text in texts:
        for shapes in _SHAPES:
            assert reports._places.__wrapped__(text, shapes) == _all_places(text, shapes), text
        skipped += sum(not may_match(scan, text) for scan in _SCANS)
    assert skipped > len(texts)  # the gate does skip scans


# the words of the report scans, and letters whose case folds outside ASCII ("K" the Kelvin sign matches "k" ignoring
# case, "ſ" matches "s", "İ" "i")
_WORDS = sorted({w for scan in _SCANS for group in needed_words(scan) for w, _ in group})
_PIECES = st.sampled_from(_WORDS + [w.upper() for w in _WORDS] + [w.capitalize() for w in _WORDS]
                          + [" ", "  ", ", ", "; ", " the ", " to the ", " a ", " an ", " its ", "\u212a", "\u017f",
                             "\u0130", "ſeſſion", "report", "Report", "session", "information", "1", "é", "’"])


@given(st.lists(_PIECES, max_size=30).map("".join))
@example("to inform the \u017fe\u017f\u017fion")  # "\u017f" is "s" ignoring case: the scan of "inform" matches
@settings(max_examples=600, deadline=None)
def test_a_scan_skipped_finds_nothing(text):
    for scan in _SCANS:
        if not may_match(scan, text):
            assert scan.search(text) is None, (scan.pattern, text)
