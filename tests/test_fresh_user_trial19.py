"""What the fresh user's trial 19 (2026-12-03, main at 971ee65) met in the reading side, on real texts (files
already in tests/fixtures, copies of ../shared/corpus/texts): a list of resolutions that names what a member is on
before the next member ("... of 3 November 1950 on uniting for peace and 76/262 of 26 April 2022") ended at the
subject, its next members lost; a footnote line that ends with a dash or a stroke ("1 August 2015–", a URL cut after
"/") was joined to the next with a space, where a paragraph's lines join without one."""

from __future__ import annotations

import pytest

import resparse
from resparse import references
from resparse.references import resolve

from conftest import ROOT, lark_longest

FIXTURES = ROOT / "tests" / "fixtures"


def _cited(name: str, label: str) -> list[tuple[str, list[str | None], dict]]:
    """(phrase, documents, dates) of each reference of paragraph ``label`` of fixture ``name``."""
    res = resparse.parse(FIXTURES / name)
    return [(r.citation.phrase, [t.document for t in r.citation.targets], dict(r.citation.dates))
            for r in resolve(res) if r.source == label]


def test_a_list_of_resolutions_goes_on_after_what_a_member_is_on():
    """The Pact for the Future (79/1), adopted 69 (c): "Assembly resolutions 377 A (V) of 3 November 1950 on uniting
    for peace and 76/262 of 26 April 2022 on the veto initiative" cites both (76/262 was not found)."""
    [(phrase, docs, dates)] = [c for c in _cited("A_RES_79_1.txt", "adopted 69 (c)") if "377" in c[0]]
    assert docs == ["A/RES/377A(V)", "A/RES/76/262"]
    assert dates["A/RES/76/262"] == "26 April 2022" and phrase.endswith("76/262 of 26 April 2022")
    # 80/142 PP1: "its resolutions 65/151 of 20 December 2010 on the International Year of Sustainable Energy for All
    # and 67/215 of 21 December 2012, in which it decided to declare ..., and 79/211 of 23 December 2024, in which
    # ...": each member keeps its own date, and the list goes on after a "which" clause set off by commas (the
    # twenty-fifth session's trial: 79/211 was lost)
    [(_, docs, dates)] = [c for c in _cited("A_RES_80_142.txt", "PP1") if "65/151" in c[0]]
    assert docs == ["A/RES/65/151", "A/RES/67/215", "A/RES/79/211"]
    assert dates == {"A/RES/65/151": "20 December 2010", "A/RES/67/215": "21 December 2012",
                     "A/RES/79/211": "23 December 2024"}


def test_a_title_in_quotation_marks_and_the_body_carry_over_to_the_next_member():
    """78/187 PP13: "Human Rights Council resolutions 45/30 of 13 October 2020, entitled “Rights of the child: ...”,
    51/10 of 6 October 2022 on countering cyberbullying and 54/5 of 10 October 2023 on ...": all three, the Council's
    (a title in quotation marks is what the member is on too; its colon is inside the quotation marks). 80/132 PP3:
    the Economic and Social Council's 1989/84 after "1980/67 of 25 July 1980 on international years and
    anniversaries" is E/RES/1989/84, and the Assembly's list after it is a citation of its own."""
    [(_, docs, _)] = _cited("A_RES_78_187.txt", "PP13")
    assert docs == ["A/HRC/RES/45/30", "A/HRC/RES/51/10", "A/HRC/RES/54/5"]
    cited = _cited("A_RES_80_132.txt", "PP3")
    assert [docs for _, docs, _ in cited] == [["E/RES/1980/67", "E/RES/1989/84"], ["A/RES/53/199", "A/RES/61/185"]]
    # 78/187 PP12: five members, each after what the one before is on ("76/146 on 16 December 2021 on the girl child")
    [_, (_, docs, _)] = _cited("A_RES_78_187.txt", "PP12")
    assert docs == ["A/RES/77/201", "A/RES/73/327", "A/RES/77/202", "A/RES/76/146", "A/RES/77/211"]


def test_what_the_last_member_is_on_is_no_part_of_the_citation():
    """Where no member's number follows the subject, the list ends before it, as before: 78/310 PP2 "... 61/185 of 20
    December 2006 on the proclamation of international years, and Economic and Social Council resolution 1980/67 ..."
    is two citations, the second the Council's (a subject holds no word "resolution": never read as the Assembly's
    1980/67); 79/226 PP14 three ("... on operational activities ..., as well as its resolution 76/4 ...")."""
    cited = _cited("A_RES_78_310.txt", "PP2")
    assert [c[1] for c in cited] == [["A/RES/53/199", "A/RES/61/185"], ["E/RES/1980/67"]]
    assert cited[0][0].endswith("61/185 of 20 December 2006")
    cited = _cited("A_RES_79_226.txt", "PP14")
    assert [c[1] for c in cited] == [["A/RES/72/279"], ["A/RES/76/220", "A/RES/77/184", "A/RES/78/166"],
                                     ["A/RES/76/4"]]


def test_the_memo_reads_a_subject_as_lark_alone_does(monkeypatch):
    """_SUBJECT reads far (up to 200 characters and the next member's number): the memo keys a result on its head and
    peek (references._SUBJECT_HEAD), so a window met again or a plain parse gives what Lark alone gives."""
    texts = [p.text for name, label in (("A_RES_79_1.txt", "adopted 69 (c)"), ("A_RES_78_187.txt", "PP12"),
                                        ("A_RES_78_187.txt", "PP13"), ("A_RES_78_310.txt", "PP2"))
             for p in [resparse.parse(FIXTURES / name).get(label)]]

    def answers():
        return [[(c.start, c.end, c.targets) for c in references.find(t)] for t in texts]

    references._MEMO.clear()
    first, again = answers(), answers()
    monkeypatch.setattr(references, "_find", references._find_anew)
    monkeypatch.setattr(references, "_longest", lambda text, pos, start="start": (
        lambda got: got and got[1])(lark_longest(references._parser(), text[pos : pos + references._WINDOW], start)))
    assert first == again == answers()
    assert any(len(c[2]) >= 5 for a in first for c in a)  # 78/187 PP12's five members: the subjects were read


@pytest.mark.parametrize("number, expected", [
    ("66", "Resolutions and Decisions of the Security Council, 1 August 2015–31 December 2016 (S/INF/71)."),
    ("19", "https://www.un.org/Depts/los/doalos_publications/publicationstexts/DepositGuidelinesEnglish.pdf."),
])
def test_a_footnote_line_that_ends_with_a_dash_or_a_stroke_is_glued_to_the_next(number, expected):
    """79/144 footnote 66 ("... 1 August 2015–" / "31 December 2016 (S/INF/71).") and footnote 19 (a URL cut after
    "publicationstexts/"): the footnote's lines join as a paragraph's do (normalize._glue), without the space that
    read "2015– 31 December" and "publicationstexts/ DepositGuidelinesEnglish.pdf"."""
    res = resparse.parse(FIXTURES / "A_RES_79_144.txt")
    [note] = [f for f in res.footnotes if f.number == number]
    assert note.text.endswith(expected)
    # a dash set apart by spaces ("– ", a parenthetical dash) is no range: the next line still follows a space
    assert all("– " not in f.text or " – " in f.text for f in res.footnotes)


def test_a_fascicle_of_the_programme_budget_is_one_document(corpus_dir):
    """"A/79/6 (Sect. 2), A/79/6 (Sect. 3), ..." (79/247 footnote 3, the proposed programme budget's fascicles) was
    read as the whole A/79/6 and a "Sect. 2" of a document named "A/79/6 (", twice per fascicle: each is a document
    symbol of its own, as "A/78/15 (Part I)" is, also with an addendum or corrigendum after it ("A/78/6 (Sect.
    3)/Add.1", 78/253 footnote 52; "A/79/6 (Sect. 24)/Corr.1") and "A/80/6 (Plan outline)" (80/233 footnote 3)."""
    def footnote(res, number):
        [r] = [r for r in resolve(res) if r.source == f"footnote {number}"]
        return [t.document for t in r.citation.targets]

    docs = footnote(resparse.parse(corpus_dir / "A_RES_79_247.txt"), 3)
    assert docs[:2] == ["A/79/6 (Sect. 2)", "A/79/6 (Sect. 3)"] and len(docs) == 37
    assert "A/79/6 (Sect. 24)/Corr.1" in docs and "A/79/6 (Sect. 29F)" in docs and "A/79/6" not in docs
    docs = footnote(resparse.parse(FIXTURES / "A_RES_78_253.txt"), 52)
    assert docs == [f"A/78/6 (Sect. 3)/Add.{i}" for i in range(1, 8)]
    assert footnote(resparse.parse(corpus_dir / "A_RES_80_233.txt"), 3)[0] == "A/80/6 (Plan outline)"
    # "A/78/6 (Introduction), Sects. 1–36" (78/252 footnote 1): the sections are the budget's, read as before
    cited = [r for r in resolve(resparse.parse(corpus_dir / "A_RES_78_252.txt")) if r.source == "footnote 1"]
    assert [t.document for t in cited[0].citation.targets] == ["A/78/6"]


def test_a_range_wrapped_onto_a_footnote_line_is_no_footnote_number(corpus_dir):
    """78/143 footnote 2 wraps "Rio de Janeiro," / "3 – 14 June 1992, vol. I, ..."; the "3" opening the line was read
    as footnote 3 (footnote 2 ended "Rio de Janeiro,", the real footnote 3 "Ibid., annex II." was glued to the
    false one): a number followed by a dash and a digit is a range, the line goes on footnote 2."""
    for name in ("A_RES_78_143.txt", "A_RES_79_200.txt"):
        notes = {f.number: f.text for f in resparse.parse(corpus_dir / name).footnotes}
        assert notes["2"].startswith("Report of the United Nations Conference on Environment and Development")
        assert "3 – 14 June 1992" in notes["2"] and notes["2"].endswith("resolution 1, annex I.")
        assert notes["3"] == "Ibid., annex II."


def test_a_resolution_numbered_in_roman_in_a_report_is_part_of_the_chain(corpus_dir):
    """The README's "chap. I, resolution 1, annexes I and II" (one locator in the report the footnote names) held
    only for a resolution numbered in figures: 78/172 footnote 1, "Report of the World Summit for Social
    Development, ... (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution I, annexes I and II", gave
    "chap. I" and "annexes I and II" of a document named "I, resolution I"."""
    res = resparse.parse(corpus_dir / "A_RES_78_172.txt")
    [cited] = [r.citation for r in resolve(res) if r.source == "footnote 1"]
    assert [t.label for t in cited.targets] == ["chapter I resolution I annex I", "chapter I resolution I annex II"]
    assert cited.document_name.startswith("Report of the World Summit for Social Development")
