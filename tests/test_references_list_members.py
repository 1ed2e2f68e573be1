"""Lists of resolutions with text between their members (a fresh-user trial, 2026-12-03): a part lettered twice
("53/77 AA"), what a member is on with an aside in parentheses ("(COVID-19)"), "concerning ...", a clause of "which",
"by which", "in which" set apart by commas, "as well as" before the next member, and the members set apart from "its
relevant resolutions related to ..., in particular". Each list read whole, and ended where it ends (grammar/
references.lark: RES_NUM, _SUBJECT, _AS_WELL_AS, _LIST_ASIDE). On the real texts copied to tests/fixtures/references/
and, where present, the corpus."""

import re
from pathlib import Path

import pytest

import resparse
from resparse.references import _parts, find, resolve

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "references"


def _paragraph(res, start: str):
    return next(p for p in res.walk() if p.text.startswith(start))


def _numbers(text: str) -> list[str]:
    """The resolution numbers a text writes, in order, a part letter or two kept ("53/77 AA" as "53/77AA")."""
    return [re.sub(r"\s", "", m) for m in re.findall(r"\b\d+/\d+(?: [A-Z]{1,2}\b)?", text)]


def _targets(res, label: str) -> list[str]:
    return [t.document for r in resolve(res) if r.source == label for t in r.citation.targets]


def test_a_part_lettered_twice_keeps_the_list_going():
    # A/RES/79/44 PP1: twenty resolutions, the fifth "53/77 AA"; then its decisions, a citation of their own
    res = resparse.parse(FIXTURES / "A_RES_79_44.txt")
    p = _paragraph(res, "Recalling its resolutions 49/75 I")
    head = p.text.split("as well as its decisions")[0]
    expected = ["A/RES/" + n for n in _numbers(head)]
    assert len(expected) == 20 and "A/RES/53/77AA" in expected
    cits = [c for c in find(p.text) if c.targets and c.targets[0].document.startswith("A/RES/")]
    assert [t.document for t in cits[0].targets] == expected
    assert cits[0].dates["A/RES/53/77AA"] == "4 December 1998"
    assert any(t.document.startswith("A/DEC/58/521") for c in find(p.text) for t in c.targets)


def test_parts_of_one_number():
    assert _parts("AA") == ["AA"]
    assert _parts("A to E") == ["A", "B", "C", "D", "E"]
    assert _parts("A–C") == ["A", "B", "C"]
    assert _parts("B and C") == ["B", "C"]


def test_a_clause_of_which_between_two_members():
    # A/RES/78/186 PP1 "its resolutions 60/251 of 15 March 2006, by which it established the Human Rights Council, and
    # 65/281 of 17 June 2011 on the review of the Council": both; the subject after the last member is no part of it
    res = resparse.parse(FIXTURES / "A_RES_78_186.txt")
    (cit,) = [c for c in find(_paragraph(res, "Recalling its resolutions 60/251").text) if c.kind == "external"]
    assert [t.document for t in cit.targets] == ["A/RES/60/251", "A/RES/65/281"]
    assert cit.phrase.endswith("65/281 of 17 June 2011")


def test_as_well_as_the_next_member_of_a_council_list():
    # A/RES/78/211 PP7: "Human Rights Council resolutions 52/5 of 3 April 2023, which extended the mandate ..., as well
    # as 49/14 of 31 March 2022, in which the Council ...": both the Council's, not the Assembly's
    res = resparse.parse(FIXTURES / "A_RES_78_211.txt")
    p = _paragraph(res, "Recalling also Human Rights Council resolutions 52/5")
    assert [t.document for c in find(p.text) for t in c.targets] == ["A/HRC/RES/52/5", "A/HRC/RES/49/14"]


def test_members_set_apart_from_resolutions_on_a_subject():
    # A/RES/80/148 PP2 "its relevant resolutions related to culture and sustainable development, in particular 41/187
    # of 8 December 1986, ... and 78/161 of 19 December 2023": sixteen, none found before
    res = resparse.parse(FIXTURES / "A_RES_80_148.txt")
    p = _paragraph(res, "Recalling its relevant resolutions related to culture")
    assert _targets(res, p.label) == ["A/RES/" + n for n in _numbers(p.text)]
    assert len(_numbers(p.text)) == 16
    # A/RES/78/324 1: "... resolutions on the follow-up to the Second World Assembly on Ageing, including 78/177 of 19
    # December 2023"
    res = resparse.parse(FIXTURES / "A_RES_78_324.txt")
    assert "A/RES/78/177" in _targets(res, "1")


def test_subjects_that_do_not_continue_a_list_are_left_out():
    # "resolutions on" without members set apart, and a subject after the last member, are no citation's
    assert find("Recalling its resolutions on the question of Palestine,") == []
    (cit,) = find("Recalling its resolutions 60/251 of 15 March 2006 on the Council (the review), and noting")
    assert [t.document for t in cit.targets] == ["A/RES/60/251"]


@pytest.mark.parametrize("name,start,count", [
    ("A_RES_79_146.txt", "Welcoming the adoption of resolutions 74/270", 4),   # "(COVID-19)" in a subject, "entitled"
    ("A_RES_78_161.txt", "Recalling its resolutions 41/187", 16),               # "concerning culture and development,"
    ("A_RES_80_193.txt", "Recalling its resolutions 2142 (XXI)", 4),            # ", in which it proclaimed ..."
    ("A_RES_78_264.txt", "Recalling also its resolutions 36/55", 6),            # "in which", then "on"
])
def test_corpus_lists_read_whole(corpus_dir, name, start, count):
    res = resparse.parse(corpus_dir / name)
    p = _paragraph(res, start)
    written = [re.sub(r"\s", "", n) for n in re.findall(r"\b\d+/\d+\b|\b\d+ \([IVXL]+\)", p.text)]
    assert len(written) == count
    assert _targets(res, p.label) == ["A/RES/" + n for n in written]


def test_an_annex_to_the_same_report_is_the_reports():
    # A/RES/78/104 1 "annex I to the report of the Commission on the work of its fifty-sixth session, ... annex II to
    # the same report": the Commission's report both times (was "annex II", an annex of the citing text, unresolved)
    res = resparse.parse(FIXTURES / "A_RES_78_104.txt")
    first, same = [r for r in resolve(res) if r.source == "1"]
    assert same.citation.phrase == "annex II to the same report"
    assert same.citation.kind == "external" and same.citation.document_name == first.citation.document_name
    assert [t.label for t in same.citation.targets] == ["annex II"]
    # after a symbol, the same report is that document
    (a, b) = find("annex I to document A/78/17 and annex II to the same report")
    assert [(t.document, t.label) for t in b.targets] == [("A/78/17", "annex II")]
    # nothing cited before: named as written, never an annex of the citing text
    (c,) = find("the text of which is contained in annex II to the same report")
    assert c.kind == "external" and c.targets[0].document is None


def test_members_set_apart_from_a_councils_resolutions_are_the_councils():
    # the shape of A/RES/78/211 PP7 and 78/190 PP2 ("relevant Human Rights Council resolutions, in particular ..."):
    # the members are the Council's, whatever their numbers; the Assembly's own list stays the Assembly's
    (cit,) = find("Recalling all relevant Human Rights Council resolutions, in particular 7/34 of 28 March 2008 and "
                  "10/22 of 26 March 2009,")
    assert [t.document for t in cit.targets] == ["A/HRC/RES/7/34", "A/HRC/RES/10/22"]
    (cit,) = find("Recalling its resolutions on the question, in particular 77/1 of 1 December 2022 and 78/2,")
    assert [t.document for t in cit.targets] == ["A/RES/77/1", "A/RES/78/2"]
