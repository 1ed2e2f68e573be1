"""The label-free consistency check, on the real texts and on trees broken on purpose."""

import copy

import pytest

from resparse.consistency import check


@pytest.mark.parametrize("key", ["71/280", "72/244", "73/195", "80/1"])
def test_real_texts_are_consistent(all_texts, key):
    assert check(all_texts[key]) == []


def test_detects_broken_trees(res_71_280, res_72_244):
    r = copy.deepcopy(res_71_280)
    ops = [p for p in r.paragraphs if p.kind == "operative"]
    ops[4].number = "7"  # 1, 2, 3, 4, 7, 6 ...
    r.get("22").children[1].number = "d"  # (a), (d), (c)
    r.get("PP2").text = "Recalling also __________ 17-23327"
    r.footnotes[0].cited_by = []
    codes = sorted(p.code for p in check(r))
    assert codes == ["footnote", "numbering", "subparagraphs", "underscores"]

    r = copy.deepcopy(res_72_244)
    r.get("annex rule 7.2").text = "The presiding President remains 17-23327 5/16 under the authority"
    r.get("annex rule 7.2").number = "3"
    problems = {p.code: p for p in check(r)}
    assert set(problems) == {"header", "numbering"}
    assert problems["numbering"].where == "annex rule 7"
    assert "17-23327" in problems["header"].message


def test_resolution_numbers_are_not_page_counters(res_72_244):
    r = copy.deepcopy(res_72_244)
    r.get("PP2").text = "Recalling also its resolutions 71/16 and 3/16 of 2017,"  # 72/244 has 16 pages
    assert check(r) == []


def test_detects_two_recitals_and_glued_footnote_numbers(res_71_280):
    r = copy.deepcopy(res_71_280)
    r.get("PP2").text += " Recalling also its resolution 70/1,"  # a recital glued to the one before
    r.get("PP3").text = r.get("PP3").text.replace("Migration", "Migration1", 1)
    problems = [p for p in check(r) if p.code in ("two recitals", "glued")]
    assert [(p.code, p.where) for p in problems] == [("two recitals", "PP2"), ("glued", "PP3")]
    assert "Recalling also" in problems[0].message


def test_a_capitalised_name_after_a_comma_is_no_second_recital(res_71_280):
    r = copy.deepcopy(res_71_280)
    r.get("PP2").text += " held in New York, United States of America, Welcome Centre,"
    assert check(r) == []


def test_glued_numbers_of_every_shape_are_found():
    """A footnote number glued to a word after letters, a closing quote, a punctuation mark or both (the shapes of
    _GLUED_DIGITS, which a quick test for where such a number can start must all pass), and none where a space,
    a capital or a hyphen stands before the digits."""
    from resparse.consistency import glued_footnote_numbers

    numbers = {"1", "2", "3", "4", "5", "12"}
    text = "the Declaration1 and the “Agenda”2, the Goals;3 and the “Pact”;4 of 20305 and the Charter12."
    assert glued_footnote_numbers(text, numbers) == ["1", "2", "3", "4", "12"]
    assert glued_footnote_numbers("resolution 1 of the G20, COVID-19 and Add.2", numbers) == []


def test_detects_a_heading_inside_a_paragraph(res_73_195):
    """A numbered heading read as the tail of the paragraph before it (A/RES/79/1's "Action 4." before the fix),
    joined by a line break or a space, with a footnote digit after the full stop; not a list item after a colon."""
    r = copy.deepcopy(res_73_195)
    r.get("annex 13").text += "\nObjective 1: Collect and utilize accurate and disaggregated data"
    r.get("annex 14").text += "5 Action 4. We will close the financing gap."
    r.get("annex 15").text += "\nPanel 1: Tackling the determinants;"  # after "guiding principles:"
    r.get("annex 16").text += " Sustainable Development Goal 14: Conserve and sustainably use the oceans."
    problems = [p for p in check(r) if p.code == "heading"]
    assert [(p.where, p.message) for p in problems] == [
        ("annex 13", "a heading starts inside annex 13: 'Objective 1:'"),
        ("annex 14", "a heading starts inside annex 14: 'Action 4.'"),
    ]
