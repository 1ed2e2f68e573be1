"""Mandates faults a fresh-user trial found tracking UNESCO, IOM and the Joint Inspection Unit over the corpus, each on
the real resolution copied whole into tests/fixtures/trial12/ from ../shared/corpus/texts (A/RES/78/253 and A/RES/79/1
are tests/fixtures/ already):

1. a short name ("the Board") is the body of that head named last before it in the same paragraph: "Recalls paragraph
   158 of the report of the Pension Board, and requests the Board to examine ..." (A/RES/78/253, section VII, para. 5)
   asks the Pension Board, not the Board of Auditors named in the section's preamble; "the Court" after "the Residual
   Special Court" is that Court (A/RES/80/243, section V, para. 5);
2. an item that opens with a negated infinitive ("(a) Not to recognize ...") continues its chapeau's call as "(b) To
   distinguish ..." does (A/RES/79/81, para. 16; A/RES/80/72, para. 19);
3. no fragment as an actor: a relative after a preposition ends the name ("other stakeholders towards which the
   commission of inquiry has directed recommendations", A/RES/78/218, para. 22); a clause of its own before a passive
   subject is none of it ("The Conference shall be webcast, and the President ... are encouraged", A/RES/79/81,
   annex, para. 12);
4. the subject of "are invited" with a participle phrase or members set off by commas (A/RES/79/81, annex, paras. 7,
   8);
5. an item "By requesting the Secretary-General to explore ..." asks its own addressee (A/RES/79/258, section XVIII,
   para. 3 (c));
6. a declaration's "We decide to convene a high-level meeting ..." is the Assembly's decision (A/RES/79/1, annex I,
   para. 74), and the checker does not warn that the paragraph "requests, never 'decides'".
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from conftest import mandated, mandates_by_symbol
from resparse import check as checker
from resparse import note as notes
from resparse.mandates import extract

FIXTURES = Path(__file__).parent / "fixtures"
TRIAL = FIXTURES / "trial12"


@pytest.fixture(scope="module")
def items():
    rows = mandates_by_symbol(TRIAL)
    for name in ("A_RES_78_253.txt", "A_RES_79_1.txt"):
        res = resparse.parse(FIXTURES / name)
        rows[res.symbol] = extract(res)
    return rows


# ---------------------------------------------------------------- 1. a short name: the body named before it


def test_the_board_is_the_board_named_before_it_in_the_paragraph(items):
    assert mandated(items, "A/RES/78/253", "VII.5") == [
        ("requests", "United Nations Joint Staff Pension Board", "the Board")]


def test_the_court_is_the_court_named_before_it_in_the_paragraph(items):
    # 80/243 V.5 "Welcomes the efforts to date of the Residual Special Court to digitize judicial records, ..., and
    # encourages the Court to continue ..."; was the International Court of Justice, named in a section before
    assert mandated(items, "A/RES/80/243", "V.5") == [
        ("encourages", "Residual Special Court for Sierra Leone", "the Court")]


# ---------------------------------------------------------------- 2. "Not to ..." items


@pytest.mark.parametrize(("symbol", "chapeau"), [("A/RES/79/81", "16"), ("A/RES/80/72", "19")])
def test_an_item_with_a_negated_infinitive_continues_the_call(items, symbol, chapeau):
    for item in ("a", "b", "c", "d"):
        assert mandated(items, symbol, f"{chapeau} ({item})") == [("calls upon", "States", "all States")], item
    (row,) = [m for m in items[symbol] if m.paragraph == f"{chapeau} (a)" and m.kind == "mandate"]
    assert row.action.startswith("Not to recognize any changes to the pre-1967 borders")
    assert row.chapeau == chapeau


# ---------------------------------------------------------------- 3. fragments as actors


@pytest.mark.parametrize("label", ["22"])
def test_a_relative_after_a_preposition_ends_the_name(items, label):
    written = "other stakeholders towards which the commission of inquiry has directed recommendations"
    assert [actor for _, actor, w in mandated(items, "A/RES/78/218", label) if w == written] == ["stakeholders"]


def test_a_clause_of_its_own_before_a_passive_subject_is_no_actor(items):
    assert mandated(items, "A/RES/79/81", "annex 12") == [
        ("encourages", "President of the General Assembly", "the President of the General Assembly"),
        ("encourages", "Secretary-General", "the Secretary-General"),
    ]


# ---------------------------------------------------------------- 4. "are invited" after a long subject


def test_a_subject_with_a_participle_phrase_is_invited(items):
    rows = mandated(items, "A/RES/79/81", "annex 7")
    assert [(verb, actor) for verb, actor, _ in rows] == [("invites", "Entities")]


def test_a_subject_with_its_members_set_off_is_invited(items):
    rows = mandated(items, "A/RES/79/81", "annex 8")
    assert rows[0] == ("invites", "United Nations system", "The United Nations system")
    assert {actor for _, actor, _ in rows} >= {"specialized agencies", "regional commissions",
                                              "Bretton Woods institutions"}
    assert {verb for verb, _, _ in rows} == {"invites"}


# ---------------------------------------------------------------- 5. "By requesting ..." items


def test_an_item_by_requesting_asks_its_own_addressee(items):
    rows = [m for m in items["A/RES/79/258"] if m.paragraph == "XVIII.3 (c)" and m.kind == "mandate"]
    assert [(m.verb, m.actor, m.verb_as_written) for m in rows] == [("requests", "Secretary-General", "By requesting")]
    assert rows[0].action.startswith("to explore, with a commitment to increasing, revenue generated by the levy")


# ---------------------------------------------------------------- 6. "We decide to convene ..."


def test_we_decide_to_convene_is_the_assemblys_decision(items):
    # and the progress report the meeting is "based on" asked of its author (the twenty-fifth session's trial:
    # tests/test_mandates_trialfix25c.py), a passive of the Secretary-General under the Assembly's decision
    assert mandated(items, "A/RES/79/1", "annex I 74") == [
        ("decides", "General Assembly", "(the General Assembly itself)"),
        ("decides", "Secretary-General", "the Secretary-General"),
        ("requests", "President of the General Assembly", "the President of the General Assembly"),
    ]


def test_we_decide_to_chapeau_stays_no_mandate(items):
    # "We decide to:" opens a list of bare imperatives, each its own verb or a commitment (tests/labels/GUIDELINE.md)
    assert [m for m in mandated(items, "A/RES/79/1", "adopted 72") if m[0] == "decides"] == []


def test_the_checker_reads_we_decide_as_the_paragraphs_verb(tmp_path):
    note = tmp_path / "note.md"
    note.write_text("# Note\n\n1. Paragraph 74 of annex I to resolution 79/1 decides to convene a high-level meeting "
                    "to review the Compact.\n", encoding="utf-8")
    report = checker.check(notes.read(note), checker.Library([resparse.parse(FIXTURES / "A_RES_79_1.txt")]))
    assert [f.code for f in report.findings if f.code in ("R202", "R203")] == []


def test_the_checker_knows_a_verb_only_a_mention_carries(tmp_path):
    # A/RES/78/187 6 "Urges States that have not yet done so to consider ..., and encourages further efforts by the
    # Secretary-General in this regard": "encourages" asks no one (efforts as its object) but is the paragraph's verb;
    # a verb the paragraph never uses is still R202
    note = tmp_path / "note.md"
    note.write_text("# Note\n\n1. Paragraph 6 of resolution 78/187 encourages further efforts in this regard.\n\n"
                    "2. Paragraph 6 of resolution 78/187 requests further efforts in this regard.\n", encoding="utf-8")
    report = checker.check(notes.read(note), checker.Library([resparse.parse(FIXTURES / "A_RES_78_187.txt")]))
    assert [(f.line, f.code) for f in report.findings] == [(5, "R202")]
