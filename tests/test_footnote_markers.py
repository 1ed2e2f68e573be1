"""Footnote markers read against the whole footnote table: a footnote cited a second time by repeating its number
(UN practice), also on a later page and after footnotes with higher numbers."""

from __future__ import annotations

from pathlib import Path

import resparse

FIXTURES = Path(__file__).parent / "fixtures"


def test_footnote_recited_on_the_next_page():
    res = resparse.parse(FIXTURES / "footnote-recited-next-page.txt")
    notes = {f.number: f.cited_by for f in res.footnotes}
    assert notes == {"1": ["PP1"], "2": ["PP1", "2"]}
    assert res.get("2").footnotes == ["2"]
    assert res.get("2").text.startswith(
        "Endorses the conclusions and recommendations contained in the report of the Advisory Committee on "
        "Administrative and Budgetary Questions, and requests"
    )


def test_second_citation_after_higher_numbers(corpus_dir):
    # 78/11 operative 3 cites the Geneva Convention of 1949 (footnote 2) again, after footnotes 3 and 4
    res = resparse.parse(corpus_dir / "A_RES_78_11.txt")
    assert "2" in res.get("3").footnotes
    assert "August 1949, continue to apply" in res.get("3").text


def test_codes_are_not_second_citations(corpus_dir):
    # "the U4 Anti-Corruption Resource Centre" (78/140), "(CM/Rec(2024)2)" (79/284): names and codes, not footnote 4
    # or 2 cited again
    res = resparse.parse(corpus_dir / "A_RES_78_140.txt")
    centre = next(p for p in res.walk() if "Anti-Corruption Resource Centre" in p.text)
    assert "U4 Anti-Corruption" in centre.text and "4" not in centre.footnotes
    res = resparse.parse(corpus_dir / "A_RES_79_284.txt")
    assert "CM/Rec(2024)2 " in res.get("28").text


def test_marker_after_a_space_after_a_plural_name():
    # a plural unit word is a reference only before a list ("paragraphs 7 and 8"); "the relevant Principles 2  to
    # register" continues the footnote sequence, so 2 is a marker
    from conftest import mini_resolution

    text = mini_resolution(
        "Encourages States to apply the Guiding Principles on Business and Human Rights,1 including the relevant "
        "Principles 2  to register data, and the principles in paragraphs 7 and 8 of the annex;",
    )
    head, plenary, tail = text.partition("1st plenary meeting")
    assert plenary  # the footnote block goes before the plenary line, as on the PDF's last page
    text = head + "__________________\n \n1  A/HRC/17/31, annex.\n2  Ibid., principle 2.\n\n" + plenary + tail
    res = resparse.parse_text(text)
    assert res.get("1").footnotes == ["1", "2"]
    assert "relevant Principles to register data" in res.get("1").text
    assert "paragraphs 7 and 8 of the annex" in res.get("1").text


from hypothesis import given, settings
from hypothesis import strategies as st

from resparse.footnotes import _CleanLength, _clean_text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=" ,.;:ab\t", max_size=8), min_size=1, max_size=8))
def test_clean_length_piece_by_piece_equals_cleaning_the_whole(pieces):
    """Where a marker stood is counted piece by piece (linear), and must equal cleaning the whole prefix again."""
    prefix = _CleanLength()
    for i, piece in enumerate(pieces):
        prefix.add(piece)
        assert prefix.stripped() == len(_clean_text("".join(pieces[: i + 1])).rstrip())
