"""A resolution in sections that each number their paragraphs from 1 (the programme budget's "special subjects",
A/RES/79/258): a section of one unnumbered paragraph is cited by its section ("section XIX of resolution 79/258"),
so that paragraph is labelled "XIX", never "OP1" counted across the sections; an annex's title is its title once,
not also a heading before its first paragraph."""

from pathlib import Path

import pytest

import resparse
from resparse.render import akn

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def res_79_258():
    return resparse.parse(FIXTURES / "A_RES_79_258.txt")


def test_one_paragraph_sections_are_labelled_by_their_section(res_79_258):
    ops = res_79_258.by_kind("operative")
    assert not [p.label for p in ops if p.label.startswith("OP")]
    alone = {p.label: p for p in ops if "." not in p.label and " " not in p.label}
    assert list(alone) == ["XIX", "XX", "XXI", "XXII", "XXIII", "XXIV"]
    assert alone["XIX"].text.startswith("Approves resources in the amount of 23,376,800 dollars")
    assert alone["XIX"].id == "xix__para_u1"
    assert alone["XXII"].text.startswith("Notes the gross budget for the United Nations System Chief Executives Board")
    # its items: "XXIII (a)", as the section's
    assert [c.label for c in alone["XXIII"].children] == ["XXIII (a)", "XXIII (b)"]
    assert alone["XXIII"].children[0].id == "xxiii__para_u1__subpara_a"
    # the section's heading stands before its paragraph; XXIV's preamble stays a recital
    assert any(h.text.startswith("XIX International Trade Centre") and h.before == "XIX" for h in res_79_258.headings)
    assert res_79_258.get("PP29").text.startswith("Having considered the report of the Secretary-General")
    # the numbered sections keep their labels
    assert res_79_258.get("XVIII.3 (a)") is not None and res_79_258.get("I.1") is not None


def test_an_unnumbered_paragraph_beside_numbered_ones_is_counted_in_its_section(res_79_258):
    # XXV: "Recalls its resolution 78/253 ..., 26,913,200 dollars," then 1. and 2.
    p = res_79_258.get("XXV U1")
    assert p is not None and p.text.startswith("Recalls its resolution 78/253") and p.id == "xxv__para_u1"
    assert [q.label for q in res_79_258.by_kind("operative")][-3:] == ["XXV U1", "XXV.1", "XXV.2"]


@pytest.mark.parametrize("name, title", [
    ("references/A_RES_79_314.txt", "Our ocean, our future: united for urgent action"),
    ("A_RES_79_81.txt", "Modalities for the High-level International Conference for the Peaceful Settlement of the "
                        "Question of Palestine and the Implementation of the Two-State Solution"),
])
def test_an_annex_title_is_its_title_once(name, title):
    res = resparse.parse(FIXTURES / name)
    [annex] = res.annexes
    assert annex.title == title
    assert [h.text for h in res.headings if h.text == title] == []
    xml = akn.to_akn(res)
    att = xml[xml.index("<attachments>"):]
    assert att.count(title) == 1  # the attachment's docTitle, no crossHeading from the same line
    assert "annex_1__crossHeading_1" not in xml or \
        title not in xml[xml.index('eId="annex_1__crossHeading_1"'):][:400]
