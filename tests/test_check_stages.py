"""The checker by stage: reading the note (anchors: a resolution however it is named), the one rule for a
resolution whose text is an annex (73/195), quotations (right after a symbol; found nowhere), abbreviations."""

from __future__ import annotations

import pytest

import resparse
from resparse import check as checker
from resparse import note as notes
from resparse.check import citations, quotations, verbs
from resparse.check.anchors import read


@pytest.fixture(scope="module")
def library():
    return checker.Library([resparse.parse(p) for p in resparse.bundled_texts()])


def run(library, text: str) -> checker.Report:
    return checker.check(notes.from_text(text, "note.md"), library)


ANNEX_50 = """# Note

Under paragraph 50 of resolution 73/195, States "invite relevant subregional, regional and cross-regional processes, \
platforms and organizations" to review the implementation.

Annex, paragraph 50, of resolution 73/195 invites the regional economic commissions to review the implementation of \
the Global Compact.
"""


def test_73_195_is_cited_by_its_annex_numbers(library):
    report = run(library, ANNEX_50)
    assert report.findings == []
    checked = [(i.kind, i.status, i.paragraphs) for i in report.items]
    assert checked == [("citation", "verified", ["annex 50"]), ("quotation", "verified", ["annex 50"]),
                       ("citation", "verified", ["annex 50"]), ("verb", "verified", ["annex 50"])]


def test_a_missing_annex_number_is_still_an_error(library):
    report = run(library, "See paragraph 60 of resolution 73/195.\n")
    assert [f.code for f in report.findings] == ["R101"] and "60" in report.findings[0].message


def test_quotation_right_after_a_symbol_is_not_a_title(library):
    report = run(library, 'Resolution 72/244 "decides that the intergovernmental conference" shall be held.\n')
    assert report.findings == []
    assert [(i.kind, i.paragraphs) for i in report.items if i.kind != "citation"] == [("quotation", ["4"])]
    # a real title after the symbol is still checked as the title
    wrong = run(library, 'Resolution 72/244, entitled "Modalities for the Conference on Migration", says so.\n')
    assert [f.code for f in wrong.findings] == ["R103"]


def test_a_quotation_found_nowhere_is_r106_with_a_hint(library):
    # 12 of 20 words are paragraph 7's: too few to say "this is paragraph 7" (R105) with a diff of 7 changes
    text = ('Paragraph 3 of resolution 72/244 says that "the Review Forum shall choose from among the delegates of '
            'observer States the following officials: two chairs and 13 deputies".\n')
    report = run(library, text)
    assert [f.code for f in report.findings] == ["R106"]
    f = report.findings[0]
    assert f.paragraph == "3" and f.suggestion == "7" and "closest passage is in paragraph 7" in f.message
    assert [i.paragraphs for i in report.items if i.kind == "quotation"] == [["3"]]  # not pinned on 7
    # with most words of paragraph 7 it is paragraph 7's (R105)
    close = text.replace("Review Forum", "Intergovernmental Conference").replace("observer", "participating")
    close = close.replace("two chairs and 13 deputies", "two Presidents, and 13 Vice-Presidents")
    assert [(f.code, f.suggestion) for f in run(library, close).findings] == [("R105", "7")]


@pytest.mark.parametrize("named", [
    "The Assembly's December 2018 resolution",
    "The General Assembly's resolution of 19 December 2018",
    "In the Global Compact for Safe, Orderly and Regular Migration, the resolution",
])
def test_a_resolution_named_in_words(library, named):
    """A quotation and a verb in a sentence that names 73/195 by date or title are checked against it."""
    report = run(library, f'{named} invites the regional economic commissions to "review the implementation of the '
                          f'Global Compact within the respective regions".\n')
    assert report.findings == []
    assert {(i.kind, i.resolution) for i in report.items} >= {("quotation", "A/RES/73/195"), ("verb", "A/RES/73/195")}
    wrong = run(library, f'{named} says "review the implementation of the Global Compact in every country".\n')
    assert [f.code for f in wrong.findings] == ["R104"]


def test_a_date_no_loaded_resolution_has_is_not_checked(library):
    report = run(library, 'The Assembly\'s March 2001 resolution says "review the implementation of the Global '
                          'Compact in every country".\n')
    # not checked, and said so (R006), never passed over in silence
    assert [(f.code, f.severity) for f in report.findings] == [("R006", "info")]
    assert [(i.kind, i.status) for i in report.items] == [("quotation", "info")]


def test_abbreviated_citations(library):
    report = run(library, "See GA res. 71/280, para. 45, and A/RES/71/280, paras. 22 or 23.\n")
    assert [(f.code, f.paragraph) for f in report.findings] == [("R101", "45")]
    assert [i.paragraphs for i in report.items] == [["45"], ["22", "23"]]


def test_each_family_reads_anchors_and_library(library):
    note = notes.from_text(ANNEX_50, "note.md")
    reading = read(note, library)
    assert [(a.kind, a.doc, a.written, a.labels) for a in reading.anchors] == [
        ("citation", "A/RES/73/195", ["50"], ["annex 50"]), ("citation", "A/RES/73/195", ["annex 50"], ["annex 50"])]
    assert [q.inner.split()[0] for q in reading.quotations] == ["invite"]
    assert [i.kind for i in citations.check(reading, library)] == ["citation", "citation"]
    assert [i.kind for i in quotations.check(reading, library)] == ["quotation"]
    assert [i.kind for i in verbs.check(reading, library)] == ["verb"]


def test_lists_read_whole_on_71_280(library):
    """The issue's sentences: "or" members are each checked; third-level siblings and ranges keep their level."""
    report = run(library, "Paragraph 6 (b) or (d) of resolution 71/280 applies.\n\n"
                          "Paragraph 1 (e) or 40 of resolution 71/280 applies.\n\n"
                          "Paragraph 15 (a) (ii) and (iii) of resolution 71/280 applies.\n\n"
                          "Paragraph 15 (a) (i) to (iii) of resolution 71/280 applies.\n")
    assert [(f.line, f.code, f.paragraph) for f in report.findings] == [(1, "R102", "6 (d)"), (3, "R102", "1 (e), 40")]
    assert [i.paragraphs for i in report.items][2:] == [["15 (a) (ii)", "15 (a) (iii)"],
                                                        ["15 (a) (i)", "15 (a) (ii)", "15 (a) (iii)"]]
