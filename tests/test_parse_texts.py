"""The three raw PDF texts of texts/ (A/RES/80/1, 72/244, 73/195), page headers and all."""

import re

import pytest

# what a running page header of each PDF text holds: its job number, its page counters, its symbol
PAGES = {"72/244": ("17-23327", 16), "73/195": ("18-22354", 36), "80/1": ("25-15106", 2), "71/280": (None, None)}


@pytest.mark.parametrize("key", ["71/280", "72/244", "73/195", "80/1"])
def test_no_header_noise_and_contiguous(all_texts, key):
    r = all_texts[key]
    job, pages = PAGES[key]
    noise = [re.compile(r"_{5,}"), re.compile(re.escape(r.symbol)), re.compile(r"Distr\.: General")]
    if job:
        noise += [re.compile(job), re.compile(rf"(?<![\d/])\d{{1,2}}/{pages}(?![\d/])")]
    holders = list(r.walk()) + r.footnotes + r.headings
    for p in holders:
        for pat in noise:
            assert not pat.search(p.text), (key, p.text[:40], pat.pattern)
        assert p.text.strip()
    ops = [int(p.number) for p in r.by_kind("operative")]
    assert ops == list(range(1, len(ops) + 1)), key
    assert r.warnings == []


def test_80_1(res_80_1):
    r = res_80_1
    assert r.symbol == "A/RES/80/1"
    assert r.title == "Participation by the State of Palestine during the eightieth session"
    assert r.date == "19 September 2025"
    assert r.meeting == "3rd plenary meeting"
    assert [p.label for p in r.by_kind("preambular")] == ["PP1", "PP2", "PP3", "PP4", "PP5"]
    assert [p.label for p in r.by_kind("operative")] == ["1", "2", "3"]
    assert [c.label for c in r.get("1").children] == ["1 (a)", "1 (b)", "1 (c)"]
    a = r.get("1 (a)").text
    # a footnote block and a page break fall inside sub-paragraph (a): it is whole, without them
    assert a.startswith("The State of Palestine may submit a pre-recorded statement of its President")
    assert "during the general debate of the Assembly at its eightieth session after introduction" in a
    assert a.endswith("physically present in the Assembly Hall;")
    assert "pre-recorded" in r.get("2").text and "\u2011" not in r.get("2").text  # non-breaking hyphens
    assert "paragraph 1 (a) above" in r.get("2").text
    assert [(f.number, f.text, f.cited_by) for f in r.footnotes] == [("1", "See resolution 169 (II).", ["PP1"])]
    assert "Headquarters of the United Nations are prevented" in r.get("PP1").text
    assert r.get("2").opening == "Also decides" and r.get("3").opening == "Further decides"


def test_72_244(res_72_244):
    r = res_72_244
    assert r.symbol == "A/RES/72/244"
    assert r.title.startswith("Modalities for the Intergovernmental Conference to Adopt the Global Compact")
    assert r.date == "24 December 2017"
    assert len(r.by_kind("preambular")) == 4
    assert [p.label for p in r.by_kind("operative")] == [str(n) for n in range(1, 20)]
    assert [c.number for c in r.get("6").children] == ["a", "b", "c", "d"]
    # unnumbered lines inside an operative paragraph belong to it
    assert "Monday, 10 December: from 9 a.m. to 1 p.m." in r.get("13").text
    assert "Dialogue 2: “Partnerships and innovative initiatives for the way forward”;" in r.get("15").text
    # the words of 4 stand one per line in the PDF text
    assert r.get("4").text.startswith("Decides that the intergovernmental conference, entitled “Intergovernmental")
    # annex: rules of procedure, paragraphs numbered inside each rule
    assert len(r.annexes) == 1 and r.annexes[0].title.startswith("Provisional rules of procedure")
    assert r.get("annex rule 1").text.startswith("The delegation of each State participating")
    assert r.get("annex rule 7.1").text.startswith("The Presidents shall take turns")
    assert r.get("annex rule 48.1").text.startswith("In addition to the Main Committee referred to above")
    assert r.get("annex rule 15 (g)") is not None
    heads = [h.text for h in r.headings]
    assert "I. Representation and credentials" in heads and "Rule 1 Composition of delegations" in heads
    # a designation and its title set apart by a blank line are one heading
    assert "Rule 25 Adjournment of debate" in heads and "Adjournment of debate" not in heads
    assert [f.number for f in r.footnotes] == [str(n) for n in range(1, 10)]
    assert all(f.cited_by for f in r.footnotes)
    assert r.get("PP3").footnotes == ["1", "2", "3"]
    assert "2030 Agenda for Sustainable Development and the Addis Ababa" in r.get("PP3").text


def test_73_195(res_73_195):
    r = res_73_195
    assert r.symbol == "A/RES/73/195"
    assert [p.label for p in r.by_kind("operative")] == ["1", "2"]
    annex = [p for p in r.by_kind("annex") if p.number]
    assert [p.label for p in annex] == [f"annex {n}" for n in range(1, 55)]
    assert all(p.annex == "annex" for p in annex)
    # the list of 23 objectives is not a list of paragraphs
    objectives = r.get("annex U2")
    assert objectives.text.startswith("1. Collect and utilize accurate and disaggregated data")
    assert "23. Strengthen international cooperation and global partnerships" in objectives.text
    assert r.get("annex 17").text.startswith("We commit to strengthen the global evidence base")
    # "2007. These platforms ..." is running text of annex paragraph 3
    assert "launched in 2007. These platforms paved the way" in r.get("annex 3").text
    assert [c.number for c in r.get("annex 22").children][-1] == "l"
    assert [c.number for c in r.get("annex 43").children] == ["a", "b", "c"]  # letters here, not romans
    assert "Objective 1: Collect and utilize accurate and disaggregated data as a basis for evidence-based policies" in [
        h.text for h in r.headings
    ]
    assert [f.number for f in r.footnotes] == [str(n) for n in range(1, 23)]
    assert all(f.cited_by for f in r.footnotes)
    assert r.get("annex 2").footnotes == [str(n) for n in range(2, 18)]
    # ligatures are resolved
    assert all("\ufb01" not in p.text and "\ufb02" not in p.text for p in r.walk())
