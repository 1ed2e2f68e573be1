"""Units: work skipped or shared for speed (bench/bench_pair.py), each held to the work it replaces: a scan not run
where the text lacks a word every match needs (``grammars.needed_words``, ``may_match``; the report shapes'
places); a body's name read in two parts where the whole pattern of each head took long to compile
(``names.search_name``, ``names.is_name``); on the bundled texts and by hypothesis."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from resparse import names
from resparse.grammars import may_match, needed_words, terminal_regex
from resparse.mandates import reports

# every scan of the report shapes (mandates/reports.py): the patterns _places runs
_SHAPES = [reports._requests(), reports._document_for(), reports._recurrence_scan(), reports._receiver_scan(),
           reports._channel(), reports._partner_scan(), reports._owed_scan(), reports._appointee(),
           reports._relative_author()]
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
    # a lookahead's words are needed too: "session" of INFORM_BODY ("inform the General Assembly at its ... session";
    # the scans of the request shapes are their first terminals since the twenty-eighth session, this one of ``inform``)
    inform_body = terminal_regex(reports._parser(), "INFORM_BODY")
    assert inform_body in dict(reports._requests())["inform"].pattern
    assert (("session", True),) in needed_words(re.compile(inform_body))


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


# ---- a body's name read in two parts (names.search_name, names.is_name) against the whole pattern (proper_name)

_HEADS = ["Committee", "Council", "Office", "Unit", "Commission", "Centre", "Rapporteur", "Secretary-General",
          "Conference", "Group", "Programme", "Fund", "Court", "Assembly"]


def _whole_search(head, text, pos):
    m = names.proper_name(head).search(text, pos)
    return None if m is None else (m.start(), m.start(1), m.end(1))


def test_names_read_in_two_parts_over_whole_resolutions(all_texts):
    """``search_name`` from every place of a resolution's joined text (as ``full_name`` and ``short_forms`` read
    it, the title first), where its search starts after the last character no name holds before the head."""
    found = 0
    for res in all_texts.values():
        text = ".\n".join([f"the {res.title or ''}", *(p.text for p in res.walk())])
        for head in _HEADS:
            at = text.find(head)
            while at >= 0:
                for pos in (max(0, at - 300), max(0, at - 40), at - 1):
                    got = names.search_name(head, text, max(0, pos))
                    assert got == _whole_search(head, text, max(0, pos)), (head, pos)
                    found += got is not None
                at = text.find(head, at + 1)
    assert found > 500


def test_names_read_in_two_parts_on_the_bundled_texts(all_texts):
    texts = [p.text for res in all_texts.values() for p in res.walk()]
    found = 0
    for text in texts:
        for head in _HEADS:
            if head not in text:
                continue
            for pos in range(0, len(text), 53):
                assert names.search_name(head, text, pos) == _whole_search(head, text, pos), (head, text, pos)
            for m in names.proper_name(head).finditer(text):
                found += 1
                written = m.group(0)
                for cut in range(len(written), 3, -1):  # the name, and every shorter piece of it
                    piece = written[:cut]
                    assert names.is_name(head, piece) == (names.proper_name(head).fullmatch(piece) is not None), piece
    assert found > 50


_NAME_PIECES = st.sampled_from(
    ["the ", "The ", "the  ", " ", ", ", " and ", " and the ", " of ", " of the ", " for ", " on ", " in the ", " in ",
     " to ", " with ", " with regard to the ", " between ", " a ", "high-level ", "2025 ", "United ", "Nations ",
     "Special ", "Joint ", "Inspection ", "Affecting ", "Law ", "Peace", "Disarmament", "Development", "Caribbean",
     "Persons", "Disabilities", "“Space2030”", "Africa’s", "Goal", " 14", "January", "-", "Human Rights", "States",
     # characters no name holds before its head, but inside quotation marks (names._name_start_bound)
     "; ", ". ", "(", ")", "“Peace, Now (2030)”", "“", "”", "\n", "’", "'"]
    + _HEADS + [h.lower() for h in _HEADS[:4]])


@given(st.lists(_NAME_PIECES, max_size=24).map("".join), st.sampled_from(_HEADS[:6]), st.integers(0, 40))
@example("a (b) the “Peace, Now (2030)” Committee", "Committee", 0)  # a comma and brackets inside the quotation
@example("x. the United Nations Office", "Office", 1)
@settings(max_examples=800, deadline=None)
def test_names_read_in_two_parts_by_hypothesis(text, head, pos):
    assert names.search_name(head, text, pos) == _whole_search(head, text, pos)
    written = text[text.find("the "):] if "the " in text else text
    assert names.is_name(head, written) == (names.proper_name(head).fullmatch(written) is not None)
    assert names.is_name(head, written.rstrip(" ,")) == (
        names.proper_name(head).fullmatch(written.rstrip(" ,")) is not None)


def test_a_range_holds_a_space_where_re_reads_one_in_it():
    """grammars._range_has_space (a character class's range, read by crossings: its own characters asked, not every
    code point): the ranges that hold a character ``\\s`` matches, and those that hold none, over all of Unicode."""
    from resparse import grammars

    every = "".join(map(chr, range(0x110000)))
    spaces = sorted(ord(c) for c in re.findall(r"\s", every))
    assert len(spaces) > 20
    for s in spaces:  # each space alone, with its neighbours, and the gap before it (no space there)
        assert grammars._range_has_space(s, s) and grammars._range_has_space(max(0, s - 3), s + 3)
    gaps = [(a + 1, b - 1) for a, b in zip([-1, *spaces], [*spaces, 0x110000]) if b - a > 1]
    assert all(not grammars._range_has_space(low, high) for low, high in gaps)
    assert grammars._range_has_space(0, 0x10FFFF)
    assert grammars.crossings(r"[a-z]+") == 0 and grammars.crossings(r"[\x00-\x20]") == 1
    assert grammars.crossings("[\u2000-\u200a]x") == 1 and grammars.crossings("[\u2010-\u2027]") == 0
