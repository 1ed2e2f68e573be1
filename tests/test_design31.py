"""Design mends of the thirty-first session (branch design31), the output unchanged (the --full dump of the 902 corpus
files and the citations of bench/dump_references.py identical to the start tree's):

1. where a time of grammar/deadlines.lark may start after its preposition ("by", "between", "from", "in", "at",
   "for", "over", "upon", "of") is read from the grammar: the rule's first three terminals (``grammars.first_sequences``,
   the FIRST_k set; ``deadlines._Opening``), the first matched, the others looked ahead to, no hand look-ahead of a
   time's first words
   (were ``_TIME_FIRST``, ``_SESSION_FIRST``, ``_WHEN_FIRST``); the right context the scan of ``at_session`` said
   about a "to" is the grammar's (TO_SESSION: a session named by its body), the left context of "of" a session stays
   with the scan (after "the provisional agenda", a count of days, weeks or meetings: the grammar parses from "of" on);
2. "before" and its synonyms ("prior to", "ahead of", "in advance of") and the adverbs of nearness it may take
   ("immediately", "shortly") are written once, grammar/deadlines.lark's BEFORE_WORD and NEAR_WORD: BEFORE and the
   look-ahead of IMMEDIATELY read them, and so do the scans of the "before" and "immediately" kinds and the
   preposition a "before"-deadline's words open with (``deadlines._preposition``; were ``_NEAR`` and two hand
   regexes in mandates/deadlines.py);
3. the adverbs of a period of years are read from the one list of them (``deadlines.recurring_years``, data/
   deadline_words.txt [recurring adjectives], an adjective in -ly its own adverb): grammar/reports.lark's
   YEARLY_ADVERB read RECURRING_YEARS_I and "ly", which made "yearlyly" and left "yearly" out; the numbers in words
   of reports.lark's COUNT, COUNT_MONTHS and AT_INTERVALS and of deadlines.lark's RECURS_EVERY (four subsets, written
   by hand) are data/deadline_words.txt [number words] (COUNT_WORD_I, COUNT_WORD), as deadlines.count reads them.
   Over the corpus no recurrence changes (no other number and no adverb "yearly" is written there); on other texts
   "every seven years" and "to report yearly" are recurrences now;
4. "their" bare reports ("more explicitly in their reports", A/RES/78/177 31) are no actor's own report: the grammar
   says so (``own_report`` reads "his", "her", "its" before bare reports and before "annual report", OWN_ONE; "their"
   only before a report's subject, THEIR), where a regex re-read what the grammar had parsed and dropped it
   (``deadlines._THEIR_BARE_REPORTS``);
5. the numbers in words of mandates/addressees.py (a list referred back to by its count, "the two organizations",
   A/RES/79/9 22) and mandates/clauses.py (the words that open a verb's object, an agent only counted) are data/
   deadline_words.txt [number words] too (were "two" to "five" and "one" to "ten" by hand).

Each test reads the shipped grammar for the scan's words, or runs the grammar over real texts (tests/fixtures) and
sees the scan find where it parses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import resparse
from resparse import data, grammars
from resparse.mandates import deadlines as dl
from resparse.mandates import extract, reports

from conftest import paragraph_deadline_texts
from test_design29 import paragraphs  # noqa: F401  (the fixture: real paragraphs of every third fixture text)

ROOT = Path(__file__).parents[1]

# ---------------------------------------------------------------- 1. the scans of a time after its preposition
_OPENED = {starts: at for _, starts, at, _ in dl._KINDS if isinstance(at, dl._Opening)}


def test_the_kinds_of_a_dated_time_are_opened_from_the_grammar():
    assert {s for starts in _OPENED for s in starts} >= {"by", "between", "from_to", "from_date", "in_namely",
                                                         "in_time", "at_session"}
    assert not hasattr(dl, "_TIME_FIRST") and not hasattr(dl, "_WHEN_FIRST") and not hasattr(dl, "_SESSION_FIRST")


@pytest.mark.parametrize("starts", sorted(_OPENED), ids=lambda s: "+".join(s))
def test_each_scan_holds_its_first_terminals_and_no_look_ahead(starts):
    """The scan is the rules' first terminals and the ones that may follow them (three, one for "before"), as the
    grammar defines them; what is left of it when they are taken out (and the left context the grammar cannot see) is
    word boundaries, white space and the regex's brackets: no word of a time written by hand."""
    parser, scan = dl._parser(), _OPENED[starts]
    pattern = scan.pattern.pattern
    names = set()
    for start in starts:
        seqs = grammars.first_sequences(parser, start, scan.depth)
        for seq in seqs:
            if any(seq[:n] in seqs for n in range(1, len(seq))):
                continue  # a text may end before its last terminal ("by April", "by April 15, 2017"): none looked for
            names.update(seq)
            assert all(grammars.terminal_regex(parser, name) in pattern for name in seq), (start, seq)
    assert {seq[0] for start in starts for seq in grammars.first_sequences(parser, start, scan.depth)} == \
        {name for start in starts for name in grammars.first_terminals(parser, start)}
    rest = pattern
    for name in sorted(names, key=lambda n: -len(grammars.terminal_regex(parser, n))):
        rest = rest.replace(grammars.terminal_regex(parser, name), "")
    for left in scan.left.values():
        rest = rest.replace(left, "")
    assert re.fullmatch(r"(?:\\b|\\s\*|\(\?:|\(\?=|\)|\|)*", rest), (starts, rest)


def test_the_first_terminals_of_a_time_read_from_the_grammar():
    """``by: BY when``: after BY, where a date, a session or a phase may start (``when``'s first terminals); "in"
    then "the" opens ``in_time`` only before an edge ("in the end of 2025" parses, "in the field" never)."""
    parser = dl._parser()
    assert grammars.first_sequences(parser, "by", 2) == {("BY", name) for name in grammars.first_terminals(parser, "when")}
    assert {"MONTH", "YEAR", "DAY", "THE", "ITS", "PHASE", "WEEKDAY"} <= set(grammars.first_terminals(parser, "when"))
    assert ("PHASE",) in grammars.first_sequences(parser, "when", 2)  # "in phase II": PHASE may end a time
    assert {seq[2] for seq in grammars.first_sequences(parser, "in_time", 3) if seq[:2] == ("IN_TIME", "THE")} == {"EDGE"}
    assert {seq[:1] for seq in grammars.first_sequences(parser, "by", 1)} == {("BY",)}


_OF_SESSION_AFTER = re.compile(r"(?:provisional\sagenda|days|weeks|meetings)\s$")


def _left_context_allows(text: str, at: int) -> bool:
    """What the scan of ``at_session`` keeps of the left context the grammar, parsing from ``at`` on, cannot see: "of"
    a session only after "the provisional agenda" or a count of days, weeks or meetings."""
    return not text.startswith("of", at) or bool(_OF_SESSION_AFTER.search(text, max(0, at - 20), at))


@pytest.mark.parametrize("starts", sorted(_OPENED), ids=lambda s: "+".join(s))
def test_the_scan_finds_every_place_the_grammar_reads(starts, paragraphs):
    """At each place of real paragraphs where a start of ``starts`` parses (and the left context allows), the scan
    has a place: that one, or one before it whose match holds it. The grammar can parse only where one of the rule's
    first terminals matches (its first token): those places are tried, each word's."""
    parser, scan = dl._parser(), _OPENED[starts]
    firsts = re.compile(r"\b(?=" + "|".join(grammars.terminal_regex(parser, name) for start in starts
                                            for name in grammars.first_terminals(parser, start)) + ")")
    parsed = 0
    for text in paragraphs:
        hits = [(m.start(), m.end()) for m in scan.finditer(text)]
        for place in firsts.finditer(text):
            at = place.start()
            if not _left_context_allows(text, at) or not any(dl._longest(text, at, s) for s in starts):
                continue
            parsed += 1
            assert any(s == at or s < at < e for s, e in hits), (starts, text[max(0, at - 40) : at + 60])
    assert parsed > 0 or starts == ("in_namely",), starts


@pytest.fixture(scope="module")
def rows():
    return {res.symbol: extract(res) for res in map(resparse.parse, [ROOT / "tests/fixtures/A_RES_80_136.txt",
                                                                      ROOT / "tests/fixtures/A_RES_78_111.txt"])}


def test_a_session_named_by_its_body_after_to_is_the_grammar_s(rows):
    """"to submit an annual report to the Economic and Social Council, and to the subsequent session of the General
    Assembly" (A/RES/80/136 22): the session of the second receiver, a time (TO_SESSION); "to" a session with no body
    named after it is none. The time as written leaves the report's "to" out (tests/labels/GUIDELINE.md, the
    thirty-first session, branch mfix12)."""
    assert "the subsequent session of the General Assembly" in paragraph_deadline_texts(rows, "A/RES/80/136", "22")
    regex = grammars.terminal_regex(dl._parser(), "TO_SESSION")
    assert re.match(regex, "to the subsequent session of the General Assembly")
    assert not re.match(regex, "to the eightieth session on progress made")
    assert dl.find("to submit a report to the eightieth session on progress made") == []


def test_of_a_session_after_the_provisional_agenda_only(rows):
    """"Decides to include in the provisional agenda of its seventy-ninth session the item ..." (A/RES/78/111 20):
    the session of the agenda, a time; "of its seventy-ninth session" after another noun is none (the scan's left
    context)."""
    assert paragraph_deadline_texts(rows, "A/RES/78/111", "20") == ["of its seventy-ninth session"]
    assert dl.find("takes note of the report of the Commission on the work of its seventy-ninth session;") == []


# ---------------------------------------------------------------- 2. "before" written once
def _code(text: str) -> str:
    return "\n".join(line.split("//")[0] for line in text.splitlines())


def test_before_and_its_adverbs_are_written_once():
    grammar = _code(grammars.grammar_text("deadlines.lark"))
    assert grammar.count("prior\\s+to") == 1 and grammar.count("shortly|just") == 1
    source = (ROOT / "src/resparse/mandates/deadlines.py").read_text(encoding="utf-8")
    assert "prior\\s+to" not in source and "directly" not in source and "_NEAR" not in source
    parser = dl._parser()
    before = grammars.terminal_regex(parser, "BEFORE")
    assert before in dl._preposition().pattern
    assert "prior\\s+to" in grammars.terminal_regex(parser, "IMMEDIATELY")  # its look-ahead: not "immediately prior to"
    scans = {starts: at for _, starts, at, _ in dl._KINDS}
    assert before in scans[("before", "before_act", "before_np")].pattern.pattern
    for name in ("IMMEDIATELY", "EARLIEST_OWN", "SHORTLY"):
        assert grammars.terminal_regex(parser, name) in scans[("immediately",)].pattern.pattern, name


@pytest.mark.parametrize("text, found", [
    # A/RES/71/280 1 (a), quoted in grammar/deadlines.lark: the adverb one word with the preposition
    ("to hold the meeting immediately prior to the opening of the general debate of the seventy-third session;",
     [("immediately prior to the opening of the general debate of the seventy-third session", "before")]),
    ("to act immediately;", [("immediately", "immediately")]),
    # "shortly" only with its event (SHORTLY, then AFTER_EVENT)
    ("to convene a meeting shortly after the conclusion of the Conference;",
     [("shortly after the conclusion of the Conference", "from")]),  # from that event on
    ("to report shortly;", []),
])
def test_before_and_immediately_read_as_the_grammar(text, found):
    assert [(d.text, d.type) for d in dl.find(text)] == found


def test_a_before_of_a_named_event_on_real_text():
    """"Encourages participants in the Conference to organize consultations on issues of substance, prior to the
    convening of the Conference, ..." (A/RES/79/122 12): a "before" whose words open with BEFORE."""
    rows = {res.symbol: extract(res) for res in [resparse.parse(ROOT / "tests/fixtures/A_RES_79_122.txt")]}
    assert paragraph_deadline_texts(rows, "A/RES/79/122", "12") == ["prior to the convening of the Conference"]


# ---------------------------------------------------------------- 3. the adverbs of years and the number words, one list each
def test_the_adverbs_of_years_are_recurring_years_s():
    regex = grammars.terminal_regex(reports._parser(), "YEARLY_ADVERB")
    assert "yearlyly" not in regex.replace("(", "").replace(")", "").replace("?:", "").replace("?i:", "")
    assert dl.recurring_years()["RECURRING_YEARS_ADVERB"] in regex
    assert re.fullmatch(regex, "yearly") and re.fullmatch(regex, "biennially")


def test_no_grammar_writes_a_number_word():
    words = data.alternation(data.counted("deadline_words.txt", "number words"))
    for name in ("reports.lark", "deadlines.lark"):
        code = _code(grammars.grammar_text(name))
        assert not re.search(r"\b(?:two|three|four|five|six|ten)\b", code), name
    for name in ("COUNT", "COUNT_MONTHS", "AT_INTERVALS"):
        assert words in grammars.terminal_regex(reports._parser(), name), name
    assert words in grammars.terminal_regex(dl._parser(), "EVERY_AFTER")  # RECURS_EVERY, inside it


@pytest.mark.parametrize("action, recurrence", [
    # the corpus's counts read as before ("every five years": 17 times, A/RES/79/272 2)
    ("to report to the General Assembly every five years on the implementation of the present resolution",
     ("every five years", 5)),
    ("to report annually to the General Assembly on the implementation of the present resolution", ("annually", 1)),
    # a number word the subsets had not, and "yearly", the adverb "yearlyly" stood for
    ("to submit a report to the General Assembly every seven years on the implementation of the present resolution",
     ("every seven years", 7)),
    ("to report to the General Assembly at seven-year intervals on the implementation of the present resolution",
     ("at seven-year intervals", 7)),
    ("to report yearly to the General Assembly on the implementation of the present resolution", ("yearly", 1)),
    ("to report to the Council every eight months on the implementation of the present resolution",
     ("every eight months", None)),  # shorter than a year: no count of years, as "every six months"
])
def test_a_report_s_recurrence_reads_every_number_word(action, recurrence):
    (report,) = reports.reports_of(action, dl.find(action), "2024-12-01")
    assert (report.recurrence, report.every) == recurrence


def test_a_deadline_s_recurrence_after_it_reads_every_number_word():
    """"in 2025 and every five years thereafter" (A/RES/79/272 2): EVERY_AFTER, its count any number word."""
    assert [(d.text, d.recurrence) for d in dl.find("to hold a special solemn meeting in 2025 and every five years "
                                                    "thereafter;")] == [("in 2025 and every five years thereafter",
                                                                         "every five years")]
    assert [(d.text, d.recurrence) for d in dl.find("to hold a meeting in 2025 and every twelve years thereafter;")] \
        == [("in 2025 and every twelve years thereafter", "every twelve years")]


# ---------------------------------------------------------------- 4. their bare reports, the grammar's
@pytest.mark.parametrize("text, parses", [
    ("in its reports a concise summary of the budgetary impact", True),  # A/RES/80/242 49
    ("in his reports;", True),  # A/RES/80/242 101
    ("in their reports;", False),  # A/RES/78/177 31: "more explicitly in their reports"
    ("in their budget reports;", False),
    ("in their annual report to the General Assembly;", False),
    ("in his annual report to the General Assembly;", True),  # A/RES/80/209 17
    ("in their report on the implementation of the present resolution;", True),  # a report on its subject
])
def test_own_reports_are_one_actor_s(text, parses):
    assert (dl._longest(text, 0, "own_report") is not None) is parses


def test_no_regex_rereads_what_own_report_parsed():
    assert not hasattr(dl, "_THEIR_BARE_REPORTS")
    assert "their" not in grammars.terminal_regex(dl._parser(), "OWN_ONE")


def test_their_bare_reports_give_no_time():
    """"Encourages States parties to existing international human rights instruments, where appropriate, to address
    the situation of older persons more explicitly in their reports;" (A/RES/78/177 31, tests/fixtures/design31): no
    deadline, no report."""
    (res,) = [resparse.parse(ROOT / "tests/fixtures/design31/A_RES_78_177.txt")]
    ms = [m for m in extract(res) if m.paragraph == "31" and m.kind == "mandate"]
    assert ms and all(not m.deadlines and m.report is None for m in ms)
    assert [d.text for d in dl.find("to include that information in his reports;")] == ["in his reports"]


# ---------------------------------------------------------------- 5. the numbers in words of the mandates' passes
def test_the_passes_count_with_the_data_file_s_number_words():
    from resparse.mandates import addressees, clauses

    words = data.alternation(data.counted("deadline_words.txt", "number words"))
    for pattern in (addressees._BACK, clauses._OBJECT_LEAD, clauses._INDEFINITE):
        assert words in pattern.pattern, pattern
    for module in ("addressees.py", "clauses.py"):
        code = (ROOT / "src/resparse/mandates" / module).read_text(encoding="utf-8")
        assert not re.search(r"two\|three", code), module
    # "the two organizations" (A/RES/79/9 22) as before; "the six organizations" a count as well
    assert addressees._BACK.search(" the two organizations").group("count") == "two"
    assert addressees._BACK.search(" the six organizations").group("count") == "six"
    assert clauses._INDEFINITE.match("twelve representatives to be appointed")
