"""Design mends of the twenty-eighth session (branch design28), each a word list or a shape written once, where a
grammar or a cited data file holds it, the output unchanged (the --full dump of the 902 corpus files and the citations
of bench/dump_references.py identical to the start tree's):

1. the names of the days of the week of grammar/deadlines.lark are one terminal, WEEKDAY_NAME, defined at load time
   from resparse/months.py (as MONTH_NAME), which mandates/deadlines.py's scan reads too.

Each test reads the shipped files for a second writing of a list, or changes the one source and sees the reading
change.
"""

from __future__ import annotations

import re

import pytest

from resparse import grammars, months
from resparse.mandates import deadlines as dl


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
