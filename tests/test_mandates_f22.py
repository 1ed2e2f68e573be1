"""Mandate kinds of the twenty-seventh session (branch f22), from the misses of the blind sample mandates_fresh22
(tests/labels/GUIDELINE.md, its section and the f22 decisions): each on real text, paragraphs copied from
../shared/corpus/texts into tests/fixtures/f22/paragraphs.md and read in a small resolution
(``conftest.mini_resolution``) so the whole extraction runs on them; where the resolution's own dates count (a
report's session), the corpus resolution itself (skipped where ../shared is absent)."""

from pathlib import Path

import pytest

import resparse
from conftest import copied_mandates
from resparse.mandates import extract

FOLDER = Path(__file__).parent / "fixtures" / "f22"


def deadlines(symbol: str, label: str) -> dict[str, list[str]]:
    """{actor: the texts of its deadlines} of a copied paragraph's mandates."""
    return {m.actor: [d.text for d in m.deadlines] for m in copied_mandates(FOLDER, symbol, label)}


# ---------------------------------------------------------------- 1. a second addressee built as the first


def test_a_second_addressee_with_the_first_ones_quantifier_opens_a_pair_after_a_state():
    # "urges all donor countries to make special efforts to maintain the level of assistance to the Rohingya Muslims
    # sheltered in Bangladesh and all Governments to make financial contributions ..." (tests/labels/mandates_fresh22
    # n 100): Governments were a mention inside the donors' action
    ms = {m.actor: m for m in copied_mandates(FOLDER, "A/RES/80/221", "36")}
    assert set(ms) == {"international community", "donors", "Governments"}
    assert ms["Governments"].actor_as_written == "all Governments"
    assert ms["Governments"].verb == "urges"
    assert ms["Governments"].action.startswith("to make financial contributions to the refugee response")
    assert ms["donors"].action.endswith("sheltered in Bangladesh")


# ---------------------------------------------------------------- 2. times that are not the action's


def test_a_goal_gerund_coordinated_after_and_keeps_its_year():
    # "to urgently scale up responses towards achieving the goal of universal access ... and to ending the HIV/AIDS
    # epidemic by 2030" (n 4): the goal's year
    assert deadlines("A/RES/79/223", "18") == {"Governments": [], "international community": []}


def test_an_infinitive_coordinated_with_the_action_keeps_its_time():
    # "... and to end child labour in all its forms, by 2025 at the latest": the action's own infinitive, no gerund
    assert deadlines("A/RES/78/187", "27") == {"States": ["by 2025"]}


def test_a_time_inside_a_name_with_its_short_name_is_the_named_things():
    # "the Roadmap for Implementing ... in a Sustainable Manner by 2030 (Caribbean Firearms Roadmap)" (n 52)
    assert list(deadlines("A/RES/80/61", "7").values()) == [[]]


def test_an_urgency_of_an_entry_into_force_is_the_instruments():
    # "to deposit their instruments of acceptance to bring it into force as soon as possible" (n 71)
    assert deadlines("A/RES/78/68", "147") == {"World Trade Organization members": []}


@pytest.mark.parametrize("symbol,label", [("A/RES/80/221", "36"), ("A/RES/78/219", "26")])
def test_until_an_event_after_a_participle_is_how_long_the_nouns_state_lasts(symbol, label):
    # "Rohingya refugees and forcibly displaced persons sheltered in Bangladesh until conditions for return are met"
    # (n 100; the same words in 78/219, 79/182)
    ours = deadlines(symbol, label)["international community"]
    assert ours is not None and not any("until" in d for d in ours)


# ---------------------------------------------------------------- 3. the second body's session of a report


def test_a_report_to_a_second_bodys_session_is_a_deadline_and_the_first_keeps_its_time(corpus_dir):
    # "Requests the Secretary-General, beginning from 2026, to submit an annual report to the Economic and Social
    # Council, and to the subsequent session of the General Assembly" (n 29): two deadlines; the Council's report from
    # 2026, the Assembly's from its 81st session (GUIDELINE, twenty-sixth session), both annual
    res = resparse.parse(corpus_dir / "A_RES_79_203.txt")
    (m,) = [m for m in extract(res) if m.kind == "mandate" and m.paragraph == "18"]
    # (the second written as the session, without the report's "to", and the Assembly's report timed by it: branch
    # mfix12)
    assert [d.text for d in m.deadlines] == ["beginning from 2026", "the subsequent session of the General Assembly"]
    assert [(r.to, r.when, r.recurrence, r.session) for r in m.reports] == [
        ("Economic and Social Council", "beginning from 2026", "annual", None),
        ("General Assembly", "the subsequent session of the General Assembly", "annual", 81)]
