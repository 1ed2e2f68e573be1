"""Design mends of the twenty-eighth session (branch design28), each a word list or a shape written once, where a
grammar or a cited data file holds it, the output unchanged (the --full dump of the 902 corpus files and the citations
of bench/dump_references.py identical to the start tree's):

1. the names of the days of the week of grammar/deadlines.lark are one terminal, WEEKDAY_NAME, defined at load time
   from resparse/months.py (as MONTH_NAME), which mandates/deadlines.py's scan reads too;
2. the words of a recurrence shorter than a year ("monthly", "quarterly") are data/deadline_words.txt [recurring
   months] only: grammar/reports.lark's RECURRING_MONTHS_I and grammar/attachment.lark's RECURRING_MONTHS are defined
   from it at load time, no grammar and no scan of mandates/reports.py writes them;
3. the subjects of someone else's bare "report" (``subject_before`` of grammar/reports.lark: "in cases they report on
   climate change", A/RES/80/217 25) are data/reports_elsewhere.txt [reporting subjects] and [reporting subject
   endings], the grammar's SUBJECT_BEFORE built from them at load time;
4. where a request shape or ``document_for`` may start is read from the grammar, its first terminals
   (``grammars.first_terminals``), no hand look-ahead in mandates/reports.py;
5. the word lists the mandates look words up in are read by one cached helper, ``data.entry_set``, not a cached
   reader of their own each (the organs of a State read once, by mandates/actors.py);
6. the head nouns of a meeting ("for presentation at the Biennial Meeting of States", A/RES/80/38 33) are
   data/reports_elsewhere.txt [meeting heads], grammar/reports.lark's MEETING_HEAD and reports._meeting read them
   (were written five times in the grammar and once in reports.py); TO_THE_DOCUMENT and TO_THE_FOR read DOCUMENT's
   nouns and FOR_BODY's words by name (were written out in each).

Each test reads the shipped files for a second writing of a list, or changes the one source and sees the reading
change.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resparse import data, grammars, months
from resparse.mandates import attachment, reports
from resparse.mandates import deadlines as dl

ROOT = Path(__file__).parents[1]


# ---------------------------------------------------------------- 1. the weekday names, one list


def test_no_grammar_writes_a_weekday_name():
    """Outside comments, grammar/deadlines.lark writes no weekday's name: WEEKDAY_NAME is defined from months.WEEKDAYS."""
    text = grammars.grammar_text("deadlines.lark")
    code = "\n".join(line.split("//")[0] for line in text.splitlines())
    assert not [d for d in months.WEEKDAYS if re.search(rf"\b{d}\b", code)]


def test_the_grammar_s_weekday_terminal_is_the_weekday_list():
    assert months.WEEKDAY_TERMINALS == (("WEEKDAY_NAME", f"/{months.WEEKDAY_NAMES}/"),)
    regexes = {t.name: t.pattern.to_regexp() for t in dl._parser().terminals}
    assert all(months.WEEKDAY_NAMES in regexes[n] for n in ("WEEKDAY", "WEEKDAY_OF"))
    assert any(months.WEEKDAY_NAMES in at.pattern.pattern for _, starts, at, _ in dl._KINDS if starts == ("in_time",))


def test_a_weekday_renamed_in_the_list_is_read_by_the_grammar(monkeypatch, tmp_path):
    """The grammar loaded with a weekday list that spells one day otherwise reads a date with that spelling, and no
    longer the shipped one ("on Monday, 24 November, and Tuesday, 25 November 2025", A/RES/79/286)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def reads(terminals, text) -> bool:
        parser = grammars.load("deadlines.lark", parser="lalr", lexer="contextual", start=dl._STARTS,
                               maybe_placeholders=False,
                               terminals=tuple(t for t in dl._terminals() if t[0] != "WEEKDAY_NAME") + terminals)
        try:
            parser.parse(text, start="when")
        except Exception:  # Lark's UnexpectedInput: the text is no whole expression of that start
            return False
        return True

    other = (("WEEKDAY_NAME", "/" + months.WEEKDAY_NAMES.replace("Monday", "Mondai") + "/"),)
    assert reads(months.WEEKDAY_TERMINALS, "Monday, 24 November 2025")
    assert reads(other, "Mondai, 24 November 2025")
    assert not reads(other, "Monday, 24 November 2025")


# ---------------------------------------------------------------- 2. the recurrences of months, one list


def _code(text: str) -> str:
    """``text``, a grammar, without its comments (each line cut at "//")."""
    return "\n".join(line.split("//")[0] for line in text.splitlines())


def test_the_recurring_months_are_the_data_file_s_words():
    words = data.counted("deadline_words.txt", "recurring months")
    assert words == {"monthly": 1, "quarterly": 3}  # the file's entries, their months
    regexes = {t.name: t.pattern.to_regexp() for t in reports._parser().terminals}
    for name in ("YEARLY_ADVERB", "FREQUENCY", "SERIES_REPORT", "SERIES_REPORTING"):
        assert data.alternation(words) in regexes[name]
    assert data.alternation(words) in attachment.pattern("recurrence")
    assert data.alternation(words) in reports._recurrence_scan()[0][1].pattern


@pytest.mark.parametrize("path", ["grammar/reports.lark", "grammar/attachment.lark", "src/resparse/mandates/reports.py"])
def test_no_grammar_or_scan_writes_a_recurring_month(path):
    """No word of them in a grammar's code (outside comments), nor in a regex alternation of the module's."""
    text = (ROOT / path).read_text(encoding="utf-8")
    if path.endswith(".lark"):
        assert not re.search(r"\b(?:monthly|quarterly)\b", _code(text))
    else:
        assert not re.search(r"\|(?:monthly|quarterly)\b|\b(?:monthly|quarterly)\|", text)


def test_a_word_added_to_the_recurring_months_is_read(monkeypatch):
    """With one more word in [recurring months], attachment.lark's ``recurrence`` reads it; the shipped list does
    not ("shall meet virtually at least quarterly", A/RES/79/238 5, with "fortnightly" for "quarterly")."""
    shipped = data.counted

    def more(name, section):
        found = shipped(name, section)
        return {**found, "fortnightly": 0} if section == "recurring months" else found

    assert not attachment.rule("recurrence").search("to meet fortnightly")
    monkeypatch.setattr(data, "counted", more)
    attachment.rule.cache_clear()
    try:
        assert attachment.rule("recurrence").search("to meet fortnightly")
    finally:
        monkeypatch.undo()
        attachment.rule.cache_clear()


# ---------------------------------------------------------------- 3. the subjects of others' reporting, data


def test_the_subject_terminal_is_the_data_file_s_words():
    sections = data.sections("reports_elsewhere.txt")
    regex = grammars.terminal_regex(reports._parser(), "SUBJECT_BEFORE")
    assert data.alternation(sections["reporting subjects"]) in regex
    assert data.alternation(sections["reporting subject endings"]) in regex
    code = _code(grammars.grammar_text("reports.lark"))
    assert not re.search(r"\bjournalists\b|\bmedia\b|ists\|", code)


@pytest.mark.parametrize("before, others", [
    ("to allow journalists, including in cases they ", True),  # A/RES/80/217 25
    ("to allow journalists, including in cases they regularly ", True),
    ("to monitor and ", False),  # the actor's own report
])
def test_the_subject_before_a_bare_report(before, others):
    assert (reports._first(before, reports._subject_before()) is not None) is others


_REPORT_CACHES = (reports._parser, reports._prefixes, reports._opening, reports._first, reports._places)


@pytest.fixture
def reports_elsewhere(monkeypatch, tmp_path):
    """Add words to a section of data/reports_elsewhere.txt as mandates/reports.py reads it, for one test: call it with
    (section, word); the report grammar is loaded anew (its caches cleared before and after, its Lark cache under
    ``tmp_path``)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    shipped = data.sections

    def add(section: str, word: str) -> None:
        def more(name):
            found = shipped(name)
            return {**found, section: (*found[section], word)} if name == "reports_elsewhere.txt" else found

        monkeypatch.setattr(data, "sections", more)
        for f in _REPORT_CACHES:
            f.cache_clear()

    yield add
    monkeypatch.undo()
    for f in _REPORT_CACHES:
        f.cache_clear()


def test_a_subject_added_to_the_data_is_read(reports_elsewhere):
    """With "Governments" among [reporting subjects], "where Governments report" is someone else's reporting; with the
    shipped sections it is not (no ending of [reporting subject endings] ends "Governments", capitalised)."""
    text = "to establish mechanisms where Governments "
    assert reports._first(text, reports._subject_before()) is None
    reports_elsewhere("reporting subjects", "Governments")
    assert reports._first(text, reports._subject_before()) is not None


# ---------------------------------------------------------------- 4. the request shapes open at their first terminals


def test_first_terminals_are_the_grammar_s():
    parser = reports._parser()
    assert grammars.first_terminals(parser, "findings_to") == ("HAVE_SENT", "SEND_ON")
    assert grammars.first_terminals(parser, "also") == ("AND_ALSO", "COMMA")  # COMMA? AND_ALSO: through the optional
    assert grammars.first_terminals(parser, "report_due") == ("REPORTS_OF", "THE")
    with pytest.raises(KeyError):
        grammars.first_terminals(parser, "no_such_rule")


def test_each_request_scan_holds_its_first_terminals_and_no_look_ahead():
    parser = reports._parser()
    scans = reports._requests() + reports._document_for()
    assert [kind for kind, _ in scans] == [*reports._REQUEST_KINDS, "document_for"]
    for kind, scan in scans:
        for name in grammars.first_terminals(parser, kind):
            assert grammars.terminal_regex(parser, name) in scan.pattern, (kind, name)
        # the look-aheads of the scans that were: the words a shape needs after its first one
        assert "[^;]" not in scan.pattern.replace(grammars.terminal_regex(parser, "INFORM_BODY"), ""), kind


@pytest.mark.parametrize("text, kind", [
    ("to submit a report on the matter", "send_report"),
    ("to present the findings and recommendations to the General Assembly", "findings_to"),  # A/RES/80/132 6
    ("to report to the General Assembly at its eightieth session", "to_report"),  # A/RES/78/182 47
    ("to prepare a comprehensive analysis for presentation at the Biennial Meeting of States", "document_for"),
])
def test_a_request_is_found_where_the_grammar_reads_it(text, kind):
    shapes = reports._document_for() if kind == "document_for" else reports._requests()
    assert reports._first(text, shapes).kind == kind


def test_the_left_context_the_grammar_cannot_see_is_kept():
    """"the present report" is no verb of sending: the scan of ``send_report`` keeps "not after 'the'", which the
    grammar, parsed from the verb on, cannot see; without it the grammar would read "present report" as one."""
    text = "the information contained in the present report"
    kept = dict(reports._requests())["send_report"]
    assert reports._first(text, (("send_report", kept),)) is None
    bare = reports._opening("send_report")
    assert reports._first(text, bare) is not None


# ---------------------------------------------------------------- 5. one reader of the word lists


def test_entry_set_reads_a_section_once_and_refuses_an_unknown_one():
    from resparse.mandates import actors, addressees

    assert data.entry_set("reports_elsewhere.txt", "receiving heads") is reports._receiving()
    assert addressees._state_organs() is actors._organ_words()  # one reading, not two
    assert data.entry_set("actors.txt", "persons with", str.lower) == {
        w.lower() for w in data.sections("actors.txt")["persons with"]}
    with pytest.raises(KeyError):
        data.entry_set("actors.txt", "no such section")


# ---------------------------------------------------------------- 6. the meeting heads, one list


def test_the_meeting_heads_are_the_data_file_s_words():
    heads = data.sections("reports_elsewhere.txt")["meeting heads"]
    regexes = {t.name: t.pattern.to_regexp() for t in reports._parser().terminals}
    for name in ("FOR_BODY", "TO_THE_DOCUMENT", "TO_THE_FOR", "MODIFIER", "MEETINGS_ON"):
        assert f"(?:{data.alternation(heads)})" in regexes[name], name
    code = _code(grammars.grammar_text("reports.lark"))
    assert not re.search(r"\b(?:meeting|conference|forum|summit)\|", code)
    assert reports._meeting("Biennial Meeting of States")  # A/RES/79/40 34
    assert not reports._meeting("Human Rights Council")


def test_a_meeting_head_added_to_the_data_is_read(reports_elsewhere):
    """With "symposium" among [meeting heads], "for presentation at the upcoming symposium on ..." names a receiver
    the grammar reads after the ordinal's word (MODIFIER); with the shipped list it does not."""
    text = "for presentation at the upcoming symposium on the Programme of Action"
    found = reports._shape(text, 0, "receiver")
    assert found is None or "symposium" not in found.words
    reports_elsewhere("meeting heads", "symposium")
    assert "symposium" in reports._shape(text, 0, "receiver").words


def test_the_document_look_aheads_read_document_and_for_body():
    regexes = {t.name: t.pattern.to_regexp() for t in reports._parser().terminals}
    document, for_body = regexes["DOCUMENT"][: -len("\\b")], regexes["FOR_BODY"]
    assert regexes["TO_THE_DOCUMENT"] == rf"[^;]{{1,200}}?\b(?={document}\b[^;]{{0,400}}?\b{for_body})"
    assert regexes["TO_THE_FOR"] == rf"(?:(?!\breport)[^;]){{1,400}}?\b(?={for_body})"
    code = _code(grammars.grammar_text("reports.lark"))
    assert code.count("presentation|submission|consideration|transmission)\\s+(?:to|at|by|of)|to") == 1
