"""grammar/reports.lark: each shape that asks for a report, and each way of saying how often, read on the clause of a
real resolution that has it (tests/fixtures/, copied from ../shared/corpus/texts), by ``reports._first`` (the
leftmost place, then the first shape that parses there); and the public functions of mandates/deadlines.py that
reports.py reads (no private name crosses the two modules)."""

from functools import lru_cache
from pathlib import Path

import pytest

import resparse
from resparse import grammars
from resparse.mandates import deadlines, reports

FIXTURES = Path(__file__).parent / "fixtures"


@lru_cache(maxsize=None)
def paragraph(name: str, label: str) -> str:
    (text,) = [p.text for p in resparse.parse(FIXTURES / name).walk() if p.label == label]
    return text


def shapes(text: str, table) -> list[tuple[str, str]]:
    """Every shape of ``table`` in ``text``, each searched from the end of the one before: (kind, words)."""
    out, pos = [], 0
    while (found := reports._first(text, table, pos)) is not None:
        out.append((found.kind, found.words))
        pos = found.end
    return out


@pytest.mark.parametrize("name, label, kind, words", [
    # A/RES/78/111 10: a verb and the report noun
    ("A_RES_78_111.txt", "10", "send_report", "submit a report"),
    # A/RES/78/111 6 (c): the noun within 160 characters of the verb
    ("A_RES_78_111.txt", "6 (c)", "send_report",
     "include a summary of the subtopics of the annual debate in its annual report"),
    # A/RES/80/131 4 (the fixture's paragraph 6): "to communicate such views in a summary report of the Secretariat"
    ("mandates-reports-read.txt", "6", "in_a_report", "in a summary report"),
    # A/RES/80/132 6: findings sent to a body by its name (the shape ends before the name)
    ("A_RES_80_132.txt", "6", "findings_to", "present the findings and recommendations to the "),
    # A/RES/80/126 43: the document named before, sent to a body
    ("A_RES_80_126.txt", "43", "findings_to", "submit these to the "),
    # A/RES/80/126 51: "to inform the General Assembly at its eighty-first session"
    ("A_RES_80_126.txt", "51", "inform", "inform the "),
    # A/RES/79/149 39: "to submit information to the General Assembly at its eighty-first session"
    ("A_RES_79_149.txt", "39", "inform", "submit information to the "),
    # A/RES/79/265 17: the receiver and the session before the object
    ("A_RES_79_265.txt", "17", "information_after",
     "submit to the General Assembly at its eighty-first session information"),
    # A/RES/78/299 9: a report's content decided in the passive
    ("A_RES_78_299.txt", "9", "decided", "shall be included in the report"),
    # A/RES/78/182 47
    ("A_RES_78_182.txt", "47", "to_report", "to report"),
    # A/RES/79/251 3: the report the one asked writes next
    ("A_RES_79_251.txt", "3", "in_next_report", "in the context of its next report"),
    # A/RES/78/219 29: "in its report on"
    ("A_RES_78_219.txt", "29", "in_own_report", "in its report on"),
])
def test_each_request_shape_on_the_clause_that_shows_it(name, label, kind, words):
    assert (kind, words) in shapes(paragraph(name, label), reports._requests())


def test_a_second_report_is_a_second_object_after_the_first_request():
    # A/RES/78/4 annex 108: "to provide ... a progress report during the seventy-ninth session ..., and a report
    # including recommendations ... during the eighty-first session"
    found = shapes(paragraph("A_RES_78_4.txt", "annex 108"), reports._requests())
    assert [k for k, _ in found][:2] == ["send_report", "also"] and found[1][1] == ", and a report"


def test_a_document_by_another_name_for_a_body():
    # A/RES/79/40 31: "to prepare a comprehensive analysis, within existing resources, ... for presentation at the
    # Biennial Meeting of States"; the receiver is read from "for presentation" on (``at_for``)
    text = paragraph("A_RES_79_40.txt", "31")
    found = reports._first(text, reports._document_for())
    assert found.kind == "document_for" and found.words.startswith("prepare a comprehensive analysis")
    assert text[found.at_for:].startswith("for presentation at the Biennial Meeting of States")
    # A/RES/80/173 adopted 122: a road map "to be presented for the consideration of the Commission"
    text = paragraph("A_RES_80_173.txt", "adopted 122")
    found = reports._first(text, reports._document_for())
    assert text[found.at_for:].startswith("for the consideration of the Commission on Science and Technology")


@pytest.mark.parametrize("name, label, words", [
    ("A_RES_78_317.txt", "annex 40", "annually"),
    ("A_RES_78_4.txt", "annex 19 (e)", "every year"),
    ("A_RES_78_4.txt", "annex 75", "biennially"),
    ("A_RES_79_323.txt", "annex 65 (b) (i)", "on an annual basis"),
    ("A_RES_79_144.txt", "246", "thereafter"),
    ("A_RES_78_111.txt", "6 (c)", "annual"),  # "in its annual report": each annual report
])
def test_each_recurrence_on_the_clause_that_shows_it(name, label, words):
    found = reports._first(paragraph(name, label), reports._recurrence_scan())
    assert found is not None and found.words == words


def test_the_next_report_of_a_series_is_no_recurrence_and_the_search_sees_no_further_than_its_end():
    text = "to report thereon in his next annual report and every two years thereafter"
    found = reports._first(text, reports._recurrence_scan())
    assert (found.words, found.part("SERIES_NEXT")) == ("next annual", "next annual")  # one report of the series
    assert reports.report_of(text, []).recurrence == "every two years thereafter"  # the recurrence written after it
    assert reports._first(text, reports._recurrence_scan(), found.end, text.index("every")) is None
    before_thereafter = reports._first(text, reports._recurrence_scan(), found.end, text.index(" thereafter"))
    assert before_thereafter.words == "every two years"


def test_the_report_grammar_is_loaded_once_through_grammars():
    assert "send_report" in grammars.grammar_text("reports.lark")
    assert reports._parser() is reports._parser()
    assert reports._parser() is grammars.load("reports.lark", parser="lalr", lexer="contextual",
                                              start=reports._STARTS, maybe_placeholders=False,
                                              terminals=reports._terminals())


def test_the_public_functions_of_deadlines_that_reports_reads():
    # "the recommendations made by the fact-finding mission in its report on": a report cited as a source
    assert deadlines.cites_report("the recommendations made by the fact-finding mission ")
    assert not deadlines.cites_report("Requests the Secretary-General to report thereon ")
    assert deadlines.meets_in_assembly_sessions("General Assembly")
    assert not deadlines.meets_in_assembly_sessions("Human Rights Council")
    assert deadlines.date_points("at its eighty-first session") == [("2026-09", "2027-09")]


def test_the_receiver_after_to_by_its_name_or_in_lower_case():
    # A/RES/78/182 47: "to report to the General Assembly at its eightieth session"
    text = paragraph("A_RES_78_182.txt", "47")
    at = text.index("to report to the") + len("to report ")
    found = reports._first(text, reports._receiver_scan(), at)
    assert (found.part("LEAD"), found.part("NAME_TO")) == ("to", "General Assembly")
    # A/RES/79/40 31: "for presentation at the Biennial Meeting of States"
    text = paragraph("A_RES_79_40.txt", "31")
    found = reports._first(text, reports._receiver_scan(), text.index("for presentation"))
    assert found.part("LEAD").startswith("for presentation at") and found.part("NAME_TO").startswith("Biennial Meeting")
    # a body in lower case is only looked at: the shape ends before its words
    found = reports._first("to report to the relevant bodies", reports._receiver_scan(), 10)
    assert found.part("LOWER_AHEAD") == "relevant bodies" and found.words == "to the "


def test_the_channel_the_indirect_object_and_the_event():
    # A/RES/80/173 adopted 124: "..., through the Commission on Science and Technology for Development"
    found = reports._first(paragraph("A_RES_80_173.txt", "adopted 124"), reports._channel())
    assert found.part("NAME") == "Commission on Science and Technology for Development"
    # A/RES/80/12 1 (the fixture's paragraph 1): "to provide the Secretary-General, by 30 April annually, with a report"
    text = paragraph("mandates-reports-read.txt", "1")
    found = reports._shape(text, text.index("provide the Secretary-General"), "provide_with")
    assert found.part("NAME") == "Secretary-General" and found.words.endswith("with a report")
    # A/RES/80/173 adopted 86: "to report thereon at the inaugural Global Dialogue on Artificial Intelligence Governance"
    text = paragraph("A_RES_80_173.txt", "adopted 86")
    found = reports._shape(text, text.index("to report thereon at"), "event")
    assert found.part("NAME_TO") == "Global Dialogue on Artificial Intelligence Governance"


@pytest.mark.parametrize("name, label, first, second", [
    # A/RES/80/136 22: "to the Economic and Social Council, and to the subsequent session of the General Assembly"
    ("A_RES_80_136.txt", "22", "Economic and Social Council", "General Assembly"),
    # the fixture's paragraph 2 (A/RES/78/215 26): "to the General Assembly at its eightieth session and to the Human
    # Rights Council at its sixty-first session"
    ("mandates-reports-several.txt", "2", "General Assembly", "Human Rights Council"),
    # its paragraph 1 (A/RES/78/210 38): "to the Human Rights Council and to the General Assembly"
    ("mandates-reports-several.txt", "1", "Human Rights Council", "General Assembly"),
])
def test_a_second_body_right_after_the_first(name, label, first, second):
    text = paragraph(name, label)
    end = text.index(first) + len(first)
    found = reports._shape(text, end, "and_body")
    assert found.part("NAME_TO") == second and text[found.at("NAME_TO"):found.end] == second
