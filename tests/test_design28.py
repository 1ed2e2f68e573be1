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
   endings], the grammar's SUBJECT_BEFORE built from them at load time.

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
    assert months.WEEKDAY_NAMES in dl._TIME_FIRST


def test_a_weekday_renamed_in_the_list_is_read_by_the_grammar(monkeypatch, tmp_path):
    """The grammar loaded with a weekday list that spells one day otherwise reads a date with that spelling, and no
    longer the shipped one ("on Monday, 24 November, and Tuesday, 25 November 2025", A/RES/79/286)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))

    def reads(terminals, text) -> bool:
        parser = grammars.load("deadlines.lark", parser="lalr", lexer="contextual", start=dl._STARTS,
                               maybe_placeholders=False, terminals=months.MONTH_TERMINALS + terminals)
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
    assert data.alternation(words) in reports._RECURRENCE[0][1].pattern


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


def test_a_subject_added_to_the_data_is_read(monkeypatch, tmp_path):
    """With "Governments" among [reporting subjects], "where Governments report" is someone else's reporting; with the
    shipped sections it is not (no ending of [reporting subject endings] ends "Governments", capitalised)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    shipped = data.sections

    def more(name):
        found = shipped(name)
        if name != "reports_elsewhere.txt":
            return found
        return {**found, "reporting subjects": (*found["reporting subjects"], "Governments")}

    text = "to establish mechanisms where Governments "
    assert reports._first(text, reports._subject_before()) is None
    clear = (reports._parser, reports._prefixes, reports._opening, reports._first, reports._places)
    monkeypatch.setattr(data, "sections", more)
    for f in clear:
        f.cache_clear()
    try:
        assert reports._first(text, reports._subject_before()) is not None
    finally:
        monkeypatch.undo()
        for f in clear:
            f.cache_clear()
