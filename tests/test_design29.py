"""Design mends of the twenty-ninth session (branch design29), the output unchanged (the --full dump of the 902 corpus
files and the citations of bench/dump_references.py identical to the start tree's):

1. where a report's recurrence, receiver, channel, partner and owing article may start (mandates/reports.py) is read
   from grammar/reports.lark, the first terminals of each shape (``grammars.first_terminals``), as design28 did for
   the request shapes: no hand look-ahead of what the grammar decides after them; the left context a terminal can
   say is the grammar's (EVERY and EVERY_YEAR not after "for", a month's adverb not after "next", ON_A the "on" of
   "on an annual basis"), the rest stays with the scan ("inform" only at the start of the report's words);
2. word lists written once: the ordinals of three grammars are ORDINAL_WORD (resparse/ordinals.py); the adjectives of
   a period of years of reports.lark are data/deadline_words.txt [recurring adjectives] (RECURRING_YEARS_I), which a
   report's ``every`` reads; the edges of a period are its [period edges] (deadlines.lark's EDGE, deadlines.py's
   scans, ``_OPENING`` and ``_CLOSING``).

Each test reads the shipped grammar for the scan's words, or runs the grammar over real texts (tests/fixtures) and
sees the scan find where it parses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resparse import data, grammars, references
from resparse.mandates import reports

ROOT = Path(__file__).parents[1]

# ---------------------------------------------------------------- 1. the scans of the shapes around a report
_SCANS = {"recurrence": reports._recurrence_scan, "receiver": reports._receiver_scan, "channel": reports._channel,
          "partner": reports._partner_scan, "owed": reports._owed_scan}


@pytest.mark.parametrize("kind", sorted(_SCANS))
def test_each_scan_holds_its_first_terminals_and_no_look_ahead(kind):
    parser = reports._parser()
    (found_kind, scan), = _SCANS[kind]()
    assert found_kind == kind
    for name in grammars.first_terminals(parser, kind):
        assert grammars.terminal_regex(parser, name) in scan.pattern, (kind, name)
    # the look-aheads of the scans that were: "through" after the channel's first word, an article after "under"
    # only in the terminal that reads it (UNDER_ARTICLE), a body after "to" nowhere
    rest = scan.pattern
    for name in grammars.first_terminals(parser, kind):
        rest = rest.replace(grammars.terminal_regex(parser, name), "")
    assert "through" not in rest and "article" not in rest and "[A-Z]" not in rest, kind


@pytest.fixture(scope="module")
def paragraphs():
    """The text of every third resolution of tests/fixtures (official PDF text), cut where a line ends a sentence or
    clause, white space made one space."""
    out = []
    for path in sorted((ROOT / "tests" / "fixtures").glob("A_RES_*.txt"))[::3]:
        out += [" ".join(part.split()) for part in re.split(r"(?<=[.;:])[ \t]*\n", path.read_text(encoding="utf-8"))]
    return [text for text in out if text]


def _left_context_allows(kind: str, text: str, at: int) -> bool:
    """What the scans keep of the left context the grammar, parsing from ``at`` on, cannot see: "inform" opens a
    receiver only at the start of the report's words; "annual" after "next" is read from "next" (SERIES_NEXT;
    SERIES_REPORT's and YEARLY_ADVERB's lookbehinds), "every"/"each" none after "for" (EVERY's, EVERY_YEAR's)."""
    if kind == "receiver" and at > 0 and re.match(r"(?:inform|apprise)\b", text[at:]):
        return False
    if kind == "recurrence" and re.search(r"(?i:next|for)\s$", text[max(0, at - 5) : at]):
        return False
    return True


@pytest.mark.parametrize("kind", sorted(_SCANS))
def test_the_scan_finds_every_place_the_grammar_reads(kind, paragraphs):
    """At each word of real paragraphs where ``kind`` of grammar/reports.lark parses (and the left context allows),
    the scan has a place: that word, or the start of a hit that holds it where the grammar parses too (the leftmost
    place that parses, what ``reports._first`` takes, is so always a place of the scan)."""
    (_, scan), = _SCANS[kind]()
    prefixes = reports._prefixes()
    if kind == "partner":  # read in the words before a request, which end with its "by": each text cut after one
        paragraphs = [text[max(0, m.end() - 400) : m.end()] for text in paragraphs for m in re.finditer(r"\bby\b", text)]
    parsed = 0
    for text in paragraphs:
        hits = [(m.start(), m.end()) for m in scan.finditer(text)]
        for word in re.finditer(r"(?<!\w)\S", text):
            at = word.start()
            if not _left_context_allows(kind, text, at) or prefixes.longest(text[at : at + 400], kind) is None:
                continue
            parsed += 1
            assert any(start == at or (start < at < end and prefixes.longest(text[start : start + 400], kind))
                       for start, end in hits), (kind, text[max(0, at - 40) : at + 60])
    assert parsed > 0, kind


@pytest.mark.parametrize("text, kind, first", [
    ("to report to the General Assembly on an annual basis", "recurrence", "on an annual basis"),  # A/RES/79/323 annex
    ("the costs required for each year in which the arbitration might last", "recurrence", None),  # A/RES/80/232 4
    # the next one of a series, read from "next" (SERIES_NEXT: one report of the series, no years between those asked)
    ("to include in his next quarterly Report the data", "recurrence", "next quarterly"),
    ("a report thereon to the General Assembly at its eightieth session", "receiver", "to the General Assembly"),
    ("promote and inform the Council of the steps taken", "receiver", None),  # "inform" not at the start
    ("inform the General Assembly at its eighty-first session", "receiver", "inform the General Assembly"),
    ("to resubmit through the Commission a report", "channel", None),  # a verb's word running on before it
    ("to report, through the Economic and Social Council, to the General Assembly", "channel",
     ", through the Economic and Social Council"),  # A/RES/79/229 13
])
def test_the_scans_read_as_the_grammar_with_their_left_context(text, kind, first):
    found = reports._first(text, _SCANS[kind]())
    assert (found.words if found else None) == first


# ---------------------------------------------------------------- 2. word lists written once
def _code(text: str) -> str:
    """``text``, a grammar, without its comments (each line cut at "//")."""
    return "\n".join(line.split("//")[0] for line in text.splitlines())


@pytest.mark.parametrize("name", ["references.lark", "deadlines.lark", "reports.lark"])
def test_no_grammar_writes_an_ordinal_the_terminal_is_ordinals_py_s(name):
    """The ordinals of ORDINAL_UNIT, EVENT_NP_ORD and MODIFIER are ORDINAL_WORD, defined from resparse/ordinals.py."""
    assert not re.search(r"eleventh|twelfth|teenth|tieth", _code(grammars.grammar_text(name)))
    assert "%declare ORDINAL_WORD" in grammars.grammar_text(name)
    from resparse import ordinals
    from resparse.mandates import deadlines

    parser, terminal = {"references.lark": (references._parser(), "ORDINAL_UNIT"),
                        "deadlines.lark": (deadlines._parser(), "EVENT_NP_ORD"),
                        "reports.lark": (reports._parser(), "MODIFIER")}[name]
    assert ordinals.PATTERN in grammars.terminal_regex(parser, terminal)


def test_the_adjectives_of_years_are_the_data_file_s():
    """reports.lark's FREQUENCY, SERIES_REPORT(ING) and YEARLY_ADVERB (their adverbs) read data/deadline_words.txt
    [recurring adjectives]; a report's ``every`` its years."""
    words = data.counted("deadline_words.txt", "recurring adjectives")
    assert {"annual": 1, "biennial": 2, "yearly": 1}.items() <= words.items()
    assert not re.search(r"biennial|triennial|quadrennial", _code(grammars.grammar_text("reports.lark")))
    for name in ("FREQUENCY", "SERIES_REPORT", "SERIES_REPORTING"):
        assert data.alternation(words) in grammars.terminal_regex(reports._parser(), name), name
    # YEARLY_ADVERB: their adverbs, from the same list (design31: deadlines.recurring_years, "yearly" its own adverb)
    from resparse.mandates import deadlines

    adverbs = deadlines.recurring_years()["RECURRING_YEARS_ADVERB"]
    assert adverbs in grammars.terminal_regex(reports._parser(), "YEARLY_ADVERB")
    assert [reports._every(w) for w in ("a biennial report", "annually", "every three years", "at two-year intervals",
                                        "every six months", "periodically")] == [2, 1, 3, 2, None, None]


def test_the_edges_of_a_period_are_the_data_file_s():
    """deadlines.lark's EDGE and deadlines.py's scans and readings of an edge read data/deadline_words.txt [period
    edges] ("the last day of the general debate of", A/RES/80/193 54: an opening)."""
    from resparse.mandates import deadlines

    edges = [line.partition(":")[0].strip() for line in data.sections("deadline_words.txt")["period edges"]]
    assert data.alternation(edges) in grammars.terminal_regex(deadlines._parser(), "EDGE")
    assert "conclusion" not in _code(grammars.grammar_text("deadlines.lark")).split("EDGE_WORD")[0]
    assert "last day of the general debate" in deadlines._OPENING and "end" in deadlines._CLOSING
    assert "middle" not in deadlines._OPENING | deadlines._CLOSING
