"""A/RES/71/280 as it stands in Annex I of the UNECE note (markdown converted from PDF, artifacts and all)."""

import re

EXPECTED_SUBS = {
    "1": ["a", "b", "c", "d"],
    "6": ["a", "b", "c"],
    "14": ["a", "b", "c"],
    "15": ["a", "b", "c"],
    "15 (a)": ["i", "ii", "iii"],
    "15 (b)": ["i", "ii"],
    "22": ["a", "b", "c"],
    "23": ["a", "b", "c"],
}


def test_metadata(res_71_280):
    r = res_71_280
    assert r.symbol == "A/RES/71/280"
    assert r.title == (
        "Modalities for the intergovernmental negotiations of the global compact for safe, orderly and regular migration"
    )
    assert r.date == "6 April 2017"
    assert r.committee == "without reference to a Main Committee (A/71/L.58)"
    assert r.meeting == "74th plenary meeting"
    assert r.warnings == []


def test_counts(res_71_280):
    pre = res_71_280.by_kind("preambular")
    ops = res_71_280.by_kind("operative")
    assert [p.label for p in pre] == ["PP1", "PP2", "PP3", "PP4"]
    assert [p.label for p in ops] == [str(n) for n in range(1, 32)]
    assert len(res_71_280.paragraphs) == 35


def test_subparagraphs_exactly(res_71_280):
    found = {}
    for p in res_71_280.walk():
        if p.children:
            found[p.label] = [c.number for c in p.children]
            assert all(c.kind == "subparagraph" for c in p.children)
    assert found == EXPECTED_SUBS
    labels = [p.label for p in res_71_280.walk() if p.kind == "subparagraph"]
    assert "15 (a) (ii)" in labels and "15 (c)" in labels
    assert len(labels) == 4 + 3 + 3 + 3 + 3 + 2 + 3 + 3


def test_headings(res_71_280):
    got = [(h.text, h.before) for h in res_71_280.headings]
    assert got == [
        ("Phase I. Consultations", "15"),
        ("Phase II. Stocktaking", "23"),
        ("Phase III. Intergovernmental negotiations", "27"),
    ]


def test_footnotes(res_71_280):
    got = {f.number: (f.text, f.cited_by) for f in res_71_280.footnotes}
    assert list(got) == ["1", "2", "3", "4", "5", "6"]
    assert got["1"] == ("Resolution 70/1.", ["PP2"])
    assert got["2"] == ("Resolution 69/313, annex.", ["PP2"])
    assert got["3"] == ("Resolution 68/4.", ["PP2"])
    assert got["4"] == ("Resolution 70/296.", ["PP3"])
    assert got["5"][0].startswith("The list of proposed as well as final names will be brought")
    assert got["5"][0].endswith("with any Member State upon its request.")
    assert got["5"][1] == ["6 (b)", "6 (c)"]
    assert got["6"] == ("Resolution 48/134, annex.", ["9"])
    assert res_71_280.get("PP2").footnotes == ["1", "2", "3"]


def test_markers_removed_but_numbers_kept(res_71_280):
    pp2 = res_71_280.get("PP2").text
    assert "2030 Agenda for Sustainable Development and the Addis Ababa" in pp2
    assert pp2.endswith("adopted in October 2013,")
    assert "an organization regarded by its member States" in res_71_280.get("PP3").text
    assert "related organization, and underlining" in res_71_280.get("PP3").text
    assert "compliant with the Paris Principles to register" in res_71_280.get("9").text
    assert "12 working days" in res_71_280.get("16").text
    assert "resolution 71/1" in res_71_280.get("PP1").text
    assert res_71_280.get("6 (b)").text.endswith("no later than April 2017;")


def test_paragraphs_whole_across_page_breaks(res_71_280):
    b = res_71_280.get("6 (b)").text
    assert "and to submit the list to Member States for their consideration" in b
    assert "\n" not in b
    p30 = res_71_280.get("30").text
    assert "with representatives of non-governmental organizations, civil society organizations" in p30
    assert p30.endswith("as an input for the intergovernmental negotiations;")


def test_openings(res_71_280):
    r = res_71_280
    assert [r.get(l).opening for l in ("PP1", "PP2", "PP3", "PP4")] == [
        "Recalling",
        "Recalling also",
        "Welcoming",
        "Taking note",
    ]
    assert r.get("13").opening == "Also requests"
    assert r.get("17").opening == "Also decides"
    assert r.get("19").opening == "Calls upon"
    assert r.get("22").opening == "Calls upon"
    assert r.get("22 (a)").opening == "Requests"
    assert r.get("24").opening == "Expresses its appreciation"
    assert r.get("23 (a)").opening is None  # "To present inputs ..." opens with no drafting phrase


def test_text_is_clean(res_71_280):
    for p in res_71_280.walk():
        assert p.text and p.text == p.text.strip()
        for bad in ("<sup>", "</sup>", "**", "74th plenary meeting", "Resolution 70/296", "Mapping of preparatory"):
            assert bad not in p.text, (p.label, bad)
        assert not re.match(r"^(\d+\.|\([a-z]+\))\s", p.text), p.label
        assert "*" not in p.text, p.label
    assert res_71_280.get("1").text.startswith("Decides that the intergovernmental conference")
    assert res_71_280.get("22 (a)").text.startswith("Requests the regional economic commissions and invites")


def test_ids_and_spans(res_71_280):
    r = res_71_280
    assert r.get("PP1").id == "recital_1"
    assert r.get("22").id == "para_22"
    assert r.get("22 (a)").id == "para_22__subpara_a"
    assert r.get("15 (a) (ii)").id == "para_15__subpara_a__subpara_ii"
    ids = [p.id for p in r.walk()]
    assert len(ids) == len(set(ids))
    # spans point into the file the user gave: line 9 is PP1, 6 (b) runs over its page break (lines 37-39)
    assert r.get("PP1").span.line == 9
    b = r.get("6 (b)").span
    assert (b.line, b.end_line) == (37, 39)
    lines = open(r.source, encoding="utf-8").read().split("\n")
    assert lines[r.get("22").span.line - 1].startswith("- 22. Calls upon")
