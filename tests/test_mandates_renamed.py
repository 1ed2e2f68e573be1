"""One body named twice: its short name, a repeated subject, an apposition, a member under the right group. Each on
the real resolution copied whole from ../shared/corpus/texts into tests/fixtures/renamed/ (A/RES/78/253 is
tests/fixtures/ already):

1. the short name a resolution writes for a body its mandates name in full is a mention of that body: "the Residual
   Special Court" of A/RES/78/253, section III, whose "the Court" (para. 9) is the Residual Special Court for Sierra
   Leone named in full (para. 3);
2. one decision that binds the same actor in two of its parts gives one actor ("Also decides that the
   intergovernmental preparatory committee shall have a Bureau ... and that the committee shall elect two Co-Chairs
   ...", A/RES/78/231, para. 32), and "the Group of 77 and China" is one name;
3. a definite description set off by commas renames the actor named with it: "Israel, the occupying Power"
   (A/RES/78/73, para. 38), and a name set off after a description names it again: "the focal point on ageing of the
   United Nations system, the Programme on Ageing ..." (A/RES/78/177, para. 60), the actor the first;
4. a member named after a list of groups is the member of the group that holds it: UNESCO of the specialized agencies
   (A/RES/79/13, para. 4), not of the funds and programmes named last.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import resparse
from conftest import mandated, mandates_by_symbol
from resparse.mandates import extract

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def rows():
    out = mandates_by_symbol(FIXTURES / "renamed")
    res = resparse.parse(FIXTURES / "A_RES_78_253.txt")
    out[res.symbol] = extract(res)
    return out


def mentions(rows, symbol, label):
    return [(m.actor, m.actor_as_written) for m in rows[symbol] if m.paragraph == label and m.kind == "mention"]


# ---------------------------------------------------------------- 1. the short name of a body named in full


def test_the_short_name_of_a_body_mandated_by_its_full_name_is_a_mention_of_it(rows):
    # III.9 "encourages the Court to continue ..." is the Residual Special Court for Sierra Leone (III.3 names it in
    # full); III.4, III.5, III.8 and III.11 write "the Residual Special Court" only: mentions of that body, which the
    # short-name reading of the paragraph (the Court -> its full name) had left unknown to the mention scanner
    rsl = "Residual Special Court for Sierra Leone"
    assert mandated(rows, "A/RES/78/253", "III.9")[0] == ("encourages", rsl, "the Court")
    for label in ("III.4", "III.5", "III.8", "III.11"):
        assert (rsl, "Residual Special Court") in mentions(rows, "A/RES/78/253", label), label


# ---------------------------------------------------------------- 2. one decision, one actor each


def test_a_decision_that_names_its_actor_again_gives_it_once(rows):
    got = mandated(rows, "A/RES/78/231", "32")
    assert got == [
        ("decides", "intergovernmental preparatory committee", "the intergovernmental preparatory committee"),
        ("decides", "host country", "the host country"),
        ("decides", "Chair of the Group of 77 and China", "the Chair of the Group of 77 and China")]
    committee = next(m for m in rows["A/RES/78/231"] if m.paragraph == "32" and m.kind == "mandate")
    # the second part's action stays with the committee's row
    assert "shall have a Bureau" in committee.action and "shall elect two Co-Chairs" in committee.action


# ---------------------------------------------------------------- 3. an apposition renames its actor


def test_the_occupying_power_set_off_after_israel_is_israel(rows):
    assert mandated(rows, "A/RES/78/73", "38") == [("calls upon", "Israel", "Israel")]


def test_a_body_named_after_its_description_is_one_actor(rows):
    # one actor, named by its first name, the second an appositive (tests/labels/mandates_fresh17 n 96; GUIDELINE.md,
    # the twenty-second session's decisions: this test named the Programme before)
    assert mandated(rows, "A/RES/78/177", "60") == [
        ("requests", "focal point on ageing of the United Nations system",
         "the focal point on ageing of the United Nations system"),
        ("recommends", "Member States", "Member States")]


# ---------------------------------------------------------------- 4. a member under the group that holds it


def test_a_member_is_named_under_the_group_that_holds_it(rows):
    # the groups as named once every head shares "of the United Nations system" (branch f16, mandates_fresh16 n 84)
    via = {m.actor: m.via for m in rows["A/RES/79/13"] if m.paragraph == "4" and m.kind == "mandate"}
    assert via["United Nations Educational, Scientific and Cultural Organization"] == (
        "the specialized agencies of the United Nations system")
    assert via["World Health Organization"] == "the specialized agencies of the United Nations system"
    assert via["United Nations Children's Fund"] == "other funds and programmes of the United Nations system"
