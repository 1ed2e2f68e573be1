"""Dates and parts in lists of resolutions, and the resolution a cited part names, on the real texts copied to
tests/fixtures/references/ (and tests/fixtures/A_RES_79_1.txt):

- a date written after the last of a group of members without one, the group closed by "and", is each member's of
  its session ("77/262, 77/267 and 77/263 A of 30 December 2022", A/RES/78/252 PP1);
- a date the source mistyped ("75/247 of 31 December 202", A/RES/78/247 PP1) ends no list; it is not read, and
  ``references.problems`` says so;
- a dated member's own part ("32/151 of 19 December 1977, para. 10, and 37/111 of 16 December 1982, para. 5");
- "action 21, paragraph 42, of resolution 79/1" (A/RES/79/92 PP11) is the adopted text's 42 of 79/1;
- "79/258 A" (A/RES/80/243) is A/RES/79/258, held under its number alone (``references.stored_symbol``): the graph
  and the corpus link it;
- ``resparse cited-by "A/RES/77/263 B"``: a part as the UN writes it, its letter after a space.
"""

from pathlib import Path

import pytest

import resparse
from resparse import corpus
from resparse.cli import main
from resparse.model import Target
from resparse.references import find, paragraphs_cited, problems, resolve, stored_symbol

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REFS = FIXTURES / "references"


def _cited(res, source):
    return [r.citation for r in resolve(res) if r.source == source]


def test_78_252_a_date_after_undated_members_of_its_session_is_theirs():
    """78/252 PP1: "58/269 and 58/270 of 23 December 2003", "72/261 and 72/266 A of 24 December 2017", "77/262,
    77/267 and 77/263 A of 30 December 2022": the date is each member's (was: the last one's only); a member with its
    own date keeps it."""
    [cit] = _cited(resparse.parse(REFS / "A_RES_78_252.txt"), "PP1")
    assert cit.dates["A/RES/58/269"] == cit.dates["A/RES/58/270"] == "23 December 2003"
    assert cit.dates["A/RES/72/261"] == cit.dates["A/RES/72/266A"] == "24 December 2017"
    assert cit.dates["A/RES/77/262"] == cit.dates["A/RES/77/267"] == cit.dates["A/RES/77/263A"] == "30 December 2022"
    assert cit.dates["A/RES/72/266B"] == "5 July 2018" and cit.dates["A/RES/77/263B"] == "18 April 2023"


@pytest.mark.parametrize("text, dated, undated", [
    ("Recalling its resolutions 78/1 and 78/2 of 10 October 2023,", {"A/RES/78/1", "A/RES/78/2"}, set()),
    # a member of another session is no member of the date's run: its date was given elsewhere, or not at all
    ("Recalling its resolutions 66/288, 78/1 and 78/2 of 10 October 2023,", {"A/RES/78/1", "A/RES/78/2"},
     {"A/RES/66/288"}),
    ("its resolutions 56/234 and 56/236 of 24 December 2001 and 56/286 of 27 June 2002, section II",
     {"A/RES/56/234", "A/RES/56/236", "A/RES/56/286"}, set()),
    # a comma alone before the dated member sets it apart: 70/1 is of 25 September 2015 (78/128 4 (i), 78/327)
    ("resolutions 67/290 of 9 July 2013, 70/1, 70/299 of 29 July 2016 and 75/290 B of 25 June 2021",
     {"A/RES/67/290", "A/RES/70/299", "A/RES/75/290B"}, {"A/RES/70/1"}),
    ("its resolutions 69/38, 71/90, 73/72, 73/91 of 7 December 2018 and 76/55", {"A/RES/73/91"},  # 78/52 7
     {"A/RES/73/72"}),
    # Security Council resolutions are numbered with their year: none shares another's date
    ("Security Council resolutions 1325 (2000) and 2467 (2019) of 23 April 2019,", {"S/RES/2467(2019)"},
     {"S/RES/1325(2000)"}),
])
def test_a_shared_date_is_each_members_of_its_session(text, dated, undated):
    [cit] = find(text)
    assert set(cit.dates) == dated and not undated & set(cit.dates)


def test_78_247_a_mistyped_date_ends_no_list():
    """78/247 PP1 "... 74/256 and 74/257 of 27 December 2019, 75/247 of 31 December 202, 76/241 of 24 December 2021
    and 77/259 of 30 December 2022": the list goes on past the year of three digits (was: it ended at 75/247, and
    76/241 and 77/259 were no citation); 75/247 is kept, its date not read, and a warning names it."""
    res = resparse.parse(REFS / "A_RES_78_247.txt")
    refs = [r for r in resolve(res) if r.source == "PP1"]
    [cit] = [r.citation for r in refs if "75/247" in r.citation.phrase]
    assert cit.documents[-3:] == ["A/RES/75/247", "A/RES/76/241", "A/RES/77/259"]
    assert "A/RES/75/247" not in cit.dates and cit.unread_dates == {"A/RES/75/247": "31 December 202"}
    assert cit.dates["A/RES/76/241"] == "24 December 2021" and cit.dates["A/RES/77/259"] == "30 December 2022"
    [warning] = [w for w in problems(refs) if "202" in w.message]
    assert 'the date of A/RES/75/247, "31 December 202", is no date' in warning.message


def test_a_dated_member_keeps_its_own_part():
    """ "resolutions 32/151 of 19 December 1977, para. 10, and 37/111 of 16 December 1982, para. 5": each member its
    own paragraph (was: 32/151's 10, then "para. 5" a paragraph of the citing text). The corpus writes this list
    without the dates (78/108 footnote 10), which was read already."""
    text = "See resolutions 32/151 of 19 December 1977, para. 10, and 37/111 of 16 December 1982, para. 5, and all"
    [cit] = find(text)
    assert cit.targets == [Target("A/RES/32/151", "10"), Target("A/RES/37/111", "5")]
    assert cit.dates == {"A/RES/32/151": "19 December 1977", "A/RES/37/111": "16 December 1982"}
    # a list of dated members without parts keeps its "and"
    [cit] = find("its resolutions 70/1 of 25 September 2015, and 71/313 of 6 July 2017, on the")
    assert cit.documents == ["A/RES/70/1", "A/RES/71/313"] and all(t.label is None for t in cit.targets)


def test_79_92_a_paragraph_of_79_1_is_its_adopted_texts():
    """79/92 PP11 "action 21, paragraph 42, of resolution 79/1": 79/1's adopted text (the Pact for the Future),
    paragraph 42, which its annex I (the Global Digital Compact) also numbers (was: no paragraph, two annexes having
    a 42); the graph draws the edge."""
    from resparse.graph import build_graph

    res_1, res_92 = resparse.parse(FIXTURES / "A_RES_79_1.txt"), resparse.parse(REFS / "A_RES_79_92.txt")
    [cit] = [c for c in _cited(res_92, "PP11") if "79/1" in c.phrase]
    assert cit.targets == [Target("A/RES/79/1", "42")]
    assert [p.label for p in paragraphs_cited(res_1, "42")] == ["adopted 42"]
    assert [p.label for p in paragraphs_cited(res_1, "42 (b)")] == ["adopted 42 (b)"]
    g = build_graph([res_92, res_1])
    edges = [(u, v) for u, v, k in g.edges(data="kind") if k == "refers_to" and u.endswith("#recital_11")]
    assert edges and all(v.startswith("A/RES/79/1#") and "adopted" in v for _, v in edges)


def test_part_a_is_the_resolution_held_under_its_number_alone():
    """ "79/258 A" names A/RES/79/258 where no part A is held; part B, or a part A held, never."""
    assert stored_symbol("A/RES/79/258A", {"A/RES/79/258"}) == "A/RES/79/258"
    assert stored_symbol("A/RES/79/258B", {"A/RES/79/258"}) is None
    assert stored_symbol("A/RES/79/258A", {"A/RES/79/258", "A/RES/79/258A"}) == "A/RES/79/258A"
    assert stored_symbol("A/RES/79/25", {"A/RES/79/258"}) is None


def test_80_243_part_a_of_79_258_is_linked(db_80_243):
    """80/243 PP4 "section XVII of its resolution 79/258 A of 24 December 2024" cites the corpus's A/RES/79/258
    (adopted that day): the graph's cites edge goes to its node and refers_to edges to the paragraphs of its section
    XVII; the corpus points its rows at it (was: a document "A/RES/79/258A" outside the corpus, no paragraph)."""
    from resparse.graph import build_graph

    res_243, res_258 = resparse.parse(REFS / "A_RES_80_243.txt"), resparse.parse(REFS / "A_RES_79_258.txt")
    g = build_graph([res_243, res_258])
    assert "A/RES/79/258A" not in g
    pp4 = "A/RES/80/243#recital_4"
    assert any(v == "A/RES/79/258" and k == "cites" for _, v, k in g.out_edges(pp4, data="kind"))
    into = {v for _, v, k in g.out_edges(pp4, data="kind") if k == "refers_to"}
    assert into and {v.split("#")[0] for v in into} == {"A/RES/79/258"}
    # "Recalls section XII, paragraph 21, of its resolution 79/258 A": 79/258's XII.21
    rows = [r for r in corpus.cited_by(db_80_243, "A/RES/79/258", "XII.21") if r["document"] == "A/RES/80/243"]
    assert [(r["cites"], r["resolved"]) for r in rows] == [("section XII.21", "XII.21")]


def test_cited_by_a_part_written_as_the_un_writes_it(db_80_243, capsys):
    """`resparse cited-by "A/RES/77/263 B"` (was: exit 2, "not a resolution symbol"): the citations of part B and of
    77/263 cited whole; `cited-by A/RES/77/263` lists those of each of its parts too."""
    assert main(["cited-by", "A/RES/77/263 B", "--db", str(db_80_243)]) == 0
    out = capsys.readouterr()
    assert "citations of A/RES/77/263 B" in out.err  # printed as --help writes it (was "A/RES/77/263B")
    rows = corpus.cited_by(db_80_243, "A/RES/77/263 B")
    assert rows == corpus.cited_by(db_80_243, "77/263 B") == corpus.cited_by(db_80_243, "A/RES/77/263B")
    assert ("A/RES/78/252", "PP1") in [(r["document"], r["paragraph"]) for r in rows]
    whole = corpus.cited_by(db_80_243, "A/RES/77/263")
    assert len(whole) > len(rows) and all(r in whole for r in rows)
