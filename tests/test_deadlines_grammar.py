"""grammar/deadlines.lark: the structure of time expressions, read on real paragraphs of the corpus, and the scan
that runs it (mandates/deadlines.py) held to Lark's own interactive parser."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from lark.exceptions import UnexpectedInput

import resparse
from conftest import TEXTS

deadlines = importlib.import_module("resparse.mandates.deadlines")

FIXTURE = Path(__file__).parent / "fixtures" / "deadlines-kinds.txt"


def _paragraphs() -> dict[tuple[str, str], str]:
    out = {}
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            symbol, label, text = line.split(" | ", 2)
            out[symbol, label] = text
    return out


PARAGRAPHS = _paragraphs()

# (resolution, paragraph, the expression as written, the start symbol that reads it, type, start, end), each read
# against the text: the 81st session opens in September 2026 (1945 + 81), a list of sessions runs from the first's
# opening to the last's close, "the end of" a session keeps its close, "the high-level week of" is its opening month
CASES = [
    ("A/RES/78/128", "annex II 16", "no later than April 2024", "no_later", "by", "2024-04", "2024-04"),
    ("A/RES/78/2", "6", "until the end of its seventy-eighth session", "by", "by", "2023-09", "2024-09"),
    ("A/RES/79/241", "5", "before the end of the seventy-ninth session of the General Assembly", "before", "before",
     "2024-09", "2025-09"),
    # the year written after the session is its own, one time (rule ``session_time``): the week in 2027
    ("A/RES/79/159", "57", "during the high-level week of the eighty-second session of the General Assembly, in 2027",
     "at_session", "at", "2027-09", "2027-09"),
    ("A/RES/80/190", "58 (g)", "at its eighty-first and eighty-second sessions", "at_session", "at", "2026-09",
     "2028-09"),
    ("A/RES/80/165", "PP6", "at the sixty-second, sixty-fifth, sixty-eighth, seventy-first, seventy-fourth, "
     "seventy-seventh and eightieth sessions of the General Assembly", "at_session", "at", "2007-09", "2026-09"),
    ("A/RES/79/286", "1", "on Monday, 24 November, and Tuesday, 25 November 2025", "in_time", "in", "2025-11-24",
     "2025-11-25"),
    ("A/RES/79/324", "PP4", "from 1 January 2026 to 31 December 2027", "from_to", "between", "2026-01-01",
     "2027-12-31"),
    ("A/RES/79/327", "35", "starting with the eighty-fourth session", "beginning", "from", "2029-09", None),
    ("A/RES/80/124", "44", "during the first half of 2026", "in_time", "in", "2026-01", "2026-06"),
    ("A/RES/79/235", "11", "in the first quarter of its eighty-second session", "quarter", "in", "2027-09", "2027-11"),
    ("A/RES/80/5", "annex 43 (a)", "no later than the eighty-fifth session of the Assembly", "no_later", "by",
     "2030-09", "2031-09"),
    ("A/RES/78/154", "15", "in his report on the implementation of the present resolution", "own_report", "relative",
     None, None),
    ("A/RES/78/263", "19", "in the context of the next proposed programme budget", "next_doc", "relative", None, None),
    ("A/RES/79/192", "10", "prior to the consideration of the agenda item under which those reports are scheduled",
     "before_np", "relative", None, None),
    ("A/RES/78/69", "375", "no later than one week before the first day of the first round of the informal "
     "consultations", "no_later_np", "by", None, None),
    ("A/RES/78/71", "13", "within 12 months of their approval", "within", "within", None, None),
    ("A/RES/79/1", "adopted 42 (c)", "at the earliest possible stage", "immediately", "immediately", "2024-09",
     "2024-09"),
    # the general debate opens the session: its last day is in the session's first month, not at its close
    ("A/RES/80/193", "54", "no later than the last day of the general debate of the Assembly at its eighty-first "
     "session", "no_later", "by", "2026-09", "2026-09"),
    # from an event, not from the adoption; the session of another body, undated (body: the Commission)
    ("A/RES/80/164", "46", "as soon as possible after the conclusion of the session of the International Law "
     "Commission", "immediately", "from", None, None),
    # two bodies, two sessions: the Assembly's is the eightieth, the Council's sixty-first is its own
    ("A/RES/78/217", "32", "at their eightieth and sixty-first sessions, respectively", "at_session", "at", "2025-09",
     "2026-09"),
]


@pytest.mark.parametrize("symbol, label, written, start, typ, first, last", CASES)
def test_each_kind_on_a_real_paragraph(symbol, label, written, start, typ, first, last):
    text = PARAGRAPHS[symbol, label]
    found = [d for d in deadlines.find(text, None, "2024-09-22") if d.text == written]
    assert [(d.type, d.start, d.end) for d in found] == [(typ, first, last)]
    # the start symbol of the grammar that reads it
    at = text.index(written)
    kinds = [tree.data for _, starts, scan, _ in deadlines._KINDS for s, e, tree in deadlines._scan(text, starts, scan)
             if (s, e) == (at, at + len(written))]
    assert start in kinds


def _longest_by_lark(text: str, pos: int, start: str):
    """The longest whole ``start`` at ``pos`` as Lark's public interactive parser finds it: every token through its
    own lexer thread over the whole window, the parser copied after each token where the input may end; the last
    copy that takes the end of the input gives the tree."""
    window = text[pos : pos + deadlines._WINDOW]
    ip = deadlines._parser().parse_interactive(window, start=start)
    ends = []
    try:
        for tok in ip.lexer_thread.lex(ip.parser_state):
            ip.feed_token(tok)
            if "$END" in ip.choices():
                ends.append((tok.end_pos, ip.copy(), tok))
    except UnexpectedInput:
        pass
    for end, copy, tok in reversed(ends):
        try:
            return pos + end, copy.feed_eof(tok)
        except UnexpectedInput:
            continue
    return None


def _real_texts() -> list[str]:
    texts = list(PARAGRAPHS.values())
    for name in ("A_RES_71_280.txt", "A_RES_72_244.txt", "A_RES_73_195.txt", "A_RES_80_1.txt"):
        texts += [p.text for p in resparse.parse(TEXTS / name).walk()]
    return texts


def test_the_scan_keeps_what_larks_interactive_parser_keeps():
    """At every place a kind may start in the bundled resolutions and the fixture's paragraphs (the tree and its
    end), and for the free-text scans of the dated parts, the direct token loop gives what Lark's own does."""
    tried = hits = 0
    scans = [(starts, at) for _, starts, at, _ in deadlines._KINDS] + [
        (("date_point",), deadlines._DATE_AT), (("session_point",), deadlines._SESSION_AT),
        (("when",), deadlines._WHEN_AT), (("half",), deadlines._HALF_AT), (("after_adoption",), deadlines._COUNT_AT),
        (("period_name",), deadlines._PERIOD_AT), (("edge_word",), deadlines._edge_at())]
    for text in _real_texts():
        for starts, at in scans:
            for m in at.finditer(text):
                for start in starts:
                    tried += 1
                    want = _longest_by_lark(text, m.start(), start)
                    got = deadlines._longest(text, m.start(), start)
                    assert (got and (got[0], got[1])) == (want and (want[0], want[1])), (start, text[m.start():][:80])
                    hits += got is not None
    assert tried > 1000 and hits > 100


def test_every_start_symbol_is_used_and_a_kind():
    """The grammar's start symbols are the kinds find tries and the scans of the dated parts; none left over."""
    kinds = {s for _, starts, _, _ in deadlines._KINDS for s in starts}
    scans = {"when", "date_point", "session_point", "half", "quarter_point", "after_adoption", "period_definition",
             "period_name", "edge_word"}
    assert kinds | scans == set(deadlines._STARTS)
    rules = {r.origin.name for r in deadlines._parser().rules}
    assert set(deadlines._STARTS) <= rules


@pytest.mark.parametrize("after, is_time", [
    ("January 2018 to the Assembly", True),             # 71/280 13: "to be decided by Member States by January 2018"
    ("the end of its eightieth session", True),
    ("the first part of its resumed eightieth session", True),
    ("phase II of the process", True),
    ("the President of the General Assembly", False),
    ("Member States by January 2018", False),
    (" January 2018", False),                           # a time opens the text itself, not after a space
])
def test_starts_with_time(after, is_time):
    assert deadlines.starts_with_time(after) is is_time


def test_points_of_a_deadline_dates_then_sessions():
    """date_points (also read by mandates/reports.py): dates in order, a year filling the months before it, then each
    session of a list."""
    assert deadlines.date_points("between April and November 2017") == [("2017-04", "2017-04"), ("2017-11", "2017-11")]
    assert deadlines.date_points("at its sixty-eighth and sixty-ninth sessions") == [("2013-09", "2014-09"),
                                                                                ("2014-09", "2015-09")]
    assert deadlines.date_points("on 10 December 2018, at its resumed session") == [("2018-12-10", "2018-12-10")]


def test_a_named_period_dates_the_deadlines_that_name_it(res_71_280):
    """71/280 14 (a)-(d) define the phases of the process ("Phase III (intergovernmental negotiations): February to
    July 2018", rule ``period_definition``); a deadline names one in any case and dates by its edges."""
    periods = deadlines.named_periods([(p.label, p.text) for p in res_71_280.walk()])
    assert periods["phase iii"][:2] == ("2018-02", "2018-07") and periods["phase iii"][2].startswith("14")
    got = {d.text: (d.type, d.start, d.end, d.resolved_from) for d in deadlines.find(
        "before the beginning of phase III; by the end of Phase III, and in advance of phase III", periods)}
    label = periods["phase iii"][2]
    assert got == {"before the beginning of phase III": ("before", None, "2018-02", label),
                   "in advance of phase III": ("before", None, "2018-02", label)}


def test_a_session_of_another_body_has_no_assembly_date_and_names_the_body():
    """A session named with another body is numbered by that body: never dated by the Assembly's calendar (the
    ninety-eighth session of the International Labour Conference read as the Assembly's was 2043), the body named;
    an act of another body at its session is no deadline at all (data/assembly_sessions.txt: the Assembly's own)."""
    ilc = deadlines.find(PARAGRAPHS["A/RES/80/164", "46"], None, "2025-12-10")
    assert [(d.type, d.start, d.body) for d in ilc] == [("from", None, "International Law Commission")]
    ilo = PARAGRAPHS["A/RES/80/153", "15"]  # "the Global Jobs Pact adopted by the International Labour Conference at
    assert "ninety-eighth session" in ilo  # its ninety-eighth session": when the Pact was adopted, not a deadline
    assert [d.text for d in deadlines.find(ilo, None, "2025-12-10") if "session" in d.text] == []
    # the same words as a time for the action, the body named before or after the session
    for text in ("to report thereon to the International Labour Conference at its ninety-eighth session;",
                 "to present it at the ninety-eighth session of the International Labour Conference;"):
        (d,) = deadlines.find(text, None, "2025-12-10")
        assert (d.start, d.end, d.body) == (None, None, "International Labour Conference")
    # the Assembly and the bodies that meet in its sessions keep the Assembly's calendar
    for text in ("to report to the General Assembly at its eighty-first session;",
                 "to report to the President of the General Assembly at its eighty-first session;",
                 "to report to the Sixth Committee at its eighty-first session;"):
        (d,) = deadlines.find(text, None, "2025-12-10")
        assert (d.start, d.end, d.body) == ("2026-09", "2027-09", None)


def test_the_edges_of_halves_and_quarters():
    """An edge of a half or a quarter: its close or its opening month; "before" a quarter is before it opens; "by"
    a quarter is a "by" (A/RES/79/182 36, the clause that asks the President: it was read "in")."""
    def dates(text):
        return [(d.type, d.start, d.end) for d in deadlines.find(text, None, "2024-09-22")]
    text = PARAGRAPHS["A/RES/79/182", "36"]
    assert dates(text[text.index("requests the President") :]) == [("by", "2025-01", "2025-03")]
    assert dates("to finalize it by the end of the first quarter of 2025;") == [("by", "2025-03", "2025-03")]
    assert dates("to finalize it by the end of the first half of 2026;") == [("by", "2026-06", "2026-06")]
    assert dates("to finalize it by the beginning of the second half of 2026;") == [("by", "2026-07", "2026-07")]
    assert dates("to finalize it before the second quarter of 2026;") == [("before", "2026-04", "2026-04")]
    assert dates("to finalize it by the beginning of the eighty-first session;") == [("by", "2026-09", "2026-09")]
