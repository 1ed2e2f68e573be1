"""Footnote markers glued to the last number of a document symbol (issue 10, branch pfix29): the number's run is cut
where the kind of symbol bounds its number ("VII/11", "6/9", "S-35/1", "1/CP.27", "VIII.74") and the footnotes'
order takes a marker there; a number that is no General Assembly resolution ("Law No. 10/2018") or a year
("resolution 6/2019") gives none. Real texts: tests/fixtures/A_RES_*.txt, copies of ../shared/corpus."""

from pathlib import Path

import pytest

import resparse
from resparse.consistency import check

FIXTURES = Path(__file__).parents[1] / "tests" / "fixtures"


def parse(symbol):
    return resparse.parse(FIXTURES / f"A_RES_{symbol.replace('/', '_')}.txt")


def holder(r, needle):
    return next(p for p in r.walk() if needle in p.text)


@pytest.mark.parametrize(
    "symbol, printed, symbol_text, number",
    [
        ("78/153", "1/CP.2731", "decisions 1/CP.27 and 1/CMA.4;", "31"),  # a COP decision by its session
        ("79/145", "VII/1116", "decision VII/11 and other", "16"),  # a CBD decision, roman after a space
        ("79/204", "6/929", "resolution 6/9 of 1 March 2024", "29"),  # an Environment Assembly resolution
        ("79/183", "S-35/16", "resolution S-35/1 and the report", "6"),  # a special session's resolution
        ("80/242", "VIII.7441", "paragraphs VIII.74 and VIII.96 of", "41"),  # a report's paragraph by chapter
    ],
)
def test_a_marker_glued_to_a_symbols_last_number_is_cut_off(symbol, printed, symbol_text, number):
    r = parse(symbol)
    p = holder(r, symbol_text)
    assert printed not in p.text
    assert number in p.footnotes
    fn = next(f for f in r.footnotes if f.number == number)
    assert p.label in fn.cited_by or any(p.label in c for c in fn.cited_by)
    assert not [x for x in check(r) if x.code == "footnote"]


def test_a_law_number_is_no_resolution_and_keeps_its_year():
    # "Law No. 10/2018": no General Assembly resolution has a session under 31; the "8" is no footnote 8, which
    # "a draft resolution 8 was not adopted" (PP32) cites, and footnote 9 stands after "Board of Inquiry" (PP33)
    r = parse("78/222")
    assert "Law No. 10/2018 and all similar laws" in holder(r, "Law No.").text
    assert holder(r, "Law No.").footnotes == []
    assert r.get("PP32").footnotes == ["8"] and "draft resolution was not adopted" in r.get("PP32").text
    assert r.get("PP33").footnotes == ["9"] and "Board of Inquiry into strikes" in r.get("PP33").text
    assert check(r) == []


def test_a_year_after_a_one_digit_number_is_no_cut_resolution_number():
    # "resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization": a year
    r = parse("78/168")
    p = holder(r, "of the Conference of the Food and Agriculture")
    assert "resolution 6/2019 of 28 June 2019" in p.text
    assert p.footnotes == ["19", "20", "21"]


@pytest.mark.parametrize(
    "symbol, label, printed, reads, number",
    [
        # "5/64" is the Environment Assembly's 5/6 and footnote 4, between "5/1 3" and footnote 5
        ("79/313", "PP11", "5/64 of", "resolutions 5/1 and 5/6 of 2 March 2022", "4"),
        # "55/197" is Human Rights Council resolution 55/19 and footnote 7, between "79/183,6" and "58/21;8"
        ("80/222", "1", "55/197", "Human Rights Council resolution 55/19 and the report", "7"),
        # "56514" is 565 humanitarian workers and footnote 14, the one number on footnote 14's page that ends so
        ("80/77", "14", "56514", "at least 565 humanitarian workers killed", "14"),
    ],
)
def test_a_gap_of_one_in_the_footnote_sequence_is_filled_from_a_number_that_ends_with_it(
    symbol, label, printed, reads, number
):
    r = parse(symbol)
    p = r.get(label)
    assert printed not in p.text and reads in p.text
    assert number in p.footnotes
    assert label in next(f for f in r.footnotes if f.number == number).cited_by
    assert not [x for x in check(r) if x.code == "footnote"]

