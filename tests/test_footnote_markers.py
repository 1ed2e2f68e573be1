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


def _with_footnotes(text: str, notes: str) -> str:
    head, plenary, tail = text.partition("1st plenary meeting")
    return head + "__________________\n \n" + notes + "\n" + plenary + tail


def test_second_citation_after_a_space():
    # 79/249's wording ("... Rules of the United Nations, 3  the Secretary-General", a marker after a space): cited
    # a second time after a name closed by its comma, the number repeats footnote 3 and leaves the text
    from conftest import mini_resolution

    text = mini_resolution(
        "Recalls financial regulation 3.10 of the Financial Regulations and Rules of the United Nations,3 and its "
        "resolution 78/1;",
        "Decides that, notwithstanding financial regulation 3.10 of the Financial Regulations and Rules of the United "
        "Nations, 3 the Secretary-General shall be empowered to accept a portion of the contributions;",
        preamble="Recalling its resolutions 77/1 1 and 77/2,2",
    )
    res = resparse.parse_text(_with_footnotes(text, "1  A/77/1.\n2  A/77/2.\n3  ST/SGB/2013/4."))
    assert res.get("2").footnotes == ["3"]
    assert res.footnotes[2].cited_by == ["1", "2"]
    assert "Rules of the United Nations, the Secretary-General shall" in res.get("2").text


def test_numbers_after_a_space_that_repeat_no_footnote():
    # real shapes of the corpus, with a footnote of the same number cited before: a date ("Monday, 9 June", 78/128),
    # a range ("United Arab Emirates, 2 to 4 December", 78/327), counts ("(1 Under-Secretary-General, 6 D-1",
    # 80/242; "6 from African States, 5 from Asia-Pacific States, 3 from Eastern European States", 78/107), a
    # paragraph number ("paragraph 3 above"), a unit ("decision 1 of the Fifth Review Conference", 78/64)
    from conftest import mini_resolution

    texts = [
        "Decides that the Conference will commence on Monday, 3 June, with an opening segment;",
        "Decides to hold the Conference in the United Arab Emirates, 3 to 4 December 2026;",
        "Approves 28 posts (1 Under-Secretary-General, 3 D-1, 2 P-5);",
        "Decides to appoint 25 Member States, 6 from African States, 5 from Asia-Pacific States, 3 from Eastern "
        "European States;",
        "Recalls paragraph 3 above and decision 1 of the Fifth Review Conference;",
    ]
    text = mini_resolution("Takes note of the report,1 the study2 and the review;3", *texts)
    res = resparse.parse_text(_with_footnotes(text, "1  A/77/1.\n2  A/77/2.\n3  A/77/3."))
    assert {f.number: f.cited_by for f in res.footnotes} == {"1": ["1"], "2": ["1"], "3": ["1"]}
    for n, want in enumerate(texts, start=2):
        assert res.get(str(n)).text == want and res.get(str(n)).footnotes == []


def test_a_number_that_goes_on_is_no_marker(corpus_dir):
    # "France 3.858" (79/249's table of rates) and "the Mission, 4,998,800 dollars" (78/307) are numbers; the
    # footnotes they stole are cited where they stand apart after the name: 79/249 18 (a) "... Rules of the United
    # Nations, 3  the Secretary-General", 78/307 17 "the updated levels, 4  subject to". 79/249's rates are the
    # table after 12 since branch tab-a (cells "France", "3.858", no paragraph text): 12 still steals no footnote
    res = resparse.parse(corpus_dir / "A_RES_79_249.txt")
    [table] = res.tables
    at = table.cells.index("France")
    assert table.after == "12" and table.cells[at: at + 3] == ["France", "3.858", "Gabon"]
    assert res.get("12").footnotes == []
    assert res.get("18 (a)").footnotes == ["3"] and res.footnotes[2].cited_by == ["18 (a)"]
    res = resparse.parse(corpus_dir / "A_RES_78_307.txt")
    assert "the Mission, 4,998,800 dollars" in res.get("12").text and res.get("12").footnotes == []
    assert res.get("17").footnotes == ["4"] and "the updated levels, subject to" in res.get("17").text


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


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 /.,;:)”aBz-", max_size=40))
def test_marker_matches_are_the_finditer_of_the_marker_pattern(text):
    """The fast scan tries the marker pattern only at runs of digits; it must find exactly what finditer finds."""
    from resparse.footnotes import _ANY_MARKER, _marker_matches

    assert [m.span() for m in _marker_matches(text)] == [m.span() for m in _ANY_MARKER.finditer(text)]
    assert [m.groupdict() for m in _marker_matches(text)] == [m.groupdict() for m in _ANY_MARKER.finditer(text)]
    # resolve_markers reads a match's shape as its lastgroup: the one shape group that is set
    assert all([k for k, v in m.groupdict().items() if v is not None] == [m.lastgroup] for m in _marker_matches(text))


# pieces of the texts where the scan's choice by a run's length and the character before it matters: years ("19",
# "20" then digits), resolution numbers ("/" then digits), digits of another script, other white space and dashes
_MARKER_PIECES = st.sampled_from(["19", "20", "/", " ", "1", "23", "4567", "\u0663", "\n", "\u2013", "-", ".", ",",
                                  "a", "B", "\u201d", ")", "Agenda 21", "es", "(", ":"])


@settings(max_examples=800, deadline=None)
@given(st.lists(_MARKER_PIECES, max_size=14).map("".join))
def test_marker_matches_by_run_length_are_the_finditer(text):
    """The same as the finditer on texts of digit runs of every length after every kind of character."""
    from resparse.footnotes import _ANY_MARKER, _marker_matches

    assert [(m.span(), m.groupdict()) for m in _marker_matches(text)] == [
        (m.span(), m.groupdict()) for m in _ANY_MARKER.finditer(text)]


def test_marker_matches_on_the_corpus_are_the_finditer(corpus_dir):
    """And on every corpus text, line by line: what the scan skips is never a marker shape's match."""
    from resparse.footnotes import _ANY_MARKER, _marker_matches

    for path in sorted(corpus_dir.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert [m.span() for m in _marker_matches(line)] == [m.span() for m in _ANY_MARKER.finditer(line)]


def test_a_count_of_a_series_is_no_marker_where_the_sequence_would_take_it():
    # 78/107's wording ("25 Member States, 6 from African States, 5 from Asia-Pacific States"), the counts made
    # such that the next footnote's number (4) is one of them: the same word after each number ("from"), and
    # numbers the footnotes cannot all be (6 is none, 4 is below 6), so none is a marker
    from conftest import mini_resolution

    counts = "Decides to appoint 10 Member States, 6 from African States, 4 from Asia-Pacific States, as members;"
    text = mini_resolution("Takes note of the report,1 the study2 and the review;3", counts)
    res = resparse.parse_text(_with_footnotes(text, "1  A/77/1.\n2  A/77/2.\n3  A/77/3.\n4  A/77/4."))
    assert res.get("2").text == counts and res.get("2").footnotes == []
    assert res.footnotes[3].cited_by == []
    # markers followed by the same word that run up the sequence are markers: "the Convention, 4 entitled ...,
    # and the Protocol, 5 entitled ..."
    cites = "Recalls the Convention, 4 entitled X, and the Protocol, 5 entitled Y;"
    text = mini_resolution("Takes note of the report,1 the study2 and the review;3", cites)
    res = resparse.parse_text(_with_footnotes(text, "1  A/77/1.\n2  A/77/2.\n3  A/77/3.\n4  A/77/4.\n5  A/77/5."))
    assert res.get("2").footnotes == ["4", "5"]
    assert res.get("2").text == "Recalls the Convention, entitled X, and the Protocol, entitled Y;"


def test_the_counts_of_78_107_are_a_series(corpus_dir):
    # the series rule over the real paragraph: its five counts, none a marker; footnote 5 cited at its end
    from resparse import footnotes

    res = resparse.parse(corpus_dir / "A_RES_78_107.txt")
    para = res.get("28")
    spaced = [m for m in footnotes._marker_matches(para.text) if m.group("spaced")]
    series = footnotes._count_series(para.text, spaced, {f.number: f for f in res.footnotes})
    assert sorted(para.text[s + 1 : s + 7] for s in series) == ["3 from", "5 from", "5 from", "6 from", "6 from"]
    assert para.footnotes == ["5"] and "6 from African States, 5 from Asia-Pacific States" in para.text


def test_a_footnote_cited_again_before_the_same_word_is_no_count_series():
    # footnote 4 cited after a closed name and cited again in the same words ("the Convention, 4 adopted ..."):
    # equal numbers are a footnote cited again, not a series of counts (that needs a number that is no footnote
    # or one that falls)
    from conftest import mini_resolution

    text = mini_resolution(
        "Takes note of the report,1 the study2 and the review;3",
        "Recalls the Convention, 4 adopted in 1989, and urges States to implement the Convention, 4 adopted by "
        "consensus;",
    )
    res = resparse.parse_text(_with_footnotes(text, "1  A/77/1.\n2  A/77/2.\n3  A/77/3.\n4  A/77/4."))
    assert res.get("2").footnotes == ["4"]
    assert res.get("2").text == (
        "Recalls the Convention, adopted in 1989, and urges States to implement the Convention, adopted by consensus;"
    )


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" ,;:.a1\n", max_size=30))
def test_collapse_is_its_two_substitutions(text):
    """footnotes._collapse tries each substitution only where a substring test finds what it needs: the same text
    as both substitutions applied."""
    from resparse.footnotes import _SPACE_BEFORE_PUNCT, _SPACES, _collapse

    assert _collapse(text) == _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text))


def test_a_marker_glued_to_a_resolution_number_of_two_digits():
    """ "54/22,38 54/2639 and 54/3340 of 12 October 2023" (A/RES/78/253, para. XI.3, Human Rights Council
    resolutions): 54/26 with footnote 39 and 54/33 with footnote 40, the next numbers of the footnote sequence (was:
    the resolutions "54/2639" and "54/3340", the footnotes 39 and 40 cited by nothing)."""
    res = resparse.parse(FIXTURES / "references" / "A_RES_78_253.txt")
    [p] = [p for p in res.walk() if p.label == "XI.3"]
    assert p.footnotes[-2:] == ["39", "40"] and "54/26 and 54/33 of 12 October 2023" in p.text
    notes = {f.number: f for f in res.footnotes}
    assert notes["39"].cited_by == ["XI.3"] and notes["40"].cited_by == ["XI.3"]
    # a number of three digits after the session's is never cut ("54/263" stays whole with footnote 3 next in
    # sequence), nor a longer run no cut of which the sequence takes ("54/2639" with no footnote 39 or 9)
    from conftest import mini_resolution

    text = mini_resolution("Recalls its resolution 77/1,2 Human Rights Council resolutions 54/263 and 54/2639 and "
                           "the Convention,3 and decides to remain seized of the matter;",
                           preamble="Recalling its resolution 77/2,1")
    res = resparse.parse_text(_with_footnotes(text, "1  A/77/1.\n2  A/77/2.\n3  A/77/3."))
    assert "resolutions 54/263 and 54/2639 and the Convention" in res.get("1").text
    assert res.get("1").footnotes == ["2", "3"]
