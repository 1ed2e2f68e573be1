"""Design mends of the twenty-seventh session (branch design27), each a shape written once, where a grammar or shared
data holds it, the output unchanged (the --full dump of the 902 corpus files and the citations of bench/
dump_references.py identical to the start tree's):

1. the words of two names before one head ("the Group of 20 and Paris Club creditors", A/RES/78/136 8) and of
   "those (of)" standing for a group's head ("concerned Governments, in particular those of countries of origin, ...",
   A/RES/80/185 49) are rules of grammar/attachment.lark, no regexes of mandates/addressees.py and extract.py beside
   the grammars;
2. where ``report_due`` and ``report_of`` of grammar/reports.lark may start is read from the grammar's first terminals
   (THE? REPORTS_OF, OWN_VERB), no hand look-ahead of what the grammar decides after them;
3. the month names of grammar/deadlines.lark and grammar/references.lark are one terminal, MONTH_NAME, defined at load
   time from resparse/months.py.

Each test changes the one source (a temp copy of a grammar, the month list) and sees the reading change, or reads
the shipped files for a second writing of the shape.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from resparse import grammars, months, ordinals, references
from resparse.mandates import addressees, attachment, reports
from resparse.mandates import deadlines as dl

extract = importlib.import_module("resparse.mandates.extract")  # the module (the package exports its function)
ROOT = Path(__file__).parents[1]


# ---------------------------------------------------------------- 1. the entries' words are attachment.lark's


@pytest.fixture
def attachment_text(monkeypatch, tmp_path):
    """Replace grammar/attachment.lark's text as the rules are read (``attachment.rule``), for one test: call it with
    (old, new), the text the rules are compiled from becomes the shipped one with ``old`` written ``new``. The
    rules' caches are cleared before and after; the notation's cache is kept under ``tmp_path``."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    shipped = grammars.grammar_text

    def change(old: str, new: str) -> None:
        text = shipped("attachment.lark")
        assert old in text
        monkeypatch.setattr(grammars, "grammar_text",
                            lambda name="resolution.lark": text.replace(old, new) if name == "attachment.lark"
                            else shipped(name))
        attachment._definitions.cache_clear()
        attachment.rule.cache_clear()

    yield change
    monkeypatch.undo()
    attachment._definitions.cache_clear()
    attachment.rule.cache_clear()


def test_two_names_before_one_head_are_read_by_the_grammar_s_rules(attachment_text):
    # A/RES/78/136 8: "encourages the Group of 20 and Paris Club creditors to discuss options ..."
    assert addressees._share_head("the Group of 20", "Paris Club creditors")
    # the shared head in the grammar reads one word less: "Paris Club creditors" is no name and head any more
    attachment_text("shared_head: _lower_word (SP _lower_word)*", "shared_head: _lower_word SP _lower_word")
    assert not addressees._share_head("the Group of 20", "Paris Club creditors")
    assert addressees._share_head("the Group of 20", "Paris Club bilateral creditors")


def test_those_of_is_read_by_the_grammar_s_rule(attachment_text):
    # A/RES/80/185 49: "Encourages concerned Governments, in particular those of countries of origin, transit and
    # destination, to avail themselves ..."
    phrase = "those of countries of origin, transit and destination"
    assert addressees._those_of(phrase, "concerned Governments") == \
        "Governments of countries of origin, transit and destination"
    attachment_text('those_of: "those"i SP "of"i SP of_whom', 'those_of: "those"i SP "from"i SP of_whom')
    assert addressees._those_of(phrase, "concerned Governments") is None
    assert addressees._those_of("those from countries of origin", "concerned Governments") == \
        "Governments of countries of origin"


def test_and_those_of_in_an_object_list_is_the_grammar_s_rule(attachment_text):
    # A/RES/79/200 6: "the efforts of the Government of Lebanon and those of Member States, regional and international
    # organizations, ...": "those of" read as a comma between the actors
    body = "the efforts of the Government of Lebanon and those of Member States"
    assert "those" not in extract._object_list(body)
    attachment_text('and_those_of: SP "and" SP "those" SP "of"', 'and_those_of: SP "and" SP "these" SP "of"')
    assert "those of Member States" in extract._object_list(body)


@pytest.mark.parametrize("module", ["addressees.py", "extract.py"])
def test_no_regex_of_those_beside_the_grammar(module):
    """The modules write no pattern of "those" and its complement (the rules ``those_of``, ``those_qualified``,
    ``and_those_of``) nor of a proper name before a head (``name_then_head``, ``name_before_head``) again."""
    source = (ROOT / "src" / "resparse" / "mandates" / module).read_text(encoding="utf-8")
    code = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    assert not re.search(r"\bthose\\s\+(?:of\\s\+)?\(\?P<", code)
    assert not re.search(r"and\\s\+those\\s\+of", code)
    assert "(?P<name>[A-Z]" not in code and "(?:of\\s+|for\\s+|on\\s+)?[A-Z0-9]" not in code


# ---------------------------------------------------------------- 2. report_due and report_of open at their terminals

DUE = ("the report of the Secretary-General on strengthening the effectiveness of the regular programme of technical "
       "cooperation, to be presented at its eightieth session")  # A/RES/79/257 58, the subject of "requests that"


def test_report_due_opens_at_the_grammar_s_first_terminals():
    scan = reports._report_due()[0][1].pattern
    for name in ("THE", "REPORTS_OF"):
        assert grammars.terminal_regex(reports._parser(), name) in scan
    assert "presented" not in scan and "be" not in scan.replace("\\b", "")  # the grammar decides what follows
    assert reports.names_report_due(DUE)
    assert not reports.names_report_due(DUE.replace("to be presented", "presented"))


def test_report_due_reads_as_far_as_the_grammar_does():
    # a long name and a subject within the grammar's 200 characters (TO_THE_DUE): 295 characters after "of", past the
    # 260 of the look-ahead the scan was (the base tree's scan found no report here; the grammar reads it)
    subject = ("the report of the United Nations High Commissioner for Human Rights and Special Rapporteur on the "
               "Situation of Human Rights Defenders on the measures taken and the challenges met by States and by civil "
               "society in the implementation of the present resolution and of the recommendations made in previous "
               "reports, to be presented at its eightieth session")
    assert len(subject[subject.index(" of ") + 4 : subject.index(", to be")]) > 260
    assert reports.names_report_due(subject)


def test_report_of_opens_at_the_grammar_s_verb_terminal():
    scan = reports._own_reports()[0][1].pattern
    assert reports._own_reports()[0][0] == "report_of"
    assert grammars.terminal_regex(reports._parser(), "OWN_VERB") in scan
    assert "report" not in scan.replace("report|", "").replace("|report", "")  # no look-ahead of "in the report of"
    text = "to reflect this in the report of the Secretary-General on progress made"  # A/RES/79/1 annex I 71
    assert reports._first(text, reports._own_reports()).kind == "report_of"


# ---------------------------------------------------------------- 3. the month names, one list


@pytest.mark.parametrize("name", ["deadlines.lark", "references.lark", "attachment.lark"])
def test_no_grammar_writes_a_month_name(name):
    """Outside comments, no grammar writes a month's name: MONTH_NAME is defined from months.MONTHS (deadlines,
    references), attachment.lark takes deadlines' MONTH (attachment.SHARED)."""
    text = grammars.grammar_text(name)
    code = "\n".join(line.split("//")[0] for line in text.splitlines())
    assert not [m for m in months.MONTHS if re.search(rf"\b{m}\b", code)]


def test_the_grammars_month_terminal_is_the_month_list():
    assert months.MONTH_TERMINALS == (("MONTH_NAME", f"/{months.MONTH_NAMES}/"),)
    for parser in (dl._parser(), references._parser()):
        regexes = {t.name: t.pattern.to_regexp() for t in parser.terminals}
        assert all(months.MONTH_NAMES in regexes[n] for n in (("MONTH", "DAY_MONTH", "EACH_MONTH", "PART_OF_MONTH")
                                                                   if parser is dl._parser() else ("DATE",)))
    assert attachment._declared("MONTH") == months.MONTH_NAMES


@pytest.mark.parametrize("grammar, start, text", [
    ("deadlines.lark", dl._STARTS, "by 5 Smarch 2027"),
    ("deadlines.lark", dl._STARTS, "every Smarch"),
    ("references.lark", ("start", "term_start", "appropriation_start"), "resolution 78/1 of 5 Smarch 2023"),
])
def test_a_month_added_to_the_terminal_is_read_by_the_grammar(grammar, start, text, monkeypatch, tmp_path):
    """The grammar loaded with a month list of one more name reads a date in it; the shipped list does not."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    more = (("MONTH_NAME", f"/{months.MONTH_NAMES}|Smarch/"),)
    kind = "by" if text.startswith("by") else "recurring_month" if text.startswith("every") else "start"

    def reads(terminals) -> bool:
        if grammar == "deadlines.lark":  # its other declared terminals (weekdays, ordinals, edges): as it loads them
            terminals = tuple(t for t in dl._terminals() if t[0] != "MONTH_NAME") + terminals
        else:  # the ordinals too (the twenty-ninth session)
            terminals = terminals + ordinals.ORDINAL_TERMINALS
        parser = grammars.load(grammar, parser="lalr", lexer="contextual", start=tuple(start),
                               maybe_placeholders=False, terminals=terminals)
        try:
            parser.parse(text, start=kind)
        except Exception:  # Lark's UnexpectedInput: the text is no whole expression of that start
            return False
        return True

    assert kind in start
    assert reads(more)
    assert not reads(months.MONTH_TERMINALS)
